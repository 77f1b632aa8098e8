import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { createSession, getSession, revokeAllSessions } from "@/lib/auth/session-store";
import { completeOnboarding, getOnboardingState } from "@/lib/onboarding/complete-onboarding";
import { onboardingInput, type OnboardingInput } from "@/lib/onboarding/onboarding-input";

const year = new Date().getUTCFullYear();
const input = (courses: [string, number][], extra: Partial<OnboardingInput> = {}): OnboardingInput => ({
  examMonth: "MAY",
  examYear: year + 1,
  timezone: "Europe/Madrid",
  courses: courses.map(([courseSlug, targetGrade]) => ({ courseSlug, targetGrade })),
  ...extra,
});
const rejectionOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );

describe("completeOnboarding on the real database and Redis", () => {
  let userId: string;
  let sessionId: string;

  const enrolments = async () =>
    (await db.$primary().enrolment.findMany({ where: { userId }, select: { targetGrade: true, course: { select: { slug: true } } } }))
      .map((e) => [e.course.slug, e.targetGrade])
      .sort();

  beforeAll(async () => {
    const email = `onboarding-${randomUUID()}@example.test`;
    userId = (await db.user.create({ data: { email, name: "Onboarding Test" }, select: { id: true } })).id;
    sessionId = await createSession({ userId, email, name: "Onboarding Test", role: "STUDENT", onboarded: false, ip: "127.0.0.1", userAgent: "vitest" });
  });
  afterAll(async () => {
    await revokeAllSessions(userId);
    // Enrolments go with the user (ON DELETE CASCADE).
    await db.user.delete({ where: { id: userId } });
  });

  it("starts with no choices", async () => {
    expect(await getOnboardingState(userId)).toEqual({ onboarded: false, examMonth: null, examYear: null, timezone: "UTC", courses: [] });
  });

  it("enrols the student with target grades, saves the exam session and marks every session onboarded", async () => {
    await completeOnboarding(
      userId,
      input([
        ["biology-hl", 6],
        ["math-aa-sl", 5],
        ["english-a-literature-sl", 7],
      ]),
    );

    expect(await enrolments()).toEqual([
      ["biology-hl", 6],
      ["english-a-literature-sl", 7],
      ["math-aa-sl", 5],
    ]);
    const user = await db.$primary().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ examMonth: "MAY", examYear: year + 1, timezone: "Europe/Madrid" });
    expect(user.onboardedAt).toBeInstanceOf(Date);
    expect((await getSession(sessionId))?.onboarded).toBe(true);

    const state = await getOnboardingState(userId);
    expect(state).toMatchObject({ onboarded: true, examMonth: "MAY", examYear: year + 1, timezone: "Europe/Madrid" });
    expect(state.courses).toContainEqual({ subjectSlug: "math-aa", courseSlug: "math-aa-sl", level: "SL", targetGrade: 5 });
  });

  it("replaces the set on a second submit, and leaves the same state when it is repeated", async () => {
    const { onboardedAt } = await db.$primary().user.findUniqueOrThrow({ where: { id: userId } });
    const next = input(
      [
        ["math-aa-hl", 7],
        ["biology-hl", 5],
        ["economics-sl", 6],
      ],
      { examMonth: "NOVEMBER", examYear: year + 2, timezone: "Asia/Tokyo" },
    );

    await completeOnboarding(userId, next);
    const after = await enrolments();
    expect(after).toEqual([
      ["biology-hl", 5],
      ["economics-sl", 6],
      ["math-aa-hl", 7],
    ]);

    await completeOnboarding(userId, next);
    expect(await enrolments()).toEqual(after);
    const user = await db.$primary().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ examMonth: "NOVEMBER", examYear: year + 2, timezone: "Asia/Tokyo", onboardedAt });
  });

  it("refuses an unknown course by name and keeps the previous choices", async () => {
    const before = await enrolments();
    const err = await rejectionOf(
      completeOnboarding(
        userId,
        input(
          [
            ["biology-sl", 4],
            ["astrology-hl", 7],
          ],
          { examMonth: "MAY" },
        ),
      ),
    );
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).message).toContain('"astrology-hl"');
    expect(await enrolments()).toEqual(before);
    expect((await db.$primary().user.findUniqueOrThrow({ where: { id: userId } })).examMonth).toBe("NOVEMBER");
  });

  it("refuses an archived course", async () => {
    // A throwaway subject of its own: archiving a seeded course would disturb anyone else using the catalog.
    const slug = `retired-${randomUUID().slice(0, 8)}`;
    const subject = await db.subject.create({
      data: {
        slug,
        name: "Retired subject",
        group: 6,
        description: "Test only.",
        courses: { create: { slug: `${slug}-sl`, level: "SL", name: "Retired SL", archivedAt: new Date() } },
      },
    });
    try {
      const err = await rejectionOf(completeOnboarding(userId, input([[`${slug}-sl`, 6]])));
      expect(err).toBeInstanceOf(BadRequestError);
      expect((err as BadRequestError).message).toContain(`"${slug}-sl"`);
    } finally {
      await db.course.deleteMany({ where: { subjectId: subject.id } });
      await db.subject.delete({ where: { id: subject.id } });
    }
  });

  it("refuses both levels of one subject, naming the subject, and keeps the previous choices", async () => {
    const before = await enrolments();
    const err = await rejectionOf(
      completeOnboarding(
        userId,
        input([
          ["physics-sl", 5],
          ["physics-hl", 6],
        ]),
      ),
    );
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).message).toBe("Choose either SL or HL for Physics, not both.");
    expect(await enrolments()).toEqual(before);
  });

  it("leaves a bad time zone or exam year to the schema", () => {
    expect(onboardingInput.safeParse(input([["biology-hl", 6]], { timezone: "Moon/Tranquility" })).success).toBe(false);
    expect(onboardingInput.safeParse(input([["biology-hl", 6]], { examYear: year - 1 })).success).toBe(false);
    expect(onboardingInput.safeParse(input([["biology-hl", 6]], { examYear: year + 4 })).success).toBe(false);
  });
});
