"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TutorThreadView } from "@/lib/tutor/get-tutor-thread";
import type { TutorIntent } from "@/lib/tutor/tutor-input";
import type { TutorMessageView } from "@/lib/tutor/tutor-thread";
import { deleteTutorThread, loadTutorThread, sendTutorMessage, type TutorFailure } from "@/lib/tutor/tutor-client";

export type TutorTurn = {
  id: string;
  role: TutorMessageView["role"];
  content: string;
  status: TutorMessageView["status"] | "streaming";
  /** "Give me a similar question": where to answer the variant. */
  variantHref?: string;
  /** Said when an answer stopped part-way (the text so far stays above it). */
  note?: string;
};

export type TutorAsk = { message?: string; intent: TutorIntent; step?: number };

type Loaded = Omit<TutorThreadView, "messages">;

const summaryOf = (t: TutorThreadView): Loaded => ({ mode: t.mode, intents: t.intents, steps: t.steps, allowance: t.allowance });
const turnOf = (m: TutorMessageView): TutorTurn => ({ id: m.id, role: m.role, content: m.content, status: m.status });

/**
 * The panel's state: the thread reopened from the server, one answer streaming at a time, Stop, Retry
 * of the last refused or failed question, Delete. `markedKey` changes when the student's answer is
 * marked; the thread is read again then, so the mode and quick actions follow the server's.
 */
export function useTutorConversation(path: string, markedKey: string) {
  const [thread, setThread] = useState<Loaded | null>(null);
  const [turns, setTurns] = useState<TutorTurn[]>([]);
  const [loadError, setLoadError] = useState<TutorFailure | null>(null);
  const [failure, setFailure] = useState<{ error: TutorFailure; retry: TutorAsk } | null>(null);
  const [streaming, setStreaming] = useState(false);
  /** The finished answer, for the live region: announced once, not token by token. */
  const [finished, setFinished] = useState<TutorTurn | null>(null);
  const stopper = useRef<AbortController | null>(null);

  const apply = useCallback((result: Awaited<ReturnType<typeof loadTutorThread>>) => {
    if (!result.ok) return setLoadError(result);
    setLoadError(null);
    setThread(summaryOf(result.thread));
    setTurns(result.thread.messages.map(turnOf));
  }, []);

  const reload = useCallback(async () => apply(await loadTutorThread(path)), [apply, path]);

  useEffect(() => {
    const abort = new AbortController();
    // markedKey is a dependency on purpose: marking changes the mode, so the thread is read again.
    void loadTutorThread(path, abort.signal).then((result) => abort.signal.aborted || apply(result));
    return () => abort.abort();
  }, [apply, path, markedKey]);

  // Leaving the page (or closing the panel) stops an answer still streaming; the server keeps it as stopped.
  useEffect(() => () => stopper.current?.abort(), []);

  const ask = useCallback(
    async (input: TutorAsk, shown: string) => {
      if (stopper.current) return;
      const stop = new AbortController();
      stopper.current = stop;
      setFailure(null);
      setFinished(null);
      setStreaming(true);
      const answerId = `pending-${Date.now()}`;
      setTurns((t) => [
        ...t,
        { id: `${answerId}-q`, role: "user", content: shown, status: "complete" },
        { id: answerId, role: "assistant", content: "", status: "streaming" },
      ]);
      const patch = (change: (turn: TutorTurn) => TutorTurn) => setTurns((t) => t.map((turn) => (turn.id === answerId ? change(turn) : turn)));

      // The answer as it grows, kept here too so the finished one can be announced without reading state.
      let answer: TutorTurn = { id: answerId, role: "assistant", content: "", status: "streaming" };
      const result = await sendTutorMessage(path, input, {
        signal: stop.signal,
        onEvent: (event) => {
          if (event.type === "text") answer = { ...answer, content: answer.content + event.delta };
          else if (event.type === "variant") answer = { ...answer, variantHref: event.href };
          else if (event.type === "error") answer = { ...answer, note: event.message };
          else return;
          const current = answer;
          patch(() => current);
        },
      });
      stopper.current = null;
      setStreaming(false);
      if (!result.ok) {
        // Refused before any answer: the question comes off the thread (the server did not keep it) and
        // stays one click away.
        setTurns((t) => t.filter((turn) => turn.id !== answerId && turn.id !== `${answerId}-q`));
        setFailure({ error: result, retry: input });
        return;
      }
      const done: TutorTurn = { ...answer, id: result.messageId ?? answerId, status: result.status };
      patch(() => done);
      setFinished(done);
      if (result.status === "cut") setFailure({ error: { ok: false, status: null, code: "cut", message: "The answer was cut off." }, retry: input });
      // The allowance (and, after a variant, nothing else) changed: read it again, quietly.
      void loadTutorThread(path).then((r) => {
        if (r.ok) setThread(summaryOf(r.thread));
      });
    },
    [path],
  );

  const stop = useCallback(() => stopper.current?.abort(), []);

  const remove = useCallback(async (): Promise<TutorFailure | null> => {
    const result = await deleteTutorThread(path);
    if (!result.ok) return result;
    setTurns([]);
    setFailure(null);
    setFinished(null);
    await reload();
    return null;
  }, [path, reload]);

  return { thread, turns, loadError, failure, streaming, finished, ask, stop, remove, reload };
}
