"use client";

import { useEffect } from "react";

/**
 * After signing out: the cards kept for offline review (the student's mistakes among them) leave this
 * device, which may be shared. Reviews not yet sent stay, tied to their account, until it signs in again.
 */
export function ForgetOfflinePack() {
  useEffect(() => {
    void import("@/lib/offline/offline-store").then(({ forgetPack }) => forgetPack()).catch(() => undefined);
  }, []);
  return null;
}
