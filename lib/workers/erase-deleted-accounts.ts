import { eraseDueAccounts } from "@/lib/account-data/account-deletion";
import { defineCronJob } from "@/lib/jobs/job-definition";

/** Accounts whose 14-day grace period has ended are erased (each row re-checked under a lock). */
export const eraseDeletedAccounts = defineCronJob({
  id: "erase-deleted-accounts",
  name: "Erase accounts after the grace period",
  trigger: { cron: "15 * * * *" },
  retries: 2,
  concurrency: { limit: 1 },
  run: async ({ step }) => step.run("erase-due", async () => ({ erased: (await eraseDueAccounts()).erased.length })),
});
