import { describe, expect, it } from "vitest";
import { createEmptyCard, Rating, State, type Card } from "ts-fsrs";
import { examStartDate, maxIntervalDays, previewIntervals, scheduleReview } from "./fsrs-scheduler";

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const noExam = { examStart: null, seedKey: "card-1" };

/** Rates a card Good until it is in REVIEW state, returning the card and the time of the last review. */
function graduate(start: Date, options = noExam): { card: Card; now: Date } {
  let card = createEmptyCard(start);
  let now = start;
  while (card.state !== State.Review) {
    now = new Date(Math.max(now.getTime(), card.due.getTime()));
    card = scheduleReview(card, Rating.Good, now, options).card;
  }
  return { card, now };
}

describe("FSRS scheduling", () => {
  it("moves a new card through learning into review with Good, and each Good pushes the due date further", () => {
    const start = at("2026-01-05T09:00:00Z");
    const first = scheduleReview(createEmptyCard(start), Rating.Good, start, noExam).card;
    expect(first.state).toBe(State.Learning);
    expect(first.due.getTime() - start.getTime()).toBeLessThan(DAY); // a learning step of minutes

    const { card: graduated, now } = graduate(start);
    const firstInterval = graduated.due.getTime() - now.getTime();
    expect(firstInterval).toBeGreaterThanOrEqual(DAY);

    const second = scheduleReview(graduated, Rating.Good, graduated.due, noExam).card;
    const secondInterval = second.due.getTime() - graduated.due.getTime();
    expect(secondInterval).toBeGreaterThan(firstInterval);
    expect(second.reps).toBe(graduated.reps + 1);
    expect(second.lapses).toBe(0);
  });

  it("sends a forgotten review card back to a short relearning step and counts the lapse", () => {
    const { card } = graduate(at("2026-01-05T09:00:00Z"));
    const later = scheduleReview(card, Rating.Good, card.due, noExam).card;
    const forgotten = scheduleReview(later, Rating.Again, later.due, noExam).card;
    expect(forgotten.state).toBe(State.Relearning);
    expect(forgotten.lapses).toBe(1);
    expect(forgotten.due.getTime() - later.due.getTime()).toBeLessThanOrEqual(60 * 60_000);
    expect(forgotten.stability).toBeLessThan(later.stability);
  });

  it("previews the interval the review then gives a few minutes later, fuzz included", () => {
    const { card } = graduate(at("2026-01-05T09:00:00Z"));
    const mature = scheduleReview(scheduleReview(card, Rating.Good, card.due, noExam).card, Rating.Good, new Date(card.due.getTime() + 30 * DAY), noExam).card;
    const shownAt = new Date(mature.due.getTime() + 3 * DAY);
    const ratedAt = new Date(shownAt.getTime() + 5 * 60_000);
    const preview = previewIntervals(mature, shownAt, noExam);
    for (const grade of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      const reviewed = scheduleReview(mature, grade, ratedAt, noExam).card;
      expect(reviewed.due.getTime() - ratedAt.getTime()).toBe(preview[grade].due.getTime() - shownAt.getTime());
    }
    expect(preview[Rating.Good].text).toMatch(/^\d+ (day|month)s?$/);
  });
});

describe("the exam cap", () => {
  const exam = examStartDate("MAY", 2027)!;

  it("places the May and November sessions on 1 May / 1 November", () => {
    expect(exam.toISOString()).toBe("2027-05-01T00:00:00.000Z");
    expect(examStartDate("NOVEMBER", 2026)!.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(examStartDate(null, 2027)).toBeNull();
  });

  it("caps intervals to end before the exam, at 7 days in the last 30, never below 1, none after it", () => {
    expect(maxIntervalDays(at("2027-03-01T12:00:00Z"), exam)).toBe(60); // 60.5 days left → 60
    expect(maxIntervalDays(at("2027-03-02T00:00:00Z"), exam)).toBe(59); // exactly 60 days → 59, strictly before
    expect(maxIntervalDays(at("2027-04-10T00:00:00Z"), exam)).toBe(7);
    expect(maxIntervalDays(at("2027-04-28T00:00:00Z"), exam)).toBe(2);
    expect(maxIntervalDays(at("2027-04-30T20:00:00Z"), exam)).toBe(1);
    expect(maxIntervalDays(at("2027-05-02T00:00:00Z"), exam)).toBeNull();
    expect(maxIntervalDays(at("2027-03-01T00:00:00Z"), null)).toBeNull();
  });

  it("never schedules a well-known card past the exam, whatever the rating", () => {
    const now = at("2027-02-20T10:00:00Z");
    const mature: Card = {
      ...createEmptyCard(now),
      state: State.Review,
      stability: 400,
      difficulty: 3,
      reps: 12,
      scheduled_days: 200,
      last_review: new Date(now.getTime() - 200 * DAY),
      due: now,
    };
    const uncapped = scheduleReview(mature, Rating.Easy, now, noExam).card;
    expect(uncapped.due > exam).toBe(true); // without the cap it would land after the exam

    // Without fuzz Hard and Good both reach the cap, and ts-fsrs then pushes Good and Easy a day or two past it.
    for (const enableFuzz of [true, false]) {
      for (const grade of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
        const { card } = scheduleReview(mature, grade, now, { examStart: exam, seedKey: "card-1", enableFuzz });
        expect(card.due < exam).toBe(true);
        expect(card.scheduled_days).toBeLessThanOrEqual(maxIntervalDays(now, exam)!);
      }
    }
  });

  it("reviews everything at least weekly in the last 30 days", () => {
    const now = at("2027-04-05T10:00:00Z");
    const mature: Card = {
      ...createEmptyCard(now),
      state: State.Review,
      stability: 90,
      difficulty: 4,
      reps: 8,
      scheduled_days: 40,
      last_review: new Date(now.getTime() - 40 * DAY),
      due: now,
    };
    const preview = previewIntervals(mature, now, { examStart: exam, seedKey: "card-1" });
    for (const grade of [Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(preview[grade].due.getTime() - now.getTime()).toBeLessThanOrEqual(7 * DAY);
    }
    expect(preview[Rating.Easy].text).toBe("7 days");
  });
});
