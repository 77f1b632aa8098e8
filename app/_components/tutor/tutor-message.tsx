import type { Route } from "next";
import Link from "next/link";
import { useDeferredValue } from "react";
import { RichText } from "@/app/_components/rich-text";
import type { TutorTurn } from "./use-tutor-conversation";

const statusNote: Partial<Record<TutorTurn["status"], string>> = {
  stopped: "You stopped this answer.",
  cut: "This answer was cut off.",
};

/**
 * One message of the thread. The tutor's answers are Markdown + LaTeX, drawn with the pipeline question
 * pages use (lib/rich-text/plugins.ts) while they stream: a half-written formula shows as red source for a
 * moment, then renders. The deferred text lets React skip renders when tokens come faster than it draws.
 */
export function TutorMessage({ turn }: { turn: TutorTurn }) {
  const content = useDeferredValue(turn.content);
  if (turn.role === "user")
    return (
      <li className="ml-8 rounded-lg bg-brand-50 px-3 py-2 text-slate-900">
        <span className="sr-only">You asked: </span>
        <p className="whitespace-pre-wrap break-words">{turn.content}</p>
      </li>
    );
  const streaming = turn.status === "streaming";
  return (
    <li className="mr-4 rounded-lg border border-slate-200 bg-white px-3 py-2" aria-busy={streaming || undefined}>
      <span className="sr-only">The tutor: </span>
      {content ? (
        <RichText source={content} className="min-w-0 overflow-x-auto break-words" />
      ) : (
        <p className="text-slate-600">{streaming ? "The tutor is thinking…" : ""}</p>
      )}
      {turn.variantHref && (
        <p className="mt-2">
          <Link href={turn.variantHref as Route} className="font-medium text-brand-700 underline">
            Answer the similar question
          </Link>
        </p>
      )}
      {(turn.note ?? statusNote[turn.status]) && <p className="mt-2 text-sm text-amber-800">{turn.note ?? statusNote[turn.status]}</p>}
    </li>
  );
}
