// The Maths AA figures, each drawn from the constants its question uses (prisma/seed/content/figures/math-aa.ts).
import * as F from "@/prisma/seed/content/figures/math-aa";
import { add, angleMark, arrowHead, polar } from "./diagram";
import type { FigureSpec } from "./figure-spec";
import { createPlot, smoothThrough, tickLabel } from "./plot";
import { GREY, line, type Markup, num, path, type Point, polygon, rect, SHADE, SMALL, svgDocument, text, TEXT } from "./svg";

const document = (width: number, height: number, body: Markup[]) => svgDocument({ width, height, body });
/** "(−1, 4)": a coordinate pair as printed, with true minus signs. */
const pair = ([x, y]: Point) => `(${tickLabel(x, 0.1)}, ${tickLabel(y, 0.1)})`.replace(/\.0\b/g, "");

function vertexParabola(): string {
  const { f, h, k } = F.vertexParabola;
  const p = createPlot({
    width: 520,
    height: 440,
    style: "cross",
    x: { min: -4, max: 2, step: 1, grid: 1, label: "*x*" },
    y: { min: -10, max: 6, step: 2, grid: 1, label: "*y*" },
  });
  return document(520, 440, [
    ...p.frame(),
    ...p.curve(f),
    p.point([h, k]),
    p.label([h, k], pair([h, k]), 0, -18),
    p.point([0, f(0)]),
    p.label([0, f(0)], pair([0, f(0)]), 12, 2, { anchor: "start" }),
  ]);
}

function rationalGraph(): string {
  const { f, a, c } = F.rationalGraph;
  const p = createPlot({
    width: 560,
    height: 460,
    style: "cross",
    originLabel: false,
    x: { min: -6, max: 8, step: 2, grid: 1, label: "*x*" },
    y: { min: -6, max: 10, step: 2, grid: 1, label: "*y*" },
  });
  return document(560, 460, [
    ...p.frame(),
    p.vline(-c),
    p.hline(a),
    p.label([-c, 9.2], `*x* = ${-c}`, -8, 0, { anchor: "end" }),
    p.label([7.6, a], `*y* = ${a}`, 0, -14, { anchor: "end" }),
    ...p.curve(f, { breaks: [-c], samples: 600 }),
    p.point([0, f(0)]),
    p.label([0, -1.3], pair([0, f(0)]), -10, 0, { anchor: "end" }),
  ]);
}

function cubicForDerivative(): string {
  const { f, maxX, minX } = F.cubicDerivative;
  const p = createPlot({
    width: 520,
    height: 420,
    style: "cross",
    x: { min: -3, max: 5, step: 1, grid: 1, label: "*x*" },
    y: { min: -9, max: 6, step: 3, grid: 1, label: "*y*" },
  });
  return document(520, 420, [
    ...p.frame(),
    line(p.at([maxX, 0]), p.at([maxX, f(maxX)]), { stroke: GREY, width: 1.5, dash: "6 5" }),
    line(p.at([minX, 0]), p.at([minX, f(minX)]), { stroke: GREY, width: 1.5, dash: "6 5" }),
    ...p.curve(f),
    p.label([4.3, f(4.3)], "*y* = *f*(*x*)", 12, 0, { anchor: "start" }),
  ]);
}

function derivativeOption(f: (x: number) => number): string {
  const p = createPlot({
    width: 300,
    height: 240,
    style: "cross",
    originLabel: false,
    margin: { left: 16, right: 24, top: 24, bottom: 16 },
    x: { min: -4, max: 5, step: 1, grid: 1, label: "*x*", format: (v) => (Math.abs(v) % 2 === 1 ? tickLabel(v, 1) : "") },
    y: { min: -6, max: 6, step: 2, grid: 1, label: "*y*", format: (v) => (Math.abs(v) === 4 ? tickLabel(v, 1) : "") },
  });
  return document(300, 240, [...p.frame(), ...p.curve(f)]);
}

