// The Physics figures, each drawn from the constants its question uses (prisma/seed/content/figures/physics.ts).
import * as F from "@/prisma/seed/content/figures/physics";
import { cell, junction, lamp, meter, resistor, wire } from "./circuit";
import { add, angleMark, arrow, dashed, hatched, polar, ray } from "./diagram";
import type { FigureSpec } from "./figure-spec";
import { createPlot } from "./plot";
import { circle, dot, GREY, line, type Markup, type Point, polygon, polyline, rect, svgDocument, text, TEXT } from "./svg";

const document = (width: number, height: number, body: Markup[]) => svgDocument({ width, height, body });
const one = (x: number) => x.toFixed(1);

function seriesLamp(): string {
  const { emf, resistance, current } = F.seriesLamp;
  const [tl, tr, br, bl]: [Point, Point, Point, Point] = [
    [80, 70],
    [480, 70],
    [480, 230],
    [80, 230],
  ];
  const j1: Point = [320, 230];
  const j2: Point = [440, 230];
  return document(560, 350, [
    wire(tl, [200, 70]),
    ...cell([200, 70], [360, 70], { label: `${emf} V`, positive: "a", cells: 2 }),
    wire([360, 70], tr, br, j2),
    ...meter("A", tl, bl, { label: `${current.toFixed(2)} A`, place: "left" }),
    ...resistor(bl, [250, 230], { label: `${one(resistance)} Ω` }),
    wire([250, 230], j1),
    ...lamp(j1, j2, { label: "lamp" }),
    wire(j1, [320, 310], [350, 310]),
    ...meter("V", [350, 310], [410, 310]),
    wire([410, 310], [440, 310], j2),
    junction(j1),
    junction(j2),
  ]);
}

function parallelAmmeters(): string {
  const { emf, r1, r2 } = F.parallelAmmeters;
  const tl: Point = [100, 60];
  const bl: Point = [100, 320];
  const split: Point = [300, 60];
  const join: Point = [540, 190];
  return document(600, 360, [
    ...cell(tl, bl, { label: `${one(emf)} V`, place: "left", positive: "a" }),
    ...meter("A", tl, [260, 60], { label: "A_{1}" }),
    wire([260, 60], split),
    ...resistor(split, [540, 60], { label: `${one(r1)} Ω` }),
    wire([540, 60], join, [540, 320], bl),
    wire(split, [300, 190]),
    ...meter("A", [300, 190], [380, 190], { label: "A_{2}" }),
    ...resistor([380, 190], join, { label: `${r2} Ω` }),
    junction(split),
    junction(join),
  ]);
}

function journeyVelocity(): string {
  const p = createPlot({
    width: 600,
    height: 420,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 16, step: 2, grid: 1, label: "*t* / s" },
    y: { min: 0, max: 14, step: 2, grid: 1, label: "*v* / m s^{−1}" },
  });
  return document(600, 420, [...p.frame(), ...p.lineThrough(F.journeyVelocity.points)]);
}

function tangentDisplacement(): string {
  const { s, at, tangentFrom, tangentTo } = F.tangentDisplacement;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 56, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 9, step: 1, grid: 0.5, label: "*t* / s" },
    y: { min: 0, max: 48, step: 6, grid: 3, label: "*s* / m" },
  });
  return document(600, 440, [
    ...p.frame(),
    ...p.curve(s, { from: 0, to: 8 }),
    line(p.at(tangentFrom), p.at(tangentTo), { width: 1.8, stroke: GREY }),
    p.point(tangentFrom, 4),
    p.point(tangentTo, 4),
    p.point([at, s(at)], 4),
    p.label(tangentTo, "tangent", 10, 14, { anchor: "start", fill: GREY }),
  ]);
}

