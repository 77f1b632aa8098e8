import { describe, expect, it } from "vitest";
import { LATEST_HEADING, replaceSection, upsertSummaryRow } from "./benchmarks-file";

const doc = [
  "# Benchmarks",
  "",
  "Intro.",
  "",
  "## Summary",
  "",
  "| date | what | command | result |",
  "|---|---|---|---|",
  "| 2026-11-22 | sessions | `npm run bench:sessions` | 78 µs |",
  "",
  "## Session lookup (2026-11-22)",
  "",
  "Old numbers.",
  "",
].join("\n");

describe("replaceSection", () => {
  it("inserts the section right after the summary when it is missing, keeping every other section", () => {
    const out = replaceSection(doc, LATEST_HEADING, `${LATEST_HEADING} (2026-11-23)\n\nNew numbers.`);
    const lines = out.split("\n");
    expect(lines.indexOf("## Latest `npm run bench` (2026-11-23)")).toBeGreaterThan(lines.indexOf("## Summary"));
    expect(lines.indexOf("## Latest `npm run bench` (2026-11-23)")).toBeLessThan(lines.indexOf("## Session lookup (2026-11-22)"));
    expect(out).toContain("Old numbers.");
  });

  it("replaces the previous run's section in place instead of adding a second one", () => {
    const once = replaceSection(doc, LATEST_HEADING, `${LATEST_HEADING} (2026-11-23)\n\nFirst run.`);
    const twice = replaceSection(once, LATEST_HEADING, `${LATEST_HEADING} (2026-11-24)\n\nSecond run.`);
    expect(twice.match(/## Latest/g)).toHaveLength(1);
    expect(twice).toContain("Second run.");
    expect(twice).not.toContain("First run.");
    expect(twice).toContain("Old numbers.");
  });

  it("appends the section to a document without a summary", () => {
    expect(replaceSection("# Benchmarks\n", LATEST_HEADING, `${LATEST_HEADING} (x)\n\nBody.`)).toBe("# Benchmarks\n\n## Latest `npm run bench` (x)\n\nBody.\n");
  });
});

describe("upsertSummaryRow", () => {
  const row = (result: string) => `| 2026-11-23 | everything | \`npm run bench\` | ${result} |`;

  it("adds the row as the first row of the summary table", () => {
    const lines = upsertSummaryRow(doc, "`npm run bench`", row("fast")).split("\n");
    expect(lines[lines.indexOf("|---|---|---|---|") + 1]).toBe(row("fast"));
    expect(lines).toContain("| 2026-11-22 | sessions | `npm run bench:sessions` | 78 µs |");
  });

  it("replaces the row of the same command, never the rows of other commands", () => {
    const out = upsertSummaryRow(upsertSummaryRow(doc, "`npm run bench`", row("first")), "`npm run bench`", row("second"));
    expect(out).toContain(row("second"));
    expect(out).not.toContain(row("first"));
    expect(out).toContain("`npm run bench:sessions`");
  });
});
