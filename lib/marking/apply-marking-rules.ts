import type { MarkableQuestion, PointAward } from "@/lib/marking/marking-types";

type RuledPoint = Pick<MarkableQuestion["markingPoints"][number], "id" | "kind" | "marks" | "dependsOn">;

export type RuledMarks = {
  pointAwards: PointAward[];
  marksAwarded: number;
  /** Points asked for but not awarded because a point they depend on was not awarded ("A1" needs "M1"). */
  withheld: { label: string; missing: string[] }[];
  /** True when the awarded points add up to more than the question is worth. */
  capped: boolean;
};

/**
 * IB markscheme rules over the labels a student (or the automatic marker) awards:
 * - a point whose `dependsOn` points are not all awarded is not awarded (an A mark needs its M mark;
 *   chains are followed, so A2 after A1 after M1 falls with M1);
 * - AG ("answer given") points are worth 0 whatever their `marks` say;
 * - the total is capped at the question's marks, because science markschemes list more points than
 *   marks ("any three of"). Points are taken in markscheme order; once the cap is reached, later points
 *   are shown as not awarded, so the awarded points add up to the mark (a 2-mark point that crosses the
 *   cap is awarded and the total is capped).
 */
export function applyMarkingRules(points: RuledPoint[], awardedLabels: Iterable<string>, maxMarks: number): RuledMarks {
  const awarded = new Set(awardedLabels);
  const known = new Set(points.map((p) => p.id));
  for (const label of awarded) if (!known.has(label)) awarded.delete(label);

  const withheld: RuledMarks["withheld"] = [];
  for (let changed = true; changed;) {
    changed = false;
    for (const point of points) {
      if (!awarded.has(point.id)) continue;
      const missing = point.dependsOn.filter((d) => !awarded.has(d));
      if (missing.length) {
        awarded.delete(point.id);
        withheld.push({ label: point.id, missing });
        changed = true;
      }
    }
  }

  let total = 0;
  let capped = false;
  const pointAwards = points.map((point): PointAward => {
    const marks = pointMarks(point);
    let isAwarded = awarded.has(point.id);
    if (isAwarded && marks > 0 && total >= maxMarks) {
      isAwarded = false;
      capped = true;
    }
    if (isAwarded) total += marks;
    if (total > maxMarks) capped = true;
    return { label: point.id, marks, awarded: isAwarded };
  });
  return { pointAwards, marksAwarded: Math.min(total, maxMarks), withheld, capped };
}

/** What a point is worth: AG points carry no marks. */
export function pointMarks(point: Pick<RuledPoint, "kind" | "marks">): number {
  return point.kind === "AG" ? 0 : Math.max(0, point.marks);
}
