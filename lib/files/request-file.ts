import type { GeneratedFileKind, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { markRecentWrite } from "@/lib/db/read-your-writes";
import { ConflictError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { logger } from "@/lib/observability/logger";

/** Downloads are kept this long after the request, then removed by deleteExpiredFiles. */
export const FILE_RETENTION_DAYS = 7;
const DAY_MS = 86_400_000;

export type FileRequest = {
  ownerId: string;
  kind: GeneratedFileKind;
  params: Prisma.InputJsonObject;
  /** Names the request (e.g. `export:<userId>:<hour>`): asking again with the same key returns the same file. */
  idempotencyKey: string;
};

export type RequestedFile = { id: string; kind: GeneratedFileKind; status: "PENDING" | "READY" | "FAILED"; createdAt: Date; expiresAt: Date };

const fileColumns = { id: true, ownerId: true, kind: true, status: true, createdAt: true, expiresAt: true } as const;

/**
 * Creates the PENDING row for a file and starts the job that builds it. Idempotent on the key: a repeated
 * request returns the existing row (and `created: false`). The job is started after the row is committed,
 * so the job always finds it; if starting it fails the row stays PENDING for requeuePendingFiles.
 */
export async function requestGeneratedFile(request: FileRequest, now: Date = new Date()): Promise<{ file: RequestedFile; created: boolean }> {
  const { ownerId, kind, params, idempotencyKey } = request;
  // ON CONFLICT DO NOTHING: two concurrent requests with one key create one row and neither fails.
  const [inserted] = await db.generatedFile.createManyAndReturn({
    data: [{ ownerId, kind, params, idempotencyKey, expiresAt: new Date(now.getTime() + FILE_RETENTION_DAYS * DAY_MS) }],
    skipDuplicates: true,
    select: fileColumns,
  });
  const row = inserted ?? (await db.$primary().generatedFile.findUnique({ where: { idempotencyKey }, select: fileColumns }));
  // Keys are built by the server from the owner's id, so this only trips on a programming error.
  if (!row || row.ownerId !== ownerId || row.kind !== kind) throw new ConflictError("This file request clashes with another one. Try again in a moment.");
  await markRecentWrite(ownerId);
  // A repeated request re-sends the event while the file is still pending: the event id makes that a
  // no-op when the first one arrived, and a retry when it did not.
  if (row.status === "PENDING") await startFileJob(row.id);
  return { file: { id: row.id, kind: row.kind, status: row.status, createdAt: row.createdAt, expiresAt: row.expiresAt }, created: Boolean(inserted) };
}

/** Sends the build event; never throws, because the row is already committed and a sweep will retry. */
export async function startFileJob(fileId: string, retryKey?: string): Promise<boolean> {
  try {
    const started = await enqueue({ name: "file/requested", data: { fileId }, id: retryKey ? `file:${fileId}:${retryKey}` : `file:${fileId}` });
    if (!started) logger.warn({ fileId }, "could not start the file job; the file stays pending for the retry sweep");
    return started;
  } catch (err) {
    logger.warn({ err, fileId }, "could not start the file job; the file stays pending for the retry sweep");
    return false;
  }
}
