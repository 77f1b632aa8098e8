import type { Level } from "@/lib/catalog/catalog-input";
import type { QuestionInput } from "@/lib/questions/question-input";
import type { EconomicsCheck } from "./economics-check";
import type { ChemistryCheck } from "./chemistry-check";
import type { StatisticsCheck } from "./statistics-check";

/** How the stored numeric answer was rounded from the exact value, so a checker can allow for it. */
export type Rounding = { mode: "exact" } | { mode: "sigFigs"; digits: number } | { mode: "decimalPlaces"; digits: number };

/** One term c·x^p of a function built from powers of x (p may be negative). */
export type PowerTerm = { coefficient: number; power: number };

/**
 * The mathematics behind a generated question, described as data so that check-generated-answer.ts can
 * recompute the answer by an independent method. `expected` is the generator's unrounded answer.
 * Polynomial `coefficients[i]` multiplies x^i. Physics quantities are in SI base units.
 */
export type MathsCheck =
  | { kind: "derivative-at-point"; coefficients: number[]; x0: number; expected: number }
  | { kind: "derivative-expression"; terms: PowerTerm[]; expectedTerms: PowerTerm[] }
  | { kind: "definite-integral"; coefficients: number[]; lower: number; upper: number; expected: number }
  | { kind: "volume-of-revolution"; coefficients: number[]; lower: number; upper: number; expected: number }
  | { kind: "arithmetic-sequence"; knownTerms: { index: number; value: number }[]; n: number; asked: "term" | "sum"; expected: number }
  | { kind: "geometric-series"; firstTerm: number; ratio: number; n: number; expected: number }
  | {
      kind: "compound-interest";
      principal: number;
      annualRatePercent: number;
      periodsPerYear: number;
      asked: { valueAfterYears: number } | { wholeYearsToExceed: number };
      expected: number;
    }
  | { kind: "logarithm-equation"; base: number; offsets: [number, number]; rhs: number; expected: number }
  /** Coefficient of x^power in (constant + xCoefficient·x^termPower)^n. */
  | { kind: "binomial-expansion"; constant: number; xCoefficient: number; termPower: number; n: number; power: number; expected: number }
  | { kind: "binomial-distribution"; n: number; p: number; lower: number; upper: number; expected: number }
  | { kind: "normal-distribution"; mean: number; sd: number; lower: number | null; upper: number | null; expected: number }
  | { kind: "conditional-probability"; pA: number; pBGivenA: number; pBGivenNotA: number; asked: "A|B" | "A|notB"; expected: number };

export type PhysicsCheck =
  | {
      kind: "uniform-acceleration";
      initialVelocity: number;
      acceleration: number;
      until: { time: number } | { displacement: number };
      asked: "displacement" | "velocity";
      expected: number;
    }
  | { kind: "projectile"; speed: number; angleDeg: number; launchHeight: number; g: number; asked: "range" | "max-height" | "flight-time"; expected: number }
  | { kind: "collision"; m1: number; u1: number; m2: number; u2: number; v1: number | null; asked: "final-velocity" | "kinetic-energy-loss"; expected: number }
  | { kind: "incline-slide"; mass: number; height: number; angleDeg: number; initialSpeed: number; friction: number; g: number; expected: number }
  | { kind: "lift-power"; mass: number; height: number; time: number; efficiency: number; g: number; expected: number }
  | { kind: "ideal-gas-amount"; pressure: number; volume: number; celsius: number; R: number; expected: number }
  | { kind: "gas-change"; p1: number; v1: number; celsius1: number; v2: number; celsius2: number; expected: number }
  | {
      kind: "circuit";
      emf: number;
      internalResistance: number;
      seriesResistance: number;
      parallel: [number, number];
      asked: "current" | "terminal-pd" | "branch-current";
      expected: number;
    }
  | {
      kind: "wave";
      given: { crestSpacing: number; oscillations: number; time: number } | { speed: number; frequency: number };
      asked: "speed" | "wavelength";
      expected: number;
    }
  | {
      kind: "gravitation";
      planetMass: number;
      planetRadius: number;
      altitude: number;
      G: number;
      asked: "field-strength" | "orbital-speed" | "orbital-period";
      expected: number;
    }
  | { kind: "radioactive-decay"; initial: number; halfLife: number; asked: { remainingAfter: number } | { timeToReach: number }; expected: number };

export type GeneratorCheck = (MathsCheck | PhysicsCheck | EconomicsCheck | ChemistryCheck | StatisticsCheck) & { rounding: Rounding };

type NumericQuestionInput = Extract<QuestionInput, { type: "NUMERIC" }>;
type WrittenQuestionInput = Extract<QuestionInput, { type: "WRITTEN" }>;

/** A QuestionInput (zod strips `check` on parse) plus the data needed to verify its answer independently. */
export type GeneratedQuestion = (NumericQuestionInput | WrittenQuestionInput) & { check: GeneratorCheck };

export type QuestionGenerator = {
  /** Kebab-case, stable: it is part of every generated key (`gen-${id}-${seed}`). */
  id: string;
  subject: "math-aa" | "physics" | "economics" | "chemistry" | "math-ai";
  topicCode: string;
  levels: Level[];
  title: string;
  /** Pure: the same seed always gives the same question. */
  generate(seed: number): GeneratedQuestion;
};
