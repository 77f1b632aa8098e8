import { describe, expect, it } from "vitest";
import { sanitizeSvg } from "@/lib/figures/sanitize-svg";
import { el, escapeText, num, parseLabel, svgDocument, text } from "./svg";

describe("svg", () => {
  it("writes numbers to two decimals at most, without -0", () => {
    expect([num(1), num(1.005), num(2.499999), num(-0.001), num(12.3456)]).toEqual(["1", "1", "2.5", "0", "12.35"]);
    expect(() => num(Number.NaN)).toThrow();
  });

  it("escapes text and attributes as the sanitiser writes them back", () => {
    expect(escapeText(`a < b & "c" > 'd'`)).toBe(`a &lt; b &amp; "c" &gt; 'd'`);
    expect(el("text", { title: `say "hi" & <go>` }, [escapeText("P < 3")])).toBe('<text title="say &quot;hi&quot; &amp; &lt;go&gt;">P &lt; 3</text>');
    expect(el("line", { x1: 0.333, y1: undefined })).toBe('<line x1="0.33"/>');
  });

  it("reads label markup: italics, subscripts and superscripts", () => {
    expect(parseLabel("*R*_{1} = 4.0 Ω")).toEqual([
      { text: "R", italic: true, shift: "base" },
      { text: "1", italic: false, shift: "sub" },
      { text: " = 4.0 Ω", italic: false, shift: "base" },
    ]);
    expect(parseLabel("*v* / m s^{−1}").map((r) => r.shift)).toEqual(["base", "base", "sup"]);
    expect(() => parseLabel("x_{2")).toThrow(/Unclosed/);
  });

  it("moves a subscript down with dy and comes back to the baseline after it", () => {
    const label = text(10, 20, "*x*_{1} + 1", { size: 16, valign: "baseline" });
    expect(label).toBe(
      '<text x="10" y="20" font-size="16" text-anchor="middle" fill="#000"><tspan font-style="italic">x</tspan><tspan dy="4.8" font-size="12">1</tspan><tspan dy="-4.8"> + 1</tspan></text>',
    );
  });

  it("writes a document the sanitiser leaves as it is", () => {
    const doc = svgDocument({ width: 300, height: 200, body: [text(150, 100, "*y* = *x*^{2} & more", { halo: true })] });
    expect(doc.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200"')).toBe(true);
    expect(sanitizeSvg(doc)).toBe(doc.trimEnd());
  });
});
