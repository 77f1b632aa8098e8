import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFeedbackPoller } from "@/app/_components/feedback-poller";
import type { AttemptFeedbackState } from "@/lib/feedback/load-feedback-states";
import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";

const ready: StoredFeedback = { status: "ready", model: "m", points: [], summary: "s", generatedAt: "2026-12-01T00:00:00.000Z" };
const item = (attemptId: string, state: AttemptFeedbackState["state"]): AttemptFeedbackState => ({
  attemptId,
  state,
  feedback: state === "ready" ? ready : null,
});

describe("createFeedbackPoller", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("asks about every waiting answer in one request, backs off, and stops once all are settled", async () => {
    const replies: Record<string, AttemptFeedbackState["state"]>[] = [{}, { a: "ready" }, { b: "failed" }];
    const calls: { ids: string[]; at: number }[] = [];
    const t0 = Date.now();
    const poller = createFeedbackPoller({
      fetchStates: async (ids) => {
        const reply = replies[calls.length] ?? {};
        calls.push({ ids, at: Date.now() - t0 });
        return { items: ids.map((id) => item(id, reply[id] ?? "pending")) };
      },
    });
    const heard = vi.fn();
    poller.subscribe("a", heard);
    poller.subscribe("b", heard);

    await vi.advanceTimersByTimeAsync(60_000);

    // 2 s, then ×1.5: 3 s later, then 4.5 s later; once both are settled nothing more is asked.
    expect(calls).toEqual([
      { ids: ["a", "b"], at: 2_000 },
      { ids: ["a", "b"], at: 5_000 },
      { ids: ["b"], at: 9_500 },
    ]);
    expect(poller.snapshot("a")).toEqual({ state: "ready", feedback: ready });
    expect(poller.snapshot("b")).toEqual({ state: "failed", feedback: null });
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it("gives up after its cap, and at once when the server refuses", async () => {
    let polls = 0;
    const capped = createFeedbackPoller({ maxPolls: 4, fetchStates: async (ids) => (polls++, { items: ids.map((id) => item(id, "pending")) }) });
    capped.subscribe("a", () => {});
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(polls).toBe(4);
    expect(capped.snapshot("a").state).toBe("gave_up");

    const refused = createFeedbackPoller({ fetchStates: async () => "refused" });
    refused.subscribe("x", () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refused.snapshot("x").state).toBe("gave_up");
  });

  it("keeps trying after a failed request, skips polls while the tab is hidden, and stops when nobody listens", async () => {
    let hidden = true;
    const fetchStates = vi.fn(async (): Promise<null> => null);
    const poller = createFeedbackPoller({ fetchStates, isHidden: () => hidden });
    const stop = poller.subscribe("a", () => {});
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetchStates).not.toHaveBeenCalled();
    hidden = false;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetchStates).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetchStates).toHaveBeenCalledTimes(2);
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchStates).toHaveBeenCalledTimes(2);
  });
});
