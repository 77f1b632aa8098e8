import type { SubjectInput } from "@/lib/catalog/catalog-input";
import { languageBPapers, languageBTopics } from "../shared/language-b-syllabus";

/**
 * IB Spanish B (group 2, language acquisition), syllabus first assessed in 2020.
 *
 * Topic tree: the five prescribed themes with the guide's recommended topics (schools may add their own
 * topics within each theme). HL additionally studies two works of literature in Spanish (HL-only topic "L").
 *
 * Papers: Paper 1 (productive skills, writing) and Paper 2 (receptive skills: separate listening and reading
 * sections, 25 + 40 marks, 25% each). The individual oral (25%) is internally assessed.
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "spanish-b",
  name: "Spanish B",
  group: 2,
  description:
    "IB Diploma Spanish B (first assessment 2020): a language acquisition course for students with some prior experience of Spanish, developing receptive, productive and interactive skills through five prescribed themes: identities, experiences, human ingenuity, social organization and sharing the planet. HL students also read two literary works in Spanish. Assessed by a writing paper, a listening-and-reading paper and an individual oral (based on a visual stimulus at SL, on an extract from a studied literary work at HL).",
  courses: [
    {
      level: "SL",
      papers: languageBPapers.SL,
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 16, 3: 32, 4: 49, 5: 62, 6: 74, 7: 85 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 31, 4: 48, 5: 61, 6: 73, 7: 84 } },
      ],
    },
    {
      level: "HL",
      papers: languageBPapers.HL,
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 31, 4: 47, 5: 60, 6: 72, 7: 83 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 30, 4: 46, 5: 59, 6: 71, 7: 82 } },
      ],
    },
  ],
  topics: languageBTopics,
};

export default subject;
