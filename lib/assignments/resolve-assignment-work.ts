import { randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { PaperCode } from "@/lib/catalog/catalog-input";
import { getCourse, type CourseDetail } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { resolveMockPaper } from "@/lib/mocks/mock-papers";
import { subtreeIds } from "@/lib/practice/create-practice-session";
import { findCandidateQuestions } from "@/lib/practice/find-candidate-questions";
import { pickQuestions } from "@/lib/practice/pick-questions";
import { withWholeQuestions } from "@/lib/practice/with-whole-questions";
import type { AssignmentBankFilter, CreateAssignmentInput } from "@/lib/assignments/assignment-input";

/** The columns an assignment's kind fills: every student gets the same, fixed work. */
export type AssignmentWorkColumns = { questionIds: string[]; filters: Prisma.InputJsonObject | undefined; paper: PaperCode | null; topicIds: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks the work against the class's course and fixes it: hand-picked questions must be published
 * questions of the course; a bank filter is drawn once, now, so every student gets the same ordered set
 * (and a question published tomorrow does not change it); a paper must be one the course has; topics must
 * be the course's and have published flashcards.
 */
export async function resolveAssignmentWork(teacherId: string, courseId: string, input: CreateAssignmentInput): Promise<AssignmentWorkColumns> {
  const course = await courseById(courseId);
  if (input.kind === "QUESTIONS") {
    return input.questions.source === "picked"
      ? { questionIds: await pickedQuestions(course, input.questions.refs), filters: { source: "picked" }, paper: null, topicIds: [] }
      : drawnQuestions(teacherId, course, input.questions.filter);
  }
  if (input.kind === "MOCK") return { questionIds: [], filters: undefined, paper: await mockPaper(course, input.paper), topicIds: [] };
  return { questionIds: [], filters: undefined, paper: null, topicIds: await flashcardTopics(course, input.topicIds) };
}

async function courseById(courseId: string): Promise<CourseDetail> {
  const row = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { slug: true, name: true } });
  const course = await getCourse(row.slug);
  if (!course) throw new BadRequestError(`${row.name} is no longer offered, so no work can be set for it.`, undefined, "course_archived");
  return course;
}

async function pickedQuestions(course: CourseDetail, refs: string[]): Promise<string[]> {
  const unique = [...new Set(refs)];
  const ids = unique.filter((r) => UUID.test(r)).map((r) => r.toLowerCase());
  const keys = unique.filter((r) => !UUID.test(r));
  const rows = await db.question.findMany({
    where: { courseId: course.id, status: "PUBLISHED", OR: [{ id: { in: ids } }, { key: { in: keys } }] },
    select: { id: true, key: true },
  });
  const idOf = new Map(rows.flatMap((r) => [[r.id, r.id] as const, [r.key, r.id] as const]));
  const unknown = unique.filter((r) => !idOf.has(UUID.test(r) ? r.toLowerCase() : r));
  if (unknown.length)
    throw new BadRequestError(
      `${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ""}: not published ${course.name} questions. Copy ids or keys from the question bank.`,
      { unknown },
      "unknown_questions",
    );
  // The teacher's order is kept; a part of a multi-part question brings the whole question, as in practice.
  return withWholeQuestions([...new Set(unique.map((r) => idOf.get(UUID.test(r) ? r.toLowerCase() : r)!))]);
}

async function drawnQuestions(teacherId: string, course: CourseDetail, filter: AssignmentBankFilter): Promise<AssignmentWorkColumns> {
  const seed = randomInt(2 ** 31 - 1);
  const topicIds = filter.topicCode ? subtreeIds(course, filter.topicCode) : undefined;
  // The teacher's own attempts flag nothing useful here: every candidate counts as unattempted for the class.
  const candidates = (
    await findCandidateQuestions(teacherId, { courseId: course.id, topicIds, difficulty: filter.difficulty, paper: filter.paper, type: filter.type }, seed)
  ).map((c) => ({ ...c, attempted: false }));
  const picked = pickQuestions(candidates, filter.count, seed, filter.type ? "topic" : "type");
  if (!picked.length)
    throw new BadRequestError(
      `No published ${course.name} questions match these filters. Try a broader topic, or another paper or type.`,
      undefined,
      "no_questions",
    );
  return { questionIds: await withWholeQuestions(picked), filters: { source: "filter", ...filter, seed }, paper: null, topicIds: [] };
}

async function mockPaper(course: CourseDetail, code: PaperCode): Promise<PaperCode> {
  const paper = resolveMockPaper(course.papers, code);
  if (!paper) throw new BadRequestError(`${course.name} has no ${code}: choose one of its papers.`, undefined, "no_such_paper");
  const available = await db.question.count({ where: { courseId: course.id, status: "PUBLISHED", paper: { in: paper.parts.map((p) => p.code) } } });
  if (!available)
    throw new BadRequestError(`${course.name} has no published ${paper.name} questions yet, so no mock can be made from it.`, undefined, "no_questions");
  return code;
}

async function flashcardTopics(course: CourseDetail, topicIds: string[]): Promise<string[]> {
  const unique = [...new Set(topicIds)];
  const withCards = await db.flashcard.groupBy({ by: ["topicId"], where: { courseId: course.id, status: "PUBLISHED", topicId: { in: unique } } });
  if (withCards.length !== unique.length) throw new BadRequestError(`Choose topics of ${course.name} that have flashcards.`, undefined, "no_flashcards");
  return unique;
}
