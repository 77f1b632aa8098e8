import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";

const marker = `metrics-backlog-${randomUUID()}`;

async function scrape(): Promise<string> {
  const response = await GET(new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } }));
  expect(response.status).toBe(200);
  return response.text();
}

function backlog(text: string, kind: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`job_backlog{kind="${kind}"} `));
  return line === undefined ? undefined : Number(line.split(" ")[1]);
}

afterAll(async () => {
  await db.emailOutbox.deleteMany({ where: { template: marker } });
});

describe("GET /api/metrics", () => {
  it("exports the job backlog (the Grafana dashboard's backlog panel) and follows queued work", async () => {
    const before = await scrape();
    for (const kind of ["emails_pending", "files_pending", "imports_running", "stuck_runs"]) expect(backlog(before, kind), kind).toBeGreaterThanOrEqual(0);

    // Due tomorrow, so no sweep of a parallel test sends them meanwhile.
    const sendAfter = new Date(Date.now() + 86_400_000);
    await db.emailOutbox.createMany({
      data: [1, 2, 3].map((i) => ({
        to: `backlog${i}@example.org`,
        template: marker,
        subject: "s",
        html: "<p>h</p>",
        text: "t",
        idempotencyKey: `${marker}-${i}`,
        sendAfter,
      })),
    });
    const expected = backlog(before, "emails_pending")! + 3;
    // Read from a replica: wait for it to replay the insert.
    let after = await scrape();
    for (let i = 0; i < 50 && backlog(after, "emails_pending")! < expected; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await scrape();
    }
    expect(backlog(after, "emails_pending")).toBeGreaterThanOrEqual(expected);
  });

  it("is invisible without the token", async () => {
    const response = await GET(new Request("http://localhost/api/metrics"));
    expect(response.status).toBe(404);
  });
});
