import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const { speed } = units;
const rounding = { mode: "sigFigs", digits: 3 } as const;

/** Media with a realistic wave speed and frequency range (frequencies as [min, max, step]). */
const media = [
  { wave: "A sound wave", medium: "air", speed: [330, 345, 1], f: [100, 5000, 10] },
  { wave: "A sound wave", medium: "water", speed: [1450, 1530, 5], f: [200, 20000, 50] },
  { wave: "An ultrasound wave", medium: "soft tissue", speed: [1500, 1600, 10], f: [1e6, 1e7, 1e5] },
  { wave: "A radio wave", medium: "air", speed: [3e8, 3e8, 1], f: [8.8e7, 1.08e8, 1e5] },
  { wave: "Visible light", medium: "a vacuum", speed: [3e8, 3e8, 1], f: [4.0e14, 7.5e14, 1e12] },
] as const;

export const waveSpeed: QuestionGenerator = {
  id: "wave-speed",
  subject: "physics",
  topicCode: "C.2",
  levels: ["SL", "HL"],
  title: "The wave equation v = fλ",
  generate(seed) {
    const r = new SeededRandom(seed);

    if (r.bool()) {
      const crestSpacing = r.decimal(0.2, 6, 0.1);
      const oscillations = r.int(5, 40);
      const time = r.decimal(4, 60, 0.5);
      const f = oscillations / time;
      const expected = f * crestSpacing;
      return numericQuestion(
        waveSpeed,
        seed,
        {
          difficulty: 2,
          marks: 3,
          paper: "P2",
          commandTerm: "Calculate",
          stem: String.raw`Water waves travel across a lake. The distance between adjacent crests is $${qty(crestSpacing, "m")}$. A floating cork makes ${oscillations} complete oscillations in $${qty(time, "s")}$.

Calculate the speed of the waves. Give your answer to 3 significant figures.`,
          markscheme: [
            {
              id: "p1",
              kind: "POINT",
              marks: 1,
              text: String.raw`Wavelength $\lambda = ${qty(crestSpacing, "m")}$ (distance between adjacent crests)`,
              keywords: [String(crestSpacing)],
            },
            {
              id: "p2",
              kind: "POINT",
              marks: 1,
              text: String.raw`$f = \frac{${oscillations}}{${num(time)}} = ${qty(sig(f, 3), "Hz")}$ / $T = \frac{${num(time)}}{${oscillations}} = ${qty(sig(1 / f, 3), "s")}$`,
              keywords: [sigPlain(f, 3), sigPlain(1 / f, 3)],
            },
            { id: "p3", kind: "POINT", marks: 1, text: String.raw`$v = f\lambda = ${qty(sig(expected, 3), speed.tex)}$`, keywords: [sigPlain(expected, 3)] },
          ],
          workedSolution: String.raw`Adjacent crests are one wavelength apart, so $\lambda = ${qty(crestSpacing, "m")}$. The cork oscillates at the wave's frequency: $f = \frac{${oscillations}}{${num(time)}} = ${qty(sig(f, 4), "Hz")}$.

$$v = f\lambda = ${sig(f, 4)} \times ${num(crestSpacing)} = ${qty(sig(expected, 3), speed.tex)}$$`,
        },
        { kind: "wave", given: { crestSpacing, oscillations, time }, asked: "speed", expected, rounding },
        speed.plain,
      );
    }

    const m = r.pick(media);
    const v = m.speed[0] === m.speed[1] ? m.speed[0] : r.decimal(m.speed[0], m.speed[1], m.speed[2]);
    const f = r.decimal(m.f[0], m.f[1], m.f[2]);
    const expected = v / f;
    return numericQuestion(
      waveSpeed,
      seed,
      {
        difficulty: 1,
        marks: 2,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${m.wave} of frequency $${qty(f, "Hz")}$ travels through ${m.medium} at a speed of $${qty(v, speed.tex)}$.

Calculate the wavelength of the wave. Give your answer to 3 significant figures.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`Uses $v = f\lambda$: $\lambda = \frac{${num(v)}}{${num(f)}}$`, keywords: ["v=f", "λ"] },
          { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\lambda = ${qty(sig(expected, 3), "m")}$`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`Rearrange the wave equation $v = f\lambda$:

$$\lambda = \frac{v}{f} = \frac{${num(v)}}{${num(f)}} = ${qty(sig(expected, 3), "m")}$$`,
      },
      { kind: "wave", given: { speed: v, frequency: f }, asked: "wavelength", expected, rounding },
      "m",
    );
  },
};
