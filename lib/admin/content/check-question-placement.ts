import type { DbTransaction } from "@/lib/db/prisma";
import type { FieldIssue } from "@/lib/admin/content/content-validation-error";
import type { QuestionContent } from "@/lib/questions/question-content";

/** The topic must be an active topic of the question's course, and the paper one of the course's papers. */
export async function checkQuestionPlacement(tx: DbTransaction, courseId: string, fields: Pick<QuestionContent, "topicId" | "paper">): Promise<FieldIssue[]> {
  const [topic, papers] = await Promise.all([
    tx.topic.findUnique({ where: { id: fields.topicId }, select: { courseId: true, code: true, archivedAt: true } }),
    tx.coursePaper.findMany({ where: { courseId }, orderBy: { code: "asc" }, select: { code: true } }),
  ]);
  const issues: FieldIssue[] = [];
  if (!topic || topic.courseId !== courseId) issues.push({ path: "topicId", message: "Choose a topic of this question's course" });
  else if (topic.archivedAt) issues.push({ path: "topicId", message: `Topic ${topic.code} is archived: choose an active topic` });
  // A course without papers yet (being set up) accepts any paper.
  if (papers.length && !papers.some((p) => p.code === fields.paper)) {
    issues.push({ path: "paper", message: `This course's papers are ${papers.map((p) => p.code).join(", ")}` });
  }
  return issues;
}
