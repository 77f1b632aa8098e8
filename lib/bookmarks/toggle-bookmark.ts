import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";

/**
 * Bookmarks (`on`) or un-bookmarks a question for the user. Idempotent both ways, so a double click or a
 * retried request changes nothing. Only published questions can be bookmarked (404 otherwise); removing
 * always succeeds, even for a question that has since been unpublished. One statement either way.
 */
export async function toggleBookmark(userId: string, questionId: string, on: boolean): Promise<{ questionId: string; bookmarked: boolean }> {
  if (!on) {
    await db.bookmark.deleteMany({ where: { userId, questionId } });
    return { questionId, bookmarked: false };
  }
  // Insert-if-published and the existence check in one round trip; ON CONFLICT makes a repeat a no-op.
  const [row] = await db.$queryRaw<{ found: boolean }[]>`
    WITH target AS (
      SELECT id FROM questions WHERE id = ${questionId}::uuid AND status = 'PUBLISHED'
    ), inserted AS (
      INSERT INTO bookmarks (user_id, question_id) SELECT ${userId}::uuid, id FROM target
      ON CONFLICT (user_id, question_id) DO NOTHING
    )
    SELECT EXISTS (SELECT 1 FROM target) AS found`;
  if (!row?.found) throw new NotFoundError("There is no such published question.");
  return { questionId, bookmarked: true };
}
