import type { EconomicsCheck, LinearCurve } from "./economics-check";
import type { Independent } from "./independent-maths";
import { bisect, simpson } from "./numerical-methods";

export const economicsKinds = new Set<string>([
  "elasticity-from-points",
  "elasticity-response",
  "revenue-change",
  "market-intervention",
  "keynesian-multiplier",
  "exchange-rate",
  "gdp-deflator",
  "weighted-price-index",
]);

const rel = (value: number, r: number): Independent => ({ value, tolerance: r * Math.max(Math.abs(value), 1) });

const at = (curve: LinearCurve, price: number) => curve.intercept + curve.slope * price;
/** The price at which a linear curve gives quantity q (its inverse), read off by bisection rather than algebra. */
const priceAt = (curve: LinearCurve, q: number, maxPrice: number) => bisect((p) => at(curve, p) - q, -maxPrice, maxPrice);

/**
 * Total extra spending when an injection goes round the circular flow: each round, the fraction (1 − MPW)
 * of the last round's income is spent again on domestic output. Summed round by round until the rounds
 * are negligible, instead of using the closed form 1/MPW.
 */
function spendingRounds(injection: number, mpw: number): number {
  const respent = 1 - mpw;
  let round = injection;
  let total = 0;
  for (let i = 0; i < 100_000 && Math.abs(round) > 1e-16 * Math.max(1, Math.abs(total)); i++) {
    total += round;
    round *= respent;
  }
  return total;
}

