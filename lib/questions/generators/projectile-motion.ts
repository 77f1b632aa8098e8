import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const g = 9.8;
const { speed } = units;
const deg = Math.PI / 180;
const noAir = "Air resistance is negligible.";

export const projectileMotion: QuestionGenerator = {
  id: "projectile-motion",
  subject: "physics",
  topicCode: "A.1",
  levels: ["SL", "HL"],
  title: "Projectile motion without air resistance",
  generate(seed) {
    const r = new SeededRandom(seed);
    const variant = r.pick(["horizontal", "range", "max-height", "flight-time"] as const);
    const rounding = { mode: "sigFigs", digits: 3 } as const;

    if (variant === "horizontal") {
      // Heights and speeds that suit each situation: a table is about a metre high, a cliff tens of metres.
      const scene = r.pick([
        { what: "A ball rolls off the edge of a horizontal table top", h: [0.7, 1.5, 0.05], u: [0.5, 4, 0.1] },
        { what: "A stone is thrown horizontally from the top of a vertical cliff", h: [8, 80, 0.5], u: [4, 25, 0.5] },
        { what: "A parcel slides off the end of a horizontal conveyor belt", h: [1, 3, 0.1], u: [0.5, 3, 0.1] },
      ] as const);
      const h = r.decimal(scene.h[0], scene.h[1], scene.h[2]);
      const u = r.decimal(scene.u[0], scene.u[1], scene.u[2]);
      const what = scene.what;
      const t = Math.sqrt((2 * h) / g);
      const expected = u * t;
      return numericQuestion(
        projectileMotion,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`${what} $${qty(h, "m")}$ above level ground with a horizontal speed of $${qty(u, speed.tex)}$. ${noAir}

Calculate the horizontal distance it travels before it hits the ground. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`Vertical motion from rest: $${num(h)} = \frac{1}{2} \times 9.8 \times t^2$`,
              keywords: ["4.9", String(h)],
            },
            { id: "p2", kind: "POINT", marks: 1, text: String.raw`$t = ${qty(sig(t, 3), "s")}$`, keywords: [sigPlain(t, 3)] },
            {
              id: "p3",
              kind: "POINT",
              marks: 1,
              text: String.raw`Horizontal distance $= ${num(u)} \times t = ${qty(sig(expected, 3), "m")}$`,
              keywords: [sigPlain(expected, 3)],
            },
          ],
          workedSolution: String.raw`The horizontal and vertical motions are independent. Vertically the object starts from rest and falls $${qty(h, "m")}$ with $g = ${qty(9.8, String.raw`m\,s^{-2}`)}$:

$$${num(h)} = \frac{1}{2}(9.8)t^2 \quad\Rightarrow\quad t = \sqrt{\frac{2 \times ${num(h)}}{9.8}} = ${qty(sig(t, 4), "s")}$$

Horizontally the speed stays $${qty(u, speed.tex)}$, so the distance is $${num(u)} \times ${sig(t, 4)} = ${qty(sig(expected, 3), "m")}$.`,
        },
        { kind: "projectile", speed: u, angleDeg: 0, launchHeight: h, g, asked: "range", expected, rounding },
        "m",
      );
    }

    const u = r.decimal(8, 35, 0.5);
    const angle = r.int(15, 75);
    const ux = u * Math.cos(angle * deg);
    const uy = u * Math.sin(angle * deg);
    const flight = (2 * uy) / g;
    const expected = variant === "range" ? ux * flight : variant === "max-height" ? (uy * uy) / (2 * g) : flight;
    const asked =
      variant === "range" ? "horizontal range of the ball" : variant === "max-height" ? "maximum height reached by the ball" : "time of flight of the ball";
    const unit = variant === "flight-time" ? "s" : "m";
    const finalLine =
      variant === "range"
        ? String.raw`R = u_x t = ${sig(ux, 4)} \times ${sig(flight, 4)} = ${qty(sig(expected, 3), "m")}`
        : variant === "max-height"
          ? String.raw`H = \frac{u_y^2}{2g} = \frac{${sig(uy, 4)}^2}{2 \times 9.8} = ${qty(sig(expected, 3), "m")}`
          : String.raw`t = \frac{2u_y}{g} = \frac{2 \times ${sig(uy, 4)}}{9.8} = ${qty(sig(expected, 3), "s")}`;
    return numericQuestion(
      projectileMotion,
      seed,
      {
        difficulty: variant === "range" ? 3 : 2,
        marks: 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`A ball is kicked from level ground with a speed of $${qty(u, speed.tex)}$ at an angle of $${angle}^\circ$ above the horizontal. ${noAir}

Calculate the ${asked}. Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Resolves the velocity: $u_y = ${num(u)}\sin ${angle}^\circ = ${sig(uy, 3)}$${variant === "range" ? String.raw` and $u_x = ${num(u)}\cos ${angle}^\circ = ${sig(ux, 3)}$` : ""}`,
            keywords: [sigPlain(uy, 3)],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text:
              variant === "max-height"
                ? String.raw`Uses $v_y^2 = u_y^2 - 2gH$ with $v_y = 0$ at the top`
                : String.raw`Time of flight from $0 = u_y t - \frac{1}{2}gt^2$: $t = ${sig(flight, 3)}$`,
            keywords: variant === "max-height" ? ["v^2", "0"] : [sigPlain(flight, 3)],
          },
          { id: "p3", kind: "POINT", marks: 1, text: String.raw`$${qty(sig(expected, 3), unit)}$`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Resolve the launch velocity: $u_x = ${num(u)}\cos ${angle}^\circ = ${qty(sig(ux, 4), speed.tex)}$ and $u_y = ${num(u)}\sin ${angle}^\circ = ${qty(sig(uy, 4), speed.tex)}$.

Vertically the ball decelerates at $g = ${qty(9.8, String.raw`m\,s^{-2}`)}$; horizontally its velocity is constant. ${variant === "max-height" ? "At the highest point the vertical velocity is zero." : String.raw`It lands when its vertical displacement is zero again: $0 = u_y t - \frac{1}{2}gt^2$, so $t = \frac{2u_y}{g} = ${qty(sig(flight, 4), "s")}$.`}

$$${finalLine}$$`,
      },
      { kind: "projectile", speed: u, angleDeg: angle, launchHeight: 0, g, asked: variant, expected, rounding },
      unit,
    );
  },
};
