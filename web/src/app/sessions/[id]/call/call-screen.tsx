"use client";
// The call screen for a voice or video session: join (POST /join) for the RTC credentials, then
// the real Agora call when the backend has Agora configured, or a clear local stand-in.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api, call } from "@/api/client";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { joinAgora, usesRealAgora, type CallHandle, type CallKind } from "@/lib/rtc";
import { browserTimeZone, formatDateTime, formatTime, usableTimeZone } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

function elapsed(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

export function CallScreen({ sessionId }: { sessionId: number }) {
  const { me } = useAuth();
  const router = useRouter();
  const timeZone = usableTimeZone(me?.timezone, browserTimeZone());
  const { state } = useLoad(
    () => call(api.POST("/api/sessions/{session_id}/join", { params: { path: { session_id: sessionId } } })),
    `join-${sessionId}`,
  );
  const [muted, setMuted] = useState(false);
  const [cameraOff, setCameraOff] = useState(false);
  const [seconds, setSeconds] = useState(0);
  const [peers, setPeers] = useState(0);
  const [status, setStatus] = useState<"connecting" | "connected" | "stand-in" | "failed">("connecting");
  const [problem, setProblem] = useState<Problem | null>(null);
  const handle = useRef<CallHandle | null>(null);
  const localRef = useRef<HTMLDivElement>(null);
  const remoteRef = useRef<HTMLDivElement>(null);

  const joined = state.status === "ready" ? state.data : null;
  const rtc = joined?.rtc ?? null;
  const kind: CallKind = joined?.session.session_type === "video" ? "video" : "voice";
  const real = rtc ? usesRealAgora(rtc) : false;

  useEffect(() => {
    if (!rtc) return;
    const timer = window.setInterval(() => setSeconds((value) => value + 1), 1000);
    let cancelled = false;
    if (!real) {
      // Nothing to connect to: the stand-in says so (setState after a tick, not in the effect body).
      void Promise.resolve().then(() => !cancelled && setStatus("stand-in"));
    } else if (localRef.current && remoteRef.current) {
      joinAgora(rtc, kind, { local: localRef.current, remote: remoteRef.current }, setPeers).then(
        (call) => {
          if (cancelled) void call.leave();
          else {
            handle.current = call;
            setStatus("connected");
          }
        },
        () => !cancelled && setStatus("failed"),
      );
    }
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      void handle.current?.leave();
      handle.current = null;
    };
  }, [rtc, real, kind]);

  async function toggleMute() {
    await handle.current?.setMuted(!muted);
    setMuted(!muted);
  }

  async function toggleCamera() {
    await handle.current?.setCameraOff(!cameraOff);
    setCameraOff(!cameraOff);
  }

  async function end() {
    setProblem(null);
    const result = await call(api.POST("/api/sessions/{session_id}/complete", { params: { path: { session_id: sessionId } } }));
    if (!result.ok) return setProblem(result.problem);
    await handle.current?.leave();
    handle.current = null;
    router.push("/sessions?ended=1");
  }

  if (state.status === "loading") return <Loading label="Joining the call" />;
  if (state.status === "error")
    return (
      <>
        <h1>Call</h1>
        <ProblemAlert problem={state.problem} />
        <p>
          <Link href="/sessions">Back to your sessions</Link>
        </p>
      </>
    );
  const session = state.data.session;
  if (!rtc)
    return (
      <>
        <h1>Call</h1>
        <p>This is a text session: it happens in the chat.</p>
        {state.data.conversation_id ? <Link href={`/chat/${state.data.conversation_id}`}>Open the chat</Link> : null}
      </>
    );
  const title = `${kind === "video" ? "Video" : "Voice"} call`;
  return (
    <>
      <h1>{title}</h1>
      <p>
        {formatDateTime(session.start, timeZone)}–{formatTime(session.end, timeZone)}
      </p>
      <section className="call" aria-label={title}>
        <p role="status" aria-live="polite">
          {status === "connecting" ? "Connecting…" : null}
          {status === "connected" ? (peers > 0 ? "Connected: you are both here." : "Connected: waiting for the other person…") : null}
          {status === "failed" ? "Could not start the call (microphone or camera refused, or the call service is unreachable)." : null}
          {status === "stand-in" ? "Local stand-in: no call service is configured here, so no audio or video leaves this browser." : null}
          {" "}
          <span aria-label="Time in call">{elapsed(seconds)}</span>
        </p>
        <div className="tiles">
          <div className="tile" ref={localRef} aria-label="You">
            {real ? null : <span>You{muted ? " (muted)" : ""}{kind === "video" && cameraOff ? " · camera off" : ""}</span>}
          </div>
          <div className="tile" ref={remoteRef} aria-label="The other person">
            {real ? null : <span>The other person would appear here in a real call.</span>}
          </div>
        </div>
        {real ? null : (
          <details>
            <summary>Call details (for developers)</summary>
            <dl>
              <dt>Channel</dt>
              <dd>{rtc.channel}</dd>
              <dt>Your id</dt>
              <dd>{rtc.uid}</dd>
              <dt>App</dt>
              <dd>{rtc.app_id}</dd>
              <dt>Token valid until</dt>
              <dd>{formatDateTime(rtc.expires_at, timeZone)}</dd>
            </dl>
            <p className="hint">Configure Agora on the API (RTC_BACKEND=agora) for real calls.</p>
          </details>
        )}
        <div className="actions">
          <button type="button" className="secondary" aria-pressed={muted} onClick={toggleMute}>
            {muted ? "Unmute" : "Mute"}
          </button>
          {kind === "video" ? (
            <button type="button" className="secondary" aria-pressed={cameraOff} onClick={toggleCamera}>
              {cameraOff ? "Camera on" : "Camera off"}
            </button>
          ) : null}
          <button type="button" className="secondary" onClick={() => router.push("/sessions")}>
            Leave
          </button>
          <button type="button" className="danger" onClick={end}>
            End session
          </button>
        </div>
        <ProblemAlert problem={problem} />
      </section>
    </>
  );
}
