// What a teacher's class analytics show: built by summarizeClassAnalytics, cached as JSON (dates as ISO
// strings), drawn by /teach/classes/[classId]/analytics and written out by classAnalyticsCsv.

export type ClassAnalyticsMember = {
  id: string;
  name: string | null;
  email: string;
  lastActiveAt: string | null;
  /** No activity for INACTIVE_AFTER_DAYS or more (or never). */
  inactive: boolean;
  /** Predicted grade 1–7 in the class's course, or null: not enough evidence yet (or no boundaries). */
  predictedGrade: number | null;
};

export type ClassAnalyticsTopic = { code: string; title: string };

export type WeakClassTopic = ClassAnalyticsTopic & {
  /** Mean mastery (0–1) over the members who have practised the topic. */
  meanMastery: number;
  /** How many members have practised it. */
  seenBy: number;
};

export type AssignmentCompletion = {
  id: string;
  title: string;
  kind: "QUESTIONS" | "MOCK" | "FLASHCARDS";
  dueAt: string;
  submitted: number;
  late: number;
  inProgress: number;
  notStarted: number;
  /** Submitted work per band of the percentage of marks: 0–19 %, 20–39 %, 40–59 %, 60–79 %, 80–100 %. */
  markBands: number[];
};

export type ClassAnalytics = {
  generatedAt: string;
  classId: string;
  className: string;
  courseName: string;
  members: ClassAnalyticsMember[];
  /** The heat map's columns: the course's syllabus topics in syllabus order. */
  topics: ClassAnalyticsTopic[];
  /** The heat map: one row per member (same order as `members`), one cell per topic, mastery 0–1 or null when unseen. */
  heatMap: (number | null)[][];
  weakestTopics: WeakClassTopic[];
  assignments: AssignmentCompletion[];
  /** Members per predicted grade: `grades[0]` is grade 1 … `grades[6]` grade 7. */
  grades: number[];
  /** Members without a prediction: fewer different questions answered than a prediction needs. */
  notEnoughData: number;
  /** Set when the database could not be reached and this is the last copy computed. */
  stale?: true;
};
