import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Geography (first assessment 2019): key terms, processes, models and formulae for the
// options (A–G), the SL/HL core (units 1–3) and the HL extension (units 4–6, HL only).
// Keys use "geography-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

/** HL-extension topics (units 4–6) are HL only; everything else is studied at both levels. */
const card = (key: string, topicCode: string, front: string, back: string): FlashcardInput => ({
  key: `geography-fc-${key}`,
  levels: /^[456]/.test(topicCode) ? HL : BOTH,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Option A: Freshwater
  card(
    "a-discharge",
    "A.1",
    "How is river **discharge** calculated, and in what unit?",
    String.raw`$Q = A \times v$: cross-sectional area (m$^2$, width × mean depth) × mean velocity (m s$^{-1}$), giving **cumecs** (m$^3$ s$^{-1}$).`,
  ),
  card(
    "a-hydrograph",
    "A.1",
    "Name four parts of a **storm hydrograph**.",
    "- **Rising limb** (discharge increasing)\n- **Peak discharge**\n- **Lag time**: peak rainfall to peak discharge\n- **Falling (recession) limb**; plus **baseflow** (groundwater contribution) beneath storm flow.",
  ),
  card(
    "a-hydraulic-radius",
    "A.1",
    "What is the **hydraulic radius**, and what does a high value show?",
    String.raw`$R = \dfrac{\text{cross-sectional area}}{\text{wetted perimeter}}$. A high value means less of the water touches the bed and banks, so less energy is lost to friction: an **efficient** channel.`,
  ),
  card(
    "a-recurrence",
    "A.2",
    "Formula for a flood's **recurrence interval**.",
    String.raw`$RI = \dfrac{n + 1}{m}$, where $n$ = years of record and $m$ = rank of the flood (1 = largest). Annual probability $= 1/RI$.`,
  ),
  card(
    "a-urban-flood",
    "A.2",
    "Four ways **urbanization** increases flood risk.",
    "Impermeable surfaces (less infiltration), drains and sewers (faster transfer), less vegetation (less interception), building on floodplains and constricting channels (less storage). Result: shorter lag time, higher peaks.",
  ),
  card(
    "a-falkenmark",
    "A.3",
    "Falkenmark thresholds of renewable water per person per year.",
    String.raw`Below 1,700 m$^3$: **water stress**; below 1,000 m$^3$: **water scarcity**; below 500 m$^3$: **absolute scarcity**.`,
  ),
  card(
    "a-eutrophication",
    "A.3",
    "Sequence of **eutrophication**.",
    "Nutrient input (nitrates, phosphates) → algal bloom → light blocked, plants die → bacteria decompose dead algae, using oxygen → hypoxia → fish die.",
  ),
  card(
    "a-iwrm",
    "A.4",
    "What is **integrated water resource management (IWRM)**?",
    "Managing water, land and related resources across a whole drainage basin in a coordinated way, involving all stakeholders, to balance economic, social and environmental needs.",
  ),

  // ── Option B: Oceans and coastal margins
  card(
    "b-el-nino",
    "B.1",
    "What happens during **El Niño**?",
    "Trade winds weaken or reverse; warm water moves east across the Pacific; upwelling off Peru weakens (fisheries decline); more rain in the eastern Pacific, drought in Indonesia and Australia.",
  ),
  card(
    "b-thermohaline",
    "B.1",
    "What drives the **thermohaline circulation**?",
    "Density differences from **temperature** and **salinity**: cold, salty water sinks in the North Atlantic, flows at depth, upwells elsewhere and returns as warm surface currents, moving heat poleward.",
  ),
  card(
    "b-waves",
    "B.2",
    "Constructive vs destructive waves.",
    "- **Constructive:** low, long wavelength, few per minute, strong swash, weak backwash → build beaches.\n- **Destructive:** high, steep, frequent, weak swash, strong backwash → remove sediment.",
  ),
  card(
    "b-longshore",
    "B.2",
    "What is **longshore drift**?",
    "Movement of sediment along the coast: swash carries it up the beach at an angle set by the prevailing wind; backwash drags it straight back down under gravity, producing a zig-zag transfer.",
  ),
  card(
    "b-coastal-squeeze",
    "B.3",
    "Define **coastal squeeze**.",
    "Loss of intertidal habitat (salt marsh, mudflat) trapped between rising sea level and fixed hard defences, so it cannot migrate inland.",
  ),
  card(
    "b-unclos",
    "B.4",
    "UNCLOS zones: territorial sea and EEZ.",
    "**Territorial sea:** up to 12 nautical miles (full sovereignty). **Exclusive economic zone:** up to 200 nautical miles (rights to fish, oil, gas, minerals).",
  ),

  // ── Option C: Extreme environments
  card(
    "c-permafrost",
    "C.1",
    "Define **permafrost** and the **active layer**.",
    "Permafrost: ground at or below 0°C for at least two consecutive years. Active layer: the surface layer above it that thaws each summer and refreezes in winter.",
  ),
  card(
    "c-glacial-erosion",
    "C.2",
    "Two processes of **glacial erosion**.",
    "**Plucking:** ice freezes onto rock and pulls fragments away. **Abrasion:** debris in the base of the ice scrapes and polishes the bedrock (leaving striations).",
  ),
  card(
    "c-periglacial",
    "C.2",
    "Three **periglacial** landforms.",
    "Pingos (ice-cored hills), patterned ground (stone circles/polygons from frost sorting), solifluction lobes (saturated active layer flowing downslope).",
  ),
  card(
    "c-desert-processes",
    "C.2",
    "Two weathering or erosion processes in **hot deserts**.",
    "Thermal expansion/exfoliation (large daily temperature range), salt weathering, and wind **deflation** and **abrasion** (forming yardangs); flash floods shape wadis.",
  ),
  card(
    "c-mining-cold",
    "C.3",
    "Why do buildings in permafrost areas stand on piles?",
    "Heat from buildings would thaw the permafrost, causing subsidence; piles and gravel pads keep a gap so cold air protects the frozen ground.",
  ),
  card(
    "c-desertification",
    "C.4",
    "Define **desertification** and give three human causes.",
    "Land degradation in drylands from climatic variation and human activity. Causes: overgrazing, over-cultivation, deforestation for fuelwood (also poor irrigation causing salinization).",
  ),

  // ── Option D: Geophysical hazards
  card(
    "d-plate-drivers",
    "D.1",
    "Three mechanisms that move tectonic plates.",
    "**Slab pull** (sinking dense oceanic plate), **ridge push** (gravitational sliding from elevated ridges), **mantle convection** (heat-driven currents).",
  ),
  card(
    "d-volcano-types",
    "D.1",
    "Shield vs composite volcanoes.",
    "- **Shield:** basaltic, low-viscosity lava, gentle slopes, effusive eruptions (hotspots, divergent boundaries).\n- **Composite (strato):** andesitic, viscous, gas-rich magma, steep layered cones, explosive eruptions (subduction zones).",
  ),
  card(
    "d-magnitude",
    "D.2",
    "What does a one-unit increase in earthquake magnitude mean?",
    "About **10 times** the amplitude of ground shaking and about **32 times** the energy released (the scale is logarithmic).",
  ),
  card(
    "d-secondary",
    "D.2",
    "Four **secondary hazards** of earthquakes.",
    "Tsunamis, landslides, liquefaction, fires (from broken gas pipes), and disease after damage to water supplies.",
  ),
  card(
    "d-risk",
    "D.3",
    "The **risk equation**.",
    String.raw`$\text{risk} = \dfrac{\text{hazard} \times \text{vulnerability}}{\text{capacity to cope}}$: risk rises with the hazard's magnitude/frequency and with vulnerability, and falls with capacity.`,
  ),
  card(
    "d-par",
    "D.3",
    "Outline the **pressure-and-release (PAR)** model.",
    "A disaster occurs where a hazard meets vulnerability. Vulnerability progresses from **root causes** (poverty, limited access to power) through **dynamic pressures** (rapid urbanization, lack of training) to **unsafe conditions** (poor housing on hazardous land). Release pressure by reducing vulnerability.",
  ),
  card(
    "d-cycle",
    "D.4",
    "Four phases of the **hazard management cycle**.",
    "**Mitigation** (reduce future impact) → **preparedness** (plans, drills, warnings) → **response** (rescue, relief) → **recovery** (rebuilding, ideally 'building back better').",
  ),

  // ── Option E: Leisure, tourism and sport
  card(
    "e-tourism",
    "E.1",
    "Define **tourism**.",
    "Travel outside one's usual environment, staying at least one night and less than a year, for leisure, business or other purposes.",
  ),
  card(
    "e-butler",
    "E.2",
    "Stages of Butler's **tourist area life cycle**.",
    "Exploration → involvement → development → consolidation → stagnation → decline **or** rejuvenation.",
  ),
  card(
    "e-leakage",
    "E.3",
    "Define **leakage** in tourism.",
    "The share of tourist spending that leaves the destination's economy: imports of food and goods, profits of foreign-owned hotels and tour operators, foreign staff wages. High in enclave/all-inclusive tourism.",
  ),
  card(
    "e-multiplier",
    "E.3",
    "What is the tourism **multiplier effect**?",
    "Tourist spending creates income for hotels, which buy local goods and pay wages, which are spent again locally; the total economic effect is larger than the original spending (reduced by leakage).",
  ),
  card(
    "e-irridex",
    "E.4",
    "Stages of **Doxey's Irridex**.",
    "Euphoria → apathy → annoyance (irritation) → antagonism: residents' attitudes worsen as tourist numbers grow.",
  ),
  card(
    "e-carrying-capacity",
    "E.4",
    "Three types of **carrying capacity** in tourism.",
    "**Physical** (space/facilities), **environmental/ecological** (impact before damage), **perceptual/social** (numbers before visitors' or residents' experience deteriorates).",
  ),

  // ── Option F: Food and health
  card(
    "f-imr",
    "F.1",
    "Formula for the **infant mortality rate**.",
    String.raw`$\text{IMR} = \dfrac{\text{deaths of infants under 1 year}}{\text{live births}} \times 1000$ (per 1,000 live births, per year).`,
  ),
  card(
    "f-hale",
    "F.1",
    "Define **HALE**.",
    "Health-adjusted life expectancy: the average number of years a person can expect to live in **full health**, discounting years lived with illness or disability.",
  ),
  card(
    "f-diffusion",
    "F.2",
    "Four types of **disease diffusion**.",
    "**Contagious** (direct contact, spreading outward), **hierarchical** (down the urban hierarchy), **relocation** (carried by moving people), **network** (along transport/social networks).",
  ),
  card(
    "f-stakeholders",
    "F.3",
    "Name three food-security stakeholders and one role each.",
    "**FAO** (data, technical advice), **World Food Programme** (emergency food aid), **national governments** (subsidies, safety nets, infrastructure); also NGOs, cooperatives, agribusiness.",
  ),
  card(
    "f-epi-transition",
    "F.4",
    "The **epidemiological transition** in one line.",
    "As countries develop, the main causes of death shift from infectious diseases and famine to chronic, non-communicable (degenerative) diseases such as heart disease, cancer and diabetes.",
  ),
  card(
    "f-double-burden",
    "F.4",
    "What is the **double burden of malnutrition**?",
    "Undernutrition (stunting, micronutrient deficiency) and overweight/obesity existing together in the same country, community or household.",
  ),

  // ── Option G: Urban environments
  card(
    "g-primacy",
    "G.1",
    "What is a **primate city** and how is primacy measured?",
    "A city far larger than the next in the urban hierarchy, dominating political and economic life. **Primacy index** = population of largest city ÷ population of second city (rank-size rule predicts ~2).",
  ),
  card(
    "g-site-situation",
    "G.1",
    "Site vs situation.",
    "**Site:** the physical characteristics of the land a settlement is built on (e.g. defensive hill, river crossing). **Situation:** its location relative to surrounding features, routes and other places.",
  ),
  card(
    "g-urban-processes",
    "G.2",
    "Four urban population processes.",
    "**Urbanization** (rising urban share), **suburbanization** (to the urban edge), **counter-urbanization** (to small towns/rural areas), **re-urbanization** (back to the inner city).",
  ),
  card(
    "g-gentrification",
    "G.2",
    "Define **gentrification**.",
    "Higher-income people move into and renovate a run-down, lower-income inner-city area; property values and rents rise; original residents and businesses are displaced.",
  ),
  card(
    "g-uhi",
    "G.3",
    "Four causes of the **urban heat island**.",
    "Low-albedo surfaces storing heat, anthropogenic heat (traffic, air conditioning), less evapotranspiration (few plants, rapid drainage), urban canyons trapping radiation and reducing wind.",
  ),
  card(
    "g-brt",
    "G.4",
    "What is **bus rapid transit (BRT)**?",
    "A bus system with dedicated lanes, prepaid level boarding and frequent services, giving metro-like capacity at lower cost; pioneered in Curitiba, Brazil.",
  ),

  // ── Unit 1: Changing population
  card(
    "u1-cbr-cdr",
    "1.1",
    "Formulae for **crude birth rate** and **crude death rate**.",
    String.raw`$\text{CBR} = \dfrac{\text{live births}}{\text{population}} \times 1000$; $\text{CDR} = \dfrac{\text{deaths}}{\text{population}} \times 1000$ (both per 1,000 per year).`,
  ),
  card(
    "u1-nir",
    "1.1",
    "**Natural increase rate** (%) and **doubling time**.",
    String.raw`$\text{NIR} = \dfrac{\text{CBR} - \text{CDR}}{10}$ %. Doubling time $\approx \dfrac{70}{\text{growth rate in \%}}$ (rule of 70).`,
  ),
  card(
    "u1-dtm",
    "1.1",
    "The five stages of the **demographic transition model**.",
    "1 high BR, high fluctuating DR (low growth); 2 high BR, falling DR (rapid growth); 3 falling BR, low DR (growth slows); 4 low BR, low DR (stable); 5 BR below DR (decline, ageing).",
  ),
  card(
    "u1-dependency",
    "1.2",
    "Formula for the **dependency ratio**.",
    String.raw`$\dfrac{\text{population aged 0–14} + \text{population aged 65+}}{\text{population aged 15–64}} \times 100$`,
  ),
  card(
    "u1-tfr",
    "1.2",
    "Define **total fertility rate** and **replacement level**.",
    "TFR: the average number of children a woman would have in her lifetime at current age-specific birth rates. Replacement level: about **2.1** children per woman in countries with low mortality.",
  ),
  card(
    "u1-forced",
    "1.2",
    "Refugee vs internally displaced person (IDP).",
    "A **refugee** has fled across an international border owing to a well-founded fear of persecution or conflict; an **IDP** has been forced to flee but remains within their own country.",
  ),
  card(
    "u1-dividend",
    "1.3",
    "Define **demographic dividend**.",
    "Economic growth potential when falling fertility makes the working-age population large relative to dependants; realized only with jobs, education and investment.",
  ),
  card(
    "u1-policies",
    "1.3",
    "Pronatalist vs antinatalist policies.",
    "**Pronatalist:** encourage births (child benefits, childcare, parental leave). **Antinatalist:** reduce births (family planning, limits on family size, e.g. China's one-child policy, 1980–2015).",
  ),

  // ── Unit 2: Global climate
  card(
    "u2-greenhouse",
    "2.1",
    "Three main greenhouse gases from human activities and their sources.",
    "**CO₂** (fossil fuels, deforestation, cement), **methane** (cattle, rice paddies, landfill, gas leaks), **nitrous oxide** (fertilizers).",
  ),
  card(
    "u2-feedback",
    "2.1",
    "Give two **positive feedback** loops in the climate system.",
    "**Ice–albedo:** melting ice exposes darker surfaces that absorb more heat. **Permafrost thaw:** releases methane and CO₂, causing more warming and thaw.",
  ),
  card(
    "u2-sea-level",
    "2.2",
    "Two causes of global sea-level rise.",
    "**Thermal expansion** of warming seawater and **melting land ice** (glaciers, Greenland and Antarctic ice sheets).",
  ),
  card(
    "u2-mitigation-adaptation",
    "2.3",
    "Mitigation vs adaptation.",
    "**Mitigation:** reduce emissions or increase sinks (renewables, efficiency, afforestation, carbon capture). **Adaptation:** adjust to impacts (sea walls, drought-resistant crops, early warnings).",
  ),
  card(
    "u2-paris",
    "2.3",
    "Key features of the **Paris Agreement** (2015).",
    "Goal: hold warming well below 2°C above pre-industrial levels and pursue 1.5°C. Every party sets **nationally determined contributions** (NDCs), updated every five years.",
  ),

  // ── Unit 3: Resources
  card(
    "u3-footprint",
    "3.1",
    "Define **ecological footprint** and **biocapacity**.",
    "Footprint: productive land and water area needed to supply a population's resources and absorb its wastes. Biocapacity: the area actually available to do so. Footprint > biocapacity = ecological deficit.",
  ),
  card(
    "u3-nexus",
    "3.2",
    "What is the **water–food–energy nexus**?",
    "The interdependence of the three: food needs water and energy; energy needs water (cooling, HEP, biofuels); water supply needs energy (pumping, desalination). Decisions in one create trade-offs in the others.",
  ),
  card(
    "u3-malthus-boserup",
    "3.3",
    "Malthus vs Boserup.",
    "**Malthus (1798):** population grows faster than food supply, leading to checks (famine, disease). **Boserup (1965):** population pressure stimulates innovation and agricultural intensification.",
  ),
  card(
    "u3-circular",
    "3.3",
    "Define **circular economy**.",
    "An economy that designs out waste and keeps products and materials in use (reuse, repair, remanufacture, recycle), instead of the linear take–make–dispose model.",
  ),

  // ── HL Unit 4: Power, places and networks
  card(
    "u4-power",
    "4.1",
    "Hard power vs soft power.",
    "**Hard power:** coercion through military force or economic pressure (sanctions, tariffs). **Soft power:** influence by attraction — culture, values, media, education, diplomacy.",
  ),
  card(
    "u4-kof",
    "4.2",
    "What does the **KOF globalization index** measure?",
    "A country's degree of globalization across **economic** (trade, finance), **social** (information, people, culture) and **political** (embassies, international organizations, treaties) dimensions.",
  ),
  card(
    "u4-flows",
    "4.2",
    "Name five types of global flow.",
    "Trade in goods and services, foreign direct investment, aid and loans, remittances, migration, and data/information.",
  ),
  card(
    "u4-resistance",
    "4.3",
    "Three forms of **resistance** to global interactions.",
    "Trade protectionism (tariffs, quotas), migration controls, and anti-globalization or localist movements (buy-local, boycotts of TNCs); also censorship of foreign media.",
  ),

  // ── HL Unit 5: Human development and diversity
  card(
    "u5-hdi",
    "5.1",
    "Components of the **HDI**.",
    "Life expectancy at birth; education (mean years of schooling and expected years of schooling); GNI per capita (PPP). Scale 0–1.",
  ),
  card(
    "u5-gini",
    "5.1",
    "What does the **Gini coefficient** measure?",
    "Income (or wealth) inequality within a population: **0** = perfect equality, **1** (or 100) = one person has everything.",
  ),
  card(
    "u5-glocalization",
    "5.2",
    "Define **glocalization**.",
    "Adapting a global product, service or idea to suit local cultures, tastes and laws (e.g. a global fast-food menu adapted to local religious dietary rules).",
  ),
  card(
    "u5-cultural",
    "5.2",
    "Cultural homogenization vs hybridization.",
    "**Homogenization:** cultures become more alike (often through dominant global brands and media). **Hybridization:** mixing of cultures creates new forms (fusion food, music, languages).",
  ),
  card(
    "u5-fairtrade",
    "5.3",
    "Three features of **Fairtrade**.",
    "A guaranteed minimum price, a social premium for community projects chosen by the cooperative, and labour and environmental standards.",
  ),

  // ── HL Unit 6: Global risks and resilience
  card(
    "u6-transboundary",
    "6.2",
    "Define **transboundary pollution** with an example.",
    "Pollution originating in one country that causes harm in another, e.g. haze from forest and peat fires in South-East Asia, or fallout from the 1986 Chernobyl accident across Europe.",
  ),
  card(
    "u6-montreal",
    "6.2",
    "Why is the **Montreal Protocol** (1987) seen as a success?",
    "It phased out CFCs and other ozone-depleting substances; the ozone layer is recovering. Substitutes existed, producers were few, and the science was clear.",
  ),
  card(
    "u6-supply-chain",
    "6.1",
    "Why do **just-in-time** supply chains increase risk?",
    "Low stocks mean any disruption (hazard, pandemic, conflict, blocked shipping route) quickly halts production elsewhere, spreading shortages and price rises.",
  ),
  card(
    "u6-resilience",
    "6.3",
    "Define **resilience** (in global risks).",
    "The ability of a place, community or system to absorb a shock, adapt and recover, ideally to a stronger position.",
  ),
];

const file: SubjectFlashcards = { subject: "geography", flashcards };
export default file;
