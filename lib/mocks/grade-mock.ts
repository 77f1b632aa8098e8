import { gradeFromBoundaries } from "@/lib/grades/grade-from-boundaries";

type BoundaryRow = { session: string; grade: number; minPercent: number };

/** "M25" (May 2025) and "N24" (November 2024) in time order: year, then May before November. */
function sessionRank(session: string): number {
  const m = /^([MN])(\d{2})$/.exec(session);
  return m ? Number(m[2]) * 2 + (m[1] === "N" ? 1 : 0) : -1;
}

export const percentageOf = (awarded: number, total: number) => (total > 0 ? Math.round((awarded / total) * 1000) / 10 : 0);

/**
 * The IB grade for a paper's percentage, on the course's most recent boundary session. IB boundaries
 * apply to the whole subject, not one paper, so a mock's grade is an indication, as the result says.
 */
export function gradeMock(percentage: number, boundaries: BoundaryRow[]): { grade: number | null; boundarySession: string | null } {
  const latest = boundaries.reduce<string | null>((best, b) => (best === null || sessionRank(b.session) > sessionRank(best) ? b.session : best), null);
  if (latest === null) return { grade: null, boundarySession: null };
  return {
    grade: gradeFromBoundaries(
      percentage,
      boundaries.filter((b) => b.session === latest),
    ),
    boundarySession: latest,
  };
}
