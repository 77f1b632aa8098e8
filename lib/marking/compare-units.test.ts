import { describe, expect, it } from "vitest";
import { compareUnits, parseUnit, unitScaleWords } from "@/lib/marking/compare-units";

describe("compareUnits", () => {
  it.each([
    ["m s⁻¹", "m/s"],
    ["m s⁻¹", "m s^-1"],
    ["m s⁻¹", "m s-1"],
    ["m s⁻¹", "ms^-1"],
    ["m s⁻¹", "m·s⁻¹"],
    ["m s⁻¹", "metres per second"],
    ["J kg⁻¹ K⁻¹", "J/(kg K)"],
    ["J kg⁻¹ K⁻¹", "J/kg/K"],
    ["μs", "µs"],
    ["%", "percent"],
    ["°", "degrees"],
    ["€ thousand", "€ thousand"],
    ["million years", "million years"],
    ["cm^3", "cm³"],
    ["Ω", "ohms"],
  ])("%s and %s are the same unit", (expected, given) => {
    expect(compareUnits(expected, given)).toEqual({ kind: "same" });
  });

  it.each([
    ["μs", "ns", 1e-3],
    ["μs", "s", 1e6],
    ["m", "km", 1e3],
    ["nm", "m", 1e9],
    ["m s⁻¹", "km/h", 1000 / 3600],
    ["kJ mol⁻¹", "J mol⁻¹", 1e-3],
    ["€ thousand", "€", 1e-3],
    ["h", "min", 1 / 60],
    ["dm³", "cm³", 1e-3],
  ])("%s from %s: multiply by %d", (expected, given, factor) => {
    const comparison = compareUnits(expected, given);
    expect(comparison.kind).toBe("scaled");
    if (comparison.kind === "scaled") expect(comparison.factor / factor).toBeCloseTo(1, 12);
  });

  it.each([
    ["m", "s"],
    ["m s⁻¹", "m"],
    ["°C", "K"],
    ["N", "J"],
    ["%", "€"],
  ])("%s and %s are different", (expected, given) => {
    expect(compareUnits(expected, given)).toEqual({ kind: "different" });
  });

  it("reads only unit-like text", () => {
    expect(parseUnit("")).toEqual([]);
    expect(parseUnit("m s^-1")).toEqual([
      { symbol: "m", exponent: 1 },
      { symbol: "s", exponent: -1 },
    ]);
    expect(parseUnit("or 3")).toBeNull();
    expect(parseUnit("± 0.05")).toBeNull();
  });

  it("finds the scale words of a unit", () => {
    expect(unitScaleWords("€ thousand")).toBe(1000);
    expect(unitScaleWords("€ billion")).toBe(1e9);
    expect(unitScaleWords("m s⁻¹")).toBe(1);
  });
});
