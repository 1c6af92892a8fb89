import type { Metadata } from "next";
import { Suspense } from "react";
import { Loading, RequireAuth } from "@/components/auth";
import { Sessions } from "./sessions";

export const metadata: Metadata = { title: "Your sessions", robots: { index: false } };

export default function SessionsPage() {
  return (
    <RequireAuth>
      <Suspense fallback={<Loading />}>
        <Sessions />
      </Suspense>
    </RequireAuth>
  );
}
