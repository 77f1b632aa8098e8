import { num, roundDp, sig, sigPlain } from "./latex-format";
import { gdcNumericQuestion, markdownTable, texNumber } from "./maths-ai-format";
import type { GeneratedQuestion, QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

/**
 * Raw data sets of whole numbers: typical values lie in [lo, hi]; an unusual value (for the outlier
 * question) stays within [min, max], what the quantity can really be.
 */
const rawContexts = [
  { intro: (n: number) => `The masses, in grams, of ${n} eggs from a farm are`, of: "the masses", unit: "g", lo: 52, hi: 66, min: 38, max: 86 },
  {
    intro: (n: number) => `The numbers of push-ups that ${n} students completed in one minute are`,
    of: "the numbers of push-ups",
    unit: "",
    lo: 18,
    hi: 40,
    min: 2,
    max: 75,
  },
  {
    intro: (n: number) => `The times, in minutes, that ${n} patients waited at a clinic are`,
    of: "the waiting times",
    unit: "minutes",
    lo: 8,
    hi: 30,
    min: 1,
    max: 80,
  },
  {
    intro: (n: number) => `The numbers of customers at a small café on ${n} randomly chosen days are`,
    of: "the numbers of customers",
    unit: "",
    lo: 45,
    hi: 80,
    min: 12,
    max: 150,
  },
  { intro: (n: number) => `The heights, in cm, of ${n} tomato seedlings are`, of: "the heights", unit: "cm", lo: 12, hi: 26, min: 3, max: 48 },
  {
    intro: (n: number) => `The scores of ${n} students on a quiz marked out of 60 are`,
    of: "the scores",
    unit: "",
    lo: 30,
    hi: 50,
    min: 0,
    max: 60,
  },
] as const;

/** Grouped data: `width`-wide classes from `start`, as a frequency table. */
const groupedContexts = [
  {
    what: "The times, $t$ minutes, that {n} students spent on homework one evening",
    noun: "time",
    plural: "times",
    symbol: "t",
    unit: "minutes",
    starts: [0],
    widths: [15, 20],
  },
  { what: "The lengths, $L$ cm, of {n} fish caught in a lake", noun: "length", plural: "lengths", symbol: "L", unit: "cm", starts: [10, 15, 20], widths: [5] },
  {
    what: "The masses, $m$ kg, of {n} suitcases checked in for a flight",
    noun: "mass",
    plural: "masses",
    symbol: "m",
    unit: "kg",
    starts: [0, 5],
    widths: [4, 5],
  },
  {
    what: "The distances, $d$ km, that {n} employees travel to work",
    noun: "distance",
    plural: "distances",
    symbol: "d",
    unit: "km",
    starts: [0],
    widths: [4, 5, 6],
  },
  { what: "The heights, $h$ cm, of {n} sunflower plants", noun: "height", plural: "heights", symbol: "h", unit: "cm", starts: [40, 50, 60], widths: [10, 20] },
] as const;

const median = (sorted: number[]) => {
  const m = sorted.length / 2;
  return Number.isInteger(m) ? ((sorted[m - 1] as number) + (sorted[m] as number)) / 2 : (sorted[Math.floor(m)] as number);
};

/** Quartiles as a GDC finds them: the median of each half, the middle value left out when n is odd. */
function quartiles(data: number[]) {
  const sorted = [...data].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const lower = sorted.slice(0, half);
  const upper = sorted.slice(sorted.length - half);
  return { sorted, lower, upper, q1: median(lower), q2: median(sorted), q3: median(upper) };
}

/** Quartiles by linear interpolation at ranks 1 + (n - 1)p (a spreadsheet's QUARTILE.INC). */
function interpolatedQuartiles(data: number[]) {
  const sorted = [...data].sort((a, b) => a - b);
  const at = (p: number) => {
    const rank = (sorted.length - 1) * p;
    const below = sorted[Math.floor(rank)] as number;
    return below + (rank - Math.floor(rank)) * ((sorted[Math.ceil(rank)] as number) - below);
  };
  return { q1: at(0.25), q3: at(0.75) };
}

const outlierCount = (data: number[], { q1, q3 }: { q1: number; q3: number }) =>
  data.filter((x) => x < q1 - 1.5 * (q3 - q1) || x > q3 + 1.5 * (q3 - q1)).length;

const list = (xs: number[]) => xs.join(", ");

export const descriptiveStatistics: QuestionGenerator = {
  id: "descriptive-statistics",
  subject: "math-ai",
  topicCode: "4.3",
  levels: ["SL", "HL"],
  title: "Mean, standard deviation, quartiles and outliers from raw or grouped data",
  generate(seed) {
    const r = new SeededRandom(seed);
    const asked = r.pick(["raw-sd", "iqr", "outliers", "grouped-mean", "grouped-sd"] as const);
    if (asked === "grouped-mean" || asked === "grouped-sd") return grouped(r, seed, asked);

    const c = r.pick(rawContexts);
    // Quartiles split an even-sized data set into two clean halves, whichever textbook method is used.
    const n = asked === "raw-sd" ? r.int(9, 14) : 2 * r.int(5, 7);
    const draw = () => r.int(c.lo, c.hi);
    let data: number[];
    for (;;) {
      data = Array.from({ length: n }, draw);
      if (asked === "outliers") {
        // Up to two unusual values, which may or may not turn out to be outliers: the candidate must test them.
        const spread = c.hi - c.lo;
        const extremes = r.pick([0, 1, 1, 2, 2]);
        for (let i = 0; i < extremes; i++) {
          const high = r.int(0, 3) > 0;
          const value = high
            ? r.int(Math.min(c.max, c.hi + Math.round(0.4 * spread)), Math.min(c.max, c.hi + 2 * spread))
            : r.int(Math.max(c.min, c.lo - 2 * spread), Math.max(c.min, c.lo - Math.round(0.4 * spread)));
          data[r.int(0, n - 1)] = value;
        }
      }
      const { q1, q3 } = quartiles(data);
      const iqr = q3 - q1;
      // A value exactly on a fence is neither clearly in nor out; an IQR of 0 makes no sense here.
      const onFence = data.some((x) => x === q1 - 1.5 * iqr || x === q3 + 1.5 * iqr);
      // Spreadsheets interpolate quartiles instead: the number of outliers must not depend on that choice.
      const robust = asked !== "outliers" || outlierCount(data, quartiles(data)) === outlierCount(data, interpolatedQuartiles(data));
      if (iqr > 0 && !onFence && robust && new Set(data).size > n / 2) break;
    }
    const stemData = `${c.intro(n)} listed below.

${list(data)}`;
    if (asked === "raw-sd") return rawSd(seed, stemData, data, c.of, c.unit);
    const { sorted, lower, upper, q1, q2, q3 } = quartiles(data);
    const iqr = q3 - q1;
    const halves = String.raw`Ordered data: ${list(sorted)}.

There are $n = ${n}$ values, so each half holds ${n / 2} (the median, $${num(q2)}$, lies between them). Lower half: ${list(lower)}, so $Q_1 = ${num(q1)}$. Upper half: ${list(upper)}, so $Q_3 = ${num(q3)}$.`;

    if (asked === "iqr") {
      return gdcNumericQuestion(
        descriptiveStatistics,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P1",
          commandTerm: "Find",
          stem: `${stemData}

Find the interquartile range of ${c.of}.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Orders the data and splits it into halves / uses GDC 1-variable statistics: lower half ${list(lower)}; upper half ${list(upper)}`,
              keywords: ["Q1", "Q3"],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$Q_1 = ${num(q1)}$ and $Q_3 = ${num(q3)}$`, dependsOn: ["M1"], keywords: [num(q1), num(q3)] },
            { id: "A2", kind: "A", marks: 1, text: String.raw`$\text{IQR} = ${num(q3)} - ${num(q1)} = ${num(iqr)}$`, dependsOn: ["M1"], keywords: [num(iqr)] },
          ],
          workedSolution: String.raw`${halves}

$$\text{IQR} = Q_3 - Q_1 = ${num(q3)} - ${num(q1)} = ${num(iqr)}$$

A GDC's 1-variable statistics give the same quartiles.`,
        },
        { kind: "summary-statistics", values: data, frequencies: null, asked: "iqr", expected: iqr, rounding: { mode: "exact" } },
        c.unit || undefined,
      );
    }

    const lowFence = q1 - 1.5 * iqr;
    const highFence = q3 + 1.5 * iqr;
    const outliers = sorted.filter((x) => x < lowFence || x > highFence);
    const count = outliers.length;
    const verdict =
      count === 0
        ? `No value is below $${num(lowFence)}$ or above $${num(highFence)}$, so there are no outliers.`
        : `The value${count === 1 ? "" : "s"} ${list(outliers)} ${count === 1 ? "lies" : "lie"} outside these limits, so there ${count === 1 ? "is 1 outlier" : `are ${count} outliers`}.`;
    return gdcNumericQuestion(
      descriptiveStatistics,
      seed,
      {
        difficulty: 3,
        marks: 4,
        paper: "P1",
        commandTerm: "Determine",
        stem: String.raw`${stemData}

An outlier is a value that is more than $1.5 \times \text{IQR}$ below the lower quartile or more than $1.5 \times \text{IQR}$ above the upper quartile.

Determine the number of outliers in these data.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Finds the quartiles from the ordered data / GDC 1-variable statistics`,
            keywords: ["Q1", "Q3", num(q1), num(q3)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$Q_1 = ${num(q1)}$, $Q_3 = ${num(q3)}$ (so $\text{IQR} = ${num(iqr)}$)`,
            dependsOn: ["M1"],
            keywords: [num(iqr)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Uses $Q_1 - 1.5 \times \text{IQR}$ and $Q_3 + 1.5 \times \text{IQR}$: $${num(lowFence)}$ and $${num(highFence)}$`,
            keywords: [num(lowFence), num(highFence)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: count === 0 ? "No outliers ($0$)" : String.raw`$${count}$ outlier${count === 1 ? "" : "s"} (${list(outliers)})`,
            dependsOn: ["M2"],
            keywords: [String(count)],
          },
        ],
        workedSolution: String.raw`${halves}

$\text{IQR} = ${num(q3)} - ${num(q1)} = ${num(iqr)}$, so $1.5 \times \text{IQR} = ${num(1.5 * iqr)}$ and the limits are

$$Q_1 - 1.5 \times \text{IQR} = ${num(q1)} - ${num(1.5 * iqr)} = ${num(lowFence)}, \qquad Q_3 + 1.5 \times \text{IQR} = ${num(q3)} + ${num(1.5 * iqr)} = ${num(highFence)}$$

${verdict}`,
      },
      { kind: "summary-statistics", values: data, frequencies: null, asked: "outlier-count", expected: count, rounding: { mode: "exact" } },
    );
  },
};

