import { describe, expect, it } from "vitest";
import { gradeMock, percentageOf } from "./grade-mock";

const session = (s: string, shift: number) =>
  [1, 2, 3, 4, 5, 6, 7].map((grade) => ({ session: s, grade, minPercent: grade === 1 ? 0 : (grade - 1) * 12 + shift }));

describe("gradeMock", () => {
  it("grades on the most recent session: later year first, then November after May", () => {
    const rows = [...session("N24", 0), ...session("M25", 5), ...session("M24", 10)];
    expect(gradeMock(60, rows)).toEqual({ grade: 5, boundarySession: "M25" }); // M25: grade 5 from 53, 6 from 65
    expect(gradeMock(60, [...session("M25", 5), ...session("N25", 0)])).toEqual({ grade: 6, boundarySession: "N25" });
  });

  it("gives no grade without boundaries, and rounds percentages to one decimal", () => {
    expect(gradeMock(80, [])).toEqual({ grade: null, boundarySession: null });
    expect(percentageOf(2, 3)).toBe(66.7);
    expect(percentageOf(0, 0)).toBe(0);
  });
});
