import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { RichText } from "@/app/_components/rich-text";
import { markdownToHtml } from "./markdown-to-html";

const { document } = new JSDOM("").window;

/** The DOM a string makes, written back out: attribute spelling and style formatting no longer differ. */
function normalised(html: string): string {
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll<HTMLElement>("[style]")) element.setAttribute("style", element.style.cssText);
  return template.innerHTML;
}

/** RichText's output without its wrapper element. */
function richText(source: string, inline = false): string {
  const template = document.createElement("template");
  template.innerHTML = renderToStaticMarkup(createElement(RichText, { source, inline }));
  return template.content.firstElementChild!.innerHTML;
}

const sources = [
  String.raw`Find $\frac{\mathrm{d}y}{\mathrm{d}x}$ when $y = x^{3} - 2x$.`,
  String.raw`Hence $$v = u + at$$ and so **v = 12** m s$^{-1}$.`,
  "1. first\n2. second with `code`\n\n- a bullet",
  "| $x$ | $f(x)$ |\n|---|---|\n| 1 | 2 |",
  "A figure: ![Velocity–time graph](/figures/" + "a".repeat(64) + "-640x360.svg)",
  "Another site's image: ![tracker](https://example.com/pixel.png)",
  "Raw <b>HTML</b> <script>alert(1)</script> stays text.",
  String.raw`Bad LaTeX $\frac{1}{$ shows in red.`,
];

describe("markdownToHtml", () => {
  it.each(sources)("draws what RichText draws: %s", (source) => {
    expect(normalised(markdownToHtml(source))).toBe(normalised(richText(source)));
  });

  it("draws inline text without a paragraph, as RichText's inline mode does", () => {
    const source = String.raw`the **answer** is $x = 2$`;
    expect(normalised(markdownToHtml(source, { inline: true }))).toBe(normalised(richText(source, true)));
  });

  it("never lets HTML in the content become markup", () => {
    const html = markdownToHtml('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("&#x3C;script>");
  });
});
