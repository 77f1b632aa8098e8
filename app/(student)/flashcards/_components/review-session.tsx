"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { rateCard, type RateCardState } from "../actions";
import { buttonClass } from "@/app/_components/ui/button";
import { ratingButtonClass, type Rating } from "./rating-buttons";

export type SessionCard = {
  /** Changes whenever a different card, or the same card after another review, is shown. */
  panelKey: string;
  cardKind: "flashcard" | "state";
  cardId: string;
  label: string;
  ratings: { rating: Rating; name: string; interval: string }[];
};

/**
 * The review loop on the client: reveal, rate, and — after the server action has stored the review and
 * re-rendered the page — the next card, with "Next review: …" for the card just rated. The card's faces
 * are rendered on the server and arrive as nodes.
 */
export function ReviewSession({ card, front, back, empty }: { card: SessionCard | null; front: ReactNode; back: ReactNode; empty: ReactNode }) {
  const [state, formAction, pending] = useActionState<RateCardState, FormData>(rateCard, {});
  return (
    <div className="mt-8 space-y-4">
      <p role="status" className="min-h-6 text-sm text-slate-700">
        {state.reviewed && `Next review: ${state.reviewed.dueText} (${state.reviewed.intervalText})`}
      </p>
      <FormAlert message={state.error} />
      {card ? (
        <CardPanel key={card.panelKey} card={card} front={front} back={back} formAction={formAction} pending={pending} focusOnMount={Boolean(state.reviewed)} />
      ) : (
        empty
      )}
    </div>
  );
}

function CardPanel({
  card,
  front,
  back,
  formAction,
  pending,
  focusOnMount,
}: {
  card: SessionCard;
  front: ReactNode;
  back: ReactNode;
  formAction: (formData: FormData) => void;
  pending: boolean;
  focusOnMount: boolean;
}) {
  const [shown, setShown] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // After a rating the pressed button is gone with its card; focus goes to the new card, not the page top.
  useEffect(() => {
    if (focusOnMount) toggleRef.current?.focus();
  }, [focusOnMount]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      if (event.key === " ") {
        // On a focused button or link, Space already does that control's job.
        if (target?.closest("button, a, summary")) return;
        event.preventDefault();
        setShown(true);
      } else if (shown && !pending && ["1", "2", "3", "4"].includes(event.key)) {
        const button = formRef.current?.querySelector<HTMLButtonElement>(`button[value="${event.key}"]`);
        if (!button) return;
        event.preventDefault();
        formRef.current?.requestSubmit(button);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shown, pending]);

  return (
    <article aria-label={card.label} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{card.label}</p>
      <div className="mt-4">{front}</div>

      <button
        ref={toggleRef}
        type="button"
        aria-expanded={shown}
        aria-controls="card-answer"
        aria-keyshortcuts="Space"
        onClick={() => setShown((s) => !s)}
        className={buttonClass({ className: "mt-6 w-full sm:w-auto" })}
      >
        {shown ? "Hide answer" : "Show answer"}{" "}
        <span aria-hidden="true" className="ml-1 text-xs font-normal">
          (Space)
        </span>
      </button>

      <div id="card-answer" hidden={!shown} className="mt-6 border-t border-slate-200 pt-6">
        {back}
        <form ref={formRef} action={formAction} className="mt-8">
          <input type="hidden" name="cardKind" value={card.cardKind} />
          <input type="hidden" name="cardId" value={card.cardId} />
          <fieldset disabled={pending}>
            <legend className="text-sm font-medium text-slate-800">How well did you remember it?</legend>
            <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {card.ratings.map((r) => (
                <button
                  key={r.rating}
                  type="submit"
                  name="rating"
                  value={r.rating}
                  aria-keyshortcuts={String(r.rating)}
                  className={ratingButtonClass(r.rating)}
                >
                  {r.name} · {r.interval}
                  <span aria-hidden="true" className="block text-xs font-normal text-slate-500">
                    key {r.rating}
                  </span>
                </button>
              ))}
            </div>
          </fieldset>
        </form>
      </div>
    </article>
  );
}
