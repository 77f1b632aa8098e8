import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { accuracy as a, method as m, point as pt } from "@/prisma/seed/content/shared/markscheme-points";

// Original IB-style questions for IB Environmental Systems and Societies (new guide, first assessment 2026).
// Every place, organization, survey and figure in a stem is invented for the question and labelled
// hypothetical; real treaties, organizations and scientific processes are named only where the facts are
// well established. Money is written in words or with "USD", so "$" is only ever a LaTeX delimiter.
// Paper 1 questions are built around a short case-study extract (as the resource booklet is); Paper 2
// questions are short-answer, data-based and structured-essay questions. Essays are marked against
// banded criteria (knowledge, application, analysis, evaluation) as the IB markbands do.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];
const PREFIX = "environmental-systems-and-societies-";

type Common = {
  /** Suffix after the subject prefix, e.g. "2-2-01". */
  key: string;
  levels: Level[];
  topicCode: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  marks: number;
  paper: "P1" | "P2";
  commandTerm: QuestionInput["commandTerm"];
  stem: string;
  markscheme: MarkingPointInput[];
  workedSolution: string;
};

const written = (q: Common): QuestionInput => ({ ...q, key: PREFIX + q.key, type: "WRITTEN", calculator: true });
const numeric = (q: Common & { numericAnswer: NumericAnswer }): QuestionInput => ({ ...q, key: PREFIX + q.key, type: "NUMERIC", calculator: true });
const mcq = (q: Omit<Common, "marks" | "markscheme"> & { options: string[]; correct: "A" | "B" | "C" | "D"; why: string }): QuestionInput => {
  const { options, correct, why, ...rest } = q;
  return {
    ...rest,
    key: PREFIX + q.key,
    type: "MCQ",
    calculator: true,
    marks: 1,
    options: options.map((text, i) => ({ id: "ABCD"[i]!, text })),
    correctOptionId: correct,
    markscheme: [pt("p1", 1, `${correct}: ${why}`, [correct])],
  };
};

