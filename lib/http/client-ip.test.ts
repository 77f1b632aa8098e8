import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";

const ip = (xff: string | null, hops = 0) => clientIpFrom(new Headers(xff === null ? {} : { "x-forwarded-for": xff }), hops);

describe("clientIp", () => {
  it("with no proxy, takes the right-most address (the one Next sets from the socket)", () => {
    expect(ip("198.51.100.4")).toBe("198.51.100.4");
    expect(ip("  198.51.100.4  ")).toBe("198.51.100.4");
  });

  it("behind N trusted proxies, takes the address the first proxy saw, whatever the client put to its left", () => {
    // nginx appending ($proxy_add_x_forwarded_for): one hop.
    expect(ip("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    // CloudFront appends the viewer, the ALB appends CloudFront's edge: two hops.
    expect(ip("6.6.6.6, 7.7.7.7, 203.0.113.7, 130.176.0.10", 2)).toBe("203.0.113.7");
  });

  it("gives 40 forged X-Forwarded-For values from one client behind a proxy one key", () => {
    const keys = new Set(Array.from({ length: 40 }, (_, i) => ip(`10.9.${i}.1, 203.0.113.7`, 1)));
    expect([...keys]).toEqual(["203.0.113.7"]);
  });

  it("accepts IPv6 and folds its case", () => {
    expect(ip("10.0.0.1, 2001:DB8::1", 1)).toBe("2001:db8::1");
  });

  it("ignores X-Real-IP, which any client can send", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.4" }), 0)).toBe("203.0.113.7");
  });

  it("is 'unknown' without the header, or with fewer entries than there are trusted proxies", () => {
    expect(ip(null)).toBe("unknown");
    expect(ip("203.0.113.7", 3)).toBe("unknown");
  });

  it("is 'unknown' for values that are not addresses, so junk cannot create new keys", () => {
    for (const junk of ["", "not-an-ip", "203.0.113.7:8080", "999.1.1.1", `${"a".repeat(5_000)}`, "203.0.113.7, "]) {
      expect(ip(junk)).toBe("unknown");
    }
  });
});
