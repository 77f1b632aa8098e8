import { numericQuestion } from "./build-question";
import type { ElementCounts, GivenAmount } from "./chemistry-check";
import { atomicMassNote, ce, chemUnits, drawUntil, molarMass, molarMassEquation, molarMassText, sideTex } from "./chemistry-format";
import { qty, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** How a reactant is measured out when it is given: weighed (g), or as a solution (mol dm^-3, cm^3). */
type Supply = { mass: [number, number] } | { solution: { concentration: [number, number]; volume: [number, number] } };

type Species = { name: string; formulaTex: string; state: string; formula: ElementCounts; coefficient: number; supply?: Supply };

type Reaction = {
  intro: string;
  reactants: Species[];
  products: Species[];
  /** Reactants (by index) that can be the one measured out, the rest being in excess. */
  from: number[];
  /** Products (by index) worth asking about; `isolated` ones can be collected and weighed for a yield. */
  to: number[];
  isolated: number[];
  /** Two reactants (by index) that can both be measured out for a limiting-reactant question. */
  pair?: [number, number];
  reversible?: boolean;
};

const sp = (name: string, formulaTex: string, state: string, formula: ElementCounts, coefficient = 1, supply?: Supply): Species => ({
  name,
  formulaTex,
  state,
  formula,
  coefficient,
  ...(supply ? { supply } : {}),
});
const mass = (lo: number, hi: number): Supply => ({ mass: [lo, hi] });
const solution = (lo: number, hi: number): Supply => ({ solution: { concentration: [lo, hi], volume: [20, 100] } });
const weighed = (s: Species | undefined) => s?.supply !== undefined && "mass" in s.supply;

/** Balanced equations a student meets; atom balance is checked independently for every question. */
const reactions: Reaction[] = [
  {
    intro: "Calcium carbonate decomposes when it is heated strongly.",
    reactants: [sp("calcium carbonate", "CaCO_3", "s", { Ca: 1, C: 1, O: 3 }, 1, mass(2, 50))],
    products: [sp("calcium oxide", "CaO", "s", { Ca: 1, O: 1 }), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 })],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Magnesium burns in oxygen to form magnesium oxide.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 2, mass(0.1, 3)), sp("oxygen", "O_2", "g", { O: 2 })],
    products: [sp("magnesium oxide", "MgO", "s", { Mg: 1, O: 1 }, 2)],
    from: [0],
    to: [0],
    isolated: [0],
  },
  {
    intro: "In a blast furnace, iron(III) oxide is reduced by carbon monoxide.",
    reactants: [sp("iron(III) oxide", "Fe_2O_3", "s", { Fe: 2, O: 3 }, 1, mass(10, 200)), sp("carbon monoxide", "CO", "g", { C: 1, O: 1 }, 3, mass(10, 100))],
    products: [sp("iron", "Fe", "l", { Fe: 1 }, 2), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Zinc displaces copper from aqueous copper(II) sulfate.",
    reactants: [sp("zinc", "Zn", "s", { Zn: 1 }, 1, mass(0.5, 5)), sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }, 1, solution(0.1, 1))],
    products: [sp("zinc sulfate", "ZnSO_4", "aq", { Zn: 1, S: 1, O: 4 }), sp("copper", "Cu", "s", { Cu: 1 })],
    from: [0, 1],
    to: [1],
    isolated: [1],
    pair: [0, 1],
  },
  {
    intro: "Magnesium reacts with hydrochloric acid.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 1, mass(0.1, 2)), sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2))],
    products: [sp("magnesium chloride", "MgCl_2", "aq", { Mg: 1, Cl: 2 }), sp("hydrogen", "H_2", "g", { H: 2 })],
    from: [0, 1],
    to: [0, 1],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Ammonia is made from nitrogen and hydrogen in the Haber process.",
    reactants: [sp("nitrogen", "N_2", "g", { N: 2 }, 1, mass(10, 200)), sp("hydrogen", "H_2", "g", { H: 2 }, 3, mass(2, 40))],
    products: [sp("ammonia", "NH_3", "g", { N: 1, H: 3 }, 2)],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
    reversible: true,
  },
  {
    intro: "Yeast ferments glucose to ethanol and carbon dioxide.",
    reactants: [sp("glucose", "C_6H_{12}O_6", "aq", { C: 6, H: 12, O: 6 }, 1, mass(10, 200))],
    products: [sp("ethanol", "C_2H_5OH", "aq", { C: 2, H: 6, O: 1 }, 2), sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 2)],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Ethyl ethanoate is made by heating ethanoic acid with ethanol and a few drops of concentrated sulfuric acid.",
    reactants: [
      sp("ethanoic acid", "CH_3COOH", "l", { C: 2, H: 4, O: 2 }, 1, mass(5, 30)),
      sp("ethanol", "C_2H_5OH", "l", { C: 2, H: 6, O: 1 }, 1, mass(5, 30)),
    ],
    products: [sp("ethyl ethanoate", "CH_3COOC_2H_5", "l", { C: 4, H: 8, O: 2 }), sp("water", "H_2O", "l", { H: 2, O: 1 })],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
    reversible: true,
  },
  {
    intro: "Sodium burns in chlorine to form sodium chloride.",
    reactants: [sp("sodium", "Na", "s", { Na: 1 }, 2, mass(0.5, 5)), sp("chlorine", "Cl_2", "g", { Cl: 2 }, 1, mass(0.5, 8))],
    products: [sp("sodium chloride", "NaCl", "s", { Na: 1, Cl: 1 }, 2)],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Copper(II) oxide reacts with warm dilute sulfuric acid.",
    reactants: [
      sp("copper(II) oxide", "CuO", "s", { Cu: 1, O: 1 }, 1, mass(0.5, 8)),
      sp("sulfuric acid", "H_2SO_4", "aq", { H: 2, S: 1, O: 4 }, 1, solution(0.2, 2)),
    ],
    products: [sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }), sp("water", "H_2O", "l", { H: 2, O: 1 })],
    from: [0],
    to: [0],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Sodium carbonate reacts with hydrochloric acid.",
    reactants: [
      sp("sodium carbonate", "Na_2CO_3", "s", { Na: 2, C: 1, O: 3 }, 1, mass(0.5, 8)),
      sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2)),
    ],
    products: [
      sp("sodium chloride", "NaCl", "aq", { Na: 1, Cl: 1 }, 2),
      sp("water", "H_2O", "l", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0, 1],
    to: [0, 2],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Methane burns completely in oxygen.",
    reactants: [sp("methane", "CH_4", "g", { C: 1, H: 4 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 2)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }), sp("water", "H_2O", "l", { H: 2, O: 1 }, 2)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Propane burns completely in oxygen.",
    reactants: [sp("propane", "C_3H_8", "g", { C: 3, H: 8 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 5)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 3), sp("water", "H_2O", "l", { H: 2, O: 1 }, 4)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Potassium chlorate(V) decomposes when heated with a catalyst.",
    reactants: [sp("potassium chlorate(V)", "KClO_3", "s", { K: 1, Cl: 1, O: 3 }, 2, mass(1, 20))],
    products: [sp("potassium chloride", "KCl", "s", { K: 1, Cl: 1 }, 2), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [0],
  },
  {
    intro: "Iron and sulfur react when heated to form iron(II) sulfide.",
    reactants: [sp("iron", "Fe", "s", { Fe: 1 }, 1, mass(1, 10)), sp("sulfur", "S", "s", { S: 1 }, 1, mass(0.5, 6))],
    products: [sp("iron(II) sulfide", "FeS", "s", { Fe: 1, S: 1 })],
    from: [0, 1],
    to: [0],
    isolated: [0],
    pair: [0, 1],
  },
  {
    intro: "Calcium carbonate reacts with hydrochloric acid.",
    reactants: [
      sp("calcium carbonate", "CaCO_3", "s", { Ca: 1, C: 1, O: 3 }, 1, mass(0.5, 10)),
      sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2)),
    ],
    products: [
      sp("calcium chloride", "CaCl_2", "aq", { Ca: 1, Cl: 2 }),
      sp("water", "H_2O", "l", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0, 1],
    to: [0, 2],
    isolated: [],
    pair: [0, 1],
  },
  {
    intro: "Sodium hydrogencarbonate decomposes when it is heated.",
    reactants: [sp("sodium hydrogencarbonate", "NaHCO_3", "s", { Na: 1, H: 1, C: 1, O: 3 }, 2, mass(1, 20))],
    products: [
      sp("sodium carbonate", "Na_2CO_3", "s", { Na: 2, C: 1, O: 3 }),
      sp("water", "H_2O", "g", { H: 2, O: 1 }),
      sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }),
    ],
    from: [0],
    to: [0, 2],
    isolated: [0],
  },
  {
    intro: "Magnesium displaces copper from aqueous copper(II) sulfate.",
    reactants: [sp("magnesium", "Mg", "s", { Mg: 1 }, 1, mass(0.2, 3)), sp("copper(II) sulfate", "CuSO_4", "aq", { Cu: 1, S: 1, O: 4 }, 1, solution(0.1, 1))],
    products: [sp("magnesium sulfate", "MgSO_4", "aq", { Mg: 1, S: 1, O: 4 }), sp("copper", "Cu", "s", { Cu: 1 })],
    from: [0, 1],
    to: [1],
    isolated: [1],
    pair: [0, 1],
  },
  {
    intro: "Iron reacts slowly with oxygen to form iron(III) oxide.",
    reactants: [sp("iron", "Fe", "s", { Fe: 1 }, 4, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    products: [sp("iron(III) oxide", "Fe_2O_3", "s", { Fe: 2, O: 3 }, 2)],
    from: [0],
    to: [0],
    isolated: [0],
  },
  {
    intro: "Ethanol burns completely in oxygen.",
    reactants: [sp("ethanol", "C_2H_5OH", "l", { C: 2, H: 6, O: 1 }, 1, mass(1, 50)), sp("oxygen", "O_2", "g", { O: 2 }, 3)],
    products: [sp("carbon dioxide", "CO_2", "g", { C: 1, O: 2 }, 2), sp("water", "H_2O", "l", { H: 2, O: 1 }, 3)],
    from: [0],
    to: [0, 1],
    isolated: [],
  },
  {
    intro: "Zinc reacts with hydrochloric acid.",
    reactants: [sp("zinc", "Zn", "s", { Zn: 1 }, 1, mass(0.2, 5)), sp("hydrochloric acid", "HCl", "aq", { H: 1, Cl: 1 }, 2, solution(0.2, 2))],
    products: [sp("zinc chloride", "ZnCl_2", "aq", { Zn: 1, Cl: 2 }), sp("hydrogen", "H_2", "g", { H: 2 })],
    from: [0, 1],
    to: [0, 1],
    isolated: [],
    pair: [0, 1],
  },
];

const rounding = { mode: "sigFigs", digits: 3 } as const;

/** A measured value to 3 significant figures, uniform in [lo, hi]. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);

type Measured = { index: number; species: Species; amount: number; given: GivenAmount; text: string; working: string };

/** Draws how much of a reactant is used and describes it as the stem and the working show it. */
function measure(r: SeededRandom, reaction: Reaction, index: number): Measured {
  const species = reaction.reactants[index] as Species;
  const supply = species.supply;
  if (!supply) throw new Error(`${species.name} has no supply`);
  const M = molarMass(species.formula);
  const f = ce(species.formulaTex);
  if ("mass" in supply) {
    const m = draw3sf(r, ...supply.mass);
    const amount = m / M;
    return {
      index,
      species,
      amount,
      given: { reactant: index, mass: m },
      text: String.raw`$${qty(sig(m, 3), "g")}$ of ${species.name}`,
      working: String.raw`n(${f}) = \frac{${sig(m, 3)}}{${molarMassText(species.formula)}} = ${qty(sig(amount, 4), "mol")}`,
    };
  }
  const c = draw3sf(r, ...supply.solution.concentration);
  const v = draw3sf(r, ...supply.solution.volume);
  const amount = (c * v) / 1000;
  return {
    index,
    species,
    amount,
    given: { reactant: index, concentration: c, volumeCm3: v },
    text: String.raw`$${qty(sig(v, 3), chemUnits.cm3)}$ of $${qty(sig(c, 3), chemUnits.concentration)}$ ${species.name}`,
    working: String.raw`n(${f}) = ${sig(c, 3)} \times \frac{${sig(v, 3)}}{1000} = ${qty(sig(amount, 4), "mol")}`,
  };
}

const equationTex = (reaction: Reaction) =>
  `${sideTex(reaction.reactants.map((s) => ({ tex: `${s.formulaTex}(${s.state})`, coefficient: s.coefficient })))} ${
    reaction.reversible ? String.raw`\rightleftharpoons` : String.raw`\rightarrow`
  } ${sideTex(reaction.products.map((s) => ({ tex: `${s.formulaTex}(${s.state})`, coefficient: s.coefficient })))}`;

const checkSpecies = (list: Species[]) => list.map((s) => ({ formula: s.formula, coefficient: s.coefficient }));

/** "n(P) = 2 \times 0.1234 = 0.2468 mol" from the mole ratio in the equation; "n(P) = n(X) = ..." for 1 : 1. */
function ratioWorking(from: Species, to: Species, nFrom: number, nTo: number): string {
  const p = ce(to.formulaTex);
  if (to.coefficient === from.coefficient) return String.raw`n(${p}) = n(${ce(from.formulaTex)}) = ${qty(sig(nTo, 4), "mol")}`;
  const ratio = from.coefficient === 1 ? String(to.coefficient) : String.raw`\frac{${to.coefficient}}{${from.coefficient}}`;
  return String.raw`n(${p}) = ${ratio} \times ${sig(nFrom, 4)} = ${qty(sig(nTo, 4), "mol")}`;
}

const excessText = (reaction: Reaction, given: number[]) => {
  const others = reaction.reactants.filter((_, i) => !given.includes(i)).map((s) => s.name);
  return others.length ? ` with an excess of ${others.join(" and ")}` : "";
};

export const reactingMasses: QuestionGenerator = {
  id: "reacting-masses",
  subject: "chemistry",
  topicCode: "R2.1",
  levels: ["SL", "HL"],
  title: "Reacting masses: mass of product, limiting reactant and percentage yield",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["product-mass", "limiting", "percentage-yield", "reactant-mass"] as const);
    const reaction = r.pick(
      reactions.filter((x) =>
        variant === "limiting"
          ? x.pair
          : variant === "percentage-yield"
            ? x.isolated.length > 0
            : variant === "reactant-mass"
              ? x.from.some((i) => weighed(x.reactants[i]))
              : true,
      ),
    );
    const equation = String.raw`$$${equationTex(reaction)}$$`;
    const complete = reaction.reversible && variant !== "percentage-yield" ? " Assume that the reaction goes to completion." : "";
    const base = {
      kind: "reacting-masses" as const,
      reactants: checkSpecies(reaction.reactants),
      products: checkSpecies(reaction.products),
    };

    if (variant === "limiting") {
      const [i, j] = reaction.pair as [number, number];
      const [a, b] = drawUntil(
        () => [measure(r, reaction, i), measure(r, reaction, j)] as const,
        ([x, y]) => {
          const ratio = x.amount / x.species.coefficient / (y.amount / y.species.coefficient);
          return ratio < 0.85 || ratio > 1 / 0.85;
        },
      );
      const productIndex = r.pick(reaction.to);
      const product = reaction.products[productIndex] as Species;
      const limiting = a.amount / a.species.coefficient < b.amount / b.species.coefficient ? a : b;
      const excess = limiting === a ? b : a;
      const nProduct = (limiting.amount * product.coefficient) / limiting.species.coefficient;
      const expected = nProduct * molarMass(product.formula);
      const needed = (limiting.amount * excess.species.coefficient) / limiting.species.coefficient;
      const fl = ce(limiting.species.formulaTex);
      const fe = ce(excess.species.formulaTex);
      const mP = molarMassText(product.formula);
      return numericQuestion(
        reactingMasses,
        seed,
        {
          difficulty: 3,
          marks: 4,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`${reaction.intro}

${equation}

In an experiment, ${a.text} is mixed with ${b.text}. ${atomicMassNote([...[a, b].filter((m) => "mass" in m.given).map((m) => m.species.formula), product.formula])}

Determine the limiting reactant and calculate the maximum mass, in g, of ${product.name} that could be formed.${complete} Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Amounts of both reactants: $${a.working}$ and $${b.working}$`,
              keywords: [sigPlain(a.amount, 3), sigPlain(b.amount, 3)],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Uses the mole ratio to identify ${limiting.species.name} as the limiting reactant: $${fl}$ needs $${sig(needed, 3)}$ mol of $${fe}$ «but $${sig(excess.amount, 3)}$ mol is present» / compares amount ÷ coefficient`,
              keywords: [limiting.species.name, "limiting"],
            },
            {
              id: "M3",
              kind: "M",
              marks: 1,
              text: String.raw`$${ratioWorking(limiting.species, product, limiting.amount, nProduct)}$`,
              keywords: [sigPlain(nProduct, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$m = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(expected, 3), "g")}$`,
              dependsOn: ["M2", "M3"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`Convert each quantity of reactant to an amount in mol:

$$${a.working}$$

$$${b.working}$$

Divide each amount by its coefficient in the equation: $\frac{${sig(a.amount, 4)}}{${a.species.coefficient}} = ${sig(a.amount / a.species.coefficient, 4)}$ for $${ce(a.species.formulaTex)}$ and $\frac{${sig(b.amount, 4)}}{${b.species.coefficient}} = ${sig(b.amount / b.species.coefficient, 4)}$ for $${ce(b.species.formulaTex)}$. The smaller value belongs to **${limiting.species.name}**, so it is the limiting reactant and ${excess.species.name} is in excess (all the $${fl}$ would need only $${qty(sig(needed, 3), "mol")}$ of $${fe}$).

The limiting reactant fixes the amount of product:

$$${ratioWorking(limiting.species, product, limiting.amount, nProduct)}$$

$$${molarMassEquation(product.formulaTex, product.formula)}$$

$$m = nM = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(expected, 3), "g")}$$`,
        },
        { ...base, given: [a.given, b.given], product: productIndex, asked: "product-mass", expected, rounding },
        "g",
      );
    }

    const fromIndex = r.pick(variant === "reactant-mass" ? reaction.from.filter((i) => weighed(reaction.reactants[i])) : reaction.from);
    const productIndex = r.pick(variant === "percentage-yield" ? reaction.isolated : reaction.to);
    const product = reaction.products[productIndex] as Species;
    const given = measure(r, reaction, fromIndex);
    const X = given.species;
    const fx = ce(X.formulaTex);
    const fp = ce(product.formulaTex);
    const mX = molarMassText(X.formula);
    const mP = molarMassText(product.formula);
    const nProduct = (given.amount * product.coefficient) / X.coefficient;
    const theoretical = nProduct * molarMass(product.formula);
    const massNote = atomicMassNote("mass" in given.given ? [X.formula, product.formula] : [product.formula]);
    const molarMassLine = String.raw`$$${"mass" in given.given || variant === "reactant-mass" ? String.raw`${molarMassEquation(X.formulaTex, X.formula)}, \quad ` : ""}${molarMassEquation(product.formulaTex, product.formula)}$$`;

    if (variant === "reactant-mass") {
      // The target mass is what a round amount of X would give, then rounded to 3 s.f. as data.
      const target = roundSig(theoretical, 3);
      const nP = target / molarMass(product.formula);
      const nX = (nP * X.coefficient) / product.coefficient;
      const expected = nX * molarMass(X.formula);
      return numericQuestion(
        reactingMasses,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${reaction.intro}

${equation}

Calculate the minimum mass, in g, of ${X.name} needed to produce $${qty(sig(target, 3), "g")}$ of ${product.name}${excessText(reaction, [fromIndex])}.${complete} ${atomicMassNote([X.formula, product.formula])} Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$n(${fp}) = \frac{${sig(target, 3)}}{${mP}} = ${qty(sig(nP, 4), "mol")}$`,
              keywords: [sigPlain(nP, 3), mP],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Mole ratio: $${ratioWorking(product, X, nP, nX)}$`,
              keywords: [sigPlain(nX, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$m = ${sig(nX, 4)} \times ${mX} = ${qty(sig(expected, 3), "g")}$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`${molarMassLine}

Amount of product wanted: $n(${fp}) = \frac{m}{M} = \frac{${sig(target, 3)}}{${mP}} = ${qty(sig(nP, 4), "mol")}$.

From the equation, the mole ratio $${fx} : ${fp}$ is $${X.coefficient} : ${product.coefficient}$:

$$${ratioWorking(product, X, nP, nX)}$$

$$m(${fx}) = nM = ${sig(nX, 4)} \times ${mX} = ${qty(sig(expected, 3), "g")}$$`,
        },
        { ...base, given: [], product: productIndex, asked: { reactantMassFor: { reactant: fromIndex, productMass: target } }, expected, rounding },
        "g",
      );
    }

    if (variant === "percentage-yield") {
      const actual = drawUntil(
        () => roundSig(theoretical * (r.int(350, 960) / 1000), 3),
        (m) => m < theoretical * 0.97,
      );
      const expected = (actual / theoretical) * 100;
      return numericQuestion(
        reactingMasses,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${reaction.intro}

${equation}

In an experiment, ${given.text} ${excessText(reaction, [fromIndex]) ? `reacts${excessText(reaction, [fromIndex])}` : "is used"} and $${qty(sig(actual, 3), "g")}$ of ${product.name} is obtained. ${massNote}

Calculate the percentage yield of ${product.name}. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`$${given.working}$`,
              keywords: [sigPlain(given.amount, 3), ...("mass" in given.given ? [mX] : [])],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Theoretical yield: $${ratioWorking(X, product, given.amount, nProduct)}$, $m = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(theoretical, 4), "g")}$`,
              keywords: [sigPlain(theoretical, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`Percentage yield $= \frac{${sig(actual, 3)}}{${sig(theoretical, 4)}} \times 100 = ${sig(expected, 3)}\%$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`${molarMassLine}

$$${given.working}$$

From the equation, the mole ratio $${fx} : ${fp}$ is $${X.coefficient} : ${product.coefficient}$, so the theoretical yield is

$$${ratioWorking(X, product, given.amount, nProduct)}, \quad m = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(theoretical, 4), "g")}$$

$$\text{percentage yield} = \frac{\text{experimental yield}}{\text{theoretical yield}} \times 100 = \frac{${sig(actual, 3)}}{${sig(theoretical, 4)}} \times 100 = ${sig(expected, 3)}\%$$`,
        },
        { ...base, given: [given.given], product: productIndex, asked: { percentageYieldFromActualMass: actual }, expected, rounding },
        "%",
      );
    }

    const expected = theoretical;
    return numericQuestion(
      reactingMasses,
      seed,
      {
        difficulty: 2,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${reaction.intro}

${equation}

Calculate the maximum mass, in g, of ${product.name} that can be obtained from ${given.text}${excessText(reaction, [fromIndex])}.${complete} ${atomicMassNote([X.formula, product.formula])} Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`$${given.working}$`,
            keywords: [sigPlain(given.amount, 3), ...("mass" in given.given ? [mX] : [])],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Mole ratio: $${ratioWorking(X, product, given.amount, nProduct)}$`,
            keywords: [sigPlain(nProduct, 3)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$m = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(expected, 3), "g")}$`,
            dependsOn: ["M1", "M2"],
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`${molarMassLine}

$$${given.working}$$

From the equation, the mole ratio $${fx} : ${fp}$ is $${X.coefficient} : ${product.coefficient}$:

$$${ratioWorking(X, product, given.amount, nProduct)}$$

$$m(${fp}) = nM = ${sig(nProduct, 4)} \times ${mP} = ${qty(sig(expected, 3), "g")}$$`,
      },
      { ...base, given: [given.given], product: productIndex, asked: "product-mass", expected, rounding },
      "g",
    );
  },
};
