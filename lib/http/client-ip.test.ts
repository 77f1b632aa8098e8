import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/http/client-ip";

const ip = (init: Record<string, string>) => clientIp(new Headers(init));

describe("clientIp", () => {
  it("uses the left-most X-Forwarded-For address", () => {
    expect(ip({ "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1" })).toBe("203.0.113.7");
    expect(ip({ "x-forwarded-for": "  198.51.100.4  " })).toBe("198.51.100.4");
  });

  it("accepts IPv6 and folds its case", () => {
    expect(ip({ "x-forwarded-for": "2001:DB8::1, 10.0.0.1" })).toBe("2001:db8::1");
  });

  it("prefers X-Forwarded-For over X-Real-IP, and falls back to X-Real-IP", () => {
    expect(ip({ "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.4" })).toBe("203.0.113.7");
    expect(ip({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
  });

  it("is 'unknown' without either header", () => {
    expect(ip({})).toBe("unknown");
  });

  it("is 'unknown' for values that are not addresses, so junk cannot create new keys", () => {
    for (const junk of ["", "not-an-ip", "203.0.113.7:8080", "999.1.1.1", `${"a".repeat(5_000)}`, ", 203.0.113.7"]) {
      expect(ip({ "x-forwarded-for": junk })).toBe("unknown");
    }
    expect(ip({ "x-real-ip": "<script>" })).toBe("unknown");
  });
});
