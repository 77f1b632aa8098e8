import { z } from "zod";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { commandTerms, markingPointKinds } from "@/lib/questions/question-input";
import { formBoolean, optionalNumber, optionalText, requiredText, rowId, wholeNumber, wordList } from "@/lib/admin/content/content-fields";

export const questionTypes = ["MCQ", "NUMERIC", "WRITTEN"] as const;
export const optionLetters = ["A", "B", "C", "D", "E", "F", "G", "H"] as const;

export const markingPointFields = z.object({
  label: z
    .string({ error: "Enter a label" })
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,20}$/, "Use a short label such as M1, A1 or p2 (letters, digits, dots, dashes)"),
  kind: z.enum(markingPointKinds, { error: "Choose the kind of mark" }),
  marks: wholeNumber(0, 10, "Marks"),
  text: requiredText(2_000, "Write what earns this mark"),
  /** Labels of points that must be awarded first; typed as "M1, M2" in the form. */
  dependsOn: wordList(z.string()),
  /** Words or numbers that suggest the point when marking written answers automatically. */
  keywords: wordList(z.string().min(1).max(100, "Keep each keyword under 100 characters")),
});

const optionFields = z.object({
  id: z.enum(optionLetters, { error: "Option letters run from A to H" }),
  text: requiredText(1_000, "Write the option's text"),
});

const numericAnswerFields = z.object({
  value: optionalNumber,
  tolerance: optionalNumber.refine((v) => v === undefined || v >= 0, "The tolerance cannot be negative"),
  relativeTolerance: optionalNumber.refine((v) => v === undefined || (v >= 0 && v <= 1), "The relative tolerance is a fraction from 0 to 1 (0.01 = 1%)"),
  unit: optionalText(30),
  sigFigs: z.preprocess((v) => (v === "" || v === null ? undefined : v), wholeNumber(1, 10, "Significant figures").optional()),
  /** The stem asks for `sigFigs` significant figures, and any other number of them loses a mark. */
  sigFigsExact: formBoolean.optional(),
  /** The unit earns a mark: an answer without it loses one; a unit of another quantity always scores 0. */
  unitRequired: formBoolean.optional(),
});

const markbandLevelFields = z.object({
  min: wholeNumber(1, 30, "A level's lowest mark"),
  max: wholeNumber(1, 30, "A level's highest mark"),
  descriptor: requiredText(2_000, "Describe what an answer at this level does"),
});

const markbandCriterionFields = z.object({
  id: z
    .string({ error: "Enter the criterion's id" })
    .trim()
    .regex(/^[A-Za-z0-9]{1,4}$/, "Name the criterion with up to 4 letters or digits, such as A or 1"),
  title: requiredText(120, "Name the criterion"),
  levels: z.array(markbandLevelFields).min(1, "A criterion needs at least one level").max(10, "At most 10 levels"),
});

/** What an admin edits on a question (create and update add their own identifying fields). */
export const questionFields = z.object({
  topicId: rowId("a topic"),
  type: z.enum(questionTypes, { error: "Choose the question type" }),
  difficulty: wholeNumber(1, 5, "Difficulty"),
  marks: wholeNumber(1, 30, "Marks"),
  paper: z.enum(paperCodes, { error: "Choose a paper" }),
  calculator: formBoolean,
  commandTerm: z.enum(commandTerms, { error: "Choose a command term" }),
  stem: requiredText(10_000, "Write the question"),
  options: z.array(optionFields).max(8, "At most 8 options").default([]),
  correctOptionId: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(optionLetters, { error: "Choose the correct option (a letter from A to H)" }).optional(),
  ),
  numericAnswer: numericAnswerFields.optional(),
  markingPoints: z.array(markingPointFields).max(40, "At most 40 marking points").default([]),
  /** WRITTEN only: none = marked against the points. */
  markbands: z.array(markbandCriterionFields).max(6, "At most 6 markband criteria").default([]),
  workedSolution: requiredText(20_000, "Write the worked solution"),
});
export type QuestionFields = z.output<typeof questionFields>;

/**
 * A question schema that first drops the parts belonging to other types: the editor keeps them while
 * the admin switches type, and they must not block a save.
 */
export function forQuestionType<S extends z.ZodType>(schema: S) {
  return z.preprocess((raw) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const q = { ...(raw as Record<string, unknown>) };
    if (q.type !== "MCQ") {
      delete q.options;
      delete q.correctOptionId;
    }
    if (q.type !== "NUMERIC") delete q.numericAnswer;
    if (q.type !== "WRITTEN") delete q.markbands;
    return q;
  }, schema);
}
