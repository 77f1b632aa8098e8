import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { metrics } from "@/lib/observability/metrics";

describe("database metrics", () => {
  it("times queries by pool and reports each pool's connections at scrape time", async () => {
    await db.$primary().user.count();
    await db.subject.findMany({ take: 1 });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/db_query_duration_seconds_count\{role="primary",pool="primary",operation="count"\} [1-9]/);
    expect(text).toMatch(/db_query_duration_seconds_count\{role="replica",pool="127\.0\.0\.1:5433",operation="findMany"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{role="primary",pool="primary",state="idle"\} [1-9]/);
    expect(text).toMatch(/db_pool_connections\{role="replica",pool="127\.0\.0\.1:5433",state="in_use"\} \d/);
  });
});
