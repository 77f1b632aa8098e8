// The numbers behind the Chemistry figures: scripts/figures/chemistry.ts draws each figure from these
// constants and the questions show it with the alt text written from them, so the drawing, its
// description and the question cannot disagree.

/**
 * pH of an acid of concentration `acid` (volume `acidVolume` cm³, pKa `pKa`) after adding `v` cm³ of
 * sodium hydroxide of concentration `base`, from the charge balance [H⁺] + [Na⁺] = [OH⁻] + [A⁻] solved
 * by bisection on log[H⁺] (a strong acid when pKa is null).
 */
export function titrationPh({ acid, base, acidVolume, pKa }: { acid: number; base: number; acidVolume: number; pKa: number | null }, v: number): number {
  const total = acidVolume + v;
  const na = (base * v) / total;
  const ca = (acid * acidVolume) / total;
  const imbalance = (logH: number) => {
    const hPlus = 10 ** logH;
    const aMinus = pKa === null ? ca : (ca * 10 ** -pKa) / (10 ** -pKa + hPlus);
    return hPlus + na - 1e-14 / hPlus - aMinus;
  };
  let [lo, hi] = [-14, 0];
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (imbalance(mid) > 0) hi = mid;
    else lo = mid;
  }
  return -(lo + hi) / 2;
}

/** pH curve: 25.0 cm³ of 0.100 mol dm⁻³ ethanoic acid titrated with 0.100 mol dm⁻³ sodium hydroxide. */
export const weakAcidTitration = {
  file: "chemistry/titration-curve-weak-acid.svg",
  acid: 0.1,
  base: 0.1,
  acidVolume: 25.0,
  pKa: 4.76,
  until: 50,
  get equivalence() {
    return (this.acid * this.acidVolume) / this.base;
  },
  get alt() {
    const ph = (v: number) => titrationPh(this, v).toFixed(2);
    const half = this.equivalence / 2;
    return `pH curve. pH, from 0 to 14, against volume of 0.100 mol dm^-3 sodium hydroxide added in cm^3, from 0 to ${this.until}, to ${this.acidVolume.toFixed(1)} cm^3 of 0.100 mol dm^-3 ethanoic acid. The pH starts at ${ph(0)}, rises quickly at first and then slowly through a buffer region: at ${half.toFixed(2)} cm^3 (marked with dashed lines) the pH is ${ph(half)}. Near ${this.equivalence.toFixed(1)} cm^3 the pH rises steeply from about ${ph(this.equivalence - 1)} to about ${ph(this.equivalence + 1)}; the equivalence point, at ${this.equivalence.toFixed(1)} cm^3, has pH ${ph(this.equivalence)}. After it the curve levels off near pH ${ph(this.until)}.`;
  },
};

/** A Maxwell–Boltzmann distribution with the activation energy marked and the area beyond it shaded. */
export const maxwellBoltzmann = {
  file: "chemistry/maxwell-boltzmann-activation.svg",
  /** The most probable energy and the activation energy, in the drawing's energy units. */
  peak: 1,
  activation: 3.2,
  alt: "Maxwell-Boltzmann distribution: number of particles (vertical axis) against kinetic energy (horizontal axis), with no numbers on either axis, for a gas at temperature T1. The curve starts at the origin, rises to a single peak at low energy, then falls slowly, approaching the energy axis without touching it. A vertical dashed line far to the right of the peak is labelled Ea (activation energy); the small area under the curve to the right of Ea is shaded.",
};

/** Enthalpy profile of an exothermic reaction. */
export const exothermicProfile = {
  file: "chemistry/energy-profile-exothermic.svg",
  /** Enthalpies in kJ mol⁻¹ relative to the reactants. */
  transitionState: 180,
  products: -92,
  get alt() {
    return `Energy profile: enthalpy in kJ mol^-1, from -150 to 250, against reaction progress. The reactants are at 0 kJ mol^-1. The curve rises to a single maximum, the transition state, at +${this.transitionState} kJ mol^-1, then falls to the products at ${this.products} kJ mol^-1, below the reactants. Dashed horizontal lines mark the reactant, transition-state and product levels.`;
  },
};

/** The mass spectrum of ethyl ethanoate, CH3COOCH2CH3: peaks as [m/z, relative abundance]. */
export const esterMassSpectrum = {
  file: "chemistry/mass-spectrum-ester.svg",
  peaks: [
    [15, 12],
    [27, 14],
    [29, 30],
    [43, 100],
    [45, 18],
    [61, 16],
    [70, 12],
    [73, 6],
    [88, 10],
  ] as [number, number][],
  get alt() {
    return `Mass spectrum: relative abundance in %, from 0 to 100, against m/z, from 0 to 100. Vertical lines (peaks) at: ${this.peaks.map(([mz, a]) => `m/z ${mz} (${a}%)`).join(", ")}. The tallest peak (base peak) is at m/z 43. The peak at the highest m/z is at 88.`;
  },
};
