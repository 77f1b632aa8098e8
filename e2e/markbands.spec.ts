import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { expectAccessible } from "./fixtures/accessibility";
import { idOfKey } from "./fixtures/questions";

// An extended answer marked the way the IB marks it: against markbands, a level and a mark inside it.

test("a student marks a 15-mark economics essay in practice against its markbands, and the level they chose is shown", async ({ page }) => {
  test.setTimeout(60_000);
  const student = await createUser({ courses: ["economics-sl"] });
  const essay = await idOfKey("economics-2-4-02-sl");
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${essay}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();

  await page
    .getByRole("textbox", { name: "Your answer" })
    .fill(
      "A nudge changes the choice architecture without changing prices. Default enrolment in pensions raised saving because of inertia. But nudges may be weak for addictive goods, so a tax may be needed as well.",
    );
  await page.getByRole("button", { name: "Submit answer" }).click();

  const result = page.getByRole("region", { name: "Mark your answer" });
  await expect(result.getByText("Out of 15 marks")).toBeVisible();
  await expect(page.getByRole("region", { name: "Indicative content" })).toBeVisible();
  // Five levels and level 0, each with its range.
  await expect(page.getByRole("radio")).toHaveCount(6);
  await expect(page.getByRole("radio", { name: /^Level 5\s*13–15 marks/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("radio", { name: /^Level 4/ }).check();
  // The top of the level by default; this answer only just meets it.
  const within = page.getByRole("combobox", { name: /Mark within level 4/ });
  await expect(within).toHaveValue("12");
  await within.selectOption("10");
  await expect(page.getByText("Your mark: 10 / 15")).toBeVisible();
  await page.getByRole("button", { name: "Save my marks" }).click();

  const marked = page.getByRole("region", { name: "Partly correct" });
  await expect(marked.getByText("10 / 15 marks")).toBeVisible();
  await expect(marked.getByText("You placed your answer at level 4: 10 of 15 marks.")).toBeVisible();
  const bands = page.getByRole("region", { name: /^Markbands:/ });
  await expect(bands.getByRole("listitem").filter({ hasText: "Your level" })).toContainText("10–12 marks");
  await expectAccessible(page);
});
