import { writtenQuestion } from "./build-question";
import { latexTerms, plainTerm } from "./latex-format";
import type { PowerTerm, QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

export const derivativeExpression: QuestionGenerator = {
  id: "derivative-expression",
  subject: "math-aa",
  topicCode: "5.3",
  levels: ["SL", "HL"],
  title: "Differentiate a function with integer powers of x",
  generate(seed) {
    const r = new SeededRandom(seed);
    const highPower = r.int(2, 5);
    const lowPower = r.int(1, highPower - 1);
    const negPower = -r.int(1, 3);
    const terms: PowerTerm[] = [
      { coefficient: r.nonZeroInt(-9, 9), power: highPower },
      { coefficient: r.nonZeroInt(-9, 9), power: lowPower },
      { coefficient: r.nonZeroInt(-9, 9), power: negPower },
      { coefficient: r.int(-12, 12), power: 0 },
    ];
    // The constant term's derivative (0) is dropped so expectedTerms lists exactly what a candidate writes.
    const expectedTerms = terms.filter((t) => t.power !== 0).map((t) => ({ coefficient: t.coefficient * t.power, power: t.power - 1 }));
    const [dHigh, dLow, dNeg] = expectedTerms as [PowerTerm, PowerTerm, PowerTerm];
    const neg = terms[2] as PowerTerm;
    const fx = latexTerms(terms);
    const answerIndex = latexTerms(expectedTerms, "x", false);
    const answerFraction = latexTerms(expectedTerms);
    const rewritten = latexTerms(terms, "x", false);

    return writtenQuestion(
      derivativeExpression,
      seed,
      {
        difficulty: 2,
        marks: 4,
        paper: "P1",
        commandTerm: "Find",
        stem: String.raw`Let $f(x) = ${fx}$, for $x \neq 0$.

Find $f'(x)$.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Writes the reciprocal term as a negative power: $${latexTerms([neg], "x", false)}$.`,
            keywords: [`x^${neg.power}`],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$${latexTerms([dNeg], "x", false)}$ / $${latexTerms([dNeg])}$`,
            dependsOn: ["M1"],
            keywords: [plainTerm(dNeg)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`$${latexTerms([dHigh])}$ and $${latexTerms([dLow])}$ (the constant differentiates to $0$)`,
            keywords: [plainTerm(dHigh), plainTerm(dLow)],
          },
          {
            id: "A3",
            kind: "A",
            marks: 1,
            text: String.raw`Fully correct: $f'(x) = ${answerIndex}$ / $f'(x) = ${answerFraction}$`,
            dependsOn: ["A1", "A2"],
            keywords: expectedTerms.map(plainTerm),
          },
        ],
        workedSolution: String.raw`First write every term as a power of $x$, so that the power rule can be used on each:

$$f(x) = ${rewritten}$$

Now use $\frac{d}{dx}\left(ax^n\right) = nax^{n-1}$ on each term; a constant differentiates to $0$:

$$f'(x) = ${answerIndex}$$

which can also be written as

$$f'(x) = ${answerFraction}$$`,
      },
      { kind: "derivative-expression", terms, expectedTerms, rounding: { mode: "exact" } },
    );
  },
};
