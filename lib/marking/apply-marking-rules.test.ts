import { describe, expect, it } from "vitest";
import { applyMarkingRules } from "@/lib/marking/apply-marking-rules";

type Kind = "M" | "A" | "R" | "B" | "AG" | "POINT";
const point = (id: string, kind: Kind, dependsOn: string[] = [], marks = 1) => ({ id, kind, marks, dependsOn });
const awarded = (r: ReturnType<typeof applyMarkingRules>) => r.pointAwards.filter((p) => p.awarded).map((p) => p.label);

// math-aa-1-7-02: M1, A1 (needs M1), M1 (needs A1), AG (needs M2), M1, A1 (needs M3).
const showThat = [
  point("m1", "M"),
  point("a1", "A", ["m1"]),
  point("m2", "M", ["a1"]),
  point("ag1", "AG", ["m2"], 0),
  point("m3", "M"),
  point("a2", "A", ["m3"]),
];

describe("applyMarkingRules", () => {
  it("awards what is asked when dependencies are met", () => {
    const result = applyMarkingRules(showThat, ["m1", "a1", "m2", "ag1", "m3", "a2"], 5);
    expect(result.marksAwarded).toBe(5);
    expect(awarded(result)).toEqual(["m1", "a1", "m2", "ag1", "m3", "a2"]);
    expect(result.withheld).toEqual([]);
    expect(result.capped).toBe(false);
  });

  it("does not award an A mark without its M mark", () => {
    const result = applyMarkingRules(showThat, ["a1", "m3", "a2"], 5);
    expect(awarded(result)).toEqual(["m3", "a2"]);
    expect(result.marksAwarded).toBe(2);
    expect(result.withheld).toEqual([{ label: "a1", missing: ["m1"] }]);
  });

  it("follows chains of dependencies", () => {
    // Without M1, A1 falls, so M2 (after A1) and the AG (after M2) fall too.
    const result = applyMarkingRules(showThat, ["a1", "m2", "ag1"], 5);
    expect(awarded(result)).toEqual([]);
    expect(result.withheld.map((w) => w.label).sort()).toEqual(["a1", "ag1", "m2"]);
  });

  it("gives AG points no marks, whatever they say", () => {
    const result = applyMarkingRules([point("m1", "M"), point("ag", "AG", ["m1"], 2)], ["m1", "ag"], 3);
    expect(result.pointAwards).toEqual([
      { label: "m1", marks: 1, awarded: true },
      { label: "ag", marks: 0, awarded: true },
    ]);
    expect(result.marksAwarded).toBe(1);
  });

  it("caps the total at the question's marks, in markscheme order ('any three of')", () => {
    const anyThree = ["p1", "p2", "p3", "p4", "p5"].map((id) => point(id, "POINT"));
    const result = applyMarkingRules(anyThree, ["p5", "p4", "p2", "p1"], 3);
    expect(result.marksAwarded).toBe(3);
    expect(result.capped).toBe(true);
    expect(awarded(result)).toEqual(["p1", "p2", "p4"]);
  });

  it("caps a multi-mark point that crosses the limit", () => {
    const result = applyMarkingRules([point("b1", "B", [], 2), point("b2", "B", [], 2)], ["b1", "b2"], 3);
    expect(result.marksAwarded).toBe(3);
    expect(result.capped).toBe(true);
  });

  it("ignores labels the question does not have", () => {
    const result = applyMarkingRules(showThat, ["m1", "zz"], 5);
    expect(awarded(result)).toEqual(["m1"]);
  });
});
