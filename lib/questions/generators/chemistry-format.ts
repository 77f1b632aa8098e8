import type { ElementCounts } from "./chemistry-check";
import { clean } from "./latex-format";

/** Relative atomic masses to two decimal places, as the IB data booklet gives them. */
export const relativeAtomicMasses: Readonly<Record<string, number>> = {
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

/** Data-booklet constants. */
export const R = 8.31;
export const waterSpecificHeat = 4.18;
export const Kw = 1.0e-14;

/** Units in LaTeX, for qty(). */
export const chemUnits = {
  molarMass: String.raw`g\,mol^{-1}`,
  enthalpy: String.raw`kJ\,mol^{-1}`,
  concentration: String.raw`mol\,dm^{-3}`,
  dm3: String.raw`dm^{3}`,
  cm3: String.raw`cm^{3}`,
  m3: String.raw`m^{3}`,
  celsius: String.raw`^\circ C`,
  specificHeat: String.raw`J\,g^{-1}\,K^{-1}`,
} as const;

/** A chemical formula or equation fragment in upright type: ce("CaCO_3(s)") → \mathrm{CaCO_3(s)}. */
export const ce = (tex: string) => String.raw`\mathrm{${tex}}`;

function ar(element: string): number {
  const mass = relativeAtomicMasses[element];
  if (mass === undefined) throw new Error(`no relative atomic mass for ${element}`);
  return mass;
}

/** M in g mol^-1, exact to the data booklet's two decimal places. */
export function molarMass(formula: ElementCounts): number {
  return clean(Object.entries(formula).reduce((sum, [element, count]) => sum + count * ar(element), 0));
}

/** The sum a candidate writes for M: "2 \times 22.99 + 12.01 + 3 \times 16.00". */
export function molarMassSum(formula: ElementCounts): string {
  return Object.entries(formula)
    .map(([element, count]) => (count === 1 ? ar(element).toFixed(2) : String.raw`${count} \times ${ar(element).toFixed(2)}`))
    .join(" + ");
}

/** "M(\mathrm{CO_2}) = 12.01 + 2 \times 16.00 = 44.01\,\mathrm{g\,mol^{-1}}" (no sum for a single atom). */
export function molarMassEquation(formulaTex: string, formula: ElementCounts): string {
  const single = Object.values(formula).length === 1 && Object.values(formula)[0] === 1;
  return String.raw`M(${ce(formulaTex)}) = ${single ? "" : `${molarMassSum(formula)} = `}${molarMassText(formula)}\,\mathrm{${chemUnits.molarMass}}`;
}

/** M to two decimal places, as a candidate would show it. */
export const molarMassText = (formula: ElementCounts) => molarMass(formula).toFixed(2);

/** A stoichiometric coefficient in an equation: 1 is not written, ½ as a fraction. */
export function coefficientTex(n: number): string {
  if (n === 1) return "";
  if (Number.isInteger(n)) return String(n);
  if (Number.isInteger(2 * n)) return String.raw`\tfrac{${2 * n}}{2}`;
  throw new Error(`unexpected coefficient ${n}`);
}

/** One side of an equation from species with coefficients: "2\mathrm{H_2(g)} + \mathrm{O_2(g)}". */
export function sideTex(species: { tex: string; coefficient: number }[]): string {
  return species.map((s) => `${coefficientTex(s.coefficient)}${ce(s.tex)}`).join(" + ");
}

/** Rejection sampling: draws until `ok` holds (the SeededRandom sequence makes this deterministic). */
export function drawUntil<T>(draw: () => T, ok: (value: T) => boolean, limit = 10_000): T {
  for (let i = 0; i < limit; i++) {
    const value = draw();
    if (ok(value)) return value;
  }
  throw new Error("no acceptable values drawn");
}

/** The data line a stem gives for the molar masses it needs: "Relative atomic masses: Ca 40.08, C 12.01, O 16.00." */
export function atomicMassNote(formulas: ElementCounts[]): string {
  const elements = [...new Set(formulas.flatMap((f) => Object.keys(f)))];
  return `Use relative atomic masses ${elements.map((e) => `${e} = ${ar(e).toFixed(2)}`).join(", ")}.`;
}
