// The signed-in person's JWT pair (from allauth headless's app flows), kept in localStorage so a
// reload or a second tab stays signed in. The API accepts bearer tokens only; the refresh token
// rotates on every use (POST /api/auth/token/refresh), so refreshes are single-flight.

export type TokenPair = { access: string; refresh: string };

const STORAGE_KEY = "humanlink.tokens";
// Refresh this long before the access token expires, so a request never leaves with a dying token.
const EXPIRY_MARGIN_SECONDS = 30;

type Listener = (tokens: TokenPair | null) => void;

export type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

/** Seconds since the epoch at which a JWT expires, or null when it cannot be read. */
export function jwtExpiry(token: string): number | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/"));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" ? exp : null;
  } catch {
    return null;
  }
}

export function needsRefresh(token: string, nowSeconds: number): boolean {
  const exp = jwtExpiry(token);
  return exp === null || exp - EXPIRY_MARGIN_SECONDS <= nowSeconds;
}

export class TokenStore {
  private listeners = new Set<Listener>();
  private inflight: Promise<TokenPair | null> | null = null;

  constructor(
    private readonly storage: () => Storage | null,
    private readonly refresher: (refresh: string) => Promise<TokenPair | null>,
    private readonly now: () => number = () => Date.now() / 1000,
  ) {}

  get(): TokenPair | null {
    const raw = this.storage()?.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      const parsed = JSON.parse(raw) as Partial<TokenPair>;
      return typeof parsed.access === "string" && typeof parsed.refresh === "string"
        ? { access: parsed.access, refresh: parsed.refresh }
        : null;
    } catch {
      return null;
    }
  }

  set(tokens: TokenPair | null): void {
    const storage = this.storage();
    if (tokens) storage?.setItem(STORAGE_KEY, JSON.stringify(tokens));
    else storage?.removeItem(STORAGE_KEY);
    for (const listener of this.listeners) listener(tokens);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A valid access token, refreshed first when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    const tokens = this.get();
    if (!tokens) return null;
    if (!needsRefresh(tokens.access, this.now())) return tokens.access;
    return (await this.refresh())?.access ?? null;
  }

  /** Rotate the refresh token once, however many callers ask at the same time. */
  refresh(): Promise<TokenPair | null> {
    if (!this.inflight) {
      const current = this.get();
      this.inflight = (async () => {
        if (!current) return null;
        const next = await this.refresher(current.refresh).catch(() => null);
        // A refused refresh (revoked, expired) ends the session.
        this.set(next);
        return next;
      })().finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  static storageKey = STORAGE_KEY;
}