function zigzagTransform(): string {
  const { f, g } = F.zigzagTransform;
  const p = createPlot({
    width: 560,
    height: 400,
    style: "cross",
    x: { min: -6, max: 4, step: 1, grid: 1, label: "*x*" },
    y: { min: -3, max: 5, step: 1, grid: 1, label: "*y*" },
  });
  return document(560, 400, [
    ...p.frame(),
    ...p.lineThrough(f, { stroke: GREY, dash: "8 6" }),
    ...p.lineThrough(g),
    ...f.map((q) => p.point(q, 3.5)),
    ...g.map((q) => p.point(q, 3.5)),
    p.label([-3, 2], "*y* = *f*(*x*)", 0, -16, { fill: GREY }),
    p.label([0, 4], "*y* = *g*(*x*)", 14, -4, { anchor: "start" }),
  ]);
}

function areaBetween(): string {
  const { upper, lower, from, to } = F.areaBetween;
  const p = createPlot({
    width: 520,
    height: 440,
    style: "cross",
    x: { min: -3, max: 4, step: 1, label: "*x*" },
    y: { min: -4, max: 6, step: 1, label: "*y*" },
  });
  return document(520, 440, [
    p.region(upper, lower, from, to),
    ...p.frame(),
    ...p.curve(upper),
    ...p.curve(lower),
    p.point([from, upper(from)]),
    p.point([to, upper(to)]),
    p.label([from, upper(from)], "A", -14, -10),
    p.label([to, upper(to)], "B", 14, -12),
    p.label([0.5, 1.6], "*R*", 0, 0, { size: 17 }),
    p.label([2.3, upper(2.3)], "*y* = 4 − *x*^{2}", 12, 0, { anchor: "start" }),
    p.label([3.3, lower(3.3)], "*y* = *x*^{2} − 2*x*", -10, 0, { anchor: "end" }),
  ]);
}

function cosineGraph(): string {
  const { f } = F.cosineGraph;
  const third = Math.PI / 3;
  const piLabel = (v: number) => {
    const k = Math.round(v / third);
    return k === 0 ? "" : k === 3 ? "π" : k % 3 === 0 ? `${k / 3}π` : `${k === 1 ? "" : k}π/3`;
  };
  const p = createPlot({
    width: 560,
    height: 380,
    style: "cross",
    x: { min: 0, max: 4.5, step: third, grid: third / 2, label: "*x*", format: piLabel },
    y: { min: -2, max: 4, step: 1, grid: 1, label: "*y*" },
  });
  return document(560, 380, [...p.frame(), p.hline(3, {}, 0, 4 * third), p.hline(-1, {}, 0, 4 * third), ...p.curve(f, { from: 0, to: 4 * third })]);
}

function boxPlots(): string {
  const { classA, classB } = F.boxPlots;
  const left = 70;
  const right = 570;
  const x = (v: number) => left + ((v - 30) / 70) * (right - left);
  const axisY = 250;
  const out: Markup[] = [];
  for (let v = 30; v <= 100; v += 2) out.push(line([x(v), 30], [x(v), axisY], { stroke: v % 10 === 0 ? "#c8c8c8" : "#e6e6e6", width: 1 }));
  out.push(line([x(30), axisY], [x(100), axisY], { width: 1.5 }));
  for (let v = 30; v <= 100; v += 2) out.push(line([x(v), axisY], [x(v), axisY + (v % 10 === 0 ? 7 : 4)], { width: 1.2 }));
  for (let v = 30; v <= 100; v += 10) out.push(text(x(v), axisY + 20, String(v), { size: SMALL }));
  out.push(text((left + right) / 2, axisY + 44, "Mark", { size: TEXT }));
  const box = (c: typeof classA, y: number, name: string) => [
    line([x(c.min), y], [x(c.q1), y], { width: 2 }),
    line([x(c.q3), y], [x(c.max), y], { width: 2 }),
    line([x(c.min), y - 12], [x(c.min), y + 12], { width: 2 }),
    line([x(c.max), y - 12], [x(c.max), y + 12], { width: 2 }),
    rect(x(c.q1), y - 22, x(c.q3) - x(c.q1), 44, { width: 2, fill: "#fff" }),
    line([x(c.median), y - 22], [x(c.median), y + 22], { width: 2.5 }),
    text(left - 10, y, name, { size: TEXT, anchor: "end" }),
  ];
  out.push(...box(classA, 90, "Class A"), ...box(classB, 180, "Class B"));
  return document(600, 310, out);
}

