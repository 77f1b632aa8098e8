import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { contentFigure } from "../figures/content-figure";
import * as fig from "../figures/physics";
import { physicsGroups } from "./multi-part/physics";

// Original IB-style questions for IB Physics (first assessment 2025). Data quoted in stems follow the
// IB physics data booklet values (g = 9.8 m s^-2 unless stated, c = 3.00e8 m s^-1, e = 1.60e-19 C,
// h = 6.63e-34 J s, k = 8.99e9 N m^2 C^-2, G = 6.67e-11 N m^2 kg^-2, 1 u = 931.5 MeV c^-2).

// ───────────────────────────── Questions on figures ─────────────────────────────
// Circuits, graphs to read, free-body and ray diagrams, field lines and standing waves. The figures are
// drawn in code by scripts/figures/physics.ts from the numbers in ../figures/physics.ts, which also
// writes their alt text.

/** A one-mark science marking point. */
const point = (id: string, text: string, keywords: string[]): MarkingPointInput => ({ id, kind: "POINT", marks: 1, text, keywords });

const figureQuestions: QuestionInput[] = [
  {
    key: "physics-fig-01",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "B.5",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`In the circuit shown, the battery has an emf of $12\ \text{V}$ and negligible internal resistance. The ammeter reads $0.50\ \text{A}$.

${contentFigure(fig.seriesLamp.file, fig.seriesLamp.alt)}

Determine the power transferred in the lamp. Give your answer to two significant figures.`,
    numericAnswer: { value: 5.0, unit: "W", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", String.raw`pd across the resistor $= IR = 0.50 \times 4.0 = 2.0\ \text{V}$`, ["2.0 V", "0.50 \\times 4.0"]),
      point("p2", String.raw`pd across the lamp (the voltmeter reading) $= 12 - 2.0 = 10\ \text{V}$`, ["10 V", "12 - 2.0"]),
      point("p3", String.raw`$P = IV = 0.50 \times 10 = 5.0\ \text{W}$`, ["5.0", "5"]),
    ],
    workedSolution: String.raw`In a series circuit the current is the same everywhere: $0.50\ \text{A}$ in the resistor and in the lamp.

1. pd across the $4.0\ \Omega$ resistor: $V_R = IR = 0.50 \times 4.0 = 2.0\ \text{V}$.
2. The battery's $12\ \text{V}$ is shared between the resistor and the lamp, so the voltmeter across the lamp reads $V_L = 12 - 2.0 = 10\ \text{V}$.
3. Power in the lamp: $P = IV_L = 0.50 \times 10 = 5.0\ \text{W}$.

(The lamp's resistance at this current is $10 / 0.50 = 20\ \Omega$; the resistor transfers only $1.0\ \text{W}$.)`,
  },
  {
    key: "physics-fig-02",
    type: "MCQ",
    levels: ["SL", "HL"],
    topicCode: "B.5",
    difficulty: 2,
    marks: 1,
    paper: "P1A",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`In the circuit shown, the battery has an emf of $6.0\ \text{V}$ and negligible internal resistance, and the ammeters are ideal.

${contentFigure(fig.parallelAmmeters.file, fig.parallelAmmeters.alt)}

What are the readings of ammeter $\text{A}_1$ and ammeter $\text{A}_2$?`,
    options: [
      { id: "A", text: String.raw`$\text{A}_1$: $0.38\ \text{A}$; $\text{A}_2$: $0.38\ \text{A}$` },
      { id: "B", text: String.raw`$\text{A}_1$: $2.0\ \text{A}$; $\text{A}_2$: $0.50\ \text{A}$` },
      { id: "C", text: String.raw`$\text{A}_1$: $2.0\ \text{A}$; $\text{A}_2$: $1.5\ \text{A}$` },
      { id: "D", text: String.raw`$\text{A}_1$: $0.50\ \text{A}$; $\text{A}_2$: $0.50\ \text{A}$` },
    ],
    correctOptionId: "B",
    markscheme: [point("p1", String.raw`B: $2.0\ \text{A}$ and $0.50\ \text{A}$`, ["B"])],
    workedSolution: String.raw`Each parallel branch is connected directly across the battery, so each has the full $6.0\ \text{V}$ across it.

- $4.0\ \Omega$ branch: $I = 6.0 / 4.0 = 1.5\ \text{A}$.
- $12\ \Omega$ branch, through $\text{A}_2$: $I = 6.0 / 12 = 0.50\ \text{A}$.
- $\text{A}_1$ carries the total: $1.5 + 0.50 = 2.0\ \text{A}$.

A treats the resistors as if in series ($6.0 / 16$); C reads the other branch; D forgets that $\text{A}_1$ carries both branch currents. Answer **B**.`,
  },
  {
    key: "physics-fig-03",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "A.1",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`The velocity–time graph shows the motion of a cyclist along a straight road, starting from rest.

${contentFigure(fig.journeyVelocity.file, fig.journeyVelocity.alt)}

Determine the average speed of the cyclist for the whole journey. Give your answer to two significant figures.`,
    numericAnswer: { value: 8.4, unit: "m s⁻¹", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", "Distance travelled is the area under the velocity–time graph", ["area"]),
      point("p2", String.raw`Area $= \tfrac{1}{2}(4.0)(12) + (6.0)(12) + \tfrac{1}{2}(5.0)(12) = 24 + 72 + 30 = 126\ \text{m}$`, ["126"]),
      point("p3", String.raw`Average speed $= \dfrac{126}{15} = 8.4\ \text{m s}^{-1}$`, ["8.4"]),
    ],
    workedSolution: String.raw`The distance travelled is the area under the graph, a trapezium made of three parts:

- accelerating, $0$ to $4.0\ \text{s}$: $\tfrac{1}{2} \times 4.0 \times 12 = 24\ \text{m}$
- steady speed, $4.0$ to $10.0\ \text{s}$: $6.0 \times 12 = 72\ \text{m}$
- slowing down, $10.0$ to $15.0\ \text{s}$: $\tfrac{1}{2} \times 5.0 \times 12 = 30\ \text{m}$

Total distance $126\ \text{m}$ in $15\ \text{s}$, so the average speed is $126 / 15 = 8.4\ \text{m s}^{-1}$.

The average speed is not the mean of $0$ and $12\ \text{m s}^{-1}$: it is the total distance divided by the total time.`,
  },
  {
    key: "physics-fig-04",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "A.1",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`An object starts from rest and moves in a straight line with uniform acceleration. The graph shows how its displacement $s$ varies with time $t$. A tangent to the curve has been drawn at $t = 4.0\ \text{s}$.

${contentFigure(fig.tangentDisplacement.file, fig.tangentDisplacement.alt)}

Determine, using the tangent, the acceleration of the object. Give your answer to two significant figures.`,
    numericAnswer: { value: 1.5, unit: "m s⁻²", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", String.raw`Gradient of the tangent $= \dfrac{36 - 0}{8.0 - 2.0} = 6.0\ \text{m s}^{-1}$, the velocity at $t = 4.0\ \text{s}$`, [
        "6.0",
        "gradient",
      ]),
      point("p2", String.raw`Uses $a = \dfrac{v - u}{t}$ with $u = 0$: $a = \dfrac{6.0 - 0}{4.0}$`, ["6.0/4.0", "v - u"]),
      point("p3", String.raw`$a = 1.5\ \text{m s}^{-2}$`, ["1.5"]),
    ],
    workedSolution: String.raw`The gradient of a displacement–time graph is the velocity. The gradient of the tangent at $t = 4.0\ \text{s}$, from the two marked points on it:
$$v = \frac{36 - 0}{8.0 - 2.0} = 6.0\ \text{m s}^{-1}.$$

The object started from rest and the acceleration is uniform, so
$$a = \frac{v - u}{t} = \frac{6.0 - 0}{4.0} = 1.5\ \text{m s}^{-2}.$$

Check with $s = \tfrac{1}{2}at^{2}$: the curve passes through $(8.0\ \text{s}, 48\ \text{m})$, and $\tfrac{1}{2} \times 1.5 \times 8.0^{2} = 48\ \text{m}$.`,
  },
  {
    key: "physics-fig-05",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "A.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A block of mass $3.0\ \text{kg}$ slides down a rough slope inclined at $25°$ to the horizontal. It moves at constant velocity. The free-body diagram shows the forces acting on the block.

${contentFigure(fig.slopeBlock.file, fig.slopeBlock.alt)}

Determine the coefficient of dynamic friction between the block and the slope. Give your answer to two significant figures.`,
    numericAnswer: { value: 0.47, sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", String.raw`Constant velocity, so the resultant force is zero: along the slope $F = mg\sin 25°$ ($= 12.4\ \text{N}$)`, [
        "sin 25",
        "mg\\sin",
        "12.4",
      ]),
      point("p2", String.raw`Perpendicular to the slope $N = mg\cos 25°$ ($= 26.6\ \text{N}$)`, ["cos 25", "mg\\cos", "26.6"]),
      point("p3", String.raw`$\mu_d = \dfrac{F}{N} = \tan 25° = 0.47$`, ["tan 25", "0.47"]),
    ],
    workedSolution: String.raw`At constant velocity the forces on the block are balanced. Resolve the weight $mg$ along and perpendicular to the slope:

- along the slope: $F = mg\sin 25° = 3.0 \times 9.8 \times \sin 25° = 12.4\ \text{N}$
- perpendicular to the slope: $N = mg\cos 25° = 3.0 \times 9.8 \times \cos 25° = 26.6\ \text{N}$

With dynamic friction $F = \mu_d N$:
$$\mu_d = \frac{F}{N} = \frac{mg\sin 25°}{mg\cos 25°} = \tan 25° = 0.47.$$

The mass cancels: any block of this material slides down this slope at constant velocity once it is moving.`,
  },
  {
    key: "physics-fig-06",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "C.2",
    difficulty: 2,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "State",
    stem: String.raw`The graph shows, at one instant, the displacement of the particles of a medium against distance along a wave that travels to the right. The frequency of the wave is $5.0\ \text{Hz}$.

${contentFigure(fig.travellingWave.file, fig.travellingWave.alt)}

**(a)** State the amplitude and the wavelength of the wave.

**(b)** Calculate the speed of the wave.

**(c)** State and explain the direction in which particle P is moving at this instant.`,
    markscheme: [
      point("p1", String.raw`(a) Amplitude $= 3.0\ \text{cm}$`, ["3.0 cm", "3 cm"]),
      point("p2", String.raw`(a) Wavelength $= 0.80\ \text{m}$`, ["0.80", "0.8"]),
      point("p3", String.raw`(b) $v = f\lambda = 5.0 \times 0.80$`, ["f\\lambda", "5.0 \\times 0.80"]),
      point("p4", String.raw`(b) $v = 4.0\ \text{m s}^{-1}$`, ["4.0", "4"]),
      point("p5", "(c) P is moving upwards (towards positive displacement)", ["upwards", "up"]),
      point(
        "p6",
        "(c) The wave moves to the right, so P next takes the displacement of the particles to its left, which are displaced upwards (a crest is approaching P) OWTTE",
        ["crest", "to its left", "approaching"],
      ),
    ],
    workedSolution: String.raw`**(a)** The amplitude is the maximum displacement from equilibrium: $3.0\ \text{cm}$ (not the crest-to-trough distance of $6.0\ \text{cm}$). The wavelength is the length of one complete cycle: from $0$ to $0.80\ \text{m}$, so $\lambda = 0.80\ \text{m}$.

**(b)** $v = f\lambda = 5.0 \times 0.80 = 4.0\ \text{m s}^{-1}$.

**(c)** Imagine the whole wave shape shifted a little to the right: the crest at $0.20\ \text{m}$ moves towards P, so P's displacement is about to become positive. P is at its equilibrium position moving **upwards**, at its maximum speed. (The particles do not travel with the wave: each oscillates up and down about its own position.)`,
  },
  {
    key: "physics-fig-07",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "C.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A ray of light passes from water into glass. The refractive index of water is $1.33$.

${contentFigure(fig.waterGlass.file, fig.waterGlass.alt)}

Determine the refractive index of the glass. Give your answer to three significant figures.`,
    numericAnswer: { value: 1.54, sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
    markscheme: [
      point("p1", String.raw`Snell's law: $1.33 \sin 55° = n_{\text{glass}} \sin 45°$`, ["sin 55", "sin 45", "n_1 sin"]),
      point("p2", String.raw`$n_{\text{glass}} = 1.54$`, ["1.54"]),
    ],
    workedSolution: String.raw`Both angles are measured from the normal, as on the diagram. Snell's law, $n_1 \sin\theta_1 = n_2 \sin\theta_2$:
$$1.33 \sin 55° = n_{\text{glass}} \sin 45° \;\Rightarrow\; n_{\text{glass}} = \frac{1.33 \times 0.819}{0.707} = 1.54.$$

The ray bends towards the normal ($45° < 55°$), so the glass is optically denser than water: $n_{\text{glass}} > 1.33$, as found.`,
  },
  {
    key: "physics-fig-08",
    type: "MCQ",
    levels: ["SL", "HL"],
    topicCode: "C.3",
    difficulty: 3,
    marks: 1,
    paper: "P1A",
    calculator: true,
    commandTerm: "Predict",
    stem: String.raw`A ray of light in glass of refractive index $1.50$ meets a boundary with air at an angle of incidence of $48°$, as shown.

${contentFigure(fig.glassAir.file, fig.glassAir.alt)}

What happens to the ray at the boundary?`,
    options: [
      { id: "A", text: "It refracts into the air, bending towards the normal." },
      { id: "B", text: "It refracts into the air, bending away from the normal." },
      { id: "C", text: String.raw`It travels along the boundary, with an angle of refraction of $90°$.` },
      { id: "D", text: String.raw`It is totally internally reflected, leaving the boundary at $48°$ to the normal.` },
    ],
    correctOptionId: "D",
    markscheme: [point("p1", String.raw`D: $48°$ is greater than the critical angle ($41.8°$), so the ray is totally internally reflected`, ["D"])],
    workedSolution: String.raw`The critical angle $c$ for glass to air satisfies $\sin c = \dfrac{1}{n} = \dfrac{1}{1.50}$, so $c = 41.8°$.

The angle of incidence, $48°$, is greater than $c$: Snell's law would need $\sin\theta_{\text{air}} = 1.50 \sin 48° = 1.11 > 1$, which is impossible, so no light is refracted. The ray is **totally internally reflected**, and by the law of reflection it leaves at $48°$ to the normal.

B is what happens below the critical angle; C happens at exactly $41.8°$; A is the wrong way round for light entering a less dense medium. Answer **D**.`,
  },
  {
    key: "physics-fig-09",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "E.3",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`The graph shows how the activity $A$ of a sample of a radioactive nuclide varies with time $t$.

${contentFigure(fig.decayCurve.file, fig.decayCurve.alt)}

Determine the activity of the sample at $t = 15$ hours. Give your answer to two significant figures.`,
    numericAnswer: { value: 25, unit: "Bq", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", String.raw`Half-life from the graph: the activity halves from $800\ \text{Bq}$ to $400\ \text{Bq}$ in $3.0$ hours`, ["3.0", "half-life"]),
      point("p2", String.raw`$15$ hours is $\dfrac{15}{3.0} = 5$ half-lives`, ["5 half-lives", "5"]),
      point("p3", String.raw`$A = \dfrac{800}{2^{5}} = 25\ \text{Bq}$`, ["25"]),
    ],
    workedSolution: String.raw`Read the half-life from the graph: the activity falls from $800\ \text{Bq}$ to $400\ \text{Bq}$ in $3.0\ \text{h}$, and from $400$ to $200\ \text{Bq}$ in the next $3.0\ \text{h}$: the half-life is $3.0\ \text{h}$ whatever the starting point.

$15\ \text{h}$ is $15 / 3.0 = 5$ half-lives, so
$$A = 800 \times \left(\tfrac{1}{2}\right)^{5} = \frac{800}{32} = 25\ \text{Bq}.$$

The graph ends at $12\ \text{h}$ ($50\ \text{Bq}$); one more half-life gives $25\ \text{Bq}$.`,
  },
  {
    key: "physics-fig-10",
    type: "WRITTEN",
    levels: ["HL"],
    topicCode: "B.4",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A fixed mass of an ideal gas is taken through the cycle ABCDA shown on the pressure–volume diagram.

${contentFigure(fig.pvCycle.file, fig.pvCycle.alt)}

**(a)** Identify the two changes in which no work is done on or by the gas.

**(b)** Determine the net work done by the gas in one cycle.

**(c)** Calculate the work done by the gas during the change B → C.

**(d)** Explain whether thermal energy is transferred to or from the gas during the change B → C.`,
    markscheme: [
      point("p1", "(a) A → B and C → D: the volume does not change", ["A → B", "C → D", "constant volume"]),
      point("p2", String.raw`(b) Net work = area enclosed by the cycle $= (300 - 100) \times 10^{3} \times (5.0 - 2.0) \times 10^{-3}$`, ["area", "enclosed"]),
      point("p3", String.raw`(b) $= 600\ \text{J}$ (done by the gas: the cycle runs clockwise)`, ["600"]),
      point("p4", String.raw`(c) $W = p\Delta V = 300 \times 10^{3} \times 3.0 \times 10^{-3} = 900\ \text{J}$`, ["900"]),
      point("p5", String.raw`(d) $pV$ increases, so the temperature and the internal energy increase ($\Delta U > 0$)`, [
        "temperature",
        "internal energy",
        "increases",
      ]),
      point("p6", String.raw`(d) The gas also does work ($W > 0$), so $Q = \Delta U + W > 0$: thermal energy is transferred to the gas`, [
        "Q = \\Delta U + W",
        "to the gas",
        "absorbed",
      ]),
    ],
    workedSolution: String.raw`**(a)** Work is done only when the volume changes ($W = p\Delta V$). A → B and C → D are vertical lines, at constant volume: no work is done.

**(b)** The net work done by the gas is the area enclosed by the cycle. It runs clockwise, so the gas does more work expanding (at high pressure, B → C) than is done on it while it is compressed (at low pressure, D → A):
$$W_{\text{net}} = (300 - 100) \times 10^{3}\ \text{Pa} \times (5.0 - 2.0) \times 10^{-3}\ \text{m}^{3} = 600\ \text{J}.$$

**(c)** At constant pressure: $W = p\Delta V = 300 \times 10^{3} \times 3.0 \times 10^{-3} = 900\ \text{J}$.

**(d)** From B to C the gas expands at constant pressure, so $pV = nRT$ increases: the temperature rises and the internal energy increases, $\Delta U > 0$. The gas also does $900\ \text{J}$ of work. By the first law, $Q = \Delta U + W > 0$: thermal energy is transferred **to** the gas.`,
  },
  {
    key: "physics-fig-11",
    type: "MCQ",
    levels: ["SL", "HL"],
    topicCode: "D.2",
    difficulty: 2,
    marks: 1,
    paper: "P1A",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`The diagram shows the electric field lines around two point charges, P and Q.

${contentFigure(fig.twoChargeField.file, fig.twoChargeField.alt)}

Which statement about the charges is correct?`,
    options: [
      { id: "A", text: "P is negative, Q is positive and the magnitude of the charge on P is greater." },
      { id: "B", text: "P is positive, Q is negative and the charges have equal magnitudes." },
      { id: "C", text: "P is positive, Q is negative and the magnitude of the charge on P is greater." },
      { id: "D", text: "P and Q are both positive and the magnitude of the charge on P is greater." },
    ],
    correctOptionId: "C",
    markscheme: [point("p1", "C: lines leave P and end on Q, and more lines leave P than end on Q", ["C"])],
    workedSolution: String.raw`Electric field lines point away from positive charges and towards negative ones: the lines start on P and end on Q, so P is positive and Q negative (not A or D, since field lines end on Q).

The number of lines leaving or entering a charge is proportional to the size of its charge. More lines start on P than end on Q (some of P's lines go off to a great distance), and the field is denser around P, so $|q_P| > |q_Q|$. With equal magnitudes (B) every line from P would end on Q, in a symmetrical pattern. Answer **C**.`,
  },
  {
    key: "physics-fig-12",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "C.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A string is stretched between two fixed supports $1.20\ \text{m}$ apart. It vibrates in the standing wave pattern shown, at a frequency of $150\ \text{Hz}$.

${contentFigure(fig.standingString.file, fig.standingString.alt)}

Determine the speed of the travelling waves on the string. Give your answer to three significant figures.`,
    numericAnswer: { value: 120, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
    markscheme: [
      point("p1", String.raw`Three loops, each half a wavelength: $1.20 = \tfrac{3}{2}\lambda$`, ["3/2", "half a wavelength", "loops"]),
      point("p2", String.raw`$\lambda = 0.800\ \text{m}$`, ["0.80", "0.800"]),
      point("p3", String.raw`$v = f\lambda = 150 \times 0.800 = 120\ \text{m s}^{-1}$`, ["120"]),
    ],
    workedSolution: String.raw`Between two adjacent nodes there is half a wavelength. The pattern has three loops between the fixed ends (the third harmonic), so
$$1.20 = 3 \times \frac{\lambda}{2} \;\Rightarrow\; \lambda = 0.800\ \text{m}.$$

The standing wave is formed by travelling waves of this wavelength and frequency moving in opposite directions, so
$$v = f\lambda = 150 \times 0.800 = 120\ \text{m s}^{-1}.$$

(The fundamental of this string is $150 / 3 = 50\ \text{Hz}$.)`,
  },
  {
    key: "physics-fig-13",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "B.5",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`The graph shows the current–potential difference ($I$–$V$) characteristics of a resistor and of a filament lamp. The resistor and the lamp are connected in series to a power supply of negligible internal resistance. The current in them is $0.15\ \text{A}$.

${contentFigure(fig.lampResistorIV.file, fig.lampResistorIV.alt)}

Determine the emf of the power supply. Give your answer to two significant figures.`,
    numericAnswer: { value: 7.0, unit: "V", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.03 },
    markscheme: [
      point("p1", String.raw`From the graph at $0.15\ \text{A}$: pd across the resistor $= 3.0\ \text{V}$ (its resistance is $20\ \Omega$)`, ["3.0 V", "20"]),
      point("p2", String.raw`pd across the lamp at $0.15\ \text{A}$ $= 4.0\ \text{V}$`, ["4.0 V"]),
      point("p3", String.raw`emf $= 3.0 + 4.0 = 7.0\ \text{V}$`, ["7.0", "7"]),
    ],
    workedSolution: String.raw`In series both components carry the same current, $0.15\ \text{A}$. Read across from $I = 0.15\ \text{A}$ to each graph:

- resistor: $V_R = 3.0\ \text{V}$ (its line passes through $(6.0\ \text{V}, 0.30\ \text{A})$, so $R = 20\ \Omega$ and $V_R = 0.15 \times 20$);
- lamp: $V_L = 4.0\ \text{V}$.

With no internal resistance the emf is shared between them: $\varepsilon = 3.0 + 4.0 = 7.0\ \text{V}$.

You cannot treat the lamp as a fixed resistance: its resistance rises as it heats ($V/I$ is $20\ \Omega$ at $2.4\ \text{V}$ but $27\ \Omega$ at $4.0\ \text{V}$), which is why its graph curves.`,
  },
  {
    key: "physics-fig-14",
    type: "NUMERIC",
    levels: ["SL", "HL"],
    topicCode: "A.2",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A ball of mass $0.20\ \text{kg}$, initially at rest, is kicked. The graph shows how the force $F$ exerted on the ball varies with time $t$ during the kick.

${contentFigure(fig.kickForce.file, fig.kickForce.alt)}

Determine the speed of the ball as it leaves the foot. Give your answer to two significant figures.`,
    numericAnswer: { value: 50, unit: "m s⁻¹", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
    markscheme: [
      point("p1", "Impulse (change of momentum) = area under the force–time graph", ["impulse", "area"]),
      point("p2", String.raw`Area $= \tfrac{1}{2} \times 50 \times 10^{-3} \times 400 = 10\ \text{N s}$`, ["10 N s", "10"]),
      point("p3", String.raw`$v = \dfrac{\Delta p}{m} = \dfrac{10}{0.20} = 50\ \text{m s}^{-1}$`, ["50"]),
    ],
    workedSolution: String.raw`The impulse of a force is the area under its force–time graph, and it equals the change of momentum. The graph is a triangle of base $50\ \text{ms}$ and height $400\ \text{N}$:
$$\Delta p = \tfrac{1}{2} \times 50 \times 10^{-3}\ \text{s} \times 400\ \text{N} = 10\ \text{N s}.$$

The ball starts at rest, so $mv = 10\ \text{N s}$ and
$$v = \frac{10}{0.20} = 50\ \text{m s}^{-1}.$$

Remember to convert milliseconds to seconds: forgetting gives $5.0 \times 10^{4}\ \text{m s}^{-1}$.`,
  },
  {
    key: "physics-fig-15",
    type: "WRITTEN",
    levels: ["SL", "HL"],
    topicCode: "A.2",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A box of mass $8.0\ \text{kg}$ is pulled at constant velocity along a rough horizontal floor by a rope. The rope makes an angle of $30°$ with the horizontal and the tension in it is $40\ \text{N}$. The free-body diagram shows the forces acting on the box. Take $g = 9.8\ \text{m s}^{-2}$.

${contentFigure(fig.pulledBox.file, fig.pulledBox.alt)}

**(a)** Calculate the magnitude of the frictional force $F$.

**(b)** Calculate the magnitude of the normal reaction $N$.

**(c)** Explain why $N$ is smaller than the weight of the box.`,
    markscheme: [
      point("p1", String.raw`(a) Constant velocity, so the horizontal forces balance: $F = 40\cos 30°$`, ["40 cos 30", "cos 30"]),
      point("p2", String.raw`(a) $F = 35\ \text{N}$ ($34.6\ \text{N}$)`, ["35", "34.6"]),
      point("p3", String.raw`(b) Vertical forces balance: $N + 40\sin 30° = mg = 8.0 \times 9.8 = 78.4\ \text{N}$`, ["sin 30", "78.4", "20"]),
      point("p4", String.raw`(b) $N = 78.4 - 20 = 58\ \text{N}$ ($58.4\ \text{N}$)`, ["58", "58.4"]),
      point(
        "p5",
        "(c) The tension has an upward vertical component (20 N) that supports part of the weight, so the floor pushes up with less than the weight",
        ["vertical component", "upward", "supports"],
      ),
    ],
    workedSolution: String.raw`The box moves at constant velocity, so the resultant force on it is zero: the forces balance horizontally and vertically.

**(a)** Horizontally, the rope's component $40\cos 30° = 34.6\ \text{N}$ to the right balances friction: $F = 35\ \text{N}$.

**(b)** Vertically, the upward forces are $N$ and the rope's component $40\sin 30° = 20\ \text{N}$; the downward force is the weight $mg = 8.0 \times 9.8 = 78.4\ \text{N}$:
$$N + 20 = 78.4 \;\Rightarrow\; N = 58\ \text{N}.$$

**(c)** Pulling upwards at an angle takes $20\ \text{N}$ of the weight, so the floor has to push up with only $58\ \text{N}$. (This also reduces the friction, since $F = \mu N$: pulling at an angle can make a heavy box easier to drag.)`,
  },
];

const content: SubjectQuestions = {
  subject: "physics",
  questions: [
    // ───────────────────────────── A.1 Kinematics ─────────────────────────────
    {
      key: "physics-a-1-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      difficulty: 1,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A ball is thrown vertically upwards. Air resistance is negligible. Which row describes the velocity and the acceleration of the ball at the highest point of its motion?",
      options: [
        { id: "A", text: "velocity: zero; acceleration: zero" },
        { id: "B", text: String.raw`velocity: zero; acceleration: $9.8\ \text{m s}^{-2}$ downwards` },
        { id: "C", text: String.raw`velocity: $9.8\ \text{m s}^{-1}$ upwards; acceleration: zero` },
        { id: "D", text: String.raw`velocity: zero; acceleration: $9.8\ \text{m s}^{-2}$ upwards` },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: velocity zero, acceleration g downwards", keywords: ["B"] }],
      workedSolution: String.raw`At the top the ball is momentarily at rest, so its velocity is zero. The only force acting is its weight, so the acceleration is still $g = 9.8\ \text{m s}^{-2}$ **downwards** throughout the flight, including at the top. A common mistake is to think that zero velocity means zero acceleration: if the acceleration were zero the ball would stay at the top. Answer **B**.`,
    },
    {
      key: "physics-a-1-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A ball is kicked horizontally at $15.0\ \text{m s}^{-1}$ from the edge of a cliff $45.0\ \text{m}$ above flat ground. Air resistance is negligible and $g = 9.8\ \text{m s}^{-2}$.

Determine the horizontal distance from the foot of the cliff to the point where the ball lands. Give your answer to three significant figures.`,
      numericAnswer: { value: 45.5, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Vertical motion has zero initial vertical velocity: $45.0 = \tfrac{1}{2}(9.8)t^2$`,
          keywords: ["45", "4.9", "t^2"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$t = 3.03\ \text{s}$`, keywords: ["3.03"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$x = 15.0 \times 3.03 = 45.5\ \text{m}$`, keywords: ["45.5", "45.4"] },
      ],
      workedSolution: String.raw`Treat the horizontal and vertical motions separately.

**Vertical** (starts with zero vertical velocity, accelerates at $g$):
$$s = \tfrac{1}{2}gt^2 \;\Rightarrow\; t = \sqrt{\frac{2s}{g}} = \sqrt{\frac{2 \times 45.0}{9.8}} = 3.03\ \text{s}$$

**Horizontal** (no force, so constant velocity):
$$x = u_x t = 15.0 \times 3.03 = 45.5\ \text{m}$$`,
    },
    {
      key: "physics-a-1-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: String.raw`An object is released from rest and falls freely with negligible air resistance. During the first second of its fall it travels a distance $d$. What distance does it travel during the **next** second?`,
      options: [
        { id: "A", text: String.raw`$d$` },
        { id: "B", text: String.raw`$2d$` },
        { id: "C", text: String.raw`$3d$` },
        { id: "D", text: String.raw`$4d$` },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: 3d", keywords: ["C"] }],
      workedSolution: String.raw`From rest, $s = \tfrac{1}{2}gt^2$, so the total distance is proportional to $t^2$. After 1 s the total is $d$; after 2 s the total is $2^2 d = 4d$. The distance covered **during** the second second is $4d - d = 3d$. Option D is the total distance after two seconds, not the distance in the second second. Answer **C**.`,
    },
    {
      key: "physics-a-1-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "A.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A golf ball is hit at an angle above the horizontal. Explain how the trajectory of the ball differs from the ideal parabola when air resistance is **not** negligible.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Air resistance acts opposite to the velocity / direction of motion (and increases with speed)",
          keywords: ["opposite", "opposes", "velocity"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Horizontal component of velocity decreases during the flight, so the range / horizontal distance is smaller",
          keywords: ["horizontal", "range", "smaller", "decreases"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "On the way up the downward deceleration is greater than g, so the maximum height is lower",
          keywords: ["maximum height", "lower", "greater than g"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Trajectory is no longer symmetrical: the descent is steeper than the ascent / the ball lands at a steeper angle",
          keywords: ["symmetrical", "steeper", "asymmetric"],
        },
      ],
      workedSolution: String.raw`Without air resistance the only force is gravity, so the horizontal velocity is constant and the path is a symmetric parabola.

With air resistance there is an extra force **opposite to the velocity**:
- Its horizontal component slows the ball horizontally, so the ball travels a **shorter horizontal distance**.
- While rising, air resistance acts downward in addition to the weight, so the ball decelerates faster and reaches a **lower maximum height**.
- Because the horizontal speed keeps falling, the ball covers less horizontal distance on the way down than on the way up: the path is **asymmetric**, with a steeper descent.

Any three of these points (up to 3 marks).`,
    },

    // ───────────────────────────── A.2 Forces and momentum ─────────────────────────────
    {
      key: "physics-a-2-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A book rests on a horizontal table. According to Newton's third law, which force forms a pair with the weight of the book?",
      options: [
        { id: "A", text: "The upward normal force exerted by the table on the book" },
        { id: "B", text: "The downward contact force exerted by the book on the table" },
        { id: "C", text: "The upward gravitational force exerted by the book on the Earth" },
        { id: "D", text: "The weight of the table" },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: gravitational pull of the book on the Earth", keywords: ["C"] }],
      workedSolution:
        "A Newton's third law pair acts on **two different bodies**, is of the **same type** and has equal magnitude and opposite direction. The weight of the book is the gravitational force of the Earth on the book, so its partner is the gravitational force of the book on the Earth. The normal force (A) is equal and opposite to the weight only because the book is in equilibrium (Newton's first law); it acts on the same body and is a contact force, so it is not the third-law partner. Answer **C**.",
    },
    {
      key: "physics-a-2-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A tennis ball of mass $0.058\ \text{kg}$ moving horizontally at $25\ \text{m s}^{-1}$ is hit by a racket and leaves along the same line in the opposite direction at $35\ \text{m s}^{-1}$. The ball is in contact with the racket for $4.0\ \text{ms}$.

Calculate the magnitude of the average force exerted on the ball by the racket. Give your answer to two significant figures.`,
      numericAnswer: { value: 870, unit: "N", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`Change in velocity is $60\ \text{m s}^{-1}$ (velocities have opposite signs)`, keywords: ["60"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\Delta p = 0.058 \times 60 = 3.48\ \text{N s}$`, keywords: ["3.48", "3.5"] },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`$F = \Delta p / \Delta t = 870\ \text{N}$ / $8.7 \times 10^{2}\ \text{N}$`,
          keywords: ["870", "8.7"],
        },
      ],
      workedSolution: String.raw`Take the final direction as positive: $u = -25\ \text{m s}^{-1}$, $v = +35\ \text{m s}^{-1}$.

Change in momentum (impulse):
$$\Delta p = m(v - u) = 0.058 \times (35 - (-25)) = 0.058 \times 60 = 3.48\ \text{N s}$$

Average force:
$$F = \frac{\Delta p}{\Delta t} = \frac{3.48}{4.0 \times 10^{-3}} = 870\ \text{N}$$

The usual error is to use $35 - 25 = 10\ \text{m s}^{-1}$, forgetting that velocity is a vector.`,
    },
    {
      key: "physics-a-2-03",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A car travels around a flat, unbanked bend of radius $40\ \text{m}$. The coefficient of static friction between the tyres and the road is $0.60$ and $g = 9.8\ \text{m s}^{-2}$.

Determine the maximum speed at which the car can go round the bend without skidding. Give your answer to three significant figures.`,
      numericAnswer: { value: 15.3, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Friction provides the centripetal force / $\mu_s mg = mv^2/r$`,
          keywords: ["friction", "centripetal"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$v = \sqrt{\mu_s g r} = \sqrt{0.60 \times 9.8 \times 40}$`, keywords: ["235", "sqrt"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$v = 15.3\ \text{m s}^{-1}$`, keywords: ["15.3", "15"] },
      ],
      workedSolution: String.raw`On a flat road the only horizontal force on the car is static friction, so friction must supply the centripetal force. The largest possible friction force is $F_f = \mu_s N = \mu_s mg$.

$$\mu_s m g = \frac{m v_{\max}^2}{r} \;\Rightarrow\; v_{\max} = \sqrt{\mu_s g r} = \sqrt{0.60 \times 9.8 \times 40} = \sqrt{235.2} = 15.3\ \text{m s}^{-1}$$

Notice that the mass cancels: the maximum speed does not depend on the mass of the car.`,
    },
    {
      key: "physics-a-2-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A skydiver jumps from a stationary balloon. Explain why the skydiver eventually falls at a constant (terminal) speed.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Initially only weight acts / air resistance is small, so there is a large resultant force and the skydiver accelerates",
          keywords: ["weight", "accelerates", "resultant"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Air resistance / drag increases as speed increases",
          keywords: ["air resistance", "drag", "increases", "speed"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: "Eventually drag equals weight, so the resultant force is zero", keywords: ["equals", "zero", "balanced"] },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Zero resultant force means zero acceleration (Newton's first/second law), so the speed is constant",
          keywords: ["zero acceleration", "constant", "Newton"],
        },
      ],
      workedSolution: String.raw`- At the start the speed is zero, so the drag is zero and the resultant force equals the weight: the skydiver accelerates at $g$.
- As the speed increases, the air resistance increases, so the resultant force $(W - F_{\text{drag}})$ and hence the acceleration decrease.
- Eventually the drag has grown until it equals the weight. The resultant force is then zero, so by Newton's second law the acceleration is zero and the speed stays constant: this is terminal speed.

Any three of the four marking points.`,
    },
    {
      key: "physics-a-2-05",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.2",
      difficulty: 5,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A bullet of mass $0.010\ \text{kg}$ is fired horizontally into a wooden block of mass $2.000\ \text{kg}$ hanging at rest from long, light strings. The bullet stays embedded in the block, and the block swings upwards until its centre of mass has risen by $0.15\ \text{m}$. Air resistance is negligible and $g = 9.8\ \text{m s}^{-2}$.

Determine the speed of the bullet just before it hits the block. Give your answer to three significant figures.`,
      numericAnswer: { value: 345, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`After the collision, kinetic energy becomes gravitational potential energy: $\tfrac{1}{2}Mv^2 = Mgh$`,
          keywords: ["1/2 v^2 = gh", "energy", "swing"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Speed of block + bullet just after impact $= \sqrt{2 \times 9.8 \times 0.15} = 1.71\ \text{m s}^{-1}$`,
          keywords: ["1.71", "1.7"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Momentum is conserved in the collision (kinetic energy is not): $0.010u = 2.010 \times 1.71$`,
          keywords: ["momentum", "conserved", "2.010"],
        },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$u = 345\ \text{m s}^{-1}$`, keywords: ["345", "344"] },
      ],
      workedSolution: String.raw`Split the event into two stages, because different quantities are conserved in each.

**Stage 2 (the swing):** after the collision, only gravity does work, so kinetic energy becomes potential energy:
$$\tfrac{1}{2}(m+M)V^2 = (m+M)gh \;\Rightarrow\; V = \sqrt{2gh} = \sqrt{2 \times 9.8 \times 0.15} = 1.71\ \text{m s}^{-1}$$

**Stage 1 (the collision):** the collision is very short, so external horizontal forces are negligible and **momentum** is conserved. Kinetic energy is *not* conserved, because the collision is inelastic (the bullet embeds).
$$m u = (m + M)V \;\Rightarrow\; u = \frac{2.010 \times 1.71}{0.010} = 345\ \text{m s}^{-1}$$

Check: only about $0.5\%$ of the bullet's kinetic energy remains as kinetic energy of the block; the rest is dissipated as internal energy and sound. Using energy conservation across the collision is the classic mistake.`,
    },

    // ───────────────────────────── A.3 Work, energy and power ─────────────────────────────
    {
      key: "physics-a-3-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A sledge is pulled $4.0\ \text{m}$ along horizontal ground by a rope. The tension in the rope is $50\ \text{N}$ and the rope makes an angle of $60^\circ$ with the horizontal. What is the work done by the tension?`,
      options: [
        { id: "A", text: String.raw`$200\ \text{J}$` },
        { id: "B", text: String.raw`$173\ \text{J}$` },
        { id: "C", text: String.raw`$0\ \text{J}$` },
        { id: "D", text: String.raw`$100\ \text{J}$` },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: 100 J", keywords: ["D"] }],
      workedSolution: String.raw`Only the component of the force along the displacement does work:
$$W = Fs\cos\theta = 50 \times 4.0 \times \cos 60^\circ = 100\ \text{J}$$
Option B uses $\sin 60^\circ$ (the vertical component, which does no work because there is no vertical displacement). Answer **D**.`,
    },
    {
      key: "physics-a-3-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`An electric motor lifts a load of mass $250\ \text{kg}$ vertically through $12.0\ \text{m}$ at constant speed in $20.0\ \text{s}$. The efficiency of the motor is $60\%$. Take $g = 9.8\ \text{m s}^{-2}$.

Calculate the electrical power input to the motor. Give your answer to three significant figures.`,
      numericAnswer: { value: 2450, unit: "W", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Useful work $= mgh = 250 \times 9.8 \times 12.0 = 2.94 \times 10^{4}\ \text{J}$`,
          keywords: ["29400", "2.94"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Useful power output $= 2.94\times10^4 / 20.0 = 1470\ \text{W}$`, keywords: ["1470"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`Input power $= 1470 / 0.60 = 2450\ \text{W}$ / $2.45\ \text{kW}$`, keywords: ["2450", "2.45"] },
      ],
      workedSolution: String.raw`At constant speed the useful work done equals the gain in gravitational potential energy:
$$W = mg\Delta h = 250 \times 9.8 \times 12.0 = 29\,400\ \text{J}$$
Useful output power:
$$P_{\text{out}} = \frac{29\,400}{20.0} = 1470\ \text{W}$$
Efficiency $= P_{\text{out}}/P_{\text{in}}$, so
$$P_{\text{in}} = \frac{1470}{0.60} = 2450\ \text{W} = 2.45\ \text{kW}$$`,
    },
    {
      key: "physics-a-3-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Show that",
      stem: String.raw`(a) Show that the power developed by a constant force $F$ that moves an object at constant velocity $v$ in the direction of the force is $P = Fv$. [2]

(b) A car travels at a constant $25\ \text{m s}^{-1}$ on a level road against a total resistive force of $800\ \text{N}$. State the useful power output of the engine. [1]`,
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$P = \dfrac{\Delta W}{\Delta t} = \dfrac{F\Delta s}{\Delta t}$`,
          keywords: ["W/t", "Fs", "work done"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{\Delta s}{\Delta t} = v$ so $P = Fv$`, keywords: ["s/t", "v", "Fv"] },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`(b) Driving force equals resistive force at constant speed: $P = 800 \times 25 = 2.0 \times 10^{4}\ \text{W}$ / $20\ \text{kW}$`,
          keywords: ["20000", "20 kW", "2.0"],
        },
      ],
      workedSolution: String.raw`(a) Power is the rate of doing work. In time $\Delta t$ the force moves the object a distance $\Delta s$ along its own direction, so
$$P = \frac{\Delta W}{\Delta t} = \frac{F\Delta s}{\Delta t} = F\frac{\Delta s}{\Delta t} = Fv$$

(b) At constant velocity the resultant force is zero, so the driving force equals the resistive force, $800\ \text{N}$:
$$P = Fv = 800 \times 25 = 20\,000\ \text{W} = 20\ \text{kW}$$`,
    },
    {
      key: "physics-a-3-04",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "A.3",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`In an investigation of energy losses, a student drops a ball of mass $0.057\ \text{kg}$ from rest onto a hard floor and records the heights with a video camera.

| quantity | value |
|---|---|
| release height / m | 1.80 |
| rebound height / m | 1.35 |

Calculate the percentage of the ball's initial gravitational potential energy that is dissipated (transferred to other forms) during the bounce. Air resistance is negligible.`,
      numericAnswer: { value: 25, unit: "%", sigFigs: 2, tolerance: 0.5 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Energy ratio $= \dfrac{mgh_2}{mgh_1} = \dfrac{1.35}{1.80} = 0.75$ (mass and $g$ cancel)`,
          keywords: ["0.75", "75"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Dissipated $= 25\%$`, keywords: ["25"] },
      ],
      workedSolution: String.raw`Gravitational potential energy is $mgh$, so with the same $m$ and $g$ the fraction kept is the ratio of the heights:
$$\frac{E_{p,\text{after}}}{E_{p,\text{before}}} = \frac{1.35}{1.80} = 0.75$$
So $75\%$ is recovered and $100\% - 75\% = 25\%$ is dissipated (as internal energy of the ball and floor, and sound). The mass $0.057\ \text{kg}$ is not needed.`,
    },

    // ───────────────────────────── A.4 Rigid body mechanics (HL) ─────────────────────────────
    {
      key: "physics-a-4-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.4",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A flywheel with moment of inertia $0.80\ \text{kg m}^2$ is initially at rest. A constant net torque of $12\ \text{N m}$ acts on it for $5.0\ \text{s}$.

Calculate the rotational kinetic energy of the flywheel at the end of the $5.0\ \text{s}$. Give your answer to three significant figures.`,
      numericAnswer: { value: 2250, unit: "J", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\alpha = \tau / I = 12/0.80 = 15\ \text{rad s}^{-2}$`, keywords: ["15"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\omega = \alpha t = 75\ \text{rad s}^{-1}$ / angular impulse $\tau\Delta t = I\omega$`,
          keywords: ["75"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$E_k = \tfrac{1}{2}I\omega^2 = 2250\ \text{J}$ / $2.25\ \text{kJ}$`, keywords: ["2250", "2.25"] },
      ],
      workedSolution: String.raw`Newton's second law for rotation:
$$\alpha = \frac{\tau}{I} = \frac{12}{0.80} = 15\ \text{rad s}^{-2}$$
Starting from rest: $\omega = \alpha t = 15 \times 5.0 = 75\ \text{rad s}^{-1}$.
$$E_k = \tfrac{1}{2}I\omega^2 = \tfrac{1}{2}\times 0.80 \times 75^2 = 2250\ \text{J}$$
Check: the work done by the torque is $\tau\theta$, with $\theta = \tfrac{1}{2}\alpha t^2 = 187.5\ \text{rad}$, giving $12 \times 187.5 = 2250\ \text{J}$.`,
    },
    {
      key: "physics-a-4-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "A.4",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Predict",
      stem: "An ice skater is spinning with arms outstretched on frictionless ice. She pulls her arms in close to her body. Which row correctly describes what happens to her angular momentum and her rotational kinetic energy?",
      options: [
        { id: "A", text: "angular momentum: unchanged; rotational kinetic energy: increases" },
        { id: "B", text: "angular momentum: increases; rotational kinetic energy: increases" },
        { id: "C", text: "angular momentum: unchanged; rotational kinetic energy: unchanged" },
        { id: "D", text: "angular momentum: decreases; rotational kinetic energy: unchanged" },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: L conserved, kinetic energy increases", keywords: ["A"] }],
      workedSolution: String.raw`No external torque acts, so angular momentum $L = I\omega$ is conserved. Pulling the arms in reduces $I$, so $\omega$ increases. Rotational kinetic energy can be written $E_k = \dfrac{L^2}{2I}$: with $L$ constant and $I$ smaller, $E_k$ **increases**. The extra energy comes from the work done by the skater's muscles pulling her arms inwards. Answer **A**.`,
    },
    {
      key: "physics-a-4-03",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.4",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A solid cylinder of mass $M$ and radius $R$ (moment of inertia $\tfrac{1}{2}MR^2$ about its axis) is released from rest and rolls without slipping down a slope. Its centre of mass falls through a vertical height of $1.5\ \text{m}$. Take $g = 9.8\ \text{m s}^{-2}$ and ignore energy losses.

Determine the speed of the centre of mass of the cylinder at the bottom of the slope. Give your answer to three significant figures.`,
      numericAnswer: { value: 4.43, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$Mgh = \tfrac{1}{2}Mv^2 + \tfrac{1}{2}I\omega^2$`,
          keywords: ["Mgh", "1/2 I omega^2", "rotational"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Rolling without slipping: $\omega = v/R$`, keywords: ["v/R", "v = omega R"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$gh = \tfrac{3}{4}v^2$ / $v = \sqrt{4gh/3}$`, keywords: ["3/4", "4gh/3"] },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$v = 4.43\ \text{m s}^{-1}$`, keywords: ["4.43", "4.4"] },
      ],
      workedSolution: String.raw`Energy conservation: the loss of gravitational potential energy becomes translational **and** rotational kinetic energy.
$$Mgh = \tfrac{1}{2}Mv^2 + \tfrac{1}{2}I\omega^2$$
Rolling without slipping means $\omega = v/R$, and $I = \tfrac{1}{2}MR^2$, so
$$\tfrac{1}{2}I\omega^2 = \tfrac{1}{2}\cdot\tfrac{1}{2}MR^2\cdot\frac{v^2}{R^2} = \tfrac{1}{4}Mv^2$$
$$Mgh = \tfrac{3}{4}Mv^2 \;\Rightarrow\; v = \sqrt{\frac{4gh}{3}} = \sqrt{\frac{4 \times 9.8 \times 1.5}{3}} = \sqrt{19.6} = 4.43\ \text{m s}^{-1}$$
(A block sliding without friction would reach $\sqrt{2gh} = 5.42\ \text{m s}^{-1}$; the cylinder is slower because some energy goes into rotation.)`,
    },
    {
      key: "physics-a-4-04",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.4",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A uniform plank of length $4.0\ \text{m}$ and weight $200\ \text{N}$ rests horizontally on two supports, one at each end. A person of weight $500\ \text{N}$ stands $1.0\ \text{m}$ from the left-hand end.

Calculate the upward force exerted on the plank by the right-hand support. Give your answer to three significant figures.`,
      numericAnswer: { value: 225, unit: "N", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Moments about the left support: $R \times 4.0 = 200 \times 2.0 + 500 \times 1.0$`,
          keywords: ["moments", "900", "4.0"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$R = 225\ \text{N}$`, keywords: ["225"] },
      ],
      workedSolution: String.raw`The plank is in rotational equilibrium, so the net torque about any point is zero. Taking torques about the **left** support removes the unknown force there.

- Plank's weight acts at its centre, $2.0\ \text{m}$ from the left: torque $200 \times 2.0 = 400\ \text{N m}$ (clockwise).
- Person: $500 \times 1.0 = 500\ \text{N m}$ (clockwise).
- Right support: $R \times 4.0$ (anticlockwise).

$$4.0R = 400 + 500 = 900 \;\Rightarrow\; R = 225\ \text{N}$$
(Check: the left support then provides $700 - 225 = 475\ \text{N}$, which is larger because the person is nearer the left end.)`,
    },

    // ───────────────────────────── A.5 Galilean and special relativity (HL) ─────────────────────────────
    {
      key: "physics-a-5-01",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "A.5",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`Car X moves east at $25\ \text{m s}^{-1}$ and car Y moves west at $15\ \text{m s}^{-1}$, both relative to the road. Using a Galilean transformation, what is the velocity of Y in the reference frame of X?`,
      options: [
        { id: "A", text: String.raw`$10\ \text{m s}^{-1}$ west` },
        { id: "B", text: String.raw`$40\ \text{m s}^{-1}$ east` },
        { id: "C", text: String.raw`$40\ \text{m s}^{-1}$ west` },
        { id: "D", text: String.raw`$10\ \text{m s}^{-1}$ east` },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: 40 m/s west", keywords: ["C"] }],
      workedSolution: String.raw`Take east as positive. Galilean velocity transformation: $u' = u - v$, where $v$ is the velocity of the new frame (car X).
$$u' = (-15) - (+25) = -40\ \text{m s}^{-1}$$
The negative sign means west. Seen from X, Y approaches at $40\ \text{m s}^{-1}$ towards the west. Answer **C**.`,
    },
    {
      key: "physics-a-5-02",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.5",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`Muons have a mean lifetime of $2.20\ \mu\text{s}$ in their own rest frame. A muon created in the upper atmosphere moves towards the ground at $0.800c$ relative to the Earth.

Determine the mean distance, measured in the Earth frame, that such a muon travels before decaying. Give your answer to three significant figures.`,
      numericAnswer: { value: 880, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\gamma = 1/\sqrt{1 - 0.800^2} = 1.67$ / $5/3$`, keywords: ["1.67", "5/3", "gamma"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Dilated lifetime $= \gamma \times 2.20 = 3.67\ \mu\text{s}$`, keywords: ["3.67", "3.7"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$d = 0.800 \times 3.00\times10^8 \times 3.67\times10^{-6} = 880\ \text{m}$`, keywords: ["880"] },
      ],
      workedSolution: String.raw`The $2.20\ \mu\text{s}$ is a **proper time** (measured in the muon's frame). In the Earth frame the lifetime is dilated:
$$\gamma = \frac{1}{\sqrt{1 - v^2/c^2}} = \frac{1}{\sqrt{1 - 0.64}} = \frac{1}{0.6} = 1.667$$
$$\Delta t = \gamma\,\Delta t_0 = 1.667 \times 2.20\ \mu\text{s} = 3.67\ \mu\text{s}$$
$$d = v\Delta t = 0.800 \times 3.00\times10^{8} \times 3.67\times10^{-6} = 880\ \text{m}$$
Without time dilation the answer would be only $528\ \text{m}$. (In the muon's frame, the same result appears as a length contraction of the atmosphere.)`,
    },
    {
      key: "physics-a-5-03",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.5",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`In reference frame S an event occurs at $x = 900\ \text{m}$ and $t = 2.0\ \mu\text{s}$. Frame S′ moves at $0.60c$ in the positive $x$-direction relative to S, and the origins coincide at $t = t' = 0$.

Calculate the time coordinate $t'$ of the event in S′. Give your answer in microseconds to two significant figures.`,
      numericAnswer: { value: 0.25, unit: "μs", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\gamma = 1.25$`, keywords: ["1.25"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\dfrac{vx}{c^2} = \dfrac{0.60 \times 900}{3.0\times10^8} = 1.8\ \mu\text{s}$`,
          keywords: ["1.8"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$t' = 1.25(2.0 - 1.8)\ \mu\text{s} = 0.25\ \mu\text{s}$`, keywords: ["0.25"] },
      ],
      workedSolution: String.raw`Lorentz transformation for time:
$$t' = \gamma\left(t - \frac{vx}{c^2}\right), \qquad \gamma = \frac{1}{\sqrt{1 - 0.60^2}} = \frac{1}{0.80} = 1.25$$
$$\frac{vx}{c^2} = \frac{(0.60 \times 3.0\times10^8)(900)}{(3.0\times10^8)^2} = \frac{0.60 \times 900}{3.0\times10^8} = 1.8\times10^{-6}\ \text{s}$$
$$t' = 1.25\,(2.0\times10^{-6} - 1.8\times10^{-6}) = 2.5\times10^{-7}\ \text{s} = 0.25\ \mu\text{s}$$`,
    },
    {
      key: "physics-a-5-04",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "A.5",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A lamp at the exact centre of a moving train carriage emits a flash of light. Detectors are fixed to the front and rear walls of the carriage. An observer in the carriage finds that the light reaches the two detectors simultaneously. Explain why an observer standing on the platform finds that the two detections are **not** simultaneous, and state which detector receives the light first in the platform frame.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Speed of light is the same (c) in both directions for the platform observer / second postulate of special relativity",
          keywords: ["speed of light", "same", "postulate", "c"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "In the platform frame the rear wall moves towards the light and the front wall moves away, so the light travels a shorter distance to the rear",
          keywords: ["rear", "towards", "shorter distance", "moves away"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "So the rear detector receives the light first / simultaneity is relative (events simultaneous in one frame need not be in another)",
          keywords: ["rear", "first", "relative", "simultaneity"],
        },
      ],
      workedSolution:
        "Special relativity's second postulate says light travels at speed c in every inertial frame, independent of the source's motion. In the platform frame the flash therefore spreads out at c both forwards and backwards. But during the light's travel the carriage moves forwards: the rear wall moves **towards** the point where the flash was emitted, and the front wall moves **away** from it. The light reaching the rear covers a shorter distance at the same speed, so the **rear detector fires first**. Two events at different places that are simultaneous in one frame are not simultaneous in another frame moving relative to it: simultaneity is relative.",
    },
    {
      key: "physics-a-5-05",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "A.5",
      difficulty: 5,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`In the reference frame of a laboratory, two events are separated by a distance of $1200\ \text{m}$ and a time of $5.0\ \mu\text{s}$.

Determine the time between the two events in the inertial frame in which they occur at the same place. Give your answer in microseconds to two significant figures.`,
      numericAnswer: { value: 3.0, unit: "μs", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Spacetime interval is invariant: $(c\Delta t)^2 - \Delta x^2 = (c\Delta t')^2 - \Delta x'^2$ with $\Delta x' = 0$`,
          keywords: ["invariant", "spacetime interval"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$c\Delta t = 1500\ \text{m}$ and $(c\Delta\tau)^2 = 1500^2 - 1200^2$ so $c\Delta\tau = 900\ \text{m}$`,
          keywords: ["1500", "900"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\Delta\tau = 3.0\ \mu\text{s}$`, keywords: ["3.0", "3"] },
      ],
      workedSolution: String.raw`The time between the events in the frame where they happen at the same place is the **proper time** $\Delta\tau$. The spacetime interval is the same in every inertial frame:
$$(c\Delta t)^2 - (\Delta x)^2 = (c\Delta\tau)^2 - 0^2$$
In the lab frame, $c\Delta t = 3.0\times10^8 \times 5.0\times10^{-6} = 1500\ \text{m}$, so
$$(c\Delta\tau)^2 = 1500^2 - 1200^2 = 8.1\times10^5\ \text{m}^2 \;\Rightarrow\; c\Delta\tau = 900\ \text{m}$$
$$\Delta\tau = \frac{900}{3.0\times10^8} = 3.0\times10^{-6}\ \text{s} = 3.0\ \mu\text{s}$$
Such a frame exists because $c\Delta t > \Delta x$ (a timelike interval); it moves at $v = 1200/5.0\times10^{-6} = 0.80c$ relative to the lab, and indeed $\gamma = 5/3$ gives $5.0/(5/3) = 3.0\ \mu\text{s}$.`,
    },

    // ───────────────────────────── B.1 Thermal energy transfers ─────────────────────────────
    {
      key: "physics-b-1-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`An ice cube of mass $0.050\ \text{kg}$ at $0\ ^\circ\text{C}$ is dropped into $0.250\ \text{kg}$ of water at $30\ ^\circ\text{C}$ in an insulated cup of negligible heat capacity.

Specific latent heat of fusion of ice $= 3.34 \times 10^5\ \text{J kg}^{-1}$; specific heat capacity of water $= 4180\ \text{J kg}^{-1}\,\text{K}^{-1}$.

Determine the final temperature of the water once all the ice has melted. Give your answer to three significant figures.`,
      numericAnswer: { value: 11.7, unit: "°C", sigFigs: 3, sigFigsExact: true, tolerance: 0.15 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Energy to melt the ice $= 0.050 \times 3.34\times10^5 = 1.67\times10^4\ \text{J}$`,
          keywords: ["16700", "1.67"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Energy lost by warm water $= 0.250 \times 4180 \times (30 - T)$`, keywords: ["0.250", "30 - T"] },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Melted ice is also warmed: $0.050 \times 4180 \times T$, with energy lost = energy gained`,
          keywords: ["0.050", "4180", "T"],
        },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$T = 11.7\ ^\circ\text{C}$`, keywords: ["11.7"] },
      ],
      workedSolution: String.raw`No energy leaves the cup, so energy lost by the warm water = energy gained by the ice (to melt) + energy gained by the melted ice (to warm from $0$ to $T$).
$$0.250 \times 4180 \times (30 - T) = 0.050 \times 3.34\times10^5 + 0.050 \times 4180 \times T$$
$$31\,350 - 1045T = 16\,700 + 209T$$
$$14\,650 = 1254T \;\Rightarrow\; T = 11.7\ ^\circ\text{C}$$
A common error is to forget that the melted ice (now water at $0\ ^\circ\text{C}$) must also be heated up to the final temperature; that gives $14.0\ ^\circ\text{C}$.`,
    },
    {
      key: "physics-b-1-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Determine",
      stem: "The absolute temperature of a black body is doubled. By what factor does the total power it radiates increase?",
      options: [
        { id: "A", text: "16" },
        { id: "B", text: "8" },
        { id: "C", text: "4" },
        { id: "D", text: "2" },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: 16", keywords: ["A"] }],
      workedSolution: String.raw`Stefan–Boltzmann law: $L = \sigma A T^4$. With the area unchanged, doubling $T$ multiplies the power by $2^4 = 16$. Answer **A**.`,
    },
    {
      key: "physics-b-1-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "Solid wax is heated steadily. While it melts, its temperature stays constant even though energy is still being supplied. Explain this observation in terms of the molecules of the wax.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Temperature is a measure of the average (random) kinetic energy of the molecules",
          keywords: ["temperature", "average kinetic energy", "kinetic"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "During melting the average kinetic energy of the molecules does not change, so the temperature is constant",
          keywords: ["does not change", "constant", "kinetic energy"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "The energy supplied increases the (intermolecular) potential energy / is used to break or weaken bonds between molecules",
          keywords: ["potential energy", "bonds", "intermolecular"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "So the internal energy increases while the temperature stays constant (energy supplied is latent heat)",
          keywords: ["internal energy", "latent"],
        },
      ],
      workedSolution:
        "Internal energy = total random kinetic energy + total intermolecular potential energy of the molecules. Temperature depends only on the **average kinetic energy**. During a change of phase the energy supplied does work against the intermolecular forces: it breaks or loosens the bonds holding the molecules in a fixed lattice, increasing their **potential energy**. The average kinetic energy stays the same, so the temperature is constant, even though the internal energy rises. This energy is the latent heat of fusion.",
    },
    {
      key: "physics-b-1-04",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.1",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A student measures the specific heat capacity of aluminium using a $50.0\ \text{W}$ immersion heater placed in an insulated aluminium block.

| quantity | value |
|---|---|
| mass of block / kg | 1.00 |
| heating time / s | 300 |
| initial temperature / °C | 20.0 |
| final temperature / °C | 36.5 |

Calculate the specific heat capacity of aluminium given by these data. Give your answer to three significant figures.`,
      numericAnswer: { value: 909, unit: "J kg⁻¹ K⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Energy supplied $Q = Pt = 50.0 \times 300 = 1.50\times10^4\ \text{J}$`,
          keywords: ["15000", "1.50"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$c = \dfrac{Q}{m\Delta T} = \dfrac{1.50\times10^4}{1.00 \times 16.5} = 909\ \text{J kg}^{-1}\,\text{K}^{-1}$`,
          keywords: ["909", "16.5"],
        },
      ],
      workedSolution: String.raw`Energy supplied by the heater: $Q = Pt = 50.0 \times 300 = 15\,000\ \text{J}$.

Temperature rise: $\Delta T = 36.5 - 20.0 = 16.5\ \text{K}$ (a change of $1\ ^\circ\text{C}$ equals a change of $1\ \text{K}$).
$$c = \frac{Q}{m\Delta T} = \frac{15\,000}{1.00 \times 16.5} = 909\ \text{J kg}^{-1}\,\text{K}^{-1}$$
This is above the accepted value (about $900$) because some energy is lost to the surroundings, so not all of $Q$ heats the block.`,
    },

    // ───────────────────────────── B.2 Greenhouse effect ─────────────────────────────
    {
      key: "physics-b-2-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.2",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`The solar constant at the Earth is $1360\ \text{W m}^{-2}$ and the Earth's mean albedo is $0.30$. Assume the Earth has no atmosphere and radiates as a black body ($\sigma = 5.67\times10^{-8}\ \text{W m}^{-2}\,\text{K}^{-4}$).

Determine the mean equilibrium surface temperature of the Earth in this model. Give your answer to three significant figures.`,
      numericAnswer: { value: 255, unit: "K", sigFigs: 3, sigFigsExact: true, tolerance: 1.5 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Intensity absorbed $= (1 - 0.30) \times 1360 = 952\ \text{W m}^{-2}$`,
          keywords: ["952", "0.70"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Averaged over the whole surface: divide by 4 (disc area $\pi R^2$ / sphere area $4\pi R^2$) $= 238\ \text{W m}^{-2}$`,
          keywords: ["238", "4"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\sigma T^4 = 238$`, keywords: ["sigma T^4", "5.67"] },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$T = 255\ \text{K}$`, keywords: ["255", "254"] },
      ],
      workedSolution: String.raw`1. A fraction $0.30$ of the incoming radiation is reflected, so the absorbed intensity is $0.70 \times 1360 = 952\ \text{W m}^{-2}$.
2. The Earth intercepts sunlight over a disc of area $\pi R^2$ but radiates from its whole surface $4\pi R^2$, so the mean absorbed intensity per square metre of surface is $952/4 = 238\ \text{W m}^{-2}$.
3. In equilibrium, power emitted per unit area = power absorbed per unit area:
$$\sigma T^4 = 238 \;\Rightarrow\; T = \left(\frac{238}{5.67\times10^{-8}}\right)^{1/4} = 255\ \text{K}$$
That is about $-18\ ^\circ\text{C}$. The real mean surface temperature is about $288\ \text{K}$; the difference is due to the greenhouse effect.`,
    },
    {
      key: "physics-b-2-02",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "B.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "Explain how greenhouse gases in the atmosphere cause the mean surface temperature of the Earth to be higher than it would be without them.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Incoming solar radiation is mainly visible / short wavelength and largely passes through the atmosphere to heat the surface",
          keywords: ["visible", "short wavelength", "passes through"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "The (cooler) Earth's surface emits infrared / long-wavelength radiation",
          keywords: ["infrared", "long wavelength", "emits"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Greenhouse gases (e.g. $\text{CO}_2$, $\text{H}_2\text{O}$, $\text{CH}_4$) absorb infrared because its frequency matches the natural frequencies of molecular vibration (resonance)`,
          keywords: ["absorb", "resonance", "vibration", "CO2"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "The gases re-emit infrared in all directions, so some returns to the surface",
          keywords: ["re-emit", "all directions", "back"],
        },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "The surface receives more power, so it warms until the power it emits balances the larger power received (higher equilibrium temperature)",
          keywords: ["equilibrium", "warms", "higher temperature"],
        },
      ],
      workedSolution:
        "Sunlight, mainly visible and near-infrared, passes through the atmosphere largely unabsorbed and heats the ground. The ground, at about 290 K, radiates in the **infrared**. Molecules such as carbon dioxide, water vapour and methane have vibrational modes whose natural frequencies match infrared frequencies, so they **absorb** it by resonance. They then **re-radiate** infrared in all directions, including back down towards the surface. The surface therefore receives energy from both the Sun and the atmosphere, and must reach a higher temperature before the power it emits balances the power it absorbs. Any four points.",
    },
    {
      key: "physics-b-2-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "B.2",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "Which surface is likely to have the highest albedo?",
      options: [
        { id: "A", text: "Open ocean" },
        { id: "B", text: "Fresh snow" },
        { id: "C", text: "Dense forest" },
        { id: "D", text: "Dark, dry soil" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: fresh snow", keywords: ["B"] }],
      workedSolution:
        "Albedo is the ratio of the scattered (reflected) power to the incident power on a surface. Fresh snow reflects most of the sunlight falling on it (albedo about 0.8–0.9), whereas ocean, forest and dark soil absorb most of it (albedo roughly 0.05–0.2). Answer **B**. This is why melting ice caps can amplify warming: less reflection means more absorption.",
    },

    // ───────────────────────────── B.3 Gas laws ─────────────────────────────
    {
      key: "physics-b-3-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A sealed container of volume $2.0\ \text{L}$ holds an ideal gas at a pressure of $1.5\times10^5\ \text{Pa}$ and a temperature of $27\ ^\circ\text{C}$ ($R = 8.31\ \text{J K}^{-1}\,\text{mol}^{-1}$).

Calculate the amount of gas in the container, in moles, to three significant figures.`,
      numericAnswer: { value: 0.12, unit: "mol", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Conversions: $V = 2.0\times10^{-3}\ \text{m}^3$ and $T = 300\ \text{K}$`,
          keywords: ["0.002", "2.0e-3", "300"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$n = \dfrac{pV}{RT} = 0.120\ \text{mol}$`, keywords: ["0.120", "0.12"] },
      ],
      workedSolution: String.raw`Convert to SI units first: $V = 2.0\ \text{L} = 2.0\times10^{-3}\ \text{m}^3$, $T = 27 + 273 = 300\ \text{K}$.
$$n = \frac{pV}{RT} = \frac{1.5\times10^5 \times 2.0\times10^{-3}}{8.31 \times 300} = \frac{300}{2493} = 0.120\ \text{mol}$$
Using $27$ instead of $300$ for $T$, or litres instead of cubic metres, are the classic mistakes.`,
    },
    {
      key: "physics-b-3-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: "The absolute temperature of an ideal gas in a sealed, rigid container is doubled. By what factor does the root-mean-square speed of the gas molecules change?",
      options: [
        { id: "A", text: "4" },
        { id: "B", text: "2" },
        { id: "C", text: "1 (unchanged)" },
        { id: "D", text: String.raw`$\sqrt{2}$` },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: √2", keywords: ["D"] }],
      workedSolution: String.raw`The average translational kinetic energy of a molecule is $\bar{E}_k = \tfrac{1}{2}m\overline{v^2} = \tfrac{3}{2}k_B T$, so $v_{\text{rms}} \propto \sqrt{T}$. Doubling $T$ multiplies $v_{\text{rms}}$ by $\sqrt{2}$. (It is the mean kinetic energy, and the pressure, that double.) Answer **D**.`,
    },
    {
      key: "physics-b-3-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A fixed mass of ideal gas is slowly compressed to a smaller volume while its temperature is kept constant. Use the kinetic model of an ideal gas to explain why the pressure of the gas increases.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Temperature constant so the average kinetic energy / mean speed of the molecules is unchanged",
          keywords: ["temperature constant", "average kinetic energy", "speed unchanged"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: "Change of momentum per collision with the wall is unchanged", keywords: ["momentum", "per collision"] },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Smaller volume means more molecules per unit volume, so more collisions per second with each unit area of wall",
          keywords: ["more collisions", "per unit area", "frequency", "per second"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Greater rate of change of momentum per unit area gives a greater force per unit area, i.e. a greater pressure",
          keywords: ["rate of change of momentum", "force per unit area", "pressure"],
        },
      ],
      workedSolution: String.raw`Pressure is the force per unit area exerted on the walls, and the force comes from the rate of change of momentum of molecules bouncing off them.

- At constant temperature the molecules' average kinetic energy, and so their mean speed, does not change: each collision transfers the same momentum on average.
- In a smaller volume the same number of molecules is packed more densely, so the molecules hit each square metre of wall more often.
- More collisions per second means a larger rate of change of momentum per unit area, so the pressure increases (Boyle's law: $p \propto 1/V$).

Any three points.`,
    },
    {
      key: "physics-b-3-04",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.3",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A student measures the pressure $p$ of a fixed volume of air at several Celsius temperatures $\theta$ between $0\ ^\circ\text{C}$ and $100\ ^\circ\text{C}$. The straight line of best fit through the data is

$$p = 0.366\,\theta + 100$$

where $p$ is in kPa and $\theta$ is in $^\circ\text{C}$.

Determine the value of absolute zero, in $^\circ\text{C}$, predicted by extrapolating this line. Give your answer to three significant figures.`,
      numericAnswer: { value: -273, unit: "°C", sigFigs: 3, sigFigsExact: true, tolerance: 1 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Absolute zero is where the extrapolated pressure is zero: $0 = 0.366\theta + 100$`,
          keywords: ["p = 0", "zero pressure", "extrapolat"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\theta = -273\ ^\circ\text{C}$`, keywords: ["-273"] },
      ],
      workedSolution: String.raw`For an ideal gas at constant volume, $p \propto T$ (absolute temperature), so the pressure would fall to zero at absolute zero. Extrapolate the line to $p = 0$:
$$0 = 0.366\,\theta + 100 \;\Rightarrow\; \theta = -\frac{100}{0.366} = -273\ ^\circ\text{C}$$
This agrees with the accepted value of $-273.15\ ^\circ\text{C}$.`,
    },

    // ───────────────────────────── B.4 Thermodynamics (HL) ─────────────────────────────
    {
      key: "physics-b-4-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "B.4",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`An ideal gas expands at a constant pressure of $2.0\times10^5\ \text{Pa}$ from a volume of $3.0\times10^{-3}\ \text{m}^3$ to $5.0\times10^{-3}\ \text{m}^3$. During the expansion $1500\ \text{J}$ of thermal energy is transferred to the gas.

Calculate the change in internal energy of the gas. Give your answer to two significant figures.`,
      numericAnswer: { value: 1100, unit: "J", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Work done by the gas $W = p\Delta V = 2.0\times10^5 \times 2.0\times10^{-3} = 400\ \text{J}$`,
          keywords: ["400"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`First law: $Q = \Delta U + W$ / $\Delta U = Q - W$`, keywords: ["first law", "Q - W"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\Delta U = +1100\ \text{J}$ / $1.1\ \text{kJ}$`, keywords: ["1100", "1.1"] },
      ],
      workedSolution: String.raw`At constant pressure the work done **by** the gas is
$$W = p\Delta V = 2.0\times10^5 \times (5.0 - 3.0)\times10^{-3} = 400\ \text{J}$$
First law of thermodynamics (IB convention, $W$ = work done by the gas): $Q = \Delta U + W$.
$$\Delta U = Q - W = 1500 - 400 = 1100\ \text{J}$$
The internal energy (and so the temperature) increases: most of the heat goes into internal energy, the rest into pushing back the surroundings.`,
    },
    {
      key: "physics-b-4-02",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "B.4",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A heat engine takes in thermal energy from a reservoir at $527\ ^\circ\text{C}$ and rejects thermal energy to a reservoir at $27\ ^\circ\text{C}$.

Calculate the maximum possible efficiency of the engine, as a percentage to three significant figures.`,
      numericAnswer: { value: 62.5, unit: "%", sigFigs: 3, sigFigsExact: true, tolerance: 0.1 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`Temperatures in kelvin: $T_h = 800\ \text{K}$, $T_c = 300\ \text{K}$`, keywords: ["800", "300"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\eta_{\text{Carnot}} = 1 - \dfrac{300}{800} = 0.625 = 62.5\%$`, keywords: ["62.5", "0.625"] },
      ],
      workedSolution: String.raw`The maximum efficiency is that of a Carnot engine working between the same two reservoirs, using **absolute** temperatures:
$$T_h = 527 + 273 = 800\ \text{K}, \quad T_c = 27 + 273 = 300\ \text{K}$$
$$\eta_{\max} = 1 - \frac{T_c}{T_h} = 1 - \frac{300}{800} = 0.625 = 62.5\%$$
Using Celsius temperatures gives $1 - 27/527 = 94.9\%$, which is wrong.`,
    },
    {
      key: "physics-b-4-03",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "B.4",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A fixed mass of ideal gas is compressed adiabatically. Which row describes the thermal energy transferred to the gas, the change in its internal energy and the change in its temperature?",
      options: [
        { id: "A", text: "thermal energy transferred: zero; internal energy: decreases; temperature: decreases" },
        { id: "B", text: "thermal energy transferred: zero; internal energy: increases; temperature: increases" },
        { id: "C", text: "thermal energy transferred: into the gas; internal energy: unchanged; temperature: unchanged" },
        { id: "D", text: "thermal energy transferred: out of the gas; internal energy: unchanged; temperature: unchanged" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: Q = 0, U increases, T increases", keywords: ["B"] }],
      workedSolution: String.raw`Adiabatic means no thermal energy is exchanged: $Q = 0$. In a compression, work is done **on** the gas, so $W$ (by the gas) is negative. From $Q = \Delta U + W$: $\Delta U = -W > 0$. For an ideal gas the internal energy depends only on temperature, so the temperature rises. Option D describes an isothermal compression. Answer **B**.`,
    },
    {
      key: "physics-b-4-04",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "B.4",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Outline",
      stem: "A gas is initially confined to one half of an insulated container; the other half is a vacuum. The partition is removed and the gas spreads out to fill the whole container. Outline, with reference to microstates, why the entropy of the gas increases and why the reverse process is not observed.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Entropy is related to the number of microstates $\Omega$ consistent with the macrostate: $S = k_B \ln\Omega$`,
          keywords: ["microstates", "S = k ln", "ln"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Molecules filling the larger volume can be arranged in vastly more ways, so Ω and hence S increases",
          keywords: ["more ways", "more microstates", "increases"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "The reverse (all molecules returning to one half) corresponds to far fewer microstates, so it is overwhelmingly improbable",
          keywords: ["improbable", "unlikely", "probability"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Second law: the entropy of an isolated system never decreases, so the expansion is irreversible",
          keywords: ["second law", "never decreases", "irreversible", "isolated"],
        },
      ],
      workedSolution: String.raw`Entropy measures how many microscopic arrangements (microstates) correspond to the same macroscopic state: $S = k_B\ln\Omega$. When the gas can occupy the whole container, each molecule has twice as many places to be, so the number of microstates grows enormously (by a factor $2^N$), and the entropy increases.

Molecules move randomly, so every microstate is equally likely. The state with all $N$ molecules back in one half is just one tiny subset of all the microstates, with probability about $(1/2)^N$, which for $N \sim 10^{23}$ is effectively zero. This is the statistical basis of the second law: the entropy of an isolated system does not decrease, so free expansion is irreversible. Any three points.`,
    },
    {
      key: "physics-b-4-05",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "B.4",
      difficulty: 4,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A block of ice of mass $0.50\ \text{kg}$ melts completely at $0\ ^\circ\text{C}$ ($273\ \text{K}$). The specific latent heat of fusion of ice is $3.34\times10^5\ \text{J kg}^{-1}$.

Calculate the change in entropy of the ice as it melts. Give your answer to three significant figures.`,
      numericAnswer: { value: 612, unit: "J K⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$Q = mL = 0.50 \times 3.34\times10^5 = 1.67\times10^5\ \text{J}$`, keywords: ["167000", "1.67"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\Delta S = Q/T = 1.67\times10^5/273 = 612\ \text{J K}^{-1}$`, keywords: ["612"] },
      ],
      workedSolution: String.raw`Melting happens at a constant temperature, so the entropy change is simply $\Delta S = \dfrac{\Delta Q}{T}$.
$$\Delta Q = mL = 0.50 \times 3.34\times10^5 = 1.67\times10^5\ \text{J}$$
$$\Delta S = \frac{1.67\times10^5}{273} = 612\ \text{J K}^{-1}$$
The entropy increases: liquid water has many more possible molecular arrangements than ice.`,
    },

    // ───────────────────────────── B.5 Current and circuits ─────────────────────────────
    {
      key: "physics-b-5-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A $4.0\ \Omega$ resistor is connected in series with a parallel combination of a $6.0\ \Omega$ resistor and a $3.0\ \Omega$ resistor. The circuit is connected to a battery of emf $12\ \text{V}$ and negligible internal resistance.

Determine the current in the $3.0\ \Omega$ resistor. Give your answer to three significant figures.`,
      numericAnswer: { value: 1.33, unit: "A", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Parallel combination: $\left(\tfrac{1}{6.0} + \tfrac{1}{3.0}\right)^{-1} = 2.0\ \Omega$; total $6.0\ \Omega$`,
          keywords: ["2.0", "6.0"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Total current $2.0\ \text{A}$ so pd across the parallel part $= 2.0 \times 2.0 = 4.0\ \text{V}$`,
          keywords: ["2.0 A", "4.0 V", "4"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$I = 4.0/3.0 = 1.33\ \text{A}$`, keywords: ["1.33"] },
      ],
      workedSolution: String.raw`1. Parallel part: $\dfrac{1}{R_p} = \dfrac{1}{6.0} + \dfrac{1}{3.0} = \dfrac{1}{2.0}$, so $R_p = 2.0\ \Omega$.
2. Total resistance: $4.0 + 2.0 = 6.0\ \Omega$; total current $I = 12/6.0 = 2.0\ \text{A}$.
3. Potential difference across the parallel part: $V = 2.0 \times 2.0 = 4.0\ \text{V}$ (the other $8.0\ \text{V}$ is across the $4.0\ \Omega$ resistor).
4. Current in the $3.0\ \Omega$ resistor: $I_3 = 4.0/3.0 = 1.33\ \text{A}$ (and $0.67\ \text{A}$ in the $6.0\ \Omega$ resistor; they add up to $2.0\ \text{A}$).`,
    },
    {
      key: "physics-b-5-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`To find the internal resistance $r$ of a battery, a student connects it to a variable resistor and measures the terminal potential difference $V$ and the current $I$.

| $I$ / A | $V$ / V |
|---|---|
| 1.0 | 8.5 |
| 2.0 | 8.0 |
| 4.0 | 7.0 |

Assuming $V = \varepsilon - Ir$, determine the internal resistance of the battery.`,
      numericAnswer: { value: 0.5, unit: "Ω", sigFigs: 2, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Gradient of $V$ against $I$ is $-r$: $\dfrac{7.0 - 8.5}{4.0 - 1.0} = -0.50$ / pair of simultaneous equations`,
          keywords: ["gradient", "-0.5", "simultaneous"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$r = 0.50\ \Omega$`, keywords: ["0.50", "0.5"] },
      ],
      workedSolution: String.raw`Compare $V = \varepsilon - rI$ with $y = c + mx$: a graph of $V$ against $I$ is a straight line with gradient $-r$ and intercept $\varepsilon$.
$$\text{gradient} = \frac{7.0 - 8.5}{4.0 - 1.0} = \frac{-1.5}{3.0} = -0.50\ \text{V A}^{-1}$$
So $r = 0.50\ \Omega$. The intercept gives $\varepsilon = 8.5 + 1.0 \times 0.50 = 9.0\ \text{V}$. All three points lie on this line, which is a useful check.`,
    },
    {
      key: "physics-b-5-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "The current in a filament lamp is increased from zero to its normal operating value. Which statement describes the lamp?",
      options: [
        { id: "A", text: "Its resistance increases because the filament temperature increases; the lamp is non-ohmic." },
        { id: "B", text: "Its resistance is constant because the filament is a metal; the lamp is ohmic." },
        { id: "C", text: "Its resistance decreases because more charge carriers are released; the lamp is non-ohmic." },
        { id: "D", text: "Its resistance increases because the filament gets longer; the lamp is ohmic." },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: resistance increases with temperature; non-ohmic", keywords: ["A"] }],
      workedSolution:
        "As the current increases, the filament becomes hotter. The metal ions vibrate with larger amplitude and the electrons collide with them more often, so the resistance increases. Because the resistance is not constant, V is not proportional to I (the I–V graph curves towards the V axis): the lamp is non-ohmic. Option C describes a thermistor (a semiconductor). Answer **A**.",
    },
    {
      key: "physics-b-5-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "B.5",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A light-dependent resistor (LDR) and a fixed resistor are connected in series across a battery of constant emf and negligible internal resistance. The output voltage is taken across the fixed resistor. Explain what happens to the output voltage when the light intensity on the LDR increases.",
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: "Resistance of the LDR decreases as light intensity increases", keywords: ["LDR", "resistance decreases"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Total resistance decreases so the current increases / the LDR takes a smaller share of the emf",
          keywords: ["current increases", "smaller share", "total resistance"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "pd across the fixed resistor (= IR) increases, so the output voltage increases (sum of pds = emf is constant)",
          keywords: ["increases", "output", "IR"],
        },
      ],
      workedSolution: String.raw`- Brighter light frees more charge carriers in the LDR, so its resistance **decreases**.
- The total resistance of the circuit falls, so the current increases. Equivalently, in a potential divider the emf is shared in the ratio of the resistances, and the LDR's share gets smaller.
- The pd across the fixed resistor, $V = IR$, therefore **increases**: the output voltage rises (while the pd across the LDR falls, the two always adding up to the emf).`,
    },

    // ───────────────────────────── C.1 Simple harmonic motion ─────────────────────────────
    {
      key: "physics-c-1-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "C.1",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: String.raw`Which condition defines simple harmonic motion? ($x$ is the displacement from the equilibrium position.)`,
      options: [
        { id: "A", text: String.raw`The acceleration is proportional to $x$ and in the same direction as $x$.` },
        { id: "B", text: "The acceleration is constant and directed towards the equilibrium position." },
        { id: "C", text: String.raw`The velocity is proportional to $x$ and directed towards the equilibrium position.` },
        { id: "D", text: String.raw`The acceleration is proportional to $x$ and directed towards the equilibrium position.` },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`D: $a = -\omega^2 x$`, keywords: ["D"] }],
      workedSolution: String.raw`SHM is defined by $a = -\omega^2 x$: the acceleration (and so the restoring force) is proportional to the displacement from equilibrium and always points back towards equilibrium (hence the minus sign). Option A would make the object run away from equilibrium; option B describes a constant force, which does not give SHM. Answer **D**.`,
    },
    {
      key: "physics-c-1-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.1",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A mass of $0.40\ \text{kg}$ hangs from a light spring of spring constant $25\ \text{N m}^{-1}$ and is set oscillating vertically.

Calculate the period of the oscillations. Give your answer to three significant figures.`,
      numericAnswer: { value: 0.795, unit: "s", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$T = 2\pi\sqrt{m/k} = 2\pi\sqrt{0.40/25}$`, keywords: ["2pi", "sqrt", "0.016"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$T = 0.795\ \text{s}$`, keywords: ["0.795", "0.79"] },
      ],
      workedSolution: String.raw`For a mass–spring system,
$$T = 2\pi\sqrt{\frac{m}{k}} = 2\pi\sqrt{\frac{0.40}{25}} = 2\pi\sqrt{0.016} = 2\pi \times 0.1265 = 0.795\ \text{s}$$
The period does not depend on $g$ or on the amplitude: a vertical spring oscillates with the same period as a horizontal one.`,
    },
    {
      key: "physics-c-1-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "C.1.AHL",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A particle performs simple harmonic motion with amplitude $0.050\ \text{m}$ and frequency $2.0\ \text{Hz}$.

Calculate the speed of the particle when its displacement from equilibrium is $0.030\ \text{m}$. Give your answer to three significant figures.`,
      numericAnswer: { value: 0.503, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\omega = 2\pi f = 4\pi = 12.6\ \text{rad s}^{-1}$`, keywords: ["12.6", "4pi"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$v = \omega\sqrt{x_0^2 - x^2} = 12.6 \times \sqrt{0.050^2 - 0.030^2}$`,
          keywords: ["0.040", "sqrt"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$v = 0.503\ \text{m s}^{-1}$`, keywords: ["0.503", "0.50"] },
      ],
      workedSolution: String.raw`$$\omega = 2\pi f = 2\pi \times 2.0 = 12.57\ \text{rad s}^{-1}$$
$$v = \pm\,\omega\sqrt{x_0^2 - x^2} = 12.57 \times \sqrt{0.050^2 - 0.030^2} = 12.57 \times 0.040 = 0.503\ \text{m s}^{-1}$$
(For comparison, the maximum speed at the equilibrium position is $\omega x_0 = 0.628\ \text{m s}^{-1}$.)`,
    },
    {
      key: "physics-c-1-ahl-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "C.1.AHL",
      difficulty: 4,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: String.raw`An undamped oscillator moves with simple harmonic motion of amplitude $x_0$. What fraction of its total energy is kinetic energy when its displacement is $x_0/2$?`,
      options: [
        { id: "A", text: String.raw`$\tfrac{1}{4}$` },
        { id: "B", text: String.raw`$\tfrac{1}{2}$` },
        { id: "C", text: String.raw`$\tfrac{3}{4}$` },
        { id: "D", text: String.raw`$\tfrac{\sqrt{3}}{2}$` },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: 3/4", keywords: ["C"] }],
      workedSolution: String.raw`Potential energy in SHM is $E_p = \tfrac{1}{2}m\omega^2x^2$ and the total energy is $E_T = \tfrac{1}{2}m\omega^2x_0^2$. At $x = x_0/2$:
$$\frac{E_p}{E_T} = \left(\frac{x}{x_0}\right)^2 = \frac{1}{4} \;\Rightarrow\; \frac{E_k}{E_T} = 1 - \frac{1}{4} = \frac{3}{4}$$
Option D is the ratio of the speed to the maximum speed, not of the energies. Answer **C**.`,
    },
    {
      key: "physics-c-1-ahl-03",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "C.1.AHL",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Describe",
      stem: "Describe how the kinetic energy and the potential energy of an undamped simple harmonic oscillator vary with its displacement from the equilibrium position.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Total energy is constant (no damping); energy is continually exchanged between kinetic and potential",
          keywords: ["constant", "total energy", "exchanged"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Kinetic energy is maximum at equilibrium (x = 0) and zero at the extremes (x = ±x0)",
          keywords: ["maximum at equilibrium", "zero at", "extremes"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Potential energy is zero at equilibrium and maximum at the extremes",
          keywords: ["potential", "maximum at", "extremes"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: String.raw`$E_p = \tfrac{1}{2}m\omega^2x^2$ is parabolic / $E_k = \tfrac{1}{2}m\omega^2(x_0^2 - x^2)$ is an inverted parabola`,
          keywords: ["parabola", "x^2", "parabolic"],
        },
      ],
      workedSolution: String.raw`- With no damping, the total energy $E_T = \tfrac{1}{2}m\omega^2 x_0^2$ is constant, shared between kinetic and potential energy.
- Potential energy $E_p = \tfrac{1}{2}m\omega^2 x^2$: zero at the equilibrium position, maximum (equal to $E_T$) at $x = \pm x_0$. On a graph against $x$ it is a parabola.
- Kinetic energy $E_k = E_T - E_p = \tfrac{1}{2}m\omega^2(x_0^2 - x^2)$: maximum at equilibrium, zero at the turning points; an inverted parabola.
- At every displacement the two curves add up to the horizontal line $E_T$.

Any three points.`,
    },

    // ───────────────────────────── C.2 Wave model ─────────────────────────────
    {
      key: "physics-c-2-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "C.2",
      difficulty: 1,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "Which statement about a sound wave travelling through air is correct?",
      options: [
        { id: "A", text: "It is longitudinal: the air molecules oscillate parallel to the direction of energy transfer." },
        { id: "B", text: "It is transverse: the air molecules oscillate perpendicular to the direction of energy transfer." },
        { id: "C", text: "It is longitudinal: the air molecules travel along with the wave at the speed of sound." },
        { id: "D", text: "It is transverse and it can travel through a vacuum." },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: longitudinal, oscillation parallel to energy transfer", keywords: ["A"] }],
      workedSolution:
        "Sound is a longitudinal mechanical wave: the molecules oscillate about fixed mean positions, back and forth along the direction in which energy travels, forming compressions and rarefactions. The molecules do not travel with the wave (C), and sound needs a medium, so it cannot cross a vacuum (D). Answer **A**.",
    },
    {
      key: "physics-c-2-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.2",
      difficulty: 1,
      marks: 1,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A tuning fork of frequency $256\ \text{Hz}$ produces a sound wave in air where the speed of sound is $343\ \text{m s}^{-1}$. Calculate the wavelength of the sound, to three significant figures.`,
      numericAnswer: { value: 1.34, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$\lambda = v/f = 343/256 = 1.34\ \text{m}$`, keywords: ["1.34"] }],
      workedSolution: String.raw`From the wave equation $v = f\lambda$:
$$\lambda = \frac{v}{f} = \frac{343}{256} = 1.34\ \text{m}$$`,
    },
    {
      key: "physics-c-2-03",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.2",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A student studies waves on a long stretched spring using a video recording.

| measurement | value |
|---|---|
| distance from the 1st crest to the 5th crest / m | 2.40 |
| time for a marker on the spring to complete 20 oscillations / s | 0.50 |

Determine the speed of the waves on the spring.`,
      numericAnswer: { value: 24, unit: "m s⁻¹", sigFigs: 2, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`1st to 5th crest is 4 wavelengths: $\lambda = 2.40/4 = 0.600\ \text{m}$`,
          keywords: ["0.60", "4 wavelengths"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$T = 0.50/20 = 0.025\ \text{s}$ / $f = 40\ \text{Hz}$`, keywords: ["0.025", "40"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$v = f\lambda = 24\ \text{m s}^{-1}$`, keywords: ["24"] },
      ],
      workedSolution: String.raw`- From the 1st to the 5th crest there are **four** wavelengths (not five): $\lambda = 2.40/4 = 0.600\ \text{m}$.
- Period $T = 0.50/20 = 0.025\ \text{s}$, so $f = 1/T = 40\ \text{Hz}$.
- $v = f\lambda = 40 \times 0.600 = 24\ \text{m s}^{-1}$.

Timing 20 oscillations rather than one reduces the percentage uncertainty from the reaction time.`,
    },

    // ───────────────────────────── C.3 Wave phenomena ─────────────────────────────
    {
      key: "physics-c-3-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A ray of light passes from air into glass of refractive index $1.50$. The angle of incidence is $40.0^\circ$.

Calculate the angle of refraction, in degrees to three significant figures.`,
      numericAnswer: { value: 25.4, unit: "°", sigFigs: 3, sigFigsExact: true, tolerance: 0.1 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$1.00 \times \sin 40.0^\circ = 1.50 \sin\theta_2$`, keywords: ["sin 40", "1.50", "Snell"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\theta_2 = 25.4^\circ$`, keywords: ["25.4"] },
      ],
      workedSolution: String.raw`Snell's law: $n_1\sin\theta_1 = n_2\sin\theta_2$, with $n_{\text{air}} = 1.00$.
$$\sin\theta_2 = \frac{\sin 40.0^\circ}{1.50} = \frac{0.643}{1.50} = 0.429 \;\Rightarrow\; \theta_2 = 25.4^\circ$$
The ray bends **towards** the normal because it slows down on entering the denser medium.`,
    },
    {
      key: "physics-c-3-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Light of wavelength $590\ \text{nm}$ is incident on two narrow slits $0.30\ \text{mm}$ apart. An interference pattern is seen on a screen $1.5\ \text{m}$ from the slits.

Calculate the separation of adjacent bright fringes, in millimetres to three significant figures.`,
      numericAnswer: { value: 2.95, unit: "mm", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$s = \dfrac{\lambda D}{d} = \dfrac{590\times10^{-9} \times 1.5}{0.30\times10^{-3}}$`,
          keywords: ["lambda D / d", "590", "0.30"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$s = 2.95\times10^{-3}\ \text{m} = 2.95\ \text{mm}$`, keywords: ["2.95"] },
      ],
      workedSolution: String.raw`For double-slit interference (small angles) the fringe spacing is
$$s = \frac{\lambda D}{d} = \frac{590\times10^{-9} \times 1.5}{0.30\times10^{-3}} = 2.95\times10^{-3}\ \text{m} = 2.95\ \text{mm}$$
Remember to convert nm to m and mm to m before substituting.`,
    },
    {
      key: "physics-c-3-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "Two sources of waves produce a stable, observable interference pattern. What property must the two sources have?",
      options: [
        { id: "A", text: "The same amplitude, so that the minima have zero intensity" },
        { id: "B", text: "A constant phase difference and the same frequency" },
        { id: "C", text: "Zero phase difference at all times" },
        { id: "D", text: "The same intensity and the same speed" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: coherent sources", keywords: ["B"] }],
      workedSolution:
        "A stable pattern needs **coherent** sources: the same frequency (wavelength) and a constant phase difference, so that the positions of constructive and destructive interference do not move. The phase difference need not be zero (C); sources in antiphase also give a stable pattern, just shifted. Equal amplitudes (A) improve the contrast of the dark fringes but are not required. Answer **B**.",
    },
    {
      key: "physics-c-3-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "C.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "In a double-slit experiment with monochromatic light, alternate bright and dark fringes appear on the screen. Explain how a **dark** fringe is formed.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Light from each slit diffracts/spreads so the waves overlap/superpose at the screen",
          keywords: ["diffract", "superpose", "overlap"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`At a dark fringe the path difference is a half-integer number of wavelengths, $(n + \tfrac{1}{2})\lambda$`,
          keywords: ["path difference", "half", "n + 1/2"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: "The waves arrive in antiphase / phase difference π", keywords: ["antiphase", "out of phase", "pi"] },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Destructive interference: displacements cancel, giving (near) zero resultant amplitude / intensity",
          keywords: ["destructive", "cancel", "zero"],
        },
      ],
      workedSolution: String.raw`Each slit diffracts the light so the two sets of waves overlap on the screen. By the principle of superposition, the resultant displacement is the sum of the two. The slits are coherent (illuminated by the same source). At a dark fringe the distances from the two slits differ by $\tfrac{1}{2}\lambda, \tfrac{3}{2}\lambda, \dots$; the waves arrive **in antiphase**, a crest meeting a trough, so they interfere destructively and the intensity is (close to) zero. Any three points.`,
    },
    {
      key: "physics-c-3-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "C.3.AHL",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Green light of wavelength $520\ \text{nm}$ is incident normally on a diffraction grating with $600$ lines per millimetre.

Calculate the angle between the second-order maximum and the central (zero-order) maximum, in degrees to three significant figures.`,
      numericAnswer: { value: 38.6, unit: "°", sigFigs: 3, sigFigsExact: true, tolerance: 0.15 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$d = \dfrac{1\times10^{-3}}{600} = 1.67\times10^{-6}\ \text{m}$`, keywords: ["1.67e-6", "1.67"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\sin\theta = \dfrac{2 \times 520\times10^{-9}}{1.67\times10^{-6}} = 0.624$`,
          keywords: ["0.624"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\theta = 38.6^\circ$`, keywords: ["38.6"] },
      ],
      workedSolution: String.raw`Line spacing: $d = \dfrac{1.0\times10^{-3}\ \text{m}}{600} = 1.667\times10^{-6}\ \text{m}$.

Grating equation $n\lambda = d\sin\theta$ with $n = 2$:
$$\sin\theta = \frac{2 \times 520\times10^{-9}}{1.667\times10^{-6}} = 0.624 \;\Rightarrow\; \theta = 38.6^\circ$$
(The small-angle formula $s = \lambda D/d$ must **not** be used here: the angle is large.)`,
    },
    {
      key: "physics-c-3-ahl-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "C.3.AHL",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Predict",
      stem: "Monochromatic light passes through a single narrow slit and forms a diffraction pattern on a distant screen. The width of the slit is halved. What happens to the angular width of the central maximum?",
      options: [
        { id: "A", text: "It doubles." },
        { id: "B", text: "It halves." },
        { id: "C", text: "It stays the same." },
        { id: "D", text: "It increases by a factor of four." },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: doubles", keywords: ["A"] }],
      workedSolution: String.raw`The first minimum of single-slit diffraction is at $\theta \approx \lambda/b$, where $b$ is the slit width. The central maximum extends from $-\theta$ to $+\theta$, so its angular width $2\lambda/b$ is inversely proportional to $b$. Halving $b$ **doubles** the width (and the pattern becomes dimmer because less light gets through). Answer **A**.`,
    },

    // ───────────────────────────── C.4 Standing waves and resonance ─────────────────────────────
    {
      key: "physics-c-4-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A pipe of length $0.85\ \text{m}$ is closed at one end and open at the other. The speed of sound in the air is $340\ \text{m s}^{-1}$. End corrections are negligible.

Determine the resonant frequency of the pipe that is next above its fundamental (first harmonic) frequency.`,
      numericAnswer: { value: 300, unit: "Hz", relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Fundamental: $L = \lambda/4$, so $\lambda = 3.4\ \text{m}$ and $f_1 = 340/3.4 = 100\ \text{Hz}$`,
          keywords: ["lambda/4", "100"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "A closed pipe has only odd harmonics, so the next resonance is the third harmonic",
          keywords: ["odd", "third harmonic"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$f_3 = 3f_1 = 300\ \text{Hz}$ / $L = 3\lambda/4$`, keywords: ["300"] },
      ],
      workedSolution: String.raw`A closed end is a displacement **node**; an open end is an **antinode**.

- Fundamental: node to antinode is a quarter wavelength, so $\lambda_1 = 4L = 3.4\ \text{m}$ and $f_1 = v/\lambda_1 = 340/3.4 = 100\ \text{Hz}$.
- The next pattern that fits (node at the closed end, antinode at the open end) has $L = \tfrac{3}{4}\lambda$: $\lambda_3 = 4L/3 = 1.133\ \text{m}$ and $f_3 = 300\ \text{Hz}$.

Only odd harmonics ($100, 300, 500\ \text{Hz}, \dots$) exist in a pipe closed at one end, so $200\ \text{Hz}$ is wrong.`,
    },
    {
      key: "physics-c-4-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "State",
      stem: String.raw`A standing wave of wavelength $\lambda$ is formed on a string fixed at both ends. What is the distance between two adjacent nodes?`,
      options: [
        { id: "A", text: String.raw`$\lambda/4$` },
        { id: "B", text: String.raw`$\lambda$` },
        { id: "C", text: String.raw`$2\lambda$` },
        { id: "D", text: String.raw`$\lambda/2$` },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: λ/2", keywords: ["D"] }],
      workedSolution: String.raw`In a standing wave, adjacent nodes are half a wavelength apart; a node and the next antinode are a quarter wavelength apart (option A). Answer **D**.`,
    },
    {
      key: "physics-c-4-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Compare and contrast",
      stem: "Compare and contrast a standing wave on a stretched string with a travelling wave on the same string.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Similarity: both have the same relation v = fλ / the standing wave is the superposition of two travelling waves of the same frequency",
          keywords: ["superposition", "same frequency", "fλ"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "A travelling wave transfers energy along the string; a standing wave does not transfer (net) energy",
          keywords: ["energy", "transfer", "no net"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Amplitude is the same for all points on a travelling wave but varies with position on a standing wave (zero at nodes, maximum at antinodes)",
          keywords: ["amplitude", "nodes", "antinodes", "varies"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Phase changes continuously along a travelling wave; in a standing wave all points between adjacent nodes are in phase (and in antiphase with the next segment)",
          keywords: ["phase", "in phase", "between nodes"],
        },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "Any frequency can travel; a standing wave on a fixed string forms only at certain (harmonic) frequencies",
          keywords: ["harmonic", "certain frequencies", "only"],
        },
      ],
      workedSolution:
        "**Similarity:** a standing wave forms when two travelling waves of the same frequency and amplitude move in opposite directions and superpose (for example, a wave and its reflection). Points on both kinds of wave oscillate at the same frequency f.\n\n**Differences:**\n- Energy: a travelling wave carries energy along the string; a standing wave stores it, with no net transfer.\n- Amplitude: the same everywhere on a travelling wave; on a standing wave it varies from zero at nodes to a maximum at antinodes.\n- Phase: changes continuously with position along a travelling wave; on a standing wave all points between two adjacent nodes are in phase, and neighbouring segments are in antiphase.\n- Frequencies: a string fixed at both ends supports standing waves only at its harmonic frequencies.\n\nAny four points, including at least one similarity for full marks (OWTTE).",
    },
    {
      key: "physics-c-4-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "C.4",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Describe",
      stem: "A mass–spring system is driven by a periodic force whose frequency can be varied. Describe what is meant by resonance in this system and how the amplitude–frequency graph changes when the damping is increased.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Resonance: the amplitude of oscillation is a maximum when the driving frequency equals (is close to) the natural frequency",
          keywords: ["driving frequency", "natural frequency", "maximum amplitude"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "With more damping the peak amplitude is smaller / the amplitude is lower at all frequencies",
          keywords: ["smaller", "lower peak", "reduced"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: "The resonance peak becomes broader / flatter", keywords: ["broader", "wider", "flatter"] },
        { id: "p4", kind: "POINT", marks: 1, text: "The peak shifts slightly to a lower frequency", keywords: ["lower frequency", "shifts"] },
      ],
      workedSolution:
        "The system has a natural frequency at which it oscillates when displaced and released. When driven by a periodic force, the amplitude of the forced oscillations depends on the driving frequency and is largest when the driving frequency equals (or nearly equals) the natural frequency: energy is then transferred most efficiently from the driver, and this is **resonance**.\n\nIncreasing the damping removes energy faster, so the resonance peak is **lower**, **broader** (the system responds over a wider range of frequencies) and moves slightly **to lower frequencies**. Any three points.",
    },

    // ───────────────────────────── C.5 Doppler effect ─────────────────────────────
    {
      key: "physics-c-5-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "C.5",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: "A spectral line in the light from a distant galaxy is observed at a longer wavelength than the same line measured in a laboratory on Earth. What can be deduced?",
      options: [
        { id: "A", text: "The galaxy is moving towards the Earth." },
        { id: "B", text: "The galaxy is hotter than the laboratory source." },
        { id: "C", text: "The galaxy is moving away from the Earth." },
        { id: "D", text: "The light has been refracted by the Earth's atmosphere." },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: receding (red shift)", keywords: ["C"] }],
      workedSolution:
        "A longer observed wavelength is a red shift. For light, the Doppler effect gives a red shift when the source and observer are moving apart, so the galaxy is receding. Motion towards the Earth would give a blue shift (A). Temperature changes the shape of the continuous spectrum, not the wavelength of a given spectral line (B). Answer **C**.",
    },
    {
      key: "physics-c-5-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "C.5",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A hydrogen spectral line has a wavelength of $656.3\ \text{nm}$ in the laboratory. In the spectrum of a distant galaxy the same line is observed at $662.9\ \text{nm}$.

Calculate the speed of the galaxy relative to the Earth. Give your answer to two significant figures.`,
      numericAnswer: { value: 3.0e6, unit: "m s⁻¹", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\dfrac{\Delta\lambda}{\lambda} = \dfrac{6.6}{656.3} \approx \dfrac{v}{c}$`,
          keywords: ["6.6", "656.3", "v/c"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$v = 3.0\times10^{6}\ \text{m s}^{-1}$ (away from Earth)`, keywords: ["3.0e6", "3.0"] },
      ],
      workedSolution: String.raw`For speeds much less than $c$, the Doppler shift of light is
$$\frac{\Delta\lambda}{\lambda} \approx \frac{v}{c}$$
$$\Delta\lambda = 662.9 - 656.3 = 6.6\ \text{nm}$$
$$v = c\,\frac{\Delta\lambda}{\lambda} = 3.00\times10^8 \times \frac{6.6}{656.3} = 3.0\times10^{6}\ \text{m s}^{-1}$$
The wavelength increased (red shift), so the galaxy is moving away.`,
    },
    {
      key: "physics-c-5-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "C.5",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A car sounds its horn, which emits a constant frequency, as it drives at constant speed towards a stationary pedestrian. Using the idea of wavefronts, explain why the pedestrian hears a higher frequency than the frequency emitted by the horn.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Each wavefront is emitted from a position closer to the pedestrian than the previous one (the source moves between emissions)",
          keywords: ["closer", "moves between", "wavefront"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Wavefronts are bunched up in front of the car, so the wavelength in front of the car is shorter",
          keywords: ["bunched", "shorter wavelength", "compressed"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "The speed of sound in air is unchanged, so more wavefronts reach the pedestrian per second: higher frequency (f = v/λ)",
          keywords: ["speed unchanged", "more wavefronts per second", "higher frequency", "v/λ"],
        },
      ],
      workedSolution: String.raw`The horn emits wavefronts at regular time intervals. Between one wavefront and the next, the car moves forward, so each new wavefront is emitted from a point **nearer** the pedestrian. In front of the car the wavefronts are therefore closer together: the wavelength there is **shorter**. The speed of sound depends only on the air, not on the motion of the source, so by $f = v/\lambda$ more wavefronts pass the pedestrian each second and the observed frequency is higher. (Behind the car the wavefronts are spread out, and the frequency heard is lower.)`,
    },
    {
      key: "physics-c-5-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "C.5.AHL",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`An ambulance siren emits sound of frequency $800\ \text{Hz}$. The ambulance moves directly towards a stationary observer at $25\ \text{m s}^{-1}$. The speed of sound is $340\ \text{m s}^{-1}$.

Calculate the frequency heard by the observer, to three significant figures.`,
      numericAnswer: { value: 863, unit: "Hz", sigFigs: 3, sigFigsExact: true, tolerance: 1 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Moving source: $f' = f\,\dfrac{v}{v - u_s} = 800 \times \dfrac{340}{340 - 25}$`,
          keywords: ["340 - 25", "315", "v - u"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$f' = 863\ \text{Hz}$`, keywords: ["863"] },
      ],
      workedSolution: String.raw`For a source moving towards a stationary observer:
$$f' = f\left(\frac{v}{v - u_s}\right) = 800 \times \frac{340}{340 - 25} = 800 \times \frac{340}{315} = 863\ \text{Hz}$$
The denominator is **smaller** than $v$ because the source approaches, so the frequency goes up, as expected.`,
    },
    {
      key: "physics-c-5-ahl-02",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "C.5.AHL",
      difficulty: 4,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A stationary loudspeaker emits a note of frequency $500\ \text{Hz}$. A cyclist rides directly towards the loudspeaker at $20\ \text{m s}^{-1}$. The speed of sound is $340\ \text{m s}^{-1}$.

Calculate the frequency heard by the cyclist, to three significant figures.`,
      numericAnswer: { value: 529, unit: "Hz", sigFigs: 3, sigFigsExact: true, tolerance: 1 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Moving observer: $f' = f\,\dfrac{v + u_o}{v} = 500 \times \dfrac{360}{340}$`,
          keywords: ["360", "v + u"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$f' = 529\ \text{Hz}$`, keywords: ["529"] },
      ],
      workedSolution: String.raw`Now the **observer** moves and the source is at rest, so the wavelength in the air is unchanged; the cyclist simply meets the wavefronts more often:
$$f' = f\left(\frac{v + u_o}{v}\right) = 500 \times \frac{340 + 20}{340} = 529\ \text{Hz}$$
Note that this is not the same as a source moving at $20\ \text{m s}^{-1}$ towards a stationary observer, which would give $500 \times 340/320 = 531\ \text{Hz}$.`,
    },

    // ───────────────────────────── D.1 Gravitational fields ─────────────────────────────
    {
      key: "physics-d-1-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.1",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Mars has a mass of $6.42\times10^{23}\ \text{kg}$ and a radius of $3.39\times10^{6}\ \text{m}$.

Calculate the gravitational field strength at the surface of Mars, to three significant figures.`,
      numericAnswer: { value: 3.73, unit: "N kg⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$g = \dfrac{GM}{r^2} = \dfrac{6.67\times10^{-11} \times 6.42\times10^{23}}{(3.39\times10^6)^2}$`,
          keywords: ["GM/r^2", "6.67", "3.39"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$g = 3.73\ \text{N kg}^{-1}$`, keywords: ["3.73"] },
      ],
      workedSolution: String.raw`Gravitational field strength at distance $r$ from the centre of a spherical mass:
$$g = \frac{GM}{r^2} = \frac{6.67\times10^{-11} \times 6.42\times10^{23}}{(3.39\times10^6)^2} = \frac{4.28\times10^{13}}{1.149\times10^{13}} = 3.73\ \text{N kg}^{-1}$$
About 38% of the value on Earth. Remember to square the radius.`,
    },
    {
      key: "physics-d-1-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.1",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A communications satellite moves in a circular orbit of radius $4.22\times10^{7}\ \text{m}$ around the Earth. The mass of the Earth is $5.97\times10^{24}\ \text{kg}$.

Determine the orbital period of the satellite, in hours to three significant figures.`,
      numericAnswer: { value: 24.0, unit: "h", sigFigs: 3, sigFigsExact: true, tolerance: 0.1 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Gravitational force provides centripetal force: $\dfrac{GMm}{r^2} = \dfrac{4\pi^2 m r}{T^2}$ / $T^2 = \dfrac{4\pi^2 r^3}{GM}$`,
          keywords: ["centripetal", "4pi^2", "r^3"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$T = 8.63\times10^{4}\ \text{s}$`, keywords: ["86300", "8.63"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$T = 24.0\ \text{h}$`, keywords: ["24.0", "24"] },
      ],
      workedSolution: String.raw`The gravitational force on the satellite provides the centripetal force. With $v = 2\pi r/T$:
$$\frac{GMm}{r^2} = \frac{m v^2}{r} = \frac{4\pi^2 m r}{T^2} \;\Rightarrow\; T^2 = \frac{4\pi^2 r^3}{GM}$$
(Kepler's third law.)
$$T = 2\pi\sqrt{\frac{(4.22\times10^7)^3}{6.67\times10^{-11} \times 5.97\times10^{24}}} = 8.63\times10^4\ \text{s}$$
$$T = \frac{8.63\times10^4}{3600} = 24.0\ \text{h}$$
This is a geostationary orbit: the satellite keeps pace with the Earth's rotation.`,
    },
    {
      key: "physics-d-1-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "D.1",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: "Two satellites orbit the same planet in circular orbits. The orbital radius of satellite Y is four times that of satellite X. What is the ratio (period of Y) / (period of X)?",
      options: [
        { id: "A", text: "16" },
        { id: "B", text: "8" },
        { id: "C", text: "4" },
        { id: "D", text: "2" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: 8", keywords: ["B"] }],
      workedSolution: String.raw`Kepler's third law: $T^2 \propto r^3$, so $T \propto r^{3/2}$.
$$\frac{T_Y}{T_X} = 4^{3/2} = (\sqrt{4})^3 = 2^3 = 8$$
Answer **B**.`,
    },
    {
      key: "physics-d-1-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "D.1.AHL",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`The Moon has a mass of $7.35\times10^{22}\ \text{kg}$ and a radius of $1.74\times10^{6}\ \text{m}$.

Calculate the escape speed from the surface of the Moon, to three significant figures.`,
      numericAnswer: { value: 2370, unit: "m s⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$v_{\text{esc}} = \sqrt{\dfrac{2GM}{r}}$ (from $\tfrac{1}{2}mv^2 = \tfrac{GMm}{r}$)`,
          keywords: ["2GM/r", "sqrt"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$v_{\text{esc}} = 2.37\times10^{3}\ \text{m s}^{-1}$`, keywords: ["2370", "2.37"] },
      ],
      workedSolution: String.raw`To escape, the kinetic energy must be at least enough to bring the total energy up to zero (the value at infinity):
$$\tfrac{1}{2}mv^2 - \frac{GMm}{r} = 0 \;\Rightarrow\; v_{\text{esc}} = \sqrt{\frac{2GM}{r}}$$
$$v_{\text{esc}} = \sqrt{\frac{2 \times 6.67\times10^{-11} \times 7.35\times10^{22}}{1.74\times10^6}} = \sqrt{5.64\times10^{6}} = 2.37\times10^{3}\ \text{m s}^{-1}$$
The escape speed does not depend on the mass of the escaping object.`,
    },
    {
      key: "physics-d-1-ahl-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "D.1.AHL",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Predict",
      stem: "A satellite is moved from a circular orbit to another circular orbit of larger radius around the same planet. Which row describes the change in its kinetic energy and in its total energy?",
      options: [
        { id: "A", text: "kinetic energy: increases; total energy: increases" },
        { id: "B", text: "kinetic energy: decreases; total energy: decreases" },
        { id: "C", text: "kinetic energy: increases; total energy: decreases" },
        { id: "D", text: "kinetic energy: decreases; total energy: increases" },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: Ek decreases, total energy increases", keywords: ["D"] }],
      workedSolution: String.raw`For a circular orbit, $E_k = \dfrac{GMm}{2r}$, $E_p = -\dfrac{GMm}{r}$ and $E_{\text{total}} = -\dfrac{GMm}{2r}$.

A larger $r$ makes $E_k$ smaller (the satellite moves more slowly), and $E_{\text{total}}$ **less negative**, i.e. larger. Energy must be supplied (by the rocket engine) to raise the orbit. Answer **D**.`,
    },
    {
      key: "physics-d-1-ahl-03",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "D.1.AHL",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "Define the gravitational potential at a point in a gravitational field, and explain why its value is negative at every point near a planet.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Work done per unit mass in bringing a small (test) mass from infinity to the point",
          keywords: ["work done", "per unit mass", "from infinity"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: "Potential is defined to be zero at infinity", keywords: ["zero at infinity"] },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Gravity is attractive, so the field does work on the mass as it approaches / external work done is negative / energy must be supplied to move it back to infinity",
          keywords: ["attractive", "negative work", "energy supplied"],
        },
      ],
      workedSolution: String.raw`**Definition:** the gravitational potential $V_g$ at a point is the work done per unit mass in bringing a small test mass from infinity to that point ($V_g = -GM/r$ for a spherical mass).

**Why negative:** the zero of potential is chosen at infinity. Gravitational forces are always attractive, so as a mass is brought in from infinity the field pulls it in: the external agent does **negative** work (it has to hold the mass back). Equivalently, you must do positive work to take the mass back out to infinity, where the potential is zero. So every point at a finite distance has a potential below zero.`,
    },
    {
      key: "physics-d-1-ahl-04",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "D.1.AHL",
      difficulty: 5,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A satellite of mass $500\ \text{kg}$ is to be placed in a circular orbit at a height above the Earth's surface equal to one Earth radius. Mass of the Earth $= 5.97\times10^{24}\ \text{kg}$; radius of the Earth $= 6.37\times10^{6}\ \text{m}$.

Ignoring the rotation of the Earth and air resistance, determine the minimum energy needed to move the satellite from rest on the Earth's surface into this orbit. Give your answer to three significant figures.`,
      numericAnswer: { value: 2.34e10, unit: "J", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`Orbital radius $r = 2R$`, keywords: ["2R", "1.274e7"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Total energy in orbit $= -\dfrac{GMm}{2r} = -\dfrac{GMm}{4R}$`,
          keywords: ["-GMm/2r", "total energy", "4R"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Energy needed $= -\dfrac{GMm}{4R} - \left(-\dfrac{GMm}{R}\right) = \dfrac{3GMm}{4R}$`,
          keywords: ["3GMm/4R", "3/4"],
        },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$E = 2.34\times10^{10}\ \text{J}$`, keywords: ["2.34e10", "2.34"] },
      ],
      workedSolution: String.raw`The energy needed is the difference between the total energy in orbit and the total energy at rest on the surface.

- On the surface (at rest): $E_1 = -\dfrac{GMm}{R}$.
- In a circular orbit of radius $r = R + R = 2R$: $E_k = \dfrac{GMm}{2r}$ and $E_p = -\dfrac{GMm}{r}$, so $E_2 = -\dfrac{GMm}{2r} = -\dfrac{GMm}{4R}$.

$$\Delta E = E_2 - E_1 = \frac{GMm}{R}\left(1 - \frac{1}{4}\right) = \frac{3}{4}\cdot\frac{GMm}{R}$$
$$\frac{GMm}{R} = \frac{6.67\times10^{-11} \times 5.97\times10^{24} \times 500}{6.37\times10^6} = 3.13\times10^{10}\ \text{J}$$
$$\Delta E = 0.75 \times 3.13\times10^{10} = 2.34\times10^{10}\ \text{J}$$
A common error is to supply only the potential-energy difference ($1.56\times10^{10}\ \text{J}$) and forget the kinetic energy the satellite needs to stay in orbit.`,
    },

    // ───────────────────────────── D.2 Electric and magnetic fields ─────────────────────────────
    {
      key: "physics-d-2-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.2",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Two small charged spheres carrying $+3.0\ \mu\text{C}$ and $-5.0\ \mu\text{C}$ are held with their centres $0.20\ \text{m}$ apart in air.

Calculate the magnitude of the electric force between them, to three significant figures.`,
      numericAnswer: { value: 3.37, unit: "N", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$F = \dfrac{kq_1q_2}{r^2} = \dfrac{8.99\times10^9 \times 3.0\times10^{-6} \times 5.0\times10^{-6}}{0.20^2}$`,
          keywords: ["kq1q2/r^2", "8.99", "0.04"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$F = 3.37\ \text{N}$ (attractive)`, keywords: ["3.37"] },
      ],
      workedSolution: String.raw`Coulomb's law:
$$F = k\frac{q_1 q_2}{r^2} = 8.99\times10^9 \times \frac{(3.0\times10^{-6})(5.0\times10^{-6})}{0.20^2} = \frac{0.1349}{0.040} = 3.37\ \text{N}$$
The charges have opposite signs, so the force is attractive.`,
    },
    {
      key: "physics-d-2-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "D.2",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Define",
      stem: "Which is the definition of the electric field strength at a point?",
      options: [
        { id: "A", text: "The work done per unit charge in bringing a positive charge from infinity to the point" },
        { id: "B", text: "The force per unit charge on a small positive test charge placed at the point" },
        { id: "C", text: "The force on an electron placed at the point" },
        { id: "D", text: "The number of field lines passing through the point" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: force per unit positive test charge", keywords: ["B"] }],
      workedSolution: String.raw`Electric field strength is $E = F/q$: the force per unit charge experienced by a small positive test charge (small so that it does not disturb the field). Option A defines electric potential. Field-line density (D) only represents field strength on a diagram. Answer **B**.`,
    },
    {
      key: "physics-d-2-03",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.2",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Two parallel metal plates $5.0\ \text{mm}$ apart in a vacuum are connected to a $1500\ \text{V}$ supply. An electron is between the plates, away from their edges.

Calculate the magnitude of the electric force on the electron, to two significant figures.`,
      numericAnswer: { value: 4.8e-14, unit: "N", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$E = V/d = 1500/5.0\times10^{-3} = 3.0\times10^{5}\ \text{V m}^{-1}$`,
          keywords: ["3.0e5", "300000"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$F = eE = 1.60\times10^{-19} \times 3.0\times10^5 = 4.8\times10^{-14}\ \text{N}$`,
          keywords: ["4.8e-14", "4.8"],
        },
      ],
      workedSolution: String.raw`Between parallel plates the field is uniform:
$$E = \frac{V}{d} = \frac{1500}{5.0\times10^{-3}} = 3.0\times10^{5}\ \text{V m}^{-1}$$
$$F = qE = 1.60\times10^{-19} \times 3.0\times10^{5} = 4.8\times10^{-14}\ \text{N}$$
The force is towards the positive plate and is the same at every point between the plates.`,
    },
    {
      key: "physics-d-2-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "D.2",
      difficulty: 1,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A polythene rod becomes negatively charged when it is rubbed with a dry woollen cloth. Explain how this happens and state what charge the cloth acquires.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Electrons are transferred (by friction) from the wool to the polythene",
          keywords: ["electrons", "transferred", "wool to"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Charge is conserved: the cloth is left with an equal positive charge",
          keywords: ["conserved", "equal", "positive"],
        },
      ],
      workedSolution:
        "Rubbing brings the surfaces into close contact, and electrons move from the wool onto the polythene (no positive charges move; the positive nuclei stay where they are). The rod gains extra electrons and becomes negative. Charge is conserved, so the cloth, having lost exactly those electrons, carries an equal and opposite positive charge.",
    },
    {
      key: "physics-d-2-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "D.2.AHL",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`Point charges of $+4.0\ \text{nC}$ and $-2.0\ \text{nC}$ are fixed $0.30\ \text{m}$ apart.

Determine the electric potential at the midpoint of the line joining them. Give your answer to two significant figures.`,
      numericAnswer: { value: 120, unit: "V", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Potential due to each charge: $V = kq/r$ with $r = 0.15\ \text{m}$ ($+240\ \text{V}$ and $-120\ \text{V}$)`,
          keywords: ["kq/r", "0.15", "240"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: "Potentials are scalars and add algebraically (with sign)", keywords: ["scalar", "add"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$V = 1.2\times10^{2}\ \text{V}$`, keywords: ["120", "1.2"] },
      ],
      workedSolution: String.raw`Electric potential is a **scalar**, so add the contributions with their signs (no vector components needed). Each charge is $0.15\ \text{m}$ from the midpoint.
$$V_1 = \frac{8.99\times10^9 \times 4.0\times10^{-9}}{0.15} = +240\ \text{V}, \qquad V_2 = \frac{8.99\times10^9 \times (-2.0\times10^{-9})}{0.15} = -120\ \text{V}$$
$$V = 240 - 120 = 120\ \text{V}$$`,
    },
    {
      key: "physics-d-2-ahl-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "D.2.AHL",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: "A charge is moved a short distance along an equipotential surface in an electric field. Which statement is correct?",
      options: [
        { id: "A", text: "The work done depends on the size of the charge." },
        { id: "B", text: "The work done is positive if the charge is positive." },
        { id: "C", text: "The electric field is parallel to the equipotential surface." },
        { id: "D", text: "No work is done by the electric field on the charge." },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: no work done", keywords: ["D"] }],
      workedSolution: String.raw`Work done $W = q\Delta V$. Along an equipotential $\Delta V = 0$, so no work is done whatever the charge. This also means the field (and so the force) is **perpendicular** to equipotential surfaces, so C is wrong. Answer **D**.`,
    },

    // ───────────────────────────── D.3 Motion in electromagnetic fields ─────────────────────────────
    {
      key: "physics-d-3-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A proton (mass $1.673\times10^{-27}\ \text{kg}$) moves at $2.0\times10^{6}\ \text{m s}^{-1}$ at right angles to a uniform magnetic field of flux density $0.50\ \text{T}$.

Calculate the radius of the proton's circular path, to three significant figures.`,
      numericAnswer: { value: 0.0418, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Magnetic force provides the centripetal force: $qvB = \dfrac{mv^2}{r}$`,
          keywords: ["qvB", "mv^2/r", "centripetal"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$r = \dfrac{mv}{qB} = \dfrac{1.673\times10^{-27} \times 2.0\times10^6}{1.60\times10^{-19} \times 0.50}$`,
          keywords: ["mv/qB"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$r = 4.18\times10^{-2}\ \text{m}$`, keywords: ["0.0418", "4.18"] },
      ],
      workedSolution: String.raw`The magnetic force $F = qvB$ is always perpendicular to the velocity, so it acts as the centripetal force:
$$qvB = \frac{mv^2}{r} \;\Rightarrow\; r = \frac{mv}{qB} = \frac{1.673\times10^{-27} \times 2.0\times10^{6}}{1.60\times10^{-19} \times 0.50} = 4.18\times10^{-2}\ \text{m}$$
That is about $4.2\ \text{cm}$.`,
    },
    {
      key: "physics-d-3-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "An electron moves through a region containing only a uniform magnetic field. Its velocity is parallel to the magnetic field lines. What is the effect of the field on the electron?",
      options: [
        { id: "A", text: "It moves in a circle in a plane perpendicular to the field." },
        { id: "B", text: "It continues in a straight line at constant speed." },
        { id: "C", text: "It is accelerated along the field lines." },
        { id: "D", text: "It moves in a parabola, like a projectile." },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: no force, straight line", keywords: ["B"] }],
      workedSolution: String.raw`The magnetic force on a moving charge is $F = qvB\sin\theta$, where $\theta$ is the angle between $v$ and $B$. For motion parallel to the field, $\theta = 0$ and $F = 0$, so the electron carries on in a straight line at constant speed. Answer **B**.`,
    },
    {
      key: "physics-d-3-03",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A straight wire of length $0.25\ \text{m}$ carries a current of $3.0\ \text{A}$ in a uniform magnetic field of flux density $0.40\ \text{T}$. The wire makes an angle of $30^\circ$ with the field direction.

Calculate the magnitude of the magnetic force on the wire, to two significant figures.`,
      numericAnswer: { value: 0.15, unit: "N", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$F = BIL\sin\theta = 0.40 \times 3.0 \times 0.25 \times \sin 30^\circ$`,
          keywords: ["BIL", "sin 30"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$F = 0.15\ \text{N}$`, keywords: ["0.15"] },
      ],
      workedSolution: String.raw`$$F = BIL\sin\theta = 0.40 \times 3.0 \times 0.25 \times \sin 30^\circ = 0.30 \times 0.5 = 0.15\ \text{N}$$
Only the component of the field perpendicular to the wire exerts a force. The force is perpendicular to both the wire and the field (use the left-hand/right-hand rule for its direction).`,
    },
    {
      key: "physics-d-3-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "A charged particle enters a uniform magnetic field moving at right angles to the field lines. Explain why the particle moves in a circle at constant speed.",
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: "The magnetic force is always perpendicular to the velocity", keywords: ["perpendicular", "velocity"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "So the force does no work / the kinetic energy and hence the speed is constant",
          keywords: ["no work", "speed constant", "kinetic energy"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: "Constant speed gives a force qvB of constant magnitude", keywords: ["constant magnitude", "qvB"] },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "A force of constant magnitude always perpendicular to the velocity is a centripetal force, producing circular motion",
          keywords: ["centripetal", "circle", "circular"],
        },
      ],
      workedSolution: String.raw`- The magnetic force $F = qvB$ acts at right angles to the velocity at every instant.
- A force perpendicular to the motion does no work, so the kinetic energy (and the speed) cannot change.
- With $v$, $q$ and $B$ all constant, the force has constant magnitude.
- A constant-magnitude force that always points at right angles to the velocity continually changes the direction of motion but not the speed: it is a centripetal force, and the path is a circle of radius $r = mv/(qB)$.

Any three points.`,
    },
    {
      key: "physics-d-3-05",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Predict",
      stem: "Two long, straight, parallel wires carry currents in the same direction. The current in each wire is doubled and the separation of the wires is also doubled. What happens to the force per unit length between the wires?",
      options: [
        { id: "A", text: "It becomes four times larger and is attractive." },
        { id: "B", text: "It becomes twice as large and is repulsive." },
        { id: "C", text: "It becomes four times larger and is repulsive." },
        { id: "D", text: "It becomes twice as large and is attractive." },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: doubles, attractive", keywords: ["D"] }],
      workedSolution: String.raw`$$\frac{F}{L} = \frac{\mu_0 I_1 I_2}{2\pi r}$$
Doubling both currents multiplies the numerator by 4; doubling $r$ halves the result, so the force per unit length doubles. Currents in the **same** direction attract. Answer **D**.`,
    },
    {
      key: "physics-d-3-06",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "D.3",
      difficulty: 5,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`Electrons (mass $9.11\times10^{-31}\ \text{kg}$) are accelerated from rest through a potential difference of $2000\ \text{V}$ in a vacuum. They then enter a region of uniform magnetic field of flux density $5.0\ \text{mT}$, moving at right angles to the field.

Determine the radius of the circular path of the electrons in the field. Give your answer to three significant figures.`,
      numericAnswer: { value: 0.0302, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$eV = \tfrac{1}{2}mv^2$`, keywords: ["eV", "1/2 mv^2"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$v = \sqrt{\dfrac{2 \times 1.60\times10^{-19} \times 2000}{9.11\times10^{-31}}} = 2.65\times10^{7}\ \text{m s}^{-1}$`,
          keywords: ["2.65e7", "2.65"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$r = \dfrac{mv}{eB}$`, keywords: ["mv/eB", "mv/qB"] },
        { id: "p4", kind: "POINT", marks: 1, text: String.raw`$r = 3.02\times10^{-2}\ \text{m}$`, keywords: ["0.0302", "3.02"] },
      ],
      workedSolution: String.raw`**Step 1: speed from the accelerating voltage.** The work done by the field, $eV$, becomes kinetic energy:
$$eV = \tfrac{1}{2}mv^2 \;\Rightarrow\; v = \sqrt{\frac{2eV}{m}} = \sqrt{\frac{2 \times 1.60\times10^{-19} \times 2000}{9.11\times10^{-31}}} = 2.65\times10^{7}\ \text{m s}^{-1}$$
(About $0.09c$, so the non-relativistic formula is acceptable.)

**Step 2: radius in the magnetic field.** The magnetic force provides the centripetal force, $evB = mv^2/r$:
$$r = \frac{mv}{eB} = \frac{9.11\times10^{-31} \times 2.65\times10^{7}}{1.60\times10^{-19} \times 5.0\times10^{-3}} = 3.02\times10^{-2}\ \text{m}$$
Remember to convert $5.0\ \text{mT}$ to $5.0\times10^{-3}\ \text{T}$.`,
    },

    // ───────────────────────────── D.4 Induction (HL) ─────────────────────────────
    {
      key: "physics-d-4-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "D.4",
      difficulty: 3,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A flat coil of $200$ turns, each of area $4.0\times10^{-3}\ \text{m}^2$, is placed with its plane perpendicular to a uniform magnetic field of flux density $0.60\ \text{T}$. The field is reduced uniformly to zero in $0.050\ \text{s}$.

Calculate the magnitude of the average emf induced in the coil, to two significant figures.`,
      numericAnswer: { value: 9.6, unit: "V", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Change in flux linkage $N\Delta\Phi = 200 \times 0.60 \times 4.0\times10^{-3} = 0.48\ \text{Wb}$`,
          keywords: ["0.48", "flux linkage"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\varepsilon = \dfrac{N\Delta\Phi}{\Delta t} = \dfrac{0.48}{0.050} = 9.6\ \text{V}$`,
          keywords: ["9.6"],
        },
      ],
      workedSolution: String.raw`Faraday's law: $\varepsilon = -N\dfrac{\Delta\Phi}{\Delta t}$.

Initial flux through one turn: $\Phi = BA = 0.60 \times 4.0\times10^{-3} = 2.4\times10^{-3}\ \text{Wb}$; final flux zero.
$$|\varepsilon| = \frac{200 \times 2.4\times10^{-3}}{0.050} = \frac{0.48}{0.050} = 9.6\ \text{V}$$`,
    },
    {
      key: "physics-d-4-02",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "D.4",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A metal rod of length $0.30\ \text{m}$ slides at a constant $5.0\ \text{m s}^{-1}$ along two parallel conducting rails, at right angles to a uniform magnetic field of flux density $0.12\ \text{T}$ that is perpendicular to the plane of the rails. The rod and rails form a closed circuit of total resistance $0.60\ \Omega$.

Determine the current in the circuit, to two significant figures.`,
      numericAnswer: { value: 0.3, unit: "A", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\varepsilon = BvL$`, keywords: ["BvL", "Blv"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\varepsilon = 0.12 \times 5.0 \times 0.30 = 0.18\ \text{V}$`, keywords: ["0.18"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$I = 0.18/0.60 = 0.30\ \text{A}$`, keywords: ["0.30", "0.3"] },
      ],
      workedSolution: String.raw`The rod sweeps out area $Lv$ per second, so the rate of change of flux is $BLv$:
$$\varepsilon = BvL = 0.12 \times 5.0 \times 0.30 = 0.18\ \text{V}$$
$$I = \frac{\varepsilon}{R} = \frac{0.18}{0.60} = 0.30\ \text{A}$$
By Lenz's law, the force on this current ($BIL$) opposes the rod's motion, so a pulling force is needed to keep it moving at constant speed.`,
    },
    {
      key: "physics-d-4-03",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "D.4",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Explain",
      stem: "A strong bar magnet is dropped down a long vertical copper tube. It falls much more slowly than an unmagnetised iron bar of the same size and mass. Which is the best explanation?",
      options: [
        { id: "A", text: "The magnet is attracted to the copper, which is a magnetic material." },
        { id: "B", text: "Changing flux induces currents in the copper whose magnetic field opposes the magnet's motion." },
        { id: "C", text: "Air resistance on a magnet is larger than on an iron bar." },
        { id: "D", text: "The copper tube becomes permanently magnetised with the same polarity as the magnet." },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: induced (eddy) currents oppose the motion (Lenz's law)", keywords: ["B"] }],
      workedSolution:
        "As the magnet falls, the magnetic flux through each ring of the tube changes, so emfs are induced and currents (eddy currents) flow round the tube (Faraday's law). By Lenz's law these currents produce magnetic fields that oppose the change causing them: they repel the magnet from above and attract it from below, exerting an upward force that slows it. Copper is not ferromagnetic, so A and D are wrong. Answer **B**.",
    },
    {
      key: "physics-d-4-04",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "D.4",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: String.raw`A simple ac generator consists of a flat coil rotating at constant angular speed in a uniform magnetic field.

(a) Explain why an alternating emf is induced in the coil. [2]

(b) The rotation frequency is doubled. Explain the effect on the peak emf and on the frequency of the emf. [2]`,
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "(a) As the coil rotates the flux linkage changes (sinusoidally), so an emf is induced (Faraday's law)",
          keywords: ["flux linkage", "changes", "Faraday"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "(a) The rate of change of flux linkage reverses sign every half-turn, so the emf changes direction / emf is maximum when the plane of the coil is parallel to the field",
          keywords: ["reverses", "half", "alternating", "parallel"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: "(b) Flux changes twice as fast, so the peak emf doubles", keywords: ["peak", "doubles", "twice as fast"] },
        { id: "p4", kind: "POINT", marks: 1, text: "(b) The frequency of the emf doubles / period halves", keywords: ["frequency doubles", "period halves"] },
      ],
      workedSolution: String.raw`(a) The flux linkage through the coil is $N\Phi = NBA\cos\omega t$. As the coil turns this changes continuously, so by Faraday's law an emf $\varepsilon = NBA\omega\sin\omega t$ is induced. The flux linkage increases and then decreases each half-turn, so the emf reverses direction: it is alternating. It is largest when the plane of the coil is parallel to the field (flux changing fastest) and zero when the plane is perpendicular (flux momentarily not changing).

(b) Doubling the rotation frequency doubles $\omega$. The peak emf $NBA\omega$ doubles, because the flux changes twice as fast, and the emf completes twice as many cycles per second, so its frequency doubles (the period halves).`,
    },

    // ───────────────────────────── E.1 Structure of the atom ─────────────────────────────
    {
      key: "physics-e-1-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "E.1",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Deduce",
      stem: "In the Geiger–Marsden experiment, alpha particles were fired at a thin gold foil. Which observation led to the conclusion that the positive charge and most of the mass of an atom are concentrated in a very small nucleus?",
      options: [
        { id: "A", text: "Most alpha particles passed straight through the foil." },
        { id: "B", text: "The foil became positively charged." },
        { id: "C", text: "A few alpha particles were deflected through angles greater than 90°." },
        { id: "D", text: "Alpha particles were absorbed by a few millimetres of air." },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: a few large-angle deflections", keywords: ["C"] }],
      workedSolution:
        "Deflecting a fast, massive alpha particle back the way it came needs a very strong repulsion, which can only come from positive charge (and mass) packed into a tiny region. Because only about 1 in 8000 particles bounced back, that region must be very small compared with the atom. Observation A shows the atom is mostly empty space, but by itself it does not show that the positive charge is concentrated. Answer **C**.",
    },
    {
      key: "physics-e-1-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`An electron in a hydrogen atom makes a transition from the energy level at $-3.40\ \text{eV}$ to the ground state at $-13.6\ \text{eV}$.

Calculate the wavelength of the photon emitted, in nanometres to three significant figures.`,
      numericAnswer: { value: 122, unit: "nm", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\Delta E = 10.2\ \text{eV} = 1.63\times10^{-18}\ \text{J}$`, keywords: ["10.2", "1.63e-18"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\lambda = \dfrac{hc}{\Delta E} = \dfrac{6.63\times10^{-34} \times 3.00\times10^8}{1.63\times10^{-18}}$`,
          keywords: ["hc", "6.63"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\lambda = 1.22\times10^{-7}\ \text{m} = 122\ \text{nm}$`, keywords: ["122", "1.22e-7"] },
      ],
      workedSolution: String.raw`The photon carries away the energy difference between the levels:
$$\Delta E = -3.40 - (-13.6) = 10.2\ \text{eV} = 10.2 \times 1.60\times10^{-19} = 1.632\times10^{-18}\ \text{J}$$
$$\lambda = \frac{hc}{\Delta E} = \frac{6.63\times10^{-34} \times 3.00\times10^{8}}{1.632\times10^{-18}} = 1.22\times10^{-7}\ \text{m} = 122\ \text{nm}$$
This is ultraviolet (the Lyman-alpha line).`,
    },
    {
      key: "physics-e-1-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "E.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "The emission spectrum of a hot, low-pressure gas consists of a series of sharp lines of particular wavelengths. Explain how this provides evidence for discrete energy levels in atoms.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Each line corresponds to photons of one particular wavelength / frequency / energy",
          keywords: ["particular wavelength", "specific frequency", "photon energy"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`A photon is emitted when an electron moves from a higher to a lower energy level; photon energy $hf = \Delta E$`,
          keywords: ["higher to lower", "hf", "transition"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Only certain photon energies are observed, so only certain energy differences exist: the energy levels are discrete",
          keywords: ["only certain", "discrete", "energy differences"],
        },
        { id: "p4", kind: "POINT", marks: 1, text: "A continuous range of levels would give a continuous spectrum", keywords: ["continuous"] },
      ],
      workedSolution: String.raw`Each line in the spectrum is light of a single wavelength, i.e. photons of a single energy $E = hf = hc/\lambda$. A photon is emitted when an electron in an atom drops from a higher energy level to a lower one, and its energy equals the difference between the levels. Since only certain photon energies are seen, only certain energy **differences** are possible, which means the electron can only occupy certain energies: the levels are discrete. If any energy were allowed, the gas would emit a continuous spectrum. Any three points.`,
    },
    {
      key: "physics-e-1-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "E.1.AHL",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`An alpha particle with kinetic energy $5.0\ \text{MeV}$ travels directly towards a gold nucleus (proton number $79$), which may be assumed to stay at rest.

Determine the distance of closest approach between the alpha particle and the centre of the gold nucleus. Give your answer to two significant figures.`,
      numericAnswer: { value: 4.5e-14, unit: "m", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.02 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`At closest approach all the kinetic energy has become electric potential energy: $E_k = \dfrac{k(2e)(79e)}{d}$`,
          keywords: ["potential energy", "2e", "79e"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$E_k = 5.0\times10^6 \times 1.60\times10^{-19} = 8.0\times10^{-13}\ \text{J}$`,
          keywords: ["8.0e-13"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$d = 4.5\times10^{-14}\ \text{m}$`, keywords: ["4.5e-14", "4.5"] },
      ],
      workedSolution: String.raw`In a head-on approach the alpha particle stops momentarily at the point of closest approach, where all its kinetic energy has been converted into electric potential energy:
$$E_k = \frac{k q_1 q_2}{d} \;\Rightarrow\; d = \frac{k (2e)(79e)}{E_k}$$
$$E_k = 5.0\ \text{MeV} = 5.0\times10^{6} \times 1.60\times10^{-19} = 8.0\times10^{-13}\ \text{J}$$
$$d = \frac{8.99\times10^9 \times 2 \times 79 \times (1.60\times10^{-19})^2}{8.0\times10^{-13}} = 4.5\times10^{-14}\ \text{m}$$
This is an upper limit for the radius of the gold nucleus (its actual radius is about $7\times10^{-15}\ \text{m}$).`,
    },
    {
      key: "physics-e-1-ahl-02",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "E.1.AHL",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`In the Bohr model of hydrogen, the energy levels are $E_n = -\dfrac{13.6}{n^2}\ \text{eV}$. What is the minimum energy needed to ionize a hydrogen atom whose electron is in the $n = 2$ level?`,
      options: [
        { id: "A", text: String.raw`$3.40\ \text{eV}$` },
        { id: "B", text: String.raw`$10.2\ \text{eV}$` },
        { id: "C", text: String.raw`$13.6\ \text{eV}$` },
        { id: "D", text: String.raw`$6.80\ \text{eV}$` },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: 3.40 eV", keywords: ["A"] }],
      workedSolution: String.raw`Ionization means raising the electron from its level to $E = 0$ (free electron at rest, $n \to \infty$). From $n = 2$, $E_2 = -13.6/4 = -3.40\ \text{eV}$, so $3.40\ \text{eV}$ is needed. $10.2\ \text{eV}$ is the energy to go from $n = 1$ to $n = 2$; $13.6\ \text{eV}$ is ionization from the ground state. Answer **A**.`,
    },

    // ───────────────────────────── E.2 Quantum physics (HL) ─────────────────────────────
    {
      key: "physics-e-2-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "E.2",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Light of wavelength $400\ \text{nm}$ falls on a metal surface whose work function is $2.30\ \text{eV}$.

Calculate the stopping potential for the emitted photoelectrons, to two significant figures.`,
      numericAnswer: { value: 0.81, unit: "V", sigFigs: 2, sigFigsExact: true, tolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Photon energy $E = \dfrac{hc}{\lambda} = 4.97\times10^{-19}\ \text{J} = 3.11\ \text{eV}$`,
          keywords: ["4.97e-19", "3.11"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$E_{k,\max} = hf - \Phi = 3.11 - 2.30 = 0.81\ \text{eV}$`, keywords: ["0.81", "hf - phi"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$eV_s = E_{k,\max}$ so $V_s = 0.81\ \text{V}$`, keywords: ["0.81 V", "stopping"] },
      ],
      workedSolution: String.raw`1. Photon energy: $E = \dfrac{hc}{\lambda} = \dfrac{6.63\times10^{-34} \times 3.00\times10^8}{400\times10^{-9}} = 4.97\times10^{-19}\ \text{J} = \dfrac{4.97\times10^{-19}}{1.60\times10^{-19}} = 3.11\ \text{eV}$.
2. Einstein's photoelectric equation: $E_{k,\max} = hf - \Phi = 3.11 - 2.30 = 0.81\ \text{eV}$.
3. The stopping potential $V_s$ just stops the fastest electrons: $eV_s = E_{k,\max}$. An energy of $0.81\ \text{eV}$ corresponds to a stopping potential of $0.81\ \text{V}$.`,
    },
    {
      key: "physics-e-2-02",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "E.2",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`An electron (mass $9.11\times10^{-31}\ \text{kg}$) is accelerated from rest through a potential difference of $150\ \text{V}$.

Determine the de Broglie wavelength of the electron, to two significant figures.`,
      numericAnswer: { value: 1.0e-10, unit: "m", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.03 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$E_k = eV = 150 \times 1.60\times10^{-19} = 2.40\times10^{-17}\ \text{J}$`,
          keywords: ["2.4e-17", "eV"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$p = \sqrt{2mE_k} = 6.61\times10^{-24}\ \text{kg m s}^{-1}$`,
          keywords: ["6.6e-24", "sqrt(2mE)"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\lambda = h/p = 1.0\times10^{-10}\ \text{m}$`, keywords: ["1.0e-10", "h/p"] },
      ],
      workedSolution: String.raw`Kinetic energy gained: $E_k = eV = 1.60\times10^{-19} \times 150 = 2.40\times10^{-17}\ \text{J}$.

Momentum (non-relativistic): $E_k = \dfrac{p^2}{2m}$, so
$$p = \sqrt{2mE_k} = \sqrt{2 \times 9.11\times10^{-31} \times 2.40\times10^{-17}} = 6.61\times10^{-24}\ \text{kg m s}^{-1}$$
$$\lambda = \frac{h}{p} = \frac{6.63\times10^{-34}}{6.61\times10^{-24}} = 1.0\times10^{-10}\ \text{m}$$
This is about the spacing of atoms in a crystal, which is why such electrons are diffracted by crystals.`,
    },
    {
      key: "physics-e-2-03",
      type: "MCQ",
      levels: ["HL"],
      topicCode: "E.2",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Predict",
      stem: "Monochromatic light causes photoelectrons to be emitted from a metal surface. The intensity of the light is doubled while its frequency is kept constant. Which row describes the effect?",
      options: [
        { id: "A", text: "maximum kinetic energy of photoelectrons: doubles; rate of emission: unchanged" },
        { id: "B", text: "maximum kinetic energy of photoelectrons: doubles; rate of emission: doubles" },
        { id: "C", text: "maximum kinetic energy of photoelectrons: unchanged; rate of emission: doubles" },
        { id: "D", text: "maximum kinetic energy of photoelectrons: unchanged; rate of emission: unchanged" },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: Ek max unchanged, rate doubles", keywords: ["C"] }],
      workedSolution: String.raw`Doubling the intensity at constant frequency doubles the number of photons arriving per second, but each photon still has the same energy $hf$. Each photoelectron absorbs one photon, so $E_{k,\max} = hf - \Phi$ is unchanged, while twice as many electrons are emitted per second. Answer **C**.`,
    },
    {
      key: "physics-e-2-04",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "E.2",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "Explain why the existence of a threshold frequency and the absence of a time delay in the photoelectric effect cannot be explained by the wave model of light, but can be explained by the photon model.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Wave model: energy delivered depends on intensity/amplitude, so any frequency should eventually release electrons if bright enough / no threshold expected",
          keywords: ["intensity", "any frequency", "no threshold"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Wave model: energy is spread over the surface, so at low intensity an electron would need time to accumulate enough energy (time delay expected)",
          keywords: ["spread", "accumulate", "time delay"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Photon model: light arrives as photons of energy $hf$; one electron absorbs one photon`,
          keywords: ["photon", "hf", "one electron"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: String.raw`Emission only if $hf \geq \Phi$ (work function), giving a threshold frequency $f_0 = \Phi/h$`,
          keywords: ["work function", "threshold", "hf >"],
        },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "The photon's energy is transferred to a single electron in one interaction, so emission is immediate",
          keywords: ["immediate", "instant", "single interaction"],
        },
      ],
      workedSolution: String.raw`**Wave model predictions (which fail):**
- The energy carried by a wave depends on its intensity (amplitude), not its frequency. Low-frequency light, if intense enough or shone for long enough, should therefore eject electrons; so no threshold frequency would be expected.
- The wave's energy is spread evenly over the surface, so at low intensity each electron would need a measurable time to absorb enough energy to escape; but emission is observed to be immediate.

**Photon model (which works):**
- Light consists of photons, each of energy $E = hf$, and each photon gives all its energy to one electron.
- An electron escapes only if $hf \geq \Phi$, so there is a threshold frequency $f_0 = \Phi/h$ whatever the intensity.
- The energy arrives in one go, so emission starts immediately even at very low intensity.

Any four points (at most 2 from each model).`,
    },
    {
      key: "physics-e-2-05",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "E.2",
      difficulty: 4,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`X-ray photons are scattered by free electrons (mass $9.11\times10^{-31}\ \text{kg}$). Calculate the increase in wavelength of photons that are scattered through $90^\circ$. Give your answer to three significant figures.`,
      numericAnswer: { value: 2.43e-12, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\Delta\lambda = \dfrac{h}{m_e c}(1 - \cos\theta)$ with $\cos 90^\circ = 0$`,
          keywords: ["h/mc", "1 - cos", "Compton"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$\Delta\lambda = \dfrac{6.63\times10^{-34}}{9.11\times10^{-31} \times 3.00\times10^8} = 2.43\times10^{-12}\ \text{m}$`,
          keywords: ["2.43e-12", "2.43"],
        },
      ],
      workedSolution: String.raw`Compton scattering:
$$\Delta\lambda = \frac{h}{m_e c}(1 - \cos\theta)$$
At $\theta = 90^\circ$, $\cos\theta = 0$, so the shift equals the Compton wavelength:
$$\Delta\lambda = \frac{6.63\times10^{-34}}{9.11\times10^{-31} \times 3.00\times10^{8}} = 2.43\times10^{-12}\ \text{m}$$
The shift does not depend on the original wavelength, which is why it is only noticeable for short-wavelength X-rays and gamma rays.`,
    },

    // ───────────────────────────── E.3 Radioactive decay ─────────────────────────────
    {
      key: "physics-e-3-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`The corrected activity of a radioactive sample (background count already subtracted) is measured at intervals.

| time / h | activity / Bq |
|---|---|
| 0 | 640 |
| 6 | 403 |
| 12 | 254 |
| 24 | 101 |
| 36 | 40 |

Determine the half-life of the sample, to two significant figures.`,
      numericAnswer: { value: 9.0, unit: "h", sigFigs: 2, sigFigsExact: true, tolerance: 0.3 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Activity falls from 640 Bq to 40 Bq (a factor of 16 = 2⁴) in 36 h, i.e. four half-lives / valid reading of the time to halve from a graph",
          keywords: ["16", "four half-lives", "2^4"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: "Half-life = 36/4 = 9.0 h", keywords: ["9.0", "9"] },
      ],
      workedSolution: String.raw`The activity falls from $640$ to $40\ \text{Bq}$ in $36\ \text{h}$. The ratio is $640/40 = 16 = 2^4$, so four half-lives have passed:
$$T_{1/2} = \frac{36}{4} = 9.0\ \text{h}$$
Check with another pair: from $0$ to $24\ \text{h}$ the activity falls by $640/101 \approx 6.3 \approx 2^{24/9} = 6.35$. ✓ (Plotting $\ln A$ against $t$ would give a straight line of gradient $-\ln 2/T_{1/2}$.)`,
    },
    {
      key: "physics-e-3-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: String.raw`A nucleus undergoes $\beta^-$ decay. Which row gives the change in its nucleon number $A$ and in its proton number $Z$?`,
      options: [
        { id: "A", text: String.raw`$A$: unchanged; $Z$: increases by 1` },
        { id: "B", text: String.raw`$A$: unchanged; $Z$: decreases by 1` },
        { id: "C", text: String.raw`$A$: decreases by 4; $Z$: decreases by 2` },
        { id: "D", text: String.raw`$A$: increases by 1; $Z$: unchanged` },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: A unchanged, Z + 1", keywords: ["A"] }],
      workedSolution: String.raw`In $\beta^-$ decay a neutron in the nucleus changes into a proton, emitting an electron and an electron antineutrino: $n \to p + e^- + \bar{\nu}_e$. The total number of nucleons is unchanged and the number of protons goes up by one. B is $\beta^+$ decay; C is alpha decay. Answer **A**.`,
    },
    {
      key: "physics-e-3-03",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`Data: mass of proton $= 1.007276\ \text{u}$; mass of neutron $= 1.008665\ \text{u}$; mass of a helium-4 nucleus $= 4.001506\ \text{u}$; $1\ \text{u} = 931.5\ \text{MeV}\,c^{-2}$.

Calculate the binding energy per nucleon of helium-4, in MeV to three significant figures.`,
      numericAnswer: { value: 7.07, unit: "MeV", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Mass defect $= 2(1.007276) + 2(1.008665) - 4.001506 = 0.030376\ \text{u}$`,
          keywords: ["0.030376", "0.0304"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Binding energy $= 0.030376 \times 931.5 = 28.3\ \text{MeV}$`, keywords: ["28.3"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`Per nucleon $= 28.3/4 = 7.07\ \text{MeV}$`, keywords: ["7.07"] },
      ],
      workedSolution: String.raw`1. Mass of the separate nucleons: $2 \times 1.007276 + 2 \times 1.008665 = 4.031882\ \text{u}$.
2. Mass defect: $\Delta m = 4.031882 - 4.001506 = 0.030376\ \text{u}$.
3. Binding energy: $0.030376 \times 931.5 = 28.30\ \text{MeV}$.
4. Per nucleon: $28.30/4 = 7.07\ \text{MeV}$.

Helium-4 is unusually tightly bound for such a light nucleus, which is why alpha particles are emitted as a unit.`,
    },
    {
      key: "physics-e-3-04",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "E.3",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Outline",
      stem: "Radioactive decay is described as random and spontaneous. Outline what is meant by each of these terms.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Random: it is not possible to predict when a particular nucleus will decay / which nucleus will decay next (only a probability per unit time)",
          keywords: ["cannot predict", "which nucleus", "probability"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Spontaneous: the decay is not affected by external conditions such as temperature, pressure or chemical state",
          keywords: ["not affected", "external", "temperature"],
        },
      ],
      workedSolution:
        "**Random:** each nucleus has a fixed probability of decaying per unit time, but it is impossible to predict exactly when a given nucleus will decay or which one will decay next. Only the behaviour of large numbers (for example, the half-life) can be predicted.\n\n**Spontaneous:** the decay happens without any external trigger and its rate cannot be changed by physical or chemical conditions such as temperature, pressure or chemical bonding.",
    },
    {
      key: "physics-e-3-ahl-01",
      type: "NUMERIC",
      levels: ["HL"],
      topicCode: "E.3.AHL",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`Iodine-131 has a half-life of $8.02$ days. A sample has an initial activity of $5.0\times10^{6}\ \text{Bq}$.

Determine the activity of the sample after $20.0$ days, to three significant figures.`,
      numericAnswer: { value: 888000, unit: "Bq", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\lambda = \dfrac{\ln 2}{8.02} = 0.0864\ \text{day}^{-1}$`, keywords: ["0.0864", "ln 2"] },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`$A = A_0 e^{-\lambda t} = 5.0\times10^6 \times e^{-0.0864 \times 20.0}$`,
          keywords: ["e^-", "exp", "1.73"],
        },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$A = 8.88\times10^{5}\ \text{Bq}$`, keywords: ["8.88e5", "888000", "8.9"] },
      ],
      workedSolution: String.raw`Decay constant (units of per day are fine as long as $t$ is also in days):
$$\lambda = \frac{\ln 2}{T_{1/2}} = \frac{0.693}{8.02} = 0.0864\ \text{day}^{-1}$$
$$A = A_0 e^{-\lambda t} = 5.0\times10^{6} \times e^{-0.0864 \times 20.0} = 5.0\times10^6 \times e^{-1.729} = 5.0\times10^6 \times 0.178 = 8.88\times10^{5}\ \text{Bq}$$
Check: $20.0$ days is about $2.5$ half-lives, and $5.0\times10^6/2^{2.49} \approx 8.9\times10^5$.`,
    },
    {
      key: "physics-e-3-ahl-02",
      type: "WRITTEN",
      levels: ["HL"],
      topicCode: "E.3.AHL",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "The kinetic energies of beta particles emitted by a given isotope form a continuous spectrum up to a maximum value, whereas alpha particles from a given decay all have the same energy. Explain how the beta spectrum provides evidence for the existence of the neutrino.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Each decay releases the same total energy (fixed by the mass difference)",
          keywords: ["same energy", "fixed", "mass difference"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "If only two products (electron and nucleus) were produced, momentum and energy conservation would give the electron a single fixed energy (as for alpha decay)",
          keywords: ["two products", "single energy", "conservation"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "A range of electron energies means a third (undetected) particle must share the energy: the (anti)neutrino",
          keywords: ["third particle", "share", "neutrino"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "The maximum beta energy corresponds to the neutrino receiving (almost) no energy",
          keywords: ["maximum", "no energy"],
        },
      ],
      workedSolution:
        "Every decay of a given isotope releases the same total energy, fixed by the mass difference between parent and products. In alpha decay there are two products, and conservation of energy and momentum fixes how the energy is shared, so every alpha particle has the same energy. In beta decay the electrons have a range of energies up to a maximum. If the electron and daughter nucleus were the only products, energy would appear to go missing in most decays. The explanation is a third, very weakly interacting particle, the (anti)neutrino, which carries the rest of the energy (and momentum). The maximum beta energy corresponds to decays where the neutrino gets almost none. Any three points.",
    },

    // ───────────────────────────── E.4 Fission ─────────────────────────────
    {
      key: "physics-e-4-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.4",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`One possible fission reaction of uranium-235 is

$$^{1}_{0}\text{n} + {}^{235}_{92}\text{U} \rightarrow {}^{141}_{56}\text{Ba} + {}^{92}_{36}\text{Kr} + 3\,{}^{1}_{0}\text{n}$$

Atomic masses: U-235 $= 235.043930\ \text{u}$; Ba-141 $= 140.914411\ \text{u}$; Kr-92 $= 91.926156\ \text{u}$; neutron $= 1.008665\ \text{u}$. $1\ \text{u} = 931.5\ \text{MeV}\,c^{-2}$.

Calculate the energy released in this reaction, in MeV to three significant figures.`,
      numericAnswer: { value: 173, unit: "MeV", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Mass before $= 236.052595\ \text{u}$; mass after $= 235.866562\ \text{u}$`,
          keywords: ["236.0526", "235.8666"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Mass difference $= 0.186033\ \text{u}$`, keywords: ["0.186"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`Energy $= 0.186033 \times 931.5 = 173\ \text{MeV}$`, keywords: ["173"] },
      ],
      workedSolution: String.raw`Mass before: $235.043930 + 1.008665 = 236.052595\ \text{u}$.

Mass after: $140.914411 + 91.926156 + 3 \times 1.008665 = 235.866562\ \text{u}$.

Mass defect: $\Delta m = 236.052595 - 235.866562 = 0.186033\ \text{u}$.

Energy released: $E = 0.186033 \times 931.5 = 173\ \text{MeV}$.

(Atomic masses can be used because the electron numbers balance: $92 = 56 + 36$.)`,
    },
    {
      key: "physics-e-4-02",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "E.4",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      calculator: true,
      commandTerm: "Describe",
      stem: "Describe the roles of the moderator and of the control rods in a thermal fission reactor.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Moderator slows down (fast) neutrons released in fission to thermal speeds",
          keywords: ["slows", "neutrons", "thermal"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Slow/thermal neutrons are much more likely to cause fission of U-235 (sustaining the chain reaction)",
          keywords: ["more likely", "fission", "U-235", "chain"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Moderator slows neutrons by (elastic) collisions with light nuclei, e.g. water/graphite",
          keywords: ["collisions", "graphite", "water"],
        },
        { id: "p4", kind: "POINT", marks: 1, text: "Control rods absorb neutrons (e.g. boron/cadmium)", keywords: ["absorb", "boron", "cadmium"] },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "Raising/lowering the control rods adjusts the number of neutrons available, keeping on average one further fission per fission (critical, steady rate)",
          keywords: ["insert", "lower", "one fission", "rate"],
        },
      ],
      workedSolution:
        "**Moderator** (e.g. water or graphite): the neutrons released in fission are fast, but U-235 is far more likely to absorb slow (thermal) neutrons and undergo fission. The neutrons lose kinetic energy through repeated elastic collisions with the light nuclei of the moderator until they reach thermal speeds, so the chain reaction can be sustained.\n\n**Control rods** (e.g. boron or cadmium): these absorb neutrons. Moving them further into or out of the core changes how many neutrons are available, so that on average exactly one neutron from each fission goes on to cause another fission. The reaction rate, and so the power output, stays steady, and the reactor can be shut down by fully inserting the rods. Any four points.",
    },
    {
      key: "physics-e-4-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "E.4",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "Why can the fission of uranium-235 lead to a chain reaction?",
      options: [
        { id: "A", text: "The fission fragments are themselves fissile." },
        { id: "B", text: "Fission releases gamma radiation that splits other nuclei." },
        { id: "C", text: "Each fission releases more than one neutron, which can cause further fissions." },
        { id: "D", text: "The fragments have a lower binding energy per nucleon than uranium." },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: neutrons released cause further fission", keywords: ["C"] }],
      workedSolution:
        "A fission of U-235 is triggered by absorbing one neutron and releases two or three more. If at least one of them on average goes on to cause another fission, the process is self-sustaining: a chain reaction. D is wrong in fact: the fragments have a **higher** binding energy per nucleon, which is why energy is released. Answer **C**.",
    },

    // ───────────────────────────── E.5 Fusion and stars ─────────────────────────────
    {
      key: "physics-e-5-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A main-sequence star has a luminosity of $9.7\times10^{27}\ \text{W}$ and a surface temperature of $9900\ \text{K}$ ($\sigma = 5.67\times10^{-8}\ \text{W m}^{-2}\,\text{K}^{-4}$).

Determine the radius of the star, to three significant figures.`,
      numericAnswer: { value: 1.19e9, unit: "m", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`$L = \sigma(4\pi R^2)T^4$`, keywords: ["sigma", "4piR^2", "T^4"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$R = \sqrt{\dfrac{L}{4\pi\sigma T^4}}$ with correct substitution`, keywords: ["sqrt", "9900"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$R = 1.19\times10^{9}\ \text{m}$`, keywords: ["1.19e9", "1.19"] },
      ],
      workedSolution: String.raw`Treat the star as a black body whose surface area is $4\pi R^2$ (Stefan–Boltzmann law):
$$L = \sigma\,4\pi R^2\,T^4 \;\Rightarrow\; R = \sqrt{\frac{L}{4\pi\sigma T^4}}$$
$$T^4 = 9900^4 = 9.61\times10^{15}\ \text{K}^4$$
$$R = \sqrt{\frac{9.7\times10^{27}}{4\pi \times 5.67\times10^{-8} \times 9.61\times10^{15}}} = \sqrt{1.42\times10^{18}} = 1.19\times10^{9}\ \text{m}$$
About 1.7 times the radius of the Sun.`,
    },
    {
      key: "physics-e-5-02",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A star on the main sequence keeps a stable size for a long time. Which forces are in equilibrium?",
      options: [
        { id: "A", text: "Inward gravitational force and outward pressure due to the hot gas and radiation from fusion" },
        { id: "B", text: "Inward electrostatic force and outward gravitational force" },
        { id: "C", text: "Inward magnetic force and outward pressure of neutrinos" },
        { id: "D", text: "Inward strong nuclear force and outward electrostatic repulsion between nuclei" },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "A: gravity balanced by gas + radiation pressure (hydrostatic equilibrium)", keywords: ["A"] }],
      workedSolution:
        "A main-sequence star is in **hydrostatic equilibrium**: gravity pulls all the material inwards, and this is balanced by the outward pressure of the hot gas together with radiation pressure, both maintained by energy released from hydrogen fusion in the core. When the core hydrogen runs out, the balance changes and the star leaves the main sequence. Answer **A**.",
    },
    {
      key: "physics-e-5-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      calculator: true,
      commandTerm: "Explain",
      stem: "Explain why nuclear fusion in a star requires both a very high temperature and a very high density in its core.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Nuclei are positively charged and repel each other (electrostatic / Coulomb barrier)",
          keywords: ["positive", "repel", "Coulomb", "electrostatic"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "High temperature means high kinetic energy, so nuclei can get close enough for the strong nuclear force to act",
          keywords: ["kinetic energy", "close enough", "strong"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "High density means a high collision rate, so enough fusion reactions occur per second to sustain the energy output",
          keywords: ["density", "collisions", "rate"],
        },
      ],
      workedSolution:
        "Fusing nuclei are all positively charged, so they repel electrostatically. To fuse, they must get within about 10⁻¹⁵ m of each other, where the attractive strong nuclear force takes over. Only nuclei with very large kinetic energies (temperatures of about 10⁷ K) can overcome this barrier (helped by quantum tunnelling). A high density is also needed so that collisions are frequent enough to give a high rate of fusion reactions, releasing energy fast enough to balance the star's luminosity and support it against gravity.",
    },
    {
      key: "physics-e-5-04",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "E.5",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`The luminosity of the Sun is $3.83\times10^{26}\ \text{W}$ and its distance from the Earth is $1.50\times10^{11}\ \text{m}$.

Calculate the apparent brightness of the Sun as measured above the Earth's atmosphere, to three significant figures.`,
      numericAnswer: { value: 1350, unit: "W m⁻²", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$b = \dfrac{L}{4\pi d^2} = \dfrac{3.83\times10^{26}}{4\pi(1.50\times10^{11})^2}$`,
          keywords: ["L/4pid^2", "4pi"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$b = 1.35\times10^{3}\ \text{W m}^{-2}$`, keywords: ["1350", "1.35"] },
      ],
      workedSolution: String.raw`The Sun's power spreads out over a sphere of radius $d$:
$$b = \frac{L}{4\pi d^2} = \frac{3.83\times10^{26}}{4\pi \times (1.50\times10^{11})^2} = \frac{3.83\times10^{26}}{2.83\times10^{23}} = 1.35\times10^{3}\ \text{W m}^{-2}$$
This is the solar constant used in climate models.`,
    },

    // ───────────────────────────── Skills: tools and inquiry ─────────────────────────────
    {
      key: "physics-s-t3-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "S.T3",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A student finds the average speed of a trolley from these measurements.

| quantity | value |
|---|---|
| distance travelled / m | $2.50 \pm 0.02$ |
| time taken / s | $1.60 \pm 0.05$ |

Calculate the percentage uncertainty in the average speed, to two significant figures.`,
      numericAnswer: { value: 3.9, unit: "%", sigFigs: 2, sigFigsExact: true, tolerance: 0.1 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`Percentage uncertainties: distance $0.8\%$, time $3.1\%$`, keywords: ["0.8", "3.1"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Add for a quotient: $0.8 + 3.1 = 3.9\%$`, keywords: ["3.9", "add"] },
      ],
      workedSolution: String.raw`For a quotient ($v = d/t$) the **percentage** uncertainties add.
$$\frac{\Delta d}{d} = \frac{0.02}{2.50} = 0.8\%, \qquad \frac{\Delta t}{t} = \frac{0.05}{1.60} = 3.1\%$$
$$\frac{\Delta v}{v} = 0.8\% + 3.1\% = 3.9\%$$
So $v = 1.56 \pm 0.06\ \text{m s}^{-1}$. The timing dominates the uncertainty, so that is the measurement to improve.`,
    },
    {
      key: "physics-s-t3-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "S.T3",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A student measures the period $T$ of a simple pendulum for several lengths $L$ and plots a graph of $T^2$ (vertical axis) against $L$ (horizontal axis). The line of best fit passes through the origin and has a gradient of $4.05\ \text{s}^2\,\text{m}^{-1}$.

Using $T = 2\pi\sqrt{L/g}$, determine the value of the gravitational field strength $g$ given by this experiment, to three significant figures.`,
      numericAnswer: { value: 9.75, unit: "m s⁻²", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`$T^2 = \dfrac{4\pi^2}{g}L$, so the gradient is $\dfrac{4\pi^2}{g}$`,
          keywords: ["4pi^2/g", "gradient"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$g = \dfrac{4\pi^2}{4.05}$`, keywords: ["39.5", "4.05"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`$g = 9.75\ \text{m s}^{-2}$`, keywords: ["9.75"] },
      ],
      workedSolution: String.raw`Square the equation to get a straight-line form:
$$T^2 = \frac{4\pi^2}{g}\,L \qquad (y = mx)$$
So the gradient of $T^2$ against $L$ is $m = \dfrac{4\pi^2}{g}$, which gives
$$g = \frac{4\pi^2}{m} = \frac{39.48}{4.05} = 9.75\ \text{m s}^{-2}$$
Plotting $T^2$ against $L$ (rather than $T$ against $L$) makes the relationship linear, so a gradient can be measured and the line checked to go through the origin.`,
    },
    {
      key: "physics-s-i3-01",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "S.I3",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Suggest",
      stem: "A student investigates how the period of a simple pendulum depends on its length. For each length, the student timed a single oscillation once, using a hand-held stopwatch. Suggest three improvements to the method that would reduce the uncertainty in the measured period, explaining briefly how each helps.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Time many oscillations (e.g. 20) and divide by the number: reaction-time uncertainty is spread over many periods / smaller percentage uncertainty",
          keywords: ["many oscillations", "20", "divide", "reaction time"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Repeat the timing for each length and average: reduces random error",
          keywords: ["repeat", "average", "random"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "Start/stop timing at the equilibrium position using a fiducial marker, where the bob moves fastest: the instant is easier to judge",
          keywords: ["fiducial", "equilibrium", "marker", "fastest"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Use a light gate / motion sensor and data logger instead of a hand-held stopwatch: removes human reaction time",
          keywords: ["light gate", "data logger", "sensor"],
        },
      ],
      workedSolution:
        "- **Time 20 oscillations** and divide by 20: the reaction-time uncertainty (about 0.1–0.2 s) is then shared over 20 periods, reducing the percentage uncertainty in T by a factor of 20.\n- **Repeat** each measurement several times and take the mean: random errors partly cancel, and the spread gives an estimate of the uncertainty.\n- Use a **fiducial marker** at the equilibrium position and start/stop timing as the bob passes it: the bob is moving fastest there, so the instant is judged most precisely.\n- Use a **light gate and data logger**: this removes human reaction time altogether.\n\nAny three, each with a valid reason.",
    },
    {
      key: "physics-s-t3-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.T3",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`The mass of an object is measured with a percentage uncertainty of $2\%$ and its speed with a percentage uncertainty of $3\%$. What is the percentage uncertainty in its kinetic energy $E_k = \tfrac{1}{2}mv^2$?`,
      options: [
        { id: "A", text: String.raw`$5\%$` },
        { id: "B", text: String.raw`$6\%$` },
        { id: "C", text: String.raw`$11\%$` },
        { id: "D", text: String.raw`$8\%$` },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: 8%", keywords: ["D"] }],
      workedSolution: String.raw`For products and powers, percentage uncertainties add, with each multiplied by its power: $2\% + 2 \times 3\% = 8\%$. The constant $\tfrac{1}{2}$ has no uncertainty. Option A forgets that $v$ is squared. Answer **D**.`,
    },

    // ───────────────────────────── Tool 1: Experimental techniques ─────────────────────────────
    {
      key: "physics-s-t1-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.T1",
      difficulty: 1,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A student needs to measure the diameter of a copper wire, which is about 0.5 mm, as precisely as possible. Which instrument is most appropriate?",
      options: [
        { id: "A", text: "A metre rule (resolution 1 mm)" },
        { id: "B", text: "A micrometer screw gauge (resolution 0.01 mm)" },
        { id: "C", text: "Vernier calipers (resolution 0.1 mm)" },
        { id: "D", text: "A tape measure (resolution 1 mm)" },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: micrometer screw gauge", keywords: ["B"] }],
      workedSolution: String.raw`Choose the instrument whose resolution is small compared with the quantity measured. With a metre rule or tape measure the uncertainty (about $\pm 1\ \text{mm}$) is larger than the diameter itself; vernier calipers give $0.5 \pm 0.1\ \text{mm}$ ($20\%$); a micrometer gives, for example, $0.52 \pm 0.01\ \text{mm}$ (about $2\%$). Answer **B**.`,
    },
    {
      key: "physics-s-t1-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "S.T1",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A sheet of paper is too thin to measure with a ruler, so a student measures the thickness of a stack of $250$ identical sheets. The stack is $25 \pm 1\ \text{mm}$ thick.

Calculate the absolute uncertainty in the thickness of **one** sheet, in mm.`,
      numericAnswer: { value: 0.004, unit: "mm", sigFigs: 1, tolerance: 0.0005 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Thickness of one sheet $= 25 / 250 = 0.100\ \text{mm}$ / the fractional uncertainty stays $1/25 = 4\%$`,
          keywords: ["0.1", "4%", "250"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Uncertainty $= 1 / 250 = 0.004\ \text{mm}$ (so $0.100 \pm 0.004\ \text{mm}$)`,
          keywords: ["0.004"],
        },
      ],
      workedSolution: String.raw`Dividing by an exact number (the count of $250$ sheets) divides the value **and** its absolute uncertainty by the same number; the percentage uncertainty is unchanged.
$$t = \frac{25\ \text{mm}}{250} = 0.100\ \text{mm}, \qquad \Delta t = \frac{1\ \text{mm}}{250} = 0.004\ \text{mm}$$
So one sheet is $0.100 \pm 0.004\ \text{mm}$ thick ($4\%$). Measuring many identical items together and dividing is the same technique as timing 20 oscillations of a pendulum: the uncertainty of the single reading is shared among all of them. (It assumes the sheets are identical and lie flat without gaps.)`,
    },
    {
      key: "physics-s-t1-03",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "S.T1",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Describe",
      stem: "A student uses a micrometer screw gauge to find the mean diameter of a wire, in order to calculate its cross-sectional area. Describe **three** steps in the technique that improve the accuracy or precision of the result.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Check for a zero error (close the jaws with nothing between them) and correct every reading for it",
          keywords: ["zero error", "closed", "correct"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Measure the diameter at several points along the wire and average / the wire may not be uniform",
          keywords: ["several points", "along", "average", "uniform"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "At each point measure in two perpendicular directions / the wire may not be circular",
          keywords: ["perpendicular", "circular", "two directions"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Use the ratchet to close the jaws so the wire is not squashed / the same gentle force is used each time",
          keywords: ["ratchet", "squash", "force"],
        },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "Read the scale straight on / at eye level to avoid parallax error",
          keywords: ["parallax", "eye level", "perpendicular to the scale"],
        },
      ],
      workedSolution: String.raw`Any three of:
- **Zero error:** close the jaws with nothing between them; if the reading is not zero, subtract this zero error from every reading (it is a systematic error).
- **Several positions:** measure at, for example, five places along the wire and take the mean, because the wire may not have the same diameter everywhere.
- **Perpendicular directions:** at each place take two readings at right angles, because the wire may not be perfectly circular.
- **Ratchet:** tighten using the ratchet so the jaws grip with the same small force every time and do not squash the wire.
- **Parallax:** read the scales with the eye directly in line with them.

Because the area is $A = \pi d^2/4$, the percentage uncertainty in $A$ is **twice** that in $d$, so a precise diameter matters.`,
    },

    // ───────────────────────────── Tool 2: Technology ─────────────────────────────
    {
      key: "physics-s-t2-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.T2",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A motion sensor connected to a data logger records the position of a trolley 50 times per second as it rolls down a ramp. What is the main advantage of this method over timing the trolley with a stopwatch and reading positions from a metre rule?",
      options: [
        { id: "A", text: "It removes every systematic error, such as a zero error, from the readings." },
        { id: "B", text: "The readings are accurate even if the sensor has not been calibrated first." },
        { id: "C", text: "It makes repeating the experiment unnecessary." },
        { id: "D", text: "Many readings at short, precisely timed intervals, free of reaction time." },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: many readings at short, precise intervals without reaction time", keywords: ["D"] }],
      workedSolution:
        "A data logger samples at a fixed, precise rate (here every 0.02 s), so it collects far more data than a person could, over a short event, without the random error of human reaction time. It does not remove systematic errors: a badly calibrated or misaligned sensor gives consistently wrong readings (A and B are false), and repeats are still needed to judge reliability (C). Answer **D**.",
    },
    {
      key: "physics-s-t2-02",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "S.T2",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Outline",
      stem: String.raw`A student records the length $L$ of a pendulum and the time for 20 oscillations in two columns of a spreadsheet. Outline how the student could use the spreadsheet to determine the gravitational field strength $g$, given that $T = 2\pi\sqrt{L/g}$.`,
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Use a formula column to calculate the period $T$ (time $\div 20$) and another to calculate $T^2$`,
          keywords: ["formula", "divide by 20", "T^2", "column"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: String.raw`Plot a scatter graph of $T^2$ against $L$ and add a linear trendline / line of best fit`,
          keywords: ["scatter", "trendline", "best fit", "T^2 against L"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: String.raw`Read the gradient from the trendline equation (or a function such as SLOPE/LINEST) and calculate $g = 4\pi^2/\text{gradient}$`,
          keywords: ["gradient", "slope", "LINEST", "4pi^2"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Use the uncertainty in the gradient (e.g. from LINEST, or lines of maximum and minimum gradient through error bars) to find the uncertainty in g",
          keywords: ["uncertainty", "error bars", "max", "min"],
        },
      ],
      workedSolution: String.raw`Any three of:
1. Add a column with the formula (time for 20 oscillations)/20 to get $T$, and another with $T^2$ — the spreadsheet repeats the calculation for every row without arithmetic slips.
2. Plot a scatter graph of $T^2$ (vertical) against $L$ (horizontal), with error bars, and add a linear trendline. Since $T^2 = \dfrac{4\pi^2}{g}L$, the points should lie on a straight line through the origin.
3. Take the gradient $m$ from the trendline equation (or with SLOPE or LINEST) and calculate $g = \dfrac{4\pi^2}{m}$ in another cell.
4. Estimate the uncertainty in the gradient (LINEST gives it, or draw the steepest and shallowest lines through the error bars) and so the uncertainty in $g$.`,
    },
    {
      key: "physics-s-t2-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.T2",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A student uses a computer simulation of projectile motion to investigate how the launch angle affects the range. Which statement is a limitation of using the simulation instead of a real experiment?",
      options: [
        { id: "A", text: "The launch angle cannot be controlled precisely." },
        { id: "B", text: "It can only show what its built-in model predicts, so it cannot test that model." },
        { id: "C", text: "Only a small number of launch angles can be tried." },
        { id: "D", text: "Random errors in the measured range are larger than in a real experiment." },
      ],
      correctOptionId: "B",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B: the output only reflects the model built into the simulation", keywords: ["B"] }],
      workedSolution:
        "A simulation calculates what its built-in equations predict (for example, motion with no air resistance), so it cannot reveal effects the model leaves out. It is useful for exploring many values quickly, safely and cheaply, with perfect control of variables and no random error — which is why A, C and D describe advantages, not limitations. Answer **B**.",
    },

    // ───────────────────────────── Inquiry 1: Exploring and designing ─────────────────────────────
    {
      key: "physics-s-i1-01",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.I1",
      difficulty: 1,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A student investigates how the current in a metal wire depends on the length of the wire, keeping the potential difference across it constant. Which is a control variable in this investigation?",
      options: [
        { id: "A", text: "The length of the wire" },
        { id: "B", text: "The current in the wire" },
        { id: "C", text: "The cross-sectional area of the wire" },
        { id: "D", text: "The resistance of the wire being tested" },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: cross-sectional area (also material, temperature, p.d.)", keywords: ["C"] }],
      workedSolution:
        "The length is the independent variable (A) and the current is the dependent variable (B). The resistance (D) is not controlled: it changes with length, which is why the current changes. The cross-sectional area must be kept the same (use the same wire), along with the material, the temperature and the potential difference, so that only the length affects the current. Answer **C**.",
    },
    {
      key: "physics-s-i1-02",
      type: "WRITTEN",
      levels: ["SL", "HL"],
      topicCode: "S.I1",
      difficulty: 3,
      marks: 4,
      paper: "P1B",
      calculator: true,
      commandTerm: "Outline",
      stem: "A student wants to investigate how the height from which a ball is dropped affects the height to which it rebounds. Outline a method for the investigation, identifying the independent and dependent variables, **two** control variables, and how sufficient, reliable data will be collected.",
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: "Independent variable: drop height; dependent variable: rebound height",
          keywords: ["independent", "dependent", "drop height", "rebound"],
        },
        {
          id: "p2",
          kind: "POINT",
          marks: 1,
          text: "Two control variables, e.g. the same ball / the same surface / the ball's temperature / release from rest without pushing",
          keywords: ["same ball", "same surface", "temperature", "control"],
        },
        {
          id: "p3",
          kind: "POINT",
          marks: 1,
          text: "At least five drop heights over a wide range (e.g. 0.20 m to 1.20 m), each repeated (at least three times) and averaged",
          keywords: ["five", "range", "repeat", "average"],
        },
        {
          id: "p4",
          kind: "POINT",
          marks: 1,
          text: "Measure the rebound height with a vertical metre rule behind the ball, using a video recording / slow motion played back frame by frame, reading the bottom of the ball at eye level to avoid parallax",
          keywords: ["video", "slow motion", "parallax", "metre rule"],
        },
        {
          id: "p5",
          kind: "POINT",
          marks: 1,
          text: "Plot rebound height against drop height to find the relationship",
          keywords: ["plot", "graph", "relationship"],
        },
      ],
      workedSolution:
        "- **Variables:** independent — the drop height $h_d$; dependent — the rebound height $h_r$.\n- **Controls:** use the same ball and the same hard floor, keep the ball at room temperature (a warmer ball bounces higher), and release it from rest each time without pushing.\n- **Data:** use at least five drop heights over a wide range, e.g. 0.20 m to 1.20 m, and repeat each drop three times, taking the mean rebound height.\n- **Measurement:** fix a vertical metre rule beside the drop point and film each bounce; play the video back frame by frame to find the highest point, reading the bottom of the ball at the same level each time to avoid parallax.\n- Plot mean $h_r$ against $h_d$ with error bars (half the range of the repeats) to find the relationship.\n\nAny four points.",
    },
    {
      key: "physics-s-i1-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.I1",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "A student plans to investigate how the resistance of a thermistor varies with temperature between 20 °C and 90 °C. Which plan will give the most useful data?",
      options: [
        { id: "A", text: "Measure at 20 °C, 25 °C and 30 °C, once each" },
        { id: "B", text: "Measure at 20 °C only, repeated ten times" },
        { id: "C", text: "Measure at eight temperatures from 20 °C to 90 °C, three times each" },
        { id: "D", text: "Measure at eight temperatures from 20 °C to 27 °C, once each" },
      ],
      correctOptionId: "C",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "C: wide range, enough values, repeated", keywords: ["C"] }],
      workedSolution:
        "A good design uses a **wide range** of the independent variable (the whole range of interest), **enough values** (at least five) to show the shape of the relationship, and **repeats** at each value to judge the random uncertainty. A and D cover only a small part of the range, so a non-linear relationship would be missed; B gives a precise value at one temperature but no relationship at all. Answer **C**.",
    },

    // ───────────────────────────── Inquiry 2: Collecting and processing data ─────────────────────────────
    {
      key: "physics-s-i2-01",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "S.I2",
      difficulty: 2,
      marks: 3,
      paper: "P1B",
      calculator: true,
      commandTerm: "Calculate",
      stem: String.raw`A student times a trolley rolling down a ramp five times. The times recorded are

$$2.31\ \text{s},\quad 2.35\ \text{s},\quad 2.28\ \text{s},\quad 2.40\ \text{s},\quad 2.36\ \text{s}$$

Taking the uncertainty of the mean as half the range of the readings, calculate the percentage uncertainty in the mean time, to two significant figures.`,
      numericAnswer: { value: 2.6, unit: "%", sigFigs: 2, sigFigsExact: true, tolerance: 0.1 },
      markscheme: [
        { id: "p1", kind: "POINT", marks: 1, text: String.raw`Mean $= 11.70 / 5 = 2.34\ \text{s}$`, keywords: ["2.34"] },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`Uncertainty $= (2.40 - 2.28)/2 = 0.06\ \text{s}$`, keywords: ["0.06", "half the range"] },
        { id: "p3", kind: "POINT", marks: 1, text: String.raw`Percentage uncertainty $= 0.06 / 2.34 \times 100 = 2.6\%$`, keywords: ["2.6"] },
      ],
      workedSolution: String.raw`**Mean:** $\bar t = \dfrac{2.31 + 2.35 + 2.28 + 2.40 + 2.36}{5} = \dfrac{11.70}{5} = 2.34\ \text{s}$

**Absolute uncertainty** (half the range): $\Delta t = \dfrac{2.40 - 2.28}{2} = 0.06\ \text{s}$

**Percentage uncertainty:** $\dfrac{0.06}{2.34} \times 100 = 2.56\ldots \approx 2.6\%$

So $t = 2.34 \pm 0.06\ \text{s}$. The mean is quoted to the same decimal place as its uncertainty.`,
    },
    {
      key: "physics-s-i2-02",
      type: "NUMERIC",
      levels: ["SL", "HL"],
      topicCode: "S.I2",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      calculator: true,
      commandTerm: "Determine",
      stem: String.raw`A student measures the current $I$ in a resistor and the potential difference $V$ across it, and plots $V$ (vertical axis) against $I$ (horizontal axis). The line of best fit passes through the points $(0.10\ \text{A},\ 0.70\ \text{V})$ and $(0.90\ \text{A},\ 5.10\ \text{V})$.

Determine the resistance of the resistor from the gradient of the line, to three significant figures.`,
      numericAnswer: { value: 5.5, unit: "Ω", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
      markscheme: [
        {
          id: "p1",
          kind: "POINT",
          marks: 1,
          text: String.raw`Gradient $= \dfrac{5.10 - 0.70}{0.90 - 0.10} = \dfrac{4.40}{0.80}$`,
          keywords: ["4.40", "0.80", "gradient"],
        },
        { id: "p2", kind: "POINT", marks: 1, text: String.raw`$R = 5.50\ \Omega$`, keywords: ["5.50", "5.5"] },
      ],
      workedSolution: String.raw`For a resistor $V = IR$, so on a graph of $V$ against $I$ the gradient is $R$. Use two points **on the best-fit line**, far apart (not individual data points):
$$R = \frac{\Delta V}{\Delta I} = \frac{5.10 - 0.70}{0.90 - 0.10} = \frac{4.40}{0.80} = 5.50\ \Omega$$
Note that the line does not pass through the origin: it has a vertical intercept of $0.70 - 5.50 \times 0.10 = 0.15\ \text{V}$. A constant offset like this suggests a **systematic error** such as a voltmeter zero error. It shifts every reading by the same amount, so it does not affect the gradient, which is why finding $R$ from the gradient is better than from a single pair of readings.`,
    },
    {
      key: "physics-s-i2-03",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.I2",
      difficulty: 2,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: String.raw`The intensity $I$ of radiation from a small source is expected to vary with distance $d$ as $I = \dfrac{k}{d^2}$, where $k$ is a constant. Which graph should a student plot to test this relationship with a straight line through the origin?`,
      options: [
        { id: "A", text: String.raw`$I$ against $\dfrac{1}{d^2}$` },
        { id: "B", text: String.raw`$I$ against $d^2$` },
        { id: "C", text: String.raw`$I$ against $\dfrac{1}{d}$` },
        { id: "D", text: String.raw`$I$ against $d$` },
      ],
      correctOptionId: "A",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`A: $I$ against $1/d^2$`, keywords: ["A"] }],
      workedSolution: String.raw`Compare $I = k \cdot \dfrac{1}{d^2}$ with $y = mx$: plotting $y = I$ against $x = \dfrac{1}{d^2}$ gives a straight line through the origin with gradient $k$. A curve is hard to judge by eye; a straight line can be checked directly, and deviations (for example, at very small $d$, where the source is not a point) are easy to see. Answer **A**.`,
    },
    {
      key: "physics-s-i2-04",
      type: "MCQ",
      levels: ["SL", "HL"],
      topicCode: "S.I2",
      difficulty: 3,
      marks: 1,
      paper: "P1A",
      calculator: true,
      commandTerm: "Identify",
      stem: "The first 2 mm at one end of a metre rule have worn away. A student places each object against the worn end, so every length the student reads from the scale is 2 mm too large. Which statement about this error is correct?",
      options: [
        { id: "A", text: "It is a random error, reduced by repeating the measurements and averaging." },
        { id: "B", text: "It is a random error that affects only the precision of the results." },
        { id: "C", text: "It is a systematic error, removed by taking the mean of many readings." },
        { id: "D", text: "It is a systematic error, which repeating the measurements does not reduce." },
      ],
      correctOptionId: "D",
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "D: systematic error, not reduced by repeating", keywords: ["D"] }],
      workedSolution:
        "The error has the same size and sign every time, so it is **systematic**: averaging many readings gives the same wrong answer (A and C are false), and it affects **accuracy**, not precision (B). Plotted on a graph it moves every point by the same amount, so the line has a non-zero intercept where the theory predicts none, but its gradient is unchanged. The fix is to measure from a clear mark (e.g. the 10.0 cm line) and subtract, or subtract 2 mm from each reading. Answer **D**.",
    },
    ...figureQuestions,
  ],
  groups: physicsGroups,
};

export default content;
