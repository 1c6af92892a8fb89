// Problem details (RFC 9457) from the API, turned into what a person can read: one message for
// the form and one per field, shown beside the field it concerns.
import type { components } from "@/api/schema";

type ApiProblem = components["schemas"]["ProblemDetails"];
/** Codes the client itself gives to failures that never reached the API's error handler. */
type ClientCode = "network_error" | "request_failed" | "server_error";
/** The API's problem details, or one the client made up for a failure without a problem body. */
export type Problem = Pick<ApiProblem, "type" | "title" | "status" | "detail" | "errors"> & {
  code: ApiProblem["code"] | ClientCode;
  [member: string]: unknown;
};

const FALLBACK: Record<number, string> = {
  400: "The request could not be read. Please try again.",
  401: "Please log in again.",
  403: "You are not allowed to do that.",
  404: "We could not find that.",
  409: "That changed in the meantime. Please reload and try again.",
  413: "That is too large.",
  422: "Some fields need your attention.",
  429: "Too many attempts. Please wait a moment and try again.",
  502: "The service is not reachable right now. Please try again in a moment.",
  503: "The service is busy right now. Please try again in a moment.",
};

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { status?: unknown }).status === "number" &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

/** Any error body (problem details or not) as problem details, so the UI has one shape. */
export function toProblem(body: unknown, status: number): Problem {
  if (isProblem(body)) return { ...body, errors: Array.isArray(body.errors) ? body.errors : [] };
  return {
    type: "about:blank",
    title: "Request failed",
    status,
    detail: FALLBACK[status] ?? (status >= 500 ? "Something went wrong on our side. Please try again." : "The request failed."),
    code: status >= 500 ? "server_error" : "request_failed",
    errors: [],
  };
}

/** The message to show for the whole form or page. */
export function problemMessage(problem: Problem): string {
  if (problem.status >= 500 && problem.status !== 502 && problem.status !== 503) {
    return "Something went wrong on our side. Please try again.";
  }
  if (problem.status === 429) return FALLBACK[429]!;
  if (problem.status === 422 && problem.errors.length > 0) return FALLBACK[422]!;
  return problem.detail || problem.title || FALLBACK[problem.status] || "The request failed.";
}

/**
 * Field messages keyed by the field's name: the last part of `loc` ("body", "password" →
 * "password"). Errors that name no field are left to problemMessage.
 */
export function fieldErrors(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of problem.errors) {
    const field = [...error.loc].reverse().find((part) => typeof part === "string" && part !== "body");
    if (typeof field === "string" && !(field in out)) out[field] = error.msg;
  }
  return out;
}

/** A network failure (offline, server down) as problem details. */
export function networkProblem(): Problem {
  return {
    type: "about:blank",
    title: "Network error",
    status: 0,
    detail: "We could not reach HumanLink. Check your connection and try again.",
    code: "network_error",
    errors: [],
  };
}
