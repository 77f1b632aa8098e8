"use client";

import { useCallback, useSyncExternalStore } from "react";
import { AiFeedbackNote } from "@/app/_components/ai-feedback-note";
import { createFeedbackPoller, type FeedbackSnapshot } from "@/app/_components/feedback-poller";
import type { AttemptFeedbackState } from "@/lib/feedback/load-feedback-states";

const poller = createFeedbackPoller({
  async fetchStates(ids) {
    const res = await fetch(`/api/v1/attempts/feedback?ids=${ids.join(",")}`, { cache: "no-store" }).catch(() => null);
    if (!res) return null;
    if (res.status === 401 || res.status === 403 || res.status === 404) return "refused";
    if (!res.ok) return null;
    return (await res.json().catch(() => null)) as { items: AttemptFeedbackState[] } | null;
  },
  isHidden: () => document.visibilityState === "hidden",
});

const PENDING: FeedbackSnapshot = { state: "pending", feedback: null };

/**
 * The AI feedback of an answer whose feedback was still on its way when the page was rendered: it
 * appears here when ready, without a reload (see feedback-poller.ts).
 */
export function LiveAiFeedback({ attemptId, awaiting, headingId }: { attemptId: string; awaiting: boolean; headingId?: string }) {
  // Stable per answer: a new function would make React unsubscribe and subscribe again on every render.
  const subscribe = useCallback((listener: () => void) => poller.subscribe(attemptId, listener), [attemptId]);
  const { state, feedback } = useSyncExternalStore(
    subscribe,
    () => poller.snapshot(attemptId),
    () => PENDING,
  );
  // One live region around every state, so a screen reader hears the feedback arrive.
  return (
    <div aria-live="polite">
      {state === "gave_up" ? (
        awaiting && <p className="text-sm text-slate-600">AI feedback is taking longer than usual: reload the page later to see it.</p>
      ) : (
        <AiFeedbackNote feedback={feedback} enabled={state === "pending"} awaiting={awaiting} headingId={headingId} />
      )}
    </div>
  );
}
