/** The course columns an admin edits, as selected for audit before/after snapshots. */
export const courseSnapshot = { id: true, slug: true, subjectId: true, level: true, name: true, archivedAt: true } as const;
