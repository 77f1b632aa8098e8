import type { Metadata } from "next";
import { buttonClass } from "@/app/_components/ui/button";
import { RetryButton } from "@/app/_components/offline/retry-button";

export const metadata: Metadata = { title: "You are offline", robots: { index: false } };

// The same for everyone, so the service worker (public/sw.js) can keep it and show it for any page that
// cannot be reached. Plain links: offline, a client-side navigation would fail anyway.
export const dynamic = "force-static";

export default function OfflinePage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center px-4 py-20 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">No connection</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">You are offline</h1>
      <p className="mt-3 text-slate-700">
        This page needs a connection. Your flashcards work without one: the cards due in the next few days are kept on this device whenever you open Flashcards
        online.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <a href="/offline/flashcards" className={buttonClass()}>
          Review flashcards offline
        </a>
        <RetryButton />
      </div>
    </div>
  );
}
