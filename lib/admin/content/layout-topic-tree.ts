export type TreeTopic = { id: string; parentId: string | null; sortOrder: number };
export type TopicPlacement = { id: string; parentId: string | null; sortOrder: number; depth: number };

/**
 * Positions for a course's topic tree, depth first: each topic directly followed by its subtree, so
 * reading a course's topics by sortOrder yields the tree in syllabus order (what Topic.sortOrder
 * promises). Siblings keep their relative order by their current sortOrder, so a move is expressed by
 * giving a topic a sortOrder between its new neighbours (or beyond the last) before laying out.
 * A topic whose parent is missing is laid out as a root rather than lost.
 */
export function layoutTopicTree(topics: TreeTopic[]): TopicPlacement[] {
  const ids = new Set(topics.map((t) => t.id));
  const children = new Map<string | null, TreeTopic[]>();
  for (const t of topics) {
    const parent = t.parentId !== null && ids.has(t.parentId) && t.parentId !== t.id ? t.parentId : null;
    const list = children.get(parent) ?? [];
    list.push({ ...t, parentId: parent });
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));

  const out: TopicPlacement[] = [];
  const placed = new Set<string>();
  const walk = (parentId: string | null, depth: number) => {
    for (const t of children.get(parentId) ?? []) {
      if (placed.has(t.id)) continue;
      placed.add(t.id);
      out.push({ id: t.id, parentId: t.parentId, sortOrder: out.length, depth });
      walk(t.id, depth + 1);
    }
  };
  walk(null, 0);
  // A cycle cannot be reached from a root; break it at its first topic rather than drop the topics.
  for (const t of topics) {
    if (placed.has(t.id)) continue;
    const orphan = { ...t, parentId: null };
    children.set(null, [orphan]);
    walk(null, 0);
  }
  return out;
}

/** The topic and everything under it. */
export function subtreeIds(topics: { id: string; parentId: string | null }[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const t of topics) if (t.parentId) children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  const out = new Set<string>();
  const queue = [rootId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return out;
}
