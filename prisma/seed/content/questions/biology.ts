import type { MarkingPointInput, QuestionInput, SubjectQuestions, commandTerms } from "@/lib/questions/question-input";
import { contentFigure } from "../figures/content-figure";
import * as fig from "../figures/biology";
import { biologyGroups } from "./multi-part/biology";

// Original IB-style questions for IB Biology (first assessment 2025). Paper 1A = multiple choice,
// Paper 1B = data-based questions, Paper 2 = short-answer and extended-response questions.
// Written markschemes list more points than marks where IB would say "any N of": the question's marks is the cap.

type Lv = Array<"SL" | "HL">;
type CommandTerm = (typeof commandTerms)[number];
const BOTH: Lv = ["SL", "HL"];
const HL: Lv = ["HL"];

/** One science marking point (POINT kind). */
const p = (id: string, text: string, keywords: string[], marks = 1): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });

type Common = {
  key: string;
  levels: Lv;
  topicCode: string;
  difficulty: number;
  commandTerm: CommandTerm;
  stem: string;
  workedSolution: string;
};

/** Paper 1A multiple-choice question: four options A–D, one mark. */
const mcq = (c: Common & { options: [string, string, string, string]; correct: "A" | "B" | "C" | "D"; point: string; keywords: string[] }): QuestionInput => ({
  type: "MCQ",
  key: c.key,
  levels: c.levels,
  topicCode: c.topicCode,
  difficulty: c.difficulty,
  marks: 1,
  paper: "P1A",
  calculator: true,
  commandTerm: c.commandTerm,
  stem: c.stem,
  options: c.options.map((text, i) => ({ id: "ABCD".charAt(i), text })),
  correctOptionId: c.correct,
  markscheme: [p("p1", `${c.correct} — ${c.point}`, c.keywords)],
  workedSolution: c.workedSolution,
});

/** Paper 1B / Paper 2 written question marked by POINT marks. */
const written = (c: Common & { marks: number; paper: "P1B" | "P2"; markscheme: MarkingPointInput[] }): QuestionInput => ({
  type: "WRITTEN",
  key: c.key,
  levels: c.levels,
  topicCode: c.topicCode,
  difficulty: c.difficulty,
  marks: c.marks,
  paper: c.paper,
  calculator: true,
  commandTerm: c.commandTerm,
  stem: c.stem,
  markscheme: c.markscheme,
  workedSolution: c.workedSolution,
});

/** Paper 1B / Paper 2 calculation with a numeric answer. */
const numeric = (
  c: Common & {
    marks: number;
    paper: "P1B" | "P2";
    markscheme: MarkingPointInput[];
    answer: { value: number; unit?: string; sigFigs?: number; sigFigsExact?: boolean; tolerance?: number; relativeTolerance?: number };
  },
): QuestionInput => ({
  type: "NUMERIC",
  key: c.key,
  levels: c.levels,
  topicCode: c.topicCode,
  difficulty: c.difficulty,
  marks: c.marks,
  paper: c.paper,
  calculator: true,
  commandTerm: c.commandTerm,
  stem: c.stem,
  numericAnswer: c.answer,
  markscheme: c.markscheme,
  workedSolution: c.workedSolution,
});

