// The numbers behind the Maths AA figures: scripts/figures/math-aa.ts draws each figure from these
// constants and the questions show it with the alt text written from them, so the drawing, its
// description and the question cannot disagree. Alt text says what a sighted student reads off the
// figure (negative numbers with a plain hyphen, which screen readers say as "minus").

const n = (x: number) => String(x);

/** y = a(x − h)² + k through its vertex and y-intercept. */
export const vertexParabola = (() => {
  const a = -2;
  const h = -1;
  const k = 4;
  const f = (x: number) => a * (x - h) ** 2 + k;
  return {
    file: "math-aa/vertex-form-parabola.svg",
    a,
    h,
    k,
    f,
    yIntercept: f(0),
    alt: `Graph of a parabola that opens downwards on a grid, for x from -4 to 2. Its vertex, a maximum, is marked at (${n(h)}, ${n(k)}). It crosses the y-axis at the marked point (0, ${n(f(0))}) and crosses the x-axis twice, once between -3 and -2 and once between 0 and 1.`,
  };
})();

/** f(x) = (ax + b)/(x + c): asymptotes x = −c and y = a. */
export const rationalGraph = (() => {
  const a = 3;
  const b = 1;
  const c = -2;
  const f = (x: number) => (a * x + b) / (x + c);
  return {
    file: "math-aa/rational-asymptotes.svg",
    a,
    b,
    c,
    f,
    alt: `Graph of y = f(x) in two branches separated by two dashed asymptotes, the vertical line x = ${n(-c)} and the horizontal line y = ${n(a)}. The left branch lies below y = ${n(a)}, crosses the x-axis between -1 and 0 and crosses the y-axis at the marked point (0, ${n(f(0))}), then falls steeply towards x = ${n(-c)}. The right branch comes down from above near x = ${n(-c)} and levels off towards y = ${n(a)} from above.`,
  };
})();

/** A cubic with turning points at x = −1 and x = 3, and four candidate graphs of its derivative. */
export const cubicDerivative = (() => {
  const f = (x: number) => x ** 3 / 3 - x ** 2 - 3 * x + 2;
  return {
    file: "math-aa/cubic-for-derivative.svg",
    f,
    maxX: -1,
    minX: 3,
    alt: "Graph of a cubic y = f(x) for x from -3 to 5. The curve rises to a local maximum at x = -1, falls to a local minimum at x = 3, then rises again. Dashed vertical lines mark x = -1 and x = 3. The curve is steepest going down at x = 1, midway between the turning points.",
    options: {
      A: {
        file: "math-aa/derivative-option-a.svg",
        f: (x: number) => -(x * x - 2 * x - 3),
        alt: "Option A: a parabola that opens downwards, crossing the x-axis at x = -1 and x = 3, with its maximum at (1, 4).",
      },
      B: {
        file: "math-aa/derivative-option-b.svg",
        f: (x: number) => 2 * x - 2,
        alt: "Option B: a straight line with positive gradient crossing the x-axis at x = 1 and the y-axis at -2.",
      },
      C: {
        file: "math-aa/derivative-option-c.svg",
        f: (x: number) => x * x - 2 * x - 3,
        alt: "Option C: a parabola that opens upwards, crossing the x-axis at x = -1 and x = 3, with its minimum at (1, -4).",
      },
      D: {
        file: "math-aa/derivative-option-d.svg",
        f: (x: number) => x * x + 2 * x - 3,
        alt: "Option D: a parabola that opens upwards, crossing the x-axis at x = -3 and x = 1, with its minimum at (-1, -4).",
      },
    },
  };
})();

/** y = f(x), piecewise linear, and its image y = g(x) = 2f(x − 3). */
export const zigzagTransform = (() => {
  const f: [number, number][] = [
    [-5, 0],
    [-3, 2],
    [-2, -1],
    [-1, 0],
  ];
  const g = f.map(([x, y]): [number, number] => [x + 3, 2 * y]);
  const list = (ps: [number, number][]) => ps.map(([x, y]) => `(${n(x)}, ${n(y)})`).join(", ");
  return {
    file: "math-aa/transformed-zigzag.svg",
    f,
    g,
    alt: `Two graphs made of straight line segments on a unit grid. The dashed graph y = f(x) joins the points ${list(f)} in order. The solid graph y = g(x) joins the points ${list(g)} in order.`,
  };
})();

/** The region between y = 4 − x² and y = x² − 2x. */
export const areaBetween = (() => {
  const upper = (x: number) => 4 - x * x;
  const lower = (x: number) => x * x - 2 * x;
  return {
    file: "math-aa/area-between-curves.svg",
    upper,
    lower,
    from: -1,
    to: 2,
    alt: "Graphs of the parabolas y = 4 - x^2, opening downwards, and y = x^2 - 2x, opening upwards. They intersect at the points A, where x = -1, and B, where x = 2. The region R enclosed between the two curves from A to B is shaded, with y = 4 - x^2 above and y = x^2 - 2x below.",
  };
})();

/** f(x) = a cos(bx) + d over two periods. */
export const cosineGraph = (() => {
  const a = 2;
  const b = 3;
  const d = 1;
  return {
    file: "math-aa/cosine-graph.svg",
    a,
    b,
    d,
    f: (x: number) => a * Math.cos(b * x) + d,
    alt: "Graph of y = f(x) for x from 0 to 4 pi over 3, with x-axis marks at multiples of pi over 3. The curve starts at its maximum (0, 3), falls to a minimum of -1 at x = pi/3, rises to a maximum of 3 at x = 2 pi/3, falls to -1 at x = pi and rises back to 3 at x = 4 pi/3. Dashed horizontal lines mark y = 3 and y = -1.",
  };
})();

