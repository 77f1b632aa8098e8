import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/prisma";

/** A short unique suffix so every test's slugs, codes and keys are its own. */
export const uniqueSuffix = () => randomUUID().slice(0, 8);

/**
 * A subject of the test's own with one HL course, its papers and a small topic tree (1 > 1.1, 1.2; 2),
 * written directly so tests of one operation do not depend on the others.
 */
export async function createTestCourse() {
  const suffix = uniqueSuffix();
  const subject = await db.subject.create({
    data: { slug: `test-subject-${suffix}`, name: `Test subject ${suffix}`, group: 4, description: "Content admin test subject." },
  });
  const course = await db.course.create({
    data: {
      slug: `test-subject-${suffix}-hl`,
      subjectId: subject.id,
      level: "HL",
      name: `Test subject ${suffix} HL`,
      papers: {
        create: [
          { code: "P1", name: "Paper 1", durationMinutes: 60, totalMarks: 40, calculator: false, weightPercent: 40 },
          { code: "P2", name: "Paper 2", durationMinutes: 90, totalMarks: 60, calculator: true, weightPercent: 60 },
        ],
      },
    },
  });
  const t1 = await db.topic.create({ data: { courseId: course.id, code: "1", title: "Mechanics", sortOrder: 0, depth: 0 } });
  const t11 = await db.topic.create({ data: { courseId: course.id, parentId: t1.id, code: "1.1", title: "Kinematics", sortOrder: 1, depth: 1 } });
  const t12 = await db.topic.create({ data: { courseId: course.id, parentId: t1.id, code: "1.2", title: "Forces", sortOrder: 2, depth: 1 } });
  const t2 = await db.topic.create({ data: { courseId: course.id, code: "2", title: "Waves", sortOrder: 3, depth: 0 } });
  return { subject, course, topics: { t1, t11, t12, t2 } };
}

/** Removes a test subject with everything under it (topics leaf first: parents are protected). */
export async function deleteTestSubject(subjectId: string): Promise<void> {
  const courses = await db.course.findMany({ where: { subjectId }, select: { id: true } });
  const courseIds = courses.map((c) => c.id);
  await db.question.deleteMany({ where: { courseId: { in: courseIds } } });
  await db.questionGroup.deleteMany({ where: { courseId: { in: courseIds } } });
  await db.flashcard.deleteMany({ where: { courseId: { in: courseIds } } });
  const topics = await db.$primary().topic.findMany({ where: { courseId: { in: courseIds } }, orderBy: { depth: "desc" }, select: { id: true, depth: true } });
  for (const depth of [...new Set(topics.map((t) => t.depth))]) {
    await db.topic.deleteMany({ where: { id: { in: topics.filter((t) => t.depth === depth).map((t) => t.id) } } });
  }
  await db.enrolment.deleteMany({ where: { courseId: { in: courseIds } } });
  await db.course.deleteMany({ where: { id: { in: courseIds } } });
  await db.subject.delete({ where: { id: subjectId } });
}

/** A complete, valid written question for `createQuestion`, overridable field by field. */
export function writtenQuestion(courseId: string, topicId: string, overrides: Record<string, unknown> = {}) {
  return {
    courseId,
    key: `test-q-${uniqueSuffix()}`,
    topicId,
    type: "WRITTEN",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: "A ball is dropped from $h = 20\\,\\text{m}$. Calculate its speed on landing.",
    markingPoints: [
      { label: "M1", kind: "M", marks: 1, text: "uses $v^2 = 2gh$", dependsOn: [], keywords: ["2gh"] },
      { label: "A1", kind: "A", marks: 1, text: "substitutes $g = 9.8$", dependsOn: ["M1"], keywords: [] },
      { label: "A2", kind: "A", marks: 1, text: "$v \\approx 19.8\\,\\text{m s}^{-1}$", dependsOn: ["M1"], keywords: ["19.8"] },
    ],
    workedSolution: "$$v = \\sqrt{2gh} = \\sqrt{2 \\times 9.8 \\times 20} \\approx 19.8\\,\\text{m s}^{-1}$$",
    ...overrides,
  };
}

/** A complete, valid multiple-choice question for `createQuestion`. */
export function mcqQuestion(courseId: string, topicId: string, overrides: Record<string, unknown> = {}) {
  return {
    courseId,
    key: `test-mcq-${uniqueSuffix()}`,
    topicId,
    type: "MCQ",
    difficulty: 2,
    marks: 1,
    paper: "P1",
    calculator: false,
    commandTerm: "State",
    stem: "Which quantity is a vector?",
    options: [
      { id: "A", text: "Speed" },
      { id: "B", text: "Velocity" },
      { id: "C", text: "Mass" },
    ],
    correctOptionId: "B",
    markingPoints: [{ label: "p1", kind: "POINT", marks: 1, text: "B", dependsOn: [], keywords: [] }],
    workedSolution: "Velocity has a direction.",
    ...overrides,
  };
}

/** A minimal question written straight to the database (for tests about what surrounds questions). */
export async function insertQuestion(courseId: string, topicId: string, status: "DRAFT" | "PUBLISHED" | "ARCHIVED" = "PUBLISHED") {
  return db.question.create({
    data: {
      key: `test-raw-${uniqueSuffix()}`,
      courseId,
      topicId,
      type: "MCQ",
      difficulty: 1,
      marks: 1,
      paper: "P1",
      calculator: false,
      commandTerm: "State",
      stem: "Pick A.",
      options: [
        { id: "A", text: "A" },
        { id: "B", text: "B" },
      ],
      correctOptionId: "A",
      workedSolution: "A.",
      source: { kind: "original" },
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      markingPoints: { create: [{ label: "p1", kind: "POINT", marks: 1, text: "A", sortOrder: 0 }] },
    },
    select: { id: true, key: true },
  });
}
