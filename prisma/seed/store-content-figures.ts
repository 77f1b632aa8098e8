import { db } from "@/lib/db/prisma";
import { contentFigures } from "./content/figures/content-figure";

/** Stores the figures the loaded content uses (each once, whatever was stored before); returns how many. */
export async function storeContentFigures(): Promise<number> {
  const figures = contentFigures();
  await db.figure.createMany({
    data: figures.map(({ figure: { content, contentType, ref }, alt }) => ({
      hash: ref.hash,
      contentType,
      width: ref.width,
      height: ref.height,
      alt,
      byteSize: content.length,
      content: new Uint8Array(content),
    })),
    skipDuplicates: true,
  });
  return figures.length;
}
