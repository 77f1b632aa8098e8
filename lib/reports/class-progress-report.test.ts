import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { buildGeneratedFile } from "@/lib/workers/build-generated-file";
import { rejectionOf } from "@/lib/test-support/rejection";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { progressReportParams } from "./report-params";
import { requestClassProgressReport } from "./request-progress-report";
import { resolveReportStudents } from "./resolve-report-students";

let cls: TestClass;
let other: TestClass;

beforeAll(async () => {
  cls = await createTestClass({ students: 2 });
  other = await createTestClass({ students: 1 });
});
afterAll(async () => {
  await db.generatedFile.deleteMany({ where: { ownerId: { in: [cls.teacher.id, other.teacher.id] } } });
  await deleteTestClass(cls);
  await deleteTestClass(other);
});

describe("a class's progress report", () => {
  it("covers the class's members, in the class's course only", async () => {
    const scope = await resolveReportStudents(progressReportParams.parse({ classId: cls.id }), db.$primary() as typeof db);
    expect(scope.userIds.sort()).toEqual(cls.students.map((s) => s.id).sort());
    expect(scope.courseId).toBe(cls.courseId);
    expect(scope.userIds).not.toContain(other.students[0]!.id);
  });

  it("is asked for by the class's teacher only (404 for a teacher of another class) and built as a PDF they own", async () => {
    expect(await rejectionOf(requestClassProgressReport(other.teacher, cls.id))).toBeInstanceOf(NotFoundError);
    const { file, created } = await requestClassProgressReport(cls.teacher, cls.id);
    expect(created).toBe(true);
    expect((await requestClassProgressReport(cls.teacher, cls.id)).file.id).toBe(file.id); // same hour, same file

    expect(await buildGeneratedFile({ fileId: file.id })).toMatch(/built|already-ready/);
    const stored = await db
      .$primary()
      .generatedFile.findUniqueOrThrow({ where: { id: file.id }, select: { ownerId: true, status: true, contentType: true, content: true } });
    expect(stored).toMatchObject({ ownerId: cls.teacher.id, status: "READY", contentType: "application/pdf" });
    expect(Buffer.from(stored.content!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("needs exactly one scope in its params", () => {
    expect(progressReportParams.safeParse({ classId: cls.id, courseId: cls.courseId }).success).toBe(false);
    expect(progressReportParams.safeParse({}).success).toBe(false);
  });
});
