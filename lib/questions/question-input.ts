import { z } from "zod";
import { levels, paperCodes } from "@/lib/catalog/catalog-input";
import { contentOfQuestion } from "@/lib/questions/question-content";
import { checkQuestionRules } from "@/lib/questions/question-rules";
import { followThroughInput } from "@/lib/questions/follow-through";
import { markbandsInput } from "@/lib/questions/markbands-input";
import type { QuestionGroupInput } from "@/lib/questions/question-group-input";

/** IB command terms (the verbs that tell a candidate what a question wants). */
export const commandTerms = [
  "Analyse",
  "Annotate",
  "Apply",
  "Calculate",
  "Comment",
  "Compare",
  "Compare and contrast",
  "Construct",
  "Contrast",
  "Deduce",
  "Define",
  "Demonstrate",
  "Derive",
  "Describe",
  "Design",
  "Determine",
  "Discuss",
  "Distinguish",
  "Draw",
  "Estimate",
  "Evaluate",
  "Examine",
  "Explain",
  "Explore",
  "Find",
  "Hence",
  "Hence or otherwise",
  "Identify",
  "Interpret",
  "Investigate",
  "Justify",
  "Label",
  "List",
  "Measure",
  "Outline",
  "Plot",
  "Predict",
  "Prove",
  "Recommend",
  "Show",
  "Show that",
  "Sketch",
  "Solve",
  "State",
  "Suggest",
  "Summarize",
  "To what extent",
  "Verify",
  "Write down",
] as const;
export type CommandTerm = (typeof commandTerms)[number];

/**
 * Marking-point kinds, following IB markscheme conventions:
 * M method, A accuracy (usually depends on an M), R reasoning, B independent mark, AG answer given
 * (worth 0, marks the end of a "show that"), POINT a science/humanities marking point.
 */
export const markingPointKinds = ["M", "A", "R", "B", "AG", "POINT"] as const;
export type MarkingPointKind = (typeof markingPointKinds)[number];

export const markingPointInput = z.object({
  /** Unique within the question: "M1", "A1", "p1"... */
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,20}$/),
  kind: z.enum(markingPointKinds),
  marks: z.number().int().min(0).max(10),
  /** Markdown + LaTeX. "/" separates accepted alternatives; OWTTE = "or words to that effect". */
  text: z.string().min(1).max(2000),
  /** Ids of points that must be awarded first (an A mark after its M mark). */
  dependsOn: z.array(z.string()).default([]),
  /** Words or numbers whose presence in an answer suggests this point (automatic suggestion only). */
  keywords: z.array(z.string().min(1)).default([]),
});
export type MarkingPointInput = z.input<typeof markingPointInput>;
export type MarkingPoint = z.output<typeof markingPointInput>;

export const mcqOptionInput = z.object({
  id: z.string().regex(/^[A-H]$/),
  text: z.string().min(1).max(1000),
});

export const numericAnswerInput = z.object({
  value: z.number().finite(),
  /** Absolute tolerance; when both are absent, the answer must match to the stated significant figures or exactly. */
  tolerance: z.number().nonnegative().optional(),
  relativeTolerance: z.number().nonnegative().max(1).optional(),
  unit: z.string().max(30).optional(),
  /** The significant figures the stored value is given to; the expected answer is shown to these. */
  sigFigs: z.number().int().min(1).max(10).optional(),
  /** The stem asks for exactly `sigFigs` significant figures: any other number of them loses one mark. */
  sigFigsExact: z.boolean().optional(),
  /** The unit is part of the answer (IB physics): an answer without it loses one mark. */
  unitRequired: z.boolean().optional(),
  /** A part of a multi-part question whose marks follow through (FT) earlier parts' values; see follow-through.ts. */
  followThrough: followThroughInput.optional(),
});
export type NumericAnswer = z.infer<typeof numericAnswerInput>;

export const questionSourceInput = z.object({
  kind: z.enum(["original", "generated", "imported"]),
  author: z.string().max(200).optional(),
  generator: z.string().max(100).optional(),
  seed: z.number().int().optional(),
  note: z.string().max(500).optional(),
});

const questionBase = z.object({
  /** Stable external id (lower-case, hyphenated): what makes seeding and imports idempotent. */
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(120),
  /** The course levels the question belongs to; a question for both is stored once per course. */
  levels: z.array(z.enum(levels)).min(1),
  topicCode: z.string().min(1).max(12),
  difficulty: z.number().int().min(1).max(5),
  marks: z.number().int().min(1).max(30),
  paper: z.enum(paperCodes),
  calculator: z.boolean(),
  commandTerm: z.enum(commandTerms),
  /** Markdown with LaTeX between $...$ (inline) or $$...$$ (display). */
  stem: z.string().min(1).max(10_000),
  markscheme: z.array(markingPointInput).min(1),
  workedSolution: z.string().min(1).max(20_000),
  source: questionSourceInput.default({ kind: "original" }),
});

export const questionInput = z
  .discriminatedUnion("type", [
    questionBase.extend({
      type: z.literal("MCQ"),
      options: z.array(mcqOptionInput).min(2).max(8),
      correctOptionId: z.string().regex(/^[A-H]$/),
    }),
    questionBase.extend({ type: z.literal("NUMERIC"), numericAnswer: numericAnswerInput }),
    // With markbands the markscheme's points are indicative content (POINT, 0 marks): what a good answer may say.
    questionBase.extend({ type: z.literal("WRITTEN"), markbands: markbandsInput.optional() }),
  ])
  // The same rules as the editor and imports (question-rules.ts), named in this schema's fields.
  .superRefine((q, ctx) => {
    for (const issue of checkQuestionRules(contentOfQuestion(q, ""))) {
      const path = issue.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      if (path[0] === "markingPoints") path[0] = "markscheme";
      if (path[0] === "markscheme" && path[2] === "label") path[2] = "id";
      ctx.addIssue({ code: "custom", path, message: issue.message });
    }
  });
export type QuestionInput = z.input<typeof questionInput>;
export type Question = z.output<typeof questionInput>;

/** One file of questions for one subject; multi-part questions in `groups` (question-group-input.ts). */
export type SubjectQuestions = { subject: string; questions: QuestionInput[]; groups?: QuestionGroupInput[] };
