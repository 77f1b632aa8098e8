/**
 * The chemistry behind a generated question, as data for independent-chemistry.ts to recompute the answer
 * by another route. Raw data only, as the stem gives it: masses in g, volumes of solution in cm^3, gas
 * volumes in dm^3, pressures in kPa, temperatures in °C, enthalpies in kJ mol^-1. `expected` is the
 * generator's unrounded answer.
 */

/** Atoms in one formula unit: CaCO3 is { Ca: 1, C: 1, O: 3 }. */
export type ElementCounts = Record<string, number>;

/** A species in a balanced equation: its formula and its (positive) stoichiometric coefficient. */
export type ReactionSpecies = { formula: ElementCounts; coefficient: number };

/** An amount given as a mass of substance or as a volume of solution of known concentration (mol dm^-3). */
export type GivenAmount = { reactant: number; mass: number } | { reactant: number; concentration: number; volumeCm3: number };

/** A volume of solution with its concentration (mol dm^-3) and what it is in an acid–base mixture. */
export type SolutionPortion = { concentration: number; volumeCm3: number };

/** Covalent bonds in one molecule, by bond ("C-H", "C=O"): methane is { "C-H": 4 }. */
export type BondCounts = Record<string, number>;

export type ChemistryCheck =
  | {
      kind: "reacting-masses";
      reactants: ReactionSpecies[];
      products: ReactionSpecies[];
      /** Reactants not given are in excess. */
      given: GivenAmount[];
      /** Index into `products` of the product the question is about. */
      product: number;
      asked: "product-mass" | { percentageYieldFromActualMass: number } | { reactantMassFor: { reactant: number; productMass: number } };
      expected: number;
    }
  | {
      kind: "gas-ideal";
      R: number;
      celsius: number;
      mass: number;
      asked:
        | { volumeAtKpa: number; formula: ElementCounts }
        | { pressureInDm3: number; formula: ElementCounts }
        | { molarMassFrom: { pressureKpa: number; volumeCm3: number } };
      expected: number;
    }
  | {
      kind: "gas-combined";
      p1Kpa: number;
      v1Dm3: number;
      celsius1: number;
      celsius2: number;
      asked: { volumeAtKpa: number } | { pressureAtDm3: number };
      expected: number;
    }
  | {
      kind: "strong-acid-base";
      Kw: number;
      /** Each solution releases `hydrogenIons` H+ or `hydroxideIons` OH- per formula unit (complete dissociation). */
      solutions: (SolutionPortion & { hydrogenIons: number; hydroxideIons: number })[];
      waterAddedCm3: number;
      /** The pH of the mixture, or the concentration of a base/acid (one formula unit releasing the ions given) that has this pH. */
      asked: "pH" | { concentrationForPH: number; hydrogenIons: number; hydroxideIons: number };
      expected: number;
    }
  | {
      kind: "weak-acid-base";
      Kw: number;
      /** The dissociation constant given: Ka of the weak acid, or Kb of the weak base. */
      constant: { Ka: number } | { Kb: number };
      /**
       * "weak-acid": HA (neutral) with conjugate base A- supplied as its sodium salt NaA. "weak-base": B
       * (neutral) with conjugate acid BH+ supplied as its chloride BH+Cl-.
       */
      pair: "weak-acid" | "weak-base";
      /** What goes into the mixture: the acid or base itself, its salt, or a strong acid/base (HCl, NaOH). */
      components: (SolutionPortion & { what: "weak" | "salt" | "NaOH" | "HCl" })[];
      expected: number;
    }
  | {
      kind: "calorimetry";
      /** Mass of water or solution that is heated or cooled, g. */
      heatedMass: number;
      specificHeat: number;
      /** Final minus initial temperature, K. */
      temperatureChange: number;
      /** Amount that reacts: a mass of a substance, or the limiting one of some solutions (1 : 1 reaction). */
      amount: { mass: number; formula: ElementCounts } | { limitingOf: SolutionPortion[] };
      expected: number;
    }
  | {
      kind: "hess-cycle";
      /** Equations as signed coefficients by species ("CO2(g)": 1 for a product, -1 for a reactant). null: the unknown. */
      steps: { equation: Record<string, number>; enthalpy: number | null }[];
      target: { equation: Record<string, number>; enthalpy: number | null };
      expected: number;
    }
  | {
      kind: "bond-enthalpy";
      reactants: (ReactionSpecies & { bonds: BondCounts })[];
      products: (ReactionSpecies & { bonds: BondCounts })[];
      /** Average bond enthalpies given in the stem; the unknown bond (if asked) is missing. */
      bondEnthalpies: Record<string, number>;
      asked: { enthalpyChangeForMass: { reactant: number; mass: number } } | { bond: string; reactionEnthalpy: number };
      expected: number;
    }
  | {
      kind: "equilibrium";
      volumeDm3: number;
      /** Signed coefficients (negative for reactants); amounts in mol, null where the stem does not give them. */
      species: { coefficient: number; initial: number | null; equilibrium: number | null }[];
      asked: "Kc" | { equilibriumAmountOf: number; Kc: number };
      expected: number;
    };

/** The kinds above, for the dispatch in check-generated-answer.ts. */
export const chemistryKinds = new Set<string>([
  "reacting-masses",
  "gas-ideal",
  "gas-combined",
  "strong-acid-base",
  "weak-acid-base",
  "calorimetry",
  "hess-cycle",
  "bond-enthalpy",
  "equilibrium",
]);
