import { db, type DbTransaction } from "@/lib/db/prisma";
import { courseSlug, type SubjectInput } from "@/lib/catalog/catalog-input";
import { flattenTopicTree } from "@/lib/catalog/flatten-topic-tree";

/**
 * Creates or updates a subject with its courses, papers, grade boundaries and topic trees, keyed by
 * slugs and syllabus codes, so running it again changes nothing. Topics missing from the input are
 * left alone (questions may still point at them); archiving is an explicit admin action.
 */
export async function upsertSubject(input: SubjectInput): Promise<{ courseIds: Record<string, string> }> {
  return db.$transaction(
    async (tx) => {
      const subject = await tx.subject.upsert({
        where: { slug: input.slug },
        create: { slug: input.slug, name: input.name, group: input.group, description: input.description, practiceNote: input.practiceNote ?? null },
        update: { name: input.name, group: input.group, description: input.description, practiceNote: input.practiceNote ?? null },
      });
      const courseIds: Record<string, string> = {};
      for (const courseInput of input.courses) {
        const slug = courseSlug(input.slug, courseInput.level);
        const name = `${input.name} ${courseInput.level}`;
        const course = await tx.course.upsert({
          where: { slug },
          create: { slug, name, level: courseInput.level, subjectId: subject.id },
          update: { name, level: courseInput.level, subjectId: subject.id },
        });
        courseIds[slug] = course.id;
        await upsertPapers(tx, course.id, courseInput.papers);
        await upsertBoundaries(tx, course.id, courseInput.gradeBoundaries);
        await upsertTopics(tx, course.id, flattenTopicTree(input.topics, courseInput.level));
      }
      return { courseIds };
    },
    { timeout: 30_000 },
  );
}

type Tx = DbTransaction;

async function upsertPapers(tx: Tx, courseId: string, papers: SubjectInput["courses"][number]["papers"]) {
  for (const p of papers) {
    const data = { name: p.name, durationMinutes: p.durationMinutes, totalMarks: p.totalMarks, calculator: p.calculator, weightPercent: p.weightPercent };
    await tx.coursePaper.upsert({ where: { courseId_code: { courseId, code: p.code } }, create: { courseId, code: p.code, ...data }, update: data });
  }
}

async function upsertBoundaries(tx: Tx, courseId: string, sessions: SubjectInput["courses"][number]["gradeBoundaries"]) {
  for (const { session, minPercent } of sessions) {
    for (const [grade, percent] of Object.entries(minPercent)) {
      const key = { courseId_session_grade: { courseId, session, grade: Number(grade) } };
      await tx.gradeBoundary.upsert({ where: key, create: { courseId, session, grade: Number(grade), minPercent: percent }, update: { minPercent: percent } });
    }
  }
}

async function upsertTopics(tx: Tx, courseId: string, topics: ReturnType<typeof flattenTopicTree>) {
  const idByCode = new Map<string, string>();
  for (const t of topics) {
    const parentId = t.parentCode ? (idByCode.get(t.parentCode) ?? null) : null;
    const data = { title: t.title, parentId, depth: t.depth, sortOrder: t.sortOrder, hlOnly: t.hlOnly };
    const row = await tx.topic.upsert({
      where: { courseId_code: { courseId, code: t.code } },
      create: { courseId, code: t.code, ...data },
      update: data,
      select: { id: true },
    });
    idByCode.set(t.code, row.id);
  }
}
