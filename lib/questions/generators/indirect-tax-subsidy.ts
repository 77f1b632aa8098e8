import { numericQuestion } from "./build-question";
import { centCurrencies, money, texNum, typed } from "./economics-format";
import { clean, roundDp } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Equilibrium price range and step, and the step of the tax or subsidy per unit, in the currency. */
const taxed = [
  { good: "sugary drinks", one: "bottle", units: "bottles", per: "week", price: [1.5, 4, 0.5], step: 0.1 },
  { good: "cigarettes", one: "packet", units: "packets", per: "week", price: [6, 14, 1], step: 0.5 },
  { good: "fast-food burgers", one: "burger", units: "burgers", per: "day", price: [4, 10, 0.5], step: 0.1 },
  { good: "single-use plastic cups", one: "box", units: "boxes", per: "week", price: [3, 9, 0.5], step: 0.1 },
  { good: "wine", one: "bottle", units: "bottles", per: "week", price: [8, 25, 1], step: 0.5 },
] as const;

const subsidised = [
  { good: "school meals", one: "meal", units: "meals", per: "day", price: [3, 8, 0.5], step: 0.1 },
  { good: "flu vaccinations", one: "vaccination", units: "vaccinations", per: "month", price: [15, 40, 1], step: 0.5 },
  { good: "solar lanterns", one: "lantern", units: "lanterns", per: "month", price: [10, 30, 1], step: 0.5 },
  { good: "home insulation kits", one: "kit", units: "kits", per: "month", price: [40, 120, 5], step: 1 },
  { good: "bus tickets", one: "ticket", units: "tickets", per: "day", price: [1.5, 4, 0.5], step: 0.1 },
] as const;

type Asked = "government-revenue" | "government-spending" | "consumer-share" | "producer-share" | "welfare-loss";

/** "-100 + 20P" or "900 - 30P" for a linear function of P. */
const linear = (intercept: number, slope: number) => `${texNum(intercept)} ${slope < 0 ? "-" : "+"} ${texNum(Math.abs(slope))}P`;

