import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { rehypePlugins, remarkPlugins } from "@/lib/rich-text/plugins";
import { describeLatexErrors, findLatexErrors, mathSpans } from "./find-latex-errors";

/**
 * What students get: the shared pipeline draws a formula KaTeX cannot parse as a .katex-error span, and
 * an unknown command inside an otherwise good formula in KaTeX's error colour.
 */
const rendersAnError = (source: string) =>
  /katex-error|#cc0000/.test(renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins, rehypePlugins }, source)));

const sources = [
  "Plain text with no maths.",
  "Inline $x^2 + 1$ and display:\n\n$$\\int_0^1 x\\,dx = \\frac{1}{2}$$",
  "Broken $\\frac{1}{$ formula.",
  "Unknown command $\\foo{x}$ here.",
  "Escaped \\$5 and \\$10 are money, not maths.",
  "A lone $ sign is text.",
  "Code `$\\frac{$` is not maths.",
  "```\n$\\frac{\n```\nthen $y$.",
  "$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$",
  "$$\n\\begin{aligned} a &= b\n$$",
  "Double inline $$\\sqrt{2$$ in a sentence.",
  "Mira invests $\\$5000$ today.",
  "Two dollars $$ are not closed by one $.",
  "Across a line $a +\nb$ is one formula.",
  "Across a paragraph $a\n\nb$ is not.",
  "A table:\n\n| x | $x^2$ |\n|---|---|\n| 2 | $\\frac{4}$ |",
];

describe("findLatexErrors", () => {
  it.each(sources)("agrees with the students' renderer on %j", (source) => {
    expect(findLatexErrors(source).length > 0).toBe(rendersAnError(source));
  });

  it("names the formula and KaTeX's reason, without the parse-error prefix", () => {
    const [error] = findLatexErrors("Broken $\\frac{1}{$ formula.");
    expect(error?.formula).toBe("\\frac{1}{");
    expect(error?.message).toMatch(/^Unexpected end of input/);
    expect(describeLatexErrors(findLatexErrors("$\\foo$ and $\\bar{$"))).toMatch(
      /^LaTeX error in \$\\foo\$: Undefined control sequence.*\(and 1 more formula with errors\)$/,
    );
    expect(describeLatexErrors([])).toBeNull();
  });

  it("finds display and inline spans in order", () => {
    expect(mathSpans("$a$ then\n$$\nb\n$$\nand $$c$$")).toEqual([
      { tex: "a", display: false },
      { tex: "b\n", display: true },
      { tex: "c", display: false },
    ]);
  });
});