/** Two box plots of marks on a common scale. */
export const boxPlots = (() => {
  const classA = { min: 34, q1: 48, median: 62, q3: 70, max: 88 };
  const classB = { min: 40, q1: 54, median: 58, q3: 66, max: 96 };
  const five = (c: typeof classA) => `minimum ${c.min}, lower quartile ${c.q1}, median ${c.median}, upper quartile ${c.q3}, maximum ${c.max}`;
  return {
    file: "math-aa/two-box-plots.svg",
    classA,
    classB,
    alt: `Two box-and-whisker plots of test marks drawn on the same scale from 30 to 100. Class A: ${five(classA)}. Class B: ${five(classB)}.`,
  };
})();

/** Cumulative frequency of the masses of 80 apples, through the plotted points. */
export const cumulativeApples = (() => {
  const points: [number, number][] = [
    [100, 0],
    [120, 5],
    [140, 20],
    [160, 40],
    [180, 60],
    [200, 70],
    [220, 80],
  ];
  return {
    file: "math-aa/cumulative-frequency-apples.svg",
    points,
    alt: `Cumulative frequency curve for the masses of 80 apples, mass m in grams on the horizontal axis from 100 to 220 and cumulative frequency from 0 to 80 on the vertical axis. The smooth increasing curve passes through the plotted points ${points.map(([m, c]) => `(${m}, ${c})`).join(", ")}.`,
  };
})();

/** Quadrilateral ABCD split by the diagonal AC. */
export const quadrilateral = {
  file: "math-aa/quadrilateral-two-triangles.svg",
  ab: 6,
  bc: 9,
  angleB: 110,
  angleCAD: 35,
  angleACD: 50,
  alt: "Quadrilateral ABCD with the diagonal AC drawn. In triangle ABC, AB = 6 cm, BC = 9 cm and angle ABC = 110 degrees. In triangle ACD, angle CAD = 35 degrees and angle ACD = 50 degrees. D lies on the opposite side of AC from B.",
};

/** The part of a sector between two arcs about O. */
export const ringSector = {
  file: "math-aa/shaded-ring-sector.svg",
  inner: 5,
  outer: 8,
  angle: 0.9,
  alt: "Sector OAB of a circle with centre O and angle AOB = 0.9 radians. Points C on OA and D on OB are joined by an arc centred at O. OC = OD = 5 cm and CA = DB = 3 cm. The region ACDB between the two arcs is shaded.",
};

/** Tree diagram: rain, then late. */
export const rainTree = {
  file: "math-aa/tree-rain-late.svg",
  rain: 0.3,
  lateIfRain: 0.4,
  lateIfDry: 0.1,
  alt: "Tree diagram. First branches: Rain with probability 0.3 and No rain with probability 0.7. After Rain: Late with probability 0.4 and Not late with probability 0.6. After No rain: Late with probability 0.1 and Not late with probability 0.9.",
};

/** v(t) = 3t² − 12t + 9 for 0 ≤ t ≤ 4. */
export const velocityCubic = (() => {
  const v = (t: number) => 3 * t * t - 12 * t + 9;
  return {
    file: "math-aa/velocity-time-quadratic.svg",
    v,
    alt: "Graph of velocity v against time t for t from 0 to 4. The curve is a parabola that starts at (0, 9), decreases and crosses the t-axis at t = 1, reaches a minimum of -3 at t = 2, crosses the t-axis again at t = 3 and rises to (4, 9). The parts of the graph below the t-axis, between t = 1 and t = 3, are shaded.",
  };
})();

/** y = ln(x + 2) + 3: asymptote x = −2, through (−1, 3). */
export const logGraph = (() => {
  const p = -2;
  const q = 3;
  return {
    file: "math-aa/log-graph-asymptote.svg",
    p,
    q,
    f: (x: number) => Math.log(x - p) + q,
    point: [-1, 3] as [number, number],
    alt: "Graph of an increasing logarithmic curve y = f(x) to the right of the dashed vertical asymptote x = -2. The curve comes up from below close to the asymptote, crosses the x-axis just to the right of x = -2, passes through the marked point (-1, 3), crosses the y-axis between 3 and 4 and keeps rising more and more slowly.",
  };
})();

/** The region between y = √x and y = x/2, rotated about the x-axis. */
export const rootLineRegion = {
  file: "math-aa/region-root-and-line.svg",
  upper: (x: number) => Math.sqrt(x),
  lower: (x: number) => x / 2,
  to: 4,
  alt: "Graphs of the curve y = square root of x and the line y = x/2 for x from 0 to 5. They meet at the origin and at the marked point (4, 2). The region between them, with the curve above the line for x from 0 to 4, is shaded and labelled R. A curved arrow around the x-axis shows the region being rotated about the x-axis.",
};

/** A normal curve with a shaded interval. */
export const normalShaded = {
  file: "math-aa/normal-shaded.svg",
  mean: 50,
  sd: 4,
  from: 46,
  to: 58,
  alt: "Bell-shaped normal distribution curve for the times T seconds, symmetrical about a dashed line at the mean T = 50. The horizontal axis is marked from 38 to 62 in steps of 4. The area under the curve between T = 46 and T = 58 is shaded.",
};

/** f on 0 ≤ x ≤ 10, made of straight segments. */
export const piecewiseIntegral = {
  file: "math-aa/piecewise-linear-integral.svg",
  points: [
    [0, 0],
    [2, 4],
    [6, 4],
    [8, 0],
    [10, -2],
  ] as [number, number][],
  alt: "Graph of y = f(x) for x from 0 to 10 on a unit grid, made of straight line segments joining (0, 0), (2, 4), (6, 4), (8, 0) and (10, -2). The graph is above the x-axis from x = 0 to x = 8 and below it from x = 8 to x = 10.",
};
