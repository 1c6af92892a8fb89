"use client";
// Who is signed in, for every page: the token pair lives in tokens (lib/tokens), the person in
// GET /api/users/me. Signing out revokes the refresh token on the server, then forgets both.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { api, call, publicApi, tokens } from "@/api/client";
import type { components } from "@/api/schema";
import type { TokenPair } from "@/lib/tokens";

export type Me = components["schemas"]["MeOut"];
type Status = "loading" | "signed-in" | "signed-out";

type AuthState = {
  status: Status;
  me: Me | null;
  signIn: (pair: TokenPair) => Promise<void>;
  signOut: () => Promise<void>;
  /** Read /api/users/me again (after the profile changed). */
  refresh: () => Promise<void>;
};

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [status, setStatus] = useState<Status>("loading");

  const load = useCallback(async () => {
    // Every state change happens after an await: the first render never re-renders in cascade.
    const result = tokens.get() ? await call(api.GET("/api/users/me")) : await Promise.resolve(null);
    if (result?.ok) {
      setMe(result.data);
      setStatus("signed-in");
    } else if (!tokens.get()) {
      setMe(null);
      setStatus("signed-out");
    } else {
      // Signed in, but the API is unreachable: keep the session, pages show their own errors.
      setStatus("signed-in");
    }
  }, []);

  useEffect(() => {
    // load() sets state only after an await (the rule cannot see through the call).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
    const unsubscribe = tokens.subscribe((pair) => {
      if (!pair) {
        setMe(null);
        setStatus("signed-out");
      }
    });
    // Another tab signed in or out.
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === "humanlink.tokens") void load();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener("storage", onStorage);
    };
  }, [load]);

  const signIn = useCallback(
    async (pair: TokenPair) => {
      tokens.set(pair);
      await load();
    },
    [load],
  );

  const signOut = useCallback(async () => {
    const pair = tokens.get();
    tokens.set(null);
    if (pair) await call(publicApi.POST("/api/auth/token/logout", { body: { refresh_token: pair.refresh } }));
  }, []);

  const value = useMemo(() => ({ status, me, signIn, signOut, refresh: load }), [status, me, signIn, signOut, load]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

/** Renders its children for a signed-in person; sends anyone else to log in and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const router = useRouter();
  useEffect(() => {
    if (status === "signed-out") {
      const next = window.location.pathname + window.location.search;
      router.replace(`/login?next=${encodeURIComponent(next)}`);
    }
  }, [status, router]);
  if (status !== "signed-in") return <Loading label="Checking your session" />;
  return <>{children}</>;
}

export function Loading({ label = "Loading" }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}…
    </p>
  );
}
