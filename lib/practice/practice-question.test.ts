import { describe, expect, it } from "vitest";
import { practiceQuestionOf } from "./practice-question";

const base = {
  id: "q1",
  marks: 3,
  difficulty: 2,
  paper: "P1",
  calculator: false,
  commandTerm: "Find",
  topic: { code: "1.2", title: "Arithmetic sequences", id: "t1" },
  stem: "Find $u_5$.",
  workedSolution: "…",
  markscheme: [{ id: "A1", text: "secret" }],
};

describe("practiceQuestionOf", () => {
  it("shows an MCQ's options without the key", () => {
    const shown = practiceQuestionOf({
      ...base,
      type: "MCQ",
      options: [{ id: "A", text: "1", correct: true } as { id: string; text: string }, { id: "B", text: "2" }],
      correctOptionId: "A",
    } as Parameters<typeof practiceQuestionOf>[0]);
    expect(shown.options).toEqual([
      { id: "A", text: "1" },
      { id: "B", text: "2" },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/correct|secret|workedSolution|"t1"/);
  });

  it("gives a numeric question its unit hint but never its value", () => {
    const shown = practiceQuestionOf({
      ...base,
      type: "NUMERIC",
      options: [{ id: "A", text: "left over from an earlier type" }],
      numericAnswer: { value: 17, unit: "m", unitRequired: true, tolerance: 0.1 } as { unit: string; unitRequired: boolean },
    } as Parameters<typeof practiceQuestionOf>[0]);
    expect(shown).toMatchObject({ type: "NUMERIC", options: null, unit: "m", unitRequired: true });
    expect(JSON.stringify(shown)).not.toMatch(/17|tolerance|secret/);
  });

  it("shows a written question with no options and no unit", () => {
    const shown = practiceQuestionOf({ ...base, type: "WRITTEN" });
    expect(shown).toEqual({
      id: "q1",
      type: "WRITTEN",
      marks: 3,
      difficulty: 2,
      paper: "P1",
      calculator: false,
      commandTerm: "Find",
      topic: { code: "1.2", title: "Arithmetic sequences" },
      stem: "Find $u_5$.",
      options: null,
      unit: null,
      unitRequired: false,
      part: null,
    });
  });
});
