import { num, roundDp, sig, sigPlain } from "./latex-format";
import { gdcNumericQuestion } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

/** Maclaurin series of erf, accurate to ~1e-15 for |z| < 4 (every z here is within 3.5). */
function erf(z: number): number {
  let sum = 0;
  let power = z;
  for (let n = 0; n < 150; n++) {
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) < 1e-17) break;
    power *= (-z * z) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

const Phi = (z: number) => 0.5 * (1 + erf(z / Math.SQRT2));
const phi = (z: number) => Math.exp(-(z * z) / 2) / Math.sqrt(2 * Math.PI);

/** Inverse of Phi: Acklam's rational approximation (relative error ~1e-9), polished by two Newton steps. */
function inversePhi(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549671010243209, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const horner = (coefficients: number[], x: number) => coefficients.reduce((acc, k) => acc * x + k, 0);
  const tail = (q: number) => horner(c, q) / (horner(d, q) * q + 1);
  let z: number;
  if (p < 0.02425) z = tail(Math.sqrt(-2 * Math.log(p)));
  else if (p > 1 - 0.02425) z = -tail(Math.sqrt(-2 * Math.log(1 - p)));
  else {
    const q = p - 0.5;
    const s = q * q;
    z = (horner(a, s) * q) / (horner(b, s) * s + 1);
  }
  for (let i = 0; i < 2; i++) z -= (Phi(z) - p) / phi(z);
  return z;
}

/**
 * `step` is how finely the stem's bounds are given. Verb phrases: `one` for a single item, `many` for
 * several, each followed by "than"/"between" and the value.
 */
const contexts = [
  {
    what: "The times that a fully charged phone battery lasts",
    item: "battery",
    variable: "the time, in hours, that a randomly chosen battery lasts",
    items: "batteries",
    unit: "hours",
    mean: [14, 30, 0.5],
    sd: [1.2, 3.5, 0.1],
    step: 0.5,
    one: { less: "lasts less than", more: "lasts longer than", between: "lasts between" },
    many: { less: "last less than", more: "last longer than", between: "last between" },
  },
  {
    what: "The masses of bags of rice filled by a machine",
    item: "bag",
    variable: "the mass, in grams, of a randomly chosen bag",
    items: "bags",
    unit: "g",
    mean: [495, 520, 1],
    sd: [3, 9, 0.5],
    step: 1,
    one: { less: "has a mass less than", more: "has a mass greater than", between: "has a mass between" },
    many: { less: "have a mass less than", more: "have a mass greater than", between: "have a mass between" },
  },
  {
    what: "The heights of adult women in a town",
    item: "woman",
    variable: "the height, in cm, of a randomly chosen woman",
    items: "women",
    unit: "cm",
    mean: [158, 168, 0.5],
    sd: [5, 8, 0.1],
    step: 1,
    one: { less: "is shorter than", more: "is taller than", between: "has a height between" },
    many: { less: "are shorter than", more: "are taller than", between: "have a height between" },
  },
  {
    what: "The times taken by runners to complete a 5 km charity race",
    item: "runner",
    variable: "the time, in minutes, taken by a randomly chosen runner",
    items: "runners",
    unit: "minutes",
    mean: [26, 40, 0.5],
    sd: [3, 7, 0.5],
    step: 1,
    one: { less: "finishes in less than", more: "takes longer than", between: "takes between" },
    many: { less: "finish in less than", more: "take longer than", between: "take between" },
  },
  {
    what: "The amounts of water used in one day by households in a city",
    item: "household",
    variable: "the amount of water, in litres, used in one day by a randomly chosen household",
    items: "households",
    unit: "litres",
    mean: [280, 450, 5],
    sd: [30, 80, 5],
    step: 10,
    one: { less: "uses less than", more: "uses more than", between: "uses between" },
    many: { less: "use less than", more: "use more than", between: "use between" },
  },
  {
    what: "The lengths of adult rainbow trout in a river",
    item: "trout",
    variable: "the length, in cm, of a randomly chosen trout",
    items: "trout",
    unit: "cm",
    mean: [35, 55, 1],
    sd: [3, 8, 0.5],
    step: 1,
    one: { less: "is shorter than", more: "is longer than", between: "has a length between" },
    many: { less: "are shorter than", more: "are longer than", between: "have a length between" },
  },
] as const;