function cumulativeApples(): string {
  const { points } = F.cumulativeApples;
  const p = createPlot({
    width: 600,
    height: 460,
    style: "frame",
    margin: { left: 60, right: 30, top: 44, bottom: 64 },
    x: { min: 100, max: 220, step: 20, grid: 5, label: "Mass, *m* (grams)" },
    y: { min: 0, max: 80, step: 10, grid: 5, label: "Cumulative frequency" },
  });
  const f = smoothThrough(points);
  return document(600, 460, [...p.frame(), ...p.curve(f, { from: 100, to: 220, width: 2.5 }), ...points.map((q) => p.point(q, 3.5))]);
}

function quadrilateral(): string {
  const { ab, bc, angleB, angleCAD, angleACD } = F.quadrilateral;
  // In centimetres, y up: B at the origin, C along the x-axis.
  const B: Point = [0, 0];
  const C: Point = [bc, 0];
  const A: Point = polarUp(B, ab, angleB);
  const dirAC = bearing(A, C);
  const dirAD = dirAC + angleCAD; // D on the far side of AC from B (anticlockwise from AC at A)
  const dirCA = bearing(C, A);
  const dirCD = dirCA - angleACD;
  const D = intersect(A, dirAD, C, dirCD);
  const scale = 34;
  const origin: Point = [150, 330];
  const px = ([x, y]: Point): Point => [origin[0] + x * scale, origin[1] - y * scale];
  const [a, b, c, d] = [A, B, C, D].map(px) as [Point, Point, Point, Point];
  const centre: Point = [(a[0] + b[0] + c[0] + d[0]) / 4, (a[1] + b[1] + c[1] + d[1]) / 4];
  const vertexLabel = (p: Point, name: string) => {
    const dx = p[0] - centre[0];
    const dy = p[1] - centre[1];
    const len = Math.hypot(dx, dy);
    return text(p[0] + (dx / len) * 18, p[1] + (dy / len) * 18, name, { size: 16 });
  };
  const sideLabel = (p: Point, q: Point, label: string, side: 1 | -1) => {
    const mx = (p[0] + q[0]) / 2;
    const my = (p[1] + q[1]) / 2;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const nx = (-(q[1] - p[1]) / len) * side;
    const ny = ((q[0] - p[0]) / len) * side;
    return text(mx + nx * 18, my + ny * 18, label, { size: TEXT });
  };
  return document(560, 380, [
    polygon([a, b, c, d], { width: 2.5 }),
    line(a, c, { width: 2 }),
    ...angleMark(b, 0, angleB, 26, `${angleB}°`, { labelAt: 46 }),
    ...angleMark(a, dirAC, dirAD, 40, `${angleCAD}°`, { labelAt: 58 }),
    ...angleMark(c, dirCD, dirCA, 34, `${angleACD}°`, { labelAt: 52 }),
    sideLabel(a, b, `${ab} cm`, 1),
    sideLabel(b, c, `${bc} cm`, 1),
    vertexLabel(a, "A"),
    vertexLabel(b, "B"),
    vertexLabel(c, "C"),
    vertexLabel(d, "D"),
  ]);
}

