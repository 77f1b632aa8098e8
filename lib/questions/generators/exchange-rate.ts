import { numericQuestion } from "./build-question";
import { money, texNum, typed } from "./economics-format";
import { roundDp, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Currencies with a rough value in US dollars, so that generated rates and prices are realistic. */
const currencies = {
  USD: { name: "US dollar", country: "the United States", usd: 1, minor: 2 },
  EUR: { name: "euro", country: "the eurozone", usd: 1.08, minor: 2 },
  GBP: { name: "British pound", country: "the United Kingdom", usd: 1.27, minor: 2 },
  JPY: { name: "Japanese yen", country: "Japan", usd: 0.0067, minor: 0 },
  AUD: { name: "Australian dollar", country: "Australia", usd: 0.66, minor: 2 },
  INR: { name: "Indian rupee", country: "India", usd: 0.012, minor: 2 },
  MXN: { name: "Mexican peso", country: "Mexico", usd: 0.057, minor: 2 },
  SEK: { name: "Swedish krona", country: "Sweden", usd: 0.095, minor: 2 },
  CAD: { name: "Canadian dollar", country: "Canada", usd: 0.74, minor: 2 },
  BRL: { name: "Brazilian real", country: "Brazil", usd: 0.2, minor: 2 },
  NZD: { name: "New Zealand dollar", country: "New Zealand", usd: 0.61, minor: 2 },
  CNY: { name: "Chinese yuan", country: "China", usd: 0.14, minor: 2 },
  CHF: { name: "Swiss franc", country: "Switzerland", usd: 1.13, minor: 2 },
  ZAR: { name: "South African rand", country: "South Africa", usd: 0.054, minor: 2 },
  KRW: { name: "South Korean won", country: "South Korea", usd: 0.00075, minor: 0 },
} as const;
type Code = keyof typeof currencies;

/** Pairs as they are usually quoted: 1 unit of the first = so many units of the second. */
const pairs: [Code, Code][] = [
  ["EUR", "USD"],
  ["GBP", "EUR"],
  ["USD", "JPY"],
  ["AUD", "USD"],
  ["USD", "INR"],
  ["USD", "MXN"],
  ["EUR", "SEK"],
  ["USD", "CAD"],
  ["USD", "BRL"],
  ["NZD", "AUD"],
  ["GBP", "USD"],
  ["USD", "CNY"],
  ["EUR", "CHF"],
  ["USD", "ZAR"],
  ["USD", "KRW"],
  ["EUR", "JPY"],
];

/** Traded goods and services with a typical price in US dollars. */
const products = [
  { item: "laptop", items: "laptops", usd: 900 },
  { item: "pair of running shoes", items: "running shoes", usd: 120 },
  { item: "bottle of olive oil", items: "olive oil", usd: 12 },
  { item: "tonne of steel", items: "steel", usd: 700 },
  { item: "bicycle", items: "bicycles", usd: 600 },
  { item: "smartphone", items: "smartphones", usd: 750 },
  { item: "night in a hotel", items: "hotel stays", usd: 160 },
  { item: "kilogram of coffee", items: "coffee", usd: 18 },
  { item: "tonne of wheat", items: "wheat", usd: 260 },
  { item: "electric scooter", items: "electric scooters", usd: 450 },
] as const;

/** A rate of units of B per unit of A near today's cross rate, to 4 significant figures. */
const nearRate = (r: SeededRandom, a: Code, b: Code) => roundSig((currencies[a].usd / currencies[b].usd) * (1 + r.int(-80, 80) / 1000), 4);
const rateText = (a: Code, b: Code, rate: number) => `${a} 1 = ${b} ${String(rate)}`;
const dpWords = (minor: number) => (minor === 0 ? "to the nearest whole number" : "to 2 decimal places");

export const exchangeRate: QuestionGenerator = {
  id: "exchange-rate",
  subject: "economics",
  topicCode: "4.5",
  levels: ["SL", "HL"],
  title: "Exchange rates: converting prices, appreciation and depreciation, and the foreign price of exports",
  generate(seed) {
    const r = new SeededRandom(seed);
    const [a, b] = r.pick(pairs);
    const A = currencies[a];
    const B = currencies[b];
    const variant = r.pick(["convert", "percent", "export-price"] as const);
    const r1 = nearRate(r, a, b);
    const product = r.pick(products);
    /** A price for the product in a currency, rounded as a price list would show it. */
    const priceIn = (code: Code) => {
      const raw = (product.usd * r.decimal(0.7, 1.3, 0.01)) / currencies[code].usd;
      return raw >= 100 ? roundSig(raw, 3) : roundDp(raw, 0) + (currencies[code].minor ? r.pick([0, 0.5, 0.95, 0.99]) : 0);
    };

    if (variant === "convert") {
      // Convert a price from one currency into the other at the quoted rate.
      const from: "A" | "B" = r.bool() ? "A" : "B";
      const [source, target] = from === "A" ? [a, b] : [b, a];
      const amount = priceIn(source);
      const expected = from === "A" ? amount * r1 : amount / r1;
      const minor = currencies[target].minor;
      const value = roundDp(expected, minor);
      const formula = from === "A" ? String.raw`${texNum(amount)} \times ${texNum(r1)}` : String.raw`\frac{${texNum(amount)}}{${texNum(r1)}}`;
      return numericQuestion(
        exchangeRate,
        seed,
        {
          difficulty: 1,
          marks: 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `A ${product.item} is priced at ${money(source, amount, currencies[source].minor)} in ${currencies[source].country}. The exchange rate is ${rateText(a, b, r1)}.

Calculate the price of the ${product.item} in ${target}. Give your answer ${dpWords(minor)}.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: from === "A" ? `Multiplies the ${a} price by the rate: $${formula}$` : `Divides the ${b} price by the rate: $${formula}$`,
              keywords: [String(r1)],
            },
            { id: "A1", kind: "A", marks: 1, text: money(target, value, minor), dependsOn: ["M1"], keywords: [typed(value, minor)] },
          ],
          workedSolution: String.raw`Each ${A.name} buys ${String(r1)} ${b}, so ${
            from === "A"
              ? `a price in ${a} is multiplied by the rate to give the price in ${b}`
              : `a price in ${b} is divided by the rate to give the price in ${a}`
          }:

$$${formula} ${Math.abs(expected - value) < 1e-9 ? "=" : "\\approx"} ${texNum(value, minor)}$$

The ${product.item} costs ${money(target, value, minor)}.`,
        },
        { kind: "exchange-rate", rates: [r1], asked: { convert: amount, from }, expected, rounding: { mode: "decimalPlaces", digits: minor } },
        target,
      );
    }

    let r2: number;
    do r2 = roundSig(r1 * (1 + (r.bool() ? 1 : -1) * r.decimal(0.02, 0.2, 0.005) + r.int(-20, 20) / 10_000), 4);
    while (r2 === r1);
    const aUp = r2 > r1;

    if (variant === "percent") {
      const of: "A" | "B" = r.bool() ? "A" : "B";
      const appreciated = of === "A" ? aUp : !aUp;
      const as = appreciated ? "appreciation" : "depreciation";
      const inv1 = 1 / r1;
      const inv2 = 1 / r2;
      const signed = of === "A" ? ((r2 - r1) / r1) * 100 : ((r1 - r2) / r2) * 100;
      const expected = Math.abs(signed);
      const named = of === "A" ? A.name : B.name;
      const other = of === "A" ? B.name : A.name;
      const markscheme =
        of === "A"
          ? [
              {
                id: "M1",
                kind: "M" as const,
                marks: 1,
                text: String.raw`$\frac{${texNum(r2)} - ${texNum(r1)}}{${texNum(r1)}} \times 100$`,
                keywords: [String(r1), String(r2)],
              },
            ]
          : [
              {
                id: "M1",
                kind: "M" as const,
                marks: 1,
                text: String.raw`Value of ${b} 1 in ${a}: $\frac{1}{${texNum(r1)}} = ${sig(inv1, 4)}$ before and $\frac{1}{${texNum(r2)}} = ${sig(inv2, 4)}$ after`,
                keywords: [sigPlain(inv1, 3), sigPlain(inv2, 3)],
              },
              {
                id: "M2",
                kind: "M" as const,
                marks: 1,
                text: String.raw`$\frac{${sig(inv2, 4)} - ${sig(inv1, 4)}}{${sig(inv1, 4)}} \times 100$ / $\left(\frac{${texNum(r1)}}{${texNum(r2)}} - 1\right) \times 100$`,
                keywords: [`${r1}/${r2}`],
              },
            ];
      return numericQuestion(
        exchangeRate,
        seed,
        {
          difficulty: of === "A" ? 2 : 3,
          marks: of === "A" ? 2 : 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `The exchange rate between the ${A.name} (${a}) and the ${B.name} (${b}) changes from ${rateText(a, b, r1)} to ${rateText(a, b, r2)}.

Calculate the percentage ${as} of the ${named} against the ${other}. Give your answer to 3 significant figures.`,
          markscheme: [
            ...markscheme,
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`${sig(expected, 3)}% ${as} of the ${named}`,
              dependsOn: markscheme.map((p) => p.id),
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution:
            of === "A"
              ? String.raw`The rate is quoted as the price of one ${A.name} in ${b}, which ${aUp ? "rises" : "falls"} from ${String(r1)} to ${String(r2)}:

$$\frac{${texNum(r2)} - ${texNum(r1)}}{${texNum(r1)}} \times 100 = ${sig(signed, 3)}\%$$

One ${A.name} now buys ${aUp ? "more" : "fewer"} ${b}, so the ${A.name} has ${aUp ? "appreciated" : "depreciated"} by ${sig(expected, 3)}%.`
              : String.raw`The value of the ${B.name} is its price in ${a}, the inverse of the quoted rate:

$$\frac{1}{${texNum(r1)}} = ${sig(inv1, 4)} \text{ ${a} before}, \qquad \frac{1}{${texNum(r2)}} = ${sig(inv2, 4)} \text{ ${a} after}$$

$$\frac{${sig(inv2, 4)} - ${sig(inv1, 4)}}{${sig(inv1, 4)}} \times 100 = \left(\frac{${texNum(r1)}}{${texNum(r2)}} - 1\right) \times 100 = ${sig(signed, 3)}\%$$

The ${B.name} has ${aUp ? "depreciated" : "appreciated"} by ${sig(expected, 3)}%. This is not the same size as the ${A.name}'s ${aUp ? "appreciation" : "depreciation"} (${sig(Math.abs(((r2 - r1) / r1) * 100), 3)}%), because each percentage is measured from a different starting value.`,
        },
        { kind: "exchange-rate", rates: [r1, r2], asked: { percentChangeInValueOf: of, as }, expected, rounding: { mode: "sigFigs", digits: 3 } },
        "%",
      );
    }

    // An exporter's price is fixed in its own currency; the rate change moves the price foreign buyers pay.
    const fixedIn: "A" | "B" = r.bool() ? "A" : "B";
    const [home, abroad] = fixedIn === "A" ? [a, b] : [b, a];
    const price = priceIn(home);
    const before = fixedIn === "A" ? price * r1 : price / r1;
    const after = fixedIn === "A" ? price * r2 : price / r2;
    const expected = after - before;
    const minor = currencies[abroad].minor;
    const value = roundDp(expected, minor);
    const convert = (rate: number) =>
      fixedIn === "A" ? String.raw`${texNum(price)} \times ${texNum(rate)}` : String.raw`\frac{${texNum(price)}}{${texNum(rate)}}`;
    const homeAppreciated = fixedIn === "A" ? aUp : !aUp;
    const question = numericQuestion(
      exchangeRate,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `A firm in ${currencies[home].country} ${product.item === "night in a hotel" ? "sells" : "exports"} ${product.items} to ${currencies[abroad].country}, pricing each ${product.item} at ${money(home, price, currencies[home].minor)}. The exchange rate changes from ${rateText(a, b, r1)} to ${rateText(a, b, r2)}, and the firm keeps its ${home} price unchanged.

Calculate the change in the price of one ${product.item} for buyers in ${currencies[abroad].country}, in ${abroad}. Give your answer ${dpWords(minor)}, as a negative number if the price falls.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Price in ${abroad} before: $${convert(r1)} = ${texNum(roundDp(before, minor), minor)}$`,
            keywords: [typed(roundDp(before, minor), minor)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Price in ${abroad} after: $${convert(r2)} = ${texNum(roundDp(after, minor), minor)}$`,
            keywords: [typed(roundDp(after, minor), minor)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: `${value > 0 ? "A rise" : "A fall"} of ${money(abroad, Math.abs(value), minor)} (${value > 0 ? "+" : ""}${typed(value, minor)})`,
            dependsOn: ["M1", "M2"],
            keywords: [typed(value, minor)],
          },
        ],
        workedSolution: String.raw`The ${currencies[home].name} price stays at ${money(home, price, currencies[home].minor)}; converting it at each rate (${fixedIn === "A" ? `multiply by the number of ${b} per ${a}` : `divide by the number of ${b} per ${a}`}):

- Before: $${convert(r1)} ${Math.abs(before - roundDp(before, minor)) < 1e-9 ? "=" : "\\approx"} ${texNum(roundDp(before, minor), minor)}$
- After: $${convert(r2)} ${Math.abs(after - roundDp(after, minor)) < 1e-9 ? "=" : "\\approx"} ${texNum(roundDp(after, minor), minor)}$

Change $= ${texNum(after, minor)} - ${texNum(before, minor)} ${Math.abs(expected - value) < 1e-9 ? "=" : "\\approx"} ${texNum(value, minor)}$ ${abroad}.

The ${currencies[home].name} has ${homeAppreciated ? "appreciated" : "depreciated"}, so the exporter's goods have become ${homeAppreciated ? "more" : "less"} expensive for buyers in ${currencies[abroad].country}${homeAppreciated ? ", which is likely to reduce the quantity of exports demanded" : ", which makes the exports more competitive"}.`,
      },
      { kind: "exchange-rate", rates: [r1, r2], asked: { priceChange: price, fixedIn }, expected, rounding: { mode: "decimalPlaces", digits: minor } },
      abroad,
    );
    // A candidate who rounds the two prices before subtracting can be one unit out in the last place, which an
    // IB markscheme accepts.
    return question.type === "NUMERIC" ? { ...question, numericAnswer: { ...question.numericAnswer, tolerance: 10 ** -minor } } : question;
  },
};
