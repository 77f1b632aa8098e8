import { numericQuestion } from "./build-question";
import { centCurrencies, texNum, typed } from "./economics-format";
import { roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Spending categories with a representative item and its price range (currency units). */
const categories = [
  { category: "Food", item: "weekly food shop", price: [60, 140] },
  { category: "Housing", item: "monthly rent", price: [600, 1500] },
  { category: "Transport", item: "monthly travel pass", price: [40, 120] },
  { category: "Clothing", item: "pair of jeans", price: [30, 80] },
  { category: "Energy", item: "monthly electricity bill", price: [50, 150] },
  { category: "Recreation", item: "cinema ticket", price: [8, 15] },
  { category: "Communication", item: "mobile phone plan", price: [15, 50] },
  { category: "Health", item: "doctor's appointment", price: [30, 90] },
] as const;

/** A household's monthly basket: item, quantity range, price range. */
const basketItems = [
  { item: "Loaf of bread", qty: [6, 20], price: [1.5, 4] },
  { item: "Litre of milk", qty: [8, 30], price: [0.8, 2] },
  { item: "Kilogram of rice", qty: [2, 6], price: [1.5, 4] },
  { item: "Bus ticket", qty: [10, 44], price: [1.5, 3.5] },
  { item: "Cinema ticket", qty: [1, 4], price: [8, 15] },
  { item: "Haircut", qty: [1, 2], price: [12, 40] },
  { item: "Kilogram of apples", qty: [2, 8], price: [2, 5] },
  { item: "Litre of petrol", qty: [30, 120], price: [1.2, 2.2] },
] as const;

const money2 = (x: number) => x.toFixed(2);
/** A category's price index as working shows it, to 2 decimal places. */
const rel2 = (x: number) => texNum(roundDp(x, 2), 2);

/** Picks `n` different entries. */
function choose<T>(r: SeededRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(pool.splice(r.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

/** Weights that are multiples of 5, from 5 to 35 each, summing to 100. */
function weightsSummingTo100(r: SeededRandom, n: number): number[] {
  for (;;) {
    const cuts = choose(
      r,
      Array.from({ length: 19 }, (_, i) => (i + 1) * 5),
      n - 1,
    ).sort((a, b) => a - b);
    const weights = [...cuts, 100].map((c, i) => c - (i === 0 ? 0 : (cuts[i - 1] as number)));
    if (weights.every((w) => w >= 5 && w <= 35)) return weights;
  }
}

/** A price moved by -4% to +15%, in whole cents. */
const nextPrice = (r: SeededRandom, p: number) => roundDp(p * (1 + r.int(-40, 150) / 1000), 2);

export const weightedPriceIndex: QuestionGenerator = {
  id: "weighted-price-index",
  subject: "economics",
  topicCode: "3.3H",
  levels: ["HL"],
  title: "Weighted price indices and the inflation rate from a basket of goods",
  generate(seed) {
    const r = new SeededRandom(seed);
    const { code } = r.pick(centCurrencies);
    const y0 = r.int(2015, 2021);
    const variant = r.pick(["weights-index", "weights-inflation", "basket-index"] as const);

    if (variant === "basket-index") {
      const chosen = choose(r, basketItems, 4);
      const items = chosen.map((c) => {
        const p0 = r.decimal(c.price[0], c.price[1], 0.05);
        return { item: c.item, quantity: r.int(c.qty[0], c.qty[1]), prices: [p0, nextPrice(r, p0)] };
      });
      const cost0 = items.reduce((s, i) => s + i.quantity * (i.prices[0] as number), 0);
      const cost1 = items.reduce((s, i) => s + i.quantity * (i.prices[1] as number), 0);
      const expected = (cost1 / cost0) * 100;
      const rows = items.map((i) => `| ${i.item} | ${i.quantity} | ${money2(i.prices[0] as number)} | ${money2(i.prices[1] as number)} |`).join("\n");
      const costLine = (year: number) => items.map((i) => String.raw`${i.quantity} \times ${texNum(i.prices[year] as number, 2)}`).join(" + ");
      return numericQuestion(
        weightedPriceIndex,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `The table shows a typical household's monthly basket of goods and services in a country, and their prices (in ${code}) in ${y0} and ${y0 + 1}.

| Item | Quantity bought per month | Price in ${y0} (${code}) | Price in ${y0 + 1} (${code}) |
| --- | --- | --- | --- |
${rows}

Using ${y0} as the base year, calculate the price index for ${y0 + 1}. Give your answer to 2 decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Cost of the basket in ${y0}: $${costLine(0)} = ${texNum(cost0, 2)}$`,
              keywords: [typed(cost0, 2)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Cost of the basket in ${y0 + 1}: $${costLine(1)} = ${texNum(cost1, 2)}$`,
              keywords: [typed(cost1, 2)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\frac{${texNum(cost1, 2)}}{${texNum(cost0, 2)}} \times 100 = ${texNum(roundDp(expected, 2), 2)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [typed(expected, 2)],
            },
          ],
          workedSolution: String.raw`A fixed basket is valued at each year's prices; the index is the cost in ${y0 + 1} as a percentage of the cost in the base year.

- ${y0}: $${costLine(0)} = ${texNum(cost0, 2)}$
- ${y0 + 1}: $${costLine(1)} = ${texNum(cost1, 2)}$

$$\text{price index}_{${y0 + 1}} = \frac{${texNum(cost1, 2)}}{${texNum(cost0, 2)}} \times 100 \approx ${texNum(roundDp(expected, 2), 2)}$$

The same basket costs ${texNum(Math.abs(roundDp(expected - 100, 2)), 2)}% ${expected >= 100 ? "more" : "less"} in ${y0 + 1} than in ${y0}.`,
        },
        {
          kind: "weighted-price-index",
          weighting: "quantities",
          items: items.map((i) => ({ weight: i.quantity, prices: i.prices })),
          asked: { index: { year: 1, base: 0 } },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
      );
    }

    // Spending weights with the price of a representative item for each category.
    const n = r.int(4, 5);
    const chosen = choose(r, categories, n);
    const weights = weightsSummingTo100(r, n);
    const years = variant === "weights-index" ? 2 : 3;
    const items = chosen.map((c, i) => {
      const prices = [r.decimal(c.price[0], c.price[1], c.price[0] >= 100 ? 5 : 0.5)];
      for (let y = 1; y < years; y++) prices.push(nextPrice(r, prices[y - 1] as number));
      return { category: c.category, item: c.item, weight: weights[i] as number, prices };
    });
    const relative = (i: (typeof items)[number], y: number) => ((i.prices[y] as number) / (i.prices[0] as number)) * 100;
    const weighted = (y: number) => items.reduce((s, i) => s + i.weight * relative(i, y), 0) / 100;
    const header =
      years === 2
        ? `| Category (representative item) | Weight | Price in ${y0} (${code}) | Price in ${y0 + 1} (${code}) |\n| --- | --- | --- | --- |`
        : `| Category (representative item) | Weight | Price in ${y0} (${code}) | Price in ${y0 + 1} (${code}) | Price in ${y0 + 2} (${code}) |\n| --- | --- | --- | --- | --- |`;
    const rows = items.map((i) => `| ${i.category} (${i.item}) | ${i.weight} | ${i.prices.map(money2).join(" | ")} |`).join("\n");
    const relLine = (y: number) => items.map((i) => `${i.category} ${rel2(relative(i, y))}`).join(", ");
    const sumLine = (y: number) => String.raw`\frac{${items.map((i) => String.raw`${i.weight} \times ${rel2(relative(i, y))}`).join(" + ")}}{100}`;
    const intro = `The table shows the weights (shares of household spending, in %) in the consumer price index of a country, and the price of a representative item in each category.

${header}
${rows}`;

    if (variant === "weights-index") {
      const expected = weighted(1);
      const question = numericQuestion(
        weightedPriceIndex,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `${intro}

Using ${y0} as the base year (${y0} = 100), calculate the weighted price index for ${y0 + 1}. Give your answer to 2 decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Price index for each category, $\frac{P_{${y0 + 1}}}{P_{${y0}}} \times 100$: ${relLine(1)}`,
              keywords: items.slice(0, 2).map((i) => sigPlain(relative(i, 1), 4)),
            },
            { id: "M2", kind: "M", marks: 1, text: String.raw`Weights each index by its share of spending: $${sumLine(1)}$`, keywords: ["weight"] },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${texNum(roundDp(expected, 2), 2)}$`, dependsOn: ["M1", "M2"], keywords: [typed(expected, 2)] },
          ],
          workedSolution: String.raw`First find each category's price index relative to ${y0}, $\frac{P_{${y0 + 1}}}{P_{${y0}}} \times 100$:

${items.map((i) => String.raw`- ${i.category}: $\frac{${texNum(i.prices[1] as number, 2)}}{${texNum(i.prices[0] as number, 2)}} \times 100 = ${rel2(relative(i, 1))}$`).join("\n")}

Then weight each index by its share of spending (the weights add up to 100):

$$${sumLine(1)} \approx ${texNum(roundDp(expected, 2), 2)}$$

The weighted price index for ${y0 + 1} is ${texNum(roundDp(expected, 2), 2)}: the average price level ${expected >= 100 ? "rose" : "fell"} by about ${texNum(Math.abs(roundDp(expected - 100, 2)), 2)}% from ${y0}. A category with a large weight, such as ${[...items].sort((a, b) => b.weight - a.weight)[0]?.category.toLowerCase()}, moves the index more than one with a small weight.`,
        },
        {
          kind: "weighted-price-index",
          weighting: "weights",
          items: items.map((i) => ({ weight: i.weight, prices: i.prices })),
          asked: { index: { year: 1, base: 0 } },
          expected,
          rounding: { mode: "decimalPlaces", digits: 2 },
        },
      );
      // Category indices rounded to 2 decimal places (as the markscheme shows them) can move the weighted index
      // by 0.01, which an IB markscheme accepts.
      return question.type === "NUMERIC" ? { ...question, numericAnswer: { ...question.numericAnswer, tolerance: 0.01 } } : question;
    }

    const i1 = weighted(1);
    const i2 = weighted(2);
    const expected = ((i2 - i1) / i1) * 100;
    return numericQuestion(
      weightedPriceIndex,
      seed,
      {
        difficulty: 4,
        marks: 4,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `${intro}

Using ${y0} as the base year, calculate the rate of inflation between ${y0 + 1} and ${y0 + 2} shown by the weighted price index. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Category price indices (${y0} = 100): ${y0 + 1}: ${relLine(1)}; ${y0 + 2}: ${relLine(2)}`,
            keywords: items.slice(0, 2).map((i) => sigPlain(relative(i, 1), 4)),
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Weighted indices: ${y0 + 1}: $${sig(i1, 5)}$, ${y0 + 2}: $${sig(i2, 5)}$`,
            keywords: [sigPlain(i1, 5), sigPlain(i2, 5)],
          },
          {
            id: "M3",
            kind: "M",
            marks: 1,
            text: String.raw`$\frac{${sig(i2, 5)} - ${sig(i1, 5)}}{${sig(i1, 5)}} \times 100$`,
            keywords: [sigPlain(i2 - i1, 3)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}\%$`, dependsOn: ["M1", "M2", "M3"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Find each category's price index relative to ${y0} for both years, then weight them by their shares of spending (the weights add up to 100):

${items
  .map(
    (i) =>
      String.raw`- ${i.category} (weight ${i.weight}): $\frac{${texNum(i.prices[1] as number, 2)}}{${texNum(i.prices[0] as number, 2)}} \times 100 = ${rel2(relative(i, 1))}$ and $\frac{${texNum(i.prices[2] as number, 2)}}{${texNum(i.prices[0] as number, 2)}} \times 100 = ${rel2(relative(i, 2))}$`,
  )
  .join("\n")}

$$I_{${y0 + 1}} = ${sumLine(1)} = ${sig(i1, 5)}$$

$$I_{${y0 + 2}} = ${sumLine(2)} = ${sig(i2, 5)}$$

The inflation rate is the percentage change in the index:

$$\frac{${sig(i2, 5)} - ${sig(i1, 5)}}{${sig(i1, 5)}} \times 100 = ${sig(expected, 3)}\%$$

${expected >= 0 ? `Prices rose by ${sig(expected, 3)}% on average between ${y0 + 1} and ${y0 + 2}` : `Prices fell by ${sig(-expected, 3)}% on average (deflation) between ${y0 + 1} and ${y0 + 2}`}. The inflation rate is not $I_{${y0 + 2}} - I_{${y0 + 1}}$: that difference is in index points, and a percentage change is measured from the ${y0 + 1} level.`,
      },
      {
        kind: "weighted-price-index",
        weighting: "weights",
        items: items.map((i) => ({ weight: i.weight, prices: i.prices })),
        asked: { inflationPercent: { from: 1, to: 2 } },
        expected,
        rounding: { mode: "sigFigs", digits: 3 },
      },
      "%",
    );
  },
};
