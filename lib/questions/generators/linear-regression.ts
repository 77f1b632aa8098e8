import { num, roundDp, sig, sigPlain } from "./latex-format";
import { gdcNumericQuestion, markdownTable, texNumber } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

type Range = readonly [number, number, number];

/**
 * A bivariate context: x drawn from `x` ([min, max, step]) and shown to `xDp` decimal places; y from a line
 * y = intercept + slope·x drawn by `line`, with uniform noise of ±`noise`, recorded to `yDp` places. Every y
 * must be at least `yMin` (a count, a price, a time cannot be negative or zero). `estimate` names the y to be
 * estimated for a given x.
 */
const contexts = [
  {
    xLabel: "Temperature, $x$ (°C)",
    yLabel: "Ice creams sold, $y$",
    setup: "A kiosk recorded the midday temperature and the number of ice creams it sold on",
    things: "days",
    estimate: (x: string) => `the number of ice creams sold on a day when the midday temperature is ${x} °C`,
    unit: "",
    x: [12, 34, 1] as Range,
    xDp: 0,
    line: (r: SeededRandom) => ({ slope: r.decimal(3, 8, 0.5), intercept: r.int(0, 30) }),
    noise: 14,
    yDp: 0,
    yMin: 5,
  },
  {
    xLabel: "Age, $x$ (years)",
    yLabel: "Value, $y$ (thousand USD)",
    setup: "A dealer recorded the age and the value of",
    things: "used cars of the same model",
    estimate: (x: string) => `the value, in thousands of USD, of a car of this model that is ${x} years old`,
    unit: "thousand USD",
    x: [1, 12, 1] as Range,
    xDp: 0,
    line: (r: SeededRandom) => ({ slope: r.decimal(-2.6, -1.2, 0.1), intercept: r.int(24, 38) }),
    noise: 2.2,
    yDp: 1,
    yMin: 1.5,
  },
  {
    xLabel: "Arm span, $x$ (cm)",
    yLabel: "Height, $y$ (cm)",
    setup: "The arm span and the height were measured for",
    things: "adults",
    estimate: (x: string) => `the height of an adult whose arm span is ${x} cm`,
    unit: "cm",
    x: [150, 192, 1] as Range,
    xDp: 0,
    // Height is close to arm span: the line passes near (170, 170).
    line: (r: SeededRandom) => {
      const slope = r.decimal(0.8, 1.05, 0.01);
      return { slope, intercept: Math.round(170 * (1 - slope)) + r.int(-4, 4) };
    },
    noise: 5,
    yDp: 0,
    yMin: 140,
  },
  {
    xLabel: "Distance from centre, $x$ (km)",
    yLabel: "Monthly rent, $y$ (USD)",
    setup: "An estate agent recorded the distance from the city centre and the monthly rent of",
    things: "one-bedroom flats",
    estimate: (x: string) => `the monthly rent, in USD, of a one-bedroom flat ${x} km from the city centre`,
    unit: "USD",
    x: [1, 20, 0.5] as Range,
    xDp: 1,
    line: (r: SeededRandom) => ({ slope: r.int(-45, -20), intercept: r.decimal(1400, 2000, 10) }),
    noise: 90,
    yDp: -1,
    yMin: 400,
  },
  {
    xLabel: "Sunshine, $x$ (hours)",
    yLabel: "Visitors, $y$",
    setup: "A beach café recorded the hours of sunshine and the number of visitors on",
    things: "days",
    estimate: (x: string) => `the number of visitors on a day with ${x} hours of sunshine`,
    unit: "",
    x: [2, 12, 0.5] as Range,
    xDp: 1,
    line: (r: SeededRandom) => ({ slope: r.int(8, 20), intercept: r.int(20, 60) }),
    noise: 18,
    yDp: 0,
    yMin: 10,
  },
  {
    xLabel: "Engine size, $x$ (litres)",
    yLabel: "Fuel use, $y$ (litres per 100 km)",
    setup: "The engine size and the fuel consumption were recorded for",
    things: "cars",
    estimate: (x: string) => `the fuel consumption, in litres per 100 km, of a car with a ${x} litre engine`,
    unit: "litres per 100 km",
    x: [1, 3.5, 0.1] as Range,
    xDp: 1,
    line: (r: SeededRandom) => ({ slope: r.decimal(1.5, 3, 0.1), intercept: r.decimal(2.5, 5, 0.1) }),
    noise: 0.9,
    yDp: 1,
    yMin: 3,
  },
] as const;

