import { route } from "@/lib/api/route";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";

/**
 * The signed-in student's dashboard (cached per student; private, no-store). While the database is
 * unreachable it may be the last one computed, with `stale: true` in the body and `x-data-stale: 1`.
 */
export const GET = route({ access: "user" }, async ({ user }) => {
  const dashboard = await getStudentDashboard(user.id);
  if (!dashboard.stale) return dashboard;
  return Response.json(dashboard, { headers: { "cache-control": "private, no-store", "x-data-stale": "1" } });
});
