"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 5_000;
// A file that takes longer has probably failed or is queued behind others: stop polling, the email follows.
const GIVE_UP_AFTER_MS = 3 * 60_000;

/** Re-renders the page every few seconds while a file is being made, so it turns into a link by itself. */
export function RefreshWhilePending({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_AFTER_MS) clearInterval(timer);
      else router.refresh();
    }, INTERVAL_MS);
    return () => clearInterval(timer);
  }, [pending, router]);
  return null;
}
