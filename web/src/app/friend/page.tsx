import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { FriendDashboard } from "./friend-dashboard";

export const metadata: Metadata = { title: "Your calendar", robots: { index: false } };

export default function FriendPage() {
  return (
    <RequireAuth>
      <FriendDashboard />
    </RequireAuth>
  );
}
