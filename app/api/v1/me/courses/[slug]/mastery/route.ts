import { route } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { getCourseMastery } from "@/lib/progress/get-course-mastery";

export const GET = route({ access: "user" }, async ({ user, params }) => {
  const slug = String(params.slug);
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError("No such course.");
  return { topics: await getCourseMastery(user.id, slug) };
});
