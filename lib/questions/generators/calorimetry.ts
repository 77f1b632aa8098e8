import { numericQuestion } from "./build-question";
import type { ElementCounts } from "./chemistry-check";
import { atomicMassNote, ce, chemUnits, drawUntil, molarMass, molarMassEquation, molarMassText, waterSpecificHeat } from "./chemistry-format";
import { clean, qty, roundDp, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;
const { concentration: conc, cm3, enthalpy, celsius: degC } = chemUnits;
const c = waterSpecificHeat;
const cNote = String.raw`the specific heat capacity of water is $${qty("4.18", chemUnits.specificHeat)}$`;

/** Alcohols burned in a spirit burner, with data-book enthalpies of combustion (kJ mol^-1). */
const fuels: { name: string; tex: string; formula: ElementCounts; dH: number }[] = [
  { name: "methanol", tex: "CH_3OH", formula: { C: 1, H: 4, O: 1 }, dH: -726 },
  { name: "ethanol", tex: "C_2H_5OH", formula: { C: 2, H: 6, O: 1 }, dH: -1367 },
  { name: "propan-1-ol", tex: "C_3H_7OH", formula: { C: 3, H: 8, O: 1 }, dH: -2021 },
  { name: "butan-1-ol", tex: "C_4H_9OH", formula: { C: 4, H: 10, O: 1 }, dH: -2676 },
  { name: "pentan-1-ol", tex: "C_5H_{11}OH", formula: { C: 5, H: 12, O: 1 }, dH: -3329 },
];

/** Metals that displace copper from copper(II) sulfate, with approximate ΔH per mole of Cu2+ (kJ mol^-1). */
const metals = [
  { name: "zinc", symbol: "Zn", ion: "Zn^{2+}", dH: -217 },
  { name: "magnesium", symbol: "Mg", ion: "Mg^{2+}", dH: -532 },
  { name: "iron", symbol: "Fe", ion: "Fe^{2+}", dH: -153 },
];

/** Solids dissolved in water, with enthalpies of solution (kJ mol^-1). */
const solids: { name: string; tex: string; formula: ElementCounts; dH: number }[] = [
  { name: "ammonium nitrate", tex: "NH_4NO_3", formula: { N: 2, H: 4, O: 3 }, dH: 25.7 },
  { name: "potassium chloride", tex: "KCl", formula: { K: 1, Cl: 1 }, dH: 17.2 },
  { name: "ammonium chloride", tex: "NH_4Cl", formula: { N: 1, H: 4, Cl: 1 }, dH: 14.8 },
  { name: "sodium hydroxide", tex: "NaOH", formula: { Na: 1, O: 1, H: 1 }, dH: -44.5 },
  { name: "calcium chloride", tex: "CaCl_2", formula: { Ca: 1, Cl: 2 }, dH: -82.8 },
  { name: "potassium hydroxide", tex: "KOH", formula: { K: 1, O: 1, H: 1 }, dH: -57.6 },
];

const t1 = (x: number) => roundDp(x, 1).toFixed(1);
/** A value to 3 s.f., uniform in [lo, hi]. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);

/** Temperature readings to 0.1 °C for a change that a reaction of `n` mol with enthalpy `dH` would give. */
function readings(r: SeededRandom, q: number, mass: number) {
  const initial = r.decimal(17, 24, 0.1);
  const change = roundDp(-q / (mass * c), 1);
  const final = roundDp(initial + change, 1);
  return { initial, final, change: clean(final - initial) };
}

export const calorimetry: QuestionGenerator = {
  id: "calorimetry",
  subject: "chemistry",
  topicCode: "R1.1",
  levels: ["SL", "HL"],
  title: "Enthalpy changes from calorimetry (q = mcΔT)",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["neutralization", "combustion", "displacement", "solution"] as const);

    /** Marking points and working shared by every variant once m, ΔT and n are known. */
    const finish = (mass: number, change: number, n: number, massWhat: string) => {
      // The heat exchanged with the water or solution, as a magnitude; the sign of ΔH comes from the direction of ΔT.
      const q = mass * c * Math.abs(change);
      const exothermic = change > 0;
      // q in kJ as shown: the J value to 4 s.f., moved three places (so "1568 J = 1.568 kJ" always agrees).
      const qKj = sig(roundSig(q, 4) / 1000, 4);
      const expected = ((exothermic ? -1 : 1) * q) / 1000 / n;
      const sign = exothermic ? "-" : "+";
      const why = exothermic
        ? "negative because the reaction is exothermic: the temperature of the surroundings rose"
        : "positive because the process is endothermic: the temperature of the water fell";
      return {
        q,
        expected,
        qPoint: {
          id: "M1",
          kind: "M" as const,
          marks: 1,
          text: String.raw`$q = mc\Delta T = ${sig(mass, 3)} \times 4.18 \times ${t1(Math.abs(change))} = ${qty(sig(q, 4), "J")}$`,
          keywords: [sigPlain(q, 4), t1(Math.abs(change))],
        },
        answerPoint: {
          id: "A1",
          kind: "A" as const,
          marks: 1,
          text: String.raw`$\Delta H = ${sign}\frac{${qKj}}{${sig(n, 4)}} = ${qty(sig(expected, 3), enthalpy)}$ «correct sign required»`,
          dependsOn: ["M1", "M2"],
          keywords: [sigPlain(expected, 3)],
        },
        working: (
          amountLines: string,
        ) => String.raw`The heat is ${exothermic ? "absorbed by" : "taken from"} the ${massWhat} (mass $m = ${qty(sig(mass, 3), "g")}$), whose temperature changes by $${t1(Math.abs(change))}\,\mathrm{K}$:

$$q = mc\Delta T = ${sig(mass, 3)} \times 4.18 \times ${t1(Math.abs(change))} = ${qty(sig(q, 4), "J")} = ${qty(qKj, "kJ")}$$

${amountLines}

$$\Delta H = ${sign}\frac{q}{n} = ${sign}\frac{${qKj}}{${sig(n, 4)}} = ${qty(sig(expected, 3), enthalpy)}$$

$\Delta H$ is ${why}.`,
      };
    };

    if (variant === "neutralization") {
      const acid = r.pick([
        { name: "hydrochloric acid", tex: "HCl" },
        { name: "nitric acid", tex: "HNO_3" },
      ]);
      const base = r.pick([
        { name: "sodium hydroxide", tex: "NaOH" },
        { name: "potassium hydroxide", tex: "KOH" },
      ]);
      const { va, vb, ca, cb, t } = drawUntil(
        () => ({
          va: r.pick([25, 50, 75, 100]),
          vb: r.pick([25, 50, 75, 100]),
          ca: r.decimal(0.5, 2, 0.05),
          cb: r.decimal(0.5, 2, 0.05),
          t: r.decimal(-57.5, -50, 0.1),
        }),
        ({ va, vb, ca, cb, t }) => {
          const rise = (-t * 1000 * Math.min(ca * va, cb * vb)) / 1000 / ((va + vb) * c);
          return rise >= 2.5 && Math.abs(ca * va - cb * vb) > 1e-9;
        },
      );
      const nA = (ca * va) / 1000;
      const nB = (cb * vb) / 1000;
      const n = Math.min(nA, nB);
      const mass = va + vb;
      const { initial, final, change } = readings(r, n * t * 1000, mass);
      const f = finish(mass, change, n, "combined solutions");
      const limiting = nA < nB ? acid : base;
      return numericQuestion(
        calorimetry,
        seed,
        {
          difficulty: 3,
          marks: 4,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`$${qty(`${va}.0`, cm3)}$ of $${qty(sig(ca, 3), conc)}$ ${acid.name}, $${ce(acid.tex)}$, and $${qty(`${vb}.0`, cm3)}$ of $${qty(sig(cb, 3), conc)}$ ${base.name}, $${ce(base.tex)}$, are both at $${qty(t1(initial), degC)}$. They are mixed in a polystyrene cup and the highest temperature reached is $${qty(t1(final), degC)}$.

Assume that the density of the mixture is $1.00\,\mathrm{g\,cm^{-3}}$, that ${cNote} and applies to the mixture, and that no heat is lost to the surroundings or absorbed by the cup.

Determine the enthalpy change of neutralization, in $\mathrm{kJ}$ per mole of water formed. Give your answer to 3 significant figures.`,
          markscheme: [
            f.qPoint,
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$n(\mathrm{H_2O}) = n(${ce(limiting.tex)}) = ${sig(n, 3)}$ «mol» «${limiting.name} is limiting»`,
              keywords: [sigPlain(n, 3)],
            },
            {
              id: "M3",
              kind: "M",
              marks: 1,
              text: String.raw`Divides $q$ «in kJ» by the amount of water: $\frac{${sig(roundSig(f.q, 4) / 1000, 4)}}{${sig(n, 3)}}$`,
              keywords: [sigPlain(Math.abs(f.expected), 3)],
            },
            { ...f.answerPoint, dependsOn: ["M1", "M2", "M3"] },
          ],
          workedSolution: f.working(
            String.raw`The mixture has volume $${mass}\,\mathrm{cm^3}$, so its mass is $${mass}\,\mathrm{g}$. The amounts of acid and base are $n(${ce(acid.tex)}) = ${sig(ca, 3)} \times \frac{${va}}{1000} = ${qty(sig(nA, 3), "mol")}$ and $n(${ce(base.tex)}) = ${sig(cb, 3)} \times \frac{${vb}}{1000} = ${qty(sig(nB, 3), "mol")}$. They react $1 : 1$, $\mathrm{H^+(aq)} + \mathrm{OH^-(aq)} \rightarrow \mathrm{H_2O(l)}$, so ${limiting.name} is limiting and $n(\mathrm{H_2O}) = ${qty(sig(n, 3), "mol")}$.`,
          ),
        },
        {
          kind: "calorimetry",
          heatedMass: mass,
          specificHeat: c,
          temperatureChange: change,
          amount: {
            limitingOf: [
              { concentration: ca, volumeCm3: va },
              { concentration: cb, volumeCm3: vb },
            ],
          },
          expected: f.expected,
          rounding,
        },
        "kJ mol^-1",
      );
    }

    if (variant === "displacement") {
      const metal = r.pick(metals);
      const {
        v,
        conc: cu,
        efficiency,
      } = drawUntil(
        () => ({ v: r.pick([25, 50, 75, 100]), conc: r.decimal(0.1, 1, 0.05), efficiency: r.int(70, 95) / 100 }),
        ({ v, conc: x, efficiency }) => {
          const rise = (-metal.dH * efficiency * 1000 * (x * v)) / 1000 / (v * c);
          return rise >= 3 && rise <= 60;
        },
      );
      const n = (cu * v) / 1000;
      const { initial, final, change } = readings(r, n * metal.dH * efficiency * 1000, v);
      const f = finish(v, change, n, "solution");
      return numericQuestion(
        calorimetry,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`Excess ${metal.name} powder is added to $${qty(`${v}.0`, cm3)}$ of $${qty(sig(cu, 3), conc)}$ copper(II) sulfate solution in a polystyrene cup. The temperature rises from $${qty(t1(initial), degC)}$ to a maximum of $${qty(t1(final), degC)}$.

$$${ce(metal.symbol)}\mathrm{(s)} + \mathrm{Cu^{2+}(aq)} \rightarrow ${ce(metal.ion)}\mathrm{(aq)} + \mathrm{Cu(s)}$$

Assume that the solution has a density of $1.00\,\mathrm{g\,cm^{-3}}$, that ${cNote} and applies to the solution, and that the heat capacity of the cup and of the metal can be ignored.

Determine the enthalpy change of the reaction, in $\mathrm{kJ}$ per mole of copper(II) ions. Give your answer to 3 significant figures.`,
          markscheme: [
            f.qPoint,
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$n(\mathrm{Cu^{2+}}) = ${sig(cu, 3)} \times \frac{${v}}{1000} = ${sig(n, 3)}$ «mol» «$\mathrm{Cu^{2+}}$ is limiting»`,
              keywords: [sigPlain(n, 3)],
            },
            f.answerPoint,
          ],
          workedSolution: f.working(
            String.raw`The ${metal.name} is in excess, so all the copper(II) ions react: $n(\mathrm{Cu^{2+}}) = ${sig(cu, 3)} \times \frac{${v}}{1000} = ${qty(sig(n, 3), "mol")}$.`,
          ),
        },
        {
          kind: "calorimetry",
          heatedMass: v,
          specificHeat: c,
          temperatureChange: change,
          amount: { limitingOf: [{ concentration: cu, volumeCm3: v }] },
          expected: f.expected,
          rounding,
        },
        "kJ mol^-1",
      );
    }

    if (variant === "combustion") {
      const fuel = r.pick(fuels);
      const M = molarMass(fuel.formula);
      const { water, burned, efficiency } = drawUntil(
        () => ({ water: r.int(10, 50) * 5, burned: r.int(100, 250) / 100, efficiency: r.int(35, 75) / 100 }),
        ({ water, burned, efficiency }) => {
          const rise = ((-fuel.dH * efficiency * burned) / M) * (1000 / (water * c));
          return rise >= 8 && rise <= 45;
        },
      );
      const before = r.int(9000, 25000) / 100;
      const after = roundDp(before - burned, 2);
      const massBurned = clean(before - after);
      const n = massBurned / M;
      const { initial, final, change } = readings(r, n * fuel.dH * efficiency * 1000, water);
      const f = finish(water, change, n, "water");
      return numericQuestion(
        calorimetry,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`A spirit burner containing ${fuel.name}, $${ce(fuel.tex)}$, is used to heat $${qty(`${water}.0`, cm3)}$ of water in a copper can. The results are shown.

| Measurement | Value |
|---|---|
| Mass of burner and ${fuel.name} before / g | ${before.toFixed(2)} |
| Mass of burner and ${fuel.name} after / g | ${after.toFixed(2)} |
| Initial temperature of water / °C | ${t1(initial)} |
| Final temperature of water / °C | ${t1(final)} |

Assume the density of water is $1.00\,\mathrm{g\,cm^{-3}}$, ${cNote}, and all the heat released is absorbed by the water. ${atomicMassNote([fuel.formula])}

Determine the enthalpy change of combustion of ${fuel.name}, in $\mathrm{kJ\,mol^{-1}}$, from these results. Give your answer to 3 significant figures.`,
          markscheme: [
            f.qPoint,
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$n(${ce(fuel.tex)}) = \frac{${before.toFixed(2)} - ${after.toFixed(2)}}{${molarMassText(fuel.formula)}} = \frac{${massBurned.toFixed(2)}}{${molarMassText(fuel.formula)}} = ${sig(n, 3)}$ «mol»`,
              keywords: [sigPlain(n, 3), massBurned.toFixed(2)],
            },
            f.answerPoint,
          ],
          workedSolution:
            f.working(
              String.raw`Mass of ${fuel.name} burned $= ${before.toFixed(2)} - ${after.toFixed(2)} = ${qty(massBurned.toFixed(2), "g")}$.

$$${molarMassEquation(fuel.tex, fuel.formula)}, \quad n = \frac{${massBurned.toFixed(2)}}{${molarMassText(fuel.formula)}} = ${qty(sig(n, 4), "mol")}$$`,
            ) +
            String.raw` The value is much less exothermic than the data-book value ($${qty(fuel.dH, enthalpy)}$) mainly because of heat lost to the surroundings and incomplete combustion.`,
        },
        {
          kind: "calorimetry",
          heatedMass: water,
          specificHeat: c,
          temperatureChange: change,
          amount: { mass: massBurned, formula: fuel.formula },
          expected: f.expected,
          rounding,
        },
        "kJ mol^-1",
      );
    }

    const solid = r.pick(solids);
    const M = molarMass(solid.formula);
    const { water, mass, factor } = drawUntil(
      () => ({ water: r.int(5, 20) * 5, mass: draw3sf(r, 1, 10), factor: r.int(85, 100) / 100 }),
      ({ water, mass, factor }) => {
        const change = Math.abs(((solid.dH * factor * mass) / M) * (1000 / (water * c)));
        return change >= 2 && change <= 30;
      },
    );
    const n = mass / M;
    const { initial, final, change } = readings(r, n * solid.dH * factor * 1000, water);
    const f = finish(water, change, n, "water");
    return numericQuestion(
      calorimetry,
      seed,
      {
        difficulty: 2,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`$${qty(sig(mass, 3), "g")}$ of solid ${solid.name}, $${ce(solid.tex)}$, is dissolved in $${qty(`${water}.0`, cm3)}$ of water in a polystyrene cup. The temperature of the water changes from $${qty(t1(initial), degC)}$ to $${qty(t1(final), degC)}$.

Assume that only the water (density $1.00\,\mathrm{g\,cm^{-3}}$) changes temperature, that ${cNote}, and that no heat is exchanged with the surroundings. ${atomicMassNote([solid.formula])}

Calculate the enthalpy change of solution of ${solid.name}, in $\mathrm{kJ\,mol^{-1}}$. Give your answer to 3 significant figures.`,
        markscheme: [
          f.qPoint,
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$n(${ce(solid.tex)}) = \frac{${sig(mass, 3)}}{${molarMassText(solid.formula)}} = ${sig(n, 3)}$ «mol»`,
            keywords: [sigPlain(n, 3), molarMassText(solid.formula)],
          },
          f.answerPoint,
        ],
        workedSolution: f.working(
          String.raw`$$${molarMassEquation(solid.tex, solid.formula)}, \quad n = \frac{${sig(mass, 3)}}{${molarMassText(solid.formula)}} = ${qty(sig(n, 4), "mol")}$$`,
        ),
      },
      {
        kind: "calorimetry",
        heatedMass: water,
        specificHeat: c,
        temperatureChange: change,
        amount: { mass, formula: solid.formula },
        expected: f.expected,
        rounding,
      },
      "kJ mol^-1",
    );
  },
};