/** The direction from p to q in degrees, anticlockwise from east, in y-up coordinates. */
const bearing = (p: Point, q: Point) => (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
const polarUp = ([x, y]: Point, r: number, deg: number): Point => [x + r * Math.cos((deg * Math.PI) / 180), y + r * Math.sin((deg * Math.PI) / 180)];
/** Where the line from p in direction d1 meets the line from q in direction d2 (y-up coordinates). */
function intersect(p: Point, d1: number, q: Point, d2: number): Point {
  const [ux, uy] = [Math.cos((d1 * Math.PI) / 180), Math.sin((d1 * Math.PI) / 180)];
  const [vx, vy] = [Math.cos((d2 * Math.PI) / 180), Math.sin((d2 * Math.PI) / 180)];
  const det = ux * -vy - uy * -vx;
  const t = ((q[0] - p[0]) * -vy - (q[1] - p[1]) * -vx) / det;
  return [p[0] + t * ux, p[1] + t * uy];
}

function ringSector(): string {
  const { inner, outer, angle } = F.ringSector;
  const scale = 46;
  const O: Point = [70, 340];
  const start = -4;
  const end = start + (angle * 180) / Math.PI;
  const [A, B, C, D] = [polar(O, outer * scale, start), polar(O, outer * scale, end), polar(O, inner * scale, start), polar(O, inner * scale, end)];
  const arc = (to: Point, r: number, sweep: 0 | 1) => `A${num(r)} ${num(r)} 0 0 ${sweep} ${num(to[0])} ${num(to[1])}`;
  const ring = `M${num(A[0])} ${num(A[1])} ${arc(B, outer * scale, 0)} L${num(D[0])} ${num(D[1])} ${arc(C, inner * scale, 1)} Z`;
  const lineLabel = (p: Point, q: Point, label: string) => {
    const mid: Point = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
    return text(...add(mid, polar([0, 0], 16, start - 90)), label, { size: TEXT });
  };
  return document(560, 400, [
    path(ring, { stroke: "none", fill: SHADE }),
    path(`M${num(B[0])} ${num(B[1])} L${num(O[0])} ${num(O[1])} L${num(A[0])} ${num(A[1])} ${arc(B, outer * scale, 0)}`, { width: 2.5 }),
    path(`M${num(C[0])} ${num(C[1])} ${arc(D, inner * scale, 0)}`, { width: 2.5 }),
    ...angleMark(O, start, end, 40, "0.9 rad", { labelAt: 74 }),
    lineLabel(O, C, `${inner} cm`),
    lineLabel(C, A, `${outer - inner} cm`),
    text(...add(O, [-12, 10]), "O", { size: 16 }),
    text(...add(A, [14, 4]), "A", { size: 16 }),
    text(...add(B, [6, -14]), "B", { size: 16 }),
    text(...add(C, [4, 22]), "C", { size: 16 }),
    text(...add(D, [-10, -14]), "D", { size: 16 }),
  ]);
}

function rainTree(): string {
  const { rain, lateIfRain, lateIfDry } = F.rainTree;
  const fmt = (x: number) => String(Math.round(x * 100) / 100);
  const root: Point = [30, 180];
  const out: Markup[] = [];
  const branch = (from: Point, to: Point, p: number, label: string, above: boolean) => {
    out.push(line(from, to, { width: 2 }));
    const mid: Point = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
    out.push(text(mid[0], mid[1] + (above ? -14 : 16), fmt(p), { size: TEXT, halo: true }));
    out.push(text(to[0] + 8, to[1], label, { size: TEXT, anchor: "start" }));
  };
  branch(root, [200, 95], rain, "Rain", true);
  branch(root, [200, 265], 1 - rain, "No rain", false);
  branch([270, 95], [430, 45], lateIfRain, "Late", true);
  branch([270, 95], [430, 145], 1 - lateIfRain, "Not late", false);
  branch([290, 265], [430, 215], lateIfDry, "Late", true);
  branch([290, 265], [430, 315], 1 - lateIfDry, "Not late", false);
  return document(560, 350, out);
}

function velocityQuadratic(): string {
  const { v } = F.velocityCubic;
  const p = createPlot({
    width: 520,
    height: 440,
    style: "cross",
    x: { min: 0, max: 4.5, step: 1, grid: 0.5, label: "*t*" },
    y: { min: -4, max: 10, step: 2, grid: 1, label: "*v*" },
  });
  return document(520, 440, [
    p.region(() => 0, v, 1, 3),
    ...p.frame(),
    ...p.curve(v, { from: 0, to: 4 }),
    p.point([0, v(0)]),
    p.point([4, v(4)]),
    p.label([0, v(0)], pair([0, v(0)]), 12, -2, { anchor: "start" }),
    p.label([4, v(4)], pair([4, v(4)]), -12, -2, { anchor: "end" }),
  ]);
}

function logGraph(): string {
  const { p: shift, q, point } = F.logGraph;
  const p = createPlot({
    width: 520,
    height: 420,
    style: "cross",
    x: { min: -3, max: 5, step: 1, grid: 1, label: "*x*" },
    y: { min: -2, max: 6, step: 1, grid: 1, label: "*y*" },
  });
  // x in terms of y, so the curve runs cleanly down beside its asymptote.
  return document(520, 420, [
    ...p.frame(),
    p.vline(shift),
    p.label([shift, 5.5], `*x* = ${tickLabel(shift, 1)}`, -8, 0, { anchor: "end" }),
    ...p.parametric((y) => [Math.exp(y - q) + shift, y], -2.2, 5),
    p.point(point),
    p.label(point, pair(point), -10, -14, { anchor: "end" }),
  ]);
}

function rootLineRegion(): string {
  const { upper, lower, to } = F.rootLineRegion;
  const p = createPlot({
    width: 540,
    height: 380,
    style: "cross",
    x: { min: 0, max: 5.6, step: 1, grid: 0.5, label: "*x*" },
    y: { min: -1.4, max: 3, step: 1, grid: 0.5, label: "*y*" },
  });
  const c = p.at([5.15, 0]);
  return document(540, 380, [
    p.region(upper, lower, 0, to),
    ...p.frame(),
    ...p.curve(upper, { from: 0, samples: 400 }),
    ...p.curve(lower, { from: 0 }),
    p.point([to, upper(to)]),
    p.label([to, upper(to)], "(4, 2)", -6, -16),
    p.label([1.6, 1.03], "*R*", 0, 0, { size: 17 }),
    p.label([5.0, lower(5.0)], "*y* = *x*/2", -6, -16, { anchor: "end" }),
    p.label([5.4, upper(5.4)], "*y* = √*x*", 0, 18, { anchor: "end" }),
    // A turn about the x-axis.
    path(`M${num(c[0] - 8)} ${num(c[1] - 28)} A10 30 0 1 0 ${num(c[0] + 6)} ${num(c[1] - 29)}`, { width: 1.8 }),
    arrowHead([c[0] + 8, c[1] - 29], [1, 0.15], 10),
  ]);
}

function normalShaded(): string {
  const { mean, sd, from, to } = F.normalShaded;
  const pdf = (x: number) => Math.exp(-(((x - mean) / sd) ** 2) / 2) / (sd * Math.sqrt(2 * Math.PI));
  const p = createPlot({
    width: 560,
    height: 300,
    style: "cross",
    yAxis: false,
    margin: { left: 24, right: 34, top: 20, bottom: 40 },
    x: { min: 35, max: 65, step: 4, ticks: [38, 42, 46, 50, 54, 58, 62], label: "*T*" },
    y: { min: 0, max: 0.105, step: 1, label: "" },
  });
  return document(560, 300, [p.region(pdf, () => 0, from, to), ...p.frame(), p.vline(mean, {}, 0, pdf(mean)), ...p.curve(pdf)]);
}

function piecewiseIntegral(): string {
  const { points } = F.piecewiseIntegral;
  const p = createPlot({
    width: 560,
    height: 380,
    style: "cross",
    x: { min: -0.5, max: 10.8, step: 1, grid: 1, label: "*x*" },
    y: { min: -3, max: 5, step: 1, grid: 1, label: "*y*" },
  });
  return document(560, 380, [...p.frame(), ...p.lineThrough(points), ...points.map((q) => p.point(q, 3.5)), p.label([4, 4], "*y* = *f*(*x*)", 0, -18)]);
}

export const mathAaFigures: FigureSpec[] = [
  { file: F.vertexParabola.file, draw: vertexParabola },
  { file: F.rationalGraph.file, draw: rationalGraph },
  { file: F.cubicDerivative.file, draw: cubicForDerivative },
  ...Object.values(F.cubicDerivative.options).map(({ file, f }) => ({ file, draw: () => derivativeOption(f) })),
  { file: F.zigzagTransform.file, draw: zigzagTransform },
  { file: F.areaBetween.file, draw: areaBetween },
  { file: F.cosineGraph.file, draw: cosineGraph },
  { file: F.boxPlots.file, draw: boxPlots },
  { file: F.cumulativeApples.file, draw: cumulativeApples },
  { file: F.quadrilateral.file, draw: quadrilateral },
  { file: F.ringSector.file, draw: ringSector },
  { file: F.rainTree.file, draw: rainTree },
  { file: F.velocityCubic.file, draw: velocityQuadratic },
  { file: F.logGraph.file, draw: logGraph },
  { file: F.rootLineRegion.file, draw: rootLineRegion },
  { file: F.normalShaded.file, draw: normalShaded },
  { file: F.piecewiseIntegral.file, draw: piecewiseIntegral },
];
