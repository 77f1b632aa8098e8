import { z } from "zod";
import { levels } from "@/lib/catalog/catalog-input";

/**
 * A revision note for one leaf topic, as seed files, admin edits and imports write it. One note serves
 * the SL and HL courses when `levels` names both (the HL note may go further: write two then).
 */
export const topicNoteInput = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120),
  levels: z.array(z.enum(levels)).min(1),
  topicCode: z.string().min(1).max(12),
  /** Markdown + LaTeX: headings from ###, lists, tables, $…$ and $$…$$. 80 to 900 words. */
  body: z.string().min(400, "A note needs at least a few paragraphs (400 characters).").max(12_000, "A note is a revision note: at most 12,000 characters."),
});
export type TopicNoteInput = z.input<typeof topicNoteInput>;

export type SubjectNotes = { subject: string; notes: TopicNoteInput[] };
