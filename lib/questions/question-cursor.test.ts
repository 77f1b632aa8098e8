import { describe, expect, it } from "vitest";
import { decodeCursor, decodeRankedCursor, encodeCursor, encodeRankedCursor, pageInput, toPage } from "./question-cursor";

describe("question cursors", () => {
  const id = "0196f3a2-7c4e-7b1a-9e2f-0123456789ab";

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

  it("parses ?cursor=&limit= with a default, a clamp and clear errors", () => {
    expect(pageInput.parse({})).toEqual({ afterId: undefined, limit: 20 });
    expect(pageInput.parse({ limit: "500", cursor: encodeCursor(id) })).toEqual({ afterId: id, limit: 50 });
    expect(pageInput.parse({ limit: "1" }).limit).toBe(1);
    for (const limit of ["0", "-3", "2.5", "ten"]) {
      const r = pageInput.safeParse({ limit });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ path: ["limit"], message: expect.stringMatching(/limit must be/) });
    }
    expect(pageInput.safeParse({ cursor: "nope" }).error?.issues[0]).toMatchObject({ path: ["cursor"], message: "invalid cursor" });
  });

  it("turns limit + 1 rows into a page whose cursor is the last item's id", () => {
    const rows = ["a", "b", "c"].map((c) => ({ id: id.slice(0, -1) + c }));
    const page = toPage(rows, 2);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toBe(rows[1]!.id);
    expect(toPage(rows, 3).nextCursor).toBeNull();
  });

  it("carries a search's rank in a 23-character cursor that pageInput reads back", () => {
    const cursor = encodeRankedCursor(2, id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]{23}$/);
    expect(decodeRankedCursor(cursor)).toEqual({ rank: 2, id });
    expect(decodeCursor(cursor)).toBeNull();
    expect(decodeRankedCursor(encodeCursor(id))).toBeNull();
    expect(pageInput.parse({ cursor })).toEqual({ afterId: id, afterRank: 2, limit: 20 });
    expect(pageInput.parse({ cursor: encodeCursor(id) })).not.toHaveProperty("afterRank");
  });
});
