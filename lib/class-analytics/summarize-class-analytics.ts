import { predictGrade, type GradeSample } from "@/lib/grades/predict-grade";
import { latestBoundaries } from "@/lib/dashboard/latest-boundaries";
import type { SampleRow } from "@/lib/dashboard/load-dashboard-activity";
import type { ClassProgressRow } from "@/lib/class-analytics/load-class-roster-progress";
import type { AssignmentRow } from "@/lib/class-analytics/load-class-assignments";
import type { ClassAnalytics, WeakClassTopic } from "@/lib/class-analytics/class-analytics-types";

/** A member with no activity for this many days is listed as inactive. */
export const INACTIVE_AFTER_DAYS = 7;
/** How many of the weakest topics the analytics list. */
export const MAX_WEAKEST_TOPICS = 10;
const DAY_MS = 86_400_000;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The class's analytics from its three query results; pure, so each aggregate is tested on its own. */
export function summarizeClassAnalytics(
  cls: { id: string; name: string },
  progress: ClassProgressRow,
  samples: Map<string, SampleRow[]>,
  assignments: AssignmentRow[],
  now: Date,
): ClassAnalytics {
  const column = new Map(progress.topics.map(([order], i) => [order, i]));
  const heatMap = progress.members.map(([, , , , cells]) => {
    const row: (number | null)[] = progress.topics.map(() => null);
    for (const [order, mastery] of cells) {
      const i = column.get(order);
      if (i !== undefined) row[i] = round3(mastery);
    }
    return row;
  });

  // The prediction is the student dashboard's own (predictGrade over the same samples and topic count).
  const latest = latestBoundaries(progress.boundaries);
  const predicted = progress.members.map(([id]) => {
    if (!latest) return null;
    const rows = samples.get(id) ?? [];
    const gradeSamples: GradeSample[] = rows.map(([marksAwarded, maxMarks, at, questionId, topicId]) => ({
      marksAwarded,
      maxMarks,
      at: new Date(Number(at)),
      questionId,
      topicId,
    }));
    return predictGrade(gradeSamples, latest.boundaries, now, progress.topics.length)?.grade ?? null;
  });
  const grades = Array.from({ length: 7 }, (_, g) => predicted.filter((p) => p === g + 1).length);

  const memberCount = progress.members.length;
  return {
    generatedAt: now.toISOString(),
    classId: cls.id,
    className: cls.name,
    courseName: progress.course_name,
    members: progress.members.map(([id, name, email, lastActive], i) => ({
      id,
      name,
      email,
      lastActiveAt: lastActive === null ? null : new Date(Number(lastActive)).toISOString(),
      inactive: lastActive === null || now.getTime() - Number(lastActive) >= INACTIVE_AFTER_DAYS * DAY_MS,
      predictedGrade: predicted[i] ?? null,
    })),
    topics: progress.topics.map(([, code, title]) => ({ code, title })),
    heatMap,
    weakestTopics: weakestTopics(progress, heatMap),
    assignments: assignments.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      dueAt: new Date(a.due_at).toISOString(),
      submitted: a.submitted,
      late: a.late,
      inProgress: a.in_progress,
      notStarted: Math.max(0, memberCount - a.submitted - a.late - a.in_progress),
      markBands: a.bands,
    })),
    grades,
    notEnoughData: predicted.filter((p) => p === null).length,
  };
}

/** Lowest mean mastery among topics some member has practised, weakest first (ties: syllabus order). */
function weakestTopics(progress: ClassProgressRow, heatMap: (number | null)[][]): WeakClassTopic[] {
  return progress.topics
    .map(([, code, title], i) => {
      const seen = heatMap.map((row) => row[i]).filter((m): m is number => m !== null && m !== undefined);
      return { code, title, seenBy: seen.length, meanMastery: seen.length ? round3(seen.reduce((s, m) => s + m, 0) / seen.length) : 0, order: i };
    })
    .filter((t) => t.seenBy > 0)
    .sort((a, b) => a.meanMastery - b.meanMastery || a.order - b.order)
    .slice(0, MAX_WEAKEST_TOPICS)
    .map(({ code, title, meanMastery, seenBy }) => ({ code, title, meanMastery, seenBy }));
}
