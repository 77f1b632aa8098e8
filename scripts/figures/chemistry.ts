// The Chemistry figures, each drawn from the constants its question uses (prisma/seed/content/figures/chemistry.ts).
import * as F from "@/prisma/seed/content/figures/chemistry";
import type { FigureSpec } from "./figure-spec";
import { createPlot } from "./plot";
import { line, type Markup, svgDocument } from "./svg";

const document = (width: number, height: number, body: Markup[]) => svgDocument({ width, height, body });

function weakAcidTitration(): string {
  const spec = F.weakAcidTitration;
  const half = spec.equivalence / 2;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: spec.until, step: 5, grid: 1, label: "volume of NaOH added / cm^{3}" },
    y: { min: 0, max: 14, step: 1, grid: 0.5, label: "pH" },
  });
  const ph = (v: number) => F.titrationPh(spec, v);
  return document(600, 440, [
    ...p.frame(),
    p.vline(half, {}, 0, ph(half)),
    p.hline(ph(half), {}, 0, half),
    ...p.curve(ph, { from: 0, to: spec.until, samples: 2000 }),
  ]);
}

function maxwellBoltzmann(): string {
  const { peak, activation } = F.maxwellBoltzmann;
  // f(E) ∝ √E e^(−E/kT), whose maximum is at E = kT/2: scaled so the peak is at `peak` with height 1.
  const kT = 2 * peak;
  const f = (e: number) => Math.sqrt(e / peak) * Math.exp(-(e - peak) / kT);
  const p = createPlot({
    width: 600,
    height: 400,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 6, step: 1, grid: 0, label: "kinetic energy", format: () => "" },
    y: { min: 0, max: 1.2, step: 0.2, grid: 0, label: "number of particles", format: () => "" },
  });
  return document(600, 400, [
    p.region(f, () => 0, activation, 6),
    ...p.frame(),
    ...p.curve(f, { from: 0, to: 6 }),
    p.vline(activation, {}, 0, 1.05),
    p.label([activation, 1.05], "*E*_{a}", 0, -12, { size: 16 }),
    p.label([peak, f(peak)], "*T*_{1}", 26, -4, { anchor: "start", size: 16 }),
  ]);
}

function exothermicProfile(): string {
  const { transitionState: ts, products } = F.exothermicProfile;
  const rise = (x: number) => (ts * (1 - Math.cos((Math.PI * (x - 2)) / 3))) / 2;
  const fall = (x: number) => products + ((ts - products) * (1 + Math.cos((Math.PI * (x - 5)) / 3))) / 2;
  const h = (x: number) => (x <= 2 ? 0 : x <= 5 ? rise(x) : x <= 8 ? fall(x) : products);
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 64, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 10, step: 1, grid: 0, label: "reaction progress", format: () => "" },
    y: { min: -150, max: 250, step: 50, grid: 25, label: "enthalpy / kJ mol^{−1}" },
  });
  return document(600, 440, [
    ...p.frame(),
    p.hline(0, {}, 0, 10),
    p.hline(ts, {}, 0, 5),
    p.hline(products, {}, 5, 10),
    ...p.curve(h, { from: 0, to: 10, samples: 600 }),
    p.label([1, 0], "reactants", 0, -14),
    p.label([9, products], "products", 0, -14),
    p.label([5, ts], "transition state", 0, -14),
  ]);
}

function esterMassSpectrum(): string {
  const p = createPlot({
    width: 600,
    height: 420,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 100, step: 10, grid: 5, label: "*m*/*z*" },
    y: { min: 0, max: 100, step: 10, grid: 5, label: "relative abundance / %" },
  });
  return document(600, 420, [
    ...p.frame(),
    ...F.esterMassSpectrum.peaks.map(([mz, a]) => line(p.at([mz, 0]), p.at([mz, a]), { width: 3.5 })),
    ...F.esterMassSpectrum.peaks.map(([mz, a]) => p.label([mz, a], String(mz), 0, -10, { size: 14 })),
  ]);
}

export const chemistryFigures: FigureSpec[] = [
  { file: F.weakAcidTitration.file, draw: weakAcidTitration },
  { file: F.maxwellBoltzmann.file, draw: maxwellBoltzmann },
  { file: F.exothermicProfile.file, draw: exothermicProfile },
  { file: F.esterMassSpectrum.file, draw: esterMassSpectrum },
];
