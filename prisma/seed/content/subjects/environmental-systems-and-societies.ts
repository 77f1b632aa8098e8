import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Environmental Systems and Societies (interdisciplinary group 3/4 course, listed under group 4 here),
 * new guide first assessed in 2026, when HL was offered for the first time.
 *
 * Topic tree: the foundation topic (perspectives, systems, sustainability), topics 2–8 with their subtopics,
 * and the three HL lenses (environmental law, environmental and ecological economics, environmental ethics),
 * which are hlOnly. Topics 2–8 also contain HL-only understandings inside common subtopics.
 *
 * Papers: Paper 1 is a case study with a resource booklet; Paper 2 has short-answer/data questions and
 * structured essays. Paper 2 marks follow the 2026 specimen structure as reported by teacher resources.
 * Both papers require a calculator. Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "environmental-systems-and-societies",
  name: "Environmental Systems and Societies",
  group: 4,
  description:
    "IB Diploma Environmental Systems and Societies (new course, first assessment 2026; counts for group 3 and/or group 4): an interdisciplinary course on the interactions between environmental systems and human societies, built on the concepts of perspectives, systems and sustainability and covering ecology, biodiversity, water, land, atmosphere and climate change, natural resources and human populations. HL adds the lenses of environmental law, economics and ethics. Assessed by a case-study paper, a structured and essay paper and an individual investigation.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Case study (unseen resource booklet)", durationMinutes: 60, totalMarks: 35, calculator: true, weightPercent: 25 },
        {
          code: "P2",
          name: "Paper 2: Short-answer, data-based and structured essay questions",
          durationMinutes: 120,
          totalMarks: 60,
          calculator: true,
          weightPercent: 50,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 51, 6: 62, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 38, 5: 50, 6: 61, 7: 71 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Case study (unseen resource booklet)", durationMinutes: 120, totalMarks: 70, calculator: true, weightPercent: 30 },
        {
          code: "P2",
          name: "Paper 2: Short-answer, data-based and structured essay questions",
          durationMinutes: 150,
          totalMarks: 80,
          calculator: true,
          weightPercent: 50,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 52, 6: 63, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 51, 6: 62, 7: 73 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Foundation",
      children: [
        { code: "1.1", title: "Perspectives" },
        { code: "1.2", title: "Systems" },
        { code: "1.3", title: "Sustainability" },
      ],
    },
    {
      code: "2",
      title: "Ecology",
      children: [
        { code: "2.1", title: "Individuals, populations, communities and ecosystems" },
        { code: "2.2", title: "Energy and biomass in ecosystems" },
        { code: "2.3", title: "Biogeochemical cycles" },
        { code: "2.4", title: "Climate and biomes" },
        { code: "2.5", title: "Zonation, succession and change in ecosystems" },
      ],
    },
    {
      code: "3",
      title: "Biodiversity and conservation",
      children: [
        { code: "3.1", title: "Biodiversity and evolution" },
        { code: "3.2", title: "Human impact on biodiversity" },
        { code: "3.3", title: "Conservation and regeneration" },
      ],
    },
    {
      code: "4",
      title: "Water",
      children: [
        { code: "4.1", title: "Water systems" },
        { code: "4.2", title: "Water access, use and security" },
        { code: "4.3", title: "Aquatic food production systems" },
        { code: "4.4", title: "Water pollution" },
      ],
    },
    {
      code: "5",
      title: "Land",
      children: [
        { code: "5.1", title: "Soil" },
        { code: "5.2", title: "Agriculture and food" },
      ],
    },
    {
      code: "6",
      title: "Atmosphere and climate change",
      children: [
        { code: "6.1", title: "Introduction to the atmosphere" },
        { code: "6.2", title: "Climate change—causes and impacts" },
        { code: "6.3", title: "Climate change—mitigation and adaptation" },
        { code: "6.4", title: "Stratospheric ozone" },
      ],
    },
    {
      code: "7",
      title: "Natural resources",
      children: [
        { code: "7.1", title: "Natural resources—uses and management" },
        { code: "7.2", title: "Energy sources—uses and management" },
        { code: "7.3", title: "Solid waste" },
      ],
    },
    {
      code: "8",
      title: "Human populations and urban systems",
      children: [
        { code: "8.1", title: "Human populations" },
        { code: "8.2", title: "Urban systems and urban planning" },
        { code: "8.3", title: "Urban air pollution" },
      ],
    },
    {
      code: "HL",
      title: "HL lenses",
      hlOnly: true,
      children: [
        { code: "HL.a", title: "Environmental law" },
        { code: "HL.b", title: "Environmental and ecological economics" },
        { code: "HL.c", title: "Environmental ethics" },
      ],
    },
  ],
};

export default subject;
