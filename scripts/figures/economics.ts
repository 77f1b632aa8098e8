// The Economics figures, each drawn from the constants its question uses (prisma/seed/content/figures/economics.ts).
import * as F from "@/prisma/seed/content/figures/economics";
import { arrow, arrowHead } from "./diagram";
import type { FigureSpec } from "./figure-spec";
import { createPlot, type Plot, smoothThrough } from "./plot";
import { GREY, INK, line, type Markup, type Point, polygon, SHADE, svgDocument, text } from "./svg";

const document = (width: number, height: number, body: Markup[]) => svgDocument({ width, height, body });
const LIGHT = "#ececec";

/** A root of f in [a, b], where f changes sign: where two curves of a sketch meet. */
function bisect(f: (x: number) => number, a: number, b: number): number {
  let [lo, hi] = [a, b];
  const below = f(lo) < 0;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0 === below) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A straight price line P = intercept − slope × Q drawn across the quantities from..to (clipped). */
const priceLine = (p: Plot, l: F.PriceLine, from: number, to: number, width = 2.5) =>
  p.lineThrough(
    [
      [from, l.intercept - l.slope * from],
      [to, l.intercept - l.slope * to],
    ],
    { width },
  );

/** Dashed lines from a point down to the quantity axis and across to the price axis. */
const guides = (p: Plot, [q, v]: Point): Markup[] => [p.vline(q, {}, 0, v), p.hline(v, {}, 0, q)];

/** A shaded polygon given in data coordinates. */
const area = (p: Plot, ps: Point[], fill = SHADE) => polygon(ps.map(p.at), { stroke: "none", fill });

/** A two-headed arrow between two pixel points (a gap, a wedge). */
const span = (a: Point, b: Point): Markup[] => [
  line(a, b, { width: 1.5 }),
  arrowHead(a, [a[0] - b[0], a[1] - b[1]], 9),
  arrowHead(b, [b[0] - a[0], b[1] - a[1]], 9),
];

/** A framed market diagram with gridlines and numbered axes. */
const market = (
  width: number,
  height: number,
  x: { max: number; step: number; label: string },
  y: { max: number; step: number; grid?: number; label: string },
) =>
  createPlot({
    width,
    height,
    style: "frame",
    margin: { left: 56, right: 64, top: 44, bottom: 64 },
    x: { min: 0, max: x.max, step: x.step, label: x.label },
    y: { min: 0, max: y.max, step: y.step, grid: y.grid, label: y.label },
  });

/** A diagram without numbers (AD/AS, J-curve): axes only, named values written beside them. */
const sketch = (width: number, height: number, xLabel: string, yLabel: string) =>
  createPlot({
    width,
    height,
    style: "frame",
    margin: { left: 56, right: 64, top: 44, bottom: 64 },
    x: { min: 0, max: 10, step: 1, grid: 0, ticks: [], label: xLabel },
    y: { min: 0, max: 10, step: 1, grid: 0, ticks: [], label: yLabel },
  });
const onX = (p: Plot, x: number, name: string) => text(p.px(x), p.bottom + 18, name, { size: 15 });
const onY = (p: Plot, y: number, name: string) => text(p.left - 9, p.py(y), name, { size: 15, anchor: "end" });

function bothShift(): string {
  const { d1, d2, s1, s2 } = F.bothShift;
  const p = market(600, 440, { max: 100, step: 10, label: "Quantity (units per week)" }, { max: 11, step: 1, label: "Price (€)" });
  const e1 = F.crossing(d1, s1);
  const e2 = F.crossing(d2, s2);
  return document(600, 440, [
    ...p.frame(),
    ...guides(p, e1),
    ...guides(p, e2),
    ...priceLine(p, d1, 0, 80),
    ...priceLine(p, d2, 0, 100),
    ...priceLine(p, s1, 0, 100),
    ...priceLine(p, s2, 0, 100),
    p.point(e1),
    p.point(e2),
    p.label([72, F.priceAt(d1, 72)], "D_{1}", 8, -14, { anchor: "start" }),
    p.label([92, F.priceAt(d2, 92)], "D_{2}", 8, -14, { anchor: "start" }),
    p.label([88, F.priceAt(s1, 88)], "S_{1}", 10, 6, { anchor: "start" }),
    p.label([68, F.priceAt(s2, 68)], "S_{2}", 10, 6, { anchor: "start" }),
  ]);
}

