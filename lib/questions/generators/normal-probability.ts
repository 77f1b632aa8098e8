import { numericQuestion } from "./build-question";
import { num, roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Maclaurin series of erf: accurate to ~1e-15 for |z| < 3, far beyond the 2.5σ bounds used here. */
function erf(z: number): number {
  let sum = 0;
  let power = z;
  for (let n = 0; n < 120; n++) {
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17) break;
    power *= (-z * z) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

const Phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));

const contexts = [
  { what: "The masses of apples from an orchard", unit: "g", mean: [120, 250], sd: [8, 30] },
  { what: "The times taken by students to run 400 m", unit: "s", mean: [60, 110], sd: [4, 15] },
  { what: "The heights of sunflowers in a field", unit: "cm", mean: [150, 260], sd: [10, 35] },
  { what: "The volumes of juice in cartons", unit: "ml", mean: [250, 1000], sd: [3, 12] },
] as const;

export const normalProbability: QuestionGenerator = {
  id: "normal-probability",
  subject: "math-aa",
  topicCode: "4.9",
  levels: ["SL", "HL"],
  title: "Normal distribution probabilities",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(contexts);
    const mean = r.int(c.mean[0], c.mean[1]);
    const sd = r.decimal(c.sd[0], c.sd[1], 0.5);
    const bound = () => roundDp(mean + r.decimal(-2.5, 2.5, 0.1) * sd, 0);
    const shape = r.pick(["below", "above", "between"] as const);
    let lower: number | null = null;
    let upper: number | null = null;
    if (shape === "below") upper = bound();
    else if (shape === "above") lower = bound();
    else {
      const a = bound();
      let b = bound();
      while (b === a) b = bound();
      [lower, upper] = [Math.min(a, b), Math.max(a, b)];
    }
    const expected = (upper === null ? 1 : Phi((upper - mean) / sd)) - (lower === null ? 0 : Phi((lower - mean) / sd));
    const words =
      shape === "below"
        ? `less than ${upper} ${c.unit}`
        : shape === "above"
          ? `more than ${lower} ${c.unit}`
          : `between ${lower} ${c.unit} and ${upper} ${c.unit}`;
    const notation = shape === "below" ? `P(X < ${upper})` : shape === "above" ? `P(X > ${lower})` : `P(${lower} < X < ${upper})`;
    const zs = [lower, upper]
      .filter((v): v is number => v !== null)
      .map((v) => String.raw`z = \frac{${v} - ${mean}}{${num(sd)}} = ${num(roundDp((v - mean) / sd, 4))}`);

    return numericQuestion(
      normalProbability,
      seed,
      {
        difficulty: shape === "between" ? 3 : 2,
        marks: 3,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`${c.what} are normally distributed with mean ${mean} ${c.unit} and standard deviation ${num(sd)} ${c.unit}. Let $X$ be one such measurement, chosen at random.

Find the probability that $X$ is ${words}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Recognises $X \sim N(${mean}, ${num(sd)}^2)$ and the correct region: $${notation}$ (may be seen on a sketch)`,
            keywords: [String(mean), num(sd)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`Correct standardised value(s) / correct GDC bounds: $${zs.join("$, $")}$`,
            dependsOn: ["M1"],
            keywords: [num(roundDp(((lower ?? upper ?? mean) - mean) / sd, 2))],
          },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$${notation} = ${sig(expected, 3)}$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`$X \sim N(${mean}, ${num(sd)}^2)$. We need $${notation}$. Standardising (or entering the bounds straight into the normal cdf of a GDC):

$$${zs.join(String.raw`, \qquad `)}$$

$$${notation} = ${sig(expected, 6)} \approx ${sig(expected, 3)}$$`,
      },
      { kind: "normal-distribution", mean, sd, lower, upper, expected, rounding: { mode: "sigFigs", digits: 3 } },
    );
  },
};
