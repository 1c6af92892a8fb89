"use client";
// A friend's side: the upcoming calendar (with the users' names) and the weekly hours editor.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { minutesToTime, sortWindows, timeToMinutes, WEEKDAYS, type WeeklyWindow } from "@/lib/availability";
import type { Problem } from "@/lib/problem";
import { browserTimeZone, formatTime, groupByDay, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Availability = components["schemas"]["AvailabilityOut"];

export function FriendDashboard() {
  const { me } = useAuth();
  if (me && me.role !== "friend") {
    return (
      <p>
        This page is for HumanLink friends. <Link href="/dashboard">See your matches</Link>.
      </p>
    );
  }
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  return (
    <>
      <h1>Your calendar</h1>
      <Calendar timeZone={timeZone} />
      <AvailabilityEditor />
    </>
  );
}

function Calendar({ timeZone }: { timeZone: string }) {
  const { state } = useLoad(
    () => call(api.GET("/api/sessions", { params: { query: { role: "friend", when: "upcoming", limit: 100 } } })),
    "friend-calendar",
  );
  if (state.status === "loading") return <Loading label="Loading your calendar" />;
  if (state.status === "error") return <ProblemAlert problem={state.problem} />;
  const days = groupByDay(state.data.items, timeZone);
  return (
    <section aria-labelledby="calendar-title" className="section">
      <h2 id="calendar-title">Upcoming sessions</h2>
      <p className="hint">Times in your time zone: {timeZone}.</p>
      {days.length === 0 ? <p>Nothing booked yet.</p> : null}
      {days.map((day) => (
        <div key={day.day} className="slot-day">
          <h3>{day.label}</h3>
          <ul className="list">
            {day.slots.map((session) => (
              <li key={session.id} className="card">
                {formatTime(session.start, timeZone)}–{formatTime(session.end, timeZone)} · {session.session_type} with{" "}
                {session.counterpart_name} · <Link href="/sessions">details</Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function AvailabilityEditor() {
  const loaded = useLoad(() => call(api.GET("/api/sessions/availability")), "availability");
  if (loaded.state.status === "loading") return <Loading label="Loading your hours" />;
  if (loaded.state.status === "error") return <ProblemAlert problem={loaded.state.problem} />;
  return <HoursForm initial={loaded.state.data} />;
}

function HoursForm({ initial }: { initial: Availability }) {
  const [windows, setWindows] = useState<WeeklyWindow[]>(sortWindows(initial.weekly));
  const [timeZone, setTimeZone] = useState(initial.timezone);
  const [notice, setNotice] = useState(initial.min_notice_minutes);
  const [buffer, setBuffer] = useState(initial.buffer_minutes);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [invalidRow, setInvalidRow] = useState<number | null>(null);

  function change(index: number, patch: Partial<WeeklyWindow>) {
    setSaved(false);
    setWindows((current) => current.map((window, i) => (i === index ? { ...window, ...patch } : window)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const bad = windows.findIndex((window) => window.end_minute <= window.start_minute);
    setInvalidRow(bad === -1 ? null : bad);
    if (bad !== -1) return;
    const result = await call(
      api.PUT("/api/sessions/availability", {
        body: {
          timezone: timeZone,
          weekly: windows,
          exceptions: initial.exceptions,
          min_notice_minutes: notice,
          buffer_minutes: buffer,
        },
      }),
    );
    setProblem(result.ok ? null : result.problem);
    if (result.ok) {
      setWindows(sortWindows(windows));
      setSaved(true);
    }
  }

  return (
    <section aria-labelledby="hours-title" className="section">
      <h2 id="hours-title">Your weekly hours</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="hours-timezone">Time zone of these hours</label>
          <input id="hours-timezone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} />
        </div>
        <ul className="list" aria-label="Weekly hours">
          {windows.map((window, index) => {
            const label = `${WEEKDAYS[window.weekday]} hours, row ${index + 1}`;
            return (
              <li key={index} className="card">
                <fieldset className="actions">
                  <legend className="visually-hidden">{label}</legend>
                  <div className="field">
                    <label htmlFor={`day-${index}`}>Day</label>
                    <select
                      id={`day-${index}`}
                      value={window.weekday}
                      onChange={(event) => change(index, { weekday: Number(event.target.value) })}
                    >
                      {WEEKDAYS.map((name, day) => (
                        <option key={name} value={day}>
                          {name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`from-${index}`}>From</label>
                    <input
                      id={`from-${index}`}
                      type="time"
                      step={900}
                      value={minutesToTime(window.start_minute)}
                      onChange={(event) => {
                        const minutes = timeToMinutes(event.target.value);
                        if (minutes !== null) change(index, { start_minute: minutes });
                      }}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={`to-${index}`}>Until</label>
                    <input
                      id={`to-${index}`}
                      type="time"
                      step={900}
                      value={minutesToTime(window.end_minute)}
                      aria-invalid={invalidRow === index ? true : undefined}
                      aria-describedby={invalidRow === index ? `to-${index}-error` : undefined}
                      onChange={(event) => {
                        const minutes = timeToMinutes(event.target.value, { end: true });
                        if (minutes !== null) change(index, { end_minute: minutes });
                      }}
                    />
                    {invalidRow === index ? (
                      <p className="field-error" id={`to-${index}-error`}>
                        Must be after the start.
                      </p>
                    ) : null}
                  </div>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setWindows((current) => current.filter((_, i) => i !== index))}
                  >
                    Remove<span className="visually-hidden"> {label}</span>
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => setWindows((current) => [...current, { weekday: 0, start_minute: 540, end_minute: 1020 }])}
          >
            Add hours
          </button>
        </div>
        <div className="field">
          <label htmlFor="notice">Minimum notice (minutes)</label>
          <input
            id="notice"
            type="number"
            min={0}
            value={notice}
            onChange={(event) => setNotice(Number(event.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="buffer">Break between sessions (minutes)</label>
          <input
            id="buffer"
            type="number"
            min={0}
            value={buffer}
            onChange={(event) => setBuffer(Number(event.target.value))}
          />
        </div>
        <ProblemAlert problem={problem} />
        {problem
          ? problem.errors.map((error) => (
              <p key={error.loc.join(".")} className="field-error">
                {error.loc.filter((part) => part !== "body").join(" › ")}: {error.msg}
              </p>
            ))
          : null}
        {saved ? (
          <p className="success" role="status">
            Saved. People see your new hours right away.
          </p>
        ) : null}
        <button type="submit" className="primary">
          Save hours
        </button>
      </form>
    </section>
  );
}
