import type { ComponentType } from "react";
import { printedLabel } from "@/lib/questions/printed-label";
import { expectedAnswerText } from "@/lib/marking/format-numeric-value";
import type { FlashcardContent, MistakeContent } from "@/lib/flashcards/queue-item";

type Content = FlashcardContent | MistakeContent;

/**
 * How the faces draw content text: RichText renders Markdown + LaTeX on the server; offline, the same faces
 * draw HTML the server rendered ahead (offline-card-faces.tsx).
 */
export type RichRenderer = ComponentType<{ source: string; inline?: boolean; className?: string }>;

/** What the student recalls from: a flashcard's front, or the stem and options of a question they got wrong. */
export function CardFrontLayout({ content, Rich }: { content: Content; Rich: RichRenderer }) {
  if (content.kind === "flashcard") return <Rich source={content.front} className="text-lg" />;
  return (
    <div className="space-y-4">
      {content.part && <Rich source={content.part.context} />}
      {content.part ? (
        <div className="flex gap-2">
          <span className="mt-2 font-semibold">{printedLabel(content.part.label)}</span>
          <Rich source={content.stem} className="min-w-0 flex-1" />
        </div>
      ) : (
        <Rich source={content.stem} />
      )}
      {content.options && (
        <ol className="space-y-2" aria-label="Options">
          {content.options.map((o) => (
            <li key={o.id} className="flex gap-2 rounded-md border border-slate-200 px-3 py-2">
              <span className="font-semibold">{o.id}.</span>
              <Rich source={o.text} inline />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function numericAnswerText(answer: NonNullable<MistakeContent["numericAnswer"]>): string {
  const margin =
    answer.tolerance !== undefined ? ` ± ${answer.tolerance}` : answer.relativeTolerance !== undefined ? ` ± ${answer.relativeTolerance * 100}%` : "";
  // The figures show in the answer itself ("0.120 mol"); the stated ones are named as the question named them.
  const figures = answer.sigFigsExact ? ` (to ${answer.sigFigs} s.f.)` : "";
  return `${expectedAnswerText(answer)}${margin}${figures}`;
}

/** The answer side: a flashcard's back, or the correct answer, the markscheme and the worked solution. */
export function CardBackLayout({ content, Rich }: { content: Content; Rich: RichRenderer }) {
  if (content.kind === "flashcard") return <Rich source={content.back} />;
  const correct = content.options?.find((o) => o.id === content.correctOptionId);
  return (
    <div className="space-y-5">
      {correct && (
        <p className="font-medium">
          Answer: {correct.id}. <Rich source={correct.text} inline />
        </p>
      )}
      {content.numericAnswer && <p className="font-medium">Answer: {numericAnswerText(content.numericAnswer)}</p>}
      {content.markingPoints.length > 0 && (
        <section aria-labelledby="markscheme-heading">
          <h3 id="markscheme-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
            Markscheme
          </h3>
          <ul className="mt-2 space-y-1">
            {content.markingPoints.map((p) => (
              <li key={p.label} className="flex gap-2">
                <span className="shrink-0 font-mono text-sm font-semibold text-brand-700">{p.label}</span>
                <Rich source={p.text} inline />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="solution-heading">
        <h3 id="solution-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          Worked solution
        </h3>
        <Rich source={content.workedSolution} className="mt-2" />
      </section>
    </div>
  );
}
