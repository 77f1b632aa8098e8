import type { SubjectInput } from "@/lib/catalog/catalog-input";

// IB Diploma Physics, syllabus first assessed in May 2025.
// Paper 1 is sat as one paper (SL 1 h 30 min, 45 marks; HL 2 h, 60 marks) made of Paper 1A (multiple choice)
// and Paper 1B (data-based questions). They are listed separately here; the split of the Paper 1 time and of
// its 36% weighting between 1A and 1B is pro rata to marks, an approximation (the IB times Paper 1 as a whole).
// Paper 2 is 44% and the internal assessment (scientific investigation, not listed) is 20%.
// Calculators are allowed on every paper; a data booklet is provided.
// Grade boundaries below are illustrative overall percentages, NOT official IB boundaries.

const subject: SubjectInput = {
  slug: "physics",
  name: "Physics",
  group: 4,
  description:
    "IB Diploma Physics (first assessment 2025) at SL and HL: space, time and motion; the particulate nature of matter; wave behaviour; fields; and nuclear and quantum physics. HL adds rigid body mechanics, relativity, thermodynamics, induction, quantum physics and extensions to several SL subtopics. Assessed by Paper 1 (1A multiple choice, 1B data-based), Paper 2 and a scientific investigation.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A: multiple-choice questions (25 questions; sat with Paper 1B as Paper 1, 1 h 30 min in total)",
          durationMinutes: 50,
          totalMarks: 25,
          calculator: true,
          weightPercent: 20,
        },
        {
          code: "P1B",
          name: "Paper 1B: data-based questions (sat with Paper 1A as Paper 1)",
          durationMinutes: 40,
          totalMarks: 20,
          calculator: true,
          weightPercent: 16,
        },
        { code: "P2", name: "Paper 2: short-answer and extended-response questions", durationMinutes: 90, totalMarks: 50, calculator: true, weightPercent: 44 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 26, 4: 38, 5: 50, 6: 61, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 27, 4: 39, 5: 51, 6: 62, 7: 73 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1A",
          name: "Paper 1A: multiple-choice questions (40 questions; sat with Paper 1B as Paper 1, 2 h in total)",
          durationMinutes: 80,
          totalMarks: 40,
          calculator: true,
          weightPercent: 24,
        },
        {
          code: "P1B",
          name: "Paper 1B: data-based questions (sat with Paper 1A as Paper 1)",
          durationMinutes: 40,
          totalMarks: 20,
          calculator: true,
          weightPercent: 12,
        },
        {
          code: "P2",
          name: "Paper 2: short-answer and extended-response questions",
          durationMinutes: 150,
          totalMarks: 90,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 27, 4: 39, 5: 50, 6: 61, 7: 71 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 26, 4: 38, 5: 49, 6: 60, 7: 70 } },
      ],
    },
  ],
  topics: [
    {
      code: "A",
      title: "Space, time and motion",
      children: [
        { code: "A.1", title: "Kinematics" },
        { code: "A.2", title: "Forces and momentum" },
        { code: "A.3", title: "Work, energy and power" },
        { code: "A.4", title: "Rigid body mechanics", hlOnly: true },
        { code: "A.5", title: "Galilean and special relativity", hlOnly: true },
      ],
    },
    {
      code: "B",
      title: "The particulate nature of matter",
      children: [
        { code: "B.1", title: "Thermal energy transfers" },
        { code: "B.2", title: "Greenhouse effect" },
        { code: "B.3", title: "Gas laws" },
        { code: "B.4", title: "Thermodynamics", hlOnly: true },
        { code: "B.5", title: "Current and circuits" },
      ],
    },
    {
      code: "C",
      title: "Wave behaviour",
      children: [
        {
          code: "C.1",
          title: "Simple harmonic motion",
          children: [{ code: "C.1.AHL", title: "SHM: phase angle, equations of motion and energy (AHL)", hlOnly: true }],
        },
        { code: "C.2", title: "Wave model" },
        {
          code: "C.3",
          title: "Wave phenomena",
          children: [{ code: "C.3.AHL", title: "Single-slit diffraction, multiple slits and diffraction gratings (AHL)", hlOnly: true }],
        },
        { code: "C.4", title: "Standing waves and resonance" },
        {
          code: "C.5",
          title: "Doppler effect",
          children: [{ code: "C.5.AHL", title: "Doppler equations for sound (AHL)", hlOnly: true }],
        },
      ],
    },
    {
      code: "D",
      title: "Fields",
      children: [
        {
          code: "D.1",
          title: "Gravitational fields",
          children: [{ code: "D.1.AHL", title: "Gravitational potential, escape speed and orbital energy (AHL)", hlOnly: true }],
        },
        {
          code: "D.2",
          title: "Electric and magnetic fields",
          children: [{ code: "D.2.AHL", title: "Electric potential, potential energy and equipotentials (AHL)", hlOnly: true }],
        },
        { code: "D.3", title: "Motion in electromagnetic fields" },
        { code: "D.4", title: "Induction", hlOnly: true },
      ],
    },
    {
      code: "E",
      title: "Nuclear and quantum physics",
      children: [
        {
          code: "E.1",
          title: "Structure of the atom",
          children: [{ code: "E.1.AHL", title: "Nuclear radius, closest approach and the Bohr model (AHL)", hlOnly: true }],
        },
        { code: "E.2", title: "Quantum physics", hlOnly: true },
        {
          code: "E.3",
          title: "Radioactive decay",
          children: [{ code: "E.3.AHL", title: "Decay constant, activity and evidence for the neutrino (AHL)", hlOnly: true }],
        },
        { code: "E.4", title: "Fission" },
        { code: "E.5", title: "Fusion and stars" },
      ],
    },
    {
      code: "S",
      title: "Skills in the study of physics: tools and inquiry",
      children: [
        { code: "S.T1", title: "Tool 1: Experimental techniques" },
        { code: "S.T2", title: "Tool 2: Technology" },
        { code: "S.T3", title: "Tool 3: Mathematics (uncertainties, graphs, units)" },
        { code: "S.I1", title: "Inquiry 1: Exploring and designing" },
        { code: "S.I2", title: "Inquiry 2: Collecting and processing data" },
        { code: "S.I3", title: "Inquiry 3: Concluding and evaluating" },
      ],
    },
  ],
};

export default subject;