export const indirectTaxSubsidy: QuestionGenerator = {
  id: "indirect-tax-subsidy",
  subject: "economics",
  topicCode: "2.7H",
  levels: ["HL"],
  title: "Linear demand and supply with a specific tax or subsidy: incidence, government revenue or spending, welfare loss",
  generate(seed) {
    const r = new SeededRandom(seed);
    const isTax = r.bool();
    const g = isTax ? r.pick(taxed) : r.pick(subsidised);
    const currency = r.pick(centCurrencies);
    const asked: Asked = r.pick(
      isTax
        ? (["government-revenue", "consumer-share", "producer-share", "welfare-loss"] as const)
        : (["government-spending", "consumer-share", "producer-share", "welfare-loss"] as const),
    );

    // Demand Qd = a - bP and supply Qs = c + dP meet at (pe, qe); the supply curve starts at a positive price (c < 0).
    let a: number, b: number, c: number, d: number, pe: number, qe: number, t: number, shift: number, q: number;
    do {
      const k = r.pick([10, 20, 25, 50, 100]);
      b = k * r.int(1, 9);
      d = k * r.int(1, 9);
      pe = r.decimal(g.price[0], g.price[1], g.price[2]);
      qe = 10 * r.int(10, Math.max(10, Math.floor((d * pe) / 10) - 1));
      a = clean(qe + b * pe);
      c = clean(qe - d * pe);
      t = r.decimal(g.step, Math.max(g.step, pe * 0.4), g.step);
      shift = (d * t) / (b + d);
      q = a - b * (isTax ? pe + shift : pe - shift);
    } while (
      c >= 0 ||
      // Prices stay in whole cents and quantities in whole units, with enough traded to be a market.
      Math.abs(shift * 100 - Math.round(shift * 100)) > 1e-6 ||
      Math.abs(q - Math.round(q)) > 1e-6 ||
      (isTax ? q < 100 : pe - shift <= 0)
    );
    q = Math.round(q);
    const pc = roundDp(isTax ? pe + shift : pe - shift, 2);
    const pp = roundDp(isTax ? pc - t : pc + t, 2);
    const cShift = isTax ? c - d * t : c + d * t;
    const consumerShare = Math.abs(pc - pe) * q;
    const producerShare = Math.abs(pp - pe) * q;
    const welfareLoss = 0.5 * t * Math.abs(qe - q);
    const expected =
      asked === "government-revenue" || asked === "government-spending"
        ? t * q
        : asked === "consumer-share"
          ? consumerShare
          : asked === "producer-share"
            ? producerShare
            : welfareLoss;
    const value = roundDp(expected, 2);
    const word = isTax ? "tax" : "subsidy";
    const what: Record<Asked, string> = {
      "government-revenue": `the government's revenue from the tax per ${g.per}`,
      "government-spending": `the cost of the subsidy to the government per ${g.per}`,
      "consumer-share": isTax
        ? `the share of the tax revenue paid by consumers (the consumer tax burden) per ${g.per}`
        : `the share of the subsidy that goes to consumers through the lower price, per ${g.per}`,
      "producer-share": isTax
        ? `the share of the tax revenue paid by producers (the producer tax burden) per ${g.per}`
        : `the share of the subsidy that goes to producers through the higher price they receive, per ${g.per}`,
      "welfare-loss": `the welfare loss (deadweight loss) created by the ${word} per ${g.per}`,
    };
    const working: Record<Asked, { formula: string; keys: string[] }> = {
      "government-revenue": { formula: String.raw`\text{tax revenue} = t \times Q = ${texNum(t)} \times ${texNum(q)}`, keys: [typed(t), typed(q)] },
      "government-spending": { formula: String.raw`\text{subsidy cost} = s \times Q = ${texNum(t)} \times ${texNum(q)}`, keys: [typed(t), typed(q)] },
      "consumer-share": {
        formula: isTax
          ? String.raw`(P_c - P_e) \times Q = (${texNum(pc, 2)} - ${texNum(pe, 2)}) \times ${texNum(q)}`
          : String.raw`(P_e - P_c) \times Q = (${texNum(pe, 2)} - ${texNum(pc, 2)}) \times ${texNum(q)}`,
        keys: [typed(Math.abs(pc - pe), 2), typed(q)],
      },
      "producer-share": {
        formula: isTax
          ? String.raw`(P_e - P_p) \times Q = (${texNum(pe, 2)} - ${texNum(pp, 2)}) \times ${texNum(q)}`
          : String.raw`(P_p - P_e) \times Q = (${texNum(pp, 2)} - ${texNum(pe, 2)}) \times ${texNum(q)}`,
        keys: [typed(Math.abs(pp - pe), 2), typed(q)],
      },
      "welfare-loss": {
        formula: String.raw`\tfrac{1}{2} \times ${texNum(t)} \times ${isTax ? `(${texNum(qe)} - ${texNum(q)})` : `(${texNum(q)} - ${texNum(qe)})`}`,
        keys: [typed(Math.abs(qe - q)), typed(t)],
      },
    };
    const { formula, keys } = working[asked];
    const newSupply = isTax
      ? String.raw`Q_s = ${linear(c, d)} \text{ becomes } Q_s = ${texNum(c)} + ${texNum(d)}(P - ${texNum(t)}) = ${linear(cShift, d)}`
      : String.raw`Q_s = ${linear(c, d)} \text{ becomes } Q_s = ${texNum(c)} + ${texNum(d)}(P + ${texNum(t)}) = ${linear(cShift, d)}`;
    const ppLine = isTax
      ? String.raw`P_p = P_c - t = ${texNum(pc, 2)} - ${texNum(t)} = ${texNum(pp, 2)}`
      : String.raw`P_p = P_c + s = ${texNum(pc, 2)} + ${texNum(t)} = ${texNum(pp, 2)}`;
    const areaNote: Record<Asked, string> = {
      "government-revenue": "The tax revenue is the rectangle between the two prices, over the quantity now traded.",
      "government-spending": "The subsidy costs the government the full subsidy on every unit now traded.",
      "consumer-share": isTax
        ? "Consumers pay the rise in price on every unit they still buy."
        : "Consumers gain the fall in the price they pay on every unit traded.",
      "producer-share": isTax
        ? "Producers bear the fall in the price they keep on every unit they still sell."
        : "Producers gain the rise in the price they receive on every unit traded.",
      "welfare-loss": isTax
        ? "The welfare loss is the triangle between the demand and supply curves over the units no longer traded: its height is the tax and its base the fall in quantity."
        : "The welfare loss is the triangle between the supply and demand curves over the extra units produced, which cost more to make than consumers value them: its height is the subsidy and its base the rise in quantity.",
    };

    return numericQuestion(
      indirectTaxSubsidy,
      seed,
      {
        difficulty: asked === "welfare-loss" || asked === "producer-share" ? 4 : 3,
        marks: 4,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`The market for ${g.good} is described by

$$Q_d = ${linear(a, -b)} \qquad Q_s = ${linear(c, d)}$$

where $P$ is the price in ${currency.code} per ${g.one} and $Q$ is the quantity in ${g.units} per ${g.per}.

The government ${isTax ? `imposes a specific (per-unit) tax of ${money(currency, t)} per ${g.one} on producers` : `grants producers a subsidy of ${money(currency, t)} per ${g.one}`}.

Calculate ${what[asked]}, in ${currency.code}. Give your answer to 2 decimal places.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Shifts supply ${isTax ? "up" : "down"} by the ${word}: $${linear(a, -b)} = ${linear(cShift, d)}$`,
            keywords: [typed(cShift)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$P_c = ${texNum(pc, 2)}$, $P_p = ${texNum(pp, 2)}$ and $Q = ${texNum(q)}$`,
            dependsOn: ["M1"],
            keywords: [typed(pc, 2), typed(q)],
          },
          { id: "M2", kind: "M", marks: 1, text: `$${formula}$`, keywords: keys },
          { id: "A2", kind: "A", marks: 1, text: `${money(currency, value)} per ${g.per}`, dependsOn: ["M2"], keywords: [typed(value, 2)] },
        ],
        workedSolution: String.raw`**Before the ${word}:** $${linear(a, -b)} = ${linear(c, d)}$ gives $P_e = \frac{${texNum(a)} - (${texNum(c)})}{${texNum(b)} + ${texNum(d)}} = ${texNum(pe, 2)}$ and $Q_e = ${texNum(a)} - ${texNum(b)} \times ${texNum(pe)} = ${texNum(qe)}$.

**After the ${word}:** producers ${isTax ? `keep ${money(currency, t)} less` : `receive ${money(currency, t)} more`} than consumers pay on each ${g.one}, so supply shifts vertically ${isTax ? "up" : "down"} by ${money(currency, t)}:

$$${newSupply}$$

Setting $${linear(a, -b)} = ${linear(cShift, d)}$ gives the price consumers pay, $P_c = ${texNum(pc, 2)}$, and $Q = ${texNum(a)} - ${texNum(b)} \times ${texNum(pc, 2)} = ${texNum(q)}$ ${g.units}. Producers receive $${ppLine}$.

${areaNote[asked]}

$$${formula} ${Math.abs(expected - value) < 1e-9 ? "=" : "\\approx"} ${texNum(value, 2)}$$

The answer is ${money(currency, value)} per ${g.per}.`,
      },
      {
        kind: "market-intervention",
        demand: { intercept: a, slope: -b },
        supply: { intercept: c, slope: d },
        intervention: isTax ? "tax" : "subsidy",
        perUnit: t,
        asked,
        expected,
        rounding: { mode: "decimalPlaces", digits: 2 },
      },
      currency.code,
    );
  },
};
