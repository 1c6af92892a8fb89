import type { Metadata } from "next";
import { Suspense } from "react";
import { SignUpForm } from "@/components/auth-forms";
import { Loading } from "@/components/auth";

export const metadata: Metadata = { title: "Start your 7-day free trial", alternates: { canonical: "/signup" } };

export default function Page() {
  return (
    <>
      <h1>Start your 7-day free trial</h1>
      <p className="lead-left">Create your HumanLink account. The first 7 days are free.</p>
      <Suspense fallback={<Loading />}>
        <SignUpForm />
      </Suspense>
    </>
  );
}
