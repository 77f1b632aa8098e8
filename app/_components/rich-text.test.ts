import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/app/_components/rich-text";

const render = (source: string) => renderToStaticMarkup(createElement(RichText, { source }));
const require = createRequire(import.meta.url);
const katexVersion = (from: string) => (createRequire(from)("katex/package.json") as { version: string }).version;

// Classes that name a maths atom's kind (ordinary, operator, relation, …) for spacing rules inside KaTeX;
// no stylesheet version draws them, so only layout classes must be styled.
const atomClasses = new Set(["mord", "mopen", "mclose", "mbin", "mop", "mrel", "mpunct", "minner", "mtight"]);

describe("RichText maths", () => {
  it("renders with the KaTeX whose stylesheet the page loads", () => {
    expect(katexVersion(require.resolve("rehype-katex"))).toBe(katexVersion(import.meta.filename));
    const css = readFileSync(require.resolve("katex/dist/katex.min.css"), "utf8");
    const html = render(String.raw`$\frac{a}{b} + \sum_{i=1}^{n} x_i^{2} + \sqrt{x}$`);
    const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(/\s+/)));
    const unstyled = [...classes].filter((c) => c && !atomClasses.has(c) && c !== "rich-text" && !css.includes(`.${c}`));
    expect(unstyled).toEqual([]);
  });

  it("draws $$…$$ as a display equation, even written on one line inside a sentence", () => {
    for (const source of [String.raw`$$S_n = \frac{n}{2}(a + l)$$`, String.raw`Hence $$x = \frac{1}{2}$$ as required.`, "Text\n\n$$\n\\frac{a}{b}\n$$"]) {
      const html = render(source);
      expect(html, source).toContain('class="katex-display"');
      expect(html, source).toContain('display="block"');
    }
  });

  it("lets the keyboard reach a display equation, which scrolls sideways when wider than the screen", () => {
    expect(render(String.raw`$$u_{22} = u_1 + 21d = 34 + 21 \times 1 = 55$$`)).toContain('<span class="katex-display" tabindex="0">');
    expect(render(String.raw`Let $x = 1$.`)).not.toContain("tabindex");
  });

  it("keeps $…$ inline", () => {
    const html = render(String.raw`Let $x = \frac{1}{2}$ and $y = 2$.`);
    expect(html).not.toContain("katex-display");
    expect(html).toContain('class="katex"');
  });
});

describe("RichText figures", () => {
  it("draws a stored figure at its own size, lazily, with its alt text", () => {
    const src = `/figures/${"b".repeat(64)}-640x360.svg`;
    const html = render(`Look:\n\n![Supply shifts right from S1 to S2](${src})`);
    expect(html).toContain(
      `<img src="${src}" alt="Supply shifts right from S1 to S2" width="640" height="360" loading="lazy" decoding="async" class="figure"/>`,
    );
  });

  it("never loads an image from anywhere else: it shows the alt text instead", () => {
    const html = render("![tracking pixel](https://evil.example/p.png) ![](/uploads/x.png)");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("evil.example");
    expect(html).toContain("[tracking pixel]");
    expect(html).toContain("[image]");
  });
});
