import { describe, expect, it } from "vitest";
import type { MarkedGrounding, VisibleQuestion } from "@/lib/tutor/tutor-grounding";
import { figuresAsAltText } from "@/lib/tutor/load-tutor-grounding";
import { HISTORY_MAX_CHARS, HISTORY_MAX_TURNS, tutorPrompt, type TutorTurn } from "@/lib/tutor/tutor-prompt";

const question: VisibleQuestion = {
  course: "Physics SL",
  topic: { code: "A.1", title: "Kinematics" },
  type: "NUMERIC",
  marks: 2,
  commandTerm: "Calculate",
  paper: "P2",
  calculator: true,
  stem: "Calculate the time to fall.",
  options: null,
  unit: "s",
  group: {
    context: "A ball is dropped from 20 m. [Figure: a ball above the ground]",
    parts: [
      { label: "a", marks: 1, stem: "State the acceleration.", current: false },
      { label: "b(i)", marks: 2, stem: "Calculate the time to fall.", current: true },
    ],
  },
};
const marked: MarkedGrounding = {
  markingPoints: [{ label: "M1", kind: "M", marks: 1, text: "uses s = ½gt²" }],
  markbands: null,
  correctOption: null,
  numericAnswer: "2.0 s",
  workedSolution: "t = √(2s/g) = 2.0 s",
  answer: { type: "NUMERIC", value: "3 s" },
  marksAwarded: 0,
  maxMarks: 2,
  pointAwards: [{ label: "M1", marks: 1, awarded: false }],
  bandAwards: [],
};

describe("tutorPrompt", () => {
  it("carries the course, topic, the group's context and every part, the current one marked", () => {
    const { system } = tutorPrompt({ mode: "hint", question }, [], "Where do I start?", "ask");
    for (const text of [
      "Physics SL",
      "A.1 Kinematics",
      "A ball is dropped from 20 m.",
      "[Figure: a ball above the ground]",
      "(a) [1 mark] State the acceleration.",
    ])
      expect(system).toContain(text);
    expect(system).toContain("(b)(i) [2 marks] (the part the student is working on) Calculate the time to fall.");
    expect(system).toContain("The answer is expected in s.");
    expect(system).toMatch(/Give hints only/);
  });

  it("hint mode has no place for the markscheme; after marking it is there with the marked answer", () => {
    const hint = JSON.stringify(tutorPrompt({ mode: "hint", question }, [], "?", "ask"));
    expect(hint).not.toMatch(/markscheme>|worked_solution|½gt²|2\.0 s/);
    const after = tutorPrompt({ mode: "after-marking", question, marked }, [], "Why?", "why-lost-mark");
    expect(after.system).toContain("- M1 (M, 1 mark): uses s = ½gt² — not awarded");
    expect(after.system).toContain("Expected answer: 2.0 s");
    expect(after.system).toContain("The student's answer, marked 0 of 2 marks:\n<student_answer>\n3 s\n</student_answer>");
    expect(after.messages.at(-1)!.content).toMatch(/Task: go through the markscheme points/);
  });

  it("sends only the newest turns that fit, never starting with the tutor's", () => {
    const history: TutorTurn[] = Array.from({ length: 30 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: `turn ${i}`, status: "complete" }));
    const { messages } = tutorPrompt({ mode: "hint", question }, history, "latest", "ask");
    expect(messages).toHaveLength(HISTORY_MAX_TURNS + 1);
    expect(JSON.stringify(messages[0])).toContain("turn 18");
    const long: TutorTurn[] = [
      { role: "user", content: "x".repeat(HISTORY_MAX_CHARS), status: "complete" },
      { role: "assistant", content: "cut answer", status: "cut" },
      { role: "user", content: "short", status: "complete" },
      { role: "assistant", content: "ok", status: "complete" },
    ];
    const capped = tutorPrompt({ mode: "hint", question }, long, "latest", "ask").messages;
    expect(capped.map((m) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(JSON.stringify(capped)).not.toContain("xxxx");
  });

  it("marks a cut answer in the history as cut", () => {
    const history: TutorTurn[] = [
      { role: "user", content: "q", status: "complete" },
      { role: "assistant", content: "Start by", status: "cut" },
    ];
    expect(tutorPrompt({ mode: "hint", question }, history, "go on", "ask").messages[1]).toEqual({
      role: "assistant",
      content: "Start by\n\n[This answer was cut off.]",
    });
  });
});

describe("figuresAsAltText", () => {
  it("replaces every figure by its alt text, dropping the URL", () => {
    expect(figuresAsAltText('See ![a graph of v against t](/figures/abc.svg "title") and ![](/figures/d.png).')).toBe(
      "See [Figure: a graph of v against t] and [Figure: no description].",
    );
  });
});
