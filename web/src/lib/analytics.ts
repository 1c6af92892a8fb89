// Conversion analytics behind consent. Nothing is sent, and no third-party script is loaded,
// unless BOTH a Google Analytics measurement id is configured (NEXT_PUBLIC_GA_MEASUREMENT_ID at
// build time) AND the person said yes in the consent banner. Only a fixed set of event names
// with a fixed set of harmless parameters ever leaves: no questionnaire answers, no messages,
// no names, emails or ids (anything else is dropped before it reaches the adapter).

export const CONVERSIONS = ["landing_view", "cta_click", "sign_up", "trial_start", "first_booking"] as const;
export type Conversion = (typeof CONVERSIONS)[number];
export type Consent = "granted" | "denied" | null;

/** Parameters that may accompany an event: where on the site, what kind of thing. Never who. */
const ALLOWED_PARAMS: Record<string, RegExp> = {
  location: /^[a-z_]{1,32}$/, // which CTA: "hero", "footer", "header"
  method: /^(email|google|x)$/, // how someone signed up
  plan_interval: /^(month|year)$/,
  session_type: /^(text|voice|video)$/,
};

export type Params = Partial<Record<keyof typeof ALLOWED_PARAMS, string>>;

/** What leaves for analytics: allowed keys with values of the expected shape, nothing else. */
export function safeParams(params: Record<string, unknown> = {}): Params {
  const safe: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const shape = ALLOWED_PARAMS[key];
    if (shape && typeof value === "string" && shape.test(value)) safe[key] = value;
  }
  return safe;
}

/** Where events go once allowed (Google Analytics in the browser; a recorder in tests). */
export interface AnalyticsSink {
  load(measurementId: string): void;
  send(event: Conversion, params: Params): void;
}

export class Analytics {
  private loaded = false;

  constructor(
    private readonly measurementId: string | undefined,
    private readonly consent: () => Consent,
    private readonly sink: AnalyticsSink,
  ) {}

  /** Whether a banner should ask: only when there is something to consent to. */
  get configured(): boolean {
    return Boolean(this.measurementId && /^G-[A-Z0-9]{4,16}$/.test(this.measurementId));
  }

  get enabled(): boolean {
    return this.configured && this.consent() === "granted";
  }

  /** Send one conversion event, if allowed; otherwise drop it (never queued for later). */
  track(event: Conversion, params: Record<string, unknown> = {}): boolean {
    if (!CONVERSIONS.includes(event) || !this.enabled) return false;
    if (!this.loaded) {
      this.sink.load(this.measurementId!);
      this.loaded = true;
    }
    this.sink.send(event, safeParams(params));
    return true;
  }
}

const CONSENT_KEY = "humanlink.consent";

export function readConsent(storage: Pick<Storage, "getItem"> | null): Consent {
  const value = storage?.getItem(CONSENT_KEY);
  return value === "granted" || value === "denied" ? value : null;
}

export function writeConsent(storage: Pick<Storage, "setItem"> | null, consent: "granted" | "denied") {
  storage?.setItem(CONSENT_KEY, consent);
}

type Gtag = (...args: unknown[]) => void;
type GaWindow = Window & { dataLayer?: unknown[]; gtag?: Gtag };

/** Google Analytics (gtag.js), loaded on first use; IP anonymised, no ad signals, no page views
 * beyond the events we send. */
export const googleAnalyticsSink: AnalyticsSink = {
  load(measurementId) {
    const w = window as GaWindow;
    w.dataLayer = w.dataLayer ?? [];
    w.gtag = function gtag() {
      // gtag.js reads the arguments object itself, as Google's snippet does.
      // eslint-disable-next-line prefer-rest-params
      w.dataLayer!.push(arguments);
    };
    w.gtag("js", new Date());
    w.gtag("config", measurementId, {
      anonymize_ip: true,
      allow_google_signals: false,
      allow_ad_personalization_signals: false,
      send_page_view: false,
    });
    const script = document.createElement("script");
    script.async = true;
    script.src = `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`;
    document.head.appendChild(script);
  },
  send(event, params) {
    (window as GaWindow).gtag?.("event", event, params);
  },
};

const browserStorage = () => (typeof window === "undefined" ? null : window.localStorage);

export const analytics = new Analytics(
  process.env.NEXT_PUBLIC_GA_MEASUREMENT_ID,
  () => readConsent(browserStorage()),
  googleAnalyticsSink,
);

/** Record a conversion (a no-op on the server, without configuration or without consent). */
export function track(event: Conversion, params: Record<string, unknown> = {}): void {
  if (typeof window === "undefined") return;
  analytics.track(event, params);
}

/** A conversion that counts once per browser ("first_booking", "trial_start"): later ones are not. */
export function trackOnce(event: Conversion, params: Record<string, unknown> = {}): void {
  const storage = browserStorage();
  const key = `humanlink.analytics.${event}`;
  if (!storage || storage.getItem(key)) return;
  storage.setItem(key, "1");
  track(event, params);
}
