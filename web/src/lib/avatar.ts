// Avatar upload straight to the media store with the presigned form from the API:
// start (POST /api/users/me/avatar/upload), POST the form (its fields, then the file), confirm
// (POST /api/users/me/avatar). The image never passes through our server.
import { api, call, tokens, type Result } from "@/api/client";
import type { components } from "@/api/schema";
import { networkProblem, toProblem, type Problem } from "./problem";

export const AVATAR_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

/**
 * The development media store (same origin, /dev/media/) wants the signed-in owner's bearer
 * token as well; a real store (S3, another origin) must never receive it.
 */
export function uploadHeaders(uploadUrl: string, origin: string, accessToken: string | null): Record<string, string> {
  let target: URL;
  try {
    target = new URL(uploadUrl, origin);
  } catch {
    return {};
  }
  return accessToken && target.origin === origin ? { Authorization: `Bearer ${accessToken}` } : {};
}

/** The multipart form S3's presigned POST expects: every policy field first, the file last. */
export function uploadForm(fields: Record<string, string>, file: Blob): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", file);
  return form;
}

function localProblem(detail: string): Problem {
  return { type: "about:blank", title: detail, status: 422, code: "invalid_input", detail, errors: [] };
}

export async function uploadAvatar(file: File): Promise<Result<components["schemas"]["MeOut"]>> {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type))
    return { ok: false, problem: localProblem("Please choose a JPEG, PNG or WebP image.") };
  const start = await call(api.POST("/api/users/me/avatar/upload", { body: { content_type: file.type } }));
  if (!start.ok) return start;
  if (file.size > start.data.max_bytes)
    return { ok: false, problem: localProblem(`The image must be at most ${Math.floor(start.data.max_bytes / 1024 / 1024)} MB.`) };
  try {
    const response = await fetch(start.data.url, {
      method: "POST",
      body: uploadForm(start.data.fields, file),
      headers: uploadHeaders(start.data.url, window.location.origin, await tokens.accessToken()),
    });
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      return { ok: false, problem: toProblem(body, response.status) };
    }
  } catch {
    return { ok: false, problem: networkProblem() };
  }
  return call(api.POST("/api/users/me/avatar", { body: { key: start.data.key } }));
}
