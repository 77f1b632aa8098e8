import { z } from "zod";
import { decodeCursor, uuidFromBytes } from "@/lib/pagination/cursor";
import { cursorParam, limitParam } from "@/lib/pagination/page-query";

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;

/**
 * A search's results are read in (rank, id) order, so its cursor carries the last item's rank as a
 * leading byte: 17 bytes, 23 characters. Ranks are small whole numbers (see question-search.ts).
 */
export function encodeRankedCursor(rank: number, lastId: string): string {
  return Buffer.concat([Buffer.from([rank]), Buffer.from(lastId.replaceAll("-", ""), "hex")]).toString("base64url");
}

/** The rank and id of a ranked cursor, or null when the string is not one. */
export function decodeRankedCursor(cursor: string): { rank: number; id: string } | null {
  if (!/^[A-Za-z0-9_-]{23}$/.test(cursor)) return null;
  const bytes = Buffer.from(cursor, "base64url");
  if (bytes.length !== 17 || bytes.toString("base64url") !== cursor) return null;
  return { rank: bytes[0]!, id: uuidFromBytes(bytes.subarray(1)) };
}

/** A bank cursor: the id-order cursor every list uses, or a search's ranked one. */
function decodeBankCursor(cursor: string): { id: string; rank?: number } | null {
  const id = decodeCursor(cursor);
  return id ? { id } : decodeRankedCursor(cursor);
}

/**
 * The bank's `?cursor=&limit=` (query strings); `afterId` is the decoded cursor, `afterRank` the rank a
 * search's cursor carries (absent for plain id-order cursors).
 */
export const pageInput = z
  .object({ cursor: cursorParam(decodeBankCursor).optional(), limit: limitParam({ defaultLimit: PAGE_SIZE_DEFAULT, maxLimit: PAGE_SIZE_MAX }) })
  .transform(({ cursor, limit }) => ({
    afterId: cursor?.id,
    ...(cursor?.rank === undefined ? {} : { afterRank: cursor.rank }),
    limit,
  }));
export type PageInput = { afterId: string | undefined; afterRank?: number; limit: number };
