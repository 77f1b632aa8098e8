import { num, roundDp } from "./latex-format";
import { currencies, gdcNumericQuestion, money, texMoney, ordinal, plainDp, texGrouped } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** `principal`, `rate` are [min, max, step]; `paymentStep` rounds the fixed payment of the "how many payments" question. */
const loans = [
  {
    borrower: (name: string) => `${name} takes out a loan`,
    purpose: "to buy a car",
    principal: [8000, 40000, 500],
    years: [2, 7],
    rate: [2.5, 9.5, 0.1],
    k: 12,
    paymentStep: 10,
  },
  {
    borrower: (name: string) => `${name} takes out a mortgage`,
    purpose: "to buy an apartment",
    principal: [120000, 450000, 5000],
    years: [15, 30],
    rate: [2.5, 6.5, 0.05],
    k: 12,
    paymentStep: 50,
  },
  {
    borrower: (name: string) => `${name} takes out a loan`,
    purpose: "to pay for university tuition",
    principal: [5000, 30000, 500],
    years: [5, 10],
    rate: [3, 7, 0.1],
    k: 12,
    paymentStep: 10,
  },
  {
    borrower: () => "A bakery takes out a loan",
    purpose: "to buy new ovens",
    principal: [20000, 120000, 1000],
    years: [3, 10],
    rate: [4, 10, 0.25],
    k: 4,
    paymentStep: 100,
  },
] as const;

const names = ["Amara", "Lucas", "Mei", "Rahul", "Sofia", "Jonas", "Zainab", "Mateo"];

