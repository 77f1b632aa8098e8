import { z } from "zod";
import { questionInput } from "@/lib/questions/question-input";
import type { FieldNamer, ImportCandidate } from "@/lib/content-import/import-candidate";
import type { ImportCatalog } from "@/lib/content-import/load-import-catalog";
import type { ImportRow } from "@/lib/content-import/import-row";
import { checkQuestionRules } from "@/lib/content-import/check-question-rules";
import { describeIssue } from "@/lib/content-import/describe-issue";
import { figuresOf } from "@/lib/content-import/figures-of";
import { checkImportGroup } from "@/lib/content-import/check-import-group";
import { isGroupCandidate, isNoteCandidate } from "@/lib/content-import/import-keys";
import { checkImportNote } from "@/lib/content-import/check-import-note";

/** Where an imported question goes: the fields an import adds to the seed's question shape. */
const importPlacement = z.object({
  course: z.string().min(1),
  topic: z.string().min(1),
  status: z.enum(["draft", "published"]).default("draft"),
});

export type CheckedRow = { row: number; key: string | null; reasons: string[]; value: ImportRow | null };

/**
 * Validates one question against the shared question schema, the cross-field rules and the catalog.
 * Collects every reason rather than stopping at the first. Duplicate keys are a whole-file matter and are
 * checked by the caller.
 */
export function checkImportRow(candidate: ImportCandidate, catalog: ImportCatalog, name: FieldNamer): CheckedRow {
  const { raw, row } = candidate;
  const key = typeof raw.key === "string" && raw.key !== "" ? raw.key : null;
  const reasons = candidate.problems.map((p) => p.message);
  if (candidate.problems.some((p) => p.field === "row")) return { row, key, reasons, value: null };
  if (isNoteCandidate(raw)) return checkImportNote(candidate, catalog, name);
  if (isGroupCandidate(raw)) return checkImportGroup(candidate, catalog, name);
  const explained = candidate.problems.map((p) => p.field);
  const alreadyExplained = (path: readonly PropertyKey[]) => {
    const joined = path.map(String).join(".");
    return explained.some((f) => joined === f || joined.startsWith(`${f}.`));
  };
  const add = (issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) if (!alreadyExplained(issue.path)) reasons.push(describeIssue(issue, name, raw));
  };

  const placement = importPlacement.safeParse(raw);
  if (!placement.success) add(placement.error.issues);
  const course = typeof raw.course === "string" ? catalog.courses.get(raw.course) : undefined;
  const topicId = course && typeof raw.topic === "string" ? course.topicIds.get(raw.topic) : undefined;
  if (typeof raw.course === "string" && raw.course !== "" && !course)
    reasons.push(`course "${raw.course}" does not exist (use a course slug such as "math-aa-sl")`);
  if (course && typeof raw.topic === "string" && raw.topic !== "" && !topicId) reasons.push(`topic "${raw.topic}" is not in the syllabus of ${course.slug}`);

  const { course: _course, topic, status: _status, levels: _levels, topicCode: _topicCode, ...fields } = raw;
  // The schema places a question by levels + topicCode; an import row names one course, whose level this is.
  const parsed = questionInput.safeParse({ ...fields, levels: [course?.level ?? "SL"], topicCode: topic, source: fields.source ?? { kind: "imported" } });
  if (!parsed.success) {
    // Cross-field rules are checkQuestionRules' job (it reports them even when other fields are wrong).
    add(parsed.error.issues.filter((i) => i.code !== "custom").map((i) => (i.path[0] === "topicCode" ? { ...i, path: ["topic", ...i.path.slice(1)] } : i)));
  }
  reasons.push(...checkQuestionRules(raw, name));
  for (const figure of figuresOf(raw)) {
    if (!catalog.storedFigures.has(figure.hash)) reasons.push(`figure ${figure.src} has not been uploaded here: upload it in the question editor first`);
  }

  const existingCourse = key ? catalog.courseOfKey.get(key) : undefined;
  if (key && course && existingCourse && existingCourse !== course.slug) {
    reasons.push(`key "${key}" already belongs to a question in ${existingCourse}: a question cannot move to another course (use a new key)`);
  }
  const group = key ? catalog.groupOfKey.get(key) : undefined;
  if (group) reasons.push(`key "${key}" is a part of the multi-part question "${group}": import the whole question, with its parts`);

  const unique = [...new Set(reasons)];
  if (unique.length || !parsed.success || !placement.success || !course || !topicId) {
    return { row, key, reasons: unique.length ? unique : ["the row could not be read"], value: null };
  }
  return {
    row,
    key,
    reasons: [],
    value: {
      row,
      key: parsed.data.key,
      courseId: course.id,
      courseSlug: course.slug,
      topicId,
      status: placement.data.status === "published" ? "PUBLISHED" : "DRAFT",
      question: parsed.data,
    },
  };
}
