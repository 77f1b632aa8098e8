"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * On signed-in pages: sends reviews made offline as soon as there is a connection (then shows the page
 * with them counted), and keeps this device's pack of cards for offline review fresh enough. Runs when the
 * browser is idle, after the page itself; its code (IndexedDB, the sync) is loaded only then, so it adds
 * nothing to a page's first load.
 */
export function OfflineFlashcardsSync({ userId }: { userId: string }) {
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    let cancelled = false;
    const run = async () => {
      const { keepOfflinePackFresh } = await import("@/lib/offline/keep-offline-pack-fresh");
      if (cancelled) return;
      if ((await keepOfflinePackFresh(userId, pathname)) && !cancelled) router.refresh();
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
