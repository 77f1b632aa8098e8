import path from "node:path";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { classState, createClass } from "./fixtures/classes";
import { filesUnder, root, serverActions, urlOf } from "./fixtures/surfaces";

// Enumerates every teacher surface from the code itself (pages under app/teach, actions from app/teach and
// lib/classes), so a new one is covered the moment it exists. Each is asked by a signed-out visitor, a
// student, and a teacher of another class, on the server.
const SOME_ID = "00000000-0000-7000-8000-000000000000";
/** The class's own id for [classId]; other dynamic segments get an id nobody has. */
const idsFor = (classId: string) => (segment: string) => (segment === "[classId]" ? classId : SOME_ID);

const pageFiles = filesUnder(path.join(root, "app/teach"), /^page\.tsx$/);
const classPages = pageFiles.filter((f) => f.includes("[classId]"));
const actions = serverActions((filename) => filename.startsWith("app/teach/") || filename.startsWith("lib/classes/"), idsFor(SOME_ID));

test("the enumeration finds the teacher surfaces", () => {
  expect(pageFiles.length).toBeGreaterThanOrEqual(2);
  expect(classPages.length).toBeGreaterThanOrEqual(1);
  expect(actions.length).toBeGreaterThanOrEqual(5);
});

test("every teacher page sends a signed-out visitor to sign in and a student to their dashboard", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: new URL(test.info().project.use.baseURL!).origin });
  const student = await createUser();
  await signIn(page, student);
  for (const file of pageFiles) {
    const url = urlOf(file, idsFor(SOME_ID));
    const signedOut = await anonymous.get(url, { maxRedirects: 0 });
    expect(signedOut.status(), `${url} signed out`).toBe(307);
    expect(signedOut.headers()["location"], url).toContain("/sign-in?callbackUrl=");
    const asStudent = await page.request.get(url, { maxRedirects: 0 });
    expect(asStudent.status(), `${url} as a student`).toBe(307);
    expect(asStudent.headers()["location"], url).toBe("/dashboard?denied=1");
  }
  await anonymous.dispose();
});

test("a teacher of another class gets 404 from every page of a class", async ({ page }) => {
  const owner = await createUser({ role: "TEACHER" });
  const other = await createUser({ role: "TEACHER" });
  const theirs = await createClass(owner, "physics-sl");
  await signIn(page, other);
  for (const file of classPages) {
    const url = urlOf(file, idsFor(theirs.id));
    expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
  // Their own Teach page still works, and does not list the other class.
  const own = await page.request.get("/teach");
  expect(own.status()).toBe(200);
  expect(await own.text()).not.toContain(theirs.id);
});

test("every teacher action refuses a signed-out visitor, a student and a teacher of another class, and changes nothing", async ({ page, browser }) => {
  const owner = await createUser({ role: "TEACHER" });
  const member = await createUser({ courses: ["physics-sl"] });
  const other = await createUser({ role: "TEACHER" });
  const student = await createUser();
  const theirs = await createClass(owner, "physics-sl", [member]);
  const before = await classState(theirs.id);
  const { encodeReply } = await import("next/dist/compiled/react-server-dom-turbopack/client.edge.js");

  // Every field any teacher form sends, aimed at the owner's class: a check that was missing would show.
  const call = async (request: typeof page.request, action: (typeof actions)[number]) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      classId: theirs.id,
      studentId: member.id,
      email: other.email,
      change: "close",
      confirm: "on",
      name: "Taken over",
      courseSlug: "",
      assignmentId: SOME_ID,
      attemptId: SOME_ID,
    }))
      form.set(name, value);
    const body = await encodeReply([{}, form]);
    const res = await request.post(action.page, {
      headers: { "Next-Action": action.id, Accept: "text/x-component" },
      multipart: body instanceof FormData ? Object.fromEntries([...body.entries()].map(([k, v]) => [k, String(v)])) : undefined,
      data: typeof body === "string" ? body : undefined,
      maxRedirects: 0,
    });
    return { status: res.status(), location: res.headers()["location"] ?? "", text: await res.text() };
  };

  const signedOut = await browser.newContext();
  // The proxy turns a signed-out request away before the action runs; the action would refuse it too.
  for (const action of actions) {
    const res = await call(signedOut.request, action);
    expect(res.status === 307 ? res.location : res.text, action.name).toContain(res.status === 307 ? "/sign-in" : "Sign in to continue.");
  }
  await signedOut.close();

  await signIn(page, student);
  // A form action answers with the refusal; a bare form's action (withdraw) throws it, which reaches the client as an error.
  for (const action of actions) expect((await call(page.request, action)).text, action.name).toMatch(/You do not have permission to do that\.|^1:E\{"digest"/m);

  const otherTeacher = await browser.newContext();
  const otherPage = await otherTeacher.newPage();
  await signIn(otherPage, other);
  for (const action of actions) {
    const { text } = await call(otherPage.request, action);
    expect(text, action.name).not.toContain('"success"');
  }
  await otherTeacher.close();
  expect(await classState(theirs.id)).toEqual(before);
});
