"use client";
// One ticket for staff: the thread (internal notes marked), the reported message with its
// context when the ticket is a chat report, and the actions: assign, reply or note, status.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";
import { label, TICKET_STATUSES } from "../../labels";

type Ticket = components["schemas"]["SupportTicketOut"];

export function TicketDetail({ ticketId }: { ticketId: number }) {
  const { me } = useAuth();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const { state, reload, setState } = useLoad(
    () => call(api.GET("/api/admin/tickets/{ticket_id}", { params: { path: { ticket_id: ticketId } } })),
    `ticket-${ticketId}`,
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (state.status === "loading") return <Loading label="Loading the ticket" />;
  if (state.status === "error")
    return (
      <>
        <h1>Ticket #{ticketId}</h1>
        <ProblemAlert problem={state.problem} />
        <Link href="/staff/tickets">Back to the queue</Link>
      </>
    );
  const { ticket, messages } = state.data;

  function updated(next: Ticket, message: string) {
    if (state.status === "ready") setState({ status: "ready", data: { ...state.data, ticket: next } });
    setNotice(message);
  }

  async function assign(assigneeId: number | null) {
    setProblem(null);
    const result = await call(
      api.POST("/api/admin/tickets/{ticket_id}/assign", {
        params: { path: { ticket_id: ticketId } },
        body: { assignee_id: assigneeId },
      }),
    );
    if (!result.ok) return setProblem(result.problem);
    updated(result.data, assigneeId === null ? "Unassigned." : "Assigned to you.");
  }

  async function setStatus(status: (typeof TICKET_STATUSES)[number]) {
    setProblem(null);
    const result = await call(
      api.POST("/api/admin/tickets/{ticket_id}/status", { params: { path: { ticket_id: ticketId } }, body: { status } }),
    );
    if (!result.ok) return setProblem(result.problem);
    updated(result.data, `Status: ${label(status)}.`);
  }

  async function reply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const internal = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "note";
    const body = String(data.get("body") ?? "").trim();
    if (!body) return setProblem({ type: "about:blank", title: "", status: 422, code: "invalid_input", detail: "Write something first.", errors: [] });
    setProblem(null);
    setBusy(true);
    const result = await call(
      api.POST("/api/admin/tickets/{ticket_id}/replies", { params: { path: { ticket_id: ticketId } }, body: { body, internal } }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    form.reset();
    setState({ status: "ready", data: result.data });
    setNotice(internal ? "Internal note added." : "Reply sent.");
  }

  return (
    <>
      <p>
        <Link href="/staff/tickets">← Back to the queue</Link>
      </p>
      <h1>
        #{ticket.id} {ticket.subject}
      </h1>
      <p>
        {label(ticket.category)} · {label(ticket.status)} · from user #{ticket.requester_id} · opened{" "}
        {formatDateTime(ticket.created_at, timeZone)} ·{" "}
        {ticket.assignee_id === null ? "nobody assigned" : ticket.assignee_id === me?.id ? "assigned to you" : `assigned to #${ticket.assignee_id}`}
      </p>
      <ProblemAlert problem={problem} />
      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      <div className="actions">
        {ticket.assignee_id !== me?.id && me ? (
          <button type="button" className="secondary" onClick={() => assign(me.id)}>
            Assign to me
          </button>
        ) : null}
        {ticket.assignee_id !== null ? (
          <button type="button" className="secondary" onClick={() => assign(null)}>
            Unassign
          </button>
        ) : null}
        <div className="field">
          <label htmlFor="ticket-status">Status</label>
          <select
            id="ticket-status"
            value={ticket.status}
            onChange={(event) => setStatus(event.target.value as (typeof TICKET_STATUSES)[number])}
          >
            {TICKET_STATUSES.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="link-button" onClick={() => void reload()}>
          Reload
        </button>
      </div>

      {ticket.link_type === "chat_report" && ticket.link_id !== null ? <ReportedMessage reportId={ticket.link_id} timeZone={timeZone} /> : null}

      <section className="section" aria-labelledby="thread-title">
        <h2 id="thread-title">Conversation</h2>
        <ol className="list" aria-label="Ticket messages">
          {messages.map((message) => (
            <li key={message.id} className={message.internal ? "card note" : "card"}>
              <p className="hint">
                {message.internal ? "Internal note · " : ""}#{message.author_id}
                {message.author_id === ticket.requester_id ? " (requester)" : ""} · {formatDateTime(message.created_at, timeZone)}
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ol>
        <form className="form" onSubmit={reply}>
          <div className="field">
            <label htmlFor="ticket-reply">Reply or note</label>
            <textarea id="ticket-reply" name="body" maxLength={5000} />
          </div>
          <div className="actions">
            <button type="submit" className="primary" value="reply" disabled={busy}>
              Send reply
            </button>
            <button type="submit" className="secondary" value="note" disabled={busy}>
              Add internal note
            </button>
          </div>
          <p className="hint">The requester sees replies; internal notes are for staff only.</p>
        </form>
      </section>
    </>
  );
}

function ReportedMessage({ reportId, timeZone }: { reportId: number; timeZone: string }) {
  const { state } = useLoad(
    () => call(api.GET("/api/chat/reports/{report_id}", { params: { path: { report_id: reportId } } })),
    `report-${reportId}`,
  );
  if (state.status === "loading") return <Loading label="Loading the reported message" />;
  if (state.status === "error") return <ProblemAlert problem={state.problem} />;
  const { report, reported, context, members } = state.data;
  const name = (id: number) => members.find((member) => member.user_id === id)?.display_name ?? `#${id}`;
  return (
    <section className="section card" aria-labelledby="reported-title">
      <h2 id="reported-title">Reported message</h2>
      <p>
        Reported by {name(report.reporter_id)} for {label(report.reason)}
        {report.note ? `: “${report.note}”` : ""}.
      </p>
      <blockquote>
        <p className="hint">
          {name(reported.sender_id)} · {formatDateTime(reported.created_at, timeZone)}
        </p>
        <p>{reported.body}</p>
      </blockquote>
      {context.length > 0 ? (
        <details>
          <summary>Context ({context.length} messages around it)</summary>
          <ol className="list">
            {context.map((message) => (
              <li key={message.id}>
                <strong>{name(message.sender_id)}:</strong> {message.body}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
