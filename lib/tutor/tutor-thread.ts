import { db } from "@/lib/db/prisma";
import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import type { TutorTurn } from "@/lib/tutor/tutor-prompt";
import { threadOf, type TutorSubject } from "@/lib/tutor/tutor-subject";

/** Messages a thread may hold: past this the student deletes it and starts afresh (the panel offers that). */
export const THREAD_MAX_MESSAGES = 200;

export type TutorMessageView = {
  id: string;
  role: "user" | "assistant";
  content: string;
  /** "cut": the stream broke or timed out and this is what arrived; "stopped": the student stopped it. */
  status: "complete" | "cut" | "stopped";
  mode: TutorMode;
  createdAt: string;
};

const roleOf = { USER: "user", ASSISTANT: "assistant" } as const;
const statusOf = { COMPLETE: "complete", CUT: "cut", STOPPED: "stopped" } as const;
const modeOf = { HINT: "hint", AFTER_MARKING: "after-marking", NOTE: "note" } as const;
const modeColumn = { hint: "HINT", "after-marking": "AFTER_MARKING", note: "NOTE" } as const;
const statusColumn = { complete: "COMPLETE", cut: "CUT", stopped: "STOPPED" } as const;

/**
 * The student's thread about a question or topic, oldest message first (at most THREAD_MAX_MESSAGES, so
 * unpaged). Only their own: the thread is looked up by (user, subject). From the primary: a thread is
 * read right after the student wrote to it.
 */
export async function listTutorMessages(userId: string, subject: TutorSubject): Promise<TutorMessageView[]> {
  const rows = await db.$primary().tutorMessage.findMany({
    where: { thread: threadOf(userId, subject) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: THREAD_MAX_MESSAGES,
    select: { id: true, role: true, content: true, status: true, mode: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    role: roleOf[r.role],
    content: r.content,
    status: statusOf[r.status],
    mode: modeOf[r.mode],
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The history a new question is asked with, and how long the thread already is. */
export async function loadTutorHistory(userId: string, subject: TutorSubject, turns: number): Promise<{ count: number; recent: TutorTurn[] }> {
  const where = { thread: threadOf(userId, subject) };
  const [count, newest] = await Promise.all([
    db.$primary().tutorMessage.count({ where }),
    db.$primary().tutorMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: turns,
      select: { role: true, content: true, status: true },
    }),
  ]);
  return { count, recent: newest.reverse().map((m) => ({ role: roleOf[m.role], content: m.content, status: statusOf[m.status] })) };
}

export type TutorExchange = {
  userId: string;
  subject: TutorSubject;
  mode: TutorMode;
  question: { content: string; at: Date };
  answer: { content: string; status: TutorMessageView["status"]; at: Date };
};

/**
 * How long a save may wait for a free connection. Prisma's default for a transaction (2 s) is far
 * shorter than other primary queries wait (the pool has no timeout), and answers that end together
 * queue for the pool: at the default, 28 of 200 answers ending at once on one instance were refused
 * and lost, the student having seen an answer that was never stored (npm run bench:tutor).
 */
export const SAVE_EXCHANGE_MAX_WAIT_MS = 30_000;

/**
 * Writes a question and the tutor's answer (as far as it got) in one transaction, creating the thread
 * on the first. Called once the stream has ended, so no connection is held while tokens arrive.
 * Returns the answer's id.
 */
export async function saveTutorExchange(exchange: TutorExchange): Promise<string> {
  const mode = modeColumn[exchange.mode];
  return db.$transaction(
    async (tx) => {
      // An upsert that two tabs can run at once: the unique (user, question) or (user, topic) decides, neither fails.
      const { userId, subject } = exchange;
      const [thread] =
        subject.kind === "question"
          ? await tx.$queryRaw<{ id: string }[]>`
            insert into tutor_threads (id, user_id, question_id, created_at, updated_at)
            values (gen_random_uuid(), ${userId}::uuid, ${subject.id}::uuid, (now() at time zone 'UTC'), (now() at time zone 'UTC'))
            on conflict (user_id, question_id) do update set updated_at = excluded.updated_at
            returning id`
          : await tx.$queryRaw<{ id: string }[]>`
            insert into tutor_threads (id, user_id, topic_id, created_at, updated_at)
            values (gen_random_uuid(), ${userId}::uuid, ${subject.id}::uuid, (now() at time zone 'UTC'), (now() at time zone 'UTC'))
            on conflict (user_id, topic_id) do update set updated_at = excluded.updated_at
            returning id`;
      await tx.tutorMessage.create({
        data: { threadId: thread!.id, role: "USER", mode, content: exchange.question.content, createdAt: exchange.question.at },
        select: { id: true },
      });
      const answer = await tx.tutorMessage.create({
        data: {
          threadId: thread!.id,
          role: "ASSISTANT",
          mode,
          content: exchange.answer.content,
          status: statusColumn[exchange.answer.status],
          createdAt: exchange.answer.at,
        },
        select: { id: true },
      });
      return answer.id;
    },
    { maxWait: SAVE_EXCHANGE_MAX_WAIT_MS },
  );
}

/** Deletes the student's thread about a question or topic with its messages. False when there was none. */
export async function deleteTutorThread(userId: string, subject: TutorSubject): Promise<boolean> {
  const { count } = await db.tutorThread.deleteMany({ where: threadOf(userId, subject) });
  return count > 0;
}
