import { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";

// Every list the app serves pages the same way: `?cursor=&limit=` in, `{ items, nextCursor }` out, read by
// keyset (never OFFSET) so page 400 costs what page 1 does.

export type Page<T> = { items: T[]; nextCursor: string | null };
export type PageLimits = { defaultLimit: number; maxLimit: number };

/** A `?cursor=` value: blank is the first page; a string `decode` does not recognise is "invalid cursor". */
export function cursorParam<T>(decode: (cursor: string) => T | null) {
  return z
    .string()
    .trim()
    .transform((value, ctx): T | undefined => {
      if (value === "") return undefined;
      const position = decode(value);
      if (position !== null) return position;
      ctx.addIssue({ code: "custom", message: "invalid cursor" });
      return z.NEVER;
    });
}

/** `?limit=`: a whole number from 1; blank is the default, and more than the cap gets the cap (the client follows nextCursor). */
export function limitParam({ defaultLimit, maxLimit }: PageLimits) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((raw, ctx) => {
      const value = typeof raw === "string" ? raw.trim() : raw;
      if (value === undefined || value === "") return defaultLimit;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) {
        ctx.addIssue({ code: "custom", message: `limit must be a whole number from 1 to ${maxLimit}` });
        return z.NEVER;
      }
      return Math.min(n, maxLimit);
    });
}

/** The id a list's cursor stands for (the last item of the page before). */
export const idCursorParam = cursorParam(decodeCursor);

/** `cursor` (decoded to the id to read after) and `limit`, to spread into a list's query schema. */
export const pageFields = (limits: PageLimits) => ({ cursor: idCursorParam.optional(), limit: limitParam(limits) });

/** Turns `limit + 1` rows read in id order into a page: the extra row only says that there is more. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
