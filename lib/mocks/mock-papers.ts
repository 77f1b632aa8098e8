import type { PaperCode } from "@/lib/catalog/catalog-input";

export type CoursePaperInfo = { code: PaperCode; name: string; durationMinutes: number; totalMarks: number; calculator: boolean };

/** A paper a mock can be sat as: one of the course's papers, or the sciences' Paper 1 (1A and 1B together). */
export type MockPaper = {
  code: PaperCode;
  name: string;
  durationMinutes: number;
  totalMarks: number;
  /** True when a calculator is allowed in every part. */
  calculator: boolean;
  /** The question-bank papers the mock draws from, each with its own marks and calculator rule. */
  parts: { code: PaperCode; totalMarks: number; calculator: boolean }[];
};

const single = (p: CoursePaperInfo): MockPaper => ({
  code: p.code,
  name: p.name,
  durationMinutes: p.durationMinutes,
  totalMarks: p.totalMarks,
  calculator: p.calculator,
  parts: [{ code: p.code, totalMarks: p.totalMarks, calculator: p.calculator }],
});

/**
 * The 2025 science syllabuses sit Paper 1A (multiple choice) and Paper 1B (data-based) as one Paper 1
 * in a single sitting, so a course with both parts and no P1 of its own also offers "P1": each part keeps
 * its own marks and calculator rule, and the time is the sum of the two.
 */
function combinedPaperOne(papers: CoursePaperInfo[]): MockPaper | null {
  if (papers.some((p) => p.code === "P1")) return null;
  const a = papers.find((p) => p.code === "P1A");
  const b = papers.find((p) => p.code === "P1B");
  if (!a || !b) return null;
  return {
    code: "P1",
    name: "Paper 1 (1A and 1B together)",
    durationMinutes: a.durationMinutes + b.durationMinutes,
    totalMarks: a.totalMarks + b.totalMarks,
    calculator: a.calculator && b.calculator,
    parts: [
      { code: "P1A", totalMarks: a.totalMarks, calculator: a.calculator },
      { code: "P1B", totalMarks: b.totalMarks, calculator: b.calculator },
    ],
  };
}

/** Every paper a course's mocks can be sat as, in paper order (P1, P1A, P1B, P2, P3). */
export function mockPapersOf(papers: CoursePaperInfo[]): MockPaper[] {
  const order = ["P1", "P1A", "P1B", "P2", "P3"];
  const all = [...papers.map(single), ...[combinedPaperOne(papers)].filter((p) => p !== null)];
  return all.sort((x, y) => order.indexOf(x.code) - order.indexOf(y.code));
}

export function resolveMockPaper(papers: CoursePaperInfo[], code: PaperCode): MockPaper | null {
  return mockPapersOf(papers).find((p) => p.code === code) ?? null;
}
