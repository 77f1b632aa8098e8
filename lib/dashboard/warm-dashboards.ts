import { db } from "@/lib/db/prisma";
import { redis } from "@/lib/redis/redis-client";
import { logger } from "@/lib/observability/logger";
import { dashboardKey } from "@/lib/progress/dashboard-cache";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";

export type WarmOptions = {
  /** Students active within this many hours (User.lastActiveAt). */
  hours: number;
  /** At most this many, most recently active first. */
  limit: number;
  /** Dashboards computed at once: each is two replica queries, so this bounds the load warming adds. */
  concurrency: number;
};

export type WarmReport = { candidates: number; warmed: number; alreadyCached: number; failed: number; ms: number };

/**
 * Fills the dashboard cache for recently active students, so their first page view after a deploy, a
 * Redis restart or a quiet night is a hit. Students whose dashboard is already cached are skipped (every
 * write of theirs drops it, so a cached one is current). The list comes from the users (last_active_at)
 * index on a replica; the dashboards are computed through getStudentDashboard, with its single-flight lock.
 */
export async function warmDashboards({ hours, limit, concurrency }: WarmOptions): Promise<WarmReport> {
  const started = performance.now();
  const users = await db.user.findMany({
    where: { lastActiveAt: { gte: new Date(Date.now() - hours * 3_600_000) }, status: "ACTIVE" },
    orderBy: { lastActiveAt: "desc" },
    take: limit,
    select: { id: true },
  });

  const report: WarmReport = { candidates: users.length, warmed: 0, alreadyCached: 0, failed: 0, ms: 0 };
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const { id } = users[next++]!;
      try {
        if (await redis.exists(dashboardKey(id))) {
          report.alreadyCached += 1;
          continue;
        }
        await getStudentDashboard(id);
        report.warmed += 1;
      } catch (err) {
        report.failed += 1;
        logger.warn({ userId: id, err: (err as Error).message }, "could not warm a dashboard");
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, users.length)) }, worker));
  report.ms = Math.round(performance.now() - started);
  return report;
}
