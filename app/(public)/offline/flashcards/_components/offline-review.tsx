"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/app/_components/ui/button";
import { useOnline } from "@/app/_components/offline/use-online";
import type { OfflineCard, OfflinePack } from "@/lib/flashcards/offline-pack";
import { addToOutbox, readOutbox, readPack, type PendingReview } from "@/lib/offline/offline-store";
import { refreshPack, syncOutbox, type SyncReport } from "@/lib/offline/sync-outbox";
import { CardBackLayout, CardFrontLayout } from "@/app/(student)/flashcards/_components/card-face-layout";
import { RATING_NAMES, ratingButtonClass, type Rating } from "@/app/(student)/flashcards/_components/rating-buttons";

type Loaded = { pack: OfflinePack | undefined; outbox: PendingReview[] };

const ratings = [1, 2, 3, 4] as const;

// The card text was rendered to HTML by the server (lib/rich-text/markdown-to-html.ts, which escapes any
// HTML in the content) when the pack was fetched; here it is only placed.
function HtmlRich({ source, inline = false, className = "" }: { source: string; inline?: boolean; className?: string }) {
  const Tag = inline ? "span" : "div";
  return <Tag className={`rich-text ${className}`} dangerouslySetInnerHTML={{ __html: source }} />;
}

/** Due by the end of the device's today (as the flashcards page counts in the student's day), or new. */
function dueCards(loaded: Loaded, now: Date): OfflineCard[] {
  if (!loaded.pack) return [];
  const reviewed = new Set(loaded.outbox.map((r) => r.cardKey));
  const endOfToday = new Date(now);
  endOfToday.setHours(24, 0, 0, 0);
  return loaded.pack.cards.filter((card) => !reviewed.has(card.key) && (card.due === null || new Date(card.due) < endOfToday));
}

function syncMessage(report: SyncReport | null, waiting: number, online: boolean): string {
  if (report?.status === "kept" && report.reason === "signed-out") return `${waiting} reviews waiting: sign in to save them.`;
  if (report?.status === "kept" && report.reason === "other-account") return `${waiting} reviews were made in another account: sign in to it to save them.`;
  if (waiting) return online ? `${waiting} reviews waiting to be saved…` : `${waiting} reviews kept on this device: they are saved when you are back online.`;
  if (report?.status === "sent") return `All reviews saved (${report.applied} counted).`;
  return online ? "You are online: reviews are saved as you make them." : "You are offline: reviews are kept on this device until you are back online.";
}

const readDevice = async (): Promise<Loaded> => ({ pack: await readPack(), outbox: await readOutbox() });

/** Sends what is waiting; once reviews are counted, the cards' schedules changed, so the pack is fetched again. */
async function sendReviews(): Promise<SyncReport> {
  const result = await syncOutbox((await readPack())?.userId);
  if (result.status === "sent") await refreshPack();
  return result;
}

/**
 * Reviewing with no connection: the cards come from the pack this device keeps (lib/offline/), each review
 * goes into the outbox with its own id and time, and the outbox is sent whenever the connection is there.
 */
export function OfflineReview() {
  const online = useOnline();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [shown, setShown] = useState(false);
  // Bumped after each review: the device's store is read again, and sent if there is a connection.
  const [reviews, setReviews] = useState(0);

  useEffect(() => {
    let live = true;
    void readDevice().then((device) => live && setLoaded(device));
    return () => {
      live = false;
    };
  }, [reviews]);

  useEffect(() => {
    if (!online) return;
    let live = true;
    void sendReviews().then(async (result) => {
      if (!live) return;
      if (result.status !== "nothing-to-send") setReport(result);
      const device = await readDevice();
      if (live) setLoaded(device);
    });
    return () => {
      live = false;
    };
  }, [online, reviews]);

  async function rate(card: OfflineCard, rating: Rating) {
    const pack = loaded?.pack;
    if (!pack) return;
    await addToOutbox({
      id: crypto.randomUUID(),
      userId: pack.userId,
      cardKey: card.key,
      card: card.ref,
      rating,
      reviewedAt: new Date().toISOString(),
      seenAt: pack.generatedAt,
    });
    setShown(false);
    setReviews((n) => n + 1);
  }

  if (!loaded) return <p className="mt-8 text-slate-700">Loading the cards kept on this device…</p>;
  const waiting = loaded.outbox.length;
  const status = (
    <p role="status" className="mt-6 rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-800">
      {syncMessage(report, waiting, online)}
    </p>
  );
  if (!loaded.pack) {
    return (
      <>
        {status}
        <div className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-lg font-semibold">No cards kept on this device yet</p>
          <p className="mt-2 text-slate-700">Open Flashcards once while you are online and signed in: the cards due in the next few days are kept here.</p>
          <a href="/flashcards" className={buttonClass({ className: "mt-6" })}>
            Go to Flashcards
          </a>
        </div>
      </>
    );
  }

  const cards = dueCards(loaded, new Date());
  const card = cards[0];
  return (
    <>
      {status}
      <p className="mt-4 text-sm text-slate-700">
        {cards.length} {cards.length === 1 ? "card" : "cards"} to review · saved for offline{" "}
        {new Date(loaded.pack.generatedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
      </p>
      {card ? (
        <article key={card.key} aria-label={card.label} className="mt-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{card.label}</p>
          <div className="mt-4">
            <CardFrontLayout content={card.content} Rich={HtmlRich} />
          </div>
          <button
            type="button"
            aria-expanded={shown}
            aria-controls="offline-card-answer"
            onClick={() => setShown((s) => !s)}
            className={buttonClass({ className: "mt-6 w-full sm:w-auto" })}
          >
            {shown ? "Hide answer" : "Show answer"}
          </button>
          <div id="offline-card-answer" hidden={!shown} className="mt-6 border-t border-slate-200 pt-6">
            <CardBackLayout content={card.content} Rich={HtmlRich} />
            <fieldset className="mt-8">
              <legend className="text-sm font-medium text-slate-800">How well did you remember it?</legend>
              <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
                {ratings.map((rating) => (
                  <button key={rating} type="button" onClick={() => void rate(card, rating)} className={ratingButtonClass(rating)}>
                    {RATING_NAMES[rating]}
                  </button>
                ))}
              </div>
            </fieldset>
          </div>
        </article>
      ) : (
        <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="text-lg font-semibold">Nothing due on this device</p>
          <p className="mt-2 text-slate-700">
            {online ? "Back online: the flashcards page has your full queue." : "The cards kept here are done for today. More come due in the next few days."}
          </p>
          {online && (
            <a href="/flashcards" className={buttonClass({ className: "mt-6" })}>
              Go to Flashcards
            </a>
          )}
        </div>
      )}
    </>
  );
}
