import type { MarkingPoint } from "@/lib/questions/question-input";
import type { NumericAnswer } from "@/lib/questions/question-input";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

/** What a student submits. Numeric answers stay as typed ("2.45 m/s", "3.2e4", "15/28"): parsing is marking's job. */
export type AnswerInput = { type: "MCQ"; optionId: string } | { type: "NUMERIC"; value: string } | { type: "WRITTEN"; text: string };

/** A question as marking needs it; `markingPoints[].id` is the point's label ("M1", "A1", "p3"). */
export type MarkableQuestion = {
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  options?: { id: string; text: string }[] | null;
  correctOptionId?: string | null;
  numericAnswer?: NumericAnswer | null;
  markingPoints: Pick<MarkingPoint, "id" | "kind" | "marks" | "text" | "dependsOn" | "keywords">[];
  /** WRITTEN marked by levels of response; its marking points are then indicative content. */
  markbands?: MarkbandCriterion[] | null;
};

/** Where a marker placed an answer on one criterion's markbands: a level (0 = below level 1) and a mark inside it. */
export type BandAward = { criterion: string; level: number; marks: number };

export type PointAward = {
  label: string;
  marks: number;
  awarded: boolean;
  /** The automatic suggestion for written answers (keyword/number matching); never a mark by itself. */
  suggested?: boolean;
  /** The keywords or numbers found in the answer that led to the suggestion. */
  matched?: string[];
};

export type MarkResult = {
  /** AWAITING_MARKING: a written answer whose points the student (or a teacher) still has to mark. */
  status: "MARKED" | "AWAITING_MARKING";
  marksAwarded: number;
  maxMarks: number;
  pointAwards: PointAward[];
  /** Markband questions only: one award per criterion, in the markbands' order. */
  bandAwards?: BandAward[];
  markedBy: "AUTO" | "SELF" | null;
  /** One sentence for the student, e.g. "Correct to 3 significant figures." */
  feedback: string;
};
