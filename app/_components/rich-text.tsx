import ReactMarkdown, { type Components } from "react-markdown";
import { RichTextFigure } from "@/app/_components/rich-text-figure";
import { rehypePlugins, remarkPlugins } from "@/lib/rich-text/plugins";
import "katex/dist/katex.min.css";

// A wide table scrolls in its own box on a phone instead of widening the page; the box takes focus so
// keyboard users can scroll it too.
const blockComponents: Components = {
  img: RichTextFigure,
  table: ({ children }) => (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
      <table>{children}</table>
    </div>
  ),
};

const inlineComponents: Components = { img: RichTextFigure, p: ({ children }) => <>{children}</> };

/**
 * Question stems, options, markschemes and solutions: Markdown with LaTeX ($…$, $$…$$), rendered on the
 * server, so pages ship no Markdown or KaTeX JavaScript. Raw HTML in the source is shown as text, never
 * executed; images come only from the figure store (rich-text-figure.tsx); invalid LaTeX is shown in red
 * instead of failing the page.
 */
export function RichText({ source, inline = false, className = "" }: { source: string; inline?: boolean; className?: string }) {
  const Wrapper = inline ? "span" : "div";
  return (
    <Wrapper className={`rich-text ${className}`}>
      <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={inline ? inlineComponents : blockComponents}>
        {source}
      </ReactMarkdown>
    </Wrapper>
  );
}
