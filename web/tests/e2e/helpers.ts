import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const DEMO_PASSWORD = "humanlink-demo-123";
export const DEMO_USER = "user@demo.humanlink.local";
export const DEMO_FRIEND = "friend1@demo.humanlink.local";
export const DEMO_MANAGER = "manager@demo.humanlink.local";
export const DEMO_ADMIN = "admin@demo.humanlink.local";

/** Sign in through the API (for setting the scene); the access token. */
export async function apiLogin(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post("/api/auth/app/v1/auth/login", { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { meta: { access_token: string } }).meta.access_token;
}

/** Sign in through the login page and land on `next`. */
export async function uiLogin(page: Page, email: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(new RegExp(next.replace(/[/?]/g, "\\$&")));
}

/** No serious or critical accessibility violations on the page as it stands. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Full-page screenshots at a phone and a desktop width, kept in artifacts/screenshots. */
export async function screenshots(page: Page, name: string) {
  for (const [label, width, height] of [
    ["phone", 390, 844],
    ["desktop", 1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join("artifacts", "screenshots", `${name}-${label}.png`), fullPage: true });
  }
}

/** The verification code in the newest email sent to `email` (the backend writes emails to files). */
export async function latestCode(email: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run the tests through scripts/e2e.mjs");
  let found: string | null = null;
  await expect
    .poll(
      () => {
        let files: string[] = [];
        try {
          files = readdirSync(dir).sort();
        } catch {
          return null;
        }
        for (const file of files.reverse()) {
          const text = readFileSync(path.join(dir, file), "utf8");
          if (!text.includes(`To: ${email}`)) continue;
          // The code stands alone on its line (the emails' wording may change around it).
          const match = /^\s*([A-Z0-9]{4}-[A-Z0-9]{4}|[A-Z0-9]{6,8})\s*$/m.exec(text);
          if (match?.[1]) return (found = match[1]);
        }
        return null;
      },
      { message: `a verification email to ${email}` },
    )
    .not.toBeNull();
  return found!;
}
