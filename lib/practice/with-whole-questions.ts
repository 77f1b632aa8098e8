import { db } from "@/lib/db/prisma";

/**
 * The ids with every part of a multi-part question in place of any one of them: all its published parts,
 * in paper order, where the first of them was. A part is never practised without the parts before it (its
 * follow-through needs their answers) or after it. Two queries; none when no id is a part.
 */
export async function withWholeQuestions(ids: string[]): Promise<string[]> {
  if (!ids.length) return ids;
  const parts = await db.question.findMany({ where: { id: { in: ids }, groupId: { not: null } }, select: { id: true, groupId: true } });
  if (!parts.length) return ids;
  const groupOf = new Map(parts.map((p) => [p.id, p.groupId!]));
  const siblings = await db.question.findMany({
    where: { groupId: { in: [...new Set(groupOf.values())] }, status: "PUBLISHED" },
    orderBy: { partIndex: "asc" },
    select: { id: true, groupId: true },
  });
  const partsOf = new Map<string, string[]>();
  for (const s of siblings) partsOf.set(s.groupId!, [...(partsOf.get(s.groupId!) ?? []), s.id]);
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const groupId = groupOf.get(id);
    const unit = (groupId ? (partsOf.get(groupId) ?? []) : [id]).filter((q) => !seen.has(q));
    if (!unit.length) continue;
    for (const q of unit) seen.add(q);
    kept.push(...unit);
  }
  return kept;
}
