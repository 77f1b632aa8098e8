import { classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import { db } from "@/lib/db/prisma";
import { assignmentStatus, type StudentAssignmentStatus } from "@/lib/assignments/assignment-status";
import { assignmentTaughtBy } from "@/lib/assignments/assignment-taught-by";
import { loadAssignmentWork, workKey, type StudentWork } from "@/lib/assignments/load-assignment-work";

export type ClassAssignmentRow = {
  id: string;
  title: string;
  kind: "QUESTIONS" | "MOCK" | "FLASHCARDS";
  releaseAt: Date;
  dueAt: Date;
  timezone: string;
  /** Members who handed it in (on time or late), of `members`. */
  submitted: number;
  members: number;
};

/** A class's current work, soonest due first, with how many members handed it in. 404 unless the actor teaches the class. */
export async function listClassAssignments(actor: ClassActor, classId: string) {
  const schoolClass = await classTaughtBy(db.$primary(), actor, classId);
  const reader = db.$primary();
  const [rows, members] = await Promise.all([
    reader.assignment.findMany({
      where: { classId: schoolClass.id, archivedAt: null },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, title: true, kind: true, releaseAt: true, dueAt: true, timezone: true, topicIds: true },
    }),
    reader.classMember.findMany({ where: { classId: schoolClass.id }, select: { userId: true } }),
  ]);
  const userIds = members.map((m) => m.userId);
  const work = await loadAssignmentWork(reader, rows, userIds);
  const assignments = rows.map((a): ClassAssignmentRow => ({
    id: a.id,
    title: a.title,
    kind: a.kind,
    releaseAt: a.releaseAt,
    dueAt: a.dueAt,
    timezone: a.timezone,
    members: userIds.length,
    submitted: userIds.filter((u) => work.get(workKey(a.id, u))?.submittedAt).length,
  }));
  return { schoolClass, assignments };
}

export type MemberProgress = StudentAssignmentStatus & { userId: string; name: string | null; email: string } & Pick<
    StudentWork,
    "startedAt" | "submittedAt" | "marks"
  >;

/** One assignment with each member's status and marks. 404 unless the actor teaches its class. */
export async function assignmentProgress(actor: ClassActor, classId: string, assignmentId: string, options: { now?: Date } = {}) {
  const reader = db.$primary();
  const assignment = await assignmentTaughtBy(reader, actor, classId, assignmentId);
  const members = await reader.classMember.findMany({
    where: { classId: assignment.classId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const work = await loadAssignmentWork(
    reader,
    [assignment],
    members.map((m) => m.user.id),
  );
  const now = options.now ?? new Date();
  const progress = members.map(({ user }): MemberProgress => {
    const w = work.get(workKey(assignment.id, user.id)) ?? { startedAt: null, submittedAt: null, marks: null };
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      startedAt: w.startedAt,
      submittedAt: w.submittedAt,
      marks: w.marks,
      ...assignmentStatus(assignment.dueAt, w, now),
    };
  });
  return { assignment, progress };
}
