import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for IB Geography (guide first assessed 2019).
// Paper 1 (options A–G): short data-response parts (2–4 marks), 6-mark explanations and 10-mark extended
// answers. Paper 2 (core units 1–3): structured short answers with data, and 10-mark essays. Paper 3 (HL
// units 4–6, no calculator): 12-mark and 16-mark essays, plus a few short checks of HL concepts.
//
// Every place, river, city or data set invented for a question is labelled hypothetical; real examples
// are named only where the fact is well established. Money is written with "USD" so that "$" is only a
// LaTeX delimiter. Numeric answers are recomputed from the stems in checks/geography-answers.test.ts.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

type Difficulty = 1 | 2 | 3 | 4 | 5;
type Base = {
  key: string;
  topic: string;
  difficulty: Difficulty;
  marks: number;
  term: QuestionInput["commandTerm"];
  stem: string;
  points: MarkingPointInput[];
  answer: string;
};

/** A POINT marking point ("/" separates accepted alternatives; OWTTE = or words to that effect). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });
/** Method mark, and an accuracy mark that depends on it. */
const m1 = (text: string, keywords: string[] = []): MarkingPointInput => ({ id: "M1", kind: "M", marks: 1, text, keywords });
const a1 = (text: string, keywords: string[] = []): MarkingPointInput => ({ id: "A1", kind: "A", marks: 1, text, dependsOn: ["M1"], keywords });

/** The paper follows the syllabus: options on Paper 1, the core on Paper 2, the HL extension on Paper 3. */
const paperFor = (topic: string): QuestionInput["paper"] => (/^[A-G]/.test(topic) ? "P1" : /^[123]/.test(topic) ? "P2" : "P3");
const levelsFor = (topic: string): Level[] => (/^[456]/.test(topic) ? HL : BOTH);

const base = (b: Base) => {
  const paper = paperFor(b.topic);
  return {
    key: `geography-${b.key}`,
    levels: levelsFor(b.topic),
    topicCode: b.topic,
    difficulty: b.difficulty,
    marks: b.marks,
    paper,
    calculator: paper !== "P3",
    commandTerm: b.term,
    stem: b.stem,
    markscheme: b.points,
    workedSolution: b.answer,
  };
};

const written = (b: Base): QuestionInput => ({ type: "WRITTEN", ...base(b) });

/** A 2-mark calculation: method (M1) and answer (A1). */
const numeric = (
  b: Omit<Base, "marks" | "term" | "points"> & {
    method: string;
    result: string;
    numericAnswer: NumericAnswer;
    term?: QuestionInput["commandTerm"];
    keywords?: string[];
  },
): QuestionInput => ({
  type: "NUMERIC",
  ...base({ ...b, marks: 2, term: b.term ?? "Calculate", points: [m1(b.method, b.keywords ?? []), a1(b.result, [String(b.numericAnswer.value)])] }),
  numericAnswer: b.numericAnswer,
});

type Mcq = Omit<Base, "marks" | "points" | "term"> & {
  term?: QuestionInput["commandTerm"];
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  why: string;
};
const mcq = (b: Mcq): QuestionInput => ({
  type: "MCQ",
  ...base({ ...b, term: b.term ?? "Identify", marks: 1, points: [pt("p1", 1, `${b.correct}: ${b.why}`, [b.correct])] }),
  options: b.options.map((text, i) => ({ id: "ABCD"[i]!, text })),
  correctOptionId: b.correct,
});

/**
 * Markband-style points for an extended answer (10, 12 or 16 marks): knowledge and understanding,
 * application and analysis with examples, and synthesis and evaluation, as the IB markbands weigh them.
 */
const bands = (marks: 10 | 12 | 16, knowledge: string, application: string, evaluation: string): MarkingPointInput[] => {
  const split = { 10: [3, 3, 4], 12: [4, 4, 4], 16: [5, 5, 6] }[marks];
  return [
    pt("K", split[0]!, `Knowledge and understanding (geographic terms, processes, concepts): ${knowledge}`),
    pt("AA", split[1]!, `Application and analysis (detailed, located examples and evidence, at more than one scale where relevant): ${application}`),
    pt("SE", split[2]!, `Synthesis and evaluation (balanced, weighs perspectives/places/power, reaches a substantiated conclusion): ${evaluation}`),
  ];
};

