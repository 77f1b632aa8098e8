// The tutor benchmark's own accounts (it needs no scale seed): `count` students who ask the tutor and one
// who only looks at their dashboard, all enrolled in one course, made once and reused by later runs.
import { db } from "@/lib/db/prisma";
import { deleteTutorThread } from "@/lib/tutor/tutor-thread";

export const TUTOR_BENCH_COURSE = "math-aa-hl";
const EMAIL_DOMAIN = "tutor-bench.ib-revise.test";
const DASHBOARD_EMAIL = `dashboard@${EMAIL_DOMAIN}`;

type Account = { id: string; email: string; name: string | null };
export type TutorBenchAccounts = { askers: Account[]; onlooker: Account; questionId: string };

/**
 * The accounts, and the question they ask about: a published stand-alone question of their course (one
 * every student can see, and that has no marked answer of theirs, so the tutor answers in hint mode).
 * Their threads about it are emptied, so repeated runs never reach the thread's length limit.
 */
export async function ensureTutorBenchAccounts(count: number): Promise<TutorBenchAccounts> {
  const course = await db.$primary().course.findUnique({ where: { slug: TUTOR_BENCH_COURSE }, select: { id: true } });
  if (!course) throw new Error(`no course ${TUTOR_BENCH_COURSE}: seed the content first (npm run seed)`);
  const emails = [...Array.from({ length: count }, (_, i) => `student-${String(i + 1).padStart(3, "0")}@${EMAIL_DOMAIN}`), DASHBOARD_EMAIL];
  const now = new Date();
  await db.user.createMany({
    data: emails.map((email, i) => ({ email, name: i < count ? `Tutor bench ${i + 1}` : "Tutor bench onlooker", onboardedAt: now, emailVerifiedAt: now })),
    skipDuplicates: true,
  });
  const users = await db.$primary().user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, name: true } });
  if (users.length !== emails.length) throw new Error(`expected ${emails.length} tutor bench accounts, found ${users.length}`);
  await db.enrolment.createMany({ data: users.map((u) => ({ userId: u.id, courseId: course.id })), skipDuplicates: true });

  const question = await db.$primary().question.findFirst({
    where: { courseId: course.id, status: "PUBLISHED", groupId: null, type: "MCQ" },
    orderBy: { key: "asc" },
    select: { id: true },
  });
  if (!question) throw new Error(`course ${TUTOR_BENCH_COURSE} has no published stand-alone MCQ question`);
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const askers = emails.slice(0, count).map((e) => byEmail.get(e)!);
  for (const asker of askers) await deleteTutorThread(asker.id, { kind: "question", id: question.id });
  return { askers, onlooker: byEmail.get(DASHBOARD_EMAIL)!, questionId: question.id };
}
