import { numericQuestion } from "./build-question";
import { clean, num, qty } from "./latex-format";
import { nuclides } from "./nuclides";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

export const radioactiveDecay: QuestionGenerator = {
  id: "radioactive-decay",
  subject: "physics",
  topicCode: "E.3",
  levels: ["SL", "HL"],
  title: "Half-life: a whole number of half-lives",
  generate(seed) {
    const r = new SeededRandom(seed);
    const nuclide = r.pick(nuclides);
    const T = nuclide.halfLife;
    const k = r.int(2, 6);
    // A whole number times 2^k, so the remaining activity is a whole number of becquerels.
    const A0 = r.int(3, 60) * 2 ** k * r.pick([5, 10, 25, 100]);
    const A = A0 / 2 ** k;
    const elapsed = clean(k * T);
    const halvings = Array.from({ length: k + 1 }, (_, i) => num(A0 / 2 ** i)).join(String.raw` \to `);
    const sample = String.raw`A sample of ${nuclide.name} has an activity of $${qty(A0, "Bq")}$. The half-life of ${nuclide.name} is ${num(T)} ${nuclide.unit}.`;

    if (r.bool()) {
      return numericQuestion(
        radioactiveDecay,
        seed,
        {
          difficulty: 2,
          marks: 2,
          paper: "P2",
          commandTerm: "Determine",
          stem: String.raw`${sample}

Determine the activity of the sample after ${num(elapsed)} ${nuclide.unit}.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`${num(elapsed)} ${nuclide.unit} is ${k} half-lives / $\frac{${num(elapsed)}}{${num(T)}} = ${k}$`,
              keywords: [String(k), "half-lives"],
            },
            { id: "p2", kind: "POINT", marks: 1, text: String.raw`Activity $= \frac{${num(A0)}}{2^{${k}}} = ${qty(A, "Bq")}$`, keywords: [String(A)] },
          ],
          workedSolution: String.raw`The time given is $\frac{${num(elapsed)}}{${num(T)}} = ${k}$ half-lives. In each half-life the activity halves:

$$${halvings}$$

So after ${num(elapsed)} ${nuclide.unit} the activity is $${qty(A, "Bq")}$.`,
        },
        { kind: "radioactive-decay", initial: A0, halfLife: T, asked: { remainingAfter: elapsed }, expected: A, rounding: { mode: "exact" } },
        "Bq",
      );
    }

    return numericQuestion(
      radioactiveDecay,
      seed,
      {
        difficulty: 2,
        marks: 2,
        paper: "P2",
        commandTerm: "Determine",
        stem: String.raw`${sample}

Determine the time taken for the activity to fall to $${qty(A, "Bq")}$. Give your answer in ${nuclide.unit}.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`$\frac{${num(A0)}}{${num(A)}} = ${2 ** k} = 2^{${k}}$, so ${k} half-lives`,
            keywords: [String(k), "half-lives"],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`Time $= ${k} \times ${num(T)} = ${num(elapsed)}$ ${nuclide.unit}`, keywords: [num(elapsed)] },
        ],
        workedSolution: String.raw`Halve the activity until it reaches $${qty(A, "Bq")}$:

$$${halvings}$$

That is ${k} halvings, so ${k} half-lives: $t = ${k} \times ${num(T)} = ${num(elapsed)}$ ${nuclide.unit}.`,
      },
      { kind: "radioactive-decay", initial: A0, halfLife: T, asked: { timeToReach: A }, expected: elapsed, rounding: { mode: "exact" } },
      nuclide.unit,
    );
  },
};
