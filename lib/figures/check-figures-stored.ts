import type { DbTransaction } from "@/lib/db/prisma";
import { figureReferences } from "@/lib/figures/figure-references";

/**
 * Figures that texts point at but the store does not hold (a URL copied from another instance, or edited
 * by hand): each with the field it appears in. Well-formedness and alt text are the question rules' job.
 */
export async function checkFiguresStored(tx: DbTransaction, texts: [path: string, source: string][]): Promise<{ path: string; message: string }[]> {
  const wanted = texts.flatMap(([path, source]) => figureReferences(source).flatMap((r) => (r.figure ? [{ path, hash: r.figure.hash, src: r.src }] : [])));
  if (!wanted.length) return [];
  const stored = await tx.figure.findMany({ where: { hash: { in: [...new Set(wanted.map((w) => w.hash))] } }, select: { hash: true } });
  const have = new Set(stored.map((f) => f.hash));
  return wanted.filter((w) => !have.has(w.hash)).map((w) => ({ path: w.path, message: `The figure ${w.src} has not been uploaded here: upload it again` }));
}
