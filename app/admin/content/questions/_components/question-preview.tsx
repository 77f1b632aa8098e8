"use client";

import { CardBack, CardFront } from "@/app/(student)/flashcards/_components/card-faces";
import { LatexProblems } from "@/app/admin/content/_components/latex-problems";
import { PreviewBoundary } from "@/app/admin/content/_components/preview-boundary";
import { latexFields, previewContent, type QuestionDraft } from "./question-draft";
import { cardClass } from "@/app/_components/ui/card";

/**
 * The live preview: the draft drawn by the students' own components (Markdown + KaTeX through the shared
 * plugin list), with the formulas KaTeX rejects listed by field. Loaded on demand, so Markdown and KaTeX
 * code reach only the admin's browser.
 */
export default function QuestionPreview({ draft, meta }: { draft: QuestionDraft; meta: string }) {
  const content = previewContent(draft);
  return (
    <div className="space-y-4">
      <LatexProblems fields={latexFields(draft)} />
      <PreviewBoundary resetKey={JSON.stringify(content)}>
        <section aria-label="Question as students see it" className={cardClass("p-4")}>
          <p className="mb-3 text-sm text-slate-600">{meta}</p>
          <CardFront content={content} />
        </section>
        <section aria-label="Answer, markscheme and worked solution as students see them" className={cardClass("mt-4 p-4")}>
          <CardBack content={content} />
        </section>
      </PreviewBoundary>
    </div>
  );
}
