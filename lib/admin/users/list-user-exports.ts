import { db } from "@/lib/db/prisma";

export type UserExport = { id: string; status: "PENDING" | "READY" | "FAILED"; createdAt: Date; expiresAt: Date };

/**
 * The exports of one user's data that this admin asked for and can still download, newest first. From
 * the primary: the list shown right after pressing "Export" must include the new one.
 */
export async function listUserExports(adminId: string, userId: string, now = new Date()): Promise<UserExport[]> {
  return db.$primary().generatedFile.findMany({
    where: { ownerId: adminId, kind: "DATA_EXPORT", params: { path: ["userId"], equals: userId }, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, status: true, createdAt: true, expiresAt: true },
  });
}
