import { describe, expect, it } from "vitest";
import { questionInput } from "@/lib/questions/question-input";
import bank from "@/prisma/seed/content/questions/business-management";
import { type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Business Management bank is recomputed here from the figures in its stem,
// with plain arithmetic written independently of the stored answer. Each check lists the figures it uses,
// and the test also confirms that every one of them really appears in the stem, so a stem edited without
// its answer (or the other way round) fails.

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

/** Years until cumulative cash flow covers the cost, assuming each year's cash arrives evenly. */
function payback(cost: number, flows: number[]): number {
  let recovered = 0;
  for (const [year, flow] of flows.entries()) {
    if (recovered + flow >= cost) return year + (cost - recovered) / flow;
    recovered += flow;
  }
  return Number.POSITIVE_INFINITY;
}

type Activity = { id: string; after: string[]; days: number };
/** Forward and backward pass of critical path analysis: project length and each activity's total float. */
function criticalPath(activities: Activity[]): { duration: number; float: Map<string, number> } {
  const earliestFinish = new Map<string, number>();
  const est = new Map<string, number>();
  for (const a of activities) {
    const start = Math.max(0, ...a.after.map((p) => earliestFinish.get(p)!));
    est.set(a.id, start);
    earliestFinish.set(a.id, start + a.days);
  }
  const duration = Math.max(...earliestFinish.values());
  const latestStart = new Map<string, number>();
  const float = new Map<string, number>();
  for (const a of [...activities].reverse()) {
    const followers = activities.filter((b) => b.after.includes(a.id));
    const lft = followers.length ? Math.min(...followers.map((b) => latestStart.get(b.id)!)) : duration;
    latestStart.set(a.id, lft - a.days);
    float.set(a.id, lft - a.days - est.get(a.id)!);
  }
  return { duration, float };
}

const project: Activity[] = [
  { id: "A", after: [], days: 3 },
  { id: "B", after: ["A"], days: 5 },
  { id: "C", after: ["A"], days: 4 },
  { id: "D", after: ["B"], days: 6 },
  { id: "E", after: ["C"], days: 2 },
  { id: "F", after: ["D", "E"], days: 3 },
];
const projectInputs = project.map((a) => a.days);

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const checks: Record<string, Check> = {
  "1-5-01": check([200000, 8000, 380000, 20000], ([c1, q1, c2, q2]) => c1! / q1! - c2! / q2!),
  "2-1-01": check([60, 68, 16], ([start, end, leavers]) => (leavers! / ((start! + end!) / 2)) * 100),
  "3-3-01": check([400, 150, 60000, 300], ([price, vc, fc, q]) => price! * q! - (fc! + vc! * q!)),
  "3-4-01": check([480000, 300000, 110000, 10000, 25], ([rev, cos, exp, int, tax]) => (rev! - cos! - exp! - int!) * (1 - tax! / 100)),
  "3-4-02": check([52000, 4000, 6, 4], ([cost, residual, life, years]) => cost! - years! * ((cost! - residual!) / life!)),
  "3-4-03": check([90000, 10000, 400000, 65000], ([cost, residual, lifeUnits, used]) => ((cost! - residual!) / lifeUnits!) * used!),
  "3-5-01": check([250000, 155000], ([rev, cos]) => ((rev! - cos!) / rev!) * 100),
  "3-5-02": check([42000, 60000, 220000], ([pbit, ncl, equity]) => (pbit! / (ncl! + equity!)) * 100),
  "3-5-03": check([84000, 48000], ([ca, cl]) => ca! / cl!),
  "3-5-04": check([84000, 30000, 48000], ([ca, stock, cl]) => (ca! - stock!) / cl!),
  "3-6-01": check([360000, 28000, 32000], ([cos, open, close]) => cos! / ((open! + close!) / 2)),
  "3-6-02": check([45000, 547500, 365], ([debtors, rev, days]) => (debtors! / rev!) * days!),
  "3-6-03": check([36000, 292000, 365], ([creditors, cos, days]) => (creditors! / cos!) * days!),
  "3-6-04": check([150, 350], ([loans, equity]) => (loans! / (loans! + equity!)) * 100),
  "3-7-01": check([12000, 46000, 51500, 38000, 47000], ([open, in1, out1, in2, out2]) => open! + in1! - out1! + in2! - out2!),
  "3-8-01": check([120000, 30000, 40000, 45000, 50000, 45000], ([cost, ...flows]) => payback(cost!, flows)),
  "3-8-02": check([120000, 30000, 40000, 45000, 50000, 45000], ([cost, ...flows]) => ((sum(flows) - cost!) / flows.length / cost!) * 100),
  "3-8-03": check([100000, 40000, 45000, 50000, 0.926, 0.857, 0.794], ([cost, f1, f2, f3, d1, d2, d3]) => f1! * d1! + f2! * d2! + f3! * d3! - cost!),
  "3-9-01": check([80000, 52000, 74500, 49000], ([budRev, budCost, actRev, actCost]) => actRev! - actCost! - (budRev! - budCost!)),
  "4-1-01": check([24, 3.6], ([market, firm]) => (firm! / market!) * 100),
  "4-1-02": check([24, 27], ([before, after]) => ((after! - before!) / before!) * 100),
  "4-3-01": check([135, 165, 180], (xs) => sum(xs) / xs.length),
  "5-5-01": check([40, 15, 60000], ([price, vc, fc]) => fc! / (price! - vc!)),
  "5-5-02": check([40, 15, 60000, 3000], ([price, vc, fc, sales]) => sales! - fc! / (price! - vc!)),
  "5-5-03": check([40, 15, 60000, 20000], ([price, vc, fc, target]) => (fc! + target!) / (price! - vc!)),
  "5-5-04": check([45, 21, 72000, 4, 5000], ([price, vc, fc, vcCut, fcRise]) => (fc! + fcRise!) / (price! - (vc! - vcCut!)) - fc! / (price! - vc!)),
  "5-6-01": check([4500, 3600], ([capacity, output]) => (output! / capacity!) * 100),
  "5-6-02": check([150, 4, 200], ([usage, lead, buffer]) => usage! * lead! + buffer!),
  "5-6-03": check([12, 1080, 1260], ([workers, before, after]) => ((after! / workers! - before! / workers!) / (before! / workers!)) * 100),
  "t-6-01": check([50000, 0.6, 200000, 0.4, 40000], ([cost, p1, v1, p2, v2]) => p1! * v1! + p2! * v2! - cost!),
  "5-5-06": check(
    [60, 30, 40, 20, 18, 96000, 36000],
    ([shareFull, full, shareSub, sub, vc, fc, grant]) => (fc! - grant!) / ((shareFull! / 100) * (full! - vc!) + (shareSub! / 100) * (sub! - vc!)),
  ),
  "t-6-03": check([20000, 0.5, 60000, 0.7, 250000, 0.3, 50000, 90000, 5000], ([dev, pWork, launch, pHigh, high, pLow, low, licence, sale]) => {
    const launchNet = pHigh! * high! + pLow! * low! - launch!;
    return pWork! * Math.max(launchNet, licence!) + (1 - pWork!) * sale! - dev!;
  }),
  "t-7-01": check([84, 96, 90, 102, 130, 148, 72], (xs) => sum(xs) / xs.length),
  "t-7-02": check([84, 96, 90, 102, 130, 148, 72], median),
  "t-13-01": check(projectInputs, () => criticalPath(project).duration),
  "t-13-02": check(projectInputs, () => criticalPath(project).float.get("E")!),
  "t-14-01": check([5000, 12, 18000, 14.5], ([units, vc, fixed, buyPrice]) => Math.abs(fixed! + vc! * units! - buyPrice! * units!)),
  "t-14-02": check([30, 18, 2000, 20, 14, 3000, 35000], ([p1, v1, q1, p2, v2, q2, fc]) => (p1! - v1!) * q1! + (p2! - v2!) * q2! - fc!),
  "t-15-01": check([38, 4.5, 2400], ([intercept, slope, spend]) => intercept! + slope! * (spend! / 100)),
};

const numeric = numericQuestionsOf(bank);

/** The stem with thousands separators removed, so "€60,000" reads as 60000. */
const plainNumbers = (stem: string) => stem.replace(/(\d)(?:,|\\,|\s)(?=\d{3}(?!\d))/g, "$1");
const appearsIn = (stem: string, n: number) => new RegExp(`(?<![\\d.])${String(n).replace(".", "\\.")}0*(?![\\d]|\\.\\d)`).test(plainNumbers(stem));

describe("Business Management numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "business-management-", atLeast: 30, appears: appearsIn });

  it("accepts the NPV from unrounded discount factors too, as the markscheme says", () => {
    const q = numeric.find((x) => x.key === "business-management-3-8-03")!;
    const exact = 40000 / 1.08 + 45000 / 1.08 ** 2 + 50000 / 1.08 ** 3 - 100000;
    expect(Math.abs(exact - q.numericAnswer.value)).toBeLessThanOrEqual(q.numericAnswer.tolerance!);
  });

  it("catches a figure that is missing from a stem", () => {
    expect(appearsIn("Fixed costs are €60,000 a year.", 60000)).toBe(true);
    expect(appearsIn("A paddle costs €14.50.", 14.5)).toBe(true);
    expect(appearsIn("Fixed costs are €60,500 a year.", 60000)).toBe(false);
    expect(appearsIn("The rate is 4.5 per unit.", 4)).toBe(false);
  });
});

describe("Business Management MCQ keys", () => {
  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = bank.questions.map((raw) => questionInput.parse(raw)).flatMap((q) => (q.type === "MCQ" ? [q] : []));
    expect(mcqs.length).toBeGreaterThanOrEqual(10);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });
});
