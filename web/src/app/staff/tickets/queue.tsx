"use client";
// The support queue: every ticket (reported chat messages arrive as safety tickets), filtered by
// status, category and assignment; the filters live in the URL so a view can be shared.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { api, call } from "@/api/client";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";
import { label, TICKET_CATEGORIES, TICKET_STATUSES } from "../labels";

const PAGE = 25;
type Status = (typeof TICKET_STATUSES)[number];
type Category = (typeof TICKET_CATEGORIES)[number];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function TicketQueue() {
  const { me } = useAuth();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const status = oneOf<Status>(params.get("status"), TICKET_STATUSES);
  const category = oneOf<Category>(params.get("category"), TICKET_CATEGORIES);
  const assigned = params.get("assigned"); // "me" | "none" | null
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());

  const { state } = useLoad(
    () =>
      call(
        api.GET("/api/admin/tickets", {
          params: {
            query: {
              status,
              category,
              unassigned: assigned === "none" ? true : undefined,
              assignee_id: assigned === "me" && me ? me.id : undefined,
              limit: PAGE,
              offset,
            },
          },
        }),
      ),
    `tickets-${params.toString()}`,
  );

  function setFilter(name: string, value: string) {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== "offset") next.delete("offset");
    router.replace(`${pathname}?${next.toString()}`);
  }

  return (
    <>
      <h1>Tickets</h1>
      <div className="filters" role="group" aria-label="Filter tickets">
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={status ?? ""} onChange={(event) => setFilter("status", event.target.value)}>
            <option value="">Any</option>
            {TICKET_STATUSES.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" value={category ?? ""} onChange={(event) => setFilter("category", event.target.value)}>
            <option value="">Any</option>
            {TICKET_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-assigned">Assigned to</label>
          <select id="filter-assigned" value={assigned ?? ""} onChange={(event) => setFilter("assigned", event.target.value)}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="none">Nobody</option>
          </select>
        </div>
      </div>
      {state.status === "loading" ? <Loading label="Loading tickets" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" ? (
        <>
          <p className="hint" role="status">
            {state.data.total} {state.data.total === 1 ? "ticket" : "tickets"}
          </p>
          {state.data.items.length > 0 ? (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Tickets</caption>
                <thead>
                  <tr>
                    <th scope="col">Subject</th>
                    <th scope="col">Category</th>
                    <th scope="col">Status</th>
                    <th scope="col">Assigned</th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {state.data.items.map((ticket) => (
                    <tr key={ticket.id}>
                      <td>
                        <Link href={`/staff/tickets/${ticket.id}`}>
                          #{ticket.id} {ticket.subject}
                        </Link>
                      </td>
                      <td>{label(ticket.category)}</td>
                      <td>{label(ticket.status)}</td>
                      <td>{ticket.assignee_id === null ? "Nobody" : ticket.assignee_id === me?.id ? "Me" : `#${ticket.assignee_id}`}</td>
                      <td>{formatDateTime(ticket.updated_at, timeZone)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>No tickets match.</p>
          )}
          {state.data.total > PAGE ? (
            <div className="actions">
              <button type="button" className="secondary" disabled={offset === 0} onClick={() => setFilter("offset", String(Math.max(0, offset - PAGE)))}>
                Previous page
              </button>
              <button
                type="button"
                className="secondary"
                disabled={offset + PAGE >= state.data.total}
                onClick={() => setFilter("offset", String(offset + PAGE))}
              >
                Next page
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
