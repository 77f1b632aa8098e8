"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { CharacterCounter } from "@/app/_components/ui/character-counter";
import { buttonClass } from "@/app/_components/ui/button";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import { callApi } from "@/lib/http/call-api";

type Props = { questionId: string; seed: number; type: "NUMERIC" | "WRITTEN"; unit: string | null; unitRequired: boolean };

/**
 * The answer box of a variant. Unlike a practice set there is no draft to keep (a variant is one quick
 * try); submitting marks it, then the page re-renders on the server with the result for this attempt.
 */
export function VariantAnswerForm({ questionId, seed, type, unit, unitRequired }: Props) {
  const router = useRouter();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const startedAt = useRef(0);

  useEffect(() => {
    startedAt.current = Date.now();
  }, [seed]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) {
      setError("Type your answer first.");
      return;
    }
    setSubmitting(true);
    const answer = type === "NUMERIC" ? { type, value } : { type, text: value };
    const sent = await callApi<{ attemptId: string }>(
      `/api/v1/questions/${questionId}/variants`,
      { method: "POST", json: { seed, answer, timeSpentMs: Math.max(0, Date.now() - startedAt.current) } },
      "Your answer could not be sent. Check your connection and try again.",
    );
    if (!sent.ok) {
      setError(sent.message);
      setSubmitting(false);
      return;
    }
    router.replace(`/practice/variants/${questionId}?seed=${seed}&attempt=${sent.data.attemptId}`, { scroll: false });
  }

  const input =
    "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";
  const described = [error ? "answer-error" : null, unit && type === "NUMERIC" ? "answer-unit" : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="answer" className="block text-sm font-medium text-slate-800">
          Your answer
        </label>
        {type === "NUMERIC" ? (
          <input
            id="answer"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => (setValue(e.target.value), setError(undefined))}
            aria-describedby={described}
            aria-invalid={error ? true : undefined}
            className={`${input} max-w-xs`}
          />
        ) : (
          <>
            <textarea
              id="answer"
              rows={6}
              value={value}
              maxLength={MAX_WRITTEN_ANSWER_LENGTH}
              onChange={(e) => (setValue(e.target.value), setError(undefined))}
              aria-describedby={[described, "answer-length"].filter(Boolean).join(" ")}
              aria-invalid={error ? true : undefined}
              className={input}
            />
            <CharacterCounter id="answer-length" length={value.length} max={MAX_WRITTEN_ANSWER_LENGTH} />
          </>
        )}
        {unit && type === "NUMERIC" && (
          <p id="answer-unit" className="mt-1 text-sm text-slate-600">
            Give your answer in {unit}
            {unitRequired ? ", and write the unit after the number: it earns a mark" : ""}.
          </p>
        )}
      </div>
      {error && (
        <p id="answer-error" role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={submitting} className={buttonClass({ size: "lg" })}>
        {submitting ? "Marking…" : "Submit answer"}
      </button>
    </form>
  );
}
