import { db } from "@/lib/db/prisma";
import { contentTypeOf, parseFigurePath } from "@/lib/figures/figure-path";

/**
 * A figure's bytes by its file name ("<hash>-<w>x<h>.svg"), or null. The name must match the stored figure
 * exactly (size and type too), so each figure has one URL and caches never hold two copies.
 */
export async function readFigure(fileName: string): Promise<{ content: Uint8Array; contentType: string } | null> {
  const ref = parseFigurePath(`/figures/${fileName}`);
  if (!ref) return null;
  const where = { hash: ref.hash };
  const select = { content: true, contentType: true, width: true, height: true } as const;
  // A figure uploaded a moment ago may not have reached the replica yet; it never changes once there.
  const figure = (await db.figure.findUnique({ where, select })) ?? (await db.$primary().figure.findUnique({ where, select }));
  if (!figure || figure.width !== ref.width || figure.height !== ref.height || figure.contentType !== contentTypeOf(ref.extension)) return null;
  return { content: figure.content, contentType: figure.contentType };
}
