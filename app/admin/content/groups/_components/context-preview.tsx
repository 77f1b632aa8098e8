"use client";

import { RichText } from "@/app/_components/rich-text";
import { LatexProblems } from "@/app/admin/content/_components/latex-problems";
import { PreviewBoundary } from "@/app/admin/content/_components/preview-boundary";
import { cardClass } from "@/app/_components/ui/card";

/**
 * The shared context as students see it above each part (the same RichText), with the formulas KaTeX
 * rejects listed. Loaded on demand, so Markdown and KaTeX code reach only the admin's browser.
 */
export default function ContextPreview({ context, meta }: { context: string; meta: string }) {
  return (
    <div className="space-y-4">
      <LatexProblems fields={[["Context", context]]} />
      <PreviewBoundary resetKey={context}>
        <section aria-label="Context as students see it" className={cardClass("p-4")}>
          <p className="mb-3 text-sm text-slate-600">{meta}</p>
          <RichText source={context} />
        </section>
      </PreviewBoundary>
    </div>
  );
}
