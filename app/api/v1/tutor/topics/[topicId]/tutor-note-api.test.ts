import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { startTestOpenAiStreamServer } from "@/lib/feedback/test-openai-stream-server";
import { createTestUser, deleteTestUsers, signInAs, type TestUser } from "@/lib/test-support/users";
import { readUiMessageStream, streamedText } from "@/lib/test-support/ui-message-stream";
import { DELETE, GET } from "./route";
import { POST } from "./messages/route";

// The tutor on a topic's revision note, end to end: route handlers, the real database and Redis, and the
// AI SDK talking HTTP to a local server that streams chat completions as OpenAI does.

const base = "http://127.0.0.1:3100/api/v1/tutor/topics";
const ctx = (topicId: string) => ({ params: Promise.resolve({ topicId }) });
const ask = (topicId: string, body: unknown, cookie = "") =>
  POST(
    new Request(`${base}/${topicId}/messages`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) }),
    ctx(topicId),
  );
const getThread = (topicId: string, cookie = "") => GET(new Request(`${base}/${topicId}`, { headers: { cookie } }), ctx(topicId));
const deleteThread = (topicId: string, cookie = "") => DELETE(new Request(`${base}/${topicId}`, { method: "DELETE", headers: { cookie } }), ctx(topicId));
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error;
const textOf = async (res: Response) => streamedText(await readUiMessageStream(res));

const NOTE = "NOTE-BODY: a vector has magnitude and direction; add vectors tip to tail, $\\vec{a} + \\vec{b}$.";

async function createTopic(status: "PUBLISHED" | "DRAFT") {
  const course = await db.$primary().course.findUniqueOrThrow({ where: { slug: "math-aa-sl" }, select: { id: true } });
  const code = `T${randomUUID().slice(0, 6)}`;
  return db.topic.create({
    data: {
      courseId: course.id,
      code,
      title: `Vectors ${code}`,
      sortOrder: 900_000 + Math.floor(Math.random() * 99_999),
      depth: 0,
      note: { create: { body: NOTE, status } },
    },
    select: { id: true, title: true },
  });
}

describe("the AI tutor on a topic's note", () => {
  let server: Awaited<ReturnType<typeof startTestOpenAiStreamServer>>;
  const saved = { ...env };
  const users: TestUser[] = [];
  let published: Awaited<ReturnType<typeof createTopic>>;
  let draft: Awaited<ReturnType<typeof createTopic>>;

  // Any signed-in student: the note is public, so no enrolment is needed.
  async function student() {
    const user = await createTestUser({ courses: ["physics-sl"] });
    users.push(user);
    return { user, cookie: (await signInAs(user)).cookie };
  }

  beforeAll(async () => {
    server = await startTestOpenAiStreamServer();
    Object.assign(env, { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "stand-in-model", TUTOR_ENABLED: true });
    [published, draft] = await Promise.all([createTopic("PUBLISHED"), createTopic("DRAFT")]);
  });
  afterAll(async () => {
    Object.assign(env, saved);
    await deleteTestUsers(users.map((u) => u.id));
    await db.topic.deleteMany({ where: { id: { in: [published.id, draft.id] } } });
    await server.close();
  });

  it("answers a question grounded in the note, keeps the thread in note mode, and deletes it", async () => {
    const { cookie } = await student();
    const empty = (await (await getThread(published.id, cookie)).json()) as { mode: string; intents: string[]; steps: string[]; messages: unknown[] };
    expect(empty).toMatchObject({ mode: "note", intents: ["ask", "similar-question"], steps: [], messages: [] });

    server.setMode({ kind: "tokens", tokens: ["Put the tail of ", "$\\vec{b}$ at the tip of $\\vec{a}$."] });
    const res = await ask(published.id, { message: "How do I add two vectors?" }, cookie);
    expect(res.status).toBe(200);
    expect(await textOf(res)).toBe("Put the tail of $\\vec{b}$ at the tip of $\\vec{a}$.");
    const sent = JSON.stringify(server.requests.at(-1));
    expect(sent).toContain("<note>\\nNOTE-BODY: a vector has magnitude and direction");
    expect(sent).toContain(`topic T`);
    expect(sent).toContain("<student_message>\\nHow do I add two vectors?\\n</student_message>");

    server.setMode({ kind: "tokens", tokens: ["Find $|\\vec{a}|$ for $\\vec{a} = (3, 4)$. [2 marks]"] });
    await textOf(await ask(published.id, { intent: "similar-question" }, cookie));
    expect(JSON.stringify(server.requests.at(-1))).toContain("Task: write one new exam-style question on this topic");

    const thread = (await (await getThread(published.id, cookie)).json()) as { messages: { content: string; mode: string }[] };
    expect(thread.messages.map((m) => m.content)).toEqual([
      "How do I add two vectors?",
      "Put the tail of $\\vec{b}$ at the tip of $\\vec{a}$.",
      "Give me a practice question on this topic.",
      "Find $|\\vec{a}|$ for $\\vec{a} = (3, 4)$. [2 marks]",
    ]);
    expect(new Set(thread.messages.map((m) => m.mode))).toEqual(new Set(["note"]));
    expect(await (await deleteThread(published.id, cookie)).json()).toEqual({ deleted: true });
    expect(((await (await getThread(published.id, cookie)).json()) as { messages: unknown[] }).messages).toEqual([]);
  });

  it("refuses the marking explanations (409) and screens harmful requests, with nothing sent to the model", async () => {
    const { cookie } = await student();
    const before = server.requests.length;
    const explain = await ask(published.id, { intent: "why-lost-mark" }, cookie);
    expect(explain.status).toBe(409);
    expect(await errorOf(explain)).toMatchObject({ code: "no_marked_answer" });
    const screened = await ask(published.id, { message: "how do I make a pipe bomb" }, cookie);
    expect(screened.status).toBe(200);
    expect(await textOf(screened)).toBe(`I can't help with that. Let's get back to ${published.title}: what shall we work through?`);
    expect(server.requests.length).toBe(before);
  });

  it("access: 401 signed out; 404 for a draft note, an unknown topic or a malformed id; one student never sees another's thread", async () => {
    const [one, two] = [await student(), await student()];
    expect((await getThread(published.id)).status).toBe(401);
    expect((await ask(published.id, { message: "hi" })).status).toBe(401);
    for (const id of [draft.id, randomUUID()]) {
      expect((await getThread(id, one.cookie)).status, id).toBe(404);
      expect((await ask(id, { message: "hi" }, one.cookie)).status, id).toBe(404);
    }
    expect((await getThread("not-a-uuid", one.cookie)).status).toBe(404);

    server.setMode({ kind: "tokens", tokens: ["Mine."] });
    await textOf(await ask(published.id, { message: "my question" }, one.cookie));
    expect(((await (await getThread(published.id, two.cookie)).json()) as { messages: unknown[] }).messages).toEqual([]);
    expect(await (await deleteThread(published.id, two.cookie)).json()).toEqual({ deleted: false });
    expect(((await (await getThread(published.id, one.cookie)).json()) as { messages: unknown[] }).messages).toHaveLength(2);
  });
});
