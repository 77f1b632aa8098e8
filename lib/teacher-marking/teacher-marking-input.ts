import { z } from "zod";
import { bandAwardsInput } from "@/lib/marking/band-awards-input";
import { pageFields } from "@/lib/pagination/page-query";

/** Answers per page of the marking queue: a lesson's worth of marking, read in one go. */
export const MARKING_QUEUE_LIMITS = { defaultLimit: 20, maxLimit: 50 };

/** `?assignmentId=&cursor=&limit=`: the queue of one class, optionally of one of its assignments. */
export const markingQueueQuery = z.object({
  assignmentId: z.uuid("There is no such assignment.").optional(),
  ...pageFields(MARKING_QUEUE_LIMITS),
});

export const MARKER_COMMENT_MAX = 2000;

/**
 * A teacher's marking of one answer: the points it earns or (markband questions) a level and mark per
 * criterion, as self-marking takes them, and a comment for the student. A blank comment is no comment.
 */
export const teacherMarksInput = z.object({
  attemptId: z.uuid("There is no such answer to mark."),
  labels: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,20}$/, "Marking points are labelled like M1 or A1."))
    .max(50)
    .default([]),
  bands: bandAwardsInput.optional(),
  comment: z
    .string()
    .trim()
    .max(MARKER_COMMENT_MAX, `Keep the comment to ${MARKER_COMMENT_MAX.toLocaleString("en")} characters.`)
    .nullish()
    .transform((c) => c || null),
});
export type TeacherMarks = z.input<typeof teacherMarksInput>;
