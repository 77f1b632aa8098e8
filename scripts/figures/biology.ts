// The Biology figures, each drawn from the constants its question uses (prisma/seed/content/figures/biology.ts).
import * as F from "@/prisma/seed/content/figures/biology";
import { arrow } from "./diagram";
import type { FigureSpec } from "./figure-spec";
import { createPlot, smoothThrough } from "./plot";
import { circle, el, GREY, line, type Markup, type Point, polyline, rect, SMALL, svgDocument, text, TEXT } from "./svg";

const document = (width: number, height: number, body: Markup[]) => svgDocument({ width, height, body });
const ellipse = ([cx, cy]: Point, rx: number, ry: number, fill = "#fff", width = 2) =>
  el("ellipse", { cx, cy, rx, ry, fill, stroke: "#000", "stroke-width": width });

/** A label letter at `at` with a leader line to `to`. */
const pointer = (at: Point, to: Point, name: string): Markup[] => [
  line(at, to, { width: 1.5 }),
  text(at[0] + (at[0] > to[0] ? 12 : -12), at[1], name, { size: 17, weight: "bold" }),
];

function plantCell(): string {
  const chloroplast = ([x, y]: Point): Markup[] => [
    ellipse([x, y], 34, 16, "#e6e6e6"),
    ...[-16, -4, 8].flatMap((dx) => [0, 4, 8].map((dy) => line([x + dx, y - 6 + dy], [x + dx + 9, y - 6 + dy], { width: 1.5 }))),
  ];
  const mito: Point = [250, 96];
  const cristae: Point[] = [];
  for (let i = 0; i <= 6; i++) {
    const x = mito[0] - 15 + i * 5;
    cristae.push([x, i % 2 ? mito[1] - 8 : mito[1] + 8], [x, mito[1]]);
  }
  return document(600, 400, [
    rect(60, 30, 440, 330, { width: 2, fill: "#d9d9d9" }),
    rect(72, 42, 416, 306, { width: 1.5, fill: "#fff" }),
    ellipse([310, 220], 130, 82, "#f2f2f2", 1.8),
    circle([145, 120], 38, { width: 2, fill: "#f7f7f7" }),
    circle([145, 120], 33, { width: 1.2 }),
    circle([152, 114], 11, { stroke: "none", fill: "#666" }),
    ...chloroplast([130, 300]),
    ...chloroplast([420, 90]),
    ...chloroplast([440, 320]),
    ...chloroplast([130, 215]),
    ellipse(mito, 22, 12, "#fff", 1.8),
    polyline(cristae, { width: 1.2 }),
    ...pointer([540, 46], [494, 60], "W"),
    ...pointer([270, 14], [255, 86], "X"),
    ...pointer([540, 350], [470, 326], "Y"),
    ...pointer([540, 220], [440, 220], "Z"),
  ]);
}

function enzymeTemperature(): string {
  const { points } = F.enzymeTemperature;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 70, step: 10, grid: 5, label: "Temperature / °C" },
    y: { min: 0, max: 60, step: 10, grid: 5, label: "Rate / µmol min^{−1}" },
  });
  return document(600, 440, [...p.frame(), ...p.curve(smoothThrough(points), { from: 0, to: 60 }), ...points.map((q) => p.point(q, 4))]);
}

function photosynthesisLight(): string {
  const f = F.photosynthesisLight;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 10, step: 1, grid: 0.5, label: "Light intensity / arbitrary units" },
    y: { min: 0, max: 40, step: 5, label: "Rate of photosynthesis / arbitrary units" },
  });
  const low = (i: number) => f.rate(f.low.max, i);
  const high = (i: number) => f.rate(f.high.max, i);
  const a: Point = [f.points.A, low(f.points.A)];
  const b: Point = [f.points.B, low(f.points.B)];
  return document(600, 440, [
    ...p.frame(),
    ...p.curve(high, { from: 0, to: 10 }),
    ...p.curve(low, { from: 0, to: 10 }),
    p.point(a),
    p.point(b),
    p.label(a, "A", 14, 4, { weight: "bold" }),
    p.label(b, "B", 0, 18, { weight: "bold" }),
    p.label([9.8, high(9.8)], "0.10% CO_{2}", 0, -16, { anchor: "end" }),
    p.label([9.8, low(9.8)], "0.04% CO_{2}", 0, -16, { anchor: "end" }),
  ]);
}

