import { numericQuestion } from "./build-question";
import { latexPolynomial, num, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

function multiply(a: number[], b: number[]): number[] {
  const out = new Array<number>(a.length + b.length - 1).fill(0);
  a.forEach((x, i) => b.forEach((y, j) => (out[i + j] = (out[i + j] as number) + x * y)));
  return out;
}

function integrate(coefficients: number[], lower: number, upper: number): number {
  const F = (x: number) => coefficients.reduce((acc, c, i) => acc + (c * x ** (i + 1)) / (i + 1), 0);
  return F(upper) - F(lower);
}

function positiveOn(coefficients: number[], lower: number, upper: number): boolean {
  for (let i = 0; i <= 100; i++) {
    const x = lower + ((upper - lower) * i) / 100;
    if (coefficients.reduceRight((acc, c) => acc * x + c, 0) <= 0) return false;
  }
  return true;
}

export const volumeOfRevolution: QuestionGenerator = {
  id: "volume-of-revolution",
  subject: "math-aa",
  topicCode: "5.17",
  levels: ["HL"],
  title: "Volume of revolution about the x-axis",
  generate(seed) {
    const r = new SeededRandom(seed);
    const quadratic = r.bool();
    let coefficients: number[];
    let lower: number;
    let upper: number;
    // Redraw until the curve stays above the axis, so "the region" is a single piece.
    do {
      coefficients = quadratic ? [r.int(1, 8), r.int(-4, 4), r.nonZeroInt(-3, 3) / 2] : [r.int(1, 12), r.nonZeroInt(-6, 6) / 2];
      lower = r.int(0, 3);
      upper = lower + r.int(1, 3);
    } while (!positiveOn(coefficients, lower, upper));
    const squared = multiply(coefficients, coefficients);
    const integral = integrate(squared, lower, upper);
    const expected = Math.PI * integral;
    const y = latexPolynomial(coefficients);
    const answer = sig(expected, 3);

    return numericQuestion(
      volumeOfRevolution,
      seed,
      {
        difficulty: quadratic ? 4 : 3,
        marks: 4,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`The region enclosed by the curve $y = ${y}$, the $x$-axis and the lines $x = ${lower}$ and $x = ${upper}$ is rotated through $360^\circ$ about the $x$-axis.

Find the volume of the solid formed. Give your answer correct to 3 significant figures.`,
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: String.raw`Uses $V = \pi\int y^2\,dx$.`, keywords: ["pi", "y^2"] },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`Correct integrand and limits: $\pi\int_{${lower}}^{${upper}} \left(${y}\right)^2 dx$`,
            dependsOn: ["M1"],
            keywords: [String(lower), String(upper)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`$\int_{${lower}}^{${upper}} \left(${y}\right)^2 dx = ${sig(integral, 4)}$ (or the volume as $${sig(integral, 4)}\pi$)`,
            dependsOn: ["M1"],
            keywords: [sigPlain(integral, 4)],
          },
          { id: "A3", kind: "A", marks: 1, text: String.raw`$V = ${answer}$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Each thin slice of width $dx$ is a disc of radius $y$, so its volume is $\pi y^2\,dx$. Adding the discs from $x = ${lower}$ to $x = ${upper}$:

$$V = \pi\int_{${lower}}^{${upper}} \left(${y}\right)^2 dx = \pi\int_{${lower}}^{${upper}} \left(${latexPolynomial(squared)}\right) dx$$

Using technology (or integrating term by term) the integral is $${sig(integral, 6)}$, so

$$V = ${sig(integral, 6)}\pi = ${num(Number(expected.toPrecision(6)))} \approx ${answer}$$`,
      },
      { kind: "volume-of-revolution", coefficients, lower, upper, expected, rounding: { mode: "sigFigs", digits: 3 } },
    );
  },
};
