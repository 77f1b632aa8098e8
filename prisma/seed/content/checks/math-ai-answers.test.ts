import { describe, expect, it } from "vitest";
import { questionInput, type Question } from "@/lib/questions/question-input";
import bank from "@/prisma/seed/content/questions/math-ai";
import { bisect, type Check, check, integrate } from "./numeric-recompute";

// Every NUMERIC answer in the Maths AI bank is recomputed here from the figures in its stem, with the
// calculations a GDC would do written out in plain TypeScript (statistics distributions by numerical
// integration, solvers by bisection), never copying the stored answer. Each check lists the figures it
// uses and the test confirms each one appears in the stem, so a stem edited without its answer fails.

// ---- numerical tools (what the GDC does) ----

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

/** The x in [a, b] where a unimodal f is largest (golden-section search). */
function argmax(f: (x: number) => number, a: number, b: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 200; i++) {
    const x1 = hi - g * (hi - lo);
    const x2 = lo + g * (hi - lo);
    if (f(x1) < f(x2)) lo = x1;
    else hi = x2;
  }
  return (lo + hi) / 2;
}

/** ln Γ(x) by the Lanczos approximation. */
function lnGamma(x: number): number {
  const c = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  for (let i = 0; i < c.length; i++) a += c[i]! / (z + i + 1);
  const t = z + c.length - 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const normalPdf = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
/** P(X < x) for X ~ N(mu, sigma²). */
const normalCdf = (x: number, mu = 0, sigma = 1) => {
  const z = (x - mu) / sigma;
  return 0.5 + Math.sign(z) * integrate(normalPdf, 0, Math.abs(z));
};
const invNorm = (p: number, mu = 0, sigma = 1) => mu + sigma * bisect((z) => normalCdf(z) - p, -10, 10);

const choose = (n: number, k: number) => Math.round(Math.exp(lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1)));
const binomPdf = (n: number, p: number, k: number) => choose(n, k) * p ** k * (1 - p) ** (n - k);
const binomCdf = (n: number, p: number, k: number) => sum(Array.from({ length: k + 1 }, (_, i) => binomPdf(n, p, i)));
const poissonPdf = (m: number, k: number) => Math.exp(-m + k * Math.log(m) - lnGamma(k + 1));
const poissonCdf = (m: number, k: number) => sum(Array.from({ length: k + 1 }, (_, i) => poissonPdf(m, i)));

/** P(X > x) for X ~ χ²(ν). */
function chiSquaredSf(x: number, nu: number): number {
  const pdf = (t: number) => Math.exp((nu / 2 - 1) * Math.log(t) - t / 2 - (nu / 2) * Math.log(2) - lnGamma(nu / 2));
  // Integrating the upper tail avoids the density's singularity at 0 when ν = 1.
  return integrate(pdf, x, x + 400, 200_000);
}
/** P(T < t) for Student's t with ν degrees of freedom. */
function tCdf(t: number, nu: number): number {
  const k = Math.exp(lnGamma((nu + 1) / 2) - lnGamma(nu / 2)) / Math.sqrt(nu * Math.PI);
  const pdf = (x: number) => k * (1 + (x * x) / nu) ** (-(nu + 1) / 2);
  return 0.5 + Math.sign(t) * integrate(pdf, 0, Math.abs(t));
}
const invT = (p: number, nu: number) => bisect((t) => tCdf(t, nu) - p, -50, 50);

function regression(x: number[], y: number[]): { a: number; b: number; r: number } {
  const mx = mean(x);
  const my = mean(y);
  const sxy = sum(x.map((xi, i) => (xi - mx) * (y[i]! - my)));
  const sxx = sum(x.map((xi) => (xi - mx) ** 2));
  const syy = sum(y.map((yi) => (yi - my) ** 2));
  const a = sxy / sxx;
  return { a, b: my - a * mx, r: sxy / Math.sqrt(sxx * syy) };
}
/** Ranks from 1 (smallest); ties get the mean rank. */
const ranks = (xs: number[]) =>
  xs.map((x) => {
    const below = xs.filter((y) => y < x).length;
    const equal = xs.filter((y) => y === x).length;
    return below + (equal + 1) / 2;
  });