// ─────────────────────────────────────────────────────────────────────────────
// Option A: Freshwater—drainage basins
// ─────────────────────────────────────────────────────────────────────────────
const optionA: QuestionInput[] = [
  numeric({
    key: "a1-01",
    topic: "A.1",
    difficulty: 2,
    stem: String.raw`**Hypothetical fieldwork data.** At one site on the (hypothetical) Alder Brook, students measured a channel width of 4.8 m, a mean depth of 0.35 m and a mean velocity of 0.6 m s$^{-1}$.

Calculate the discharge at the site, in m$^3$ s$^{-1}$ (discharge = cross-sectional area × mean velocity).`,
    method: String.raw`cross-sectional area $= 4.8 \times 0.35 = 1.68$ m$^2$, multiplied by velocity $0.6$`,
    result: String.raw`discharge $= 1.008 \approx 1.01$ m$^3$ s$^{-1}$`,
    keywords: ["1.68", "0.6"],
    numericAnswer: { value: 1.008, tolerance: 0.01, unit: "m^3/s" },
    answer: String.raw`$$A = w \times \bar{d} = 4.8 \times 0.35 = 1.68\ \text{m}^2$$
$$Q = A \times \bar{v} = 1.68 \times 0.6 = 1.008\ \text{m}^3\,\text{s}^{-1} \approx 1.01\ \text{m}^3\,\text{s}^{-1}$$
Discharge is the volume of water passing a point per second. Using a mean depth treats the channel as a rectangle, so the true area (and discharge) of a curved bed is slightly overestimated.`,
  }),
  numeric({
    key: "a1-02",
    topic: "A.1",
    difficulty: 3,
    stem: String.raw`**Hypothetical data.** A downstream site on the (hypothetical) Alder Brook has a channel that is approximately rectangular: 9.0 m wide and 1.5 m deep (bank-full).

Calculate the **hydraulic radius** (cross-sectional area ÷ wetted perimeter), in metres, to 3 significant figures.`,
    method: String.raw`area $= 9.0 \times 1.5 = 13.5$ m$^2$ and wetted perimeter $= 9.0 + 2 \times 1.5 = 12.0$ m`,
    result: String.raw`hydraulic radius $= 13.5 / 12.0 = 1.13$ m`,
    keywords: ["13.5", "12"],
    numericAnswer: { sigFigsExact: true, value: 1.125, tolerance: 0.005, unit: "m", sigFigs: 3 },
    answer: String.raw`$$A = 9.0 \times 1.5 = 13.5\ \text{m}^2 \qquad P = 9.0 + 1.5 + 1.5 = 12.0\ \text{m}$$
$$R = \frac{A}{P} = \frac{13.5}{12.0} = 1.125 \approx 1.13\ \text{m}$$
A higher hydraulic radius means a smaller proportion of the water is in contact with the bed and banks, so less energy is lost to friction and the channel is more **efficient**; this is one reason velocity often increases downstream even though the gradient falls.`,
  }),
  mcq({
    key: "a1-03",
    topic: "A.1",
    difficulty: 2,
    stem: "According to the Hjulström curve, which particles are **eroded** (entrained) at the **lowest** flow velocity?",
    options: ["Clay", "Silt", "Sand", "Boulders"],
    correct: "C",
    why: "sand needs the lowest critical erosion velocity; finer clay and silt are cohesive and lie in a smoother boundary layer, so they need a higher velocity to be lifted, and larger particles need more energy because of their mass",
    answer:
      "**C — sand.** The critical erosion velocity curve on the Hjulström diagram is lowest for sand-sized particles (roughly 0.1–1 mm). Clay and silt are *smaller* but are **cohesive** (they stick together) and sit within the slow-moving layer next to the bed, so they need a higher velocity to be entrained. Once entrained, however, clay and silt stay in suspension even at very low velocities, which is why the deposition curve for them is so low.",
  }),
  written({
    key: "a1-04",
    topic: "A.1",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** ways in which the characteristics of a drainage basin can shorten the lag time of a storm hydrograph.",
    points: [
      pt(
        "p1",
        1,
        "First characteristic identified: steep slopes / impermeable rock or saturated/frozen soil / small, circular basin / high drainage density / little vegetation / urban surfaces",
        ["steep", "impermeable", "drainage density", "saturated"],
      ),
      pt(
        "p2",
        1,
        "Explained: e.g. steep slopes increase overland flow velocity / impermeable or saturated ground reduces infiltration, so water reaches the channel faster",
        ["overland flow", "infiltration"],
      ),
      pt("p3", 1, "Second characteristic identified (different from the first)", ["circular", "vegetation", "urban"]),
      pt(
        "p4",
        1,
        "Explained: e.g. high drainage density means water travels a short distance to a channel / little interception by vegetation means more rain reaches the ground at once",
        ["interception", "short distance"],
      ),
    ],
    answer:
      "**Lag time** is the time between peak rainfall and peak discharge.\n\n1. **Impermeable rock or saturated soil.** If the infiltration capacity is low or already exceeded, rain cannot soak in and move slowly as throughflow or groundwater flow; it becomes **overland flow**, which reaches the channel quickly, so the peak comes sooner.\n2. **High drainage density.** Many streams per km² mean that any drop of rain has only a short distance to travel before it joins a channel, where flow is faster than on slopes, so the lag time shortens.\n\n(Other creditworthy points: steep slopes, a small or circular basin, sparse vegetation and little interception, urban surfaces and drains.)",
  }),
  numeric({
    key: "a2-01",
    topic: "A.2",
    difficulty: 3,
    stem: String.raw`**Hypothetical data.** A gauging station on a (hypothetical) river has 59 years of annual maximum discharge records. A flood of 420 m$^3$ s$^{-1}$ is ranked 6th highest in the record.

Using recurrence interval $= \dfrac{n+1}{m}$, where $n$ is the number of years of record and $m$ is the rank, calculate the recurrence interval of this flood in years.`,
    method: String.raw`$\dfrac{59 + 1}{6}$`,
    result: "10 years",
    keywords: ["60", "6"],
    numericAnswer: { value: 10, tolerance: 0.05, unit: "years" },
    answer: String.raw`$$RI = \frac{n + 1}{m} = \frac{59 + 1}{6} = \frac{60}{6} = 10\ \text{years}$$
A flood of this size is expected, **on average**, once every 10 years: each year it has a probability of $1/10 = 10\%$. It does not mean the next one will come in exactly ten years, and a short record (or a changing climate and land use) makes such estimates uncertain.`,
  }),
  written({
    key: "a2-02",
    topic: "A.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **urbanization** within a drainage basin can increase the magnitude and frequency of river floods.",
    points: [
      pt("p1", 1, "Impermeable surfaces (tarmac, concrete, roofs) reduce infiltration", ["impermeable", "infiltration"]),
      pt("p2", 1, "… increasing overland flow / surface runoff", ["overland flow", "runoff"]),
      pt("p3", 1, "Drains, gutters and sewers carry water rapidly to channels", ["drains", "sewers"]),
      pt("p4", 1, "… so lag time falls and peak discharge rises (a 'flashier' hydrograph)", ["lag time", "peak"]),
      pt("p5", 1, "Removal of vegetation reduces interception and evapotranspiration", ["vegetation", "interception"]),
      pt("p6", 1, "Channelization/building on the floodplain reduces floodplain storage / constricts the channel at bridges / culverts block", [
        "floodplain",
        "bridges",
        "channelization",
      ]),
      pt("p7", 1, "Result: smaller storms now reach bank-full, so floods of a given size occur more often (higher frequency)", ["frequency", "bank-full"]),
    ],
    answer:
      "Urbanization changes the **drainage basin system** so that more water reaches the channel, faster.\n\n- **Inputs become runoff:** roofs, roads and car parks are impermeable, so infiltration falls and **overland flow** rises; less water is stored in soil and groundwater.\n- **Faster transfers:** gutters, drains and storm sewers are smooth, efficient channels that carry water to the river in minutes rather than hours, so the **lag time shortens** and the **peak discharge rises**: a steeper, 'flashier' hydrograph.\n- **Less interception and evapotranspiration** where vegetation is cleared.\n- **Less storage on the floodplain:** building on the floodplain and straightening channels remove space for water; bridges and culverts can constrict flow or be blocked by debris.\n\nTogether these mean that a storm which once stayed within the banks can now overtop them, so floods of a given magnitude occur **more frequently**, and the largest floods are **bigger**.",
  }),
  written({
    key: "a2-03",
    topic: "A.2",
    difficulty: 4,
    marks: 10,
    term: "Evaluate",
    stem: "Evaluate the effectiveness of **hard engineering** compared with other strategies for managing river flood risk.",
    points: bands(
      10,
      "hard engineering (dams, levees/embankments, channelization, flood walls, relief channels) versus soft strategies (afforestation, wetland/floodplain restoration, land-use zoning, flood warnings, insurance); the idea of flood risk as hazard × vulnerability",
      "uses located examples, e.g. dams regulating a large river such as the Three Gorges Dam on the Yangtze, levee failures, and catchment-scale natural flood management or zoning schemes; considers costs, who benefits and who bears the risk",
      "weighs short-term protection against long-term effects (levees moving floods downstream, false sense of security, sediment trapping behind dams, maintenance costs) and concludes that effectiveness depends on scale, funding, the size of flood and whether strategies are combined",
    ),
    answer:
      "**Hard engineering** alters the river to control the water: **dams** store floodwater upstream; **levees and flood walls** raise the banks; **channelization** straightens and deepens the channel; **relief channels** divert peaks.\n\n**Strengths.** They can protect high-value urban areas against a design flood with great reliability, and large dams bring other benefits (hydroelectric power, irrigation, navigation). The Three Gorges Dam on the Yangtze, for example, was built partly to reduce flood peaks downstream.\n\n**Weaknesses.** They are expensive to build and maintain; they protect only up to the design flood and can fail catastrophically when exceeded; levees and channelization speed water downstream, shifting the problem to other communities; dams trap sediment, so the downstream channel and delta are starved; people may build behind defences, so **vulnerability can rise** (the 'levee effect').\n\n**Other strategies.** *Soft engineering* (afforestation, restoring wetlands and floodplains, leaky dams in headwaters) slows and stores water and brings ecological benefits, but works best for small or moderate floods and takes time. *Land-use zoning* keeps people out of high-risk areas, reducing exposure permanently, but is hard to apply to existing cities. *Warnings, insurance and flood-proofing* reduce losses rather than the flood itself.\n\n**Judgement.** Hard engineering is the most effective way to protect dense, valuable urban areas from frequent floods, but on its own it is rarely sustainable. The most effective approach is **integrated**: hard defences where assets are concentrated, combined with catchment-wide soft measures, zoning and warnings, so that both the hazard and the vulnerability are reduced.",
  }),
  numeric({
    key: "a3-01",
    topic: "A.3",
    difficulty: 3,
    stem: String.raw`**Hypothetical data.** A country has 38 km$^3$ (38 billion m$^3$) of renewable freshwater per year and a population of 25 million.

Calculate the renewable freshwater available per person per year, in m$^3$.`,
    method: String.raw`$\dfrac{38 \times 10^9}{25 \times 10^6}$`,
    result: String.raw`$1520$ m$^3$ per person per year`,
    keywords: ["38", "25"],
    numericAnswer: { value: 1520, tolerance: 1, unit: "m^3" },
    answer: String.raw`$$\frac{38 \times 10^9\ \text{m}^3}{25 \times 10^6\ \text{people}} = 1520\ \text{m}^3 \text{ per person per year}$$
On the Falkenmark indicator, below 1,700 m$^3$ per person per year indicates **water stress** (below 1,000 m$^3$, water scarcity). This country is water stressed, and population growth with no new supply would push it towards scarcity.`,
  }),
  written({
    key: "a3-02",
    topic: "A.3",
    difficulty: 2,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between **physical water scarcity** and **economic water scarcity**, giving one likely cause of each.",
    points: [
      pt("p1", 1, "Physical scarcity: demand exceeds/approaches the water physically available (e.g. over 75% of river flows withdrawn) OWTTE", [
        "physical",
        "not enough water",
        "available",
      ]),
      pt("p2", 1, "Cause: arid climate / low rainfall / over-abstraction for irrigation / drought", ["arid", "irrigation", "drought"]),
      pt("p3", 1, "Economic scarcity: water exists but people lack the money, infrastructure or institutions to access it OWTTE", [
        "infrastructure",
        "investment",
        "access",
      ]),
      pt("p4", 1, "Cause: lack of investment/capital in pipes, wells, treatment / poverty / weak governance", ["poverty", "capital", "governance"]),
    ],
    answer:
      "**Physical water scarcity** occurs when there is not enough water to meet all demands, including environmental flows: withdrawals approach or exceed the renewable supply. Typical causes are an **arid climate** and **over-abstraction** (e.g. for irrigated agriculture).\n\n**Economic water scarcity** occurs when water is physically available but people cannot obtain it because of a lack of **investment, infrastructure or institutional capacity** (no piped supply, wells, storage or treatment), often linked to poverty and weak governance.\n\nThe distinction matters because the solutions differ: physical scarcity needs demand management and reallocation; economic scarcity needs investment and governance.",
  }),
  mcq({
    key: "a3-03",
    topic: "A.3",
    difficulty: 2,
    term: "Identify",
    stem: "Fertilizer runoff enters a lake and causes **eutrophication**. Which step explains why fish die?",
    options: [
      "Algal blooms die and bacteria decomposing them use up dissolved oxygen.",
      "Nitrates are directly toxic to fish gills at all concentrations.",
      "Phosphates raise the water temperature above fish tolerance.",
      "Algae release carbon dioxide that acidifies the lake to pH 2.",
    ],
    correct: "A",
    why: "decomposition of dead algae by aerobic bacteria depletes dissolved oxygen (hypoxia), so fish suffocate",
    answer:
      "**A.** Excess nutrients (nitrates and phosphates) cause rapid algal growth (**algal bloom**). The algae block light, so plants below die; when the algae die, **aerobic bacteria** decompose them and consume dissolved oxygen. Oxygen levels fall (hypoxia), and fish and other animals die. The other options describe mechanisms that are not the main cause.",
  }),
  written({
    key: "a4-01",
    topic: "A.4",
    difficulty: 4,
    marks: 10,
    term: "Discuss",
    stem: "Discuss the consequences of building a large dam on an **internationally shared (transboundary) river**.",
    points: bands(
      10,
      "purposes of large multipurpose dams (HEP, irrigation, flood control, storage) and their environmental, economic, social and geopolitical consequences; understanding of upstream–downstream relationships",
      "located example(s), e.g. the Grand Ethiopian Renaissance Dam on the Blue Nile and concerns of downstream Egypt and Sudan; consequences at local, national and international scales",
      "balanced discussion of winners and losers (upstream vs downstream, urban vs rural, present vs future); considers cooperation, treaties and power; substantiated conclusion (e.g. consequences depend on filling rates, agreements and river basin management)",
    ),
    answer:
      "**Benefits.** A large dam stores water for **irrigation** and urban supply, generates **hydroelectric power** (renewable, often exported), regulates floods downstream and can improve navigation. For an upstream country it is a route to development and energy security.\n\n**Costs within the country.** Reservoirs flood farmland, settlements and ecosystems, displacing people; sediment is trapped, so the reservoir slowly fills and downstream soils lose natural fertilization; fish migration is blocked; evaporation losses rise in hot climates.\n\n**Transboundary consequences.** Downstream states fear **reduced or less predictable flow**, especially while the reservoir fills and during droughts. The **Grand Ethiopian Renaissance Dam** on the Blue Nile illustrates this: Ethiopia sees it as central to electrification and development, while Egypt, which depends heavily on Nile water, and Sudan have raised concerns about water security and dam safety, leading to long diplomatic negotiations. Downstream, a regulated flow may also *help* (flood control, steadier supply for downstream dams).\n\n**Evaluation.** Consequences are not fixed: they depend on the **filling schedule**, **data sharing**, legal agreements and whether the basin is managed as one unit (integrated river basin management). Power matters too: upstream position gives physical control, while downstream states may have greater economic or diplomatic influence. A dam can be a source of conflict or, with agreements on flows and shared benefits (e.g. selling electricity to neighbours), of cooperation.",
  }),
  written({
    key: "a4-02",
    topic: "A.4",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain **three** ways in which the management of a lake or wetland can be made more sustainable.",
    points: [
      pt("p1", 1, "Strategy 1 identified, e.g. reducing abstraction/more efficient irrigation (drip irrigation, lining canals)", [
        "drip",
        "abstraction",
        "efficient",
      ]),
      pt("p2", 1, "Strategy 1 explained: maintains inflow/water levels so ecosystem services continue", ["inflow", "water level"]),
      pt("p3", 1, "Strategy 2 identified, e.g. controlling pollution/buffer strips/wastewater treatment", ["pollution", "buffer", "treatment"]),
      pt("p4", 1, "Strategy 2 explained: cuts nutrient/toxic inputs, preventing eutrophication", ["eutrophication", "nutrient"]),
      pt("p5", 1, "Strategy 3 identified, e.g. protected status (Ramsar), zoning, community co-management, restoration (dykes/re-flooding)", [
        "Ramsar",
        "community",
        "restoration",
      ]),
      pt("p6", 1, "Strategy 3 explained: balances uses among stakeholders / restores habitats and fisheries", ["stakeholders", "habitat"]),
    ],
    answer:
      "1. **Manage inflows and abstraction.** More efficient irrigation (drip systems, lined canals) and water pricing reduce withdrawals from feeding rivers, keeping the lake level and salinity stable. (The shrinking of the Aral Sea after rivers were diverted for irrigated cotton shows the cost of ignoring this.)\n2. **Reduce pollution.** Wastewater treatment, controls on fertilizer use and vegetated **buffer strips** along rivers lower nutrient and toxic inputs, preventing eutrophication and protecting fisheries and drinking water.\n3. **Protect and share the resource.** Designation as a protected wetland (e.g. under the Ramsar Convention), zoning of uses (fishing, tourism, conservation) and **community co-management** give local users a stake in sustainable use; restoration (re-flooding drained areas, small dams to raise levels) rebuilds ecosystems.\n\nEach strategy should be identified and then explained (1 + 1) × 3.",
  }),
  written({
    key: "a1-05",
    topic: "A.1",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define the term **infiltration**.",
    points: [
      pt("p1", 1, "The movement/passage of water from the ground surface into the soil", ["into the soil", "surface"]),
      pt("p2", 1, "A transfer (flow) in the drainage basin system; its maximum rate is the infiltration capacity", [
        "transfer",
        "infiltration capacity",
        "rate",
      ]),
    ],
    answer:
      "**Infiltration** is the movement of water from the ground surface **into the soil**. It is a *transfer* in the drainage basin system; the maximum rate at which soil can absorb water is its **infiltration capacity**. When rainfall intensity exceeds it, the excess becomes overland flow. (Do not confuse it with *percolation*, the movement of water from the soil down into the rock.)",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option B: Oceans and coastal margins
// ─────────────────────────────────────────────────────────────────────────────
const optionB: QuestionInput[] = [
  mcq({
    key: "b1-01",
    topic: "B.1",
    difficulty: 2,
    stem: "During an **El Niño** event, which change normally occurs in the equatorial Pacific?",
    options: [
      "The trade winds strengthen and cold upwelling off Peru increases.",
      "The trade winds weaken or reverse and warm water spreads east towards South America.",
      "Sea surface temperatures fall across the whole Pacific basin.",
      "Low pressure and heavy rain become more frequent over Indonesia and northern Australia.",
    ],
    correct: "B",
    why: "weaker (or reversed) trade winds let warm surface water move east, suppressing upwelling off Peru",
    answer:
      "**B.** In normal (and La Niña) conditions, strong easterly trade winds push warm surface water west, so there is low pressure and heavy rain over Indonesia/Australia and cold, nutrient-rich **upwelling** off Peru. In **El Niño** the trade winds weaken or reverse, the warm pool moves **east**, upwelling weakens (hurting Peru's anchovy fishery), the eastern Pacific gets heavy rain and the western Pacific (Indonesia, Australia) is drier, often with drought. Option D describes normal/La Niña conditions; A describes La Niña.",
  }),
  written({
    key: "b1-02",
    topic: "B.1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how the **thermohaline circulation** (ocean conveyor belt) transfers heat around the globe.",
    points: [
      pt("p1", 1, "In the North Atlantic (high latitudes), surface water cools and becomes saltier as sea ice forms (salt left behind)", [
        "cools",
        "salt",
        "sea ice",
      ]),
      pt("p2", 1, "This dense water sinks, forming deep water that flows towards the equator/southern oceans", ["dense", "sinks", "deep water"]),
      pt("p3", 1, "Water rises/upwells elsewhere (e.g. Indian/Pacific) and warm surface currents return poleward", ["upwell", "surface"]),
      pt("p4", 1, "Warm surface water carries heat from low to high latitudes, e.g. mild winters in north-west Europe (North Atlantic Drift) OWTTE", [
        "heat",
        "Europe",
        "North Atlantic Drift",
      ]),
    ],
    answer:
      "The thermohaline circulation is driven by **density differences** caused by temperature (*thermo*) and salinity (*haline*).\n\n1. In the **North Atlantic**, warm surface water arriving from the tropics loses heat to the atmosphere and becomes saltier as sea ice forms (the salt is excluded from the ice). Cold, salty water is **dense**, so it **sinks**.\n2. This deep water spreads slowly south through the Atlantic and into the Southern, Indian and Pacific Oceans.\n3. It gradually warms and **upwells**, returning as warm surface currents.\n4. The net effect is a transfer of **heat from low to high latitudes**: the warm surface flow in the North Atlantic (Gulf Stream / North Atlantic Drift) helps keep winters in north-west Europe mild for their latitude.",
  }),
  numeric({
    key: "b2-01",
    topic: "B.2",
    difficulty: 2,
    term: "Calculate",
    stem: "**Hypothetical data.** Survey markers show that a (hypothetical) boulder-clay cliff retreated by 54 m between 1990 and 2020.\n\nCalculate the mean rate of cliff retreat in metres per year.",
    method: "54 ÷ (2020 − 1990) = 54 ÷ 30",
    result: "1.8 m per year",
    keywords: ["54", "30"],
    numericAnswer: { value: 1.8, tolerance: 0.01, unit: "m/yr" },
    answer: String.raw`$$\text{rate} = \frac{54\ \text{m}}{2020 - 1990} = \frac{54}{30} = 1.8\ \text{m per year}$$
Retreat is rarely steady: a cliff of weak boulder clay may lose little for years and then several metres in one storm or slump, so a mean rate is only a guide for planning.`,
  }),
  written({
    key: "b2-02",
    topic: "B.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain the formation of a **spit**.",
    points: [
      pt("p1", 1, "Longshore drift moves sediment along the coast", ["longshore drift"]),
      pt(
        "p2",
        1,
        "Swash moves up the beach at an angle (prevailing wind direction), backwash returns at right angles / straight down the slope under gravity",
        ["swash", "backwash", "angle"],
      ),
      pt("p3", 1, "Where the coastline changes direction (e.g. at an estuary/bay), sediment continues to be deposited into open water", [
        "change direction",
        "estuary",
      ]),
      pt("p4", 1, "Deposition occurs because energy falls in sheltered/deeper water / where the river meets the sea", ["deposition", "energy"]),
      pt("p5", 1, "The end may curve (recurved tip) because of wave refraction / secondary wind direction", ["recurved", "refraction"]),
      pt("p6", 1, "Salt marsh develops in the sheltered area behind the spit (low energy, fine sediment)", ["salt marsh", "sheltered"]),
    ],
    answer:
      "A **spit** is a narrow ridge of sand or shingle attached to the land at one end and projecting into the sea.\n\n1. Waves approach the beach at an angle set by the prevailing wind. The **swash** carries sediment up the beach at that angle; the **backwash** returns it straight down the beach under gravity. The zig-zag movement transports sediment along the coast: **longshore drift**.\n2. Where the coastline changes direction, for example at a river mouth or bay, longshore drift continues to carry sediment in the original direction into deeper, more sheltered water, where wave **energy drops** and sediment is **deposited**. Over time the deposits build a ridge above sea level.\n3. Changes in wind direction and **wave refraction** around the end bend it landward, forming a **recurved (hooked) tip**.\n4. The spit cannot cross the estuary because the river's flow scours the channel. Behind it, sheltered, low-energy water allows fine sediment to settle, and a **salt marsh** develops.",
  }),
  written({
    key: "b3-01",
    topic: "B.3",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline **one** advantage and **one** disadvantage of building **groynes** to protect a beach.",
    points: [
      pt("p1", 1, "Advantage: they trap sediment moved by longshore drift, widening the beach", ["trap", "longshore"]),
      pt("p2", 1, "… a wider beach absorbs wave energy, protecting the land/cliffs behind and supporting tourism", ["wave energy", "tourism"]),
      pt("p3", 1, "Disadvantage: they starve beaches downdrift of sediment (terminal groyne syndrome)", ["downdrift", "starve", "terminal"]),
      pt("p4", 1, "… so erosion increases further along the coast / conflict between communities", ["erosion", "conflict"]),
    ],
    answer:
      "**Advantage.** Groynes are low walls of timber or rock built at right angles to the shore. They **trap sediment** carried by longshore drift, so the beach on the updrift side widens. A wide beach **absorbs wave energy**, protecting sea walls, cliffs and buildings, and is an asset for tourism.\n\n**Disadvantage.** Because sediment is held back, beaches **downdrift** are starved of material. They narrow and erosion accelerates there (*terminal groyne syndrome*), transferring the problem to another community and causing conflict between stakeholders.",
  }),
  written({
    key: "b3-02",
    topic: "B.3",
    difficulty: 4,
    marks: 10,
    term: "To what extent",
    stem: "To what extent is **managed retreat** a better approach than hard engineering for coastal management?",
    points: bands(
      10,
      "managed retreat/realignment (allowing the shoreline to move inland, creating salt marsh or wetland as a natural buffer) versus hard engineering (sea walls, revetments, rock armour, groynes); links to sea-level rise, sediment cells and integrated coastal zone management",
      "supports with examples of realignment schemes and of defended urban coasts; considers costs, land values, ecosystem services (mangroves, salt marsh) and the stakeholders who gain or lose",
      "recognizes that 'better' depends on land value, rate of sea-level rise, cost–benefit and equity (compensation for people who lose land); substantiated conclusion that the approaches suit different stretches of coast within a shoreline management plan",
    ),
    answer:
      "**Managed retreat** means deliberately allowing the sea to flood low-value land (often by breaching or removing old defences), letting salt marsh or mudflat form that absorbs wave energy. **Hard engineering** holds the line with sea walls, revetments and rock armour.\n\n**Arguments for managed retreat.** It works *with* natural processes, creating a self-maintaining buffer that keeps pace with moderate sea-level rise; it avoids the large, recurring costs of maintaining walls; new intertidal habitat supports biodiversity and carbon storage ('blue carbon'); it does not starve neighbouring coasts of sediment.\n\n**Arguments against.** Landowners lose farmland or property, often with limited compensation, so it is socially contentious; it is impossible where dense urban areas, ports or critical infrastructure lie at the shoreline; the new habitat takes years to develop.\n\n**Hard engineering** protects high-value assets reliably and immediately, but is expensive, can cause **coastal squeeze** (habitat trapped between the wall and rising sea), may increase erosion elsewhere, and can fail in extreme storms.\n\n**Judgement.** Managed retreat is better on **rural, low-value coasts** and in the long term, given rising sea levels; hard engineering remains justified where land values and populations are high. The best approach is a **shoreline management plan** that allocates 'hold the line', 'managed realignment' or 'no intervention' to each stretch based on cost–benefit, environmental value and equity.",
  }),
  mcq({
    key: "b4-01",
    topic: "B.4",
    difficulty: 2,
    stem: "Under the UN Convention on the Law of the Sea (UNCLOS), how far from a coastal state's baseline does its **exclusive economic zone (EEZ)** normally extend?",
    options: ["12 nautical miles", "24 nautical miles", "200 nautical miles", "350 nautical miles"],
    correct: "C",
    why: "the EEZ extends up to 200 nautical miles, giving the state rights over fishing, oil, gas and other resources",
    answer:
      "**C — 200 nautical miles.** Within its EEZ a state has sovereign rights to explore and exploit resources (fish, oil, gas, minerals), though other states keep freedom of navigation. The **territorial sea** extends 12 nautical miles (A). Overlapping EEZ claims, and disputes over which islands generate them, cause geopolitical tension, for example in the South China Sea.",
  }),
  written({
    key: "b4-02",
    topic: "B.4",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain **three** reasons why the oceans are difficult to manage sustainably as a **global commons**.",
    points: [
      pt("p1", 1, "Reason 1: high seas outside EEZs belong to no one, so no single state can enforce rules / open access", [
        "high seas",
        "no one",
        "open access",
      ]),
      pt("p2", 1, "… leading to a 'tragedy of the commons': each fleet has an incentive to overfish", ["tragedy of the commons", "overfish"]),
      pt("p3", 1, "Reason 2: pollution (plastics, runoff, oil) crosses borders, so the source and the damage are in different places/states", [
        "plastic",
        "transboundary",
        "pollution",
      ]),
      pt("p4", 1, "… responsibility is hard to assign / polluters do not pay", ["responsibility", "polluter"]),
      pt("p5", 1, "Reason 3: monitoring vast areas is costly (illegal, unreported fishing; flags of convenience)", [
        "monitoring",
        "illegal",
        "flags of convenience",
      ]),
      pt("p6", 1, "… and international agreements need consensus/are weakly enforced; different states' priorities (development vs conservation)", [
        "agreement",
        "enforce",
        "consensus",
      ]),
    ],
    answer:
      "1. **Open access.** Beyond the 200-nautical-mile EEZs lie the **high seas**, which no state owns. Each fishing fleet gains by taking more fish now, while the cost of depletion is shared by all: a **tragedy of the commons** that leads to overfishing.\n2. **Transboundary pollution.** Plastics, agricultural runoff and oil move with currents, so the places that suffer (e.g. remote islands, gyres) are far from the polluters, and responsibility is hard to assign.\n3. **Enforcement and governance.** Oceans are vast and monitoring is expensive; vessels can use **flags of convenience** or fish illegally. International agreements need consensus among states with different priorities and often lack strong enforcement.\n\nEach reason: 1 mark for the reason, 1 for developing it.",
  }),
  numeric({
    key: "b4-03",
    topic: "B.4",
    difficulty: 2,
    stem: "**Hypothetical data.** The annual catch of a (hypothetical) cod fishery fell from 2,400 tonnes in 2010 to 1,560 tonnes in 2020, despite similar fishing effort.\n\nCalculate the percentage change in the catch. Give a decrease as a negative value.",
    method: "(1560 − 2400) ÷ 2400 × 100",
    result: "−35% (a fall of 35%)",
    keywords: ["840", "2400"],
    numericAnswer: { value: -35, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\frac{1560 - 2400}{2400} \times 100 = \frac{-840}{2400} \times 100 = -35\%$$
A 35% fall in catch with **similar fishing effort** means a lower catch per unit effort, a warning sign that the stock is being fished faster than it can reproduce (above maximum sustainable yield).`,
  }),
  written({
    key: "b3-03",
    topic: "B.3",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define the term **beach nourishment**.",
    points: [
      pt("p1", 1, "Adding sand or shingle to a beach (brought from elsewhere, e.g. dredged offshore)", ["adding sand", "shingle", "dredged"]),
      pt("p2", 1, "to raise/widen the beach so that it absorbs wave energy (a soft engineering strategy)", ["absorb", "wave energy", "soft engineering"]),
    ],
    answer:
      "**Beach nourishment** is the artificial addition of sand or shingle, often dredged from offshore, to a beach to make it higher and wider, so that it **absorbs wave energy** and protects the land behind. It is a **soft engineering** strategy: it looks natural and supports tourism, but must be repeated as material is removed by longshore drift and storms.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option C: Extreme environments
// ─────────────────────────────────────────────────────────────────────────────
const optionC: QuestionInput[] = [
  written({
    key: "c1-01",
    topic: "C.1",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define the term **permafrost**.",
    points: [
      pt("p1", 1, "Ground (soil, rock or sediment) that remains at or below 0°C", ["0", "frozen", "ground"]),
      pt("p2", 1, "for at least two consecutive years", ["two", "consecutive"]),
    ],
    answer:
      "**Permafrost** is ground (soil, sediment or rock) that remains at or below **0°C** for **at least two consecutive years**. Above it lies the **active layer**, which thaws each summer.",
  }),
  written({
    key: "c1-02",
    topic: "C.1",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** reasons why extreme environments, such as hot deserts and high mountains, have **low population densities**.",
    points: [
      pt("p1", 1, "Reason 1, e.g. climatic extremes: aridity / extreme heat or cold", ["arid", "cold", "heat"]),
      pt("p2", 1, "… limits water supply / growing season / farming, so few people can be supported", ["water", "growing season", "farming"]),
      pt("p3", 1, "Reason 2, e.g. inaccessibility/isolation/relief: steep slopes, long distances, poor infrastructure", [
        "inaccessible",
        "isolation",
        "relief",
      ]),
      pt("p4", 1, "… raises the cost of transport, services and construction, so few jobs/settlements develop", ["cost", "transport", "services"]),
    ],
    answer:
      "1. **Climatic extremes.** Hot deserts receive very little rainfall (often under 250 mm a year) and high mountains and polar regions have short, cold growing seasons. Without reliable water or a long enough growing season, farming is limited, so the land supports few people.\n2. **Inaccessibility.** Steep relief, vast distances and difficult ground (sand, permafrost) make roads, pipelines and services expensive to build and maintain. High costs deter settlement and investment, so populations stay small and scattered, except where a valuable resource (e.g. minerals) justifies the cost.",
  }),
  written({
    key: "c2-01",
    topic: "C.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **glacial erosion** forms a **cirque** (corrie).",
    points: [
      pt("p1", 1, "Snow accumulates in a sheltered hollow (often pole-facing) and compacts into firn then glacier ice", ["snow", "hollow", "firn", "ice"]),
      pt("p2", 1, "Freeze-thaw weathering on the back wall loosens rock", ["freeze-thaw"]),
      pt("p3", 1, "Plucking: ice freezes onto rock and pulls it away as the glacier moves", ["plucking"]),
      pt("p4", 1, "Abrasion: rock debris in the base of the ice scrapes and deepens the hollow floor", ["abrasion"]),
      pt("p5", 1, "Rotational movement of the ice deepens the hollow more at the centre", ["rotational"]),
      pt("p6", 1, "A rock lip forms at the outlet where erosion is less; after melting a tarn may fill the hollow; steep back wall", [
        "lip",
        "tarn",
        "back wall",
      ]),
    ],
    answer:
      "1. Snow collects in a **sheltered hollow**, often on a pole-facing slope that receives little sun. Over years it compacts into firn and then **glacier ice**.\n2. **Freeze-thaw weathering** shatters the rock of the back wall; the debris falls onto and into the ice.\n3. As the ice moves, meltwater refreezes onto the back wall and **plucking** pulls blocks away, steepening it.\n4. Debris frozen into the base of the glacier **abrades** the floor.\n5. The ice moves with a **rotational** motion, which concentrates erosion in the centre and deepens the hollow into an armchair shape.\n6. At the outlet, where the ice thins and erosion is weaker, a **rock lip** remains. When the ice melts, the deepened basin may hold a lake (**tarn**) behind the lip.",
  }),
  numeric({
    key: "c2-02",
    topic: "C.2",
    difficulty: 2,
    stem: "**Hypothetical data.** The snout of a (hypothetical) valley glacier retreated 1,450 m between 1965 and 2015.\n\nCalculate the mean rate of retreat in metres per year.",
    method: "1450 ÷ (2015 − 1965) = 1450 ÷ 50",
    result: "29 m per year",
    keywords: ["1450", "50"],
    numericAnswer: { value: 29, tolerance: 0.05, unit: "m/yr" },
    answer: String.raw`$$\frac{1450\ \text{m}}{2015 - 1965} = \frac{1450}{50} = 29\ \text{m per year}$$
Snout retreat shows that ablation (melting) has exceeded accumulation: the glacier has a **negative mass balance**, consistent with regional warming.`,
  }),
  mcq({
    key: "c2-03",
    topic: "C.2",
    difficulty: 3,
    stem: "Which landform is produced mainly by **periglacial** processes rather than by glacial erosion?",
    options: ["Arête", "Pingo", "Roche moutonnée", "U-shaped valley"],
    correct: "B",
    why: "a pingo is an ice-cored hill formed in permafrost areas; the other three are made by moving glacier ice",
    answer:
      "**B — pingo.** Periglacial environments have permafrost and intense freeze-thaw but are not covered by glaciers. A **pingo** is a dome-shaped hill with a core of ice, formed when groundwater freezes and expands, pushing up the ground. Arêtes, roches moutonnées and U-shaped valleys are all shaped by glacier ice (plucking and abrasion).",
  }),
  written({
    key: "c3-01",
    topic: "C.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain **three** challenges of extracting minerals or oil in **cold** extreme environments.",
    points: [
      pt("p1", 1, "Challenge 1, e.g. permafrost thaw from heated buildings/pipes causes subsidence", ["permafrost", "subsidence"]),
      pt("p2", 1, "… so infrastructure is built on piles/raised pipelines/gravel pads, which raises costs", ["piles", "raised", "cost"]),
      pt("p3", 1, "Challenge 2, e.g. extreme cold, darkness, blizzards limit working time and affect machinery and workers", ["cold", "darkness", "machinery"]),
      pt("p4", 1, "… requiring specialist equipment, fly-in fly-out workers and high wages", ["fly-in", "wages"]),
      pt("p5", 1, "Challenge 3, e.g. remoteness/inaccessibility: ice roads only in winter; long supply chains", ["remote", "ice roads", "access"]),
      pt("p6", 1, "… and fragile ecosystems recover slowly from spills; conflict with Indigenous land rights", ["fragile", "spill", "Indigenous"]),
    ],
    answer:
      "1. **Unstable ground.** Heat from buildings, pipes and roads thaws **permafrost**, causing the ground to subside and structures to crack. Engineers build on **piles**, insulated gravel pads and raised pipelines, which raises costs.\n2. **Harsh climate.** Extreme cold, long polar nights and blizzards shorten the working season, make steel brittle and equipment fail, and endanger workers; companies rely on specialist equipment, **fly-in fly-out** workforces and high wages.\n3. **Remoteness and fragility.** Sites may be reachable only by air or by seasonal **ice roads**, so supply chains are long and expensive. Cold ecosystems recover very slowly from oil spills or disturbance, and projects can conflict with the land rights and livelihoods of Indigenous peoples, bringing legal and reputational risks.",
  }),
  written({
    key: "c3-02",
    topic: "C.3",
    difficulty: 4,
    marks: 10,
    term: "Examine",
    stem: "Examine the view that the benefits of **tourism** in extreme environments outweigh its costs.",
    points: bands(
      10,
      "understanding of tourism in hot, cold and high-altitude extreme environments (e.g. adventure tourism, cruise tourism to polar regions, trekking); economic, social and environmental costs and benefits; fragility and carrying capacity",
      "located examples (e.g. trekking in the Himalaya, cruise visits to Antarctica regulated by international guidelines, desert tourism); evidence of jobs, income, waste, erosion, cultural change",
      "weighs who benefits (local people vs external operators; leakage) and whether costs are reversible in slow-recovering ecosystems; conclusion depends on regulation, scale and local control",
    ),
    answer:
      "**Benefits.** Tourism brings income and jobs to places with few alternatives (porters, guides and lodges in mountain regions), funds conservation and infrastructure, and can sustain traditional cultures by giving them economic value. Visitors to polar regions may become advocates for their protection.\n\n**Costs.** Extreme environments are **fragile**: plants grow slowly, so trampled vegetation, eroded trails and waste persist for decades; cold temperatures slow decomposition of rubbish and sewage. Fuel use for heating and cooking can drive deforestation at altitude. Remote destinations require long-haul flights or cruises, adding to carbon emissions. Socially, much income may **leak** to foreign operators, and local cultures may be commodified. Climbers and trekkers face accidents, straining rescue services.\n\n**Examination.** The balance depends on **management**: strict visitor limits, permits, waste-removal rules and local ownership (e.g. the industry guidelines governing landing numbers in Antarctica) can keep impacts within carrying capacity while retaining benefits. Where tourism is unregulated or controlled by outsiders, costs dominate, especially environmental costs that are irreversible on human timescales.\n\n**Conclusion.** Benefits can outweigh costs, but only where tourism is small in scale, well regulated and locally controlled; otherwise, the fragility of these places makes the costs greater than in most environments.",
  }),
  written({
    key: "c4-01",
    topic: "C.4",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **global climate change** may affect people living in **cold** extreme environments.",
    points: [
      pt("p1", 1, "Permafrost thaw damages buildings, roads and pipelines", ["permafrost", "infrastructure"]),
      pt("p2", 1, "Shorter sea-ice season disrupts traditional hunting/travel routes on ice", ["sea ice", "hunting"]),
      pt("p3", 1, "Coastal erosion increases as protective sea ice and frozen ground disappear, threatening settlements (relocation)", [
        "coastal erosion",
        "relocation",
      ]),
      pt("p4", 1, "Ice roads open for a shorter period, raising supply costs", ["ice roads", "supply"]),
      pt("p5", 1, "Opportunities: longer shipping season/new sea routes, easier access to resources, longer growing season", [
        "shipping",
        "opportunit",
        "growing season",
      ]),
      pt("p6", 1, "Changes in ecosystems (species ranges, e.g. caribou/fish) affect food security and culture", ["species", "food security", "culture"]),
    ],
    answer:
      "**Threats.**\n- **Permafrost thaw** makes the ground subside, cracking houses, roads, airstrips and pipelines, and releases methane and carbon dioxide (a positive feedback).\n- **Less sea ice** for a shorter season disrupts traditional hunting and travel on the ice, affecting food security and cultural practices.\n- Without protective sea ice and with thawing coastal ground, **coastal erosion** accelerates; some Arctic villages have had to plan relocation.\n- **Ice roads** are usable for fewer weeks, raising the cost of supplying remote communities.\n- Ecosystems shift: species that people rely on may move or decline.\n\n**Opportunities.** Longer ice-free seasons open **new shipping routes** and easier access to minerals and oil, and the growing season lengthens. These opportunities mostly benefit outside companies and governments, while costs fall on local and Indigenous communities.",
  }),
  mcq({
    key: "c4-02",
    topic: "C.4",
    difficulty: 2,
    stem: "Which description best fits **desertification**?",
    options: [
      "Land degradation in drylands caused by climatic variation and human activities.",
      "The natural expansion of the world's largest deserts over millions of years.",
      "The seasonal drying of rivers in hot deserts.",
      "The conversion of farmland into urban land in arid countries.",
    ],
    correct: "A",
    why: "desertification is land degradation in arid, semi-arid and dry sub-humid areas resulting from climatic variations and human activities (e.g. overgrazing, over-cultivation, deforestation)",
    answer:
      "**A.** Desertification is the **degradation of land in drylands** caused by a combination of **climatic variations** (drought) and **human activities** such as overgrazing, over-cultivation, deforestation for fuelwood and poorly drained irrigation (salinization). It is not simply the advance of desert sand; it reduces the land's biological productivity. Responses include the African-led Great Green Wall initiative across the Sahel.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option D: Geophysical hazards
// ─────────────────────────────────────────────────────────────────────────────
const optionD: QuestionInput[] = [
  mcq({
    key: "d1-01",
    topic: "D.1",
    difficulty: 2,
    stem: "Which type of plate boundary is most associated with **explosive** composite volcanoes and deep-focus earthquakes?",
    options: [
      "Destructive (convergent) boundary with subduction",
      "Constructive (divergent) oceanic boundary",
      "Conservative (transform) boundary",
      "A hotspot in the middle of an oceanic plate",
    ],
    correct: "A",
    why: "subduction melts the descending plate, producing viscous, gas-rich andesitic magma, and earthquakes occur at increasing depth along the subducting slab",
    answer:
      "**A.** At a **subduction zone** the denser plate descends into the mantle. Water released from the slab lowers the melting point of the mantle above it, producing **viscous, gas-rich (andesitic) magma** that erupts explosively from **composite (strato) volcanoes**. Earthquakes occur along the descending slab, so their foci become **deeper** with distance from the trench. Divergent boundaries and hotspots produce mainly basaltic, effusive eruptions (shield volcanoes); conservative boundaries have shallow earthquakes but no volcanoes.",
  }),
  written({
    key: "d1-02",
    topic: "D.1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** processes that drive the movement of tectonic plates.",
    points: [
      pt("p1", 1, "Slab pull: a cold, dense subducting plate sinks into the mantle", ["slab pull"]),
      pt("p2", 1, "… pulling the rest of the plate behind it (considered the main driving force)", ["pull", "main"]),
      pt("p3", 1, "Ridge push: newly formed, elevated lithosphere at mid-ocean ridges slides away under gravity", ["ridge push", "gravity"]),
      pt("p4", 1, "Mantle convection: heat from the core/radioactive decay creates convection currents that drag the plates", ["convection", "radioactive"]),
    ],
    answer:
      "1. **Slab pull.** At subduction zones the oceanic plate is old, cold and dense. As it sinks into the mantle, its weight **pulls** the rest of the plate towards the trench. Most geologists now see this as the main driving force.\n2. **Ridge push (gravitational sliding).** New lithosphere at mid-ocean ridges is hot and elevated; as it cools and becomes denser, gravity causes it to slide down and away from the ridge, pushing the plate.\n\n(Alternatively, **mantle convection**: heat from the core and radioactive decay sets up convection currents in the mantle, which help move the overlying plates.) 2 marks per process: identify + explain.",
  }),
  numeric({
    key: "d2-01",
    topic: "D.2",
    difficulty: 3,
    stem: String.raw`Earthquake magnitude scales are logarithmic: each increase of 1.0 in magnitude represents a tenfold increase in measured ground-shaking amplitude.

**Hypothetical data.** Earthquake X had a magnitude of 7.4 and earthquake Y a magnitude of 5.4.

Calculate how many times greater the amplitude of shaking of earthquake X was than that of earthquake Y.`,
    method: String.raw`$10^{(7.4 - 5.4)} = 10^{2}$`,
    result: "100 times",
    keywords: ["10", "2"],
    numericAnswer: { value: 100, tolerance: 0.5 },
    answer: String.raw`$$\frac{A_X}{A_Y} = 10^{\,7.4 - 5.4} = 10^{2} = 100$$
Earthquake X produced **100 times** the amplitude of shaking. The energy released rises even faster (roughly 32 times per whole unit), which is why a few large earthquakes release most of the world's seismic energy.`,
  }),
  written({
    key: "d2-02",
    topic: "D.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain why people continue to live in areas at risk from **volcanic** hazards.",
    points: [
      pt("p1", 1, "Fertile soils from weathered volcanic ash/lava support farming", ["fertile", "soil"]),
      pt("p2", 1, "Geothermal energy / mineral deposits provide jobs and resources", ["geothermal", "minerals"]),
      pt("p3", 1, "Tourism (volcanic landscapes, hot springs) brings income", ["tourism"]),
      pt("p4", 1, "Long intervals between eruptions lead to low risk perception / eruptions seen as unlikely in a lifetime", [
        "perception",
        "interval",
        "infrequent",
      ]),
      pt("p5", 1, "Lack of alternatives: poverty, land shortage, family and cultural ties to place", ["poverty", "ties", "alternative"]),
      pt("p6", 1, "Confidence in monitoring, warnings and evacuation plans", ["monitoring", "warning", "evacuation"]),
    ],
    answer:
      "**Economic benefits.** Weathered lava and ash produce **fertile soils**, supporting intensive farming on the slopes of many volcanoes. Volcanic areas offer **geothermal energy**, minerals (e.g. sulfur) and **tourism** income.\n\n**Perception of risk.** Large eruptions may be centuries apart, so residents may never have experienced one and see the risk as low compared with daily concerns such as earning a living.\n\n**Constraints and attachment.** Poorer households may have no land or housing elsewhere; people have cultural, religious and family ties to the place.\n\n**Management.** Monitoring (seismometers, gas and ground-deformation measurements) and evacuation plans give people confidence that they will be warned in time.\n\nThe marks reward six distinct, explained reasons (or three developed reasons).",
  }),
  written({
    key: "d3-01",
    topic: "D.3",
    difficulty: 3,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between **hazard**, **vulnerability** and **disaster**.",
    points: [
      pt("p1", 1, "Hazard: a natural event/process that threatens life and property (a potential threat)", ["threat", "potential"]),
      pt("p2", 1, "Vulnerability: the susceptibility of people/places to harm, influenced by social, economic and political factors", [
        "susceptib",
        "poverty",
        "exposure",
      ]),
      pt("p3", 1, "Disaster: when a hazard actually causes major loss of life/damage, beyond the community's ability to cope", ["cope", "loss", "damage"]),
      pt("p4", 1, "Relationship: a disaster occurs when a hazard meets vulnerable people (e.g. risk = hazard × vulnerability / capacity)", [
        "risk",
        "hazard × vulnerability",
      ]),
    ],
    answer:
      "- A **hazard** is a potential threat: a geophysical event (earthquake, eruption, mass movement) that could cause harm.\n- **Vulnerability** is how susceptible a population is to that harm, shaped by poverty, housing quality, governance, age, knowledge and exposure.\n- A **disaster** happens when a hazard strikes a vulnerable population and causes serious loss of life, injury or damage that exceeds the community's ability to cope with its own resources.\n\nSo a large earthquake in an uninhabited area is a hazard but not a disaster; the same earthquake in a poorly built city may be a disaster. Risk is often summarized as $\\text{risk} = \\dfrac{\\text{hazard} \\times \\text{vulnerability}}{\\text{capacity to cope}}$.",
  }),
  numeric({
    key: "d3-02",
    topic: "D.3",
    difficulty: 2,
    term: "Calculate",
    stem: "**Hypothetical data.** After an earthquake, a (hypothetical) district with a population of 240,000 recorded 1,680 deaths.\n\nCalculate the death rate from the earthquake per 100,000 people.",
    method: "1680 ÷ 240000 × 100000",
    result: "700 per 100,000 people",
    keywords: ["1680", "240000"],
    numericAnswer: { value: 700, tolerance: 0.5 },
    answer: String.raw`$$\frac{1680}{240\,000} \times 100\,000 = 0.007 \times 100\,000 = 700 \text{ deaths per } 100\,000$$
Expressing losses per 100,000 people lets districts with different populations be compared, which helps identify where vulnerability (not just population) was highest.`,
  }),
  written({
    key: "d3-03",
    topic: "D.3",
    difficulty: 5,
    marks: 10,
    term: "To what extent",
    stem: "“The death toll of a geophysical disaster depends more on the **vulnerability** of the people affected than on the **magnitude** of the event.” To what extent do you agree with this statement?",
    points: bands(
      10,
      "magnitude, frequency and type of hazard; vulnerability (economic, social, political, physical) and the pressure-and-release (PAR) idea; capacity, preparedness, governance, building codes",
      "compares located events, e.g. the 2010 Haiti earthquake (magnitude 7.0, well over 100,000 deaths) and the much larger 2010 Chile earthquake (magnitude 8.8, several hundred deaths); considers secondary hazards such as tsunami",
      "recognizes that magnitude still matters (extreme events overwhelm preparation; tsunami and large eruptions), that the two interact, and that time of day, depth and population density also matter; substantiated judgement",
    ),
    answer:
      "**Case for the statement.** The same physical event can have very different outcomes. In 2010 the magnitude **7.0** Haiti earthquake killed well over 100,000 people, whereas a few weeks later the far more powerful magnitude **8.8** Chile earthquake killed several hundred. Haiti's extreme poverty, poorly built and unregulated housing, dense informal settlements around Port-au-Prince and weak governance made people highly **vulnerable**; Chile had enforced seismic building codes, experience and stronger emergency services. The **pressure-and-release model** explains this: disasters arise where hazards meet 'unsafe conditions' produced by root causes such as poverty and limited access to power.\n\n**Case against / qualifications.** Magnitude still matters: beyond a threshold, even well-prepared societies suffer heavy losses, as Japan did from the 2011 Tōhoku tsunami. Other physical factors — **focal depth**, distance from the epicentre to cities, ground conditions (liquefaction), secondary hazards (tsunami, landslides) — also shape the toll. Timing (night vs day, school hours) affects exposure.\n\n**Judgement.** For most events, vulnerability explains most of the *difference* in death tolls between places, which is why development, governance and preparedness are the key to reducing deaths. But magnitude sets the scale of the challenge, and for the rarest, largest events it can overwhelm even low-vulnerability societies. The statement is therefore largely, but not entirely, valid.",
  }),
  written({
    key: "d4-01",
    topic: "D.4",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **three** different strategies can increase a city's **resilience** to earthquakes.",
    points: [
      pt("p1", 1, "Strategy 1: building codes/retrofitting (cross-bracing, base isolation, flexible frames)", ["building code", "retrofit", "base isolation"]),
      pt("p2", 1, "… reduces building collapse, the main cause of earthquake deaths", ["collapse"]),
      pt("p3", 1, "Strategy 2: land-use planning/hazard mapping (avoid liquefaction-prone or steep ground)", ["land-use", "hazard map", "liquefaction"]),
      pt("p4", 1, "… reduces exposure of people and critical infrastructure", ["exposure"]),
      pt("p5", 1, "Strategy 3: education, drills, early-warning systems, emergency supplies, insurance", ["drill", "early warning", "insurance"]),
      pt("p6", 1, "… improves response/recovery: people act correctly, services restored faster, losses shared", ["response", "recovery"]),
    ],
    answer:
      "**Resilience** is the ability of a community to absorb, respond to and recover from a hazard event.\n\n1. **Building design and codes.** Most earthquake deaths are caused by collapsing buildings. Enforcing codes and retrofitting (steel cross-bracing, reinforced concrete, base isolators, lightweight roofs) keeps buildings standing.\n2. **Land-use planning.** Hazard mapping identifies ground prone to **liquefaction**, landslides or fault rupture; keeping schools, hospitals and dense housing off such ground reduces exposure.\n3. **Preparedness.** Public education and regular drills ('drop, cover, hold on'), earthquake early-warning systems that give seconds of notice to stop trains and open fire-station doors, emergency supplies and insurance all speed response and recovery.\n\nEach: strategy identified + how it increases resilience.",
  }),
  mcq({
    key: "d4-02",
    topic: "D.4",
    difficulty: 2,
    stem: "In the **hazard management cycle**, which activity belongs to the **mitigation** phase?",
    options: [
      "Search and rescue in the first 48 hours",
      "Rebuilding houses after the event",
      "Retrofitting schools to withstand ground shaking",
      "Distributing emergency food and water",
    ],
    correct: "C",
    why: "mitigation reduces the impact of a future event before it happens; retrofitting reduces building collapse",
    answer:
      "**C.** The cycle has four phases: **mitigation** (long-term actions to reduce impact, e.g. retrofitting, land-use zoning), **preparedness** (plans, drills, warnings), **response** (search and rescue, emergency aid — A and D) and **recovery** (rebuilding — B). Recovery should feed back into mitigation ('build back better').",
  }),
  mcq({
    key: "d2-03",
    topic: "D.2",
    difficulty: 3,
    stem: "The **Volcanic Explosivity Index (VEI)** is mainly based on which characteristic of an eruption?",
    options: [
      "The number of deaths and injuries caused by the eruption",
      "The economic cost of the damage to property and infrastructure",
      "The temperature and silica content of the lava that is erupted",
      "The volume of tephra ejected and the eruption column's height",
    ],
    correct: "D",
    why: "VEI is based on erupted tephra volume and eruption-column height; it is logarithmic (from VEI 2 upward each step is about ten times more ejecta)",
    answer:
      "**D.** The VEI (0–8) measures an eruption's **magnitude** from the volume of tephra ejected and the height of the eruption column. Like earthquake magnitude scales it is logarithmic: above VEI 2, each step represents roughly a tenfold increase in ejected volume. Deaths and economic cost (A, B) measure the *impact*, which depends on vulnerability, not on the eruption alone.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option E: Leisure, tourism and sport
// ─────────────────────────────────────────────────────────────────────────────
const optionE: QuestionInput[] = [
  written({
    key: "e1-01",
    topic: "E.1",
    difficulty: 1,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between **leisure** and **tourism**.",
    points: [
      pt("p1", 1, "Leisure: any freely chosen activity undertaken in free time (not work or necessary tasks), at home or away", ["free time", "freely chosen"]),
      pt(
        "p2",
        1,
        "Tourism: travel outside one's usual environment, staying at least one night (and less than a year), for leisure, business or other purposes",
        ["overnight", "one night", "usual environment"],
      ),
    ],
    answer:
      "**Leisure** is any activity people freely choose to do in their free time (time not spent working or on essential tasks), whether at home or elsewhere. **Tourism** involves travelling outside one's usual environment and staying **at least one night** (but less than a year), for leisure, business or other purposes. All tourism that is for pleasure is leisure, but most leisure is not tourism; day trips are usually classed as excursions rather than tourism.",
  }),
  written({
    key: "e1-02",
    topic: "E.1",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** reasons why participation in leisure activities changes as countries become wealthier.",
    points: [
      pt("p1", 1, "Reason 1: rising disposable income", ["income", "disposable"]),
      pt("p2", 1, "… allows spending on travel, gym membership, entertainment", ["spending"]),
      pt("p3", 1, "Reason 2: more free time (shorter working week, paid holidays, labour-saving devices) / better transport / technology", [
        "paid holidays",
        "free time",
        "transport",
        "technology",
      ]),
      pt("p4", 1, "… enables more frequent and more distant leisure activities / new forms such as online gaming", ["frequent", "distant", "online"]),
    ],
    answer:
      "1. **Higher disposable income.** As incomes rise, households have money left after essentials, so they can pay for leisure: club membership, concerts, holidays abroad.\n2. **More free time and better access.** Legal limits on working hours, **paid holidays** and labour-saving appliances free time, while car ownership, low-cost flights and digital technology widen the range of activities (from weekend breaks to online gaming and streaming). Participation rises and shifts towards commercial, often more distant, activities.",
  }),
  mcq({
    key: "e2-01",
    topic: "E.2",
    difficulty: 2,
    stem: "In Butler's **tourist area life cycle** model, which stage follows **consolidation**?",
    options: ["Exploration", "Involvement", "Stagnation", "Development"],
    correct: "C",
    why: "the sequence is exploration, involvement, development, consolidation, stagnation, then decline or rejuvenation",
    answer:
      "**C — stagnation.** Butler's model (1980) has the stages **exploration → involvement → development → consolidation → stagnation**, followed by **decline** or **rejuvenation**. At stagnation, visitor numbers peak, carrying capacity is reached or exceeded, and the resort's image may become unfashionable.",
  }),
  numeric({
    key: "e2-02",
    topic: "E.2",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) coastal resort received 320,000 visitors in 2015 and 472,000 visitors in 2024.\n\nCalculate the percentage increase in visitor numbers between 2015 and 2024.",
    method: "(472000 − 320000) ÷ 320000 × 100",
    result: "47.5%",
    keywords: ["152000", "320000"],
    numericAnswer: { value: 47.5, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\frac{472\,000 - 320\,000}{320\,000} \times 100 = \frac{152\,000}{320\,000} \times 100 = 47.5\%$$
Rapid growth like this suggests the resort is in Butler's **development** stage; planners would monitor whether it is approaching carrying capacity.`,
  }),
  numeric({
    key: "e3-01",
    topic: "E.3",
    difficulty: 3,
    stem: "**Hypothetical data.** International tourists spent USD 850 million in a (hypothetical) small island state in one year. Of this, USD 340 million left the country as payments for imported food, foreign-owned hotel profits and overseas travel agents' commissions.\n\nCalculate the **leakage** as a percentage of tourist spending.",
    method: "340 ÷ 850 × 100",
    result: "40%",
    keywords: ["340", "850"],
    numericAnswer: { value: 40, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\text{leakage} = \frac{340}{850} \times 100 = 40\%$$
Only 60% of tourist spending (USD 510 million) stays in the economy. Leakage is often high in small islands that import much of what tourists consume and where resorts are foreign-owned or **all-inclusive (enclave) tourism**.`,
  }),
  written({
    key: "e3-02",
    topic: "E.3",
    difficulty: 4,
    marks: 10,
    term: "Discuss",
    stem: "Discuss the economic and social legacies of hosting an international **mega sporting event**, such as the Olympic Games or the FIFA World Cup.",
    points: bands(
      10,
      "definition of mega-events and legacy (hard: stadiums, transport; soft: image, participation, skills); multiplier effect; opportunity cost; displacement; 'white elephant' facilities",
      "located examples of host cities/countries and specific legacies (regeneration of a district, new transport links, unused stadiums, public debt, housing displacement)",
      "balanced judgement over time scales and stakeholders (who benefits: construction firms, property owners vs displaced residents, taxpayers); legacy depends on planning for post-event use",
    ),
    answer:
      "**Potential benefits.** Investment in **transport and urban regeneration** (new rail links, cleaned-up industrial land) can transform a district; construction and tourism create jobs with a **multiplier effect**; the global media audience can improve the city's **image** and attract future tourists and investors; new facilities and enthusiasm may raise sports participation.\n\n**Potential costs.** Budgets often overrun, leaving **public debt**; stadiums built for one event can become **'white elephants'** with high maintenance costs and little use; land for venues may involve **displacement** of low-income residents or informal settlements and rising property prices (gentrification); spending on the event has an **opportunity cost** (schools, hospitals); tourism may be displaced as regular visitors avoid crowded, expensive cities.\n\n**Discussion.** Legacies vary with planning. Hosts that use existing or temporary venues and link the event to long-term urban plans tend to gain more; those that build new, single-use stadiums in places without sports demand tend to lose. Benefits are often captured by developers and property owners while costs fall on taxpayers and displaced communities.\n\n**Conclusion.** A mega-event can leave a positive legacy, but it is not automatic: the net effect depends on the host's existing infrastructure, governance and whether post-event use is planned from the start.",
  }),
  written({
    key: "e4-01",
    topic: "E.4",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline the stages of **Doxey's Irridex** (index of tourist irritation).",
    points: [
      pt("p1", 1, "Euphoria: locals welcome the first tourists and the income they bring", ["euphoria"]),
      pt("p2", 1, "Apathy: tourists taken for granted; contact becomes commercial/formal", ["apathy"]),
      pt("p3", 1, "Annoyance (irritation): locals have misgivings as numbers grow and saturation approaches", ["annoyance", "irritation"]),
      pt("p4", 1, "Antagonism: open hostility; tourists blamed for problems", ["antagonism"]),
    ],
    answer:
      "Doxey's Irridex describes how residents' attitudes to tourists change as tourism grows:\n1. **Euphoria** — visitors are welcomed; there is little planning.\n2. **Apathy** — tourists are taken for granted; relationships become commercial.\n3. **Annoyance** — as numbers approach saturation, residents resent congestion, prices and loss of local services; planners add infrastructure rather than limiting growth.\n4. **Antagonism** — irritation is openly expressed and tourists are blamed for problems.\n\nIt links to the **social carrying capacity** of a destination and parallels the later stages of Butler's model.",
  }),
  written({
    key: "e4-02",
    topic: "E.4",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **ecotourism** aims to make tourism more sustainable.",
    points: [
      pt("p1", 1, "Small-scale, low-impact visits to natural areas within carrying capacity", ["small-scale", "carrying capacity", "low-impact"]),
      pt("p2", 1, "Revenue (entry fees/permits) funds conservation of habitats and wildlife", ["fees", "conservation"]),
      pt("p3", 1, "Local people employed/own lodges, so benefits stay locally (less leakage)", ["local", "leakage", "employ"]),
      pt("p4", 1, "Gives communities an incentive to protect ecosystems rather than log/hunt", ["incentive", "protect"]),
      pt("p5", 1, "Education of visitors about environment and culture; respect for local culture", ["education", "culture"]),
      pt("p6", 1, "Limitation: 'greenwashing'; long-haul flights still emit carbon; popularity can exceed capacity", ["greenwashing", "flights", "limitation"]),
    ],
    answer:
      "**Ecotourism** is responsible travel to natural areas that conserves the environment and improves the well-being of local people.\n\n- **Environmental:** visitor numbers are kept small and within carrying capacity; lodges use renewable energy and low-impact design; entry and permit fees fund rangers and habitat protection.\n- **Economic:** local people work as guides or own lodges, so more income stays in the area (**lower leakage**); wildlife becomes worth more alive than hunted or logged, creating an **incentive** to conserve.\n- **Social:** visitors are educated about ecosystems and local culture, and communities have a say in development.\n\n**Limitation:** the label is sometimes used for marketing without real safeguards ('greenwashing'), long-haul flights add emissions, and success can bring mass numbers that exceed the original carrying capacity.",
  }),
  numeric({
    key: "e4-03",
    topic: "E.4",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) island with 30,000 residents receives 1,200,000 overnight visitors a year.\n\nCalculate the **tourist ratio** (visitors per resident per year).",
    method: "1200000 ÷ 30000",
    result: "40 visitors per resident",
    keywords: ["1200000", "30000"],
    numericAnswer: { value: 40, tolerance: 0.05 },
    answer: String.raw`$$\frac{1\,200\,000}{30\,000} = 40 \text{ visitors per resident per year}$$
A high tourist ratio suggests pressure on the island's social and environmental **carrying capacity** (water, waste, housing, congestion) and, in Doxey's terms, a risk of residents moving from apathy towards annoyance.`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option F: The geography of food and health
// ─────────────────────────────────────────────────────────────────────────────
const optionF: QuestionInput[] = [
  numeric({
    key: "f1-01",
    topic: "F.1",
    difficulty: 2,
    stem: "**Hypothetical data.** In one year a (hypothetical) region recorded 16,000 live births and 472 deaths of infants under one year of age.\n\nCalculate the **infant mortality rate** (deaths under one year per 1,000 live births).",
    method: "472 ÷ 16000 × 1000",
    result: "29.5 per 1,000 live births",
    keywords: ["472", "16000"],
    numericAnswer: { value: 29.5, tolerance: 0.05 },
    answer: String.raw`$$\text{IMR} = \frac{472}{16\,000} \times 1000 = 29.5 \text{ per } 1000 \text{ live births}$$
The IMR is a sensitive indicator of health and development because it reflects maternal health, nutrition, sanitation and access to health care.`,
  }),
  written({
    key: "f1-02",
    topic: "F.1",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "Explain why **health-adjusted life expectancy (HALE)** can be a more useful indicator of a population's health than life expectancy alone.",
    points: [
      pt("p1", 1, "HALE = the average number of years a person can expect to live in full health / adjusted for years lived in ill health or disability", [
        "full health",
        "disability",
      ]),
      pt("p2", 1, "Life expectancy counts all years alive, regardless of quality of health", ["all years", "quality"]),
      pt("p3", 1, "HALE therefore shows the burden of chronic disease/disability, e.g. two countries with equal life expectancy may differ in HALE", [
        "burden",
        "chronic",
      ]),
      pt("p4", 1, "Useful for planning health/care services and comparing the quality (not just length) of life", ["planning", "quality of life"]),
    ],
    answer:
      "**Life expectancy** is the average number of years a newborn can expect to live at current mortality rates; it counts every year lived, whatever the person's health. **HALE** adjusts this by discounting years lived with illness or disability, giving the expected years in **full health**.\n\nTwo countries may have the same life expectancy, but if one has high rates of chronic disease (e.g. diabetes, dementia, injury-related disability) its HALE will be lower. HALE thus reveals the **burden of ill health**, helping governments plan care services and judge the quality as well as the length of life.",
  }),
  mcq({
    key: "f2-01",
    topic: "F.2",
    difficulty: 2,
    stem: "Malaria is transmitted between people by a vector. Which statement is correct?",
    options: [
      "It is spread by drinking water contaminated with bacteria.",
      "It is spread by airborne droplets when people cough.",
      "It is spread only by direct person-to-person contact.",
      "It is spread by the bite of infected female *Anopheles* mosquitoes.",
    ],
    correct: "D",
    why: "malaria parasites (Plasmodium) are carried by female Anopheles mosquitoes",
    answer:
      "**D.** Malaria is caused by *Plasmodium* parasites and transmitted by the bite of infected **female *Anopheles* mosquitoes**. Its distribution therefore depends on the conditions the vector needs — warm temperatures and standing water for breeding — which is why climate change and irrigation schemes can alter where malaria occurs. Option A describes a waterborne disease such as cholera.",
  }),
  written({
    key: "f2-02",
    topic: "F.2",
    difficulty: 3,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between **contagious** diffusion and **relocation** diffusion of a disease.",
    points: [
      pt("p1", 1, "Contagious diffusion: spreads through direct contact to people nearby", ["contact", "nearby"]),
      pt("p2", 1, "… so it decreases with distance from the source; the area affected grows outward (a type of expansion diffusion)", [
        "distance",
        "expansion",
        "outward",
      ]),
      pt("p3", 1, "Relocation diffusion: infected people move/migrate and carry the disease to a new place", ["move", "migrat", "new place"]),
      pt("p4", 1, "… so new outbreaks can appear far from the source, not necessarily adjacent (e.g. via air travel)", ["air travel", "far"]),
    ],
    answer:
      "**Contagious diffusion** is a form of *expansion* diffusion in which a disease spreads by contact from person to person, so it affects people **close** to existing cases first and spreads outwards like ripples; the intensity decreases with distance.\n\n**Relocation diffusion** happens when infected people (or vectors) **move** to a new location, carrying the disease with them; new outbreaks can start far from the source, e.g. through air travel or migration, while the original area may no longer be affected.",
  }),
  written({
    key: "f3-01",
    topic: "F.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain the roles of **three** different stakeholders in improving food security in a low-income country.",
    points: [
      pt("p1", 1, "Stakeholder 1, e.g. national government", ["government"]),
      pt("p2", 1, "… role: subsidies/input support, infrastructure (roads, storage, irrigation), land reform, safety nets", [
        "subsidies",
        "infrastructure",
        "safety net",
      ]),
      pt("p3", 1, "Stakeholder 2, e.g. international organizations (FAO, World Food Programme, World Bank)", ["FAO", "World Food Programme", "World Bank"]),
      pt("p4", 1, "… role: emergency food aid, funding, technical advice, early warning of famine", ["food aid", "funding", "early warning"]),
      pt("p5", 1, "Stakeholder 3, e.g. NGOs / farmers' cooperatives / private companies (agribusiness, seed companies)", [
        "NGO",
        "cooperative",
        "agribusiness",
      ]),
      pt("p6", 1, "… role: training, microcredit, improved seeds, access to markets / fair prices", ["training", "microcredit", "seeds", "markets"]),
    ],
    answer:
      "1. **National government** — can invest in rural roads, grain storage and irrigation, subsidize fertilizer or seeds, secure land rights and run **social safety nets** (cash transfers, school meals) so that poor households can afford food.\n2. **International organizations** — the FAO gives technical advice and data; the World Food Programme provides **emergency food aid**; development banks fund agricultural projects; famine early-warning systems help respond before crises.\n3. **NGOs, cooperatives and businesses** — NGOs train farmers in soil and water conservation and provide microcredit; **farmers' cooperatives** pool resources and bargain for better prices; seed and agribusiness companies can raise yields and connect farmers to markets, though critics note dependency on purchased inputs.\n\nEach: stakeholder identified + role explained.",
  }),
  written({
    key: "f3-02",
    topic: "F.3",
    difficulty: 4,
    marks: 10,
    term: "Examine",
    stem: "Examine the role of **transnational corporations (TNCs)** in shaping global diets and health.",
    points: bands(
      10,
      "agribusiness and food/drink TNCs; globalization of food systems; the nutrition transition to processed, high-sugar, high-fat diets; advertising and brands; links to obesity and non-communicable diseases, but also food safety and availability",
      "examples of TNC influence (fast-food and soft-drink expansion into emerging economies, supermarket chains reshaping supply chains, seed companies); evidence of rising obesity alongside undernutrition (the 'double burden')",
      "weighs TNC influence against other factors (urbanization, income, government regulation, culture), considers positive roles (fortification, lower prices, efficient supply), reaches a conclusion on the extent of responsibility and regulation",
    ),
    answer:
      "**TNC influence on diets.** Food and drink TNCs market processed foods, sugary drinks and fast food globally, using advertising, sponsorship and branding that appeal to young urban consumers. Supermarket chains have reorganized supply chains, making cheap processed foods widely available. This contributes to the **nutrition transition**: diets shift from staples, pulses and vegetables to energy-dense foods high in sugar, fat and salt, linked to rising **obesity**, type 2 diabetes and heart disease, including in middle-income countries that still have undernutrition (the **double burden of malnutrition**).\n\n**Positive roles.** TNCs can lower food prices through efficient logistics, improve food safety standards, and fortify products with micronutrients (e.g. iodized salt). Seed and agribusiness TNCs have raised yields.\n\n**Other factors.** Diets also change because of **urbanization** (less time to cook, more sedentary work), rising incomes, cultural change and government policies (subsidies, school meals). Governments can regulate TNCs through sugar taxes, advertising limits and labelling.\n\n**Conclusion.** TNCs are a major driver of the global spread of processed diets and their health effects, but they operate within wider social and economic changes; their impact is greatest where regulation is weak.",
  }),
  written({
    key: "f4-01",
    topic: "F.4",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline the **epidemiological transition**.",
    points: [
      pt("p1", 1, "A shift in the main causes of death/disease as countries develop", ["shift", "causes of death"]),
      pt("p2", 1, "From infectious/communicable diseases (and famine) …", ["infectious", "communicable"]),
      pt("p3", 1, "… to chronic/degenerative non-communicable diseases (heart disease, cancer, diabetes)", ["non-communicable", "degenerative", "chronic"]),
      pt("p4", 1, "Linked to rising life expectancy/ageing, better sanitation, vaccination and lifestyle change (parallels the demographic transition)", [
        "life expectancy",
        "sanitation",
        "demographic transition",
      ]),
    ],
    answer:
      "The **epidemiological transition** (Omran) describes how the dominant causes of illness and death change as a society develops: from an age of **pestilence and famine** with high mortality from infectious diseases, through receding pandemics as sanitation, nutrition and vaccination improve, to an age dominated by **degenerative and human-made (non-communicable) diseases** such as heart disease, cancers and diabetes. It accompanies rising life expectancy and the later stages of the demographic transition. Many middle-income countries now face both sets of diseases at once.",
  }),
  written({
    key: "f4-02",
    topic: "F.4",
    difficulty: 4,
    marks: 6,
    term: "Evaluate",
    stem: "Evaluate **genetically modified (GM) crops** as a strategy for achieving future food security.",
    points: [
      pt("p1", 1, "Benefit: higher yields / pest or drought resistance", ["yield", "pest", "drought"]),
      pt("p2", 1, "Benefit: nutritional enhancement (biofortification) / less pesticide use", ["biofortification", "nutrition", "pesticide"]),
      pt("p3", 1, "Cost: dependence on seed companies/patents; seeds must be bought each season; cost for poor farmers", ["patent", "seed companies", "cost"]),
      pt("p4", 1, "Cost: environmental concerns (gene flow, herbicide-resistant weeds, loss of biodiversity) / consumer resistance", [
        "gene flow",
        "biodiversity",
        "resistant weeds",
      ]),
      pt("p5", 1, "Food insecurity is often about access/poverty/distribution rather than total production", ["access", "distribution", "poverty"]),
      pt("p6", 1, "Judgement: GM can help but only as part of wider strategies (reducing waste, improving access, sustainable farming)", [
        "judgement",
        "part of",
      ]),
    ],
    answer:
      "**Strengths.** GM crops can be engineered for **pest resistance** (reducing pesticide use), **herbicide tolerance**, **drought or salt tolerance**, and higher nutritional value (biofortification), potentially raising yields in marginal areas affected by climate change.\n\n**Limitations.** Seeds are often patented by large companies and must be bought each season, which can indebt smallholders; there are environmental concerns about gene flow to wild relatives, herbicide-resistant weeds and reduced crop diversity; consumers and some governments resist GM foods, limiting markets.\n\n**Key point.** Food insecurity is frequently caused not by a lack of food globally but by **poverty, conflict, poor distribution and waste**. Higher yields do not help people who cannot afford or reach food.\n\n**Judgement.** GM crops can contribute to food security, especially for climate adaptation, but they are not a solution on their own; they are most effective alongside reducing waste, improving access and incomes, and supporting sustainable farming practices.",
  }),
  written({
    key: "f1-03",
    topic: "F.1",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define the term **food security**.",
    points: [
      pt("p1", 1, "All people, at all times, have physical and economic access to food", ["access", "all times"]),
      pt("p2", 1, "that is sufficient, safe and nutritious, to meet dietary needs for an active and healthy life", ["sufficient", "safe", "nutritious"]),
    ],
    answer:
      "**Food security** exists when **all people, at all times**, have **physical and economic access** to enough **safe and nutritious** food to meet their dietary needs for an active and healthy life. It therefore depends on availability, access (affordability), utilization (nutrition, safe preparation) and stability over time — not on total food production alone.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Option G: Urban environments
// ─────────────────────────────────────────────────────────────────────────────
const optionG: QuestionInput[] = [
  numeric({
    key: "g1-01",
    topic: "G.1",
    difficulty: 2,
    stem: "**Hypothetical data.** In a (hypothetical) country, the largest city has a population of 6.3 million and the second-largest city 1.8 million.\n\nCalculate the **primacy index** (population of the largest city ÷ population of the second-largest city).",
    method: "6.3 ÷ 1.8",
    result: "3.5",
    keywords: ["6.3", "1.8"],
    numericAnswer: { value: 3.5, tolerance: 0.01 },
    answer: String.raw`$$\text{primacy index} = \frac{6.3}{1.8} = 3.5$$
A value well above 2 (the rank-size rule would predict the largest city to be about twice the second) shows a **primate city** that dominates the urban hierarchy, often concentrating political and economic power, investment and migrants.`,
  }),
  written({
    key: "g1-02",
    topic: "G.1",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** characteristics of **informal settlements** (slums) in cities of low- and middle-income countries.",
    points: [
      pt("p1", 1, "Characteristic 1, e.g. lack of legal land tenure / built on land the residents do not own", ["tenure", "legal"]),
      pt("p2", 1, "… so residents risk eviction and have little incentive/ability to invest; often on hazardous land (steep slopes, floodplains)", [
        "eviction",
        "hazard",
      ]),
      pt("p3", 1, "Characteristic 2, e.g. poor services: lack of piped water, sanitation, electricity / overcrowding / informal employment", [
        "sanitation",
        "water",
        "overcrowding",
      ]),
      pt("p4", 1, "… leading to disease, high living costs (buying water from vendors), vulnerability", ["disease", "vendors", "vulnerab"]),
    ],
    answer:
      "1. **Insecure tenure and marginal sites.** Informal settlements are built without legal title, often on land unwanted by the formal market — floodplains, steep slopes, beside railways or waste sites. Residents risk eviction and natural hazards, and lack the security to invest in better housing.\n2. **Lack of basic services and overcrowding.** Homes are built from improvised materials and densely packed; there is little piped water, sanitation, drainage or waste collection, so waterborne disease spreads easily and households may pay more per litre to water vendors than wealthier residents pay for piped water.\n\n(Other creditworthy characteristics: reliance on informal-sector employment; strong community networks and self-help.)",
  }),
  written({
    key: "g2-01",
    topic: "G.2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain the process of **gentrification** in an inner-city neighbourhood.",
    points: [
      pt("p1", 1, "Higher-income people move into a run-down/low-income inner-city area (attracted by cheap housing, proximity to CBD, character buildings)", [
        "higher-income",
        "inner-city",
        "cheap",
      ]),
      pt("p2", 1, "They renovate property / new cafés, shops and services open", ["renovate", "cafés"]),
      pt("p3", 1, "Property values and rents rise", ["rents", "property values"]),
      pt("p4", 1, "Original, lower-income residents and businesses are displaced; change in social character", ["displace", "social"]),
    ],
    answer:
      "**Gentrification** is the movement of **higher-income** households into a formerly low-income, often run-down inner-city area. They are attracted by relatively cheap, characterful housing close to city-centre jobs and amenities. They **renovate** properties, and new cafés, galleries and shops follow. As the area becomes fashionable, **house prices and rents rise**, and the original lower-income residents and small businesses can no longer afford to stay: they are **displaced**, changing the social and cultural character of the neighbourhood. It can improve the built environment and tax base while increasing inequality.",
  }),
  numeric({
    key: "g2-02",
    topic: "G.2",
    difficulty: 3,
    stem: "**Hypothetical data.** The urban population of a (hypothetical) country rose from 12.4 million in 2000 to 21.7 million in 2025.\n\nCalculate the percentage increase in the urban population over this period.",
    method: "(21.7 − 12.4) ÷ 12.4 × 100",
    result: "75%",
    keywords: ["9.3", "12.4"],
    numericAnswer: { value: 75, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\frac{21.7 - 12.4}{12.4} \times 100 = \frac{9.3}{12.4} \times 100 = 75\%$$
Urban growth of this scale combines **natural increase** in cities (young populations) and **rural–urban migration**.`,
  }),
  mcq({
    key: "g2-03",
    topic: "G.2",
    difficulty: 2,
    stem: "Which term describes the movement of people and businesses **from large cities to small towns and rural areas** beyond the city's commuting edge?",
    options: ["Suburbanization", "Re-urbanization", "Counter-urbanization", "Urbanization"],
    correct: "C",
    why: "counter-urbanization is the net movement from major urban areas to rural areas and small towns",
    answer:
      "**C — counter-urbanization.** *Suburbanization* (A) is movement to the outer edges of the same urban area; *re-urbanization* (B) is movement back into the inner city; *urbanization* (D) is the increase in the proportion of people living in urban areas. Counter-urbanization is encouraged by better transport, remote working and the search for a better quality of life.",
  }),
  written({
    key: "g3-01",
    topic: "G.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain the causes of the **urban heat island** effect.",
    points: [
      pt("p1", 1, "Dark, dense surfaces (tarmac, concrete, brick) absorb and store solar radiation by day (low albedo)", ["albedo", "absorb", "concrete"]),
      pt("p2", 1, "… releasing heat slowly at night, so night-time temperatures stay higher", ["night", "release"]),
      pt("p3", 1, "Anthropogenic heat from vehicles, industry, air conditioning and buildings", ["anthropogenic", "air conditioning", "vehicles"]),
      pt("p4", 1, "Less vegetation and water → less evapotranspiration (less latent heat cooling)", ["evapotranspiration", "vegetation"]),
      pt("p5", 1, "Rapid drainage of rainwater leaves surfaces dry (less evaporative cooling)", ["drainage", "dry"]),
      pt("p6", 1, "Tall buildings trap radiation (urban canyons) and reduce wind; pollution dome traps outgoing long-wave radiation", [
        "canyon",
        "wind",
        "pollution",
      ]),
    ],
    answer:
      "The **urban heat island** is the higher temperature of a city compared with its rural surroundings, most marked on calm, clear nights.\n\n- **Surface materials:** concrete, tarmac and brick have a **low albedo** and high heat capacity; they absorb solar radiation during the day and release it slowly at night.\n- **Anthropogenic heat:** vehicles, industry, heating and air conditioning add heat directly.\n- **Less evapotranspiration:** few plants and rapid drainage of rain mean less energy is used evaporating water (less latent-heat cooling).\n- **Urban geometry:** tall buildings create 'canyons' that trap reflected radiation and reduce wind speeds, so warm air is not dispersed.\n- **Pollution:** a layer of pollutants can absorb and re-emit outgoing long-wave radiation, keeping the city warmer at night.",
  }),
  written({
    key: "g3-02",
    topic: "G.3",
    difficulty: 3,
    marks: 4,
    term: "Suggest",
    stem: "Suggest **two** reasons why **traffic congestion** is often worse in rapidly growing cities of middle-income countries.",
    points: [
      pt("p1", 1, "Reason 1: car ownership rises rapidly with incomes", ["car ownership", "incomes"]),
      pt("p2", 1, "… faster than road capacity / public transport is built", ["road capacity", "public transport"]),
      pt("p3", 1, "Reason 2: urban sprawl/unplanned growth separates homes from jobs, lengthening commutes; or poor traffic management/informal transport", [
        "sprawl",
        "commute",
        "unplanned",
      ]),
      pt("p4", 1, "… concentrating journeys on a few routes to the CBD at peak times", ["peak", "CBD"]),
    ],
    answer:
      "1. **Rapid growth in car ownership.** As a middle class grows, car ownership rises quickly, but building roads and mass-transit systems is slow and expensive, so demand outstrips capacity.\n2. **Unplanned sprawl.** Growth on the urban fringe, often without planning, puts homes far from jobs concentrated in the CBD; commuters funnel along a few main routes at peak times, and informal minibuses and weak traffic enforcement add to congestion.",
  }),
  written({
    key: "g4-01",
    topic: "G.4",
    difficulty: 4,
    marks: 10,
    term: "Evaluate",
    stem: "Evaluate the effectiveness of strategies to make urban **transport** more sustainable.",
    points: bands(
      10,
      "sustainability (environmental, social, economic); strategies such as bus rapid transit, metro/light rail, congestion charging, cycling/walking infrastructure, transit-oriented development, electric vehicles",
      "located examples, e.g. the bus rapid transit system pioneered in Curitiba (Brazil), congestion charging zones in large cities, cycling networks; evidence of reduced congestion/emissions and improved access",
      "weighs costs, equity (who can afford charges, who is served), political acceptability and context (density, wealth); recognises that combined land-use and transport planning is more effective than single measures; substantiated conclusion",
    ),
    answer:
      "**Strategies and their effectiveness.**\n- **Mass transit.** Bus rapid transit — dedicated bus lanes, prepaid boarding and frequent services, pioneered in **Curitiba, Brazil** — moves large numbers of people cheaply compared with metros and can be built quickly; metros carry even more but are very expensive.\n- **Demand management.** Congestion charging and parking limits reduce car use in central areas and raise money for public transport, but can be regressive and are politically unpopular.\n- **Active travel.** Protected cycle lanes and pedestrian zones cut emissions and improve health; they work best in compact cities and need safe infrastructure to change behaviour.\n- **Cleaner vehicles.** Electric buses and cars reduce local air pollution, but not congestion, and their carbon benefit depends on how electricity is generated.\n- **Land-use planning.** Transit-oriented development (dense housing and jobs around stations) reduces the need to travel at all.\n\n**Evaluation.** Single measures have limited effect; effectiveness depends on city density, wealth, governance and public support. The most successful cities combine good public transport with land-use planning and measures that make car use less attractive, while keeping fares affordable so that transport is socially as well as environmentally sustainable.",
  }),
  written({
    key: "g4-02",
    topic: "G.4",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** features of a **smart city** that can improve urban sustainability.",
    points: [
      pt("p1", 1, "Feature 1: sensors/data to manage traffic flows (smart traffic lights, real-time public transport information)", [
        "sensors",
        "traffic",
        "real-time",
      ]),
      pt("p2", 1, "… reduces congestion, fuel use and emissions", ["congestion", "emissions"]),
      pt("p3", 1, "Feature 2: smart grids/smart meters, or leak detection in water networks, or smart waste collection", ["smart grid", "meter", "leak"]),
      pt("p4", 1, "… reduces energy/water waste; integrates renewable energy", ["waste", "renewable"]),
    ],
    answer:
      "A **smart city** uses digital technology and data to manage services more efficiently.\n\n1. **Intelligent transport systems.** Sensors and cameras adjust traffic lights to real-time flows and give travellers live public-transport information, reducing congestion, fuel use and emissions.\n2. **Smart utilities.** Smart electricity grids and meters match supply with demand and integrate intermittent renewable energy; sensors detect leaks in water pipes and bins that report when full allow optimized collection routes, saving resources.\n\n(Critics point to high costs, privacy concerns and the risk of benefiting wealthier districts more.)",
  }),
  numeric({
    key: "g3-03",
    topic: "G.3",
    difficulty: 1,
    stem: "**Hypothetical fieldwork data.** On a calm, clear night, students recorded an air temperature of 18.6°C in a city centre and 15.2°C at a rural site 12 km away.\n\nCalculate the **urban heat island intensity** (city-centre temperature minus rural temperature), in °C.",
    method: "18.6 − 15.2",
    result: "3.4°C",
    keywords: ["18.6", "15.2"],
    numericAnswer: { value: 3.4, tolerance: 0.05, unit: "°C" },
    answer: String.raw`$$18.6 - 15.2 = 3.4\,^{\circ}\text{C}$$
The heat island is strongest on **calm, clear nights**, when surfaces that stored heat during the day release it slowly and there is little wind to mix urban and rural air.`,
  }),
  written({
    key: "g1-03",
    topic: "G.1",
    difficulty: 4,
    marks: 10,
    term: "Examine",
    stem: "Examine the factors that influence the location of different **land uses** within cities.",
    points: bands(
      10,
      "land uses (CBD/commercial, industrial, residential of varying quality, informal settlements, open space); bid-rent theory and accessibility; urban models (concentric, sector, models for cities in lower-income countries); physical site factors; planning",
      "examples from named or hypothetical cities: high-rise commerce in the most accessible centre, industry along rivers/railways/ring roads, high-status housing on attractive sites, informal settlements on hazardous land",
      "weighs economic factors (land value, accessibility) against physical, historical, planning and social factors (segregation, gentrification); notes models' limitations and differences between cities in high- and lower-income countries; substantiated conclusion",
    ),
    answer:
      "**Economic factors: land value and accessibility.** Bid-rent theory explains that the most accessible land (usually the centre) is most valuable, so commercial users who need footfall outbid others: the **CBD** has offices and retail in tall buildings. Rents fall with distance, so residential densities decline outward and space-hungry uses (out-of-town retail, industry, large houses) locate at the edge, along ring roads.\n\n**Transport routes.** Industry has historically located along rivers, canals and railways, producing the sectors of Hoyt's model; new business parks cluster at motorway junctions and airports.\n\n**Physical site.** Attractive sites (higher ground, views, away from pollution and flood risk) attract high-status housing; in many cities of lower-income countries, **informal settlements** occupy marginal land — steep slopes, floodplains, beside railways — that the formal market avoids.\n\n**Planning and politics.** Zoning, green belts, protected historic centres and public housing programmes override the market.\n\n**Social and historical factors.** Segregation by income or ethnicity, the legacy of older land uses and processes such as **gentrification** reshape districts over time.\n\n**Conclusion.** Accessibility and land value explain the broad pattern, but physical site, planning, history and social processes produce the real, more complex mosaic; urban models are useful simplifications that fit some cities better than others.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 1: Changing population
// ─────────────────────────────────────────────────────────────────────────────
const unit1: QuestionInput[] = [
  numeric({
    key: "u1-1-01",
    topic: "1.1",
    difficulty: 1,
    stem: "**Hypothetical data.** A (hypothetical) country with a population of 8,500,000 recorded 229,500 live births in one year.\n\nCalculate the **crude birth rate** (live births per 1,000 people per year).",
    method: "229500 ÷ 8500000 × 1000",
    result: "27 per 1,000",
    keywords: ["229500", "8500000"],
    numericAnswer: { value: 27, tolerance: 0.05 },
    answer: String.raw`$$\text{CBR} = \frac{229\,500}{8\,500\,000} \times 1000 = 27 \text{ per } 1000$$
The crude birth rate is 'crude' because it divides by the **whole** population, not just women of child-bearing age, so it is affected by the age structure.`,
  }),
  numeric({
    key: "u1-1-02",
    topic: "1.1",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) country with a population of 8,500,000 recorded 59,500 deaths in one year.\n\nCalculate the **crude death rate** (deaths per 1,000 people per year).",
    method: "59500 ÷ 8500000 × 1000",
    result: "7 per 1,000",
    keywords: ["59500", "8500000"],
    numericAnswer: { value: 7, tolerance: 0.05 },
    answer: String.raw`$$\text{CDR} = \frac{59\,500}{8\,500\,000} \times 1000 = 7 \text{ per } 1000$$
A low CDR alongside a much higher CBR is typical of stage 2 or early stage 3 of the demographic transition model: a young population with falling mortality.`,
  }),
  numeric({
    key: "u1-1-03",
    topic: "1.1",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) country has a crude birth rate of 31 per 1,000 and a crude death rate of 9 per 1,000.\n\nCalculate its **rate of natural increase** as a percentage per year.",
    method: "(31 − 9) ÷ 10",
    result: "2.2% per year",
    keywords: ["22", "10"],
    numericAnswer: { value: 2.2, tolerance: 0.01, unit: "%" },
    answer: String.raw`$$\text{NIR} = \frac{\text{CBR} - \text{CDR}}{10} = \frac{31 - 9}{10} = 2.2\% \text{ per year}$$
Dividing the difference per 1,000 by 10 converts it to a percentage (per 100). Natural increase ignores migration.`,
  }),
  numeric({
    key: "u1-1-04",
    topic: "1.1",
    difficulty: 3,
    term: "Estimate",
    stem: "**Hypothetical data.** A (hypothetical) country's population is growing at 2.5% per year.\n\nUsing the 'rule of 70' (doubling time ≈ 70 ÷ annual growth rate in %), estimate how many years it would take the population to double if this rate continued.",
    method: "70 ÷ 2.5",
    result: "28 years",
    keywords: ["70", "2.5"],
    numericAnswer: { value: 28, tolerance: 0.05, unit: "years" },
    answer: String.raw`$$\text{doubling time} \approx \frac{70}{2.5} = 28 \text{ years}$$
The rule of 70 comes from $\ln 2 \approx 0.693$: with continuous growth at rate $r$, $P = P_0 e^{rt}$ doubles when $rt = \ln 2$. It assumes the growth rate stays constant, which is unlikely as fertility falls.`,
  }),
  written({
    key: "u1-1-05",
    topic: "1.1",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain why birth rates tend to fall as countries develop economically.",
    points: [
      pt("p1", 1, "Falling infant mortality: parents no longer need many births to ensure surviving children", ["infant mortality", "surviv"]),
      pt("p2", 1, "Education and employment of women: later marriage, opportunity cost of children, more say in family size", [
        "women",
        "education",
        "employment",
      ]),
      pt("p3", 1, "Urbanization: children are an economic cost (housing, schooling) rather than farm labour", ["urban", "cost", "labour"]),
      pt("p4", 1, "Access to family planning/contraception", ["contraception", "family planning"]),
      pt("p5", 1, "Pensions/social security reduce reliance on children in old age", ["pension", "old age"]),
      pt("p6", 1, "Cultural change: secularization, changing norms/aspirations, consumer lifestyles", ["cultural", "aspiration", "norms"]),
    ],
    answer:
      "- **Lower infant and child mortality:** when most children survive, parents need fewer births to achieve their desired family size.\n- **Education and paid work for women:** women marry and have children later, and the **opportunity cost** of leaving work to raise children rises; educated women tend to have more control over fertility decisions.\n- **Urbanization and the changing economic value of children:** on farms children contribute labour; in cities they are costly to house and educate.\n- **Family planning:** wider access to contraception lets couples achieve smaller desired family sizes.\n- **Social security:** pensions and savings reduce the need to rely on children for support in old age.\n- **Cultural change:** changing norms, aspirations and consumer lifestyles favour smaller families.\n\nOne mark per explained factor (up to 6).",
  }),
  numeric({
    key: "u1-2-01",
    topic: "1.2",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) country has 3.6 million people aged 0–14, 0.9 million aged 65 and over, and 6.0 million aged 15–64.\n\nCalculate the **total dependency ratio**.",
    method: "(3.6 + 0.9) ÷ 6.0 × 100",
    result: "75",
    keywords: ["4.5", "6.0"],
    numericAnswer: { value: 75, tolerance: 0.05 },
    answer: String.raw`$$\text{dependency ratio} = \frac{\text{aged } 0\text{–}14 + \text{aged } 65+}{\text{aged } 15\text{–}64} \times 100 = \frac{3.6 + 0.9}{6.0} \times 100 = 75$$
There are 75 dependants for every 100 people of working age. Most are **young dependants** (youth ratio 60, old-age ratio 15), typical of a country early in the demographic transition.`,
  }),
  numeric({
    key: "u1-2-02",
    topic: "1.2",
    difficulty: 3,
    stem: "**Hypothetical data.** In one year a (hypothetical) region of 2,400,000 people had 31,200 immigrants and 18,000 emigrants.\n\nCalculate the **net migration rate** per 1,000 people.",
    method: "(31200 − 18000) ÷ 2400000 × 1000",
    result: "+5.5 per 1,000",
    keywords: ["13200", "2400000"],
    numericAnswer: { value: 5.5, tolerance: 0.05 },
    answer: String.raw`$$\text{net migration rate} = \frac{31\,200 - 18\,000}{2\,400\,000} \times 1000 = \frac{13\,200}{2\,400\,000} \times 1000 = +5.5 \text{ per } 1000$$
The positive value shows a net gain by migration. Combined with natural increase, it gives the overall population growth rate.`,
  }),
  written({
    key: "u1-2-03",
    topic: "1.2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** reasons for **forced migration**.",
    points: [
      pt("p1", 1, "Reason 1: conflict/war/persecution (political, ethnic, religious)", ["conflict", "war", "persecution"]),
      pt("p2", 1, "… threatens lives, so people flee as refugees or internally displaced persons (IDPs)", ["refugee", "internally displaced"]),
      pt("p3", 1, "Reason 2: natural hazards / environmental change (floods, drought, sea-level rise) or development projects (dams)", [
        "hazard",
        "drought",
        "dam",
      ]),
      pt("p4", 1, "… destroy homes and livelihoods, leaving no choice but to move", ["livelihoods", "homes"]),
    ],
    answer:
      "Forced migration happens when people have little or no choice about moving.\n\n1. **Conflict and persecution.** War, violence or persecution because of ethnicity, religion or political opinion threaten people's lives. Those who cross a border may seek asylum as **refugees**; those who stay within their country are **internally displaced persons (IDPs)**.\n2. **Environmental events and development projects.** Floods, earthquakes, long droughts or rising sea levels can destroy homes and livelihoods; large projects such as dams can flood settlements, forcing resettlement.",
  }),
  mcq({
    key: "u1-2-04",
    topic: "1.2",
    difficulty: 2,
    term: "Identify",
    stem: "A population pyramid has a **narrow base**, straight sides up to about age 60 and a relatively wide top. Which stage of the demographic transition model does it most likely represent?",
    options: ["Stage 1", "Stage 2", "Stage 3", "Stage 4 or 5"],
    correct: "D",
    why: "low birth rates (narrow base) and low death rates with long life expectancy (wide top) indicate stage 4/5",
    answer:
      "**D.** A narrow base shows **low (or falling) birth rates**; straight sides and a wide top show **low death rates** and high life expectancy, so many people reach old age. This is an **ageing** population typical of stage 4, and if the base is narrower than the middle (births below replacement), stage 5. Stages 1–2 have wide-based, triangular pyramids.",
  }),
  written({
    key: "u1-3-01",
    topic: "1.3",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how a country might benefit from a **demographic dividend**.",
    points: [
      pt("p1", 1, "Demographic dividend: when fertility falls, the working-age share of the population rises relative to dependants", [
        "working-age",
        "fertility falls",
      ]),
      pt("p2", 1, "Lower dependency ratio frees household and government income for saving/investment", ["saving", "investment", "dependency"]),
      pt("p3", 1, "A large labour force can raise output/attract FDI, if there are jobs", ["labour force", "FDI", "jobs"]),
      pt("p4", 1, "Requires investment in education/health/job creation; otherwise unemployment (the dividend is not automatic)", [
        "education",
        "unemployment",
        "not automatic",
      ]),
    ],
    answer:
      "A **demographic dividend** is the potential economic growth when falling fertility makes the **working-age population** large relative to young and old dependants.\n\n- With fewer children per family, households and governments can spend less on dependants and **save and invest** more (in infrastructure, businesses, education).\n- A large, young workforce can raise output and attract foreign investment — if it is educated, healthy and **employed**.\n\nThe dividend is a window of opportunity, not automatic: without job creation and investment in education and health, a large working-age population can instead mean high youth unemployment.",
  }),
  written({
    key: "u1-3-02",
    topic: "1.3",
    difficulty: 4,
    marks: 10,
    term: "Evaluate",
    stem: "Evaluate the effectiveness of government policies that respond to an **ageing population**.",
    points: bands(
      10,
      "causes and consequences of ageing (rising old-age dependency, pension and health costs, shrinking workforce); policy types: pronatalist incentives, raising the retirement age, encouraging immigration, automation, pension reform, support for elderly care",
      "located examples of ageing countries (e.g. Japan, Italy, South Korea) and named policies; evidence of their outcomes",
      "weighs short- vs long-term effects, social and political acceptability, costs, and unintended consequences; recognizes that pronatalist policies often have limited effect; substantiated conclusion on which combination works best",
    ),
    answer:
      "**The challenge.** Low fertility and rising life expectancy raise the **old-age dependency ratio**: fewer workers support more retirees, increasing pension and health-care costs and reducing the labour force.\n\n**Policies and effectiveness.**\n- **Pronatalist incentives** (child benefits, subsidized childcare, parental leave) aim to raise fertility. Evidence suggests modest effects at high cost; in countries such as South Korea and Japan fertility has stayed very low despite spending, because housing costs, working culture and gender roles matter more. Any effect also takes 20 years to add workers.\n- **Raising the retirement age and encouraging older people to work** directly increases the workforce and reduces pension costs; effective, but politically unpopular and hard on manual workers.\n- **Immigration** of working-age people quickly fills labour gaps (e.g. in care and construction), but faces public opposition in some countries, and migrants also age.\n- **Automation and productivity** (robots in care or manufacturing — Japan is an example of heavy investment) can offset labour shortages.\n- **Pension and health reform** (private savings, co-payments) improves financial sustainability but can increase elderly poverty.\n\n**Judgement.** No single policy reverses ageing. The most effective responses **adapt** to it — longer working lives, managed immigration, productivity gains and sustainable pensions — rather than trying to raise fertility alone. Effectiveness depends on cultural context, public acceptance and how early policies start.",
  }),
  written({
    key: "u1-3-03",
    topic: "1.3",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline **two** consequences of a highly unbalanced **sex ratio** (many more males than females) in young adult age groups.",
    points: [
      pt("p1", 1, "Consequence 1: a 'marriage squeeze' — many men unable to find partners", ["marriage", "partners"]),
      pt("p2", 1, "… leading to social tension / bride trafficking / migration for marriage", ["trafficking", "tension", "migration"]),
      pt("p3", 1, "Consequence 2: lower future birth rates (fewer women of child-bearing age)", ["birth rate", "fewer women"]),
      pt("p4", 1, "… accelerating population ageing / labour-force decline", ["ageing", "labour"]),
    ],
    answer:
      "1. **Marriage squeeze.** With more young men than women, many men cannot find partners; this is linked to social tension and can fuel trafficking of women and cross-border marriage migration.\n2. **Lower future births.** Fewer women of child-bearing age means fewer births in the next generation, which speeds up population ageing and workforce decline.\n\nSuch imbalances can arise from son preference combined with sex-selective practices and strict limits on family size.",
  }),
  numeric({
    key: "u1-3-04",
    topic: "1.3",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) ageing country has 2.4 million people aged 0–14, 16.0 million aged 15–64 and 4.8 million aged 65 and over.\n\nCalculate the **old-age dependency ratio** (people aged 65 and over per 100 people aged 15–64).",
    method: "4.8 ÷ 16.0 × 100",
    result: "30",
    keywords: ["4.8", "16.0"],
    numericAnswer: { value: 30, tolerance: 0.05 },
    answer: String.raw`$$\text{old-age dependency ratio} = \frac{4.8}{16.0} \times 100 = 30$$
There are 30 people aged 65+ for every 100 of working age (about one older person per 3.3 workers). The young (0–14) are left out of this ratio; as the ratio rises, pension and health-care costs fall on a relatively smaller workforce.`,
  }),
  numeric({
    key: "u1-3-05",
    topic: "1.3",
    difficulty: 2,
    stem: "**Hypothetical data.** In a (hypothetical) country there are 5.46 million males and 4.2 million females aged 20–29.\n\nCalculate the **sex ratio** of this age group (males per 100 females).",
    method: "5.46 ÷ 4.2 × 100",
    result: "130 males per 100 females",
    keywords: ["5.46", "4.2"],
    numericAnswer: { value: 130, tolerance: 0.5 },
    answer: String.raw`$$\frac{5.46}{4.2} \times 100 = 1.3 \times 100 = 130 \text{ males per } 100 \text{ females}$$
A ratio this far above the natural balance (roughly 105 boys per 100 girls at birth, evening out with age) indicates a strongly male-biased population, with consequences such as a marriage squeeze.`,
  }),
  written({
    key: "u1-2-05",
    topic: "1.2",
    difficulty: 4,
    marks: 10,
    term: "Examine",
    stem: "Examine the consequences of international **labour migration** for both the countries that migrants leave and the countries they move to.",
    points: bands(
      10,
      "consequences for source countries (remittances, reduced unemployment, brain drain, skills returned by returning migrants, demographic imbalance, families separated) and destination countries (filling labour shortages, tax revenue, younger workforce, cultural diversity, pressure on services/housing, social tension)",
      "located examples of migration flows (e.g. from South Asia to the Gulf states, within the EU, from Central America to the USA) with evidence such as the importance of remittances or the role of migrants in health care",
      "weighs costs and benefits for each side and for migrants themselves; recognizes variation by skill level, legal status and policy; substantiated conclusion",
    ),
    answer:
      "**Source countries.**\n- *Benefits:* **remittances** raise household incomes and foreign-exchange earnings; emigration reduces unemployment and underemployment; returning migrants may bring savings, skills and ideas.\n- *Costs:* **brain drain** when doctors, nurses and engineers leave; loss of young adults (often men) distorts the age–sex structure, leaving elderly people and children; families are separated; dependence on remittances.\n\n**Destination countries.**\n- *Benefits:* migrants fill labour shortages in construction, agriculture, care and health services; they are mostly of working age, paying taxes and lowering the dependency ratio in ageing societies; they add cultural diversity and entrepreneurship.\n- *Costs:* short-term pressure on housing and services in some areas; possible downward pressure on wages in some low-skilled sectors; social tension and discrimination where integration is poor.\n\n**Examples.** Large flows of workers from South Asia to the Gulf states sustain construction and services there while remittances support millions of households at home; health systems in several high-income countries rely heavily on migrant doctors and nurses.\n\n**Examination.** Consequences depend on skill level, legal status and policy: temporary-worker schemes may bring remittances but weak worker rights; skilled migration benefits destinations more than sources unless migrants return or invest. Overall, labour migration usually brings net economic gains to both sides, but the costs are unevenly distributed — borne especially by migrants themselves and by source communities losing key skills.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 2: Global climate—vulnerability and resilience
// ─────────────────────────────────────────────────────────────────────────────
const unit2: QuestionInput[] = [
  written({
    key: "u2-1-01",
    topic: "2.1",
    difficulty: 2,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between the **natural greenhouse effect** and the **enhanced greenhouse effect**.",
    points: [
      pt("p1", 1, "Natural: greenhouse gases (water vapour, CO2, methane) absorb and re-emit outgoing long-wave radiation", ["long-wave", "absorb", "re-emit"]),
      pt(
        "p2",
        1,
        "… keeping Earth's mean surface temperature about 33°C warmer than it would otherwise be (about 15°C rather than −18°C) / making life possible",
        ["33", "15", "life"],
      ),
      pt("p3", 1, "Enhanced: human activities (burning fossil fuels, deforestation, agriculture) raise greenhouse gas concentrations", [
        "fossil fuels",
        "deforestation",
        "human",
      ]),
      pt("p4", 1, "… trapping more heat and causing global warming / climate change", ["global warming", "more heat"]),
    ],
    answer:
      "The **natural greenhouse effect**: incoming short-wave solar radiation warms Earth's surface, which emits long-wave (infrared) radiation. Greenhouse gases such as water vapour, carbon dioxide and methane absorb and re-emit some of this, warming the lower atmosphere. Without it, Earth's mean surface temperature would be about −18°C instead of about 15°C.\n\nThe **enhanced greenhouse effect** is the extra warming caused by **human activities** — burning fossil fuels, deforestation, cattle farming and rice cultivation, fertilizer use — which have raised concentrations of CO₂, methane and nitrous oxide, so more outgoing radiation is trapped and global temperatures rise.",
  }),
  mcq({
    key: "u2-1-02",
    topic: "2.1",
    difficulty: 3,
    stem: "Which of the following is a **positive feedback** that amplifies global warming?",
    options: [
      "Increased plant growth absorbing more carbon dioxide",
      "Melting sea ice exposing darker ocean, which absorbs more solar radiation",
      "More low cloud reflecting sunlight back to space",
      "Increased weathering of rocks removing carbon dioxide from the air",
    ],
    correct: "B",
    why: "ice–albedo feedback: less reflective surface → more absorption → more warming → more melting",
    answer:
      "**B — the ice–albedo feedback.** Sea ice has a high **albedo** (reflects much sunlight); open ocean is dark and absorbs most of it. Warming melts ice, exposing more ocean, which absorbs more energy, causing further warming and melting: a **positive** (amplifying) feedback. Options A, C and D would tend to reduce warming (negative feedbacks).",
  }),
  numeric({
    key: "u2-1-03",
    topic: "2.1",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) country's annual carbon dioxide emissions fell from 480 million tonnes in 2005 to 396 million tonnes in 2022.\n\nCalculate the percentage change in emissions. Give a decrease as a negative value.",
    method: "(396 − 480) ÷ 480 × 100",
    result: "−17.5% (a fall of 17.5%)",
    keywords: ["84", "480"],
    numericAnswer: { value: -17.5, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\frac{396 - 480}{480} \times 100 = \frac{-84}{480} \times 100 = -17.5\%$$
Emissions fell by **17.5%**. Such falls often reflect a switch from coal to gas and renewables and the decline of heavy industry; some emissions may have been 'exported' through imported goods.`,
  }),
  written({
    key: "u2-2-01",
    topic: "2.2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** reasons why global mean sea level is rising.",
    points: [
      pt("p1", 1, "Thermal expansion of seawater", ["thermal expansion"]),
      pt("p2", 1, "… as the oceans absorb heat, water expands and occupies more volume", ["expands", "heat"]),
      pt("p3", 1, "Melting of land-based ice (glaciers, Greenland and Antarctic ice sheets)", ["glacier", "ice sheet", "land ice"]),
      pt("p4", 1, "… adds water to the oceans (melting floating sea ice does not raise sea level significantly)", ["adds water", "sea ice"]),
    ],
    answer:
      "1. **Thermal expansion.** The oceans absorb most of the extra heat trapped by greenhouse gases; warmer water is less dense and **expands**, raising sea level.\n2. **Melting land ice.** Mountain glaciers and the Greenland and Antarctic ice sheets are losing mass; the meltwater flows into the oceans, adding volume. (Melting **sea** ice does little, because floating ice already displaces its own weight of water.)",
  }),
  written({
    key: "u2-2-02",
    topic: "2.2",
    difficulty: 4,
    marks: 10,
    term: "Discuss",
    stem: "Discuss why some people are more **vulnerable** than others to the consequences of global climate change.",
    points: bands(
      10,
      "consequences (sea-level rise, extreme weather, drought, changing disease ranges, food insecurity); vulnerability factors: location/exposure, poverty, dependence on climate-sensitive livelihoods, age, gender, health, governance, access to insurance and information",
      "located examples at different scales, e.g. low-lying island states and delta regions, subsistence farmers in drought-prone regions, elderly people in urban heatwaves; contrasts with wealthier groups that can adapt",
      "weighs physical exposure against socio-economic capacity; notes inequality within countries as well as between; considers power and climate justice (those least responsible often most affected); substantiated conclusion",
    ),
    answer:
      "**Exposure.** Some places face greater physical change: low-lying coasts and small island states (sea-level rise, storm surges), large deltas, arid regions where rainfall becomes less reliable, and high latitudes (permafrost thaw).\n\n**Sensitivity and capacity.** Vulnerability depends on who lives there and what resources they have:\n- **Poverty** limits the ability to build defences, move, buy insurance or recover.\n- **Climate-dependent livelihoods** such as rain-fed subsistence farming, pastoralism and fishing are directly hit by drought or changing seasons.\n- **Age and health:** elderly people and young children are most at risk in heatwaves; urban heat islands add to this.\n- **Gender:** in many societies women have less access to land, credit and information, and greater responsibility for collecting water and food.\n- **Governance:** effective early warnings, planning and safety nets reduce losses.\n\n**Scale and justice.** Vulnerability varies within countries (informal settlements on floodplains vs wealthy suburbs) as well as between them. The people most vulnerable have often contributed least to emissions, raising questions of **climate justice** and of who should pay for adaptation.\n\n**Conclusion.** Physical exposure sets the hazard, but socio-economic factors largely determine who suffers most; reducing poverty and inequality is as important as reducing the hazard itself.",
  }),
  written({
    key: "u2-3-01",
    topic: "2.3",
    difficulty: 2,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between climate change **mitigation** and **adaptation**, giving an example of each.",
    points: [
      pt("p1", 1, "Mitigation: reducing greenhouse gas emissions/increasing carbon sinks to limit the causes of climate change", [
        "reduce emissions",
        "sink",
        "causes",
      ]),
      pt("p2", 1, "Example: renewable energy / energy efficiency / afforestation / carbon capture and storage / carbon pricing", [
        "renewable",
        "afforestation",
        "carbon capture",
      ]),
      pt("p3", 1, "Adaptation: adjusting to actual or expected climate change to reduce its harmful effects", ["adjust", "effects", "reduce harm"]),
      pt("p4", 1, "Example: sea walls / drought-resistant crops / early-warning systems / water storage / managed retreat", [
        "sea wall",
        "drought-resistant",
        "early warning",
      ]),
    ],
    answer:
      "**Mitigation** tackles the **causes** of climate change by reducing greenhouse gas emissions or enhancing sinks — e.g. replacing coal power with wind and solar, improving energy efficiency, planting forests, carbon capture and storage.\n\n**Adaptation** tackles the **consequences** by adjusting human and natural systems to actual or expected change — e.g. building sea walls, growing drought-tolerant crops, early-warning systems for storms, storing water for dry seasons.\n\nBoth are needed: mitigation limits how much adaptation will be required.",
  }),
  mcq({
    key: "u2-3-02",
    topic: "2.3",
    difficulty: 2,
    stem: "Which statement about the **Paris Agreement** (2015) is correct?",
    options: [
      "It set legally binding emission targets only for developed countries, as the Kyoto Protocol had done.",
      "It aims to hold warming well below 2°C, pursuing 1.5°C, through nationally determined contributions.",
      "It banned the production of chlorofluorocarbons (CFCs).",
      "It required all countries to reach net-zero emissions by 2030, with penalties for those that fail.",
    ],
    correct: "B",
    why: "the Paris Agreement's temperature goal is well below 2°C, pursuing 1.5°C, with each country setting its own nationally determined contribution",
    answer:
      "**B.** Under the **Paris Agreement** almost every country submits its own **nationally determined contribution (NDC)**, reviewed and meant to be strengthened every five years, towards holding warming **well below 2°C** and pursuing **1.5°C**. Option A describes the Kyoto Protocol's approach; C describes the Montreal Protocol (ozone layer); D is false.",
  }),
  written({
    key: "u2-3-03",
    topic: "2.3",
    difficulty: 4,
    marks: 6,
    term: "Examine",
    stem: "Examine the role of **civil society** and **corporate** stakeholders in responding to global climate change.",
    points: [
      pt("p1", 1, "Civil society (NGOs, youth movements, citizens) raise awareness/pressure governments", ["NGO", "awareness", "pressure"]),
      pt("p2", 1, "… e.g. protests, litigation, lobbying at climate conferences, community energy projects", ["protest", "litigation", "lobbying"]),
      pt("p3", 1, "Corporations: cut emissions (renewables, efficiency), invest in low-carbon technology, net-zero pledges", [
        "net-zero",
        "renewables",
        "technology",
      ]),
      pt("p4", 1, "… but also lobby against regulation / greenwashing / profits from fossil fuels", ["greenwashing", "lobby", "fossil"]),
      pt("p5", 1, "Effectiveness limited without government regulation/carbon pricing; voluntary actions vary", ["regulation", "voluntary", "carbon pricing"]),
      pt("p6", 1, "Judgement on relative importance (e.g. they complement, not replace, state action)", ["complement", "judgement"]),
    ],
    answer:
      "**Civil society** — NGOs, scientists, youth movements and local communities — raises public awareness, monitors government promises, lobbies at international climate conferences, brings legal cases against governments or companies and runs local projects (community energy, tree planting). It has helped push climate change up the political agenda.\n\n**Corporations** can reduce their own emissions, switch to renewable power, develop low-carbon technologies (batteries, electric vehicles) and finance change; many have set net-zero targets. However, some have **lobbied against regulation** or made claims unsupported by action (**greenwashing**), and fossil-fuel firms have a financial interest in slow change.\n\n**Examination.** Both groups influence outcomes, but voluntary action is uneven; their greatest effect comes when they push governments to regulate (e.g. carbon pricing), creating rules that apply to all. They complement rather than replace state and international action.",
  }),
  numeric({
    key: "u2-1-04",
    topic: "2.1",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) country emitted 396 million tonnes of carbon dioxide in one year. Its population was 60 million.\n\nCalculate its carbon dioxide emissions per person, in tonnes.",
    method: "396 ÷ 60 (millions cancel)",
    result: "6.6 tonnes per person",
    keywords: ["396", "60"],
    numericAnswer: { value: 6.6, tolerance: 0.01, unit: "tonnes" },
    answer: String.raw`$$\frac{396 \times 10^6\ \text{t}}{60 \times 10^6\ \text{people}} = 6.6\ \text{t per person}$$
Per-capita figures allow fair comparison between countries of different sizes: a populous country may have high total emissions but low emissions per person, which matters in debates over climate responsibility.`,
  }),
  numeric({
    key: "u2-2-03",
    topic: "2.2",
    difficulty: 2,
    stem: "**Hypothetical data.** A (hypothetical) tide gauge recorded a rise in mean sea level of 96 mm between 1993 and 2023.\n\nCalculate the mean rate of sea-level rise in millimetres per year.",
    method: "96 ÷ (2023 − 1993) = 96 ÷ 30",
    result: "3.2 mm per year",
    keywords: ["96", "30"],
    numericAnswer: { value: 3.2, tolerance: 0.01, unit: "mm/yr" },
    answer: String.raw`$$\frac{96\ \text{mm}}{2023 - 1993} = \frac{96}{30} = 3.2\ \text{mm per year}$$
A local gauge also records vertical land movement (subsidence or uplift), so the **relative** sea-level rise at a place can differ from the global mean.`,
  }),
  written({
    key: "u2-3-04",
    topic: "2.3",
    difficulty: 5,
    marks: 10,
    term: "To what extent",
    stem: "“For the world's poorest countries, adapting to global climate change matters more than mitigating it.” To what extent do you agree?",
    points: bands(
      10,
      "mitigation vs adaptation; low historical and per-capita emissions of the poorest countries; high vulnerability; climate finance and the principle of common but differentiated responsibilities; co-benefits (e.g. renewable energy access)",
      "examples: adaptation needs of low-lying and drought-prone countries (flood defences, drought-tolerant crops, early warnings); mitigation opportunities such as off-grid solar, avoiding deforestation, leapfrogging fossil fuels",
      "balanced judgement: adaptation is the urgent priority for the poorest, but low-carbon development and protecting forests have local and global benefits; the two are linked; responsibility and finance from high emitters; substantiated conclusion",
    ),
    answer:
      "**Case for prioritizing adaptation.** The poorest countries have contributed very little to cumulative greenhouse gas emissions and emit little per person, so cutting their emissions would barely change global warming. Yet they are among the most **vulnerable**: dependent on rain-fed agriculture, with limited infrastructure and resources to recover from floods, droughts and storms. Spending on early-warning systems, water storage, drought-tolerant crops and flood protection saves lives now. The principle of **common but differentiated responsibilities** supports the view that major emitters should lead mitigation.\n\n**Case for mitigation too.** Much future emissions growth will come from developing countries as they grow, so the path they choose matters. **Low-carbon development** can bring immediate co-benefits: off-grid solar power expands energy access faster and more cheaply than grid extension; cleaner cooking fuels reduce indoor air pollution; protecting forests and soils (which are also carbon sinks) supports livelihoods and reduces flood risk. Avoiding lock-in to fossil-fuel infrastructure avoids costly stranded assets later. Some measures — mangrove restoration, agroforestry — are both adaptation and mitigation.\n\n**Finance and power.** In practice, the balance depends on funding: adaptation finance from wealthy countries has historically lagged behind promises, which constrains what the poorest countries can do.\n\n**Judgement.** I largely agree: for the poorest countries, adaptation is the more urgent priority because it addresses immediate threats to lives and livelihoods. But the statement is too absolute — mitigation measures that also serve development (clean energy access, forest protection) are worth pursuing, and the most effective strategies combine both, financed largely by high-emitting countries.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Unit 3: Global resource consumption and security
// ─────────────────────────────────────────────────────────────────────────────
const unit3: QuestionInput[] = [
  numeric({
    key: "u3-1-01",
    topic: "3.1",
    difficulty: 2,
    stem: "**Hypothetical data.** In one year a (hypothetical) country's electricity generation was 250 TWh, of which 65 TWh came from wind and solar power.\n\nCalculate the percentage of electricity generated from wind and solar.",
    method: "65 ÷ 250 × 100",
    result: "26%",
    keywords: ["65", "250"],
    numericAnswer: { value: 26, tolerance: 0.05, unit: "%" },
    answer: String.raw`$$\frac{65}{250} \times 100 = 26\%$$
A changing **energy mix** like this reduces carbon emissions and dependence on imported fuels, but intermittent sources require storage, grid connections or back-up capacity.`,
  }),
  written({
    key: "u3-1-02",
    topic: "3.1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how the growth of the **global middle class** is changing resource consumption.",
    points: [
      pt("p1", 1, "Rising incomes in emerging economies add hundreds of millions of consumers", ["incomes", "emerging", "consumers"]),
      pt("p2", 1, "Greater demand for energy (cars, air conditioning, appliances, travel)", ["energy", "cars", "appliances"]),
      pt("p3", 1, "Dietary change: more meat and dairy → more water, land and feed (nutrition transition)", ["meat", "dairy", "diet"]),
      pt("p4", 1, "Increases pressure on water/land/minerals and emissions / larger ecological footprints", ["pressure", "footprint", "emissions"]),
    ],
    answer:
      "Rising incomes, especially in emerging economies in Asia, are moving hundreds of millions of people into the **middle class**. They buy more **energy-using goods** — vehicles, air conditioners, appliances — and travel more, increasing demand for oil and electricity. Diets change towards **more meat and dairy**, which need far more land, water and feed crops per calorie than plant foods. Together these increase pressure on land, water and minerals and raise greenhouse gas emissions, enlarging the average **ecological footprint** per person.",
  }),
  mcq({
    key: "u3-1-03",
    topic: "3.1",
    difficulty: 2,
    stem: "What does a country's **ecological footprint** measure?",
    options: [
      "The area of forest and farmland inside its borders that can supply resources",
      "The productive land and sea area needed to supply its resources and absorb its wastes",
      "The total carbon dioxide it emits in one year",
      "The area of natural habitat lost to farming, building and resource extraction in the country",
    ],
    correct: "B",
    why: "ecological footprint = productive land and water area needed to produce what is consumed and absorb the wastes (including CO2)",
    answer:
      "**B.** The ecological footprint is the area of **biologically productive land and water** (in global hectares) required to produce the resources a population consumes and absorb its wastes, especially carbon dioxide. When the footprint exceeds **biocapacity** (A), the country is in ecological deficit.",
  }),
  written({
    key: "u3-2-01",
    topic: "3.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain the **water–food–energy nexus**.",
    points: [
      pt("p1", 1, "The three resources are interdependent: using one affects the others", ["interdependent", "linked"]),
      pt("p2", 1, "Food production needs water (irrigation uses most freshwater withdrawals)", ["irrigation", "water for food"]),
      pt("p3", 1, "Food production needs energy (fertilizers, machinery, pumping, processing, transport)", ["fertilizer", "pumping"]),
      pt("p4", 1, "Energy production needs water (cooling thermal power stations, hydroelectric power, fracking, biofuel crops)", [
        "cooling",
        "hydroelectric",
        "biofuel",
      ]),
      pt("p5", 1, "Water supply needs energy (pumping, desalination, treatment)", ["desalination", "treatment"]),
      pt("p6", 1, "So a shortage or policy in one sector creates trade-offs in others, e.g. biofuels raising food prices / drought cutting HEP", [
        "trade-off",
        "biofuels",
        "drought",
      ]),
    ],
    answer:
      "The **nexus** is the idea that water, food and energy security are tightly linked, so they must be managed together.\n\n- **Water for food:** agriculture, mainly irrigation, accounts for the largest share of global freshwater withdrawals.\n- **Energy for food:** fertilizer manufacture, machinery, pumping groundwater, processing, refrigeration and transport all use energy.\n- **Water for energy:** thermal power stations need cooling water; hydroelectric power depends on river flow; biofuel crops need water and land.\n- **Energy for water:** pumping, treatment and especially **desalination** are energy-intensive.\n\nBecause of these links, decisions in one sector cause **trade-offs** in others: growing biofuel crops can compete with food production and raise food prices; a drought can reduce both crop yields and hydroelectric output; cheap electricity for pumping can lead to groundwater depletion.",
  }),
  written({
    key: "u3-2-02",
    topic: "3.2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** ways in which a country can improve its **energy security**.",
    points: [
      pt("p1", 1, "Way 1: diversify energy sources/suppliers (energy mix, several import partners)", ["diversify", "energy mix", "suppliers"]),
      pt("p2", 1, "… reducing the impact if one supply is disrupted (conflict, price shock)", ["disrupt", "price"]),
      pt("p3", 1, "Way 2: develop domestic renewables / improve efficiency and reduce demand / build storage/reserves", [
        "renewables",
        "efficiency",
        "storage",
        "reserves",
      ]),
      pt("p4", 1, "… lowering dependence on imported fuels and exposure to geopolitical risk", ["imports", "geopolitical"]),
    ],
    answer:
      "**Energy security** is reliable access to sufficient, affordable energy.\n\n1. **Diversify sources and suppliers.** A mix of energy types (gas, nuclear, renewables) from several import partners means a disruption from one source — conflict, sanctions, a pipeline failure — has less impact.\n2. **Develop domestic supply and reduce demand.** Investing in home-grown renewables (wind, solar, hydro) and energy efficiency cuts dependence on imported fuels and exposure to volatile world prices; strategic reserves and battery or pumped storage help cover short-term interruptions.",
  }),
  numeric({
    key: "u3-2-03",
    topic: "3.2",
    difficulty: 3,
    stem: "**Hypothetical data.** A (hypothetical) country has an ecological footprint of 5.2 global hectares per person and a biocapacity of 2.0 global hectares per person.\n\nCalculate the ratio of footprint to biocapacity (the number of 'countries' needed to sustain its consumption).",
    method: "5.2 ÷ 2.0",
    result: "2.6",
    keywords: ["5.2", "2.0"],
    numericAnswer: { value: 2.6, tolerance: 0.01 },
    answer: String.raw`$$\frac{5.2}{2.0} = 2.6$$
The country uses 2.6 times what its own ecosystems can regenerate; it runs an **ecological deficit** of 3.2 global hectares per person, met by importing resources, depleting stocks or emitting CO$_2$ beyond what its ecosystems absorb.`,
  }),
  written({
    key: "u3-3-01",
    topic: "3.3",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline the idea of a **circular economy** and give **one** example.",
    points: [
      pt("p1", 1, "Contrasts with a linear 'take–make–dispose' economy", ["linear", "take", "dispose"]),
      pt("p2", 1, "Keeps products and materials in use for as long as possible (reuse, repair, remanufacture, recycle)", ["reuse", "repair", "recycle"]),
      pt("p3", 1, "Designing out waste/pollution and regenerating natural systems", ["design out", "waste", "regenerat"]),
      pt("p4", 1, "Valid example, e.g. phone take-back and refurbishment, clothing rental, composting food waste into fertilizer, deposit-return bottles", [
        "take-back",
        "refurbish",
        "deposit",
      ]),
    ],
    answer:
      "A **circular economy** replaces the **linear** model (take resources, make products, throw them away) with a system that **designs out waste**, keeps products and materials in use through **reuse, repair, remanufacture and recycling**, and regenerates natural systems (e.g. returning nutrients to soil).\n\n*Example:* a manufacturer takes back old phones, refurbishes and resells them, and recovers metals from those beyond repair, reducing demand for newly mined minerals.",
  }),
  written({
    key: "u3-3-02",
    topic: "3.3",
    difficulty: 5,
    marks: 10,
    term: "To what extent",
    stem: "To what extent is the world's population growth a threat to future resource security? Refer to **neo-Malthusian** and **Boserupian** perspectives in your answer.",
    points: bands(
      10,
      "Malthus (population grows faster than food supply, leading to checks); neo-Malthusian views (limits to growth, overshoot); Boserup (population pressure stimulates innovation/intensification); resource optimists; consumption vs population numbers",
      "evidence: Green Revolution yield gains; ecological overshoot; water and land scarcity in specific regions; slowing global fertility; unequal consumption between high- and low-income groups",
      "judgement that the threat depends more on consumption patterns, technology and distribution than on numbers alone; considers scale (global vs local) and time; substantiated conclusion",
    ),
    answer:
      "**Neo-Malthusian view.** Thomas Malthus (1798) argued that population grows faster than food supply, so 'checks' (famine, disease) eventually limit numbers. Neo-Malthusians extend this to all resources: with global population still rising, and the global ecological footprint exceeding Earth's biocapacity, water stress, soil degradation, biodiversity loss and climate change suggest limits are being approached.\n\n**Boserupian view.** Ester Boserup (1965) argued that population pressure drives **innovation**: 'necessity is the mother of invention'. The **Green Revolution** (high-yield varieties, irrigation, fertilizers) allowed food production to outpace population growth in the late 20th century; recycling, renewable energy and efficiency gains continue this.\n\n**Assessment.**\n- The **rate** of population growth is slowing as fertility falls in most regions, so the largest future increases are concentrated in particular countries.\n- **Consumption** matters more than numbers: a person in a high-income country uses many times the resources of a person in a low-income country, so growth of the consuming middle class may pressure resources more than population growth itself.\n- Many shortages are about **access and distribution** (poverty, conflict, governance), not absolute scarcity.\n- Technology has limits: innovation can also create new problems (e.g. fertilizer runoff, emissions).\n\n**Conclusion.** Population growth contributes to resource pressure, especially **locally** where growth is rapid and resources are already stressed, but globally the greater threat lies in rising per-capita consumption and unequal, unsustainable use. Boserupian optimism is justified only if innovation is matched by stewardship.",
  }),
  mcq({
    key: "u3-3-03",
    topic: "3.3",
    difficulty: 1,
    stem: "In which year were the UN **Sustainable Development Goals** (SDGs) adopted?",
    options: ["2000", "2005", "2015", "2020"],
    correct: "C",
    why: "the 17 SDGs were adopted by UN member states in 2015 as part of the 2030 Agenda",
    answer:
      "**C — 2015.** The 17 SDGs were adopted by UN member states in **2015** as the 2030 Agenda for Sustainable Development, replacing the eight Millennium Development Goals adopted in 2000 (A). SDG 6 (clean water), SDG 7 (affordable and clean energy) and SDG 12 (responsible consumption and production) relate directly to resource stewardship.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL extension, Paper 3: Units 4–6 (global interactions). No calculator.
// ─────────────────────────────────────────────────────────────────────────────
const unit4: QuestionInput[] = [
  mcq({
    key: "u4-1-01",
    topic: "4.1",
    difficulty: 2,
    stem: "Which group's members are mostly **emerging economies** and together account for a large share of the world's population, and which has been used to challenge the dominance of the G7?",
    options: ["OPEC", "OECD", "NATO", "BRICS"],
    correct: "D",
    why: "BRICS (originally Brazil, Russia, India and China, later South Africa and others) is a grouping of large emerging economies",
    answer:
      "**D — BRICS.** The grouping began with Brazil, Russia, India and China, was later joined by South Africa and has since admitted further members. Its members are large emerging economies with a large share of world population, and they use the group to coordinate and to push for a greater say in global governance (e.g. the creation of the New Development Bank). OPEC is a group of oil-exporting countries, NATO a military alliance and the OECD mostly high-income economies.",
  }),
  written({
    key: "u4-1-02",
    topic: "4.1",
    difficulty: 4,
    marks: 12,
    term: "Examine",
    stem: "Examine the ways in which **global power** is exercised by different types of state and non-state actors.",
    points: bands(
      12,
      "hard power (military, economic coercion) and soft power (culture, values, diplomacy); sources of power: economic size, military, population, resources, technology; actors: superpowers, emerging powers, intergovernmental organizations, TNCs, NGOs",
      "examples of each type of actor exercising power (e.g. a superpower's military reach and currency, an emerging power's investment in infrastructure abroad, TNCs' influence over trade and data, the UN Security Council veto)",
      "evaluates how power is shared and contested, recognizing that economic and cultural influence can matter as much as military strength and that the balance is shifting; reasoned conclusion",
    ),
    answer:
      "**Forms of power.** Global power is the ability to influence other places and actors. **Hard power** uses military force or economic coercion (sanctions, tariffs); **soft power** works through attraction — culture, values, media, education, diplomacy.\n\n**States.** Superpowers combine large economies, military reach (overseas bases, alliances), a globally used currency and cultural influence (films, music, universities, technology platforms). Emerging powers build influence through trade, investment and lending for infrastructure abroad, and through groups such as BRICS. Permanent members of the UN Security Council have a **veto**.\n\n**Intergovernmental organizations.** The IMF, World Bank and WTO set rules for finance and trade; lending conditions can shape national policies. The EU exercises regulatory power beyond its borders.\n\n**Non-state actors.** Large **TNCs** control global supply chains, technology and data, often with revenues larger than many states' GDP; **NGOs** and social movements shape agendas on human rights and climate; financial markets discipline governments' borrowing.\n\n**Examination.** Power is increasingly **multipolar** and **networked**: economic and technological power can matter as much as military strength, and states, IGOs and corporations depend on each other. Yet power remains concentrated in a few countries and firms, and smaller states have limited influence except through collective action.",
  }),
  written({
    key: "u4-2-01",
    topic: "4.2",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain the importance of **remittances** as a global financial flow for low- and middle-income countries.",
    points: [
      pt("p1", 1, "Remittances: money sent home by migrants to families in their country of origin", ["migrants", "sent home"]),
      pt("p2", 1, "For many countries they are larger than aid / a large share of GDP / a major source of foreign exchange", [
        "aid",
        "GDP",
        "foreign exchange",
      ]),
      pt("p3", 1, "Go directly to households: spent on food, education, health, housing (reduce poverty)", ["households", "education", "poverty"]),
      pt("p4", 1, "More stable than FDI during crises / counter-cyclical", ["stable", "crisis"]),
      pt("p5", 1, "Can fund small businesses / multiplier effects in local economy", ["business", "multiplier"]),
      pt("p6", 1, "Drawbacks: dependency, transfer fees, inequality between migrant and non-migrant households, loss of workers (brain drain)", [
        "dependency",
        "fees",
        "brain drain",
      ]),
    ],
    answer:
      "**Remittances** are money transfers sent by migrants to families in their home countries.\n\n- **Scale:** for low- and middle-income countries as a whole they are a larger flow than official development aid, and in some small economies they are a large share of GDP and the main source of foreign exchange.\n- **Direct impact:** they go straight to households and are spent on food, school fees, health care and housing, reducing poverty.\n- **Stability:** they tend to be more stable than private investment and may even rise when the home country suffers a crisis.\n- **Development:** savings can fund small businesses and farm improvements, with multiplier effects in the local economy.\n\n**Drawbacks:** households may become dependent on them; transfer fees absorb part of the value; they can widen inequality between households with and without migrants; and the emigration that produces them can remove skilled workers.",
  }),
  written({
    key: "u4-2-02",
    topic: "4.2",
    difficulty: 4,
    marks: 16,
    term: "To what extent",
    stem: "To what extent have **global networks and flows** of goods, money, people and data benefited all places equally?",
    points: bands(
      16,
      "types of flows (trade, FDI, aid, remittances, migration, data/information); measures of global interaction (e.g. KOF globalization index); core–periphery patterns; the 'switched-off' places with limited participation",
      "detailed examples of places that have gained (export-oriented manufacturing hubs, global cities, data hubs) and places left behind or harmed (landlocked or conflict-affected states, deindustrialized regions in high-income countries, digital divide)",
      "well-developed judgement that benefits are uneven at every scale, considering perspectives (TNCs, workers, consumers, governments), the role of power and physical factors; identifies winners and losers within as well as between countries",
    ),
    answer:
      "**Flows and networks.** Globalization has intensified flows of goods (trade), capital (FDI, loans, remittances), people (migration, tourism) and information (internet, data). Composite indices such as the **KOF** index show that participation is highly uneven.\n\n**Places that benefited.** Countries that integrated into global supply chains — for example, coastal manufacturing regions in East and South-East Asia — gained investment, jobs and rapid growth; **global cities** became control centres for finance and services; consumers worldwide gained cheaper goods; remittances support many households in lower-income countries.\n\n**Places that gained less or lost.** Some landlocked, conflict-affected or poorly connected states remain largely 'switched off', with little FDI and dependence on primary commodity exports vulnerable to price swings. Within high-income countries, deindustrialized regions lost manufacturing jobs to lower-cost locations. A **digital divide** separates connected urban areas from rural ones. Flows of skilled migrants can cause brain drain.\n\n**Within-country inequality.** Even in fast-growing economies, benefits concentrated in coastal cities and among skilled workers, while rural interiors lagged; workers in export factories may face low wages and poor conditions.\n\n**Conclusion.** Global flows have increased total wealth and lifted many out of poverty, but benefits have been **highly uneven**, shaped by location, infrastructure, governance, and the power of TNCs and states to set the terms of exchange. They have not benefited all places equally; the gap between connected cores and peripheries has in some cases widened.",
  }),
  written({
    key: "u4-3-01",
    topic: "4.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **physical geography** can influence a place's participation in global interactions.",
    points: [
      pt("p1", 1, "Landlocked states face higher transport costs/depend on neighbours for port access", ["landlocked", "port"]),
      pt("p2", 1, "… reducing trade competitiveness", ["trade", "competitive"]),
      pt("p3", 1, "Rugged relief/mountains, deserts or dense forest raise infrastructure costs and isolate places", ["relief", "mountains", "isolate"]),
      pt("p4", 1, "Natural resources (oil, minerals) attract investment and trade connections", ["resources", "oil", "minerals"]),
      pt("p5", 1, "Coastal locations, natural harbours, strategic straits or time zones aid connectivity (e.g. shipping hubs)", [
        "coastal",
        "harbour",
        "strait",
      ]),
      pt("p6", 1, "Hazards/climate can deter investment or disrupt supply chains", ["hazard", "climate", "disrupt"]),
    ],
    answer:
      "- **Access to the sea.** Landlocked countries depend on neighbours' roads, railways and ports, so trade costs are higher and slower, reducing their competitiveness.\n- **Relief and terrain.** Mountains, deserts and dense forests make infrastructure expensive and isolate communities from global networks.\n- **Resources.** Oil, gas and minerals attract FDI and trade links, though this may create dependence on a narrow range of exports.\n- **Strategic location.** Deep natural harbours, positions on major shipping lanes or straits, and time zones suited to global business help places become hubs.\n- **Hazards and climate.** Frequent earthquakes, cyclones or extreme heat can raise costs, deter investment and disrupt supply chains.\n\nPhysical factors influence but do not determine participation: investment in infrastructure and policy can overcome many of them.",
  }),
  written({
    key: "u4-3-02",
    topic: "4.3",
    difficulty: 4,
    marks: 12,
    term: "Examine",
    stem: "Examine why some governments and groups **resist** global interactions.",
    points: bands(
      12,
      "forms of resistance: trade protectionism (tariffs, quotas), migration controls, restrictions on foreign ownership or media, anti-globalization movements, nationalism; motives: sovereignty, protecting jobs and industries, cultural identity, security, environmental and labour concerns",
      "examples (e.g. tariffs on imports, the 2016 UK referendum to leave the EU, internet censorship, local campaigns against TNCs, resource nationalism)",
      "weighs economic, political and cultural motives and their consequences; considers who gains and loses from resistance; reaches a substantiated conclusion",
    ),
    answer:
      "**Economic motives.** Governments may protect domestic industries and jobs from cheaper imports with **tariffs and quotas**, or limit foreign ownership of land and resources (resource nationalism) so that profits stay at home. Workers in industries hit by offshoring may support such measures.\n\n**Political motives.** Concerns about **sovereignty** — the ability of a state to make its own laws — motivated, for example, the UK's 2016 referendum vote to leave the EU. Some governments restrict internet content and foreign media to maintain control.\n\n**Cultural motives.** Groups may resist the spread of global brands, media and language to protect **cultural identity** and local traditions.\n\n**Social and environmental motives.** Anti-globalization movements criticize TNCs for poor working conditions, tax avoidance and environmental damage, and argue that global trade rules favour powerful countries.\n\n**Examination.** Resistance can protect vulnerable industries and identities, but it can also raise consumer prices, provoke retaliation and reduce investment. The strength of resistance depends on how unequally the gains from globalization have been shared. Resistance is therefore best seen as a response to uneven outcomes rather than a rejection of all global interaction.",
  }),
  mcq({
    key: "u4-3-03",
    topic: "4.3",
    difficulty: 1,
    stem: "Which of the following is an example of **trade protectionism**?",
    options: [
      "A government places a 25% tax on imported steel.",
      "Two countries sign a free trade agreement removing tariffs.",
      "A government removes quotas on imported cars.",
      "A government offers tax breaks to attract foreign direct investment.",
    ],
    correct: "A",
    why: "a tariff (tax on imports) protects domestic producers by making imports dearer",
    answer:
      "**A.** A **tariff** on imported steel raises the price of foreign steel, protecting domestic producers from competition: a form of resistance to global interactions. Options B and C reduce barriers to trade (liberalization), and D encourages global investment.",
  }),
];

const unit5: QuestionInput[] = [
  mcq({
    key: "u5-1-01",
    topic: "5.1",
    difficulty: 2,
    stem: "Which **three** dimensions are combined in the UN **Human Development Index (HDI)**?",
    options: [
      "Life expectancy, education (years of schooling) and GNI per capita",
      "GDP per capita, adult literacy rate and access to clean water and sanitation",
      "Infant mortality, gender equality and carbon emissions",
      "Life expectancy, employment rate and internet access",
    ],
    correct: "A",
    why: "HDI combines a long and healthy life (life expectancy), knowledge (mean and expected years of schooling) and a decent standard of living (GNI per capita, PPP)",
    answer:
      "**A.** The HDI, published by the UNDP, combines indicators of a **long and healthy life** (life expectancy at birth), **knowledge** (mean years of schooling for adults and expected years of schooling for children) and a **decent standard of living** (GNI per capita at purchasing power parity). It ranges from 0 to 1.",
  }),
  written({
    key: "u5-1-02",
    topic: "5.1",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **microfinance** can create development opportunities, and **one** of its limitations.",
    points: [
      pt("p1", 1, "Microfinance: small loans/savings/insurance for people without access to formal banks (often without collateral)", [
        "small loans",
        "collateral",
        "banks",
      ]),
      pt("p2", 1, "Allows people to start/expand small businesses (livestock, tools, market stalls)", ["business", "start"]),
      pt("p3", 1, "Often targeted at women: increases women's income and decision-making power (empowerment)", ["women", "empower"]),
      pt("p4", 1, "Group lending/peer support builds social capital and repayment", ["group", "peer"]),
      pt("p5", 1, "Income spent on education/health → long-term human development", ["education", "health"]),
      pt("p6", 1, "Limitation: high interest rates/over-indebtedness; limited effect on structural poverty; loans used for consumption", [
        "interest",
        "debt",
        "limitation",
      ]),
    ],
    answer:
      "**Microfinance** provides small loans, savings accounts and insurance to people — often poor and without collateral — who cannot use conventional banks.\n\n**Opportunities.** Small loans let people buy livestock, tools or stock for a market stall, creating self-employment and income. Many schemes lend mainly to **women**, raising their income and bargaining power in the household. Group lending, where members guarantee each other, builds mutual support and high repayment. Extra income is often spent on children's schooling and health care, so benefits extend to the next generation.\n\n**Limitation.** Interest rates can be high, and some borrowers take several loans and become **over-indebted**. Evidence suggests microfinance helps individuals manage risk but rarely transforms whole economies without wider investment in jobs, infrastructure and services.",
  }),
  written({
    key: "u5-2-01",
    topic: "5.2",
    difficulty: 3,
    marks: 4,
    term: "Distinguish",
    stem: "Distinguish between **cultural diffusion** and **glocalization**.",
    points: [
      pt("p1", 1, "Cultural diffusion: the spread of cultural traits (ideas, language, food, music, beliefs) from one place to another", [
        "spread",
        "cultural traits",
      ]),
      pt("p2", 1, "… via migration, media, trade, tourism, the internet", ["media", "migration", "internet"]),
      pt("p3", 1, "Glocalization: adapting global products/services/ideas to suit local cultures, tastes and laws", ["adapt", "local"]),
      pt("p4", 1, "… e.g. a fast-food chain changing its menu for local dietary or religious customs", ["menu", "example"]),
    ],
    answer:
      "**Cultural diffusion** is the spread of cultural traits — language, food, music, religion, fashion, values — from their place of origin to other places, through migration, trade, media, tourism and the internet. It can lead to more similar cultures (homogenization) or to mixing (hybridization).\n\n**Glocalization** is the deliberate adaptation of a global product, service or idea to local culture, tastes and regulations; for example, a global fast-food chain offering vegetarian items or omitting beef or pork where local dietary or religious customs require it. It is one way global and local influences combine.",
  }),
  written({
    key: "u5-2-02",
    topic: "5.2",
    difficulty: 5,
    marks: 16,
    term: "Discuss",
    stem: "Discuss the view that global interactions are leading to a **loss of cultural diversity**.",
    points: bands(
      16,
      "cultural homogenization (Westernization, 'cultural imperialism'), heterogenization, hybridization and glocalization; processes: TNC branding, global media and streaming, migration and diaspora, tourism, English as a global language; threats to minority languages and Indigenous cultures",
      "detailed examples: spread of global brands and media; endangered languages; hybrid cultural forms created by diasporas; non-Western cultural exports reaching global audiences; revival movements",
      "balanced, nuanced judgement: some aspects homogenize while others diversify; power relations shape which cultures spread; the local is often reasserted; conclusion considers scale and perspective",
    ),
    answer:
      "**Evidence for loss of diversity.** Global brands, Hollywood films, streaming platforms and social media spread similar consumer products and values worldwide; critics describe this as **cultural imperialism**, reflecting the economic and media power of a few countries and TNCs. English dominates business, science and the internet, and many minority languages are endangered as younger generations shift to national or global languages. Tourism can commodify traditions into performances for visitors.\n\n**Evidence against.** Cultural flows are not one-way. Non-Western cultural products — music, television series, cuisine — have achieved global audiences. **Migration and diasporas** create new **hybrid** cultures (fusion food, music, languages). **Glocalization** means global products adapt to local tastes. Global networks also help minority groups connect and revive languages and traditions; recognition of Indigenous rights has grown.\n\n**Discussion.** Whether diversity is lost depends on scale: at the global scale, more cultures are *visible* than ever; at the local scale, some distinctive practices and languages are disappearing. Power matters: cultures backed by economic and media strength spread more easily, while minority cultures without state support are most at risk. Some governments protect culture through quotas or language laws.\n\n**Conclusion.** Global interactions both homogenize and diversify. The more accurate view is **transformation** — through hybridization and uneven exchange — rather than simple loss, though specific minority languages and cultures face real and sometimes irreversible decline.",
  }),
  written({
    key: "u5-3-01",
    topic: "5.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **Fairtrade** certification aims to help producers in low-income countries.",
    points: [
      pt("p1", 1, "Guaranteed minimum price that covers costs of sustainable production", ["minimum price"]),
      pt("p2", 1, "… protecting producers from falling world commodity prices", ["commodity prices", "protect"]),
      pt("p3", 1, "Fairtrade premium paid to cooperatives for community projects (schools, clinics, water)", ["premium", "community"]),
      pt("p4", 1, "Standards on labour rights (no forced/child labour) and environmental practices", ["child labour", "standards", "environment"]),
      pt("p5", 1, "Supports democratic cooperatives/longer-term trading relationships", ["cooperative", "long-term"]),
      pt("p6", 1, "Limitation: small share of global trade; certification costs; benefits may not reach hired labourers", [
        "limitation",
        "small share",
        "certification cost",
      ]),
    ],
    answer:
      "**Fairtrade** is a certification scheme for products such as coffee, cocoa, tea and bananas.\n\n- **Minimum price:** buyers pay at least a set price covering the cost of sustainable production, protecting farmers when world prices fall.\n- **Fairtrade premium:** an extra sum goes to the producers' cooperative, which decides democratically how to spend it — on schools, clinics, clean water or productivity improvements.\n- **Standards:** certified producers must meet rules on labour (no forced or child labour) and on environmental practices.\n- **Stronger position:** cooperatives and longer-term contracts give small farmers more bargaining power in global supply chains.\n\n**Limitations:** Fairtrade products are a small share of world trade; certification is costly for the poorest producers; and benefits may go to farm owners more than to hired workers. It is a local response by consumers, producers and civil society to inequalities in global trade.",
  }),
  written({
    key: "u5-3-02",
    topic: "5.3",
    difficulty: 4,
    marks: 12,
    term: "Examine",
    stem: "Examine the ways in which **local communities** respond to the arrival of foreign investment and global culture.",
    points: bands(
      12,
      "range of responses: acceptance and adaptation, resistance (protest, boycotts, legal action), hybridization, localism (buy-local, local currencies, heritage protection); role of civil society, NGOs and local government",
      "located examples of communities welcoming investment for jobs, and of communities protesting land acquisition, mining, or large retail chains; revival of local food or language movements",
      "evaluates why responses differ (power, wealth, cultural values, how benefits are shared), and whether local action can change outcomes; reasoned conclusion",
    ),
    answer:
      "**Acceptance and adaptation.** Many communities welcome foreign investment for jobs, infrastructure and tax revenue; local firms become suppliers to TNCs, and local culture absorbs global influences in hybrid forms.\n\n**Resistance.** Where investment threatens land, water or livelihoods — large mines, plantations, dams — communities and civil society organizations may protest, take legal action or campaign internationally, sometimes with NGO support. Some towns have opposed large global retail chains to protect small local shops and town-centre character.\n\n**Localism and protection.** Movements promote buying local food, local currencies, heritage protection and language revival, asserting local identity in response to globalization.\n\n**Why responses differ.** Responses depend on how benefits and costs are distributed (jobs vs displacement), the community's **power** (legal rights, organization, media attention), cultural values, and the state's stance: governments keen for investment may side with TNCs.\n\n**Conclusion.** Local responses range from embracing to rejecting global interactions; most communities select and adapt. Local action can change outcomes — renegotiated benefits, cancelled projects — especially when linked to wider networks, but communities with little power often have limited influence.",
  }),
  mcq({
    key: "u5-3-03",
    topic: "5.3",
    difficulty: 2,
    stem: "Residents of a (hypothetical) small town campaign against a global supermarket chain opening a store, and set up a weekly market selling only food grown within 50 km. Which term best describes this response?",
    options: ["Glocalization", "Localism", "Cultural imperialism", "Outsourcing"],
    correct: "B",
    why: "localism is a deliberate preference for local production, businesses and control, as a response to globalization",
    answer:
      "**B — localism.** The community is resisting a global retailer and promoting local production and consumption. *Glocalization* (A) is the adaptation of a global product to local tastes; *cultural imperialism* (C) is the dominance of a powerful culture over others; *outsourcing* (D) is a firm contracting work to another company, often abroad.",
  }),
  written({
    key: "u5-1-03",
    topic: "5.1",
    difficulty: 4,
    marks: 16,
    term: "Evaluate",
    stem: "Evaluate the effectiveness of **international aid** in creating development opportunities.",
    points: bands(
      16,
      "types of aid (bilateral, multilateral, NGO; emergency vs long-term development; tied aid; loans vs grants); development opportunities (health, education, infrastructure, empowerment); measures of development (HDI, poverty, inequality)",
      "detailed examples: vaccination and disease-control programmes, education and infrastructure projects, emergency relief after disasters; cases of dependency, corruption, debt or inappropriate top-down projects",
      "well-supported evaluation of conditions for effectiveness (local ownership, good governance, appropriate technology, untied aid, long-term commitment) compared with other routes (trade, FDI, remittances, domestic policy); clear conclusion",
    ),
    answer:
      "**How aid can create opportunities.** Aid finances things poor governments cannot afford: **health** programmes (vaccination, malaria bed nets, HIV treatment) that raise life expectancy and productivity; **education**, especially for girls; **infrastructure** such as roads, water supply and electricity; and **emergency relief** after disasters. Multilateral agencies and NGOs also bring expertise.\n\n**Evidence of success.** Global health initiatives have contributed to large falls in child mortality and deaths from several diseases; small, community-based projects (wells, irrigation, microfinance) often deliver lasting benefits when local people help design and run them.\n\n**Limitations.**\n- **Tied aid** must be spent on goods and services from the donor, reducing value and serving donor interests.\n- Large **top-down** projects may be inappropriate (e.g. technology that cannot be maintained locally).\n- **Corruption and weak governance** divert funds; aid can prop up unaccountable governments.\n- **Dependency**: long-term reliance can undermine local markets (e.g. free food aid depressing farmers' prices) and tax-raising.\n- **Loans** can add to debt burdens.\n- Aid is small compared with other flows — remittances, trade and FDI are larger for many countries.\n\n**Evaluation.** Aid is most effective when it is **untied**, long-term, aligned with national priorities, targeted at health and education, and locally owned; it is least effective when driven by donors' political or commercial interests. It creates opportunities but cannot substitute for good governance, fair trade rules and domestic investment.\n\n**Conclusion.** International aid is a useful but limited tool: effective in specific sectors (especially health) and in emergencies, but its wider development impact depends on how it is given and on the recipient's institutions.",
  }),
];

const unit6: QuestionInput[] = [
  written({
    key: "u6-1-01",
    topic: "6.1",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how a disruption in one place can spread through **global supply chains** to affect other places.",
    points: [
      pt("p1", 1, "Production is fragmented across many countries (components made in different places)", ["fragmented", "components"]),
      pt("p2", 1, "Just-in-time systems keep low stocks, so a delay quickly halts assembly elsewhere", ["just-in-time", "stocks"]),
      pt("p3", 1, "Concentration of key inputs (e.g. microchips) in a few places creates single points of failure", ["concentration", "single point", "chips"]),
      pt("p4", 1, "Trigger examples: natural hazard, pandemic, conflict, blocked shipping route, cyber-attack", ["hazard", "pandemic", "conflict", "shipping"]),
      pt("p5", 1, "Effects: shortages, rising prices/inflation, factory closures and job losses far from the event", ["shortages", "prices", "job losses"]),
      pt("p6", 1, "Responses: diversifying suppliers, reshoring/near-shoring, holding larger stocks (resilience)", ["diversify", "reshoring", "resilience"]),
    ],
    answer:
      "Modern manufacturing is spread across many countries: components are made in different places and shipped for assembly. To cut costs, firms use **just-in-time** systems with minimal stocks. Many key inputs, such as advanced microchips, are produced in only a few locations.\n\nSo when a **disruption** occurs — an earthquake or flood that closes factories, a pandemic lockdown, a conflict, a blocked shipping route or a cyber-attack — missing parts quickly halt production in distant factories. The effects spread as **shortages, higher prices, lost output and job losses** in places not directly affected.\n\nFirms and governments respond by **diversifying suppliers**, moving production closer to home (near-shoring or reshoring) and holding larger stocks — increasing resilience at higher cost.",
  }),
  written({
    key: "u6-1-02",
    topic: "6.1",
    difficulty: 4,
    marks: 16,
    term: "To what extent",
    stem: "To what extent does increasing global interconnectedness make the world **less** safe?",
    points: bands(
      16,
      "geopolitical and economic risks of interconnectedness: financial contagion, supply-chain fragility, cyber-attacks, terrorism and organized crime using global networks, spread of disease, trade wars; and stabilizing effects: interdependence discouraging conflict, cooperation through IGOs, rapid information and aid",
      "examples: global financial crisis spreading from one country's housing market; pandemics spread by air travel; ransomware attacks on infrastructure; global cooperation in disaster response and vaccine development",
      "nuanced judgement weighing new risks against increased capacity to respond; considers who is exposed (unequal vulnerability); reaches a supported conclusion",
    ),
    answer:
      "**Ways interconnectedness increases risk.**\n- **Financial contagion:** the 2007–08 global financial crisis began in the US housing and banking sector and spread through global financial networks, causing recessions worldwide.\n- **Disease:** air travel allows infectious diseases to spread globally within days, as the COVID-19 pandemic showed.\n- **Supply-chain fragility:** dependence on distant suppliers exposes countries to shortages after distant hazards or conflicts.\n- **Cyber risks:** digital networks allow attacks on banks, hospitals and energy grids from anywhere.\n- **Transnational crime and terrorism** use global communications, finance and travel.\n\n**Ways interconnectedness increases safety.**\n- Economic **interdependence** raises the cost of war between trading partners.\n- International organizations coordinate responses (e.g. disease surveillance, humanitarian aid, financial rescue packages).\n- Rapid information sharing and scientific cooperation — such as global collaboration on vaccines — speed responses.\n- Trade allows food and goods to be imported when local production fails.\n\n**Evaluation.** Interconnectedness changes the **nature** of risk: it spreads shocks faster and further, but also increases the capacity to respond. Exposure is unequal: wealthy states can buffer shocks, while poorer states with less resilience suffer more.\n\n**Conclusion.** The world is not simply less safe; rather, risks have become **systemic** and global. Whether interconnectedness makes the world safer depends on building resilience and cooperation at the same pace as connections.",
  }),
  mcq({
    key: "u6-2-01",
    topic: "6.2",
    difficulty: 2,
    stem: "Which international agreement is widely regarded as successful in reducing a **transboundary environmental risk** by phasing out ozone-depleting substances such as CFCs?",
    options: ["Kyoto Protocol", "Paris Agreement", "Ramsar Convention", "Montreal Protocol"],
    correct: "D",
    why: "the Montreal Protocol (1987) phased out CFCs and other ozone-depleting substances",
    answer:
      "**D — the Montreal Protocol** (1987). It phased out the production of chlorofluorocarbons (CFCs) and other ozone-depleting substances, and the stratospheric ozone layer is now slowly recovering. It succeeded partly because substitutes were available and relatively few producers were involved. The Kyoto Protocol and Paris Agreement concern greenhouse gases; the Ramsar Convention protects wetlands.",
  }),
  written({
    key: "u6-2-02",
    topic: "6.2",
    difficulty: 4,
    marks: 12,
    term: "Examine",
    stem: "Examine why **transboundary pollution** is difficult to manage.",
    points: bands(
      12,
      "definition (pollution that originates in one country and causes harm in another); types: air pollution and acid deposition, haze, river pollution, marine plastics, radioactive fallout; the polluter-pays principle; sovereignty",
      "examples such as smoke haze from land clearing and peat fires affecting neighbouring countries in South-East Asia, radioactive fallout from the 1986 Chernobyl accident spreading across Europe, pollution carried down shared rivers, plastics in ocean gyres",
      "evaluates obstacles (sovereignty, economic interests, unequal power, proof of source, enforcement) and the conditions for success (regional agreements, shared monitoring); reasoned conclusion",
    ),
    answer:
      "**Transboundary pollution** originates in one state and harms others — e.g. smoke **haze** from forest and peatland fires in South-East Asia spreading to neighbouring countries, radioactive fallout from the **1986 Chernobyl** accident deposited across Europe, industrial pollution carried down shared rivers, and plastics accumulating in ocean gyres.\n\n**Why it is difficult to manage.**\n- **Sovereignty:** the affected state cannot regulate activities in the polluting state; solutions require cooperation.\n- **Economic interests:** polluting activities (land clearing for plantations, coal power, industry) bring jobs and revenue; the polluting state bears the costs of control but other states gain the benefits.\n- **Proof and responsibility:** it can be hard to trace pollution to specific sources and to apportion blame, especially for diffuse pollutants such as plastics.\n- **Enforcement:** international agreements often lack penalties; governments may lack the capacity to enforce national laws on remote land or many small polluters.\n- **Unequal power:** stronger states can resist pressure from weaker neighbours.\n\n**Examination.** Success is possible where there is scientific consensus, shared monitoring, affordable alternatives and regional institutions (agreements on acid rain and ozone are examples). Management is hardest where the pollution is linked to livelihoods and where sources are many and diffuse.",
  }),
  written({
    key: "u6-3-01",
    topic: "6.3",
    difficulty: 3,
    marks: 6,
    term: "Explain",
    stem: "Explain how **civil society** organizations can help build local and global resilience to risks.",
    points: [
      pt("p1", 1, "Civil society: NGOs, community groups, faith groups, charities, social movements (not government or business)", [
        "NGO",
        "community",
        "charities",
      ]),
      pt("p2", 1, "Provide services where the state is weak (disaster relief, health, education)", ["relief", "services"]),
      pt("p3", 1, "Local knowledge and trust: community-based disaster preparedness, early warnings", ["local knowledge", "trust", "preparedness"]),
      pt("p4", 1, "Advocacy: pressure governments/corporations to act on risks (climate, human rights)", ["advocacy", "pressure"]),
      pt("p5", 1, "Networks share information and mobilize resources globally (crowdfunding, volunteers)", ["networks", "mobilize", "crowdfunding"]),
      pt("p6", 1, "Limitations: funding, coverage, coordination, accountability", ["limitation", "funding", "coordination"]),
    ],
    answer:
      "**Civil society** includes NGOs, community organizations, faith groups, charities and social movements that are independent of government and business.\n\n- **Service provision:** they deliver emergency relief, health care and education where states lack capacity.\n- **Local knowledge and trust:** community groups organize preparedness — evacuation plans, early-warning networks, savings groups — that help people absorb and recover from shocks.\n- **Advocacy:** they pressure governments and corporations to reduce risks (e.g. climate policies, safety standards, human rights) and hold them accountable.\n- **Global networks:** international NGOs and online networks spread information, mobilize volunteers and funds quickly across borders.\n\n**Limitations:** civil society depends on donations and funding, may reach only some areas, can duplicate effort without coordination and is not always accountable to the communities it serves.",
  }),
  written({
    key: "u6-3-02",
    topic: "6.3",
    difficulty: 5,
    marks: 16,
    term: "Evaluate",
    stem: "Evaluate the effectiveness of **global governance** in building resilience to global risks.",
    points: bands(
      16,
      "global governance: international organizations (UN agencies, WHO, IMF, World Bank, WTO), treaties and conventions, and the role of states and non-state actors; resilience to environmental, health, economic and geopolitical risks",
      "examples of success (Montreal Protocol on ozone, coordinated disaster and humanitarian response, IMF emergency lending) and of limits (slow progress on emissions, uneven vaccine distribution during COVID-19, Security Council vetoes blocking action)",
      "balanced evaluation considering sovereignty, power imbalances, funding, enforcement and the role of regional and local action; substantiated conclusion on when global governance is effective",
    ),
    answer:
      "**What global governance does.** International organizations, treaties and forums coordinate responses to risks that no single state can manage: the WHO for health, the UNFCCC for climate, the IMF and World Bank for financial crises and development, UN agencies for humanitarian aid.\n\n**Successes.** The **Montreal Protocol** phased out ozone-depleting substances and the ozone layer is recovering. Humanitarian agencies coordinate disaster relief; the IMF provides emergency loans that can stop financial crises spreading; disease surveillance networks detect outbreaks early.\n\n**Limitations.**\n- **Sovereignty:** states can ignore or leave agreements; most treaties lack strong enforcement.\n- **Power imbalances:** decision-making reflects the interests of powerful states (e.g. voting shares in financial institutions, Security Council vetoes that can block action).\n- **Collective action problems:** climate action has been slow because costs are immediate and local while benefits are long-term and global; nationally determined contributions under the Paris Agreement are voluntary.\n- **Inequality:** during the COVID-19 pandemic, vaccine distribution was highly unequal despite global initiatives.\n\n**Evaluation.** Global governance is most effective when the problem is well defined, solutions are affordable, few actors are involved and benefits are clear to all states (as for ozone). It is least effective for complex, diffuse risks bound up with economic interests (climate, pollution, conflict). Resilience also depends on national and local capacity: global governance works best when it supports, rather than replaces, strong states and civil society.\n\n**Conclusion.** Global governance has made a real but uneven contribution to resilience; its effectiveness is limited by sovereignty and power, and it must be combined with action at every scale.",
  }),
  mcq({
    key: "u6-1-03",
    topic: "6.1",
    difficulty: 2,
    stem: "What is meant by **financial contagion**?",
    options: [
      "The spread of a disease along international business and travel networks",
      "Rising prices across a country caused by a shortage of one imported product, such as oil",
      "A government's decision to stop trading with a rival state, and the losses it causes",
      "A financial crisis in one country spreading to others via trade and financial links",
    ],
    correct: "D",
    why: "contagion is the transmission of a financial shock from one economy to others through interconnected markets",
    answer:
      "**D.** Because banks, investors and trade networks are globally interconnected, losses or panic in one country's financial system can spread rapidly to others — as in the 2007–08 global financial crisis, which began in the US housing and banking sector and triggered recessions worldwide. It is one of the geopolitical and economic risks of global interactions.",
  }),
  mcq({
    key: "u6-3-03",
    topic: "6.3",
    difficulty: 2,
    stem: "A (hypothetical) electronics company moves the manufacture of key components from distant suppliers back to factories in its home country to reduce the risk of supply disruption. What is this called?",
    options: ["Reshoring", "Offshoring", "Outsourcing", "Deindustrialization"],
    correct: "A",
    why: "reshoring means bringing production back to the company's home country, often to increase supply-chain resilience",
    answer:
      "**A — reshoring.** It reverses **offshoring** (B: moving production abroad). Reshoring or near-shoring can increase resilience to global risks such as blocked shipping routes or conflicts, but usually at higher cost. *Outsourcing* (C) is contracting work to another firm; *deindustrialization* (D) is the long-term decline of manufacturing.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [
  ...optionA,
  ...optionB,
  ...optionC,
  ...optionD,
  ...optionE,
  ...optionF,
  ...optionG,
  ...unit1,
  ...unit2,
  ...unit3,
  ...unit4,
  ...unit5,
  ...unit6,
];

const file: SubjectQuestions = { subject: "geography", questions };
export default file;
