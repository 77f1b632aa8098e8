import { describe, expect, it } from "vitest";
import { GATE, medianRun, missedThresholds, type PageScores } from "./lighthouse-thresholds";

const passing: PageScores = {
  path: "/",
  signedIn: false,
  performance: 97,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  firstContentfulPaintMs: 900,
  largestContentfulPaintMs: 2100,
  totalBlockingTimeMs: 120,
  cumulativeLayoutShift: 0.01,
};

describe("missedThresholds", () => {
  it("passes a page at every threshold", () => {
    expect(missedThresholds(passing)).toEqual([]);
    expect(missedThresholds({ ...passing, performance: 95, totalBlockingTimeMs: 200, largestContentfulPaintMs: 2500, cumulativeLayoutShift: 0.05 })).toEqual(
      [],
    );
  });

  it("names each missed threshold with its value", () => {
    expect(
      missedThresholds({
        ...passing,
        performance: 78,
        totalBlockingTimeMs: 706.4,
        largestContentfulPaintMs: 2912,
        cumulativeLayoutShift: 0.12,
        bestPractices: 96,
      }),
    ).toEqual(["performance 78 < 95", "best practices 96 < 100", "total blocking time 706 ms > 200 ms", "LCP 2912 ms > 2500 ms", "CLS 0.12 > 0.05"]);
  });

  it("holds only public pages to the SEO score", () => {
    expect(missedThresholds({ ...passing, seo: 66 })).toEqual(["SEO 66 < 100"]);
    expect(missedThresholds({ ...passing, signedIn: true, seo: 66 })).toEqual([]);
  });
});

describe("the gate npm test applies", () => {
  it("lets a page near the targets pass but fails a clear regression", () => {
    const nearTargets = { ...passing, performance: 93, largestContentfulPaintMs: 2600, totalBlockingTimeMs: 230 };
    expect(missedThresholds(nearTargets)).toHaveLength(3);
    expect(missedThresholds(nearTargets, GATE)).toEqual([]);
    expect(missedThresholds({ ...passing, performance: 73, totalBlockingTimeMs: 1080, largestContentfulPaintMs: 3200 }, GATE)).toEqual([
      "performance 73 < 80",
      "total blocking time 1080 ms > 600 ms",
      "LCP 3200 ms > 3000 ms",
    ]);
    expect(missedThresholds({ ...passing, accessibility: 98 }, GATE)).toEqual(["accessibility 98 < 100"]);
  });
});

describe("medianRun", () => {
  it("picks the run with the median performance score", () => {
    expect(medianRun([{ performance: 91 }, { performance: 75 }, { performance: 99 }])).toEqual({ performance: 91 });
    expect(medianRun([{ performance: 80 }, { performance: 90 }])).toEqual({ performance: 80 });
  });
});
