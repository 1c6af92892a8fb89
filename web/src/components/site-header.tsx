"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAuth } from "./auth";

export function SiteHeader() {
  const { status, me, signOut } = useAuth();
  const router = useRouter();
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        HumanLink
      </Link>
      <nav aria-label="Main">
        <ul>
          {status === "signed-in" && (me?.role === "manager" || me?.role === "admin") ? (
            <li>
              <Link href="/staff">Staff</Link>
            </li>
          ) : null}
          {status === "signed-in" ? (
            <>
              {me?.role === "friend" ? (
                <li>
                  <Link href="/friend">Calendar</Link>
                </li>
              ) : (
                <li>
                  <Link href="/dashboard">Matches</Link>
                </li>
              )}
              <li>
                <Link href="/sessions">Sessions</Link>
              </li>
              <li>
                <Link href="/chat">Chat</Link>
              </li>
              {me?.role === "friend" ? null : (
                <li>
                  <Link href="/subscribe">Plan</Link>
                </li>
              )}
              <li>
                <Link href="/notifications">Notifications</Link>
              </li>
              <li>
                <Link href="/profile">Profile</Link>
              </li>
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={async () => {
                    await signOut();
                    router.push("/");
                  }}
                >
                  Log out{me ? <span className="visually-hidden"> {me.email}</span> : null}
                </button>
              </li>
            </>
          ) : (
            <>
              <li>
                <Link href="/login">Log in</Link>
              </li>
              <li>
                <Link href="/signup" className="button button-small">
                  Start free trial
                </Link>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
