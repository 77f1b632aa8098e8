import { num, roundDp, sig, sigPlain } from "./latex-format";
import { gdcNumericQuestion, texNumber } from "./maths-ai-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const rounding = { mode: "sigFigs", digits: 3 } as const;
const rad = Math.PI / 180;
const deg = (x: number) => String.raw`${num(x)}^\circ`;

/** Settings for a triangle ABC with sides in metres; `sides` is the [min, max, step] of a side length. */
const settings = [
  { scene: "A triangular field has corners $A$, $B$ and $C$.", sides: [40, 250, 1] },
  { scene: "Three buoys, $A$, $B$ and $C$, mark the corners of a triangular sailing course.", sides: [300, 1500, 10] },
  { scene: "A garden bed is in the shape of a triangle $ABC$.", sides: [2, 12, 0.1] },
  { scene: "Three trees, $A$, $B$ and $C$, stand in a park.", sides: [15, 90, 0.5] },
] as const;

export const triangleTrigonometry: QuestionGenerator = {
  id: "triangle-trigonometry",
  subject: "math-ai",
  topicCode: "3.2",
  levels: ["SL", "HL"],
  title: "Non-right-angled triangles: cosine rule, sine rule and area",
  generate(seed) {
    const r = new SeededRandom(seed);
    const s = r.pick(settings);
    const side = () => r.decimal(s.sides[0], s.sides[1], s.sides[2]);
    const asked = r.pick(["side-a", "angle-A", "area", "side-b"] as const);

    if (asked === "side-a" || asked === "area") {
      const b = side();
      let c = side();
      while (c === b) c = side();
      const A = r.decimal(25, 150, asked === "area" ? 1 : 0.5);
      const given = String.raw`$AB = ${num(c)}\,\text{m}$, $AC = ${num(b)}\,\text{m}$ and $B\hat{A}C = ${deg(A)}$`;
      if (asked === "side-a") {
        const a2 = b * b + c * c - 2 * b * c * Math.cos(A * rad);
        const expected = Math.sqrt(a2);
        return gdcNumericQuestion(
          triangleTrigonometry,
          seed,
          {
            difficulty: 2,
            marks: 3,
            paper: "P1",
            commandTerm: "Find",
            stem: `${s.scene} ${given}.

Find the distance $BC$. Give your answer correct to 3 significant figures.`,
            markscheme: [
              {
                id: "M1",
                kind: "M",
                marks: 1,
                text: String.raw`Attempts the cosine rule: $BC^2 = AB^2 + AC^2 - 2(AB)(AC)\cos\hat{A}$`,
                keywords: ["cos", num(A)],
              },
              {
                id: "A1",
                kind: "A",
                marks: 1,
                text: String.raw`Correct substitution: $BC^2 = ${num(c)}^2 + ${num(b)}^2 - 2(${num(c)})(${num(b)})\cos ${deg(A)}$`,
                dependsOn: ["M1"],
                keywords: [num(c), num(b)],
              },
              { id: "A2", kind: "A", marks: 1, text: String.raw`$BC = ${sig(expected, 3)}\,\text{m}$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
            ],
            workedSolution: String.raw`Two sides and the angle between them are known, so use the cosine rule:

$$BC^2 = ${num(c)}^2 + ${num(b)}^2 - 2(${num(c)})(${num(b)})\cos ${deg(A)} = ${texNumber(a2, 3)}$$

$$BC = \sqrt{${texNumber(a2, 3)}} = ${sig(expected, 6)} \approx ${sig(expected, 3)}\,\text{m}$$`,
          },
          { kind: "triangle-solution", given: { b, c, angleA: A }, asked: "side-a", expected, rounding },
          "m",
        );
      }
      const expected = 0.5 * b * c * Math.sin(A * rad);
      return gdcNumericQuestion(
        triangleTrigonometry,
        seed,
        {
          difficulty: 1,
          marks: 2,
          paper: "P1",
          commandTerm: "Calculate",
          stem: `${s.scene} ${given}.

Calculate the area of triangle $ABC$. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Uses $\text{area} = \frac{1}{2}ab\sin C$: $\frac{1}{2}(${num(c)})(${num(b)})\sin ${deg(A)}$`,
              keywords: ["sin", num(A)],
            },
            { id: "A1", kind: "A", marks: 1, text: String.raw`$${sig(expected, 3)}\,\text{m}^2$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`The angle at $A$ is between the two known sides, so

$$\text{area} = \frac{1}{2}(AB)(AC)\sin\hat{A} = \frac{1}{2}(${num(c)})(${num(b)})\sin ${deg(A)} = ${sig(expected, 6)} \approx ${sig(expected, 3)}\,\text{m}^2$$`,
        },
        { kind: "triangle-solution", given: { b, c, angleA: A }, asked: "area", expected, rounding },
        "m^2",
      );
    }

    if (asked === "angle-A") {
      let a: number;
      let b: number;
      let c: number;
      // Three different sides that make a proper triangle (no near-flat ones): each side shorter than 90% of the other two together.
      do {
        [a, b, c] = [side(), side(), side()];
      } while (a === b || b === c || a === c || a >= 0.9 * (b + c) || b >= 0.9 * (a + c) || c >= 0.9 * (a + b));
      const cosA = (b * b + c * c - a * a) / (2 * b * c);
      const expected = Math.acos(cosA) / rad;
      return gdcNumericQuestion(
        triangleTrigonometry,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P1",
          commandTerm: "Find",
          stem: `${s.scene} $BC = ${num(a)}\\,\\text{m}$, $AC = ${num(b)}\\,\\text{m}$ and $AB = ${num(c)}\\,\\text{m}$.

Find the size of angle $B\\hat{A}C$, in degrees. Give your answer correct to 3 significant figures.`,
          markscheme: [
            {
              id: "M1",
              kind: "M",
              marks: 1,
              text: String.raw`Attempts the cosine rule for the angle opposite $BC$: $\cos\hat{A} = \frac{AB^2 + AC^2 - BC^2}{2(AB)(AC)}$`,
              keywords: ["cos", num(a)],
            },
            {
              id: "A1",
              kind: "A",
              marks: 1,
              text: String.raw`Correct substitution: $\cos\hat{A} = \frac{${num(c)}^2 + ${num(b)}^2 - ${num(a)}^2}{2(${num(c)})(${num(b)})}$ $(= ${num(roundDp(cosA, 5))})$`,
              dependsOn: ["M1"],
              keywords: [num(roundDp(cosA, 3))],
            },
            { id: "A2", kind: "A", marks: 1, text: String.raw`$B\hat{A}C = ${sig(expected, 3)}^\circ$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`All three sides are known, so the cosine rule gives the angle at $A$, which is opposite $BC$:

$$\cos\hat{A} = \frac{${num(c)}^2 + ${num(b)}^2 - ${num(a)}^2}{2(${num(c)})(${num(b)})} = ${num(roundDp(cosA, 6))}$$

$$B\hat{A}C = \cos^{-1}(${num(roundDp(cosA, 6))}) = ${sig(expected, 6)}^\circ \approx ${sig(expected, 3)}^\circ$$${
            cosA < 0
              ? "\n\nThe cosine is negative, so the angle is obtuse; $\\cos^{-1}$ gives it directly (there is no ambiguous case with the cosine rule)."
              : ""
          }`,
        },
        { kind: "triangle-solution", given: { a, b, c }, asked: "angle-A", expected, rounding },
        "°",
      );
    }

    // Two angles and a side opposite one of them: the sine rule (never the ambiguous case).
    let A: number;
    let B: number;
    do {
      A = r.int(25, 120);
      B = r.int(25, 120);
    } while (A === B || A + B > 155);
    const a = side();
    const C = 180 - A - B;
    const expected = (a * Math.sin(B * rad)) / Math.sin(A * rad);
    const useThird = r.bool();
    const givenAngles = useThird
      ? String.raw`$B\hat{A}C = ${deg(A)}$ and $A\hat{C}B = ${deg(C)}$`
      : String.raw`$B\hat{A}C = ${deg(A)}$ and $A\hat{B}C = ${deg(B)}$`;
    return gdcNumericQuestion(
      triangleTrigonometry,
      seed,
      {
        difficulty: useThird ? 3 : 2,
        marks: useThird ? 4 : 3,
        paper: "P1",
        commandTerm: "Find",
        stem: `${s.scene} $BC = ${num(a)}\\,\\text{m}$, ${givenAngles}.

Find the distance $AC$. Give your answer correct to 3 significant figures.`,
        markscheme: [
          ...(useThird
            ? [
                {
                  id: "B1",
                  kind: "B" as const,
                  marks: 1,
                  text: String.raw`$A\hat{B}C = 180^\circ - ${deg(A)} - ${deg(C)} = ${deg(B)}$`,
                  keywords: [String(B)],
                },
              ]
            : []),
          {
            id: "M1",
            kind: "M",
            marks: 1,
            text: String.raw`Attempts the sine rule: $\frac{AC}{\sin\hat{B}} = \frac{BC}{\sin\hat{A}}$`,
            keywords: ["sin", num(a)],
          },
          {
            id: "A1",
            kind: "A",
            marks: 1,
            text: String.raw`Correct substitution: $\frac{AC}{\sin ${deg(B)}} = \frac{${num(a)}}{\sin ${deg(A)}}$`,
            dependsOn: ["M1"],
            keywords: [String(B), String(A)],
          },
          { id: "A2", kind: "A", marks: 1, text: String.raw`$AC = ${sig(expected, 3)}\,\text{m}$`, dependsOn: ["M1"], keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`${useThird ? String.raw`The angles of a triangle add up to $180^\circ$, so $A\hat{B}C = 180^\circ - ${deg(A)} - ${deg(C)} = ${deg(B)}$. ` : ""}$AC$ is opposite the angle at $B$ and $BC$ is opposite the angle at $A$, so by the sine rule

$$\frac{AC}{\sin ${deg(B)}} = \frac{${num(a)}}{\sin ${deg(A)}} \quad\Rightarrow\quad AC = \frac{${num(a)}\sin ${deg(B)}}{\sin ${deg(A)}} = ${sig(expected, 6)} \approx ${sig(expected, 3)}\,\text{m}$$`,
      },
      { kind: "triangle-solution", given: { a, angleA: A, angleB: B }, asked: "side-b", expected, rounding },
      "m",
    );
  },
};
