"use client";
// Asks once whether analytics may be used, and only when analytics is configured at all:
// without a measurement id nothing is ever sent, so there is nothing to ask.
import { useEffect, useState } from "react";
import { analytics, readConsent, writeConsent, type Consent } from "@/lib/analytics";

export function ConsentBanner() {
  const [consent, setConsent] = useState<Consent | "unknown">("unknown");
  useEffect(() => {
    const read = () => setConsent(readConsent(window.localStorage));
    read();
    // "Cookie settings" in the footer asks again.
    window.addEventListener("humanlink:consent-reset", read);
    return () => window.removeEventListener("humanlink:consent-reset", read);
  }, []);
  if (!analytics.configured || consent !== null) return null;

  function decide(value: "granted" | "denied") {
    writeConsent(window.localStorage, value);
    setConsent(value);
  }

  return (
    <section className="consent" role="region" aria-labelledby="consent-title">
      <h2 id="consent-title">Cookies and analytics</h2>
      <p>
        With your consent we count a few anonymous steps (such as visiting this page or starting a trial) with Google
        Analytics, to learn what works. Never your answers, messages, name or email. Sign-in works either way.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => decide("granted")}>
          Allow analytics
        </button>
        <button type="button" className="secondary" onClick={() => decide("denied")}>
          No thanks
        </button>
      </div>
    </section>
  );
}

/** A footer link to change one's mind (shown only when analytics is configured). */
export function ConsentSettingsLink() {
  if (!analytics.configured) return null;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        window.localStorage.removeItem("humanlink.consent");
        window.dispatchEvent(new Event("humanlink:consent-reset"));
      }}
    >
      Cookie settings
    </button>
  );
}
