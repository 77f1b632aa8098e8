import { numericQuestion } from "./build-question";
import { ce, chemUnits, coefficientTex, drawUntil } from "./chemistry-format";
import { clean, qty } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";
import { cycles, type Equation, type Side } from "./hess-law-cycles";

const sideTex = (side: Side) => side.map(([n, s]) => `${coefficientTex(n)}${ce(s)}`).join(" + ");
const equationTex = (e: Equation) => String.raw`${sideTex(e.left)} \rightarrow ${sideTex(e.right)}`;
/** Signed coefficients by species, reactants negative: what the checker combines. */
const signed = (e: Equation): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [n, s] of e.left) out[s] = (out[s] ?? 0) - n;
  for (const [n, s] of e.right) out[s] = (out[s] ?? 0) + n;
  return out;
};
const scale = (e: Equation, k: number): Equation => ({ left: e.left.map(([n, s]) => [n * k, s]), right: e.right.map(([n, s]) => [n * k, s]) });
const kJ = (x: number) => (x > 0 ? `+${x}` : String(x));
const times = (k: number) => (k === 1 ? "" : `${k} \\times `);
const paren = (x: number) => (x < 0 ? `(${x})` : `(+${x})`);
/** "(-394) + 2 \times (-286) - (-891)": the data combined with their multiples. */
const combination = (terms: { use: number; dH: number }[], leading = false) =>
  terms
    .map((t, i) => {
      const body = `${times(Math.abs(t.use))}${paren(t.dH)}`;
      if (i === 0 && !leading) return t.use < 0 ? `-${body}` : body;
      return t.use < 0 ? ` - ${body}` : ` + ${body}`;
    })
    .join("");

/** Keywords for the manipulation mark: what the candidate has to do to the data equations. */
const manipulationWords = (uses: number[]) => {
  const words = [...(uses.some((x) => x < 0) ? ["reverse"] : []), ...(uses.some((x) => Math.abs(x) !== 1) ? ["multiply"] : [])];
  return words.length ? words : ["Hess", "add"];
};

/** How a step is used, in words: "reverse equation 3", "multiply equation 2 by 2". */
function usage(label: number, use: number): string {
  const k = Math.abs(use);
  if (use > 0) return k === 1 ? `use equation ${label} as written` : `multiply equation ${label} by ${k}`;
  return k === 1 ? `reverse equation ${label}` : `reverse equation ${label} and multiply it by ${k}`;
}

