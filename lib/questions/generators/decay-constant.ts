import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain } from "./latex-format";
import { nuclides } from "./nuclides";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

export const decayConstant: QuestionGenerator = {
  id: "decay-constant",
  subject: "physics",
  topicCode: "E.3.AHL",
  levels: ["HL"],
  title: "Exponential decay with the decay constant",
  generate(seed) {
    const r = new SeededRandom(seed);
    const nuclide = r.pick(nuclides);
    const T = nuclide.halfLife;
    const lambda = Math.LN2 / T;
    const A0 = r.int(12, 990) * 10 ** r.int(1, 4);
    const u = nuclide.unit;
    const lambdaLine = String.raw`\lambda = \frac{\ln 2}{T_{1/2}} = \frac{\ln 2}{${num(T)}} = ${sig(lambda, 4)}\ \text{${u}}^{-1}`;
    const sample = String.raw`A sample of ${nuclide.name} has an initial activity of $${qty(A0, "Bq")}$. The half-life of ${nuclide.name} is ${num(T)} ${u}.`;

    if (r.bool()) {
      const t = Number((T * r.decimal(0.3, 6, 0.05)).toPrecision(3));
      const expected = A0 * Math.exp(-lambda * t);
      return numericQuestion(
        decayConstant,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${sample}

Calculate the activity of the sample after ${num(t)} ${u}. Give your answer to 3 significant figures.`,
          markscheme: [
            { id: "p1", kind: "POINT", marks: 1, text: String.raw`$${lambdaLine}$`, keywords: [sigPlain(lambda, 3)] },
            {
              id: "p2",
              kind: "POINT",
              marks: 1,
              text: String.raw`Uses $A = A_0e^{-\lambda t}$: $A = ${num(A0)}e^{-${sig(lambda, 4)} \times ${num(t)}}$`,
              keywords: ["e^"],
            },
            { id: "p3", kind: "POINT", marks: 1, text: String.raw`$A = ${qty(sig(expected, 3), "Bq")}$`, keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`The decay constant, in ${u}$^{-1}$ so that the time can stay in ${u}: $${lambdaLine}$.

$$A = A_0e^{-\lambda t} = ${num(A0)} \times e^{-${sig(lambda, 4)} \times ${num(t)}} = ${qty(sig(expected, 3), "Bq")}$$`,
        },
        { kind: "radioactive-decay", initial: A0, halfLife: T, asked: { remainingAfter: t }, expected, rounding },
        "Bq",
      );
    }

    const A = Number((A0 * r.decimal(0.02, 0.9, 0.01)).toPrecision(3));
    const expected = Math.log(A0 / A) / lambda;
    return numericQuestion(
      decayConstant,
      seed,
      {
        difficulty: 4,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${sample}

Calculate the time taken for the activity to fall to $${qty(A, "Bq")}$. Give your answer in ${u}, to 3 significant figures.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$${lambdaLine}$`, keywords: [sigPlain(lambda, 3)] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`$${num(A)} = ${num(A0)}e^{-\lambda t}$ so $t = \frac{1}{\lambda}\ln\frac{${num(A0)}}{${num(A)}}$`,
            keywords: ["ln"],
          },
          { id: "p3", kind: "POINT", marks: 1, text: String.raw`$t = ${sig(expected, 3)}$ ${u}`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`First the decay constant: $${lambdaLine}$.

Take natural logarithms of $A = A_0e^{-\lambda t}$:

$$t = \frac{1}{\lambda}\ln\frac{A_0}{A} = \frac{1}{${sig(lambda, 4)}}\ln\frac{${num(A0)}}{${num(A)}} = ${sig(expected, 3)}\ \text{${u}}$$`,
      },
      { kind: "radioactive-decay", initial: A0, halfLife: T, asked: { timeToReach: A }, expected, rounding },
      u,
    );
  },
};
