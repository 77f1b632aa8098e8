import type { MarkingPointInput, QuestionInput } from "@/lib/questions/question-input";
import type { MarkbandCriterion, MarkbandLevel } from "@/lib/questions/markbands-input";

// Markbands (levels of response) for the bank's extended answers, in the form the IB publishes them: a
// ladder of levels with mark ranges and descriptors. The descriptors are this bank's own words.

/** Levels of equal width climbing to `max`: widths of 2 for 10 marks, 3 for 15. */
export function ladder(max: number, descriptors: string[]): MarkbandLevel[] {
  const width = max / descriptors.length;
  if (!Number.isInteger(width)) throw new Error(`${descriptors.length} levels do not divide ${max} marks evenly`);
  return descriptors.map((descriptor, i) => ({ min: i * width + 1, max: (i + 1) * width, descriptor }));
}

/** A markscheme's points as indicative content: what a good answer may say, worth nothing on its own. */
export const indicative = (points: MarkingPointInput[]): MarkingPointInput[] => points.map((p) => ({ ...p, kind: "POINT", marks: 0, dependsOn: [] }));

/** Economics Paper 1 (a) and other 10-mark "explain" answers: one holistic scale. */
export const economicsExplain10: MarkbandCriterion[] = [
  {
    id: "1",
    title: "Explanation with theory and a diagram",
    levels: ladder(10, [
      "Little understanding of what the question asks. Economic terms are missing or wrong; no diagram, or one that is irrelevant or mostly wrong.",
      "Some understanding of the question. Some relevant terms are used, not always accurately. A relevant diagram is attempted but has significant errors, or is not explained. The answer is largely description.",
      "The question is understood. Relevant terms are mostly defined and used correctly. A relevant diagram is drawn with minor errors and partly explained. The theory is explained, but the explanation is incomplete or not always linked to the question.",
      "The question is well understood. Relevant terms are defined and used accurately. An accurate, labelled diagram is explained and linked to the answer. The economic theory is explained clearly, with at most small gaps.",
      "The question is fully understood and answered throughout. Terms are defined precisely and used consistently; an accurate, fully labelled diagram is explained in the text. The explanation of the theory is complete and applied to the question's context or to a relevant real-world example.",
    ]),
  },
];

/** Economics Paper 1 (b) and Paper 2 (g) 15-mark answers: one holistic scale, synthesis and evaluation at the top. */
export const economicsEvaluate15: MarkbandCriterion[] = [
  {
    id: "1",
    title: "Evaluation with theory, examples and a judgement",
    levels: ladder(15, [
      "Little understanding of the question. Few relevant terms, no diagram or an irrelevant one, no real-world example, and no evaluation.",
      "Some understanding of the question. Some relevant terms used; a diagram is attempted but not explained; the theory is described rather than applied; an example, if any, is not linked to the answer. No real evaluation.",
      "The question is understood. Relevant terms are mostly accurate; a relevant diagram is drawn and partly explained; theory is applied to at least one real-world example. Evaluation is attempted but is a list of points, not developed.",
      "The question is well understood. Terms are accurate; an accurate diagram is explained and used in the argument; theory is applied to relevant real-world examples. Evaluation is developed (for example short run against long run, stakeholders, costs and benefits) but is not always supported or balanced.",
      "The question is fully answered. Precise terms, an accurate and fully explained diagram, and real-world examples that are analysed, not just named. Synthesis and evaluation run through the whole answer: points are weighed, supported by evidence and lead to a reasoned, balanced judgement.",
    ]),
  },
];

/** Sources of the five descriptors of a 15-mark history essay: what this question rewards at each level. */
export type EssayFocus = { knowledge: string; analysis: string; perspectives: string; conclusion: string };

/** A 15-mark history essay (Papers 2 and 3): one holistic scale of five levels, written for the question. */
export function historyEssay15({ knowledge, analysis, perspectives, conclusion }: EssayFocus): MarkbandCriterion[] {
  return [
    {
      id: "1",
      title: "Essay (holistic)",
      levels: ladder(15, [
        "Some relevant knowledge is shown, but the demands of the question are barely understood; the answer is mostly generalization or narrative with little or no structure, and only some of the relevant facts are mentioned.",
        `Some understanding of the demands of the question; knowledge is mostly accurate and relevant (${knowledge}) but the answer is largely descriptive, with only limited analysis and an attempt at structure.`,
        `The demands of the question are generally understood; accurate, relevant knowledge is used as evidence and there is some analysis, e.g. ${analysis}; events are placed in context and the answer has a clear structure, though analysis may be uneven.`,
        `The answer is clearly focused on the question throughout and well structured; knowledge is accurate and used to support critical analysis; different perspectives are considered, e.g. ${perspectives}.`,
        `Consistently focused and well organised; knowledge is accurate, detailed and fully integrated into a coherent argument; perspectives are evaluated, not just listed; all main points are substantiated and the conclusion is reasoned: ${conclusion}.`,
      ]),
    },
  ];
}

type Markable = Pick<QuestionInput, "type" | "marks" | "markscheme">;

/** An extended answer of a 10- or 15-mark economics question (or part), marked against the matching markbands. */
export function withEconomicsMarkbands<Q extends Markable>(question: Q): Q {
  if (question.type !== "WRITTEN" || (question.marks !== 10 && question.marks !== 15)) return question;
  return {
    ...question,
    markbands: question.marks === 10 ? economicsExplain10 : economicsEvaluate15,
    markscheme: indicative(question.markscheme),
  };
}
