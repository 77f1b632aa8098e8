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
 * Within a part, questions follow the syllabus order. Same seed and bank, same paper.
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
    select: { id: true, marks: true, topicId: true, paper: true },
    // A stable order, so a seed reproduces its paper.
    orderBy: { id: "asc" },
  });

  const questions: AssembledQuestion[] = [];
  let targetMarks = 0;
  paper.parts.forEach((part, index) => {
    const target = Math.max(1, Math.round(part.totalMarks * scale));
    targetMarks += target;
    // Questions filed under an archived topic have no place in the syllabus tree and stay out.
    const candidates = rows.flatMap((q): Candidate[] => {
      const root = rootOf.get(q.topicId);
      return q.paper === part.code && root ? [{ id: q.id, marks: q.marks, rootTopicId: root.id }] : [];
    });
    const picked = pickQuestions(candidates, target, options.seed + index);
    const order = (c: Candidate) => rootOf.get(c.rootTopicId)!.sortOrder;
    picked.sort((a, b) => order(a) - order(b) || a.marks - b.marks);
    questions.push(...picked.map((c) => ({ id: c.id, marks: c.marks, part: part.code, rootTopicId: c.rootTopicId })));
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
