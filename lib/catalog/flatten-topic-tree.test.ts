import { describe, expect, it } from "vitest";
import { flattenTopicTree } from "@/lib/catalog/flatten-topic-tree";

const tree = [
  {
    code: "1",
    title: "Number",
    children: [
      { code: "1.1", title: "Sequences" },
      { code: "1.9", title: "Proof", hlOnly: true, children: [{ code: "1.9a", title: "Induction" }] },
    ],
  },
  { code: "2", title: "Functions" },
];

describe("flattenTopicTree", () => {
  it("lists HL topics depth first with parents, depths and positions", () => {
    expect(flattenTopicTree(tree, "HL").map((t) => [t.code, t.parentCode, t.depth, t.sortOrder, t.hlOnly])).toEqual([
      ["1", null, 0, 0, false],
      ["1.1", "1", 1, 1, false],
      ["1.9", "1", 1, 2, true],
      ["1.9a", "1.9", 2, 3, true],
      ["2", null, 0, 4, false],
    ]);
  });

  it("drops AHL branches and their descendants from SL", () => {
    expect(flattenTopicTree(tree, "SL").map((t) => t.code)).toEqual(["1", "1.1", "2"]);
  });
});
