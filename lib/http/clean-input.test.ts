import { describe, expect, it } from "vitest";
import { assertStorableInput, isStorableText } from "@/lib/http/clean-input";
import { isUnstorableTextError } from "@/lib/db/is-unstorable-text-error";
import { db } from "@/lib/db/prisma";

describe("text PostgreSQL can store", () => {
  it.each([
    ["plain text", "derivative of x²", true],
    ["emoji (a surrogate pair)", "good 😀", true],
    ["a NUL", "a\u0000b", false],
    ["a lone high surrogate", "x\ud800", false],
    ["a lone low surrogate", "\udc00y", false],
  ])("%s", (_, value, ok) => {
    expect(isStorableText(value)).toBe(ok);
  });

  it("names the first bad field anywhere in a body, keys included", () => {
    expect(() => assertStorableInput({ answer: { parts: ["ok", "b\u0000d"] } }, "body")).toThrow(/Invalid body: answer\.parts\.1: contains a character/);
    expect(() => assertStorableInput({ ["k\u0000"]: 1 }, "query")).toThrow(/Invalid query/);
    expect(() => assertStorableInput({ a: 1, b: [true, null, "fine"] }, "body")).not.toThrow();
  });

  it("recognises PostgreSQL's own refusal of a NUL, so a write that slips past the edge is a 400", async () => {
    const err = await db.user.findFirst({ where: { email: { contains: "a\u0000b" } } }).catch((e: unknown) => e);
    expect(isUnstorableTextError(err)).toBe(true);
    expect(isUnstorableTextError(new Error("other"))).toBe(false);
  });
});
