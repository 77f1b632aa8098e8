import type { Level } from "@/lib/catalog/catalog-input";
import { flattenTopics, leafTopicCodes, type SubjectContent } from "./load-content";

// What each course of the seed bank offers a student, measured on the content files (what `npm run seed`
// loads): the minimums below are the ones every course is held to once its content is written.
export const MIN_QUESTIONS: Record<Level, number> = { SL: 40, HL: 60 };
export const MIN_FLASHCARDS = 30;
/** The ten most-taken subjects, whose courses have a revision note on every leaf topic (#17). */
export const NOTED_SUBJECTS = [
  "math-aa",
  "math-ai",
  "biology",
  "chemistry",
  "physics",
  "economics",
  "psychology",
  "english-a-language-and-literature",
  "history",
  "business-management",
] as const;

export type CourseCoverage = {
  slug: string;
  questions: number;
  byType: Record<string, number>;
  byPaper: Record<string, number>;
  flashcards: number;
  /** Leaf topics with a revision note. */
  leafTopicsWithNotes: number;
  leafTopics: number;
  /** Leaf topics of the course with no question: where a student practising by topic finds nothing. */
  leafTopicsWithoutQuestions: string[];
  /** Top-level topics (themes, units, options) with no question anywhere beneath them. */
  sectionsWithoutQuestions: string[];
  meetsMinimums: boolean;
};

const tally = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

export function contentCoverage(content: SubjectContent[]): CourseCoverage[] {
  return content.flatMap(({ subject, questions, flashcards, notes }) => {
    return subject.courses.map(({ level }): CourseCoverage => {
      const leaves = leafTopicCodes(subject.topics, level);
      const courseQuestions = questions.filter((q) => q.levels.includes(level));
      const practised = new Set(courseQuestions.map((q) => q.topicCode));
      const cards = flashcards.filter((f) => f.levels.includes(level)).length;
      return {
        slug: `${subject.slug}-${level.toLowerCase()}`,
        questions: courseQuestions.length,
        byType: tally(courseQuestions.map((q) => q.type)),
        byPaper: tally(courseQuestions.map((q) => q.paper)),
        flashcards: cards,
        leafTopics: leaves.length,
        leafTopicsWithoutQuestions: leaves.filter((code) => !practised.has(code)),
        leafTopicsWithNotes: new Set(notes.filter((n) => n.levels.includes(level) && leaves.includes(n.topicCode)).map((n) => n.topicCode)).size,
        sectionsWithoutQuestions: subject.topics
          .filter((root) => level === "HL" || !root.hlOnly)
          .filter((root) => !flattenTopics([root]).some((t) => practised.has(t.code)))
          .map((root) => root.code),
        meetsMinimums: courseQuestions.length >= MIN_QUESTIONS[level] && cards >= MIN_FLASHCARDS,
      };
    });
  });
}
