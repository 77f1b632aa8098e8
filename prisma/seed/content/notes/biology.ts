import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Biology (first assessment 2025), one per leaf topic of prisma/seed/content/subjects/biology.ts.
// Notes belong to leaf topics only, so subtopics split into an SL parent and an AHL child (e.g. A1.2 / A1.2H) get their
// note on the AHL child (HL only); the eight SL leaves get notes for both levels. Original writing; worked examples are
// computed and checked. Money never appears, so "$" is only ever a LaTeX delimiter.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `bio-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── SL and HL leaves
  note("A1.1", String.raw`
Water is the medium in which life began and in which every cell's chemistry still happens. Almost all of its useful properties follow from one fact: the water molecule is **polar**, so neighbouring molecules are attracted to one another by **hydrogen bonds**. Learn to link each property back to polarity and hydrogen bonding, then forward to a benefit for living things.

### Key ideas
- Oxygen is more electronegative than hydrogen, so the oxygen atom carries a partial negative charge ($\delta^-$) and each hydrogen a partial positive charge ($\delta^+$). A hydrogen bond is a weak attraction between a $\delta^+$ hydrogen and a $\delta^-$ oxygen of another molecule; individually weak, collectively strong.
- **Cohesion** (water–water attraction) lets water be pulled up xylem under tension and gives surface tension, so small animals such as pond skaters can stand on water.
- **Adhesion** (water–surface attraction) to hydrophilic cell walls causes capillary action in soil and in plant cell walls.
- **Solvent**: polar and charged substances (**hydrophilic**) dissolve; non-polar substances (**hydrophobic**) do not, so lipids need carriers such as lipoproteins in blood. Metabolism happens in solution in cytoplasm.
- **Thermal properties**: high specific heat capacity keeps habitats and bodies thermally stable; high latent heat of vaporization makes sweating and transpiration effective cooling.

| Property | Water compared with air | Consequence for organisms |
|---|---|---|
| Buoyancy | Much greater | Aquatic animals need less support |
| Viscosity | Much greater | Streamlining matters when swimming |
| Thermal conductivity | Much greater | Aquatic mammals lose heat fast: thick blubber |
| Specific heat capacity | Much greater | Water temperature changes slowly |

- Water on Earth probably arrived with asteroids and comets; it stays liquid because Earth is the right distance from the Sun and has enough gravity to hold an atmosphere. The search for extraterrestrial life therefore focuses on planets where liquid water is possible.

### Key terms
Polar molecule, hydrogen bond, cohesion, adhesion, capillary action, hydrophilic, hydrophobic, specific heat capacity, latent heat of vaporization.

### Exam tips
- Command terms: **State** a property, **Outline** or **Explain** how a property benefits organisms, **Compare and contrast** water and air as habitats.
- A full explanation has three links: hydrogen bonding → property → biological benefit (with an example).
- Common mistake: calling hydrogen bonds covalent bonds *within* the molecule. The O–H bonds inside a molecule are covalent; hydrogen bonds are *between* molecules.
- Do not say heat "breaks water molecules" when it evaporates: it breaks hydrogen bonds between them.
`),
  note("A4.2", String.raw`
Biodiversity is the variety of life, measured at three levels: **ecosystem** diversity, **species** diversity and **genetic** diversity within species. Human activity is now driving species to extinction far faster than the background rate shown by the fossil record, which is why many biologists describe the present as a sixth mass extinction. This topic asks you to explain the causes, weigh the evidence and evaluate ways of conserving what remains.

### Key ideas
- **Causes of loss** (all human-driven): habitat destruction and fragmentation (e.g. clearing of tropical forest for agriculture), overexploitation (overfishing, hunting), invasive alien species, pollution, climate change, and the spread of disease.
- **Evidence for a crisis** comes from repeated surveys and long-term monitoring by scientists and citizen scientists, and from the IUCN Red List, which records species' threat status. Reliable evidence needs large, repeated, comparable samples.
- Extinction examples: the dodo and the passenger pigeon on land; some island species after rats or cats were introduced.

| Approach | Examples | Strength | Limitation |
|---|---|---|---|
| **In situ** (in the natural habitat) | Nature reserves, marine protected areas, rewilding | Whole ecosystem and natural behaviour preserved | Needs large areas and enforcement |
| **Ex situ** (away from the habitat) | Zoos and captive breeding, botanic gardens, seed banks | Saves species whose habitat is lost | Small, inbred populations; costly; behaviour may change |

- **Rewilding** restores natural processes, for example by reintroducing a keystone species such as the wolf, and reducing management.
- Conservation effort is prioritised using approaches such as the **EDGE** list, which favours species that are Evolutionarily Distinct and Globally Endangered.

### Data skills
Percentage change shows how fast a population is declining:
$$\text{percentage change} = \frac{\text{final} - \text{initial}}{\text{initial}} \times 100$$
A bird population falls from 480 to 312 breeding pairs: $\frac{312 - 480}{480} \times 100 = -35\%$, a 35 % decrease.

### Exam tips
- Command terms: **Outline** causes of loss, **Explain** how one cause reduces biodiversity, **Evaluate** in situ versus ex situ conservation or a rewilding project, **Discuss** evidence for a biodiversity crisis.
- Name a specific example (species and place) for every cause you give.
- Common mistake: treating "number of species" as the whole of biodiversity. Genetic diversity matters too: a small population with low genetic diversity is vulnerable even if it survives.
`),
  note("B1.1", String.raw`
Carbohydrates and lipids are the main energy stores and structural molecules of cells. Both are built on carbon, which forms four covalent bonds and so supports chains, rings and branches. Large carbohydrates are made by **condensation** reactions (water released) and broken down by **hydrolysis** (water used), and the same logic applies to the ester bonds of triglycerides.

### Key ideas
- **Monosaccharides** such as glucose (C$_6$H$_{12}$O$_6$) are soluble, easily transported and used in respiration. Glucose exists as **alpha** and **beta** forms, differing in the position of the –OH on carbon 1.
- Two glucose molecules joined by a glycosidic bond give maltose: $2\,\text{C}_6\text{H}_{12}\text{O}_6 \rightarrow \text{C}_{12}\text{H}_{22}\text{O}_{11} + \text{H}_2\text{O}$.

| Polysaccharide | Monomer and bonds | Shape | Function |
|---|---|---|---|
| Amylose (starch) | α-glucose, 1,4 | Unbranched helix, compact | Energy store in plants |
| Amylopectin (starch) | α-glucose, 1,4 and 1,6 | Branched | Energy store in plants |
| Glycogen | α-glucose, 1,4 and 1,6 | Highly branched | Energy store in animals (liver, muscle); many ends for rapid hydrolysis |
| Cellulose | β-glucose, 1,4, alternate units inverted | Straight chains linked into microfibrils by hydrogen bonds | Plant cell walls; high tensile strength |

- **Glycoproteins** have carbohydrate chains attached to membrane proteins and act in cell recognition, e.g. the ABO blood group antigens.
- **Triglycerides** = glycerol + three fatty acids joined by **ester bonds** in condensation reactions. Saturated fatty acids have no C=C double bonds; unsaturated have one (mono-) or more (poly-); cis double bonds cause a kink, so unsaturated fats pack loosely and are liquid (oils) at room temperature.
- Fat in adipose tissue stores about twice as much energy per gram as carbohydrate, is insoluble (no osmotic effect) and also insulates.
- **Phospholipids** are **amphipathic** (hydrophilic phosphate head, hydrophobic tails) and form bilayers in water. **Steroids** such as testosterone and oestradiol have four fused rings.

### Exam tips
- Command terms: **Draw** alpha or beta glucose, **Compare and contrast** starch, glycogen and cellulose, **Explain** why lipids suit long-term energy storage.
- Common mistake: saying cellulose is made of alpha glucose. Another: calling the triglyceride bond glycosidic — it is an ester bond.
- Use "condensation" and "hydrolysis" in every answer about building or breaking polymers.
`),
  note("B2.3", String.raw`
A multicellular organism develops from a single cell, yet its cells end up very different. **Cell specialization** happens because cells **differentiate**: each cell has the whole genome, but only some genes are expressed, and the pattern of expression is set by signals such as morphogen gradients in the embryo. Cell size is also limited, which explains why cells stay small or adopt particular shapes.

### Key ideas
- **Stem cells** can divide repeatedly and differentiate. **Totipotent** (zygote and very early embryo: any cell type, including placenta), **pluripotent** (embryonic stem cells: any body cell type), **multipotent** (adult stem cells, e.g. in bone marrow: a limited range of related types).
- **Stem cell niches** such as bone marrow and hair follicles keep adult stem cells dividing or quiescent as needed.
- **Surface area to volume ratio** falls as a cell grows, because volume increases with the cube of the length and surface area only with the square. Exchange of materials and heat happens across the surface, so large cells cannot supply their volume fast enough. Adaptations that raise the ratio include flattening (type I pneumocytes) and microvilli.

| Specialized cell | Feature linked to function |
|---|---|
| Red blood cell | No nucleus, biconcave: more room for haemoglobin, large surface for gas exchange |
| Sperm | Flagellum and many mitochondria for swimming; acrosome enzymes to penetrate the egg |
| Egg (oocyte) | Large, with food reserves in the cytoplasm |
| Striated muscle fibre | Multinucleate; very long; many mitochondria |
| Type I / type II pneumocytes | Thin and flat for diffusion / secrete surfactant |
| Cardiac muscle | Branched cells joined by intercalated discs for rapid signal spread |

### Data skills
For a cube of side $L$: surface area $= 6L^2$, volume $= L^3$, so SA:V $= 6/L$.
| Side (µm) | Surface area (µm²) | Volume (µm³) | SA:V |
|---|---|---|---|
| 1 | 6 | 1 | 6.0 |
| 2 | 24 | 8 | 3.0 |
| 3 | 54 | 27 | 2.0 |

Doubling the side halves the ratio.

### Exam tips
- Command terms: **Outline** differentiation, **Explain** why cell size is limited, **Describe** properties of stem cells, **Compare and contrast** stem cell types.
- Common mistake: saying differentiated cells "lose genes". They keep the genome; gene **expression** differs.
- When you explain size limits, always say *ratio* falls, not "surface area falls".
`),
  note("B4.1", String.raw`
Every species has a **range of tolerance** for each abiotic factor (temperature, water, light, salinity, pH, soil type). Where conditions fall outside that range, the species cannot survive or reproduce, so abiotic factors help decide where species live. Communities that share similar climates form similar **biomes** on different continents, because similar conditions select for similar adaptations (convergent evolution).

### Key ideas
- **Habitat**: the place where a species normally lives, described by its geography and physical and biological conditions. **Adaptation**: a heritable feature that suits an organism to its habitat.
- **Tolerance curve**: an optimum range where the population is largest, zones of physiological stress either side, and zones of intolerance beyond.
- Distribution of a plant in relation to an abiotic gradient (e.g. across a sand dune, up a shore or away from a woodland edge) is investigated with a **transect**: quadrats placed at regular intervals along a line, recording abundance and measuring the abiotic factor at each point.
- **Coral reefs** need warm, clear, shallow, well-lit sea water of normal salinity and pH, because the photosynthetic algae living in the coral need light.
- **Biomes** are set mainly by mean temperature and rainfall (shown on a climograph).

| Biome | Conditions | Example adaptations |
|---|---|---|
| Hot desert | Very low rainfall, large daily temperature range | Cacti: stems store water, leaves reduced to spines, CAM photosynthesis; camels tolerate dehydration |
| Tropical rainforest | High rainfall and temperature all year | Tall trees with buttress roots; drip-tip leaves; epiphytes |
| Tundra | Cold, short growing season, permafrost | Low-growing cushion plants; thick fur and fat in mammals |
| Grassland | Seasonal rainfall, grazing, fire | Grasses grow from the base, regrow after grazing |

- **Xerophytes** resist drought (thick waxy cuticle, sunken stomata, rolled leaves); **halophytes** tolerate salty soil.

### Exam tips
- Command terms: **Describe** a tolerance curve, **Outline** how a transect is used, **Explain** adaptations of a named organism to a named biome, **Deduce** a relationship from transect data.
- Link each adaptation to a specific condition: "the cuticle reduces water loss *in a habitat with very low rainfall*".
- Common mistake: writing that organisms adapt "in order to" survive within their lifetime. Adaptations are inherited and arise by natural selection over generations.
- A correlation in transect data does not prove the abiotic factor is the cause.
`),
  note("C3.2", String.raw`
**Pathogens** are organisms or viruses that cause disease: bacteria, fungi, protists, some animals (parasitic worms) and viruses. The body defends itself in layers: physical barriers stop entry, the **innate** immune system reacts quickly and the same way every time, and the **adaptive** immune system makes specific antibodies and keeps a memory of each pathogen.

### Key ideas
- **First line**: skin (tough outer layer of dead cells) and mucous membranes (mucus traps pathogens; cilia sweep it away). Cuts are sealed by **blood clotting**: platelets and damaged cells release clotting factors, leading to a cascade in which prothrombin becomes **thrombin**, which converts soluble **fibrinogen** into insoluble **fibrin** fibres that trap blood cells.
- **Innate defence**: **phagocytes** (white blood cells) move to infection sites, engulf pathogens by endocytosis and digest them with lysosome enzymes. Non-specific.
- **Adaptive defence**: lymphocytes recognise **antigens** (molecules on a pathogen's surface). A **helper T cell** that binds a matching antigen activates the **B cell** that recognises the same antigen; that B cell divides by mitosis (**clonal selection and expansion**) into **plasma cells** that secrete large quantities of one specific antibody, and **memory cells** that persist.
- **Antibodies** bind antigens, making pathogens clump (agglutination), neutralising toxins and marking pathogens for phagocytes.
- **HIV** infects helper T cells, so antibody production eventually fails; the result is **AIDS** and vulnerability to opportunistic infections.
- **Antibiotics** block processes in bacteria that do not occur in human cells, so they do not work against viruses. Overuse selects for **antibiotic-resistant** strains.
- **Vaccines** contain antigens (weakened or killed pathogen, or mRNA coding for an antigen) and trigger memory cell production without illness. **Zoonoses** are diseases that pass from other animals to humans.

### Data skills
If each case infects $R_0$ others in an unprotected population, spread stops when more than a fraction $1 - \frac{1}{R_0}$ is immune (**herd immunity**). For $R_0 = 4$: $1 - \frac{1}{4} = 0.75$, so at least 75 % must be immune.

### Exam tips
- Command terms: **Outline** the clotting cascade, **Explain** antibody production or how vaccines give immunity, **Distinguish** innate and adaptive immunity, **Evaluate** epidemiological data (e.g. case numbers during the COVID-19 pandemic).
- Common mistakes: "antibiotics kill viruses"; "antibodies are made by phagocytes" (they are made by plasma cells); "bacteria become resistant by using antibiotics" (resistant variants already exist and are selected).
`),
  note("C4.1", String.raw`
A **population** is a group of organisms of the same species living and interbreeding in the same area; a **community** is all the populations living together in an area. Because whole populations cannot usually be counted, ecologists estimate their size by sampling, then study how they grow and how species interact.

### Key ideas
- **Random quadrat sampling** estimates the density of plants and sessile animals; results are reliable only with enough quadrats placed at random.
- **Capture–mark–release–recapture** (Lincoln index) estimates mobile animal populations. It assumes marks are not lost and do not affect survival, and the population is closed (no migration, births or deaths between samples).
- **Sigmoid growth curve**: exponential phase (resources plentiful), transitional phase (density-dependent factors slow growth), plateau at the **carrying capacity** (births ≈ deaths). **Density-dependent** limiting factors: competition for resources, predation, disease. 
- **Intraspecific** relationships include cooperation and competition. **Interspecific** relationships: herbivory, predation, interspecific competition, **mutualism** (both benefit, e.g. root nodules with nitrogen-fixing bacteria), parasitism and pathogenicity.
- **Predator–prey** numbers often cycle, the predator lagging behind its prey. Communities can be controlled **top-down** (by predators) or **bottom-up** (by resources). Some plants release chemicals that inhibit competitors (**allelopathy**), and some microbes secrete antibiotics.

### Worked example
Lincoln index: $N = \dfrac{M \times C}{R}$. 40 snails are marked and released; later 50 are captured, of which 8 are marked: $N = \frac{40 \times 50}{8} = 250$.

**Chi-squared test for association.** 100 random quadrats; species A in 40, species B in 50, both in 30. Expected (both) $= \frac{40 \times 50}{100} = 20$.

| | Observed | Expected | $\frac{(O-E)^2}{E}$ |
|---|---|---|---|
| A and B | 30 | 20 | 5.00 |
| A only | 10 | 20 | 5.00 |
| B only | 20 | 30 | 3.33 |
| Neither | 40 | 30 | 3.33 |

$\chi^2 = 16.67$ with $(2-1)(2-1) = 1$ degree of freedom. The critical value at $p = 0.05$ is 3.84, so reject the null hypothesis (no association): A and B are positively associated.

### Exam tips
- Command terms: **Calculate** a population estimate, **Outline** the phases of a sigmoid curve, **Explain** predator–prey cycles, **Deduce** an association from a chi-squared result.
- Always state the null hypothesis and compare $\chi^2$ with the critical value.
- Common mistake: "reject the null" does not prove a causal link, only an association.
`),
  note("C4.2", String.raw`
Ecosystems are **open systems**: both energy and matter can enter and leave. Almost every ecosystem is powered by sunlight, captured by **producers** and passed along food chains. The key contrast: **energy flows** through ecosystems and is eventually lost as heat, whereas **chemical elements cycle**, being used again and again.

### Key ideas
- **Autotrophs** make their own carbon compounds from inorganic carbon: **photoautotrophs** use light, **chemoautotrophs** use energy from oxidising inorganic chemicals (e.g. iron-oxidising bacteria). **Heterotrophs** obtain carbon compounds from other organisms: consumers ingest, **decomposers** (saprotrophs) digest dead matter externally.
- A **food chain** shows feeding relationships; arrows show the direction of energy flow. A trophic level is an organism's position in a chain.
- Energy is lost between trophic levels: much is released as **heat** by cell respiration, and some is never eaten or absorbed (bones, faeces, dead parts passed to decomposers). Typically only about 10 % passes to the next level, which limits chains to a few levels. **Pyramids of energy** therefore narrow at each step.
- **Gross primary production** (GPP) is the total carbon compounds made by producers; **net primary production** (NPP) $=$ GPP $-$ respiration, the biomass available to consumers.
- **Carbon cycle**: photosynthesis removes CO$_2$; respiration, combustion and decomposition return it. Carbon **sinks** (forests, oceans, peat, fossil fuels) store it; the burning of fossil fuels releases carbon locked away for millions of years. The **Keeling curve** from Mauna Loa shows rising atmospheric CO$_2$ with a yearly oscillation caused by seasonal photosynthesis in the northern hemisphere.

### Worked example
$$\text{efficiency} = \frac{\text{energy at higher level}}{\text{energy at lower level}} \times 100$$
Producers fix $12\,000\ \text{kJ m}^{-2}\ \text{y}^{-1}$; primary consumers receive $1\,080\ \text{kJ m}^{-2}\ \text{y}^{-1}$: efficiency $= \frac{1080}{12000} \times 100 = 9\%$.
If GPP $= 20\,000$ and plant respiration $= 11\,500\ \text{kJ m}^{-2}\ \text{y}^{-1}$, NPP $= 8\,500\ \text{kJ m}^{-2}\ \text{y}^{-1}$.

### Exam tips
- Command terms: **Construct** a food chain or energy pyramid, **Calculate** efficiency, **Explain** why energy is lost, **Distinguish** GPP and NPP, **Outline** the carbon cycle.
- Common mistakes: saying energy is "used up" or "recycled" (it is converted to heat and lost); arrows pointing from predator to prey; confusing biomass pyramids with energy pyramids.
`),
];

export default { subject: "biology", notes } satisfies SubjectNotes;
