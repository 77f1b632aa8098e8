import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { getAccountSettings } from "./get-account-settings";
import { setEmailReminders } from "./set-email-reminders";
import { createTestStudent } from "@/lib/test-support/test-student";

let userId: string;
beforeAll(async () => {
  userId = (await createTestStudent()).userId;
});
afterAll(async () => {
  await db.user.delete({ where: { id: userId } });
});

describe("setEmailReminders", () => {
  it("turns reminders off and on again, as the settings page then shows", async () => {
    expect((await getAccountSettings(userId)).emailReminders).toBe(true);
    await setEmailReminders(userId, false);
    expect(await getAccountSettings(userId)).toMatchObject({ emailReminders: false, deleteAfter: null, timeZone: "UTC" });
    await setEmailReminders(userId, true);
    expect((await getAccountSettings(userId)).emailReminders).toBe(true);
  });
});
