import type { MarkingPointKind, QuestionType } from "@/generated/prisma/client";
import type { NumericAnswer } from "@/lib/questions/question-input";
import type { StoredSchedule } from "@/lib/flashcards/card-state-mapping";
import type { IntervalPreview } from "@/lib/flashcards/fsrs-scheduler";

/** How a review names its card: a flashcard (which may not have a state yet) or an existing card state. */
export type CardRef = { flashcardId: string } | { cardStateId: string };

export type FlashcardContent = { kind: "flashcard"; flashcardId: string; front: string; back: string };

/** A question the student got wrong: the stem (and options) to recall from, the answer and markscheme behind. */
export type MistakeContent = {
  kind: "mistake";
  questionId: string;
  type: QuestionType;
  stem: string;
  options: { id: string; text: string }[] | null;
  correctOptionId: string | null;
  numericAnswer: NumericAnswer | null;
  workedSolution: string;
  markingPoints: { label: string; kind: MarkingPointKind; marks: number; text: string }[];
  /** A part of a multi-part question: the card is this part, recalled beneath the question's context. */
  part: { label: string; context: string } | null;
  /** Set when the question is generated: the card shows this variant of it (new numbers each review). */
  variantSeed?: number;
};

export type QueueItem = {
  /** Stable per card: "flashcard:<id>" for a card never seen, "state:<id>" once it has a schedule. */
  key: string;
  ref: CardRef;
  /** True for a flashcard being introduced (no schedule yet). */
  isNew: boolean;
  courseId: string;
  topic: { code: string; title: string };
  /** Null until the card's first review. */
  schedule: StoredSchedule | null;
  /** What each rating would schedule, for the rating buttons. */
  intervals: IntervalPreview;
  content: FlashcardContent | MistakeContent;
};
