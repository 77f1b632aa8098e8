import { describe, expect, it } from "vitest";
import { loadContent } from "../load-content";
import { mcqLengths } from "./mcq-key-length";

// A student who cannot answer a multiple-choice question can still guess that the longest, most qualified
// option is the key. With four options the key is the strictly longest one about a quarter of the time by
// chance; a content review found it was in up to 73% of a subject's MCQs (Visual Arts 45 of 62, Global
// Politics 31 of 52). The keys were tightened and the distractors made fuller; this keeps it so.
//
// "Strictly longest" counts the text a student reads (LaTeX markup does not count, see visibleLength), and
// ties do not count: options of equal length (numbers, formulas) give nothing away.
const MAX_SHARE = 0.4;

describe("MCQ keys are not given away by their length", async () => {
  const content = await loadContent();

  it.each(content.map((c) => [c.subject.slug, c] as const))("%s", (slug, c) => {
    const mcqs = mcqLengths(c);
    const longest = mcqs.filter((m) => m.keyLongest);
    const ceiling = Math.floor(MAX_SHARE * mcqs.length);
    expect(
      longest.length,
      `${slug}: the key is the longest option in ${longest.length} of ${mcqs.length} MCQs (at most ${ceiling} allowed): ` +
        longest.map((m) => m.key).join(", "),
    ).toBeLessThanOrEqual(ceiling);
  });
});
