import type { Metadata } from "next";
import { OfflineReview } from "./_components/offline-review";
import "katex/dist/katex.min.css";

export const metadata: Metadata = { title: "Flashcards offline", robots: { index: false } };

// A shell with no one's data in it, kept by the service worker: the cards come from this device's IndexedDB.
export const dynamic = "force-static";

export default function OfflineFlashcardsPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Flashcards offline</h1>
      <p className="mt-2 text-slate-700">
        The cards kept on this device. Your reviews are saved here and sent when you are back online, each one once, with the time you made it.
      </p>
      <OfflineReview />
    </div>
  );
}
