import { describe, expect, it } from "vitest";
import { redactSecretHeaders, redactSecretLinks } from "@/lib/email/redact-secret-links";

describe("redactSecretLinks", () => {
  it("replaces the token of every link in text and html, and leaves the rest of each URL readable", () => {
    const text = "Reset: https://ib.test/reset-password?token=abc_DEF-123.\nOr https://ib.test/x?a=1&token=zz9&b=2";
    expect(redactSecretLinks(text)).toBe("Reset: https://ib.test/reset-password?token=redacted.\nOr https://ib.test/x?a=1&token=redacted&b=2");
    const html = `<a href="https://ib.test/verify-email?token=s3cr3t">Verify</a>`;
    expect(redactSecretLinks(html)).toBe(`<a href="https://ib.test/verify-email?token=redacted">Verify</a>`);
  });

  it("leaves links without a token, and words that merely contain 'token', alone", () => {
    const text = "Open https://ib.test/dashboard?tab=token and read about tokens=5";
    expect(redactSecretLinks(text)).toBe(text);
  });

  it("redacts the one-click unsubscribe header", () => {
    expect(
      redactSecretHeaders({
        "List-Unsubscribe": "<https://ib.test/api/v1/reminders/unsubscribe?token=u.v.w>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }),
    ).toEqual({
      "List-Unsubscribe": "<https://ib.test/api/v1/reminders/unsubscribe?token=redacted>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(redactSecretHeaders(null)).toBeNull();
  });
});
