import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { CallScreen } from "./call-screen";

export const metadata: Metadata = { title: "Call", robots: { index: false } };

export default async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireAuth>
      <CallScreen sessionId={Number(id)} />
    </RequireAuth>
  );
}
