import { predictGrade, questionsNeededForPrediction, type GradeSample } from "@/lib/grades/predict-grade";
import { addDays } from "@/lib/calendar/local-calendar";
import { latestBoundaries } from "@/lib/dashboard/latest-boundaries";
import { TREND_WEEKS, type SampleRow, type TrendRow } from "@/lib/dashboard/load-dashboard-activity";
import type { DashboardCourseRow } from "@/lib/dashboard/load-dashboard-courses";
import type { CourseDashboard, TopicCell, TrendWeek, WeakTopic } from "@/lib/dashboard/dashboard-types";

/** A topic is "weak" only once it has this many attempts: one unlucky answer is not a weakness. */
export const MIN_WEAK_TOPIC_ATTEMPTS = 2;
export const MAX_WEAK_TOPICS = 5;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Where "Practise" on a weak topic leads: a practice set on that topic. */
export const practiseTopicHref = (courseSlug: string, topicCode: string) =>
  `/practice?course=${encodeURIComponent(courseSlug)}&topic=${encodeURIComponent(topicCode)}`;

/** Where "Read the note" on a weak topic leads: the topic's revision note. */
export const topicNoteHref = (courseSlug: string, topicCode: string) => `/courses/${encodeURIComponent(courseSlug)}/topics/${encodeURIComponent(topicCode)}`;

/** Twelve weeks oldest first; the last one is the seven local days ending today. */
export function accuracyTrend(rows: TrendRow[], today: string): TrendWeek[] {
  const byWeek = new Map(rows.map(([, week, awarded, available]) => [week, { awarded, available }]));
  return Array.from({ length: TREND_WEEKS }, (_, i) => {
    const weeksAgo = TREND_WEEKS - 1 - i;
    const w = byWeek.get(weeksAgo) ?? { awarded: 0, available: 0 };
    return {
      weekStart: addDays(today, -7 * weeksAgo - 6),
      marksAwarded: w.awarded,
      maxMarks: w.available,
      share: w.available ? round3(w.awarded / w.available) : null,
    };
  });
}

/** The lowest-mastery topics with enough attempts to tell, weakest first (ties: syllabus order). */
export function weakTopics(courseSlug: string, topics: TopicCell[], noted: ReadonlySet<string> = new Set()): WeakTopic[] {
  return topics
    .filter((t): t is TopicCell & { mastery: number } => t.mastery !== null && t.attempts >= MIN_WEAK_TOPIC_ATTEMPTS)
    .map((t, order) => ({ t, order }))
    .sort((a, b) => a.t.mastery - b.t.mastery || a.order - b.order)
    .slice(0, MAX_WEAK_TOPICS)
    .map(({ t }) => ({ ...t, href: practiseTopicHref(courseSlug, t.code), noteHref: noted.has(t.code) ? topicNoteHref(courseSlug, t.code) : null }));
}

/** One course's part of the dashboard, from its rows of the two dashboard queries. */
export function summarizeCourse(course: DashboardCourseRow, trendRows: TrendRow[], samples: SampleRow[], now: Date, today: string): CourseDashboard {
  const topics: TopicCell[] = course.topics.map(([code, title, mastery, attempts]) => ({
    code,
    title,
    mastery: mastery === null || attempts === 0 ? null : round3(mastery),
    attempts,
  }));
  const practised = topics.filter((t): t is TopicCell & { mastery: number } => t.attempts > 0 && t.mastery !== null);
  const attempted = topics.filter((t) => t.attempts > 0).length;

  const latest = latestBoundaries(course.boundaries);
  const gradeSamples: GradeSample[] = samples.map(([marksAwarded, maxMarks, at, questionId, topicId]) => ({
    marksAwarded,
    maxMarks,
    at: new Date(at),
    questionId,
    topicId,
  }));
  const predicted = latest ? predictGrade(gradeSamples, latest.boundaries, now, topics.length) : null;

  return {
    slug: course.slug,
    name: course.name,
    level: course.level,
    targetGrade: course.targetGrade,
    progress: { attempted, total: topics.length, share: topics.length ? round3(attempted / topics.length) : 0 },
    topics,
    accuracyTrend: accuracyTrend(trendRows, today),
    weakTopics: weakTopics(course.slug, topics, new Set(course.topics.filter((row) => row[4]).map(([code]) => code))),
    prediction: predicted && latest ? { ...predicted, session: latest.session } : null,
    predictionNeeds: predicted ? 0 : questionsNeededForPrediction(gradeSamples),
    answered: topics.reduce((n, t) => n + t.attempts, 0),
    mastery: practised.length ? round3(practised.reduce((sum, t) => sum + t.mastery, 0) / practised.length) : null,
  };
}
