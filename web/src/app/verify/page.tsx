import type { Metadata } from "next";
import { Suspense } from "react";
import { VerifyForm } from "@/components/auth-forms";
import { Loading } from "@/components/auth";

export const metadata: Metadata = { title: "Confirm your email", alternates: { canonical: "/verify" } };

export default function Page() {
  return (
    <>
      <h1>Confirm your email</h1>
      
      <Suspense fallback={<Loading />}>
        <VerifyForm />
      </Suspense>
    </>
  );
}
