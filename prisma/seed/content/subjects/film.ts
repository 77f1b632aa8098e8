import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Film (group 6), guide second edition, first assessed in 2023.
 *
 * Topic tree: the core syllabus areas (reading film, contextualizing film, exploring film production roles)
 * and the HL-only collaboratively producing film. The five core production roles are children of the
 * production-roles area.
 *
 * Film has no written examination. Components: textual analysis (external, 1,750 words), comparative study
 * (external, recorded multimedia, up to 10 min), film portfolio (internal) and, at HL, the collaborative film
 * project (internal). As the schema needs at least one paper, the single entry below stands for the
 * comparative study; its duration is the 10-minute maximum recording (not a timed exam). Grade boundaries are
 * illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "film",
  name: "Film",
  group: 6,
  description:
    "IB Diploma Film (first assessment 2023): students read and contextualize film texts from different cultures and periods and make films in core production roles (director, cinematographer, editor, sound, screenwriter). No written exam: assessment is by a textual analysis, a recorded comparative study, a film portfolio and, at HL, a collaborative film project.",
  practiceNote:
    "Film is assessed by coursework, not a written exam, and the coursework itself (textual analysis, comparative study, portfolio and the HL collaborative project) is not practised here. What you can practise: film language, contexts and production roles, and analysis of short scenes written for this site.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Comparative study (recorded multimedia, up to 10 min; externally assessed, not a timed exam)",
          durationMinutes: 10,
          totalMarks: 32,
          calculator: false,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 12, 3: 25, 4: 39, 5: 52, 6: 65, 7: 78 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 38, 5: 51, 6: 64, 7: 77 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Comparative study (recorded multimedia, up to 10 min; externally assessed, not a timed exam)",
          durationMinutes: 10,
          totalMarks: 32,
          calculator: false,
          weightPercent: 20,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 40, 5: 53, 6: 66, 7: 79 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 26, 4: 39, 5: 52, 6: 65, 7: 78 } },
      ],
    },
  ],
  topics: [
    { code: "1", title: "Reading film" },
    { code: "2", title: "Contextualizing film" },
    {
      code: "3",
      title: "Exploring film production roles",
      children: [
        { code: "3.1", title: "Director" },
        { code: "3.2", title: "Cinematographer" },
        { code: "3.3", title: "Editor" },
        { code: "3.4", title: "Sound" },
        { code: "3.5", title: "Screenwriter" },
      ],
    },
    { code: "4", title: "Collaboratively producing film", hlOnly: true },
  ],
};

export default subject;
