import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "@/app/figures/[name]/route";
import { db } from "@/lib/db/prisma";
import { MAX_PNG_BYTES } from "./prepare-figure";
import { storeFigure } from "./store-figure";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const stored: string[] = [];
afterAll(() => db.figure.deleteMany({ where: { hash: { in: stored } } }));

/** An SVG no other test stores, so each test owns its rows. */
const uniqueSvg = (extra = "") =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">${extra}<text x="4" y="20">${randomUUID()}</text></svg>`);

async function store(bytes: Buffer, alt: unknown = "A line through the origin") {
  const figure = await storeFigure({ bytes, alt });
  stored.push(figure.hash);
  return figure;
}
const fetchFigure = (name: string) => GET(new Request(`http://127.0.0.1:3100/figures/${name}`), { params: Promise.resolve({ name }) });

describe("storeFigure", () => {
  it("stores an SVG once under the hash of its sanitised bytes, with its size and alt text", async () => {
    const bytes = uniqueSvg(`<script>alert(1)</script>`);
    const first = await store(bytes);
    const again = await store(bytes, "Another description of the same drawing");
    expect(again.hash).toBe(first.hash);
    expect(first).toMatchObject({ width: 320, height: 180, extension: "svg", contentType: "image/svg+xml" });
    expect(first.path).toBe(`/figures/${first.hash}-320x180.svg`);
    expect(first.markdown).toBe(`![A line through the origin](${first.path})`);
    expect(again.markdown).toBe(`![Another description of the same drawing](${first.path})`);

    const rows = await db.$primary().figure.findMany({ where: { hash: first.hash } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.alt).toBe("A line through the origin");
    expect(Buffer.from(rows[0]!.content).toString("utf8")).not.toContain("script");
  });

  it("stores a PNG as uploaded, judged by its bytes whatever the file claims to be", async () => {
    const figure = await store(PNG, "One white pixel");
    expect(figure).toMatchObject({ width: 1, height: 1, extension: "png", contentType: "image/png" });
  });

  it("refuses what is not a figure, with the reason", async () => {
    const refusals: [Buffer, unknown, RegExp][] = [
      [Buffer.from("GIF89a......"), "A picture", /SVG or PNG/],
      [Buffer.from("<html><script>alert(1)</script></html>"), "A picture", /SVG or PNG/],
      [Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(MAX_PNG_BYTES)]), "A picture", /at most 2 MB/],
      [Buffer.concat([PNG.subarray(0, 8), Buffer.from("not really a png")]), "A picture", /could not be read/],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>'), "A dot", /no size|could not be read/],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="10"/>'), "A strip", /4096 pixels/],
      [uniqueSvg(), "", /alt text/],
      [uniqueSvg(), undefined, /expected string|alt text/i],
    ];
    for (const [bytes, alt, message] of refusals) {
      await expect(storeFigure({ bytes, alt }), String(message)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
    }
  });
});

describe("GET /figures/[name]", () => {
  it("serves a figure as immutable, sandboxed and never sniffed", async () => {
    const figure = await store(uniqueSvg());
    const res = await fetchFigure(figure.path.slice("/figures/".length));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain("<svg");
  });

  it("answers 404 for an unknown figure, a wrong size or type, or a name that is not a figure's", async () => {
    const figure = await store(uniqueSvg());
    for (const name of [`${"0".repeat(64)}-320x180.svg`, `${figure.hash}-321x180.svg`, `${figure.hash}-320x180.png`, "../../etc/passwd", "x".repeat(300)]) {
      const res = await fetchFigure(name);
      expect(res.status, name).toBe(404);
      expect(res.headers.get("cache-control"), name).toBe("no-store");
    }
  });
});
