import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser, withClient } from "./fixtures/users";

// The service worker is blocked in the other specs (playwright.config.ts); this one is about it.
test.use({ serviceWorkers: "allow" });

const DAY = 86_400_000;

type Schedule = {
  flashcard_id: string;
  state: string;
  reps: number;
  lapses: number;
  scheduled_days: number;
  stability: number;
  difficulty: number;
  interval_s: number;
};

/** The same three physics flashcards in review for each student, due yesterday, a minute apart (so served in this order). */
async function dueCards(userIds: string[]) {
  await withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `select f.id from flashcards f join courses c on c.id = f.course_id where c.slug = 'physics-sl' and f.status = 'PUBLISHED' order by f.key limit 3`,
    );
    const now = Date.now();
    for (const userId of userIds)
      for (const [i, { id }] of rows.entries())
        await client.query(
          `insert into card_states (id, user_id, flashcard_id, state, due, last_review, stability, difficulty, reps, scheduled_days, created_at)
           values ($1, $2, $3, 'REVIEW', $4, $5, 6, 5, 3, 5, $6)`,
          [randomUUID(), userId, id, new Date(now - DAY + i * 60_000), new Date(now - 6 * DAY), new Date(now - 30 * DAY)],
        );
  });
}

const schedules = (userId: string) =>
  withClient(async (client) => {
    const { rows } = await client.query<Schedule>(
      `select flashcard_id, state, reps, lapses, scheduled_days, stability, difficulty,
         round(extract(epoch from due - last_review))::int as interval_s
       from card_states where user_id = $1 order by flashcard_id`,
      [userId],
    );
    return rows;
  });

const reviewLogs = (userId: string) =>
  withClient(
    async (client) => (await client.query<{ client_review_id: string | null }>(`select client_review_id from review_logs where user_id = $1`, [userId])).rows,
  );

/** What this device keeps in IndexedDB (lib/offline/offline-store.ts). */
const deviceStore = (page: Page, key: "pack" | "outbox") =>
  page.evaluate(
    (name) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open("ib-revise-offline");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("kv")) return resolve(undefined);
          const read = db.transaction("kv").objectStore("kv").get(name);
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );

test("a student reviews due cards offline, reloads, and the reviews sync once when back online", async ({ page, browser, context }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  const twin = await createUser({ courses: ["physics-sl"] });
  await dueCards([student.id, twin.id]);

  await signIn(page, student);
  await expect(page.getByText("3 due today · 20 new to start")).toBeVisible();
  await page.goto("/flashcards");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(async () => ((await deviceStore(page, "pack")) as { cards: unknown[] } | undefined)?.cards.length ?? 0).toBe(23);

  await context.setOffline(true);
  await page.goto("/flashcards");
  await expect(page.getByRole("heading", { name: "Flashcards offline" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/You are offline/);
  await expect(page.getByText(/^23 cards to review/)).toBeVisible();

  const ratings = ["Good", "Hard", "Easy"] as const;
  for (const rating of ratings) {
    const card = page.getByRole("article");
    await expect(card).toHaveAccessibleName(/^Flashcard · /);
    await card.getByRole("button", { name: "Show answer" }).click();
    await card.getByRole("button", { name: rating, exact: true }).click();
  }
  await expect(page.getByRole("status")).toHaveText("3 reviews kept on this device: they are saved when you are back online.");
  await expect(page.getByRole("article")).toHaveAccessibleName(/^New card · /);

  await page.reload();
  await expect(page.getByRole("status")).toHaveText(/^3 reviews kept on this device/);
  await expect(page.getByText(/^20 cards to review/)).toBeVisible();
  expect(await reviewLogs(student.id)).toEqual([]);
  const outbox = (await deviceStore(page, "outbox")) as { id: string; card: unknown; rating: number; reviewedAt: string; seenAt: string }[];
  expect(outbox).toHaveLength(3);

  await context.setOffline(false);
  await expect(page.getByRole("status")).toHaveText("All reviews saved (3 counted).");
  expect((await reviewLogs(student.id)).map((l) => l.client_review_id).sort()).toEqual(outbox.map((r) => r.id).sort());

  // A retry of the same reviews (a lost answer, a second tab) counts none of them again.
  const retry = await page.request.post("/api/v1/flashcards/offline-reviews", {
    data: { userId: student.id, reviews: outbox.map(({ id, card, rating, reviewedAt, seenAt }) => ({ id, card, rating, reviewedAt, seenAt })) },
  });
  expect(((await retry.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome)).toEqual(["duplicate", "duplicate", "duplicate"]);
  expect(await reviewLogs(student.id)).toHaveLength(3);

  // The same reviews made online by a student with the same cards schedule the same next reviews.
  const twinContext = await browser.newContext({ serviceWorkers: "block" });
  const twinPage = await twinContext.newPage();
  await signIn(twinPage, twin);
  const twinCards = await withClient(
    async (client) => (await client.query<{ id: string }>(`select id from card_states where user_id = $1 order by due`, [twin.id])).rows,
  );
  for (const [i, { id }] of twinCards.entries()) {
    const res = await twinPage.request.post("/api/v1/flashcards/review", { data: { card: { cardStateId: id }, rating: [3, 2, 4][i] } });
    expect(res.status()).toBe(200);
  }
  await twinContext.close();
  expect(await schedules(student.id)).toEqual(await schedules(twin.id));

  // The dashboard counts them: nothing due any more, and a study streak begun.
  await page.goto("/dashboard");
  await expect(page.getByText("0 due today · 20 new to start")).toBeVisible();
  await expect(page.getByText("You have studied today.")).toBeVisible();
});

test("offline, a page that needs the connection shows the offline page, not the browser's error", async ({ page, context }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // What the worker keeps: the two shells and what they load, KaTeX's common faces among it (text is in
  // the device's own font); no signed-in page.
  const kept = await page.evaluate(async () => (await (await caches.open("ib-revise-offline-shells")).keys()).map((r) => new URL(r.url).pathname));
  expect(kept).toEqual(expect.arrayContaining(["/offline", "/offline/flashcards"]));
  expect(kept.some((p) => /^\/_next\/static\/.+\.js$/.test(p))).toBe(true);
  expect(kept.some((p) => /KaTeX_Main-Regular.*\.woff2$/.test(p))).toBe(true);
  expect(kept.filter((p) => !p.startsWith("/_next/static/") && !p.startsWith("/offline"))).toEqual([]);

  await context.setOffline(true);
  await page.goto("/questions");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await page.getByRole("link", { name: "Review flashcards offline" }).click();
  await expect(page.getByRole("heading", { name: "Flashcards offline" })).toBeVisible();

  await context.setOffline(false);
  await page.goto("/questions");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeHidden();
  await expect(page).toHaveURL(/\/questions$/);
});

test("signing out forgets the cards kept for offline review", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto("/flashcards");
  await expect.poll(async () => Boolean(await deviceStore(page, "pack"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out/);
  await expect.poll(async () => Boolean(await deviceStore(page, "pack"))).toBe(false);
  await page.goto("/offline/flashcards");
  await expect(page.getByText("No cards kept on this device yet")).toBeVisible();
});
