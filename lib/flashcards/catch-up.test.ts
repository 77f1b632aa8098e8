import { describe, expect, it } from "vitest";
import { describeCatchUpPlan, needsCatchUp, planCatchUp } from "./catch-up";

describe("planCatchUp", () => {
  it("fills today up to the daily capacity and spreads the rest over the following days", () => {
    expect(planCatchUp(112, 100, 7)).toEqual([100, 12]);
    expect(planCatchUp(350, 100, 7)).toEqual([100, 100, 100, 50]);
    expect(planCatchUp(100, 100, 7)).toEqual([100]);
  });

  it("counts today's reviews already done against today's share", () => {
    expect(planCatchUp(80, 100, 7, 40)).toEqual([60, 20]);
    expect(planCatchUp(30, 100, 7, 100)).toEqual([0, 30]);
  });

  it("keeps the daily pace when the backlog is longer than the plan, leaving the rest for later", () => {
    const plan = planCatchUp(1000, 100, 7);
    expect(plan).toEqual([100, 100, 100, 100, 100, 100, 100]);
    expect(describeCatchUpPlan(plan.slice(0, 2), 230)).toBe("100 today, 100 tomorrow, 30 after that");
  });

  it("plans nothing for an empty backlog and refuses a zero capacity", () => {
    expect(planCatchUp(0, 100, 7)).toEqual([]);
    expect(() => planCatchUp(10, 0, 7)).toThrow(RangeError);
  });

  it("describes the plan the way the page shows it and offers catch-up only past one day's work", () => {
    expect(describeCatchUpPlan([100, 12], 112)).toBe("100 today, 12 tomorrow");
    expect(needsCatchUp(112)).toBe(true);
    expect(needsCatchUp(100)).toBe(false);
  });
});
