// The numbers behind the Economics figures: scripts/figures/economics.ts draws each figure from these
// constants and the questions show it with the alt text written from them, so the drawing, its
// description and the question cannot disagree. Alt text says what a sighted student reads off the
// figure. Currency is € or £ (never the dollar sign, a LaTeX delimiter in the content).

export type Pt = [number, number];

/** A straight line P = intercept − slope × Q (demand; slope < 0 for an upward-sloping supply). */
export type PriceLine = { intercept: number; slope: number };
/** A value as written in alt text: rounded to 6 decimals, so 49.99999999 from binary fractions reads 50. */
export const r = (x: number) => Math.round(x * 1e6) / 1e6;
export const priceAt = (l: PriceLine, q: number) => r(l.intercept - l.slope * q);
/** Where two price lines cross, as [Q, P]. */
export function crossing(a: PriceLine, b: PriceLine): Pt {
  const q = r((a.intercept - b.intercept) / (a.slope - b.slope));
  return [q, priceAt(a, q)];
}

/** Demand rises and supply falls: price rises, quantity unchanged. */
export const bothShift = {
  file: "economics/demand-and-supply-shift.svg",
  d1: { intercept: 8, slope: 0.1 },
  d2: { intercept: 10, slope: 0.1 },
  s1: { intercept: 2, slope: -0.1 },
  s2: { intercept: 4, slope: -0.1 },
  get alt() {
    const [q1, p1] = crossing(this.d1, this.s1);
    const [q2, p2] = crossing(this.d2, this.s2);
    return `Demand and supply diagram for a market: price in € from 0 to 11 against quantity in units per week from 0 to 100. Two parallel downward-sloping demand curves: D1, and D2 to the right of D1. Two parallel upward-sloping supply curves: S1, and S2 to the left of S1 (higher up). The original equilibrium, where D1 crosses S1, is at a price of €${p1} and a quantity of ${q1} units. The new equilibrium, where D2 crosses S2, is at a price of €${p2} and a quantity of ${q2} units, directly above the original one.`;
  },
};

/** A market in equilibrium with consumer and producer surplus shaded. */
export const surplus = {
  file: "economics/consumer-producer-surplus.svg",
  demand: { intercept: 12, slope: 0.1 },
  supply: { intercept: 2, slope: -0.15 },
  get alt() {
    const [q, p] = crossing(this.demand, this.supply);
    return `Demand and supply diagram: price in € from 0 to 14 against quantity in units per day from 0 to 120, with gridlines every €1 and every 10 units. The demand curve D is a straight line from €${this.demand.intercept} on the price axis down to 120 units at a price of zero. The supply curve S is a straight line starting at €${this.supply.intercept} on the price axis and sloping upwards. They cross at a price of €${p} and a quantity of ${q} units, marked with dashed lines to the axes. The triangle above the price €${p} and below D, between the price axis and ${q} units, is shaded and labelled A. The triangle below the price €${p} and above S, between the price axis and ${q} units, is shaded and labelled B.`;
  },
};

/** A per-unit tax: the tax wedge, the consumer and producer incidence and the welfare loss. */
export const unitTax = {
  file: "economics/indirect-tax-incidence.svg",
  demand: { intercept: 20, slope: 0.2 },
  supply: { intercept: 5, slope: -0.1 },
  tax: 6,
  get withTax(): PriceLine {
    return { intercept: this.supply.intercept + this.tax, slope: this.supply.slope };
  },
  get before(): Pt {
    return crossing(this.demand, this.supply);
  },
  get after(): Pt {
    return crossing(this.demand, this.withTax);
  },
  get alt() {
    const [q0, p0] = this.before;
    const [q1, p1] = this.after;
    const received = r(p1 - this.tax);
    return `Demand and supply diagram for a good with a per-unit tax: price in € from 0 to 24 against quantity in units per week from 0 to 100, with gridlines every €1 and every 10 units. Demand D is a straight line from €${this.demand.intercept} on the price axis to 100 units at a price of zero. Supply S is a straight line from €${this.supply.intercept} on the price axis sloping upwards; the curve S + tax lies €${this.tax} vertically above S, parallel to it. Before the tax, D and S cross at €${p0} and ${q0} units. After the tax, D and S + tax cross at €${p1} and ${q1} units, and the price producers receive after paying the tax is €${received}, read from S at ${q1} units; the vertical gap of €${this.tax} between €${p1} and €${received} at ${q1} units is marked as the tax wedge. Three areas are shaded: A, the rectangle between €${p0} and €${p1} from 0 to ${q1} units, labelled consumer incidence; B, the rectangle between €${received} and €${p0} from 0 to ${q1} units, labelled producer incidence; and C, the triangle with corners at (${q1} units, €${p1}), (${q1} units, €${received}) and (${q0} units, €${p0}), labelled welfare loss.`;
  },
};

