import { numericQuestion } from "./build-question";
import { ce, chemUnits, drawUntil, Kw } from "./chemistry-format";
import { qty, roundDp, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/**
 * Weak acids with pKa at 298 K and their sodium salts; weak bases with pKb and their chlorides. Values as in
 * common data tables. `pHOk`: the acid or base is weak enough for the "x is small" approximation in the
 * concentration range used.
 */
const acids = [
  { name: "ethanoic acid", tex: "CH_3COOH", anion: "CH_3COO^-", salt: "sodium ethanoate", saltTex: "CH_3COONa", pK: 4.76, pHOk: true },
  { name: "methanoic acid", tex: "HCOOH", anion: "HCOO^-", salt: "sodium methanoate", saltTex: "HCOONa", pK: 3.75, pHOk: true },
  { name: "propanoic acid", tex: "CH_3CH_2COOH", anion: "CH_3CH_2COO^-", salt: "sodium propanoate", saltTex: "CH_3CH_2COONa", pK: 4.87, pHOk: true },
  { name: "benzoic acid", tex: "C_6H_5COOH", anion: "C_6H_5COO^-", salt: "sodium benzoate", saltTex: "C_6H_5COONa", pK: 4.2, pHOk: true },
  { name: "butanoic acid", tex: "CH_3CH_2CH_2COOH", anion: "CH_3CH_2CH_2COO^-", salt: "sodium butanoate", saltTex: "CH_3CH_2CH_2COONa", pK: 4.83, pHOk: true },
  { name: "chloric(I) acid", tex: "HOCl", anion: "OCl^-", salt: "sodium chlorate(I)", saltTex: "NaOCl", pK: 7.53, pHOk: true },
] as const;
const bases = [
  { name: "ammonia", tex: "NH_3", cation: "NH_4^+", salt: "ammonium chloride", saltTex: "NH_4Cl", pK: 4.75, pHOk: true },
  { name: "methylamine", tex: "CH_3NH_2", cation: "CH_3NH_3^+", salt: "methylammonium chloride", saltTex: "CH_3NH_3Cl", pK: 3.34, pHOk: false },
  { name: "ethylamine", tex: "C_2H_5NH_2", cation: "C_2H_5NH_3^+", salt: "ethylammonium chloride", saltTex: "C_2H_5NH_3Cl", pK: 3.35, pHOk: false },
] as const;

const rounding = { mode: "decimalPlaces", digits: 2 } as const;
const { concentration: conc, cm3 } = chemUnits;
const pH2 = (x: number) => roundDp(x, 2).toFixed(2);
const log = (x: number) => Math.log10(x);
const capital = (s: string) => `${s[0]?.toUpperCase()}${s.slice(1)}`;

/** A value to 3 s.f., uniform in [lo, hi]. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);

/** pH of a weak acid or base solution by the usual approximation, and the quadratic it approximates. */
function weakSolution(K: number, c: number) {
  const approx = Math.sqrt(K * c);
  const quadratic = (-K + Math.sqrt(K * K + 4 * K * c)) / 2;
  return { approx, quadratic };
}

export const weakAcidBufferPh: QuestionGenerator = {
  id: "weak-acid-buffer-ph",
  subject: "chemistry",
  topicCode: "R3.1H",
  levels: ["HL"],
  title: "pH of weak acids, weak bases and buffer solutions",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["weak-acid", "weak-base", "buffer-salt", "buffer-neutralization", "basic-buffer"] as const);

    if (variant === "weak-acid" || variant === "weak-base") {
      const isAcid = variant === "weak-acid";
      const s = isAcid ? r.pick(acids) : r.pick(bases.filter((b) => b.pHOk));
      const givenAsK = r.bool();
      const K = givenAsK ? roundSig(10 ** -s.pK, 3) : 10 ** -s.pK;
      const kName = isAcid ? "K_a" : "K_b";
      // The approximation [HA]eq ≈ [HA]initial must agree with the quadratic to well within the rounding,
      // and the ions from water must be negligible.
      const c = drawUntil(
        () => draw3sf(r, Math.max(0.01, K / 4e-4), 1),
        (x) => {
          const { approx, quadratic } = weakSolution(K, x);
          return Math.abs(log(approx) - log(quadratic)) < 0.003 && approx > 1e-5;
        },
      );
      const { approx: ion } = weakSolution(K, c);
      const pOH = -log(ion);
      const expected = isAcid ? -log(ion) : 14 + log(ion);
      const ionTex = isAcid ? String.raw`[\mathrm{H^+}]` : String.raw`[\mathrm{OH^-}]`;
      const data = givenAsK ? String.raw`$${kName} = ${sig(K, 3)}$` : String.raw`$\mathrm{p}${kName} = ${s.pK.toFixed(2)}$`;
      const kLine = givenAsK ? "" : String.raw`${kName} = 10^{-${s.pK.toFixed(2)}} = ${sig(K, 3)}, \quad `;
      const equilibrium = isAcid
        ? String.raw`${ce(s.tex)}\mathrm{(aq)} \rightleftharpoons \mathrm{H^+(aq)} + ${ce((s as (typeof acids)[number]).anion)}\mathrm{(aq)}`
        : String.raw`${ce(s.tex)}\mathrm{(aq)} + \mathrm{H_2O(l)} \rightleftharpoons ${ce((s as (typeof bases)[number]).cation)}\mathrm{(aq)} + \mathrm{OH^-(aq)}`;
      const expression = isAcid ? String.raw`K_a = \frac{[\mathrm{H^+}]^2}{[${ce(s.tex)}]}` : String.raw`K_b = \frac{[\mathrm{OH^-}]^2}{[${ce(s.tex)}]}`;
      return numericQuestion(
        weakAcidBufferPh,
        seed,
        {
          difficulty: isAcid ? 3 : 4,
          marks: isAcid ? 3 : 4,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${capital(s.name)}, $${ce(s.tex)}$, is a weak ${isAcid ? "acid" : "base"}: ${data} at 298 K.${isAcid ? "" : String.raw` $K_w = 1.00 \times 10^{-14}$ at 298 K.`}

Calculate the pH of a $${qty(sig(c, 3), conc)}$ aqueous solution of ${s.name} at 298 K. Give your answer to two decimal places.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$${expression}$ «assuming $[${ce(s.tex)}]_{eq} \approx [${ce(s.tex)}]_{\text{initial}} = ${sig(c, 3)}$»: $${ionTex}^2 = ${sig(K, 3)} \times ${sig(c, 3)}$`,
              keywords: [sig(K, 3).split(" ")[0] as string, sigPlain(c, 3)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`$${ionTex} = \sqrt{${sig(K, 3)} \times ${sig(c, 3)}} = ${sig(ion, 3)}$ «$\mathrm{mol\,dm^{-3}}$»`,
              keywords: [sigPlain(ion, 3)],
            },
            ...(isAcid
              ? []
              : [
                  {
                    id: "M3",
                    kind: "M" as const,
                    marks: 1,
                    text: String.raw`$\mathrm{pOH} = ${pH2(pOH)}$ and $\mathrm{pH} = 14.00 - \mathrm{pOH}$ / $[\mathrm{H^+}] = \frac{K_w}{[\mathrm{OH^-}]} = ${sig(Kw / ion, 3)}$`,
                    keywords: [pH2(pOH), sigPlain(Kw / ion, 3)],
                  },
                ]),
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\mathrm{pH} = ${pH2(expected)}$`,
              dependsOn: isAcid ? ["M2"] : ["M2", "M3"],
              keywords: [pH2(expected)],
            },
          ],
          workedSolution: String.raw`$$${equilibrium}$$

${
  isAcid
    ? String.raw`Each ${s.name} molecule that dissociates gives one $\mathrm{H^+}$ and one anion, so at equilibrium the two are equal. Because ${s.name} is weak, so little of it dissociates that its equilibrium concentration is still $${qty(sig(c, 3), conc)}$.`
    : String.raw`Each ${s.name} molecule that reacts gives one $${ce((s as (typeof bases)[number]).cation)}$ and one $\mathrm{OH^-}$, so at equilibrium the two are equal. Because ${s.name} is weak, so little of it reacts that its equilibrium concentration is still $${qty(sig(c, 3), conc)}$.`
}

$$${kLine}${expression} \quad\Rightarrow\quad ${ionTex} = \sqrt{${sig(K, 3)} \times ${sig(c, 3)}} = ${qty(sig(ion, 4), conc)}$$

$$${
            isAcid
              ? String.raw`\mathrm{pH} = -\log_{10}(${sig(ion, 4)}) = ${pH2(expected)}`
              : String.raw`\mathrm{pOH} = -\log_{10}(${sig(ion, 4)}) = ${pH2(pOH)}, \quad \mathrm{pH} = 14.00 - ${pH2(pOH)} = ${pH2(expected)}`
          }$$

The approximation is fair: only $${sig((100 * ion) / c, 2)}\%$ of the ${s.name} ${isAcid ? "dissociates" : "reacts"}.`,
        },
        {
          kind: "weak-acid-base",
          Kw,
          constant: isAcid ? { Ka: K } : { Kb: K },
          pair: isAcid ? "weak-acid" : "weak-base",
          components: [{ what: "weak", concentration: c, volumeCm3: 1000 }],
          expected,
          rounding,
        },
      );
    }

    const isBasic = variant === "basic-buffer";
    const s = isBasic ? r.pick(bases) : r.pick(acids);
    const pKa = isBasic ? 14 - s.pK : s.pK;
    // Volumes and concentrations of the two solutions; the ratio of base form to acid form stays in 0.2–5 and
    // the ions of water stay negligible beside both forms (so Henderson–Hasselbalch holds to < 0.003).
    const draw = () => {
      const va = r.int(4, 20) * 5;
      const vb = r.int(4, 20) * 5;
      const ca = draw3sf(r, 0.05, 1);
      const cb = draw3sf(r, 0.05, 1);
      return { va, vb, ca, cb };
    };
    const forms = ({ va, vb, ca, cb }: ReturnType<typeof draw>) => {
      if (variant === "buffer-neutralization") {
        // Weak acid (ca, va) partly neutralized by NaOH (cb, vb).
        const nAcid = (ca * va) / 1000 - (cb * vb) / 1000;
        return { acidForm: nAcid, baseForm: (cb * vb) / 1000 };
      }
      // buffer-salt: acid + its sodium salt; basic buffer: base (ca, va) + its chloride (cb, vb).
      return isBasic ? { acidForm: (cb * vb) / 1000, baseForm: (ca * va) / 1000 } : { acidForm: (ca * va) / 1000, baseForm: (cb * vb) / 1000 };
    };
    const mix = drawUntil(draw, (m) => {
      const { acidForm, baseForm } = forms(m);
      if (acidForm <= 0 || baseForm / acidForm < 0.2 || baseForm / acidForm > 5) return false;
      const volume = (m.va + m.vb) / 1000;
      const h = 10 ** -(pKa + log(baseForm / acidForm));
      return (h + Kw / h) * volume * (1 / acidForm + 1 / baseForm) < 0.006;
    });
    const { va, vb, ca, cb } = mix;
    const { acidForm, baseForm } = forms(mix);
    const ratio = baseForm / acidForm;
    const expected = pKa + log(ratio);
    const volume = va + vb;

    const acidTex = isBasic ? ce((s as (typeof bases)[number]).cation) : ce(s.tex);
    const baseTex = isBasic ? ce(s.tex) : ce((s as (typeof acids)[number]).anion);
    const hh = String.raw`\mathrm{pH} = \mathrm{p}K_a + \log_{10}\frac{[${baseTex}]}{[${acidTex}]}`;
    const ratioLine = String.raw`\frac{[${baseTex}]}{[${acidTex}]} = \frac{${sig(baseForm, 4)}}{${sig(acidForm, 4)}}`;
    const pKaNote = isBasic
      ? String.raw`$\mathrm{p}K_b$ of ${s.name} $= ${s.pK.toFixed(2)}$ and $\mathrm{p}K_w = 14.00$ at 298 K.`
      : String.raw`$\mathrm{p}K_a$ of ${s.name} $= ${s.pK.toFixed(2)}$ at 298 K.`;

    let setup: string;
    let amountsPoint: string;
    let amountsWorking: string;
    if (variant === "buffer-neutralization") {
      setup = String.raw`$${qty(va.toFixed(1), cm3)}$ of $${qty(sig(ca, 3), conc)}$ ${s.name}, $${ce(s.tex)}$, is mixed with $${qty(vb.toFixed(1), cm3)}$ of $${qty(sig(cb, 3), conc)}$ sodium hydroxide, $\mathrm{NaOH}$.`;
      const nA = (ca * va) / 1000;
      amountsPoint = String.raw`$n(${ce(s.tex)})_{\text{initial}} = ${sig(nA, 3)}$ and $n(\mathrm{OH^-}) = ${sig(baseForm, 3)}$ «mol»; after reaction $n(${acidTex}) = ${sig(acidForm, 3)}$ and $n(${baseTex}) = ${sig(baseForm, 3)}$ «mol»`;
      amountsWorking = String.raw`The hydroxide ions convert some of the acid into its conjugate base, $${ce(s.tex)}\mathrm{(aq)} + \mathrm{OH^-(aq)} \rightarrow ${baseTex}\mathrm{(aq)} + \mathrm{H_2O(l)}$, and the acid is in excess:

$$n(${ce(s.tex)})_{\text{initial}} = ${sig(ca, 3)} \times \frac{${va}}{1000} = ${qty(sig(nA, 4), "mol")}, \quad n(\mathrm{OH^-}) = ${sig(cb, 3)} \times \frac{${vb}}{1000} = ${qty(sig(baseForm, 4), "mol")}$$

$$n(${acidTex}) = ${sig(nA, 4)} - ${sig(baseForm, 4)} = ${qty(sig(acidForm, 4), "mol")}, \quad n(${baseTex}) = ${qty(sig(baseForm, 4), "mol")}$$`;
    } else {
      const [weakName, weakTex, cW, vW] = [s.name, ce(s.tex), ca, va];
      const [saltName, saltTex, cS, vS] = [s.salt, ce(s.saltTex), cb, vb];
      setup = String.raw`A buffer solution is made by mixing $${qty(vW.toFixed(1), cm3)}$ of $${qty(sig(cW, 3), conc)}$ ${weakName}, $${weakTex}$, with $${qty(vS.toFixed(1), cm3)}$ of $${qty(sig(cS, 3), conc)}$ ${saltName}, $${saltTex}$.`;
      amountsPoint = String.raw`$n(${acidTex}) = ${sig(acidForm, 3)}$ and $n(${baseTex}) = ${sig(baseForm, 3)}$ «mol» / concentrations in the mixture`;
      amountsWorking = String.raw`The salt is fully ionized and supplies $${isBasic ? acidTex : baseTex}$; the weak ${isBasic ? "base" : "acid"} is hardly ${isBasic ? "protonated" : "dissociated"}, so the amounts are those mixed:

$$n(${acidTex}) = ${isBasic ? String.raw`${sig(cS, 3)} \times \frac{${vS}}{1000}` : String.raw`${sig(cW, 3)} \times \frac{${vW}}{1000}`} = ${qty(sig(acidForm, 4), "mol")}, \quad n(${baseTex}) = ${isBasic ? String.raw`${sig(cW, 3)} \times \frac{${vW}}{1000}` : String.raw`${sig(cS, 3)} \times \frac{${vS}}{1000}`} = ${qty(sig(baseForm, 4), "mol")}$$`;
    }

    const components =
      variant === "buffer-neutralization"
        ? [
            { what: "weak" as const, concentration: ca, volumeCm3: va },
            { what: "NaOH" as const, concentration: cb, volumeCm3: vb },
          ]
        : [
            { what: "weak" as const, concentration: ca, volumeCm3: va },
            { what: "salt" as const, concentration: cb, volumeCm3: vb },
          ];

    return numericQuestion(
      weakAcidBufferPh,
      seed,
      {
        difficulty: variant === "buffer-salt" ? 3 : 4,
        marks: variant === "buffer-salt" ? 3 : 4,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${setup} ${pKaNote}

Calculate the pH of the resulting buffer solution at 298 K. Give your answer to two decimal places.`,
        markscheme: [
          ...(isBasic
            ? [
                {
                  id: "M1",
                  kind: "M" as const,
                  marks: 1,
                  text: String.raw`$\mathrm{p}K_a$ of $${acidTex}$ $= 14.00 - ${s.pK.toFixed(2)} = ${pKa.toFixed(2)}$`,
                  keywords: [pKa.toFixed(2)],
                },
              ]
            : []),
          { id: isBasic ? "M2" : "M1", kind: "M", marks: 1, text: amountsPoint, keywords: [sigPlain(acidForm, 3), sigPlain(baseForm, 3)] },
          ...(variant === "buffer-neutralization"
            ? [
                {
                  id: "M2",
                  kind: "M" as const,
                  marks: 1,
                  text: String.raw`Recognizes that the total volume cancels: ratio $${ratioLine} = ${sig(ratio, 3)}$`,
                  keywords: [sigPlain(ratio, 3)],
                },
              ]
            : []),
          {
            id: isBasic ? "M3" : variant === "buffer-neutralization" ? "M3" : "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$${hh} = ${pKa.toFixed(2)} + \log_{10}${sig(ratio, 3)}$`,
            keywords: ["log", pKa.toFixed(2)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$\mathrm{pH} = ${pH2(expected)}$`,
            dependsOn: [isBasic || variant === "buffer-neutralization" ? "M3" : "M2"],
            keywords: [pH2(expected)],
          },
        ],
        workedSolution: String.raw`${
          isBasic
            ? String.raw`First the $\mathrm{p}K_a$ of the conjugate acid: $\mathrm{p}K_a(${acidTex}) = \mathrm{p}K_w - \mathrm{p}K_b = 14.00 - ${s.pK.toFixed(2)} = ${pKa.toFixed(2)}$.

`
            : ""
        }${amountsWorking}

Both species are in the same total volume ($${volume}\,\mathrm{cm^3}$), so the ratio of concentrations equals the ratio of amounts: $${ratioLine} = ${sig(ratio, 4)}$.

$$${hh} = ${pKa.toFixed(2)} + \log_{10}(${sig(ratio, 4)}) = ${pH2(expected)}$$`,
      },
      {
        kind: "weak-acid-base",
        Kw,
        constant: isBasic ? { Kb: 10 ** -s.pK } : { Ka: 10 ** -s.pK },
        pair: isBasic ? "weak-base" : "weak-acid",
        components,
        expected,
        rounding,
      },
    );
  },
};
