import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { ChatApp } from "../chat-app";

export const metadata: Metadata = { title: "Chat", robots: { index: false } };

export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireAuth>
      <ChatApp conversationId={Number(id)} />
    </RequireAuth>
  );
}
