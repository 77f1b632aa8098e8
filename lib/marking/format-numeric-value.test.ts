import { describe, expect, it } from "vitest";
import { expectedAnswerText, formatNumericValue } from "@/lib/marking/format-numeric-value";

describe("formatNumericValue", () => {
  it.each<[number, number | undefined, string | undefined, string]>([
    [45.5, 3, "m", "45.5 m"],
    [0.12, 3, "mol", "0.120 mol"],
    [2450, 3, "W", "2.45 × 10³ W"],
    [2450, 4, "W", "2450 W"],
    [880, 3, "m", "880 m"],
    [3000000, 2, "m s⁻¹", "3.0 × 10⁶ m s⁻¹"],
    [4.8e-14, 2, "N", "4.8 × 10⁻¹⁴ N"],
    [9.02e22, undefined, undefined, "9.02 × 10²²"],
    [25, 2, "%", "25%"],
    [6666, undefined, "$", "$6666"],
    [450, undefined, "€ thousand", "€450 thousand"],
    [-273, 3, "°C", "-273 °C"],
    [45000, 2, "J", "4.5 × 10⁴ J"],
    [12000, 5, "J", "12000 J"],
    [300000, 2, "m s⁻¹", "3.0 × 10⁵ m s⁻¹"],
    [0.0000123, 3, "m", "1.23 × 10⁻⁵ m"],
  ])("%d (%s s.f., %s) → %s", (value, sigFigs, unit, text) => {
    expect(formatNumericValue(value, sigFigs, unit)).toBe(text);
  });
});

describe("expectedAnswerText", () => {
  it("shows the answer to the figures and in the notation the question expects, never as bare digits", () => {
    expect(expectedAnswerText({ value: 3000000, sigFigs: 2, unit: "m s⁻¹" })).toBe("3.0 × 10⁶ m s⁻¹");
    expect(expectedAnswerText({ value: 0.12, sigFigs: 3, unit: "mol" })).toBe("0.120 mol");
    expect(expectedAnswerText({ value: 15.3 })).toBe("15.3");
  });
});
