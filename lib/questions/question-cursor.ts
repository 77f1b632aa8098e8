import { z } from "zod";

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;

/**
 * Cursors are opaque to clients: the 16 bytes of the last item's UUID as base64url (22 characters).
 * Only the id is needed because the bank is always read in id order (UUIDv7, so roughly creation order);
 * if rank ordering for searches is added one day, the cursor grows a version byte and the rank.
 */
export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId.replaceAll("-", ""), "hex").toString("base64url");
}

/** The id a cursor stands for, or null when the string is not a cursor this module made. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{22}$/.test(cursor)) return null;
  const bytes = Buffer.from(cursor, "base64url");
  // Node's decoder forgives stray bits in the last character: a round trip proves the string is canonical.
  if (bytes.length !== 16 || bytes.toString("base64url") !== cursor) return null;
  return uuidFromBytes(bytes);
}

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

function uuidFromBytes(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const cursorParam = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return undefined;
    const id = decodeCursor(value);
    if (id) return { id, rank: undefined };
    const ranked = decodeRankedCursor(value);
    if (ranked) return ranked;
    ctx.addIssue({ code: "custom", message: "invalid cursor" });
    return z.NEVER;
  });

const limitParam = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return PAGE_SIZE_DEFAULT;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      ctx.addIssue({ code: "custom", message: `limit must be a whole number from 1 to ${PAGE_SIZE_MAX}` });
      return z.NEVER;
    }
    // Asking for more than the cap is not an error: the client gets the cap and follows nextCursor.
    return Math.min(n, PAGE_SIZE_MAX);
  });

/**
 * `?cursor=&limit=` as strings (query parameters); `afterId` is the decoded cursor, `afterRank` the rank a
 * search's cursor carries (absent for plain id-order cursors).
 */
export const pageInput = z
  .object({ cursor: cursorParam.optional(), limit: limitParam.optional() })
  .transform(({ cursor, limit }) => ({
    afterId: cursor?.id,
    ...(cursor?.rank === undefined ? {} : { afterRank: cursor.rank }),
    limit: limit ?? PAGE_SIZE_DEFAULT,
  }));
export type PageInput = { afterId: string | undefined; afterRank?: number; limit: number };

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Turns `limit + 1` rows read in id order into a page: the extra row only says that there is more. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
