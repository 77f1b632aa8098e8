import Link from "next/link";
import { cardClass } from "@/app/_components/ui/card";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-12">
      <Link href="/" className="text-xl font-bold tracking-tight text-brand-700">
        IB Revise
      </Link>
      <main id="main" className={cardClass("mt-8 w-full max-w-md p-8 shadow-sm")}>
        {children}
      </main>
    </div>
  );
}
