import type { TopicNode } from "@/lib/catalog/get-course";

export type TopLevelTopic = { id: string; code: string; title: string; sortOrder: number };

/**
 * Mocks spread and report marks by the syllabus's top-level topics ("Topic 1: Number and algebra"),
 * the level at which IB papers are balanced. Maps every topic of a course tree to its top-level topic.
 */
export function topLevelTopics(tree: TopicNode[]): { roots: TopLevelTopic[]; rootOf: Map<string, TopLevelTopic> } {
  const rootOf = new Map<string, TopLevelTopic>();
  const roots = tree.map((node, sortOrder): TopLevelTopic => ({ id: node.id, code: node.code, title: node.title, sortOrder }));
  const walk = (node: TopicNode, root: TopLevelTopic) => {
    rootOf.set(node.id, root);
    node.children.forEach((child) => walk(child, root));
  };
  tree.forEach((node, i) => walk(node, roots[i]!));
  return { roots, rootOf };
}
