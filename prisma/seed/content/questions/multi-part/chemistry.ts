import type { QuestionGroupInput } from "@/lib/questions/question-group-input";
import { contentFigure } from "../../figures/content-figure";
import * as fig from "../../figures/chemistry";

// Multi-part Paper 2-style questions for Chemistry, with follow-through (FT) where a later part uses an
// earlier part's value. Data as in the bank's header (IB chemistry data booklet values).

export const chemistryGroups: QuestionGroupInput[] = [
  {
    key: "chemistry-mp-01",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`A student titrates $25.00\ \text{cm}^3$ portions of a sodium hydroxide solution with $0.100\ \text{mol dm}^{-3}$ hydrochloric acid, using an indicator. Her results are shown below.

| | Rough | Trial 1 | Trial 2 | Trial 3 |
|---|---|---|---|---|
| Titre / cm³ | 24.10 | 23.65 | 23.55 | 23.60 |

$$\mathrm{NaOH(aq) + HCl(aq) \rightarrow NaCl(aq) + H_2O(l)}$$`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the mean titre, using the concordant results only.`,
        numericAnswer: { value: 23.6, unit: "cm³", sigFigs: 4, tolerance: 0.01 },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\dfrac{23.65 + 23.55 + 23.60}{3} = 23.60\ \text{cm}^3$`, keywords: ["23.60", "23.6"] },
        ],
        workedSolution: String.raw`The three trials agree within $0.10\ \text{cm}^3$; the rough titre does not. Mean $= \dfrac{23.65 + 23.55 + 23.60}{3} = 23.60\ \text{cm}^3$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the amount, in mol, of hydrochloric acid in the mean titre.`,
        numericAnswer: { value: 0.00236, unit: "mol", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a"], value: "0.100 * a / 1000" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$0.100 \times \dfrac{23.60}{1000} = 2.36 \times 10^{-3}$ mol **(FT)** from their (a)`,
            keywords: ["2.36", "0.00236"],
          },
        ],
        workedSolution: String.raw`$n = cV = 0.100 \times 0.02360 = 2.36 \times 10^{-3}$ mol. Their (a) used correctly earns the mark (follow-through).`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Determine",
        stem: String.raw`Determine the concentration, in $\text{mol dm}^{-3}$, of the sodium hydroxide solution.`,
        numericAnswer: { value: 0.0944, unit: "mol dm⁻³", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["b"], value: "b / 0.02500" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$1:1$ ratio, so $\dfrac{2.36 \times 10^{-3}}{0.02500} = 0.0944\ \text{mol dm}^{-3}$ **(FT)** from their (b)`,
            keywords: ["0.0944"],
          },
        ],
        workedSolution: String.raw`NaOH and HCl react $1:1$, so $2.36 \times 10^{-3}$ mol of NaOH was in $25.00\ \text{cm}^3$: $c = \dfrac{2.36 \times 10^{-3}}{0.02500} = 0.0944\ \text{mol dm}^{-3}$. Their (b) used correctly earns the mark (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R3.1",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the pH of the sodium hydroxide solution at $298$ K.`,
        numericAnswer: { value: 12.97, sigFigs: 4, tolerance: 0.01, followThrough: { from: ["c"], value: "14 + log10(c)" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$[\mathrm{OH^-}] = 0.0944$ and $[\mathrm{H^+}] = \dfrac{1.00 \times 10^{-14}}{0.0944} = 1.06 \times 10^{-13}$ / $\text{pOH} = 1.03$`,
            keywords: ["1.06", "1.03", "Kw"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\text{pH} = 12.97$ **(FT)** from their (c)`, keywords: ["12.97", "13.0"] },
        ],
        workedSolution: String.raw`Sodium hydroxide is a strong base, so $[\mathrm{OH^-}] = 0.0944\ \text{mol dm}^{-3}$ and $\text{pOH} = -\log 0.0944 = 1.03$. At $298$ K, $\text{pH} = 14.00 - 1.03 = 12.97$. Their (c) used correctly earns both marks (follow-through).`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "R2.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Outline",
        stem: String.raw`Outline why the rough titre is not used in calculating the mean.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`It is not concordant / differs from the others by more than $0.10\ \text{cm}^3$: acid was added quickly to find the approximate end point, so it overshoots (OWTTE)`,
            keywords: ["concordant", "overshoot", "approximate"],
          },
        ],
        workedSolution: String.raw`The rough titration is done quickly to locate the end point approximately, so the end point is usually overshot: $24.10\ \text{cm}^3$ is $0.5\ \text{cm}^3$ above the concordant titres and would make the mean too large.`,
      },
      {
        label: "f",
        type: "WRITTEN",
        topicCode: "R3.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: String.raw`Suggest, with a reason, why either methyl orange or phenolphthalein would be a suitable indicator for this titration.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Strong acid–strong base titration: the pH changes very steeply (about pH $3$ to $11$) at the equivalence point`,
            keywords: ["steep", "strong acid", "strong base"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Both indicators change colour within this range (methyl orange $3.1$–$4.4$, phenolphthalein $8.3$–$10.0$), so both change colour at the equivalence volume (OWTTE)`,
            keywords: ["range", "within", "change colour"],
          },
        ],
        workedSolution: String.raw`In a strong acid–strong base titration the pH jumps from about $3$ to about $11$ with a single drop at the equivalence point. The colour-change ranges of methyl orange ($3.1$–$4.4$) and phenolphthalein ($8.3$–$10.0$) both lie inside that jump, so either changes colour at the equivalence volume.`,
      },
    ],
  },
  {
    key: "chemistry-mp-02",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`The graph shows how the pH changes when $0.100\ \text{mol dm}^{-3}$ sodium hydroxide is added to $25.0\ \text{cm}^3$ of $0.100\ \text{mol dm}^{-3}$ ethanoic acid, $\mathrm{CH_3COOH}$, at $298$ K.

${contentFigure(fig.weakAcidTitration.file, fig.weakAcidTitration.alt)}`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R3.1H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Use the graph to determine the $\text{p}K_a$ of ethanoic acid.`,
        numericAnswer: { value: 4.76, sigFigs: 3, tolerance: 0.1 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`At half-equivalence ($12.5\ \text{cm}^3$), $[\mathrm{CH_3COOH}] = [\mathrm{CH_3COO^-}]$ so $\text{pH} = \text{p}K_a$`,
            keywords: ["half", "12.5"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\text{p}K_a = 4.8$ (accept $4.7$ to $4.9$)`, keywords: ["4.76", "4.8"] },
        ],
        workedSolution: String.raw`Equivalence is at $25.0\ \text{cm}^3$, so half the acid is neutralised at $12.5\ \text{cm}^3$. There $[\mathrm{CH_3COOH}] = [\mathrm{CH_3COO^-}]$ and $K_a = [\mathrm{H^+}]$, so $\text{p}K_a$ equals the pH read from the graph: $4.76$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "R3.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate $K_a$ for ethanoic acid.`,
        numericAnswer: { value: 1.74e-5, sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a"], value: "10^(-a)" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$K_a = 10^{-4.76} = 1.7 \times 10^{-5}$ **(FT)** from their (a)`,
            keywords: ["1.7", "10^-4.76"],
          },
        ],
        workedSolution: String.raw`$K_a = 10^{-\text{p}K_a} = 10^{-4.76} = 1.74 \times 10^{-5}$. $10^{-\text{their (a)}}$ earns the mark (follow-through).`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R3.1H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the pH of a $0.0500\ \text{mol dm}^{-3}$ solution of ethanoic acid at $298$ K.`,
        numericAnswer: { value: 3.03, sigFigs: 3, tolerance: 0.02, followThrough: { from: ["b"], value: "-log10(sqrt(b * 0.0500))" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$[\mathrm{H^+}] = \sqrt{K_a \times 0.0500} = \sqrt{1.74 \times 10^{-5} \times 0.0500} = 9.3 \times 10^{-4}$`,
            keywords: ["9.3", "sqrt"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\text{pH} = 3.03$ **(FT)** from their (b)`, keywords: ["3.03", "3.0"] },
        ],
        workedSolution: String.raw`The acid is weak, so $[\mathrm{H^+}] \approx [\mathrm{CH_3COO^-}]$ and the acid's equilibrium concentration is $\approx 0.0500$:

$$[\mathrm{H^+}] = \sqrt{K_a c} = \sqrt{1.74 \times 10^{-5} \times 0.0500} = 9.32 \times 10^{-4}, \qquad \text{pH} = 3.03.$$

Their (b) used correctly earns both marks (follow-through).`,
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "R3.1H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Explain",
        stem: String.raw`Explain why the pH at the equivalence point is greater than $7$.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`At equivalence the solution contains sodium ethanoate / ethanoate ions, $\mathrm{CH_3COO^-}$`,
            keywords: ["ethanoate", "CH3COO"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Ethanoate is the conjugate base of a weak acid and reacts with water: $\mathrm{CH_3COO^- + H_2O \rightleftharpoons CH_3COOH + OH^-}$, producing $\mathrm{OH^-}$ (OWTTE)`,
            keywords: ["hydrolysis", "OH-", "conjugate base"],
          },
        ],
        workedSolution: String.raw`At the equivalence point all the acid has become sodium ethanoate. The ethanoate ion is the conjugate base of a weak acid, so it accepts protons from water: $\mathrm{CH_3COO^-(aq) + H_2O(l) \rightleftharpoons CH_3COOH(aq) + OH^-(aq)}$. The hydroxide ions formed make the solution alkaline (pH about $8.7$).`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "R3.1H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Suggest",
        stem: String.raw`Suggest, with a reason, a suitable indicator for this titration.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Phenolphthalein, because its colour-change range ($8.3$–$10.0$) lies within the steep part of the curve / includes the equivalence pH (OWTTE)`,
            keywords: ["phenolphthalein"],
          },
        ],
        workedSolution: String.raw`**Phenolphthalein**: its range, pH $8.3$–$10.0$, lies on the vertical part of the curve around the equivalence pH of about $8.7$. Methyl orange would change colour in the buffer region, well before equivalence.`,
      },
    ],
  },
  {
    key: "chemistry-mp-03",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`Calcium carbonate reacts with excess hydrochloric acid:

$$\mathrm{CaCO_3(s) + 2HCl(aq) \rightarrow CaCl_2(aq) + H_2O(l) + CO_2(g)}$$

The graph shows the distribution of kinetic energies of the particles in the acid at temperature $T_1$, with the activation energy $E_a$ of the reaction marked.

${contentFigure(fig.maxwellBoltzmann.file, fig.maxwellBoltzmann.alt)}

In one experiment at $T_1$, the volume of carbon dioxide produced was measured (and converted to STP, $273$ K and $100$ kPa).

| Time / s | 0 | 30 | 60 | 90 | 120 | 180 |
|---|---|---|---|---|---|---|
| Volume of CO₂ / cm³ | 0 | 42 | 70 | 86 | 94 | 96 |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R2.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the average rate of production of carbon dioxide, in $\text{cm}^3\ \text{s}^{-1}$, in the first $30$ s.`,
        numericAnswer: { value: 1.4, unit: "cm³ s⁻¹", sigFigs: 2, relativeTolerance: 0.01 },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$\dfrac{42}{30} = 1.4\ \text{cm}^3\ \text{s}^{-1}$`, keywords: ["1.4"] }],
        workedSolution: String.raw`Average rate $= \dfrac{\Delta V}{\Delta t} = \dfrac{42 - 0}{30} = 1.4\ \text{cm}^3\ \text{s}^{-1}$.`,
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "R2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Explain",
        stem: String.raw`Explain, in terms of collisions, why the rate of production of carbon dioxide decreases during the experiment.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Calcium carbonate is used up / its surface area decreases (the acid is in excess, but its concentration also falls)`,
            keywords: ["used up", "surface area", "concentration"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`So there are fewer collisions per second (lower collision frequency) between acid particles and the solid (OWTTE)`,
            keywords: ["fewer collisions", "frequency"],
          },
        ],
        workedSolution: String.raw`As the reaction proceeds, calcium carbonate is used up, so less surface is exposed, and the concentration of the acid falls. Acid particles therefore collide with the solid less frequently, so there are fewer successful collisions per second and the rate falls, reaching zero at about $180$ s.`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "R2.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Explain",
        stem: String.raw`The experiment is repeated at a higher temperature, $T_2$. With reference to the graph, explain why the initial rate increases.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`At $T_2$ the distribution is flatter and shifted to higher energies (peak lower and to the right; same area)`,
            keywords: ["flatter", "right", "lower peak"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`A greater proportion of particles have $E \ge E_a$ / the shaded area beyond $E_a$ increases`,
            keywords: ["greater proportion", "E_a", "area"],
          },
          {
            id: "p3",
            kind: "POINT",
            marks: 1,
            text: String.raw`So a greater frequency of successful collisions (also more frequent collisions overall) (OWTTE)`,
            keywords: ["successful collisions", "more frequent"],
          },
        ],
        workedSolution: String.raw`At the higher temperature the particles have a higher average kinetic energy: the curve is flatter, with its peak lower and further right, and the total area (number of particles) unchanged. The area to the right of $E_a$ is larger, so a greater proportion of collisions have enough energy to react. The frequency of successful collisions, and so the rate, increases. (Collisions are also a little more frequent, but this matters much less.)`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the amount, in mol, of carbon dioxide produced in the experiment at $T_1$.`,
        numericAnswer: { value: 0.00423, unit: "mol", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\dfrac{96}{22\,700} = 4.23 \times 10^{-3}$ mol (molar volume $22.7\ \text{dm}^3\ \text{mol}^{-1}$ at STP)`,
            keywords: ["4.23", "22.7"],
          },
        ],
        workedSolution: String.raw`The final volume is $96\ \text{cm}^3 = 0.096\ \text{dm}^3$ at STP: $n = \dfrac{0.096}{22.7} = 4.23 \times 10^{-3}$ mol.`,
      },
      {
        label: "e",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Determine the mass, in g, of calcium carbonate that reacted.`,
        numericAnswer: { value: 0.423, unit: "g", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["d"], value: "d * 100.09" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$n(\mathrm{CaCO_3}) = n(\mathrm{CO_2})$ and $M(\mathrm{CaCO_3}) = 100.09\ \text{g mol}^{-1}$`,
            keywords: ["100.09", "1:1"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$4.23 \times 10^{-3} \times 100.09 = 0.423$ g **(FT)** from their (d)`,
            keywords: ["0.423", "0.42"],
          },
        ],
        workedSolution: String.raw`One mole of $\mathrm{CaCO_3}$ gives one mole of $\mathrm{CO_2}$, and $M(\mathrm{CaCO_3}) = 40.08 + 12.01 + 3(16.00) = 100.09\ \text{g mol}^{-1}$, so $m = 4.23 \times 10^{-3} \times 100.09 = 0.423$ g. Their (d) used correctly earns both marks (follow-through).`,
      },
    ],
  },
  {
    key: "chemistry-mp-04",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`Ammonia is made from nitrogen and hydrogen:

$$\mathrm{N_2(g) + 3H_2(g) \rightleftharpoons 2NH_3(g)}$$

The graph shows the enthalpy profile of the uncatalysed reaction, per mole of $\mathrm{N_2}$.

${contentFigure(fig.exothermicProfile.file, fig.exothermicProfile.alt)}

Average bond enthalpies / $\text{kJ mol}^{-1}$: $\mathrm{N{\equiv}N}$ $945$, $\mathrm{H{-}H}$ $436$, $\mathrm{N{-}H}$ $391$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R1.2",
        difficulty: 3,
        marks: 3,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the enthalpy change, in $\text{kJ mol}^{-1}$, for the reaction using the average bond enthalpies.`,
        numericAnswer: { value: -93, unit: "kJ mol⁻¹", sigFigs: 2, tolerance: 0.5 },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`Bonds broken: $945 + 3 \times 436 = 2253$`, keywords: ["2253"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`Bonds formed: $6 \times 391 = 2346$`, keywords: ["2346"] },
          { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\Delta H = 2253 - 2346 = -93\ \text{kJ mol}^{-1}$`, keywords: ["-93"] },
        ],
        workedSolution: String.raw`Bonds broken: one $\mathrm{N{\equiv}N}$ and three $\mathrm{H{-}H}$: $945 + 3(436) = 2253\ \text{kJ}$. Bonds formed: two $\mathrm{NH_3}$ have six $\mathrm{N{-}H}$: $6(391) = 2346\ \text{kJ}$.

$$\Delta H = \sum(\text{broken}) - \sum(\text{formed}) = 2253 - 2346 = -93\ \text{kJ mol}^{-1}.$$`,
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "R1.2",
        difficulty: 2,
        marks: 1,
        commandTerm: "Suggest",
        stem: String.raw`The graph shows an enthalpy change of $-92\ \text{kJ mol}^{-1}$. Suggest why the value calculated in (a) differs from it.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Bond enthalpies are averages over many compounds, not the values in these particular molecules (OWTTE)`,
            keywords: ["average"],
          },
        ],
        workedSolution: String.raw`The $\mathrm{N{-}H}$ bond enthalpy ($391$) is an average over many compounds containing N–H bonds; the bonds in $\mathrm{NH_3}$ itself are slightly different, so the calculated value is approximate.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Use the graph to determine the activation energy, in $\text{kJ mol}^{-1}$, of the reverse reaction, $\mathrm{2NH_3(g) \rightarrow N_2(g) + 3H_2(g)}$.`,
        numericAnswer: { value: 272, unit: "kJ mol⁻¹", sigFigs: 3, tolerance: 5 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Energy from the products up to the transition state / $E_a(\text{forward}) - \Delta H$`,
            keywords: ["products", "transition state"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$180 - (-92) = 272\ \text{kJ mol}^{-1}$`, keywords: ["272"] },
        ],
        workedSolution: String.raw`The reverse reaction starts from the products at $-92\ \text{kJ mol}^{-1}$ and must reach the same transition state at $+180\ \text{kJ mol}^{-1}$: $E_a = 180 - (-92) = 272\ \text{kJ mol}^{-1}$.`,
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "R2.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Describe",
        stem: String.raw`An iron catalyst is used in industry. Describe how the enthalpy profile of the catalysed reaction differs from the one shown.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`The maximum (transition state) is lower: lower activation energy / an alternative pathway`,
            keywords: ["lower", "activation energy", "alternative"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Reactant and product levels are unchanged: $\Delta H$ stays $-92\ \text{kJ mol}^{-1}$ (OWTTE)`,
            keywords: ["unchanged", "same ΔH", "same"],
          },
        ],
        workedSolution: String.raw`The catalyst provides an alternative reaction pathway with a lower activation energy, so the peak of the profile is lower (it may show two smaller humps for the steps on the catalyst surface). The reactants and products are the same, so their levels, and $\Delta H = -92\ \text{kJ mol}^{-1}$, do not change.`,
      },
    ],
  },
  {
    key: "chemistry-mp-05",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`A student determines the enthalpy of combustion of ethanol, $\mathrm{C_2H_5OH}$, by using a spirit burner to heat $150.0$ g of water in a copper can.

| Measurement | Value |
|---|---|
| Mass of burner before / g | 152.46 |
| Mass of burner after / g | 151.87 |
| Initial temperature of water / °C | 20.5 |
| Final temperature of water / °C | 35.1 |

The specific heat capacity of water is $4.18\ \text{J g}^{-1}\ \text{K}^{-1}$.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the energy, in kJ, absorbed by the water.`,
        numericAnswer: { value: 9.15, unit: "kJ", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\Delta T = 35.1 - 20.5 = 14.6$ K`, keywords: ["14.6"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$q = 150.0 \times 4.18 \times 14.6 = 9150$ J $= 9.15$ kJ`, keywords: ["9.15", "9154"] },
        ],
        workedSolution: String.raw`$q = mc\Delta T = 150.0 \times 4.18 \times (35.1 - 20.5) = 150.0 \times 4.18 \times 14.6 = 9154\ \text{J} = 9.15\ \text{kJ}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "S1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the amount, in mol, of ethanol burned.`,
        numericAnswer: { value: 0.0128, unit: "mol", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\dfrac{152.46 - 151.87}{46.08} = \dfrac{0.59}{46.08} = 0.0128$ mol`,
            keywords: ["0.0128", "46.08"],
          },
        ],
        workedSolution: String.raw`Mass burned $= 152.46 - 151.87 = 0.59$ g and $M(\mathrm{C_2H_5OH}) = 2(12.01) + 6(1.01) + 16.00 = 46.08\ \text{g mol}^{-1}$, so $n = \dfrac{0.59}{46.08} = 0.0128$ mol.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Determine the enthalpy of combustion of ethanol, in $\text{kJ mol}^{-1}$, from these results.`,
        numericAnswer: { value: -715, unit: "kJ mol⁻¹", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a", "b"], value: "-a / b" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\dfrac{9.15}{0.0128}$ / their (a) $\div$ their (b)`, keywords: ["9.15/0.0128"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$-715\ \text{kJ mol}^{-1}$ (negative sign needed) **(FT)**`, keywords: ["-715", "-710"] },
        ],
        workedSolution: String.raw`$\Delta H_c = -\dfrac{q}{n} = -\dfrac{9.154}{0.012804} = -715\ \text{kJ mol}^{-1}$; negative because combustion releases energy. Their (a) and (b) used correctly earn both marks (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R1.1",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`The data booklet value for the enthalpy of combustion of ethanol is $-1367\ \text{kJ mol}^{-1}$. Calculate the percentage error in the student's value.`,
        numericAnswer: { value: 47.7, unit: "%", sigFigs: 3, tolerance: 0.5, followThrough: { from: ["c"], value: "abs(-1367 - c) / 1367 * 100" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\dfrac{1367 - 715}{1367} \times 100 = 47.7\%$ **(FT)** from their (c)`,
            keywords: ["47.7", "48"],
          },
        ],
        workedSolution: String.raw`Percentage error $= \dfrac{|-1367 - (-715)|}{1367} \times 100 = 47.7\%$. Their (c) used correctly earns the mark (follow-through).`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "R1.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Suggest",
        stem: String.raw`Suggest two reasons why the student's value is much less exothermic than the data booklet value.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Heat lost to the surroundings (air, can, clamp) rather than absorbed by the water`,
            keywords: ["heat loss", "surroundings"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Incomplete combustion (soot / carbon monoxide formed)`,
            keywords: ["incomplete combustion", "soot"],
          },
          {
            id: "p3",
            kind: "POINT",
            marks: 1,
            text: String.raw`Ethanol evaporates from the wick, so the mass loss overstates the amount burned`,
            keywords: ["evaporat"],
          },
          {
            id: "p4",
            kind: "POINT",
            marks: 1,
            text: String.raw`Energy absorbed by the copper can is ignored / non-standard conditions (water formed as gas) (OWTTE)`,
            keywords: ["copper can", "non-standard"],
          },
        ],
        workedSolution: String.raw`Any two: much of the energy from the flame heats the air and apparatus rather than the water; the copper can itself absorbs energy that is not counted; combustion in a spirit burner is incomplete (soot is seen); some ethanol evaporates from the wick without burning, so the amount burned is overestimated.`,
      },
    ],
  },
  {
    key: "chemistry-mp-06",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`Dinitrogen tetroxide, a colourless gas, and nitrogen dioxide, a brown gas, are in equilibrium in a sealed container:

$$\mathrm{N_2O_4(g) \rightleftharpoons 2NO_2(g)} \qquad \Delta H = +57\ \text{kJ mol}^{-1}$$

At $350$ K the equilibrium concentrations are $[\mathrm{N_2O_4}] = 0.0420\ \text{mol dm}^{-3}$ and $[\mathrm{NO_2}] = 0.0310\ \text{mol dm}^{-3}$.`,
    parts: [
      {
        label: "a",
        type: "WRITTEN",
        topicCode: "R2.3",
        difficulty: 1,
        marks: 1,
        commandTerm: "Deduce",
        stem: String.raw`Deduce the equilibrium constant expression, $K_c$, for this reaction.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$K_c = \dfrac{[\mathrm{NO_2}]^2}{[\mathrm{N_2O_4}]}$`, keywords: ["[NO2]^2", "NO2]²"] },
        ],
        workedSolution: String.raw`Products over reactants, each raised to its coefficient: $K_c = \dfrac{[\mathrm{NO_2}]^2}{[\mathrm{N_2O_4}]}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "R2.3",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the value of $K_c$ at $350$ K.`,
        numericAnswer: { value: 0.0229, sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$\dfrac{0.0310^2}{0.0420} = 0.0229$`, keywords: ["0.0229"] }],
        workedSolution: String.raw`$K_c = \dfrac{0.0310^2}{0.0420} = \dfrac{9.61 \times 10^{-4}}{0.0420} = 0.0229$.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R2.3",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`In a second mixture at $350$ K the equilibrium concentration of $\mathrm{N_2O_4}$ is $0.100\ \text{mol dm}^{-3}$. Calculate the equilibrium concentration of $\mathrm{NO_2}$.`,
        numericAnswer: { value: 0.0478, unit: "mol dm⁻³", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["b"], value: "sqrt(b * 0.100)" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$[\mathrm{NO_2}]^2 = K_c \times 0.100$`, keywords: ["Kc × 0.100", "0.00229"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$[\mathrm{NO_2}] = 0.0478\ \text{mol dm}^{-3}$ **(FT)** from their (b)`, keywords: ["0.0478"] },
        ],
        workedSolution: String.raw`$K_c$ is the same at the same temperature: $[\mathrm{NO_2}]^2 = 0.0229 \times 0.100 = 2.29 \times 10^{-3}$, so $[\mathrm{NO_2}] = 0.0478\ \text{mol dm}^{-3}$. Their (b) used correctly earns both marks (follow-through).`,
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "R2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Predict",
        stem: String.raw`Predict, with a reason, how the colour of the equilibrium mixture changes when the temperature is increased.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`The mixture becomes darker brown`, keywords: ["darker", "more brown"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`The forward reaction is endothermic, so the equilibrium shifts to the right (more $\mathrm{NO_2}$) to absorb the added heat / $K_c$ increases (OWTTE)`,
            keywords: ["endothermic", "right", "NO2"],
          },
        ],
        workedSolution: String.raw`The forward reaction is endothermic ($\Delta H > 0$). By Le Châtelier's principle, raising the temperature shifts the position of equilibrium in the endothermic direction, to the right: more brown $\mathrm{NO_2}$ forms and the mixture darkens. $K_c$ increases.`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "R2.3",
        difficulty: 2,
        marks: 2,
        commandTerm: "Explain",
        stem: String.raw`The mixture is compressed to a smaller volume at constant temperature. Explain the effect on the position of equilibrium and on the value of $K_c$.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Equilibrium shifts to the left, the side with fewer moles of gas ($1$ rather than $2$)`,
            keywords: ["left", "fewer moles"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$K_c$ is unchanged, because only temperature changes $K_c$ (OWTTE)`,
            keywords: ["unchanged", "temperature"],
          },
        ],
        workedSolution: String.raw`Compression raises the pressure; the system reduces it by shifting towards fewer gas molecules, to the left ($1$ mol of $\mathrm{N_2O_4}$ against $2$ mol of $\mathrm{NO_2}$). $K_c$ depends only on temperature, so it does not change: the concentrations readjust until their ratio again equals $0.0229$.`,
      },
    ],
  },
  {
    key: "chemistry-mp-07",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`A voltaic cell is made from a nickel half-cell, $\mathrm{Ni^{2+}(aq)/Ni(s)}$, and a silver half-cell, $\mathrm{Ag^{+}(aq)/Ag(s)}$, under standard conditions.

| Half-equation | $E^\ominus$ / V |
|---|---|
| $\mathrm{Ni^{2+}(aq) + 2e^- \rightleftharpoons Ni(s)}$ | $-0.26$ |
| $\mathrm{Ag^+(aq) + e^- \rightleftharpoons Ag(s)}$ | $+0.80$ |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R3.2H",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the standard cell potential, $E^\ominus_{\text{cell}}$.`,
        numericAnswer: { value: 1.06, unit: "V", sigFigs: 3, tolerance: 0.005 },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$0.80 - (-0.26) = +1.06$ V`, keywords: ["1.06"] }],
        workedSolution: String.raw`$E^\ominus_{\text{cell}} = E^\ominus(\text{reduction}) - E^\ominus(\text{oxidation}) = 0.80 - (-0.26) = +1.06$ V.`,
      },
      {
        label: "b",
        type: "WRITTEN",
        topicCode: "R3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Deduce",
        stem: String.raw`Deduce the overall equation for the cell reaction, and state the direction of electron flow in the external circuit.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\mathrm{Ni(s) + 2Ag^+(aq) \rightarrow Ni^{2+}(aq) + 2Ag(s)}$`, keywords: ["2Ag+", "Ni2+"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Electrons flow from the nickel electrode to the silver electrode`,
            keywords: ["nickel to silver", "Ni to Ag"],
          },
        ],
        workedSolution: String.raw`Silver has the more positive $E^\ominus$, so $\mathrm{Ag^+}$ is reduced and nickel is oxidised: $\mathrm{Ni(s) + 2Ag^+(aq) \rightarrow Ni^{2+}(aq) + 2Ag(s)}$. Electrons leave the nickel (the negative electrode, anode) and travel through the wire to the silver.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "R3.2H",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the standard Gibbs energy change, in $\text{kJ mol}^{-1}$, for the cell reaction.`,
        numericAnswer: { value: -205, unit: "kJ mol⁻¹", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a"], value: "-2 * 96500 * a / 1000" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\Delta G^\ominus = -nFE^\ominus$ with $n = 2$`, keywords: ["-nFE", "n = 2"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$-2 \times 96\,500 \times 1.06 = -205\ \text{kJ mol}^{-1}$ **(FT)** from their (a)`,
            keywords: ["-205", "-204.6"],
          },
        ],
        workedSolution: String.raw`Two electrons are transferred per nickel atom: $\Delta G^\ominus = -nFE^\ominus = -2 \times 96\,500 \times 1.06 = -204\,580\ \text{J mol}^{-1} = -205\ \text{kJ mol}^{-1}$. Their (a) used correctly earns both marks (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R3.2H",
        difficulty: 3,
        marks: 3,
        commandTerm: "Calculate",
        stem: String.raw`In a separate experiment, a spoon is electroplated with silver using a current of $0.250$ A for $30.0$ minutes. Calculate the mass of silver deposited.`,
        numericAnswer: { value: 0.503, unit: "g", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$Q = It = 0.250 \times 30.0 \times 60 = 450$ C`, keywords: ["450"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$n(e^-) = n(\mathrm{Ag}) = \dfrac{450}{96\,500} = 4.66 \times 10^{-3}$ mol`,
            keywords: ["4.66"],
          },
          { id: "p3", kind: "POINT", marks: 1, text: String.raw`$4.66 \times 10^{-3} \times 107.87 = 0.503$ g`, keywords: ["0.503", "0.50"] },
        ],
        workedSolution: String.raw`Charge $Q = It = 0.250 \times 1800 = 450$ C, so $n(e^-) = \dfrac{450}{96\,500} = 4.66 \times 10^{-3}$ mol. Each $\mathrm{Ag^+}$ takes one electron, so $n(\mathrm{Ag}) = 4.66 \times 10^{-3}$ mol and $m = 4.66 \times 10^{-3} \times 107.87 = 0.503$ g.`,
      },
    ],
  },
  {
    key: "chemistry-mp-08",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`When sodium hydrogencarbonate is heated it decomposes:

$$\mathrm{2NaHCO_3(s) \rightarrow Na_2CO_3(s) + H_2O(g) + CO_2(g)}$$

A student heats $4.20$ g of sodium hydrogencarbonate until there is no further change in mass.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "S1.4",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the amount, in mol, of sodium hydrogencarbonate heated.`,
        numericAnswer: { value: 0.05, unit: "mol", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$M(\mathrm{NaHCO_3}) = 84.01$; $\dfrac{4.20}{84.01} = 0.0500$ mol`,
            keywords: ["84.01", "0.0500", "0.05"],
          },
        ],
        workedSolution: String.raw`$M(\mathrm{NaHCO_3}) = 22.99 + 1.01 + 12.01 + 3(16.00) = 84.01\ \text{g mol}^{-1}$, so $n = \dfrac{4.20}{84.01} = 0.0500$ mol.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "S1.5",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the volume, in $\text{dm}^3$, of carbon dioxide produced, measured at STP.`,
        numericAnswer: { value: 0.567, unit: "dm³", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a"], value: "a / 2 * 22.7" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n(\mathrm{CO_2}) = \dfrac{0.0500}{2} = 0.0250$ mol`, keywords: ["0.025"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$0.0250 \times 22.7 = 0.568\ \text{dm}^3$ **(FT)** from their (a)`,
            keywords: ["0.567", "0.568", "0.57"],
          },
        ],
        workedSolution: String.raw`Two moles of $\mathrm{NaHCO_3}$ give one mole of $\mathrm{CO_2}$: $n = 0.0250$ mol. At STP, $V = 0.0250 \times 22.7 = 0.567\ \text{dm}^3$. Their (a) used correctly earns both marks (follow-through).`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "S1.5",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the volume, in $\text{dm}^3$, that this carbon dioxide would occupy at $298$ K and $101$ kPa.`,
        numericAnswer: {
          value: 0.613,
          unit: "dm³",
          sigFigs: 3,
          relativeTolerance: 0.01,
          followThrough: { from: ["a"], value: "a / 2 * 8.31 * 298 / 101000 * 1000" },
        },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$V = \dfrac{nRT}{p} = \dfrac{0.0250 \times 8.31 \times 298}{101 \times 10^3}$`,
            keywords: ["nRT/p", "8.31"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$6.13 \times 10^{-4}\ \text{m}^3 = 0.613\ \text{dm}^3$ **(FT)** from their (a)`,
            keywords: ["0.613", "6.13"],
          },
        ],
        workedSolution: String.raw`$V = \dfrac{nRT}{p} = \dfrac{0.0250 \times 8.31 \times 298}{1.01 \times 10^5} = 6.13 \times 10^{-4}\ \text{m}^3 = 0.613\ \text{dm}^3$. Their (a) used correctly earns both marks (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R2.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`The student obtains $2.52$ g of sodium carbonate. Determine the percentage yield.`,
        numericAnswer: { value: 95.1, unit: "%", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a"], value: "2.52 / (a / 2 * 105.99) * 100" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`Theoretical mass $= 0.0250 \times 105.99 = 2.65$ g`, keywords: ["2.65", "105.99"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{2.52}{2.65} \times 100 = 95.1\%$ **(FT)** from their (a)`, keywords: ["95.1", "95"] },
        ],
        workedSolution: String.raw`$M(\mathrm{Na_2CO_3}) = 2(22.99) + 12.01 + 3(16.00) = 105.99\ \text{g mol}^{-1}$. The theoretical yield is $0.0250 \times 105.99 = 2.65$ g, so the percentage yield is $\dfrac{2.52}{2.65} \times 100 = 95.1\%$. Their (a) used correctly earns both marks (follow-through).`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "S1.5",
        difficulty: 3,
        marks: 2,
        commandTerm: "Explain",
        stem: String.raw`Explain why carbon dioxide deviates from ideal gas behaviour at high pressure.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Molecules are close together, so the volume of the molecules themselves is no longer negligible`,
            keywords: ["volume of molecules", "negligible"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Intermolecular forces (attractions) between molecules become significant (OWTTE)`,
            keywords: ["intermolecular", "attraction"],
          },
        ],
        workedSolution: String.raw`The ideal gas model assumes the molecules have negligible volume and no intermolecular forces. At high pressure the molecules are close together, so their own volume is a significant fraction of the container's volume, and the attractions between them (London dispersion forces, which are relatively large for $\mathrm{CO_2}$) reduce the force of collisions with the walls.`,
      },
    ],
  },
  {
    key: "chemistry-mp-09",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`Compound X contains carbon, hydrogen and oxygen only. Complete combustion of $0.600$ g of X produces $1.199$ g of carbon dioxide and $0.491$ g of water.

The mass spectrum of X is shown.

${contentFigure(fig.esterMassSpectrum.file, fig.esterMassSpectrum.alt)}`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "S1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the mass, in g, of carbon in the sample of X.`,
        numericAnswer: { value: 0.327, unit: "g", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$1.199 \times \dfrac{12.01}{44.01} = 0.327$ g`, keywords: ["0.327"] }],
        workedSolution: String.raw`All the carbon ends up in $\mathrm{CO_2}$, which is $\dfrac{12.01}{44.01}$ carbon by mass: $1.199 \times \dfrac{12.01}{44.01} = 0.327$ g.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "S1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the mass, in g, of hydrogen in the sample of X.`,
        numericAnswer: { value: 0.055, unit: "g", sigFigs: 3, relativeTolerance: 0.01 },
        markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$0.491 \times \dfrac{2.02}{18.02} = 0.0550$ g`, keywords: ["0.055"] }],
        workedSolution: String.raw`All the hydrogen ends up in water, which is $\dfrac{2(1.01)}{18.02}$ hydrogen by mass: $0.491 \times \dfrac{2.02}{18.02} = 0.0550$ g.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "S1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the mass, in g, of oxygen in the sample of X.`,
        numericAnswer: { value: 0.218, unit: "g", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a", "b"], value: "0.600 - a - b" } },
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$0.600 - 0.327 - 0.0550 = 0.218$ g **(FT)** from their (a) and (b)`, keywords: ["0.218"] },
        ],
        workedSolution: String.raw`X contains only C, H and O, so the rest of its mass is oxygen: $0.600 - 0.327 - 0.0550 = 0.218$ g. Their (a) and (b) used correctly earn the mark (follow-through).`,
      },
      {
        label: "d",
        type: "WRITTEN",
        topicCode: "S1.4",
        difficulty: 3,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Determine the empirical formula of X.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Amounts: C $\dfrac{0.327}{12.01} = 0.0272$, H $\dfrac{0.0550}{1.01} = 0.0545$, O $\dfrac{0.218}{16.00} = 0.0136$ mol`,
            keywords: ["0.0272", "0.0545", "0.0136"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`Ratio $2 : 4 : 1$, so $\mathrm{C_2H_4O}$`, keywords: ["C2H4O"] },
        ],
        workedSolution: String.raw`Divide each mass by its relative atomic mass: C $0.0272$ mol, H $0.0545$ mol, O $0.0136$ mol. Dividing by the smallest, $0.0136$, gives $2.00 : 4.00 : 1$: the empirical formula is $\mathrm{C_2H_4O}$.`,
      },
      {
        label: "e",
        type: "WRITTEN",
        topicCode: "S3.2",
        difficulty: 2,
        marks: 2,
        commandTerm: "Deduce",
        stem: String.raw`Deduce, using the mass spectrum, the molecular formula of X.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`Molecular ion peak at $m/z = 88$, so $M_r = 88$`, keywords: ["88", "molecular ion"] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\mathrm{C_2H_4O}$ has $M_r = 44.06$; $88 / 44 = 2$, so $\mathrm{C_4H_8O_2}$`,
            keywords: ["C4H8O2"],
          },
        ],
        workedSolution: String.raw`The peak at the highest $m/z$, $88$, is the molecular ion, so $M_r = 88$. The empirical formula $\mathrm{C_2H_4O}$ has $M_r = 44.06$, half of this, so the molecular formula is $\mathrm{C_4H_8O_2}$.`,
      },
      {
        label: "f",
        type: "WRITTEN",
        topicCode: "S3.2",
        difficulty: 3,
        marks: 2,
        commandTerm: "Identify",
        stem: String.raw`The infrared spectrum of X has a strong absorption at $1740\ \text{cm}^{-1}$ and no broad absorption between $2500$ and $3300\ \text{cm}^{-1}$. The base peak in the mass spectrum is at $m/z = 43$. Identify the fragment responsible for the base peak and suggest a structure for X.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$m/z = 43$: $\mathrm{CH_3CO^+}$ (accept $\mathrm{C_3H_7^+}$ only with a structure that has it)`,
            keywords: ["CH3CO+"],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`An ester (C=O at $1740$, no O–H): ethyl ethanoate, $\mathrm{CH_3COOCH_2CH_3}$`,
            keywords: ["ester", "ethyl ethanoate", "CH3COOCH2CH3"],
          },
        ],
        workedSolution: String.raw`The absorption at $1740\ \text{cm}^{-1}$ is C=O; the missing broad band rules out the O–H of a carboxylic acid, so X ($\mathrm{C_4H_8O_2}$) is an ester. The base peak at $43$ is $\mathrm{CH_3CO^+}$ (acylium), and the peak at $29$ is $\mathrm{C_2H_5^+}$: both fit **ethyl ethanoate**, $\mathrm{CH_3COOCH_2CH_3}$.`,
      },
    ],
  },
  {
    key: "chemistry-mp-10",
    levels: ["HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`Solid ammonium chloride decomposes when heated:

$$\mathrm{NH_4Cl(s) \rightarrow NH_3(g) + HCl(g)}$$

| Substance | $\Delta H_f^\ominus$ / kJ mol⁻¹ | $S^\ominus$ / J K⁻¹ mol⁻¹ |
|---|---|---|
| $\mathrm{NH_4Cl(s)}$ | $-314.4$ | $94.6$ |
| $\mathrm{NH_3(g)}$ | $-45.9$ | $192.8$ |
| $\mathrm{HCl(g)}$ | $-92.3$ | $186.9$ |`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "R1.2H",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the standard enthalpy change, $\Delta H^\ominus$, in $\text{kJ mol}^{-1}$, for the decomposition.`,
        numericAnswer: { value: 176.2, unit: "kJ mol⁻¹", sigFigs: 4, tolerance: 0.1 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\Delta H^\ominus = \sum \Delta H_f^\ominus(\text{products}) - \sum \Delta H_f^\ominus(\text{reactants})$`,
            keywords: ["products - reactants"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$(-45.9 - 92.3) - (-314.4) = +176.2\ \text{kJ mol}^{-1}$`, keywords: ["176.2", "176"] },
        ],
        workedSolution: String.raw`$\Delta H^\ominus = (-45.9 + -92.3) - (-314.4) = -138.2 + 314.4 = +176.2\ \text{kJ mol}^{-1}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "R1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the standard entropy change, $\Delta S^\ominus$, in $\text{J K}^{-1}\ \text{mol}^{-1}$, for the decomposition.`,
        numericAnswer: { value: 285.1, unit: "J K⁻¹ mol⁻¹", sigFigs: 4, tolerance: 0.1 },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$(192.8 + 186.9) - 94.6 = +285.1\ \text{J K}^{-1}\ \text{mol}^{-1}$`,
            keywords: ["285.1", "285"],
          },
        ],
        workedSolution: String.raw`$\Delta S^\ominus = (192.8 + 186.9) - 94.6 = +285.1\ \text{J K}^{-1}\ \text{mol}^{-1}$.`,
      },
      {
        label: "c",
        type: "WRITTEN",
        topicCode: "R1.4",
        difficulty: 2,
        marks: 1,
        commandTerm: "Explain",
        stem: String.raw`Explain the sign of $\Delta S^\ominus$.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Positive: one mole of solid forms two moles of gas, so the particles become much more dispersed / disordered (OWTTE)`,
            keywords: ["gas", "two moles", "disorder", "dispersed"],
          },
        ],
        workedSolution: String.raw`$\Delta S^\ominus$ is positive: a solid, with its particles fixed in a lattice, becomes two moles of gas, whose particles move freely and have far more ways of distributing their energy.`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "R1.4",
        difficulty: 3,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the standard Gibbs energy change, $\Delta G^\ominus$, in $\text{kJ mol}^{-1}$, at $298$ K.`,
        numericAnswer: { value: 91.2, unit: "kJ mol⁻¹", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a", "b"], value: "a - 298 * b / 1000" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\Delta G^\ominus = \Delta H^\ominus - T\Delta S^\ominus$ with $\Delta S$ in $\text{kJ K}^{-1}\ \text{mol}^{-1}$: $176.2 - 298 \times 0.2851$`,
            keywords: ["0.2851", "ΔH - TΔS"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$+91.2\ \text{kJ mol}^{-1}$ **(FT)** from their (a) and (b)`, keywords: ["91.2", "91"] },
        ],
        workedSolution: String.raw`$\Delta G^\ominus = \Delta H^\ominus - T\Delta S^\ominus = 176.2 - 298 \times 0.2851 = 176.2 - 85.0 = +91.2\ \text{kJ mol}^{-1}$: not spontaneous at $298$ K. Their (a) and (b) used correctly earn both marks (follow-through).`,
      },
      {
        label: "e",
        type: "NUMERIC",
        topicCode: "R1.4",
        difficulty: 3,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Determine the minimum temperature, in K, above which the decomposition is spontaneous, assuming $\Delta H^\ominus$ and $\Delta S^\ominus$ do not change with temperature.`,
        numericAnswer: { value: 618, unit: "K", sigFigs: 3, relativeTolerance: 0.01, followThrough: { from: ["a", "b"], value: "a * 1000 / b" } },
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\Delta G^\ominus = 0$: $T = \dfrac{\Delta H^\ominus}{\Delta S^\ominus}$`,
            keywords: ["ΔG = 0", "ΔH/ΔS"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{176\,200}{285.1} = 618$ K **(FT)** from their (a) and (b)`, keywords: ["618"] },
        ],
        workedSolution: String.raw`The reaction becomes spontaneous when $\Delta G^\ominus < 0$, that is above the temperature where $\Delta H^\ominus - T\Delta S^\ominus = 0$: $T = \dfrac{176\,200}{285.1} = 618$ K. Their (a) and (b) used correctly earn both marks (follow-through).`,
      },
    ],
  },
];
