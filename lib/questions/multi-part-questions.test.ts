import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getPracticeState } from "@/lib/practice/get-practice-state";
import { getQuestionForEditor } from "@/lib/admin/content/get-question-for-editor";
import { createPracticeSession } from "@/lib/practice/create-practice-session";
import { submitPracticeAnswer } from "@/lib/practice/submit-practice-answer";
import { assemblePaper } from "@/lib/mocks/assemble-paper";
import { startMockExam } from "@/lib/mocks/start-mock-exam";
import { saveMockDraft } from "@/lib/mocks/save-mock-draft";
import { submitMockExam } from "@/lib/mocks/submit-mock-exam";
import { questionGroupInput, type QuestionGroupInput } from "@/lib/questions/question-group-input";
import { questionInput } from "@/lib/questions/question-input";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { upsertQuestionGroup } from "@/lib/questions/upsert-question-group";
import { createTestCourse, deleteTestSubject, uniqueSuffix } from "@/lib/test-support/test-course";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";

let fixture: Awaited<ReturnType<typeof createTestCourse>>;
let student: string;

const numericPart = (label: string, value: number, marks: number, extra: Record<string, unknown> = {}) => ({
  label,
  type: "NUMERIC" as const,
  topicCode: "1.1",
  difficulty: 2,
  marks,
  commandTerm: "Calculate" as const,
  stem: `Part ${label}.`,
  numericAnswer: { value, unit: "m", ...extra },
  markscheme: [{ id: "A1", kind: "A" as const, marks, text: `${value} m` }],
  workedSolution: `${value} m`,
});

/** A 3-part question: (a) 12, (b) 48, (c) 288 following through (a) and (b). */
const cyclist = (key: string): QuestionGroupInput => ({
  key,
  levels: ["HL"],
  paper: "P2",
  calculator: true,
  context: "A cyclist accelerates from rest at $1.5\\ \\text{m s}^{-2}$ for $8.0$ s, then rides at constant speed for $20$ s.",
  parts: [numericPart("a", 12, 1), numericPart("b", 48, 2), numericPart("c", 288, 2, { followThrough: { from: ["a", "b"], value: "b + 20 * a" } })],
});

async function storeGroup(group: QuestionGroupInput) {
  const parsed = questionGroupInput.parse(group);
  return upsertQuestionGroup(parsed, {
    key: parsed.key,
    courseId: fixture.course.id,
    parts: parsed.parts.map((p) => ({ key: p.key, topicId: fixture.topics.t11.id })),
  });
}

beforeAll(async () => {
  fixture = await createTestCourse();
  student = (await createTestUser({ courses: [fixture.course.slug] })).id;
});
afterAll(async () => {
  await deleteTestUsers([student]);
  await deleteTestSubject(fixture.subject.id);
});