/** A maximum price below equilibrium: the shortage. */
export const priceCeiling = {
  file: "economics/price-ceiling-shortage.svg",
  demand: { intercept: 12, slope: 0.1 },
  supply: { intercept: 2, slope: -0.1 },
  ceiling: 5,
  get alt() {
    const [q, p] = crossing(this.demand, this.supply);
    const qs = r((this.ceiling - this.supply.intercept) / -this.supply.slope);
    const qd = r((this.demand.intercept - this.ceiling) / this.demand.slope);
    return `Demand and supply diagram for rented flats: rent in € per day from 0 to 14 against quantity of flats from 0 to 120, with gridlines every €1 and every 10 flats. Demand D falls in a straight line from €${this.demand.intercept} on the price axis to 120 flats at zero rent; supply S rises in a straight line from €${this.supply.intercept} on the price axis. They cross at a rent of €${p} and ${q} flats. A horizontal line at €${this.ceiling}, below the equilibrium, is labelled maximum price. At €${this.ceiling} the quantity supplied, on S, is ${qs} flats and the quantity demanded, on D, is ${qd} flats; dashed lines drop from both points to the quantity axis, and the gap between them along the maximum price line is marked shortage.`;
  },
};

/** Price elasticity of demand along a straight-line demand curve. */
export const linearPed = {
  file: "economics/ped-linear-demand.svg",
  demand: { intercept: 10, slope: 0.1 },
  points: { A: [20, 8], B: [40, 6], M: [50, 5], C: [80, 2] } as Record<"A" | "B" | "M" | "C", Pt>,
  get alt() {
    const { A, B, M, C } = this.points;
    return `A straight-line demand curve D: price in € from 0 to 11 against quantity in units per week from 0 to 110, with gridlines every €1 and every 10 units. D runs from €${this.demand.intercept} on the price axis to 100 units at a price of zero. Four points are marked on it: A at €${A[1]} and ${A[0]} units, B at €${B[1]} and ${B[0]} units, M, the midpoint of the line, at €${M[1]} and ${M[0]} units, and C at €${C[1]} and ${C[0]} units. The part of the line above M is labelled PED > 1 and the part below M is labelled PED < 1.`;
  },
};

/** AD rises along an upward-sloping SRAS, beyond potential output. */
export const adShift = {
  file: "economics/ad-increase-sras.svg",
  alt: "AD/AS diagram: average price level on the vertical axis against real GDP on the horizontal axis, with no numbers. A vertical long-run aggregate supply curve LRAS stands at potential output Yp. An upward-sloping short-run aggregate supply curve SRAS crosses it. The downward-sloping aggregate demand curve AD1 crosses SRAS on LRAS, at price level P1 and output Yp. AD2 lies to the right of AD1 and crosses SRAS at a higher price level P2 and an output Y2 greater than Yp. Dashed lines join both equilibria to the axes, and the distance from Yp to Y2 is marked inflationary gap.",
};

