import { z } from "zod";

/** One PDF holds at most this many students (a page each): bigger groups are split by the admin. */
export const MAX_REPORT_STUDENTS = 500;

/**
 * What a progress report covers: chosen students (all their courses), every student enrolled in a
 * course (that course only), or a class's members (the class's course only). Stored as the file's
 * `params` and read back by the job.
 */
export const progressReportParams = z
  .object({
    userIds: z
      .array(z.uuid("each student id must be a UUID"))
      .min(1, "choose at least one student")
      .max(MAX_REPORT_STUDENTS, `a report covers at most ${MAX_REPORT_STUDENTS} students`)
      .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))])
      .optional(),
    courseId: z.uuid("courseId must be a UUID").optional(),
    classId: z.uuid("classId must be a UUID").optional(),
  })
  .strict()
  .refine((p) => [p.userIds, p.courseId, p.classId].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of userIds, courseId or classId",
  });

export type ProgressReportParams = z.output<typeof progressReportParams>;
