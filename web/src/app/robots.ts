import type { MetadataRoute } from "next";
import { SITE_URL } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/ws/", "/admin/", "/dashboard", "/onboarding", "/sessions", "/chat", "/friends/", "/verify"],
    },
    sitemap: `${SITE_URL}/sitemap.xml`,
  };
}