function surplus(): string {
  const { demand, supply } = F.surplus;
  const p = market(600, 440, { max: 120, step: 10, label: "Quantity (units per day)" }, { max: 14, step: 1, label: "Price (€)" });
  const [q, v] = F.crossing(demand, supply);
  return document(600, 440, [
    ...p.gridlines(),
    area(p, [
      [0, demand.intercept],
      [0, v],
      [q, v],
    ]),
    area(
      p,
      [
        [0, v],
        [0, supply.intercept],
        [q, v],
      ],
      LIGHT,
    ),
    ...p.axes(),
    ...guides(p, [q, v]),
    ...priceLine(p, demand, 0, 120),
    ...priceLine(p, supply, 0, 120),
    p.point([q, v]),
    p.label([q / 3, (demand.intercept + 2 * v) / 3], "A", 0, 0, { weight: "bold" }),
    p.label([q / 3, (supply.intercept + 2 * v) / 3], "B", 0, 0, { weight: "bold" }),
    p.label([110, F.priceAt(demand, 110)], "D", 0, -16),
    p.label([78, F.priceAt(supply, 78)], "S", 12, 6, { anchor: "start" }),
  ]);
}

function unitTax(): string {
  const { demand, supply, withTax, tax } = F.unitTax;
  const p = market(600, 480, { max: 100, step: 10, label: "Quantity (units per week)" }, { max: 24, step: 2, grid: 1, label: "Price (€)" });
  const [q0, p0] = F.unitTax.before;
  const [q1, p1] = F.unitTax.after;
  const received = p1 - tax;
  return document(600, 480, [
    ...p.gridlines(),
    area(p, [
      [0, p1],
      [q1, p1],
      [q1, p0],
      [0, p0],
    ]),
    area(
      p,
      [
        [0, p0],
        [q1, p0],
        [q1, received],
        [0, received],
      ],
      LIGHT,
    ),
    area(
      p,
      [
        [q1, p1],
        [q0, p0],
        [q1, received],
      ],
      "#bdbdbd",
    ),
    ...p.axes(),
    p.vline(q0, {}, 0, p0),
    p.vline(q1, {}, 0, received),
    ...priceLine(p, demand, 0, 100),
    ...priceLine(p, supply, 0, 100),
    ...priceLine(p, withTax, 0, 100),
    p.point([q0, p0]),
    p.point([q1, p1]),
    p.point([q1, received], 4),
    p.label([q1 / 2, (p0 + p1) / 2], "A", 0, 0, { weight: "bold" }),
    p.label([q1 / 2, (p0 + received) / 2], "B", 0, 0, { weight: "bold" }),
    p.label([(2 * q1 + q0) / 3, (p1 + p0 + received) / 3], "C", 0, 0, { weight: "bold" }),
    ...span(p.at([q1, received]), p.at([q1, p1])),
    p.label([q1, received], "tax wedge", 10, 22, { anchor: "start" }),
    p.label([1, 23.2], "A consumer incidence", 0, 0, { anchor: "start" }),
    p.label([1, 21.8], "B producer incidence", 0, 0, { anchor: "start" }),
    p.label([1, 20.4], "C welfare loss", 0, 0, { anchor: "start" }),
    p.label([94, F.priceAt(demand, 94)], "D", 0, -16),
    p.label([100, F.priceAt(supply, 100)], "S", 10, 0, { anchor: "start" }),
    p.label([100, F.priceAt(withTax, 100)], "S + tax", -6, -14, { anchor: "end" }),
  ]);
}

