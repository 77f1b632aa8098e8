import type { PaperCode } from "@/lib/catalog/catalog-input";
import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { resolveMockPaper, type MockPaper } from "@/lib/mocks/mock-papers";
import { pickQuestions, type Candidate } from "@/lib/mocks/pick-questions";
import { topLevelTopics } from "@/lib/mocks/top-level-topics";

export type AssembledQuestion = { id: string; marks: number; part: PaperCode; rootTopicId: string };

export type AssembledPaper = {
  course: { id: string; slug: string; name: string };
  paper: MockPaper;
  scale: number;
  /** The marks the paper aimed for: each part's total × scale. */
  targetMarks: number;
  totalMarks: number;
  questions: AssembledQuestion[];
};

/**
 * Builds a mock paper to the course's IB structure (CoursePaper: marks, calculator rule) from its
 * published questions of that paper. Each part is assembled on its own (Paper 1 of a science = 1A's
 * multiple choice, then 1B), with a target of round(part marks × scale): `scale` < 1 makes a short mock
 * out of a small bank. A non-calculator part takes only non-calculator questions; a calculator part
 * takes any of its paper's. Questions are spread over the top-level topics and their marks come as
 * close to the target as the bank allows, never more than a couple of marks above it (pick-questions.ts).
 * Within a part, questions follow the syllabus order. A multi-part question comes whole, its parts in
 * order. Same seed and bank, same paper.
 */
export async function assemblePaper(courseSlug: string, paperCode: PaperCode, options: { seed: number; scale?: number }): Promise<AssembledPaper> {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new BadRequestError("The paper's scale must be more than 0 and at most 1.");
  const course = await getCourse(courseSlug);
  if (!course) throw new NotFoundError("No such course.");
  const paper = resolveMockPaper(course.papers, paperCode);
  if (!paper) throw new BadRequestError(`${course.name} has no ${paperCode}: choose one of its papers.`, undefined, "no_such_paper");

  const { rootOf } = topLevelTopics(course.topics);
  const rows = await db.question.findMany({
    where: { courseId: course.id, status: "PUBLISHED", OR: paper.parts.map((p) => (p.calculator ? { paper: p.code } : { paper: p.code, calculator: false })) },
    select: { id: true, marks: true, topicId: true, paper: true, groupId: true },
    // A stable order, so a seed reproduces its paper; a group's parts in paper order.
    orderBy: [{ partIndex: "asc" }, { id: "asc" }],
  });
  const units = wholeQuestions(rows);

  const questions: AssembledQuestion[] = [];
  let targetMarks = 0;
  paper.parts.forEach((part, index) => {
    const target = Math.max(1, Math.round(part.totalMarks * scale));
    targetMarks += target;
    // Questions filed under an archived topic have no place in the syllabus tree and stay out.
    const candidates = units.flatMap((q): Candidate[] => {
      const root = rootOf.get(q.topicId);
      return q.paper === part.code && root ? [{ id: q.id, marks: q.marks, rootTopicId: root.id }] : [];
    });
    const picked = pickQuestions(candidates, target, options.seed + index);
    const order = (c: Candidate) => rootOf.get(c.rootTopicId)!.sortOrder;
    picked.sort((a, b) => order(a) - order(b) || a.marks - b.marks);
    const unitOf = new Map(units.map((u) => [u.id, u]));
    questions.push(...picked.flatMap((c) => unitOf.get(c.id)!.parts.map((q) => ({ id: q.id, marks: q.marks, part: part.code, rootTopicId: c.rootTopicId }))));
  });
  if (!questions.length) throw new BadRequestError(`There are no questions for ${paper.name} of ${course.name} yet.`, undefined, "no_questions");

  return {
    course: { id: course.id, slug: course.slug, name: course.name },
    paper,
    scale,
    targetMarks,
    totalMarks: questions.reduce((s, q) => s + q.marks, 0),
    questions,
  };
}

type PaperRow = { id: string; marks: number; topicId: string; paper: string; groupId: string | null };
type Unit = { id: string; marks: number; topicId: string; paper: string; parts: PaperRow[] };

/**
 * What a paper is made of: one-part questions, and multi-part questions as one unit (their marks added,
 * filed under their first part's topic, named by its id) so a paper takes all of a question or none of it.
 */
function wholeQuestions(rows: PaperRow[]): Unit[] {
  const units: Unit[] = [];
  const groups = new Map<string, Unit>();
  for (const row of rows) {
    const group = row.groupId ? groups.get(row.groupId) : undefined;
    if (group) {
      group.marks += row.marks;
      group.parts.push(row);
      continue;
    }
    const unit = { id: row.id, marks: row.marks, topicId: row.topicId, paper: row.paper, parts: [row] };
    if (row.groupId) groups.set(row.groupId, unit);
    units.push(unit);
  }
  // A stable order by first part id, as one-part questions are.
  return units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
