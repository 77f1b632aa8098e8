import { z } from "zod";

export const examMonths = ["MAY", "NOVEMBER"] as const;
export type ExamMonthInput = (typeof examMonths)[number];

/** A full diploma is six subjects; a few more leaves room for extra and anticipated courses. */
export const MAX_COURSES = 8;
// The DP takes two years; one more covers students who sign up early or plan a retake.
const EXAM_YEARS_AHEAD = 3;

/** The exam years a student can choose, computed when asked so a long-running server never goes stale. */
export function examYears(now = new Date()): number[] {
  const first = now.getUTCFullYear();
  return Array.from({ length: EXAM_YEARS_AHEAD + 1 }, (_, i) => first + i);
}

let listedZones: Map<string, string> | undefined;

/**
 * The IANA name of a time zone as stored ("europe/madrid" → "Europe/Madrid"), or null if the runtime does
 * not know it. `Intl.supportedValuesOf` lists only canonical names (on Node 20 not even "UTC"), so an alias
 * a browser still reports ("Asia/Calcutta") is accepted as given when a formatter can be built for it.
 * resolvedOptions() is no help here: depending on the ICU version it maps Asia/Kolkata to Asia/Calcutta.
 */
export function canonicalTimeZone(value: string): string | null {
  // Newer engines also accept offsets such as "+01:00"; they are not zones (no daylight-saving rules).
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value)) return null;
  listedZones ??= new Map(Intl.supportedValuesOf("timeZone").map((zone) => [zone.toLowerCase(), zone]));
  const listed = listedZones.get(value.toLowerCase());
  if (listed) return listed;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value;
  } catch {
    return null;
  }
}

/** Course slugs are `${subjectSlug}-sl` and `${subjectSlug}-hl` (see courseSlug in lib/catalog/catalog-input). */
const COURSE_SLUG = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(sl|hl)$/;
const subjectOf = (courseSlug: string) => COURSE_SLUG.exec(courseSlug)?.[1] ?? courseSlug;

const gradeMessage = "Choose a target grade from 1 to 7.";
const timeZoneMessage = "We could not recognise your device's time zone. Reload the page and try again.";

const courseChoice = z.object({
  courseSlug: z.string({ error: "Choose a course from the list." }).regex(COURSE_SLUG, "Choose a course from the list."),
  targetGrade: z.int({ error: gradeMessage }).min(1, gradeMessage).max(7, gradeMessage),
});

export const onboardingInput = z.object({
  examMonth: z.enum(examMonths, { error: "Choose the month of your exams: May or November." }),
  examYear: z.int({ error: "Choose the year of your exams." }).superRefine((year, ctx) => {
    const years = examYears();
    if (!years.includes(year)) ctx.addIssue({ code: "custom", message: `Choose an exam year from ${years[0]} to ${years.at(-1)}.` });
  }),
  timezone: z
    .string({ error: timeZoneMessage })
    .trim()
    .transform((value, ctx) => {
      const zone = canonicalTimeZone(value);
      if (zone) return zone;
      ctx.addIssue({ code: "custom", message: timeZoneMessage });
      return z.NEVER;
    }),
  courses: z
    .array(courseChoice, { error: "Choose at least one course." })
    .min(1, "Choose at least one course.")
    .max(MAX_COURSES, `Choose at most ${MAX_COURSES} courses.`)
    .superRefine((courses, ctx) => {
      const subjects = new Set<string>();
      for (const { courseSlug } of courses) {
        const subject = subjectOf(courseSlug);
        if (subjects.has(subject)) {
          ctx.addIssue({ code: "custom", message: "Choose SL or HL for each subject, not both." });
          return;
        }
        subjects.add(subject);
      }
    }),
});
export type OnboardingInput = z.output<typeof onboardingInput>;

/** What the onboarding form shows after a failed submit: a summary, and messages keyed by field name. */
export type OnboardingFormState = { error?: string; fieldErrors?: Record<string, string> };

type ParsedForm = { success: true; data: OnboardingInput } | { success: false; state: OnboardingFormState };

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.trim() : undefined);
const integer = (value: FormDataEntryValue | null) => {
  const s = text(value);
  return s && /^\d{1,6}$/.test(s) ? Number(s) : undefined;
};

/**
 * Reads the onboarding form: `examMonth`, `examYear`, `timezone`, one `course` value per chosen course
 * slug and `target:<slug>` for each course's target grade. Field errors use the same names, so the form
 * can show each message next to its control (`target:<slug>` for a grade, `courses` for the set).
 */
export function parseOnboardingForm(formData: FormData): ParsedForm {
  // A repeated slug is a markup accident, not a choice the student made twice.
  const slugs = [
    ...new Set(
      formData
        .getAll("course")
        .map(text)
        .filter((s): s is string => Boolean(s)),
    ),
  ];
  const raw = {
    examMonth: text(formData.get("examMonth")) || undefined,
    examYear: integer(formData.get("examYear")),
    timezone: text(formData.get("timezone")),
    courses: slugs.map((courseSlug) => ({ courseSlug, targetGrade: integer(formData.get(`target:${courseSlug}`)) })),
  };
  const parsed = onboardingInput.safeParse(raw);
  if (parsed.success) return { success: true, data: parsed.data };

  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [head, index, leaf] = issue.path;
    const course = head === "courses" && typeof index === "number" ? raw.courses[index] : undefined;
    const field = course && leaf === "targetGrade" ? `target:${course.courseSlug}` : typeof head === "string" ? head : "form";
    fieldErrors[field] ??= issue.message;
  }
  const messages = Object.values(fieldErrors);
  const error = messages.length === 1 ? messages[0] : `${messages[0]} There are ${messages.length} answers to fix, each marked above.`;
  return { success: false, state: { error, fieldErrors } };
}
