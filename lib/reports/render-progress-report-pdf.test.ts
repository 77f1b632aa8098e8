import { describe, expect, it } from "vitest";
import type { StudentProgressReport } from "./progress-report-types";
import { pdfSafeText } from "./pdf-safe-text";
import { renderProgressReportPdf } from "./render-progress-report-pdf";

const student = (name: string, overrides: Partial<StudentProgressReport> = {}): StudentProgressReport => ({
  userId: name,
  name,
  email: `${name.toLowerCase().replaceAll(" ", ".")}@example.test`,
  courses: [
    {
      name: "Physics SL",
      level: "SL",
      targetGrade: 6,
      topics: [
        { code: "A", title: "Space, time and motion", mastery: 0.62, attempts: 9, practised: 2, cells: 5 },
        { code: "B", title: "The particulate nature of matter", mastery: null, attempts: 0, practised: 0, cells: 4 },
      ],
      prediction: { grade: 5, low: 4, high: 6, percent: 61.5, basis: 9, questions: 8, topicsCovered: 3, topicsTotal: 20, session: "M25" },
      predictionNeeds: 0,
      weakTopics: [{ code: "A.2", title: "Forces and momentum", mastery: 0.31, attempts: 4 }],
    },
  ],
  activity: { answered: 12, marked: 11, marksAwarded: 20, maxMarks: 31, accuracy: 0.645 },
  flashcards: { dueToday: 7, reviewedLast30Days: 40 },
  ...overrides,
});

/** The text drawn on the pages: pdfkit writes it as hex strings in TJ arrays, split wherever it kerns. */
function pageText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  return [...source.matchAll(/\[([^\]]*)\] TJ/g)]
    .map(([, ops]) => [...ops!.matchAll(/<([0-9a-f]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""))
    .join("\n");
}

const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;

describe("renderProgressReportPdf", () => {
  it("makes a PDF with one page per student, each showing the student's name and figures", async () => {
    const names = ["Ada Lovelace", "Émile Châtelet", "Wang Zhenyi"];
    const pdf = await renderProgressReportPdf(
      names.map((n) => student(n)),
      { generatedAt: new Date("2026-11-23T10:00:00Z"), compress: false },
    );

    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(3);
    const text = pageText(pdf);
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain("Predicted grade: 5 (likely 4–6)".replace("–", "\x96")); // WinAnsi en dash
    expect(text).toContain("based on 8 questions across 3 of 20 topics");
    expect(text).toContain("accuracy 65% (20 of 31 marks)");
    expect(text).toContain("7 due today");
    expect(text).toContain("A.2 Forces and momentum (31%)");
  });

  it("says when a grade cannot be predicted yet and when a student has no course", async () => {
    const waiting = student("Grace Hopper");
    waiting.courses[0] = { ...waiting.courses[0]!, prediction: null, predictionNeeds: 3 };
    const pdf = await renderProgressReportPdf([waiting, student("Alan Turing", { courses: [] })], { generatedAt: new Date(), compress: false });
    expect(pageCount(pdf)).toBe(2);
    const text = pageText(pdf);
    expect(text).toContain("not enough evidence yet: 3 more different questions needed");
    expect(text).toContain("Not enrolled in any course yet.");
  });

  it("still makes a one-page PDF when no student matched", async () => {
    const pdf = await renderProgressReportPdf([], { generatedAt: new Date(), compress: false });
    expect(pageCount(pdf)).toBe(1);
    expect(pageText(pdf)).toContain("No students matched this report.");
  });

  it("compresses by default, and is still a PDF with the same pages", async () => {
    const three = [student("A One"), student("B Two"), student("C Three")];
    const compressed = await renderProgressReportPdf(three, { generatedAt: new Date() });
    const plain = await renderProgressReportPdf(three, { generatedAt: new Date(), compress: false });
    expect(compressed.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(compressed)).toBe(3);
    expect(compressed.length).toBeLessThan(plain.length);
  });
});

describe("pdfSafeText", () => {
  it("keeps Latin-1 and typographic marks and replaces what the built-in fonts cannot draw", () => {
    expect(pdfSafeText("Zoë – “Ørsted” €5")).toBe("Zoë – “Ørsted” €5");
    expect(pdfSafeText("李雷 Łukasz")).toBe("?? ?ukasz");
  });
});
