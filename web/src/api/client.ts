// Typed API clients generated from the backend's OpenAPI documents (schema.d.ts: /api/openapi.json,
// auth-schema.d.ts: allauth headless). Calls are path-based, so renamed operationIds change nothing.
// Same origin: server.mjs forwards /api/ to Django, so baseUrl is the page's own origin.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema";
import type { paths as AuthPaths } from "./auth-schema";
import { TokenStore, type TokenPair } from "@/lib/tokens";
import { networkProblem, toProblem, type Problem } from "@/lib/problem";

const baseUrl = typeof window === "undefined" ? (process.env.API_ORIGIN ?? "http://127.0.0.1:8000") : "";

/** Calls that need no token (and must not trigger a refresh): sign-in flows, token rotation. */
export const publicApi = createClient<paths>({ baseUrl });
export const authApi = createClient<AuthPaths>({ baseUrl });

export const tokens = new TokenStore(
  () => (typeof window === "undefined" ? null : window.localStorage),
  async (refresh): Promise<TokenPair | null> => {
    const { data } = await publicApi.POST("/api/auth/token/refresh", { body: { refresh_token: refresh } });
    return data ? { access: data.access_token, refresh: data.refresh_token } : null;
  },
);

const bearer: Middleware = {
  async onRequest({ request }) {
    const access = await tokens.accessToken();
    if (access) request.headers.set("Authorization", `Bearer ${access}`);
    return request;
  },
  async onResponse({ response }) {
    // The token was refused although it looked fresh (revoked, user deactivated): sign out.
    if (response.status === 401) tokens.set(null);
    return response;
  },
};

export const api = createClient<paths>({ baseUrl });
api.use(bearer);

export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/**
 * Await an openapi-fetch call and fold its outcome into one value: data, or problem details
 * (network failures included), so every page handles errors the same way.
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Result<T>> {
  try {
    const { data, error, response } = await request;
    if (response.ok) return { ok: true, data: data as T };
    return { ok: false, problem: toProblem(error, response.status) };
  } catch {
    return { ok: false, problem: networkProblem() };
  }
}
