import { numericQuestion } from "./build-question";
import { num, paren, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Integer ratios keep the sum an integer (a P1 question); the others need a calculator. */
const integerRatios = [2, 3, 4, -2, -3, -4];
const decimalRatios = [1.5, 1.2, 1.1, 1.05, 0.8, 0.75, 0.5, 0.9, -0.5, -0.8, 2.5];

export const geometricSeries: QuestionGenerator = {
  id: "geometric-series",
  subject: "math-aa",
  topicCode: "1.3",
  levels: ["SL", "HL"],
  title: "Sum of the first n terms of a geometric sequence",
  generate(seed) {
    const r = new SeededRandom(seed);
    const exact = r.bool();
    const ratio = exact ? r.pick(integerRatios) : r.pick(decimalRatios);
    const u1 = exact ? r.nonZeroInt(-20, 20) : r.int(2, 200) * r.pick([1, 5]);
    const n = exact ? r.int(4, ({ 2: 12, 3: 9, 4: 7 } as Record<number, number>)[Math.abs(ratio)] as number) : r.int(6, Math.abs(ratio) >= 1.5 ? 12 : 20);
    const u2 = Number((u1 * ratio).toPrecision(12));
    const u3 = Number((u2 * ratio).toPrecision(12));
    const expected = (u1 * (ratio ** n - 1)) / (ratio - 1);
    const answer = exact ? String(expected) : sig(expected, 3);
    const rounding = exact ? ({ mode: "exact" } as const) : ({ mode: "sigFigs", digits: 3 } as const);

    return numericQuestion(
      geometricSeries,
      seed,
      {
        difficulty: exact ? 2 : 3,
        marks: 4,
        paper: exact ? "P1" : "P2",
        commandTerm: "Find",
        stem: String.raw`The first three terms of a geometric sequence are $${num(u1)}$, $${num(u2)}$ and $${num(u3)}$.

Find the sum of the first ${n} terms of the sequence.${exact ? "" : " Give your answer correct to 3 significant figures."}`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Attempts to find $r$ by dividing consecutive terms: $r = \frac{${num(u2)}}{${num(u1)}}$`,
            keywords: [String(ratio)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$r = ${num(ratio)}$`, dependsOn: ["M1"], keywords: [String(ratio)] },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Substitutes into $S_n = \frac{u_1\left(r^n - 1\right)}{r - 1}$: $S_{${n}} = \frac{${num(u1)}\left(${paren(ratio)}^{${n}} - 1\right)}{${num(ratio)} - 1}$`,
            keywords: [String(n)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`$S_{${n}} = ${answer}$`,
            dependsOn: ["M2"],
            keywords: [exact ? String(expected) : sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`The common ratio is $r = \frac{u_2}{u_1} = \frac{${num(u2)}}{${num(u1)}} = ${num(ratio)}$ (check: $\frac{u_3}{u_2}$ gives the same).

$$S_{${n}} = \frac{u_1\left(r^{${n}} - 1\right)}{r - 1} = \frac{${num(u1)}\left(${paren(ratio)}^{${n}} - 1\right)}{${num(ratio)} - 1} = ${exact ? answer : `${sig(expected, 6)} \\approx ${answer}`}$$`,
      },
      { kind: "geometric-series", firstTerm: u1, ratio, n, expected, rounding },
    );
  },
};
