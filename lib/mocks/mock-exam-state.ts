import type { PaperCode } from "@/lib/catalog/catalog-input";
import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { loadQuestionsForAnswering } from "@/lib/attempts/load-questions-for-answering";
import { loadMockResult } from "@/lib/mocks/load-mock-result";
import { DEADLINE_GRACE_MS, mockIdParam, parseDraftAnswers, type MockAnswer } from "@/lib/mocks/mock-input";
import { resolveMockPaper } from "@/lib/mocks/mock-papers";
import { paperNumbers } from "@/lib/mocks/paper-numbers";
import type { MockResult } from "@/lib/mocks/mock-result";
import { mockRowSelect, submitMockExam } from "@/lib/mocks/submit-mock-exam";

/** A question as the student sees it during the paper: never its answer, markscheme or solution. */
export type MockQuestionView = {
  id: string;
  /** As the paper prints it: "3", or "3(b)" for a part. */
  number: string;
  /** A multi-part question's context, on its first part only. */
  context: string | null;
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  stem: string;
  options: { id: string; text: string }[] | null;
};

type Common = {
  id: string;
  course: { slug: string; name: string };
  paper: { code: PaperCode; name: string };
  totalMarks: number;
  startedAt: string;
  deadlineAt: string;
  /** The server's clock when this was read: the client times the paper by its offset from its own clock. */
  serverNow: string;
};

export type MockExamState = Common &
  (
    | { status: "IN_PROGRESS"; questions: MockQuestionView[]; draftAnswers: Record<string, MockAnswer>; result: null }
    | { status: "COMPLETED"; questions: null; draftAnswers: null; result: MockResult }
  );

/**
 * A student's mock paper: while it runs, the questions (stems and options only) and the saved answers;
 * once submitted, the result. A paper whose time ran out is submitted here, on read, so its result is
 * there even if no background sweep has run (and the client that should have submitted it was closed).
 * Another user's paper is "not found", never "forbidden", so ids reveal nothing.
 */
export async function getMockExam(userId: string, mockId: string, options: { now?: Date } = {}): Promise<MockExamState> {
  if (!mockIdParam.safeParse(mockId).success) throw new NotFoundError("No such mock exam.");
  const now = options.now ?? new Date();
  // The primary: the student's own autosaves of a moment ago must be there.
  const mock = await db.$primary().mockExam.findFirst({ where: { id: mockId, userId }, select: mockRowSelect });
  if (!mock || mock.status === "ABANDONED") throw new NotFoundError("No such mock exam.");
  const course = await getCourse(mock.course.slug);
  const common: Common = {
    id: mock.id,
    course: mock.course,
    paper: { code: mock.paper, name: resolveMockPaper(course?.papers ?? [], mock.paper)?.name ?? mock.paper },
    totalMarks: mock.totalMarks,
    startedAt: mock.startedAt.toISOString(),
    deadlineAt: mock.deadlineAt.toISOString(),
    serverNow: now.toISOString(),
  };

  if (mock.status === "IN_PROGRESS" && now.getTime() > mock.deadlineAt.getTime() + DEADLINE_GRACE_MS) {
    const result = await submitMockExam(userId, mockId, { auto: true, now });
    return { ...common, totalMarks: result.totalMarks, status: "COMPLETED", questions: null, draftAnswers: null, result };
  }
  if (mock.status === "COMPLETED") return { ...common, status: "COMPLETED", questions: null, draftAnswers: null, result: await loadMockResult(mock) };

  const questions = await loadQuestionsForAnswering(mock.questionIds);
  const numbers = paperNumbers(questions);
  return {
    ...common,
    status: "IN_PROGRESS",
    questions: questions.map((q, i) => ({ id: q.id, ...numbers[i]!, type: q.type, marks: q.marks, stem: q.stem, options: q.options ?? null })),
    draftAnswers: parseDraftAnswers(mock.draftAnswers),
    result: null,
  };
}
