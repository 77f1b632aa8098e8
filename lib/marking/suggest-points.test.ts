import { describe, expect, it } from "vitest";
import { analyseText } from "@/lib/marking/analyse-text";
import { keywordMatches, suggestPoints } from "@/lib/marking/suggest-points";
import { questionInput, type Question } from "@/lib/questions/question-input";
import biology from "@/prisma/seed/content/questions/biology";
import math from "@/prisma/seed/content/questions/math-aa";
import physics from "@/prisma/seed/content/questions/physics";

function seedQuestion(key: string): Question {
  const raw = [...physics.questions, ...biology.questions, ...math.questions].find((q) => q.key === key);
  if (!raw) throw new Error(`no seed question ${key}`);
  return questionInput.parse(raw);
}

function suggested(key: string, answer: string): Record<string, string[]> {
  const suggestions = suggestPoints(seedQuestion(key).markscheme, answer);
  return Object.fromEntries(suggestions.filter((s) => s.matched.length).map((s) => [s.label, s.matched]));
}

const matches = (keyword: string, answer: string) => keywordMatches(keyword, analyseText(answer));

describe("suggestPoints on seed questions", () => {
  it("finds every point of a full answer on terminal speed (physics-a-2-04)", () => {
    const answer =
      "At first the only force is the weight, so the skydiver accelerates downwards. As the speed increases the air resistance increases. " +
      "Eventually the drag force equals the weight, so the resultant force is zero. Zero acceleration (Newton's first law) means the speed stays constant.";
    const found = suggested("physics-a-2-04", answer);
    expect(Object.keys(found)).toEqual(["p1", "p2", "p3", "p4"]);
    expect(found.p1).toEqual(["weight", "accelerates", "resultant"]);
    expect(found.p3).toEqual(["equals", "zero"]);
  });

  it("finds nothing in an answer that misses the physics", () => {
    expect(suggested("physics-a-2-04", "The parachute opens and the skydiver slows down.")).toEqual({});
  });

  it("suggests only the comparisons made (biology-a1-2-03, DNA and RNA)", () => {
    const answer = "RNA has ribose sugar but DNA has deoxyribose. DNA contains thymine; RNA has uracil instead. DNA is double stranded.";
    expect(suggested("biology-a1-2-03", answer)).toEqual({ p1: ["deoxyribose", "ribose"], p2: ["thymine", "uracil"], p3: ["double"] });
  });

  it("matches plurals and hyphenation (biology-a2-2-04, prokaryotes)", () => {
    const answer = "Prokaryotes have a nucleoid instead of a nucleus, 70S ribosomes and plasmids; eukaryotes have membrane bound organelles.";
    expect(suggested("biology-a2-2-04", answer)).toEqual({
      p1: ["nucleoid", "nucleus"],
      p4: ["70S"],
      p5: ["membrane-bound", "organelle"],
      p6: ["plasmid"],
    });
  });

  it("matches numbers given more precisely, not different numbers (physics-a-1-02)", () => {
    const right = suggested("physics-a-1-02", "45.0 = 4.9t², t = 3.0305 s, x = 15.0 × 3.0305 = 45.46 m");
    expect(right.p2).toEqual(["3.03"]);
    // "45.5" is a keyword; 15.0 and 3.03 come from the point's text ($x = 15.0 \times 3.03 = 45.5$).
    expect(right.p3).toEqual(["45.5", "15.0", "3.03"]);
    expect(suggested("physics-a-1-02", "x = 9.81 × 3 = 29.4 m")).toEqual({});
  });

  it("matches LaTeX working (math-aa-1-7-02)", () => {
    const partA = suggested("math-aa-1-7-02", String.raw`$(3x-1)\ln 2 = x\ln 5$ so $x(3\ln 2 - \ln 5) = \ln 2$`);
    expect(Object.keys(partA)).toEqual(["m1", "a1", "m2", "ag1"]);
    const partB = suggested("math-aa-1-7-02", String.raw`$\ln 8 - \ln 5 = \ln\frac{8}{5}$`);
    expect(partB.m3).toEqual(["\\ln 8", "\\ln\\frac{8}{5}"]);
    expect(partB.a2).toEqual(["8/5"]);
  });
});

describe("keywordMatches", () => {
  it.each([
    ["deoxyribose", "DEOXYRIBOSE!!!"],
    ["increases", "the rate is increasing"],
    ["centrifug", "then centrifugation separates them"],
    ["self-pollinat", "the plant self-pollinates"],
    ["non-polar", "it is nonpolar"],
    ["ATP/energy", "respiration releases energy"],
    ["W/t", "P = W/t"],
    ["t^2", "s = 4.9t²"],
    ["k[NO2][F2]", "rate = k[NO₂][F₂]"],
    ["2+", "Cu2+ ions"],
    ["x = 8", "so x = 8."],
    ["9.8", "g = 9.80 m s^-2"],
    ["45 000", "45000 J"],
    ["2.0e-3", "2.0 × 10^-3 mol"],
    ["-0.4", "ψ = −0.40 MPa"],
    ["fλ", "v = fλ"],
    ["2pi", String.raw`$T = 2\pi\sqrt{l/g}$`],
    ["Ψs + Ψp", "water potential = Ψs + Ψp"],
  ])("%j is found in %j", (keyword, answer) => {
    expect(matches(keyword, answer)).toBe(true);
  });

  it.each([
    ["9.8", "g = 9.81 m s^-2"],
    ["45.5", "about 45 m"],
    ["45", "x = 45.46 m"],
    ["-0.4", "0.4 MPa"],
    ["x = 8", "x = 80"],
    ["e-", "the gas molecules re-emit"],
    ["W/t", "work divided by time"],
    ["helix", "a double strand"],
    ["ATP/energy", "adenosine"],
    ["2 ATP", "12 ATP"],
  ])("%j is not found in %j", (keyword, answer) => {
    expect(matches(keyword, answer)).toBe(false);
  });

  it("suggests a point by a distinctive number in its text when it has no keywords", () => {
    const point = { id: "p2", text: String.raw`$t = 3.03\ \text{s}$ (from $\tfrac{1}{2}$)`, keywords: [] };
    expect(suggestPoints([point], "t = 3.03 s")).toEqual([{ label: "p2", matched: ["3.03"] }]);
    expect(suggestPoints([point], "t = 1/2 s")).toEqual([{ label: "p2", matched: [] }]);
  });
});
