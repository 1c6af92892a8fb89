import type { Metadata } from "next";
import Link from "next/link";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "@/lib/site";

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

export default function LandingPage() {
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Unlimited Connections</h1>
        <p className="lead">
          Real conversations with real people. HumanLink matches you with friends who fit you, then you book a chat
          when it suits you both.
        </p>
        <p>
          <Link href="/signup" className="button button-large">
            Start 7-Day Free Trial
          </Link>
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
        <Link href="/signup" className="button button-large">
          Start 7-Day Free Trial
        </Link>
      </section>
    </>
  );
}
