import type { TopicNode } from "@/lib/catalog/get-course";
import type { TopicCell } from "@/lib/dashboard/dashboard-types";

export type TopLevelMastery = {
  code: string;
  title: string;
  /** Attempt-weighted mean mastery (0–1) of the topic's practised subtopics; null when none is practised. */
  mastery: number | null;
  attempts: number;
  /** Syllabus cells under this topic that have been practised, of all of them. */
  practised: number;
  cells: number;
};

/**
 * Rolls the dashboard's heat-map cells (leaf topics) up to the syllabus's top-level topics, the level a
 * teacher or parent reads a report at. Weighting by attempts keeps one lucky answer on a small subtopic
 * from outweighing a well-practised one.
 */
export function topLevelMastery(tree: TopicNode[], cells: TopicCell[]): TopLevelMastery[] {
  const rootByCode = new Map<string, TopicNode>();
  const walk = (node: TopicNode, root: TopicNode) => {
    rootByCode.set(node.code, root);
    node.children.forEach((child) => walk(child, root));
  };
  tree.forEach((root) => walk(root, root));

  const totals = new Map(tree.map((root) => [root.code, { weighted: 0, attempts: 0, practised: 0, cells: 0 }]));
  for (const cell of cells) {
    const root = rootByCode.get(cell.code);
    const total = root && totals.get(root.code);
    if (!total) continue;
    total.cells += 1;
    if (cell.mastery !== null && cell.attempts > 0) {
      total.weighted += cell.mastery * cell.attempts;
      total.attempts += cell.attempts;
      total.practised += 1;
    }
  }
  return tree.map((root) => {
    const t = totals.get(root.code)!;
    return {
      code: root.code,
      title: root.title,
      mastery: t.attempts ? Math.round((t.weighted / t.attempts) * 1000) / 1000 : null,
      attempts: t.attempts,
      practised: t.practised,
      cells: t.cells,
    };
  });
}
