import { annuitySavings } from "./annuity-savings";
import { arithmeticSequence } from "./arithmetic-sequence";
import { binomialExpansion } from "./binomial-expansion";
import { binomialProbability } from "./binomial-probability";
import { bondEnthalpies } from "./bond-enthalpies";
import { calorimetry } from "./calorimetry";
import { chemGasLaws } from "./chem-gas-laws";
import { compoundInterest } from "./compound-interest";
import { conditionalProbability } from "./conditional-probability";
import { decayConstant } from "./decay-constant";
import { definiteIntegral } from "./definite-integral";
import { depreciation } from "./depreciation";
import { derivativeAtPoint } from "./derivative-at-point";
import { derivativeExpression } from "./derivative-expression";
import { exchangeRate } from "./exchange-rate";
import { equilibriumConstant } from "./equilibrium-constant";
import { descriptiveStatistics } from "./descriptive-statistics";
import { geometricSeries } from "./geometric-series";
import { gravitationalField } from "./gravitational-field";
import { hessLaw } from "./hess-law";
import { idealGas } from "./ideal-gas";
import { indirectTaxSubsidy } from "./indirect-tax-subsidy";
import { keynesianMultiplier } from "./keynesian-multiplier";
import { linearRegression } from "./linear-regression";
import { loanAmortisation } from "./loan-amortisation";
import { logarithmEquation } from "./logarithm-equation";
import { momentumCollision } from "./momentum-collision";
import { normalInContext } from "./normal-in-context";
import { normalProbability } from "./normal-probability";
import { priceElasticityDemand } from "./price-elasticity-demand";
import { priceElasticitySupply } from "./price-elasticity-supply";
import { projectileMotion } from "./projectile-motion";
import type { GeneratedQuestion, QuestionGenerator } from "./question-generator";
import { radioactiveDecay } from "./radioactive-decay";
import { realGdp } from "./real-gdp";
import { reactingMasses } from "./reacting-masses";
import { resistorCircuit } from "./resistor-circuit";
import { strongAcidBasePh } from "./strong-acid-base-ph";
import { suvatKinematics } from "./suvat-kinematics";
import { triangleTrigonometry } from "./triangle-trigonometry";
import { volumeOfRevolution } from "./volume-of-revolution";
import { voronoiSites } from "./voronoi-sites";
import { waveSpeed } from "./wave-speed";
import { weightedPriceIndex } from "./weighted-price-index";
import { weakAcidBufferPh } from "./weak-acid-buffer-ph";
import { workEnergyPower } from "./work-energy-power";

export const questionGenerators: readonly QuestionGenerator[] = [
  // Mathematics: analysis and approaches
  arithmeticSequence,
  geometricSeries,
  compoundInterest,
  logarithmEquation,
  binomialExpansion,
  conditionalProbability,
  binomialProbability,
  normalProbability,
  derivativeAtPoint,
  derivativeExpression,
  definiteIntegral,
  volumeOfRevolution,
  // Physics
  suvatKinematics,
  projectileMotion,
  momentumCollision,
  workEnergyPower,
  idealGas,
  resistorCircuit,
  waveSpeed,
  gravitationalField,
  radioactiveDecay,
  decayConstant,
  // Economics
  priceElasticityDemand,
  priceElasticitySupply,
  indirectTaxSubsidy,
  keynesianMultiplier,
  exchangeRate,
  realGdp,
  weightedPriceIndex,
  // Chemistry
  reactingMasses,
  chemGasLaws,
  strongAcidBasePh,
  weakAcidBufferPh,
  calorimetry,
  hessLaw,
  bondEnthalpies,
  equilibriumConstant,
  // Mathematics: applications and interpretation
  descriptiveStatistics,
  normalInContext,
  linearRegression,
  depreciation,
  loanAmortisation,
  annuitySavings,
  triangleTrigonometry,
  voronoiSites,
];

export function getQuestionGenerator(id: string): QuestionGenerator {
  const generator = questionGenerators.find((g) => g.id === id);
  if (!generator) throw new Error(`unknown question generator "${id}"`);
  return generator;
}

/** `count` questions from consecutive seeds startSeed, startSeed + 1, ... (keys gen-<id>-<seed>). */
export function generateQuestions(generatorId: string, count: number, startSeed = 0): GeneratedQuestion[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const generator = getQuestionGenerator(generatorId);
  return Array.from({ length: count }, (_, i) => generator.generate(startSeed + i));
}
