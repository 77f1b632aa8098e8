import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { rejectedRow, type RejectedRow } from "@/lib/content-import/import-row";
import { csvText } from "@/lib/csv/csv-text";

/** The rejected rows of an import as CSV (row, key, reasons), or null when there is no such import. */
export async function loadRejectsCsv(importId: string): Promise<{ fileName: string; csv: string } | null> {
  if (!z.uuid().safeParse(importId).success) return null;
  const [row] = await db.$primary().$queryRaw<{ file_name: string; rejected: unknown }[]>(Prisma.sql`
    select file_name, coalesce(report -> 'rejected', '[]') as rejected from content_imports where id = ${importId}::uuid`);
  if (!row) return null;
  const base =
    row.file_name
      .replace(/\.[a-z]+$/i, "")
      .replace(/[^A-Za-z0-9._-]+/g, "-")
      .slice(0, 80) || "import";
  return { fileName: `${base}-rejects.csv`, csv: rejectsCsv(z.array(rejectedRow).parse(row.rejected)) };
}

/** One line per rejected row; a row's reasons are joined with "; " so the file opens cleanly in a spreadsheet. */
export function rejectsCsv(rejected: RejectedRow[]): string {
  return csvText([["row", "key", "reasons"], ...rejected.map((r) => [String(r.row), r.key ?? "", r.reasons.join("; ")])]);
}
