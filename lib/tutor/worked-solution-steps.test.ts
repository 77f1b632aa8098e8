import { describe, expect, it } from "vitest";
import { MAX_STEPS, workedSolutionSteps } from "@/lib/tutor/worked-solution-steps";

describe("workedSolutionSteps", () => {
  it("takes each paragraph as a step", () => {
    expect(workedSolutionSteps("Differentiate: $f'(x) = 2x$.\n\n  \nSet $f'(x) = 0$, so $x = 0$.\n")).toEqual([
      "Differentiate: $f'(x) = 2x$.",
      "Set $f'(x) = 0$, so $x = 0$.",
    ]);
  });

  it("takes each list item as a step, with its continuation lines, after the lines that introduce the list", () => {
    expect(workedSolutionSteps("Any two of:\n- osmosis\n  through the membrane\n- diffusion\n\n1. First\n2) Second")).toEqual([
      "Any two of:",
      "- osmosis\n  through the membrane",
      "- diffusion",
      "1. First",
      "2) Second",
    ]);
  });

  it("keeps a one-paragraph solution whole, and joins steps past the limit into the last", () => {
    expect(workedSolutionSteps("One step only.")).toEqual(["One step only."]);
    expect(workedSolutionSteps("")).toEqual([]);
    const many = workedSolutionSteps(Array.from({ length: MAX_STEPS + 3 }, (_, i) => `Step ${i + 1}.`).join("\n\n"));
    expect(many).toHaveLength(MAX_STEPS);
    expect(many.at(-1)).toBe(`Step ${MAX_STEPS}.\n\nStep ${MAX_STEPS + 1}.\n\nStep ${MAX_STEPS + 2}.\n\nStep ${MAX_STEPS + 3}.`);
  });
});
