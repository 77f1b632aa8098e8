import type { PaperInput, TopicInput } from "@/lib/catalog/catalog-input";

// The Language B guide (first assessment 2020) is one syllabus for every language: the same five
// prescribed themes and the same papers. Each language's subject file adds its name, description and
// grade boundaries.

export const languageBTopics: TopicInput[] = [
  {
    code: "1",
    title: "Identities",
    children: [
      { code: "1.1", title: "Lifestyles" },
      { code: "1.2", title: "Health and well-being" },
      { code: "1.3", title: "Beliefs and values" },
      { code: "1.4", title: "Subcultures" },
      { code: "1.5", title: "Language and identity" },
    ],
  },
  {
    code: "2",
    title: "Experiences",
    children: [
      { code: "2.1", title: "Leisure activities" },
      { code: "2.2", title: "Holidays and travel" },
      { code: "2.3", title: "Life stories" },
      { code: "2.4", title: "Rites of passage" },
      { code: "2.5", title: "Customs and traditions" },
      { code: "2.6", title: "Migration" },
    ],
  },
  {
    code: "3",
    title: "Human ingenuity",
    children: [
      { code: "3.1", title: "Entertainment" },
      { code: "3.2", title: "Artistic expressions" },
      { code: "3.3", title: "Communication and media" },
      { code: "3.4", title: "Technology" },
      { code: "3.5", title: "Scientific innovation" },
    ],
  },
  {
    code: "4",
    title: "Social organization",
    children: [
      { code: "4.1", title: "Social relationships" },
      { code: "4.2", title: "Community" },
      { code: "4.3", title: "Social engagement" },
      { code: "4.4", title: "Education" },
      { code: "4.5", title: "The working world" },
      { code: "4.6", title: "Law and order" },
    ],
  },
  {
    code: "5",
    title: "Sharing the planet",
    children: [
      { code: "5.1", title: "The environment" },
      { code: "5.2", title: "Human rights" },
      { code: "5.3", title: "Peace and conflict" },
      { code: "5.4", title: "Equality" },
      { code: "5.5", title: "Globalization" },
      { code: "5.6", title: "Ethics" },
      { code: "5.7", title: "Urban and rural environment" },
    ],
  },
  {
    code: "L",
    title: "Literature: two literary works in the target language",
    hlOnly: true,
  },
];

export const languageBPapers: Record<"SL" | "HL", PaperInput[]> = {
  SL: [
    {
      code: "P1",
      name: "Paper 1: Productive skills (writing, one task of 250–400 words)",
      durationMinutes: 75,
      totalMarks: 30,
      calculator: false,
      weightPercent: 25,
    },
    {
      code: "P2",
      name: "Paper 2: Receptive skills (listening 45 min + reading 60 min)",
      durationMinutes: 105,
      totalMarks: 65,
      calculator: false,
      weightPercent: 50,
    },
  ],
  HL: [
    {
      code: "P1",
      name: "Paper 1: Productive skills (writing, one task of 450–600 words)",
      durationMinutes: 90,
      totalMarks: 30,
      calculator: false,
      weightPercent: 25,
    },
    {
      code: "P2",
      name: "Paper 2: Receptive skills (listening 60 min + reading 60 min)",
      durationMinutes: 120,
      totalMarks: 65,
      calculator: false,
      weightPercent: 50,
    },
  ],
};
