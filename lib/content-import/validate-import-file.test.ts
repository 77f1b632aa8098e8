import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { upsertQuestion } from "@/lib/questions/upsert-question";
import { questionInput } from "@/lib/questions/question-input";
import { validateImportFile } from "./validate-import-file";
import type { ImportQuestionRow } from "./import-row";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "./import-limits";
import { csvFile, csvText, jsonFile, jsonQuestion, mcqCsvRow, numericCsvRow, toBytes, uniqueKey } from "@/lib/test-support/import-rows";

const createdKeys: string[] = [];
afterAll(async () => {
  await db.question.deleteMany({ where: { key: { in: createdKeys } } });
});

/** The reasons of the only row of a one-row file. */
async function reasonsOf(file: { fileName: string; bytes: Uint8Array }): Promise<string[]> {
  const result = await validateImportFile(file);
  expect(result.rows).toHaveLength(0);
  expect(result.rejected).toHaveLength(1);
  return result.rejected[0]!.reasons;
}

describe("validateImportFile: the example files", () => {
  it.each(["questions.csv", "questions.json"])("public/import-examples/%s is valid against the seeded catalog", async (name) => {
    const bytes = fs.readFileSync(path.join(process.cwd(), "public/import-examples", name));
    const result = await validateImportFile({ fileName: name, bytes });
    expect(result.rejected).toEqual([]);
    expect(result.rows.length).toBeGreaterThanOrEqual(3);
    expect(result.totalRows).toBe(result.rows.length);
  });
});

