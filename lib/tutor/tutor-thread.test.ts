import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createTestUser, deleteTestUsers } from "@/lib/test-support/users";
import { listTutorMessages, saveTutorExchange } from "@/lib/tutor/tutor-thread";

const users: string[] = [];
afterAll(() => deleteTestUsers(users));

describe("saveTutorExchange", () => {
  it("waits for a free connection when answers end together, instead of losing the answer after 2 s", async () => {
    const user = await createTestUser();
    users.push(user.id);
    const question = await db.$primary().question.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    // Every primary connection busy for longer than Prisma's default wait for a transaction (2 s);
    // `then` sends them now (a Prisma query is lazy until something awaits it).
    const busy = Array.from({ length: env.DATABASE_POOL_SIZE }, () => db.$primary().$executeRaw`select pg_sleep(2.5)`.then(() => undefined));
    await new Promise((r) => setTimeout(r, 100));
    const at = new Date();
    const saved = saveTutorExchange({
      userId: user.id,
      subject: { kind: "question", id: question.id },
      mode: "hint",
      question: { content: "Where do I start?", at },
      answer: { content: "With what the question gives you.", status: "complete", at: new Date(at.getTime() + 1) },
    });
    await Promise.all(busy);
    const answerId = await saved;
    const thread = await listTutorMessages(user.id, { kind: "question", id: question.id });
    expect(thread.map((m) => [m.role, m.content])).toEqual([
      ["user", "Where do I start?"],
      ["assistant", "With what the question gives you."],
    ]);
    expect(thread[1]!.id).toBe(answerId);
  });

  it("keeps one thread per student and subject, with each message's own time, status and mode", async () => {
    const user = await createTestUser();
    users.push(user.id);
    const topic = await db.$primary().topic.findFirstOrThrow({ select: { id: true } });
    const subject = { kind: "topic", id: topic.id } as const;
    const at = new Date("2026-12-01T09:30:00.123Z");
    for (const [i, status] of (["complete", "cut"] as const).entries()) {
      const asked = new Date(at.getTime() + i * 60_000);
      await saveTutorExchange({
        userId: user.id,
        subject,
        mode: "note",
        question: { content: `Question ${i}`, at: asked },
        answer: { content: `Answer ${i}`, status, at: new Date(asked.getTime() + 1_500) },
      });
    }
    expect(await db.$primary().tutorThread.count({ where: { userId: user.id } })).toBe(1);
    expect((await listTutorMessages(user.id, subject)).map((m) => [m.role, m.content, m.status, m.mode, m.createdAt])).toEqual([
      ["user", "Question 0", "complete", "note", "2026-12-01T09:30:00.123Z"],
      ["assistant", "Answer 0", "complete", "note", "2026-12-01T09:30:01.623Z"],
      ["user", "Question 1", "complete", "note", "2026-12-01T09:31:00.123Z"],
      ["assistant", "Answer 1", "cut", "note", "2026-12-01T09:31:01.623Z"],
    ]);
  });
});
