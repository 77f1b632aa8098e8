import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";

// Every server action, enumerated from the build's manifest (as e2e/admin-access.spec.ts does), is called
// with text PostgreSQL cannot store in every field a form of the app sends. None may answer 5xx: bad
// input is the client's fault and must come back as the form's own message.
const root = path.resolve(import.meta.dirname, "..");
type ActionEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as { node: Record<string, ActionEntry> };

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}
const sources = [...filesUnder(path.join(root, "app")), ...filesUnder(path.join(root, "lib"))].map((file) => fs.readFileSync(file, "utf8"));
/** Every field name a form renders or an action reads. */
const fieldNames = [
  ...new Set(
    sources.flatMap((source) => [
      ...[...source.matchAll(/\bname="([A-Za-z][\w-]*)"/g)].map((m) => m[1]!),
      ...[...source.matchAll(/formData(?:\.get(?:All)?\(|, )"([A-Za-z][\w-]*)"/g)].map((m) => m[1]!),
    ]),
  ),
];

/**
 * How many arguments precede the FormData: 1 for formAction() (previous state, form data), 0 for
 * plainAction() (form data), from how the action is built in its source (lib/actions/form-action.ts).
 */
function formDataPosition(entry: ActionEntry): number | null {
  const source = fs.readFileSync(path.join(root, entry.filename), "utf8");
  const builder = source.match(new RegExp(`export const ${entry.exportedName} = (formAction|plainAction)\\b`))?.[1];
  if (builder === undefined) return null;
  return builder === "formAction" ? 1 : 0;
}

const actions = Object.entries(manifest.node).map(([id, entry]) => ({
  id,
  name: `${entry.filename}#${entry.exportedName}`,
  page:
    "/" +
    Object.keys(entry.workers)[0]!
      .replace(/^app\//, "")
      .replace(/\/page$/, "")
      .replace(/\(.*?\)\//g, "")
      .replace(/\[[^\]]+\]/g, randomUUID()),
  position: formDataPosition(entry),
}));

test("the enumeration finds the server actions and the fields they read", () => {
  expect(actions.filter((a) => a.position !== null).length).toBeGreaterThanOrEqual(30);
  expect(fieldNames).toEqual(expect.arrayContaining(["email", "password", "name", "userId", "stem"]));
});

test("no server action answers 5xx to a NUL character in any field", async ({ page }) => {
  test.setTimeout(180_000);
  const admin = await createUser({ role: "ADMIN" });
  await signIn(page, admin, /\/admin$/);
  const { encodeReply } = await import("next/dist/compiled/react-server-dom-turbopack/client.edge.js");
  const failures: string[] = [];
  for (const action of actions.filter((a) => a.position !== null)) {
    // Once with NUL everywhere, once with well-formed addresses and passwords so the NUL reaches deeper.
    for (const plausible of [false, true]) {
      const form = new FormData();
      for (const field of fieldNames) {
        if (plausible && /email/i.test(field)) form.set(field, `fuzz-${randomUUID()}@example.test`);
        else if (plausible && /password/i.test(field)) form.set(field, "a long enough pass\u0000phrase");
        else form.set(field, "Ada\u0000 Lovelace");
      }
      const body = await encodeReply(action.position === 1 ? [{}, form] : [form]);
      const res = await page.request.post(action.page, {
        headers: { "Next-Action": action.id, Accept: "text/x-component" },
        multipart: body instanceof FormData ? Object.fromEntries([...body.entries()].map(([k, v]) => [k, String(v)])) : undefined,
        data: typeof body === "string" ? body : undefined,
        maxRedirects: 0,
      });
      if (res.status() >= 500) failures.push(`${action.name} (${plausible ? "plausible" : "all NUL"}): ${res.status()}`);
    }
  }
  expect(failures).toEqual([]);
});
