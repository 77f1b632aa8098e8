import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Global Politics (group 3), new guide first assessed in 2026 (replaces the 2017 guide).
 *
 * Topic tree: the common core "Understanding power and global politics" (built on the four key concepts),
 * the three thematic studies common to SL and HL, and the HL extension on eight global political challenges
 * (hlOnly), researched through case studies and assessed in Paper 3.
 *
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "global-politics",
  name: "Global Politics",
  group: 3,
  description:
    "IB Diploma Global Politics (new course, first assessment 2026): how power operates in political issues at local, national, international and global levels, through the core concepts of power, sovereignty, legitimacy and interdependence and three thematic studies (rights and justice, development and sustainability, peace and conflict). HL students research case studies on global political challenges (borders, environment, equality, health, identity, poverty, security, technology). All students complete an engagement project (IA).",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Source-based paper on the core (four structured questions)",
          durationMinutes: 75,
          totalMarks: 25,
          calculator: false,
          weightPercent: 30,
        },
        {
          code: "P2",
          name: "Paper 2: Extended response on the thematic studies (two essays)",
          durationMinutes: 105,
          totalMarks: 30,
          calculator: false,
          weightPercent: 40,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 52, 6: 63, 7: 74 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Source-based paper on the core (four structured questions)",
          durationMinutes: 75,
          totalMarks: 25,
          calculator: false,
          weightPercent: 20,
        },
        {
          code: "P2",
          name: "Paper 2: Extended response on the thematic studies (two essays)",
          durationMinutes: 105,
          totalMarks: 30,
          calculator: false,
          weightPercent: 30,
        },
        {
          code: "P3",
          name: "Paper 3: Stimulus-based paper on global political challenges (HL extension)",
          durationMinutes: 90,
          totalMarks: 28,
          calculator: false,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 28, 4: 42, 5: 54, 6: 65, 7: 76 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 53, 6: 64, 7: 75 } },
      ],
    },
  ],
  topics: [
    {
      code: "C",
      title: "Core: Understanding power and global politics",
      children: [
        { code: "C.1", title: "Power" },
        { code: "C.2", title: "Sovereignty" },
        { code: "C.3", title: "Legitimacy" },
        { code: "C.4", title: "Interdependence" },
      ],
    },
    { code: "T1", title: "Thematic study: Rights and justice" },
    { code: "T2", title: "Thematic study: Development and sustainability" },
    { code: "T3", title: "Thematic study: Peace and conflict" },
    {
      code: "HL",
      title: "HL extension: Global political challenges",
      hlOnly: true,
      children: [
        { code: "HL.1", title: "Borders" },
        { code: "HL.2", title: "Environment" },
        { code: "HL.3", title: "Equality" },
        { code: "HL.4", title: "Health" },
        { code: "HL.5", title: "Identity" },
        { code: "HL.6", title: "Poverty" },
        { code: "HL.7", title: "Security" },
        { code: "HL.8", title: "Technology" },
      ],
    },
  ],
};

export default subject;
