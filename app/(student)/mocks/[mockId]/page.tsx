import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RichText } from "@/app/_components/rich-text";
import { requireUserPage } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { aiFeedbackConfigured } from "@/lib/feedback/feedback-model";
import { getMockExam, type MockExamState } from "@/lib/mocks/mock-exam-state";
import { tutorAvailable } from "@/lib/tutor/tutor-available";
import { MockResultView } from "./_components/mock-result-view";
import { LazyMockPlayer } from "./_components/lazy-mock-player";

export const metadata: Metadata = { title: "Mock exam" };

async function loadMock(userId: string, mockId: string): Promise<MockExamState> {
  try {
    return await getMockExam(userId, mockId);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function MockExamPage({ params }: PageProps<"/mocks/[mockId]">) {
  const { mockId } = await params;
  const user = await requireUserPage(`/mocks/${mockId}`);
  const state = await loadMock(user.id, mockId);
  if (state.status === "COMPLETED") return <MockResultView state={state} aiFeedbackEnabled={aiFeedbackConfigured()} tutorEnabled={tutorAvailable()} />;

  return (
    <>
      <p className="text-sm text-slate-600">{state.course.name}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{state.paper.name}</h1>
      <p className="mt-2 text-slate-700">
        {state.questions.length} {state.questions.length === 1 ? "question" : "questions"}, {state.totalMarks} marks. Answer in any order: answers are saved as
        you go.
      </p>
      <LazyMockPlayer
        mockId={state.id}
        deadlineAt={state.deadlineAt}
        serverNow={state.serverNow}
        initialAnswers={state.draftAnswers}
        questions={state.questions.map((q) => ({
          id: q.id,
          number: q.number,
          type: q.type,
          marks: q.marks,
          stem: (
            <>
              {q.context && <RichText source={q.context} className="mb-3" />}
              <RichText source={q.stem} />
            </>
          ),
          options: q.options?.map((o) => ({ id: o.id, label: <RichText inline source={o.text} /> })) ?? null,
        }))}
      />
    </>
  );
}
