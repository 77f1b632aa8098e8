import { describe, expect, it } from "vitest";
import { layoutTopicTree, subtreeIds } from "./layout-topic-tree";

// 1 > (1.1, 1.2 > 1.2.1), 2: ids are the codes, positions deliberately sparse and out of order.
const tree = [
  { id: "2", parentId: null, sortOrder: 40 },
  { id: "1.2.1", parentId: "1.2", sortOrder: 35 },
  { id: "1", parentId: null, sortOrder: 10 },
  { id: "1.2", parentId: "1", sortOrder: 30 },
  { id: "1.1", parentId: "1", sortOrder: 20 },
];
const order = (topics: typeof tree) => layoutTopicTree(topics).map((t) => [t.id, t.sortOrder, t.depth]);

describe("layoutTopicTree", () => {
  it("numbers the tree depth first from 0 with depths", () => {
    expect(order(tree)).toEqual([
      ["1", 0, 0],
      ["1.1", 1, 1],
      ["1.2", 2, 1],
      ["1.2.1", 3, 2],
      ["2", 4, 0],
    ]);
  });

  it("moves a whole subtree when a sibling's position changes", () => {
    const moved = tree.map((t) => (t.id === "1.2" ? { ...t, sortOrder: 15 } : t));
    expect(order(moved)).toEqual([
      ["1", 0, 0],
      ["1.2", 1, 1],
      ["1.2.1", 2, 2],
      ["1.1", 3, 1],
      ["2", 4, 0],
    ]);
  });

  it("re-depths a subtree that changes parent", () => {
    const moved = tree.map((t) => (t.id === "1.2" ? { ...t, parentId: "2", sortOrder: Number.MAX_SAFE_INTEGER } : t));
    expect(order(moved)).toEqual([
      ["1", 0, 0],
      ["1.1", 1, 1],
      ["2", 2, 0],
      ["1.2", 3, 1],
      ["1.2.1", 4, 2],
    ]);
  });

  it("keeps topics whose parent is missing or that form a cycle, as roots", () => {
    const broken = [
      { id: "a", parentId: "gone", sortOrder: 1 },
      { id: "b", parentId: "c", sortOrder: 2 },
      { id: "c", parentId: "b", sortOrder: 3 },
    ];
    const placed = layoutTopicTree(broken);
    expect(placed.map((t) => t.id).sort()).toEqual(["a", "b", "c"]);
    expect(placed.find((t) => t.id === "a")).toMatchObject({ parentId: null, depth: 0 });
    expect(placed.map((t) => t.sortOrder)).toEqual([0, 1, 2]);
  });
});

describe("subtreeIds", () => {
  it("is the topic and all its descendants", () => {
    expect([...subtreeIds(tree, "1")].sort()).toEqual(["1", "1.1", "1.2", "1.2.1"]);
    expect([...subtreeIds(tree, "2")]).toEqual(["2"]);
  });
});
