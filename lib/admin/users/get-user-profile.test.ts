import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getUserProfile } from "@/lib/admin/users/get-user-profile";

describe("getUserProfile", () => {
  it("shows the account with its exam session and enrolments, straight after they were written", async () => {
    const user = await db.user.create({
      data: {
        email: `profile-${randomUUID()}@example.test`,
        name: "Grace",
        timezone: "Europe/Madrid",
        examMonth: "NOVEMBER",
        examYear: 2027,
        enrolments: { create: [{ course: { connect: { slug: "physics-hl" } }, targetGrade: 7 }, { course: { connect: { slug: "biology-sl" } } }] },
      },
      select: { id: true },
    });
    const profile = await getUserProfile(user.id);
    expect(profile).toMatchObject({
      name: "Grace",
      role: "STUDENT",
      status: "ACTIVE",
      timezone: "Europe/Madrid",
      examSession: "November 2027",
      lastActiveAt: null,
    });
    expect(profile!.enrolments.map((e) => [e.slug, e.targetGrade])).toEqual([
      ["biology-sl", null],
      ["physics-hl", 7],
    ]);
  });

  it("is null for an unknown or malformed id", async () => {
    expect(await getUserProfile(randomUUID())).toBeNull();
    expect(await getUserProfile("../etc")).toBeNull();
  });
});
