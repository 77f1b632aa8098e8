import type { Metadata, Viewport } from "next";
import { ServiceWorkerRegistration } from "@/app/_components/offline/service-worker-registration";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "IB Revise", template: "%s · IB Revise" },
  description: "Free, open-source revision for the IB Diploma: exam-style questions with markschemes, mock papers and spaced repetition.",
};

export const viewport: Viewport = { themeColor: "#1f5fd6" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white font-sans text-slate-900">
        {children}
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
