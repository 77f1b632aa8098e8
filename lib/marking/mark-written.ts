import { pointMarks } from "@/lib/marking/apply-marking-rules";
import type { MarkableQuestion, MarkResult, PointAward } from "@/lib/marking/marking-types";
import { suggestPoints } from "@/lib/marking/suggest-points";

/**
 * A written answer waits for the student (or a teacher) to tick the points it makes; this only
 * pre-ticks the points whose keywords it finds (`suggested`, with the words found), at 0 marks.
 * A blank answer has nothing to mark, so it is marked at once: 0, by the marker.
 */
export function markWritten(question: MarkableQuestion, text: string): MarkResult {
  const maxMarks = question.marks;
  if (!text.trim()) {
    const pointAwards = question.markingPoints.map((p): PointAward => ({ label: p.id, marks: pointMarks(p), awarded: false }));
    return { status: "MARKED", marksAwarded: 0, maxMarks, pointAwards, markedBy: "AUTO", feedback: "No answer was given, so there is nothing to mark yet." };
  }
  const suggestions = new Map(suggestPoints(question.markingPoints, text).map((s) => [s.label, s.matched]));
  const pointAwards = question.markingPoints.map((p): PointAward => {
    const matched = suggestions.get(p.id) ?? [];
    return { label: p.id, marks: pointMarks(p), awarded: false, suggested: matched.length > 0, matched };
  });
  const found = pointAwards.filter((p) => p.suggested).length;
  const feedback = found
    ? `Automatic suggestion: your answer seems to make ${found} of the ${pointAwards.length} marking points. Check each one against the markscheme and tick only the points you really made.`
    : "Automatic suggestion: we could not spot any marking points in your answer. Check it against the markscheme and tick the points you made.";
  return { status: "AWAITING_MARKING", marksAwarded: 0, maxMarks, pointAwards, markedBy: null, feedback };
}
