/** An upload larger than this is refused before it is read (the admin form says so too). */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
/** Questions per file: one import stays one job of minutes, not hours, and its report stays readable. */
export const MAX_IMPORT_ROWS = 5_000;
/** Questions written per transaction: a failure loses at most one batch, and a retry resumes after the last one. */
export const IMPORT_BATCH_SIZE = 100;
/** Rejected rows shown on the validation page; the CSV download has them all. */
export const REJECTS_SHOWN = 100;
