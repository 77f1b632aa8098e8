import { z } from "zod";
import { levelRange, type MarkbandCriterion } from "@/lib/questions/markbands-input";

/**
 * What the model is asked to return. Kept free of length limits and enums: strict structured-output
 * modes reject some JSON-schema keywords, and labels are checked against the question afterwards
 * (feedbackForLabels), where a wrong answer can be told apart from a wrong shape.
 */
export const modelFeedbackSchema = z.object({
  points: z.array(z.object({ label: z.string(), awarded: z.boolean(), comment: z.string() })),
  summary: z.string(),
});

export type ModelFeedback = z.infer<typeof modelFeedbackSchema>;

/** For a markband question: a suggested level and mark per criterion, with the reason, checked afterwards (feedbackForCriteria). */
export const modelBandFeedbackSchema = z.object({
  criteria: z.array(z.object({ criterion: z.string(), level: z.number(), marks: z.number(), reason: z.string() })),
  summary: z.string(),
});

export type ModelBandFeedback = z.infer<typeof modelBandFeedbackSchema>;

const MAX_COMMENT = 1_000;
const MAX_SUMMARY = 2_000;

const pointFeedbackSchema = z.object({ label: z.string().min(1).max(40), awarded: z.boolean(), comment: z.string().max(MAX_COMMENT) });

export type PointFeedback = z.infer<typeof pointFeedbackSchema>;

const bandFeedbackSchema = z.object({
  criterion: z.string().min(1).max(4),
  level: z.number().int().min(0).max(10),
  marks: z.number().int().min(0).max(30),
  reason: z.string().max(MAX_COMMENT),
});

export type BandFeedback = z.infer<typeof bandFeedbackSchema>;

export const unavailableReasons = ["not_configured", "timeout", "invalid_output", "error"] as const;
export type UnavailableReason = (typeof unavailableReasons)[number];

/** The shape of attempts.ai_feedback. Null in the column means not produced yet. */
export const storedFeedbackSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ready"),
    model: z.string().min(1).max(200),
    points: z.array(pointFeedbackSchema),
    /** Markband questions: the suggested placing per criterion (`points` is then empty). */
    bands: z.array(bandFeedbackSchema).optional(),
    summary: z.string().max(MAX_SUMMARY),
    generatedAt: z.iso.datetime(),
  }),
  z.object({ status: z.literal("unavailable"), reason: z.enum(unavailableReasons) }),
]);

export type StoredFeedback = z.infer<typeof storedFeedbackSchema>;

/**
 * Reads the column without trusting it: null stays null (not produced yet); anything that does not
 * match the stored shape (hand edits, an older format) reads as unavailable rather than breaking the page.
 */
export function parseStoredFeedback(value: unknown): StoredFeedback | null {
  if (value === null || value === undefined) return null;
  const parsed = storedFeedbackSchema.safeParse(value);
  return parsed.success ? parsed.data : { status: "unavailable", reason: "error" };
}

/**
 * Lines the model's points up with the markscheme, in its order. Points for labels the question does
 * not have are dropped (a model may invent "M3"); a label repeated keeps its first entry; a markscheme
 * point left without feedback makes the whole output unusable (null), since a partial list would read
 * as "not awarded" for the missing points.
 */
export function feedbackForLabels(output: ModelFeedback, labels: string[]): { points: PointFeedback[]; summary: string } | null {
  const byLabel = new Map<string, ModelFeedback["points"][number]>();
  for (const point of output.points) {
    const label = point.label.trim();
    if (labels.includes(label) && !byLabel.has(label)) byLabel.set(label, point);
  }
  if (labels.some((label) => !byLabel.has(label))) return null;
  return {
    points: labels.map((label) => {
      const point = byLabel.get(label)!;
      return { label, awarded: point.awarded, comment: point.comment.trim().slice(0, MAX_COMMENT) };
    }),
    summary: output.summary.trim().slice(0, MAX_SUMMARY),
  };
}

/**
 * Lines the model's placings up with the markbands, in their order. Like feedbackForLabels: unknown
 * criteria are dropped, a repeated one keeps its first entry, and a criterion left unplaced makes the
 * whole output unusable (null); so does a level the criterion does not have or a mark outside that
 * level's range, which would put a suggestion beside the bands that the bands themselves contradict.
 */
export function feedbackForCriteria(output: ModelBandFeedback, criteria: MarkbandCriterion[]): { bands: BandFeedback[]; summary: string } | null {
  const byCriterion = new Map<string, ModelBandFeedback["criteria"][number]>();
  for (const placing of output.criteria) {
    const id = placing.criterion.trim();
    if (criteria.some((c) => c.id === id) && !byCriterion.has(id)) byCriterion.set(id, placing);
  }
  const bands: BandFeedback[] = [];
  for (const criterion of criteria) {
    const placing = byCriterion.get(criterion.id);
    if (!placing || !Number.isInteger(placing.level) || !Number.isInteger(placing.marks)) return null;
    const range = levelRange(criterion, placing.level);
    if (!range || placing.marks < range.min || placing.marks > range.max) return null;
    bands.push({ criterion: criterion.id, level: placing.level, marks: placing.marks, reason: placing.reason.trim().slice(0, MAX_COMMENT) });
  }
  return { bands, summary: output.summary.trim().slice(0, MAX_SUMMARY) };
}
