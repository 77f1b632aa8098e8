import { numericQuestion } from "./build-question";
import type { BondCounts, ElementCounts } from "./chemistry-check";
import { atomicMassNote, ce, chemUnits, coefficientTex, drawUntil, molarMass, molarMassText, relativeAtomicMasses } from "./chemistry-format";
import { qty, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** Average bond enthalpies at 298 K, kJ mol^-1, as a data booklet lists them. Keys use "-", "=", "#" for single, double, triple. */
const table: Record<string, number> = {
  "H-H": 436,
  "C-C": 346,
  "C=C": 614,
  "C#C": 839,
  "C-H": 414,
  "O=O": 498,
  "O-H": 463,
  "C=O": 804,
  "C-O": 358,
  "N#N": 945,
  "N-H": 391,
  "H-Cl": 431,
  "Cl-Cl": 242,
  "C-Cl": 324,
  "Br-Br": 193,
  "H-Br": 366,
  "C-Br": 285,
};

/** A bond as printed: C–H, C=O, N≡N. */
const bondText = (bond: string) => bond.replace("-", "–").replace("#", "≡");

type Molecule = { tex: string; name: string; formula: ElementCounts; bonds: BondCounts };
const m = (tex: string, name: string, formula: ElementCounts, bonds: BondCounts): Molecule => ({ tex, name, formula, bonds });

const H2 = m("H_2", "hydrogen", { H: 2 }, { "H-H": 1 });
const O2 = m("O_2", "oxygen", { O: 2 }, { "O=O": 1 });
const Cl2 = m("Cl_2", "chlorine", { Cl: 2 }, { "Cl-Cl": 1 });
const CO2 = m("CO_2", "carbon dioxide", { C: 1, O: 2 }, { "C=O": 2 });
const H2O = m("H_2O", "water", { H: 2, O: 1 }, { "O-H": 2 });
const CH4 = m("CH_4", "methane", { C: 1, H: 4 }, { "C-H": 4 });
const C2H6 = m("C_2H_6", "ethane", { C: 2, H: 6 }, { "C-C": 1, "C-H": 6 });
const C2H4 = m("C_2H_4", "ethene", { C: 2, H: 4 }, { "C=C": 1, "C-H": 4 });
const C2H2 = m("C_2H_2", "ethyne", { C: 2, H: 2 }, { "C#C": 1, "C-H": 2 });
const C3H8 = m("C_3H_8", "propane", { C: 3, H: 8 }, { "C-C": 2, "C-H": 8 });
const ethanol = m("CH_3CH_2OH", "ethanol", { C: 2, H: 6, O: 1 }, { "C-C": 1, "C-H": 5, "C-O": 1, "O-H": 1 });
const methanol = m("CH_3OH", "methanol", { C: 1, H: 4, O: 1 }, { "C-H": 3, "C-O": 1, "O-H": 1 });

type Reaction = { reactants: [number, Molecule][]; products: [number, Molecule][] };
const reactions: Reaction[] = [
  {
    reactants: [
      [1, CH4],
      [2, O2],
    ],
    products: [
      [1, CO2],
      [2, H2O],
    ],
  },
  {
    reactants: [
      [2, C2H6],
      [7, O2],
    ],
    products: [
      [4, CO2],
      [6, H2O],
    ],
  },
  {
    reactants: [
      [1, C2H4],
      [1, H2],
    ],
    products: [[1, C2H6]],
  },
  {
    reactants: [
      [1, C2H4],
      [1, Cl2],
    ],
    products: [[1, m("CH_2ClCH_2Cl", "1,2-dichloroethane", { C: 2, H: 4, Cl: 2 }, { "C-C": 1, "C-H": 4, "C-Cl": 2 })]],
  },
  {
    reactants: [
      [1, C2H4],
      [1, m("HBr", "hydrogen bromide", { H: 1, Br: 1 }, { "H-Br": 1 })],
    ],
    products: [[1, m("CH_3CH_2Br", "bromoethane", { C: 2, H: 5, Br: 1 }, { "C-C": 1, "C-H": 5, "C-Br": 1 })]],
  },
  {
    reactants: [
      [1, C2H4],
      [1, H2O],
    ],
    products: [[1, ethanol]],
  },
  {
    reactants: [
      [1, CH4],
      [1, Cl2],
    ],
    products: [
      [1, m("CH_3Cl", "chloromethane", { C: 1, H: 3, Cl: 1 }, { "C-H": 3, "C-Cl": 1 })],
      [1, m("HCl", "hydrogen chloride", { H: 1, Cl: 1 }, { "H-Cl": 1 })],
    ],
  },
  {
    reactants: [
      [1, m("N_2", "nitrogen", { N: 2 }, { "N#N": 1 })],
      [3, H2],
    ],
    products: [[2, m("NH_3", "ammonia", { N: 1, H: 3 }, { "N-H": 3 })]],
  },
  {
    reactants: [
      [1, H2],
      [1, Cl2],
    ],
    products: [[2, m("HCl", "hydrogen chloride", { H: 1, Cl: 1 }, { "H-Cl": 1 })]],
  },
  {
    reactants: [
      [1, H2],
      [1, m("Br_2", "bromine", { Br: 2 }, { "Br-Br": 1 })],
    ],
    products: [[2, m("HBr", "hydrogen bromide", { H: 1, Br: 1 }, { "H-Br": 1 })]],
  },
  {
    reactants: [
      [1, C3H8],
      [5, O2],
    ],
    products: [
      [3, CO2],
      [4, H2O],
    ],
  },
  {
    reactants: [
      [1, C2H2],
      [2, H2],
    ],
    products: [[1, C2H6]],
  },
  {
    reactants: [
      [2, H2],
      [1, O2],
    ],
    products: [[2, H2O]],
  },
  {
    reactants: [
      [2, methanol],
      [3, O2],
    ],
    products: [
      [2, CO2],
      [4, H2O],
    ],
  },
  {
    reactants: [
      [1, ethanol],
      [3, O2],
    ],
    products: [
      [2, CO2],
      [3, H2O],
    ],
  },
  {
    reactants: [
      [1, m("CH_2CHCH_3", "propene", { C: 3, H: 6 }, { "C=C": 1, "C-C": 1, "C-H": 6 })],
      [1, H2],
    ],
    products: [[1, C3H8]],
  },
];

const rounding = { mode: "sigFigs", digits: 3 } as const;
const side = (list: [number, Molecule][]) => list.map(([n, x]) => `${coefficientTex(n)}${ce(`${x.tex}(g)`)}`).join(" + ");
const equationTex = (rx: Reaction) => String.raw`${side(rx.reactants)} \rightarrow ${side(rx.products)}`;

/** Bonds on one side of the equation, counted over all molecules with their coefficients. */
function tally(list: [number, Molecule][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, x] of list) for (const [bond, k] of Object.entries(x.bonds)) out.set(bond, (out.get(bond) ?? 0) + n * k);
  return out;
}
const total = (bonds: Map<string, number>, values: Record<string, number>) => [...bonds].reduce((sum, [b, k]) => sum + k * (values[b] as number), 0);
/** "4(C–H) + 2(O=O)" and "4 \times 414 + 2 \times 498". */
const bondList = (bonds: Map<string, number>) => [...bonds].map(([b, k]) => `${k === 1 ? "" : k}(${bondText(b)})`).join(" + ");
const bondSum = (bonds: Map<string, number>, values: Record<string, number | string>) =>
  [...bonds]
    .map(([b, k]) => (k === 1 ? `${values[b]}` : typeof values[b] === "string" ? `${k}${values[b]}` : String.raw`${k} \times ${values[b]}`))
    .join(" + ");
