import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AuthProvider } from "@/components/auth";
import { ConsentBanner, ConsentSettingsLink } from "@/components/consent-banner";
import { SiteHeader } from "@/components/site-header";
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: `${SITE_NAME}: real conversations with real people`, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d3b8f" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <AuthProvider>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </AuthProvider>
        <footer className="site-footer">
          <p>© HumanLink. Real conversations with real people.</p>
          <ConsentSettingsLink />
        </footer>
        <ConsentBanner />
      </body>
    </html>
  );
}
