import { z } from "zod";
import { formBoolean, requiredText } from "@/lib/admin/content/content-fields";
import { ContentValidationError } from "@/lib/admin/content/content-validation-error";

export const topicFields = z.object({
  code: z
    .string({ error: "Enter the syllabus code" })
    .trim()
    .regex(/^[A-Za-z0-9.]{1,12}$/, "Use a syllabus code like 1.2, A.1 or S1.2: letters, digits and dots, up to 12"),
  title: requiredText(200, "Enter the topic's title"),
  /** Additional higher level material (shown as such in HL courses). */
  hlOnly: formBoolean,
});

/** The topic columns an admin edits, as selected for audit before/after snapshots. */
export const topicSnapshot = {
  id: true,
  courseId: true,
  parentId: true,
  code: true,
  title: true,
  hlOnly: true,
  sortOrder: true,
  depth: true,
  archivedAt: true,
} as const;

export const codeTaken = (code: string) => new ContentValidationError([{ path: "code", message: `This course already has a topic ${code}` }]);
