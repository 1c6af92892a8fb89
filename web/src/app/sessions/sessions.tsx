"use client";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatDateTime, formatTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Session = components["schemas"]["SessionListItem"];
type Rating = components["schemas"]["RatingOut"];
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
  const params = useSearchParams();
  const booked = params.get("booked");
  const ended = params.get("ended");
  const [when, setWhen] = useState<When>(ended ? "past" : "upcoming");
  const role = me?.role === "friend" ? "friend" : "user";
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const { state } = useLoad(
    () => call(api.GET("/api/sessions", { params: { query: { when, role, limit: 50 } } })),
    `sessions-${when}-${role}`,
  );
  // Past sessions carry their feedback: the ones still open for rating, and the ratings given.
  const feedback = useLoad(async () => {
    if (when !== "past") return { ok: true as const, data: { pending: new Set<number>(), given: new Map<number, Rating>() } };
    const [pending, given] = await Promise.all([
      call(api.GET("/api/feedback/ratings/pending")),
      call(api.GET("/api/feedback/ratings/given", { params: { query: { limit: 100 } } })),
    ]);
    if (!pending.ok) return pending;
    if (!given.ok) return given;
    return {
      ok: true as const,
      data: {
        pending: new Set(pending.data.map((item) => item.session_id)),
        given: new Map(given.data.items.map((rating) => [rating.session_id, rating])),
      },
    };
  }, `feedback-${when}`);
  const ratings = feedback.state.status === "ready" ? feedback.state.data : null;

  return (
    <>
      <h1>Your sessions</h1>
      {booked ? (
        <p className="success" role="status">
          Booked! Your session is in the list below.
        </p>
      ) : null}
      {ended ? (
        <p className="success" role="status">
          Session ended. You can rate it below.
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
      {feedback.state.status === "error" ? <ProblemAlert problem={feedback.state.problem} /> : null}
      {state.status === "ready" && state.data.items.length === 0 ? (
        <p>{when === "upcoming" ? "Nothing booked yet." : "No past sessions yet."}</p>
      ) : null}
      {state.status === "ready" ? (
        <ul className="list" aria-label={when === "upcoming" ? "Upcoming sessions" : "Past sessions"}>
          {state.data.items.map((session) => (
            <SessionCard
              key={session.id}
              session={session}
              timeZone={timeZone}
              upcoming={when === "upcoming"}
              canRate={ratings?.pending.has(session.id) ?? false}
              rating={ratings?.given.get(session.id) ?? null}
              onRated={feedback.reload}
            />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function SessionCard({
  session,
  timeZone,
  upcoming,
  canRate,
  rating,
  onRated,
}: {
  session: Session;
  timeZone: string;
  upcoming: boolean;
  canRate: boolean;
  rating: Rating | null;
  onRated: () => void;
}) {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const joinable = upcoming && (session.status === "booked" || session.status === "in_progress");

  async function join() {
    setProblem(null);
    const result = await call(api.POST("/api/sessions/{session_id}/join", { params: { path: { session_id: session.id } } }));
    if (!result.ok) return setProblem(result.problem);
    if (result.data.conversation_id) router.push(`/chat/${result.data.conversation_id}`);
    else if (result.data.rtc) router.push(`/sessions/${session.id}/call`);
    else setNotice("This session has no call to join.");
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
      {rating ? (
        <p className="success">
          You rated this session {rating.stars} out of 5{rating.comment ? `: “${rating.comment}”` : "."}
        </p>
      ) : null}
      {canRate && !rating ? <RatingForm session={session} onRated={onRated} /> : null}
    </li>
  );
}

const STAR_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"];

/** Rate a session that took place: 1–5 stars and an optional comment, once (POST /api/feedback/ratings). */
function RatingForm({ session, onRated }: { session: Session; onRated: () => void }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const prefix = `rate-${session.id}`;
  const { me } = useAuth();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const stars = Number(data.get("stars"));
    if (!stars) return setMissing(true);
    setMissing(false);
    setBusy(true);
    const result = await call(
      api.POST("/api/feedback/ratings", {
        body: {
          session_id: session.id,
          stars,
          comment: String(data.get("comment") ?? "").trim(),
          show_identity: data.get("show_identity") === "on",
        },
      }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    onRated();
  }

  return (
    <form className="form" onSubmit={submit} aria-label={`Rate your session with ${session.counterpart_name}`}>
      <ProblemAlert problem={problem} />
      <fieldset className="field" aria-describedby={missing ? `${prefix}-missing` : undefined}>
        <legend>How was it?</legend>
        <div className="stars">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value}>
              <input type="radio" name="stars" value={value} />
              {value} ★<span className="visually-hidden"> {STAR_WORDS[value]}</span>
            </label>
          ))}
        </div>
        {missing ? (
          <p className="field-error" id={`${prefix}-missing`}>
            Please choose from 1 to 5 stars.
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}-comment`}>Comment (optional)</label>
        <textarea id={`${prefix}-comment`} name="comment" maxLength={2000} />
      </div>
      {me?.role !== "friend" ? (
        // A user's rating of a friend is shown to the friend (anonymous unless they tick this);
        // a friend's rating of a user is for staff only.
        <label className="choice">
          <input type="checkbox" name="show_identity" />
          Show my name to {session.counterpart_name}
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Send rating
        </button>
      </div>
    </form>
  );
}
