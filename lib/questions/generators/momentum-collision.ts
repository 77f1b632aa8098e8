import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const { speed } = units;
const signed = (v: number) => (v < 0 ? `(${num(v)})` : num(v));

export const momentumCollision: QuestionGenerator = {
  id: "momentum-collision",
  subject: "physics",
  topicCode: "A.2",
  levels: ["SL", "HL"],
  title: "Conservation of momentum in a one-dimensional collision",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["stick", "bounce", "energy"] as const);
    let m1: number, m2: number, u1: number, u2: number, v1r: number, vB: number;
    // Redraw until the outcome is physical: B ends up moving at least as fast as A (no passing through),
    // kinetic energy does not increase, and the answer is not a near-zero value.
    do {
      m1 = r.decimal(0.2, 3, 0.1);
      m2 = r.decimal(0.2, 3, 0.1);
      u1 = r.decimal(0.5, 6, 0.1);
      // Trolley B is at rest or moving towards A; the sign convention is stated in the stem.
      u2 = r.bool() ? 0 : -r.decimal(0.5, 4, 0.1);
      v1r = Number((u1 * r.decimal(-0.6, 0.4, 0.1)).toFixed(2));
      vB = (m1 * u1 + m2 * u2 - m1 * v1r) / m2;
    } while (
      Math.abs(m1 * u1 + m2 * u2) < 0.2 ||
      (variant === "bounce" && (vB < v1r || Math.abs(vB) < 0.05 || m1 * v1r ** 2 + m2 * vB ** 2 > m1 * u1 ** 2 + m2 * u2 ** 2))
    );
    const pBefore = m1 * u1 + m2 * u2;
    const setup = String.raw`Trolley A of mass $${qty(m1, "kg")}$ moves at $${qty(u1, speed.tex)}$ to the right along a straight, frictionless track. ${
      u2 === 0
        ? String.raw`It collides with trolley B of mass $${qty(m2, "kg")}$, which is at rest.`
        : String.raw`It collides head-on with trolley B of mass $${qty(m2, "kg")}$, which is moving at $${qty(-u2, speed.tex)}$ to the left.`
    }`;
    const before = String.raw`p_{\text{before}} = ${num(m1)} \times ${num(u1)} + ${num(m2)} \times ${signed(u2)} = ${qty(sig(pBefore, 4), String.raw`kg\,m\,s^{-1}`)}`;
    const rounding = { mode: "sigFigs", digits: 3 } as const;
    const common = { u1, m1, m2, u2 };

    if (variant === "bounce") {
      // A rebounds or slows; B's velocity follows from momentum alone (no energy condition is assumed).
      const expected = vB;
      const aAfter =
        v1r < 0
          ? String.raw`rebounds at $${qty(-v1r, speed.tex)}$ to the left`
          : v1r === 0
            ? "stops"
            : String.raw`continues at $${qty(v1r, speed.tex)}$ to the right`;
      return numericQuestion(
        momentumCollision,
        seed,
        {
          difficulty: 3,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${setup} After the collision trolley A ${aAfter}.

Calculate the velocity of trolley B after the collision, taking velocities to the right as positive. Give your answer to 3 significant figures.`,
          markscheme: [
            { id: "p1", kind: "POINT", marks: 1, text: String.raw`Total momentum before: $${before}$`, keywords: [sigPlain(pBefore, 3)] },
            {
              id: "p2",
              kind: "POINT",
              marks: 1,
              text: String.raw`Conservation of momentum: $${sig(pBefore, 4)} = ${num(m1)} \times ${signed(v1r)} + ${num(m2)}v_B$`,
              keywords: ["conservation", "momentum"],
            },
            {
              id: "p3",
              kind: "POINT",
              marks: 1,
              text: String.raw`$v_B = ${qty(sig(expected, 3), speed.tex)}$ (to the ${expected >= 0 ? "right" : "left"})`,
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`Take right as positive. No external horizontal force acts, so total momentum is conserved:

$$${before}$$

$$${sig(pBefore, 4)} = ${num(m1)} \times ${signed(v1r)} + ${num(m2)}v_B \quad\Rightarrow\quad v_B = \frac{${sig(pBefore, 4)} - ${num(m1)} \times ${signed(v1r)}}{${num(m2)}} = ${qty(sig(expected, 3), speed.tex)}$$`,
        },
        { kind: "collision", ...common, v1: v1r, asked: "final-velocity", expected, rounding },
        speed.plain,
      );
    }

    const v = pBefore / (m1 + m2);
    const keLoss = 0.5 * m1 * u1 * u1 + 0.5 * m2 * u2 * u2 - 0.5 * (m1 + m2) * v * v;
    const expected = variant === "stick" ? v : keLoss;
    const ask =
      variant === "stick"
        ? "Calculate the velocity of the trolleys immediately after the collision, taking velocities to the right as positive."
        : "Calculate the kinetic energy transferred to other forms in the collision.";
    return numericQuestion(
      momentumCollision,
      seed,
      {
        difficulty: variant === "stick" ? 2 : 4,
        marks: variant === "stick" ? 2 : 4,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${setup} The trolleys stick together.

${ask} Give your answer to 3 significant figures.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`$${before} = (${num(m1)} + ${num(m2)})v$`, keywords: [sigPlain(pBefore, 3)] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$v = ${qty(sig(v, 3), speed.tex)}$`, keywords: [sigPlain(v, 3)] },
          ...(variant === "energy"
            ? [
                {
                  id: "p3",
                  kind: "POINT" as const,
                  marks: 1,
                  text: String.raw`Kinetic energy before $= ${qty(sig(keLoss + 0.5 * (m1 + m2) * v * v, 4), "J")}$ and after $= ${qty(sig(0.5 * (m1 + m2) * v * v, 4), "J")}$`,
                  keywords: [sigPlain(keLoss + 0.5 * (m1 + m2) * v * v, 3)],
                },
                {
                  id: "p4",
                  kind: "POINT" as const,
                  marks: 1,
                  text: String.raw`Energy transferred $= ${qty(sig(keLoss, 3), "J")}$`,
                  keywords: [sigPlain(keLoss, 3)],
                },
              ]
            : []),
        ],
        workedSolution: String.raw`Take right as positive. Momentum is conserved, and afterwards both trolleys share one velocity $v$:

$$${before} = (${num(m1)} + ${num(m2)})v \quad\Rightarrow\quad v = ${qty(sig(v, 4), speed.tex)}$$${
          variant === "energy"
            ? String.raw`

Kinetic energy is not conserved in a collision where the bodies stick together:

$$E_{k,\text{before}} = \frac{1}{2}(${num(m1)})(${num(u1)})^2 + \frac{1}{2}(${num(m2)})(${num(u2)})^2 = ${qty(sig(keLoss + 0.5 * (m1 + m2) * v * v, 4), "J")}, \quad E_{k,\text{after}} = \frac{1}{2}(${num(m1 + m2)})(${sig(v, 4)})^2 = ${qty(sig(0.5 * (m1 + m2) * v * v, 4), "J")}$$

The difference, $${qty(sig(keLoss, 3), "J")}$, is transferred to internal energy and sound.`
            : ""
        }`,
      },
      { kind: "collision", ...common, v1: null, asked: variant === "stick" ? "final-velocity" : "kinetic-energy-loss", expected, rounding },
      variant === "stick" ? speed.plain : "J",
    );
  },
};
