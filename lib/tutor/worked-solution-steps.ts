/** A worked solution has at most this many steps to pick from; the rest join the last. */
export const MAX_STEPS = 12;

/** A step of the worked solution the student pointed at, counted from 1. */
export type NamedStep = { number: number; text: string };

/** How the thread shows "Explain this step" once the student picked which one. */
export const stepWording = (number: number) => `Can you explain step ${number} of the worked solution?`;

/**
 * The steps of a worked solution as a student points at them: its paragraphs, and each item of a list
 * on its own. "Explain this step" names one of these by its number.
 */
export function workedSolutionSteps(solution: string): string[] {
  const steps = solution
    .split(/\n\s*\n/)
    .flatMap((block) => (/^\s*([-*]|\d+[.)])\s/m.test(block) ? splitListItems(block) : [block]))
    .map((step) => step.trim())
    .filter(Boolean);
  return steps.length > MAX_STEPS ? [...steps.slice(0, MAX_STEPS - 1), steps.slice(MAX_STEPS - 1).join("\n\n")] : steps;
}

/** A list block: the lines before the first item stay one step, then each item with its continuation lines. */
function splitListItems(block: string): string[] {
  const items: string[] = [];
  for (const line of block.split("\n")) {
    if (/^\s*([-*]|\d+[.)])\s/.test(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}