export const normalInContext: QuestionGenerator = {
  id: "normal-in-context",
  subject: "math-ai",
  topicCode: "4.9",
  levels: ["SL", "HL"],
  title: "Normal distribution in context: probabilities, inverse normal and expected numbers",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(contexts);
    const mean = r.decimal(c.mean[0], c.mean[1], c.mean[2]);
    const sd = r.decimal(c.sd[0], c.sd[1], c.sd[2]);
    const asked = r.pick(["interval", "interval", "inverse", "expected"] as const);
    const intro = `${c.what} are normally distributed with mean ${num(mean)} ${c.unit} and standard deviation ${num(sd)} ${c.unit}.`;
    const model = String.raw`$X \sim N(${num(mean)}, ${num(sd)}^2)$`;
    const bound = (from: number, to: number) => roundDp(mean + r.decimal(from, to, 0.05) * sd, 6);
    const toStep = (x: number) => roundDp(Math.round(x / c.step) * c.step, 6);

    if (asked === "inverse") {
      const percent = r.pick([5, 8, 10, 12, 15, 20, 25, 30, 35, 40]);
      const above = r.bool();
      const areaBelow = above ? 1 - percent / 100 : percent / 100;
      const z = inversePhi(areaBelow);
      const expected = mean + z * sd;
      const region = above ? `P(X > k) = ${num(percent / 100)}` : `P(X < k) = ${num(percent / 100)}`;
      return gdcNumericQuestion(
        normalInContext,
        seed,
        {
          difficulty: 3,
          marks: 2,
          paper: "P1",
          commandTerm: "Find",
          stem: `${intro}

It is known that ${percent}% of ${c.items} ${above ? c.many.more : c.many.less} $k$ ${c.unit}.

Find the value of $k$. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$${region}$${above ? String.raw` / $P(X < k) = ${num(areaBelow)}$` : ""}; uses inverse normal with ${model} (may be seen on a sketch)`,
              keywords: [num(areaBelow), "invNorm"],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$k = ${sig(expected, 3)}$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`Let $X$ be ${c.variable}: ${model}. We need $${region}$${
            above
              ? String.raw`, that is $P(X < k) = 1 - ${num(percent / 100)} = ${num(areaBelow)}$, since the GDC's inverse normal uses the area to the left`
              : ""
          }.

Inverse normal with area $${num(areaBelow)}$, $\mu = ${num(mean)}$, $\sigma = ${num(sd)}$ gives $z = ${num(roundDp(z, 5))}$ standard deviations ${z > 0 ? "above" : "below"} the mean:

$$k = ${num(mean)} ${z > 0 ? "+" : "-"} ${num(roundDp(Math.abs(z), 5))} \times ${num(sd)} = ${sig(expected, 6)} \approx ${sig(expected, 3)}$$`,
        },
        { kind: "normal-in-context", mean, sd, asked: { areaBelow }, expected, rounding },
        c.unit,
      );
    }

    const shape = r.pick(["below", "above", "between"] as const);
    let lower: number | null = null;
    let upper: number | null = null;
    if (shape === "below") upper = toStep(bound(-2.2, 2.2));
    else if (shape === "above") lower = toStep(bound(-2.2, 2.2));
    else {
      for (;;) {
        lower = toStep(bound(-2.5, 0.8));
        upper = toStep(bound(-0.8, 2.5));
        if (upper - lower >= 0.5 * sd) break;
      }
    }
    const probability = (upper === null ? 1 : Phi((upper - mean) / sd)) - (lower === null ? 0 : Phi((lower - mean) / sd));
    const notation =
      shape === "below" ? `P(X < ${num(upper ?? 0)})` : shape === "above" ? `P(X > ${num(lower ?? 0)})` : `P(${num(lower ?? 0)} < X < ${num(upper ?? 0)})`;
    const gdc = String.raw`lower bound $${lower === null ? String.raw`-10^{99}` : num(lower)}$, upper bound $${upper === null ? String.raw`10^{99}` : num(upper)}$, $\mu = ${num(mean)}$, $\sigma = ${num(sd)}$`;
    const zs = [lower, upper]
      .filter((v): v is number => v !== null)
      .map((v) => String.raw`z = \frac{${num(v)} - ${num(mean)}}{${num(sd)}} = ${num(roundDp((v - mean) / sd, 4))}`)
      .join(String.raw`, \qquad `);

    if (asked === "interval") {
      const words =
        shape === "below"
          ? `${c.one.less} ${num(upper ?? 0)} ${c.unit}`
          : shape === "above"
            ? `${c.one.more} ${num(lower ?? 0)} ${c.unit}`
            : `${c.one.between} ${num(lower ?? 0)} ${c.unit} and ${num(upper ?? 0)} ${c.unit}`;
      return gdcNumericQuestion(
        normalInContext,
        seed,
        {
          difficulty: shape === "between" ? 2 : 1,
          marks: 2,
          paper: "P1",
          commandTerm: "Find",
          stem: `${intro}

Find the probability that a randomly chosen ${c.item} ${words}. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Correct region $${notation}$ with ${model}: sketch / normal cdf with ${gdc}`,
              keywords: [num(mean), num(sd), num(lower ?? upper ?? mean)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$${notation} = ${sig(probability, 3)}$`,
              dependsOn: ["M1"],
              keywords: [sigPlain(probability, 3)],
            },
          ],
          workedSolution: String.raw`Let $X$ be ${c.variable}: ${model}. We need $${notation}$.

Normal cdf on the GDC with ${gdc}; or, standardising, $${zs}$.

$$${notation} = ${sig(probability, 6)} \approx ${sig(probability, 3)}$$`,
        },
        { kind: "normal-in-context", mean, sd, asked: { lower, upper, count: 1 }, expected: probability, rounding },
      );
    }

    const count = r.pick([40, 50, 60, 80, 120, 150, 200, 250, 300, 400, 500, 800]);
    const expected = count * probability;
    const group =
      shape === "below"
        ? `${c.many.less} ${num(upper ?? 0)} ${c.unit}`
        : shape === "above"
          ? `${c.many.more} ${num(lower ?? 0)} ${c.unit}`
          : `${c.many.between} ${num(lower ?? 0)} ${c.unit} and ${num(upper ?? 0)} ${c.unit}`;
    return gdcNumericQuestion(
      normalInContext,
      seed,
      {
        difficulty: 3,
        marks: 4,
        paper: "P1",
        commandTerm: "Find",
        stem: `${intro}

A random sample of ${count} ${c.items} is taken. Find the expected number of these ${c.items} that ${group}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Finds $${notation}$ with ${model}: normal cdf with ${gdc}`,
            keywords: [num(mean), num(sd)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$${notation} = ${sig(probability, 4)}$`, dependsOn: ["M1"], keywords: [sigPlain(probability, 3)] },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Multiplies by the sample size: $${count} \times ${sig(probability, 4)}$`,
            keywords: [String(count)],
          },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}$ ${c.items}`, dependsOn: ["M2"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Let $X$ be ${c.variable}: ${model}. With the normal cdf (${gdc}), or standardising with $${zs}$:

$$${notation} = ${sig(probability, 6)}$$

The expected number in a sample of ${count} is $np$:

$$${count} \times ${sig(probability, 6)} = ${sig(expected, 6)} \approx ${sig(expected, 3)}$$`,
      },
      { kind: "normal-in-context", mean, sd, asked: { lower, upper, count }, expected, rounding },
    );
  },
};
