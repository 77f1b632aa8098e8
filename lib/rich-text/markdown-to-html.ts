import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type PluggableList } from "unified";
import { rehypePlugins, remarkPlugins } from "@/lib/rich-text/plugins";
import { rehypeFiguresAndTables } from "@/lib/rich-text/rehype-figures-and-tables";

// Raw HTML in the source reaches the stringifier as `raw` nodes, which it escapes: shown as text, never
// markup, as RichText shows it.
const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypePlugins as PluggableList)
  .use(rehypeFiguresAndTables)
  .use(rehypeStringify);

/**
 * Content Markdown + LaTeX as an HTML string, by the same pipeline as RichText: for pages that must draw a
 * card with no server to ask (flashcards offline). `inline` drops the paragraph around a one-line source,
 * as RichText's inline mode does.
 */
export function markdownToHtml(source: string, { inline = false } = {}): string {
  const html = String(processor.processSync(source));
  return inline ? html.replace(/^<p>([\s\S]*)<\/p>\s*$/, "$1") : html;
}
