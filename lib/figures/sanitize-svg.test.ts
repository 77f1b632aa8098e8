import { describe, expect, it } from "vitest";
import { NotAnSvgError, sanitizeSvg } from "./sanitize-svg";

const svg = (inner: string, attributes = "") =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" viewBox="0 0 200 100"${attributes}>${inner}</svg>`;

describe("sanitizeSvg", () => {
  it("keeps a drawing as it was: shapes, text, markers and links inside the figure", () => {
    const drawing = svg(
      `<defs><marker id="arrow" markerWidth="6" markerHeight="6"><path d="M0 0L6 3L0 6z"/></marker><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>` +
        `<line x1="0" y1="90" x2="190" y2="90" stroke="black" marker-end="url(#arrow)"/><rect width="20" height="20" fill="url(#g)"/>` +
        `<text x="10" y="20" font-family="sans-serif" font-size="12">P &lt; 3</text>`,
    );
    const clean = sanitizeSvg(drawing);
    for (const kept of ['marker-end="url(#arrow)"', 'fill="url(#g)"', "<marker", "<linearGradient", "P &lt; 3", 'viewBox="0 0 200 100"', 'width="200"'])
      expect(clean).toContain(kept);
    expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it("removes scripts, event handlers and javascript: links", () => {
    const clean = sanitizeSvg(
      svg(
        `<script>alert(1)</script><script xlink:href="https://evil.example/x.js"/><circle r="4" onclick="alert(2)" onmouseover="alert(3)"/><a href="javascript:alert(4)"><text>click</text></a>`,
        ' onload="alert(0)"',
      ),
    );
    expect(clean).not.toMatch(/script|onload|onclick|onmouseover|javascript|alert/i);
    // What was inside a link stays, without the link.
    expect(clean).toContain("<text>click</text>");
  });

  it("removes references to other origins: xlink:href, href and url() in attributes or styles", () => {
    const clean = sanitizeSvg(
      svg(
        `<use xlink:href="https://evil.example/sprite.svg#icon"/><image href="https://evil.example/pixel.png" width="1" height="1"/>` +
          `<rect width="5" height="5" fill="url(https://evil.example/pattern.svg#p)"/><rect width="5" height="5" style="fill: url('//evil.example/p')"/>` +
          `<style>@import url(https://evil.example/a.css); rect { fill: red }</style>`,
      ),
    );
    expect(clean).not.toContain("evil.example");
    expect(clean).not.toContain("<style");
    expect(clean).not.toContain("<image");
  });

  it("removes <foreignObject> and the HTML inside it", () => {
    const clean = sanitizeSvg(
      svg(
        `<foreignObject width="100" height="50"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"></iframe>hello</div></foreignObject>`,
      ),
    );
    expect(clean).not.toMatch(/foreignObject|iframe|evil|<div/i);
  });

  it("refuses a file whose root is not an SVG", () => {
    expect(() => sanitizeSvg("<html><body><svg></svg></body></html><p>and more</p>")).toThrow(NotAnSvgError);
    expect(() => sanitizeSvg("<script>alert(1)</script>")).toThrow(NotAnSvgError);
    expect(() => sanitizeSvg("just text")).toThrow(NotAnSvgError);
  });
});
