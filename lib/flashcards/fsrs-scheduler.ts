import {
  computeDecayFactor,
  fsrs,
  GenSeedStrategyWithCardId,
  generatorParameters,
  Rating,
  StrategyMode,
  type Card,
  type FSRS,
  type Grade,
  type RecordLogItem,
} from "ts-fsrs";
import type { ExamMonth } from "@/generated/prisma/client";
import { formatInterval } from "@/lib/flashcards/format-interval";

const DAY_MS = 86_400_000;

/** The probability of recall FSRS aims for at each review: IB revision wants reliable recall, not minimal load. */
export const REQUEST_RETENTION = 0.9;
/** In the last weeks before the exam every card is seen at least weekly, however well it is known. */
export const FINAL_STRETCH_DAYS = 30;
export const FINAL_STRETCH_MAX_INTERVAL_DAYS = 7;

export const grades = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];

/**
 * When the student's exam session starts. IB papers run from about the last days of April (May session)
 * and of October (November session); 1 May / 1 November 00:00 UTC is the approximation the schedule uses.
 */
export function examStartDate(examMonth: ExamMonth | null, examYear: number | null): Date | null {
  if (!examMonth || !examYear) return null;
  return new Date(Date.UTC(examYear, examMonth === "MAY" ? 4 : 10, 1));
}

/**
 * Exam-aware cap on review intervals, in whole days (null: no cap).
 *
 * The rule: a card is never scheduled past the exam. With the exam D days away (fractional), intervals
 * are at most ceil(D) − 1 days, so the next review lands strictly before the exam starts; inside the last
 * FINAL_STRETCH_DAYS they are at most FINAL_STRETCH_MAX_INTERVAL_DAYS as well, so everything is revisited
 * weekly. The cap never goes below 1 day (FSRS's shortest review interval): in the exam's last 24 hours a
 * review can only be due after it starts. Once the exam has begun, or with no exam date, nothing is capped.
 * Short-term learning steps (minutes) are not affected.
 */
export function maxIntervalDays(now: Date, examStart: Date | null): number | null {
  if (!examStart || now >= examStart) return null;
  const daysLeft = (examStart.getTime() - now.getTime()) / DAY_MS;
  let cap = Math.ceil(daysLeft) - 1;
  if (daysLeft <= FINAL_STRETCH_DAYS) cap = Math.min(cap, FINAL_STRETCH_MAX_INTERVAL_DAYS);
  return Math.max(1, cap);
}

export type SchedulerOptions = {
  examStart: Date | null;
  /** Seeds the fuzz: the card's content id, so the interval on a rating button is the one the review gives. */
  seedKey: string;
  enableFuzz?: boolean;
};

const SEED_FIELD = "fuzz_seed";

/** The scheduler for one review at `now`: FSRS-6 defaults, 90% retention, fuzz on, the exam cap applied. */
export function createScheduler(now: Date, { examStart, enableFuzz = true }: Omit<SchedulerOptions, "seedKey">): { scheduler: FSRS; capDays: number | null } {
  const capDays = maxIntervalDays(now, examStart);
  // Without a cap, maximum_interval is left out: ts-fsrs reads 0/undefined as its 100-year default.
  const params = generatorParameters({ request_retention: REQUEST_RETENTION, enable_fuzz: enableFuzz, ...(capDays ? { maximum_interval: capDays } : {}) });
  // ts-fsrs seeds fuzz with the review time by default, so a preview a minute before the review would
  // fuzz differently; seeding with card + reps keeps preview and review identical within a day.
  const scheduler = fsrs(params).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(SEED_FIELD));
  return { scheduler, capDays };
}

const seeded = (card: Card, seedKey: string) => ({ ...card, [SEED_FIELD]: seedKey });
const unseeded = ({ due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review }: Card): Card => ({
  due,
  stability,
  difficulty,
  elapsed_days,
  scheduled_days,
  learning_steps,
  reps,
  lapses,
  state,
  last_review,
});

/**
 * ts-fsrs keeps Hard < Good < Easy by pushing Good to Hard + 1 and Easy to Good + 1 days, which can step
 * one or two days past maximum_interval; the exam cap is a promise, so it is enforced on the result too.
 */
function clampToCap(item: RecordLogItem, now: Date, capDays: number | null): RecordLogItem {
  const card = unseeded(item.card);
  const latest = capDays === null ? null : new Date(now.getTime() + capDays * DAY_MS);
  if (!latest || card.due <= latest) return { ...item, card };
  return { ...item, card: { ...card, due: latest, scheduled_days: Math.min(card.scheduled_days, capDays!) } };
}

/**
 * The outcome of every rating at `now`, capped. When the cap squeezes Hard, Good and Easy onto the same
 * day, the lower ratings step back a day each (never below a day), so a better rating never means a
 * sooner review and the buttons never promise the same interval twice.
 */
function scheduleAll(card: Card, now: Date, options: SchedulerOptions): Record<Grade, RecordLogItem> {
  const { scheduler, capDays } = createScheduler(now, options);
  const log = scheduler.repeat(seeded(card, options.seedKey), now);
  const items = Object.fromEntries(grades.map((g) => [g, clampToCap(log[g], now, capDays)])) as Record<Grade, RecordLogItem>;
  if (capDays === null) return items;
  for (const [lower, higher] of [
    [Rating.Good, Rating.Easy],
    [Rating.Hard, Rating.Good],
  ] as const) {
    const low = items[lower].card;
    const high = items[higher].card;
    const stepBack = new Date(high.due.getTime() - DAY_MS);
    if (low.scheduled_days >= 1 && low.due >= stepBack && stepBack.getTime() - now.getTime() >= DAY_MS) {
      items[lower] = { ...items[lower], card: { ...low, due: stepBack, scheduled_days: Math.max(1, high.scheduled_days - 1) } };
    }
  }
  return items;
}

/** Applies one rating to a card at `now`: exactly what previewIntervals showed for it. */
export function scheduleReview(card: Card, grade: Grade, now: Date, options: SchedulerOptions): RecordLogItem {
  return scheduleAll(card, now, options)[grade];
}

export type IntervalPreview = Record<Grade, { due: Date; text: string }>;

/**
 * What each of the four ratings would do to the card now ("Good · 3 days"), with the same cap as a
 * review. Intervals that would read alike once rounded ("2 months" for 45 and 55 days) are given in days.
 */
export function previewIntervals(card: Card, now: Date, options: SchedulerOptions): IntervalPreview {
  const items = scheduleAll(card, now, options);
  const ms = grades.map((g) => items[g].card.due.getTime() - now.getTime());
  const rounded = ms.map((m) => formatInterval(m));
  const texts = ms.map((m, i) => (rounded[i] === rounded[i - 1] || rounded[i] === rounded[i + 1] ? formatInterval(m, { exact: true }) : rounded[i]!));
  return Object.fromEntries(grades.map((g, i) => [g, { due: items[g].card.due, text: texts[i]! }])) as IntervalPreview;
}

/**
 * The forgetting-curve constants of the default FSRS parameters, R(t) = (1 + factor·t/S)^(−decay) with t in
 * days, so SQL can rank a backlog by retrievability without loading it.
 */
export function forgettingCurve(): { decay: number; factor: number } {
  const { decay, factor } = computeDecayFactor(generatorParameters().w);
  return { decay: -decay, factor };
}
