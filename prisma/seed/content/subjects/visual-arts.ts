import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Visual Arts (group 6), new guide first assessed in 2027 (replaces the 2017 guide, last examined 2026).
 *
 * The course is organized around art-making as inquiry in three interconnected core areas (create,
 * communicate, connect); HL students also complete an artist project (hlOnly).
 *
 * Visual arts has no written examination. Externally assessed components: the art-making inquiries portfolio
 * (SL and HL) plus the connections study (SL) or the artist project (HL); the resolved artworks are
 * internally assessed. As the schema needs at least one paper, the single entry below stands for the
 * largest externally assessed component; its duration is nominal (coursework, not a timed exam).
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "visual-arts",
  name: "Visual Arts",
  group: 6,
  description:
    "IB Diploma Visual Arts (new course, first assessment 2027): art-making as inquiry across three core areas (create, communicate, connect). Students develop lines of inquiry in several art-making forms, situate their work in personal, local and global contexts and curate it for an audience. No written exam: assessment is by coursework (art-making inquiries portfolio; SL connections study or HL artist project; resolved artworks).",
  practiceNote:
    "Visual Arts is assessed by coursework, not a written exam, and that work (portfolio, connections study or HL artist project, resolved artworks) is not practised here. What you can practise: formal elements, media and techniques, movements and contexts, curating, and analysis of artworks described for this site.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Art-making inquiries portfolio (externally assessed coursework, up to 15 screens; not a timed exam, duration nominal)",
          durationMinutes: 60,
          totalMarks: 32,
          calculator: false,
          weightPercent: 40,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 14, 3: 28, 4: 43, 5: 56, 6: 69, 7: 81 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 28, 4: 42, 5: 55, 6: 68, 7: 80 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Art-making inquiries portfolio (externally assessed coursework; not a timed exam, duration nominal)",
          durationMinutes: 60,
          totalMarks: 32,
          calculator: false,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 29, 4: 44, 5: 57, 6: 70, 7: 82 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 29, 4: 43, 5: 56, 6: 69, 7: 81 } },
      ],
    },
  ],
  topics: [
    { code: "CR", title: "Create: generating, experimenting with and resolving artworks through inquiry" },
    { code: "CM", title: "Communicate: curating, presenting and discussing art-making for an audience" },
    { code: "CN", title: "Connect: situating artworks in personal, local and global contexts and their cultural significance" },
    { code: "AP", title: "Artist project: a stand-alone project situated in a context and for an audience", hlOnly: true },
  ],
};

export default subject;
