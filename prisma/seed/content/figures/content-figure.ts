import fs from "node:fs";
import path from "node:path";
import { figureMarkdown } from "@/lib/figures/figure-path";
import { prepareFigure, type PreparedFigure } from "@/lib/figures/prepare-figure";

const figuresDir = path.join(process.cwd(), "prisma/seed/content/figures");
const used = new Map<string, { figure: PreparedFigure; alt: string }>();

/**
 * The Markdown that shows a figure committed with the content (`file` under prisma/seed/content/figures),
 * addressed exactly as an upload would be; the seed stores every figure used before the questions that use
 * them. Content files call it where the figure goes: `${contentFigure("physics/series-circuit.svg", "…")}`.
 */
export function contentFigure(file: string, alt: string): string {
  const figure = prepareFigure(fs.readFileSync(path.join(figuresDir, file)));
  if (!used.has(figure.ref.hash)) used.set(figure.ref.hash, { figure, alt });
  return figureMarkdown(figure.ref, alt);
}

/** Every figure the loaded content uses, each once. */
export function contentFigures(): { figure: PreparedFigure; alt: string }[] {
  return [...used.values()];
}
