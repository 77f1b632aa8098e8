import { db } from "@/lib/db/prisma";
import { markdownToHtml } from "@/lib/rich-text/markdown-to-html";
import { cardLabel } from "@/lib/flashcards/card-label";
import { loadDueCards } from "@/lib/flashcards/load-due-cards";
import { getReviewQueue, MAX_QUEUE_LIMIT } from "@/lib/flashcards/review-queue";
import type { CardRef, FlashcardContent, MistakeContent, QueueItem } from "@/lib/flashcards/queue-item";

/** How far ahead a device keeps cards: a few days offline still has the right cards to review. */
export const OFFLINE_PACK_DAYS = 3;
/** Cards in one pack: today's queue plus what falls due in the days ahead. */
export const OFFLINE_PACK_LIMIT = 200;

/** A card as a device keeps it: its text already rendered to HTML, since offline there is no server to render it. */
export type OfflineCard = {
  key: string;
  ref: CardRef;
  label: string;
  /** Null for a new card: it can be studied any time. */
  due: string | null;
  content: FlashcardContent | MistakeContent;
};

export type OfflinePack = {
  /** The account the pack belongs to; reviews made from it are synced only to that account. */
  userId: string;
  generatedAt: string;
  /** Cards due after this are not in the pack. */
  horizon: string;
  cards: OfflineCard[];
};

function renderContent(content: FlashcardContent | MistakeContent): FlashcardContent | MistakeContent {
  if (content.kind === "flashcard") return { ...content, front: markdownToHtml(content.front), back: markdownToHtml(content.back) };
  return {
    ...content,
    stem: markdownToHtml(content.stem),
    options: content.options?.map((o) => ({ ...o, text: markdownToHtml(o.text, { inline: true }) })) ?? null,
    workedSolution: markdownToHtml(content.workedSolution),
    markingPoints: content.markingPoints.map((p) => ({ ...p, text: markdownToHtml(p.text, { inline: true }) })),
    part: content.part && { ...content.part, context: markdownToHtml(content.part.context) },
  };
}

const offlineCard = (item: Pick<QueueItem, "key" | "ref" | "isNew" | "topic" | "content">, due: Date | null): OfflineCard => ({
  key: item.key,
  ref: item.ref,
  label: cardLabel(item),
  due: due?.toISOString() ?? null,
  content: renderContent(item.content),
});

/**
 * What a device keeps for reviewing offline: today's queue (due cards, mistakes and today's share of new
 * cards, as the flashcards page would serve them) and the cards falling due in the next OFFLINE_PACK_DAYS.
 */
export async function loadOfflinePack(userId: string, now = new Date()): Promise<OfflinePack> {
  const horizon = new Date(now.getTime() + OFFLINE_PACK_DAYS * 86_400_000);
  const [today, enrolments] = await Promise.all([
    getReviewQueue(userId, { now, limit: MAX_QUEUE_LIMIT }),
    db.$primary().enrolment.findMany({ where: { userId }, select: { courseId: true } }),
  ]);
  const ahead = enrolments.length
    ? await loadDueCards(
        userId,
        enrolments.map((e) => e.courseId),
        { now, dayEnd: horizon, limit: OFFLINE_PACK_LIMIT, order: "due" },
      )
    : [];
  const cards = today.due.map((item) => offlineCard(item, item.schedule?.due ?? null));
  const seen = new Set(cards.map((c) => c.key));
  for (const card of ahead) {
    const key = `state:${card.cardStateId}`;
    if (seen.has(key) || cards.length >= OFFLINE_PACK_LIMIT) continue;
    cards.push(offlineCard({ key, ref: { cardStateId: card.cardStateId }, isNew: false, topic: card.topic, content: card.content }, card.schedule.due));
  }
  return { userId, generatedAt: now.toISOString(), horizon: horizon.toISOString(), cards };
}
