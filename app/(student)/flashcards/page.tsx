import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/current-user";
import { describeCatchUpPlan } from "@/lib/flashcards/catch-up";
import { formatDueDate } from "@/lib/flashcards/format-due-date";
import { getReviewQueue, type ReviewQueue } from "@/lib/flashcards/review-queue";
import { CardBack, CardFront } from "./_components/card-faces";
import { QueueSummary } from "./_components/queue-summary";
import { ReviewSession } from "./_components/review-session";
import { sessionCard } from "./_components/session-card";
import { AssignmentReview } from "./_components/assignment-review";

export const metadata: Metadata = { title: "Flashcards" };

function EmptyState({ queue }: { queue: ReviewQueue }) {
  const next = queue.nextDueAt ? formatDueDate(queue.nextDueAt, queue.timeZone) : null;
  const doneForToday = queue.mode === "catch-up" && queue.catchUp.remainingToday === 0 && queue.catchUp.backlog > 0;
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="text-lg font-semibold">
        {doneForToday ? "Today's catch-up is done" : "Nothing due"}
        {next ? ` — next card due ${next}` : ""}
      </p>
      {!next && (
        <p className="mt-2 text-slate-700">
          Flashcards from your courses and the questions you get wrong in{" "}
          <Link href="/practice" className="text-brand-700 underline">
            practice
          </Link>{" "}
          come here for review.
        </p>
      )}
    </div>
  );
}

function CatchUpNotice({ queue }: { queue: ReviewQueue }) {
  const { backlog, plan, recommended } = queue.catchUp;
  if (queue.mode === "catch-up") {
    return (
      <p className="mt-6 rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900">
        Catch-up mode: the cards you are most likely to have forgotten first, and no new cards until the backlog is cleared. {backlog} due:{" "}
        {describeCatchUpPlan(plan, backlog)}.{" "}
        <Link href="/flashcards" className="font-medium underline">
          Back to normal review
        </Link>
      </p>
    );
  }
  if (!recommended) return null;
  return (
    <p className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {backlog} cards due: {describeCatchUpPlan(plan, backlog)}.{" "}
      <Link href="/flashcards?mode=catch-up" className="font-medium underline">
        Catch up a day at a time
      </Link>
    </p>
  );
}

export default async function FlashcardsPage({ searchParams }: PageProps<"/flashcards">) {
  const { mode, assignment } = await searchParams;
  const user = await requireUserPage(typeof assignment === "string" ? `/flashcards?assignment=${encodeURIComponent(assignment)}` : "/flashcards");
  if (!user.onboarded && user.role === "STUDENT") redirect("/onboarding");
  // A teacher's flashcard assignment has a queue of its own: its cards only, until each is reviewed once.
  if (assignment !== undefined) return <AssignmentReview userId={user.id} assignmentId={assignment} />;
  const queue = await getReviewQueue(user.id, { mode: mode === "catch-up" ? "catch-up" : "normal", limit: 1 });
  const item = queue.due[0];

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Flashcards</h1>
      <p className="mt-2 text-slate-700">Recall the answer, reveal it, then rate how well you knew it. Keys: Space shows the answer, 1–4 rate it.</p>
      <div className="mt-6">
        <QueueSummary counts={queue.counts} />
      </div>
      <CatchUpNotice queue={queue} />
      <ReviewSession
        card={item ? sessionCard(item) : null}
        front={item ? <CardFront content={item.content} /> : null}
        back={item ? <CardBack content={item.content} /> : null}
        empty={<EmptyState queue={queue} />}
      />
    </div>
  );
}
