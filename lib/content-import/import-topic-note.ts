import type { DbTransaction } from "@/lib/db/prisma";
import type { ImportNoteRow } from "@/lib/content-import/import-row";
import type { ImportOutcome } from "@/lib/content-import/write-imported-question";

/**
 * Writes an imported note on its topic, comparing first: the same body and status leave it untouched
 * (version kept); a change replaces the body and bumps the version. A changed note leaves the seed, as an
 * edit in the admin editor does: its key is cleared, so `npm run seed` no longer overwrites it.
 */
export async function importTopicNote(tx: DbTransaction, row: ImportNoteRow): Promise<ImportOutcome> {
  const current = await tx.topicNote.findUnique({ where: { topicId: row.topicId }, select: { id: true, body: true, status: true } });
  const { body } = row.note;
  if (!current) {
    await tx.topicNote.create({ data: { topicId: row.topicId, body, status: row.status } });
    return "created";
  }
  if (current.body === body && current.status === row.status) return "unchanged";
  await tx.topicNote.update({ where: { id: current.id }, data: { body, status: row.status, key: null, version: { increment: 1 } } });
  return "updated";
}