function slopeBlock(): string {
  const { angle } = F.slopeBlock;
  const base: Point = [40, 340];
  const run = 480;
  const top: Point = polar(base, run / Math.cos((angle * Math.PI) / 180), angle);
  const corner: Point = [base[0] + run, base[1]];
  // The block sits on the slope: its bottom face from s = 200 to 290 along the slope.
  const along = (d: number): Point => polar(base, d, angle);
  const up = (p: Point, h: number): Point => polar(p, h, angle + 90);
  const [b0, b1] = [along(200), along(290)];
  const block = [b0, b1, up(b1, 60), up(b0, 60)];
  const centre = up(along(245), 30);
  return document(560, 400, [
    polygon([base, top, corner], { width: 2, fill: "#f2f2f2" }),
    ...hatched(base, corner, 1),
    polygon(block, { width: 2.5, fill: "#fff" }),
    ...angleMark(base, 0, angle, 56, `${angle}°`, { labelAt: 80 }),
    ...arrow(centre, [centre[0], centre[1] + 120]),
    text(centre[0] + 14, centre[1] + 112, "*W*", { anchor: "start" }),
    ...arrow(centre, polar(centre, 105, angle + 90)),
    text(...add(polar(centre, 105, angle + 90), [-16, 0]), "*N*", { anchor: "end" }),
    // Friction acts along the surface at the contact: drawn just above the slope, from the block's front edge.
    ...arrow(up(b1, 9), polar(up(b1, 9), 100, angle)),
    text(...add(polar(up(b1, 9), 100, angle), [4, -18]), "*F*"),
    dot(centre, 3),
  ]);
}

function travellingWave(): string {
  const { y, length, p: px0 } = F.travellingWave;
  const p = createPlot({
    width: 600,
    height: 360,
    style: "cross",
    originLabel: false,
    margin: { left: 56, right: 34, top: 60, bottom: 40 },
    x: { min: 0, max: 2.05, step: 0.2, grid: 0.1, label: "" },
    y: { min: -4, max: 4, step: 1, grid: 1, label: "displacement / cm" },
  });
  return document(600, 360, [
    ...p.frame(),
    p.label([2.05, 0], "distance / m", 14, 42, { anchor: "end" }),
    ...p.curve(y, { from: 0, to: length }),
    p.point([px0, 0], 5),
    p.label([px0, 0], "P", 10, -14, { anchor: "start", size: 16 }),
    ...arrow(p.at([1.3, 3.75]), p.at([1.85, 3.75]), { width: 2 }),
    p.label([1.3, 3.75], "direction of travel", -10, 0, { anchor: "end" }),
  ]);
}

/** A horizontal boundary with a dashed normal, two media named and an incident and refracted (or no) ray. */
function boundary(upper: string, lower: string, lowerFill: string, upperFill: string): { o: Point; parts: Markup[] } {
  const o: Point = [270, 190];
  return {
    o,
    parts: [
      rect(40, 30, 460, 160, { stroke: "none", fill: upperFill }),
      rect(40, 190, 460, 160, { stroke: "none", fill: lowerFill }),
      line([40, 190], [500, 190], { width: 2 }),
      dashed([o[0], 40], [o[0], 340]),
      text(56, 60, upper, { anchor: "start" }),
      text(484, 326, lower, { anchor: "end" }),
    ],
  };
}

function waterGlass(): string {
  const { incidence, refraction } = F.waterGlass;
  const { o, parts } = boundary("water", "glass", "#e6e6e6", "#f6f6f6");
  return document(540, 380, [
    ...parts,
    ...ray([polar(o, 190, 90 + incidence), o], { width: 2.5 }),
    ...ray([o, polar(o, 190, -90 + refraction)], { width: 2.5 }),
    ...angleMark(o, 90, 90 + incidence, 46, `${incidence}°`, { labelAt: 66 }),
    ...angleMark(o, -90, -90 + refraction, 46, `${refraction}°`, { labelAt: 66 }),
  ]);
}

function glassAir(): string {
  const { n, incidence } = F.glassAir;
  const { o, parts } = boundary("air", `glass, refractive index ${n.toFixed(2)}`, "#e6e6e6", "#fff");
  return document(540, 380, [
    ...parts,
    ...ray([polar(o, 200, 270 - incidence), o], { width: 2.5 }),
    ...angleMark(o, 270 - incidence, 270, 50, `${incidence}°`, { labelAt: 70 }),
  ]);
}

