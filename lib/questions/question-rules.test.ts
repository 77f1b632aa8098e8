import { describe, expect, it } from "vitest";
import { checkQuestionRules } from "./question-rules";
import type { QuestionContent } from "./question-content";

const written: QuestionContent = {
  topicId: "00000000-0000-7000-8000-000000000000",
  type: "WRITTEN",
  difficulty: 3,
  marks: 3,
  paper: "P2",
  calculator: true,
  commandTerm: "Calculate",
  stem: "Find $x$.",
  options: [],
  correctOptionId: undefined,
  numericAnswer: undefined,
  markingPoints: [
    { label: "M1", kind: "M", marks: 1, text: "method", dependsOn: [], keywords: [] },
    { label: "A1", kind: "A", marks: 1, text: "value", dependsOn: ["M1"], keywords: [] },
    { label: "A2", kind: "A", marks: 1, text: "unit", dependsOn: ["M1"], keywords: [] },
  ],
  workedSolution: "$x = 2$",
};
const point = (label: string, marks = 1) => ({ label, kind: "POINT" as const, marks, text: label, dependsOn: [], keywords: [] });

describe("checkQuestionRules", () => {
  it("accepts a complete question", () => {
    expect(checkQuestionRules(written)).toEqual([]);
  });

  it("needs two options and a correct one among them for multiple choice", () => {
    const mcq = { ...written, type: "MCQ" as const, marks: 1, markingPoints: [point("p1")] };
    expect(checkQuestionRules({ ...mcq, options: [{ id: "A", text: "x" }], correctOptionId: "A" })).toEqual([
      { path: "options", message: "A multiple-choice question needs at least two options" },
    ]);
    const two = [
      { id: "A" as const, text: "x" },
      { id: "B" as const, text: "y" },
    ];
    expect(checkQuestionRules({ ...mcq, options: two, correctOptionId: undefined })).toEqual([
      { path: "correctOptionId", message: "Choose the correct option" },
    ]);
    expect(checkQuestionRules({ ...mcq, options: two, correctOptionId: "C" })).toEqual([
      { path: "correctOptionId", message: "The correct answer C is not one of the options (A, B)" },
    ]);
    expect(checkQuestionRules({ ...mcq, options: [...two, { id: "A", text: "z" }], correctOptionId: "A" })).toEqual([
      { path: "options.2.id", message: "Option A appears twice" },
    ]);
  });

  it("needs a value for a numeric answer and marking points for a written one", () => {
    expect(checkQuestionRules({ ...written, type: "NUMERIC", numericAnswer: { unit: "m" } })).toEqual([
      { path: "numericAnswer.value", message: "Enter the correct numeric answer" },
    ]);
    expect(checkQuestionRules({ ...written, markingPoints: [] })).toEqual([
      { path: "markingPoints", message: "A written question needs marking points to be marked against" },
    ]);
  });

  it("needs the figures for marking significant figures and the unit for a required unit", () => {
    expect(checkQuestionRules({ ...written, type: "NUMERIC", numericAnswer: { value: 0.12, sigFigsExact: true, unitRequired: true } })).toEqual([
      { path: "numericAnswer.sigFigs", message: "Marking the significant figures needs the number of figures the question asks for" },
      { path: "numericAnswer.unit", message: "A unit that earns a mark needs the unit itself" },
    ]);
    expect(
      checkQuestionRules({ ...written, type: "NUMERIC", numericAnswer: { value: 0.12, sigFigs: 3, sigFigsExact: true, unit: "mol", unitRequired: true } }),
    ).toEqual([]);
  });

  it("needs marking points that add up to the question's marks, except that POINT lists may offer more", () => {
    expect(checkQuestionRules({ ...written, marks: 4 })).toEqual([
      { path: "markingPoints", message: "The marking points add up to 3 marks but the question is worth 4 marks" },
    ]);
    expect(checkQuestionRules({ ...written, marks: 2 })).toEqual([
      { path: "markingPoints", message: "The marking points add up to 3 marks but the question is worth 2 marks" },
    ]);
    expect(checkQuestionRules({ ...written, marks: 2, markingPoints: [point("p1"), point("p2"), point("p3")] })).toEqual([]);
    expect(checkQuestionRules({ ...written, marks: 4, markingPoints: [point("p1"), point("p2"), point("p3")] })[0]?.message).toMatch(
      /add up to 3 marks but the question is worth 4 marks/,
    );
  });

  it("needs unique labels, dependencies on earlier points only, and AG points worth nothing", () => {
    const [m1, a1, a2] = written.markingPoints as [
      QuestionContent["markingPoints"][number],
      QuestionContent["markingPoints"][number],
      QuestionContent["markingPoints"][number],
    ];
    expect(checkQuestionRules({ ...written, markingPoints: [m1, a1, { ...a2, label: "A1" }] })).toEqual([
      { path: "markingPoints.2.label", message: "The label A1 is already used by point 2" },
    ]);
    expect(checkQuestionRules({ ...written, markingPoints: [m1, { ...a1, dependsOn: ["M9"] }, a2] })).toEqual([
      { path: "markingPoints.1.dependsOn", message: "A1 depends on M9, but there is no point M9" },
    ]);
    expect(checkQuestionRules({ ...written, markingPoints: [{ ...m1, dependsOn: ["A2"] }, a1, a2] })).toEqual([
      { path: "markingPoints.0.dependsOn", message: "M1 depends on A2, which comes after it: a point can only depend on points above it" },
    ]);
    expect(checkQuestionRules({ ...written, markingPoints: [m1, a1, { ...a2, dependsOn: ["A2"] }] })).toEqual([
      { path: "markingPoints.2.dependsOn", message: "A2 cannot depend on itself" },
    ]);
    expect(
      checkQuestionRules({
        ...written,
        marks: 3,
        markingPoints: [m1, a1, a2, { label: "AG", kind: "AG", marks: 1, text: "shown", dependsOn: [], keywords: [] }],
      }),
    ).toContainEqual({
      path: "markingPoints.3.marks",
      message: "An AG (answer given) point carries no marks: set 0",
    });
  });

  it("reports LaTeX that does not render on the field it is in", () => {
    const issues = checkQuestionRules({
      ...written,
      stem: "Find $\\frac{1}{$.",
      markingPoints: written.markingPoints.map((p, i) => (i === 1 ? { ...p, text: "$\\sqrt{2$" } : p)),
      workedSolution: "$$\\begin{matrix} 1 $$",
    });
    expect(issues.map((i) => i.path)).toEqual(["stem", "markingPoints.1.text", "workedSolution"]);
    expect(issues[0]?.message).toMatch(/^LaTeX error in \$\\frac\{1\}\{\$: /);
  });

  it("shows images only from the figure store, each with alt text", () => {
    const figure = `/figures/${"a".repeat(64)}-640x480.svg`;
    expect(checkQuestionRules({ ...written, stem: `The graph of $f$:\n\n![The graph of f, a parabola with vertex (1, -2)](${figure})` })).toEqual([]);
    const issues = checkQuestionRules({
      ...written,
      stem: "![A cat](https://example.com/cat.png)",
      markingPoints: written.markingPoints.map((p, i) => (i === 2 ? { ...p, text: `![](${figure})` } : p)),
      workedSolution: `![ok](${figure}) and ![hot-linked](/figures/not-a-hash.svg)`,
    });
    expect(issues.map((i) => i.path)).toEqual(["stem", "markingPoints.2.text", "workedSolution"]);
    expect(issues[0]?.message).toMatch(/https:\/\/example.com\/cat.png is not an uploaded figure/);
    expect(issues[1]?.message).toMatch(/alt text/);
  });
});
