// The numbers behind the Physics figures: scripts/figures/physics.ts draws each figure from these
// constants and the questions show it with the alt text written from them, so the drawing, its
// description and the question cannot disagree. Alt text says what a sighted student reads off the
// figure; decimals are written as the figure writes them ("4.0 Ω").

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

/** A battery, a resistor, a lamp and an ammeter in series; a voltmeter across the lamp. */
export const seriesLamp = {
  file: "physics/series-circuit-lamp.svg",
  emf: 12,
  resistance: 4.0,
  current: 0.5,
  get alt() {
    return `Circuit diagram. A battery of emf ${this.emf} V, an ammeter, a ${f1(this.resistance)} Ω resistor and a filament lamp are connected in series in a single loop. The ammeter reads ${f2(this.current)} A. A voltmeter is connected in parallel with the lamp only.`;
  },
};

/** A battery with two resistors in parallel; A1 in the main circuit, A2 in series with the larger resistor. */
export const parallelAmmeters = {
  file: "physics/parallel-resistors-ammeters.svg",
  emf: 6.0,
  r1: 4.0,
  r2: 12,
  get alt() {
    return `Circuit diagram. A battery of emf ${f1(this.emf)} V is connected to two resistors in parallel, of ${f1(this.r1)} Ω and ${this.r2} Ω. Ammeter A1 is in the main circuit next to the battery, carrying the total current. Ammeter A2 is in series with the ${this.r2} Ω resistor, in its branch only.`;
  },
};

/** Velocity–time graph of a journey in three stages. */
export const journeyVelocity = {
  file: "physics/velocity-time-journey.svg",
  points: [
    [0, 0],
    [4, 12],
    [10, 12],
    [15, 0],
  ] as [number, number][],
  get alt() {
    return `Velocity-time graph made of straight lines: velocity v in m/s from 0 to 14 against time t in s from 0 to 16. The velocity rises uniformly from 0 at t = 0 to 12 m/s at t = 4.0 s, stays at 12 m/s until t = 10.0 s, then falls uniformly to 0 at t = 15.0 s.`;
  },
};

/** Displacement–time graph s = ½at² from rest, with the tangent drawn at one instant. */
export const tangentDisplacement = {
  file: "physics/displacement-time-tangent.svg",
  a: 1.5,
  at: 4.0,
  s: (t: number) => 0.75 * t * t,
  tangentFrom: [2.0, 0] as [number, number],
  tangentTo: [8.0, 36] as [number, number],
  get alt() {
    return `Displacement-time graph: displacement s in m from 0 to 48 against time t in s from 0 to 8. The curve starts at the origin with zero gradient and curves upwards, passing through (4.0 s, 12 m) and (8.0 s, 48 m). A straight tangent touches the curve at t = 4.0 s; it passes through the points (2.0 s, 0 m) and (8.0 s, 36 m), which are marked.`;
  },
};

/** A block on a rough slope: weight, normal reaction and friction. */
export const slopeBlock = {
  file: "physics/block-on-slope.svg",
  mass: 3.0,
  angle: 25,
  get alt() {
    return `Free-body diagram of a ${f1(this.mass)} kg block on a rough slope inclined at ${this.angle} degrees to the horizontal. Three forces act on the block: its weight W vertically downwards, the normal reaction N perpendicular to the slope surface, and friction F up the slope, parallel to the surface.`;
  },
};

/** Displacement–distance graph of a travelling wave, with a particle P marked. */
export const travellingWave = {
  file: "physics/wave-displacement-distance.svg",
  amplitude: 3.0,
  wavelength: 0.8,
  length: 2.0,
  p: 0.4,
  y: (x: number) => 3.0 * Math.sin((2 * Math.PI * x) / 0.8),
  get alt() {
    return `Graph of displacement in cm, from -4 to 4, against distance in m, from 0 to 2.0, for a wave travelling to the right, shown by an arrow. The sine-shaped wave has peaks at +${f1(this.amplitude)} cm and troughs at -${f1(this.amplitude)} cm. It starts at zero displacement at 0 m, rises to a peak at 0.20 m, falls through zero at 0.40 m, reaches a trough at 0.60 m and is back at zero at 0.80 m; the pattern then repeats. Particle P is at 0.40 m, at zero displacement.`;
  },
};

/** A ray refracted from water into glass. */
export const waterGlass = {
  file: "physics/refraction-water-glass.svg",
  incidence: 55,
  refraction: 45,
  get alt() {
    return `Ray diagram. A ray of light in water travels down to a horizontal water-glass boundary and refracts into the glass below. A dashed normal is drawn at the point where the ray meets the boundary. The angle between the incident ray and the normal is ${this.incidence} degrees; the angle between the refracted ray and the normal is ${this.refraction} degrees.`;
  },
};

