import { describe, expect, it } from "vitest";
import bank from "@/prisma/seed/content/questions/physics";
import { appearsIn, bisect, type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Physics bank is recomputed here from the figures in its stem, with the physics
// written out independently of the stored answer (kinematics stepped or solved, conservation laws applied,
// Lorentz transformations, gas laws, fields, quantum and nuclear energies). g is whatever the stem states
// (the bank uses 9.8 m s⁻²); any other constant is the IB Physics data booklet value below. Each check lists
// the figures it uses and the test confirms that every one of them appears in the stem, so a stem edited
// without its answer (or the other way round) fails.

// ---- IB data booklet constants ----
const G = 6.67e-11; // N m² kg⁻²
const k = 8.99e9; // Coulomb constant, N m² C⁻²
const e = 1.6e-19; // elementary charge, C
const h = 6.63e-34; // Planck constant, J s
const c = 3.0e8; // speed of light, m s⁻¹
const eV = e; // J per eV
const MeV = 1e6 * eV;
const R = 8.31; // J K⁻¹ mol⁻¹
const kB = 1.38e-23; // J K⁻¹

// ---- tools ----
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;
const radians = (deg: number) => (deg * Math.PI) / 180;
const degrees = (rad: number) => (rad * 180) / Math.PI;
const gamma = (beta: number) => 1 / Math.sqrt(1 - beta * beta);

/** Least-squares gradient and intercept of ys on xs. */
function line(xs: number[], ys: number[]): { m: number; b: number } {
  const mx = mean(xs);
  const my = mean(ys);
  const m = sum(xs.map((x, i) => (x - mx) * (ys[i]! - my))) / sum(xs.map((x) => (x - mx) ** 2));
  return { m, b: my - m * mx };
}

/** Rest mass energy difference (in MeV) of a mass defect in u. */
const uToMeV = (du: number, conversion: number) => du * conversion;

// ---- the checks, one per NUMERIC question ----

const checks: Record<string, Check> = {
  // A — Space, time and motion
  // Multi-part questions: each part from the context's figures (parts "<group>-<label>").
  "mp-01-a": check([1.5, 8.0], ([a, t]) => a! * t!),
  "mp-01-b": check([1.5, 8.0], ([a, t]) => {
    // Area under the velocity–time graph, a triangle.
    const v = a! * t!;
    return (v * t!) / 2;
  }),
  "mp-01-c": check([1.5, 8.0, 20], ([a, t, cruise]) => {
    // Step the motion in small time intervals rather than use the formulas.
    const dt = 1e-4;
    let v = 0;
    let s = 0;
    for (let time = 0; time < t! + cruise! - dt / 2; time += dt) {
      const accel = time < t! - dt / 2 ? a! : 0;
      s += (v + (v + accel * dt)) * dt * 0.5;
      v += accel * dt;
    }
    return Math.round(s * 1000) / 1000;
  }),
  "mp-01-d": check([80, 1.5], ([m, a]) => m! * a!),
  // Cell of emf 6.0 V, r = 0.50 Ω; 4.0 Ω in series with 6.0 Ω ∥ 3.0 Ω.
  ...(() => {
    const parallel = (a: number, b: number) => 1 / (1 / a + 1 / b);
    const current = ([emf, r, rs, r1, r2]: number[]) => emf! / (r! + rs! + parallel(r1!, r2!));
    const inputs = [6.0, 0.5, 4.0, 6.0, 3.0];
    return {
      "mp-02-b": check(inputs, current),
      "mp-02-c": check(inputs, (v) => v[0]! - current(v) * v[1]!),
      "mp-02-d": check(inputs, (v) => (current(v) * parallel(v[3]!, v[4]!)) ** 2 / v[4]!),
    };
  })(),
  // Block: 0.50 kg from 1.8 m, 5.2 m/s at the bottom, stops in 3.4 m; g = 9.8.
  "mp-03-a": check([0.5, 5.2], ([m, v]) => 0.5 * m! * v! ** 2),
  "mp-03-b": check([0.5, 9.8, 1.8, 5.2], ([m, g, h, v]) => m! * g! * h! - 0.5 * m! * v! ** 2),
  "mp-03-c": check([0.5, 5.2, 3.4], ([m, v, d]) => {
    // Uniform deceleration from v to 0 over d: a = v² / 2d, F = ma.
    return m! * (v! ** 2 / (2 * d!));
  }),
  "mp-03-d": check([5.2, 3.4, 9.8], ([v, d, g]) => v! ** 2 / (2 * d!) / g!),
  // Heating 0.400 kg of liquid with 48 W: gradient of the temperature data by least squares.
  "mp-04-a": check([0, 60, 120, 180, 240, 20.0, 24.1, 28.0, 32.1, 36.0], (v) => line(v.slice(0, 5), v.slice(5)).m),
  "mp-04-b": check([48, 0.4, 0, 60, 120, 180, 240, 20.0, 24.1, 28.0, 32.1, 36.0], ([p, m, ...v]) => p! / (m! * line(v.slice(0, 5), v.slice(5)).m)),
  "mp-04-d": check([48, 300, 0.017], ([p, t, dm]) => (p! * t!) / dm!),
  // Rigid cylinder: 2.4 × 10⁻³ m³ at 1.0 × 10⁵ Pa and 290 K.
  "mp-05-a": check([2.4, 1.0, 290], ([v, p, t]) => (p! * 1e5 * v! * 1e-3) / (R * t!)),
  "mp-05-b": check([2.4, 1.0, 290], ([v, p, t]) => (p! * 1e5 * v! * 1e-3) / (kB * t!)),
  "mp-05-c": check([1.0, 290, 360], ([p, t1, t2]) => (p! * 1e5 * t2!) / t1!),
  "mp-05-d": check([360], ([t]) => 1.5 * kB * t!),
  // Double slit: d = 0.25 mm, D = 2.40 m, 10 spacings across 61 mm.
  "mp-06-a": check([0.25, 2.4, 10, 61], ([d, D, n, width]) => ((width! / n!) * 1e-3 * d! * 1e-3) / D!),
  "mp-06-b": check([0.25, 2.4, 10, 61], ([d, D, n, width]) => c / (((width! / n!) * 1e-3 * d! * 1e-3) / D!)),
  "mp-06-d": check([2.4, 10, 61, 3.0], ([D1, n, width, D2]) => (width! / n!) * (D2! / D1!)),
  // Satellite 540 km above an Earth of radius 6.37 × 10⁶ m and mass 5.97 × 10²⁴ kg.
  "mp-07-a": check([540, 6.37, 5.97], ([alt, re, me]) => (G * me! * 1e24) / (re! * 1e6 + alt! * 1e3) ** 2),
  "mp-07-c": check([540, 6.37, 5.97], ([alt, re, me]) => (2 * Math.PI * Math.sqrt((re! * 1e6 + alt! * 1e3) ** 3 / (G * me! * 1e24))) / 60),
  // Activity table 800, 566, 400, 283, 200 Bq every 10 min: half-life from the exponential fit.
  "mp-08-b": check([0, 10, 20, 30, 40, 800, 566, 400, 283, 200], (v) => -Math.log(2) / line(v.slice(0, 5), v.slice(5).map(Math.log)).m),
  "mp-08-c": check([0, 10, 20, 30, 40, 800, 566, 400, 283, 200, 100], (v) => {
    const { m, b } = line(v.slice(0, 5), v.slice(5, 10).map(Math.log));
    return Math.exp(b + m * v[10]!);
  }),
  // Trolleys: 1.2 kg at 0.80 m/s hits 0.60 kg at rest; they couple; contact for 0.050 s.
  "mp-09-a": check([1.2, 0.8, 0.6], ([ma, u, mb]) => (ma! * u!) / (ma! + mb!)),
  "mp-09-b": check([1.2, 0.8, 0.6], ([ma, u, mb]) => 0.5 * ma! * u! ** 2 - 0.5 * (ma! + mb!) * ((ma! * u!) / (ma! + mb!)) ** 2),
  "mp-09-c": check([1.2, 0.8, 0.6, 0.05], ([ma, u, mb, t]) => (ma! * u! - ma! * ((ma! * u!) / (ma! + mb!))) / t!),
  // Electron through 2.0 kV into 1.5 mT.
  "mp-10-a": check([2.0, 9.11], ([kv, m]) => Math.sqrt((2 * e * kv! * 1e3) / (m! * 1e-31))),
  "mp-10-b": check([2.0, 9.11, 1.5], ([kv, m, b]) => (m! * 1e-31 * Math.sqrt((2 * e * kv! * 1e3) / (m! * 1e-31))) / (e * b! * 1e-3)),
  "mp-10-d": check([9.11, 1.5], ([m, b]) => (2 * Math.PI * m! * 1e-31) / (e * b! * 1e-3)),
  // Stopping potential 0.40 V at 6.0 × 10¹⁴ Hz and 1.64 V at 9.0 × 10¹⁴ Hz.
  "mp-11-a": check([6.0, 9.0, 0.4, 1.64], ([f1, f2, v1, v2]) => (e * (v2! - v1!)) / ((f2! - f1!) * 1e14)),
  "mp-11-b": check([6.0, 9.0, 0.4, 1.64], ([f1, f2, v1, v2]) => bisect((f) => v1! + ((v2! - v1!) / (f2! - f1!)) * (f - f1!), 0, f1!) * 1e14),
  "mp-11-c": check([6.0, 9.0, 0.4, 1.64], ([f1, f2, v1, v2]) => {
    // The work function is minus the intercept on the V_s axis, in volts = eV.
    const slope = (v2! - v1!) / (f2! - f1!);
    return -(v1! - slope * f1!);
  }),
  // Football kicked at 18 m/s, 35° above the horizontal; g = 9.8.
  ...(() => {
    const flight = (u: number, angle: number, g: number) => {
      // Step the flight until the ball is back on the ground, recording the top and the landing.
      const dt = 1e-5;
      const vx = u * Math.cos(radians(angle));
      let [x, y, vy, t, top, tTop] = [0, 0, u * Math.sin(radians(angle)), 0, 0, 0];
      do {
        x += vx * dt;
        y += vy * dt - 0.5 * g * dt * dt;
        vy -= g * dt;
        t += dt;
        if (y > top) [top, tTop] = [y, t];
      } while (y > 0);
      return { x, top, tTop };
    };
    return {
      "mp-12-a": check([18, 35], ([u, angle]) => u! * Math.cos(radians(angle!))),
      "mp-12-b": check([18, 35, 9.8], ([u, angle, g]) => flight(u!, angle!, g!).tTop),
      "mp-12-c": check([18, 35, 9.8], ([u, angle, g]) => flight(u!, angle!, g!).top),
      "mp-12-d": check([18, 35, 9.8], ([u, angle, g]) => flight(u!, angle!, g!).x),
    };
  })(),
  // Car of 1200 kg on a 25 m radius at 9.0 m/s; friction at most 7800 N.
  "mp-13-b": check([9.0, 25], ([v, r]) => v! ** 2 / r!),
  "mp-13-c": check([1200, 9.0, 25], ([m, v, r]) => (m! * v! ** 2) / r!),
  "mp-13-e": check([7800, 25, 1200], ([f, r, m]) => Math.sqrt((f! * r!) / m!)),
  // Motor lifts 45 kg through 12 m in 20 s with 400 W in.
  "mp-14-a": check([45, 9.8, 12], ([m, g, h]) => m! * g! * h!),
  "mp-14-b": check([45, 9.8, 12, 20], ([m, g, h, t]) => (m! * g! * h!) / t!),
  "mp-14-c": check([45, 9.8, 12, 20, 400], ([m, g, h, t, p]) => ((m! * g! * h!) / t! / p!) * 100),
  "mp-14-d": check([45, 9.8], ([m, g]) => m! * g!),
  // 0.250 kg on a spring stretched 6.1 cm; then 0.500 kg.
  "mp-15-a": check([0.25, 9.8, 6.1], ([m, g, cm]) => (m! * g!) / (cm! / 100)),
  "mp-15-b": check([0.25, 9.8, 6.1], ([m, g, cm]) => 2 * Math.PI * Math.sqrt(m! / ((m! * g!) / (cm! / 100)))),
  "mp-15-d": check([0.25, 9.8, 6.1, 0.5], ([m, g, cm, m2]) => 2 * Math.PI * Math.sqrt(m2! / ((m! * g!) / (cm! / 100)))),
  // String 0.80 m long in its third harmonic at 330 Hz.
  "mp-16-a": check([0.8], ([l]) => (2 * l!) / 3),
  "mp-16-b": check([0.8, 330], ([l, f]) => ((2 * l!) / 3) * f!),
  "mp-16-c": check([0.8, 330], ([l, f]) => (((2 * l!) / 3) * f!) / (2 * l!)),
  // Solar constant 1360 W m⁻², albedo 0.30, σ = 5.67 × 10⁻⁸.
  "mp-17-b": check([1360, 0.3], ([s, albedo]) => ((1 - albedo!) * s!) / 4),
  "mp-17-c": check([1360, 0.3, 5.67], ([s, albedo, sigma]) => (((1 - albedo!) * s!) / 4 / (sigma! * 1e-8)) ** 0.25),
  // Plates 4.0 cm apart at 600 V; an electron between them.
  "mp-18-a": check([600, 4.0], ([v, cm]) => v! / (cm! / 100)),
  "mp-18-b": check([600, 4.0], ([v, cm]) => (e * v!) / (cm! / 100)),
  "mp-18-c": check([600, 4.0], ([v, cm]) => (e * v!) / (cm! / 100) / 9.11e-31),
  // Uranium-235: 200 MeV per fission, 235 g/mol; 1.0 GW out at 32 %.
  "mp-19-a": check([200], ([mev]) => mev! * MeV),
  "mp-19-b": check([200, 235, 1.0], ([mev, molar, kg]) => ((kg! * 1000) / molar!) * 6.02e23 * mev! * MeV),
  "mp-19-c": check([200, 235, 1.0, 32], ([mev, molar, gw, eff]) => (((gw! * 1e9) / (eff! / 100)) * 24 * 3600) / ((1000 / molar!) * 6.02e23 * mev! * MeV)),
  // Star 25 ly away, spectrum peaking at 420 nm, brightness 3.6 × 10⁻⁹ W m⁻².
  ...(() => {
    const inputs = [25, 9.46, 420, 2.9, 3.6, 5.67];
    const temperature = ([, , peak, wien]: number[]) => (wien! * 1e-3) / (peak! * 1e-9);
    const luminosity = ([ly, metres, , , b]: number[]) => 4 * Math.PI * (ly! * metres! * 1e15) ** 2 * b! * 1e-9;
    return {
      "mp-20-a": check(inputs, temperature),
      "mp-20-b": check(inputs, luminosity),
      "mp-20-c": check(inputs, (v) => Math.sqrt(luminosity(v) / (4 * Math.PI * v[5]! * 1e-8 * temperature(v) ** 4))),
    };
  })(),
  // H line at 656.3 nm observed at 662.5 nm.
  "mp-21-a": check([656.3, 662.5], ([lab, seen]) => seen! - lab!),
  "mp-21-b": check([656.3, 662.5], ([lab, seen]) => ((seen! - lab!) / lab!) * c),
  // Nichrome: 1.5 m, 0.40 mm diameter, ρ = 1.1 × 10⁻⁶ Ω m, on 12 V.
  "mp-22-a": check([0.4], ([mm]) => Math.PI * (mm! / 1000 / 2) ** 2),
  "mp-22-b": check([1.1, 1.5, 0.4], ([rho, l, mm]) => (rho! * 1e-6 * l!) / (Math.PI * (mm! / 1000 / 2) ** 2)),
  "mp-22-c": check([1.1, 1.5, 0.4, 12], ([rho, l, mm, v]) => v! ** 2 / ((rho! * 1e-6 * l!) / (Math.PI * (mm! / 1000 / 2) ** 2))),
  // Skaters of 60 kg and 45 kg push apart for 0.60 s; B leaves at 2.0 m/s.
  "mp-23-a": check([45, 2.0, 60], ([mB, vB, mA]) => (mB! * vB!) / mA!),
  "mp-23-b": check([45, 2.0, 60], ([mB, vB, mA]) => 0.5 * mB! * vB! ** 2 + 0.5 * mA! * ((mB! * vB!) / mA!) ** 2),
  "mp-23-c": check([45, 2.0, 0.6], ([m, v, t]) => (m! * v!) / t!),
  // Roller coaster: 500 kg, 2.0 m/s at the top, 30 m drop along 85 m, 22 m/s at the bottom.
  "mp-24-a": check([2.0, 9.8, 30], ([u, g, h]) => Math.sqrt(u! ** 2 + 2 * g! * h!)),
  "mp-24-b": check([500, 22], ([m, v]) => 0.5 * m! * v! ** 2),
  "mp-24-c": check([500, 9.8, 30, 2.0, 22], ([m, g, h, u, v]) => m! * g! * h! + 0.5 * m! * u! ** 2 - 0.5 * m! * v! ** 2),
  "mp-24-d": check([500, 9.8, 30, 2.0, 22, 85], ([m, g, h, u, v, d]) => (m! * g! * h! + 0.5 * m! * u! ** 2 - 0.5 * m! * v! ** 2) / d!),
  // 0.030 kg of ice at 0 °C into 0.25 kg of water at 24 °C; c = 4200, L = 3.34 × 10⁵.
  "mp-25-a": check([0.03, 3.34], ([m, l]) => m! * l! * 1e5),
  "mp-25-b": check([0.03, 3.34, 0.25, 24, 4200], ([mi, l, mw, t, shc]) =>
    // The temperature at which the energy the warm water gives up equals what the ice takes to melt and warm.
    bisect((T) => mw! * shc! * (t! - T) - (mi! * l! * 1e5 + mi! * shc! * T), 0, t!),
  ),
  // Tyre: 2.4 × 10⁵ Pa, 0.025 m³, 280 K → 310 K.
  "mp-26-a": check([2.4, 0.025, 280], ([p, v, t]) => (p! * 1e5 * v!) / (R * t!)),
  "mp-26-b": check([2.4, 280, 310], ([p, t1, t2]) => (p! * 1e5 * t2!) / t1!), // p ∝ T at constant volume and amount
  "mp-26-c": check([310], ([t]) => 1.5 * kB * t!),
  // Potential divider: 9.0 V, 2.2 kΩ fixed, LDR 8.0 kΩ (dark) or 400 Ω (bright).
  "mp-27-a": check([9.0, 2.2, 8.0], ([v, fixed, ldr]) => v! / ((fixed! + ldr!) * 1000)),
  "mp-27-b": check([9.0, 2.2, 8.0], ([v, fixed, ldr]) => (v! / ((fixed! + ldr!) * 1000)) * fixed! * 1000),
  "mp-27-c": check([9.0, 2.2, 400], ([v, fixed, ldr]) => (v! / (fixed! * 1000 + ldr!)) * fixed! * 1000),
  // Optical fibre: core 1.50, cladding 1.46, 5.0 km.
  "mp-28-a": check([1.5, 1.46], ([core, clad]) => degrees(Math.asin(clad! / core!))),
  "mp-28-b": check([1.5], ([n]) => c / n!),
  "mp-28-c": check([5.0, 1.5], ([km, n]) => (km! * 1000) / (c / n!)),
  // Io: r = 4.22 × 10⁸ m, T = 1.77 days; Jupiter's radius 6.99 × 10⁷ m.
  "mp-29-a": check([1.77], ([days]) => days! * 24 * 3600),
  "mp-29-b": check([4.22, 1.77], ([r, days]) => (4 * Math.PI ** 2 * (r! * 1e8) ** 3) / (G * (days! * 24 * 3600) ** 2)),
  "mp-29-c": check([4.22, 1.77, 6.99], ([r, days, radius]) => (4 * Math.PI ** 2 * (r! * 1e8) ** 3) / ((days! * 24 * 3600) ** 2 * (radius! * 1e7) ** 2)),
  // Current balance: 2.4 g more on the balance at 4.0 A through 5.0 cm of wire.
  "mp-30-a": check([2.4, 9.8], ([grams, g]) => (grams! / 1000) * g!),
  "mp-30-b": check([2.4, 9.8, 4.0, 5.0], ([grams, g, i, cm]) => ((grams! / 1000) * g!) / (i! * (cm! / 100))),
  "mp-30-d": check([2.4, 9.8, 30], ([grams, g, angle]) => (grams! / 1000) * g! * Math.sin(radians(angle!))),
  // Hydrogen levels −3.40 eV and −1.51 eV.
  "mp-31-a": check([3.4, 1.51], ([e2, e3]) => e2! - e3!),
  "mp-31-b": check([3.4, 1.51], ([e2, e3]) => ((h * c) / ((e2! - e3!) * eV)) * 1e9),
  // Po-210 → Pb-206 + α (masses in u; 931.5 MeV per u).
  ...(() => {
    const inputs = [209.982874, 205.974465, 4.002603, 931.5];
    const released = ([po, pb, he, u]: number[]) => uToMeV(po! - pb! - he!, u!);
    return {
      "mp-32-a": check(inputs, ([po, pb, he]) => po! - pb! - he!),
      "mp-32-b": check(inputs, released),
      // Equal and opposite momenta: E = p²/2m, so the alpha particle's share is m_Pb / (m_Pb + m_α).
      "mp-32-c": check(inputs, (v) => (released(v) * v[1]!) / (v[1]! + v[2]!)),
    };
  })(),
  // Pendulum: 0.80 ± 0.01 m; 20 oscillations in 35.9 ± 0.2 s.
  "mp-33-a": check([35.9, 20], ([total, n]) => total! / n!),
  "mp-33-b": check([0.8, 35.9, 20], ([l, total, n]) => (4 * Math.PI ** 2 * l!) / (total! / n!) ** 2),
  "mp-33-c": check([0.01, 0.8, 0.2, 35.9], ([dl, l, dt, t]) => (dl! / l! + (2 * dt!) / t!) * 100),
  // Braking from 25 m/s: 0.70 s reaction time, then 6.5 m s⁻²; 1300 kg.
  "mp-34-a": check([25, 0.7], ([v, t]) => v! * t!),
  "mp-34-b": check([25, 6.5], ([v, a]) => v! ** 2 / (2 * a!)),
  "mp-34-c": check([25, 0.7, 6.5], ([v, t, a]) => v! * t! + v! ** 2 / (2 * a!)),
  "mp-34-e": check([1300, 6.5], ([m, a]) => m! * a!),
  "a-1-02": check([15.0, 45.0, 9.8], ([u, height, g]) => {
    // Time to fall from y = ½ g t², then horizontal distance at constant speed.
    const t = bisect((s) => 0.5 * g! * s * s - height!, 0, 100);
    return u! * t;
  }),
  "a-2-02": check([0.058, 25, 35, 4.0], ([m, u, v, ms]) => Math.abs(m! * -v! - m! * u!) / (ms! / 1000)),
  "a-2-03": check([40, 0.6, 9.8], ([r, mu, g]) => Math.sqrt(mu! * g! * r!)),
  "a-2-05": check([0.01, 2.0, 0.15, 9.8], ([mb, mB, rise, g]) => {
    const vAfter = Math.sqrt(2 * g! * rise!); // ½ M v² = M g h for the block + bullet
    return ((mb! + mB!) * vAfter) / mb!; // momentum conserved in the collision
  }),
  "a-3-02": check([250, 12.0, 20.0, 60, 9.8], ([m, height, t, eff, g]) => (m! * g! * height!) / t! / (eff! / 100)),
  "a-3-04": check([1.8, 1.35], ([release, rebound]) => ((release! - rebound!) / release!) * 100),
  "a-4-01": check([0.8, 12, 5.0], ([inertia, torque, t]) => {
    const omega = (torque! / inertia!) * t!;
    return 0.5 * inertia! * omega * omega;
  }),
  "a-4-03": check([1.5, 9.8], ([height, g]) =>
    // m g h = ½ m v² + ½ (½ m R²)(v/R)² per unit mass.
    bisect((v) => 0.5 * v * v + 0.5 * 0.5 * v * v - g! * height!, 0, 100),
  ),
  "a-4-04": check([4.0, 200, 500, 1.0], ([len, plank, person, x]) => (plank! * (len! / 2) + person! * x!) / len!),
  "a-5-02": check([2.2, 0.8], ([tauMicro, beta]) => beta! * c * gamma(beta!) * tauMicro! * 1e-6),
  "a-5-03": check([900, 2.0, 0.6], ([x, tMicro, beta]) => gamma(beta!) * (tMicro! * 1e-6 - (beta! * x!) / c) * 1e6),
  "a-5-05": check([1200, 5.0], ([dx, tMicro]) => Math.sqrt((tMicro! * 1e-6) ** 2 - (dx! / c) ** 2) * 1e6),

  // B — The particulate nature of matter
  "b-1-01": check([0.05, 0, 0.25, 30, 3.34, 5, 4180], ([mIce, tIce, mWater, tWater, lMant, lExp, cw]) => {
    const lf = lMant! * 10 ** lExp!;
    // Energy lost by the warm water = energy to melt the ice + energy to warm the meltwater.
    return bisect((t) => mWater! * cw! * (tWater! - t) - (mIce! * lf + mIce! * cw! * (t - tIce!)), tIce!, tWater!);
  }),
  "b-1-04": check([50.0, 1.0, 300, 20.0, 36.5], ([p, m, t, t1, t2]) => (p! * t!) / (m! * (t2! - t1!))),
  "b-2-01": check([1360, 0.3, 5.67], ([s, albedo, sigmaMant]) => {
    const sigma = sigmaMant! * 1e-8;
    // Absorbed over the disc πR², emitted over the sphere 4πR².
    return bisect((t) => (1 - albedo!) * s! * Math.PI - sigma * t ** 4 * 4 * Math.PI, 1, 1000);
  }),
  "b-3-01": check([2.0, 1.5, 5, 27, 8.31], ([litres, pMant, pExp, celsius, r]) => (pMant! * 10 ** pExp! * litres! * 1e-3) / (r! * (celsius! + 273))),
  "b-3-04": check([0.366, 100], ([m, b]) => bisect((theta) => m! * theta + b!, -1000, 0)),
  "b-4-01": check([2.0, 5, 3.0, 3, 5.0, 1500], ([pMant, pExp, v1, vExp, v2, q]) => q! - pMant! * 10 ** pExp! * (v2! - v1!) * 10 ** -vExp!),
  "b-4-02": check([527, 27], ([hot, cold]) => (1 - (cold! + 273) / (hot! + 273)) * 100),
  "b-4-05": check([0.5, 273, 3.34, 5], ([m, t, lMant, lExp]) => (m! * lMant! * 10 ** lExp!) / t!),
  "b-5-01": check([4.0, 6.0, 3.0, 12], ([rs, r1, r2, emf]) => {
    const parallel = 1 / (1 / r1! + 1 / r2!);
    const current = emf! / (rs! + parallel);
    return (current * parallel) / r2!;
  }),
  "b-5-02": check([1.0, 2.0, 4.0, 8.5, 8.0, 7.0], (xs) => -line(xs.slice(0, 3), xs.slice(3)).m),

  // C — Wave behaviour
  "c-1-02": check([0.4, 25], ([m, kSpring]) => 2 * Math.PI * Math.sqrt(m! / kSpring!)),
  "c-1-ahl-01": check([0.05, 2.0, 0.03], ([amp, f, x]) => 2 * Math.PI * f! * Math.sqrt(amp! ** 2 - x! ** 2)),
  "c-2-02": check([256, 343], ([f, v]) => v! / f!),
  "c-2-03": check([1, 5, 2.4, 20, 0.5], ([first, fifth, dist, n, t]) => (dist! / (fifth! - first!)) * (n! / t!)),
  "c-3-01": check([1.5, 40.0], ([n, i]) => degrees(Math.asin(Math.sin(radians(i!)) / n!))),
  "c-3-02": check([590, 0.3, 1.5], ([nm, mm, d]) => ((nm! * 1e-9 * d!) / (mm! * 1e-3)) * 1000),
  "c-3-ahl-01": check([520, 600], ([nm, perMm]) => degrees(Math.asin((2 * nm! * 1e-9) / (1e-3 / perMm!)))),
  "c-4-01": check([0.85, 340], ([len, v]) => {
    // Closed–open pipe: resonances have L = (2n − 1) λ / 4; the second one (n = 2).
    const resonances = [1, 2, 3].map((n) => v! / ((4 * len!) / (2 * n - 1)));
    return resonances[1]!;
  }),
  "c-5-02": check([656.3, 662.9], ([lab, obs]) => ((obs! - lab!) / lab!) * c),
  "c-5-ahl-01": check([800, 25, 340], ([f, vs, v]) => (f! * v!) / (v! - vs!)),
  "c-5-ahl-02": check([500, 20, 340], ([f, vo, v]) => (f! * (v! + vo!)) / v!),

  // D — Fields
  "d-1-01": check([6.42, 23, 3.39, 6], ([mMant, mExp, rMant, rExp]) => (G * mMant! * 10 ** mExp!) / (rMant! * 10 ** rExp!) ** 2),
  "d-1-02": check([4.22, 7, 5.97, 24], ([rMant, rExp, mMant, mExp]) => {
    const r = rMant! * 10 ** rExp!;
    const v = Math.sqrt((G * mMant! * 10 ** mExp!) / r); // gravity provides the centripetal force
    return (2 * Math.PI * r) / v / 3600;
  }),
  "d-1-ahl-01": check([7.35, 22, 1.74, 6], ([mMant, mExp, rMant, rExp]) =>
    // ½ v² = G M / R
    bisect((v) => 0.5 * v * v - (G * mMant! * 10 ** mExp!) / (rMant! * 10 ** rExp!), 0, 1e5),
  ),
  "d-1-ahl-04": check([500, 5.97, 24, 6.37, 6], ([m, mMant, mExp, rMant, rExp]) => {
    const gm = G * mMant! * 10 ** mExp!;
    const r = rMant! * 10 ** rExp!;
    const orbit = 2 * r; // height of one Earth radius
    const start = (-gm * m!) / r; // at rest on the surface (no rotation)
    const end = (-gm * m!) / orbit + 0.5 * m! * (gm / orbit); // potential + kinetic energy in orbit
    return end - start;
  }),
  "d-2-01": check([3.0, 5.0, 0.2], ([q1, q2, r]) => (k * q1! * 1e-6 * q2! * 1e-6) / r! ** 2),
  "d-2-03": check([5.0, 1500], ([mm, v]) => e * (v! / (mm! * 1e-3))),
  "d-2-ahl-01": check([4.0, 2.0, 0.3], ([q1, q2, d]) => (k * (q1! * 1e-9)) / (d! / 2) + (k * (-q2! * 1e-9)) / (d! / 2)),
  "d-3-01": check([1.673, 27, 2.0, 6, 0.5], ([mMant, mExp, vMant, vExp, b]) => (mMant! * 10 ** -mExp! * vMant! * 10 ** vExp!) / (e * b!)),
  "d-3-03": check([0.25, 3.0, 0.4, 30], ([len, i, b, angle]) => b! * i! * len! * Math.sin(radians(angle!))),
  "d-3-06": check([9.11, 31, 2000, 5.0], ([mMant, mExp, v, mT]) => {
    const m = mMant! * 10 ** -mExp!;
    const speed = Math.sqrt((2 * e * v!) / m);
    return (m * speed) / (e * mT! * 1e-3);
  }),
  "d-4-01": check([200, 4.0, 3, 0.6, 0.05], ([n, aMant, aExp, b, t]) => (n! * aMant! * 10 ** -aExp! * b!) / t!),
  "d-4-02": check([0.3, 5.0, 0.12, 0.6], ([len, v, b, r]) => (b! * len! * v!) / r!),

  // E — Nuclear and quantum physics
  "e-1-02": check([3.4, 13.6], ([upper, ground]) => ((h * c) / ((ground! - upper!) * eV)) * 1e9),
  "e-1-ahl-01": check([5.0, 79], ([mev, z]) =>
    // All kinetic energy becomes electric potential energy k (2e)(Ze) / d.
    bisect((d) => (k * 2 * e * z! * e) / d - mev! * MeV, 1e-16, 1e-10),
  ),
  "e-2-01": check([400, 2.3], ([nm, phi]) => (h * c) / (nm! * 1e-9) / eV - phi!),
  "e-2-02": check([9.11, 31, 150], ([mMant, mExp, v]) => h / Math.sqrt(2 * mMant! * 10 ** -mExp! * e * v!)),
  "e-2-05": check([9.11, 31, 90], ([mMant, mExp, angle]) => (h / (mMant! * 10 ** -mExp! * c)) * (1 - Math.cos(radians(angle!)))),
  "e-3-01": check([0, 6, 12, 24, 36, 640, 403, 254, 101, 40], (xs) => {
    // Straight line of ln A against t: the gradient is −λ.
    const { m } = line(xs.slice(0, 5), xs.slice(5).map(Math.log));
    return Math.log(2) / -m;
  }),
  "e-3-03": check([1.007276, 1.008665, 4.001506, 931.5], ([mp, mn, mHe, conv]) => uToMeV(2 * mp! + 2 * mn! - mHe!, conv!) / 4),
  "e-3-ahl-01": check([8.02, 5.0, 6, 20.0], ([half, aMant, aExp, t]) => aMant! * 10 ** aExp! * Math.exp((-Math.log(2) / half!) * t!)),
  "e-4-01": check([1, 235.04393, 140.914411, 91.926156, 1.008665, 3, 931.5], ([one, u, ba, kr, n, three, conv]) =>
    uToMeV(one! * n! + u! - (ba! + kr! + three! * n!), conv!),
  ),
  "e-5-01": check([9.7, 27, 9900, 5.67], ([lMant, lExp, t, sigmaMant]) =>
    bisect((r) => 4 * Math.PI * r * r * sigmaMant! * 1e-8 * t! ** 4 - lMant! * 10 ** lExp!, 1, 1e12),
  ),
  "e-5-04": check([3.83, 26, 1.5, 11], ([lMant, lExp, dMant, dExp]) => (lMant! * 10 ** lExp!) / (4 * Math.PI * (dMant! * 10 ** dExp!) ** 2)),

  // Tools and inquiry
  "s-t3-01": check([2.5, 0.02, 1.6, 0.05], ([d, dd, t, dt]) => (dd! / d! + dt! / t!) * 100),
  "s-t3-02": check([4.05, 2], ([gradient, two]) => (two! * Math.PI) ** 2 / gradient!),
  "s-t1-02": check([250, 1], ([n, dStack]) => dStack! / n!),
  "s-i2-01": check([2.31, 2.35, 2.28, 2.4, 2.36], (ts) => ((Math.max(...ts) - Math.min(...ts)) / 2 / mean(ts)) * 100),
  "s-i2-02": check([0.1, 0.7, 0.9, 5.1], ([i1, v1, i2, v2]) => (v2! - v1!) / (i2! - i1!)),

  // Questions on figures: what they read off a graph or diagram comes from the alt text, part of the stem.
  "fig-01": check([12, 0.5, 4.0], ([emf, current, r]) => (emf! - current! * r!) * current!),
  "fig-03": check([0, 0, 4.0, 12, 10.0, 12, 15.0, 0], (flat) => {
    const ts = flat.filter((_, i) => i % 2 === 0);
    const vs = flat.filter((_, i) => i % 2 === 1);
    const distance = sum(ts.slice(1).map((t, i) => ((t - ts[i]!) * (vs[i]! + vs[i + 1]!)) / 2));
    return distance / ts[ts.length - 1]!;
  }),
  "fig-04": check([2.0, 0, 8.0, 36, 4.0], ([t1, s1, t2, s2, t]) => (s2! - s1!) / (t2! - t1!) / t!),
  "fig-05": check([3.0, 25], ([m, angle]) => {
    // Balanced forces along and across the slope: friction = m g sin θ, normal = m g cos θ.
    const g = 9.8;
    return (m! * g * Math.sin(radians(angle!))) / (m! * g * Math.cos(radians(angle!)));
  }),
  "fig-07": check([1.33, 55, 45], ([nWater, incidence, refraction]) => (nWater! * Math.sin(radians(incidence!))) / Math.sin(radians(refraction!))),
  "fig-09": check([800, 400, 3.0, 15], ([a0, a1, t1, t]) => {
    const lambda = Math.log(a0! / a1!) / t1!; // from two readings of the curve
    return a0! * Math.exp(-lambda * t!);
  }),
  "fig-12": check([1.2, 3, 150], ([length, loops, f]) => f! * ((2 * length!) / loops!)),
  "fig-13": check([0.15, 6.0, 0.3, 4.0], ([current, v, i, vLamp]) => current! * (v! / i!) + vLamp!),
  "fig-14": check([0.2, 0, 0, 20, 400, 50, 0], ([m, ...flat]) => {
    const ts = flat.filter((_, i) => i % 2 === 0).map((ms) => ms / 1000);
    const fs = flat.filter((_, i) => i % 2 === 1);
    const impulse = sum(ts.slice(1).map((t, i) => ((t - ts[i]!) * (fs[i]! + fs[i + 1]!)) / 2));
    return impulse / m!;
  }),
};

const numeric = numericQuestionsOf(bank);

describe("Physics numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "physics-", atLeast: 50 });

  it("uses the g the stems state", () => {
    const stated = numeric.flatMap((q) => [...q.stem.matchAll(/g = (\d+(?:\.\d+)?)/g)].map((m) => Number(m[1])));
    expect(new Set(stated)).toEqual(new Set([9.8]));
  });

  it("recomputes textbook cases", () => {
    expect(gamma(0.6)).toBeCloseTo(1.25, 12);
    expect(line([0, 1, 2], [1, 3, 5])).toEqual({ m: 2, b: 1 });
    expect((h * c) / (500e-9 * eV)).toBeCloseTo(2.49, 2);
  });

  it("finds a figure in a figure's alt text, never in its address", () => {
    const stem = `A circuit: ![a 4.0 Ω resistor](/figures/${"ab25".repeat(16)}-560x350.svg)`;
    expect(appearsIn(stem, 4)).toBe(true);
    for (const n of [25, 560, 350]) expect(appearsIn(stem, n), String(n)).toBe(false);
  });
});
