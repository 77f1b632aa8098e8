import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import type { AnswerInput, BandAward, PointAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import { toPage, type Page } from "@/lib/pagination/page-query";
import { MARKING_QUEUE_LIMITS } from "@/lib/teacher-marking/teacher-marking-input";

export type MarkingQueueItem = {
  attemptId: string;
  student: { id: string; name: string | null; email: string };
  assignment: { id: string; title: string };
  answeredAt: Date;
  question: {
    id: string;
    marks: number;
    stem: string;
    /** A part's question context, printed above its stem. */
    context: string | null;
    /** Marked by points: the markscheme; under markbands: indicative content. */
    markingPoints: { label: string; kind: string; marks: number; text: string }[];
    markbands: MarkbandCriterion[] | null;
  };
  answerText: string;
  /** The student's own marking, when they have done it (null while it awaits marking). */
  selfMarking: { marksAwarded: number; awardedLabels: string[]; bands: BandAward[] | null } | null;
  /** The automatic keyword hints, for points-marked answers. */
  suggestedLabels: string[];
};

/**
 * Written answers in a class's assignment work that wait for the teacher: awaiting marking or marked by the
 * student themselves (a teacher's marking overrides theirs). Only work of current members, in the class's
 * course, on this class's assignments; oldest first (attempt ids are UUIDv7), keyset-paginated. Two
 * queries per page: the class check, then the attempts with their questions, students and assignments.
 */
export async function listMarkingQueue(
  actor: ClassActor,
  classId: string,
  options: { assignmentId?: string; cursor?: string; limit?: number } = {},
): Promise<Page<MarkingQueueItem>> {
  const schoolClass = await classTaughtBy(db, actor, classId);
  const limit = Math.min(options.limit ?? MARKING_QUEUE_LIMITS.defaultLimit, MARKING_QUEUE_LIMITS.maxLimit);
  const assignment: Prisma.AssignmentWhereInput = { classId: schoolClass.id, ...(options.assignmentId ? { id: options.assignmentId } : {}) };
  const rows = await db.attempt.findMany({
    where: {
      ...(options.cursor ? { id: { gt: options.cursor } } : {}),
      courseId: schoolClass.courseId,
      user: { classMemberships: { some: { classId: schoolClass.id } } },
      question: { type: "WRITTEN" },
      OR: [{ practiceSession: { assignment } }, { mockExam: { assignment } }],
      AND: [{ OR: [{ status: "AWAITING_MARKING" }, { status: "MARKED", markedBy: { in: ["SELF", "AI"] } }] }],
    },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: {
      id: true,
      answer: true,
      status: true,
      marksAwarded: true,
      pointAwards: true,
      bandAwards: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
      practiceSession: { select: { assignment: { select: { id: true, title: true } } } },
      mockExam: { select: { assignment: { select: { id: true, title: true } } } },
      question: {
        select: {
          id: true,
          marks: true,
          stem: true,
          markbands: true,
          group: { select: { context: true } },
          markingPoints: { orderBy: { sortOrder: "asc" }, select: { label: true, kind: true, marks: true, text: true } },
        },
      },
    },
  });
  const page = toPage(rows, limit);
  return { nextCursor: page.nextCursor, items: page.items.map(queueItem) };
}

type QueueRow = {
  id: string;
  answer: unknown;
  status: "AWAITING_MARKING" | "MARKED";
  marksAwarded: number;
  pointAwards: unknown;
  bandAwards: unknown;
  createdAt: Date;
  user: MarkingQueueItem["student"];
  practiceSession: { assignment: { id: string; title: string } | null } | null;
  mockExam: { assignment: { id: string; title: string } | null } | null;
  question: {
    id: string;
    marks: number;
    stem: string;
    markbands: unknown;
    group: { context: string } | null;
    markingPoints: MarkingQueueItem["question"]["markingPoints"];
  };
};

function queueItem(row: QueueRow): MarkingQueueItem {
  const awards = (row.pointAwards as PointAward[] | null) ?? [];
  const answer = row.answer as AnswerInput;
  const markbands = (row.question.markbands as MarkbandCriterion[] | null) ?? null;
  return {
    attemptId: row.id,
    student: row.user,
    // The where clause guarantees one of the two.
    assignment: (row.practiceSession?.assignment ?? row.mockExam?.assignment)!,
    answeredAt: row.createdAt,
    question: {
      id: row.question.id,
      marks: row.question.marks,
      stem: row.question.stem,
      context: row.question.group?.context ?? null,
      markingPoints: row.question.markingPoints,
      markbands: markbands?.length ? markbands : null,
    },
    answerText: answer.type === "WRITTEN" ? answer.text : "",
    selfMarking:
      row.status === "MARKED"
        ? {
            marksAwarded: row.marksAwarded,
            awardedLabels: awards.filter((a) => a.awarded).map((a) => a.label),
            bands: (row.bandAwards as BandAward[] | null) ?? null,
          }
        : null,
    suggestedLabels: awards.filter((a) => a.suggested).map((a) => a.label),
  };
}
