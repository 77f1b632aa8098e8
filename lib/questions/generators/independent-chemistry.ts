import type { BondCounts, ChemistryCheck, ElementCounts, ReactionSpecies } from "./chemistry-check";
import type { Independent } from "./independent-maths";
import { bisect } from "./numerical-methods";

const rel = (value: number, r: number): Independent => ({ value, tolerance: r * Math.abs(value) + 1e-12 });

/**
 * The checker's own copy of the data booklet's relative atomic masses (deliberately not imported from the
 * generators' chemistry-format.ts, so a typo in either table shows up as a disagreement).
 */
const atomicMass: Record<string, number> = {
  H: 1.01,
  C: 12.01,
  N: 14.01,
  O: 16.0,
  Na: 22.99,
  Mg: 24.31,
  S: 32.07,
  Cl: 35.45,
  K: 39.1,
  Ca: 40.08,
  Fe: 55.85,
  Cu: 63.55,
  Zn: 65.38,
};

/** IB data booklet convention for these questions: T/K = θ/°C + 273. */
const kelvin = (celsius: number) => celsius + 273;

/** Mass of one mole of a formula, summed atom by atom. */
function formulaMass(formula: ElementCounts): number {
  let total = 0;
  for (const [element, count] of Object.entries(formula)) {
    const a = atomicMass[element];
    if (a === undefined) throw new Error(`unknown element ${element}`);
    for (let i = 0; i < count; i++) total += a;
  }
  return total;
}

/** Throws unless every element has as many atoms on the left as on the right. */
function assertAtomBalance(reactants: ReactionSpecies[], products: ReactionSpecies[]): void {
  const tally = new Map<string, number>();
  const add = (side: ReactionSpecies[], sign: number) => {
    for (const s of side) for (const [e, n] of Object.entries(s.formula)) tally.set(e, (tally.get(e) ?? 0) + sign * n * s.coefficient);
  };
  add(reactants, 1);
  add(products, -1);
  for (const [element, excess] of tally) if (Math.abs(excess) > 1e-9) throw new Error(`equation does not balance for ${element}`);
}

/**
 * Runs the reaction forward: the extent ξ (mol of "equation") at which the first measured reactant runs out,
 * found by bisection on the smallest amount left. Reactants that are not measured are in excess.
 */
function limitingExtent(amounts: { coefficient: number; amount: number }[]): number {
  const left = (xi: number) => Math.min(...amounts.map((a) => a.amount - a.coefficient * xi));
  const hi = Math.max(...amounts.map((a) => a.amount)) + 1;
  return bisect(left, 0, hi);
}

/**
 * Mass of one product by conservation of mass: the mass of reactants used up at extent ξ, less the mass of
 * every other product formed (the equation must balance atom for atom for this to hold).
 */
function productMassAtExtent(reactants: ReactionSpecies[], products: ReactionSpecies[], product: number, xi: number): number {
  const used = reactants.reduce((sum, s) => sum + s.coefficient * xi * formulaMass(s.formula), 0);
  const others = products.reduce((sum, s, i) => (i === product ? sum : sum + s.coefficient * xi * formulaMass(s.formula)), 0);
  return used - others;
}

/** Charge balance of an aqueous mixture as a function of pH; it increases with [H+], so it has one root. */
function pHFromChargeBalance(balance: (h: number) => number): number {
  return bisect((pH) => balance(10 ** -pH), -2, 16);
}

/** Gaussian elimination with partial pivoting; throws if the system is singular. */
function solveLinear(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(M[row]![col]!) > Math.abs(M[pivot]![col]!)) pivot = row;
    if (Math.abs(M[pivot]![col]!) < 1e-12) throw new Error("singular system");
    [M[col], M[pivot]] = [M[pivot]!, M[col]!];
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const f = M[row]![col]! / M[col]![col]!;
      for (let k = col; k <= n; k++) M[row]![k]! -= f * M[col]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

