import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center bg-slate-50 px-4 py-12">
      <Link href="/" className="text-xl font-bold tracking-tight text-brand-700">
        IB Revise
      </Link>
      <main id="main" className="mt-8 w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        {children}
      </main>
    </div>
  );
}
