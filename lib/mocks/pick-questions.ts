import { MAX_SEED, SeededRandom } from "@/lib/questions/generators/seeded-random";

export type Candidate = { id: string; marks: number; rootTopicId: string };

/** A paper may exceed its mark target by this much when that lands closer to it than staying under. */
export const MAX_OVERSHOOT = 2;
const TRIES = 24;

function shuffle<T>(items: T[], rng: SeededRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The subset of `items` whose marks come closest to `gap` without exceeding it by more than
 * MAX_OVERSHOOT (a subset-sum table: gaps are tens of marks and items a few hundred, so it is tiny).
 * Earlier items are preferred, so callers list the topics they want more of first.
 */
function closestSubset(items: Candidate[], gap: number): Candidate[] {
  const cap = gap + MAX_OVERSHOOT;
  const via: ({ item: number; prev: number } | null)[] = Array.from({ length: cap + 1 }, () => null);
  const reachable = new Array<boolean>(cap + 1).fill(false);
  reachable[0] = true;
  items.forEach((c, index) => {
    for (let s = cap; s >= c.marks; s--) {
      if (!reachable[s] && reachable[s - c.marks]) {
        reachable[s] = true;
        via[s] = { item: index, prev: s - c.marks };
      }
    }
  });
  let best = 0;
  for (let s = 0; s <= cap; s++) if (reachable[s] && Math.abs(gap - s) < Math.abs(gap - best)) best = s;
  const chosen: Candidate[] = [];
  for (let s = best; s > 0; s = via[s]!.prev) chosen.push(items[via[s]!.item]!);
  return chosen;
}

/**
 * One randomised construction: round-robin over the top-level topics (in a shuffled order), each topic
 * giving one random question that still fits per round, until the remaining gap is small; then an exact
 * fill of that gap from the unused questions, the least-represented topics first.
 */
function buildOnce(candidates: Candidate[], target: number, rng: SeededRandom): Candidate[] {
  const byTopic = new Map<string, Candidate[]>();
  for (const c of shuffle(candidates, rng)) byTopic.set(c.rootTopicId, [...(byTopic.get(c.rootTopicId) ?? []), c]);
  const topics = shuffle([...byTopic.keys()], rng);
  const largest = Math.max(...candidates.map((c) => c.marks));
  const picked: Candidate[] = [];
  let remaining = target;
  for (let added = true; added && remaining > 2 * largest;) {
    added = false;
    for (const topic of topics) {
      const queue = byTopic.get(topic)!;
      const index = queue.findIndex((c) => c.marks <= remaining);
      if (index < 0) continue;
      const [c] = queue.splice(index, 1);
      picked.push(c!);
      remaining -= c!.marks;
      added = true;
    }
  }
  const count = (topic: string) => picked.filter((c) => c.rootTopicId === topic).length;
  const rest = topics.toSorted((a, b) => count(a) - count(b)).flatMap((t) => byTopic.get(t)!);
  return [...picked, ...closestSubset(rest, remaining)];
}

function score(paper: Candidate[], target: number): [number, number, number] {
  const total = paper.reduce((s, c) => s + c.marks, 0);
  const perTopic = new Map<string, number>();
  for (const c of paper) perTopic.set(c.rootTopicId, (perTopic.get(c.rootTopicId) ?? 0) + c.marks);
  // Closeness to the target first, then more topics covered, then a flatter spread of marks.
  return [Math.abs(total - target), -perTopic.size, Math.max(0, ...perTopic.values())];
}

const better = (a: [number, number, number], b: [number, number, number]) => (a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2]);

/**
 * Questions for one paper: total marks as close to `targetMarks` as the bank allows, never more than
 * MAX_OVERSHOOT above it, spread over the top-level topics. A few randomised constructions are tried and
 * the best kept, deterministically for a seed. When every question is bigger than the target (a very
 * short mock), the smallest one is the paper: a paper always has a question.
 */
export function pickQuestions(candidates: Candidate[], targetMarks: number, seed: number): Candidate[] {
  if (!candidates.length) return [];
  let best: Candidate[] = [];
  let bestScore: [number, number, number] = [Infinity, 0, 0];
  for (let t = 0; t < TRIES; t++) {
    const paper = buildOnce(candidates, targetMarks, new SeededRandom((seed + t * 7919) % MAX_SEED));
    const s = score(paper, targetMarks);
    if (paper.length && better(s, bestScore)) [best, bestScore] = [paper, s];
  }
  if (best.length) return best;
  const smallest = Math.min(...candidates.map((c) => c.marks));
  return [
    shuffle(
      candidates.filter((c) => c.marks === smallest),
      new SeededRandom(seed % MAX_SEED),
    )[0]!,
  ];
}
