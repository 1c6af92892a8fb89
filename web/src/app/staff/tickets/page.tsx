import type { Metadata } from "next";
import { Suspense } from "react";
import { Loading } from "@/components/auth";
import { TicketQueue } from "./queue";

export const metadata: Metadata = { title: "Tickets" };

export default function TicketsPage() {
  return (
    <Suspense fallback={<Loading />}>
      <TicketQueue />
    </Suspense>
  );
}