const kJ = (x: number) => (x > 0 ? `+${x}` : String(x));

function dataTable(bonds: string[], unknown?: string): string {
  return `| Bond | Average bond enthalpy / kJ mol⁻¹ |
|---|---|
${bonds.map((b) => `| ${bondText(b)} | ${b === unknown ? "?" : table[b]} |`).join("\n")}`;
}

/** Draws a value uniform in [lo, hi] to 3 s.f. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);

export const bondEnthalpies: QuestionGenerator = {
  id: "bond-enthalpies",
  subject: "chemistry",
  topicCode: "R1.2",
  levels: ["SL", "HL"],
  title: "Enthalpy changes from average bond enthalpies",
  generate(seed) {
    const r = new SeededRandom(seed);
    const rx = r.pick(reactions);
    const broken = tally(rx.reactants);
    const formed = tally(rx.products);
    const bonds = [...new Set([...broken.keys(), ...formed.keys()])];
    const toCheck = (list: [number, Molecule][]) => list.map(([coefficient, x]) => ({ formula: x.formula, coefficient, bonds: x.bonds }));
    const equation = String.raw`$$${equationTex(rx)}$$`;
    // The substance weighed out: one whose elements have data, and not the oxygen or water it reacts with.
    const weighable = rx.reactants
      .map((_, i) => i)
      .filter((i) => {
        const x = rx.reactants[i]![1];
        return Object.keys(x.formula).every((e) => e in relativeAtomicMasses) && x !== O2 && x !== H2O;
      });
    const findBond = r.bool();

    if (!findBond) {
      const index = r.pick(weighable);
      const [nu, X] = rx.reactants[index]!;
      const M = molarMass(X.formula);
      const mass = draw3sf(r, 1, 50);
      const n = mass / M;
      const inBroken = total(broken, table);
      const inFormed = total(formed, table);
      const dH = inBroken - inFormed;
      const expected = (dH * n) / nu;
      const perMole = nu === 1 ? "" : String.raw`\frac{1}{${nu}} \times `;
      return numericQuestion(
        bondEnthalpies,
        seed,
        {
          difficulty: 4,
          marks: 5,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`Consider the reaction between gaseous substances:

${equation}

${dataTable(bonds)}

Use the average bond enthalpies to calculate the enthalpy change, in kJ, when $${qty(sig(mass, 3), "g")}$ of ${X.name}, $${ce(X.tex)}$, reacts completely as in the equation. ${atomicMassNote([X.formula])} Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: `Bonds broken: ${bondList(broken)} = $${bondSum(broken, table)} = ${inBroken}$ «kJ»`,
              keywords: [String(inBroken)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: `Bonds formed: ${bondList(formed)} = $${bondSum(formed, table)} = ${inFormed}$ «kJ»`,
              keywords: [String(inFormed)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\Delta H = ${inBroken} - ${inFormed} = ${qty(kJ(dH), "kJ")}$ «for the equation as written»`,
              dependsOn: ["M1", "M2"],
              keywords: [String(dH)],
            },
            {
              id: "M3",
              kind: "M",
              marks: 1,
              text: String.raw`$n(${ce(X.tex)}) = \frac{${sig(mass, 3)}}{${molarMassText(X.formula)}} = ${sig(n, 4)}$ «mol»${nu === 1 ? "" : ` and divides by ${nu} (the coefficient of ${X.name})`}`,
              keywords: [sigPlain(n, 3)],
            },
            {
              id: "A2",
              kind: "A",
              marks: 1,
              text: String.raw`$${perMole}${sig(n, 4)} \times (${kJ(dH)}) = ${qty(sig(expected, 3), "kJ")}$`,
              dependsOn: ["A1", "M3"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`Energy is absorbed to break every bond in the reactants and released when every bond in the products forms: $\Delta H = \sum(\text{bonds broken}) - \sum(\text{bonds formed})$.

Bonds broken: ${bondList(broken)}

$$${bondSum(broken, table)} = ${qty(inBroken, "kJ")}$$

Bonds formed: ${bondList(formed)}

$$${bondSum(formed, table)} = ${qty(inFormed, "kJ")}$$

$$\Delta H = ${inBroken} - ${inFormed} = ${qty(kJ(dH), "kJ")}$$

This is for the amounts in the equation, which contains ${nu} mol of $${ce(X.tex)}$. The sample contains $n = \frac{${sig(mass, 3)}}{${molarMassText(X.formula)}} = ${qty(sig(n, 4), "mol")}$, so

$$\Delta H_{\text{sample}} = ${perMole}${sig(n, 4)} \times (${kJ(dH)}) = ${qty(sig(expected, 3), "kJ")}$$`,
        },
        {
          kind: "bond-enthalpy",
          reactants: toCheck(rx.reactants),
          products: toCheck(rx.products),
          bondEnthalpies: Object.fromEntries(bonds.map((b) => [b, table[b] as number])),
          asked: { enthalpyChangeForMass: { reactant: index, mass } },
          expected,
          rounding,
        },
        "kJ",
      );
    }

    // The unknown bond must not cancel out: it is broken and formed a different number of times.
    const net = (b: string) => (broken.get(b) ?? 0) - (formed.get(b) ?? 0);
    const unknown = r.pick(bonds.filter((b) => net(b) !== 0));
    const count = net(unknown);
    const known = Object.fromEntries(bonds.filter((b) => b !== unknown).map((b) => [b, table[b] as number]));
    // A measured ΔH as if the bond's true average were within ±8% of the booklet value.
    const trueValue = drawUntil(
      () => Math.round((table[unknown] as number) * (1 + r.int(-80, 80) / 1000)),
      (v) => v !== table[unknown],
    );
    const reactionDH = Math.round(total(broken, { ...table, [unknown]: trueValue }) - total(formed, { ...table, [unknown]: trueValue }));
    const knownBroken = [...broken].filter(([b]) => b !== unknown).reduce((s, [b, k]) => s + k * (table[b] as number), 0);
    const knownFormed = [...formed].filter(([b]) => b !== unknown).reduce((s, [b, k]) => s + k * (table[b] as number), 0);
    const expected = (reactionDH - knownBroken + knownFormed) / count;
    const x = "x";
    const withX = { ...table, [unknown]: x };
    return numericQuestion(
      bondEnthalpies,
      seed,
      {
        difficulty: 4,
        marks: 3,
        paper: "P2",
        commandTerm: "Determine",
        stem: String.raw`For the reaction between gaseous substances

${equation}

$\Delta H = ${qty(kJ(reactionDH), chemUnits.enthalpy)}$.

${dataTable(bonds, unknown)}

Determine the average bond enthalpy of the ${bondText(unknown)} bond, in $\mathrm{kJ\,mol^{-1}}$, from these data. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: `Bonds broken: ${bondList(broken)} = $${bondSum(broken, withX)}$ and bonds formed: ${bondList(formed)} = $${bondSum(formed, withX)}$`,
            keywords: [knownBroken, knownFormed].filter((v) => v !== 0).map(String),
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$${kJ(reactionDH)} = (${bondSum(broken, withX)}) - (${bondSum(formed, withX)})$`,
            keywords: [String(Math.abs(reactionDH))],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$x = ${qty(sig(expected, 3), chemUnits.enthalpy)}$`,
            dependsOn: ["M1", "M2"],
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`Let the ${bondText(unknown)} bond enthalpy be $x$. With $\Delta H = \sum(\text{bonds broken}) - \sum(\text{bonds formed})$:

Bonds broken: ${bondList(broken)} $= ${bondSum(broken, withX)}$

Bonds formed: ${bondList(formed)} $= ${bondSum(formed, withX)}$

$$${kJ(reactionDH)} = (${bondSum(broken, withX)}) - (${bondSum(formed, withX)})$$

Collecting the known values: $${kJ(reactionDH)} = ${knownBroken - knownFormed} ${count > 0 ? "+" : "-"} ${Math.abs(count) === 1 ? "" : Math.abs(count)}x$, so

$$x = \frac{${kJ(reactionDH)} - (${knownBroken - knownFormed})}{${count}} = ${qty(sig(expected, 3), chemUnits.enthalpy)}$$

(The data booklet's average is ${table[unknown]} kJ mol⁻¹: a value from one reaction differs from an average taken over many compounds.)`,
      },
      {
        kind: "bond-enthalpy",
        reactants: toCheck(rx.reactants),
        products: toCheck(rx.products),
        bondEnthalpies: known,
        asked: { bond: unknown, reactionEnthalpy: reactionDH },
        expected,
        rounding,
      },
      "kJ mol^-1",
    );
  },
};
