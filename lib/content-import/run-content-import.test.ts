import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { catalogKey, courseKey } from "@/lib/catalog/catalog-cache";
import { redis } from "@/lib/redis/redis-client";
import { createContentImport } from "./create-content-import";
import { failContentImport, runContentImport } from "./run-content-import";
import { contentImportReport } from "./content-import-report";
import { IMPORT_BATCH_SIZE } from "./import-limits";
import { csvFile, jsonFile, jsonQuestion, mcqCsvRow, numericCsvRow } from "@/lib/test-support/import-rows";
import { createTestUser } from "@/lib/test-support/users";

let admin: string;
const keys: string[] = [];

beforeAll(async () => {
  admin = (await createTestUser({ role: "ADMIN" })).id;
});
afterAll(async () => {
  await db.question.deleteMany({ where: { key: { in: keys } } });
  await db.user.delete({ where: { id: admin } });
});

const versions = async (k: string[]) =>
  Object.fromEntries(
    (await db.$primary().question.findMany({ where: { key: { in: k } }, select: { key: true, version: true } })).map((q) => [q.key, q.version]),
  );

describe("createContentImport", () => {
  it("stores a VALIDATED import with its valid rows, rejects, counts and the file's SHA-256", async () => {
    const good = numericCsvRow();
    const file = csvFile([good, mcqCsvRow({ correct_option: "" })]);
    const created = await createContentImport({ id: admin }, { ...file, fileName: "C:\\fakepath\\june.csv" });

    expect(created).toMatchObject({ totalRows: 2, validRows: 1, rejectedRows: 1 });
    expect(created.fileSha256).toBe(createHash("sha256").update(file.bytes).digest("hex"));
    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({
      status: "VALIDATED",
      fileName: "june.csv",
      format: "csv",
      totalRows: 2,
      validRows: 1,
      importedRows: 0,
      createdById: admin,
      fileSha256: created.fileSha256,
    });
    expect((stored.rows as { key: string }[]).map((r) => r.key)).toEqual([good.key]);
    expect(contentImportReport.parse(stored.report).rejected).toEqual([
      { row: 3, key: expect.any(String), reasons: ["correct_option is required for MCQ questions"] },
    ]);
    expect(await db.$primary().auditLog.count({ where: { entityId: created.id, action: "content-import.upload", actorId: admin } })).toBe(1);
  });

  it("gives the same file the same SHA-256 and a changed file another", async () => {
    const row = numericCsvRow();
    const a = await createContentImport({ id: admin }, csvFile([row]));
    const b = await createContentImport({ id: admin }, csvFile([row]));
    const c = await createContentImport({ id: admin }, csvFile([{ ...row, stem: `${row.stem} ` + "(changed)" }]));
    expect(a.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fileSha256).toBe(a.fileSha256);
    expect(c.fileSha256).not.toBe(a.fileSha256);
  });
});