function decayCurve(): string {
  const { initial, halfLife, until } = F.decayCurve;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 60, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: until, step: 1, grid: 0.5, label: "*t* / hours" },
    y: { min: 0, max: 900, step: 100, grid: 50, label: "*A* / Bq" },
  });
  return document(600, 440, [...p.frame(), ...p.curve((t) => initial * 0.5 ** (t / halfLife), { from: 0, to: until })]);
}

function pvCycle(): string {
  const { A, B, C, D } = F.pvCycle.corners;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 60, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 6, step: 1, grid: 0.5, label: "*V* / 10^{−3} m^{3}" },
    y: { min: 0, max: 350, step: 50, grid: 25, label: "*p* / kPa" },
  });
  const side = (from: Point, to: Point) => ray([p.at(from), p.at(to)], { width: 2.5, head: 13 });
  return document(600, 440, [
    ...p.frame(),
    ...side(A, B),
    ...side(B, C),
    ...side(C, D),
    ...side(D, A),
    ...[A, B, C, D].map((q) => p.point(q, 4)),
    p.label(A, "A", -14, 12),
    p.label(B, "B", -14, -12),
    p.label(C, "C", 14, -12),
    p.label(D, "D", 14, 12),
  ]);
}

/** Field lines of point charges, traced from the positive charge along E in small steps. */
function twoChargeField(): string {
  const { P, Q, lines } = F.twoChargeField;
  const width = 560;
  const height = 380;
  const scale = 70;
  const toPx = ([x, y]: Point): Point => [width / 2 + x * scale, height / 2 - y * scale];
  const charges = [P, Q];
  const field = ([x, y]: Point): Point => {
    let ex = 0;
    let ey = 0;
    for (const { charge, at } of charges) {
      const dx = x - at[0];
      const dy = y - at[1];
      const r3 = Math.hypot(dx, dy) ** 3;
      ex += (charge * dx) / r3;
      ey += (charge * dy) / r3;
    }
    return [ex, ey];
  };
  const step = 0.02;
  const inside = ([x, y]: Point) => Math.abs(x) < width / 2 / scale + 0.2 && Math.abs(y) < height / 2 / scale + 0.2;
  const out: Markup[] = [];
  for (let i = 0; i < lines; i++) {
    const start = (((i + 0.5) * 360) / lines) * (Math.PI / 180);
    let pos: Point = [P.at[0] + 0.22 * Math.cos(start), P.at[1] + 0.22 * Math.sin(start)];
    const path: Point[] = [pos];
    for (let k = 0; k < 3000 && inside(pos); k++) {
      // Midpoint (RK2) step along the unit field direction.
      const unit = ([ex, ey]: Point): Point => [ex / Math.hypot(ex, ey), ey / Math.hypot(ex, ey)];
      const d1 = unit(field(pos));
      const d2 = unit(field([pos[0] + (d1[0] * step) / 2, pos[1] + (d1[1] * step) / 2]));
      pos = [pos[0] + d2[0] * step, pos[1] + d2[1] * step];
      if (Math.hypot(pos[0] - Q.at[0], pos[1] - Q.at[1]) < 0.22) break;
      if (k % 4 === 3) path.push(pos);
    }
    path.push(pos);
    out.push(...ray(path.map(toPx), { at: 0.45, width: 1.6, head: 10 }));
  }
  const charge = (at: Point, name: string) => [circle(toPx(at), 15, { width: 2, fill: "#e6e6e6" }), text(...toPx(at), name, { size: 16, weight: "bold" })];
  return document(width, height, [...out, ...charge(P.at, "P"), ...charge(Q.at, "Q")]);
}

