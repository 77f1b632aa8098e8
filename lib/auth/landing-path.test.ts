import { describe, expect, it } from "vitest";
import { landingPath } from "@/lib/auth/landing-path";

describe("landingPath", () => {
  it("sends admins to the admin area and everyone else to their dashboard", () => {
    expect(landingPath("ADMIN")).toBe("/admin");
    expect(landingPath("STUDENT")).toBe("/dashboard");
  });
});
