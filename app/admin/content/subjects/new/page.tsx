import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { SubjectForm } from "../../_components/subject-form";
import { cardClass } from "@/app/_components/ui/card";

export const metadata: Metadata = { title: "New subject · Content · Admin" };

export default async function NewSubjectPage() {
  await requireRolePage(["ADMIN"], "/admin/content/subjects/new");
  return (
    <>
      <p className="text-sm text-slate-600">
        <Link href="/admin/content" className="text-brand-700 hover:underline">
          Content
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">New subject</h1>
      <p className="mt-2 text-slate-700">Once it is created, its page opens, where you add its SL and HL courses.</p>
      <div className={cardClass("mt-6 p-4")}>
        <SubjectForm />
      </div>
    </>
  );
}
