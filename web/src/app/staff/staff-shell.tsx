"use client";
// The manager/admin portal's frame: only staff get in (the API refuses everyone else anyway);
// the audit log is for admins.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { useAuth } from "@/components/auth";

const LINKS = [
  { href: "/staff", label: "Overview", adminOnly: false },
  { href: "/staff/tickets", label: "Tickets", adminOnly: false },
  { href: "/staff/users", label: "Users", adminOnly: false },
  { href: "/staff/suspensions", label: "Suspensions", adminOnly: false },
  { href: "/staff/audit", label: "Audit log", adminOnly: true },
];

export function StaffShell({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const pathname = usePathname();
  if (me && me.role !== "manager" && me.role !== "admin") {
    return (
      <>
        <h1>Staff only</h1>
        <p>
          This part of HumanLink is for managers and admins. <Link href="/">Back to the start</Link>.
        </p>
      </>
    );
  }
  const current = (href: string) => (href === "/staff" ? pathname === "/staff" : pathname.startsWith(href));
  return (
    <>
      <nav aria-label="Staff" className="staff-nav">
        <ul>
          {LINKS.filter((link) => !link.adminOnly || me?.role === "admin").map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-current={current(link.href) ? "page" : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </>
  );
}
