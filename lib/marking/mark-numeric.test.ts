import { describe, expect, it } from "vitest";
import type { MarkableQuestion } from "@/lib/marking/marking-types";
import { markNumeric, UNREADABLE_NUMBER } from "@/lib/marking/mark-numeric";
import type { NumericAnswer } from "@/lib/questions/question-input";

const points3 = ["p1", "p2", "p3"].map((id) => ({ id, kind: "POINT" as const, marks: 1, text: id, dependsOn: [], keywords: [] }));

function numeric(numericAnswer: NumericAnswer, marks = 3): MarkableQuestion {
  return { type: "NUMERIC", marks, numericAnswer, markingPoints: points3.slice(0, marks) };
}

const range = numeric({ value: 45.5, unit: "m", sigFigs: 3, relativeTolerance: 0.01 });
const fraction = numeric({ value: 0.535714, tolerance: 0.001 }, 2);
const roundsTo = numeric({ value: 1.86, sigFigs: 3 }, 2);
const exact = numeric({ value: 2 }, 1);
const kelvin = numeric({ value: -273, unit: "°C", sigFigs: 3, tolerance: 1 }, 2);
const tiny = numeric({ value: 4.8e-14, unit: "N", sigFigs: 2, relativeTolerance: 0.02 }, 2);
const speed = numeric({ value: 15.3, unit: "m s⁻¹", sigFigs: 3, relativeTolerance: 0.01 });
const micro = numeric({ value: 0.25, unit: "μs", sigFigs: 2, relativeTolerance: 0.02 }, 2);
const thousands = numeric({ value: 450, unit: "€ thousand", tolerance: 0.5 }, 2);
const dollars = numeric({ value: 6666, unit: "$", tolerance: 1 });
const percent = numeric({ value: 25, unit: "%", sigFigs: 2, tolerance: 0.5 }, 2);
const comma = numeric({ value: 1.24, sigFigs: 3, tolerance: 0.005 }, 2);
const big = numeric({ value: 1250 }, 1);

