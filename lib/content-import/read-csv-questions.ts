import { parse } from "csv-parse/sync";
import { commandTerms } from "@/lib/questions/question-input";
import { BadRequestError } from "@/lib/errors";
import type { FieldNamer, ImportCandidate } from "@/lib/content-import/import-candidate";
import { parseBooleanCell, parseIntegerCell, parseMarkingPointsCell, parseNumberCell, parseOptionsCell, type Cell } from "@/lib/content-import/csv-cells";

export const requiredCsvColumns = [
  "key",
  "course",
  "topic",
  "type",
  "difficulty",
  "marks",
  "paper",
  "calculator",
  "command_term",
  "stem",
  "worked_solution",
  "marking_points",
] as const;
export const optionalCsvColumns = [
  "options",
  "correct_option",
  "numeric_value",
  "numeric_tolerance",
  "numeric_relative_tolerance",
  "numeric_sig_figs",
  "numeric_sig_figs_exact",
  "unit",
  "unit_required",
  "status",
] as const;
const knownColumns = new Set<string>([...requiredCsvColumns, ...optionalCsvColumns]);
const numericColumns = [
  "numeric_value",
  "numeric_tolerance",
  "numeric_relative_tolerance",
  "numeric_sig_figs",
  "numeric_sig_figs_exact",
  "unit",
  "unit_required",
] as const;

const canonicalCommandTerm = new Map(commandTerms.map((t) => [t.toLowerCase(), t]));

/** A CSV import file: a header row, then one question per row (FORMAT.md). */
export function readCsvQuestions(text: string): ImportCandidate[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (err) {
    throw new BadRequestError(`The CSV file could not be read: ${(err as Error).message}`, undefined, "invalid_import_file");
  }
  const [header, ...rows] = records;
  if (!header) throw new BadRequestError("The CSV file is empty: it needs a header row and one row per question.", undefined, "invalid_import_file");
  const columns = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, "_"));
  checkHeader(columns);

  return rows.map((cells, i) => {
    const row = i + 2;
    if (cells.length !== columns.length) {
      return { row, raw: {}, problems: [{ field: "row", message: `the row has ${cells.length} cells but the header has ${columns.length} columns` }] };
    }
    const record = new Map<string, string>();
    columns.forEach((c, j) => {
      const v = cells[j]!.trim();
      if (v !== "") record.set(c, v);
    });
    return { row, ...recordToQuestion(record) };
  });
}

// Parts need a shared context, labels and follow-through between rows: one spreadsheet row per question
// cannot say that without a second encoding, so multi-part questions are JSON-only (FORMAT.md).
const groupColumns = new Set(["group_key", "part_label", "part_index", "context", "parts"]);

function checkHeader(columns: string[]) {
  const grouped = columns.filter((c) => groupColumns.has(c));
  if (grouped.length) {
    throw new BadRequestError(
      `The CSV file has the column(s) ${grouped.map((c) => `"${c}"`).join(", ")}: multi-part questions can be imported from JSON files only (a "parts" array on the question, see the import format). Put them in a .json file, or remove the column(s).`,
      undefined,
      "invalid_import_file",
    );
  }
  const problems: string[] = [];
  const unknown = columns.filter((c) => !knownColumns.has(c));
  if (unknown.length) problems.push(`unknown column(s) ${unknown.map((c) => `"${c}"`).join(", ")}`);
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (repeated.length) problems.push(`column(s) ${[...new Set(repeated)].map((c) => `"${c}"`).join(", ")} appear more than once`);
  const missing = requiredCsvColumns.filter((c) => !columns.includes(c));
  if (missing.length) problems.push(`missing column(s) ${missing.map((c) => `"${c}"`).join(", ")}`);
  if (problems.length) {
    throw new BadRequestError(
      `The CSV header is not right: ${problems.join("; ")}. The first row must name the columns listed in the import format.`,
      undefined,
      "invalid_import_file",
    );
  }
}

