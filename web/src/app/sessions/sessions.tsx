"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatDateTime, formatTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Session = components["schemas"]["SessionListItem"];
type When = "upcoming" | "past";

const STATUS: Record<Session["status"], string> = {
  pending_payment: "Waiting for payment",
  booked: "Booked",
  in_progress: "In progress",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show_user: "Missed",
  no_show_friend: "Friend did not come",
};

export function Sessions() {
  const { me } = useAuth();
  const booked = useSearchParams().get("booked");
  const [when, setWhen] = useState<When>("upcoming");
  const role = me?.role === "friend" ? "friend" : "user";
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const { state } = useLoad(
    () => call(api.GET("/api/sessions", { params: { query: { when, role, limit: 50 } } })),
    `sessions-${when}-${role}`,
  );

  return (
    <>
      <h1>Your sessions</h1>
      {booked ? (
        <p className="success" role="status">
          Booked! Your session is in the list below.
        </p>
      ) : null}
      <div className="tabs" role="group" aria-label="Which sessions">
        {(["upcoming", "past"] as const).map((value) => (
          <button
            key={value}
            type="button"
            className="secondary"
            aria-pressed={when === value}
            onClick={() => setWhen(value)}
          >
            {value === "upcoming" ? "Upcoming" : "Past"}
          </button>
        ))}
      </div>
      <p className="hint">Times are in your time zone: {timeZone}.</p>
      {state.status === "loading" ? <Loading label="Loading your sessions" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" && state.data.items.length === 0 ? (
        <p>{when === "upcoming" ? "Nothing booked yet." : "No past sessions yet."}</p>
      ) : null}
      {state.status === "ready" ? (
        <ul className="list" aria-label={when === "upcoming" ? "Upcoming sessions" : "Past sessions"}>
          {state.data.items.map((session) => (
            <SessionCard key={session.id} session={session} timeZone={timeZone} upcoming={when === "upcoming"} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function SessionCard({ session, timeZone, upcoming }: { session: Session; timeZone: string; upcoming: boolean }) {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const joinable = upcoming && (session.status === "booked" || session.status === "in_progress");

  async function join() {
    setProblem(null);
    const result = await call(api.POST("/api/sessions/{session_id}/join", { params: { path: { session_id: session.id } } }));
    if (!result.ok) return setProblem(result.problem);
    if (result.data.conversation_id) router.push(`/chat/${result.data.conversation_id}`);
    else setNotice("Voice and video calls open in the HumanLink mobile app for now.");
  }

  return (
    <li className="card">
      <h2>
        {session.session_type[0]!.toUpperCase() + session.session_type.slice(1)} with {session.counterpart_name}
      </h2>
      <p>
        {formatDateTime(session.start, timeZone)}–{formatTime(session.end, timeZone)} · {STATUS[session.status]}
      </p>
      <ProblemAlert problem={problem} />
      {notice ? <p className="notice">{notice}</p> : null}
      {joinable ? (
        <div className="actions">
          <button type="button" className="primary" onClick={join}>
            Join<span className="visually-hidden"> the session with {session.counterpart_name}</span>
          </button>
          <span className="hint">You can join from 10 minutes before the start.</span>
        </div>
      ) : null}
    </li>
  );
}
