import { z } from "zod";
import { levels, paperCodes } from "@/lib/catalog/catalog-input";
import { partLabel } from "@/lib/questions/follow-through";
import { questionInput, type Question, type QuestionInput } from "@/lib/questions/question-input";
import { followThroughValue } from "@/lib/questions/follow-through-value";
import { figureReferenceProblem, figureReferences } from "@/lib/figures/figure-references";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";

/**
 * How far an FT expression worked from the earlier parts' stored (rounded) answers may land from this
 * part's stored answer: its tolerance, or one unit in its last significant figure.
 */
function followThroughSlack({ value, tolerance, relativeTolerance, sigFigs }: Extract<Question, { type: "NUMERIC" }>["numericAnswer"]): number {
  const lastFigure = sigFigs && value !== 0 ? 10 ** (Math.floor(Math.log10(Math.abs(value))) - sigFigs + 1) : 0;
  return Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value), lastFigure, 1e-9 * Math.max(1, Math.abs(value)));
}

type PartFields = "key" | "levels" | "paper" | "calculator";
/** A part as a content file writes it: a question without what its group sets for all parts. */
export type QuestionPartInput = (QuestionInput extends infer Q ? (Q extends QuestionInput ? Omit<Q, PartFields> : never) : never) & { label: string };

/** A part's key: its group's and its label ("b(ii)" → "bii"). */
export const partKey = (groupKey: string, label: string) => `${groupKey}-${label.replace(/[()]/g, "")}`;

const groupFields = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  levels: z.array(z.enum(levels)).min(1),
  paper: z.enum(paperCodes),
  calculator: z.boolean(),
  /** What every part refers to: Markdown with LaTeX, tables and figures. */
  context: z.string().min(1).max(20_000),
  parts: z
    .array(z.looseObject({ label: partLabel }))
    .min(2)
    .max(12),
});

export type QuestionGroup = Omit<z.output<typeof groupFields>, "parts"> & { parts: (Question & { label: string })[] };

/**
 * A multi-part question in a content file: the shared context and its parts, each checked as a question
 * (with the group's levels, paper and calculator) and as a part: labels unique and in paper order, and a
 * follow-through part only from earlier numeric parts, its expression giving its own answer from theirs.
 */
export const questionGroupInput = groupFields.transform((group, ctx): QuestionGroup => {
  // The context is judged as every other text is: LaTeX that renders, figures that are figures.
  const latex = describeLatexErrors(findLatexErrors(group.context));
  if (latex) ctx.addIssue({ code: "custom", path: ["context"], message: latex });
  for (const reference of figureReferences(group.context)) {
    const problem = figureReferenceProblem(reference);
    if (problem) ctx.addIssue({ code: "custom", path: ["context"], message: problem });
  }
  const parts: QuestionGroup["parts"] = [];
  const seen = new Map<string, Question>();
  group.parts.forEach((raw, i) => {
    const parsed = questionInput.safeParse({
      ...raw,
      key: partKey(group.key, raw.label),
      levels: group.levels,
      paper: group.paper,
      calculator: group.calculator,
    });
    if (seen.has(raw.label)) ctx.addIssue({ code: "custom", path: ["parts", i, "label"], message: `part (${raw.label}) appears twice` });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ["parts", i, ...issue.path] } as z.core.$ZodRawIssue);
      return;
    }
    const part = parsed.data;
    if (part.type === "NUMERIC" && part.numericAnswer.followThrough) {
      const { followThrough, value: answer } = { ...part.numericAnswer, followThrough: part.numericAnswer.followThrough };
      const earlier = new Map<string, number>();
      for (const label of followThrough.from) {
        const from = seen.get(label);
        if (from?.type === "NUMERIC") earlier.set(label, from.numericAnswer.value);
        else
          ctx.addIssue({
            code: "custom",
            path: ["parts", i, "numericAnswer", "followThrough", "from"],
            message: `part (${label}) is not an earlier numeric part`,
          });
      }
      const value = earlier.size === followThrough.from.length ? followThroughValue(followThrough, earlier) : null;
      if (earlier.size === followThrough.from.length && (value === null || Math.abs(value - answer) > followThroughSlack(part.numericAnswer))) {
        ctx.addIssue({
          code: "custom",
          path: ["parts", i, "numericAnswer", "followThrough", "value"],
          message: `from the earlier parts' answers, "${followThrough.value}" gives ${value ?? "no number"}, not this part's answer ${answer}`,
        });
      }
    }
    seen.set(raw.label, part);
    parts.push({ ...part, label: raw.label });
  });
  return { ...group, parts };
});
export type QuestionGroupInput = Omit<z.input<typeof groupFields>, "parts"> & { parts: QuestionPartInput[] };
