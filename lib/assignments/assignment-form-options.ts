import { classTaughtBy, type ClassActor } from "@/lib/classes/class-actor";
import { db } from "@/lib/db/prisma";
import { mockPapersOf } from "@/lib/mocks/mock-papers";
import { safeTimeZone } from "@/lib/calendar/local-calendar";

/** What the new-assignment form offers for a class: its course's mock papers and topics with flashcards, and the teacher's zone. 404 unless the actor teaches the class. */
export async function assignmentFormOptions(actor: ClassActor, classId: string) {
  const schoolClass = await classTaughtBy(db.$primary(), actor, classId);
  const [course, topics, teacher] = await Promise.all([
    db.course.findUniqueOrThrow({
      where: { id: schoolClass.courseId },
      select: { name: true, papers: { select: { code: true, name: true, durationMinutes: true, totalMarks: true, calculator: true } } },
    }),
    db.topic.findMany({
      where: { courseId: schoolClass.courseId, archivedAt: null, flashcards: { some: { status: "PUBLISHED" } } },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, title: true },
    }),
    db.user.findUnique({ where: { id: actor.id }, select: { timezone: true } }),
  ]);
  return {
    schoolClass,
    courseName: course.name,
    papers: mockPapersOf(course.papers).map((p) => ({ code: p.code, name: p.name })),
    flashcardTopics: topics,
    timezone: safeTimeZone(teacher?.timezone ?? "UTC"),
  };
}
