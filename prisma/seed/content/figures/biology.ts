// The numbers behind the Biology figures: scripts/figures/biology.ts draws each figure from these
// constants and the questions show it with the alt text written from them, so the drawing, its
// description and the question cannot disagree. Alt text says what a sighted student sees, without naming
// what the question asks the student to identify.

export type Pt = [number, number];

/** A plant cell with four structures labelled W–Z. */
export const plantCell = {
  file: "biology/plant-cell-structures.svg",
  alt: "Drawing of a plant cell as seen with an electron microscope. Four structures are labelled with lines. W points to the thick outer layer that surrounds the whole cell, outside the thin membrane. X points to a small oval organelle, about a third of a cell's width from the top edge, bounded by two membranes; its inner membrane is folded inwards into many projections. Y points to one of several larger oval organelles, each containing stacks of flattened membranes drawn as short parallel lines. Z points to the large, membrane-bound sac filled with fluid that takes up most of the middle of the cell. There is also a round nucleus with a dark nucleolus in the upper left of the cell.",
};

/** Rate of an enzyme-catalysed reaction against temperature. */
export const enzymeTemperature = {
  file: "biology/enzyme-rate-temperature.svg",
  points: [
    [0, 4],
    [10, 9],
    [20, 18],
    [30, 32],
    [40, 50],
    [45, 44],
    [50, 24],
    [55, 8],
    [60, 0],
  ] as Pt[],
  get alt() {
    const list = this.points.map(([t, r]) => `${r} at ${t} °C`).join(", ");
    return `Graph of the rate of an enzyme-catalysed reaction, in µmol of product per minute from 0 to 60, against temperature in °C from 0 to 70, with gridlines every 5 µmol per minute and every 5 °C. Measured points are marked and joined by a smooth curve: ${list}. The rate rises gradually to a peak at 40 °C and then falls steeply to zero at 60 °C.`;
  },
};

/** Rate of photosynthesis against light intensity at two carbon dioxide concentrations. */
export const photosynthesisLight = {
  file: "biology/photosynthesis-light-co2.svg",
  /**
   * A non-rectangular hyperbola: the rate follows the light-limited line slope × light until it meets the
   * plateau set by CO2 (max), with a short bend (curvature 0.98) between them.
   */
  slope: 12,
  curvature: 0.98,
  low: { co2: 0.04, max: 20 },
  high: { co2: 0.1, max: 36 },
  rate(max: number, light: number) {
    const b = this.slope * light + max;
    return (b - Math.sqrt(b * b - 4 * this.curvature * this.slope * light * max)) / (2 * this.curvature);
  },
  points: { A: 1, B: 8 },
  alt: "Graph of the rate of photosynthesis, in arbitrary units from 0 to 40, against light intensity, in arbitrary units from 0 to 10, at a constant 25 °C. There are two curves, one at 0.10% carbon dioxide and one at 0.04% carbon dioxide. At low light intensities the two curves rise steeply together along the same straight line. The 0.04% curve levels off at a rate of 20 from a light intensity of about 2 upwards; the 0.10% curve keeps rising until a light intensity of about 4 and levels off higher, at 36. Point A is on the steep shared part of both curves at a light intensity of 1. Point B is on the level part of the 0.04% curve at a light intensity of 8.",
};

/** A sigmoid population growth curve. */
export const populationGrowth = {
  file: "biology/population-sigmoid-curve.svg",
  capacity: 500,
  growth: (t: number) => 500 / (1 + 49 * Math.exp(-0.55 * t)),
  alt: "Graph of the population density of yeast cells in a flask of nutrient solution, in cells per mm³ from 0 to 600, against time in hours from 0 to 24. The curve is S-shaped (sigmoid). It starts at 10 cells per mm³ and in phase X, from 0 to about 7 hours, rises more and more steeply. In phase Y, from about 7 to 14 hours, it keeps rising but less and less steeply. In phase Z, from about 14 hours onwards, it levels off at 500 cells per mm³, shown by a dashed horizontal line.",
};

