import { numericQuestion } from "./build-question";
import { centCurrencies, eqPercent, money, percentKey, plainNum, texNum, texParen } from "./economics-format";
import { roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Producers with a price range and step (per unit), quantity range and step, and a realistic PES range. */
const producers = [
  {
    who: "wheat farmers in a region",
    good: "wheat",
    units: "tonnes of wheat",
    unit: "tonnes",
    one: "tonne",
    per: "month",
    price: [180, 320, 5],
    qty: [2000, 20000, 100],
    pes: [0.2, 1.2],
  },
  {
    who: "a furniture workshop",
    single: true,
    good: "hand-made tables",
    units: "hand-made tables",
    unit: "tables",
    one: "table",
    per: "month",
    price: [300, 1200, 10],
    qty: [40, 200, 2],
    pes: [0.1, 0.8],
  },
  {
    who: "tomato growers",
    good: "tomatoes",
    units: "kg of tomatoes",
    unit: "kg",
    one: "kg",
    per: "week",
    price: [1.5, 4, 0.1],
    qty: [10000, 80000, 500],
    pes: [0.2, 1.5],
  },
  {
    who: "a toy manufacturer",
    single: true,
    good: "plastic toys",
    units: "plastic toys",
    unit: "toys",
    one: "toy",
    per: "week",
    price: [5, 25, 0.5],
    qty: [2000, 15000, 100],
    pes: [1.2, 3.5],
  },
  {
    who: "coffee growers in a country",
    good: "coffee beans",
    units: "tonnes of coffee beans",
    unit: "tonnes",
    one: "tonne",
    per: "year",
    price: [2000, 5000, 50],
    qty: [5000, 60000, 500],
    pes: [0.1, 0.6],
  },
  {
    who: "a clothing factory",
    single: true,
    good: "T-shirts",
    units: "T-shirts",
    unit: "T-shirts",
    one: "T-shirt",
    per: "week",
    price: [4, 15, 0.5],
    qty: [3000, 25000, 100],
    pes: [1.1, 3],
  },
  {
    who: "a dairy cooperative",
    single: true,
    good: "milk",
    units: "litres of milk",
    unit: "litres",
    one: "litre",
    per: "day",
    price: [0.6, 1.6, 0.05],
    qty: [20000, 90000, 500],
    pes: [0.2, 0.9],
  },
] as const;

const percentSteps = [4, 5, 6, 8, 10, 12, 15, 20, 25];
const pct = (from: number, to: number) => ((to - from) / from) * 100;
const shownPercent = (x: number) => (Math.abs(roundDp(x, 2) - x) < 1e-9 ? texNum(roundDp(x, 2)) : sig(x, 4));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const priceElasticitySupply: QuestionGenerator = {
  id: "price-elasticity-supply",
  subject: "economics",
  topicCode: "2.6",
  levels: ["SL", "HL"],
  title: "Price elasticity of supply: PES from data, and using PES to predict supply",
  generate(seed) {
    const r = new SeededRandom(seed);
    const g = r.pick(producers);
    const currency = r.pick(centCurrencies);
    const variant = r.pick(["pes", "quantity", "price-change"] as const);
    const [plo, phi, pstep] = g.price;
    const [qlo, qhi, qstep] = g.qty;
    const them = "single" in g ? "this producer" : "these producers";
    const supplies = "single" in g ? "supplies" : "supply";
    const priceText = (x: number) => `${money(currency, x)} per ${g.one}`;

    if (variant === "pes") {
      let p1: number, p2: number, q1: number, q2: number, pricePct: number;
      do {
        p1 = r.decimal(plo, phi, pstep);
        pricePct = r.pick(percentSteps) * (r.int(1, 3) === 1 ? -1 : 1);
        p2 = roundDp((p1 * (100 + pricePct)) / 100, 2);
        q1 = r.decimal(qlo, qhi, qstep);
        q2 = Math.round(q1 * (1 + (r.decimal(g.pes[0], g.pes[1], 0.05) * pricePct) / 100));
      } while (Math.abs(p2 * 100 - p1 * (100 + pricePct)) > 1e-6 || q2 === q1);
      const qPct = pct(q1, q2);
      const pPct = pct(p1, p2);
      const expected = qPct / pPct;
      const shown = sig(expected, 3);
      const verdict =
        shown === "1.00"
          ? "supply is (approximately) unit elastic"
          : expected > 1
            ? "supply is **price elastic** (PES > 1): producers can change output proportionately more than the price"
            : "supply is **price inelastic** (PES < 1): output responds proportionately less than the price";
      return numericQuestion(
        priceElasticitySupply,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `The market price of ${g.good} ${p2 > p1 ? "rises" : "falls"} from ${priceText(p1)} to ${priceText(p2)}. In response, and ceteris paribus, the quantity supplied by ${g.who} ${q2 > q1 ? "rises" : "falls"} from ${plainNum(q1)} to ${plainNum(q2)} ${g.unit} per ${g.per}.

Calculate the price elasticity of supply (PES) of ${g.good} for ${them} over this price change. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in quantity supplied: $\frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$`,
              keywords: [percentKey(qPct)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in price: $\frac{${texNum(p2, 2)} - ${texNum(p1, 2)}}{${texNum(p1, 2)}} \times 100 ${eqPercent(pPct)}$`,
              keywords: [percentKey(pPct)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$\text{PES} = ${shown}$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`$$\text{PES} = \frac{\%\Delta Q_s}{\%\Delta P}$$

- $\%\Delta Q_s = \frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$
- $\%\Delta P = \frac{${texNum(p2, 2)} - ${texNum(p1, 2)}}{${texNum(p1, 2)}} \times 100 ${eqPercent(pPct)}$

$$\text{PES} = \frac{${shownPercent(qPct)}}{${shownPercent(pPct)}} = ${shown}$$

PES is positive because price and quantity supplied move in the same direction, and ${verdict}.`,
        },
        {
          kind: "elasticity-from-points",
          measure: "PES",
          cause: [p1, p2],
          quantity: [q1, q2],
          absolute: false,
          expected,
          rounding: { mode: "sigFigs", digits: 3 },
        },
      );
    }

    const p1 = r.decimal(plo, phi, pstep);

    if (variant === "quantity") {
      const pes = r.decimal(g.pes[0], g.pes[1], 0.05);
      const q1 = r.decimal(qlo, qhi, qstep);
      const pricePct = r.pick(percentSteps) * (r.int(1, 3) === 1 ? -1 : 1);
      const qPct = pes * pricePct;
      const expected = q1 * (1 + qPct / 100);
      const rounded = Math.round(expected);
      return numericQuestion(
        priceElasticitySupply,
        seed,
        {
          difficulty: 2,
          marks: 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `${capital(g.who)} ${supplies} ${plainNum(q1)} ${g.units} per ${g.per} when the market price is ${priceText(p1)}. The price elasticity of supply (PES) of ${g.good} for ${them} is estimated to be ${String(pes)}.

The market price ${pricePct > 0 ? "rises" : "falls"} by ${Math.abs(pricePct)}%. Assuming the PES estimate holds over this price change and nothing else changes, calculate the new quantity supplied per ${g.per}. Give your answer to the nearest whole number.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$\%\Delta Q_s = \text{PES} \times \%\Delta P = ${texNum(pes)} \times ${texParen(pricePct)} = ${texNum(roundDp(qPct, 4))}\%$`,
              keywords: [percentKey(qPct)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`New quantity supplied $= ${texNum(q1)} \times ${texNum(roundDp(1 + qPct / 100, 6))} ${Math.abs(expected - rounded) < 1e-9 ? "=" : "\\approx"} ${texNum(rounded)}$ ${g.unit} per ${g.per}`,
              dependsOn: ["M1"],
              keywords: [String(rounded)],
            },
          ],
          workedSolution: String.raw`Rearranging $\text{PES} = \frac{\%\Delta Q_s}{\%\Delta P}$:

$$\%\Delta Q_s = \text{PES} \times \%\Delta P = ${texNum(pes)} \times ${texParen(pricePct)} = ${texNum(roundDp(qPct, 4))}\%$$

$$Q_2 = ${texNum(q1)} \times \left(1 ${qPct >= 0 ? "+" : "-"} \frac{${texNum(roundDp(Math.abs(qPct), 4))}}{100}\right) ${Math.abs(expected - rounded) < 1e-9 ? "=" : "\\approx"} ${texNum(rounded)}$$

Quantity supplied ${qPct > 0 ? "rises" : "falls"} to about ${plainNum(rounded)} ${g.unit} per ${g.per}.`,
        },
        {
          kind: "elasticity-response",
          elasticity: pes,
          quantity: q1,
          asked: { quantityAfterPriceChangePercent: pricePct },
          expected,
          rounding: { mode: "decimalPlaces", digits: 0 },
        },
        g.unit,
      );
    }

    // Producers are asked for more output; the price rise that would call it forth, given PES.
    // The target output is set from a price rise of 3-30% (then rounded to whole units), so the answer is realistic.
    let pes: number, q1: number, q2: number;
    do {
      pes = r.decimal(g.pes[0], g.pes[1], 0.05);
      q1 = r.decimal(qlo, qhi, qstep);
      q2 = Math.round(q1 * (1 + (pes * r.int(3, 30)) / 100));
    } while (q2 === q1);
    const qPct = pct(q1, q2);
    const expected = qPct / pes;
    return numericQuestion(
      priceElasticitySupply,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `${capital(g.who)} currently ${supplies} ${plainNum(q1)} ${g.units} per ${g.per} at a market price of ${priceText(p1)}. The price elasticity of supply (PES) of ${g.good} for ${them} is estimated to be ${String(pes)}.

Calculate the percentage increase in the market price that would be needed for the quantity supplied to rise to ${plainNum(q2)} ${g.unit} per ${g.per}, assuming the PES estimate holds and nothing else changes. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`$\%\Delta Q_s = \frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$`,
            keywords: [percentKey(qPct)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Rearranges PES: $\%\Delta P = \frac{\%\Delta Q_s}{\text{PES}} = \frac{${shownPercent(qPct)}}{${texNum(pes)}}$`,
            keywords: [String(pes)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$\%\Delta P = ${sig(expected, 3)}\%$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`The required change in quantity supplied is

$$\%\Delta Q_s = \frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$$

Rearranging $\text{PES} = \frac{\%\Delta Q_s}{\%\Delta P}$:

$$\%\Delta P = \frac{\%\Delta Q_s}{\text{PES}} = \frac{${shownPercent(qPct)}}{${texNum(pes)}} = ${sig(expected, 3)}\%$$

The price would have to rise by about ${sig(expected, 3)}%, to roughly ${money(currency, p1 * (1 + expected / 100))} per ${g.one}.${
          pes < 1 ? " Because supply is price inelastic (PES < 1), the percentage rise in price has to be larger than the percentage rise in output." : ""
        }`,
      },
      {
        kind: "elasticity-response",
        elasticity: pes,
        quantity: q1,
        asked: { priceChangePercentToReach: q2 },
        expected,
        rounding: { mode: "sigFigs", digits: 3 },
      },
      "%",
    );
  },
};
