import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const g = 9.8;
const { speed } = units;
const deg = Math.PI / 180;
const rounding = { mode: "sigFigs", digits: 3 } as const;

export const workEnergyPower: QuestionGenerator = {
  id: "work-energy-power",
  subject: "physics",
  topicCode: "A.3",
  levels: ["SL", "HL"],
  title: "Energy conservation on a slope; power and efficiency",
  generate(seed) {
    const r = new SeededRandom(seed);

    if (r.bool()) {
      const m = r.decimal(0.5, 8, 0.5);
      const h = r.decimal(0.5, 5, 0.1);
      const angle = r.int(15, 50);
      const u = r.bool() ? 0 : r.decimal(0.5, 4, 0.5);
      const length = h / Math.sin(angle * deg);
      // Friction stays below half the weight component down the slope, so the block speeds up all the way down.
      const friction = r.bool() ? 0 : Math.max(0.5, Math.floor(1.6 * m * g * Math.sin(angle * deg) * r.decimal(0.1, 0.5, 0.05)) / 2);
      const gpe = m * g * h;
      const work = friction * length;
      const expected = Math.sqrt(u * u + (2 * (gpe - work)) / m);
      const start = u === 0 ? "is released from rest" : String.raw`is pushed so that it starts moving down the slope at $${qty(u, speed.tex)}$`;
      const rough =
        friction === 0 ? "The slope is frictionless." : String.raw`A constant frictional force of $${qty(friction, "N")}$ acts on the block as it moves.`;
      const energyLine = String.raw`\frac{1}{2}(${num(m)})v^2 = ${u === 0 ? "" : String.raw`\frac{1}{2}(${num(m)})(${num(u)})^2 + `}${sig(gpe, 4)}${friction === 0 ? "" : ` - ${sig(work, 4)}`}`;
      return numericQuestion(
        workEnergyPower,
        seed,
        {
          difficulty: friction === 0 ? 2 : 4,
          marks: friction === 0 ? 3 : 4,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`A block of mass $${qty(m, "kg")}$ ${start} at the top of a straight slope. The slope is inclined at $${angle}^\circ$ to the horizontal and its top is $${qty(h, "m")}$ vertically above its bottom. ${rough}

Calculate the speed of the block at the bottom of the slope. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`Gravitational potential energy lost $= mgh = ${num(m)} \times 9.8 \times ${num(h)} = ${qty(sig(gpe, 3), "J")}$`,
              keywords: [sigPlain(gpe, 3)],
            },
            ...(friction === 0
              ? []
              : [
                  {
                    id: "p2",
                    kind: "POINT" as const,
                    marks: 1,
                    text: String.raw`Slope length $\frac{${num(h)}}{\sin ${angle}^\circ} = ${qty(sig(length, 3), "m")}$ and work done against friction $= ${num(friction)} \times ${sig(length, 3)} = ${qty(sig(work, 3), "J")}$`,
                    keywords: [sigPlain(length, 3), sigPlain(work, 3)],
                  },
                ]),
            { id: "p3", kind: "POINT", marks: 1, text: String.raw`Energy equation: $${energyLine}$`, keywords: ["1/2mv^2", "kinetic"] },
            { id: "p4", kind: "POINT", marks: 1, text: String.raw`$v = ${qty(sig(expected, 3), speed.tex)}$`, keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`The block loses gravitational potential energy $mgh = ${num(m)} \times 9.8 \times ${num(h)} = ${qty(sig(gpe, 4), "J")}$.${
            friction === 0
              ? " With no friction, all of it becomes kinetic energy."
              : String.raw` Friction acts along the whole slope, of length $\frac{${num(h)}}{\sin ${angle}^\circ} = ${qty(sig(length, 4), "m")}$, so the work done against friction is $${num(friction)} \times ${sig(length, 4)} = ${qty(sig(work, 4), "J")}$; only the rest becomes kinetic energy.`
          }

$$${energyLine} \quad\Rightarrow\quad v = ${qty(sig(expected, 3), speed.tex)}$$`,
        },
        { kind: "incline-slide", mass: m, height: h, angleDeg: angle, initialSpeed: u, friction, g, expected, rounding },
        speed.plain,
      );
    }

    const m = r.int(5, 120) * 10;
    const h = r.int(5, 60);
    const t = r.int(5, 60);
    const percent = r.int(40, 90);
    const useful = (m * g * h) / t;
    const expected = useful / (percent / 100);
    const machine = r.pick(["An electric motor on a building site", "A crane", "A lift (elevator) motor"]);
    return numericQuestion(
      workEnergyPower,
      seed,
      {
        difficulty: 3,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${machine} raises a load of mass $${qty(m, "kg")}$ vertically through $${qty(h, "m")}$ at constant speed in $${qty(t, "s")}$. The efficiency of the motor is $${percent}\%$.

Calculate the electrical power input to the motor. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Useful work $= mgh = ${num(m)} \times 9.8 \times ${num(h)} = ${qty(sig(m * g * h, 3), "J")}$`,
            keywords: [sigPlain(m * g * h, 3)],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Useful power output $= \frac{mgh}{t} = ${qty(sig(useful, 3), "W")}$`,
            keywords: [sigPlain(useful, 3)],
          },
          {
            id: "p3",
            kind: "POINT",
            marks: 1,
            text: String.raw`Input power $= \frac{${sig(useful, 4)}}{${num(percent / 100)}} = ${qty(sig(expected, 3), "W")}$`,
            keywords: [sigPlain(expected, 3)],
          },
        ],
        workedSolution: String.raw`At constant speed the motor's force equals the weight, so the useful work is the gain in gravitational potential energy: $mgh = ${num(m)} \times 9.8 \times ${num(h)} = ${qty(sig(m * g * h, 4), "J")}$.

Useful output power $= \frac{${sig(m * g * h, 4)}}{${t}} = ${qty(sig(useful, 4), "W")}$. Efficiency is useful output ÷ input, so

$$P_{\text{in}} = \frac{P_{\text{out}}}{\text{efficiency}} = \frac{${sig(useful, 4)}}{${num(percent / 100)}} = ${qty(sig(expected, 3), "W")}$$`,
      },
      { kind: "lift-power", mass: m, height: h, time: t, efficiency: percent / 100, g, expected, rounding },
      "W",
    );
  },
};
