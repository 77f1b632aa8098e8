import type { Independent } from "./independent-maths";
import { argMax, bisect, centralDifference, integrateFor, integrateUntil } from "./numerical-methods";
import type { PhysicsCheck } from "./question-generator";

const rel = (value: number, r: number): Independent => ({ value, tolerance: r * Math.abs(value) + 1e-12 });
const deg = Math.PI / 180;

/** IB data booklet convention: T/K = θ/°C + 273. */
const kelvin = (celsius: number) => celsius + 273;

/** The snapshot must have a crest in [-guess/2, 0]; `guess` only sizes the search windows (±25%). */
function waveCrestSpacing(y: (x: number) => number, guess: number): number {
  // Two neighbouring maxima of the snapshot y(x), each located by bisection on the numerical slope.
  const first = argMax(y, -guess / 2, 0);
  const second = argMax(y, first + 0.75 * guess, first + 1.25 * guess);
  return second - first;
}

export function independentPhysicsValue(check: PhysicsCheck): Independent {
  switch (check.kind) {
    case "uniform-acceleration": {
      const F = (_t: number, [, v]: number[]) => [v as number, check.acceleration];
      const y0 = [0, check.initialVelocity];
      const end =
        "time" in check.until
          ? integrateFor(F, y0, check.until.time, 10_000)
          : integrateUntil(F, y0, 1e-2, ([x]) => (check.until as { displacement: number }).displacement - (x as number), 1e4).y;
      return rel((check.asked === "displacement" ? end[0] : end[1]) as number, 1e-8);
    }
    case "projectile": {
      const { g } = check;
      const F = (_t: number, [, , vx, vy]: number[]) => [vx as number, vy as number, 0, -g];
      const y0 = [0, check.launchHeight, check.speed * Math.cos(check.angleDeg * deg), check.speed * Math.sin(check.angleDeg * deg)];
      if (check.asked === "max-height") return rel(integrateUntil(F, y0, 1e-3, (s) => s[3] as number, 1e3).y[1] as number, 1e-8);
      // The ground is y = 0; a launch from the ground starts on it, which integrateUntil skips (event 0, not > 0).
      const landing = integrateUntil(F, y0, 1e-3, (s) => s[1] as number, 1e3);
      return rel(check.asked === "range" ? (landing.y[0] as number) : landing.t, 1e-8);
    }
    case "collision": {
      const { m1, u1, m2, u2, v1 } = check;
      const before = m1 * u1 + m2 * u2;
      // Unknown final velocity from the momentum residual; with v1 null the bodies move together.
      const v = bisect((w) => before - (v1 === null ? (m1 + m2) * w : m1 * v1 + m2 * w), -1e3, 1e3);
      if (check.asked === "final-velocity") return rel(v, 1e-10);
      const keBefore = 0.5 * m1 * u1 * u1 + 0.5 * m2 * u2 * u2;
      const keAfter = v1 === null ? 0.5 * (m1 + m2) * v * v : 0.5 * m1 * v1 * v1 + 0.5 * m2 * v * v;
      return rel(keBefore - keAfter, 1e-9);
    }
    case "incline-slide": {
      const along = check.g * Math.sin(check.angleDeg * deg) - check.friction / check.mass;
      const length = check.height / Math.sin(check.angleDeg * deg);
      const F = (_t: number, [, v]: number[]) => [v as number, along];
      return rel(integrateUntil(F, [0, check.initialSpeed], 1e-3, ([s]) => length - (s as number), 1e4).y[1] as number, 1e-8);
    }
    case "lift-power": {
      // Work done by the motor summed over the lift at constant speed (force = weight), then input power.
      const steps = 10_000;
      const speed = check.height / check.time;
      let work = 0;
      for (let i = 0; i < steps; i++) work += check.mass * check.g * speed * (check.time / steps);
      return rel(work / check.time / check.efficiency, 1e-9);
    }
    case "ideal-gas-amount": {
      const T = kelvin(check.celsius);
      return rel(
        bisect((n) => check.pressure * check.volume - n * check.R * T, 0, 1e6),
        1e-10,
      );
    }
    case "gas-change": {
      const invariant = (check.p1 * check.v1) / kelvin(check.celsius1);
      return rel(
        bisect((p2) => invariant - (p2 * check.v2) / kelvin(check.celsius2), 0, 1e9),
        1e-10,
      );
    }
    case "circuit": {
      const {
        emf,
        internalResistance: r,
        seriesResistance: R1,
        parallel: [R2, R3],
      } = check;
      // Nodal analysis: find the voltage V at the junction after R1 where Kirchhoff's current law balances.
      const currentIn = (V: number) => V / R2 + V / R3;
      const kcl = (V: number) => (emf - currentIn(V) * r - V) / R1 - currentIn(V);
      const V = bisect(kcl, 0, emf);
      const I = currentIn(V);
      const value = check.asked === "current" ? I : check.asked === "terminal-pd" ? emf - I * r : V / R2;
      return rel(value, 1e-10);
    }
    case "wave": {
      if ("crestSpacing" in check.given) {
        const { crestSpacing: lambda, oscillations, time } = check.given;
        const f = oscillations / time;
        const y = (x: number, t: number) => Math.sin(2 * Math.PI * (f * t - x / lambda));
        // Follow one crest for a fifth of a period: speed = distance moved / time taken.
        const dt = 0.2 / f;
        const x0 = argMax((x) => y(x, 0), -lambda / 2, 0);
        const x1 = argMax((x) => y(x, dt), x0, x0 + lambda / 2);
        return rel((x1 - x0) / dt, 1e-7);
      }
      const { speed, frequency } = check.given;
      const snapshot = (x: number) => Math.sin(2 * Math.PI * frequency * (0 - x / speed));
      // A rough scale for the search window from one period's travel, refined by locating the crests.
      return rel(waveCrestSpacing(snapshot, speed / frequency), 1e-7);
    }
    case "gravitation": {
      const { G, planetMass: M } = check;
      const r = check.planetRadius + check.altitude;
      const potential = (x: number) => (-G * M) / x;
      const g = (x: number) => centralDifference(potential, x, x * 1e-3);
      if (check.asked === "field-strength") return rel(g(r), 1e-9);
      const v = bisect((w) => (w * w) / r - g(r), 0, 1e6);
      if (check.asked === "orbital-speed") return rel(v, 1e-9);
      // Fly one full orbit under the inverse-square force and time the return to the starting line.
      const F = (_t: number, [x, y, vx, vy]: number[]) => {
        const d3 = Math.hypot(x as number, y as number) ** 3;
        return [vx as number, vy as number, (-G * M * (x as number)) / d3, (-G * M * (y as number)) / d3];
      };
      const dt = r / v / 2000;
      return rel(integrateUntil(F, [r, 0, 0, v], dt, (s) => -(s[1] as number), 1e9).t, 1e-7);
    }
    case "radioactive-decay": {
      const lambda = Math.LN2 / check.halfLife;
      const F = (_t: number, [N]: number[]) => [-lambda * (N as number)];
      if ("remainingAfter" in check.asked) return rel(integrateFor(F, [check.initial], check.asked.remainingAfter, 20_000)[0] as number, 1e-9);
      const target = check.asked.timeToReach;
      return rel(integrateUntil(F, [check.initial], check.halfLife / 500, ([N]) => (N as number) - target, 1e12).t, 1e-9);
    }
  }
}
