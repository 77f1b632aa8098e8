import { z } from "zod";
import { rejectedRow } from "@/lib/content-import/import-row";

/**
 * What the import job has done so far, updated in the same transaction as each batch it writes, so a
 * retried job resumes after the last committed batch and the counts are never counted twice.
 */
export const importResult = z.object({
  batchesDone: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  /** Courses whose questions were created or changed: their cached catalog entries are dropped at the end. */
  changedCourseSlugs: z.array(z.string()),
  /**
   * Topic notes created or changed: their pages are regenerated and the dashboards of the courses' students
   * dropped (a weak topic links its note). Absent when the file changed no note.
   */
  changedNotes: z.array(z.object({ courseId: z.uuid(), page: z.string() })).optional(),
});
export type ImportResult = z.output<typeof importResult>;

export const emptyImportResult: ImportResult = { batchesDone: 0, created: 0, updated: 0, unchanged: 0, changedCourseSlugs: [] };

/** `content_imports.report`: the validation rejects, then the job's result (or why it failed). */
export const contentImportReport = z.object({
  rejected: z.array(rejectedRow).default([]),
  result: importResult.optional(),
  error: z.string().optional(),
});
export type ContentImportReport = z.output<typeof contentImportReport>;
