import type { GradeBoundaryInput } from "@/lib/grades/grade-from-boundaries";

/** "M25" (May 2025) and "N24" (November 2024) in time order: year, then May before November. */
function sessionRank(session: string): number {
  const m = /^([MN])(\d{2})$/.exec(session);
  return m ? Number(m[2]) * 2 + (m[1] === "N" ? 1 : 0) : -1;
}

/** The course's most recent boundary session and its boundaries, or null when it has none. */
export function latestBoundaries(rows: [session: string, grade: number, minPercent: number][]): { session: string; boundaries: GradeBoundaryInput[] } | null {
  const session = rows.reduce<string | null>((best, [s]) => (best === null || sessionRank(s) > sessionRank(best) ? s : best), null);
  if (session === null) return null;
  return { session, boundaries: rows.filter(([s]) => s === session).map(([, grade, minPercent]) => ({ grade, minPercent })) };
}
