import { z } from "zod";
import { questionGroupInput } from "@/lib/questions/question-group-input";
import type { FieldNamer, ImportCandidate } from "@/lib/content-import/import-candidate";
import type { ImportCatalog } from "@/lib/content-import/load-import-catalog";
import type { CheckedRow } from "@/lib/content-import/check-import-row";
import { describeIssue } from "@/lib/content-import/describe-issue";
import { figuresOf } from "@/lib/content-import/figures-of";

/** Where an imported multi-part question goes; `topic` is the default for parts that name none. */
const groupPlacement = z.object({
  course: z.string().min(1),
  topic: z.string().min(1).optional(),
  status: z.enum(["draft", "published"]).default("draft"),
});

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Validates a multi-part question (a row with `parts`) with questionGroupInput and the catalog: every
 * reason about a part names its label, so "part (c): ..." points at the place in the file. A group is
 * accepted or rejected whole: no part of a rejected group is written.
 */
export function checkImportGroup(candidate: ImportCandidate, catalog: ImportCatalog, name: FieldNamer): CheckedRow {
  const { raw, row } = candidate;
  const key = typeof raw.key === "string" && raw.key !== "" ? raw.key : null;
  const reasons = candidate.problems.map((p) => p.message);
  const rawParts = raw.parts as unknown[];
  const labelOf = (i: number) => {
    const p = rawParts[i];
    return isObject(p) && typeof p.label === "string" ? `part (${p.label})` : `part ${i + 1}`;
  };

  const placement = groupPlacement.safeParse(raw);
  if (!placement.success) for (const issue of placement.error.issues) reasons.push(describeIssue(issue, name, raw));
  const course = typeof raw.course === "string" ? catalog.courses.get(raw.course) : undefined;
  if (typeof raw.course === "string" && raw.course !== "" && !course)
    reasons.push(`course "${raw.course}" does not exist (use a course slug such as "math-aa-sl")`);

  const topicIds = rawParts.map((p, i) => {
    if (!isObject(p)) {
      reasons.push(`${labelOf(i)} must be a question object { ... }`);
      return undefined;
    }
    if ("levels" in p) reasons.push(`${labelOf(i)}: levels is not used in imports: the question's course sets it`);
    if ("topicCode" in p) reasons.push(`${labelOf(i)}: topicCode is not used in imports: put the syllabus code in topic`);
    const topic = typeof p.topic === "string" && p.topic !== "" ? p.topic : typeof raw.topic === "string" ? raw.topic : undefined;
    if (topic === undefined) {
      reasons.push(`${labelOf(i)}: topic is required (on the part, or on the question for all its parts)`);
      return undefined;
    }
    const id = course?.topicIds.get(topic);
    if (course && !id) reasons.push(`${labelOf(i)}: topic "${topic}" is not in the syllabus of ${course.slug}`);
    return id;
  });

  const { course: _course, topic, status: _status, levels: _levels, topicCode: _topicCode, ...fields } = raw;
  const parsed = questionGroupInput.safeParse({
    ...fields,
    levels: [course?.level ?? "SL"],
    parts: rawParts.map((p) => {
      if (!isObject(p)) return p;
      const { topic: partTopic, levels: _l, topicCode: _t, ...part } = p;
      return { ...part, topicCode: partTopic ?? topic ?? "", source: part.source ?? { kind: "imported" } };
    }),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, index, ...rest] = issue.path;
      if (head !== "parts" || typeof index !== "number") {
        reasons.push(describeIssue(issue, name, raw));
        continue;
      }
      // Topics were judged above, in the file's words; a part's label problem names the part itself.
      if (rest[0] === "topicCode" || rest[0] === "levels" || (typeof index === "number" && !isObject(rawParts[index]))) continue;
      if (issue.code === "custom" && rest[0] === "label") reasons.push(issue.message);
      else reasons.push(`${labelOf(index)}: ${describeIssue({ ...issue, path: rest }, name, rawParts[index] as Loose)}`);
    }
  }
  for (const figure of figuresOf(raw)) {
    if (!catalog.storedFigures.has(figure.hash)) reasons.push(`figure ${figure.src} has not been uploaded here: upload it in the question editor first`);
  }

  if (key && course) {
    const groupCourse = catalog.courseOfGroupKey.get(key);
    if (groupCourse && groupCourse !== course.slug)
      reasons.push(`key "${key}" already belongs to a multi-part question in ${groupCourse}: a question cannot move to another course (use a new key)`);
  }
  for (const part of parsed.success ? parsed.data.parts : []) {
    const owner = catalog.courseOfKey.get(part.key);
    if (owner === undefined) continue;
    if (course && owner !== course.slug) reasons.push(`part (${part.label}): key "${part.key}" already belongs to a question in ${owner} (use a new key)`);
    else if (catalog.groupOfKey.get(part.key) !== key)
      reasons.push(`part (${part.label}): key "${part.key}" already belongs to another question, not a part of this one (use a new key)`);
  }

  const unique = [...new Set(reasons)];
  if (unique.length || !parsed.success || !placement.success || !course || topicIds.some((t) => !t)) {
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
      partTopicIds: topicIds as string[],
      status: placement.data.status === "published" ? "PUBLISHED" : "DRAFT",
      group: parsed.data,
    },
  };
}
