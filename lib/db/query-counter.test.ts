import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { countQueries } from "@/lib/db/query-counter";

describe("countQueries", () => {
  it("counts reads on the replica, on the primary, raw queries and transactions", async () => {
    const { queries, operations } = await countQueries(async () => {
      await db.subject.count();
      await db.$primary().course.findFirst();
      await db.$replica().$queryRaw`select 1`;
      await db.$queryRaw`select 1`;
      await db.$transaction(async (tx) => {
        await tx.topic.findFirst();
        await tx.topic.count();
      });
    });
    expect(operations).toEqual(expect.arrayContaining(["Subject.count", "Course.findFirst", "$queryRaw", "Topic.findFirst", "Topic.count"]));
    expect(queries).toBeGreaterThanOrEqual(6);
  });

  it("counts nothing outside a scope", async () => {
    const { queries } = await countQueries(async () => undefined);
    await db.subject.count();
    expect(queries).toBe(0);
  });
});