/** Banded criteria for a structured essay (7–9 marks), as the ESS markbands reward them. */
const bands = (knowledge: string, examples: string, analysis: string, evaluation: string, marks: [number, number, number, number]): MarkingPointInput[] => [
  pt("K", marks[0], `Knowledge and understanding of ESS concepts and terminology: ${knowledge}`),
  pt("E", marks[1], `Use of relevant, accurate examples: ${examples}`),
  pt("AN", marks[2], `Analysis (reasoned links, causes and consequences, different perspectives): ${analysis}`),
  pt("EV", marks[3], `Evaluation and a conclusion consistent with the argument: ${evaluation}`),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 1: Foundation (perspectives, systems, sustainability)
// ─────────────────────────────────────────────────────────────────────────────
const foundation: QuestionInput[] = [
  mcq({
    key: "1-1-01",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which statement is most typical of a **technocentric** environmental value system?",
    options: [
      "Nature has intrinsic value and human demand must be reduced to live within its limits.",
      "New technologies and human ingenuity will solve environmental problems as they arise.",
      "Decisions should be made by small, self-governing communities that live close to the land.",
      "Economic growth must stop because the planet's resources are finite.",
    ],
    correct: "B",
    why: "technocentrists trust technology, science and human problem-solving to overcome environmental limits",
    workedSolution:
      "A **technocentric** (cornucopian) value system is optimistic: it holds that human ingenuity, markets and new technology can find substitutes for scarce resources and fix pollution, so growth can continue. **B** fits.\n\nA and D express **ecocentric** views (nature has intrinsic value, limits to growth); C describes a self-reliant, community-based (soft ecologist) ecocentric position.",
  }),
  written({
    key: "1-1-02",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    commandTerm: "Outline",
    stem: "**Case study (hypothetical).** The Rivelo Forest covers 400 km² of lowland rainforest. An indigenous community of about 2,000 people hunts, fishes and gathers medicinal plants there. A mining company has found bauxite under 60 km² of the forest and has applied for a licence to open a mine that would employ 900 people.\n\nOutline how the **environmental value systems** of the indigenous community and the mining company might lead them to different perspectives on the mine.",
    markscheme: [
      pt(
        "p1",
        1,
        "The community is likely to hold an ecocentric / spiritual / holistic value system, seeing the forest as having intrinsic value or as part of its identity and culture",
        ["ecocentric", "intrinsic", "culture"],
      ),
      pt(
        "p2",
        1,
        "The company is likely to hold an anthropocentric / technocentric value system, valuing the forest instrumentally for the bauxite / profit / jobs",
        ["anthropocentric", "technocentric", "profit", "instrumental"],
      ),
      pt(
        "p3",
        1,
        "So the community is likely to oppose the mine (loss of food, medicine, sacred land), while the company will support it, perhaps arguing that technology/restoration can limit damage (OWTTE)",
        ["oppose", "support", "restoration"],
      ),
      pt("p4", 1, "Different inputs (e.g. traditional knowledge vs economic data) are processed into different outputs/decisions by each value system", [
        "inputs",
        "outputs",
      ]),
    ],
    workedSolution:
      "An environmental value system is a worldview that shapes how a person or group perceives and evaluates environmental issues.\n\n- The **indigenous community** depends directly on the forest and is likely to hold an **ecocentric** view: the forest has intrinsic and cultural/spiritual value, not only a use value. It will probably see the mine as a threat to food, medicine and identity and oppose it.\n- The **mining company** is likely to be **anthropocentric/technocentric**: the forest is valued for the bauxite, profit and the 900 jobs, and the company will argue that careful management and restoration can reduce the damage.\n\nThe same information (a 60 km² mine) is therefore processed into opposite judgements. Award 1 mark per valid point, max 3.",
  }),
  written({
    key: "1-1-03",
    levels: BOTH,
    topicCode: "1.1",
    difficulty: 4,
    marks: 7,
    paper: "P2",
    commandTerm: "Discuss",
    stem: "Discuss how the environmental value systems of different stakeholders can influence the way a society responds to **one** named environmental issue.",
    markscheme: bands(
      "clear definition of an environmental value system; the ecocentric–anthropocentric–technocentric spectrum; the idea that EVS act as a system filtering inputs (education, media, culture) into outputs (decisions, actions)",
      "one named issue (e.g. a dam, an offshore wind farm, fracking, a national park) with at least two stakeholders whose values are identified correctly",
      "explains how each value system leads to a different preferred response (e.g. regulation, technology, protest, market solutions) and how power and influence decide which response is adopted",
      "balanced judgement, e.g. that responses are often compromises between value systems, or that the dominant EVS in government shapes policy; conclusion follows from the discussion",
      [2, 2, 2, 1],
    ),
    workedSolution:
      "**Model outline (issue: a proposed dam on a hypothetical river).**\n\n1. *EVS as a system*: inputs such as culture, religion, education and media are processed into outputs (beliefs, votes, consumer choices, protests). Positions range from **ecocentric** (deep ecologists, self-reliance soft ecologists) through **anthropocentric** (environmental managers) to **technocentric** (cornucopians).\n2. *Stakeholders*: an energy ministry (technocentric: the dam gives low-carbon electricity and flood control), farmers downstream (anthropocentric: want reliable irrigation but fear loss of fertile silt), a local fishing community and an NGO (ecocentric: migratory fish and the river have intrinsic value).\n3. *Influence on response*: the ministry pushes for construction with engineering fixes such as fish ladders; the NGO campaigns for an environmental impact assessment and legal challenge; farmers lobby for compensation. The outcome depends on who holds power: a government with a technocentric outlook is likely to approve the dam with mitigation measures.\n4. *Evaluation*: real responses tend to be compromises (for example a smaller dam plus environmental flows), and EVS change over time as new information arrives.\n\nMarked with the bands in the markscheme: a response needs a named issue and at least two stakeholders with different EVS for the upper bands.",
  }),
  mcq({
    key: "1-2-01",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which example describes a **negative feedback** loop?",
    options: [
      "Warming melts sea ice, exposing darker ocean that absorbs more heat, causing more melting.",
      "A predator population rises, prey numbers fall, and the predator population then declines.",
      "Deforestation reduces rainfall, which causes more trees to die.",
      "Permafrost thaws and releases methane, which increases warming and further thawing.",
    ],
    correct: "B",
    why: "the change (more predators) causes effects (less prey) that reverse the original change, returning the system towards equilibrium",
    workedSolution:
      "A **negative feedback** loop counteracts the original change and stabilises a system around an equilibrium. More predators eat more prey; with less food, the predator population falls again: **B**.\n\nA, C and D are **positive feedback** loops: the change triggers effects that amplify it, moving the system away from its equilibrium and possibly towards a tipping point.",
  }),
  written({
    key: "1-2-02",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between **open**, **closed** and **isolated** systems, giving an example of an open or a closed system.",
    markscheme: [
      pt("p1", 1, "Open system: exchanges both energy and matter with its surroundings", ["open", "energy and matter"]),
      pt("p2", 1, "Closed system: exchanges energy but not matter (e.g. the Earth, approximately / a sealed terrarium)", ["closed", "energy but not matter"]),
      pt("p3", 1, "Isolated system: exchanges neither energy nor matter (none exist naturally / the universe may be one)", ["isolated", "neither"]),
      pt("p4", 1, "Valid example of an open system, e.g. a forest / lake / city / any natural ecosystem", ["forest", "lake", "ecosystem"]),
    ],
    workedSolution:
      "- **Open system**: energy *and* matter cross the boundary, e.g. a lake receives sunlight and river water and loses heat, water and sediment. Almost all ecosystems are open.\n- **Closed system**: energy crosses the boundary but matter does not (or only negligibly), e.g. the Earth as a whole (sunlight in, heat out, almost no matter exchanged) or a sealed bottle garden.\n- **Isolated system**: neither energy nor matter is exchanged; none is known in nature (the universe as a whole is sometimes given).\n\nThree marks for the three definitions; an example can replace the mark for the closed-system definition only if it is clearly explained.",
  }),
  written({
    key: "1-2-03",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how the melting of Arctic sea ice can act as a **positive feedback** loop that may push the climate system towards a **tipping point**.",
    markscheme: [
      pt("p1", 1, "Warming melts sea ice, replacing bright, high-albedo ice with dark, low-albedo ocean water", ["albedo"]),
      pt("p2", 1, "The darker surface absorbs more solar radiation (reflects less), so the ocean and air warm further", ["absorbs", "reflects less"]),
      pt("p3", 1, "Further warming melts more ice: the change amplifies itself / moves the system away from equilibrium (positive feedback)", [
        "amplif",
        "more ice melts",
      ]),
      pt(
        "p4",
        1,
        "A tipping point is a critical threshold beyond which the system shifts to a new (alternative) stable state, e.g. a seasonally ice-free Arctic, which may be hard to reverse",
        ["threshold", "new stable state", "irreversible"],
      ),
    ],
    workedSolution:
      "1. Global warming melts some Arctic sea ice.\n2. Ice has a **high albedo** (reflects most sunlight); open ocean has a **low albedo**, so more solar radiation is absorbed.\n3. The extra absorbed energy warms the water and air, melting *more* ice: the loop **amplifies** the original change (positive feedback).\n4. If this continues past a **tipping point** (a critical threshold), the system may move to a new equilibrium, such as an Arctic Ocean that is ice-free in summer, and would not return even if the original warming stopped quickly.",
  }),
  numeric({
    key: "1-2-04",
    levels: BOTH,
    topicCode: "1.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical reservoir is modelled as a system. In one year it receives 46 million m³ of river inflow and 9 million m³ of direct rainfall. It loses 38 million m³ through the outlet and water abstraction and 12 million m³ through evaporation.\n\nCalculate the change in the volume of water stored in the reservoir over the year, in **million m³** (use a negative sign for a decrease).",
    numericAnswer: { value: 5, tolerance: 0 },
    markscheme: [
      m("M1", 1, "Change in storage = total inputs − total outputs = (46 + 9) − (38 + 12)", ["55", "50"]),
      a("A1", 1, "+5 (million m³): the storage increases", ["M1"], ["5"]),
    ],
    workedSolution: String.raw`For a system, change in storage $=$ inputs $-$ outputs.

- Inputs: $46 + 9 = 55$ million m³
- Outputs: $38 + 12 = 50$ million m³

Change in storage $= 55 - 50 =$ **+5 million m³** (the reservoir gains water; the system is not in steady state this year).`,
  }),
  numeric({
    key: "1-3-01",
    levels: BOTH,
    topicCode: "1.3",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical country has a population of 5.0 million. Its average ecological footprint is 4.2 global hectares (gha) per person and its biocapacity is 1.6 gha per person.\n\nCalculate the country's total **ecological deficit**, in **million gha**.",
    numericAnswer: { value: 13, tolerance: 0.05 },
    markscheme: [
      m("M1", 1, "Deficit per person = 4.2 − 1.6 = 2.6 gha / total footprint 21 million gha and total biocapacity 8 million gha", ["2.6", "21", "8"]),
      a("A1", 1, "Total deficit = 2.6 × 5.0 = 13 million gha", ["M1"], ["13"]),
    ],
    workedSolution: String.raw`An ecological deficit exists when the footprint is larger than the biocapacity.

- Per person: $4.2 - 1.6 = 2.6$ gha
- Whole population: $2.6 \times 5.0 = 13$ million gha

(Equivalently, footprint $4.2 \times 5.0 = 21$ million gha minus biocapacity $1.6 \times 5.0 = 8$ million gha.) The deficit of **13 million gha** must be met by imports, by drawing down natural capital or by using the global commons, for example as a sink for carbon dioxide.`,
  }),
  mcq({
    key: "1-3-02",
    levels: BOTH,
    topicCode: "1.3",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which is the best description of **sustainable development** as defined in the report *Our Common Future* (Brundtland Commission, 1987)?",
    options: [
      "Development that keeps the economy growing at a steady rate every year",
      "Development that leaves natural ecosystems completely untouched",
      "Development that uses only renewable resources",
      "Development that meets the needs of the present without compromising the ability of future generations to meet their own needs",
    ],
    correct: "D",
    why: "the Brundtland definition balances present needs with those of future generations",
    workedSolution:
      "The 1987 report of the World Commission on Environment and Development (the Brundtland Commission) defined sustainable development as development that meets present needs without compromising the ability of future generations to meet theirs: **D**. It does not require zero use of non-renewables (C) or untouched nature (B), and growth alone (A) is not sustainability.",
  }),
  written({
    key: "1-3-03",
    levels: BOTH,
    topicCode: "1.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline how the **planetary boundaries** model and the **doughnut economics** model can each be used to judge whether human activity is sustainable.",
    markscheme: [
      pt(
        "p1",
        1,
        "Planetary boundaries: a set of (nine) Earth-system processes, e.g. climate change, biosphere integrity, biogeochemical flows, land-system change",
        ["nine", "climate", "biosphere integrity", "nitrogen"],
      ),
      pt(
        "p2",
        1,
        "Each boundary marks a safe operating space; crossing it increases the risk of abrupt / irreversible change (tipping points) in the Earth system",
        ["safe operating space", "threshold"],
      ),
      pt("p3", 1, "Doughnut economics adds a social foundation (minimum needs such as food, water, health, education) inside the ecological ceiling", [
        "social foundation",
        "ecological ceiling",
      ]),
      pt(
        "p4",
        1,
        "Sustainable = meeting everyone's needs (above the foundation) without overshooting the ceiling (boundaries); a society is judged by shortfalls and overshoots",
        ["shortfall", "overshoot"],
      ),
    ],
    workedSolution:
      "- **Planetary boundaries** (Rockström and colleagues, 2009) identify nine Earth-system processes, such as climate change, biosphere integrity, biogeochemical (nitrogen and phosphorus) flows, land-system change and freshwater change. Each has a boundary defining a *safe operating space*; beyond it the risk of crossing tipping points rises. Activity is unsustainable where a boundary is transgressed.\n- **Doughnut economics** (Kate Raworth) puts the planetary boundaries as an outer *ecological ceiling* and adds an inner *social foundation* of human needs (food, water, health, education, energy, political voice...). A sustainable economy sits in the doughnut between the two: no one falls short of the foundation and the ceiling is not overshot.\n\nTwo marks per model.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 2: Ecology
// ─────────────────────────────────────────────────────────────────────────────
const ecology: QuestionInput[] = [
  numeric({
    key: "2-1-01",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a hypothetical survey of woodlice under logs, 48 woodlice were caught, marked with a dot of non-toxic paint and released. Two days later 60 woodlice were caught, of which 16 were marked.\n\nUse the **Lincoln index** to calculate the estimated population size.",
    numericAnswer: { value: 180, tolerance: 0 },
    markscheme: [
      m("M1", 1, "Population size $N = \\dfrac{M \\times C}{R} = \\dfrac{48 \\times 60}{16}$", ["48", "60", "16"]),
      a("A1", 1, "180 (woodlice)", ["M1"], ["180"]),
    ],
    workedSolution: String.raw`Lincoln index: $N = \dfrac{M \times C}{R}$, where $M$ = number marked in the first sample, $C$ = total caught in the second sample and $R$ = marked individuals recaptured.

$$N = \frac{48 \times 60}{16} = \frac{2880}{16} = 180$$

The estimated population is **180 woodlice**.`,
  }),
  written({
    key: "2-1-02",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline **three** assumptions that must hold for a population estimate from the Lincoln index (capture–mark–release–recapture) to be reliable.",
    markscheme: [
      pt("p1", 1, "Marked individuals mix randomly/fully with the rest of the population before recapture", ["mix"]),
      pt("p2", 1, "Marks are not lost, and do not affect survival / behaviour / chance of recapture (e.g. no extra predation)", [
        "marks",
        "predation",
        "not lost",
      ]),
      pt("p3", 1, "The population is closed: no (significant) births, deaths, immigration or emigration between samples", [
        "closed",
        "immigration",
        "emigration",
        "births",
      ]),
      pt("p4", 1, "All individuals have the same chance of being caught (no trap-happy / trap-shy animals); sampling method is the same both times", [
        "equal chance",
        "trap",
      ]),
    ],
    workedSolution:
      "Any three of:\n\n1. Marked animals **mix randomly** back into the population before the second sample.\n2. Marking does **not harm** the animal or change its behaviour or visibility to predators, and **marks are not lost**.\n3. The population is **closed** over the sampling period: births, deaths and migration are negligible.\n4. Every individual has an **equal chance of capture** in both samples (animals do not learn to avoid or seek the traps).\n\nIf an assumption is broken the estimate is biased: for example, lost marks reduce $R$ and make $N$ too large.",
  }),
  mcq({
    key: "2-1-03",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Two species of barnacle live on a rocky shore. In laboratory tanks species X survives across the whole range of tide heights, but on the shore it is found only in the upper zone, because species Y outcompetes it lower down. What does the **upper zone** represent for species X?",
    options: ["Its realized niche", "Its fundamental niche", "Its habitat tolerance range", "Its carrying capacity"],
    correct: "A",
    why: "the realized niche is the part of the fundamental niche actually occupied once interactions such as competition are included",
    workedSolution:
      "The **fundamental niche** is the full range of conditions a species could occupy (here, the whole tidal range it tolerates in tanks). The **realized niche** is the smaller range actually occupied because of biotic interactions such as competition: the upper zone, **A**.",
  }),
  written({
    key: "2-1-04",
    levels: BOTH,
    topicCode: "2.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "A hypothetical population of deer is introduced to an island with no predators. Explain the shape of the **S-shaped (logistic) growth curve** that its population is expected to follow.",
    markscheme: [
      pt("p1", 1, "Lag phase: few individuals reproducing at first / the population adjusts to the new area, so growth is slow", ["lag", "few"]),
      pt("p2", 1, "Exponential/rapid growth: abundant resources and no limiting factors, so births greatly exceed deaths", ["exponential", "abundant"]),
      pt(
        "p3",
        1,
        "Transitional phase: limiting factors (food, space, disease / density-dependent factors) increase environmental resistance, so growth slows",
        ["limiting", "density-dependent", "environmental resistance"],
      ),
      pt("p4", 1, "Plateau at carrying capacity: births ≈ deaths; the population fluctuates around K (negative feedback)", [
        "carrying capacity",
        "K",
        "plateau",
      ]),
    ],
    workedSolution:
      "1. **Lag phase**: the introduced deer are few, so even at a high per-capita rate the number added each year is small.\n2. **Exponential phase**: food and space are plentiful and there are no predators, so births far exceed deaths and numbers rise rapidly.\n3. **Transitional phase**: as density rises, **density-dependent limiting factors** (competition for grazing, disease, reduced breeding success) increase environmental resistance and growth slows.\n4. **Plateau**: the population levels off at the **carrying capacity**, where births roughly balance deaths; **negative feedback** keeps it fluctuating around this level. (Without predators, the deer may overshoot and damage the vegetation, lowering the carrying capacity.)",
  }),
  written({
    key: "2-1-05",
    levels: HL,
    topicCode: "2.1",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    commandTerm: "Compare and contrast",
    stem: "Compare and contrast the reproductive strategies of **r-strategist** and **K-strategist** species, and suggest which type is more likely to become threatened when its habitat is disturbed.",
    markscheme: [
      pt("p1", 1, "Both are strategies that maximise lifetime reproductive success / both are ends of a continuum, most species lie between", [
        "continuum",
        "both",
      ]),
      pt("p2", 1, "r-strategists: many small offspring, little or no parental care, early maturity, short lifespan, high mortality of young", [
        "many offspring",
        "little parental care",
      ]),
      pt("p3", 1, "K-strategists: few large offspring, much parental care, late maturity, long lifespan, population stable near carrying capacity", [
        "few offspring",
        "parental care",
      ]),
      pt(
        "p4",
        1,
        "K-strategists more threatened: slow reproduction means populations recover slowly from losses / r-strategists colonise disturbed habitats quickly",
        ["recover slowly", "colonise"],
      ),
    ],
    workedSolution:
      "- **Similarity**: both are reproductive strategies shaped by natural selection, and they are two ends of a **continuum**; many species are intermediate.\n- **r-strategists** (e.g. many insects, annual weeds): many small offspring, little parental care, rapid maturity, short lives; populations boom and crash and are good at colonising new or disturbed habitats.\n- **K-strategists** (e.g. elephants, great apes): few offspring with high parental investment, late maturity, long lives; populations stay close to the carrying capacity of stable environments.\n- **Threat**: K-strategists are usually more vulnerable to disturbance, because their low reproductive rate means populations recover slowly after losses, while r-strategists can exploit the disturbed habitat.",
  }),
  numeric({
    key: "2-2-01",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a hypothetical grassland the **gross primary productivity** (GPP) of the producers is 24,000 kJ m⁻² yr⁻¹ and their respiratory loss is 15,600 kJ m⁻² yr⁻¹.\n\nCalculate the **net primary productivity** (NPP), in kJ m⁻² yr⁻¹.",
    numericAnswer: { value: 8400, tolerance: 0, unit: "kJ m⁻² yr⁻¹" },
    markscheme: [m("M1", 1, "NPP = GPP − R = 24,000 − 15,600", ["GPP", "respiration"]), a("A1", 1, "8,400 kJ m⁻² yr⁻¹", ["M1"], ["8400"])],
    workedSolution: String.raw`$$\text{NPP} = \text{GPP} - R = 24\,000 - 15\,600 = 8\,400 \text{ kJ m}^{-2}\text{ yr}^{-1}$$

NPP is the energy fixed by the producers that is left after their own respiration: the energy available as new biomass to primary consumers and decomposers.`,
  }),
  numeric({
    key: "2-2-02",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a hypothetical pond food chain the net productivity of the phytoplankton is 8,400 kJ m⁻² yr⁻¹ and the net productivity of the zooplankton that feed on them is 630 kJ m⁻² yr⁻¹.\n\nCalculate the **efficiency of energy transfer** between these two trophic levels, as a percentage.",
    numericAnswer: { value: 7.5, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Efficiency = (energy at higher level ÷ energy at lower level) × 100 = 630 ÷ 8,400 × 100", ["630", "8400"]),
      a("A1", 1, "7.5 %", ["M1"], ["7.5"]),
    ],
    workedSolution: String.raw`$$\text{efficiency} = \frac{630}{8\,400} \times 100 = 7.5\,\%$$

Only 7.5 % of the energy reaches the next trophic level, close to the commonly quoted 10 %: the rest is lost as heat from respiration, in uneaten parts and in faeces passed to decomposers.`,
  }),
  written({
    key: "2-2-03",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain why food chains rarely have more than four or five trophic levels.",
    markscheme: [
      pt("p1", 1, "Energy is lost at each transfer (typically around 90 % / only about 10 % passed on)", ["10", "90", "lost"]),
      pt("p2", 1, "Losses are mainly as heat from cellular respiration / also in uneaten parts, faeces and excretory products", [
        "respiration",
        "heat",
        "faeces",
      ]),
      pt("p3", 1, "After a few transfers too little energy remains to support a viable population of a further (top) predator", ["too little", "viable"]),
      pt("p4", 1, "Second law of thermodynamics: energy transformations are never 100 % efficient; energy flows one way and is not recycled", [
        "second law",
        "thermodynamics",
      ]),
    ],
    workedSolution:
      "Energy flows **one way** through a food chain, and each transfer is inefficient (the **second law of thermodynamics**): most energy taken in by an organism is released as **heat in respiration**, and some is never eaten or is lost in faeces. Typically only about **10 %** reaches the next level, so after four or five transfers the energy left is too small to support a viable population of another predator, which would also need a large area to hunt in.",
  }),
  mcq({
    key: "2-2-04",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A single oak tree supports thousands of caterpillars, which are eaten by a few birds. Which ecological pyramid for this food chain would be **inverted** (narrower at the base than above it)?",
    options: ["Pyramid of energy", "Pyramid of productivity", "Pyramid of numbers", "None of them: pyramids are never inverted"],
    correct: "C",
    why: "one large producer supports many small herbivores, so the base bar of a pyramid of numbers is smaller than the next",
    workedSolution:
      "A **pyramid of numbers** counts individuals, ignoring size, so one oak tree (bottom bar: 1) below thousands of caterpillars gives an inverted shape: **C**. Pyramids of energy/productivity can **never** be inverted, because each level has less energy than the level it feeds on (second law of thermodynamics).",
  }),
  written({
    key: "2-2-05",
    levels: BOTH,
    topicCode: "2.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Case study (hypothetical).** A persistent insecticide was sprayed on the wetlands around Lake Sorin for ten years. Water in the lake contained 0.00005 ppm of the insecticide, zooplankton 0.04 ppm, small fish 0.5 ppm and fish-eating birds 25 ppm. The birds laid eggs with thin shells that often broke.\n\nExplain the increase in insecticide concentration along this food chain.",
    markscheme: [
      pt("p1", 1, "The insecticide is persistent / non-biodegradable and fat-soluble, so it is stored in fatty tissue rather than excreted", [
        "persistent",
        "fat-soluble",
        "not excreted",
      ]),
      pt("p2", 1, "Bioaccumulation: it builds up in an individual over its lifetime, faster than it is lost", ["bioaccumulation"]),
      pt("p3", 1, "Biomagnification: each consumer eats many organisms from the level below, so the concentration increases at each trophic level", [
        "biomagnification",
        "many",
      ]),
      pt(
        "p4",
        1,
        "Biomass (and energy) decrease up the chain but the insecticide is retained, so it is concentrated in less biomass; top predators (birds) have highest concentration (25 ppm)",
        ["less biomass", "top predator", "25"],
      ),
    ],
    workedSolution:
      "The insecticide is **persistent** and **fat-soluble**: it is not broken down quickly or excreted, so it is stored in fatty tissue. Each organism **bioaccumulates** it over its life. Moving up the chain, each consumer eats many organisms from the level below, taking in all their stored insecticide while losing much of the biomass through respiration, so the concentration rises at every level: **biomagnification**. The birds at the top reach 25 ppm, 500,000 times the concentration in the water (25 ÷ 0.00005), enough to disrupt eggshell formation.",
  }),
  numeric({
    key: "2-2-06",
    levels: HL,
    topicCode: "2.2",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical caterpillar eats leaves containing 2,500 J of energy in a day. It loses 1,600 J in its faeces and 720 J through respiration.\n\nCalculate the caterpillar's **net secondary productivity** for that day, in J.",
    numericAnswer: { value: 180, tolerance: 0, unit: "J" },
    markscheme: [
      m("M1", 1, "Assimilation (GSP) = food eaten − faecal loss = 2,500 − 1,600 = 900 J", ["900"]),
      m("M2", 1, "NSP = GSP − respiratory loss = 900 − 720", ["720"]),
      a("A1", 1, "180 J", ["M1", "M2"], ["180"]),
    ],
    workedSolution: String.raw`For consumers:

- Gross secondary productivity (assimilation) $=$ food eaten $-$ faecal loss $= 2\,500 - 1\,600 = 900$ J
- Net secondary productivity $=$ GSP $-$ respiratory loss $= 900 - 720 =$ **180 J**

Only $180/2\,500 = 7.2\,\%$ of the energy eaten becomes new caterpillar biomass.`,
  }),
  mcq({
    key: "2-3-01",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which process in the nitrogen cycle converts nitrogen gas (N₂) from the atmosphere into compounds that plants can use?",
    options: ["Nitrogen fixation", "Denitrification", "Ammonification (decomposition)", "Leaching"],
    correct: "A",
    why: "nitrogen fixation (by bacteria such as Rhizobium, by lightning or by the industrial Haber process) turns N₂ into ammonia/nitrogen compounds",
    workedSolution:
      "**Nitrogen fixation** converts unreactive N₂ into ammonia/ammonium or nitrates: by free-living and symbiotic bacteria (e.g. *Rhizobium* in legume root nodules), by lightning, and industrially for fertilisers: **A**. Denitrification does the reverse (nitrate → N₂), ammonification releases ammonium from dead organic matter, and leaching removes nitrates from soil in water.",
  }),
  numeric({
    key: "2-3-02",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a simplified, hypothetical carbon-cycle model, a forest store holds 560 Gt of carbon. Carbon leaves this store at a rate of 112 Gt per year and the store is in steady state.\n\nCalculate the mean **residence time** of carbon in the forest store, in years.",
    numericAnswer: { value: 5, tolerance: 0, unit: "yr" },
    markscheme: [m("M1", 1, "Residence time = size of store ÷ rate of flow out = 560 ÷ 112", ["560", "112"]), a("A1", 1, "5 years", ["M1"], ["5"])],
    workedSolution: String.raw`For a store in steady state (inflow $=$ outflow):

$$\text{residence time} = \frac{\text{store}}{\text{flux}} = \frac{560 \text{ Gt}}{112 \text{ Gt yr}^{-1}} = 5 \text{ years}$$

On average a carbon atom stays in the store for **5 years** before leaving, e.g. by respiration, decomposition or combustion.`,
  }),
  written({
    key: "2-3-03",
    levels: BOTH,
    topicCode: "2.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline how **two** different human activities alter the flows and stores of the carbon cycle.",
    markscheme: [
      pt("p1", 1, "Combustion of fossil fuels transfers carbon from long-term lithosphere stores (coal, oil, gas) to the atmosphere as CO₂", [
        "fossil fuels",
        "combustion",
      ]),
      pt(
        "p2",
        1,
        "This increases the atmospheric store faster than sinks (oceans, plants) can absorb it / adds to ocean dissolution, causing ocean acidification",
        ["atmospheric store", "acidification"],
      ),
      pt("p3", 1, "Deforestation / burning of forests releases the carbon held in the biomass (and soil) store to the atmosphere as CO₂", [
        "deforestation",
        "biomass",
      ]),
      pt("p4", 1, "Fewer trees photosynthesise, so the flow of carbon from the atmosphere into biomass (the sink) is reduced", ["photosynthesis", "sink"]),
      pt(
        "p5",
        1,
        "Another valid activity and the store it changes: ploughing / draining peatlands depletes the soil organic carbon store / cement production draws on the limestone store / afforestation enlarges the biomass store",
        ["peat", "soil", "cement", "afforestation"],
      ),
      pt(
        "p6",
        1,
        "…and the flow it changes: increased decomposition / oxidation releases CO₂ / heating limestone releases CO₂ / increased photosynthesis removes CO₂ from the atmosphere (max 2 marks per activity)",
        ["decomposition", "oxidation", "limestone"],
      ),
    ],
    workedSolution:
      "1. **Burning fossil fuels**: carbon stored for millions of years in the lithosphere is rapidly oxidised to CO₂ and added to the atmosphere. The flux is larger than natural sinks can absorb, so the atmospheric store grows; part of the extra CO₂ dissolves in the ocean, lowering its pH (ocean acidification).\n2. **Deforestation** (for farming, logging): burning or decomposition releases carbon held in biomass and soil, and the loss of trees removes a photosynthetic sink that would have taken up CO₂ in the future.\n\nTwo marks per activity (the change to a store and the change to a flow). Other valid activities: draining/burning peatland, ploughing, cement production, afforestation (an increased sink).",
  }),
  written({
    key: "2-3-04",
    levels: HL,
    topicCode: "2.3",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain why the **phosphorus cycle** is much slower than the carbon and nitrogen cycles, and why phosphorus can become a limiting factor for plant growth.",
    markscheme: [
      pt("p1", 1, "The phosphorus cycle has no significant atmospheric/gaseous phase, so phosphorus cannot move quickly through the air", [
        "no gaseous",
        "atmosphere",
      ]),
      pt(
        "p2",
        1,
        "Its main store is in rocks/sediments; it is released only slowly by weathering, and returns to rock through sedimentation over geological time",
        ["weathering", "rock", "sediment"],
      ),
      pt(
        "p3",
        1,
        "Phosphate released into soil is often in short supply / bound to soil particles or lost to the sea, so plants may lack it (limiting factor for NPP)",
        ["limiting", "bound", "short supply"],
      ),
    ],
    workedSolution:
      "Unlike carbon (CO₂) and nitrogen (N₂), phosphorus has **no significant gaseous phase**, so it cannot be exchanged rapidly through the atmosphere. Its largest store is in **rocks and ocean sediments**; it enters ecosystems only slowly through **weathering**, and much of it is washed to the sea and locked back into sediments for millions of years. Available phosphate in soils is therefore often scarce (and may bind to soil particles), so it can **limit plant growth**: this is why phosphate fertilisers are mined and added to farmland.",
  }),
  mcq({
    key: "2-4-01",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "According to the **tricellular model** of atmospheric circulation, why do many hot deserts lie at around 30° north and south of the equator?",
    options: [
      "Cool, dry air descends there, forming a belt of high pressure.",
      "Warm, moist air rises there, forming a belt of low pressure.",
      "Polar air meets tropical air there, causing frequent fronts.",
      "Ocean currents carry warm water there from the equator.",
    ],
    correct: "A",
    why: "air rising at the equator loses its moisture as rain, then descends at about 30° in the Hadley cells as dry, high-pressure air",
    workedSolution:
      "At the equator intense heating makes air rise; it cools and its water vapour condenses into heavy rain (rainforests). The now-dry air moves poleward and **descends at about 30°** N and S in the **Hadley cells**, creating subtropical **high pressure**, clear skies and little rain: **A**. Cold ocean currents can make some coastal deserts drier, but they are not the reason for the belt.",
  }),
  written({
    key: "2-4-02",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Tropical rainforests have much higher net primary productivity than tundra. Explain this difference with reference to **two** climatic factors.",
    markscheme: [
      pt(
        "p1",
        1,
        "Rainforest: high, constant insolation/temperature all year (near the equator) gives fast rates of photosynthesis and a year-round growing season",
        ["insolation", "temperature", "growing season"],
      ),
      pt("p2", 1, "Rainforest: high rainfall so water is not limiting; fast decomposition recycles nutrients quickly", ["rainfall", "water"]),
      pt("p3", 1, "Tundra: low temperatures / low insolation (low sun angle) and a short growing season limit photosynthesis and enzyme activity", [
        "cold",
        "short growing season",
      ]),
      pt("p4", 1, "Tundra: water is frozen (permafrost) for much of the year / low precipitation, and slow decomposition leaves soils nutrient-poor", [
        "permafrost",
        "frozen",
        "slow decomposition",
      ]),
    ],
    workedSolution:
      "NPP depends on the rate of photosynthesis, which is limited by **insolation, temperature** and **water** (precipitation).\n\n- **Temperature and insolation**: near the equator the sun is high all year, so temperatures are warm and light is abundant for a 12-month growing season. In the tundra, low sun angles and long winters give cold temperatures and a growing season of only a few weeks; enzymes work slowly.\n- **Water**: rainforests receive heavy rainfall year-round, so water rarely limits growth. In the tundra, precipitation is low and much of the water is frozen (including permafrost), so it is unavailable to plants.\n\nWarm, wet conditions also speed decomposition and nutrient recycling, adding to the difference.",
  }),
  written({
    key: "2-4-03",
    levels: BOTH,
    topicCode: "2.4",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Suggest",
    stem: "Suggest how continued climate change may alter the **distribution of biomes**.",
    markscheme: [
      pt("p1", 1, "Biomes shift towards the poles (latitudinal shift) as temperature zones move", ["poleward", "latitude"]),
      pt("p2", 1, "Biomes shift to higher altitudes on mountains; alpine biomes may shrink or disappear ('nowhere to go')", ["altitude", "mountain"]),
      pt("p3", 1, "Changes in precipitation patterns may expand deserts/drylands or turn forest into savanna/grassland (e.g. drying of rainforest)", [
        "desertification",
        "savanna",
        "precipitation",
      ]),
      pt(
        "p4",
        1,
        "Species move at different rates / barriers (cities, farmland) prevent migration, so new communities form and some biomes shrink (e.g. tundra squeezed by advancing boreal forest)",
        ["barriers", "tundra", "boreal"],
      ),
    ],
    workedSolution:
      "Biome distribution depends mainly on temperature and precipitation, so as these change:\n\n- Biomes are expected to **shift poleward**, e.g. boreal forest advancing into tundra, which has no land further north to move into in many places.\n- Biomes on mountains **move upslope**, so alpine communities may shrink.\n- Altered rainfall could **expand drylands** or change forest into savanna where droughts become more frequent.\n\nBecause species migrate at different speeds and human land use blocks movement, communities may not move intact. Any three reasoned points.",
  }),
  written({
    key: "2-5-01",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Describe",
    stem: "Describe the changes that take place during **primary succession** on bare rock (for example after a volcanic eruption).",
    markscheme: [
      pt("p1", 1, "Pioneer species (e.g. lichens, mosses) colonise bare rock; they tolerate harsh conditions", ["pioneer", "lichen", "moss"]),
      pt("p2", 1, "Pioneers weather rock and add organic matter when they die, beginning soil formation", ["soil", "weathering", "organic matter"]),
      pt("p3", 1, "Deeper soil with more water and nutrients allows larger plants (grasses, shrubs, then trees) to outcompete earlier species (seral stages)", [
        "seral",
        "shrubs",
        "outcompete",
      ]),
      pt("p4", 1, "Over time biomass, species diversity, NPP and structural complexity increase; nutrient cycling becomes more closed", [
        "biomass",
        "diversity",
        "complexity",
      ]),
      pt("p5", 1, "A climax community forms, in equilibrium with the climate (e.g. forest), where GPP ≈ R / P:R ratio approaches 1", [
        "climax",
        "P:R",
        "equilibrium",
      ]),
    ],
    workedSolution:
      "1. **Pioneer stage**: lichens and mosses colonise bare rock, surviving drought and extremes of temperature.\n2. **Soil formation**: they weather the rock and add dead organic matter, so a thin soil develops.\n3. **Seral stages**: grasses and herbs, then shrubs, then trees establish as soil deepens and holds more water and nutrients; each stage changes the conditions so that later species **outcompete** earlier ones.\n4. **Trends**: biomass, species diversity, food-web complexity and soil depth increase; in early stages GPP exceeds respiration (P:R > 1) so biomass accumulates.\n5. **Climax community**: a stable community (e.g. temperate forest) in equilibrium with the climate, with P:R close to 1.\n\nAny four points.",
  }),
  mcq({
    key: "2-5-02",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which statement correctly distinguishes **zonation** from **succession**?",
    options: [
      "Zonation is a change in communities over time; succession is a change across space.",
      "Zonation is caused by humans; succession is natural.",
      "Zonation happens only on coasts; succession happens only on land.",
      "Zonation is a change in communities along an environmental gradient in space; succession is a change in communities over time.",
    ],
    correct: "D",
    why: "zonation is spatial (along a gradient such as altitude or tide height); succession is temporal",
    workedSolution:
      "**Zonation** is the *spatial* arrangement of communities into bands along an environmental gradient (altitude, tide height, distance from the sea). **Succession** is the *temporal* sequence of communities replacing one another at one place: **D**.",
  }),
  numeric({
    key: "2-5-03",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "On an abandoned hypothetical quarry floor, mean shrub cover in a set of quadrats rose from 35 % to 62 % over eight years.\n\nCalculate the **percentage change** in shrub cover, to 3 significant figures.",
    numericAnswer: { sigFigsExact: true, value: 77.1, sigFigs: 3, tolerance: 0.05, unit: "%" },
    markscheme: [
      m("M1", 1, "Percentage change = (new − original) ÷ original × 100 = (62 − 35) ÷ 35 × 100", ["27", "35"]),
      a("A1", 1, "77.1 % (increase)", ["M1"], ["77.1"]),
    ],
    workedSolution: String.raw`$$\text{percentage change} = \frac{62 - 35}{35} \times 100 = \frac{27}{35} \times 100 = 77.14\ldots \approx 77.1\,\%$$

Shrub cover increased by **77.1 %** (not 27 %, which is the change in percentage *points*), as expected during secondary succession.`,
  }),
  written({
    key: "2-5-04",
    levels: BOTH,
    topicCode: "2.5",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how grazing by domestic sheep can produce a **plagioclimax** community on an upland moor.",
    markscheme: [
      pt(
        "p1",
        1,
        "A plagioclimax is a stable community that is prevented by human activity from reaching the climatic climax / succession is arrested (deflected)",
        ["plagioclimax", "arrested", "deflected"],
      ),
      pt("p2", 1, "Sheep eat / trample tree seedlings and shrubs, so woody species cannot establish", ["seedlings", "trample"]),
      pt(
        "p3",
        1,
        "Grazing-tolerant grasses/heather (low-growing species) dominate; the community stays as long as grazing continues (if grazing stops, succession resumes towards woodland)",
        ["grasses", "heather", "resumes"],
      ),
    ],
    workedSolution:
      "Without interference the moor would undergo succession towards woodland (the climatic climax). Sheep browse and trample **tree seedlings** and shrubs, so woody plants cannot establish, while low-growing grasses and heather that tolerate grazing persist. Succession is therefore **arrested**, and the grassland/heath is a **plagioclimax**: stable only while grazing continues. If the sheep are removed, scrub and then trees return.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3: Biodiversity and conservation
// ─────────────────────────────────────────────────────────────────────────────
const biodiversity: QuestionInput[] = [
  numeric({
    key: "3-1-01",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical sample of ground beetles from a meadow contained five species with these numbers of individuals: species A 12, species B 8, species C 5, species D 3 and species E 2.\n\nUsing **Simpson's reciprocal index**, $D = \\dfrac{N(N-1)}{\\sum n(n-1)}$, calculate the diversity of the sample to 3 significant figures.",
    numericAnswer: { sigFigsExact: true, value: 4.03, sigFigs: 3, tolerance: 0.005 },
    markscheme: [
      m("M1", 1, "N = 12 + 8 + 5 + 3 + 2 = 30, so N(N − 1) = 30 × 29 = 870", ["30", "870"]),
      m("M2", 1, "Σn(n − 1) = 132 + 56 + 20 + 6 + 2 = 216", ["216"]),
      a("A1", 1, "D = 870 ÷ 216 = 4.03", ["M1", "M2"], ["4.03"]),
    ],
    workedSolution: String.raw`- $N = 12 + 8 + 5 + 3 + 2 = 30$, so $N(N-1) = 30 \times 29 = 870$
- $\sum n(n-1) = 12 \times 11 + 8 \times 7 + 5 \times 4 + 3 \times 2 + 2 \times 1 = 132 + 56 + 20 + 6 + 2 = 216$

$$D = \frac{870}{216} = 4.027\ldots \approx \mathbf{4.03}$$

A higher value of $D$ means greater diversity (more species and/or more even abundances). The index is most useful for comparing similar habitats sampled in the same way.`,
  }),
  written({
    key: "3-1-02",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    commandTerm: "Compare",
    stem: "**Case study (hypothetical).** Two areas of the same salt marsh were sampled with identical methods. Site P (ungrazed) had 9 plant species and a Simpson's reciprocal index of 6.8. Site Q (heavily grazed by cattle) had 9 plant species and an index of 2.1, with one grass species making up most individuals.\n\nCompare the biodiversity of the two sites and suggest a reason for the difference.",
    markscheme: [
      pt("p1", 1, "Both sites have the same species richness (9 species)", ["same", "richness", "9"]),
      pt("p2", 1, "Site P has higher diversity/evenness (6.8 vs 2.1): individuals spread more evenly among species; Q is dominated by one species", [
        "evenness",
        "dominated",
        "6.8",
        "2.1",
      ]),
      pt("p3", 1, "Grazing favours one grazing-tolerant grass / removes less tolerant species' biomass, reducing evenness (valid reason)", [
        "grazing",
        "tolerant",
      ]),
    ],
    workedSolution:
      "- **Similarity**: both sites have the same **species richness** (9 species).\n- **Difference**: site P has a much higher index (6.8 vs 2.1) because its individuals are distributed more **evenly** among the species; at site Q one grass dominates, so evenness, and therefore diversity, is low.\n- **Reason**: heavy grazing likely suppresses palatable species while a grazing-tolerant grass spreads, so one species becomes dominant.",
  }),
  mcq({
    key: "3-1-03",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Biodiversity is usually described at three levels. Which list gives them?",
    options: [
      "Genetic diversity, species diversity, habitat (ecosystem) diversity",
      "Producer diversity, consumer diversity, decomposer diversity",
      "Local diversity, national diversity, global diversity",
      "Plant diversity, animal diversity, microbial diversity",
    ],
    correct: "A",
    why: "biodiversity includes genetic, species and habitat/ecosystem diversity",
    workedSolution:
      "Biodiversity covers **genetic diversity** (variety of genes within a species), **species diversity** (richness and evenness of species) and **habitat/ecosystem diversity** (the range of habitats in an area): **A**.",
  }),
  written({
    key: "3-1-04",
    levels: BOTH,
    topicCode: "3.1",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how the **geographical isolation** of a population can lead to the formation of a new species.",
    markscheme: [
      pt(
        "p1",
        1,
        "A physical barrier (e.g. mountain range, sea, river, habitat fragmentation) separates two populations, preventing gene flow / interbreeding",
        ["barrier", "gene flow"],
      ),
      pt("p2", 1, "The populations experience different environmental conditions / selection pressures", ["selection pressure", "different conditions"]),
      pt(
        "p3",
        1,
        "Natural selection favours different variations (mutations, genetic drift add differences), so allele frequencies diverge over many generations",
        ["natural selection", "allele", "mutation"],
      ),
      pt(
        "p4",
        1,
        "Eventually the populations can no longer interbreed to produce fertile offspring (reproductive isolation) = new species (allopatric speciation)",
        ["reproductive isolation", "fertile", "allopatric"],
      ),
    ],
    workedSolution:
      "1. A **barrier** such as a new sea channel or mountain range splits a population, stopping interbreeding (**no gene flow**).\n2. Each population meets **different selection pressures** (climate, food, predators).\n3. **Natural selection** favours different heritable variations in each, and random mutation and genetic drift add further differences, so allele frequencies diverge over many generations.\n4. In time the populations become **reproductively isolated**: even if they meet again they cannot produce fertile offspring, so they are separate species (**allopatric speciation**).",
  }),
  mcq({
    key: "3-2-01",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which of these IUCN Red List categories indicates the **highest** risk of extinction in the wild?",
    options: ["Vulnerable", "Near Threatened", "Endangered", "Critically Endangered"],
    correct: "D",
    why: "the threatened categories rank Vulnerable < Endangered < Critically Endangered",
    workedSolution:
      "The IUCN threatened categories, in increasing order of risk, are **Vulnerable → Endangered → Critically Endangered**; beyond these are Extinct in the Wild and Extinct. Near Threatened is below the threatened categories. Answer **D**.",
  }),
  written({
    key: "3-2-02",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline **three** human activities that reduce biodiversity.",
    markscheme: [
      pt("p1", 1, "Habitat loss/destruction or fragmentation, e.g. clearing forest for agriculture/urban development", ["habitat loss", "fragmentation"]),
      pt("p2", 1, "Introduction of invasive (alien) species that outcompete or prey on native species", ["invasive", "alien"]),
      pt("p3", 1, "Pollution (e.g. pesticides, eutrophication, plastics) harming or killing organisms", ["pollution", "pesticide", "eutrophication"]),
      pt("p4", 1, "Overexploitation: overhunting, overfishing, poaching, illegal wildlife trade", ["overexploitation", "overfishing", "poaching"]),
      pt("p5", 1, "Anthropogenic climate change shifting habitats faster than species can adapt/move", ["climate change"]),
    ],
    workedSolution:
      "Any three, each with a brief outline of how it reduces biodiversity:\n\n- **Habitat loss and fragmentation**: land clearance removes habitats and leaves small isolated patches with edge effects.\n- **Invasive species**: introduced species without natural predators outcompete, prey on or spread disease to natives.\n- **Pollution**: e.g. eutrophication causing dead zones, pesticides killing non-target insects.\n- **Overexploitation**: harvesting faster than populations can replace themselves.\n- **Climate change**: changes conditions faster than many species can migrate or adapt.",
  }),
  written({
    key: "3-2-03",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Case study (hypothetical).** On the island of Merrow, a road built in 2015 split the only forest into two fragments of 30 km² and 12 km². A ground-nesting parrot endemic to the island now occurs only in the larger fragment, and its numbers fell from about 900 to 400 birds. Feral cats and rats are common along the road verges.\n\nExplain why the parrot is especially vulnerable to extinction.",
    markscheme: [
      pt("p1", 1, "Endemic species: found only on Merrow, so local loss = global extinction", ["endemic"]),
      pt("p2", 1, "Small / declining population (400) means low genetic diversity, inbreeding, vulnerability to chance events (disease, storms)", [
        "small population",
        "genetic diversity",
        "inbreeding",
      ]),
      pt("p3", 1, "Habitat fragmentation: smaller habitat area, edge effects, isolation of the two fragments (no gene flow / no recolonisation)", [
        "fragmentation",
        "edge",
        "isolated",
      ]),
      pt(
        "p4",
        1,
        "Ground-nesting: eggs and chicks exposed to introduced predators (cats, rats) that arrived along the road; island species have often evolved without such predators",
        ["predators", "cats", "rats", "ground"],
      ),
    ],
    workedSolution:
      "- It is **endemic**: its whole world population is on one island, so there is no other population to recolonise from.\n- Its population has **fallen to about 400**: small populations lose **genetic diversity** and are vulnerable to inbreeding and random events (storms, disease).\n- **Fragmentation** has left it in one 30 km² patch; the road creates **edge effects** and the smaller fragment is no longer used, so its range has shrunk.\n- It nests on the **ground**, where introduced **cats and rats** (concentrated along the road) can take eggs and chicks; island birds often lack anti-predator behaviour.",
  }),
  written({
    key: "3-2-04",
    levels: BOTH,
    topicCode: "3.2",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "To what extent",
    stem: "To what extent is the loss of biodiversity caused by **economic development** rather than by population growth? Refer to named examples in your answer.",
    markscheme: bands(
      "causes of biodiversity loss (habitat change, overexploitation, invasive species, pollution, climate change); links between population size, affluence/consumption and technology (e.g. the I = PAT idea)",
      "named, accurate examples, e.g. soybean and cattle expansion in the Amazon driven by export demand; palm oil in Southeast Asia; bushmeat hunting linked to local population growth; overfishing by distant-water fleets",
      "analyses how consumption in high-income countries drives land-use change elsewhere (telecoupling, ecological footprint), while population growth increases local demand for land, fuelwood and food",
      "reaches a supported judgement on 'to what extent', e.g. that consumption/economic development is usually the larger driver but the two interact and vary by place; acknowledges counter-arguments",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*Introduction*: biodiversity loss is driven by habitat change, overexploitation, invasive species, pollution and climate change. Environmental impact can be thought of as a product of population, affluence (consumption) and technology (I = PAT).\n\n*Economic development as driver*: much tropical deforestation is driven by commodity exports (beef and soy in the Amazon, palm oil in Indonesia and Malaysia) consumed largely in wealthier countries, whose per-capita ecological footprints are many times larger than those of low-income countries. Industrial fishing fleets and global trade in wildlife products are also driven by demand and investment rather than local population size. Emissions causing climate change come mostly from industrialised economies.\n\n*Population growth as driver*: in some regions rapid population growth increases demand for farmland, fuelwood and bushmeat (e.g. clearing for smallholder farms, pressure on protected areas), and expanding cities consume habitat.\n\n*Interaction*: population growth multiplies consumption; development can also *reduce* pressure (e.g. through efficient farming, protected areas, demographic transition lowering growth).\n\n*Conclusion*: to a large extent, patterns of consumption linked to economic development explain more biodiversity loss than population numbers alone, but local population pressure matters in some places, and the two interact.\n\nMarked with the bands: the upper bands require named examples, analysis of both drivers and a clear judgement.",
  }),
  mcq({
    key: "3-3-01",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which is an example of **ex situ** conservation?",
    options: [
      "A marine protected area",
      "A wildlife corridor linking two reserves",
      "A seed bank storing seeds at low temperature",
      "A national park with anti-poaching patrols",
    ],
    correct: "C",
    why: "ex situ conservation protects species outside their natural habitat, e.g. seed banks, zoos, botanic gardens",
    workedSolution:
      "**Ex situ** conservation keeps species away from their natural habitat (seed banks, zoos, botanic gardens, captive breeding). A, B and D protect species in their natural habitat (**in situ**). Answer **C**.",
  }),
  numeric({
    key: "3-3-02",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical nature reserve is a square of side 4 km. Edge effects (noise, light, predators and invasive plants from surrounding farmland) reach 0.5 km into the reserve from every side.\n\nCalculate the percentage of the reserve that is **core habitat** unaffected by edge effects, to 3 significant figures.",
    numericAnswer: { sigFigsExact: true, value: 56.3, sigFigs: 3, tolerance: 0.1, unit: "%" },
    markscheme: [
      m("M1", 1, "Total area = 4 × 4 = 16 km²", ["16"]),
      m("M2", 1, "Core is a square of side 4 − 2 × 0.5 = 3 km, area 9 km²", ["3 km", "9"]),
      a("A1", 1, "9 ÷ 16 × 100 = 56.3 %", ["M1", "M2"], ["56.3", "56.25"]),
    ],
    workedSolution: String.raw`- Total area $= 4 \times 4 = 16$ km²
- The edge zone removes 0.5 km from each side, so the core is a square of side $4 - 2(0.5) = 3$ km, area $9$ km².

$$\frac{9}{16} \times 100 = 56.25\,\% \approx \mathbf{56.3\,\%}$$

Almost half the reserve is edge habitat, which is why reserve designers favour large, compact (circular or square) reserves over small or elongated ones.`,
  }),
  written({
    key: "3-3-03",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    commandTerm: "Discuss",
    stem: "Discuss the criteria that should be considered when designing a **protected area** for biodiversity conservation.",
    markscheme: [
      pt("p1", 1, "Size: larger reserves support more species and larger (viable) populations, including large predators", ["size", "larger", "viable"]),
      pt("p2", 1, "Shape: compact/circular shapes minimise edge effects (higher core-to-edge ratio)", ["shape", "edge effect"]),
      pt(
        "p3",
        1,
        "SLOSS debate: one large reserve vs several small: several small may include more habitat types and spread the risk of disease/fire, but have more edge",
        ["SLOSS", "several small"],
      ),
      pt("p4", 1, "Corridors link reserves, allow migration and gene flow, but may also spread disease/invasive species and are costly", [
        "corridor",
        "gene flow",
      ]),
      pt("p5", 1, "Buffer zones around the core reduce external impacts and can allow sustainable local use", ["buffer zone"]),
      pt(
        "p6",
        1,
        "Location/habitat diversity: include biodiversity hotspots, endemic species, range of habitats, climate-change refugia / allow range shifts",
        ["hotspot", "endemic", "climate"],
      ),
      pt("p7", 1, "Involvement of local communities, funding and enforcement often determine success more than design (evaluation)", [
        "local communities",
        "funding",
        "enforcement",
      ]),
    ],
    workedSolution:
      "Any six points, with at least one evaluative comment for full marks.\n\n- **Size**: larger areas hold more species (species–area relationship) and viable populations of wide-ranging animals.\n- **Shape**: circular/compact reserves have the smallest edge for their area, so fewer edge effects.\n- **SLOSS**: a *single large* reserve protects large species, but *several small* reserves can cover more habitat types and reduce the risk that one disaster (fire, disease) affects everything.\n- **Corridors** allow movement, gene flow and range shifts under climate change, though they may spread disease or invasive species.\n- **Buffer zones** of limited human use protect the core.\n- **Location**: include hotspots, endemic species and a range of habitats and altitudes.\n- **Evaluation**: design matters, but success also depends on management, funding, law enforcement and support from local people; a well-designed 'paper park' without these fails.",
  }),
  written({
    key: "3-3-04",
    levels: BOTH,
    topicCode: "3.3",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "Evaluate",
    stem: "Evaluate **species-based** conservation strategies compared with **habitat-based** strategies for conserving biodiversity.",
    markscheme: bands(
      "species-based approaches (captive breeding and reintroduction, CITES trade controls, flagship/keystone species campaigns, Red List prioritisation) and habitat-based approaches (protected areas, corridors, restoration, rewilding)",
      "accurate examples, e.g. captive breeding of a named species; CITES (1973) controls on trade; a named national park or marine protected area",
      "strengths and limitations of each: species-based can save a species from imminent extinction and attract funding but is costly, narrow and fails if the habitat is gone; habitat-based protects whole communities and ecosystem services but needs large areas, enforcement and local support",
      "a supported conclusion, e.g. that the approaches are complementary: habitat protection is the long-term basis, with species-based action for critically endangered species",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*Species-based*: captive breeding and reintroduction, zoos and seed banks, legal protection and trade bans such as **CITES** (signed 1973), and campaigns around **flagship** species (charismatic animals that attract funding) or **keystone** species. Strengths: can rescue a species close to extinction, raises public awareness and money. Limitations: expensive per species, focuses on charismatic animals, captive populations lose genetic diversity and behaviours, and reintroduction fails if the original threat (habitat loss, poaching) remains.\n\n*Habitat-based*: protected areas, corridors, buffer zones, habitat restoration and rewilding. Strengths: protect whole communities including unknown species, maintain ecosystem services and natural processes, more cost-effective per species. Limitations: need large areas, conflict with local land use, 'paper parks' without enforcement, may not save species that are already very rare.\n\n*Conclusion*: habitat-based conservation is the more sustainable foundation because species cannot survive without habitats, but species-based measures are needed as emergency action; most successful programmes combine both (e.g. protecting a habitat around a flagship species).\n\nMarked with the bands.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 4: Water
// ─────────────────────────────────────────────────────────────────────────────
const water: QuestionInput[] = [
  mcq({
    key: "4-1-01",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which is the **largest store of fresh water** on Earth?",
    options: ["Lakes and rivers", "Groundwater", "Ice caps and glaciers", "The atmosphere"],
    correct: "C",
    why: "most fresh water (roughly two-thirds) is frozen in ice caps and glaciers",
    workedSolution:
      "About 97 % of Earth's water is salt water in the oceans. Of the fresh water, most (roughly two-thirds) is locked in **ice caps and glaciers**, most of the rest is groundwater, and lakes, rivers and the atmosphere hold only a tiny fraction: **C**.",
  }),
  numeric({
    key: "4-1-02",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical forested drainage basin received 850 mm of precipitation in a year, of which 510 mm was returned to the atmosphere by evapotranspiration.\n\nCalculate the percentage of the precipitation lost by **evapotranspiration**.",
    numericAnswer: { value: 60, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "510 ÷ 850 × 100", ["510", "850"]), a("A1", 1, "60 %", ["M1"], ["60"])],
    workedSolution: String.raw`$$\frac{510}{850} \times 100 = 60\,\%$$

Sixty per cent of the rainfall returns to the atmosphere (transpiration from the trees plus evaporation of intercepted water). If the forest were cleared, this share would fall and more water would become surface runoff, raising flood risk.`,
  }),
  written({
    key: "4-1-03",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how **urbanisation** changes the flows of water in a drainage basin.",
    markscheme: [
      pt("p1", 1, "Impermeable surfaces (tarmac, concrete, roofs) reduce infiltration", ["impermeable", "infiltration"]),
      pt("p2", 1, "So surface runoff / overland flow increases, and groundwater recharge/throughflow decreases", ["runoff", "overland flow", "recharge"]),
      pt("p3", 1, "Drains and sewers carry water quickly to rivers: shorter lag time and higher peak discharge → greater flood risk", [
        "lag time",
        "peak discharge",
        "flood",
      ]),
      pt("p4", 1, "Removal of vegetation reduces interception and transpiration/evapotranspiration", ["interception", "transpiration"]),
    ],
    workedSolution:
      "- **Impermeable surfaces** replace soil and vegetation, so **infiltration** falls and **surface runoff** rises; less water recharges groundwater.\n- **Vegetation removal** reduces **interception** and **evapotranspiration**, leaving more water to run off.\n- **Drains and gutters** move water rapidly to rivers, shortening the **lag time** and raising **peak discharge**, so urban rivers flood more quickly and more often.\n\nAny four points.",
  }),
  written({
    key: "4-1-04",
    levels: BOTH,
    topicCode: "4.1",
    difficulty: 4,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how **thermohaline circulation** (the ocean conveyor belt) redistributes heat around the Earth.",
    markscheme: [
      pt("p1", 1, "Driven by differences in water density, caused by temperature (thermo) and salinity (haline)", ["density", "temperature", "salinity"]),
      pt("p2", 1, "In polar regions (e.g. North Atlantic) water cools and becomes saltier as sea ice forms, so it becomes denser and sinks", [
        "sinks",
        "cold",
        "salty",
      ]),
      pt(
        "p3",
        1,
        "Deep water flows towards the equator and rises/upwells elsewhere; warm surface currents flow poleward to replace it, carrying heat to higher latitudes (e.g. warming north-west Europe)",
        ["warm surface", "poleward", "upwell"],
      ),
    ],
    workedSolution:
      "Thermohaline circulation is driven by **density** differences caused by temperature and salinity. In the North Atlantic and around Antarctica, surface water cools and becomes saltier (salt is left behind when sea ice forms), so it becomes **dense and sinks**. This deep water spreads slowly through the ocean basins and eventually **upwells**, while **warm surface currents** move poleward to replace the sinking water, transferring heat from the tropics to higher latitudes. This is why north-west Europe is milder than other places at the same latitude.",
  }),
  numeric({
    key: "4-2-01",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical country has total renewable freshwater resources of 42 km³ per year (1 km³ = 1,000,000,000 m³) and a population of 28 million.\n\nCalculate the renewable water available per person, in **m³ per year**.",
    numericAnswer: { value: 1500, tolerance: 0.5, unit: "m³" },
    markscheme: [
      m("M1", 1, "42 × 1,000,000,000 m³ ÷ 28,000,000 people / 42 × 10⁹ ÷ 28 × 10⁶", ["42", "28"]),
      a("A1", 1, "1,500 m³ per person per year", ["M1"], ["1500"]),
    ],
    workedSolution: String.raw`$$\frac{42 \times 10^{9}\ \text{m}^3}{28 \times 10^{6}\ \text{people}} = 1.5 \times 10^{3} = 1\,500\ \text{m}^3 \text{ per person per year}$$

This is below the commonly used water-stress threshold of 1,700 m³ per person per year (Falkenmark indicator), so the country would be classed as **water-stressed**, although not in absolute scarcity (below 500 m³).`,
  }),
  written({
    key: "4-2-02",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain **two** strategies that a city could use to increase its water security.",
    markscheme: [
      pt("p1", 1, "Strategy 1 named, e.g. reduce demand: water meters, pricing, efficient appliances, fixing leaks, education campaigns", [
        "meter",
        "pricing",
        "leak",
      ]),
      pt("p2", 1, "Strategy 1 explained: lower consumption per person means existing supply meets needs for longer / in droughts", ["consumption", "drought"]),
      pt("p3", 1, "Strategy 2 named, e.g. increase supply: rainwater harvesting, grey-water recycling, desalination, reservoirs, aquifer recharge", [
        "rainwater",
        "recycling",
        "desalination",
        "reservoir",
      ]),
      pt(
        "p4",
        1,
        "Strategy 2 explained, with a limitation, e.g. desalination is energy-intensive and produces brine; reservoirs flood land and lose water by evaporation",
        ["energy", "brine", "evaporation"],
      ),
    ],
    workedSolution:
      "1. **Managing demand** (e.g. compulsory water meters with rising block tariffs, plus repairing leaking pipes): households pay more for heavy use, so consumption falls and less water is lost before it reaches users. This is cheap, but unpopular and may hurt low-income households unless a free basic allowance is given.\n2. **Increasing supply** (e.g. treating grey water/waste water for reuse in industry, irrigation or aquifer recharge): this provides a drought-proof source from water already used. Treatment costs energy and public acceptance can be low.\n\nOther valid strategies: desalination (reliable but energy-intensive; brine disposal), rainwater harvesting, new reservoirs or transfers (flood land, evaporation losses).",
  }),
  written({
    key: "4-2-03",
    levels: BOTH,
    topicCode: "4.2",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**Case study (hypothetical).** The River Anar flows from upstream country Korvia into downstream country Elmar, where 80 % of farms depend on it for irrigation. Korvia is building a large dam to generate hydroelectric power and irrigate new farmland. There is no treaty on sharing the river's water.\n\nDiscuss the possible consequences of the dam for **water security** in both countries.",
    markscheme: bands(
      "definition of water security (access to sufficient, safe water for needs); transboundary river; effects of dams on river flow, sediment and ecosystems",
      "uses the case: Korvia's hydroelectricity and irrigation, Elmar's 80 % irrigation dependence, lack of a treaty",
      "consequences for both: Korvia gains reliable supply, storage for droughts and energy; Elmar faces reduced/less predictable flow (especially while the reservoir fills), less silt, salinisation or lower crop yields, possible conflict; ecological effects (fish migration, wetlands)",
      "balanced judgement: outcomes depend on how the dam is operated and whether an agreement (e.g. guaranteed minimum flows, shared data, joint management) is reached; potential for cooperation as well as conflict",
      [2, 1, 3, 1],
    ),
    workedSolution:
      "**Model outline.**\n\n*Korvia*: the reservoir stores wet-season water for dry seasons and droughts, supplies new irrigation and low-carbon electricity, increasing its water and energy security. Costs include flooded land, displaced people and evaporation losses from the reservoir.\n\n*Elmar*: as the downstream country with 80 % of farms dependent on the river, it is highly vulnerable. Flow may fall sharply while the reservoir fills and whenever Korvia abstracts water for irrigation; flow becomes controlled by another state. Reduced silt lowers soil fertility, and lower flows concentrate pollutants and may let seawater enter the delta. Crop yields, food security and livelihoods could fall, raising the risk of tension or conflict.\n\n*Evaluation*: the dam could also *benefit* Elmar by regulating floods and releasing water in dry seasons if the countries cooperate. Without a treaty the outcome depends on power; an agreement on minimum flows, data-sharing and joint management (possibly with international mediation) would improve security for both.\n\nMarked with the bands.",
  }),
  numeric({
    key: "4-3-01",
    levels: HL,
    topicCode: "4.3",
    difficulty: 5,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical fish stock is modelled by logistic growth with a carrying capacity $K$ = 50,000 tonnes and an intrinsic growth rate $r$ = 0.4 per year. For this model the **maximum sustainable yield** is $\\text{MSY} = \\dfrac{rK}{4}$, taken when the stock is held at $K/2$.\n\nCalculate the MSY, in tonnes per year.",
    numericAnswer: { value: 5000, tolerance: 0, unit: "t" },
    markscheme: [m("M1", 1, "MSY = 0.4 × 50,000 ÷ 4", ["0.4", "50000"]), a("A1", 1, "5,000 tonnes per year", ["M1"], ["5000"])],
    workedSolution: String.raw`$$\text{MSY} = \frac{rK}{4} = \frac{0.4 \times 50\,000}{4} = 5\,000 \text{ tonnes per year}$$

Harvesting 5,000 t a year while the stock is held at $K/2 = 25\,000$ t replaces exactly what the population adds. In reality $K$ and $r$ are uncertain and vary, so managers usually set quotas *below* the MSY as a precaution: fishing at the calculated MSY in a bad year can cause collapse.`,
  }),
  written({
    key: "4-3-02",
    levels: BOTH,
    topicCode: "4.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline **two** environmental impacts of intensive **aquaculture** (fish or shrimp farming) in coastal areas.",
    markscheme: [
      pt("p1", 1, "Habitat loss, e.g. mangroves cleared for shrimp ponds", ["mangrove", "habitat"]),
      pt("p2", 1, "…reducing nursery grounds for wild fish and coastal protection from storms", ["nursery", "coastal protection"]),
      pt("p3", 1, "Pollution from uneaten feed, faeces and chemicals (antibiotics, pesticides) causes eutrophication/algal blooms", [
        "eutrophication",
        "antibiotics",
        "feed",
      ]),
      pt("p4", 1, "Escapes of farmed fish / spread of disease and parasites (e.g. sea lice) to wild populations; genetic mixing", [
        "escape",
        "disease",
        "sea lice",
      ]),
      pt("p5", 1, "Feed made from wild-caught fish (fishmeal) increases pressure on wild stocks", ["fishmeal", "wild stocks"]),
    ],
    workedSolution:
      "Any two impacts, each outlined (2 + 2):\n\n- **Habitat destruction**: mangroves are cleared for shrimp ponds, removing nursery habitat for wild fish and natural protection against storm surges.\n- **Nutrient and chemical pollution**: uneaten feed and waste enrich the water, causing eutrophication; antibiotics and pesticides harm non-target species.\n- **Disease and escapes**: parasites such as sea lice spread from dense cages to wild fish, and escaped farmed fish compete and interbreed with wild stocks.\n- **Fishmeal**: carnivorous species are fed fish caught in the wild, so aquaculture can add to pressure on wild stocks.",
  }),
  mcq({
    key: "4-3-03",
    levels: BOTH,
    topicCode: "4.3",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which measure is **most likely** to make a wild fishery more sustainable?",
    options: [
      "Subsidising fuel for fishing fleets",
      "Allowing bottom trawling in spawning grounds",
      "Reducing the minimum mesh size of nets",
      "Setting catch quotas based on scientific stock assessments",
    ],
    correct: "D",
    why: "science-based quotas limit the catch to what the stock can replace",
    workedSolution:
      "Catch **quotas** set from stock assessments keep harvests below what the population can replace: **D**. Fuel subsidies (A) encourage overfishing; smaller mesh (C) catches juveniles before they breed; trawling spawning grounds (B) destroys habitat and breeding fish.",
  }),
  numeric({
    key: "4-4-01",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical river sample below a sewage outlet had a dissolved oxygen concentration of 9.2 mg dm⁻³. A second bottle of the same water, kept sealed in the dark at 20 °C for five days, had 3.8 mg dm⁻³ of dissolved oxygen.\n\nCalculate the **biochemical oxygen demand** (BOD) of the sample, in mg dm⁻³.",
    numericAnswer: { value: 5.4, tolerance: 0.05, unit: "mg dm⁻³" },
    markscheme: [m("M1", 1, "BOD = initial DO − DO after 5 days in the dark = 9.2 − 3.8", ["9.2", "3.8"]), a("A1", 1, "5.4 mg dm⁻³", ["M1"], ["5.4"])],
    workedSolution: String.raw`$$\text{BOD} = 9.2 - 3.8 = 5.4 \text{ mg dm}^{-3}$$

BOD measures the oxygen used by microorganisms decomposing organic matter (kept in the dark so that no photosynthesis adds oxygen). A high BOD indicates organic pollution such as sewage.`,
  }),
  written({
    key: "4-4-02",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how run-off of nitrate fertiliser from farmland can lead to the death of fish in a lake (**eutrophication**).",
    markscheme: [
      pt("p1", 1, "Nitrates (and phosphates) from fertiliser enter the lake in runoff / leaching, increasing nutrient levels", [
        "nitrate",
        "runoff",
        "leaching",
      ]),
      pt("p2", 1, "Rapid growth of algae / algal bloom on the surface", ["algal bloom", "algae"]),
      pt("p3", 1, "The bloom blocks light, so submerged plants cannot photosynthesise and die", ["light", "photosynthesis"]),
      pt("p4", 1, "Dead algae and plants are decomposed by aerobic bacteria, whose populations increase, raising BOD", ["decomposers", "bacteria", "BOD"]),
      pt("p5", 1, "Dissolved oxygen falls (anoxia), so fish and other aerobic organisms die", ["oxygen", "anoxic", "die"]),
      pt("p6", 1, "Positive feedback: dead fish add more organic matter for decomposition, lowering oxygen further", ["positive feedback"]),
    ],
    workedSolution:
      "1. Excess **nitrate** (and phosphate) fertiliser is washed or leached into the lake.\n2. Nutrients are no longer limiting, so **algae grow rapidly** into a bloom.\n3. The bloom **shades** submerged plants, which die; algae also die in large numbers.\n4. **Aerobic bacteria** decompose the dead matter; their populations explode and use up oxygen (high **BOD**).\n5. **Dissolved oxygen** falls, so fish and invertebrates die.\n6. Their bodies add more organic matter for decomposition, a **positive feedback** that deepens the oxygen depletion.\n\nAny five points.",
  }),
  mcq({
    key: "4-4-03",
    levels: BOTH,
    topicCode: "4.4",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A kick-sample from a stream contains many **stonefly nymphs** and mayfly nymphs but no bloodworms or sludge worms. What does this suggest about the water?",
    options: [
      "It has low dissolved oxygen and heavy organic pollution.",
      "It has high dissolved oxygen and little organic pollution.",
      "It is polluted by heavy metals only.",
      "Nothing: indicator species cannot be used to assess water quality.",
    ],
    correct: "B",
    why: "stonefly and mayfly nymphs are pollution-intolerant indicators needing well-oxygenated water; bloodworms and sludge worms tolerate low oxygen",
    workedSolution:
      "**Indicator species** have known tolerances. Stonefly and mayfly nymphs need high dissolved oxygen and are lost when organic pollution raises BOD; bloodworms and sludge worms tolerate low oxygen and dominate polluted water. The sample points to clean, well-oxygenated water: **B**. Biotic indices combine such information into a score.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 5: Land
// ─────────────────────────────────────────────────────────────────────────────
const land: QuestionInput[] = [
  numeric({
    key: "5-1-01",
    levels: BOTH,
    topicCode: "5.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A student dried a hypothetical soil sample to constant mass: 25.0 g. After heating it strongly in a crucible to burn off the organic matter, its mass was 22.6 g.\n\nCalculate the percentage **organic matter** content of the dry soil.",
    numericAnswer: { value: 9.6, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Mass lost on ignition = 25.0 − 22.6 = 2.4 g", ["2.4"]), a("A1", 1, "2.4 ÷ 25.0 × 100 = 9.6 %", ["M1"], ["9.6"])],
    workedSolution: String.raw`Loss on ignition $= 25.0 - 22.6 = 2.4$ g

$$\frac{2.4}{25.0} \times 100 = 9.6\,\%$$

The sample must be dried first so that the mass lost on heating is organic matter, not water.`,
  }),
  written({
    key: "5-1-02",
    levels: BOTH,
    topicCode: "5.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Compare and contrast",
    stem: "Compare and contrast **sandy** soils and **clay** soils as media for growing crops.",
    markscheme: [
      pt("p1", 1, "Both contain mineral particles, organic matter, air and water / both can be improved by adding organic matter", ["both", "organic matter"]),
      pt("p2", 1, "Sandy: large particles/pores, good drainage and aeration, easy to cultivate, warms quickly", ["drainage", "aeration", "large pores"]),
      pt("p3", 1, "Sandy: poor water retention and low nutrient-holding capacity (nutrients leached)", ["water retention", "leached"]),
      pt("p4", 1, "Clay: small particles, holds water and nutrients well (high nutrient-holding capacity)", ["holds water", "nutrients"]),
      pt("p5", 1, "Clay: poor drainage/aeration, waterlogs, heavy to work, compacts easily", ["waterlog", "poor drainage", "compact"]),
    ],
    workedSolution:
      "- **Similarity**: both are mixtures of mineral particles, organic matter, air and water, and both improve when organic matter is added (loams combine their best features).\n- **Sandy soils**: large particles and pores give good drainage and aeration and are easy to plough, but they hold little water and their nutrients are easily leached, so crops suffer in droughts and need frequent fertiliser.\n- **Clay soils**: tiny particles hold water and nutrients well (high fertility), but drainage and aeration are poor, so they waterlog in wet weather, compact and crack when dry, and are heavy to cultivate.\n\nAny four points, with at least one similarity for full marks.",
  }),
  mcq({
    key: "5-1-03",
    levels: BOTH,
    topicCode: "5.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which farming practice is **most** effective at reducing soil erosion by water on a steep slope?",
    options: ["Ploughing up and down the slope", "Leaving the soil bare after harvest", "Terracing the slope", "Removing hedgerows to enlarge fields"],
    correct: "C",
    why: "terraces break the slope into level steps, slowing runoff and trapping soil",
    workedSolution:
      "**Terracing** turns a slope into flat steps, so water infiltrates instead of running off and carrying soil downhill: **C**. Ploughing down the slope creates channels for runoff, bare soil is unprotected from raindrop impact, and removing hedgerows increases erosion by wind and water.",
  }),
  written({
    key: "5-2-01",
    levels: BOTH,
    topicCode: "5.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between **commercial** and **subsistence** agriculture.",
    markscheme: [
      pt("p1", 1, "Purpose: commercial produces food for sale/profit; subsistence produces food mainly for the farmer's family/community", [
        "profit",
        "family",
      ]),
      pt("p2", 1, "Scale: commercial is usually large-scale, often monoculture; subsistence small-scale, often polyculture", [
        "large-scale",
        "monoculture",
        "polyculture",
      ]),
      pt(
        "p3",
        1,
        "Inputs: commercial uses high inputs of fossil-fuel energy, machinery, fertilisers, pesticides; subsistence relies mainly on human/animal labour and few external inputs",
        ["machinery", "fertiliser", "labour"],
      ),
      pt(
        "p4",
        1,
        "Commercial often has higher yield per worker but larger environmental impacts per hectare (e.g. pollution, soil degradation); subsistence is more vulnerable to crop failure",
        ["yield", "vulnerable"],
      ),
    ],
    workedSolution:
      "| | Commercial | Subsistence |\n|---|---|---|\n| Purpose | sale and profit | feed the household/community |\n| Scale | large, often monoculture | small, often mixed crops |\n| Inputs | machinery, fossil fuels, fertilisers, pesticides, irrigation | mainly human and animal labour, local seed, manure |\n| Outcomes | high output per worker; risks of pollution and soil degradation | low surplus; vulnerable to drought and crop failure |\n\nOne mark per valid contrast (both sides needed).",
  }),
  numeric({
    key: "5-2-02",
    levels: BOTH,
    topicCode: "5.2",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a hypothetical farming region, one hectare of land yields 7.5 tonnes of grain per year. Cattle in a feedlot need 8 kg of this grain to gain 1 kg of beef.\n\nCalculate the mass of beef, in tonnes, that could be produced from the grain grown on one hectare in a year.",
    numericAnswer: { value: 0.9375, tolerance: 0.01, unit: "t" },
    markscheme: [m("M1", 1, "7.5 ÷ 8", ["7.5", "8"]), a("A1", 1, "0.94 tonnes (0.9375)", ["M1"], ["0.94", "0.9375"])],
    workedSolution: String.raw`$$\frac{7.5 \text{ t grain}}{8 \text{ kg grain per kg beef}} = 0.9375 \approx 0.94 \text{ t beef}$$

Feeding the grain to cattle delivers only about one-eighth of the mass as beef, because most of the energy is used in the cattle's respiration and movement. Eating lower on the food chain feeds more people per hectare.`,
  }),
  written({
    key: "5-2-03",
    levels: BOTH,
    topicCode: "5.2",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "Evaluate",
    stem: "Evaluate strategies that could increase the **sustainability of food production** while feeding a growing global population.",
    markscheme: bands(
      "sustainability of food systems: yields, soil health, water use, biodiversity, greenhouse gas emissions, food waste, equity of access",
      "named strategies with accurate detail, e.g. reducing food waste, shifting diets towards plant-based foods, agroforestry, integrated pest management, precision agriculture, drip irrigation, crop rotation with legumes, regenerative agriculture, GM crops",
      "considers both supply-side (produce more with fewer inputs) and demand-side (waste, diet) strategies; discusses trade-offs, e.g. organic farming uses fewer chemicals but may need more land; intensification may spare land but pollute",
      "weighs strategies against each other and against cultural, economic and political barriers, reaching a supported conclusion (e.g. a combination is needed; reducing waste and meat consumption are among the most effective)",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*Demand-side*: roughly a third of food produced is lost or wasted (a widely quoted FAO estimate), so reducing waste in supply chains and homes raises food available without extra land. Shifting diets towards plant-based foods uses land more efficiently because energy is lost at each trophic level (see 5-2-02), and cuts methane emissions. Barriers: culture, habits and the livelihoods of livestock farmers.\n\n*Supply-side*: precision agriculture and drip irrigation reduce fertiliser and water use; legumes in rotations fix nitrogen; agroforestry and cover crops protect soil and store carbon; integrated pest management reduces pesticide use; GM or conventionally bred drought-tolerant varieties may raise yields in a changing climate, though they raise concerns about corporate control and biodiversity.\n\n*Trade-offs*: organic and low-input systems protect soil and biodiversity but often yield less per hectare, so may require more land ('land sharing' vs 'land sparing').\n\n*Conclusion*: no single strategy is enough; the most effective mixes combine less waste, dietary change and ecological intensification, supported by policy (subsidies, education).\n\nMarked with the bands.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 6: Atmosphere and climate change
// ─────────────────────────────────────────────────────────────────────────────
const atmosphere: QuestionInput[] = [
  mcq({
    key: "6-1-01",
    levels: BOTH,
    topicCode: "6.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "In which layer of the atmosphere is most of the **ozone that absorbs ultraviolet radiation** found?",
    options: ["Troposphere", "Stratosphere", "Mesosphere", "Thermosphere"],
    correct: "B",
    why: "the ozone layer lies in the stratosphere",
    workedSolution:
      "Most atmospheric ozone is in the **stratosphere** (roughly 10–50 km up), where it absorbs much of the Sun's ultraviolet radiation: **B**. Ozone near the ground (troposphere) is a pollutant in photochemical smog.",
  }),
  written({
    key: "6-1-02",
    levels: BOTH,
    topicCode: "6.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain the **natural greenhouse effect**.",
    markscheme: [
      pt("p1", 1, "Short-wave (visible/UV) solar radiation passes through the atmosphere and is absorbed by the Earth's surface", ["short-wave", "absorbed"]),
      pt("p2", 1, "The warmed surface emits long-wave (infrared) radiation", ["long-wave", "infrared"]),
      pt(
        "p3",
        1,
        "Greenhouse gases (water vapour, CO₂, methane, nitrous oxide) absorb infrared and re-radiate it in all directions, including back to the surface",
        ["greenhouse gases", "re-radiate", "water vapour"],
      ),
      pt(
        "p4",
        1,
        "This keeps the Earth's mean surface temperature about 33 °C warmer than it would otherwise be (around 15 °C instead of about −18 °C), allowing life / liquid water",
        ["33", "15", "-18", "liquid water"],
      ),
    ],
    workedSolution:
      "1. Incoming **short-wave** solar radiation passes largely through the atmosphere and warms the surface.\n2. The surface emits **long-wave infrared** radiation.\n3. **Greenhouse gases** (water vapour, CO₂, CH₄, N₂O) absorb much of this infrared and re-emit it in all directions, some back towards the surface.\n4. The surface is kept about **33 °C warmer** than it would be without these gases (a global mean of roughly 15 °C rather than about −18 °C), so liquid water and life are possible. The *enhanced* greenhouse effect is the extra warming from human emissions.",
  }),
  numeric({
    key: "6-1-03",
    levels: BOTH,
    topicCode: "6.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a simplified, hypothetical energy budget, 340 W m⁻² of solar radiation reaches the top of a planet's atmosphere, and 102 W m⁻² of it is reflected back to space by clouds, aerosols and the surface.\n\nCalculate the planet's **albedo**, as a percentage.",
    numericAnswer: { value: 30, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Albedo = reflected ÷ incoming × 100 = 102 ÷ 340 × 100", ["102", "340"]), a("A1", 1, "30 %", ["M1"], ["30"])],
    workedSolution: String.raw`$$\text{albedo} = \frac{102}{340} \times 100 = 30\,\%$$

The remaining 70 % is absorbed by the atmosphere and surface. Replacing snow and ice (high albedo) with darker ocean or forest lowers the albedo, so more energy is absorbed.`,
  }),
  written({
    key: "6-1-04",
    levels: BOTH,
    topicCode: "6.1",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between the roles of **ozone in the stratosphere** and **ozone in the troposphere**.",
    markscheme: [
      pt(
        "p1",
        1,
        "Stratospheric ozone absorbs (most) incoming ultraviolet radiation (UV-B/UV-C), protecting living organisms from DNA damage, skin cancer, cataracts",
        ["absorbs UV", "protect"],
      ),
      pt("p2", 1, "Tropospheric (ground-level) ozone is a secondary pollutant formed from NOx and VOCs in sunlight (photochemical smog)", [
        "secondary pollutant",
        "smog",
      ]),
      pt("p3", 1, "Tropospheric ozone harms health (irritates lungs/eyes, asthma) and damages plants/crops; it is also a greenhouse gas", [
        "lungs",
        "crops",
        "greenhouse",
      ]),
    ],
    workedSolution:
      "- **Stratosphere**: ozone is beneficial. It absorbs most of the Sun's harmful ultraviolet radiation, which would otherwise damage DNA, cause skin cancers and cataracts, and reduce productivity of phytoplankton and crops.\n- **Troposphere**: ozone near the ground is harmful. It is a **secondary pollutant** formed when nitrogen oxides and volatile organic compounds react in sunlight; it irritates eyes and airways, worsens asthma, damages leaves and reduces crop yields, and also acts as a greenhouse gas.\n\nOne mark for each role, one for the contrast in effects.",
  }),
  numeric({
    key: "6-2-01",
    levels: BOTH,
    topicCode: "6.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a simplified data set (values rounded for the question), the atmospheric carbon dioxide concentration was 315 ppm at the start of a monitoring record and 420 ppm at the end.\n\nCalculate the percentage increase, to 3 significant figures.",
    numericAnswer: { sigFigsExact: true, value: 33.3, sigFigs: 3, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "(420 − 315) ÷ 315 × 100", ["105", "315"]), a("A1", 1, "33.3 %", ["M1"], ["33.3"])],
    workedSolution: String.raw`$$\frac{420 - 315}{315} \times 100 = \frac{105}{315} \times 100 = 33.33\ldots \approx 33.3\,\%$$`,
  }),
  written({
    key: "6-2-02",
    levels: BOTH,
    topicCode: "6.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain **two** positive feedback loops that could amplify global warming.",
    markscheme: [
      pt("p1", 1, "Ice–albedo: warming melts ice/snow, exposing darker land or sea", ["albedo", "ice"]),
      pt("p2", 1, "…which absorbs more solar radiation, causing more warming and more melting", ["absorbs more"]),
      pt("p3", 1, "Permafrost: warming thaws permafrost, releasing CO₂/methane from decomposing organic matter", ["permafrost", "methane"]),
      pt("p4", 1, "…which increases the greenhouse effect, causing more warming and thawing", ["greenhouse"]),
      pt(
        "p5",
        1,
        "Other valid loop, e.g. warmer oceans absorb less CO₂ / forest dieback and wildfires release CO₂ / more water vapour (a greenhouse gas) in warmer air, each with its amplifying link",
        ["ocean", "wildfire", "water vapour"],
      ),
    ],
    workedSolution:
      "1. **Ice–albedo feedback**: warming melts snow and sea ice; the darker ground or ocean underneath has a lower albedo, absorbs more solar radiation and warms further, melting more ice.\n2. **Permafrost feedback**: warming thaws permafrost; microbes decompose the previously frozen organic matter, releasing CO₂ and methane, which strengthen the greenhouse effect and cause more thawing.\n\nOther loops (2 marks each): water vapour feedback, reduced CO₂ solubility in warmer oceans, drought-driven forest dieback and wildfires.",
  }),
  written({
    key: "6-2-03",
    levels: BOTH,
    topicCode: "6.2",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    commandTerm: "Discuss",
    stem: "**Case study (hypothetical).** Port Alvaro is a low-lying coastal city of 1.2 million people on a river delta. Its economy depends on the port, rice farming on the delta and tourism on coral-reef beaches. Sea level near the city has risen 20 cm in 50 years and storm surges are becoming more damaging.\n\nDiscuss the possible **impacts of climate change** on Port Alvaro and its people.",
    markscheme: bands(
      "impacts of climate change: sea-level rise (thermal expansion, melting land ice), stronger storms/surges, changes in rainfall, warmer and more acidic oceans and coral bleaching",
      "applies to the case: port infrastructure, delta rice farming, reef tourism, 1.2 million people on low-lying land",
      "chains of consequences: flooding and salinisation of rice paddies reduce yields and food security; coral bleaching reduces tourism income and coastal protection; storm damage to the port affects trade and jobs; possible migration; unequal impacts on poorer residents",
      "balanced judgement: severity depends on emission pathways and adaptation capacity (sea walls, mangrove restoration, salt-tolerant rice, relocation); some uncertainty; conclusion consistent",
      [2, 1, 3, 1],
    ),
    workedSolution:
      "**Model outline.**\n\n- *Sea-level rise and storm surges* (thermal expansion and melting land ice) increase flooding of low-lying districts and the port, damaging infrastructure and disrupting trade and jobs.\n- *Salinisation*: seawater intrusion into delta soils and groundwater lowers rice yields and drinking-water quality, threatening food and water security.\n- *Warmer, more acidic oceans* cause coral bleaching; degraded reefs attract fewer tourists and protect the shore less from waves.\n- *Social impacts*: poorer residents in informal housing on the lowest land are most exposed; displacement or migration may follow.\n- *Evaluation*: the scale of impact depends on future emissions and on adaptation (sea walls, restoring mangroves, salt-tolerant rice, early-warning systems, managed retreat), which the city may struggle to fund.\n\nMarked with the bands.",
  }),
  numeric({
    key: "6-3-01",
    levels: BOTH,
    topicCode: "6.3",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "In a hypothetical scenario, the remaining global **carbon budget** for a given temperature target is 250 Gt of CO₂, and global emissions stay constant at 40 Gt of CO₂ per year.\n\nCalculate the number of years until the budget is used up.",
    numericAnswer: { value: 6.25, tolerance: 0.05, unit: "yr" },
    markscheme: [m("M1", 1, "Years = remaining budget ÷ annual emissions = 250 ÷ 40", ["250", "40"]), a("A1", 1, "6.25 years (accept 6.3)", ["M1"], ["6.25"])],
    workedSolution: String.raw`$$\frac{250 \text{ Gt CO}_2}{40 \text{ Gt CO}_2 \text{ yr}^{-1}} = 6.25 \text{ years}$$

At constant emissions the budget would be exhausted in just over six years, which is why deep and rapid cuts are needed to stay within it.`,
  }),
  numeric({
    key: "6-3-02",
    levels: HL,
    topicCode: "6.3",
    difficulty: 5,
    marks: 3,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "Using the same hypothetical figures (a remaining carbon budget of 250 Gt of CO₂ and current emissions of 40 Gt of CO₂ per year), suppose instead that emissions fall in a **straight line** from 40 Gt per year now to zero.\n\nCalculate how many years the fall to zero can take if total emissions over the period must exactly equal the budget.",
    numericAnswer: { value: 12.5, tolerance: 0.01, unit: "yr" },
    markscheme: [
      m("M1", 1, "Cumulative emissions for a linear decline = area of a triangle = ½ × 40 × t", ["triangle", "½"]),
      m("M2", 1, "½ × 40 × t = 250", ["250"]),
      a("A1", 1, "t = 12.5 years", ["M1", "M2"], ["12.5"]),
    ],
    workedSolution: String.raw`Plotting emissions against time gives a straight line from 40 Gt yr⁻¹ down to 0 at time $t$. Total emissions are the area under the line, a triangle:

$$\tfrac{1}{2} \times 40 \times t = 250 \quad\Rightarrow\quad t = \frac{2 \times 250}{40} = 12.5 \text{ years}$$

A steady decline to zero over **12.5 years** uses the same budget as 6.25 years at today's rate (6-3-01): the later the cuts start, the steeper they must be.`,
  }),
  written({
    key: "6-3-03",
    levels: BOTH,
    topicCode: "6.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between climate change **mitigation** and **adaptation**, giving one example of each.",
    markscheme: [
      pt("p1", 1, "Mitigation: reducing the causes of climate change, i.e. reducing greenhouse gas emissions or increasing sinks", [
        "reduce emissions",
        "sinks",
      ]),
      pt("p2", 1, "Mitigation example, e.g. switching to renewable energy / carbon tax / reforestation / carbon capture and storage / energy efficiency", [
        "renewable",
        "reforestation",
        "carbon capture",
      ]),
      pt("p3", 1, "Adaptation: adjusting human or natural systems to reduce the harm from actual or expected climate change", ["adjust", "reduce harm"]),
      pt("p4", 1, "Adaptation example, e.g. sea walls / drought-resistant crops / flood-proof housing / heat-wave plans / managed retreat", [
        "sea wall",
        "drought-resistant",
      ]),
    ],
    workedSolution:
      "- **Mitigation** tackles the *cause*: it reduces greenhouse gas emissions or enhances sinks, e.g. replacing coal power with wind and solar, or reforestation.\n- **Adaptation** deals with the *consequences*: it adjusts societies and ecosystems to reduce vulnerability, e.g. building sea walls or planting drought-resistant crop varieties.\n\nBoth are needed: mitigation limits future warming, adaptation copes with the warming already locked in.",
  }),
  mcq({
    key: "6-3-04",
    levels: BOTH,
    topicCode: "6.3",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which international agreement set the goal of holding the increase in global average temperature to **well below 2 °C** above pre-industrial levels and pursuing efforts to limit it to 1.5 °C?",
    options: ["The Montreal Protocol (1987)", "The Kyoto Protocol (1997)", "The Paris Agreement (2015)", "The Ramsar Convention (1971)"],
    correct: "C",
    why: "the Paris Agreement (2015) set the well-below-2 °C / 1.5 °C goal, with nationally determined contributions",
    workedSolution:
      "The **Paris Agreement** (adopted 2015 under the UN Framework Convention on Climate Change) aims to keep warming well below 2 °C and pursue 1.5 °C, with each country setting its own **nationally determined contribution**: **C**. The Montreal Protocol deals with ozone-depleting substances, the Kyoto Protocol set binding targets for developed countries only, and Ramsar protects wetlands.",
  }),
  mcq({
    key: "6-4-01",
    levels: BOTH,
    topicCode: "6.4",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which group of substances has been the main cause of **stratospheric ozone depletion**?",
    options: [
      "Sulfur dioxide and nitrogen oxides",
      "Particulate matter from diesel engines",
      "Carbon dioxide and methane",
      "Chlorofluorocarbons (CFCs) and other halogenated gases",
    ],
    correct: "D",
    why: "CFCs and related halogenated gases (halons, methyl bromide) release chlorine/bromine atoms that destroy ozone",
    workedSolution:
      "**Ozone-depleting substances** are halogenated gases: CFCs (once used in refrigerants, aerosols and foams), halons, carbon tetrachloride and methyl bromide. In the stratosphere UV radiation breaks them down, releasing chlorine or bromine atoms that destroy ozone: **D**. A causes acid deposition, B is a local air pollutant and C causes the enhanced greenhouse effect.",
  }),
  written({
    key: "6-4-02",
    levels: BOTH,
    topicCode: "6.4",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline how CFCs destroy ozone in the stratosphere.",
    markscheme: [
      pt("p1", 1, "CFCs are stable and reach the stratosphere, where UV radiation breaks them apart, releasing chlorine atoms (free radicals)", [
        "UV",
        "chlorine",
      ]),
      pt("p2", 1, "A chlorine atom reacts with ozone to form chlorine monoxide and oxygen: Cl + O₃ → ClO + O₂", ["ClO", "O₂"]),
      pt(
        "p3",
        1,
        "The chlorine is regenerated (e.g. ClO + O → Cl + O₂), so it acts as a catalyst and one atom can destroy many (thousands of) ozone molecules",
        ["catalyst", "regenerated", "thousands"],
      ),
    ],
    workedSolution:
      "1. CFCs are unreactive, so they survive long enough to drift up into the **stratosphere**. There, **UV radiation** splits them, releasing **chlorine atoms**.\n2. $\\text{Cl} + \\text{O}_3 \\rightarrow \\text{ClO} + \\text{O}_2$\n3. $\\text{ClO} + \\text{O} \\rightarrow \\text{Cl} + \\text{O}_2$: the chlorine atom is **regenerated** and acts as a **catalyst**, so a single atom can destroy thousands of ozone molecules before being removed. This upsets the natural balance between ozone formation and breakdown.",
  }),
  written({
    key: "6-4-03",
    levels: BOTH,
    topicCode: "6.4",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    commandTerm: "Evaluate",
    stem: "Evaluate the **Montreal Protocol** (1987) as a response to stratospheric ozone depletion.",
    markscheme: [
      pt("p1", 1, "Strength: it phased out production and use of most ozone-depleting substances (CFCs, halons) in a legally binding, timetabled way", [
        "phased out",
        "binding",
      ]),
      pt("p2", 1, "Strength: ratified by every UN member state (universal participation); financial help (Multilateral Fund) for developing countries", [
        "universal",
        "ratified",
        "Multilateral Fund",
      ]),
      pt(
        "p3",
        1,
        "Strength: atmospheric concentrations of ODS are falling and the ozone layer is expected to recover over the coming decades / by around mid-century",
        ["recover", "falling"],
      ),
      pt(
        "p4",
        1,
        "Limitation: ODS persist for decades so recovery is slow; illegal production/smuggling; some substitutes (HCFCs, HFCs) are powerful greenhouse gases (addressed by the Kigali Amendment, 2016)",
        ["slow", "illegal", "HFC", "Kigali"],
      ),
    ],
    workedSolution:
      "**Strengths**: the Montreal Protocol set binding timetables to phase out CFCs, halons and other ozone-depleting substances; it became the first UN treaty ratified by every member state, and a Multilateral Fund helped developing countries switch. Concentrations of these substances in the atmosphere have fallen and the ozone layer is projected to recover over the coming decades.\n\n**Limitations**: because the gases last decades in the atmosphere, recovery is slow; illegal production has been detected; and substitutes such as HFCs, though harmless to ozone, are potent greenhouse gases, which is why the Kigali Amendment (2016) added an HFC phase-down.\n\n**Judgement**: widely regarded as the most successful international environmental agreement, helped by the availability of affordable substitutes and a small number of producers.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 7: Natural resources
// ─────────────────────────────────────────────────────────────────────────────
const resources: QuestionInput[] = [
  written({
    key: "7-1-01",
    levels: BOTH,
    topicCode: "7.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between **natural capital** and **natural income**, using a forest as an example.",
    markscheme: [
      pt("p1", 1, "Natural capital: the stock of natural resources (e.g. the trees/forest ecosystem) that can produce goods and services", [
        "stock",
        "capital",
      ]),
      pt(
        "p2",
        1,
        "Natural income: the yield/flow of goods and services from that capital (e.g. timber grown each year, fruit, water regulation, carbon uptake); using only the income is sustainable",
        ["yield", "flow", "income"],
      ),
    ],
    workedSolution:
      "**Natural capital** is the *stock*: the forest itself (its trees, soils, biodiversity). **Natural income** is the *flow* of goods and services that the stock produces, such as the annual growth of timber, nuts and fruit, clean water and carbon absorption. Harvesting no more than the natural income leaves the capital intact, which is sustainable.",
  }),
  mcq({
    key: "7-1-02",
    levels: BOTH,
    topicCode: "7.1",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Wetlands store flood water and slowly release it, reducing flooding downstream. What type of **ecosystem service** is this?",
    options: ["Provisioning", "Regulating", "Cultural", "None: it is not an ecosystem service"],
    correct: "B",
    why: "flood control regulates environmental conditions, so it is a regulating service",
    workedSolution:
      "Ecosystem services are commonly grouped as **provisioning** (products such as food, timber, water), **regulating** (control of processes such as climate, floods, pollination and water purification), **cultural** (recreation, spiritual and aesthetic value) and **supporting** (nutrient cycling, soil formation). Flood control is **regulating**: **B**.",
  }),
  written({
    key: "7-1-03",
    levels: BOTH,
    topicCode: "7.1",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain why the **value** of a natural resource can change over time, using examples.",
    markscheme: [
      pt("p1", 1, "Resources are defined by human perception: value depends on culture, technology and economics (OWTTE)", [
        "technology",
        "culture",
        "perception",
      ]),
      pt("p2", 1, "New technology creates value, e.g. uranium became valuable with nuclear power / lithium with batteries", ["uranium", "lithium"]),
      pt(
        "p3",
        1,
        "Value can fall when substitutes appear or attitudes change, e.g. whale oil replaced by petroleum products / coal falling with decarbonisation policies",
        ["substitute", "whale oil", "coal"],
      ),
      pt(
        "p4",
        1,
        "Changing values/awareness can add non-use value, e.g. forests valued for carbon storage or biodiversity rather than only timber / scarcity raises market price",
        ["carbon", "scarcity", "non-use"],
      ),
    ],
    workedSolution:
      "A natural resource is only a resource if people value it, and values depend on technology, culture, markets and awareness.\n\n- **New technology** can make something valuable: uranium had little use until nuclear power; lithium demand grew with rechargeable batteries and electric vehicles.\n- **Substitutes and changing attitudes** can reduce value: whale oil lost its market when petroleum-based fuels and lubricants replaced it; coal is losing value as countries decarbonise.\n- **Awareness** adds new values: forests once valued mainly for timber are now also valued for carbon storage, biodiversity and recreation; growing **scarcity** raises market prices.",
  }),
  numeric({
    key: "7-2-01",
    levels: BOTH,
    topicCode: "7.2",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical gas-fired power station burns fuel with an energy content of 2,500 MJ each second and delivers 950 MJ of electrical energy each second.\n\nCalculate the **efficiency** of the power station, as a percentage.",
    numericAnswer: { value: 38, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Efficiency = useful energy output ÷ energy input × 100 = 950 ÷ 2,500 × 100", ["950", "2500"]), a("A1", 1, "38 %", ["M1"], ["38"])],
    workedSolution: String.raw`$$\text{efficiency} = \frac{950}{2\,500} \times 100 = 38\,\%$$

The other 62 % is released as waste heat (for example through cooling towers). Combined heat and power schemes raise overall efficiency by using this heat for buildings.`,
  }),
  written({
    key: "7-2-02",
    levels: BOTH,
    topicCode: "7.2",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    commandTerm: "Evaluate",
    stem: "Evaluate the use of **onshore wind power** as a way for a country to improve its energy security and reduce its carbon emissions.",
    markscheme: [
      pt("p1", 1, "Renewable, domestic source: reduces dependence on imported fossil fuels, improving energy security", [
        "renewable",
        "imports",
        "energy security",
      ]),
      pt("p2", 1, "Very low greenhouse gas emissions during operation (emissions mainly from manufacture/construction)", ["low emissions", "operation"]),
      pt("p3", 1, "Low running costs / among the cheapest new sources of electricity; can provide local income/jobs", ["cheap", "running costs", "jobs"]),
      pt("p4", 1, "Intermittent: output varies with wind speed, so needs storage, grid connections or back-up capacity", [
        "intermittent",
        "storage",
        "back-up",
      ]),
      pt("p5", 1, "Visual and noise impacts / local opposition (NIMBY); bird and bat collisions; land take", ["visual", "noise", "birds", "NIMBY"]),
      pt("p6", 1, "Suitability depends on location (wind resource, space); a judgement, e.g. effective as part of a mix with other renewables and storage", [
        "mix",
        "location",
        "judgement",
      ]),
    ],
    workedSolution:
      "**Advantages**: wind is a renewable, domestic resource, so generating electricity from it reduces imports of fossil fuels and exposure to price shocks; emissions over its life cycle are very low (mainly from making steel, concrete and blades); running costs are low, and new onshore wind is among the cheapest sources of electricity in many countries.\n\n**Disadvantages**: output is **intermittent**, so a grid needs storage, interconnectors or back-up generation; turbines can face local opposition over landscape and noise; birds and bats may be killed if sites are poorly chosen.\n\n**Judgement**: onshore wind can make a large contribution where wind speeds are good, but it improves security most when combined with other renewables, storage and demand management rather than as a sole source.\n\nAny six points, with at least one judgement for full marks.",
  }),
  mcq({
    key: "7-2-03",
    levels: BOTH,
    topicCode: "7.2",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which energy source is **non-renewable**?",
    options: ["Geothermal", "Tidal", "Uranium for nuclear fission", "Biomass from sustainably managed forest"],
    correct: "C",
    why: "uranium ore is a finite mineral that is not replenished on human timescales",
    workedSolution:
      "Nuclear fission uses uranium, a finite ore that is not replaced on human timescales, so it is **non-renewable** even though it emits very little CO₂: **C**. Geothermal, tidal and sustainably managed biomass are renewable.",
  }),
  numeric({
    key: "7-3-01",
    levels: BOTH,
    topicCode: "7.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical city produced 420 thousand tonnes of municipal solid waste in a year. Of this, 105 thousand tonnes were recycled and 63 thousand tonnes composted; the rest went to landfill.\n\nCalculate the percentage of the waste **diverted from landfill**.",
    numericAnswer: { value: 40, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "Diverted = 105 + 63 = 168 thousand tonnes", ["168"]), a("A1", 1, "168 ÷ 420 × 100 = 40 %", ["M1"], ["40"])],
    workedSolution: String.raw`Diverted from landfill $= 105 + 63 = 168$ thousand tonnes.

$$\frac{168}{420} \times 100 = 40\,\%$$`,
  }),
  written({
    key: "7-3-02",
    levels: BOTH,
    topicCode: "7.3",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline the **waste management hierarchy**, explaining why some strategies are preferred to others.",
    markscheme: [
      pt("p1", 1, "Most preferred: prevent/reduce waste (altering human activity) — avoids the use of resources and energy altogether", ["reduce", "prevent"]),
      pt("p2", 1, "Then reuse, then recycle/compost (controlling release) — keep materials in use, saving raw materials and energy", [
        "reuse",
        "recycle",
        "compost",
      ]),
      pt(
        "p3",
        1,
        "Then energy recovery (incineration), then disposal in landfill (least preferred: cleaning up/restoration) — lost resources, methane, leachate",
        ["incineration", "landfill", "methane", "leachate"],
      ),
    ],
    workedSolution:
      "From most to least preferred: **reduce/prevent → reuse → recycle/compost → recover energy (incineration) → dispose (landfill)**.\n\nStrategies higher up act earlier (they alter the human activity that produces waste), so they save the most resources and energy. Recycling still needs energy for collection and processing. Incineration recovers some energy but releases CO₂ and pollutants. Landfill wastes the materials and produces methane and leachate, so it is the last resort.",
  }),
  mcq({
    key: "7-3-03",
    levels: BOTH,
    topicCode: "7.3",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which business practice best illustrates a **circular economy**?",
    options: [
      "A phone maker designs modular phones and takes old ones back to reuse parts and recover metals.",
      "A supermarket sends its food waste to an incinerator without energy recovery.",
      "A clothing brand releases a new collection every two weeks at low prices.",
      "A drinks company switches from glass bottles to single-use plastic bottles to cut transport costs.",
    ],
    correct: "A",
    why: "a circular economy designs out waste and keeps products and materials in use through repair, reuse and recycling",
    workedSolution:
      "A **circular economy** replaces the linear 'take–make–dispose' model: products are designed to last, be repaired and be disassembled, and materials are cycled back into production. Modular, take-back phones do this: **A**. B, C and D are linear practices.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 8: Human populations and urban systems
// ─────────────────────────────────────────────────────────────────────────────
const populations: QuestionInput[] = [
  numeric({
    key: "8-1-01",
    levels: BOTH,
    topicCode: "8.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical country has a crude birth rate of 32 per 1,000 per year and a crude death rate of 9 per 1,000 per year, with no net migration.\n\nCalculate the **natural increase rate** as a percentage.",
    numericAnswer: { value: 2.3, tolerance: 0.005, unit: "%" },
    markscheme: [m("M1", 1, "NIR = (CBR − CDR) ÷ 10 = (32 − 9) ÷ 10", ["23"]), a("A1", 1, "2.3 %", ["M1"], ["2.3"])],
    workedSolution: String.raw`$$\text{NIR} = \frac{\text{CBR} - \text{CDR}}{10} = \frac{32 - 9}{10} = 2.3\,\%$$

(23 per 1,000 is the same as 2.3 per 100.)`,
  }),
  numeric({
    key: "8-1-02",
    levels: BOTH,
    topicCode: "8.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical country's population is growing at a constant 2.8 % per year.\n\nUsing the rule of 70, calculate its **doubling time**, in years.",
    numericAnswer: { value: 25, tolerance: 0.05, unit: "yr" },
    markscheme: [m("M1", 1, "Doubling time ≈ 70 ÷ growth rate (%) = 70 ÷ 2.8", ["70", "2.8"]), a("A1", 1, "25 years", ["M1"], ["25"])],
    workedSolution: String.raw`$$\text{doubling time} \approx \frac{70}{\text{growth rate (\%)}} = \frac{70}{2.8} = 25 \text{ years}$$

The rule of 70 comes from $\ln 2 \approx 0.69$ and applies to exponential growth at a constant rate.`,
  }),
  written({
    key: "8-1-03",
    levels: BOTH,
    topicCode: "8.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Describe",
    stem: "Describe how birth rates, death rates and total population change through the first four stages of the **demographic transition model** (DTM).",
    markscheme: [
      pt("p1", 1, "Stage 1: high birth and death rates, both fluctuating; population small and stable/slow growth", ["stage 1", "high"]),
      pt("p2", 1, "Stage 2: death rate falls rapidly (better food, sanitation, medicine) while birth rate stays high; rapid population growth", [
        "stage 2",
        "death rate falls",
        "rapid growth",
      ]),
      pt("p3", 1, "Stage 3: birth rate falls (contraception, education of women, urbanisation, lower infant mortality); growth slows", [
        "stage 3",
        "birth rate falls",
      ]),
      pt("p4", 1, "Stage 4: low birth and death rates; population high but stable / slow growth", ["stage 4", "low", "stable"]),
    ],
    workedSolution:
      "1. **High stationary**: high, fluctuating birth and death rates; population small, little growth.\n2. **Early expanding**: death rates fall quickly with improved food supply, clean water, sanitation and healthcare, but birth rates stay high: rapid growth.\n3. **Late expanding**: birth rates fall as contraception becomes available, women are educated and work, children survive and cities grow; growth slows.\n4. **Low stationary**: birth and death rates both low; large population, roughly stable.\n\n(Some versions add a stage 5 with birth rate below death rate and a declining population.)",
  }),
  mcq({
    key: "8-1-04",
    levels: BOTH,
    topicCode: "8.1",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Deduce",
    stem: "An age–sex pyramid has a **very wide base** that narrows quickly with age. What does this most likely show?",
    options: [
      "A low birth rate and long life expectancy",
      "A high birth rate and short life expectancy",
      "An ageing population",
      "A population with a large number of elderly immigrants",
    ],
    correct: "B",
    why: "many young children (wide base) and few older people (rapid narrowing) indicate high birth and death rates",
    workedSolution:
      "A wide base means many births; rapid narrowing means many die before old age. This shape is typical of a country in early stages of the demographic transition: **B**. An ageing population (C) has a narrow base and wide top.",
  }),
  written({
    key: "8-1-05",
    levels: HL,
    topicCode: "8.1",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "To what extent",
    stem: "To what extent can **government policies** influence human population growth? Refer to examples in your answer.",
    markscheme: bands(
      "policies that aim to lower growth (family planning, education of women, incentives/disincentives) and to raise it (pronatalist incentives, parental leave, childcare); other factors: economic development, religion, culture, urbanisation",
      "accurate examples, e.g. China's one-child policy (1980–2015) and later relaxation; pronatalist policies in countries with low fertility such as France or Singapore; the link between female education and falling fertility",
      "analyses why policies succeed or fail: coercive policies can cut fertility quickly but with social costs (gender imbalance, ageing); incentive-based pronatalist policies often have small effects; development and education change the desired family size",
      "supported judgement, e.g. that policies matter but usually work alongside wider socio-economic change; ethics of coercion considered",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*Antinatalist policies*: China's one-child policy (introduced around 1980, replaced by a two-child policy in 2016 and later a three-child policy) reduced fertility, though fertility had already been falling during the 1970s, so its exact effect is debated; side-effects included a skewed sex ratio and rapid ageing. Family-planning programmes providing free contraception and education for women have lowered fertility in many countries without coercion.\n\n*Pronatalist policies*: countries with low fertility (e.g. Singapore, France) offer baby bonuses, tax relief, parental leave and childcare. Effects on fertility are usually modest and costly.\n\n*Other factors*: economic development, urbanisation (children cost more, contribute less labour), female education and employment, religion and culture often change desired family size more than direct policy.\n\n*Conclusion*: governments can influence growth to a significant extent, especially through education and access to family planning, but policies work best alongside socio-economic change; coercive policies raise serious ethical issues.\n\nMarked with the bands.",
  }),
  written({
    key: "8-2-01",
    levels: BOTH,
    topicCode: "8.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain why cities are often warmer than the surrounding countryside (the **urban heat island** effect).",
    markscheme: [
      pt("p1", 1, "Dark surfaces (tarmac, roofs) and concrete have low albedo / high heat capacity, absorbing heat by day and releasing it at night", [
        "albedo",
        "absorb",
        "night",
      ]),
      pt("p2", 1, "Heat released from vehicles, industry, air conditioning and buildings (anthropogenic heat)", [
        "anthropogenic heat",
        "vehicles",
        "air conditioning",
      ]),
      pt("p3", 1, "Less vegetation and water: less evapotranspiration/evaporative cooling; rapid drainage removes water", ["evapotranspiration", "vegetation"]),
      pt("p4", 1, "Tall buildings reduce wind speeds/trap radiation; pollution haze traps outgoing long-wave radiation", ["wind", "pollution", "trap"]),
    ],
    workedSolution:
      "- **Surfaces**: tarmac, concrete and dark roofs absorb and store solar energy during the day and release it at night.\n- **Anthropogenic heat** from traffic, industry, heating and air conditioning adds energy directly.\n- **Less vegetation and open water** means less evapotranspiration, which would otherwise cool the air, and drains remove rainwater quickly.\n- **Urban form**: tall buildings trap radiation and slow the wind; pollution can trap outgoing heat.\n\nAny three points.",
  }),
  written({
    key: "8-2-02",
    levels: BOTH,
    topicCode: "8.2",
    difficulty: 4,
    marks: 7,
    paper: "P1",
    commandTerm: "Evaluate",
    stem: "**Case study (hypothetical).** The city council of Varenna (population 650,000) plans to: (i) build a tram line along its busiest road, (ii) plant 40,000 street trees and convert two car parks into parks, and (iii) require all new buildings to have green roofs or solar panels. The plan costs the equivalent of USD 900 million over ten years.\n\nEvaluate the plan as a strategy for making Varenna a more **sustainable urban system**.",
    markscheme: bands(
      "sustainable urban systems: reducing inputs (energy, resources) and outputs (emissions, waste), improving liveability; the city as a system with flows",
      "refers to each element of Varenna's plan (tram, trees/parks, green roofs/solar) and its cost",
      "explains benefits: tram reduces car use, emissions and congestion; trees and parks reduce the urban heat island, absorb runoff, improve air quality, wellbeing and biodiversity; green roofs/solar reduce energy demand and runoff. Explains limitations: high cost and debt, disruption during construction, tram must be used (behaviour change), benefits take years (tree growth), rules raise building costs/housing affordability, gentrification",
      "balanced judgement on how far the plan makes the city sustainable, e.g. strong on environmental pillar, uncertain on social/economic equity; suggests what else is needed (e.g. waste, water, affordable housing); conclusion consistent",
      [2, 1, 3, 1],
    ),
    workedSolution:
      "**Model outline.**\n\n*Tram line*: cuts car journeys, emissions, congestion and air pollution along the busiest road; success depends on fares, frequency and linking it to other routes; construction is disruptive.\n\n*40,000 trees and new parks*: shade and evapotranspiration reduce the urban heat island; soils and roots absorb storm runoff and reduce flooding; improve air quality, mental health and urban biodiversity. Benefits grow slowly as trees mature and maintenance costs continue.\n\n*Green roofs/solar*: lower energy use for cooling, produce renewable electricity, slow runoff. They add to building costs, which could make housing less affordable.\n\n*Evaluation*: the plan reduces the city's energy inputs and emission outputs and improves liveability (environmental and social pillars), but USD 900 million is a large commitment; without affordable housing and attention to where trees and tram stops go, benefits may favour wealthier districts. It is a strong partial step; waste and water management would also be needed.\n\nMarked with the bands.",
  }),
  mcq({
    key: "8-2-03",
    levels: BOTH,
    topicCode: "8.2",
    difficulty: 1,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Which is a **pull factor** that encourages rural-to-urban migration?",
    options: [
      "Drought reducing crop yields in the countryside",
      "Lack of schools in rural villages",
      "Better-paid jobs available in the city",
      "Mechanisation of farms reducing the need for labour",
    ],
    correct: "C",
    why: "pull factors attract people to the destination; the others push people away from rural areas",
    workedSolution:
      "**Pull factors** attract migrants to a place (jobs, higher wages, services in the city): **C**. Drought, lack of schools and farm mechanisation are **push factors** driving people out of rural areas.",
  }),
  written({
    key: "8-3-01",
    levels: BOTH,
    topicCode: "8.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Explain how **photochemical smog** forms in a large city.",
    markscheme: [
      pt(
        "p1",
        1,
        "Primary pollutants, nitrogen oxides (NOx) and volatile organic compounds (VOCs/hydrocarbons), are emitted mainly by vehicle exhausts / combustion",
        ["NOx", "VOC", "vehicle"],
      ),
      pt("p2", 1, "In sunlight (UV), NO₂ breaks down and reactions produce secondary pollutants such as tropospheric (ground-level) ozone", [
        "sunlight",
        "ozone",
        "secondary",
      ]),
      pt("p3", 1, "Other secondary pollutants: PANs (peroxyacyl nitrates), particulates, giving a brown haze", ["PAN", "haze"]),
      pt("p4", 1, "Worst on hot, sunny, still days / in valleys or during thermal inversions, which trap pollutants near the ground", [
        "inversion",
        "still",
        "valley",
      ]),
    ],
    workedSolution:
      "1. Vehicles and other combustion release **primary pollutants**: nitrogen oxides and **volatile organic compounds** (unburnt hydrocarbons).\n2. **Sunlight** drives reactions among them: NO₂ is split, and the oxygen atoms released form **tropospheric ozone**; with VOCs, further reactions form **secondary pollutants** such as PANs.\n3. The mix forms a brownish haze that irritates eyes and lungs.\n4. Smog is worst on **hot, sunny, calm** days and where a **thermal inversion** (a warm layer above cooler surface air) or surrounding hills trap the pollutants near the ground.",
  }),
  mcq({
    key: "8-3-02",
    levels: BOTH,
    topicCode: "8.3",
    difficulty: 3,
    paper: "P2",
    commandTerm: "Identify",
    stem: "Why does a **thermal inversion** make urban air pollution worse?",
    options: [
      "A layer of warmer air above cooler surface air stops the surface air rising, trapping pollutants near the ground.",
      "Warm air near the ground rises rapidly, carrying pollutants into the stratosphere.",
      "Strong winds blow pollutants from the countryside into the city.",
      "Heavy rain washes pollutants out of the air and onto the ground.",
    ],
    correct: "A",
    why: "normally temperature falls with height; in an inversion a warm layer caps cooler surface air, preventing vertical mixing",
    workedSolution:
      "Usually air cools with height, so warm polluted air near the ground rises and disperses. In a **thermal inversion** a layer of warm air sits above cooler surface air; the cooler, denser air cannot rise through it, so pollutants accumulate near the ground: **A**.",
  }),
  numeric({
    key: "8-3-03",
    levels: BOTH,
    topicCode: "8.3",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "After a hypothetical city introduced a low-emission zone, the annual mean concentration of PM₂.₅ at a roadside monitor fell from 38 µg m⁻³ to 29 µg m⁻³.\n\nCalculate the percentage change in PM₂.₅ concentration, to 3 significant figures (use a negative sign for a decrease).",
    numericAnswer: { sigFigsExact: true, value: -23.7, sigFigs: 3, tolerance: 0.05, unit: "%" },
    markscheme: [m("M1", 1, "(29 − 38) ÷ 38 × 100", ["29", "38"]), a("A1", 1, "−23.7 %", ["M1"], ["-23.7", "23.7"])],
    workedSolution: String.raw`$$\frac{29 - 38}{38} \times 100 = \frac{-9}{38} \times 100 = -23.68\ldots \approx -23.7\,\%$$

A fall of 23.7 %. One monitor over one year is weak evidence that the zone caused the fall: weather and traffic changes should be considered, ideally by comparing with a control site.`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL lenses: environmental law, environmental and ecological economics, environmental ethics
// ─────────────────────────────────────────────────────────────────────────────
const lenses: QuestionInput[] = [
  mcq({
    key: "hl-a-01",
    levels: HL,
    topicCode: "HL.a",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A factory that contaminated a river is required by law to pay for the clean-up. Which principle of environmental law does this apply?",
    options: [
      "The precautionary principle",
      "The principle of common heritage of humankind",
      "The principle of prior informed consent",
      "The polluter pays principle",
    ],
    correct: "D",
    why: "the polluter pays principle makes those responsible for pollution bear the cost of preventing or remedying it",
    workedSolution:
      "The **polluter pays principle** places the cost of pollution control and remediation on those who cause it, internalising an external cost: **D**. The precautionary principle concerns acting despite scientific uncertainty.",
  }),
  written({
    key: "hl-a-02",
    levels: HL,
    topicCode: "HL.a",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Outline",
    stem: "Outline the **precautionary principle** and how it could be applied to a new pesticide.",
    markscheme: [
      pt(
        "p1",
        1,
        "Where there is a threat of serious or irreversible harm, lack of full scientific certainty should not be a reason to postpone protective measures",
        ["irreversible", "scientific certainty"],
      ),
      pt("p2", 1, "The burden of proof shifts to the proponent to show the activity is safe (OWTTE)", ["burden of proof"]),
      pt("p3", 1, "Applied: the pesticide is not approved / is restricted until evidence shows it does not harm pollinators, water or health", [
        "not approved",
        "pollinators",
      ]),
    ],
    workedSolution:
      "The **precautionary principle** (set out, for example, as Principle 15 of the 1992 Rio Declaration) holds that where an activity threatens serious or irreversible harm, the absence of full scientific certainty should not be used as a reason to delay measures to prevent it. In practice it shifts the **burden of proof** onto those proposing the activity.\n\nApplied to a new pesticide, regulators would refuse or restrict approval until the manufacturer provides convincing evidence that it does not harm bees and other non-target species, water supplies or human health, rather than waiting for damage to be proven.",
  }),
  written({
    key: "hl-a-03",
    levels: HL,
    topicCode: "HL.a",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between **hard law** and **soft law** in international environmental governance, giving an example of each.",
    markscheme: [
      pt("p1", 1, "Hard law: legally binding obligations (treaties/conventions/protocols) that states consent to, often with compliance mechanisms", [
        "binding",
        "treaty",
      ]),
      pt("p2", 1, "Example of hard law, e.g. the Montreal Protocol / CITES / the Kyoto Protocol's emission targets", ["Montreal", "CITES", "Kyoto"]),
      pt("p3", 1, "Soft law: non-binding declarations, principles, guidelines or resolutions that guide behaviour and may later shape hard law", [
        "non-binding",
        "declaration",
      ]),
      pt("p4", 1, "Example of soft law, e.g. the Stockholm Declaration (1972) / the Rio Declaration (1992) / Agenda 21 / the Sustainable Development Goals", [
        "Stockholm",
        "Rio",
        "Agenda 21",
        "SDG",
      ]),
    ],
    workedSolution:
      "- **Hard law** is legally binding: treaties and protocols ratified by states, which must then comply, often with reporting and compliance procedures. Examples: the **Montreal Protocol** (phase-out of ozone-depleting substances), **CITES** (trade in endangered species).\n- **Soft law** consists of non-binding instruments (declarations, principles, action plans) that set norms and expectations. Examples: the **Stockholm Declaration** (1972), the **Rio Declaration** (1992), the **Sustainable Development Goals**.\n\nSoft law is easier to agree and often paves the way for later binding treaties, but it cannot be enforced.",
  }),
  written({
    key: "hl-a-04",
    levels: HL,
    topicCode: "HL.a",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "To what extent",
    stem: "To what extent can granting **legal rights or legal personhood to nature** (for example to rivers or ecosystems) protect the environment more effectively than conventional environmental law?",
    markscheme: bands(
      "the rights-of-nature approach (nature as a legal subject with rights, represented by guardians) compared with conventional regulation (permits, standards, impact assessments that treat nature as property/resource)",
      "accurate examples, e.g. Ecuador's 2008 constitution recognising rights of nature; New Zealand's Te Awa Tupua (Whanganui River) Act 2017 granting the river legal personhood; comparison with conventional pollution or protected-area laws",
      "analyses mechanisms: standing to sue on behalf of nature, guardians, integration of indigenous values; limitations: vague rights, conflict with other rights (development, property), dependence on courts and enforcement, cost of litigation, limited implementation",
      "supported judgement, e.g. a powerful complement that shifts values and gives standing, but its effectiveness depends on enforcement and political will; conventional law remains necessary",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*Conventional law* treats nature as property or a resource: it sets emission limits, requires permits and environmental impact assessments, and designates protected areas. Harm is usually only actionable when it affects people or breaks a standard.\n\n*Rights of nature* make an ecosystem a legal subject. **Ecuador's 2008 constitution** recognised nature's right to exist and regenerate, and anyone can bring a case on its behalf. **New Zealand's Te Awa Tupua Act 2017** gave the Whanganui River legal personhood, with guardians representing both the Crown and the Whanganui iwi, reflecting Māori relationships with the river.\n\n*Strengths*: gives nature standing in court without proving human harm, embeds ecocentric and indigenous values, and can shift the burden towards proving that development is compatible with the ecosystem's integrity.\n\n*Limitations*: rights are broad and must be balanced against economic and property rights; outcomes depend on courts, funding for guardians and government enforcement; there are cases where rights exist on paper but extraction continues.\n\n*Conclusion*: rights of nature can strengthen protection and change how societies value ecosystems, but they are most effective alongside, not instead of, conventional regulation and enforcement.\n\nMarked with the bands.",
  }),
  numeric({
    key: "hl-b-01",
    levels: HL,
    topicCode: "HL.b",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    commandTerm: "Calculate",
    stem: "A hypothetical country introduces a carbon tax of 45 US dollars per tonne of CO₂. Its power sector emits 1.8 million tonnes of CO₂ in the first year of the tax.\n\nCalculate the tax revenue from the power sector in that year, in **million US dollars**.",
    numericAnswer: { value: 81, tolerance: 0.05 },
    markscheme: [m("M1", 1, "Revenue = emissions × tax rate = 1.8 million t × 45 USD/t", ["1.8", "45"]), a("A1", 1, "81 (million USD)", ["M1"], ["81"])],
    workedSolution: String.raw`$$1.8 \times 10^{6}\ \text{t} \times 45\ \text{USD t}^{-1} = 81 \times 10^{6}\ \text{USD}$$

Revenue is **81 million US dollars**. A carbon tax is a Pigouvian tax: it puts a price on the external cost of emissions, so emissions (and revenue) should fall over time as firms switch to cleaner generation. The revenue could fund renewables or be returned to households.`,
  }),
  written({
    key: "hl-b-02",
    levels: HL,
    topicCode: "HL.b",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    commandTerm: "Distinguish",
    stem: "Distinguish between **environmental economics** and **ecological economics**.",
    markscheme: [
      pt("p1", 1, "Environmental economics applies mainstream (neoclassical) economics: environmental problems are market failures / externalities", [
        "neoclassical",
        "externalities",
        "market failure",
      ]),
      pt(
        "p2",
        1,
        "…solved by pricing/internalising external costs (taxes, tradable permits, valuation of ecosystem services); growth is compatible with sustainability (weak sustainability: natural capital can be substituted)",
        ["tax", "permits", "weak sustainability", "substitut"],
      ),
      pt("p3", 1, "Ecological economics sees the economy as a subsystem of the finite biosphere, bounded by biophysical limits", [
        "subsystem",
        "biosphere",
        "limits",
      ]),
      pt(
        "p4",
        1,
        "…emphasises scale, strong sustainability (natural capital cannot be fully substituted), equity, and questions endless growth (e.g. steady-state economy, degrowth, doughnut)",
        ["strong sustainability", "steady-state", "degrowth"],
      ),
    ],
    workedSolution:
      "- **Environmental economics** is a branch of mainstream economics. It treats pollution and resource depletion as **externalities** (market failures) and corrects them by putting prices on them: Pigouvian taxes, cap-and-trade, payments for ecosystem services, cost–benefit analysis. It usually assumes **weak sustainability**: manufactured capital can substitute for natural capital, so growth can continue.\n- **Ecological economics** treats the economy as a **subsystem of the finite biosphere**. It stresses biophysical limits, the scale of throughput, **strong sustainability** (some natural capital is irreplaceable) and fair distribution, and questions whether endless GDP growth is possible: ideas such as the steady-state economy (Herman Daly), degrowth and doughnut economics.",
  }),
  written({
    key: "hl-b-03",
    levels: HL,
    topicCode: "HL.b",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    commandTerm: "Explain",
    stem: "Using the idea of the **tragedy of the commons**, explain why an unregulated open-access fishery tends to be overexploited.",
    markscheme: [
      pt("p1", 1, "The fishery is a common-pool resource: no one owns it, and it is hard to exclude users", ["common", "open access", "exclude"]),
      pt("p2", 1, "Each fisher gains the full benefit of extra catch but shares the cost of depletion with all users, so it is rational to catch more", [
        "benefit",
        "cost shared",
        "rational",
      ]),
      pt(
        "p3",
        1,
        "The sum of individual decisions exceeds the sustainable yield, leading to collapse; solutions include regulation, quotas/tradable quotas, or community management",
        ["collapse", "quotas", "community"],
      ),
    ],
    workedSolution:
      "The **tragedy of the commons** (described by Garrett Hardin in 1968) arises with shared resources that are open to all. Each fisher receives all the benefit of landing an extra tonne, while the cost (a smaller stock for everyone) is spread across all users. Each therefore has an incentive to fish more, and if others are fishing anyway, restraint only leaves fish for competitors. The combined catch exceeds the stock's natural increase, and the fishery collapses. Remedies include government quotas, individual transferable quotas and community-based management, which Elinor Ostrom showed can work when users set and enforce their own rules.",
  }),
  written({
    key: "hl-b-04",
    levels: HL,
    topicCode: "HL.b",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "Evaluate",
    stem: "Evaluate **market-based instruments**, such as carbon taxes and cap-and-trade (emissions trading) schemes, as ways of reducing greenhouse gas emissions.",
    markscheme: bands(
      "externalities and internalising costs; how a carbon tax fixes the price and lets quantity adjust, while cap-and-trade fixes the quantity (cap) and lets the price adjust; comparison with regulation (command and control)",
      "examples, e.g. the EU Emissions Trading System (started 2005); national carbon taxes such as Sweden's; hypothetical figures used correctly",
      "strengths: cost-effective (cuts happen where cheapest), continuing incentive to innovate, revenue raising; limitations: political difficulty, regressive effects on poorer households, carbon leakage, prices set too low or over-allocation of permits, price volatility, monitoring",
      "supported judgement, e.g. effective when prices are high enough and combined with regulation, revenue recycling and border measures; compares with ecological economics critiques of commodifying nature",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*How they work*: emissions impose external costs. A **carbon tax** sets a price per tonne (certain price, uncertain quantity); **cap-and-trade** sets a cap on total emissions and issues tradable permits (certain quantity, uncertain price). Both let firms choose the cheapest way to cut emissions.\n\n*Strengths*: reductions happen where they are cheapest, so the overall cost is lower than uniform regulation; a continuing price signal rewards innovation; governments raise revenue (taxes or auctioned permits) that can fund clean energy or be returned to households.\n\n*Limitations*: the EU Emissions Trading System (launched 2005) initially allocated too many free permits and prices collapsed, weakening the incentive; taxes are politically unpopular and can be regressive; firms may relocate to countries without carbon pricing (carbon leakage); prices are often set below estimates of the social cost of carbon. Ecological economists also object that pricing treats the atmosphere as a tradable commodity and may not guarantee staying within planetary boundaries.\n\n*Conclusion*: market instruments are an effective part of climate policy when prices are high and predictable, caps tighten over time, revenue is used fairly and they are combined with regulation and support for low-carbon technology.\n\nMarked with the bands.",
  }),
  mcq({
    key: "hl-c-01",
    levels: HL,
    topicCode: "HL.c",
    difficulty: 2,
    paper: "P2",
    commandTerm: "Identify",
    stem: "A person argues that a rare orchid should be protected even if it has no use to humans, because it has worth in itself. Which kind of value are they assigning to the orchid?",
    options: ["Intrinsic value", "Instrumental value", "Market value", "Option value"],
    correct: "A",
    why: "intrinsic value is value a thing has in itself, independent of its usefulness to humans",
    workedSolution:
      "**Intrinsic value** is the value something has for its own sake. **Instrumental value** is its usefulness as a means to human ends (market and option values are kinds of instrumental value): answer **A**. Ecocentric ethics generally attributes intrinsic value to organisms, species or ecosystems.",
  }),
  written({
    key: "hl-c-02",
    levels: HL,
    topicCode: "HL.c",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    commandTerm: "Compare and contrast",
    stem: "Compare and contrast **anthropocentric** and **ecocentric** ethical positions on draining a wetland to build housing.",
    markscheme: [
      pt(
        "p1",
        1,
        "Both can recognise the wetland's value / both may oppose careless destruction (e.g. an anthropocentric view values flood control and clean water)",
        ["both", "flood"],
      ),
      pt("p2", 1, "Anthropocentric: only humans have moral standing; nature is valued instrumentally for human wellbeing", ["instrumental", "humans"]),
      pt(
        "p3",
        1,
        "Anthropocentric judgement: draining is acceptable if benefits to people (housing) outweigh costs to people (lost services), e.g. by cost–benefit analysis",
        ["cost-benefit", "housing"],
      ),
      pt(
        "p4",
        1,
        "Ecocentric: ecosystems, species and ecological processes have intrinsic value / moral standing; draining is wrong if it damages the integrity of the wetland community, whatever the human benefits",
        ["intrinsic", "integrity"],
      ),
    ],
    workedSolution:
      "- **Similarity**: both may value the wetland and could reject draining it. An anthropocentrist counts flood control, water purification and recreation as benefits to people.\n- **Anthropocentric ethics** gives moral standing only to humans; the wetland's value is **instrumental**. Draining is justified if the benefits of housing outweigh the losses of ecosystem services to people, a cost–benefit judgement.\n- **Ecocentric ethics** (for example Aldo Leopold's land ethic or deep ecology) gives moral standing to the ecological community as a whole. The wetland has **intrinsic value**, so destroying it is wrong in itself, not just when the human costs are high; housing should be built elsewhere.",
  }),
  written({
    key: "hl-c-03",
    levels: HL,
    topicCode: "HL.c",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    commandTerm: "Explain",
    stem: "**Case study (hypothetical).** A waste incinerator serving the whole of the city of Dunmere is built next to Eastfield, the city's lowest-income district, where many residents are recent migrants. Wealthier districts upwind have no waste facilities.\n\nExplain why this is an issue of **environmental justice**.",
    markscheme: [
      pt(
        "p1",
        1,
        "Environmental justice: fair distribution of environmental benefits and burdens, and fair participation in decisions, regardless of income, ethnicity or origin",
        ["fair", "distribution", "participation"],
      ),
      pt("p2", 1, "Eastfield bears the burden (air pollution, traffic, health risk) of a service that benefits the whole city", [
        "burden",
        "pollution",
        "whole city",
      ]),
      pt("p3", 1, "Low-income/migrant residents may have less political power or voice to oppose siting (procedural injustice) and less ability to move away", [
        "political power",
        "voice",
        "procedural",
      ]),
    ],
    workedSolution:
      "**Environmental justice** requires that environmental burdens and benefits are shared fairly and that all groups can take part in decisions. In Dunmere the whole city benefits from waste disposal, but the pollution, lorry traffic and health risks fall on **Eastfield**, the poorest district, while wealthier districts carry none (distributive injustice). Low-income and migrant residents often have less political influence, language access or money to challenge the decision or to move (procedural injustice). The pattern of locating hazardous facilities in marginalised communities is a classic environmental-justice concern.",
  }),
  written({
    key: "hl-c-04",
    levels: HL,
    topicCode: "HL.c",
    difficulty: 5,
    marks: 9,
    paper: "P2",
    commandTerm: "Discuss",
    stem: "Discuss the ethical arguments for and against **culling an invasive predator** (for example introduced rats or feral cats) to protect native bird species on an island.",
    markscheme: bands(
      "relevant ethical frameworks: consequentialist/utilitarian, rights-based (animal rights), ecocentric (value of species and ecosystem integrity), biocentric (value of individual organisms), anthropocentric; concept of intrinsic value",
      "a real or hypothetical island example used accurately; methods (trapping, poisoning, shooting) and their welfare implications",
      "arguments for: protects endangered/endemic species from extinction, restores ecosystem integrity, humans caused the introduction (responsibility to repair); arguments against: individual animals have rights/suffer, non-target poisoning, methods may be inhumane, alternatives (fencing, fertility control) exist; considers stakeholders' values (conservationists, animal-welfare groups, pet owners)",
      "a justified conclusion weighing frameworks (e.g. ecocentric and consequentialist views tend to support humane, well-planned culling; biocentric and rights views oppose it), with conditions",
      [2, 2, 3, 2],
    ),
    workedSolution:
      "**Model outline.**\n\n*For culling*:\n- **Ecocentric**: species and ecosystems have intrinsic value; an invasive predator threatening endemic birds with extinction damages the integrity of the island community.\n- **Consequentialist**: the suffering caused by a one-off cull may be less than the continuing deaths of native birds and the irreversible loss of species.\n- **Responsibility**: humans introduced the predator, so there is a duty to repair the harm.\n\n*Against culling*:\n- **Biocentric / animal-rights** views give moral standing to each sentient individual; killing rats or cats for the benefit of other species violates their rights.\n- Poisons can cause suffering and kill non-target animals; eradication may fail, leading to repeated killing.\n- Alternatives (predator-proof fencing, translocating birds, fertility control) may achieve the goal with less killing, though often at higher cost.\n\n*Conclusion*: most conservation ethics accept culling when the threat is severe, eradication is feasible, methods are as humane as possible and alternatives have been considered; those holding individual-rights positions remain opposed. The decision depends on which values are given priority.\n\nMarked with the bands.",
  }),
];

const subjectQuestions: SubjectQuestions = {
  subject: "environmental-systems-and-societies",
  questions: [...foundation, ...ecology, ...biodiversity, ...water, ...land, ...atmosphere, ...resources, ...populations, ...lenses],
};

export default subjectQuestions;
