import { numericQuestion } from "./build-question";
import { latexPolynomial, num, xPlus } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** (base, exponent) pairs whose power is a small integer with several factor pairs. */
const powers: [number, number][] = [
  [2, 3],
  [2, 4],
  [2, 5],
  [2, 6],
  [2, 7],
  [3, 2],
  [3, 3],
  [3, 4],
  [4, 3],
  [5, 2],
  [5, 3],
  [6, 2],
  [10, 2],
  [12, 2],
];

function factorPairs(N: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let d = 1; d * d < N; d++) if (N % d === 0) pairs.push([d, N / d]);
  return pairs;
}

/** Every (base, exponent, factor pair) once, so each equation shape is equally likely. */
const shapes = powers.flatMap(([base, rhs]) => factorPairs(base ** rhs).map((pair) => ({ base, rhs, pair })));

export const logarithmEquation: QuestionGenerator = {
  id: "logarithm-equation",
  subject: "math-aa",
  topicCode: "1.7",
  levels: ["SL", "HL"],
  title: "Solve an equation using the laws of logarithms",
  generate(seed) {
    const r = new SeededRandom(seed);
    const { base, rhs, pair } = r.pick(shapes);
    const N = base ** rhs;
    const [small, large] = pair;
    const x0 = r.int(-12, 20);
    // Arguments at the solution are the chosen factor pair, so both logs are defined there; the other
    // root of the quadratic makes both arguments negative and must be rejected.
    const [first, second] = r.bool() ? [small, large] : [large, small];
    const p = first - x0;
    const q = second - x0;
    const x1 = -second - p;
    const b = p + q;
    const c = p * q - N;
    const log = (arg: string) => String.raw`\log_{${base}}\left(${arg}\right)`;
    const lhs = `${log(xPlus(p))} + ${log(xPlus(q))}`;
    const quadratic = `${latexPolynomial([c, b, 1])} = 0`;
    const factor = (root: number) => `\\left(${xPlus(-root)}\\right)`;

    return numericQuestion(
      logarithmEquation,
      seed,
      {
        difficulty: 3,
        marks: 6,
        paper: "P1",
        commandTerm: "Solve",
        stem: String.raw`Solve the equation $$${lhs} = ${rhs}.$$`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Uses $\log_a m + \log_a n = \log_a mn$: $\log_{${base}}\left[\left(${xPlus(p)}\right)\left(${xPlus(q)}\right)\right] = ${rhs}$`,
            keywords: ["log"],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Removes the logarithm: $\left(${xPlus(p)}\right)\left(${xPlus(q)}\right) = ${base}^{${rhs}} = ${N}$`,
            keywords: [String(N)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$${quadratic}$`, dependsOn: ["M2"], keywords: [String(c)] },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`$${factor(x0)}${factor(x1)} = 0$ / $x = ${x0}$ or $x = ${x1}$`,
            dependsOn: ["M2"],
            keywords: [String(x0), String(x1)],
          },
          {
            id: "R1",
            kind: "R",
            marks: 1,
            text: String.raw`Rejects $x = ${x1}$ because it makes the arguments of the logarithms negative ($${x1 + p}$ and $${x1 + q}$).`,
            keywords: ["reject", "negative"],
          },
          { id: "A3", kind: "A", marks: 1, text: String.raw`$x = ${x0}$ only`, dependsOn: ["R1"], keywords: [String(x0)] },
        ],
        workedSolution: String.raw`Combine the logarithms with the product law, then write the equation in exponential form:

$$\log_{${base}}\left[\left(${xPlus(p)}\right)\left(${xPlus(q)}\right)\right] = ${rhs} \quad\Rightarrow\quad \left(${xPlus(p)}\right)\left(${xPlus(q)}\right) = ${base}^{${rhs}} = ${N}$$

Expanding and rearranging gives $${quadratic}$, which factorises as $${factor(x0)}${factor(x1)} = 0$, so $x = ${x0}$ or $x = ${x1}$.

A logarithm is only defined for positive arguments. At $x = ${x1}$ the arguments are $${num(x1 + p)}$ and $${num(x1 + q)}$, so that root is rejected. At $x = ${x0}$ they are $${first}$ and $${second}$ (and $\log_{${base}} ${first} + \log_{${base}} ${second} = \log_{${base}} ${N} = ${rhs}$ ✓).

So $x = ${x0}$.`,
      },
      { kind: "logarithm-equation", base, offsets: [p, q], rhs, expected: x0, rounding: { mode: "exact" } },
    );
  },
};
