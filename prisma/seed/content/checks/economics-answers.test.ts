import { describe, expect, it } from "vitest";
import bank from "@/prisma/seed/content/questions/economics";
import { type Check, check, itRecomputesEveryNumericAnswer, numericQuestionsOf } from "./numeric-recompute";

// Every NUMERIC answer in the Economics bank is recomputed here from the figures in its stem, with the
// IB formulae written out independently of the stored answer (linear market functions, surpluses, tax and
// subsidy incidence, elasticities, national income, price indices, tax bands, multipliers, trade protection,
// exchange rates, balance of payments). Each check lists the figures it uses and the test confirms every one
// of them appears in the stem, so a stem edited without its answer (or the other way round) fails.

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const pct = (before: number, after: number) => ((after - before) / before) * 100;

/** A linear function Q = a + bP (demand has b < 0, supply b > 0). */
type Linear = { a: number; b: number };
const demand = (a: number, slope: number): Linear => ({ a, b: -slope });
const supply = (a: number, slope: number): Linear => ({ a, b: slope });
const q = (f: Linear, p: number) => f.a + f.b * p;
/** Price at which Q = 0 (the curve's price-axis intercept). */
const priceIntercept = (f: Linear) => -f.a / f.b;
/** The price where demand and supply cross. */
const equilibriumPrice = (d: Linear, s: Linear) => (s.a - d.a) / (d.b - s.b);
/** Supply shifted by a per-unit tax t (producers receive P − t) or subsidy (t < 0). */
const withTax = (s: Linear, t: number): Linear => ({ a: s.a - s.b * t, b: s.b });
const consumerSurplus = (d: Linear, s: Linear) => {
  const p = equilibriumPrice(d, s);
  return 0.5 * q(d, p) * (priceIntercept(d) - p);
};
const producerSurplus = (d: Linear, s: Linear) => {
  const p = equilibriumPrice(d, s);
  return 0.5 * q(s, p) * (p - priceIntercept(s));
};
/** Tax on income x with bands [upper limit, rate]; the last band has no upper limit. */
function bandTax(income: number, bands: [number, number][]): number {
  let tax = 0;
  let lower = 0;
  for (const [upper, rate] of bands) {
    tax += (Math.max(0, Math.min(income, upper) - lower) * rate) / 100;
    lower = upper;
  }
  return tax;
}
const ukTax: [number, number][] = [
  [12000, 0],
  [40000, 20],
  [Infinity, 40],
];

/** A weighted price index from (weight, index) pairs written one after the other. */
function weightedIndex(pairs: number[]): number {
  let weighted = 0;
  let weights = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    weighted += pairs[i]! * pairs[i + 1]!;
    weights += pairs[i]!;
  }
  return weighted / weights;
}

