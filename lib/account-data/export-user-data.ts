import { strToU8, zipSync, type Zippable } from "fflate";
import { db, type DbClient } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";

/** Rows read per statement from the big tables: bounded memory per query whatever the history. */
export const EXPORT_PAGE_SIZE = 5_000;

export type UserDataExport = { fileName: string; bytes: Uint8Array; files: string[] };

type Options = { reader?: DbClient; now?: Date; pageSize?: number };

const README = `Your IB Revise data
====================

Each file is JSON, with dates in UTC (ISO 8601).

profile.json            your account: email, name, role, time zone, exam session, preferences
enrolments.json         your courses and target grades
attempts.json           every answer you gave, with its marks
practice-sessions.json  your practice sets
mock-exams.json         your timed mock papers and their grades
topic-progress.json     your running totals and mastery per topic
card-states.json        the spaced-repetition state of your flashcards and mistake cards
review-logs.json        every flashcard review
bookmarks.json          the questions you bookmarked
emails.json             the emails we sent you (subject and dates only)
tutor-threads.json      your conversations with the AI tutor, per question, with every message

Not included: your password (only a one-way hash is kept, and it is not exported) and your sign-in sessions.
`;

/**
 * Everything stored about a user, as JSON files in a zip (the "download your data" right). The large
 * tables are read in keyset pages of EXPORT_PAGE_SIZE by id, so no statement holds a big history in one
 * result; the zip itself is built in memory, which is fine at the sizes a person's history reaches.
 */
export async function exportUserData(userId: string, options: Options = {}): Promise<UserDataExport> {
  const reader = options.reader ?? db;
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const now = options.now ?? new Date();

  const profile = await reader.user.findUnique({
    where: { id: userId },
    // Listed, not omitted: a column added later stays out of exports until someone decides it belongs.
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      status: true,
      emailVerifiedAt: true,
      timezone: true,
      examMonth: true,
      examYear: true,
      onboardedAt: true,
      lastActiveAt: true,
      emailReminders: true,
      deletionRequestedAt: true,
      deleteAfter: true,
      createdAt: true,
      updatedAt: true,
      accounts: { select: { provider: true } },
    },
  });
  if (!profile) throw new NotFoundError("No such user.");
  const { accounts, ...account } = profile;

  const course = { select: { slug: true, name: true } } as const;
  const [enrolments, practiceSessions, mockExams, topicProgress, bookmarks, emails, tutorThreads] = await Promise.all([
    reader.enrolment.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { course, targetGrade: true, createdAt: true } }),
    reader.practiceSession.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { id: true, course, filters: true, questionIds: true, status: true, startedAt: true, lastActiveAt: true, completedAt: true },
    }),
    reader.mockExam.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        course,
        paper: true,
        questionIds: true,
        status: true,
        startedAt: true,
        deadlineAt: true,
        submittedAt: true,
        totalMarks: true,
        marksAwarded: true,
        grade: true,
        boundarySession: true,
      },
    }),
    reader.topicProgress.findMany({
      where: { userId },
      orderBy: [{ courseId: "asc" }, { topicId: "asc" }],
      select: {
        course: { select: { slug: true } },
        topic: { select: { code: true, title: true } },
        attempts: true,
        fullyCorrect: true,
        marksAwarded: true,
        marksAvailable: true,
        mastery: true,
        lastAttemptAt: true,
      },
    }),
    reader.bookmark.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { questionId: true, question: { select: { key: true } }, createdAt: true },
    }),
    reader.emailOutbox.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { subject: true, status: true, createdAt: true, sentAt: true } }),
    // A thread holds at most a couple of hundred messages (THREAD_MAX_MESSAGES), so one read per thread list.
    reader.tutorThread.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        questionId: true,
        question: { select: { key: true } },
        topicId: true,
        topic: { select: { code: true, title: true, course: { select: { slug: true } } } },
        createdAt: true,
        updatedAt: true,
        messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { role: true, mode: true, content: true, status: true, createdAt: true } },
      },
    }),
  ]);

  const attempts = await pagedJson(pageSize, (afterId) =>
    reader.attempt.findMany({
      where: { userId, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        questionId: true,
        course: { select: { slug: true } },
        topic: { select: { code: true } },
        practiceSessionId: true,
        mockExamId: true,
        answer: true,
        status: true,
        marksAwarded: true,
        maxMarks: true,
        pointAwards: true,
        markedBy: true,
        aiFeedback: true,
        questionVersion: true,
        timeSpentMs: true,
        createdAt: true,
        markedAt: true,
      },
    }),
  );
  const cardStates = await pagedJson(pageSize, (afterId) =>
    reader.cardState.findMany({
      where: { userId, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        flashcardId: true,
        questionId: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        suspended: true,
        createdAt: true,
      },
    }),
  );
  const reviewLogs = await pagedJson(pageSize, (afterId) =>
    reader.reviewLog.findMany({
      where: { userId, ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: "asc" },
      take: pageSize,
      select: {
        id: true,
        cardStateId: true,
        rating: true,
        state: true,
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        reviewedAt: true,
      },
    }),
  );

  const signInMethods = [...((await hasPassword(reader, userId)) ? ["password"] : []), ...accounts.map((a) => a.provider)];
  const json = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
  const files: Zippable = {
    "README.txt": strToU8(README),
    "profile.json": json({ ...account, signInMethods, exportedAt: now }),
    "enrolments.json": json(enrolments),
    "attempts.json": strToU8(attempts),
    "practice-sessions.json": json(practiceSessions),
    "mock-exams.json": json(mockExams),
    "topic-progress.json": json(topicProgress),
    "card-states.json": strToU8(cardStates),
    "review-logs.json": strToU8(reviewLogs),
    "bookmarks.json": json(bookmarks),
    "emails.json": json(emails),
    "tutor-threads.json": json(tutorThreads),
  };
  // Level 6 deflate: JSON shrinks about tenfold, and the job is not latency-bound.
  const bytes = zipSync(files, { level: 6, mtime: now });
  return { fileName: `ib-revise-data-${now.toISOString().slice(0, 10)}.zip`, bytes, files: Object.keys(files) };
}

/** Whether the account has a password (the hash itself never leaves the database). */
async function hasPassword(reader: DbClient, userId: string): Promise<boolean> {
  return (await reader.user.count({ where: { id: userId, passwordHash: { not: null } } })) > 0;
}

/** A JSON array built page by page (keyset on id), one row per line. */
async function pagedJson<T extends { id: string }>(pageSize: number, page: (afterId: string | undefined) => Promise<T[]>): Promise<string> {
  const lines: string[] = [];
  let afterId: string | undefined;
  for (;;) {
    const rows = await page(afterId);
    for (const row of rows) lines.push(JSON.stringify(row));
    if (rows.length < pageSize) break;
    afterId = rows.at(-1)!.id;
  }
  return lines.length ? `[\n${lines.join(",\n")}\n]\n` : "[]\n";
}
