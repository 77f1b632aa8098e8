import { describe, expect, it } from "vitest";
import { feedbackForLabels, parseStoredFeedback } from "@/lib/feedback/written-feedback-schema";

describe("parseStoredFeedback", () => {
  it("keeps null as not produced yet and reads both stored shapes", () => {
    expect(parseStoredFeedback(null)).toBeNull();
    expect(parseStoredFeedback({ status: "unavailable", reason: "timeout" })).toEqual({ status: "unavailable", reason: "timeout" });
    const ready = {
      status: "ready",
      model: "m",
      points: [{ label: "M1", awarded: true, comment: "ok" }],
      summary: "s",
      generatedAt: "2026-01-01T00:00:00.000Z",
    };
    expect(parseStoredFeedback(ready)).toEqual(ready);
  });

  it("reads anything else as unavailable instead of failing", () => {
    for (const junk of [
      "ready",
      3,
      [],
      { status: "ready" },
      { status: "unavailable", reason: "bored" },
      { status: "ready", model: "m", points: [{ label: "M1" }], summary: "", generatedAt: "yesterday" },
    ]) {
      expect(parseStoredFeedback(junk)).toEqual({ status: "unavailable", reason: "error" });
    }
  });
});

describe("feedbackForLabels", () => {
  const point = (label: string, awarded = true, comment = `on ${label}`) => ({ label, awarded, comment });

  it("orders points as the markscheme does, drops unknown labels and keeps the first of a repeated one", () => {
    const fitted = feedbackForLabels({ points: [point("A1", false), point("X7"), point(" M1 "), point("A1", true, "second")], summary: "  sum " }, [
      "M1",
      "A1",
    ]);
    expect(fitted).toEqual({ points: [point("M1", true, "on  M1"), point("A1", false, "on A1")], summary: "sum" });
  });

  it("rejects output that leaves a markscheme point out", () => {
    expect(feedbackForLabels({ points: [point("M1")], summary: "" }, ["M1", "A1"])).toBeNull();
  });
});
