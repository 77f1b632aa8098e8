import { z } from "zod";
import type { ImportStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { pageFields, toPage, type Page } from "@/lib/pagination/page-query";

export const listContentImportsQuery = z.object(pageFields({ defaultLimit: 20, maxLimit: 100 }));
export type ListContentImportsQuery = z.output<typeof listContentImportsQuery>;

export type ContentImportListItem = {
  id: string;
  fileName: string;
  format: string;
  status: ImportStatus;
  totalRows: number;
  validRows: number;
  importedRows: number;
  createdAt: Date;
  finishedAt: Date | null;
  createdBy: string | null;
};

/**
 * Imports newest first, keyset-paginated by id (UUIDv7, so id order is upload order). Never selects the
 * stored rows or report, which can be megabytes each. From the primary: the list is shown right after an
 * upload and must include it.
 */
export async function listContentImports(query: ListContentImportsQuery): Promise<Page<ContentImportListItem>> {
  const rows = await db.$primary().contentImport.findMany({
    where: query.cursor ? { id: { lt: query.cursor } } : {},
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: {
      id: true,
      fileName: true,
      format: true,
      status: true,
      totalRows: true,
      validRows: true,
      importedRows: true,
      createdAt: true,
      finishedAt: true,
      createdBy: { select: { email: true } },
    },
  });
  return toPage(
    rows.map(({ createdBy, ...r }) => ({ ...r, createdBy: createdBy?.email ?? null })),
    query.limit,
  );
}
