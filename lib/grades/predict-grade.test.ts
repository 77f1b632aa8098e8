import { describe, expect, it } from "vitest";
import { predictGrade, questionsNeededForPrediction, type GradeSample } from "@/lib/grades/predict-grade";

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
let nextQuestion = 0;
/** `count` different questions, spread over `topics` topics (t0, t1, ...), each answered once. */
const samples = (count: number, marksAwarded: number, maxMarks = 10, age = 0, topics = count): GradeSample[] =>
  Array.from({ length: count }, (_, i) => ({ marksAwarded, maxMarks, at: daysAgo(age), questionId: `q${nextQuestion++}`, topicId: `t${i % topics}` }));
/** One question answered `times` times. */
const repeats = (times: number, marksAwarded: number, topicId = "t0", maxMarks = 10): GradeSample[] => {
  const questionId = `q${nextQuestion++}`;
  return Array.from({ length: times }, (_, i) => ({ marksAwarded, maxMarks, at: daysAgo(i / 24), questionId, topicId }));
};

describe("predictGrade", () => {
  it("says there is not enough evidence below five different questions, however many answers", () => {
    expect(predictGrade(samples(4, 6), boundaries, now, 20)).toBeNull();
    expect(predictGrade([], boundaries, now, 20)).toBeNull();
    // Questions worth nothing do not count towards the five.
    expect(predictGrade([...samples(4, 6), ...samples(3, 0, 0)], boundaries, now, 20)).toBeNull();
    // Eighteen answers, but to four questions.
    const four = [...repeats(15, 8), ...samples(3, 8)];
    expect(predictGrade(four, boundaries, now, 20)).toBeNull();
    expect(questionsNeededForPrediction(four)).toBe(1);
    expect(questionsNeededForPrediction(samples(7, 8))).toBe(0);
  });

  it("does not claim '7 (6–7)' from six questions of which one was answered thirteen times", () => {
    // 18 answers at 80%: counted as 18 independent answers this was 80 ± 4.5 points, "7 (7–7)" or "7 (6–7)".
    const narrowEvidence = [...repeats(13, 8, "t0"), ...samples(5, 8, 10, 0, 2)];
    const prediction = predictGrade(narrowEvidence, boundaries, now, 20)!;
    expect(prediction).toMatchObject({ grade: 7, high: 7, percent: 80, basis: 18, questions: 6, topicsCovered: 2, topicsTotal: 20 });
    // Six questions over 2 of 20 topics: 80 ± 19 points, down to a 5.
    expect(prediction.low).toBe(5);
  });

  it("narrows the range as the questions cover more of the syllabus", () => {
    const twoTopics = predictGrade(samples(12, 6, 10, 0, 2), boundaries, now, 20)!;
    const tenTopics = predictGrade(samples(12, 6, 10, 0, 10), boundaries, now, 20)!;
    // 60 ± 18 points (a 4 to a 7) over 2 topics; 60 ± 8 (a 5 or a 6) over 10.
    expect(twoTopics).toMatchObject({ grade: 5, low: 4, high: 7, questions: 12, topicsCovered: 2 });
    expect(tenTopics).toMatchObject({ grade: 5, low: 5, high: 6, questions: 12, topicsCovered: 10 });
    // Sixty questions over 18 of 20 topics at 80%: 80 ± 3.2 points, a narrow 7.
    expect(predictGrade(samples(60, 8, 10, 0, 18), boundaries, now, 20)).toMatchObject({
      grade: 7,
      low: 7,
      high: 7,
      questions: 60,
      topicsCovered: 18,
      topicsTotal: 20,
    });
  });

  it("narrows the range as different questions accumulate, with the whole syllabus covered", () => {
    // Every topic answered: only the spread of the scores remains. Five questions at 60%: 60 ± 8.6 points.
    expect(predictGrade(samples(5, 6, 10, 0, 5), boundaries, now, 5)).toMatchObject({ grade: 5, low: 4, high: 6, percent: 60, questions: 5 });
    // Fifty questions at 60%: 60 ± 2.7 points stays inside the 5 band (52–63).
    expect(predictGrade(samples(50, 6, 10, 0, 5), boundaries, now, 5)).toMatchObject({ grade: 5, low: 5, high: 5, percent: 60, questions: 50 });
  });

  it("widens the range when scores vary, for the same average", () => {
    const varied = [...samples(25, 2, 10, 0, 5), ...samples(25, 10, 10, 0, 5)]; // also 60% on average
    expect(predictGrade(varied, boundaries, now, 5)).toMatchObject({ grade: 5, low: 5, high: 6, percent: 60, questions: 50 });
  });

  it("weights repeats of one question down: thirteen right answers to it do not outweigh five wrong questions", () => {
    const prediction = predictGrade([...repeats(13, 10), ...samples(5, 0)], boundaries, now, 20)!;
    // Counted per answer this was 13 of 18 (72%); per question, the repeated one weighs 2 against 5.
    expect(prediction.percent).toBeCloseTo((2 / 7) * 100, 1);
    expect(prediction.basis).toBe(18);
    expect(prediction.questions).toBe(6);
  });

  it("takes a repeated question's score from its recent answers most", () => {
    const question = repeats(1, 0)[0]!;
    const relearnt = [
      { ...question, at: daysAgo(60) },
      { ...question, marksAwarded: 10, at: daysAgo(0) },
    ];
    const prediction = predictGrade([...relearnt, ...samples(4, 10)], boundaries, now, 5)!;
    // The old 0 counts a quarter as much as today's 10: the question scores 80%, the rest 100%.
    expect(prediction.percent).toBeCloseTo(((0.8 * 1.25 + 4) / 5.25) * 100, 1);
  });

  it("weights recent questions far more than old ones (half-life 30 days)", () => {
    // Unweighted this would be 40% (a 4); the ten recent 80% answers dominate the twenty from 300 days ago.
    const prediction = predictGrade([...samples(20, 2, 10, 300), ...samples(10, 8, 10, 0)], boundaries, now, 30)!;
    expect(prediction.percent).toBeCloseTo(79.9, 1);
    expect(prediction.grade).toBe(7);
    expect(prediction.basis).toBe(30);
    // A question 30 days old counts half as much as one today: 2×(0%) at 30 days ≈ 1×(0%) today.
    const halfLife = predictGrade([...samples(4, 10), ...samples(2, 0, 10, 30)], boundaries, now, 6)!;
    expect(halfLife.percent).toBeCloseTo(80, 5);
  });

  it("weights a question by its marks", () => {
    // Five 1-mark questions right and one 5-mark question wrong: 5 of 10 marks, not 5 of 6 answers.
    const prediction = predictGrade([...samples(5, 1, 1), ...samples(1, 0, 5)], boundaries, now, 6)!;
    expect(prediction.percent).toBe(50);
    expect(prediction.grade).toBe(4);
  });

  it("keeps the grade and range within the boundaries at the extremes", () => {
    // 100 ± 6.8 and 0 ± 6.8 points: the range is clamped to 0–100, not pushed past a 7 or below a 1.
    expect(predictGrade(samples(8, 10, 10, 0, 4), boundaries, now, 4)).toMatchObject({ grade: 7, low: 7, high: 7, percent: 100 });
    expect(predictGrade(samples(8, 0, 10, 0, 4), boundaries, now, 4)).toMatchObject({ grade: 1, low: 1, high: 1, percent: 0 });
  });

  it("never counts more topics than it covers, even when the syllabus count is missing", () => {
    expect(predictGrade(samples(6, 6, 10, 0, 3), boundaries, now, 0)).toMatchObject({ topicsCovered: 3, topicsTotal: 3 });
  });
});
