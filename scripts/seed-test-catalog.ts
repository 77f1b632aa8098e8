// Test catalog for `npm test`, in the test database only; idempotent, run after the seed.
// - coming-soon-sl: every course of the real catalog now has questions, but the product must still behave
//   honestly for a course whose questions are still being written (badges, empty states, no Practise or
//   Start that would fail): a syllabus and papers, no questions.
// - paper-practice-sl: a course whose Paper 2 is exactly one multi-part question with a figure (numeric
//   parts with follow-through, written parts, a multiple-choice part) and one essay marked against
//   markbands, both taken from the seed's content, so an end-to-end mock of it is the same paper every time.
import { invalidateCatalog } from "@/lib/catalog/catalog-cache";
import { subjectInput } from "@/lib/catalog/catalog-input";
import { upsertSubject } from "@/lib/catalog/upsert-subject";
import { db, disconnectDb } from "@/lib/db/prisma";
import { questionInput } from "@/lib/questions/question-input";
import { questionGroupInput } from "@/lib/questions/question-group-input";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { upsertQuestionGroup } from "@/lib/questions/upsert-question-group";
import { redis } from "@/lib/redis/redis-client";
import chemistry from "@/prisma/seed/content/questions/chemistry";
import economics from "@/prisma/seed/content/questions/economics";

const comingSoon = subjectInput.parse({
  slug: "coming-soon",
  name: "Coming Soon (test subject)",
  group: 6,
  description: "A test subject whose questions are still being written: it exists only in the test database.",
  courses: [
    {
      level: "SL",
      papers: [{ code: "P1", name: "Paper 1", durationMinutes: 60, totalMarks: 40, calculator: false, weightPercent: 100 }],
      gradeBoundaries: [{ session: "M25", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 60, 6: 70, 7: 80 } }],
    },
  ],
  topics: [
    { code: "1", title: "First unit", children: [{ code: "1.1", title: "First topic" }] },
    { code: "2", title: "Second unit" },
  ],
});

const spectrumGroup = questionGroupInput.parse(chemistry.groups!.find((g) => g.key === "chemistry-mp-09"));
// An economics Paper 1 essay, set here in Paper 2 beside the chemistry question.
const nudgeEssay = questionInput.parse({ ...economics.questions.find((q) => q.key === "economics-2-4-02"), paper: "P2", calculator: true });
const paperMarks = spectrumGroup.parts.reduce((sum, p) => sum + p.marks, 0) + nudgeEssay.marks;

const paperPractice = subjectInput.parse({
  slug: "paper-practice",
  name: "Paper Practice (test subject)",
  group: 4,
  description: "A test subject whose Paper 2 is always the same two questions: it exists only in the test database.",
  courses: [
    {
      level: "SL",
      papers: [{ code: "P2", name: "Paper 2", durationMinutes: 60, totalMarks: paperMarks, calculator: true, weightPercent: 100 }],
      gradeBoundaries: [{ session: "M25", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 60, 6: 70, 7: 80 } }],
    },
  ],
  topics: [
    { code: "S1", title: "Models of the particulate nature of matter", children: [{ code: "S1.4", title: "Counting particles by mass: the mole" }] },
    { code: "S3", title: "Classification of matter", children: [{ code: "S3.2", title: "Functional groups" }] },
    { code: "2", title: "Microeconomics", children: [{ code: "2.4", title: "Critique of the maximizing behaviour of consumers and producers" }] },
  ],
});

async function seedPaperPractice() {
  const { courseIds } = await upsertSubject(paperPractice);
  const courseId = courseIds["paper-practice-sl"]!;
  const topics = await db.$primary().topic.findMany({ where: { courseId }, select: { id: true, code: true } });
  const topicId = (code: string) => topics.find((t) => t.code === code)!.id;
  await upsertQuestionGroup(spectrumGroup, {
    key: "paper-practice-spectrum",
    courseId,
    parts: spectrumGroup.parts.map((p) => ({ key: `paper-practice-spectrum-${p.label}`, topicId: topicId(p.topicCode) })),
  });
  await upsertQuestion(nudgeEssay, { key: "paper-practice-nudge-essay", courseId, topicId: topicId(nudgeEssay.topicCode) });
}

try {
  await upsertSubject(comingSoon);
  await seedPaperPractice();
  await invalidateCatalog(["coming-soon-sl", "paper-practice-sl"]);
  console.log(`test catalog: coming-soon-sl (no questions), paper-practice-sl (Paper 2 of ${paperMarks} marks)`);
} finally {
  await disconnectDb();
  redis.disconnect();
}
