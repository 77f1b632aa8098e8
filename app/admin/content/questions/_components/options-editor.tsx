"use client";

import { newRowKey, optionLetter, type QuestionDraft } from "./question-draft";

type Props = {
  options: QuestionDraft["options"];
  correctOptionId: string;
  errors: Record<string, string>;
  onChange: (options: QuestionDraft["options"], correctOptionId: string) => void;
};

const MAX_OPTIONS = 8;

/** The options of a multiple-choice question, lettered in order, with the correct one chosen by radio button. */
export function OptionsEditor({ options, correctOptionId, errors, onChange }: Props) {
  const correctIndex = correctOptionId ? correctOptionId.charCodeAt(0) - 65 : -1;
  const remove = (index: number) => {
    // Letters follow positions: the correct answer moves with its option, or is cleared with it.
    const correct = correctIndex === index ? "" : correctIndex > index ? optionLetter(correctIndex - 1) : correctOptionId;
    onChange(
      options.filter((_, i) => i !== index),
      correct,
    );
  };
  const groupError = errors.options ?? errors.correctOptionId;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby={groupError ? "options-error" : undefined}>
      <legend className="px-1 text-sm font-semibold">Options</legend>
      <div className="space-y-3">
        {options.map((option, i) => {
          const letter = optionLetter(i);
          const textError = errors[`options.${i}.text`] ?? errors[`options.${i}.id`];
          return (
            <div key={option.rowKey} className="flex items-start gap-3">
              <input type="hidden" name={`options.${i}.id`} value={letter} />
              <span className="w-5 pt-1.5 font-semibold">{letter}</span>
              <div className="flex-1">
                <label htmlFor={`option-${i}-text`} className="sr-only">
                  Option {letter} text
                </label>
                <textarea
                  id={`option-${i}-text`}
                  name={`options.${i}.text`}
                  rows={1}
                  value={option.text}
                  onChange={(e) =>
                    onChange(
                      options.map((o, j) => (j === i ? { ...o, text: e.target.value } : o)),
                      correctOptionId,
                    )
                  }
                  aria-invalid={textError ? true : undefined}
                  aria-describedby={textError ? `option-${i}-error` : undefined}
                  className="block w-full rounded-md border border-slate-300 px-3 py-1.5 font-mono text-sm aria-[invalid=true]:border-red-600"
                />
                {textError && (
                  <p id={`option-${i}-error`} className="mt-1 text-sm text-red-700">
                    {textError}
                  </p>
                )}
              </div>
              <label className="flex items-center gap-1 pt-1.5 text-sm">
                <input type="radio" name="correctOptionId" value={letter} checked={correctOptionId === letter} onChange={() => onChange(options, letter)} />
                Correct<span className="sr-only"> answer: option {letter}</span>
              </label>
              <button type="button" onClick={() => remove(i)} className="pt-1.5 text-sm text-red-700 hover:underline" aria-label={`Remove option ${letter}`}>
                Remove
              </button>
            </div>
          );
        })}
      </div>
      {options.length < MAX_OPTIONS && (
        <button
          type="button"
          onClick={() => onChange([...options, { rowKey: newRowKey(), text: "" }], correctOptionId)}
          className="mt-3 text-sm font-medium text-brand-700 hover:underline"
        >
          Add option
        </button>
      )}
      {groupError && (
        <p id="options-error" className="mt-2 text-sm text-red-700">
          {groupError}
        </p>
      )}
    </fieldset>
  );
}
