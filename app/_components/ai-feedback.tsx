import dynamic from "next/dynamic";
import { AiFeedbackNote } from "@/app/_components/ai-feedback-note";
import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";

// Only an answer whose feedback is still on its way needs client code: the poller is its own small chunk.
const LiveAiFeedback = dynamic(() => import("@/app/_components/live-ai-feedback").then((m) => m.LiveAiFeedback));

/**
 * A written answer's AI feedback: rendered on the server when it is stored (or never coming), and by
 * the poller until it arrives when a model is configured and none is stored yet.
 */
export function AiFeedback({
  attemptId,
  feedback,
  enabled,
  awaiting,
  headingId,
}: {
  attemptId: string | null;
  feedback: StoredFeedback | null;
  enabled: boolean;
  awaiting: boolean;
  headingId?: string;
}) {
  if (enabled && feedback === null && attemptId) return <LiveAiFeedback attemptId={attemptId} awaiting={awaiting} headingId={headingId} />;
  return <AiFeedbackNote feedback={feedback} enabled={enabled} awaiting={awaiting} headingId={headingId} />;
}
