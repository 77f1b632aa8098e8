import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { listAuditLog, listAuditLogQuery, type ListAuditLogQuery } from "@/lib/audit/list-audit-log";
import { decodeAuditCursor, encodeAuditCursor } from "@/lib/audit/audit-cursor";
import { waitForReplica } from "@/lib/test-support/replica";

const token = `al${randomUUID().slice(0, 8)}`;
let actorId: string;
let otherActorId: string;
const entity = randomUUID();
// Several entries share one millisecond, so only the id can order them within it.
const tie = new Date("2026-03-10T12:00:00.000Z");
const entries: { id: string; createdAt: Date; action: string }[] = [];

const list = (query: Record<string, unknown>) => listAuditLog(listAuditLogQuery.parse(query));
const idsOf = (items: { id: string }[]) => items.map((i) => i.id);
const byNewest = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

beforeAll(async () => {
  actorId = (await db.user.create({ data: { email: `${token}-admin@example.test`, role: "ADMIN" }, select: { id: true } })).id;
  otherActorId = (await db.user.create({ data: { email: `${token}-other@example.test`, role: "ADMIN" }, select: { id: true } })).id;
  const rows = [
    { createdAt: new Date("2026-03-08T23:59:59.999Z"), action: `${token}.old` },
    { createdAt: new Date("2026-03-09T00:00:00.000Z"), action: `${token}.edge` },
    { createdAt: tie, action: `${token}.tie` },
    { createdAt: tie, action: `${token}.tie` },
    { createdAt: tie, action: `${token}.tie` },
    { createdAt: new Date("2026-03-11T08:00:00.000Z"), action: `${token}.new` },
    { createdAt: new Date("2026-03-12T00:00:00.000Z"), action: `${token}.later` },
  ].map((r) => ({ ...r, id: randomUUID(), actorId, entityType: "user", entityId: entity, before: { n: 1 }, after: { n: 2 } }));
  await db.auditLog.createMany({ data: rows });
  await db.auditLog.create({ data: { actorId: otherActorId, action: `${token}.other`, entityType: "question", entityId: "q-1", createdAt: tie } });
  entries.push(...rows.map(({ id, createdAt, action }) => ({ id, createdAt, action })));
  await waitForReplica();
});

describe("listAuditLog", () => {
  it("filters by actor id or part of the actor's email", async () => {
    expect(idsOf((await list({ actor: actorId })).items)).toEqual(idsOf([...entries].sort(byNewest)));
    const byEmail = await list({ actor: `${token}-OTHER@` });
    expect(byEmail.items.map((i) => i.action)).toEqual([`${token}.other`]);
    expect(byEmail.items[0]!.actor).toMatchObject({ id: otherActorId, email: `${token}-other@example.test` });
  });

  it("filters by action, entity type and entity id", async () => {
    expect((await list({ action: `${token}.tie` })).items).toHaveLength(3);
    expect((await list({ actor: token, entityType: "question" })).items.map((i) => i.action)).toEqual([`${token}.other`]);
    expect((await list({ entityType: "user", entityId: entity })).items).toHaveLength(7);
    expect((await list({ entityType: "question", entityId: entity })).items).toEqual([]);
  });

  it("keeps whole UTC days between from and to, both included", async () => {
    const actions = async (q: Partial<ListAuditLogQuery>) => (await list({ actor: actorId, ...q })).items.map((i) => i.action).sort();
    expect(await actions({ from: "2026-03-09", to: "2026-03-10" })).toEqual([`${token}.edge`, `${token}.tie`, `${token}.tie`, `${token}.tie`]);
    expect(await actions({ to: "2026-03-08" })).toEqual([`${token}.old`]);
    expect(await actions({ from: "2026-03-12" })).toEqual([`${token}.later`]);
  });

  it("pages newest first through ties in one millisecond without repeating or skipping an entry", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await list({ actor: actorId, limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...idsOf(page.items));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toEqual(idsOf([...entries].sort(byNewest)));
  });

  it("refuses a forged cursor and a reversed date range", () => {
    expect(listAuditLogQuery.safeParse({ cursor: "bm90LWEtY3Vyc29y" }).success).toBe(false);
    expect(listAuditLogQuery.safeParse({ cursor: "!!" }).success).toBe(false);
    expect(listAuditLogQuery.safeParse({ from: "2026-03-10", to: "2026-03-09" }).success).toBe(false);
    expect(listAuditLogQuery.safeParse({ from: "10/03/2026" }).success).toBe(false);
    const position = { createdAt: tie, id: entries[0]!.id };
    expect(decodeAuditCursor(encodeAuditCursor(position))).toEqual(position);
  });
});
