import { describe, expect, it } from "vitest";
import type { TopicNode } from "@/lib/catalog/get-course";
import { topLevelMastery } from "./top-level-mastery";

const node = (code: string, children: TopicNode[] = []): TopicNode => ({
  id: code,
  code,
  title: `Topic ${code}`,
  hlOnly: false,
  questionCount: 0,
  hasNote: false,
  children,
});
const tree = [node("1", [node("1.1"), node("1.2", [node("1.2.1")])]), node("2", [node("2.1")]), node("3")];

describe("topLevelMastery", () => {
  it("weights each practised subtopic's mastery by its attempts, under its top-level topic", () => {
    const rows = topLevelMastery(tree, [
      { code: "1.1", title: "", mastery: 0.9, attempts: 1 },
      { code: "1.2.1", title: "", mastery: 0.3, attempts: 3 },
      { code: "2.1", title: "", mastery: null, attempts: 0 },
    ]);
    expect(rows).toEqual([
      { code: "1", title: "Topic 1", mastery: 0.45, attempts: 4, practised: 2, cells: 2 },
      { code: "2", title: "Topic 2", mastery: null, attempts: 0, practised: 0, cells: 1 },
      { code: "3", title: "Topic 3", mastery: null, attempts: 0, practised: 0, cells: 0 },
    ]);
  });

  it("counts a top-level topic that is itself a cell, and ignores cells of another course's tree", () => {
    const rows = topLevelMastery(tree, [
      { code: "3", title: "", mastery: 0.5, attempts: 2 },
      { code: "9.9", title: "", mastery: 1, attempts: 5 },
    ]);
    expect(rows.find((r) => r.code === "3")).toMatchObject({ mastery: 0.5, attempts: 2, practised: 1, cells: 1 });
    expect(rows.reduce((sum, r) => sum + r.attempts, 0)).toBe(2);
  });
});
