import { describe, expect, it } from "vitest";
import { followThroughValue } from "./follow-through-value";

const values = (entries: [string, number][]) => new Map(entries);

describe("followThroughValue", () => {
  it("works out a part's answer from earlier parts' values, named a, b_ii", () => {
    expect(followThroughValue({ from: ["a"], value: "2 * a + 3" }, values([["a", 4]]))).toBe(11);
    expect(
      followThroughValue(
        { from: ["a", "b(ii)"], value: "sqrt(a^2 + b_ii^2)" },
        values([
          ["a", 3],
          ["b(ii)", 4],
        ]),
      ),
    ).toBe(5);
    expect(followThroughValue({ from: ["a"], value: "log(a, 10) * pi" }, values([["a", 100]]))).toBeCloseTo(2 * Math.PI, 12);
  });

  it("gives nothing for a missing value, a division by zero or anything but a number", () => {
    expect(followThroughValue({ from: ["a", "b"], value: "a + b" }, values([["a", 1]]))).toBeNull();
    expect(followThroughValue({ from: ["a"], value: "1 / a" }, values([["a", 0]]))).toBeNull();
    expect(followThroughValue({ from: ["a"], value: "[a, a]" }, values([["a", 1]]))).toBeNull();
    expect(followThroughValue({ from: ["a"], value: "a +" }, values([["a", 1]]))).toBeNull();
  });

  it("cannot reach beyond arithmetic", () => {
    for (const value of ['evaluate("1+1")', "import({x: 1})", 'parse("a")', 'createUnit("foo")', "f(x) = x; f(a)"]) {
      const result = followThroughValue({ from: ["a"], value }, values([["a", 2]]));
      expect(result === null || result === 2, value).toBe(true);
    }
    expect(followThroughValue({ from: ["a"], value: 'evaluate("1+1")' }, values([["a", 2]]))).toBeNull();
  });
});
