import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { waitForReplicas } from "@/lib/admin/content/wait-for-replicas";
import { listQuestions, type QuestionListItem } from "./list-questions";
import { parseQuestionQuery } from "./question-filters";
import { createTestCourse, deleteTestSubject } from "@/lib/test-support/test-course";

type Fixture = Awaited<ReturnType<typeof createTestCourse>>;

describe("question bank search (stem, worked solution and markscheme; prefixes; typos)", () => {
  let fixture: Fixture;
  const ids: Record<"inStem" | "inSolution" | "inMarkscheme" | "unrelated" | "draft", string> = {} as never;

  async function addQuestion(stem: string, workedSolution: string, markschemeText: string, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
    const q = await db.question.create({
      data: {
        key: `search-${randomUUID()}`,
        courseId: fixture.course.id,
        topicId: fixture.topics.t11.id,
        type: "WRITTEN",
        difficulty: 3,
        marks: 2,
        paper: "P1",
        calculator: false,
        commandTerm: "Find",
        stem,
        workedSolution,
        status,
        source: { kind: "original" },
        markingPoints: {
          create: [
            { label: "M1", kind: "M", marks: 1, text: markschemeText, sortOrder: 0 },
            { label: "A1", kind: "A", marks: 1, text: "correct answer", sortOrder: 1 },
          ],
        },
      },
    });
    return q.id;
  }

  beforeAll(async () => {
    fixture = await createTestCourse();
    // Created in this order so that id order differs from the order the search must give.
    ids.inMarkscheme = await addQuestion("The curve $y = x^2$ has a tangent at $x = 3$. Find its gradient.", "$$y' = 2x = 6$$", "finds the derivative $2x$");
    ids.inSolution = await addQuestion(
      "Differentiate $g(x) = \\sin x$ with respect to $x$.",
      "The derivative of $\\sin x$ is $\\cos x$.",
      "uses the standard result",
    );
    ids.unrelated = await addQuestion("Integrate $\\int_0^1 x\\,dx$.", "$$\\int_0^1 x\\,dx = \\tfrac12$$", "integrates correctly");
    ids.inStem = await addQuestion("Find the derivative of $f(x) = x^3 - 4x$.", "$$f'(x) = 3x^2 - 4$$", "power rule applied");
    ids.draft = await addQuestion("A draft about the derivative of $e^x$.", "$$e^x$$", "derivative", "DRAFT");
    await waitForReplicas();
  });
  afterAll(async () => {
    await deleteTestSubject(fixture.subject.id);
  });

  async function search(q: string, limit = 20): Promise<QuestionListItem[]> {
    const out: QuestionListItem[] = [];
    let cursor = "";
    for (let pages = 0; pages < 50; pages++) {
      const params = new URLSearchParams({ course: fixture.course.slug, q, limit: String(limit), cursor });
      const { filters, page } = parseQuestionQuery(params);
      const result = await listQuestions(null, filters, page);
      out.push(...result.items);
      if (!result.nextCursor) return out;
      cursor = result.nextCursor;
    }
    throw new Error("too many pages");
  }

  it('"derivative" finds the questions about derivatives in stem, worked solution and markscheme, stem matches first', async () => {
    const got = (await search("derivative")).map((i) => i.id);
    expect(got[0]).toBe(ids.inStem);
    expect(new Set(got)).toEqual(new Set([ids.inStem, ids.inSolution, ids.inMarkscheme]));
  });

  it('"derivitive" (a typo) still finds them, stem matches first', async () => {
    const got = (await search("derivitive")).map((i) => i.id);
    expect(got[0]).toBe(ids.inStem);
    expect(new Set(got)).toEqual(new Set([ids.inStem, ids.inSolution, ids.inMarkscheme]));
  });

  it("matches word prefixes and plurals", async () => {
    expect(new Set((await search("deriv")).map((i) => i.id))).toEqual(new Set([ids.inStem, ids.inSolution, ids.inMarkscheme]));
    expect((await search("derivatives"))[0]?.id).toBe(ids.inStem);
    expect((await search("integr")).map((i) => i.id)).toEqual([ids.unrelated]);
  });

  it("pages through ranked results without losing or repeating any", async () => {
    const whole = (await search("derivative")).map((i) => i.id);
    const byOne = (await search("derivative", 1)).map((i) => i.id);
    expect(byOne).toEqual(whole);
    const typoByOne = (await search("derivitive", 1)).map((i) => i.id);
    expect(typoByOne).toEqual((await search("derivitive")).map((i) => i.id));
  });

  it("finds nothing for unrelated words, stop words or punctuation, and never fails on syntax", async () => {
    expect(await search("photosynthesis")).toEqual([]);
    expect(await search("the")).toEqual([]);
    expect(await search("((")).toEqual([]);
    await expect(search('"derivative of" -(( or')).resolves.toBeDefined();
    expect((await search('"derivative of"')).map((i) => i.id)).toEqual(expect.arrayContaining([ids.inStem]));
  });
});
