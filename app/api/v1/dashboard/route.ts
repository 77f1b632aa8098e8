import { route } from "@/lib/api/route";
import { getStudentDashboardJson } from "@/lib/dashboard/student-dashboard";

/**
 * The signed-in student's dashboard (cached per student; private, no-store), sent as the cached JSON
 * without parsing it. While the database is unreachable it may be the last one computed, with
 * `stale: true` in the body and `x-data-stale: 1`.
 */
export const GET = route({ access: "user" }, async ({ user }) => {
  const { json, stale } = await getStudentDashboardJson(user.id);
  const headers = new Headers({ "content-type": "application/json", "cache-control": "private, no-store" });
  if (stale) headers.set("x-data-stale", "1");
  // A Buffer from Redis or Buffer.from is backed by an ArrayBuffer, never shared memory.
  return new Response(json as Uint8Array<ArrayBuffer>, { headers });
});
