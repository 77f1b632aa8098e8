import { bisect, centralDifference, simpson } from "./numerical-methods";
import type { MathsCheck } from "./question-generator";

/** An answer recomputed by a different method, and how far the method itself may be off (absolute). */
export type Independent = { value: number; tolerance: number };

const rel = (value: number, r: number, floor = 1): Independent => ({ value, tolerance: r * Math.max(Math.abs(value), floor) });

/** Sums c·x^i term by term (deliberately not Horner, which the generators use). */
const polynomial = (coefficients: number[]) => (x: number) => coefficients.reduce((sum, c, i) => sum + c * Math.pow(x, i), 0);

export function independentMathsValue(check: Exclude<MathsCheck, { kind: "derivative-expression" }>): Independent {
  switch (check.kind) {
    case "derivative-at-point":
      return rel(centralDifference(polynomial(check.coefficients), check.x0), 1e-7);
    case "definite-integral":
      // Simpson's rule is exact for cubics, so only rounding error remains.
      return rel(simpson(polynomial(check.coefficients), check.lower, check.upper, 1000), 1e-9);
    case "volume-of-revolution": {
      const f = polynomial(check.coefficients);
      return rel(
        simpson((x) => Math.PI * f(x) ** 2, check.lower, check.upper, 4000),
        1e-9,
      );
    }
    case "arithmetic-sequence": {
      const [a, b] = check.knownTerms as [{ index: number; value: number }, { index: number; value: number }];
      const d = (b.value - a.value) / (b.index - a.index);
      // Walk back to u1, then forwards term by term, confirming the second given term on the way.
      let u1 = a.value;
      for (let i = a.index; i > 1; i--) u1 -= d;
      let term = u1;
      let sum = 0;
      let nth = Number.NaN;
      for (let i = 1; i <= Math.max(check.n, b.index); i++) {
        if (i === b.index && Math.abs(term - b.value) > 1e-9) throw new Error("given terms are not arithmetic");
        if (i <= check.n) sum += term;
        if (i === check.n) nth = term;
        term += d;
      }
      return rel(check.asked === "sum" ? sum : nth, 1e-12);
    }
    case "geometric-series": {
      let term = check.firstTerm;
      let sum = 0;
      for (let i = 0; i < check.n; i++) {
        sum += term;
        term *= check.ratio;
      }
      return rel(sum, 1e-10);
    }
    case "compound-interest": {
      const perPeriod = check.annualRatePercent / 100 / check.periodsPerYear;
      let value = check.principal;
      if ("valueAfterYears" in check.asked) {
        for (let i = 0; i < check.asked.valueAfterYears * check.periodsPerYear; i++) value += value * perPeriod;
        return rel(value, 1e-10);
      }
      let years = 0;
      while (value <= check.asked.wholeYearsToExceed) {
        for (let i = 0; i < check.periodsPerYear; i++) value += value * perPeriod;
        years++;
      }
      return { value: years, tolerance: 0 };
    }
    case "logarithm-equation": {
      const [p, q] = check.offsets;
      const g = (x: number) => (Math.log(x + p) + Math.log(x + q)) / Math.log(check.base) - check.rhs;
      // g increases on its whole domain x > max(-p, -q), so one bracket finds the only root.
      const lo = Math.max(-p, -q);
      return rel(bisect(g, lo + 1e-12, lo + check.base ** check.rhs + 10), 1e-9);
    }
    case "binomial-expansion": {
      let coefficients = [1];
      for (let i = 0; i < check.n; i++) {
        const next = new Array<number>(coefficients.length + check.termPower).fill(0);
        coefficients.forEach((c, j) => {
          next[j] = (next[j] as number) + c * check.constant;
          next[j + check.termPower] = (next[j + check.termPower] as number) + c * check.xCoefficient;
        });
        coefficients = next;
      }
      return { value: coefficients[check.power] ?? 0, tolerance: 0 };
    }
    case "binomial-distribution": {
      // Every one of the 2^n success/failure sequences, weighted by its probability.
      let total = 0;
      for (let mask = 0; mask < 2 ** check.n; mask++) {
        let probability = 1;
        let successes = 0;
        for (let i = 0; i < check.n; i++) {
          const success = (mask >> i) & 1;
          successes += success;
          probability *= success ? check.p : 1 - check.p;
        }
        if (successes >= check.lower && successes <= check.upper) total += probability;
      }
      return { value: total, tolerance: 1e-12 };
    }
    case "normal-distribution": {
      const { mean, sd } = check;
      const pdf = (x: number) => Math.exp(-(((x - mean) / sd) ** 2) / 2) / (sd * Math.sqrt(2 * Math.PI));
      return { value: simpson(pdf, check.lower ?? mean - 12 * sd, check.upper ?? mean + 12 * sd, 20000), tolerance: 1e-10 };
    }
    case "conditional-probability": {
      // A population of 10 000 split exactly by the (two-decimal) probabilities, counted person by person.
      const size = 10_000;
      const count = (p: number, of: number) => {
        const c = Math.round(p * of);
        if (Math.abs(c - p * of) > 1e-6) throw new Error("population too small for these probabilities");
        return c;
      };
      const inA = count(check.pA, size);
      const bInA = count(check.pBGivenA, inA);
      const bInNotA = count(check.pBGivenNotA, size - inA);
      let givenCount = 0;
      let aAndGiven = 0;
      for (let person = 0; person < size; person++) {
        const a = person < inA;
        const b = a ? person < bInA : person - inA < bInNotA;
        const given = check.asked === "A|B" ? b : !b;
        if (given) givenCount++;
        if (given && a) aAndGiven++;
      }
      return { value: aAndGiven / givenCount, tolerance: 1e-12 };
    }
  }
}
