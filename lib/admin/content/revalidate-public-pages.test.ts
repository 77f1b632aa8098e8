import { describe, expect, it } from "vitest";
import { publicContentPaths, revalidatePublicPages } from "./revalidate-public-pages";

describe("revalidatePublicPages", () => {
  it("covers the landing page, the catalog and each course page once", () => {
    expect(publicContentPaths(["physics-hl", "physics-hl", "biology-sl"])).toEqual(["/", "/courses", "/courses/physics-hl", "/courses/biology-sl"]);
  });

  it("leaves pages to their own schedule outside a Next.js request instead of failing the write", () => {
    expect(() => revalidatePublicPages(["physics-hl"])).not.toThrow();
  });
});
