import { z } from "zod";
import { bandAwardsInput } from "@/lib/marking/band-awards-input";
import { uuidSegment } from "@/lib/http/path-params";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { env } from "@/lib/env";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";

/**
 * Answers saved up to this long after the deadline still count: the last autosave of a student typing
 * when the clock reaches zero is in flight for a moment, and their clock may be slightly behind ours.
 */
export const DEADLINE_GRACE_MS = 5_000;

/** A "short practice mock" is this share of the paper's marks and time. */
export const SHORT_MOCK_SCALE = 0.25;

/**
 * Very short mocks (scale below 0.1, or an explicit duration in seconds) exist for automated tests,
 * which need a paper that times out within seconds. They are accepted on local instances only: in
 * development and tests, and on a production build served from localhost (the end-to-end suite runs
 * `next start` on 127.0.0.1). A deployed site has a public APP_URL and refuses them.
 */
export function shortDurationsAllowed(): boolean {
  return env.NODE_ENV !== "production" || env.APP_URL.startsWith("http://127.0.0.1") || env.APP_URL.startsWith("http://localhost");
}

export const startMockInput = z.object({
  courseSlug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "choose one of your courses")
    .max(80),
  paper: z.enum(paperCodes, "choose a paper"),
  /** Share of the paper's marks and duration: 0.1–1 (down to 0.01 on local instances). */
  scale: z.number().min(0.01).max(1).default(1),
  /** Local instances only: the paper's duration in seconds, overriding the scaled duration. */
  durationSeconds: z
    .number()
    .int()
    .min(10)
    .max(6 * 60 * 60)
    .optional(),
});
export type StartMockInput = z.input<typeof startMockInput>;

/** A student's answer as autosaved: the same shapes marking takes (lib/marking/marking-types.ts). */
export const mockAnswerInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("MCQ"), optionId: z.string().regex(/^[A-H]$/, "an option letter A–H") }),
  z.object({ type: z.literal("NUMERIC"), value: z.string().max(100, "at most 100 characters") }),
  z.object({
    type: z.literal("WRITTEN"),
    text: z.string().max(MAX_WRITTEN_ANSWER_LENGTH, `A written answer can be at most ${MAX_WRITTEN_ANSWER_LENGTH.toLocaleString("en-GB")} characters.`),
  }),
]);

/** PUT /api/v1/mocks/[id]/answers/[questionId]: `answer: null` clears the saved answer. */
export const saveMockAnswerBody = z.object({ answer: mockAnswerInput.nullable() });

export const mockIdParam = z.uuid();

/** The paths of a mock paper's routes. */
export const mockPath = z.object({ id: uuidSegment("mock exam") });
export const mockAnswerPath = mockPath.extend({ questionId: uuidSegment("question in this paper") });

/**
 * POST /api/v1/mocks/[id]/self-mark: the markscheme points the student earned on one written answer of a
 * submitted paper. Marks come only from these points (the IB rules cap them at the question's marks).
 */
export const selfMarkMockInput = z.object({
  questionId: z.uuid("Choose a question of this paper."),
  labels: z
    .array(z.string().regex(/^[A-Za-z0-9_.-]{1,20}$/, "Marking points are labelled like M1 or A1."))
    .max(50, "A question has at most 50 marking points.")
    .default([]),
  /** Markband questions: a level and mark per criterion instead of labels. */
  bands: bandAwardsInput.optional(),
});

export type MockAnswer = z.infer<typeof mockAnswerInput>;

/** The stored draft answers, keeping only well-formed entries (the column is written only by saveMockDraft). */
export function parseDraftAnswers(json: unknown): Record<string, MockAnswer> {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).flatMap(([questionId, value]): [string, MockAnswer][] => {
      const parsed = mockAnswerInput.safeParse(value);
      return parsed.success ? [[questionId, parsed.data]] : [];
    }),
  );
}
