import { describe, expect, it } from "vitest";
import { replicaMonitor } from "@/lib/db/prisma";
import { replicaName } from "@/lib/db/replica-health";
import { env } from "@/lib/env";
import { GET } from "./route";

describe("GET /api/ready", () => {
  it("tells an anonymous caller the verdict only: no replica address, lag or error text", async () => {
    await replicaMonitor.checkNow();
    const res = await GET(new Request("http://127.0.0.1:3100/api/ready"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      status: expect.stringMatching(/^(ready|degraded)$/),
      checks: { primary: { ok: true }, redis: { ok: true }, replicas: { total: env.DATABASE_REPLICA_URLS.length, inRotation: expect.any(Number) } },
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|5433|latency|error/);
  });

  it("answers 200 with every dependency's check to a caller with the metrics token, uncached, and without connection strings", async () => {
    await replicaMonitor.checkNow();
    const res = await GET(new Request("http://127.0.0.1:3100/api/ready", { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    const body = JSON.parse(text) as {
      status: string;
      checks: { primary: { ok: boolean }; redis: { ok: boolean }; replicas: { name: string; lastCheckedAt: string | null }[] };
    };
    // The shared test replica may be held back by another test at this moment: degraded is a right answer.
    expect(["ready", "degraded"]).toContain(body.status);
    expect(body.checks.primary.ok).toBe(true);
    expect(body.checks.redis.ok).toBe(true);
    expect(body.checks.replicas).toEqual(
      env.DATABASE_REPLICA_URLS.map((url) => expect.objectContaining({ name: replicaName(url), lastCheckedAt: expect.any(String) })),
    );
    expect(text).not.toMatch(/postgres(ql)?:\/\/|redis:\/\//);
  });
});
