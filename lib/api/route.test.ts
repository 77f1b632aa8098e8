import { describe, expect, it } from "vitest";
import { route } from "@/lib/api/route";

describe("route()", () => {
  it("answers a route that Next calls without params (no dynamic segments), labelling it by its path", async () => {
    const GET = route({ access: "public" }, async () => ({ ok: true }));
    for (const context of [undefined, {}]) {
      const res = await GET(new Request("http://127.0.0.1:3100/api/v1/catalog"), context as never);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    }
  });
});
