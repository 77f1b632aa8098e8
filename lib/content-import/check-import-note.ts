import { z } from "zod";
import { topicNoteInput } from "@/lib/notes/topic-note-input";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";
import type { FieldNamer, ImportCandidate } from "@/lib/content-import/import-candidate";
import type { ImportCatalog } from "@/lib/content-import/load-import-catalog";
import type { CheckedRow } from "@/lib/content-import/check-import-row";
import { describeIssue } from "@/lib/content-import/describe-issue";
import { figuresOf } from "@/lib/content-import/figures-of";
import { noteRowKey } from "@/lib/content-import/import-keys";

/** A topic note in an import file (FORMAT.md): placed by course and topic, one note per topic. */
const importNote = z.object({
  type: z.literal("NOTE"),
  course: z.string().min(1),
  topic: z.string().min(1),
  status: z.enum(["draft", "published"]).default("draft"),
  body: topicNoteInput.shape.body,
});
const noteFields = new Set(Object.keys(importNote.shape));

/**
 * Validates a note row with the rules the admin note editor applies (length, LaTeX that renders, figures
 * stored here) and the catalog (the course exists and teaches the topic). Collects every reason.
 */
export function checkImportNote(candidate: ImportCandidate, catalog: ImportCatalog, name: FieldNamer): CheckedRow {
  const { raw, row } = candidate;
  const reasons = candidate.problems.map((p) => p.message);
  const key = noteRowKey(raw);

  const extra = Object.keys(raw).filter((field) => !noteFields.has(field));
  if (extra.length)
    reasons.push(`${extra.join(", ")} ${extra.length === 1 ? "is" : "are"} not used by a note: a note has type, course, topic, status and body`);
  const parsed = importNote.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) reasons.push(describeIssue(issue, name, raw));

  const course = typeof raw.course === "string" ? catalog.courses.get(raw.course) : undefined;
  const topicId = course && typeof raw.topic === "string" ? course.topicIds.get(raw.topic) : undefined;
  if (typeof raw.course === "string" && raw.course !== "" && !course)
    reasons.push(`course "${raw.course}" does not exist (use a course slug such as "math-aa-sl")`);
  if (course && typeof raw.topic === "string" && raw.topic !== "" && !topicId) reasons.push(`topic "${raw.topic}" is not in the syllabus of ${course.slug}`);
  if (typeof raw.body === "string") {
    const latex = describeLatexErrors(findLatexErrors(raw.body));
    if (latex) reasons.push(`body: ${latex}`);
  }
  for (const figure of figuresOf(raw)) {
    if (!catalog.storedFigures.has(figure.hash)) reasons.push(`figure ${figure.src} has not been uploaded here: upload it in the question editor first`);
  }

  const unique = [...new Set(reasons)];
  if (unique.length || !parsed.success || !course || !topicId)
    return { row, key, reasons: unique.length ? unique : ["the row could not be read"], value: null };
  return {
    row,
    key,
    reasons: [],
    value: {
      row,
      key: key!,
      courseId: course.id,
      courseSlug: course.slug,
      topicId,
      status: parsed.data.status === "published" ? "PUBLISHED" : "DRAFT",
      note: { topicCode: parsed.data.topic, body: parsed.data.body },
    },
  };
}
