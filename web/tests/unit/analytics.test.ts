import { describe, expect, it } from "vitest";
import { Analytics, readConsent, safeParams, type AnalyticsSink, type Consent, type Conversion, type Params } from "@/lib/analytics";

function recorder() {
  const calls: { loaded: string[]; sent: [Conversion, Params][] } = { loaded: [], sent: [] };
  const sink: AnalyticsSink = {
    load: (id) => calls.loaded.push(id),
    send: (event, params) => calls.sent.push([event, params]),
  };
  return { calls, sink };
}

describe("consent-gated analytics", () => {
  it("sends nothing and loads nothing without a measurement id, even with consent", () => {
    const { calls, sink } = recorder();
    const analytics = new Analytics(undefined, () => "granted", sink);
    expect(analytics.configured).toBe(false);
    expect(analytics.track("landing_view")).toBe(false);
    expect(calls).toEqual({ loaded: [], sent: [] });
  });

  it("ignores a malformed measurement id", () => {
    const { calls, sink } = recorder();
    const analytics = new Analytics("<script>", () => "granted", sink);
    expect(analytics.track("landing_view")).toBe(false);
    expect(calls.loaded).toEqual([]);
  });

  it.each<Consent>([null, "denied"])("sends nothing before or against consent (%s), and does not queue it", (consent) => {
    const { calls, sink } = recorder();
    let current: Consent = consent;
    const analytics = new Analytics("G-TEST1234", () => current, sink);
    expect(analytics.configured).toBe(true);
    expect(analytics.track("cta_click", { location: "hero" })).toBe(false);
    expect(calls).toEqual({ loaded: [], sent: [] });
    // Saying yes later sends later events only.
    current = "granted";
    analytics.track("sign_up", { method: "email" });
    expect(calls.sent).toEqual([["sign_up", { method: "email" }]]);
  });

  it("loads the provider once, on the first allowed event", () => {
    const { calls, sink } = recorder();
    const analytics = new Analytics("G-TEST1234", () => "granted", sink);
    analytics.track("landing_view");
    analytics.track("trial_start", { plan_interval: "month" });
    expect(calls.loaded).toEqual(["G-TEST1234"]);
    expect(calls.sent.map(([event]) => event)).toEqual(["landing_view", "trial_start"]);
  });

  it("stops as soon as consent is withdrawn", () => {
    const { calls, sink } = recorder();
    let current: Consent = "granted";
    const analytics = new Analytics("G-TEST1234", () => current, sink);
    analytics.track("landing_view");
    current = "denied";
    expect(analytics.track("first_booking", { session_type: "text" })).toBe(false);
    expect(calls.sent).toHaveLength(1);
  });

  it("refuses events outside the conversion list", () => {
    const { calls, sink } = recorder();
    const analytics = new Analytics("G-TEST1234", () => "granted", sink);
    expect(analytics.track("questionnaire_answer" as Conversion, { location: "hero" })).toBe(false);
    expect(calls.sent).toEqual([]);
  });
});

describe("what may leave with an event", () => {
  it("keeps only known keys with harmless values", () => {
    expect(
      safeParams({
        location: "hero",
        method: "email",
        email: "someone@example.com",
        user_id: "42",
        answer: "I love hiking",
        session_type: "video",
      }),
    ).toEqual({ location: "hero", method: "email", session_type: "video" });
  });

  it("drops allowed keys whose values do not have the expected shape", () => {
    expect(safeParams({ location: "someone@example.com", method: "password123", plan_interval: 12 })).toEqual({});
  });
});

describe("stored consent", () => {
  it("reads only the two known answers", () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(readConsent(storage("granted"))).toBe("granted");
    expect(readConsent(storage("denied"))).toBe("denied");
    expect(readConsent(storage("yes"))).toBeNull();
    expect(readConsent(null)).toBeNull();
  });
});
