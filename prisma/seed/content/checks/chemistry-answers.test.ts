import { describe, expect, it } from "vitest";
import bank from "@/prisma/seed/content/questions/chemistry";
import { type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Chemistry bank is recomputed here from the figures in its stem, with the
// calculations written out independently of the stored answer and worked solution. Constants and relative
// atomic masses are the IB chemistry data booklet values the bank states in its header. Each check lists
// the figures it takes from the stem, and the test confirms every one of them appears there, so a stem
// edited without its answer (or the other way round) fails.

// ---- data booklet values ----
const NA = 6.02e23;
const R = 8.31;
const h = 6.63e-34;
const c = 3.0e8;
const F = 96500;
const Vm = 22.7; // dm³ mol⁻¹ at STP (273 K, 100 kPa)
const Kw = 1.0e-14;
const Ar = { H: 1.01, C: 12.01, O: 16.0, Na: 22.99, Mg: 24.31, Ca: 40.08, Fe: 55.85, Br: 79.9 } as const;

/** Molar mass from a formula written as element counts, e.g. { C: 8, H: 18 }. */
const molarMass = (formula: Partial<Record<keyof typeof Ar, number>>) =>
  Object.entries(formula).reduce((m, [el, n]) => m + Ar[el as keyof typeof Ar] * (n ?? 0), 0);
/** The extent x in (lo, hi) where the reaction quotient q(x) reaches K (q rises with x), by bisection. */
function extentAt(q: (x: number) => number, k: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i++) {
    const mid = (a + b) / 2;
    if (q(mid) < k) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

const checks: Record<string, Check> = {
  // Multi-part questions (parts "<group>-<label>").
  // Titration of 25.00 cm³ NaOH with 0.100 mol dm⁻³ HCl; concordant titres 23.65, 23.55, 23.60.
  "mp-01-a": check([23.65, 23.55, 23.6], (t) => t.reduce((a, b) => a + b, 0) / t.length),
  "mp-01-b": check([0.1, 23.65, 23.55, 23.6], ([conc, ...t]) => (conc! * (t.reduce((a, b) => a + b, 0) / t.length)) / 1000),
  "mp-01-c": check([25.0, 0.1, 23.65, 23.55, 23.6], ([v, conc, ...t]) => (conc! * (t.reduce((a, b) => a + b, 0) / t.length)) / v!),
  "mp-01-d": check([25.0, 0.1, 23.65, 23.55, 23.6], ([v, conc, ...t]) => -Math.log10(Kw / ((conc! * (t.reduce((a, b) => a + b, 0) / t.length)) / v!))),
  // pKa read at half-equivalence from the figure's alt text (12.50 cm³, pH 4.76), then Ka and a weak-acid pH solved exactly.
  "mp-02-a": check([12.5, 4.76], ([, ph]) => ph!),
  "mp-02-b": check([4.76], ([pKa]) => 10 ** -pKa!),
  "mp-02-c": check([4.76, 0.05], ([pKa, conc]) => -Math.log10(extentAt((x) => (x * x) / (conc! - x), 10 ** -pKa!, 0, conc!))),
  // CaCO3 + HCl: 42 cm³ in 30 s; 96 cm³ of CO2 at STP in all.
  "mp-03-a": check([42, 30], ([v, t]) => v! / t!),
  "mp-03-d": check([96], ([v]) => v! / 1000 / Vm),
  "mp-03-e": check([96], ([v]) => (v! / 1000 / Vm) * molarMass({ Ca: 1, C: 1, O: 3 })),
  // N2 + 3H2 → 2NH3 from bond enthalpies; reverse Ea from the profile (+180 and −92).
  "mp-04-a": check([945, 436, 391], ([nn, hh, nh]) => nn! + 3 * hh! - 6 * nh!),
  "mp-04-c": check([180, -92], ([ts, products]) => ts! - products!),
  // Spirit burner: 150.0 g water from 20.5 to 35.1 °C; 152.46 → 151.87 g of ethanol burner.
  "mp-05-a": check([150.0, 4.18, 20.5, 35.1], ([m, shc, t1, t2]) => (m! * shc! * (t2! - t1!)) / 1000),
  "mp-05-b": check([152.46, 151.87], ([m1, m2]) => (m1! - m2!) / molarMass({ C: 2, H: 6, O: 1 })),
  "mp-05-c": check(
    [150.0, 4.18, 20.5, 35.1, 152.46, 151.87],
    ([m, shc, t1, t2, m1, m2]) => -((m! * shc! * (t2! - t1!)) / 1000) / ((m1! - m2!) / molarMass({ C: 2, H: 6, O: 1 })),
  ),
  "mp-05-d": check([150.0, 4.18, 20.5, 35.1, 152.46, 151.87, 1367], ([m, shc, t1, t2, m1, m2, lit]) => {
    const dH = (m! * shc! * (t2! - t1!)) / 1000 / ((m1! - m2!) / molarMass({ C: 2, H: 6, O: 1 }));
    return ((lit! - dH) / lit!) * 100;
  }),
  // N2O4 ⇌ 2NO2 at 350 K.
  "mp-06-b": check([0.042, 0.031], ([n2o4, no2]) => no2! ** 2 / n2o4!),
  "mp-06-c": check([0.042, 0.031, 0.1], ([n2o4, no2, second]) => extentAt((x) => (x * x) / second!, no2! ** 2 / n2o4!, 0, 1)),
  // Ni/Ag cell and silver plating (Ag = 107.87).
  "mp-07-a": check([-0.26, 0.8], ([ni, ag]) => ag! - ni!),
  "mp-07-c": check([-0.26, 0.8], ([ni, ag]) => (-2 * F * (ag! - ni!)) / 1000),
  "mp-07-d": check([0.25, 30.0], ([i, min]) => ((i! * min! * 60) / F) * 107.87),
  // 4.20 g NaHCO3 heated: 2 NaHCO3 → Na2CO3 + H2O + CO2.
  "mp-08-a": check([4.2], ([m]) => m! / molarMass({ Na: 1, H: 1, C: 1, O: 3 })),
  "mp-08-b": check([4.2], ([m]) => (m! / molarMass({ Na: 1, H: 1, C: 1, O: 3 }) / 2) * Vm),
  "mp-08-c": check([4.2, 298, 101], ([m, t, kPa]) => (((m! / molarMass({ Na: 1, H: 1, C: 1, O: 3 }) / 2) * R * t!) / (kPa! * 1000)) * 1000),
  "mp-08-d": check([4.2, 2.52], ([m, actual]) => (actual! / ((m! / molarMass({ Na: 1, H: 1, C: 1, O: 3 }) / 2) * molarMass({ Na: 2, C: 1, O: 3 }))) * 100),
  // Combustion analysis of 0.600 g of X: 1.199 g CO2 and 0.491 g H2O.
  "mp-09-a": check([1.199], ([co2]) => (co2! / molarMass({ C: 1, O: 2 })) * Ar.C),
  "mp-09-b": check([0.491], ([h2o]) => (h2o! / molarMass({ H: 2, O: 1 })) * 2 * Ar.H),
  "mp-09-c": check([0.6, 1.199, 0.491], ([m, co2, h2o]) => m! - (co2! / molarMass({ C: 1, O: 2 })) * Ar.C - (h2o! / molarMass({ H: 2, O: 1 })) * 2 * Ar.H),
  // NH4Cl(s) → NH3(g) + HCl(g).
  "mp-10-a": check([-314.4, -45.9, -92.3], ([nh4cl, nh3, hcl]) => nh3! + hcl! - nh4cl!),
  "mp-10-b": check([94.6, 192.8, 186.9], ([nh4cl, nh3, hcl]) => nh3! + hcl! - nh4cl!),
  "mp-10-d": check([-314.4, -45.9, -92.3, 94.6, 192.8, 186.9, 298], ([h1, h2, h3, s1, s2, s3, t]) => h2! + h3! - h1! - (t! * (s2! + s3! - s1!)) / 1000),
  "mp-10-e": check([-314.4, -45.9, -92.3, 94.6, 192.8, 186.9], ([h1, h2, h3, s1, s2, s3]) => ((h2! + h3! - h1!) * 1000) / (s2! + s3! - s1!)),
  // Mg 0.243 g with 50.0 cm³ of 0.500 mol dm⁻³ HCl (Mg limiting).
  "mp-11-a": check([0.243], ([m]) => m! / Ar.Mg),
  "mp-11-b": check([50.0, 0.5], ([v, conc]) => (v! / 1000) * conc!),
  "mp-11-d": check([0.243, 50.0, 0.5], ([m, v, conc]) => Math.min(m! / Ar.Mg, ((v! / 1000) * conc!) / 2) * Vm * 1000),
  // H2O2 decomposition: 30.0 cm³ O2 in the first 20 s, 54.5 cm³ in all, from 50.0 cm³ of solution.
  "mp-12-a": check([20, 30.0], ([t, v]) => v! / t!),
  "mp-12-b": check([54.5], ([v]) => v! / 1000 / Vm),
  "mp-12-c": check([54.5, 50.0], ([v, sol]) => (2 * (v! / 1000 / Vm)) / (sol! / 1000)),
  // 2NO + Br2: rate = k[NO]²[Br2] from experiment 1.
  "mp-13-b": check([2.4, 0.01], ([rate, conc]) => (rate! * 1e-5) / conc! ** 3),
  "mp-13-c": check([2.4, 0.01, 0.015, 0.025], ([rate, conc, no, br2]) => ((rate! * 1e-5) / conc! ** 3) * no! ** 2 * br2!),
  // H2 + I2 ⇌ 2HI: 0.200 mol each in 2.00 dm³, 0.0440 mol I2 left; 718 K.
  "mp-14-a": check([0.2, 0.044], ([n0, left]) => 2 * (n0! - left!)),
  "mp-14-b": check([0.2, 0.044, 2.0], ([n0, left, v]) => ((2 * (n0! - left!)) / v!) ** 2 / (left! / v!) ** 2),
  "mp-14-d": check([0.2, 0.044, 2.0, 718], ([n0, left, v, t]) => (-R * t! * Math.log(((2 * (n0! - left!)) / v!) ** 2 / (left! / v!) ** 2)) / 1000),
  // 0.0100 mol dm⁻³ HCl and ethanoic acid of pH 3.38.
  "mp-15-a": check([0.01], ([conc]) => -Math.log10(conc!)),
  "mp-15-b": check([3.38], ([ph]) => 10 ** -ph!),
  "mp-15-c": check([3.38, 0.01], ([ph, conc]) => (10 ** -ph! / conc!) * 100),
  // Iron tablet: 250.0 cm³, 25.00 cm³ portions, 0.00200 mol dm⁻³ MnO4⁻, titre 17.85 cm³.
  "mp-16-b": check([0.002, 17.85], ([conc, titre]) => (conc! * titre!) / 1000),
  "mp-16-c": check([0.002, 17.85], ([conc, titre]) => (5 * conc! * titre!) / 1000),
  "mp-16-d": check([0.002, 17.85, 250.0, 25.0], ([conc, titre, flask, portion]) => ((5 * conc! * titre!) / 1000) * (flask! / portion!) * Ar.Fe * 1000),
  // Born–Haber cycle for KCl.
  "mp-17-a": check([242], ([bond]) => bond! / 2),
  "mp-17-b": check([437, 89, 419, 242, 349], ([f, atom, ie, bond, ea]) => f! + atom! + ie! + bond! / 2 - ea!),
  // Vapour of Y: 0.180 g in 95.0 cm³ at 373 K and 101 kPa.
  "mp-18-a": check([101, 95.0, 373], ([kPa, cm3, t]) => (kPa! * 1000 * cm3! * 1e-6) / (R * t!)),
  "mp-18-b": check([0.18, 101, 95.0, 373], ([m, kPa, cm3, t]) => m! / ((kPa! * 1000 * cm3! * 1e-6) / (R * t!))),
  // Octane, ΔHc = −5470 kJ mol⁻¹.
  "mp-19-b": check([5470], ([dh]) => dh! / molarMass({ C: 8, H: 18 })),
  "mp-19-c": check([5470, 1000], ([dh, e]) => (e! / dh!) * 8 * molarMass({ C: 1, O: 2 })),
  // Esterification: 6.00 g ethanoic acid, 5.28 g ester (M 88.12).
  "mp-20-a": check([6.0], ([m]) => m! / molarMass({ C: 2, H: 4, O: 2 })),
  "mp-20-b": check([6.0, 5.28, 88.12], ([m, ester, mEster]) => (ester! / ((m! / molarMass({ C: 2, H: 4, O: 2 })) * mEster!)) * 100),
  // Ethanoate buffer: 0.100 / 0.0500 mol dm⁻³, pKa 4.76; 0.00100 mol NaOH into 100 cm³.
  "mp-21-a": check([4.76, 0.1, 0.05], ([pKa, acid, base]) => pKa! + Math.log10(base! / acid!)),
  "mp-21-b": check([4.76, 0.1, 0.05, 100, 0.001], ([pKa, acid, base, cm3, oh]) => {
    const ha = (acid! * cm3!) / 1000 - oh!;
    const a = (base! * cm3!) / 1000 + oh!;
    return pKa! + Math.log10(a / ha);
  }),
  // Chlorine: 34.97 (75.78 %) and 36.97 (24.22 %).
  "mp-22-b": check([34.97, 75.78, 36.97, 24.22], ([m1, p1, m2, p2]) => (m1! * p1! + m2! * p2!) / (p1! + p2!)),
  "mp-22-d": check([24.22], ([p]) => (p! / 100) ** 2 * 100),
  // Methane: bond enthalpies C–H 414, O=O 498, C=O 804, O–H 463; ΔHc = −891 kJ mol⁻¹.
  "mp-23-a": check([414, 498, 804, 463], ([ch, oo, co, oh]) => 4 * ch! + 2 * oo! - (2 * co! + 4 * oh!)),
  "mp-23-c": check([1.0, 891], ([kg, dh]) => ((kg! * 1000) / molarMass({ C: 1, H: 4 })) * dh!),
  // 1.00 tonne of ore, 80.0 % Fe2O3; Fe2O3 + 3CO → 2Fe + 3CO2.
  "mp-24-a": check([80.0, 1.0], ([percent, tonnes]) => ((percent! / 100) * tonnes! * 1e6) / molarMass({ Fe: 2, O: 3 })),
  "mp-24-b": check([80.0, 1.0], ([percent, tonnes]) => ((((percent! / 100) * tonnes! * 1e6) / molarMass({ Fe: 2, O: 3 })) * 2 * Ar.Fe) / 1e6),
  "mp-24-c": check([2, 3], ([nFe, nCO]) => ((nFe! * Ar.Fe) / (molarMass({ Fe: 2, O: 3 }) + nCO! * molarMass({ C: 1, O: 1 }))) * 100),
  // Neutralization: 50.0 cm³ + 50.0 cm³ of 1.00 mol dm⁻³, 21.2 → 27.9 °C, c = 4.18.
  "mp-26-a": check([50.0, 4.18, 21.2, 27.9], ([v, shc, t1, t2]) => (2 * v! * shc! * (t2! - t1!)) / 1000),
  "mp-26-b": check([1.0, 50.0], ([conc, v]) => (conc! * v!) / 1000),
  "mp-26-c": check([50.0, 4.18, 21.2, 27.9, 1.0], ([v, shc, t1, t2, conc]) => -((2 * v! * shc! * (t2! - t1!)) / 1000) / ((conc! * v!) / 1000)),
  // Cl–Cl bond enthalpy 242 kJ mol⁻¹: energy per bond and the longest wavelength that breaks it.
  "mp-27-b": check([242], ([be]) => (be! * 1000) / NA),
  "mp-27-c": check([242], ([be]) => ((h * c) / ((be! * 1000) / NA)) * 1e9),
  // 2.74 g 1-bromobutane → 1.11 g butan-1-ol.
  "mp-28-b": check([2.74], ([m]) => m! / molarMass({ C: 4, H: 9, Br: 1 })),
  "mp-28-c": check([2.74, 1.11], ([m, got]) => (got! / ((m! / molarMass({ C: 4, H: 9, Br: 1 })) * molarMass({ C: 4, H: 10, O: 1 }))) * 100),
  // 0.310 g Na2O made up to 500.0 cm³.
  "mp-29-b": check([0.31], ([m]) => m! / molarMass({ Na: 2, O: 1 })),
  "mp-29-c": check([0.31, 500.0], ([m, v]) => -Math.log10(Kw / ((2 * (m! / molarMass({ Na: 2, O: 1 }))) / (v! / 1000)))),
  // Weighted mean of isotopic masses.
  "s1-2-01": check([68.93, 60.11, 70.92, 39.89], ([m1, a1, m2, a2]) => (m1! * a1! + m2! * a2!) / (a1! + a2!)),
  // E = hf per atom, × N_A, in kJ.
  "s1-3h-01": check([1.24, 6.63, 6.02], ([f]) => (h * f! * 1e15 * NA) / 1000),
  "s1-4-01": check([5.0], ([m]) => (m! / molarMass({ Ca: 1, C: 1, O: 3 })) * 3 * NA),
  "s1-4-03": check([250.0, 0.1], ([v, conc]) => conc! * (v! / 1000) * molarMass({ Na: 2, C: 1, O: 3 })),
  // M = mRT / pV in SI units.
  "s1-5-01": check([0.312, 112, 373, 101], ([m, v, t, p]) => (m! * R * t!) / (p! * 1000 * v! * 1e-6)),
  // Formal charge on S with four S–O single bonds and no lone pairs: V − N − B/2.
  "s2-2h-04": check([4], ([bonds]) => 6 - 0 - (bonds! * 2) / 2),
  // IHD of C5H8O2: (2C + 2 − H) / 2, oxygen ignored.
  "s3-2-03": check([5, 8], ([nc, nh]) => (2 * nc! + 2 - nh!) / 2),
  "s3-1h-03": check([500, 6.63, 3.0, 6.02], ([nm]) => (((h * c) / (nm! * 1e-9)) * NA) / 1000),
  // q = mcΔT over moles of water formed; exothermic.
  "r1-1-01": check([50.0, 1.0, 6.6, 4.18], ([v, conc, dT, shc]) => -((2 * v! * 1.0 * shc! * dT!) / 1000) / (conc! * (v! / 1000))),
  "r1-1-04": check([21.4, 28.0, 0.1], ([t1, t2, u]) => ((2 * u!) / (t2! - t1!)) * 100),
  // CH3OH + 1.5 O2 → CO2 + 2 H2O: broken 3 C–H, C–O, O–H, 1.5 O=O; formed 2 C=O, 4 O–H.
  "r1-2-01": check([414, 358, 463, 498, 804], ([ch, co, oh, oo, cdo]) => 3 * ch! + co! + oh! + 1.5 * oo! - (2 * cdo! + 4 * oh!)),
  "r1-2h-01": check([824.2, 110.5, 393.5], ([fe2o3, co, co2]) => 3 * -co2! - (-fe2o3! + 3 * -co!)),
  // Born–Haber: ΔHlatt = −ΔHf + ΔHat(Ca) + IE1 + IE2 + 2ΔHat(Cl) + 2EA(Cl).
  "r1-2h-02": check([795, 178, 590, 1145, 121, 349], ([hf, atCa, ie1, ie2, atCl, ea]) => hf! + atCa! + ie1! + ie2! + 2 * atCl! - 2 * ea!),
  "r1-3-01": check([5470, 1.0], ([hc, kg]) => ((kg! * 1000) / molarMass({ C: 8, H: 18 })) * hc!),
  "r1-4-01": check([178, 161], ([dH, dS]) => (dH! * 1000) / dS!),
  "r1-4-02": check([191.6, 130.7, 192.8], ([n2, h2, nh3]) => 2 * nh3! - (n2! + 3 * h2!)),
  "r1-4-05": check([92.2, 198.1, 298], ([dH, dS, t]) => -dH! - t! * (-dS! / 1000)),
  // Limiting reagent: the smaller of n(Mg) and n(HCl)/2 gives n(H2).
  "r2-1-01": check([2.0, 80.0, 1.0, 22.7], ([m, v, conc]) => Math.min(m! / Ar.Mg, (conc! * v!) / 1000 / 2) * Vm),
  "r2-1-02": check([25.0, 0.095, 21.4], ([vBase, cAcid, titre]) => (2 * cAcid! * titre!) / vBase!),
  "r2-1-03": check([2], ([n]) => ((n! * molarMass({ C: 2, H: 6, O: 1 })) / molarMass({ C: 6, H: 12, O: 6 })) * 100),
  "r2-1-05": check([10.0, 9.8], ([mAcid, mEster]) => (mEster! / ((mAcid! / molarMass({ C: 2, H: 4, O: 2 })) * molarMass({ C: 4, H: 8, O: 2 }))) * 100),
  "r2-2-03": check([0.88, 40], ([dm, t]) => dm! / molarMass({ C: 1, O: 2 }) / t!),
  // Orders: A doubles → rate ×4 (2nd order); B triples → rate ×3 (1st order); k from experiment 1.
  "r2-2h-01": check([0.1, 0.2, 0.3, 2.0, 8.0, 6.0], ([a1, a2, b3, r1, r2, r3]) => {
    const orderA = Math.log(r2! / r1!) / Math.log(a2! / a1!);
    const orderB = Math.log(r3! / r1!) / Math.log(b3! / a1!);
    return (r1! * 1e-4) / (a1! ** Math.round(orderA) * a1! ** Math.round(orderB));
  }),
  "r2-2h-02": check([300, 320, 8.31], ([t1, t2, r]) => (r! * Math.log(3)) / (1 / t1! - 1 / t2!) / 1000),
  // [HI] = 2x where (2x)² / (0.100 − x)² = Kc, solved numerically rather than by the square-root shortcut.
  "r2-3h-01": check([0.1, 49.0], ([c0, k]) => 2 * extentAt((x) => (2 * x) ** 2 / (c0! - x) ** 2, k!, 0, c0!)),
  "r2-3h-02": check([10.0, 298, 8.31], ([dG, t, r]) => Math.exp((dG! * 1000) / (r! * t!))),
  // x² / ((1 − x)(2 − x)) = Kc with x below the 1.00 mol of acid available.
  "r2-3h-03": check([1.0, 2.0, 4.0], ([a, b, k]) => extentAt((x) => (x * x) / ((a! - x) * (b! - x)), k!, 0, Math.min(a!, b!))),
  "r3-1-02": check([0.005], ([conc]) => -Math.log10(Kw / (2 * conc!))),
  "r3-1h-01": check([0.1, 4.76], ([conc, pKa]) => {
    // Exact quadratic for [H+] (the approximation changes nothing at 2 d.p.).
    const ka = 10 ** -pKa!;
    const hPlus = (-ka + Math.sqrt(ka * ka + 4 * ka * conc!)) / 2;
    return -Math.log10(hPlus);
  }),
  "r3-1h-02": check([10.0, 0.1, 50.0, 4.76], ([vBase, conc, vAcid, pKa]) => {
    const base = conc! * vBase!;
    const acid = conc! * vAcid!;
    return pKa! + Math.log10(base / (acid - base));
  }),
  "r3-1h-05": check([9.25], ([pKa]) => -Math.log10(Kw) - pKa!),
  "r3-2-03": check([25.0, 18.6, 0.02], ([vFe, vMn, cMn]) => (5 * cMn! * vMn!) / vFe!),
  "r3-2h-01": check([0.76, 0.34], ([zn, cu]) => (-2 * F * (cu! - -zn!)) / 1000),
};

const numeric = numericQuestionsOf(bank);

describe("Chemistry numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "chemistry-", atLeast: 30 });

  it("uses the data booklet relative atomic masses", () => {
    expect(molarMass({ C: 1, O: 2 })).toBeCloseTo(44.01, 10);
    expect(molarMass({ C: 6, H: 12, O: 6 })).toBeCloseTo(180.18, 10);
  });
});
