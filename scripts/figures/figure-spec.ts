// What draw-figures.ts writes: a figure file under prisma/seed/content/figures and the drawing it holds.

export type FigureSpec = {
  /** The file under prisma/seed/content/figures, as content cites it: "physics/series-circuit-lamp.svg". */
  file: string;
  /** The whole SVG document, the same on every run. */
  draw: () => string;
};

export const FIGURES_DIR = "prisma/seed/content/figures";
