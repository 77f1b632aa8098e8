import { describe, expect, it } from "vitest";
import { questionInput } from "@/lib/questions/question-input";
import { dihybridGrid } from "@/prisma/seed/content/figures/biology";
import bank from "@/prisma/seed/content/questions/biology";
import { type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Biology bank is recomputed here from the figures in its stem, with the
// formulae of the IB Biology guide written out independently of the stored answer (Chargaff's rules,
// magnification, molecular clock, Simpson's reciprocal index, SA:V, ventilation, stomatal density,
// percentage change, respirometer volumes, Rf, Lincoln index, chi-squared, transfer efficiency, codons,
// mitotic index, water potential, Hardy–Weinberg). Each check lists the figures it uses and the test
// confirms every one of them appears in the stem, so a stem edited without its answer (or the other
// way round) fails.

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const percentChange = (before: number, after: number) => ((after - before) / before) * 100;
/** Simpson's reciprocal index D = N(N − 1) / Σ n(n − 1). */
const simpson = (counts: number[]) => {
  const n = sum(counts);
  return (n * (n - 1)) / sum(counts.map((c) => c * (c - 1)));
};
/** χ² = Σ (O − E)² / E. */
const chiSquared = (observed: number[], expected: number[]) => sum(observed.map((o, i) => (o - expected[i]!) ** 2 / expected[i]!));
/** Expected counts for a contingency table given as rows of observed counts. */
function expectedTable(rows: number[][]): number[][] {
  const total = sum(rows.flat());
  const colTotals = rows[0]!.map((_, j) => sum(rows.map((r) => r[j]!)));
  return rows.map((r) => colTotals.map((c) => (sum(r) * c) / total));
}

const checks: Record<string, Check> = {
  // %A = %T and %G = %C, so G = (100 − 2A) / 2.
  "a1-2-02": check([18], ([a]) => (100 - 2 * a!) / 2),
  // Magnification = image size / actual size, in the same unit (mm → µm).
  "a2-2-01": check([45, 15], ([imageMm, actualUm]) => (imageMm! * 1000) / actualUm!),
  "a3-2-03": check([20, 6, 18], ([knownMy, knownDiff, diff]) => diff! / (knownDiff! / knownMy!)),
  "a4-2-03": check([20, 12, 6, 2], simpson),
  "b2-3-01": check([20], ([side]) => (6 * side! ** 2) / side! ** 3),
  "b3-1-02": check([8, 30, 0.45], ([breaths, seconds, tidal]) => breaths! * (60 / seconds!) * tidal!),
  "b3-1-03": check([24, 0.4], ([count, diameter]) => count! / (Math.PI * (diameter! / 2) ** 2)),
  "c1-1-02": check([0.8, 0.52], ([before, after]) => percentChange(before!, after!)),
  // Volume of O2 = πr²l of the capillary, per minute.
  "c1-2-03": check([12, 0.5, 5.0], ([l, r, minutes]) => (Math.PI * r! ** 2 * l!) / minutes!),
  "c1-3-01": check([7.0, 4.2], ([front, pigment]) => pigment! / front!),
  "c2-2-03": check([0.45, 6.0], ([metres, ms]) => metres! / (ms! / 1000)),
  "c3-2-04": check([1250, 180], ([before, after]) => -percentChange(before!, after!)),
  "c4-1-01": check([40, 50, 8], ([m, c, r]) => (m! * c!) / r!),
  "c4-1-03": check([24, 6, 8, 22], ([a, b, c, d]) => {
    const rows = [
      [a!, b!],
      [c!, d!],
    ];
    return chiSquared(rows.flat(), expectedTable(rows).flat());
  }),
  "c4-2-01": check([24000, 2160], ([npp, passed]) => (passed! / npp!) * 100),
  // One codon per amino acid plus a stop codon, three nucleotides each.
  "d1-2-02": check([150], ([aminoAcids]) => (aminoAcids! + 1) * 3),
  "d2-1h-01": check([240, 18], ([cells, dividing]) => dividing! / cells!),
  "d2-3-02": check([2.5, 2.15], ([before, after]) => percentChange(before!, after!)),
  "d2-3h-01": check([0.65, 0.25], ([solute, pressure]) => -solute! + pressure!),
  "d3-2h-01": check([9, 3, 1, 290, 112, 98, 40], ([r9, r3, r1, ...observed]) => {
    const ratio = [r9!, r3!, r3!, r1!];
    const total = sum(observed);
    return chiSquared(
      observed,
      ratio.map((x) => (total * x) / sum(ratio)),
    );
  }),
  // Multi-part data-based questions (multi-part/biology.ts), one check per numeric part.
  "mp-01-a": check([80], ([time]) => 1 / time!),
  "mp-01-b": check([210, 80], ([slow, fast]) => percentChange(1 / slow!, 1 / fast!)),
  "mp-02-a": check([44, 41, 38], (trials) => sum(trials) / trials.length),
  "mp-02-b": check([44, 41, 38, 16], ([t1, t2, t3, at40]) => -percentChange((t1! + t2! + t3!) / 3, at40!)),
  "mp-03-a": check([24, 18, 12, 9, 5], simpson),
  "mp-04-a": check([0.5, 48, 10], ([r, l, minutes]) => (Math.PI * r! ** 2 * l!) / minutes!),
  "mp-04-b": check([48, 84], ([still, fan]) => percentChange(still!, fan!)),
  "mp-05-a": check([610, 790], ([before, after]) => percentChange(before!, after!)),
  "mp-06-a": check([2.5, 2.61], ([before, after]) => percentChange(before!, after!)),
  // Linear interpolation to 0 % change between 0.2 mol dm⁻³ (from the masses) and 0.4 mol dm⁻³ (−3.6 %).
  "mp-06-b": check([0.2, 2.5, 2.61, 0.4, 3.6], ([c1, m1, m2, c2, drop]) => {
    const gain = percentChange(m1!, m2!);
    return c1! + ((c2! - c1!) * gain) / (gain + drop!);
  }),
  "mp-07-a": check([4.8, 7.9], ([before, after]) => percentChange(before!, after!)),
  "mp-08-a": check([38, 14, 8, 8, 480], ([pro, meta, ana, telo, total]) => (pro! + meta! + ana! + telo!) / total!),
  "mp-08-b": check([20, 96, 3, 6, 480], ([pro, meta, ana, telo, total]) => (pro! + meta! + ana! + telo!) / total!),
  "mp-08-c": check([38, 14, 8, 8, 20, 96, 3, 6], ([p1, m1, a1, t1, p2, m2, a2, t2]) => percentChange(p1! + m1! + a1! + t1!, p2! + m2! + a2! + t2!)),
  "mp-09-a": check([64, 80, 16], ([n1, n2, n3]) => (n1! * n2!) / n3!),
  "mp-09-b": check([45, 50, 15], ([n1, n2, n3]) => (n1! * n2!) / n3!),
  "mp-09-c": check([64, 80, 16, 45, 50, 15], ([a1, a2, a3, b1, b2, b3]) => percentChange((a1! * a2!) / a3!, (b1! * b2!) / b3!)),
  "mp-10-a": check([24000, 14400], ([gpp, r]) => gpp! - r!),
  "mp-10-b": check([24000, 14400, 1150], ([gpp, r, eaten]) => (eaten! / (gpp! - r!)) * 100),
  "mp-11-a": check([12.6, 20], ([volume, minutes]) => volume! / minutes!),
  "mp-11-b": check([12.6, 20, 0.36], ([volume, minutes, maltose]) => -percentChange(volume! / minutes!, maltose!)),
  "mp-12-a": check([14, 0.5], ([rate, tidal]) => rate! * tidal!),
  "mp-12-b": check([38, 1.8, 14, 0.5], ([r2, t2, r1, t1]) => (r2! * t2!) / (r1! * t1!)),
  "mp-13-a": check([26, 30, 28, 31, 25], (counts) => sum(counts) / counts.length),
  "mp-13-b": check([26, 30, 28, 31, 25, 0.4], (xs) => sum(xs.slice(0, 5)) / 5 / (Math.PI * (xs[5]! / 2) ** 2)),
  "mp-13-c": check([26, 30, 28, 31, 25, 15], (xs) => -percentChange(sum(xs.slice(0, 5)) / 5, xs[5]!)),
  "mp-14-b": check([400], ([total]) => total! / 4),
  "mp-14-c": check([312, 88], ([purple, green]) => purple! / green!),
  "mp-15-a": check([60, 1.2], ([mm, ms]) => mm! / 1000 / (ms! / 1000)),
  "mp-15-b": check([60, 1.2, 40], ([mm, msR, msP]) => mm! / msR! / (mm! / msP!)),
  "mp-16-a": check([0.36, 0.41, 0.37], (trials) => sum(trials) / trials.length),
  "mp-16-b": check([0.36, 0.41, 0.37, 0.14], (xs) => percentChange(xs[3]!, sum(xs.slice(0, 3)) / 3)),
  "mp-17-a": check([48, 0.6], ([before, after]) => -percentChange(before!, after!)),
  "mp-17-b": check([5.8, 12.5], ([per100k, millions]) => (per100k! * millions! * 1e6) / 1e5),
  "mp-18-a": check([24, 40], ([imageMm, magnification]) => (imageMm! / magnification!) * 1000),
  "mp-18-b": check([24, 18], ([wall, lumen]) => wall! / lumen!),
  "mp-19-a": check([225, 2500], ([pale, total]) => Math.sqrt(pale! / total!)),
  "mp-19-b": check([225, 2500], ([pale, total]) => {
    const q = Math.sqrt(pale! / total!);
    return 2 * (1 - q) * q * total!;
  }),
  "mp-19-c": check([576, 2500], ([pale, total]) => Math.sqrt(pale! / total!)),
  "mp-20-a": check([205, 62, 12, 6], ([n2, n1, d2, d1]) => (n2! - n1!) / (d2! - d1!)),
  "mp-20-b": check([284, 260], ([after, before]) => percentChange(before!, after!)),
  "mp-21-a": check([125], ([perMinute]) => (perMinute! * 60 * 24) / 1000),
  "mp-21-b": check([125, 1.0], ([filtrate, urine]) => ((filtrate! - urine!) / filtrate!) * 100),
  "mp-21-c": check([20, 0.3], ([urine, plasma]) => urine! / plasma!),
  "mp-22-a": check([320], ([total]) => (9 / 16) * total!),
  "mp-22-b": check([190, 58, 52, 20, 320], ([a, b, c, d, total]) =>
    chiSquared(
      [a!, b!, c!, d!],
      [9, 3, 3, 1].map((r) => (r / 16) * total!),
    ),
  ),
  "mp-23-a": check([3.6, 8.0], ([spot, front]) => spot! / front!),
  "mp-23-b": check([0.65, 8.0], ([rf, front]) => rf! * front!),
  "mp-24-a": check([23, 26, 23], (plates) => sum(plates) / plates.length),
  "mp-24-b": check([23, 26, 23, 6], ([p1, p2, p3, disc]) => Math.PI * (((p1! + p2! + p3!) / 3 / 2) ** 2 - (disc! / 2) ** 2)),
  "mp-25-a": check([411, 352, 2020, 1990], ([c2, c1, y2, y1]) => (c2! - c1!) / (y2! - y1!)),
  "mp-25-b": check([411, 387, 368, 352], ([c2020, c2010, c2000, c1990]) => percentChange((c2000! - c1990!) / 10, (c2020! - c2010!) / 10)),
  "mp-26-a": check([2.0], ([side]) => (6 * side! ** 2) / side! ** 3),
  "mp-26-b": check([2.0, 0.5], ([side, depth]) => ((side! ** 3 - (side! - 2 * depth!) ** 3) / side! ** 3) * 100),
  "mp-27-a": check([167, 760], ([births, transfers]) => (births! / transfers!) * 100),
  "mp-27-b": check([592, 285, 167, 54, 1480, 920, 760, 540], (xs) => (sum(xs.slice(0, 4)) / sum(xs.slice(4))) * 100),
  "mp-28-a": check([33, 17], ([without, withI]) => -percentChange(without!, withI!)),
  "mp-28-b": check([75, 64], ([without, withI]) => -percentChange(without!, withI!)),
  "mp-29-a": check([52, 95], ([rate, stroke]) => (rate! * stroke!) / 1000),
  "mp-29-b": check([52, 95, 180, 160], ([r1, s1, r2, s2]) => percentChange(r1! * s1!, r2! * s2!)),
  "mp-30-a": check([25, 0.00005], ([heron, water]) => heron! / water!),
  "mp-30-b": check([0.5, 2.0], ([small, large]) => percentChange(small!, large!)),
  "mp-31-a": check([3.9, 4.8], ([fev, fvc]) => (fev! / fvc!) * 100),
  "mp-31-b": check([2.9, 4.4], ([fev, fvc]) => (fev! / fvc!) * 100),
  "mp-31-c": check([3.9, 2.9], ([never, smokers]) => -percentChange(never!, smokers!)),
  "mp-32-a": check([28.0, 35.7], ([at400, at700]) => percentChange(at400!, at700!)),
  "mp-32-b": check([35.7, 38.5, 700, 1000], ([y1, y2, c1, c2]) => (y2! - y1!) / ((c2! - c1!) / 100)),
  "mp-33-a": check([180, 1200], ([survivors, before]) => (survivors! / before!) * 100),
  "mp-33-b": check([9.2, 9.7], ([before, survivors]) => percentChange(before!, survivors!)),
  "mp-34-a": check([11.5, 12.2, 11.7], (trials) => sum(trials) / trials.length),
  "mp-34-b": check([4.2], ([time]) => 1 / time!),
  "mp-34-c": check([11.5, 12.2, 11.7, 4.2], ([t1, t2, t3, withBile]) => percentChange(3 / (t1! + t2! + t3!), 1 / withBile!)),
  "mp-35-a": check([12.5, 2.0], ([warm, cold]) => -percentChange(warm!, cold!)),
  "mp-35-b": check([80, 140], ([warm, cold]) => percentChange(warm!, cold!)),
  // q² = recessive phenotype frequency; heterozygotes 2pq as a percentage.
  "d4-1h-01": check([16], ([recessivePct]) => {
    const q = Math.sqrt(recessivePct! / 100);
    return 2 * (1 - q) * q * 100;
  }),
  // Questions on figures: the values are read off the figure, whose alt text (in the stem) gives them.
  "fig-02": check([50, 24], ([at40, at50]) => -percentChange(at40!, at50!)),
  // Oxygen given up from full saturation at each pH; the difference in percentage points.
  "fig-08": check([100, 60, 40], ([full, normal, acid]) => full! - acid! - (full! - normal!)),
  // Round green = at least one R and yy: counted in the grid the figure draws, as a fraction of its boxes.
  "fig-11": check([160], ([offspring]) => {
    const boxes = dihybridGrid.cells.flat();
    return (boxes.filter((g) => g.includes("R") && g.endsWith("yy")).length / boxes.length) * offspring!;
  }),
};

const numeric = numericQuestionsOf(bank);

describe("Biology numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "biology-", atLeast: 20 });

  it("gets textbook cases right", () => {
    expect(simpson([10, 10])).toBeCloseTo((20 * 19) / 180, 10);
    expect(chiSquared([50, 50], [50, 50])).toBe(0);
    expect(
      expectedTable([
        [10, 10],
        [10, 10],
      ]),
    ).toEqual([
      [10, 10],
      [10, 10],
    ]);
  });
});

describe("Biology MCQ keys", () => {
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
