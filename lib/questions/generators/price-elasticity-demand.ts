import { numericQuestion } from "./build-question";
import { centCurrencies, eqPercent, money, percentKey, plainNum, texNum, texParen, typed } from "./economics-format";
import { roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Goods a firm prices: price range and step (in the currency), quantity range and step, per period. */
const products = [
  { seller: "cinema", item: "ticket", unit: "tickets", what: "tickets", per: "week", price: [6, 16, 0.5], qty: [800, 3000, 50] },
  { seller: "café", item: "cup of coffee", unit: "cups of coffee", what: "coffee", per: "day", price: [2.5, 6, 0.1], qty: [150, 600, 10] },
  { seller: "gym", item: "monthly membership", unit: "memberships", what: "memberships", per: "month", price: [25, 80, 1], qty: [300, 1500, 20] },
  { seller: "city bus company", item: "single journey", unit: "journeys", what: "bus journeys", per: "day", price: [1.5, 4, 0.1], qty: [8000, 40000, 500] },
  { seller: "bicycle shop", item: "bicycle", unit: "bicycles", what: "bicycles", per: "month", price: [250, 900, 10], qty: [40, 300, 5] },
  {
    seller: "streaming service",
    item: "monthly subscription",
    unit: "subscriptions",
    what: "subscriptions",
    per: "month",
    price: [6, 20, 0.5],
    qty: [20000, 90000, 1000],
  },
  { seller: "pizza restaurant", item: "pizza", unit: "pizzas", what: "pizzas", per: "week", price: [8, 18, 0.5], qty: [300, 1200, 10] },
  { seller: "hair salon", item: "haircut", unit: "haircuts", what: "haircuts", per: "week", price: [12, 45, 1], qty: [60, 400, 5] },
] as const;

/** Goods whose demand responds to income, with a realistic YED range (inferior goods negative). */
const incomeGoods = [
  { good: "restaurant meals", unit: "meals", per: "week", yed: [1.2, 2.8], qty: [5000, 40000, 100] },
  { good: "foreign holidays", unit: "holidays", per: "year", yed: [1.3, 3], qty: [20000, 90000, 500] },
  { good: "organic vegetables", unit: "kg", per: "week", yed: [0.4, 0.9], qty: [3000, 20000, 100] },
  { good: "bread", unit: "loaves", per: "week", yed: [0.1, 0.5], qty: [10000, 60000, 500] },
  { good: "instant noodles", unit: "packets", per: "week", yed: [-1.5, -0.2], qty: [8000, 50000, 500] },
  { good: "second-hand clothes", unit: "items", per: "month", yed: [-1.8, -0.3], qty: [2000, 15000, 100] },
  { good: "long-distance bus journeys", unit: "journeys", per: "month", yed: [-1.2, -0.2], qty: [4000, 30000, 100] },
] as const;

const places = ["a city", "a country", "a region", "a small town"];
const percentSteps = [4, 5, 8, 10, 12, 15, 20, 25, 30];
const rounding3 = { mode: "sigFigs", digits: 3 } as const;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "an" : "a");
/** A percentage as working shows it: exact to 2 decimal places, or 4 significant figures. */
const shownPercent = (x: number) => (Math.abs(roundDp(x, 2) - x) < 1e-9 ? texNum(roundDp(x, 2)) : sig(x, 4));
const pct = (from: number, to: number) => ((to - from) / from) * 100;

