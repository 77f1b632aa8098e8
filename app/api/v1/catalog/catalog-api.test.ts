import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redis } from "@/lib/redis/redis-client";
import { metrics } from "@/lib/observability/metrics";
import { courseKey } from "@/lib/catalog/catalog-cache";
import { GET as listGET } from "./route";
import { GET as courseGET } from "./[slug]/route";

const get = (path: string) => new Request(`http://127.0.0.1:3100${path}`, { headers: { "x-request-id": "req-catalog-test" } });

describe("public catalog API", () => {
  it("serves the catalog with CDN caching and echoes the request id", async () => {
    const res = await listGET(get("/api/v1/catalog"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=3600");
    expect(res.headers.get("x-request-id")).toBe("req-catalog-test");
    const body = (await res.json()) as { groups: { subjects: { courses: { slug: string }[] }[] }[] };
    expect(body.groups.flatMap((g) => g.subjects.flatMap((s) => s.courses.map((c) => c.slug)))).toContain("math-aa-hl");
  });

  it("serves one course, and a clear 404 (not cached publicly) for an unknown or malformed slug", async () => {
    const ok = await courseGET(get("/api/v1/catalog/physics-sl"), { params: Promise.resolve({ slug: "physics-sl" }) });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { course: { slug: string } }).course.slug).toBe("physics-sl");
    for (const slug of ["no-such-course", "../../etc", "A".repeat(200)]) {
      const res = await courseGET(get(`/api/v1/catalog/x`), { params: Promise.resolve({ slug }) });
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("records each request in the duration histogram by route pattern and status", async () => {
    await courseGET(get("/api/v1/catalog/physics-sl"), { params: Promise.resolve({ slug: "physics-sl" }) });
    await courseGET(get("/api/v1/catalog/no-such-course"), { params: Promise.resolve({ slug: "no-such-course" }) });
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/http_request_duration_seconds_count\{route="\/api\/v1\/catalog\/\[slug\]",method="GET",status="200"\} [1-9]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{route="\/api\/v1\/catalog\/\[slug\]",method="GET",status="404"\} [1-9]/);
  });

  it("stays bounded under a flood of made-up slugs: no new metric series, no new cache keys", async () => {
    const prefix = process.env.REDIS_KEY_PREFIX ?? "";
    const courseKeys = async () => (await redis.keys(`${prefix}${courseKey("*")}`)).length;
    const seriesLines = async () => (await metrics.registry.metrics()).split("\n").filter((l) => l.includes("/api/v1/catalog")).length;
    await courseGET(get("/api/v1/catalog/warm-up-404"), { params: Promise.resolve({ slug: "warm-up-404" }) });
    const [keysBefore, linesBefore] = [await courseKeys(), await seriesLines()];
    for (let i = 0; i < 300; i++) {
      const slug = `random-${randomUUID().slice(0, 13)}`;
      const res = await courseGET(get(`/api/v1/catalog/${slug}`), { params: Promise.resolve({ slug }) });
      expect(res.status).toBe(404);
    }
    expect(await courseKeys()).toBe(keysBefore);
    expect(await seriesLines()).toBe(linesBefore);
  });
});
