import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Chemistry (group 4), syllabus for first assessment 2025.
 *
 * The syllabus is organised around two concepts, Structure (S1–S3) and Reactivity (R1–R3). In the real guide
 * the additional higher level (AHL) material sits inside the subtopics; here each subtopic that carries AHL
 * content gets its own child topic (code suffixed "H", hlOnly) so that HL-only questions can be placed
 * precisely. R1.4 (entropy and spontaneity) is AHL in its entirety, so the subtopic itself is hlOnly.
 *
 * Paper 1 is one sitting (SL 1 h 30 min / 55 marks, HL 2 h / 75 marks) in two booklets: 1A (multiple choice,
 * SL 30 / HL 40 marks) and 1B (data-based and experimental-work questions, SL 25 / HL 35 marks). Paper 1 is
 * weighted 36% in total; the split of time and weight between 1A and 1B below is pro rata to marks (the IB
 * does not time the two parts separately). Paper 2 is 44%; the internal assessment (20%) is not a paper.
 * Grade boundaries are illustrative, not official.
 */
const subject: SubjectInput = {
  slug: "chemistry",
  name: "Chemistry",
  group: 4,
  description:
    "IB Diploma Chemistry (first assessment 2025), built around two concepts: Structure — the particulate nature of matter, bonding and the classification of matter — and Reactivity — what drives reactions, how much, how fast and how far they go, and the mechanisms of proton, electron and electron-pair transfer. HL adds AHL depth in every theme, from ionization energies and hybridization to entropy, rate equations, pH curves and electrode potentials.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A — multiple-choice questions (sat with 1B in one 1 h 30 min session)",
          durationMinutes: 49,
          totalMarks: 30,
          calculator: true,
          weightPercent: 19.6,
        },
        {
          code: "P1B",
          name: "Paper 1B — data-based questions and questions on experimental work",
          durationMinutes: 41,
          totalMarks: 25,
          calculator: true,
          weightPercent: 16.4,
        },
        {
          code: "P2",
          name: "Paper 2 — short-answer and extended-response questions",
          durationMinutes: 90,
          totalMarks: 50,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 26, 4: 39, 5: 51, 6: 62, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 27, 4: 40, 5: 52, 6: 63, 7: 74 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A — multiple-choice questions (sat with 1B in one 2 h session)",
          durationMinutes: 64,
          totalMarks: 40,
          calculator: true,
          weightPercent: 19.2,
        },
        {
          code: "P1B",
          name: "Paper 1B — data-based questions and questions on experimental work",
          durationMinutes: 56,
          totalMarks: 35,
          calculator: true,
          weightPercent: 16.8,
        },
        {
          code: "P2",
          name: "Paper 2 — short-answer and extended-response questions",
          durationMinutes: 150,
          totalMarks: 90,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 27, 4: 39, 5: 50, 6: 61, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 16, 3: 28, 4: 40, 5: 51, 6: 62, 7: 73 } },
      ],
    },
  ],
  topics: [
    {
      code: "S1",
      title: "Structure 1. Models of the particulate nature of matter",
      children: [
        { code: "S1.1", title: "Introduction to the particulate nature of matter" },
        { code: "S1.2", title: "The nuclear atom" },
        {
          code: "S1.3",
          title: "Electron configurations",
          children: [{ code: "S1.3H", title: "AHL: Ionization energies, convergence limits and successive ionization data", hlOnly: true }],
        },
        { code: "S1.4", title: "Counting particles by mass: The mole" },
        { code: "S1.5", title: "Ideal gases" },
      ],
    },
    {
      code: "S2",
      title: "Structure 2. Models of bonding and structure",
      children: [
        { code: "S2.1", title: "The ionic model" },
        {
          code: "S2.2",
          title: "The covalent model",
          children: [{ code: "S2.2H", title: "AHL: Resonance, expanded octets, formal charge, sigma and pi bonds, hybridization", hlOnly: true }],
        },
        {
          code: "S2.3",
          title: "The metallic model",
          children: [{ code: "S2.3H", title: "AHL: Transition elements and delocalized d-electrons", hlOnly: true }],
        },
        {
          code: "S2.4",
          title: "From models to materials",
          children: [{ code: "S2.4H", title: "AHL: Condensation polymers", hlOnly: true }],
        },
      ],
    },
    {
      code: "S3",
      title: "Structure 3. Classification of matter",
      children: [
        {
          code: "S3.1",
          title: "The periodic table: Classification of elements",
          children: [{ code: "S3.1H", title: "AHL: Transition elements — variable oxidation states, complex ions and colour", hlOnly: true }],
        },
        {
          code: "S3.2",
          title: "Functional groups: Classification of organic compounds",
          children: [{ code: "S3.2H", title: "AHL: Stereoisomerism, 1H NMR splitting patterns and combined spectroscopy", hlOnly: true }],
        },
      ],
    },
    {
      code: "R1",
      title: "Reactivity 1. What drives chemical reactions?",
      children: [
        { code: "R1.1", title: "Measuring enthalpy changes" },
        {
          code: "R1.2",
          title: "Energy cycles in reactions",
          children: [{ code: "R1.2H", title: "AHL: Enthalpies of formation and combustion in Hess's law; Born–Haber cycles", hlOnly: true }],
        },
        { code: "R1.3", title: "Energy from fuels" },
        { code: "R1.4", title: "Entropy and spontaneity", hlOnly: true },
      ],
    },
    {
      code: "R2",
      title: "Reactivity 2. How much, how fast and how far?",
      children: [
        { code: "R2.1", title: "How much? The amount of chemical change" },
        {
          code: "R2.2",
          title: "How fast? The rate of chemical change",
          children: [{ code: "R2.2H", title: "AHL: Mechanisms, rate equations, rate constants and the Arrhenius equation", hlOnly: true }],
        },
        {
          code: "R2.3",
          title: "How far? The extent of chemical change",
          children: [{ code: "R2.3H", title: "AHL: Reaction quotient, equilibrium calculations and ΔG° = −RT ln K", hlOnly: true }],
        },
      ],
    },
    {
      code: "R3",
      title: "Reactivity 3. What are the mechanisms of chemical change?",
      children: [
        {
          code: "R3.1",
          title: "Proton transfer reactions",
          children: [{ code: "R3.1H", title: "AHL: pOH, Ka and Kb, salt hydrolysis, pH curves, indicators and buffers", hlOnly: true }],
        },
        {
          code: "R3.2",
          title: "Electron transfer reactions",
          children: [
            {
              code: "R3.2H",
              title: "AHL: Standard electrode potentials, ΔG° = −nFE°, electrolysis of aqueous solutions, reduction of organic compounds",
              hlOnly: true,
            },
          ],
        },
        { code: "R3.3", title: "Electron sharing reactions" },
        {
          code: "R3.4",
          title: "Electron-pair sharing reactions",
          children: [
            { code: "R3.4H", title: "AHL: Lewis acids and bases, complex ions, SN1/SN2, electrophilic addition and substitution mechanisms", hlOnly: true },
          ],
        },
      ],
    },
  ],
};

export default subject;
