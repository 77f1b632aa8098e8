import { z } from "zod";
import { route } from "@/lib/api/route";
import { slugSegment } from "@/lib/http/path-params";
import { getCourseMastery } from "@/lib/progress/get-course-mastery";

export const GET = route({ access: "user", params: z.object({ slug: slugSegment("course") }) }, async ({ user, params }) => ({
  topics: await getCourseMastery(user.id, params.slug),
}));
