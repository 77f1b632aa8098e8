import { z } from "zod";
import { Prisma, type ImportStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { REJECTS_SHOWN } from "@/lib/content-import/import-limits";
import { rejectedRow, type RejectedRow } from "@/lib/content-import/import-row";
import { importResult, type ImportResult } from "@/lib/content-import/content-import-report";

export type ContentImportDetail = {
  id: string;
  fileName: string;
  format: string;
  status: ImportStatus;
  totalRows: number;
  validRows: number;
  importedRows: number;
  fileSha256: string;
  createdAt: Date;
  finishedAt: Date | null;
  createdBy: string | null;
  rejectedCount: number;
  /** The first REJECTS_SHOWN rejects; the CSV download has them all. */
  rejectedHead: RejectedRow[];
  result: ImportResult | null;
  error: string | null;
};

type Row = Omit<ContentImportDetail, "rejectedHead" | "result"> & { rejectedHead: unknown; result: unknown };

/**
 * One import for its admin page, or null. Slices the rejects in SQL so a file with thousands of them
 * does not ship them all to render a hundred. From the primary: the page is shown right after the upload.
 */
export async function getContentImport(id: string): Promise<ContentImportDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db.$primary().$queryRaw<Row[]>(Prisma.sql`
    select i.id, i.file_name as "fileName", i.format, i.status, i.total_rows as "totalRows", i.valid_rows as "validRows",
      i.imported_rows as "importedRows", i.file_sha256 as "fileSha256", i.created_at as "createdAt", i.finished_at as "finishedAt",
      u.email as "createdBy",
      jsonb_array_length(coalesce(i.report -> 'rejected', '[]')) as "rejectedCount",
      jsonb_path_query_array(coalesce(i.report -> 'rejected', '[]'), ${`$[0 to ${REJECTS_SHOWN - 1}]`}::jsonpath) as "rejectedHead",
      i.report -> 'result' as result,
      i.report ->> 'error' as error
    from content_imports i
    left join users u on u.id = i.created_by_id
    where i.id = ${id}::uuid`);
  if (!row) return null;
  return {
    ...row,
    rejectedHead: z.array(rejectedRow).parse(row.rejectedHead),
    result: row.result ? importResult.parse(row.result) : null,
  };
}
