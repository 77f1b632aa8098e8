"use client";

import { RichText } from "@/app/_components/rich-text";
import { LatexProblems } from "@/app/admin/content/_components/latex-problems";
import { PreviewBoundary } from "@/app/admin/content/_components/preview-boundary";
import { cardClass } from "@/app/_components/ui/card";

/** The note as the public note page draws it, with the formulas KaTeX rejects listed. Loaded on demand. */
export default function TopicNotePreview({ body }: { body: string }) {
  return (
    <div className="space-y-4">
      <LatexProblems fields={[["Note", body]]} />
      <PreviewBoundary resetKey={body}>
        <section aria-label="Note as visitors see it" className={cardClass("p-4")}>
          <RichText source={body} className="topic-note leading-relaxed text-slate-800" />
        </section>
      </PreviewBoundary>
    </div>
  );
}
