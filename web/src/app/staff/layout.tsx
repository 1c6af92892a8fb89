import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RequireAuth } from "@/components/auth";
import { StaffShell } from "./staff-shell";

export const metadata: Metadata = { title: { default: "Staff", template: "%s · Staff · HumanLink" }, robots: { index: false } };

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <StaffShell>{children}</StaffShell>
    </RequireAuth>
  );
}
