"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "./field";
import { ProblemAlert } from "./problem-alert";
import { track } from "@/lib/analytics";
import { useAuth } from "./auth";
import {
  isLocalMode,
  logIn,
  pendingFlow,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signUp,
  verifyEmail,
  type FlowOutcome,
} from "@/lib/auth-flow";
import { fieldErrors, type Problem } from "@/lib/problem";

/** Where to go after signing in: a same-site path from ?next=, else the default. */
function safeNext(next: string | null, fallback: string): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : fallback;
}

function useFlowForm() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = problem ? fieldErrors(problem) : {};
  return { problem, setProblem, busy, setBusy, errors };
}

function LocalModeNote() {
  if (!isLocalMode()) return null;
  return (
    <p className="notice">
      Running HumanLink locally (<code>make run</code>)? Emails are not sent: the message with your code is printed
      in the terminal where the API runs (the console email backend). Look for “Your email verification code”.
    </p>
  );
}

export function SignUpForm() {
  const router = useRouter();
  const { signIn } = useAuth();
  const form = useFlowForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.setBusy(true);
    const result = await signUp(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
    if (result.kind !== "error") track("sign_up", { method: "email" });
    await follow(result, "/onboarding");
  }

  async function follow(result: FlowOutcome, next: string) {
    form.setBusy(false);
    if (result.kind === "error") form.setProblem(result.problem);
    else if (result.kind === "signed-in") {
      await signIn(result.tokens);
      router.push(next);
    } else router.push(`/verify?next=${encodeURIComponent(next)}`);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemAlert problem={form.problem} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={form.errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        error={form.errors.password ?? form.errors.password1}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? "Creating your account…" : "Create account"}
        </button>
        <span>
          Already have an account? <Link href="/login">Log in</Link>
        </span>
      </div>
    </form>
  );
}

export function VerifyForm() {
  const router = useRouter();
  const params = useSearchParams();
  const { signIn } = useAuth();
  const form = useFlowForm();
  const [resent, setResent] = useState(false);
  const [email] = useState(() => pendingFlow()?.email);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    form.setBusy(true);
    const result = await verifyEmail(code);
    form.setBusy(false);
    if (result.kind === "error") form.setProblem(result.problem);
    else if (result.kind === "signed-in") {
      await signIn(result.tokens);
      router.push(safeNext(params.get("next"), "/onboarding"));
    } else router.push("/login");
  }

  return (
    <>
      <p>
        We sent a code to {email ? <strong>{email}</strong> : "your email address"}. Enter it here to confirm the
        address.
      </p>
      <LocalModeNote />
      <form className="form" onSubmit={onSubmit} noValidate>
        <ProblemAlert problem={form.problem} />
        <Field
          name="code"
          label="Verification code"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          required
          error={form.errors.key ?? form.errors.code}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {form.busy ? "Checking…" : "Verify email"}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              const problem = await resendVerification();
              form.setProblem(problem);
              setResent(!problem);
            }}
          >
            Send a new code
          </button>
        </div>
        {resent ? (
          <p className="success" role="status">
            A new code is on its way.
          </p>
        ) : null}
      </form>
    </>
  );
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const { signIn } = useAuth();
  const form = useFlowForm();
  const next = safeNext(params.get("next"), "/dashboard");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.setBusy(true);
    const result = await logIn(String(data.get("email") ?? ""), String(data.get("password") ?? ""));
    form.setBusy(false);
    if (result.kind === "error") form.setProblem(result.problem);
    else if (result.kind === "signed-in") {
      await signIn(result.tokens);
      router.push(next);
    } else router.push(`/verify?next=${encodeURIComponent(next)}`);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ProblemAlert problem={form.problem} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={form.errors.email} />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={form.errors.password}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? "Logging in…" : "Log in"}
        </button>
        <Link href="/password-reset">Forgot your password?</Link>
      </div>
      <p>
        New here? <Link href="/signup">Start your 7-day free trial</Link>
      </p>
    </form>
  );
}

export function PasswordResetForm() {
  const form = useFlowForm();
  const [stage, setStage] = useState<"request" | "reset" | "done">("request");

  async function onRequest(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setBusy(true);
    const result = await requestPasswordReset(String(new FormData(event.currentTarget).get("email") ?? ""));
    form.setBusy(false);
    if (result.kind === "error") form.setProblem(result.problem);
    else {
      form.setProblem(null);
      setStage("reset");
    }
  }

  async function onReset(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    form.setBusy(true);
    const result = await resetPassword(String(data.get("code") ?? ""), String(data.get("password") ?? ""));
    form.setBusy(false);
    if (result.kind === "error") form.setProblem(result.problem);
    else setStage("done");
  }

  if (stage === "done") {
    return (
      <p className="success" role="status">
        Your password is changed. <Link href="/login">Log in</Link> with the new one.
      </p>
    );
  }
  if (stage === "reset") {
    return (
      <>
        <p>If an account uses that address, we sent it a code.</p>
        <LocalModeNote />
        <form className="form" onSubmit={onReset} noValidate>
          <ProblemAlert problem={form.problem} />
          <Field name="code" label="Code from the email" autoComplete="one-time-code" required error={form.errors.key} />
          <Field
            name="password"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            hint="At least 10 characters."
            error={form.errors.password}
          />
          <button type="submit" className="primary" disabled={form.busy}>
            Set new password
          </button>
        </form>
      </>
    );
  }
  return (
    <form className="form" onSubmit={onRequest} noValidate>
      <ProblemAlert problem={form.problem} />
      <Field name="email" label="Email" type="email" autoComplete="email" required error={form.errors.email} />
      <button type="submit" className="primary" disabled={form.busy}>
        Email me a code
      </button>
    </form>
  );
}
