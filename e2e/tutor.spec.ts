import { startTestOpenAiStreamServer } from "@/lib/feedback/test-openai-stream-server";
import { expect, signIn, test } from "./fixtures/test";
import { createUser, withClient } from "./fixtures/users";
import { practiceOrder } from "./fixtures/questions";

// The tutor beside a question, end to end: the model is the streaming stand-in (OpenAI's protocol,
// chunk by chunk), started here on the fixed port that the "tutor" project's server was told about
// (playwright.config.ts: a second server of the same build, so the other specs keep a server without a model).
const standInPort = Number(process.env.E2E_OPENAI_PORT);

test.describe.configure({ mode: "serial" });

let standIn: Awaited<ReturnType<typeof startTestOpenAiStreamServer>>;
test.beforeAll(async () => {
  standIn = await startTestOpenAiStreamServer({ kind: "tokens", tokens: ["Think"] }, { port: standInPort });
});
test.afterAll(async () => standIn?.close());

const numericQuestion = "physics-b-3-01-sl"; // 0.120 mol, to three significant figures, 2 marks

test("a student asks for a hint on a numeric question, submits, asks why they lost a mark, and sees the streamed answer with rendered LaTeX", async ({
  page,
}) => {
  test.setTimeout(90_000); // a sign-in, two streamed answers and a marking
  const student = await createUser({ courses: ["physics-sl"] });
  const questionId = await withClient(async (c) => (await c.query<{ id: string }>("select id from questions where key = $1", [numericQuestion])).rows[0]!.id);
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${questionId}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
  expect(await practiceOrder(student.email)).toEqual([questionId]);

  // While answering: hints only, and the panel is fetched on the first click (not in the page's JS).
  await page.getByRole("button", { name: "Ask the tutor" }).click();
  const panel = page.getByRole("region", { name: "Tutor", exact: true });
  await expect(panel.getByRole("heading", { name: "Tutor" })).toBeFocused();
  await expect(panel.getByText(/Hints only until your answer is marked/)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Why did I lose marks?" })).toHaveCount(0);
  standIn.setMode({ kind: "tokens", tokens: ["Use ", "$n = ", "\\frac{m}{M}$", " and keep the ", "significant figures."], delayMs: 40 });
  await panel.getByRole("button", { name: "Hint" }).click();
  await expect(panel.getByRole("button", { name: "Stop" })).toBeVisible();
  // The message list (the finished answer is also in a hidden live region for screen readers).
  await expect(panel.getByRole("listitem").filter({ hasText: "significant figures." })).toBeVisible();
  await expect(panel.locator(".katex").first()).toBeVisible();
  // The hint's prompt held no markscheme: what reached the model is the player's view.
  expect(JSON.stringify(standIn.requests.at(-1))).not.toContain("0.120");

  // Submit an answer that loses the significant-figures mark; the open panel switches mode.
  await page.getByRole("textbox", { name: "Your answer" }).fill("0.12 mol");
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("region", { name: /correct/i }).getByText("1 / 2 marks")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Why did I lose marks?" })).toBeVisible();

  // Streamed token by token: the text grows while Stop is shown, then the formula is typeset.
  standIn.setMode({
    kind: "tokens",
    tokens: ["You lost ", "the A1 mark: ", "the answer needs three significant figures, ", "$n = 0.120\\,\\text{mol}$", "."],
    delayMs: 150,
  });
  await panel.getByRole("button", { name: "Why did I lose marks?" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: /You lost/ })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Stop" })).toBeVisible();
  await expect(panel.getByRole("listitem").filter({ hasText: /three significant figures/ })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Stop" })).toHaveCount(0);
  const answer = panel.getByRole("listitem").filter({ hasText: "You lost" });
  await expect(answer.locator(".katex")).toBeVisible();
  await expect(answer.locator(".katex-error")).toHaveCount(0);
  await expect(answer.locator("math")).toContainText("0.120");

  // Reopened from the server after a reload: both exchanges are in the thread.
  await page.reload();
  await page.getByRole("button", { name: "Ask the tutor" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "You lost" })).toBeVisible();
  await expect(panel.getByText("Give me a hint for the next step.")).toBeVisible();
});
