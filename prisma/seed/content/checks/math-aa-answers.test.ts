import { describe, expect, it } from "vitest";
import bank from "@/prisma/seed/content/questions/math-aa";
import { appearsIn as appearsAsFigure, bisect, check, type Check, integrate, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Maths AA bank is recomputed here from the figures in its stem, written out
// independently of the stored answer: sequences by adding terms one at a time, equations by bisection,
// integrals by Simpson's rule, derivatives by central differences, distributions from their definitions.
// Each check lists the figures it uses and the test confirms that every one of them appears in the stem,
// so a stem edited without its answer (or the other way round) fails.

// A few stems write small counts in words ("Four boys and three girls"), as IB papers do.
const numberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const appearsIn = (stem: string, n: number) =>
  appearsAsFigure(stem, n) || (Number.isInteger(n) && n >= 0 && n < numberWords.length && new RegExp(`\\b${numberWords[n]}\\b`, "i").test(stem));

// ---- numerical tools ----

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The x in [a, b] where a unimodal f is smallest (golden-section search). */
function argmin(f: (x: number) => number, a: number, b: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = a;
  let hi = b;
  for (let i = 0; i < 200; i++) {
    const x1 = hi - g * (hi - lo);
    const x2 = lo + g * (hi - lo);
    if (f(x1) > f(x2)) lo = x1;
    else hi = x2;
  }
  return (lo + hi) / 2;
}

/** f'(x) by central differences with one Richardson step (error of order h⁴). */
function derivative(f: (x: number) => number, x: number, h = 1e-3): number {
  const central = (k: number) => (f(x + k) - f(x - k)) / (2 * k);
  return (4 * central(h / 2) - central(h)) / 3;
}
/** The limit of g at 0 from values either side of 0, with one Richardson step. */
function limitAtZero(g: (x: number) => number, h = 1e-2): number {
  const symmetric = (k: number) => (g(k) + g(-k)) / 2;
  return (4 * symmetric(h / 2) - symmetric(h)) / 3;
}
const radians = (deg: number) => (deg * Math.PI) / 180;
const degrees = (rad: number) => (rad * 180) / Math.PI;

/** n! by multiplication, and nCr from Pascal's triangle (no closed formula). */
const factorial = (n: number) => range(n).reduce((p, i) => p * (i + 1), 1);
function choose(n: number, k: number): number {
  let row = [1];
  for (let i = 0; i < n; i++) row = [1, ...row.slice(1).map((v, j) => v + row[j]!), 1];
  return row[k]!;
}
const binomPdf = (n: number, p: number, k: number) => choose(n, k) * p ** k * (1 - p) ** (n - k);
const binomCdf = (n: number, p: number, k: number) => sum(range(k + 1).map((i) => binomPdf(n, p, i)));

const normalPdf = (z: number) => Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
/** P(X < x) for X ~ N(mu, sigma²). */
const normalCdf = (x: number, mu = 0, sigma = 1) => {
  const z = (x - mu) / sigma;
  return 0.5 + Math.sign(z) * integrate(normalPdf, 0, Math.abs(z));
};
const invNorm = (p: number, mu = 0, sigma = 1) => mu + sigma * bisect((z) => normalCdf(z) - p, -10, 10);

/** Least-squares line of ys on xs: y = a x + b. */
function regression(xs: number[], ys: number[]): { a: number; b: number } {
  const mx = mean(xs);
  const my = mean(ys);
  const a = sum(xs.map((x, i) => (x - mx) * (ys[i]! - my))) / sum(xs.map((x) => (x - mx) ** 2));
  return { a, b: my - a * mx };
}

type Vec = number[];
const dot = (u: Vec, v: Vec) => sum(u.map((x, i) => x * v[i]!));
const norm = (u: Vec) => Math.sqrt(dot(u, u));

// The revision-hours data shared by two statistics questions.
const hours = [2, 3, 5, 6, 8, 9];
const scores = [51, 55, 64, 66, 75, 79];

// ---- the checks, one per NUMERIC question ----

/** The context's velocity: v(t) = pt² − qt + r. */
const velocity = (p: number, q: number, r: number, t: number) => p * t * t - q * t + r;

const checks: Record<string, Check> = {
  // Multi-part questions (parts "<group>-<label>"); v(t) = 3t² − 12t + 5 read from the context.
  "mp-01-a": check([3, 12, 1], ([p, q, t]) => (velocity(p!, q!, 5, t! + 1e-6) - velocity(p!, q!, 5, t! - 1e-6)) / 2e-6),
  "mp-01-b": check([3, 12, 5, 2], ([p, q, r, T]) => integrate((t) => velocity(p!, q!, r!, t), 0, T!)),
  "mp-01-c": check([3, 12, 5, 2], ([p, q, r, T]) => integrate((t) => velocity(p!, q!, r!, t), 0, T!) / T!),
  "mp-01-d": check([3, 12, 5, 2], ([p, q, r, T]) => Number(integrate((t) => Math.abs(velocity(p!, q!, r!, t)), 0, T!, 200_000).toPrecision(3))),
  // Ana: $5000 at 4.2% nominal, compounded monthly, stepped month by month; Ben: 150, 160, 170… added up.
  "mp-02-a": check([5000, 4.2, 6], ([p, r, years]) => range(12 * years!).reduce((v) => v * (1 + r! / 1200), p!)),
  "mp-02-b": check([5000, 4.2, 6], ([p, r, years]) => range(12 * years!).reduce((v) => v * (1 + r! / 1200), p!) - p!),
  "mp-02-c": check([5000, 4.2, 8000], ([p, r, target]) => {
    let years = 0;
    while (p! * (1 + r! / 1200) ** (12 * years) <= target!) years++;
    return years;
  }),
  "mp-02-d": check([150, 10, 24], ([u1, d, n]) => sum(range(n!).map((i) => u1! + i * d!))),
  "mp-02-e": check([150, 10, 10000], ([u1, d, target]) => {
    let months = 0;
    let total = 0;
    while (total < target!) total += u1! + months++ * d!;
    return months;
  }),
  // Triangle with AB = 120, AC = 85, angle A = 52°.
  "mp-03-a": check([120, 85, 52], ([b, c, a]) => Math.sqrt(b! ** 2 + c! ** 2 - 2 * b! * c! * Math.cos(radians(a!)))),
  "mp-03-b": check([120, 85, 52], ([b, c, a]) => 0.5 * b! * c! * Math.sin(radians(a!))),
  "mp-03-c": check([120, 85, 52], ([ab, ac, a]) => {
    // Angle B from the cosine rule on all three sides, independent of the sine rule.
    const bc = Math.sqrt(ab! ** 2 + ac! ** 2 - 2 * ab! * ac! * Math.cos(radians(a!)));
    return degrees(Math.acos((ab! ** 2 + bc ** 2 - ac! ** 2) / (2 * ab! * bc)));
  }),
  "mp-03-d": check([85, 52], ([ac, a]) => ac! * Math.sin(radians(a!))),
  // Apple masses N(182, 14²).
  "mp-04-a": check([182, 14, 200], ([mu, sd, m]) => 1 - normalCdf(m!, mu!, sd!)),
  "mp-04-b": check([182, 14, 200, 30], ([mu, sd, m, n]) => n! * (1 - normalCdf(m!, mu!, sd!))),
  "mp-04-c": check([182, 14, 200, 30, 5], ([mu, sd, m, n, k]) => binomPdf(n!, 1 - normalCdf(m!, mu!, sd!), k!)),
  "mp-04-e": check([182, 14, 10], ([mu, sd, pct]) => invNorm(1 - pct! / 100, mu!, sd!)),
  // Open box from a 30 × 20 card: V maximised by golden-section search.
  "mp-05-c": check([30, 20], ([l, w]) => argmin((x) => -x * (l! - 2 * x) * (w! - 2 * x), 0, w! / 2)),
  "mp-05-d": check([30, 20], ([l, w]) => {
    const x = argmin((t) => -t * (l! - 2 * t) * (w! - 2 * t), 0, w! / 2);
    return x * (l! - 2 * x) * (w! - 2 * x);
  }),
  // Revision hours and scores: least squares.
  ...(() => {
    const xs = [2, 4, 5, 7, 8, 10, 12, 13];
    const ys = [41, 48, 55, 58, 66, 70, 79, 83];
    const fit = (x: number[], y: number[]) => {
      const [mx, my] = [mean(x), mean(y)];
      const sxy = sum(x.map((xi, i) => (xi - mx) * (y[i]! - my)));
      const sxx = sum(x.map((xi) => (xi - mx) ** 2));
      const syy = sum(y.map((yi) => (yi - my) ** 2));
      return { r: sxy / Math.sqrt(sxx * syy), a: sxy / sxx, b: my - (sxy / sxx) * mx };
    };
    const split = (v: number[]) => [v.slice(0, 8), v.slice(8)] as const;
    return {
      "mp-06-a": check([...xs, ...ys], (v) => fit(...split(v)).r),
      "mp-06-ci": check([...xs, ...ys], (v) => fit(...split(v)).a),
      "mp-06-cii": check([...xs, ...ys], (v) => fit(...split(v)).b),
      "mp-06-d": check([...xs, ...ys, 9], (v) => {
        const { a, b } = fit(...split(v.slice(0, 16)));
        return a * v[16]! + b;
      }),
    };
  })(),
  // Drones: P from (2, 1, 0) with velocity (3, 4, 12); Q with velocity (1, −2, 2).
  "mp-07-a": check([3, 4, 12], (v) => norm(v)),
  "mp-07-b": check([3, 4, 12, 1, -2, 2], ([a, b, c, d, e, f]) =>
    degrees(Math.acos(dot([a!, b!, c!], [d!, e!, f!]) / (norm([a!, b!, c!]) * norm([d!, e!, f!])))),
  ),
  "mp-07-c": check([12, 30], ([vz, height]) => bisect((t) => vz! * t - height!, 0, 100)),
  "mp-07-d": check([2, 1, 3, 4, 12, 30], ([x0, y0, vx, vy, vz, height]) => {
    const t = height! / vz!;
    return norm([x0! + vx! * t, y0! + vy! * t, vz! * t]);
  }),
  // Cooling: T = 22 + 68e^(−kt), T(5) = 70.
  "mp-08-a": check([22, 68], ([room, diff]) => room! + diff!),
  "mp-08-b": check([22, 68, 5, 70], ([room, diff, t, temp]) => bisect((k) => room! + diff! * Math.exp(-k * t!) - temp!, 1e-6, 5)),
  "mp-08-c": check([22, 68, 5, 70, 12], ([room, diff, t, temp, t2]) => {
    const k = bisect((kk) => room! + diff! * Math.exp(-kk * t!) - temp!, 1e-6, 5);
    return room! + diff! * Math.exp(-k * t2!);
  }),
  "mp-08-d": check([22, 68, 5, 70, 40], ([room, diff, t, temp, cold]) => {
    const k = bisect((kk) => room! + diff! * Math.exp(-kk * t!) - temp!, 1e-6, 5);
    return bisect((tt) => room! + diff! * Math.exp(-k * tt) - cold!, 0, 1000);
  }),
  // Spinner: P(X = 0, 1, 2, 3) = 0.1, k, 0.4, 0.2.
  "mp-09-a": check([0.1, 0.4, 0.2], (ps) => 1 - sum(ps)),
  "mp-09-b": check([0.1, 0.4, 0.2], ([p0, p2, p3]) => sum([0, 1, 2, 3].map((x, i) => x * [p0!, 1 - p0! - p2! - p3!, p2!, p3!][i]!))),
  "mp-09-c": check([0.1, 0.4, 0.2, 2, 200], ([p0, p2, p3, cost, games]) => games! * (cost! - (1 - p0! - p2! - p3! + 2 * p2! + 3 * p3!))),
  "mp-09-d": check([0.2, 10, 3], ([p, n, k]) => 1 - binomCdf(n!, p!, k! - 1)),
  // Tank: dh/dt = −0.2√h, h(0) = 16.
  "mp-10-a": check([0.2, 16, 1, 3], ([c, h0, step, T]) => range(T! / step!).reduce((h) => h - c! * Math.sqrt(h) * step!, h0!)),
  "mp-10-c": check([0.2, 16, 3], ([c, h0, T]) => {
    // The ODE stepped finely (RK4) rather than the solution formula.
    const f = (h: number) => -c! * Math.sqrt(h);
    let h = h0!;
    const dt = 1e-3;
    for (let i = 0; i < T! / dt; i++) {
      const k1 = f(h);
      const k2 = f(h + (dt / 2) * k1);
      const k3 = f(h + (dt / 2) * k2);
      const k4 = f(h + dt * k3);
      h += (dt / 6) * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    return h;
  }),
  "mp-10-d": check([0.2, 16, 1, 3], ([c, h0, step, T]) => {
    const euler = range(T! / step!).reduce((h) => h - c! * Math.sqrt(h) * step!, h0!);
    const exact = (Math.sqrt(h0!) - (c! / 2) * T!) ** 2;
    return Number(((Math.abs(euler - exact) / exact) * 100).toPrecision(2));
  }),
  // Screening: prevalence 2%, P(+ | D) = 0.95, P(+ | D') = 0.04.
  "mp-11-a": check([2, 0.95, 0.04], ([pct, sens, fp]) => (pct! / 100) * sens! + (1 - pct! / 100) * fp!),
  "mp-11-b": check([2, 0.95, 0.04], ([pct, sens, fp]) => ((pct! / 100) * sens!) / ((pct! / 100) * sens! + (1 - pct! / 100) * fp!)),
  "mp-11-d": check([2, 0.95, 0.04], ([pct, sens, fp]) => ((pct! / 100) * sens! ** 2) / ((pct! / 100) * sens! ** 2 + (1 - pct! / 100) * fp! ** 2)),
  // Ball dropped from 2.0 m, rising to 75 % of its previous height after each bounce.
  ...(() => {
    /** Heights after each bounce, and the distance travelled until the ball lands for the `landings`th time. */
    const bounces = (h0: number, pct: number, n: number) => range(n).reduce<number[]>((hs) => [...hs, (hs.at(-1) ?? h0) * (pct / 100)], []);
    const travelled = (h0: number, pct: number, landings: number) => h0 + 2 * sum(bounces(h0, pct, landings - 1));
    return {
      "mp-12-a": check([2.0, 75], ([h0, pct]) => bounces(h0!, pct!, 3).at(-1)!),
      "mp-12-b": check([2.0, 75, 0.1], ([h0, pct, limit]) => bounces(h0!, pct!, 100).findIndex((h) => h < limit!) + 1),
      "mp-12-c": check([2.0, 75], ([h0, pct]) => travelled(h0!, pct!, 5)),
      "mp-12-d": check([2.0, 75], ([h0, pct]) => travelled(h0!, pct!, 500)),
    };
  })(),
  // Harbour depth d(t) = 4.5 + 2.3 cos(0.5t); the ship needs 5.5 m.
  ...(() => {
    const inputs = [4.5, 2.3, 0.5, 5.5];
    const depth = ([a, b, k]: number[], t: number) => a! + b! * Math.cos(k! * t);
    return {
      "mp-13-a": check(inputs, (v) => Math.max(...range(24_001).map((i) => depth(v, i / 1000)))),
      "mp-13-b": check([0.5], ([k]) => (2 * Math.PI) / k!),
      "mp-13-c": check(inputs, (v) => bisect((t) => depth(v, t) - v[3]!, 0, 3)),
      // Time in one period with d ≥ 5.5, counted on a fine grid.
      "mp-13-d": check(inputs, (v) => {
        const period = (2 * Math.PI) / v[2]!;
        const n = 200_000;
        return (range(n).filter((i) => depth(v, ((i + 0.5) * period) / n) >= v[3]!).length * period) / n;
      }),
      "mp-13-e": check([...inputs, 3], (v) => derivative((t) => depth(v, t), v[4]!)),
    };
  })(),
  // LED bulbs: 4 % defective, boxes of 25; a box is rejected with more than two defective; 10 boxes.
  "mp-14-a": check([4, 25], ([pct, n]) => binomPdf(n!, pct! / 100, 0)),
  "mp-14-b": check([4, 25, 2], ([pct, n, k]) => binomCdf(n!, pct! / 100, k!)),
  "mp-14-c": check([4, 25], ([pct, n]) => sum(range(n! + 1).map((k) => k * binomPdf(n!, pct! / 100, k)))),
  "mp-14-d": check([4, 25, 2, 10], ([pct, n, k, boxes]) => binomPdf(boxes!, 1 - binomCdf(n!, pct! / 100, k!), 1)),
  // Puzzle times ~ N(24, σ²) with 10 % over 30 minutes.
  ...(() => {
    const sigma = (mu: number, pct: number, x: number) => (x - mu) / invNorm(1 - pct / 100);
    return {
      "mp-15-a": check([24, 10, 30], ([mu, pct, x]) => sigma(mu!, pct!, x!)),
      "mp-15-b": check([24, 10, 30, 20], ([mu, pct, x, y]) => normalCdf(y!, mu!, sigma(mu!, pct!, x!))),
      "mp-15-c": check([24, 10, 30, 20, 150], ([mu, pct, x, y, n]) => n! * normalCdf(y!, mu!, sigma(mu!, pct!, x!))),
      "mp-15-d": check([24, 10, 30, 75], ([mu, pct, x, above]) => invNorm(1 - above! / 100, mu!, sigma(mu!, pct!, x!))),
    };
  })(),
  // Closed can of 500 cm³: surface area from r, with h eliminated.
  ...(() => {
    const area = (volume: number, r: number) => 2 * Math.PI * r * r + 2 * Math.PI * r * (volume / (Math.PI * r * r));
    return {
      "mp-16-c": check([500], ([v]) => argmin((r) => area(v!, r), 0.5, 20)),
      "mp-16-d": check([500], ([v]) =>
        area(
          v!,
          argmin((r) => area(v!, r), 0.5, 20),
        ),
      ),
    };
  })(),
  // f(x) = 6x − x², g(x) = x² − 2x.
  ...(() => {
    const inputs = [6, 2];
    const f = ([a]: number[], x: number) => a! * x - x * x;
    const g = ([, b]: number[], x: number) => x * x - b! * x;
    const p = (v: number[]) => bisect((x) => f(v, x) - g(v, x), 1, 10);
    return {
      "mp-17-a": check(inputs, p),
      "mp-17-b": check(inputs, (v) => integrate((x) => f(v, x) - g(v, x), 0, p(v))),
      "mp-17-c": check([...inputs, 1], (v) => derivative((x) => f(v, x), v[2]!)),
      // The normal at x = 1 crosses x = 0 at f(1) + 1 / f'(1).
      "mp-17-d": check([...inputs, 1], (v) => f(v, v[2]!) + v[2]! / derivative((x) => f(v, x), v[2]!)),
    };
  })(),
  // Square-based right pyramid: side 8 cm, height 10 cm.
  "mp-18-a": check([8, 10], ([s, h]) => norm([s! / 2, s! / 2, h!])),
  "mp-18-b": check([8, 10], ([s, h]) => degrees(Math.atan(h! / norm([s! / 2, s! / 2])))),
  "mp-18-c": check([8, 10], ([s, h]) => (s! * s! * h!) / 3),
  "mp-18-d": check([8, 10], ([s, h]) => s! * s! + 4 * 0.5 * s! * norm([s! / 2, h!])),
  // 120 students: 70 French, 45 Spanish, 20 both.
  "mp-19-a": check([120, 70, 45, 20], ([n, f, sp, both]) => n! - (f! + sp! - both!)),
  "mp-19-b": check([120, 70, 20], ([n, f, both]) => (f! - both!) / n!),
  "mp-19-c": check([70, 20], ([f, both]) => both! / f!),
  "mp-19-e": check([120, 70, 45, 20], ([n, f, sp, both]) => {
    const neither = n! - (f! + sp! - both!);
    return (neither / n!) * ((neither - 1) / (n! - 1));
  }),
  // f(x) = 3 + 2 ln(x − 1).
  ...(() => {
    const f = (x: number) => 3 + 2 * Math.log(x - 1);
    return {
      "mp-20-a": check([3, 2, 1, 5], ([a, b, c, x]) => a! + b! * Math.log(x! - c!)),
      "mp-20-c": check([7], ([y]) => bisect((x) => f(x) - y!, 1.0001, 100)),
      "mp-20-di": check([3, 2, 1], () => bisect((x) => f(x) - x, 1.0001, 3)),
      "mp-20-dii": check([3, 2, 1], () => bisect((x) => f(x) - x, 3, 20)),
    };
  })(),
  // 50 customers' times in classes of width 10 from 0 to 50.
  ...(() => {
    const inputs = [0, 10, 20, 30, 40, 50, 5, 12, 18, 10, 5];
    const stats = (v: number[], shift: number) => {
      const bounds = v.slice(0, 6);
      const freq = v.slice(6, 11);
      const xs = freq.flatMap((f, i) => Array<number>(f).fill((bounds[i]! + bounds[i + 1]!) / 2 + shift));
      const m = mean(xs);
      return { m, sd: Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) };
    };
    return {
      "mp-21-a": check(inputs, (v) => stats(v, 0).m),
      "mp-21-b": check(inputs, (v) => stats(v, 0).sd),
      "mp-21-c": check([...inputs, 2], (v) => stats(v, v[11]!).m),
      "mp-21-d": check([...inputs, 2], (v) => stats(v, v[11]!).sd),
    };
  })(),
  // Triangle: AB = 12, BC = 8, angle A = 35° (the ambiguous case).
  ...(() => {
    const inputs = [12, 8, 35];
    const acuteC = ([c, a, A]: number[]) => degrees(Math.asin((c! * Math.sin(radians(A!))) / a!));
    // AC from the cosine rule, AC² − 24 cos 35° AC + 144 − 64 = 0: the shorter root has C obtuse.
    const shortAC = ([c, a, A]: number[]) => {
      const p = 2 * c! * Math.cos(radians(A!));
      return (p - Math.sqrt(p * p - 4 * (c! * c! - a! * a!))) / 2;
    };
    return {
      "mp-22-a": check(inputs, acuteC),
      "mp-22-b": check(inputs, (v) => 180 - acuteC(v)),
      "mp-22-c": check(inputs, (v) => 0.5 * v[0]! * shortAC(v) * Math.sin(radians(v[2]!))),
      "mp-22-d": check(inputs, shortAC),
    };
  })(),
  "1-1-01": check([3.2, 10, 5, 2.5, 2], ([a, ten, p, b, q]) => a! * ten! ** p! * b! * ten! ** -q!),
  "1-2-01": check([11, 31, 20], ([u3, u8, n]) => {
    const d = (u8! - u3!) / (8 - 3);
    const u1 = u3! - 2 * d;
    return sum(range(n!).map((k) => u1 + k * d));
  }),
  "1-2-02": check([7, 3, 2000], ([u1, d, target]) => {
    let total = 0;
    for (let n = 1; ; n++) {
      total += u1! + (n - 1) * d!;
      if (total > target!) return n;
    }
  }),
  "1-3-01": check([6, 162], ([u2, u5abs]) => {
    const r = Math.cbrt(-u5abs! / u2!);
    return u2! * r ** 5;
  }),
  "1-3-02": check([3, 2, 10, 6], ([u1, r, ten, p]) => {
    let total = 0;
    for (let n = 1; ; n++) {
      total += u1! * r! ** (n - 1);
      if (total > ten! ** p!) return n;
    }
  }),
  "1-4-01": check([5000, 3.6, 8], ([pv, rate, years]) => {
    let value = pv!;
    for (let month = 0; month < 12 * years!; month++) value += (value * rate!) / 100 / 12;
    return Math.round(value);
  }),
  "1-5-01": check([3, 81, 5, 25], ([b1, x1, b2, x2]) => Math.log(x1!) / Math.log(b1!) - Math.log(1 / x2!) / Math.log(b2!)),
  "1-7-01": check([2, 3], ([base, rhs]) => bisect((x) => Math.log2(x) + Math.log2(x - base!) - rhs!, base! + 1e-9, 100)),
  "1-8-02": check([27, 18, 12, 8], ([a, b, c, d]) => {
    const r = -b! / a!;
    if (Math.abs(-c! / b! - r) > 1e-12 || Math.abs(-d! / c! - r) > 1e-12) throw new Error("not geometric");
    // Add terms until they no longer change the total.
    let total = 0;
    for (let term = a!; Math.abs(term) > 1e-14; term *= r) total += term;
    return total;
  }),
  "1-9-01": check([2, 3, 6], ([a, b, n]) => {
    // Expand (2x − 3)^6 by repeated multiplication of coefficient lists (index = power of x).
    let poly = [1];
    for (let i = 0; i < n!; i++) poly = [...poly, 0].map((c, k) => -b! * c + a! * (k > 0 ? poly[k - 1]! : 0));
    return poly[3]!;
  }),
  "1-9-02": check([2, 2, 6], ([p, c, n]) =>
    // Term k: C(n, k) (x^p)^(n−k) (c/x)^k has power p(n − k) − k.
    sum(range(n! + 1).map((k) => (p! * (n! - k) - k === 0 ? choose(n!, k) * c! ** k : 0))),
  ),
  "1-10-01": check([4, 3, 7], ([boys, girls, chairs]) => {
    // Count by brute force: every ordering of 7 people in which the three girls are adjacent.
    const people = [...Array<string>(boys!).fill("B"), ...Array<string>(girls!).fill("G")].map((s, i) => s + i);
    let count = 0;
    const permute = (rest: string[], row: string[]) => {
      if (row.length === chairs!) {
        const seats = row.flatMap((p, i) => (p.startsWith("G") ? [i] : []));
        if (seats[seats.length - 1]! - seats[0]! === girls! - 1) count++;
        return;
      }
      rest.forEach((p, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...row, p]));
    };
    permute(people, []);
    return count;
  }),

  "2-4-01": check([3, 4, 1], ([n, b, c]) => bisect((x) => x ** n! - b! * x + c!, 1, 3)),
  "2-9-02": check([200, 9, 0.3, 150], ([l, c, k, target]) => bisect((t) => l! / (1 + c! * Math.exp(-k! * t)) - target!, 0, 100)),
  "2-10-01": check([5, 2], ([c, n]) => bisect((x) => Math.exp(x) - (c! - x ** n!), 0, 3)),
  "2-12-02": check([2, 3, 5, 4, 7], ([a, n, b, c, d]) => {
    // Find the real root numerically, then the complex pair from the quadratic factor.
    const f = (x: number) => a! * x ** n! - b! * x * x + c! * x - d!;
    const real = bisect(f, -10, 10);
    // a x^3 − b x^2 + c x − d = (x − real)(a x^2 + p x + q)
    const p = -b! + a! * real;
    const q = c! + p * real;
    const re = -p / (2 * a!);
    const im = Math.sqrt(4 * a! * q - p * p) / (2 * a!);
    // α² + β² + γ² with β, γ = re ± i im: the imaginary parts cancel.
    return real ** 2 + 2 * (re * re - im * im);
  }),

  "3-1-01": check([6, 10], ([r, l]) => (Math.PI * r! ** 2 * Math.sqrt(l! ** 2 - r! ** 2)) / 3),
  "3-1-02": check([8, 6, 5], ([ab, bc, h]) => {
    const ag = [ab!, bc!, h!];
    return degrees(Math.asin(h! / norm(ag)));
  }),
  "3-2-01": check([7, 9, 40], ([b, c, angle]) => {
    // Coordinates: A at the origin, B on the x-axis.
    const bPt = [b!, 0];
    const cPt = [c! * Math.cos(radians(angle!)), c! * Math.sin(radians(angle!))];
    return Math.hypot(bPt[0]! - cPt[0]!, bPt[1]! - cPt[1]!);
  }),
  "3-2-02": check([12, 35, 68], ([pq, q, r]) => (pq! * Math.sin(radians(q!))) / Math.sin(radians(r!))),
  "3-2-03": check([5, 8, 150], ([a, b, angle]) => 0.5 * a! * b! * Math.sin(radians(angle!))),
  "3-3-01": check([32, 40, 51], ([alpha, d, beta]) => {
    // Tower at x = 0, A at x = -(d + x_B): solve tan(alpha)(d + x) = tan(beta) x for x = distance from B.
    const x = bisect((t) => Math.tan(radians(alpha!)) * (d! + t) - Math.tan(radians(beta!)) * t, 0, 1000);
    return Math.tan(radians(beta!)) * x;
  }),
  "3-4-01": check([1.2, 32], ([theta, perimeter]) => {
    const r = bisect((x) => 2 * x + x * theta! - perimeter!, 0, 100);
    return integrate((rho) => rho * theta!, 0, r);
  }),
  "3-4-02": check([8, 2], ([r, theta]) => {
    // Area between the arc and the chord, integrated across the segment (chord at distance r cos(θ/2) from O).
    const d = r! * Math.cos(theta! / 2);
    return integrate((y) => 2 * Math.sqrt(r! ** 2 - y * y), d, r!);
  }),
  "3-5-01": check([5, 13], ([adj, hyp]) => {
    const theta = Math.PI + Math.acos(adj! / hyp!); // third quadrant, cos θ = −5/13
    if (Math.abs(Math.cos(theta) + adj! / hyp!) > 1e-12) throw new Error("wrong quadrant");
    return Math.tan(theta);
  }),
  "3-7-01": check([21, 19, 15, 30], ([d, a, period, h]) => bisect((t) => d! - a! * Math.cos((Math.PI * t) / period!) - h!, 0, period!)),
  "3-13-01": check([2, 1, 3, 1, 4, 2], ([a1, a2, a3, b1, b2, b3]) => {
    const a = [a1!, -a2!, a3!];
    const b = [b1!, b2!, -b3!];
    return degrees(Math.acos(dot(a, b) / (norm(a) * norm(b))));
  }),
  "3-13-02": check([2, 1, 3, 4], ([y1, z1, x2, z2]) => bisect((p) => dot([p, y1!, -z1!], [x2!, p, z2!]), -10, 10)),
  "3-14-02": check([6, 4, 3, 1, 9, 10], ([x0, y0, vx, vy, lx, ly]) => {
    const dist = (t: number) => Math.hypot(-x0! + vx! * t - lx!, y0! + vy! * t - ly!);
    return dist(argmin(dist, 0, 20));
  }),
  "3-18-01": check([1, 2, 2, 2, 1, 2], ([d1, d2, d3, n1, n2, n3]) => {
    const d = [d1!, d2!, d3!];
    const n = [n1!, -n2!, n3!];
    // Angle with the plane = 90° − angle with the normal.
    return 90 - degrees(Math.acos(Math.abs(dot(d, n)) / (norm(d) * norm(n))));
  }),

  "4-1-01": check([1200, 480, 720, 50], ([total, y12, y13, n]) => {
    if (y12! + y13! !== total!) throw new Error("strata do not add up");
    return (y12! / total!) * n!;
  }),
  "4-3-01": check([0, 10, 20, 30, 40, 50, 5, 12, 18, 10, 5], (xs) => {
    const bounds = xs.slice(0, 6);
    const freq = xs.slice(6);
    const mids = bounds.slice(1).map((b, i) => (b + bounds[i]!) / 2);
    return sum(mids.map((m, i) => m * freq[i]!)) / sum(freq);
  }),
  "4-3-03": check([4, 7, 10, 2, 9], ([a, b, c, k, m]) => bisect((x) => mean([a!, b!, x, c!, k! * x]) - m!, -100, 100)),
  "4-4-01": check([...hours, ...scores, 7], (xs) => {
    const { a, b } = regression(xs.slice(0, 6), xs.slice(6, 12));
    return a * xs[12]! + b;
  }),
  "4-5-01": check([300], ([n]) => {
    const primes = [1, 2, 3, 4, 5, 6].filter((k) => k > 1 && range(k).every((d) => d < 2 || k % d !== 0));
    return (n! * primes.length) / 6;
  }),
  "4-6-02": check([5, 3], ([red, blue]) => {
    // Enumerate ordered pairs of distinct counters.
    const bag = [...Array<string>(red!).fill("R"), ...Array<string>(blue!).fill("B")];
    let different = 0;
    let all = 0;
    bag.forEach((c1, i) =>
      bag.forEach((c2, j) => {
        if (i === j) return;
        all++;
        if (c1 !== c2) different++;
      }),
    );
    return different / all;
  }),
  "4-7-02": check([10, 0.1, 2, 0.3], ([w1, p1, w2, p2]) => w1! * p1! + w2! * p2! + 0 * (1 - p1! - p2!)),
  "4-8-01": check([12, 0.3, 4], ([n, p, k]) => 1 - binomCdf(n!, p!, k! - 1)),
  "4-8-02": check([0.2, 4, 3], ([p, ex, k]) => binomCdf(Math.round(ex! / p!), p!, k!)),
  "4-9-01": check([250, 8, 240, 265], ([mu, sigma, lo, hi]) => normalCdf(hi!, mu!, sigma!) - normalCdf(lo!, mu!, sigma!)),
  "4-9-02": check([170, 9, 15], ([mu, sigma, pct]) => invNorm(1 - pct! / 100, mu!, sigma!)),
  "4-10-01": check([...hours, ...scores, 70], (xs) => {
    // Predicting x from y needs the regression line of x on y.
    const { a, b } = regression(xs.slice(6, 12), xs.slice(0, 6));
    return a * xs[12]! + b;
  }),
  "4-13-01": check([2, 95, 4], ([prev, sens, falsePos]) => {
    const p = prev! / 100;
    return (p * (sens! / 100)) / (p * (sens! / 100) + (1 - p) * (falsePos! / 100));
  }),
  "4-13-02": check([50, 30, 20, 2, 3, 5], ([a, b, c, da, db, dc]) => (c! * dc!) / (a! * da! + b! * db! + c! * dc!)),
  "4-14-02": check([3, 2, 8, 0, 2], ([k, n, d, lo, hi]) => bisect((m) => integrate((x) => (k! * x ** n!) / d!, lo!, m, 2000) - 0.5, lo!, hi!)),

  "5-1-01": check([2, 3, 8], ([a, n, c]) => limitAtZero((h) => ((a! + h) ** n! - c!) / h)),
  "5-3-01": check([4, 3, 2, 2, 5, 1], ([a, n, b, m, c, x]) => derivative((t) => a! * t ** n! - b! / t ** m! + c! * Math.sqrt(t), x!)),
  "5-5-02": check([1, 3, 0, 2], ([c, n, a, b]) => integrate((x) => Math.sqrt(c! + x ** n!), a!, b!)),
  "5-9-01": check([2, 6, 8, 0, 5], ([n, b, c, t0, t1]) => integrate((t) => Math.abs(t ** n! - b! * t + c!), t0!, t1!, 200_000)),
  "5-9-02": check([0.5, 3], ([k, c]) => {
    const v = (t: number) => Math.exp(k! * t) - c!;
    return derivative(v, bisect(v, 0, 20));
  }),
  "5-11-01": check([2, 2, 3], ([n, m, c]) => {
    const gap = (x: number) => m! * x + c! - x ** n!;
    const left = bisect(gap, -10, 1);
    const right = bisect(gap, 1, 10);
    return integrate(gap, left, right);
  }),
  "5-13-01": check([2, 1, 2, 2, 0], ([k, one, two, n, x0]) => limitAtZero((x) => (Math.exp(k! * (x0! + x)) - one! - two! * x) / x ** n!)),
  "5-14-01": check([2, 2, 7, 1, 2], ([p, q, c, x0, y0]) => {
    // Slope of the level curve F = c through (1, 2): solve F(x, y) = c for y near 2 at nearby x.
    const F = (x: number, y: number) => x ** p! + x * y + y ** q! - c!;
    const yAt = (x: number) => bisect((y) => F(x, y), y0! - 1, y0! + 1);
    return derivative(yAt, x0!);
  }),
  "5-14-02": check([50, 10], ([rate, r]) => {
    const volume = (x: number) => (4 / 3) * Math.PI * x ** 3;
    return rate! / derivative(volume, r!);
  }),
  "5-14-03": check([5, 0.3, 3], ([len, rate, x0]) => {
    const top = (t: number) => Math.sqrt(len! ** 2 - (x0! + rate! * t) ** 2);
    return -derivative(top, 0);
  }),
  "5-16-02": check([0, 3, 3, 1, 2], ([a, root, n, c, m]) => integrate((x) => x ** n! / Math.sqrt(c! + x ** m!), a!, Math.sqrt(root!))),
  "5-17-03": check([2, 0, 1], ([n, a, b]) => Math.PI * integrate((x) => Math.exp(-(x ** n!)) ** 2, a!, b!)),
  "5-18-03": check([1, 0, 0.1, 0.3], ([y0, x0, h, xEnd]) => {
    let x = x0!;
    let y = y0!;
    while (x < xEnd! - h! / 2) {
      y += h! * (x + y);
      x += h!;
    }
    return y;
  }),

  // Questions on figures: the figures they read come from the alt text, which is part of the stem.
  "fig-05": check([4, 2], ([c, k]) => {
    const gap = (x: number) => c! - x * x - (x * x - k! * x); // upper curve minus lower curve
    return integrate(gap, bisect(gap, -3, 0), bisect(gap, 0.5, 4));
  }),
  "fig-08": check([80, 100, 0, 120, 5, 140, 20, 160, 40, 180, 60, 200, 70, 220, 80], ([n, ...flat]) => {
    const points = range(flat.length / 2).map((i) => [flat[2 * i]!, flat[2 * i + 1]!] as const);
    // The mass at a cumulative frequency, between the plotted points the curve passes through.
    const massAt = (cf: number) => {
      const i = points.findIndex(([, c]) => c >= cf);
      const [m0, c0] = points[i - 1]!;
      const [m1, c1] = points[i]!;
      return m0 + ((cf - c0) / (c1 - c0)) * (m1 - m0);
    };
    return massAt((3 * n!) / 4) - massAt(n! / 4);
  }),
  "fig-09": check([6, 9, 110, 35, 50], ([ab, bc, angleB, angleCAD, angleACD]) => {
    // Coordinates: B at the origin, C on the x-axis; D where the rays from A and C at the given angles meet.
    const A = [ab! * Math.cos(radians(angleB!)), ab! * Math.sin(radians(angleB!))];
    const C = [bc!, 0];
    const alongAC = Math.atan2(C[1]! - A[1]!, C[0]! - A[0]!);
    const fromA = alongAC + radians(angleCAD!);
    const fromC = alongAC + Math.PI - radians(angleACD!);
    const t = bisect((s) => Math.sin(fromA) * (C[0]! + s * Math.cos(fromC) - A[0]!) - Math.cos(fromA) * (C[1]! + s * Math.sin(fromC) - A[1]!), 0, 100);
    return t;
  }),
  "fig-10": check([5, 3, 0.9], ([inner, width, angle]) => (inner! + width!) * angle! + inner! * angle! + 2 * width!),
  "fig-11": check([0.3, 0.4, 0.1], ([rain, lateIfRain, lateIfDry]) => (rain! * lateIfRain!) / (rain! * lateIfRain! + (1 - rain!) * lateIfDry!)),
  "fig-12": check([3, 12, 9, 0, 4], ([a, b, c, t0, t1]) => {
    const v = (t: number) => a! * t * t - b! * t + c!;
    const turns = [bisect(v, t0!, 2), bisect(v, 2, t1!)];
    const ends = [t0!, ...turns, t1!];
    return sum(range(3).map((i) => Math.abs(integrate(v, ends[i]!, ends[i + 1]!))));
  }),
  "fig-13": check([2, 1, 3], ([asymptote, x, y]) => {
    const p = -asymptote!; // the asymptote is x = -2
    const q = y! - Math.log(-x! - p); // through (-1, 3)
    return bisect((t) => Math.log(t - p) + q, p + 1e-12, p + 10);
  }),
  "fig-14": check([4, 2], ([b, k]) => Math.PI * integrate((x) => Math.sqrt(x) ** 2 - (x / k!) ** 2, 0, b!)),
  "fig-15": check([50, 4, 46, 58], ([mu, sigma, lo, hi]) => normalCdf(hi!, mu!, sigma!) - normalCdf(lo!, mu!, sigma!)),
  "fig-16": check([0, 0, 2, 4, 6, 4, 8, 0, 10, -2], (flat) => {
    // Exact for straight segments: the trapezium rule on the vertices.
    return sum(range(flat.length / 2 - 1).map((i) => ((flat[2 * i + 2]! - flat[2 * i]!) * (flat[2 * i + 1]! + flat[2 * i + 3]!)) / 2));
  }),
};

const numeric = numericQuestionsOf(bank);

describe("Maths AA numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "math-aa-", atLeast: 50, appears: appearsIn });

  it("recomputes with tools that agree with textbook values", () => {
    expect(choose(6, 3)).toBe(20);
    expect(factorial(5)).toBe(120);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(binomCdf(10, 0.5, 5)).toBeCloseTo(0.623046875, 9);
    expect(integrate((x) => x * x, 0, 3)).toBeCloseTo(9, 9);
    expect(derivative(Math.sin, 0)).toBeCloseTo(1, 10);
    expect(limitAtZero((x) => Math.sin(x) / x)).toBeCloseTo(1, 10);
    expect(appearsIn("Four boys and three girls", 3)).toBe(true);
    expect(appearsIn("Fourteen boys", 4)).toBe(false);
  });
});
