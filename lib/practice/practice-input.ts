import { z } from "zod";
import { bandAwardsInput } from "@/lib/marking/band-awards-input";
import { uuidSegment } from "@/lib/http/path-params";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";

export const MAX_SET_SIZE = 30;
const MAX_WRITTEN_LENGTH = MAX_WRITTEN_ANSWER_LENGTH;

const courseSlug = z
  .string({ error: "Choose one of your courses." })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Choose one of your courses.")
  .max(80);
const count = z.coerce
  .number({ error: `Choose how many questions, from 1 to ${MAX_SET_SIZE}.` })
  .int(`Choose how many questions, from 1 to ${MAX_SET_SIZE}.`)
  .min(1, "Choose at least 1 question.")
  .max(MAX_SET_SIZE, `Choose at most ${MAX_SET_SIZE} questions.`);

export const createPracticeInput = z.discriminatedUnion(
  "mode",
  [
    z.object({
      mode: z.literal("filters"),
      courseSlug,
      topicCode: z.string().min(1).max(12, "Choose one of the course's topics.").optional(),
      difficulty: z.coerce
        .number({ error: "Difficulty goes from 1 to 5." })
        .int()
        .min(1, "Difficulty goes from 1 to 5.")
        .max(5, "Difficulty goes from 1 to 5.")
        .optional(),
      paper: z.enum(paperCodes, { error: `Paper is one of ${paperCodes.join(", ")}.` }).optional(),
      type: z.enum(["MCQ", "NUMERIC", "WRITTEN"], { error: "Type is MCQ, NUMERIC or WRITTEN." }).optional(),
      count,
    }),
    z.object({ mode: z.literal("weak-topics"), courseSlug, count }),
    z.object({
      mode: z.literal("questions"),
      questionIds: z
        .array(z.uuid("Question ids must be UUIDs."))
        .min(1, "Choose at least one question.")
        .max(MAX_SET_SIZE, `Choose at most ${MAX_SET_SIZE} questions.`),
    }),
  ],
  { error: 'mode is "filters", "weak-topics" or "questions".' },
);
export type CreatePracticeInput = z.output<typeof createPracticeInput>;

/** A submitted answer, as the marking contract's AnswerInput, with sizes bounded. */
export const answerInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("MCQ"), optionId: z.string().regex(/^[A-H]$/, "Choose one of the options.") }),
  z.object({ type: z.literal("NUMERIC"), value: z.string().trim().min(1, "Type your answer.").max(100, "The answer is too long.") }),
  z.object({
    type: z.literal("WRITTEN"),
    text: z
      .string()
      .trim()
      .min(1, "Write your answer.")
      .max(MAX_WRITTEN_LENGTH, `Keep the answer to ${MAX_WRITTEN_LENGTH.toLocaleString("en-GB")} characters or fewer.`),
  }),
]);

/** A draft may be empty or half-typed; only its size is bounded. */
export const draftAnswerInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("MCQ"), optionId: z.string().regex(/^[A-H]$/) }),
  z.object({ type: z.literal("NUMERIC"), value: z.string().max(100, "The answer is too long.") }),
  z.object({
    type: z.literal("WRITTEN"),
    text: z.string().max(MAX_WRITTEN_LENGTH, `Keep the answer to ${MAX_WRITTEN_LENGTH.toLocaleString("en-GB")} characters or fewer.`),
  }),
]);
export type DraftAnswer = z.output<typeof draftAnswerInput>;

export const saveDraftInput = z.object({ questionId: z.uuid(), answer: draftAnswerInput });

export const submitAnswerInput = z.object({
  questionId: z.uuid(),
  answer: answerInput,
  timeSpentMs: z.number().int().min(0).max(86_400_000).default(0),
});

export const selfMarkInput = z.object({
  attemptId: z.uuid(),
  labels: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,20}$/))
    .max(50)
    .default([]),
  /** Markband questions: a level and mark per criterion instead of labels. */
  bands: bandAwardsInput.optional(),
});

const formText = (value: FormDataEntryValue | null) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

/**
 * The start-a-set and practise-these-questions forms. Empty selects mean "any"; the pressed button's
 * value is the mode ("filters" or "weak-topics"); chosen questions arrive comma-separated.
 */
export function parsePracticeForm(formData: FormData) {
  const mode = formText(formData.get("mode")) ?? "filters";
  const raw =
    mode === "questions"
      ? {
          mode,
          questionIds: (formText(formData.get("questionIds")) ?? "")
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {
          mode,
          courseSlug: formText(formData.get("courseSlug")),
          count: formText(formData.get("count")) ?? "5",
          ...(mode === "filters"
            ? {
                topicCode: formText(formData.get("topicCode")),
                difficulty: formText(formData.get("difficulty")),
                paper: formText(formData.get("paper")),
                type: formText(formData.get("type")),
              }
            : {}),
        };
  return createPracticeInput.safeParse(raw);
}

/** The path of a practice set's routes: an id that is not a UUID could never match a row, so it is not found. */
export const practiceSetPath = z.object({ id: uuidSegment("practice set") });
