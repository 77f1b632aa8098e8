import { numericQuestion } from "./build-question";
import { num, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const contexts = [
  (n: number, p: string) => `A biased coin lands heads with probability $${p}$. The coin is tossed ${n} times. Let $X$ be the number of heads.`,
  (n: number, p: string) =>
    `The probability that a seed of a certain plant germinates is $${p}$. ${n} of these seeds are planted. Let $X$ be the number of seeds that germinate.`,
  (n: number, p: string) =>
    `A basketball player scores each free throw with probability $${p}$, independently of other throws. She takes ${n} free throws. Let $X$ be the number she scores.`,
  (n: number, p: string) =>
    `On any school day the probability that a particular bus is late is $${p}$, independently of other days. Consider ${n} school days. Let $X$ be the number of days on which the bus is late.`,
];

function pmf(n: number, p: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c * p ** k * (1 - p) ** (n - k);
}

type Event = { lower: number; upper: number; words: string; notation: string; method: string; key: number };

function pickEvent(r: SeededRandom, n: number): Event {
  const k = r.int(1, n - 1);
  switch (r.int(0, 4)) {
    case 0:
      return { lower: k, upper: k, words: `exactly ${k}`, notation: String.raw`P(X = ${k})`, method: String.raw`P(X = ${k})`, key: k };
    case 1:
      return { lower: 0, upper: k, words: `at most ${k}`, notation: String.raw`P(X \leq ${k})`, method: String.raw`P(X \leq ${k})`, key: k };
    case 2:
      return { lower: k, upper: n, words: `at least ${k}`, notation: String.raw`P(X \geq ${k})`, method: String.raw`1 - P(X \leq ${k - 1})`, key: k - 1 };
    case 3:
      return { lower: k + 1, upper: n, words: `more than ${k}`, notation: String.raw`P(X > ${k})`, method: String.raw`1 - P(X \leq ${k})`, key: k };
    default: {
      const hi = Math.min(n, k + r.int(1, 3));
      return {
        lower: k,
        upper: hi,
        words: `between ${k} and ${hi} inclusive`,
        notation: String.raw`P(${k} \leq X \leq ${hi})`,
        method: String.raw`P(X \leq ${hi}) - P(X \leq ${k - 1})`,
        key: hi,
      };
    }
  }
}

export const binomialProbability: QuestionGenerator = {
  id: "binomial-probability",
  subject: "math-aa",
  topicCode: "4.8",
  levels: ["SL", "HL"],
  title: "Binomial probabilities",
  generate(seed) {
    const r = new SeededRandom(seed);
    let n: number, p: number, event: Event, expected: number;
    // Redraw events whose probability would round to 0 or 1: they teach nothing at 3 s.f.
    do {
      n = r.int(6, 15);
      p = r.decimal(0.1, 0.9, 0.05);
      event = pickEvent(r, n);
      expected = 0;
      for (let k = event.lower; k <= event.upper; k++) expected += pmf(n, p, k);
    } while (expected < 0.005 || expected > 0.995);
    const context = r.pick(contexts)(n, num(p));

    return numericQuestion(
      binomialProbability,
      seed,
      {
        difficulty: event.lower === event.upper ? 2 : 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`${context}

Find the probability that $X$ is ${event.words}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Recognises the binomial distribution: $X \sim B(${n}, ${num(p)})$`,
            keywords: [`B(${n}`, String(p)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text:
              event.method === event.notation
                ? String.raw`Correct probability statement: $${event.notation}$`
                : String.raw`Correct probability statement: $${event.notation}$ / $${event.method}$`,
            keywords: ["P(X", String(event.key)],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}$`, dependsOn: ["M2"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Each of the ${n} trials is independent with the same probability of success, so $X \sim B(${n}, ${num(p)})$ and
$P(X = r) = \binom{${n}}{r}(${num(p)})^r(${num(1 - p)})^{${n}-r}$.

We need $${event.notation}${event.method === event.notation ? "" : ` = ${event.method}`}$. Using the binomial cdf / pdf on a GDC:

$$${event.notation} = ${sig(expected, 6)} \approx ${sig(expected, 3)}$$`,
      },
      { kind: "binomial-distribution", n, p, lower: event.lower, upper: event.upper, expected, rounding: { mode: "sigFigs", digits: 3 } },
    );
  },
};
