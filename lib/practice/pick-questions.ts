import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from "pure-rand";

export type Candidate = { id: string; type: "MCQ" | "NUMERIC" | "WRITTEN"; topicId: string; attempted: boolean };

/** Fisher–Yates with a seeded generator: the same seed always gives the same order. */
export function seededShuffle<T>(items: readonly T[], rng: RandomGenerator): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = unsafeUniformIntDistribution(0, i, rng);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Chooses `count` question ids from the candidates, deterministically for a seed. Questions the student
 * has never attempted come first; within each of those tiers the picks go round-robin over groups (the
 * question types for a mixed set, or the chosen topics, weakest first), so a set is never five MCQs in a
 * row when other types exist. A group listed twice in `groupOrder` gets two turns per round. The final
 * set is shuffled so the grouping does not show as a pattern.
 */
export function pickQuestions(candidates: Candidate[], count: number, seed: number, groupBy: "type" | "topic", groupOrder?: string[]): string[] {
  const rng = xoroshiro128plus(seed);
  // Sorting first makes the result independent of the order the database returned the rows in.
  const pool = seededShuffle(
    [...candidates].sort((a, b) => (a.id < b.id ? -1 : 1)),
    rng,
  );
  const keyOf = (c: Candidate) => (groupBy === "type" ? c.type : c.topicId);
  const order = groupOrder ?? seededShuffle([...new Set(pool.map(keyOf))].sort(), rng);

  const picked: string[] = [];
  for (const tier of [pool.filter((c) => !c.attempted), pool.filter((c) => c.attempted)]) {
    const groups = new Map<string, Candidate[]>();
    for (const c of tier) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
    const turns = order.filter((key) => groups.has(key));
    while (picked.length < count && turns.some((key) => groups.get(key)!.length)) {
      for (const key of turns) {
        const next = groups.get(key)!.shift();
        if (next) picked.push(next.id);
        if (picked.length === count) break;
      }
    }
  }
  return seededShuffle(picked, rng);
}
