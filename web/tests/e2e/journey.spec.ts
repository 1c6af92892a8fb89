import { expect, test } from "@playwright/test";
import { expectAccessible, latestCode, screenshots } from "./helpers";

test("a newcomer signs up, verifies the emailed code, answers the questionnaire (resuming after a reload) and sees matches", async ({
  page,
}) => {
  const email = `newcomer-${Date.now()}@example.com`;

  await page.goto("/signup");
  await expectAccessible(page);
  await screenshots(page, "signup");
  // A problem detail from the API lands beside its field.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#field-password-error")).toContainText(/too short/i);

  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/verify/);
  await expect(page.getByText(/printed in the terminal where the API runs/)).toBeVisible();
  await page.getByLabel("Verification code").fill(await latestCode(email));
  await page.getByRole("button", { name: "Verify email" }).click();

  await expect(page).toHaveURL(/\/onboarding/);
  const progress = page.getByText(/^Question \d+ of \d+$/);
  await expect(progress).toHaveText(/^Question 1 of (\d+)$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(2);
  await expectAccessible(page);
  await screenshots(page, "onboarding");

  async function answerCurrent() {
    // The first choice of whatever kind of question this is; importance "A lot".
    await page.locator("fieldset .choice input").first().check();
    await page.getByLabel("How much does this matter to you in a friend?").selectOption("4");
  }
  await answerCurrent();
  await page.getByRole("button", { name: "Next" }).click();
  await answerCurrent();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(progress).toHaveText(`Question 3 of ${total}`);

  // Resumable: a reload comes back to the first unanswered question.
  await page.reload();
  await expect(progress).toHaveText(`Question 3 of ${total}`);
  // Skipping a question is refused beside it.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Please choose an answer to continue.")).toBeVisible();

  for (let index = 3; index <= total; index++) {
    await answerCurrent();
    await page.getByRole("button", { name: index === total ? "See my matches" : "Next" }).click();
  }

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1, name: "Your matches" })).toBeVisible();
  const matches = page.getByRole("list", { name: "Matches" }).locator(":scope > li");
  await expect(matches.first()).toBeVisible();
  await expect(matches.first()).toContainText(/\d+% match/);
  await expect(matches.first().locator(".reasons li").first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "matches");

  const firstName = (await matches.first().getByRole("heading", { level: 2 }).textContent())!;
  await matches.first().getByRole("button", { name: `Accept ${firstName}` }).click();
  await expect(page.getByText(`You accepted ${firstName}.`)).toBeVisible();

  await page.getByRole("button", { name: /Log out/ }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?next=%2Fdashboard/);
});
