import { cancelDeletion } from "../actions";

/**
 * Shown to someone who signed in during their account's deletion grace period: when it will be erased,
 * and the one button that keeps it.
 */
export function DeletionPendingBanner({ deleteOn }: { deleteOn: string }) {
  return (
    <div role="alert" className="mb-8 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
      <p>
        Your account will be deleted on <strong>{deleteOn}</strong>.
      </p>
      <form action={cancelDeletion}>
        <button type="submit" className="rounded-md bg-white px-3 py-1.5 font-semibold text-red-800 ring-1 ring-red-300 hover:bg-red-100">
          Cancel deletion
        </button>
      </form>
    </div>
  );
}
