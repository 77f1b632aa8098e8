import { describe, expect, it } from "vitest";
import { cell, lamp, meter, resistor } from "./circuit";
import { angleMark, arrow, polar } from "./diagram";

describe("circuit symbols", () => {
  it("leaves a gap in the wire for the symbol and labels it upright beside it", () => {
    const [leadIn, leadOut, body, label] = resistor([0, 100], [200, 100], { label: "4.0 Ω" });
    expect(leadIn).toContain('x1="0" y1="100" x2="76" y2="100"');
    expect(leadOut).toContain('x1="124" y1="100" x2="200" y2="100"');
    expect(body).toContain('points="76,91 124,91 124,109 76,109"');
    expect(label).toContain(">4.0 Ω</text>");
    // On a vertical wire the label to the side clears the body's half-width, not its half-length.
    const side = resistor([100, 0], [100, 200], { label: "R", place: "right" }).at(-1)!;
    expect(side).toContain('x="117"');
  });

  it("draws a cell's positive terminal as the long plate at the named end", () => {
    const [, , long, short] = cell([0, 0], [100, 0], { positive: "a" });
    expect(long).toContain('x1="46"');
    expect(long).toContain('stroke-width="2.5"');
    expect(short).toContain('x1="54"');
    expect(short).toContain('stroke-width="6"');
  });

  it("writes a meter's letter upright on any wire", () => {
    expect(meter("V", [0, 0], [0, 100]).join("")).toContain(">V</text>");
    expect(lamp([0, 0], [100, 0])).toHaveLength(5);
  });
});

describe("diagram parts", () => {
  it("measures angles anticlockwise from east with y up", () => {
    const [x, y] = polar([100, 100], 10, 90);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(90);
  });

  it("stops an arrow's shaft where its head begins", () => {
    const [shaft, head] = arrow([0, 0], [100, 0], { head: 10 });
    expect(shaft).toContain('x2="92"');
    expect(head).toContain("100,0");
  });

  it("marks an angle with an arc and its label on the bisector", () => {
    const [arc, label] = angleMark([0, 100], 0, 90, 20, "90°", { labelAt: 30 });
    expect(arc).toMatch(/^<path d="M20 100 A20 20 0 0 0 0 80"/);
    expect(label).toContain(">90°</text>");
  });
});
