import type { ReactNode } from "react";
import type { MarkbandFormCriterion } from "@/app/_components/markband-form";
import type { BandAward } from "@/lib/marking/marking-types";

/** One answer of the marking queue as the desk shows it: rich text already rendered on the server. */
export type DeskItem = {
  attemptId: string;
  student: string;
  assignment: string;
  answeredAt: string;
  maxMarks: number;
  question: ReactNode;
  answerText: string;
  /** Marked by points: the markscheme as checkboxes; null for a markband question. */
  points: { label: string; marks: number; text: ReactNode; suggested: boolean }[] | null;
  /** Marked by markbands: the criteria as radios; null for a points question. */
  criteria: MarkbandFormCriterion[] | null;
  indicativeContent: ReactNode;
  /** The student's own marking, which the form starts from so the teacher changes only what differs. */
  selfMarking: { marksAwarded: number; labels: string[]; bands: BandAward[] | null } | null;
};
