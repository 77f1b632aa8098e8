import { z } from "zod";

/** IB Diploma subject groups 1–6. */
export const subjectGroups = {
  1: "Studies in language and literature",
  2: "Language acquisition",
  3: "Individuals and societies",
  4: "Sciences",
  5: "Mathematics",
  6: "The arts",
} as const;

export const levels = ["SL", "HL"] as const;
export type Level = (typeof levels)[number];

export const paperCodes = ["P1", "P1A", "P1B", "P2", "P3"] as const;
export type PaperCode = (typeof paperCodes)[number];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case words joined by hyphens");

export type TopicInput = {
  /** Syllabus code, unique within the subject: "1", "1.2", "A", "A.1", "S1.2", "A1.1". */
  code: string;
  title: string;
  /** Additional higher level (AHL) material: left out of the SL course. */
  hlOnly?: boolean;
  children?: TopicInput[];
};

export const topicInput: z.ZodType<TopicInput> = z.lazy(() =>
  z.object({
    code: z.string().regex(/^[A-Za-z0-9.]{1,12}$/, "syllabus code like 1.2 or A.1"),
    title: z.string().min(1).max(200),
    hlOnly: z.boolean().optional(),
    children: z.array(topicInput).optional(),
  }),
);

export const paperInput = z.object({
  code: z.enum(paperCodes),
  name: z.string().min(1),
  durationMinutes: z.number().int().min(10).max(300),
  totalMarks: z.number().int().min(1).max(200),
  calculator: z.boolean(),
  /** Share of the final grade, in percent. */
  weightPercent: z.number().min(0).max(100),
});
export type PaperInput = z.infer<typeof paperInput>;

/** Minimum overall percentage for each grade 1–7 in one exam session ("M25" = May 2025). */
export const gradeBoundaryInput = z.object({
  session: z.string().regex(/^[MN]\d{2}$/, 'exam session like "M25" or "N24"'),
  minPercent: z
    .object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number(), 5: z.number(), 6: z.number(), 7: z.number() })
    .refine((b) => b[1] === 0 && [2, 3, 4, 5, 6, 7].every((g) => b[g as 2] > b[(g - 1) as 1] && b[g as 2] <= 100), {
      message: "grade 1 starts at 0 and each higher grade needs a strictly higher percentage (≤ 100)",
    }),
});
export type GradeBoundaryInput = z.infer<typeof gradeBoundaryInput>;

export const courseLevelInput = z.object({
  level: z.enum(levels),
  papers: z.array(paperInput).min(1),
  gradeBoundaries: z.array(gradeBoundaryInput).min(1),
});

export const subjectInput = z.object({
  /** Course slugs are `${slug}-sl` and `${slug}-hl`. */
  slug,
  name: z.string().min(1).max(120),
  group: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  description: z.string().min(1).max(600),
  /** Shown on course pages: what practice here covers and leaves out (e.g. "the coursework is not practised here"). */
  practiceNote: z.string().min(1).max(400).optional(),
  courses: z.array(courseLevelInput).min(1),
  topics: z.array(topicInput).min(1),
});
export type SubjectInput = z.infer<typeof subjectInput>;

export const courseSlug = (subjectSlug: string, level: Level) => `${subjectSlug}-${level.toLowerCase()}`;
