"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/http/form-state";
import type { PracticeCourseChoice } from "@/lib/practice/get-practice-choices";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { startPractice } from "@/app/(student)/practice/actions";
import { buttonClass } from "@/app/_components/ui/button";
import { cardClass } from "@/app/_components/ui/card";

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none";
const label = "block text-sm font-medium text-slate-800";

/** Start a set: the topic and paper lists follow the chosen course. */
export function StartPracticeForm({ courses, initialCourse, initialTopic }: { courses: PracticeCourseChoice[]; initialCourse: string; initialTopic: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(startPractice, {});
  const [slug, setSlug] = useState(initialCourse);
  // React resets the form after every action, and a reset puts a select back on its default option: a
  // controlled course select would show the first course while still holding the chosen one, and the
  // next submit would start a set in a course the student never picked. So the selects are uncontrolled,
  // and each answer from the action remounts them with the values that were sent as their defaults.
  const [answered, setAnswered] = useState({ state, round: 0 });
  if (answered.state !== state) {
    setAnswered({ state, round: answered.round + 1 });
    if (state.values?.courseSlug && courses.some((c) => c.slug === state.values?.courseSlug)) setSlug(state.values.courseSlug);
  }
  const kept = (name: string) => state.values?.[name] ?? "";
  const course = courses.find((c) => c.slug === slug);
  const round = answered.round;

  return (
    <form action={action} className={cardClass("space-y-4 p-5")} aria-describedby={state.error ? "practice-error" : undefined}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="courseSlug" className={label}>
            Course
          </label>
          <select key={round} id="courseSlug" name="courseSlug" defaultValue={slug} onChange={(e) => setSlug(e.target.value)} className={field}>
            {courses.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.topics.length ? c.name : `${c.name} (no questions yet)`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="topicCode" className={label}>
            Topic
          </label>
          {/* Keyed by course so switching course resets the topic to "All topics". */}
          <select
            key={`${slug}:${round}`}
            id="topicCode"
            name="topicCode"
            defaultValue={round ? kept("topicCode") : slug === initialCourse ? initialTopic : ""}
            className={field}
          >
            <option value="">All topics</option>
            {course?.topics.map((t) => (
              <option key={t.code} value={t.code}>
                {`${"\u00a0\u00a0".repeat(t.depth)}${t.code} ${t.title} (${t.questionCount})`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="difficulty" className={label}>
            Difficulty
          </label>
          <select key={round} id="difficulty" name="difficulty" defaultValue={kept("difficulty")} className={field}>
            <option value="">Any difficulty</option>
            {[1, 2, 3, 4, 5].map((d) => (
              <option key={d} value={d}>
                {d} of 5
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="type" className={label}>
            Question type
          </label>
          <select key={round} id="type" name="type" defaultValue={kept("type")} className={field}>
            <option value="">Mixed</option>
            <option value="MCQ">Multiple choice</option>
            <option value="NUMERIC">Numeric answer</option>
            <option value="WRITTEN">Written answer</option>
          </select>
        </div>
        <div>
          <label htmlFor="paper" className={label}>
            Paper
          </label>
          <select key={`${slug}:${round}`} id="paper" name="paper" defaultValue={kept("paper")} className={field}>
            <option value="">Any paper</option>
            {course?.papers.map((p) => (
              <option key={p} value={p}>
                {p.replace(/^P/, "Paper ")}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="count" className={label}>
            Number of questions
          </label>
          <input
            key={round}
            id="count"
            name="count"
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            defaultValue={kept("count") || 5}
            required
            className={field}
          />
        </div>
      </div>
      {state.error && (
        <div id="practice-error">
          <FormAlert message={state.error} />
        </div>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        <button type="submit" name="mode" value="filters" disabled={pending} className={buttonClass()}>
          Start practice
        </button>
        <button type="submit" name="mode" value="weak-topics" disabled={pending} className={buttonClass({ variant: "secondary" })}>
          Practise my weak topics
        </button>
      </div>
      <p className="text-sm text-slate-600">
        Weak topics uses only the course and the number of questions: it picks your lowest-scoring topics and ones you have not tried yet.
      </p>
      {pending && (
        <p role="status" className="text-sm text-slate-600">
          Building your set…
        </p>
      )}
    </form>
  );
}
