import { expect, test } from "@playwright/test";
import { apiLogin, DEMO_FRIEND, DEMO_MANAGER, DEMO_USER, expectAccessible, screenshots, uiLogin } from "./helpers";

test("a user starts the trial, books a friend's free slot; the friend sees it; they chat live in two browsers; the user reports a message and rates a past session; a manager finds the report in the tickets queue", async ({
  browser,
  request,
}) => {
  // Three browsers, three sign-ins, a booking, a chat and a ticket on two shared cores.
  test.setTimeout(240_000);
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
  // The demo history may hold older messages: ours are the last two, once each, in order.
  await expect(messages.last()).toContainText(friendSays);
  await expect(messages.nth(-2)).toContainText(userSays);
  await expect(messages.filter({ hasText: userSays })).toHaveCount(1);

  // The user reports the friend's message: it reaches staff as a safety ticket.
  const friendMessage = userPage.getByRole("list", { name: "Conversation" }).getByRole("listitem").filter({ hasText: friendSays });
  await friendMessage.getByRole("button", { name: /^Report/ }).click();
  await friendMessage.getByLabel("Why are you reporting it?").selectOption("harassment");
  await friendMessage.getByLabel("Anything to add? (optional)").fill("e2e report");
  await friendMessage.getByRole("button", { name: "Send report" }).click();
  await expect(friendMessage.getByText("Reported. Our team will look at it.")).toBeVisible();

  // → rate: the demo user's earlier session with this friend is over and waits for feedback.
  await userPage.getByRole("link", { name: "Sessions" }).click();
  await userPage.getByRole("button", { name: "Past" }).click();
  // The newest first: the demo history adds older sessions that may be rated too.
  const rateForm = userPage.getByRole("form", { name: `Rate your session with ${friend.display_name}` }).first();
  await expect(rateForm).toBeVisible();
  // Sending without stars is refused beside the stars.
  await rateForm.getByRole("button", { name: "Send rating" }).click();
  await expect(rateForm.getByText("Please choose from 1 to 5 stars.")).toBeVisible();
  await rateForm.getByLabel(/^5 ★/).check();
  await rateForm.getByLabel("Comment (optional)").fill("Lovely conversation, thank you!");
  await expectAccessible(userPage);
  await screenshots(userPage, "rate");
  await rateForm.getByRole("button", { name: "Send rating" }).click();
  await expect(userPage.getByText("You rated this session 5 out of 5: “Lovely conversation, thank you!”")).toBeVisible();
  await expect(userPage.getByText("You rated this session 5 out of 5: “Lovely conversation, thank you!”")).toHaveCount(1);

  await userContext.close();
  await friendContext.close();

  // A manager finds the reported message in the tickets queue and works the ticket.
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  await uiLogin(managerPage, DEMO_MANAGER, "/staff/tickets?category=safety&status=open");
  const ticketLink = managerPage.getByRole("link", { name: /Reported message \(harassment\)/ }).first();
  await expect(ticketLink).toBeVisible();
  await expectAccessible(managerPage);
  await screenshots(managerPage, "staff-tickets");
  await ticketLink.click();
  const reported = managerPage.getByRole("region", { name: "Reported message" });
  await expect(reported).toContainText(friendSays);
  await expect(reported).toContainText("e2e report");
  await managerPage.getByRole("button", { name: "Assign to me" }).click();
  await expect(managerPage.getByText("Assigned to you.")).toBeVisible();
  await managerPage.getByLabel("Reply or note").fill("Checked the conversation; warning sent.");
  await managerPage.getByRole("button", { name: "Add internal note" }).click();
  await expect(managerPage.getByRole("list", { name: "Ticket messages" })).toContainText("Checked the conversation; warning sent.");
  await managerPage.getByLabel("Status").selectOption("resolved");
  await expect(managerPage.getByText("Status: Resolved.")).toBeVisible();
  await expectAccessible(managerPage);
  await screenshots(managerPage, "staff-ticket");
  await managerContext.close();
});
