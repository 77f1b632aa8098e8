import { Prisma } from "@/generated/prisma/client";
import type { db } from "@/lib/db/prisma";
import type { AssignmentWork } from "@/lib/assignments/assignment-status";

export type AssignmentRef = { id: string; kind: "QUESTIONS" | "MOCK" | "FLASHCARDS"; releaseAt: Date; topicIds: string[] };

export type StudentWork = AssignmentWork & {
  /** The practice set or mock paper the student works in (FLASHCARDS: none). */
  practiceSessionId: string | null;
  mockExamId: string | null;
  /** Marks so far: marked answers of the set, or the paper's total once marked; null when nothing is marked. */
  marks: { awarded: number; max: number } | null;
};

export const workKey = (assignmentId: string, userId: string) => `${assignmentId}:${userId}`;

type Reader = Pick<typeof db, "practiceSession" | "mockExam" | "$queryRaw">;

/**
 * What each student did on each assignment, in at most three queries whatever the numbers:
 * - QUESTIONS: the practice set started from it; submitted when its last question is answered.
 * - MOCK: the paper started from it; submitted when handed in (or timed out).
 * - FLASHCARDS: started at the first review of one of its topics' cards after release; submitted once
 *   every published card of those topics has been reviewed at least once since release (reviewing is
 *   the work, whatever rating the student gives), at the time of the last of those first reviews.
 * A student with no row has not started.
 */
export async function loadAssignmentWork(reader: Reader, assignments: AssignmentRef[], userIds: string[]): Promise<Map<string, StudentWork>> {
  const out = new Map<string, StudentWork>();
  if (!assignments.length || !userIds.length) return out;
  const ofKind = (kind: AssignmentRef["kind"]) => assignments.filter((a) => a.kind === kind);
  const [sessions, mocks, cards] = await Promise.all([
    ofKind("QUESTIONS").length
      ? reader.practiceSession.findMany({
          where: { assignmentId: { in: ofKind("QUESTIONS").map((a) => a.id) }, userId: { in: userIds } },
          orderBy: { id: "asc" },
          select: {
            id: true,
            assignmentId: true,
            userId: true,
            startedAt: true,
            completedAt: true,
            status: true,
            attempts: { select: { marksAwarded: true, maxMarks: true, status: true } },
          },
        })
      : [],
    ofKind("MOCK").length
      ? reader.mockExam.findMany({
          where: { assignmentId: { in: ofKind("MOCK").map((a) => a.id) }, userId: { in: userIds } },
          orderBy: { id: "asc" },
          select: { id: true, assignmentId: true, userId: true, startedAt: true, submittedAt: true, totalMarks: true, marksAwarded: true },
        })
      : [],
    flashcardWork(reader, ofKind("FLASHCARDS"), userIds),
  ]);
  for (const s of sessions) {
    const key = workKey(s.assignmentId!, s.userId);
    if (out.has(key)) continue; // the first set is the one a student resumes (start-assignment.ts)
    const marked = s.attempts.filter((a) => a.status === "MARKED");
    out.set(key, {
      startedAt: s.startedAt,
      submittedAt: s.status === "COMPLETED" ? (s.completedAt ?? s.startedAt) : null,
      practiceSessionId: s.id,
      mockExamId: null,
      marks: marked.length ? { awarded: sum(marked.map((a) => a.marksAwarded)), max: sum(marked.map((a) => a.maxMarks)) } : null,
    });
  }
  for (const m of mocks) {
    const key = workKey(m.assignmentId!, m.userId);
    if (out.has(key)) continue;
    out.set(key, {
      startedAt: m.startedAt,
      submittedAt: m.submittedAt,
      practiceSessionId: null,
      mockExamId: m.id,
      marks: m.marksAwarded === null ? null : { awarded: m.marksAwarded, max: m.totalMarks },
    });
  }
  for (const [key, work] of cards) out.set(key, work);
  return out;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

type CardRow = { assignment_id: string; user_id: string; cards: number; reviewed: number; first_review: Date | null; last_first_review: Date | null };

async function flashcardWork(reader: Reader, assignments: AssignmentRef[], userIds: string[]): Promise<Map<string, StudentWork>> {
  const out = new Map<string, StudentWork>();
  if (!assignments.length) return out;
  const ids = assignments.map((a) => a.id);
  // Per assignment × student: the topics' published cards, and each card's first review since release.
  const rows = await reader.$queryRaw<CardRow[]>(Prisma.sql`
    with cards as (
      select a.id as assignment_id, a.release_at, f.id as flashcard_id
      from assignments a join flashcards f on f.topic_id = any(a.topic_ids) and f.status = 'PUBLISHED'
      where a.id = any(${ids}::uuid[])
    ), firsts as (
      select c.assignment_id, cs.user_id, c.flashcard_id, min(r.reviewed_at) as first_review
      from cards c
      join card_states cs on cs.flashcard_id = c.flashcard_id and cs.user_id = any(${userIds}::uuid[])
      join review_logs r on r.card_state_id = cs.id and r.reviewed_at >= c.release_at
      group by c.assignment_id, cs.user_id, c.flashcard_id
    )
    select f.assignment_id, f.user_id, (select count(*)::int from cards c where c.assignment_id = f.assignment_id) as cards,
      count(*)::int as reviewed, min(f.first_review) as first_review, max(f.first_review) as last_first_review
    from firsts f group by f.assignment_id, f.user_id`);
  for (const r of rows) {
    out.set(workKey(r.assignment_id, r.user_id), {
      startedAt: r.first_review,
      submittedAt: r.reviewed >= r.cards ? r.last_first_review : null,
      practiceSessionId: null,
      mockExamId: null,
      marks: null,
    });
  }
  return out;
}
