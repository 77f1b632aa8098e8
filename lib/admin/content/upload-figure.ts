import { db } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { BadRequestError } from "@/lib/errors";
import { MAX_PNG_BYTES } from "@/lib/figures/prepare-figure";
import { storeFigure, type StoredFigure } from "@/lib/figures/store-figure";

/** An admin's figure upload from the question editor: stored (once) and audited with what it is. */
export async function uploadFigure(actor: ContentActor, input: { file: unknown; alt: unknown }, context: AuditContext = {}): Promise<StoredFigure> {
  assertAdmin(actor);
  const { file } = input;
  if (!(file instanceof Blob) || file.size === 0) throw new BadRequestError("Choose an SVG or PNG file to upload.");
  // Checked before reading it: the largest figure allowed is a PNG.
  if (file.size > MAX_PNG_BYTES) throw new BadRequestError(`A figure is at most ${MAX_PNG_BYTES / 1024 / 1024} MB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return db.$transaction(async (tx) => {
    const figure = await storeFigure({ bytes, alt: input.alt }, { createdById: actor.id, tx });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "figure.upload",
      entityType: "figure",
      entityId: figure.hash,
      after: { path: figure.path, alt: figure.alt, contentType: figure.contentType },
      ...context,
    });
    return figure;
  });
}
