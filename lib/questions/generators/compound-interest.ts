import { numericQuestion } from "./build-question";
import { num, roundDp } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const compounding = [
  { k: 1, words: "annually" },
  { k: 2, words: "half-yearly" },
  { k: 4, words: "quarterly" },
  { k: 12, words: "monthly" },
] as const;

/** Money stays in plain digits (never a × 10^n) and outside LaTeX, where a bare "$" would open maths. */
const money = (x: number) => `USD ${x.toFixed(Number.isInteger(x) ? 0 : 2)}`;
const cents = (x: number) => roundDp(x, 2).toFixed(2);
/** The per-period rate as a fraction in LaTeX; "/100(1)" would look odd for annual compounding. */
const perPeriod = (rate: number, k: number) => (k === 1 ? String.raw`\frac{${num(rate)}}{100}` : String.raw`\frac{${num(rate)}}{100 \times ${k}}`);

export const compoundInterest: QuestionGenerator = {
  id: "compound-interest",
  subject: "math-aa",
  topicCode: "1.4",
  levels: ["SL", "HL"],
  title: "Compound interest: future value or time to reach a target",
  generate(seed) {
    const r = new SeededRandom(seed);
    const principal = r.int(2, 100) * 500;
    const rate = r.decimal(1.5, 7.5, 0.25);
    const { k, words } = r.pick(compounding);
    const name = r.pick(["Ana", "Kenji", "Priya", "Tomás", "Leila", "Owen"]);
    const growth = 1 + rate / (100 * k);
    const findValue = r.bool();

    if (findValue) {
      const years = r.int(3, 15);
      const expected = principal * growth ** (k * years);
      return numericQuestion(
        compoundInterest,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${name} invests ${money(principal)} in an account that pays a nominal annual interest rate of $${num(rate)}\%$, compounded ${words}.

Calculate the value of the investment after ${years} years. Give your answer correct to the nearest dollar.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Attempts compound interest formula / uses financial app: $${String(principal)}\left(1 + ${perPeriod(rate, k)}\right)^{${k === 1 ? years : `${k} \times ${years}`}}$ / $N = ${k * years}$, $I\% = ${num(rate)}$, $PV = -${String(principal)}$, $P/Y = C/Y = ${k}$`,
              keywords: [String(k * years), String(rate)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${cents(expected)}$ (unrounded)`, dependsOn: ["M1"], keywords: [String(Math.floor(expected))] },
            {
              id: "A2",
              kind: "A",
              marks: 1,
              text: String.raw`${money(Math.round(expected))} (to the nearest dollar)`,
              dependsOn: ["M1"],
              keywords: [String(Math.round(expected))],
            },
          ],
          workedSolution: String.raw`Interest is added ${k === 1 ? "once" : `${k} times`} a year at $${k === 1 ? num(rate) : String.raw`\frac{${num(rate)}}{${k}}`}\%$ each time, over ${k * years} periods:

$$FV = ${String(principal)}\left(1 + ${perPeriod(rate, k)}\right)^{${k === 1 ? years : `${k} \times ${years}`}} = ${cents(expected)}$$

To the nearest dollar the investment is worth ${money(Math.round(expected))}.`,
        },
        {
          kind: "compound-interest",
          principal,
          annualRatePercent: rate,
          periodsPerYear: k,
          asked: { valueAfterYears: years },
          expected,
          rounding: { mode: "decimalPlaces", digits: 0 },
        },
        "USD",
      );
    }

    const target = principal * r.pick([1.25, 1.4, 1.5, 1.6, 1.75, 2, 2.5, 3]);
    // Whole years needed: the value is only compared at year ends, hence the ceiling.
    const exactYears = Math.log(target / principal) / (k * Math.log(growth));
    const expected = Math.ceil(exactYears - 1e-12);
    const kn = k === 1 ? "n" : `${k}n`;
    return numericQuestion(
      compoundInterest,
      seed,
      {
        difficulty: 3,
        marks: 4,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`${name} invests ${money(principal)} in an account that pays a nominal annual interest rate of $${num(rate)}\%$, compounded ${words}.

Find the minimum number of complete years needed for the value of the investment to exceed ${money(target)}.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Sets up an inequality / equation: $${String(principal)}\left(1 + ${perPeriod(rate, k)}\right)^{${kn}} > ${String(target)}$`,
            keywords: [String(target), String(rate)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: "Solves using logarithms, a table of values, graph or the financial app (TVM solver).",
            keywords: ["log", "TVM"],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$n = ${num(roundDp(exactYears, 3))}$`, dependsOn: ["M1"], keywords: [num(roundDp(exactYears, 2))] },
          { id: "A2", kind: "A", marks: 1, text: String.raw`${expected} years`, dependsOn: ["M1"], keywords: [String(expected)] },
        ],
        workedSolution: String.raw`After $n$ years the value is $${String(principal)}\left(1 + ${perPeriod(rate, k)}\right)^{${kn}}$. Solve

$$${String(principal)}\left(1 + ${perPeriod(rate, k)}\right)^{${kn}} = ${String(target)} \quad\Rightarrow\quad n = \frac{\ln\left(${String(target)}/${String(principal)}\right)}{${k === 1 ? "" : k}\ln\left(1 + ${perPeriod(rate, k)}\right)} = ${num(roundDp(exactYears, 3))}$$

The value only passes ${money(target)} during year ${expected}, so ${expected} complete years are needed.`,
      },
      {
        kind: "compound-interest",
        principal,
        annualRatePercent: rate,
        periodsPerYear: k,
        asked: { wholeYearsToExceed: target },
        expected,
        rounding: { mode: "exact" },
      },
      "years",
    );
  },
};
