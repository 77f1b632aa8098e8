import type { SubjectContent } from "../load-content";

// How long a multiple-choice option reads to a student: LaTeX markup and spacing commands do not count,
// so "$2.0\ \text{A}$" is as long as "2.0 A".
export function visibleLength(text: string): number {
  return text
    .replace(/\\(text|mathrm|mathbf|textbf|textit|operatorname)\{/g, "{")
    .replace(/\\[,;:! ]/g, " ")
    .replace(/\\[a-zA-Z]+/g, "x")
    .replace(/[$\\{}]/g, "")
    .replace(/\s+/g, " ")
    .trim().length;
}

export type McqLength = {
  key: string;
  correct: string;
  keyLength: number;
  longestDistractor: number;
  /** The correct option is longer than every distractor. */
  keyLongest: boolean;
  /** Longer by a margin a student can see: over 1.3 × the longest distractor, or by 15+ characters. */
  clearMargin: boolean;
};

type Mcq = { key: string; type: string; options?: { id: string; text: string }[]; correctOptionId?: string };

function measure(q: Mcq): McqLength | undefined {
  if (q.type !== "MCQ" || !q.options || !q.correctOptionId) return undefined;
  const correct = q.options.find((o) => o.id === q.correctOptionId);
  if (!correct) return undefined;
  const keyLength = visibleLength(correct.text);
  const longestDistractor = Math.max(...q.options.filter((o) => o !== correct).map((o) => visibleLength(o.text)));
  const keyLongest = keyLength > longestDistractor;
  const clearMargin = keyLongest && (keyLength > 1.3 * longestDistractor || keyLength - longestDistractor >= 15);
  return { key: q.key, correct: correct.id, keyLength, longestDistractor, keyLongest, clearMargin };
}

/** Every MCQ of a subject, single questions and the parts of multi-part questions. */
export function mcqLengths(content: SubjectContent): McqLength[] {
  const all: Mcq[] = [...content.questions, ...content.groups.flatMap((g) => g.parts)] as Mcq[];
  return all.map(measure).filter((m): m is McqLength => m !== undefined);
}
