// Graphs in data coordinates: axes with ticks, gridlines and labels, and what is drawn on them (a function,
// points, a polyline, a shaded region, asymptotes), clipped to the plotted range.
import { arrowHead } from "./diagram";
import { dot, GREY, GRID, line, type Markup, type Point, polygon, polyline, SHADE, SMALL, type Stroke, text, TEXT, type TextOptions } from "./svg";

export type Axis = {
  min: number;
  max: number;
  /** Distance between labelled ticks. */
  step: number;
  /** Distance between gridlines; 0 for none (default: `step` on a framed graph, none on crossed axes). */
  grid?: number;
  /** The axis's label in label markup: "*x*" on crossed axes, "*t* / s" on a framed graph. */
  label: string;
  /** How a tick value is written; "" leaves a tick unlabelled (default: the value, with a true minus sign). */
  format?: (value: number) => string;
  /** The ticks, when they are not the multiples of `step` (a scale from 38 in fours). */
  ticks?: number[];
};

export type PlotOptions = {
  width: number;
  height: number;
  x: Axis;
  y: Axis;
  /** Space around the plotted range for labels, in pixels. */
  margin?: Partial<{ left: number; right: number; top: number; bottom: number }>;
  /**
   * "cross": a mathematician's axes through the origin with arrowheads, labelled at their tips, O at the
   * origin. "frame": a scientist's graph, axes along the left and bottom edges on graph-paper gridlines,
   * with the quantity and unit beside each.
   */
  style: "cross" | "frame";
  /** Draw the y-axis (default true): a probability density, say, is drawn on its x-axis alone. */
  yAxis?: boolean;
  /** Write O at the origin of crossed axes (default true; a small graph may have no room for it). */
  originLabel?: boolean;
};

/** A value as a tick label: a true minus sign, no trailing zeros beyond what the step needs. */
export function tickLabel(value: number, step: number): string {
  const decimals = Math.max(0, Math.min(4, Math.ceil(-Math.log10(step) - 1e-9)));
  const written = Math.abs(value).toFixed(decimals);
  return value < 0 && Number(written) !== 0 ? `−${written}` : written;
}

/** The multiples of step in [min, max], without floating-point dust. */
export function ticks(min: number, max: number, step: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) out.push(Math.round(k * step * 1e9) / 1e9 || 0);
  return out;
}

