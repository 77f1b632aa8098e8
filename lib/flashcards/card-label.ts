import type { QueueItem } from "@/lib/flashcards/queue-item";

/** The line above a card: what kind of card it is and its topic ("New card · 1.2 Sequences"). */
export function cardLabel(item: Pick<QueueItem, "content" | "isNew" | "topic">): string {
  const kind =
    item.content.kind === "mistake" ? (item.content.variantSeed !== undefined ? "Mistake, new numbers" : "Mistake") : item.isNew ? "New card" : "Flashcard";
  return `${kind} · ${item.topic.code} ${item.topic.title}`;
}
