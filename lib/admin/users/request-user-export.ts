import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requestGeneratedFile } from "@/lib/files/request-file";

const hourOf = (d: Date) => d.toISOString().slice(0, 13);

/**
 * An admin asks for a copy of a user's data. The admin owns the file (they download it; the "ready" email
 * goes to them) and params name the user. Pressing the button again within the hour returns the same
 * file rather than building another. Reading someone's data is itself audited, once per file.
 */
export async function requestUserExport(actor: { id: string }, userId: string, context: { ip?: string; requestId?: string } = {}, now = new Date()) {
  const user = z.uuid().safeParse(userId).success ? await db.$primary().user.findUnique({ where: { id: userId }, select: { id: true, email: true } }) : null;
  if (!user) throw new NotFoundError("No such user.");
  const { file, created } = await requestGeneratedFile(
    { ownerId: actor.id, kind: "DATA_EXPORT", params: { userId }, idempotencyKey: `admin-export:${actor.id}:${userId}:${hourOf(now)}` },
    now,
  );
  // Not in the file row's transaction (requestGeneratedFile owns that); a lost entry here would leave a
  // pending export unaudited, so it is written before the caller is told the export exists.
  if (created) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: actor.id,
        action: "user.data_export",
        entityType: "user",
        entityId: userId,
        after: { fileId: file.id, kind: file.kind },
        ...context,
      }),
    );
  }
  return { email: user.email, file, created };
}
