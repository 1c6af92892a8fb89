import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { ChatApp } from "./chat-app";

export const metadata: Metadata = { title: "Chat", robots: { index: false } };

export default function ChatPage() {
  return (
    <RequireAuth>
      <ChatApp conversationId={null} />
    </RequireAuth>
  );
}
