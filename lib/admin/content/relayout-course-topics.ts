import type { DbTransaction } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors";
import { layoutTopicTree, type TreeTopic } from "@/lib/admin/content/layout-topic-tree";

export type CourseTopic = TreeTopic & { code: string; title: string; depth: number; archivedAt: Date | null };

/**
 * Locks a course's topic tree for the rest of the transaction and returns its topics. Every tree change
 * takes this lock first, so two admins reordering the same course at once apply one after the other
 * instead of interleaving their positions.
 */
export async function lockCourseTopics(tx: DbTransaction, courseId: string): Promise<{ course: { id: string; slug: string }; topics: CourseTopic[] }> {
  const [course] = await tx.$queryRaw<{ id: string; slug: string }[]>`select id::text, slug from courses where id = ${courseId}::uuid for update`;
  if (!course) throw new NotFoundError("There is no such course.");
  const topics = await tx.topic.findMany({
    where: { courseId },
    orderBy: { sortOrder: "asc" },
    select: { id: true, parentId: true, sortOrder: true, depth: true, code: true, title: true, archivedAt: true },
  });
  return { course, topics };
}

/**
 * Writes the depth-first positions and depths of the tree as `topics` describe it (parents and sibling
 * order, see layoutTopicTree), in one statement for the rows that changed.
 */
export async function saveTopicLayout(tx: DbTransaction, current: CourseTopic[], next: TreeTopic[]): Promise<void> {
  const before = new Map(current.map((t) => [t.id, t]));
  const changed = layoutTopicTree(next).filter((p) => {
    const was = before.get(p.id);
    return !was || was.parentId !== p.parentId || was.sortOrder !== p.sortOrder || was.depth !== p.depth;
  });
  if (!changed.length) return;
  await tx.$executeRaw`
    update topics t
    set parent_id = v.parent_id, sort_order = v.sort_order, depth = v.depth
    from unnest(${changed.map((p) => p.id)}::uuid[], ${changed.map((p) => p.parentId)}::uuid[], ${changed.map((p) => p.sortOrder)}::int[], ${changed.map((p) => p.depth)}::int[])
      as v(id, parent_id, sort_order, depth)
    where t.id = v.id`;
}
