import { getCourse } from "@/lib/catalog/get-course";
import { db } from "@/lib/db/prisma";
import type { AnswerInput, BandAward, PointAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import type { NumericAnswer } from "@/lib/questions/question-input";
import { buildMockResult, type MockResult, type ResultQuestion } from "@/lib/mocks/mock-result";
import { topLevelTopics } from "@/lib/mocks/top-level-topics";

export type CompletedMockRow = {
  id: string;
  userId: string;
  course: { slug: string };
  questionIds: string[];
  marksAwarded: number | null;
  totalMarks: number;
  grade: number | null;
  boundarySession: string | null;
  submittedAt: Date | null;
  deadlineAt: Date;
};

/**
 * The result of a paper submitted earlier, from its attempts. Questions are read whatever their status
 * now, so a question archived after the paper still shows in its result. Three queries at most.
 */
export async function loadMockResult(mock: CompletedMockRow): Promise<MockResult> {
  const [attempts, rows, course] = await Promise.all([
    // The primary: the attempts may have been written by this very request.
    db.$primary().attempt.findMany({
      where: { mockExamId: mock.id, userId: mock.userId },
      select: {
        id: true,
        questionId: true,
        answer: true,
        marksAwarded: true,
        maxMarks: true,
        status: true,
        markedBy: true,
        pointAwards: true,
        bandAwards: true,
        markerComment: true,
        aiFeedback: true,
      },
    }),
    db.question.findMany({
      where: { id: { in: mock.questionIds } },
      select: {
        id: true,
        type: true,
        marks: true,
        topicId: true,
        stem: true,
        options: true,
        correctOptionId: true,
        numericAnswer: true,
        markbands: true,
        markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true, kind: true, marks: true, text: true, dependsOn: true, keywords: true } },
        groupId: true,
        partLabel: true,
        partIndex: true,
      },
    }),
    getCourse(mock.course.slug),
  ]);
  // Only parts of multi-part questions cost another query, for their contexts.
  const groupIds = [...new Set(rows.flatMap((q) => q.groupId ?? []))];
  const contexts = new Map(
    groupIds.length
      ? (await db.questionGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, context: true } })).map((g) => [g.id, g.context])
      : [],
  );
  const questions = rows.map(({ groupId, partLabel, partIndex, ...q }): ResultQuestion => ({
    ...q,
    part: groupId ? { groupId, label: partLabel!, index: partIndex!, context: contexts.get(groupId) ?? "" } : null,
    options: (q.options as { id: string; text: string }[] | null) ?? null,
    numericAnswer: (q.numericAnswer as NumericAnswer | null) ?? null,
    markbands: (q.markbands as MarkbandCriterion[] | null) ?? null,
    markingPoints: q.markingPoints.map(({ label, ...p }) => ({ id: label, ...p })),
  }));
  const answers = attempts.map(({ id, ...a }) => ({
    ...a,
    attemptId: id,
    answer: a.answer as AnswerInput,
    pointAwards: (a.pointAwards as PointAward[] | null) ?? null,
    bandAwards: (a.bandAwards as BandAward[] | null) ?? null,
  }));
  return buildMockResult(mock, questions, answers, topLevelTopics(course?.topics ?? []).rootOf);
}
