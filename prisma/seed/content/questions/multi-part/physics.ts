import type { QuestionGroupInput } from "@/lib/questions/question-group-input";

// Multi-part Paper 2-style questions for Physics, with follow-through (FT) where a later part uses an
// earlier part's value.

export const physicsGroups: QuestionGroupInput[] = [
  {
    key: "physics-mp-01",
    levels: ["SL", "HL"],
    paper: "P2",
    calculator: true,
    context: String.raw`A cyclist starts from rest and accelerates uniformly at $1.5\ \text{m s}^{-2}$ for $8.0$ s. The cyclist then travels at a constant speed for a further $20$ s. The combined mass of the cyclist and the bicycle is $80$ kg.`,
    parts: [
      {
        label: "a",
        type: "NUMERIC",
        topicCode: "A.1",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the speed of the cyclist at the end of the acceleration.`,
        numericAnswer: { value: 12, unit: "m s⁻¹" },
        markscheme: [{ id: "A1", kind: "A", marks: 1, text: String.raw`$v = u + at = 0 + 1.5 \times 8.0 = 12\ \text{m s}^{-1}$`, keywords: ["12"] }],
        workedSolution: String.raw`$v = u + at = 0 + 1.5 \times 8.0 = 12\ \text{m s}^{-1}$.`,
      },
      {
        label: "b",
        type: "NUMERIC",
        topicCode: "A.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the distance travelled during the acceleration.`,
        numericAnswer: { value: 48, unit: "m" },
        markscheme: [
          { id: "M1", kind: "M", marks: 1, text: String.raw`$s = ut + \tfrac{1}{2}at^2$ / area under the velocity–time graph`, keywords: ["1/2", "0.5"] },
          { id: "A1", kind: "A", marks: 1, text: String.raw`$48\ \text{m}$`, dependsOn: ["M1"], keywords: ["48"] },
        ],
        workedSolution: String.raw`$s = ut + \tfrac{1}{2}at^2 = 0 + \tfrac{1}{2} \times 1.5 \times 8.0^2 = 48\ \text{m}$.`,
      },
      {
        label: "c",
        type: "NUMERIC",
        topicCode: "A.1",
        difficulty: 2,
        marks: 2,
        commandTerm: "Determine",
        stem: String.raw`Determine the total distance travelled by the cyclist.`,
        numericAnswer: { value: 288, unit: "m", followThrough: { from: ["a", "b"], value: "b + 20 * a" } },
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Distance at constant speed: $12 \times 20 = 240\ \text{m}$ **(FT)** their (a) $\times 20$`,
            keywords: ["240"],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$48 + 240 = 288\ \text{m}$ **(FT)** their (b) + their (a) $\times 20$`,
            dependsOn: ["M1"],
            keywords: ["288"],
          },
        ],
        workedSolution: String.raw`At constant speed the cyclist covers $12 \times 20 = 240$ m, so the total is $48 + 240 = 288$ m. With wrong answers to (a) or (b), (b) $+ 20 \times$ (a) earns both marks (follow-through).`,
      },
      {
        label: "d",
        type: "NUMERIC",
        topicCode: "A.2",
        difficulty: 1,
        marks: 1,
        commandTerm: "Calculate",
        stem: String.raw`Calculate the resultant force on the cyclist and bicycle during the acceleration.`,
        numericAnswer: { value: 120, unit: "N" },
        markscheme: [{ id: "A1", kind: "A", marks: 1, text: String.raw`$F = ma = 80 \times 1.5 = 120\ \text{N}$`, keywords: ["120"] }],
        workedSolution: String.raw`Newton's second law: $F = ma = 80 \times 1.5 = 120\ \text{N}$.`,
      },
    ],
  },
];
