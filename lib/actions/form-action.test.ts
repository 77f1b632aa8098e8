import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { afterEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createActionBuilders, type ActionContext } from "@/lib/actions/form-action";
import { BadRequestError, ConflictError, ForbiddenError } from "@/lib/errors";
import type { FormState } from "@/lib/http/form-state";
import { apiByUser } from "@/lib/rate-limit/limiters";

const userWith = (role: CurrentUser["role"]): CurrentUser =>
  ({ id: randomUUID(), role, email: `${role.toLowerCase()}@example.test`, name: role, sessionId: randomUUID() }) as CurrentUser;

/** Builders that see `user` as the signed-in user and `headers` as the request's headers. */
const buildersFor = (user: CurrentUser | null, headers: Record<string, string> = {}) =>
  createActionBuilders({ currentUser: async () => user, requestHeaders: async () => new Headers(headers) });

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const touched: string[] = [];
afterEach(async () => {
  await Promise.all(touched.splice(0).map((id) => apiByUser.delete(id)));
});

describe("formAction", () => {
  it("refuses a student an admin action with the form's message, without running it", async () => {
    let ran = false;
    const action = buildersFor(userWith("STUDENT")).formAction({ access: ["ADMIN"] }, async () => {
      ran = true;
      return { success: "done" };
    });
    expect(await action({}, form({}))).toEqual({ error: "You do not have permission to do that." });
    expect(ran).toBe(false);
  });

  it("asks a signed-out visitor to sign in, and lets public actions run for them", async () => {
    const { formAction } = buildersFor(null);
    expect(await formAction({ access: "user" }, async () => ({ success: "done" }))({}, form({}))).toEqual({ error: "Sign in to continue." });
    expect(await formAction({ access: "public" }, async (_f, { user }) => ({ success: `user ${user}` }))({}, form({}))).toEqual({ success: "user null" });
  });

  it("gives the handler the user, the form, the client's address and the request id", async () => {
    const admin = userWith("ADMIN");
    let seen: { userId: string; context: ActionContext; name: FormDataEntryValue | null } | undefined;
    const action = buildersFor(admin, { "x-forwarded-for": "203.0.113.9", "x-request-id": "req-123" }).formAction(
      { access: ["ADMIN"] },
      async (formData, { user, context }) => {
        seen = { userId: user.id, context, name: formData.get("name") };
        return { success: "saved" };
      },
    );
    touched.push(admin.id);
    expect(await action({}, form({ name: "Ada" }))).toEqual({ success: "saved" });
    expect(seen).toEqual({ userId: admin.id, context: { ip: "203.0.113.9", requestId: "req-123" }, name: "Ada" });
  });

  it("turns a domain error into its message and anything else into a generic one, keeping the named fields", async () => {
    const student = userWith("STUDENT");
    touched.push(student.id);
    const { formAction } = buildersFor(student);
    const conflict = formAction({ access: "user", keep: ["email"] }, async () => {
      throw new ConflictError("That address is taken.");
    });
    expect(await conflict({}, form({ email: "ada@example.test", password: "secret" }))).toEqual({
      error: "That address is taken.",
      values: { email: "ada@example.test" },
    });
    const broken = formAction({ access: "user" }, async () => {
      throw new TypeError("undefined is not a function");
    });
    expect(await broken({}, form({}))).toEqual({ error: "Something went wrong on our side. Please try again." });
  });

  it("uses the action's own error mapping when it has one", async () => {
    const student = userWith("STUDENT");
    touched.push(student.id);
    const action = buildersFor(student).formAction(
      { access: "user", onError: (err): FormState => ({ error: `mapped: ${(err as Error).message}` }) },
      async () => {
        throw new Error("boom");
      },
    );
    expect(await action({}, form({}))).toEqual({ error: "mapped: boom" });
  });

  it("lets redirect() through to Next", async () => {
    const student = userWith("STUDENT");
    touched.push(student.id);
    const action = buildersFor(student).formAction({ access: "user" }, async () => redirect("/dashboard"));
    await expect(action({}, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("counts actions against the user's API budget and refuses them once it is spent", async () => {
    const student = userWith("STUDENT");
    touched.push(student.id);
    let runs = 0;
    const action = buildersFor(student).formAction({ access: "user" }, async () => {
      runs += 1;
      return { success: "ok" };
    });
    expect(await action({}, form({}))).toEqual({ success: "ok" });
    await apiByUser.penalty(student.id, apiByUser.points);
    expect((await action({}, form({}))).error).toMatch(/^Too many attempts\. Try again in /);
    expect(runs).toBe(1);
  });
});

describe("plainAction", () => {
  it("runs for an allowed user and throws the refusal for anyone else", async () => {
    const teacher = userWith("TEACHER");
    touched.push(teacher.id);
    let ran = 0;
    const build = (user: CurrentUser) => buildersFor(user).plainAction({ access: ["TEACHER", "ADMIN"] }, async () => void (ran += 1));
    await build(teacher)(form({}));
    await expect(build(userWith("STUDENT"))(form({}))).rejects.toBeInstanceOf(ForbiddenError);
    expect(ran).toBe(1);
  });

  it("refuses a call whose form is not form data (a crafted request) with a 400, without running", async () => {
    const teacher = userWith("TEACHER");
    touched.push(teacher.id);
    let ran = 0;
    const action = buildersFor(teacher).plainAction({ access: ["TEACHER"] }, async () => void (ran += 1));
    await expect(action({} as FormData)).rejects.toBeInstanceOf(BadRequestError);
    expect(ran).toBe(0);
  });
});