describe("markNumeric", () => {
  it.each<[string, string, MarkableQuestion, number, RegExp]>([
    ["the stored value", "45.5", range, 3, /^Correct to 3 significant figures\.$/],
    ["the value with its unit", "45.5 m", range, 3, /^Correct to 3 significant figures\.$/],
    ["more precision", "45.46 m", range, 3, /^Correct\.$/],
    ["within the relative tolerance", "45.9", range, 3, /^Correct/],
    ["outside the tolerance", "46.1", range, 0, /^Not quite: the answer is 45\.5 m\./],
    ["one s.f. short, rounded up", "46", range, 2, /needs 3 significant figures \(you gave 2\)/],
    ["one s.f. short, rounded down", "45 m", range, 2, /last mark is lost/],
    ["two s.f. short", "5e1", range, 0, /^Not quite/],
    ["scientific notation", "4.55e1", range, 3, /^Correct/],
    ["× 10^n notation with a unit", "4.55 × 10^1 m", range, 3, /^Correct/],
    ["after 'x =' and before '(3 s.f.)'", "x = 45.5 m (3 s.f.)", range, 3, /^Correct/],
    ["a leading plus sign", "+45.5", range, 3, /^Correct/],
    ["trailing zeros", "45.500", range, 3, /^Correct\.$/],
    ["a converted unit", "4550 cm", range, 3, /^Correct/],
    [
      "the right number in a unit of another quantity",
      "45.5 s",
      range,
      0,
      /^Not quite: s is not a unit of the quantity asked for, so the answer cannot be right\. The answer is 45\.5 m\.$/,
    ],
    ["the right number with a wrong prefix", "45.5 km", range, 0, /^Not quite: the answer is 45\.5 m\./],
    ["a fraction", "15/28", fraction, 2, /^Correct\.$/],
    ["a LaTeX fraction", "\\frac{15}{28}", fraction, 2, /^Correct\.$/],
    ["the decimal within tolerance", "0.536", fraction, 2, /^Correct\.$/],
    ["too rough without a stated precision", "0.54", fraction, 0, /^Not quite: the answer is 0\.535714\./],
    ["the stored value (no tolerance)", "1.86", roundsTo, 2, /^Correct to 3/],
    ["a value that rounds to it", "1.864", roundsTo, 2, /^Correct\.$/],
    ["a value that does not round to it", "1.87", roundsTo, 0, /^Not quite/],
    ["one s.f. short (no tolerance)", "1.9", roundsTo, 1, /needs 3 significant figures/],
    ["an exact integer", "2", exact, 1, /^Correct\.$/],
    ["an exact integer with a decimal", "2.00", exact, 1, /^Correct\.$/],
    ["an exact integer as a fraction", "4/2", exact, 1, /^Correct\.$/],
    ["near an exact integer", "2.01", exact, 0, /^Not quite: the answer is 2\./],
    ["a negative value", "-273 °C", kelvin, 2, /^Correct to 3/],
    ["a Unicode minus", "−273", kelvin, 2, /^Correct/],
    ["a negative within tolerance", "-273.15 °C", kelvin, 2, /^Correct/],
    ["a missing minus", "273", kelvin, 0, /^Not quite: the answer is -273 °C\./],
    ["e-notation", "4.8e-14 N", tiny, 2, /^Correct to 2/],
    ["× 10^n", "4.8×10^-14", tiny, 2, /^Correct/],
    ["x 10^{n} in LaTeX", "$4.8 \\times 10^{-14}$ N", tiny, 2, /^Correct/],
    ["superscript exponent", "4.8 × 10⁻¹⁴ N", tiny, 2, /^Correct/],
    ["a near miss at 2 s.f.", "4.9e-14", tiny, 0, /^Not quite: the answer is 4\.8 × 10⁻¹⁴ N\./],
    ["one s.f. short in e-notation", "5e-14", tiny, 1, /needs 2 significant figures/],
    ["m/s for m s⁻¹", "15.3 m/s", speed, 3, /^Correct to 3 significant figures\.$/],
    ["ms-1 for m s⁻¹", "15.3 ms-1", speed, 3, /^Correct to 3 significant figures\.$/],
    ["m·s⁻¹", "15.3 m·s⁻¹", speed, 3, /^Correct to 3 significant figures\.$/],
    ["km/h converted", "55.1 km/h", speed, 3, /^Correct to 3 significant figures\.$/],
    ["a unit of another quantity", "15.3 m", speed, 0, /^Not quite: m is not a unit of the quantity asked for/],
    ["kg for m s⁻¹", "15.3 kg", speed, 0, /^Not quite: kg is not a unit/],
    ["nanoseconds for microseconds", "250 ns", micro, 2, /^Correct/],
    ["'us' for μs", "0.25 us", micro, 2, /^Correct to 2 significant figures\.$/],
    ["the micro sign", "0.25 µs", micro, 2, /^Correct to 2 significant figures\.$/],
    ["seconds for microseconds", "2.5e-7 s", micro, 2, /^Correct/],
    ["the amount in € thousand", "450", thousands, 2, /^Correct\.$/],
    ["with currency and scale word", "€450 thousand", thousands, 2, /^Correct\.$/],
    ["the full amount in euros", "€450,000", thousands, 2, /^Correct\.$/],
    ["the full amount without a unit", "450 000", thousands, 2, /^Correct\.$/],
    ["a wrong amount", "45", thousands, 0, /^Not quite: the answer is €450 thousand\./],
    ["a currency prefix", "$6666", dollars, 3, /^Correct\.$/],
    ["a currency word", "6666 dollars", dollars, 3, /^Correct\.$/],
    ["a thousands separator", "6,666", dollars, 3, /^Correct\.$/],
    ["a percentage", "25%", percent, 2, /^Correct to 2/],
    ["percent spelled out", "25 percent", percent, 2, /^Correct to 2/],
    ["a fraction for a percentage", "0.25", percent, 0, /^Not quite: the answer is 25%\./],
    ["a decimal comma", "1,24", comma, 2, /^Correct to 3/],
    ["a thousands comma", "1,250", big, 1, /^Correct\.$/],
    [
      "a right value to fewer s.f. within tolerance",
      "0.3 A",
      numeric({ value: 0.3, unit: "A", sigFigs: 2, relativeTolerance: 0.02 }),
      3,
      /^Correct, but give the final answer to 2 significant figures \(you gave 1\)\.$/,
    ],
  ])("%s: %j", (_, typed, question, marks, feedback) => {
    const result = markNumeric(question, typed);
    expect(result.marksAwarded).toBe(marks);
    expect(result.feedback).toMatch(feedback);
    expect(result).toMatchObject({ status: "MARKED", markedBy: "AUTO", maxMarks: question.marks });
  });

  describe("when the question states its significant figures and needs its unit", () => {
    // "Calculate the speed of light in the medium, to 2 significant figures": 3.0 × 10⁸ m s⁻¹.
    const light = numeric({ value: 3.0e8, unit: "m s⁻¹", sigFigs: 2, sigFigsExact: true, unitRequired: true, relativeTolerance: 0.01 }, 2);
    // "... amount of oxygen, to 3 significant figures": 0.120 mol.
    const moles = numeric({ value: 0.12, unit: "mol", sigFigs: 3, sigFigsExact: true }, 2);

    it.each<[string, string, MarkableQuestion, number, RegExp]>([
      ["the answer as the question expects it", "3.0 × 10^8 m s^-1", light, 2, /^Correct to 2 significant figures\.$/],
      ["a decimal comma and e-notation", "3,0e8 m s^-1", light, 2, /^Correct to 2 significant figures\.$/],
      ["a per-slash unit", "3.0e8 m/s", light, 2, /^Correct to 2/],
      ["a converted unit to the right figures", "3.0 × 10^5 km/s", light, 2, /^Correct to 2/],
      ["a unit of another quantity", "3.0e8 kg", light, 0, /^Not quite: kg is not a unit of the quantity asked for.*The answer is 3\.0 × 10⁸ m s⁻¹\.$/],
      ["a missing unit", "3.0e8", light, 1, /^Nearly: your value is right, but the answer needs its unit \(m s⁻¹\), so the last mark is lost\./],
      [
        "too few figures",
        "3e8 m/s",
        light,
        1,
        /the final answer needs 2 significant figures \(you gave 1\), so the last mark is lost\. The answer is 3\.0 × 10⁸ m s⁻¹\.$/,
      ],
      ["too many figures", "3.00e8 m/s", light, 1, /needs 2 significant figures \(you gave 3\)/],
      [
        "a missing unit and too many figures",
        "3.000e8",
        light,
        0,
        /needs its unit \(m s⁻¹\) and the final answer needs 2 significant figures \(you gave 4\), so 2 marks are lost/,
      ],
      ["trailing zeros that may be significant, without the unit", "300000000", light, 1, /needs its unit \(m s⁻¹\), so the last mark is lost/],
      [
        "a whole number whose last zero need not be significant",
        "870 N",
        numeric({ value: 870, unit: "N", sigFigs: 2, sigFigsExact: true }, 2),
        2,
        /^Correct\.$/,
      ],
      ["a whole number with too many figures", "870.0 N", numeric({ value: 870, unit: "N", sigFigs: 2, sigFigsExact: true }, 2), 1, /you gave 4/],
      ["three figures as asked", "0.120 mol", moles, 2, /^Correct to 3 significant figures\.$/],
      [
        "two figures where three are asked",
        "0.12",
        moles,
        1,
        /^Nearly: your value is right, but the final answer needs 3 significant figures \(you gave 2\).*The answer is 0\.120 mol\.$/,
      ],
      ["four figures where three are asked", "0.1200 mol", moles, 1, /you gave 4/],
      ["no unit where it is not required", "0.120", moles, 2, /^Correct to 3/],
      ["millimoles converted", "120. mmol", moles, 2, /^Correct to 3/],
      ["a wrong value", "0.130 mol", moles, 0, /^Not quite: the answer is 0\.120 mol\./],
    ])("%s: %j", (_, typed, question, marks, feedback) => {
      const result = markNumeric(question, typed);
      expect(result.marksAwarded).toBe(marks);
      expect(result.feedback).toMatch(feedback);
      expect(result.pointAwards.filter((p) => p.awarded)).toHaveLength(marks);
    });
  });

  it.each(["abc", "", "2 or 3", "about five"])("cannot read %j: 0 marks and a clear message", (typed) => {
    const result = markNumeric(range, typed);
    expect(result.marksAwarded).toBe(0);
    expect(result.feedback).toBe(UNREADABLE_NUMBER);
    expect(result.feedback).toBe("We could not read a number in your answer.");
    expect(result.pointAwards.every((p) => !p.awarded)).toBe(true);
  });

  describe("point awards", () => {
    // math-aa-3-2-01: M1, then A1 after M1, then A1 after that.
    const chain: MarkableQuestion = {
      type: "NUMERIC",
      marks: 3,
      numericAnswer: { value: 5.79, tolerance: 0.005, unit: "cm", sigFigs: 3 },
      markingPoints: [
        { id: "m1", kind: "M", marks: 1, text: "cosine rule", dependsOn: [], keywords: [] },
        { id: "a1", kind: "A", marks: 1, text: "33.5", dependsOn: ["m1"], keywords: [] },
        { id: "a2", kind: "A", marks: 1, text: "5.79", dependsOn: ["a1"], keywords: [] },
      ],
    };
    const awarded = (typed: string) =>
      markNumeric(chain, typed)
        .pointAwards.filter((p) => p.awarded)
        .map((p) => p.label);

    it("awards every point, in order, for a right answer", () => {
      expect(awarded("5.79 cm")).toEqual(["m1", "a1", "a2"]);
      expect(markNumeric(chain, "5.79 cm").pointAwards).toEqual([
        { label: "m1", marks: 1, awarded: true },
        { label: "a1", marks: 1, awarded: true },
        { label: "a2", marks: 1, awarded: true },
      ]);
    });

    it("withholds the last A mark for one significant figure too few", () => {
      const result = markNumeric(chain, "5.8");
      expect(result.marksAwarded).toBe(2);
      expect(awarded("5.8")).toEqual(["m1", "a1"]);
    });

    it("awards nothing for a wrong answer", () => {
      expect(awarded("5.97")).toEqual([]);
      expect(markNumeric(chain, "5.97").marksAwarded).toBe(0);
    });
  });

  it("throws on a numeric question without its answer (a content error, not the student's)", () => {
    expect(() => markNumeric({ ...range, numericAnswer: null }, "1")).toThrow(/numericAnswer/);
  });
});