function priceCeiling(): string {
  const { demand, supply, ceiling } = F.priceCeiling;
  const p = market(600, 440, { max: 120, step: 10, label: "Quantity of flats" }, { max: 14, step: 1, label: "Rent (€ per day)" });
  const e = F.crossing(demand, supply);
  const qs = (ceiling - supply.intercept) / -supply.slope;
  const qd = (demand.intercept - ceiling) / demand.slope;
  return document(600, 440, [
    ...p.frame(),
    ...guides(p, e),
    p.vline(qs, {}, 0, ceiling),
    p.vline(qd, {}, 0, ceiling),
    ...priceLine(p, demand, 0, 120),
    ...priceLine(p, supply, 0, 120),
    line(p.at([0, ceiling]), p.at([120, ceiling]), { width: 2 }),
    p.point(e),
    p.point([qs, ceiling], 4),
    p.point([qd, ceiling], 4),
    p.label([120, ceiling], "maximum price", -2, -14, { anchor: "end" }),
    ...span(p.at([qs, 3.4]), p.at([qd, 3.4])),
    p.label([(qs + qd) / 2, 3.4], "shortage", 0, 20),
    p.label([110, F.priceAt(demand, 110)], "D", 0, -16),
    p.label([110, F.priceAt(supply, 110)], "S", 12, 6, { anchor: "start" }),
  ]);
}

function linearPed(): string {
  const { demand, points } = F.linearPed;
  const p = market(600, 440, { max: 110, step: 10, label: "Quantity (units per week)" }, { max: 11, step: 1, label: "Price (€)" });
  return document(600, 440, [
    ...p.frame(),
    ...priceLine(p, demand, 0, 100),
    ...Object.entries(points).flatMap(([name, at]) => [p.point(at), p.label(at, name, 10, -14, { anchor: "start", weight: "bold" })]),
    p.label([32, 9.2], "PED > 1", 0, 0, { anchor: "start" }),
    p.label([80, 4.4], "PED < 1", 0, 0, { anchor: "start" }),
    p.label([100, 0], "D", 12, -14, { anchor: "start" }),
  ]);
}

/** AD/AS lines in the sketches: P = c + m × Y. */
const asLine = (p: Plot, c: number, m: number, from: number, to: number) =>
  p.lineThrough([
    [from, c + m * from],
    [to, c + m * to],
  ]);

function adShift(): string {
  const p = sketch(600, 440, "Real GDP", "Average price level");
  const sras = (y: number) => 1.5 + 0.7 * y;
  const y2 = bisect((y) => sras(y) - (11.3 - 0.9 * y), 0, 10);
  const e2: Point = [y2, sras(y2)];
  return document(600, 440, [
    ...p.axes(),
    ...guides(p, [5, 5]),
    ...guides(p, e2),
    line(p.at([5, 0]), p.at([5, 10]), { width: 2.5 }),
    ...asLine(p, 1.5, 0.7, 0.5, 11),
    ...asLine(p, 9.5, -0.9, 1.5, 9),
    ...asLine(p, 11.3, -0.9, 3.5, 10),
    p.point([5, 5]),
    p.point(e2),
    p.label([5, 10], "LRAS", 8, 10, { anchor: "start" }),
    p.label([10, sras(10)], "SRAS", 6, 0, { anchor: "start" }),
    p.label([9, 9.5 - 0.9 * 9], "AD_{1}", 6, 10, { anchor: "start" }),
    p.label([10, 11.3 - 9], "AD_{2}", 6, 10, { anchor: "start" }),
    onY(p, 5, "P_{1}"),
    onY(p, e2[1], "P_{2}"),
    onX(p, 5, "Y_{p}"),
    onX(p, y2, "Y_{2}"),
    ...span(p.at([5, 0.6]), p.at([y2, 0.6])),
    p.label([y2, 0.6], "inflationary gap", 10, 0, { anchor: "start" }),
  ]);
}