/** A data value as recorded: `dp` decimal places (negative: rounded to tens). */
const shown = (x: number, dp: number) => x.toFixed(Math.max(0, dp));

export const linearRegression: QuestionGenerator = {
  id: "linear-regression",
  subject: "math-ai",
  topicCode: "4.4",
  levels: ["SL", "HL"],
  title: "Pearson's r and the regression line of y on x from a bivariate data set",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(contexts);
    const asked = r.pick(["r", "gradient", "predict"] as const);
    const n = r.int(6, 9);
    let xs: number[];
    let ys: number[];
    let stats: { xBar: number; yBar: number; sxx: number; sxy: number; syy: number };
    // For an estimate: x values inside the data's range that are not in the table (interpolation).
    let gaps: number[] = [];
    // A question on r alone may have a noisier data set, so that moderate correlations come up too.
    const noise = c.noise * (asked === "r" ? r.pick([1, 2, 3]) : 1);
    for (;;) {
      const { slope, intercept } = c.line(r);
      const xSet = new Set<number>();
      while (xSet.size < n) xSet.add(r.decimal(c.x[0], c.x[1], c.x[2]));
      // Listed in increasing x, as a data table usually is.
      xs = [...xSet].sort((p, q) => p - q);
      const yStep = 10 ** -c.yDp;
      ys = xs.map((x) => roundDp(Math.round((intercept + slope * x + r.decimal(-noise, noise, yStep)) / yStep) * yStep, 6));
      if (ys.some((y) => y < c.yMin)) continue;
      stats = summarise(xs, ys);
      if (stats.syy === 0) continue;
      const rho = stats.sxy / Math.sqrt(stats.sxx * stats.syy);
      // Strong enough for a regression line to be worth using, not so strong that r rounds to ±1.
      if (Math.abs(rho) < (asked === "r" ? 0.4 : 0.75) || Math.abs(rho) > 0.995) continue;
      if (asked !== "predict") break;
      const { xBar, yBar, sxx, sxy } = stats;
      const fit = (x: number) => yBar + (sxy / sxx) * (x - xBar);
      const [first, last] = [xs[0] as number, xs[n - 1] as number];
      gaps = Array.from({ length: Math.round((last - first) / c.x[2]) - 1 }, (_, j) => roundDp(first + (j + 1) * c.x[2], 6));
      gaps = gaps.filter((x) => !xs.includes(x) && fit(x) >= c.yMin);
      if (gaps.length > 0) break;
    }
    const { xBar, yBar, sxx, sxy, syy } = stats;
    const a = sxy / sxx;
    const b = yBar - a * xBar;
    const rho = sxy / Math.sqrt(sxx * syy);
    const table = markdownTable([c.xLabel, ...xs.map((x) => shown(x, c.xDp))], [c.yLabel, ...ys.map((y) => shown(y, c.yDp))]);
    const stemData = `${c.setup} ${n} ${c.things}.

${table}`;
    const line = String.raw`y = ${sig(a, 6)}x ${b < 0 ? "-" : "+"} ${sig(Math.abs(b), 6)}`;
    const sums = String.raw`With $\bar{x} = ${num(roundDp(xBar, 4))}$ and $\bar{y} = ${num(roundDp(yBar, 4))}$: $S_{xx} = \sum (x - \bar{x})^2 = ${texNumber(sxx)}$, $S_{xy} = \sum (x - \bar{x})(y - \bar{y}) = ${texNumber(sxy)}$ and $S_{yy} = \sum (y - \bar{y})^2 = ${texNumber(syy)}$.`;
    const strength = `${Math.abs(rho) >= 0.9 ? "very strong" : Math.abs(rho) >= 0.7 ? "strong" : Math.abs(rho) >= 0.5 ? "moderate" : "weak"} ${rho > 0 ? "positive" : "negative"}`;

    if (asked === "r") {
      return gdcNumericQuestion(
        linearRegression,
        seed,
        {
          difficulty: 2,
          marks: 2,
          paper: "P1",
          commandTerm: "Find",
          stem: `${stemData}

Find Pearson's product-moment correlation coefficient, $r$, for these data. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Enters the data in two lists and uses GDC linear regression / 2-variable statistics`,
              keywords: ["LinReg", "2-var"],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$r = ${sig(rho, 3)}$`, dependsOn: ["M1"], keywords: [sigPlain(rho, 3)] },
          ],
          workedSolution: String.raw`Put $x$ in one list and $y$ in another and run linear regression; the GDC reports $r$. By hand:

${sums}

$$r = \frac{S_{xy}}{\sqrt{S_{xx}S_{yy}}} = \frac{${texNumber(sxy)}}{\sqrt{${texNumber(sxx)} \times ${texNumber(syy)}}} = ${sig(rho, 6)} \approx ${sig(rho, 3)}$$

This is a ${strength} linear correlation.`,
        },
        { kind: "bivariate-regression", x: xs, y: ys, asked: "r", expected: rho, rounding },
      );
    }

    if (asked === "gradient") {
      return gdcNumericQuestion(
        linearRegression,
        seed,
        {
          difficulty: 2,
          marks: 2,
          paper: "P1",
          commandTerm: "Find",
          stem: `${stemData}

The regression line of $y$ on $x$ has equation $y = ax + b$. Find the value of $a$. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Uses GDC linear regression ($y = ax + b$) with $x$ as the independent variable`,
              keywords: ["LinReg", sigPlain(b, 3)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$a = ${sig(a, 3)}$`, dependsOn: ["M1"], keywords: [sigPlain(a, 3)] },
          ],
          workedSolution: String.raw`Linear regression of $y$ on $x$ on the GDC gives $${line}$. By hand:

${sums}

$$a = \frac{S_{xy}}{S_{xx}} = \frac{${texNumber(sxy)}}{${texNumber(sxx)}} = ${sig(a, 6)} \approx ${sig(a, 3)}$$

(and $b = \bar{y} - a\bar{x} = ${sig(b, 6)}$).`,
        },
        { kind: "bivariate-regression", x: xs, y: ys, asked: "gradient", expected: a, rounding },
      );
    }

    const x0 = r.pick(gaps);
    const predicted = a * x0 + b;
    return gdcNumericQuestion(
      linearRegression,
      seed,
      {
        difficulty: 2,
        marks: 3,
        paper: "P1",
        commandTerm: "Estimate",
        stem: `${stemData}

Use the regression line of $y$ on $x$ to estimate ${c.estimate(shown(x0, c.xDp))}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Finds the regression line with the GDC: $y = ${sig(a, 3)}x ${b < 0 ? "-" : "+"} ${sig(Math.abs(b), 3)}$`,
            keywords: [sigPlain(a, 3), sigPlain(b, 3)],
          },
          { id: "M2", kind: "M", marks: 1, text: String.raw`Substitutes $x = ${num(x0)}$ into their line`, keywords: [num(x0)] },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$y = ${sig(predicted, 3)}$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(predicted, 3)] },
        ],
        workedSolution: String.raw`Linear regression of $y$ on $x$ on the GDC gives $${line}$ (by hand: $a = \frac{S_{xy}}{S_{xx}}$ and $b = \bar{y} - a\bar{x}$, with $\bar{x} = ${num(roundDp(xBar, 4))}$, $\bar{y} = ${num(roundDp(yBar, 4))}$). Keep the unrounded coefficients:

$$y = ${sig(a, 6)} \times ${num(x0)} ${b < 0 ? "-" : "+"} ${sig(Math.abs(b), 6)} = ${sig(predicted, 6)} \approx ${sig(predicted, 3)}$$

The estimate is reasonable: $r = ${sig(rho, 3)}$ shows a ${strength} correlation and $x = ${num(x0)}$ lies within the data (interpolation).`,
      },
      { kind: "bivariate-regression", x: xs, y: ys, asked: { predictAt: x0 }, expected: predicted, rounding },
      c.unit || undefined,
    );
  },
};

function summarise(xs: number[], ys: number[]) {
  const n = xs.length;
  const xBar = xs.reduce((s, x) => s + x, 0) / n;
  const yBar = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - xBar;
    const dy = (ys[i] as number) - yBar;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  });
  return { xBar, yBar, sxx, sxy, syy };
}
