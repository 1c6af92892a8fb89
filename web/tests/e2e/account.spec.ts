import { expect, test } from "@playwright/test";
import { DEMO_USER, expectAccessible, screenshots, uiLogin } from "./helpers";

// A 2×2 PNG, so the upload is a real image of the accepted type.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  "base64",
);

test("the demo user uploads an avatar (presigned upload to the media store) and edits their profile", async ({ page }) => {
  await uiLogin(page, DEMO_USER, "/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();

  await page.getByLabel(/Choose a photo/).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByText("Your new photo is saved.")).toBeVisible();
  const photo = page.getByRole("img", { name: "Your photo" });
  await expect(photo).toBeVisible();
  // The browser really loads it from the signed download link.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);

  // A wrong time zone is refused beside its field; a good one is saved.
  await page.getByLabel("Time zone").fill("Mars/Olympus");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#field-timezone-error")).toBeVisible();
  await page.getByLabel("Time zone").fill("America/New_York");
  await page.getByLabel("About you").fill("I like long walks and short questionnaires.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("About you")).toHaveValue("I like long walks and short questionnaires.");
  await expectAccessible(page);
  await screenshots(page, "profile");

  await page.getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByText(/Nothing yet|Mark/).first()).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "notifications");
});

test("joining a voice session opens the call screen with a local stand-in (no call service configured)", async ({ page }) => {
  await uiLogin(page, DEMO_USER, "/sessions");
  // seed_demo gives the demo user a voice session starting a few minutes after seeding.
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Voice with / }) });
  await card.getByRole("button", { name: /^Join/ }).click();
  await expect(page).toHaveURL(/\/sessions\/\d+\/call$/);
  await expect(page.getByRole("heading", { level: 1, name: "Voice call" })).toBeVisible();
  await expect(page.getByText(/Local stand-in: no call service is configured here/)).toBeVisible();
  await page.getByText("Call details (for developers)").click();
  await expect(page.getByText("fake-rtc-app")).toBeVisible();
  await page.getByRole("button", { name: "Mute" }).click();
  await expect(page.getByRole("button", { name: "Unmute" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await screenshots(page, "call");
  await page.getByRole("button", { name: "Leave" }).click();
  await expect(page).toHaveURL(/\/sessions$/);
});
