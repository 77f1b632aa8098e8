import { route } from "@/lib/http/route";
import { getStudentDashboard } from "@/lib/dashboard/student-dashboard";

/** The signed-in student's dashboard (cached per student; route() marks it private, no-store). */
export const GET = route({ access: "user" }, async ({ user }) => getStudentDashboard(user.id));
