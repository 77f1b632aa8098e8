import type { ExamMonth, Level } from "@/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { BadRequestError, NotFoundError } from "@/lib/errors";
import { updateUserSessions } from "@/lib/auth/session-store";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import type { OnboardingInput } from "@/lib/onboarding/onboarding-input";

export type OnboardingState = {
  onboarded: boolean;
  examMonth: ExamMonth | null;
  examYear: number | null;
  timezone: string;
  /** Only active courses: one archived since it was chosen cannot be chosen again, so the form leaves it out. */
  courses: { subjectSlug: string; courseSlug: string; level: Level; targetGrade: number | null }[];
};

/**
 * Saves the student's courses, target grades and exam session, and marks them onboarded. The chosen set
 * replaces the previous one, so submitting the same form twice leaves the same state.
 */
export async function completeOnboarding(userId: string, input: OnboardingInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const courses = await resolveCourses(tx, input.courses);
    // Writing the user row first takes its lock: two submissions at once (a double click, two tabs) then run
    // one after the other and the later set wins whole, instead of the two sets being merged.
    await tx.user.update({
      where: { id: userId },
      data: { examMonth: input.examMonth, examYear: input.examYear, timezone: input.timezone },
      select: { id: true },
    });
    await tx.enrolment.deleteMany({ where: { userId, courseId: { notIn: courses.map((c) => c.courseId) } } });
    for (const { courseId, targetGrade } of courses) {
      await tx.enrolment.upsert({
        where: { userId_courseId: { userId, courseId } },
        create: { userId, courseId, targetGrade },
        update: { targetGrade },
        select: { id: true },
      });
    }
    // The first completion is kept: changing courses later is not onboarding again.
    await tx.user.updateMany({ where: { id: userId, onboardedAt: null }, data: { onboardedAt: new Date() } });
  });
  // After the commit: if Redis fails here the student is sent back to onboarding, and saving again is harmless.
  await updateUserSessions(userId, { onboarded: true });
  // The dashboard lists the courses just chosen: drop any cached copy and read them from the primary.
  await invalidateDashboard(userId);
}

/** Maps chosen slugs to active courses; refuses unknown or archived ones and two levels of one subject. */
async function resolveCourses(tx: DbTransaction, choices: OnboardingInput["courses"]) {
  const rows = await tx.course.findMany({
    where: { slug: { in: choices.map((c) => c.courseSlug) }, archivedAt: null, subject: { archivedAt: null } },
    select: { id: true, slug: true, name: true, subjectId: true, subject: { select: { name: true } } },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const subjects = new Set<string>();
  return choices.map(({ courseSlug, targetGrade }) => {
    const course = bySlug.get(courseSlug);
    if (!course) {
      throw new BadRequestError(`The course "${courseSlug}" is not available. Reload the page and choose again.`, { courseSlug }, "unknown_course");
    }
    if (subjects.has(course.subjectId)) {
      throw new BadRequestError(`Choose either SL or HL for ${course.subject.name}, not both.`, { courseSlug }, "two_levels");
    }
    subjects.add(course.subjectId);
    return { courseId: course.id, targetGrade };
  });
}

/** The student's current choices, to pre-fill the form when they come back to change them. */
export async function getOnboardingState(userId: string): Promise<OnboardingState> {
  // From the primary: a student who has just saved and returns must see what they saved.
  const user = await db.$primary().user.findUnique({
    where: { id: userId },
    select: {
      onboardedAt: true,
      examMonth: true,
      examYear: true,
      timezone: true,
      enrolments: {
        where: { course: { archivedAt: null, subject: { archivedAt: null } } },
        orderBy: { createdAt: "asc" },
        select: { targetGrade: true, course: { select: { slug: true, level: true, subject: { select: { slug: true } } } } },
      },
    },
  });
  if (!user) throw new NotFoundError("Your account could not be found. Sign in again.");
  return {
    onboarded: user.onboardedAt !== null,
    examMonth: user.examMonth,
    examYear: user.examYear,
    timezone: user.timezone,
    courses: user.enrolments.map((e) => ({ subjectSlug: e.course.subject.slug, courseSlug: e.course.slug, level: e.course.level, targetGrade: e.targetGrade })),
  };
}
