import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { Questionnaire } from "./questionnaire";

export const metadata: Metadata = { title: "About you", robots: { index: false } };

export default function OnboardingPage() {
  return (
    <RequireAuth>
      <Questionnaire />
    </RequireAuth>
  );
}
