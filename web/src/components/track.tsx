"use client";
// Conversion events from server-rendered pages: a view on mount, a click on a link.
import Link from "next/link";
import { useEffect, type ComponentProps } from "react";
import { track, type Conversion } from "@/lib/analytics";

export function TrackView({ event }: { event: Conversion }) {
  useEffect(() => track(event), [event]);
  return null;
}

export function TrackedLink({ location, ...props }: ComponentProps<typeof Link> & { location: string }) {
  return <Link {...props} onClick={() => track("cta_click", { location })} />;
}
