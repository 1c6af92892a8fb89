import { expect, test } from "@playwright/test";
import { expectAccessible, screenshots } from "./helpers";

test("the landing page is server-rendered with its metadata, and its CTA leads to sign-up", async ({ page, request }) => {
  // Server-rendered: the headline is in the HTML itself, before any script runs.
  const html = await (await request.get("/")).text();
  expect(html).toContain("Unlimited Connections");
  expect(html).toContain("Start 7-Day Free Trial");
  // Friends' highlights come from the API, rendered on the server too (the demo friends).
  expect(html).toContain("Meet some of our friends");
  expect(html).toContain("Fran Friend");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Unlimited Connections" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How it works" })).toBeVisible();
  const friends = page.getByRole("list", { name: "Friends" }).getByRole("listitem");
  await expect(friends.first()).toBeVisible();
  expect(await friends.count()).toBeGreaterThanOrEqual(3);
  // Without a Google Analytics id configured there is nothing to consent to: no banner, no script.
  await expect(page.getByRole("region", { name: "Cookies and analytics" })).toHaveCount(0);
  await expect(page.locator('script[src*="googletagmanager"]')).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Unlimited Connections/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  await expectAccessible(page);
  await screenshots(page, "landing");

  await page.getByRole("link", { name: "Start 7-Day Free Trial" }).first().click();
  await expect(page).toHaveURL(/\/signup$/);
});

test("sitemap.xml and robots.txt are served", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.ok()).toBeTruthy();
  expect(await sitemap.text()).toContain("<loc>");
  const robots = await request.get("/robots.txt");
  expect(robots.ok()).toBeTruthy();
  const text = await robots.text();
  expect(text).toContain("Sitemap:");
  expect(text).toContain("Disallow: /api/");
});

test("the API and its problem details are served through the web origin", async ({ request }) => {
  const ping = await request.get("/api/health/ping");
  expect(ping.ok()).toBeTruthy();
  const anonymous = await request.get("/api/users/me");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
});
