import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { fileSha256 } from "@/lib/content-import/file-sha256";
import { validateImportFile, type ImportFile } from "@/lib/content-import/validate-import-file";
import type { ContentImportReport } from "@/lib/content-import/content-import-report";

export type CreatedContentImport = { id: string; totalRows: number; validRows: number; rejectedRows: number; fileSha256: string };

/**
 * Validates an uploaded file and stores it as a VALIDATED import: the valid rows (what the job will
 * write) and the rejects (what the author must fix). Nothing is written to the question bank yet.
 */
export async function createContentImport(
  admin: { id: string },
  file: ImportFile,
  context: { ip?: string; requestId?: string } = {},
): Promise<CreatedContentImport> {
  const validated = await validateImportFile(file);
  const sha256 = fileSha256(file.bytes);
  const report: ContentImportReport = { rejected: validated.rejected };
  const fileName = cleanFileName(file.fileName);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.contentImport.create({
      data: {
        createdById: admin.id,
        fileName,
        format: validated.format,
        status: "VALIDATED",
        totalRows: validated.totalRows,
        validRows: validated.rows.length,
        fileSha256: sha256,
        rows: validated.rows as unknown as Prisma.InputJsonValue,
        report: report as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "content-import.upload",
      entityType: "content_import",
      entityId: row.id,
      after: { fileName, fileSha256: sha256, totalRows: validated.totalRows, validRows: validated.rows.length },
      ...context,
    });
    return row;
  });
  return { id: created.id, totalRows: validated.totalRows, validRows: validated.rows.length, rejectedRows: validated.rejected.length, fileSha256: sha256 };
}

/** The name as shown in the admin list: no client path, no control characters, bounded length. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "upload";
}
