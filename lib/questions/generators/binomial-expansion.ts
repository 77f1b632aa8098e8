import { numericQuestion } from "./build-question";
import { paren } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

export const binomialExpansion: QuestionGenerator = {
  id: "binomial-expansion",
  subject: "math-aa",
  topicCode: "1.9",
  levels: ["SL", "HL"],
  title: "A coefficient in a binomial expansion",
  generate(seed) {
    const r = new SeededRandom(seed);
    const n = r.int(4, 9);
    // Smaller numbers for larger n keep the arithmetic within reach of a non-calculator paper.
    const a = r.nonZeroInt(n >= 7 ? -3 : -5, n >= 7 ? 3 : 5);
    const b = r.nonZeroInt(n >= 7 ? -2 : -4, n >= 7 ? 2 : 4);
    const m = r.pick([1, 1, 2]);
    const k = r.int(1, n - 1);
    const power = m * k;
    const nCk = choose(n, k);
    const expected = nCk * a ** (n - k) * b ** k;
    const xm = m === 1 ? "x" : `x^{${m}}`;
    const bTerm = `${b < 0 ? "-" : ""}${Math.abs(b) === 1 ? "" : Math.abs(b)}${xm}`;
    const constantFirst = r.bool();
    const bracket = constantFirst ? `${a} ${b > 0 ? "+" : "-"} ${bTerm.replace("-", "")}` : `${bTerm} ${a > 0 ? "+" : "-"} ${Math.abs(a)}`;
    const xTerm = `(${bTerm})`;
    const xPower = power === 1 ? "x" : `x^{${power}}`;

    return numericQuestion(
      binomialExpansion,
      seed,
      {
        difficulty: m === 2 || a < 0 || b < 0 ? 3 : 2,
        marks: 4,
        paper: "P1",
        commandTerm: "Find",
        stem: String.raw`Find the coefficient of $${xPower}$ in the expansion of $\left(${bracket}\right)^{${n}}$.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Uses the binomial theorem with the correct term: $\binom{${n}}{${k}}${paren(a)}^{${n - k}}${xTerm}^{${k}}$ (may be seen in a full expansion)`,
            keywords: [`${n}C${k}`, String(nCk)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$\binom{${n}}{${k}} = ${nCk}$ (or row ${n} of Pascal's triangle used)`,
            dependsOn: ["M1"],
            keywords: [String(nCk)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`$${paren(a)}^{${n - k}} = ${a ** (n - k)}$ and $${paren(b)}^{${k}} = ${b ** k}$`,
            dependsOn: ["M1"],
            keywords: [String(a ** (n - k)), String(b ** k)],
          },
          {
            id: "A3",
            kind: "A",
            marks: 1,
            text: String.raw`coefficient $= ${expected}$ (accept $${expected}${xPower}$)`,
            dependsOn: ["M1"],
            keywords: [String(expected)],
          },
        ],
        workedSolution: String.raw`The general term of $(p + q)^{n}$ is $\binom{n}{r}p^{n-r}q^{r}$. Take $p = ${a}$, $q = ${bTerm}$ and $n = ${n}$. Each factor of $q$ brings $${xm}$, so $${xPower}$ needs $r = ${k}$:

$$\binom{${n}}{${k}}${paren(a)}^{${n - k}}${xTerm}^{${k}} = ${nCk} \times ${paren(a ** (n - k))} \times ${b ** k === 1 ? "" : `${paren(b ** k)}`}${xPower} = ${expected}${xPower}$$

So the coefficient of $${xPower}$ is $${expected}$.`,
      },
      { kind: "binomial-expansion", constant: a, xCoefficient: b, termPower: m, n, power, expected, rounding: { mode: "exact" } },
    );
  },
};