function rawSd(seed: number, stemData: string, data: number[], of: string, unit: string): GeneratedQuestion {
  const n = data.length;
  let sum = 0;
  let sumSquares = 0;
  for (const x of data) {
    sum += x;
    sumSquares += x * x;
  }
  const mean = sum / n;
  const sd = Math.sqrt(sumSquares / n - mean * mean);
  return gdcNumericQuestion(
    descriptiveStatistics,
    seed,
    {
      difficulty: 2,
      marks: 2,
      paper: "P1",
      commandTerm: "Find",
      stem: `${stemData}

Find the standard deviation of ${of}. Give your answer correct to 3 significant figures.`,
      markscheme: [
        {
          id: "M1",
          kind: "M",
          marks: 1,
          text: String.raw`Uses GDC 1-variable statistics / $\sigma = \sqrt{\frac{\sum x^2}{n} - \bar{x}^2}$ with $\bar{x} = ${num(roundDp(mean, 4))}$`,
          keywords: [num(roundDp(mean, 2)), "1-var"],
        },
        { id: "A1", kind: "A", marks: 1, text: String.raw`$\sigma = ${sig(sd, 3)}$`, dependsOn: ["M1"], keywords: [sigPlain(sd, 3)] },
      ],
      workedSolution: String.raw`Enter the data in a list and run 1-variable statistics; the standard deviation is $\sigma_x$. By hand: $n = ${n}$, $\sum x = ${texNumber(sum)}$ and $\sum x^2 = ${texNumber(sumSquares)}$, so $\bar{x} = \frac{${sum}}{${n}} = ${num(roundDp(mean, 4))}$ and

$$\sigma = \sqrt{\frac{\sum x^2}{n} - \bar{x}^2} = \sqrt{\frac{${texNumber(sumSquares)}}{${n}} - ${num(roundDp(mean, 4))}^2} = ${sig(sd, 6)} \approx ${sig(sd, 3)}$$`,
    },
    { kind: "summary-statistics", values: data, frequencies: null, asked: "sd", expected: sd, rounding },
    unit || undefined,
  );
}

