import type { SubjectInput } from "@/lib/catalog/catalog-input";

/**
 * IB Computer Science (group 4), new guide first assessed in 2027 (replaces the 2014 guide, last examined 2026).
 *
 * Topic tree: Theme A "Concepts of computer science" (A1–A4) and Theme B "Computational thinking and
 * problem-solving" (B1–B4) with the guide's subtopics; HL-only subtopics (A1.4, A3.4, A4.2, A4.3, B3.2, B4)
 * are marked hlOnly. Many common subtopics also contain individual HL-only understandings.
 *
 * Papers: Paper 1 covers Theme A and the pre-released case study; Paper 2 covers Theme B (answered in Java or
 * Python). Durations and weightings follow the published 2027 assessment model; the total marks are best
 * estimates and should be checked against the specimen papers. Calculators are not used in computer
 * science examinations. Grade boundaries are illustrative only, not official IB figures.
 */
const subject: SubjectInput = {
  slug: "computer-science",
  name: "Computer Science",
  group: 4,
  description:
    "IB Diploma Computer Science (new course, first assessment 2027): computer fundamentals, networks, databases and machine learning (Theme A), and computational thinking, programming in Java or Python, object-oriented programming and, at HL, abstract data types (Theme B). Assessed by a concepts paper that includes a pre-released case study, a problem-solving and programming paper, and an internally assessed computational solution; students also take part in the collaborative sciences project.",
  courses: [
    {
      level: "SL",
      papers: [
        { code: "P1", name: "Paper 1: Concepts of computer science and case study", durationMinutes: 75, totalMarks: 40, calculator: false, weightPercent: 35 },
        { code: "P2", name: "Paper 2: Computational thinking and problem-solving", durationMinutes: 75, totalMarks: 40, calculator: false, weightPercent: 35 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 25, 4: 38, 5: 50, 6: 61, 7: 72 } },
        { session: "M25", minPercent: { 1: 0, 2: 12, 3: 25, 4: 37, 5: 49, 6: 60, 7: 71 } },
      ],
    },
    {
      level: "HL",
      papers: [
        {
          code: "P1",
          name: "Paper 1: Concepts of computer science and case study",
          durationMinutes: 120,
          totalMarks: 65,
          calculator: false,
          weightPercent: 40,
        },
        { code: "P2", name: "Paper 2: Computational thinking and problem-solving", durationMinutes: 120, totalMarks: 65, calculator: false, weightPercent: 40 },
      ],
      gradeBoundaries: [
        { session: "M24", minPercent: { 1: 0, 2: 13, 3: 26, 4: 39, 5: 51, 6: 62, 7: 73 } },
        { session: "M25", minPercent: { 1: 0, 2: 13, 3: 25, 4: 38, 5: 50, 6: 62, 7: 73 } },
      ],
    },
  ],
  topics: [
    {
      code: "A1",
      title: "Computer fundamentals",
      children: [
        { code: "A1.1", title: "Computer hardware and operation" },
        { code: "A1.2", title: "Data representation and computer logic" },
        { code: "A1.3", title: "Operating systems and control systems" },
        { code: "A1.4", title: "Translation", hlOnly: true },
      ],
    },
    {
      code: "A2",
      title: "Networks",
      children: [
        { code: "A2.1", title: "Network fundamentals" },
        { code: "A2.2", title: "Network architecture" },
        { code: "A2.3", title: "Data transmissions" },
        { code: "A2.4", title: "Network security" },
      ],
    },
    {
      code: "A3",
      title: "Databases",
      children: [
        { code: "A3.1", title: "Database fundamentals" },
        { code: "A3.2", title: "Database design" },
        { code: "A3.3", title: "Database programming" },
        { code: "A3.4", title: "Alternative databases and data warehouses", hlOnly: true },
      ],
    },
    {
      code: "A4",
      title: "Machine learning",
      children: [
        { code: "A4.1", title: "Machine learning fundamentals" },
        { code: "A4.2", title: "Data preprocessing", hlOnly: true },
        { code: "A4.3", title: "Machine learning approaches", hlOnly: true },
        { code: "A4.4", title: "Ethical considerations" },
      ],
    },
    {
      code: "B1",
      title: "Computational thinking",
      children: [{ code: "B1.1", title: "Approaches to computational thinking" }],
    },
    {
      code: "B2",
      title: "Programming",
      children: [
        { code: "B2.1", title: "Programming fundamentals" },
        { code: "B2.2", title: "Data structures" },
        { code: "B2.3", title: "Programming constructs" },
        { code: "B2.4", title: "Programming algorithms" },
        { code: "B2.5", title: "File processing" },
      ],
    },
    {
      code: "B3",
      title: "Object-oriented programming",
      children: [
        { code: "B3.1", title: "Fundamentals of OOP for a single class" },
        { code: "B3.2", title: "Fundamentals of OOP for multiple classes", hlOnly: true },
      ],
    },
    {
      code: "B4",
      title: "Abstract data types",
      hlOnly: true,
      children: [{ code: "B4.1", title: "Fundamentals of abstract data types (ADTs)" }],
    },
  ],
};

export default subject;
