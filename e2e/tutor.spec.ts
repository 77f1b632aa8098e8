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

test("a mock's written answer gets its AI feedback on the result page as soon as it is ready, without a reload", async ({ page }) => {
  test.setTimeout(90_000);
  // Economics SL Paper 1 is extended answers marked against markbands: a short mock of it is one question.
  const student = await createUser({ courses: ["economics-sl"] });
  await signIn(page, student);
  await page.goto("/mocks");
  await page.getByText("Short practice mock").click();
  await page.getByRole("button", { name: "Start mock" }).click();
  await expect(page.getByRole("timer", { name: "Time remaining" })).toBeVisible();

  // The stand-in places the answer in the lowest level of each of the question's criteria, and takes a
  // few seconds to do it, so the result page is showing before the feedback exists.
  type Criterion = { id: string; levels: { min: number }[] };
  const criteria = await withClient(
    async (c) =>
      (
        await c.query<{ markbands: Criterion[] }>(
          `select q.markbands from mock_exams m join users u on u.id = m.user_id join questions q on q.id = m.question_ids[1]
           where u.email = $1 order by m.started_at desc limit 1`,
          [student.email],
        )
      ).rows[0]!.markbands,
  );
  const summary = `Feedback ${Date.now()}: explain each link in the chain of cause and effect, and draw the diagram.`;
  standIn.setCompletion(
    { criteria: criteria.map((c) => ({ criterion: c.id, level: 1, marks: c.levels[0]!.min, reason: "Names the effect without explaining it." })), summary },
    { delayMs: 3_000 },
  );

  await page
    .getByRole("textbox", { name: "Answer to question 1", exact: true })
    .fill("Demand rises when incomes rise, so the price of a normal good increases.");
  await page.getByRole("button", { name: "Submit paper" }).click();
  await page.getByRole("button", { name: "Yes, submit paper" }).click();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/AI feedback is being prepared/)).toBeVisible();
  // A reload would clear this mark; the feedback must arrive with the page as it is.
  await page.evaluate(() => ((window as unknown as { sameResultPage: boolean }).sameResultPage = true));

  const feedback = page.getByRole("complementary", { name: /AI feedback/ });
  await expect(feedback.getByText(summary)).toBeVisible({ timeout: 30_000 });
  await expect(feedback.getByText("Names the effect without explaining it.").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameResultPage?: boolean }).sameResultPage)).toBe(true);
  // The request that produced it was the structured feedback call, not a tutor stream.
  expect(standIn.requests.at(-1)?.stream).not.toBe(true);
});

test("the question bank offers the tutor on each question, with hints before the student has a score", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto("/questions?course=physics-sl");
  const first = page.getByRole("article").first();
  await first.getByRole("button", { name: "Ask the tutor" }).click();
  const panel = first.getByRole("region", { name: "Tutor", exact: true });
  await expect(panel.getByText(/Hints only until your answer is marked/)).toBeVisible();
  standIn.setMode({ kind: "tokens", tokens: ["Start from ", "the definition of each quantity."] });
  await panel.getByRole("button", { name: "Hint" }).click();
  await expect(panel.getByRole("listitem").filter({ hasText: "Start from the definition of each quantity." })).toBeVisible();
});

test("on a topic's note, a visitor is asked to sign in for the tutor, and a student asks it about the note", async ({ page }) => {
  // A note no other spec opens: both servers of the build share its page cache, and the page the main
  // server (no model) renders has no tutor in it.
  const notePath = "/courses/math-aa-sl/topics/1.2";
  await page.goto(notePath);
  await page.getByRole("button", { name: "Ask the tutor" }).click();
  const signInLink = page.getByRole("link", { name: "Sign in to ask it" });
  await expect(signInLink).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(notePath)}`);

  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto(notePath);
  await page.getByRole("button", { name: "Ask the tutor" }).click();
  const panel = page.getByRole("region", { name: "Tutor", exact: true });
  await expect(panel.getByText(/Ask about anything in this note/)).toBeVisible();
  standIn.setMode({ kind: "tokens", tokens: ["In short: ", "$u_n = u_1 + (n-1)d$", " for an arithmetic sequence."], delayMs: 30 });
  await panel.getByRole("button", { name: "Explain it more simply" }).click();
  const answer = panel.getByRole("listitem").filter({ hasText: "In short" });
  await expect(answer.locator(".katex")).toBeVisible();
  // Grounded in the note the student is reading.
  expect(JSON.stringify(standIn.requests.at(-1))).toContain("<note>");
});
