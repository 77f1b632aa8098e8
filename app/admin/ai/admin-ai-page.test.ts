import { beforeEach, describe, expect, it, vi } from "vitest";

// The page's own server-side check, without a browser: the session next-auth would return, and
// Next's redirect as the throw it is.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; email: string; role: string }; sessionId: string } }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: vi.fn(async () => session.current) }));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((to: string) => {
    throw new Error(`redirect:${to}`);
  }),
}));
vi.mock("@/lib/admin/ai/load-ai-usage-days", () => ({ loadAiUsageDays: vi.fn(async () => []) }));
vi.mock("@/lib/admin/ai/load-allowance-leaders", () => ({ loadAllowanceLeaders: vi.fn(async () => []) }));
vi.mock("@/lib/admin/ai/list-ai-errors", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  listAiErrors: vi.fn(async () => ({ items: [], nextCursor: null })),
}));

const { default: AdminAiPage } = await import("./page");
const { loadAiUsageDays } = await import("@/lib/admin/ai/load-ai-usage-days");
const { listAiErrors } = await import("@/lib/admin/ai/list-ai-errors");

const render = () => AdminAiPage({ params: Promise.resolve({}), searchParams: Promise.resolve({ cursor: "not-a-cursor" }) } as PageProps<"/admin/ai">);
const as = (role: string) => ({ user: { id: "00000000-0000-7000-8000-000000000001", email: "someone@ib-revise.test", role }, sessionId: "sid" });

describe("/admin/ai", () => {
  beforeEach(() => vi.clearAllMocks());

  it("sends a student to the dashboard, and a teacher, before reading any usage", async () => {
    for (const role of ["STUDENT", "TEACHER"]) {
      session.current = as(role);
      await expect(render()).rejects.toThrow("redirect:/dashboard?denied=1");
    }
    expect(loadAiUsageDays).not.toHaveBeenCalled();
    expect(listAiErrors).not.toHaveBeenCalled();
  });

  it("sends the signed-out to sign in", async () => {
    session.current = null;
    await expect(render()).rejects.toThrow(`redirect:/sign-in?callbackUrl=${encodeURIComponent("/admin/ai")}`);
  });

  it("renders for an admin, reading the first errors page when the cursor is not valid", async () => {
    session.current = as("ADMIN");
    await expect(render()).resolves.toBeTruthy();
    expect(vi.mocked(listAiErrors).mock.calls[0]![0]).toEqual({ cursor: undefined, limit: 25 });
  });
});