/** A ray in glass meeting the glass–air boundary. */
export const glassAir = {
  file: "physics/ray-at-glass-air-boundary.svg",
  n: 1.5,
  incidence: 48,
  get alt() {
    return `Ray diagram. A ray of light travels upwards through glass of refractive index ${f2(this.n)} towards a horizontal boundary with air above. A dashed normal is drawn where the ray meets the boundary; the angle between the ray and the normal is ${this.incidence} degrees. What happens to the ray at the boundary is not shown.`;
  },
};

/** Activity–time graph of a radioactive sample. */
export const decayCurve = {
  file: "physics/decay-curve.svg",
  initial: 800,
  halfLife: 3.0,
  until: 12,
  get alt() {
    return `Graph of activity A in Bq, from 0 to 900, against time t in hours, from 0 to 12, for a radioactive sample. The activity falls along a smooth curve that gets less steep with time. It passes through (0, ${this.initial} Bq), (3.0 h, 400 Bq), (6.0 h, 200 Bq), (9.0 h, 100 Bq) and (12.0 h, 50 Bq).`;
  },
};

/** A rectangular cycle on a pV diagram. */
export const pvCycle = {
  file: "physics/pv-cycle.svg",
  corners: { A: [2.0, 100], B: [2.0, 300], C: [5.0, 300], D: [5.0, 100] } as Record<"A" | "B" | "C" | "D", [number, number]>,
  get alt() {
    return `Pressure-volume diagram: pressure p in kPa, from 0 to 350, against volume V in units of 10^-3 m^3, from 0 to 6. A gas is taken round the rectangular cycle A to B to C to D and back to A, shown by arrows. A is at (2.0, 100 kPa), B at (2.0, 300 kPa), C at (5.0, 300 kPa) and D at (5.0, 100 kPa). A to B is vertical (pressure rises at constant volume), B to C is horizontal (expansion at constant pressure), C to D is vertical and D to A horizontal.`;
  },
};

/** Electric field lines of two point charges P and Q. */
export const twoChargeField = {
  file: "physics/field-lines-two-charges.svg",
  /** Charges in units of q, at (x, y) in the drawing's own units. */
  P: { charge: 2, at: [-1.4, 0] as [number, number] },
  Q: { charge: -1, at: [1.4, 0] as [number, number] },
  lines: 16,
  get alt() {
    return `Electric field line pattern of two point charges, P on the left and Q on the right. ${this.lines} field lines start on P and point away from it. The lines that leave P on the side facing Q curve round and end on Q, pointing into it; the lines that leave P on its far side spread outwards and leave the diagram, so fewer lines end on Q than start on P. No field line starts on Q. The lines are more crowded around P than around Q.`;
  },
};

/** A string fixed at both ends vibrating in its third harmonic. */
export const standingString = {
  file: "physics/standing-wave-string.svg",
  length: 1.2,
  loops: 3,
  get alt() {
    return `A string stretched between two fixed supports ${f2(this.length)} m apart, vibrating as a standing wave. Two extreme positions of the string are drawn. The pattern has ${this.loops} loops, with nodes at both supports and ${this.loops - 1} nodes between them, equally spaced.`;
  },
};

/** I–V characteristics of a resistor and a filament lamp. */
export const lampResistorIV = {
  file: "physics/iv-lamp-resistor.svg",
  resistance: 20,
  /** The lamp's resistance rises as its filament heats: R = 10 Ω + (25/6) Ω per volt. */
  lamp: (v: number) => v / (10 + (25 / 6) * v),
  get alt() {
    return `Graph of current I in A, from 0 to 0.30, against potential difference V in V, from 0 to 6.0, for a resistor and a filament lamp. The resistor's graph is a straight line through the origin and (6.0 V, 0.30 A). The lamp's graph is a curve through the origin that gets less steep as V increases: it starts steeper than the resistor's line, crosses it at (2.4 V, 0.12 A), passes through (4.0 V, 0.15 A) and reaches about 0.17 A at 6.0 V.`;
  },
};

/** Force–time graph of a kick. */
export const kickForce = {
  file: "physics/force-time-impulse.svg",
  points: [
    [0, 0],
    [20, 400],
    [50, 0],
  ] as [number, number][],
  get alt() {
    return `Graph of force F in N, from 0 to 500, against time t in ms, from 0 to 60. The force rises in a straight line from 0 at t = 0 to a maximum of 400 N at t = 20 ms, then falls in a straight line to 0 at t = 50 ms, making a triangle.`;
  },
};

/** A box pulled along a rough floor by a rope at an angle. */
export const pulledBox = {
  file: "physics/box-pulled-by-rope.svg",
  tension: 40,
  angle: 30,
  get alt() {
    return `Free-body diagram of a box on a rough horizontal floor. Four forces act on it: the tension T = ${this.tension} N in a rope pulling at ${this.angle} degrees above the horizontal to the right, the weight W vertically downwards, the normal reaction N vertically upwards from the floor, and friction F horizontally to the left.`;
  },
};
