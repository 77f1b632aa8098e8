import { num, roundDp, sig, sigPlain } from "./latex-format";
import { currencies, gdcNumericQuestion, money, texGrouped } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Assets bought new; price and yearly depreciation rate (%) ranges are [min, max, step]. */
const assets = [
  { buyer: "A taxi company buys a new car", item: "the car", price: [15000, 60000, 500], rate: [10, 25, 0.5] },
  { buyer: "A school buys a new laptop", item: "the laptop", price: [800, 3000, 50], rate: [15, 35, 1] },
  { buyer: "A farmer buys a new tractor", item: "the tractor", price: [40000, 150000, 1000], rate: [8, 18, 0.5] },
  { buyer: "A courier firm buys a new delivery van", item: "the van", price: [20000, 55000, 500], rate: [10, 22, 0.5] },
  { buyer: "An office buys a new photocopier", item: "the photocopier", price: [2000, 9000, 100], rate: [12, 30, 1] },
  { buyer: "A restaurant buys a new industrial oven", item: "the oven", price: [5000, 18000, 250], rate: [8, 20, 0.5] },
] as const;

export const depreciation: QuestionGenerator = {
  id: "depreciation",
  subject: "math-ai",
  topicCode: "1.4",
  levels: ["SL", "HL"],
  title: "Annual depreciation: value after n years, rate of depreciation, years to fall below a value",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(assets);
    const currency = r.pick(currencies);
    const price = r.decimal(c.price[0], c.price[1], c.price[2]);
    const rate = r.decimal(c.rate[0], c.rate[1], c.rate[2]);
    const keep = 1 - rate / 100;
    const asked = r.pick(["value", "rate", "years"] as const);
    const bought = `${c.buyer} for ${money(price, currency)}.`;
    const factor = String.raw`\left(1 - \frac{${num(rate)}}{100}\right)`;

    if (asked === "value") {
      const years = r.int(2, 8);
      const expected = price * keep ** years;
      return gdcNumericQuestion(
        depreciation,
        seed,
        {
          difficulty: 1,
          marks: 2,
          paper: "P1",
          commandTerm: "Find",
          stem: `${bought} The value of ${c.item} depreciates by $${num(rate)}\\%$ each year.

Find the value of ${c.item} after ${years} years. Give your answer correct to the nearest ${currency.unit}.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$${texGrouped(price)}${factor}^{${years}}$ / TVM with $N = ${years}$, $I\% = -${num(rate)}$, $PV = -${texGrouped(price)}$`,
              keywords: [num(roundDp(keep, 4)), `-${num(rate)}`],
            },
            { id: "A1", kind: "A", marks: 1, text: money(Math.round(expected), currency), dependsOn: ["M1"], keywords: [String(Math.round(expected))] },
          ],
          workedSolution: String.raw`Each year the value is multiplied by $1 - \frac{${num(rate)}}{100} = ${num(roundDp(keep, 4))}$:

$$V = ${texGrouped(price)} \times ${num(roundDp(keep, 4))}^{${years}} = ${texGrouped(expected, 2)}$$

(On the TVM solver, depreciation is a negative interest rate: $N = ${years}$, $I\% = -${num(rate)}$, $PV = -${texGrouped(price)}$, $PMT = 0$, $P/Y = C/Y = 1$, solve for $FV$.)

After ${years} years ${c.item} is worth ${money(Math.round(expected), currency)} to the nearest ${currency.unit}.`,
        },
        { kind: "depreciation", initial: price, asked: { valueAfter: years, ratePercent: rate }, expected, rounding: { mode: "decimalPlaces", digits: 0 } },
        currency.code,
      );
    }

    if (asked === "rate") {
      const years = r.int(3, 8);
      // The later value is a valuation rounded to a sensible step, so the rate is not one of the drawn ones.
      const step = price >= 20000 ? 500 : price >= 5000 ? 100 : 10;
      const value = Math.round((price * keep ** years) / step) * step;
      const expected = 100 * (1 - (value / price) ** (1 / years));
      return gdcNumericQuestion(
        depreciation,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P1",
          commandTerm: "Find",
          stem: `${bought} After ${years} years ${c.item} is valued at ${money(value, currency)}. The value depreciates by the same percentage each year.

Find the annual rate of depreciation. Give your answer as a percentage correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Sets up $${texGrouped(price)}\left(1 - \frac{r}{100}\right)^{${years}} = ${texGrouped(value)}$ / TVM with $N = ${years}$, $PV = -${texGrouped(price)}$, $FV = ${texGrouped(value)}$`,
              keywords: [String(value), String(price)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$1 - \frac{r}{100} = ${num(roundDp(1 - expected / 100, 5))}$ / $I\% = -${sig(expected, 4)}$`,
              dependsOn: ["M1"],
              keywords: [num(roundDp(1 - expected / 100, 3))],
            },
            { id: "A2", kind: "A", marks: 1, text: String.raw`$r = ${sig(expected, 3)}\%$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`If the value falls by $r\%$ a year, then after ${years} years

$$${texGrouped(price)}\left(1 - \frac{r}{100}\right)^{${years}} = ${texGrouped(value)} \quad\Rightarrow\quad 1 - \frac{r}{100} = \left(\frac{${texGrouped(value)}}{${texGrouped(price)}}\right)^{\frac{1}{${years}}} = ${num(roundDp(1 - expected / 100, 6))}$$

so $r = ${sig(expected, 6)}$. (The TVM solver with $N = ${years}$, $PV = -${texGrouped(price)}$, $PMT = 0$, $FV = ${texGrouped(value)}$, $P/Y = C/Y = 1$ gives $I\% = -${sig(expected, 6)}$.)

The annual rate of depreciation is $${sig(expected, 3)}\%$.`,
        },
        { kind: "depreciation", initial: price, asked: { rateFrom: { years, value } }, expected, rounding: { mode: "sigFigs", digits: 3 } },
        "%",
      );
    }

    // A round threshold between a quarter and two thirds of the price, not reached at an exact year end.
    let threshold: number;
    let exactYears: number;
    for (;;) {
      const step = price >= 20000 ? 1000 : price >= 5000 ? 500 : 100;
      threshold = Math.round((price * r.decimal(0.25, 0.65, 0.01)) / step) * step;
      exactYears = Math.log(threshold / price) / Math.log(keep);
      const fraction = exactYears - Math.floor(exactYears);
      if (threshold > 0 && fraction > 0.02 && fraction < 0.98) break;
    }
    const expected = Math.ceil(exactYears);
    const valueAt = (n: number) => price * keep ** n;
    return gdcNumericQuestion(
      depreciation,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P1",
        commandTerm: "Find",
        stem: `${bought} The value of ${c.item} depreciates by $${num(rate)}\\%$ each year.

Find the number of complete years after which the value of ${c.item} is first less than ${money(threshold, currency)}.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Sets up $${texGrouped(price)}${factor}^{n} < ${texGrouped(threshold)}$ / table of values / TVM solver for $N$`,
            keywords: [String(threshold), num(roundDp(keep, 4))],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$n = ${num(roundDp(exactYears, 3))}$`, dependsOn: ["M1"], keywords: [num(roundDp(exactYears, 2))] },
          { id: "A2", kind: "A", marks: 1, text: `${expected} years`, dependsOn: ["M1"], keywords: [String(expected)] },
        ],
        workedSolution: String.raw`After $n$ years the value is $${texGrouped(price)} \times ${num(roundDp(keep, 4))}^{n}$. Solving

$$${texGrouped(price)} \times ${num(roundDp(keep, 4))}^{n} = ${texGrouped(threshold)} \quad\Rightarrow\quad n = \frac{\ln\left(${texGrouped(threshold)}/${texGrouped(price)}\right)}{\ln ${num(roundDp(keep, 4))}} = ${num(roundDp(exactYears, 3))}$$

Year-end values: after ${expected - 1} years ${money(valueAt(expected - 1), currency, 2)}, after ${expected} years ${money(valueAt(expected), currency, 2)}. The value is first less than ${money(threshold, currency)} after ${expected} complete years.`,
      },
      { kind: "depreciation", initial: price, asked: { yearsBelow: threshold, ratePercent: rate }, expected, rounding: { mode: "exact" } },
      "years",
    );
  },
};
