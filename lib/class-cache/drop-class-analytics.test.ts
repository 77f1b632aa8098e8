import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { archiveClass } from "@/lib/classes/archive-class";
import { joinClass } from "@/lib/classes/join-class";
import { newJoinCode } from "@/lib/classes/join-code";
import { leaveClass } from "@/lib/classes/leave-class";
import { invalidateDashboard } from "@/lib/progress/dashboard-cache";
import { countSqlStatements } from "@/lib/test-support/sql-statements";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import type { TestUser } from "@/lib/test-support/users";
import { classAnalyticsKey } from "./class-analytics-cache";
import { studentClassesKey } from "./student-class-index";

let x: TestClass, y: TestClass, z: TestClass;
let student: TestUser;

const cached = async (...classes: TestClass[]) => Promise.all(classes.map((c) => redis.exists(classAnalyticsKey(c.id))));
const fillCaches = () => Promise.all([x, y, z].map((c) => redis.set(classAnalyticsKey(c.id), '{"v":{}}', "EX", 600)));

beforeAll(async () => {
  x = await createTestClass({ students: 1 });
  student = x.students[0]!;
  y = await createTestClass({ students: 1 });
  await db.classMember.create({ data: { classId: y.id, userId: student.id } });
  z = await createTestClass({ students: 1 });
});
afterAll(async () => {
  await redis.del(...[x, y, z].map((c) => classAnalyticsKey(c.id)), studentClassesKey(student.id));
  for (const c of [x, y, z]) await deleteTestClass(c);
});

describe("a member's write drops their classes' analytics", () => {
  it("drops each class of theirs and no other, rebuilding their class index with one query, then with none", async () => {
    await redis.del(studentClassesKey(student.id));
    await fillCaches();
    const first = await countSqlStatements(() => invalidateDashboard(student.id));
    expect(await cached(x, y, z)).toEqual([0, 0, 1]);
    expect(first.statements, first.statements.join("\n")).toHaveLength(1); // the index, rebuilt from class_members

    await fillCaches();
    const again = await countSqlStatements(() => invalidateDashboard(student.id));
    expect(await cached(x, y, z)).toEqual([0, 0, 1]);
    expect(again.statements, again.statements.join("\n")).toHaveLength(0);
  });

  it("follows joins, leaves and archives without rebuilding the index", async () => {
    await invalidateDashboard(student.id); // index built
    await fillCaches();
    const code = newJoinCode(); // createTestClass's codes are not in the joinable format
    await db.schoolClass.update({ where: { id: z.id }, data: { joinCode: code } });
    await joinClass(student.id, code);
    expect(await cached(z)).toEqual([0]); // a new member changes the class's figures

    await fillCaches();
    await leaveClass(student.id, y.id);
    expect(await cached(y)).toEqual([0]);

    await fillCaches();
    const afterLeave = await countSqlStatements(() => invalidateDashboard(student.id));
    expect(afterLeave.statements).toHaveLength(0);
    expect(await cached(x, y, z)).toEqual([0, 1, 0]); // y no longer theirs; z now is

    await archiveClass(x.teacher, x.id);
    expect((await redis.smembers(studentClassesKey(student.id))).sort()).toEqual(["*", z.id].sort());
  });
});
