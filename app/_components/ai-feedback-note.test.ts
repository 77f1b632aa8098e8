import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AiFeedbackNote } from "@/app/_components/ai-feedback-note";
import type { StoredFeedback } from "@/lib/feedback/written-feedback-schema";

const render = (feedback: StoredFeedback | null, enabled: boolean, awaiting = true) =>
  renderToStaticMarkup(createElement(AiFeedbackNote, { feedback, enabled, awaiting }));

const ready: StoredFeedback = {
  status: "ready",
  model: "m",
  points: [
    { label: "p1", awarded: true, comment: "You named the drag force." },
    { label: "p2", awarded: false, comment: "Say what happens to the range." },
  ],
  summary: "Half way there.",
  generatedAt: "2026-01-01T00:00:00.000Z",
};

describe("AiFeedbackNote", () => {
  it("shows each point's suggestion with its comment, labelled as a suggestion, before and after marking", () => {
    for (const awaiting of [true, false]) {
      const html = render(ready, true, awaiting);
      expect(html).toContain("(suggestion)");
      expect(html).toContain("suggested: awarded");
      expect(html).toContain("suggested: not awarded");
      expect(html).toContain("You named the drag force.");
      expect(html).toContain("Half way there.");
    }
  });

  it("says in one line why feedback is unavailable", () => {
    expect(render({ status: "unavailable", reason: "timeout" }, true)).toBe(
      '<p class="text-sm text-slate-600">AI feedback isn&#x27;t available: the model took too long to answer; use the markscheme suggestion.</p>',
    );
    expect(render({ status: "unavailable", reason: "not_configured" }, false)).toContain("it is not set up on this site");
    expect(render({ status: "unavailable", reason: "timeout" }, true, false)).toBe("");
  });

  it("promises pending feedback only when a model is configured", () => {
    expect(render(null, true)).toContain("AI feedback is being prepared: it appears here when it is ready.");
    expect(render(null, false)).toBe("");
    expect(render(null, true, false)).toBe("");
  });
});