function keynesianAs(): string {
  const p = sketch(600, 440, "Real GDP", "Average price level");
  const low = 2;
  // AS: horizontal at `low` to Y = 4, then curving up to vertical at Yf = 8, drawn as Y in terms of P.
  const asY = (v: number) => 8 - 4 * Math.exp(-(v - low) / 1.2);
  const ad = (through: Point) => (y: number) => through[1] - 0.8 * (y - through[0]);
  const meets = (f: (y: number) => number): Point => {
    const v = bisect((pl) => f(asY(pl)) - pl, low, 10);
    return [asY(v), v];
  };
  const ad3 = ad([8, 6.5]);
  const ad4 = ad([8, 8.5]);
  const e3 = meets(ad3);
  const e4 = meets(ad4);
  return document(600, 440, [
    ...p.axes(),
    p.vline(1.5, {}, 0, low),
    p.vline(3, {}, 0, low),
    p.vline(8),
    p.hline(e3[1], {}, 0, e3[0]),
    p.hline(e4[1], {}, 0, e4[0]),
    ...p.lineThrough([
      [0, low],
      [4, low],
    ]),
    ...p.parametric((v) => [asY(v), v], low, 10),
    ...asLine(p, low + 0.8 * 1.5, -0.8, 0, 3.5),
    ...asLine(p, low + 0.8 * 3, -0.8, 0.5, 5),
    ...asLine(p, ad3(0), -0.8, 5.5, 10),
    ...asLine(p, ad4(0), -0.8, 6.5, 10),
    p.label([3.5, ad([1.5, low])(3.5)], "AD_{1}", 4, -4, { anchor: "start" }),
    p.label([5, ad([3, low])(5)], "AD_{2}", 4, -4, { anchor: "start" }),
    p.label([10, ad3(10)], "AD_{3}", 6, 4, { anchor: "start" }),
    p.label([10, ad4(10)], "AD_{4}", 6, 4, { anchor: "start" }),
    p.label([asY(10), 10], "AS", 10, 8, { anchor: "start" }),
    onY(p, low, "P_{1}"),
    onY(p, e3[1], "P_{3}"),
    onY(p, e4[1], "P_{4}"),
    onX(p, 1.5, "Y_{1}"),
    onX(p, 3, "Y_{2}"),
    onX(p, 8, "Y_{f}"),
  ]);
}

function neoclassical(): string {
  const p = sketch(600, 440, "Real GDP", "Average price level");
  const y2 = bisect((y) => 1.5 + 0.7 * y - (11.3 - 0.9 * y), 0, 10);
  const a: Point = [5, 5];
  const b: Point = [y2, 1.5 + 0.7 * y2];
  const c: Point = [5, 6.8];
  const nudge = (from: Point, to: Point): Markup[] => {
    const [fx, fy] = p.at(from);
    const [tx, ty] = p.at(to);
    const len = Math.hypot(tx - fx, ty - fy);
    const [ux, uy] = [(tx - fx) / len, (ty - fy) / len];
    return arrow([fx + ux * 10 - uy * 12, fy + uy * 10 + ux * 12], [tx - ux * 10 - uy * 12, ty - uy * 10 + ux * 12], { width: 1.8, head: 10, stroke: GREY });
  };
  return document(600, 440, [
    ...p.axes(),
    p.hline(a[1], {}, 0, a[0]),
    ...guides(p, b),
    p.hline(c[1], {}, 0, c[0]),
    line(p.at([5, 0]), p.at([5, 10]), { width: 2.5 }),
    ...asLine(p, 1.5, 0.7, 0.5, 10),
    ...asLine(p, 3.3, 0.7, 0, 9),
    ...asLine(p, 9.5, -0.9, 1.5, 9),
    ...asLine(p, 11.3, -0.9, 3.5, 10),
    p.point(a),
    p.point(b),
    p.point(c),
    p.label(a, "a", -16, 0),
    p.label(b, "b", 16, 0),
    p.label(c, "c", -16, 0),
    ...nudge(a, b),
    ...nudge(b, c),
    p.label([5, 10], "LRAS", 8, 10, { anchor: "start" }),
    p.label([10, 1.5 + 7], "SRAS_{1}", 6, 0, { anchor: "start" }),
    p.label([9, 3.3 + 6.3], "SRAS_{2}", 6, 4, { anchor: "start" }),
    p.label([9, 9.5 - 8.1], "AD_{1}", 6, 10, { anchor: "start" }),
    p.label([10, 11.3 - 9], "AD_{2}", 6, 10, { anchor: "start" }),
    onY(p, a[1], "P_{1}"),
    onY(p, b[1], "P_{2}"),
    onY(p, c[1], "P_{3}"),
    onX(p, 5, "Y_{p}"),
    onX(p, y2, "Y_{2}"),
  ]);
}

