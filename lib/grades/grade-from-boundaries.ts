export type GradeBoundaryInput = { grade: number; minPercent: number };

/**
 * The IB grade (1–7) for a percentage: the highest grade whose `minPercent` the percentage reaches.
 * Boundaries may come in any order; the percentage is clamped to 0–100, and one below every boundary
 * gets the lowest grade listed. Without boundaries there is no grade, which is a data error (every
 * course is seeded with them), so it throws rather than guess.
 */
export function gradeFromBoundaries(percent: number, boundaries: GradeBoundaryInput[]): number {
  if (!boundaries.length) throw new Error("gradeFromBoundaries needs at least one grade boundary.");
  if (Number.isNaN(percent)) throw new Error("gradeFromBoundaries needs a percentage, got NaN.");
  const clamped = Math.min(100, Math.max(0, percent));
  const sorted = [...boundaries].sort((a, b) => b.grade - a.grade);
  // minPercent is stored as a 4-byte float (62.5 stays 62.5, but 33.3 reads back as 33.29999923...): a
  // hair of slack keeps a percentage equal to the boundary as written on the boundary's side.
  const reached = sorted.find((b) => clamped + 1e-4 >= b.minPercent);
  return reached ? reached.grade : boundaries.reduce((low, b) => (b.grade < low.grade ? b : low)).grade;
}
