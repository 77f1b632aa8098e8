import { partKey } from "@/lib/questions/question-group-input";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A row of the JSON shape with a `parts` array is a multi-part question (FORMAT.md). */
export const isGroupCandidate = (raw: Record<string, unknown>) => Array.isArray(raw.parts);

/** A row with `"type": "NOTE"` is a topic's revision note, not a question (FORMAT.md). */
export const isNoteCandidate = (raw: Record<string, unknown>) => raw.type === "NOTE";

/**
 * What names a note row in reports and makes it unique in a file: a topic has one note, so two rows for the
 * same course and topic clash as two questions with one key do.
 */
export function noteRowKey(raw: Record<string, unknown>): string | null {
  return typeof raw.course === "string" && raw.course !== "" && typeof raw.topic === "string" && raw.topic !== "" ? `note:${raw.course}/${raw.topic}` : null;
}

/** The question keys a row would write: its own, or each part's (partKey) for a multi-part question. */
export function questionKeysOf(raw: Record<string, unknown>): string[] {
  if (isNoteCandidate(raw)) return [];
  const key = typeof raw.key === "string" && raw.key !== "" ? raw.key : null;
  if (!key) return [];
  if (!isGroupCandidate(raw)) return [key];
  return (raw.parts as unknown[]).flatMap((p) => (isObject(p) && typeof p.label === "string" ? [partKey(key, p.label)] : []));
}
