import { numericQuestion } from "./build-question";
import { latexPolynomial, num, plainTerm } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Antiderivative coefficients (constant 0) of coefficients[i] x^i. */
function antiderivative(coefficients: number[]): number[] {
  return [0, ...coefficients.map((c, i) => c / (i + 1))];
}

function evaluate(coefficients: number[], x: number): number {
  return coefficients.reduceRight((acc, c) => acc * x + c, 0);
}

export const definiteIntegral: QuestionGenerator = {
  id: "definite-integral",
  subject: "math-aa",
  topicCode: "5.11",
  levels: ["SL", "HL"],
  title: "Evaluate a definite integral of a polynomial",
  generate(seed) {
    const r = new SeededRandom(seed);
    // Coefficient of x^n is a multiple of n + 1, so the antiderivative (and the answer) has integer coefficients.
    const cubic = r.bool();
    const coefficients = [r.int(-9, 9), 2 * r.int(-5, 5), 3 * r.nonZeroInt(-3, 3)];
    if (cubic) coefficients.push(4 * r.nonZeroInt(-2, 2));
    const lower = r.int(-3, 2);
    const upper = lower + r.int(1, cubic ? 3 : 4);
    const F = antiderivative(coefficients);
    const Fu = evaluate(F, upper);
    const Fl = evaluate(F, lower);
    const expected = Fu - Fl;
    const integrand = latexPolynomial(coefficients);
    const primitive = latexPolynomial(F);

    return numericQuestion(
      definiteIntegral,
      seed,
      {
        difficulty: cubic ? 3 : 2,
        marks: 5,
        paper: "P1",
        commandTerm: "Find",
        stem: String.raw`Find the value of $$\int_{${lower}}^{${upper}} \left(${integrand}\right)\,dx.$$`,
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: "Attempts to integrate: the power of at least one term increased by 1.", keywords: ["integrate"] },
          {
            id: "A1",
            kind: "A",
            marks: 2,
            text: String.raw`$${primitive}$ (A1 for two correct terms, A2 for all correct)`,
            dependsOn: ["M1"],
            keywords: [plainTerm({ coefficient: F[F.length - 1] as number, power: F.length - 1 })],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Substitutes both limits and subtracts: $F(${upper}) - F(${lower})$.`,
            keywords: [String(Fu), String(Fl)],
          },
          { id: "A3", kind: "A", marks: 1, text: String.raw`$${expected}$`, dependsOn: ["M2"], keywords: [String(expected)] },
        ],
        workedSolution: String.raw`Integrate term by term with $\int x^n\,dx = \frac{x^{n+1}}{n+1}$. Call the result $F(x)$:

$$F(x) = ${primitive}$$

(no constant of integration is needed for a definite integral). Then

$$\int_{${lower}}^{${upper}} \left(${integrand}\right)dx = F(${upper}) - F(${lower}) = ${num(Fu)} - ${Fl < 0 ? `(${num(Fl)})` : num(Fl)} = ${expected}$$`,
      },
      { kind: "definite-integral", coefficients, lower, upper, expected, rounding: { mode: "exact" } },
    );
  },
};
