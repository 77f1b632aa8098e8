"use client";

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { CharacterCounter } from "@/app/_components/ui/character-counter";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import { useRouter } from "next/navigation";
import type { DraftAnswer } from "@/lib/practice/practice-input";
import { callApi } from "@/lib/http/call-api";
import { buttonClass } from "@/app/_components/ui/button";

type Props = {
  sessionId: string;
  questionId: string;
  index: number;
  type: DraftAnswer["type"];
  /** MCQ options with their text already rendered on the server (Markdown + KaTeX). */
  options: { id: string; label: ReactNode }[];
  unit: string | null;
  unitRequired?: boolean;
  initialDraft: DraftAnswer | null;
};

type SaveState = "idle" | "saving" | "saved" | "failed";
const AUTOSAVE_MS = 800;

const emptyAnswer = (type: DraftAnswer["type"]): DraftAnswer =>
  type === "MCQ" ? { type, optionId: "" } : type === "NUMERIC" ? { type, value: "" } : { type, text: "" };
const isBlank = (a: DraftAnswer) => (a.type === "MCQ" ? !a.optionId : a.type === "NUMERIC" ? !a.value.trim() : !a.text.trim());

/**
 * The answer box of the player. Drafts autosave (debounced) through the draft API and come back from the
 * server after a reload; submitting marks the answer, then the page re-renders on the server with the
 * result, the markscheme and the worked solution (KaTeX stays on the server).
 */
export function AnswerForm({ sessionId, questionId, index, type, options, unit, unitRequired, initialDraft }: Props) {
  const router = useRouter();
  const [answer, setAnswer] = useState<DraftAnswer>(initialDraft?.type === type ? initialDraft : emptyAnswer(type));
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<DraftAnswer | null>(null);
  const startedAt = useRef(0);

  const draftRequest = (draft: DraftAnswer, keepalive = false) =>
    fetch(`/api/v1/practice/${sessionId}/draft`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ questionId, answer: draft }),
      keepalive,
    });

  useEffect(() => {
    startedAt.current = Date.now();
    // Leaving the page within the debounce window must not lose the last keystrokes.
    const flush = () => {
      if (!pending.current) return;
      clearTimeout(timer.current);
      void draftRequest(pending.current, true);
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one listener per question; draftRequest only closes over props.
  }, [sessionId, questionId]);

  function change(next: DraftAnswer) {
    setAnswer(next);
    setError(undefined);
    setSaveState("idle");
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      pending.current = null;
      setSaveState("saving");
      const res = await draftRequest(next).catch(() => null);
      setSaveState(res?.ok ? "saved" : "failed");
    }, AUTOSAVE_MS);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (isBlank(answer)) {
      setError(type === "MCQ" ? "Choose one of the options." : "Type your answer first.");
      return;
    }
    clearTimeout(timer.current);
    pending.current = null;
    setSubmitting(true);
    const sent = await callApi(
      `/api/v1/practice/${sessionId}/answers`,
      { method: "POST", json: { questionId, answer, timeSpentMs: Math.max(0, Date.now() - startedAt.current) } },
      "Your answer could not be sent. Check your connection and try again.",
    );
    if (!sent.ok) {
      setError(sent.message);
      setSubmitting(false);
      return;
    }
    // The answered state (marks, markscheme, solution) is rendered by the server component.
    router.replace(`/practice/${sessionId}?q=${index}`, { scroll: false });
  }

  const described = [error ? "answer-error" : null, unit && type === "NUMERIC" ? "answer-unit" : null].filter(Boolean).join(" ") || undefined;
  const input =
    "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      {answer.type === "MCQ" ? (
        <fieldset aria-describedby={described}>
          <legend className="text-sm font-medium text-slate-800">Your answer</legend>
          <div className="mt-2 space-y-2">
            {options.map((o) => (
              <label
                key={o.id}
                className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50"
              >
                <input
                  type="radio"
                  name="optionId"
                  value={o.id}
                  checked={answer.optionId === o.id}
                  onChange={() => change({ type: "MCQ", optionId: o.id })}
                  className="mt-1"
                />
                <span className="font-semibold">{o.id}</span>
                <span className="min-w-0 flex-1">{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <div>
          <label htmlFor="answer" className="block text-sm font-medium text-slate-800">
            Your answer
          </label>
          {answer.type === "NUMERIC" ? (
            <input
              id="answer"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={answer.value}
              onChange={(e) => change({ type: "NUMERIC", value: e.target.value })}
              aria-describedby={described}
              aria-invalid={error ? true : undefined}
              className={`${input} max-w-xs`}
            />
          ) : (
            <>
              <textarea
                id="answer"
                rows={8}
                value={answer.text}
                maxLength={MAX_WRITTEN_ANSWER_LENGTH}
                onChange={(e) => change({ type: "WRITTEN", text: e.target.value })}
                aria-describedby={[described, "answer-length"].filter(Boolean).join(" ")}
                aria-invalid={error ? true : undefined}
                className={input}
              />
              <CharacterCounter id="answer-length" length={answer.text.length} max={MAX_WRITTEN_ANSWER_LENGTH} />
            </>
          )}
          {unit && type === "NUMERIC" && (
            <p id="answer-unit" className="mt-1 text-sm text-slate-600">
              Give your answer in {unit}
              {unitRequired ? ", and write the unit after the number: it earns a mark" : ""}.
            </p>
          )}
        </div>
      )}
      {error && (
        <p id="answer-error" role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={submitting} className={buttonClass({ size: "lg" })}>
          {submitting ? "Marking…" : "Submit answer"}
        </button>
        <p role="status" className="text-sm text-slate-600">
          {saveState === "saving" ? "Saving…" : saveState === "saved" ? "Saved" : saveState === "failed" ? "Not saved: check your connection" : ""}
        </p>
      </div>
    </form>
  );
}
