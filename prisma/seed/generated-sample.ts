import type { Question } from "@/lib/questions/question-input";

/** Generated questions stored in the bank by the seed, by subject slug (filled once generators exist). */
export function generatedSample(): Map<string, Question[]> {
  return new Map();
}
