import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const R = 8.31;
const rounding = { mode: "sigFigs", digits: 3 } as const;
const cm3 = String.raw`cm^{3}`;

export const idealGas: QuestionGenerator = {
  id: "ideal-gas",
  subject: "physics",
  topicCode: "B.3",
  levels: ["SL", "HL"],
  title: "Ideal gas equation and the combined gas law",
  generate(seed) {
    const r = new SeededRandom(seed);

    if (r.bool()) {
      const vCm3 = r.int(4, 200) * 25;
      const pKpa = r.int(20, 120) * 5;
      const celsius = r.int(-20, 150);
      const V = vCm3 * 1e-6;
      const p = pKpa * 1e3;
      const T = celsius + 273;
      const expected = (p * V) / (R * T);
      return numericQuestion(
        idealGas,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`A sealed container of volume $${qty(vCm3, cm3)}$ holds an ideal gas at a pressure of $${qty(pKpa, "kPa")}$ and a temperature of $${qty(celsius, String.raw`^\circ C`)}$.

Calculate the amount of gas in the container, in mol. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`Converts units: $V = ${num(V)}\,\mathrm{m^3}$, $p = ${num(p)}\,\mathrm{Pa}$, $T = ${T}\,\mathrm{K}$`,
              keywords: [String(T)],
            },
            {
              id: "p2",
              kind: "POINT",
              marks: 1,
              text: String.raw`Uses $n = \frac{pV}{RT} = \frac{${num(p)} \times ${num(V)}}{8.31 \times ${T}}$`,
              keywords: ["pV=nRT", "8.31"],
            },
            { id: "p3", kind: "POINT", marks: 1, text: String.raw`$n = ${qty(sig(expected, 3), "mol")}$`, keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`The ideal gas equation $pV = nRT$ needs SI units: $V = ${vCm3} \times 10^{-6} = ${qty(V, "m^{3}")}$, $p = ${qty(p, "Pa")}$ and $T = ${celsius} + 273 = ${qty(T, "K")}$.

$$n = \frac{pV}{RT} = \frac{${num(p)} \times ${num(V)}}{8.31 \times ${T}} = ${qty(sig(expected, 3), "mol")}$$`,
        },
        { kind: "ideal-gas-amount", pressure: p, volume: V, celsius, R, expected, rounding },
        "mol",
      );
    }

    const p1 = r.int(16, 60) * 5;
    const v1 = r.int(8, 80) * 25;
    const v2 = Math.round((v1 * r.decimal(0.4, 1.6, 0.05)) / 5) * 5;
    const celsius1 = r.int(0, 40);
    const celsius2 = r.int(-20, 200);
    const T1 = celsius1 + 273;
    const T2 = celsius2 + 273;
    const expected = (p1 * v1 * T2) / (T1 * v2);
    const change =
      v2 === v1
        ? String.raw`The volume of the gas is kept constant`
        : String.raw`The gas is ${v2 < v1 ? "compressed" : "allowed to expand"} to a volume of $${qty(v2, cm3)}$`;
    return numericQuestion(
      idealGas,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`A fixed mass of an ideal gas has a pressure of $${qty(p1, "kPa")}$, a volume of $${qty(v1, cm3)}$ and a temperature of $${qty(celsius1, String.raw`^\circ C`)}$. ${change} and its temperature becomes $${qty(celsius2, String.raw`^\circ C`)}$.

Calculate the new pressure of the gas, in kPa. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Temperatures in kelvin: $T_1 = ${T1}\,\mathrm{K}$, $T_2 = ${T2}\,\mathrm{K}$`,
            keywords: [String(T1), String(T2)],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Uses $\frac{p_1V_1}{T_1} = \frac{p_2V_2}{T_2}$: $p_2 = \frac{${p1} \times ${v1} \times ${T2}}{${T1} \times ${v2}}$`,
            keywords: ["p1V1/T1"],
          },
          { id: "p3", kind: "POINT", marks: 1, text: String.raw`$p_2 = ${qty(sig(expected, 3), "kPa")}$`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`For a fixed mass of ideal gas $\frac{pV}{T}$ is constant, with $T$ in kelvin: $T_1 = ${celsius1} + 273 = ${qty(T1, "K")}$ and $T_2 = ${celsius2} + 273 = ${qty(T2, "K")}$. Volumes only appear as a ratio, so they can stay in $\mathrm{cm^3}$ and pressures in kPa.

$$p_2 = \frac{p_1V_1T_2}{T_1V_2} = \frac{${p1} \times ${v1} \times ${T2}}{${T1} \times ${v2}} = ${qty(sig(expected, 3), "kPa")}$$`,
      },
      { kind: "gas-change", p1, v1, celsius1, v2, celsius2, expected, rounding },
      "kPa",
    );
  },
};
