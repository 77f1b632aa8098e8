import { z } from "zod";
import { paperCodes } from "@/lib/catalog/catalog-input";
import { isKnownTimeZone, parseLocalDateTime } from "@/lib/assignments/local-date-time";

/** A set drawn from the bank is fixed at creation to at most this many questions (a practice set's size). */
export const MAX_ASSIGNMENT_QUESTIONS = 30;
export const MAX_ASSIGNMENT_TOPICS = 40;

const localDateTime = (what: string) =>
  z
    .string({ error: `Choose the ${what} date and time.` })
    .refine((v) => parseLocalDateTime(v) !== null, `The ${what} time must be a real date and time (YYYY-MM-DDTHH:mm).`);

/** A hand-picked question: its id, or its key as the bank shows it (e.g. phys-sl-a1-003). */
const questionRef = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/, "Give each question by its id or key, separated by commas or new lines.");

const bankFilter = z.object({
  topicCode: z
    .string()
    .regex(/^[A-Za-z0-9.]{1,12}$/, "Choose one of the course's topics.")
    .optional(),
  difficulty: z.coerce.number().int().min(1, "Difficulty goes from 1 to 5.").max(5, "Difficulty goes from 1 to 5.").optional(),
  paper: z.enum(paperCodes, { error: `Paper is one of ${paperCodes.join(", ")}.` }).optional(),
  type: z.enum(["MCQ", "NUMERIC", "WRITTEN"], { error: "Type is MCQ, NUMERIC or WRITTEN." }).optional(),
  count: z.coerce
    .number({ error: `Choose how many questions, from 1 to ${MAX_ASSIGNMENT_QUESTIONS}.` })
    .int(`Choose how many questions, from 1 to ${MAX_ASSIGNMENT_QUESTIONS}.`)
    .min(1, "Choose at least 1 question.")
    .max(MAX_ASSIGNMENT_QUESTIONS, `Choose at most ${MAX_ASSIGNMENT_QUESTIONS} questions.`),
});
export type AssignmentBankFilter = z.output<typeof bankFilter>;

const work = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("QUESTIONS"),
      questions: z.discriminatedUnion("source", [
        z.object({
          source: z.literal("picked"),
          refs: z
            .array(questionRef)
            .min(1, "List at least one question.")
            .max(MAX_ASSIGNMENT_QUESTIONS, `Hand-pick at most ${MAX_ASSIGNMENT_QUESTIONS} questions.`),
        }),
        z.object({ source: z.literal("filter"), filter: bankFilter }),
      ]),
    }),
    z.object({ kind: z.literal("MOCK"), paper: z.enum(paperCodes, { error: "Choose one of the course's papers." }) }),
    z.object({
      kind: z.literal("FLASHCARDS"),
      topicIds: z
        .array(z.uuid("Choose topics of the course."))
        .min(1, "Choose at least one topic.")
        .max(MAX_ASSIGNMENT_TOPICS, `Choose at most ${MAX_ASSIGNMENT_TOPICS} topics.`),
    }),
  ],
  { error: "Choose what to set: questions, a mock paper or flashcards." },
);

/**
 * A new assignment: what to set, and when, as the teacher reads their own clock. Release and due are
 * local date-times in `timezone` (an IANA zone); createAssignment turns them into instants.
 */
export const createAssignmentInput = z
  .object({
    classId: z.uuid("There is no such class."),
    title: z.string({ error: "Give the assignment a title." }).trim().min(1, "Give the assignment a title.").max(120, "Keep the title to 120 characters."),
    releaseAt: localDateTime("release"),
    dueAt: localDateTime("due"),
    timezone: z.string({ error: "Choose a time zone." }).max(64).refine(isKnownTimeZone, "Choose a time zone such as Europe/London."),
  })
  .and(work);
export type CreateAssignmentInput = z.output<typeof createAssignmentInput>;

const text = (value: FormDataEntryValue | null) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

/**
 * The new-assignment form: empty selects mean "any"; hand-picked questions come as ids or keys
 * separated by commas, spaces or new lines; topics as repeated `topicIds` checkboxes.
 */
export function parseAssignmentForm(formData: FormData) {
  const kind = text(formData.get("kind"));
  const source = text(formData.get("source")) ?? "filter";
  const base = {
    classId: text(formData.get("classId")),
    title: text(formData.get("title")),
    releaseAt: text(formData.get("releaseAt")),
    dueAt: text(formData.get("dueAt")),
    timezone: text(formData.get("timezone")),
    kind,
  };
  const specific =
    kind === "QUESTIONS"
      ? {
          questions:
            source === "picked"
              ? { source, refs: (text(formData.get("refs")) ?? "").split(/[\s,]+/).filter(Boolean) }
              : {
                  source,
                  filter: {
                    topicCode: text(formData.get("topicCode")),
                    difficulty: text(formData.get("difficulty")),
                    paper: text(formData.get("filterPaper")),
                    type: text(formData.get("type")),
                    count: text(formData.get("count")) ?? "10",
                  },
                },
        }
      : kind === "MOCK"
        ? { paper: text(formData.get("paper")) }
        : { topicIds: formData.getAll("topicIds").filter((v): v is string => typeof v === "string" && v !== "") };
  return createAssignmentInput.safeParse({ ...base, ...specific });
}

/** Fields a failed new-assignment form keeps, so the teacher does not retype them. */
export const ASSIGNMENT_FORM_FIELDS = [
  "title",
  "kind",
  "source",
  "refs",
  "topicCode",
  "difficulty",
  "filterPaper",
  "type",
  "count",
  "paper",
  "releaseAt",
  "dueAt",
  "timezone",
] as const;

/** The path of one assignment's pages and actions. */
export const assignmentIdInput = z.uuid("There is no such assignment.");