/** The Keynesian AS curve: horizontal, upward-sloping, vertical at full employment. */
export const keynesianAs = {
  file: "economics/keynesian-as.svg",
  alt: "Keynesian AD/AS diagram: average price level on the vertical axis against real GDP on the horizontal axis, with no numbers. The aggregate supply curve AS is horizontal at low levels of real GDP, then curves upwards more and more steeply, and becomes vertical at the full-employment level of output Yf. Four downward-sloping aggregate demand curves are drawn. AD1 and AD2 both cross AS on its horizontal section: AD1 at output Y1 and AD2 at a larger output Y2, both at the same price level P1. AD3 and AD4 both cross AS on its vertical section at Yf: AD3 at price level P3 and AD4 at a higher price level P4.",
};

/** The neo-classical model: AD rises, then SRAS shifts back to long-run equilibrium. */
export const neoclassical = {
  file: "economics/neoclassical-lras-adjustment.svg",
  alt: "Neo-classical AD/AS diagram: average price level on the vertical axis against real GDP on the horizontal axis, with no numbers. A vertical LRAS curve stands at potential output Yp. The economy starts at point a, where AD1 and SRAS1 cross on LRAS at price level P1. Aggregate demand rises to AD2, which crosses SRAS1 at point b, at price level P2 and output Y2 to the right of Yp. SRAS2 lies above and to the left of SRAS1 and crosses AD2 at point c on LRAS, at output Yp and price level P3, higher than P2. Arrows show the move from a to b and then from b to c.",
};

/** A production possibilities curve with points to compare. */
export const ppc = {
  file: "economics/ppc-opportunity-cost.svg",
  /** Capital goods on the curve for each quantity of consumer goods. */
  capital: (c: number) => 100 - (c * c) / 100,
  points: { A: [20, 96], B: [60, 64], C: [80, 36], D: [40, 50], E: [70, 80] } as Record<"A" | "B" | "C" | "D" | "E", Pt>,
  get alt() {
    const { A, B, C, D, E } = this.points;
    return `Production possibilities curve: capital goods (units) from 0 to 110 on the vertical axis against consumer goods (units) from 0 to 110 on the horizontal axis, with gridlines every 10 units. The curve is concave to the origin: it runs from 100 capital goods and 0 consumer goods to 0 capital goods and 100 consumer goods, getting steeper as consumer goods increase. Points on the curve: A (${A[0]} consumer goods, ${A[1]} capital goods), B (${B[0]} consumer goods, ${B[1]} capital goods) and C (${C[0]} consumer goods, ${C[1]} capital goods). Point D (${D[0]} consumer goods, ${D[1]} capital goods) lies inside the curve and point E (${E[0]} consumer goods, ${E[1]} capital goods) lies outside it.`;
  },
};

/** A negative externality of production with a rising external cost. */
export const productionExternality = {
  file: "economics/negative-production-externality.svg",
  demand: { intercept: 100, slope: 0.5 },
  mpc: { intercept: 10, slope: -0.25 },
  msc: { intercept: 10, slope: -0.4 },
  get market(): Pt {
    return crossing(this.demand, this.mpc);
  },
  get optimum(): Pt {
    return crossing(this.demand, this.msc);
  },
  get alt() {
    const [qm, pm] = this.market;
    const [qo, po] = this.optimum;
    const mscAtMarket = priceAt(this.msc, qm);
    return `Diagram of a negative externality of production: costs and benefits in € from 0 to 110 against quantity in tonnes per week from 0 to 200, with gridlines every €10 and every 20 tonnes. The demand curve D = MPB = MSB is a straight line from €${this.demand.intercept} on the price axis to 200 tonnes at zero. The supply curve S = MPC starts at €${this.mpc.intercept} on the price axis and slopes upwards. MSC starts at the same point, €${this.msc.intercept}, and slopes upwards more steeply, so the gap between MSC and MPC widens as output rises. The market equilibrium, where MPC crosses D, is at ${qm} tonnes and €${pm}. The socially optimal output, where MSC crosses D, is at ${qo} tonnes and €${po}. At ${qm} tonnes, MSC is €${mscAtMarket}, marked with a dashed line. The triangle with corners at (${qo} tonnes, €${po}), (${qm} tonnes, €${mscAtMarket}) and (${qm} tonnes, €${pm}) is shaded and labelled welfare loss.`;
  },
};

