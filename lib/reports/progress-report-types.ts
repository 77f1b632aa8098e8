import type { CoursePrediction } from "@/lib/dashboard/dashboard-types";
import type { TopLevelMastery } from "@/lib/reports/top-level-mastery";

// What a progress report shows per student: built by loadProgressReportData, drawn by renderProgressReportPdf.

/** The window of the report's activity figures. */
export const REPORT_ACTIVITY_DAYS = 30;

export type ReportCourse = {
  name: string;
  level: "SL" | "HL";
  targetGrade: number | null;
  topics: TopLevelMastery[];
  prediction: CoursePrediction | null;
  /** Marked answers still needed before a grade can be predicted. */
  predictionNeeds: number;
  weakTopics: { code: string; title: string; mastery: number; attempts: number }[];
};

export type StudentProgressReport = {
  userId: string;
  name: string;
  email: string;
  courses: ReportCourse[];
  /** Across all the student's courses, over the last REPORT_ACTIVITY_DAYS days. */
  activity: { answered: number; marked: number; marksAwarded: number; maxMarks: number; accuracy: number | null };
  flashcards: { dueToday: number; reviewedLast30Days: number };
};
