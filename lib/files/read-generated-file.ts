import { z } from "zod";
import type { GeneratedFileKind, GeneratedFileStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { pageFields, toPage, type Page } from "@/lib/pagination/page-query";

export type GeneratedFileSummary = {
  id: string;
  kind: GeneratedFileKind;
  status: GeneratedFileStatus;
  fileName: string | null;
  byteSize: number | null;
  createdAt: Date;
  readyAt: Date | null;
  expiresAt: Date;
};

export type DownloadableFile = { id: string; fileName: string; contentType: string; content: Uint8Array };

const summaryColumns = { id: true, kind: true, status: true, fileName: true, byteSize: true, createdAt: true, readyAt: true, expiresAt: true } as const;

/** Whether a file holds other people's data (an admin's export of a user, a group report). */
function isAboutOthers(params: unknown, ownerId: string): boolean {
  const p = (params ?? {}) as { userId?: unknown; userIds?: unknown };
  // A student's own data export names nobody.
  if (Object.keys(p).length === 0) return false;
  if (typeof p.userId === "string") return p.userId !== ownerId;
  if (Array.isArray(p.userIds)) return p.userIds.some((id) => id !== ownerId);
  return true;
}

/**
 * The owner's file, ready to send. Anyone else's file, a malformed id and an expired file all answer
 * 404 alike, so ids cannot be probed; so does a file about other people once its owner is no longer an
 * admin. From the primary: the job marks a file READY moments before the owner follows the link in the
 * email.
 */
export async function getGeneratedFileForDownload(owner: { id: string; role: string }, fileId: string, now: Date = new Date()): Promise<DownloadableFile> {
  const gone = new NotFoundError("No such file. Files are deleted a week after they are made; ask for a new one in your settings.");
  if (!z.uuid().safeParse(fileId).success) throw gone;
  const file = await db.$primary().generatedFile.findFirst({
    where: { id: fileId, ownerId: owner.id },
    select: { id: true, status: true, fileName: true, contentType: true, content: true, expiresAt: true, params: true },
  });
  if (!file || file.expiresAt <= now) throw gone;
  if (owner.role !== "ADMIN" && isAboutOthers(file.params, owner.id)) throw gone;
  if (file.status === "PENDING") throw new ConflictError("This file is still being made. Try again in a minute.", "file_not_ready");
  if (file.status === "FAILED" || !file.content || !file.fileName || !file.contentType) {
    throw new ConflictError("This file could not be made. Ask for a new one in your settings.", "file_failed");
  }
  return { id: file.id, fileName: file.fileName, contentType: file.contentType, content: file.content };
}

export const listFilesQuery = z.object(pageFields({ defaultLimit: 20, maxLimit: 50 }));
export type ListFilesQuery = z.output<typeof listFilesQuery>;

/**
 * The owner's files that have not expired, newest first (ids are UUIDv7, so id order is creation order;
 * a person has a handful of files at most, as they expire after a week). From the primary, so a file
 * just requested or just made shows as it is.
 */
export async function listGeneratedFiles(ownerId: string, page: ListFilesQuery, now: Date = new Date()): Promise<Page<GeneratedFileSummary>> {
  const rows = await db.$primary().generatedFile.findMany({
    where: { ownerId, expiresAt: { gt: now }, ...(page.cursor ? { id: { lt: page.cursor } } : {}) },
    orderBy: { id: "desc" },
    take: page.limit + 1,
    select: summaryColumns,
  });
  return toPage(rows, page.limit);
}