export function independentEconomicsValue(check: EconomicsCheck): Independent {
  switch (check.kind) {
    case "elasticity-from-points": {
      // The elasticity e for which q1·(1 + e·%Δx/100) lands exactly on q2: a residual solved by bisection.
      const [x1, x2] = check.cause;
      const [q1, q2] = check.quantity;
      const e = bisect((k) => q1 * (1 + (k * (x2 - x1)) / x1) - q2, -100, 100);
      return rel(check.absolute ? Math.abs(e) : e, 1e-9);
    }
    case "elasticity-response": {
      const { elasticity: e, quantity: q } = check;
      if ("quantityAfterPriceChangePercent" in check.asked) {
        // Price indexed to 1 before the change; the new quantity is where the two-point elasticity equals e.
        const p2 = 1 + check.asked.quantityAfterPriceChangePercent / 100;
        return rel(
          bisect((Q) => (Q - q) / q - e * (p2 - 1), 0, 100 * q),
          1e-9,
        );
      }
      const target = check.asked.priceChangePercentToReach;
      // The indexed new price whose elasticity residual vanishes, then its distance from 1 as a percentage.
      const p2 = bisect((p) => (target - q) / q - e * (p - 1), 1e-9, 100);
      return rel((p2 - 1) * 100, 1e-9);
    }
    case "revenue-change": {
      const [p1, p2] = check.price;
      const q1 = check.quantity;
      const q2 = bisect((Q) => (Q - q1) / q1 - (check.ped * (p2 - p1)) / p1, 0, 100 * q1);
      // Split the change into a price effect on the new quantity and a quantity effect at the old price.
      return rel((p2 - p1) * q2 + p1 * (q2 - q1), 1e-9);
    }
    case "market-intervention": {
      const { demand, supply, perUnit: t } = check;
      const choke = -demand.intercept / demand.slope;
      const pe = bisect((p) => at(demand, p) - at(supply, p), 0, choke);
      // The price consumers pay: producers receive t less (tax) or t more (subsidy).
      const shift = check.intervention === "tax" ? -t : t;
      const pc = bisect((p) => at(demand, p) - at(supply, p + shift), 0, choke);
      const pp = pc + shift;
      const qe = at(demand, pe);
      const q = at(demand, pc);
      switch (check.asked) {
        case "government-revenue":
        case "government-spending":
          return rel(t * q, 1e-9);
        case "consumer-share":
          return rel(Math.abs(pc - pe) * q, 1e-9);
        case "producer-share":
          return rel(Math.abs(pp - pe) * q, 1e-9);
        case "welfare-loss": {
          // The area between the inverse demand and supply curves over the units the intervention removes or adds.
          const gap = (Q: number) => Math.abs(priceAt(demand, Q, 10 * choke) - priceAt(supply, Q, 10 * choke));
          return rel(simpson(gap, Math.min(q, qe), Math.max(q, qe), 200), 1e-8);
        }
      }
      break;
    }
    case "keynesian-multiplier": {
      const { mpw, asked } = check;
      if ("gdpChangeFromInjection" in asked) return rel(spendingRounds(asked.gdpChangeFromInjection, mpw), 1e-9);
      if ("injectionForGdpChange" in asked) {
        const y = asked.injectionForGdpChange;
        return rel(
          bisect((j) => spendingRounds(j, mpw) - y, Math.min(0, y), Math.max(0, y)),
          1e-9,
        );
      }
      // The MPC whose spending rounds turn the injection into the observed change in GDP.
      const { injection, gdpChange } = asked.mpcFrom;
      return rel(
        bisect((c) => spendingRounds(injection, 1 - c) - gdpChange, 0, 0.99),
        1e-9,
      );
    }
    case "exchange-rate": {
      // Everything through the inverse rates: units of currency A that one unit of B buys.
      const inverse = check.rates.map((rate) => 1 / rate);
      const [inv1, inv2] = inverse as [number, number | undefined];
      const { asked } = check;
      if ("convert" in asked) return rel(asked.from === "B" ? asked.convert * inv1 : asked.convert / inv1, 1e-10);
      if (inv2 === undefined) throw new Error("a change in the exchange rate needs two rates");
      if ("percentChangeInValueOf" in asked) {
        const sign = asked.as === "appreciation" ? 1 : -1;
        if (asked.percentChangeInValueOf === "B") return rel(sign * ((inv2 - inv1) / inv1) * 100, 1e-10);
        // The cost in A of a fixed bundle of B goods; A is worth more when that bundle costs less.
        const before = 1000 * inv1;
        const after = 1000 * inv2;
        return rel(sign * (before / after - 1) * 100, 1e-10);
      }
      const price = asked.priceChange;
      return rel(asked.fixedIn === "A" ? price / inv2 - price / inv1 : price * (inv2 - inv1), 1e-10);
    }
    case "gdp-deflator": {
      const { nominal, asked } = check;
      const [n1, n2] = nominal as [number, number | undefined];
      if ("realGdp" in asked) {
        // Real GDP is the output that, valued at the deflator's price level, gives the nominal figure.
        const d = asked.realGdp.deflator;
        return rel(
          bisect((real) => (real * d) / 100 - n1, 0, 100 * n1),
          1e-9,
        );
      }
      if (n2 === undefined) throw new Error("a growth rate needs two years of nominal GDP");
      const nominalGrowth = n2 / n1;
      // Growth factors divide: real = nominal / prices, and prices = nominal / real.
      if ("realGrowthPercent" in asked) {
        const [d1, d2] = asked.realGrowthPercent.deflators;
        return rel((nominalGrowth / (d2 / d1) - 1) * 100, 1e-9);
      }
      const [r1, r2] = asked.inflationPercent.real;
      return rel((nominalGrowth / (r2 / r1) - 1) * 100, 1e-9);
    }
    case "weighted-price-index": {
      const { items, asked } = check;
      // Recast the basket the other way: spending weights become the quantities they buy in year 0, and fixed
      // quantities become spending weights with each item's price relative.
      const cost = (year: number) => items.reduce((sum, item) => sum + (item.weight / (item.prices[0] as number)) * (item.prices[year] as number), 0);
      const relatives = (year: number, base: number) => {
        const spending = items.map((item) => item.weight * (item.prices[base] as number));
        const total = spending.reduce((a, b) => a + b, 0);
        return items.reduce((sum, item, i) => sum + ((spending[i] as number) / total) * ((item.prices[year] as number) / (item.prices[base] as number)), 0);
      };
      const ratio = (year: number, base: number) => (check.weighting === "weights" ? cost(year) / cost(base) : relatives(year, base));
      if ("index" in asked) return rel(ratio(asked.index.year, asked.index.base) * 100, 1e-10);
      return rel((ratio(asked.inflationPercent.to, asked.inflationPercent.from) - 1) * 100, 1e-10);
    }
  }
  throw new Error(`unknown economics check ${(check as { kind: string }).kind}`);
}
