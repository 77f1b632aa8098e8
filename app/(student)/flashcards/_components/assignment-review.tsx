import Link from "next/link";
import { buttonClass } from "@/app/_components/ui/button";
import { formatInTimeZone } from "@/lib/account-data/format-in-time-zone";
import { getAssignmentFlashcardQueue, type AssignmentFlashcardQueue } from "@/lib/assignments/assignment-flashcard-queue";
import { assignmentIdInput } from "@/lib/assignments/assignment-input";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { CardBack, CardFront } from "./card-faces";
import { ReviewSession } from "./review-session";
import { sessionCard } from "./session-card";

const backToAssignments = (
  <Link href="/assignments" className="text-brand-700 underline">
    Back to your assignments
  </Link>
);

/**
 * The flashcard queue of one assignment: its cards not yet reviewed since release, one at a time, then
 * "Assignment done". An id the student cannot open is a message, not notFound(): this segment streams
 * its loading state first, so a notFound() here would answer 200 anyway (see ../loading.tsx).
 */
export async function AssignmentReview({ userId, assignmentId }: { userId: string; assignmentId: string | string[] }) {
  const id = assignmentIdInput.safeParse(assignmentId);
  let queue: AssignmentFlashcardQueue;
  try {
    if (!id.success) throw new NotFoundError();
    queue = await getAssignmentFlashcardQueue(userId, id.data, { limit: 1 });
  } catch (error) {
    if (!(error instanceof NotFoundError || error instanceof ConflictError)) throw error;
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Flashcard assignment</h1>
        <p role="alert" className="mt-4 text-slate-700">
          {error instanceof ConflictError
            ? error.message
            : "This assignment is not open to you: it may have been withdrawn, not be released yet, or belong to a class you are not in."}
        </p>
        <p className="mt-4">{backToAssignments}</p>
      </div>
    );
  }

  const item = queue.due[0];
  const { assignment, total, reviewed } = queue;
  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-600">
        <Link href="/assignments" className="text-brand-700 underline">
          Assignments
        </Link>{" "}
        · {assignment.className} · due <time dateTime={assignment.dueAt.toISOString()}>{formatInTimeZone(assignment.dueAt, queue.timeZone)}</time>
      </p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Flashcards: {assignment.title}</h1>
        <p className="flex items-center gap-3 text-sm text-slate-700">
          <span>
            {reviewed} of {total} cards
          </span>
          <progress value={reviewed} max={Math.max(total, 1)} aria-label={`${reviewed} of ${total} cards reviewed`} className="h-2 w-40 accent-brand-600" />
        </p>
      </div>
      <p className="mt-2 text-slate-700">
        Only this assignment&apos;s cards, each until you have reviewed it once. Your ratings schedule them as usual. Keys: Space shows the answer, 1–4 rate it.
      </p>
      <ReviewSession
        card={item ? sessionCard(item) : null}
        front={item ? <CardFront content={item.content} /> : null}
        back={item ? <CardBack content={item.content} /> : null}
        empty={
          <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
            <p className="text-lg font-semibold">{total ? "Assignment done" : "No cards to review"}</p>
            <p className="mt-2 text-slate-700">
              {total ? `You have reviewed all ${total} cards of this assignment.` : "The cards of this assignment's topics have been withdrawn."}
            </p>
            <Link href="/assignments" className={buttonClass({ className: "mt-4" })}>
              Back to assignments
            </Link>
          </div>
        }
      />
    </div>
  );
}
