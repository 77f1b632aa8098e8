"use client";

import { useEffect } from "react";
import { buttonClass } from "@/app/_components/ui/button";

/**
 * What a student sees when a page throws: a plain apology, a retry (which fetches the segment again) and a
 * way home. The error itself was logged on the server; digest lets support find it there.
 */
export function ErrorPanel({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-slate-700">This page could not be shown just now. Your answers and progress are safe. Try again in a moment.</p>
      {error.digest && <p className="mt-2 text-xs text-slate-600">Reference: {error.digest}</p>}
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <button type="button" onClick={() => retry()} className={buttonClass()}>
          Try again
        </button>
        {/* A full load, not a client navigation: it leaves behind whatever state the failed page was in (and
            keeps the router's Link out of every error boundary's chunk). */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is the point here */}
        <a href="/" className={buttonClass({ variant: "secondary" })}>
          Go to the home page
        </a>
      </div>
    </div>
  );
}
