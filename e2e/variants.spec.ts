import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { getQuestionGenerator } from "../lib/questions/generators/registry";
import { expectedAnswerText } from "../lib/marking/format-numeric-value";
import { reviewVariantSeed } from "../lib/questions/generated-variant";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

/** The answer a student who worked the variant out would type: the generator's own, as the question expects it written. */
function variantAnswer(generatorId: string, seed: number): string {
  const variant = getQuestionGenerator(generatorId).generate(seed);
  if (variant.type !== "NUMERIC") throw new Error(`${generatorId} is not a numeric generator`);
  return expectedAnswerText(variant.numericAnswer);
}

test("a student answers a generated question, then a fresh variant of it through 'Try another like this'", async ({ page }) => {
  test.setTimeout(90_000); // a sign-in, three typeset pages and an axe scan
  const student = await createUser({ courses: ["math-aa-sl"] });
  const [family] = await query<{ id: string; generator: string }>(
    `select q.id, q.source->>'generator' as generator from questions q join courses c on c.id = q.course_id
     where c.slug = 'math-aa-sl' and q.status = 'PUBLISHED' and q.type = 'NUMERIC' and q.source->>'kind' = 'generated' order by q.key limit 1`,
  );
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${family!.id}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  await page.getByRole("textbox", { name: "Your answer" }).fill("1");
  await page.getByRole("button", { name: "Submit answer" }).click();

  await page.getByRole("link", { name: "Try another like this" }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/variants/${family!.id}\\?seed=\\d+$`));
  await expect(page.getByRole("heading", { name: "Try another like this" })).toBeVisible();
  const seed = Number(new URL(page.url()).searchParams.get("seed"));

  // Reloading keeps the variant: the seed is in the URL.
  const variant = page.getByRole("article", { name: "Variant question" });
  const shown = await variant.textContent();
  await page.reload();
  await expect(variant).toHaveText(shown!);

  const answer = variantAnswer(family!.generator, seed);
  await page.getByRole("textbox", { name: "Your answer" }).fill(answer);
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page).toHaveURL(/&attempt=/);
  const result = page.getByRole("region", { name: "Correct" });
  await expect(result).toBeVisible();
  await expect(result.getByText(answer, { exact: true }).last()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expectAccessible(page);
  // Usable on a phone: nothing wider than the screen (a wide equation scrolls in its own box).
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  const [attempt] = await query<{ question_id: string; variant_seed: number }>(
    `select a.question_id, a.variant_seed from attempts a join users u on u.id = a.user_id where u.email = $1 and a.variant_seed is not null`,
    [student.email],
  );
  expect(attempt).toEqual({ question_id: family!.id, variant_seed: seed });

  // And another: a new seed.
  await page.getByRole("link", { name: "Try another like this" }).click();
  await expect(page).toHaveURL(/\?seed=\d+$/);
  expect(Number(new URL(page.url()).searchParams.get("seed"))).not.toBe(seed);
});

test("a mistake on a generated question comes back in review with new numbers", async ({ page }) => {
  const student = await createUser({ courses: ["math-aa-sl"] });
  const [family] = await query<{ id: string; generator: string; seed: number }>(
    `select q.id, q.source->>'generator' as generator, (q.source->>'seed')::int as seed from questions q join courses c on c.id = q.course_id
     where c.slug = 'math-aa-sl' and q.status = 'PUBLISHED' and q.type = 'NUMERIC' and q.source->>'kind' = 'generated' order by q.key limit 1`,
  );
  await signIn(page, student);
  const wrong = await page.request.post(`/api/v1/questions/${family!.id}/variants`, { data: { seed: 5, answer: { type: "NUMERIC", value: "0.000123" } } });
  expect(wrong.status()).toBe(200);
  const [card] = await query<{ id: string }>(`select cs.id from card_states cs join users u on u.id = cs.user_id where u.email = $1`, [student.email]);

  await page.goto("/flashcards");
  const mistake = page.getByRole("article", { name: /^Mistake, new numbers · / });
  await expect(mistake).toBeVisible();
  await mistake.getByRole("button", { name: /Show answer/ }).click();
  const seed = reviewVariantSeed(card!.id, 0, family!.seed);
  await expect(mistake.getByText(`Answer: ${variantAnswer(family!.generator, seed)}`, { exact: true })).toBeVisible();
});
