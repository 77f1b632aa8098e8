import type { AnswerInput, BandAward, PointAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";

/**
 * hint: the student has no marked answer to this question yet, so the tutor may only give hints and is
 * never given the markscheme, answer or worked solution. after-marking: it has them, and the marking.
 * note: about a topic's revision note (note-tutor-grounding.ts), with no question at all.
 */
export type TutorMode = "hint" | "after-marking" | "note";

/** The question as anyone may read it before answering (the player's view), figures as their alt text. */
export type VisibleQuestion = {
  course: string;
  topic: { code: string; title: string };
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  commandTerm: string;
  paper: string;
  calculator: boolean;
  stem: string;
  options: { id: string; text: string }[] | null;
  unit: string | null;
  /** A part of a multi-part question: the shared context and every part, this one marked `current`. */
  group: { context: string; parts: { label: string; marks: number; stem: string; current: boolean }[] } | null;
};

/** What only a marked student may have explained: the markscheme and how their answer fared against it. */
export type MarkedGrounding = {
  markingPoints: { label: string; kind: string; marks: number; text: string }[];
  markbands: MarkbandCriterion[] | null;
  correctOption: string | null;
  numericAnswer: string | null;
  workedSolution: string;
  answer: AnswerInput;
  marksAwarded: number;
  maxMarks: number;
  pointAwards: PointAward[];
  bandAwards: BandAward[];
};

/**
 * Everything the prompt may draw on. The hint variant has no field that could hold the markscheme or
 * solution: what the model must not see before marking is not in memory the prompt builder can reach.
 */
export type TutorGrounding = { mode: "hint"; question: VisibleQuestion } | { mode: "after-marking"; question: VisibleQuestion; marked: MarkedGrounding };
