"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { TutorIntent } from "@/lib/tutor/tutor-input";
import type { TutorMode } from "@/lib/tutor/tutor-grounding";
import { NOTE_PRACTICE_WORDING } from "@/lib/tutor/note-tutor-wording";
import { stepWording } from "@/lib/tutor/worked-solution-steps";
import { RichText } from "@/app/_components/rich-text";
import { Button } from "@/app/_components/ui/button";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { cardClass } from "@/app/_components/ui/card";
import { TutorAllowance } from "./tutor-allowance";
import { TutorComposer } from "./tutor-composer";
import { TutorMessage } from "./tutor-message";
import { TutorStepPicker } from "./tutor-step-picker";
import { useTutorConversation, type TutorAsk } from "./use-tutor-conversation";

// The quick actions, as the student reads them and as the thread shows their question, in the modes
// that offer them. "Hint" and "Explain it more simply" are questions in words (the API's "ask"); the
// others are the API's intents.
const quickActions: { key: string; intent: TutorIntent; label: string; message?: string; modes: TutorMode[] }[] = [
  { key: "hint", intent: "ask", label: "Hint", message: "Give me a hint for the next step.", modes: ["hint"] },
  { key: "why", intent: "why-lost-mark", label: "Why did I lose marks?", modes: ["after-marking"] },
  { key: "explain", intent: "explain-step", label: "Explain this step", modes: ["after-marking"] },
  { key: "similar", intent: "similar-question", label: "Give me a similar question", modes: ["hint", "after-marking"] },
  { key: "simpler", intent: "ask", label: "Explain it more simply", message: "Explain this topic more simply, with an example.", modes: ["note"] },
  { key: "practice", intent: "similar-question", label: "Give me a practice question", message: NOTE_PRACTICE_WORDING, modes: ["note"] },
];

const modeIntro: Record<TutorMode, string> = {
  hint: "Hints only until your answer is marked: the tutor will not give the answer away.",
  "after-marking": "Your answer is marked: ask why marks were lost or about any step.",
  note: "Ask about anything in this note, or for a practice question on the topic.",
};

/**
 * The tutor beside a question: loaded only when a student opens it (tutor-launcher.tsx), so Markdown,
 * KaTeX and the streaming code never weigh on a page's first load. The finished answer is announced
 * once through a polite live region; the tokens as they stream are not (they would talk over everything).
 */
export default function TutorPanel({ path, markedKey, maxChars, signInHref }: { path: string; markedKey: string; maxChars: number; signInHref?: string }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { thread, turns, loadError, failure, streaming, finished, ask, stop, remove, reload } = useTutorConversation(path, markedKey);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const [pickingStep, setPickingStep] = useState(false);

  // Opening moves focus into the panel, so keyboard and screen-reader users land where the tutor is.
  useEffect(() => headingRef.current?.focus(), []);

  const send = (input: TutorAsk, shown: string) => {
    setPickingStep(false);
    void ask(input, shown);
  };
  const steps = thread?.steps ?? [];
  const intents = thread?.intents ?? [];
  const actions = thread ? quickActions.filter((a) => intents.includes(a.intent) && a.modes.includes(thread.mode)) : [];

  return (
    <section aria-labelledby={`${id}-heading`} className={cardClass("mt-3 p-4")}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Tutor
      </h2>
      {thread && (
        <p className="mt-1 text-sm text-slate-600">
          {modeIntro[thread.mode]}
          {thread.allowance && <TutorAllowance allowance={thread.allowance} />}
        </p>
      )}
      {loadError &&
        (loadError.status === 401 && signInHref ? (
          // A visitor on a public note: the tutor is there once they sign in.
          <p className="mt-3 text-slate-700">
            The tutor is for signed-in students.{" "}
            <a href={signInHref} className="font-medium text-brand-700 underline">
              Sign in to ask it
            </a>
          </p>
        ) : (
          <div className="mt-3 space-y-2">
            <FormAlert message={loadError.message} />
            <Button variant="secondary" size="sm" onClick={() => void reload()}>
              Try again
            </Button>
          </div>
        ))}
      {!thread && !loadError && <p className="mt-3 text-slate-600">Opening the conversation…</p>}

      {turns.length > 0 && (
        <ol aria-label="Conversation with the tutor" className="mt-3 max-h-[60vh] space-y-3 overflow-y-auto overscroll-contain">
          {turns.map((turn) => (
            <TutorMessage key={turn.id} turn={turn} />
          ))}
        </ol>
      )}
      <div aria-live="polite" className="sr-only">
        {finished && finished.content && (
          <>
            <p>The tutor answered:</p>
            <RichText source={finished.content} />
          </>
        )}
      </div>

      {failure && (
        <div className="mt-3 space-y-2">
          <FormAlert message={failure.error.message} />
          {failure.error.code !== "needs_marking" && failure.error.code !== "in_running_mock" && (
            <Button
              variant="secondary"
              size="sm"
              disabled={streaming}
              onClick={() => send(failure.retry, failure.retry.message || labelOf(failure.retry.intent))}
            >
              Retry
            </Button>
          )}
        </div>
      )}

      {thread && (
        <>
          {actions.length > 0 && (
            <div role="group" aria-label="Quick questions" className="mt-3 flex flex-wrap gap-2">
              {actions.map((a) => (
                <Button
                  key={a.key}
                  variant="secondary"
                  size="sm"
                  disabled={streaming}
                  aria-expanded={a.intent === "explain-step" && steps.length > 1 ? pickingStep : undefined}
                  onClick={() =>
                    // With more than one step the student says which; with one there is nothing to choose.
                    a.intent === "explain-step" && steps.length > 1
                      ? setPickingStep((open) => !open)
                      : a.intent === "explain-step" && steps.length === 1
                        ? send({ intent: a.intent, step: 1 }, stepWording(1))
                        : send({ intent: a.intent, ...(a.message ? { message: a.message } : {}) }, a.message ?? a.label)
                  }
                >
                  {a.label}
                </Button>
              ))}
            </div>
          )}
          {pickingStep && (
            <TutorStepPicker
              id={id}
              steps={steps}
              disabled={streaming}
              onPick={(step) => send({ intent: "explain-step", step }, stepWording(step))}
              onCancel={() => setPickingStep(false)}
            />
          )}
          {intents.includes("ask") && (
            <TutorComposer id={id} maxChars={maxChars} streaming={streaming} onSend={(message) => send({ intent: "ask", message }, message)} onStop={stop} />
          )}
          {turns.length > 0 && !streaming && (
            <div className="mt-3 border-t border-slate-200 pt-3">
              {confirmDelete ? (
                <div role="group" aria-label="Delete this conversation?" className="flex flex-wrap items-center gap-2">
                  <span className="text-sm">Delete this conversation for good?</span>
                  <Button
                    variant="danger"
                    size="sm"
                    onClick={async () => {
                      const error = await remove();
                      setDeleteError(error?.message);
                      setConfirmDelete(false);
                      headingRef.current?.focus();
                    }}
                  >
                    Delete
                  </Button>
                  <Button variant="secondary" size="sm" onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </Button>
                </div>
              ) : (
                <Button variant="secondary" size="sm" onClick={() => setConfirmDelete(true)}>
                  Delete conversation
                </Button>
              )}
            </div>
          )}
          {deleteError && (
            <div className="mt-2">
              <FormAlert message={deleteError} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function labelOf(intent: TutorIntent): string {
  return quickActions.find((a) => a.intent === intent)?.label ?? "Ask again";
}
