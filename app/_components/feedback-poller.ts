import type { FeedbackState } from "@/lib/feedback/feedback-state";
import type { AttemptFeedbackState } from "@/lib/feedback/load-feedback-states";
import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";

/** What an answer's feedback box shows: the latest state, or "gave_up" once the poller stopped asking. */
export type FeedbackSnapshot = { state: FeedbackState | "gave_up"; feedback: StoredFeedback | null };

export type PollerOptions = {
  /** One request for all the ids; null for a reply that says nothing (lost connection, server error). */
  fetchStates(ids: string[]): Promise<{ items: AttemptFeedbackState[] } | "refused" | null>;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Polls before giving up (with the defaults, about four minutes: longer than a slow model takes). */
  maxPolls?: number;
  isHidden?: () => boolean;
};

const PENDING: FeedbackSnapshot = { state: "pending", feedback: null };

/**
 * One poller per page for every answer still waiting for its AI feedback: each box subscribes with its
 * attempt id, and a single request asks about all of them. It backs off (×1.5 per poll up to a ceiling),
 * stops asking about an answer once its feedback is ready or failed, skips polls while the tab is hidden,
 * and gives up after a cap, or at once when the server refuses (signed out, not the student's answer).
 */
export function createFeedbackPoller({ fetchStates, firstDelayMs = 2_000, maxDelayMs = 15_000, maxPolls = 20, isHidden = () => false }: PollerOptions) {
  const snapshots = new Map<string, FeedbackSnapshot>();
  const listeners = new Map<string, Set<() => void>>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let delay = firstDelayMs;
  let polls = 0;

  const waiting = () => [...listeners.keys()].filter((id) => (snapshots.get(id) ?? PENDING).state === "pending");
  const set = (id: string, snapshot: FeedbackSnapshot) => {
    snapshots.set(id, snapshot);
    for (const listener of listeners.get(id) ?? []) listener();
  };
  const giveUp = (ids: string[]) => ids.forEach((id) => set(id, { state: "gave_up", feedback: null }));

  function schedule() {
    if (timer || !waiting().length) return;
    timer = setTimeout(() => void poll(), delay);
  }

  async function poll() {
    timer = null;
    const ids = waiting();
    if (!ids.length) return;
    if (isHidden()) return schedule();
    polls += 1;
    const reply = await fetchStates(ids);
    if (reply === "refused") return giveUp(ids);
    for (const item of reply?.items ?? []) if (item.state !== "pending") set(item.attemptId, { state: item.state, feedback: item.feedback });
    delay = Math.min(Math.round(delay * 1.5), maxDelayMs);
    if (polls >= maxPolls) return giveUp(waiting());
    schedule();
  }

  return {
    snapshot: (attemptId: string) => snapshots.get(attemptId) ?? PENDING,
    /** Starts (or joins) the polling for this answer; the returned function stops listening. */
    subscribe(attemptId: string, listener: () => void): () => void {
      // A newly shown answer (the next practice question) gets a fresh round of polls.
      if (!waiting().length) {
        polls = 0;
        delay = firstDelayMs;
      }
      const set = listeners.get(attemptId) ?? new Set();
      set.add(listener);
      listeners.set(attemptId, set);
      schedule();
      return () => {
        set.delete(listener);
        if (!set.size) listeners.delete(attemptId);
        if (!waiting().length && timer) {
          clearTimeout(timer);
          timer = null;
        }
      };
    },
  };
}
