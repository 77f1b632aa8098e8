/**
 * The data behind the Mathematics: applications and interpretation generators (statistics, financial
 * mathematics with the TVM solver, and triangle / Voronoi geometry), from which independent-statistics.ts
 * recomputes each answer by a different route. `expected` is the generator's unrounded answer. Money is in
 * currency units, rates are nominal annual percentages, lengths in the units of the stem, angles in degrees.
 */
export type StatisticsCheck =
  /** Raw data when `frequencies` is null; otherwise mid-interval values with their class frequencies. */
  | { kind: "summary-statistics"; values: number[]; frequencies: number[] | null; asked: "mean" | "sd" | "iqr" | "outlier-count"; expected: number }
  | {
      kind: "normal-in-context";
      mean: number;
      sd: number;
      /** An interval (null for an open end) times `count` items (1 for a probability), or the value with a given area below it. */
      asked: { lower: number | null; upper: number | null; count: number } | { areaBelow: number };
      expected: number;
    }
  | { kind: "bivariate-regression"; x: number[]; y: number[]; asked: "r" | "gradient" | { predictAt: number }; expected: number }
  /** A loan repaid by equal payments at the end of each period, interest compounded once a period. */
  | {
      kind: "loan-repayment";
      principal: number;
      annualRatePercent: number;
      periodsPerYear: number;
      asked: { paymentOver: number } | { balanceAfter: number; payment: number } | { paymentsToRepay: number };
      expected: number;
    }
  /** Deposits (or withdrawals) at the end of each period, interest compounded once a period. */
  | {
      kind: "annuity";
      periodsPerYear: number;
      periods: number;
      asked:
        | { futureValueOf: { initial: number; payment: number; annualRatePercent: number } }
        | { paymentToReach: { initial: number; target: number; annualRatePercent: number } }
        | { rateToReach: { initial: number; payment: number; target: number } }
        | { presentValueOf: { withdrawal: number; annualRatePercent: number } };
      expected: number;
    }
  | {
      kind: "depreciation";
      initial: number;
      asked: { valueAfter: number; ratePercent: number } | { rateFrom: { years: number; value: number } } | { yearsBelow: number; ratePercent: number };
      expected: number;
    }
  /** Triangle ABC with the usual labels: side a opposite angle A, and so on. */
  | {
      kind: "triangle-solution";
      given: { b: number; c: number; angleA: number } | { a: number; b: number; c: number } | { a: number; angleA: number; angleB: number };
      asked: "side-a" | "area" | "angle-A" | "side-b";
      expected: number;
    }
  | {
      kind: "voronoi-sites";
      sites: [number, number][];
      /** Two sites: the y-intercept of their perpendicular bisector; three: the distance from the vertex to each site. */
      asked: "bisector-intercept" | "vertex-distance";
      expected: number;
    };

const statisticsKinds = new Set<string>([
  "summary-statistics",
  "normal-in-context",
  "bivariate-regression",
  "loan-repayment",
  "annuity",
  "depreciation",
  "triangle-solution",
  "voronoi-sites",
]);

export function isStatisticsCheck<C extends { kind: string }>(check: C): check is Extract<C, StatisticsCheck> {
  return statisticsKinds.has(check.kind);
}
