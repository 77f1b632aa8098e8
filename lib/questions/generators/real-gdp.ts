import { numericQuestion } from "./build-question";
import { centCurrencies, eqValue, texNum } from "./economics-format";
import { roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;
const oneDp = (x: number) => roundDp(x, 1);
const dp1 = (x: number) => x.toFixed(1);
const growth = (from: number, to: number) => ((to - from) / from) * 100;

export const realGdp: QuestionGenerator = {
  id: "real-gdp",
  subject: "economics",
  topicCode: "3.1",
  levels: ["SL", "HL"],
  title: "Nominal and real GDP: deflating with the GDP deflator, real growth and inflation",
  generate(seed) {
    const r = new SeededRandom(seed);
    const { code } = r.pick(centCurrencies);
    const base = r.pick([2010, 2012, 2015, 2017]);
    const y1 = r.int(base + 3, 2023);
    const y2 = y1 + 1;
    const variant = r.pick(["real-gdp", "real-growth", "inflation"] as const);

    // Year 1 nominal GDP and deflator, then a real growth rate and an inflation rate for year 2.
    const n1 = r.decimal(150, 2500, 0.1);
    // A deflator that has grown by 1-3.5% a year since the base year.
    const d1 = r.decimal(100 + (y1 - base), 100 + 3.5 * (y1 - base), 0.1);
    let realGrowth: number;
    do realGrowth = r.decimal(-3, 6, 0.1);
    while (Math.abs(realGrowth) < 0.5);
    const inflation = r.decimal(0.5, 9, 0.1);
    const d2 = oneDp(d1 * (1 + inflation / 100));
    const r1Exact = (n1 / d1) * 100;
    const n2 = oneDp((r1Exact * (1 + realGrowth / 100) * d2) / 100);
    const unit = `${code} billion`;
    const nominalHead = `Nominal GDP (${code} billion)`;

    if (variant === "real-gdp") {
      const year = r.bool() ? y1 : y2;
      const [n, d] = year === y1 ? [n1, d1] : [n2, d2];
      const expected = (n / d) * 100;
      return numericQuestion(
        realGdp,
        seed,
        {
          difficulty: 1,
          marks: 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `In ${year}, nominal GDP in a country was ${code} ${dp1(n)} billion. The GDP deflator for ${year} was ${dp1(d)} (base year ${base} = 100).

Calculate real GDP in ${year} at ${base} prices, in ${unit}. Give your answer to 1 decimal place.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$\text{real GDP} = \frac{\text{nominal GDP}}{\text{GDP deflator}} \times 100 = \frac{${texNum(n)}}{${texNum(d)}} \times 100$`,
              keywords: [dp1(n), dp1(d)],
            },
            { id: "A1", kind: "A", marks: 1, text: `${code} ${dp1(expected)} billion`, dependsOn: ["M1"], keywords: [dp1(expected)] },
          ],
          workedSolution: String.raw`The GDP deflator measures the price level relative to ${base}, so dividing by it (and multiplying by 100) values ${year}'s output at ${base} prices:

$$\text{real GDP} = \frac{\text{nominal GDP}}{\text{GDP deflator}} \times 100 = \frac{${texNum(n)}}{${texNum(d)}} \times 100 ${eqValue(expected, 1)}$$

Real GDP in ${year} was ${code} ${dp1(expected)} billion at ${base} prices. It is ${d > 100 ? "lower" : "higher"} than nominal GDP because the price level in ${year} was ${d > 100 ? "higher" : "lower"} than in ${base}.`,
        },
        { kind: "gdp-deflator", nominal: [n], asked: { realGdp: { deflator: d } }, expected, rounding: { mode: "decimalPlaces", digits: 1 } },
        unit,
      );
    }

    if (variant === "real-growth") {
      const real1 = (n1 / d1) * 100;
      const real2 = (n2 / d2) * 100;
      const expected = growth(real1, real2);
      return numericQuestion(
        realGdp,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `The table shows data for a country.

| Year | ${nominalHead} | GDP deflator (${base} = 100) |
| --- | --- | --- |
| ${y1} | ${dp1(n1)} | ${dp1(d1)} |
| ${y2} | ${dp1(n2)} | ${dp1(d2)} |

Calculate the rate of economic growth (the percentage change in real GDP) between ${y1} and ${y2}. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Real GDP: $\frac{${texNum(n1)}}{${texNum(d1)}} \times 100 = ${sig(real1, 5)}$ in ${y1} and $\frac{${texNum(n2)}}{${texNum(d2)}} \times 100 = ${sig(real2, 5)}$ in ${y2}`,
              keywords: [sigPlain(real1, 4), sigPlain(real2, 4)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$\frac{${sig(real2, 5)} - ${sig(real1, 5)}}{${sig(real1, 5)}} \times 100$`,
              keywords: [sigPlain(real2 - real1, 3)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}\%$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`Economic growth is measured with real GDP, so first remove the effect of price changes from each year's nominal GDP:

- ${y1}: $\frac{${texNum(n1)}}{${texNum(d1)}} \times 100 = ${sig(real1, 5)}$ (${code} billion at ${base} prices)
- ${y2}: $\frac{${texNum(n2)}}{${texNum(d2)}} \times 100 = ${sig(real2, 5)}$

$$\text{growth} = \frac{${sig(real2, 5)} - ${sig(real1, 5)}}{${sig(real1, 5)}} \times 100 = ${sig(expected, 3)}\%$$

Nominal GDP ${n2 >= n1 ? "rose" : "fell"} by ${sig(Math.abs(growth(n1, n2)), 3)}%, but prices rose by ${sig(growth(d1, d2), 3)}%, so real output ${expected >= 0 ? "grew" : "fell"} by ${sig(Math.abs(expected), 3)}%.`,
        },
        { kind: "gdp-deflator", nominal: [n1, n2], asked: { realGrowthPercent: { deflators: [d1, d2] } }, expected, rounding },
        "%",
      );
    }

    // Nominal and real GDP given; the deflator is implied, and its change is the inflation rate.
    const real1 = oneDp(r1Exact);
    const real2 = oneDp((n2 / d2) * 100);
    const def1 = (n1 / real1) * 100;
    const def2 = (n2 / real2) * 100;
    const expected = growth(def1, def2);
    return numericQuestion(
      realGdp,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `The table shows data for a country.

| Year | ${nominalHead} | Real GDP (${code} billion, ${base} prices) |
| --- | --- | --- |
| ${y1} | ${dp1(n1)} | ${dp1(real1)} |
| ${y2} | ${dp1(n2)} | ${dp1(real2)} |

Calculate the rate of inflation between ${y1} and ${y2}, as measured by the change in the GDP deflator. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`GDP deflator $= \frac{\text{nominal}}{\text{real}} \times 100$: $\frac{${texNum(n1)}}{${texNum(real1)}} \times 100 = ${sig(def1, 5)}$ in ${y1} and $\frac{${texNum(n2)}}{${texNum(real2)}} \times 100 = ${sig(def2, 5)}$ in ${y2}`,
            keywords: [sigPlain(def1, 4), sigPlain(def2, 4)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$\frac{${sig(def2, 5)} - ${sig(def1, 5)}}{${sig(def1, 5)}} \times 100$`,
            keywords: [sigPlain(def2 - def1, 3)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}\%$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`The GDP deflator is the ratio of nominal to real GDP, times 100:

- ${y1}: $\frac{${texNum(n1)}}{${texNum(real1)}} \times 100 = ${sig(def1, 5)}$
- ${y2}: $\frac{${texNum(n2)}}{${texNum(real2)}} \times 100 = ${sig(def2, 5)}$

The inflation rate is the percentage change in the deflator:

$$\frac{${sig(def2, 5)} - ${sig(def1, 5)}}{${sig(def1, 5)}} \times 100 = ${sig(expected, 3)}\%$$

The average price level of all goods and services produced ${expected >= 0 ? "rose" : "fell"} by ${sig(Math.abs(expected), 3)}% between ${y1} and ${y2}.`,
      },
      { kind: "gdp-deflator", nominal: [n1, n2], asked: { inflationPercent: { real: [real1, real2] } }, expected, rounding },
      "%",
    );
  },
};
