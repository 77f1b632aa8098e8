import { describe, expect, it } from "vitest";
import { gradeFromBoundaries } from "@/lib/grades/grade-from-boundaries";

// Biology HL, May 2025 (prisma/seed/content/subjects/biology.ts).
const biologyHl = [
  { grade: 1, minPercent: 0 },
  { grade: 2, minPercent: 15 },
  { grade: 3, minPercent: 27 },
  { grade: 4, minPercent: 40 },
  { grade: 5, minPercent: 52 },
  { grade: 6, minPercent: 63 },
  { grade: 7, minPercent: 74 },
];

describe("gradeFromBoundaries", () => {
  it.each([
    [0, 1],
    [14.9, 1],
    [15, 2],
    [39.99, 3],
    [40, 4],
    [51, 4],
    [63, 6],
    [73.9, 6],
    [74, 7],
    [100, 7],
  ])("%d%% is a %d", (percent, grade) => {
    expect(gradeFromBoundaries(percent, biologyHl)).toBe(grade);
  });

  it("takes the boundaries in any order", () => {
    const shuffled = [biologyHl[4]!, biologyHl[0]!, biologyHl[6]!, biologyHl[2]!, biologyHl[1]!, biologyHl[5]!, biologyHl[3]!];
    expect(gradeFromBoundaries(55, shuffled)).toBe(5);
    expect(gradeFromBoundaries(80, shuffled)).toBe(7);
  });

  it("clamps percentages outside 0–100", () => {
    expect(gradeFromBoundaries(-5, biologyHl)).toBe(1);
    expect(gradeFromBoundaries(140, biologyHl)).toBe(7);
  });

  it("gives the lowest listed grade below every boundary", () => {
    expect(gradeFromBoundaries(10, biologyHl.slice(2))).toBe(3);
  });

  it("treats a boundary stored as a 4-byte float as the value written", () => {
    const stored = Math.fround(33.3); // 33.29999923706055 as PostgreSQL real reads back
    expect(
      gradeFromBoundaries(33.3, [
        { grade: 1, minPercent: 0 },
        { grade: 2, minPercent: stored },
      ]),
    ).toBe(2);
    expect(
      gradeFromBoundaries(33.2, [
        { grade: 1, minPercent: 0 },
        { grade: 2, minPercent: stored },
      ]),
    ).toBe(1);
  });

  it("throws without boundaries or without a percentage", () => {
    expect(() => gradeFromBoundaries(50, [])).toThrow(/at least one grade boundary/);
    expect(() => gradeFromBoundaries(Number.NaN, biologyHl)).toThrow(/NaN/);
  });
});
