"use client";

import { useLinkStatus } from "next/link";

/**
 * A bar under a nav link while the page it opens is on its way: the signed-in pages stream no loading
 * skeleton (it cost their first paint on a phone), so the tapped link itself says the tap was taken.
 * Absolutely placed, so showing it moves nothing.
 */
export function NavPendingHint() {
  const { pending } = useLinkStatus();
  return <span aria-hidden="true" hidden={!pending} className="absolute inset-x-0 -bottom-1 h-0.5 animate-pulse rounded bg-brand-600" />;
}
