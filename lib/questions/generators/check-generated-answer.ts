import type { EconomicsCheck } from "./economics-check";
import { economicsKinds, independentEconomicsValue } from "./independent-economics";
import { chemistryKinds, type ChemistryCheck } from "./chemistry-check";
import { independentChemistryValue } from "./independent-chemistry";
import { independentMathsValue, type Independent } from "./independent-maths";
import { independentPhysicsValue } from "./independent-physics";
import { independentStatisticsValue } from "./independent-statistics";
import { centralDifference } from "./numerical-methods";
import type { GeneratedQuestion, GeneratorCheck, PhysicsCheck, PowerTerm, Rounding } from "./question-generator";
import { isStatisticsCheck, type StatisticsCheck } from "./statistics-check";

export type CheckResult = { ok: boolean; independent: number | null; stored: number | null; message: string };

const physicsKinds = new Set<string>([
  "uniform-acceleration",
  "projectile",
  "collision",
  "incline-slide",
  "lift-power",
  "ideal-gas-amount",
  "gas-change",
  "circuit",
  "wave",
  "gravitation",
  "radioactive-decay",
]);

/**
 * Recomputes a generated question's answer from its `check` data by a method independent of the
 * generator (numerical calculus, enumeration, simulation, residuals) and compares it with the stored
 * answer, allowing for the stated rounding and the numerical method's own error.
 */
export function checkGeneratedAnswer(question: GeneratedQuestion): CheckResult {
  const check = question.check;
  if (check.kind === "derivative-expression") return checkDerivativeExpression(question, check.terms, check.expectedTerms);
  if (question.type !== "NUMERIC") return fail(`a ${check.kind} check needs a NUMERIC question`);
  let independent: Independent;
  try {
    independent = isStatisticsCheck(check)
      ? independentStatisticsValue(check)
      : economicsKinds.has(check.kind)
        ? independentEconomicsValue(check as EconomicsCheck & GeneratorCheck)
        : chemistryKinds.has(check.kind)
          ? independentChemistryValue(check as ChemistryCheck & GeneratorCheck)
          : physicsKinds.has(check.kind)
            ? independentPhysicsValue(check as PhysicsCheck & GeneratorCheck)
            : independentMathsValue(
                check as Exclude<GeneratorCheck, PhysicsCheck | EconomicsCheck | ChemistryCheck | StatisticsCheck | { kind: "derivative-expression" }>,
              );
  } catch (error) {
    return fail(`independent method failed: ${(error as Error).message}`);
  }
  const stored = question.numericAnswer.value;
  const { value, tolerance } = independent;
  const expected = check.expected;
  if (Math.abs(expected - value) > tolerance + 1e-12) {
    return { ok: false, independent: value, stored, message: `generator's unrounded answer ${expected} differs from independent ${value}` };
  }
  const allowance = roundingAllowance(stored, value, check.rounding) + tolerance;
  // The tiny relative slack absorbs binary floating point at an exact rounding boundary.
  const ok = Math.abs(stored - value) <= allowance * (1 + 1e-9) + 1e-12;
  return { ok, independent: value, stored, message: ok ? "ok" : `stored ${stored} is not ${value} rounded as ${JSON.stringify(check.rounding)}` };
}

/** Largest honest gap between an exact value and its rounded form. */
export function roundingAllowance(stored: number, exact: number, rounding: Rounding): number {
  if (rounding.mode === "exact") return 0;
  if (rounding.mode === "decimalPlaces") return 0.5 * 10 ** -rounding.digits;
  const magnitude = Math.max(Math.abs(stored), Math.abs(exact));
  return magnitude === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(magnitude)) - rounding.digits + 1);
}

function fail(message: string): CheckResult {
  return { ok: false, independent: null, stored: null, message };
}

const evaluateTerms = (terms: PowerTerm[], x: number) => terms.reduce((sum, t) => sum + t.coefficient * Math.pow(x, t.power), 0);

/** The expected derivative must match a numerical derivative of f at several points away from x = 0. */
function checkDerivativeExpression(question: GeneratedQuestion, terms: PowerTerm[], expectedTerms: PowerTerm[]): CheckResult {
  if (question.type !== "WRITTEN") return fail("a derivative-expression check needs a WRITTEN question");
  for (const x of [0.7, 1.3, 2.2, -1.6, -0.9]) {
    const numerical = centralDifference((t) => evaluateTerms(terms, t), x, 1e-3);
    const claimed = evaluateTerms(expectedTerms, x);
    if (Math.abs(numerical - claimed) > 1e-6 * Math.max(1, Math.abs(numerical))) {
      return { ok: false, independent: numerical, stored: claimed, message: `f'(${x}): expected expression gives ${claimed}, numerically ${numerical}` };
    }
  }
  return { ok: true, independent: null, stored: null, message: "ok" };
}
