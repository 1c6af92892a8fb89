import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_MANAGER, DEMO_USER, expectAccessible, screenshots, uiLogin } from "./helpers";

test("a manager manages a user (deactivate, reactivate, suspend, lift) and an admin sees it in the audit log", async ({ page, request, browser }) => {
  test.setTimeout(120_000);
  // Someone to act on who is not used by the other tests: a fresh sign-up.
  const email = `staff-target-${Date.now()}@example.com`;
  await request.post("/api/auth/app/v1/auth/signup", { data: { email, password: "a-long-enough-passphrase" } });

  // Not staff: the portal says so.
  await uiLogin(page, DEMO_USER, "/dashboard");
  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff only" })).toBeVisible();
  await page.getByRole("button", { name: /Log out/ }).click();

  await uiLogin(page, DEMO_MANAGER, "/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff overview" })).toBeVisible();
  await expect(page.locator(".recharts-wrapper")).toBeVisible();
  await expect(page.getByRole("table", { name: "Tickets by status" })).toBeVisible();
  // Managers do not see the audit log.
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, "staff-overview");

  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Name or email").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("list", { name: "Users" }).getByRole("listitem").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Deactivate ${email}` }).click();
  await expect(row.getByText(/Deactivated: they are signed out/)).toBeVisible();
  await expect(row).toContainText("deactivated");
  await row.getByRole("button", { name: `Reactivate ${email}` }).click();
  await expect(row.getByText("Reactivated.")).toBeVisible();

  await row.getByRole("button", { name: `Suspend… ${email}` }).click();
  await row.getByLabel("Reason").fill("e2e: spam messages");
  await row.getByLabel(/^Days/).fill("3");
  await row.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(row.getByText("Suspended for 3 days.")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "staff-users");

  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Suspensions" }).click();
  const suspension = page.getByRole("list", { name: "Suspensions" }).getByRole("listitem").filter({ hasText: "e2e: spam messages" });
  await expect(suspension).toHaveCount(1);
  await suspension.getByLabel("Why lift it?").fill("e2e: appeal accepted");
  await suspension.getByRole("button", { name: /^Lift suspension/ }).click();
  await expect(page.getByRole("list", { name: "Suspensions" }).getByText("e2e: spam messages")).toHaveCount(0);
  await expectAccessible(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await uiLogin(admin, DEMO_ADMIN, "/staff/audit");
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Staff actions" })).toContainText(/deactivat/i);
  await expectAccessible(admin);
  await screenshots(admin, "staff-audit");
  await adminContext.close();
});
