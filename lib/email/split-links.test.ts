import { describe, expect, it } from "vitest";
import { splitLinks } from "@/lib/email/split-links";

describe("splitLinks", () => {
  it("separates URLs from the surrounding text, leaving sentence punctuation outside the link", () => {
    expect(splitLinks("Verify: https://a.test/v?t=1&x=2.\nThanks")).toEqual([
      { text: "Verify: " },
      { text: "https://a.test/v?t=1&x=2", href: "https://a.test/v?t=1&x=2" },
      { text: ".\nThanks" },
    ]);
  });

  it("returns plain text untouched and ignores non-web schemes", () => {
    expect(splitLinks("no links, javascript:alert(1)")).toEqual([{ text: "no links, javascript:alert(1)" }]);
  });
});
