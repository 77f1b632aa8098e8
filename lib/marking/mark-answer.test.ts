import { describe, expect, it } from "vitest";
import { markAnswer, selfMark } from "@/lib/marking/mark-answer";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { BadRequestError } from "@/lib/errors";
import { questionInput } from "@/lib/questions/question-input";
import biology from "@/prisma/seed/content/questions/biology";
import math from "@/prisma/seed/content/questions/math-aa";
import physics from "@/prisma/seed/content/questions/physics";

function fixture(key: string): MarkableQuestion {
  const raw = [...physics.questions, ...biology.questions, ...math.questions].find((q) => q.key === key);
  if (!raw) throw new Error(`no seed question ${key}`);
  const q = questionInput.parse(raw);
  return {
    type: q.type,
    marks: q.marks,
    options: q.type === "MCQ" ? q.options : null,
    correctOptionId: q.type === "MCQ" ? q.correctOptionId : null,
    numericAnswer: q.type === "NUMERIC" ? q.numericAnswer : null,
    markingPoints: q.markscheme,
  };
}

const projectile = fixture("physics-a-1-02"); // NUMERIC, 45.5 m to 3 s.f., 3 marks
const ballAtTop = fixture("physics-a-1-01"); // MCQ, answer B
const dnaRna = fixture("biology-a1-2-03"); // WRITTEN, any three of five points
const logs = fixture("math-aa-1-7-02"); // WRITTEN, M/A chain with an AG point

describe("markAnswer", () => {
  it("marks multiple choice automatically", () => {
    expect(markAnswer(ballAtTop, { type: "MCQ", optionId: "B" })).toMatchObject({ status: "MARKED", markedBy: "AUTO", marksAwarded: 1 });
    expect(markAnswer(ballAtTop, { type: "MCQ", optionId: "D" })).toMatchObject({ marksAwarded: 0 });
  });

  it("marks numeric answers automatically", () => {
    expect(markAnswer(projectile, { type: "NUMERIC", value: "45.5 m" })).toMatchObject({
      status: "MARKED",
      markedBy: "AUTO",
      marksAwarded: 3,
      maxMarks: 3,
      feedback: "Correct to 3 significant figures.",
    });
    expect(markAnswer(projectile, { type: "NUMERIC", value: "46 m" }).marksAwarded).toBe(2);
    expect(markAnswer(projectile, { type: "NUMERIC", value: "30.3 m" }).marksAwarded).toBe(0);
  });

  it("leaves written answers awaiting marking, with suggested points and 0 marks", () => {
    const result = markAnswer(dnaRna, { type: "WRITTEN", text: "DNA has deoxyribose and thymine; RNA has ribose and uracil." });
    expect(result).toMatchObject({ status: "AWAITING_MARKING", markedBy: null, marksAwarded: 0, maxMarks: 3 });
    expect(result.pointAwards.filter((p) => p.suggested).map((p) => p.label)).toEqual(["p1", "p2"]);
    expect(result.pointAwards.every((p) => !p.awarded)).toBe(true);
    expect(result.pointAwards[0]).toEqual({ label: "p1", marks: 1, awarded: false, suggested: true, matched: ["deoxyribose", "ribose"] });
    expect(result.feedback).toMatch(/^Automatic suggestion: your answer seems to make 2 of the 5 marking points\./);
  });

  it("says so when it finds no points", () => {
    const result = markAnswer(dnaRna, { type: "WRITTEN", text: "They are both nucleic acids." });
    expect(result.status).toBe("AWAITING_MARKING");
    expect(result.pointAwards.some((p) => p.suggested)).toBe(false);
    expect(result.feedback).toMatch(/^Automatic suggestion: we could not spot any marking points/);
  });

  it("marks a blank written answer as 0 straight away", () => {
    expect(markAnswer(dnaRna, { type: "WRITTEN", text: "  " })).toMatchObject({ status: "MARKED", markedBy: "AUTO", marksAwarded: 0 });
  });

  it("refuses an answer of the wrong type", () => {
    expect(() => markAnswer(projectile, { type: "WRITTEN", text: "45.5" })).toThrow(BadRequestError);
    expect(() => markAnswer(projectile, { type: "WRITTEN", text: "45.5" })).toThrow("This question needs a number.");
  });

  it("is pure: the same answer gives the same result", () => {
    const answer = { type: "WRITTEN", text: "deoxyribose versus ribose" } as const;
    expect(markAnswer(dnaRna, answer)).toEqual(markAnswer(dnaRna, answer));
  });
});

describe("selfMark", () => {
  it("marks the ticked points", () => {
    const result = selfMark(dnaRna, { labels: ["p1", "p3"] });
    expect(result).toMatchObject({ status: "MARKED", markedBy: "SELF", marksAwarded: 2, maxMarks: 3 });
    expect(result.feedback).toBe("You gave yourself 2 of 3 marks.");
  });

  it("caps 'any three of' at the question's marks", () => {
    const result = selfMark(dnaRna, { labels: ["p1", "p2", "p3", "p4", "p5"] });
    expect(result.marksAwarded).toBe(3);
    expect(result.feedback).toBe("Full marks: 3 of 3. The question is worth 3 marks, so extra points add nothing.");
  });

  it("applies dependencies and explains them", () => {
    const result = selfMark(logs, { labels: ["a1", "m3", "a2"] });
    expect(result.marksAwarded).toBe(2);
    expect(result.pointAwards.filter((p) => p.awarded).map((p) => p.label)).toEqual(["m3", "a2"]);
    expect(result.feedback).toBe("You gave yourself 2 of 5 marks. a1 needs m1 first, so it does not count.");
  });

  it("counts AG points as 0", () => {
    const result = selfMark(logs, { labels: ["m1", "a1", "m2", "ag1"] });
    expect(result.marksAwarded).toBe(3);
    expect(result.pointAwards.find((p) => p.label === "ag1")).toEqual({ label: "ag1", marks: 0, awarded: true });
  });

  it("accepts no ticks", () => {
    expect(selfMark(dnaRna, { labels: [] })).toMatchObject({ status: "MARKED", markedBy: "SELF", marksAwarded: 0 });
  });

  it("refuses labels the question does not have", () => {
    expect(() => selfMark(dnaRna, { labels: ["p1", "p9", "M1"] })).toThrow(BadRequestError);
    expect(() => selfMark(dnaRna, { labels: ["p1", "p9", "M1"] })).toThrow('This question has no marking point "p9", "M1".');
  });

  it("only self-marks written questions", () => {
    expect(() => selfMark(projectile, { labels: ["p1"] })).toThrow(BadRequestError);
  });
});
