import { z } from "zod";
import { getCourse } from "@/lib/catalog/get-course";
import { NotFoundError } from "@/lib/errors";
import { route } from "@/lib/api/route";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, "is not a course slug");

/** A course's papers and topic tree with question counts; public and CDN-cacheable. */
export const GET = route({ access: "public", cdn: { sMaxAge: 300, staleWhileRevalidate: 3_600 } }, async ({ params }) => {
  const parsed = slug.safeParse(params.slug);
  const course = parsed.success ? await getCourse(parsed.data) : null;
  if (!course) throw new NotFoundError("No such course.");
  return { course };
});
