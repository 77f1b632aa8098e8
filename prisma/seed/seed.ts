// `npm run seed`: the IB catalog, the question bank, flashcards, topic notes and a sample of generated questions.
// Idempotent: every row is keyed (slugs, syllabus codes, question and card keys), so a second run
// updates in place and creates nothing new.
import { courseSlug, type Level } from "@/lib/catalog/catalog-input";
import { upsertSubject } from "@/lib/catalog/upsert-subject";
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { upsertQuestionGroup } from "@/lib/questions/upsert-question-group";
import { upsertFlashcard } from "@/lib/flashcards/upsert-flashcard";
import { upsertTopicNote } from "@/lib/notes/upsert-topic-note";
import { db, disconnectDb } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { loadContent } from "./content/load-content";
import { generatedSample } from "./generated-sample";
import { storeContentFigures } from "./store-content-figures";

/** Runs `work` over `items` with at most `limit` in flight (the pool has a handful of connections). */
async function inBatches<T>(items: T[], limit: number, work: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(work));
}

/** A question or card for both levels is stored once per course, each with its own key. */
const levelKey = (key: string, level: Level) => `${key}-${level.toLowerCase()}`;

export async function seed(log: (line: string) => void = console.log) {
  const started = performance.now();
  const content = await loadContent();
  const generated = generatedSample();
  // Before the questions and notes: the editor's rules refuse a text whose figure is not stored.
  const figures = await storeContentFigures();
  let questions = 0;
  let flashcards = 0;
  let notes = 0;

  for (const { subject, questions: subjectQuestions, groups: subjectGroups, flashcards: subjectCards, notes: subjectNotes } of content) {
    const { courseIds } = await upsertSubject(subject);
    const topics = await db
      .$primary()
      .topic.findMany({ where: { courseId: { in: Object.values(courseIds) } }, select: { id: true, courseId: true, code: true } });
    const topicId = (level: Level, code: string) => {
      const courseId = courseIds[courseSlug(subject.slug, level)];
      const topic = topics.find((t) => t.courseId === courseId && t.code === code);
      if (!courseId || !topic) throw new Error(`${subject.slug} ${level}: no topic ${code}`);
      return { courseId, topicId: topic.id };
    };

    const placedQuestions = [...subjectQuestions, ...(generated.get(subject.slug) ?? [])].flatMap((q) =>
      q.levels.map((level) => ({ q, placement: { key: levelKey(q.key, level), ...topicId(level, q.topicCode) } })),
    );
    await inBatches(placedQuestions, 8, ({ q, placement }) => upsertQuestion(q, placement));
    questions += placedQuestions.length;

    const placedGroups = subjectGroups.flatMap((g) =>
      g.levels.map((level) => ({
        g,
        placement: {
          key: levelKey(g.key, level),
          courseId: topicId(level, g.parts[0]!.topicCode).courseId,
          parts: g.parts.map((part) => ({ key: levelKey(part.key, level), topicId: topicId(level, part.topicCode).topicId })),
        },
      })),
    );
    await inBatches(placedGroups, 4, ({ g, placement }) => upsertQuestionGroup(g, placement));
    questions += placedGroups.reduce((sum, { g }) => sum + g.parts.length, 0);

    const cards = subjectCards.flatMap((c) =>
      c.levels.map((level) => ({ key: levelKey(c.key, level), front: c.front, back: c.back, ...topicId(level, c.topicCode) })),
    );
    await inBatches(cards, 8, upsertFlashcard);
    flashcards += cards.length;

    const placedNotes = subjectNotes.flatMap((n) =>
      n.levels.map((level) => ({ key: levelKey(n.key, level), body: n.body, topicId: topicId(level, n.topicCode).topicId })),
    );
    await inBatches(placedNotes, 8, upsertTopicNote);
    notes += placedNotes.length;
    log(
      `  ${subject.slug}: ${placedQuestions.length} questions${placedGroups.length ? ` (+${placedGroups.length} multi-part)` : ""}, ${cards.length} flashcards${placedNotes.length ? `, ${placedNotes.length} notes` : ""}`,
    );
  }
  await invalidateCatalog((await db.$primary().course.findMany({ select: { slug: true } })).map((c) => c.slug));
  log(
    `Seeded ${content.length} subjects, ${questions} questions, ${flashcards} flashcards, ${notes} notes, ${figures} figures in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .catch((err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    })
    .finally(async () => {
      await disconnectDb();
      redis.disconnect();
    });
}
