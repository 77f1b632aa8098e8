import { z } from "zod";
import { db } from "@/lib/db/prisma";

export type AdminUserProfile = {
  id: string;
  email: string;
  name: string | null;
  role: "STUDENT" | "TEACHER" | "ADMIN";
  status: "ACTIVE" | "SUSPENDED" | "DELETED";
  createdAt: Date;
  lastActiveAt: Date | null;
  emailVerifiedAt: Date | null;
  timezone: string;
  examSession: string | null;
  deleteAfter: Date | null;
  enrolments: { slug: string; name: string; targetGrade: number | null; enrolledAt: Date }[];
};

const MONTH = { MAY: "May", NOVEMBER: "November" } as const;

/**
 * One user as the admin user page shows them, or null. Read from the primary: the page re-renders right
 * after the admin's own change (role, suspension), which must show at once; it is one row and a handful
 * of enrolments.
 */
export async function getUserProfile(userId: string): Promise<AdminUserProfile | null> {
  if (!z.uuid().safeParse(userId).success) return null;
  const user = await db.$primary().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      createdAt: true,
      lastActiveAt: true,
      emailVerifiedAt: true,
      timezone: true,
      examMonth: true,
      examYear: true,
      deleteAfter: true,
      enrolments: { orderBy: { course: { name: "asc" } }, select: { targetGrade: true, createdAt: true, course: { select: { slug: true, name: true } } } },
    },
  });
  if (!user) return null;
  const { examMonth, examYear, enrolments, ...rest } = user;
  return {
    ...rest,
    examSession: examMonth && examYear ? `${MONTH[examMonth]} ${examYear}` : null,
    enrolments: enrolments.map((e) => ({ slug: e.course.slug, name: e.course.name, targetGrade: e.targetGrade, enrolledAt: e.createdAt })),
  };
}
