// allauth headless (app client) flows: sign-up, email verification by code, login, password
// reset by code. A flow that needs another step answers 401 with the pending step and a
// session token (X-Session-Token) that carries it; a finished flow answers with our JWT pair.
import { authApi } from "@/api/client";
import type { TokenPair } from "./tokens";
import { isProblem, networkProblem, toProblem, type Problem } from "./problem";

const FLOW_KEY = "humanlink.flow";
const app = { path: { client: "app" as const } };

export type FlowOutcome =
  | { kind: "signed-in"; tokens: TokenPair }
  | { kind: "pending"; step: string; email?: string }
  | { kind: "error"; problem: Problem };

type PendingFlow = { sessionToken: string; email?: string };

function flowStorage(): Storage | null {
  return typeof window === "undefined" ? null : window.sessionStorage;
}

export function pendingFlow(): PendingFlow | null {
  const raw = flowStorage()?.getItem(FLOW_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PendingFlow;
  } catch {
    return null;
  }
}

function rememberFlow(flow: PendingFlow | null) {
  if (flow) flowStorage()?.setItem(FLOW_KEY, JSON.stringify(flow));
  else flowStorage()?.removeItem(FLOW_KEY);
}

type Meta = { access_token?: string; refresh_token?: string; session_token?: string } | undefined;
type Pending = { meta?: { session_token?: string }; data?: { flows?: { id: string; is_pending?: boolean }[] } };

/** Fold an allauth answer (typed by auth-schema.d.ts on success) into what the page does next. */
async function outcome(
  request: Promise<{ data?: object; error?: unknown; response: Response }>,
  email?: string,
): Promise<FlowOutcome> {
  let answer: Awaited<typeof request>;
  try {
    answer = await request;
  } catch {
    return { kind: "error", problem: networkProblem() };
  }
  const { data, error, response } = answer;
  const meta = data && "meta" in data ? (data.meta as Meta) : undefined;
  if (response.ok && meta?.access_token && meta.refresh_token) {
    rememberFlow(null);
    return { kind: "signed-in", tokens: { access: meta.access_token, refresh: meta.refresh_token } };
  }
  if (response.status === 401 && isProblem(error)) {
    // Problem details extended with allauth's flow state (see entrypoints/http/openapi.py).
    const pending = error as unknown as Pending;
    const step = pending.data?.flows?.find((flow) => flow.is_pending)?.id;
    const sessionToken = pending.meta?.session_token;
    if (step && sessionToken) {
      rememberFlow({ sessionToken, email: email ?? pendingFlow()?.email });
      return { kind: "pending", step, email };
    }
  }
  if (response.ok) return { kind: "pending", step: "done", email };
  return { kind: "error", problem: toProblem(error, response.status) };
}

function sessionHeader() {
  const token = pendingFlow()?.sessionToken;
  return token ? { "X-Session-Token": token } : undefined;
}

export function signUp(email: string, password: string) {
  rememberFlow(null);
  return outcome(authApi.POST("/api/auth/{client}/v1/auth/signup", { params: app, body: { email, password } }), email);
}

export function logIn(email: string, password: string) {
  rememberFlow(null);
  return outcome(authApi.POST("/api/auth/{client}/v1/auth/login", { params: app, body: { email, password } }), email);
}

export function verifyEmail(code: string) {
  return outcome(
    authApi.POST("/api/auth/{client}/v1/auth/email/verify", {
      params: app,
      headers: sessionHeader(),
      body: { key: code.trim().toUpperCase() },
    }),
  );
}

export async function resendVerification(): Promise<Problem | null> {
  try {
    const { response, error } = await authApi.POST("/api/auth/{client}/v1/auth/email/verify/resend", {
      params: app,
      headers: sessionHeader(),
    });
    return response.ok ? null : toProblem(error, response.status);
  } catch {
    return networkProblem();
  }
}

export function requestPasswordReset(email: string) {
  rememberFlow(null);
  return outcome(authApi.POST("/api/auth/{client}/v1/auth/password/request", { params: app, body: { email } }), email);
}

export function resetPassword(code: string, password: string) {
  return outcome(
    authApi.POST("/api/auth/{client}/v1/auth/password/reset", {
      params: app,
      headers: sessionHeader(),
      body: { key: code.trim().toUpperCase(), password },
    }),
  );
}

/** True when the page is served from this machine, where emails go to the API's console. */
export function isLocalMode(): boolean {
  if (typeof window === "undefined") return false;
  return ["127.0.0.1", "localhost", "[::1]"].includes(window.location.hostname);
}
