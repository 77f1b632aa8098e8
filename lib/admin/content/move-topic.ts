import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAdmin, type AuditContext, type ContentActor } from "@/lib/admin/content/content-actor";
import { optionalRowId, rowId } from "@/lib/admin/content/content-fields";
import { ContentValidationError, parseContentInput } from "@/lib/admin/content/content-validation-error";
import { subtreeIds, type TreeTopic } from "@/lib/admin/content/layout-topic-tree";
import { refreshContentCaches } from "@/lib/admin/content/refresh-content-caches";
import { lockCourseTopics, saveTopicLayout, type CourseTopic } from "@/lib/admin/content/relayout-course-topics";

export const moveTopicInput = z.object({
  id: rowId("a topic"),
  /** up/down: swap with the previous/next sibling; parent: become the last child of `parentId` (blank: top level). */
  move: z.enum(["up", "down", "parent"], { error: "Choose up, down or a new parent" }),
  parentId: optionalRowId("a parent topic"),
});

/**
 * Moves a topic among its siblings or under another parent, its subtree with it, and renumbers the
 * course's tree (sortOrder and depth of every topic that shifted). Returns whether anything moved: the
 * first topic cannot go further up.
 */
export async function moveTopic(actor: ContentActor, input: unknown, context: AuditContext = {}): Promise<{ id: string; moved: boolean }> {
  assertAdmin(actor);
  const data = parseContentInput(moveTopicInput, input);
  const result = await db.$transaction(async (tx) => {
    const courseId = (await tx.topic.findUnique({ where: { id: data.id }, select: { courseId: true } }))?.courseId;
    if (!courseId) throw new NotFoundError("There is no such topic.");
    const { course, topics } = await lockCourseTopics(tx, courseId);
    const topic = topics.find((t) => t.id === data.id)!;
    const next = data.move === "parent" ? reparent(topics, topic, data.parentId ?? null) : swapWithSibling(topics, topic, data.move);
    if (!next) return { slug: course.slug, courseId, moved: false };
    await saveTopicLayout(tx, topics, next);
    const after = await tx.topic.findMany({
      where: { courseId },
      orderBy: { sortOrder: "asc" },
      select: { id: true, parentId: true, sortOrder: true, depth: true },
    });
    const placement = (list: { id: string; parentId: string | null; sortOrder: number; depth: number }[]) => {
      const t = list.find((x) => x.id === topic.id)!;
      return { parentId: t.parentId, sortOrder: t.sortOrder, depth: t.depth };
    };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "topic.move",
      entityType: "topic",
      entityId: topic.id,
      before: { code: topic.code, ...placement(topics) },
      after: { code: topic.code, ...placement(after) },
      ...context,
    });
    return { slug: course.slug, courseId, moved: true };
  });
  if (result.moved) await refreshContentCaches({ courseSlugs: [result.slug], dashboardCourseIds: [result.courseId] });
  return { id: data.id, moved: result.moved };
}

function swapWithSibling(topics: CourseTopic[], topic: CourseTopic, direction: "up" | "down"): TreeTopic[] | null {
  const siblings = topics.filter((t) => t.parentId === topic.parentId);
  const at = siblings.findIndex((t) => t.id === topic.id);
  const other = siblings[direction === "up" ? at - 1 : at + 1];
  if (!other) return null;
  return topics.map((t) => (t.id === topic.id ? { ...t, sortOrder: other.sortOrder } : t.id === other.id ? { ...t, sortOrder: topic.sortOrder } : t));
}

function reparent(topics: CourseTopic[], topic: CourseTopic, parentId: string | null): TreeTopic[] | null {
  if (parentId === topic.parentId) return null;
  const parent = parentId ? topics.find((t) => t.id === parentId) : null;
  if (parentId && !parent) throw new ContentValidationError([{ path: "parentId", message: "Choose a parent topic from the same course" }]);
  if (parentId && subtreeIds(topics, topic.id).has(parentId)) {
    throw new ContentValidationError([{ path: "parentId", message: "A topic cannot move under itself or one of its subtopics" }]);
  }
  if (parent?.archivedAt) throw new ContentValidationError([{ path: "parentId", message: `Topic ${parent.code} is archived: restore it first` }]);
  return topics.map((t) => (t.id === topic.id ? { ...t, parentId, sortOrder: Number.MAX_SAFE_INTEGER } : t));
}
