import type { QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { chemistryGroups } from "./multi-part/chemistry";

/**
 * Original IB-style questions for IB Chemistry (first assessment 2025).
 * Data used throughout (as in the IB chemistry data booklet): N_A = 6.02 × 10²³ mol⁻¹, R = 8.31 J K⁻¹ mol⁻¹,
 * h = 6.63 × 10⁻³⁴ J s, c = 3.00 × 10⁸ m s⁻¹, F = 96 500 C mol⁻¹, c(water) = 4.18 J g⁻¹ K⁻¹,
 * molar volume of an ideal gas at STP (273 K, 100 kPa) = 22.7 dm³ mol⁻¹, K_w = 1.00 × 10⁻¹⁴ at 298 K.
 * Relative atomic masses to two decimal places (H 1.01, C 12.01, O 16.00 ...).
 * Paper 1 allows a calculator in the 2025 course, so every question here is calculator: true.
 */

type Levels = QuestionInput["levels"];
type CommandTerm = QuestionInput["commandTerm"];

const CORE: Levels = ["SL", "HL"];
const HL: Levels = ["HL"];

type McqSpec = {
  key: string;
  levels: Levels;
  topicCode: string;
  difficulty: number;
  commandTerm: CommandTerm;
  stem: string;
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  /** What the correct option says, for the marking point. */
  answer: string;
  keywords: string[];
  workedSolution: string;
};

/** A Paper 1A multiple-choice question: four options, one mark. */
function mcq(s: McqSpec): QuestionInput {
  return {
    type: "MCQ",
    key: s.key,
    levels: s.levels,
    topicCode: s.topicCode,
    difficulty: s.difficulty,
    marks: 1,
    paper: "P1A",
    calculator: true,
    commandTerm: s.commandTerm,
    stem: s.stem,
    options: s.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
    correctOptionId: s.correct,
    markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: `${s.correct}: ${s.answer}`, keywords: s.keywords }],
    workedSolution: s.workedSolution,
  };
}

