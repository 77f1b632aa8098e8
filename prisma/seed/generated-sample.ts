import { questionInput, type Question } from "@/lib/questions/question-input";
import { generateQuestions, questionGenerators } from "@/lib/questions/generators/registry";

/** Questions per generator stored in the bank; generators make more on demand. */
const SAMPLE_PER_GENERATOR = 4;

/** A fixed sample of generated questions for the bank, by subject slug (same seeds, same questions). */
export function generatedSample(): Map<string, Question[]> {
  const bySubject = new Map<string, Question[]>();
  for (const generator of questionGenerators) {
    const questions = generateQuestions(generator.id, SAMPLE_PER_GENERATOR, 1).map((q) => questionInput.parse(q));
    bySubject.set(generator.subject, [...(bySubject.get(generator.subject) ?? []), ...questions]);
  }
  return bySubject;
}
