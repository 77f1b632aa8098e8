import { readPack } from "@/lib/offline/offline-store";
import { refreshPack, syncOutbox } from "@/lib/offline/sync-outbox";

/** A pack older than this is fetched again on a signed-in page; on the flashcards page sooner. */
const PACK_MAX_AGE_MS = 30 * 60_000;
const PACK_MAX_AGE_ON_FLASHCARDS_MS = 60_000;

/**
 * Sends the reviews made offline, then fetches a new pack if this device's is missing, another account's,
 * stale, or just made stale by the reviews sent. True when reviews were counted (the page should re-render).
 */
export async function keepOfflinePackFresh(userId: string, pathname: string): Promise<boolean> {
  const report = await syncOutbox(userId);
  const pack = await readPack();
  const maxAge = pathname.startsWith("/flashcards") ? PACK_MAX_AGE_ON_FLASHCARDS_MS : PACK_MAX_AGE_MS;
  const stale = !pack || pack.userId !== userId || Date.now() - Date.parse(pack.generatedAt) > maxAge || report.status === "sent";
  if (stale) await refreshPack();
  return report.status === "sent" && report.applied > 0;
}
