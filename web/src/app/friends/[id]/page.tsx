import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth";
import { FriendProfile } from "./friend-profile";

export const metadata: Metadata = { title: "Book a conversation", robots: { index: false } };

export default async function FriendPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireAuth>
      <FriendProfile friendId={Number(id)} />
    </RequireAuth>
  );
}
