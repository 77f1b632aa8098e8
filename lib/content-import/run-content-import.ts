import { z } from "zod";
import type { ImportStatus } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { NotFoundError } from "@/lib/errors";
import { importRow, isNoteRow, type ImportRow } from "@/lib/content-import/import-row";
import { emptyImportResult, importResult, type ImportResult } from "@/lib/content-import/content-import-report";
import { IMPORT_BATCH_SIZE } from "@/lib/content-import/import-limits";
import { importQuestionBatch } from "@/lib/content-import/import-question-batch";

export type RunContentImportOutcome = {
  status: ImportStatus;
  /** False when there was nothing to do: the import had already finished (or failed). */
  ran: boolean;
  result: ImportResult | null;
};

/**
 * The import job's work, safe to run any number of times (retries, duplicate deliveries, two workers):
 * - claims the import (VALIDATED or IMPORTING → IMPORTING); a finished import is left alone;
 * - writes the valid rows in batches of IMPORT_BATCH_SIZE, each in one transaction that also records
 *   the batch in `report.result` under a row lock, so every batch is written and counted exactly once
 *   and a retry resumes after the last committed batch;
 * - drops the cached catalog of the courses that changed, then marks the import SUCCEEDED with an audit
 *   entry.
 * An error propagates so the job layer retries; `failContentImport` records a final failure.
 */
export async function runContentImport({ importId }: { importId: string }): Promise<RunContentImportOutcome> {
  if (!z.uuid().safeParse(importId).success) throw new NotFoundError("No such import.");
  const claimed = await db.contentImport.updateMany({ where: { id: importId, status: { in: ["VALIDATED", "IMPORTING"] } }, data: { status: "IMPORTING" } });
  if (claimed.count === 0) {
    const current = await db.$primary().contentImport.findUnique({ where: { id: importId }, select: { status: true } });
    if (!current) throw new NotFoundError("No such import.");
    return { status: current.status, ran: false, result: await readResult(db.$primary(), importId) };
  }

  const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id: importId }, select: { rows: true, createdById: true } });
  const rows = z.array(importRow).parse(stored.rows);
  const batchCount = Math.ceil(rows.length / IMPORT_BATCH_SIZE);

  for (;;) {
    const more = await db.$transaction(
      async (tx) => {
        const locked = await lockImport(tx, importId);
        if (locked.status !== "IMPORTING" || locked.result.batchesDone >= batchCount) return false;
        const start = locked.result.batchesDone * IMPORT_BATCH_SIZE;
        const batch = rows.slice(start, start + IMPORT_BATCH_SIZE);
        const outcomes = await importQuestionBatch(tx, batch, stored.createdById);
        const next = countOutcomes(
          locked.result,
          batch.map((r, i) => ({ row: r, outcome: outcomes[i]! })),
        );
        await tx.$executeRaw`
          update content_imports
          set report = jsonb_set(report, '{result}', ${JSON.stringify(next)}::jsonb),
              imported_rows = ${next.created + next.updated + next.unchanged}
          where id = ${importId}::uuid`;
        return true;
      },
      { timeout: 120_000 },
    );
    if (!more) break;
  }

  const result = (await readResult(db.$primary(), importId)) ?? emptyImportResult;
  // Before SUCCEEDED: if the process dies in between, the retry (still IMPORTING) invalidates again.
  // The same path as an edit in the admin editor: wait for the replicas, then drop caches and pages.
  if (result.changedCourseSlugs.length) {
    const notes = result.changedNotes ?? [];
    await refreshContentCaches({
      courseSlugs: result.changedCourseSlugs,
      dashboardCourseIds: [...new Set(notes.map((n) => n.courseId))],
      pages: notes.map((n) => n.page),
    });
  }

  const status = await db.$transaction(async (tx) => {
    const done = await tx.contentImport.updateMany({ where: { id: importId, status: "IMPORTING" }, data: { status: "SUCCEEDED", finishedAt: new Date() } });
    if (done.count && stored.createdById) {
      const { created, updated, unchanged } = result;
      await recordAudit(tx, {
        actorId: stored.createdById,
        action: "content-import.run",
        entityType: "content_import",
        entityId: importId,
        after: { created, updated, unchanged },
      });
    }
    return (await tx.contentImport.findUniqueOrThrow({ where: { id: importId }, select: { status: true } })).status;
  });
  return { status, ran: true, result };
}

/**
 * Records that the import job gave up (the job layer calls this when its retries are exhausted). Batches
 * already written stay written; the report says how far it got.
 */
export async function failContentImport({ importId, error }: { importId: string; error: string }): Promise<void> {
  await db.$executeRaw`
    update content_imports
    set status = 'FAILED', finished_at = now(), report = jsonb_set(report, '{error}', to_jsonb(${error.slice(0, 1000)}::text))
    where id = ${importId}::uuid and status in ('VALIDATED', 'IMPORTING')`;
}

async function lockImport(tx: DbTransaction, importId: string): Promise<{ status: ImportStatus; result: ImportResult }> {
  const [row] = await tx.$queryRaw<{ status: ImportStatus; result: unknown }[]>(Prisma.sql`
    select status, report -> 'result' as result from content_imports where id = ${importId}::uuid for update`);
  if (!row) throw new NotFoundError("No such import.");
  return { status: row.status, result: row.result ? importResult.parse(row.result) : emptyImportResult };
}

async function readResult(client: Pick<DbTransaction, "$queryRaw">, importId: string): Promise<ImportResult | null> {
  const [row] = await client.$queryRaw<{ result: unknown }[]>(
    Prisma.sql`select report -> 'result' as result from content_imports where id = ${importId}::uuid`,
  );
  return row?.result ? importResult.parse(row.result) : null;
}

function countOutcomes(before: ImportResult, rows: { row: ImportRow; outcome: "created" | "updated" | "unchanged" }[]): ImportResult {
  const next = { ...before, batchesDone: before.batchesDone + 1, changedCourseSlugs: new Set(before.changedCourseSlugs) };
  const changedNotes = [...(before.changedNotes ?? [])];
  for (const { row, outcome } of rows) {
    next[outcome] += 1;
    if (outcome === "unchanged") continue;
    next.changedCourseSlugs.add(row.courseSlug);
    if (isNoteRow(row)) changedNotes.push({ courseId: row.courseId, page: `/courses/${row.courseSlug}/topics/${encodeURIComponent(row.note.topicCode)}` });
  }
  return { ...next, changedCourseSlugs: [...next.changedCourseSlugs].sort(), ...(changedNotes.length ? { changedNotes } : {}) };
}
