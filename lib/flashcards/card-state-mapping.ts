import { State, type Card } from "ts-fsrs";
import type { CardStateKind } from "@/generated/prisma/client";

/** The FSRS columns of a card_states row (Prisma names), as stored and as read back by raw SQL. */
export type StoredSchedule = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  lastReview: Date | null;
};

/** The same columns as raw SQL returns them (snake_case), for queue queries that select them by hand. */
export type StoredScheduleRow = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  last_review: Date | null;
};

export function storedScheduleOf(r: StoredScheduleRow): StoredSchedule {
  return {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.last_review,
  };
}

const kindToState: Record<CardStateKind, State> = { NEW: State.New, LEARNING: State.Learning, REVIEW: State.Review, RELEARNING: State.Relearning };
const stateToKind: Record<State, CardStateKind> = {
  [State.New]: "NEW",
  [State.Learning]: "LEARNING",
  [State.Review]: "REVIEW",
  [State.Relearning]: "RELEARNING",
};

export const toCardStateKind = (state: State): CardStateKind => stateToKind[state];

/** A stored schedule as the ts-fsrs card it was made from. */
export function toFsrsCard(row: StoredSchedule): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: kindToState[row.state],
    last_review: row.lastReview ?? undefined,
  };
}

/** A ts-fsrs card as the columns to store. */
export function fromFsrsCard(card: Card): StoredSchedule {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: toCardStateKind(card.state),
    lastReview: card.last_review ?? null,
  };
}
