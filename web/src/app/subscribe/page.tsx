import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { Subscribe } from "./subscribe";

export const metadata: Metadata = { title: "Your plan", robots: { index: false } };

export default function SubscribePage() {
  return (
    <RequireAuth>
      <Subscribe />
    </RequireAuth>
  );
}
