import { printedLabel } from "@/lib/questions/printed-label";

/** Where a question sits on a printed paper: "3", or "3(b)" for a part, and the context to print above it. */
export type PaperNumber = { number: string; context: string | null };

/**
 * How a paper numbers its questions, in order: 1, 2, 3(a), 3(b), 4. The parts of a multi-part question
 * share its number, and its context is printed once, above its first part.
 */
export function paperNumbers(questions: { part: { groupId: string; label: string; context: string } | null }[]): PaperNumber[] {
  let number = 0;
  let group: string | null = null;
  return questions.map(({ part }) => {
    const opens = !part || part.groupId !== group;
    if (opens) number += 1;
    group = part?.groupId ?? null;
    return part ? { number: `${number}${printedLabel(part.label)}`, context: opens ? part.context : null } : { number: String(number), context: null };
  });
}
