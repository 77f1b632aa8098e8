import { describe, expect, it } from "vitest";
import { predictGrade, type GradeSample } from "@/lib/grades/predict-grade";

// Biology HL, May 2025 (prisma/seed/content/subjects/biology.ts): 4 from 40%, 5 from 52%, 6 from 63%, 7 from 74%.
const boundaries = [
  { grade: 1, minPercent: 0 },
  { grade: 2, minPercent: 15 },
  { grade: 3, minPercent: 27 },
  { grade: 4, minPercent: 40 },
  { grade: 5, minPercent: 52 },
  { grade: 6, minPercent: 63 },
  { grade: 7, minPercent: 74 },
];
const now = new Date("2026-03-10T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const samples = (count: number, marksAwarded: number, maxMarks = 10, age = 0): GradeSample[] =>
  Array.from({ length: count }, () => ({ marksAwarded, maxMarks, at: daysAgo(age) }));

describe("predictGrade", () => {
  it("asks for more answers below five attempts", () => {
    expect(predictGrade(samples(4, 6), boundaries, now)).toBeNull();
    expect(predictGrade([], boundaries, now)).toBeNull();
    // Questions worth nothing do not count towards the five.
    expect(predictGrade([...samples(4, 6), ...samples(3, 0, 0)], boundaries, now)).toBeNull();
  });

  it("predicts from five attempts with a range that reflects how few they are", () => {
    // 60%: a 5. With five attempts the range is 60 ± 8.6 points: 51.4% (a 4) to 68.6% (a 6).
    expect(predictGrade(samples(5, 6), boundaries, now)).toEqual({ grade: 5, low: 4, high: 6, percent: 60, basis: 5 });
  });

  it("narrows the range as attempts accumulate", () => {
    // Fifty attempts at 60%: 60 ± 2.7 points stays inside the 5 band (52–63).
    expect(predictGrade(samples(50, 6), boundaries, now)).toEqual({ grade: 5, low: 5, high: 5, percent: 60, basis: 50 });
  });

  it("widens the range when scores vary, for the same average", () => {
    const varied = [...samples(25, 2), ...samples(25, 10)]; // also 60% on average
    expect(predictGrade(varied, boundaries, now)).toEqual({ grade: 5, low: 5, high: 6, percent: 60, basis: 50 });
  });

  it("weights recent attempts far more than old ones (half-life 30 days)", () => {
    // Unweighted this would be 40% (a 4); the ten recent 80% answers dominate the twenty from 300 days ago.
    const prediction = predictGrade([...samples(20, 2, 10, 300), ...samples(10, 8, 10, 0)], boundaries, now)!;
    expect(prediction.percent).toBeCloseTo(79.9, 1);
    expect(prediction.grade).toBe(7);
    expect(prediction.basis).toBe(30);
    // An attempt 30 days old counts half as much as one today: 2×(0%) at 30 days ≈ 1×(0%) today.
    const halfLife = predictGrade([...samples(4, 10), ...samples(2, 0, 10, 30)], boundaries, now)!;
    expect(halfLife.percent).toBeCloseTo(80, 5);
  });

  it("weights an attempt by its marks", () => {
    // Five 1-mark questions right and one 5-mark question wrong: 5 of 10 marks, not 5 of 6 answers.
    const prediction = predictGrade([...samples(5, 1, 1), { marksAwarded: 0, maxMarks: 5, at: now }], boundaries, now)!;
    expect(prediction.percent).toBe(50);
    expect(prediction.grade).toBe(4);
  });

  it("keeps the grade and range within the boundaries at the extremes", () => {
    // 100 ± 6.8 and 0 ± 6.8 points: the range is clamped to 0–100, not pushed past a 7 or below a 1.
    expect(predictGrade(samples(8, 10), boundaries, now)).toMatchObject({ grade: 7, low: 7, high: 7, percent: 100 });
    expect(predictGrade(samples(8, 0), boundaries, now)).toMatchObject({ grade: 1, low: 1, high: 1, percent: 0 });
  });
});
