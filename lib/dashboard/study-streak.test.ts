import { describe, expect, it } from "vitest";
import { studyStreak } from "@/lib/dashboard/study-streak";

describe("studyStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(studyStreak(["2030-01-15", "2030-01-14", "2030-01-13", "2030-01-11"], "2030-01-15")).toEqual({ days: 3, activeToday: true });
  });

  it("keeps yesterday's streak alive until today is over", () => {
    expect(studyStreak(["2030-01-14", "2030-01-13"], "2030-01-15")).toEqual({ days: 2, activeToday: false });
  });

  it("is broken by a day without activity before yesterday", () => {
    expect(studyStreak(["2030-01-13", "2030-01-12"], "2030-01-15")).toEqual({ days: 0, activeToday: false });
    expect(studyStreak([], "2030-01-15")).toEqual({ days: 0, activeToday: false });
  });

  it("takes days in any order, with repeats, across month and year ends, ignoring future days", () => {
    expect(studyStreak(["2030-01-01", "2029-12-31", "2030-01-01", "2029-12-30", "2030-01-02", "2030-01-05"], "2030-01-02")).toEqual({
      days: 4,
      activeToday: true,
    });
    expect(studyStreak(["2024-03-01", "2024-02-29", "2024-02-28"], "2024-03-01")).toEqual({ days: 3, activeToday: true });
  });
});
