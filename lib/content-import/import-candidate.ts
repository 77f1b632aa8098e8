/** One question as read from an uploaded file, before validation. */
export type ImportCandidate = {
  /** CSV: the spreadsheet row (the header is row 1); JSON: the position in the array, from 1. */
  row: number;
  /** The question in the JSON import shape (FORMAT.md), whatever the file's format. */
  raw: Record<string, unknown>;
  /**
   * Problems found while reading the row, keyed by the field they concern (JSON names). The schema's own
   * complaints about those fields are dropped, so a bad cell is reported once, in the reader's words.
   */
  problems: { field: string; message: string }[];
};

export type ImportFormat = "csv" | "json";

/** How a file's format names a field in messages: CSV column names, or JSON paths. */
export type FieldNamer = (path: readonly PropertyKey[]) => string;
