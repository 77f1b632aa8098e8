import { randomInt } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { BadRequestError, ConflictError } from "@/lib/errors";
import { getCourse, type CourseDetail, type TopicNode } from "@/lib/catalog/get-course";
import { chooseWeakTopics } from "@/lib/practice/choose-weak-topics";
import { findCandidateQuestions, type CandidateFilter } from "@/lib/practice/find-candidate-questions";
import { pickQuestions } from "@/lib/practice/pick-questions";
import { withWholeQuestions } from "@/lib/practice/with-whole-questions";
import type { CreatePracticeInput } from "@/lib/practice/practice-input";
import { questionsInRunningMock } from "@/lib/mocks/questions-in-running-mock";

/**
 * Builds a practice set and stores it with its filters, its seed and the ordered question ids, so a
 * reload resumes the very same questions. Filter and weak-topic sets come from courses the student is
 * enrolled in; a set of chosen questions (the bank's "Practise" link) needs only published questions, and
 * a part of a multi-part question brings the whole question with it. `assignmentId` links the set to the
 * class assignment it was started from (lib/assignments/start-assignment.ts).
 */
export async function createPracticeSession(userId: string, input: CreatePracticeInput, options: { assignmentId?: string } = {}): Promise<{ id: string }> {
  // The seed makes the choice reproducible: stored with the filters, it explains why these questions.
  const seed = randomInt(2 ** 31 - 1);
  const { courseId, questionIds, filters } =
    input.mode === "questions" ? await chosenQuestions(userId, input.questionIds) : await filteredQuestions(userId, input, seed);
  const session = await db.practiceSession.create({
    data: {
      userId,
      courseId,
      questionIds: input.mode === "questions" ? await withWholeQuestions(questionIds) : questionIds,
      filters: { ...filters, seed } as Prisma.InputJsonObject,
      assignmentId: options.assignmentId,
    },
    select: { id: true },
  });
  return session;
}

async function chosenQuestions(userId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const [rows, inMock] = await Promise.all([
    db.question.findMany({ where: { id: { in: unique }, status: "PUBLISHED" }, select: { id: true, courseId: true } }),
    questionsInRunningMock(userId, unique),
  ]);
  if (inMock.size === unique.length)
    throw new ConflictError(
      "These questions are in your mock paper that is still running: answer them there. You can practise them once the paper is submitted.",
      "in_running_mock",
    );
  if (!rows.length)
    throw new BadRequestError(
      "None of these questions can be practised: they may have been withdrawn. Choose others from the question bank.",
      undefined,
      "no_questions",
    );
  const courses = new Set(rows.map((r) => r.courseId));
  if (courses.size > 1) throw new BadRequestError("Practise questions from one course at a time.");
  const published = new Set(rows.filter((r) => !inMock.has(r.id)).map((r) => r.id));
  // Withdrawn questions are skipped rather than failing the whole set; the bank's order is kept.
  const questionIds = unique.filter((id) => published.has(id));
  return { courseId: rows[0]!.courseId, questionIds, filters: { mode: "questions" } };
}

async function filteredQuestions(userId: string, input: Exclude<CreatePracticeInput, { mode: "questions" }>, seed: number) {
  const course = await getCourse(input.courseSlug);
  const enrolled = course && (await db.$primary().enrolment.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { id: true } }));
  if (!course || !enrolled)
    throw new BadRequestError("Choose one of your courses. To practise another, add it on the Your courses page first.", undefined, "not_enrolled");
  // Said plainly: "no questions match these filters" or "you answered them all" would send the student
  // hunting through filters of a course that has nothing to practise yet.
  if (course.questionCount === 0)
    throw new BadRequestError(`${course.name} has no questions yet: they are still being written. Choose another of your courses.`, undefined, "no_questions");

  if (input.mode === "weak-topics") {
    const topicIds = topicsWithQuestions(course.topics);
    // The primary: a set started right after another must see the progress that set just made.
    const progress = await db
      .$primary()
      .topicProgress.findMany({ where: { userId, courseId: course.id }, select: { topicId: true, mastery: true, attempts: true } });
    const chosen = chooseWeakTopics(topicIds, progress, seed);
    const candidates = await findCandidateQuestions(userId, { courseId: course.id, topicIds: [...new Set(chosen)], excludeRecentlyCorrect: true }, seed);
    const questionIds = pickQuestions(candidates, input.count, seed, "topic", chosen);
    if (!questionIds.length)
      throw new BadRequestError(
        `You have answered every question on your weakest ${course.name} topics correctly in the last month. Choose a topic or difficulty instead.`,
        undefined,
        "no_questions",
      );
    return {
      courseId: course.id,
      questionIds,
      filters: { mode: input.mode, courseSlug: input.courseSlug, count: input.count, topicIds: [...new Set(chosen)] },
    };
  }

  const filter: CandidateFilter = { courseId: course.id, difficulty: input.difficulty, paper: input.paper, type: input.type };
  if (input.topicCode) filter.topicIds = subtreeIds(course, input.topicCode);
  const candidates = await findCandidateQuestions(userId, filter, seed);
  const questionIds = pickQuestions(candidates, input.count, seed, input.type ? "topic" : "type");
  if (!questionIds.length) {
    throw new BadRequestError(
      `No published ${course.name} questions match these filters yet. Try another difficulty, paper or type, or a broader topic.`,
      undefined,
      "no_questions",
    );
  }
  const { mode, courseSlug, topicCode, difficulty, paper, type, count } = input;
  return { courseId: course.id, questionIds, filters: { mode, courseSlug, topicCode, difficulty, paper, type, count } };
}

/** A topic and its subtopics: practising "A.1" includes questions filed under "A.1.2". */
export function subtreeIds(course: CourseDetail, code: string): string[] {
  const find = (nodes: TopicNode[]): TopicNode | undefined => {
    for (const n of nodes) {
      const hit = n.code === code ? n : find(n.children);
      if (hit) return hit;
    }
  };
  const root = find(course.topics);
  if (!root) throw new BadRequestError(`${course.name} has no topic "${code}".`, undefined, "unknown_topic");
  const ids: string[] = [];
  const walk = (n: TopicNode) => {
    ids.push(n.id);
    n.children.forEach(walk);
  };
  walk(root);
  return ids;
}

/** Topics with questions filed directly under them (the catalog's counts include subtopics'). */
function topicsWithQuestions(nodes: TopicNode[]): string[] {
  return nodes.flatMap((n) => {
    const own = n.questionCount - n.children.reduce((s, c) => s + c.questionCount, 0);
    return [...(own > 0 ? [n.id] : []), ...topicsWithQuestions(n.children)];
  });
}
