"use client";
// User management: search by name or email, filter by role, change a role, deactivate or
// reactivate, suspend (the API decides who may do what, e.g. only admins make admins).
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { useLoad } from "@/lib/use-load";
import { label, ROLES } from "../labels";

type User = components["schemas"]["UserAdminOut"];
type Role = (typeof ROLES)[number];
const PAGE = 25;

export function Users() {
  const [query, setQuery] = useState("");
  const [role, setRole] = useState<Role | "">("");
  const [offset, setOffset] = useState(0);
  const { state, setState } = useLoad(
    () => call(api.GET("/api/users", { params: { query: { q: query || undefined, role: role || undefined, limit: PAGE, offset } } })),
    `users-${query}-${role}-${offset}`,
  );

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setQuery(String(data.get("q") ?? "").trim());
    setRole((String(data.get("role") ?? "") as Role) || "");
    setOffset(0);
  }

  function replace(user: User) {
    if (state.status !== "ready") return;
    setState({ status: "ready", data: { ...state.data, items: state.data.items.map((u) => (u.id === user.id ? user : u)) } });
  }

  return (
    <>
      <h1>Users</h1>
      <form className="filters" role="search" onSubmit={search}>
        <div className="field">
          <label htmlFor="users-q">Name or email</label>
          <input id="users-q" name="q" type="search" defaultValue={query} />
        </div>
        <div className="field">
          <label htmlFor="users-role">Role</label>
          <select id="users-role" name="role" defaultValue={role}>
            <option value="">Any</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          Search
        </button>
      </form>
      {state.status === "loading" ? <Loading label="Loading users" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" ? (
        <>
          <p className="hint" role="status">
            {state.data.total} {state.data.total === 1 ? "person" : "people"}
          </p>
          <ul className="list" aria-label="Users">
            {state.data.items.map((user) => (
              <UserRow key={user.id} user={user} onChange={replace} />
            ))}
          </ul>
          {state.data.total > PAGE ? (
            <div className="actions">
              <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Previous page
              </button>
              <button type="button" className="secondary" disabled={offset + PAGE >= state.data.total} onClick={() => setOffset(offset + PAGE)}>
                Next page
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function UserRow({ user, onChange }: { user: User; onChange: (user: User) => void }) {
  const { me } = useAuth();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [suspending, setSuspending] = useState(false);
  const self = me?.id === user.id;

  async function setRole(role: Role) {
    setProblem(null);
    const result = await call(api.POST("/api/users/{user_id}/role", { params: { path: { user_id: user.id } }, body: { role } }));
    if (!result.ok) return setProblem(result.problem);
    onChange(result.data);
    setNotice(`Now ${label(result.data.role)}.`);
  }

  async function setActive(active: boolean) {
    setProblem(null);
    const path = { params: { path: { user_id: user.id } } };
    const result = await call(
      active ? api.POST("/api/users/{user_id}/reactivate", path) : api.POST("/api/users/{user_id}/deactivate", path),
    );
    if (!result.ok) return setProblem(result.problem);
    onChange(result.data);
    setNotice(active ? "Reactivated." : "Deactivated: they are signed out and cannot sign in.");
  }

  async function suspend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const days = Number(data.get("days") || 0);
    setProblem(null);
    const result = await call(
      api.POST("/api/admin/suspensions", {
        body: {
          user_id: user.id,
          reason: String(data.get("reason") ?? "").trim(),
          ends_at: days > 0 ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
        },
      }),
    );
    if (!result.ok) return setProblem(result.problem);
    setSuspending(false);
    setNotice(days > 0 ? `Suspended for ${days} days.` : "Suspended until lifted.");
  }

  const prefix = `user-${user.id}`;
  return (
    <li className="card">
      <h2>
        {user.display_name || "(no name)"} <span className="muted">#{user.id}</span>
      </h2>
      <p>
        {user.email} · {label(user.role)} · {user.is_active ? "active" : "deactivated"} · joined{" "}
        {new Date(user.date_joined).toLocaleDateString()}
      </p>
      <ProblemAlert problem={problem} />
      {notice ? (
        <p className="success" role="status">
          {notice}
        </p>
      ) : null}
      {self ? (
        <p className="hint">This is you.</p>
      ) : (
        <div className="actions">
          <div className="field">
            <label htmlFor={`${prefix}-role`}>Role of {user.display_name || user.email}</label>
            <select id={`${prefix}-role`} value={user.role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {label(value)}
                </option>
              ))}
            </select>
          </div>
          {user.is_active ? (
            <button type="button" className="danger" onClick={() => setActive(false)}>
              Deactivate<span className="visually-hidden"> {user.email}</span>
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => setActive(true)}>
              Reactivate<span className="visually-hidden"> {user.email}</span>
            </button>
          )}
          <button type="button" className="secondary" aria-expanded={suspending} onClick={() => setSuspending(!suspending)}>
            Suspend…<span className="visually-hidden"> {user.email}</span>
          </button>
        </div>
      )}
      {suspending ? (
        <form className="form" onSubmit={suspend} aria-label={`Suspend ${user.email}`}>
          <div className="field">
            <label htmlFor={`${prefix}-reason`}>Reason</label>
            <input id={`${prefix}-reason`} name="reason" required maxLength={500} />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-days`}>Days (empty: until lifted)</label>
            <input id={`${prefix}-days`} name="days" type="number" min={1} max={3650} />
          </div>
          <button type="submit" className="danger">
            Suspend
          </button>
        </form>
      ) : null}
    </li>
  );
}
