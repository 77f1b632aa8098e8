import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createSession, revokeAllSessions } from "@/lib/auth/session-store";
import { sessionCookieHeader } from "@/lib/auth/session-cookie";
import { createContentImport } from "@/lib/content-import/create-content-import";
import { GET } from "./route";
import { csvFile, mcqCsvRow, numericCsvRow } from "@/lib/test-support/import-rows";
import { createTestUser } from "@/lib/test-support/users";

let admin: string;
let student: string;
let importId: string;
let rejectedKey: string;

const cookieFor = async (userId: string, role: "ADMIN" | "STUDENT") =>
  sessionCookieHeader(
    await createSession({ userId, email: `${userId}@example.test`, name: null, role, onboarded: true, userAgent: "vitest", ip: "127.0.0.1" }),
  );
const get = (id: string, cookie: string) =>
  GET(new Request(`http://127.0.0.1:3100/api/v1/admin/imports/${id}/rejects`, { headers: { cookie } }), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  const [a, s] = await Promise.all([createTestUser({ role: "ADMIN" }), createTestUser({ role: "STUDENT" })]);
  [admin, student] = [a.id, s.id];
  const bad = mcqCsvRow({ correct_option: "" });
  rejectedKey = bad.key!;
  ({ id: importId } = await createContentImport({ id: admin! }, { ...csvFile([numericCsvRow(), bad]), fileName: "June batch.csv" }));
});
afterAll(async () => {
  await Promise.all([admin, student].map((id) => revokeAllSessions(id)));
  await db.user.deleteMany({ where: { id: { in: [admin, student] } } });
});

describe("GET /api/v1/admin/imports/:id/rejects", () => {
  it("gives an admin the rejected rows as a private CSV download", async () => {
    const res = await get(importId, await cookieFor(admin, "ADMIN"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="June-batch-rejects.csv"');
    expect(parse(await res.text())).toEqual([
      ["row", "key", "reasons"],
      ["3", rejectedKey, "correct_option is required for MCQ questions"],
    ]);
  });

  it("answers 404 for an import that does not exist, or an id that is not one", async () => {
    const cookie = await cookieFor(admin, "ADMIN");
    for (const id of ["00000000-0000-7000-8000-000000000000", "nope"]) {
      const res = await get(id, cookie);
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("refuses students (403) and signed-out visitors (401) without revealing the file", async () => {
    const asStudent = await get(importId, await cookieFor(student, "STUDENT"));
    expect(asStudent.status).toBe(403);
    expect(await asStudent.text()).not.toContain(rejectedKey);
    const anonymous = await get(importId, "");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(rejectedKey);
  });
});