/** A pedigree of a condition through three generations. */
export const pedigree = {
  file: "biology/pedigree-three-generations.svg",
  alt: "Pedigree chart over three generations. Squares are males, circles are females; filled symbols are affected by the condition and empty symbols are unaffected. Generation I: an unaffected male, I-1, and an unaffected female, I-2, are parents. Generation II: their three children are II-1, an unaffected male, II-2, an affected female, and II-3, an unaffected male. II-3 has children with II-4, an unaffected female from outside the family. Generation III: their two children are III-1, an affected male, and III-2, an unaffected female.",
};

/** A food web: who eats whom, arrows pointing from food to feeder. */
export const foodWeb = {
  file: "biology/food-web.svg",
  organisms: {
    grass: { name: "grass", at: [300, 390] as Pt },
    rabbit: { name: "rabbit", at: [150, 290] as Pt },
    grasshopper: { name: "grasshopper", at: [450, 290] as Pt },
    fox: { name: "fox", at: [95, 160] as Pt },
    shrew: { name: "shrew", at: [330, 185] as Pt },
    frog: { name: "frog", at: [520, 185] as Pt },
    owl: { name: "owl", at: [300, 60] as Pt },
    snake: { name: "snake", at: [520, 60] as Pt },
  },
  /** [food, feeder]: energy flows along the arrow. */
  links: [
    ["grass", "rabbit"],
    ["grass", "grasshopper"],
    ["rabbit", "fox"],
    ["rabbit", "owl"],
    ["grasshopper", "shrew"],
    ["grasshopper", "frog"],
    ["shrew", "owl"],
    ["frog", "snake"],
    ["snake", "owl"],
  ] as [string, string][],
  get alt() {
    const arrows = this.links.map(([a, b]) => `${a} to ${b}`).join(", ");
    return `Food web of eight organisms: grass, rabbit, grasshopper, fox, shrew, frog, snake and owl. Arrows point from each food to the organism that eats it: ${arrows}.`;
  },
};

/** A cladogram of five species. */
export const cladogram = {
  file: "biology/cladogram-five-species.svg",
  alt: "Cladogram of five species, P, Q, R, S and T, with the tips in that order from left to right. Starting from the root, the first branch point separates T from all the others. The next branch point divides the remaining species into two clades: one containing P and Q, and one containing R and S. Each of these clades then splits once, into P and Q, and into R and S.",
};

/** Oxygen dissociation curves of haemoglobin at two pH values (a Bohr shift). */
export const oxygenDissociation = {
  file: "biology/oxygen-dissociation-bohr.svg",
  hill: 2.7,
  at: 4.0,
  /** Saturation (%) at `at` kPa on each curve; the half-saturation pressures follow from them. */
  normal: { ph: 7.4, saturation: 60 },
  acid: { ph: 7.2, saturation: 40 },
  halfSaturation(saturation: number) {
    return this.at / (saturation / (100 - saturation)) ** (1 / this.hill);
  },
  curve(saturation: number) {
    const p50 = this.halfSaturation(saturation);
    return (p: number) => (100 * p ** this.hill) / (p ** this.hill + p50 ** this.hill);
  },
  get alt() {
    return `Graph of the percentage saturation of haemoglobin with oxygen, from 0 to 100, against the partial pressure of oxygen in kPa, from 0 to 14, with gridlines every 10% and every 1 kPa. Two S-shaped curves are drawn, one for blood at pH ${this.normal.ph} and one for blood at pH ${this.acid.ph}; the pH ${this.acid.ph} curve lies to the right of and below the other. Both curves rise steeply between about 2 and 6 kPa and level off near 100% at high partial pressures. A dashed vertical line is drawn at ${this.at.toFixed(1)} kPa: there the pH ${this.normal.ph} curve is at ${this.normal.saturation}% saturation and the pH ${this.acid.ph} curve is at ${this.acid.saturation}% saturation, both marked with dots.`;
  },
};

