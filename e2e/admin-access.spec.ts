import fs from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures/test";
import { createUser, userStatus } from "./fixtures/users";
import { filesUnder, root, serverActions, urlOf } from "./fixtures/surfaces";

// Enumerates every admin surface from the code itself, so a new admin route, page or action is covered
// the moment it exists, and proves a signed-in student is refused by each one on the server.
const SOME_ID = "00000000-0000-7000-8000-000000000000";
const someId = () => SOME_ID;

const handlers = filesUnder(path.join(root, "app/api/v1/admin"), /^route\.ts$/).flatMap((file) =>
  [...fs.readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({ method: m[1]!, url: urlOf(file, someId) })),
);
const pages = filesUnder(path.join(root, "app/admin"), /^page\.tsx$/).map((file) => urlOf(file, someId));
const actions = serverActions((filename) => filename.startsWith("app/admin/") || filename.startsWith("lib/admin/"), someId);

test("the enumeration finds the admin surfaces", () => {
  expect(handlers.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(actions.length).toBeGreaterThanOrEqual(1);
});

test("every admin route handler answers 401 signed out and 403 to a student", async ({ page, playwright }) => {
  const student = await createUser();
  await signIn(page, student);
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  for (const { method, url } of handlers) {
    const options = { method, data: method === "GET" ? undefined : { status: "SUSPENDED" } };
    const asStudent = await page.request.fetch(url, options);
    expect(asStudent.status(), `${method} ${url} as a student`).toBe(403);
    expect((await asStudent.json()).error.code).toBe("forbidden");
    expect((await anonymous.fetch(url, options)).status(), `${method} ${url} signed out`).toBe(401);
  }
  await anonymous.dispose();
});

test("every admin page sends a student back to their dashboard", async ({ page }) => {
  const student = await createUser();
  await signIn(page, student);
  // Asked of the server directly (no redirect followed): a full page load of twenty dashboards outlasts the
  // test's time, and a redirect decided in the browser would not be a server-side check.
  for (const url of pages) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(307);
    expect(res.headers()["location"], url).toBe("/dashboard?denied=1");
  }
  await page.goto(pages[0]!);
  await expect(page).toHaveURL(/\/dashboard\?denied=1$/);
});

test("every admin server action refuses a student and changes nothing", async ({ page }) => {
  const student = await createUser();
  const victim = await createUser();
  await signIn(page, student);
  // Encoded exactly as React encodes a call from the browser: (previous state, form data).
  const { encodeReply } = await import("next/dist/compiled/react-server-dom-turbopack/client.edge.js");
  for (const action of actions) {
    const form = new FormData();
    form.set("userId", victim.id);
    form.set("status", "SUSPENDED");
    const body = await encodeReply([{}, form]);
    const res = await page.request.post(action.page, {
      headers: { "Next-Action": action.id, Accept: "text/x-component" },
      multipart: body instanceof FormData ? Object.fromEntries([...body.entries()].map(([k, v]) => [k, String(v)])) : undefined,
      data: typeof body === "string" ? body : undefined,
    });
    expect(await res.text(), action.name).toContain("You do not have permission to do that.");
    expect(await userStatus(victim.email), action.name).toBe("ACTIVE");
  }
});
