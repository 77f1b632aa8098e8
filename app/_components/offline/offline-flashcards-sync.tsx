"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { readPack } from "@/lib/offline/offline-store";
import { refreshPack, syncOutbox } from "@/lib/offline/sync-outbox";

/** A pack older than this is fetched again on a signed-in page; on the flashcards page sooner. */
const PACK_MAX_AGE_MS = 30 * 60_000;
const PACK_MAX_AGE_ON_FLASHCARDS_MS = 60_000;

/**
 * On signed-in pages: sends reviews made offline as soon as there is a connection (then shows the pages
 * with them counted), and keeps this device's pack of cards for offline review fresh enough. Runs when the
 * browser is idle, after the page itself.
 */
export function OfflineFlashcardsSync({ userId }: { userId: string }) {
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    let cancelled = false;
    const run = async () => {
      const report = await syncOutbox(userId);
      if (cancelled) return;
      if (report.status === "sent" && report.applied > 0) router.refresh();
      const pack = await readPack();
      const maxAge = pathname.startsWith("/flashcards") ? PACK_MAX_AGE_ON_FLASHCARDS_MS : PACK_MAX_AGE_MS;
      const stale = !pack || pack.userId !== userId || Date.now() - Date.parse(pack.generatedAt) > maxAge || report.status === "sent";
      if (stale && !cancelled) await refreshPack();
    };
    const start = () => void run().catch(() => undefined);
    const idle = window.requestIdleCallback ? window.requestIdleCallback(start, { timeout: 3000 }) : window.setTimeout(start, 500);
    window.addEventListener("online", start);
    return () => {
      cancelled = true;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener("online", start);
    };
  }, [userId, pathname, router]);
  return null;
}
