import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Theatre (group 6), guide first assessed in 2024.
 *
 * Topic tree: the theatre-maker roles students work in, and the areas of study that the assessment tasks are
 * built on (working with play texts, exploring world theatre traditions, collaboratively creating original
 * theatre, and — HL only — theatre theorists and their theories, examined in the solo theatre piece).
 *
 * Theatre has no written examination. Components: production proposal (internal), research presentation and
 * collaborative project (external), and at HL the solo theatre piece (external). As the schema needs at least
 * one paper, the single entry below stands for the research presentation; its duration is the presentation's
 * 15-minute maximum (recorded, not a timed exam). Grade boundaries are illustrative only, not official.
 */
const subject: SubjectInput = {
  slug: "theatre",
  name: "Theatre",
  group: 6,
  description:
    "IB Diploma Theatre (first assessment 2024): a practical theatre-making course in which students work as creators, designers, directors and performers, studying play texts, world theatre traditions and collaboratively devised work (HL adds theatre theorists). No written exam: assessment is by a production proposal, a recorded research presentation on a world theatre tradition, a collaborative project and, at HL, a solo theatre piece.",
  practiceNote:
    "Theatre is assessed by practical coursework, not a written exam, and that work (production proposal, research presentation, collaborative project and the HL solo piece) is not practised here. What you can practise: roles, traditions, practitioners and staging vocabulary, and analysis of short scenes written for this site.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Research presentation (recorded, up to 15 min; externally assessed, not a timed exam)",
          durationMinutes: 15,
          totalMarks: 24,
          calculator: false,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 53, 6: 66, 7: 79 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 27, 4: 41, 5: 54, 6: 67, 7: 80 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Research presentation (recorded, up to 15 min; externally assessed, not a timed exam)",
          durationMinutes: 15,
          totalMarks: 24,
          calculator: false,
          weightPercent: 20,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 27, 4: 41, 5: 54, 6: 67, 7: 80 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 27, 4: 40, 5: 53, 6: 66, 7: 79 } },
      ],
    },
  ],
  topics: [
    {
      code: "R",
      title: "Theatre-maker roles",
      children: [
        { code: "R.1", title: "Creator" },
        { code: "R.2", title: "Designer" },
        { code: "R.3", title: "Director" },
        { code: "R.4", title: "Performer" },
      ],
    },
    { code: "1", title: "Working with play texts (staging a published play for an audience)" },
    { code: "2", title: "Exploring world theatre traditions" },
    { code: "3", title: "Collaboratively creating original theatre" },
    { code: "4", title: "Theatre theorists and their theories (solo theatre piece)", hlOnly: true },
  ],
};

export default subject;
