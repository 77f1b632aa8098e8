import type { SubjectInput } from "@/lib/catalog/catalog-input";

// IB Diploma Biology, syllabus first assessed in 2025.
// Four themes (A–D) × four levels of organisation (1 molecules, 2 cells, 3 organisms, 4 ecosystems).
// Six subtopics are wholly additional higher level (AHL): A2.1, A2.3, A3.2, B3.3, C2.1, D2.2.
// Many other subtopics mix SL and AHL understandings; where the AHL part is substantial it is split out as a
// child topic whose code ends in "H" (e.g. "D3.3H") and is marked hlOnly.
//
// Paper 1 is one sitting (SL 1 h 30 min / 55 marks; HL 2 h / 75 marks) made of Paper 1A (multiple choice:
// SL 30, HL 40 questions) and Paper 1B (data-based questions: SL 25, HL 35 marks). The sitting is split
// between 1A and 1B here in proportion to marks; the weights split Paper 1's 36 % the same way.
// Internal assessment (scientific investigation, 20 %) is not a paper and is not listed.
// Grade boundaries below are illustrative only, not official IB boundaries.

const subject: SubjectInput = {
  slug: "biology",
  name: "Biology",
  group: 4,
  description:
    "IB Diploma Biology (first assessment 2025): four themes (unity and diversity; form and function; interaction and interdependence; continuity and change) studied at four levels of organisation, from molecules to ecosystems. Assessed by Paper 1 (1A multiple choice, 1B data-based questions), Paper 2 and an internal scientific investigation.",
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
          name: "Paper 1B — data-based questions (sat with 1A in one 1 h 30 min session)",
          durationMinutes: 41,
          totalMarks: 25,
          calculator: true,
          weightPercent: 16.4,
        },
        {
          code: "P2",
          name: "Paper 2 — data-based, short-answer and extended-response questions",
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
          name: "Paper 1B — data-based questions (sat with 1A in one 2 h session)",
          durationMinutes: 56,
          totalMarks: 35,
          calculator: true,
          weightPercent: 16.8,
        },
        {
          code: "P2",
          name: "Paper 2 — data-based, short-answer and extended-response questions",
          durationMinutes: 150,
          totalMarks: 80,
          calculator: true,
          weightPercent: 44,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 28, 4: 40, 5: 52, 6: 63, 7: 74 } },
        { session: "M25", minPercent: { 1: 0, 2: 16, 3: 29, 4: 41, 5: 53, 6: 64, 7: 75 } },
      ],
    },
  ],
  topics: [
    {
      code: "A",
      title: "Unity and diversity",
      children: [
        {
          code: "A1",
          title: "Molecules",
          children: [
            { code: "A1.1", title: "Water" },
            {
              code: "A1.2",
              title: "Nucleic acids",
              children: [{ code: "A1.2H", title: "DNA structure, nucleosomes and evidence for DNA as genetic material (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "A2",
          title: "Cells",
          children: [
            { code: "A2.1", title: "Origins of cells", hlOnly: true },
            {
              code: "A2.2",
              title: "Cell structure",
              children: [{ code: "A2.2H", title: "Endosymbiosis, differentiation and the evolution of multicellularity (AHL)", hlOnly: true }],
            },
            { code: "A2.3", title: "Viruses", hlOnly: true },
          ],
        },
        {
          code: "A3",
          title: "Organisms",
          children: [
            {
              code: "A3.1",
              title: "Diversity of organisms",
              children: [{ code: "A3.1H", title: "Species concepts, chromosome number, keys and eDNA (AHL)", hlOnly: true }],
            },
            { code: "A3.2", title: "Classification and cladistics", hlOnly: true },
          ],
        },
        {
          code: "A4",
          title: "Ecosystems",
          children: [
            {
              code: "A4.1",
              title: "Evolution and speciation",
              children: [{ code: "A4.1H", title: "Adaptive radiation, hybridization barriers and polyploidy (AHL)", hlOnly: true }],
            },
            { code: "A4.2", title: "Conservation of biodiversity" },
          ],
        },
      ],
    },
    {
      code: "B",
      title: "Form and function",
      children: [
        {
          code: "B1",
          title: "Molecules",
          children: [
            { code: "B1.1", title: "Carbohydrates and lipids" },
            {
              code: "B1.2",
              title: "Proteins",
              children: [{ code: "B1.2H", title: "R-groups, tertiary and quaternary structure (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "B2",
          title: "Cells",
          children: [
            {
              code: "B2.1",
              title: "Membranes and membrane transport",
              children: [{ code: "B2.1H", title: "Gated channels, pumps, co-transport and adhesion (AHL)", hlOnly: true }],
            },
            {
              code: "B2.2",
              title: "Organelles and compartmentalization",
              children: [{ code: "B2.2H", title: "Adaptations of mitochondria, chloroplasts and the endomembrane system (AHL)", hlOnly: true }],
            },
            { code: "B2.3", title: "Cell specialization" },
          ],
        },
        {
          code: "B3",
          title: "Organisms",
          children: [
            {
              code: "B3.1",
              title: "Gas exchange",
              children: [{ code: "B3.1H", title: "Haemoglobin, cooperative binding and the Bohr shift (AHL)", hlOnly: true }],
            },
            {
              code: "B3.2",
              title: "Transport",
              children: [{ code: "B3.2H", title: "Tissue fluid, the heart and phloem translocation (AHL)", hlOnly: true }],
            },
            { code: "B3.3", title: "Muscle and motility", hlOnly: true },
          ],
        },
        {
          code: "B4",
          title: "Ecosystems",
          children: [
            { code: "B4.1", title: "Adaptation to environment" },
            {
              code: "B4.2",
              title: "Ecological niches",
              children: [{ code: "B4.2H", title: "Feeding adaptations, fundamental and realized niches, competitive exclusion (AHL)", hlOnly: true }],
            },
          ],
        },
      ],
    },
    {
      code: "C",
      title: "Interaction and interdependence",
      children: [
        {
          code: "C1",
          title: "Molecules",
          children: [
            {
              code: "C1.1",
              title: "Enzymes and metabolism",
              children: [{ code: "C1.1H", title: "Metabolic pathways, allostery and enzyme inhibition (AHL)", hlOnly: true }],
            },
            {
              code: "C1.2",
              title: "Cell respiration",
              children: [{ code: "C1.2H", title: "Glycolysis, Krebs cycle, electron transport chain and chemiosmosis (AHL)", hlOnly: true }],
            },
            {
              code: "C1.3",
              title: "Photosynthesis",
              children: [{ code: "C1.3H", title: "Light-dependent reactions and the Calvin cycle (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "C2",
          title: "Cells",
          children: [
            { code: "C2.1", title: "Chemical signalling", hlOnly: true },
            {
              code: "C2.2",
              title: "Neural signalling",
              children: [{ code: "C2.2H", title: "Summation, inhibitory synapses, pain and exogenous chemicals (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "C3",
          title: "Organisms",
          children: [
            {
              code: "C3.1",
              title: "Integration of body systems",
              children: [{ code: "C3.1H", title: "Tropisms and plant growth regulators (AHL)", hlOnly: true }],
            },
            { code: "C3.2", title: "Defence against disease" },
          ],
        },
        {
          code: "C4",
          title: "Ecosystems",
          children: [
            { code: "C4.1", title: "Populations and communities" },
            { code: "C4.2", title: "Transfers of energy and matter" },
          ],
        },
      ],
    },
    {
      code: "D",
      title: "Continuity and change",
      children: [
        {
          code: "D1",
          title: "Molecules",
          children: [
            {
              code: "D1.1",
              title: "DNA replication",
              children: [{ code: "D1.1H", title: "Leading and lagging strands, DNA polymerases and proofreading (AHL)", hlOnly: true }],
            },
            {
              code: "D1.2",
              title: "Protein synthesis",
              children: [{ code: "D1.2H", title: "Promoters, RNA processing, splicing and polypeptide modification (AHL)", hlOnly: true }],
            },
            {
              code: "D1.3",
              title: "Mutation and gene editing",
              children: [{ code: "D1.3H", title: "Gene knockout, CRISPR-Cas9 and conserved sequences (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "D2",
          title: "Cells",
          children: [
            {
              code: "D2.1",
              title: "Cell and nuclear division",
              children: [{ code: "D2.1H", title: "Cell cycle control, cyclins and cancer (AHL)", hlOnly: true }],
            },
            { code: "D2.2", title: "Gene expression", hlOnly: true },
            {
              code: "D2.3",
              title: "Water potential",
              children: [{ code: "D2.3H", title: "Solute potential and pressure potential (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "D3",
          title: "Organisms",
          children: [
            {
              code: "D3.1",
              title: "Reproduction",
              children: [{ code: "D3.1H", title: "Gametogenesis, fertilization and pregnancy (AHL)", hlOnly: true }],
            },
            {
              code: "D3.2",
              title: "Inheritance",
              children: [{ code: "D3.2H", title: "Dihybrid crosses, gene linkage and the chi-squared test (AHL)", hlOnly: true }],
            },
            {
              code: "D3.3",
              title: "Homeostasis",
              children: [{ code: "D3.3H", title: "Kidney function and osmoregulation (AHL)", hlOnly: true }],
            },
          ],
        },
        {
          code: "D4",
          title: "Ecosystems",
          children: [
            {
              code: "D4.1",
              title: "Natural selection",
              children: [{ code: "D4.1H", title: "Gene pools, Hardy–Weinberg and modes of selection (AHL)", hlOnly: true }],
            },
            {
              code: "D4.2",
              title: "Stability and change",
              children: [{ code: "D4.2H", title: "Ecological succession, climax communities and arrested succession (AHL)", hlOnly: true }],
            },
            {
              code: "D4.3",
              title: "Climate change",
              children: [{ code: "D4.3H", title: "Phenology, disrupted synchrony and evolution in response to climate change (AHL)", hlOnly: true }],
            },
          ],
        },
      ],
    },
  ],
};

export default subject;
