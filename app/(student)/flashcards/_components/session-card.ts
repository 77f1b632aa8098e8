import { cardLabel } from "@/lib/flashcards/card-label";
import type { QueueItem } from "@/lib/flashcards/queue-item";
import type { SessionCard } from "./review-session";
import { RATING_NAMES } from "./rating-buttons";

/** What the review loop needs of a queue item: how to name it in the form, its label and its rating buttons. */
export function sessionCard(item: QueueItem): SessionCard {
  return {
    panelKey: `${item.key}:${item.schedule?.reps ?? 0}`,
    cardKind: "flashcardId" in item.ref ? "flashcard" : "state",
    cardId: "flashcardId" in item.ref ? item.ref.flashcardId : item.ref.cardStateId,
    label: cardLabel(item),
    ratings: ([1, 2, 3, 4] as const).map((rating) => ({ rating, name: RATING_NAMES[rating], interval: item.intervals[rating].text })),
  };
}
