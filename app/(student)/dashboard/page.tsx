import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/current-user";
import { listEnrolments } from "@/lib/enrolments/list-enrolments";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requireUserPage("/dashboard");
  if (!user.onboarded && user.role === "STUDENT") redirect("/onboarding");
  const [{ denied }, courses] = await Promise.all([searchParams, listEnrolments(user.id)]);

  return (
    <>
      {denied && (
        <p role="alert" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That page is for administrators only.
        </p>
      )}
      <h1 className="text-3xl font-bold tracking-tight">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      <section aria-labelledby="my-courses" className="mt-8">
        <div className="flex items-baseline justify-between">
          <h2 id="my-courses" className="text-xl font-semibold">
            My courses
          </h2>
          <Link href="/onboarding" className="text-sm text-brand-700 hover:underline">
            Change courses
          </Link>
        </div>
        {courses.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {courses.map((c) => (
              <li key={c.slug} className="rounded-lg border border-slate-200 bg-white p-5">
                <Link href={`/courses/${c.slug}`} className="font-semibold hover:text-brand-700">
                  {c.name}
                </Link>
                {c.targetGrade && <p className="mt-1 text-sm text-slate-600">Target grade {c.targetGrade}</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-slate-700">You have not chosen any courses yet.</p>
        )}
      </section>
    </>
  );
}