function grouped(r: SeededRandom, seed: number, asked: "grouped-mean" | "grouped-sd"): GeneratedQuestion {
  const c = r.pick(groupedContexts);
  const start = r.pick(c.starts);
  const width = r.pick(c.widths);
  const k = r.int(5, 6);
  // A single-peaked shape: the peak class gets the most, neighbours fewer, with some noise.
  const peak = r.int(1, k - 2);
  const frequencies = Array.from({ length: k }, (_, i) => {
    const away = 5 * Math.abs(i - peak);
    return r.int(Math.max(1, 10 - away), Math.max(4, 24 - away));
  });
  const mids = frequencies.map((_, i) => start + (i + 0.5) * width);
  const bounds = (i: number) => [start + i * width, start + (i + 1) * width] as const;
  const n = frequencies.reduce((s, f) => s + f, 0);
  let sumFx = 0;
  let sumFx2 = 0;
  frequencies.forEach((f, i) => {
    const x = mids[i] as number;
    sumFx += f * x;
    sumFx2 += f * x * x;
  });
  const mean = sumFx / n;
  const sd = Math.sqrt(sumFx2 / n - mean * mean);
  const table = markdownTable(
    [
      `${c.noun[0]?.toUpperCase()}${c.noun.slice(1)}, $${c.symbol}$ (${c.unit})`,
      ...frequencies.map((_, i) => `$${bounds(i)[0]} \\le ${c.symbol} < ${bounds(i)[1]}$`),
    ],
    ["Frequency", ...frequencies],
  );
  const stem = `${c.what.replace("{n}", String(n))} are summarised in the table.

${table}

${
  asked === "grouped-mean" ? `Calculate an estimate of the mean ${c.noun}.` : `Use your GDC to find an estimate of the standard deviation of the ${c.plural}.`
} Give your answer correct to 3 significant figures.`;
  const products = frequencies.map((f, i) => `${num(mids[i] as number)}(${f})`).join(" + ");
  const midText = mids.map((x) => num(x)).join(", ");
  const meanLine = String.raw`$$\bar{${c.symbol}} \approx \frac{\sum fx}{\sum f} = \frac{${products}}{${n}} = \frac{${texNumber(sumFx)}}{${n}} = ${sig(mean, 6)}$$`;

  if (asked === "grouped-mean") {
    return gdcNumericQuestion(
      descriptiveStatistics,
      seed,
      {
        difficulty: 2,
        marks: 2,
        paper: "P1",
        commandTerm: "Calculate",
        stem,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Uses the mid-interval values ${midText} with the frequencies`,
            keywords: ["mid", num(mids[0] as number), num(mids[1] as number)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$\bar{${c.symbol}} = ${sig(mean, 3)}$ ${c.unit}`,
            dependsOn: ["M1"],
            keywords: [sigPlain(mean, 3)],
          },
        ],
        workedSolution: String.raw`The individual values are unknown, so each class is represented by its mid-interval value: ${midText}. With $\sum f = ${n}$:

${meanLine}

An estimate of the mean is $${sig(mean, 3)}$ ${c.unit}.`,
      },
      { kind: "summary-statistics", values: mids, frequencies, asked: "mean", expected: mean, rounding },
      c.unit,
    );
  }

  return gdcNumericQuestion(
    descriptiveStatistics,
    seed,
    {
      difficulty: 3,
      marks: 2,
      paper: "P1",
      commandTerm: "Find",
      stem,
      markscheme: [
        {
          id: "M1",
          kind: "M",
          marks: 1,
          text: String.raw`Enters the mid-interval values ${midText} with the frequencies into GDC 1-variable statistics`,
          keywords: ["mid", num(mids[0] as number), "1-var"],
        },
        { id: "A1", kind: "A", marks: 1, text: String.raw`$\sigma = ${sig(sd, 3)}$ ${c.unit}`, dependsOn: ["M1"], keywords: [sigPlain(sd, 3)] },
      ],
      workedSolution: String.raw`Put the mid-interval values ${midText} in one list and the frequencies in another, and run 1-variable statistics; the estimate is $\sigma_x$. By hand, with $\sum f = ${n}$:

${meanLine}

$$\sigma \approx \sqrt{\frac{\sum fx^2}{\sum f} - \bar{${c.symbol}}^2} = \sqrt{\frac{${texNumber(sumFx2)}}{${n}} - ${num(roundDp(mean, 4))}^2} = ${sig(sd, 6)} \approx ${sig(sd, 3)}$$

An estimate of the standard deviation is $${sig(sd, 3)}$ ${c.unit}.`,
    },
    { kind: "summary-statistics", values: mids, frequencies, asked: "sd", expected: sd, rounding },
    c.unit,
  );
}
