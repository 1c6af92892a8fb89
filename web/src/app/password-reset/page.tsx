import type { Metadata } from "next";
import { Suspense } from "react";
import { PasswordResetForm } from "@/components/auth-forms";
import { Loading } from "@/components/auth";

export const metadata: Metadata = { title: "Reset your password", alternates: { canonical: "/password-reset" } };

export default function Page() {
  return (
    <>
      <h1>Reset your password</h1>
      
      <Suspense fallback={<Loading />}>
        <PasswordResetForm />
      </Suspense>
    </>
  );
}
