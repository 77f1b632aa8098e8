"use client";

import type { ReactNode } from "react";
import { CharacterCounter } from "@/app/_components/ui/character-counter";
import { MAX_WRITTEN_ANSWER_LENGTH } from "@/lib/marking/written-answer-limit";
import type { MockAnswer } from "@/lib/mocks/mock-input";

export type PlayerQuestion = {
  id: string;
  number: string;
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  marks: number;
  /** Rendered on the server (RichText): the client never parses Markdown or LaTeX. */
  stem: ReactNode;
  options: { id: string; label: ReactNode }[] | null;
};

type Props = {
  question: PlayerQuestion;
  answer: MockAnswer | undefined;
  disabled: boolean;
  /** `delay`: how long to wait for more typing before saving (a choice is saved at once). */
  onChange: (answer: MockAnswer | null, delay: number) => void;
  onBlur: () => void;
};

const TYPING_DELAY_MS = 800;
const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none disabled:bg-slate-100";

/** The answer control of one question: radios for multiple choice, a text box for numbers, a text area for written answers. */
export function AnswerField({ question, answer, disabled, onChange, onBlur }: Props) {
  const label = `Answer to question ${question.number}`;
  const id = `answer-${question.id}`;
  if (question.type === "MCQ") {
    return (
      <fieldset className="mt-4" disabled={disabled}>
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        <div className="mt-2 space-y-2">
          {(question.options ?? []).map((option) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name={id}
                value={option.id}
                checked={answer?.type === "MCQ" && answer.optionId === option.id}
                onChange={() => onChange({ type: "MCQ", optionId: option.id }, 0)}
                className="mt-1 size-4 accent-brand-600"
              />
              <span className="font-semibold">{option.id}</span>
              <span className="min-w-0 flex-1">{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  const text = answer?.type === "NUMERIC" ? answer.value : answer?.type === "WRITTEN" ? answer.text : "";
  const change = (value: string) =>
    onChange(value.trim() ? (question.type === "NUMERIC" ? { type: "NUMERIC", value } : { type: "WRITTEN", text: value }) : null, TYPING_DELAY_MS);
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {question.type === "NUMERIC" ? (
        <input
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={text}
          disabled={disabled}
          maxLength={100}
          onChange={(e) => change(e.target.value)}
          onBlur={onBlur}
          className={`${inputClass} max-w-xs`}
        />
      ) : (
        <>
          <textarea
            id={id}
            rows={6}
            value={text}
            disabled={disabled}
            maxLength={MAX_WRITTEN_ANSWER_LENGTH}
            aria-describedby={`${id}-length`}
            onChange={(e) => change(e.target.value)}
            onBlur={onBlur}
            className={inputClass}
          />
          <CharacterCounter id={`${id}-length`} length={text.length} max={MAX_WRITTEN_ANSWER_LENGTH} />
        </>
      )}
    </div>
  );
}
