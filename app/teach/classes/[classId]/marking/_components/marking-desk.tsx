"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { DeskItem } from "./desk-item";
import { TeacherMarkForm, type SavedMarking } from "./teacher-mark-form";

/** Keys typed into a field are text, not shortcuts. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLInputElement && !["checkbox", "radio"].includes(target.type));

/**
 * One answer at a time: saving moves to the next answer with focus on its first mark, j/n and k/p move
 * without saving. When the page's last answer is saved the queue is read again (marked answers leave it).
 */
export function MarkingDesk({ items }: { items: DeskItem[] }) {
  const router = useRouter();
  const [index, setIndex] = useState(0);
  const [saved, setSaved] = useState<Record<string, SavedMarking>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  const item = items[index]!;

  function go(to: number) {
    if (to < 0 || to >= items.length) return;
    moved.current = true;
    setIndex(to);
  }

  // After a move (never on first load, which would steal the page's focus), the first mark of the new answer.
  useEffect(() => {
    if (!moved.current) return;
    formRef.current?.querySelector<HTMLInputElement>("input:not([type=hidden])")?.focus();
  }, [index]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === "j" || event.key === "n") go(index + 1);
      else if (event.key === "k" || event.key === "p") go(index - 1);
      else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  function onSaved(marking: SavedMarking) {
    setSaved((prev) => ({ ...prev, [item.attemptId]: marking }));
    const next = items.findIndex((other, i) => i > index && !saved[other.attemptId]);
    if (next >= 0) go(next);
    else router.refresh();
  }

  const done = Object.keys(saved).length;
  return (
    <div className="mt-6 space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite">
        Answer {index + 1} of {items.length} on this page · {done} marked
      </p>
      <article aria-labelledby="answer-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <header>
          <h2 id="answer-heading" className="text-lg font-semibold">
            {item.student} · {item.assignment}
          </h2>
          <p className="text-sm text-slate-600">
            Answered {new Date(item.answeredAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })} · {item.maxMarks}{" "}
            {item.maxMarks === 1 ? "mark" : "marks"}
            {item.selfMarking && ` · self-marked ${item.selfMarking.marksAwarded} / ${item.maxMarks}`}
            {saved[item.attemptId] && ` · you marked ${saved[item.attemptId]!.marksAwarded} / ${item.maxMarks}`}
          </p>
        </header>
        <section aria-label="Question">{item.question}</section>
        <section aria-label="The student's answer" className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <h3 className="text-sm font-medium text-slate-700">Answer</h3>
          <p className="mt-1 break-words whitespace-pre-wrap">{item.answerText}</p>
        </section>
        <TeacherMarkForm key={item.attemptId} ref={formRef} item={item} onSaved={onSaved} />
        {item.indicativeContent}
      </article>
      <nav aria-label="Answers" className="flex gap-3">
        <button type="button" className="btn btn-secondary btn-sm" disabled={index === 0} onClick={() => go(index - 1)}>
          Previous (k)
        </button>
        <button type="button" className="btn btn-secondary btn-sm" disabled={index === items.length - 1} onClick={() => go(index + 1)}>
          Next (j)
        </button>
      </nav>
    </div>
  );
}
