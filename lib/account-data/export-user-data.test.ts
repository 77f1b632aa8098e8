import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { exportUserData } from "./export-user-data";
import { createTestStudent } from "@/lib/test-support/test-student";

const primary = db.$primary() as typeof db;
let student: Awaited<ReturnType<typeof createTestStudent>>;
let other: Awaited<ReturnType<typeof createTestStudent>>;

beforeAll(async () => {
  student = await createTestStudent({ name: "Export Student", answers: 5, correct: 3 });
  other = await createTestStudent({ answers: 2 });
  const question = await db.$primary().question.findFirstOrThrow({ where: { courseId: student.courseId, status: "PUBLISHED" }, select: { id: true } });
  await db.bookmark.create({ data: { userId: student.userId, questionId: question.id } });
  await db.tutorThread.create({
    data: {
      userId: student.userId,
      questionId: question.id,
      messages: {
        create: [
          { role: "USER", mode: "HINT", content: "Where do I start?", createdAt: new Date("2026-11-23T10:00:00Z") },
          { role: "ASSISTANT", mode: "HINT", content: "Start from the definition", status: "CUT", createdAt: new Date("2026-11-23T10:00:01Z") },
        ],
      },
    },
  });
  const topic = await db.$primary().topic.findFirstOrThrow({ where: { courseId: student.courseId }, select: { id: true } });
  await db.tutorThread.create({
    data: {
      userId: student.userId,
      topicId: topic.id,
      messages: { create: [{ role: "USER", mode: "NOTE", content: "What is a vector?", createdAt: new Date("2026-11-24T10:00:00Z") }] },
    },
  });
  await db.emailOutbox.create({
    data: {
      userId: student.userId,
      to: student.email,
      template: "welcome",
      subject: "Welcome to IB Revise",
      html: "<p>secret body</p>",
      text: "secret body",
      idempotencyKey: `export-test:${student.userId}`,
    },
  });
  await createSession({
    userId: student.userId,
    email: student.email,
    name: null,
    role: "STUDENT",
    onboarded: true,
    userAgent: "vitest-export-agent",
    ip: "127.0.0.1",
  });
});
afterAll(async () => {
  await revokeAllSessions(student.userId);
  await db.user.deleteMany({ where: { id: { in: [student.userId, other.userId] } } });
});

describe("exportUserData", () => {
  it("zips the user's data as JSON files, reading attempts page by page", async () => {
    // A page size of 2 makes five attempts take three pages (2 + 2 + 1).
    const { bytes, fileName } = await exportUserData(student.userId, { reader: primary, pageSize: 2, now: new Date("2026-11-23T12:00:00Z") });
    expect(fileName).toBe("ib-revise-data-2026-11-23.zip");

    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.txt",
        "attempts.json",
        "bookmarks.json",
        "card-states.json",
        "emails.json",
        "enrolments.json",
        "mock-exams.json",
        "practice-sessions.json",
        "profile.json",
        "review-logs.json",
        "topic-progress.json",
        "tutor-threads.json",
      ].sort(),
    );
    const json = <T>(name: string) => JSON.parse(strFromU8(files[name]!)) as T;

    const attempts = json<{ id: string; marksAwarded: number }[]>("attempts.json");
    const stored = await primary.attempt.findMany({ where: { userId: student.userId }, orderBy: { id: "asc" }, select: { id: true } });
    expect(stored).toHaveLength(5);
    expect(attempts.map((a) => a.id)).toEqual(stored.map((a) => a.id));

    expect(json<{ email: string; name: string; signInMethods: string[] }>("profile.json")).toMatchObject({
      email: student.email,
      name: "Export Student",
      signInMethods: ["password"],
    });
    expect(json<{ course: { slug: string } }[]>("enrolments.json")).toEqual([expect.objectContaining({ course: { slug: "physics-sl", name: "Physics SL" } })]);
    expect(json<unknown[]>("bookmarks.json")).toHaveLength(1);
    expect(json<unknown[]>("topic-progress.json").length).toBeGreaterThan(0);
    expect(json<unknown[]>("card-states.json")).toHaveLength(2); // the two wrong answers
    expect(json<{ subject: string }[]>("emails.json")).toEqual([expect.objectContaining({ subject: "Welcome to IB Revise" })]);
    expect(json<unknown[]>("tutor-threads.json")).toHaveLength(2);
    expect(json<unknown[]>("tutor-threads.json")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          topicId: null,
          messages: [
            { role: "USER", mode: "HINT", content: "Where do I start?", status: "COMPLETE", createdAt: "2026-11-23T10:00:00.000Z" },
            { role: "ASSISTANT", mode: "HINT", content: "Start from the definition", status: "CUT", createdAt: "2026-11-23T10:00:01.000Z" },
          ],
        }),
        // A conversation on a topic's note names the topic and its course.
        expect.objectContaining({
          questionId: null,
          topic: expect.objectContaining({ code: expect.any(String), course: { slug: "physics-sl" } }),
          messages: [{ role: "USER", mode: "NOTE", content: "What is a vector?", status: "COMPLETE", createdAt: "2026-11-24T10:00:00.000Z" }],
        }),
      ]),
    );
  });

  it("never contains the password hash, email bodies, sessions or anyone else's data", async () => {
    const files = unzipSync((await exportUserData(student.userId, { reader: primary })).bytes);
    const everything = Object.values(files)
      .map((f) => strFromU8(f))
      .join("\n");
    expect(everything).not.toMatch(/passwordHash|password_hash|\$argon2id/);
    expect(everything).not.toContain("secret body");
    expect(everything).not.toContain("vitest-export-agent");
    const othersAttempts = await primary.attempt.findMany({ where: { userId: other.userId }, select: { id: true } });
    for (const a of othersAttempts) expect(everything).not.toContain(a.id);
    expect(everything).not.toContain(other.email);
  });

  it("answers not found for an account that does not exist", async () => {
    await expect(exportUserData("0190a0a0-0000-7000-8000-000000000002", { reader: primary })).rejects.toMatchObject({ status: 404 });
  });
});
