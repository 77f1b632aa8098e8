import type { Metadata } from "next";
import Link from "next/link";
import { requireRolePage } from "@/lib/auth/current-user";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { listTeacherClasses } from "@/lib/classes/list-teacher-classes";
import { formatJoinCode } from "@/lib/classes/join-code";
import { cardClass } from "@/app/_components/ui/card";
import { FormAlert } from "@/app/_components/ui/form-alert";
import { CreateClassForm } from "./_components/create-class-form";

export const metadata: Metadata = { title: "Your classes" };

export default async function TeachPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const user = await requireRolePage(["TEACHER", "ADMIN"], "/teach");
  const [classes, catalog, { archived }] = await Promise.all([listTeacherClasses(user), listCatalog(), searchParams]);
  const courses = catalog.flatMap((g) => g.subjects.flatMap((s) => s.courses.map((c) => ({ value: c.slug, label: c.name }))));

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Create a class for each course you teach and give your students its code. They join from their settings (or your link), and you see the class here.
      </p>
      {archived === "1" && (
        <div className="mt-4 max-w-xl">
          <FormAlert tone="success" message="The class is archived. Its students keep their work." />
        </div>
      )}

      <section aria-labelledby="classes-heading" className="mt-8">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes
        </h2>
        {classes.length === 0 ? (
          <p className="mt-2 text-slate-700">You have no classes yet. Create your first one below: it takes a few seconds.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {classes.map((c) => (
              <li key={c.id} className={cardClass("p-4")}>
                <Link href={`/teach/classes/${c.id}`} className="text-lg font-semibold text-brand-700 hover:underline">
                  {c.name}
                </Link>
                <p className="mt-1 text-sm text-slate-700">
                  {c.course.name}
                  {c.exam && <> · exams {c.exam}</>}
                </p>
                <p className="mt-2 text-sm text-slate-700">
                  {c.members} {c.members === 1 ? "student" : "students"} ·{" "}
                  {c.joinCode ? (
                    <>
                      code <span className="font-mono font-semibold">{formatJoinCode(c.joinCode)}</span>
                    </>
                  ) : (
                    "joining closed"
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-class-heading" className={cardClass("mt-10 p-5")}>
        <h2 id="new-class-heading" className="text-xl font-semibold">
          Create a class
        </h2>
        <div className="mt-3">
          <CreateClassForm courses={courses} />
        </div>
      </section>
    </>
  );
}
