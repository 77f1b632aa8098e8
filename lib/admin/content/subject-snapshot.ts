/** The subject columns an admin edits, as selected for audit before/after snapshots. */
export const subjectSnapshot = { id: true, slug: true, name: true, group: true, description: true, archivedAt: true } as const;
