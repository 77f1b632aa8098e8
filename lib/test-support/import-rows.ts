import { randomUUID } from "node:crypto";
import { optionalCsvColumns, requiredCsvColumns } from "@/lib/content-import/read-csv-questions";

// Builders for import tests: every question key is unique to the run, so tests never collide
// with each other or with seeded content.

export const uniqueKey = (label: string) => `t-${randomUUID().slice(0, 8)}-${label}`;

export const toBytes = (text: string) => new TextEncoder().encode(text);

type CsvRow = Partial<Record<(typeof requiredCsvColumns)[number] | (typeof optionalCsvColumns)[number], string>>;
const columns = [...requiredCsvColumns, ...optionalCsvColumns];

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function csvText(rows: CsvRow[]): string {
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c] ?? "")).join(","))].join("\r\n") + "\r\n";
}

export function numericCsvRow(overrides: CsvRow = {}): CsvRow {
  return {
    key: uniqueKey("num"),
    course: "math-aa-sl",
    topic: "1.2",
    type: "NUMERIC",
    difficulty: "2",
    marks: "2",
    paper: "P1",
    calculator: "no",
    command_term: "Find",
    stem: "An arithmetic sequence has $u_1 = 2$ and $d = 3$. Find $u_{10}$.",
    numeric_value: "29",
    worked_solution: "$u_{10} = 2 + 9 \\times 3 = 29$.",
    marking_points: "M1 [M] (1): Uses $u_n = u_1 + (n-1)d$ ;; A1 [A] (1) after M1 keywords 29: $29$",
    ...overrides,
  };
}

export function mcqCsvRow(overrides: CsvRow = {}): CsvRow {
  return {
    key: uniqueKey("mcq"),
    course: "physics-sl",
    topic: "A.1",
    type: "MCQ",
    difficulty: "1",
    marks: "1",
    paper: "P1A",
    calculator: "yes",
    command_term: "Determine",
    stem: "A ball falls from rest for $2.0\\ \\text{s}$. What is its speed? ($g = 9.8\\ \\text{m s}^{-2}$)",
    options: "A: $4.9$ | B: $9.8$ | C: $19.6$ | D: $39.2$",
    correct_option: "C",
    worked_solution: "$v = gt = 19.6\\ \\text{m s}^{-1}$",
    marking_points: "p1 [POINT] (1): C",
    ...overrides,
  };
}

/** A valid question in the JSON import shape. */
export function jsonQuestion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key: uniqueKey("json"),
    course: "math-aa-sl",
    topic: "2.7",
    type: "WRITTEN",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    calculator: false,
    commandTerm: "Solve",
    stem: "Solve $x^2 - 5x + 6 = 0$.",
    markscheme: [
      { id: "M1", kind: "M", marks: 1, text: "Factorises: $(x - 2)(x - 3) = 0$" },
      { id: "A1", kind: "A", marks: 1, text: "$x = 2$ or $x = 3$", dependsOn: ["M1"] },
    ],
    workedSolution: "$(x - 2)(x - 3) = 0$, so $x = 2$ or $x = 3$.",
    ...overrides,
  };
}

export const jsonFile = (questions: unknown[]) => ({ fileName: "questions.json", bytes: toBytes(JSON.stringify(questions)) });
export const csvFile = (rows: CsvRow[]) => ({ fileName: "questions.csv", bytes: toBytes(csvText(rows)) });

const numericPart = (label: string, value: number, extra: Record<string, unknown> = {}) => ({
  label,
  type: "NUMERIC",
  difficulty: 2,
  marks: 1,
  commandTerm: "Calculate",
  stem: `Part ${label}: give the value in metres.`,
  numericAnswer: { value, unit: "m", ...extra },
  markscheme: [{ id: "A1", kind: "A", marks: 1, text: `$${value}$ m` }],
  workedSolution: `$${value}$ m`,
});

/** A valid multi-part question in the JSON import shape: (a) 12, (b) 48, (c) 288 following through (a) and (b). */
export function jsonGroup(course: string, topic: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key: uniqueKey("group"),
    course,
    topic,
    paper: "P2",
    calculator: true,
    context: "A cyclist accelerates from rest at $1.5\\ \\text{m s}^{-2}$ for $8.0$ s, then rides at constant speed for $20$ s.",
    parts: [numericPart("a", 12), numericPart("b", 48), numericPart("c", 288, { followThrough: { from: ["a", "b"], value: "b + 20 * a" } })],
    ...overrides,
  };
}
