import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/settings/sessions", "/settings/sessions"],
    ["/practice?topic=1.2#q3", "/practice?topic=1.2#q3"],
    ["http://localhost:3000/settings/sessions", "/settings/sessions"],
    ["https://evil.example/dashboard", "/dashboard"],
    ["https://evil.example", "/"],
    ["//evil.example/x", "/x"],
  ])("keeps only the path of %s", (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));

  it.each(["/\\evil.example", "javascript:alert(1)", "", 42, undefined, "/x".repeat(600), "/a\nb"])("falls back for %s", (input) =>
    expect(safeCallbackUrl(input)).toBe("/dashboard"),
  );
});
