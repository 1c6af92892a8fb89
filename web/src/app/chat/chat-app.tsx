"use client";
import Link from "next/link";
import { useEffect, useLayoutEffect, useReducer, useRef, useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { browserSocket, ChatConnection, type ConnectionState } from "@/lib/chat";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";
import type { Problem } from "@/lib/problem";

const STATE_TEXT: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  open: "Connected",
  reconnecting: "Connection lost, reconnecting…",
  closed: "Disconnected",
};

function socketUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/ws/chat/`;
}

export function ChatApp({ conversationId }: { conversationId: number | null }) {
  const { me } = useAuth();
  const list = useLoad(() => call(api.GET("/api/chat/conversations", { params: { query: { limit: 50 } } })), "conversations");
  const active =
    list.state.status === "ready" && conversationId !== null
      ? list.state.data.items.find((conversation) => conversation.id === conversationId)
      : undefined;

  return (
    <>
      <h1>Chat</h1>
      <div className="chat">
        <nav aria-label="Conversations">
          {list.state.status === "loading" ? <Loading label="Loading conversations" /> : null}
          {list.state.status === "error" ? <ProblemAlert problem={list.state.problem} /> : null}
          {list.state.status === "ready" && list.state.data.items.length === 0 ? (
            <p>No conversations yet: book a session with a friend to start one.</p>
          ) : null}
          {list.state.status === "ready" ? (
            <ul className="conversations">
              {list.state.data.items.map((conversation) => {
                const others = conversation.members.filter((member) => member.user_id !== me?.id);
                const title = conversation.title || others.map((member) => member.display_name).join(", ") || "Conversation";
                return (
                  <li key={conversation.id}>
                    <Link
                      href={`/chat/${conversation.id}`}
                      aria-current={conversation.id === conversationId ? "page" : undefined}
                    >
                      {title}
                      {conversation.unread_count > 0 ? ` (${conversation.unread_count} unread)` : ""}
                    </Link>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </nav>
        <section aria-label="Open conversation">
          {conversationId === null ? <p>Choose a conversation.</p> : null}
          {conversationId !== null && list.state.status === "ready" && !active ? (
            <p role="alert">This conversation does not exist or is not yours.</p>
          ) : null}
          {active && me ? (
            <Conversation
              key={active.id}
              conversationId={active.id}
              myId={me.id}
              closed={active.closed ?? false}
              names={Object.fromEntries(active.members.map((member) => [member.user_id, member.display_name]))}
              timeZone={usableTimeZone(me.timezone, browserTimeZone())}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}

function Conversation({
  conversationId,
  myId,
  closed,
  names,
  timeZone,
}: {
  conversationId: number;
  myId: number;
  closed: boolean;
  names: Record<number, string>;
  timeZone: string;
}) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [socketError, setSocketError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [draft, setDraft] = useState("");
  const [connection] = useState(
    () =>
      new ChatConnection(
        {
          ticket: async () => {
            const result = await call(api.POST("/api/chat/ticket"));
            return result.ok ? result.data.ticket : null;
          },
          openSocket: (ticket) => browserSocket(socketUrl(), ticket),
          setTimer: (run, ms) => window.setTimeout(run, ms),
          clearTimer: (timer) => window.clearTimeout(timer as number),
        },
        {
          onMessages: () => rerender(),
          onState: (next) => setState(next),
          onError: (code, detail) => setSocketError(code === "blocked" ? "You can no longer message this person." : detail),
        },
      ),
  );
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let cancelled = false;
    // History first, so the socket resumes after the newest message we already show.
    void (async () => {
      const history = await call(
        api.GET("/api/chat/conversations/{conversation_id}/messages", {
          params: { path: { conversation_id: conversationId }, query: { limit: 50 } },
        }),
      );
      if (cancelled) return;
      if (history.ok) connection.addHistory(conversationId, history.data.items);
      else setProblem(history.problem);
      connection.start();
    })();
    return () => {
      cancelled = true;
      connection.stop();
    };
  }, [connection, conversationId]);

  const entries = connection.log(conversationId).entries();
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [entries.length]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = draft.trim();
    if (!body) return;
    connection.send(conversationId, body);
    setDraft("");
  }

  return (
    <>
      <p className="connection" role="status" aria-live="polite">
        {STATE_TEXT[state]}
      </p>
      <ProblemAlert problem={problem} />
      <ol className="messages" ref={listRef} aria-label="Conversation" aria-live="polite" tabIndex={0}>
        {entries.map((entry) => {
          const mine = entry.pending || entry.sender_id === myId;
          return (
            <li key={entry.pending ? `pending-${entry.client_id}` : entry.id} className={mine ? "message mine" : "message"}>
              <span className="meta">
                {mine ? "You" : (names[entry.pending ? myId : entry.sender_id] ?? "Them")}
                {entry.pending ? " · sending…" : ` · ${formatDateTime(entry.created_at, timeZone)}`}
              </span>
              {entry.body}
              {!mine && !entry.pending ? (
                <ReportMessage messageId={entry.id} sender={names[entry.sender_id] ?? "them"} />
              ) : null}
            </li>
          );
        })}
      </ol>
      {socketError ? (
        <p className="alert" role="alert">
          {socketError}
        </p>
      ) : null}
      {closed ? (
        <p className="notice">This conversation is closed. You can read it, but not send messages.</p>
      ) : (
        <form className="composer" onSubmit={onSubmit}>
          <label htmlFor="message" className="visually-hidden">
            Message
          </label>
          <input
            id="message"
            value={draft}
            maxLength={4000}
            autoComplete="off"
            placeholder="Write a message"
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="primary">
            Send
          </button>
        </form>
      )}
    </>
  );
}

const REPORT_REASONS = [
  ["harassment", "Harassment"],
  ["inappropriate", "Inappropriate"],
  ["scam", "Scam"],
  ["spam", "Spam"],
  ["other", "Something else"],
] as const;

/** Report someone else's message to the HumanLink team (it reaches staff as a safety ticket). */
function ReportMessage({ messageId, sender }: { messageId: number; sender: string }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  if (done) return <span className="meta">Reported. Our team will look at it.</span>;
  if (!open)
    return (
      <button type="button" className="link-button meta" onClick={() => setOpen(true)}>
        Report<span className="visually-hidden"> this message from {sender}</span>
      </button>
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setProblem(null);
    const result = await call(
      api.POST("/api/chat/messages/{message_id}/report", {
        params: { path: { message_id: messageId } },
        body: {
          reason: String(data.get("reason")) as (typeof REPORT_REASONS)[number][0],
          note: String(data.get("note") ?? "").trim(),
        },
      }),
    );
    if (!result.ok) return setProblem(result.problem);
    setDone(true);
  }

  const id = `report-${messageId}`;
  return (
    <form className="form" onSubmit={submit} aria-label={`Report this message from ${sender}`}>
      <ProblemAlert problem={problem} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>Why are you reporting it?</label>
        <select id={`${id}-reason`} name="reason" defaultValue="harassment">
          {REPORT_REASONS.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Anything to add? (optional)</label>
        <input id={`${id}-note`} name="note" maxLength={1000} />
      </div>
      <div className="actions">
        <button type="submit" className="danger">
          Send report
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
