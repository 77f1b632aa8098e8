import { z } from "zod";
import { questionInput } from "@/lib/questions/question-input";
import { questionGroupInput } from "@/lib/questions/question-group-input";

/**
 * A row that passed validation, as stored in `content_imports.rows` and written by the import job. The
 * course and topic are resolved to ids at validation time; the slug is kept to invalidate its cache.
 */
export const importQuestionRow = z.object({
  /** Position in the uploaded file (CSV: spreadsheet row, header = 1; JSON: array position from 1). */
  row: z.number().int().min(1),
  key: z.string().min(1),
  courseId: z.uuid(),
  courseSlug: z.string().min(1),
  topicId: z.uuid(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  question: questionInput,
});
export type ImportQuestionRow = z.output<typeof importQuestionRow>;

/**
 * A multi-part question that passed validation: one row of the file, written as one unit (its context
 * and all its parts, or nothing). `partTopicIds` are the parts' topics, in part order.
 */
export const importGroupRow = z.object({
  row: z.number().int().min(1),
  /** The group's key; each part's is partKey(key, label). */
  key: z.string().min(1),
  courseId: z.uuid(),
  courseSlug: z.string().min(1),
  partTopicIds: z.array(z.uuid()).min(1),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  group: questionGroupInput,
});
export type ImportGroupRow = z.output<typeof importGroupRow>;

/** A topic's revision note that passed validation; `key` names it in reports (`note:<course>/<topic>`). */
export const importNoteRow = z.object({
  row: z.number().int().min(1),
  key: z.string().min(1),
  courseId: z.uuid(),
  courseSlug: z.string().min(1),
  topicId: z.uuid(),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  note: z.object({ topicCode: z.string().min(1), body: z.string().min(1) }),
});
export type ImportNoteRow = z.output<typeof importNoteRow>;

// Rows stored before groups existed have no `group`: they still read as questions.
export const importRow = z.union([importNoteRow, importGroupRow, importQuestionRow]);
export type ImportRow = z.output<typeof importRow>;
export const isGroupRow = (row: ImportRow): row is ImportGroupRow => "group" in row;
export const isNoteRow = (row: ImportRow): row is ImportNoteRow => "note" in row;

/** A row that failed validation, with every reason found, in words an author can act on. */
export const rejectedRow = z.object({
  row: z.number().int().min(1),
  key: z.string().nullable(),
  reasons: z.array(z.string()).min(1),
});
export type RejectedRow = z.output<typeof rejectedRow>;
