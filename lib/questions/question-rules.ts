import { figureReferenceProblem, figureReferences } from "@/lib/figures/figure-references";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";
import type { QuestionContent } from "@/lib/questions/question-content";
import { criterionProblems, markbandsTotal } from "@/lib/questions/markbands-input";

/** One problem with one field; `path` is dotted in content's names ("markingPoints.2.marks"). */
export type RuleIssue = { path: string; message: string };

type CheckedQuestion = Pick<QuestionContent, "type" | "marks" | "stem" | "options" | "correctOptionId" | "numericAnswer" | "markingPoints" | "workedSolution"> &
  Partial<Pick<QuestionContent, "markbands">>;

const marksText = (n: number) => `${n} ${n === 1 ? "mark" : "marks"}`;

/**
 * The rules a question must meet before students can see it, beyond the shape of each field: what its
 * type needs to be marked, a markscheme that adds up and can be applied in order (IB: an A mark follows
 * its M mark), LaTeX that renders and images that are figures with alt text. The editor, bulk import and the seed all judge questions by these,
 * so a question passes everywhere or nowhere. Returns every problem with the field it belongs to.
 */
export function checkQuestionRules(q: CheckedQuestion): RuleIssue[] {
  return [...checkAnswer(q), ...(markedByBands(q) ? checkMarkbands(q) : checkMarkscheme(q)), ...checkTexts(q)];
}

const markedByBands = (q: CheckedQuestion) => q.type === "WRITTEN" && Boolean(q.markbands?.length);

/**
 * A markband question: criteria with distinct ids, each a gap-free ladder, together worth the question's
 * marks; its marking points are indicative content, so they carry no marks of their own.
 */
function checkMarkbands(q: CheckedQuestion): RuleIssue[] {
  const criteria = q.markbands ?? [];
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  criteria.forEach((criterion, i) => {
    if (seen.has(criterion.id)) issues.push({ path: `markbands.${i}.id`, message: `Criterion ${criterion.id} appears twice` });
    seen.add(criterion.id);
    for (const message of criterionProblems(criterion)) issues.push({ path: `markbands.${i}.levels`, message });
  });
  const total = markbandsTotal(criteria);
  if (total !== q.marks)
    issues.push({ path: "markbands", message: `The markbands add up to ${marksText(total)} but the question is worth ${marksText(q.marks)}` });
  q.markingPoints.forEach((p, i) => {
    if (p.kind !== "POINT" || p.marks !== 0)
      issues.push({
        path: `markingPoints.${i}`,
        message: `Under markbands the markscheme is indicative content: make ${p.label} a POINT worth 0 marks`,
      });
  });
  return issues;
}

function checkAnswer(q: CheckedQuestion): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (q.type === "MCQ") {
    if (q.options.length < 2) issues.push({ path: "options", message: "A multiple-choice question needs at least two options" });
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id)) issues.push({ path: `options.${i}.id`, message: `Option ${o.id} appears twice` });
      seen.add(o.id);
    });
    if (!q.correctOptionId) issues.push({ path: "correctOptionId", message: "Choose the correct option" });
    else if (!seen.has(q.correctOptionId)) {
      issues.push({
        path: "correctOptionId",
        message: `The correct answer ${q.correctOptionId} is not one of the options (${[...seen].join(", ") || "none yet"})`,
      });
    }
  }
  if (q.type === "NUMERIC" && q.numericAnswer?.value === undefined) {
    issues.push({ path: "numericAnswer.value", message: "Enter the correct numeric answer" });
  }
  if (q.type === "NUMERIC" && q.numericAnswer?.sigFigsExact && q.numericAnswer.sigFigs === undefined) {
    issues.push({ path: "numericAnswer.sigFigs", message: "Marking the significant figures needs the number of figures the question asks for" });
  }
  if (q.type === "NUMERIC" && q.numericAnswer?.unitRequired && !q.numericAnswer.unit?.trim()) {
    issues.push({ path: "numericAnswer.unit", message: "A unit that earns a mark needs the unit itself" });
  }
  if (q.type === "WRITTEN" && q.markingPoints.length === 0) {
    issues.push({ path: "markingPoints", message: "A written question needs marking points to be marked against" });
  }
  return issues;
}

function checkMarkscheme(q: CheckedQuestion): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const labels = new Map<string, number>();
  q.markingPoints.forEach((p, i) => {
    if (labels.has(p.label))
      issues.push({ path: `markingPoints.${i}.label`, message: `The label ${p.label} is already used by point ${labels.get(p.label)! + 1}` });
    else labels.set(p.label, i);
    if (p.kind === "AG" && p.marks !== 0) issues.push({ path: `markingPoints.${i}.marks`, message: "An AG (answer given) point carries no marks: set 0" });
  });
  q.markingPoints.forEach((p, i) => {
    for (const label of p.dependsOn) {
      const at = labels.get(label);
      const problem =
        label === p.label
          ? `${p.label} cannot depend on itself`
          : at === undefined
            ? `${p.label} depends on ${label}, but there is no point ${label}`
            : at > i
              ? `${p.label} depends on ${label}, which comes after it: a point can only depend on points above it`
              : null;
      if (problem) issues.push({ path: `markingPoints.${i}.dependsOn`, message: problem });
    }
  });
  if (q.markingPoints.length) {
    const total = q.markingPoints.reduce((sum, p) => sum + p.marks, 0);
    // Science and humanities markschemes list more points than marks ("any three of"): only those may
    // offer more than the question is worth. Method/accuracy markschemes add up exactly.
    const anyOf = q.markingPoints.some((p) => p.kind === "POINT");
    if (anyOf ? total < q.marks : total !== q.marks) {
      issues.push({
        path: "markingPoints",
        message: `The marking points add up to ${marksText(total)} but the question is worth ${marksText(q.marks)}${anyOf ? " (a list of POINT marks may offer more, never fewer)" : ""}`,
      });
    }
  }
  return issues;
}

/** Every Markdown text of the question with its field path. */
export function questionTexts(
  q: Pick<CheckedQuestion, "stem" | "options" | "markingPoints" | "workedSolution"> & Partial<Pick<CheckedQuestion, "markbands">>,
): [path: string, source: string][] {
  return [
    ["stem", q.stem],
    ...q.options.map((o, i): [string, string] => [`options.${i}.text`, o.text]),
    ...q.markingPoints.map((p, i): [string, string] => [`markingPoints.${i}.text`, p.text]),
    ...(q.markbands ?? []).flatMap((c, i) => c.levels.map((l, j): [string, string] => [`markbands.${i}.levels.${j}.descriptor`, l.descriptor])),
    ["workedSolution", q.workedSolution],
  ];
}

function checkTexts(q: CheckedQuestion): RuleIssue[] {
  return questionTexts(q).flatMap(([path, source]) => {
    const latex = describeLatexErrors(findLatexErrors(source));
    const figures = figureReferences(source).flatMap((reference) => figureReferenceProblem(reference) ?? []);
    return [...(latex ? [latex] : []), ...figures].map((message) => ({ path, message }));
  });
}
