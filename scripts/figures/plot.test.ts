import { describe, expect, it } from "vitest";
import { clipPolyline, clipSegment, createPlot, smoothThrough, tickLabel, ticks } from "./plot";

describe("plot", () => {
  it("places ticks on multiples of the step without floating-point dust", () => {
    expect(ticks(0, 1, 0.2)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-3, 2.5, 1)).toEqual([-3, -2, -1, 0, 1, 2]);
    expect([tickLabel(-2, 1), tickLabel(0.1 + 0.2, 0.1), tickLabel(0.05, 0.05), tickLabel(-0, 1)]).toEqual(["−2", "0.3", "0.05", "0"]);
  });

  it("maps data to pixels inside the margins, y upwards", () => {
    const p = createPlot({
      width: 400,
      height: 300,
      style: "frame",
      margin: { left: 50, right: 50, top: 50, bottom: 50 },
      x: { min: 0, max: 10, step: 1, label: "x" },
      y: { min: 0, max: 20, step: 5, label: "y" },
    });
    expect(p.at([0, 0])).toEqual([50, 250]);
    expect(p.at([10, 20])).toEqual([350, 50]);
    expect(p.at([5, 10])).toEqual([200, 150]);
  });

  it("clips segments and polylines to the plotted box", () => {
    const box: [number, number, number, number] = [0, 0, 10, 10];
    expect(clipSegment([-5, 5], [5, 5], box)).toEqual([
      [0, 5],
      [5, 5],
    ]);
    expect(clipSegment([-5, -5], [-1, -1], box)).toBeNull();
    // Out through the top and back in: two runs.
    const runs = clipPolyline(
      [
        [1, 5],
        [3, 15],
        [5, 15],
        [7, 5],
      ],
      box,
    );
    expect(runs).toHaveLength(2);
    expect(runs[0]![runs[0]!.length - 1]).toEqual([2, 10]);
    expect(runs[1]![0]).toEqual([6, 10]);
  });

  it("draws a curve in pieces either side of an asymptote", () => {
    const p = createPlot({ width: 400, height: 300, style: "cross", x: { min: -4, max: 4, step: 1, label: "x" }, y: { min: -5, max: 5, step: 1, label: "y" } });
    expect(p.curve((x) => 1 / x, { breaks: [0] })).toHaveLength(2);
    expect(p.curve((x) => x)).toHaveLength(1);
  });

  it("passes a smooth curve through every point without overshooting", () => {
    const points: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 5],
      [3, 5.5],
      [4, 8],
    ];
    const f = smoothThrough(points);
    for (const [x, y] of points) expect(f(x)).toBeCloseTo(y, 12);
    let last = -Infinity;
    for (let x = 0; x <= 4; x += 0.01) {
      expect(f(x)).toBeGreaterThanOrEqual(last - 1e-12);
      last = f(x);
    }
  });
});
