import { describe, expect, it } from "vitest";
import { routeLabel } from "@/lib/http/route-label";

describe("routeLabel", () => {
  it("collapses ids so a route is one metric series", () => {
    expect(routeLabel("/api/v1/practice/0195a0c4-1b2c-7d3e-8f40-123456789abc/answer")).toBe("/api/v1/practice/:id/answer");
    expect(routeLabel("/api/v1/files/42")).toBe("/api/v1/files/:id");
    expect(routeLabel("/api/v1/catalog/math-aa-hl")).toBe("/api/v1/catalog/math-aa-hl");
    expect(routeLabel("/api/v1/reminders/unsubscribe/abcdefghijklmnopqrstuvwxyz012345")).toBe("/api/v1/reminders/unsubscribe/:id");
  });
});
