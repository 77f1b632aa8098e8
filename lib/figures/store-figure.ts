import { z } from "zod";
import { db, type DbTransaction } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import { figureMarkdown, figurePath, type FigureRef } from "@/lib/figures/figure-path";
import { prepareFigure } from "@/lib/figures/prepare-figure";

export const figureAlt = z
  .string()
  .trim()
  .min(3, "Describe what the figure shows (alt text) in a few words at least")
  .max(500, "Alt text is at most 500 characters: put longer explanations in the text");

export type StoredFigure = FigureRef & { alt: string; path: string; markdown: string; contentType: string };

/**
 * Stores a figure once, under the hash of what is stored, and returns the URL and the Markdown that shows
 * it. Storing the same image again changes nothing (the first upload's alt text stays in the database; the
 * Markdown returned carries this upload's).
 */
export async function storeFigure(
  input: { bytes: Uint8Array; alt: unknown },
  options: { createdById?: string | null; tx?: DbTransaction } = {},
): Promise<StoredFigure> {
  const alt = figureAlt.safeParse(input.alt);
  if (!alt.success) throw new BadRequestError(alt.error.issues[0]!.message);
  const { content, contentType, ref } = prepareFigure(input.bytes);
  const { hash, width, height } = ref;
  await (options.tx ?? db).figure.upsert({
    where: { hash },
    create: {
      hash,
      contentType,
      width,
      height,
      alt: alt.data,
      byteSize: content.length,
      content: new Uint8Array(content),
      createdById: options.createdById ?? null,
    },
    update: {},
  });
  return { ...ref, alt: alt.data, contentType, path: figurePath(ref), markdown: figureMarkdown(ref, alt.data) };
}
