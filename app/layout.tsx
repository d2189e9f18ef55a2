import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { ThemeScript } from "@/components/shell/theme-script";
import { Toaster } from "@/components/shell/toaster";
import { ZodWithoutEval } from "@/components/shell/zod-without-eval";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Backroom", template: "%s · Backroom" },
  description:
    "The operations dashboard for small retailers: inventory, orders, customers and more.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

// Reading the request's nonce (set by proxy.ts) renders every page per request: a prerendered
// page would carry scripts without this response's nonce, and the CSP would block them.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The theme script sets the `dark` class before hydration.
    <html
      lang="en"
      className={`${GeistSans.variable} ${GeistMono.variable}`}
      suppressHydrationWarning
    >
      <head>
        <ThemeScript nonce={nonce} />
        <ZodWithoutEval nonce={nonce} />
      </head>
      <body>
        {children}
        <Toaster />
      </body>
    </html>
  );
}
