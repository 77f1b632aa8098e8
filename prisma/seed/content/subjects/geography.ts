import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Geography (group 3), guide first assessed in 2019.
 *
 * Topic tree: Part 1 geographic themes (seven options A–G, four subtopics each; SL studies two, HL three),
 * Part 2 SL/HL core "Geographic perspectives—global change" (units 1–3) and Part 3 HL core extension
 * "Geographic perspectives—global interactions" (units 4–6, hlOnly).
 *
 * Calculators: the option and core papers contain short data-handling calculations, so a calculator is
 * marked as allowed on Papers 1 and 2. Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "geography",
  name: "Geography",
  group: 3,
  description:
    "IB Diploma Geography (first assessment 2019): physical and human geography at local to global scales, organized around place, process, power, possibility, spatial interactions and scale. SL and HL study the global change core (population, climate, resources) and optional themes (two at SL, three at HL) from freshwater, oceans, extreme environments, geophysical hazards, leisure/tourism/sport, food and health, and urban environments. HL adds the global interactions extension. A 2,500-word fieldwork report is internally assessed.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Geographic themes (two options)", durationMinutes: 90, totalMarks: 40, calculator: true, weightPercent: 35 },
        { code: "P2", name: "Paper 2: Geographic perspectives—global change", durationMinutes: 75, totalMarks: 50, calculator: true, weightPercent: 40 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 52, 6: 63, 7: 74 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Geographic themes (three options)", durationMinutes: 135, totalMarks: 60, calculator: true, weightPercent: 35 },
        { code: "P2", name: "Paper 2: Geographic perspectives—global change", durationMinutes: 75, totalMarks: 50, calculator: true, weightPercent: 25 },
        {
          code: "P3",
          name: "Paper 3: Geographic perspectives—global interactions (HL extension)",
          durationMinutes: 60,
          totalMarks: 28,
          calculator: false,
          weightPercent: 20,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 52, 6: 64, 7: 75 } },
      ],
    },
  ],
  topics: [
    {
      code: "A",
      title: "Option A: Freshwater—drainage basins",
      children: [
        { code: "A.1", title: "Drainage basin hydrology and geomorphology" },
        { code: "A.2", title: "Flooding and flood mitigation" },
        { code: "A.3", title: "Water scarcity and water quality" },
        { code: "A.4", title: "Water management futures" },
      ],
    },
    {
      code: "B",
      title: "Option B: Oceans and coastal margins",
      children: [
        { code: "B.1", title: "Ocean–atmosphere interactions" },
        { code: "B.2", title: "Interactions between oceans and coastal places" },
        { code: "B.3", title: "Managing coastal margins" },
        { code: "B.4", title: "Ocean management futures" },
      ],
    },
    {
      code: "C",
      title: "Option C: Extreme environments",
      children: [
        { code: "C.1", title: "The characteristics of extreme environments" },
        { code: "C.2", title: "Physical processes and landscapes" },
        { code: "C.3", title: "Managing extreme environments" },
        { code: "C.4", title: "Extreme environments' futures" },
      ],
    },
    {
      code: "D",
      title: "Option D: Geophysical hazards",
      children: [
        { code: "D.1", title: "Geophysical systems" },
        { code: "D.2", title: "Geophysical hazard risks" },
        { code: "D.3", title: "Hazard risk and vulnerability" },
        { code: "D.4", title: "Future resilience and adaptation" },
      ],
    },
    {
      code: "E",
      title: "Option E: Leisure, tourism and sport",
      children: [
        { code: "E.1", title: "Changing leisure patterns" },
        { code: "E.2", title: "Tourism and sport at the local and national scale" },
        { code: "E.3", title: "Tourism and sport at the international scale" },
        { code: "E.4", title: "Managing tourism and sport for the future" },
      ],
    },
    {
      code: "F",
      title: "Option F: The geography of food and health",
      children: [
        { code: "F.1", title: "Measuring food and health" },
        { code: "F.2", title: "Food systems and the spread of disease" },
        { code: "F.3", title: "Stakeholders in food and health" },
        { code: "F.4", title: "Future health and food security and sustainability" },
      ],
    },
    {
      code: "G",
      title: "Option G: Urban environments",
      children: [
        { code: "G.1", title: "The variety of urban environments" },
        { code: "G.2", title: "Changing urban systems" },
        { code: "G.3", title: "Urban environmental and social stresses" },
        { code: "G.4", title: "Building sustainable urban systems for the future" },
      ],
    },
    {
      code: "1",
      title: "Unit 1: Changing population",
      children: [
        { code: "1.1", title: "Population and economic development patterns" },
        { code: "1.2", title: "Changing populations and places" },
        { code: "1.3", title: "Challenges and opportunities" },
      ],
    },
    {
      code: "2",
      title: "Unit 2: Global climate—vulnerability and resilience",
      children: [
        { code: "2.1", title: "The causes of global climate change" },
        { code: "2.2", title: "The consequences of global climate change" },
        { code: "2.3", title: "Responding to global climate change" },
      ],
    },
    {
      code: "3",
      title: "Unit 3: Global resource consumption and security",
      children: [
        { code: "3.1", title: "Global trends in consumption" },
        { code: "3.2", title: "Impacts of changing trends in resource consumption" },
        { code: "3.3", title: "Resource stewardship" },
      ],
    },
    {
      code: "4",
      title: "Unit 4: Power, places and networks (HL)",
      hlOnly: true,
      children: [
        { code: "4.1", title: "Global interactions and global power" },
        { code: "4.2", title: "Global networks and flows" },
        { code: "4.3", title: "Human and physical influences on global interactions" },
      ],
    },
    {
      code: "5",
      title: "Unit 5: Human development and diversity (HL)",
      hlOnly: true,
      children: [
        { code: "5.1", title: "Development opportunities" },
        { code: "5.2", title: "Changing identities and cultures" },
        { code: "5.3", title: "Local responses to global interactions" },
      ],
    },
    {
      code: "6",
      title: "Unit 6: Global risks and resilience (HL)",
      hlOnly: true,
      children: [
        { code: "6.1", title: "Geopolitical and economic risks" },
        { code: "6.2", title: "Environmental risks" },
        { code: "6.3", title: "Local and global resilience" },
      ],
    },
  ],
};

export default subject;
