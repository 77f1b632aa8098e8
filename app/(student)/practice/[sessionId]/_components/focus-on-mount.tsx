"use client";

import { useEffect } from "react";

/**
 * Moves keyboard and screen-reader focus to an element once it appears: after submitting, the answer
 * form is replaced by the result, and focus would otherwise fall back to the top of the page.
 */
export function FocusOnMount({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus({ preventScroll: false });
  }, [targetId]);
  return null;
}
