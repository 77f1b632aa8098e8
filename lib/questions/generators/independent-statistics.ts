import type { Independent } from "./independent-maths";
import { bisect, simpson } from "./numerical-methods";
import type { StatisticsCheck } from "./statistics-check";

const rel = (value: number, r: number): Independent => ({ value, tolerance: r * Math.max(Math.abs(value), 1) });
const exact = (value: number): Independent => ({ value, tolerance: 0 });
const rad = Math.PI / 180;

/**
 * Recomputes a Maths AI answer by a route the generator does not take: statistics from the expanded raw
 * list (two-pass variance, order statistics by counting instead of sorting), probabilities by integrating
 * the normal density, least squares through the normal equations, money by simulating the account period
 * by period, and triangles and Voronoi vertices from coordinates.
 */
export function independentStatisticsValue(check: StatisticsCheck): Independent {
  switch (check.kind) {
    case "summary-statistics":
      return summaryStatistic(check);
    case "normal-in-context": {
      const { mean, sd } = check;
      const pdf = (x: number) => Math.exp(-(((x - mean) / sd) ** 2) / 2) / (sd * Math.sqrt(2 * Math.PI));
      const far = 12 * sd;
      if ("areaBelow" in check.asked) {
        const target = check.asked.areaBelow;
        // The value with that area to its left: bisection on the integrated density.
        const k = bisect((x) => simpson(pdf, mean - far, x, 4000) - target, mean - 6 * sd, mean + 6 * sd);
        return rel(k, 1e-9);
      }
      const { lower, upper, count } = check.asked;
      return { value: count * simpson(pdf, lower ?? mean - far, upper ?? mean + far, 20_000), tolerance: 1e-10 * count };
    }
    case "bivariate-regression":
      return regression(check);
    case "loan-repayment": {
      const i = check.annualRatePercent / 100 / check.periodsPerYear;
      const owedAfter = (payment: number, periods: number) => {
        let owed = check.principal;
        for (let n = 0; n < periods; n++) owed = owed + owed * i - payment;
        return owed;
      };
      const { asked } = check;
      if ("paymentOver" in asked)
        return rel(
          bisect((p) => owedAfter(p, asked.paymentOver), 0, check.principal * (1 + i)),
          1e-10,
        );
      if ("balanceAfter" in asked) return rel(owedAfter(asked.payment, asked.balanceAfter), 1e-10);
      let owed = check.principal;
      let payments = 0;
      while (owed > 0) {
        owed = owed + owed * i - asked.paymentsToRepay;
        payments++;
        if (payments > 10_000) throw new Error("the payment never clears the loan");
      }
      return exact(payments);
    }
    case "annuity":
      return annuity(check);
    case "depreciation": {
      const valueAfter = (ratePercent: number, years: number) => {
        let value = check.initial;
        for (let y = 0; y < years; y++) value -= (value * ratePercent) / 100;
        return value;
      };
      const { asked } = check;
      if ("valueAfter" in asked) return rel(valueAfter(asked.ratePercent, asked.valueAfter), 1e-12);
      if ("rateFrom" in asked) {
        const { years, value } = asked.rateFrom;
        return rel(
          bisect((rate) => valueAfter(rate, years) - value, 0, 100),
          1e-10,
        );
      }
      let value = check.initial;
      let years = 0;
      while (value >= asked.yearsBelow) {
        value -= (value * asked.ratePercent) / 100;
        years++;
      }
      return exact(years);
    }
    case "triangle-solution":
      return triangle(check);
    case "voronoi-sites": {
      const d2 = ([x1, y1]: [number, number], [x2, y2]: [number, number]) => (x1 - x2) ** 2 + (y1 - y2) ** 2;
      if (check.asked === "bisector-intercept") {
        const [A, B] = check.sites as [[number, number], [number, number]];
        // The point (0, c) on the y-axis that is equally far from both sites.
        return rel(
          bisect((c) => d2([0, c], A) - d2([0, c], B), -1e4, 1e4),
          1e-10,
        );
      }
      // Circumradius R = abc / (4K), with the area K from the shoelace formula: no vertex is ever located.
      const [P, Q, S] = check.sites as [[number, number], [number, number], [number, number]];
      const area = Math.abs(P[0] * (Q[1] - S[1]) + Q[0] * (S[1] - P[1]) + S[0] * (P[1] - Q[1])) / 2;
      return rel((Math.sqrt(d2(P, Q)) * Math.sqrt(d2(Q, S)) * Math.sqrt(d2(S, P))) / (4 * area), 1e-10);
    }
  }
}

/** The k-th smallest (1-based) value, found by counting rather than sorting. */
function kthSmallest(values: number[], k: number): number {
  for (const v of values) {
    const below = values.filter((x) => x < v).length;
    const atMost = values.filter((x) => x <= v).length;
    if (below < k && k <= atMost) return v;
  }
  throw new Error(`no ${k}th value among ${values.length}`);
}

/** Median of the values in 1-based ranks from..to (inclusive), by counting. */
function medianOfRanks(values: number[], from: number, to: number): number {
  const size = to - from + 1;
  const middle = from + (size - 1) / 2;
  return Number.isInteger(middle) ? kthSmallest(values, middle) : (kthSmallest(values, Math.floor(middle)) + kthSmallest(values, Math.ceil(middle))) / 2;
}

