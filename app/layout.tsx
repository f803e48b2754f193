import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tandem", template: "%s · Tandem" },
  description: "Sales and marketing KPIs from one source of truth",
  // The files in public/ (the web manifest lists the same icons for installed apps).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/site.webmanifest",
};

export const viewport: Viewport = {
  themeColor: "#4338ca",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, never at build time: only then does a page's HTML carry the
  // Content-Security-Policy nonce of its request (proxy.ts). The pages read the session anyway;
  // this also covers the ones that do not, like the 404 page.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
