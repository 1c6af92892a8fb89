import type { Metadata } from "next";
import { publicApi } from "@/api/client";
import type { components } from "@/api/schema";
import { TrackedLink, TrackView } from "@/components/track";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "@/lib/site";

type Highlight = components["schemas"]["FriendHighlightOut"];

// Rendered per request so the friends shown are current (the API caches them for 5 minutes).
export const dynamic = "force-dynamic";

const TITLE = "Unlimited Connections: meet friends who fit you";

export const metadata: Metadata = {
  title: { absolute: `${SITE_NAME}: ${TITLE}` },
  description: SITE_DESCRIPTION,
  alternates: { canonical: "/" },
  openGraph: {
    type: "website",
    url: SITE_URL + "/",
    siteName: SITE_NAME,
    title: TITLE,
    description: SITE_DESCRIPTION,
    locale: "en_US",
  },
  twitter: { card: "summary", title: TITLE, description: SITE_DESCRIPTION },
};

const STEPS = [
  {
    title: "Tell us about you",
    text: "Answer a short questionnaire, one question at a time, and say how much each answer matters to you.",
  },
  {
    title: "Meet your matches",
    text: "We suggest friends who share your languages, your hours and your outlook, and tell you why.",
  },
  {
    title: "Book a conversation",
    text: "Pick a free slot, shown in your own time zone, for a text, voice or video chat.",
  },
  {
    title: "Talk",
    text: "Chat live in the browser. Your conversations are kept, so you can pick up where you left off.",
  },
];

/** The friends' highlights, or none when the API cannot be reached (the page still works). */
async function loadHighlights(): Promise<Highlight[]> {
  try {
    const { data } = await publicApi.GET("/api/friends/highlights", { cache: "no-store" });
    return data ?? [];
  } catch {
    return [];
  }
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

function Highlights({ friends }: { friends: Highlight[] }) {
  if (friends.length === 0) return null;
  return (
    <section aria-labelledby="friends-title" className="section">
      <h2 id="friends-title">Meet some of our friends</h2>
      <ul className="highlights" aria-label="Friends">
        {friends.map((friend) => (
          <li key={friend.id} className="card highlight">
            {friend.avatar_url ? (
              // A short-lived signed link from the media store: next/image would cache it past expiry.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={friend.avatar_url} alt="" className="avatar" width={56} height={56} />
            ) : (
              <span className="avatar" aria-hidden="true">
                {initials(friend.display_name)}
              </span>
            )}
            <div>
              <h3>{friend.display_name}</h3>
              <p>{friend.headline}</p>
              <p className="muted">
                {friend.rating_average !== null && friend.rating_count !== null
                  ? `★ ${friend.rating_average.toFixed(1)} (${friend.rating_count} ratings) · `
                  : "New on HumanLink · "}
                {friend.session_types.join(", ")}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function LandingPage() {
  const friends = await loadHighlights();
  return (
    <>
      <TrackView event="landing_view" />
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Unlimited Connections</h1>
        <p className="lead">
          Real conversations with real people. HumanLink matches you with friends who fit you, then you book a chat
          when it suits you both.
        </p>
        <p>
          <TrackedLink href="/signup" className="button button-large" location="hero">
            Start 7-Day Free Trial
          </TrackedLink>
        </p>
        <p className="muted">No charge during the trial. Cancel any time.</p>
      </section>

      <section aria-labelledby="how-title" className="section">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step.title} className="card">
              <h3>{step.title}</h3>
              <p>{step.text}</p>
            </li>
          ))}
        </ol>
      </section>

      <Highlights friends={friends} />

      <section aria-labelledby="why-title" className="section">
        <h2 id="why-title">Why people choose HumanLink</h2>
        <ul className="features">
          <li className="card">
            <h3>Matches with reasons</h3>
            <p>Every suggestion says why: a shared language, overlapping hours, answers alike.</p>
          </li>
          <li className="card">
            <h3>Your time zone, always</h3>
            <p>Free times are shown in your own time; booking is instant and never double-booked.</p>
          </li>
          <li className="card">
            <h3>Text, voice or video</h3>
            <p>Choose how you want to talk, session by session.</p>
          </li>
        </ul>
      </section>

      <section className="section cta" aria-labelledby="cta-title">
        <h2 id="cta-title">Ready to meet someone new?</h2>
        <TrackedLink href="/signup" className="button button-large" location="footer">
          Start 7-Day Free Trial
        </TrackedLink>
      </section>
    </>
  );
}
