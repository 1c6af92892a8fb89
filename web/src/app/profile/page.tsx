import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { Profile } from "./profile";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

export default function ProfilePage() {
  return (
    <RequireAuth>
      <Profile />
    </RequireAuth>
  );
}
