import { parseFigurePath, type FigureRef } from "@/lib/figures/figure-path";

export type FigureReference = { alt: string; src: string; figure: FigureRef | null };

// Inline images only: `![alt](src "title")`. Reference-style images are not used by the content and are
// drawn as their alt text by the renderer like any other image that is not a figure.
const IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g;

/** Every image a Markdown text shows, with the figure it points at (null when it is not one of ours). */
export function figureReferences(markdown: string): FigureReference[] {
  return [...markdown.matchAll(IMAGE)].map((m) => ({ alt: m[1]!.trim(), src: m[2]!, figure: parseFigurePath(m[2]!) }));
}

/**
 * Why an image in a text cannot be shown to students, or null: images come only from the figure store (no
 * tracking pixels or hot-linked pictures) and every one says what it shows.
 */
export function figureReferenceProblem(reference: FigureReference): string | null {
  if (!reference.figure) return `The image ${reference.src} is not an uploaded figure: upload it and use the Markdown the upload gives`;
  if (!reference.alt) return "Every figure needs alt text saying what it shows: ![what it shows](...)";
  return null;
}