function ppc(): string {
  const { capital, points } = F.ppc;
  const p = market(560, 500, { max: 110, step: 10, label: "Consumer goods (units)" }, { max: 110, step: 10, label: "Capital goods (units)" });
  return document(560, 500, [
    ...p.frame(),
    ...p.curve(capital, { from: 0, to: 100 }),
    ...Object.entries(points).flatMap(([name, at]) => [p.point(at), p.label(at, name, 12, -12, { anchor: "start", weight: "bold" })]),
  ]);
}

function productionExternality(): string {
  const { demand, mpc, msc, market: m, optimum: o } = F.productionExternality;
  const p = createPlot({
    width: 620,
    height: 460,
    style: "frame",
    margin: { left: 56, right: 84, top: 44, bottom: 64 },
    x: { min: 0, max: 200, step: 20, label: "Quantity (tonnes per week)" },
    y: { min: 0, max: 110, step: 10, label: "Costs and benefits (€)" },
  });
  const top: Point = [m[0], F.priceAt(msc, m[0])];
  return document(620, 460, [
    ...p.gridlines(),
    area(p, [o, top, m]),
    ...p.axes(),
    ...guides(p, m),
    ...guides(p, o),
    p.hline(top[1], {}, 0, top[0]),
    ...priceLine(p, demand, 0, 200),
    ...priceLine(p, mpc, 0, 200),
    ...priceLine(p, msc, 0, 200),
    p.point(m),
    p.point(o),
    p.point(top, 4),
    line(p.at([156, 31]), p.at([(o[0] + 2 * m[0]) / 3, (o[1] + top[1] + m[1]) / 3]), { width: 1.2, stroke: INK }),
    p.label([156, 31], "welfare loss", 4, 2, { anchor: "start" }),
    p.label([30, 92], "D = MPB = MSB", 0, 0, { anchor: "start" }),
    p.label([200, F.priceAt(mpc, 200)], "S = MPC", 6, 0, { anchor: "start" }),
    p.label([200, F.priceAt(msc, 200)], "MSC", 6, 0, { anchor: "start" }),
  ]);
}

function lorenz(): string {
  const { cumulative } = F.lorenz;
  const pts = cumulative.map((v, i): Point => [20 * i, v]);
  const p = market(520, 520, { max: 100, step: 10, label: "Cumulative % of households" }, { max: 100, step: 10, label: "Cumulative % of income" });
  return document(520, 520, [
    ...p.frame(),
    ...p.lineThrough(
      [
        [0, 0],
        [100, 100],
      ],
      { width: 2 },
    ),
    ...p.lineThrough(pts),
    ...pts.map((at) => p.point(at)),
    p.label([34, 62], "line of perfect", 0, -9),
    p.label([34, 62], "equality", 0, 9),
    p.label([70, 22], "Lorenz curve"),
  ]);
}

function euroMarket(): string {
  const { d1, d2, s, rate1, rate2 } = F.euroMarket;
  const p = createPlot({
    width: 600,
    height: 460,
    style: "frame",
    margin: { left: 64, right: 64, top: 44, bottom: 64 },
    x: { min: 0, max: 100, step: 10, label: "Quantity of euros (€ billion)" },
    y: { min: 0, max: 1.2, step: 0.1, grid: 0.05, label: "Exchange rate (£ per €)", format: (v) => v.toFixed(2) },
  });
  const along = (f: { a: number; b: number }) =>
    p.lineThrough(
      [0.2, 1.4].map((r): Point => [f.a + f.b * r, r]),
      { width: 2.5 },
    );
  const e1: Point = [s.a + s.b * rate1, rate1];
  const e2: Point = [s.a + s.b * rate2, rate2];
  return document(600, 460, [
    ...p.frame(),
    ...guides(p, e1),
    ...guides(p, e2),
    ...along(s),
    ...along(d1),
    ...along(d2),
    p.point(e1),
    p.point(e2),
    p.label([90, 1.2], "S", 8, 10, { anchor: "start" }),
    p.label([100, 0.3], "D_{1}", 8, 0, { anchor: "start" }),
    p.label([100, 0.5], "D_{2}", 8, 0, { anchor: "start" }),
  ]);
}

