import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { waitForReplicas } from "@/lib/admin/content/wait-for-replicas";
import { auditEntityLabel, nameAuditEntities } from "./name-audit-entities";
import { createTestCourse, deleteTestSubject } from "@/lib/test-support/test-course";

describe("nameAuditEntities", () => {
  let fixture: Awaited<ReturnType<typeof createTestCourse>>;
  let user: { id: string; email: string };

  beforeAll(async () => {
    fixture = await createTestCourse();
    user = await db.user.create({ data: { email: `audit-${randomUUID()}@example.test`, name: "Ada Admin" }, select: { id: true, email: true } });
    await waitForReplicas();
  });
  afterAll(async () => {
    await deleteTestSubject(fixture.subject.id);
    await db.user.delete({ where: { id: user.id } });
  });

  it("names users, subjects, courses and topics with links to them, and leaves unknown ids out", async () => {
    const gone = randomUUID();
    const group = await db.questionGroup.create({
      data: { key: `audit-group-${randomUUID().slice(0, 8)}`, courseId: fixture.course.id, paper: "P2", calculator: true, context: "A context." },
    });
    await waitForReplicas();
    const entries = [
      { entityType: "user", entityId: user.id },
      { entityType: "subject", entityId: fixture.subject.id },
      { entityType: "course", entityId: fixture.course.id },
      { entityType: "topic", entityId: fixture.topics.t11.id },
      { entityType: "question_group", entityId: group.id },
      { entityType: "question", entityId: gone },
      { entityType: "course", entityId: "not-a-uuid" },
      { entityType: "system", entityId: null },
    ];
    const labels = await nameAuditEntities(entries);
    expect(auditEntityLabel(labels, entries[0]!)).toEqual({ name: `Ada Admin (${user.email})`, href: `/admin/users/${user.id}` });
    expect(auditEntityLabel(labels, entries[1]!)).toEqual({ name: fixture.subject.name, href: `/admin/content/subjects/${fixture.subject.id}` });
    expect(auditEntityLabel(labels, entries[2]!)).toEqual({ name: fixture.course.name, href: `/admin/content/courses/${fixture.course.id}` });
    expect(auditEntityLabel(labels, entries[3]!)).toEqual({
      name: `1.1 Kinematics (${fixture.course.name})`,
      href: `/admin/content/courses/${fixture.course.id}/topics`,
    });
    expect(auditEntityLabel(labels, entries[4]!)).toEqual({ name: group.key, href: `/admin/content/groups/${group.id}` });
    for (const e of entries.slice(5)) expect(auditEntityLabel(labels, e)).toBeUndefined();
  });
});
