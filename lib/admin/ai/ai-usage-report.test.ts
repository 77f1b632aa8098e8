import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { listAiErrors, listAiErrorsQuery } from "@/lib/admin/ai/list-ai-errors";
import { loadAiUsageDays } from "@/lib/admin/ai/load-ai-usage-days";
import { loadAllowanceLeaders } from "@/lib/admin/ai/load-allowance-leaders";
import { waitForReplica } from "@/lib/test-support/replica";
import { createTestUsers, deleteTestUsers } from "@/lib/test-support/users";

const DAY = 86_400_000;
// A day of its own in 2001, so rows other tests write today are outside every window read here.
const today = Date.UTC(2001, 0, 1) + randomInt(0, 3_000) * DAY;
const now = new Date(today + 15 * 3_600_000);
const at = (dayOffset: number, minutes = 0) => new Date(today + dayOffset * DAY + minutes * 60_000);
const isoDay = (dayOffset: number) => at(dayOffset).toISOString().slice(0, 10);

const tag = randomUUID().slice(0, 8);
const featureA = `test-a-${tag}`;
const featureB = `test-b-${tag}`;
const featureC = `test-c-${tag}`;
const pricedModel = `priced-${tag}`;
const prices = {
  defaults: { in: 1, out: 2 },
  models: [
    { model: pricedModel, in: 9, out: 9 },
    { model: pricedModel, in: 3, out: 5 },
  ],
};