/**
 * The multiples of the given equations that add up to the target, found as a least-squares solution over
 * the species (normal equations), and confirmed to reproduce the target exactly.
 */
function hessMultipliers(steps: Record<string, number>[], target: Record<string, number>): number[] {
  const species = [...new Set([...steps.flatMap((s) => Object.keys(s)), ...Object.keys(target)])];
  const A = species.map((sp) => steps.map((s) => s[sp] ?? 0));
  const t = species.map((sp) => target[sp] ?? 0);
  const AtA = steps.map((_, i) => steps.map((__, j) => A.reduce((sum, row) => sum + row[i]! * row[j]!, 0)));
  const Atb = steps.map((_, i) => A.reduce((sum, row, k) => sum + row[i]! * t[k]!, 0));
  const x = solveLinear(AtA, Atb);
  A.forEach((row, k) => {
    const combined = row.reduce((sum, a, i) => sum + a * x[i]!, 0);
    if (Math.abs(combined - t[k]!) > 1e-9) throw new Error(`the given equations do not combine to the target (${species[k]})`);
  });
  return x;
}

/** Energy to break every bond in one molecule into gaseous atoms (its enthalpy of atomization from bond enthalpies). */
function atomization(bonds: BondCounts, table: Record<string, number>): number {
  return Object.entries(bonds).reduce((sum, [bond, n]) => {
    const e = table[bond];
    if (e === undefined) throw new Error(`no bond enthalpy for ${bond}`);
    return sum + n * e;
  }, 0);
}

