/**
 * Generic numerical tools for the independent answer checker. Generators must not import this file:
 * the point of the checker is that it reaches each answer by a different route from the generator.
 */

/** Fourth-order central difference: error O(h^4), exact for polynomials up to degree 4. */
export function centralDifference(f: (x: number) => number, x: number, h = 1e-3): number {
  return (-f(x + 2 * h) + 8 * f(x + h) - 8 * f(x - h) + f(x - 2 * h)) / (12 * h);
}

/** Composite Simpson's rule with `n` (even) sub-intervals. */
export function simpson(f: (x: number) => number, a: number, b: number, n = 2000): number {
  const h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let i = 1; i < n; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
  return (sum * h) / 3;
}

/** Root of f in [lo, hi] by bisection; f(lo) and f(hi) must differ in sign. */
export function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  let fa = f(a);
  if (Math.sign(fa) === Math.sign(f(b)) && fa !== 0) throw new Error(`no sign change on [${lo}, ${hi}]`);
  for (let i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
    const m = (a + b) / 2;
    const fm = f(m);
    if (fm === 0) return m;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = m;
      fa = fm;
    } else b = m;
  }
  return (a + b) / 2;
}

/** Local maximum of a smooth f in [lo, hi]: bisection on the sign of a numerical derivative. */
export function argMax(f: (x: number) => number, lo: number, hi: number): number {
  const h = (hi - lo) * 1e-6;
  return bisect((x) => centralDifference(f, x, h), lo, hi);
}

/** One classical Runge–Kutta step for a system y' = F(t, y). */
export function rk4Step(F: (t: number, y: number[]) => number[], t: number, y: number[], dt: number): number[] {
  const add = (a: number[], b: number[], k: number) => a.map((v, i) => v + k * (b[i] as number));
  const k1 = F(t, y);
  const k2 = F(t + dt / 2, add(y, k1, dt / 2));
  const k3 = F(t + dt / 2, add(y, k2, dt / 2));
  const k4 = F(t + dt, add(y, k3, dt));
  return y.map((v, i) => v + (dt / 6) * ((k1[i] as number) + 2 * (k2[i] as number) + 2 * (k3[i] as number) + (k4[i] as number)));
}

/**
 * Integrates y' = F(t, y) with RK4 steps of `dt` until `event(y)` goes from positive to non-positive, then
 * finds the crossing inside that step by bisecting on the length of a single RK4 sub-step (so the result
 * keeps RK4 accuracy instead of the O(dt²) error of interpolating). Returns the crossing time and state.
 */
export function integrateUntil(
  F: (t: number, y: number[]) => number[],
  y0: number[],
  dt: number,
  event: (y: number[]) => number,
  maxTime: number,
): { t: number; y: number[] } {
  let t = 0;
  let y = y0;
  while (t < maxTime) {
    const next = rk4Step(F, t, y, dt);
    if (event(y) > 0 && event(next) <= 0) {
      const from = y;
      const t0 = t;
      const tau = bisect((s) => event(rk4Step(F, t0, from, s)), 0, dt);
      return { t: t0 + tau, y: rk4Step(F, t0, from, tau) };
    }
    t += dt;
    y = next;
  }
  throw new Error(`event not reached within t = ${maxTime}`);
}

/** Integrates y' = F(t, y) from 0 to `time` in `steps` equal RK4 steps. */
export function integrateFor(F: (t: number, y: number[]) => number[], y0: number[], time: number, steps: number): number[] {
  let y = y0;
  const dt = time / steps;
  for (let i = 0; i < steps; i++) y = rk4Step(F, i * dt, y, dt);
  return y;
}
