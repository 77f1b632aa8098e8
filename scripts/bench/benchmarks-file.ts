// Edits BENCHMARKS.md in place: one generated section and one row of the summary table are replaced on
// every run; every other section (older runs, commentary) is kept as written.

export const LATEST_HEADING = "## Latest `npm run bench`";
const SUMMARY_HEADING = "## Summary";

/** Replaces the section whose heading starts with `heading` (up to the next `## `), or inserts it after the summary. */
export function replaceSection(doc: string, heading: string, section: string): string {
  const lines = doc.split("\n");
  const body = section.trimEnd().split("\n");
  const nextHeading = (from: number) => {
    const i = lines.findIndex((l, k) => k > from && l.startsWith("## "));
    return i < 0 ? lines.length : i;
  };
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start >= 0) {
    lines.splice(start, nextHeading(start) - start, ...body, "");
    return lines.join("\n");
  }
  const summary = lines.findIndex((l) => l.startsWith(SUMMARY_HEADING));
  const at = summary >= 0 ? nextHeading(summary) : lines.length;
  if (at === lines.length && lines.at(-1) !== "") lines.push("");
  lines.splice(at, 0, ...body, "");
  return lines.join("\n");
}

/**
 * Puts `row` in the summary table: in place of the row whose command cell is `command`, else as the
 * first row under the header. Leaves the document alone when it has no summary table.
 */
export function upsertSummaryRow(doc: string, command: string, row: string): string {
  const lines = doc.split("\n");
  const summary = lines.findIndex((l) => l.startsWith(SUMMARY_HEADING));
  if (summary < 0) return doc;
  const separator = lines.findIndex((l, k) => k > summary && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(l));
  if (separator < 0) return doc;
  let end = separator + 1;
  while (end < lines.length && lines[end]!.startsWith("|")) end++;
  const cells = (l: string) => l.split("|").map((c) => c.trim());
  const existing = lines.findIndex((l, k) => k > separator && k < end && cells(l).includes(command));
  if (existing >= 0) lines[existing] = row;
  else lines.splice(separator + 1, 0, row);
  return lines.join("\n");
}
