import { safeTimeZone } from "@/lib/calendar/local-calendar";
import { db } from "@/lib/db/prisma";
import { assignmentStatus, type StudentAssignmentStatus } from "@/lib/assignments/assignment-status";
import { loadAssignmentWork, workKey } from "@/lib/assignments/load-assignment-work";
import { openAssignmentWhere } from "@/lib/assignments/open-assignment-where";

export type StudentAssignment = StudentAssignmentStatus & {
  id: string;
  title: string;
  kind: "QUESTIONS" | "MOCK" | "FLASHCARDS";
  className: string;
  dueAt: Date;
  started: boolean;
};

/** How many a list shows at most: a class sets a few pieces of work a week. */
export const MAX_LISTED_ASSIGNMENTS = 100;

/**
 * A student's work: released, not withdrawn assignments of the (not archived) classes they belong to,
 * soonest due first, each with their status. `pendingOnly` keeps what is still to hand in (the dashboard's
 * "Due" card). From the primary: the list is shown right after the student's own work changes it.
 */
export async function listStudentAssignments(
  userId: string,
  options: { now?: Date; pendingOnly?: boolean; limit?: number } = {},
): Promise<StudentAssignment[]> {
  const now = options.now ?? new Date();
  const reader = db.$primary();
  const rows = await reader.assignment.findMany({
    where: openAssignmentWhere(userId, now),
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: MAX_LISTED_ASSIGNMENTS,
    select: { id: true, title: true, kind: true, releaseAt: true, dueAt: true, topicIds: true, class: { select: { name: true } } },
  });
  const work = await loadAssignmentWork(reader, rows, [userId]);
  const listed = rows.map((a): StudentAssignment => {
    const w = work.get(workKey(a.id, userId)) ?? { startedAt: null, submittedAt: null };
    return {
      id: a.id,
      title: a.title,
      kind: a.kind,
      className: a.class.name,
      dueAt: a.dueAt,
      started: w.startedAt !== null,
      ...assignmentStatus(a.dueAt, w, now),
    };
  });
  const kept = options.pendingOnly ? listed.filter((a) => a.status === "not_started" || a.status === "in_progress") : listed;
  return kept.slice(0, options.limit ?? MAX_LISTED_ASSIGNMENTS);
}

/** The zone a student reads times in (their own setting; UTC when the runtime does not know it). */
export async function studentTimeZone(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timezone: true } });
  return safeTimeZone(user?.timezone ?? "UTC");
}
