import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_PASSWORD } from "./bench-students";
import { sendInProcess } from "./in-process-transport";
import { JourneyFailed, QUESTIONS_PER_SET, runStudentJourney, signInSucceeded, type JourneyStep, type JourneyStudent } from "./student-journey";

/** A student of a course with enough numeric questions for a set, who can sign in with the bench password. */
async function makeStudent(): Promise<JourneyStudent & { id: string }> {
  const [course] = await db.$primary().$queryRaw<{ id: string; slug: string }[]>`
    SELECT c.id, c.slug FROM courses c JOIN questions q ON q.course_id = c.id
    WHERE q.status = 'PUBLISHED' AND q.type = 'NUMERIC' GROUP BY c.id, c.slug HAVING count(*) >= ${QUESTIONS_PER_SET} ORDER BY c.slug LIMIT 1`;
  if (!course) throw new Error("the test database has no course with enough numeric questions: run the seed");
  const email = `journey-${randomUUID()}@example.test`;
  const user = await db.$primary().user.create({
    data: {
      email,
      name: "Journey",
      passwordHash: await hashPassword(BENCH_PASSWORD),
      onboardedAt: new Date(),
      enrolments: { create: { courseId: course.id, targetGrade: 6 } },
    },
    select: { id: true },
  });
  return { id: user.id, email, courseSlug: course.slug, practiceType: "NUMERIC" };
}

describe("the benchmark's student journey, through the real route handlers", () => {
  it("signs in with a password, opens the dashboard, answers a whole set and asks for flashcards", async () => {
    const student = await makeStudent();
    const steps: JourneyStep[] = [];
    await runStudentJourney(async (step, request) => {
      steps.push(step);
      return sendInProcess(request);
    }, student);

    expect(steps.slice(0, 4)).toEqual(["sign-in: csrf token", "sign-in: credentials", "dashboard", "practice: start a set"]);
    expect(steps.filter((s) => s === "practice: answer")).toHaveLength(QUESTIONS_PER_SET);
    expect(steps).toContain("flashcards: queue");
    // The answers went through the real write path.
    expect(await db.$primary().attempt.count({ where: { userId: student.id } })).toBe(QUESTIONS_PER_SET);
  });

  it("stops at the first step that fails, naming it", async () => {
    const student = await makeStudent();
    const failure = await runStudentJourney((_step, request) => sendInProcess(request), { ...student, courseSlug: "no-such-course" }).catch(
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(JourneyFailed);
    expect(failure).toMatchObject({ step: "practice: start a set", status: 400 });
  });

  it("treats a wrong password as a failed sign-in, not a success", async () => {
    const student = await makeStudent();
    // An address of its own: the failure counts against it, never against an address other tests sign in from.
    const [a, b, c] = randomUUID()
      .replaceAll("-", "")
      .match(/../g)!
      .map((h) => parseInt(h, 16));
    const headers = { "x-forwarded-for": `10.${a}.${b}.${c}` };
    const csrf = await sendInProcess({ path: "/api/auth/csrf" });
    const cookie = csrf.headers["set-cookie"]!.map((c) => c.split(";", 1)[0]!).find((c) => c.startsWith("authjs.csrf-token="))!;
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const form = { csrfToken, email: student.email, callbackUrl: "/dashboard" };
    const wrong = await sendInProcess({
      method: "POST",
      path: "/api/auth/callback/credentials",
      cookie,
      headers,
      form: { ...form, password: "not-the-password" },
    });
    expect(signInSucceeded(wrong.status, wrong.headers)).toBe(false);
    const right = await sendInProcess({ method: "POST", path: "/api/auth/callback/credentials", cookie, headers, form: { ...form, password: BENCH_PASSWORD } });
    expect(signInSucceeded(right.status, right.headers)).toBe(true);
  });
});