/** A Lorenz curve from income shares by quintile. */
export const lorenz = {
  file: "economics/lorenz-curve.svg",
  /** Cumulative % of income received by the poorest 0, 20, 40, 60, 80 and 100% of households. */
  cumulative: [0, 5, 14, 28, 48, 100],
  get alt() {
    const [, a, b, c, d] = this.cumulative;
    return `Lorenz curve diagram: cumulative percentage of income from 0 to 100 on the vertical axis against cumulative percentage of households (poorest first) from 0 to 100 on the horizontal axis, with gridlines every 10%. A straight diagonal line from (0, 0) to (100, 100) is labelled line of perfect equality. The Lorenz curve lies below it and is marked at each quintile: the poorest 20% of households receive ${a}% of income, the poorest 40% receive ${b}%, the poorest 60% receive ${c}%, the poorest 80% receive ${d}%, and 100% of households receive 100%.`;
  },
};

/** The market for the euro, priced in pounds: demand for the euro rises. */
export const euroMarket = {
  file: "economics/euro-demand-increase.svg",
  /** Quantities in € billion: Q = a + b × rate. */
  d1: { a: 130, b: -100 },
  d2: { a: 150, b: -100 },
  s: { a: -30, b: 100 },
  rate1: 0.8,
  rate2: 0.9,
  get alt() {
    const q1 = r(this.s.a + this.s.b * this.rate1);
    const q2 = r(this.s.a + this.s.b * this.rate2);
    return `Diagram of the foreign exchange market for the euro: exchange rate in £ per € from 0 to 1.20 on the vertical axis, with gridlines every £0.05, against the quantity of euros in € billion from 0 to 100 on the horizontal axis, with gridlines every €10 billion. The supply of euros S slopes upwards. The demand for euros shifts to the right from D1 to D2. D1 crosses S at an exchange rate of £${this.rate1.toFixed(2)} per euro and €${q1} billion; D2 crosses S at £${this.rate2.toFixed(2)} per euro and €${q2} billion. Both equilibria are marked with dashed lines to the axes.`;
  },
};

/** The J-curve after a depreciation. */
export const jCurve = {
  file: "economics/j-curve.svg",
  alt: "J-curve diagram: the current account balance on the vertical axis, with 0 marked and a surplus above and a deficit below, against time on the horizontal axis. The current account starts in deficit. At time t1, labelled depreciation, the balance begins to fall further into deficit, reaching its lowest point at t2. After t2 it rises, returns to its original deficit at time t3, crosses zero and moves into surplus. The curve is shaped like a tilted letter J.",
};

/** A perfectly competitive firm making abnormal profit. */
export const firmProfit = {
  file: "economics/firm-cost-curves-profit.svg",
  price: 40,
  /** AVC = a − bq + cq², so MC = a − 2bq + 3cq²; ATC adds fixed cost / q. */
  a: 28,
  b: 0.8,
  c: 0.01,
  fixed: 840,
  avc(q: number) {
    return this.a - this.b * q + this.c * q * q;
  },
  mc(q: number) {
    return this.a - 2 * this.b * q + 3 * this.c * q * q;
  },
  atc(q: number) {
    return this.avc(q) + this.fixed / q;
  },
  output: 60,
  get alt() {
    const q = this.output;
    return `Cost and revenue diagram for a firm in perfect competition: costs and revenue in € from 0 to 70 against output in units per day from 0 to 100, with gridlines every €5 and every 10 units. A horizontal line at €${this.price} is labelled P = AR = MR. The U-shaped MC curve falls to a minimum of about €7 at about 27 units and then rises steeply, cutting MR at ${q} units (€${r(this.mc(q))}). The U-shaped AVC curve has its minimum of €12 at 40 units; MC passes through it. The U-shaped ATC curve lies above AVC, has its minimum of about €29.50 at about 54 units, where MC cuts it, and is €${r(this.atc(q))} at ${q} units. A dashed line drops from the point where MC meets MR to ${q} units on the output axis. The rectangle between €${r(this.atc(q))} and €${this.price}, from 0 to ${q} units, is shaded and labelled abnormal profit.`;
  },
};
