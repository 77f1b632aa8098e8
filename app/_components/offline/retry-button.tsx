"use client";

import { buttonClass } from "@/app/_components/ui/button";

/** Loads the page again: the one the student asked for, if the connection is back. */
export function RetryButton() {
  return (
    <button type="button" onClick={() => window.location.reload()} className={buttonClass({ variant: "secondary" })}>
      Try again
    </button>
  );
}
