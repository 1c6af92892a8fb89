"use client";
// The notifications inbox: newest first, unread marked; "Mark all as read" marks the page shown.
import Link from "next/link";
import { useState } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Notification = components["schemas"]["NotificationOut"];
const PAGE = 20;

/** Where a notification leads, from the ids in its data (never a URL taken from the data). */
function linkOf(item: Notification): string | null {
  const data = item.data as Record<string, unknown>;
  // Only plain ids make a path: nothing from the data is used as a URL as such.
  const id = (key: string) => {
    const value = data[key];
    return (typeof value === "number" || typeof value === "string") && /^\d{1,18}$/.test(String(value)) ? String(value) : null;
  };
  if (id("conversation_id")) return `/chat/${id("conversation_id")}`;
  if (id("session_id")) return "/sessions";
  if (id("friend_id") && /match/.test(item.kind)) return `/friends/${id("friend_id")}`;
  return null;
}

export function Notifications() {
  const { me } = useAuth();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const [offset, setOffset] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { state, reload } = useLoad(
    () => call(api.GET("/api/notifications", { params: { query: { limit: PAGE, offset } } })),
    `notifications-${offset}`,
  );

  async function markRead(ids: number[]) {
    if (ids.length === 0) return;
    setProblem(null);
    const result = await call(api.POST("/api/notifications/read", { body: { ids } }));
    if (!result.ok) return setProblem(result.problem);
    await reload();
  }

  const items = state.status === "ready" ? state.data.items : [];
  const unread = items.filter((item) => item.read_at === null).map((item) => item.id);
  return (
    <>
      <h1>Notifications</h1>
      <ProblemAlert problem={problem} />
      {state.status === "loading" ? <Loading label="Loading your notifications" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" && state.data.total === 0 ? <p>Nothing yet. Bookings, messages and matches show up here.</p> : null}
      {unread.length > 0 ? (
        <p>
          <button type="button" className="secondary" onClick={() => markRead(unread)}>
            Mark all as read
          </button>
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="list" aria-label="Notifications">
          {items.map((item) => {
            const href = linkOf(item);
            return (
              <li key={item.id} className={item.read_at ? "card" : "card unread"}>
                <h2>
                  {item.read_at ? null : <span className="visually-hidden">Unread: </span>}
                  {href ? <Link href={href}>{item.title}</Link> : item.title}
                </h2>
                <p>{item.body}</p>
                <p className="hint">{formatDateTime(item.created_at, timeZone)}</p>
                {item.read_at ? null : (
                  <button type="button" className="link-button" onClick={() => markRead([item.id])}>
                    Mark as read<span className="visually-hidden">: {item.title}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {state.status === "ready" && state.data.total > PAGE ? (
        <div className="actions">
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            Newer
          </button>
          <button
            type="button"
            className="secondary"
            disabled={offset + PAGE >= state.data.total}
            onClick={() => setOffset(offset + PAGE)}
          >
            Older
          </button>
        </div>
      ) : null}
    </>
  );
}
