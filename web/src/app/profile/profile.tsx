"use client";
// The signed-in person's profile: name, bio, time zone, and the avatar (presigned upload).
import { useState, type FormEvent } from "react";
import { api, call } from "@/api/client";
import { useAuth } from "@/components/auth";
import { Field } from "@/components/field";
import { ProblemAlert } from "@/components/problem-alert";
import { AVATAR_TYPES, uploadAvatar } from "@/lib/avatar";
import { fieldErrors, type Problem } from "@/lib/problem";
import { browserTimeZone } from "@/lib/time";

export function Profile() {
  const { me, refresh } = useAuth();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!me) return null;
  const errors = problem ? fieldErrors(problem) : {};

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setProblem(null);
    setSaved(null);
    setBusy(true);
    const result = await call(
      api.PATCH("/api/users/me", {
        body: {
          display_name: String(data.get("display_name") ?? "").trim(),
          bio: String(data.get("bio") ?? ""),
          timezone: String(data.get("timezone") ?? "").trim(),
        },
      }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    await refresh();
    setSaved("Your profile is saved.");
  }

  async function onAvatar(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get("avatar") as File | null) ?? null;
    if (!file || file.size === 0) return setProblem({ type: "about:blank", title: "", status: 422, code: "invalid_input", detail: "Please choose an image first.", errors: [] });
    setProblem(null);
    setSaved(null);
    setBusy(true);
    const result = await uploadAvatar(file);
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    await refresh();
    setSaved("Your new photo is saved.");
  }

  async function removeAvatar() {
    setProblem(null);
    setSaved(null);
    const result = await call(api.DELETE("/api/users/me/avatar"));
    if (!result.ok) return setProblem(result.problem);
    await refresh();
    setSaved("Your photo is removed.");
  }

  return (
    <>
      <h1>Your profile</h1>
      <ProblemAlert problem={problem} />
      {saved ? (
        <p className="success" role="status">
          {saved}
        </p>
      ) : null}

      <section className="section" aria-labelledby="photo-title">
        <h2 id="photo-title">Photo</h2>
        <div className="actions">
          {me.avatar_url ? (
            // A short-lived signed link from the media store (next/image would cache it past expiry).
            // eslint-disable-next-line @next/next/no-img-element
            <img src={me.avatar_url} alt="Your photo" className="avatar avatar-large" width={96} height={96} />
          ) : (
            <span className="avatar avatar-large" aria-hidden="true">
              {me.display_name.slice(0, 1).toUpperCase() || "?"}
            </span>
          )}
          <form className="actions" onSubmit={onAvatar}>
            <div className="field">
              <label htmlFor="field-avatar">Choose a photo (JPEG, PNG or WebP, up to 5 MB)</label>
              <input id="field-avatar" name="avatar" type="file" accept={AVATAR_TYPES.join(",")} />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              Upload photo
            </button>
            {me.avatar_url ? (
              <button type="button" className="danger" onClick={removeAvatar}>
                Remove photo
              </button>
            ) : null}
          </form>
        </div>
      </section>

      <section className="section" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <form className="form" onSubmit={save} noValidate>
          <p className="hint">Signed in as {me.email}.</p>
          <Field name="display_name" label="Display name" defaultValue={me.display_name} required error={errors.display_name} />
          <div className="field">
            <label htmlFor="field-bio">About you</label>
            <textarea id="field-bio" name="bio" defaultValue={me.bio} maxLength={2000} aria-invalid={errors.bio ? true : undefined} />
            {errors.bio ? <p className="field-error">{errors.bio}</p> : null}
          </div>
          <Field
            name="timezone"
            label="Time zone"
            defaultValue={me.timezone}
            hint={`Times are shown in this zone. Your browser says ${browserTimeZone()}.`}
            error={errors.timezone}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              Save
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
