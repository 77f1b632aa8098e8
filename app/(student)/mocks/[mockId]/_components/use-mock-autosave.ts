"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MockAnswer } from "@/lib/mocks/mock-input";
import { clearLocalDrafts, dropLocalDraft, keepLocalDraft, readLocalDrafts } from "./local-drafts";
import { callApi } from "@/lib/http/call-api";

/** After a failed save (connection, server error) the latest answer is sent again this much later. */
const RETRY_MS = 3_000;

const same = (a: MockAnswer | null | undefined, b: MockAnswer | null | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type Options = { mockId: string; initialAnswers: Record<string, MockAnswer>; questionTypes: Record<string, MockAnswer["type"]>; onTimeUp: () => void };

/**
 * A paper's answers and their autosave. Every change is kept in localStorage at once and sent to the
 * server after `delay` (one save at a time per question, so saves cannot land out of order). An answer
 * counts as saved only once the server has answered 2xx for that very version: `unsaved` is the number
 * of questions whose latest answer the server does not have. When the page is hidden or unloaded, pending
 * saves go out at once with `keepalive`, which outlives the page; whatever still did not reach the server
 * is restored from localStorage when the paper is opened again, and saved then.
 */
export function useMockAutosave({ mockId, initialAnswers, questionTypes, onTimeUp }: Options) {
  const [answers, setAnswers] = useState(initialAnswers);
  const [unsaved, setUnsaved] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [savedOnce, setSavedOnce] = useState(false);

  const latest = useRef(initialAnswers);
  const versions = useRef(new Map<string, number>());
  const savedVersions = useRef(new Map<string, number>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const chains = useRef(new Map<string, Promise<void>>());
  const onTimeUpRef = useRef(onTimeUp);
  useEffect(() => {
    onTimeUpRef.current = onTimeUp;
  }, [onTimeUp]);

  const countUnsaved = useCallback(() => {
    setUnsaved([...versions.current].filter(([q, v]) => (savedVersions.current.get(q) ?? 0) < v).length);
  }, []);

  const schedule = useRef<(questionId: string, delay: number) => void>(() => {});

  const put = useCallback(
    async (questionId: string, keepalive: boolean) => {
      const version = versions.current.get(questionId) ?? 0;
      if ((savedVersions.current.get(questionId) ?? 0) >= version) return;
      const answer = latest.current[questionId] ?? null;
      const setError = (message: string | null) =>
        setErrors((prev) => {
          const { [questionId]: _, ...rest } = prev;
          return message ? { ...rest, [questionId]: message } : rest;
        });
      const saved = await callApi(
        `/api/v1/mocks/${mockId}/answers/${questionId}`,
        { method: "PUT", json: { answer }, keepalive },
        "Your answer could not be saved: check your connection. It is kept on this device and will be sent again.",
      );
      if (saved.ok) {
        if ((savedVersions.current.get(questionId) ?? 0) < version) savedVersions.current.set(questionId, version);
        dropLocalDraft(mockId, questionId, answer);
        setError(null);
        setSavedOnce(true);
      } else {
        setError(saved.message);
        if (saved.status === 409) onTimeUpRef.current();
        else if (saved.status === null || saved.status >= 500) schedule.current(questionId, RETRY_MS);
      }
      countUnsaved();
    },
    [mockId, countUnsaved],
  );

  const send = useCallback(
    (questionId: string) => {
      const next = (chains.current.get(questionId) ?? Promise.resolve()).then(() => put(questionId, false));
      chains.current.set(questionId, next);
      return next;
    },
    [put],
  );

  useEffect(() => {
    schedule.current = (questionId, delay) => {
      clearTimeout(timers.current.get(questionId));
      timers.current.set(
        questionId,
        setTimeout(() => {
          timers.current.delete(questionId);
          void send(questionId);
        }, delay),
      );
    };
  }, [send]);

  const change = useCallback(
    (questionId: string, answer: MockAnswer | null, delay: number) => {
      const next = { ...latest.current };
      if (answer) next[questionId] = answer;
      else delete next[questionId];
      latest.current = next;
      setAnswers(next);
      versions.current.set(questionId, (versions.current.get(questionId) ?? 0) + 1);
      keepLocalDraft(mockId, questionId, answer);
      countUnsaved();
      schedule.current(questionId, delay);
    },
    [mockId, countUnsaved],
  );

  /** Sends every pending change now and waits for all saves in flight. */
  const flush = useCallback(() => {
    for (const [questionId, timer] of timers.current) {
      clearTimeout(timer);
      void send(questionId);
    }
    timers.current.clear();
    return Promise.all(chains.current.values());
  }, [send]);

  // Leaving the page (closing, reloading, switching app on a phone) must not lose the last words typed.
  useEffect(() => {
    const sendNow = () => {
      for (const [questionId, timer] of timers.current) {
        clearTimeout(timer);
        void put(questionId, true);
      }
      timers.current.clear();
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") sendNow();
    };
    window.addEventListener("pagehide", sendNow);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", sendNow);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [put]);

  // Answers typed here that the server did not confirm before the page went away: restore and resend.
  // In an effect, not in the initial state, so the server-rendered page and the first client render agree.
  useEffect(() => {
    const restore = Object.entries(readLocalDrafts(mockId)).filter(([questionId, answer]) => {
      if (!same(answer, initialAnswers[questionId])) return questionId in questionTypes && (answer === null || answer?.type === questionTypes[questionId]);
      dropLocalDraft(mockId, questionId, answer); // the server has it after all
      return false;
    });
    const timer = setTimeout(() => {
      for (const [questionId, answer] of restore) change(questionId, answer, 0);
    }, 0);
    return () => clearTimeout(timer);
    // Once, on opening the paper.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const forget = useCallback(() => clearLocalDrafts(mockId), [mockId]);

  return { answers, change, flush, unsaved, saveError: Object.values(errors)[0] ?? null, savedOnce, forget };
}
