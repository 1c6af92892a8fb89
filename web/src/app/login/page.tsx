import type { Metadata } from "next";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth-forms";
import { Loading } from "@/components/auth";

export const metadata: Metadata = { title: "Log in", alternates: { canonical: "/login" } };

export default function Page() {
  return (
    <>
      <h1>Log in</h1>
      
      <Suspense fallback={<Loading />}>
        <LoginForm />
      </Suspense>
    </>
  );
}
