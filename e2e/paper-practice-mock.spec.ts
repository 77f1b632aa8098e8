import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { expectAccessible } from "./fixtures/accessibility";
import { idOfKey } from "./fixtures/questions";

// A whole paper the way the IB sets it, in a mock: a multi-part question beneath its context and figure
// (numeric parts, one following through a wrong earlier value, written parts, a multiple-choice part) and
// an essay marked against markbands. The test catalog's Paper Practice course (scripts/seed-test-catalog.ts)
// has exactly these two questions in its Paper 2, so the mock is the same paper every time.

test("a student sits a paper with a multi-part question and an essay, then sees per-part marks, follow-through and the markbands", async ({ page }) => {
  test.setTimeout(150_000);
  const student = await createUser({ courses: ["paper-practice-sl"] });
  await signIn(page, student);
  await page.goto("/mocks");
  await page.getByRole("button", { name: "Start mock" }).click();
  await expect(page.getByRole("timer", { name: "Time remaining" })).toBeVisible();

  // The context and its figure are printed once, above part (a).
  const spectrum = page.getByRole("img", { name: /^Mass spectrum/ });
  await expect(spectrum).toHaveCount(1);
  await expect.poll(() => spectrum.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole("heading", { name: /^Question 1\(a\)/ })).toBeVisible();

  const field = (number: string) => page.getByRole("textbox", { name: `Answer to question ${number}`, exact: true });
  await field("1(a)").fill("0.327 g");
  // Wrong (0.0550 g), and (c) follows through from it: 0.600 − 0.327 − 0.060 = 0.213.
  await field("1(b)").fill("0.060 g");
  await field("1(c)").fill("0.213 g");
  await field("1(d)").fill("C 0.0272 mol, H 0.0545 mol, O 0.0136 mol, ratio 2 : 4 : 1, so C2H4O.");
  await field("1(e)").fill("The molecular ion is at 88, twice 44, so C4H8O2.");
  await field("1(f)").fill("The peak at 43 is CH3CO+; it is an ester, ethyl ethanoate.");
  await page.getByRole("group", { name: "Answer to question 1(g)" }).getByRole("radio", { name: /^B/ }).check();
  await field("2").fill("Nudges change the choice architecture, for example default pension enrolment, but a tax may work better for addictive goods.");
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();

  await page.getByRole("button", { name: "Submit paper" }).click();
  await page.getByRole("button", { name: "Yes, submit paper" }).click();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 20_000 });

  const row = (number: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Question ${number}`, exact: true }) });
  await expect(row("1(a)").getByRole("definition").last()).toHaveText("1 / 1");
  await expect(row("1(b)").getByRole("definition").last()).toHaveText("0 / 1");
  // Follow-through: right for the student's own (b).
  await expect(row("1(c)").getByRole("definition").last()).toHaveText("1 / 1");
  await expect(row("1(g)").getByRole("definition").last()).toHaveText("1 / 1");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByText(/^3 \/ 25/)).toBeVisible();
  await expect(summary.getByText(/4 written answers are waiting for you to mark them/)).toBeVisible();
  await expectAccessible(page);

  // Three written parts against their points, all made; the essay against its markbands, level 2.
  for (const number of ["1(d)", "1(e)", "1(f)"]) {
    const form = page.getByRole("form", { name: `Marks for question ${number}` });
    for (const point of await form.getByRole("checkbox").all()) await point.check();
    await form.getByRole("button", { name: "Save my marks" }).click();
    await expect(form).toBeHidden();
  }
  const essay = page.getByRole("form", { name: "Marks for question 2" });
  await essay.getByRole("radio", { name: /^Level 2/ }).check();
  await expect(essay.getByText("Your mark: 6 / 15")).toBeVisible();
  await essay.getByRole("button", { name: "Save my marks" }).click();
  await expect(page.getByRole("heading", { name: "Mark your written answers" })).toBeHidden();

  // 3 + 2 + 2 + 2 + 6.
  await expect(summary.getByText(/^15 \/ 25/)).toBeVisible();
  await expect(row("2").getByText("Placed at level 2: 6 of 15 marks")).toBeVisible();
  await row("2").getByText("Markbands and indicative content").click();
  await expect(row("2").getByRole("listitem").filter({ hasText: "Your level" })).toContainText("4–6 marks");
  // The markscheme's question shows its figure again.
  await row("1(a)").getByText("Show question").click();
  await expect(row("1(a)").getByRole("img", { name: /^Mass spectrum/ })).toBeVisible();
  await expectAccessible(page);
});

test("in practice, the same multi-part question comes part by part beneath its figure, with per-part marks and follow-through", async ({ page }) => {
  test.setTimeout(120_000);
  const student = await createUser({ courses: ["paper-practice-sl"] });
  await signIn(page, student);
  // Choosing part (g) brings the whole question, from (a).
  await page.goto(`/practice/new?questionIds=${await idOfKey("paper-practice-spectrum-g")}`);
  await page.getByRole("button", { name: "Practise this question" }).click();

  const answers: { answer: string | { option: string }; marks: string }[] = [
    { answer: "0.327 g", marks: "1 / 1 mark" },
    { answer: "0.060 g", marks: "0 / 1 mark" },
    // 0.600 − 0.327 − 0.060: right for the student's own (b).
    { answer: "0.213 g", marks: "1 / 1 mark" },
    { answer: "C 0.0272, H 0.0545, O 0.0136 mol: ratio 2 : 4 : 1, so C2H4O", marks: "" },
    { answer: "Molecular ion at 88, twice 44.06, so C4H8O2", marks: "" },
    { answer: "43 is CH3CO+; an ester, ethyl ethanoate CH3COOCH2CH3", marks: "" },
    { answer: { option: "B" }, marks: "1 / 1 mark" },
  ];
  for (const [index, { answer, marks }] of answers.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 7` })).toBeVisible();
    const question = page.getByRole("article", { name: `Question ${index + 1}` });
    // Every part is answered beneath the context and its figure.
    await expect(question.getByRole("img", { name: /^Mass spectrum/ })).toBeVisible();
    if (typeof answer === "string") await page.getByRole("textbox", { name: "Your answer" }).fill(answer);
    else await page.getByRole("radio").nth("ABCD".indexOf(answer.option)).check();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
    if (marks) await expect(page.getByText(marks, { exact: true })).toBeVisible();
    else await page.getByRole("button", { name: "Save my marks" }).click();
    if (index === 2) await expect(page.getByText(/Follow-through: .*right for your answer to \(a\) and \(b\)/)).toBeVisible();
    if (index === 6) await expectAccessible(page);
    await page.getByRole("button", { name: /^Next question/ }).click();
  }
  await expect(page.getByRole("heading", { name: /results|summary|finished/i })).toBeVisible({ timeout: 15_000 });
});
