"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { MockAnswer } from "@/lib/mocks/mock-input";
import { AnswerField, type PlayerQuestion } from "./answer-field";
import { useMockAutosave } from "./use-mock-autosave";
import { callApi } from "@/lib/http/call-api";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

type Props = { mockId: string; deadlineAt: string; serverNow: string; questions: PlayerQuestion[]; initialAnswers: Record<string, MockAnswer> };
type Phase = "answering" | "confirming" | "submitting" | "failed";

function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * The exam player. The server owns the clock: the countdown runs from the stored deadline, shifted by
 * the offset between the server's clock (serverNow) and this device's, and the server refuses answers
 * after the deadline whatever this shows. Answers are autosaved (typing debounced, one save at a time
 * per question, so saves cannot land out of order); at zero the paper is submitted and the page
 * re-rendered with the result.
 */
export function MockPlayer({ mockId, deadlineAt, serverNow, questions, initialAnswers }: Props) {
  const router = useRouter();
  const deadline = Date.parse(deadlineAt);
  const [remaining, setRemaining] = useState(() => Math.max(0, deadline - Date.parse(serverNow)));
  const [phase, setPhase] = useState<Phase>("answering");
  const [submitError, setSubmitError] = useState<string | null>(null);

  const finishing = useRef(false);
  const finishRef = useRef<(auto: boolean) => Promise<void>>(async () => {});
  // The clock running out submits once; after a failure the student retries with the button.
  const autoSubmitted = useRef(false);
  const autoSubmit = useCallback(() => {
    if (autoSubmitted.current) return;
    autoSubmitted.current = true;
    void finishRef.current(true);
  }, []);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [questionTypes] = useState(() => Object.fromEntries(questions.map((q) => [q.id, q.type])));
  const { answers, change, flush, unsaved, saveError, savedOnce, forget } = useMockAutosave({ mockId, initialAnswers, questionTypes, onTimeUp: autoSubmit });

  const finish = useCallback(
    async (auto: boolean) => {
      if (finishing.current) return;
      finishing.current = true;
      setPhase("submitting");
      setSubmitError(null);
      await flush();
      const submitted = await callApi(
        `/api/v1/mocks/${mockId}/submit${auto ? "?auto=true" : ""}`,
        { method: "POST" },
        "Your paper could not be submitted: check your connection.",
      );
      if (submitted.ok) {
        forget();
        router.refresh();
      } else {
        finishing.current = false;
        setPhase("failed");
        setSubmitError(submitted.message);
      }
    },
    [flush, forget, mockId, router],
  );

  useEffect(() => {
    finishRef.current = finish;
  }, [finish]);

  useEffect(() => {
    const offset = Date.parse(serverNow) - Date.now();
    const id = setInterval(() => {
      const left = Math.max(0, deadline - (Date.now() + offset));
      setRemaining(left);
      if (left === 0) autoSubmit();
    }, 250);
    return () => clearInterval(id);
  }, [deadline, serverNow, autoSubmit]);

  useEffect(() => {
    if (phase === "confirming") confirmButton.current?.focus();
  }, [phase]);

  const closed = phase === "submitting" || remaining === 0;
  const unanswered = questions.filter((q) => !answers[q.id]).length;
  // "Saved" only when the server has confirmed the latest version of every answer.
  const status = phase === "submitting" ? "Submitting your paper…" : saveError ? saveError : unsaved > 0 ? "Saving…" : savedOnce ? "Saved" : "";

  return (
    <>
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
        <p className="flex items-baseline gap-2">
          <span className="text-sm text-slate-600" aria-hidden="true">
            Time remaining
          </span>
          <span
            role="timer"
            aria-label="Time remaining"
            className={`font-mono text-2xl font-semibold tabular-nums ${remaining < 60_000 ? "text-red-700" : ""}`}
          >
            {formatRemaining(remaining)}
          </span>
        </p>
        <p role="status" className={`min-h-5 flex-1 text-sm ${saveError && phase !== "submitting" ? "text-red-700" : "text-slate-600"}`}>
          {status}
        </p>
        {phase === "confirming" ? (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-labelledby="confirm-submit">
            <p id="confirm-submit" className="text-sm font-medium">
              Submit now? {unanswered ? `${unanswered} unanswered. ` : ""}You cannot change answers afterwards.
            </p>
            <button ref={confirmButton} type="button" onClick={() => void finish(false)} className={buttonClass()}>
              Yes, submit paper
            </button>
            <button type="button" onClick={() => setPhase("answering")} className={buttonClass({ variant: "secondary" })}>
              Keep working
            </button>
          </div>
        ) : (
          <button
            type="button"
            disabled={phase === "submitting"}
            onClick={() => (phase === "failed" ? void finish(remaining === 0) : setPhase("confirming"))}
            className={buttonClass()}
          >
            {phase === "failed" ? "Try submitting again" : "Submit paper"}
          </button>
        )}
      </div>
      {submitError && (
        <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {submitError}
        </p>
      )}
      <ol className="mt-6 space-y-6">
        {questions.map((q) => (
          <li key={q.id} className={cardClass("p-5")}>
            <h2 className="flex justify-between gap-4 font-semibold">
              <span>Question {q.number}</span>
              <span className="text-sm font-normal text-slate-600">
                [{q.marks} {q.marks === 1 ? "mark" : "marks"}]
              </span>
            </h2>
            <div className="mt-2">{q.stem}</div>
            <AnswerField
              question={q}
              answer={answers[q.id]}
              disabled={closed}
              onChange={(answer, delay) => change(q.id, answer, delay)}
              onBlur={() => {
                if (unsaved > 0) void flush();
              }}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
