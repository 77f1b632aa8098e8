import { z } from "zod";
import { levels } from "@/lib/catalog/catalog-input";

export const flashcardInput = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120),
  levels: z.array(z.enum(levels)).min(1),
  topicCode: z.string().min(1).max(12),
  /** Markdown + LaTeX. */
  front: z.string().min(1).max(2000),
  back: z.string().min(1).max(4000),
});
export type FlashcardInput = z.input<typeof flashcardInput>;

export type SubjectFlashcards = { subject: string; flashcards: FlashcardInput[] };
