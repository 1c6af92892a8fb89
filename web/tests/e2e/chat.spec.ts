import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_FRIEND, DEMO_PASSWORD, DEMO_USER, expectAccessible, screenshots } from "./helpers";

async function apiLogin(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post("/api/auth/app/v1/auth/login", { data: { email, password: DEMO_PASSWORD } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { meta: { access_token: string } }).meta.access_token;
}

async function uiLogin(page: Page, email: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(new RegExp(next.replace(/[/?]/g, "\\$&")));
}

test("a user starts the trial and books a friend's free slot; the friend sees it; they chat live in two browsers", async ({ browser, request }) => {
  // Two browsers, two sign-ins, a booking and a chat on two shared cores.
  test.setTimeout(180_000);
  const friendToken = await apiLogin(request, DEMO_FRIEND);
  const friend = (await (await request.get("/api/users/me", { headers: { Authorization: `Bearer ${friendToken}` } })).json()) as {
    id: number;
    display_name: string;
  };

  const userContext = await browser.newContext();
  const friendContext = await browser.newContext();
  const userPage = await userContext.newPage();
  const friendPage = await friendContext.newPage();

  // The demo user starts the trial through the development payment gateway.
  await uiLogin(userPage, DEMO_USER, "/subscribe");
  const plans = userPage.getByRole("list", { name: "Plans" });
  await plans.getByRole("button").first().click();
  await userPage.getByRole("button", { name: "Confirm (test payment)" }).click();
  await expect(userPage.getByText(/Your free trial is on/)).toBeVisible();
  await expectAccessible(userPage);

  // The user books the first free text slot on the friend's profile (times in the user's zone).
  await userPage.goto(`/friends/${friend.id}`);
  await expect(userPage.getByRole("heading", { level: 1, name: friend.display_name })).toBeVisible();
  await userPage.getByLabel("Kind of conversation").selectOption("text");
  await userPage.locator("button.slot").first().click();
  await expectAccessible(userPage);
  await screenshots(userPage, "friend-profile");
  await userPage.getByRole("button", { name: /^Book / }).click();
  await expect(userPage).toHaveURL(/\/sessions\?booked=\d+/);
  await expect(userPage.getByRole("heading", { level: 2, name: `Text with ${friend.display_name}` })).toBeVisible();
  await expectAccessible(userPage);
  await screenshots(userPage, "sessions");

  // Booking opened their conversation: both open it.
  await userPage.getByRole("link", { name: "Chat" }).click();
  await userPage.getByRole("navigation", { name: "Conversations" }).getByRole("link").first().click();
  await expect(userPage).toHaveURL(/\/chat\/\d+$/);
  const conversationPath = new URL(userPage.url()).pathname;
  await expect(userPage.getByText("Connected")).toBeVisible();

  // The friend finds the booking in their calendar, then opens the conversation.
  await uiLogin(friendPage, DEMO_FRIEND, "/friend");
  await expect(friendPage.getByRole("region", { name: "Upcoming sessions" })).toContainText(/text with/);
  await expect(friendPage.getByRole("group", { name: /^Monday hours/ }).first()).toBeVisible();
  await expectAccessible(friendPage);
  await screenshots(friendPage, "friend-calendar");
  await friendPage.goto(conversationPath);
  await expect(friendPage.getByText("Connected")).toBeVisible();

  const userSays = `Hello from the user ${Date.now()}`;
  await userPage.getByRole("textbox", { name: "Message" }).fill(userSays);
  await userPage.getByRole("button", { name: "Send" }).click();
  await expect(friendPage.getByRole("list", { name: "Conversation" })).toContainText(userSays);

  const friendSays = `Hi! Nice to meet you ${Date.now()}`;
  await friendPage.getByRole("textbox", { name: "Message" }).fill(friendSays);
  await friendPage.keyboard.press("Enter");
  await expect(userPage.getByRole("list", { name: "Conversation" })).toContainText(friendSays);
  // Each message is shown once on each side, acknowledged (no longer "sending").
  await expect(userPage.getByRole("listitem").filter({ hasText: userSays })).toHaveCount(1);
  await expect(friendPage.getByRole("listitem").filter({ hasText: userSays })).toHaveCount(1);
  await expect(userPage.getByText("sending…")).toHaveCount(0);
  await expectAccessible(userPage);
  await screenshots(userPage, "chat");

  // History survives a reload, in order.
  await friendPage.reload();
  const messages = friendPage.getByRole("list", { name: "Conversation" }).getByRole("listitem");
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(0)).toContainText(userSays);
  await expect(messages.nth(1)).toContainText(friendSays);

  await userContext.close();
  await friendContext.close();
});
