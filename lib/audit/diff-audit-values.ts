import { isDeepStrictEqual } from "node:util";

export type AuditDiffRow = { key: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * An audit entry's before/after side by side, one row per top-level key (the union of both), marking the
 * keys whose values differ. Entries that are not objects (or absent) compare as one row named "value".
 * Top-level keys only: entries record the fields an operation touched, so deeper diffs add noise.
 */
export function diffAuditValues(before: unknown, after: unknown): AuditDiffRow[] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if ((b === undefined || isRecord(b)) && (a === undefined || isRecord(a)) && (b !== undefined || a !== undefined)) {
    const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
    return keys.map((key) => {
      const was = b?.[key];
      const now = a?.[key];
      return { key, before: was, after: now, changed: !isDeepStrictEqual(was, now) };
    });
  }
  if (b === undefined && a === undefined) return [];
  return [{ key: "value", before: b, after: a, changed: !isDeepStrictEqual(b, a) }];
}