describe("AI usage report", () => {
  let users: string[];
  const rows: Prisma.AiUsageCreateManyInput[] = [];
  const row = (r: Partial<Prisma.AiUsageCreateManyInput> & Pick<Prisma.AiUsageCreateManyInput, "feature" | "createdAt">) =>
    rows.push({ model: "unpriced", outcome: "ok", inputTokens: 0, outputTokens: 0, latencyMs: 0, ...r });

  beforeAll(async () => {
    users = await createTestUsers(3);
    const [u1, u2, u3] = users as [string, string, string];
    // Today, feature A: four calls, two of them errors, all on the priced model.
    [
      [100, "ok"],
      [400, "ok"],
      [300, "error"],
      [200, "invalid_output"],
    ].forEach(([latencyMs, outcome], i) =>
      row({
        feature: featureA,
        model: pricedModel,
        createdAt: at(0, 60 + i),
        latencyMs: latencyMs as number,
        outcome: outcome as string,
        inputTokens: 1_000,
        outputTokens: 500,
        userId: i === 2 ? u1 : null,
      }),
    );
    // Today, feature B: one call on a model without a price of its own (the defaults apply).
    row({ feature: featureB, createdAt: at(0, 30), inputTokens: 2_000_000, outputTokens: 1_000_000, latencyMs: 50 });
    // Yesterday: a student's "stop" is not an error. Thirteen days back is the window's first day.
    row({ feature: featureA, createdAt: at(-1, 600), outcome: "stopped", latencyMs: 70 });
    row({ feature: featureA, createdAt: at(-13), latencyMs: 10 });
    // Outside the window on both sides.
    row({ feature: featureA, createdAt: at(-14, 1_439), outcome: "error" });
    row({ feature: featureA, createdAt: at(1), outcome: "error" });
    // Five timeouts in one millisecond: the errors cursor must not skip or repeat any of them.
    for (let i = 0; i < 5; i++) row({ feature: featureC, createdAt: at(0, 10), outcome: "timeout" });
    // Tutor tokens today, far above any real student's, so these three lead the list: u2, u1, u3.
    row({ feature: "tutor", userId: u1, createdAt: at(0, 5), inputTokens: 500_000_000, outputTokens: 300 });
    row({ feature: "tutor", userId: u2, createdAt: at(0, 5), inputTokens: 500_000_000, outputTokens: 400 });
    row({ feature: "tutor", userId: u2, createdAt: at(0, 6), inputTokens: 0, outputTokens: 100 });
    row({ feature: "tutor", userId: u3, createdAt: at(0, 5), inputTokens: 500_000_000, outputTokens: 100 });
    // Not counted against the allowance: another feature, and yesterday's tutor use.
    row({ feature: featureB, userId: u3, createdAt: at(0, 7), inputTokens: 900_000_000 });
    row({ feature: "tutor", userId: u3, createdAt: at(-1), inputTokens: 900_000_000 });
    await db.$primary().aiUsage.createMany({ data: rows });
    await waitForReplica();
  });
  afterAll(async () => {
    await db.$primary().aiUsage.deleteMany({ where: { OR: [{ feature: { in: [featureA, featureB, featureC] } }, { userId: { in: users } }] } });
    await deleteTestUsers(users);
  });

  it("sums each UTC day and feature in the last 14 days, with errors, percentiles and estimated cost", async () => {
    const days = (await loadAiUsageDays({ now, prices })).filter((d) => d.feature.endsWith(tag));
    expect(days).toEqual([
      {
        day: isoDay(0),
        feature: featureA,
        requests: 4,
        inputTokens: 4_000,
        outputTokens: 2_000,
        errors: 2,
        p50Ms: 250,
        p95Ms: 385,
        estimatedCost: expect.closeTo(0.022, 9),
      },
      {
        day: isoDay(0),
        feature: featureB,
        requests: 2,
        inputTokens: 902_000_000,
        outputTokens: 1_000_000,
        errors: 0,
        p50Ms: 25,
        p95Ms: 47.5,
        estimatedCost: expect.closeTo(904, 9),
      },
      { day: isoDay(0), feature: featureC, requests: 5, inputTokens: 0, outputTokens: 0, errors: 5, p50Ms: 0, p95Ms: 0, estimatedCost: 0 },
      { day: isoDay(-1), feature: featureA, requests: 1, inputTokens: 0, outputTokens: 0, errors: 0, p50Ms: 70, p95Ms: 70, estimatedCost: 0 },
      { day: isoDay(-13), feature: featureA, requests: 1, inputTokens: 0, outputTokens: 0, errors: 0, p50Ms: 10, p95Ms: 10, estimatedCost: 0 },
    ]);
  });

  it("ranks students by today's tutor tokens against the allowance", async () => {
    const leaders = await loadAllowanceLeaders({ now, allowance: 1_000_000_000 });
    expect(leaders.length).toBeLessThanOrEqual(20);
    const [u1, u2, u3] = users as [string, string, string];
    expect(leaders.slice(0, 3)).toEqual([
      { userId: u2, email: expect.any(String), tokensUsed: 500_000_500, allowance: 1_000_000_000, share: 0.5000005 },
      { userId: u1, email: expect.any(String), tokensUsed: 500_000_300, allowance: 1_000_000_000, share: 0.5000003 },
      { userId: u3, email: expect.any(String), tokensUsed: 500_000_100, allowance: 1_000_000_000, share: 0.5000001 },
    ]);
    expect((await loadAllowanceLeaders({ now, limit: 2 })).map((l) => l.userId)).toEqual([u2, u1]);
  });

  it("pages the window's errors newest first, ties included, with the student", async () => {
    const seen: { id: string; createdAt: Date; outcome: string; userId: string | null }[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAiErrors(listAiErrorsQuery.parse({ cursor, limit: 3 }), { now });
      sizes.push(page.items.length);
      seen.push(
        ...page.items.filter((e) => e.feature.endsWith(tag)).map((e) => ({ id: e.id, createdAt: e.createdAt, outcome: e.outcome, userId: e.user?.id ?? null })),
      );
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((e) => e.outcome)).toEqual(["invalid_output", "error", "timeout", "timeout", "timeout", "timeout", "timeout"]);
    expect(sizes).toEqual([3, 3, 1]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(7);
    const sorted = [...seen].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    expect(seen).toEqual(sorted);
    expect(seen.map((e) => e.userId).slice(0, 2)).toEqual([null, users[0]]);
  });
});
