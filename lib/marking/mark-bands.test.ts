import { describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/errors";
import { markAnswer, selfMark } from "@/lib/marking/mark-answer";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { questionInput, type QuestionInput } from "@/lib/questions/question-input";

const level = (min: number, max: number) => ({ min, max, descriptor: `Level worth ${min}–${max}.` });

/** An English Paper 1-like answer: four criteria of 5 marks, each 1 mark per level. */
const criteria = ["A", "B", "C", "D"].map((id) => ({ id, title: `Criterion ${id}`, levels: [1, 2, 3, 4, 5].map((m) => level(m, m)) }));
const analysis: MarkableQuestion = {
  type: "WRITTEN",
  marks: 20,
  markingPoints: [{ id: "i1", kind: "POINT", marks: 0, text: "Notices the shift in tone.", dependsOn: [], keywords: [] }],
  markbands: criteria,
};
/** An economics 15-marker: one holistic scale of five 3-mark levels. */
const essay: MarkableQuestion = {
  type: "WRITTEN",
  marks: 15,
  markingPoints: [{ id: "i1", kind: "POINT", marks: 0, text: "Diagram.", dependsOn: [], keywords: ["diagram"] }],
  markbands: [{ id: "1", title: "Holistic", levels: [level(1, 3), level(4, 6), level(7, 9), level(10, 12), level(13, 15)] }],
};

describe("marking against markbands", () => {
  it("leaves a written answer for its marker with nothing pre-judged, and marks a blank one 0 at level 0 at once", () => {
    expect(markAnswer(essay, { type: "WRITTEN", text: "A diagram and a judgement." })).toMatchObject({
      status: "AWAITING_MARKING",
      marksAwarded: 0,
      maxMarks: 15,
      pointAwards: [],
      markedBy: null,
    });
    expect(markAnswer(essay, { type: "WRITTEN", text: "   " })).toMatchObject({
      status: "MARKED",
      marksAwarded: 0,
      markedBy: "AUTO",
      bandAwards: [{ criterion: "1", level: 0, marks: 0 }],
    });
  });

  it("totals a level and mark per criterion", () => {
    const result = selfMark(analysis, {
      bands: [
        { criterion: "A", level: 4, marks: 4 },
        { criterion: "B", level: 3, marks: 3 },
        { criterion: "C", level: 5, marks: 5 },
        { criterion: "D", level: 0, marks: 0 },
      ],
    });
    expect(result).toMatchObject({ status: "MARKED", markedBy: "SELF", marksAwarded: 12, maxMarks: 20, pointAwards: [] });
    // In the markbands' order, whatever order they were sent in.
    expect(result.bandAwards!.map((b) => b.criterion)).toEqual(["A", "B", "C", "D"]);
    expect(result.feedback).toBe("You placed your answer at A level 4, B level 3, C level 5, D level 0: 12 of 20 marks.");
    expect(selfMark(essay, { bands: [{ criterion: "1", level: 5, marks: 15 }] }).feedback).toBe("Full marks: 15 of 15 (level 5).");
    expect(selfMark(essay, { bands: [{ criterion: "1", level: 3, marks: 7 }] })).toMatchObject({ marksAwarded: 7 });
  });

  it("refuses a placing the markbands do not allow, naming the problem", () => {
    const refusal = (bands: { criterion: string; level: number; marks: number }[], question = essay) => {
      try {
        selfMark(question, { bands });
      } catch (err) {
        expect(err).toBeInstanceOf(BadRequestError);
        return (err as Error).message;
      }
      return "accepted";
    };
    expect(refusal([{ criterion: "1", level: 3, marks: 10 }])).toBe("Level 3 of criterion 1 is worth 7–9 marks, not 10.");
    expect(refusal([{ criterion: "1", level: 0, marks: 1 }])).toBe("Level 0 of criterion 1 is worth 0 marks, not 1.");
    expect(refusal([{ criterion: "1", level: 6, marks: 15 }])).toBe("Criterion 1 has no level 6: its levels run from 0 to 5.");
    expect(refusal([{ criterion: "Z", level: 1, marks: 1 }])).toBe('This question has no criterion "Z".');
    expect(
      refusal([
        { criterion: "1", level: 1, marks: 1 },
        { criterion: "1", level: 2, marks: 4 },
      ]),
    ).toBe("Criterion 1 is marked twice.");
    expect(refusal([{ criterion: "A", level: 1, marks: 1 }], analysis)).toBe("Choose a level for criterion B (Criterion B).");
    expect(() => selfMark(essay, { labels: ["i1"] })).toThrow("This answer is marked against markbands: choose a level and a mark for each criterion.");
    expect(() =>
      selfMark({ ...essay, markbands: null, markingPoints: [{ ...essay.markingPoints[0]!, marks: 15 }] }, { bands: [{ criterion: "1", level: 1, marks: 1 }] }),
    ).toThrow("This answer is marked by ticking points, not against markbands.");
  });
});

describe("markband questions in content", () => {
  const base: QuestionInput = {
    key: "econ-essay",
    type: "WRITTEN",
    levels: ["SL"],
    topicCode: "2.1",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    calculator: false,
    commandTerm: "Evaluate",
    stem: "Evaluate the use of a sugar tax.",
    markscheme: [{ id: "i1", kind: "POINT", marks: 0, text: "Negative externality diagram." }],
    workedSolution: "A plan.",
    markbands: [{ id: "1", title: "Holistic", levels: [level(1, 3), level(4, 6), level(7, 9), level(10, 12), level(13, 15)] }],
  };
  const messages = (q: QuestionInput) => {
    const parsed = questionInput.safeParse(q);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("accepts markbands that add up to the question's marks, with indicative content worth 0", () => {
    expect(messages(base)).toEqual([]);
  });

  it("refuses ladders with gaps or overlaps, totals that miss the marks, repeated criteria and indicative points with marks", () => {
    expect(messages({ ...base, markbands: [{ id: "1", title: "H", levels: [level(1, 3), level(5, 15)] }] })).toEqual([
      "markbands.0.levels: Criterion 1 level 2 should start at 4 marks: levels climb from 1 without gaps or overlaps",
    ]);
    expect(messages({ ...base, markbands: [{ id: "1", title: "H", levels: [level(1, 3), level(4, 10)] }] })).toEqual([
      "markbands: The markbands add up to 10 marks but the question is worth 15 marks",
    ]);
    expect(
      messages({
        ...base,
        marks: 10,
        markbands: [
          { id: "A", title: "A", levels: [level(1, 5)] },
          { id: "A", title: "B", levels: [level(1, 5)] },
        ],
      }),
    ).toEqual(["markbands.1.id: Criterion A appears twice"]);
    expect(messages({ ...base, markscheme: [{ id: "p1", kind: "POINT", marks: 3, text: "Diagram." }] })).toEqual([
      "markscheme.0: Under markbands the markscheme is indicative content: make p1 a POINT worth 0 marks",
    ]);
    expect(messages({ ...base, markbands: [{ id: "1", title: "H", levels: [{ min: 1, max: 15, descriptor: "Bad $\\frac{1}{$ maths" }] }] })[0]).toMatch(
      /^markbands\.0\.levels\.0\.descriptor: /,
    );
  });
});
