import type { OfflinePack } from "@/lib/flashcards/offline-pack";
import { readOutbox, removeFromOutbox, savePack, type PendingReview } from "@/lib/offline/offline-store";

export type SyncReport =
  | { status: "nothing-to-send" }
  | { status: "sent"; applied: number; answered: number; waiting: number }
  /** Kept for later: offline, signed out, signed in as someone else, or the server failed. */
  | { status: "kept"; reason: "offline" | "signed-out" | "other-account" | "server"; waiting: number };

type SyncResponse = { results: { id: string; outcome: "applied" | "duplicate" | "superseded" | "rejected" }[] };

/** One sync at a time in this tab; another tab's overlapping sync is harmless (the server counts each id once). */
let running: Promise<SyncReport> | null = null;

/**
 * Sends the reviews made offline, in the order they were made, in chunks the API accepts. A review leaves the
 * outbox only when the server has answered for it (applied, already stored, superseded by a later review on
 * another device, or refused for good); anything else leaves it to send again.
 */
export function syncOutbox(userId?: string): Promise<SyncReport> {
  running ??= send(userId).finally(() => (running = null));
  return running;
}

async function send(userId?: string): Promise<SyncReport> {
  const outbox = await readOutbox();
  if (!outbox.length) return { status: "nothing-to-send" };
  // Only the signed-in account's reviews; when it is not known yet, the oldest review's account, and the
  // server refuses the batch if that is not who is signed in.
  const owner = userId ?? outbox[0]!.userId;
  const mine = outbox.filter((r) => r.userId === owner).sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt));
  if (!mine.length) return { status: "kept", reason: "other-account", waiting: outbox.length };
  let applied = 0;
  let answered = 0;
  for (let i = 0; i < mine.length; i += 200) {
    const chunk = mine.slice(i, i + 200);
    const result = await post(owner, chunk);
    if ("reason" in result) return { status: "kept", reason: result.reason, waiting: outbox.length - answered };
    await removeFromOutbox(new Set(result.results.map((r) => r.id)));
    applied += result.results.filter((r) => r.outcome === "applied").length;
    answered += result.results.length;
  }
  return { status: "sent", applied, answered, waiting: outbox.length - answered };
}

async function post(userId: string, reviews: PendingReview[]): Promise<SyncResponse | { reason: "offline" | "signed-out" | "other-account" | "server" }> {
  let response: Response;
  try {
    response = await fetch("/api/v1/flashcards/offline-reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId, reviews: reviews.map(({ id, card, rating, reviewedAt, seenAt }) => ({ id, card, rating, reviewedAt, seenAt })) }),
    });
  } catch {
    return { reason: "offline" };
  }
  if (response.status === 401) return { reason: "signed-out" };
  if (response.status === 409) return { reason: "other-account" };
  if (!response.ok) return { reason: "server" };
  return (await response.json()) as SyncResponse;
}

/** Fetches the cards to keep for offline review; false when offline or signed out (the old pack stays). */
export async function refreshPack(): Promise<OfflinePack | null> {
  try {
    const response = await fetch("/api/v1/flashcards/offline-pack", { headers: { accept: "application/json" } });
    if (!response.ok) return null;
    const pack = (await response.json()) as OfflinePack;
    await savePack(pack);
    return pack;
  } catch {
    return null;
  }
}
