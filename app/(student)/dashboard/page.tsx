import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUserPage } from "@/lib/auth/current-user";
import { coursesWithQuestions } from "@/lib/catalog/courses-with-questions";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";
import { CoursePanel } from "./_components/course-panel";
import { GlanceStats } from "./_components/glance-stats";
import { RecentActivity } from "./_components/recent-activity";
import { DueAssignments } from "./_components/due-assignments";
import { listStudentAssignments } from "@/lib/assignments/list-student-assignments";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ searchParams }: PageProps<"/dashboard">) {
  const user = await requireUserPage("/dashboard");
  if (!user.onboarded && user.role === "STUDENT") redirect("/onboarding");
  // Assignments are read beside the cached dashboard, not inside it: a teacher's new work shows at once.
  const [{ denied }, dashboard, withQuestions, due] = await Promise.all([
    searchParams,
    getStudentDashboard(user.id),
    coursesWithQuestions(),
    listStudentAssignments(user.id, { pendingOnly: true, limit: 5 }),
  ]);
  // One course starts open: the one last practised, else the first that has questions to answer.
  const slugs = dashboard.courses.map((c) => c.slug);
  const recent = dashboard.recentActivity.find((a) => slugs.includes(a.courseSlug))?.courseSlug;
  const openSlug = recent ?? slugs.find((s) => withQuestions.has(s)) ?? slugs[0];

  return (
    <>
      {denied && (
        <p role="alert" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That page is for administrators only.
        </p>
      )}
      <h1 className="text-3xl font-bold tracking-tight">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      <GlanceStats dashboard={dashboard} />
      <DueAssignments items={due} timeZone={dashboard.timeZone} />

      <section aria-labelledby="my-courses" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="my-courses" className="text-xl font-semibold">
            My courses
          </h2>
          <Link href="/onboarding" className="text-sm text-brand-700 hover:underline">
            Change courses
          </Link>
        </div>
        {dashboard.courses.length ? (
          <ul className="mt-4 space-y-6">
            {dashboard.courses.map((course) => (
              <li key={course.slug}>
                <CoursePanel course={course} hasQuestions={withQuestions.has(course.slug)} open={course.slug === openSlug} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-slate-700">You have not chosen any courses yet.</p>
        )}
      </section>

      <RecentActivity items={dashboard.recentActivity} timeZone={dashboard.timeZone} />
    </>
  );
}
