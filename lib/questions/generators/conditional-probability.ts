import { numericQuestion } from "./build-question";
import { num, roundDp, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

/** A: the first-stage event, B: the second; each text fills the tree-diagram story. */
const contexts = [
  {
    setup: "On any given day, the probability that it rains is",
    a: "it rains",
    notA: "it does not rain",
    b: "Sam is late for school",
    notB: "Sam is not late for school",
  },
  {
    setup: "In a factory, the proportion of components made by machine X is",
    a: "a component is made by machine X",
    notA: "it is made by machine Y",
    b: "the component is faulty",
    notB: "the component is not faulty",
  },
  {
    setup: "The proportion of people in a town who have a certain allergy is",
    a: "a person has the allergy",
    notA: "a person does not have the allergy",
    b: "a skin test is positive",
    notB: "the skin test is negative",
  },
  {
    setup: "The probability that Mia takes the bus to school is",
    a: "she takes the bus",
    notA: "she walks",
    b: "she arrives before 8 a.m.",
    notB: "she arrives after 8 a.m.",
  },
] as const;

export const conditionalProbability: QuestionGenerator = {
  id: "conditional-probability",
  subject: "math-aa",
  topicCode: "4.6",
  levels: ["SL", "HL"],
  title: "Conditional probability from a tree diagram",
  generate(seed) {
    const r = new SeededRandom(seed);
    const c = r.pick(contexts);
    const pA = r.decimal(0.05, 0.6, 0.05);
    const pBGivenA = r.decimal(0.1, 0.95, 0.01);
    let pBGivenNotA = r.decimal(0.05, 0.9, 0.01);
    while (pBGivenNotA === pBGivenA) pBGivenNotA = r.decimal(0.05, 0.9, 0.01);
    const asked = r.pick(["A|B", "A|notB"] as const);
    const pNotA = roundDp(1 - pA, 2);
    const joint = asked === "A|B" ? pA * pBGivenA : pA * (1 - pBGivenA);
    const other = asked === "A|B" ? pNotA * pBGivenNotA : pNotA * (1 - pBGivenNotA);
    const total = joint + other;
    const expected = joint / total;
    const given = asked === "A|B" ? c.b : c.notB;
    const bSym = asked === "A|B" ? "B" : "B'";
    const qA = asked === "A|B" ? pBGivenA : roundDp(1 - pBGivenA, 2);
    const qNotA = asked === "A|B" ? pBGivenNotA : roundDp(1 - pBGivenNotA, 2);

    return numericQuestion(
      conditionalProbability,
      seed,
      {
        difficulty: asked === "A|B" ? 3 : 4,
        marks: 5,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`${c.setup} $${num(pA)}$. If ${c.a}, the probability that ${c.b} is $${num(pBGivenA)}$; if ${c.notA}, the probability that ${c.b} is $${num(pBGivenNotA)}$.

Let $A$ be the event that ${c.a} and $B$ the event that ${c.b}.

Given that ${given}, find the probability that ${c.a}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Uses a tree diagram / multiplies along branches: $P(A \cap ${bSym}) = ${num(pA)} \times ${num(qA)}$`,
            keywords: [num(roundDp(joint, 6))],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Adds the two branches for $P(${bSym})$: $${num(pA)} \times ${num(qA)} + ${num(pNotA)} \times ${num(qNotA)}$`,
            keywords: [num(pNotA)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$P(${bSym}) = ${num(roundDp(total, 6))}$`, dependsOn: ["M2"], keywords: [num(roundDp(total, 4))] },
          {
            id: "M3",
            kind: "M",
            marks: 1,
            text: String.raw`Uses $P(A \mid ${bSym}) = \frac{P(A \cap ${bSym})}{P(${bSym})}$: $\frac{${num(roundDp(joint, 6))}}{${num(roundDp(total, 6))}}$`,
            keywords: ["P(A|B)"],
          },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$P(A \mid ${bSym}) = ${sig(expected, 3)}$`, dependsOn: ["M3"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Draw a tree diagram: first branch $A$ ($${num(pA)}$) or $A'$ ($${num(pNotA)}$), then $B$ or $B'$ on each.

$$P(A \cap ${bSym}) = ${num(pA)} \times ${num(qA)} = ${num(roundDp(joint, 6))}$$
$$P(${bSym}) = ${num(pA)} \times ${num(qA)} + ${num(pNotA)} \times ${num(qNotA)} = ${num(roundDp(total, 6))}$$

The question tells us ${given}, so we restrict to the branches ending in $${bSym}$:

$$P(A \mid ${bSym}) = \frac{P(A \cap ${bSym})}{P(${bSym})} = \frac{${num(roundDp(joint, 6))}}{${num(roundDp(total, 6))}} = ${sig(expected, 6)} \approx ${sig(expected, 3)}$$`,
      },
      { kind: "conditional-probability", pA, pBGivenA, pBGivenNotA, asked, expected, rounding: { mode: "sigFigs", digits: 3 } },
    );
  },
};
