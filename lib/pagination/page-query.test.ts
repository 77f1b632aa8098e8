import { describe, expect, it } from "vitest";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { pageFields, toPage } from "@/lib/pagination/page-query";

describe("list pages", () => {
  const id = "0196f3a2-7c4e-7b1a-9e2f-0123456789ab";
  const query = z.object(pageFields({ defaultLimit: 25, maxLimit: 100 }));

  it("round-trips an id through an opaque 22-character base64url string", () => {
    const cursor = encodeCursor(id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cursor).not.toContain(id.slice(0, 8));
    expect(decodeCursor(cursor)).toBe(id);
  });

  it.each([
    ["an empty string", ""],
    ["a raw id", id],
    ["too short", encodeCursor(id).slice(0, 21)],
    ["non-canonical trailing bits", encodeCursor(id).slice(0, 21) + "B"],
    ["other characters", "!!!!!!!!!!!!!!!!!!!!!!"],
  ])("rejects %s", (_, value) => {
    if (value === encodeCursor(id)) throw new Error("test value must differ from the real cursor");
    expect(decodeCursor(value)).toBeNull();
  });

  it("turns limit + 1 rows into a page whose cursor is the last item's id", () => {
    const rows = ["a", "b", "c"].map((c) => ({ id: id.slice(0, -1) + c }));
    const page = toPage(rows, 2);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toBe(rows[1]!.id);
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });

  it("reads ?cursor=&limit= as strings or numbers, with a default, a cap and clear errors", () => {
    expect(query.parse({})).toEqual({ limit: 25 });
    expect(query.parse({ cursor: "", limit: "" })).toEqual({ cursor: undefined, limit: 25 });
    expect(query.parse({ cursor: encodeCursor(id), limit: "1000" })).toEqual({ cursor: id, limit: 100 });
    expect(query.parse({ limit: 7 }).limit).toBe(7);
    for (const limit of ["0", "-3", "2.5", "ten", 0]) {
      expect(query.safeParse({ limit }).error?.issues[0]).toMatchObject({ path: ["limit"], message: "limit must be a whole number from 1 to 100" });
    }
    for (const cursor of ["nope", id]) expect(query.safeParse({ cursor }).error?.issues[0]).toMatchObject({ path: ["cursor"], message: "invalid cursor" });
  });
});
