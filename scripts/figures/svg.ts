// Writing SVG as text: elements and attributes with XML escaping, numbers rounded so a drawing is the same
// on every run, and text labels with italic variables, subscripts and superscripts. The output is written
// the way the figure sanitiser (DOMPurify + XMLSerializer) writes it back, so a committed figure comes
// through prepareFigure byte for byte.

/** Markup: a string of SVG already escaped. */
export type Markup = string;
export type Attrs = Record<string, string | number | undefined>;
export type Point = readonly [x: number, y: number];

export const FONT = "Helvetica, Arial, sans-serif";
export const INK = "#000";
export const GREY = "#555";
export const GRID = "#e0e0e0";
export const SHADE = "#d4d4d4";
/** Label sizes: legible at 100% on a phone for a drawing 480–640 wide. */
export const TEXT = 15;
export const SMALL = 14;

/** A coordinate or length as written: at most two decimals, no "-0". */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Text content escaped as XMLSerializer writes it (quotes stay as they are). */
export const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** An attribute value escaped as XMLSerializer writes it. */
export const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, "&quot;");

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(typeof value === "number" ? num(value) : value)}"`)
    .join("");
}

/** An element; children are markup (escape text with escapeText or use `text`). */
export function el(tag: string, attrs: Attrs = {}, children: Markup[] = []): Markup {
  const open = `<${tag}${attributes(attrs)}`;
  return children.length ? `${open}>${children.join("")}</${tag}>` : `${open}/>`;
}

export const points = (ps: readonly Point[]) => ps.map(([x, y]) => `${num(x)},${num(y)}`).join(" ");

export type Stroke = { stroke?: string; width?: number; dash?: string; fill?: string; opacity?: number };
const strokeAttrs = ({ stroke = INK, width = 2, dash, fill = "none", opacity }: Stroke): Attrs => ({
  fill,
  "fill-opacity": opacity,
  stroke,
  "stroke-width": stroke === "none" ? undefined : width,
  "stroke-dasharray": dash,
});

export const line = ([x1, y1]: Point, [x2, y2]: Point, style: Stroke = {}): Markup =>
  el("line", { x1, y1, x2, y2, ...strokeAttrs(style), fill: undefined, "fill-opacity": undefined, "stroke-linecap": "round" });
export const polyline = (ps: readonly Point[], style: Stroke = {}): Markup =>
  el("polyline", { points: points(ps), ...strokeAttrs(style), "stroke-linejoin": "round", "stroke-linecap": "round" });
export const polygon = (ps: readonly Point[], style: Stroke = {}): Markup =>
  el("polygon", { points: points(ps), ...strokeAttrs(style), "stroke-linejoin": "round" });
export const circle = ([cx, cy]: Point, r: number, style: Stroke = {}): Markup => el("circle", { cx, cy, r, ...strokeAttrs(style) });
export const rect = (x: number, y: number, width: number, height: number, style: Stroke = {}): Markup =>
  el("rect", { x, y, width, height, ...strokeAttrs(style) });
export const path = (d: string, style: Stroke = {}): Markup => el("path", { d, ...strokeAttrs(style), "stroke-linejoin": "round" });
/** A filled dot, as marks a point on a graph. */
export const dot = (p: Point, r = 4, fill = INK): Markup => circle(p, r, { stroke: "none", fill });

// ---- text ----

type Run = { text: string; italic: boolean; shift: "base" | "sub" | "sup" };

/**
 * A label written in a small markup: `*v*` is italic, `_{2}` a subscript, `^{−1}` a superscript
 * ("*R*_{1} = 4.0 Ω", "*v* / m s^{−1}"). Everything else is plain text.
 */
export function parseLabel(source: string): Run[] {
  const runs: Run[] = [];
  let italic = false;
  let buffer = "";
  const flush = (shift: Run["shift"] = "base") => {
    if (buffer) runs.push({ text: buffer, italic, shift });
    buffer = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "*") {
      flush();
      italic = !italic;
    } else if ((ch === "_" || ch === "^") && source[i + 1] === "{") {
      flush();
      const end = source.indexOf("}", i);
      if (end < 0) throw new Error(`Unclosed ${ch}{ in label: ${source}`);
      buffer = source.slice(i + 2, end);
      flush(ch === "_" ? "sub" : "sup");
      i = end;
    } else buffer += ch;
  }
  flush();
  return runs;
}

export type TextOptions = {
  size?: number;
  /** Horizontal alignment at x. */
  anchor?: "start" | "middle" | "end";
  /** Vertical alignment at y: "baseline" (SVG's own), or the middle, top or bottom of capital letters. */
  valign?: "baseline" | "middle" | "top" | "bottom";
  fill?: string;
  weight?: "bold";
  italic?: boolean;
  /** A white halo behind the letters, for a label that sits on lines or shading. */
  halo?: boolean;
};

/**
 * A text label at (x, y). Subscripts and superscripts are moved with dy (a shift every browser draws,
 * unlike baseline-shift) and returned to the baseline after.
 */
export function text(x: number, y: number, source: string, options: TextOptions = {}): Markup {
  const { size = TEXT, anchor = "middle", valign = "middle", fill = INK, weight, italic = false, halo = false } = options;
  const capHeight = 0.7 * size;
  const baseline = y + { baseline: 0, middle: capHeight / 2, top: capHeight, bottom: 0 }[valign];
  const small = Math.round(size * 0.72);
  const offset = { base: 0, sub: 0.3 * size, sup: -0.4 * size };
  let current = 0;
  const runs = parseLabel(source).map((run) => {
    const target = offset[run.shift];
    const dy = target - current;
    current = target;
    const attrs: Attrs = {
      dy: dy ? dy : undefined,
      "font-style": run.italic !== italic ? (run.italic ? "italic" : "normal") : undefined,
      "font-size": run.shift === "base" ? undefined : small,
    };
    const plain = Object.values(attrs).every((v) => v === undefined);
    return plain ? escapeText(run.text) : el("tspan", attrs, [escapeText(run.text)]);
  });
  const attrs: Attrs = {
    x,
    y: baseline,
    "font-size": size,
    "text-anchor": anchor,
    fill,
    "font-weight": weight,
    "font-style": italic ? "italic" : undefined,
    stroke: halo ? "#fff" : undefined,
    "stroke-width": halo ? 4 : undefined,
    "stroke-linejoin": halo ? "round" : undefined,
    "paint-order": halo ? "stroke" : undefined,
  };
  return el("text", attrs, runs);
}

// ---- the document ----

export type Drawing = { width: number; height: number; body: Markup[] };

/**
 * A standalone SVG document: its size in pixels (the figure is shown at this size, no wider than the
 * text), a white background so it reads the same on a dark page, and the body one element to a line.
 */
export function svgDocument({ width, height, body }: Drawing): string {
  const root = {
    xmlns: "http://www.w3.org/2000/svg",
    width,
    height,
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    "font-family": FONT,
  };
  const background = rect(0, 0, width, height, { stroke: "none", fill: "#fff" });
  return `${el("svg", root, ["\n", [background, ...body].join("\n"), "\n"])}\n`;
}