function jCurve(): string {
  const p = createPlot({
    width: 600,
    height: 420,
    style: "cross",
    originLabel: false,
    margin: { left: 40, right: 40, top: 56, bottom: 40 },
    x: { min: 0, max: 10, step: 1, ticks: [], label: "time" },
    y: { min: -4.5, max: 4, step: 1, ticks: [], label: "current account balance" },
  });
  const curve = smoothThrough([
    [0, -1],
    [2, -1],
    [3.5, -3],
    [5, -1],
    [7, 1.6],
    [9.5, 3],
  ]);
  return document(600, 420, [
    ...p.axes(),
    text(p.left - 8, p.py(0), "0", { anchor: "end" }),
    p.vline(2, {}, curve(2), 0),
    p.vline(3.5, {}, curve(3.5), 0),
    p.vline(5, {}, curve(5), 0),
    p.hline(-1, { dash: "3 5" }, 0, 5),
    ...p.curve(curve, { from: 0, to: 9.5 }),
    ...[2, 3.5, 5].flatMap((t, i) => [line(p.at([t, 0]), [p.px(t), p.py(0) - 5], { width: 1.5 }), p.label([t, 0], `t_{${i + 1}}`, 0, -16)]),
    p.label([0.3, 0], "surplus", 0, -40, { anchor: "start", fill: GREY }),
    p.label([0.3, -2.4], "deficit", 0, 0, { anchor: "start", fill: GREY }),
    p.label([2, 2.6], "depreciation", 0, -8),
    ...arrow(p.at([2, 2.3]), p.at([2, 0.85]), { width: 1.8, head: 10 }),
  ]);
}

function firmProfit(): string {
  const f = F.firmProfit;
  const p = market(600, 480, { max: 100, step: 10, label: "Output (units per day)" }, { max: 70, step: 10, grid: 5, label: "Costs and revenue (€)" });
  const q = f.output;
  const atc = f.atc(q);
  const mcTop = bisect((x) => f.mc(x) - 70, 40, 100);
  return document(600, 480, [
    ...p.gridlines(),
    area(p, [
      [0, f.price],
      [q, f.price],
      [q, atc],
      [0, atc],
    ]),
    ...p.axes(),
    p.vline(q, {}, 0, f.price),
    line(p.at([0, f.price]), p.at([100, f.price]), { width: 2.5 }),
    ...p.curve((x) => f.mc(x), { from: 4, to: 100 }),
    ...p.curve((x) => f.avc(x), { from: 2, to: 100 }),
    ...p.curve((x) => f.atc(x), { from: 10, to: 100 }),
    p.point([q, f.price]),
    p.point([q, atc], 4),
    p.label([16, (f.price + atc) / 2], "abnormal profit"),
    p.label([1, f.price], "P = AR = MR", 0, -14, { anchor: "start" }),
    p.label([mcTop, 70], "MC", 12, 12, { anchor: "start" }),
    p.label([100, f.atc(100)], "ATC", 8, 0, { anchor: "start" }),
    p.label([100, f.avc(100)], "AVC", 8, 0, { anchor: "start" }),
  ]);
}

export const economicsFigures: FigureSpec[] = [
  { file: F.bothShift.file, draw: bothShift },
  { file: F.surplus.file, draw: surplus },
  { file: F.unitTax.file, draw: unitTax },
  { file: F.priceCeiling.file, draw: priceCeiling },
  { file: F.linearPed.file, draw: linearPed },
  { file: F.adShift.file, draw: adShift },
  { file: F.keynesianAs.file, draw: keynesianAs },
  { file: F.neoclassical.file, draw: neoclassical },
  { file: F.ppc.file, draw: ppc },
  { file: F.productionExternality.file, draw: productionExternality },
  { file: F.lorenz.file, draw: lorenz },
  { file: F.euroMarket.file, draw: euroMarket },
  { file: F.jCurve.file, draw: jCurve },
  { file: F.firmProfit.file, draw: firmProfit },
];
