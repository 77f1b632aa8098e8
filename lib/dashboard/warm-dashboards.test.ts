import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { cache } from "@/lib/cache/cache-aside";
import { redis } from "@/lib/redis/redis-client";
import { dashboardCachePolicy, dashboardKey } from "@/lib/progress/dashboard-cache";
import { warmDashboards } from "@/lib/dashboard/warm-dashboards";

describe("warmDashboards", () => {
  const ids: Record<"active" | "cached" | "idle" | "never", string> = { active: "", cached: "", idle: "", never: "" };
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

  beforeAll(async () => {
    const course = await db.course.findUniqueOrThrow({ where: { slug: "physics-sl" } });
    const lastActive = { active: hoursAgo(1), cached: hoursAgo(2), idle: hoursAgo(72), never: null };
    for (const [name, lastActiveAt] of Object.entries(lastActive) as [keyof typeof ids, Date | null][]) {
      const user = await db.user.create({
        data: { email: `warm-${name}-${randomUUID()}@example.test`, lastActiveAt, enrolments: { create: { courseId: course.id } } },
      });
      ids[name] = user.id;
    }
    // warmDashboards lists students on a replica: wait until it has these ones.
    for (let i = 0; i < 100 && (await db.user.count({ where: { id: { in: Object.values(ids) } } })) < 4; i++) await new Promise((r) => setTimeout(r, 50));
    await cache.invalidate(...Object.values(ids).map(dashboardKey));
    await cache.getOrCompute(dashboardKey(ids.cached), dashboardCachePolicy, async () => ({ placeholder: true }));
  });
  afterAll(async () => {
    await cache.invalidate(...Object.values(ids).map(dashboardKey));
    await db.user.deleteMany({ where: { id: { in: Object.values(ids) } } });
  });

  it("caches the dashboards of students active within the window, skipping those already cached", async () => {
    const report = await warmDashboards({ hours: 24, limit: 100_000, concurrency: 8 });
    expect(report.failed).toBe(0);
    expect(report.warmed).toBeGreaterThanOrEqual(1);
    expect(report.alreadyCached).toBeGreaterThanOrEqual(1);
    expect(report.candidates).toBe(report.warmed + report.alreadyCached + report.failed);

    const cached = async (id: string) =>
      JSON.parse((await redis.get(dashboardKey(id))) ?? "null") as { v: { courses?: { slug: string }[]; placeholder?: boolean } } | null;
    expect((await cached(ids.active))?.v.courses?.map((c) => c.slug)).toEqual(["physics-sl"]);
    expect((await cached(ids.cached))?.v).toEqual({ placeholder: true }); // left alone
    expect(await cached(ids.idle)).toBeNull();
    expect(await cached(ids.never)).toBeNull();
  });
});
