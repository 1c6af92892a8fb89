"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { api, call } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading, useAuth } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import type { Problem } from "@/lib/problem";
import { formatMoney } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Match = components["schemas"]["MatchOut"];
type Decision = "accepted" | "declined";

export function Matches() {
  const { me } = useAuth();
  const router = useRouter();
  useEffect(() => {
    // Friends are not matched with friends: their home is the calendar.
    if (me?.role === "friend") router.replace("/friend");
  }, [me, router]);
  const welcome = useSearchParams().get("welcome") === "1";
  const { state } = useLoad(() => call(api.GET("/api/matches", { params: { query: { limit: 20 } } })), "matches");
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  async function decide(friendId: number, decision: Decision) {
    setProblem(null);
    const path = decision === "accepted" ? "/api/matches/{friend_id}/accept" : "/api/matches/{friend_id}/decline";
    const result = await call(api.POST(path, { params: { path: { friend_id: friendId } } }));
    if (result.ok) setDecisions((current) => ({ ...current, [friendId]: result.data.decision }));
    else setProblem(result.problem);
  }

  return (
    <>
      <h1>Your matches</h1>
      {welcome ? (
        <p className="success" role="status">
          Thanks! Your answers are saved. Here are the people we think you will get on with.
        </p>
      ) : null}
      <ProblemAlert problem={problem} />
      {state.status === "loading" ? <Loading label="Finding your matches" /> : null}
      {state.status === "error" ? <ProblemAlert problem={state.problem} /> : null}
      {state.status === "ready" && state.data.items.length === 0 ? (
        <p>
          No matches yet. <Link href="/onboarding">Answer the questionnaire</Link> so we can find people for you.
        </p>
      ) : null}
      {state.status === "ready" ? (
        <ul className="list" aria-label="Matches">
          {state.data.items
            .filter((match) => decisions[match.friend.id] !== "declined")
            .map((match) => (
              <MatchCard key={match.friend.id} match={match} decision={decisions[match.friend.id]} decide={decide} />
            ))}
        </ul>
      ) : null}
    </>
  );
}

function MatchCard({
  match,
  decision,
  decide,
}: {
  match: Match;
  decision: Decision | undefined;
  decide: (friendId: number, decision: Decision) => Promise<void>;
}) {
  const { friend } = match;
  const cheapest = Math.min(...Object.values(friend.prices_minor));
  const headingId = `match-${friend.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <div className="match-head">
        <h2 id={headingId}>{friend.display_name}</h2>
        <span className="score">{match.score}% match</span>
      </div>
      <p>{friend.headline}</p>
      <p className="muted">
        Speaks {friend.languages.join(", ")} · {friend.session_types.join(", ")}
        {Number.isFinite(cheapest) ? ` · from ${formatMoney(cheapest, friend.currency)}` : ""}
      </p>
      <h3 className="visually-hidden">Why we matched you</h3>
      <ul className="reasons">
        {match.reasons.map((reason) => (
          <li key={`${reason.code}-${reason.detail}`}>{reason.text}</li>
        ))}
      </ul>
      <div className="actions">
        <Link href={`/friends/${friend.id}`} className="button">
          See times and book<span className="visually-hidden"> with {friend.display_name}</span>
        </Link>
        {decision === "accepted" ? (
          <span role="status">You accepted {friend.display_name}.</span>
        ) : (
          <>
            <button type="button" className="secondary" onClick={() => decide(friend.id, "accepted")}>
              Accept<span className="visually-hidden"> {friend.display_name}</span>
            </button>
            <button type="button" className="danger" onClick={() => decide(friend.id, "declined")}>
              Decline<span className="visually-hidden"> {friend.display_name}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
