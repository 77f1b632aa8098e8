import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Language A: Language and Literature (group 1), English, syllabus first assessed in 2021.
 *
 * Topic tree: the three areas of exploration with their six guiding conceptual questions, the seven
 * central concepts, and the two kinds of text studied (literary works and non-literary bodies of work).
 * No topic is HL only (HL studies six works instead of four, writes a two-passage Paper 1 and the HL essay).
 *
 * Papers: only the timed examinations are listed (the individual oral is internal; the HL essay is
 * external coursework worth 20% at HL). Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "english-a-language-and-literature",
  name: "English A: Language and Literature",
  group: 1,
  description:
    "IB Diploma English A: Language and Literature (first assessment 2021): the study of literary works alongside a wide range of non-literary texts (advertisements, speeches, journalism, social media, visual texts and more) through three areas of exploration and seven central concepts. Assessed by Paper 1 (guided analysis of unseen non-literary passages), Paper 2 (comparative essay on two literary works), an individual oral and, at HL, a 1,200–1,500-word HL essay.",
  courses: [
    {
      level: "SL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Guided textual analysis (one unseen non-literary passage)",
          durationMinutes: 75,
          totalMarks: 20,
          calculator: false,
          weightPercent: 35,
        },
        { code: "P2", name: "Paper 2: Comparative essay", durationMinutes: 105, totalMarks: 30, calculator: false, weightPercent: 35 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 15, 3: 30, 4: 46, 5: 59, 6: 71, 7: 82 } },
        { session: "M25", minPercent: { 1: 0, 2: 14, 3: 30, 4: 45, 5: 58, 6: 70, 7: 81 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Guided textual analysis (two unseen non-literary passages)",
          durationMinutes: 135,
          totalMarks: 40,
          calculator: false,
          weightPercent: 35,
        },
        { code: "P2", name: "Paper 2: Comparative essay", durationMinutes: 105, totalMarks: 30, calculator: false, weightPercent: 25 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 16, 3: 32, 4: 47, 5: 60, 6: 72, 7: 83 } },
        { session: "M25", minPercent: { 1: 0, 2: 15, 3: 31, 4: 46, 5: 59, 6: 71, 7: 82 } },
      ],
    },
  ],
  topics: [
    {
      code: "1",
      title: "Readers, writers and texts",
      children: [
        { code: "1.1", title: "Why and how do we study language and literature?" },
        { code: "1.2", title: "How are we affected by texts in various ways?" },
        { code: "1.3", title: "In what ways is meaning constructed, negotiated, expressed and interpreted?" },
        { code: "1.4", title: "How does language use vary among text types and among literary forms?" },
        { code: "1.5", title: "How does the structure or style of a text affect meaning?" },
        { code: "1.6", title: "How do texts offer insights and challenges?" },
      ],
    },
    {
      code: "2",
      title: "Time and space",
      children: [
        { code: "2.1", title: "How important is cultural or historical context to the production and reception of a text?" },
        { code: "2.2", title: "How do we approach texts from different times and cultures to our own?" },
        { code: "2.3", title: "To what extent do texts offer insight into another culture?" },
        { code: "2.4", title: "How does the meaning and impact of a text change over time?" },
        { code: "2.5", title: "How do texts reflect, represent or form a part of cultural practices?" },
        { code: "2.6", title: "How does language represent social distinctions and identities?" },
      ],
    },
    {
      code: "3",
      title: "Intertextuality: connecting texts",
      children: [
        { code: "3.1", title: "How do texts adhere to and deviate from conventions associated with genre or text type?" },
        { code: "3.2", title: "How do conventions evolve over time?" },
        { code: "3.3", title: "In what ways can diverse texts share points of similarity?" },
        { code: "3.4", title: "How valid is the notion of a classic text?" },
        { code: "3.5", title: "How can texts offer multiple perspectives of a single issue, topic or theme?" },
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
      code: "T",
      title: "Texts studied",
      children: [
        { code: "T.1", title: "Literary works (prose fiction, prose non-fiction, poetry, drama; including works in translation)" },
        { code: "T.2", title: "Non-literary texts and bodies of work (text types such as advertisements, speeches, articles, infographics)" },
      ],
    },
  ],
};

export default subject;
