import { z } from "zod";
import type { ContentStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { checkFlashcard } from "@/lib/admin/content/flashcard-fields";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";

export const flashcardStatusInput = z.object({ id: rowId("a flashcard") });

type Transition = { action: string; to: ContentStatus };
const transitions = {
  publish: { action: "flashcard.publish", to: "PUBLISHED" },
  unpublish: { action: "flashcard.unpublish", to: "DRAFT" },
  archive: { action: "flashcard.archive", to: "ARCHIVED" },
} satisfies Record<string, Transition>;

/** Publishes a flashcard into students' review queues (it must render and sit on an active topic). */
export const publishFlashcard = (actor: ContentActor, input: unknown, context?: AuditContext) => setFlashcardStatus(actor, input, transitions.publish, context);

/** Takes a flashcard back to draft: it leaves review queues; students' schedules for it are kept. */
export const unpublishFlashcard = (actor: ContentActor, input: unknown, context?: AuditContext) =>
  setFlashcardStatus(actor, input, transitions.unpublish, context);

/** Archives a flashcard: out of review queues for good (review history stays). */
export const archiveFlashcard = (actor: ContentActor, input: unknown, context?: AuditContext) => setFlashcardStatus(actor, input, transitions.archive, context);

async function setFlashcardStatus(actor: ContentActor, input: unknown, transition: Transition, context: AuditContext = {}) {
  assertAdmin(actor);
  const { id } = parseContentInput(flashcardStatusInput, input);
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`select id::text from flashcards where id = ${id}::uuid for update`;
    const before = locked.length
      ? await tx.flashcard.findUnique({
          where: { id },
          select: { key: true, courseId: true, topicId: true, front: true, back: true, status: true, course: { select: { slug: true } } },
        })
      : null;
    if (!before) throw new NotFoundError("There is no such flashcard.");
    const visible = before.status === "PUBLISHED" || transition.to === "PUBLISHED";
    if (before.status === transition.to) return { status: before.status, changed: false, visible, slug: before.course.slug };
    if (transition.to === "PUBLISHED") throwIfIssues(await checkFlashcard(tx, before.courseId, before));
    await tx.flashcard.update({ where: { id }, data: { status: transition.to } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: transition.action,
      entityType: "flashcard",
      entityId: id,
      before: { key: before.key, status: before.status },
      after: { key: before.key, status: transition.to },
      ...context,
    });
    return { status: transition.to, changed: true, visible, slug: before.course.slug };
  });
  // The course page counts published flashcards.
  if (result.changed && result.visible) await refreshContentCaches({ courseSlugs: [result.slug] });
  return { id, status: result.status, changed: result.changed };
}
