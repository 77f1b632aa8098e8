import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getContentSubject } from "./get-content-subject";
import { CONTENT_COURSES_PAGE_SIZE, listContentCourses, listContentCoursesQuery, parseContentCoursesQuery } from "./list-content-courses";
import { createTestCourse, deleteTestSubject, insertQuestion } from "@/lib/test-support/test-course";

// A subject of the test's own (its suffix makes the search match only it) with an HL course holding
// questions and an SL course with none.
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
let slCourseId: string;
const search = (extra: Record<string, unknown> = {}) => listContentCourses(listContentCoursesQuery.parse({ q: fixture.subject.name, ...extra }));

beforeAll(async () => {
  fixture = await createTestCourse();
  const sl = await db.course.create({
    data: { slug: `${fixture.subject.slug}-sl`, subjectId: fixture.subject.id, level: "SL", name: `${fixture.subject.name} SL` },
  });
  slCourseId = sl.id;
  await insertQuestion(fixture.course.id, fixture.topics.t11.id, "PUBLISHED");
  await insertQuestion(fixture.course.id, fixture.topics.t12.id, "DRAFT");
});
afterAll(async () => {
  await deleteTestSubject(fixture.subject.id);
});

describe("listContentCourses", () => {
  it("finds a subject's courses by the subject's name, SL before HL, with their sizes", async () => {
    const page = await search();
    expect(page).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(page.items.map((c) => c.id)).toEqual([slCourseId, fixture.course.id]);
    expect(page.items[1]).toMatchObject({
      level: "HL",
      topicCount: 4,
      questions: { published: 1, draft: 1, archived: 0 },
      subject: { id: fixture.subject.id, name: fixture.subject.name, group: 4, archived: false },
    });
  });

  it("finds a course by its slug, case aside", async () => {
    const page = await listContentCourses(listContentCoursesQuery.parse({ q: fixture.course.slug.toUpperCase() }));
    expect(page.items.map((c) => c.id)).toEqual([fixture.course.id]);
  });

  it("filters by level, subject group and whether a course has published questions", async () => {
    expect((await search({ level: "SL" })).items.map((c) => c.id)).toEqual([slCourseId]);
    expect((await search({ group: "5" })).total).toBe(0);
    expect((await search({ group: "4" })).total).toBe(2);
    expect((await search({ questions: "with" })).items.map((c) => c.id)).toEqual([fixture.course.id]);
    expect((await search({ questions: "without" })).items.map((c) => c.id)).toEqual([slCourseId]);
  });

  it("pages through every course exactly once, and a page past the end shows the last", async () => {
    const first = await listContentCourses(listContentCoursesQuery.parse({}));
    expect(first.items.length).toBeLessThanOrEqual(CONTENT_COURSES_PAGE_SIZE);
    const seen: string[] = [];
    for (let p = 1; p <= first.pageCount; p++) seen.push(...(await listContentCourses(listContentCoursesQuery.parse({ page: p }))).items.map((c) => c.id));
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(first.total);
    expect(seen).toContain(fixture.course.id);
    const beyond = await listContentCourses(listContentCoursesQuery.parse({ page: first.pageCount + 5 }));
    expect(beyond.page).toBe(first.pageCount);
  });
});

describe("parseContentCoursesQuery", () => {
  it("keeps the valid filters and drops the bad ones to their defaults, naming them", () => {
    expect(parseContentCoursesQuery({ q: " physics ", page: "abc", group: "9", level: ["HL", "SL"], questions: "" })).toEqual({
      query: { q: "physics", page: 1, level: "HL" },
      invalid: ["group", "page"],
    });
    expect(parseContentCoursesQuery({ page: "3", questions: "without" })).toEqual({ query: { page: 3, questions: "without" }, invalid: [] });
  });
});

describe("getContentSubject", () => {
  it("returns a subject with its courses and their sizes, or null", async () => {
    const subject = await getContentSubject(fixture.subject.id);
    expect(subject?.courses.map((c) => [c.level, c.questions.published])).toEqual([
      ["SL", 0],
      ["HL", 1],
    ]);
    expect(await getContentSubject("00000000-0000-7000-8000-000000000000")).toBeNull();
  });
});
