import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Spanish ab initio (group 2, language acquisition for beginners), SL only, syllabus first assessed in 2020.
 *
 * Topic tree: the five prescribed themes with the four prescribed topics of each, as in the language ab
 * initio guide. Papers: Paper 1 (productive skills, writing) and Paper 2 (receptive skills: separate listening
 * and reading sections, 25 + 40 marks, 25% each). The individual oral (25%) is internally assessed.
 * Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "spanish-ab-initio",
  name: "Spanish ab initio",
  group: 2,
  description:
    "IB Diploma Spanish ab initio (SL only, first assessment 2020): a course for beginners with little or no previous experience of Spanish, building everyday communicative competence through five prescribed themes (identities, experiences, human ingenuity, social organization, sharing the planet) and twenty prescribed topics. Assessed by a writing paper with two short tasks, a listening-and-reading paper and an individual oral based on a visual stimulus.",
  practiceNote:
    "Listening is practised from printed transcripts (read them aloud, or have someone read them to you): this site has no audio. The individual oral is not practised here.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Productive skills (writing, two tasks)", durationMinutes: 60, totalMarks: 30, calculator: false, weightPercent: 25 },
        {
          code: "P2",
          name: "Paper 2: Receptive skills (listening 45 min + reading 60 min)",
          durationMinutes: 105,
          totalMarks: 65,
          calculator: false,
          weightPercent: 50,
        },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 17, 3: 34, 4: 51, 5: 64, 6: 76, 7: 87 } },
        { session: "M25", minPercent: { 1: 0, 2: 16, 3: 33, 4: 50, 5: 63, 6: 75, 7: 86 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Identities",
      children: [
        { code: "1.1", title: "Personal attributes" },
        { code: "1.2", title: "Personal relationships" },
        { code: "1.3", title: "Eating and drinking" },
        { code: "1.4", title: "Physical well-being" },
      ],
    },
    {
      code: "2",
      title: "Experiences",
      children: [
        { code: "2.1", title: "Daily routine" },
        { code: "2.2", title: "Leisure" },
        { code: "2.3", title: "Holidays" },
        { code: "2.4", title: "Festivals and celebrations" },
      ],
    },
    {
      code: "3",
      title: "Human ingenuity",
      children: [
        { code: "3.1", title: "Transport" },
        { code: "3.2", title: "Entertainment" },
        { code: "3.3", title: "Media" },
        { code: "3.4", title: "Technology" },
      ],
    },
    {
      code: "4",
      title: "Social organization",
      children: [
        { code: "4.1", title: "Neighbourhood" },
        { code: "4.2", title: "Education" },
        { code: "4.3", title: "The workplace" },
        { code: "4.4", title: "Social issues" },
      ],
    },
    {
      code: "5",
      title: "Sharing the planet",
      children: [
        { code: "5.1", title: "Climate" },
        { code: "5.2", title: "Physical geography" },
        { code: "5.3", title: "The environment" },
        { code: "5.4", title: "Global issues" },
      ],
    },
  ],
};

export default subject;
