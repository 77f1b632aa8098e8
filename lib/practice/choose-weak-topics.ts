import { xoroshiro128plus } from "pure-rand";
import { seededShuffle } from "@/lib/practice/pick-questions";

/** Below this mastery a practised topic counts as weak. */
export const WEAK_MASTERY = 0.7;
const MAX_WEAK = 3;
const MAX_TOPICS = 5;

export type TopicMastery = { topicId: string; mastery: number; attempts: number };

/**
 * The topics a weak-topics set draws from, in priority order, each weak topic listed twice so it gets
 * two turns for every turn of an untouched topic: the (at most three) practised topics with the lowest
 * mastery below WEAK_MASTERY, then topics never practised (seeded random) up to five topics. A student
 * strong everywhere with nothing untouched still gets their three lowest-mastery topics.
 */
export function chooseWeakTopics(topicIdsWithQuestions: string[], progress: TopicMastery[], seed: number): string[] {
  const available = new Set(topicIdsWithQuestions);
  const practised = progress
    .filter((p) => p.attempts > 0 && available.has(p.topicId))
    .sort((a, b) => a.mastery - b.mastery || (a.topicId < b.topicId ? -1 : 1));
  const weak = practised
    .filter((p) => p.mastery < WEAK_MASTERY)
    .slice(0, MAX_WEAK)
    .map((p) => p.topicId);
  const touched = new Set(practised.map((p) => p.topicId));
  const untouched = seededShuffle(topicIdsWithQuestions.filter((id) => !touched.has(id)).sort(), xoroshiro128plus(seed)).slice(0, MAX_TOPICS - weak.length);
  if (!weak.length && !untouched.length) return practised.slice(0, MAX_WEAK).map((p) => p.topicId);
  return [...weak.flatMap((id) => [id, id]), ...untouched];
}
