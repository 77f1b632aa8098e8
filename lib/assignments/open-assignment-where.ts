import type { Prisma } from "@/generated/prisma/client";

/**
 * The assignments a student may see and work on: released, not withdrawn, of a live class they belong to.
 * One definition for the list, Start and the flashcard queue, so a student can never open work the list
 * does not show (and anything else answers 404, telling them nothing about other classes).
 */
export function openAssignmentWhere(userId: string, now: Date): Prisma.AssignmentWhereInput {
  return { archivedAt: null, releaseAt: { lte: now }, class: { archivedAt: null, members: { some: { userId } } } };
}
