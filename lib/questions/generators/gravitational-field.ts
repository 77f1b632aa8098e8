import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain, units } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const G = 6.67e-11;
const { speed } = units;
const rounding = { mode: "sigFigs", digits: 3 } as const;

/** Masses and radii to 3 s.f., as a data table in a question would give them. */
const bodies = [
  { name: "Mercury", mass: 3.3e23, radius: 2.44e6 },
  { name: "Venus", mass: 4.87e24, radius: 6.05e6 },
  { name: "Earth", mass: 5.97e24, radius: 6.37e6 },
  { name: "Mars", mass: 6.42e23, radius: 3.39e6 },
  { name: "Jupiter", mass: 1.9e27, radius: 6.99e7 },
  { name: "the Moon", mass: 7.35e22, radius: 1.74e6 },
];

export const gravitationalField: QuestionGenerator = {
  id: "gravitational-field",
  subject: "physics",
  topicCode: "D.1",
  levels: ["SL", "HL"],
  title: "Gravitational field strength and circular orbits",
  generate(seed) {
    const r = new SeededRandom(seed);
    const body = r.bool() ? r.pick(bodies) : { name: "a planet", mass: r.int(100, 999) * 10 ** r.int(20, 22), radius: r.int(150, 900) * 1e4 };
    const heightKm = Math.max(100, Math.round((body.radius * r.decimal(0.05, 3, 0.05)) / 1e5) * 100);
    const altitude = heightKm * 1e3;
    const orbitR = body.radius + altitude;
    const asked = r.pick(["field-strength", "orbital-speed", "orbital-period"] as const);
    const gField = (G * body.mass) / orbitR ** 2;
    const v = Math.sqrt((G * body.mass) / orbitR);
    const period = (2 * Math.PI * orbitR) / v;
    const expected = asked === "field-strength" ? gField : asked === "orbital-speed" ? v : period;
    const unitTex = asked === "field-strength" ? String.raw`N\,kg^{-1}` : asked === "orbital-speed" ? speed.tex : "s";
    const unitPlain = asked === "field-strength" ? "N kg^-1" : asked === "orbital-speed" ? speed.plain : "s";
    const ref = body.name === "a planet" ? "the planet" : body.name;
    const data = String.raw`The mass of ${ref} is $${qty(body.mass, "kg")}$ and its radius is $${qty(body.radius, "m")}$.`;
    const what =
      asked === "field-strength"
        ? `the gravitational field strength due to ${ref} at the height of the orbit`
        : asked === "orbital-speed"
          ? "the orbital speed of the satellite"
          : "the orbital period of the satellite";
    const capitalised = ref.charAt(0).toUpperCase() + ref.slice(1);
    const rLine = String.raw`r = ${num(body.radius)} + ${num(altitude)} = ${qty(sig(orbitR, 4), "m")}`;

    return numericQuestion(
      gravitationalField,
      seed,
      {
        difficulty: asked === "field-strength" ? 2 : asked === "orbital-speed" ? 3 : 4,
        marks: asked === "orbital-period" ? 4 : 3,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`A satellite is in a circular orbit at a height of $${qty(heightKm, "km")}$ above the surface of ${body.name}. ${data}

Calculate ${what}. Give your answer to 3 significant figures.`,
        markscheme: [
          { id: "p1", kind: "POINT", marks: 1, text: String.raw`Orbital radius measured from the centre: $${rLine}$`, keywords: [sigPlain(orbitR, 3)] },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text:
              asked === "field-strength"
                ? String.raw`Uses $g = \frac{GM}{r^2}$`
                : String.raw`Equates gravitational and centripetal force: $\frac{GMm}{r^2} = \frac{mv^2}{r}$, so $v = \sqrt{\frac{GM}{r}}$`,
            keywords: ["GM"],
          },
          ...(asked === "orbital-period"
            ? [
                {
                  id: "p3",
                  kind: "POINT" as const,
                  marks: 1,
                  text: String.raw`$v = ${qty(sig(v, 3), speed.tex)}$ and $T = \frac{2\pi r}{v}$ / uses $T^2 = \frac{4\pi^2r^3}{GM}$`,
                  keywords: [sigPlain(v, 3)],
                },
              ]
            : []),
          { id: "p4", kind: "POINT", marks: 1, text: String.raw`$${qty(sig(expected, 3), unitTex)}$`, keywords: [sigPlain(expected, 3)] },
        ],
        workedSolution: String.raw`The distance in Newton's law of gravitation is measured from the centre of ${ref}: $${rLine}$.

${
  asked === "field-strength"
    ? String.raw`$$g = \frac{GM}{r^2} = \frac{6.67 \times 10^{-11} \times ${num(body.mass)}}{(${sig(orbitR, 4)})^2} = ${qty(sig(gField, 3), unitTex)}$$`
    : String.raw`Gravity provides the centripetal force: $\frac{GMm}{r^2} = \frac{mv^2}{r}$, so
$$v = \sqrt{\frac{GM}{r}} = \sqrt{\frac{6.67 \times 10^{-11} \times ${num(body.mass)}}{${sig(orbitR, 4)}}} = ${qty(sig(v, asked === "orbital-speed" ? 3 : 4), speed.tex)}$$${
        asked === "orbital-period"
          ? String.raw`
One orbit is a distance $2\pi r$ at this speed:
$$T = \frac{2\pi r}{v} = \frac{2\pi \times ${sig(orbitR, 4)}}{${sig(v, 4)}} = ${qty(sig(period, 3), "s")}$$
(about ${sig(period / 3600, 3)} hours).`
          : ""
      }`
}

${capitalised} is treated as a uniform sphere and the satellite's own mass cancels out.`,
      },
      { kind: "gravitation", planetMass: body.mass, planetRadius: body.radius, altitude, G, asked, expected, rounding },
      unitPlain,
    );
  },
};
