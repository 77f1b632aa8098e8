"use client";

import { CardBack, CardFront } from "@/app/(student)/flashcards/_components/card-faces";
import { LatexProblems } from "@/app/admin/content/_components/latex-problems";
import { PreviewBoundary } from "@/app/admin/content/_components/preview-boundary";
import { cardClass } from "@/app/_components/ui/card";

/** Both faces of the card as the students' review screen draws them, with broken formulas listed. */
export default function FlashcardPreview({ front, back }: { front: string; back: string }) {
  const content = { kind: "flashcard" as const, flashcardId: "preview", front, back };
  return (
    <div className="space-y-4">
      <LatexProblems
        fields={[
          ["Front", front],
          ["Back", back],
        ]}
      />
      <PreviewBoundary resetKey={`${front}\u0000${back}`}>
        <section aria-label="Front as students see it" className={cardClass("p-4")}>
          <CardFront content={content} />
        </section>
        <section aria-label="Back as students see it" className={cardClass("mt-4 p-4")}>
          <CardBack content={content} />
        </section>
      </PreviewBoundary>
    </div>
  );
}
