import type { AnswerInput } from "@/lib/marking/marking-types";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { AnswerableQuestion } from "@/lib/questions/load-questions-for-answering";
import type { RecordedAnswer } from "@/lib/mocks/mark-mock-paper";
import { percentageOf } from "@/lib/mocks/grade-mock";
import type { TopLevelTopic } from "@/lib/mocks/top-level-topics";

/** What a result needs of a question (a subset of AnswerableQuestion, so both read paths can build it). */
export type ResultQuestion = Pick<AnswerableQuestion, "id" | "type" | "marks" | "topicId" | "stem" | "options" | "correctOptionId" | "numericAnswer" | "markingPoints">;

export type CorrectAnswer =
  | { kind: "option"; optionId: string; text: string }
  /** `text`: the answer as the question expects it written (its significant figures, notation and unit). */
  | { kind: "numeric"; value: number; unit: string | null; text: string }
  | { kind: "markscheme"; points: { label: string; marks: number; text: string }[] };

export type MockQuestionResult = {
  number: number;
  questionId: string;
  type: ResultQuestion["type"];
  stem: string;
  options: { id: string; text: string }[] | null;
  topic: { code: string; title: string } | null;
  answer: AnswerInput | null;
  marksAwarded: number;
  maxMarks: number;
  /** PROVISIONAL: a written answer marked from the automatic suggestion, awaiting the student's review. */
  outcome: "MARKED" | "PROVISIONAL" | "UNANSWERED";
  correct: CorrectAnswer;
};

export type MockTopicResult = { code: string; title: string; marksAwarded: number; marksAvailable: number };

export type MockResult = {
  marksAwarded: number;
  totalMarks: number;
  percentage: number;
  grade: number | null;
  boundarySession: string | null;
  submittedAt: string;
  /** Ended by the clock (or submitted automatically when it ran out) rather than by the student. */
  timedOut: boolean;
  /** Some marks are provisional (written answers): the total may change once they are reviewed. */
  provisional: boolean;
  questions: MockQuestionResult[];
  topics: MockTopicResult[];
};

type CompletedMock = { questionIds: string[]; marksAwarded: number | null; totalMarks: number; grade: number | null; boundarySession: string | null; submittedAt: Date | null; deadlineAt: Date };

function correctAnswer(q: ResultQuestion): CorrectAnswer {
  if (q.type === "MCQ" && q.correctOptionId) {
    return { kind: "option", optionId: q.correctOptionId, text: q.options?.find((o) => o.id === q.correctOptionId)?.text ?? "" };
  }
  if (q.type === "NUMERIC" && q.numericAnswer) {
    return { kind: "numeric", value: q.numericAnswer.value, unit: q.numericAnswer.unit ?? null, text: expectedAnswerText(q.numericAnswer) };
  }
  return { kind: "markscheme", points: q.markingPoints.map((p) => ({ label: p.id, marks: p.marks, text: p.text })) };
}

/** The result of a submitted paper, per question (in paper order) and per top-level topic (in syllabus order). */
export function buildMockResult(mock: CompletedMock, questions: ResultQuestion[], answers: RecordedAnswer[], rootOf: Map<string, TopLevelTopic>): MockResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answerOf = new Map(answers.map((a) => [a.questionId, a]));
  const topics = new Map<string, MockTopicResult & { sortOrder: number }>();
  const rows = mock.questionIds.flatMap((id) => byId.get(id) ?? []).map((q, i): MockQuestionResult => {
    const a = answerOf.get(q.id);
    const root = rootOf.get(q.topicId) ?? null;
    const maxMarks = a?.maxMarks ?? q.marks;
    if (root) {
      const t = topics.get(root.id) ?? { code: root.code, title: root.title, marksAwarded: 0, marksAvailable: 0, sortOrder: root.sortOrder };
      t.marksAwarded += a?.marksAwarded ?? 0;
      t.marksAvailable += maxMarks;
      topics.set(root.id, t);
    }
    return {
      number: i + 1,
      questionId: q.id,
      type: q.type,
      stem: q.stem,
      options: q.options ?? null,
      topic: root && { code: root.code, title: root.title },
      answer: a?.answer ?? null,
      marksAwarded: a?.marksAwarded ?? 0,
      maxMarks,
      outcome: !a ? "UNANSWERED" : a.status === "AWAITING_MARKING" ? "PROVISIONAL" : "MARKED",
      correct: correctAnswer(q),
    };
  });
  const marksAwarded = mock.marksAwarded ?? 0;
  const submittedAt = mock.submittedAt ?? mock.deadlineAt;
  return {
    marksAwarded,
    totalMarks: mock.totalMarks,
    percentage: percentageOf(marksAwarded, mock.totalMarks),
    grade: mock.grade,
    boundarySession: mock.boundarySession,
    submittedAt: submittedAt.toISOString(),
    timedOut: submittedAt.getTime() >= mock.deadlineAt.getTime(),
    provisional: rows.some((r) => r.outcome === "PROVISIONAL"),
    questions: rows,
    topics: [...topics.values()].sort((x, y) => x.sortOrder - y.sortOrder).map(({ sortOrder: _, ...t }) => t),
  };
}