function standingString(): string {
  const { length, loops } = F.standingString;
  const [x0, x1, y0, amp] = [70, 530, 120, 50];
  const shape = (sign: number) =>
    Array.from({ length: 121 }, (_, i): Point => [x0 + ((x1 - x0) * i) / 120, y0 - sign * amp * Math.sin((loops * Math.PI * i) / 120)]);
  const support = (x: number, side: 1 | -1) => [
    rect(side < 0 ? x - 16 : x, y0 - 70, 16, 140, { stroke: "none", fill: "#e6e6e6" }),
    line([x, y0 - 70], [x, y0 + 70], { width: 2.5 }),
  ];
  return document(600, 270, [
    ...support(x0, -1),
    ...support(x1, 1),
    polyline(shape(1), { width: 2.5 }),
    polyline(shape(-1), { width: 2.5, dash: "8 6", stroke: GREY }),
    ...arrow([260, 226], [x0, 226], { width: 1.5, head: 10 }),
    ...arrow([340, 226], [x1, 226], { width: 1.5, head: 10 }),
    text(300, 226, `${length.toFixed(2)} m`, { size: TEXT }),
  ]);
}

function lampResistorIV(): string {
  const { resistance, lamp: lampCurrent } = F.lampResistorIV;
  const p = createPlot({
    width: 600,
    height: 440,
    style: "frame",
    margin: { left: 64, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 6, step: 1, grid: 0.5, label: "*V* / V" },
    y: { min: 0, max: 0.3, step: 0.05, grid: 0.025, label: "*I* / A" },
  });
  return document(600, 440, [
    ...p.frame(),
    ...p.curve((v) => v / resistance, { from: 0, to: 6 }),
    ...p.curve(lampCurrent, { from: 0, to: 6, samples: 400 }),
    p.label([5.2, 5.2 / resistance], "resistor", -8, -16, { anchor: "end" }),
    p.label([5.2, lampCurrent(5.2)], "lamp", 6, 18, { anchor: "start" }),
  ]);
}

function kickForce(): string {
  const p = createPlot({
    width: 600,
    height: 420,
    style: "frame",
    margin: { left: 60, right: 30, top: 44, bottom: 64 },
    x: { min: 0, max: 60, step: 10, grid: 5, label: "*t* / ms" },
    y: { min: 0, max: 500, step: 100, grid: 50, label: "*F* / N" },
  });
  return document(600, 420, [...p.frame(), ...p.lineThrough(F.kickForce.points)]);
}

function pulledBox(): string {
  const { tension, angle } = F.pulledBox;
  const centre: Point = [250, 180];
  const rope = polar(centre, 150, angle);
  return document(540, 340, [
    ...hatched([40, 230], [500, 230], 1),
    rect(180, 130, 140, 100, { width: 2.5, fill: "#fff" }),
    dashed(centre, [centre[0] + 150, centre[1]]),
    ...arrow(centre, rope),
    text(...add(rope, [8, -6]), `*T* = ${tension} N`, { anchor: "start" }),
    ...angleMark(centre, 0, angle, 56, `${angle}°`, { labelAt: 100 }),
    ...arrow(centre, [centre[0], centre[1] - 110]),
    text(centre[0] - 12, centre[1] - 100, "*N*", { anchor: "end" }),
    ...arrow(centre, [centre[0], centre[1] + 130]),
    text(centre[0] + 12, centre[1] + 122, "*W*", { anchor: "start" }),
    ...arrow(centre, [centre[0] - 130, centre[1]]),
    text(centre[0] - 122, centre[1] - 16, "*F*"),
    dot(centre, 3),
  ]);
}

export const physicsFigures: FigureSpec[] = [
  { file: F.seriesLamp.file, draw: seriesLamp },
  { file: F.parallelAmmeters.file, draw: parallelAmmeters },
  { file: F.journeyVelocity.file, draw: journeyVelocity },
  { file: F.tangentDisplacement.file, draw: tangentDisplacement },
  { file: F.slopeBlock.file, draw: slopeBlock },
  { file: F.travellingWave.file, draw: travellingWave },
  { file: F.waterGlass.file, draw: waterGlass },
  { file: F.glassAir.file, draw: glassAir },
  { file: F.decayCurve.file, draw: decayCurve },
  { file: F.pvCycle.file, draw: pvCycle },
  { file: F.twoChargeField.file, draw: twoChargeField },
  { file: F.standingString.file, draw: standingString },
  { file: F.lampResistorIV.file, draw: lampResistorIV },
  { file: F.kickForce.file, draw: kickForce },
  { file: F.pulledBox.file, draw: pulledBox },
];
