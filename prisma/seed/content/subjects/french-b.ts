import type { SubjectInput } from "@/lib/catalog/catalog-input";
import { languageBPapers, languageBTopics } from "../shared/language-b-syllabus";

/**
 * IB French B (group 2, language acquisition), syllabus first assessed in 2020.
 *
 * Topic tree: the five prescribed themes with the guide's recommended topics (schools may add their own
 * topics within each theme). HL additionally studies two works of literature in French (HL-only topic "L").
 *
 * Papers: Paper 1 (productive skills, writing) and Paper 2 (receptive skills: separate listening and reading
 * sections, 25 + 40 marks, 25% each). The individual oral (25%) is internally assessed.
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "french-b",
  name: "French B",
  group: 2,
  description:
    "IB Diploma French B (first assessment 2020): a language acquisition course for students with some prior experience of French, developing receptive, productive and interactive skills through five prescribed themes: identities, experiences, human ingenuity, social organization and sharing the planet. HL students also read two literary works in French. Assessed by a writing paper, a listening-and-reading paper and an individual oral (based on a visual stimulus at SL, on an extract from a studied literary work at HL).",
  courses: [
    {
      level: "SL",
      papers: languageBPapers.SL,
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 31, 4: 47, 5: 61, 6: 73, 7: 84 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 31, 4: 48, 5: 61, 6: 73, 7: 84 } },
      ],
    },
    {
      level: "HL",
      papers: languageBPapers.HL,
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 31, 4: 47, 5: 60, 6: 72, 7: 83 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 58, 6: 70, 7: 81 } },
      ],
    },
  ],
  topics: languageBTopics,
};

export default subject;
