import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { STATS_REFRESH_LOCK_KEY, refreshStats } from "./refresh-stats";
import {
  ANALYTICS_LIST_PAGE_SIZE,
  listCourseActivity,
  listCoverageGapTopics,
  listLowSuccessQuestions,
  listTopicActivity,
  type AnalyticsRowsPage,
} from "./list-analytics-rows";
import { waitForReplica } from "@/lib/test-support/replica";
import { createTestCourse, deleteTestSubject, insertQuestion } from "@/lib/test-support/test-course";
import { createTestUsers, deleteTestUsers } from "@/lib/test-support/users";

// A course of the test's own: topic 1.1 has two published questions, one everyone gets right and one
// everyone gets wrong (20 marked attempts each, the views' minimum); 1.2 and 2 have none.
let fixture: Awaited<ReturnType<typeof createTestCourse>>;
let users: string[];
let easyId: string;
let hardId: string;

async function refreshed() {
  await redis.del(STATS_REFRESH_LOCK_KEY);
  const summary = await refreshStats();
  if (summary.status !== "refreshed") throw new Error(`refresh failed: ${JSON.stringify(summary)}`);
  await waitForReplica();
}

/** Every page of a list, checking each is full but the last. */
async function everyPage<T>(list: (page: number) => Promise<AnalyticsRowsPage<T>>): Promise<T[]> {
  const first = await list(1);
  const all = [...first.items];
  for (let p = 2; p <= first.pageCount; p++) {
    const next = await list(p);
    expect(next.page).toBe(p);
    all.push(...next.items);
  }
  expect(all).toHaveLength(first.total);
  if (first.pageCount > 1) expect(first.items).toHaveLength(ANALYTICS_LIST_PAGE_SIZE);
  return all;
}

beforeAll(async () => {
  fixture = await createTestCourse();
  users = await createTestUsers(1);
  const { course, topics } = fixture;
  easyId = (await insertQuestion(course.id, topics.t11.id)).id;
  hardId = (await insertQuestion(course.id, topics.t11.id)).id;
  const attempt = (questionId: string, marksAwarded: number) => ({
    userId: users[0]!,
    questionId,
    courseId: course.id,
    topicId: topics.t11.id,
    answer: {},
    status: "MARKED" as const,
    marksAwarded,
    maxMarks: 1,
  });
  await db.attempt.createMany({ data: Array.from({ length: 20 }, () => [attempt(easyId, 1), attempt(hardId, 0)]).flat() });
  await refreshed();
});
afterAll(async () => {
  await deleteTestUsers(users);
  await deleteTestSubject(fixture.subject.id);
  await refreshed();
});

describe("the analytics' see-all lists", () => {
  it("list every coverage gap once, this course's three leaf topics among them", async () => {
    const gaps = await everyPage(listCoverageGapTopics);
    expect(new Set(gaps.map((g) => g.topicId)).size).toBe(gaps.length);
    const ours = gaps.filter((g) => g.courseName === fixture.course.name);
    expect(ours.map((g) => [g.code, g.publishedQuestions])).toEqual([
      ["1.1", 2],
      ["1.2", 0],
      ["2", 0],
    ]);
  });

  it("list the question far below its course's average, and not the one above it", async () => {
    const low = await everyPage(listLowSuccessQuestions);
    const hard = low.find((q) => q.questionId === hardId);
    expect(hard).toMatchObject({ courseName: fixture.course.name, topicCode: "1.1", attempts: 20, meanShare: 0, courseMeanShare: 0.5 });
    expect(low.some((q) => q.questionId === easyId)).toBe(false);
  });

  it("rank every practised course and topic, with this course's attempts", async () => {
    const courses = await everyPage(listCourseActivity);
    expect(courses.find((c) => c.courseId === fixture.course.id)).toMatchObject({ attempts30d: 40, activeStudents30d: 1, marksShare30d: 0.5 });
    const topics = await everyPage(listTopicActivity);
    expect(topics.find((t) => t.topicId === fixture.topics.t11.id)).toMatchObject({ attempts30d: 40, courseName: fixture.course.name });
  });

  it("show the last page for a page past the end", async () => {
    const first = await listCoverageGapTopics(1);
    const beyond = await listCoverageGapTopics(first.pageCount + 3);
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.items.length).toBeGreaterThan(0);
  });
});
