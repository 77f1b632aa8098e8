import { describe, expect, it } from "vitest";
import { z } from "zod";
import { route } from "@/lib/api/route";
import { JSON_BODY_LIMIT_BYTES, readBodyText } from "@/lib/http/read-body";

/** A body of `total` bytes made as it is read, counting how much was pulled from it. */
function lazyBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3100/api/v1/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);

describe("request bodies over the limit", () => {
  it("stops reading a streamed 300 MB body just past the limit", async () => {
    const { stream, counter } = lazyBody(300_000_000);
    await expect(readBodyText(post(stream))).rejects.toMatchObject({ status: 413, code: "payload_too_large" });
    expect(counter.pulled).toBeLessThan(JSON_BODY_LIMIT_BYTES + 200_000);
  });

  it("reads a body at the limit whole", async () => {
    const text = `"${"a".repeat(JSON_BODY_LIMIT_BYTES - 2)}"`;
    await expect(readBodyText(post(text))).resolves.toHaveLength(JSON_BODY_LIMIT_BYTES);
  });

  it("answers 413 through route() by the declared length, before reading anything or calling the handler", async () => {
    let called = false;
    const POST = route({ access: "user", body: z.object({ answer: z.string() }) }, async () => {
      called = true;
      return { ok: true };
    });
    const { stream, counter } = lazyBody(300_000_000);
    // A signed-out caller: the size is refused before the session is even looked up (401 otherwise).
    const res = await POST(post(stream, { "content-length": "300000000" }), { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024);
    expect(called).toBe(false);
  });

  it("answers 413 through route() for an oversized body that declares no length", async () => {
    const POST = route({ access: "public", body: z.object({ answer: z.string() }) }, async () => ({ ok: true }));
    const { stream } = lazyBody(50_000_000);
    const res = await POST(post(stream), { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
  });
});
