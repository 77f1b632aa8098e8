import type { MarkingPointInput } from "@/lib/questions/question-input";

// The encodings that let one CSV cell hold a list (documented in FORMAT.md). Each parser returns the
// value or a problem phrased for the person who typed the cell; shape rules (ranges, lengths) are left to
// the question schema so both formats report them the same way.

export type Cell<T> = { value: T } | { problem: string };

const LABEL = String.raw`[A-Za-z0-9_.-]{1,20}`;
// LABEL [KIND] (MARKS) [after L1, L2] [keywords k1 | k2]: text — the header ends at the first ": ".
const POINT = new RegExp(
  String.raw`^(${LABEL})\s*\[\s*([A-Za-z]+)\s*\]\s*\(\s*(\d+)\s*\)` +
    String.raw`(?:\s+after\s+(${LABEL}(?:\s*,\s*${LABEL})*))?` +
    String.raw`(?:\s+keywords\s+(.*?))?` +
    String.raw`\s*:\s+([\s\S]+)$`,
  "i",
);

const POINT_HINT = "write each point as `LABEL [KIND] (MARKS): text`, e.g. `M1 [M] (1): uses the sum formula`";

/** `M1 [M] (1): text ;; A1 [A] (1) after M1 keywords 820 | S_20: text` → marking points. */
export function parseMarkingPointsCell(cell: string): Cell<MarkingPointInput[]> {
  const entries = cell.split(/\s*;;\s*/).filter((e) => e.trim() !== "");
  if (entries.length === 0) return { problem: "marking_points is empty" };
  const points: MarkingPointInput[] = [];
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    const m = POINT.exec(entry.trim());
    if (!m) {
      problems.push(`point ${i + 1} ("${preview(entry)}"): ${POINT_HINT}`);
      return;
    }
    const [, id, kind, marks, after, keywords, text] = m;
    points.push({
      id: id!,
      kind: kind!.toUpperCase() as MarkingPointInput["kind"],
      marks: Number(marks),
      text: text!.trim(),
      dependsOn: after ? after.split(",").map((s) => s.trim()) : [],
      keywords: keywords
        ? keywords
            .split("|")
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
    });
  });
  return problems.length ? { problem: `marking_points: ${problems.join("; ")}` } : { value: points };
}

/** `A: text | B: text` → options. A `|` starts a new option only before a letter and a colon, so `|x|` stays text. */
export function parseOptionsCell(cell: string): Cell<{ id: string; text: string }[]> {
  const parts = cell.trim().split(/\s*\|\s*(?=[A-Ha-h]\s*:\s)/);
  const options: { id: string; text: string }[] = [];
  for (const part of parts) {
    const m = /^([A-Ha-h])\s*:\s+([\s\S]+)$/.exec(part.trim());
    if (!m) return { problem: `options: "${preview(part)}" should start with a letter A–H and a colon, e.g. \`A: 12 | B: 15\`` };
    options.push({ id: m[1]!.toUpperCase(), text: m[2]!.trim() });
  }
  return { value: options };
}

const TRUE = new Set(["yes", "y", "true", "1"]);
const FALSE = new Set(["no", "n", "false", "0"]);

export function parseBooleanCell(column: string, cell: string): Cell<boolean> {
  const v = cell.trim().toLowerCase();
  if (TRUE.has(v)) return { value: true };
  if (FALSE.has(v)) return { value: false };
  return { problem: `${column} must be yes or no (got "${preview(cell)}")` };
}

export function parseIntegerCell(column: string, cell: string): Cell<number> {
  return /^[+-]?\d+$/.test(cell.trim()) ? { value: Number(cell.trim()) } : { problem: `${column} must be a whole number (got "${preview(cell)}")` };
}

/** Plain decimals or scientific notation with a point; a decimal comma is refused rather than guessed at. */
export function parseNumberCell(column: string, cell: string): Cell<number> {
  const v = cell.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v)) return { value: Number(v) };
  const hint = /^\d+,\d+$/.test(v) ? " (use a decimal point, not a comma)" : "";
  return { problem: `${column} must be a number (got "${preview(cell)}")${hint}` };
}

const preview = (s: string) => (s.trim().length > 40 ? `${s.trim().slice(0, 40)}…` : s.trim());