const variance = (xs: number[], unbiased: boolean) => {
  const m = mean(xs);
  return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - (unbiased ? 1 : 0));
};

type Matrix = number[][];
const matMul = (p: Matrix, q: Matrix): Matrix => p.map((row) => q[0]!.map((_, j) => sum(row.map((v, k) => v * q[k]![j]!))));
const matPow = (p: Matrix, n: number): Matrix => (n === 1 ? p : matMul(p, matPow(p, n - 1)));
/** Solves a square linear system by Gaussian elimination with partial pivoting. */
function solve(a: Matrix, rhs: number[]): number[] {
  const n = rhs.length;
  const m = a.map((row, i) => [...row, rhs[i]!]);
  for (let c = 0; c < n; c++) {
    const p = m.slice(c).reduce((best, row, i) => (Math.abs(row[c]!) > Math.abs(m[best]![c]!) ? c + i : best), c);
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      m[r] = m[r]!.map((v, k) => v - f * m[c]![k]!);
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Loan/annuity arithmetic month by month, as the TVM solver models it (payments at the end of each period). */
function balanceAfter(principal: number, ratePerPeriod: number, payment: number, periods: number): number {
  let balance = principal;
  for (let k = 0; k < periods; k++) balance = balance * (1 + ratePerPeriod) - payment;
  return balance;
}
const payment = (principal: number, ratePerPeriod: number, periods: number) =>
  bisect((pmt) => balanceAfter(principal, ratePerPeriod, pmt, periods), 0, principal);

const degrees = (rad: number) => (rad * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

// ---- graph networks used by several questions ----

type Edge = { a: string; b: string; w: number };
const roadEdges = ["AB", "AC", "AD", "BC", "BE", "CD", "CE", "DE", "DF", "EF"].map((e) => ({ a: e[0]!, b: e[1]! }));
const roadLengths = [7, 5, 9, 4, 8, 6, 10, 3, 11, 5];
const deliveryTimes = [
  [0, 12, 9, 15, 8],
  [12, 0, 10, 7, 14],
  [9, 10, 0, 11, 6],
  [15, 7, 11, 0, 13],
  [8, 14, 6, 13, 0],
];
/** Weight of a minimum spanning tree (Kruskal with a union–find). */
function kruskal(vertices: string[], edges: Edge[]): number {
  const parent = new Map(vertices.map((v) => [v, v]));
  const find = (v: string): string => (parent.get(v) === v ? v : find(parent.get(v)!));
  let total = 0;
  for (const e of [...edges].sort((p, q) => p.w - q.w)) {
    const [ra, rb] = [find(e.a), find(e.b)];
    if (ra === rb) continue;
    parent.set(ra, rb);
    total += e.w;
  }
  return total;
}
/** Dijkstra's shortest path length. */
function shortestPath(edges: Edge[], from: string, to: string): number {
  const dist = new Map<string, number>([[from, 0]]);
  const done = new Set<string>();
  while (!done.has(to)) {
    const [v, d] = [...dist.entries()].filter(([u]) => !done.has(u)).sort((p, q) => p[1] - q[1])[0]!;
    done.add(v);
    for (const e of edges) {
      const other = e.a === v ? e.b : e.b === v ? e.a : null;
      if (other && d + e.w < (dist.get(other) ?? Infinity)) dist.set(other, d + e.w);
    }
  }
  return dist.get(to)!;
}

// ---- the checks, one per NUMERIC question ----

const gymTable = [28, 35, 17, 32, 20, 28];
function chiSquaredIndependence(cells: number[], rows: number, cols: number): { stat: number; nu: number } {
  const at = (r: number, c: number) => cells[r * cols + c]!;
  const total = sum(cells);
  let stat = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const rowTotal = sum(Array.from({ length: cols }, (_, k) => at(r, k)));
      const colTotal = sum(Array.from({ length: rows }, (_, k) => at(k, c)));
      const expected = (rowTotal * colTotal) / total;
      stat += (at(r, c) - expected) ** 2 / expected;
    }
  }
  return { stat, nu: (rows - 1) * (cols - 1) };
}
const revisionX = [2, 4, 5, 7, 8, 10, 12];
const revisionY = [45, 48, 57, 55, 66, 64, 79];
const waitBounds = [0, 10, 20, 30, 40, 50];
const midpoints = (bounds: number[]) => bounds.slice(1).map((b, i) => (b + bounds[i]!) / 2);
const waitFreq = [5, 12, 18, 9, 6];
const expand = (values: number[], freq: number[]) => values.flatMap((v, i) => Array<number>(freq[i]!).fill(v));

const checks: Record<string, Check> = {
  "math-ai-1-1-01": check([3.0, 8, 365.25], ([c, e, days]) => c! * 10 ** e! * days! * 24 * 3600),
  "math-ai-1-2-01": check([25, 18, 2], ([n, u1, d]) => sum(Array.from({ length: n! }, (_, k) => u1! + k * d!))),
  "math-ai-1-2-02": check([40, 5, 3000], ([u1, d, target]) => {
    let total = 0;
    for (let week = 1; ; week++) {
      total += u1! + (week - 1) * d!;
      if (total > target!) return week;
    }
  }),
  "math-ai-1-3-01": check([5000, 8, 12], ([u1, pct, n]) => sum(Array.from({ length: n! }, (_, k) => u1! * (1 - pct! / 100) ** k))),
  "math-ai-1-3-02": check([24_000, 3.5, 40_000], ([p0, pct, target]) => {
    let p = p0!;
    let years = 0;
    while (p <= target!) {
      p *= 1 + pct! / 100;
      years++;
    }
    return years;
  }),
  "math-ai-1-4-01": check([8000, 3.6, 5], ([pv, r, years]) => pv! * (1 + r! / 1200) ** (12 * years!)),
  "math-ai-1-4-02": check([32_000, 15, 4], ([pv, r, years]) => pv! * (1 - r! / 100) ** years!),
  "math-ai-1-4-03": check([5000, 7000, 6], ([pv, fv, years]) => bisect((r) => pv! * (1 + r / 400) ** (4 * years!) - fv!, 0.01, 50)),
  "math-ai-1-4-04": check([20_000, 10, 4.5, 2.8], ([pv, years, nominal, inflation]) => pv! * (1 + (nominal! - inflation!) / 100) ** years!),
  "math-ai-1-5-01": check([10, 250], ([base, v]) => bisect((x) => base! ** x - v!, 0, 10)),
  "math-ai-1-6-01": check([4.7, 19.6, 5, 20], ([a, b, ea, eb]) => (Math.abs(ea! * eb! - a! * b!) / (a! * b!)) * 100),
  "math-ai-1-6-02": check([48, 31], ([l, w]) => (l! + 0.5) * (w! + 0.5)),
  "math-ai-1-7-01": check([180_000, 25, 4.2], ([p, years, r]) => payment(p!, r! / 1200, 12 * years!)),
  "math-ai-1-7-02": check([180_000, 4.2, 970.1, 60], ([p, r, pmt, n]) => balanceAfter(p!, r! / 1200, pmt!, n!)),
  "math-ai-1-7-03": check([250, 10, 3], ([pmt, years, r]) => -balanceAfter(0, r! / 1200, pmt!, 12 * years!)),
  "math-ai-1-8-01": check(
    [2, 3, 1, 61, 40, 3, 2, 4, 94],
    ([a1, c1, s1, t1, t2, a3, c3, s3, t3]) =>
      solve(
        [
          [a1!, c1!, s1!],
          [1, 1, 2],
          [a3!, c3!, s3!],
        ],
        [t1!, t2!, t3!],
      )[2]!,
  ),
  "math-ai-1-8-02": check([20, 15, 300], ([l, w, v]) => bisect((x) => x * (l! - 2 * x) * (w! - 2 * x) - v!, 0.001, 3)),

  "math-ai-2-1-01": check([2, 5, 6, -3], ([x1, y1, x2, y2]) => {
    const m = -1 / ((y2! - y1!) / (x2! - x1!));
    return (y1! + y2!) / 2 - m * ((x1! + x2!) / 2);
  }),
  "math-ai-2-3-01": check([0.5, 8], ([k, c]) => bisect((x) => Math.exp(k! * x) - (c! - x * x), 0, 3)),
  "math-ai-2-4-02": check([0.2, 1.5, 4, 7], ([a, b, c, end]) => {
    const h = (x: number) => -a! * x ** 3 + b! * x ** 2 + c!;
    return h(argmax(h, 0, end!));
  }),
  "math-ai-2-5-01": check([2.4, 30, 5.1, 6.5], ([amp, b, d, depth]) => bisect((t) => amp! * Math.sin(radians(b! * t)) + d! - depth!, 0, 3)),
  "math-ai-2-5-02": check([22, 68, 0.045, 50], ([room, diff, k, target]) => bisect((t) => room! + diff! * Math.exp(-k! * t) - target!, 0, 100)),

  "math-ai-3-1-01": check([2.1, 2.8], ([r, h]) => Math.PI * r! * Math.hypot(r!, h!)),
  "math-ai-3-1-02": check([8, 6, 5], ([l, w, h]) => degrees(Math.atan(h! / Math.hypot(l!, w!)))),
  "math-ai-3-2-01": check([7, 9, 52], ([b, c, angle]) => Math.sqrt(b! ** 2 + c! ** 2 - 2 * b! * c! * Math.cos(radians(angle!)))),
  "math-ai-3-2-02": check([7, 9, 52], ([b, c, angle]) => 0.5 * b! * c! * Math.sin(radians(angle!))),
  "math-ai-3-3-01": check([12, 65, 9, 150], ([d1, b1, d2, b2]) => {
    // Add the two legs as east/north components.
    const east = d1! * Math.sin(radians(b1!)) + d2! * Math.sin(radians(b2!));
    const north = d1! * Math.cos(radians(b1!)) + d2! * Math.cos(radians(b2!));
    return Math.hypot(east, north);
  }),
  "math-ai-3-3-02": check([40, 1.6, 32], ([d, eye, angle]) => d! * Math.tan(radians(angle!)) + eye!),
  "math-ai-3-4-01": check([15, 72], ([r, angle]) => 2 * r! + (angle! / 360) * 2 * Math.PI * r!),
  "math-ai-3-6-01": check([0, 8, 2, 6], ([ax, bx, cx, cy]) => {
    // Circumcentre: equidistant from A(ax, 0), B(bx, 0) and C(cx, cy).
    const x = (ax! + bx!) / 2;
    const y = bisect((t) => Math.hypot(x - ax!, t) - Math.hypot(x - cx!, t - cy!), -20, 20);
    return Math.hypot(x - ax!, y);
  }),

  "math-ai-4-3-01": check([...waitBounds, ...waitFreq], (xs) => mean(expand(midpoints(xs.slice(0, 6)), xs.slice(6)))),
  "math-ai-4-3-02": check([...waitBounds, ...waitFreq], (xs) => Math.sqrt(variance(expand(midpoints(xs.slice(0, 6)), xs.slice(6)), false))),
  "math-ai-4-4-01": check([...revisionX, ...revisionY], (xs) => regression(xs.slice(0, 7), xs.slice(7)).r),
  "math-ai-4-4-02": check([...revisionX, ...revisionY, 6], (xs) => {
    const { a, b } = regression(xs.slice(0, 7), xs.slice(7, 14));
    return a * xs[14]! + b;
  }),
  "math-ai-4-5-01": check([0.35, 240], ([p, n]) => p! * n!),
  "math-ai-4-6-01": check([120, 45, 38, 12], ([n, f, s, both]) => (f! - both!) / (n! - s!)),
  "math-ai-4-6-02": check([0.3, 0.4, 0.15], ([rain, lateRain, lateDry]) => (rain! * lateRain!) / (rain! * lateRain! + (1 - rain!) * lateDry!)),
  "math-ai-4-7-01": check([3, 10, 0.15, 5, 0.2], ([cost, w1, p1, w2, p2]) => w1! * p1! + w2! * p2! - cost!),
  "math-ai-4-8-01": check([20, 0.15, 2], ([n, p, k]) => binomCdf(n!, p!, k!)),
  "math-ai-4-8-02": check([20, 0.15, 4], ([n, p, k]) => 1 - binomCdf(n!, p!, k! - 1)),
  "math-ai-4-9-01": check([250, 8, 240], ([mu, sigma, x]) => normalCdf(x!, mu!, sigma!)),
  "math-ai-4-9-02": check([250, 8, 10], ([mu, sigma, pct]) => invNorm(1 - pct! / 100, mu!, sigma!)),
  "math-ai-4-10-01": check([7.2, 8.5, 6.1, 9.0, 5.4, 7.8, 6.8, 8.9, 6.5, 8.2, 5.0, 7.0], (xs) => regression(ranks(xs.slice(0, 6)), ranks(xs.slice(6))).r),
  "math-ai-4-11-02": check(gymTable, (cells) => {
    const { stat, nu } = chiSquaredIndependence(cells, 2, 3);
    return chiSquaredSf(stat, nu);
  }),
  "math-ai-4-11-03": check([15, 22, 18, 25, 17, 23, 120], (xs) => {
    const observed = xs.slice(0, 6);
    const expected = xs[6]! / 6;
    return sum(observed.map((o) => (o - expected) ** 2 / expected));
  }),

  "math-ai-5-3-01": check([4, 3, 5, 2, 1], ([a, n, b, c, x]) => {
    const f = (t: number) => a! * t ** n! - b! / t ** 2 + c! * t;
    const h = 1e-6;
    return (f(x! + h) - f(x! - h)) / (2 * h);
  }),
  "math-ai-5-4-01": check([3, 4, 3], ([b, c, x0]) => {
    const y0 = x0! ** 2 - b! * x0! + c!;
    const normalGradient = -1 / (2 * x0! - b!);
    return x0! - y0 / normalGradient;
  }),
  "math-ai-5-5-01": check([6], ([c]) => {
    const f = (x: number) => c! + x - x * x;
    const left = bisect(f, -5, 0.5);
    const right = bisect(f, 0.5, 5);
    return integrate(f, left, right);
  }),
  "math-ai-5-5-02": check([6, 4, 1, 2, 9, 3], ([a, b, c, x0, y0, x1]) => y0! + integrate((x) => a! * x * x - b! * x + c!, x0!, x1!)),
  "math-ai-5-6-01": check([2, 9, 12, 1], ([a, b, c, d]) => {
    const f = (x: number) => a! * x ** 3 - b! * x ** 2 + c! * x + d!;
    // The local maximum lies before the local minimum of a positive cubic: search left of the midpoint of the turning points.
    return f(argmax(f, -1, b! / (3 * a!)));
  }),
  "math-ai-5-7-01": check([500], ([v]) => {
    const area = (r: number) => 2 * Math.PI * r * r + (2 * v!) / r;
    return area(argmax((r) => -area(r), 0.1, 20));
  }),
  "math-ai-5-7-02": check([30, 20], ([l, w]) => {
    const v = (x: number) => x * (l! - 2 * x) * (w! - 2 * x);
    return v(argmax(v, 0, w! / 2));
  }),
  "math-ai-5-8-01": check([2, 0, 1.2, 2.1, 2.6, 1.9, 0.8, 0], ([h, ...y]) => (h! / 2) * (y[0]! + y[y.length - 1]! + 2 * sum(y.slice(1, -1)))),

  "math-ai-1-9-01": check([2, 6, 2], ([k, c, rhs]) => bisect((x) => k! * Math.log(x) - Math.log(x + c!) - Math.log(rhs!), 0.5, 100)),
  "math-ai-1-11-01": check([60, 85], ([u1, pct]) => {
    // Add swings until they no longer change the total.
    let total = 0;
    for (let swing = u1!; swing > 1e-12; swing *= pct! / 100) total += swing;
    return total;
  }),
  "math-ai-1-13-01": check([10, 6, 3], ([a, b, piOver]) => {
    const re = a! + b! * Math.cos(Math.PI / piOver!);
    const im = b! * Math.sin(Math.PI / piOver!);
    return Math.hypot(re, im);
  }),
  "math-ai-1-15-02": check(
    [4, 1, 2, 3, 6],
    ([a, b, c, d, n]) =>
      matPow(
        [
          [a!, b!],
          [c!, d!],
        ],
        n!,
      )[0]![0]!,
  ),

  "math-ai-2-9-01": check([2400, 11, 0.35, 2000], ([l, c, k, target]) => bisect((t) => l! / (1 + c! * Math.exp(-k! * t)) - target!, 0, 100)),
  "math-ai-2-10-01": check([0.502, 0.303, 2.5], ([b, c, l]) => 10 ** (b! * Math.log10(l!) + c!)),

  "math-ai-3-7-01": check([10, 1.2], ([r, theta]) => 0.5 * r! ** 2 * (theta! - Math.sin(theta!))),
  "math-ai-3-8-01": check([3, 2, 1, 2], ([a, b, rhs, twoPi]) => {
    // Scan [0, 2π] for the first sign change of 3 sin x − 2 cos x + 1.
    const f = (x: number) => a! * Math.sin(x) - b! * Math.cos(x) + rhs!;
    const step = 1e-3;
    for (let x = 0; x < twoPi! * Math.PI; x += step) if (Math.sign(f(x)) !== Math.sign(f(x + step))) return bisect(f, x, x + step);
    return Number.NaN;
  }),
  "math-ai-3-9-01": check([4, 90, 3], ([area, angle, k]) => {
    const c = Math.cos(radians(angle!));
    const s = Math.sin(radians(angle!));
    const m = matMul(
      [
        [k!, 0],
        [0, k!],
      ],
      [
        [c, -s],
        [s, c],
      ],
    );
    return Math.abs(m[0]![0]! * m[1]![1]! - m[0]![1]! * m[1]![0]!) * area!;
  }),
  "math-ai-3-10-01": check([3, -1, 2, 1, 2, -2], ([a1, a2, a3, b1, b2, b3]) => Math.hypot(a1! - 2 * b1!, a2! - 2 * b2!, a3! - 2 * b3!)),
  "math-ai-3-12-01": check([2, 5, 3, -1, 10, 1, -1, 2], ([ax, ay, avx, avy, bx, by, bvx, bvy]) => {
    const dist = (t: number) => Math.hypot(bx! + bvx! * t - (ax! + avx! * t), by! + bvy! * t - (ay! + avy! * t));
    return dist(argmax((t) => -dist(t), 0, 10));
  }),
  "math-ai-3-13-01": check([1, 0, 2, 3, 1, 0, 0, 2, 1], ([ax, ay, az, bx, by, bz, cx, cy, cz]) => {
    const u = [bx! - ax!, by! - ay!, bz! - az!] as const;
    const v = [cx! - ax!, cy! - ay!, cz! - az!] as const;
    const cross = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
    return 0.5 * Math.hypot(...cross);
  }),
  "math-ai-3-14-01": check([3, 3, 2, 4, 2], (degreesList) => sum(degreesList) / 2),
  "math-ai-3-15-01": check(roadLengths, (lengths) =>
    kruskal(
      ["A", "B", "C", "D", "E", "F"],
      roadEdges.map((e, i) => ({ ...e, w: lengths[i]! })),
    ),
  ),
  "math-ai-3-15-02": check([3], ([length]) => {
    const names = ["A", "B", "C", "D"];
    const edges = ["AB", "AC", "BC", "BD", "CD"];
    const m = names.map((p) => names.map((q) => (edges.includes(p + q) || edges.includes(q + p) ? 1 : 0)));
    return matPow(m, length!)[0]![1]!;
  }),
  "math-ai-3-16-01": check(roadLengths, (lengths) => {
    const edges = roadEdges.map((e, i) => ({ ...e, w: lengths[i]! }));
    const degree = (v: string) => edges.filter((e) => e.a === v || e.b === v).length;
    const odd = ["A", "B", "C", "D", "E", "F"].filter((v) => degree(v) % 2 === 1);
    if (odd.length !== 2) throw new Error("expected two odd vertices");
    return sum(edges.map((e) => e.w)) + shortestPath(edges, odd[0]!, odd[1]!);
  }),
  "math-ai-3-16-02": check(
    deliveryTimes.flat().filter((t) => t > 0),
    () => {
      let at = 0;
      const visited = [0];
      let total = 0;
      while (visited.length < 5) {
        const next = [0, 1, 2, 3, 4].filter((j) => !visited.includes(j)).sort((p, q) => deliveryTimes[at]![p]! - deliveryTimes[at]![q]!)[0]!;
        total += deliveryTimes[at]![next]!;
        visited.push(next);
        at = next;
      }
      return total + deliveryTimes[at]![0]!;
    },
  ),
  "math-ai-3-16-03": check(
    deliveryTimes.flat().filter((t) => t > 0),
    () => {
      const names = ["P", "Q", "R", "S", "T"];
      const edges = [];
      for (let i = 1; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push({ a: names[i]!, b: names[j]!, w: deliveryTimes[i]![j]! });
      const fromP = deliveryTimes[0]!.slice(1).sort((p, q) => p - q);
      return kruskal(names.slice(1), edges) + fromP[0]! + fromP[1]!;
    },
  ),

  "math-ai-4-13-01": check([0, 1, 2, 3, 4, 5, 12.1, 18.6, 26.0, 41.5, 58.2, 93.0, 7], (xs) => {
    const { a, b } = regression(xs.slice(0, 6), xs.slice(6, 12).map(Math.log));
    return Math.exp(b + a * xs[12]!);
  }),
  "math-ai-4-14-01": check([50, 3, 80, 5, 12, 700], ([mx, sx, my, sy, n, limit]) => 1 - normalCdf(limit!, n! * mx! + my!, Math.sqrt(n! * sx! ** 2 + sy! ** 2))),
  "math-ai-4-14-02": check([4.2, 5.1, 3.8, 4.9, 5.5, 4.6], (xs) => variance(xs, true)),
  "math-ai-4-15-01": check([72, 15, 40, 75], ([mu, sigma, n, x]) => 1 - normalCdf(x!, mu!, sigma! / Math.sqrt(n!))),
  "math-ai-4-16-01": check([12, 38.4, 5.2, 95], ([n, xbar, s, level]) => xbar! + invT(1 - (1 - level! / 100) / 2, n! - 1) * (s! / Math.sqrt(n!))),
  "math-ai-4-17-01": check([3.2, 5, 2], ([rate, k, hours]) => 1 - poissonCdf(rate! * hours!, k! - 1)),
  "math-ai-4-18-01": check([30, 20, 10], ([pct, n, c]) => 1 - binomCdf(n!, pct! / 100, c! - 1)),
  "math-ai-4-18-02": check([20, 10, 0.5], ([n, c, p]) => binomCdf(n!, p!, c! - 1)),
  "math-ai-4-19-01": check(
    [0.8, 0.3, 0.2, 0.7],
    ([a, b, c, d]) =>
      matMul(
        matPow(
          [
            [a!, b!],
            [c!, d!],
          ],
          3,
        ),
        [[1], [0]],
      )[0]![0]!,
  ),
  "math-ai-4-19-02": check(
    [0.8, 0.3, 0.2, 0.7],
    ([a, b, c, d]) =>
      matMul(
        matPow(
          [
            [a!, b!],
            [c!, d!],
          ],
          200,
        ),
        [[0.5], [0.5]],
      )[0]![0]!,
  ),

  "math-ai-5-9-01": check([50, 6], ([rate, r]) => {
    // dr/dt from a small change in volume: V(r + dr) − V(r) = rate · dt.
    const volume = (x: number) => (4 / 3) * Math.PI * x ** 3;
    const dt = 1e-6;
    return bisect((x) => volume(x) - volume(r!) - rate! * dt, r!, r! + 1) / dt - r! / dt;
  }),
  "math-ai-5-9-02": check([2, 0.5], ([n, k]) => {
    const c = (t: number) => t ** n! * Math.exp(-k! * t);
    return c(argmax(c, 0, 20));
  }),
  "math-ai-5-10-01": check([2400, 11, 0.35], ([l, c, k]) => {
    const p = (t: number) => l! / (1 + c! * Math.exp(-k! * t));
    const rate = (t: number) => (p(t + 1e-5) - p(t - 1e-5)) / 2e-5;
    return argmax(rate, 0, 30);
  }),
  "math-ai-5-11-01": check([0, 2, 1, 3], ([a, b, c, n]) => integrate((x) => x * (x * x + c!) ** n!, a!, b!)),
  "math-ai-5-12-01": check([0.5, 1, 0, 2], ([k, c, a, b]) => Math.PI * integrate((x) => (k! * x * x + c!) ** 2, a!, b!)),
  "math-ai-5-12-02": check([0, 2], ([y0, y1]) => {
    // Area between x = e^y and the y-axis, found as the region under the curve's inverse: integrate horizontally in x.
    const xMax = Math.exp(y1!);
    const rectangle = xMax * y1!;
    const underCurve = integrate((x) => Math.min(Math.max(Math.log(x), y0!), y1!), 1, xMax);
    return rectangle - underCurve;
  }),
  "math-ai-5-13-01": check([6, 5, 0, 6], ([b, c, t0, t1]) => integrate((t) => Math.abs(b! * t - t * t - c!), t0!, t1!, 600_000)),
  "math-ai-5-14-01": check([20, 90, 10, 60, 25], ([room, start, t1, temp1, t2]) => {
    const k = bisect((kk) => room! + (start! - room!) * Math.exp(-kk * t1!) - temp1!, 1e-6, 5);
    // Integrate dT/dt = −k(T − 20) numerically (small Euler steps, then refine) rather than using the formula.
    let temp = start!;
    const h = 1e-4;
    for (let t = 0; t < t2! - h / 2; t += h) {
      const k1 = -k * (temp - room!);
      const k2 = -k * (temp + (h / 2) * k1 - room!);
      temp += h * k2;
    }
    return temp;
  }),
  "math-ai-5-16-01": check([1, 0.1, 0.3], ([y0, h, xEnd]) => {
    let x = 0;
    let y = y0!;
    while (x < xEnd! - h! / 2) {
      y += h! * (x + y * y);
      x += h!;
    }
    return y;
  }),
  "math-ai-5-18-01": check([3, 2, 1, 0.1, 0.2], ([b, c, x0, h, tEnd]) => {
    let x = x0!;
    let v = 0;
    for (let t = 0; t < tEnd! - h! / 2; t += h!) [x, v] = [x + h! * v, v + h! * (-c! * x - b! * v)];
    return x;
  }),
};

/** The numbers written in a stem, with LaTeX thin spaces removed ("24\,000" is 24000). */
function numbersIn(stem: string): number[] {
  const plain = stem.replace(/\\[,;!]|\\ |\{,\}/g, "").replace(/(\d) (\d{3})\b/g, "$1$2");
  return [...plain.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

function accepts(q: Extract<Question, { type: "NUMERIC" }>, computed: number): boolean {
  const { value, tolerance, relativeTolerance, sigFigs } = q.numericAnswer;
  const diff = Math.abs(computed - value);
  const slack = 1e-9 * Math.max(1, Math.abs(value));
  if (tolerance !== undefined || relativeTolerance !== undefined) {
    return diff <= Math.max(tolerance ?? 0, (relativeTolerance ?? 0) * Math.abs(value)) + slack;
  }
  if (sigFigs) return Number(computed.toPrecision(sigFigs)) === value;
  return diff <= slack;
}

const numericQuestions = bank.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "NUMERIC" ? [q] : []));

describe("Maths AI numeric answers", () => {
  it("has a check for every numeric question and no check without a question", () => {
    const keys = numericQuestions.map((q) => q.key);
    expect(keys.filter((k) => !(k in checks))).toEqual([]);
    expect(Object.keys(checks).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(numericQuestions.map((q) => [q.key, q] as const))("%s: the stored answer is the recomputed one", (key, q) => {
    const c = checks[key];
    expect(c, `no check for ${key}`).toBeDefined();
    const inStem = numbersIn(q.stem);
    // A figure may appear with a minus sign in front of it ("-0.2x^{3}").
    const missing = c!.inputs.filter((x) => !inStem.some((y) => Math.abs(Math.abs(y) - Math.abs(x)) < 1e-12));
    expect(missing, `figures not found in the stem of ${key}`).toEqual([]);
    const computed = c!.compute(c!.inputs);
    expect(accepts(q, computed), `${key}: computed ${computed}, stored ${JSON.stringify(q.numericAnswer)}`).toBe(true);
  });
});