describe("runContentImport", () => {
  it("imports once however many times it runs: counts stable, versions not bumped, an audit entry, caches dropped", async () => {
    const rows = [numericCsvRow({ status: "published" }), mcqCsvRow(), numericCsvRow({ topic: "1.3" })];
    keys.push(...rows.map((r) => r.key!));
    const { id } = await createContentImport({ id: admin }, csvFile(rows));
    await cache.getOrCompute(courseKey("physics-sl"), { cache: "catalog", ttlSeconds: 60 }, async () => ({ stale: true }));

    const first = await runContentImport({ importId: id });
    expect(first).toMatchObject({
      status: "SUCCEEDED",
      ran: true,
      result: { created: 3, updated: 0, unchanged: 0, batchesDone: 1, changedCourseSlugs: ["math-aa-sl", "physics-sl"] },
    });
    expect(await redis.exists(courseKey("physics-sl"), catalogKey())).toBe(0);
    const afterFirst = await versions(keys.slice(-3));
    expect(Object.values(afterFirst)).toEqual([1, 1, 1]);

    for (let i = 0; i < 4; i++) {
      const again = await runContentImport({ importId: id });
      expect(again).toMatchObject({ status: "SUCCEEDED", ran: false, result: first.result });
    }
    expect(await versions(keys.slice(-3))).toEqual(afterFirst);
    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "SUCCEEDED", importedRows: 3 });
    expect(stored.finishedAt).toBeInstanceOf(Date);
    expect(await db.$primary().auditLog.count({ where: { entityId: id, action: "content-import.run" } })).toBe(1);

    const published = await db
      .$primary()
      .question.findUniqueOrThrow({ where: { key: rows[0]!.key! }, include: { markingPoints: { orderBy: { sortOrder: "asc" } } } });
    expect(published).toMatchObject({ status: "PUBLISHED", createdById: admin, numericAnswer: { value: 29 } });
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect(published.markingPoints.map((p) => [p.label, p.dependsOn])).toEqual([
      ["M1", []],
      ["A1", ["M1"]],
    ]);
  });

  it("finds nothing to change when the same file is imported again, and bumps only the questions that changed", async () => {
    const questions = [jsonQuestion(), jsonQuestion({ type: "NUMERIC", marks: 2, numericAnswer: { value: 2.5, tolerance: 0.05, unit: "m" } })];
    keys.push(...questions.map((q) => q.key as string));
    const first = await createContentImport({ id: admin }, jsonFile(questions));
    await runContentImport({ importId: first.id });

    const again = await createContentImport({ id: admin }, jsonFile(questions));
    expect(await runContentImport({ importId: again.id })).toMatchObject({
      ran: true,
      result: { created: 0, updated: 0, unchanged: 2, changedCourseSlugs: [] },
    });
    expect(Object.values(await versions(questions.map((q) => q.key as string)))).toEqual([1, 1]);

    const edited = [questions[0], { ...questions[1], stem: "A different stem." }];
    const third = await createContentImport({ id: admin }, jsonFile(edited));
    expect(await runContentImport({ importId: third.id })).toMatchObject({
      result: { created: 0, updated: 1, unchanged: 1, changedCourseSlugs: ["math-aa-sl"] },
    });
    expect(await versions(questions.map((q) => q.key as string))).toEqual({ [questions[0]!.key as string]: 1, [questions[1]!.key as string]: 2 });
  });

  it("writes in batches and resumes after the last committed batch", async () => {
    const rows = Array.from({ length: IMPORT_BATCH_SIZE + 5 }, () => numericCsvRow());
    keys.push(...rows.map((r) => r.key!));
    const { id } = await createContentImport({ id: admin }, csvFile(rows));
    // As if a first run had committed batch 1 and died: IMPORTING with one batch recorded. The batch's
    // questions are deliberately absent, so anything this run writes for them would show.
    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id }, select: { report: true } });
    const firstBatch = rows.slice(0, IMPORT_BATCH_SIZE).map((r) => r.key!);
    await db.contentImport.update({
      where: { id },
      data: {
        status: "IMPORTING",
        report: {
          ...(stored.report as object),
          result: { batchesDone: 1, created: IMPORT_BATCH_SIZE, updated: 0, unchanged: 0, changedCourseSlugs: ["math-aa-sl"] },
        },
      },
    });

    const outcome = await runContentImport({ importId: id });
    expect(outcome.result).toMatchObject({ batchesDone: 2, created: IMPORT_BATCH_SIZE + 5, updated: 0, unchanged: 0 });
    // Only the second batch was written by this run.
    expect(await db.$primary().question.count({ where: { key: { in: firstBatch } } })).toBe(0);
    expect(await db.$primary().question.count({ where: { key: { in: rows.slice(IMPORT_BATCH_SIZE).map((r) => r.key!) } } })).toBe(5);
  });

  it("leaves a failed import alone and says why it failed", async () => {
    const row = numericCsvRow();
    keys.push(row.key!);
    const { id } = await createContentImport({ id: admin }, csvFile([row]));
    await failContentImport({ importId: id, error: "gave up after 3 attempts" });
    expect(await runContentImport({ importId: id })).toMatchObject({ status: "FAILED", ran: false });
    const stored = await db.$primary().contentImport.findUniqueOrThrow({ where: { id } });
    expect(contentImportReport.parse(stored.report).error).toBe("gave up after 3 attempts");
    expect(await db.$primary().question.count({ where: { key: row.key! } })).toBe(0);
  });

  it("answers an unknown import with a not-found error", async () => {
    await expect(runContentImport({ importId: "00000000-0000-7000-8000-000000000000" })).rejects.toThrow("No such import.");
    await expect(runContentImport({ importId: "not-a-uuid" })).rejects.toThrow("No such import.");
  });
});
