// Diagram parts in pixel coordinates: arrows (forces, rays, field lines), marked angles, right angles,
// hatched surfaces. Angles are in degrees, anticlockwise from the positive x direction as on paper
// (SVG's y axis points down; these helpers turn it the right way up).
import { GREY, INK, line, type Markup, path, polygon, type Point, type Stroke, text, type TextOptions, num } from "./svg";

export const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The point at distance r from `from` in the direction `degrees` (anticlockwise from east, y up). */
export const polar = ([x, y]: Point, r: number, degrees: number): Point => [x + r * Math.cos(radians(degrees)), y - r * Math.sin(radians(degrees))];

export const add = ([ax, ay]: Point, [bx, by]: Point): Point => [ax + bx, ay + by];
export const lerp = ([ax, ay]: Point, [bx, by]: Point, t: number): Point => [ax + (bx - ax) * t, ay + (by - ay) * t];

/** An arrowhead at `tip` pointing along `dir` (any length). */
export function arrowHead(tip: Point, [dx, dy]: Point, size = 10, fill = INK): Markup {
  const len = Math.hypot(dx, dy);
  const [ux, uy] = [dx / len, dy / len];
  const back: Point = [tip[0] - ux * size, tip[1] - uy * size];
  const half = size * 0.42;
  return polygon(
    [
      [tip[0], tip[1]],
      [back[0] - uy * half, back[1] + ux * half],
      [back[0] + uy * half, back[1] - ux * half],
    ],
    { stroke: "none", fill },
  );
}

export type ArrowOptions = Stroke & { head?: number };

/** A straight arrow from `from` to `to` (a force, a velocity); the shaft stops where the head begins. */
export function arrow(from: Point, to: Point, { head = 12, ...style }: ArrowOptions = {}): Markup[] {
  const dir: Point = [to[0] - from[0], to[1] - from[1]];
  const len = Math.hypot(dir[0], dir[1]);
  const shaftEnd = lerp(from, to, Math.max(0, (len - head * 0.8) / len));
  return [line(from, shaftEnd, { width: 2.5, ...style }), arrowHead(to, dir, head, style.stroke ?? INK)];
}

/** A ray or field line through points, with an arrowhead part-way along (at fraction `at` of its length). */
export function ray(ps: readonly Point[], { at = 0.5, head = 11, ...style }: ArrowOptions & { at?: number } = {}): Markup[] {
  const lengths = ps.slice(1).map((p, i) => Math.hypot(p[0] - ps[i]![0], p[1] - ps[i]![1]));
  const total = lengths.reduce((s, l) => s + l, 0);
  let goal = total * at;
  let i = 0;
  while (i < lengths.length - 1 && goal > lengths[i]!) goal -= lengths[i++]!;
  const a = ps[i]!;
  const b = ps[i + 1]!;
  const tip = lerp(a, b, Math.min(1, (goal + head / 2) / lengths[i]!));
  const d = `M${ps.map(([x, y]) => `${num(x)} ${num(y)}`).join(" L")}`;
  return [path(d, { width: 2, ...style }), arrowHead(tip, [b[0] - a[0], b[1] - a[1]], head, style.stroke ?? INK)];
}

/**
 * An arc marking the angle at `vertex` from direction `from` to direction `to` (degrees, anticlockwise),
 * with its label placed outside the arc on the bisector.
 */
export function angleMark(vertex: Point, from: number, to: number, r: number, label?: string, options: TextOptions & { labelAt?: number } = {}): Markup[] {
  const a = polar(vertex, r, from);
  const b = polar(vertex, r, to);
  const sweep = (((to - from) % 360) + 360) % 360;
  const large = sweep > 180 ? 1 : 0;
  const out = [path(`M${num(a[0])} ${num(a[1])} A${num(r)} ${num(r)} 0 ${large} 0 ${num(b[0])} ${num(b[1])}`, { width: 1.5 })];
  if (label) {
    const { labelAt = r + 16, ...opts } = options;
    const mid = polar(vertex, labelAt, from + sweep / 2);
    out.push(text(mid[0], mid[1], label, { size: 15, ...opts }));
  }
  return out;
}

/** A surface (the ground, a wall, a fixed end): a line with short hatch strokes on one side. */
export function hatched(from: Point, to: Point, side: 1 | -1 = 1, spacing = 12): Markup[] {
  const len = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const [ux, uy] = [(to[0] - from[0]) / len, (to[1] - from[1]) / len];
  // The hatch leans back along the surface, on the side given (1: to the right of from → to as drawn, below a surface drawn left to right).
  const [nx, ny] = [-uy * side, ux * side];
  const out: Markup[] = [line(from, to, { width: 2 })];
  for (let s = spacing / 2; s < len; s += spacing) {
    const p: Point = [from[0] + ux * s, from[1] + uy * s];
    out.push(line(p, [p[0] - ux * 8 + nx * 8, p[1] - uy * 8 + ny * 8], { stroke: GREY, width: 1.2 }));
  }
  return out;
}

/** A dashed construction line (a normal, a guide). */
export const dashed = (a: Point, b: Point, style: Stroke = {}) => line(a, b, { stroke: GREY, width: 1.5, dash: "6 5", ...style });
