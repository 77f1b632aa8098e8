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
});