const questions: QuestionInput[] = [
  // ───────────────────────── Structure 1. Models of the particulate nature of matter ─────────────────────────
  mcq({
    key: "chemistry-s1-1-01",
    levels: CORE,
    topicCode: "S1.1",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "A student needs to separate ethanol (boiling point 78 °C) from a solution of ethanol in water (boiling point 100 °C). Which technique is most suitable?",
    options: ["Filtration", "Fractional distillation", "Paper chromatography", "Crystallization"],
    correct: "B",
    answer: "fractional distillation",
    keywords: ["fractional distillation"],
    workedSolution:
      "Ethanol and water are miscible liquids with different boiling points, so they are separated by **fractional distillation**: the liquid with the lower boiling point (ethanol) vaporizes first and is condensed and collected. Filtration separates an insoluble solid from a liquid, chromatography separates small amounts of dissolved solutes, and crystallization recovers a dissolved solid.",
  }),
  mcq({
    key: "chemistry-s1-1-02",
    levels: CORE,
    topicCode: "S1.1",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which change of state is exothermic?",
    options: ["Melting", "Sublimation", "Vaporization", "Deposition"],
    correct: "D",
    answer: "deposition (gas → solid)",
    keywords: ["deposition"],
    workedSolution:
      "Changes that bring particles closer together and form more/stronger attractions between them release energy. Deposition (gas → solid) forms attractions, so it is **exothermic**. Melting, vaporization and sublimation all require energy to overcome attractions between particles, so they are endothermic.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s1-1-03",
    levels: CORE,
    topicCode: "S1.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "A heating curve for a pure sample of ethanoic acid shows a horizontal section at 17 °C while the solid melts, even though heat is supplied at a constant rate. Explain, in terms of particles, why the temperature remains constant during melting.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "energy supplied is used to overcome/weaken the attractive forces/intermolecular forces between particles / increases potential energy of particles",
        keywords: ["overcome", "intermolecular", "attractions", "potential energy"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "average kinetic energy of the particles does not change «so temperature is constant» / temperature is a measure of average kinetic energy",
        keywords: ["kinetic energy", "average"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "particles change from fixed positions/vibrating in a lattice to moving past each other OWTTE",
        keywords: ["fixed positions", "lattice", "move"],
      },
    ],
    workedSolution:
      "Temperature measures the **average kinetic energy** of the particles. While the solid melts, the energy supplied is not making the particles move faster; it is used to overcome some of the attractions between the molecules so that they can leave their fixed lattice positions and slide past one another (their potential energy increases). Because the average kinetic energy is unchanged, the temperature stays at 17 °C until all the solid has melted.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-s1-2-01",
    levels: CORE,
    topicCode: "S1.2",
    difficulty: 2,
    marks: 2,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A mass spectrum of a sample of gallium shows two peaks:

| Isotope | Isotopic mass | Relative abundance / % |
|---|---|---|
| $^{69}\mathrm{Ga}$ | 68.93 | 60.11 |
| $^{71}\mathrm{Ga}$ | 70.92 | 39.89 |

Calculate the relative atomic mass of gallium in this sample, to four significant figures.`,
    numericAnswer: { value: 69.72, tolerance: 0.01, sigFigs: 4, sigFigsExact: true },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$(68.93 \times 60.11 + 70.92 \times 39.89) / 100$`, keywords: ["60.11", "39.89"] },
      { id: "p2", kind: "POINT", marks: 1, text: "69.72", keywords: ["69.72"] },
    ],
    workedSolution: String.raw`The relative atomic mass is the abundance-weighted mean of the isotopic masses:

$$A_r = \frac{68.93 \times 60.11 + 70.92 \times 39.89}{100} = \frac{4143.4 + 2829.0}{100} = 69.72$$

Check: the answer lies between 68.93 and 70.92 and closer to 68.93, the more abundant isotope. $A_r$ has no unit.`,
  },
  mcq({
    key: "chemistry-s1-2-02",
    levels: CORE,
    topicCode: "S1.2",
    difficulty: 1,
    commandTerm: "Deduce",
    stem: String.raw`What are the numbers of sub-atomic particles in the ion $^{34}_{16}\mathrm{S^{2-}}$?`,
    options: [
      "16 protons, 18 neutrons, 16 electrons",
      "16 protons, 18 neutrons, 18 electrons",
      "18 protons, 16 neutrons, 18 electrons",
      "16 protons, 34 neutrons, 14 electrons",
    ],
    correct: "B",
    answer: "16 protons, 18 neutrons, 18 electrons",
    keywords: ["16", "18", "18"],
    workedSolution:
      "The atomic number 16 gives 16 protons. Neutrons = mass number − atomic number = 34 − 16 = 18. The 2− charge means two electrons more than protons: 16 + 2 = 18 electrons.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s1-2-03",
    levels: CORE,
    topicCode: "S1.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Outline",
    stem: String.raw`Chlorine has two stable isotopes, $^{35}\mathrm{Cl}$ and $^{37}\mathrm{Cl}$. Outline why the two isotopes have the same chemical properties but different physical properties.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "same number of electrons/same electron configuration/same number of valence electrons «so same chemical properties»",
        keywords: ["electron configuration", "same number of electrons", "valence"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "different numbers of neutrons «so» different masses «which affect density/rate of diffusion/boiling point»",
        keywords: ["neutrons", "mass"],
      },
    ],
    workedSolution: String.raw`Chemical reactions involve the **electrons** (especially the outer/valence electrons). Both isotopes have 17 protons and 17 electrons with the same electron configuration, so they react in the same way. They differ in the number of **neutrons** (18 and 20), so their atoms have different masses; physical properties that depend on mass, such as density and the rate of diffusion of $\mathrm{Cl_2}$ gas, differ.`,
  },
  mcq({
    key: "chemistry-s1-3-01",
    levels: CORE,
    topicCode: "S1.3",
    difficulty: 2,
    commandTerm: "Identify",
    stem: String.raw`What is the electron configuration of the $\mathrm{Fe^{3+}}$ ion?`,
    options: [
      String.raw`$[\mathrm{Ar}]\,3d^5$`,
      String.raw`$[\mathrm{Ar}]\,4s^2\,3d^3$`,
      String.raw`$[\mathrm{Ar}]\,4s^1\,3d^4$`,
      String.raw`$[\mathrm{Ar}]\,3d^6\,4s^2$`,
    ],
    correct: "A",
    answer: String.raw`$[\mathrm{Ar}]\,3d^5$`,
    keywords: ["3d5", "3d^5"],
    workedSolution: String.raw`An Fe atom is $[\mathrm{Ar}]\,3d^6\,4s^2$ (26 electrons). When a transition element forms a positive ion the **4s electrons are lost first**, then 3d electrons. Removing 2 electrons from 4s and 1 from 3d gives $[\mathrm{Ar}]\,3d^5$. Option B wrongly removes 3d electrons before 4s.`,
  }),
  mcq({
    key: "chemistry-s1-3-02",
    levels: CORE,
    topicCode: "S1.3",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: "How many unpaired electrons are in a ground-state sulfur atom?",
    options: ["0", "2", "4", "6"],
    correct: "B",
    answer: "2",
    keywords: ["2", "two"],
    workedSolution: String.raw`S is $1s^2\,2s^2\,2p^6\,3s^2\,3p^4$. By Hund's rule the four 3p electrons first occupy the three 3p orbitals singly, then the fourth pairs up: ↑↓ ↑ ↑. So there are **2 unpaired electrons**.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s1-3-03",
    levels: CORE,
    topicCode: "S1.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "The emission spectrum of atomic hydrogen consists of a series of separate coloured lines in the visible region, which get closer together towards higher frequency. Explain these two features of the spectrum.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "electrons in atoms can only have certain/discrete/quantized energies/energy levels",
        keywords: ["discrete", "quantized", "energy levels"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "excited electrons fall/transition to a lower energy level and emit a photon of energy equal to the difference between the levels / ΔE = hf",
        keywords: ["photon", "fall", "lower energy level", "hf"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "lines converge because the energy levels get closer together at higher energy/further from the nucleus",
        keywords: ["closer together", "converge"],
      },
      { id: "p4", kind: "POINT", marks: 1, text: "visible lines are produced by transitions ending at n = 2", keywords: ["n = 2", "n=2"] },
    ],
    workedSolution: String.raw`Electrons can only exist in certain **discrete energy levels**. When an excited electron drops from a higher level to a lower level it emits a photon whose energy equals the energy gap, $\Delta E = hf$. Because only certain gaps exist, only certain frequencies are emitted — a line spectrum, not a continuous one. In hydrogen, the visible lines come from transitions that end at $n = 2$. The energy levels get closer together as $n$ increases, so the gaps between successive transitions shrink and the lines **converge** at high frequency, ending at the convergence limit.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-s1-3h-01",
    levels: HL,
    topicCode: "S1.3H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The lines in one series of the emission spectrum of sodium atoms converge at a frequency of $1.24 \times 10^{15}\ \mathrm{s^{-1}}$. Calculate the first ionization energy of sodium, in $\mathrm{kJ\,mol^{-1}}$, to three significant figures. Use $h = 6.63 \times 10^{-34}\ \mathrm{J\,s}$ and $N_A = 6.02 \times 10^{23}\ \mathrm{mol^{-1}}$.`,
    numericAnswer: { value: 495, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$E = hf = 6.63 \times 10^{-34} \times 1.24 \times 10^{15} = 8.22 \times 10^{-19}$ «J per atom»`,
        keywords: ["8.22"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$8.22 \times 10^{-19} \times 6.02 \times 10^{23} / 1000 = 495$ «kJ mol⁻¹»`, keywords: ["495"] },
    ],
    workedSolution: String.raw`At the convergence limit the electron is removed completely from the atom, so the energy of that photon is the ionization energy of one atom.

$$E = hf = (6.63 \times 10^{-34})(1.24 \times 10^{15}) = 8.22 \times 10^{-19}\ \mathrm{J}$$

For one mole of atoms: $8.22 \times 10^{-19} \times 6.02 \times 10^{23} = 4.95 \times 10^{5}\ \mathrm{J\,mol^{-1}} = 495\ \mathrm{kJ\,mol^{-1}}$.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s1-3h-02",
    levels: HL,
    topicCode: "S1.3H",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "First ionization energy generally increases across period 3, but aluminium has a lower first ionization energy than magnesium, and sulfur has a lower first ionization energy than phosphorus. Explain these two exceptions.",
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "Al: electron removed from a 3p sublevel/orbital «whereas Mg loses a 3s electron»", keywords: ["3p", "Al"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "3p is higher in energy than 3s / 3p electron is further from the nucleus / shielded by the 3s electrons",
        keywords: ["higher in energy", "shielded", "3s"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "S: electron removed from a 3p orbital containing a pair of electrons / S has a paired 3p electron whereas P has three unpaired 3p electrons",
        keywords: ["paired", "pair", "3p4"],
      },
      { id: "p4", kind: "POINT", marks: 1, text: "repulsion between the paired electrons makes one easier to remove", keywords: ["repulsion"] },
    ],
    workedSolution: String.raw`**Mg → Al.** Mg is $[\mathrm{Ne}]3s^2$ and Al is $[\mathrm{Ne}]3s^2 3p^1$. The electron removed from Al is in the 3p sublevel, which is higher in energy than 3s and partly shielded by the 3s electrons, so less energy is needed even though the nuclear charge is larger.

**P → S.** P is $3p^3$ with one electron in each 3p orbital. S is $3p^4$, so one 3p orbital holds a pair of electrons. The **repulsion** between the two electrons in the same orbital makes one of them easier to remove, so S has a lower first ionization energy than P.`,
  },
  mcq({
    key: "chemistry-s1-3h-03",
    levels: HL,
    topicCode: "S1.3H",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: String.raw`The first five successive ionization energies of element X, in $\mathrm{kJ\,mol^{-1}}$, are 578, 1817, 2745, 11 577 and 14 842. In which group of the periodic table is X?`,
    options: ["Group 1", "Group 2", "Group 13", "Group 14"],
    correct: "C",
    answer: "group 13",
    keywords: ["13"],
    workedSolution:
      "Look for the large jump: the ionization energies rise gradually for the first three electrons, then jump from 2745 to 11 577 kJ mol⁻¹. The fourth electron must come from a full inner shell much closer to the nucleus, so X has **three** valence electrons and is in **group 13** (it is aluminium).",
  }),
  {
    type: "NUMERIC",
    key: "chemistry-s1-4-01",
    levels: CORE,
    topicCode: "S1.4",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the number of oxygen atoms in 5.00 g of calcium carbonate, $\mathrm{CaCO_3}$. Give your answer to three significant figures.`,
    numericAnswer: { value: 9.02e22, sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n(\mathrm{CaCO_3}) = 5.00 / 100.09 = 0.0500$ «mol»`, keywords: ["100.09", "0.0500", "0.04995"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$3 \times 0.0500 \times 6.02 \times 10^{23} = 9.02 \times 10^{22}$ «atoms»`, keywords: ["9.02"] },
    ],
    workedSolution: String.raw`$M(\mathrm{CaCO_3}) = 40.08 + 12.01 + 3(16.00) = 100.09\ \mathrm{g\,mol^{-1}}$

$n = \dfrac{5.00}{100.09} = 0.04996\ \mathrm{mol}$

Each formula unit contains 3 O atoms: $n(\mathrm{O}) = 3 \times 0.04996 = 0.1499\ \mathrm{mol}$

Number of atoms $= 0.1499 \times 6.02 \times 10^{23} = 9.02 \times 10^{22}$`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s1-4-02",
    levels: CORE,
    topicCode: "S1.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: "A compound contains, by mass, 40.00% carbon, 6.71% hydrogen and 53.29% oxygen. Its relative molecular mass, found by mass spectrometry, is 180.2. Determine the empirical formula and the molecular formula of the compound.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "amounts: C 40.00/12.01 = 3.331, H 6.71/1.01 = 6.64, O 53.29/16.00 = 3.331 «ratio 1 : 2 : 1»",
        keywords: ["3.33", "6.64", "1:2:1"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`empirical formula $\mathrm{CH_2O}$`, keywords: ["CH2O"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$180.2 / 30.03 = 6$ «so» molecular formula $\mathrm{C_6H_{12}O_6}$`, keywords: ["C6H12O6", "6"] },
    ],
    workedSolution: String.raw`Assume 100 g of compound and divide each mass by the relative atomic mass:

- C: $40.00 / 12.01 = 3.331$ mol
- H: $6.71 / 1.01 = 6.64$ mol
- O: $53.29 / 16.00 = 3.331$ mol

Divide by the smallest (3.331): C : H : O = 1 : 1.99 : 1 ≈ 1 : 2 : 1, so the empirical formula is $\mathrm{CH_2O}$.

$M(\mathrm{CH_2O}) = 12.01 + 2(1.01) + 16.00 = 30.03$. Since $180.2 / 30.03 = 6.00$, the molecular formula is $(\mathrm{CH_2O})_6 = \mathrm{C_6H_{12}O_6}$.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-s1-4-03",
    levels: CORE,
    topicCode: "S1.4",
    difficulty: 1,
    marks: 2,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A student prepares $250.0\ \mathrm{cm^3}$ of a $0.100\ \mathrm{mol\,dm^{-3}}$ standard solution of sodium carbonate, $\mathrm{Na_2CO_3}$, in a volumetric flask. Calculate the mass of anhydrous sodium carbonate required, in g, to three significant figures.`,
    numericAnswer: { value: 2.65, unit: "g", sigFigs: 3, sigFigsExact: true, tolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n = 0.100 \times 0.2500 = 0.0250$ «mol»`, keywords: ["0.0250"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$m = 0.0250 \times 105.99 = 2.65$ «g»`, keywords: ["2.65", "105.99"] },
    ],
    workedSolution: String.raw`Convert the volume to dm³: $250.0\ \mathrm{cm^3} = 0.2500\ \mathrm{dm^3}$.

$n = cV = 0.100 \times 0.2500 = 0.0250\ \mathrm{mol}$

$M(\mathrm{Na_2CO_3}) = 2(22.99) + 12.01 + 3(16.00) = 105.99\ \mathrm{g\,mol^{-1}}$

$m = nM = 0.0250 \times 105.99 = 2.65\ \mathrm{g}$`,
  },
  mcq({
    key: "chemistry-s1-4-04",
    levels: CORE,
    topicCode: "S1.4",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: "Which sample contains the greatest number of atoms?",
    options: [
      String.raw`1.0 mol of $\mathrm{H_2O}$`,
      String.raw`0.50 mol of $\mathrm{CH_4}$`,
      String.raw`2.0 mol of $\mathrm{He}$`,
      String.raw`0.80 mol of $\mathrm{NH_3}$`,
    ],
    correct: "D",
    answer: String.raw`0.80 mol of $\mathrm{NH_3}$ (3.2 mol of atoms)`,
    keywords: ["NH3", "3.2"],
    workedSolution: String.raw`Multiply the amount of each substance by the number of atoms per formula unit:

- $\mathrm{H_2O}$: $1.0 \times 3 = 3.0$ mol of atoms
- $\mathrm{CH_4}$: $0.50 \times 5 = 2.5$ mol
- He: $2.0 \times 1 = 2.0$ mol
- $\mathrm{NH_3}$: $0.80 \times 4 = 3.2$ mol — the greatest.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-s1-5-01",
    levels: CORE,
    topicCode: "S1.5",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`In an experiment to find the molar mass of a volatile liquid hydrocarbon, 0.312 g of the liquid was completely vaporized. The vapour occupied $112\ \mathrm{cm^3}$ at 373 K and 101 kPa. Determine the molar mass of the hydrocarbon, in $\mathrm{g\,mol^{-1}}$, to three significant figures. Assume the vapour behaves as an ideal gas.`,
    numericAnswer: { value: 85.5, unit: "g mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.006 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`correct SI units: $V = 1.12 \times 10^{-4}\ \mathrm{m^3}$ and $p = 1.01 \times 10^{5}\ \mathrm{Pa}$`,
        keywords: ["1.12", "10^-4", "101000"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$n = \dfrac{pV}{RT} = 3.65 \times 10^{-3}$ «mol»`, keywords: ["3.65", "0.00365"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$M = 0.312 / 3.65 \times 10^{-3} = 85.5$ «g mol⁻¹»`, keywords: ["85.5"] },
    ],
    workedSolution: String.raw`Use $pV = nRT$ with SI units: $p = 101\ \mathrm{kPa} = 1.01 \times 10^5\ \mathrm{Pa}$, $V = 112\ \mathrm{cm^3} = 1.12 \times 10^{-4}\ \mathrm{m^3}$.

$$n = \frac{pV}{RT} = \frac{(1.01 \times 10^5)(1.12 \times 10^{-4})}{8.31 \times 373} = \frac{11.31}{3099.6} = 3.65 \times 10^{-3}\ \mathrm{mol}$$

$$M = \frac{m}{n} = \frac{0.312}{3.65 \times 10^{-3}} = 85.5\ \mathrm{g\,mol^{-1}}$$

(This is close to hexane, $\mathrm{C_6H_{14}}$, $M = 86.2$.)`,
  },
  mcq({
    key: "chemistry-s1-5-02",
    levels: CORE,
    topicCode: "S1.5",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Under which conditions does a real gas behave most like an ideal gas?",
    options: [
      "High temperature and high pressure",
      "High temperature and low pressure",
      "Low temperature and high pressure",
      "Low temperature and low pressure",
    ],
    correct: "B",
    answer: "high temperature and low pressure",
    keywords: ["high temperature", "low pressure"],
    workedSolution:
      "The ideal gas model assumes negligible particle volume and no intermolecular forces. At **low pressure** the particles are far apart, so their own volume is negligible compared with the container; at **high temperature** they move fast enough that attractions between them have little effect. So a real gas is most ideal at high temperature and low pressure.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s1-5-03",
    levels: CORE,
    topicCode: "S1.5",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "At very high pressure, the measured volume of a sample of nitrogen is greater than the value predicted by the ideal gas equation. Explain why real gases deviate from ideal behaviour at high pressure and low temperature.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "volume of the gas particles is no longer negligible compared with the volume of the container «at high pressure»",
        keywords: ["volume of particles", "negligible"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "intermolecular forces/attractions between particles become significant «at low temperature/when particles are close together»",
        keywords: ["intermolecular", "attractions"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "at low temperature particles have lower kinetic energy so attractions are not overcome OWTTE",
        keywords: ["kinetic energy"],
      },
    ],
    workedSolution:
      "The ideal gas model assumes (1) the particles themselves take up no space and (2) there are no forces between them. At **high pressure** the particles are squeezed close together, so their own volume is a significant fraction of the total — the real volume is larger than predicted. When particles are close together or moving slowly (**low temperature**, lower kinetic energy), the **intermolecular attractions** become significant and the particles no longer move independently.",
  },
  mcq({
    key: "chemistry-s1-5-04",
    levels: CORE,
    topicCode: "S1.5",
    difficulty: 2,
    commandTerm: "Predict",
    stem: "A fixed mass of an ideal gas is heated from 27 °C to 327 °C at constant pressure. By what factor does its volume change?",
    options: ["It increases by a factor of about 12", "It doubles", "It halves", "It stays the same"],
    correct: "B",
    answer: "it doubles (300 K → 600 K)",
    keywords: ["doubles", "2"],
    workedSolution: String.raw`At constant pressure, $V \propto T$ **in kelvin**. $T_1 = 27 + 273 = 300\ \mathrm{K}$ and $T_2 = 327 + 273 = 600\ \mathrm{K}$, so $V_2 / V_1 = 600/300 = 2$: the volume doubles. Using °C (327/27 ≈ 12) is the trap in option A.`,
  }),

  // ───────────────────────── Structure 2. Models of bonding and structure ─────────────────────────
  mcq({
    key: "chemistry-s2-1-01",
    levels: CORE,
    topicCode: "S2.1",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "What is the formula of aluminium sulfate?",
    options: [String.raw`$\mathrm{AlSO_4}$`, String.raw`$\mathrm{Al_2SO_4}$`, String.raw`$\mathrm{Al_2(SO_4)_3}$`, String.raw`$\mathrm{Al_3(SO_4)_2}$`],
    correct: "C",
    answer: String.raw`$\mathrm{Al_2(SO_4)_3}$`,
    keywords: ["Al2(SO4)3"],
    workedSolution: String.raw`Aluminium forms $\mathrm{Al^{3+}}$ and sulfate is $\mathrm{SO_4^{2-}}$. The lowest common multiple of the charges is 6: two $\mathrm{Al^{3+}}$ (+6) balance three $\mathrm{SO_4^{2-}}$ (−6), giving $\mathrm{Al_2(SO_4)_3}$.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-1-02",
    levels: CORE,
    topicCode: "S2.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`Magnesium oxide, $\mathrm{MgO}$, melts at 2852 °C whereas sodium chloride, $\mathrm{NaCl}$, melts at 801 °C. Explain this difference.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "both are giant ionic lattices «so melting requires overcoming electrostatic attractions between ions»",
        keywords: ["lattice", "ionic"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{Mg^{2+}}$ and $\mathrm{O^{2-}}$ have higher charges «than $\mathrm{Na^+}$ and $\mathrm{Cl^-}$» / smaller ions / higher charge density`,
        keywords: ["2+", "higher charge", "smaller", "charge density"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "stronger electrostatic attraction between oppositely charged ions «so more energy needed»",
        keywords: ["stronger", "electrostatic attraction"],
      },
    ],
    workedSolution: String.raw`Both compounds are giant ionic lattices held together by electrostatic attractions between oppositely charged ions. The ions in MgO carry charges of 2+ and 2−, compared with 1+ and 1− in NaCl, and they are also smaller (so the ions are closer together). Higher charges and shorter distances give much **stronger electrostatic attraction** (a larger lattice enthalpy), so far more energy is needed to break down the lattice and melt MgO.`,
  },
  mcq({
    key: "chemistry-s2-1-03",
    levels: CORE,
    topicCode: "S2.1",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Why does solid sodium chloride not conduct electricity, whereas molten sodium chloride does?",
    options: [
      "Molten sodium chloride contains delocalized electrons that carry the current.",
      "The ions are fixed in the solid lattice but free to move in the molten state.",
      "Covalent bonds break on melting, releasing electrons.",
      "Solid sodium chloride contains neutral atoms, which form ions only on melting.",
    ],
    correct: "B",
    answer: "ions are fixed in the solid but mobile when molten",
    keywords: ["ions", "free to move", "mobile"],
    workedSolution:
      "Sodium chloride is made of ions in both states. Electrical conduction needs **mobile charged particles**. In the solid the ions are held in fixed positions in the lattice; when molten (or dissolved) the ions can move, so the liquid conducts. There are no delocalized electrons in an ionic compound.",
  }),
  mcq({
    key: "chemistry-s2-2-01",
    levels: CORE,
    topicCode: "S2.2",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: "Which molecule is polar?",
    options: [String.raw`$\mathrm{CO_2}$`, String.raw`$\mathrm{BF_3}$`, String.raw`$\mathrm{CCl_4}$`, String.raw`$\mathrm{NCl_3}$`],
    correct: "D",
    answer: String.raw`$\mathrm{NCl_3}$ (trigonal pyramidal, dipoles do not cancel)`,
    keywords: ["NCl3"],
    workedSolution: String.raw`All four molecules contain polar bonds, so the shape decides. $\mathrm{CO_2}$ is linear, $\mathrm{BF_3}$ trigonal planar and $\mathrm{CCl_4}$ tetrahedral: these shapes are symmetrical and the bond dipoles cancel. $\mathrm{NCl_3}$ has a lone pair on N, giving a **trigonal pyramidal** shape, so the bond dipoles do not cancel and the molecule is polar.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-2-02",
    levels: CORE,
    topicCode: "S2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`Deduce the electron domain geometry, the molecular geometry and the approximate Cl–P–Cl bond angle of phosphorus trichloride, $\mathrm{PCl_3}$.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "electron domain geometry: tetrahedral «four electron domains: three bonding pairs, one lone pair»",
        keywords: ["tetrahedral"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "molecular geometry: trigonal pyramidal", keywords: ["trigonal pyramidal", "pyramidal"] },
      { id: "p3", kind: "POINT", marks: 1, text: "bond angle: any value from 100° to less than 109.5° «107°»", keywords: ["107", "less than 109.5"] },
    ],
    workedSolution: String.raw`P has 5 valence electrons; three are used in P–Cl bonds and two form a lone pair. That gives **four electron domains**, so the electron domain geometry is **tetrahedral**. Only three domains are atoms, so the molecular geometry is **trigonal pyramidal**. The lone pair repels more strongly than bonding pairs, squeezing the Cl–P–Cl angle below 109.5°. VSEPR predicts about **107°** (as in $\mathrm{NH_3}$); the measured angle is about 100°, so any value from 100° up to (but not including) 109.5° earns the mark.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s2-2-03",
    levels: CORE,
    topicCode: "S2.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`The three compounds below have similar molar masses.

| Compound | Formula | $M$ / g mol⁻¹ | Boiling point / °C |
|---|---|---|---|
| propane | $\mathrm{CH_3CH_2CH_3}$ | 44.11 | −42 |
| methoxymethane | $\mathrm{CH_3OCH_3}$ | 46.08 | −24 |
| ethanol | $\mathrm{CH_3CH_2OH}$ | 46.08 | 78 |

Explain the differences in their boiling points in terms of intermolecular forces.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "similar molar masses/numbers of electrons so London/dispersion forces are similar in all three",
        keywords: ["similar", "London", "dispersion"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "propane: non-polar / only London «dispersion» forces", keywords: ["propane", "only London", "non-polar"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "methoxymethane: polar «C–O bonds, bent at O» so dipole–dipole forces in addition",
        keywords: ["dipole-dipole", "dipole–dipole", "polar"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: "ethanol: hydrogen bonding «between O–H of one molecule and lone pair on O of another»",
        keywords: ["hydrogen bond", "O–H", "O-H"],
      },
      {
        id: "p5",
        kind: "POINT",
        marks: 1,
        text: "hydrogen bonds are the strongest of these intermolecular forces so most energy is needed to separate ethanol molecules",
        keywords: ["strongest", "most energy"],
      },
    ],
    workedSolution:
      "Because the molar masses (and numbers of electrons) are almost the same, the **London dispersion forces** are similar, so the differences come from other forces.\n\n- **Propane** is essentially non-polar: only weak London forces act, so it has the lowest boiling point.\n- **Methoxymethane** has polar C–O bonds and a bent C–O–C arrangement, so it is polar and has **dipole–dipole** forces as well: higher boiling point.\n- **Ethanol** has an O–H group, so its molecules form **hydrogen bonds** (H on O attracted to a lone pair on O of a neighbour). Hydrogen bonds are the strongest intermolecular force here, so most energy is needed to separate the molecules: highest boiling point.",
  },
  mcq({
    key: "chemistry-s2-2-04",
    levels: CORE,
    topicCode: "S2.2",
    difficulty: 1,
    commandTerm: "Determine",
    stem: String.raw`In a paper chromatogram, a dye spot travelled 3.6 cm from the baseline while the solvent front travelled 8.0 cm. What is the $R_F$ value of the dye?`,
    options: ["0.45", "0.55", "2.2", "4.4"],
    correct: "A",
    answer: "0.45",
    keywords: ["0.45"],
    workedSolution: String.raw`$R_F = \dfrac{\text{distance travelled by spot}}{\text{distance travelled by solvent front}} = \dfrac{3.6}{8.0} = 0.45$. An $R_F$ value can never be greater than 1, which rules out C and D.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-2-05",
    levels: CORE,
    topicCode: "S2.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Diamond and graphite are both allotropes of carbon with giant covalent structures. Explain why graphite conducts electricity but diamond does not.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "in diamond each carbon atom is covalently bonded to four other carbon atoms / all valence electrons used in bonding",
        keywords: ["four", "all electrons"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "in graphite each carbon is bonded to three others «in layers»", keywords: ["three", "layers"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "graphite has one delocalized electron per carbon atom which is free to move «within/along the layers»",
        keywords: ["delocalized", "free to move", "mobile"],
      },
      { id: "p4", kind: "POINT", marks: 1, text: "diamond has no delocalized/mobile electrons", keywords: ["no delocalized", "no free electrons"] },
    ],
    workedSolution:
      "In **diamond** every carbon atom uses all four of its valence electrons in covalent bonds to four other carbons, in a tetrahedral network, so there are no mobile charge carriers. In **graphite** each carbon is bonded to only three others in flat hexagonal layers; the fourth electron from each atom is **delocalized** over the layer. These delocalized electrons can move along the layers when a potential difference is applied, so graphite conducts.",
  },
  mcq({
    key: "chemistry-s2-2h-01",
    levels: HL,
    topicCode: "S2.2H",
    difficulty: 3,
    commandTerm: "Deduce",
    stem: String.raw`How many sigma (σ) and pi (π) bonds are in a molecule of propenenitrile, $\mathrm{CH_2{=}CH{-}C{\equiv}N}$?`,
    options: ["6 σ and 3 π", "7 σ and 2 π", "5 σ and 3 π", "6 σ and 2 π"],
    correct: "A",
    answer: "6 σ and 3 π",
    keywords: ["6", "3"],
    workedSolution:
      "Every bond between two atoms contains exactly one σ bond; a double bond adds one π bond and a triple bond adds two.\n\n- σ: three C–H, one in C=C, one C–C, one in C≡N → **6 σ**\n- π: one in C=C and two in C≡N → **3 π**",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-2h-02",
    levels: HL,
    topicCode: "S2.2H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`Xenon forms the compound xenon tetrafluoride, $\mathrm{XeF_4}$. Deduce the number of electron domains around xenon, the molecular geometry and the F–Xe–F bond angle.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "six electron domains «four bonding pairs and two lone pairs» / octahedral electron domain geometry",
        keywords: ["six", "6", "octahedral"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "square planar", keywords: ["square planar"] },
      { id: "p3", kind: "POINT", marks: 1, text: "90° «and 180° across the molecule»", keywords: ["90"] },
    ],
    workedSolution: String.raw`Xe has 8 valence electrons. Four are used in four Xe–F bonds, leaving 4 electrons = **two lone pairs**. That is 4 + 2 = **six electron domains**, arranged octahedrally (an expanded octet). The two lone pairs sit opposite each other (180° apart) to minimise repulsion, so the four F atoms lie in a plane: **square planar**, with F–Xe–F angles of **90°**.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s2-2h-03",
    levels: HL,
    topicCode: "S2.2H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Outline",
    stem: "Outline the evidence that benzene does not contain three localized C=C double bonds, and describe its bonding in terms of delocalization.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "all six carbon–carbon bond lengths are equal «and intermediate between C–C and C=C»",
        keywords: ["equal", "bond lengths", "intermediate"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "enthalpy of hydrogenation is less exothermic than expected for three C=C bonds / benzene is more stable than predicted",
        keywords: ["hydrogenation", "less exothermic", "more stable"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "benzene undergoes substitution rather than addition reactions / does not readily decolorize bromine water",
        keywords: ["substitution", "addition"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: "six π electrons delocalized over the ring «from sideways overlap of p orbitals on all six carbons» / resonance hybrid",
        keywords: ["delocalized", "six", "resonance", "p orbitals"],
      },
    ],
    workedSolution:
      "If benzene had three localized double bonds (a Kekulé structure), it would have three short C=C and three long C–C bonds, behave like an alkene, and release three times the enthalpy of hydrogenation of cyclohexene. In fact:\n\n- X-ray data show **all six C–C bonds are the same length**, between single and double.\n- Its enthalpy of hydrogenation is **much less exothermic** than predicted: benzene is extra-stable.\n- It prefers **substitution** to addition, keeping the ring intact.\n\nEach carbon is sp² hybridized; the unhybridized p orbitals overlap sideways all round the ring so that **six π electrons are delocalized** above and below the ring plane. Benzene is a resonance hybrid of the two Kekulé structures.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-s2-2h-04",
    levels: HL,
    topicCode: "S2.2H",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`One Lewis formula for the sulfate ion, $\mathrm{SO_4^{2-}}$, shows sulfur joined to four oxygen atoms by single bonds, with no lone pairs on sulfur. Calculate the formal charge on the sulfur atom in this structure.`,
    numericAnswer: { value: 2 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "FC = «valence electrons − non-bonding electrons − ½ bonding electrons» = 6 − 0 − ½(8)",
        keywords: ["6 − 0 − 4", "6-0-4", "½"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "+2", keywords: ["+2", "2"] },
    ],
    workedSolution: String.raw`Formal charge $= V - N - \tfrac{1}{2}B$, where $V$ = valence electrons of the free atom, $N$ = non-bonding electrons on the atom in the structure, $B$ = bonding electrons around it.

For S: $V = 6$, $N = 0$, $B = 4 \times 2 = 8$, so $\mathrm{FC} = 6 - 0 - 4 = +2$.

(An alternative structure with two S=O double bonds gives S a formal charge of 0; the structure whose formal charges are closest to zero is usually preferred.)`,
  },
  mcq({
    key: "chemistry-s2-2h-05",
    levels: HL,
    topicCode: "S2.2H",
    difficulty: 2,
    commandTerm: "Identify",
    stem: String.raw`What is the hybridization of each carbon atom in propyne, $\mathrm{CH_3{-}C{\equiv}CH}$, reading from left to right?`,
    options: ["sp³, sp, sp", "sp³, sp², sp", "sp, sp, sp", "sp³, sp², sp²"],
    correct: "A",
    answer: "sp³, sp, sp",
    keywords: ["sp3", "sp"],
    workedSolution:
      "Count the electron domains on each carbon. The CH₃ carbon has four single bonds (4 domains) → **sp³**. Each carbon of the triple bond has two domains (the triple bond counts as one, plus one other bond) → **sp**, linear, with two unhybridized p orbitals forming the two π bonds.",
  }),
  mcq({
    key: "chemistry-s2-3-01",
    levels: CORE,
    topicCode: "S2.3",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Why is the melting point of magnesium higher than that of sodium?",
    options: [
      "Magnesium atoms are larger than sodium atoms, so they pack more closely in the lattice.",
      "Magnesium forms covalent bonds between its atoms, which are stronger than metallic bonds.",
      "Magnesium has more delocalized electrons per atom and a smaller, more highly charged cation.",
      "Magnesium has a lower first ionization energy than sodium, so it loses its electrons more easily.",
    ],
    correct: "C",
    answer: "more delocalized electrons per atom and a smaller, more highly charged cation",
    keywords: ["delocalized", "2+", "charge"],
    workedSolution: String.raw`Metallic bonding is the electrostatic attraction between a lattice of cations and delocalized electrons. Mg contributes **two** electrons per atom and forms $\mathrm{Mg^{2+}}$ ions, which are smaller than $\mathrm{Na^+}$. More delocalized electrons and a higher charge density give stronger metallic bonding, so more energy is needed to melt Mg. Mg atoms are smaller than Na atoms, not larger (A); both metals have metallic, not covalent, bonding (B); and Mg's first ionization energy is higher than Na's (D).`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-3-02",
    levels: CORE,
    topicCode: "S2.3",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Describe",
    stem: "Describe metallic bonding and use your description to explain why metals conduct electricity.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "electrostatic attraction between a lattice of positive ions/cations and delocalized electrons",
        keywords: ["electrostatic attraction", "cations", "delocalized electrons"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "delocalized electrons are mobile/free to move and carry charge «when a potential difference is applied»",
        keywords: ["mobile", "free to move", "carry charge"],
      },
    ],
    workedSolution:
      "A metal is a lattice of **positive ions** surrounded by a 'sea' of **delocalized valence electrons**; metallic bonding is the electrostatic attraction between them. The delocalized electrons are not tied to any one atom, so when a potential difference is applied they can **move through the lattice**, carrying charge — the metal conducts.",
  },
  {
    type: "WRITTEN",
    key: "chemistry-s2-3h-01",
    levels: HL,
    topicCode: "S2.3H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Iron melts at 1538 °C, whereas calcium, also in period 4, melts at 842 °C. Explain this difference in terms of metallic bonding.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "iron/transition elements have 3d as well as 4s electrons delocalized / more delocalized electrons per atom",
        keywords: ["3d", "d-electrons", "more delocalized"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "stronger electrostatic attraction between the cations and the delocalized electrons «so more energy needed to melt» / smaller cations with higher charge density",
        keywords: ["stronger", "attraction", "smaller"],
      },
    ],
    workedSolution:
      "In calcium only the two 4s electrons are delocalized. In a transition element such as iron, the 3d and 4s sublevels are close in energy, so **3d electrons are also delocalized**. More delocalized electrons per atom, together with smaller cations, give a **stronger electrostatic attraction** between the cation lattice and the electron sea, so more energy is needed to melt iron.",
  },
  mcq({
    key: "chemistry-s2-4-01",
    levels: CORE,
    topicCode: "S2.4",
    difficulty: 1,
    commandTerm: "Deduce",
    stem: "A substance has a high melting point, does not conduct electricity as a solid, but conducts when molten. Which type of bonding is present?",
    options: ["Metallic", "Ionic", "Giant covalent", "Molecular covalent"],
    correct: "B",
    answer: "ionic",
    keywords: ["ionic"],
    workedSolution:
      "A high melting point suggests a giant structure. Metals conduct as solids, and giant covalent substances (except graphite) do not conduct even when molten. Conducting only when molten — because the ions become mobile — is characteristic of **ionic** compounds.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s2-4-02",
    levels: CORE,
    topicCode: "S2.4",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Steel, an alloy of iron containing a small percentage of carbon, is harder than pure iron. Explain why alloys are usually harder than the pure metals they contain.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "atoms of different size disrupt the regular arrangement/lattice of metal ions",
        keywords: ["different size", "disrupt", "irregular"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "layers cannot slide over each other as easily", keywords: ["layers", "slide"] },
    ],
    workedSolution:
      "In a pure metal all the cations are the same size, arranged in regular layers that can slide over one another when a force is applied (so the metal is malleable). In an alloy, atoms of a different size (here small carbon atoms) **disrupt the regular lattice**, so the layers **cannot slide** past each other as easily — the alloy is harder and stronger.",
  },
  {
    type: "WRITTEN",
    key: "chemistry-s2-4-03",
    levels: CORE,
    topicCode: "S2.4",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`Chloroethene, $\mathrm{CH_2{=}CHCl}$, polymerizes to form poly(chloroethene), PVC. Deduce the structural formula of the repeating unit of PVC and state why this type of polymerization has a 100% atom economy.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{-[CH_2{-}CHCl]-}$ «with continuation bonds; no C=C»`,
        keywords: ["CH2-CHCl", "CH2CHCl", "–CH2–CHCl–"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "addition polymerization: all the atoms of the monomers end up in the polymer / no by-product is formed",
        keywords: ["addition", "no by-product", "only product"],
      },
    ],
    workedSolution: String.raw`In addition polymerization the C=C π bond of each monomer opens and the carbons link to neighbouring monomers. The repeating unit is therefore the two carbons of the monomer joined by single bonds, with bonds extending at each end: $\mathrm{-[CH_2{-}CHCl]_n-}$. Since the polymer is the only product, every atom of the reactants appears in the desired product: the atom economy is 100%.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s2-4h-01",
    levels: HL,
    topicCode: "S2.4H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Outline",
    stem: String.raw`Nylon-6,6 is made from hexanedioic acid, $\mathrm{HOOC(CH_2)_4COOH}$, and 1,6-diaminohexane, $\mathrm{H_2N(CH_2)_6NH_2}$. Outline how the polymer forms, identifying the type of polymerization, the functional group (linkage) formed and the other product.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "condensation polymerization «each monomer has two functional groups that react»",
        keywords: ["condensation"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`amide/peptide linkage $\mathrm{-CONH-}$ formed between COOH and $\mathrm{NH_2}$`,
        keywords: ["amide", "CONH"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`water/$\mathrm{H_2O}$ eliminated «for each linkage formed»`, keywords: ["water", "H2O"] },
    ],
    workedSolution: String.raw`Each monomer has a reactive group at **both** ends. A carboxyl group of the diacid reacts with an amino group of the diamine, forming an **amide linkage**, $\mathrm{-CO{-}NH-}$, and eliminating a molecule of **water**. Because both ends can react again, long chains grow. A reaction that joins monomers while releasing a small molecule is **condensation polymerization**; the repeating unit is $\mathrm{-[OC(CH_2)_4CONH(CH_2)_6NH]-}$.`,
  },

  // ───────────────────────── Structure 3. Classification of matter ─────────────────────────
  mcq({
    key: "chemistry-s3-1-01",
    levels: CORE,
    topicCode: "S3.1",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Which trends are observed across period 3 from sodium to chlorine?",
    options: [
      "Atomic radius increases; electronegativity increases",
      "Atomic radius decreases; electronegativity increases",
      "Atomic radius decreases; electronegativity decreases",
      "Atomic radius increases; electronegativity decreases",
    ],
    correct: "B",
    answer: "atomic radius decreases; electronegativity increases",
    keywords: ["radius decreases", "electronegativity increases"],
    workedSolution:
      "Across a period the nuclear charge increases while electrons are added to the same main energy level, so shielding hardly changes. The outer electrons are pulled closer (**radius decreases**) and the atom attracts a bonding pair more strongly (**electronegativity increases**).",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s3-1-02",
    levels: CORE,
    topicCode: "S3.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "The reactivity of the group 1 metals with water increases from lithium to caesium. Explain this trend.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "atomic radius increases / more occupied main energy levels/shells down the group",
        keywords: ["radius increases", "more shells", "energy levels"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "outer/valence electron further from nucleus / more shielded «by inner electrons»",
        keywords: ["further", "shielding", "shielded"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "weaker attraction so outer electron lost more easily / lower ionization energy",
        keywords: ["weaker attraction", "lower ionization energy", "lost more easily"],
      },
    ],
    workedSolution:
      "Group 1 metals react by losing their single outer electron. Going down the group, each atom has one more occupied energy level, so the atomic radius increases and the outer electron is **further from the nucleus** and **more shielded** by inner electrons. The increase in nuclear charge is outweighed, so the attraction for the outer electron is weaker, the **ionization energy is lower**, and the electron is lost more readily — reactivity increases.",
  },
  {
    type: "WRITTEN",
    key: "chemistry-s3-1-03",
    levels: CORE,
    topicCode: "S3.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`Deduce equations for the reactions of sodium oxide, $\mathrm{Na_2O}$, and sulfur trioxide, $\mathrm{SO_3}$, with water, and state what these reactions show about the acid–base character of oxides across period 3.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\mathrm{Na_2O(s) + H_2O(l) \rightarrow 2NaOH(aq)}$`, keywords: ["2NaOH"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\mathrm{SO_3(g) + H_2O(l) \rightarrow H_2SO_4(aq)}$`, keywords: ["H2SO4"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "oxides change from basic «metal oxides, left» to acidic «non-metal oxides, right» across the period",
        keywords: ["basic", "acidic"],
      },
    ],
    workedSolution: String.raw`- Sodium oxide is a metal oxide: $\mathrm{Na_2O + H_2O \rightarrow 2NaOH}$, an alkaline solution — a **basic** oxide.
- Sulfur trioxide is a non-metal oxide: $\mathrm{SO_3 + H_2O \rightarrow H_2SO_4}$, an acidic solution — an **acidic** oxide.

Across period 3 the oxides change from basic (Na, Mg), through amphoteric ($\mathrm{Al_2O_3}$), to acidic (Si to Cl), following the change from metallic to non-metallic character.`,
  },
  mcq({
    key: "chemistry-s3-1-04",
    levels: CORE,
    topicCode: "S3.1",
    difficulty: 1,
    commandTerm: "Deduce",
    stem: String.raw`What is the oxidation state of chromium in potassium dichromate(VI), $\mathrm{K_2Cr_2O_7}$?`,
    options: ["+3", "+6", "+7", "+12"],
    correct: "B",
    answer: "+6",
    keywords: ["+6", "6"],
    workedSolution: String.raw`K is +1 and O is −2. The sum of oxidation states is zero: $2(+1) + 2x + 7(-2) = 0 \Rightarrow 2x = 12 \Rightarrow x = +6$. The name "dichromate(VI)" confirms it. +12 is the total for both Cr atoms, not each.`,
  }),
  mcq({
    key: "chemistry-s3-1-05",
    levels: CORE,
    topicCode: "S3.1",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which period 3 oxide is amphoteric?",
    options: [String.raw`$\mathrm{MgO}$`, String.raw`$\mathrm{Al_2O_3}$`, String.raw`$\mathrm{SiO_2}$`, String.raw`$\mathrm{P_4O_{10}}$`],
    correct: "B",
    answer: String.raw`$\mathrm{Al_2O_3}$`,
    keywords: ["Al2O3"],
    workedSolution: String.raw`An amphoteric oxide reacts with both acids and bases. $\mathrm{Al_2O_3}$ dissolves in acids (forming $\mathrm{Al^{3+}}$ salts) and in hot concentrated alkali. MgO is basic; $\mathrm{SiO_2}$ and $\mathrm{P_4O_{10}}$ are acidic.`,
  }),
  mcq({
    key: "chemistry-s3-1h-01",
    levels: HL,
    topicCode: "S3.1H",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which complex ion is colourless in aqueous solution?",
    options: [
      String.raw`$[\mathrm{Cu(H_2O)_6}]^{2+}$`,
      String.raw`$[\mathrm{Fe(H_2O)_6}]^{3+}$`,
      String.raw`$[\mathrm{Zn(H_2O)_6}]^{2+}$`,
      String.raw`$[\mathrm{Cr(H_2O)_6}]^{3+}$`,
    ],
    correct: "C",
    answer: String.raw`$[\mathrm{Zn(H_2O)_6}]^{2+}$ (3d¹⁰)`,
    keywords: ["Zn", "3d10"],
    workedSolution: String.raw`Colour comes from electrons moving between split d orbitals, which needs a **partially filled** d sublevel. $\mathrm{Zn^{2+}}$ is $[\mathrm{Ar}]3d^{10}$: the d sublevel is full, so no d–d transition is possible and no visible light is absorbed. $\mathrm{Cu^{2+}}$ ($3d^9$), $\mathrm{Fe^{3+}}$ ($3d^5$) and $\mathrm{Cr^{3+}}$ ($3d^3$) all form coloured complexes.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s3-1h-02",
    levels: HL,
    topicCode: "S3.1H",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`Explain why an aqueous solution containing $[\mathrm{Cu(H_2O)_6}]^{2+}$ ions is blue.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{Cu^{2+}}$ has a partially filled/incomplete d sublevel «$3d^9$»`,
        keywords: ["partially filled", "3d9", "incomplete"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "ligands/water molecules cause the d orbitals to split into two sets of different energy",
        keywords: ["split", "ligands"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "light «of a particular frequency» in the visible region is absorbed as an electron is promoted to the higher-energy set of d orbitals",
        keywords: ["absorbed", "promoted", "visible"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: "the complementary colour/remaining wavelengths are transmitted «orange/red absorbed, so blue seen»",
        keywords: ["complementary", "transmitted", "orange", "red"],
      },
    ],
    workedSolution: String.raw`1. $\mathrm{Cu^{2+}}$ is $[\mathrm{Ar}]3d^9$ — its d sublevel is **partially filled**.
2. In the free ion the five 3d orbitals have equal energy, but the six water **ligands** repel the d electrons unequally, **splitting** the d orbitals into a lower and a higher set separated by $\Delta E$.
3. A photon of visible light whose energy equals $\Delta E$ is **absorbed**, promoting an electron from the lower to the higher set.
4. $[\mathrm{Cu(H_2O)_6}]^{2+}$ absorbs in the orange–red region, so the light that passes through (the **complementary colour**) looks blue.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-s3-1h-03",
    levels: HL,
    topicCode: "S3.1H",
    difficulty: 3,
    marks: 2,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The visible absorption spectrum of a transition-metal complex has a maximum at a wavelength of 500 nm. Calculate the energy difference between the split d orbitals, in $\mathrm{kJ\,mol^{-1}}$, to three significant figures. Use $h = 6.63 \times 10^{-34}\ \mathrm{J\,s}$, $c = 3.00 \times 10^{8}\ \mathrm{m\,s^{-1}}$ and $N_A = 6.02 \times 10^{23}\ \mathrm{mol^{-1}}$.`,
    numericAnswer: { value: 239, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$E = \dfrac{hc}{\lambda} = \dfrac{6.63 \times 10^{-34} \times 3.00 \times 10^{8}}{500 \times 10^{-9}} = 3.98 \times 10^{-19}$ «J»`,
        keywords: ["3.98"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$3.98 \times 10^{-19} \times 6.02 \times 10^{23} / 1000 = 239$ «kJ mol⁻¹»`, keywords: ["239"] },
    ],
    workedSolution: String.raw`Convert the wavelength: $500\ \mathrm{nm} = 5.00 \times 10^{-7}\ \mathrm{m}$.

Energy of one photon: $E = \dfrac{hc}{\lambda} = \dfrac{(6.63 \times 10^{-34})(3.00 \times 10^{8})}{5.00 \times 10^{-7}} = 3.978 \times 10^{-19}\ \mathrm{J}$

Per mole: $3.978 \times 10^{-19} \times 6.02 \times 10^{23} = 2.39 \times 10^{5}\ \mathrm{J\,mol^{-1}} = 239\ \mathrm{kJ\,mol^{-1}}$`,
  },
  mcq({
    key: "chemistry-s3-1h-04",
    levels: HL,
    topicCode: "S3.1H",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: String.raw`What are the oxidation state of cobalt and the coordination number in the complex ion $[\mathrm{Co(NH_3)_4Cl_2}]^{+}$?`,
    options: [
      "Oxidation state +1; coordination number 6",
      "Oxidation state +3; coordination number 4",
      "Oxidation state +3; coordination number 6",
      "Oxidation state +2; coordination number 6",
    ],
    correct: "C",
    answer: "+3 and 6",
    keywords: ["+3", "6"],
    workedSolution: String.raw`$\mathrm{NH_3}$ is neutral and each $\mathrm{Cl^-}$ is −1. For an overall charge of +1: $x + 4(0) + 2(-1) = +1 \Rightarrow x = +3$. The coordination number is the number of coordination bonds to the central ion: 4 $\mathrm{NH_3}$ + 2 $\mathrm{Cl^-}$ = **6**.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s3-1h-05",
    levels: HL,
    topicCode: "S3.1H",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Manganese forms compounds with oxidation states from +2 to +7, whereas calcium is found only in the +2 state. Explain why transition elements show variable oxidation states.",
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "3d and 4s sublevels/orbitals are close in energy", keywords: ["close in energy", "3d", "4s"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "so different numbers of electrons can be lost/used in bonding without a large jump in ionization energy «successive IEs increase gradually»",
        keywords: ["different numbers", "gradually", "no large jump"],
      },
    ],
    workedSolution:
      "In transition elements the **3d and 4s electrons are close in energy**, so successive ionization energies rise fairly gradually as electrons are removed from the 4s and then 3d sublevels. Different numbers of electrons can therefore be lost (or used in bonding) with comparable energy cost, giving several stable oxidation states. In calcium, removing a third electron would mean breaking into the full inner shell, which requires a very large jump in energy, so only +2 is found.",
  },
  mcq({
    key: "chemistry-s3-2-01",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 2,
    commandTerm: "Identify",
    stem: String.raw`What is the IUPAC name of $\mathrm{CH_3CH(CH_3)CH_2OH}$?`,
    options: ["Butan-1-ol", "2-methylpropan-1-ol", "2-methylpropan-2-ol", "1-methylpropan-1-ol"],
    correct: "B",
    answer: "2-methylpropan-1-ol",
    keywords: ["2-methylpropan-1-ol"],
    workedSolution:
      "The longest carbon chain containing the carbon bearing –OH has three carbons (propan-), with –OH on carbon 1 (propan-1-ol). A methyl branch sits on carbon 2. The name is **2-methylpropan-1-ol**. It is a primary alcohol because the –OH carbon is bonded to only one other carbon.",
  }),
  mcq({
    key: "chemistry-s3-2-02",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 1,
    commandTerm: "Identify",
    stem: String.raw`Which functional group is present in $\mathrm{CH_3COOCH_2CH_3}$?`,
    options: ["Carboxyl", "Ester", "Ether", "Carbonyl (ketone)"],
    correct: "B",
    answer: "ester (–COO–)",
    keywords: ["ester"],
    workedSolution: String.raw`The group $\mathrm{-COO-}$ joining two carbon chains is an **ester** group (this is ethyl ethanoate). A carboxyl group is $\mathrm{-COOH}$ with an O–H; an ether has C–O–C without C=O; a ketone has C=O between two carbons.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-s3-2-03",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 2,
    marks: 1,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`Determine the index of hydrogen deficiency (IHD) of a compound with molecular formula $\mathrm{C_5H_8O_2}$.`,
    numericAnswer: { value: 2 },
    markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`IHD $= \tfrac{1}{2}(2 \times 5 + 2 - 8) = 2$`, keywords: ["2"] }],
    workedSolution: String.raw`For $\mathrm{C_cH_hN_nO_oX_x}$: $\mathrm{IHD} = \tfrac{1}{2}(2c + 2 + n - h - x)$. Oxygen atoms are ignored.

$\mathrm{IHD} = \tfrac{1}{2}(2 \times 5 + 2 - 8) = \tfrac{1}{2}(4) = 2$

So the molecule contains two rings and/or π bonds in total — for example one C=C and one C=O.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s3-2-04",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`An unknown compound has the molecular formula $\mathrm{C_3H_6O}$. Its infrared spectrum shows a strong absorption at $1715\ \mathrm{cm^{-1}}$ and no broad absorption between 3200 and $3600\ \mathrm{cm^{-1}}$. Its $^1\mathrm{H}$ NMR spectrum shows only one signal. Deduce the identity of the compound, explaining how each piece of evidence supports your answer.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "absorption at 1715 cm⁻¹ shows C=O/carbonyl group «1700–1750 cm⁻¹»", keywords: ["C=O", "carbonyl"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "no broad absorption at 3200–3600 cm⁻¹ so no O–H «not an alcohol»",
        keywords: ["no O–H", "no O-H", "not an alcohol"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`one $^1\mathrm{H}$ NMR signal so all six H in the same environment: propanone, $\mathrm{CH_3COCH_3}$ «propanal would give three signals»`,
        keywords: ["propanone", "CH3COCH3", "one environment"],
      },
    ],
    workedSolution: String.raw`- **IR 1715 cm⁻¹**: a strong band in the range 1700–1750 cm⁻¹ indicates a **C=O** group, so the compound is an aldehyde or a ketone.
- **No broad band at 3200–3600 cm⁻¹**: there is **no O–H**, ruling out alcohols such as prop-2-en-1-ol.
- **One NMR signal**: all hydrogen atoms are in the **same chemical environment**. Propanal, $\mathrm{CH_3CH_2CHO}$, has three environments (3 signals), whereas in **propanone**, $\mathrm{CH_3COCH_3}$, the two CH₃ groups are equivalent — one signal.

The compound is propanone.`,
  },
  mcq({
    key: "chemistry-s3-2-05",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 2,
    commandTerm: "Identify",
    stem: String.raw`The mass spectrum of propanone, $\mathrm{CH_3COCH_3}$, has its largest peak at $m/z = 43$. Which ion is responsible for this peak?`,
    options: [String.raw`$\mathrm{CH_3CO^+}$`, String.raw`$\mathrm{C_2H_5^+}$`, String.raw`$\mathrm{CH_3^+}$`, String.raw`$\mathrm{C_3H_6O^+}$`],
    correct: "A",
    answer: String.raw`$\mathrm{CH_3CO^+}$ (loss of $\mathrm{CH_3}$, 58 − 15)`,
    keywords: ["CH3CO+"],
    workedSolution: String.raw`The molecular ion $\mathrm{C_3H_6O^+}$ has $m/z = 58$. Losing a methyl group (mass 15) leaves $\mathrm{CH_3CO^+}$: $12.01 \times 2 + 3(1.01) + 16.00 \approx 43$. $\mathrm{C_2H_5^+}$ is 29 and cannot form from propanone without rearrangement; $\mathrm{CH_3^+}$ is 15.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s3-2-06",
    levels: CORE,
    topicCode: "S3.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`There are four structural isomers of $\mathrm{C_4H_{10}O}$ that are alcohols. Deduce the names of **two** of them and classify each as a primary, secondary or tertiary alcohol.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "butan-1-ol, primary", keywords: ["butan-1-ol"] },
      { id: "p2", kind: "POINT", marks: 1, text: "butan-2-ol, secondary", keywords: ["butan-2-ol"] },
      { id: "p3", kind: "POINT", marks: 1, text: "2-methylpropan-1-ol, primary", keywords: ["2-methylpropan-1-ol"] },
      { id: "p4", kind: "POINT", marks: 1, text: "2-methylpropan-2-ol, tertiary", keywords: ["2-methylpropan-2-ol"] },
    ],
    workedSolution: String.raw`The four alcohols (any two score):

| Structure | Name | Class |
|---|---|---|
| $\mathrm{CH_3CH_2CH_2CH_2OH}$ | butan-1-ol | primary (C–OH bonded to 1 C) |
| $\mathrm{CH_3CH(OH)CH_2CH_3}$ | butan-2-ol | secondary (2 C) |
| $\mathrm{(CH_3)_2CHCH_2OH}$ | 2-methylpropan-1-ol | primary |
| $\mathrm{(CH_3)_3COH}$ | 2-methylpropan-2-ol | tertiary (3 C) |

The class depends on how many carbon atoms are attached to the carbon that carries the –OH group.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-s3-2h-01",
    levels: HL,
    topicCode: "S3.2H",
    difficulty: 5,
    marks: 4,
    paper: "P1B",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`A compound with molecular formula $\mathrm{C_4H_8O_2}$ gives a strong infrared absorption at $1740\ \mathrm{cm^{-1}}$ and no broad absorption above $3000\ \mathrm{cm^{-1}}$. Its $^1\mathrm{H}$ NMR spectrum is summarised below.

| Chemical shift δ / ppm | Relative integration | Splitting |
|---|---|---|
| 4.1 | 2 | quartet |
| 2.0 | 3 | singlet |
| 1.3 | 3 | triplet |

Deduce the structure of the compound, explaining how the data support your answer.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "C=O at 1740 cm⁻¹ and no O–H, so an ester «IHD = 1»", keywords: ["ester", "C=O", "no O–H"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`quartet (2H) and triplet (3H) show a $\mathrm{CH_2CH_3}$/ethyl group «each split by n neighbouring H into n + 1 peaks»`,
        keywords: ["ethyl", "CH2CH3", "n + 1", "n+1"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`singlet (3H) at 2.0 ppm: $\mathrm{CH_3}$ with no neighbouring H, next to C=O / $\mathrm{CH_3CO-}$`,
        keywords: ["singlet", "CH3CO", "no neighbouring"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{CH_2}$ at 4.1 ppm is bonded to O «$\mathrm{-O{-}CH_2-}$»`,
        keywords: ["4.1", "bonded to O", "O–CH2"],
      },
      { id: "p5", kind: "POINT", marks: 1, text: String.raw`ethyl ethanoate, $\mathrm{CH_3COOCH_2CH_3}$`, keywords: ["ethyl ethanoate", "CH3COOCH2CH3"] },
    ],
    workedSolution: String.raw`- IHD $= \tfrac{1}{2}(2 \times 4 + 2 - 8) = 1$: one π bond. The IR band at 1740 cm⁻¹ (C=O) with no O–H band points to an **ester**.
- The **quartet (2H)** and **triplet (3H)** are the classic ethyl pattern: the $\mathrm{CH_2}$ has 3 neighbouring H (3 + 1 = 4 peaks) and the $\mathrm{CH_3}$ has 2 neighbouring H (2 + 1 = 3 peaks).
- The **singlet (3H)** is a $\mathrm{CH_3}$ with no H on the adjacent carbon; δ 2.0 fits $\mathrm{CH_3}$ next to C=O.
- The $\mathrm{CH_2}$ at **δ 4.1** is strongly deshielded: it is attached to the ester oxygen, $\mathrm{-O{-}CH_2-}$.

The compound is **ethyl ethanoate**, $\mathrm{CH_3COOCH_2CH_3}$. (The isomer methyl propanoate, $\mathrm{CH_3CH_2COOCH_3}$, would show its singlet near 3.7 ppm, for $\mathrm{O{-}CH_3}$, and its quartet near 2.3 ppm.)`,
  },
  mcq({
    key: "chemistry-s3-2h-02",
    levels: HL,
    topicCode: "S3.2H",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which compound exists as a pair of enantiomers (optical isomers)?",
    options: ["Propan-2-ol", "Butan-2-ol", "2-methylpropan-2-ol", "Pentan-3-ol"],
    correct: "B",
    answer: "butan-2-ol (C2 is a chiral centre)",
    keywords: ["butan-2-ol"],
    workedSolution: String.raw`A chiral carbon has four **different** groups attached. In butan-2-ol, C2 carries H, OH, $\mathrm{CH_3}$ and $\mathrm{C_2H_5}$ — all different — so the molecule is chiral. In propan-2-ol (two $\mathrm{CH_3}$), 2-methylpropan-2-ol (three $\mathrm{CH_3}$) and pentan-3-ol (two $\mathrm{C_2H_5}$) the –OH carbon has two identical groups.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-s3-2h-03",
    levels: HL,
    topicCode: "S3.2H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain why but-2-ene exists as cis and trans isomers, whereas but-1-ene does not.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "restricted/no rotation about the C=C double bond «because of the π bond»",
        keywords: ["restricted rotation", "no rotation", "π bond", "pi bond"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`in but-2-ene each carbon of the C=C carries two different groups «H and $\mathrm{CH_3}$», so they can be on the same side (cis) or opposite sides (trans)`,
        keywords: ["two different groups", "same side", "opposite"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: "in but-1-ene one carbon of the C=C has two identical groups/two H atoms", keywords: ["two H", "identical"] },
    ],
    workedSolution: String.raw`Rotation about a C=C bond would require breaking the **π bond** (formed by sideways overlap of p orbitals), so rotation is **restricted** and groups are locked in position.

In but-2-ene, $\mathrm{CH_3CH{=}CHCH_3}$, each double-bond carbon carries H and $\mathrm{CH_3}$. The two $\mathrm{CH_3}$ groups can be on the **same side** (cis) or **opposite sides** (trans) — two different compounds.

In but-1-ene, $\mathrm{CH_2{=}CHCH_2CH_3}$, the terminal carbon carries two identical H atoms, so swapping them gives the same molecule: no cis–trans isomerism.`,
  },
  // ───────────────────────── Reactivity 1. What drives chemical reactions? ─────────────────────────
  {
    type: "NUMERIC",
    key: "chemistry-r1-1-01",
    levels: CORE,
    topicCode: "R1.1",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`$50.0\ \mathrm{cm^3}$ of $1.00\ \mathrm{mol\,dm^{-3}}$ hydrochloric acid was mixed with $50.0\ \mathrm{cm^3}$ of $1.00\ \mathrm{mol\,dm^{-3}}$ sodium hydroxide solution in a polystyrene cup. The temperature of the mixture rose by 6.60 K.

Assuming the solution has a density of $1.00\ \mathrm{g\,cm^{-3}}$ and a specific heat capacity of $4.18\ \mathrm{J\,g^{-1}\,K^{-1}}$, and that no heat is lost, calculate the enthalpy change of neutralization, in $\mathrm{kJ\,mol^{-1}}$, to three significant figures.`,
    numericAnswer: { value: -55.2, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$q = mc\Delta T = 100.0 \times 4.18 \times 6.60 = 2759$ «J» / 2.76 «kJ»`,
        keywords: ["2759", "2.76"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$n(\mathrm{H_2O}) = 0.0500$ «mol»`, keywords: ["0.0500"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\Delta H = -2.76 / 0.0500 = -55.2$ «kJ mol⁻¹» (negative sign required)`,
        keywords: ["-55.2", "−55.2"],
      },
    ],
    workedSolution: String.raw`**Heat released.** The total volume is $100.0\ \mathrm{cm^3}$, so the mass of solution is 100.0 g.

$q = mc\Delta T = 100.0 \times 4.18 \times 6.60 = 2759\ \mathrm{J} = 2.759\ \mathrm{kJ}$

**Amount reacting.** $n(\mathrm{HCl}) = n(\mathrm{NaOH}) = 1.00 \times 0.0500 = 0.0500\ \mathrm{mol}$, so 0.0500 mol of water forms.

**Enthalpy change.** The temperature rose, so the reaction is exothermic and $\Delta H$ is negative:

$\Delta H = -\dfrac{2.759}{0.0500} = -55.2\ \mathrm{kJ\,mol^{-1}}$`,
  },
  mcq({
    key: "chemistry-r1-1-02",
    levels: CORE,
    topicCode: "R1.1",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Which statement describes an endothermic reaction?",
    options: [
      "ΔH is negative and the surroundings become warmer.",
      "ΔH is positive and the surroundings become cooler.",
      "ΔH is positive and the surroundings become warmer.",
      "ΔH is negative and the surroundings become cooler.",
    ],
    correct: "B",
    answer: "ΔH positive; surroundings cool",
    keywords: ["positive", "cooler"],
    workedSolution:
      "In an endothermic reaction the system absorbs heat from the surroundings, so the products have more enthalpy than the reactants (ΔH > 0) and the surroundings — for example the solution and thermometer — get **cooler**.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r1-1-03",
    levels: CORE,
    topicCode: "R1.1",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Suggest",
    stem: String.raw`A student's experimental enthalpy change of neutralization, found using a polystyrene cup without a lid, was $-52.3\ \mathrm{kJ\,mol^{-1}}$. The literature value is $-57.1\ \mathrm{kJ\,mol^{-1}}$. Suggest **two** reasons why the experimental value is less exothermic than the literature value and **one** improvement to the method.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "heat lost to the surroundings «through the open top/sides of the cup»",
        keywords: ["heat loss", "heat lost", "surroundings"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "heat absorbed by the cup/thermometer/calorimeter «not included in the calculation»",
        keywords: ["absorbed by", "cup", "calorimeter"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "assumption that the solution has the density/specific heat capacity of water is not exact / maximum temperature was not recorded because of slow thermometer response",
        keywords: ["specific heat", "density", "assumption"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: "improvement: use a lid/extra insulation / extrapolate a temperature–time graph back to the time of mixing to correct for heat loss",
        keywords: ["lid", "insulat", "extrapolate"],
      },
    ],
    workedSolution:
      "A less exothermic result means the measured temperature rise was too small.\n\n**Reasons:** heat escaped to the surroundings (especially through the open top of the cup) before the maximum temperature was reached; some heat warmed the cup and thermometer rather than the solution; the solution may not have exactly the density and specific heat capacity of water.\n\n**Improvement:** fit a lid and add insulation, and/or record the temperature at regular intervals before and after mixing and **extrapolate** the cooling line back to the moment of mixing to estimate the true maximum temperature.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-1-04",
    levels: CORE,
    topicCode: "R1.1",
    difficulty: 2,
    marks: 2,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: "In a calorimetry experiment the initial temperature was 21.4 °C and the maximum temperature was 28.0 °C. Each thermometer reading has an uncertainty of ±0.1 °C. Calculate the percentage uncertainty in the temperature change, to two significant figures.",
    numericAnswer: { value: 3.0, unit: "%", sigFigs: 2, sigFigsExact: true, tolerance: 0.05 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "ΔT = 6.6 ± 0.2 °C «absolute uncertainties add»", keywords: ["0.2", "6.6"] },
      { id: "p2", kind: "POINT", marks: 1, text: "0.2/6.6 × 100 = 3.0 «%»", keywords: ["3.0", "3"] },
    ],
    workedSolution: String.raw`$\Delta T = 28.0 - 21.4 = 6.6\ ^\circ\mathrm{C}$.

When two values are **subtracted**, their absolute uncertainties **add**: $\pm(0.1 + 0.1) = \pm 0.2\ ^\circ\mathrm{C}$.

Percentage uncertainty $= \dfrac{0.2}{6.6} \times 100 = 3.0\%$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-2-01",
    levels: CORE,
    topicCode: "R1.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Use the average bond enthalpies below to calculate the enthalpy change, in $\mathrm{kJ\,mol^{-1}}$, for the combustion of gaseous methanol:

$$\mathrm{CH_3OH(g) + \tfrac{3}{2}O_2(g) \rightarrow CO_2(g) + 2H_2O(g)}$$

| Bond | C–H | C–O | O–H | O=O | C=O |
|---|---|---|---|---|---|
| Average bond enthalpy / kJ mol⁻¹ | 414 | 358 | 463 | 498 | 804 |`,
    numericAnswer: { value: -650, unit: "kJ mol⁻¹", tolerance: 1 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`bonds broken: $3(414) + 358 + 463 + 1.5(498) = 2810$ «kJ»`, keywords: ["2810"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`bonds formed: $2(804) + 4(463) = 3460$ «kJ»`, keywords: ["3460"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$\Delta H = 2810 - 3460 = -650$ «kJ mol⁻¹»`, keywords: ["-650", "−650"] },
    ],
    workedSolution: String.raw`$\Delta H = \Sigma(\text{bonds broken}) - \Sigma(\text{bonds formed})$

**Broken** (reactants): $\mathrm{CH_3OH}$ has 3 C–H, 1 C–O and 1 O–H; plus 1.5 O=O.
$3(414) + 358 + 463 + 1.5(498) = 1242 + 358 + 463 + 747 = 2810\ \mathrm{kJ}$

**Formed** (products): $\mathrm{CO_2}$ has 2 C=O; 2 $\mathrm{H_2O}$ have 4 O–H.
$2(804) + 4(463) = 1608 + 1852 = 3460\ \mathrm{kJ}$

$\Delta H = 2810 - 3460 = -650\ \mathrm{kJ\,mol^{-1}}$ (exothermic, as expected for a combustion).`,
  },
  mcq({
    key: "chemistry-r1-2-02",
    levels: CORE,
    topicCode: "R1.2",
    difficulty: 2,
    commandTerm: "Determine",
    stem: String.raw`Use the enthalpy changes below:

$\mathrm{C(s) + O_2(g) \rightarrow CO_2(g)} \quad \Delta H = -394\ \mathrm{kJ\,mol^{-1}}$

$\mathrm{CO(g) + \tfrac{1}{2}O_2(g) \rightarrow CO_2(g)} \quad \Delta H = -283\ \mathrm{kJ\,mol^{-1}}$

What is the enthalpy change, in $\mathrm{kJ\,mol^{-1}}$, for $\mathrm{C(s) + \tfrac{1}{2}O_2(g) \rightarrow CO(g)}$?`,
    options: ["−677", "−111", "+111", "−394"],
    correct: "B",
    answer: "−111 kJ mol⁻¹",
    keywords: ["-111", "−111"],
    workedSolution: String.raw`By Hess's law, go from C to CO via $\mathrm{CO_2}$: use the first equation as written, then the **reverse** of the second (changing its sign).

$\Delta H = -394 + (+283) = -111\ \mathrm{kJ\,mol^{-1}}$`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r1-2-03",
    levels: CORE,
    topicCode: "R1.2",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`The standard enthalpy change of combustion of methanol is $-726\ \mathrm{kJ\,mol^{-1}}$, but a calculation using average bond enthalpies gives about $-650\ \mathrm{kJ\,mol^{-1}}$. Explain **two** reasons for the difference.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "bond enthalpies are average values «from many different compounds», not specific to methanol/CO₂/H₂O",
        keywords: ["average"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "bond enthalpies refer to gaseous species, but under standard conditions methanol and water are liquids «so enthalpy changes of vaporization/condensation are not included»",
        keywords: ["gaseous", "liquid", "vaporization", "state"],
      },
    ],
    workedSolution:
      "1. **Average values.** A tabulated bond enthalpy is an average over many molecules; the actual C–H or O–H bond in methanol differs slightly.\n2. **States.** Bond enthalpy calculations apply only to gases. Under standard conditions methanol and water are **liquids**. Condensing the gaseous water product releases extra heat, which is why the measured value is more exothermic than the bond-enthalpy estimate.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-2h-01",
    levels: HL,
    topicCode: "R1.2H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the standard enthalpy change, in $\mathrm{kJ\,mol^{-1}}$, for the reduction of iron(III) oxide in a blast furnace:

$$\mathrm{Fe_2O_3(s) + 3CO(g) \rightarrow 2Fe(s) + 3CO_2(g)}$$

| Substance | $\mathrm{Fe_2O_3(s)}$ | $\mathrm{CO(g)}$ | $\mathrm{CO_2(g)}$ |
|---|---|---|---|
| $\Delta H_f^\ominus$ / kJ mol⁻¹ | −824.2 | −110.5 | −393.5 |`,
    numericAnswer: { value: -24.8, unit: "kJ mol⁻¹", sigFigs: 3, tolerance: 0.1 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\Delta H = \Sigma\Delta H_f(\text{products}) - \Sigma\Delta H_f(\text{reactants}) = 3(-393.5) - [-824.2 + 3(-110.5)]$`,
        keywords: ["-1180.5", "-1155.7", "products − reactants"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "−24.8 «kJ mol⁻¹»", keywords: ["-24.8", "−24.8"] },
    ],
    workedSolution: String.raw`$\Delta H^\ominus = \Sigma\Delta H_f^\ominus(\text{products}) - \Sigma\Delta H_f^\ominus(\text{reactants})$. Elements in their standard states (here Fe(s)) have $\Delta H_f^\ominus = 0$.

Products: $3(-393.5) + 2(0) = -1180.5$

Reactants: $-824.2 + 3(-110.5) = -1155.7$

$\Delta H^\ominus = -1180.5 - (-1155.7) = -24.8\ \mathrm{kJ\,mol^{-1}}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-2h-02",
    levels: HL,
    topicCode: "R1.2H",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`Use the data below to determine the lattice enthalpy of calcium chloride, $\mathrm{CaCl_2(s) \rightarrow Ca^{2+}(g) + 2Cl^-(g)}$, in $\mathrm{kJ\,mol^{-1}}$.

| Process | ΔH / kJ mol⁻¹ |
|---|---|
| Enthalpy of formation of $\mathrm{CaCl_2(s)}$ | −795 |
| Enthalpy of atomization of Ca, $\mathrm{Ca(s) \rightarrow Ca(g)}$ | +178 |
| First ionization energy of Ca | +590 |
| Second ionization energy of Ca | +1145 |
| Enthalpy of atomization of Cl, $\mathrm{\tfrac{1}{2}Cl_2(g) \rightarrow Cl(g)}$ | +121 |
| First electron affinity of Cl | −349 |`,
    numericAnswer: { value: 2252, unit: "kJ mol⁻¹", sigFigs: 4, tolerance: 1 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "chlorine values doubled: 2 × 121 = 242 and 2 × (−349) = −698", keywords: ["242", "-698", "−698"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "lattice enthalpy = −ΔHf + atomization «Ca» + IE₁ + IE₂ + 2 atomization «Cl» + 2 EA / 795 + 178 + 590 + 1145 + 242 − 698",
        keywords: ["795 + 178", "cycle"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: "+2252 «kJ mol⁻¹»", keywords: ["2252"] },
    ],
    workedSolution: String.raw`Build the Born–Haber cycle. Going from the elements to the gaseous ions directly, or via the solid, must give the same total:

$$\Delta H_f = \Delta H_{at}(\mathrm{Ca}) + IE_1 + IE_2 + 2\Delta H_{at}(\mathrm{Cl}) + 2EA(\mathrm{Cl}) - \Delta H_{latt}$$

Two chloride ions are needed, so the chlorine terms are doubled: $2(+121) = +242$ and $2(-349) = -698$.

$\Delta H_{latt} = -\Delta H_f + 178 + 590 + 1145 + 242 - 698$
$= 795 + 178 + 590 + 1145 + 242 - 698 = +2252\ \mathrm{kJ\,mol^{-1}}$

(Lattice enthalpy is defined here for breaking up the lattice, so it is positive.)`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r1-2h-03",
    levels: HL,
    topicCode: "R1.2H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`The first electron affinity of oxygen is exothermic ($-141\ \mathrm{kJ\,mol^{-1}}$) but the second electron affinity, $\mathrm{O^-(g) + e^- \rightarrow O^{2-}(g)}$, is endothermic ($+753\ \mathrm{kJ\,mol^{-1}}$). Explain why the second electron affinity is endothermic.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`the electron is added to a negative ion/$\mathrm{O^-}$`, keywords: ["negative ion", "O-", "O⁻"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "repulsion between the negative ion and the incoming electron must be overcome, so energy is absorbed",
        keywords: ["repulsion", "repel"],
      },
    ],
    workedSolution: String.raw`In the first electron affinity an electron is attracted by the nucleus of a neutral O atom, so energy is released. For the second, the electron must be forced onto an ion that is **already negatively charged**. The **repulsion** between $\mathrm{O^-}$ and the incoming electron outweighs the attraction of the nucleus, so energy must be supplied: the process is endothermic. (In an ionic solid this cost is more than repaid by the large lattice enthalpy of $\mathrm{O^{2-}}$ compounds.)`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-3-01",
    levels: CORE,
    topicCode: "R1.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The standard enthalpy change of combustion of octane, $\mathrm{C_8H_{18}}$, is $-5470\ \mathrm{kJ\,mol^{-1}}$. Calculate the energy released, in kJ, when 1.00 kg of octane is burned completely. Give your answer to three significant figures.`,
    numericAnswer: { value: 47900, unit: "kJ", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n = 1000 / 114.26 = 8.75$ «mol»`, keywords: ["114.26", "8.75"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$8.75 \times 5470 = 4.79 \times 10^{4}$ «kJ»`, keywords: ["47900", "4.79"] },
    ],
    workedSolution: String.raw`$M(\mathrm{C_8H_{18}}) = 8(12.01) + 18(1.01) = 96.08 + 18.18 = 114.26\ \mathrm{g\,mol^{-1}}$

$n = \dfrac{1000}{114.26} = 8.752\ \mathrm{mol}$

Energy released $= 8.752 \times 5470 = 4.79 \times 10^{4}\ \mathrm{kJ}$ (so the specific energy of octane is about $47.9\ \mathrm{MJ\,kg^{-1}}$).`,
  },
  mcq({
    key: "chemistry-r1-3-02",
    levels: CORE,
    topicCode: "R1.3",
    difficulty: 3,
    commandTerm: "Identify",
    stem: "Which half-equation represents the reaction at the negative electrode (anode) of a hydrogen–oxygen fuel cell with an acidic electrolyte?",
    options: [
      String.raw`$\mathrm{H_2(g) \rightarrow 2H^+(aq) + 2e^-}$`,
      String.raw`$\mathrm{O_2(g) + 4H^+(aq) + 4e^- \rightarrow 2H_2O(l)}$`,
      String.raw`$\mathrm{2H_2O(l) \rightarrow O_2(g) + 4H^+(aq) + 4e^-}$`,
      String.raw`$\mathrm{H_2(g) + 2OH^-(aq) \rightarrow 2H_2O(l) + 2e^-}$`,
    ],
    correct: "A",
    answer: String.raw`$\mathrm{H_2 \rightarrow 2H^+ + 2e^-}$`,
    keywords: ["H2", "2H+"],
    workedSolution: String.raw`The fuel, hydrogen, is **oxidized** at the anode (negative electrode), releasing electrons to the external circuit. In acid the product is $\mathrm{H^+}$: $\mathrm{H_2 \rightarrow 2H^+ + 2e^-}$. B is the cathode reaction (reduction of oxygen); D is the anode reaction in an **alkaline** cell; C is the reverse of the cathode reaction.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r1-3-03",
    levels: CORE,
    topicCode: "R1.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "State",
    stem: "In a poorly maintained engine, octane undergoes incomplete combustion, forming carbon monoxide and water only. State the balanced equation for this reaction and outline why carbon monoxide is hazardous to health.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`correct formulas: $\mathrm{C_8H_{18} + O_2 \rightarrow CO + H_2O}$`,
        keywords: ["C8H18", "CO", "H2O"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`balanced: $\mathrm{2C_8H_{18} + 17O_2 \rightarrow 16CO + 18H_2O}$ / $\mathrm{C_8H_{18} + 8\tfrac{1}{2}O_2 \rightarrow 8CO + 9H_2O}$`,
        keywords: ["17O2", "16CO", "8.5", "18H2O"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "CO binds «strongly» to haemoglobin «in preference to oxygen», reducing the blood's ability to carry oxygen",
        keywords: ["haemoglobin", "hemoglobin", "oxygen"],
      },
    ],
    workedSolution: String.raw`Balance C, then H, then O:

- 8 C → 8 CO; 18 H → 9 $\mathrm{H_2O}$
- O atoms needed: 8 + 9 = 17, i.e. $8\tfrac{1}{2}\ \mathrm{O_2}$

$\mathrm{C_8H_{18} + 8\tfrac{1}{2}O_2 \rightarrow 8CO + 9H_2O}$, or doubled: $\mathrm{2C_8H_{18} + 17O_2 \rightarrow 16CO + 18H_2O}$

Carbon monoxide is colourless and odourless; it binds strongly to the haemoglobin in red blood cells, so less oxygen is transported around the body — it is toxic.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r1-3-04",
    levels: CORE,
    topicCode: "R1.3",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Discuss",
    stem: "Bioethanol made by fermenting sugar cane is sometimes described as a carbon-neutral fuel. Discuss this claim.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{CO_2}$ released when the ethanol burns was absorbed from the atmosphere by the plants during photosynthesis`,
        keywords: ["photosynthesis", "absorbed"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "it is renewable / the crop can be regrown", keywords: ["renewable", "regrown"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`fossil fuels are used in farming/making fertilizer/harvesting/transport/distillation, releasing extra $\mathrm{CO_2}$`,
        keywords: ["fertilizer", "transport", "distillation", "farming"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: String.raw`fermentation itself releases $\mathrm{CO_2}$ / land clearing or deforestation releases stored carbon`,
        keywords: ["fermentation", "deforestation", "land"],
      },
      {
        id: "p5",
        kind: "POINT",
        marks: 1,
        text: "conclusion: not fully carbon neutral, although net emissions may be lower than for fossil fuels",
        keywords: ["not carbon neutral", "lower", "conclusion"],
      },
    ],
    workedSolution:
      "**For the claim:** the carbon dioxide released when bioethanol burns was recently taken from the atmosphere by the sugar cane during **photosynthesis**, and the next crop will absorb a similar amount again, so in principle the combustion step adds no net CO₂. The fuel is renewable.\n\n**Against the claim:** energy — usually from fossil fuels — is used to make fertilizer, run farm machinery, transport the crop, and **distil** the ethanol, all releasing CO₂. Fermentation itself releases CO₂, and clearing forest to grow the crop releases stored carbon.\n\n**Conclusion:** bioethanol can have lower net emissions than petrol, but it is not truly carbon neutral once the whole life cycle is considered.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-4-01",
    levels: HL,
    topicCode: "R1.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`For the decomposition $\mathrm{CaCO_3(s) \rightarrow CaO(s) + CO_2(g)}$, $\Delta H^\ominus = +178\ \mathrm{kJ\,mol^{-1}}$ and $\Delta S^\ominus = +161\ \mathrm{J\,K^{-1}\,mol^{-1}}$. Determine the minimum temperature, in K, above which the reaction becomes spontaneous. Give your answer to three significant figures and assume $\Delta H^\ominus$ and $\Delta S^\ominus$ do not change with temperature.`,
    numericAnswer: { value: 1110, unit: "K", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`spontaneous when $\Delta G < 0$; at the boundary $\Delta G = 0$, so $T = \Delta H / \Delta S$ «with consistent units»`,
        keywords: ["ΔG = 0", "ΔH/ΔS", "0.161"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$T = 178\,000 / 161 = 1.11 \times 10^{3}$ «K»`, keywords: ["1110", "1106", "1.11"] },
    ],
    workedSolution: String.raw`$\Delta G = \Delta H - T\Delta S$. With both $\Delta H$ and $\Delta S$ positive, $\Delta G$ becomes negative only when $T\Delta S > \Delta H$. At the changeover, $\Delta G = 0$.

Convert to the same energy unit: $\Delta S = +161\ \mathrm{J\,K^{-1}\,mol^{-1}} = +0.161\ \mathrm{kJ\,K^{-1}\,mol^{-1}}$.

$T = \dfrac{\Delta H}{\Delta S} = \dfrac{178}{0.161} = 1106\ \mathrm{K} \approx 1.11 \times 10^{3}\ \mathrm{K}$

Above about 1110 K the decomposition is spontaneous.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-4-02",
    levels: HL,
    topicCode: "R1.4",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the standard entropy change, in $\mathrm{J\,K^{-1}\,mol^{-1}}$, for $\mathrm{N_2(g) + 3H_2(g) \rightarrow 2NH_3(g)}$.

| Substance | $\mathrm{N_2(g)}$ | $\mathrm{H_2(g)}$ | $\mathrm{NH_3(g)}$ |
|---|---|---|---|
| $S^\ominus$ / J K⁻¹ mol⁻¹ | 191.6 | 130.7 | 192.8 |`,
    numericAnswer: { value: -198.1, unit: "J K⁻¹ mol⁻¹", sigFigs: 4, tolerance: 0.1 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\Delta S = 2(192.8) - [191.6 + 3(130.7)]$`, keywords: ["385.6", "583.7"] },
      { id: "p2", kind: "POINT", marks: 1, text: "−198.1 «J K⁻¹ mol⁻¹»", keywords: ["-198.1", "−198.1"] },
    ],
    workedSolution: String.raw`$\Delta S^\ominus = \Sigma S^\ominus(\text{products}) - \Sigma S^\ominus(\text{reactants})$

$= 2(192.8) - [191.6 + 3(130.7)] = 385.6 - 583.7 = -198.1\ \mathrm{J\,K^{-1}\,mol^{-1}}$

The negative sign makes sense: 4 mol of gas become 2 mol of gas, so the system becomes more ordered.`,
  },
  mcq({
    key: "chemistry-r1-4-03",
    levels: HL,
    topicCode: "R1.4",
    difficulty: 2,
    commandTerm: "Predict",
    stem: "Which reaction has the largest positive entropy change?",
    options: [
      String.raw`$\mathrm{H_2O(l) \rightarrow H_2O(s)}$`,
      String.raw`$\mathrm{2SO_2(g) + O_2(g) \rightarrow 2SO_3(g)}$`,
      String.raw`$\mathrm{NH_4Cl(s) \rightarrow NH_3(g) + HCl(g)}$`,
      String.raw`$\mathrm{N_2O_4(g) \rightarrow 2NO_2(g)}$`,
    ],
    correct: "C",
    answer: String.raw`$\mathrm{NH_4Cl(s) \rightarrow NH_3(g) + HCl(g)}$`,
    keywords: ["NH4Cl"],
    workedSolution:
      "Entropy increases most when the number of moles of **gas** increases most. A (freezing) and B (3 mol gas → 2 mol gas) decrease entropy. D increases gas by 1 mol. C turns a solid into **2 mol of gas**, the largest increase in disorder.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r1-4-04",
    levels: HL,
    topicCode: "R1.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "A reaction has a negative enthalpy change and a negative entropy change. Explain, with reference to the Gibbs energy equation, why the reaction is spontaneous at low temperature but not at high temperature.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\Delta G = \Delta H - T\Delta S$ and a reaction is spontaneous when $\Delta G < 0$`,
        keywords: ["ΔG = ΔH − TΔS", "ΔG < 0", "negative"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$-T\Delta S$ is positive «because ΔS is negative» and grows with temperature`,
        keywords: ["−TΔS", "positive", "increases with temperature"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`at low T the negative ΔH term dominates so ΔG < 0; at high T the $-T\Delta S$ term dominates so ΔG > 0 «changeover at T = ΔH/ΔS»`,
        keywords: ["dominates", "low temperature", "high temperature"],
      },
    ],
    workedSolution: String.raw`Spontaneity is decided by the sign of $\Delta G = \Delta H - T\Delta S$: the reaction is spontaneous when $\Delta G < 0$.

- $\Delta H < 0$ contributes a negative term, which favours spontaneity.
- $\Delta S < 0$ makes $-T\Delta S$ **positive**, opposing spontaneity, and this term grows in proportion to $T$.

At **low temperature** $|T\Delta S|$ is small, so the negative $\Delta H$ wins and $\Delta G < 0$. At **high temperature** $-T\Delta S$ becomes larger than $|\Delta H|$ and $\Delta G > 0$. The changeover is at $T = \Delta H / \Delta S$.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r1-4-05",
    levels: HL,
    topicCode: "R1.4",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`For the Haber process, $\mathrm{N_2(g) + 3H_2(g) \rightarrow 2NH_3(g)}$, $\Delta H^\ominus = -92.2\ \mathrm{kJ\,mol^{-1}}$ and $\Delta S^\ominus = -198.1\ \mathrm{J\,K^{-1}\,mol^{-1}}$. Calculate $\Delta G^\ominus$, in $\mathrm{kJ\,mol^{-1}}$, at 298 K, to three significant figures.`,
    numericAnswer: { value: -33.2, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, tolerance: 0.1 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\Delta G = -92.2 - 298(-0.1981)$ «ΔS converted to kJ»`, keywords: ["0.1981", "59.0"] },
      { id: "p2", kind: "POINT", marks: 1, text: "−33.2 «kJ mol⁻¹»", keywords: ["-33.2", "−33.2"] },
    ],
    workedSolution: String.raw`Convert $\Delta S$ to kJ: $-198.1\ \mathrm{J\,K^{-1}\,mol^{-1}} = -0.1981\ \mathrm{kJ\,K^{-1}\,mol^{-1}}$.

$\Delta G^\ominus = \Delta H^\ominus - T\Delta S^\ominus = -92.2 - 298 \times (-0.1981) = -92.2 + 59.0 = -33.2\ \mathrm{kJ\,mol^{-1}}$

$\Delta G^\ominus < 0$, so the reaction is spontaneous at 298 K (though slow without a catalyst).`,
  },

  // ───────────────────────── Reactivity 2. How much, how fast and how far? ─────────────────────────
  {
    type: "NUMERIC",
    key: "chemistry-r2-1-01",
    levels: CORE,
    topicCode: "R2.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`2.00 g of magnesium ribbon is added to $80.0\ \mathrm{cm^3}$ of $1.00\ \mathrm{mol\,dm^{-3}}$ hydrochloric acid:

$$\mathrm{Mg(s) + 2HCl(aq) \rightarrow MgCl_2(aq) + H_2(g)}$$

Calculate the volume of hydrogen produced, in $\mathrm{dm^3}$ at STP (273 K, 100 kPa), to three significant figures. The molar volume of an ideal gas at STP is $22.7\ \mathrm{dm^3\,mol^{-1}}$.`,
    numericAnswer: { value: 0.908, unit: "dm³", sigFigs: 3, sigFigsExact: true, tolerance: 0.002 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$n(\mathrm{Mg}) = 2.00/24.31 = 0.0823$ and $n(\mathrm{HCl}) = 0.0800$ «mol»`,
        keywords: ["0.0823", "0.0800"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`HCl is limiting «0.0823 mol Mg would need 0.165 mol HCl» so $n(\mathrm{H_2}) = 0.0400$ «mol»`,
        keywords: ["limiting", "0.0400"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$V = 0.0400 \times 22.7 = 0.908$ «dm³»`, keywords: ["0.908"] },
    ],
    workedSolution: String.raw`**Amounts:** $n(\mathrm{Mg}) = \dfrac{2.00}{24.31} = 0.0823\ \mathrm{mol}$; $n(\mathrm{HCl}) = 1.00 \times 0.0800 = 0.0800\ \mathrm{mol}$.

**Limiting reactant:** the equation needs 2 mol HCl per mol Mg. 0.0800 mol HCl reacts with only 0.0400 mol Mg, and there is 0.0823 mol Mg, so **HCl is limiting** and Mg is in excess.

$n(\mathrm{H_2}) = \tfrac{1}{2} n(\mathrm{HCl}) = 0.0400\ \mathrm{mol}$

$V = 0.0400 \times 22.7 = 0.908\ \mathrm{dm^3}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-1-02",
    levels: CORE,
    topicCode: "R2.1",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`A $25.00\ \mathrm{cm^3}$ sample of sodium hydroxide solution was titrated with $0.0950\ \mathrm{mol\,dm^{-3}}$ sulfuric acid. The mean titre was $21.40\ \mathrm{cm^3}$.

$$\mathrm{H_2SO_4(aq) + 2NaOH(aq) \rightarrow Na_2SO_4(aq) + 2H_2O(l)}$$

Determine the concentration of the sodium hydroxide solution, in $\mathrm{mol\,dm^{-3}}$, to three significant figures.`,
    numericAnswer: { value: 0.163, unit: "mol dm⁻³", sigFigs: 3, sigFigsExact: true, tolerance: 0.001 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$n(\mathrm{H_2SO_4}) = 0.0950 \times 0.02140 = 2.03 \times 10^{-3}$ «mol»`,
        keywords: ["2.03", "0.00203"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$n(\mathrm{NaOH}) = 2 \times 2.03 \times 10^{-3} = 4.07 \times 10^{-3}$ «mol»`,
        keywords: ["4.07", "0.00407", "2 ×"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$c = 4.07 \times 10^{-3} / 0.02500 = 0.163$ «mol dm⁻³»`, keywords: ["0.163"] },
    ],
    workedSolution: String.raw`$n(\mathrm{H_2SO_4}) = cV = 0.0950 \times 0.02140 = 2.033 \times 10^{-3}\ \mathrm{mol}$

From the equation, 1 mol $\mathrm{H_2SO_4}$ reacts with **2** mol NaOH: $n(\mathrm{NaOH}) = 4.066 \times 10^{-3}\ \mathrm{mol}$

$c(\mathrm{NaOH}) = \dfrac{4.066 \times 10^{-3}}{0.02500} = 0.163\ \mathrm{mol\,dm^{-3}}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-1-03",
    levels: CORE,
    topicCode: "R2.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Ethanol can be manufactured by fermentation of glucose:

$$\mathrm{C_6H_{12}O_6(aq) \rightarrow 2C_2H_5OH(aq) + 2CO_2(g)}$$

Calculate the atom economy of this process for producing ethanol, as a percentage to three significant figures.`,
    numericAnswer: { value: 51.1, unit: "%", sigFigs: 3, sigFigsExact: true, tolerance: 0.1 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$M(\mathrm{C_2H_5OH}) = 46.08$ and $M(\mathrm{C_6H_{12}O_6}) = 180.18$`,
        keywords: ["46.08", "180.18"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{2 \times 46.08}{180.18} \times 100 = 51.1$ «%»`, keywords: ["51.1"] },
    ],
    workedSolution: String.raw`$\text{atom economy} = \dfrac{\text{mass of desired product}}{\text{total mass of reactants}} \times 100$

$M(\mathrm{C_6H_{12}O_6}) = 6(12.01) + 12(1.01) + 6(16.00) = 180.18$

$M(\mathrm{C_2H_5OH}) = 2(12.01) + 6(1.01) + 16.00 = 46.08$

$\text{atom economy} = \dfrac{2 \times 46.08}{180.18} \times 100 = 51.1\%$

Almost half the mass of the glucose ends up as the by-product $\mathrm{CO_2}$.`,
  },
  mcq({
    key: "chemistry-r2-1-04",
    levels: CORE,
    topicCode: "R2.1",
    difficulty: 1,
    commandTerm: "Deduce",
    stem: String.raw`What is the sum of the coefficients when the equation for the complete combustion of propane is balanced using the lowest whole numbers?

$$\mathrm{\_\_C_3H_8 + \_\_O_2 \rightarrow \_\_CO_2 + \_\_H_2O}$$`,
    options: ["7", "10", "12", "13"],
    correct: "D",
    answer: "13 (1 + 5 + 3 + 4)",
    keywords: ["13"],
    workedSolution: String.raw`Balance C: 3 $\mathrm{CO_2}$. Balance H: 8 H → 4 $\mathrm{H_2O}$. Count O on the right: $3 \times 2 + 4 = 10$ O atoms → 5 $\mathrm{O_2}$.

$\mathrm{C_3H_8 + 5O_2 \rightarrow 3CO_2 + 4H_2O}$: sum $= 1 + 5 + 3 + 4 = 13$.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-r2-1-05",
    levels: CORE,
    topicCode: "R2.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`10.0 g of ethanoic acid was heated under reflux with excess ethanol and an acid catalyst. After purification, 9.80 g of ethyl ethanoate was obtained.

$$\mathrm{CH_3COOH + C_2H_5OH \rightleftharpoons CH_3COOC_2H_5 + H_2O}$$

Calculate the percentage yield, to three significant figures.`,
    numericAnswer: { value: 66.8, unit: "%", sigFigs: 3, sigFigsExact: true, tolerance: 0.2 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n(\mathrm{CH_3COOH}) = 10.0 / 60.06 = 0.167$ «mol»`, keywords: ["60.06", "0.167", "0.1665"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`theoretical mass of ester $= 0.1665 \times 88.12 = 14.7$ «g»`, keywords: ["88.12", "14.7"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$9.80 / 14.7 \times 100 = 66.8$ «%»`, keywords: ["66.8"] },
    ],
    workedSolution: String.raw`$M(\mathrm{CH_3COOH}) = 60.06$, so $n = 10.0/60.06 = 0.1665\ \mathrm{mol}$.

The reaction is 1 : 1, so the theoretical amount of ester is 0.1665 mol. $M(\mathrm{CH_3COOC_2H_5}) = 4(12.01) + 8(1.01) + 2(16.00) = 88.12$.

Theoretical yield $= 0.1665 \times 88.12 = 14.67\ \mathrm{g}$

Percentage yield $= \dfrac{9.80}{14.67} \times 100 = 66.8\%$ — less than 100% partly because esterification is an equilibrium and some product is lost during purification.`,
  },
  mcq({
    key: "chemistry-r2-2-01",
    levels: CORE,
    topicCode: "R2.2",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "How does a catalyst increase the rate of a reaction?",
    options: [
      "It increases the average kinetic energy of the particles.",
      "It provides an alternative pathway with a lower activation energy.",
      "It shifts the Maxwell–Boltzmann distribution to higher energies.",
      "It makes the reaction more exothermic.",
    ],
    correct: "B",
    answer: "alternative pathway with lower activation energy",
    keywords: ["alternative pathway", "lower activation energy"],
    workedSolution:
      "A catalyst offers an **alternative reaction pathway with a lower activation energy**. The Maxwell–Boltzmann distribution is unchanged (same temperature), but a larger fraction of collisions now have energy ≥ Eₐ, so successful collisions are more frequent. ΔH is unchanged.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r2-2-02",
    levels: CORE,
    topicCode: "R2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: "Explain, with reference to the Maxwell–Boltzmann distribution, why a small increase in temperature causes a large increase in the rate of a reaction.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "particles have greater average kinetic energy / move faster «so collide more frequently»",
        keywords: ["kinetic energy", "faster", "more frequent"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "distribution flattens and shifts to the right / to higher energies",
        keywords: ["shifts", "right", "flattens"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "a much greater proportion/fraction of collisions have energy ≥ activation energy «area under curve beyond Eₐ increases greatly»",
        keywords: ["greater proportion", "activation energy", "area"],
      },
    ],
    workedSolution:
      "Raising the temperature increases the average kinetic energy of the particles, so they move faster and collide slightly more often. More importantly, the Maxwell–Boltzmann curve **flattens and shifts to higher energy**. The area under the curve beyond the activation energy — the **fraction of collisions with E ≥ Eₐ** — increases greatly, so the frequency of successful collisions, and hence the rate, rises sharply.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-2-03",
    levels: CORE,
    topicCode: "R2.2",
    difficulty: 2,
    marks: 2,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Marble chips react with hydrochloric acid in a flask on a balance:
$\mathrm{CaCO_3(s) + 2HCl(aq) \rightarrow CaCl_2(aq) + H_2O(l) + CO_2(g)}$. During the first 40 s the mass of the flask and contents decreased by 0.88 g. Calculate the average rate of production of carbon dioxide over this time, in $\mathrm{mol\,s^{-1}}$, to two significant figures.`,
    numericAnswer: { value: 5.0e-4, unit: "mol s⁻¹", sigFigs: 2, sigFigsExact: true, relativeTolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$n(\mathrm{CO_2}) = 0.88 / 44.01 = 0.020$ «mol»`, keywords: ["44.01", "0.020"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`rate $= 0.020/40 = 5.0 \times 10^{-4}$ «mol s⁻¹»`, keywords: ["5.0", "0.00050"] },
    ],
    workedSolution: String.raw`The mass lost is the carbon dioxide that escaped. $M(\mathrm{CO_2}) = 12.01 + 2(16.00) = 44.01$.

$n(\mathrm{CO_2}) = \dfrac{0.88}{44.01} = 0.0200\ \mathrm{mol}$

Average rate $= \dfrac{0.0200}{40} = 5.0 \times 10^{-4}\ \mathrm{mol\,s^{-1}}$ (2 s.f., limited by 0.88 g).`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r2-2-04",
    levels: CORE,
    topicCode: "R2.2",
    difficulty: 2,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Describe",
    stem: "Describe how a student could investigate the effect of the concentration of hydrochloric acid on the rate of its reaction with marble chips, using a gas syringe.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "measure the volume of gas/CO₂ collected in the syringe at regular time intervals",
        keywords: ["volume", "regular intervals", "time"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "repeat with different concentrations of acid", keywords: ["different concentrations", "repeat"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "control variables: same mass/size of marble chips, same volume of acid, same temperature",
        keywords: ["same mass", "same temperature", "control"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: "plot volume against time and use the initial gradient as the rate",
        keywords: ["gradient", "initial rate", "graph"],
      },
    ],
    workedSolution:
      "Connect a conical flask to a gas syringe. Add a fixed volume of acid of known concentration to a fixed mass of marble chips of the same size, start a timer and **record the volume of CO₂ every 10 s**. Repeat using several different acid concentrations, keeping the **temperature, volume of acid and mass and size of chips constant**. Plot volume against time for each run; the **initial gradient** of each curve gives the initial rate, which can be compared with concentration.",
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-2h-01",
    levels: HL,
    topicCode: "R2.2H",
    difficulty: 4,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`Initial rates were measured for the reaction $\mathrm{A + B \rightarrow products}$ at constant temperature.

| Experiment | [A] / mol dm⁻³ | [B] / mol dm⁻³ | Initial rate / mol dm⁻³ s⁻¹ |
|---|---|---|---|
| 1 | 0.10 | 0.10 | $2.0 \times 10^{-4}$ |
| 2 | 0.20 | 0.10 | $8.0 \times 10^{-4}$ |
| 3 | 0.10 | 0.30 | $6.0 \times 10^{-4}$ |

Determine the orders with respect to A and B and hence the value of the rate constant, $k$, in $\mathrm{mol^{-2}\,dm^{6}\,s^{-1}}$.`,
    numericAnswer: { value: 0.2, unit: "mol⁻² dm⁶ s⁻¹", sigFigs: 2, relativeTolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "second order with respect to A «[A] doubles, rate × 4»", keywords: ["second order", "A", "× 4"] },
      { id: "p2", kind: "POINT", marks: 1, text: "first order with respect to B «[B] triples, rate × 3»", keywords: ["first order", "B", "× 3"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$k = \dfrac{2.0 \times 10^{-4}}{(0.10)^2(0.10)} = 0.20$ «mol⁻² dm⁶ s⁻¹»`,
        keywords: ["0.20", "0.2"],
      },
    ],
    workedSolution: String.raw`**Order in A** (experiments 1 → 2, [B] constant): [A] doubles and the rate goes from $2.0 \times 10^{-4}$ to $8.0 \times 10^{-4}$, ×4 = $2^2$, so **second order** in A.

**Order in B** (experiments 1 → 3, [A] constant): [B] triples and the rate triples, so **first order** in B.

Rate $= k[\mathrm{A}]^2[\mathrm{B}]$. Using experiment 1:

$k = \dfrac{2.0 \times 10^{-4}}{(0.10)^2 \times 0.10} = \dfrac{2.0 \times 10^{-4}}{1.0 \times 10^{-3}} = 0.20\ \mathrm{mol^{-2}\,dm^{6}\,s^{-1}}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-2h-02",
    levels: HL,
    topicCode: "R2.2H",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The rate constant of a reaction triples when the temperature is raised from 300 K to 320 K. Calculate the activation energy, in $\mathrm{kJ\,mol^{-1}}$, to three significant figures, using

$$\ln\frac{k_2}{k_1} = \frac{E_a}{R}\left(\frac{1}{T_1} - \frac{1}{T_2}\right), \qquad R = 8.31\ \mathrm{J\,K^{-1}\,mol^{-1}}$$`,
    numericAnswer: { value: 43.8, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\ln 3 = 1.099$ and $\tfrac{1}{300} - \tfrac{1}{320} = 2.08 \times 10^{-4}$ «K⁻¹»`,
        keywords: ["1.099", "2.08"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$E_a = \dfrac{8.31 \times 1.099}{2.083 \times 10^{-4}} = 4.38 \times 10^{4}$ «J mol⁻¹»`,
        keywords: ["43800", "4.38"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: "43.8 «kJ mol⁻¹» (correct conversion to kJ)", keywords: ["43.8"] },
    ],
    workedSolution: String.raw`$\ln\dfrac{k_2}{k_1} = \ln 3 = 1.0986$

$\dfrac{1}{T_1} - \dfrac{1}{T_2} = \dfrac{1}{300} - \dfrac{1}{320} = 0.0033333 - 0.0031250 = 2.0833 \times 10^{-4}\ \mathrm{K^{-1}}$

$E_a = \dfrac{R \ln(k_2/k_1)}{(1/T_1 - 1/T_2)} = \dfrac{8.31 \times 1.0986}{2.0833 \times 10^{-4}} = 43\,800\ \mathrm{J\,mol^{-1}} = 43.8\ \mathrm{kJ\,mol^{-1}}$

Remember $R$ is in J, so the answer comes out in J mol⁻¹ and must be divided by 1000.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r2-2h-03",
    levels: HL,
    topicCode: "R2.2H",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`The reaction $\mathrm{2NO_2(g) + F_2(g) \rightarrow 2NO_2F(g)}$ is thought to occur by this mechanism:

Step 1 (slow): $\mathrm{NO_2 + F_2 \rightarrow NO_2F + F}$

Step 2 (fast): $\mathrm{NO_2 + F \rightarrow NO_2F}$

Deduce the rate equation consistent with this mechanism, identify the intermediate, and state the molecularity of the rate-determining step.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`rate $= k[\mathrm{NO_2}][\mathrm{F_2}]$`, keywords: ["k[NO2][F2]", "[NO2][F2]"] },
      { id: "p2", kind: "POINT", marks: 1, text: "intermediate: F «atom»", keywords: ["F atom", "intermediate"] },
      { id: "p3", kind: "POINT", marks: 1, text: "bimolecular «two species collide in step 1»", keywords: ["bimolecular"] },
    ],
    workedSolution: String.raw`The **slow step** is rate-determining, so the rate equation contains the species (and their numbers) in that step: one $\mathrm{NO_2}$ and one $\mathrm{F_2}$.

Rate $= k[\mathrm{NO_2}][\mathrm{F_2}]$ — first order in each, second order overall. (Note that the order in $\mathrm{NO_2}$ is 1, not the 2 from the overall equation.)

The **F atom** is formed in step 1 and used up in step 2, so it is an **intermediate**: it does not appear in the overall equation.

Step 1 involves the collision of two particles, so it is **bimolecular**.`,
  },
  mcq({
    key: "chemistry-r2-2h-04",
    levels: HL,
    topicCode: "R2.2H",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: String.raw`A reaction has the rate equation rate $= k[\mathrm{X}][\mathrm{Y}]$, with concentrations in $\mathrm{mol\,dm^{-3}}$ and time in s. What are the units of $k$?`,
    options: [
      String.raw`$\mathrm{s^{-1}}$`,
      String.raw`$\mathrm{mol\,dm^{-3}\,s^{-1}}$`,
      String.raw`$\mathrm{mol^{-1}\,dm^{3}\,s^{-1}}$`,
      String.raw`$\mathrm{mol^{-2}\,dm^{6}\,s^{-1}}$`,
    ],
    correct: "C",
    answer: String.raw`$\mathrm{mol^{-1}\,dm^{3}\,s^{-1}}$`,
    keywords: ["mol-1 dm3 s-1", "mol⁻¹ dm³ s⁻¹"],
    workedSolution: String.raw`$k = \dfrac{\text{rate}}{[\mathrm{X}][\mathrm{Y}]} = \dfrac{\mathrm{mol\,dm^{-3}\,s^{-1}}}{(\mathrm{mol\,dm^{-3}})^2} = \mathrm{mol^{-1}\,dm^{3}\,s^{-1}}$ — the units for any overall second-order reaction.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r2-2h-05",
    levels: HL,
    topicCode: "R2.2H",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Outline",
    stem: "Outline how the activation energy of a reaction can be determined graphically from values of the rate constant, k, measured at several temperatures.",
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "plot ln k «y-axis» against 1/T «x-axis, T in kelvin»", keywords: ["ln k", "1/T"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`straight line with gradient $= -E_a/R$ «from $\ln k = -\tfrac{E_a}{RT} + \ln A$»`,
        keywords: ["gradient", "-Ea/R", "−Ea/R"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$E_a = -\text{gradient} \times R$ «with R = 8.31 J K⁻¹ mol⁻¹»`, keywords: ["× R", "8.31"] },
    ],
    workedSolution: String.raw`The Arrhenius equation in logarithmic form is

$$\ln k = -\frac{E_a}{R}\cdot\frac{1}{T} + \ln A$$

which has the form $y = mx + c$. Measure $k$ at several temperatures, convert $T$ to kelvin, and **plot $\ln k$ against $1/T$**. The points lie on a straight line with **gradient $-E_a/R$**, so $E_a = -\text{gradient} \times R$, with $R = 8.31\ \mathrm{J\,K^{-1}\,mol^{-1}}$ (the answer is in $\mathrm{J\,mol^{-1}}$). The y-intercept gives $\ln A$.`,
  },
  mcq({
    key: "chemistry-r2-3-01",
    levels: CORE,
    topicCode: "R2.3",
    difficulty: 2,
    commandTerm: "Predict",
    stem: String.raw`For the equilibrium $\mathrm{N_2(g) + 3H_2(g) \rightleftharpoons 2NH_3(g)}$, $\Delta H = -92\ \mathrm{kJ\,mol^{-1}}$, which change increases the equilibrium yield of ammonia?`,
    options: ["Adding an iron catalyst", "Increasing the temperature", "Increasing the pressure", "Removing some nitrogen"],
    correct: "C",
    answer: "increasing the pressure",
    keywords: ["pressure"],
    workedSolution:
      "There are 4 mol of gas on the left and 2 mol on the right. Increasing the pressure shifts the position of equilibrium towards **fewer gas molecules** (right), increasing the yield. A catalyst does not change the position; raising the temperature favours the endothermic (reverse) reaction; removing N₂ shifts the equilibrium left.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r2-3-02",
    levels: CORE,
    topicCode: "R2.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Predict",
    stem: String.raw`Sulfur trioxide is made in the Contact process: $\mathrm{2SO_2(g) + O_2(g) \rightleftharpoons 2SO_3(g)}$, $\Delta H = -196\ \mathrm{kJ\,mol^{-1}}$. Deduce the equilibrium constant expression, $K_c$, and predict, with a reason, the effect of increasing the temperature on the value of $K_c$.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$K_c = \dfrac{[\mathrm{SO_3}]^2}{[\mathrm{SO_2}]^2[\mathrm{O_2}]}$`,
        keywords: ["[SO3]^2", "[SO2]^2[O2]"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "Kc decreases", keywords: ["decreases"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "forward reaction is exothermic so increasing temperature favours the endothermic/reverse reaction / shifts equilibrium to the left",
        keywords: ["exothermic", "endothermic", "left", "reverse"],
      },
    ],
    workedSolution: String.raw`$K_c$ = products over reactants, each raised to its coefficient:

$$K_c = \frac{[\mathrm{SO_3}]^2}{[\mathrm{SO_2}]^2[\mathrm{O_2}]}$$

The forward reaction is **exothermic**. Increasing the temperature favours the **endothermic** direction (reverse), so at the new equilibrium $[\mathrm{SO_3}]$ is lower and $[\mathrm{SO_2}]$, $[\mathrm{O_2}]$ are higher: $K_c$ **decreases**. Temperature is the only factor that changes the value of $K_c$.`,
  },
  mcq({
    key: "chemistry-r2-3-03",
    levels: CORE,
    topicCode: "R2.3",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which statement is correct for a reversible reaction at dynamic equilibrium in a closed system?",
    options: [
      "The concentrations of reactants and products are equal.",
      "The forward and reverse reactions have stopped.",
      "The rates of the forward and reverse reactions are equal.",
      "Adding a catalyst increases the amount of product.",
    ],
    correct: "C",
    answer: "forward and reverse rates are equal",
    keywords: ["rates", "equal"],
    workedSolution:
      "At dynamic equilibrium both reactions continue (so B is wrong) at **equal rates**, so the concentrations stay **constant** — but not necessarily equal (A is wrong). A catalyst speeds up both reactions equally and does not change the equilibrium amounts (D is wrong).",
  }),
  mcq({
    key: "chemistry-r2-3-04",
    levels: CORE,
    topicCode: "R2.3",
    difficulty: 3,
    commandTerm: "Deduce",
    stem: String.raw`At a certain temperature, $K_c = 4.0$ for $\mathrm{A(g) \rightleftharpoons 2B(g)}$. What is the value of $K_c$ for $\mathrm{2B(g) \rightleftharpoons A(g)}$ at the same temperature?`,
    options: ["0.25", "2.0", "4.0", "16"],
    correct: "A",
    answer: "0.25 (1/4.0)",
    keywords: ["0.25"],
    workedSolution: String.raw`Reversing the equation inverts the expression: $K_c' = \dfrac{[\mathrm{A}]}{[\mathrm{B}]^2} = \dfrac{1}{K_c} = \dfrac{1}{4.0} = 0.25$.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-r2-3h-01",
    levels: HL,
    topicCode: "R2.3H",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`0.100 mol of hydrogen and 0.100 mol of iodine are sealed in a $1.00\ \mathrm{dm^3}$ flask and heated until equilibrium is reached:

$$\mathrm{H_2(g) + I_2(g) \rightleftharpoons 2HI(g)} \qquad K_c = 49.0$$

Calculate the equilibrium concentration of hydrogen iodide, in $\mathrm{mol\,dm^{-3}}$, to three significant figures.`,
    numericAnswer: { value: 0.156, unit: "mol dm⁻³", sigFigs: 3, sigFigsExact: true, tolerance: 0.001 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$K_c = \dfrac{(2x)^2}{(0.100 - x)^2} = 49.0$`, keywords: ["(2x)^2", "0.100 − x", "0.100 - x"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{2x}{0.100 - x} = 7.00$ so $x = 0.0778$`, keywords: ["7.00", "0.0778"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$[\mathrm{HI}] = 2x = 0.156$ «mol dm⁻³»`, keywords: ["0.156"] },
    ],
    workedSolution: String.raw`Set up an ICE table (volume 1.00 dm³, so amounts = concentrations):

| | $\mathrm{H_2}$ | $\mathrm{I_2}$ | $\mathrm{HI}$ |
|---|---|---|---|
| Initial | 0.100 | 0.100 | 0 |
| Change | $-x$ | $-x$ | $+2x$ |
| Equilibrium | $0.100 - x$ | $0.100 - x$ | $2x$ |

$K_c = \dfrac{(2x)^2}{(0.100 - x)^2} = 49.0$. Take the square root of both sides: $\dfrac{2x}{0.100 - x} = 7.00$

$2x = 0.700 - 7.00x \Rightarrow 9.00x = 0.700 \Rightarrow x = 0.0778$

$[\mathrm{HI}] = 2x = 0.156\ \mathrm{mol\,dm^{-3}}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-3h-02",
    levels: HL,
    topicCode: "R2.3H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The standard Gibbs energy change for a reaction is $-10.0\ \mathrm{kJ\,mol^{-1}}$ at 298 K. Calculate the equilibrium constant, $K$, at this temperature, to three significant figures. Use $\Delta G^\ominus = -RT\ln K$ and $R = 8.31\ \mathrm{J\,K^{-1}\,mol^{-1}}$.`,
    numericAnswer: { value: 56.7, sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\ln K = \dfrac{10\,000}{8.31 \times 298} = 4.04$`, keywords: ["4.04", "4.038"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$K = e^{4.04} = 56.7$`, keywords: ["56.7", "57"] },
    ],
    workedSolution: String.raw`Rearrange: $\ln K = -\dfrac{\Delta G^\ominus}{RT}$. Convert $\Delta G^\ominus$ to J: $-10.0\ \mathrm{kJ} = -10\,000\ \mathrm{J}$.

$\ln K = \dfrac{10\,000}{8.31 \times 298} = \dfrac{10\,000}{2476.4} = 4.038$

$K = e^{4.038} = 56.7$

A negative $\Delta G^\ominus$ gives $K > 1$: products are favoured at equilibrium.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r2-3h-03",
    levels: HL,
    topicCode: "R2.3H",
    difficulty: 5,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`1.00 mol of ethanoic acid and 2.00 mol of ethanol are mixed with a little acid catalyst and left to reach equilibrium at a temperature where $K_c = 4.0$:

$$\mathrm{CH_3COOH(l) + C_2H_5OH(l) \rightleftharpoons CH_3COOC_2H_5(l) + H_2O(l)}$$

Determine the amount, in mol, of ethyl ethanoate present at equilibrium, to three significant figures.`,
    numericAnswer: { value: 0.845, unit: "mol", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`equilibrium amounts: acid $1.00 - x$, ethanol $2.00 - x$, ester $x$, water $x$ «volume cancels»`,
        keywords: ["1.00 − x", "2.00 − x", "1 - x", "2 - x"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\dfrac{x^2}{(1.00 - x)(2.00 - x)} = 4.0$`, keywords: ["x^2", "4.0"] },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$3x^2 - 12x + 8 = 0$`, keywords: ["3x^2", "12x", "8"] },
      { id: "p4", kind: "POINT", marks: 1, text: String.raw`$x = 0.845$ «mol» «the other root, 3.15, is impossible»`, keywords: ["0.845"] },
    ],
    workedSolution: String.raw`Let $x$ mol of ester form.

| | acid | ethanol | ester | water |
|---|---|---|---|---|
| Initial / mol | 1.00 | 2.00 | 0 | 0 |
| Equilibrium / mol | $1.00 - x$ | $2.00 - x$ | $x$ | $x$ |

There are equal numbers of moles on each side, so the volume $V$ cancels in $K_c$:

$$\frac{x^2}{(1.00 - x)(2.00 - x)} = 4.0$$

$x^2 = 4.0(2.00 - 3.00x + x^2) = 8.0 - 12x + 4x^2 \Rightarrow 3x^2 - 12x + 8 = 0$

$x = \dfrac{12 \pm \sqrt{144 - 96}}{6} = \dfrac{12 \pm 6.93}{6}$, giving $x = 0.845$ or $3.15$.

$x = 3.15$ is impossible (more than the 1.00 mol of acid available), so **0.845 mol** of ethyl ethanoate forms.`,
  },
  mcq({
    key: "chemistry-r2-3h-04",
    levels: HL,
    topicCode: "R2.3H",
    difficulty: 2,
    commandTerm: "Predict",
    stem: "For a reaction mixture, the reaction quotient Q is found to be smaller than the equilibrium constant K at the same temperature. What happens as the mixture approaches equilibrium?",
    options: [
      "The reaction proceeds in the forward direction and Q increases.",
      "The reaction proceeds in the reverse direction and Q decreases.",
      "K decreases until it equals Q.",
      "Nothing changes; the system is already at equilibrium.",
    ],
    correct: "A",
    answer: "net forward reaction; Q increases to K",
    keywords: ["forward", "Q increases"],
    workedSolution:
      "Q has the same form as K but uses the current concentrations. If Q < K, the ratio of products to reactants is too small, so there is a **net forward reaction**, converting reactants to products until Q rises to equal K. K itself only changes with temperature.",
  }),

  // ───────────────────────── Reactivity 3. What are the mechanisms of chemical change? ─────────────────────────
  mcq({
    key: "chemistry-r3-1-01",
    levels: CORE,
    topicCode: "R3.1",
    difficulty: 1,
    commandTerm: "Identify",
    stem: String.raw`What is the conjugate base of $\mathrm{HSO_4^-}$?`,
    options: [String.raw`$\mathrm{H_2SO_4}$`, String.raw`$\mathrm{SO_4^{2-}}$`, String.raw`$\mathrm{H_3O^+}$`, String.raw`$\mathrm{OH^-}$`],
    correct: "B",
    answer: String.raw`$\mathrm{SO_4^{2-}}$`,
    keywords: ["SO4 2-", "SO4^2-", "sulfate"],
    workedSolution: String.raw`A conjugate base is what remains after an acid **loses one proton** ($\mathrm{H^+}$). $\mathrm{HSO_4^- \rightarrow H^+ + SO_4^{2-}}$, so the conjugate base is $\mathrm{SO_4^{2-}}$. $\mathrm{H_2SO_4}$ is its conjugate **acid**.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-r3-1-02",
    levels: CORE,
    topicCode: "R3.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the pH of a $0.00500\ \mathrm{mol\,dm^{-3}}$ solution of barium hydroxide, $\mathrm{Ba(OH)_2}$, at 298 K, to two decimal places. $K_w = 1.00 \times 10^{-14}$ at 298 K.`,
    numericAnswer: { value: 12.0, tolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$[\mathrm{OH^-}] = 2 \times 0.00500 = 0.0100$ «mol dm⁻³»`, keywords: ["0.0100", "0.01"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$[\mathrm{H^+}] = 1.00 \times 10^{-14} / 0.0100 = 1.00 \times 10^{-12}$ so pH = 12.00`,
        keywords: ["12.00", "12"],
      },
    ],
    workedSolution: String.raw`$\mathrm{Ba(OH)_2}$ is a strong base that releases **two** $\mathrm{OH^-}$ per formula unit: $[\mathrm{OH^-}] = 2 \times 0.00500 = 0.0100\ \mathrm{mol\,dm^{-3}}$.

$[\mathrm{H^+}] = \dfrac{K_w}{[\mathrm{OH^-}]} = \dfrac{1.00 \times 10^{-14}}{0.0100} = 1.00 \times 10^{-12}\ \mathrm{mol\,dm^{-3}}$

$\mathrm{pH} = -\log_{10}(1.00 \times 10^{-12}) = 12.00$`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r3-1-03",
    levels: CORE,
    topicCode: "R3.1",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Describe",
    stem: String.raw`Describe **one** experiment that would distinguish between $0.10\ \mathrm{mol\,dm^{-3}}$ hydrochloric acid and $0.10\ \mathrm{mol\,dm^{-3}}$ ethanoic acid, stating the expected results and explaining them.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "measure pH «with a pH meter» / electrical conductivity / rate of reaction with Mg or CaCO₃ «same volume, same temperature»",
        keywords: ["pH", "conductivity", "magnesium", "rate"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "HCl has lower pH / higher conductivity / reacts faster «more vigorous effervescence»",
        keywords: ["lower pH", "higher conductivity", "faster"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`HCl is a strong acid and fully dissociates, whereas ethanoic acid is weak and only partially dissociates, so $[\mathrm{H^+}]$ «and concentration of ions» is higher in HCl`,
        keywords: ["fully dissociates", "partially dissociates", "[H+]"],
      },
    ],
    workedSolution:
      "Measure the **pH** of each solution with a calibrated pH meter at the same temperature (conductivity or rate of reaction with magnesium ribbon also work).\n\nExpected: HCl ≈ pH 1; ethanoic acid ≈ pH 3 (HCl has the lower pH, higher conductivity, and reacts faster).\n\nExplanation: HCl is a **strong acid** that dissociates completely, so [H⁺] ≈ 0.10 mol dm⁻³. Ethanoic acid is **weak** and only partially dissociates, so [H⁺] is much lower even though both acids have the same concentration.",
  },
  mcq({
    key: "chemistry-r3-1-04",
    levels: CORE,
    topicCode: "R3.1",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which species is amphiprotic?",
    options: [String.raw`$\mathrm{HCO_3^-}$`, String.raw`$\mathrm{CO_3^{2-}}$`, String.raw`$\mathrm{NH_4^+}$`, String.raw`$\mathrm{Cl^-}$`],
    correct: "A",
    answer: String.raw`$\mathrm{HCO_3^-}$`,
    keywords: ["HCO3-"],
    workedSolution: String.raw`An amphiprotic species can both **donate and accept** a proton. $\mathrm{HCO_3^-}$ can donate $\mathrm{H^+}$ (forming $\mathrm{CO_3^{2-}}$) or accept one (forming $\mathrm{H_2CO_3}$). $\mathrm{CO_3^{2-}}$ and $\mathrm{Cl^-}$ have no proton to donate; $\mathrm{NH_4^+}$ cannot accept another proton.`,
  }),
  mcq({
    key: "chemistry-r3-1-05",
    levels: CORE,
    topicCode: "R3.1",
    difficulty: 2,
    commandTerm: "Predict",
    stem: "A solution of a strong acid has pH 3. It is diluted by a factor of 100 with distilled water. What is the new pH?",
    options: ["1", "3.01", "5", "7"],
    correct: "C",
    answer: "5",
    keywords: ["5"],
    workedSolution: String.raw`pH is a log scale: each unit corresponds to a factor of 10 in $[\mathrm{H^+}]$. Diluting 100-fold reduces $[\mathrm{H^+}]$ from $10^{-3}$ to $10^{-5}\ \mathrm{mol\,dm^{-3}}$, so the pH rises by 2, to **5**. The diluted acid is not neutral (7): $[\mathrm{H^+}] = 10^{-5}\ \mathrm{mol\,dm^{-3}}$ is still a hundred times that in pure water, and the pH only approaches 7, never passes it, on further dilution.`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-r3-1h-01",
    levels: HL,
    topicCode: "R3.1H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the pH of $0.100\ \mathrm{mol\,dm^{-3}}$ ethanoic acid at 298 K, given that $\mathrm{p}K_a = 4.76$. Give your answer to two decimal places.`,
    numericAnswer: { value: 2.88, tolerance: 0.01 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$K_a = 10^{-4.76} = 1.74 \times 10^{-5}$`, keywords: ["1.74"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$[\mathrm{H^+}] = \sqrt{1.74 \times 10^{-5} \times 0.100} = 1.32 \times 10^{-3}$ «mol dm⁻³»`,
        keywords: ["1.32"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: "pH = 2.88", keywords: ["2.88"] },
    ],
    workedSolution: String.raw`$\mathrm{CH_3COOH \rightleftharpoons CH_3COO^- + H^+}$, with $K_a = \dfrac{[\mathrm{H^+}][\mathrm{CH_3COO^-}]}{[\mathrm{CH_3COOH}]}$.

$K_a = 10^{-4.76} = 1.74 \times 10^{-5}$

Assume $[\mathrm{H^+}] = [\mathrm{CH_3COO^-}]$ and that so little acid dissociates that $[\mathrm{CH_3COOH}] \approx 0.100$:

$[\mathrm{H^+}]^2 = 1.74 \times 10^{-5} \times 0.100 \Rightarrow [\mathrm{H^+}] = 1.32 \times 10^{-3}\ \mathrm{mol\,dm^{-3}}$

$\mathrm{pH} = -\log(1.32 \times 10^{-3}) = 2.88$

(Only about 1.3% of the acid is dissociated, so the approximation is justified.)`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r3-1h-02",
    levels: HL,
    topicCode: "R3.1H",
    difficulty: 5,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Determine",
    stem: String.raw`$10.0\ \mathrm{cm^3}$ of $0.100\ \mathrm{mol\,dm^{-3}}$ sodium hydroxide is added to $50.0\ \mathrm{cm^3}$ of $0.100\ \mathrm{mol\,dm^{-3}}$ ethanoic acid ($\mathrm{p}K_a = 4.76$). Determine the pH of the resulting buffer solution, to two decimal places.`,
    numericAnswer: { value: 4.16, tolerance: 0.01 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`initial amounts: $n(\mathrm{CH_3COOH}) = 5.00 \times 10^{-3}$, $n(\mathrm{OH^-}) = 1.00 \times 10^{-3}$ «mol»`,
        keywords: ["0.00500", "5.00", "0.00100", "1.00"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`after reaction: $n(\mathrm{CH_3COOH}) = 4.00 \times 10^{-3}$ and $n(\mathrm{CH_3COO^-}) = 1.00 \times 10^{-3}$ «mol»`,
        keywords: ["4.00", "0.00400"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{pH} = \mathrm{p}K_a + \log\dfrac{[\mathrm{A^-}]}{[\mathrm{HA}]} = 4.76 + \log(0.250)$ / $[\mathrm{H^+}] = K_a \times 4.00$`,
        keywords: ["log", "0.25", "0.250"],
      },
      { id: "p4", kind: "POINT", marks: 1, text: "pH = 4.16", keywords: ["4.16"] },
    ],
    workedSolution: String.raw`**1. React the strong base with the acid.**
$n(\mathrm{CH_3COOH}) = 0.100 \times 0.0500 = 5.00 \times 10^{-3}\ \mathrm{mol}$; $n(\mathrm{OH^-}) = 0.100 \times 0.0100 = 1.00 \times 10^{-3}\ \mathrm{mol}$

$\mathrm{CH_3COOH + OH^- \rightarrow CH_3COO^- + H_2O}$ uses up all the $\mathrm{OH^-}$, leaving $4.00 \times 10^{-3}$ mol acid and forming $1.00 \times 10^{-3}$ mol ethanoate.

**2. Apply the buffer equation.** Both species are in the same volume (60.0 cm³), so the mole ratio equals the concentration ratio:

$$\mathrm{pH} = \mathrm{p}K_a + \log\frac{[\mathrm{A^-}]}{[\mathrm{HA}]} = 4.76 + \log\frac{1.00}{4.00} = 4.76 - 0.60 = 4.16$$`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r3-1h-03",
    levels: HL,
    topicCode: "R3.1H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Justify",
    stem: "Ethanoic acid is titrated with sodium hydroxide solution. Phenolphthalein (pH range 8.2–10.0) is chosen as the indicator rather than methyl orange (pH range 3.1–4.4). Justify this choice.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "the pH at the equivalence point is greater than 7 «about 8–9»",
        keywords: ["greater than 7", "above 7", "> 7"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`because ethanoate ions hydrolyse/react with water to form $\mathrm{OH^-}$: $\mathrm{CH_3COO^- + H_2O \rightleftharpoons CH_3COOH + OH^-}$`,
        keywords: ["hydrolys", "OH-", "ethanoate"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: "phenolphthalein's range lies within the steep/vertical part of the curve at the equivalence point, whereas methyl orange would change colour before the equivalence point",
        keywords: ["within", "steep", "vertical", "before"],
      },
    ],
    workedSolution: String.raw`At the equivalence point the solution contains sodium ethanoate. The ethanoate ion is a weak base and reacts with water:

$\mathrm{CH_3COO^-(aq) + H_2O(l) \rightleftharpoons CH_3COOH(aq) + OH^-(aq)}$

so the equivalence-point pH is **above 7** (about 8.7). An indicator must change colour within the **steep (vertical) section** of the pH curve around the equivalence point. Phenolphthalein's range (8.2–10.0) falls in this region; methyl orange would change colour at pH 3–4, long before the equivalence point is reached.`,
  },
  mcq({
    key: "chemistry-r3-1h-04",
    levels: HL,
    topicCode: "R3.1H",
    difficulty: 2,
    commandTerm: "Predict",
    stem: String.raw`Which salt forms an acidic solution when dissolved in water?`,
    options: [String.raw`$\mathrm{NaCl}$`, String.raw`$\mathrm{NH_4Cl}$`, String.raw`$\mathrm{CH_3COONa}$`, String.raw`$\mathrm{Na_2CO_3}$`],
    correct: "B",
    answer: String.raw`$\mathrm{NH_4Cl}$`,
    keywords: ["NH4Cl"],
    workedSolution: String.raw`$\mathrm{NH_4Cl}$ is the salt of a strong acid and a weak base. The ammonium ion is a weak acid: $\mathrm{NH_4^+ + H_2O \rightleftharpoons NH_3 + H_3O^+}$, so the solution is acidic. NaCl is neutral; $\mathrm{CH_3COONa}$ and $\mathrm{Na_2CO_3}$ give alkaline solutions (weak-acid anions accept protons from water).`,
  }),
  {
    type: "NUMERIC",
    key: "chemistry-r3-1h-05",
    levels: HL,
    topicCode: "R3.1H",
    difficulty: 2,
    marks: 1,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`The $\mathrm{p}K_a$ of the ammonium ion, $\mathrm{NH_4^+}$, is 9.25 at 298 K. Calculate the $\mathrm{p}K_b$ of ammonia at 298 K.`,
    numericAnswer: { value: 4.75, tolerance: 0.01 },
    markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: String.raw`$\mathrm{p}K_b = 14.00 - 9.25 = 4.75$`, keywords: ["4.75"] }],
    workedSolution: String.raw`For a conjugate acid–base pair, $K_a \times K_b = K_w$, so at 298 K $\mathrm{p}K_a + \mathrm{p}K_b = 14.00$.

$\mathrm{p}K_b(\mathrm{NH_3}) = 14.00 - 9.25 = 4.75$`,
  },
  mcq({
    key: "chemistry-r3-2-01",
    levels: CORE,
    topicCode: "R3.2",
    difficulty: 2,
    commandTerm: "Identify",
    stem: String.raw`What is the oxidizing agent in the reaction $\mathrm{Zn(s) + Cu^{2+}(aq) \rightarrow Zn^{2+}(aq) + Cu(s)}$?`,
    options: [String.raw`$\mathrm{Zn(s)}$`, String.raw`$\mathrm{Cu^{2+}(aq)}$`, String.raw`$\mathrm{Zn^{2+}(aq)}$`, String.raw`$\mathrm{Cu(s)}$`],
    correct: "B",
    answer: String.raw`$\mathrm{Cu^{2+}}$`,
    keywords: ["Cu2+"],
    workedSolution: String.raw`The oxidizing agent is the species that **gains electrons** (is itself reduced). $\mathrm{Cu^{2+}}$ (oxidation state +2) gains two electrons to become Cu (0), oxidizing Zn to $\mathrm{Zn^{2+}}$. Zn is the reducing agent.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-2-02",
    levels: CORE,
    topicCode: "R3.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Deduce",
    stem: String.raw`In acidic solution, manganate(VII) ions, $\mathrm{MnO_4^-}$, oxidize iron(II) ions to iron(III) ions and are reduced to $\mathrm{Mn^{2+}}$. Deduce the two half-equations and the overall ionic equation.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$\mathrm{MnO_4^- + 8H^+ + 5e^- \rightarrow Mn^{2+} + 4H_2O}$`, keywords: ["8H+", "5e-", "4H2O"] },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\mathrm{Fe^{2+} \rightarrow Fe^{3+} + e^-}$`, keywords: ["Fe2+", "Fe3+"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{MnO_4^- + 8H^+ + 5Fe^{2+} \rightarrow Mn^{2+} + 5Fe^{3+} + 4H_2O}$`,
        keywords: ["5Fe2+", "5Fe3+"],
      },
    ],
    workedSolution: String.raw`**Reduction:** balance O with $\mathrm{H_2O}$, then H with $\mathrm{H^+}$, then charge with electrons.
$\mathrm{MnO_4^- \rightarrow Mn^{2+} + 4H_2O}$ → add $\mathrm{8H^+}$ on the left → charge on left $= -1 + 8 = +7$, on right $+2$, so add $5e^-$:
$\mathrm{MnO_4^- + 8H^+ + 5e^- \rightarrow Mn^{2+} + 4H_2O}$ (Mn: +7 → +2)

**Oxidation:** $\mathrm{Fe^{2+} \rightarrow Fe^{3+} + e^-}$

**Overall:** multiply the oxidation by 5 so the electrons cancel:
$\mathrm{MnO_4^- + 8H^+ + 5Fe^{2+} \rightarrow Mn^{2+} + 5Fe^{3+} + 4H_2O}$`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r3-2-03",
    levels: CORE,
    topicCode: "R3.2",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`A $25.00\ \mathrm{cm^3}$ sample of an acidified solution of iron(II) sulfate required $18.60\ \mathrm{cm^3}$ of $0.0200\ \mathrm{mol\,dm^{-3}}$ potassium manganate(VII) to reach the end point.

$$\mathrm{MnO_4^- + 8H^+ + 5Fe^{2+} \rightarrow Mn^{2+} + 5Fe^{3+} + 4H_2O}$$

Calculate the concentration of $\mathrm{Fe^{2+}}$ in the solution, in $\mathrm{mol\,dm^{-3}}$, to three significant figures.`,
    numericAnswer: { value: 0.0744, unit: "mol dm⁻³", sigFigs: 3, sigFigsExact: true, tolerance: 0.0002 },
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$n(\mathrm{MnO_4^-}) = 0.0200 \times 0.01860 = 3.72 \times 10^{-4}$ «mol»`,
        keywords: ["3.72", "0.000372"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$n(\mathrm{Fe^{2+}}) = 5 \times 3.72 \times 10^{-4} = 1.86 \times 10^{-3}$ «mol»`,
        keywords: ["1.86", "0.00186"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`$c = 1.86 \times 10^{-3} / 0.02500 = 0.0744$ «mol dm⁻³»`, keywords: ["0.0744"] },
    ],
    workedSolution: String.raw`$n(\mathrm{MnO_4^-}) = 0.0200 \times 0.01860 = 3.72 \times 10^{-4}\ \mathrm{mol}$

Mole ratio $\mathrm{MnO_4^- : Fe^{2+}} = 1 : 5$: $n(\mathrm{Fe^{2+}}) = 5 \times 3.72 \times 10^{-4} = 1.86 \times 10^{-3}\ \mathrm{mol}$

$c(\mathrm{Fe^{2+}}) = \dfrac{1.86 \times 10^{-3}}{0.02500} = 0.0744\ \mathrm{mol\,dm^{-3}}$

(The end point is the first permanent pale pink colour from excess $\mathrm{MnO_4^-}$; no separate indicator is needed.)`,
  },
  mcq({
    key: "chemistry-r3-2-04",
    levels: CORE,
    topicCode: "R3.2",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "In a primary (galvanic) cell made from a zinc half-cell and a copper half-cell, which statement is correct?",
    options: [
      "Electrons flow through the external circuit from copper to zinc.",
      "Zinc is the negative electrode (anode), where oxidation occurs.",
      "Copper atoms are oxidized at the positive electrode.",
      "Ions flow through the external wire to complete the circuit.",
    ],
    correct: "B",
    answer: "zinc is the negative electrode (anode), where oxidation occurs",
    keywords: ["zinc", "anode", "oxidation"],
    workedSolution: String.raw`Zinc is the more reactive metal, so it is **oxidized**: $\mathrm{Zn \rightarrow Zn^{2+} + 2e^-}$. The electrode where oxidation occurs is the **anode**, and in a galvanic cell it is negative. Electrons flow through the wire from Zn to Cu, where $\mathrm{Cu^{2+}}$ is reduced. Ions move through the salt bridge, not the wire.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-2-05",
    levels: CORE,
    topicCode: "R3.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Outline",
    stem: String.raw`Ethanol is heated with acidified potassium dichromate(VI). Outline how the conditions can be chosen to produce either ethanal or ethanoic acid as the main product, and state the colour change observed.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "ethanal: distil the product off as it forms «prevents further oxidation»",
        keywords: ["distil", "distillation"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "ethanoic acid: heat under reflux «with excess oxidizing agent»", keywords: ["reflux"] },
      { id: "p3", kind: "POINT", marks: 1, text: "orange to green", keywords: ["orange", "green"] },
    ],
    workedSolution: String.raw`Ethanol is a primary alcohol, so it is oxidized first to an aldehyde and then to a carboxylic acid.

- To obtain **ethanal**, heat gently and **distil** it off as soon as it forms (it has a low boiling point, 20 °C), so it is removed before it can be oxidized further.
- To obtain **ethanoic acid**, heat under **reflux** with excess oxidizing agent so any ethanal that vaporizes condenses and returns to be oxidized fully.

The dichromate(VI) ion, $\mathrm{Cr_2O_7^{2-}}$ (orange), is reduced to $\mathrm{Cr^{3+}}$ (green): **orange → green**.`,
  },
  {
    type: "NUMERIC",
    key: "chemistry-r3-2h-01",
    levels: HL,
    topicCode: "R3.2H",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Calculate",
    stem: String.raw`Calculate the standard Gibbs energy change, in $\mathrm{kJ\,mol^{-1}}$, for the reaction in a Daniell cell, $\mathrm{Zn(s) + Cu^{2+}(aq) \rightarrow Zn^{2+}(aq) + Cu(s)}$, to three significant figures.

$E^\ominus(\mathrm{Zn^{2+}/Zn}) = -0.76\ \mathrm{V}$; $E^\ominus(\mathrm{Cu^{2+}/Cu}) = +0.34\ \mathrm{V}$; $F = 96\,500\ \mathrm{C\,mol^{-1}}$.`,
    numericAnswer: { value: -212, unit: "kJ mol⁻¹", sigFigs: 3, sigFigsExact: true, relativeTolerance: 0.005 },
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`$E^\ominus_{cell} = 0.34 - (-0.76) = +1.10$ «V»`, keywords: ["1.10"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\Delta G^\ominus = -nFE^\ominus = -2 \times 96\,500 \times 1.10$ «J mol⁻¹»`,
        keywords: ["n = 2", "2 × 96500", "-nFE"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: "−212 «kJ mol⁻¹»", keywords: ["-212", "−212"] },
    ],
    workedSolution: String.raw`$E^\ominus_{cell} = E^\ominus(\text{reduction, cathode}) - E^\ominus(\text{oxidation, anode}) = +0.34 - (-0.76) = +1.10\ \mathrm{V}$

Two electrons are transferred per Zn, so $n = 2$:

$\Delta G^\ominus = -nFE^\ominus = -2 \times 96\,500 \times 1.10 = -212\,300\ \mathrm{J\,mol^{-1}} = -212\ \mathrm{kJ\,mol^{-1}}$

A positive $E^\ominus_{cell}$ corresponds to a negative $\Delta G^\ominus$: the reaction is spontaneous.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r3-2h-02",
    levels: HL,
    topicCode: "R3.2H",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`Concentrated aqueous sodium chloride is electrolysed using inert electrodes. Deduce the half-equations at each electrode and explain why these products form rather than sodium and oxygen.

$E^\ominus$ values: $\mathrm{Na^+/Na} = -2.71\ \mathrm{V}$; $\mathrm{H_2O/H_2, OH^-} = -0.83\ \mathrm{V}$; $\mathrm{O_2, H^+/H_2O} = +1.23\ \mathrm{V}$; $\mathrm{Cl_2/Cl^-} = +1.36\ \mathrm{V}$.`,
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: String.raw`cathode: $\mathrm{2H_2O + 2e^- \rightarrow H_2 + 2OH^-}$`, keywords: ["H2", "2OH-", "cathode"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`water is reduced rather than $\mathrm{Na^+}$ because its $E^\ominus$ is less negative / water is more easily reduced`,
        keywords: ["less negative", "more easily reduced", "-0.83"],
      },
      { id: "p3", kind: "POINT", marks: 1, text: String.raw`anode: $\mathrm{2Cl^- \rightarrow Cl_2 + 2e^-}$`, keywords: ["Cl2", "anode"] },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: String.raw`high concentration of $\mathrm{Cl^-}$ makes its oxidation favoured over water despite the slightly higher $E^\ominus$ «the values are close»`,
        keywords: ["concentration", "concentrated"],
      },
    ],
    workedSolution: String.raw`**Cathode (reduction).** Both $\mathrm{Na^+}$ and $\mathrm{H_2O}$ could be reduced. Water's $E^\ominus$ (−0.83 V) is much less negative than that of $\mathrm{Na^+}$ (−2.71 V), so water is reduced much more easily:
$\mathrm{2H_2O(l) + 2e^- \rightarrow H_2(g) + 2OH^-(aq)}$

**Anode (oxidation).** On $E^\ominus$ alone, water (+1.23 V) would be oxidized slightly more readily than $\mathrm{Cl^-}$ (+1.36 V). The values are close, however, and the **high concentration of chloride ions** in concentrated brine shifts the balance so chlorine is produced:
$\mathrm{2Cl^-(aq) \rightarrow Cl_2(g) + 2e^-}$

The solution left behind contains $\mathrm{Na^+}$ and $\mathrm{OH^-}$, i.e. sodium hydroxide.`,
  },
  mcq({
    key: "chemistry-r3-2h-03",
    levels: HL,
    topicCode: "R3.2H",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: String.raw`Use these standard electrode potentials: $\mathrm{Mg^{2+}/Mg} = -2.37\ \mathrm{V}$; $\mathrm{Zn^{2+}/Zn} = -0.76\ \mathrm{V}$; $\mathrm{Ag^+/Ag} = +0.80\ \mathrm{V}$; $\mathrm{F_2/F^-} = +2.87\ \mathrm{V}$. Which species is the strongest reducing agent?`,
    options: [String.raw`$\mathrm{Mg(s)}$`, String.raw`$\mathrm{Zn(s)}$`, String.raw`$\mathrm{Ag(s)}$`, String.raw`$\mathrm{F^-(aq)}$`],
    correct: "A",
    answer: "Mg(s)",
    keywords: ["Mg"],
    workedSolution: String.raw`The strongest reducing agent is the species on the **right** of the half-equation with the **most negative** $E^\ominus$, because it most readily gives up electrons. $\mathrm{Mg^{2+}/Mg}$ has $E^\ominus = -2.37\ \mathrm{V}$, so Mg is the strongest reducing agent. $\mathrm{F^-}$ is the weakest (and $\mathrm{F_2}$ the strongest oxidizing agent).`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-2h-04",
    levels: HL,
    topicCode: "R3.2H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "State",
    stem: "Propanoic acid can be reduced to an alcohol. State a suitable reducing agent and conditions, and name the organic product.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`lithium aluminium hydride, $\mathrm{LiAlH_4}$, in dry ether «followed by aqueous acid»`,
        keywords: ["LiAlH4", "lithium aluminium hydride", "dry ether"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: "propan-1-ol", keywords: ["propan-1-ol"] },
    ],
    workedSolution: String.raw`Carboxylic acids need a powerful reducing agent: **lithium aluminium hydride, $\mathrm{LiAlH_4}$**, in dry ether (it reacts violently with water), followed by careful addition of dilute acid. The acid is reduced via the aldehyde (propanal, which cannot be isolated because it is reduced faster than the acid) to the primary alcohol **propan-1-ol**, $\mathrm{CH_3CH_2CH_2OH}$. ($\mathrm{NaBH_4}$ is too weak to reduce carboxylic acids, though it reduces aldehydes and ketones.)`,
  },
  mcq({
    key: "chemistry-r3-3-01",
    levels: CORE,
    topicCode: "R3.3",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "Which equation represents a propagation step in the reaction between methane and chlorine in ultraviolet light?",
    options: [
      String.raw`$\mathrm{Cl_2 \rightarrow 2Cl^{\bullet}}$`,
      String.raw`$\mathrm{CH_4 + Cl^{\bullet} \rightarrow CH_3^{\bullet} + HCl}$`,
      String.raw`$\mathrm{CH_3^{\bullet} + Cl^{\bullet} \rightarrow CH_3Cl}$`,
      String.raw`$\mathrm{CH_3^{\bullet} + CH_3^{\bullet} \rightarrow C_2H_6}$`,
    ],
    correct: "B",
    answer: String.raw`$\mathrm{CH_4 + Cl^{\bullet} \rightarrow CH_3^{\bullet} + HCl}$`,
    keywords: ["CH3•", "HCl"],
    workedSolution:
      "A propagation step uses up one radical and produces another, so the chain continues. In B a chlorine radical reacts and a methyl radical is formed. A is initiation (radicals formed from a molecule); C and D are termination (two radicals combine).",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-3-02",
    levels: CORE,
    topicCode: "R3.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Describe",
    stem: "Ethane reacts with bromine in ultraviolet light to form bromoethane. Describe the mechanism of this reaction, including equations for the initiation, propagation and termination steps.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`initiation: $\mathrm{Br_2 \rightarrow 2Br^{\bullet}}$ «UV light, homolytic fission»`,
        keywords: ["initiation", "2Br•", "homolytic", "UV"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`propagation: $\mathrm{C_2H_6 + Br^{\bullet} \rightarrow C_2H_5^{\bullet} + HBr}$`,
        keywords: ["C2H5•", "HBr"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`propagation: $\mathrm{C_2H_5^{\bullet} + Br_2 \rightarrow C_2H_5Br + Br^{\bullet}}$`,
        keywords: ["C2H5Br", "Br2"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: String.raw`termination: $\mathrm{C_2H_5^{\bullet} + Br^{\bullet} \rightarrow C_2H_5Br}$ / $\mathrm{2Br^{\bullet} \rightarrow Br_2}$ / $\mathrm{2C_2H_5^{\bullet} \rightarrow C_4H_{10}}$`,
        keywords: ["termination", "C4H10"],
      },
    ],
    workedSolution: String.raw`This is **free-radical substitution**.

**Initiation** — UV light breaks the Br–Br bond homolytically (each atom keeps one electron):
$\mathrm{Br_2 \rightarrow 2Br^{\bullet}}$

**Propagation** — a chain reaction in which each step uses one radical and makes another:
$\mathrm{C_2H_6 + Br^{\bullet} \rightarrow C_2H_5^{\bullet} + HBr}$
$\mathrm{C_2H_5^{\bullet} + Br_2 \rightarrow C_2H_5Br + Br^{\bullet}}$

**Termination** — two radicals combine, removing radicals from the chain:
$\mathrm{C_2H_5^{\bullet} + Br^{\bullet} \rightarrow C_2H_5Br}$ (also $\mathrm{2Br^{\bullet} \rightarrow Br_2}$, $\mathrm{2C_2H_5^{\bullet} \rightarrow C_4H_{10}}$)`,
  },
  mcq({
    key: "chemistry-r3-3-03",
    levels: CORE,
    topicCode: "R3.3",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Which statement describes homolytic fission of a covalent bond?",
    options: [
      "Both shared electrons go to the more electronegative atom, forming ions.",
      "Each atom takes one electron from the shared pair, forming two radicals.",
      "A lone pair is donated to form a coordination bond.",
      "The bond breaks only in the presence of a catalyst.",
    ],
    correct: "B",
    answer: "each atom takes one electron, forming two radicals",
    keywords: ["one electron", "radicals"],
    workedSolution:
      "In **homolytic** fission the bond breaks evenly: each atom keeps one electron of the shared pair, so two **radicals** (species with an unpaired electron) form. When both electrons go to one atom, forming ions, the fission is **heterolytic**.",
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-3-04",
    levels: CORE,
    topicCode: "R3.3",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`Chlorofluorocarbons (CFCs) such as $\mathrm{CCl_2F_2}$ are stable in the lower atmosphere but damage the ozone layer in the stratosphere. Explain how chlorine radicals are formed from CFCs and why a single chlorine radical can destroy many ozone molecules.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`UV radiation causes homolytic fission of the C–Cl bond «weaker than C–F»: $\mathrm{CCl_2F_2 \rightarrow CClF_2^{\bullet} + Cl^{\bullet}}$`,
        keywords: ["UV", "homolytic", "C–Cl", "C-Cl"],
      },
      { id: "p2", kind: "POINT", marks: 1, text: String.raw`$\mathrm{Cl^{\bullet} + O_3 \rightarrow ClO^{\bullet} + O_2}$`, keywords: ["ClO•", "O3"] },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{ClO^{\bullet} + O \rightarrow Cl^{\bullet} + O_2}$ / chlorine radical is regenerated so it acts as a catalyst / chain reaction`,
        keywords: ["regenerated", "catalyst", "chain"],
      },
    ],
    workedSolution: String.raw`In the stratosphere, high-energy **UV radiation** breaks the weakest bond, C–Cl, **homolytically**: $\mathrm{CCl_2F_2 \rightarrow CClF_2^{\bullet} + Cl^{\bullet}}$.

The chlorine radical then takes part in a chain:

$\mathrm{Cl^{\bullet} + O_3 \rightarrow ClO^{\bullet} + O_2}$
$\mathrm{ClO^{\bullet} + O \rightarrow Cl^{\bullet} + O_2}$

Overall $\mathrm{O_3 + O \rightarrow 2O_2}$. The $\mathrm{Cl^{\bullet}}$ radical is **regenerated** in the second step, so it acts as a catalyst and one radical can destroy thousands of ozone molecules before a termination step removes it.`,
  },
  mcq({
    key: "chemistry-r3-4-01",
    levels: CORE,
    topicCode: "R3.4",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Which species can act as a nucleophile?",
    options: [String.raw`$\mathrm{NH_3}$`, String.raw`$\mathrm{NO_2^+}$`, String.raw`$\mathrm{CH_4}$`, String.raw`$\mathrm{H^+}$`],
    correct: "A",
    answer: String.raw`$\mathrm{NH_3}$ (has a lone pair)`,
    keywords: ["NH3", "lone pair"],
    workedSolution: String.raw`A nucleophile is an **electron-pair donor** that attacks an electron-deficient centre. $\mathrm{NH_3}$ has a lone pair on nitrogen. $\mathrm{NO_2^+}$ and $\mathrm{H^+}$ are electron-pair acceptors (electrophiles); $\mathrm{CH_4}$ has no lone pair.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-4-02",
    levels: CORE,
    topicCode: "R3.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Describe",
    stem: "Bromoethane reacts with warm aqueous sodium hydroxide. Name the organic product and describe what happens in this nucleophilic substitution reaction.",
    markscheme: [
      { id: "p1", kind: "POINT", marks: 1, text: "ethanol", keywords: ["ethanol"] },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`hydroxide ion/$\mathrm{OH^-}$ acts as nucleophile, donating a lone pair to the electron-deficient/δ+ carbon «bonded to Br»`,
        keywords: ["OH-", "nucleophile", "δ+", "lone pair"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`C–Br bond breaks heterolytically and bromide/$\mathrm{Br^-}$ leaves «as the leaving group»`,
        keywords: ["heterolytic", "Br-", "leaving group"],
      },
    ],
    workedSolution: String.raw`$\mathrm{CH_3CH_2Br + OH^- \rightarrow CH_3CH_2OH + Br^-}$ — the product is **ethanol**.

Bromine is more electronegative than carbon, so the C–Br bond is polar and the carbon is **δ+** (electron-deficient). The hydroxide ion is a **nucleophile**: it donates a lone pair to this carbon, forming a new C–O bond, while the C–Br bond breaks **heterolytically**, both electrons going to bromine, which leaves as $\mathrm{Br^-}$.`,
  },
  mcq({
    key: "chemistry-r3-4-03",
    levels: CORE,
    topicCode: "R3.4",
    difficulty: 2,
    commandTerm: "Identify",
    stem: "What is the product when ethene reacts with bromine at room temperature?",
    options: ["Bromoethane", "1,1-dibromoethane", "1,2-dibromoethane", "Bromoethene"],
    correct: "C",
    answer: "1,2-dibromoethane",
    keywords: ["1,2-dibromoethane"],
    workedSolution: String.raw`This is **electrophilic addition**: the π bond of C=C opens and one Br atom adds to each carbon, giving $\mathrm{CH_2BrCH_2Br}$, 1,2-dibromoethane. The orange/brown bromine is decolorized — the standard test for unsaturation.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-4-04",
    levels: CORE,
    topicCode: "R3.4",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Define",
    stem: "Define the terms *electrophile* and *heterolytic fission*.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "electrophile: an electron-pair acceptor «attracted to electron-rich regions»",
        keywords: ["electron-pair acceptor", "accepts a pair"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: "heterolytic fission: breaking of a covalent bond in which both electrons go to one atom «forming a cation and an anion»",
        keywords: ["both electrons", "one atom", "ions"],
      },
    ],
    workedSolution: String.raw`- An **electrophile** is an **electron-pair acceptor**: a species (often positive or δ+) that is attracted to regions of high electron density, such as a C=C double bond. Examples: $\mathrm{H^+}$, $\mathrm{NO_2^+}$, $\mathrm{Br^{\delta+}}$.
- **Heterolytic fission** is the breaking of a covalent bond in which **both bonding electrons go to one of the atoms**, producing a positive and a negative ion.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r3-4h-01",
    levels: HL,
    topicCode: "R3.4H",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    calculator: true,
    commandTerm: "Compare and contrast",
    stem: String.raw`1-bromobutane reacts with aqueous hydroxide ions mainly by an $\mathrm{S_N2}$ mechanism, whereas 2-bromo-2-methylpropane reacts mainly by an $\mathrm{S_N1}$ mechanism. Compare and contrast the two mechanisms.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: "both are nucleophilic substitutions in which OH⁻ replaces Br⁻ «heterolytic fission of C–Br»",
        keywords: ["both", "nucleophilic substitution"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{S_N2}$: one step, OH⁻ attacks as Br⁻ leaves via a «pentavalent» transition state / backside attack with inversion of configuration`,
        keywords: ["one step", "transition state", "inversion", "backside"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{S_N1}$: two steps, slow heterolysis forms a «tertiary» carbocation intermediate which is then attacked by OH⁻`,
        keywords: ["two steps", "carbocation", "intermediate"],
      },
      {
        id: "p4",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{S_N2}$ rate = k[halogenoalkane][OH⁻] «bimolecular» whereas $\mathrm{S_N1}$ rate = k[halogenoalkane] «unimolecular»`,
        keywords: ["rate", "bimolecular", "unimolecular"],
      },
      {
        id: "p5",
        kind: "POINT",
        marks: 1,
        text: String.raw`tertiary favours $\mathrm{S_N1}$: carbocation stabilized by positive inductive effect of three alkyl groups / steric hindrance blocks backside attack`,
        keywords: ["inductive", "steric hindrance", "tertiary"],
      },
    ],
    workedSolution: String.raw`**Similarity:** both are nucleophilic substitutions giving an alcohol and $\mathrm{Br^-}$; in both the C–Br bond breaks heterolytically.

**$\mathrm{S_N2}$ (primary, 1-bromobutane):** a single step. $\mathrm{OH^-}$ attacks the δ+ carbon from the side opposite Br while the C–Br bond breaks, passing through a transition state with partial bonds to both OH and Br. Configuration is inverted. Two species are in the rate-determining step: rate $= k[\mathrm{C_4H_9Br}][\mathrm{OH^-}]$.

**$\mathrm{S_N1}$ (tertiary, 2-bromo-2-methylpropane):** two steps. First, the C–Br bond breaks slowly to form a tertiary **carbocation** intermediate; then $\mathrm{OH^-}$ attacks it rapidly. Only the halogenoalkane is in the slow step: rate $= k[\mathrm{C_4H_9Br}]$.

**Why the difference:** three alkyl groups stabilize the tertiary carbocation by their positive inductive effect and also crowd the carbon (steric hindrance), blocking the backside attack needed for $\mathrm{S_N2}$.`,
  },
  mcq({
    key: "chemistry-r3-4h-02",
    levels: HL,
    topicCode: "R3.4H",
    difficulty: 2,
    commandTerm: "Predict",
    stem: "What is the major product when propene reacts with hydrogen bromide?",
    options: ["1-bromopropane", "2-bromopropane", "1,2-dibromopropane", "Propan-2-ol"],
    correct: "B",
    answer: "2-bromopropane",
    keywords: ["2-bromopropane"],
    workedSolution: String.raw`In electrophilic addition, $\mathrm{H^+}$ (from H–Br) adds first. Adding it to the terminal $\mathrm{CH_2}$ gives a **secondary** carbocation, $\mathrm{CH_3C^+HCH_3}$, which is more stable (two electron-releasing alkyl groups) than the primary alternative. $\mathrm{Br^-}$ then bonds to the central carbon, giving **2-bromopropane** (Markovnikov's rule).`,
  }),
  mcq({
    key: "chemistry-r3-4h-03",
    levels: HL,
    topicCode: "R3.4H",
    difficulty: 1,
    commandTerm: "Identify",
    stem: "Which species can act as a Lewis acid but not as a Brønsted–Lowry acid?",
    options: [String.raw`$\mathrm{HCl}$`, String.raw`$\mathrm{BF_3}$`, String.raw`$\mathrm{NH_4^+}$`, String.raw`$\mathrm{NH_3}$`],
    correct: "B",
    answer: String.raw`$\mathrm{BF_3}$`,
    keywords: ["BF3"],
    workedSolution: String.raw`A Lewis acid is an **electron-pair acceptor**. Boron in $\mathrm{BF_3}$ has only six valence electrons and an empty orbital, so it accepts a lone pair (e.g. from $\mathrm{NH_3}$). It has no H to donate, so it cannot be a Brønsted–Lowry acid. HCl and $\mathrm{NH_4^+}$ are proton donors; $\mathrm{NH_3}$ is a base.`,
  }),
  {
    type: "WRITTEN",
    key: "chemistry-r3-4h-04",
    levels: HL,
    topicCode: "R3.4H",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    calculator: true,
    commandTerm: "Outline",
    stem: "Benzene is nitrated by a mixture of concentrated nitric and sulfuric acids. Outline the mechanism of this reaction, including the formation of the electrophile.",
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{HNO_3 + 2H_2SO_4 \rightarrow NO_2^+ + H_3O^+ + 2HSO_4^-}$ / sulfuric acid protonates nitric acid to form the nitronium ion $\mathrm{NO_2^+}$`,
        keywords: ["NO2+", "nitronium"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`the delocalized π electrons of the ring attack/donate a pair to $\mathrm{NO_2^+}$, forming a positively charged intermediate «carbocation, ring delocalization disrupted»`,
        keywords: ["π electrons", "attack", "intermediate", "carbocation"],
      },
      {
        id: "p3",
        kind: "POINT",
        marks: 1,
        text: String.raw`loss of $\mathrm{H^+}$ restores the delocalized ring, forming nitrobenzene «$\mathrm{H^+}$ regenerates the acid catalyst»`,
        keywords: ["loss of H+", "restores", "nitrobenzene"],
      },
    ],
    workedSolution: String.raw`**1. Forming the electrophile.** Sulfuric acid is the stronger acid and protonates nitric acid, which loses water to give the **nitronium ion**:
$\mathrm{HNO_3 + 2H_2SO_4 \rightarrow NO_2^+ + H_3O^+ + 2HSO_4^-}$

**2. Attack.** The electron-rich delocalized π system of benzene donates an electron pair to $\mathrm{NO_2^+}$, forming a C–N bond. The intermediate is a positively charged ion in which the delocalization is partly broken (the carbon bonded to $\mathrm{NO_2}$ is sp³).

**3. Loss of H⁺.** The C–H bond on that carbon breaks, its electrons return to the ring and restore the stable delocalized π system: nitrobenzene, $\mathrm{C_6H_5NO_2}$, forms. The $\mathrm{H^+}$ reacts with $\mathrm{HSO_4^-}$, regenerating sulfuric acid (a catalyst).

Overall this is **electrophilic substitution**: substitution keeps the extra stability of the aromatic ring.`,
  },
  {
    type: "WRITTEN",
    key: "chemistry-r3-4h-05",
    levels: HL,
    topicCode: "R3.4H",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    calculator: true,
    commandTerm: "Explain",
    stem: String.raw`Explain, in terms of Lewis acid–base theory, the formation of the complex ion $[\mathrm{Fe(H_2O)_6}]^{3+}$.`,
    markscheme: [
      {
        id: "p1",
        kind: "POINT",
        marks: 1,
        text: String.raw`water molecules/ligands are Lewis bases: each donates a lone pair «from O»`,
        keywords: ["Lewis base", "donate", "lone pair"],
      },
      {
        id: "p2",
        kind: "POINT",
        marks: 1,
        text: String.raw`$\mathrm{Fe^{3+}}$ is a Lewis acid: accepts electron pairs «into empty orbitals», forming six coordination/dative bonds`,
        keywords: ["Lewis acid", "accepts", "coordination", "dative"],
      },
    ],
    workedSolution: String.raw`Lewis theory defines an acid as an **electron-pair acceptor** and a base as an **electron-pair donor**. Each $\mathrm{H_2O}$ ligand donates a lone pair from its oxygen atom (Lewis base) into an empty orbital of the $\mathrm{Fe^{3+}}$ ion (Lewis acid). Six such **coordination (dative covalent) bonds** form, giving an octahedral complex ion.`,
  },
];

const content: SubjectQuestions = { subject: "chemistry", questions, groups: chemistryGroups };

export default content;
