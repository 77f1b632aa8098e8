import { numericQuestion } from "./build-question";
import { latexPolynomial, num } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Derivative coefficients of a polynomial given as coefficients[i] of x^i. */
function differentiate(coefficients: number[]): number[] {
  return coefficients.slice(1).map((c, i) => c * (i + 1));
}

function evaluate(coefficients: number[], x: number): number {
  return coefficients.reduceRight((acc, c) => acc * x + c, 0);
}

export const derivativeAtPoint: QuestionGenerator = {
  id: "derivative-at-point",
  subject: "math-aa",
  topicCode: "5.3",
  levels: ["SL", "HL"],
  title: "Gradient of a polynomial curve at a point",
  generate(seed) {
    const r = new SeededRandom(seed);
    const degree = r.pick([3, 4]);
    const coefficients = [r.int(-10, 10), r.int(-9, 9), r.int(-6, 6), r.nonZeroInt(-4, 4)];
    if (degree === 4) coefficients.push(r.nonZeroInt(-3, 3));
    const x0 = r.nonZeroInt(-3, 3);
    const derivative = differentiate(coefficients);
    const expected = evaluate(derivative, x0);
    const fx = latexPolynomial(coefficients);
    const dfx = latexPolynomial(derivative);
    // Substitution line written out term by term, the way a candidate shows working.
    const substitution = derivative
      .map((c, p) => ({ c, p }))
      .filter((t) => t.c !== 0)
      .reverse()
      .map((t, i) => {
        const body = t.p === 0 ? num(Math.abs(t.c)) : `${num(Math.abs(t.c))}(${x0})${t.p === 1 ? "" : `^{${t.p}}`}`;
        return i === 0 ? (t.c < 0 ? `-${body}` : body) : t.c < 0 ? ` - ${body}` : ` + ${body}`;
      })
      .join("");

    return numericQuestion(
      derivativeAtPoint,
      seed,
      {
        difficulty: degree === 4 ? 2 : 1,
        marks: 4,
        paper: "P1",
        commandTerm: "Find",
        stem: String.raw`Consider the curve $y = f(x)$, where $f(x) = ${fx}$.

Find the gradient of the curve at the point where $x = ${x0}$.`,
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: "Attempts to differentiate using the power rule (at least two terms correct).", keywords: ["f'(x)", "dy/dx"] },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$f'(x) = ${dfx}$`, dependsOn: ["M1"], keywords: [String(derivative[derivative.length - 1])] },
          { id: "M2", kind: "M", marks: 1, text: String.raw`Substitutes $x = ${x0}$ into their $f'(x)$.`, keywords: [String(x0)] },
          { id: "A2", kind: "A", marks: 1, text: String.raw`Gradient $= ${expected}$`, dependsOn: ["M2"], keywords: [String(expected)] },
        ],
        workedSolution: String.raw`Differentiate term by term with $\frac{d}{dx}\left(ax^n\right) = nax^{n-1}$ (the constant disappears):

$$f'(x) = ${dfx}$$

The gradient of the curve at $x = ${x0}$ is $f'(${x0})$:

$$f'(${x0}) = ${substitution} = ${expected}$$

So the gradient is $${expected}$.`,
      },
      { kind: "derivative-at-point", coefficients, x0, expected, rounding: { mode: "exact" } },
    );
  },
};