export function independentChemistryValue(check: ChemistryCheck): Independent {
  switch (check.kind) {
    case "reacting-masses": {
      const { reactants, products, product } = check;
      assertAtomBalance(reactants, products);
      const extentFrom = (given: typeof check.given) =>
        limitingExtent(
          given.map((g) => ({
            coefficient: reactants[g.reactant]!.coefficient,
            amount: "mass" in g ? g.mass / formulaMass(reactants[g.reactant]!.formula) : (g.concentration * g.volumeCm3) / 1000,
          })),
        );
      if (check.asked === "product-mass") return rel(productMassAtExtent(reactants, products, product, extentFrom(check.given)), 1e-9);
      if ("percentageYieldFromActualMass" in check.asked) {
        const theoretical = productMassAtExtent(reactants, products, product, extentFrom(check.given));
        return rel((100 * check.asked.percentageYieldFromActualMass) / theoretical, 1e-9);
      }
      // The least mass of reactant that makes the wanted mass of product: bisection on the mass weighed out.
      const { reactant, productMass } = check.asked.reactantMassFor;
      const made = (m: number) => productMassAtExtent(reactants, products, product, extentFrom([{ reactant, mass: m }]));
      return rel(
        bisect((m) => made(m) - productMass, 0, 1e6),
        1e-9,
      );
    }
    case "gas-ideal": {
      // Molar volume scaling: one mole at 273 K and 100 kPa occupies R × 273 / 100 dm^3; Charles's law scales
      // it to the temperature and Boyle's law to the pressure.
      const T = kelvin(check.celsius);
      const molarVolumeAt = (kPa: number) => ((check.R * 273) / 100) * (T / 273) * (100 / kPa);
      const { asked } = check;
      if ("volumeAtKpa" in asked) return rel((check.mass / formulaMass(asked.formula)) * molarVolumeAt(asked.volumeAtKpa), 1e-9);
      if ("pressureInDm3" in asked) {
        const n = check.mass / formulaMass(asked.formula);
        // The pressure at which n mol fills the container: bisection on the volume the gas would occupy.
        return rel(
          bisect((kPa) => n * molarVolumeAt(kPa) - asked.pressureInDm3, 1e-3, 1e6),
          1e-9,
        );
      }
      const { pressureKpa, volumeCm3 } = asked.molarMassFrom;
      return rel(check.mass / (volumeCm3 / 1000 / molarVolumeAt(pressureKpa)), 1e-9);
    }
    case "gas-combined": {
      // Two steps instead of one formula: an isothermal change (Boyle) at T1, then one at constant pressure
      // (Charles) or constant volume (Gay-Lussac) to T2.
      const T1 = kelvin(check.celsius1);
      const T2 = kelvin(check.celsius2);
      if ("volumeAtKpa" in check.asked) {
        const afterBoyle = (check.p1Kpa * check.v1Dm3) / check.asked.volumeAtKpa;
        return rel((afterBoyle / T1) * T2, 1e-10);
      }
      const afterBoyle = (check.p1Kpa * check.v1Dm3) / check.asked.pressureAtDm3;
      return rel((afterBoyle / T1) * T2, 1e-10);
    }
    case "strong-acid-base": {
      const { Kw } = check;
      if (check.asked === "pH") {
        const volume = (check.solutions.reduce((v, s) => v + s.volumeCm3, 0) + check.waterAddedCm3) / 1000;
        const cation = check.solutions.reduce((n, s) => n + (s.concentration * s.volumeCm3 * s.hydroxideIons) / 1000, 0) / volume;
        const anion = check.solutions.reduce((n, s) => n + (s.concentration * s.volumeCm3 * s.hydrogenIons) / 1000, 0) / volume;
        // [H+] + [Na+] = [Cl-] + [OH-], with water's own ions included.
        return { value: pHFromChargeBalance((h) => h + cation - anion - Kw / h), tolerance: 1e-5 };
      }
      const { concentrationForPH: pH, hydrogenIons, hydroxideIons } = check.asked;
      const pHOf = (c: number) => pHFromChargeBalance((h) => h + c * hydroxideIons - c * hydrogenIons - Kw / h);
      return rel(
        bisect((c) => pHOf(c) - pH, 1e-9, 5),
        1e-6,
      );
    }
    case "weak-acid-base": {
      const { Kw } = check;
      const Ka = "Ka" in check.constant ? check.constant.Ka : Kw / check.constant.Kb;
      const volume = check.components.reduce((v, c) => v + c.volumeCm3, 0) / 1000;
      const conc = (what: string) => check.components.filter((c) => c.what === what).reduce((n, c) => n + (c.concentration * c.volumeCm3) / 1000, 0) / volume;
      const total = conc("weak") + conc("salt");
      const naPlus = conc("NaOH") + (check.pair === "weak-acid" ? conc("salt") : 0);
      const clMinus = conc("HCl") + (check.pair === "weak-base" ? conc("salt") : 0);
      // Full charge balance, water included: [H+] + [Na+] (+ [BH+]) = [Cl-] + [OH-] (+ [A-]).
      const balance = (h: number) =>
        check.pair === "weak-acid" ? h + naPlus - clMinus - Kw / h - (total * Ka) / (Ka + h) : h + naPlus - clMinus - Kw / h + (total * h) / (Ka + h);
      // The generator uses the IB approximations (dissociation negligible against the initial concentration,
      // Henderson–Hasselbalch), which it only uses where they hold to better than 0.005 in pH.
      return { value: pHFromChargeBalance(balance), tolerance: 0.005 };
    }
    case "calorimetry": {
      const { amount } = check;
      const n =
        "mass" in amount ? amount.mass / formulaMass(amount.formula) : Math.min(...amount.limitingOf.map((s) => (s.concentration * s.volumeCm3) / 1000));
      const heatToSurroundings = check.heatedMass * check.specificHeat * check.temperatureChange; // J absorbed by the water
      // Energy balance: the reaction's enthalpy change (kJ mol^-1) for n mol exactly offsets the heat the water gains.
      return rel(
        bisect((dH) => n * dH * 1000 + heatToSurroundings, -1e5, 1e5),
        1e-9,
      );
    }
    case "hess-cycle": {
      const x = hessMultipliers(
        check.steps.map((s) => s.equation),
        check.target.equation,
      );
      const unknown = check.steps.findIndex((s) => s.enthalpy === null);
      if (unknown === -1)
        return rel(
          check.steps.reduce((sum, s, i) => sum + x[i]! * (s.enthalpy as number), 0),
          1e-9,
        );
      // One step unknown: the value that makes the cycle close on the target's enthalpy change.
      const cycle = (value: number) => check.steps.reduce((sum, s, i) => sum + x[i]! * (i === unknown ? value : (s.enthalpy as number)), 0);
      return rel(
        bisect((v) => cycle(v) - (check.target.enthalpy as number), -1e5, 1e5),
        1e-9,
      );
    }
    case "bond-enthalpy": {
      const { reactants, products } = check;
      assertAtomBalance(reactants, products);
      // Via gaseous atoms: atomize the reactants molecule by molecule, then build the products from the atoms.
      const viaAtoms = (table: Record<string, number>) =>
        reactants.reduce((sum, s) => sum + s.coefficient * atomization(s.bonds, table), 0) -
        products.reduce((sum, s) => sum + s.coefficient * atomization(s.bonds, table), 0);
      if ("enthalpyChangeForMass" in check.asked) {
        const { reactant, mass } = check.asked.enthalpyChangeForMass;
        const s = reactants[reactant]!;
        const extent = mass / formulaMass(s.formula) / s.coefficient;
        return rel(viaAtoms(check.bondEnthalpies) * extent, 1e-9);
      }
      const { bond, reactionEnthalpy } = check.asked;
      return rel(
        bisect((e) => viaAtoms({ ...check.bondEnthalpies, [bond]: e }) - reactionEnthalpy, 0, 5000),
        1e-9,
      );
    }
    case "equilibrium": {
      const { species, volumeDm3: V } = check;
      // ln Kc = Σ ν ln c: the equilibrium law in logarithms.
      const lnQ = (amounts: number[]) => species.reduce((sum, s, i) => sum + s.coefficient * Math.log(amounts[i]! / V), 0);
      const atExtent = (xi: number) => species.map((s) => (s.initial as number) + s.coefficient * xi);
      // The extents at which some species runs out bound the reaction in both directions.
      const bounds = () => {
        let lo = -Infinity;
        let hi = Infinity;
        for (const s of species) {
          const limit = -(s.initial as number) / s.coefficient;
          if (s.coefficient > 0) lo = Math.max(lo, limit);
          else hi = Math.min(hi, limit);
        }
        return [lo, hi] as const;
      };
      if (check.asked === "Kc") {
        if (species.every((s) => s.equilibrium !== null)) return rel(Math.exp(lnQ(species.map((s) => s.equilibrium as number))), 1e-9);
        // ICE table: the extent that gives the one measured equilibrium amount, by bisection.
        const k = species.findIndex((s) => s.equilibrium !== null);
        const [lo, hi] = bounds();
        const xi = bisect((x) => atExtent(x)[k]! - (species[k]!.equilibrium as number), lo, hi);
        return rel(Math.exp(lnQ(atExtent(xi))), 1e-8);
      }
      const { equilibriumAmountOf: k, Kc } = check.asked;
      if (species.every((s) => s.initial !== null)) {
        // From the initial amounts: the extent at which Q = Kc, strictly between the two run-out limits.
        const [lo, hi] = bounds();
        const span = hi - lo;
        const xi = bisect((x) => lnQ(atExtent(x)) - Math.log(Kc), lo + span * 1e-12, hi - span * 1e-12);
        return rel(atExtent(xi)[k]!, 1e-8);
      }
      // The other equilibrium amounts are known: the one amount that makes Q = Kc.
      const q = (amount: number) => lnQ(species.map((s, i) => (i === k ? amount : (s.equilibrium as number))));
      const sign = species[k]!.coefficient > 0 ? 1 : -1;
      return rel(
        bisect((a) => sign * (q(a) - Math.log(Kc)), 1e-12, 1e6),
        1e-8,
      );
    }
  }
}
