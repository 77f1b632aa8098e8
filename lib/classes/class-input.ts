import { z } from "zod";

const examYear = z.coerce.number().int().min(2024, "Choose an exam year from 2024.").max(2040, "Choose an exam year up to 2040.");

/** A new class as the teacher's form sends it. */
export const createClassInput = z
  .object({
    name: z.string().trim().min(1, "Give the class a name.").max(80, "Keep the name to 80 characters."),
    courseSlug: z.string().trim().min(1, "Choose the course the class studies."),
    examMonth: z.enum(["MAY", "NOVEMBER"]).optional(),
    examYear: examYear.optional(),
  })
  .refine((v) => (v.examMonth === undefined) === (v.examYear === undefined), {
    message: "Give both the exam month and the year, or neither.",
    path: ["examYear"],
  });
export type CreateClassInput = z.input<typeof createClassInput>;

export const classIdInput = z.uuid("There is no such class.");
