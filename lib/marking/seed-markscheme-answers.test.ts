import { describe, expect, it } from "vitest";
import { formatNumericValue } from "@/lib/marking/format-numeric-value";
import { markAnswer } from "@/lib/marking/mark-answer";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { normalizeMathText } from "@/lib/marking/normalize-math-text";
import { parseNumericAnswer } from "@/lib/marking/parse-numeric-answer";
import { loadContent } from "@/prisma/seed/content/load-content";

type NumericQuestion = Extract<Awaited<ReturnType<typeof loadContent>>[number]["questions"][number], { type: "NUMERIC" }>;

/** A number as the markscheme writes it: "24", "−53.1", "1.21 \times 10^{5}", "178\,000". */
const WRITTEN_NUMBER = /(?<![\w.^/])-?\d+(?:\.\d+)?(?: ?× ?10\^-?\d+)?(?![\w.^]|\/\d)/g;

/**
 * The final values the markscheme states: the numbers of the final mark's text (the answer, an "accept …")
 * that its keywords list, as the text writes them ("1.21 × 10^5" for the keyword "1.21"). The final mark is
 * the last A mark, or the last point of a markscheme of points. A keyword the text does not write is a
 * spelling for the written-answer matcher ("9.8" beside "9.77"), not a stated answer; one more than 10 %
 * from the stored value is working ("0.60" m s⁻¹ on the way to 441 N) or the answer in another form
 * ("2.45" kW for 2450 W, "0.66" for 66 %), which is not typed into this answer box.
 */
function statedValues(q: NumericQuestion): string[] {
  const final = [...q.markscheme].reverse().find((p) => p.kind === "A") ?? (q.markscheme.every((p) => p.kind === "POINT") ? q.markscheme.at(-1) : undefined);
  const keywords = (final?.keywords ?? []).flatMap((k) => {
    const parsed = parseNumericAnswer(k);
    return parsed && !parsed.unit ? [parsed.value] : [];
  });
  const text = normalizeMathText(final?.text ?? "")
    .replace(/[{}]/g, "")
    .replace(/(\d) (?=\d{3}(?!\d))/g, "$1");
  const stored = q.numericAnswer.value;
  const written = [...text.matchAll(WRITTEN_NUMBER)].map((m) => m[0]);
  return [...new Set(written)].filter((w) => {
    const value = parseNumericAnswer(w)?.value;
    const mantissa = parseNumericAnswer(w.split("×")[0]!)?.value;
    const listed = keywords.some((k) => k === value || k === mantissa);
    return listed && value !== undefined && Math.abs(value - stored) <= 0.1 * Math.abs(stored);
  });
}

/** How a student types a stated value: with the unit, and to the figures the stem asks for when it asks. */
function typed(q: NumericQuestion, written: string): string {
  const { unit, sigFigs, sigFigsExact } = q.numericAnswer;
  // Where the stem states the figures, the markscheme also shows the unrounded value ("1.13 (1.125)");
  // the answer it states is that value given to the figures asked for.
  if (sigFigsExact) return formatNumericValue(parseNumericAnswer(written)!.value, sigFigs, unit);
  return unit ? `${written} ${unit}` : written;
}

const numericQuestions = (await loadContent()).flatMap(({ questions, groups }) =>
  [...questions, ...groups.flatMap((g) => g.parts)].flatMap((q) => (q.type === "NUMERIC" ? [q] : [])),
);

function marksOf(q: NumericQuestion, answer: string) {
  const question: MarkableQuestion = { type: "NUMERIC", marks: q.marks, numericAnswer: q.numericAnswer, markingPoints: q.markscheme };
  const result = markAnswer(question, { type: "NUMERIC", value: answer });
  return { full: result.marksAwarded === q.marks && result.pointAwards.every((p) => p.awarded), feedback: result.feedback };
}

// A student who writes the answer the markscheme states earns the marks: the marker accepts the final
// value as each markscheme gives it (to 2 s.f. where it rounds a 3 s.f. stored value), not only the stored value.
describe("the seed bank's markscheme answers", () => {
  it("finds a stated final value in most numeric questions", () => {
    expect(numericQuestions.length).toBeGreaterThan(900);
    expect(numericQuestions.filter((q) => statedValues(q).length).length).toBeGreaterThan(800);
  });

  it("accepts the final value each markscheme states, with its unit, for full marks", () => {
    const refused = numericQuestions.flatMap((q) =>
      statedValues(q).flatMap((written) => {
        const answer = typed(q, written);
        const { full, feedback } = marksOf(q, answer);
        return full ? [] : [`${q.key} ${JSON.stringify(answer)} (stored ${q.numericAnswer.value}): "${feedback}"`];
      }),
    );
    expect(refused).toEqual([]);
  });

  it("accepts each stored value, with its unit, for full marks", () => {
    const refused = numericQuestions.filter((q) => {
      const { value, sigFigs, unit } = q.numericAnswer;
      return !marksOf(q, formatNumericValue(value, sigFigs, unit)).full;
    });
    expect(refused.map((q) => q.key)).toEqual([]);
  });
});