describe("markNumeric follow-through", () => {
  const part = {
    type: "NUMERIC" as const,
    marks: 2,
    numericAnswer: { value: 288, unit: "m", followThrough: { from: ["a", "b"], value: "b + 20 * a" } },
    markingPoints: [
      { id: "M1", kind: "M" as const, marks: 1, text: "their (a) × 20", dependsOn: [], keywords: [] },
      { id: "A1", kind: "A" as const, marks: 1, text: "their (b) + their (a) × 20", dependsOn: ["M1"], keywords: [] },
    ],
  };
  const earlier = (a: string, b: string) =>
    new Map([
      ["a", a],
      ["b", b],
    ]);

  it("awards the marks for a value that is right for the student's own wrong earlier answers", () => {
    const result = markNumeric(part, "340 m", earlier("14", "60"));
    expect(result).toMatchObject({ status: "MARKED", marksAwarded: 2, maxMarks: 2 });
    expect(result.feedback).toMatch(/^Follow-through: .* right for your answer to \(a\) and \(b\)/);
    expect(result.pointAwards.every((p) => p.awarded)).toBe(true);
  });

  it("marks the right answer as right, whatever the earlier answers were", () => {
    expect(markNumeric(part, "288", earlier("14", "60"))).toMatchObject({ marksAwarded: 2, feedback: "Correct." });
  });

  it("gives nothing for a value right for neither, or when an earlier answer is missing or unreadable", () => {
    expect(markNumeric(part, "341", earlier("14", "60")).marksAwarded).toBe(0);
    expect(markNumeric(part, "340", new Map([["a", "14"]])).marksAwarded).toBe(0);
    expect(markNumeric(part, "340", earlier("fourteen", "60")).marksAwarded).toBe(0);
    expect(markNumeric(part, "340").marksAwarded).toBe(0);
  });

  it("still deducts a mark the answer loses for how it is given", () => {
    const result = markNumeric({ ...part, numericAnswer: { ...part.numericAnswer, unitRequired: true } }, "340", earlier("14", "60"));
    expect(result.marksAwarded).toBe(1);
    expect(result.feedback).toMatch(/one mark lost/);
  });
});