// ───────────────────────────── Questions on figures ─────────────────────────────
// A cell drawing, graphs to read, a pedigree, a food web, a cladogram, a bar chart with error bars, a Punnett
// grid and a gel. The figures are drawn in code by scripts/figures/biology.ts from the numbers in
// ../figures/biology.ts, which also writes their alt text.
const figureQuestions: QuestionInput[] = [
  mcq({
    key: "biology-fig-01",
    levels: BOTH,
    topicCode: "A2.2",
    difficulty: 2,
    commandTerm: "Identify",
    stem: `The drawing shows a plant cell as seen with an electron microscope.

${contentFigure(fig.plantCell.file, fig.plantCell.alt)}

Which process takes place in structure X?`,
    options: [
      "Aerobic respiration, releasing energy used to make ATP",
      "Absorption of light energy for photosynthesis",
      "Storage of water and dissolved solutes, which keeps the cell turgid",
      "Synthesis of ribosomes and storage of the genetic material",
    ],
    correct: "A",
    point: "X is a mitochondrion (double membrane, inner membrane folded into cristae): the site of aerobic respiration",
    keywords: ["mitochondrion", "respiration"],
    workedSolution:
      "X is small, bounded by a double membrane, and its inner membrane is folded into projections (**cristae**): it is a **mitochondrion**, where the later stages of aerobic respiration happen and most ATP is made. **Answer: A.**\n\nB describes Y, a chloroplast (stacks of thylakoid membranes, grana). C describes Z, the large central vacuole. D describes the nucleus and nucleolus. W is the cellulose cell wall.",
  }),
  numeric({
    key: "biology-fig-02",
    levels: BOTH,
    topicCode: "C1.1",
    difficulty: 2,
    marks: 2,
    paper: "P1B",
    commandTerm: "Calculate",
    stem: `A student measured the rate of an enzyme-catalysed reaction at different temperatures, keeping the pH and the concentrations of enzyme and substrate constant.

${contentFigure(fig.enzymeTemperature.file, fig.enzymeTemperature.alt)}

Calculate the percentage decrease in the rate of reaction when the temperature is raised from 40 °C to 50 °C.`,
    answer: { value: 52, unit: "%", tolerance: 0.5 },
    markscheme: [
      p("p1", "Rates read as 50 µmol min⁻¹ at 40 °C and 24 µmol min⁻¹ at 50 °C", ["50", "24"]),
      p("p2", String.raw`$\dfrac{50 - 24}{50} \times 100 = 52\%$`, ["52"]),
    ],
    workedSolution: String.raw`From the graph the rate is $50\ \mu\text{mol min}^{-1}$ at 40 °C and $24\ \mu\text{mol min}^{-1}$ at 50 °C.
$$\text{percentage decrease} = \frac{50 - 24}{50} \times 100 = 52\%.$$
Above the optimum (40 °C) the rate falls steeply: increased vibration breaks bonds holding the enzyme's tertiary structure, the active site changes shape and more and more enzyme molecules are **denatured**, until at 60 °C none can bind the substrate.`,
  }),
  written({
    key: "biology-fig-03",
    levels: BOTH,
    topicCode: "C1.3",
    difficulty: 3,
    marks: 4,
    paper: "P1B",
    commandTerm: "Explain",
    stem: `The rate of photosynthesis of a pond plant was measured at different light intensities and two concentrations of carbon dioxide. The temperature was kept at 25 °C.

${contentFigure(fig.photosynthesisLight.file, fig.photosynthesisLight.alt)}

Identify the factor that limits the rate of photosynthesis at point A and at point B. Explain your answers using the graph. [4]`,
    markscheme: [
      p("p1", "At A: light intensity is the limiting factor", ["light intensity", "light"]),
      p("p2", "because at A the rate rises when light intensity rises (steep part of the curve)", ["rises", "steep", "increases with light"]),
      p("p3", "and raising the CO₂ concentration at A has no effect: both curves are the same there", ["same", "no effect", "both curves"]),
      p("p4", "At B: carbon dioxide concentration is the limiting factor", ["carbon dioxide", "CO2", "CO₂"]),
      p("p5", "because at B more light gives no increase in rate (the curve has levelled off / plateau)", ["plateau", "levelled off", "no increase"]),
      p("p6", "and at the same light intensity the rate is higher at 0.10% CO₂ than at 0.04% CO₂", ["higher", "0.10%"]),
    ],
    workedSolution:
      "Any four points, with at least one reason for each point.\n\n**A — light intensity.** At A the rate increases steeply as light intensity increases, so light is in short supply; the two curves coincide there, so extra carbon dioxide makes no difference.\n\n**B — carbon dioxide concentration.** At B the 0.04% curve has levelled off: more light does not raise the rate, so light is no longer limiting. At the same light intensity the plant in 0.10% CO₂ photosynthesises faster, so the CO₂ concentration is what limits the rate at B. (Temperature is the same for both curves, so it cannot explain the difference; it may limit the 0.10% plateau.)",
  }),
  written({
    key: "biology-fig-04",
    levels: BOTH,
    topicCode: "C4.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: `A small number of yeast cells were added to a flask of nutrient solution, which was then kept at 30 °C. The graph shows how the population density changed.

${contentFigure(fig.populationGrowth.file, fig.populationGrowth.alt)}

Explain the changes in the rate of population growth in phases X, Y and Z. [4]`,
    markscheme: [
      p("p1", "X: resources (glucose/nutrients, space) are plentiful and there is little competition / few limiting factors", [
        "plentiful",
        "little competition",
        "no limiting",
      ]),
      p("p2", "X: birth (reproduction) rate far exceeds death rate, and more cells reproduce as numbers rise, so growth is exponential", [
        "exponential",
        "birth rate",
        "exceeds",
      ]),
      p("p3", "Y: resources become limiting / competition increases / toxic wastes (ethanol) build up", ["competition", "limiting", "ethanol", "waste"]),
      p("p4", "Y: the birth rate falls and/or the death rate rises, so growth slows (but numbers still rise)", [
        "slows",
        "birth rate falls",
        "death rate rises",
      ]),
      p("p5", "Z: birth rate equals death rate, so the population stays constant / zero growth", ["equals", "constant", "zero"]),
      p("p6", "Z: the population has reached the carrying capacity of the flask, about 500 cells per mm³, set by limiting factors", [
        "carrying capacity",
        "500",
      ]),
    ],
    workedSolution:
      "Any four points.\n\n**X (exponential phase):** with plenty of glucose and space and little competition, almost every cell reproduces and few die; the more cells there are, the faster numbers rise, so the curve steepens.\n\n**Y (transitional phase):** as glucose is used up and wastes such as ethanol and carbon dioxide build up, competition increases. The birth rate falls and the death rate rises, so the population still grows but ever more slowly.\n\n**Z (plateau):** the birth rate equals the death rate and the population stays at about 500 cells per mm³, the **carrying capacity** of the flask, set by the limiting factors. (In a closed flask the population would later fall as the glucose runs out and ethanol accumulates.)",
  }),
  mcq({
    key: "biology-fig-05",
    levels: BOTH,
    topicCode: "D3.2",
    difficulty: 3,
    commandTerm: "Deduce",
    stem: `The pedigree shows the inheritance of a genetic condition in a family.

${contentFigure(fig.pedigree.file, fig.pedigree.alt)}

What is the pattern of inheritance of the condition?`,
    options: ["Autosomal dominant", "Autosomal recessive", "X-linked (sex-linked) recessive", "X-linked (sex-linked) dominant"],
    correct: "B",
    point: "autosomal recessive: unaffected parents have an affected child (II-2), and an affected daughter has an unaffected father",
    keywords: ["autosomal recessive", "recessive"],
    workedSolution:
      "- I-1 and I-2 are unaffected but their daughter II-2 is affected, so both parents must carry a hidden allele: the condition is **recessive** (a dominant condition would show in at least one parent). This rules out A and D.\n- II-2 is an affected female whose father, I-1, is unaffected. For an X-linked recessive condition an affected daughter receives an affected X from her father, who would then have the condition himself. So it is not X-linked (C).\n\nThe condition is **autosomal recessive**: II-3 and II-4 are both carriers, which explains their affected son III-1. **Answer: B.**",
  }),
  mcq({
    key: "biology-fig-06",
    levels: BOTH,
    topicCode: "C4.2",
    difficulty: 3,
    commandTerm: "Identify",
    stem: `The diagram shows a food web in a grassland. Arrows show the direction of energy flow.

${contentFigure(fig.foodWeb.file, fig.foodWeb.alt)}

Which organism feeds at more than one trophic level?`,
    options: ["Rabbit", "Frog", "Fox", "Owl"],
    correct: "D",
    point: "the owl: third trophic level when eating rabbits, fourth when eating shrews, fifth when eating snakes",
    keywords: ["owl"],
    workedSolution:
      "Count trophic levels along each food chain, starting with the producer (grass) as level 1.\n\n- grass → rabbit → owl: the owl is at level 3 (secondary consumer)\n- grass → grasshopper → shrew → owl: level 4 (tertiary consumer)\n- grass → grasshopper → frog → snake → owl: level 5 (quaternary consumer)\n\nThe rabbit only eats grass (level 2), the frog only eats grasshoppers (level 3) and the fox only eats rabbits (level 3). **Answer: D.**",
  }),
  mcq({
    key: "biology-fig-07",
    levels: HL,
    topicCode: "A3.2",
    difficulty: 3,
    commandTerm: "Deduce",
    stem: `The cladogram shows the relationships between five species, P to T, based on differences in the base sequence of one gene.

${contentFigure(fig.cladogram.file, fig.cladogram.alt)}

Which statement is supported by the cladogram?`,
    options: [
      "R shares a more recent common ancestor with S than with P",
      "T is the ancestor of species P, Q, R and S",
      "Q is more closely related to R than to P",
      "P shares a more recent common ancestor with T than with S",
    ],
    correct: "A",
    point: "R and S form a clade: their branches meet at a node nearer the tips than the node joining R to P",
    keywords: ["A", "R and S"],
    workedSolution:
      "The closer to the tips two branches meet, the more recent their common ancestor. R and S meet at their own node, while R and P only meet at the deeper node that joins the PQ clade to the RS clade, so **A** is supported.\n\nB: every species on a cladogram is a living tip; T is the outgroup, not an ancestor — the nodes are the (hypothetical) ancestors. C: Q's closest relative is P, its sister species. D: P and T meet only at the deepest node, which is older than the node P shares with S. **Answer: A.**",
  }),
  numeric({
    key: "biology-fig-08",
    levels: HL,
    topicCode: "B3.1H",
    difficulty: 3,
    marks: 2,
    paper: "P1B",
    commandTerm: "Determine",
    stem: `The graph shows oxygen dissociation curves for human haemoglobin at two pH values. Blood in an actively respiring muscle has a lower pH than blood at rest.

${contentFigure(fig.oxygenDissociation.file, fig.oxygenDissociation.alt)}

Blood arrives at a muscle with its haemoglobin 100% saturated. In the muscle the partial pressure of oxygen is 4.0 kPa. Using the graph, determine how many more percentage points of saturation the haemoglobin gives up in the muscle at pH 7.2 than at pH 7.4.`,
    answer: { value: 20, unit: "%", tolerance: 1 },
    markscheme: [
      p("p1", "Saturation at 4.0 kPa read as 60% at pH 7.4 and 40% at pH 7.2 / oxygen released 40% and 60%", ["60", "40"]),
      p("p2", "Difference = 20 (percentage points)", ["20"]),
    ],
    workedSolution: String.raw`At 4.0 kPa the haemoglobin is 60% saturated at pH 7.4 and 40% saturated at pH 7.2. Starting from 100%:

- at pH 7.4 it gives up $100 - 60 = 40$ percentage points of saturation;
- at pH 7.2 it gives up $100 - 40 = 60$.

So it releases **20** percentage points more at the lower pH. This is the **Bohr shift**: carbon dioxide from respiration lowers the pH, which lowers haemoglobin's affinity for oxygen, moving the curve to the right, so more oxygen is unloaded where it is needed most.`,
  }),
  written({
    key: "biology-fig-09",
    levels: HL,
    topicCode: "C2.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: `The oscilloscope trace shows the membrane potential at one point on an axon as an action potential passes.

${contentFigure(fig.actionPotential.file, fig.actionPotential.alt)}

Explain the changes in membrane potential during phases A, B and C. [4]`,
    markscheme: [
      p("p1", "A: the membrane is depolarized past the threshold (−55 mV), so voltage-gated sodium channels open", [
        "threshold",
        "sodium channels open",
        "voltage-gated",
      ]),
      p("p2", "A: Na⁺ ions diffuse into the axon (down their concentration/electrochemical gradient), making the inside positive, to +40 mV", [
        "Na+ in",
        "sodium ions",
        "diffuse in",
        "+40",
      ]),
      p("p3", "B: sodium channels close and voltage-gated potassium channels open", ["sodium channels close", "potassium channels open"]),
      p("p4", "B: K⁺ ions diffuse out of the axon, so the inside becomes negative again (repolarization)", [
        "K+ out",
        "potassium ions",
        "repolarization",
        "repolarisation",
      ]),
      p("p5", "C: potassium channels are slow to close, so extra K⁺ leaves and the potential falls below resting, to −80 mV (hyperpolarization)", [
        "slow to close",
        "hyperpolarization",
        "hyperpolarisation",
        "-80",
      ]),
      p("p6", "The resting potential of −70 mV is restored by the sodium–potassium pump (3 Na⁺ out, 2 K⁺ in)", ["pump", "3 Na", "resting potential"]),
    ],
    workedSolution:
      "Any four points.\n\n**A — depolarization.** A small depolarization brings the membrane to the threshold of −55 mV. Voltage-gated sodium channels open, and Na⁺ ions diffuse rapidly into the axon down their concentration gradient, so the inside becomes positive, reaching +40 mV.\n\n**B — repolarization.** The sodium channels close and voltage-gated potassium channels open. K⁺ ions diffuse out, so the inside becomes negative again.\n\n**C — hyperpolarization.** The potassium channels close slowly, so for a short time more K⁺ leaves than is needed and the potential undershoots to −80 mV. The sodium–potassium pump (and leakage of K⁺) then restores the resting potential of −70 mV.",
  }),
  written({
    key: "biology-fig-10",
    levels: BOTH,
    topicCode: "B3.1",
    difficulty: 4,
    marks: 3,
    paper: "P1B",
    commandTerm: "Evaluate",
    stem: `A student counted stomata on leaf casts from the upper and lower surfaces of leaves of one tree: leaves growing in full sun and leaves growing in shade.

${contentFigure(fig.stomatalDensity.file, fig.stomatalDensity.alt)}

Evaluate the hypothesis that sun leaves have a higher stomatal density than shade leaves. [3]`,
    markscheme: [
      p("p1", "On both surfaces the mean stomatal density is higher for sun leaves (240 vs 180 lower; 60 vs 50 upper), which supports the hypothesis", [
        "higher",
        "240",
        "180",
        "supports",
      ]),
      p("p2", "Lower surface: the error bars do not overlap (220–260 and 155–205), so the difference is likely to be significant / supports the hypothesis", [
        "do not overlap",
        "significant",
      ]),
      p("p3", "Upper surface: the error bars overlap (45–75 and 32–68), so the difference may not be significant / does not support the hypothesis", [
        "overlap",
        "not significant",
      ]),
      p("p4", "A statistical test (e.g. a t-test) is needed to confirm significance / error bars of 1 SD only suggest it", ["t-test", "statistical test"]),
      p("p5", "Limited sample: only 12 leaves from one tree of one species, so it may not apply to other plants", ["12 leaves", "one tree", "sample"]),
    ],
    workedSolution:
      "Any three points.\n\nThe means are higher for sun leaves on both surfaces, which agrees with the hypothesis. On the **lower** surface the difference is large (240 vs 180 per mm²) and the ±1 SD error bars do not overlap, so it is probably significant. On the **upper** surface the difference is small (60 vs 50 per mm²) and the error bars overlap widely, so the difference may well be due to chance variation. The hypothesis is therefore supported for the lower surface only. A t-test would be needed to decide, and with 12 leaves from a single tree the conclusion may not apply to other trees or species.",
  }),
  numeric({
    key: "biology-fig-11",
    levels: HL,
    topicCode: "D3.2H",
    difficulty: 3,
    marks: 2,
    paper: "P1B",
    commandTerm: "Calculate",
    stem: `In pea plants, the allele for round seeds (R) is dominant to the allele for wrinkled seeds (r), and the allele for yellow seeds (Y) is dominant to the allele for green seeds (y). The two genes are not linked. The Punnett grid shows a cross between two plants that are heterozygous for both genes.

${contentFigure(fig.dihybridGrid.file, fig.dihybridGrid.alt)}

The cross produced 160 offspring. Calculate the expected number of offspring with round, green seeds.`,
    answer: { value: 30, tolerance: 0.5 },
    markscheme: [
      p("p1", "3 of the 16 boxes are round and green (RRyy, Rryy, Rryy) / probability 3/16", ["3/16", "3 of 16"]),
      p("p2", String.raw`$\tfrac{3}{16} \times 160 = 30$`, ["30"]),
    ],
    workedSolution: String.raw`Round green seeds need at least one R allele and two y alleles: genotype RRyy or Rryy. In the grid these are RRyy (row Ry, column Ry) and Rryy (row Ry, column ry, and row ry, column Ry): **3 boxes out of 16**, the 3 in the 9 : 3 : 3 : 1 ratio.
$$\text{expected number} = \frac{3}{16} \times 160 = 30.$$`,
  }),
  mcq({
    key: "biology-fig-12",
    levels: BOTH,
    topicCode: "D1.1",
    difficulty: 2,
    commandTerm: "Deduce",
    stem: `DNA samples from a mother, her child and three men were amplified by PCR and separated by gel electrophoresis. The diagram shows the DNA profiles.

${contentFigure(fig.gelProfile.file, fig.gelProfile.alt)}

Which man could be the biological father of the child?`,
    options: ["Man 1", "Man 2", "Man 3", "None of the three men"],
    correct: "B",
    point: "man 2: he has both bands (650 bp and 300 bp) that the child did not inherit from the mother",
    keywords: ["man 2", "B"],
    workedSolution:
      "Every band in the child's profile must come from the mother or the father. The child's bands are 850, 650, 300 and 250 bp. The mother has 850 and 250 bp, so the **650 bp and 300 bp** bands must come from the father.\n\n- Man 1 has 300 but not 650 bp.\n- Man 2 has both 650 and 300 bp.\n- Man 3 has 650 but not 300 bp.\n\nOnly man 2 could be the father. **Answer: B.** (Matching bands show he *could* be the father; profiles that differ, as for men 1 and 3, exclude paternity.)",
  }),
];

const content: SubjectQuestions = {
  subject: "biology",
  questions: [
    // ───────────────────────────── Theme A: Unity and diversity ─────────────────────────────
    mcq({
      key: "biology-a1-1-01",
      levels: BOTH,
      topicCode: "A1.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Water is pulled up xylem vessels as an unbroken column while under tension. Which property of water is mainly responsible for the column not breaking?",
      options: [
        "High specific heat capacity",
        "Cohesion between water molecules due to hydrogen bonding",
        "High latent heat of vaporization",
        "Low viscosity, so the water flows easily up the narrow xylem",
      ],
      correct: "B",
      point: "cohesion: hydrogen bonds between neighbouring water molecules hold the column together",
      keywords: ["cohesion", "hydrogen"],
      workedSolution:
        "Water molecules are polar, so the slightly negative oxygen of one molecule forms a **hydrogen bond** with a slightly positive hydrogen of another. This attraction between water molecules is **cohesion**, and it lets a column of water be pulled upwards under tension without breaking. Specific heat capacity and latent heat are thermal properties; they do not hold the column together. **Answer: B.**",
    }),
    mcq({
      key: "biology-a1-1-02",
      levels: BOTH,
      topicCode: "A1.1",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Water molecules are attracted to the cellulose in the walls of xylem vessels. What is this attraction called, and what causes it?",
      options: [
        "Cohesion; hydrogen bonds between water molecules",
        "Adhesion; hydrogen bonds between water and polar groups of cellulose",
        "Adhesion; covalent bonds between water and cellulose",
        "Capillary action; hydrophobic interactions between water and cellulose",
      ],
      correct: "B",
      point: "adhesion, caused by hydrogen bonds between water and the polar (–OH) groups of cellulose",
      keywords: ["adhesion", "hydrogen", "cellulose"],
      workedSolution:
        "Attraction between water and a *different* substance is **adhesion**; attraction between water molecules themselves is cohesion. Cellulose has many polar hydroxyl (–OH) groups, so water forms hydrogen bonds with it. These are not covalent bonds, and the interaction is hydrophilic, not hydrophobic. Adhesion contributes to capillary action, but capillary action is the result, not the name of the attraction. **Answer: B.**",
    }),
    written({
      key: "biology-a1-1-03",
      levels: BOTH,
      topicCode: "A1.1",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how the thermal properties of water are important for living organisms. [4]",
      markscheme: [
        p("p1", "high specific heat capacity / a lot of energy is needed to raise the temperature of water", ["specific heat", "energy"]),
        p("p2", "(because) hydrogen bonds between water molecules must be broken / absorb energy", ["hydrogen bond"]),
        p("p3", "so temperature of aquatic habitats / body fluids remains stable / changes slowly", ["stable", "habitat"]),
        p("p4", "blood plasma can carry heat from warm core / active organs to skin (OWTTE)", ["blood", "carry heat"]),
        p("p5", "high latent heat of vaporization / much heat absorbed when water evaporates", ["latent heat", "vaporization", "evaporat"]),
        p("p6", "so evaporation of sweat / transpiration has a strong cooling effect", ["sweat", "transpiration", "cooling"]),
      ],
      workedSolution:
        "Award one mark per point, up to 4.\n\n**Model answer:** Water has a high specific heat capacity because many hydrogen bonds between its molecules must be broken before the molecules move faster, so a lot of energy is needed to raise its temperature. As a result, lakes and oceans change temperature slowly, giving aquatic organisms a stable habitat, and blood plasma can carry heat from the body core to the skin. Water also has a high latent heat of vaporization: evaporating a small mass of water removes a lot of heat, so sweating in mammals and transpiration in plants cool the organism.",
    }),
    mcq({
      key: "biology-a1-2-01",
      levels: BOTH,
      topicCode: "A1.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which combination of components is found in RNA nucleotides but **not** in DNA nucleotides?",
      options: ["Ribose and uracil", "Deoxyribose and uracil", "Ribose and thymine", "Deoxyribose and thymine"],
      correct: "A",
      point: "ribose (sugar) and uracil (base)",
      keywords: ["ribose", "uracil"],
      workedSolution:
        "RNA nucleotides contain the pentose sugar **ribose** and may contain the base **uracil**. DNA contains deoxyribose and thymine instead. Both contain adenine, cytosine, guanine and a phosphate group. **Answer: A.**",
    }),
    numeric({
      key: "biology-a1-2-02",
      levels: BOTH,
      topicCode: "A1.2",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A sample of double-stranded DNA extracted from a bacterium was analysed. 18 % of the bases in the sample were adenine.\n\nCalculate the percentage of the bases in the sample that are guanine. [2]",
      answer: { value: 32, unit: "%", tolerance: 0 },
      markscheme: [p("p1", "thymine = 18 % / adenine + thymine = 36 % / guanine + cytosine = 64 %", ["36", "64"]), p("p2", "guanine = 32 %", ["32"])],
      workedSolution:
        "In double-stranded DNA, adenine pairs with thymine and guanine pairs with cytosine, so %A = %T and %G = %C.\n\n- A = 18 %, so T = 18 % and A + T = 36 %.\n- G + C = 100 − 36 = 64 %.\n- G = 64 ÷ 2 = **32 %**.",
    }),
    written({
      key: "biology-a1-2-03",
      levels: BOTH,
      topicCode: "A1.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between the structure of DNA and the structure of RNA. [3]",
      markscheme: [
        p("p1", "DNA contains deoxyribose whereas RNA contains ribose", ["deoxyribose", "ribose"]),
        p("p2", "DNA contains thymine whereas RNA contains uracil (instead)", ["thymine", "uracil"]),
        p("p3", "DNA is (usually) double-stranded whereas RNA is (usually) single-stranded", ["double", "single"]),
        p("p4", "DNA forms a double helix whereas RNA does not (form a double helix)", ["helix"]),
        p("p5", "DNA molecules are (usually) much longer than RNA molecules", ["longer"]),
      ],
      workedSolution:
        "Each mark needs **both** sides of the comparison (e.g. 'DNA has deoxyribose' alone scores nothing). Any three of:\n\n| DNA | RNA |\n|---|---|\n| deoxyribose sugar | ribose sugar |\n| base thymine | base uracil |\n| two strands | one strand |\n| double helix | no double helix |\n| very long molecules | shorter molecules |",
    }),
    written({
      key: "biology-a1-2h-01",
      levels: HL,
      topicCode: "A1.2H",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how the Hershey–Chase experiment provided evidence that DNA, not protein, is the genetic material. [4]",
      markscheme: [
        p("p1", "bacteriophages / viruses consist only of protein and DNA, so one of them must carry the genetic information", [
          "bacteriophage",
          "virus",
          "protein",
        ]),
        p("p2", "protein coats labelled with radioactive sulfur / $^{35}$S (sulfur found in protein, not DNA)", ["sulfur", "35S", "35"]),
        p("p3", "DNA labelled with radioactive phosphorus / $^{32}$P (phosphorus found in DNA, not protein)", ["phosphorus", "32P", "32"]),
        p("p4", "after infection, bacteria were agitated in a blender and centrifuged to separate phage coats from bacteria", ["blender", "centrifug"]),
        p("p5", "$^{32}$P / radioactive DNA was found in the pellet / inside the bacteria", ["pellet", "inside"]),
        p("p6", "$^{35}$S / radioactive protein remained in the supernatant / outside the bacteria", ["supernatant", "outside"]),
        p("p7", "so DNA enters the host cell and directs production of new phages, showing it is the genetic material", ["enters", "genetic material"]),
      ],
      workedSolution:
        "Any four points.\n\n**Model answer:** Bacteriophages are made only of protein and DNA. Hershey and Chase grew one batch of phages with radioactive sulfur-35, which is incorporated into protein but not DNA, and another batch with radioactive phosphorus-32, which is incorporated into DNA but not protein. Each batch infected bacteria; the mixtures were then blended to knock the phage coats off the cells and centrifuged, so the heavier bacteria formed a pellet. ³²P ended up in the pellet (inside the bacteria) while ³⁵S stayed in the supernatant. Only DNA entered the bacteria, and these bacteria went on to produce new phages, so DNA must carry the genetic information.",
    }),
    mcq({
      key: "biology-a1-2h-02",
      levels: HL,
      topicCode: "A1.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which statement about nucleosomes in eukaryotic chromosomes is correct?",
      options: [
        "They are found in the nucleoid of prokaryotic cells.",
        "They consist of DNA wrapped around a core of eight histone protein molecules.",
        "They consist of histone proteins wrapped around a core of DNA.",
        "They link adjacent nucleotides together by phosphodiester bonds.",
      ],
      correct: "B",
      point: "DNA wrapped around an octamer of eight histones",
      keywords: ["histone", "eight", "octamer"],
      workedSolution:
        "A nucleosome is a core of **eight histone proteins** (two each of four types) with DNA wound around it; a further histone holds the DNA in place. Nucleosomes allow DNA to be supercoiled and help regulate transcription. Prokaryote DNA is 'naked' (no nucleosomes), the DNA is on the outside of the histone core, and phosphodiester bonds are made by polymerases, not nucleosomes. **Answer: B.**",
    }),
    mcq({
      key: "biology-a2-1-01",
      levels: HL,
      topicCode: "A2.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What did the Miller–Urey experiment demonstrate?",
      options: [
        "Living cells can arise spontaneously from non-living matter given an energy source such as lightning.",
        "Organic compounds such as amino acids can form from inorganic gases under early-Earth conditions.",
        "RNA molecules can catalyse their own replication.",
        "Phospholipids spontaneously assemble into bilayer vesicles in water, forming the first membranes.",
      ],
      correct: "B",
      point: "abiotic synthesis of organic molecules (e.g. amino acids) from inorganic gases with energy (sparks)",
      keywords: ["amino acids", "organic", "inorganic"],
      workedSolution:
        "Miller and Urey passed electric sparks through a mixture of gases (methane, ammonia, hydrogen, water vapour) thought to resemble the early atmosphere. After a week, amino acids and other carbon compounds had formed. This shows **organic compounds can be synthesised abiotically**, the first step towards the origin of cells — it did not produce cells, RNA replicators or membranes. **Answer: B.**",
    }),
    written({
      key: "biology-a2-1-02",
      levels: HL,
      topicCode: "A2.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why RNA is thought to have been the first genetic material. [3]",
      markscheme: [
        p("p1", "RNA can store information in its base sequence / can be inherited", ["base sequence", "information"]),
        p("p2", "RNA can self-replicate / act as a template for its own copying (by complementary base pairing)", ["replicat", "template"]),
        p("p3", "RNA can act as a catalyst / ribozyme", ["catalyst", "ribozyme"]),
        p("p4", "so RNA could catalyse its own replication without proteins / enzymes", ["without protein", "own replication"]),
        p("p5", "ribozymes still found in living cells, e.g. rRNA catalyses peptide bond formation in ribosomes", ["ribosome", "peptide bond"]),
      ],
      workedSolution:
        "Any three points.\n\nDNA needs protein enzymes to replicate, and proteins need DNA to be made — a 'chicken and egg' problem. RNA solves it because it can do both jobs: its base sequence stores information and can act as a template for copying, and some RNA molecules (ribozymes) are catalysts. An RNA molecule could therefore have catalysed its own replication before proteins existed. Ribozymes still exist today — the peptidyl transferase activity of the ribosome is carried out by rRNA — which suggests an ancient catalytic role for RNA.",
    }),
    written({
      key: "biology-a2-1-03",
      levels: HL,
      topicCode: "A2.1",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the evidence that all living organisms share a last universal common ancestor (LUCA), and the evidence about where LUCA may have lived. [4]",
      markscheme: [
        p("p1", "(almost) universal genetic code shared by all organisms", ["genetic code", "universal"]),
        p("p2", "genes / base sequences shared by all living organisms (inherited from LUCA)", ["shared genes", "common genes"]),
        p("p3", "shared biochemistry, e.g. DNA as genetic material / ribosomes / ATP / same 20 amino acids", ["ATP", "ribosome", "amino acids"]),
        p("p4", "other early forms of life probably became extinct, so all living things descend from LUCA (OWTTE)", ["extinct"]),
        p("p5", "LUCA probably lived near (alkaline) hydrothermal vents / deep-sea vents", ["hydrothermal", "vent"]),
        p("p6", "genes inferred for LUCA suggest heat tolerance / use of hydrogen / iron–sulfur chemistry, consistent with vents", [
          "heat",
          "hydrogen",
          "iron",
        ]),
        p("p7", "fossilised microbial structures near ancient vent deposits dated at 3.5–4 billion years", ["fossil", "billion"]),
      ],
      workedSolution:
        "Any four points, with at least one about habitat for full marks (OWTTE).\n\nAll organisms use the same genetic code, the same four DNA bases, ribosomes, ATP and the same set of amino acids — it is very unlikely that this shared system arose independently more than once, so all life descends from a single ancestral population (LUCA). Any other early life forms became extinct. Comparing genes found in all living organisms lets biologists infer LUCA's genes; these include genes for using hydrogen and for tolerating high temperatures, which suggests LUCA lived around hydrothermal vents, where fossil evidence of early microbes has also been found.",
    }),
    numeric({
      key: "biology-a2-2-01",
      levels: BOTH,
      topicCode: "A2.2",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "In an electron micrograph, a mitochondrion appears 45 mm long. Its actual length is 15 µm.\n\nCalculate the magnification of the micrograph. [2]",
      answer: { value: 3000, tolerance: 0 },
      markscheme: [
        p("p1", "conversion to the same units: 45 mm = 45 000 µm / 15 µm = 0.015 mm", ["45000", "45 000", "0.015"]),
        p("p2", "magnification = × 3000", ["3000", "3 000"]),
      ],
      workedSolution: String.raw`Magnification $= \dfrac{\text{image size}}{\text{actual size}}$, with both sizes in the same unit.

- Image size: 45 mm = 45 × 1000 µm = 45 000 µm.
- Magnification $= \dfrac{45\,000}{15} = 3000$.

The micrograph is magnified **× 3000** (magnification has no unit).`,
    }),
    mcq({
      key: "biology-a2-2-02",
      levels: BOTH,
      topicCode: "A2.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which structure is found in both prokaryotic and eukaryotic cells?",
      options: ["Nuclear envelope", "Mitochondrion", "Plasma membrane", "Golgi apparatus"],
      correct: "C",
      point: "plasma membrane",
      keywords: ["plasma membrane"],
      workedSolution:
        "Every cell is bounded by a **plasma membrane**. Prokaryotes have no nucleus and no membrane-bound organelles, so the nuclear envelope, mitochondria and Golgi apparatus are found only in eukaryotes. **Answer: C.**",
    }),
    mcq({
      key: "biology-a2-2h-01",
      levels: HL,
      topicCode: "A2.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which observation supports the hypothesis that mitochondria evolved from bacteria engulfed by an ancestral cell (endosymbiosis)?",
      options: [
        "Mitochondria are surrounded by a single membrane.",
        "Mitochondria contain 70S ribosomes and their own circular DNA.",
        "Mitochondria are produced by budding from the Golgi apparatus.",
        "Mitochondria are found in all prokaryotic cells.",
      ],
      correct: "B",
      point: "70S ribosomes and naked circular DNA like those of bacteria",
      keywords: ["70S", "circular DNA"],
      workedSolution:
        "Mitochondria resemble bacteria: they have **70S ribosomes**, **naked circular DNA**, a **double** membrane (the inner one from the engulfed bacterium) and they divide by a process like binary fission — new mitochondria only come from existing ones, not from the Golgi. Prokaryotes do not have mitochondria. **Answer: B.**",
    }),
    written({
      key: "biology-a2-2-04",
      levels: BOTH,
      topicCode: "A2.2",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between the structure of a prokaryotic cell and the structure of a eukaryotic cell. [4]",
      markscheme: [
        p("p1", "prokaryotes have no nucleus / DNA in nucleoid region whereas eukaryotes have a nucleus with a nuclear envelope", ["nucleoid", "nucleus"]),
        p("p2", "prokaryotic DNA is naked / not associated with histones whereas eukaryotic DNA is associated with histones", ["naked", "histone"]),
        p("p3", "prokaryotic DNA is circular whereas eukaryotic chromosomes are linear", ["circular", "linear"]),
        p("p4", "prokaryotes have 70S ribosomes whereas eukaryotes have 80S ribosomes (in cytoplasm)", ["70S", "80S"]),
        p("p5", "prokaryotes lack membrane-bound organelles whereas eukaryotes have them, e.g. mitochondria / ER / Golgi", ["membrane-bound", "organelle"]),
        p("p6", "plasmids commonly present in prokaryotes but rare / absent in eukaryotes", ["plasmid"]),
        p("p7", "prokaryotes are (usually) smaller, e.g. 1–5 µm, than eukaryotic cells, e.g. 10–100 µm", ["smaller", "size"]),
        p("p8", "prokaryote cell wall (if present) contains peptidoglycan whereas eukaryotic cell walls (if present) are cellulose / chitin", [
          "peptidoglycan",
          "cellulose",
          "chitin",
        ]),
      ],
      workedSolution:
        "Any four, each stating **both** cell types.\n\nProkaryotes keep their DNA in a nucleoid rather than a membrane-bound nucleus; the DNA is a single circular molecule not associated with histones, whereas eukaryotic chromosomes are linear and wound around histones. Prokaryotes have smaller 70S ribosomes (eukaryotes have 80S in the cytoplasm), no membrane-bound organelles such as mitochondria or Golgi, often contain plasmids, are much smaller, and have cell walls made of peptidoglycan rather than cellulose or chitin.",
    }),
    mcq({
      key: "biology-a2-3-01",
      levels: HL,
      topicCode: "A2.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which structural feature is shared by **all** viruses?",
      options: [
        "Ribosomes for synthesizing viral proteins",
        "A lipid envelope derived from the host cell membrane",
        "DNA as the genetic material",
        "A protein capsid enclosing genetic material",
      ],
      correct: "D",
      point: "a protein capsid around DNA or RNA",
      keywords: ["capsid", "protein"],
      workedSolution:
        "All viruses have genetic material (DNA **or** RNA) inside a **protein coat (capsid)**. Only some, such as HIV and influenza, have a lipid envelope. Many viruses (e.g. HIV, coronaviruses) have RNA. No virus has ribosomes — they use the host's ribosomes, which is why they cannot reproduce outside a host cell. **Answer: D.**",
    }),
    written({
      key: "biology-a2-3-02",
      levels: HL,
      topicCode: "A2.3",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the lysogenic cycle of the bacteriophage lambda. [4]",
      markscheme: [
        p("p1", "phage attaches to specific receptors on the bacterial cell surface", ["attach", "receptor"]),
        p("p2", "phage injects its DNA into the bacterium (capsid remains outside)", ["inject"]),
        p("p3", "viral DNA is integrated into the bacterial chromosome / becomes a prophage", ["integrat", "prophage"]),
        p("p4", "prophage is replicated with the host DNA and passed to daughter cells at each (binary) fission", ["replicated", "daughter", "fission"]),
        p("p5", "most viral genes are not expressed / a repressor protein keeps the prophage dormant", ["repressor", "dormant", "not expressed"]),
        p("p6", "a trigger such as stress / UV damage causes the prophage to leave the chromosome and enter the lytic cycle", ["lytic", "UV", "stress"]),
      ],
      workedSolution:
        "Any four points.\n\nLambda attaches to receptors on an *E. coli* cell and injects its DNA. In the lysogenic cycle the viral DNA is inserted into the bacterial chromosome, where it is called a prophage. A viral repressor protein keeps most viral genes switched off, so no new viruses are made and the cell is not harmed. Each time the bacterium divides, the prophage is copied with the chromosome and inherited by both daughter cells. If the host cell is stressed (for example by UV damage), the prophage is cut out and the virus switches to the lytic cycle, producing new phages and lysing the cell.",
    }),
    written({
      key: "biology-a2-3-03",
      levels: HL,
      topicCode: "A2.3",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Suggest",
      stem: "Suggest reasons why biologists think that viruses have several evolutionary origins rather than a single common ancestor. [3]",
      markscheme: [
        p("p1", "viruses are very diverse, e.g. DNA or RNA, single- or double-stranded genomes", ["diverse", "DNA or RNA"]),
        p("p2", "there are no genes / very few features shared by all viruses", ["no genes", "shared"]),
        p("p3", "viruses are obligate parasites so must have evolved after (different types of) cells", ["parasite", "after cells"]),
        p("p4", "some may have come from genetic material escaping from cells (progressive hypothesis)", ["escape", "progressive"]),
        p("p5", "some may be reduced / regressed parasitic cells (regressive hypothesis)", ["regress", "reduced"]),
        p("p6", "shared features such as the capsid may be convergent evolution due to a similar way of life", ["convergent"]),
      ],
      workedSolution:
        "Any three points.\n\nUnlike cellular organisms, viruses share no universal set of genes: some have DNA, others RNA, single- or double-stranded. Because all viruses are obligate intracellular parasites, they could only have arisen after cells existed, and probably arose several times — some from pieces of host nucleic acid that gained the ability to move between cells, others from parasitic cells that lost most of their structures. Similar features such as a protein capsid may be convergent: the same solution to the same problem of getting genes from cell to cell.",
    }),
    mcq({
      key: "biology-a3-1-01",
      levels: BOTH,
      topicCode: "A3.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Two populations of birds on neighbouring islands look very similar. Which observation would best show that they are separate species according to the biological species concept?",
      options: [
        "They live on different islands and have been separated for many generations.",
        "Their songs differ slightly.",
        "Brought together, they do not interbreed to produce fertile offspring.",
        "They eat different proportions of seeds and insects.",
      ],
      correct: "C",
      point: "they cannot interbreed to produce fertile offspring",
      keywords: ["interbreed", "fertile offspring"],
      workedSolution:
        "The biological species concept defines a species as a group of organisms that can **interbreed to produce fertile offspring**. Living apart, small song differences or different diets do not by themselves show reproductive isolation. **Answer: C.**",
    }),
    written({
      key: "biology-a3-1-02",
      levels: BOTH,
      topicCode: "A3.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how a karyogram is produced and what it can be used to show. [3]",
      markscheme: [
        p("p1", "cells (in mitosis) are stopped at metaphase / when chromosomes are condensed, and stained", ["metaphase", "stain", "condensed"]),
        p("p2", "chromosomes photographed / imaged and arranged in homologous pairs", ["homologous pairs", "arranged"]),
        p("p3", "pairs ordered by size / centromere position / banding pattern", ["size", "centromere", "banding"]),
        p("p4", "shows the sex of the individual (XX or XY)", ["sex", "XX", "XY"]),
        p("p5", "shows chromosome number / abnormalities such as trisomy 21 / Down syndrome", ["trisomy", "Down"]),
      ],
      workedSolution:
        "Any three points.\n\nDividing cells (e.g. white blood cells) are stopped in metaphase, when the chromosomes are most condensed, and stained to show bands. An image is taken and the chromosomes are arranged in homologous pairs, largest first, matched by length, centromere position and banding pattern. The finished karyogram shows the number of chromosomes, the sex chromosomes (XX or XY) and abnormalities such as an extra chromosome 21 in Down syndrome.",
    }),
    mcq({
      key: "biology-a3-1-03",
      levels: BOTH,
      topicCode: "A3.1",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which statement about genomes is correct?",
      options: [
        "Genome size is directly proportional to the structural complexity of an organism.",
        "Members of a species share the same genes but may carry different alleles.",
        "All eukaryotic species have 46 chromosomes in their body cells.",
        "Prokaryotes have larger genomes than any eukaryote.",
      ],
      correct: "B",
      point: "same genes, different alleles (small differences in base sequence)",
      keywords: ["same genes", "alleles"],
      workedSolution:
        "Individuals of one species have the **same genes** at the same loci, but the base sequences of those genes vary slightly, so they carry **different alleles** — this is why genomes within a species are very similar but not identical. Genome size does not track complexity (some plants and amphibians have far larger genomes than humans), chromosome numbers vary widely between species (46 is the human number) and prokaryote genomes are generally small. **Answer: B.**",
    }),
    written({
      key: "biology-a3-1h-01",
      levels: HL,
      topicCode: "A3.1H",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the difficulties of applying the biological species concept to bacteria. [3]",
      markscheme: [
        p("p1", "bacteria reproduce asexually / by binary fission", ["asexual", "binary fission"]),
        p("p2", "so interbreeding does not occur / cannot be used as a test of species", ["interbreed"]),
        p("p3", "horizontal gene transfer, e.g. plasmids passed by conjugation, occurs between different types of bacteria", [
          "horizontal",
          "plasmid",
          "conjugation",
        ]),
        p("p4", "so genes are shared across groups / boundaries between 'species' are blurred", ["blurred", "boundar"]),
        p("p5", "bacterial species are instead defined by shared traits / DNA or rRNA sequence similarity", ["sequence", "rRNA", "similarity"]),
      ],
      workedSolution:
        "Any three points.\n\nThe biological species concept depends on interbreeding, but bacteria reproduce asexually by binary fission, so there is no interbreeding to test. Bacteria can also exchange genes horizontally — for example plasmids carrying antibiotic-resistance genes can pass by conjugation between bacteria of quite different types — so genes flow between groups that would otherwise be considered separate species. Bacterial species are therefore defined by shared characteristics and DNA/rRNA sequence similarity instead.",
    }),
    mcq({
      key: "biology-a3-1h-02",
      levels: HL,
      topicCode: "A3.1H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What is meant by identifying species using environmental DNA (eDNA) barcodes?",
      options: [
        "Sequencing the whole genome of a single organism caught in a habitat and comparing it with relatives",
        "Inserting a marker gene into organisms so that they can be tracked and counted in the environment",
        "Sequencing a short standard DNA region from soil or water and matching it to a reference database",
        "Attaching printed barcodes to organisms during capture–mark–recapture surveys",
      ],
      correct: "C",
      point: "DNA from environmental samples (soil/water) sequenced and compared with a barcode database",
      keywords: ["sample", "database", "sequence"],
      workedSolution:
        "Organisms shed cells into soil and water. eDNA methods extract this DNA, amplify a short standard 'barcode' region by PCR, sequence it, and compare the sequences with a reference database to list the species present — even rare or hidden ones that are never seen. **Answer: C.**",
    }),
    mcq({
      key: "biology-a3-2-01",
      levels: HL,
      topicCode: "A3.2",
      difficulty: 3,
      commandTerm: "Deduce",
      stem: "In a cladogram, species P and Q branch from the same node. Species R joins the P–Q clade at an earlier node, and species S is the outgroup. What can be deduced?",
      options: [
        "P is as closely related to R as it is to Q, since all three form one clade.",
        "P and Q share a more recent common ancestor with each other than with R.",
        "S is the ancestor of P, Q and R.",
        "R evolved from Q.",
      ],
      correct: "B",
      point: "P and Q share the most recent common ancestor",
      keywords: ["most recent common ancestor"],
      workedSolution:
        "Each node represents a hypothetical common ancestor. P and Q meet at the most recent node, so they share a **more recent common ancestor** with each other than either shares with R. Living species at branch tips are never ancestors of each other, so C and D are wrong. **Answer: B.**",
    }),
    written({
      key: "biology-a3-2-02",
      levels: HL,
      topicCode: "A3.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the evidence that led to all organisms being classified into three domains. [4]",
      markscheme: [
        p("p1", "base sequences of ribosomal RNA / rRNA genes were compared across many organisms", ["rRNA", "ribosomal"]),
        p("p2", "prokaryotes were found to form two very different groups: Bacteria and Archaea", ["Archaea", "Bacteria"]),
        p("p3", "Archaea are as different from Bacteria as from eukaryotes / previously all prokaryotes were grouped together", ["different", "prokaryotes"]),
        p("p4", "domains are Archaea, Bacteria and Eukarya / Eukaryota", ["Eukarya", "three"]),
        p("p5", "Archaea share some features with eukaryotes, e.g. histones / introns in some genes / similar RNA polymerase", [
          "histone",
          "intron",
          "polymerase",
        ]),
        p("p6", "Archaea have different membrane lipids (ether-linked) from Bacteria and eukaryotes", ["lipid", "ether"]),
      ],
      workedSolution:
        "Any four points.\n\nWhen Carl Woese compared the base sequences of ribosomal RNA from many organisms, the prokaryotes split into two groups that were as different from each other as each was from eukaryotes. This led to the three domains **Bacteria**, **Archaea** and **Eukarya**, replacing schemes that lumped all prokaryotes together. Other evidence supports it: archaea have unusual ether-linked membrane lipids, and share some features with eukaryotes, such as histone-like proteins and similar RNA polymerases.",
    }),
    numeric({
      key: "biology-a3-2-03",
      levels: HL,
      topicCode: "A3.2",
      difficulty: 4,
      marks: 2,
      paper: "P1B",
      commandTerm: "Estimate",
      stem: "A gene accumulates base substitutions at an approximately constant rate, so it can be used as a molecular clock. In a 1000-base region of the gene:\n\n- species W and X, which fossils show diverged 20 million years ago, differ at 6 positions;\n- species Y and Z differ at 18 positions.\n\nEstimate how many million years ago species Y and Z diverged from their common ancestor. [2]",
      answer: { value: 60, unit: "million years", tolerance: 0 },
      markscheme: [
        p("p1", "rate = 6 differences per 20 million years / 0.3 differences per million years / 18 is 3 × 6", ["0.3", "3 times", "× 3"]),
        p("p2", "60 million years (ago)", ["60"]),
      ],
      workedSolution:
        "Calibrate the clock using the pair with a known divergence time: 6 differences in 20 million years is 6 ÷ 20 = 0.3 differences per million years.\n\nY and Z differ at 18 positions: 18 ÷ 0.3 = **60 million years**. (Equivalently, 18 is three times 6, so three times as long: 3 × 20 = 60.)\n\nThis is only an estimate: mutation rates vary between lineages and over time.",
    }),
    mcq({
      key: "biology-a4-1-01",
      levels: BOTH,
      topicCode: "A4.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which pair of structures are homologous?",
      options: [
        "The wing of a bird and the wing of a butterfly",
        "The flipper of a whale and the arm of a human",
        "The eye of an octopus and the eye of a human",
        "The fin of a shark and the flipper of a dolphin",
      ],
      correct: "B",
      point: "whale flipper and human arm (both pentadactyl limbs)",
      keywords: ["pentadactyl", "flipper", "arm"],
      workedSolution:
        "Homologous structures have the same basic structure, inherited from a common ancestor, even if they now have different functions. The whale flipper and human arm are both **pentadactyl limbs** with the same bones. The other pairs are analogous: similar function, but evolved independently (convergent evolution). **Answer: B.**",
    }),
    written({
      key: "biology-a4-1-02",
      levels: BOTH,
      topicCode: "A4.1",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how geographical isolation can lead to the formation of a new species. [4]",
      markscheme: [
        p("p1", "a population is split by a geographical barrier, e.g. mountain range / sea / river", ["barrier", "split"]),
        p("p2", "no gene flow / interbreeding between the separated populations", ["gene flow", "interbreed"]),
        p("p3", "different environments / selection pressures act on each population", ["selection pressure", "environment"]),
        p("p4", "natural selection favours different alleles / allele frequencies change differently", ["allele frequenc", "natural selection"]),
        p("p5", "different mutations / genetic drift also cause the gene pools to diverge", ["mutation", "drift"]),
        p("p6", "eventually the populations become reproductively isolated / cannot interbreed to produce fertile offspring even if reunited", [
          "reproductive isolation",
          "fertile",
        ]),
        p("p7", "this is allopatric speciation", ["allopatric"]),
      ],
      workedSolution:
        "Any four points.\n\nIf a population is divided by a barrier such as a new sea channel, the two groups can no longer interbreed, so there is no gene flow between them. Each faces different conditions, so natural selection favours different alleles; random mutations and genetic drift add further differences. Over many generations the gene pools diverge so much that, even if the barrier disappears, the populations can no longer interbreed to produce fertile offspring — they are separate species. This is allopatric speciation.",
    }),
    mcq({
      key: "biology-a4-1-03",
      levels: BOTH,
      topicCode: "A4.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "How does the selective breeding of domesticated animals provide evidence for evolution?",
      options: [
        "It shows that the environment directly causes beneficial mutations.",
        "It shows that characteristics acquired during an animal's life are inherited by its offspring.",
        "It shows that species are fixed and cannot change.",
        "It shows that selection can greatly change heritable characteristics in a short time.",
      ],
      correct: "D",
      point: "artificial selection produces marked heritable change in a few generations",
      keywords: ["selection", "short time", "change"],
      workedSolution:
        "Breeders choose which animals reproduce, and over relatively few generations breeds that differ greatly from their wild ancestors have appeared (e.g. dog breeds from wolves). This shows that selection acting on heritable variation can change a species, so natural selection over much longer times could produce the diversity of life. It says nothing about inheritance of acquired characteristics, and mutations are random, not caused by need. **Answer: D.**",
    }),
    written({
      key: "biology-a4-1h-01",
      levels: HL,
      topicCode: "A4.1H",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how polyploidy can lead to abrupt speciation in plants. [4]",
      markscheme: [
        p("p1", "an error in meiosis / nondisjunction of all chromosomes produces diploid gametes (or whole-genome doubling)", [
          "nondisjunction",
          "diploid gamete",
          "doubling",
        ]),
        p("p2", "fusion of such gametes produces polyploid / tetraploid offspring", ["tetraploid", "polyploid"]),
        p("p3", "a cross between the polyploid and the parent population gives triploid / odd-numbered offspring", ["triploid"]),
        p("p4", "triploids are sterile because chromosomes cannot pair as homologues in meiosis", ["sterile", "pair"]),
        p("p5", "so the polyploid is reproductively isolated from the parent population in one generation", ["reproductively isolated", "one generation"]),
        p("p6", "no geographical separation needed / sympatric speciation", ["sympatric"]),
        p("p7", "polyploid plants can reproduce by self-pollination / asexually, so a new population can grow", ["self-pollinat", "asexual"]),
        p("p8", "named example, e.g. knotweed / smartweed (Persicaria) / wheat", ["Persicaria", "knotweed", "wheat"]),
      ],
      workedSolution:
        "Any four points.\n\nIf chromosomes fail to separate in meiosis, a plant can make diploid (2n) gametes. When two such gametes fuse, the offspring are tetraploid (4n). A tetraploid crossed with its diploid parents produces triploid (3n) offspring, which are sterile because the three sets of chromosomes cannot pair up properly in meiosis. So the tetraploid is reproductively isolated from its parents **in a single generation**, without any geographical barrier (sympatric speciation). Because many plants can self-pollinate or reproduce asexually, the tetraploid can build up a new population — for example, several *Persicaria* species arose this way.",
    }),
    mcq({
      key: "biology-a4-1h-02",
      levels: HL,
      topicCode: "A4.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which is a **post-zygotic** barrier that prevents two species from hybridizing successfully?",
      options: [
        "The two species have different courtship behaviours.",
        "The two species flower at different times of year.",
        "Hybrid offspring are produced but are sterile.",
        "The two species are visited by different pollinators.",
      ],
      correct: "C",
      point: "hybrid sterility (acts after the zygote forms)",
      keywords: ["sterile", "hybrid"],
      workedSolution:
        "Post-zygotic barriers act **after** fertilization: the zygote dies, the hybrid is weak, or the hybrid is **sterile** (e.g. a mule). Different courtship (behavioural isolation), different flowering times (temporal isolation) and different pollinators all prevent fertilization in the first place, so they are pre-zygotic. **Answer: C.**",
    }),
    mcq({
      key: "biology-a4-2-01",
      levels: BOTH,
      topicCode: "A4.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which is an example of *ex situ* conservation?",
      options: [
        "Creating a national park around a rainforest",
        "Storing seeds in a seed bank",
        "Removing invasive rats from an island",
        "Restoring a river to its natural course",
      ],
      correct: "B",
      point: "seed bank (conservation away from the natural habitat)",
      keywords: ["seed bank"],
      workedSolution:
        "*Ex situ* means 'off site': the species is conserved away from its natural habitat, as in seed banks, zoos and botanic gardens. The other three protect or restore the natural habitat itself, which is *in situ* conservation. **Answer: B.**",
    }),
    written({
      key: "biology-a4-2-02",
      levels: BOTH,
      topicCode: "A4.2",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the causes of the current biodiversity crisis. [4]",
      markscheme: [
        p("p1", "habitat destruction / loss, e.g. deforestation / draining wetlands for agriculture or building", ["habitat", "deforestation"]),
        p("p2", "overexploitation / overharvesting, e.g. overfishing / hunting / poaching", ["overexploit", "overfishing", "hunting"]),
        p("p3", "pollution, e.g. pesticides / plastics / eutrophication", ["pollution", "pesticide", "plastic"]),
        p("p4", "invasive / introduced alien species outcompete or prey on native species", ["invasive", "alien"]),
        p("p5", "climate change alters habitats faster than species can adapt / migrate", ["climate change"]),
        p("p6", "spread of disease, e.g. chytrid fungus in amphibians", ["disease"]),
        p("p7", "growing human population / consumption drives these pressures", ["human population", "consumption"]),
      ],
      workedSolution:
        "Any four causes (named example not required unless asked).\n\nThe main causes are: habitat loss (e.g. clearing tropical forest for farmland); overexploitation (overfishing, hunting); pollution (pesticides, plastics, fertilizer run-off); invasive species brought in by humans that outcompete or eat native species; climate change, which moves suitable habitats faster than many species can follow; and new diseases. All are driven by the growth of the human population and its consumption of resources.",
    }),
    numeric({
      key: "biology-a4-2-03",
      levels: BOTH,
      topicCode: "A4.2",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: String.raw`A survey of ground beetles in a meadow recorded four species:

| Species | Number of individuals, $n$ |
|---|---|
| A | 20 |
| B | 12 |
| C | 6 |
| D | 2 |

Simpson's reciprocal index is $D = \dfrac{N(N-1)}{\sum n(n-1)}$, where $N$ is the total number of individuals.

Calculate $D$ for the meadow, giving your answer to three significant figures. [2]`,
      answer: { value: 2.87, sigFigs: 3, sigFigsExact: true, tolerance: 0.005 },
      markscheme: [
        p("p1", String.raw`$N = 40$ and $N(N-1) = 1560$ / $\sum n(n-1) = 380 + 132 + 30 + 2 = 544$`, ["1560", "544"]),
        p("p2", "$D = 2.87$", ["2.87"]),
      ],
      workedSolution: String.raw`1. $N = 20 + 12 + 6 + 2 = 40$, so $N(N-1) = 40 \times 39 = 1560$.
2. $\sum n(n-1) = 20 \times 19 + 12 \times 11 + 6 \times 5 + 2 \times 1 = 380 + 132 + 30 + 2 = 544$.
3. $D = \dfrac{1560}{544} = 2.867\ldots \approx \mathbf{2.87}$.

For comparison, if the 40 beetles were split evenly (10 of each species), $D = 1560 \div 360 = 4.33$; the lower value of 2.87 shows that the community is dominated by species A and B.`,
    }),
    // ───────────────────────────── Theme B: Form and function ─────────────────────────────
    mcq({
      key: "biology-b1-1-01",
      levels: BOTH,
      topicCode: "B1.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which bond links α-glucose molecules at the branch points of glycogen and amylopectin?",
      options: ["1,4 glycosidic bond", "1,6 glycosidic bond", "Peptide bond", "Ester bond"],
      correct: "B",
      point: "1,6 glycosidic bond",
      keywords: ["1,6"],
      workedSolution:
        "Glucose units in the chains of amylose, amylopectin and glycogen are joined by 1,4 glycosidic bonds. At a **branch point**, carbon 1 of one glucose joins carbon 6 of a glucose in another chain — a **1,6 glycosidic bond**. Peptide bonds join amino acids; ester bonds join fatty acids to glycerol. **Answer: B.**",
    }),
    mcq({
      key: "biology-b1-1-02",
      levels: BOTH,
      topicCode: "B1.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which statement correctly describes cellulose?",
      options: [
        "Unbranched chains of α-glucose, all units the same way up, held in microfibrils by hydrogen bonds",
        "Branched chains of α-glucose coiled into a helix",
        "Unbranched chains of β-glucose, alternate units inverted, held in microfibrils by hydrogen bonds",
        "A polymer of fructose used for energy storage in plant roots",
      ],
      correct: "C",
      point: "straight chains of β-glucose (alternate units inverted) bundled by hydrogen bonds into microfibrils",
      keywords: ["β-glucose", "beta", "microfibril"],
      workedSolution:
        "Cellulose is made of **β-glucose**. Each glucose is inverted relative to the next, so the chains are straight, and parallel chains are held together by many hydrogen bonds to form strong **microfibrils** in plant cell walls. Starch and glycogen, by contrast, are made of α-glucose and form helical or branched molecules. **Answer: C.**",
    }),
    written({
      key: "biology-b1-1-03",
      levels: BOTH,
      topicCode: "B1.1",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why triglycerides (fats and oils) are used for long-term energy storage in animals. [4]",
      markscheme: [
        p("p1", "release about twice as much energy per gram as carbohydrates when respired", ["twice", "per gram"]),
        p("p2", "so less body mass is needed to store the same energy / important for animals that move / fly", ["mass", "lighter"]),
        p("p3", "hydrophobic / insoluble in water, so they do not affect osmosis / water potential of cells", ["hydrophobic", "insoluble", "osmo"]),
        p("p4", "stored without associated water, unlike glycogen", ["water"]),
        p("p5", "chemically stable / not easily broken down, so suitable for long-term storage", ["stable"]),
        p("p6", "adipose tissue also gives thermal insulation, e.g. blubber", ["insulation", "blubber"]),
        p("p7", "liquid at body temperature so adipose tissue also acts as a shock absorber", ["shock absorb"]),
      ],
      workedSolution:
        "Any four points.\n\nTriglycerides release roughly twice as much energy per gram as carbohydrates and are stored without water (glycogen binds a lot of water), so an animal carries far less mass for the same energy store — important for animals that move or fly. They are hydrophobic, so large amounts can be stored in adipose cells without affecting osmosis, and they are chemically stable. Adipose tissue also has secondary roles: thermal insulation (e.g. whale blubber) and protection of organs as a shock absorber.",
    }),
    written({
      key: "biology-b1-1-04",
      levels: BOTH,
      topicCode: "B1.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between saturated and unsaturated fatty acids. [3]",
      markscheme: [
        p("p1", "saturated fatty acids have no C=C double bonds whereas unsaturated have one or more", ["double bond", "C=C"]),
        p("p2", "saturated have the maximum number of hydrogen atoms whereas unsaturated have fewer", ["hydrogen"]),
        p("p3", "saturated chains are straight whereas (cis-)unsaturated chains are bent / kinked", ["straight", "kink", "bent"]),
        p("p4", "saturated fats have higher melting points / are solid at room temperature whereas unsaturated are liquid (oils)", [
          "melting point",
          "solid",
          "liquid",
        ]),
      ],
      workedSolution:
        "Any three, each a contrast. A **saturated** fatty acid has only single C–C bonds, so it carries the maximum number of hydrogen atoms ('saturated' with hydrogen). An **unsaturated** fatty acid has at least one C=C double bond; a *cis* double bond puts a kink in the chain. Kinked chains cannot pack closely, so unsaturated fats have lower melting points and are usually liquid oils at room temperature, while saturated fats (mostly from animals) are solid.",
    }),
    mcq({
      key: "biology-b1-2-01",
      levels: BOTH,
      topicCode: "B1.2",
      difficulty: 2,
      commandTerm: "Calculate",
      stem: "How many molecules of water are released when a single unbranched polypeptide of 150 amino acids is formed by condensation reactions?",
      options: ["148", "149", "150", "300"],
      correct: "B",
      point: "149 (one fewer than the number of amino acids)",
      keywords: ["149"],
      workedSolution:
        "Each peptide bond is made by one condensation reaction, releasing one water molecule. A chain of 150 amino acids has 150 − 1 = **149** peptide bonds (just as 3 beads on a string need 2 links), so 149 water molecules are released. **Answer: B.**",
    }),
    written({
      key: "biology-b1-2-02",
      levels: BOTH,
      topicCode: "B1.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how a high temperature can cause an enzyme or other protein to lose its function. [3]",
      markscheme: [
        p("p1", "heat increases vibration / kinetic energy of the protein molecule", ["vibrat", "kinetic"]),
        p("p2", "hydrogen bonds / ionic bonds / weak interactions holding the 3D (tertiary) structure break", ["hydrogen bond", "ionic", "bonds break"]),
        p("p3", "the protein unfolds / changes shape (denaturation) but peptide bonds / primary structure are not broken", ["denatur", "shape", "unfold"]),
        p("p4", "active site / binding site no longer fits the substrate / ligand", ["active site", "substrate"]),
        p("p5", "denaturation is usually permanent / irreversible", ["irreversible", "permanent"]),
      ],
      workedSolution:
        "Any three points.\n\nA protein's function depends on its precise 3D shape, held by relatively weak bonds (hydrogen bonds, ionic bonds, hydrophobic interactions). High temperatures make the molecule vibrate so much that these bonds break and the protein unfolds — it is denatured. The sequence of amino acids is unchanged, but the shape of the active site (or binding site) is lost, so the substrate no longer fits. Denaturation is usually irreversible.",
    }),
    written({
      key: "biology-b1-2h-01",
      levels: HL,
      topicCode: "B1.2H",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how the R-groups of amino acids determine the tertiary structure of a protein. [4]",
      markscheme: [
        p("p1", "R-groups differ in chemical properties: polar / non-polar / charged (acidic or basic)", ["polar", "non-polar", "charged"]),
        p("p2", "hydrophobic / non-polar R-groups cluster in the centre, away from water (in soluble proteins)", ["hydrophobic", "centre"]),
        p("p3", "hydrophilic / polar R-groups face outwards, towards water", ["hydrophilic", "outside", "surface"]),
        p("p4", "hydrogen bonds form between polar R-groups", ["hydrogen bond"]),
        p("p5", "ionic bonds form between positively and negatively charged R-groups (affected by pH)", ["ionic", "pH"]),
        p("p6", "disulfide bonds (covalent) form between two cysteine R-groups", ["disulfide", "cysteine"]),
        p("p7", "in membrane proteins, hydrophobic R-groups face the phospholipid tails", ["membrane"]),
      ],
      workedSolution:
        "Any four points.\n\nThe tertiary structure is the way a whole polypeptide folds, and it is determined by interactions between R-groups. Non-polar (hydrophobic) R-groups cluster in the middle of a soluble protein, away from water, while polar and charged R-groups face outwards. The folded shape is stabilized by hydrogen bonds between polar R-groups, ionic bonds between positively and negatively charged R-groups (which is why pH changes can denature proteins) and covalent disulfide bridges between cysteines.",
    }),
    mcq({
      key: "biology-b1-2h-02",
      levels: HL,
      topicCode: "B1.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which protein is a **conjugated** protein with quaternary structure?",
      options: ["Collagen", "Haemoglobin", "Insulin", "Lysozyme"],
      correct: "B",
      point: "haemoglobin: four polypeptides, each with a non-polypeptide haem group",
      keywords: ["haemoglobin", "hemoglobin", "haem"],
      workedSolution:
        "Quaternary structure means more than one polypeptide; a conjugated protein also has a non-polypeptide (prosthetic) group. **Haemoglobin** has four polypeptide chains, each carrying a **haem** group containing iron, so it is both. Collagen has three chains but no prosthetic group; insulin has two chains linked by disulfide bridges but no prosthetic group; lysozyme is a single polypeptide. **Answer: B.**",
    }),
    mcq({
      key: "biology-b2-1-01",
      levels: BOTH,
      topicCode: "B2.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which membrane protein greatly increases the rate at which water crosses a plasma membrane?",
      options: ["ATP synthase", "Sodium–potassium pump", "Glycoprotein receptor", "Aquaporin"],
      correct: "D",
      point: "aquaporin (channel protein for water)",
      keywords: ["aquaporin"],
      workedSolution:
        "Water can cross the bilayer slowly by itself, but **aquaporins** are channel proteins that let water molecules pass rapidly in single file, e.g. in kidney collecting ducts and root cells. **Answer: D.**",
    }),
    written({
      key: "biology-b2-1-02",
      levels: BOTH,
      topicCode: "B2.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why phospholipids form bilayers in water. [3]",
      markscheme: [
        p("p1", "phospholipids are amphipathic / have hydrophilic and hydrophobic parts", ["amphipathic"]),
        p("p2", "phosphate head is hydrophilic / attracted to water", ["hydrophilic", "head"]),
        p("p3", "hydrocarbon / fatty acid tails are hydrophobic / not attracted to water", ["hydrophobic", "tail"]),
        p("p4", "heads face the water on both sides while tails point inwards, away from water / towards each other", ["inward", "both sides"]),
        p("p5", "the bilayer forms spontaneously and its hydrophobic core is a barrier to ions / polar molecules", ["barrier", "spontaneous"]),
      ],
      workedSolution:
        "Any three points.\n\nA phospholipid is amphipathic: its phosphate head is polar and hydrophilic, while its two fatty acid tails are non-polar and hydrophobic. In water, the molecules arrange themselves so that the heads are in contact with water on both sides and the tails are shielded inside, facing each other — a bilayer. This forms spontaneously, and the hydrophobic core acts as a barrier to ions and large polar molecules.",
    }),
    written({
      key: "biology-b2-1-03",
      levels: BOTH,
      topicCode: "B2.1",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Compare and contrast",
      stem: "Compare and contrast facilitated diffusion and active transport across membranes. [4]",
      markscheme: [
        p("p1", "both: involve (specific) membrane proteins", ["protein"]),
        p("p2", "both: can move ions / polar molecules that cannot cross the bilayer directly / both are selective", ["ions", "polar", "selective"]),
        p("p3", "facilitated diffusion moves substances down a concentration gradient whereas active transport moves them against it", [
          "down",
          "against",
          "gradient",
        ]),
        p("p4", "facilitated diffusion is passive / needs no ATP whereas active transport uses ATP / energy", ["ATP", "passive", "energy"]),
        p("p5", "facilitated diffusion uses channel or carrier proteins whereas active transport uses pump proteins", ["channel", "pump"]),
      ],
      workedSolution:
        "Award up to 4; at least one similarity and one difference are needed for full marks.\n\n**Similarities:** both need specific membrane proteins and move ions or polar molecules that cannot cross the hydrophobic core.\n\n**Differences:** facilitated diffusion is passive (no ATP) and only moves substances down their concentration gradient, through channel or carrier proteins; active transport uses energy from ATP to move substances against their concentration gradient, through pump proteins.",
    }),
    mcq({
      key: "biology-b2-1h-01",
      levels: HL,
      topicCode: "B2.1H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "For each ATP molecule it hydrolyses, what does the sodium–potassium pump move across the plasma membrane?",
      options: [
        "3 Na⁺ out of the cell and 2 K⁺ into the cell",
        "2 Na⁺ out of the cell and 3 K⁺ into the cell",
        "3 Na⁺ into the cell and 2 K⁺ out of the cell",
        "2 Na⁺ into the cell and 2 K⁺ out of the cell",
      ],
      correct: "A",
      point: "three sodium ions out, two potassium ions in",
      keywords: ["3 Na", "2 K", "three", "two"],
      workedSolution:
        "The pump binds 3 Na⁺ inside the cell; phosphorylation by ATP changes its shape and releases them outside. It then binds 2 K⁺ outside; loss of the phosphate returns it to its original shape, releasing the K⁺ inside. So each cycle moves **3 Na⁺ out and 2 K⁺ in**, both against their concentration gradients. **Answer: A.**",
    }),
    written({
      key: "biology-b2-1h-02",
      levels: HL,
      topicCode: "B2.1H",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Glucose is absorbed from the lumen of the small intestine into epithelial cells even when the glucose concentration in the cells is higher than in the lumen. Explain how this occurs by indirect active transport. [4]",
      markscheme: [
        p("p1", "sodium–potassium pumps (in the basal membrane) use ATP to pump Na⁺ out of the epithelial cell", ["pump", "ATP", "Na"]),
        p("p2", "this keeps the Na⁺ concentration inside the cell low / creates a Na⁺ concentration gradient", ["gradient", "low"]),
        p("p3", "a sodium–glucose cotransporter / symporter in the membrane facing the lumen binds Na⁺ and glucose", ["cotransporter", "symport"]),
        p("p4", "Na⁺ moves into the cell down its concentration gradient", ["down"]),
        p("p5", "carrying glucose into the cell against its concentration gradient", ["against"]),
        p("p6", "the energy comes from the Na⁺ gradient, so ATP is used only indirectly", ["indirect"]),
      ],
      workedSolution:
        "Any four points.\n\nThe epithelial cells use ATP in sodium–potassium pumps to pump Na⁺ out into the tissue fluid, keeping the Na⁺ concentration inside the cell low. In the membrane facing the gut lumen, a sodium–glucose cotransporter lets Na⁺ diffuse into the cell down this gradient, but only together with a glucose molecule. The energy of the Na⁺ moving down its gradient drives glucose uptake against its own gradient. ATP is not used by the cotransporter itself — it is used indirectly to maintain the sodium gradient.",
    }),
    written({
      key: "biology-b2-2-01",
      levels: BOTH,
      topicCode: "B2.2",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the advantages of separating the nucleus from the cytoplasm in eukaryotic cells. [3]",
      markscheme: [
        p("p1", "mRNA can be modified / processed, e.g. introns removed, before it reaches ribosomes", ["intron", "processed", "modif"]),
        p("p2", "in prokaryotes translation starts while transcription is still occurring / before mRNA can be modified", ["prokaryote", "before"]),
        p("p3", "the nuclear envelope protects DNA from damage by chemical reactions / enzymes in the cytoplasm", ["protect", "damage"]),
        p("p4", "gene expression can be regulated by controlling movement through nuclear pores", ["nuclear pore", "regulat"]),
      ],
      workedSolution:
        "Any three points.\n\nBecause transcription happens in the nucleus and translation in the cytoplasm, the primary RNA transcript can be processed first — introns are removed and the mRNA is modified — before ribosomes meet it. In prokaryotes, with no nucleus, ribosomes start translating mRNA while it is still being transcribed, so there is no opportunity for this. The nuclear envelope also shields the DNA from reactions in the cytoplasm, and control of traffic through nuclear pores is a further way to regulate gene expression.",
    }),
    mcq({
      key: "biology-b2-2-02",
      levels: BOTH,
      topicCode: "B2.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Where are proteins that will be secreted from a cell by exocytosis synthesized?",
      options: [
        "Free ribosomes in the cytoplasm, near the plasma membrane",
        "Ribosomes attached to the rough endoplasmic reticulum",
        "Smooth endoplasmic reticulum",
        "Ribosomes inside the Golgi apparatus",
      ],
      correct: "B",
      point: "ribosomes on the rough ER",
      keywords: ["rough endoplasmic reticulum", "RER"],
      workedSolution:
        "Proteins for secretion are made by ribosomes bound to the **rough ER**; the polypeptide enters the ER lumen, is carried in vesicles to the Golgi apparatus for modification, then in vesicles to the plasma membrane for exocytosis. Free ribosomes make proteins that stay in the cytoplasm. **Answer: B.**",
    }),
    mcq({
      key: "biology-b2-2h-01",
      levels: HL,
      topicCode: "B2.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which is an adaptation of the mitochondrion for aerobic respiration?",
      options: [
        "Ribosomes on the outer membrane synthesize ATP.",
        "A large intermembrane space holds many protons, so more can flow back through ATP synthase.",
        "Cristae give a large area of inner membrane for the electron transport chain and ATP synthase.",
        "Stacks of thylakoids increase the surface area for ATP synthase.",
      ],
      correct: "C",
      point: "cristae increase inner membrane area for ETC and ATP synthase",
      keywords: ["cristae"],
      workedSolution:
        "The inner mitochondrial membrane is folded into **cristae**, giving a large surface area for electron transport chains and ATP synthase. The intermembrane space is *small*, so pumping protons into it quickly builds a steep gradient. ATP is made by ATP synthase, not ribosomes, and thylakoids are found in chloroplasts. **Answer: C.**",
    }),
    numeric({
      key: "biology-b2-3-01",
      levels: BOTH,
      topicCode: "B2.3",
      difficulty: 1,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A cell is modelled as a cube with sides of 20 µm.\n\nCalculate the surface area-to-volume ratio of the cell, in µm⁻¹. [2]",
      answer: { value: 0.3, unit: "µm⁻¹", tolerance: 0.001 },
      markscheme: [
        p("p1", "surface area = 6 × 20² = 2400 µm² and volume = 20³ = 8000 µm³", ["2400", "8000"]),
        p("p2", "ratio = 0.3 (µm⁻¹) / 0.3 : 1", ["0.3"]),
      ],
      workedSolution:
        "- Surface area of a cube = 6 faces × (side)² = 6 × 20 × 20 = 2400 µm².\n- Volume = (side)³ = 20 × 20 × 20 = 8000 µm³.\n- SA : V = 2400 ÷ 8000 = **0.3 µm⁻¹** (i.e. 0.3 : 1).\n\nA cube of side 10 µm would give 600 ÷ 1000 = 0.6 µm⁻¹: as cells grow, the ratio falls, which limits cell size.",
    }),
    mcq({
      key: "biology-b2-3-02",
      levels: BOTH,
      topicCode: "B2.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which combination of properties defines a stem cell?",
      options: [
        "It is found only in embryos and is always totipotent.",
        "It expresses all of its genes at the same time.",
        "It has lost the ability to divide but remains unspecialized until needed.",
        "It can divide repeatedly and differentiate into specialized cells.",
      ],
      correct: "D",
      point: "self-renewal (repeated division) and ability to differentiate",
      keywords: ["divide", "differentiate"],
      workedSolution:
        "Stem cells can **divide repeatedly** (self-renew) and **differentiate** into one or more specialized cell types. Adult tissues such as bone marrow also have stem cells (usually multipotent), so they are not found only in embryos. No cell expresses all of its genes at once. **Answer: D.**",
    }),
    written({
      key: "biology-b2-3-03",
      levels: BOTH,
      topicCode: "B2.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how specialized cells develop in a multicellular organism. [3]",
      markscheme: [
        p("p1", "the zygote divides by mitosis to produce unspecialized cells", ["zygote", "mitosis", "unspecialized"]),
        p("p2", "all cells contain the same genes / genome", ["same genes", "genome"]),
        p("p3", "cells differentiate by expressing different genes / some genes switched on and others off", ["gene expression", "switched", "express"]),
        p("p4", "position in the embryo / chemical signals, e.g. morphogen gradients, determine which genes are expressed", [
          "morphogen",
          "signal",
          "position",
        ]),
        p("p5", "leading to specific structures / proteins suited to a particular function", ["structure", "function"]),
      ],
      workedSolution:
        "Any three points.\n\nAfter fertilization the zygote divides by mitosis, producing many unspecialized cells that all contain the same genes. Depending on their position in the embryo, cells receive different chemical signals (for example different concentrations of morphogens), which switch particular genes on and others off. The different patterns of gene expression give each cell type the proteins and structures suited to its function — this is differentiation.",
    }),
    written({
      key: "biology-b3-1-01",
      levels: BOTH,
      topicCode: "B3.1",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how the alveoli are adapted for efficient gas exchange. [4]",
      markscheme: [
        p("p1", "very many alveoli give a large total surface area", ["surface area"]),
        p("p2", "alveolar wall / type I pneumocytes very thin / one cell thick, so short diffusion distance", ["thin", "one cell", "diffusion distance"]),
        p("p3", "dense network of capillaries / blood flow carries gases away, maintaining concentration gradients", ["capillar", "gradient"]),
        p("p4", "ventilation replaces air, maintaining concentration gradients", ["ventilation"]),
        p("p5", "moist lining allows gases to dissolve before diffusing", ["moist", "dissolve"]),
        p("p6", "surfactant (from type II pneumocytes) reduces surface tension / prevents alveoli collapsing", ["surfactant"]),
      ],
      workedSolution:
        "Any four points, each linking a feature to its role.\n\nMillions of alveoli give a huge surface area. Their walls are made of extremely thin type I pneumocytes, and the capillaries are pressed against them, so the diffusion distance is very short. Blood flow constantly removes oxygen and brings carbon dioxide, and ventilation constantly renews the air, so steep concentration gradients are maintained. The moist lining lets gases dissolve, and surfactant secreted by type II pneumocytes lowers surface tension so that alveoli do not collapse and stick together when exhaling.",
    }),
    numeric({
      key: "biology-b3-1-02",
      levels: BOTH,
      topicCode: "B3.1",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A spirometer trace for a student at rest shows 8 complete breaths in 30 seconds. The mean tidal volume is 0.45 dm³.\n\nCalculate the volume of air the student breathes in per minute, in dm³ min⁻¹. [2]",
      answer: { value: 7.2, unit: "dm³ min⁻¹", tolerance: 0.01 },
      markscheme: [p("p1", "ventilation rate = 16 breaths per minute", ["16"]), p("p2", "16 × 0.45 = 7.2 dm³ min⁻¹", ["7.2"])],
      workedSolution:
        "- Ventilation rate: 8 breaths in 30 s = 8 × 2 = 16 breaths per minute.\n- Volume per minute = ventilation rate × tidal volume = 16 × 0.45 = **7.2 dm³ min⁻¹**.",
    }),
    numeric({
      key: "biology-b3-1-03",
      levels: BOTH,
      topicCode: "B3.1",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A student counted 24 stomata in one field of view of a leaf-surface impression viewed under a microscope. The field of view was circular with a diameter of 0.40 mm.\n\nCalculate the stomatal density in stomata per mm², to the nearest whole number. [2]",
      answer: { value: 191, unit: "mm⁻²", tolerance: 2 },
      markscheme: [
        p("p1", String.raw`area of field of view $= \pi \times 0.20^2 = 0.126\ \text{mm}^2$`, ["0.126", "0.13"]),
        p("p2", "density = 24 ÷ 0.126 = 191 stomata per mm² (accept 190–192)", ["191"]),
      ],
      workedSolution: String.raw`1. Radius = diameter ÷ 2 = 0.20 mm.
2. Area $= \pi r^2 = 3.1416 \times 0.20^2 = 0.1257\ \text{mm}^2$.
3. Density $= \dfrac{24}{0.1257} = 190.99 \approx$ **191 stomata mm⁻²**.

Common error: using the diameter instead of the radius (which gives a value four times too small).`,
    }),
    mcq({
      key: "biology-b3-1-04",
      levels: BOTH,
      topicCode: "B3.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which events occur during inspiration (breathing in) at rest?",
      options: [
        "Diaphragm contracts and flattens; external intercostal muscles contract; pressure in the thorax falls",
        "Diaphragm relaxes and domes upwards; external intercostal muscles contract; pressure in the thorax falls",
        "Diaphragm contracts and flattens; internal intercostal muscles contract; pressure in the thorax rises",
        "Diaphragm relaxes and domes upwards; internal intercostal muscles contract; pressure in the thorax rises",
      ],
      correct: "A",
      point: "diaphragm and external intercostals contract, thoracic volume rises so pressure falls",
      keywords: ["diaphragm contracts", "external intercostal", "pressure falls"],
      workedSolution:
        "During inspiration the **diaphragm contracts** (flattening) and the **external intercostal muscles contract**, pulling the ribs up and out. Thoracic volume increases, so pressure inside falls below atmospheric pressure and air flows in. The internal intercostals are used in forced expiration. **Answer: A.**",
    }),
    mcq({
      key: "biology-b3-1h-01",
      levels: HL,
      topicCode: "B3.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "A high concentration of carbon dioxide in respiring tissue shifts the oxygen dissociation curve of haemoglobin to the right (the Bohr shift). What is the effect of this shift?",
      options: [
        "Haemoglobin's affinity for oxygen decreases, so less oxygen is released to the tissue.",
        "Haemoglobin's affinity for oxygen increases, so more oxygen is released to the tissue.",
        "Haemoglobin's affinity for oxygen decreases, so more oxygen is released to the tissue.",
        "Carbon dioxide binds to the iron in haem, so oxygen cannot bind at all.",
      ],
      correct: "C",
      point: "lower affinity, so more oxygen unloaded where CO₂ is high",
      keywords: ["affinity decreases", "more oxygen", "released"],
      workedSolution:
        "CO₂ lowers blood pH; H⁺ and CO₂ binding to haemoglobin (allosterically, not at the haem iron) reduce its **affinity for oxygen**. At any given partial pressure of oxygen, saturation is lower, so **more oxygen is released** exactly where tissues are respiring fastest. **Answer: C.**",
    }),
    written({
      key: "biology-b3-1h-02",
      levels: HL,
      topicCode: "B3.1H",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why the oxygen dissociation curve of adult haemoglobin is S-shaped (sigmoid). [3]",
      markscheme: [
        p("p1", "haemoglobin has four subunits / haem groups, each able to bind one oxygen molecule", ["four", "subunit", "haem"]),
        p("p2", "binding of one oxygen changes the shape / conformation of haemoglobin (allosteric change)", ["shape", "conformation", "allosteric"]),
        p("p3", "which increases the affinity of the remaining subunits for oxygen / cooperative binding", ["cooperative", "affinity"]),
        p("p4", "so the curve is steep in the middle: a small change in partial pressure gives a large change in saturation", ["steep", "small change"]),
        p("p5", "at high partial pressures all sites are occupied, so the curve levels off", ["levels off", "plateau", "saturated"]),
      ],
      workedSolution:
        "Any three points.\n\nEach haemoglobin molecule has four polypeptide subunits with a haem group each. The first O₂ binds with difficulty, but its binding changes the shape of the whole molecule, making it easier for the next O₂ to bind — **cooperative binding**. This makes the curve shallow at low partial pressures, steep in the middle (a small fall in pO₂ in tissues releases a lot of oxygen) and flat at the top, where almost all binding sites are full.",
    }),
    mcq({
      key: "biology-b3-2-01",
      levels: BOTH,
      topicCode: "B3.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which feature is typical of arteries but not of veins?",
      options: [
        "A wall only one cell thick",
        "Valves at intervals along the vessel to prevent backflow",
        "A wide lumen with a thin wall",
        "A thick wall with elastic fibres and smooth muscle",
      ],
      correct: "D",
      point: "thick wall with elastic fibres and smooth muscle (to withstand / even out high pressure)",
      keywords: ["thick", "elastic", "muscle"],
      workedSolution:
        "Arteries carry blood at high, pulsing pressure, so they have **thick walls with elastic fibres and smooth muscle**; the elastic recoil helps maintain pressure between heartbeats. Veins have wide lumens, thin walls and valves to prevent backflow at low pressure; capillary walls are one cell thick. **Answer: D.**",
    }),
    written({
      key: "biology-b3-2-02",
      levels: BOTH,
      topicCode: "B3.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how water moves from the roots to the leaves of a plant through the xylem. [4]",
      markscheme: [
        p("p1", "water evaporates from (mesophyll) cell walls in the leaf and diffuses out through stomata / transpiration", [
          "evaporat",
          "transpiration",
          "stomata",
        ]),
        p("p2", "this creates tension / low (negative) pressure in the xylem", ["tension", "negative pressure", "low pressure"]),
        p("p3", "water is pulled up the xylem (transpiration pull) / moves from high to low pressure", ["pull"]),
        p("p4", "cohesion: hydrogen bonds between water molecules keep the column continuous", ["cohesion"]),
        p("p5", "adhesion of water to xylem walls / capillary action helps", ["adhesion"]),
        p("p6", "lignified walls stop xylem vessels collapsing under tension", ["lignin", "lignified", "collapse"]),
        p("p7", "xylem vessels are dead / hollow / have no end walls, so resistance to flow is low", ["hollow", "end walls", "dead"]),
      ],
      workedSolution:
        "Any four points.\n\nWater evaporates from the damp walls of mesophyll cells and diffuses out of the leaf through the stomata (transpiration). Water is then drawn from the xylem into the leaf cells, putting the water in the xylem under tension. Because water molecules cohere by hydrogen bonding, the whole column is pulled up from the roots (transpiration pull); adhesion to the vessel walls helps. Xylem vessels are dead, hollow tubes without end walls, so flow meets little resistance, and their lignified walls are strong enough not to collapse under the tension.",
    }),
    written({
      key: "biology-b3-2h-01",
      levels: HL,
      topicCode: "B3.2H",
      difficulty: 4,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how sucrose is transported from leaves to roots in the phloem. [5]",
      markscheme: [
        p("p1", "sucrose is actively loaded into sieve tubes at the source / leaves (using ATP / companion cells)", ["load", "source", "companion"]),
        p("p2", "by proton pumping and sucrose–H⁺ cotransport", ["proton", "cotransport"]),
        p("p3", "high solute concentration lowers the water potential in the sieve tube, so water enters by osmosis (from xylem)", [
          "water potential",
          "osmosis",
        ]),
        p("p4", "raising the hydrostatic pressure at the source", ["hydrostatic pressure", "high pressure"]),
        p("p5", "at the sink / roots, sucrose is unloaded and used in respiration or converted to starch", ["sink", "unload", "starch"]),
        p("p6", "water leaves the sieve tube, so pressure is lower at the sink", ["low pressure", "lower"]),
        p("p7", "phloem sap moves by mass flow from high pressure (source) to low pressure (sink)", ["mass flow"]),
        p("p8", "sieve tubes have little cytoplasm / perforated sieve plates allowing flow", ["sieve plate"]),
      ],
      workedSolution:
        "Any five points.\n\nIn the leaf (the **source**), companion cells use ATP to pump protons out, and sucrose enters the sieve tubes by cotransport with H⁺ — active loading. The high sucrose concentration lowers the water potential, so water enters by osmosis from nearby xylem, raising the hydrostatic pressure. In the roots (a **sink**), sucrose is unloaded and respired or stored as starch; water follows it out, so pressure is lower. Sap therefore flows by **mass flow** from high to low pressure through sieve tubes, which have little cytoplasm and porous sieve plates.",
    }),
    mcq({
      key: "biology-b3-2h-02",
      levels: HL,
      topicCode: "B3.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which valves in the left side of the heart are open while blood is being ejected from the left ventricle into the aorta?",
      options: [
        "Atrioventricular valve open; semilunar valve closed",
        "Atrioventricular valve closed; semilunar valve open",
        "Both valves open",
        "Both valves closed",
      ],
      correct: "B",
      point: "AV (bicuspid) valve closed, aortic semilunar valve open",
      keywords: ["atrioventricular closed", "semilunar open"],
      workedSolution:
        "When the ventricle contracts, pressure in it rises above atrial pressure, so the **atrioventricular valve closes** (preventing backflow into the atrium). Once ventricular pressure exceeds aortic pressure, the **semilunar valve opens** and blood is ejected. Both valves are closed only briefly at the start and end of systole, when no blood is being ejected. **Answer: B.**",
    }),
    mcq({
      key: "biology-b3-3-01",
      levels: HL,
      topicCode: "B3.3",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which changes occur in a sarcomere when a skeletal muscle fibre contracts?",
      options: [
        "The A band shortens while the I band stays the same length.",
        "The I band and H zone shorten while the A band stays the same length.",
        "The actin filaments shorten.",
        "The myosin filaments shorten.",
      ],
      correct: "B",
      point: "I band and H zone shorten; A band unchanged; filaments do not shorten",
      keywords: ["I band", "H zone", "A band"],
      workedSolution:
        "In the sliding filament model, neither actin nor myosin filaments change length: actin slides between myosin towards the M line. The A band is the length of the myosin filaments, so it stays the same. The I band (actin only) and H zone (myosin only) get shorter as overlap increases. **Answer: B.**",
    }),
    written({
      key: "biology-b3-3-02",
      levels: HL,
      topicCode: "B3.3",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the roles of calcium ions and ATP in the contraction of skeletal muscle. [4]",
      markscheme: [
        p("p1", "a motor neuron impulse / depolarization causes the sarcoplasmic reticulum to release Ca²⁺", ["sarcoplasmic reticulum", "release"]),
        p("p2", "Ca²⁺ binds to troponin", ["troponin"]),
        p("p3", "tropomyosin moves, exposing myosin-binding sites on actin", ["tropomyosin", "binding site"]),
        p("p4", "myosin heads bind to actin, forming cross-bridges", ["cross-bridge"]),
        p("p5", "release of ADP and phosphate causes the power stroke, sliding actin towards the centre / M line", ["power stroke", "slide"]),
        p("p6", "binding of ATP causes the myosin head to detach from actin", ["detach"]),
        p("p7", "hydrolysis of ATP re-cocks / repositions the myosin head for the next cycle", ["hydrolysis", "cock", "reposition"]),
      ],
      workedSolution:
        "Any four points.\n\nWhen a motor neuron stimulates the muscle fibre, calcium ions are released from the sarcoplasmic reticulum. Ca²⁺ binds to troponin, which moves tropomyosin away from the binding sites on actin. Energized myosin heads attach to actin, forming cross-bridges, and as they release ADP and phosphate they swivel (the power stroke), pulling the actin towards the centre of the sarcomere. A new ATP binds, releasing the head from actin; hydrolysis of this ATP re-cocks the head ready to bind again further along.",
    }),
    mcq({
      key: "biology-b4-1-01",
      levels: BOTH,
      topicCode: "B4.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which adaptation helps a cactus to survive in a hot desert?",
      options: [
        "Air spaces (aerenchyma) in the stems and roots",
        "Large, thin leaves with many stomata on the upper surface",
        "Leaves reduced to spines, decreasing the surface area for water loss",
        "A thin cuticle to maximize gas exchange",
      ],
      correct: "C",
      point: "spines / reduced leaf area to reduce transpiration",
      keywords: ["spines", "surface area", "water loss"],
      workedSolution:
        "Xerophytes reduce water loss. Cactus leaves are reduced to **spines** (which also deter herbivores), so there is little leaf surface for transpiration; photosynthesis takes place in the swollen green stem, which stores water and has a thick waxy cuticle. Large thin leaves and thin cuticles would increase water loss; aerenchyma is an adaptation of plants in waterlogged soils. **Answer: C.**",
    }),
    written({
      key: "biology-b4-1-02",
      levels: BOTH,
      topicCode: "B4.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Describe",
      stem: "Describe how abiotic factors determine where a species can live, using the idea of a range of tolerance. [3]",
      markscheme: [
        p("p1", "each species has a range of tolerance for each abiotic factor, e.g. temperature / water / salinity / light", [
          "range of tolerance",
          "abiotic",
        ]),
        p("p2", "within the optimum range the population is largest / organisms grow and reproduce best", ["optimum"]),
        p("p3", "in zones of stress (towards the limits) few individuals survive / reproduction is reduced", ["stress"]),
        p("p4", "outside the limits of tolerance the species cannot survive, so it is absent", ["absent", "cannot survive", "limit"]),
        p("p5", "example, e.g. reef-building corals only where water is warm, clear, shallow and not too acidic", ["coral", "example"]),
      ],
      workedSolution:
        "Any three points.\n\nFor each abiotic factor, a species can only tolerate a certain range. In the optimum part of this range it is most abundant, growing and reproducing well. Towards the limits are zones of physiological stress where fewer individuals survive and reproduce, and beyond the limits the species is absent. The species' distribution is therefore the area where all relevant factors lie within its ranges of tolerance — e.g. reef-building corals only grow in warm, clear, shallow seawater.",
    }),
    mcq({
      key: "biology-b4-2-01",
      levels: BOTH,
      topicCode: "B4.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "*Euglena* is a unicellular organism that photosynthesizes in the light but can ingest and digest organic food in the dark. What is its mode of nutrition?",
      options: ["Detritivorous", "Saprotrophic", "Obligate autotrophic", "Mixotrophic"],
      correct: "D",
      point: "mixotroph (both autotrophic and heterotrophic)",
      keywords: ["mixotroph"],
      workedSolution:
        "An organism that can be both autotrophic (photosynthesis) and heterotrophic (taking in organic food) is a **mixotroph**. *Euglena* is a facultative mixotroph. Saprotrophs digest dead matter externally; detritivores ingest dead matter; obligate autotrophs cannot feed heterotrophically. **Answer: D.**",
    }),
    written({
      key: "biology-b4-2-02",
      levels: BOTH,
      topicCode: "B4.2",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between the nutrition of a saprotroph and a detritivore. [2]",
      markscheme: [
        p("p1", "saprotrophs secrete digestive enzymes onto dead organic matter and absorb the products (external digestion)", [
          "secrete",
          "external",
          "absorb",
        ]),
        p("p2", "detritivores ingest dead organic matter and digest it internally", ["ingest", "internal"]),
        p("p3", "examples: saprotrophs are bacteria / fungi; detritivores are earthworms / woodlice", ["fungi", "earthworm"]),
      ],
      workedSolution:
        "Both are heterotrophs that feed on dead organic matter; the difference is where digestion happens. A **saprotroph** (e.g. a fungus or bacterium) secretes enzymes onto the dead material and absorbs the digested products — external digestion. A **detritivore** (e.g. an earthworm) eats the dead material and digests it inside its gut.",
    }),
    written({
      key: "biology-b4-2h-01",
      levels: HL,
      topicCode: "B4.2H",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the difference between the fundamental niche and the realized niche of a species, with reference to the principle of competitive exclusion. [3]",
      markscheme: [
        p("p1", "fundamental niche: full range of conditions / resources a species could use / tolerate (in the absence of competitors)", [
          "fundamental",
          "could",
          "potential",
        ]),
        p("p2", "realized niche: the part of the fundamental niche a species actually occupies", ["realized", "actually"]),
        p("p3", "realized niche is smaller because of competition / other biotic interactions", ["competition", "smaller"]),
        p("p4", "competitive exclusion: two species cannot occupy the same niche indefinitely in the same place", ["competitive exclusion", "same niche"]),
        p("p5", "the weaker competitor is excluded / becomes locally extinct or restricted to part of its niche (niche partitioning)", [
          "extinct",
          "excluded",
          "partition",
        ]),
      ],
      workedSolution:
        "Any three points.\n\nA species' **fundamental niche** is everything it could potentially do and everywhere it could live, given its tolerances. Its **realized niche** is the part it actually occupies, which is usually smaller because of competition with other species. The competitive exclusion principle states that two species with identical niches cannot coexist indefinitely: one outcompetes the other, which either disappears locally or is restricted to a part of its fundamental niche where it is the better competitor.",
    }),
    mcq({
      key: "biology-b4-2h-02",
      levels: HL,
      topicCode: "B4.2H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which is a **chemical** adaptation of a plant that reduces herbivory?",
      options: [
        "Dense hairs on the leaf surface",
        "Growth of sharp thorns on stems",
        "Production of toxic secondary compounds such as alkaloids",
        "Rapid regrowth from underground stems after grazing",
      ],
      correct: "C",
      point: "toxic secondary metabolites (e.g. alkaloids)",
      keywords: ["toxic", "alkaloid", "secondary"],
      workedSolution:
        "Plants defend themselves physically (thorns, hairs, tough leaves) and chemically. Producing **toxic secondary compounds**, such as alkaloids in potato leaves, is a chemical defence. Thorns and hairs are physical; regrowth is tolerance of grazing rather than a defence. **Answer: C.**",
    }),
    // ───────────────────────────── Theme C: Interaction and interdependence ─────────────────────────────
    mcq({
      key: "biology-c1-1-01",
      levels: BOTH,
      topicCode: "C1.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "How do enzymes increase the rate of a reaction?",
      options: [
        "By supplying energy from ATP to the substrate",
        "By increasing the kinetic energy of substrate molecules",
        "By shifting the equilibrium towards the products",
        "By lowering the activation energy of the reaction",
      ],
      correct: "D",
      point: "lowering activation energy",
      keywords: ["activation energy"],
      workedSolution:
        "Binding to the active site stresses bonds in the substrate, so less energy is needed to reach the transition state — the enzyme **lowers the activation energy**. Enzymes do not give molecules more kinetic energy, do not change the position of equilibrium and do not necessarily use ATP. **Answer: D.**",
    }),
    numeric({
      key: "biology-c1-1-02",
      levels: BOTH,
      topicCode: "C1.1",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "The rate of oxygen production by the enzyme catalase was 0.80 cm³ s⁻¹ at pH 7 and 0.52 cm³ s⁻¹ at pH 5.\n\nCalculate the percentage change in the rate of oxygen production when the pH was changed from 7 to 5. Give a decrease as a negative value. [2]",
      answer: { value: -35, unit: "%", tolerance: 0.5 },
      markscheme: [p("p1", String.raw`$\dfrac{0.52 - 0.80}{0.80} \times 100$ / change = −0.28 cm³ s⁻¹`, ["0.28"]), p("p2", "−35 % / 35 % decrease", ["35"])],
      workedSolution: String.raw`Percentage change $= \dfrac{\text{new} - \text{original}}{\text{original}} \times 100$.

$\dfrac{0.52 - 0.80}{0.80} \times 100 = \dfrac{-0.28}{0.80} \times 100 = -35\ \%$

The rate **decreased by 35 %** (enter −35). Always divide by the *original* value (0.80), not the new one.`,
    }),
    written({
      key: "biology-c1-1-03",
      levels: BOTH,
      topicCode: "C1.1",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the effect of increasing temperature on the rate of an enzyme-catalysed reaction. [4]",
      markscheme: [
        p("p1", "as temperature rises, molecules have more kinetic energy / move faster", ["kinetic energy", "faster"]),
        p("p2", "so collisions between substrate and active site are more frequent / more enzyme–substrate complexes form", [
          "collision",
          "enzyme-substrate",
          "complex",
        ]),
        p("p3", "rate increases up to an optimum temperature", ["optimum"]),
        p("p4", "above the optimum, bonds (e.g. hydrogen bonds) in the enzyme break / the enzyme is denatured", ["denatur", "bonds"]),
        p("p5", "the active site changes shape so the substrate no longer binds", ["active site", "shape"]),
        p("p6", "rate falls steeply / reaches zero when all enzyme is denatured", ["falls", "steep", "zero"]),
      ],
      workedSolution:
        "Any four points.\n\nAs temperature increases, enzyme and substrate molecules move faster, so they collide more often and more enzyme–substrate complexes form per second: the rate rises. This continues up to the optimum temperature. Above the optimum, vibrations break the hydrogen and other bonds that hold the enzyme's tertiary structure, so the active site changes shape and substrates can no longer bind. The enzyme is denatured and the rate falls rapidly, eventually to zero.",
    }),
    mcq({
      key: "biology-c1-1-04",
      levels: BOTH,
      topicCode: "C1.1",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which statement describes the induced-fit model of enzyme action?",
      options: [
        "Substrate binding changes the active site's shape slightly, giving a tighter fit that strains bonds.",
        "The active site is a rigid shape, exactly complementary to the substrate even before the substrate binds.",
        "The enzyme is permanently changed by the reaction and must be replaced.",
        "The substrate changes the shape of the enzyme so that any molecule can bind.",
      ],
      correct: "A",
      point: "substrate binding induces a conformational change in the active site",
      keywords: ["change shape", "induced"],
      workedSolution:
        "In the **induced-fit** model, the active site is not a perfectly rigid 'lock': when the substrate binds, both the enzyme and substrate change shape slightly, so they fit more closely and bonds in the substrate are strained, lowering activation energy. The enzyme is unchanged after the reaction and is still specific. Option B is the older lock-and-key model. **Answer: A.**",
    }),
    written({
      key: "biology-c1-1h-01",
      levels: HL,
      topicCode: "C1.1H",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between competitive and non-competitive inhibition of enzymes. [4]",
      markscheme: [
        p("p1", "competitive inhibitor is similar in shape to the substrate whereas non-competitive inhibitor is not", ["similar", "shape"]),
        p("p2", "competitive inhibitor binds to the active site whereas non-competitive binds to an allosteric site / site other than the active site", [
          "active site",
          "allosteric",
        ]),
        p("p3", "competitive inhibitor blocks the active site whereas non-competitive changes the shape of the active site", ["blocks", "changes shape"]),
        p("p4", "effect of competitive inhibitor is reduced by increasing substrate concentration whereas non-competitive is not", ["substrate concentration"]),
        p("p5", "competitive: maximum rate can still be reached at high substrate concentration whereas non-competitive lowers the maximum rate", [
          "maximum rate",
          "Vmax",
        ]),
        p("p6", "named examples, e.g. statins (competitive) / cyanide or heavy metals (non-competitive)", ["statin", "cyanide"]),
      ],
      workedSolution:
        "Any four, each a clear contrast.\n\nA **competitive** inhibitor resembles the substrate and binds to the active site, blocking it; since substrate and inhibitor compete, adding more substrate reduces the inhibition and the same maximum rate can eventually be reached. A **non-competitive** inhibitor is not similar to the substrate and binds elsewhere (an allosteric site), changing the shape of the active site; more substrate cannot overcome this, so the maximum rate is lowered.",
    }),
    mcq({
      key: "biology-c1-1h-02",
      levels: HL,
      topicCode: "C1.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "In bacteria, isoleucine is made from threonine by a five-step pathway. When isoleucine accumulates, it binds to threonine deaminase, the enzyme catalysing the first step, and inhibits it. What type of control is this?",
      options: [
        "Irreversible mechanism-based inhibition",
        "Competitive inhibition at the active site of the last enzyme in the pathway",
        "End-product inhibition at an allosteric site of the first enzyme",
        "Positive feedback that speeds up the pathway",
      ],
      correct: "C",
      point: "end-product inhibition acting allosterically on the first enzyme",
      keywords: ["end-product", "feedback", "allosteric"],
      workedSolution:
        "The final product of a pathway inhibiting the first enzyme is **end-product (negative feedback) inhibition**. Isoleucine does not resemble threonine; it binds to an allosteric site and changes the active site shape, which is reversible. When isoleucine levels fall, it detaches and the pathway restarts. **Answer: C.**",
    }),
    mcq({
      key: "biology-c1-2-01",
      levels: BOTH,
      topicCode: "C1.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "What are the products of anaerobic cell respiration in yeast?",
      options: ["Lactate only", "Ethanol and carbon dioxide", "Ethanol and oxygen", "Lactate and carbon dioxide"],
      correct: "B",
      point: "ethanol and carbon dioxide (plus a small yield of ATP)",
      keywords: ["ethanol", "carbon dioxide"],
      workedSolution:
        "In yeast, pyruvate from glycolysis is converted to **ethanol and carbon dioxide** (used in baking and brewing). Humans produce lactate instead; no anaerobic pathway produces oxygen. **Answer: B.**",
    }),
    written({
      key: "biology-c1-2-02",
      levels: BOTH,
      topicCode: "C1.2",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Compare and contrast",
      stem: "Compare and contrast aerobic and anaerobic cell respiration in humans. [4]",
      markscheme: [
        p("p1", "both: start with glycolysis / in the cytoplasm / glucose as substrate", ["glycolysis", "cytoplasm"]),
        p("p2", "both: produce ATP", ["ATP"]),
        p("p3", "aerobic requires oxygen whereas anaerobic does not", ["oxygen"]),
        p("p4", "aerobic gives a much larger yield of ATP per glucose (about 30+) than anaerobic (2)", ["yield", "30", "2 ATP"]),
        p("p5", "aerobic produces carbon dioxide and water whereas anaerobic produces lactate", ["lactate", "carbon dioxide", "water"]),
        p("p6", "aerobic continues in mitochondria whereas anaerobic happens only in the cytoplasm", ["mitochondria"]),
      ],
      workedSolution:
        "Award up to 4; at least one similarity is needed for full marks.\n\n**Similarities:** both use glucose, both begin with glycolysis in the cytoplasm, and both produce ATP.\n\n**Differences:** aerobic respiration requires oxygen, continues in mitochondria, produces carbon dioxide and water and yields over 30 ATP per glucose. Anaerobic respiration needs no oxygen, happens entirely in the cytoplasm, produces lactate and yields only 2 ATP — but it allows short bursts of intense activity.",
    }),
    numeric({
      key: "biology-c1-2-03",
      levels: BOTH,
      topicCode: "C1.2",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "Germinating seeds were placed in a respirometer containing potassium hydroxide, which absorbs carbon dioxide. As the seeds used oxygen, a coloured liquid moved 12 mm along a capillary tube of internal radius 0.50 mm in 5.0 minutes.\n\nCalculate the rate of oxygen consumption in mm³ min⁻¹, giving your answer to two significant figures. [3]",
      answer: { value: 1.9, unit: "mm³ min⁻¹", sigFigs: 2, sigFigsExact: true, tolerance: 0.05 },
      markscheme: [
        p("p1", String.raw`volume $= \pi r^2 l$ used`, ["πr²", "pi"]),
        p("p2", String.raw`volume $= \pi \times 0.50^2 \times 12 = 9.4\ \text{mm}^3$`, ["9.4"]),
        p("p3", "rate = 9.4 ÷ 5.0 = 1.9 mm³ min⁻¹", ["1.9"]),
      ],
      workedSolution: String.raw`The liquid moves because oxygen is used and the CO₂ produced is absorbed, so the distance moved measures the volume of oxygen consumed. The air in the tube is a cylinder:

1. Volume $= \pi r^2 l = 3.1416 \times 0.50^2 \times 12 = 9.42\ \text{mm}^3$.
2. Rate $= \dfrac{9.42}{5.0} = 1.88 \approx$ **1.9 mm³ min⁻¹**.`,
    }),
    written({
      key: "biology-c1-2h-01",
      levels: HL,
      topicCode: "C1.2H",
      difficulty: 4,
      marks: 6,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how ATP is produced by oxidative phosphorylation in mitochondria. [6]",
      markscheme: [
        p("p1", "reduced NAD / NADH and reduced FAD / FADH₂ donate electrons to the electron transport chain", ["NADH", "reduced NAD", "FADH"]),
        p("p2", "electron transport chain is located on the inner mitochondrial membrane / cristae", ["inner membrane", "cristae"]),
        p("p3", "electrons pass from carrier to carrier, releasing energy", ["carrier", "energy"]),
        p("p4", "energy is used to pump protons from the matrix into the intermembrane space", ["pump", "proton", "intermembrane"]),
        p("p5", "creating a proton / H⁺ concentration gradient (high in the small intermembrane space)", ["gradient"]),
        p("p6", "protons diffuse back into the matrix through ATP synthase / chemiosmosis", ["ATP synthase", "chemiosmosis"]),
        p("p7", "ATP synthase uses this energy to phosphorylate ADP to ATP", ["ADP", "phosphorylat"]),
        p("p8", "oxygen is the final electron acceptor, combining with electrons and protons to form water", ["final electron acceptor", "water"]),
        p("p9", "removal of electrons by oxygen allows the chain to continue", ["continue"]),
      ],
      workedSolution:
        "Any six points.\n\n**Model answer:** Reduced NAD and reduced FAD from glycolysis, the link reaction and the Krebs cycle give up electrons (and protons) to the electron transport chain in the inner mitochondrial membrane. As electrons pass along the chain of carriers they release energy, which is used to pump protons from the matrix into the narrow intermembrane space, building a steep proton gradient. Protons can only flow back through ATP synthase; this flow (chemiosmosis) drives the phosphorylation of ADP to ATP. At the end of the chain, oxygen accepts the electrons and combines with protons to form water — without oxygen to remove electrons, the chain stops.",
    }),
    mcq({
      key: "biology-c1-2h-02",
      levels: HL,
      topicCode: "C1.2H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which products are formed in **one turn** of the Krebs cycle (one acetyl group oxidized)?",
      options: [
        "2 CO₂, 3 reduced NAD, 1 reduced FAD, 1 ATP",
        "1 CO₂, 1 reduced NAD, 2 ATP",
        "2 pyruvate, 2 reduced NAD, 2 ATP",
        "6 CO₂, 10 reduced NAD, 2 reduced FAD, 4 ATP",
      ],
      correct: "A",
      point: "2 CO₂, 3 NADH, 1 FADH₂, 1 ATP per turn",
      keywords: ["2 CO2", "3", "1 ATP"],
      workedSolution:
        "The acetyl group (2 carbons) joins oxaloacetate; two decarboxylations release **2 CO₂**; four oxidations produce **3 reduced NAD and 1 reduced FAD**; and **1 ATP** is made by substrate-level phosphorylation. Per glucose the cycle turns twice, giving double these amounts. Option C describes glycolysis. **Answer: A.**",
    }),
    mcq({
      key: "biology-c1-2h-03",
      levels: HL,
      topicCode: "C1.2H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What happens in the link reaction of aerobic respiration?",
      options: [
        "Pyruvate loses CO₂ and is oxidized, and the acetyl group joins coenzyme A.",
        "Glucose is phosphorylated using two ATP molecules and split into two triose phosphates.",
        "Oxaloacetate is regenerated from citrate.",
        "Electrons are passed to oxygen, forming water.",
      ],
      correct: "A",
      point: "oxidative decarboxylation of pyruvate to acetyl-CoA (CO₂ and reduced NAD formed)",
      keywords: ["pyruvate", "acetyl", "coenzyme A"],
      workedSolution:
        "After pyruvate enters the mitochondrial matrix, it loses CO₂ (decarboxylation) and hydrogen to NAD (oxidation), and the remaining acetyl group is attached to **coenzyme A**, forming acetyl-CoA for the Krebs cycle. B is the start of glycolysis, C is part of the Krebs cycle and D is the end of the electron transport chain. **Answer: A.**",
    }),
    numeric({
      key: "biology-c1-3-01",
      levels: BOTH,
      topicCode: "C1.3",
      difficulty: 1,
      marks: 1,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "Photosynthetic pigments from a leaf were separated by thin-layer chromatography. The solvent front moved 7.0 cm from the origin and a yellow pigment moved 4.2 cm.\n\nCalculate the Rf value of the yellow pigment. [1]",
      answer: { value: 0.6, tolerance: 0.005 },
      markscheme: [p("p1", "Rf = 4.2 ÷ 7.0 = 0.60 (no units)", ["0.6"])],
      workedSolution: String.raw`$R_f = \dfrac{\text{distance moved by pigment}}{\text{distance moved by solvent front}} = \dfrac{4.2}{7.0} = \mathbf{0.60}$

Rf has no units and is always between 0 and 1.`,
    }),
    written({
      key: "biology-c1-3-02",
      levels: BOTH,
      topicCode: "C1.3",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the effect of increasing light intensity on the rate of photosynthesis. [3]",
      markscheme: [
        p("p1", "at low light intensity, rate increases as light intensity increases / rate is proportional to light intensity", ["increases", "proportional"]),
        p("p2", "light is the limiting factor at low intensities", ["limiting factor"]),
        p("p3", "more light means more excitation of chlorophyll / more photolysis / more ATP and reduced NADP", ["ATP", "photolysis", "excit"]),
        p("p4", "at higher intensities the rate levels off / reaches a plateau", ["plateau", "levels off"]),
        p("p5", "because another factor, e.g. CO₂ concentration / temperature, becomes limiting", ["carbon dioxide", "CO2", "temperature"]),
      ],
      workedSolution:
        "Any three points.\n\nAt low light intensities, light is the limiting factor: increasing it excites more electrons in chlorophyll, so more ATP and reduced NADP are produced and the rate rises roughly in proportion. At higher intensities the curve levels off, because the light-dependent reactions are now producing ATP and NADPH faster than they can be used — another factor such as CO₂ concentration or temperature has become limiting.",
    }),
    mcq({
      key: "biology-c1-3-03",
      levels: BOTH,
      topicCode: "C1.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What does an action spectrum for photosynthesis show?",
      options: [
        "The colours of light reflected by leaves",
        "The percentage of each wavelength absorbed by a single pigment",
        "The distance each pigment moves in chromatography",
        "The rate of photosynthesis at each wavelength of light",
      ],
      correct: "D",
      point: "rate of photosynthesis against wavelength",
      keywords: ["rate", "wavelength"],
      workedSolution:
        "An **action spectrum** plots the *rate of photosynthesis* against wavelength; an **absorption spectrum** plots the *percentage of light absorbed* by a pigment. The two are similar in shape (peaks in blue and red) because absorbed light drives photosynthesis. **Answer: D.**",
    }),
    written({
      key: "biology-c1-3-04",
      levels: BOTH,
      topicCode: "C1.3",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Suggest",
      stem: "In free-air carbon dioxide enrichment (FACE) experiments, crop plants are grown in fields where extra CO₂ is released to raise its concentration to levels expected later this century. Suggest advantages and limitations of this approach for predicting future crop growth. [3]",
      markscheme: [
        p("p1", "advantage: plants grow in natural field conditions (soil, weather, pests) rather than in greenhouses, so results are more realistic", [
          "field",
          "natural",
          "realistic",
        ]),
        p("p2", "advantage: shows whether CO₂ is limiting / how much yield may rise with higher CO₂", ["limiting", "yield"]),
        p("p3", "limitation: other factors will also change in future, e.g. temperature / rainfall, and are not simulated", [
          "temperature",
          "rainfall",
          "other factors",
        ]),
        p("p4", "limitation: responses differ between species / C3 and C4 plants, so results cannot be generalized", ["species", "C4"]),
        p("p5", "limitation: plants may acclimatize over longer periods / experiments are short and expensive", ["acclimat", "expensive", "short"]),
      ],
      workedSolution:
        "Any three points, including at least one advantage and one limitation.\n\nFACE experiments let scientists see how crops respond to raised CO₂ under real field conditions — real soil, weather, pests and competition — which is more realistic than a greenhouse. However, in the future temperature, rainfall and ozone will change too, and these are not simulated; different species respond differently; and experiments last only a few seasons, so long-term acclimatization may be missed.",
    }),
    mcq({
      key: "biology-c1-3h-01",
      levels: HL,
      topicCode: "C1.3H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "What is the immediate product of the reaction catalysed by Rubisco in the Calvin cycle?",
      options: ["Two molecules of glycerate-3-phosphate", "Two molecules of triose phosphate", "Ribulose bisphosphate", "One molecule of glucose"],
      correct: "A",
      point: "glycerate-3-phosphate (GP), two per CO₂ fixed",
      keywords: ["glycerate", "GP"],
      workedSolution:
        "Rubisco fixes CO₂ by adding it to the 5-carbon **ribulose bisphosphate (RuBP)**; the unstable 6-carbon product immediately splits into **two glycerate-3-phosphate** molecules. GP is then reduced to triose phosphate using ATP and reduced NADP; most triose phosphate regenerates RuBP. **Answer: A.**",
    }),
    written({
      key: "biology-c1-3h-02",
      levels: HL,
      topicCode: "C1.3H",
      difficulty: 5,
      marks: 6,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how the light-dependent reactions of photosynthesis produce ATP and reduced NADP. [6]",
      markscheme: [
        p("p1", "light is absorbed by chlorophyll / pigments in photosystems in the thylakoid membranes", ["photosystem", "thylakoid", "chlorophyll"]),
        p("p2", "electrons in the reaction centre are excited / raised to a higher energy level", ["excited", "higher energy"]),
        p("p3", "photolysis of water in photosystem II replaces these electrons, releasing oxygen and protons", ["photolysis", "oxygen"]),
        p("p4", "excited electrons pass along an electron transport chain (from PSII to PSI)", ["electron transport chain"]),
        p("p5", "energy released is used to pump protons into the thylakoid space", ["pump", "thylakoid space"]),
        p("p6", "protons flow back through ATP synthase / chemiosmosis produces ATP (photophosphorylation)", [
          "ATP synthase",
          "chemiosmosis",
          "photophosphorylation",
        ]),
        p("p7", "electrons are re-excited in photosystem I", ["photosystem I", "PSI"]),
        p("p8", "electrons from PSI reduce NADP (to NADPH / reduced NADP)", ["NADP"]),
        p("p9", "in cyclic photophosphorylation, electrons from PSI return to the chain, producing ATP but no reduced NADP", ["cyclic"]),
      ],
      workedSolution:
        "Any six points.\n\n**Model answer:** Light absorbed by pigments in photosystem II excites electrons in the reaction-centre chlorophyll, which are passed to an electron transport chain in the thylakoid membrane. The lost electrons are replaced by the photolysis of water, releasing O₂ and H⁺. As electrons move along the chain, their energy pumps protons into the thylakoid space; the protons flow back through ATP synthase, generating ATP by chemiosmosis (photophosphorylation). The electrons reach photosystem I, are re-excited by light and are used to reduce NADP to reduced NADP. When more ATP is needed, electrons from PSI can instead cycle back to the chain (cyclic photophosphorylation), making ATP only.",
    }),
    mcq({
      key: "biology-c2-1-01",
      levels: HL,
      topicCode: "C2.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Why do steroid hormones such as oestradiol bind to receptors inside target cells, whereas peptide hormones such as insulin bind to receptors in the plasma membrane?",
      options: [
        "Peptide hormones are broken down as soon as they enter the cytoplasm.",
        "Steroids are larger molecules than peptides, so they need receptors inside the cell to hold them.",
        "Steroids are hydrophobic so diffuse through the phospholipid bilayer; peptides are hydrophilic.",
        "Steroids enter by endocytosis, while peptides enter through channel proteins.",
      ],
      correct: "C",
      point: "steroids are lipid-soluble / hydrophobic so cross the membrane",
      keywords: ["hydrophobic", "lipid", "diffuse"],
      workedSolution:
        "Steroid hormones are **hydrophobic** (lipid-soluble), so they diffuse through the membrane and bind receptors in the cytoplasm or nucleus, often acting directly on gene transcription. Peptide hormones are hydrophilic, cannot cross the bilayer, and bind to transmembrane receptors, which trigger signalling inside the cell. **Answer: C.**",
    }),
    written({
      key: "biology-c2-1-02",
      levels: HL,
      topicCode: "C2.1",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how adrenaline (epinephrine) binding to a G-protein-coupled receptor causes a response inside a liver cell. [4]",
      markscheme: [
        p("p1", "adrenaline binds to the receptor on the outer surface of the plasma membrane / does not enter the cell", ["binds", "receptor", "surface"]),
        p("p2", "receptor changes shape / conformation and activates a G protein (GDP replaced by GTP)", ["G protein", "GTP"]),
        p("p3", "G protein activates adenylyl cyclase", ["adenylyl cyclase", "adenylate"]),
        p("p4", "which converts ATP to cyclic AMP / cAMP, the second messenger", ["cAMP", "cyclic AMP", "second messenger"]),
        p("p5", "cAMP activates protein kinase(s), starting a cascade that amplifies the signal", ["kinase", "cascade", "amplif"]),
        p("p6", "leading to glycogen breakdown / release of glucose into the blood", ["glycogen", "glucose"]),
      ],
      workedSolution:
        "Any four points.\n\nAdrenaline cannot cross the membrane, so it binds to a G-protein-coupled receptor on the cell surface. The receptor changes shape and activates a G protein inside the cell by swapping its GDP for GTP. The G protein activates adenylyl cyclase, which makes many cyclic AMP molecules from ATP. cAMP, the second messenger, activates protein kinase A, which triggers an enzyme cascade; each step amplifies the signal, and finally glycogen phosphorylase breaks glycogen down so that glucose is released into the blood.",
    }),
    mcq({
      key: "biology-c2-1-03",
      levels: HL,
      topicCode: "C2.1",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "The bacterium *Vibrio fischeri* only produces light when its population density is high. Which mechanism explains this?",
      options: [
        "High density causes mutations in the genes for light production.",
        "Cells only receive enough sunlight to photosynthesize and power light production at high density.",
        "Crowded cells run short of oxygen, and low oxygen switches on the genes for light production.",
        "Each cell releases a signalling molecule; above a threshold it switches on the light genes.",
      ],
      correct: "D",
      point: "quorum sensing via autoinducer concentration reaching a threshold",
      keywords: ["quorum", "threshold", "signalling molecule"],
      workedSolution:
        "This is **quorum sensing**: every cell secretes a small signalling molecule (autoinducer). Its concentration only becomes high enough to bind receptors and activate transcription of the light-producing (luciferase) genes when many bacteria are present together. **Answer: D.**",
    }),
    mcq({
      key: "biology-c2-2-01",
      levels: BOTH,
      topicCode: "C2.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What causes depolarization of a neuron's membrane during an action potential?",
      options: [
        "The sodium–potassium pump moving sodium ions into the axon",
        "Potassium ions diffusing out of the axon through voltage-gated channels",
        "Sodium ions diffusing into the axon through voltage-gated channels",
        "Chloride ions diffusing into the axon",
      ],
      correct: "C",
      point: "Na⁺ influx through voltage-gated sodium channels",
      keywords: ["sodium", "into", "voltage-gated"],
      workedSolution:
        "When the threshold is reached, **voltage-gated sodium channels** open and Na⁺ diffuses rapidly *into* the axon, making the inside positive (depolarization). K⁺ moving out causes repolarization; the sodium–potassium pump moves Na⁺ *out*, not in. **Answer: C.**",
    }),
    written({
      key: "biology-c2-2-02",
      levels: BOTH,
      topicCode: "C2.2",
      difficulty: 3,
      marks: 6,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how a nerve impulse is transmitted across a cholinergic synapse. [6]",
      markscheme: [
        p("p1", "action potential / depolarization arrives at the presynaptic terminal", ["presynaptic", "arrives"]),
        p("p2", "voltage-gated calcium channels open and Ca²⁺ diffuses into the presynaptic neuron", ["calcium"]),
        p("p3", "vesicles containing acetylcholine fuse with the presynaptic membrane / exocytosis", ["vesicle", "exocytosis"]),
        p("p4", "acetylcholine diffuses across the synaptic cleft", ["diffuses", "cleft"]),
        p("p5", "acetylcholine binds to receptors on the postsynaptic membrane", ["receptor", "postsynaptic"]),
        p("p6", "ligand-gated sodium channels open and Na⁺ enters, depolarizing the postsynaptic membrane", ["sodium", "depolariz", "ligand"]),
        p("p7", "if threshold is reached, an action potential is initiated in the postsynaptic neuron", ["threshold", "action potential"]),
        p("p8", "acetylcholine is broken down by acetylcholinesterase (and choline reabsorbed), ending the signal", ["acetylcholinesterase"]),
      ],
      workedSolution:
        "Any six points.\n\n**Model answer:** When an action potential reaches the end of the presynaptic neuron, the depolarization opens voltage-gated calcium channels and Ca²⁺ floods in. This causes vesicles of acetylcholine to fuse with the presynaptic membrane and release it into the synaptic cleft by exocytosis. Acetylcholine diffuses across the cleft and binds to receptors on the postsynaptic membrane, opening ligand-gated sodium channels. Na⁺ enters and depolarizes the postsynaptic membrane; if the threshold potential is reached, an action potential is triggered. Acetylcholinesterase in the cleft quickly breaks acetylcholine down, and choline is reabsorbed, so the signal does not continue indefinitely.",
    }),
    numeric({
      key: "biology-c2-2-03",
      levels: BOTH,
      topicCode: "C2.2",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "Two electrodes were placed 0.45 m apart on a myelinated motor neuron. An impulse took 6.0 ms to travel from the first electrode to the second.\n\nCalculate the conduction speed of the impulse in m s⁻¹. [2]",
      answer: { value: 75, unit: "m s⁻¹", tolerance: 0.5 },
      markscheme: [p("p1", "6.0 ms = 0.0060 s", ["0.006"]), p("p2", "speed = 0.45 ÷ 0.0060 = 75 m s⁻¹", ["75"])],
      workedSolution:
        "Speed = distance ÷ time, with time in seconds.\n\n- 6.0 ms = 6.0 ÷ 1000 = 0.0060 s.\n- Speed = 0.45 ÷ 0.0060 = **75 m s⁻¹**.\n\nSuch a high speed is typical of myelinated neurons, where the impulse jumps between nodes of Ranvier (saltatory conduction).",
    }),
    written({
      key: "biology-c2-2-04",
      levels: BOTH,
      topicCode: "C2.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Describe",
      stem: "Describe how the resting potential of a neuron is generated and maintained. [3]",
      markscheme: [
        p("p1", "sodium–potassium pumps use ATP to move 3 Na⁺ out for every 2 K⁺ in", ["pump", "3 Na", "2 K"]),
        p("p2", "creating concentration gradients: high Na⁺ outside, high K⁺ inside", ["gradient"]),
        p("p3", "membrane is more permeable to K⁺ / K⁺ leaks out through channels, more than Na⁺ leaks in", ["leak", "permeable"]),
        p("p4", "negatively charged proteins / organic anions remain inside the axon", ["negative", "protein", "anion"]),
        p("p5", "so the inside is negative relative to the outside, about −70 mV", ["-70", "−70", "negative inside"]),
      ],
      workedSolution:
        "Any three points.\n\nSodium–potassium pumps use ATP to pump three Na⁺ out for every two K⁺ in, so there is more positive charge pumped out than in. The membrane also has potassium leak channels, so K⁺ diffuses back out more easily than Na⁺ diffuses in, and large negatively charged proteins stay inside. The result is a potential difference with the inside about −70 mV relative to the outside.",
    }),
    mcq({
      key: "biology-c2-2h-01",
      levels: HL,
      topicCode: "C2.2H",
      difficulty: 3,
      commandTerm: "Deduce",
      stem: "Neonicotinoid pesticides bind to acetylcholine receptors on the postsynaptic membranes of insect neurons but are not broken down by acetylcholinesterase. What is the effect on the insect?",
      options: [
        "Sodium–potassium pumps stop, so the resting potential is lost immediately.",
        "Release of acetylcholine from presynaptic neurons is prevented by blocking calcium channels.",
        "Acetylcholinesterase is activated, so acetylcholine is broken down faster.",
        "Postsynaptic neurons are continuously stimulated, causing paralysis and death.",
      ],
      correct: "D",
      point: "receptors stay bound/activated, so synaptic transmission is blocked by overstimulation, leading to paralysis",
      keywords: ["paralysis", "continuous", "stimulat"],
      workedSolution:
        "Neonicotinoids act like acetylcholine at its receptors, but because acetylcholinesterase cannot remove them they stay bound, so the receptors remain activated and postsynaptic neurons are **continuously stimulated**. Normal signalling across these synapses is blocked, and the insect is paralysed and dies. Insects are more sensitive than mammals because of differences in their receptors. **Answer: D.**",
    }),
    written({
      key: "biology-c2-2h-02",
      levels: HL,
      topicCode: "C2.2H",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how excitatory and inhibitory synapses together determine whether a postsynaptic neuron fires an action potential. [3]",
      markscheme: [
        p("p1", "neurotransmitter from one excitatory synapse may cause a depolarization that is below the threshold", ["below threshold", "threshold"]),
        p("p2", "summation: depolarizations from several presynaptic neurons (spatial) / repeated impulses (temporal) add together", [
          "summation",
          "spatial",
          "temporal",
        ]),
        p("p3", "inhibitory neurotransmitters, e.g. GABA, hyperpolarize the postsynaptic membrane (Cl⁻ in / K⁺ out)", ["hyperpolariz", "GABA", "inhibitory"]),
        p("p4", "the action potential is only triggered if the combined / net effect reaches threshold", ["net", "combined"]),
        p("p5", "this allows integration of information / decision-making in the nervous system", ["integrat"]),
      ],
      workedSolution:
        "Any three points.\n\nA single excitatory synapse usually releases too little neurotransmitter to depolarize the postsynaptic membrane to threshold. Several excitatory inputs at once (spatial summation) or rapid repeated impulses (temporal summation) add together. Inhibitory synapses release neurotransmitters such as GABA that hyperpolarize the membrane, making it harder to reach threshold. The postsynaptic neuron fires only if the **net** effect of all inputs reaches threshold — this is how neurons integrate information.",
    }),
    written({
      key: "biology-c3-1-01",
      levels: BOTH,
      topicCode: "C3.1",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the events in a pain withdrawal reflex. [4]",
      markscheme: [
        p("p1", "pain receptor / nociceptor in the skin detects the stimulus", ["receptor", "nociceptor"]),
        p("p2", "impulse travels along a sensory neuron to the spinal cord (via the dorsal root)", ["sensory neuron", "spinal cord"]),
        p("p3", "sensory neuron synapses with a relay neuron / interneuron in the grey matter", ["relay", "interneuron", "grey matter"]),
        p("p4", "relay neuron synapses with a motor neuron", ["motor neuron"]),
        p("p5", "motor neuron carries impulse to effector / skeletal muscle, which contracts", ["effector", "muscle", "contract"]),
        p("p6", "the response is rapid / involuntary / does not require the brain", ["rapid", "involuntary", "brain"]),
      ],
      workedSolution:
        "Any four points.\n\nA pain receptor in the skin detects a harmful stimulus (e.g. a hot surface) and starts impulses in a sensory neuron, which enters the spinal cord through the dorsal root. In the grey matter it synapses with a relay neuron, which synapses with a motor neuron. The motor neuron carries impulses out through the ventral root to a skeletal muscle (the effector), which contracts and pulls the hand away. Because the pathway goes through the spinal cord, the response is rapid and involuntary; the brain is informed only afterwards.",
    }),
    mcq({
      key: "biology-c3-1-02",
      levels: BOTH,
      topicCode: "C3.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which gland secretes melatonin, and which process does melatonin help to control?",
      options: [
        "Thyroid gland; basal metabolic rate and body temperature",
        "Pituitary gland; growth of long bones",
        "Pineal gland; the sleep–wake (circadian) cycle",
        "Adrenal gland; the sleep–wake cycle",
      ],
      correct: "C",
      point: "pineal gland; circadian rhythm / sleep",
      keywords: ["pineal", "circadian", "sleep"],
      workedSolution:
        "The **pineal gland** secretes **melatonin** mainly at night (darkness increases secretion). Melatonin helps set **circadian rhythms**, including the sleep–wake cycle. Thyroxine (thyroid) controls metabolic rate; growth hormone (pituitary) controls growth. **Answer: C.**",
    }),
    mcq({
      key: "biology-c3-1-03",
      levels: BOTH,
      topicCode: "C3.1",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "During exercise, blood pH falls as CO₂ concentration rises. Which part of the brain receives signals from chemoreceptors and increases the ventilation rate and heart rate in response?",
      options: ["Medulla oblongata", "Cerebellum", "Cerebral cortex", "Pineal gland"],
      correct: "A",
      point: "medulla oblongata (brainstem)",
      keywords: ["medulla"],
      workedSolution:
        "The **medulla oblongata** in the brainstem contains the respiratory and cardiovascular control centres. It receives impulses from chemoreceptors (e.g. in the aorta and carotid arteries) and sends impulses to the diaphragm and intercostal muscles and to the sinoatrial node, raising ventilation and heart rate. The cerebellum coordinates movement, and the cortex handles conscious thought. **Answer: A.**",
    }),
    written({
      key: "biology-c3-1h-01",
      levels: HL,
      topicCode: "C3.1H",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how auxin causes a plant shoot to grow towards a source of light. [4]",
      markscheme: [
        p("p1", "auxin is produced in the shoot tip", ["tip"]),
        p("p2", "unilateral light causes auxin to be redistributed to the shaded side (via PIN efflux carriers)", ["shaded side", "PIN", "redistribut"]),
        p("p3", "auxin stimulates proton pumping into the cell walls / acidifies the cell walls", ["proton", "acid"]),
        p("p4", "low pH loosens connections between cellulose fibres / activates expansins", ["expansin", "loosen"]),
        p("p5", "so cells on the shaded side elongate more than on the lit side", ["elongat"]),
        p("p6", "the shoot bends towards the light / positive phototropism", ["phototropism", "bends"]),
      ],
      workedSolution:
        "Any four points.\n\nAuxin is made in the shoot tip and moved from cell to cell by PIN efflux carriers. When light comes from one side, the carriers redistribute auxin so that it builds up on the shaded side. Auxin makes cells pump protons into their walls; the acidic conditions activate expansins, which loosen the bonds between cellulose microfibrils, so cells can take in water and elongate. Cells on the shaded side therefore grow longer than those on the lit side, and the shoot bends towards the light — positive phototropism.",
    }),
    mcq({
      key: "biology-c3-1h-02",
      levels: HL,
      topicCode: "C3.1H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which plant growth regulator promotes fruit ripening, and spreads ripening through a batch of fruit by positive feedback?",
      options: ["Gibberellin", "Auxin", "Cytokinin", "Ethylene"],
      correct: "D",
      point: "ethylene",
      keywords: ["ethylene"],
      workedSolution:
        "**Ethylene** is a gas that triggers ripening (softening, colour change, conversion of starch to sugar). Ripening fruit produces more ethylene, which ripens nearby fruit, which produce more ethylene — positive feedback, which is why 'one bad apple spoils the barrel'. **Answer: D.**",
    }),
    mcq({
      key: "biology-c3-2-01",
      levels: BOTH,
      topicCode: "C3.2",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Why are antibiotics ineffective against viral infections?",
      options: [
        "Viruses mutate so quickly that they become resistant before an antibiotic can act.",
        "Viruses hide inside host cells, where antibiotics cannot reach a high enough concentration.",
        "Viruses lack the structures and metabolism, such as 70S ribosomes, that antibiotics target.",
        "Viruses have thick cell walls that antibiotics cannot penetrate.",
      ],
      correct: "C",
      point: "viruses have no metabolism / bacterial targets for antibiotics",
      keywords: ["metabolism", "cell wall", "ribosome"],
      workedSolution:
        "Antibiotics block processes specific to bacteria, such as cell wall synthesis or protein synthesis on 70S ribosomes. Viruses have no metabolism of their own — they use the host cell's machinery — so there is nothing for antibiotics to act on. Viruses have no cell walls. **Answer: C.**",
    }),
    written({
      key: "biology-c3-2-02",
      levels: BOTH,
      topicCode: "C3.2",
      difficulty: 3,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how vaccination can give long-term immunity to an infectious disease. [5]",
      markscheme: [
        p("p1", "vaccine contains antigens / weakened or inactivated pathogen / mRNA coding for an antigen", ["antigen", "weakened", "mRNA"]),
        p("p2", "antigens are presented by phagocytes / macrophages and activate helper T-lymphocytes", ["helper T", "macrophage", "phagocyte"]),
        p("p3", "B-lymphocytes with complementary antibodies / receptors bind the antigen and are activated (clonal selection)", [
          "B-lymphocyte",
          "B cell",
          "clonal selection",
        ]),
        p("p4", "activated B cells divide by mitosis / clonal expansion", ["clonal expansion", "mitosis"]),
        p("p5", "forming plasma cells that secrete specific antibodies (primary response)", ["plasma cell", "antibod"]),
        p("p6", "memory cells are produced and persist for years", ["memory cell"]),
        p("p7", "on later exposure, memory cells give a faster, larger secondary response", ["secondary response", "faster"]),
        p("p8", "so the pathogen is destroyed before symptoms develop", ["symptoms"]),
      ],
      workedSolution:
        "Any five points.\n\n**Model answer:** A vaccine introduces antigens from a pathogen (weakened or inactivated pathogen, purified proteins, or mRNA that makes body cells produce an antigen) without causing disease. Macrophages present the antigens and activate helper T cells. The few B-lymphocytes whose antibodies match the antigen are selected and activated, then divide repeatedly (clonal expansion). Most become plasma cells, producing antibodies in a primary response; some become long-lived memory cells. If the real pathogen later enters the body, memory cells respond rapidly, producing more antibodies more quickly in a secondary response, so the pathogen is destroyed before symptoms appear.",
    }),
    mcq({
      key: "biology-c3-2-03",
      levels: BOTH,
      topicCode: "C3.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which is part of the innate (non-specific) immune system?",
      options: [
        "Clonal selection of B-lymphocytes",
        "Antibody secretion by plasma cells in the blood",
        "Production of memory cells",
        "Phagocytosis of bacteria by white blood cells",
      ],
      correct: "D",
      point: "phagocytosis",
      keywords: ["phagocyt"],
      workedSolution:
        "The innate system responds in the same way to any pathogen: skin and mucous membranes, blood clotting and **phagocytes** engulfing pathogens by endocytosis. Antibody production, memory cells and clonal selection are all part of the adaptive (specific) system, carried out by lymphocytes. **Answer: D.**",
    }),
    numeric({
      key: "biology-c3-2-04",
      levels: BOTH,
      topicCode: "C3.2",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "In one region, reported cases of measles fell from 1250 in the year before a vaccination campaign to 180 two years later.\n\nCalculate the percentage decrease in reported cases. [2]",
      answer: { value: 85.6, unit: "%", tolerance: 0.1 },
      markscheme: [p("p1", "decrease = 1250 − 180 = 1070 (cases)", ["1070"]), p("p2", "1070 ÷ 1250 × 100 = 85.6 %", ["85.6"])],
      workedSolution:
        "- Decrease = 1250 − 180 = 1070 cases.\n- Percentage decrease = 1070 ÷ 1250 × 100 = **85.6 %**.\n\nThe decrease shows correlation with the campaign; to argue that vaccination *caused* it you would compare with regions without a campaign and consider other factors (e.g. changes in reporting).",
    }),
    numeric({
      key: "biology-c4-1-01",
      levels: BOTH,
      topicCode: "C4.1",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: String.raw`Students caught 40 woodlice in a garden, marked them with a small dot of non-toxic paint and released them. Two days later they caught 50 woodlice, of which 8 were marked.

Use the Lincoln index, $N = \dfrac{M \times C}{R}$, to estimate the population size of woodlice in the garden. [2]`,
      answer: { value: 250, tolerance: 0 },
      markscheme: [p("p1", "M = 40, C = 50, R = 8 / 40 × 50 = 2000", ["2000"]), p("p2", "N = 2000 ÷ 8 = 250 (woodlice)", ["250"])],
      workedSolution: String.raw`$M$ = number first marked = 40; $C$ = total in second sample = 50; $R$ = marked recaptures = 8.

$N = \dfrac{40 \times 50}{8} = \dfrac{2000}{8} = \mathbf{250}$

Logic: 8 out of 50 (16 %) of the second sample were marked, so the 40 marked animals are about 16 % of the population: 40 ÷ 0.16 = 250. The method assumes marks are not lost, marking does not affect survival, animals mix randomly, and there are no births, deaths or migration between samples.`,
    }),
    mcq({
      key: "biology-c4-1-02",
      levels: BOTH,
      topicCode: "C4.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which statement describes the transitional phase of a sigmoid (S-shaped) population growth curve?",
      options: [
        "Birth rate still exceeds death rate, but growth slows as limiting factors increase.",
        "Death rate exceeds birth rate, so the population falls.",
        "The population grows exponentially because resources such as food and space are unlimited.",
        "Birth rate equals death rate at the carrying capacity.",
      ],
      correct: "A",
      point: "natality > mortality but the gap narrows as density-dependent limiting factors increase",
      keywords: ["birth rate", "slows", "limiting"],
      workedSolution:
        "In the transitional phase the population is still increasing (birth rate > death rate), but the rate of increase slows as competition for food and space, predation and disease increase with density. The plateau (D) is at the carrying capacity; exponential growth (C) is the earlier phase. **Answer: A.**",
    }),
    numeric({
      key: "biology-c4-1-03",
      levels: BOTH,
      topicCode: "C4.1",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: String.raw`Students recorded the presence or absence of two plant species, P and Q, in 60 randomly placed quadrats:

| | Q present | Q absent | Total |
|---|---|---|---|
| **P present** | 24 | 6 | 30 |
| **P absent** | 8 | 22 | 30 |
| **Total** | 32 | 28 | 60 |

Calculate the chi-squared ($\chi^2$) statistic for a test of association between P and Q, giving your answer to three significant figures. [3]`,
      answer: { value: 17.1, sigFigs: 3, sigFigsExact: true, tolerance: 0.05 },
      markscheme: [
        p("p1", "expected frequencies calculated as row total × column total ÷ grand total: 16, 14, 16, 14", ["16", "14"]),
        p("p2", String.raw`$\chi^2 = \sum \frac{(O-E)^2}{E}$ = 4 + 4.57 + 4 + 4.57`, ["4.57"]),
        p("p3", String.raw`$\chi^2 = 17.1$`, ["17.1"]),
      ],
      workedSolution: String.raw`**1. Expected values** (if P and Q were distributed independently): $E = \dfrac{\text{row total} \times \text{column total}}{\text{grand total}}$.

- P present, Q present: $30 \times 32 / 60 = 16$
- P present, Q absent: $30 \times 28 / 60 = 14$
- P absent, Q present: $30 \times 32 / 60 = 16$
- P absent, Q absent: $30 \times 28 / 60 = 14$

**2.** $\chi^2 = \sum \dfrac{(O-E)^2}{E} = \dfrac{8^2}{16} + \dfrac{8^2}{14} + \dfrac{8^2}{16} + \dfrac{8^2}{14} = 4 + 4.571 + 4 + 4.571 = 17.14$

$\chi^2 \approx$ **17.1**.

**Interpretation:** degrees of freedom = (2 − 1)(2 − 1) = 1; the critical value at $p = 0.05$ is 3.84. Since 17.1 > 3.84, reject the null hypothesis: there is a significant (positive) association — P and Q occur together more often than expected by chance.`,
    }),
    written({
      key: "biology-c4-1-04",
      levels: BOTH,
      topicCode: "C4.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how random quadrat sampling could be used to estimate the population size of a plant species in a field. [3]",
      markscheme: [
        p("p1", "place quadrats at random positions, e.g. using random-number coordinates on a grid", ["random", "coordinates"]),
        p("p2", "count the number of individuals of the species in each quadrat", ["count"]),
        p("p3", "use a large number of quadrats / repeat to increase reliability", ["many", "large number", "repeat"]),
        p("p4", "calculate the mean number per quadrat / population density", ["mean", "density"]),
        p("p5", "multiply by (total area of field ÷ area of one quadrat)", ["total area", "multiply"]),
      ],
      workedSolution:
        "Any three points.\n\nLay out two measuring tapes at right angles along the field edges and use random numbers to choose coordinates, so every part of the field has an equal chance of being sampled. Count the plants in each quadrat, and use many quadrats. Work out the mean number per quadrat, convert this to a density per m², and multiply by the area of the field. For example, a mean of 3.2 plants per 0.25 m² quadrat in a 500 m² field gives 3.2 × (500 ÷ 0.25) = 6400 plants.",
    }),
    mcq({
      key: "biology-c4-1-05",
      levels: BOTH,
      topicCode: "C4.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "*Rhizobium* bacteria live in the root nodules of legumes such as peas. The bacteria fix nitrogen for the plant and receive sugars from it. Which type of interaction is this?",
      options: ["Interspecific competition", "Parasitism", "Mutualism", "Predation"],
      correct: "C",
      point: "mutualism (both species benefit)",
      keywords: ["mutualism"],
      workedSolution:
        "Both species benefit — the plant gains usable nitrogen compounds and the bacteria gain carbohydrates and a protected habitat — so this is **mutualism**. In parasitism one species benefits at the other's expense; in competition both are harmed. **Answer: C.**",
    }),
    numeric({
      key: "biology-c4-2-01",
      levels: BOTH,
      topicCode: "C4.2",
      difficulty: 2,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "In a grassland, the net primary production of the producers was 24 000 kJ m⁻² y⁻¹. The energy passed to primary consumers was 2160 kJ m⁻² y⁻¹.\n\nCalculate the percentage efficiency of energy transfer from producers to primary consumers. [2]",
      answer: { value: 9, unit: "%", tolerance: 0.05 },
      markscheme: [p("p1", String.raw`$\dfrac{2160}{24\,000} \times 100$`, ["2160", "24000", "24 000"]), p("p2", "9.0 %", ["9"])],
      workedSolution: String.raw`Efficiency $= \dfrac{\text{energy passed to next level}}{\text{energy in this level}} \times 100 = \dfrac{2160}{24\,000} \times 100 = \mathbf{9.0\ \%}$

This is close to the commonly quoted figure of about 10 %.`,
    }),
    written({
      key: "biology-c4-2-02",
      levels: BOTH,
      topicCode: "C4.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why food chains rarely have more than four or five trophic levels. [3]",
      markscheme: [
        p("p1", "energy is lost at each trophic level / only about 10 % passes to the next level", ["10", "lost"]),
        p("p2", "energy is lost as heat from cell respiration", ["heat", "respiration"]),
        p("p3", "not all of the organism is eaten / some is not digested and is egested in faeces", ["not eaten", "faeces", "egest"]),
        p("p4", "energy in dead organisms / undigested material passes to decomposers instead", ["decomposer"]),
        p("p5", "so too little energy remains to support a further trophic level / a viable population", ["too little", "insufficient"]),
      ],
      workedSolution:
        "Any three points.\n\nAt each trophic level most energy is not passed on: much is released as heat by cell respiration, some parts of organisms are never eaten, and some food is not digested and is lost in faeces to decomposers. Typically only about 10 % of the energy reaches the next level, so after four or five transfers there is too little energy left to support a viable population of a further consumer.",
    }),
    mcq({
      key: "biology-c4-2-03",
      levels: BOTH,
      topicCode: "C4.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which process in the carbon cycle transfers carbon from the atmosphere into organic compounds?",
      options: ["Photosynthesis", "Cell respiration", "Combustion", "Decomposition"],
      correct: "A",
      point: "photosynthesis (carbon fixation)",
      keywords: ["photosynthesis"],
      workedSolution:
        "Autotrophs fix CO₂ from the air (or water) into carbohydrates in **photosynthesis**. Respiration, combustion and decomposition all do the opposite, returning carbon to the atmosphere as CO₂. **Answer: A.**",
    }),
    written({
      key: "biology-c4-2-04",
      levels: BOTH,
      topicCode: "C4.2",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between gross primary production and net primary production. [2]",
      markscheme: [
        p("p1", "gross primary production is the total biomass / energy produced (fixed) by producers in photosynthesis", ["gross", "total"]),
        p("p2", "net primary production is gross primary production minus the energy / biomass used in the producers' own respiration", [
          "minus",
          "respiration",
        ]),
        p("p3", "NPP is the biomass / energy available to consumers / primary consumers", ["available", "consumers"]),
      ],
      workedSolution:
        "**GPP** is the total amount of carbon compounds (biomass or energy) made by producers through photosynthesis in a given area and time. **NPP** = GPP − respiration: it is what remains after the producers' own respiration and so is the amount available to consumers. Any two points.",
    }),
    // ───────────────────────────── Theme D: Continuity and change ─────────────────────────────
    mcq({
      key: "biology-d1-1-01",
      levels: BOTH,
      topicCode: "D1.1",
      difficulty: 3,
      commandTerm: "Deduce",
      stem: "Bacteria were grown for many generations in a medium containing only heavy nitrogen (¹⁵N), then transferred to a medium containing only light nitrogen (¹⁴N). After **two** rounds of DNA replication in ¹⁴N, DNA was extracted and centrifuged. What result is expected if replication is semi-conservative?",
      options: [
        "100 % hybrid (¹⁵N/¹⁴N) DNA",
        "50 % hybrid DNA and 50 % light (¹⁴N/¹⁴N) DNA",
        "25 % heavy DNA and 75 % light DNA",
        "50 % heavy DNA and 50 % light DNA",
      ],
      correct: "B",
      point: "half hybrid, half light",
      keywords: ["50", "hybrid", "light"],
      workedSolution:
        "Start with one heavy molecule (two ¹⁵N strands).\n\n- Round 1: each ¹⁵N strand pairs with a new ¹⁴N strand → 2 hybrid molecules (100 % hybrid).\n- Round 2: the 4 strands (2 ¹⁵N, 2 ¹⁴N) each act as templates for new ¹⁴N strands → 2 hybrid + 2 light molecules.\n\nSo **50 % hybrid, 50 % light**; no fully heavy DNA remains after the first round. **Answer: B.**",
    }),
    written({
      key: "biology-d1-1-02",
      levels: BOTH,
      topicCode: "D1.1",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the process of DNA replication. [4]",
      markscheme: [
        p("p1", "helicase unwinds the double helix and separates the strands by breaking hydrogen bonds between bases", ["helicase", "hydrogen bonds"]),
        p("p2", "each original strand acts as a template", ["template"]),
        p("p3", "free nucleotides pair with complementary bases: A with T, C with G", ["complementary", "A with T", "C with G"]),
        p("p4", "DNA polymerase links nucleotides together (forming the new strand)", ["DNA polymerase"]),
        p("p5", "replication is semi-conservative: each new molecule has one original and one new strand", ["semi-conservative"]),
        p("p6", "complementary base pairing ensures the new molecules are identical copies", ["identical"]),
      ],
      workedSolution:
        "Any four points.\n\nHelicase unwinds the double helix and breaks the hydrogen bonds between base pairs, separating the two strands. Each strand acts as a template: free DNA nucleotides pair with exposed bases by complementary base pairing (A–T, C–G), and DNA polymerase joins them into a new strand. Each resulting DNA molecule contains one original strand and one new strand — replication is semi-conservative — and complementary pairing means both copies have the same base sequence as the original.",
    }),
    mcq({
      key: "biology-d1-1-03",
      levels: BOTH,
      topicCode: "D1.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "What is the role of *Taq* DNA polymerase in the polymerase chain reaction (PCR)?",
      options: [
        "It is a heat-stable enzyme that adds nucleotides to extend the primers.",
        "It separates the two DNA strands at 95 °C.",
        "It joins the primers to the template strands by forming hydrogen bonds between bases.",
        "It cuts DNA at specific base sequences.",
      ],
      correct: "A",
      point: "heat-stable polymerase that extends primers (at about 72 °C)",
      keywords: ["heat-stable", "extend", "primer"],
      workedSolution:
        "PCR cycles between about 95 °C (strands separate — by heat, not enzyme), about 55 °C (primers bind by base pairing) and about 72 °C (**Taq polymerase** extends the primers by adding nucleotides). *Taq* comes from a hot-spring bacterium, so it is not denatured by repeated heating. Cutting DNA at specific sequences is done by restriction enzymes. **Answer: A.**",
    }),
    written({
      key: "biology-d1-1-04",
      levels: BOTH,
      topicCode: "D1.1",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Describe",
      stem: "Describe how gel electrophoresis separates fragments of DNA. [3]",
      markscheme: [
        p("p1", "DNA samples are loaded into wells at one end of a gel", ["well", "gel"]),
        p("p2", "an electric field / current is applied across the gel", ["electric", "current"]),
        p("p3", "DNA is negatively charged (due to phosphate groups) so moves towards the positive electrode / anode", [
          "negative",
          "phosphate",
          "positive electrode",
          "anode",
        ]),
        p("p4", "smaller / shorter fragments move faster / further through the pores of the gel", ["smaller", "shorter", "further"]),
        p("p5", "fragments are separated by size / length and made visible as bands (with a stain)", ["bands", "size", "stain"]),
      ],
      workedSolution:
        "Any three points.\n\nDNA samples are placed in wells in an agarose gel and an electric current is passed through it. Because of its phosphate groups, DNA is negatively charged and moves towards the positive electrode. The gel acts as a mesh: short fragments slip through the pores more easily and travel further than long ones, so the fragments separate by length. Staining reveals them as bands, which can be compared with a DNA ladder of known sizes.",
    }),
    written({
      key: "biology-d1-1h-01",
      levels: HL,
      topicCode: "D1.1H",
      difficulty: 4,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why one strand of DNA is replicated continuously and the other discontinuously. [5]",
      markscheme: [
        p("p1", "the two strands of DNA are antiparallel", ["antiparallel"]),
        p("p2", "DNA polymerase III can only add nucleotides to the 3′ end / synthesizes in the 5′ → 3′ direction", ["3'", "3′", "5' to 3'", "5′ → 3′"]),
        p("p3", "leading strand is synthesized continuously towards the replication fork", ["leading", "continuous"]),
        p("p4", "lagging strand is synthesized discontinuously, away from the fork, in Okazaki fragments", ["lagging", "Okazaki"]),
        p("p5", "primase synthesizes RNA primers; each Okazaki fragment needs a new primer", ["primase", "primer"]),
        p("p6", "DNA polymerase I removes RNA primers and replaces them with DNA", ["DNA polymerase I"]),
        p("p7", "DNA ligase joins Okazaki fragments (forming phosphodiester bonds)", ["ligase"]),
      ],
      workedSolution:
        "Any five points.\n\nDNA polymerase III can only add nucleotides to the 3′ end of a growing strand, so new DNA is always made 5′ → 3′. Because the two template strands are antiparallel, on one template (the **leading strand**) synthesis proceeds continuously in the same direction as the replication fork moves, after one RNA primer. On the other (the **lagging strand**) synthesis runs away from the fork, so it must be made in short Okazaki fragments, each starting from a new RNA primer made by primase. DNA polymerase I then replaces the RNA primers with DNA, and DNA ligase seals the gaps between fragments.",
    }),
    mcq({
      key: "biology-d1-1h-02",
      levels: HL,
      topicCode: "D1.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which enzyme removes an incorrectly paired nucleotide immediately after it has been added during DNA replication?",
      options: ["DNA polymerase III", "DNA ligase", "Primase", "Helicase"],
      correct: "A",
      point: "DNA polymerase III (3′ → 5′ exonuclease / proofreading activity)",
      keywords: ["DNA polymerase III", "proofreading"],
      workedSolution:
        "**DNA polymerase III** proofreads as it goes: if the nucleotide just added is mismatched, its 3′ → 5′ exonuclease activity removes it and the correct nucleotide is inserted. This reduces the error rate enormously. Ligase joins fragments, primase makes primers and helicase unwinds DNA. **Answer: A.**",
    }),
    mcq({
      key: "biology-d1-2-01",
      levels: BOTH,
      topicCode: "D1.2",
      difficulty: 2,
      commandTerm: "Deduce",
      stem: "A codon on an mRNA molecule is 5′-AUG-3′. What is the anticodon of the tRNA that pairs with it?",
      options: ["5′-TAC-3′", "3′-UAC-5′", "3′-AUG-5′", "5′-UAC-3′"],
      correct: "B",
      point: "3′-UAC-5′ (complementary and antiparallel)",
      keywords: ["UAC"],
      workedSolution:
        "The anticodon is **complementary** (A–U, U–A, G–C) and **antiparallel** to the codon. Complementary to A-U-G is U-A-C, and since the codon runs 5′ → 3′ the anticodon runs 3′ → 5′: **3′-UAC-5′**. RNA contains U, not T, so A is wrong; D has the right letters but the wrong orientation (5′-UAC-3′ would pair with 5′-GUA-3′). **Answer: B.**",
    }),
    numeric({
      key: "biology-d1-2-02",
      levels: BOTH,
      topicCode: "D1.2",
      difficulty: 2,
      marks: 2,
      paper: "P2",
      commandTerm: "Calculate",
      stem: "A polypeptide consists of 150 amino acids. Calculate the minimum number of nucleotides in the mRNA needed to code for it, **including** the stop codon. [2]",
      answer: { value: 453, tolerance: 0 },
      markscheme: [
        p("p1", "150 codons for amino acids + 1 stop codon = 151 codons / 3 nucleotides per codon", ["151", "3 nucleotides"]),
        p("p2", "151 × 3 = 453 nucleotides", ["453"]),
      ],
      workedSolution:
        "Each amino acid is coded by one codon of three bases (the start codon AUG codes for the first amino acid, methionine, so it is already among the 150). The stop codon codes for no amino acid but is still needed.\n\n- Codons = 150 + 1 = 151.\n- Nucleotides = 151 × 3 = **453**.",
    }),
    written({
      key: "biology-d1-2-03",
      levels: BOTH,
      topicCode: "D1.2",
      difficulty: 2,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the process of transcription. [4]",
      markscheme: [
        p("p1", "RNA polymerase binds to DNA (at the promoter / start of a gene)", ["RNA polymerase"]),
        p("p2", "DNA is unwound and the strands separated by breaking hydrogen bonds", ["unwound", "separat", "hydrogen"]),
        p("p3", "one strand (template / antisense strand) is used as a template", ["template", "antisense"]),
        p("p4", "free RNA nucleotides pair with complementary bases on the template, uracil pairing with adenine", ["complementary", "uracil"]),
        p("p5", "RNA polymerase joins the RNA nucleotides together (covalent / phosphodiester bonds)", ["joins", "covalent", "phosphodiester"]),
        p("p6", "mRNA is released and the DNA rewinds / double helix re-forms", ["released", "rewind"]),
      ],
      workedSolution:
        "Any four points.\n\nRNA polymerase binds to the DNA at the start of a gene and separates the two strands by breaking the hydrogen bonds between bases. One strand acts as the template. Free RNA nucleotides pair with the exposed bases by complementary base pairing — with uracil, not thymine, pairing with adenine — and RNA polymerase links them with covalent bonds, building mRNA in the 5′ → 3′ direction. The mRNA separates from the template, and the DNA strands rejoin behind the polymerase.",
    }),
    written({
      key: "biology-d1-2-04",
      levels: BOTH,
      topicCode: "D1.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Describe",
      stem: "Describe the events of translation at a ribosome. [4]",
      markscheme: [
        p("p1", "mRNA binds to the small subunit of the ribosome", ["small subunit"]),
        p("p2", "tRNA molecules carry specific amino acids", ["tRNA", "amino acid"]),
        p("p3", "tRNA anticodon pairs with the complementary codon on mRNA", ["anticodon", "codon"]),
        p("p4", "two tRNAs can bind to the ribosome at the same time", ["two tRNA"]),
        p("p5", "a peptide bond forms between the adjacent amino acids (catalysed by the large subunit)", ["peptide bond"]),
        p("p6", "the ribosome moves along the mRNA one codon at a time and the empty tRNA is released", ["moves", "released"]),
        p("p7", "translation continues until a stop codon is reached, releasing the polypeptide", ["stop codon"]),
      ],
      workedSolution:
        "Any four points.\n\nThe mRNA binds to the small ribosomal subunit. tRNA molecules, each carrying a specific amino acid, bind to the ribosome when their anticodon pairs with the complementary codon on the mRNA; two tRNAs are bound at a time. The large subunit catalyses a peptide bond between their amino acids, transferring the growing chain to the newer tRNA. The ribosome then moves one codon along the mRNA, the empty tRNA leaves, and the next tRNA arrives. This repeats until a stop codon is reached and the polypeptide is released.",
    }),
    mcq({
      key: "biology-d1-2h-01",
      levels: HL,
      topicCode: "D1.2H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which modifications are made to eukaryotic pre-mRNA before it leaves the nucleus?",
      options: [
        "Introns removed, a 5′ cap added and a poly-A tail added",
        "Exons removed and introns spliced together",
        "Amino acids attached to the codons",
        "Thymine replaced by uracil throughout the molecule",
      ],
      correct: "A",
      point: "splicing out of introns, 5′ cap and 3′ poly-A tail",
      keywords: ["intron", "cap", "poly-A"],
      workedSolution:
        "The primary transcript is processed in the nucleus: **introns** (non-coding sequences) are spliced out and the exons joined; a **5′ cap** and a **3′ poly-A tail** are added, which protect the mRNA and help it to be translated. RNA never contains thymine, so nothing needs replacing. **Answer: A.**",
    }),
    written({
      key: "biology-d1-2h-02",
      levels: HL,
      topicCode: "D1.2H",
      difficulty: 4,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how alternative splicing allows one gene to code for more than one polypeptide. [3]",
      markscheme: [
        p("p1", "pre-mRNA / primary transcript contains introns and exons", ["intron", "exon"]),
        p("p2", "introns are removed (by spliceosomes) and exons joined", ["removed", "spliceosome"]),
        p("p3", "some exons may be included in some cells / conditions and excluded in others / joined in different combinations", [
          "different combinations",
          "excluded",
          "included",
        ]),
        p("p4", "giving mature mRNAs with different base sequences, which are translated into different polypeptides", [
          "different mRNA",
          "different polypeptide",
        ]),
        p("p5", "so the number of different proteins is far greater than the number of genes", ["more proteins"]),
      ],
      workedSolution:
        "Any three points.\n\nA eukaryotic gene is transcribed into pre-mRNA that contains exons separated by introns. During splicing the introns are removed — but exons can also be skipped, so different cells (or the same cell at different times) can join the exons in different combinations. Each combination gives a mature mRNA with a different sequence of codons and so a different polypeptide. This is why humans can make many more kinds of protein than they have genes.",
    }),
    written({
      key: "biology-d1-3-01",
      levels: BOTH,
      topicCode: "D1.3",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how a single base substitution causes sickle-cell disease. [4]",
      markscheme: [
        p("p1", "substitution in the gene for the β-globin polypeptide of haemoglobin (HBB)", ["beta", "β-globin", "HBB"]),
        p("p2", "DNA triplet changes from GAG to GTG / A replaced by T", ["GAG", "GTG"]),
        p("p3", "mRNA codon changes from GAG to GUG", ["GUG"]),
        p("p4", "glutamic acid is replaced by valine (sixth amino acid)", ["glutamic acid", "valine"]),
        p("p5", "haemoglobin S is less soluble / forms long fibres at low oxygen concentration", ["fibres", "insoluble", "low oxygen"]),
        p("p6", "red blood cells become sickle-shaped / rigid, block capillaries / carry less oxygen", ["sickle", "capillar"]),
        p("p7", "heterozygotes have some resistance to malaria, so the allele is common where malaria is present", ["malaria"]),
      ],
      workedSolution:
        "Any four points.\n\nIn the gene for the β-globin chain of haemoglobin, one base is substituted: the DNA triplet GAG becomes GTG, so the mRNA codon becomes GUG instead of GAG. At the sixth position of the polypeptide, valine (non-polar) replaces glutamic acid (charged). The altered haemoglobin (HbS) sticks together into long fibres when oxygen levels are low, distorting red blood cells into a rigid sickle shape. These cells carry less oxygen, are destroyed faster (anaemia) and can block capillaries, causing pain and organ damage.",
    }),
    mcq({
      key: "biology-d1-3-02",
      levels: BOTH,
      topicCode: "D1.3",
      difficulty: 2,
      commandTerm: "Deduce",
      stem: "Which gene mutation is most likely to have the largest effect on the polypeptide produced?",
      options: [
        "Insertion of one base near the start of the coding sequence",
        "Substitution of the third base in one codon",
        "Deletion of three adjacent bases near the end of the coding sequence",
        "Substitution of one base within an intron",
      ],
      correct: "A",
      point: "single-base insertion near the start causes a frameshift affecting almost every codon",
      keywords: ["frameshift", "insertion"],
      workedSolution:
        "Inserting one base shifts the **reading frame**, so every codon after the insertion is changed — near the start, almost the whole polypeptide is altered and a premature stop codon is likely. A third-base substitution is often silent (degenerate code); deleting three bases removes one amino acid without a frameshift; introns are removed before translation. **Answer: A.**",
    }),
    mcq({
      key: "biology-d1-3-03",
      levels: BOTH,
      topicCode: "D1.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Why are mutations in germ cells significant for evolution, whereas mutations in somatic cells are not?",
      options: [
        "Somatic cells do not contain DNA.",
        "Germ-cell mutations are always beneficial.",
        "Somatic-cell mutations never affect the phenotype.",
        "Germ-cell mutations can be passed on to offspring in gametes.",
      ],
      correct: "D",
      point: "only germ-line mutations are inherited",
      keywords: ["offspring", "gametes", "inherited"],
      workedSolution:
        "Germ cells give rise to gametes, so a mutation there can be **inherited** and change allele frequencies in the next generation — the raw material of evolution. Somatic mutations can affect the individual (e.g. cancer) but die with it. Most mutations are neutral or harmful, not beneficial. **Answer: D.**",
    }),
    mcq({
      key: "biology-d1-3h-01",
      levels: HL,
      topicCode: "D1.3H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "In CRISPR–Cas9 gene editing, what determines the position in the genome where the DNA is cut?",
      options: [
        "Palindromic recognition sequences like those of restriction enzymes",
        "The amino acid sequence of the Cas9 protein",
        "A guide RNA with a base sequence complementary to the target DNA",
        "The position of the gene's promoter",
      ],
      correct: "C",
      point: "the guide RNA, by complementary base pairing with the target",
      keywords: ["guide RNA", "complementary"],
      workedSolution:
        "Cas9 is a nuclease that cuts both strands of DNA, but it is directed by a **guide RNA** whose sequence is designed to be complementary to the target. Changing the guide RNA retargets the same Cas9 to any gene. The cut can then be repaired in a way that disables the gene or inserts a new sequence. **Answer: C.**",
    }),
    written({
      key: "biology-d1-3h-02",
      levels: HL,
      topicCode: "D1.3H",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how gene knockout is used to investigate the function of a gene. [3]",
      markscheme: [
        p("p1", "a gene is made non-functional / inactivated / removed in an organism, e.g. a mouse", ["inactivat", "non-functional", "removed"]),
        p("p2", "the phenotype of the knockout organism is compared with a normal / wild-type organism", ["compared", "wild-type"]),
        p("p3", "differences in phenotype indicate the function of the gene", ["function", "differences"]),
        p("p4", "knockout organisms can be models for human genetic diseases / libraries of knockouts are available", ["model", "disease", "library"]),
        p("p5", "knockout can be made using CRISPR–Cas9", ["CRISPR"]),
      ],
      workedSolution:
        "Any three points.\n\nTo find out what a gene does, researchers deliberately disable it — for example using CRISPR–Cas9 — to produce a 'knockout' organism such as a mouse. They compare its phenotype (structure, physiology, behaviour) with that of normal (wild-type) animals; whatever is missing or changed reveals the gene's role. Knockout organisms are also used as models of human genetic diseases.",
    }),
    written({
      key: "biology-d1-3h-03",
      levels: HL,
      topicCode: "D1.3H",
      difficulty: 4,
      marks: 2,
      paper: "P2",
      commandTerm: "Suggest",
      stem: "The base sequences of some genes, such as those for histone proteins, are almost identical in very distantly related organisms. Suggest reasons for this. [2]",
      markscheme: [
        p("p1", "the genes code for proteins with essential / vital functions", ["essential", "vital"]),
        p("p2", "most mutations would be harmful, so they are removed by natural selection (stabilizing / purifying selection)", [
          "harmful",
          "natural selection",
        ]),
        p("p3", "mutation rates may be lower in these regions", ["lower mutation rate"]),
      ],
      workedSolution:
        "Any two points. Highly conserved genes code for proteins that are essential to all cells (histones package DNA, ribosomal proteins make all proteins). Almost any change to these proteins would damage function, so individuals with mutations in them are selected against — the sequences stay nearly unchanged over hundreds of millions of years. An alternative (less favoured) explanation is that these regions simply mutate more slowly.",
    }),
    mcq({
      key: "biology-d2-1-01",
      levels: BOTH,
      topicCode: "D2.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "At which stage of meiosis is the chromosome number halved?",
      options: [
        "Prophase I, when homologous chromosomes pair up as bivalents",
        "Meiosis I, when homologous chromosomes move apart",
        "Meiosis II, when sister chromatids separate",
        "Interphase, before meiosis begins",
      ],
      correct: "B",
      point: "meiosis I (separation of homologues)",
      keywords: ["meiosis I", "homologous"],
      workedSolution:
        "In meiosis I, homologous chromosomes are separated into two nuclei, so each nucleus gets only one chromosome of each pair: the number is **halved** (diploid → haploid). Meiosis II separates sister chromatids, like mitosis, and does not change the chromosome number. **Answer: B.**",
    }),
    numeric({
      key: "biology-d2-1h-01",
      levels: HL,
      topicCode: "D2.1H",
      difficulty: 1,
      marks: 1,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "In a micrograph of an onion root tip, a student counted 240 cells, of which 18 were in a stage of mitosis.\n\nCalculate the mitotic index, giving your answer as a decimal. [1]",
      answer: { value: 0.075, tolerance: 0.0005 },
      markscheme: [p("p1", "18 ÷ 240 = 0.075", ["0.075"])],
      workedSolution: String.raw`Mitotic index $= \dfrac{\text{number of cells in mitosis}}{\text{total number of cells}} = \dfrac{18}{240} = \mathbf{0.075}$ (7.5 % of the cells were dividing).`,
    }),
    written({
      key: "biology-d2-1-03",
      levels: BOTH,
      topicCode: "D2.1",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how meiosis produces genetic variation among gametes. [4]",
      markscheme: [
        p("p1", "crossing over occurs in prophase I", ["crossing over", "prophase I"]),
        p("p2", "between non-sister chromatids of homologous chromosomes", ["non-sister", "homologous"]),
        p("p3", "exchanging alleles / producing new combinations of alleles on chromatids (recombinants)", ["new combinations", "recombinant", "alleles"]),
        p("p4", "random orientation of bivalents / homologous pairs at metaphase I", ["random orientation", "metaphase I"]),
        p("p5", "so maternal and paternal chromosomes are assorted independently into gametes", ["independent assortment", "independently"]),
        p("p6", String.raw`number of combinations = $2^n$, e.g. $2^{23}$ (over 8 million) in humans`, ["2^23", "8 million"]),
        p("p7", "random orientation in metaphase II adds variation because sister chromatids differ after crossing over", ["metaphase II"]),
      ],
      workedSolution: String.raw`Any four points.

In prophase I, homologous chromosomes pair up and non-sister chromatids exchange segments at chiasmata (crossing over), so chromatids carry new combinations of maternal and paternal alleles. In metaphase I each pair of homologues lines up with a random orientation, independently of the other pairs, so each gamete receives a random mix of maternal and paternal chromosomes — with $n = 23$ pairs in humans that is $2^{23}$ (about 8.4 million) combinations even without crossing over. Because sister chromatids are no longer identical after crossing over, random orientation in metaphase II adds further variation.`,
    }),
    mcq({
      key: "biology-d2-1-04",
      levels: BOTH,
      topicCode: "D2.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "In which phase of mitosis do sister chromatids separate and move to opposite poles of the cell?",
      options: ["Anaphase", "Metaphase", "Prophase", "Telophase"],
      correct: "A",
      point: "anaphase",
      keywords: ["anaphase"],
      workedSolution:
        "In **anaphase**, the centromeres divide and spindle microtubules pull the sister chromatids (now called chromosomes) to opposite poles. In metaphase they line up at the equator; in telophase nuclear membranes re-form. **Answer: A.**",
    }),
    written({
      key: "biology-d2-1h-02",
      levels: HL,
      topicCode: "D2.1H",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how the cell cycle is controlled, and how loss of this control can lead to cancer. [4]",
      markscheme: [
        p("p1", "cyclins are proteins whose concentrations rise and fall during the cell cycle", ["cyclin"]),
        p("p2", "cyclins bind to and activate cyclin-dependent kinases / CDKs", ["CDK", "kinase"]),
        p("p3", "CDKs phosphorylate target proteins, triggering the next stage / passing checkpoints", ["phosphorylat", "checkpoint"]),
        p("p4", "mutations in genes controlling the cycle (oncogenes / tumour-suppressor genes) can cause uncontrolled cell division", [
          "oncogene",
          "tumour suppressor",
          "uncontrolled",
        ]),
        p("p5", "mutations can be caused by mutagens, e.g. UV radiation / chemicals in tobacco smoke", ["mutagen", "UV", "carcinogen"]),
        p("p6", "uncontrolled division forms a tumour; cells may spread to other tissues (metastasis) and form secondary tumours", ["tumour", "metastasis"]),
      ],
      workedSolution:
        "Any four points.\n\nProgress through the cell cycle is controlled by cyclins — proteins whose concentration rises and falls at set points. Each cyclin binds to and activates a cyclin-dependent kinase, which phosphorylates target proteins that carry the cell past a checkpoint into the next phase. If mutations (often caused by mutagens such as UV light or chemicals in tobacco smoke) affect the genes that regulate this system, turning proto-oncogenes into oncogenes or disabling tumour-suppressor genes, cells divide uncontrollably and form a tumour. Malignant tumour cells can break away and spread (metastasis) to form secondary tumours.",
    }),
    mcq({
      key: "biology-d2-2-01",
      levels: HL,
      topicCode: "D2.2",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "What is the usual effect of adding methyl groups to cytosine bases in the promoter of a gene?",
      options: [
        "The gene is removed from the chromosome.",
        "The cytosine bases are permanently converted to thymine.",
        "Transcription of the gene is increased.",
        "Transcription of the gene is reduced or silenced.",
      ],
      correct: "D",
      point: "DNA methylation (of promoters) represses transcription",
      keywords: ["reduced", "silenced", "repress"],
      workedSolution:
        "Methylation of cytosine in promoter regions is an **epigenetic** mark: it does not change the base sequence, but it prevents transcription factors and RNA polymerase from binding, so the gene is **silenced**. Methylation patterns can be copied when cells divide. **Answer: D.**",
    }),
    written({
      key: "biology-d2-2-02",
      levels: HL,
      topicCode: "D2.2",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline how epigenetic modifications regulate gene expression. [4]",
      markscheme: [
        p("p1", "epigenetic changes alter gene expression without changing the base sequence", ["without changing", "base sequence"]),
        p("p2", "methylation of cytosine (in CpG sites / promoters) reduces / silences transcription", ["methylation", "cytosine"]),
        p("p3", "acetylation of histones loosens chromatin / nucleosome packing, increasing transcription", ["acetylation", "histone"]),
        p("p4", "histone methylation / deacetylation can condense chromatin, reducing transcription", ["condense", "deacetylation"]),
        p("p5", "tightly packed chromatin is inaccessible to RNA polymerase / transcription factors", [
          "inaccessible",
          "RNA polymerase",
          "transcription factor",
        ]),
        p("p6", "epigenetic marks are passed on when cells divide (and occasionally to offspring)", ["inherited", "passed on"]),
        p("p7", "environmental factors, e.g. diet / stress / smoking, can change epigenetic marks", ["environment", "diet", "smoking"]),
      ],
      workedSolution:
        "Any four points.\n\nEpigenetic modifications change which genes are expressed without altering the DNA base sequence. Adding methyl groups to cytosines in a promoter silences the gene. Chemical tags on histones alter how tightly DNA is packed: acetylation loosens nucleosomes so RNA polymerase and transcription factors can reach the genes, while deacetylation and some histone methylation condense chromatin and switch genes off. These patterns are copied when cells divide (maintaining cell identity in differentiated tissues), can occasionally be inherited, and can be changed by environmental factors such as diet or smoking.",
    }),
    written({
      key: "biology-d2-2-03",
      levels: HL,
      topicCode: "D2.2",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      commandTerm: "Suggest",
      stem: "Researchers compared DNA methylation patterns in pairs of identical (monozygotic) twins. The differences in methylation within each pair were small in 3-year-old twins and much larger in 50-year-old twins, although the base sequences of their DNA were identical.\n\nSuggest reasons for these findings. [3]",
      markscheme: [
        p("p1", "twins start with (almost) identical epigenetic marks as they come from the same zygote / shared environment in the womb / childhood", [
          "same zygote",
          "shared environment",
        ]),
        p("p2", "as adults they experience different environments, e.g. diet / smoking / stress / exercise, which alter methylation", [
          "different environment",
          "diet",
          "smoking",
        ]),
        p("p3", "random errors in copying methylation patterns during cell division accumulate with age / epigenetic drift", ["random", "accumulate", "drift"]),
        p("p4", "longer time / more cell divisions for differences to build up", ["more time", "more divisions"]),
        p("p5", "so gene expression / phenotypes (e.g. disease risk) of twins diverge with age", ["gene expression", "phenotype"]),
      ],
      workedSolution:
        "Any three points.\n\nIdentical twins come from one zygote and share an environment in the womb and usually in early childhood, so young twins have very similar methylation patterns. As they grow up they are exposed to different environments (diet, smoking, stress, illness), which alter methylation, and small random errors in copying methylation at each cell division also accumulate over time. After 50 years these differences have built up, which may explain why twins can differ in phenotype and disease risk despite identical DNA.",
    }),
    mcq({
      key: "biology-d2-3-01",
      levels: BOTH,
      topicCode: "D2.3",
      difficulty: 1,
      commandTerm: "Predict",
      stem: "Onion epidermis cells are placed in a concentrated sucrose solution that is hypertonic to their cytoplasm. What will happen?",
      options: [
        "Sucrose diffuses into the cells, water follows it by osmosis and the cells become fully turgid.",
        "Water enters the cells by osmosis and the cells burst.",
        "Water leaves the cells by osmosis and the membrane pulls away from the wall (plasmolysis).",
        "There is no net movement of water, as the cell wall resists any change in volume.",
      ],
      correct: "C",
      point: "water lost by osmosis; plasmolysis",
      keywords: ["plasmolysis", "osmosis", "leaves"],
      workedSolution:
        "A hypertonic solution has a higher solute concentration than the cytoplasm, so water moves **out** of the cells by osmosis. The protoplast shrinks and the membrane pulls away from the wall — **plasmolysis**. Osmosis is movement of water, not solute, and the cell wall prevents plant cells bursting in hypotonic solutions. **Answer: C.**",
    }),
    numeric({
      key: "biology-d2-3-02",
      levels: BOTH,
      topicCode: "D2.3",
      difficulty: 1,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A cylinder of potato tissue had a mass of 2.50 g. After 24 hours in a sucrose solution its mass was 2.15 g.\n\nCalculate the percentage change in mass. Give a decrease as a negative value. [2]",
      answer: { value: -14, unit: "%", tolerance: 0.05 },
      markscheme: [p("p1", String.raw`change = 2.15 − 2.50 = −0.35 g / $\dfrac{-0.35}{2.50} \times 100$`, ["0.35"]), p("p2", "−14 % / 14 % decrease", ["14"])],
      workedSolution: String.raw`Percentage change $= \dfrac{\text{final} - \text{initial}}{\text{initial}} \times 100 = \dfrac{2.15 - 2.50}{2.50} \times 100 = \dfrac{-0.35}{2.50} \times 100 = \mathbf{-14\ \%}$

The tissue lost water, so the solution was hypertonic to the potato cells. Percentage change (rather than change in grams) is used so that pieces with different starting masses can be compared.`,
    }),
    written({
      key: "biology-d2-3-03",
      levels: BOTH,
      topicCode: "D2.3",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain why red blood cells burst when placed in distilled water but plant cells do not. [3]",
      markscheme: [
        p("p1", "distilled water is hypotonic to the cytoplasm, so water enters the cells by osmosis", ["hypotonic", "osmosis", "enters"]),
        p("p2", "animal cells / red blood cells have no cell wall, so they swell until the membrane ruptures (haemolysis)", [
          "no cell wall",
          "burst",
          "haemolysis",
          "lysis",
        ]),
        p("p3", "plant cells have a strong / inelastic cellulose cell wall that resists expansion", ["cell wall", "cellulose", "inelastic"]),
        p("p4", "turgor / wall pressure builds up, preventing further net entry of water (cell becomes turgid)", ["turgor", "turgid", "pressure"]),
      ],
      workedSolution:
        "Any three points.\n\nDistilled water has a lower solute concentration than cytoplasm (hypotonic), so water enters both types of cell by osmosis. A red blood cell has only a plasma membrane; it swells until the membrane tears (haemolysis). A plant cell is surrounded by a strong cellulose wall: as the cell swells, the wall pushes back, building up turgor pressure until there is no further net entry of water. The cell becomes turgid rather than bursting.",
    }),
    numeric({
      key: "biology-d2-3h-01",
      levels: HL,
      topicCode: "D2.3H",
      difficulty: 3,
      marks: 2,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: String.raw`A plant cell has a solute potential ($\Psi_s$) of −0.65 MPa and a pressure potential ($\Psi_p$) of 0.25 MPa.

Calculate the water potential ($\Psi_w$) of the cell in MPa. [2]`,
      answer: { value: -0.4, unit: "MPa", tolerance: 0.005 },
      markscheme: [
        p("p1", String.raw`$\Psi_w = \Psi_s + \Psi_p$`, ["Ψs + Ψp", "solute potential + pressure potential"]),
        p("p2", "−0.65 + 0.25 = −0.40 MPa", ["-0.40", "−0.40", "-0.4", "−0.4"]),
      ],
      workedSolution: String.raw`$\Psi_w = \Psi_s + \Psi_p = -0.65 + 0.25 = \mathbf{-0.40\ MPa}$

The solutes make the water potential negative; the pressure of the wall pushing on the turgid protoplast makes it less negative. Water would move into this cell only from a solution with a water potential higher (less negative) than −0.40 MPa.`,
    }),
    mcq({
      key: "biology-d2-3h-02",
      levels: HL,
      topicCode: "D2.3H",
      difficulty: 4,
      commandTerm: "Predict",
      stem: "A plant cell with a water potential of −0.40 MPa is placed in a sucrose solution with a water potential of −0.60 MPa. What will happen?",
      options: [
        "No water moves, because the cell wall prevents it.",
        "Water moves into the cell, because the solution has the higher water potential.",
        "Sucrose moves into the cell until the water potentials are equal.",
        "Water moves out of the cell, because water moves from higher to lower water potential.",
      ],
      correct: "D",
      point: "net water movement out of the cell (−0.40 is higher than −0.60)",
      keywords: ["out", "higher to lower"],
      workedSolution:
        "Water moves by osmosis from **higher** to **lower** water potential. −0.40 MPa is higher (less negative) than −0.60 MPa, so water leaves the cell; its pressure potential will fall and, if enough water is lost, the cell will plasmolyse. **Answer: D.**",
    }),
    mcq({
      key: "biology-d3-1-01",
      levels: BOTH,
      topicCode: "D3.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which hormone surge directly triggers ovulation in the human menstrual cycle?",
      options: ["Luteinizing hormone (LH)", "Follicle-stimulating hormone (FSH)", "Progesterone", "Human chorionic gonadotropin (hCG)"],
      correct: "A",
      point: "LH surge",
      keywords: ["LH", "luteinizing"],
      workedSolution:
        "High oestradiol levels near mid-cycle cause the pituitary to release a surge of **LH** (positive feedback), which triggers release of the egg from the mature follicle. FSH stimulates follicle development; progesterone maintains the endometrium; hCG is made by the embryo in pregnancy. **Answer: A.**",
    }),
    written({
      key: "biology-d3-1-02",
      levels: BOTH,
      topicCode: "D3.1",
      difficulty: 4,
      marks: 6,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain the roles of hormones and feedback in controlling the human menstrual cycle. [6]",
      markscheme: [
        p("p1", "FSH from the pituitary stimulates development of follicles in the ovary", ["FSH", "follicle"]),
        p("p2", "the developing follicle secretes oestradiol", ["oestradiol", "estradiol", "estrogen", "oestrogen"]),
        p("p3", "oestradiol stimulates repair / thickening of the endometrium", ["endometrium"]),
        p("p4", "high oestradiol levels stimulate an LH surge (positive feedback)", ["positive feedback", "LH surge"]),
        p("p5", "LH triggers ovulation", ["ovulation"]),
        p("p6", "LH stimulates the follicle to develop into the corpus luteum", ["corpus luteum"]),
        p("p7", "corpus luteum secretes progesterone, which maintains the endometrium", ["progesterone"]),
        p("p8", "progesterone (and oestradiol) inhibit FSH and LH secretion (negative feedback)", ["negative feedback", "inhibit"]),
        p("p9", "if no pregnancy, corpus luteum degenerates, progesterone falls, endometrium breaks down (menstruation) and FSH rises again", [
          "menstruation",
          "degenerates",
        ]),
      ],
      workedSolution:
        "Any six points.\n\n**Model answer:** At the start of the cycle, FSH from the pituitary stimulates a follicle to develop. The follicle secretes oestradiol, which makes the endometrium thicken again. As oestradiol rises it switches from inhibiting to stimulating the pituitary, causing a surge of LH (and FSH) — positive feedback. The LH surge triggers ovulation and converts the empty follicle into a corpus luteum, which secretes progesterone. Progesterone maintains the thickened endometrium and, with oestradiol, inhibits FSH and LH release (negative feedback), so no new follicles develop. If no embryo implants, the corpus luteum degenerates; progesterone falls, the endometrium is shed (menstruation) and FSH secretion rises, starting a new cycle.",
    }),
    written({
      key: "biology-d3-1-03",
      levels: BOTH,
      topicCode: "D3.1",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Distinguish",
      stem: "Distinguish between sexual and asexual reproduction. [3]",
      markscheme: [
        p("p1", "sexual usually involves two parents whereas asexual involves one", ["two parents", "one parent"]),
        p("p2", "sexual involves meiosis, gametes and fertilization whereas asexual involves only mitosis", ["meiosis", "gametes", "fertilization", "mitosis"]),
        p("p3", "sexual produces genetically varied offspring whereas asexual produces genetically identical offspring / clones", [
          "varied",
          "identical",
          "clone",
        ]),
        p("p4", "asexual is faster / every individual can reproduce, whereas sexual is slower / needs a mate", ["faster", "mate"]),
      ],
      workedSolution:
        "Any three contrasts. Sexual reproduction usually needs two parents, uses meiosis to make haploid gametes that fuse at fertilization, and produces genetically varied offspring — helpful when the environment changes. Asexual reproduction needs only one parent, uses mitosis, and produces genetically identical offspring (clones) quickly, which is advantageous in a stable environment.",
    }),
    mcq({
      key: "biology-d3-1-04",
      levels: BOTH,
      topicCode: "D3.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which feature of a flowering plant promotes cross-pollination?",
      options: [
        "Production of very small amounts of pollen",
        "Anthers and stigma that mature at the same time inside a flower that stays closed",
        "Self-incompatibility, which stops pollen fertilizing ovules of the same plant",
        "Flowers that never open",
      ],
      correct: "C",
      point: "self-incompatibility",
      keywords: ["self-incompatibility"],
      workedSolution:
        "**Self-incompatibility** means pollen landing on a stigma of the same plant cannot achieve fertilization, so only pollen from a genetically different plant can fertilize the ovules, increasing genetic variation. Closed flowers with simultaneous maturation actually promote self-pollination. **Answer: C.**",
    }),
    mcq({
      key: "biology-d3-1h-01",
      levels: HL,
      topicCode: "D3.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "Which event prevents more than one sperm from fertilizing a human egg (polyspermy)?",
      options: [
        "The LH surge that triggers ovulation",
        "The acrosome reaction: enzymes from the acrosome digest a path through the zona pellucida",
        "Capacitation of sperm in the female reproductive tract",
        "The cortical reaction: enzymes from cortical granules harden the zona pellucida",
      ],
      correct: "D",
      point: "cortical reaction hardens the zona pellucida",
      keywords: ["cortical", "zona pellucida"],
      workedSolution:
        "After the first sperm's membrane fuses with the egg, **cortical granules** release enzymes by exocytosis that modify and harden the **zona pellucida**, so no other sperm can penetrate it. The acrosome reaction and capacitation help a sperm *reach* the egg. **Answer: D.**",
    }),
    written({
      key: "biology-d3-1h-02",
      levels: HL,
      topicCode: "D3.1H",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Compare and contrast",
      stem: "Compare and contrast spermatogenesis and oogenesis in humans. [4]",
      markscheme: [
        p("p1", "both: involve mitosis, cell growth and meiosis / both produce haploid gametes", ["mitosis", "meiosis", "haploid"]),
        p("p2", "four sperm are produced per meiosis whereas one egg (and polar bodies) is produced", ["four", "polar bod"]),
        p("p3", "cytoplasm divides equally in spermatogenesis but unequally in oogenesis", ["unequal", "equal"]),
        p("p4", "spermatogenesis produces millions of gametes daily whereas oogenesis releases one egg per cycle", ["millions", "one per cycle"]),
        p("p5", "spermatogenesis starts at puberty and continues through life whereas oogenesis starts before birth and stops at menopause", [
          "puberty",
          "before birth",
          "menopause",
        ]),
        p("p6", "oocytes are arrested in prophase I / meiosis II is completed only after fertilization, unlike spermatogenesis", [
          "arrested",
          "after fertilization",
        ]),
      ],
      workedSolution:
        "Award up to 4; at least one similarity is needed for full marks.\n\n**Similarity:** both begin with mitosis of germ cells, followed by growth and meiosis, and both produce haploid gametes.\n\n**Differences:** each primary spermatocyte gives four sperm, while each primary oocyte gives one egg plus polar bodies because the cytoplasm divides unequally (the egg keeps the cytoplasm). Men produce millions of sperm a day from puberty throughout life; oogenesis starts before birth, primary oocytes stay arrested in prophase I for years, usually one egg is released per cycle, meiosis II finishes only at fertilization, and the process ends at menopause.",
    }),
    written({
      key: "biology-d3-1h-03",
      levels: HL,
      topicCode: "D3.1H",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the role of human chorionic gonadotropin (hCG) in early pregnancy. [3]",
      markscheme: [
        p("p1", "hCG is secreted by the embryo / blastocyst / trophoblast after implantation", ["embryo", "blastocyst", "trophoblast"]),
        p("p2", "hCG maintains the corpus luteum (prevents it degenerating)", ["corpus luteum"]),
        p("p3", "so the corpus luteum continues to secrete progesterone (and oestradiol)", ["progesterone"]),
        p("p4", "which maintains the endometrium / prevents menstruation, until the placenta takes over hormone production", ["endometrium", "placenta"]),
        p("p5", "hCG in urine is detected by pregnancy tests (using monoclonal antibodies)", ["pregnancy test", "urine"]),
      ],
      workedSolution:
        "Any three points.\n\nSoon after the blastocyst implants, its outer cells secrete hCG. hCG stimulates the corpus luteum to survive and keep secreting progesterone (and oestradiol) instead of degenerating, so the endometrium is maintained and menstruation does not happen. After a few months the placenta produces enough progesterone itself. Because hCG appears in urine, it is what home pregnancy tests detect, using monoclonal antibodies.",
    }),
    mcq({
      key: "biology-d3-2-01",
      levels: BOTH,
      topicCode: "D3.2",
      difficulty: 2,
      commandTerm: "Deduce",
      stem: "Haemophilia is caused by a recessive allele on the X chromosome. A woman who is a carrier has children with a man who does not have haemophilia. What is the probability that any son they have will have haemophilia?",
      options: ["0", "0.25", "0.5", "1"],
      correct: "C",
      point: "0.5 (half of sons inherit the X carrying the recessive allele)",
      keywords: ["0.5", "50"],
      workedSolution: String.raw`Mother: $X^H X^h$; father: $X^H Y$. A son always gets Y from his father and one of the mother's two X chromosomes, each with probability ½. Sons: $X^H Y$ (unaffected) or $X^h Y$ (haemophilia). So the probability a son is affected is **0.5**. (Note: the probability that *any child* is an affected son is 0.25 — read the question carefully.) **Answer: C.**`,
    }),
    written({
      key: "biology-d3-2-02",
      levels: BOTH,
      topicCode: "D3.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how the inheritance of ABO blood groups shows multiple alleles and codominance. [4]",
      markscheme: [
        p("p1", "one gene with three alleles: $I^A$, $I^B$ and $i$ / multiple alleles", ["three alleles", "multiple alleles"]),
        p("p2", "$I^A$ and $I^B$ are codominant: both are expressed in heterozygotes, giving group AB", ["codominant", "AB"]),
        p("p3", "$i$ is recessive to both $I^A$ and $I^B$; group O is $ii$", ["recessive", "ii"]),
        p("p4", "group A is $I^A I^A$ or $I^A i$; group B is $I^B I^B$ or $I^B i$", ["IAi", "IBi", "group A", "group B"]),
        p("p5", "alleles code for enzymes that add different sugars / antigens to the red blood cell surface ($i$ adds none)", ["antigen", "enzyme", "sugar"]),
        p("p6", "e.g. $I^A i$ × $I^B i$ parents can have children of all four groups", ["all four"]),
      ],
      workedSolution:
        "Any four points.\n\nThe ABO gene has three alleles in the population (multiple alleles), although each person carries only two. $I^A$ and $I^B$ code for slightly different enzymes that add different sugars to a glycoprotein on red blood cells, making antigen A or antigen B; $i$ codes for a non-functional enzyme. $I^A$ and $I^B$ are **codominant** — a person with $I^A I^B$ makes both antigens and is group AB. $i$ is recessive, so $ii$ gives group O. For example, parents $I^A i$ and $I^B i$ can have children of groups AB, A, B and O in a 1 : 1 : 1 : 1 ratio.",
    }),
    mcq({
      key: "biology-d3-2-03",
      levels: BOTH,
      topicCode: "D3.2",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "What is the purpose of a test cross?",
      options: [
        "To produce pure-breeding lines by crossing closely related individuals",
        "To find out whether two genes are linked on the same chromosome, by crossing two heterozygous individuals",
        "To find out if a dominant-phenotype individual is homozygous or heterozygous, using a homozygous recessive",
        "To test whether an allele is sex-linked by crossing two males",
      ],
      correct: "C",
      point: "cross with homozygous recessive to reveal unknown genotype of dominant phenotype",
      keywords: ["homozygous recessive", "heterozygous"],
      workedSolution:
        "An individual showing the dominant phenotype could be AA or Aa. Crossing it with **aa**: if any offspring show the recessive phenotype, the parent must be Aa; if all (a large number) show the dominant phenotype, it is very probably AA. **Answer: C.**",
    }),
    written({
      key: "biology-d3-2-04",
      levels: BOTH,
      topicCode: "D3.2",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      commandTerm: "Deduce",
      stem: "A pedigree chart shows two parents, neither of whom has a particular genetic condition, with a daughter who has the condition.\n\nDeduce, with reasons, whether the allele causing the condition is dominant or recessive, and whether it can be carried on the X chromosome. [3]",
      markscheme: [
        p("p1", "recessive, because the affected child has unaffected parents", ["recessive"]),
        p("p2", "both parents must be carriers / heterozygous", ["carrier", "heterozygous"]),
        p("p3", "not X-linked / autosomal", ["autosomal", "not X-linked"]),
        p(
          "p4",
          "an affected daughter must inherit the allele on her father's X chromosome, so an X-linked (recessive) allele would make the father affected, but he is not",
          ["father", "X chromosome"],
        ),
      ],
      workedSolution: String.raw`Any three points.

- If the allele were dominant, an affected child would need at least one affected parent — so it must be **recessive**, and both parents must be heterozygous carriers ($Aa \times Aa$).
- If it were X-linked recessive, the affected daughter would be $X^a X^a$ and must have received $X^a$ from her father. A male with $X^a Y$ would show the condition — but he does not. So the allele must be **autosomal**.
- (Each further child then has a ¼ chance of being affected, but this is not needed for the marks.)`,
    }),
    numeric({
      key: "biology-d3-2h-01",
      levels: HL,
      topicCode: "D3.2H",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: String.raw`Two pea plants heterozygous for two unlinked genes (seed shape and seed colour) were crossed. A 9 : 3 : 3 : 1 ratio of phenotypes was expected. The observed offspring were:

| Phenotype | Observed |
|---|---|
| round, yellow | 290 |
| round, green | 112 |
| wrinkled, yellow | 98 |
| wrinkled, green | 40 |
| **Total** | 540 |

Calculate the chi-squared ($\chi^2$) value for these results, giving your answer to three significant figures. [3]`,
      answer: { value: 3.03, sigFigs: 3, sigFigsExact: true, tolerance: 0.01 },
      markscheme: [
        p("p1", "expected values: 303.75, 101.25, 101.25, 33.75", ["303.75", "101.25", "33.75"]),
        p("p2", String.raw`$\sum \frac{(O-E)^2}{E}$: 0.6224 + 1.1414 + 0.1043 + 1.1574`, ["0.622", "1.14", "1.16"]),
        p("p3", String.raw`$\chi^2 = 3.03$`, ["3.03"]),
      ],
      workedSolution: String.raw`**1. Expected numbers** (total 540, ratio 9 : 3 : 3 : 1, i.e. sixteenths):

- $540 \times 9/16 = 303.75$; $540 \times 3/16 = 101.25$ (twice); $540 \times 1/16 = 33.75$.

**2. Each term** $(O-E)^2/E$:

| O | E | O − E | (O − E)²/E |
|---|---|---|---|
| 290 | 303.75 | −13.75 | 0.6224 |
| 112 | 101.25 | 10.75 | 1.1414 |
| 98 | 101.25 | −3.25 | 0.1043 |
| 40 | 33.75 | 6.25 | 1.1574 |

**3.** $\chi^2 = 0.6224 + 1.1414 + 0.1043 + 1.1574 = 3.0255 \approx 3.03$ (3 s.f.). Keep the terms unrounded until the end: rounding each to 3 d.p. first gives 3.02.

**Interpretation:** degrees of freedom = 4 − 1 = 3; critical value at $p = 0.05$ is 7.81. As 3.03 < 7.81, the difference from 9 : 3 : 3 : 1 is not significant — the data are consistent with independent assortment of unlinked genes.`,
    }),
    written({
      key: "biology-d3-2h-02",
      levels: HL,
      topicCode: "D3.2H",
      difficulty: 4,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "A plant heterozygous for two genes (AaBb) is test-crossed with an aabb plant. Instead of the 1 : 1 : 1 : 1 ratio expected, two phenotypes are much more common than the other two. Explain these results. [4]",
      markscheme: [
        p("p1", "the genes are linked / their loci are on the same chromosome", ["linked", "same chromosome"]),
        p("p2", "so they do not assort independently in meiosis", ["independent"]),
        p("p3", "the parental combinations of alleles (on the same chromatid) are usually inherited together, so parental phenotypes are most common", [
          "parental",
          "together",
        ]),
        p("p4", "the two rarer phenotypes are recombinants", ["recombinant"]),
        p("p5", "produced by crossing over between the loci in prophase I", ["crossing over", "prophase I"]),
        p("p6", "the closer the loci, the fewer recombinants (lower recombination frequency)", ["closer", "distance", "frequency"]),
      ],
      workedSolution:
        "Any four points.\n\nA 1 : 1 : 1 : 1 ratio is expected only if the genes assort independently, i.e. are on different chromosomes. Here the two loci must be **linked** — on the same chromosome — so the alleles on each chromosome (e.g. AB on one, ab on the other) tend to go into gametes together, and offspring with the parental combinations are most common. The two rare phenotypes are **recombinants**, produced when crossing over in prophase I exchanges alleles between the two loci. The closer together the loci, the less often crossing over separates them and the fewer recombinants appear.",
    }),
    mcq({
      key: "biology-d3-2h-03",
      levels: HL,
      topicCode: "D3.2H",
      difficulty: 3,
      commandTerm: "Calculate",
      stem: "The genes for two characteristics are unlinked. A plant with genotype AaBb is crossed with a plant of genotype aabb. What proportion of the offspring are expected to have genotype aabb?",
      options: ["1/16", "1/4", "3/16", "9/16"],
      correct: "B",
      point: "1/4 (AaBb produces four gamete types equally; aabb produces only ab)",
      keywords: ["1/4", "0.25"],
      workedSolution:
        "The AaBb parent makes four types of gamete in equal proportions (AB, Ab, aB, ab), each ¼. The aabb parent makes only ab gametes. An aabb offspring needs the ab gamete from the first parent: probability **¼**. (1/16 would apply to an AaBb × AaBb cross.) **Answer: B.**",
    }),
    written({
      key: "biology-d3-3-01",
      levels: BOTH,
      topicCode: "D3.3",
      difficulty: 3,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how blood glucose concentration is kept within narrow limits. [5]",
      markscheme: [
        p("p1", "pancreatic islet cells monitor / detect blood glucose concentration", ["pancreas", "islet"]),
        p("p2", "when glucose is high, β cells secrete insulin", ["β cells", "beta", "insulin"]),
        p("p3", "insulin stimulates uptake of glucose by cells, e.g. liver / muscle / adipose (more glucose transporters)", ["uptake", "transporter"]),
        p("p4", "insulin stimulates conversion of glucose to glycogen in liver and muscle", ["glycogen"]),
        p("p5", "when glucose is low, α cells secrete glucagon", ["α cells", "alpha", "glucagon"]),
        p("p6", "glucagon stimulates the liver to break down glycogen into glucose and release it into the blood", ["break down glycogen", "liver", "release"]),
        p("p7", "negative feedback returns glucose concentration to the set point", ["negative feedback", "set point"]),
      ],
      workedSolution:
        "Any five points.\n\nCells in the islets of Langerhans in the pancreas monitor blood glucose. After a meal, when glucose rises, β cells secrete insulin. Insulin makes body cells (especially liver, muscle and fat cells) take in more glucose and makes the liver and muscles convert glucose into glycogen, so blood glucose falls. When glucose is low (e.g. during fasting or exercise), α cells secrete glucagon, which makes liver cells break glycogen down and release glucose into the blood. Each hormone's effect reverses the change that triggered its release — negative feedback — keeping glucose near the set point.",
    }),
    mcq({
      key: "biology-d3-3-02",
      levels: BOTH,
      topicCode: "D3.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which responses occur when human body temperature rises above the set point?",
      options: [
        "Increased secretion of thyroxine to raise metabolic rate",
        "Vasoconstriction of skin arterioles and shivering",
        "Contraction of the erector pili muscles and shivering",
        "Vasodilation of skin arterioles and increased sweating",
      ],
      correct: "D",
      point: "vasodilation and sweating",
      keywords: ["vasodilation", "sweat"],
      workedSolution:
        "The hypothalamus detects the rise and triggers **vasodilation** of skin arterioles (more blood flows near the skin, losing heat) and **sweating** (evaporation absorbs latent heat). The other options are responses to cold that generate or conserve heat. **Answer: D.**",
    }),
    mcq({
      key: "biology-d3-3-03",
      levels: BOTH,
      topicCode: "D3.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which statement describes type 2 diabetes?",
      options: [
        "The α cells stop secreting glucagon.",
        "The immune system destroys the β cells of the pancreas.",
        "Target cells become less responsive to insulin.",
        "The kidneys stop reabsorbing glucose.",
      ],
      correct: "C",
      point: "insulin resistance / reduced response of target cells",
      keywords: ["less responsive", "insulin resistance"],
      workedSolution:
        "In **type 2** diabetes insulin is usually still produced, but target cells respond less (insulin resistance); risk factors include obesity, lack of exercise and genetics. In **type 1**, an autoimmune reaction destroys the β cells, so little insulin is produced. **Answer: C.**",
    }),
    mcq({
      key: "biology-d3-3h-01",
      levels: HL,
      topicCode: "D3.3H",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "How does antidiuretic hormone (ADH) reduce the volume of urine produced?",
      options: [
        "It increases the rate of ultrafiltration in the glomerulus.",
        "It increases active secretion of sodium ions into the filtrate.",
        "It makes the collecting duct less permeable to water, so water is kept in the blood.",
        "It adds aquaporins to collecting duct membranes, so more water is reabsorbed.",
      ],
      correct: "D",
      point: "more aquaporins in collecting duct, more water reabsorbed",
      keywords: ["aquaporin", "collecting duct"],
      workedSolution:
        "When blood solute concentration is too high, the hypothalamus detects it and the pituitary releases **ADH**. ADH causes vesicles containing **aquaporins** to fuse with the membranes of collecting duct cells, increasing permeability to water, so more water is reabsorbed by osmosis into the hypertonic medulla and a small volume of concentrated urine is produced. **Answer: D.**",
    }),
    written({
      key: "biology-d3-3h-02",
      levels: HL,
      topicCode: "D3.3H",
      difficulty: 5,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how the loop of Henle enables mammals to produce urine that is more concentrated than their blood. [5]",
      markscheme: [
        p("p1", "the ascending limb actively transports Na⁺ (and Cl⁻) out of the filtrate into the medulla", ["ascending", "sodium", "Na"]),
        p("p2", "the ascending limb is impermeable to water", ["impermeable"]),
        p("p3", "this creates a high solute concentration / low water potential / hypertonic interstitial fluid in the medulla", [
          "hypertonic",
          "water potential",
          "solute concentration",
        ]),
        p("p4", "the descending limb is permeable to water, so water leaves by osmosis into the medulla", ["descending", "permeable", "osmosis"]),
        p("p5", "countercurrent flow multiplies the effect, so solute concentration increases deeper into the medulla", ["countercurrent", "deeper"]),
        p("p6", "collecting ducts pass through the hypertonic medulla, so water is reabsorbed by osmosis (when ADH makes them permeable)", [
          "collecting duct",
          "ADH",
        ]),
        p("p7", "longer loops of Henle (e.g. in desert mammals) create a more concentrated medulla and more concentrated urine", ["longer", "desert"]),
      ],
      workedSolution:
        "Any five points.\n\nThe ascending limb of the loop of Henle actively pumps sodium and chloride ions out into the surrounding tissue of the medulla, but it is impermeable to water, so a high solute concentration builds up in the medulla. The descending limb is permeable to water, so water leaves it by osmosis into the hypertonic medulla. Because fluid flows in opposite directions in the two limbs (countercurrent multiplier), the solute concentration becomes higher and higher deeper into the medulla. The collecting ducts run down through this region; when ADH makes them permeable, water is reabsorbed by osmosis, producing urine more concentrated than blood. Desert mammals with longer loops can produce even more concentrated urine.",
    }),
    mcq({
      key: "biology-d4-1-01",
      levels: BOTH,
      topicCode: "D4.1",
      difficulty: 1,
      commandTerm: "Identify",
      stem: "Which condition is required for evolution by natural selection?",
      options: [
        "Heritable variation between individuals in a population",
        "Organisms developing the characteristics they need during their lifetime",
        "All individuals in the population producing the same number of offspring",
        "An absence of competition for resources",
      ],
      correct: "A",
      point: "heritable variation",
      keywords: ["heritable", "variation"],
      workedSolution:
        "Natural selection requires **heritable variation**, overproduction of offspring leading to competition, and differences in survival and reproduction between variants. Characteristics acquired during life are not inherited (B), equal reproduction (C) would mean no selection, and competition is a driver, not an obstacle (D). **Answer: A.**",
    }),
    written({
      key: "biology-d4-1-02",
      levels: BOTH,
      topicCode: "D4.1",
      difficulty: 3,
      marks: 5,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how populations of bacteria can evolve resistance to an antibiotic. [5]",
      markscheme: [
        p("p1", "there is variation in the bacterial population", ["variation"]),
        p("p2", "a resistance allele / gene arises by random mutation (or is gained by horizontal gene transfer / plasmid)", [
          "mutation",
          "plasmid",
          "horizontal",
        ]),
        p("p3", "the antibiotic kills susceptible / non-resistant bacteria (selection pressure)", ["selection pressure", "kills"]),
        p("p4", "resistant bacteria survive and reproduce (binary fission)", ["survive", "reproduce"]),
        p("p5", "passing the resistance allele on to their offspring", ["pass", "offspring"]),
        p("p6", "the frequency of the resistance allele increases over generations", ["frequency", "generations"]),
        p("p7", "overuse / incomplete courses of antibiotics increase the selection pressure", ["overuse", "incomplete"]),
      ],
      workedSolution:
        "Any five points.\n\nBacterial populations are huge and vary genetically. By chance, a mutation may produce an allele giving resistance to an antibiotic (or a resistance gene may arrive on a plasmid from another bacterium). When the antibiotic is used, susceptible bacteria die but resistant ones survive and reproduce rapidly by binary fission, passing on the resistance allele. Over many generations the frequency of the resistance allele increases until most of the population is resistant. Overuse of antibiotics, and not finishing courses, increase this selection pressure.",
    }),
    mcq({
      key: "biology-d4-1-03",
      levels: BOTH,
      topicCode: "D4.1",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Male peacocks have large, brightly coloured tails that make them more visible to predators. Which process best explains the evolution of these tails?",
      options: [
        "Genetic drift in a small population",
        "Stabilizing selection by predators",
        "Sexual selection through female choice",
        "Inheritance of characteristics acquired by use",
      ],
      correct: "C",
      point: "sexual selection (female choice)",
      keywords: ["sexual selection", "female choice"],
      workedSolution:
        "Females preferentially mate with males with the most impressive tails, so alleles for large tails are passed on more often even though the tails reduce survival — **sexual selection**. Predation alone would select *against* large tails. **Answer: C.**",
    }),
    numeric({
      key: "biology-d4-1h-01",
      levels: HL,
      topicCode: "D4.1H",
      difficulty: 3,
      marks: 3,
      paper: "P1B",
      commandTerm: "Calculate",
      stem: "A population is in Hardy–Weinberg equilibrium for a gene with two alleles. 16 % of the individuals show the recessive phenotype.\n\nCalculate the percentage of individuals in the population that are heterozygous. [3]",
      answer: { value: 48, unit: "%", tolerance: 0.05 },
      markscheme: [
        p("p1", String.raw`$q^2 = 0.16$, so $q = 0.4$`, ["0.4", "q = 0.4"]),
        p("p2", String.raw`$p = 1 - 0.4 = 0.6$`, ["0.6"]),
        p("p3", String.raw`$2pq = 2 \times 0.6 \times 0.4 = 0.48$ = 48 %`, ["48", "0.48"]),
      ],
      workedSolution: String.raw`Hardy–Weinberg: $p + q = 1$ and $p^2 + 2pq + q^2 = 1$, where $q^2$ is the frequency of the homozygous recessive genotype.

1. Recessive phenotype = homozygous recessive, so $q^2 = 0.16$ and $q = \sqrt{0.16} = 0.4$.
2. $p = 1 - 0.4 = 0.6$.
3. Heterozygotes: $2pq = 2 \times 0.6 \times 0.4 = 0.48$, i.e. **48 %**.

Check: $p^2 + 2pq + q^2 = 0.36 + 0.48 + 0.16 = 1$. ✓`,
    }),
    mcq({
      key: "biology-d4-1h-02",
      levels: HL,
      topicCode: "D4.1H",
      difficulty: 3,
      commandTerm: "Identify",
      stem: "In humans, babies of intermediate birth mass have the highest survival rate, and very light or very heavy babies have lower survival. Which type of selection is this?",
      options: ["Artificial selection", "Directional selection", "Disruptive selection", "Stabilizing selection"],
      correct: "D",
      point: "stabilizing selection (favours the intermediate, reduces variation)",
      keywords: ["stabilizing"],
      workedSolution:
        "Selection against both extremes, favouring the intermediate phenotype, is **stabilizing selection**: the mean stays the same and variation decreases. Directional selection favours one extreme (mean shifts); disruptive selection favours both extremes. **Answer: D.**",
    }),
    written({
      key: "biology-d4-1h-03",
      levels: HL,
      topicCode: "D4.1H",
      difficulty: 3,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the conditions needed for allele frequencies in a population to remain constant from generation to generation (Hardy–Weinberg equilibrium). [3]",
      markscheme: [
        p("p1", "very large population, so no genetic drift", ["large population", "drift"]),
        p("p2", "random mating", ["random mating"]),
        p("p3", "no mutation", ["mutation"]),
        p("p4", "no migration / gene flow into or out of the population", ["migration", "gene flow"]),
        p("p5", "no natural selection: all genotypes have equal survival and reproduction", ["selection", "equal"]),
      ],
      workedSolution:
        "Any three conditions. Allele frequencies stay constant only if nothing changes the gene pool: the population is very large (no genetic drift), mating is random, there is no mutation, no migration into or out of the population, and no selection (all genotypes survive and reproduce equally). Real populations rarely meet all of these, so a departure from Hardy–Weinberg proportions suggests that one of these factors — such as selection — is acting.",
    }),
    mcq({
      key: "biology-d4-2-01",
      levels: BOTH,
      topicCode: "D4.2",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which statement describes a keystone species?",
      options: [
        "A species whose effect on its community is far out of proportion to its abundance",
        "The most abundant producer in an ecosystem",
        "A species found only in one geographical area",
        "A species introduced by humans that spreads rapidly and displaces native species",
      ],
      correct: "A",
      point: "disproportionate effect on community relative to abundance",
      keywords: ["disproportionate", "community"],
      workedSolution:
        "A **keystone species** has a much bigger effect on its ecosystem than its numbers would suggest — remove it and the community changes greatly (e.g. sea otters controlling sea urchins, which protects kelp forests). B describes a dominant species, C an endemic species and D an invasive species. **Answer: A.**",
    }),
    written({
      key: "biology-d4-2-02",
      levels: BOTH,
      topicCode: "D4.2",
      difficulty: 2,
      marks: 3,
      paper: "P2",
      commandTerm: "Outline",
      stem: "Outline the requirements for an ecosystem to remain stable over long periods. [3]",
      markscheme: [
        p("p1", "a continuous supply of energy, e.g. sunlight", ["energy", "sunlight"]),
        p("p2", "recycling of nutrients / matter, e.g. by decomposers", ["recycling", "nutrients", "decomposer"]),
        p("p3", "high biodiversity / genetic diversity, so the ecosystem can recover from disturbance", ["biodiversity", "diversity"]),
        p("p4", "climatic variables remain within the tolerance of the species present", ["climate", "tolerance"]),
        p("p5", "no tipping point is passed, e.g. by deforestation / pollution", ["tipping point"]),
      ],
      workedSolution:
        "Any three points. A stable ecosystem needs a constant energy input (usually sunlight), efficient recycling of nutrients by decomposers, and high biodiversity, which gives resilience — if one species declines, others can fill its role. Climate must stay within the species' tolerances, and human impacts must not push it past a tipping point (e.g. large-scale deforestation turning rainforest into savanna).",
    }),
    mcq({
      key: "biology-d4-2h-01",
      levels: HL,
      topicCode: "D4.2H",
      difficulty: 3,
      commandTerm: "Predict",
      stem: "Which change usually occurs during primary succession on bare rock?",
      options: [
        "Nutrient cycling slows down as the community matures.",
        "Total biomass decreases as larger plants replace pioneer species.",
        "Soil depth, organic matter and biodiversity increase.",
        "The community becomes dominated by pioneer species such as lichens.",
      ],
      correct: "C",
      point: "soil develops and biodiversity/biomass increase",
      keywords: ["soil", "biodiversity", "organic matter"],
      workedSolution:
        "Pioneer species (lichens, mosses) weather rock and add dead organic matter, so **soil builds up**. This allows larger plants to grow, biomass and **biodiversity increase**, and nutrient cycling becomes more complex. Pioneers are replaced, not dominant, in later stages. **Answer: C.**",
    }),
    written({
      key: "biology-d4-2-03",
      levels: BOTH,
      topicCode: "D4.2",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how leaching of fertilizer from farmland can lead to the death of fish in a lake. [4]",
      markscheme: [
        p("p1", "nitrates / phosphates leach / run off into the lake (eutrophication)", ["nitrate", "phosphate", "eutrophication"]),
        p("p2", "causing rapid growth of algae / algal bloom", ["algal bloom", "algae"]),
        p("p3", "algae block light, so submerged plants cannot photosynthesize and die", ["light", "plants die"]),
        p("p4", "dead algae / plants are decomposed by (saprotrophic) bacteria", ["decompos", "bacteria"]),
        p("p5", "bacteria respire aerobically, increasing the biochemical oxygen demand / BOD", ["BOD", "oxygen demand", "respire"]),
        p("p6", "dissolved oxygen concentration falls, so fish (and other aerobic organisms) die", ["dissolved oxygen", "fish"]),
      ],
      workedSolution:
        "Any four points.\n\nFertilizer nitrates and phosphates wash into the lake, where they had been limiting nutrients, causing an algal bloom (eutrophication). The algae shade submerged plants, which die, and the short-lived algae also die. Saprotrophic bacteria decompose the dead material, respiring aerobically and using up dissolved oxygen — the biochemical oxygen demand rises. With oxygen levels very low, fish and other aerobic animals suffocate, which adds further dead matter.",
    }),
    mcq({
      key: "biology-d4-3-01",
      levels: BOTH,
      topicCode: "D4.3",
      difficulty: 2,
      commandTerm: "Identify",
      stem: "Which is an example of **positive** feedback that could accelerate global warming?",
      options: [
        "Melting of Arctic sea ice reduces albedo, so more solar energy is absorbed and warming increases.",
        "Higher CO₂ concentrations increase photosynthesis, removing CO₂ from the atmosphere.",
        "Warmer oceans form more low clouds that reflect sunlight.",
        "Reduced fossil fuel burning lowers CO₂ emissions.",
      ],
      correct: "A",
      point: "ice melt → lower albedo → more absorption → more warming",
      keywords: ["albedo", "ice"],
      workedSolution:
        "In positive feedback, a change causes effects that **amplify** the original change. Ice reflects much sunlight (high albedo); when it melts, the darker ocean absorbs more energy, causing more warming and more melting. B and C are negative feedbacks (they counteract warming) and D is a human mitigation measure. **Answer: A.**",
    }),
    written({
      key: "biology-d4-3-02",
      levels: BOTH,
      topicCode: "D4.3",
      difficulty: 3,
      marks: 4,
      paper: "P2",
      commandTerm: "Explain",
      stem: "Explain how rising atmospheric carbon dioxide concentrations threaten coral reefs. [4]",
      markscheme: [
        p("p1", "more CO₂ dissolves in seawater, forming carbonic acid / lowering pH (ocean acidification)", ["carbonic acid", "acidification", "pH"]),
        p("p2", "carbonate ion concentration falls", ["carbonate"]),
        p("p3", "so corals cannot deposit calcium carbonate to build skeletons / skeletons dissolve", ["calcium carbonate", "skeleton"]),
        p("p4", "CO₂ is a greenhouse gas, so sea temperatures rise", ["greenhouse", "temperature"]),
        p("p5", "heat stress causes corals to expel their zooxanthellae / coral bleaching", ["zooxanthellae", "bleaching"]),
        p("p6", "without photosynthetic zooxanthellae corals lack food / die, and reef biodiversity declines", ["food", "die", "biodiversity"]),
      ],
      workedSolution:
        "Any four points.\n\nCO₂ harms reefs in two ways. First, more CO₂ dissolves in the ocean, forming carbonic acid, lowering the pH and reducing the concentration of carbonate ions; corals then struggle to build calcium carbonate skeletons, and existing reef structures can dissolve. Second, as a greenhouse gas CO₂ raises sea temperatures; heat-stressed corals expel the photosynthetic zooxanthellae that supply most of their food (bleaching), and if high temperatures persist the corals die, with the loss of the many species that depend on the reef.",
    }),
    written({
      key: "biology-d4-3h-01",
      levels: HL,
      topicCode: "D4.3H",
      difficulty: 4,
      marks: 3,
      paper: "P1B",
      commandTerm: "Suggest",
      stem: "Over 40 years in a woodland, the date of peak caterpillar abundance has become 15 days earlier as spring temperatures have risen. A bird species feeds its chicks mainly on these caterpillars. The birds' egg-laying date, which is triggered mainly by day length, has hardly changed.\n\nSuggest consequences of these changes for the bird population. [3]",
      markscheme: [
        p("p1", "day length has not changed, so the birds' breeding timing has not shifted", ["day length", "photoperiod"]),
        p("p2", "chicks now hatch after the peak in caterpillars / loss of synchrony (phenological mismatch)", ["mismatch", "synchrony", "after the peak"]),
        p("p3", "less food for chicks, so fewer chicks survive / lower reproductive success", ["less food", "survive", "reproductive success"]),
        p("p4", "bird population may decline", ["decline"]),
        p("p5", "natural selection may favour birds that lay earlier (if timing is heritable)", ["natural selection", "earlier"]),
      ],
      workedSolution:
        "Any three points.\n\nCaterpillar timing follows temperature, which has risen, but the birds' breeding is timed by day length, which has not changed. The chicks therefore hatch after the caterpillar peak — a phenological mismatch — so parents find less food, fewer chicks survive to fledge and the population may decline. If variation in laying date is heritable, natural selection should favour earlier-laying birds, so the population may gradually evolve to breed earlier.",
    }),
    ...figureQuestions,
  ],
  groups: biologyGroups,
};

export default content;
