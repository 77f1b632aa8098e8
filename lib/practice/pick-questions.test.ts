import { describe, expect, it } from "vitest";
import { pickQuestions, type Candidate } from "@/lib/practice/pick-questions";
import { chooseWeakTopics } from "@/lib/practice/choose-weak-topics";

const candidates: Candidate[] = [
  ...Array.from({ length: 10 }, (_, i): Candidate => ({ id: `n${i}`, type: "NUMERIC", topicId: "t1", attempted: false })),
  ...Array.from({ length: 3 }, (_, i): Candidate => ({ id: `m${i}`, type: "MCQ", topicId: "t2", attempted: i > 0 })),
  ...Array.from({ length: 3 }, (_, i): Candidate => ({ id: `w${i}`, type: "WRITTEN", topicId: "t3", attempted: true })),
];

describe("pickQuestions", () => {
  it("is deterministic for a seed and varies between seeds", () => {
    expect(pickQuestions(candidates, 6, 42, "type")).toEqual(pickQuestions([...candidates].reverse(), 6, 42, "type"));
    const sets = new Set([1, 2, 3, 4, 5].map((seed) => pickQuestions(candidates, 6, seed, "type").join()));
    expect(sets.size).toBeGreaterThan(1);
  });

  it("takes unattempted questions first, mixing the types available among them", () => {
    const picked = pickQuestions(candidates, 6, 7, "type");
    expect(picked).toHaveLength(6);
    expect(picked).toContain("m0");
    expect(picked.filter((id) => id.startsWith("n"))).toHaveLength(5);
    // Attempted questions only once the unattempted ones run out.
    const all = pickQuestions(candidates, 14, 7, "type");
    expect(all.filter((id) => !candidates.find((c) => c.id === id)!.attempted)).toHaveLength(11);
    // The three attempted ones still alternate types: written and MCQ both appear.
    expect(all.some((id) => id.startsWith("w"))).toBe(true);
    expect(all.some((id) => id === "m1" || id === "m2")).toBe(true);
    expect(new Set(all).size).toBe(14);
  });

  it("gives a topic listed twice two turns per round", () => {
    const picked = pickQuestions(candidates, 6, 3, "topic", ["t1", "t1", "t2", "t3"]);
    expect(picked.filter((id) => id.startsWith("n")).length).toBeGreaterThanOrEqual(3);
    expect(picked.some((id) => id.startsWith("m"))).toBe(true);
  });
});

describe("chooseWeakTopics", () => {
  it("lists weak practised topics first (twice), then untouched ones, never strong ones", () => {
    const topics = ["a", "b", "c", "d", "e", "f"];
    const chosen = chooseWeakTopics(
      topics,
      [
        { topicId: "a", mastery: 0.2, attempts: 4 },
        { topicId: "b", mastery: 0.9, attempts: 4 },
        { topicId: "c", mastery: 0.5, attempts: 1 },
      ],
      1,
    );
    expect(chosen.slice(0, 4)).toEqual(["a", "a", "c", "c"]);
    expect(chosen).not.toContain("b");
    expect(new Set(chosen.slice(4))).toEqual(new Set(["d", "e", "f"]));
  });

  it("falls back to the lowest mastery when everything is practised and strong", () => {
    const chosen = chooseWeakTopics(
      ["a", "b"],
      [
        { topicId: "a", mastery: 0.95, attempts: 2 },
        { topicId: "b", mastery: 0.8, attempts: 2 },
      ],
      1,
    );
    expect(chosen).toEqual(["b", "a"]);
  });
});
