/**
 * The economics behind a generated Economics question, described as data so that independent-economics.ts
 * can recompute the answer by a different route. `expected` is the generator's unrounded answer. Money is
 * in the stem's currency (GDP and injections in billions of it), percentages are percent numbers (5 = 5%).
 */

/** A straight line Q = intercept + slope·P (demand has a negative slope, supply a positive one). */
export type LinearCurve = { intercept: number; slope: number };

export type EconomicsCheck =
  /** PED, YED or PES from two observations: the cause (price or income) and the quantity, before and after. */
  | {
      kind: "elasticity-from-points";
      measure: "PED" | "YED" | "PES";
      cause: [number, number];
      quantity: [number, number];
      /** The stem asks for the value without its sign (PED). */
      absolute: boolean;
      expected: number;
    }
  /** A known (constant-over-the-change) elasticity applied to a change: the new quantity, or the % change in price needed. */
  | {
      kind: "elasticity-response";
      elasticity: number;
      quantity: number;
      asked: { quantityAfterPriceChangePercent: number } | { priceChangePercentToReach: number };
      expected: number;
    }
  /** Change in total revenue when the price moves from price[0] to price[1] and quantity responds with the given PED. */
  | { kind: "revenue-change"; ped: number; price: [number, number]; quantity: number; expected: number }
  /** A per-unit tax (supply shifts up) or subsidy (supply shifts down) in a linear market. */
  | {
      kind: "market-intervention";
      demand: LinearCurve;
      supply: LinearCurve;
      intervention: "tax" | "subsidy";
      perUnit: number;
      asked: "government-revenue" | "government-spending" | "consumer-share" | "producer-share" | "welfare-loss";
      expected: number;
    }
  /** The multiplier 1/MPW; `mpw` is 1 − MPC, or MPS + MPT + MPM. */
  | {
      kind: "keynesian-multiplier";
      mpw: number;
      asked: { gdpChangeFromInjection: number } | { injectionForGdpChange: number } | { mpcFrom: { injection: number; gdpChange: number } };
      expected: number;
    }
  /** Rates are units of currency B per unit of currency A. */
  | {
      kind: "exchange-rate";
      rates: [number] | [number, number];
      asked:
        | { convert: number; from: "A" | "B" }
        /** The stem asks for the size of an appreciation or a depreciation, so `expected` is positive. */
        | { percentChangeInValueOf: "A" | "B"; as: "appreciation" | "depreciation" }
        /** A price fixed in one currency, and the change in its price in the other when the rate moves. */
        | { priceChange: number; fixedIn: "A" | "B" };
      expected: number;
    }
  /** Nominal GDP with either the deflator or real GDP, for one year or two consecutive years. */
  | {
      kind: "gdp-deflator";
      nominal: number[];
      asked: { realGdp: { deflator: number } } | { realGrowthPercent: { deflators: [number, number] } } | { inflationPercent: { real: [number, number] } };
      expected: number;
    }
  /**
   * A basket of items priced in years 0, 1, 2...: `weight` is each item's share of spending in year 0 ("weights")
   * or the fixed quantity bought ("quantities"). Indices have year 0 = 100 unless `base` says otherwise.
   */
  | {
      kind: "weighted-price-index";
      weighting: "weights" | "quantities";
      items: { weight: number; prices: number[] }[];
      asked: { index: { year: number; base: number } } | { inflationPercent: { from: number; to: number } };
      expected: number;
    };
