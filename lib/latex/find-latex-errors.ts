import katex from "katex";

export type LatexError = { formula: string; message: string };

type MathSpan = { tex: string; display: boolean };

// The settings students' pages render with (lib/rich-text/plugins.ts), except that here an
// error must throw so it can be reported instead of drawn in red.
const CHECK_OPTIONS = { throwOnError: true, strict: "ignore" } as const;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Blanks code (fenced blocks and `inline` spans): Markdown never reads math inside code. */
function withoutCode(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, " ");
  const fenced = markdown.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))/gm, blank);
  return fenced.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => (span.includes("\n\n") ? span : blank(span)));
}

const runLength = (text: string, at: number) => {
  let end = at;
  while (text[end] === "$") end++;
  return end - at;
};

// At most three spaces of indent since the start of the line (four would make an indented code block).
const atLineStart = (text: string, at: number) => /(^|\n) {0,3}$/.test(text.slice(Math.max(0, at - 4), at));
const BLANK_LINE = /\n[ \t]*\n/y;

/**
 * The math spans of a Markdown source, found the way remark-math finds them: `$…$` and `$$…$$` close on
 * a run of as many dollars (other runs inside are content), never across a blank line; a line opening
 * with `$$` and nothing else starts display math up to a closing `$$` line; `\$` is a literal dollar;
 * an unclosed `$` is just text.
 */
export function mathSpans(markdown: string): MathSpan[] {
  const text = withoutCode(markdown);
  const spans: MathSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\\" && ASCII_PUNCTUATION.test(text[i + 1] ?? "")) {
      i += 2;
      continue;
    }
    if (ch !== "$") {
      i++;
      continue;
    }
    const size = runLength(text, i);
    const lineEnd = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
    if (size >= 2 && atLineStart(text, i) && !text.slice(i + size, lineEnd).includes("$")) {
      // Display math: up to a line holding only a closing fence (or to the end, as remark-math does).
      const closing = new RegExp(`^ {0,3}${"\\$".repeat(size)}\\$*[ \\t]*$`, "m");
      const rest = text.slice(lineEnd + 1);
      const match = lineEnd < text.length ? closing.exec(rest) : null;
      const body = match ? rest.slice(0, match.index) : rest;
      spans.push({ tex: body, display: true });
      i = match ? lineEnd + 1 + match.index + match[0].length : text.length;
      continue;
    }
    let j = i + size;
    let closedAt = -1;
    while (j < text.length) {
      BLANK_LINE.lastIndex = j;
      if (BLANK_LINE.test(text)) break; // the paragraph ends: the opening run was just dollars
      if (text[j] === "$") {
        const run = runLength(text, j);
        if (run === size) {
          closedAt = j;
          break;
        }
        j += run;
        continue;
      }
      j++;
    }
    if (closedAt === -1) {
      i += size;
      continue;
    }
    spans.push({ tex: text.slice(i + size, closedAt), display: false });
    i = closedAt + size;
  }
  return spans.filter((s) => s.tex.trim() !== "");
}

/**
 * Every formula in a Markdown + LaTeX source that KaTeX cannot render, with KaTeX's reason. Never throws:
 * this is what turns a typo in a stem into a message on the field instead of red text for students.
 */
export function findLatexErrors(markdown: string): LatexError[] {
  const errors: LatexError[] = [];
  for (const span of mathSpans(markdown)) {
    try {
      katex.renderToString(span.tex, { ...CHECK_OPTIONS, displayMode: span.display });
    } catch (err) {
      const message = err instanceof Error ? err.message.replace(/^KaTeX parse error:\s*/, "") : String(err);
      errors.push({ formula: span.tex.trim(), message });
    }
  }
  return errors;
}

/** One sentence for a field: the first bad formula and why, and how many more there are. */
export function describeLatexErrors(errors: LatexError[]): string | null {
  const [first, ...rest] = errors;
  if (!first) return null;
  const formula = first.formula.length > 60 ? `${first.formula.slice(0, 57)}…` : first.formula;
  const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? "formula" : "formulas"} with errors)` : "";
  return `LaTeX error in $${formula}$: ${first.message}${more}`;
}
