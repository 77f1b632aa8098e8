import { BadRequestError } from "@/lib/errors";
import type { ImportCandidate, ImportFormat } from "@/lib/content-import/import-candidate";
import type { ImportRow, RejectedRow } from "@/lib/content-import/import-row";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "@/lib/content-import/import-limits";
import { csvFieldName, readCsvQuestions } from "@/lib/content-import/read-csv-questions";
import { jsonFieldName, readJsonQuestions } from "@/lib/content-import/read-json-questions";
import { loadImportCatalog } from "@/lib/content-import/load-import-catalog";
import { figuresOf } from "@/lib/content-import/figures-of";
import { checkImportRow, type CheckedRow } from "@/lib/content-import/check-import-row";
import { isGroupCandidate, isNoteCandidate, noteRowKey, questionKeysOf } from "@/lib/content-import/import-keys";

export type ImportFile = { fileName: string; bytes: Uint8Array };

export type ValidatedImport = {
  format: ImportFormat;
  totalRows: number;
  /** Rows that passed, in file order. */
  rows: ImportRow[];
  /** Rows that failed, in file order, each with all its reasons. */
  rejected: RejectedRow[];
};

export function importFormatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  return ext === "csv" || ext === "json" ? ext : null;
}

const fileError = (message: string) => new BadRequestError(message, undefined, "invalid_import_file");

/**
 * Reads an uploaded question file and checks every row: shape, catalog placement, markscheme rules and
 * keys. A problem with the file as a whole (size, format, encoding, header) throws a BadRequestError;
 * problems with rows are returned, so an author sees them all at once.
 */
export async function validateImportFile(file: ImportFile): Promise<ValidatedImport> {
  if (file.bytes.byteLength === 0) throw fileError("The file is empty.");
  if (file.bytes.byteLength > MAX_IMPORT_FILE_BYTES) {
    throw fileError(
      `The file is ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
  const format = importFormatOf(file.fileName);
  if (!format) throw fileError("Upload a .csv or .json file.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw fileError("The file is not UTF-8 text. Save it as UTF-8 (in Excel: CSV UTF-8).");
  }

  const candidates = format === "csv" ? readCsvQuestions(text) : readJsonQuestions(text);
  if (candidates.length === 0) throw fileError("The file has no questions or notes.");
  if (candidates.length > MAX_IMPORT_ROWS)
    throw fileError(`The file has ${candidates.length} questions; the limit is ${MAX_IMPORT_ROWS} per file. Split it into smaller files.`);

  const figureHashes = [...new Set(candidates.flatMap((c) => figuresOf(c.raw).map((f) => f.hash)))];
  const keys = [...new Set(candidates.flatMap((c) => questionKeysOf(c.raw)))];
  const groupKeys = distinctStrings(
    candidates.filter((c) => isGroupCandidate(c.raw)),
    "key",
  );
  const catalog = await loadImportCatalog(distinctStrings(candidates, "course"), keys, figureHashes, groupKeys);
  const name = format === "csv" ? csvFieldName : jsonFieldName;
  const checked = candidates.map((c) => checkImportRow(c, catalog, name));
  rejectRepeatedKeys(checked, candidates);

  return {
    format,
    totalRows: candidates.length,
    rows: checked.flatMap((c) => (c.value ? [c.value] : [])),
    rejected: checked.flatMap((c) => (c.value ? [] : [{ row: c.row, key: c.key, reasons: c.reasons }])),
  };
}

/**
 * Every row of a key used more than once is rejected: which one the author meant is anybody's guess. A
 * multi-part question uses its own key and its parts' (a part key may clash with a one-part question's).
 */
function rejectRepeatedKeys(checked: CheckedRow[], candidates: ImportCandidate[]) {
  const keysOf = candidates.map((c) => {
    if (isNoteCandidate(c.raw)) return [noteRowKey(c.raw)].filter((k): k is string => k !== null);
    const own = typeof c.raw.key === "string" && c.raw.key !== "" ? [c.raw.key] : [];
    return [...new Set([...own, ...questionKeysOf(c.raw)])];
  });
  const rowsByKey = new Map<string, number[]>();
  checked.forEach((c, i) => {
    for (const key of keysOf[i]!) rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), c.row]);
  });
  checked.forEach((c, i) => {
    for (const key of keysOf[i]!) {
      const rows = rowsByKey.get(key)!;
      if (rows.length < 2) continue;
      c.reasons.push(
        isNoteCandidate(candidates[i]!.raw)
          ? `a topic has one note, and rows ${rows.join(", ")} are all notes for topic "${String(candidates[i]!.raw.topic)}" of ${String(candidates[i]!.raw.course)}`
          : `key "${key}" is used on more than one row (rows ${rows.join(", ")}): keys must be unique within a file`,
      );
      c.value = null;
    }
  });
}

function distinctStrings(candidates: ImportCandidate[], field: string): string[] {
  return [...new Set(candidates.map((c) => c.raw[field]).filter((v): v is string => typeof v === "string" && v !== ""))];
}
