"use client";

import { useState } from "react";
import { callApi } from "@/lib/http/call-api";

/**
 * Bookmarks a question through the API and keeps its own state, so the list (read from a replica that may
 * lag a moment) never shows the old state after a click. Sends the wanted state (PUT/DELETE), which the
 * API treats idempotently: a double click cannot end up inverted.
 */
export function BookmarkButton({ questionId, initial }: { questionId: string; initial: boolean }) {
  const [bookmarked, setBookmarked] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = async () => {
    const next = !bookmarked;
    setPending(true);
    setError(null);
    setBookmarked(next);
    const saved = await callApi(`/api/v1/bookmarks/${questionId}`, { method: next ? "PUT" : "DELETE" }, "Could not save the bookmark. Check your connection.");
    if (!saved.ok) {
      setBookmarked(!next);
      setError(saved.message);
    }
    setPending(false);
  };

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        aria-pressed={bookmarked}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:border-brand-600 hover:text-brand-700 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-none disabled:opacity-60 aria-pressed:border-brand-600 aria-pressed:bg-brand-50 aria-pressed:text-brand-900"
      >
        <span aria-hidden="true">{bookmarked ? "★ " : "☆ "}</span>
        {bookmarked ? "Bookmarked" : "Bookmark"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
