"use client";
// Plans and the subscription. Checkout happens on the payment provider's page (Stripe Checkout);
// with the development gateway (make run, PAYMENTS_BACKEND=fake) the checkout URL is the API's
// /dev/payments/ page, which "pays" on POST, so this page offers that step itself.
import Link from "next/link";
import { useEffect, useState } from "react";
import { api, call, tokens } from "@/api/client";
import type { components } from "@/api/schema";
import { Loading } from "@/components/auth";
import { ProblemAlert } from "@/components/problem-alert";
import { networkProblem, toProblem, type Problem } from "@/lib/problem";
import { trackOnce } from "@/lib/analytics";
import { formatMoney } from "@/lib/time";
import { useLoad } from "@/lib/use-load";

type Plan = components["schemas"]["PlanOut"];
type Checkout = components["schemas"]["CheckoutOut"];

const ACTIVE = new Set(["trialing", "active"]);

export function devCheckoutPath(url: string): string | null {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.pathname.startsWith("/dev/payments/") ? parsed.pathname : null;
  } catch {
    return null;
  }
}

export function Subscribe() {
  const subscription = useLoad(() => call(api.GET("/api/payments/subscription")), "subscription");
  const plans = useLoad(() => call(api.GET("/api/payments/plans")), "plans");
  const [checkout, setCheckout] = useState<Checkout | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(plan: Plan) {
    setProblem(null);
    setBusy(true);
    const result = await call(api.POST("/api/payments/checkout", { body: { plan_id: plan.id } }));
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    if (devCheckoutPath(result.data.url)) setCheckout(result.data);
    else window.location.assign(result.data.url);
  }

  async function payOnDevGateway(path: string) {
    setBusy(true);
    try {
      // The development page acts only for the checkout's owner: it takes our bearer token.
      const access = await tokens.accessToken();
      const response = await fetch(path, {
        method: "POST",
        headers: access ? { Authorization: `Bearer ${access}` } : undefined,
      });
      if (!response.ok) setProblem(toProblem(await response.json().catch(() => null), response.status));
      else {
        setCheckout(null);
        await subscription.reload();
      }
    } catch {
      setProblem(networkProblem());
    } finally {
      setBusy(false);
    }
  }

  const current = subscription.state.status === "ready" ? subscription.state.data : null;
  const subscribed = current !== null && ACTIVE.has(current.status);
  const trialing = current?.status === "trialing";
  useEffect(() => {
    // Counted when the trial is first seen on, whichever gateway started it.
    if (trialing) trackOnce("trial_start");
  }, [trialing]);
  const devPath = checkout ? devCheckoutPath(checkout.url) : null;

  return (
    <>
      <h1>Your plan</h1>
      {subscription.state.status === "loading" ? <Loading label="Loading your plan" /> : null}
      {subscription.state.status === "error" ? <ProblemAlert problem={subscription.state.problem} /> : null}
      {current && subscribed ? (
        <div className="success" role="status">
          <p>
            {current.status === "trialing" ? "Your free trial is on" : "You are subscribed"}: {current.plan_name}.
            {current.trial_end ? ` The trial ends ${new Date(current.trial_end).toLocaleDateString()}.` : ""}
          </p>
          <p>
            <Link href="/dashboard">Find someone to talk to</Link>
          </p>
        </div>
      ) : null}
      <ProblemAlert problem={problem} />
      {checkout && devPath ? (
        <section className="notice" aria-labelledby="dev-pay-title">
          <h2 id="dev-pay-title">Development payment page</h2>
          <p>
            This copy of HumanLink uses the fake payment gateway, so no card is needed.
            {checkout.trial_days > 0 ? ` Your ${checkout.trial_days}-day free trial starts when you confirm.` : ""}
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => payOnDevGateway(devPath)}>
            Confirm (test payment)
          </button>
        </section>
      ) : null}
      {!subscribed && plans.state.status === "ready" ? (
        <p>Your first plan starts with a 7-day free trial. Cancel any time.</p>
      ) : null}
      {!subscribed && plans.state.status === "ready" ? (
        <ul className="list" aria-label="Plans">
          {plans.state.data
            .filter((plan) => plan.is_active)
            .map((plan) => (
              <li key={plan.id} className="card">
                <h2>{plan.name}</h2>
                <p>
                  {formatMoney(plan.price_minor, plan.currency)} per {plan.interval} · {plan.sessions_per_period} sessions
                  ({plan.session_types.join(", ")})
                </p>
                <button type="button" className="primary" disabled={busy} onClick={() => choose(plan)}>
                  Choose {plan.name}
                </button>
              </li>
            ))}
        </ul>
      ) : null}
      {plans.state.status === "error" ? <ProblemAlert problem={plans.state.problem} /> : null}
    </>
  );
}
