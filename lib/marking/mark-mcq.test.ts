import { describe, expect, it } from "vitest";
import { markMcq } from "@/lib/marking/mark-mcq";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { BadRequestError } from "@/lib/errors";

const question: MarkableQuestion = {
  type: "MCQ",
  marks: 1,
  options: ["A", "B", "C", "D"].map((id) => ({ id, text: `option ${id}` })),
  correctOptionId: "B",
  markingPoints: [{ id: "p1", kind: "POINT", marks: 1, text: "B", dependsOn: [], keywords: ["B"] }],
};

describe("markMcq", () => {
  it("gives the question's marks and its point for the correct option", () => {
    expect(markMcq(question, "B")).toEqual({
      status: "MARKED",
      marksAwarded: 1,
      maxMarks: 1,
      pointAwards: [{ label: "p1", marks: 1, awarded: true }],
      markedBy: "AUTO",
      feedback: "Correct.",
    });
    expect(markMcq({ ...question, marks: 2 }, "b").marksAwarded).toBe(2);
  });

  it("gives nothing for another option and says which was right", () => {
    const result = markMcq(question, "C");
    expect(result.marksAwarded).toBe(0);
    expect(result.pointAwards).toEqual([{ label: "p1", marks: 1, awarded: false }]);
    expect(result.feedback).toBe("Not quite: the answer is B.");
  });

  it("marks an unanswered question as 0", () => {
    expect(markMcq(question, "")).toMatchObject({ status: "MARKED", marksAwarded: 0, feedback: "No option was chosen. The answer is B." });
  });

  it("refuses an option the question does not have", () => {
    expect(() => markMcq(question, "E")).toThrow(BadRequestError);
    expect(() => markMcq(question, "E")).toThrow("Choose one of the options A, B, C, D.");
  });
});
