import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { rowId } from "@/lib/admin/content/content-fields";
import { parseContentInput, throwIfIssues } from "@/lib/admin/content/content-validation-error";
import { describeLatexErrors, findLatexErrors } from "@/lib/latex/find-latex-errors";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { topicNoteInput } from "@/lib/notes/topic-note-input";

export const saveTopicNoteInput = z.object({
  topicId: rowId("a topic"),
  body: topicNoteInput.shape.body,
  /** The version the editor loaded: a save over someone else's newer one is refused (409). */
  version: z.coerce.number().int().min(1).optional(),
  /** save keeps the status (a new note is a draft); publish and unpublish change it. */
  intent: z.enum(["save", "publish", "unpublish"]).default("save"),
});

export type SavedTopicNote = { id: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED"; version: number; changed: boolean };

/**
 * Writes a topic's revision note from the admin editor: creates it (a draft unless published at once),
 * edits it or changes its status, with the audit entry in the same transaction. An edited note leaves
 * the seed: its key is cleared, so `npm run seed` no longer overwrites it. Published changes reach the
 * note page, the course page and enrolled students' dashboards at once.
 */
export async function saveTopicNote(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<SavedTopicNote> {
  assertAdmin(actor);
  const { topicId, body, version, intent } = parseContentInput(saveTopicNoteInput, input);
  const latex = describeLatexErrors(findLatexErrors(body));
  throwIfIssues(latex ? [{ path: "body", message: latex }] : []);

  const saved = await db.$transaction(async (tx) => {
    const topic = await tx.topic.findFirst({
      where: { id: topicId, archivedAt: null },
      select: {
        code: true,
        courseId: true,
        course: { select: { slug: true } },
        note: { select: { id: true, body: true, status: true, version: true, key: true } },
      },
    });
    if (!topic) throw new NotFoundError("There is no such topic.");
    const before = topic.note;
    if (before && version !== undefined && version !== before.version) {
      throw new ConflictError(
        `Someone saved this note since you opened it (now version ${before.version}). Copy your text, reload, and apply your changes again.`,
        "stale_version",
      );
    }
    const status = intent === "publish" ? "PUBLISHED" : intent === "unpublish" ? "DRAFT" : (before?.status ?? "DRAFT");
    const changed = !before || before.body !== body || before.status !== status;
    const after = before
      ? changed
        ? await tx.topicNote.update({
            where: { id: before.id },
            data: { body, status, key: null, version: { increment: 1 } },
            select: { id: true, status: true, version: true },
          })
        : before
      : await tx.topicNote.create({ data: { topicId, body, status }, select: { id: true, status: true, version: true } });
    if (changed) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: `topic-note.${before ? (before.status !== status ? (status === "PUBLISHED" ? "publish" : "unpublish") : "update") : "create"}`,
        entityType: "topic",
        entityId: topicId,
        before: before ? { status: before.status, version: before.version, characters: before.body.length } : undefined,
        after: { status: after.status, version: after.version, characters: body.length },
        ...context,
      });
    }
    return { id: after.id, status: after.status, version: after.version, changed, visible: status === "PUBLISHED" || before?.status === "PUBLISHED", topic };
  });

  if (saved.changed && saved.visible) {
    await refreshContentCaches({
      courseSlugs: [saved.topic.course.slug],
      dashboardCourseIds: [saved.topic.courseId],
      pages: [`/courses/${saved.topic.course.slug}/topics/${encodeURIComponent(saved.topic.code)}`],
    });
  }
  return { id: saved.id, status: saved.status, version: saved.version, changed: saved.changed };
}
