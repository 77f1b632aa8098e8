import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueue } from "@/lib/jobs/enqueue";
import { AppError, BadRequestError, ConflictError, NotFoundError } from "@/lib/errors";

/**
 * Starts the import job for a validated import. The event goes out first and the status moves second:
 * if sending fails the import stays VALIDATED and the admin can simply try again, and a job that runs
 * before the status update claims the import itself (runContentImport accepts VALIDATED). The event id
 * makes a second click, or a retry while IMPORTING, start the job only once.
 */
export async function startContentImport(admin: { id: string }, importId: string, context: { ip?: string; requestId?: string } = {}): Promise<void> {
  if (!z.uuid().safeParse(importId).success) throw new NotFoundError("No such import.");
  const current = await db.$primary().contentImport.findUnique({ where: { id: importId }, select: { status: true, validRows: true } });
  if (!current) throw new NotFoundError("No such import.");
  if (current.status === "SUCCEEDED" || current.status === "FAILED")
    throw new ConflictError("This import has already run. Upload the file again to import it again.");
  if (current.status === "VALIDATING") throw new ConflictError("This import is still being validated.");
  if (current.validRows === 0) throw new BadRequestError("No row passed validation, so there is nothing to import. Fix the file and upload it again.");

  const started = await enqueue({ name: "content-import/started", data: { importId }, id: `import:${importId}` });
  if (!started) throw new AppError(503, "unavailable", "The import could not be started just now. Please try again in a minute.");
  await db.$transaction(async (tx) => {
    const moved = await tx.contentImport.updateMany({ where: { id: importId, status: "VALIDATED" }, data: { status: "IMPORTING" } });
    if (moved.count) await recordAudit(tx, { actorId: admin.id, action: "content-import.start", entityType: "content_import", entityId: importId, ...context });
  });
}
