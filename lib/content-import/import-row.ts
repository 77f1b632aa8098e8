import { z } from "zod";
import { questionInput } from "@/lib/questions/question-input";

/**
 * A row that passed validation, as stored in `content_imports.rows` and written by the import job. The
 * course and topic are resolved to ids at validation time; the slug is kept to invalidate its cache.
 */
export const importRow = z.object({
  /** Position in the uploaded file (CSV: spreadsheet row, header = 1; JSON: array position from 1). */
  row: z.number().int().min(1),
  key: z.string().min(1),
  courseId: z.uuid(),
  courseSlug: z.string().min(1),
  topicId: z.uuid(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  question: questionInput,
});
export type ImportRow = z.output<typeof importRow>;

/** A row that failed validation, with every reason found, in words an author can act on. */
export const rejectedRow = z.object({
  row: z.number().int().min(1),
  key: z.string().nullable(),
  reasons: z.array(z.string()).min(1),
});
export type RejectedRow = z.output<typeof rejectedRow>;
