import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const vehicles = ["A car", "A cyclist", "A train", "A motorcycle", "A delivery van"];
const { speed, acceleration } = units;

export const suvatKinematics: QuestionGenerator = {
  id: "suvat-kinematics",
  subject: "physics",
  topicCode: "A.1",
  levels: ["SL", "HL"],
  title: "Uniformly accelerated motion (suvat)",
  generate(seed) {
    const r = new SeededRandom(seed);
    const who = r.pick(vehicles);
    const u = r.decimal(2, 25, 0.5);

    if (r.bool()) {
      // Displacement after a time: s = ut + at²/2, speeding up or slowing down but still moving forwards.
      // A decelerating vehicle must not stop before t (it would then reverse), so t ≤ u/|a| with t ≥ 2 s.
      const a = r.bool() ? r.decimal(0.4, 3.5, 0.1) : -r.decimal(0.4, Math.min(3.5, u / 2), 0.1);
      const t = r.decimal(2, Math.min(20, a < 0 ? u / -a : 20), 0.5);
      const expected = u * t + 0.5 * a * t * t;
      const change = a > 0 ? "accelerates uniformly" : "decelerates uniformly";
      return numericQuestion(
        suvatKinematics,
        seed,
        {
          difficulty: a > 0 ? 1 : 2,
          marks: 2,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${who} travelling in a straight line at $${qty(u, speed.tex)}$ ${change} at $${qty(Math.abs(a), acceleration.tex)}$ for $${qty(t, "s")}$.

Calculate the distance travelled in this time. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`Use of $s = ut + \frac{1}{2}at^2$ with $a = ${num(a)}$: $s = ${num(u)} \times ${num(t)} + \frac{1}{2} \times ${a < 0 ? `(${num(a)})` : num(a)} \times ${num(t)}^2$`,
              keywords: ["ut", String(t)],
            },
            { id: "p2", kind: "POINT", marks: 1, text: String.raw`$s = ${qty(sig(expected, 3), "m")}$`, keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`Take the direction of motion as positive, so $u = ${qty(u, speed.tex)}$ and $a = ${qty(a, acceleration.tex)}$. With $t = ${qty(t, "s")}$:

$$s = ut + \frac{1}{2}at^2 = ${num(u)} \times ${num(t)} + \frac{1}{2} \times ${a < 0 ? `(${num(a)})` : num(a)} \times ${num(t)}^2 = ${qty(sig(expected, 6), "m")} \approx ${qty(sig(expected, 3), "m")}$$`,
        },
        {
          kind: "uniform-acceleration",
          initialVelocity: u,
          acceleration: a,
          until: { time: t },
          asked: "displacement",
          expected,
          rounding: { mode: "sigFigs", digits: 3 },
        },
        "m",
      );
    }

    // Speed after a displacement: v² = u² + 2as, braking for less than the stopping distance.
    const v0 = r.decimal(6, 30, 0.5);
    const a = -r.decimal(0.5, 6, 0.1);
    const stopping = (v0 * v0) / (2 * -a);
    const s = Math.max(1, Math.floor(stopping * r.decimal(0.2, 0.9, 0.05)));
    const expected = Math.sqrt(v0 * v0 + 2 * a * s);
    return numericQuestion(
      suvatKinematics,
      seed,
      {
        difficulty: 3,
        marks: 2,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${who} moving in a straight line at $${qty(v0, speed.tex)}$ brakes with a uniform deceleration of $${qty(-a, acceleration.tex)}$.

Calculate its speed after it has travelled $${qty(s, "m")}$ while braking. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Use of $v^2 = u^2 + 2as$ with $a$ negative: $v^2 = ${num(v0)}^2 - 2 \times ${num(-a)} \times ${s}$`,
            keywords: ["v^2", String(s)],
          },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$v = ${qty(sig(expected, 3), speed.tex)}$`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Take the direction of motion as positive; braking means $a = ${qty(a, acceleration.tex)}$. Time is not given or asked for, so use

$$v^2 = u^2 + 2as = ${num(v0)}^2 + 2 \times (${num(a)}) \times ${s} = ${num(Number((v0 * v0 + 2 * a * s).toPrecision(10)))}$$

$$v = \sqrt{${num(Number((v0 * v0 + 2 * a * s).toPrecision(10)))}} = ${qty(sig(expected, 3), speed.tex)}$$`,
      },
      {
        kind: "uniform-acceleration",
        initialVelocity: v0,
        acceleration: a,
        until: { displacement: s },
        asked: "velocity",
        expected,
        rounding: { mode: "sigFigs", digits: 3 },
      },
      speed.plain,
    );
  },
};
