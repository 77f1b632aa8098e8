import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import { DEADLINE_GRACE_MS, mockAnswerInput, mockIdParam, type MockAnswer } from "@/lib/mocks/mock-input";

/**
 * Autosaves one answer (or clears it, with null) in a running paper: ONE conditional UPDATE that merges
 * the answer into draft_answers only while the paper is in progress, the question belongs to it and the
 * deadline (plus a few seconds' grace for the save in flight when the clock ran out) has not passed.
 * The server's clock decides, never the client's. Only when nothing was updated is the paper read, to
 * say why: not found, not one of its questions, or time up (409).
 */
export async function saveMockDraft(
  userId: string,
  mockId: string,
  questionId: string,
  answer: MockAnswer | null,
  options: { now?: Date } = {},
): Promise<{ savedAt: string }> {
  if (!mockIdParam.safeParse(mockId).success) throw new NotFoundError("No such mock exam.");
  if (!mockIdParam.safeParse(questionId).success) throw new BadRequestError("That question is not part of this paper.");
  if (answer !== null) {
    const parsed = mockAnswerInput.safeParse(answer);
    if (!parsed.success)
      throw new BadRequestError(parsed.error.issues[0]?.path.includes("text") ? parsed.error.issues[0].message : "The answer is not in a recognised form.");
  }
  const now = options.now ?? new Date();
  // deadline_at is a UTC timestamp without zone (Prisma's DateTime): compare with a UTC wall-clock value.
  const cutoff = new Date(now.getTime() - DEADLINE_GRACE_MS).toISOString();
  const updated = await db.$executeRaw`
    update mock_exams
    set draft_answers = ${answer === null ? Prisma.sql`draft_answers - ${questionId}::text` : Prisma.sql`jsonb_set(draft_answers, array[${questionId}::text], ${JSON.stringify(answer)}::jsonb)`}
    where id = ${mockId}::uuid and user_id = ${userId}::uuid and status = 'IN_PROGRESS'
      and deadline_at > ${cutoff}::timestamp and ${questionId}::uuid = any(question_ids)`;
  if (updated === 1) return { savedAt: now.toISOString() };

  const mock = await db.$primary().mockExam.findFirst({ where: { id: mockId, userId }, select: { questionIds: true } });
  if (!mock) throw new NotFoundError("No such mock exam.");
  if (!mock.questionIds.includes(questionId)) throw new BadRequestError("That question is not part of this paper.");
  throw new ConflictError("Time is up: this paper has ended and answers can no longer be changed.", "time_up");
}
