import type { Metadata } from "next";
import { Suspense } from "react";
import { Loading, RequireAuth } from "@/components/auth";
import { Matches } from "./matches";

export const metadata: Metadata = { title: "Your matches", robots: { index: false } };

export default function DashboardPage() {
  return (
    <RequireAuth>
      <Suspense fallback={<Loading />}>
        <Matches />
      </Suspense>
    </RequireAuth>
  );
}
