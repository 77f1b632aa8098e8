import { describe, expect, it } from "vitest";
import { accuracyTrend, summarizeCourse, weakTopics } from "@/lib/dashboard/summarize-course";
import { latestBoundaries } from "@/lib/dashboard/latest-boundaries";
import type { TopicCell } from "@/lib/dashboard/dashboard-types";

const cell = (code: string, mastery: number | null, attempts: number): TopicCell => ({ code, title: `Topic ${code}`, mastery, attempts });

describe("weakTopics", () => {
  it("lists the lowest mastery first, only topics with at least two attempts, at most five, with a practice link", () => {
    const topics = [
      cell("1.1", 0.2, 1),
      cell("1.2", 0.5, 2),
      cell("1.3", null, 0),
      cell("1.4", 0.1, 3),
      cell("2.1", 0.9, 4),
      cell("2.2", 0.5, 5),
      cell("2.3", 0.3, 2),
      cell("2.4", 0.95, 2),
    ];
    expect(weakTopics("physics-sl", topics).map((t) => [t.code, t.mastery])).toEqual([
      ["1.4", 0.1],
      ["2.3", 0.3],
      ["1.2", 0.5],
      ["2.2", 0.5],
      ["2.1", 0.9],
    ]);
    expect(weakTopics("physics-sl", [cell("S.T1", 0.4, 2)])[0]!.href).toBe("/practice?course=physics-sl&topic=S.T1");
    expect(weakTopics("x", [cell("A&B", 0.4, 2)])[0]!.href).toBe("/practice?course=x&topic=A%26B");
  });

  it("links a weak topic's revision note when it has one", () => {
    const [noted, bare] = weakTopics("psychology-sl", [cell("B.1", 0.2, 2), cell("B.2", 0.3, 2)], new Set(["B.1"]));
    expect(noted!.noteHref).toBe("/courses/psychology-sl/topics/B.1");
    expect(bare!.noteHref).toBeNull();
  });
});

describe("accuracyTrend", () => {
  it("gives twelve seven-day weeks ending today, oldest first, with empty weeks as null", () => {
    const weeks = accuracyTrend(
      [
        ["c", 0, 13, 21],
        ["c", 3, 1, 6],
      ],
      "2030-01-15",
    );
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toEqual({ weekStart: "2030-01-09", marksAwarded: 13, maxMarks: 21, share: 0.619 });
    expect(weeks[8]).toEqual({ weekStart: "2029-12-19", marksAwarded: 1, maxMarks: 6, share: 0.167 });
    expect(weeks[0]).toEqual({ weekStart: "2029-10-24", marksAwarded: 0, maxMarks: 0, share: null });
  });
});

describe("latestBoundaries", () => {
  it("picks the most recent session: later year first, November after May", () => {
    const row = (session: string, grade: number, min: number): [string, number, number] => [session, grade, min];
    expect(latestBoundaries([row("M24", 7, 70), row("N24", 7, 71), row("M24", 1, 0), row("N24", 1, 0)])).toEqual({
      session: "N24",
      boundaries: [
        { grade: 7, minPercent: 71 },
        { grade: 1, minPercent: 0 },
      ],
    });
    expect(latestBoundaries([row("N24", 7, 71), row("M25", 7, 72)])?.session).toBe("M25");
    expect(latestBoundaries([])).toBeNull();
  });
});

describe("summarizeCourse", () => {
  const course = {
    courseId: "c",
    slug: "physics-sl",
    name: "Physics SL",
    level: "SL" as const,
    targetGrade: 6,
    topics: [
      ["A.1", "Kinematics", 0.75, 4],
      ["A.2", "Forces", 0.2222222, 3],
      ["A.3", "Energy", null, 0],
      ["B.1", "Thermal", 0, 0],
    ] as [string, string, number | null, number][],
    boundaries: [
      ["M25", 1, 0],
      ["M25", 5, 50],
      ["M25", 7, 80],
    ] as [string, number, number][],
  };
  const now = new Date("2030-01-15T18:00:00Z");

  it("counts progress over syllabus topics and rounds mastery", () => {
    const summary = summarizeCourse(course, [], [], now, "2030-01-15");
    expect(summary.progress).toEqual({ attempted: 2, total: 4, share: 0.5 });
    expect(summary.topics.map((t) => t.mastery)).toEqual([0.75, 0.222, null, null]);
    expect(summary.prediction).toBeNull();
    expect(summary.predictionNeeds).toBe(5);
  });

  it("predicts a grade once there are five different questions, naming the boundary session and the evidence", () => {
    const samples = Array.from({ length: 6 }, (_, i): [number, number, number, string, string] => [3, 4, now.getTime(), `q${i}`, `t${i % 2}`]);
    const summary = summarizeCourse(course, [], samples, now, "2030-01-15");
    expect(summary.prediction).toMatchObject({ grade: 5, percent: 75, basis: 6, questions: 6, topicsCovered: 2, topicsTotal: 4, session: "M25" });
    // Six answers to three questions are not enough.
    const repeated = samples.map(([a, m, at, , topic], i): [number, number, number, string, string] => [a, m, at, `q${i % 3}`, topic]);
    expect(summarizeCourse(course, [], repeated, now, "2030-01-15")).toMatchObject({ prediction: null, predictionNeeds: 2 });
    expect(summary.predictionNeeds).toBe(0);
    // Without grade boundaries there is nothing to map a percentage to.
    expect(summarizeCourse({ ...course, boundaries: [] }, [], samples, now, "2030-01-15")).toMatchObject({ prediction: null, predictionNeeds: 0 });
  });
});
