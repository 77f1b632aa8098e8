import { recordAudit } from "@/lib/audit/record-audit";
import { classTaughtBy, type ClassActor, type ClassAuditContext } from "@/lib/classes/class-actor";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { createAssignmentInput, type CreateAssignmentInput } from "@/lib/assignments/assignment-input";
import { localDateTimeToInstant } from "@/lib/assignments/local-date-time";
import { resolveAssignmentWork } from "@/lib/assignments/resolve-assignment-work";

/**
 * Sets a class work: only a teacher of the class may (a student gets 403, a teacher of another class 404).
 * Release and due are the teacher's wall-clock times in their zone, stored as instants; the work is fixed
 * now (resolve-assignment-work.ts). The assignment and its audit entry are written together.
 */
export async function createAssignment(
  actor: ClassActor,
  raw: CreateAssignmentInput,
  context: ClassAuditContext = {},
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  const parsed = createAssignmentInput.safeParse(raw);
  if (!parsed.success) throw new BadRequestError(parsed.error.issues[0]!.message, { issues: parsed.error.issues }, "validation_failed");
  const input = parsed.data;
  // The primary: a class made a moment ago must already count.
  const schoolClass = await classTaughtBy(db.$primary(), actor, input.classId);

  const releaseAt = localDateTimeToInstant(input.releaseAt, input.timezone);
  const dueAt = localDateTimeToInstant(input.dueAt, input.timezone);
  if (dueAt <= releaseAt) throw new BadRequestError("The due time must be after the release time.", undefined, "due_before_release");
  if (dueAt <= (options.now ?? new Date())) throw new BadRequestError("The due time has already passed: choose a later one.", undefined, "due_in_past");

  const work = await resolveAssignmentWork(actor.id, schoolClass.courseId, input);
  return db.$transaction(async (tx) => {
    const created = await tx.assignment.create({
      data: { classId: schoolClass.id, title: input.title, kind: input.kind, ...work, releaseAt, dueAt, timezone: input.timezone, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.create",
      entityType: "assignment",
      entityId: created.id,
      after: {
        classId: schoolClass.id,
        title: input.title,
        kind: input.kind,
        questionIds: work.questionIds,
        paper: work.paper,
        topicIds: work.topicIds,
        releaseAt: releaseAt.toISOString(),
        dueAt: dueAt.toISOString(),
        timezone: input.timezone,
      },
      ...context,
    });
    return created;
  });
}
