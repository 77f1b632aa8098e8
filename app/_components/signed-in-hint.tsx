"use client";

import { useEffect, useSyncExternalStore } from "react";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/signed-in-hint";

const hasHint = () => document.cookie.split("; ").some((c) => c === `${SIGNED_IN_HINT_COOKIE}=1`);
const noSubscription = () => () => undefined;

/** Whether this browser has a session, by the hint cookie (lib/auth/signed-in-hint.ts); false while server rendering. */
export function useSignedInHint(): boolean {
  return useSyncExternalStore(noSubscription, hasHint, () => false);
}

/** The session is gone (a private endpoint answered 401): public pages go back to showing Sign in. */
export function forgetSignedInHint() {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; path=/; max-age=0; samesite=lax`;
}

/**
 * Rendered only on signed-in pages: whichever way the visitor signed in (password, Google, sign-up), the
 * first page after it marks the browser. Thirty days, renewed on every signed-in page; sign-out clears it.
 */
export function MarkSignedIn() {
  useEffect(() => {
    const secure = location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${SIGNED_IN_HINT_COOKIE}=1; path=/; max-age=${30 * 86_400}; samesite=lax${secure}`;
  }, []);
  return null;
}
