import { describe, expect, it } from "vitest";
import { formatNumericValue } from "@/lib/marking/format-numeric-value";
import { markAnswer } from "@/lib/marking/mark-answer";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { questionInput } from "@/lib/questions/question-input";
import { questionGroupInput } from "@/lib/questions/question-group-input";
import biology from "@/prisma/seed/content/questions/biology";
import businessManagement from "@/prisma/seed/content/questions/business-management";
import chemistry from "@/prisma/seed/content/questions/chemistry";
import computerScience from "@/prisma/seed/content/questions/computer-science";
import economics from "@/prisma/seed/content/questions/economics";
import englishLangLit from "@/prisma/seed/content/questions/english-a-language-and-literature";
import environmentalSystems from "@/prisma/seed/content/questions/environmental-systems-and-societies";
import frenchB from "@/prisma/seed/content/questions/french-b";
import geography from "@/prisma/seed/content/questions/geography";
import globalPolitics from "@/prisma/seed/content/questions/global-politics";
import history from "@/prisma/seed/content/questions/history";
import math from "@/prisma/seed/content/questions/math-aa";
import mathAi from "@/prisma/seed/content/questions/math-ai";
import physics from "@/prisma/seed/content/questions/physics";
import psychology from "@/prisma/seed/content/questions/psychology";
import spanishB from "@/prisma/seed/content/questions/spanish-b";
import sportsExerciseHealth from "@/prisma/seed/content/questions/sports-exercise-and-health-science";

// Every stored numeric answer in the question bank must be accepted by the marker, as typed in the ways
// a student would type it. A failure here lists the questions whose stored answer the marker refuses.
const numericQuestions = [
  physics,
  biology,
  chemistry,
  math,
  economics,
  psychology,
  computerScience,
  mathAi,
  businessManagement,
  sportsExerciseHealth,
  environmentalSystems,
  geography,
  history,
  frenchB,
  spanishB,
  englishLangLit,
  globalPolitics,
].flatMap((file) =>
  [...file.questions.map((raw) => questionInput.parse(raw)), ...(file.groups ?? []).flatMap((raw) => questionGroupInput.parse(raw).parts)].flatMap((q) =>
    q.type === "NUMERIC" ? [q] : [],
  ),
);

describe("the seed bank's numeric answers", () => {
  it("has numeric questions in every science and maths file", () => {
    expect(numericQuestions.length).toBeGreaterThan(150);
  });

  it("accepts each question's own stored answer for full marks, without a unit note", () => {
    const refused: string[] = [];
    for (const q of numericQuestions) {
      const question: MarkableQuestion = { type: "NUMERIC", marks: q.marks, numericAnswer: q.numericAnswer, markingPoints: q.markscheme };
      const { value, unit, sigFigs } = q.numericAnswer;
      // A question that states its significant figures wants them: "0.12" is not its answer, "0.120" is.
      const forms = q.numericAnswer.sigFigsExact ? [formatNumericValue(value, sigFigs, unit)] : [String(value), formatNumericValue(value, sigFigs, unit)];
      if (unit && !q.numericAnswer.sigFigsExact) forms.push(`${value} ${unit}`);
      if (sigFigs) forms.push(value.toPrecision(sigFigs));
      if (sigFigs && unit) forms.push(`${value.toPrecision(sigFigs)} ${unit}`);
      for (const typed of forms) {
        const result = markAnswer(question, { type: "NUMERIC", value: typed });
        const allAwarded = result.pointAwards.every((p) => p.awarded);
        if (result.marksAwarded !== q.marks || !allAwarded || /unit/.test(result.feedback)) {
          refused.push(`${q.key} ${JSON.stringify(typed)}: ${result.marksAwarded}/${q.marks} "${result.feedback}"`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it("marks the significant figures of every question whose stem asks for them", () => {
    const stated = numericQuestions.filter((q) => /\bsignificant figures?\b/i.test(q.stem));
    expect(stated.length).toBeGreaterThan(100);
    expect(stated.filter((q) => !q.numericAnswer.sigFigsExact).map((q) => q.key)).toEqual([]);
    const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4 };
    const mismatched = stated.filter((q) => {
      const said = /\b(\d|one|two|three|four)\s+significant figures?/i.exec(q.stem)?.[1]?.toLowerCase() ?? "";
      return (words[said] ?? Number(said)) !== q.numericAnswer.sigFigs;
    });
    expect(mismatched.map((q) => q.key)).toEqual([]);
  });

  it("takes a mark for one figure too many where the stem states them", () => {
    const overPrecise = numericQuestions
      .filter((q) => q.numericAnswer.sigFigsExact && q.marks > 1)
      .filter((q) => {
        const question: MarkableQuestion = { type: "NUMERIC", marks: q.marks, numericAnswer: q.numericAnswer, markingPoints: q.markscheme };
        const { value, sigFigs, unit } = q.numericAnswer;
        const typed = `${value.toExponential(sigFigs!)} ${unit ?? ""}`.trim();
        return markAnswer(question, { type: "NUMERIC", value: typed }).marksAwarded !== q.marks - 1;
      });
    expect(overPrecise.map((q) => q.key)).toEqual([]);
  });

  it("refuses a clearly wrong answer to each question", () => {
    const accepted = numericQuestions.filter((q) => {
      const question: MarkableQuestion = { type: "NUMERIC", marks: q.marks, numericAnswer: q.numericAnswer, markingPoints: q.markscheme };
      const wrong = q.numericAnswer.value === 0 ? 1 : q.numericAnswer.value * 1.5;
      return markAnswer(question, { type: "NUMERIC", value: String(wrong) }).marksAwarded > 0;
    });
    expect(accepted.map((q) => q.key)).toEqual([]);
  });
});
