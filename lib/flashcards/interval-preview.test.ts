import { describe, expect, it } from "vitest";
import { createEmptyCard, Rating, State, type Card } from "ts-fsrs";
import { examStartDate, previewIntervals, scheduleReview } from "./fsrs-scheduler";

const DAY = 86_400_000;
const now = new Date("2027-01-10T10:00:00Z");
const mature = (stability: number, difficulty: number): Card => ({
  ...createEmptyCard(now),
  state: State.Review,
  stability,
  difficulty,
  reps: 6,
  scheduled_days: Math.round(stability),
  last_review: new Date(now.getTime() - Math.round(stability) * DAY),
  due: now,
});
const ratings = [Rating.Hard, Rating.Good, Rating.Easy] as const;

describe("the interval shown on each rating button", () => {
  it("is different for Hard, Good and Easy, also when they round to the same month", () => {
    for (let stability = 2; stability <= 400; stability += 3) {
      for (const difficulty of [2, 5, 8]) {
        const preview = previewIntervals(mature(stability, difficulty), now, { examStart: null, seedKey: `card-${stability}-${difficulty}` });
        const texts = ratings.map((g) => preview[g].text);
        expect(new Set(texts).size, `stability ${stability}, difficulty ${difficulty}: ${texts.join(" / ")}`).toBe(3);
      }
    }
  });

  it("stays different when the exam cap squeezes them onto one day, and the review gives what was shown", () => {
    const exam = examStartDate("MAY", 2027)!;
    const threeWeeksBefore = new Date(exam.getTime() - 21 * DAY);
    const card = { ...mature(120, 4), due: threeWeeksBefore, last_review: new Date(threeWeeksBefore.getTime() - 120 * DAY) };
    const options = { examStart: exam, seedKey: "capped" };
    const preview = previewIntervals(card, threeWeeksBefore, options);
    expect(ratings.map((g) => preview[g].text)).toEqual(["5 days", "6 days", "7 days"]);
    for (const g of ratings) expect(scheduleReview(card, g, threeWeeksBefore, options).card.due).toEqual(preview[g].due);
  });

  it("reads months when the intervals are far enough apart to differ in months", () => {
    const preview = previewIntervals(mature(300, 2), now, { examStart: null, seedKey: "far" });
    expect(preview[Rating.Easy].text).toMatch(/months?|years?/);
  });
});
