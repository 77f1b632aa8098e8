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
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const cursorParam = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return undefined;
    const id = decodeCursor(value);
    if (!id) {
      ctx.addIssue({ code: "custom", message: "invalid cursor" });
      return z.NEVER;
    }
    return id;
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

/** `?cursor=&limit=` as strings (query parameters); `afterId` is the decoded cursor. */
export const pageInput = z
  .object({ cursor: cursorParam.optional(), limit: limitParam.optional() })
  .transform(({ cursor, limit }) => ({ afterId: cursor, limit: limit ?? PAGE_SIZE_DEFAULT }));
export type PageInput = z.output<typeof pageInput>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Turns `limit + 1` rows read in id order into a page: the extra row only says that there is more. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