const checks: Record<string, Check> = {
  "2-3h-01": check([120, 4, 30, 6], ([a, b, c, e]) => equilibriumPrice(demand(a!, b!), supply(-c!, e!))),
  "2-3h-02": check([120, 4, 30, 6], ([a, b, c, e]) => consumerSurplus(demand(a!, b!), supply(-c!, e!))),
  "2-3h-03": check([120, 150, 4, 30, 6], ([a1, a2, b, c, e]) => {
    const s = supply(-c!, e!);
    return producerSurplus(demand(a2!, b!), s) - producerSurplus(demand(a1!, b!), s);
  }),
  // Absolute PED by the simple percentage-change formula.
  "2-5-01": check([4.0, 5.0, 1200, 1050], ([p1, p2, q1, q2]) => Math.abs(pct(q1!, q2!) / pct(p1!, p2!))),
  "2-5-02": check([40000, 44000, 500, 590], ([y1, y2, q1, q2]) => pct(q1!, q2!) / pct(y1!, y2!)),
  "2-5-06": check([1000, 20, 1.5, 18], ([q1, p1, ped, p2]) => {
    const q2 = q1! * (1 + (-ped! * pct(p1!, p2!)) / 100);
    return p2! * q2 - p1! * q1!;
  }),
  "2-6-01": check([50, 60, 400, 460], ([p1, p2, q1, q2]) => pct(q1!, q2!) / pct(p1!, p2!)),
  "2-7h-01": check([200, 10, 40, 20, 3], ([a, b, c, e, t]) => {
    const d = demand(a!, b!);
    const s = withTax(supply(-c!, e!), t!);
    return t! * q(d, equilibriumPrice(d, s));
  }),
  // Consumer share = (price paid after tax − pre-tax price) × quantity after tax, all found from the functions.
  "2-7h-02": check([200, 10, 40, 20, 3], ([a, b, c, e, t]) => {
    const d = demand(a!, b!);
    const p0 = equilibriumPrice(d, supply(-c!, e!));
    const p1 = equilibriumPrice(d, withTax(supply(-c!, e!), t!));
    return (p1 - p0) * q(d, p1);
  }),
  "2-7h-03": check([200, 10, 40, 20, 3], ([a, b, c, e, t]) => {
    const d = demand(a!, b!);
    const q0 = q(d, equilibriumPrice(d, supply(-c!, e!)));
    const q1 = q(d, equilibriumPrice(d, withTax(supply(-c!, e!), t!)));
    return 0.5 * t! * (q0 - q1);
  }),
  "2-7h-04": check([90, 3, 10, 2, 5], ([a, b, c, e, sub]) => {
    const d = demand(a!, b!);
    return sub! * q(d, equilibriumPrice(d, withTax(supply(-c!, e!), -sub!)));
  }),
  "2-7h-05": check([90, 3, 10, 2, 15], ([a, b, c, e, ceiling]) => q(demand(a!, b!), ceiling!) - q(supply(-c!, e!), ceiling!)),
  "2-8-05": check([6, 500, 400], ([ext, market, optimum]) => 0.5 * ext! * (market! - optimum!)),
  "2-11-01": check([50, 40, 32], ([units, price, atc]) => (price! - atc!) * units!),
  "2-11-02": check([100, 10.0, 101, 9.95], ([q1, p1, q2, p2]) => q2! * p2! - q1! * p1!),
  "2-11-03": check([22, 18, 15, 10, 7, 5], (shares) => sum([...shares].sort((x, y) => y - x).slice(0, 4))),
  "3-1-01": check([540, 120], ([nominal, deflator]) => (nominal! / deflator!) * 100),
  "3-1-02": check([620, 150, 210, 300, 330, 15], ([c, i, g, x, m]) => c! + i! + g! + x! - m!),
  "3-1-03": check([1320, 1200], ([nominal, real]) => (nominal! / real!) * 100),
  "3-3-01": check([22.5, 1.5, 6], ([employed, unemployed]) => (unemployed! / (employed! + unemployed!)) * 100),
  "3-3-02": check([125, 130], ([a, b]) => pct(a!, b!)),
  "3-3h-01": check(
    [40, 35, 25, 5.0, 5.5, 800, 832, 2.5, 2.4],
    ([w1, w2, w3, a1, a2, b1, b2, c1, c2]) => sum([(w1! * a2!) / a1!, (w2! * b2!) / b1!, (w3! * c2!) / c1!]) / ((w1! + w2! + w3!) / 100),
  ),
  "3-4h-01": check([12000, 40000, 20, 40, 60000], ([, , , , income]) => bandTax(income!, ukTax)),
  "3-4h-02": check([12000, 40000, 20, 40, 60000], ([, , , , income]) => (bandTax(income!, ukTax) / income!) * 100),
  "3-5-03": check([5, 3.5], ([nominal, inflation]) => nominal! - inflation!),
  "3-6-03": check([340, 385, 1500], ([revenue, spending, gdp]) => ((spending! - revenue!) / gdp!) * 100),
  "3-6h-01": check([0.1, 0.15, 0.25, 30], ([mps, mpt, mpm, dG]) => dG! / (mps! + mpt! + mpm!)),
  "3-6h-02": check([0.8, 40], ([mpc, gap]) => gap! * (1 - mpc!)),
  "4-1h-01": check([6, 4], ([cloth, wheat]) => cloth! / wheat!),
  "4-2h-01": check([500, 10, 100, 20, 5], ([a, b, c, world, tariff]) => {
    const p = world! + tariff!;
    return tariff! * (q(demand(a!, b!), p) - q(supply(-c!, b!), p));
  }),
  "4-2h-02": check([500, 10, 100, 20, 5], ([a, b, c, world, tariff]) => {
    const d = demand(a!, b!);
    const s = supply(-c!, b!);
    const p = world! + tariff!;
    const production = 0.5 * tariff! * (q(s, p) - q(s, world!));
    const consumption = 0.5 * tariff! * (q(d, world!) - q(d, p));
    return production + consumption;
  }),
  "4-2h-03": check([100, 10, 20, 5], ([c, e, world, tariff]) => {
    const s = supply(-c!, e!);
    const p = world! + tariff!;
    return p * q(s, p) - world! * q(s, world!);
  }),
  "4-5-01": check([900, 160], ([eur, rate]) => eur! * rate!),
  "4-5-02": check([1.2, 1.32], ([a, b]) => pct(a!, b!)),
  "4-5-03": check([1.2, 1.32], ([a, b]) => pct(1 / a!, 1 / b!)),
  "4-6-01": check([45, 20, 8, 5], ([goods, services, primary, secondary]) => -goods! + services! - primary! + secondary!),
  "4-8-02": check([84, 12], ([gni, pop]) => (gni! * 1e9) / (pop! * 1e6)),
  "4-9-02": check([95, 110], ([exports, imports]) => (exports! / imports!) * 100),
  // Questions on figures: the values are read off the figure, whose alt text (in the stem) gives them.
  // Community surplus: two triangles on the equilibrium quantity.
  "fig-02": check([12, 2, 8, 40], ([demandAt0, supplyAt0, p, q]) => 0.5 * q! * (demandAt0! - p!) + 0.5 * q! * (p! - supplyAt0!)),
  // Producer surplus lost: the strip between the price kept before and after the tax, out to supply.
  "fig-03": check([10, 8, 30, 50], ([before, kept, qAfter, qBefore]) => 0.5 * (qAfter! + qBefore!) * (before! - kept!)),
  "fig-04": check([7, 50, 5, 30], ([p0, q0, ceiling, supplied]) => p0! * q0! - ceiling! * supplied!),
  "fig-05": check([20, 8, 40, 6], ([q1, p1, q2, p2]) => Math.abs(pct(q1!, q2!) / pct(p1!, p2!))),
  "fig-09": check([60, 64, 80, 36], ([c1, k1, c2, k2]) => (k1! - k2!) / (c2! - c1!)),
  "fig-10": check([58, 40, 120, 100], ([msc, msb, market, optimum]) => 0.5 * (msc! - msb!) * (market! - optimum!)),
  "fig-12": check([0.8, 0.9], ([before, after]) => pct(before!, after!)),
  "fig-14": check([40, 30, 60], ([price, atc, q]) => (price! - atc!) * q!),
  // Multi-part data response questions (multi-part/economics.ts), one check per numeric part.
  "mp-01-b": check([2.0, 2.5, 4.0, 3.7], ([p1, p2, q1, q2]) => Math.abs(pct(q1!, q2!) / pct(p1!, p2!))),
  "mp-01-c": check([2.0, 2.5, 4.0, 3.7], ([p1, p2, q1, q2]) => p2! * q2! - p1! * q1!),
  "mp-02-bi": check([900, 150, 300, 250], ([a, b, c, e]) => equilibriumPrice(demand(a!, b!), supply(-c!, e!))),
  "mp-02-bii": check([900, 150, 300, 250, 0.4], ([a, b, c, e, t]) => equilibriumPrice(demand(a!, b!), withTax(supply(-c!, e!), t!))),
  "mp-02-c": check([900, 150, 300, 250, 0.4], ([a, b, c, e, t]) => {
    const d = demand(a!, b!);
    return t! * q(d, equilibriumPrice(d, withTax(supply(-c!, e!), t!)));
  }),
  "mp-02-d": check([900, 150, 300, 250, 0.4], ([a, b, c, e, t]) => {
    const d = demand(a!, b!);
    const p0 = equilibriumPrice(d, supply(-c!, e!));
    const p1 = equilibriumPrice(d, withTax(supply(-c!, e!), t!));
    return (p1 - p0) * q(d, p1);
  }),
  "mp-03-b": check([4.0, 5.2], ([p1, p2]) => pct(p1!, p2!)),
  "mp-03-c": check([4.0, 5.2, 800, 872], ([p1, p2, q1, q2]) => pct(q1!, q2!) / pct(p1!, p2!)),
  "mp-04-b": check([480, 110], ([nominal, deflator]) => (nominal! / deflator!) * 100),
  // € billion over million people, in €.
  "mp-04-c": check([480, 110, 12.4], ([nominal, deflator, pop]) => ((nominal! / deflator!) * 100 * 1e9) / (pop! * 1e6)),
  "mp-04-d": check([452, 106, 480, 110], ([n1, d1, n2, d2]) => pct((n1! / d1!) * 100, (n2! / d2!) * 100)),
  "mp-05-b": check([118.0, 127.4], ([a, b]) => pct(a!, b!)),
  "mp-05-c": check([4.75, 118.0, 127.4], ([rate, a, b]) => rate! - pct(a!, b!)),
  "mp-05-d": check([340000, 8.0], ([unemployed, labourForceMillions]) => (unemployed! / (labourForceMillions! * 1e6)) * 100),
  "mp-06-b": check([148, 172, 800], ([revenue, spending, gdp]) => ((spending! - revenue!) / gdp!) * 100),
  "mp-06-c": check([0.15, 0.2, 0.25], ([mps, mpt, mpm]) => 1 / (mps! + mpt! + mpm!)),
  "mp-06-d": check([0.15, 0.2, 0.25, 12], ([mps, mpt, mpm, dG]) => dG! / (mps! + mpt! + mpm!)),
  "mp-07-b": check([20.0, 25.0], ([a, b]) => pct(1 / a!, 1 / b!)),
  "mp-07-c": check([450, 25.0], ([lira, rate]) => lira! / rate!),
  "mp-08-b": check([62, 81, 24, 15, 6, 3], ([xg, mg, xs, ms, primary, secondary]) => xg! - mg! + xs! - ms! - primary! + secondary!),
  "mp-08-c": check([62, 81, 24, 15, 6, 3, 260], ([xg, mg, xs, ms, primary, secondary, gdp]) => ((xg! - mg! + xs! - ms! - primary! + secondary!) / gdp!) * 100),
  "mp-09-b": check([2000, 2, 400, 2, 450, 75], ([a, b, c, e, world, tariff]) => {
    const p = world! + tariff!;
    return q(demand(a!, b!), p) - q(supply(-c!, e!), p);
  }),
  // Quantities in thousand tonnes, so € thousand ÷ 1000 = € million.
  "mp-09-c": check([2000, 2, 400, 450, 75], ([a, b, c, world, tariff]) => {
    const p = world! + tariff!;
    return (tariff! * (q(demand(a!, b!), p) - q(supply(-c!, b!), p))) / 1000;
  }),
  "mp-09-d": check([2000, 2, 400, 450, 75], ([a, b, c, world, tariff]) => {
    const d = demand(a!, b!);
    const s = supply(-c!, b!);
    const p = world! + tariff!;
    return (0.5 * tariff! * (q(s, p) - q(s, world!)) + 0.5 * tariff! * (q(d, world!) - q(d, p))) / 1000;
  }),
  "mp-10-b": check([18.6, 15.5], ([gni, pop]) => (gni! * 1e9) / (pop! * 1e6)),
  "mp-10-c": check([240000, 390000], ([a, b]) => pct(a!, b!)),
  "mp-11-bi": check([6.2, 4.4], ([qs, qd]) => qs! - qd!),
  "mp-11-bii": check([6.2, 4.4, 260], ([qs, qd, floor]) => (qs! - qd!) * floor!),
  "mp-11-biii": check([200, 5.0, 260, 4.4], ([p1, q1, p2, q2]) => p2! * q2! - p1! * q1!),
  "mp-12-bi": check([95000, 68000], ([qd, qs]) => qd! - qs!),
  "mp-12-bii": check([80000, 68000], ([q1, q2]) => -pct(q1!, q2!)),
  "mp-12-biii": check([80000, 68000, 1200, 900], ([q1, q2, p1, p2]) => pct(q1!, q2!) / pct(p1!, p2!)),
  "mp-13-bi": check([18000, 19080], ([y1, y2]) => pct(y1!, y2!)),
  "mp-13-bii": check([40.0, 43.6, 18000, 19080], ([q1, q2, y1, y2]) => pct(q1!, q2!) / pct(y1!, y2!)),
  "mp-13-biii": check([250, 242.5, 18000, 19080], ([q1, q2, y1, y2]) => pct(q1!, q2!) / pct(y1!, y2!)),
  "mp-14-bi": check([42.0, 35.7], ([e1, e2]) => -pct(e1!, e2!)),
  "mp-14-bii": check([30, 35.7], ([tax, emissions]) => tax! * emissions!),
  "mp-14-biii": check([80, 86], ([p1, p2]) => pct(p1!, p2!)),
  "mp-15-bi": check([19.5, 18.33], ([labourForce, employed]) => labourForce! - employed!),
  "mp-15-bii": check([19.5, 18.33], ([labourForce, employed]) => ((labourForce! - employed!) / labourForce!) * 100),
  "mp-15-biii": check([19.5, 30.0], ([labourForce, workingAge]) => (labourForce! / workingAge!) * 100),
  "mp-16-bi": check([28, 21, 17, 12], sum),
  // The two merging firms become one; the four largest are then the merged firm and the next three.
  "mp-16-bii": check([28, 21, 17, 12, 6], ([a, b, c, d, e]) => sum([a!, b!, c! + d!, e!])),
  "mp-16-biii": check([17, 12, 42], ([c, d, total]) => ((c! + d!) / 100) * total!),
  "mp-17-bi": check([30, 108, 35, 104, 20, 96, 15, 102], (xs) => weightedIndex(xs)),
  "mp-17-bii": check([30, 108, 35, 104, 20, 96, 15, 102], (xs) => weightedIndex(xs) - 100),
  "mp-17-biii": check([2.1, 30, 108, 35, 104, 20, 96, 15, 102], ([wages, ...xs]) => wages! - (weightedIndex(xs) - 100)),
  "mp-18-bi": check([4.0, 3.2], ([before, after]) => pct(1 / before!, 1 / after!)),
  "mp-18-bii": check([24, 3.2], ([kora, rate]) => kora! / rate!),
  "mp-18-biii": check([30000, 4.0, 3.2], ([euros, before, after]) => euros! * before! - euros! * after!),
  "mp-19-bi": check([40, 60, 58, 25], ([s1, m1, s2, m2]) => -pct(s1! + m1!, s2! + m2!)),
  // Thousand tonnes × € per kg = € million.
  "mp-19-bii": check([2.0, 40, 2.8, 58], ([p1, q1, p2, q2]) => p2! * q2! - p1! * q1!),
  "mp-20-bi": check([205, 182], ([spending, revenue]) => spending! - revenue!),
  "mp-20-bii": check([205, 182, 950], ([spending, revenue, gdp]) => ((spending! - revenue!) / gdp!) * 100),
  "mp-20-biii": check([720, 205, 182, 978], ([debt, spending, revenue, gdp]) => ((debt! + spending! - revenue!) / gdp!) * 100),
  "mp-21-bi": check([150, 58000], ([subsidy, panels]) => (subsidy! * panels!) / 1e6),
  "mp-21-bii": check([510, 150], ([paid, subsidy]) => paid! + subsidy!),
  "mp-21-biii": check([40000, 58000, 600, 510], ([q1, q2, p1, p2]) => Math.abs(pct(q1!, q2!) / pct(p1!, p2!))),
  "mp-22-bi": check([88, 46, 2.4], ([after, before, employees]) => ((after! - before!) / 100) * employees!),
  "mp-22-bii": check([88, 2.4, 1250], ([share, employees, contribution]) => ((share! / 100) * employees! * 1e6 * contribution!) / 1e9),
  "mp-23-bi": check([310, 95, 120, 140, 155], ([c, i, g, x, m]) => c! + i! + g! + x! - m!),
  "mp-23-bii": check([310, 95, 120, 140, 155], ([c, i, g, x, m]) => ((x! - m!) / (c! + i! + g! + x! - m!)) * 100),
  "mp-23-biii": check([310, 95, 120, 140, 155, 8.5], ([c, i, g, x, m, pop]) => ((c! + i! + g! + x! - m!) * 1e9) / (pop! * 1e6)),
  "mp-24-bi": check([1.0, 1.2], ([nominal, inflation]) => nominal! - inflation!),
  "mp-24-bii": check([200000, 4.5, 2.0], ([loan, before, after]) => (loan! * (before! - after!)) / 100),
  "mp-24-biii": check([180, 198], ([before, after]) => pct(before!, after!)),
  "mp-25-bi": check([85.2, 6.0], ([gni, pop]) => (gni! * 1e9) / (pop! * 1e6)),
  "mp-25-bii": check([85.2, 6.0, 9800], ([gni, pop, other]) => pct(other!, (gni! * 1e9) / (pop! * 1e6))),
  "mp-26-bi": check([420000, 150000], ([before, after]) => -pct(before!, after!)),
  "mp-26-bii": check([96000, 1200], ([catchTonnes, boats]) => catchTonnes! / boats!),
  "mp-26-biii": check([96000, 1200, 2400], ([catchTonnes, boats, price]) => (catchTonnes! / boats!) * price!),
  "mp-27-bi": check([36, 120000], ([costMillions, households]) => (costMillions! * 1e6) / households!),
  "mp-27-bii": check([30, 120000, 36], ([share, households, costMillions]) => ((share! / 100) * households! * ((costMillions! * 1e6) / households!)) / 1e6),
  "mp-27-biii": check([36, 30], ([costMillions, share]) => costMillions! - (share! / 100) * costMillions!),
  "mp-28-bi": check([2.4, 3.3], ([p1, p2]) => pct(p1!, p2!)),
  "mp-28-bii": check([500, 470], ([q1, q2]) => -pct(q1!, q2!)),
  // Thousand tonnes × € per kg = € million.
  "mp-28-biii": check([2.4, 500, 3.3, 470], ([p1, q1, p2, q2]) => p2! * q2! - p1! * q1!),
  "mp-29-bi": check([45, 6], ([top, bottom]) => top! / bottom!),
  "mp-29-bii": check([5, 42000], ([millions, mean]) => (millions! * 1e6 * mean!) / 1e9),
  "mp-29-biii": check([6, 5, 42000], ([share, millions, mean]) => ((share! / 100) * millions! * 1e6 * mean!) / (0.2 * millions! * 1e6)),
  "mp-30-bi": check([12.4, 18.6], ([before, after]) => pct(before!, after!)),
  "mp-30-bii": check([9.0, 6.3], ([before, after]) => -pct(before!, after!)),
  "mp-30-biii": check([21.0, 6.3], ([members, rest]) => (members! / (members! + rest!)) * 100),
  "mp-31-bi": check([8.0, 8.85], ([p1, p2]) => pct(p1!, p2!)),
  "mp-31-bii": check([120, 114, 8.0, 8.85], ([q1, q2, p1, p2]) => Math.abs(pct(q1!, q2!) / pct(p1!, p2!))),
  "mp-31-biii": check([1.0, 114], ([tax, packs]) => tax! * packs!),
  "mp-32-bi": check([240.0, 12.0], ([gdp, workers]) => (gdp! * 1e9) / (workers! * 1e6)),
  "mp-32-bii": check([256.2, 12.2], ([gdp, workers]) => (gdp! * 1e9) / (workers! * 1e6)),
  "mp-32-biii": check([240.0, 12.0, 256.2, 12.2], ([g1, w1, g2, w2]) => pct(g1! / w1!, g2! / w2!)),
  "mp-33-bi": check([6000, 9600], ([national, plant]) => pct(national!, plant!)),
  "mp-33-bii": check([8000, 9600], ([workers, wage]) => (workers! * wage!) / 1e6),
  "mp-33-biii": check([35, 500], ([share, profit]) => (share! / 100) * profit!),
  "mp-34-bi": check([1000, 500], ([consumption, production]) => consumption! - production!),
  "mp-34-bii": check([800, 500], ([before, after]) => -pct(before!, after!)),
  // Thousand tonnes × € per kg = € million.
  "mp-34-biii": check([1.2, 800, 0.8, 500], ([p1, q1, p2, q2]) => p1! * q1! - p2! * q2!),
  "mp-35-bi": check([104.0, 103.2], ([a, b]) => pct(a!, b!)),
  "mp-35-bii": check([103.2, 102.1], ([a, b]) => pct(a!, b!)),
  "mp-35-biii": check([0.5, 103.2, 102.1], ([rate, a, b]) => rate! - pct(a!, b!)),
  "mp-36-bi": check([8.0, 10.0], ([w1, w2]) => pct(w1!, w2!)),
  "mp-36-bii": check([2.5, 2.4], ([e1, e2]) => -pct(e1!, e2!)),
  "mp-36-biii": check([8.0, 10.0, 2.5, 2.4], ([w1, w2, e1, e2]) => Math.abs(pct(e1!, e2!) / pct(w1!, w2!))),
  "mp-36-biv": check([8.0, 30, 2.5, 10.0, 2.4], ([w1, hours, e1, w2, e2]) => w2! * hours! * e2! - w1! * hours! * e1!),
  "mp-37-bi": check([62, 4.5], ([access, households]) => ((100 - access!) / 100) * households!),
  "mp-37-bii": check([62, 4.5, 450], ([access, households, cost]) => ((100 - access!) / 100) * households! * cost!),
  "mp-37-biii": check([1.8, 6.0], ([renewable, total]) => (renewable! / total!) * 100),
  "mp-38-bi": check([150000, 60000], ([demanded, supplied]) => demanded! - supplied!),
  "mp-38-bii": check([90, 210], ([face, resale]) => pct(face!, resale!)),
  "mp-38-biii": check([18000, 210, 90], ([tickets, resale, face]) => (tickets! * (resale! - face!)) / 1e6),
};

