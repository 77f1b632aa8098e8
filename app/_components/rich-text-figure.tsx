import type { ComponentProps } from "react";
import { parseFigurePath } from "@/lib/figures/figure-path";

/**
 * An image in Markdown: a figure from the figure store, drawn at its own size (the URL carries it, so the
 * page reserves the space and nothing moves when it loads) and no wider than the text; any other image
 * (another site's, a typo) as its alt text, so content can never make a student's browser fetch elsewhere.
 */
export function RichTextFigure({ src, alt }: ComponentProps<"img">) {
  const figure = typeof src === "string" ? parseFigurePath(src) : null;
  if (!figure) return <span className="text-slate-500">[{alt || "image"}]</span>;
  return (
    // A plain <img>: the figure is already the right size and immutable, so next/image's resizing would only add client code.
    // eslint-disable-next-line @next/next/no-img-element
    <img src={src as string} alt={alt ?? ""} width={figure.width} height={figure.height} loading="lazy" decoding="async" className="figure" />
  );
}
