import type { ReactNode } from "react";
import type { AnalyticsList } from "@/lib/analytics/analytics-page-query";
import type { CoverageGapTopic } from "@/lib/analytics/list-analytics-rows";
import type { ActivePeriod, CourseActivity, CoverageGaps, DailyStats, LowSuccessQuestion, TopicActivity } from "@/lib/analytics/platform-analytics-types";
import { DataTable } from "@/app/_components/ui/data-table";
import { formatCount, formatDay, formatMonth, formatShare } from "./format-figures";

/** How one analytics list is shown, the same on its tab (its first rows) and on its own paginated view. */
export type ListSpec<T> = { list: AnalyticsList; title: string; headers: string[]; numeric: number[]; row: (item: T) => ReactNode[] };

const inProgress = (partial: boolean) => (partial ? " (so far)" : "");

export const weeksList: ListSpec<ActivePeriod> = {
  list: "weeks",
  title: "Active students per week",
  headers: ["Week of", "Students"],
  numeric: [1],
  row: (w) => [`${formatDay(w.periodStart)}${inProgress(w.partial)}`, formatCount(w.activeStudents)],
};

export const monthsList: ListSpec<ActivePeriod> = {
  list: "months",
  title: "Active students per month",
  headers: ["Month", "Students"],
  numeric: [1],
  row: (m) => [`${formatMonth(m.periodStart)}${inProgress(m.partial)}`, formatCount(m.activeStudents)],
};

export const dailyList: ListSpec<DailyStats> = {
  list: "daily",
  title: "Sign-ups, active students, attempts and marks per day",
  headers: ["Day", "Sign-ups", "Active students", "Attempts", "Marks"],
  numeric: [1, 2, 3, 4],
  row: (d) => [d.day, formatCount(d.signups), formatCount(d.activeStudents), formatCount(d.attempts), formatShare(d.marksShare)],
};

export const coursesList: ListSpec<CourseActivity> = {
  list: "courses",
  title: "Most practised courses, last 30 days",
  headers: ["Course", "Attempts", "Students", "Marks"],
  numeric: [1, 2, 3],
  row: (c) => [c.name, formatCount(c.attempts30d), formatCount(c.activeStudents30d), formatShare(c.marksShare30d)],
};

export const topicsList: ListSpec<TopicActivity> = {
  list: "topics",
  title: "Most practised topics, last 30 days",
  headers: ["Topic", "Attempts", "Students", "Marks"],
  numeric: [1, 2, 3],
  row: (t) => [
    <span key="topic">
      {t.code} {t.title} <span className="text-slate-600">· {t.courseName}</span>
    </span>,
    formatCount(t.attempts30d),
    formatCount(t.activeStudents30d),
    formatShare(t.marksShare30d),
  ],
};

export const lowSuccessList: ListSpec<LowSuccessQuestion> = {
  list: "low-success",
  title: "Questions with unusually low success",
  headers: ["Question", "Topic", "Attempts", "Mean score", "Course mean"],
  numeric: [2, 3, 4],
  row: (q) => [
    <div key="q" className="max-w-md min-w-48">
      <div className="font-mono text-xs text-slate-600">
        {q.key}
        {q.status !== "PUBLISHED" && <span className="ml-2 rounded bg-slate-100 px-1">{q.status.toLowerCase()}</span>}
      </div>
      <div className="line-clamp-2">{q.stemPreview}</div>
    </div>,
    <span key="t">
      {q.topicCode} {q.topicTitle} <span className="text-slate-600">· {q.courseName}</span>
    </span>,
    formatCount(q.attempts),
    formatShare(q.meanShare),
    formatShare(q.courseMeanShare),
  ],
};

export const gapCoursesList: ListSpec<CoverageGaps["byCourse"][number]> = {
  list: "gap-courses",
  title: "Coverage gaps by course",
  headers: ["Course", "Topics with gaps", "Published questions"],
  numeric: [1, 2],
  row: (c) => [c.courseName, `${formatCount(c.gapTopics)} of ${formatCount(c.leafTopics)}`, formatCount(c.publishedQuestions)],
};

export const gapTopicsList: ListSpec<CoverageGapTopic> = {
  list: "gap-topics",
  title: "Topics with too few published questions",
  headers: ["Topic", "Course", "Published"],
  numeric: [2],
  row: (t) => [`${t.code} ${t.title}`, t.courseName, formatCount(t.publishedQuestions)],
};

/** A list's rows as a table. */
export function ListTable<T>({ spec, items }: { spec: ListSpec<T>; items: T[] }) {
  return <DataTable caption={spec.title} headers={spec.headers} numeric={spec.numeric} rows={items.map(spec.row)} />;
}
