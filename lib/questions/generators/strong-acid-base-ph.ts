import { numericQuestion } from "./build-question";
import { ce, chemUnits, drawUntil, Kw } from "./chemistry-format";
import { qty, roundDp, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

type Strong = { name: string; tex: string; hydrogenIons: number; hydroxideIons: number; max: number };

const acids: Strong[] = [
  { name: "hydrochloric acid", tex: "HCl", hydrogenIons: 1, hydroxideIons: 0, max: 0.5 },
  { name: "nitric acid", tex: "HNO_3", hydrogenIons: 1, hydroxideIons: 0, max: 0.5 },
  { name: "hydrobromic acid", tex: "HBr", hydrogenIons: 1, hydroxideIons: 0, max: 0.5 },
];
const bases: Strong[] = [
  { name: "sodium hydroxide", tex: "NaOH", hydrogenIons: 0, hydroxideIons: 1, max: 0.5 },
  { name: "potassium hydroxide", tex: "KOH", hydrogenIons: 0, hydroxideIons: 1, max: 0.5 },
  { name: "barium hydroxide", tex: "Ba(OH)_2", hydrogenIons: 0, hydroxideIons: 2, max: 0.1 },
];

const pHRounding = { mode: "decimalPlaces", digits: 2 } as const;
const kwNote = String.raw`$K_w = 1.00 \times 10^{-14}$ at 298 K.`;
const { concentration: conc, cm3 } = chemUnits;
const pH2 = (x: number) => roundDp(x, 2).toFixed(2);

/** A concentration to 3 s.f., spread evenly on a log scale between lo and hi. */
const drawConcentration = (r: SeededRandom, lo: number, hi: number) => roundSig(10 ** (Math.log10(lo) + (Math.log10(hi / lo) * r.int(0, 10_000)) / 10_000), 3);

/** The ion a strong acid or base releases, with its concentration in a solution of formula concentration c. */
const ionOf = (s: Strong) =>
  s.hydrogenIons ? { ion: String.raw`[\mathrm{H^+}]`, per: s.hydrogenIons } : { ion: String.raw`[\mathrm{OH^-}]`, per: s.hydroxideIons };
const ionConc = (s: Strong, c: number) => (s.hydroxideIons === 2 ? String.raw`2 \times ${sig(c, 3)}` : sig(c, 3));

/** Lines from [H+] or [OH-] to pH, as a candidate writes them. */
function toPH(s: Strong, ionValue: number): { lines: string; pH: number; hPlus: number } {
  if (s.hydrogenIons) {
    const pH = -Math.log10(ionValue);
    return { lines: String.raw`\mathrm{pH} = -\log_{10}(${sig(ionValue, 3)}) = ${pH2(pH)}`, pH, hPlus: ionValue };
  }
  const hPlus = Kw / ionValue;
  const pH = -Math.log10(hPlus);
  return {
    lines: String.raw`[\mathrm{H^+}] = \frac{K_w}{[\mathrm{OH^-}]} = \frac{1.00 \times 10^{-14}}{${sig(ionValue, 3)}} = ${qty(sig(hPlus, 3), conc)}, \quad \mathrm{pH} = -\log_{10}(${sig(hPlus, 3)}) = ${pH2(pH)}`,
    pH,
    hPlus,
  };
}

export const strongAcidBasePh: QuestionGenerator = {
  id: "strong-acid-base-ph",
  subject: "chemistry",
  topicCode: "R3.1",
  levels: ["SL", "HL"],
  title: "pH of strong acids and bases, on dilution and after mixing",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["solution", "dilution", "mixing", "concentration"] as const);
    const Kw1 = { Kw };

    if (variant === "concentration") {
      const s = r.pick([...acids, ...bases]);
      const pH = s.hydrogenIons ? r.decimal(0.6, 3.5, 0.01) : r.decimal(10.5, s.hydroxideIons === 2 ? 13 : 13.5, 0.01);
      const hPlus = 10 ** -pH;
      const ionValue = s.hydrogenIons ? hPlus : Kw / hPlus;
      const expected = ionValue / (s.hydrogenIons || s.hydroxideIons);
      const { ion } = ionOf(s);
      const lines = s.hydrogenIons
        ? String.raw`[\mathrm{H^+}] = 10^{-${pH2(pH)}} = ${qty(sig(hPlus, 3), conc)}`
        : String.raw`[\mathrm{H^+}] = 10^{-${pH2(pH)}} = ${qty(sig(hPlus, 3), conc)}, \quad [\mathrm{OH^-}] = \frac{K_w}{[\mathrm{H^+}]} = \frac{1.00 \times 10^{-14}}{${sig(hPlus, 3)}} = ${qty(sig(ionValue, 3), conc)}`;
      const last =
        s.hydroxideIons === 2
          ? String.raw`[${ce(s.tex)}] = \frac{[\mathrm{OH^-}]}{2} = ${qty(sig(expected, 3), conc)}`
          : String.raw`[${ce(s.tex)}] = ${ion} = ${qty(sig(expected, 3), conc)}`;
      return numericQuestion(
        strongAcidBasePh,
        seed,
        {
          difficulty: s.hydroxideIons ? 3 : 2,
          marks: s.hydroxideIons ? 3 : 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`An aqueous solution of ${s.name}, $${ce(s.tex)}$, has a pH of ${pH2(pH)} at 298 K.${s.hydroxideIons ? ` ${kwNote}` : ""}

Calculate the concentration of the ${s.name}, in $\mathrm{mol\,dm^{-3}}$. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$[\mathrm{H^+}] = 10^{-\mathrm{pH}} = 10^{-${pH2(pH)}} = ${sig(hPlus, 3)}$`,
              keywords: [sigPlain(hPlus, 3)],
            },
            ...(s.hydroxideIons
              ? [
                  {
                    id: "M2",
                    kind: "M" as const,
                    marks: 1,
                    text: String.raw`$[\mathrm{OH^-}] = \frac{K_w}{[\mathrm{H^+}]} = ${sig(ionValue, 3)}$${s.hydroxideIons === 2 ? " and divides by 2 «two OH⁻ per formula unit»" : ""}`,
                    keywords: [sigPlain(ionValue, 3)],
                  },
                ]
              : []),
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$${last}$`,
              dependsOn: s.hydroxideIons ? ["M1", "M2"] : ["M1"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`${s.name[0]?.toUpperCase()}${s.name.slice(1)} is a strong ${s.hydrogenIons ? "acid" : "base"}: it dissociates completely in water${s.hydroxideIons === 2 ? ", giving two hydroxide ions per formula unit" : ""}.

$$${lines}$$

$$${last}$$`,
        },
        {
          kind: "strong-acid-base",
          ...Kw1,
          solutions: [],
          waterAddedCm3: 0,
          asked: { concentrationForPH: pH, hydrogenIons: s.hydrogenIons, hydroxideIons: s.hydroxideIons },
          expected,
          rounding: { mode: "sigFigs", digits: 3 },
        },
        "mol dm^-3",
      );
    }

    if (variant === "mixing") {
      const acid = r.pick(acids);
      const base = r.pick(bases);
      const [ca, va, cb, vb] = drawUntil(
        () => [drawConcentration(r, 0.05, 0.5), r.int(10, 50), drawConcentration(r, 0.05, base.max), r.int(10, 50)] as const,
        ([a, x, b, y]) => {
          const excess = Math.abs((a * x) / 1000 - (b * y * base.hydroxideIons) / 1000) / ((x + y) / 1000);
          return excess >= 1e-3 && excess <= 0.3;
        },
      );
      const nH = (ca * va) / 1000;
      const nOH = (cb * vb * base.hydroxideIons) / 1000;
      const vTotal = va + vb;
      const acidExcess = nH > nOH;
      const excessMol = Math.abs(nH - nOH);
      const excessConc = excessMol / (vTotal / 1000);
      const { lines, pH } = toPH(acidExcess ? acid : bases[0]!, excessConc);
      const expected = pH;
      const excessIon = acidExcess ? String.raw`\mathrm{H^+}` : String.raw`\mathrm{OH^-}`;
      return numericQuestion(
        strongAcidBasePh,
        seed,
        {
          difficulty: 4,
          marks: 4,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`$${qty(va.toFixed(1), cm3)}$ of $${qty(sig(ca, 3), conc)}$ ${acid.name}, $${ce(acid.tex)}$, is mixed with $${qty(vb.toFixed(1), cm3)}$ of $${qty(sig(cb, 3), conc)}$ ${base.name}, $${ce(base.tex)}$, at 298 K. ${kwNote}

Calculate the pH of the resulting solution. Give your answer to two decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$n(\mathrm{H^+}) = ${sig(ca, 3)} \times \frac{${va}}{1000} = ${sig(nH, 3)}$ «mol» and $n(\mathrm{OH^-}) = ${base.hydroxideIons === 2 ? "2 \\times " : ""}${sig(cb, 3)} \times \frac{${vb}}{1000} = ${sig(nOH, 3)}$ «mol»`,
              keywords: [sigPlain(nH, 3), sigPlain(nOH, 3)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$${excessIon}$ in excess: $${sig(excessMol, 3)}$ «mol»`,
              keywords: [sigPlain(excessMol, 3), "excess"],
            },
            {
              id: "M3",
              kind: "M",
              marks: 1,
              text: String.raw`Total volume $${vTotal}\,\mathrm{cm^3}$: $[${excessIon}] = \frac{${sig(excessMol, 3)}}{${(vTotal / 1000).toFixed(3)}} = ${sig(excessConc, 3)}$ «$\mathrm{mol\,dm^{-3}}$»`,
              keywords: [sigPlain(excessConc, 3), String(vTotal)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$\mathrm{pH} = ${pH2(expected)}$`, dependsOn: ["M2", "M3"], keywords: [pH2(expected)] },
          ],
          workedSolution: String.raw`The acid and base neutralize each other, $\mathrm{H^+(aq)} + \mathrm{OH^-(aq)} \rightarrow \mathrm{H_2O(l)}$, until one runs out.

$$n(\mathrm{H^+}) = ${sig(ca, 3)} \times \frac{${va}}{1000} = ${qty(sig(nH, 4), "mol")}, \quad n(\mathrm{OH^-}) = ${base.hydroxideIons === 2 ? "2 \\times " : ""}${sig(cb, 3)} \times \frac{${vb}}{1000} = ${qty(sig(nOH, 4), "mol")}$$

$${excessIon}$ is in excess by $${qty(sig(excessMol, 4), "mol")}$, now in a total volume of $${vTotal}\,\mathrm{cm^3} = ${(vTotal / 1000).toFixed(3)}\,\mathrm{dm^3}$:

$$[${excessIon}] = \frac{${sig(excessMol, 4)}}{${(vTotal / 1000).toFixed(3)}} = ${qty(sig(excessConc, 3), conc)}$$

$$${lines}$$`,
        },
        {
          kind: "strong-acid-base",
          ...Kw1,
          solutions: [
            { concentration: ca, volumeCm3: va, hydrogenIons: acid.hydrogenIons, hydroxideIons: 0 },
            { concentration: cb, volumeCm3: vb, hydrogenIons: 0, hydroxideIons: base.hydroxideIons },
          ],
          waterAddedCm3: 0,
          asked: "pH",
          expected,
          rounding: pHRounding,
        },
      );
    }

    const s = r.pick(r.bool() ? acids : bases);
    const { ion, per } = ionOf(s);

    if (variant === "dilution") {
      const c1 = drawConcentration(r, 0.01, s.max);
      const v1 = r.pick([5, 10, 20, 25, 50]);
      const v2 = r.pick([100, 250, 500, 1000].filter((v) => v >= 4 * v1));
      const c2 = (c1 * v1) / v2;
      const ionValue = c2 * per;
      const { lines, pH } = toPH(s, ionValue);
      const expected = pH;
      return numericQuestion(
        strongAcidBasePh,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`A student pipettes $${qty(v1.toFixed(2), cm3)}$ of $${qty(sig(c1, 3), conc)}$ ${s.name}, $${ce(s.tex)}$, into a volumetric flask and makes the solution up to $${qty(v2.toFixed(1), cm3)}$ with distilled water.${s.hydroxideIons ? ` ${kwNote}` : ""}

Calculate the pH of the diluted solution at 298 K. Give your answer to two decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Concentration after dilution: $${sig(c1, 3)} \times \frac{${v1}}{${v2}} = ${sig(c2, 3)}$ «$\mathrm{mol\,dm^{-3}}$»`,
              keywords: [sigPlain(c2, 3)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: s.hydrogenIons
                ? String.raw`$[\mathrm{H^+}] = ${sig(c2, 3)}$ «$\mathrm{mol\,dm^{-3}}$» and uses $\mathrm{pH} = -\log_{10}[\mathrm{H^+}]$`
                : String.raw`$[\mathrm{OH^-}] = ${per === 2 ? "2 \\times " : ""}${sig(c2, 3)} = ${sig(ionValue, 3)}$ and $[\mathrm{H^+}] = \frac{K_w}{[\mathrm{OH^-}]}$`,
              keywords: s.hydrogenIons ? ["log"] : [sigPlain(ionValue, 3), "Kw"],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$\mathrm{pH} = ${pH2(expected)}$`, dependsOn: ["M1", "M2"], keywords: [pH2(expected)] },
          ],
          workedSolution: String.raw`Dilution does not change the amount of ${s.name}, so $c_1V_1 = c_2V_2$:

$$c_2 = \frac{c_1V_1}{V_2} = \frac{${sig(c1, 3)} \times ${v1}}{${v2}} = ${qty(sig(c2, 3), conc)}$$

${s.name[0]?.toUpperCase()}${s.name.slice(1)} is a strong ${s.hydrogenIons ? "acid" : "base"} and dissociates completely, so $${ion} = ${per === 2 ? `${ionConc(s, c2)} = ` : ""}${qty(sig(ionValue, 3), conc)}$.

$$${lines}$$`,
        },
        {
          kind: "strong-acid-base",
          ...Kw1,
          solutions: [{ concentration: c1, volumeCm3: v1, hydrogenIons: s.hydrogenIons, hydroxideIons: s.hydroxideIons }],
          waterAddedCm3: v2 - v1,
          asked: "pH",
          expected,
          rounding: pHRounding,
        },
      );
    }

    const c = drawConcentration(r, 1e-3, s.max);
    const ionValue = c * per;
    const { lines, pH } = toPH(s, ionValue);
    const expected = pH;
    return numericQuestion(
      strongAcidBasePh,
      seed,
      {
        difficulty: s.hydrogenIons ? 1 : 2,
        marks: s.hydrogenIons ? 2 : 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`Calculate the pH of a $${qty(sig(c, 3), conc)}$ aqueous solution of ${s.name}, $${ce(s.tex)}$, at 298 K.${s.hydroxideIons ? ` ${kwNote}` : ""} Give your answer to two decimal places.`,
        markscheme: s.hydrogenIons
          ? [
              {
                id: "M1",
                kind: "M",
                marks: 1,
                text: String.raw`$[\mathrm{H^+}] = ${sig(c, 3)}$ «$\mathrm{mol\,dm^{-3}}$» «complete dissociation»`,
                keywords: [sigPlain(c, 3)],
              },
              {
                id: "A1",
                kind: "A",
                marks: 1,
                text: String.raw`$\mathrm{pH} = -\log_{10}(${sig(c, 3)}) = ${pH2(expected)}$`,
                dependsOn: ["M1"],
                keywords: [pH2(expected)],
              },
            ]
          : [
              {
                id: "M1",
                kind: "M",
                marks: 1,
                text: String.raw`$[\mathrm{OH^-}] = ${ionConc(s, c)}${per === 2 ? ` = ${sig(ionValue, 3)}` : ""}$ «$\mathrm{mol\,dm^{-3}}$»`,
                keywords: [sigPlain(ionValue, 3)],
              },
              {
                id: "M2",
                kind: "M",
                marks: 1,
                text: String.raw`$[\mathrm{H^+}] = \frac{1.00 \times 10^{-14}}{${sig(ionValue, 3)}} = ${sig(Kw / ionValue, 3)}$ «$\mathrm{mol\,dm^{-3}}$»`,
                keywords: [sigPlain(Kw / ionValue, 3), "Kw"],
              },
              { id: "A1", kind: "A", marks: 1, text: String.raw`$\mathrm{pH} = ${pH2(expected)}$`, dependsOn: ["M1", "M2"], keywords: [pH2(expected)] },
            ],
        workedSolution: String.raw`${s.name[0]?.toUpperCase()}${s.name.slice(1)} is a strong ${s.hydrogenIons ? "acid" : "base"}: it dissociates completely, so $${ion} = ${per === 2 ? `${ionConc(s, c)} = ` : ""}${qty(sig(ionValue, 3), conc)}$.

$$${lines}$$`,
      },
      {
        kind: "strong-acid-base",
        ...Kw1,
        solutions: [{ concentration: c, volumeCm3: 1000, hydrogenIons: s.hydrogenIons, hydroxideIons: s.hydroxideIons }],
        waterAddedCm3: 0,
        asked: "pH",
        expected,
        rounding: pHRounding,
      },
    );
  },
};