const numeric = numericQuestionsOf(bank);

describe("Economics MCQs", () => {
  it("spread their keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const letters = bank.questions.flatMap((q) => (q.type === "MCQ" ? [q.correctOptionId] : []));
    expect(letters.length).toBeGreaterThanOrEqual(16);
    for (const letter of ["A", "B", "C", "D"]) {
      const share = letters.filter((l) => l === letter).length / letters.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });
});

describe("Economics numeric answers", () => {
  itRecomputesEveryNumericAnswer(numeric, checks, { prefix: "economics-", atLeast: 30 });

  it("gets textbook cases right", () => {
    // Q = 10 − P and Q = P cross at P = 5, Q = 5; CS = PS = ½ × 5 × 5.
    expect(equilibriumPrice(demand(10, 1), supply(0, 1))).toBeCloseTo(5, 10);
    expect(consumerSurplus(demand(10, 1), supply(0, 1))).toBeCloseTo(12.5, 10);
    expect(producerSurplus(demand(10, 1), supply(0, 1))).toBeCloseTo(12.5, 10);
    // A tax of 2 on Q = P shifts supply to Q = P − 2.
    expect(q(withTax(supply(0, 1), 2), 5)).toBeCloseTo(3, 10);
    expect(bandTax(12000, ukTax)).toBe(0);
    expect(bandTax(40000, ukTax)).toBeCloseTo(5600, 10);
  });
});
