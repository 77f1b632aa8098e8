import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Business Management (group 3), guide first assessed in 2024.
 *
 * Topic tree: units 1–5 with the guide's numbered subtopics (HL-only subtopics marked hlOnly) and the
 * business management toolkit (eight tools common to SL and HL, seven HL-only tools). The four key concepts
 * (change, creativity, ethics, sustainability) run through all units and are not separate topics.
 *
 * Papers: Paper 1 is a common SL/HL paper on a pre-released statement; Paper 2 (quantitative stimulus) is
 * separate for SL and HL; Paper 3 (social enterprise) is HL only. Grade boundaries are illustrative only,
 * not official IB figures.
 */
const subject: SubjectInput = {
  slug: "business-management",
  name: "Business Management",
  group: 3,
  description:
    "IB Diploma Business Management (first assessment 2024): how organizations are set up, run and changed, studied through five units (introduction to business management, human resource management, finance and accounts, marketing, operations management) and a toolkit of decision-making tools, framed by the concepts of change, creativity, ethics and sustainability. Assessed by a case-study paper with a pre-released statement, a quantitative stimulus paper, at HL a social-enterprise paper, and a business research project (IA).",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Case study based on a pre-released statement", durationMinutes: 90, totalMarks: 30, calculator: true, weightPercent: 35 },
        {
          code: "P2",
          name: "Paper 2: Unseen stimulus material with a quantitative focus",
          durationMinutes: 90,
          totalMarks: 40,
          calculator: true,
          weightPercent: 35,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 52, 6: 63, 7: 74 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
      ],
    },
    {
      level: "HL",
      papers: [
        { code: "P1", name: "Paper 1: Case study based on a pre-released statement", durationMinutes: 90, totalMarks: 30, calculator: true, weightPercent: 25 },
        {
          code: "P2",
          name: "Paper 2: Unseen stimulus material with a quantitative focus",
          durationMinutes: 105,
          totalMarks: 50,
          calculator: true,
          weightPercent: 30,
        },
        { code: "P3", name: "Paper 3: Unseen case study of a social enterprise", durationMinutes: 75, totalMarks: 25, calculator: true, weightPercent: 25 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 27, 4: 41, 5: 54, 6: 65, 7: 76 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Introduction to business management",
      children: [
        { code: "1.1", title: "Introduction to business management" },
        { code: "1.2", title: "Types of business entities" },
        { code: "1.3", title: "Business objectives" },
        { code: "1.4", title: "Stakeholders" },
        { code: "1.5", title: "Growth and evolution" },
        { code: "1.6", title: "Multinational companies (MNCs)" },
      ],
    },
    {
      code: "2",
      title: "Human resource management",
      children: [
        { code: "2.1", title: "Introduction to human resource management" },
        { code: "2.2", title: "Organizational structure" },
        { code: "2.3", title: "Leadership and management" },
        { code: "2.4", title: "Motivation and demotivation" },
        { code: "2.5", title: "Organizational (corporate) culture", hlOnly: true },
        { code: "2.6", title: "Communication" },
        { code: "2.7", title: "Industrial/employee relations", hlOnly: true },
      ],
    },
    {
      code: "3",
      title: "Finance and accounts",
      children: [
        { code: "3.1", title: "Introduction to finance" },
        { code: "3.2", title: "Sources of finance" },
        { code: "3.3", title: "Costs and revenues" },
        { code: "3.4", title: "Final accounts" },
        { code: "3.5", title: "Profitability and liquidity ratio analysis" },
        { code: "3.6", title: "Efficiency ratio analysis", hlOnly: true },
        { code: "3.7", title: "Cash flow" },
        { code: "3.8", title: "Investment appraisal" },
        { code: "3.9", title: "Budgets", hlOnly: true },
      ],
    },
    {
      code: "4",
      title: "Marketing",
      children: [
        { code: "4.1", title: "Introduction to marketing" },
        { code: "4.2", title: "Marketing planning" },
        { code: "4.3", title: "Sales forecasting", hlOnly: true },
        { code: "4.4", title: "Market research" },
        { code: "4.5", title: "The seven Ps of the marketing mix" },
        { code: "4.6", title: "International marketing", hlOnly: true },
      ],
    },
    {
      code: "5",
      title: "Operations management",
      children: [
        { code: "5.1", title: "Introduction to operations management" },
        { code: "5.2", title: "Operations methods" },
        { code: "5.3", title: "Lean production and quality management", hlOnly: true },
        { code: "5.4", title: "Location" },
        { code: "5.5", title: "Break-even analysis" },
        { code: "5.6", title: "Production planning", hlOnly: true },
        { code: "5.7", title: "Crisis management and contingency planning", hlOnly: true },
        { code: "5.8", title: "Research and development", hlOnly: true },
        { code: "5.9", title: "Management information systems", hlOnly: true },
      ],
    },
    {
      code: "T",
      title: "Business management toolkit",
      children: [
        { code: "T.1", title: "SWOT analysis" },
        { code: "T.2", title: "Ansoff matrix" },
        { code: "T.3", title: "STEEPLE analysis" },
        { code: "T.4", title: "Boston Consulting Group (BCG) matrix" },
        { code: "T.5", title: "Business plan" },
        { code: "T.6", title: "Decision trees" },
        { code: "T.7", title: "Descriptive statistics" },
        { code: "T.8", title: "Circular business models" },
        { code: "T.9", title: "Gantt charts", hlOnly: true },
        { code: "T.10", title: "Porter's generic strategies", hlOnly: true },
        { code: "T.11", title: "Hofstede's cultural dimensions", hlOnly: true },
        { code: "T.12", title: "Force field analysis", hlOnly: true },
        { code: "T.13", title: "Critical path analysis", hlOnly: true },
        { code: "T.14", title: "Contribution (make-or-buy, contribution costing, absorption costing)", hlOnly: true },
        { code: "T.15", title: "Simple linear regression", hlOnly: true },
      ],
    },
  ],
};

export default subject;
