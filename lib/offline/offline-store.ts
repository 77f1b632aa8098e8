import { createStore, del, get, set, update } from "idb-keyval";
import type { OfflinePack } from "@/lib/flashcards/offline-pack";
import type { CardRef } from "@/lib/flashcards/queue-item";

/** A review made on this device, kept until the server has given it a final outcome. */
export type PendingReview = {
  /** Made when the review was made; sent with every retry, so the server counts it once. */
  id: string;
  /** The account it was made in: never synced into another. */
  userId: string;
  /** The pack card it rated (OfflineCard.key), so the offline page does not serve it again. */
  cardKey: string;
  card: CardRef;
  rating: 1 | 2 | 3 | 4;
  reviewedAt: string;
  /** The pack's generatedAt: the card's schedule as of then is what was reviewed. */
  seenAt: string;
};

// Browser-only (IndexedDB). One database for the offline flashcards: the pack last fetched and the reviews
// waiting to be sent. Each key is written whole, inside one IndexedDB transaction, so two tabs cannot
// interleave half-updates of the outbox.
const store = () => createStore("ib-revise-offline", "kv");
const PACK = "pack";
const OUTBOX = "outbox";

export const readPack = () => get<OfflinePack>(PACK, store());
export const savePack = (pack: OfflinePack) => set(PACK, pack, store());
/** On sign-out: the cards (and the mistakes among them) are the account's, the device may be shared. */
export const forgetPack = () => del(PACK, store());

export const readOutbox = async () => (await get<PendingReview[]>(OUTBOX, store())) ?? [];
export const addToOutbox = (review: PendingReview) => update<PendingReview[]>(OUTBOX, (reviews = []) => [...reviews, review], store());
/** Drops the reviews the server has answered for; ones made meanwhile stay. */
export const removeFromOutbox = (ids: Set<string>) => update<PendingReview[]>(OUTBOX, (reviews = []) => reviews.filter((r) => !ids.has(r.id)), store());
