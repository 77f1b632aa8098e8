import { describe, expect, it } from "vitest";
import { stemWord } from "@/lib/marking/stem-word";

describe("stemWord", () => {
  it.each([
    [["increase", "increases", "increased", "increasing"], "increas"],
    [["cell", "cells"], "cell"],
    [["virus", "viruses"], "virus"],
    [["process", "processes"], "process"],
    [["carry", "carries", "carried", "carrying"], "carry"],
    [["stop", "stops", "stopped", "stopping"], "stop"],
    [["fall", "falls", "falling"], "fall"],
    [["enzyme", "enzymes"], "enzym"],
  ])("%j all become %j", (words, stem) => {
    for (const w of words) expect(stemWord(w)).toBe(stem);
  });

  it("leaves short words and words with digits alone", () => {
    expect(stemWord("gas")).toBe("gas");
    expect(stemWord("70S")).toBe("70s");
  });
});
