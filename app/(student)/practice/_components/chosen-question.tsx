import { RichText } from "@/app/_components/rich-text";
import type { ChosenQuestion } from "@/lib/questions/list-chosen-questions";
import { stemPreview } from "@/lib/questions/list-questions";
import { cardClass } from "@/app/_components/ui/card";

/**
 * A question picked in the bank, shown before the student commits to practising it: the whole question
 * when it is the only one, a one-line preview each when there are several (the set itself shows them whole).
 */
export function ChosenQuestionCard({ question, whole }: { question: ChosenQuestion; whole: boolean }) {
  const headingId = `chosen-${question.id}`;
  return (
    <li className={cardClass("p-4 sm:p-5")}>
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="text-sm font-semibold text-brand-900">
          {question.topic.code} {question.topic.title}
          <span className="font-normal text-slate-600">
            {" "}
            · {question.marks} {question.marks === 1 ? "mark" : "marks"} · difficulty {question.difficulty}/5
          </span>
        </h2>
        <RichText source={whole ? question.stem : stemPreview(question.stem)} className="mt-2 text-slate-800" />
        {whole && question.options && (
          <ol className="mt-3 space-y-1 text-slate-800" aria-label="Options">
            {question.options.map((o) => (
              <li key={o.id} className="flex gap-2">
                <span className="font-semibold">{o.id}.</span>
                <RichText source={o.text} inline />
              </li>
            ))}
          </ol>
        )}
      </article>
    </li>
  );
}