export const loanAmortisation: QuestionGenerator = {
  id: "loan-amortisation",
  subject: "math-ai",
  topicCode: "1.7",
  levels: ["SL", "HL"],
  title: "Loan repayments with the TVM solver: payment, outstanding balance, number of payments",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(loans);
    const currency = r.pick(currencies);
    const principal = r.decimal(c.principal[0], c.principal[1], c.principal[2]);
    const rate = r.decimal(c.rate[0], c.rate[1], c.rate[2]);
    const years = r.int(c.years[0], c.years[1]);
    const { k } = c;
    const i = rate / 100 / k;
    const N = years * k;
    const period = k === 12 ? "month" : "quarter";
    const payments = k === 12 ? "monthly" : "quarterly";
    const growth = 1 + i;
    const exactPayment = (principal * i) / (1 - growth ** -N);
    const asked = r.pick(["payment", "balance", "count"] as const);
    const setup = `${c.borrower(r.pick(names))} of ${money(principal, currency)} ${c.purpose}. The nominal annual interest rate is $${num(rate)}\\%$, compounded ${payments}`;
    const tvm = (n: string, pmt: string, fv: string) =>
      String.raw`$N = ${n}$, $I\% = ${num(rate)}$, $PV = ${texGrouped(principal)}$, $PMT = ${pmt}$, $FV = ${fv}$, $P/Y = C/Y = ${k}$`;

    if (asked === "payment") {
      const expected = exactPayment;
      return gdcNumericQuestion(
        loanAmortisation,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P1",
          commandTerm: "Calculate",
          stem: `${setup}. The loan is repaid in equal ${payments} payments, made at the end of each ${period}, over ${years} years.

Calculate the ${payments} payment. Give your answer correct to 2 decimal places.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`Uses the TVM solver / annuity formula with $N = ${N}$ (${years} × ${k})`, keywords: [String(N)] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`${tvm(String(N), "?", "0")} (PV and PMT of opposite signs)`,
              keywords: [num(rate), String(principal)],
            },
            { id: "A1", kind: "A", marks: 1, text: `${money(expected, currency, 2)}`, dependsOn: ["M1", "M2"], keywords: [plainDp(expected, 2)] },
          ],
          workedSolution: String.raw`With the TVM solver: ${tvm(String(N), "?", "0")}; solve for $PMT = -${texGrouped(expected, 4)}$ (negative because the money is paid out).

By formula, with the rate per ${period} $i = \frac{${num(rate)}}{100 \times ${k}}$:

$$PMT = \frac{PV \times i}{1 - (1 + i)^{-N}} = \frac{${texGrouped(principal)} \times \frac{${num(rate)}}{${100 * k}}}{1 - \left(1 + \frac{${num(rate)}}{${100 * k}}\right)^{-${N}}} = ${texGrouped(expected, 4)}$$

The ${payments} payment is ${money(expected, currency, 2)}.`,
        },
        {
          kind: "loan-repayment",
          principal,
          annualRatePercent: rate,
          periodsPerYear: k,
          asked: { paymentOver: N },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
        currency.code,
      );
    }

    if (asked === "balance") {
      const payment = roundDp(exactPayment, 2);
      const after = r.int(Math.max(1, Math.round(0.15 * N)), Math.round(0.85 * N));
      const expected = principal * growth ** after - (payment * (growth ** after - 1)) / i;
      const ratio = String.raw`\left(1 + \frac{${num(rate)}}{${100 * k}}\right)^{${after}}`;
      return gdcNumericQuestion(
        loanAmortisation,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Find",
          stem: `${setup}. The loan is repaid in equal ${payments} payments of ${money(payment, currency, 2)}, made at the end of each ${period}, over ${years} years.

Find the amount still owed immediately after the ${ordinal(after)} payment. Give your answer correct to 2 decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Uses the TVM solver with $N = ${after}$ / an amortisation table / the balance formula`,
              keywords: [`N = ${after}`, String(after)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`${tvm(String(after), `-${texMoney(payment)}`, "?")}`,
              keywords: [num(payment), num(rate)],
            },
            { id: "A1", kind: "A", marks: 1, text: `${money(expected, currency, 2)}`, dependsOn: ["M1", "M2"], keywords: [plainDp(expected, 2)] },
          ],
          workedSolution: String.raw`The amount owed is the loan grown with interest, less the payments grown with interest. With the TVM solver: ${tvm(String(after), `-${texMoney(payment)}`, "?")}; solve for $FV = -${texGrouped(expected, 4)}$ (still owed).

By formula, with $i = \frac{${num(rate)}}{${100 * k}}$:

$$${texGrouped(principal)}${ratio} - ${texMoney(payment)} \times \frac{${ratio} - 1}{i} = ${texGrouped(expected, 2)}$$

The amount still owed after the ${ordinal(after)} payment is ${money(expected, currency, 2)}.`,
        },
        {
          kind: "loan-repayment",
          principal,
          annualRatePercent: rate,
          periodsPerYear: k,
          asked: { balanceAfter: after, payment },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
        currency.code,
      );
    }

    // A round payment a little above the one that would clear the loan in `years`: not a whole number of payments.
    let payment: number;
    let exactCount: number;
    for (;;) {
      payment = Math.ceil(exactPayment / c.paymentStep) * c.paymentStep + r.int(0, 6) * c.paymentStep;
      exactCount = -Math.log(1 - (principal * i) / payment) / Math.log(growth);
      const fraction = exactCount - Math.floor(exactCount);
      if (fraction > 0.02 && fraction < 0.98) break;
    }
    const expected = Math.ceil(exactCount);
    return gdcNumericQuestion(
      loanAmortisation,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Find",
        stem: `${setup}. The loan is repaid by ${payments} payments of ${money(payment, currency)}, made at the end of each ${period}, except for the final payment, which is smaller.

Find the total number of payments needed to repay the loan.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Uses the TVM solver for $N$: ${tvm("?", `-${texMoney(payment)}`, "0")}`,
            keywords: [String(payment), num(rate)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$N = ${num(roundDp(exactCount, 3))}$`, dependsOn: ["M1"], keywords: [num(roundDp(exactCount, 2))] },
          { id: "A2", kind: "A", marks: 1, text: String.raw`${expected} payments`, dependsOn: ["A1"], keywords: [String(expected)] },
        ],
        workedSolution: String.raw`TVM solver: ${tvm("?", `-${texMoney(payment)}`, "0")}; solve for $N = ${num(roundDp(exactCount, 4))}$.

(By formula, with $i = \frac{${num(rate)}}{${100 * k}}$: $N = -\frac{\ln\left(1 - \frac{PV \times i}{PMT}\right)}{\ln(1 + i)} = ${num(roundDp(exactCount, 4))}$.)

After ${Math.floor(exactCount)} full payments a little is still owed, so one more, smaller payment is needed: ${expected} payments in total.`,
      },
      {
        kind: "loan-repayment",
        principal,
        annualRatePercent: rate,
        periodsPerYear: k,
        asked: { paymentsToRepay: payment },
        expected,
        rounding: { mode: "exact" },
      },
      "payments",
    );
  },
};