describe("validateImportFile: CSV", () => {
  it("reads a valid NUMERIC and a valid MCQ row into the question shape, placed in their courses", async () => {
    const num = numericCsvRow({ numeric_tolerance: "0.5", unit: "m", status: "Published" });
    const mcq = mcqCsvRow();
    const result = await validateImportFile(csvFile([num, mcq]));
    expect(result.format).toBe("csv");
    expect(result.rejected).toEqual([]);
    const [n, m] = result.rows as ImportQuestionRow[];
    const course = await db.course.findUniqueOrThrow({ where: { slug: "math-aa-sl" }, select: { id: true } });
    expect(n).toMatchObject({ row: 2, key: num.key, courseId: course.id, courseSlug: "math-aa-sl", status: "PUBLISHED" });
    expect(n!.question).toMatchObject({
      type: "NUMERIC",
      numericAnswer: { value: 29, tolerance: 0.5, unit: "m" },
      calculator: false,
      source: { kind: "imported" },
    });
    expect(n!.question.markscheme).toEqual([
      { id: "M1", kind: "M", marks: 1, text: "Uses $u_n = u_1 + (n-1)d$", dependsOn: [], keywords: [] },
      { id: "A1", kind: "A", marks: 1, text: "$29$", dependsOn: ["M1"], keywords: ["29"] },
    ]);
    expect(m).toMatchObject({ row: 3, status: "DRAFT", question: { type: "MCQ", correctOptionId: "C", calculator: true } });
    expect(m!.question.type === "MCQ" && m!.question.options.map((o) => o.id)).toEqual(["A", "B", "C", "D"]);
  });

  it("reads the flags that make the significant figures and the unit earn marks", async () => {
    const row = numericCsvRow({ numeric_value: "0.12", numeric_sig_figs: "3", numeric_sig_figs_exact: "yes", unit: "mol", unit_required: "yes" });
    const result = await validateImportFile(csvFile([row]));
    expect(result.rejected).toEqual([]);
    expect((result.rows[0] as ImportQuestionRow).question).toMatchObject({
      numericAnswer: { value: 0.12, sigFigs: 3, sigFigsExact: true, unit: "mol", unitRequired: true },
    });
    expect(await reasonsOf(csvFile([numericCsvRow({ numeric_sig_figs_exact: "yes" })]))).toEqual([
      "numeric_sig_figs: Marking the significant figures needs the number of figures the question asks for",
    ]);
    expect(await reasonsOf(csvFile([numericCsvRow({ unit_required: "yes" })]))).toEqual(["unit: A unit that earns a mark needs the unit itself"]);
    expect(await reasonsOf(csvFile([numericCsvRow({ unit_required: "maybe" })]))).toEqual(['unit_required must be yes or no (got "maybe")']);
  });

  it("rejects an MCQ without a correct option, saying which column is missing", async () => {
    expect(await reasonsOf(csvFile([mcqCsvRow({ correct_option: "" })]))).toEqual(["correct_option is required for MCQ questions"]);
  });

  it("rejects an MCQ whose correct option is not among its options", async () => {
    expect(await reasonsOf(csvFile([mcqCsvRow({ correct_option: "E" })]))).toEqual([
      "correct_option: The correct answer E is not one of the options (A, B, C, D)",
    ]);
  });

  it("rejects an unknown course, and a topic that is not in the course's syllabus", async () => {
    expect(await reasonsOf(csvFile([numericCsvRow({ course: "math-zz-sl" })]))).toEqual([
      'course "math-zz-sl" does not exist (use a course slug such as "math-aa-sl")',
    ]);
    // 1.10 (partial fractions) is additional higher level: in the HL syllabus only.
    expect(await reasonsOf(csvFile([numericCsvRow({ topic: "1.10" })]))).toEqual(['topic "1.10" is not in the syllabus of math-aa-sl']);
  });

  it("rejects marking points that do not add up to the question's marks", async () => {
    expect(await reasonsOf(csvFile([numericCsvRow({ marks: "3" })]))).toEqual([
      "marking_points: The marking points add up to 2 marks but the question is worth 3 marks",
    ]);
  });

  it("rejects repeated labels, and points that depend on a later or unknown label", async () => {
    const reasons = await reasonsOf(
      csvFile([numericCsvRow({ marks: "3", marking_points: "A1 [A] (1) after M1: answer ;; M1 [M] (1): method ;; M1 [M] (1) after Q9: method again" })]),
    );
    expect(reasons).toEqual([
      "marking_points: The label M1 is already used by point 2",
      "marking_points: A1 depends on M1, which comes after it: a point can only depend on points above it",
      "marking_points: M1 depends on Q9, but there is no point Q9",
    ]);
  });

  it("reports every problem of a row at once, named by its CSV column", async () => {
    const reasons = await reasonsOf(
      csvFile([
        numericCsvRow({
          difficulty: "9",
          calculator: "maybe",
          command_term: "Compute",
          paper: "P4",
          numeric_value: "1,5",
          marking_points: "method without a header",
        }),
      ]),
    );
    expect(reasons).toEqual([
      'calculator must be yes or no (got "maybe")',
      'marking_points: point 1 ("method without a header"): write each point as `LABEL [KIND] (MARKS): text`, e.g. `M1 [M] (1): uses the sum formula`',
      'numeric_value must be a number (got "1,5") (use a decimal point, not a comma)',
      "difficulty must be at most 5",
      'paper "P4" must be one of P1, P1A, P1B, P2, P3',
      'command term "Compute" is not an IB command term (the import format lists them)',
    ]);
  });

  it("rejects options and numeric columns on a question of another type", async () => {
    const reasons = await reasonsOf(csvFile([numericCsvRow({ type: "WRITTEN", options: "A: 1 | B: 2" })]));
    expect(reasons).toEqual(["options and correct_option are only for MCQ questions", "numeric_value is only for NUMERIC questions"]);
  });

  it("rejects every row of a key used twice in the file, naming the rows", async () => {
    const key = uniqueKey("dup");
    const result = await validateImportFile(csvFile([numericCsvRow({ key }), mcqCsvRow(), numericCsvRow({ key })]));
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.rejected).toEqual([
      { row: 2, key, reasons: [`key "${key}" is used on more than one row (rows 2, 4): keys must be unique within a file`] },
      { row: 4, key, reasons: [`key "${key}" is used on more than one row (rows 2, 4): keys must be unique within a file`] },
    ]);
  });

  it("rejects a key that belongs to a question in another course", async () => {
    const key = uniqueKey("moved");
    createdKeys.push(key);
    const course = await db.course.findUniqueOrThrow({
      where: { slug: "math-aa-hl" },
      select: { id: true, topics: { where: { code: "1.2" }, select: { id: true } } },
    });
    const seedShape = { ...jsonQuestion({ key }), levels: ["HL"], topicCode: "1.2" };
    await upsertQuestion(questionInput.parse(seedShape), { key, courseId: course.id, topicId: course.topics[0]!.id }, "DRAFT");
    expect(await reasonsOf(csvFile([numericCsvRow({ key })]))).toEqual([
      `key "${key}" already belongs to a question in math-aa-hl: a question cannot move to another course (use a new key)`,
    ]);
  });

  it("rejects a row with the wrong number of cells", async () => {
    const text = csvText([numericCsvRow()]).replace(/\r\n$/, ",extra\r\n");
    expect(await reasonsOf({ fileName: "q.csv", bytes: toBytes(text) })).toEqual(["the row has 23 cells but the header has 22 columns"]);
  });

  it("refuses a header with unknown or missing columns as a whole", async () => {
    const text = "key,course,topic,typ\r\nk,math-aa-sl,1.2,NUMERIC\r\n";
    const error = await validateImportFile({ fileName: "q.csv", bytes: toBytes(text) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/unknown column\(s\) "typ".*missing column\(s\) "type", "difficulty"/);
  });
});

