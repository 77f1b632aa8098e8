import { num, roundDp, sig, sigPlain } from "./latex-format";
import { gdcNumericQuestion } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;

type Point = [number, number];

const scenes = [
  { sites: "towns", site: "town", builds: "a mobile phone mast" },
  { sites: "fire stations", site: "fire station", builds: "a new fire station" },
  { sites: "schools", site: "school", builds: "a bus depot" },
  { sites: "water wells", site: "well", builds: "a water tower" },
] as const;

const labels = ["A", "B", "C"] as const;

/** "px + qy = k" in LaTeX, with unit coefficients and zero terms written the usual way. */
function linear(p: number, q: number, k: number): string {
  const coefficient = (c: number, v: string, first: boolean) => {
    const size = Math.abs(c) === 1 ? v : `${num(Math.abs(c))}${v}`;
    if (first) return c < 0 ? `-${size}` : size;
    return c < 0 ? ` - ${size}` : ` + ${size}`;
  };
  const left = p === 0 ? coefficient(q, "y", true) : q === 0 ? coefficient(p, "x", true) : coefficient(p, "x", true) + coefficient(q, "y", false);
  return `${left} = ${num(k)}`;
}

/** The perpendicular bisector of [PQ] as px + qy = k: the points equally far from P and Q. */
function bisector([x1, y1]: Point, [x2, y2]: Point) {
  return { p: x2 - x1, q: y2 - y1, k: (x2 * x2 + y2 * y2 - x1 * x1 - y1 * y1) / 2 };
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/** top/bottom in lowest terms, in LaTeX: an integer, or a fraction with the sign in front. */
function fraction(top: number, bottom: number): string {
  const d = gcd(top, bottom);
  const [t, b] = [Math.abs(top / d), Math.abs(bottom / d)];
  const sign = top * bottom < 0 ? "-" : "";
  return b === 1 ? `${sign}${t}` : String.raw`${sign}\frac{${t}}{${b}}`;
}

const point = (label: string, [x, y]: Point) => `${label}(${x}, ${y})`;

export const voronoiSites: QuestionGenerator = {
  id: "voronoi-sites",
  subject: "math-ai",
  topicCode: "3.6",
  levels: ["SL", "HL"],
  title: "Voronoi diagrams: perpendicular bisector of two sites, vertex equidistant from three",
  generate(seed) {
    const r = new SeededRandom(seed);
    const s = r.pick(scenes);
    const coordinate = () => r.int(0, 16);

    if (r.bool()) {
      let A: Point;
      let B: Point;
      let m: number;
      let c: number;
      for (;;) {
        A = [coordinate(), coordinate()];
        B = [coordinate(), coordinate()];
        if (A[0] === B[0] || A[1] === B[1] || Math.hypot(B[0] - A[0], B[1] - A[1]) < 4) continue;
        m = -(B[0] - A[0]) / (B[1] - A[1]);
        c = (A[1] + B[1]) / 2 - (m * (A[0] + B[0])) / 2;
        if (Math.abs(c) >= 0.1 && Math.abs(c) <= 60) break;
      }
      const mid: Point = [(A[0] + B[0]) / 2, (A[1] + B[1]) / 2];
      const mText = fraction(-(B[0] - A[0]), B[1] - A[1]);
      const abText = fraction(B[1] - A[1], B[0] - A[0]);
      return gdcNumericQuestion(
        voronoiSites,
        seed,
        {
          difficulty: 3,
          marks: 4,
          paper: "P1",
          commandTerm: "Find",
          stem: String.raw`Two ${s.sites} are at the points $${point("A", A)}$ and $${point("B", B)}$ on a map, where distances are in kilometres. A Voronoi diagram is drawn with the ${s.sites} as its sites.

The edge between the cells of $A$ and $B$ lies on the line $y = mx + c$. Find the value of $c$. Give your answer correct to 3 significant figures.`,
          markscheme: [
            { id: "B1", kind: "B", marks: 1, text: String.raw`Midpoint of $[AB]$: $(${num(mid[0])}, ${num(mid[1])})$`, keywords: [num(mid[0]), num(mid[1])] },
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Gradient of $[AB]$ is $${abText}$, so the perpendicular gradient is $m = ${mText}$ (negative reciprocal)`,
              keywords: [num(roundDp(m, 3))],
            },
            {
              id: "M2",
              kind: "M",
              marks: 1,
              text: String.raw`Substitutes the midpoint into $y = mx + c$: $${num(mid[1])} = ${mText} \times ${num(mid[0])} + c$`,
              keywords: [num(mid[1])],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$c = ${sig(c, 3)}$`, dependsOn: ["M1", "M2"], keywords: [sigPlain(c, 3)] },
          ],
          workedSolution: String.raw`Every point of the edge is equally far from $A$ and $B$, so the edge lies on the perpendicular bisector of $[AB]$.

Midpoint: $\left(\frac{${A[0]} + ${B[0]}}{2}, \frac{${A[1]} + ${B[1]}}{2}\right) = (${num(mid[0])}, ${num(mid[1])})$. Gradient of $[AB]$: $\frac{${B[1]} - ${A[1]}}{${B[0]} - ${A[0]}} = ${abText}$, so the perpendicular gradient is $m = ${mText}$.

$$${num(mid[1])} = ${mText} \times ${num(mid[0])} + c \quad\Rightarrow\quad c = ${sig(c, 6)} \approx ${sig(c, 3)}$$

The edge lies on $y = ${mText}x ${c < 0 ? "-" : "+"} ${sig(Math.abs(c), 3)}$.`,
        },
        { kind: "voronoi-sites", sites: [A, B], asked: "bisector-intercept", expected: c, rounding },
      );
    }

    let sites: [Point, Point, Point];
    let V: Point;
    let radius: number;
    for (;;) {
      sites = [
        [coordinate(), coordinate()],
        [coordinate(), coordinate()],
        [coordinate(), coordinate()],
      ];
      const [P, Q, R] = sites;
      const far = (u: Point, v: Point) => Math.hypot(u[0] - v[0], u[1] - v[1]) >= 4;
      const twiceArea = Math.abs((Q[0] - P[0]) * (R[1] - P[1]) - (R[0] - P[0]) * (Q[1] - P[1]));
      if (!far(P, Q) || !far(Q, R) || !far(P, R) || twiceArea < 20) continue;
      // The vertex solves the two bisector equations (Cramer's rule).
      const e1 = bisector(P, Q);
      const e2 = bisector(P, R);
      const det = e1.p * e2.q - e2.p * e1.q;
      V = [(e1.k * e2.q - e2.k * e1.q) / det, (e1.p * e2.k - e2.p * e1.k) / det];
      radius = Math.hypot(V[0] - P[0], V[1] - P[1]);
      if (radius <= 14 && V[0] >= -4 && V[0] <= 20 && V[1] >= -4 && V[1] <= 20) break;
    }
    const [P, Q] = sites;
    const e1 = bisector(P, Q);
    const e2 = bisector(P, sites[2]);
    const where = sites.map((p, i) => `$${point(labels[i] as string, p)}$`);
    const dx = V[0] - P[0];
    const dy = V[1] - P[1];
    const vText = `(${num(roundDp(V[0], 4))}, ${num(roundDp(V[1], 4))})`;
    return gdcNumericQuestion(
      voronoiSites,
      seed,
      {
        difficulty: 4,
        marks: 5,
        paper: "P2",
        commandTerm: "Find",
        stem: String.raw`Three ${s.sites} are at the points ${where[0]}, ${where[1]} and ${where[2]} on a map, where distances are in kilometres. A Voronoi diagram is drawn with the ${s.sites} as its sites. It has one vertex, $V$.

${s.builds[0]?.toUpperCase()}${s.builds.slice(1)} is to be built at $V$. Find the distance from $V$ to each ${s.site}. Give your answer correct to 3 significant figures.`,
        markscheme: [
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Finds the perpendicular bisectors of two of the sides, e.g. of $[AB]$ and $[AC]$ (midpoint and negative reciprocal gradient)`,
            keywords: ["bisector", "midpoint"],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`$${linear(e1.p, e1.q, e1.k)}$ and $${linear(e2.p, e2.q, e2.k)}$ (or equivalent)`,
            dependsOn: ["M1"],
            keywords: [num(e1.k), num(e2.k)],
          },
          {
            id: "A2",
            kind: "A",
            marks: 1,
            text: String.raw`Solves simultaneously: $V = ${vText}$`,
            dependsOn: ["M1"],
            keywords: [sigPlain(V[0], 3), sigPlain(V[1], 3)],
          },
          {
            id: "M2",
            kind: "M",
            marks: 1,
            text: String.raw`Uses the distance formula from $V$ to one site`,
            keywords: ["sqrt", sigPlain(dx * dx + dy * dy, 3)],
          },
          { id: "A3", kind: "A", marks: 1, text: String.raw`$${sig(radius, 3)}\,\text{km}$`, dependsOn: ["M2"], keywords: [sigPlain(radius, 3)] },
        ],
        workedSolution: String.raw`$V$ is on all three edges, so it is equally far from the three ${s.sites}: it is where the perpendicular bisectors of the sides of triangle $ABC$ meet.

A point $(x, y)$ is equally far from $A$ and $B$ when $(x - ${P[0]})^2 + (y - ${P[1]})^2 = (x - ${Q[0]})^2 + (y - ${Q[1]})^2$, which simplifies to $${linear(e1.p, e1.q, e1.k)}$. In the same way the perpendicular bisector of $[AC]$ is $${linear(e2.p, e2.q, e2.k)}$.

Solving these simultaneously (GDC) gives $V = ${vText}$. Then

$$AV = \sqrt{(${num(roundDp(V[0], 4))} - ${P[0]})^2 + (${num(roundDp(V[1], 4))} - ${P[1]})^2} = \sqrt{${num(roundDp(dx * dx + dy * dy, 4))}} = ${sig(radius, 6)} \approx ${sig(radius, 3)}\,\text{km}$$

and $BV$ and $CV$ are the same.`,
      },
      { kind: "voronoi-sites", sites, asked: "vertex-distance", expected: radius, rounding },
      "km",
    );
  },
};
