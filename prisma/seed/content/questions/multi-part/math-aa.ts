import type { QuestionGroupInput } from "@/lib/questions/question-group-input";

// Multi-part Paper 2-style questions for Maths AA: one context, parts that build on each other, and
// follow-through (FT) where a later part uses an earlier part's value.

export const mathAaGroups: QuestionGroupInput[] = [
  {
    key: "math-aa-mp-01",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`A particle moves in a straight line. Its velocity $v\ \text{m s}^{-1}$ at time $t$ seconds is given by

$$v(t) = 3t^2 - 12t + 5, \quad 0 \le t \le 5.$$`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "5.9",
        difficulty: 2,
        marks: 2,
        commandTerm: "Find",
        stem: String.raw`Find the acceleration of the particle when $t = 1$.`,
        numericAnswer: { value: -6, unit: "m s⁻²" },
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: String.raw`Differentiates: $a(t) = v'(t) = 6t - 12$`, keywords: ["6t"] },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$a(1) = -6\ \text{m s}^{-2}$`, dependsOn: ["M1"], keywords: ["-6"] },
        ],
        workedSolution: String.raw`Acceleration is the derivative of velocity: $a(t) = 6t - 12$, so $a(1) = 6 - 12 = -6\ \text{m s}^{-2}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "5.9",
        difficulty: 3,
        marks: 2,
        commandTerm: "Find",
        stem: String.raw`Find the displacement of the particle from its starting point after the first $2$ seconds.`,
        numericAnswer: { value: -6, unit: "m" },
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Integrates velocity over the interval: $\int_0^2 (3t^2 - 12t + 5)\,dt$`,
            keywords: ["integral", "∫"],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$-6\ \text{m}$`, dependsOn: ["M1"], keywords: ["-6"] },
        ],
        workedSolution: String.raw`$$s = \int_0^2 (3t^2 - 12t + 5)\,dt = \Big[t^3 - 6t^2 + 5t\Big]_0^2 = 8 - 24 + 10 = -6\ \text{m}.$$

The particle ends $6$ m behind (on the negative side of) its starting point.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "5.9",
        difficulty: 2,
        marks: 1,
        commandTerm: "Hence",
        stem: String.raw`Hence find the average velocity of the particle over the first $2$ seconds.`,
        numericAnswer: { value: -3, unit: "m s⁻¹", followThrough: { from: ["b"], value: "b / 2" } },
        markscheme: [
          { id: "A1", kind: "A", marks: 1, text: String.raw`$\dfrac{-6}{2} = -3\ \text{m s}^{-1}$ **(FT)** their (b) divided by $2$`, keywords: ["-3"] },
        ],
        workedSolution: String.raw`Average velocity is displacement over time: $\dfrac{-6}{2} = -3\ \text{m s}^{-1}$. An answer of (b) $\div 2$ with a wrong (b) earns the mark (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "5.9",
        difficulty: 4,
        marks: 3,
        commandTerm: "Find",
        stem: String.raw`Find the total distance travelled by the particle in the first $2$ seconds. Give your answer correct to three significant figures.`,
        numericAnswer: { value: 8.26, unit: "m", sigFigs: 3 },
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Recognises the distance is $\int_0^2 |v(t)|\,dt$ / splits the integral where $v = 0$`,
            keywords: ["|v|", "abs"],
          },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$v = 0$ at $t = 0.472\ldots$`, dependsOn: ["M1"], keywords: ["0.472"] },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$8.26\ \text{m}$`, dependsOn: ["M1"], keywords: ["8.26"] },
        ],
        workedSolution: String.raw`The particle turns round where $3t^2 - 12t + 5 = 0$, at $t = \dfrac{12 - \sqrt{84}}{6} = 0.4725$ (the other root, $3.53$, is after $t = 2$). With $s(t) = t^3 - 6t^2 + 5t$,

$$\text{distance} = \int_0^2 |v(t)|\,dt = s(0.4725) + \big(s(0.4725) - s(2)\big) = 1.128 + 7.128 = 8.26\ \text{m}.$$`,
      },
    ],
  },
];
