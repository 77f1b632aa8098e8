import { describe, expect, it } from "vitest";
import { routeLabel } from "@/lib/http/route-label";

describe("routeLabel", () => {
  it("collapses ids so a route is one metric series", () => {
    expect(routeLabel("/api/v1/practice/0195a0c4-1b2c-7d3e-8f40-123456789abc/answer")).toBe("/api/v1/practice/:id/answer");
    expect(routeLabel("/api/v1/files/42")).toBe("/api/v1/files/:id");
    expect(routeLabel("/api/v1/catalog/math-aa-hl")).toBe("/api/v1/catalog/math-aa-hl");
    expect(routeLabel("/api/v1/reminders/unsubscribe/abcdefghijklmnopqrstuvwxyz012345")).toBe("/api/v1/reminders/unsubscribe/:id");
  });

  it("names the route's own params, so random slugs and ids never mint new series", () => {
    expect(routeLabel("/api/v1/catalog/no-such-course-7f3a", { slug: "no-such-course-7f3a" })).toBe("/api/v1/catalog/[slug]");
    expect(routeLabel("/api/v1/files/abc", { id: "abc" })).toBe("/api/v1/files/[id]");
    expect(routeLabel("/api/v1/mocks/m1/answers/q%201", { id: "m1", questionId: "q 1" })).toBe("/api/v1/mocks/[id]/answers/[questionId]");
    expect(routeLabel("/api/auth/callback/credentials", { nextauth: ["callback", "credentials"] })).toBe("/api/auth/[nextauth]/[nextauth]");
    expect(routeLabel("/api/v1/catalog/%E0%A4%A", { slug: "junk" })).toBe("/api/v1/catalog/%E0%A4%A");
  });
});