export const hessLaw: QuestionGenerator = {
  id: "hess-law",
  subject: "chemistry",
  topicCode: "R1.2",
  levels: ["SL", "HL"],
  title: "Hess's law: combining the enthalpy changes of given reactions",
  generate(seed) {
    const r = new SeededRandom(seed);
    const cycle = r.pick(cycles);
    // Present some data equations doubled (with a doubled ΔH) when they are used an even number of times.
    const typical = cycle.steps.reduce((sum, s, i) => sum + (cycle.uses[i] as number) * s.dH, 0);
    const shown = drawUntil(
      () =>
        cycle.steps.map((s, i) => {
          const use = cycle.uses[i] as number;
          const k = use % 2 === 0 && r.bool() ? 2 : 1;
          // Data vary by up to ±1% about the typical value, as results from different sources do.
          const dH = Math.round(k * s.dH * (1 + r.int(-10, 10) / 1000)) || k * s.dH;
          return { equation: scale(s, k), dH, use: use / k };
        }),
      // The varied data must keep the target's sign and a clearly non-zero value.
      (data) => {
        const total = data.reduce((sum, d) => sum + d.use * d.dH, 0);
        return Math.sign(total) === Math.sign(typical) && Math.abs(total) >= Math.min(10, Math.abs(typical) / 2);
      },
    );
    // The order in which the data are listed.
    const order = shown.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const listed = order.map((i) => shown[i]!);
    const label = (i: number) => order.indexOf(i) + 1;
    const targetTex = equationTex(cycle.target);
    const combined = shown.reduce((sum, s) => sum + s.use * s.dH, 0);
    const candidates = shown.map((_, i) => i).filter((i) => Math.abs(shown[i]!.use) === 1);
    const findStep = candidates.length > 0 && r.int(0, 2) === 0;

    if (!findStep) {
      const expected = combined;
      const table = listed.map((s, k) => `| ${k + 1} | $${equationTex(s.equation)}$ | $${kJ(s.dH)}$ |`).join("\n");
      const uses = shown.map((s, i) => ({ label: label(i), use: s.use, dH: s.dH })).sort((a, b) => a.label - b.label);
      const sum = combination(uses);
      return numericQuestion(
        hessLaw,
        seed,
        {
          difficulty: uses.length === 2 ? 2 : 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`Use the data below to determine the enthalpy change, in $\mathrm{kJ\,mol^{-1}}$, for the reaction

$$${targetTex}$$

| Equation | Reaction | $\Delta H$ / $\mathrm{kJ\,mol^{-1}}$ |
|---|---|---|
${table}`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: `Manipulates the equations correctly: ${uses.map((u) => usage(u.label, u.use)).join("; ")}`,
              keywords: manipulationWords(shown.map((x) => x.use)),
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Adds the enthalpy changes with the same changes of sign and multiples: $\Delta H = ${sum}$`,
              keywords: uses.map((u) => String(Math.abs(u.dH))).slice(0, 3),
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`$\Delta H = ${qty(kJ(expected), chemUnits.enthalpy)}$`,
              dependsOn: ["M1", "M2"],
              keywords: [String(expected)],
            },
          ],
          workedSolution: String.raw`By Hess's law the enthalpy change does not depend on the route, so the target equation can be built from the data equations, doing the same to each $\Delta H$: reversing an equation changes the sign of its $\Delta H$, and multiplying an equation multiplies its $\Delta H$.

${uses.map((u) => `- ${usage(u.label, u.use)[0]?.toUpperCase()}${usage(u.label, u.use).slice(1)}: $\\Delta H = ${kJ(u.use * u.dH)}\\,\\mathrm{kJ\\,mol^{-1}}$`).join("\n")}

Adding these equations, the species that appear on both sides cancel and leave $${targetTex}$:

$$\Delta H = ${sum} = ${qty(kJ(expected), chemUnits.enthalpy)}$$`,
        },
        {
          kind: "hess-cycle",
          steps: shown.map((s) => ({ equation: signed(s.equation), enthalpy: s.dH })),
          target: { equation: signed(cycle.target), enthalpy: null },
          expected,
          rounding: { mode: "exact" },
        },
        "kJ mol^-1",
      );
    }

    // The unknown is a data equation used once (reversed or not), so its ΔH is a whole number.
    const unknown = r.pick(candidates);
    const targetDH = combined;
    const u = shown[unknown]!;
    const expected = (targetDH - (combined - u.use * u.dH)) / u.use;
    const unknownLabel = label(unknown);
    const table = listed
      .map((s, k) => `| ${k + 1} | $${equationTex(s.equation)}$ | ${order[k] === unknown ? `$\\Delta H_{${k + 1}}$ = ?` : `$${kJ(s.dH)}$`} |`)
      .join("\n");
    const others = shown.map((s, i) => ({ label: label(i), use: s.use, dH: s.dH, i })).filter((s) => s.i !== unknown);
    const othersSum = combination(others, true);
    const rest = clean(others.reduce((sum, o) => sum + o.use * o.dH, 0));
    return numericQuestion(
      hessLaw,
      seed,
      {
        difficulty: 4,
        marks: 3,
        paper: "P2",
        commandTerm: "Determine",
        stem: String.raw`The enthalpy change for the reaction

$$${targetTex}$$

is $${qty(kJ(targetDH), chemUnits.enthalpy)}$. Use this value and the data below to determine $\Delta H_{${unknownLabel}}$, in $\mathrm{kJ\,mol^{-1}}$.

| Equation | Reaction | $\Delta H$ / $\mathrm{kJ\,mol^{-1}}$ |
|---|---|---|
${table}`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: `Combines the equations to give the target reaction: ${[...others, { label: unknownLabel, use: u.use }]
              .sort((a, b) => a.label - b.label)
              .map((o) => usage(o.label, o.use))
              .join("; ")}`,
            keywords: manipulationWords(shown.map((x) => x.use)),
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`$${kJ(targetDH)} = ${u.use < 0 ? "-" : ""}\Delta H_{${unknownLabel}}${othersSum}$`,
            keywords: [String(Math.abs(targetDH))],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$\Delta H_{${unknownLabel}} = ${qty(kJ(expected), chemUnits.enthalpy)}$`,
            dependsOn: ["M1", "M2"],
            keywords: [String(expected)],
          },
        ],
        workedSolution: String.raw`By Hess's law the target reaction's enthalpy change equals the sum of the enthalpy changes of any set of equations that adds up to it. To build the target: ${[
          ...others,
          { label: unknownLabel, use: u.use },
        ]
          .sort((a, b) => a.label - b.label)
          .map((o) => usage(o.label, o.use))
          .join("; ")}. So

$$\Delta H_{\text{target}} = ${u.use < 0 ? "-" : ""}\Delta H_{${unknownLabel}}${othersSum}$$

$$${kJ(targetDH)} = ${u.use < 0 ? "-" : ""}\Delta H_{${unknownLabel}} ${rest < 0 ? "-" : "+"} ${Math.abs(rest)}$$

$$\Delta H_{${unknownLabel}} = ${qty(kJ(expected), chemUnits.enthalpy)}$$`,
      },
      {
        kind: "hess-cycle",
        steps: shown.map((s, i) => ({ equation: signed(s.equation), enthalpy: i === unknown ? null : s.dH })),
        target: { equation: signed(cycle.target), enthalpy: targetDH },
        expected,
        rounding: { mode: "exact" },
      },
      "kJ mol^-1",
    );
  },
};
