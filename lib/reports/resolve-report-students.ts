import { db, type DbClient } from "@/lib/db/prisma";
import { MAX_REPORT_STUDENTS, type ProgressReportParams } from "@/lib/reports/report-params";

export type ReportScope = {
  /** The students to report on (existing, not deleted), at most MAX_REPORT_STUDENTS. */
  userIds: string[];
  /** Set for a course's group report: each student's page shows that course only. */
  courseId: string | null;
  /** More students matched than one report holds; the first MAX_REPORT_STUDENTS are in `userIds`. */
  truncated: boolean;
};

/** Turns a report's params into the students it covers. */
export async function resolveReportStudents(params: ProgressReportParams, reader: DbClient = db): Promise<ReportScope> {
  if (params.classId) {
    // The members at the time the report is made, each shown in the class's course only: a teacher's
    // report never includes a student's other courses.
    const cls = await reader.schoolClass.findUnique({
      where: { id: params.classId },
      select: {
        courseId: true,
        members: {
          where: { user: { status: { not: "DELETED" } } },
          orderBy: { userId: "asc" },
          take: MAX_REPORT_STUDENTS + 1,
          select: { userId: true },
        },
      },
    });
    const members = cls?.members ?? [];
    return {
      userIds: members.slice(0, MAX_REPORT_STUDENTS).map((m) => m.userId),
      courseId: cls?.courseId ?? null,
      truncated: members.length > MAX_REPORT_STUDENTS,
    };
  }
  if (params.courseId) {
    const enrolments = await reader.enrolment.findMany({
      where: { courseId: params.courseId, user: { status: { not: "DELETED" } } },
      orderBy: { userId: "asc" },
      take: MAX_REPORT_STUDENTS + 1,
      select: { userId: true },
    });
    return {
      userIds: enrolments.slice(0, MAX_REPORT_STUDENTS).map((e) => e.userId),
      courseId: params.courseId,
      truncated: enrolments.length > MAX_REPORT_STUDENTS,
    };
  }
  const wanted = (params.userIds ?? []).slice(0, MAX_REPORT_STUDENTS);
  const found = await reader.user.findMany({ where: { id: { in: wanted }, status: { not: "DELETED" } }, select: { id: true } });
  const existing = new Set(found.map((u) => u.id));
  return { userIds: wanted.filter((id) => existing.has(id)), courseId: null, truncated: false };
}