/** The part of the segment a–b inside the rectangle (Liang–Barsky), or null. */
export function clipSegment(a: Point, b: Point, [x0, y0, x1, y1]: [number, number, number, number]): [Point, Point] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  for (const [p, q] of [
    [-dx, a[0] - x0],
    [dx, x1 - a[0]],
    [-dy, a[1] - y0],
    [dy, y1 - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  if (t0 > t1) return null;
  return [
    [a[0] + t0 * dx, a[1] + t0 * dy],
    [a[0] + t1 * dx, a[1] + t1 * dy],
  ];
}

/** Splits a polyline into the runs that lie inside the rectangle. */
export function clipPolyline(ps: readonly Point[], box: [number, number, number, number]): Point[][] {
  const runs: Point[][] = [];
  let run: Point[] = [];
  for (let i = 1; i < ps.length; i++) {
    const piece = clipSegment(ps[i - 1]!, ps[i]!, box);
    if (!piece) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const [a, b] = piece;
    const last = run[run.length - 1];
    if (!last || Math.hypot(last[0] - a[0], last[1] - a[1]) > 1e-6) {
      if (run.length) runs.push(run);
      run = [a];
    }
    run.push(b);
    // The segment left the box: the next piece starts a new run.
    if (Math.hypot(b[0] - ps[i]![0], b[1] - ps[i]![1]) > 1e-6) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => r.length > 1);
}

export type CurveOptions = Stroke & {
  from?: number;
  to?: number;
  samples?: number;
  /** x-values where the function is discontinuous (vertical asymptotes): the curve is not joined across them. */
  breaks?: number[];
};

export type Plot = ReturnType<typeof createPlot>;

export function createPlot(options: PlotOptions) {
  const { width, height, x: xAxis, y: yAxis, style } = options;
  const cross = style === "cross";
  const showY = options.yAxis ?? true;
  const margin = { left: 48, right: 28, top: 28, bottom: 44, ...options.margin };
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  const px = (x: number) => left + ((x - xAxis.min) / (xAxis.max - xAxis.min)) * (right - left);
  const py = (y: number) => bottom - ((y - yAxis.min) / (yAxis.max - yAxis.min)) * (bottom - top);
  const at = ([x, y]: Point): Point => [px(x), py(y)];
  const box: [number, number, number, number] = [left, top, right, bottom];

  // Where the axes are drawn: through the origin when it is in range (crossed axes), else along the edges.
  const xAxisY = cross && yAxis.min <= 0 && yAxis.max >= 0 ? py(0) : bottom;
  const yAxisX = cross && xAxis.min <= 0 && xAxis.max >= 0 ? px(0) : left;
  const origin = xAxisY === py(0) && yAxisX === px(0);

  function gridlines(): Markup[] {
    const out: Markup[] = [];
    const xGrid = xAxis.grid ?? (cross ? 0 : xAxis.step);
    const yGrid = yAxis.grid ?? (cross ? 0 : yAxis.step);
    const major = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) < 1e-6;
    if (xGrid)
      for (const v of ticks(xAxis.min, xAxis.max, xGrid))
        out.push(line([px(v), top], [px(v), bottom], { stroke: major(v, xAxis.step) ? "#c8c8c8" : GRID, width: 1 }));
    if (yGrid)
      for (const v of ticks(yAxis.min, yAxis.max, yGrid))
        out.push(line([left, py(v)], [right, py(v)], { stroke: major(v, yAxis.step) ? "#c8c8c8" : GRID, width: 1 }));
    return out;
  }

  function axes(): Markup[] {
    const out: Markup[] = [];
    const overshoot = cross ? 14 : 0;
    out.push(line([left, xAxisY], [right + overshoot, xAxisY], { width: 1.5 }));
    if (showY) out.push(line([yAxisX, bottom], [yAxisX, top - overshoot], { width: 1.5 }));
    if (cross) {
      out.push(arrowHead([right + overshoot, xAxisY], [1, 0]));
      out.push(text(right + overshoot + 4, xAxisY + 16, xAxis.label, { anchor: "end", size: TEXT, valign: "middle" }));
      if (showY) out.push(arrowHead([yAxisX, top - overshoot], [0, -1]));
      if (showY) out.push(text(yAxisX + 10, top - overshoot + 4, yAxis.label, { anchor: "start", size: TEXT, valign: "middle" }));
      if (origin && showY && (options.originLabel ?? true)) out.push(text(yAxisX - 6, xAxisY + 14, "O", { anchor: "end", size: SMALL }));
    }
    for (const v of xAxis.ticks ?? ticks(xAxis.min, xAxis.max, xAxis.step)) {
      if (cross && v === 0 && origin) continue;
      const label = xAxis.format ? xAxis.format(v) : tickLabel(v, xAxis.step);
      out.push(line([px(v), xAxisY], [px(v), xAxisY + 5], { width: 1.5 }));
      if (label) out.push(text(px(v), xAxisY + 18, label, { size: SMALL, halo: cross }));
    }
    for (const v of showY ? (yAxis.ticks ?? ticks(yAxis.min, yAxis.max, yAxis.step)) : []) {
      if (cross && v === 0 && origin) continue;
      const label = yAxis.format ? yAxis.format(v) : tickLabel(v, yAxis.step);
      out.push(line([yAxisX - 5, py(v)], [yAxisX, py(v)], { width: 1.5 }));
      if (label) out.push(text(yAxisX - 9, py(v), label, { size: SMALL, anchor: "end", halo: cross }));
    }
    if (!cross) {
      out.push(text((left + right) / 2, bottom + 38, xAxis.label, { size: TEXT }));
      out.push(text(left - 8, top - 16, yAxis.label, { size: TEXT, anchor: "start" }));
    }
    return out;
  }

  /** A function's graph, sampled and clipped to the plotted range. */
  function curve(f: (x: number) => number, { from = xAxis.min, to = xAxis.max, samples = 240, breaks = [], ...style }: CurveOptions = {}): Markup[] {
    const edges = [from, ...breaks.filter((b) => b > from && b < to), to];
    const out: Markup[] = [];
    for (let piece = 0; piece + 1 < edges.length; piece++) {
      const a = edges[piece]!;
      const b = edges[piece + 1]!;
      // Stop just short of a break so that the curve runs off the plot rather than across the asymptote.
      const lo = piece > 0 ? a + (b - a) * 1e-4 : a;
      const hi = piece + 2 < edges.length ? b - (b - a) * 1e-4 : b;
      const n = Math.max(8, Math.round((samples * (b - a)) / (to - from)));
      const ps: Point[] = [];
      for (let i = 0; i <= n; i++) {
        const x = lo + ((hi - lo) * i) / n;
        const y = f(x);
        if (Number.isFinite(y)) ps.push(at([x, Math.max(yAxis.min - 50 * (yAxis.max - yAxis.min), Math.min(yAxis.max + 50 * (yAxis.max - yAxis.min), y))]));
      }
      out.push(...clipPolyline(ps, box).map((run) => polyline(run, { width: 2.5, ...style })));
    }
    return out;
  }

  /** A curve given by a parameter, (x(t), y(t)) for t from t0 to t1: a graph steep near an asymptote drawn as x in terms of y. */
  function parametric(at_: (t: number) => Point, t0: number, t1: number, { samples = 240, ...style }: Stroke & { samples?: number } = {}): Markup[] {
    const ps = Array.from({ length: samples + 1 }, (_, i) => at(at_(t0 + ((t1 - t0) * i) / samples)));
    return clipPolyline(ps, box).map((run) => polyline(run, { width: 2.5, ...style }));
  }

  /** Straight segments through data points, clipped to the plotted range. */
  const lineThrough = (ps: readonly Point[], style: Stroke = {}): Markup[] =>
    clipPolyline(ps.map(at), box).map((run) => polyline(run, { width: 2.5, ...style }));

  /** The region between two functions (or a function and the x-axis), shaded. */
  function region(upper: (x: number) => number, lower: (x: number) => number, from: number, to: number, style: Stroke = {}): Markup {
    const n = 120;
    const xs = Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
    const outline = [...xs.map((x): Point => at([x, upper(x)])), ...xs.reverse().map((x): Point => at([x, lower(x)]))];
    return polygon(outline, { stroke: "none", fill: SHADE, ...style });
  }

  /** A dashed line across the plot at x = value (an asymptote, a reading). */
  const vline = (x: number, style: Stroke = {}, from = yAxis.min, to = yAxis.max) =>
    line([px(x), py(from)], [px(x), py(to)], { stroke: GREY, width: 1.5, dash: "7 5", ...style });
  const hline = (y: number, style: Stroke = {}, from = xAxis.min, to = xAxis.max) =>
    line([px(from), py(y)], [px(to), py(y)], { stroke: GREY, width: 1.5, dash: "7 5", ...style });

  /** A dot at a data point. */
  const point = (p: Point, r = 4.5) => dot(at(p), r);

  /** A label at a data point, moved by (dx, dy) pixels; a halo keeps it legible over gridlines. */
  const label = ([x, y]: Point, source: string, dx = 0, dy = 0, opts: TextOptions = {}) => text(px(x) + dx, py(y) + dy, source, { halo: true, ...opts });

  return {
    px,
    py,
    at,
    left,
    right,
    top,
    bottom,
    gridlines,
    axes,
    curve,
    parametric,
    lineThrough,
    region,
    vline,
    hline,
    point,
    label,
    frame: () => [...gridlines(), ...axes()],
  };
}

/**
 * A smooth increasing curve through points in order of x (monotone cubic, Fritsch–Carlson): it never
 * overshoots, so a cumulative frequency curve drawn with it only rises.
 */
export function smoothThrough(ps: readonly Point[]): (x: number) => number {
  const n = ps.length;
  const xs = ps.map((p) => p[0]);
  const ys = ps.map((p) => p[1]);
  const h = xs.slice(1).map((x, i) => x - xs[i]!);
  const delta = h.map((hi, i) => (ys[i + 1]! - ys[i]!) / hi);
  const m = xs.map((_, i) => (i === 0 ? delta[0]! : i === n - 1 ? delta[n - 2]! : delta[i - 1]! * delta[i]! <= 0 ? 0 : (delta[i - 1]! + delta[i]!) / 2));
  for (let i = 0; i < n - 1; i++) {
    if (delta[i] === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = m[i]! / delta[i]!;
    const b = m[i + 1]! / delta[i]!;
    const s = a * a + b * b;
    if (s > 9) {
      const t = 3 / Math.sqrt(s);
      m[i] = t * a * delta[i]!;
      m[i + 1] = t * b * delta[i]!;
    }
  }
  return (x: number) => {
    let i = 0;
    while (i < n - 2 && x > xs[i + 1]!) i++;
    const t = (x - xs[i]!) / h[i]!;
    const h00 = 2 * t ** 3 - 3 * t ** 2 + 1;
    const h10 = t ** 3 - 2 * t ** 2 + t;
    const h01 = -2 * t ** 3 + 3 * t ** 2;
    const h11 = t ** 3 - t ** 2;
    return h00 * ys[i]! + h10 * h[i]! * m[i]! + h01 * ys[i + 1]! + h11 * h[i]! * m[i + 1]!;
  };
}
