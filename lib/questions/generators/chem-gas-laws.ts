import { numericQuestion } from "./build-question";
import type { ElementCounts } from "./chemistry-check";
import { atomicMassNote, ce, chemUnits, drawUntil, molarMass, molarMassEquation, molarMassText, R } from "./chemistry-format";
import { num, qty, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;
const { cm3, dm3, m3, celsius: degC } = chemUnits;
const kelvinNote = String.raw`Use $R = ${qty(8.31, String.raw`J\,K^{-1}\,mol^{-1}`)}$ and $T/\mathrm{K} = \theta/^\circ\mathrm{C} + 273$.`;

const gases: { name: string; tex: string; formula: ElementCounts }[] = [
  { name: "oxygen", tex: "O_2", formula: { O: 2 } },
  { name: "nitrogen", tex: "N_2", formula: { N: 2 } },
  { name: "carbon dioxide", tex: "CO_2", formula: { C: 1, O: 2 } },
  { name: "methane", tex: "CH_4", formula: { C: 1, H: 4 } },
  { name: "ammonia", tex: "NH_3", formula: { N: 1, H: 3 } },
  { name: "chlorine", tex: "Cl_2", formula: { Cl: 2 } },
  { name: "sulfur dioxide", tex: "SO_2", formula: { S: 1, O: 2 } },
  { name: "hydrogen", tex: "H_2", formula: { H: 2 } },
  { name: "propane", tex: "C_3H_8", formula: { C: 3, H: 8 } },
  { name: "ethane", tex: "C_2H_6", formula: { C: 2, H: 6 } },
  { name: "hydrogen chloride", tex: "HCl", formula: { H: 1, Cl: 1 } },
  { name: "butane", tex: "C_4H_{10}", formula: { C: 4, H: 10 } },
  { name: "carbon monoxide", tex: "CO", formula: { C: 1, O: 1 } },
];

/** Volatile liquids for the vapour-density experiment, with their true molar masses and boiling points (°C). */
const liquids = [
  { name: "hexane", M: 86.2, bp: 69 },
  { name: "propanone", M: 58.1, bp: 56 },
  { name: "ethanol", M: 46.1, bp: 78 },
  { name: "pentane", M: 72.2, bp: 36 },
  { name: "cyclohexane", M: 84.2, bp: 81 },
  { name: "heptane", M: 100.2, bp: 98 },
  { name: "propan-2-ol", M: 60.1, bp: 82 },
  { name: "ethyl ethanoate", M: 88.1, bp: 77 },
  { name: "methanol", M: 32.05, bp: 65 },
] as const;

/** A value to 3 significant figures, uniform in [lo, hi]. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);

export const chemGasLaws: QuestionGenerator = {
  id: "chem-gas-laws",
  subject: "chemistry",
  topicCode: "S1.5",
  levels: ["SL", "HL"],
  title: "Ideal gas equation (volume, pressure, molar mass) and the combined gas law",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["volume", "pressure", "molar-mass", "combined"] as const);

    if (variant === "combined") {
      const p1 = r.int(60, 250);
      const v1 = draw3sf(r, 0.5, 20);
      const celsius1 = r.int(0, 40);
      const celsius2 = r.int(-30, 250);
      const T1 = celsius1 + 273;
      const T2 = celsius2 + 273;
      const findVolume = r.bool();
      const p2 = findVolume ? r.int(50, 400) : 0;
      const v2 = findVolume ? 0 : draw3sf(r, 0.3 * v1, 3 * v1);
      const expected = findVolume ? (p1 * v1 * T2) / (T1 * p2) : (p1 * v1 * T2) / (T1 * v2);
      const unknown = findVolume ? "V_2" : "p_2";
      const rearranged = findVolume ? String.raw`V_2 = \frac{p_1V_1T_2}{T_1p_2}` : String.raw`p_2 = \frac{p_1V_1T_2}{T_1V_2}`;
      const substituted = findVolume
        ? String.raw`\frac{${p1} \times ${sig(v1, 3)} \times ${T2}}{${T1} \times ${p2}}`
        : String.raw`\frac{${p1} \times ${sig(v1, 3)} \times ${T2}}{${T1} \times ${sig(v2, 3)}}`;
      const answer = findVolume ? qty(sig(expected, 3), dm3) : qty(sig(expected, 3), "kPa");
      const change = findVolume
        ? String.raw`The temperature is changed to $${qty(celsius2, degC)}$ and the pressure to $${qty(p2, "kPa")}$.`
        : String.raw`The gas is transferred to a container of volume $${qty(sig(v2, 3), dm3)}$ and its temperature is changed to $${qty(celsius2, degC)}$.`;
      return numericQuestion(
        chemGasLaws,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`A fixed amount of an ideal gas occupies $${qty(sig(v1, 3), dm3)}$ at $${qty(p1, "kPa")}$ and $${qty(celsius1, degC)}$. ${change} Use $T/\mathrm{K} = \theta/^\circ\mathrm{C} + 273$.

Calculate the new ${findVolume ? `volume of the gas, in ${String.raw`$\mathrm{dm^3}$`}` : "pressure of the gas, in kPa"}. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Temperatures in kelvin: $T_1 = ${T1}\,\mathrm{K}$ and $T_2 = ${T2}\,\mathrm{K}$`,
              keywords: [String(T1), String(T2)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Uses $\frac{p_1V_1}{T_1} = \frac{p_2V_2}{T_2}$: $${unknown} = ${substituted}$`,
              keywords: ["p1V1/T1", String(p1)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${unknown} = ${answer}$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`For a fixed amount of gas $\frac{pV}{T}$ is constant, with $T$ in kelvin: $T_1 = ${celsius1} + 273 = ${T1}\,\mathrm{K}$ and $T_2 = ${num(celsius2)} + 273 = ${T2}\,\mathrm{K}$. Pressure and volume appear on both sides, so they can stay in kPa and $\mathrm{dm^3}$.

$$${rearranged} = ${substituted} = ${answer}$$`,
        },
        {
          kind: "gas-combined",
          p1Kpa: p1,
          v1Dm3: v1,
          celsius1,
          celsius2,
          asked: findVolume ? { volumeAtKpa: p2 } : { pressureAtDm3: v2 },
          expected,
          rounding,
        },
        findVolume ? "dm^3" : "kPa",
      );
    }

    if (variant === "molar-mass") {
      const liquid = r.pick(liquids);
      const celsius = r.int(liquid.bp + 15, liquid.bp + 60);
      const T = celsius + 273;
      const p = r.int(95, 105);
      const vCm3 = r.int(40, 250);
      // The mass a careful experiment would record (3 s.f.), give or take a little experimental error.
      const mass = roundSig(((p * 1000 * vCm3 * 1e-6) / (R * T)) * liquid.M * (1 + r.int(-30, 30) / 1000), 3);
      const n = (p * 1000 * vCm3 * 1e-6) / (R * T);
      const expected = mass / n;
      return numericQuestion(
        chemGasLaws,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`A student finds the molar mass of a volatile liquid by injecting $${qty(sig(mass, 3), "g")}$ of it into a gas syringe in an oven at $${qty(celsius, degC)}$. The liquid vaporizes completely and the vapour occupies $${qty(vCm3, cm3)}$ at a pressure of $${qty(p, "kPa")}$. Assume the vapour behaves as an ideal gas. ${kelvinNote}

Determine the molar mass of the liquid, in $\mathrm{g\,mol^{-1}}$. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Converts to SI units: $p = ${num(p * 1000)}\,\mathrm{Pa}$, $V = ${num(vCm3 * 1e-6)}\,\mathrm{m^3}$, $T = ${T}\,\mathrm{K}$`,
              keywords: [String(T), String(p * 1000)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$n = \frac{pV}{RT} = \frac{${num(p * 1000)} \times ${num(vCm3 * 1e-6)}}{8.31 \times ${T}} = ${qty(sig(n, 4), "mol")}$`,
              keywords: [sigPlain(n, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$M = \frac{m}{n} = \frac{${sig(mass, 3)}}{${sig(n, 4)}} = ${qty(sig(expected, 3), chemUnits.molarMass)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`First find the amount of vapour from $pV = nRT$, in SI units: $p = ${p}\,\mathrm{kPa} = ${qty(p * 1000, "Pa")}$, $V = ${vCm3}\,\mathrm{cm^3} = ${qty(vCm3 * 1e-6, m3)}$ and $T = ${celsius} + 273 = ${qty(T, "K")}$.

$$n = \frac{pV}{RT} = \frac{${num(p * 1000)} \times ${num(vCm3 * 1e-6)}}{8.31 \times ${T}} = ${qty(sig(n, 4), "mol")}$$

$$M = \frac{m}{n} = \frac{${sig(mass, 3)}}{${sig(n, 4)}} = ${qty(sig(expected, 3), chemUnits.molarMass)}$$`,
        },
        { kind: "gas-ideal", R, celsius, mass, asked: { molarMassFrom: { pressureKpa: p, volumeCm3: vCm3 } }, expected, rounding },
        "g mol^-1",
      );
    }

    const gas = r.pick(gases);
    const M = molarMass(gas.formula);
    const f = ce(gas.tex);
    // Amounts a laboratory would handle: 0.02 to 1.5 mol.
    const mass = drawUntil(
      () => draw3sf(r, 0.5, 25),
      (m) => m / M >= 0.02 && m / M <= 1.5,
    );
    const celsius = r.int(-20, 200);
    const T = celsius + 273;
    const n = mass / M;
    const Mtext = molarMassText(gas.formula);
    const amountLine = String.raw`n(${f}) = \frac{${sig(mass, 3)}}{${Mtext}} = ${qty(sig(n, 4), "mol")}`;
    const note = `${atomicMassNote([gas.formula])} ${kelvinNote}`;

    if (variant === "volume") {
      const p = r.int(50, 300);
      const vM3 = (n * R * T) / (p * 1000);
      const expected = vM3 * 1000;
      return numericQuestion(
        chemGasLaws,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`Calculate the volume, in $\mathrm{dm^3}$, occupied by $${qty(sig(mass, 3), "g")}$ of ${gas.name}, $${f}$, at $${qty(celsius, degC)}$ and $${qty(p, "kPa")}$. Assume ${gas.name} behaves as an ideal gas. ${note} Give your answer to 3 significant figures.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`$${amountLine}$`, keywords: [sigPlain(n, 3), Mtext] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$V = \frac{nRT}{p} = \frac{${sig(n, 4)} \times 8.31 \times ${T}}{${num(p * 1000)}} = ${qty(sig(vM3, 4), m3)}$`,
              keywords: [String(T), sigPlain(vM3, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$V = ${qty(sig(expected, 3), dm3)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`$$${molarMassEquation(gas.tex, gas.formula)}, \quad ${amountLine}$$

Rearrange $pV = nRT$ for $V$, with $p = ${qty(p * 1000, "Pa")}$ and $T = ${num(celsius)} + 273 = ${qty(T, "K")}$:

$$V = \frac{nRT}{p} = \frac{${sig(n, 4)} \times 8.31 \times ${T}}{${num(p * 1000)}} = ${qty(sig(vM3, 4), m3)} = ${qty(sig(expected, 3), dm3)}$$

(Working in kPa gives $\mathrm{dm^3}$ directly: $V = \frac{${sig(n, 4)} \times 8.31 \times ${T}}{${p}}$.)`,
        },
        { kind: "gas-ideal", R, celsius, mass, asked: { volumeAtKpa: p, formula: gas.formula }, expected, rounding },
        "dm^3",
      );
    }

    // A container that the gas does not push beyond about ten atmospheres.
    const vDm3 = drawUntil(
      () => draw3sf(r, 0.5, 20),
      (v) => (n * R * T) / v >= 30 && (n * R * T) / v <= 1000,
    );
    const expected = (n * R * T) / (vDm3 / 1000) / 1000;
    return numericQuestion(
      chemGasLaws,
      seed,
      {
        difficulty: 2,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`A sealed, rigid container of volume $${qty(sig(vDm3, 3), dm3)}$ holds $${qty(sig(mass, 3), "g")}$ of ${gas.name}, $${f}$, at $${qty(celsius, degC)}$. Assume ${gas.name} behaves as an ideal gas. ${note}

Calculate the pressure in the container, in kPa. Give your answer to 3 significant figures.`,
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: String.raw`$${amountLine}$`, keywords: [sigPlain(n, 3), Mtext] },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$p = \frac{nRT}{V} = \frac{${sig(n, 4)} \times 8.31 \times ${T}}{${num(vDm3 / 1000)}}$ «Pa»`,
            keywords: [String(T), num(vDm3 / 1000)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$p = ${qty(sig(expected * 1000, 4), "Pa")} = ${qty(sig(expected, 3), "kPa")}$`,
            dependsOn: ["M1", "M2"],
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`$$${molarMassEquation(gas.tex, gas.formula)}, \quad ${amountLine}$$

Rearrange $pV = nRT$ for $p$, with $V = ${sig(vDm3, 3)}\,\mathrm{dm^3} = ${qty(vDm3 / 1000, m3)}$ and $T = ${num(celsius)} + 273 = ${qty(T, "K")}$:

$$p = \frac{nRT}{V} = \frac{${sig(n, 4)} \times 8.31 \times ${T}}{${num(vDm3 / 1000)}} = ${qty(sig(expected * 1000, 4), "Pa")} = ${qty(sig(expected, 3), "kPa")}$$`,
      },
      { kind: "gas-ideal", R, celsius, mass, asked: { pressureInDm3: vDm3, formula: gas.formula }, expected, rounding },
      "kPa",
    );
  },
};
