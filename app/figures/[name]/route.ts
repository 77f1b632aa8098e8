import { z } from "zod";
import { route } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { readFigure } from "@/lib/figures/read-figure";

// A figure's URL names its content, so it can be cached by browsers and the CDN for a year. The SVG was
// sanitised on upload; the sandbox policy is the second lock should a figure be opened on its own.
const FIGURE_HEADERS = {
  "cache-control": "public, max-age=31536000, immutable",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "x-content-type-options": "nosniff",
};

const params = z.object({ name: z.string().max(100) });

/** A figure shown in questions and notes, by its content-addressed file name. */
export const GET = route({ access: "public", params }, async ({ params: { name } }) => {
  const figure = await readFigure(name);
  if (!figure) throw new NotFoundError("There is no such figure.");
  return new Response(Buffer.from(figure.content), { headers: { ...FIGURE_HEADERS, "content-type": figure.contentType } });
});
