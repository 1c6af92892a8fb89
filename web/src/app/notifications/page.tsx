import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { Notifications } from "./notifications";

export const metadata: Metadata = { title: "Notifications", robots: { index: false } };

export default function NotificationsPage() {
  return (
    <RequireAuth>
      <Notifications />
    </RequireAuth>
  );
}
