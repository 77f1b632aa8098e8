import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/prisma";
import { createContentImport } from "./create-content-import";
import { startContentImport } from "./start-content-import";
import { csvFile, mcqCsvRow, numericCsvRow } from "@/lib/test-support/import-rows";
import { createTestUser } from "@/lib/test-support/users";

// The job layer is not integrated yet; what matters here is the event this function sends.
const sent = vi.hoisted(() => ({ events: [] as unknown[], fail: false }));
vi.mock("@/lib/jobs/enqueue", () => ({
  enqueue: async (event: unknown) => {
    if (sent.fail) return false;
    sent.events.push(event);
    return true;
  },
}));

let admin: string;
beforeAll(async () => {
  admin = (await createTestUser({ role: "ADMIN" })).id;
});
beforeEach(() => {
  sent.events = [];
  sent.fail = false;
});
afterAll(async () => {
  await db.user.delete({ where: { id: admin } });
});

describe("startContentImport", () => {
  it("sends content-import/started with the import's id as the event id, then marks it IMPORTING", async () => {
    const { id } = await createContentImport({ id: admin }, csvFile([numericCsvRow()]));
    await startContentImport({ id: admin }, id);
    expect(sent.events).toEqual([{ name: "content-import/started", data: { importId: id }, id: `import:${id}` }]);
    expect((await db.$primary().contentImport.findUniqueOrThrow({ where: { id } })).status).toBe("IMPORTING");
    expect(await db.$primary().auditLog.count({ where: { entityId: id, action: "content-import.start", actorId: admin } })).toBe(1);
  });

  it("stays VALIDATED when the event cannot be sent, so the admin can try again", async () => {
    const { id } = await createContentImport({ id: admin }, csvFile([numericCsvRow()]));
    sent.fail = true;
    await expect(startContentImport({ id: admin }, id)).rejects.toThrow("could not be started");
    expect((await db.$primary().contentImport.findUniqueOrThrow({ where: { id } })).status).toBe("VALIDATED");
  });

  it("refuses an import with no valid rows, a finished one and an unknown one, without sending anything", async () => {
    const empty = await createContentImport({ id: admin }, csvFile([mcqCsvRow({ correct_option: "" })]));
    await expect(startContentImport({ id: admin }, empty.id)).rejects.toThrow(/nothing to import/);
    const done = await createContentImport({ id: admin }, csvFile([numericCsvRow()]));
    await db.contentImport.update({ where: { id: done.id }, data: { status: "SUCCEEDED" } });
    await expect(startContentImport({ id: admin }, done.id)).rejects.toThrow(/already run/);
    await expect(startContentImport({ id: admin }, "00000000-0000-7000-8000-000000000000")).rejects.toThrow("No such import.");
    expect(sent.events).toEqual([]);
  });
});
