import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { loadQuestionsForAnswering, type AnswerableQuestion } from "@/lib/attempts/load-questions-for-answering";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { AnswerInput, BandAward, PointAward } from "@/lib/marking/marking-types";
import { questionsInRunningMock } from "@/lib/mocks/questions-in-running-mock";
import type { GeneratedFamily } from "@/lib/questions/generated-variant";
import type { MarkedGrounding, TutorGrounding, VisibleQuestion } from "@/lib/tutor/tutor-grounding";

export type LoadedTutorQuestion = {
  grounding: TutorGrounding;
  /** For "give me a similar question": the generator the question came from, if any (never sent to the model). */
  family: GeneratedFamily & { id: string };
};

const IMAGE = /!\[([^\]]*)\]\(\s*<?[^\s)>]+>?(?:\s+"[^"]*")?\s*\)/g;

/** Figures become their alt text: the model cannot see images, and their URLs mean nothing to it. */
export const figuresAsAltText = (markdown: string) => markdown.replace(IMAGE, (_, alt: string) => `[Figure: ${alt.trim() || "no description"}]`);

/**
 * The question a student asks the tutor about, and the mode the server allows: "after-marking" only when
 * the student has a marked answer to this very question (not a variant of it), otherwise "hint". A question
 * that is not published is not found, as in practice; one in the student's running mock paper is refused
 * (the tutor would otherwise answer the paper for them). Read from the primary: a student opens the tutor
 * right after their answer is marked.
 */
export async function loadTutorQuestion(userId: string, questionId: string): Promise<LoadedTutorQuestion> {
  const [[question], inMock, attempt] = await Promise.all([
    loadQuestionsForAnswering([questionId]),
    questionsInRunningMock(userId, [questionId]),
    db.$primary().attempt.findFirst({
      where: { userId, questionId, status: "MARKED", variantSeed: null },
      orderBy: { createdAt: "desc" },
      select: { answer: true, marksAwarded: true, maxMarks: true, pointAwards: true, bandAwards: true },
    }),
  ]);
  if (!question) throw new NotFoundError("There is no such published question.");
  if (inMock.size)
    throw new ConflictError("This question is in your mock paper that is still running: the tutor can help once the paper is submitted.", "in_running_mock");

  const [course, parts] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { id: question.courseId }, select: { name: true } }),
    question.part
      ? db.question.findMany({
          where: { groupId: question.part.groupId, status: "PUBLISHED" },
          orderBy: { partIndex: "asc" },
          select: { id: true, partLabel: true, marks: true, stem: true },
        })
      : null,
  ]);
  const visible = visibleQuestion(question, course.name, parts);
  const family = { id: question.id, type: question.type, source: question.source };
  if (!attempt) return { grounding: { mode: "hint", question: visible }, family };
  return { grounding: { mode: "after-marking", question: visible, marked: markedGrounding(question, attempt) }, family };
}

function visibleQuestion(
  q: AnswerableQuestion,
  course: string,
  parts: { id: string; partLabel: string | null; marks: number; stem: string }[] | null,
): VisibleQuestion {
  return {
    course,
    topic: q.topic,
    type: q.type,
    marks: q.marks,
    commandTerm: q.commandTerm,
    paper: q.paper,
    calculator: q.calculator,
    stem: figuresAsAltText(q.stem),
    options: q.type === "MCQ" && q.options ? q.options.map((o) => ({ id: o.id, text: figuresAsAltText(o.text) })) : null,
    unit: q.numericAnswer?.unit ?? null,
    group:
      q.part && parts
        ? {
            context: figuresAsAltText(q.part.context),
            parts: parts.map((p) => ({ label: p.partLabel ?? "", marks: p.marks, stem: figuresAsAltText(p.stem), current: p.id === q.id })),
          }
        : null,
  };
}

type MarkedAttempt = { answer: unknown; marksAwarded: number; maxMarks: number; pointAwards: unknown; bandAwards: unknown };

function markedGrounding(q: AnswerableQuestion, attempt: MarkedAttempt): MarkedGrounding {
  const correct = q.options?.find((o) => o.id === q.correctOptionId);
  return {
    markingPoints: q.markingPoints.map((p) => ({ label: p.id, kind: p.kind, marks: p.marks, text: p.text })),
    markbands: q.type === "WRITTEN" && q.markbands?.length ? q.markbands : null,
    correctOption: correct ? `${correct.id}: ${figuresAsAltText(correct.text)}` : null,
    numericAnswer: q.numericAnswer ? expectedAnswerText(q.numericAnswer) : null,
    workedSolution: figuresAsAltText(q.workedSolution),
    answer: attempt.answer as AnswerInput,
    marksAwarded: attempt.marksAwarded,
    maxMarks: attempt.maxMarks,
    pointAwards: (attempt.pointAwards as PointAward[] | null) ?? [],
    bandAwards: (attempt.bandAwards as BandAward[] | null) ?? [],
  };
}
