import { ForbiddenError } from "@/lib/errors";

/** Who is editing content: the signed-in user as route handlers and server actions know them. */
export type ContentActor = { id: string; role: "STUDENT" | "TEACHER" | "ADMIN" };

/** Request details kept with each audit entry. */
export type AuditContext = { ip?: string; requestId?: string };

/**
 * Content writes are for admins only. Handlers and actions check the role before calling in; checking
 * again here keeps a future caller (a job, a script) from skipping it by accident.
 */
export function assertAdmin(actor: ContentActor): void {
  if (actor.role !== "ADMIN") throw new ForbiddenError();
}
