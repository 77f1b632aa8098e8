import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/prisma";
import { requireRolePage } from "@/lib/auth/current-user";
import { classTaughtBy } from "@/lib/classes/class-actor";
import { NotFoundError } from "@/lib/errors";
import { ClassTabs } from "./_components/class-tabs";

// Every page of a class is for its teachers: the check happens here once, before any section renders, and
// each page and action checks again for itself.
export default async function ClassLayout({ children, params }: LayoutProps<"/teach/classes/[classId]">) {
  const { classId } = await params;
  const user = await requireRolePage(["TEACHER", "ADMIN"], `/teach/classes/${classId}`);
  const found = await classTaughtBy(db.$primary(), user, classId).catch((err: unknown) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return (
    <>
      <p className="text-sm">
        <Link href="/teach" className="text-brand-700 underline">
          ← Your classes
        </Link>
        <span className="text-slate-600"> · {found.name}</span>
      </p>
      <ClassTabs classId={found.id} />
      {children}
    </>
  );
}
