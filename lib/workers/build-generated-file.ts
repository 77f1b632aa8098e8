import type { GeneratedFileKind } from "@/generated/prisma/client";
import { dataExportParams } from "@/lib/account-data/data-export-params";
import { exportUserData } from "@/lib/account-data/export-user-data";
import { db } from "@/lib/db/prisma";
import { markRecentWrite } from "@/lib/db/read-your-writes";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { env } from "@/lib/env";
import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { fileLabel } from "@/lib/files/file-labels";
import { deliverEmailsSoon } from "@/lib/jobs/deliver-emails-soon";
import { logger } from "@/lib/observability/logger";
import { loadProgressReportData } from "@/lib/reports/progress-report-data";
import { renderProgressReportPdf } from "@/lib/reports/render-progress-report-pdf";
import { progressReportParams } from "@/lib/reports/report-params";
import { resolveReportStudents } from "@/lib/reports/resolve-report-students";

const log = logger.child({ module: "generated-files" });

export type BuildOutcome = "built" | "already-ready" | "not-found" | "expired";
type BuiltContent = { fileName: string; contentType: string; bytes: Uint8Array };
type FileToBuild = { id: string; ownerId: string; kind: GeneratedFileKind; params: unknown };

/** Where the owner downloads a file (signed in; the handler checks ownership). */
export const downloadUrl = (fileId: string) => `${env.APP_URL}/api/v1/files/${fileId}`;

/**
 * The "file/requested" job: builds the file's content, stores it as READY and queues the "your file is
 * ready" email, in one transaction. Idempotent however often and however concurrently the event is
 * delivered: a READY file is left alone, a second builder's result is discarded by the conditional update,
 * and the email's idempotency key allows one email per file.
 *
 * A failure is thrown for the job layer to retry. Only on the last attempt (`finalAttempt`, or the job's
 * onFailure calling markGeneratedFileFailed) does the file become FAILED, so a transient error never
 * shows the student a failed file that the next retry would have made.
 */
export async function buildGeneratedFile({ fileId }: { fileId: string }, options: { finalAttempt?: boolean; now?: Date } = {}): Promise<BuildOutcome> {
  const now = options.now ?? new Date();
  // The primary: the row was created moments ago and a replica may not have it yet.
  const file = await db.$primary().generatedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      ownerId: true,
      kind: true,
      status: true,
      params: true,
      expiresAt: true,
      owner: { select: { email: true, name: true, timezone: true } },
    },
  });
  if (!file) return "not-found"; // expired and swept, or its owner's account was erased
  if (file.status === "READY") return "already-ready";
  if (file.expiresAt <= now) return "expired";

  try {
    const content = await buildContent(file, now);
    const stored = await storeReadyFile(file, content, now);
    if (!stored) return "already-ready"; // another delivery of the event finished first
    log.info({ fileId, kind: file.kind, byteSize: content.bytes.byteLength }, "generated file ready");
  } catch (err) {
    if (options.finalAttempt) await markGeneratedFileFailed(fileId, err);
    throw err;
  }
  await markRecentWrite(file.ownerId);
  await deliverEmailsSoon();
  return "built";
}

type FileWithOwner = FileToBuild & { expiresAt: Date; owner: { email: string; name: string | null; timezone: string } };

/** READY with its content, and the "ready" email, together; false when the file was already READY. */
function storeReadyFile(file: FileWithOwner, content: BuiltContent, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.generatedFile.updateMany({
      where: { id: file.id, status: { not: "READY" } },
      data: {
        status: "READY",
        fileName: content.fileName,
        contentType: content.contentType,
        content: new Uint8Array(content.bytes),
        byteSize: content.bytes.byteLength,
        readyAt: now,
        error: null,
      },
    });
    if (count === 0) return false;
    await enqueueEmail(tx, {
      to: file.owner.email,
      userId: file.ownerId,
      template: "file-ready",
      data: {
        name: file.owner.name ?? undefined,
        fileLabel: fileLabel[file.kind],
        downloadUrl: downloadUrl(file.id),
        expiresOn: formatDay(file.expiresAt, file.owner.timezone),
      },
      idempotencyKey: `file-ready:${file.id}`,
    });
    return true;
  });
}

/** The job's onFailure (retries exhausted): the file shows as failed, with the reason kept for support. */
export async function markGeneratedFileFailed(fileId: string, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1_000);
  await db.generatedFile.updateMany({ where: { id: fileId, status: { not: "READY" } }, data: { status: "FAILED", error: message } });
  log.error({ fileId, error: message }, "generated file failed");
}

async function buildContent(file: FileToBuild, now: Date): Promise<BuiltContent> {
  const date = now.toISOString().slice(0, 10);
  switch (file.kind) {
    case "DATA_EXPORT": {
      const { userId } = dataExportParams.parse(file.params);
      const exported = await exportUserData(userId ?? file.ownerId, { now });
      return { fileName: exported.fileName, contentType: "application/zip", bytes: exported.bytes };
    }
    case "PROGRESS_REPORT": {
      const scope = await resolveReportStudents(progressReportParams.parse(file.params));
      const reports = await loadProgressReportData(scope, { now });
      const pdf = await renderProgressReportPdf(reports, { generatedAt: now });
      return { fileName: `ib-revise-progress-report-${date}.pdf`, contentType: "application/pdf", bytes: pdf };
    }
  }
}

function formatDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeZone: safeTimeZone(timeZone) }).format(at);
}
