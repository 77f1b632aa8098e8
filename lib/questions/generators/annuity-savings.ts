import { num, sig, sigPlain } from "./latex-format";
import { currencies, gdcNumericQuestion, money, texMoney, plainDp, texGrouped } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/**
 * Savings plans with deposits at the end of each period (ranges are [min, max, step]); `payout` is what
 * a fund paying out the same kind of amounts would be for.
 */
const plans = [
  {
    goal: "towards a deposit on a house",
    payout: "to pay a student's rent",
    payment: [200, 1500, 50],
    initial: [1000, 20000, 1000],
    years: [3, 10],
    rate: [1.5, 6, 0.1],
    k: 12,
  },
  {
    goal: "for retirement",
    payout: "as an income in retirement",
    payment: [150, 800, 25],
    initial: [2500, 30000, 2500],
    years: [15, 35],
    rate: [3, 7, 0.1],
    k: 12,
  },
  {
    goal: "for a child's university education",
    payout: "to pay a grandchild's university fees",
    payment: [50, 400, 10],
    initial: [500, 5000, 500],
    years: [8, 18],
    rate: [1.5, 5, 0.1],
    k: 12,
  },
  {
    goal: "to replace the machinery of a small business",
    payout: "to pay the lease on a shop",
    payment: [1000, 8000, 250],
    initial: [5000, 40000, 5000],
    years: [3, 8],
    rate: [2, 6, 0.25],
    k: 4,
  },
] as const;

const names = ["Ines", "Kwame", "Hana", "Diego", "Freya", "Arjun", "Noor", "Tobias"];