/** Converts the cells of one row to the JSON import shape, noting cells that cannot be converted. */
function recordToQuestion(record: Map<string, string>): Pick<ImportCandidate, "raw" | "problems"> {
  const raw: Record<string, unknown> = { source: { kind: "imported" } };
  const problems: ImportCandidate["problems"] = [];
  const take = <T>(field: string, cell: Cell<T>) => {
    if ("value" in cell) raw[field] = cell.value;
    else problems.push({ field, message: cell.problem });
  };
  const text = (column: string, field = column) => {
    const v = record.get(column);
    if (v !== undefined) raw[field] = v;
  };

  text("key");
  text("course");
  text("topic");
  text("stem");
  text("worked_solution", "workedSolution");
  const type = record.get("type")?.toUpperCase();
  // A note is long Markdown that no spreadsheet cell holds well: notes come in JSON files only.
  if (type === "NOTE")
    return {
      raw: { key: raw.key },
      problems: [{ field: "row", message: "topic notes are imported from a JSON file (see the import format); a CSV file holds questions only" }],
    };
  if (type !== undefined) raw.type = type;
  const paper = record.get("paper")?.toUpperCase();
  if (paper !== undefined) raw.paper = paper;
  const term = record.get("command_term");
  if (term !== undefined) raw.commandTerm = canonicalCommandTerm.get(term.toLowerCase()) ?? term;
  const status = record.get("status");
  if (status !== undefined) raw.status = status.toLowerCase();

  for (const [column, field] of [
    ["difficulty", "difficulty"],
    ["marks", "marks"],
  ] as const) {
    const v = record.get(column);
    if (v !== undefined) take(field, parseIntegerCell(column, v));
  }
  const calculator = record.get("calculator");
  if (calculator !== undefined) take("calculator", parseBooleanCell("calculator", calculator));
  const points = record.get("marking_points");
  if (points !== undefined) take("markscheme", parseMarkingPointsCell(points));

  // Columns that belong to another type are refused rather than ignored: they usually mean the type is wrong.
  const options = record.get("options");
  const correct = record.get("correct_option");
  if (type === "MCQ") {
    if (options !== undefined) take("options", parseOptionsCell(options));
    if (correct !== undefined) raw.correctOptionId = correct.toUpperCase();
  } else if (options !== undefined || correct !== undefined) {
    problems.push({ field: "options", message: "options and correct_option are only for MCQ questions" });
  }

  const numericGiven = numericColumns.filter((c) => record.has(c));
  if (type === "NUMERIC") raw.numericAnswer = numericAnswer(record, problems);
  else if (numericGiven.length)
    problems.push({ field: "numericAnswer", message: `${numericGiven.join(", ")} ${numericGiven.length === 1 ? "is" : "are"} only for NUMERIC questions` });

  return { raw, problems };
}

function numericAnswer(record: Map<string, string>, problems: ImportCandidate["problems"]): Record<string, unknown> {
  const answer: Record<string, unknown> = {};
  const number = (column: string, key: string, parser = parseNumberCell) => {
    const v = record.get(column);
    if (v === undefined) return;
    const cell = parser(column, v);
    if ("value" in cell) answer[key] = cell.value;
    else problems.push({ field: `numericAnswer.${key}`, message: cell.problem });
  };
  number("numeric_value", "value");
  number("numeric_tolerance", "tolerance");
  number("numeric_relative_tolerance", "relativeTolerance");
  number("numeric_sig_figs", "sigFigs", parseIntegerCell);
  const unit = record.get("unit");
  if (unit !== undefined) answer.unit = unit;
  const flag = (column: string, key: string) => {
    const v = record.get(column);
    if (v === undefined) return;
    const cell = parseBooleanCell(column, v);
    if ("value" in cell) answer[key] = cell.value;
    else problems.push({ field: `numericAnswer.${key}`, message: cell.problem });
  };
  flag("numeric_sig_figs_exact", "sigFigsExact");
  flag("unit_required", "unitRequired");
  return answer;
}

const csvColumnOf: Record<string, string> = {
  workedSolution: "worked_solution",
  commandTerm: "command_term",
  correctOptionId: "correct_option",
  topicCode: "topic",
  "numericAnswer.value": "numeric_value",
  "numericAnswer.tolerance": "numeric_tolerance",
  "numericAnswer.relativeTolerance": "numeric_relative_tolerance",
  "numericAnswer.sigFigs": "numeric_sig_figs",
  "numericAnswer.sigFigsExact": "numeric_sig_figs_exact",
  "numericAnswer.unit": "unit",
  "numericAnswer.unitRequired": "unit_required",
  numericAnswer: "numeric_value",
};

/** Names a schema path by its CSV column: `markscheme.1.marks` → `marking_points (point 2) marks`. */
export const csvFieldName: FieldNamer = (path) => {
  const [head, index, ...rest] = path.map(String);
  if (head === "markscheme")
    return index === undefined ? "marking_points" : `marking_points (point ${Number(index) + 1})${rest.length ? ` ${rest.join(".")}` : ""}`;
  if (head === "options") return index === undefined ? "options" : `options (option ${Number(index) + 1})${rest.length ? ` ${rest.join(".")}` : ""}`;
  const joined = path.map(String).join(".");
  return csvColumnOf[joined] ?? csvColumnOf[head ?? ""] ?? joined;
};
