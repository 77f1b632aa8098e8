import { createHash } from "node:crypto";
import { db } from "@/lib/db/prisma";
import { requestGeneratedFile, type RequestedFile } from "@/lib/files/request-file";
import { requestHour } from "@/lib/files/request-hour";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import { MAX_REPORT_STUDENTS, type ProgressReportParams } from "@/lib/reports/report-params";

type Requested = { file: RequestedFile; created: boolean };

/** A student's report on themselves; at most one per hour (asking again returns the same file). */
export function requestOwnProgressReport(userId: string, now: Date = new Date()): Promise<Requested> {
  return requestGeneratedFile(
    { ownerId: userId, kind: "PROGRESS_REPORT", params: { userIds: [userId] }, idempotencyKey: `report:${userId}:${requestHour(now)}` },
    now,
  );
}

/**
 * An admin's report on a group of students, owned (downloadable) by the admin. The group is checked now,
 * so a mistake is a 400 the admin can fix rather than a file that fails later. The same group asked for
 * twice within the hour is one file.
 */
export async function requestGroupProgressReport(adminId: string, params: ProgressReportParams, now: Date = new Date()): Promise<Requested> {
  if (params.classId) throw new BadRequestError("A class's report is asked for on the class's analytics page, by its teacher.", undefined, "class_report");
  if (params.courseId) {
    const course = await db.course.findUnique({ where: { id: params.courseId }, select: { id: true } });
    if (!course) throw new NotFoundError("No such course.");
    const students = await db.enrolment.count({ where: { courseId: params.courseId, user: { status: { not: "DELETED" } } } });
    if (students === 0) throw new BadRequestError("No students are enrolled in this course.", undefined, "no_students");
    if (students > MAX_REPORT_STUDENTS) {
      throw new BadRequestError(
        `This course has ${students} students; a report covers at most ${MAX_REPORT_STUDENTS}. Choose students by id instead.`,
        undefined,
        "too_many_students",
      );
    }
  } else {
    const userIds = params.userIds ?? [];
    const found = await db.user.count({ where: { id: { in: userIds }, status: { not: "DELETED" } } });
    if (found < userIds.length) throw new BadRequestError(`${userIds.length - found} of the chosen students do not exist.`, undefined, "unknown_students");
  }
  const group = params.courseId ? { courseId: params.courseId } : { userIds: [...(params.userIds ?? [])].sort() };
  const digest = createHash("sha256").update(JSON.stringify(group)).digest("base64url").slice(0, 22);
  return requestGeneratedFile(
    { ownerId: adminId, kind: "PROGRESS_REPORT", params: group, idempotencyKey: `group-report:${adminId}:${digest}:${requestHour(now)}` },
    now,
  );
}

/**
 * A teacher's report on their class: one page per member, the class's course only, owned (downloadable)
 * by the teacher. 404 unless they teach the class. Asked twice within the hour, it is one file.
 */
export async function requestClassProgressReport(actor: ClassActor, classId: string, now: Date = new Date()): Promise<Requested> {
  const cls = await classTaughtBy(db.$primary(), actor, classId);
  const members = await db.$primary().classMember.count({ where: { classId: cls.id, user: { status: { not: "DELETED" } } } });
  if (members === 0) throw new BadRequestError("This class has no students yet.", undefined, "no_students");
  if (members > MAX_REPORT_STUDENTS) {
    throw new BadRequestError(`This class has ${members} students; a report covers at most ${MAX_REPORT_STUDENTS}.`, undefined, "too_many_students");
  }
  return requestGeneratedFile(
    { ownerId: actor.id, kind: "PROGRESS_REPORT", params: { classId: cls.id }, idempotencyKey: `class-report:${actor.id}:${cls.id}:${requestHour(now)}` },
    now,
  );
}