export const annuitySavings: QuestionGenerator = {
  id: "annuity-savings",
  subject: "math-ai",
  topicCode: "1.7",
  levels: ["SL", "HL"],
  title: "Annuities with the TVM solver: future value, regular deposit, interest rate, present value",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(plans);
    const currency = r.pick(currencies);
    const name = r.pick(names);
    const { k } = c;
    const years = r.int(c.years[0], c.years[1]);
    const N = years * k;
    let rate = r.decimal(c.rate[0], c.rate[1], c.rate[2]);
    let i = rate / 100 / k;
    let g = (1 + i) ** N;
    const period = k === 12 ? "month" : "quarter";
    const periodly = k === 12 ? "monthly" : "quarterly";
    // Half the plans start from nothing; the rest with a lump sum.
    const initial = r.bool() ? 0 : r.decimal(c.initial[0], c.initial[1], c.initial[2]);
    const start =
      initial === 0
        ? `${name} opens a savings account ${c.goal}`
        : `${name} opens a savings account ${c.goal} with an initial deposit of ${money(initial, currency)}`;
    const terms = `The account pays a nominal annual interest rate of $${num(rate)}\\%$, compounded ${periodly}`;
    const tvm = (n: string, iPercent: string, pv: string, pmt: string, fv: string) =>
      String.raw`$N = ${n}$, $I\% = ${iPercent}$, $PV = ${pv}$, $PMT = ${pmt}$, $FV = ${fv}$, $P/Y = C/Y = ${k}$`;
    const pvTex = initial === 0 ? "0" : `-${texGrouped(initial)}`;
    const ratio = () => String.raw`\left(1 + \frac{${num(rate)}}{${100 * k}}\right)^{${N}}`;
    const initialTerm = () => (initial === 0 ? "" : String.raw`${texGrouped(initial)}${ratio()} + `);
    const asked = r.pick(["future-value", "payment", "rate", "present-value"] as const);

    if (asked === "future-value") {
      const payment = r.decimal(c.payment[0], c.payment[1], c.payment[2]);
      const expected = initial * g + (payment * (g - 1)) / i;
      return gdcNumericQuestion(
        annuitySavings,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P1",
          commandTerm: "Calculate",
          stem: `${start}. At the end of every ${period} ${name} deposits ${initial === 0 ? "" : "a further "}${money(payment, currency)}. ${terms}.

Calculate the value of the account immediately after the last deposit at the end of ${years} years. Give your answer correct to 2 decimal places.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`Uses the TVM solver / annuity formula with $N = ${N}$`, keywords: [String(N)] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`${tvm(String(N), num(rate), pvTex, `-${texMoney(payment)}`, "?")}`,
              keywords: [String(payment), num(rate)],
            },
            { id: "A1", kind: "A", marks: 1, text: money(expected, currency, 2), dependsOn: ["M1", "M2"], keywords: [plainDp(expected, 2)] },
          ],
          workedSolution: String.raw`With the TVM solver: ${tvm(String(N), num(rate), pvTex, `-${texMoney(payment)}`, "?")}; solve for $FV = ${texGrouped(expected, 2)}$.

By formula, ${initial === 0 ? "" : "the initial deposit grows for the whole term and "}each deposit earns interest from the end of its ${period}:

$$FV = ${initialTerm()}${texMoney(payment)} \times \frac{${ratio()} - 1}{\frac{${num(rate)}}{${100 * k}}} = ${texGrouped(expected, 2)}$$

The account is worth ${money(expected, currency, 2)}.`,
        },
        {
          kind: "annuity",
          periodsPerYear: k,
          periods: N,
          asked: { futureValueOf: { initial, payment, annualRatePercent: rate } },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
        currency.code,
      );
    }

    if (asked === "payment") {
      // A round target that the plan's own kind of deposit would reach (redrawn if the lump sum alone nearly does).
      let target: number;
      let expected: number;
      do {
        const roughPayment = r.decimal(c.payment[0], c.payment[1], c.payment[2]);
        target = Math.round((initial * g + (roughPayment * (g - 1)) / i) / 1000) * 1000;
        expected = ((target - initial * g) * i) / (g - 1);
      } while (expected < c.payment[0] / 2);
      return gdcNumericQuestion(
        annuitySavings,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Find",
          stem: `${start}, and will make equal deposits at the end of every ${period} for ${years} years. ${terms}.

Find the ${periodly} deposit needed for the account to be worth ${money(target, currency)} immediately after the last deposit. Give your answer correct to 2 decimal places.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`Uses the TVM solver / annuity formula with $N = ${N}$`, keywords: [String(N)] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`${tvm(String(N), num(rate), pvTex, "?", texGrouped(target))}`,
              keywords: [String(target), num(rate)],
            },
            { id: "A1", kind: "A", marks: 1, text: money(expected, currency, 2), dependsOn: ["M1", "M2"], keywords: [plainDp(expected, 2)] },
          ],
          workedSolution: String.raw`With the TVM solver: ${tvm(String(N), num(rate), pvTex, "?", texGrouped(target))}; solve for $PMT = -${texGrouped(expected, 4)}$.

By formula, the deposits must make up what ${initial === 0 ? "the account needs" : "the initial deposit will not reach on its own"}:

$$${texGrouped(target)} = ${initialTerm()}PMT \times \frac{${ratio()} - 1}{\frac{${num(rate)}}{${100 * k}}} \quad\Rightarrow\quad PMT = ${texGrouped(expected, 4)}$$

The ${periodly} deposit is ${money(expected, currency, 2)}.`,
        },
        {
          kind: "annuity",
          periodsPerYear: k,
          periods: N,
          asked: { paymentToReach: { initial, target, annualRatePercent: rate } },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
        currency.code,
      );
    }

    if (asked === "rate") {
      // The target comes from a drawn rate, then is rounded: the rate that exactly reaches it is the answer.
      // Redrawn until interest makes a real difference (at least 5% on top of what is paid in).
      let payment: number;
      let target: number;
      let paidIn: number;
      for (;;) {
        payment = r.decimal(c.payment[0], c.payment[1], c.payment[2]);
        target = Math.round((initial * g + (payment * (g - 1)) / i) / 1000) * 1000;
        paidIn = initial + payment * N;
        if (target >= paidIn * 1.05) break;
        rate = r.decimal(c.rate[0], c.rate[1], c.rate[2]);
        i = rate / 100 / k;
        g = (1 + i) ** N;
      }
      const expected = solveRate(initial, payment, N, target) * 100 * k;
      return gdcNumericQuestion(
        annuitySavings,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Find",
          stem: `${start}. At the end of every ${period} ${name} deposits ${initial === 0 ? "" : "a further "}${money(payment, currency)}, for ${years} years. Interest is compounded ${periodly}.

${name} wants the account to be worth ${money(target, currency)} immediately after the last deposit. Find the nominal annual interest rate needed. Give your answer as a percentage correct to 3 significant figures.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`Uses the TVM solver for $I\%$ with $N = ${N}$`, keywords: [String(N), "I%"] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`${tvm(String(N), "?", pvTex, `-${texMoney(payment)}`, texGrouped(target))} (deposits negative, final value positive)`,
              keywords: [String(payment), String(target)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}\%$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`There is no formula to rearrange for the rate, so use the TVM solver: ${tvm(String(N), "?", pvTex, `-${texMoney(payment)}`, texGrouped(target))}; solve for $I\% = ${sig(expected, 6)}$.

Check with the annuity formula: with $i = \frac{${sig(expected, 6)}}{${100 * k}}$, $${initial === 0 ? "" : `${texGrouped(initial)}(1 + i)^{${N}} + `}${texMoney(payment)} \times \frac{(1 + i)^{${N}} - 1}{i} = ${texGrouped(target)}$. Of this, ${money(paidIn, currency)} was paid in and ${money(target - paidIn, currency)} is interest.

The nominal annual interest rate needed is $${sig(expected, 3)}\%$.`,
        },
        {
          kind: "annuity",
          periodsPerYear: k,
          periods: N,
          asked: { rateToReach: { initial, payment, target } },
          expected,
          rounding: { mode: "sigFigs", digits: 3 },
        },
        "%",
      );
    }

    // An income drawn from a fund until it is used up: the present value of the withdrawals.
    const withdrawal = r.decimal(c.payment[0] * 2, c.payment[1] * 2, c.payment[2]);
    const expected = (withdrawal * (1 - 1 / g)) / i;
    return gdcNumericQuestion(
      annuitySavings,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Find",
        stem: `${name} wants to invest a single sum in a fund that pays a nominal annual interest rate of $${num(rate)}\\%$, compounded ${periodly}. The fund will pay out ${money(withdrawal, currency)} at the end of every ${period} for ${years} years, ${c.payout}, after which nothing will be left in it.

Find the amount that ${name} must invest. Give your answer correct to 2 decimal places.`,
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: String.raw`Uses the TVM solver / annuity formula for $PV$ with $N = ${N}$`, keywords: [String(N)] },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`${tvm(String(N), num(rate), "?", texMoney(withdrawal), "0")} (PV and PMT of opposite signs)`,
            keywords: [String(withdrawal), num(rate)],
          },
          { id: "A1", kind: "A", marks: 1, text: money(expected, currency, 2), dependsOn: ["M1", "M2"], keywords: [plainDp(expected, 2)] },
        ],
        workedSolution: String.raw`The fund must equal the present value of all the payments. With the TVM solver: ${tvm(String(N), num(rate), "?", texMoney(withdrawal), "0")}; solve for $PV = -${texGrouped(expected, 2)}$ (paid in).

By formula, with $i = \frac{${num(rate)}}{${100 * k}}$:

$$PV = ${texMoney(withdrawal)} \times \frac{1 - (1 + i)^{-${N}}}{i} = ${texGrouped(expected, 2)}$$

${name} must invest ${money(expected, currency, 2)}.`,
      },
      {
        kind: "annuity",
        periodsPerYear: k,
        periods: N,
        asked: { presentValueOf: { withdrawal, annualRatePercent: rate } },
        expected,
        rounding: { mode: "decimalPlaces", digits: 2 },
      },
      currency.code,
    );
  },
};

/** Rate per period that makes the plan reach `target`: secant iterations on the future value. */
function solveRate(initial: number, payment: number, N: number, target: number): number {
  const fv = (i: number) => initial * (1 + i) ** N + (payment * ((1 + i) ** N - 1)) / i - target;
  let a = 0.001;
  let b = 0.01;
  let fa = fv(a);
  let fb = fv(b);
  for (let n = 0; n < 100 && Math.abs(b - a) > 1e-15; n++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    fb = fv(b);
  }
  return b;
}
