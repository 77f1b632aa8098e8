import { describe, expect, it } from "vitest";
import { parseNumericAnswer } from "@/lib/marking/parse-numeric-answer";

describe("parseNumericAnswer", () => {
  it.each([
    // [typed, value, significant figures, unit]
    ["2.45", 2.45, 3, ""],
    ["-3.1e4", -31000, 2, ""],
    ["3.2E4", 32000, 2, ""],
    ["9.02e+22", 9.02e22, 3, ""],
    ["3.2×10^4", 32000, 2, ""],
    ["3.2 x 10^4", 32000, 2, ""],
    ["3.2*10^(-4)", 0.00032, 2, ""],
    ["3.2 × 10⁻⁴", 0.00032, 2, ""],
    ["$3.2 \\times 10^{-4}$", 0.00032, 2, ""],
    ["10^-4", 0.0001, 1, ""],
    ["1,250", 1250, 4, ""],
    ["12,345,678.5", 12345678.5, 9, ""],
    ["45 000 J", 45000, 5, "J"],
    ["2,5", 2.5, 2, ""],
    ["0,250", 0.25, 3, ""],
    ["1,2345", 1.2345, 5, ""],
    ["1.250,5", 1250.5, 5, ""],
    [".5", 0.5, 1, ""],
    ["0.0418", 0.0418, 3, ""],
    ["2.50", 2.5, 3, ""],
    ["300", 300, 3, ""],
    ["−0.4 MPa", -0.4, 1, "MPa"],
    ["- 273 °C", -273, 3, "°C"],
    ["+45.5", 45.5, 3, ""],
    ["2.45 m/s", 2.45, 3, "m/s"],
    ["2.45 m s^-1", 2.45, 3, "m s^-1"],
    ["2.45m/s", 2.45, 3, "m/s"],
    ["2.45 m s⁻¹", 2.45, 3, "m s^-1"],
    ["2.45 \\text{m s}^{-1}", 2.45, 3, "m s^-1"],
    ["0.25 µs", 0.25, 2, "μs"],
    ["25%", 25, 2, "%"],
    ["$6666", 6666, 4, "$"],
    ["€450 thousand", 450, 3, "€ thousand"],
    ["x = 45.5 m (3 s.f.)", 45.5, 3, "m"],
    ["v ≈ 15.3 m/s.", 15.3, 3, "m/s"],
  ])("reads %j", (typed, value, sigFigs, unit) => {
    const parsed = parseNumericAnswer(typed);
    expect(parsed).not.toBeNull();
    expect(parsed!.value).toBeCloseTo(value, 12);
    expect(parsed!.value / value).toBeCloseTo(1, 12);
    expect(parsed!.significantFigures).toBe(sigFigs);
    expect(parsed!.unit).toBe(unit);
  });

  it("reads fractions as exact values", () => {
    for (const typed of ["15/28", "\\frac{15}{28}", "$\\dfrac{15}{28}$", "15 / 28"]) {
      const parsed = parseNumericAnswer(typed);
      expect(parsed?.value).toBeCloseTo(15 / 28, 15);
      expect(parsed?.significantFigures).toBe(Infinity);
      expect(parsed?.resolution).toBe(0);
    }
    expect(parseNumericAnswer("-28/3")?.value).toBeCloseTo(-28 / 3, 12);
    expect(parseNumericAnswer("3/4 m")?.unit).toBe("m");
  });

  it("knows a whole number's trailing zeros may not be significant", () => {
    expect(parseNumericAnswer("870")).toMatchObject({ significantFigures: 3, fewestSignificantFigures: 2 });
    expect(parseNumericAnswer("3000000")).toMatchObject({ significantFigures: 7, fewestSignificantFigures: 1 });
    expect(parseNumericAnswer("3.0e6")).toMatchObject({ significantFigures: 2, fewestSignificantFigures: 2 });
    expect(parseNumericAnswer("0.120")).toMatchObject({ significantFigures: 3, fewestSignificantFigures: 3 });
  });

  it("records the place value of the last digit typed", () => {
    expect(parseNumericAnswer("2.45")?.resolution).toBeCloseTo(0.01, 15);
    expect(parseNumericAnswer("46")?.resolution).toBe(1);
    expect(parseNumericAnswer("3.2e3")?.resolution).toBeCloseTo(100, 9);
  });

  it.each(["", "   ", "abc", "two", "2 or 3", "2, 5", "1/0", "2.45 ± 0.05", "m/s", "=", "(3 s.f.)"])("cannot read %j", (typed) => {
    expect(parseNumericAnswer(typed)).toBeNull();
  });

  it("refuses very long input without working through it", () => {
    expect(parseNumericAnswer("1".repeat(201))).toBeNull();
  });
});