function populationGrowth(): string {
  const { capacity, growth } = F.populationGrowth;
  const p = createPlot({
    width: 600,
    height: 420,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 24, step: 2, grid: 0, label: "Time / hours" },
    y: { min: 0, max: 600, step: 100, grid: 0, label: "Population density / cells mm^{−3}" },
  });
  return document(600, 420, [
    ...p.frame(),
    p.hline(capacity),
    ...p.curve(growth, { from: 0, to: 24 }),
    p.vline(7, { dash: "3 5" }, 0, 560),
    p.vline(14, { dash: "3 5" }, 0, 560),
    p.label([3.5, 560], "X", 0, 0, { weight: "bold" }),
    p.label([10.5, 560], "Y", 0, 0, { weight: "bold" }),
    p.label([19, 560], "Z", 0, 0, { weight: "bold" }),
  ]);
}

function pedigree(): string {
  const size = 34;
  type Person = { id: string; at: Point; male: boolean; affected: boolean };
  const person = ({ id, at: [x, y], male, affected }: Person): Markup[] => [
    male
      ? rect(x - size / 2, y - size / 2, size, size, { width: 2, fill: affected ? "#000" : "#fff" })
      : circle([x, y], size / 2, { width: 2, fill: affected ? "#000" : "#fff" }),
    text(x, y + size / 2 + 16, id, { size: SMALL }),
  ];
  const y1 = 60;
  const y2 = 190;
  const y3 = 320;
  const people: Person[] = [
    { id: "I-1", at: [200, y1], male: true, affected: false },
    { id: "I-2", at: [320, y1], male: false, affected: false },
    { id: "II-1", at: [140, y2], male: true, affected: false },
    { id: "II-2", at: [260, y2], male: false, affected: true },
    { id: "II-3", at: [380, y2], male: true, affected: false },
    { id: "II-4", at: [500, y2], male: false, affected: false },
    { id: "III-1", at: [380, y3], male: true, affected: true },
    { id: "III-2", at: [500, y3], male: false, affected: false },
  ];
  const h = size / 2;
  const sibs = (parentsMid: Point, kids: number[], y: number): Markup[] => [
    line(parentsMid, [parentsMid[0], y - 50]),
    line([Math.min(...kids), y - 50], [Math.max(...kids), y - 50]),
    ...kids.map((x) => line([x, y - 50], [x, y - h])),
  ];
  const key = 390;
  return document(600, 420, [
    line([200 + h, y1], [320 - h, y1]),
    ...sibs([260, y1], [140, 260, 380], y2),
    line([380 + h, y2], [500 - h, y2]),
    ...sibs([440, y2], [380, 500], y3),
    ...people.flatMap(person),
    text(40, y1, "I", { size: TEXT, weight: "bold" }),
    text(40, y2, "II", { size: TEXT, weight: "bold" }),
    text(40, y3, "III", { size: TEXT, weight: "bold" }),
    rect(40, key - 7, 14, 14, { width: 1.5 }),
    text(60, key, "unaffected male", { size: SMALL, anchor: "start" }),
    rect(170, key - 7, 14, 14, { width: 1.5, fill: "#000" }),
    text(190, key, "affected male", { size: SMALL, anchor: "start" }),
    circle([297, key], 7, { width: 1.5 }),
    text(310, key, "unaffected female", { size: SMALL, anchor: "start" }),
    circle([442, key], 7, { width: 1.5, fill: "#000" }),
    text(455, key, "affected female", { size: SMALL, anchor: "start" }),
  ]);
}

function foodWeb(): string {
  const { organisms, links } = F.foodWeb;
  const [w, h] = [112, 36];
  const at = (key: string) => organisms[key as keyof typeof organisms].at;
  /** Where the line from a box's centre towards `to` leaves the box, plus a small gap. */
  const edge = ([x, y]: Point, [tx, ty]: Point, gap = 4): Point => {
    const [dx, dy] = [tx - x, ty - y];
    const t = Math.min(dx ? (w / 2 + gap) / Math.abs(dx) : Infinity, dy ? (h / 2 + gap) / Math.abs(dy) : Infinity);
    return [x + dx * t, y + dy * t];
  };
  return document(600, 430, [
    ...links.flatMap(([food, feeder]) => arrow(edge(at(food), at(feeder)), edge(at(feeder), at(food)), { width: 2, head: 11 })),
    ...Object.values(organisms).flatMap(({ name, at: [x, y] }) => [
      rect(x - w / 2, y - h / 2, w, h, { width: 1.8, fill: "#f2f2f2" }),
      text(x, y, name, { size: TEXT }),
    ]),
  ]);
}

