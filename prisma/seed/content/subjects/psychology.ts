import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Psychology (group 3), new guide first assessed in 2027 (it replaces the 2019 guide, last examined 2026).
 *
 * The course integrates content (biological, cognitive and sociocultural approaches plus research
 * methodology), four contexts (replacing the old options) and six concepts. HL adds the HL extensions (the
 * role of culture, motivation and technology in behaviour) and data analysis, assessed in Paper 3 (hlOnly).
 * Approach subtopics are the topics named in the guide for Paper 1 short-answer questions.
 *
 * Paper marks/durations follow the published 2027 assessment outline as reported by teacher resources; the
 * Paper 3 calculator setting is an assumption (it is a data-analysis paper). Grade boundaries are
 * illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "psychology",
  name: "Psychology",
  group: 3,
  description:
    "IB Diploma Psychology (new course, first assessment 2027): the scientific study of behaviour and mental processes through the biological, cognitive and sociocultural approaches and research methodology, applied in four contexts (health and well-being, human development, human relationships, learning and cognition) and framed by six concepts (bias, causality, change, measurement, perspective, responsibility). HL adds the roles of culture, motivation and technology and a data-analysis paper. The IA is a research proposal.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Content applied in contexts (SAQs and one concept-based ERQ)",
          durationMinutes: 90,
          totalMarks: 35,
          calculator: false,
          weightPercent: 35,
        },
        {
          code: "P2",
          name: "Paper 2: Research methodology and class practicals (SAQs and one stimulus-based ERQ)",
          durationMinutes: 90,
          totalMarks: 35,
          calculator: false,
          weightPercent: 35,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 25, 4: 38, 5: 50, 6: 61, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 24, 4: 37, 5: 49, 6: 60, 7: 71 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Content applied in contexts (SAQs and one concept-based ERQ)",
          durationMinutes: 90,
          totalMarks: 35,
          calculator: false,
          weightPercent: 25,
        },
        {
          code: "P2",
          name: "Paper 2: Research methodology and class practicals (SAQs and one stimulus-based ERQ)",
          durationMinutes: 90,
          totalMarks: 35,
          calculator: false,
          weightPercent: 25,
        },
        {
          code: "P3",
          name: "Paper 3: HL extensions and data analysis (source-based)",
          durationMinutes: 105,
          totalMarks: 30,
          calculator: true,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 51, 6: 62, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 38, 5: 50, 6: 61, 7: 72 } },
      ],
    },
  ],
  topics: [
    {
      code: "B",
      title: "Biological approach",
      children: [
        { code: "B.1", title: "Brain imaging" },
        { code: "B.2", title: "Chemical messengers" },
        { code: "B.3", title: "Neurotransmission" },
        { code: "B.4", title: "Neuroplasticity" },
        { code: "B.5", title: "Localization of function" },
        { code: "B.6", title: "Genetic inheritance" },
        { code: "B.7", title: "Diathesis–stress model" },
        { code: "B.8", title: "Animal research and animal models" },
        { code: "B.9", title: "Biological reductionism" },
      ],
    },
    {
      code: "CG",
      title: "Cognitive approach",
      children: [
        { code: "CG.1", title: "Anchoring bias" },
        { code: "CG.2", title: "Classical conditioning" },
        { code: "CG.3", title: "Cognitive load theory" },
        { code: "CG.4", title: "Cognitive models" },
        { code: "CG.5", title: "Confirmation bias" },
        { code: "CG.6", title: "Dual processing theory" },
        { code: "CG.7", title: "Operant conditioning" },
        { code: "CG.8", title: "Schema theory" },
      ],
    },
    {
      code: "S",
      title: "Sociocultural approach",
      children: [
        { code: "S.1", title: "Cognitive dissonance" },
        { code: "S.2", title: "Compliance techniques" },
        { code: "S.3", title: "Conformity" },
        { code: "S.4", title: "Cultural dimensions" },
        { code: "S.5", title: "Emic approach" },
        { code: "S.6", title: "Enculturation" },
        { code: "S.7", title: "Etic approach" },
        { code: "S.8", title: "Models of acculturation" },
        { code: "S.9", title: "Social identity theory" },
        { code: "S.10", title: "Social learning theory" },
      ],
    },
    {
      code: "R",
      title: "Research methodology (class practicals)",
      children: [
        { code: "R.1", title: "Experiments" },
        { code: "R.2", title: "Surveys and questionnaires" },
        { code: "R.3", title: "Observations" },
        { code: "R.4", title: "Interviews" },
      ],
    },
    {
      code: "X",
      title: "Contexts",
      children: [
        { code: "X.1", title: "Health and well-being" },
        { code: "X.2", title: "Human development" },
        { code: "X.3", title: "Human relationships" },
        { code: "X.4", title: "Learning and cognition" },
      ],
    },
    {
      code: "K",
      title: "Concepts",
      children: [
        { code: "K.1", title: "Bias" },
        { code: "K.2", title: "Causality" },
        { code: "K.3", title: "Change" },
        { code: "K.4", title: "Measurement" },
        { code: "K.5", title: "Perspective" },
        { code: "K.6", title: "Responsibility" },
      ],
    },
    {
      code: "H",
      title: "HL extensions",
      hlOnly: true,
      children: [
        { code: "H.1", title: "The role of culture in behaviour" },
        { code: "H.2", title: "The role of motivation in behaviour" },
        { code: "H.3", title: "The role of technology in behaviour" },
        { code: "H.4", title: "Data analysis and interpretation" },
      ],
    },
  ],
};

export default subject;