describe("multi-part questions", () => {
  it("checks a group as the paper prints it: labels once each, follow-through only from earlier numeric parts that agree", () => {
    expect(questionGroupInput.safeParse(cyclist("mp-ok")).success).toBe(true);
    const swapped = { ...cyclist("mp-x"), parts: [cyclist("mp-x").parts[2]!, cyclist("mp-x").parts[0]!, cyclist("mp-x").parts[1]!] };
    expect(questionGroupInput.safeParse(swapped).error?.issues.map((i) => i.message)).toEqual([
      "part (a) is not an earlier numeric part",
      "part (b) is not an earlier numeric part",
    ]);
    const disagrees = cyclist("mp-y");
    disagrees.parts[2] = numericPart("c", 300, 2, { followThrough: { from: ["a", "b"], value: "b + 20 * a" } });
    expect(questionGroupInput.safeParse(disagrees).error?.issues[0]?.message).toMatch(/gives 288, not this part's answer 300/);
    const broken = { ...cyclist("mp-w"), context: "A graph of $\\frac{1}{$ ![a cat](https://example.com/cat.png)" };
    expect(questionGroupInput.safeParse(broken).error?.issues.map((i) => [i.path.join("."), i.message.slice(0, 30)])).toEqual([
      ["context", expect.stringMatching(/^LaTeX error/)],
      ["context", expect.stringMatching(/^The image https:\/\/example.com/)],
    ]);
    const twice = cyclist("mp-z");
    twice.parts[1] = numericPart("a", 48, 2);
    expect(questionGroupInput.safeParse(twice).error?.issues.map((i) => i.message)).toContain("part (a) appears twice");
  });

  it("stores the parts in order under their group, and a re-seed that reorders or drops parts keeps each part's row", async () => {
    const key = `mp-store-${uniqueSuffix()}`;
    const ids = await storeGroup(cyclist(key));
    const stored = await db
      .$primary()
      .question.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, partLabel: true, partIndex: true, groupId: true } });
    expect(ids.map((id) => stored.find((q) => q.id === id)).map((q) => [q?.key, q?.partLabel, q?.partIndex])).toEqual([
      [`${key}-a`, "a", 0],
      [`${key}-b`, "b", 1],
      [`${key}-c`, "c", 2],
    ]);
    const group = cyclist(key);
    const again = await storeGroup({ ...group, parts: [group.parts[1]!, group.parts[0]!] });
    expect(again).toEqual([ids[1], ids[0]]);
    const dropped = await db.$primary().question.findUniqueOrThrow({ where: { id: ids[2] }, select: { status: true } });
    expect(dropped.status).toBe("ARCHIVED");
    // The editor shows a part with its question around it.
    expect((await getQuestionForEditor(ids[1]!))?.part).toEqual({
      label: "b",
      groupId: expect.any(String),
      groupKey: key,
      context: expect.stringContaining("A cyclist"),
      siblings: [
        { id: ids[1], label: "b" },
        { id: ids[0], label: "a" },
        { id: ids[2], label: "c" },
      ],
    });
  });

  it("practises a whole question when one part is chosen, shows each part under the context, and follows through a wrong earlier value", async () => {
    const [a, b, c] = await storeGroup(cyclist(`mp-practice-${uniqueSuffix()}`));
    const { id } = await createPracticeSession(student, { mode: "questions", questionIds: [c!] });
    const session = await db.$primary().practiceSession.findUniqueOrThrow({ where: { id }, select: { questionIds: true } });
    expect(session.questionIds).toEqual([a, b, c]);

    const state = await getPracticeState(student, id);
    expect(state.view?.question?.part).toEqual({ label: "a", context: expect.stringContaining("A cyclist accelerates") });

    expect((await submitPracticeAnswer(student, id, a!, { type: "NUMERIC", value: "12 m" }, 1000)).result.marksAwarded).toBe(1);
    expect((await submitPracticeAnswer(student, id, b!, { type: "NUMERIC", value: "96 m" }, 1000)).result.marksAwarded).toBe(0);
    // 96 + 20 × 12 = 336: wrong, but right for the student's own (b).
    const followed = await submitPracticeAnswer(student, id, c!, { type: "NUMERIC", value: "336 m" }, 1000);
    expect(followed.result).toMatchObject({ marksAwarded: 2, feedback: expect.stringMatching(/^Follow-through/) });
    const shown = await getPracticeState(student, id, 2);
    expect(shown.view?.answered?.feedback).toMatch(/^Follow-through/);
  });

  it("puts a multi-part question on a mock paper whole, numbered 1(a), 1(b)…, and follows through on the paper's own answers", async () => {
    const ids = await storeGroup(cyclist(`mp-mock-${uniqueSuffix()}`));
    // The bank's Paper 2 now holds exactly the paper's 60 marks: the three 3- to 5-mark groups of these
    // tests and these one-part questions, so the paper takes everything and must keep each group whole.
    for (const marks of [10, 10, 10, 10, 7]) {
      const single = questionInput.parse({ ...numericPart("x", 5, marks), key: `mp-single-${uniqueSuffix()}`, levels: ["HL"], paper: "P2", calculator: true });
      await upsertQuestion(single, { key: single.key, courseId: fixture.course.id, topicId: fixture.topics.t2.id });
    }
    const paper = await assemblePaper(fixture.course.slug, "P2", { seed: 1 });
    expect(paper.totalMarks).toBe(60);
    const onPaper = paper.questions.map((q) => q.id);
    const at = onPaper.indexOf(ids[0]!);
    expect(onPaper.slice(at, at + 3)).toEqual(ids);

    const { id: mockId } = await startMockExam(student, { courseSlug: fixture.course.slug, paper: "P2", scale: 1 }, { seed: 1 });
    await saveMockDraft(student, mockId, ids[0]!, { type: "NUMERIC", value: "10" });
    await saveMockDraft(student, mockId, ids[1]!, { type: "NUMERIC", value: "48" });
    await saveMockDraft(student, mockId, ids[2]!, { type: "NUMERIC", value: "248" });
    const result = await submitMockExam(student, mockId, { auto: false });
    const rows = new Map(result.questions.map((q) => [q.questionId, q]));
    expect(ids.map((id) => [rows.get(id)?.number, rows.get(id)?.marksAwarded])).toEqual([
      [expect.stringMatching(/^\d\(a\)$/), 0],
      [expect.stringMatching(/^\d\(b\)$/), 2],
      [expect.stringMatching(/^\d\(c\)$/), 2],
    ]);
    expect(rows.get(ids[1]!)?.context).toContain("A cyclist accelerates");
  });
});
