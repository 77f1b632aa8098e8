import { partKey } from "@/lib/questions/question-group-input";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A row of the JSON shape with a `parts` array is a multi-part question (FORMAT.md). */
export const isGroupCandidate = (raw: Record<string, unknown>) => Array.isArray(raw.parts);

/** The question keys a row would write: its own, or each part's (partKey) for a multi-part question. */
export function questionKeysOf(raw: Record<string, unknown>): string[] {
  const key = typeof raw.key === "string" && raw.key !== "" ? raw.key : null;
  if (!key) return [];
  if (!isGroupCandidate(raw)) return [key];
  return (raw.parts as unknown[]).flatMap((p) => (isObject(p) && typeof p.label === "string" ? [partKey(key, p.label)] : []));
}
