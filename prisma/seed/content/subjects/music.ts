import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Music (group 6), guide first assessed in 2022.
 *
 * Topic tree: the four areas of inquiry, the three contexts (personal, local, global), the three musical
 * roles, the three musical processes, and the HL-only contemporary music maker project.
 *
 * Music has no written examination. Externally assessed: exploring music in context (portfolio) and
 * presenting music (programme notes, composition/improvisation up to 6 min, performance up to 12 min);
 * internally assessed: experimenting with music and (HL) the contemporary music maker. As the schema needs
 * at least one paper, the single entry below stands for "Presenting music"; its duration is the maximum
 * recorded music submitted (6 + 12 minutes), not a timed exam. Grade boundaries are illustrative only.
 */
const subject: SubjectInput = {
  slug: "music",
  name: "Music",
  group: 6,
  description:
    "IB Diploma Music (first assessment 2022): students explore, experiment with and present music as researchers, creators and performers across four areas of inquiry and personal, local and global contexts. No written exam: assessment is by portfolio and recorded work (exploring music in context, experimenting with music, presenting music; HL adds the contemporary music maker collaborative project).",
  practiceNote:
    "Music is assessed by coursework and recordings, not a written exam, and that work (exploring, experimenting, presenting and the HL contemporary music maker project) is not practised here. What you can practise: musical elements and theory, the areas of inquiry and contexts, and analysis of pieces described for this site.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Presenting music (externally assessed submission: programme notes, creating up to 6 min, performing up to 12 min; not a timed exam)",
          durationMinutes: 18,
          totalMarks: 38,
          calculator: false,
          weightPercent: 40,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 11, 3: 21, 4: 37, 5: 51, 6: 64, 7: 77 } },
        { session: "M25", minPercent: { 1: 0, 2: 11, 3: 22, 4: 38, 5: 51, 6: 64, 7: 77 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Presenting music (externally assessed submission: programme notes, creating up to 6 min, performing up to 12 min; not a timed exam)",
          durationMinutes: 18,
          totalMarks: 38,
          calculator: false,
          weightPercent: 30,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 11, 3: 22, 4: 38, 5: 52, 6: 67, 7: 81 } },
        { session: "M25", minPercent: { 1: 0, 2: 11, 3: 23, 4: 38, 5: 52, 6: 66, 7: 80 } },
      ],
    },
  ],
  topics: [
    {
      code: "AOI",
      title: "Areas of inquiry",
      children: [
        { code: "AOI.1", title: "Music for sociocultural and political expression" },
        { code: "AOI.2", title: "Music for listening and performance" },
        { code: "AOI.3", title: "Music for dramatic impact, movement and entertainment" },
        { code: "AOI.4", title: "Music technology in the electronic and digital age" },
      ],
    },
    {
      code: "CTX",
      title: "Contexts",
      children: [
        { code: "CTX.1", title: "Personal context" },
        { code: "CTX.2", title: "Local context" },
        { code: "CTX.3", title: "Global context" },
      ],
    },
    {
      code: "ROLE",
      title: "Musical roles",
      children: [
        { code: "ROLE.1", title: "Researcher" },
        { code: "ROLE.2", title: "Creator" },
        { code: "ROLE.3", title: "Performer" },
      ],
    },
    {
      code: "PROC",
      title: "Musical processes",
      children: [
        { code: "PROC.1", title: "Exploring music in context" },
        { code: "PROC.2", title: "Experimenting with music" },
        { code: "PROC.3", title: "Presenting music" },
      ],
    },
    { code: "CMM", title: "The contemporary music maker (collaborative real-life project)", hlOnly: true },
  ],
};

export default subject;