/** An oscilloscope trace of one action potential. */
export const actionPotential = {
  file: "biology/action-potential-trace.svg",
  points: [
    [0, -70],
    [1.0, -70],
    [1.3, -55],
    [1.65, 30],
    [1.8, 40],
    [2.2, 0],
    [2.65, -70],
    [3.0, -80],
    [4.0, -72],
    [5.0, -70],
    [6.0, -70],
  ] as Pt[],
  alt: "Oscilloscope trace of the membrane potential of an axon, in mV from −90 to +50, against time in ms from 0 to 6, with gridlines every 10 mV and every 0.5 ms. A dashed horizontal line at −55 mV is labelled threshold. The potential is steady at −70 mV until 1.0 ms, then starts to rise; after passing −55 mV at 1.3 ms it rises very steeply to a peak of +40 mV at about 1.8 ms (phase A). It then falls steeply, passing −70 mV at about 2.7 ms (phase B), dips to a minimum of −80 mV at 3.0 ms (phase C) and returns slowly to −70 mV by about 5 ms.",
};

/** Mean stomatal density on the two leaf surfaces of sun and shade leaves, with error bars. */
export const stomatalDensity = {
  file: "biology/stomatal-density-error-bars.svg",
  /** Mean and standard deviation in stomata per mm². */
  bars: {
    upper: { sun: [60, 15], shade: [50, 18] },
    lower: { sun: [240, 20], shade: [180, 25] },
  } as Record<"upper" | "lower", Record<"sun" | "shade", [number, number]>>,
  leaves: 12,
  get alt() {
    const { upper, lower } = this.bars;
    const bar = ([m, sd]: [number, number]) => `mean ${m}, error bar from ${m - sd} to ${m + sd}`;
    return `Bar chart of the mean stomatal density, in stomata per mm² from 0 to 300, on the upper and lower surfaces of sun leaves and shade leaves of one tree species, ${this.leaves} leaves in each group. Error bars show ±1 standard deviation. Upper surface: sun leaves ${bar(upper.sun)}; shade leaves ${bar(upper.shade)}. Lower surface: sun leaves ${bar(lower.sun)}; shade leaves ${bar(lower.shade)}.`;
  },
};

/** A dihybrid cross RrYy × RrYy drawn as a Punnett grid. */
export const dihybridGrid = {
  file: "biology/dihybrid-punnett-grid.svg",
  gametes: ["RY", "Ry", "rY", "ry"],
  /** The genotype in a box: the two gametes' alleles, gene by gene, dominant allele first. */
  genotype(a: string, b: string) {
    return [0, 1].map((i) => [a[i]!, b[i]!].sort().join("")).join("");
  },
  get cells(): string[][] {
    return this.gametes.map((row) => this.gametes.map((col) => this.genotype(row, col)));
  },
  get alt() {
    const rows = this.cells.map((row, i) => `row ${this.gametes[i]}: ${row.join(", ")}`).join("; ");
    return `Punnett grid for a cross between two pea plants that are both RrYy. The gametes of one parent, ${this.gametes.join(", ")}, head the four columns; the gametes of the other parent, in the same order, head the four rows. The 16 boxes give the offspring genotypes, ${rows}.`;
  },
};

/** A DNA profile: bands on a gel for a paternity case. */
export const gelProfile = {
  file: "biology/gel-electrophoresis-paternity.svg",
  ladder: [1000, 800, 600, 400, 200],
  lanes: [
    { name: "mother", bands: [850, 500, 250] },
    { name: "child", bands: [850, 650, 300, 250] },
    { name: "man 1", bands: [700, 500, 300] },
    { name: "man 2", bands: [650, 400, 300] },
    { name: "man 3", bands: [650, 550, 200] },
  ],
  get alt() {
    const lanes = this.lanes.map((l) => `${l.name}: bands at ${l.bands.join(", ")} bp`).join("; ");
    return `Diagram of a gel after electrophoresis of DNA fragments, with wells at the top next to the negative electrode and the positive electrode at the bottom; fragments moved down the gel, smaller fragments further. Six lanes from left to right: a DNA ladder of fragments of ${this.ladder.join(", ")} base pairs (bp), then one lane each for the mother, the child and three men. Bands, by size: ${lanes}.`;
  },
};
