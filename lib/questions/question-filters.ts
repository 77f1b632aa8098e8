import { z } from "zod";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { BadRequestError } from "@/lib/errors";
import { commandTerms } from "@/lib/questions/question-input";
import { pageInput, type PageInput } from "@/lib/questions/question-cursor";

/** Query parameters as Next hands them to pages, or as a URL carries them (a key may repeat). */
export type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>;

const DIFFICULTIES = [1, 2, 3, 4, 5] as const;
const questionTypes = ["MCQ", "NUMERIC", "WRITTEN"] as const;

// A form submits "" for an untouched select: that means "no filter", not an invalid value. A key given
// twice keeps its last value (as URLSearchParams.get-style APIs do), except `difficulty`, which repeats.
const blankToUndefined = (v: unknown) => {
  const s = Array.isArray(v) ? v.at(-1) : v;
  if (typeof s !== "string") return s;
  const t = s.trim();
  return t === "" ? undefined : t;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const difficultyNumber = (name: string) =>
  z.string().transform((value, ctx) => {
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= 5) return n;
    ctx.addIssue({ code: "custom", message: `${name} must be a whole number from 1 to 5` });
    return z.NEVER;
  });

// `difficulty=2&difficulty=3` and `difficulty=2,3` both mean "2 or 3".
const difficultyList = z.preprocess(
  (v) => {
    const parts = (Array.isArray(v) ? v : typeof v === "string" ? [v] : [])
      .flatMap((s) => String(s).split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    return parts.length ? parts : undefined;
  },
  z.array(difficultyNumber("difficulty")).optional(),
);

const flag = (name: string, value: "yes" | "no", meaning: string) => optional(z.literal(value, { error: `${name} can only be "${value}" (${meaning})` }));

export const questionFiltersInput = z
  .object({
    course: z.preprocess(
      blankToUndefined,
      z.string({ error: "course is required: choose a course" }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "course must be a course slug such as math-aa-hl"),
    ),
    topic: optional(z.string().regex(/^[A-Za-z0-9.]{1,12}$/, "topic must be a syllabus code such as 1.2 or A.1")),
    difficulty: difficultyList,
    difficultyMin: optional(difficultyNumber("difficultyMin")),
    difficultyMax: optional(difficultyNumber("difficultyMax")),
    paper: optional(z.enum(paperCodes, { error: `paper must be one of ${paperCodes.join(", ")}` })),
    calculator: optional(z.enum(["true", "false"], { error: 'calculator must be "true" or "false"' })),
    commandTerm: optional(
      z.string().transform((value, ctx) => {
        // Accept any letter case: "show that" is the IB's "Show that".
        const term = commandTerms.find((t) => t.toLowerCase() === value.toLowerCase());
        if (term) return term;
        ctx.addIssue({ code: "custom", message: `commandTerm "${value.slice(0, 40)}" is not an IB command term` });
        return z.NEVER;
      }),
    ),
    type: optional(z.enum(questionTypes, { error: `type must be one of ${questionTypes.join(", ")}` })),
    q: optional(z.string().max(200, "q (search) must be at most 200 characters")),
    attempted: flag("attempted", "no", "questions you have never attempted"),
    wrong: flag("wrong", "yes", "questions whose last marked attempt missed marks"),
    bookmarked: flag("bookmarked", "yes", "questions you bookmarked"),
  })
  .superRefine((f, ctx) => {
    if (f.difficultyMin !== undefined && f.difficultyMax !== undefined && f.difficultyMin > f.difficultyMax) {
      ctx.addIssue({ code: "custom", path: ["difficultyMin"], message: "difficultyMin must not be above difficultyMax" });
    }
  })
  .transform((f) => {
    const allowed = DIFFICULTIES.filter((d) => (!f.difficulty || f.difficulty.includes(d)) && d >= (f.difficultyMin ?? 1) && d <= (f.difficultyMax ?? 5));
    return {
      course: f.course,
      topic: f.topic,
      // Every level allowed is no filter at all; an empty list (e.g. difficulty=1 with difficultyMin=3) matches nothing.
      difficulties: allowed.length === DIFFICULTIES.length ? undefined : allowed,
      paper: f.paper,
      calculator: f.calculator === undefined ? undefined : f.calculator === "true",
      commandTerm: f.commandTerm,
      type: f.type,
      q: f.q,
      notAttempted: f.attempted === "no",
      wrong: f.wrong === "yes",
      bookmarked: f.bookmarked === "yes",
    };
  });

/** Filters as listQuestions takes them. Students only ever see PUBLISHED questions: status is not a filter. */
export type QuestionFilters = z.output<typeof questionFiltersInput>;

/** Groups repeated keys into arrays, so `difficulty=1&difficulty=2` survives (Object.fromEntries would keep one). */
export function queryRecord(params: QueryParams): Record<string, string | string[]> {
  if (!(params instanceof URLSearchParams)) {
    return Object.fromEntries(Object.entries(params).filter((e): e is [string, string | string[]] => e[1] !== undefined));
  }
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * The question bank's query string: filters and page. Throws a 400 whose message names the first bad
 * parameter ("Invalid query: difficulty must be a whole number from 1 to 5", "Invalid query: cursor: invalid cursor").
 */
export function parseQuestionQuery(params: QueryParams): { filters: QuestionFilters; page: PageInput } {
  const record = queryRecord(params);
  const page = pageInput.safeParse({ cursor: blankToUndefined(record.cursor), limit: blankToUndefined(record.limit) });
  const filters = questionFiltersInput.safeParse(record);
  // Parameters are flat: the first path segment is the parameter ("difficulty", not "difficulty.1").
  const issues = [...(filters.success ? [] : filters.error.issues), ...(page.success ? [] : page.error.issues)].map((i) => ({
    path: String(i.path[0] ?? ""),
    message: i.message,
  }));
  if (!filters.success || !page.success) {
    const first = issues[0];
    // Most messages already start with the parameter's name; the others get it as a prefix.
    const text = first ? (first.path && !first.message.startsWith(first.path) ? `${first.path}: ${first.message}` : first.message) : "";
    throw new BadRequestError(`Invalid query${text ? `: ${text}` : "."}`, { issues }, "validation_failed");
  }
  return { filters: filters.data, page: page.data };
}
