import { describe, expect, it } from "vitest";
import { normalizeMathText } from "@/lib/marking/normalize-math-text";

describe("normalizeMathText", () => {
  it.each([
    [String.raw`3.2 \times 10^{-4}`, "3.2 × 10^{-4}"],
    ["3.2 × 10⁻⁴", "3.2 × 10^-4"],
    [String.raw`\frac{15}{28}`, "{15}/{28}"],
    [String.raw`\dfrac{\pi}{2}`, "{π}/{2}"],
    [String.raw`\text{m s}^{-1}`, "{m s}^{-1}"],
    ["0.25 µs", "0.25 μs"],
    ["−0.4", "-0.4"],
    ["25^\\circ", "25°"],
    ["CO₂", "CO2"],
    ["x >= 3", "x ≥ 3"],
    ["45\u00a0000", "45 000"],
  ])("%j → %j", (input, output) => {
    expect(normalizeMathText(input)).toBe(output);
  });
});
