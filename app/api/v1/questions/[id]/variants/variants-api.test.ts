import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { generateVariant } from "@/lib/questions/generated-variant";
import { publishedQuestions } from "@/lib/test-support/questions";
import { createTestUser, deleteTestUsers, signInAs, type TestUser } from "@/lib/test-support/users";
import { GET, POST } from "./route";
import { POST as SELF_MARK } from "./self-mark/route";

const request = (path: string, body: unknown, cookie: string) =>
  new Request(`http://127.0.0.1:3100${path}`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) });
const submit = (id: string, body: unknown, cookie = "") => POST(request(`/api/v1/questions/${id}/variants`, body, cookie), { params: Promise.resolve({ id }) });
const selfMark = (id: string, body: unknown, cookie = "") =>
  SELF_MARK(request(`/api/v1/questions/${id}/variants/self-mark`, body, cookie), { params: Promise.resolve({ id }) });
const get = (id: string, query: string, cookie = "") =>
  GET(new Request(`http://127.0.0.1:3100/api/v1/questions/${id}/variants${query}`, { headers: { cookie } }), { params: Promise.resolve({ id }) });
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;

const generated = (type: "NUMERIC" | "WRITTEN") =>
  db.$primary().question.findFirstOrThrow({
    where: { course: { slug: "math-aa-sl" }, status: "PUBLISHED", type, source: { path: ["kind"], equals: "generated" } },
    orderBy: { key: "asc" },
    select: { id: true, type: true, source: true },
  });

describe("POST /api/v1/questions/[id]/variants", () => {
  let student: TestUser;
  let cookie: string;

  beforeAll(async () => {
    student = await createTestUser({ courses: ["math-aa-sl"] });
    cookie = (await signInAs(student)).cookie;
  });
  afterAll(() => deleteTestUsers([student.id]));

  it("marks an answer to the variant and returns the result with the variant's answers", async () => {
    const family = await generated("NUMERIC");
    const res = await submit(family.id, { seed: 31337, answer: { type: "NUMERIC", value: "1" } }, cookie);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { seed: number; attemptId: string; view: { workedSolution: string } };
    expect(body).toMatchObject({ seed: 31337, attemptId: expect.any(String) });
    expect(body.view.workedSolution).toBe(generateVariant(family, 31337).workedSolution);
  });

  it("answers 400 for a bad seed or body, 404 for a question that is not generated or a malformed id, 401 signed out", async () => {
    const family = await generated("NUMERIC");
    const answer = { type: "NUMERIC", value: "1" };
    for (const seed of [-1, 1.5, "12", 2 ** 31, null]) {
      const res = await submit(family.id, { seed, answer }, cookie);
      expect(res.status, `seed ${String(seed)}`).toBe(400);
      expect((await errorOf(res)).code).toBe("validation_failed");
    }
    expect((await submit(family.id, { seed: 5 }, cookie)).status).toBe(400);
    expect((await submit(family.id, { seed: 5, answer: { type: "NUMERIC", value: "" } }, cookie)).status).toBe(400);
    const original = (await publishedQuestions("math-aa-sl", { type: "NUMERIC" })).find((q) => !q.key.startsWith("gen-"))!;
    const notGenerated = await submit(original.id, { seed: 5, answer }, cookie);
    expect(notGenerated.status).toBe(404);
    expect((await errorOf(notGenerated)).message).toMatch(/only generated questions/);
    expect((await submit("not-a-uuid", { seed: 5, answer }, cookie)).status).toBe(404);
    expect((await submit(family.id, { seed: 5, answer })).status).toBe(401);
  });

  it("GET shows the variant named by ?seed=, or a fresh one, without its answer; 400 for a malformed seed", async () => {
    const family = await generated("NUMERIC");
    const named = await get(family.id, "?seed=777", cookie);
    expect(named.status).toBe(200);
    const body = (await named.json()) as { seed: number; question: Record<string, unknown> };
    expect(body).toMatchObject({ seed: 777, question: { id: family.id, stem: generateVariant(family, 777).stem } });
    for (const secret of ["workedSolution", "markingPoints", "numericAnswer"]) expect(JSON.stringify(body)).not.toContain(secret);
    const fresh = (await (await get(family.id, "", cookie)).json()) as { seed: number };
    expect(fresh.seed).not.toBe((family.source as { seed: number }).seed);
    for (const bad of ["?seed=", "?seed=-1", "?seed=1e3", `?seed=${2 ** 31}`]) expect((await get(family.id, bad, cookie)).status, bad).toBe(400);
    expect((await get(family.id, "?seed=1")).status).toBe(401);
  });

  it("self-marks a written variant against the variant's own marking points", async () => {
    const family = await generated("WRITTEN");
    const seed = 4242;
    const variant = generateVariant(family, seed);
    const res = await submit(family.id, { seed, answer: { type: "WRITTEN", text: "I am not sure" } }, cookie);
    expect(res.status).toBe(200);
    const { attemptId } = (await res.json()) as { attemptId: string };
    expect(await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "AWAITING_MARKING", variantSeed: seed });

    // Scoped to variants of this question: another question's URL does not find the attempt.
    const other = await generated("NUMERIC");
    expect((await selfMark(other.id, { attemptId, labels: [] }, cookie)).status).toBe(404);

    const marked = await selfMark(family.id, { attemptId, labels: variant.markscheme.map((p) => p.id) }, cookie);
    expect(marked.status).toBe(200);
    expect(await db.$primary().attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({
      status: "MARKED",
      markedBy: "SELF",
      marksAwarded: variant.marks,
    });
  });
});
