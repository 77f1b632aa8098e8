import type { AnswerInput, BandAward } from "@/lib/marking/marking-types";
import type { MarkbandCriterion } from "@/lib/questions/markbands-input";
import { parseStoredFeedback, type StoredFeedback } from "@/lib/feedback/written-feedback-schema";
import { paperNumbers } from "@/lib/mocks/paper-numbers";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import type { RecordedAnswer } from "@/lib/mocks/mark-mock-paper";
import { percentageOf } from "@/lib/mocks/grade-mock";
import type { TopLevelTopic } from "@/lib/mocks/top-level-topics";

/** What a result needs of a question (a subset of AnswerableQuestion, so both read paths can build it). */
export type ResultQuestion = Pick<
  AnswerableQuestion,
  "id" | "type" | "marks" | "topicId" | "stem" | "options" | "correctOptionId" | "numericAnswer" | "markingPoints" | "markbands" | "part"
>;

export type CorrectAnswer =
  | { kind: "option"; optionId: string; text: string }
  /** `text`: the answer as the question expects it written (its significant figures, notation and unit). */
  | { kind: "numeric"; value: number; unit: string | null; text: string }
  | { kind: "markscheme"; points: MarkschemePoint[] }
  /** `awards`: where the student placed the answer, once marked (null before); `points`: indicative content. */
  | { kind: "markbands"; criteria: MarkbandCriterion[]; awards: BandAward[] | null; points: MarkschemePoint[] };

/**
 * A markscheme point. On a written answer: `suggested` is the automatic hint (the keywords it found),
 * `awarded` what the student gave themselves once marked (null before).
 */
export type MarkschemePoint = { label: string; kind: string; marks: number; text: string; suggested: boolean; awarded: boolean | null };

export type MockQuestionResult = {
  /** As the paper prints it: "3", or "3(b)" for a part. */
  number: string;
  /** A part's question context (every part: result rows are read one at a time). */
  context: string | null;
  questionId: string;
  type: ResultQuestion["type"];
  stem: string;
  options: { id: string; text: string }[] | null;
  topic: { code: string; title: string } | null;
  answer: AnswerInput | null;
  marksAwarded: number;
  maxMarks: number;
  /** AWAITING_MARKING: a written answer the student has still to mark against the markscheme (0 marks until then). */
  outcome: "MARKED" | "AWAITING_MARKING" | "UNANSWERED";
  /** Who marked it, e.g. the marker (AUTO) or the student against the markscheme (SELF). */
  markedBy: RecordedAnswer["markedBy"];
  /** Set when a teacher marked the answer: their marks are the row's, with their comment. */
  teacherMarking: { comment: string | null } | null;
  correct: CorrectAnswer;
  /** The recorded attempt (null when unanswered): what the feedback poller asks about. */
  attemptId: string | null;
  /** A written answer's AI feedback, a suggestion beside the student's marking; null while none is stored. */
  aiFeedback: StoredFeedback | null;
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
  /** Written answers still to be marked by the student: the total and grade rise as they are marked. */
  awaitingMarking: number;
  questions: MockQuestionResult[];
  topics: MockTopicResult[];
};

type CompletedMock = {
  questionIds: string[];
  marksAwarded: number | null;
  totalMarks: number;
  grade: number | null;
  boundarySession: string | null;
  submittedAt: Date | null;
  deadlineAt: Date;
};

function correctAnswer(q: ResultQuestion, answer: RecordedAnswer | undefined, marked: boolean): CorrectAnswer {
  const awards = answer?.pointAwards ?? null;
  if (q.type === "MCQ" && q.correctOptionId) {
    return { kind: "option", optionId: q.correctOptionId, text: q.options?.find((o) => o.id === q.correctOptionId)?.text ?? "" };
  }
  if (q.type === "NUMERIC" && q.numericAnswer) {
    return { kind: "numeric", value: q.numericAnswer.value, unit: q.numericAnswer.unit ?? null, text: expectedAnswerText(q.numericAnswer) };
  }
  const byLabel = new Map((awards ?? []).map((a) => [a.label, a]));
  const points = q.markingPoints.map((p): MarkschemePoint => ({
    label: p.id,
    kind: p.kind,
    marks: p.marks,
    text: p.text,
    suggested: Boolean(byLabel.get(p.id)?.suggested),
    awarded: marked && byLabel.has(p.id) ? Boolean(byLabel.get(p.id)?.awarded) : null,
  }));
  if (q.type === "WRITTEN" && q.markbands?.length)
    return { kind: "markbands", criteria: q.markbands, awards: marked ? (answer?.bandAwards ?? null) : null, points };
  return { kind: "markscheme", points };
}

/** The result of a submitted paper, per question (in paper order) and per top-level topic (in syllabus order). */
export function buildMockResult(mock: CompletedMock, questions: ResultQuestion[], answers: RecordedAnswer[], rootOf: Map<string, TopLevelTopic>): MockResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answerOf = new Map(answers.map((a) => [a.questionId, a]));
  const topics = new Map<string, MockTopicResult & { sortOrder: number }>();
  const onPaper = mock.questionIds.flatMap((id) => byId.get(id) ?? []);
  const numbers = paperNumbers(onPaper);
  const rows = onPaper.map((q, i): MockQuestionResult => {
    const a = answerOf.get(q.id);
    const root = rootOf.get(q.topicId) ?? null;
    const maxMarks = a?.maxMarks ?? q.marks;
    const outcome = !a ? "UNANSWERED" : a.status === "AWAITING_MARKING" ? "AWAITING_MARKING" : "MARKED";
    // An answer awaiting marking counts 0, also one an older version stored provisional marks on.
    const marksAwarded = outcome === "MARKED" ? (a?.marksAwarded ?? 0) : 0;
    if (root) {
      const t = topics.get(root.id) ?? { code: root.code, title: root.title, marksAwarded: 0, marksAvailable: 0, sortOrder: root.sortOrder };
      t.marksAwarded += marksAwarded;
      t.marksAvailable += maxMarks;
      topics.set(root.id, t);
    }
    return {
      number: numbers[i]!.number,
      // Each result row is read on its own, so every part carries its question's context.
      context: q.part?.context ?? null,
      questionId: q.id,
      type: q.type,
      stem: q.stem,
      options: q.options ?? null,
      topic: root && { code: root.code, title: root.title },
      answer: a?.answer ?? null,
      marksAwarded,
      maxMarks,
      outcome,
      markedBy: a?.markedBy ?? null,
      teacherMarking: outcome === "MARKED" && a?.markedBy === "TEACHER" ? { comment: a.markerComment ?? null } : null,
      correct: correctAnswer(q, a, outcome === "MARKED"),
      attemptId: a?.attemptId ?? null,
      aiFeedback: q.type === "WRITTEN" ? parseStoredFeedback(a?.aiFeedback) : null,
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
    awaitingMarking: rows.filter((r) => r.outcome === "AWAITING_MARKING").length,
    questions: rows,
    topics: [...topics.values()].sort((x, y) => x.sortOrder - y.sortOrder).map(({ sortOrder: _, ...t }) => t),
  };
}
