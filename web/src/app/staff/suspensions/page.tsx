import type { Metadata } from "next";
import { Suspensions } from "./suspensions";

export const metadata: Metadata = { title: "Suspensions" };

export default function SuspensionsPage() {
  return <Suspensions />;
}
