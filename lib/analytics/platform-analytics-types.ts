/** The admin analytics payload (cached as JSON: dates are "YYYY-MM-DD" UTC days, times ISO strings). */
export type PlatformAnalytics = {
  days: number;
  /** Today's UTC day on the database, the last day of the daily series. */
  today: string;
  generatedAt: string;
  /** When the stats views were last refreshed (null until the refresh job has run once). */
  lastRefreshAt: string | null;
  /** One entry per day of the window, oldest first; days without activity are zeros. */
  daily: DailyStats[];
  totals: { signups: number; attempts: number; marksShare: number | null; averageDailyActive: number };
  active: {
    /** Distinct students with an attempt or review today (so far). */
    today: number;
    /** Distinct students in the last 7 / 30 days, today included (WAU / MAU). */
    last7Days: number;
    last30Days: number;
    /** ISO weeks (Monday start) and calendar months overlapping the window, oldest first. */
    weekly: ActivePeriod[];
    monthly: ActivePeriod[];
  };
  /** The last 30 days, whatever the window: distinct students cannot be summed over other windows. */
  topCourses: CourseActivity[];
  topTopics: TopicActivity[];
  lowSuccessQuestions: LowSuccessQuestion[];
  coverageGaps: CoverageGaps;
};

export type DailyStats = { day: string; signups: number; activeStudents: number; attempts: number; marksShare: number | null };

export type ActivePeriod = { periodStart: string; activeStudents: number; /** still in progress */ partial: boolean };

export type CourseActivity = { courseId: string; slug: string; name: string; attempts30d: number; activeStudents30d: number; marksShare30d: number | null };

export type TopicActivity = { topicId: string; code: string; title: string; courseName: string } & Omit<CourseActivity, "courseId" | "slug" | "name">;

export type LowSuccessQuestion = {
  questionId: string;
  key: string;
  stemPreview: string;
  status: string;
  courseName: string;
  topicCode: string;
  topicTitle: string;
  attempts: number;
  meanShare: number;
  courseMeanShare: number;
};

export type CoverageGaps = {
  /** Leaf topics with fewer than the minimum of published questions, over all live courses. */
  totalGapTopics: number;
  byCourse: { courseId: string; courseName: string; gapTopics: number; leafTopics: number; publishedQuestions: number }[];
  /** The first gaps, those of courses that already have content first (they are the actionable ones). */
  topics: { topicId: string; courseName: string; code: string; title: string; publishedQuestions: number }[];
};
