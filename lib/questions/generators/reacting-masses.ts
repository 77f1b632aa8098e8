import { numericQuestion } from "./build-question";
import type { GivenAmount } from "./chemistry-check";
import { atomicMassNote, ce, chemUnits, drawUntil, molarMass, molarMassEquation, molarMassText, sideTex } from "./chemistry-format";
import { qty, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";
import { reactions, weighed, type Reaction, type Species } from "./reacting-masses-reactions";

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