function summaryStatistic(check: Extract<StatisticsCheck, { kind: "summary-statistics" }>): Independent {
  const list = check.frequencies === null ? check.values : check.values.flatMap((v, i) => Array<number>(check.frequencies?.[i] ?? 0).fill(v));
  const n = list.length;
  let total = 0;
  for (const x of list) total += x;
  const mean = total / n;
  if (check.asked === "mean") return rel(mean, 1e-12);
  if (check.asked === "sd") {
    let squares = 0;
    for (const x of list) squares += (x - mean) ** 2;
    return rel(Math.sqrt(squares / n), 1e-10);
  }
  // Each half holds floor(n/2) values: for odd n the middle value is in neither.
  const half = Math.floor(n / 2);
  const q1 = medianOfRanks(list, 1, half);
  const q3 = medianOfRanks(list, n - half + 1, n);
  const iqr = q3 - q1;
  if (check.asked === "iqr") return exact(iqr);
  return exact(list.filter((x) => x < q1 - 1.5 * iqr || x > q3 + 1.5 * iqr).length);
}

function regression(check: Extract<StatisticsCheck, { kind: "bivariate-regression" }>): Independent {
  const { x, y } = check;
  const n = x.length;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  x.forEach((xi, i) => {
    const yi = y[i] as number;
    sx += xi;
    sy += yi;
    sxx += xi * xi;
    sxy += xi * yi;
  });
  // Normal equations of least squares, [n sx; sx sxx][c; m] = [sy; sxy], by Gaussian elimination.
  const factor = sx / n;
  const m = (sxy - factor * sy) / (sxx - factor * sx);
  const c = (sy - sx * m) / n;
  if (check.asked === "gradient") return rel(m, 1e-9);
  if (typeof check.asked === "object") return rel(m * check.asked.predictAt + c, 1e-9);
  // r from the share of the variation the line explains: r² = 1 - SSE/SST, with the sign of the gradient.
  const yMean = sy / n;
  let sse = 0;
  let sst = 0;
  x.forEach((xi, i) => {
    const yi = y[i] as number;
    sse += (yi - (m * xi + c)) ** 2;
    sst += (yi - yMean) ** 2;
  });
  return rel(Math.sign(m) * Math.sqrt(1 - sse / sst), 1e-9);
}

function annuity(check: Extract<StatisticsCheck, { kind: "annuity" }>): Independent {
  const { periods, periodsPerYear, asked } = check;
  /** The balance after `periods` periods, each adding interest and then `flow` (negative for a withdrawal). */
  const simulate = (start: number, flow: number, ratePercent: number) => {
    const i = ratePercent / 100 / periodsPerYear;
    let balance = start;
    for (let n = 0; n < periods; n++) balance = balance + balance * i + flow;
    return balance;
  };
  if ("futureValueOf" in asked) {
    const { initial, payment, annualRatePercent } = asked.futureValueOf;
    return rel(simulate(initial, payment, annualRatePercent), 1e-10);
  }
  if ("paymentToReach" in asked) {
    const { initial, target, annualRatePercent } = asked.paymentToReach;
    return rel(
      bisect((p) => simulate(initial, p, annualRatePercent) - target, 0, target),
      1e-9,
    );
  }
  if ("rateToReach" in asked) {
    const { initial, payment, target } = asked.rateToReach;
    return rel(
      bisect((rate) => simulate(initial, payment, rate) - target, 1e-6, 50),
      1e-8,
    );
  }
  const { withdrawal, annualRatePercent } = asked.presentValueOf;
  return rel(
    bisect((pv) => simulate(pv, -withdrawal, annualRatePercent), 0, withdrawal * periods),
    1e-9,
  );
}

function triangle(check: Extract<StatisticsCheck, { kind: "triangle-solution" }>): Independent {
  const { given } = check;
  if ("angleA" in given && "c" in given) {
    // A at the origin, B on the x-axis, C at distance b from A along the direction of angle A.
    const B = [given.c, 0] as const;
    const C = [given.b * Math.cos(given.angleA * rad), given.b * Math.sin(given.angleA * rad)] as const;
    if (check.asked === "side-a") return rel(Math.hypot(C[0] - B[0], C[1] - B[1]), 1e-10);
    // Shoelace formula for the area of the triangle (0, 0), B, C.
    return rel(Math.abs(B[0] * C[1] - C[0] * B[1]) / 2, 1e-10);
  }
  if ("c" in given) {
    // Swing C round A at distance b until it is exactly a from B: |BC| grows with the angle at A.
    const { a, b, c } = given;
    const t = bisect((angle) => Math.hypot(b * Math.cos(angle) - c, b * Math.sin(angle)) - a, 0, Math.PI);
    return rel(t / rad, 1e-10);
  }
  // Angles A and B on a base AB of length 1: intersect the two rays for C, then scale so that BC = a.
  const { a, angleA, angleB } = given;
  const [ux, uy] = [Math.cos(angleA * rad), Math.sin(angleA * rad)];
  const [vx, vy] = [-Math.cos(angleB * rad), Math.sin(angleB * rad)];
  // t·u = (1, 0) + s·v  →  solve the 2 × 2 system for t (along AC) and s (along BC).
  const det = ux * -vy - uy * -vx;
  const t = (1 * -vy - 0 * -vx) / det;
  const s = (ux * 0 - uy * 1) / det;
  return rel((t * a) / s, 1e-10);
}
