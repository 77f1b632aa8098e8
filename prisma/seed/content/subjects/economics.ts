import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Economics (group 3), syllabus first assessed in 2022.
 *
 * Topic codes follow the guide's numbering (units 1–4, subtopics 1.1–4.10). Subtopics 2.10–2.12 are HL only
 * in the guide. Where a common subtopic contains HL-only content (mostly HL calculations), that content is
 * given its own HL-only subtopic with an "H" suffix on the parent's code (e.g. "2.7H" after "2.7").
 *
 * Grade boundaries are illustrative only: they are plausible overall percentages, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "economics",
  name: "Economics",
  group: 3,
  description:
    "IB Diploma Economics (first assessment 2022): scarcity and choice, microeconomics (markets, elasticity, government intervention, market failure), macroeconomics (AD/AS, objectives, monetary, fiscal and supply-side policy) and the global economy (trade, exchange rates, balance of payments, development). HL adds asymmetric information, market power, equity and quantitative HL calculations, assessed in the Paper 3 policy paper.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Extended response", durationMinutes: 75, totalMarks: 25, calculator: false, weightPercent: 30 },
        { code: "P2", name: "Paper 2: Data response", durationMinutes: 105, totalMarks: 40, calculator: true, weightPercent: 40 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 24, 4: 37, 5: 49, 6: 60, 7: 71 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 25, 4: 38, 5: 50, 6: 61, 7: 72 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Extended response", durationMinutes: 75, totalMarks: 25, calculator: false, weightPercent: 20 },
        { code: "P2", name: "Paper 2: Data response", durationMinutes: 105, totalMarks: 40, calculator: true, weightPercent: 30 },
        { code: "P3", name: "Paper 3: Policy paper", durationMinutes: 105, totalMarks: 60, calculator: true, weightPercent: 30 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 51, 6: 62, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 38, 5: 50, 6: 62, 7: 74 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Introduction to economics",
      children: [
        { code: "1.1", title: "What is economics?" },
        { code: "1.2", title: "How do economists approach the world?" },
      ],
    },
    {
      code: "2",
      title: "Microeconomics",
      children: [
        { code: "2.1", title: "Demand" },
        { code: "2.2", title: "Supply" },
        { code: "2.3", title: "Competitive market equilibrium" },
        { code: "2.3H", title: "Linear demand and supply functions and market calculations (HL)", hlOnly: true },
        { code: "2.4", title: "Critique of the maximizing behaviour of consumers and producers" },
        { code: "2.5", title: "Elasticity of demand" },
        { code: "2.6", title: "Elasticity of supply" },
        { code: "2.7", title: "Role of government in microeconomics" },
        { code: "2.7H", title: "Calculating the effects of price controls, indirect taxes and subsidies (HL)", hlOnly: true },
        { code: "2.8", title: "Market failure—externalities and common pool or common access resources" },
        { code: "2.9", title: "Market failure—public goods" },
        { code: "2.10", title: "Market failure—asymmetric information (HL only)", hlOnly: true },
        { code: "2.11", title: "Market failure—market power (HL only)", hlOnly: true },
        { code: "2.12", title: "The market's inability to achieve equity (HL only)", hlOnly: true },
      ],
    },
    {
      code: "3",
      title: "Macroeconomics",
      children: [
        { code: "3.1", title: "Measuring economic activity and illustrating its variations" },
        { code: "3.2", title: "Variations in economic activity—aggregate demand and aggregate supply" },
        { code: "3.3", title: "Macroeconomic objectives" },
        { code: "3.3H", title: "Weighted price indices (HL)", hlOnly: true },
        { code: "3.4", title: "Economics of inequality and poverty" },
        { code: "3.4H", title: "Marginal and average tax rates (HL)", hlOnly: true },
        { code: "3.5", title: "Demand management (demand-side policies)—monetary policy" },
        { code: "3.6", title: "Demand management—fiscal policy" },
        { code: "3.6H", title: "The Keynesian multiplier (HL)", hlOnly: true },
        { code: "3.7", title: "Supply-side policies" },
      ],
    },
    {
      code: "4",
      title: "The global economy",
      children: [
        { code: "4.1", title: "Benefits of international trade" },
        { code: "4.1H", title: "Absolute and comparative advantage (HL)", hlOnly: true },
        { code: "4.2", title: "Types of trade protection" },
        { code: "4.2H", title: "Calculating the effects of trade protection (HL)", hlOnly: true },
        { code: "4.3", title: "Arguments for and against trade control/protection" },
        { code: "4.4", title: "Economic integration" },
        { code: "4.5", title: "Exchange rates" },
        { code: "4.6", title: "Balance of payments" },
        { code: "4.6H", title: "Marshall–Lerner condition, J-curve and current account imbalances (HL)", hlOnly: true },
        { code: "4.7", title: "Sustainable development" },
        { code: "4.8", title: "Measuring development" },
        { code: "4.9", title: "Barriers to economic growth and/or economic development" },
        { code: "4.10", title: "Economic growth and/or economic development strategies" },
      ],
    },
  ],
};

export default subject;
