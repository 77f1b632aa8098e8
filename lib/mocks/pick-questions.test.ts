import { describe, expect, it } from "vitest";
import { MAX_OVERSHOOT, pickQuestions, type Candidate } from "./pick-questions";

// A bank shaped like a maths paper: five top-level topics, questions of 2–8 marks.
const bank: Candidate[] = Array.from({ length: 60 }, (_, i) => ({ id: `q${i}`, marks: 2 + ((i * 3) % 7), rootTopicId: `t${i % 5}` }));
const total = (qs: Candidate[]) => qs.reduce((s, q) => s + q.marks, 0);

describe("pickQuestions", () => {
  it.each([110, 80, 27, 9, 3])("hits a target of %i marks exactly when the bank allows it", (target) => {
    for (const seed of [1, 2, 3, 42, 1000]) expect(total(pickQuestions(bank, target, seed))).toBe(target);
  });

  it("spreads a paper over every top-level topic without one dominating", () => {
    const paper = pickQuestions(bank, 80, 7);
    const perTopic = new Map<string, number>();
    for (const q of paper) perTopic.set(q.rootTopicId, (perTopic.get(q.rootTopicId) ?? 0) + q.marks);
    expect(perTopic.size).toBe(5);
    expect(Math.max(...perTopic.values())).toBeLessThanOrEqual(80 * 0.35);
  });

  it("never uses a question twice and is deterministic for a seed", () => {
    const a = pickQuestions(bank, 60, 99);
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    expect(pickQuestions(bank, 60, 99)).toEqual(a);
    expect(pickQuestions(bank, 60, 100).map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it("stays under the target when it cannot reach it, and overshoots by at most a couple of marks", () => {
    const tens: Candidate[] = [10, 10, 15, 15].map((marks, i) => ({ id: `e${i}`, marks, rootTopicId: `t${i}` }));
    expect(total(pickQuestions(tens, 25, 1))).toBe(25);
    expect(total(pickQuestions(tens, 24, 1))).toBe(25); // 25 is one above: closer than 20
    expect(total(pickQuestions(tens, 23, 1))).toBe(25);
    expect(total(pickQuestions(tens, 22, 1))).toBe(20); // 25 would be three above
    expect(total(pickQuestions(tens, 1000, 1))).toBe(50); // the whole bank
    for (const target of [11, 17, 31, 44]) expect(total(pickQuestions(tens, target, 3))).toBeLessThanOrEqual(target + MAX_OVERSHOOT);
  });

  it("makes a one-question paper of the smallest question when the target is below every question", () => {
    const paper = pickQuestions(
      [
        { id: "big", marks: 8, rootTopicId: "a" },
        { id: "small", marks: 4, rootTopicId: "b" },
      ],
      1,
      5,
    );
    expect(paper.map((q) => q.id)).toEqual(["small"]);
    expect(pickQuestions([], 10, 1)).toEqual([]);
  });
});
