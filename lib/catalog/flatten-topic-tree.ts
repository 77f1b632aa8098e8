import type { Level, TopicInput } from "@/lib/catalog/catalog-input";

export type FlatTopic = {
  code: string;
  title: string;
  parentCode: string | null;
  depth: number;
  /** Depth-first position: reading topics by sortOrder yields the tree in syllabus order. */
  sortOrder: number;
  hlOnly: boolean;
};

/** The syllabus tree of one course level, depth first; SL drops AHL branches with their descendants. */
export function flattenTopicTree(topics: TopicInput[], level: Level): FlatTopic[] {
  const out: FlatTopic[] = [];
  const walk = (nodes: TopicInput[], parentCode: string | null, depth: number, parentHlOnly: boolean) => {
    for (const node of nodes) {
      const hlOnly = parentHlOnly || Boolean(node.hlOnly);
      if (hlOnly && level === "SL") continue;
      out.push({ code: node.code, title: node.title, parentCode, depth, sortOrder: out.length, hlOnly });
      walk(node.children ?? [], node.code, depth + 1, hlOnly);
    }
  };
  walk(topics, null, 0, false);
  return out;
}
