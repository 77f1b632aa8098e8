import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { ServiceWorkerRegistration } from "@/app/_components/offline/service-worker-registration";
import "./globals.css";

// Self-hosted Inter: no request to a font CDN at build or run time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  variable: "--font-inter",
  display: "swap",
  // Text paints at once in the size-matched fallback and swaps to Inter when it lands: on a phone's slow
  // connection a preloaded 49 kB font would compete with the page for the first paint.
  preload: false,
});

export const metadata: Metadata = {
  title: { default: "IB Revise", template: "%s · IB Revise" },
  description: "Free, open-source revision for the IB Diploma: exam-style questions with markschemes, mock papers and spaced repetition.",
};

export const viewport: Viewport = { themeColor: "#1f5fd6" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen bg-white font-sans text-slate-900">
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