describe("validateImportFile: JSON", () => {
  it("accepts questions in the seed's shape with course and topic", async () => {
    const q = jsonQuestion({ status: "published" });
    const result = await validateImportFile(jsonFile([q]));
    expect(result.format).toBe("json");
    expect(result.rejected).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      row: 1,
      key: q.key,
      courseSlug: "math-aa-sl",
      status: "PUBLISHED",
      question: { type: "WRITTEN", source: { kind: "imported" } },
    });
  });

  it("rejects an MCQ without a correct option", async () => {
    const q = jsonQuestion({
      type: "MCQ",
      course: "physics-sl",
      topic: "A.1",
      marks: 1,
      options: [
        { id: "A", text: "1" },
        { id: "B", text: "2" },
      ],
      markscheme: [{ id: "p1", kind: "POINT", marks: 1, text: "B" }],
    });
    expect(await reasonsOf(jsonFile([q]))).toEqual(["correctOptionId is required for MCQ questions"]);
  });

  it("rejects each rule with the JSON field named", async () => {
    const reasons = await reasonsOf(
      jsonFile([
        jsonQuestion({
          course: "math-aa-sl",
          topic: "9.9",
          marks: 3,
          markscheme: [
            { id: "A1", kind: "A", marks: 1, text: "answer", dependsOn: ["M1"] },
            { id: "M1", kind: "M", marks: -1, text: "" },
          ],
          levels: ["SL"],
        }),
      ]),
    );
    expect(reasons).toEqual([
      'levels is not used in imports: name one course (e.g. "math-aa-sl") in course',
      'topic "9.9" is not in the syllabus of math-aa-sl',
      "markscheme[1].marks must be at least 0",
      "markscheme[1].text must not be empty",
      "markscheme: A1 depends on M1, which comes after it: a point can only depend on points above it",
      "markscheme: The marking points add up to 0 marks but the question is worth 3 marks",
    ]);
  });

  it("rejects an item that is not an object and a missing course", async () => {
    const { course: _course, ...noCourse } = jsonQuestion();
    const result = await validateImportFile(jsonFile(["not a question", noCourse]));
    expect(result.rejected).toEqual([
      { row: 1, key: null, reasons: ["each item of the array must be a question object { ... }"] },
      { row: 2, key: noCourse.key, reasons: ["course is required"] },
    ]);
  });

  it("refuses a file that is not an array, or not JSON", async () => {
    await expect(validateImportFile({ fileName: "q.json", bytes: toBytes('{"questions": []}') })).rejects.toThrow(/must contain an array of questions/);
    await expect(validateImportFile({ fileName: "q.json", bytes: toBytes("[{") })).rejects.toThrow(/not valid JSON/);
  });
});

describe("validateImportFile: the file as a whole", () => {
  it("refuses files over 5 MB, over 5 000 rows, of another type, empty or not UTF-8", async () => {
    await expect(validateImportFile({ fileName: "q.csv", bytes: new Uint8Array(MAX_IMPORT_FILE_BYTES + 1) })).rejects.toThrow(/limit is 5 MB/);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    await expect(validateImportFile(jsonFile(many))).rejects.toThrow(/has 5001 questions; the limit is 5000/);
    await expect(validateImportFile({ fileName: "q.xlsx", bytes: toBytes("x") })).rejects.toThrow("Upload a .csv or .json file.");
    await expect(validateImportFile({ fileName: "q.json", bytes: new Uint8Array() })).rejects.toThrow("The file is empty.");
    await expect(validateImportFile({ fileName: "q.csv", bytes: new Uint8Array([0x6b, 0xff, 0xfe]) })).rejects.toThrow(/not UTF-8/);
  });
});
