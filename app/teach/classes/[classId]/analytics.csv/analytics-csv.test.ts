import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { revokeAllSessions } from "@/lib/auth/session-store";
import { classAnalyticsKey } from "@/lib/class-cache/class-analytics-cache";
import { createTestClass, deleteTestClass, type TestClass } from "@/lib/test-support/test-class";
import { signInAs } from "@/lib/test-support/users";
import { GET } from "./route";

let cls: TestClass;
let other: TestClass;

const get = (classId: string, cookie: string) =>
  GET(new Request(`http://127.0.0.1:3100/teach/classes/${classId}/analytics.csv`, { headers: { cookie } }), { params: Promise.resolve({ classId }) });

beforeAll(async () => {
  cls = await createTestClass({ students: 2, name: "Physics, =year 1" });
  other = await createTestClass({ students: 1 });
  const primary = db.$primary();
  await primary.user.update({ where: { id: cls.students[0]!.id }, data: { name: "=Ann CSV", lastActiveAt: new Date() } });
  await primary.user.update({ where: { id: cls.students[1]!.id }, data: { name: "Ben CSV" } });
  const topic = await primary.topic.findFirstOrThrow({
    where: { courseId: cls.courseId, archivedAt: null, children: { none: {} } },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, title: true },
  });
  await primary.topicProgress.create({ data: { userId: cls.students[1]!.id, topicId: topic.id, courseId: cls.courseId, attempts: 2, mastery: 0.456 } });
});
afterAll(async () => {
  await cache.invalidate(classAnalyticsKey(cls.id), classAnalyticsKey(other.id));
  await Promise.all([cls.teacher, other.teacher, cls.students[0]!].map((u) => revokeAllSessions(u.id)));
  await deleteTestClass(cls);
  await deleteTestClass(other);
});

describe("GET /teach/classes/:classId/analytics.csv", () => {
  it("gives the class's teacher one row per student with grade and mastery per topic, as a private download", async () => {
    const res = await get(cls.id, (await signInAs(cls.teacher)).cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Physics-year-1-analytics-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parse(await res.text()) as string[][];
    expect(header!.slice(0, 5)).toEqual(["student", "email", "last active", "inactive 7+ days", "predicted grade"]);
    expect(header!.length).toBeGreaterThan(5);
    // Names as typed, a formula defused; members in name order.
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["'=Ann CSV", cls.students[0]!.email, new Date().toISOString().slice(0, 10), "no", "not enough data"],
      ["Ben CSV", cls.students[1]!.email, "never", "yes", "not enough data"],
    ]);
    expect(rows[1]![5]).toBe("46");
    expect(rows[0]!.slice(5).every((cell) => cell === "")).toBe(true);
  });

  it("answers 404 to a teacher of another class and for an id that is not one, 403 to a student", async () => {
    const otherTeacher = (await signInAs(other.teacher)).cookie;
    for (const id of [cls.id, "nope"]) {
      const res = await get(id, otherTeacher);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("CSV");
    }
    const asStudent = await get(cls.id, (await signInAs(cls.students[0]!)).cookie);
    expect(asStudent.status).toBe(403);
  });
});
