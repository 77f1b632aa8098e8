import { describe, expect, it } from "vitest";
import { canonicalTimeZone, examYears, onboardingInput, parseOnboardingForm } from "@/lib/onboarding/onboarding-input";

const year = new Date().getUTCFullYear();
const valid = { examMonth: "MAY", examYear: year + 1, timezone: "Europe/Madrid", courses: [{ courseSlug: "biology-hl", targetGrade: 6 }] };
const messages = (value: unknown) => onboardingInput.safeParse(value).error?.issues.map((i) => i.message) ?? [];

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

describe("onboarding input", () => {
  it("accepts a complete choice and canonicalises the time zone", () => {
    const parsed = onboardingInput.parse({ ...valid, timezone: "europe/madrid" });
    expect(parsed.timezone).toBe("Europe/Madrid");
    expect(onboardingInput.parse({ ...valid, timezone: "UTC" }).timezone).toBe("UTC");
  });

  it("offers this year and the three after it, and refuses years outside them", () => {
    expect(examYears(new Date("2031-06-01T00:00:00Z"))).toEqual([2031, 2032, 2033, 2034]);
    expect(onboardingInput.safeParse({ ...valid, examYear: year }).success).toBe(true);
    expect(onboardingInput.safeParse({ ...valid, examYear: year + 3 }).success).toBe(true);
    expect(messages({ ...valid, examYear: year - 1 })).toEqual([`Choose an exam year from ${year} to ${year + 3}.`]);
    expect(messages({ ...valid, examYear: year + 4 })).toHaveLength(1);
    expect(messages({ ...valid, examYear: undefined })).toEqual(["Choose the year of your exams."]);
  });

  it("refuses unknown zones and bare offsets", () => {
    for (const timezone of ["Mars/Olympus", "+01:00", "", "Europe/Madrid; drop table"]) {
      expect(messages({ ...valid, timezone }), timezone).toEqual([expect.stringMatching(/time zone/)]);
    }
    expect(canonicalTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    // An alias left out of Intl.supportedValuesOf, as some browsers still report it.
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Calcutta");
  });

  it("needs one to eight courses, one level per subject, grades 1–7", () => {
    expect(messages({ ...valid, courses: [] })).toEqual(["Choose at least one course."]);
    const nine = ["biology", "chemistry", "physics", "economics", "history", "geography", "film", "music", "theatre"];
    expect(messages({ ...valid, courses: nine.map((s) => ({ courseSlug: `${s}-sl`, targetGrade: 5 })) })).toEqual(["Choose at most 8 courses."]);
    expect(
      messages({
        ...valid,
        courses: [
          { courseSlug: "math-aa-sl", targetGrade: 5 },
          { courseSlug: "math-aa-hl", targetGrade: 5 },
        ],
      }),
    ).toEqual(["Choose SL or HL for each subject, not both."]);
    expect(messages({ ...valid, courses: [{ courseSlug: "biology-hl", targetGrade: 8 }] })).toEqual(["Choose a target grade from 1 to 7."]);
    expect(messages({ ...valid, examMonth: "JUNE" })).toEqual(["Choose the month of your exams: May or November."]);
  });
});

describe("parseOnboardingForm", () => {
  it("reads course slugs and their target:<slug> grades", () => {
    const parsed = parseOnboardingForm(
      form([
        ["examMonth", "NOVEMBER"],
        ["examYear", String(year + 2)],
        ["timezone", "America/New_York"],
        ["course", "math-aa-hl"],
        ["target:math-aa-hl", "7"],
        ["level:math-aa", "math-aa-hl"],
        ["course", "english-a-literature-sl"],
        ["target:english-a-literature-sl", "5"],
      ]),
    );
    expect(parsed).toEqual({
      success: true,
      data: {
        examMonth: "NOVEMBER",
        examYear: year + 2,
        timezone: "America/New_York",
        courses: [
          { courseSlug: "math-aa-hl", targetGrade: 7 },
          { courseSlug: "english-a-literature-sl", targetGrade: 5 },
        ],
      },
    });
  });

  it("keys errors by field name, with target:<slug> for a course's grade", () => {
    const parsed = parseOnboardingForm(
      form([
        ["examYear", "soon"],
        ["timezone", "UTC"],
        ["course", "biology-hl"],
        ["target:biology-hl", ""],
      ]),
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.state.fieldErrors).toEqual({
      examMonth: "Choose the month of your exams: May or November.",
      examYear: "Choose the year of your exams.",
      "target:biology-hl": "Choose a target grade from 1 to 7.",
    });
    expect(parsed.state.error).toMatch(/^Choose the month .* 3 answers to fix/);
  });

  it("reports a form with no courses against the course list", () => {
    const parsed = parseOnboardingForm(
      form([
        ["examMonth", "MAY"],
        ["examYear", String(year)],
        ["timezone", "UTC"],
      ]),
    );
    expect(parsed).toEqual({ success: false, state: { error: "Choose at least one course.", fieldErrors: { courses: "Choose at least one course." } } });
  });
});
