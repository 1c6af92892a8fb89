"use client";
// Suspensions: who is suspended (active ones by default), until when and why; lift one with a
// reason. New suspensions are made from the Users page.
import { useState } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatDateTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Suspension = components["schemas"]["SuspensionOut"];

export function Suspensions() {
  const { me } = useAuth();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const [activeOnly, setActiveOnly] = useState(true);
  const { state, reload } = useLoad(
    () => call(api.GET("/api/admin/suspensions", { params: { query: { active: activeOnly ? true : undefined, limit: 50 } } })),
    `suspensions-${activeOnly}`,
  );
  return (
    <>
      <h1>Suspensions</h1>
      <label className="choice">
        <input type="checkbox" checked={activeOnly} onChange={(event) => setActiveOnly(event.target.checked)} />
        Only suspensions in force
      </label>
      {state.status === "loading" ? <Loading label="Loading suspensions" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" && state.data.items.length === 0 ? <p>No suspensions.</p> : null}
      {state.status === "ready" ? (
        <ul className="list" aria-label="Suspensions">
          {state.data.items.map((suspension) => (
            <SuspensionRow key={suspension.id} suspension={suspension} timeZone={timeZone} onLifted={reload} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function SuspensionRow({ suspension, timeZone, onLifted }: { suspension: Suspension; timeZone: string; onLifted: () => void }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reason, setReason] = useState("");
  const id = `lift-${suspension.id}`;

  async function lift() {
    setProblem(null);
    const result = await call(
      api.POST("/api/admin/suspensions/{suspension_id}/lift", {
        params: { path: { suspension_id: suspension.id } },
        body: { reason: reason.trim() },
      }),
    );
    if (!result.ok) return setProblem(result.problem);
    onLifted();
  }

  return (
    <li className="card">
      <h2>User #{suspension.user_id}</h2>
      <p>
        From {formatDateTime(suspension.starts_at, timeZone)}{" "}
        {suspension.ends_at ? `until ${formatDateTime(suspension.ends_at, timeZone)}` : "until lifted"} · by #{suspension.created_by_id}
      </p>
      <p>Reason: {suspension.reason}</p>
      {suspension.lifted_at ? (
        <p className="hint">
          Lifted {formatDateTime(suspension.lifted_at, timeZone)} by #{suspension.lifted_by_id}: {suspension.lift_reason}
        </p>
      ) : (
        <div className="actions">
          <div className="field">
            <label htmlFor={id}>Why lift it?</label>
            <input id={id} value={reason} onChange={(event) => setReason(event.target.value)} maxLength={500} />
          </div>
          <button type="button" className="secondary" onClick={lift} disabled={!reason.trim()}>
            Lift suspension<span className="visually-hidden"> of user #{suspension.user_id}</span>
          </button>
        </div>
      )}
      <ProblemAlert problem={problem} />
    </li>
  );
}
