import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Language A: Literature (group 1), English, syllabus first assessed in 2021.
 *
 * The guide organizes the course around three areas of exploration, each with six guiding conceptual
 * questions, seven central concepts and the four literary forms. Those are the topic tree here; there are
 * no HL-only topics (HL reads 13 works instead of 9, writes a two-passage Paper 1 and the HL essay).
 *
 * Papers: only the timed examinations are listed (the individual oral is internal, the HL essay is
 * external coursework worth 20% at HL). Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "english-a-literature",
  name: "English A: Literature",
  group: 1,
  description:
    "IB Diploma English A: Literature (first assessment 2021): the study of literary works in prose fiction, prose non-fiction, poetry and drama, including works in translation, through three areas of exploration (readers, writers and texts; time and space; intertextuality) and seven central concepts. Assessed by Paper 1 (guided literary analysis of unseen passages), Paper 2 (comparative essay on two studied works), an individual oral and, at HL, a 1,200–1,500-word HL essay.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Guided literary analysis (one unseen passage)",
          durationMinutes: 75,
          totalMarks: 20,
          calculator: false,
          weightPercent: 35,
        },
        { code: "P2", name: "Paper 2: Comparative essay", durationMinutes: 105, totalMarks: 30, calculator: false, weightPercent: 35 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 58, 6: 70, 7: 81 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 29, 4: 44, 5: 57, 6: 69, 7: 80 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Guided literary analysis (two unseen passages)",
          durationMinutes: 135,
          totalMarks: 40,
          calculator: false,
          weightPercent: 35,
        },
        { code: "P2", name: "Paper 2: Comparative essay", durationMinutes: 105, totalMarks: 30, calculator: false, weightPercent: 25 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 16, 3: 31, 4: 46, 5: 59, 6: 71, 7: 82 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 30, 4: 45, 5: 58, 6: 70, 7: 81 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Readers, writers and texts",
      children: [
        { code: "1.1", title: "Why and how do we study literature?" },
        { code: "1.2", title: "How are we affected by literary texts in various ways?" },
        { code: "1.3", title: "In what ways is meaning constructed, negotiated, expressed and interpreted?" },
        { code: "1.4", title: "How does language use vary among literary forms?" },
        { code: "1.5", title: "How does the structure or style of a literary text affect meaning?" },
        { code: "1.6", title: "How do literary texts offer insights and challenges?" },
      ],
    },
    {
      code: "2",
      title: "Time and space",
      children: [
        { code: "2.1", title: "How important is cultural or historical context to the production and reception of a literary text?" },
        { code: "2.2", title: "How do we approach literary texts from different cultures and contexts?" },
        { code: "2.3", title: "To what extent do literary texts offer insight into another culture?" },
        { code: "2.4", title: "How does the meaning and impact of a literary text change over time?" },
        { code: "2.5", title: "How do literary texts reflect, represent or form a part of cultural practices?" },
        { code: "2.6", title: "How does language represent social distinctions and identities?" },
      ],
    },
    {
      code: "3",
      title: "Intertextuality: connecting texts",
      children: [
        { code: "3.1", title: "How do literary texts adhere to and deviate from conventions associated with literary forms?" },
        { code: "3.2", title: "How do conventions and systems of reference evolve over time?" },
        { code: "3.3", title: "In what ways can diverse literary texts share points of similarity?" },
        { code: "3.4", title: "How valid is the notion of a classic literary text?" },
        { code: "3.5", title: "How can literary texts offer multiple perspectives of a single issue, topic or theme?" },
        { code: "3.6", title: "In what ways can comparison and interpretation be transformative?" },
      ],
    },
    {
      code: "C",
      title: "Central concepts",
      children: [
        { code: "C.1", title: "Identity" },
        { code: "C.2", title: "Culture" },
        { code: "C.3", title: "Creativity" },
        { code: "C.4", title: "Communication" },
        { code: "C.5", title: "Perspective" },
        { code: "C.6", title: "Transformation" },
        { code: "C.7", title: "Representation" },
      ],
    },
    {
      code: "F",
      title: "Literary forms",
      children: [
        { code: "F.1", title: "Prose fiction" },
        { code: "F.2", title: "Prose non-fiction" },
        { code: "F.3", title: "Poetry" },
        { code: "F.4", title: "Drama" },
      ],
    },
  ],
};

export default subject;