function cladogram(): string {
  const tipY = 60;
  const tips: Record<string, number> = { P: 100, Q: 200, R: 300, S: 400, T: 500 };
  // Nodes in the diagonal style: each node sits below its clade, the lines run straight to the tips.
  const node = (a: Point, b: Point): Point => {
    // The point where lines of slope ±1 (in the drawing) from a and b meet.
    const x = (a[0] + b[0]) / 2 + (b[1] - a[1]) / 2;
    return [x, a[1] + (x - a[0])];
  };
  const tip = (name: string): Point => [tips[name]!, tipY];
  const pq = node(tip("P"), tip("Q"));
  const rs = node(tip("R"), tip("S"));
  const pqrs = node(pq, rs);
  const all = node(pqrs, tip("T"));
  const root: Point = [all[0] - 40, all[1] + 40];
  return document(600, 340, [
    polyline([tip("P"), pq, tip("Q")], { width: 2.5 }),
    polyline([tip("R"), rs, tip("S")], { width: 2.5 }),
    polyline([pq, pqrs, rs], { width: 2.5 }),
    polyline([pqrs, all, tip("T")], { width: 2.5 }),
    line(all, root, { width: 2.5 }),
    ...Object.keys(tips).map((name) => text(tips[name]!, tipY - 22, name, { size: 18, weight: "bold" })),
  ]);
}

function oxygenDissociation(): string {
  const f = F.oxygenDissociation;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 14, step: 2, grid: 1, label: "Partial pressure of oxygen / kPa" },
    y: { min: 0, max: 100, step: 10, label: "Saturation of haemoglobin / %" },
  });
  const normal = f.curve(f.normal.saturation);
  const acid = f.curve(f.acid.saturation);
  return document(600, 440, [
    ...p.frame(),
    p.vline(f.at, {}, 0, 100),
    ...p.curve(normal, { from: 0, to: 14 }),
    ...p.curve(acid, { from: 0, to: 14, dash: "9 6" }),
    p.point([f.at, f.normal.saturation]),
    p.point([f.at, f.acid.saturation]),
    p.label([2.2, normal(2.2)], `pH ${f.normal.ph}`, -10, -4, { anchor: "end" }),
    p.label([7.2, acid(7.2)], `pH ${f.acid.ph}`, 10, 22, { anchor: "start" }),
  ]);
}

function actionPotential(): string {
  const { points } = F.actionPotential;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 60, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 6, step: 1, grid: 0.5, label: "Time / ms" },
    y: { min: -90, max: 50, step: 10, label: "Membrane potential / mV" },
  });
  const v = smoothThrough(points);
  return document(600, 440, [
    ...p.frame(),
    p.hline(-55, { stroke: "#000" }),
    p.label([6, -55], "threshold", -4, -14, { anchor: "end" }),
    ...p.curve(v, { from: 0, to: 6, samples: 600 }),
    p.label([1.45, 0], "A", -16, 0, { weight: "bold" }),
    p.label([2.3, -20], "B", 16, 0, { weight: "bold" }),
    p.label([3.0, -80], "C", 0, -16, { weight: "bold" }),
  ]);
}

function stomatalDensity(): string {
  const { bars } = F.stomatalDensity;
  const p = createPlot({
    width: 560,
    height: 440,
    style: "frame",
    margin: { left: 64, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 10, step: 1, grid: 0, ticks: [], label: "Leaf surface" },
    y: { min: 0, max: 300, step: 50, grid: 50, label: "Stomatal density / mm^{−2}" },
  });
  const bar = (x: number, [mean, sd]: [number, number], fill: string): Markup[] => {
    const [l, r] = [p.px(x - 0.7), p.px(x + 0.7)];
    const cx = p.px(x);
    return [
      rect(l, p.py(mean), r - l, p.py(0) - p.py(mean), { width: 1.5, fill }),
      line([cx, p.py(mean - sd)], [cx, p.py(mean + sd)], { width: 1.8 }),
      line([cx - 8, p.py(mean + sd)], [cx + 8, p.py(mean + sd)], { width: 1.8 }),
      line([cx - 8, p.py(mean - sd)], [cx + 8, p.py(mean - sd)], { width: 1.8 }),
    ];
  };
  const [dark, light] = ["#777", "#fff"];
  return document(560, 440, [
    ...p.frame(),
    ...bar(2.2, bars.upper.sun, dark),
    ...bar(3.8, bars.upper.shade, light),
    ...bar(6.2, bars.lower.sun, dark),
    ...bar(7.8, bars.lower.shade, light),
    text(p.px(3), p.bottom + 18, "upper", { size: TEXT }),
    text(p.px(7), p.bottom + 18, "lower", { size: TEXT }),
    rect(p.px(0.5), p.py(290) - 7, 14, 14, { width: 1.5, fill: dark }),
    text(p.px(0.5) + 22, p.py(290), "sun leaves", { size: SMALL, anchor: "start", valign: "middle" }),
    rect(p.px(0.5), p.py(262) - 7, 14, 14, { width: 1.5, fill: light }),
    text(p.px(0.5) + 22, p.py(262), "shade leaves", { size: SMALL, anchor: "start", valign: "middle" }),
  ]);
}

