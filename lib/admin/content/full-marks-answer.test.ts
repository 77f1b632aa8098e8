import { describe, expect, it } from "vitest";
import { fullMarksAnswer } from "./full-marks-answer";
import type { QuestionFields } from "./question-fields";

const base: QuestionFields = {
  topicId: "t",
  type: "MCQ",
  difficulty: 1,
  marks: 1,
  paper: "P1",
  calculator: false,
  commandTerm: "State",
  stem: "Pick",
  options: [
    { id: "A", text: "a" },
    { id: "B", text: "b" },
  ],
  correctOptionId: "B",
  numericAnswer: undefined,
  markingPoints: [{ label: "p1", kind: "POINT", marks: 1, text: "B", dependsOn: [], keywords: [] }],
  markbands: [],
  workedSolution: "B",
};

describe("fullMarksAnswer", () => {
  it("answers each type correctly and has the real marker award full marks", () => {
    expect(fullMarksAnswer(base)).toMatchObject({ answer: { type: "MCQ", optionId: "B" }, result: { status: "MARKED", marksAwarded: 1, maxMarks: 1 } });
    const numeric = fullMarksAnswer({ ...base, type: "NUMERIC", marks: 2, numericAnswer: { value: 19.8, sigFigs: 3, unit: "m s^-1" }, markingPoints: [] });
    expect(numeric).toMatchObject({ result: { status: "MARKED", marksAwarded: 2, maxMarks: 2 } });
    const written = fullMarksAnswer({
      ...base,
      type: "WRITTEN",
      marks: 2,
      markingPoints: [
        { label: "M1", kind: "M", marks: 1, text: "m", dependsOn: [], keywords: [] },
        { label: "A1", kind: "A", marks: 1, text: "a", dependsOn: ["M1"], keywords: [] },
      ],
    });
    expect(written).toMatchObject({ result: { status: "MARKED", marksAwarded: 2, markedBy: "SELF" } });
    const essay = fullMarksAnswer({
      ...base,
      type: "WRITTEN",
      marks: 10,
      markingPoints: [{ label: "i1", kind: "POINT", marks: 0, text: "diagram", dependsOn: [], keywords: [] }],
      markbands: [
        {
          id: "1",
          title: "Holistic",
          levels: [
            { min: 1, max: 5, descriptor: "some" },
            { min: 6, max: 10, descriptor: "all" },
          ],
        },
      ],
    });
    // The top of the top level of every criterion.
    expect(essay).toMatchObject({ result: { status: "MARKED", marksAwarded: 10, bandAwards: [{ criterion: "1", level: 2, marks: 10 }] } });
  });

  it("gives the marker's reason for a draft that cannot be marked yet", () => {
    expect(fullMarksAnswer({ ...base, correctOptionId: undefined })).toEqual({ error: "A multiple-choice question has no correctOptionId." });
    expect(fullMarksAnswer({ ...base, type: "NUMERIC" })).toEqual({ error: "It has no numeric answer yet." });
  });
});
