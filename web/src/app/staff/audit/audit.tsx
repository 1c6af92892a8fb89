"use client";
// The audit log (admins): every staff action, newest first, filtered by action or actor.
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

const PAGE = 50;

export function AuditLog() {
  const { me } = useAuth();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const [filters, setFilters] = useState<{ action?: string; actor_id?: number }>({});
  const [offset, setOffset] = useState(0);
  const { state } = useLoad(
    () => call(api.GET("/api/admin/audit", { params: { query: { ...filters, limit: PAGE, offset } } })),
    `audit-${JSON.stringify(filters)}-${offset}`,
  );

  function filter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const action = String(data.get("action") ?? "").trim();
    const actor = Number(data.get("actor_id") || 0);
    setFilters({ action: action || undefined, actor_id: actor > 0 ? actor : undefined });
    setOffset(0);
  }

  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" onSubmit={filter} aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="audit-action">Action</label>
          <input id="audit-action" name="action" placeholder="e.g. user.deactivate" />
        </div>
        <div className="field">
          <label htmlFor="audit-actor">Staff member id</label>
          <input id="audit-actor" name="actor_id" type="number" min={1} />
        </div>
        <button type="submit" className="primary">
          Filter
        </button>
      </form>
      {state.status === "loading" ? <Loading label="Loading the audit log" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" ? (
        state.data.items.length === 0 ? (
          <p>Nothing recorded.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Staff actions</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">On</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.at, timeZone)}</td>
                    <td>#{entry.actor_id}</td>
                    <td>{entry.action}</td>
                    <td>
                      {entry.target_type} #{entry.target_id}
                    </td>
                    <td>{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Newer
              </button>
              <button type="button" className="secondary" disabled={offset + PAGE >= state.data.total} onClick={() => setOffset(offset + PAGE)}>
                Older
              </button>
            </div>
          </div>
        )
      ) : null}
    </>
  );
}
