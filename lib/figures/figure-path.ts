// A figure's URL says everything needed to draw it without a lookup: the content hash (so it can be cached
// forever) and its size (so the page reserves the space before the image arrives and nothing jumps).
// Pure, because the admin editor's live preview in the browser renders figures with it too.

export type FigureExtension = "svg" | "png";
export type FigureRef = { hash: string; width: number; height: number; extension: FigureExtension };

const FIGURE_PATH = /^\/figures\/([0-9a-f]{64})-([1-9][0-9]{0,4})x([1-9][0-9]{0,4})\.(svg|png)$/;

export const extensionOf = (contentType: string): FigureExtension => (contentType === "image/png" ? "png" : "svg");
export const contentTypeOf = (extension: FigureExtension) => (extension === "png" ? "image/png" : "image/svg+xml");

export function figurePath({ hash, width, height, extension }: FigureRef): string {
  return `/figures/${hash}-${width}x${height}.${extension}`;
}

/** The figure a URL points at, or null for anything else (another site's image, a typo). */
export function parseFigurePath(src: string): FigureRef | null {
  const match = FIGURE_PATH.exec(src);
  if (!match) return null;
  return { hash: match[1]!, width: Number(match[2]), height: Number(match[3]), extension: match[4] as FigureExtension };
}

/** The Markdown that shows a figure; square brackets in the alt text would end it early. */
export function figureMarkdown(ref: FigureRef, alt: string): string {
  return `![${alt.replace(/[[\]]/g, "").replace(/\s+/g, " ").trim()}](${figurePath(ref)})`;
}