function dihybridGrid(): string {
  const { gametes, cells } = F.dihybridGrid;
  const [x0, y0, cw, ch] = [45, 60, 110, 56];
  const out: Markup[] = [];
  const cell = (col: number, row: number, label: string, fill: string, bold = false) => {
    const [x, y] = [x0 + col * cw, y0 + row * ch];
    out.push(rect(x, y, cw, ch, { width: 1.5, fill }));
    out.push(text(x + cw / 2, y + ch / 2, label, { size: 17, weight: bold ? "bold" : undefined }));
  };
  gametes.forEach((g, i) => {
    cell(i + 1, 0, g, "#e6e6e6", true);
    cell(0, i + 1, g, "#e6e6e6", true);
  });
  cell(0, 0, "", "#fff");
  cells.forEach((row, i) => row.forEach((genotype, j) => cell(j + 1, i + 1, genotype, "#fff")));
  out.push(text(x0 + cw * 3, y0 - 22, "columns: gametes of parent 1 (RrYy)", { size: TEXT }));
  out.push(text(x0, y0 + ch * 5 + 24, "rows: gametes of parent 2 (RrYy)", { size: TEXT, anchor: "start" }));
  return document(640, 380, out);
}

function gelProfile(): string {
  const { ladder, lanes } = F.gelProfile;
  const [top, bottom] = [70, 370];
  const laneW = 70;
  const x0 = 110;
  // Distance moved falls with the logarithm of fragment size: 1200 bp just leaves the well, 150 bp nearly reaches the end.
  const y = (bp: number) => top + 18 + ((Math.log10(1200) - Math.log10(bp)) / (Math.log10(1200) - Math.log10(150))) * (bottom - top - 36);
  const columns = [{ name: "ladder", bands: ladder }, ...lanes];
  const out: Markup[] = [rect(x0 - 20, top - 10, columns.length * (laneW + 12) + 28, bottom - top + 20, { width: 1.5, fill: "#f4f4f4" })];
  columns.forEach(({ name, bands }, i) => {
    const x = x0 + i * (laneW + 12);
    out.push(rect(x, top, laneW, 10, { width: 1.2, fill: "#fff" }));
    for (const bp of bands) out.push(rect(x + 4, y(bp) - 4, laneW - 8, 8, { stroke: "none", fill: "#222" }));
    out.push(text(x + laneW / 2, top - 30, name, { size: SMALL }));
  });
  for (const bp of ladder) out.push(text(x0 - 26, y(bp), `${bp}`, { size: SMALL, anchor: "end" }));
  out.push(text(x0 - 26, top - 30, "bp", { size: SMALL, anchor: "end" }));
  out.push(text(x0 - 60, top + 4, "−", { size: 20, weight: "bold" }));
  out.push(text(x0 - 60, bottom, "+", { size: 20, weight: "bold" }));
  out.push(...arrow([x0 - 60, top + 40], [x0 - 60, bottom - 40], { width: 1.8, head: 10, stroke: GREY }));
  return document(640, 400, out);
}

export const biologyFigures: FigureSpec[] = [
  { file: F.plantCell.file, draw: plantCell },
  { file: F.enzymeTemperature.file, draw: enzymeTemperature },
  { file: F.photosynthesisLight.file, draw: photosynthesisLight },
  { file: F.populationGrowth.file, draw: populationGrowth },
  { file: F.pedigree.file, draw: pedigree },
  { file: F.foodWeb.file, draw: foodWeb },
  { file: F.cladogram.file, draw: cladogram },
  { file: F.oxygenDissociation.file, draw: oxygenDissociation },
  { file: F.actionPotential.file, draw: actionPotential },
  { file: F.stomatalDensity.file, draw: stomatalDensity },
  { file: F.dihybridGrid.file, draw: dihybridGrid },
  { file: F.gelProfile.file, draw: gelProfile },
];
