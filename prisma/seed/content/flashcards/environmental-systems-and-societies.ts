import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Environmental Systems and Societies (first assessment 2026): key terms, models,
// formulae used in ESS calculations, and the HL lenses (law, economics, ethics), all in our own words.
// Keys use "ess-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `ess-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Foundation
  card(
    "1-1-evs",
    "1.1",
    "Define **environmental value system** (EVS) and name the three broad positions.",
    "A worldview or paradigm that shapes how an individual or society perceives and evaluates environmental issues; it acts as a system with inputs (culture, religion, education, media) and outputs (decisions, actions).\n\nPositions: **ecocentric** (nature-centred), **anthropocentric** (human-centred, managerial), **technocentric** (technology will solve problems).",
  ),
  card(
    "1-1-ecocentric",
    "1.1",
    "Ecocentric vs technocentric: two contrasts.",
    "- **Value of nature:** ecocentrists see intrinsic value in nature; technocentrists value it mainly as a resource.\n- **Response to problems:** ecocentrists favour reducing consumption and living within limits; technocentrists trust science, markets and new technology to overcome limits.",
  ),
  card(
    "1-2-feedback",
    "1.2",
    "Negative vs positive feedback.",
    "- **Negative feedback:** the system's response counteracts a change, returning it towards equilibrium (stabilising), e.g. predator–prey oscillations.\n- **Positive feedback:** the response amplifies the change, moving the system away from equilibrium (destabilising), e.g. ice–albedo loop.",
  ),
  card(
    "1-2-tipping",
    "1.2",
    "What is a **tipping point**?",
    "A critical threshold at which a small further change pushes a system into a new, alternative stable state, often through positive feedback. The shift may be abrupt and hard or impossible to reverse (e.g. coral reef to algae-dominated reef).",
  ),
  card(
    "1-2-systems",
    "1.2",
    "Open, closed and isolated systems.",
    "- **Open:** exchanges energy and matter (most ecosystems).\n- **Closed:** exchanges energy only (Earth, approximately; a sealed terrarium).\n- **Isolated:** exchanges neither (none in nature).",
  ),
  card(
    "1-2-transfer",
    "1.2",
    "Transfer vs transformation (in system flows).",
    "- **Transfer:** matter or energy moves to a new place without changing state or form (e.g. water flowing downstream).\n- **Transformation:** matter or energy changes form, state or chemical nature (e.g. photosynthesis converting light to chemical energy; evaporation).",
  ),
  card(
    "1-3-sd",
    "1.3",
    "Sustainability vs sustainable development.",
    "- **Sustainability:** use of resources at a rate that allows natural regeneration and minimises damage, so that they remain available.\n- **Sustainable development** (Brundtland, 1987): development that meets present needs without compromising the ability of future generations to meet theirs.",
  ),
  card(
    "1-3-footprint",
    "1.3",
    "What does an **ecological footprint** measure?",
    "The area of biologically productive land and water (in global hectares) needed to supply the resources a population consumes and absorb its wastes (especially CO₂). If it exceeds the available biocapacity, the population is in ecological deficit (overshoot).",
  ),
  card(
    "1-3-boundaries",
    "1.3",
    "Planetary boundaries and doughnut economics in one line each.",
    "- **Planetary boundaries:** nine Earth-system processes, each with a boundary defining a safe operating space for humanity.\n- **Doughnut economics (Raworth):** a safe and just space between a social foundation of human needs and an ecological ceiling set by the planetary boundaries.",
  ),

  // ── Ecology
  card(
    "2-1-lincoln",
    "2.1",
    "Lincoln index formula and one assumption.",
    "$$N = \\frac{M \\times C}{R}$$\n\n$M$ = marked in first sample, $C$ = total in second sample, $R$ = marked recaptured.\n\nAssumptions: marked animals mix randomly; marks are not lost and do not affect survival; the population is closed (no births, deaths or migration between samples).",
  ),
  card(
    "2-1-niche",
    "2.1",
    "Fundamental vs realized niche.",
    "- **Fundamental:** the full range of conditions and resources a species could use in the absence of competitors.\n- **Realized:** the (smaller) part it actually occupies once biotic interactions such as competition and predation are included.",
  ),
  card(
    "2-1-carrying",
    "2.1",
    "Define **carrying capacity** and two limiting factors.",
    "The maximum population size of a species that an environment can sustain indefinitely.\n\nLimiting factors: food, water, space, nesting sites, predation, disease (density-dependent) or extreme weather (density-independent).",
  ),
  card(
    "2-1-interactions",
    "2.1",
    "Name five types of interaction between species.",
    "Competition (intraspecific or interspecific), predation, herbivory, parasitism, mutualism (both benefit). Disease caused by pathogens is also an interaction.",
  ),
  card(
    "2-1-rk",
    "2.1",
    "r-strategists vs K-strategists.",
    "- **r:** many small offspring, little parental care, fast maturity, short life, boom-and-bust populations; good colonisers.\n- **K:** few offspring, high parental care, slow maturity, long life, populations near carrying capacity; slow to recover from losses.",
    HL,
  ),
  card(
    "2-1-survivorship",
    "2.1",
    "The three types of survivorship curve.",
    "- **Type I:** most survive to old age, high mortality late (typical of K-strategists, e.g. humans in high-income countries).\n- **Type II:** constant mortality rate through life (e.g. some birds).\n- **Type III:** very high mortality of young, few survive to adulthood (typical of r-strategists, e.g. many fish).",
    HL,
  ),
  card(
    "2-2-npp",
    "2.2",
    "GPP, NPP, GSP, NSP: the formulae.",
    "- $\\text{NPP} = \\text{GPP} - R$ (producers)\n- $\\text{GSP} = \\text{food eaten} - \\text{faecal loss}$ (assimilation, consumers)\n- $\\text{NSP} = \\text{GSP} - R$\n\n$R$ = respiratory loss.",
  ),
  card(
    "2-2-efficiency",
    "2.2",
    "Energy transfer efficiency between trophic levels: formula and typical value.",
    "$$\\text{efficiency} = \\frac{\\text{energy at higher level}}{\\text{energy at lower level}} \\times 100\\,\\%$$\n\nOften around 10 %; energy is lost mainly as heat from respiration and in uneaten material and faeces.",
  ),
  card(
    "2-2-pyramids",
    "2.2",
    "Which ecological pyramids can be inverted?",
    "- **Numbers:** yes (one tree, many insects).\n- **Biomass:** occasionally (e.g. phytoplankton with a fast turnover supporting a larger standing crop of zooplankton).\n- **Energy/productivity:** never, because energy is lost at every transfer.",
  ),
  card(
    "2-2-biomag",
    "2.2",
    "Bioaccumulation vs biomagnification.",
    "- **Bioaccumulation:** build-up of a persistent substance within one organism over its lifetime.\n- **Biomagnification:** increase in concentration of that substance at successive trophic levels, because each consumer eats many prey (e.g. DDT, mercury).",
  ),
  card(
    "2-3-carbon",
    "2.3",
    "Main stores of the carbon cycle.",
    "Atmosphere (CO₂, CH₄), oceans (dissolved CO₂, carbonates), biomass, soils and peat, and the lithosphere (fossil fuels, limestone). Flows: photosynthesis, respiration, decomposition, combustion, dissolution, sedimentation.",
  ),
  card(
    "2-3-nitrogen",
    "2.3",
    "Four nitrogen-cycle processes carried out by bacteria.",
    "- **Nitrogen fixation:** N₂ → ammonia (e.g. *Rhizobium* in legume nodules).\n- **Ammonification:** organic N → ammonium (decomposers).\n- **Nitrification:** ammonium → nitrite → nitrate.\n- **Denitrification:** nitrate → N₂ (in waterlogged, anaerobic soils).",
  ),
  card(
    "2-3-residence",
    "2.3",
    "Residence time formula.",
    "$$\\text{residence time} = \\frac{\\text{size of store}}{\\text{rate of flow in (or out)}}$$\n\nValid for a store in steady state. Example: 600 units ÷ 150 units per year = 4 years.",
  ),
  card(
    "2-4-tricellular",
    "2.4",
    "Tricellular model: the three cells and where rainfall is high or low.",
    "Hadley (0–30°), Ferrel (30–60°) and Polar (60–90°) cells. Rising air (low pressure, high rainfall) at the equator and around 60°; sinking air (high pressure, dry) at about 30° (hot deserts) and the poles.",
  ),
  card(
    "2-4-biome",
    "2.4",
    "What mainly determines the distribution of biomes?",
    "Climate, especially **temperature** and **precipitation** (which together govern water availability and the length of the growing season), together with insolation; also altitude, soils and human activity locally.",
  ),
  card(
    "2-5-succession",
    "2.5",
    "Primary vs secondary succession.",
    "- **Primary:** starts on bare ground with no soil (new volcanic rock, retreating glacier); pioneers such as lichens begin soil formation.\n- **Secondary:** starts where soil already exists after a disturbance (fire, abandoned field); faster because soil and seed bank remain.",
  ),
  card(
    "2-5-trends",
    "2.5",
    "Four trends during succession.",
    "Increasing biomass, species diversity, soil depth and organic matter, and food-web complexity. Early stages: GPP > R (P:R > 1), so biomass accumulates; at climax P:R ≈ 1.",
  ),
  card(
    "2-5-plagioclimax",
    "2.5",
    "Define **plagioclimax**.",
    "A stable community in which succession has been arrested or deflected by human activity (e.g. grazing, burning, mowing), so the climatic climax is not reached. Example: grazed upland heath or grassland.",
  ),
  card(
    "2-5-resilience",
    "2.5",
    "What makes an ecosystem **resilient**?",
    "Resilience is the ability to absorb disturbance and return to its previous state. It is increased by high biodiversity (functional redundancy), large size, large storages (e.g. seed banks, nutrients), genetic diversity and fast rates of recovery/reproduction.",
  ),

  // ── Biodiversity and conservation
  card(
    "3-1-simpson",
    "3.1",
    "Simpson's reciprocal index (ESS form) and how to read it.",
    "$$D = \\frac{N(N-1)}{\\sum n(n-1)}$$\n\n$N$ = total individuals, $n$ = individuals of each species. Higher $D$ = higher diversity (more species, more even). Best for comparing similar habitats sampled the same way.",
  ),
  card(
    "3-1-richness",
    "3.1",
    "Species richness vs evenness.",
    "- **Richness:** the number of different species.\n- **Evenness:** how similar the abundances of the species are.\n\nTwo sites can have the same richness but different diversity if one is dominated by a single species.",
  ),
  card(
    "3-1-speciation",
    "3.1",
    "Allopatric speciation in four steps.",
    "1. A barrier separates populations (no gene flow).\n2. Different selection pressures act on each.\n3. Natural selection (plus mutation and drift) makes allele frequencies diverge.\n4. Reproductive isolation: they can no longer produce fertile offspring together.",
  ),
  card(
    "3-2-iucn",
    "3.2",
    "IUCN Red List threatened categories, in order of increasing risk.",
    "Vulnerable → Endangered → Critically Endangered (then Extinct in the Wild and Extinct). Criteria include population size and decline, geographic range and fragmentation, and probability of extinction.",
  ),
  card(
    "3-2-vulnerable",
    "3.2",
    "Five features that make a species vulnerable to extinction.",
    "Small or declining population, narrow geographic range or endemism, specialised diet or habitat, low reproductive rate (K-strategist), large body size/large territory, high trophic level, commercial value.",
  ),
  card(
    "3-2-hotspot",
    "3.2",
    "What is a **biodiversity hotspot**?",
    "A region with a high number of endemic species that has also lost a large share of its original habitat, so it is both rich and under severe threat; often used to prioritise conservation funding.",
  ),
  card(
    "3-3-insitu",
    "3.3",
    "In situ vs ex situ conservation (two examples each).",
    "- **In situ** (in the natural habitat): national parks, marine protected areas, wildlife corridors.\n- **Ex situ** (away from the habitat): seed banks, zoos and captive breeding, botanic gardens.",
  ),
  card(
    "3-3-design",
    "3.3",
    "Five design criteria for protected areas.",
    "Large size; compact (circular) shape to reduce edge effects; corridors between reserves; buffer zones; inclusion of a range of habitats and hotspots (and room for climate-driven range shifts). SLOSS debate: single large or several small?",
  ),
  card(
    "3-3-flagship",
    "3.3",
    "Flagship vs keystone species.",
    "- **Flagship:** charismatic species used to attract public support and funding (e.g. giant panda).\n- **Keystone:** species with a disproportionately large effect on its ecosystem relative to its abundance (e.g. sea otters controlling sea urchins and so protecting kelp forests).",
  ),

  // ── Water
  card(
    "4-1-stores",
    "4.1",
    "How is Earth's water distributed?",
    "About 97 % in the oceans (salt water). Of the freshwater, most is frozen in ice caps and glaciers, most of the rest is groundwater; lakes, rivers, soil moisture and the atmosphere hold a very small fraction.",
  ),
  card(
    "4-1-flows",
    "4.1",
    "Name six flows of the hydrological cycle.",
    "Evaporation, transpiration (together evapotranspiration), condensation, precipitation, infiltration, percolation, surface runoff, throughflow, groundwater flow, advection (horizontal movement of water vapour).",
  ),
  card(
    "4-2-security",
    "4.2",
    "Define **water security** and give the Falkenmark thresholds.",
    "Reliable access to sufficient, safe water for health, livelihoods and ecosystems, at acceptable risk.\n\nFalkenmark indicator (renewable water per person per year): below 1,700 m³ = stress; below 1,000 m³ = scarcity; below 500 m³ = absolute scarcity.",
  ),
  card(
    "4-3-msy",
    "4.3",
    "What is **maximum sustainable yield** (MSY)?",
    "The largest catch that can be taken year after year without reducing the stock, taken when the population is growing fastest (at about half the carrying capacity in a logistic model, where $\\text{MSY} = rK/4$). Quotas are usually set below MSY because estimates are uncertain.",
  ),
  card(
    "4-4-bod",
    "4.4",
    "Define **biochemical oxygen demand** (BOD).",
    "The amount of dissolved oxygen used by microorganisms to break down the organic matter in a water sample over a fixed time (usually 5 days at 20 °C in the dark). High BOD indicates organic pollution (e.g. sewage).",
  ),
  card(
    "4-4-eutrophication",
    "4.4",
    "Eutrophication in six steps.",
    "1. Nitrates/phosphates enter water.\n2. Algal bloom.\n3. Light blocked, plants die.\n4. Decomposers multiply, BOD rises.\n5. Dissolved oxygen falls, fish die.\n6. Positive feedback: more dead matter, less oxygen.",
  ),

  // ── Land
  card(
    "5-1-soil",
    "5.1",
    "Four components of soil and three soil horizons.",
    "Components: mineral particles, organic matter (humus), water, air (plus living organisms).\n\nHorizons: O (organic litter), A (topsoil, mixed humus and minerals), B (subsoil, accumulation of leached material), C (weathered parent material).",
  ),
  card(
    "5-1-degradation",
    "5.1",
    "Three causes of soil degradation and three conservation measures.",
    "Causes: overgrazing, deforestation, overcultivation/monoculture, salinisation from irrigation.\n\nMeasures: terracing, contour ploughing, cover crops, windbreaks, crop rotation, adding organic matter, no-till farming.",
  ),
  card(
    "5-2-diet",
    "5.2",
    "Why can a plant-based diet feed more people from the same land?",
    "Energy is lost at each trophic level (around 90 % per transfer), so eating crops directly uses the energy fixed by producers more efficiently than feeding crops to livestock first.",
  ),

  // ── Atmosphere and climate change
  card(
    "6-1-greenhouse",
    "6.1",
    "Natural vs enhanced greenhouse effect.",
    "- **Natural:** greenhouse gases absorb and re-emit outgoing long-wave radiation, keeping Earth about 33 °C warmer than otherwise.\n- **Enhanced:** extra warming caused by human emissions (CO₂ from fossil fuels and deforestation, CH₄ from livestock and rice, N₂O from fertilisers).",
  ),
  card(
    "6-1-albedo",
    "6.1",
    "Define **albedo** and give a high- and a low-albedo surface.",
    "The fraction (or percentage) of incoming solar radiation that a surface reflects.\n\n$$\\text{albedo} = \\frac{\\text{reflected}}{\\text{incoming}} \\times 100\\,\\%$$\n\nHigh: fresh snow, ice, clouds. Low: open ocean, dark forest, tarmac.",
  ),
  card(
    "6-1-layers",
    "6.1",
    "The lowest two layers of the atmosphere and one key feature of each.",
    "- **Troposphere** (lowest, from the surface to about 8–18 km depending on latitude): contains most of the atmosphere's mass and water vapour; weather happens here; temperature falls with height.\n- **Stratosphere** (above it, to about 50 km): contains the ozone layer, which absorbs UV, so temperature rises with height.",
  ),
  card(
    "6-2-feedbacks",
    "6.2",
    "Three positive feedbacks in the climate system.",
    "Ice–albedo (less ice → more absorption), permafrost thaw (releases CO₂ and CH₄), warmer oceans absorbing less CO₂; also forest dieback and more water vapour in warmer air.",
  ),
  card(
    "6-3-mitigation",
    "6.3",
    "Mitigation vs adaptation (two examples each).",
    "- **Mitigation** (reduce causes): renewable energy, energy efficiency, carbon pricing, reforestation, carbon capture and storage.\n- **Adaptation** (reduce harm): sea walls, drought-tolerant crops, flood-resistant buildings, early-warning systems, managed retreat.",
  ),
  card(
    "6-3-budget",
    "6.3",
    "What is a **carbon budget**?",
    "The total amount of CO₂ that can still be emitted while keeping a given probability of staying below a temperature target. Years left at constant emissions = remaining budget ÷ annual emissions.",
  ),
  card(
    "6-4-montreal",
    "6.4",
    "Montreal Protocol: what, when, and one limitation.",
    "A treaty agreed in 1987 to phase out ozone-depleting substances (CFCs, halons and others); ratified by every UN member state. Limitations: slow recovery because the gases persist for decades; some substitutes (HFCs) are strong greenhouse gases, addressed by the Kigali Amendment (2016).",
  ),

  // ── Natural resources
  card(
    "7-1-capital",
    "7.1",
    "Natural capital vs natural income.",
    "- **Natural capital:** stocks of natural resources (forests, fish stocks, aquifers, soils).\n- **Natural income:** the sustainable yield or flow of goods and services from those stocks. Living on the income keeps the capital intact.",
  ),
  card(
    "7-1-services",
    "7.1",
    "Four categories of ecosystem services (with examples).",
    "Provisioning (food, timber, water), regulating (climate and flood regulation, pollination, water purification), cultural (recreation, spiritual, aesthetic), supporting (nutrient cycling, soil formation, primary production).",
  ),
  card(
    "7-2-security",
    "7.2",
    "Five factors affecting a country's energy choices.",
    "Availability of domestic resources, cost and technology, energy security (reliance on imports), climate policy and emissions, public opinion/cultural attitudes, geography (wind, sun, rivers).",
  ),
  card(
    "7-3-hierarchy",
    "7.3",
    "The waste management hierarchy (best to worst).",
    "Reduce/prevent → reuse → recycle/compost → recover energy → dispose (landfill). Strategies higher up act earlier, saving more resources and energy.",
  ),

  // ── Human populations and urban systems
  card(
    "8-1-rates",
    "8.1",
    "CBR, CDR, NIR, doubling time.",
    "- **CBR/CDR:** births/deaths per 1,000 people per year.\n- **NIR (%)** $= \\dfrac{\\text{CBR} - \\text{CDR}}{10}$\n- **Doubling time** $\\approx \\dfrac{70}{\\text{NIR (\\%)}}$ years.",
  ),
  card(
    "8-1-tfr",
    "8.1",
    "Total fertility rate and replacement level.",
    "**TFR**: average number of children a woman would have over her lifetime at current age-specific birth rates. **Replacement level** is about 2.1 in countries with low child mortality (higher where child mortality is high).",
  ),
  card(
    "8-2-uhi",
    "8.2",
    "Four causes of the urban heat island.",
    "Low-albedo surfaces storing heat; anthropogenic heat (traffic, air conditioning, industry); less vegetation and water so less evaporative cooling; buildings trapping radiation and reducing wind.",
  ),
  card(
    "8-3-smog",
    "8.3",
    "Primary and secondary pollutants in photochemical smog.",
    "- **Primary** (emitted directly): nitrogen oxides, volatile organic compounds, particulates.\n- **Secondary** (formed by sunlight-driven reactions): tropospheric ozone, PANs.\n\nWorse on hot, still days and in thermal inversions.",
  ),

  // ── HL lenses
  card(
    "hl-a-principles",
    "HL.a",
    "Three principles of environmental law.",
    "- **Precautionary principle:** lack of full scientific certainty is no reason to delay preventing serious or irreversible harm.\n- **Polluter pays:** those who cause pollution bear its costs.\n- **Prevention / environmental impact assessment:** harm should be anticipated and avoided before projects go ahead.",
    HL,
  ),
  card(
    "hl-a-hardsoft",
    "HL.a",
    "Hard law vs soft law (examples).",
    "- **Hard law:** legally binding treaties and protocols, e.g. Montreal Protocol, CITES.\n- **Soft law:** non-binding declarations and goals, e.g. Stockholm Declaration (1972), Rio Declaration (1992), SDGs. Soft law often leads to later hard law.",
    HL,
  ),
  card(
    "hl-a-rights",
    "HL.a",
    "Two examples of **rights of nature** in law.",
    "- **Ecuador (2008):** the constitution recognises nature's right to exist and regenerate.\n- **New Zealand (2017):** the Te Awa Tupua Act gave the Whanganui River legal personhood, with guardians to act for it.",
    HL,
  ),
  card(
    "hl-b-externality",
    "HL.b",
    "What is a **negative externality**, and how can it be internalised?",
    "A cost of production or consumption borne by third parties, not the producer or buyer (e.g. pollution harming health).\n\nInternalised by Pigouvian taxes (e.g. carbon tax), tradable permits (cap-and-trade), regulation, or liability rules so that prices reflect the full social cost.",
    HL,
  ),
  card(
    "hl-b-ecoecon",
    "HL.b",
    "Environmental vs ecological economics.",
    "- **Environmental economics:** mainstream approach; environmental problems are market failures fixed by pricing; weak sustainability (natural capital substitutable).\n- **Ecological economics:** economy is a subsystem of the finite biosphere; strong sustainability; questions endless growth (steady-state economy, degrowth).",
    HL,
  ),
  card(
    "hl-b-commons",
    "HL.b",
    "Tragedy of the commons: idea and remedies.",
    "When a resource is open to all, each user gains the full benefit of taking more but shares the cost of depletion, so the resource is overused (Hardin, 1968).\n\nRemedies: regulation and quotas, property rights or tradable quotas, community-based management (Ostrom's work on self-governed commons).",
    HL,
  ),
  card(
    "hl-b-tev",
    "HL.b",
    "Total economic value of an ecosystem: the components.",
    "**Use values:** direct use (timber, fish, tourism), indirect use (ecosystem services such as flood control), option value (possible future use).\n\n**Non-use values:** existence value (knowing it exists), bequest value (for future generations).",
    HL,
  ),
  card(
    "hl-c-values",
    "HL.c",
    "Intrinsic vs instrumental value.",
    "- **Intrinsic:** value something has in itself, regardless of usefulness to humans.\n- **Instrumental:** value as a means to an end (food, income, services for people).",
    HL,
  ),
  card(
    "hl-c-positions",
    "HL.c",
    "Anthropocentric, biocentric and ecocentric ethics.",
    "- **Anthropocentric:** only humans have moral standing.\n- **Biocentric:** every living organism has moral standing.\n- **Ecocentric:** ecological wholes (species, ecosystems, processes) have moral standing, e.g. Leopold's land ethic, deep ecology.",
    HL,
  ),
  card(
    "hl-c-justice",
    "HL.c",
    "Define **environmental justice**.",
    "The fair distribution of environmental benefits and burdens among people, regardless of income, ethnicity or origin, and fair participation in environmental decisions. Injustice: hazardous facilities concentrated in poor or marginalised communities.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "environmental-systems-and-societies", flashcards };
export default file;
