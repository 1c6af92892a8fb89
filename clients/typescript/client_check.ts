// A client written only against the types generated from /api/openapi.json: no hand-written
// request or response shapes. tests/clients/test_typescript_client.py generates
// generated/api.d.ts with openapi-typescript and type-checks this file with tsc.
import createClient from "openapi-fetch";

import type { components, operations, paths } from "./generated/api";

type Problem = components["schemas"]["ProblemDetails"];
type ErrorCode = Problem["code"];

// The problem code is the catalogue's enum, not any string.
// @ts-expect-error: not a catalogued code
const notACode: ErrorCode = "made_up_code";
const slotTaken: ErrorCode = "slot_taken";

// operationIds name the operations.
type Book = operations["sessions_book"];
type BookingBody = NonNullable<Book["requestBody"]>["content"]["application/json"];
type SendMessage = operations["chat_messages_send"];
type Refresh = operations["auth_token_refresh"];

// Components that once collided keep their own fields.
type MatchedCard = components["schemas"]["MatchedFriendCardOut"];
type FullCard = components["schemas"]["FriendCardOut"];
const bio: FullCard["bio"] = "";
const readNotifications: components["schemas"]["NotificationsReadIn"] = { ids: [1] };
const readChat: components["schemas"]["ReadIn"] = { message_id: 1 };

const api = createClient<paths>({ baseUrl: "https://api.humanlink.example" });

function problemCode(error: unknown): ErrorCode | undefined {
  return (error as Problem | undefined)?.code;
}

export async function signInBookAndChat(refreshToken: string, friendId: number, conversationId: number) {
  const tokens = await api.POST("/api/auth/token/refresh", { body: { refresh_token: refreshToken } });
  if (!tokens.data) throw new Error(problemCode(tokens.error) ?? "refresh failed");
  const headers = { Authorization: `Bearer ${tokens.data.access_token}` };

  const me = await api.GET("/api/users/me", { headers });
  const email: string | undefined = me.data?.email;

  const booking: BookingBody = {
    friend_id: friendId,
    session_type: "video",
    start: "2031-01-06T10:00:00+00:00",
    duration_minutes: 60,
  };
  const booked = await api.POST("/api/sessions", { headers, body: booking });
  if (!booked.data && problemCode(booked.error) === "slot_taken") {
    return { email, retry: true };
  }

  const sent = await api.POST("/api/chat/conversations/{conversation_id}/messages", {
    headers,
    params: { path: { conversation_id: conversationId } },
    body: { client_id: "client-1", body: "hello" },
  });
  const ticket = await api.POST("/api/chat/ticket", { headers });
  return { email, session: booked.data?.id, message: sent.data?.id, ticket: ticket.data?.ticket };
}

export type Checked = [Book, SendMessage, Refresh, MatchedCard, typeof notACode, typeof slotTaken, typeof bio];
export const examples = [readNotifications, readChat];
