import { numericQuestion } from "./build-question";
import { centCurrencies, eqValue, texNum, typed } from "./economics-format";
import { clean, num, roundDp, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

/** Changes in an injection (government spending, investment or exports), worded for a rise or a fall. */
const injections = [
  {
    rise: "the government increases its spending on infrastructure by",
    fall: "the government cuts its spending on public services by",
    name: "government spending",
  },
  { rise: "firms increase investment spending by", fall: "business confidence falls and firms cut investment spending by", name: "investment" },
  { rise: "demand from trading partners grows and exports rise by", fall: "a recession abroad causes exports to fall by", name: "exports" },
] as const;

/** A working value: exact when it has at most 3 decimal places, else 4 significant figures. */
const shown = (x: number) => (Math.abs(roundDp(x, 3) - x) < 1e-9 ? texNum(roundDp(x, 3)) : sig(x, 4));
const billions = (code: string, x: number) => `${code} ${String(clean(x))} billion`;

export const keynesianMultiplier: QuestionGenerator = {
  id: "keynesian-multiplier",
  subject: "economics",
  topicCode: "3.6H",
  levels: ["HL"],
  title: "The Keynesian multiplier: from the MPC or the marginal propensities to withdraw",
  generate(seed) {
    const r = new SeededRandom(seed);
    const { code } = r.pick(centCurrencies);
    const variant = r.pick(["gdp-change", "gdp-change", "close-gap", "find-mpc"] as const);
    const unit = `${code} billion`;

    if (variant === "find-mpc") {
      const injection = r.pick(injections);
      let dj: number, dy: number, mpc: number;
      do {
        dj = r.decimal(0.5, 20, 0.1);
        mpc = r.decimal(0.4, 0.9, 0.05);
        dy = Number((dj / (1 - mpc)).toFixed(1));
      } while (dy <= dj * 1.2);
      const k = dy / dj;
      const expected = 1 - dj / dy;
      const up = r.bool();
      return numericQuestion(
        keynesianMultiplier,
        seed,
        {
          difficulty: 3,
          marks: 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `In an economy with spare capacity, ${up ? injection.rise : injection.fall} ${billions(code, dj)}. As a result, real GDP eventually ${up ? "rises" : "falls"} by ${billions(code, dy)}, with no change in the price level.

Assuming a simple Keynesian multiplier in which consumption is the only induced spending, calculate the marginal propensity to consume (MPC). Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Multiplier $k = \frac{\Delta Y}{\Delta J} = \frac{${num(dy)}}{${num(dj)}} ${eqValue(k, 3)}$ and $k = \frac{1}{1 - \text{MPC}}$`,
              keywords: [sigPlain(k, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\text{MPC} = 1 - \frac{1}{k} = ${sig(expected, 3)}$`,
              dependsOn: ["M1"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`The multiplier is the change in real GDP divided by the change in ${injection.name} that caused it:

$$k = \frac{\Delta Y}{\Delta J} = \frac{${num(dy)}}{${num(dj)}} ${eqValue(k, 3)}$$

With consumption the only induced spending, $k = \frac{1}{1 - \text{MPC}}$, so

$$\text{MPC} = 1 - \frac{1}{k} = 1 - \frac{${num(dj)}}{${num(dy)}} = ${sig(expected, 3)}$$

So about ${sig(expected * 100, 3)}% of each extra unit of income is spent on consumption.`,
        },
        { kind: "keynesian-multiplier", mpw: dj / dy, asked: { mpcFrom: { injection: dj, gdpChange: dy } }, expected, rounding },
      );
    }

    // Either the MPC alone, or the three marginal propensities to withdraw.
    const fromMpc = r.bool();
    let mpw: number,
      mps = 0,
      mpt = 0,
      mpm = 0;
    if (fromMpc) mpw = clean(1 - r.decimal(0.5, 0.9, 0.05));
    else {
      do {
        mps = r.decimal(0.05, 0.25, 0.01);
        mpt = r.decimal(0.1, 0.3, 0.01);
        mpm = r.decimal(0.05, 0.35, 0.01);
        mpw = clean(mps + mpt + mpm);
      } while (mpw < 0.25 || mpw > 0.75);
    }
    const mpc = clean(1 - mpw);
    const k = 1 / mpw;
    const data = fromMpc
      ? `the marginal propensity to consume (MPC) is ${String(mpc)}`
      : `the marginal propensity to save (MPS) is ${String(mps)}, the marginal propensity to tax (MPT) is ${String(mpt)} and the marginal propensity to import (MPM) is ${String(mpm)}`;
    const kLine = fromMpc
      ? String.raw`k = \frac{1}{1 - \text{MPC}} = \frac{1}{1 - ${num(mpc)}} ${eqValue(k, 3)}`
      : String.raw`k = \frac{1}{\text{MPS} + \text{MPT} + \text{MPM}} = \frac{1}{${num(mps)} + ${num(mpt)} + ${num(mpm)}} = \frac{1}{${num(mpw)}} ${eqValue(k, 3)}`;
    const kPoint = {
      id: "M1",
      kind: "M" as const,
      marks: 1,
      text: fromMpc
        ? `Multiplier: $${kLine}$`
        : String.raw`$\text{MPW} = ${num(mps)} + ${num(mpt)} + ${num(mpm)} = ${num(mpw)}$ and multiplier $k = \frac{1}{\text{MPW}} ${eqValue(k, 3)}$`,
      keywords: fromMpc ? [sigPlain(k, 3)] : [String(mpw), sigPlain(k, 3)],
    };
    const leak = fromMpc
      ? "Each round, households spend the fraction MPC of the extra income they receive on domestic output, and the rest leaks out as saving."
      : "Each round, the fraction MPS + MPT + MPM of the extra income leaks out of the circular flow as saving, taxes and imports; the rest is spent again on domestic output.";

    if (variant === "gdp-change") {
      const injection = r.pick(injections);
      const up = r.bool();
      const dj = r.decimal(0.5, 25, 0.1);
      const expected = dj * k;
      return numericQuestion(
        keynesianMultiplier,
        seed,
        {
          difficulty: fromMpc ? 2 : 3,
          marks: fromMpc ? 2 : 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: `In an economy, ${data}. The economy has spare capacity, so the price level stays constant.

Suppose ${up ? injection.rise : injection.fall} ${billions(code, dj)}. Calculate the resulting ${up ? "increase" : "fall"} in real GDP, in ${unit}. Give your answer to 3 significant figures.`,
          markscheme: [
            kPoint,
            ...(fromMpc
              ? []
              : [
                  {
                    id: "M2",
                    kind: "M" as const,
                    marks: 1,
                    text: String.raw`$\Delta Y = k \times \Delta J = ${shown(k)} \times ${num(dj)}$`,
                    keywords: [String(dj)],
                  },
                ]),
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: `Real GDP ${up ? "rises" : "falls"} by ${code} ${sig(expected, 3)} billion`,
              dependsOn: fromMpc ? ["M1"] : ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`${leak} The multiplier is

$$${kLine}$$

The change in real GDP is the multiplier times the change in ${injection.name}:

$$\Delta Y = k \times \Delta J = ${shown(k)} \times ${num(dj)} = ${sig(expected, 3)}$$

Real GDP ${up ? "rises" : "falls"} by ${code} ${sig(expected, 3)} billion, ${String(roundSig(k, 3))} times the initial ${up ? "rise" : "fall"} in ${injection.name}.`,
        },
        { kind: "keynesian-multiplier", mpw, asked: { gdpChangeFromInjection: dj }, expected, rounding },
        unit,
      );
    }

    // Close an output gap with a change in government spending.
    const recession = r.int(1, 3) > 1;
    const gap = roundSig(r.decimal(1, 60, 0.5), 3);
    const expected = gap / k;
    return numericQuestion(
      keynesianMultiplier,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: `In an economy, ${data}. Real GDP is ${billions(code, gap)} ${recession ? "below" : "above"} its potential (full employment) level, giving ${recession ? "a recessionary (deflationary)" : "an inflationary"} gap.

Assuming the full multiplier effect applies and ignoring any change in the price level, calculate the ${recession ? "increase" : "reduction"} in government spending needed to close the gap, in ${unit}. Give your answer to 3 significant figures.`,
        markscheme: [
          kPoint,
          { id: "M2", kind: "M", marks: 1, text: String.raw`$\Delta G = \frac{\Delta Y}{k} = \frac{${num(gap)}}{${shown(k)}}$`, keywords: [String(gap)] },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: `Government spending must ${recession ? "rise" : "fall"} by ${code} ${sig(expected, 3)} billion`,
            dependsOn: ["M1", "M2"],
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`${leak} The multiplier is

$$${kLine}$$

Real GDP must ${recession ? "rise" : "fall"} by ${billions(code, gap)}, and each unit of government spending changes real GDP by $k$ units, so

$$\Delta G = \frac{\Delta Y}{k} = \frac{${num(gap)}}{${shown(k)}} = ${sig(expected, 3)}$$

Government spending must ${recession ? "rise" : "fall"} by about ${code} ${sig(expected, 3)} billion (${typed(roundSig(100 / k, 3))}% of the gap, because $\frac{1}{k} = ${num(mpw)}$).`,
      },
      { kind: "keynesian-multiplier", mpw, asked: { injectionForGdpChange: gap }, expected, rounding },
      unit,
    );
  },
};
