import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { decodeRankedCursor, encodeRankedCursor, pageInput } from "./question-cursor";

describe("question bank cursors", () => {
  const id = "0196f3a2-7c4e-7b1a-9e2f-0123456789ab";

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
