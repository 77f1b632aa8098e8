import { numericQuestion } from "./build-question";
import { num, paren } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

export const arithmeticSequence: QuestionGenerator = {
  id: "arithmetic-sequence",
  subject: "math-aa",
  topicCode: "1.2",
  levels: ["SL", "HL"],
  title: "Arithmetic sequence from two terms: a later term or a sum",
  generate(seed) {
    const r = new SeededRandom(seed);
    const u1 = r.int(-20, 40);
    const d = r.nonZeroInt(-7, 9);
    const i = r.int(2, 6);
    const j = i + r.int(2, 7);
    const n = r.int(j + 3, 40);
    const asked = r.pick(["term", "sum"] as const);
    const ui = u1 + (i - 1) * d;
    const uj = u1 + (j - 1) * d;
    const un = u1 + (n - 1) * d;
    const sn = (n / 2) * (2 * u1 + (n - 1) * d);
    const expected = asked === "term" ? un : sn;
    const target = asked === "term" ? String.raw`Find $u_{${n}}$.` : String.raw`Find $S_{${n}}$, the sum of the first ${n} terms.`;
    const finalLine =
      asked === "term"
        ? String.raw`u_{${n}} = u_1 + ${n - 1}d = ${num(u1)} + ${n - 1} \times ${paren(d)} = ${un}`
        : String.raw`S_{${n}} = \frac{${n}}{2}\left(2 \times ${paren(u1)} + ${n - 1} \times ${paren(d)}\right) = ${sn}`;

    return numericQuestion(
      arithmeticSequence,
      seed,
      {
        difficulty: asked === "term" ? 2 : 3,
        marks: 5,
        paper: "P1",
        commandTerm: "Find",
        stem: String.raw`In an arithmetic sequence, $u_{${i}} = ${ui}$ and $u_{${j}} = ${uj}$.

${target}`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Sets up two equations / uses the difference between the terms: $u_1 + ${i - 1}d = ${ui}$, $u_1 + ${j - 1}d = ${uj}$ / $${j - i}d = ${uj - ui}$`,
            keywords: [String(j - i), String(uj - ui)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$d = ${d}$`, dependsOn: ["M1"], keywords: [String(d)] },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$u_1 = ${u1}$`, dependsOn: ["M1"], keywords: [String(u1)] },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text:
              asked === "term"
                ? String.raw`Substitutes into $u_n = u_1 + (n-1)d$ with $n = ${n}$.`
                : String.raw`Substitutes into $S_n = \frac{n}{2}\left(2u_1 + (n-1)d\right)$ with $n = ${n}$.`,
            keywords: [String(n)],
          },
          {
            id: "A3",
            kind: "A",
            marks: 1,
            text: String.raw`$${asked === "term" ? `u_{${n}}` : `S_{${n}}`} = ${expected}$`,
            dependsOn: ["M2"],
            keywords: [String(expected)],
          },
        ],
        workedSolution: String.raw`Going from $u_{${i}}$ to $u_{${j}}$ adds the common difference $${j - i}$ times:

$$${j - i}d = ${uj} - ${paren(ui)} = ${uj - ui} \quad\Rightarrow\quad d = ${d}$$

Then $u_{${i}} = u_1 + ${i - 1}d$ gives $u_1 = ${ui} - ${i - 1} \times ${paren(d)} = ${u1}$.

$$${finalLine}$$`,
      },
      {
        kind: "arithmetic-sequence",
        knownTerms: [
          { index: i, value: ui },
          { index: j, value: uj },
        ],
        n,
        asked,
        expected,
        rounding: { mode: "exact" },
      },
    );
  },
};
