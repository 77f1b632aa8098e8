// The student dashboard's payload. It is cached as JSON and served as JSON, so it holds only JSON values:
// instants are ISO strings, calendar days "YYYY-MM-DD" in the student's time zone.

export type TopicCell = {
  code: string;
  title: string;
  /** 0–1 (three decimals), or null for a topic never attempted. */
  mastery: number | null;
  /** Marked attempts on the topic. */
  attempts: number;
};

/** `href` practises the topic; `noteHref` opens its revision note, when it has one. */
export type WeakTopic = TopicCell & { mastery: number; href: string; noteHref: string | null };

export type TrendWeek = {
  /** First local day of the 7-day week; the last week ends today. */
  weekStart: string;
  marksAwarded: number;
  maxMarks: number;
  /** marksAwarded / maxMarks, or null in a week without marked attempts. */
  share: number | null;
};

export type CoursePrediction = {
  grade: number;
  low: number;
  high: number;
  percent: number;
  /** Attempts the prediction rests on, repeats included. */
  basis: number;
  /** Different questions among them, and the syllabus topics they cover of the course's total. */
  questions: number;
  topicsCovered: number;
  topicsTotal: number;
  /** The grade-boundary session used, e.g. "M25". */
  session: string;
};

export type CourseDashboard = {
  slug: string;
  name: string;
  level: "SL" | "HL";
  targetGrade: number | null;
  /** Syllabus topics (those a question can be on) with at least one marked attempt. */
  progress: { attempted: number; total: number; share: number };
  /** Heat map cells in syllabus order. */
  topics: TopicCell[];
  /** Twelve weeks, oldest first. */
  accuracyTrend: TrendWeek[];
  /** Lowest mastery first, at least MIN_WEAK_TOPIC_ATTEMPTS attempts each, at most MAX_WEAK_TOPICS. */
  weakTopics: WeakTopic[];
  /** Null until there are enough different questions (see `predictionNeeds`) or without grade boundaries. */
  prediction: CoursePrediction | null;
  /** Different questions still to answer before a prediction is shown (0 once there are enough). */
  predictionNeeds: number;
  /** Marked answers in the course (the course's summary line). */
  answered: number;
  /** Mean mastery (0–1) over the topics practised so far, or null before any. */
  mastery: number | null;
};

export type RecentAttempt = {
  id: string;
  at: string;
  courseSlug: string;
  courseName: string;
  topicCode: string;
  topicTitle: string;
  status: "MARKED" | "AWAITING_MARKING";
  marksAwarded: number;
  maxMarks: number;
};

export type StudentDashboard = {
  /** Present (true) only on a copy served while the database is unreachable; `generatedAt` says how old. */
  stale?: true;
  generatedAt: string;
  timeZone: string;
  /** The student's today, "YYYY-MM-DD". */
  today: string;
  /** First day of the exam session (1 May / 1 November) and whole local days until it; null without an exam session. */
  exam: { month: "MAY" | "NOVEMBER"; year: number; startsOn: string; daysLeft: number } | null;
  /** Consecutive local days with an attempt or a card review, ending today (or yesterday, not yet broken). */
  streak: { days: number; activeToday: boolean };
  /** Flashcards and mistake cards due before the student's local midnight. */
  cardsDueToday: number;
  /** New flashcards the student can start today: unseen ones, within the queue's daily new-card allowance. */
  newCardsToday: number;
  /** The last ten attempts, newest first. */
  recentActivity: RecentAttempt[];
  courses: CourseDashboard[];
};