export const priceElasticityDemand: QuestionGenerator = {
  id: "price-elasticity-demand",
  subject: "economics",
  topicCode: "2.5",
  levels: ["SL", "HL"],
  title: "Price and income elasticity of demand, and how a price change affects total revenue",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["ped", "revenue", "yed"] as const);
    const currency = r.pick(centCurrencies);

    if (variant === "yed") {
      const g = r.pick(incomeGoods);
      const place = r.pick(places);
      let y1: number, y2: number, q1: number, q2: number, incomePct: number;
      do {
        y1 = r.int(48, 180) * 500;
        incomePct = r.bool() ? r.int(2, 12) : -r.int(2, 8);
        y2 = (y1 * (100 + incomePct)) / 100;
        q1 = r.decimal(g.qty[0], g.qty[1], g.qty[2]);
        q2 = Math.round(q1 * (1 + (r.decimal(g.yed[0], g.yed[1], 0.1) * incomePct) / 100));
      } while (q2 === q1 || q2 <= 0);
      const qPct = pct(q1, q2);
      const yPct = pct(y1, y2);
      const expected = qPct / yPct;
      const kind =
        expected < 0
          ? "negative, so this is an **inferior good**: demand moves in the opposite direction to income"
          : expected > 1
            ? "positive and greater than 1, so this is a **normal, income-elastic (luxury) good**"
            : "positive and less than 1, so this is a **normal, income-inelastic (necessity) good**";
      return numericQuestion(
        priceElasticityDemand,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `In ${place}, average household income ${incomePct > 0 ? "rises" : "falls"} from ${money(currency, y1, 0)} to ${money(currency, y2, 0)} per year. Over the same period, and ceteris paribus, the quantity of ${g.good} demanded ${q2 > q1 ? "rises" : "falls"} from ${plainNum(q1)} to ${plainNum(q2)} ${g.unit} per ${g.per}.

Calculate the income elasticity of demand (YED) for ${g.good}, including its sign. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in quantity demanded: $\frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$`,
              keywords: [percentKey(qPct)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in income: $\frac{${texNum(y2)} - ${texNum(y1)}}{${texNum(y1)}} \times 100 ${eqPercent(yPct)}$`,
              keywords: [percentKey(yPct)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\text{YED} = ${sig(expected, 3)}$ (the sign is required)`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`$$\text{YED} = \frac{\%\Delta Q_d}{\%\Delta Y}$$

- $\%\Delta Q_d = \frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$
- $\%\Delta Y = \frac{${texNum(y2)} - ${texNum(y1)}}{${texNum(y1)}} \times 100 ${eqPercent(yPct)}$

$$\text{YED} = \frac{${shownPercent(qPct)}}{${shownPercent(yPct)}} = ${sig(expected, 3)}$$

YED is ${kind}.`,
        },
        { kind: "elasticity-from-points", measure: "YED", cause: [y1, y2], quantity: [q1, q2], absolute: false, expected, rounding: rounding3 },
      );
    }

    const p = r.pick(products);
    const [plo, phi, pstep] = p.price;
    const [qlo, qhi, qstep] = p.qty;

    if (variant === "ped") {
      let p1: number, p2: number, q1: number, q2: number, pricePct: number;
      do {
        p1 = r.decimal(plo, phi, pstep);
        pricePct = r.pick(percentSteps) * (r.bool() ? 1 : -1);
        p2 = roundDp((p1 * (100 + pricePct)) / 100, 2);
        q1 = r.decimal(qlo, qhi, qstep);
        const elasticity = r.decimal(0.2, 3, 0.1);
        q2 = Math.round(q1 * (1 - (elasticity * pricePct) / 100));
      } while (Math.abs(p2 * 100 - p1 * (100 + pricePct)) > 1e-6 || q2 === q1 || q2 <= 0 || Math.abs(q2 - q1) / q1 > 0.6);
      const qPct = pct(q1, q2);
      const pPct = pct(p1, p2);
      const expected = Math.abs(qPct / pPct);
      const shown = sig(expected, 3);
      const verdict =
        shown === "1.00"
          ? "demand is (approximately) unit elastic over this range"
          : expected > 1
            ? String.raw`demand is **price elastic** over this range ($\lvert\text{PED}\rvert > 1$)`
            : String.raw`demand is **price inelastic** over this range ($\lvert\text{PED}\rvert < 1$)`;
      return numericQuestion(
        priceElasticityDemand,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `${capital(article(p.seller))} ${p.seller} ${p2 > p1 ? "raises" : "lowers"} the price of a ${p.item} from ${money(currency, p1)} to ${money(currency, p2)}. As a result, and ceteris paribus, the quantity of ${p.unit} demanded ${q2 > q1 ? "rises" : "falls"} from ${plainNum(q1)} to ${plainNum(q2)} per ${p.per}.

Calculate the price elasticity of demand (PED) for the ${p.seller}'s ${p.what} over this price change. Give your answer as an absolute value (ignore the minus sign), to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in quantity demanded: $\frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$`,
              keywords: [percentKey(qPct)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Percentage change in price: $\frac{${texNum(p2, 2)} - ${texNum(p1, 2)}}{${texNum(p1, 2)}} \times 100 ${eqPercent(pPct)}$`,
              keywords: [percentKey(pPct)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\lvert\text{PED}\rvert = ${shown}$ (accept $-${shown}$)`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`$$\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P}$$

- $\%\Delta Q_d = \frac{${texNum(q2)} - ${texNum(q1)}}{${texNum(q1)}} \times 100 ${eqPercent(qPct)}$
- $\%\Delta P = \frac{${texNum(p2, 2)} - ${texNum(p1, 2)}}{${texNum(p1, 2)}} \times 100 ${eqPercent(pPct)}$

$$\text{PED} = \frac{${shownPercent(qPct)}}{${shownPercent(pPct)}} = -${shown}$$

PED is negative because price and quantity demanded move in opposite directions. As an absolute value PED $= ${shown}$, so ${verdict}.`,
        },
        { kind: "elasticity-from-points", measure: "PED", cause: [p1, p2], quantity: [q1, q2], absolute: true, expected, rounding: rounding3 },
      );
    }

    let p1: number, p2: number, q1: number, q2: number, pricePct: number, ped: number;
    do {
      p1 = r.decimal(plo, phi, pstep);
      pricePct = r.pick(percentSteps.slice(0, 7)) * (r.bool() ? 1 : -1);
      p2 = roundDp((p1 * (100 + pricePct)) / 100, 2);
      q1 = r.decimal(qlo, qhi, qstep);
      ped = -r.decimal(0.2, 2.5, 0.1);
      q2 = (q1 * (100 + ped * pricePct)) / 100;
    } while (Math.abs(p2 * 100 - p1 * (100 + pricePct)) > 1e-6 || Math.abs(q2 - Math.round(q2)) > 1e-9);
    q2 = Math.round(q2);
    const qPct = ped * pricePct;
    const tr1 = p1 * q1;
    const tr2 = p2 * q2;
    const expected = tr2 - tr1;
    const change = roundDp(expected, 2);
    const rose = change > 0 ? "rises" : change < 0 ? "falls" : "does not change";
    const why =
      Math.abs(ped) > 1
        ? `Demand is price elastic, so the ${pricePct > 0 ? "rise" : "fall"} in price is outweighed by the proportionately larger ${pricePct > 0 ? "fall" : "rise"} in quantity demanded`
        : Math.abs(ped) < 1
          ? `Demand is price inelastic, so the ${pricePct > 0 ? "rise" : "fall"} in price outweighs the proportionately smaller ${pricePct > 0 ? "fall" : "rise"} in quantity demanded`
          : "With unit elastic demand, the percentage changes in price and quantity are equal and opposite, so revenue changes only a little";
    return numericQuestion(
      priceElasticityDemand,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `${capital(article(p.seller))} ${p.seller} sells ${plainNum(q1)} ${p.unit} per ${p.per} at a price of ${money(currency, p1)} per ${p.item}. The price elasticity of demand (PED) for its ${p.what} is estimated to be −${String(-ped)}. The ${p.seller} ${pricePct > 0 ? "raises" : "cuts"} its price by ${Math.abs(pricePct)}%. Assume that the PED estimate holds over this price change and that nothing else changes.

Calculate the change in the ${p.seller}'s total revenue per ${p.per}, in ${currency.code}. Give your answer to 2 decimal places, as a negative number if total revenue falls.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`$\%\Delta Q_d = \text{PED} \times \%\Delta P = ${texNum(ped)} \times ${texParen(pricePct)} = ${texNum(qPct)}\%$, so the new quantity is $${texNum(q1)} \times ${texNum(1 + qPct / 100)} = ${texNum(q2)}$`,
            keywords: [String(q2), percentKey(qPct)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`New price $${texNum(p1, 2)} \times ${texNum(1 + pricePct / 100)} = ${texNum(p2, 2)}$; total revenue before $= ${texNum(p1, 2)} \times ${texNum(q1)} = ${texNum(tr1, 2)}$ and after $= ${texNum(p2, 2)} \times ${texNum(q2)} = ${texNum(tr2, 2)}$`,
            keywords: [typed(tr1, 2), typed(tr2, 2), typed(p2, 2)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$\Delta TR = ${change > 0 ? "+" : ""}${texNum(change, 2)}$: total revenue ${rose}${change === 0 ? "" : ` by ${money(currency, Math.abs(change))}`}`,
            dependsOn: ["M1", "M2"],
            keywords: [typed(change, 2)],
          },
        ],
        workedSolution: String.raw`Rearranging $\text{PED} = \frac{\%\Delta Q_d}{\%\Delta P}$ gives the change in quantity demanded:

$$\%\Delta Q_d = \text{PED} \times \%\Delta P = ${texNum(ped)} \times ${texParen(pricePct)} = ${texNum(qPct)}\%$$

- New quantity: $${texNum(q1)} \times ${texNum(1 + qPct / 100)} = ${texNum(q2)}$ ${p.unit} per ${p.per}
- New price: $${texNum(p1, 2)} \times ${texNum(1 + pricePct / 100)} = ${texNum(p2, 2)}$

$$\Delta TR = P_2Q_2 - P_1Q_1 = ${texNum(p2, 2)} \times ${texNum(q2)} - ${texNum(p1, 2)} \times ${texNum(q1)} = ${texNum(tr2, 2)} - ${texNum(tr1, 2)} = ${texNum(expected, 2)}$$

Total revenue ${rose}${change === 0 ? "" : ` by ${money(currency, Math.abs(change))}`}. ${why}.`,
      },
      { kind: "revenue-change", ped, price: [p1, p2], quantity: q1, expected, rounding: { mode: "decimalPlaces", digits: 2 } },
      currency.code,
    );
  },
};
