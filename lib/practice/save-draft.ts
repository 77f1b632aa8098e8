import { db } from "@/lib/db/prisma";
import { BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";
import type { DraftAnswer } from "@/lib/practice/practice-input";

/**
 * Autosave: merges one question's draft into the session's drafts with a single UPDATE (it runs every
 * few seconds while a student types, so it never reads first). The WHERE clause is the validation:
 * the user's own, unfinished set, a question of that set not yet answered. Sizes are bounded by the
 * input schema (at most one bounded draft per question of a set of at most 30).
 */
export async function saveDraft(userId: string, sessionId: string, questionId: string, answer: DraftAnswer): Promise<{ savedAt: Date }> {
  const updated = await db.$executeRaw`
    update practice_sessions
    set draft_answers = draft_answers || jsonb_build_object(${questionId}::text, ${JSON.stringify(answer)}::jsonb),
        last_active_at = (now() at time zone 'UTC')
    where id = ${sessionId}::uuid and user_id = ${userId}::uuid and status = 'IN_PROGRESS'
      and array_position(question_ids, ${questionId}::uuid) > current_index`;
  if (updated === 1) return { savedAt: new Date() };

  // Only the failure path reads, to say what went wrong.
  const session = await db.$primary().practiceSession.findFirst({ where: { id: sessionId, userId }, select: { questionIds: true } });
  if (!session) throw new NotFoundError("There is no such practice set.");
  if (!session.questionIds.includes(questionId)) throw new BadRequestError("That question is not part of this practice set.");
  throw new ConflictError("This question has already been answered, so there is no draft to save.", "already_answered");
}
