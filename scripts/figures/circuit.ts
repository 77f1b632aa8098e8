// Circuit diagrams in the IB data booklet's symbols: each component sits in the middle of a straight run
// of wire from a to b (any direction), with its label beside it, upright.
import { circle, dot, line, type Markup, type Point, polygon, polyline, text, TEXT } from "./svg";

const WIRE = 2;

export type Place = "above" | "below" | "left" | "right";
export type Labelled = { label?: string; place?: Place; size?: number };

/** The frame of the run a → b: its midpoint, the unit vector along it and a point at (s along, t across) the midpoint. */
function frame(a: Point, b: Point) {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const u: Point = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  const c: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  const at = (s: number, t: number): Point => [c[0] + u[0] * s - u[1] * t, c[1] + u[1] * s + u[0] * t];
  return { c, u, len, at };
}

/** Wire from a to the symbol's ends (half-length `half` either side of the midpoint), then on to b. */
function leads(a: Point, b: Point, half: number): Markup[] {
  const { at } = frame(a, b);
  return [line(a, at(-half, 0), { width: WIRE }), line(at(half, 0), b, { width: WIRE })];
}

/** The label beside a symbol reaching `along` the run and `across` it either side of its middle. */
function labelFor(a: Point, b: Point, along: number, across: number, { label, place = "above", size = TEXT }: Labelled): Markup[] {
  if (!label) return [];
  const { c } = frame(a, b);
  const vertical = Math.abs(b[0] - a[0]) < Math.abs(b[1] - a[1]);
  const sideways = place === "left" || place === "right";
  const gap = (sideways === vertical ? across : along) + 8;
  const [x, y] = c;
  switch (place) {
    case "above":
      return [text(x, y - gap, label, { size, valign: "bottom" })];
    case "below":
      return [text(x, y + gap, label, { size, valign: "top" })];
    case "left":
      return [text(x - gap, y, label, { size, anchor: "end" })];
    case "right":
      return [text(x + gap, y, label, { size, anchor: "start" })];
  }
}

/** A plain run of wire through the points. */
export const wire = (...ps: Point[]): Markup => polyline(ps, { width: WIRE });

/** A junction: where three or more wires meet. */
export const junction = (p: Point): Markup => dot(p, 4);

/** A resistor: a rectangle 48 × 18. */
export function resistor(a: Point, b: Point, opts: Labelled = {}): Markup[] {
  const { at } = frame(a, b);
  const body = polygon([at(-24, -9), at(24, -9), at(24, 9), at(-24, 9)], { width: WIRE, fill: "#fff" });
  return [...leads(a, b, 24), body, ...labelFor(a, b, 24, 9, opts)];
}

/**
 * A cell: the long thin plate is the positive terminal, at the end named by `positive` ("a" or "b").
 * `cells: 2` draws a battery of two cells.
 */
export function cell(a: Point, b: Point, opts: Labelled & { positive?: "a" | "b"; cells?: 1 | 2 } = {}): Markup[] {
  const { at } = frame(a, b);
  const sign = opts.positive === "b" ? -1 : 1;
  const n = opts.cells ?? 1;
  const pitch = 16;
  const out: Markup[] = [];
  const first = -((n - 1) * pitch) / 2;
  for (let i = 0; i < n; i++) {
    const s = first + i * pitch;
    out.push(line(at(s - 4 * sign, -18), at(s - 4 * sign, 18), { width: 2.5 }), line(at(s + 4 * sign, -9), at(s + 4 * sign, 9), { width: 6 }));
    if (i > 0) out.push(line(at(s - pitch + 4 * sign, 0), at(s - 4 * sign, 0), { width: WIRE, dash: "3 3" }));
  }
  const half = (n - 1) * (pitch / 2) + 4;
  return [...leads(a, b, half), ...out, ...labelFor(a, b, half + 2, 18, opts)];
}

/** A filament lamp: a circle with a cross. */
export function lamp(a: Point, b: Point, opts: Labelled = {}): Markup[] {
  const { at, c } = frame(a, b);
  const r = 14;
  const k = r * Math.SQRT1_2;
  return [
    ...leads(a, b, r),
    circle(c, r, { width: WIRE, fill: "#fff" }),
    line(at(-k, -k), at(k, k), { width: WIRE }),
    line(at(-k, k), at(k, -k), { width: WIRE }),
    ...labelFor(a, b, r, r, opts),
  ];
}

/** An ammeter ("A") or voltmeter ("V"): a circle with its letter, upright whatever the wire's direction. */
export function meter(kind: "A" | "V", a: Point, b: Point, opts: Labelled = {}): Markup[] {
  const { c } = frame(a, b);
  const r = 15;
  return [...leads(a, b, r), circle(c, r, { width: WIRE, fill: "#fff" }), text(c[0], c[1], kind, { size: 16 }), ...labelFor(a, b, r, r, opts)];
}
