import { numericQuestion } from "./build-question";
import { num, qty, sig, sigPlain } from "./latex-format";
import type { QuestionGenerator } from "./question-generator";
import { SeededRandom } from "./seeded-random";

const emfs = [1.5, 3, 4.5, 6, 9, 12, 24];
const resistors = [2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 20, 22, 24, 27, 30, 33, 40, 47, 50, 60, 68, 100];
const ohm = String.raw`\Omega`;
/** "an 8 Ω resistor", "an 18 Ω resistor", "a 10 Ω resistor": the article follows the spoken number. */
const a = (n: number) => (/^8/.test(String(n)) || n === 11 || n === 18 ? "an" : "a");

export const resistorCircuit: QuestionGenerator = {
  id: "resistor-circuit",
  subject: "physics",
  topicCode: "B.5",
  levels: ["SL", "HL"],
  title: "Series–parallel resistor circuit with internal resistance",
  generate(seed) {
    const r = new SeededRandom(seed);
    const emf = r.pick(emfs);
    const asked = r.pick(["current", "terminal-pd", "branch-current"] as const);
    // With no internal resistance the terminal p.d. would just be the emf: nothing to calculate.
    const internal = r.decimal(asked === "terminal-pd" ? 0.5 : 0, 2, 0.5);
    const R1 = r.pick(resistors);
    const R2 = r.pick(resistors);
    const R3 = r.pick(resistors);
    const parallel = 1 / (1 / R2 + 1 / R3);
    const total = R1 + parallel + internal;
    const I = emf / total;
    const terminal = emf - I * internal;
    const vParallel = I * parallel;
    const I2 = vParallel / R2;
    const expected = asked === "current" ? I : asked === "terminal-pd" ? terminal : I2;
    const unit = asked === "terminal-pd" ? "V" : "A";
    const question =
      asked === "current"
        ? "Calculate the current in the cell."
        : asked === "terminal-pd"
          ? "Calculate the potential difference across the terminals of the cell."
          : String.raw`Calculate the current in the $${qty(R2, ohm)}$ resistor.`;
    const cell =
      internal === 0
        ? String.raw`A cell of emf $${qty(emf, "V")}$ and negligible internal resistance`
        : String.raw`A cell of emf $${qty(emf, "V")}$ and internal resistance $${qty(internal, ohm)}$`;
    const rest =
      asked === "current"
        ? ""
        : asked === "terminal-pd"
          ? String.raw`$$V = \varepsilon - Ir = ${num(emf)} - ${sig(I, 4)} \times ${num(internal)} = ${qty(sig(terminal, 3), "V")}$$`
          : String.raw`The p.d. across the parallel pair is $V = IR_{\parallel} = ${sig(I, 4)} \times ${sig(parallel, 4)} = ${qty(sig(vParallel, 4), "V")}$, so the current in the $${qty(R2, ohm)}$ resistor is
$$I_2 = \frac{${sig(vParallel, 4)}}{${R2}} = ${qty(sig(I2, 3), "A")}$$`;

    return numericQuestion(
      resistorCircuit,
      seed,
      {
        difficulty: asked === "current" ? 3 : 4,
        marks: asked === "current" ? 3 : 4,
        paper: "P2",
        commandTerm: "Calculate",
        stem: String.raw`${cell} is connected in series with ${a(R1)} $${qty(R1, ohm)}$ resistor and a parallel combination of ${a(R2)} $${qty(R2, ohm)}$ resistor and ${a(R3)} $${qty(R3, ohm)}$ resistor.

${question} Give your answer to 3 significant figures.`,
        markscheme: [
          {
            id: "p1",
            kind: "POINT",
            marks: 1,
            text: String.raw`Parallel combination: $\frac{1}{R_{\parallel}} = \frac{1}{${R2}} + \frac{1}{${R3}}$, $R_{\parallel} = ${qty(sig(parallel, 3), ohm)}$`,
            keywords: [sigPlain(parallel, 3)],
          },
          {
            id: "p2",
            kind: "POINT",
            marks: 1,
            text: String.raw`Total resistance $= ${R1} + ${sig(parallel, 3)}${internal === 0 ? "" : ` + ${num(internal)}`} = ${qty(sig(total, 3), ohm)}$`,
            keywords: [sigPlain(total, 3)],
          },
          {
            id: "p3",
            kind: "POINT",
            marks: 1,
            text: String.raw`$I = \frac{${num(emf)}}{${sig(total, 3)}} = ${qty(sig(I, 3), "A")}$`,
            keywords: [sigPlain(I, 3)],
          },
          ...(asked === "current"
            ? []
            : [
                {
                  id: "p4",
                  kind: "POINT" as const,
                  marks: 1,
                  text:
                    asked === "terminal-pd"
                      ? String.raw`$V = \varepsilon - Ir = ${qty(sig(terminal, 3), "V")}$`
                      : String.raw`$I_2 = \frac{I R_{\parallel}}{${R2}} = ${qty(sig(I2, 3), "A")}$`,
                  keywords: [sigPlain(expected, 3)],
                },
              ]),
        ],
        workedSolution: String.raw`First combine the parallel pair: $\frac{1}{R_{\parallel}} = \frac{1}{${R2}} + \frac{1}{${R3}}$, so $R_{\parallel} = ${qty(sig(parallel, 4), ohm)}$.

The ${R1} Ω resistor, the parallel pair${internal === 0 ? "" : " and the internal resistance"} are in series, so the total resistance is $${R1} + ${sig(parallel, 4)}${internal === 0 ? "" : ` + ${num(internal)}`} = ${qty(sig(total, 4), ohm)}$ and the current in the cell is

$$I = \frac{\varepsilon}{R_{\text{total}}} = \frac{${num(emf)}}{${sig(total, 4)}} = ${qty(sig(I, asked === "current" ? 3 : 4), "A")}$$

${rest}`,
      },
      {
        kind: "circuit",
        emf,
        internalResistance: internal,
        seriesResistance: R1,
        parallel: [R2, R3],
        asked,
        expected,
        rounding: { mode: "sigFigs", digits: 3 },
      },
      unit,
    );
  },
};
