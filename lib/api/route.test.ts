import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { uuidSegment } from "@/lib/http/path-params";

describe("route()", () => {
  it("answers a route that Next calls without params (no dynamic segments), labelling it by its path", async () => {
    const GET = route({ access: "public" }, async () => ({ ok: true }));
    for (const context of [undefined, {}]) {
      const res = await GET(new Request("http://127.0.0.1:3100/api/v1/catalog"), context as never);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    }
  });

  it("parses the path's segments with the route's schema, answering 404 with its message when one does not parse", async () => {
    const GET = route({ access: "public", params: z.object({ id: uuidSegment("thing") }) }, async ({ params }) => ({ id: params.id }));
    const id = randomUUID();
    const found = await GET(new Request(`http://127.0.0.1:3100/api/v1/things/${id}`), { params: Promise.resolve({ id }) });
    expect(await found.json()).toEqual({ id });
    const malformed = await GET(new Request("http://127.0.0.1:3100/api/v1/things/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({ error: { code: "not_found", message: "There is no such thing." } });
  });

  it("gives the handler the caller's address and the request id as one context", async () => {
    const GET = route({ access: "public" }, async ({ context }) => context);
    const res = await GET(new Request("http://127.0.0.1:3100/api/v1/echo", { headers: { "x-forwarded-for": "198.51.100.7", "x-request-id": "req-42" } }), {
      params: Promise.resolve({}),
    });
    expect(await res.json()).toEqual({ ip: "198.51.100.7", requestId: "req-42" });
  });
});
