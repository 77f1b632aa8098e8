import { numericQuestion } from "./build-question";
import { ce, chemUnits, coefficientTex, drawUntil } from "./chemistry-format";
import { qty, roundSig, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

type Species = { tex: string; state: string; nu: number };
type Reaction = { species: Species[]; context: string; Kc: [number, number] };

const sp = (tex: string, state: string, nu: number): Species => ({ tex, state, nu });

/**
 * Homogeneous equilibria (negative coefficients are reactants). `Kc` is the range of values the questions
 * use, typical of the reaction at the temperature named in `context`.
 */
const reactions: Reaction[] = [
  { species: [sp("H_2", "g", -1), sp("I_2", "g", -1), sp("HI", "g", 2)], context: "at 700 K", Kc: [20, 80] },
  { species: [sp("N_2", "g", -1), sp("H_2", "g", -3), sp("NH_3", "g", 2)], context: "at 750 K", Kc: [0.05, 5] },
  { species: [sp("SO_2", "g", -2), sp("O_2", "g", -1), sp("SO_3", "g", 2)], context: "at 1000 K", Kc: [50, 500] },
  { species: [sp("N_2O_4", "g", -1), sp("NO_2", "g", 2)], context: "at 400 K", Kc: [0.2, 5] },
  {
    species: [sp("CH_3COOH", "l", -1), sp("C_2H_5OH", "l", -1), sp("CH_3COOC_2H_5", "l", 1), sp("H_2O", "l", 1)],
    context: "at 298 K",
    Kc: [2, 6],
  },
  { species: [sp("CO", "g", -1), sp("H_2O", "g", -1), sp("CO_2", "g", 1), sp("H_2", "g", 1)], context: "at 1100 K", Kc: [0.5, 5] },
  { species: [sp("PCl_5", "g", -1), sp("PCl_3", "g", 1), sp("Cl_2", "g", 1)], context: "at 500 K", Kc: [0.02, 2] },
  { species: [sp("CO", "g", -1), sp("H_2", "g", -2), sp("CH_3OH", "g", 1)], context: "at 500 K", Kc: [2, 50] },
  { species: [sp("NO", "g", -2), sp("O_2", "g", -1), sp("NO_2", "g", 2)], context: "at 600 K", Kc: [20, 800] },
  { species: [sp("HI", "g", -2), sp("H_2", "g", 1), sp("I_2", "g", 1)], context: "at 700 K", Kc: [0.0125, 0.05] },
  { species: [sp("CH_4", "g", -1), sp("H_2O", "g", -1), sp("CO", "g", 1), sp("H_2", "g", 3)], context: "at 1000 K", Kc: [0.5, 10] },
];

const rounding = { mode: "sigFigs", digits: 3 } as const;
const conc = chemUnits.concentration;
const f = (s: Species) => ce(s.tex);
const bracket = (s: Species, power = true) => String.raw`[${f(s)}]${power && Math.abs(s.nu) !== 1 ? `^{${Math.abs(s.nu)}}` : ""}`;
const equationTex = (rx: Reaction) => {
  const side = (list: Species[]) => list.map((s) => `${coefficientTex(Math.abs(s.nu))}${ce(`${s.tex}(${s.state})`)}`).join(" + ");
  return String.raw`${side(rx.species.filter((s) => s.nu < 0))} \rightleftharpoons ${side(rx.species.filter((s) => s.nu > 0))}`;
};
const expressionTex = (rx: Reaction) => {
  const part = (list: Species[]) => list.map((s) => bracket(s)).join("");
  return String.raw`K_c = \frac{${part(rx.species.filter((s) => s.nu > 0))}}{${part(rx.species.filter((s) => s.nu < 0))}}`;
};
/** The expression with numbers: \frac{(0.500)^2}{(0.250)(0.100)}. */
const substitutedTex = (rx: Reaction, c: number[]) => {
  const part = (sign: number) =>
    rx.species
      .map((s, i) => ({ s, v: c[i] as number }))
      .filter(({ s }) => Math.sign(s.nu) === sign)
      .map(({ s, v }) => `(${mid(v)})${Math.abs(s.nu) === 1 ? "" : `^{${Math.abs(s.nu)}}`}`)
      .join(" ");
  return String.raw`\frac{${part(1)}}{${part(-1)}}`;
};
const kc = (rx: Reaction, c: number[]) => rx.species.reduce((q, s, i) => q * (c[i] as number) ** s.nu, 1);

/** An intermediate value: 4 s.f. when the fourth figure matters, otherwise 3 ("1.246" but "0.240"). */
const mid = (x: number) => (roundSig(x, 4) === roundSig(x, 3) ? sig(x, 3) : sig(x, 4));
/** "a, b and c". */
const list = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

/** A value to 3 s.f., uniform in [lo, hi]. */
const draw3sf = (r: SeededRandom, lo: number, hi: number) => roundSig(lo + ((hi - lo) * r.int(0, 10_000)) / 10_000, 3);
/** A value to 3 s.f., uniform on a log scale in [lo, hi]. */
const drawLog = (r: SeededRandom, lo: number, hi: number) => roundSig(10 ** (Math.log10(lo) + (Math.log10(hi / lo) * r.int(0, 10_000)) / 10_000), 3);

export const equilibriumConstant: QuestionGenerator = {
  id: "equilibrium-constant",
  subject: "chemistry",
  topicCode: "R2.3H",
  levels: ["HL"],
  title: "Equilibrium constant Kc: from equilibrium amounts, ICE tables, and equilibrium concentrations from Kc",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["from-equilibrium", "ice", "missing-concentration", "ice-solve"] as const);
    const rx = r.pick(
      variant === "ice-solve"
        ? // Equal moles on each side and equal starting amounts make the equilibrium law a perfect square.
          reactions.filter((x) => x.species.reduce((sum, s) => sum + s.nu, 0) === 0)
        : reactions,
    );
    const equation = String.raw`$$${equationTex(rx)}$$`;
    const expression = expressionTex(rx);
    const names = rx.species.map((s) => `$${f(s)}$`);
    const inAVessel = (V: number) => String.raw`a sealed vessel of volume $${qty(sig(V, 3), chemUnits.dm3)}$`;

    if (variant === "missing-concentration") {
      const { c, K, k } = drawUntil(
        () => {
          const c = rx.species.map(() => draw3sf(r, 0.05, 2));
          const K = roundSig(kc(rx, c), 3);
          return { c, K, k: r.int(0, rx.species.length - 1) };
        },
        ({ K }) => K >= rx.Kc[0] / 3 && K <= rx.Kc[1] * 3,
      );
      const unknown = rx.species[k]!;
      // [X]^ν = Kc / (product of the others' terms), ν signed.
      const othersQ = rx.species.reduce((q, s, i) => (i === k ? q : q * (c[i] as number) ** s.nu), 1);
      const expected = (K / othersQ) ** (1 / unknown.nu);
      const given = rx.species
        .map((s, i) => ({ s, i }))
        .filter(({ i }) => i !== k)
        .map(({ s, i }) => String.raw`$${bracket(s, false)} = ${qty(sig(c[i] as number, 3), conc)}$`);
      const power = Math.abs(unknown.nu);
      // The rearranged law, with brackets (symbolic) or with the given numbers (numeric).
      const rearrange = (term: (sp2: Species, i: number) => string, K: string) => {
        const others = (sign: number) =>
          rx.species
            .map((sp2, i) => ({ sp2, i }))
            .filter(({ sp2, i }) => i !== k && Math.sign(sp2.nu) === sign)
            .map(({ sp2, i }) => term(sp2, i))
            .join(K === "K_c" ? "" : String.raw` \times `);
        const join = (a: string, b: string) => (b ? (K === "K_c" ? `${a}${b}` : String.raw`${a} \times ${b}`) : a);
        return unknown.nu > 0
          ? others(1)
            ? String.raw`\frac{${join(K, others(-1))}}{${others(1)}}`
            : join(K, others(-1))
          : String.raw`\frac{${others(1)}}{${join(K, others(-1))}}`;
      };
      const rearranged = String.raw`${bracket(unknown)} = ${rearrange((sp2) => bracket(sp2), "K_c")}`;
      const numeric = rearrange((sp2, i) => (Math.abs(sp2.nu) === 1 ? sig(c[i] as number, 3) : `(${sig(c[i] as number, 3)})^{${Math.abs(sp2.nu)}}`), sig(K, 3));
      const raised = expected ** power;
      return numericQuestion(
        equilibriumConstant,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`Consider the equilibrium ${rx.context}:

${equation}

$K_c = ${sig(K, 3)}$ ${rx.context}. In an equilibrium mixture, ${list(given)}.

Calculate the equilibrium concentration of $${f(unknown)}$, in $\mathrm{mol\,dm^{-3}}$. Give your answer to 3 significant figures.`,
          markscheme: [
            { id: "M1", kind: "M", marks: 1, text: String.raw`$${expression}$`, keywords: ["Kc"] },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Rearranges: $${rearranged} = ${sig(raised, 4)}$`,
              keywords: [sigPlain(raised, 3)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$${bracket(unknown, false)} = ${qty(sig(expected, 3), conc)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`Write the equilibrium law for the equation and make the unknown concentration the subject:

$$${expression} \quad\Rightarrow\quad ${rearranged}$$

Substituting the values:

$$${bracket(unknown)} = ${numeric} = ${sig(raised, 4)}${power === 1 ? "" : String.raw` \quad\Rightarrow\quad ${bracket(unknown, false)} = ${power === 2 ? String.raw`\sqrt{${sig(raised, 4)}}` : String.raw`\sqrt[${power}]{${sig(raised, 4)}}`}`} = ${qty(sig(expected, 3), conc)}$$

Check: substituting all the concentrations back into the expression gives $K_c \approx ${sig(K, 3)}$.`,
        },
        {
          kind: "equilibrium",
          volumeDm3: 1,
          species: rx.species.map((s, i) => ({ coefficient: s.nu, initial: null, equilibrium: i === k ? null : (c[i] as number) })),
          asked: { equilibriumAmountOf: k, Kc: K },
          expected,
          rounding,
        },
        "mol dm^-3",
      );
    }

    if (variant === "ice-solve") {
      const reactants = rx.species.map((s, i) => ({ s, i })).filter(({ s }) => s.nu < 0);
      const V = r.pick([1, 2, 2.5, 5, 10]);
      const a = draw3sf(r, 0.2, 3);
      const K = drawLog(r, rx.Kc[0], rx.Kc[1]);
      const root = Math.sqrt(K);
      // With equal starting amounts the equilibrium law is a perfect square: take the square root of both sides.
      const single = reactants.length === 1; // 2HI ⇌ H2 + I2
      const productNu = rx.species.find((s) => s.nu > 0)!.nu;
      // x: the extent (mol of equation) at equilibrium.
      const x = single ? (a * root) / (1 + 2 * root) : productNu === 2 ? (a * root) / (2 + root) : (a * root) / (1 + root);
      const asked = r.pick(rx.species.map((_, i) => i));
      const target = rx.species[asked]!;
      const initial = rx.species.map((s) => (s.nu < 0 ? a : 0));
      const equilibriumAmounts = rx.species.map((s, i) => (initial[i] as number) + s.nu * x);
      const expected = equilibriumAmounts[asked] as number;
      const start = single
        ? String.raw`$${qty(sig(a, 3), "mol")}$ of $${f(reactants[0]!.s)}$`
        : String.raw`$${qty(sig(a, 3), "mol")}$ each of ${reactants.map(({ s }) => `$${f(s)}$`).join(" and ")}`;
      const iceRow = (label: string, values: string[]) => `| ${label} | ${values.join(" | ")} |`;
      const changeText = rx.species.map((s) => (s.nu < 0 ? `$-${Math.abs(s.nu) === 1 ? "" : Math.abs(s.nu)}x$` : `$+${s.nu === 1 ? "" : s.nu}x$`));
      const eqText = rx.species.map((s) => (s.nu < 0 ? `$${sig(a, 3)} - ${Math.abs(s.nu) === 1 ? "" : Math.abs(s.nu)}x$` : `$${s.nu === 1 ? "" : s.nu}x$`));
      const squareLine = single
        ? String.raw`K_c = \frac{x^2}{(${sig(a, 3)} - 2x)^2} \quad\Rightarrow\quad \sqrt{K_c} = \frac{x}{${sig(a, 3)} - 2x}`
        : productNu === 2
          ? String.raw`K_c = \frac{(2x)^2}{(${sig(a, 3)} - x)^2} \quad\Rightarrow\quad \sqrt{K_c} = \frac{2x}{${sig(a, 3)} - x}`
          : String.raw`K_c = \frac{x^2}{(${sig(a, 3)} - x)^2} \quad\Rightarrow\quad \sqrt{K_c} = \frac{x}{${sig(a, 3)} - x}`;
      return numericQuestion(
        equilibriumConstant,
        seed,
        {
          difficulty: 5,
          marks: 4,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`${start} ${single ? "is" : "are"} placed in ${inAVessel(V)} and allowed to reach equilibrium ${rx.context}:

${equation}

$K_c = ${sig(K, 3)}$ ${rx.context}. Determine the amount, in mol, of $${f(target)}$ in the equilibrium mixture. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`ICE table with equilibrium amounts ${rx.species.map((s, i) => `$${f(s)}$: ${eqText[i]}`).join(", ")}`,
              keywords: ["ICE", "x"],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Volumes cancel «equal numbers of moles on each side»: $${squareLine}$ / uses the quadratic formula`,
              keywords: [sig(root, 3)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$x = ${sig(x, 4)}$ «mol»`, dependsOn: ["M2"], keywords: [sigPlain(x, 3)] },
            {
              id: "A2",
              kind: "A",
              marks: 1,
              text: String.raw`$n(${f(target)}) = ${qty(sig(expected, 3), "mol")}$`,
              dependsOn: ["M1", "A1"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`Let ${single ? String.raw`$x$ mol of $${f(rx.species.find((s) => s.nu > 0)!)}$ form (using up $2x$ mol of $${f(reactants[0]!.s)}$)` : String.raw`$x$ mol of each reactant react`}. Amounts in mol:

| | ${names.join(" | ")} |
|---|${rx.species.map(() => "---").join("|")}|
${iceRow(
  "Initial",
  initial.map((v) => `$${v === 0 ? "0" : sig(v, 3)}$`),
)}
${iceRow("Change", changeText)}
${iceRow("Equilibrium", eqText)}

The total amount is the same on both sides of the equation, so the volume cancels from $K_c$ and amounts can be used directly. Both sides are perfect squares:

$$${squareLine}$$

$$${sig(root, 4)} = ${single ? String.raw`\frac{x}{${sig(a, 3)} - 2x}` : productNu === 2 ? String.raw`\frac{2x}{${sig(a, 3)} - x}` : String.raw`\frac{x}{${sig(a, 3)} - x}`} \quad\Rightarrow\quad x = ${sig(x, 4)}$$

$$n(${f(target)}) = ${eqText[asked]!.replace(/\$/g, "")} = ${qty(sig(expected, 3), "mol")}$$`,
        },
        {
          kind: "equilibrium",
          volumeDm3: V,
          species: rx.species.map((s, i) => ({ coefficient: s.nu, initial: initial[i] as number, equilibrium: null })),
          asked: { equilibriumAmountOf: asked, Kc: K },
          expected,
          rounding,
        },
        "mol",
      );
    }

    // Kc from amounts: draw a starting mixture and how far it goes, keeping every amount clearly positive and
    // Kc in the reaction's usual range.
    const V = r.pick([1, 2, 2.5, 5, 10, 0.5]);
    const { initial, eqAmounts } = drawUntil(
      () => {
        const initial = rx.species.map((s) => (s.nu < 0 ? draw3sf(r, 0.2, 3) : r.int(0, 3) === 0 ? draw3sf(r, 0.1, 1) : 0));
        const maxExtent = Math.min(...rx.species.filter((s) => s.nu < 0).map((s) => (initial[rx.species.indexOf(s)] as number) / -s.nu));
        const x = (maxExtent * r.int(15, 85)) / 100;
        const eqAmounts = rx.species.map((s, i) => roundSig((initial[i] as number) + s.nu * x, 3));
        return { initial, eqAmounts };
      },
      ({ eqAmounts }) => {
        if (eqAmounts.some((n) => n < 0.02)) return false;
        const K = kc(
          rx,
          eqAmounts.map((n) => n / V),
        );
        return K >= rx.Kc[0] / 10 && K <= rx.Kc[1] * 10;
      },
    );

    if (variant === "from-equilibrium") {
      const c = eqAmounts.map((n) => n / V);
      const expected = kc(rx, c);
      return numericQuestion(
        equilibriumConstant,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`A mixture reaches equilibrium in ${inAVessel(V)} ${rx.context}:

${equation}

The equilibrium mixture contains ${list(rx.species.map((s, i) => String.raw`$${qty(sig(eqAmounts[i] as number, 3), "mol")}$ of $${f(s)}$`))}.

Calculate the value of $K_c$ ${rx.context}. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Equilibrium concentrations $= n / ${sig(V, 3)}$: ${rx.species.map((s, i) => String.raw`$${bracket(s, false)} = ${mid(c[i] as number)}$`).join(", ")}`,
              keywords: c.slice(0, 3).map((v) => sigPlain(v, 3)),
            },
            { id: "M2", kind: "M", marks: 1, text: String.raw`$${expression} = ${substitutedTex(rx, c)}$`, keywords: ["Kc"] },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$K_c = ${sig(expected, 3)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`$K_c$ uses equilibrium concentrations, so divide each amount by the volume, $${qty(sig(V, 3), chemUnits.dm3)}$:

${rx.species.map((s, i) => String.raw`- $${bracket(s, false)} = \frac{${sig(eqAmounts[i] as number, 3)}}{${sig(V, 3)}} = ${qty(sig(c[i] as number, 3), conc)}$`).join("\n")}

$$${expression} = ${substitutedTex(rx, c)} = ${sig(expected, 3)}$$`,
        },
        {
          kind: "equilibrium",
          volumeDm3: V,
          species: rx.species.map((s, i) => ({ coefficient: s.nu, initial: null, equilibrium: eqAmounts[i] as number })),
          asked: "Kc",
          expected,
          rounding,
        },
      );
    }

    // ICE: the initial amounts and the equilibrium amount of one species; the rest follow from the stoichiometry.
    const measured = r.pick(rx.species.map((_, i) => i));
    const ms = rx.species[measured]!;
    const x = ((eqAmounts[measured] as number) - (initial[measured] as number)) / ms.nu;
    const amounts = rx.species.map((s, i) => (initial[i] as number) + s.nu * x);
    const c = amounts.map((n) => n / V);
    const expected = kc(rx, c);
    const startText = rx.species
      .map((s, i) => ({ s, n: initial[i] as number }))
      .filter(({ n }) => n > 0)
      .map(({ s, n }) => String.raw`$${qty(sig(n, 3), "mol")}$ of $${f(s)}$`);
    const changes = rx.species.map((s) => {
      const d = s.nu * x;
      return `$${d >= 0 ? "+" : ""}${sig(d, 3)}$`;
    });
    return numericQuestion(
      equilibriumConstant,
      seed,
      {
        difficulty: 4,
        marks: 4,
        paper: "P2",
        commandTerm: "Determine",
        stem: String.raw`${list(startText)} ${rx.species.filter((_, i) => (initial[i] as number) > 0).length === 1 ? "is" : "are"} placed in ${inAVessel(V)} and allowed to reach equilibrium ${rx.context}:

${equation}

At equilibrium the vessel contains $${qty(sig(eqAmounts[measured] as number, 3), "mol")}$ of $${f(ms)}$.

Determine the value of $K_c$ ${rx.context}. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Change in $${f(ms)}$: $${sig(eqAmounts[measured] as number, 3)} - ${sig(initial[measured] as number, 3)} = ${sig((eqAmounts[measured] as number) - (initial[measured] as number), 3)}$ «mol», so the changes are ${rx.species.map((s, i) => `${changes[i]} for $${f(s)}$`).join(", ")}`,
            keywords: [sigPlain(Math.abs(x), 3)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Equilibrium amounts: ${rx.species.map((s, i) => String.raw`$${f(s)}$ ${sig(amounts[i] as number, 3)}`).join(", ")} «mol»`,
            keywords: amounts
              .filter((_, i) => i !== measured)
              .slice(0, 3)
              .map((v) => sigPlain(v, 3)),
          },
          {
            id: "M3",
            kind: "M",
            marks: 1,
            text: String.raw`Divides by $${sig(V, 3)}\,\mathrm{dm^3}$ and substitutes: $${expression} = ${substitutedTex(rx, c)}$`,
            keywords: ["Kc", sigPlain(c[0] as number, 3)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$K_c = ${sig(expected, 3)}$`,
            dependsOn: ["M1", "M2", "M3"],
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`Set up an ICE table in mol. The change in $${f(ms)}$ fixes all the other changes through the coefficients in the equation:

| | ${names.join(" | ")} |
|---|${rx.species.map(() => "---").join("|")}|
| Initial | ${initial.map((n) => `$${n === 0 ? "0" : sig(n, 3)}$`).join(" | ")} |
| Change | ${changes.join(" | ")} |
| Equilibrium | ${amounts.map((n) => `$${sig(n, 3)}$`).join(" | ")} |

Divide by the volume, $${qty(sig(V, 3), chemUnits.dm3)}$, for the equilibrium concentrations: ${rx.species.map((s, i) => String.raw`$${bracket(s, false)} = ${mid(c[i] as number)}$`).join(", ")} $\mathrm{mol\,dm^{-3}}$.

$$${expression} = ${substitutedTex(rx, c)} = ${sig(expected, 3)}$$`,
      },
      {
        kind: "equilibrium",
        volumeDm3: V,
        species: rx.species.map((s, i) => ({
          coefficient: s.nu,
          initial: initial[i] as number,
          equilibrium: i === measured ? (eqAmounts[measured] as number) : null,
        })),
        asked: "Kc",
        expected,
        rounding,
      },
    );
  },
};
