import { describe, expect, it } from "vitest";
import { readEventData, readTutorStream, type TutorStreamEvent } from "@/lib/tutor/read-tutor-stream";

/** A body that arrives in exactly these network reads. */
function bodyOf(reads: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const r of reads) controller.enqueue(typeof r === "string" ? encoder.encode(r) : r);
      controller.close();
    },
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const sse = (chunk: unknown) => `data: ${JSON.stringify(chunk)}\n\n`;

const answer = [
  sse({ type: "start", messageMetadata: { mode: "after-marking" } }),
  sse({ type: "text-start", id: "answer" }),
  sse({ type: "text-delta", id: "answer", delta: "You lost $M1$ " }),
  sse({ type: "text-delta", id: "answer", delta: "for the units." }),
  sse({ type: "text-end", id: "answer" }),
  sse({ type: "finish", finishReason: "stop", messageMetadata: { mode: "after-marking", status: "complete", messageId: "m-1" } }),
  "data: [DONE]\n\n",
].join("");

const expected: TutorStreamEvent[] = [
  { type: "start", mode: "after-marking" },
  { type: "text", delta: "You lost $M1$ " },
  { type: "text", delta: "for the units." },
  { type: "finish", status: "complete", messageId: "m-1", mode: "after-marking" },
];

describe("readTutorStream", () => {
  it("reads a whole answer in one network read", async () => {
    expect(await collect(readTutorStream(bodyOf([answer])))).toEqual(expected);
  });

  it("reads the same answer however the network splits it, even inside a character", async () => {
    const bytes = new TextEncoder().encode(answer.replace("units", "unités"));
    for (const size of [1, 2, 3, 7, 50]) {
      const reads: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) reads.push(bytes.slice(i, i + size));
      const events = await collect(readTutorStream(bodyOf(reads)));
      expect(events.map((e) => (e.type === "text" ? e.delta : e.type)).join("|")).toBe("start|You lost $M1$ |for the unités.|finish");
    }
  });

  it("passes on the error chunk of a cut answer and its cut status", async () => {
    const cut = [
      sse({ type: "start", messageMetadata: { mode: "hint" } }),
      sse({ type: "text-delta", id: "answer", delta: "Start by" }),
      sse({ type: "text-end", id: "answer" }),
      sse({ type: "error", errorText: "The connection to the tutor broke." }),
      sse({ type: "finish", finishReason: "other", messageMetadata: { mode: "hint", status: "cut", messageId: "m-2" } }),
      "data: [DONE]\n\n",
    ];
    expect(await collect(readTutorStream(bodyOf(cut)))).toEqual([
      { type: "start", mode: "hint" },
      { type: "text", delta: "Start by" },
      { type: "error", message: "The connection to the tutor broke." },
      { type: "finish", status: "cut", messageId: "m-2", mode: "hint" },
    ]);
  });

  it("reads a variant link, and drops one that leaves the site", async () => {
    const events = await collect(
      readTutorStream(
        bodyOf([
          sse({ type: "data-variant", data: { familyId: "f-1", seed: 42, href: "/practice/variants/f-1?seed=42" } }),
          sse({ type: "data-variant", data: { familyId: "f-1", seed: 43, href: "https://evil.example/" } }),
        ]),
      ),
    );
    expect(events).toEqual([{ type: "variant", familyId: "f-1", seed: 42, href: "/practice/variants/f-1?seed=42" }]);
  });

  it("stops at [DONE] and ignores what follows, comments and unreadable payloads", async () => {
    const body = bodyOf([
      ": keep-alive\n\n",
      "data: {not json\n\n",
      sse({ type: "text-delta", delta: "a" }),
      "data: [DONE]\n\n",
      sse({ type: "text-delta", delta: "b" }),
    ]);
    expect(await collect(readTutorStream(body))).toEqual([{ type: "text", delta: "a" }]);
  });
});

describe("readEventData", () => {
  it("joins multi-line data, accepts CRLF and a last event without its blank line", async () => {
    expect(await collect(readEventData(bodyOf(["data: one\r\ndata: two\r\n\r\n", "data:three"])))).toEqual(["one\ntwo", "three"]);
  });
});
