import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/app/_components/rich-text";
import { IndicativeContent } from "@/app/_components/indicative-content";
import { requireRolePage } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { listMarkingQueue, type MarkingQueueItem } from "@/lib/teacher-marking/list-marking-queue";
import { markingQueueQuery } from "@/lib/teacher-marking/teacher-marking-input";
import { MarkingDesk } from "./_components/marking-desk";
import type { DeskItem } from "./_components/desk-item";

export const metadata: Metadata = { title: "Marking · Teach" };

async function loadQueue(actor: { id: string; role: "STUDENT" | "TEACHER" | "ADMIN" }, classId: string, search: Record<string, string | string[] | undefined>) {
  const query = markingQueueQuery.safeParse({ assignmentId: search.assignmentId || undefined, cursor: search.cursor ?? "" });
  // A malformed filter or cursor names nothing: start from the whole queue rather than fail.
  const options = query.success ? query.data : {};
  try {
    return await listMarkingQueue(actor, classId, options);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

function deskItem(item: MarkingQueueItem): DeskItem {
  const { question } = item;
  return {
    attemptId: item.attemptId,
    student: item.student.name ?? item.student.email,
    assignment: item.assignment.title,
    answeredAt: item.answeredAt.toISOString(),
    maxMarks: question.marks,
    question: (
      <>
        {question.context && <RichText source={question.context} className="mb-3" />}
        <RichText source={question.stem} />
      </>
    ),
    answerText: item.answerText,
    points: question.markbands
      ? null
      : question.markingPoints.map((p) => ({
          label: p.label,
          marks: p.marks,
          text: <RichText source={p.text} />,
          suggested: item.suggestedLabels.includes(p.label),
        })),
    criteria: question.markbands?.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l, descriptor: <RichText source={l.descriptor} /> })) })) ?? null,
    indicativeContent: question.markbands ? <IndicativeContent points={question.markingPoints} /> : null,
    selfMarking: item.selfMarking && { marksAwarded: item.selfMarking.marksAwarded, labels: item.selfMarking.awardedLabels, bands: item.selfMarking.bands },
  };
}

/**
 * The class's marking queue: written answers to its assignments, oldest first, one at a time. The layout
 * checks the role; listMarkingQueue checks that this teacher teaches this class (404 otherwise).
 */
export default async function MarkingPage({ params, searchParams }: PageProps<"/teach/classes/[classId]/marking">) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}/marking`);
  const search = await searchParams;
  const page = await loadQueue(user, classId, search);
  const items = page.items.map(deskItem);
  const assignmentId = typeof search.assignmentId === "string" ? search.assignmentId : "";

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Marking</h1>
      <details className="mt-3 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
        <summary className="cursor-pointer font-medium">Keyboard shortcuts</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>
            <kbd>Tab</kbd> / <kbd>Space</kbd>
          </dt>
          <dd>move between marks and tick or choose one (arrow keys move between levels)</dd>
          <dt>
            <kbd>Enter</kbd> on a mark, or <kbd>Ctrl</kbd>+<kbd>Enter</kbd> anywhere
          </dt>
          <dd>save and go to the next answer, focused on its first mark</dd>
          <dt>
            <kbd>j</kbd> or <kbd>n</kbd> / <kbd>k</kbd> or <kbd>p</kbd>
          </dt>
          <dd>next / previous answer without saving (not while typing a comment)</dd>
        </dl>
      </details>
      {items.length ? (
        <MarkingDesk key={items.map((i) => i.attemptId).join()} items={items} />
      ) : (
        <p className="mt-6 rounded-md border border-slate-200 bg-white p-4 text-slate-700">
          Nothing to mark. Written answers your students give in this class&apos;s assignments appear here, oldest first, until you mark them (also the ones
          they have marked themselves: your marks replace theirs).
        </p>
      )}
      {page.nextCursor && (
        <p className="mt-6 text-sm">
          <Link
            href={`/teach/classes/${classId}/marking?${new URLSearchParams({ ...(assignmentId ? { assignmentId } : {}), cursor: page.nextCursor })}`}
            className="text-brand-700 underline"
          >
            Later answers
          </Link>
        </p>
      )}
    </>
  );
}
