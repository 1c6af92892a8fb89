"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { api, call } from "@/api/client";
import { trackOnce } from "@/lib/analytics";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatMinutes, formatMoney, formatTime, groupByDay, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Friend = components["schemas"]["FriendCardOut"];
type SessionType = components["schemas"]["BookingIn"]["session_type"];
const DAYS_AHEAD = 14;

export function FriendProfile({ friendId }: { friendId: number }) {
  const { state } = useLoad(
    () => call(api.GET("/api/users/friends/{friend_id}", { params: { path: { friend_id: friendId } } })),
    `friend-${friendId}`,
  );
  if (!Number.isInteger(friendId) || friendId < 1) return <p role="alert">This friend does not exist.</p>;
  if (state.status === "loading") return <Loading label="Loading the profile" />;
  if (state.status === "error") return <ProblemAlert problem={state.problem} />;
  return <Booking friend={state.data} />;
}

function Booking({ friend }: { friend: Friend }) {
  const { me } = useAuth();
  const router = useRouter();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const [sessionType, setSessionType] = useState<SessionType>((friend.session_types[0] as SessionType) ?? "text");
  const [duration, setDuration] = useState(friend.session_lengths_minutes[0] ?? 30);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [booking, setBooking] = useState(false);
  // Whole minutes: the window starts now and covers the next two weeks.
  const [range] = useState(() => {
    const start = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    return { start: start.toISOString(), end: new Date(start.getTime() + DAYS_AHEAD * 86_400_000).toISOString() };
  });

  const slots = useLoad(
    () =>
      call(
        api.GET("/api/sessions/friends/{friend_id}/slots", {
          params: {
            path: { friend_id: friend.id },
            query: { start: range.start, end: range.end, duration_minutes: duration, tz: timeZone },
          },
        }),
      ),
    `slots-${friend.id}-${duration}-${timeZone}`,
  );
  const days = useMemo(
    () => (slots.state.status === "ready" ? groupByDay(slots.state.data, timeZone) : []),
    [slots.state, timeZone],
  );
  const [day, setDay] = useState<string | null>(null);
  const shownDay = days.find((group) => group.day === day) ?? days[0];
  const price = friend.prices_minor[sessionType];

  async function book() {
    if (!chosen) return;
    setBooking(true);
    setProblem(null);
    const result = await call(
      api.POST("/api/sessions", {
        body: { friend_id: friend.id, session_type: sessionType, start: chosen, duration_minutes: duration, pay_per_session: false },
      }),
    );
    setBooking(false);
    if (result.ok) {
      trackOnce("first_booking", { session_type: sessionType });
      router.push(`/sessions?booked=${result.data.id}`);
    }
    else setProblem(result.problem);
  }

  return (
    <>
      <h1>{friend.display_name}</h1>
      <p className="lead-left">{friend.headline}</p>
      <p className="muted">
        Speaks {friend.languages.join(", ")} · lives in the {friend.timezone} time zone
      </p>

      <section aria-labelledby="book-title" className="section">
        <h2 id="book-title">Book a conversation</h2>
        <div className="form">
          <div className="field">
            <label htmlFor="session-type">Kind of conversation</label>
            <select
              id="session-type"
              value={sessionType}
              onChange={(event) => setSessionType(event.target.value as SessionType)}
            >
              {friend.session_types.map((type) => (
                <option key={type} value={type}>
                  {type[0]!.toUpperCase() + type.slice(1)}
                  {friend.prices_minor[type] !== undefined
                    ? ` (${formatMoney(friend.prices_minor[type]!, friend.currency)})`
                    : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="duration">Length</label>
            <select
              id="duration"
              value={duration}
              onChange={(event) => {
                setDuration(Number(event.target.value));
                setChosen(null);
              }}
            >
              {friend.session_lengths_minutes.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {formatMinutes(minutes)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <h3 className="section">Free times</h3>
        <p className="hint">Shown in your time zone: {timeZone}.</p>
        {slots.state.status === "loading" ? <Loading label="Loading free times" /> : null}
        {slots.state.status === "error" ? <ProblemAlert problem={slots.state.problem} /> : null}
        {slots.state.status === "ready" && days.length === 0 ? (
          <p>No free times in the next {DAYS_AHEAD} days. Try a shorter length.</p>
        ) : null}
        {days.length > 0 ? (
          <div className="slots">
            <div role="group" aria-label="Day">
              <ul className="slot-list">
                {days.map((day) => (
                  <li key={day.day}>
                    <button
                      type="button"
                      className="secondary"
                      aria-pressed={shownDay?.day === day.day}
                      onClick={() => setDay(day.day)}
                    >
                      {day.label}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
            {shownDay ? (
              <div className="slot-day" role="group" aria-labelledby="times-title">
                <h4 id="times-title">Times on {shownDay.label}</h4>
                <ul className="slot-list">
                  {shownDay.slots.map((slot) => (
                    <li key={slot.start}>
                      <button
                        type="button"
                        className="secondary slot"
                        aria-pressed={chosen === slot.start}
                        onClick={() => setChosen(slot.start)}
                      >
                        {formatTime(slot.start, timeZone)}
                        <span className="visually-hidden"> on {shownDay.label}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}

        <div className="section" aria-live="polite">
          <ProblemAlert problem={problem} />
          {problem?.code === "not_entitled" ? (
            <p>
              Your plan does not cover this session. <Link href="/subscribe">Start your free trial or choose a plan</Link>.
            </p>
          ) : null}
          {chosen ? (
            <div className="actions">
              <button type="button" className="primary" onClick={book} disabled={booking}>
                {booking ? "Booking…" : `Book ${formatMinutes(duration)} ${sessionType} at ${formatTime(chosen, timeZone)}`}
              </button>
              {price !== undefined ? <span className="muted">{formatMoney(price, friend.currency)} per session</span> : null}
            </div>
          ) : (
            <p className="hint">Choose a time to book it.</p>
          )}
        </div>
      </section>
    </>
  );
}
