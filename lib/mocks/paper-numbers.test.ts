import { describe, expect, it } from "vitest";
import { paperNumbers } from "./paper-numbers";

const part = (groupId: string, label: string) => ({ part: { groupId, label, context: `context of ${groupId}` } });

describe("paperNumbers", () => {
  it("numbers one-part questions 1, 2, … and the parts of a question with its number and their labels", () => {
    expect(paperNumbers([{ part: null }, part("g", "a"), part("g", "b(i)"), part("g", "b(ii)"), { part: null }, part("h", "a"), part("h", "b")])).toEqual([
      { number: "1", context: null },
      { number: "2(a)", context: "context of g" },
      { number: "2(b)(i)", context: null },
      { number: "2(b)(ii)", context: null },
      { number: "3", context: null },
      { number: "4(a)", context: "context of h" },
      { number: "4(b)", context: null },
    ]);
  });
});
