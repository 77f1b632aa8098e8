import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Biology (first assessment 2025), one per leaf topic of prisma/seed/content/subjects/biology.ts.
// Notes belong to leaf topics (at SL or HL). A subtopic split into an SL parent and an AHL child (e.g. A1.2 / A1.2H) is a
// leaf at SL, so it gets a note for both levels on its SL content, and the AHL child gets an HL-only note on the extension;
// the eight unsplit SL subtopics get notes for both levels. Original writing; worked examples are computed and checked.
// Money never appears, so "$" is only ever a LaTeX delimiter.

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
  note(
    "A1.1",
    String.raw`
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
`,
  ),
  note(
    "A4.2",
    String.raw`
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
`,
  ),
  note(
    "B1.1",
    String.raw`
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
`,
  ),
  note(
    "B2.3",
    String.raw`
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
`,
  ),
  note(
    "B4.1",
    String.raw`
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
`,
  ),
  note(
    "C3.2",
    String.raw`
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
`,
  ),
  note(
    "C4.1",
    String.raw`
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
`,
  ),
  note(
    "C4.2",
    String.raw`
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
`,
  ),
  // ── SL and HL: subtopics whose AHL part is a child topic (the SL part; the child's note covers the extension)
  note(
    "A1.2",
    String.raw`
**Nucleic acids** store and pass on genetic information. DNA is the genetic material of all living organisms; some viruses use RNA instead. Both are polymers of **nucleotides**, and their power comes from two features: a base sequence that can vary without limit, and **complementary base pairing**, which lets that sequence be copied and read.

### Key ideas
- A **nucleotide** has three parts: a pentose sugar, a phosphate group and a nitrogenous base. In simple diagrams, draw the sugar as a pentagon, the phosphate as a circle and the base as a rectangle.
- Nucleotides are linked by **condensation** reactions: the phosphate of one nucleotide bonds covalently to the sugar of the next, forming a **sugar–phosphate backbone** with the bases projecting to one side.
- **DNA** is a **double helix** of two strands held together by **hydrogen bonds** between complementary bases: adenine with thymine, cytosine with guanine.

| | DNA | RNA |
|---|---|---|
| Sugar | Deoxyribose | Ribose |
| Bases | A, T, C, G | A, U, C, G |
| Strands | Two (double helix) | Usually one |

- **Complementary base pairing** is the basis of replication (each strand is a template for a new partner strand) and of gene expression (mRNA is built complementary to DNA; tRNA anticodons pair with mRNA codons).
- **Information capacity**: a sequence of $n$ bases can be arranged in $4^n$ ways, so DNA can store an effectively limitless amount of information.
- The **genetic code** is almost universal: the same codons specify the same amino acids in nearly all organisms, which is evidence that all life shares a common ancestor.

### Worked example
Possible sequences of 10 bases: $4^{10} = 1\,048\,576$. Each extra base multiplies the number by 4, so 11 bases give $4^{11} = 4\,194\,304$.

### Exam tips
- Command terms: **Draw** a nucleotide or a short section of DNA, **Compare and contrast** DNA and RNA, **Explain** the importance of complementary base pairing.
- Common mistakes: writing "thiamine" for thymine; pairing A with U in DNA; saying the bases form the backbone of a strand.
- HL students: continue with the extension note (A1.2H) on antiparallel strands, nucleosomes and the evidence for DNA.
`,
  ),
  note(
    "A2.2",
    String.raw`
The **cell** is the basic structural and functional unit of life: organisms are made of one or more cells, and cells arise only from existing cells. This topic asks you to recognise cell structures, compare the main types of cell, and use microscopes and micrographs quantitatively.

### Key ideas
- **All cells** have DNA as genetic material, cytoplasm (mostly water) and a plasma membrane.
- **Prokaryotes**: cell wall, plasma membrane, cytoplasm with 70S ribosomes, and a **naked loop of DNA** in a nucleoid region, not enclosed by a membrane. Some also have plasmids, pili or flagella.
- **Eukaryotes** are **compartmentalized**: a nucleus with a double membrane, membrane-bound organelles (mitochondria, endoplasmic reticulum, Golgi apparatus, vesicles) and 80S ribosomes in the cytoplasm.

| Feature | Plant | Animal | Fungus |
|---|---|---|---|
| Cell wall | Cellulose | None | Chitin |
| Chloroplasts | In many cells | None | None |
| Large permanent vacuole | Yes | No | Often |
| Carbohydrate store | Starch | Glycogen | Glycogen |

- **Unicellular organisms** carry out every function of life in one cell: metabolism, nutrition, growth, response to stimuli, excretion, homeostasis, movement and reproduction (e.g. *Paramecium*).
- **Atypical cells**: red blood cells and phloem sieve tube elements lack a nucleus; skeletal muscle fibres and aseptate fungal hyphae have many nuclei in one continuous cytoplasm.
- **Advances in microscopy**: electron microscopes have far higher resolution and reveal ultrastructure; freeze-fracture, cryogenic electron microscopy, fluorescent stains and immunofluorescence (antibodies carrying fluorescent tags) show where particular molecules are.

### Worked example
$\text{magnification} = \frac{\text{image size}}{\text{actual size}}$
Use the same units ($1\ \text{mm} = 1000\ \text{µm}$). A mitochondrion 3 µm long measures 24 mm on a micrograph: $\frac{24\,000}{3} = \times 8000$. A 20 mm scale bar labelled 5 µm shows a magnification of $\frac{20\,000}{5} = \times 4000$.

### Exam tips
- Command terms: **Calculate** magnification or actual size, **Identify** structures in electron micrographs, **Compare and contrast** prokaryotic and eukaryotic cells, **Draw** a cell (clear lines, no shading, labels with ruled lines).
- Common mistakes: not converting units; saying prokaryotes have a nucleus or no DNA; confusing magnification with resolution.
- HL students: the extension note (A2.2H) covers endosymbiosis, differentiation and multicellularity.
`,
  ),
  note(
    "A3.1",
    String.raw`
Life is extremely varied, yet it can be sorted into **species**. This topic covers how species are defined and named, and how chromosomes and genomes show both the **unity** and the **diversity** of living things.

### Key ideas
- **Variation** exists between individuals of a species and, to a greater extent, between species.
- **Morphological species concept**: a species is a group sharing a set of observable traits; this is how Linnaeus classified organisms. **Biological species concept**: a group of organisms that can interbreed to produce fertile offspring.
- **Binomial nomenclature**: genus (capital letter) then species (lower case), in italics when typed and underlined when handwritten, e.g. *Homo sapiens*. Each name is unique and used worldwide.
- When populations stop interbreeding they diverge gradually, so at any moment some pairs of populations are hard to classify as one species or two.
- **Chromosome number** varies between species (diploid numbers below). A **karyogram** arranges an individual's chromosomes in homologous pairs by size and centromere position; it shows sex and abnormal numbers, such as three copies of chromosome 21 in Down syndrome.

| Species | Diploid chromosome number |
|---|---|
| Human | 46 |
| Chimpanzee | 48 |
| Dog | 78 |
| Rice | 24 |

- **Genomes**: all members of a species share most of their genome (unity), while single-base differences and other variations make individuals different (diversity). Eukaryote genome size varies enormously and is not a guide to complexity: some plants and amphibians have far larger genomes than humans.
- **Whole genome sequencing** is now fast and cheap. Uses include research into evolutionary relationships and, increasingly, personalised medicine based on an individual's genome.

### Exam tips
- Command terms: **State** the biological species concept, **Outline** the binomial system, **Deduce** sex or a chromosome abnormality from a karyogram, **Discuss** difficulties in deciding whether populations are separate species.
- Common mistakes: writing the species name with a capital letter; assuming a larger genome means a more complex organism; counting chromosomes rather than homologous pairs (or the reverse) when a question asks for one of them.
- HL students: the extension note (A3.1H) covers limits of species concepts, chromosome fusion, keys and eDNA.
`,
  ),
  note(
    "A4.1",
    String.raw`
**Evolution** is change in the heritable characteristics of a population over generations. Acquired characteristics, such as muscles built by exercise, are not inherited and do not count. This topic asks for the evidence that evolution has happened and for how one species can split into two.

### Key ideas
- **Molecular evidence**: the base sequences of DNA and RNA and the amino acid sequences of proteins are compared between species. The more differences, the longer ago the species shared a common ancestor.
- **Selective breeding**: humans have changed crops and domesticated animals greatly in a short time by choosing which individuals reproduce (e.g. cabbage, broccoli and kale all come from wild cabbage), showing that selection can change species.
- **Homologous structures** share a basic structure because of common ancestry but may have different functions: the **pentadactyl limb** in a human arm, a bat wing and a whale flipper.
- **Analogous structures** have similar functions but different origins, the result of **convergent evolution**: the wings of birds and insects.

| | Homologous | Analogous |
|---|---|---|
| Origin | Common ancestor | Different ancestors |
| Structure | Same basic plan | Different plans |
| Function | Often different | Similar |
| Evidence for | Divergent evolution | Convergent evolution |

- **Speciation** is the splitting of one species into two or more. It needs **reproductive isolation** (no gene flow between populations) and **differential selection** (different selection pressures in each), so the populations' gene pools diverge until they can no longer interbreed.
- **Geographical isolation** is one route to reproductive isolation: bonobos (south of the Congo River) and common chimpanzees (north of it) are thought to have become separate species after the river divided their ancestral population.
- Speciation adds species; extinction removes them. The balance sets biodiversity over time.

### Exam tips
- Command terms: **Outline** evidence for evolution, **Distinguish** homologous and analogous structures, **Explain** how geographical isolation can lead to speciation.
- Common mistakes: saying individuals evolve (populations do); describing analogous structures as evidence of close relationship; leaving out reproductive isolation when explaining speciation.
- HL students: the extension note (A4.1H) covers adaptive radiation, barriers to hybridization and polyploidy.
`,
  ),
  note(
    "B1.2",
    String.raw`
Proteins do more jobs in cells than any other molecules: enzymes, transport, structure, signalling, defence and movement. Every protein is one or more **polypeptides**, chains of **amino acids** joined in a sequence coded by a gene. The sequence decides how the chain folds, and the folded shape decides the function.

### Key ideas
- **Amino acid structure**: a central carbon atom bonded to an amine group ($-\text{NH}_2$), a carboxyl group ($-\text{COOH}$), a hydrogen atom and a variable **R-group**. Twenty amino acids are used to build proteins, differing only in their R-groups.
- **Condensation** between the carboxyl group of one amino acid and the amine group of the next forms a **peptide bond** and releases water, giving a dipeptide, then a polypeptide. Ribosomes carry this out during translation. **Hydrolysis** (e.g. by proteases in digestion) breaks peptide bonds.
- **Dietary needs**: **essential** amino acids cannot be made in the body and must be eaten; **non-essential** ones can be made from other compounds. Vegan diets need a mix of plant proteins (such as legumes with cereals) to supply every essential amino acid.
- **Variety**: with 20 amino acids, a chain of $n$ amino acids can have $20^n$ sequences, so the possible range of proteins is effectively unlimited.
- **Denaturation**: a permanent change to a protein's three-dimensional shape, which usually destroys its function. **High temperature** makes the molecule vibrate until the bonds holding its shape break; **extreme pH** changes the charges on R-groups, breaking ionic and hydrogen bonds. Peptide bonds are not broken. Denatured soluble proteins often become insoluble, as when egg white turns solid on cooking.

### Worked example
Different tripeptides possible: $20^3 = 8000$. For a polypeptide of 100 amino acids: $20^{100} \approx 1.27 \times 10^{130}$ sequences.

### Exam tips
- Command terms: **Draw** the generalized structure of an amino acid or a dipeptide (circle the peptide bond), **Explain** the effect of heat or pH on protein structure, **Outline** why vegans must plan protein intake.
- Common mistakes: drawing the peptide bond between two R-groups; saying denaturation breaks peptide bonds; saying enzymes are "killed" (they are denatured).
- HL students: the extension note (B1.2H) covers R-group chemistry and tertiary and quaternary structure.
`,
  ),
  note(
    "B2.1",
    String.raw`
Every cell is surrounded by a **plasma membrane** that decides what enters and leaves. Its basis is a **phospholipid bilayer**, with proteins embedded in or attached to it. Different substances cross in different ways, depending on their size and polarity and on the proteins present.

### Key ideas
- Phospholipids are **amphipathic**, so in water they form a bilayer: hydrophilic phosphate heads face the water on each side, hydrophobic fatty acid tails face inwards. The **hydrophobic core** is a barrier to ions and to large or polar molecules.
- **Integral proteins** are embedded in the bilayer, often spanning it; **peripheral proteins** are attached to its surface.
- **Glycoproteins** and **glycolipids** carry carbohydrate chains on the outer surface, forming the **glycocalyx**, used in cell recognition and cell adhesion.
- The **fluid mosaic model**: proteins sit like a mosaic in a bilayer whose molecules move freely within their layer.

| Method | Passive or active | Route | Example |
|---|---|---|---|
| Simple diffusion | Passive, down the gradient | Between phospholipids | O$_2$, CO$_2$ |
| Osmosis | Passive | Mostly through **aquaporins** | Water |
| Facilitated diffusion | Passive | **Channel proteins** | Ions such as K$^+$ |
| Active transport | Active: uses ATP, against the gradient | **Pump proteins** | Mineral ions into root hair cells |

- **Osmosis** is the net movement of water across a membrane from a lower to a higher solute concentration.
- Facilitated diffusion and active transport are **selective**: each channel or pump fits particular particles. Simple diffusion is not selective; it depends only on whether a particle can pass through the bilayer.

### Exam tips
- Command terms: **Draw** and label the fluid mosaic model, **Distinguish** active and passive transport, **Explain** why the bilayer is a barrier to ions, **Outline** the role of aquaporins.
- Common mistakes: saying water moves "from high to low solute concentration" (it is the reverse); calling osmosis active; drawing proteins only on the surface of the membrane.
- Always state the direction relative to the concentration gradient and whether ATP is used.
- HL students: the extension note (B2.1H) covers fluidity, gated channels, the sodium–potassium pump and cotransport.
`,
  ),
  note(
    "B2.2",
    String.raw`
Eukaryotic cells are divided into **organelles**: discrete subunits of a cell, each adapted to a particular function. Separating processes into compartments lets the cell keep conditions right for each one and keep harmful enzymes away from the rest of the cell.

### Key ideas
- An organelle is a discrete structure with a specialised function. The cell wall, cytoskeleton and cytoplasm are not counted as organelles.
- Organelles are studied by **cell fractionation**: cells are broken open and the mixture spun in a centrifuge at increasing speeds, so that larger, denser organelles (such as nuclei) settle first.
- **Nucleus and cytoplasm**: in eukaryotes, transcription happens in the nucleus and translation in the cytoplasm, so mRNA can be modified before it is translated. In prokaryotes, with no nucleus, ribosomes can start translating mRNA while it is still being transcribed.
- **Compartments in the cytoplasm** concentrate the enzymes and substrates of one process and keep incompatible processes apart. **Lysosomes** hold hydrolytic enzymes that would digest the cell's own components if they were free in the cytoplasm; **phagocytic vacuoles** let white blood cells digest engulfed pathogens safely.

| Organelle | Main function |
|---|---|
| Nucleus | Holds chromosomes; site of transcription |
| Mitochondrion | Aerobic respiration, producing ATP |
| Chloroplast | Photosynthesis |
| Ribosome (not membrane-bound) | Protein synthesis |
| Rough ER | Makes proteins for secretion and membranes |
| Golgi apparatus | Modifies and packages proteins |
| Lysosome | Digests old organelles and engulfed material |
| Vacuole | Storage; keeps plant cells turgid |

### Exam tips
- Command terms: **Identify** organelles in a micrograph, **Explain** the advantages of compartmentalization, **Outline** the advantage of separating the nucleus from the cytoplasm.
- Common mistakes: listing the cell wall as an organelle; saying prokaryotes have no ribosomes; giving a function without linking it to the structure or compartment.
- Be exact: "hydrolytic enzymes are kept inside lysosomes so they do not digest the cell's own molecules" earns more than "lysosomes keep things separate".
- HL students: the extension note (B2.2H) covers how mitochondria, chloroplasts, the nucleus and the endomembrane system are adapted.
`,
  ),
  note(
    "B3.1",
    String.raw`
All organisms exchange oxygen and carbon dioxide with their surroundings. Larger organisms have too small a surface area to volume ratio to rely on their body surface, so they have specialised **gas-exchange surfaces** (lungs, gills, leaves).

### Key ideas
- **Properties of gas-exchange surfaces**: permeable to O$_2$ and CO$_2$, a thin layer of cells (short diffusion distance), moist (gases dissolve before diffusing) and a large surface area.
- **Steep concentration gradients** are kept by a dense network of capillaries, continuous blood flow carrying gases away, and ventilation bringing fresh air or water.
- **Mammalian lungs**: branching bronchi and bronchioles lead to millions of **alveoli**, giving a huge surface area. Alveolar walls are one cell thick (type I pneumocytes); type II pneumocytes secrete **surfactant**, which lowers surface tension so alveoli do not collapse or stick together; each alveolus is surrounded by capillaries.
- **Ventilation**: to inhale, the external intercostal muscles contract (ribs move up and out) and the diaphragm contracts and flattens. Thorax volume rises, pressure falls below atmospheric, and air flows in. Quiet exhalation is passive (muscles relax, lungs recoil); forced exhalation uses the internal intercostals and abdominal muscles.
- **Lung volumes** (measured with a spirometer): **tidal volume** (one normal breath), **inspiratory** and **expiratory reserve volumes**, and **vital capacity** (tidal volume plus both reserves).
- **Leaves**: gases diffuse through **stomata** (controlled by **guard cells**) into air spaces of the spongy mesophyll. Tissues from top to bottom: waxy cuticle, upper epidermis, palisade mesophyll, spongy mesophyll, lower epidermis.
- **Transpiration** (loss of water vapour) is the unavoidable cost of open stomata.

### Data skills
Vital capacity with a tidal volume of 0.5 L, inspiratory reserve 3.0 L and expiratory reserve 1.2 L: $0.5 + 3.0 + 1.2 = 4.7\ \text{L}$. At 12 breaths per minute, air breathed per minute $= 12 \times 0.5 = 6\ \text{L min}^{-1}$.

**Stomatal density**: 25 stomata in a circular field of view of diameter 0.4 mm. Area $= \pi \times 0.2^2 \approx 0.1257\ \text{mm}^2$, so density $= \frac{25}{0.1257} \approx 199\ \text{mm}^{-2}$.

### Exam tips
- Command terms: **Explain** how alveoli are adapted, **Outline** the mechanism of ventilation, **Calculate** vital capacity or stomatal density, **Draw** a plan diagram of a leaf.
- Common mistakes: saying air rushes in and *then* the chest expands (volume change comes first); confusing ventilation with respiration.
- HL students: the extension note (B3.1H) covers haemoglobin and the Bohr shift.
`,
  ),
  note(
    "B3.2",
    String.raw`
Large organisms need **mass transport**, because diffusion is too slow over long distances. In mammals, blood is pumped through vessels whose structure matches the pressure in them; in plants, transpiration pulls water up the xylem.

### Key ideas
| | Artery | Capillary | Vein |
|---|---|---|---|
| Pressure | High, pulsing | Falling | Low |
| Wall | Thick: elastic fibres, smooth muscle, collagen | One cell thick (endothelium), sometimes with pores (fenestrations) | Thin, little muscle or elastic tissue |
| Lumen | Narrow | Very narrow | Wide |
| Valves | No | No | Yes |

- **Arteries**: elastic fibres stretch with each surge and recoil between beats, evening out pressure; muscle can narrow the vessel. The **pulse** is this surge, felt at the wrist or neck.
- **Capillaries** form dense beds close to every cell, with a large total surface area for exchange.
- **Veins**: valves stop backflow, and contraction of neighbouring skeletal muscles squeezes blood towards the heart.
- **Coronary arteries** supply the heart muscle itself. Fatty plaques (atherosclerosis) can narrow them, and a clot can block them; heart muscle beyond the blockage is starved of oxygen and may die (a heart attack). Risk factors include smoking, high blood pressure and high blood cholesterol.
- **Water transport in plants**: water evaporates from mesophyll cell walls and leaves through stomata. This creates **tension** that pulls water up the xylem; **cohesion** between water molecules keeps the column continuous, and **adhesion** to the xylem walls helps.
- **Xylem vessels** are dead, empty tubes with no end walls; **lignin** thickens their walls so they do not collapse under tension; **pits** let water move sideways.
- Dicot **stem**: vascular bundles in a ring, xylem inside, phloem outside. Dicot **root**: a central vascular cylinder.

### Worked example
18 pulses are counted in 15 s: heart rate $= 18 \times 4 = 72$ beats per minute.

### Exam tips
- Command terms: **Distinguish** arteries, capillaries and veins, **Explain** how xylem is adapted for transport under tension, **Evaluate** data on risk factors for coronary heart disease.
- Common mistakes: defining arteries as vessels carrying oxygenated blood (the pulmonary artery carries deoxygenated blood: arteries carry blood *away from* the heart); saying roots "suck" water up; treating a correlation with a risk factor as proof of cause.
- HL students: the extension note (B3.2H) covers tissue fluid, the heartbeat and phloem.
`,
  ),
  note(
    "B4.2",
    String.raw`
A species' **ecological niche** is its role in an ecosystem: where it lives, the range of conditions it tolerates, how it obtains food and energy, and how it interacts with other species. Each species has a **zone of tolerance** for every abiotic factor and can live only where all of them fall within it.

### Key ideas
- **Oxygen and respiration**: **obligate aerobes** need oxygen; **obligate anaerobes** cannot survive where oxygen is present; **facultative anaerobes** (e.g. yeast) respire aerobically when oxygen is available and anaerobically when it is not.

| Mode of nutrition | How carbon compounds are obtained | Examples |
|---|---|---|
| Photosynthesis (autotrophic) | Made from CO$_2$ using light energy | Plants, algae, cyanobacteria |
| Holozoic (heterotrophic) | Food ingested, digested internally, absorbed, assimilated | Animals |
| Mixotrophic | Both photosynthesis and heterotrophic feeding | Some protists, e.g. *Euglena* |
| Saprotrophic (heterotrophic) | Enzymes secreted onto dead matter; products absorbed | Many fungi and bacteria |

- **Archaea** show great diversity of nutrition: different species use light energy, oxidise inorganic chemicals, or oxidise carbon compounds.
- Mixotrophs may be **obligate** (they need both modes) or **facultative** (they can switch depending on conditions).
- Saprotrophs, with other decomposers, release nutrients from dead organisms for reuse.
- **Dentition and diet**: fossil teeth show what hominins ate. Very large, flat molars with thick enamel, as in *Paranthropus*, suggest a diet of tough plant foods that needed grinding; smaller teeth in *Homo* species are linked to softer food, including meat, and later to cooked food.

### Key terms
Niche, zone of tolerance, obligate and facultative anaerobe, autotroph, heterotroph, holozoic, mixotrophic, saprotrophic.

### Exam tips
- Command terms: **Define** a niche, **Distinguish** holozoic and saprotrophic nutrition, **Outline** modes of nutrition in archaea, **Deduce** diet from the teeth of a skull.
- Common mistakes: treating "niche" and "habitat" as the same word (habitat is only one part of the niche); saying fungi photosynthesise; describing saprotrophs as ingesting food (they digest it externally).
- HL students: the extension note (B4.2H) covers feeding adaptations, fundamental and realized niches and competitive exclusion.
`,
  ),
  note(
    "C1.1",
    String.raw`
**Enzymes** are biological catalysts: globular proteins that speed up chemical reactions without being used up. **Metabolism** is the complex network of enzyme-catalysed reactions in a cell or organism; each reaction needs its own enzyme, so enzymes let a cell control which reactions happen.

### Key ideas
- **Anabolism** builds larger molecules from smaller ones (e.g. protein synthesis, photosynthesis, glycogen formation); **catabolism** breaks larger molecules into smaller ones (e.g. digestion, respiration).
- The **active site** is a small region of the enzyme, formed by a few amino acids, where the substrate binds. Its shape and chemical properties make each enzyme **specific**. In the **induced-fit** model, both substrate and active site change shape slightly on binding, which stresses the substrate's bonds.
- Substrate and enzyme must **collide** with the right orientation. In solution both move randomly; higher kinetic energy means more frequent successful collisions.
- Enzymes **lower the activation energy** of a reaction, so it happens fast at body temperature.

| Factor | Effect on rate |
|---|---|
| Temperature | Rises up to an optimum (more collisions), then falls steeply as the enzyme is denatured |
| pH | Highest at an optimum pH; on either side, changed charges alter the active site, and extremes denature it |
| Substrate concentration | Rises, then levels off when all active sites are occupied |

- **Denaturation** is a change in the enzyme's shape, including its active site, so the substrate no longer fits. It is usually permanent.

### Data skills
Rate is measured as product formed or substrate used per unit time. Catalase releases 24 cm$^3$ of oxygen in the first 60 s: rate $= \frac{24}{60} = 0.4\ \text{cm}^3\ \text{s}^{-1}$. On a curve, the **initial rate** is the gradient of a tangent drawn at time zero.

### Exam tips
- Command terms: **Sketch** rate against temperature, pH or substrate concentration, **Explain** the shape of each curve, **Design** an experiment to measure the effect of a factor.
- Common mistakes: saying enzymes are "killed" at high temperature; saying rate falls at high substrate concentration (it levels off); saying the enzyme is used up.
- When explaining a curve, refer to collisions, active sites or denaturation, not just "the enzyme works better".
- HL students: the extension note (C1.1H) covers metabolic pathways and enzyme inhibition.
`,
  ),
  note(
    "C1.2",
    String.raw`
Cells need a constant supply of **ATP** (adenosine triphosphate), the molecule that transfers energy to the processes that need it. **Cell respiration** is the controlled release of energy from carbon compounds such as glucose and fatty acids, used to make ATP. It happens in every living cell, all the time.

### Key ideas
- ATP is a nucleotide with three phosphate groups. **Hydrolysis** of ATP to ADP and phosphate releases energy for the cell; making ATP from ADP and phosphate needs energy, supplied by respiration.
- **Uses of ATP**: active transport, synthesis of macromolecules (anabolism), and movement (muscle contraction, movement of vesicles and chromosomes).
- Respiration is not the same as ventilation (breathing) or gas exchange.

| | Aerobic respiration | Anaerobic respiration |
|---|---|---|
| Oxygen | Needed | Not needed |
| Products (humans) | CO$_2$ and water | Lactate |
| Products (yeast) | CO$_2$ and water | Ethanol and CO$_2$ |
| ATP per glucose | Large yield (about 30) | Small yield (2) |
| Where (eukaryotes) | Starts in cytoplasm, mostly in mitochondria | Cytoplasm |

- Aerobic respiration of glucose: $\text{C}_6\text{H}_{12}\text{O}_6 + 6\text{O}_2 \rightarrow 6\text{CO}_2 + 6\text{H}_2\text{O}$.
- Humans use **anaerobic** respiration for short bursts of intense activity, when oxygen supply cannot keep up; lactate builds up and must later be removed.
- Yeast's anaerobic respiration is used in **baking** (CO$_2$ makes dough rise) and **brewing** (ethanol).
- **Rate of respiration** can be measured with a **respirometer**: an alkali such as soda lime absorbs CO$_2$, so movement of a fluid drop in a capillary tube shows oxygen uptake. Keep temperature constant and use a control with no organisms.

### Worked example
A drop moves 12 mm in 10 minutes along a capillary of radius 0.5 mm. Volume of oxygen used $= \pi r^2 l = \pi \times 0.5^2 \times 12 \approx 9.42\ \text{mm}^3$, so the rate is about $0.94\ \text{mm}^3\ \text{min}^{-1}$.

### Exam tips
- Command terms: **Compare and contrast** aerobic and anaerobic respiration, **Outline** uses of ATP, **Explain** how a respirometer works, **Calculate** a rate of oxygen uptake.
- Common mistakes: saying respiration "makes energy" (it releases energy, which is transferred to ATP); saying human anaerobic respiration produces CO$_2$; confusing respiration with breathing.
- HL students: the extension note (C1.2H) covers glycolysis, the Krebs cycle and chemiosmosis.
`,
  ),
  note(
    "C1.3",
    String.raw`
**Photosynthesis** transforms light energy into chemical energy stored in carbon compounds. Almost all food chains depend on it, and it supplies the oxygen in the atmosphere. Pigments in chloroplasts absorb light; the energy is used to split water and to reduce carbon dioxide to sugars.

### Key ideas
- Overall: $6\text{CO}_2 + 6\text{H}_2\text{O} \rightarrow \text{C}_6\text{H}_{12}\text{O}_6 + 6\text{O}_2$. Hydrogen from splitting water is used to reduce CO$_2$; the **oxygen released comes from water** and is a by-product.
- **Pigments** (chlorophyll a and b, carotenoids) can be separated by **chromatography** and identified by their $R_f$ values.
- **Absorption spectrum**: how much light each pigment absorbs at each wavelength. Chlorophyll absorbs red and blue light strongly and reflects green. **Action spectrum**: the rate of photosynthesis at each wavelength. The two match closely, showing that the absorbed light drives photosynthesis.
- **Limiting factors**: light intensity, CO$_2$ concentration and temperature. At any moment, the factor in shortest supply limits the rate; raising it increases the rate until another factor becomes limiting and the curve levels off.
- **Experiments**: vary light intensity by moving a lamp, CO$_2$ with sodium hydrogencarbonate solution, temperature with a water bath; measure oxygen bubbles or volume from pondweed, or the time for leaf discs to float.
- **CO$_2$ enrichment experiments**, such as free-air CO$_2$ enrichment (FACE), raise CO$_2$ around crops or forest plots in natural conditions to predict how plants will respond to future atmospheres; responses vary with species and with other limiting factors such as nutrient supply.

### Data skills
$R_f = \frac{\text{distance moved by pigment}}{\text{distance moved by solvent front}}$
A pigment travels 3.6 cm while the solvent front travels 8.0 cm: $R_f = \frac{3.6}{8.0} = 0.45$. $R_f$ has no units and is always below 1.

### Exam tips
- Command terms: **Distinguish** absorption and action spectra, **Explain** the effect of a limiting factor from a graph, **Calculate** $R_f$, **Design** an experiment with controlled variables.
- Common mistakes: saying plants absorb green light; saying the oxygen comes from CO$_2$; stating that a curve levels off "because the plant is full" instead of naming the new limiting factor.
- HL students: the extension note (C1.3H) covers the light-dependent reactions and the Calvin cycle.
`,
  ),
  note(
    "C2.2",
    String.raw`
**Neurons** carry information rapidly as electrical impulses. An impulse is an **action potential**: a brief reversal of the voltage across the membrane that travels along the axon. At **synapses**, chemical neurotransmitters pass the signal to the next cell.

### Key ideas
- **Resting potential** (about $-70\ \text{mV}$): the inside of the axon is negative relative to the outside. Sodium–potassium pumps build concentration gradients (Na$^+$ high outside, K$^+$ high inside), and the membrane is more permeable to K$^+$, which leaks out.
- **Depolarization**: if the membrane reaches the **threshold** (about $-50\ \text{mV}$), voltage-gated Na$^+$ channels open, Na$^+$ floods in and the inside becomes positive (about $+30\ \text{mV}$).
- **Repolarization**: Na$^+$ channels close and K$^+$ channels open; K$^+$ leaves and the potential returns to negative. Pumps then restore the ion gradients.
- **Propagation**: local currents from one depolarized region bring the next region to threshold, so the impulse moves along the axon in one direction.
- **Speed** increases with axon diameter and with **myelination**: a myelin sheath insulates the axon, so impulses jump from one **node of Ranvier** to the next (**saltatory conduction**).
- **Synaptic transmission**: an impulse reaching the presynaptic terminal opens Ca$^{2+}$ channels; Ca$^{2+}$ entry causes vesicles to release neurotransmitter by exocytosis. It diffuses across the cleft and binds to receptors, opening channels so Na$^+$ enters and the postsynaptic membrane depolarizes (an **excitatory postsynaptic potential**). Acetylcholine is then broken down by acetylcholinesterase so the signal stops.

### Worked example
An impulse travels 0.12 m along a nerve in 0.002 s: speed $= \frac{0.12}{0.002} = 60\ \text{m s}^{-1}$.

On an oscilloscope trace, read the resting potential, the peak and the duration of one action potential from the axes.

### Exam tips
- Command terms: **Explain** how a resting potential is maintained, **Outline** the events of an action potential, **Explain** saltatory conduction, **Analyse** an oscilloscope trace.
- Common mistakes: saying Na$^+$ *moves out* during depolarization; saying impulses travel along the myelin; forgetting the role of calcium ions at the synapse.
- Always name the ion, the direction and the type of channel.
- HL students: the extension note (C2.2H) covers summation, inhibitory synapses, pain and exogenous chemicals.
`,
  ),
  note(
    "C3.1",
    String.raw`
A multicellular organism works only if its systems are **integrated**: cells form tissues, tissues form organs, and organs form systems, each a subsystem of the whole. Two systems coordinate the rest: the **nervous system** (fast, precise, short-lived signals) and the **endocrine system** (hormones in the blood: slower, widespread, longer-lasting).

### Key ideas
- The **brain** is the main centre for integrating information; the **spinal cord** integrates unconscious processes such as reflexes. Together they form the central nervous system (CNS).
- **Receptors** detect stimuli; **sensory neurons** carry impulses to the CNS; **motor neurons** carry impulses to **effectors** (muscles and glands).
- **Pain reflex arc**: receptor → sensory neuron → relay (inter)neuron in the spinal cord → motor neuron → muscle. The response is rapid and does not need the brain.
- The **cerebellum** coordinates skeletal muscle contraction and balance.
- The **pineal gland** secretes **melatonin** at night, helping to set sleep patterns and the daily rhythm; light reaching the eyes reduces its secretion.
- **Adrenaline** (epinephrine) prepares the body for vigorous activity: faster heart and ventilation rates, wider airways, more blood glucose.
- The **hypothalamus** links the nervous and endocrine systems, controlling the **pituitary gland**, which secretes hormones that regulate other glands.
- **Heart rate** is controlled by the medulla of the brainstem, using input from **baroreceptors** (blood pressure) and **chemoreceptors** (blood CO$_2$ and pH); nerves to the pacemaker speed or slow the heart.
- **Ventilation rate**: chemoreceptors detect a fall in blood pH (from more CO$_2$) and the brainstem increases the rate and depth of breathing.
- **Peristalsis** in the gut is controlled by the **enteric nervous system** and is involuntary; swallowing and egestion are under voluntary control.

| | Nervous | Endocrine |
|---|---|---|
| Signal | Electrical impulses, neurotransmitters | Hormones in the blood |
| Speed | Very fast | Slower |
| Effect | Short-lived, localized | Longer-lasting, widespread |

### Exam tips
- Command terms: **Compare and contrast** nervous and hormonal signalling, **Outline** a reflex arc, **Explain** how heart rate or ventilation rate is adjusted during exercise.
- Common mistakes: saying the brain starts each heartbeat; saying low oxygen is the main stimulus for faster breathing (it is mainly rising CO$_2$, detected as falling pH); leaving the relay neuron out of a reflex arc.
- HL students: the extension note (C3.1H) covers tropisms and plant growth regulators.
`,
  ),
  note(
    "D1.1",
    String.raw`
Before a cell divides, its DNA must be copied exactly, so that each daughter cell receives the same genetic information. **DNA replication** achieves this by using each existing strand as a template, relying on **complementary base pairing**. The same principles let scientists copy DNA in a tube, by the **polymerase chain reaction** (PCR).

### Key ideas
- **Semi-conservative replication**: each new DNA molecule has one strand from the original molecule and one newly built strand.
- **Helicase** unwinds the double helix and separates the two strands by breaking the hydrogen bonds between bases.
- **DNA polymerase** links free nucleotides into a new strand, each nucleotide pairing with its complementary base on the template (A with T, C with G), so the new molecules are identical to the original.
- Evidence: **Meselson and Stahl** grew bacteria on heavy nitrogen ($^{15}$N), then moved them to light nitrogen ($^{14}$N). After one generation all DNA had intermediate density; after two, half was intermediate and half light, as semi-conservative replication predicts.
- **PCR** amplifies tiny samples of DNA. Each cycle: heat to about 95 °C to separate the strands; cool to about 55 °C so short **primers** bind; heat to about 72 °C so **Taq polymerase** (heat-stable, from a bacterium of hot springs) builds new strands. Each cycle doubles the number of copies.
- **Gel electrophoresis** separates DNA fragments by size: DNA is negatively charged (phosphate groups), so it moves through the gel towards the positive electrode, and smaller fragments move further. A ladder of fragments of known sizes is run alongside.
- **Applications**: PCR tests for viruses such as SARS-CoV-2 (the viral RNA is first copied into DNA); **DNA profiling** in forensic investigations and paternity tests, comparing band patterns from variable repeated sequences.

### Worked example
Starting from one DNA molecule, 30 PCR cycles give $2^{30} = 1\,073\,741\,824$ copies, about $1.07 \times 10^9$.

### Exam tips
- Command terms: **Outline** the roles of helicase and DNA polymerase, **Explain** why replication is semi-conservative, **Deduce** relationships from a DNA profile, **Outline** the steps of PCR.
- Common mistakes: saying helicase breaks covalent bonds; saying DNA moves to the negative electrode; saying the new molecule is "half new DNA" without explaining that one whole strand is conserved.
- HL students: the extension note (D1.1H) covers leading and lagging strands, the other enzymes and proofreading.
`,
  ),
  note(
    "D1.2",
    String.raw`
A gene is expressed in two stages. In **transcription**, the base sequence of a gene is copied into messenger RNA (mRNA); in **translation**, ribosomes read the mRNA and join amino acids into a polypeptide. Complementary base pairing links every step.

### Key ideas
- **Transcription**: RNA polymerase separates the two DNA strands and assembles RNA nucleotides complementary to the **template strand** (A on DNA pairs with U on RNA; T with A; C with G; G with C), linking them into a strand of mRNA. The mRNA has the same sequence as the other (coding) strand, but with U in place of T.
- The DNA is not changed by transcription and stays stable, so a gene can be transcribed many times. Only the genes needed by a cell are transcribed.
- **Translation** happens on **ribosomes** in the cytoplasm. Each **transfer RNA** (tRNA) carries a specific amino acid and has an **anticodon** that pairs with a complementary **codon** on the mRNA. The ribosome moves along the mRNA one codon at a time and links the amino acids with **peptide bonds**, until a stop codon is reached.
- **The genetic code**: a **codon** is three bases, so there are $4^3 = 64$ codons. The code is **degenerate** (most amino acids have more than one codon) and almost **universal**. AUG is the start codon (methionine); UAA, UAG and UGA are stop codons.
- Use a codon table by reading the first, second and third bases of the **mRNA** codon.

### Worked example
- Template strand: 3′-TAC GGA TTT ATC-5′
- mRNA: 5′-AUG CCU AAA UAG-3′
- Polypeptide: Met–Pro–Lys, then stop.

Four codons give three amino acids, because the stop codon codes for none.

### Exam tips
- Command terms: **Outline** transcription or translation, **Deduce** the amino acid sequence from a DNA or mRNA sequence, **Compare and contrast** transcription and translation.
- Common mistakes: writing T in an mRNA sequence; reading the codon table with tRNA anticodons or DNA triplets instead of mRNA codons; saying ribosomes make amino acids (they join them).
- HL students: the extension note (D1.2H) covers promoters, mRNA processing, initiation and modification of polypeptides.
`,
  ),
  note(
    "D1.3",
    String.raw`
A **gene mutation** is a change to the base sequence of a gene. Most are neutral or harmful, but mutation is the only source of new alleles, so it is the raw material of evolution. This topic covers the types of mutation, their effects on proteins, their causes and why it matters which cells they happen in.

### Key ideas
- **Substitution**: one base replaced by another, changing one codon. Because the code is degenerate, the amino acid may be unchanged (silent); it may change to another amino acid; or a stop codon may be formed, shortening the polypeptide.
- **Sickle cell anaemia**: in the gene for the beta chain of haemoglobin, GAG becomes GTG, so codon 6 of the mRNA changes from GAG to GUG and glutamic acid is replaced by valine. The haemoglobin forms fibres at low oxygen, red blood cells become sickle-shaped and block capillaries. Heterozygotes have some protection against malaria.
- **Insertions and deletions** shift the **reading frame** unless they involve a multiple of three bases, changing every codon that follows and usually producing a non-functional protein. The most common cystic fibrosis allele has a deletion of three bases, removing a single amino acid from the CFTR protein, yet the protein still fails.
- **Causes**: **mutagens**, such as chemicals in tobacco smoke and high-energy radiation (UV, X-rays, gamma rays), and errors in DNA replication.
- **Randomness**: a mutation can happen anywhere in the genome, although some sites change more often. There is no mechanism for producing a particular mutation because it would be useful.
- **Germ-line** mutations (in cells that form gametes) can be inherited; **somatic** mutations affect only the individual and its descendant cells, and can lead to cancer.

### Worked example
mRNA: AUG GCA UUC GAU codes for Met–Ala–Phe–Asp. Deleting the G of GCA gives AUG CAU UCG AU…, which codes for Met–His–Ser…: every codon after the deletion is changed.

### Exam tips
- Command terms: **Distinguish** substitutions and insertions or deletions, **Explain** the consequences of the sickle cell mutation, **Outline** causes of mutation, **Compare** germ-line and somatic mutations.
- Common mistakes: saying all mutations are harmful; saying a substitution always changes the protein; forgetting to state the amino acid change for sickle cell.
- HL students: the extension note (D1.3H) covers gene knockout, CRISPR-Cas9 and conserved sequences.
`,
  ),
  note(
    "D2.1",
    String.raw`
New cells come only from the division of existing cells. Division has two parts: division of the **nucleus** (by mitosis or meiosis) and division of the **cytoplasm** (**cytokinesis**). Mitosis keeps the chromosome number and the genetic information the same; meiosis halves the chromosome number and creates variation.

### Key ideas
- **Cytokinesis**: in animal cells, a ring of actin and myosin pinches the membrane inwards; in plant cells, vesicles build a cell plate that becomes a new wall. It is **unequal** in some cases, such as oogenesis (the egg keeps most of the cytoplasm) and budding in yeast.
- DNA is **replicated** before division, so each chromosome consists of two identical **sister chromatids** joined at a centromere. Chromosomes **condense** by supercoiling so they can be moved without tangling; spindle microtubules attach to centromeres and pull.

| Phase of mitosis | Main events |
|---|---|
| Prophase | Chromosomes condense; spindle forms; nuclear membrane breaks down |
| Metaphase | Chromosomes line up at the equator, attached to spindle microtubules |
| Anaphase | Sister chromatids separate and move to opposite poles |
| Telophase | Nuclear membranes re-form; chromosomes decondense |

- **Roles**: mitosis gives genetically identical cells for growth, tissue repair and asexual reproduction; meiosis gives haploid cells for sexual reproduction.
- **Meiosis** is a **reduction division**: meiosis I separates homologous chromosomes and meiosis II separates sister chromatids, producing four haploid nuclei.
- **Non-disjunction**: chromosomes fail to separate, so a gamete has an extra or a missing chromosome. Three copies of chromosome 21 cause Down syndrome; the risk rises with the mother's age.
- **Variation** from meiosis: **crossing over** between non-sister chromatids in prophase I, and **random orientation** of homologous pairs in metaphase I. Random fertilization adds more.

### Worked example
With 23 pairs of chromosomes, random orientation alone gives $2^{23} = 8\,388\,608$ possible combinations in a human gamete.

### Exam tips
- Command terms: **Identify** phases in micrographs, **Outline** the phases of mitosis, **Distinguish** mitosis and meiosis, **Explain** how meiosis produces variation.
- Common mistakes: saying chromatids separate in meiosis I (homologues do); confusing chromatids with chromosomes; saying cytokinesis is part of mitosis.
- HL students: the extension note (D2.1H) covers the cell cycle, cyclins and cancer.
`,
  ),
  note(
    "D2.3",
    String.raw`
Water moves into and out of cells by **osmosis**, and the direction depends on the relative solute concentrations on either side of the membrane. This decides whether cells swell, shrink or stay the same, and explains why plant cells become firm in fresh water while animal cells may burst.

### Key ideas
- Water is an excellent solvent: its polar molecules cluster around ions and polar molecules (**solvation**), which is why so many substances dissolve in cytoplasm.
- **Osmosis**: net movement of water across a partially permeable membrane from a region of **lower** solute concentration to one of **higher** solute concentration. Water molecules move both ways; only the net flow matters.
- **Hypotonic** means a lower solute concentration than another solution; **hypertonic** higher; **isotonic** equal (no net movement).
- **Plant tissue** in a hypotonic solution gains water; the cell wall resists expansion and the cells become **turgid**. In a hypertonic solution the cells lose water, the membrane pulls away from the wall (**plasmolysis**) and the tissue becomes soft and loses mass.
- **Cells without walls**: in a hypotonic solution an animal cell swells and may burst; in a hypertonic one it shrinks. Freshwater protists such as *Paramecium* pump out excess water with **contractile vacuoles**.
- **Medical uses**: fluids given into the blood, and solutions used to store organs for transplant, are **isotonic** with body cells so cells neither swell nor shrink (e.g. normal saline, 0.9 % sodium chloride).

### Data skills
Pieces of potato are placed in sucrose solutions and their percentage change in mass recorded. At $0.2\ \text{mol dm}^{-3}$ the mass rises by 4 %; at $0.3\ \text{mol dm}^{-3}$ it falls by 2 %. The isotonic point, where the line crosses zero change, is about $0.2 + 0.1 \times \frac{4}{4 + 2} \approx 0.27\ \text{mol dm}^{-3}$. Percentage change, not absolute change, is used because pieces start at different masses.

### Exam tips
- Command terms: **Predict** and **Explain** the effect of a solution on a cell, **Estimate** the solute concentration of a tissue from a graph, **Design** an osmosis investigation.
- Common mistakes: saying "water moves from high to low concentration" without saying *of what*; saying plant cells burst; saying solutes move by osmosis.
- HL students: the extension note (D2.3H) covers water potential, solute potential and pressure potential.
`,
  ),
  note(
    "D3.1",
    String.raw`
Reproduction makes new individuals. **Asexual** reproduction gives genetically identical offspring from one parent; **sexual** reproduction combines gametes from two parents, producing offspring that are genetically different. This topic covers human reproduction and its hormonal control, and sexual reproduction in flowering plants.

### Key ideas
- **Meiosis** halves the chromosome number in gametes; **fertilization** restores the diploid number and combines alleles from two parents, creating variation.
- Male gametes are small, motile and produced in huge numbers; female gametes are large, contain food reserves and are produced in much smaller numbers.
- **Male system**: testes (sperm and testosterone), scrotum, epididymis, sperm duct, glands adding fluid (seminal vesicle, prostate), urethra, penis. **Female system**: ovaries, oviducts (where fertilization happens), uterus with its endometrium, cervix, vagina.

| Hormone | Source | Role in the menstrual cycle |
|---|---|---|
| FSH | Pituitary | Stimulates follicle development and oestradiol secretion |
| Oestradiol | Follicle | Thickens the endometrium; at high levels triggers the LH surge (positive feedback) |
| LH | Pituitary | Surge causes ovulation; follicle becomes the corpus luteum |
| Progesterone | Corpus luteum | Maintains the endometrium; with oestradiol inhibits FSH and LH (negative feedback) |

- If no pregnancy occurs, the corpus luteum breaks down, progesterone falls and the endometrium is shed (menstruation).
- **IVF**: drugs first suspend the normal cycle, then high doses of FSH make many follicles develop; the eggs are collected and fertilized outside the body, and embryos are placed in the uterus.
- **Flowering plants**: **pollination** transfers pollen from an anther to a stigma; a pollen tube grows to the ovule and fertilization follows; the ovule becomes a seed. **Insect-pollinated flowers** have bright petals, scent, nectar and sticky pollen. **Cross-pollination** is promoted by **self-incompatibility** and by anthers and stigmas maturing at different times. Seeds are dispersed (wind, animals) and germinate when they have water, oxygen and a suitable temperature.

### Exam tips
- Command terms: **Annotate** diagrams of the reproductive systems or a flower, **Explain** the roles of positive and negative feedback in the menstrual cycle, **Compare and contrast** sexual and asexual reproduction.
- Common mistakes: confusing pollination with fertilization; saying LH is made by the ovary; describing the whole menstrual cycle as negative feedback.
- HL students: the extension note (D3.1H) covers gametogenesis, fertilization and pregnancy.
`,
  ),
  note(
    "D3.2",
    String.raw`
Inheritance follows from meiosis and fertilization. Gametes are **haploid**, carrying one allele of each gene; the zygote is **diploid**, with two alleles of each gene, one from each parent. Crosses and pedigrees let you predict and explain the patterns.

### Key ideas
- **Genotype**: the alleles an individual has (**homozygous** if they are the same, **heterozygous** if different). **Phenotype**: the observable characteristics, which result from genotype and environment.
- **Dominant** alleles show their effect in heterozygotes; **recessive** alleles only when homozygous. With **incomplete dominance** the heterozygote is intermediate (red × white four o'clock flowers give pink); with **codominance** both alleles are expressed.
- **ABO blood groups** have **multiple alleles**: $I^A$ and $I^B$ are codominant, and $i$ is recessive to both.
- **Phenylketonuria** is an autosomal recessive disorder in which phenylalanine is not broken down normally; it is managed with a low-phenylalanine diet.
- **Sex determination**: females are XX, males XY. **Sex-linked** genes are on the X chromosome; recessive X-linked conditions such as **haemophilia** and red–green colour blindness are much more common in males, who have only one X.
- **Pedigree charts**: squares are males, circles females, shaded symbols affected individuals. Two unaffected parents with an affected child show the allele is recessive.
- **Continuous variation** (e.g. human height) results from **polygenic inheritance** together with the environment.
- In plants, crosses are controlled by transferring pollen from a chosen parent to a flower whose anthers have been removed, then covering the flower.

### Worked example
Parents with blood groups A ($I^A i$) and B ($I^B i$): offspring $I^A I^B$, $I^A i$, $I^B i$, $ii$, so groups AB, A, B and O, each with probability $\frac{1}{4}$.

A carrier mother ($X^H X^h$) and an unaffected father ($X^H Y$): no daughters are affected, but half are carriers; half of the sons ($X^h Y$) have haemophilia.

### Exam tips
- Command terms: **Construct** a Punnett grid, **Deduce** genotypes from a pedigree, **Predict** ratios, **Explain** why sex-linked conditions are more common in males.
- Common mistakes: writing a single allele for a male for an autosomal gene; giving ratios without saying whether they are genotype or phenotype ratios; stating that a 3 : 1 ratio means exactly three of every four offspring.
- HL students: the extension note (D3.2H) covers dihybrid crosses, linkage and the chi-squared test.
`,
  ),
  note(
    "D3.3",
    String.raw`
**Homeostasis** is the maintenance of a stable internal environment within narrow limits, despite changes outside. Variables kept stable include body temperature, blood glucose, blood pH and the solute concentration of the blood. Most control uses **negative feedback**: a change from the set point is detected, and the response reverses it.

### Key ideas
- A negative feedback loop: **receptors** detect a change, a **control centre** (often the hypothalamus) compares it with the set point, and **effectors** bring the variable back.
- **Blood glucose**: cells in the pancreatic islets act as both receptors and control centre. When glucose is high, **beta cells** secrete **insulin**: body cells take up glucose, and liver and muscle cells convert it to glycogen. When glucose is low, **alpha cells** secrete **glucagon**: the liver breaks down glycogen and releases glucose.

| | Type 1 diabetes | Type 2 diabetes |
|---|---|---|
| Cause | Immune system destroys beta cells, so little or no insulin is made | Target cells respond less to insulin |
| Usual onset | Childhood or youth | Adulthood, linked to obesity and inactivity |
| Treatment | Insulin injections; monitoring blood glucose | Diet, exercise, medication |

- **Thermoregulation**: thermoreceptors in the skin and in the hypothalamus detect temperature; the hypothalamus coordinates responses.

| Too hot | Too cold |
|---|---|
| Vasodilation of skin arterioles: more heat lost | Vasoconstriction: less heat lost |
| Sweating: evaporation cools the skin | Shivering: muscle contraction generates heat |
| | Brown adipose tissue generates heat (uncoupled respiration) |
| | Hairs raised to trap air (small effect in humans) |
| | Hypothalamus → pituitary (TSH) → thyroid: thyroxine raises metabolic rate |

### Exam tips
- Command terms: **Explain** the control of blood glucose, **Distinguish** type 1 and type 2 diabetes, **Outline** responses to a fall in body temperature, **Describe** a negative feedback loop.
- Common mistakes: confusing glucagon with glycogen; saying insulin "turns glucose into glycogen" by itself (it signals cells to do so); saying blood vessels move closer to the skin surface (they dilate or constrict).
- HL students: the extension note (D3.3H) covers the kidney and osmoregulation.
`,
  ),
  note(
    "D4.1",
    String.raw`
**Natural selection** is the mechanism that drives most evolutionary change. It needs heritable variation, more offspring than can survive, and differences in survival and reproduction that depend on that variation. Over many generations, traits that help individuals survive and reproduce become more common.

### Key ideas
- **Sources of variation**: **mutation** creates new alleles; **sexual reproduction** (meiosis and random fertilization) creates new combinations of alleles.
- **Overproduction**: populations produce more offspring than the environment can support, so there is **competition** for limited resources.
- **Selection pressures** can be abiotic (drought, temperature, salinity) or biotic (predators, pathogens, competitors).
- Individuals differ in how well adapted they are, so some survive and reproduce more than others and pass on their alleles. Only **heritable** variation counts: characteristics acquired during a lifetime are not passed on.
- Result: allele frequencies change and the population becomes better adapted to its environment. Example: bacteria with a resistance allele survive antibiotic treatment and multiply, so resistance spreads.
- **Sexual selection** favours traits that increase mating success, such as the elaborate plumage and courtship displays of male birds-of-paradise, chosen by females. These traits can reduce survival, so sexual and natural selection may pull in opposite directions.
- **Endler's guppies**: in streams with many predators, male guppies are less brightly coloured; where predators are few, females' preference for colourful males makes males brighter. When guppies were moved from high-predation to low-predation sites, the males became more colourful over a number of generations, showing both kinds of selection in action.

### Key terms
Variation, overproduction, competition, selection pressure, differential survival and reproduction, heritable, adaptation, sexual selection.

### Exam tips
- Command terms: **Explain** how natural selection leads to evolutionary change, **Outline** sources of variation, **Evaluate** Endler's experiments, **Distinguish** natural and sexual selection.
- Write the steps in order: variation → overproduction and competition → differential survival and reproduction → inheritance → change over generations.
- Common mistakes: "organisms adapt because they need to"; saying the antibiotic *causes* the resistance mutation; treating "fittest" as strongest rather than best at surviving and reproducing.
- HL students: the extension note (D4.1H) covers gene pools, Hardy–Weinberg and modes of selection.
`,
  ),
  note(
    "D4.2",
    String.raw`
Natural ecosystems can persist for very long periods: they are **stable**. Stability depends on a few requirements, and human activity can push an ecosystem past a **tipping point**, after which it changes to a different state. This topic also asks how harvesting and farming can be made sustainable.

### Key ideas
- **Requirements for stability**: a supply of energy (usually sunlight), recycling of nutrients, genetic diversity, and climatic variables staying within the species' tolerance.
- **Tipping points**: scientists warn that continued deforestation of the Amazon could reduce rainfall (less transpiration) until large areas shift from rainforest to savanna.
- **Mesocosms**, small enclosed experimental ecosystems, let variables affecting stability be tested under controlled conditions.
- **Keystone species** have an effect on their community far greater than their numbers suggest: sea otters eat sea urchins, which would otherwise graze kelp forests away.
- **Sustainable harvesting** takes no more than the population can replace; fisheries use catch quotas, mesh sizes and closed seasons, and monitor stocks.
- **Sustainable agriculture** must limit soil erosion, leaching of nutrients, dependence on fertilizers, pollution by agrochemicals and its carbon footprint.
- **Eutrophication**: nitrates and phosphates leach into water → algal bloom → algae die → bacteria decomposing them use up oxygen (high biochemical oxygen demand) → fish and other animals die.
- **Biomagnification**: persistent pollutants such as DDT and mercury are not broken down or excreted, so their concentration increases at each trophic level, harming top predators.
- **Plastics**: large debris entangles animals or is swallowed; **microplastics** are taken in by filter feeders and pass along food chains.
- **Rewilding** restores natural processes, for example by reintroducing lost species.

### Data skills
$\text{biomagnification factor} = \frac{\text{concentration in predator}}{\text{concentration in prey}}$
A pollutant is at 0.04 ppm in plankton and 2 ppm in fish eating them: $\frac{2}{0.04} = 50$, a fifty-fold increase.

### Exam tips
- Command terms: **Outline** requirements for stability, **Explain** eutrophication or biomagnification, **Evaluate** the sustainability of a harvesting or farming practice.
- Common mistakes: saying algae use up the oxygen in eutrophication (decomposing bacteria do); confusing bioaccumulation in one organism with biomagnification along a food chain.
- HL students: the extension note (D4.2H) covers succession and climax communities.
`,
  ),
  note(
    "D4.3",
    String.raw`
Human activity is raising the concentration of greenhouse gases in the atmosphere, which is warming the planet and changing climates. This topic covers the causes, the feedback loops that can speed warming, the effects on ecosystems, and ways to take carbon back out of the atmosphere.

### Key ideas
- **Anthropogenic causes**: burning fossil fuels and deforestation release carbon dioxide; livestock, rice paddies and landfill release **methane**. These gases absorb long-wave radiation, enhancing the greenhouse effect.
- **Positive feedback** accelerates warming: melting ice exposes darker land and sea, which absorb more heat (lower albedo); thawing **permafrost** lets organic matter decompose, releasing CO$_2$ and methane; drought and heat bring more fires, releasing more CO$_2$.
- **Boreal forests** may switch from net carbon sinks to net sources as drought, fires and pests increase.
- **Polar habitats**: loss of sea ice and landfast ice removes breeding and resting sites, e.g. for emperor penguins, which breed on landfast ice, and walruses, which rest on sea ice.
- **Ocean currents**: changes alter the timing and extent of **upwelling** of nutrient-rich water, affecting productivity and whole food webs.
- **Range shifts**: many species are moving **poleward** and **upslope** as temperatures rise; species already at the tops of mountains or at the poles have nowhere to go.
- **Coral reefs**: higher temperatures cause **bleaching** (corals expel their photosynthetic algae), and dissolved CO$_2$ causes **ocean acidification**, making it harder to build calcium carbonate skeletons.
- **Carbon sequestration**: afforestation and the restoration of peat bogs and other wetlands store carbon; evaluate each for cost, land use and permanence (forests can burn).

### Data skills
Atmospheric CO$_2$ rises from 380 ppm to 420 ppm over 20 years: mean rate $= \frac{420 - 380}{20} = 2\ \text{ppm per year}$; percentage increase $= \frac{40}{380} \times 100 \approx 10.5\%$.

### Exam tips
- Command terms: **Explain** a positive feedback loop, **Outline** effects of climate change on a named ecosystem, **Evaluate** a carbon sequestration approach, **Analyse** CO$_2$ or temperature data.
- Common mistakes: confusing the greenhouse effect with ozone depletion; saying the greenhouse effect itself is harmful (it is the enhanced effect that is the problem); treating a correlation between CO$_2$ and temperature as the whole argument without the mechanism.
- HL students: the extension note (D4.3H) covers phenology, disrupted synchrony and evolution in response to climate change.
`,
  ),
  // ── HL only: theme A
  note(
    "A1.2H",
    String.raw`
At HL you need the finer structure of DNA, how it is packaged in eukaryotes, and the classic evidence that DNA, not protein, is the genetic material. Build on the SL model (nucleotides, sugar–phosphate backbone, complementary base pairing) and add direction, packing and experimental reasoning.

### Key ideas
- The two strands are **antiparallel**: one runs 5′→3′, the other 3′→5′. The 5′ end has a free phosphate on carbon 5 of deoxyribose; the 3′ end has a free –OH on carbon 3.
- **Purines** (adenine, guanine) have two rings; **pyrimidines** (cytosine, thymine, uracil) have one. Each base pair is one purine plus one pyrimidine, so the double helix has a constant width.
- **Nucleosomes**: DNA is wound around a core of eight **histone** proteins and held by a further histone (H1). Nucleosomes allow supercoiling (compact chromosomes for mitosis) and help regulate which genes can be transcribed.
- **Hershey and Chase** grew bacteriophages with $^{35}$S (labels protein: sulfur is in some amino acids, not DNA) or $^{32}$P (labels DNA: phosphorus is in the backbone). After infection, blending and centrifugation, the $^{32}$P ended up in the bacterial pellet and $^{35}$S mostly in the fluid, so DNA enters the host and directs new phages.
- **Chargaff's data**: in double-stranded DNA, amount of A $=$ T and G $=$ C, while the A+T : G+C ratio varies between species. This falsified the **tetranucleotide hypothesis** (equal amounts of all four bases in a repeating unit) and supported base pairing.

### Worked example
A sample of DNA contains 22 % adenine. Then T $= 22\%$, so A + T $= 44\%$ and G + C $= 56\%$; G $=$ C $= 28\%$.

### Exam tips
- Command terms: **Outline** the structure of a nucleosome, **Explain** how Hershey and Chase's results show DNA is the genetic material, **Deduce** base percentages from Chargaff-type data.
- Common mistakes: putting the radioactive labels the wrong way round; saying A pairs with G; forgetting Chargaff's rule only applies to **double-stranded** DNA.
- Use "antiparallel" with the numbers 5′ and 3′, not just "the strands run in opposite directions".
`,
    HL,
  ),
  note(
    "A2.1",
    String.raw`
How did the first cells arise from non-living chemistry? No one watched it happen, so the topic is about evidence and plausible hypotheses. Cells are the smallest units of self-sustaining life, so any explanation must account for catalysis, self-replication, self-assembly and compartmentalization.

### Key ideas
- **Conditions on pre-biotic Earth** differed from today: little or no free oxygen, an atmosphere that probably included methane, ammonia, hydrogen and water vapour, high temperatures, lightning, intense UV and volcanic activity.
- **Miller and Urey** passed electric sparks through a mixture of methane, ammonia, hydrogen and water vapour, with a heated water reservoir and a condenser. Within days amino acids had formed, showing that organic molecules can arise without life.
- **Spontaneous generation** of cells today is not observed: Pasteur's swan-necked flask experiments showed broth stays sterile unless microbes can reach it.
- **Vesicles**: fatty acids assemble spontaneously into membrane-bound vesicles in water, giving a possible first compartment.
- **RNA world**: RNA can store information in its base sequence, be copied by base pairing and act as a catalyst (**ribozymes**, e.g. the ribosome's peptidyl transferase). So RNA could have been the first genetic material, before DNA and proteins.
- **LUCA** (last universal common ancestor): evidence is the universal genetic code and genes shared by all living organisms. Genome comparisons suggest it lived near **hydrothermal vents**, using chemical energy.
- **Dating**: the oldest accepted evidence of cells includes fossil stromatolites and microfossils roughly 3.5 billion years old; isotope ratios and comparisons of gene sequences give further estimates.

| Challenge | Possible solution |
|---|---|
| Catalysis | Ribozymes; mineral surfaces |
| Self-replication | RNA templates |
| Self-assembly | Polymers form on clay or at vents |
| Compartmentalization | Fatty acid vesicles |

### Exam tips
- Command terms: **Outline** the Miller–Urey experiment, **Explain** why RNA is thought to be the first genetic material, **Evaluate** evidence for the origin of cells.
- Say what an experiment *shows* and what it does *not* show: Miller–Urey made monomers, not cells.
- Common mistake: including oxygen in the early atmosphere.
`,
    HL,
  ),
  note(
    "A2.2H",
    String.raw`
This HL extension explains where eukaryotic cells came from and how cells of a multicellular organism become different. Three ideas: mitochondria and chloroplasts descend from free-living prokaryotes (**endosymbiosis**), cells differentiate by **gene expression**, and multicellularity evolved **more than once**.

### Key ideas
- **Endosymbiotic theory**: a larger cell engulfed an aerobic prokaryote that was not digested and became the mitochondrion; later, in the ancestors of plants and algae, a photosynthetic prokaryote became the chloroplast. All eukaryotes share a common ancestor that already had mitochondria.

| Evidence | Why it supports endosymbiosis |
|---|---|
| Double membrane | Inner from the prokaryote, outer from the engulfing vesicle |
| Own naked, circular DNA | Like a bacterial chromosome |
| 70S ribosomes | Same size as prokaryote ribosomes, not 80S |
| Division by binary fission | Organelles are made only from existing ones |
| Sensitivity to some antibiotics | Antibiotics that target bacteria also affect them |
| Size | Similar to bacteria |

- **Differentiation**: all cells of an organism contain the same genome, but each type expresses a different set of genes. Signals (e.g. morphogen concentrations in the embryo) switch genes on or off, giving specialised cells.
- **Multicellularity** evolved independently in several groups, including animals, plants, fungi, and red and brown algae. Advantages: larger body size, longer life, and division of labour between specialised cells.

### Key terms
Endosymbiosis, eukaryote, 70S ribosome, binary fission, differentiation, gene expression, multicellularity.

### Exam tips
- Command terms: **Outline** the evidence for endosymbiosis (one mark per feature linked to prokaryotes), **Explain** how cells differentiate, **Discuss** the origin of eukaryotic cells.
- Common mistake: listing features without saying how each matches prokaryotes.
- Do not write that differentiated cells lose genes; the difference is in which genes are expressed.
`,
    HL,
  ),
  note(
    "A2.3",
    String.raw`
**Viruses** are non-cellular infectious particles that can reproduce only inside a host cell, using the host's ribosomes, enzymes and ATP. They are very diverse, yet share a few structural features, and they evolve very quickly, which matters for disease control.

### Key ideas
- **Shared features**: small and of fixed size; genetic material (DNA or RNA, single- or double-stranded); a protein coat (**capsid**); no cytoplasm; few or no enzymes of their own.
- **Diversity**: some are **enveloped** in a membrane taken from the host (e.g. HIV, SARS-CoV-2, influenza); others are non-enveloped; bacteriophages infect bacteria.

| | Lytic cycle | Lysogenic cycle |
|---|---|---|
| Viral DNA | Stays separate, directs immediate production of virus parts | Integrated into host chromosome (a prophage) |
| Host cell | Bursts (lysis), releasing many new viruses | Survives and divides, copying the viral DNA |
| Example | Bacteriophage lambda can do both; stress can switch it from lysogenic to lytic | |

- **Retroviruses** such as HIV carry RNA and use **reverse transcriptase** to make DNA, which is inserted into the host genome.
- **Origins**: because viruses are so varied, they probably arose several times. Hypotheses include escape of genetic material from cells, reduction from parasitic cells, and a virus-first origin before cells. All depend on the universal genetic code shared with hosts.
- **Rapid evolution**: large numbers, short generation times and high mutation rates (especially in RNA viruses) change surface antigens. Influenza needs a new vaccine each season; HIV evolves within a single patient, so drug combinations are used to slow resistance.

### Exam tips
- Command terms: **Outline** features common to viruses, **Compare and contrast** lytic and lysogenic cycles, **Explain** why rapid evolution of viruses makes them hard to treat.
- Common mistakes: saying viruses are cells or have ribosomes; saying antibiotics can treat viral infections.
- Name an example for each point: examiners reward specific viruses.
`,
    HL,
  ),
  note(
    "A3.1H",
    String.raw`
The HL extension asks how well our tools for defining and identifying species work. The **biological species concept** (a group of organisms that can interbreed to produce fertile offspring) is useful but breaks down in several cases, and new molecular methods now complement traditional identification.

### Key ideas
- **Problems with the biological species concept**: it cannot be applied to asexually reproducing organisms or to fossils; some distinct species hybridise and produce fertile offspring; populations diverge gradually, so there is no single point at which two populations become separate species.
- The **morphological** concept (similar appearance) is still used for fossils and museum specimens but can be misled by variation within a species or by similar-looking species.
- **Chromosome number** is a characteristic of a species. Humans have 46 chromosomes, chimpanzees and other great apes 48: human chromosome 2 formed by fusion of two ancestral chromosomes, shown by its banding pattern and a second, inactive centromere.
- **Dichotomous keys** identify organisms through a series of paired choices based on clear, observable features. A good key uses features that do not vary with age or season.
- **Environmental DNA (eDNA)**: DNA shed into water, soil or air is sampled and sequenced; sequences are matched to databases (**DNA barcoding**). This detects rare, hidden or invasive species without catching them and allows biodiversity surveys of whole habitats.

| Method | Advantage | Limitation |
|---|---|---|
| Dichotomous key | Cheap, quick in the field | Needs visible, stable features; misses cryptic species |
| eDNA barcoding | Detects species not seen; large-scale surveys | Needs reference sequences; contamination; shows presence, not abundance |

### Exam tips
- Command terms: **Outline** difficulties with the biological species concept, **Construct** or **Use** a dichotomous key, **Explain** how eDNA is used in ecological surveys.
- When constructing a key, make each step a choice between two mutually exclusive features and end every branch with one name.
- Common mistake: saying human chromosome 2 was "lost" in other apes; the fusion happened in the human lineage.
`,
    HL,
  ),
  note(
    "A3.2",
    String.raw`
Classification organises the diversity of life so that organisms can be named, studied and compared. The traditional hierarchy was built on visible features; modern **cladistics** groups organisms by shared ancestry, using DNA and protein sequences as the main evidence.

### Key ideas
- **Traditional hierarchy**: domain, kingdom, phylum, class, order, family, genus, species. Its ranks are artificial and do not always match evolutionary relationships.
- A **clade** is a common ancestor and **all** of its descendants. Members share **derived characteristics** inherited from that ancestor.
- **Cladograms** are branching diagrams; each node is a hypothetical common ancestor. The most **parsimonious** tree (fewest changes needed) is usually preferred.
- **Homologous traits** (similar because of common ancestry, e.g. the pentadactyl limb) are evidence for clades; **analogous traits** (similar function from convergent evolution, e.g. wings of bats and insects) can mislead.
- **Molecular clock**: mutations accumulate at a roughly constant rate, so the number of sequence differences estimates time since divergence. Rates differ between genes and lineages, so estimates are approximate and need calibration from fossils.
- **Three domains**: Archaea, Bacteria and Eukarya, recognised from differences in ribosomal RNA sequences. Archaea are prokaryotes but in some respects closer to eukaryotes.
- **Reclassification**: cladistics has moved species between groups; for example, many plants once placed in the figwort family were moved to other families after their genes were compared.

### Worked example
A gene accumulates differences between two lineages at about 2 base changes per million years. Two species differ at 14 bases: $\frac{14}{2} = 7$, so they diverged about 7 million years ago.

### Exam tips
- Command terms: **Outline** the hierarchy, **Deduce** relationships from a cladogram (which species share the most recent common ancestor), **Explain** why cladistics can lead to reclassification, **Evaluate** the molecular clock.
- Common mistakes: reading a cladogram by left-to-right order of tips (only branch points matter); calling any group with similar features a clade.
`,
    HL,
  ),
  note(
    "A4.1H",
    String.raw`
The HL extension adds how one ancestral species can give rise to many, what keeps new species apart, and how a species can form in a single generation by **polyploidy**.

### Key ideas
- **Adaptive radiation**: rapid diversification of one ancestral species into many species, each adapted to a different niche, usually after colonising a new area with vacant niches or after a mass extinction. Examples: Darwin's finches (beak shapes suited to different foods), Hawaiian honeycreepers, cichlid fish in African lakes.
- **Barriers to hybridization** keep gene pools separate.

| Barrier | When | Example of mechanism |
|---|---|---|
| Temporal | Before mating | Breeding or flowering at different times |
| Behavioural | Before mating | Different courtship songs or displays |
| Mechanical / gametic | Before fertilization | Incompatible genitalia or flower parts; gametes do not fuse |
| Hybrid inviability | After fertilization | Hybrid embryo does not develop |
| Hybrid sterility | After fertilization | Mule (horse × donkey) is sterile |

- **Hybrid sterility**: a horse has 64 chromosomes and a donkey 62, so a mule gets $32 + 31 = 63$. With an odd number and unmatched chromosomes, homologues cannot pair at meiosis, so gametes fail to form.
- **Polyploidy**: having more than two sets of chromosomes, caused by an error in meiosis or mitosis, or by hybridization followed by chromosome doubling. A polyploid usually cannot produce fertile offspring with its diploid parents, so it is reproductively isolated at once: **sympatric** speciation. It is common in flowering plants; bread wheat is hexaploid ($6n = 42$).

### Key terms
Adaptive radiation, reproductive isolation, prezygotic and postzygotic barriers, hybrid, polyploidy, sympatric and allopatric speciation.

### Exam tips
- Command terms: **Outline** adaptive radiation with an example, **Explain** why hybrids such as mules are sterile, **Explain** how polyploidy leads to speciation.
- Common mistakes: saying the mule is sterile "because it is a hybrid" without explaining the failure of homologous pairing in meiosis; confusing adaptive radiation with convergent evolution.
`,
    HL,
  ),
  // ── HL only: theme B
  note(
    "B1.2H",
    String.raw`
A protein's function depends on its three-dimensional shape, and that shape depends on its amino acid sequence. At HL you explain *how*: the chemistry of the **R-groups** decides how a polypeptide folds (tertiary structure) and how several polypeptides combine (quaternary structure).

### Key ideas
- R-groups can be **hydrophobic** (non-polar) or **hydrophilic** (polar, or charged: acidic R-groups become negative, basic R-groups positive, depending on pH).
- **Tertiary structure** is the folding of a whole polypeptide, stabilised by interactions between R-groups:

| Interaction | Between | Strength |
|---|---|---|
| Hydrogen bonds | Polar R-groups | Weak, but many |
| Ionic bonds | Positively and negatively charged R-groups | Sensitive to pH |
| Disulfide bonds | Two cysteines | Covalent, strong |
| Hydrophobic interactions | Non-polar R-groups clustering away from water | Weak individually |

- In water-soluble globular proteins, hydrophobic R-groups are buried in the core and hydrophilic ones face outwards. **Integral membrane proteins** have a band of hydrophobic amino acids where they cross the lipid bilayer and hydrophilic regions where they meet the water on each side.
- **Quaternary structure**: more than one polypeptide in a functional protein. **Non-conjugated** proteins are only polypeptides (e.g. insulin, collagen); **conjugated** proteins include a non-polypeptide **prosthetic group** (e.g. haemoglobin, with four haem groups each holding an iron ion).
- **Fibrous** proteins (e.g. collagen: three polypeptides in a rope-like triple helix, high tensile strength) are long, insoluble and structural. **Globular** proteins (e.g. insulin, enzymes, haemoglobin) are compact, usually soluble, and have precise shapes for binding.

### Exam tips
- Command terms: **Outline** the bonds of tertiary structure, **Explain** how R-group chemistry determines the position of a protein in a membrane, **Compare and contrast** fibrous and globular proteins.
- Common mistakes: calling disulfide bonds hydrogen bonds; saying peptide bonds break on denaturation (they do not: only the bonds holding the 3D shape break).
- Name a specific example for each class of protein.
`,
    HL,
  ),
  note(
    "B2.1H",
    String.raw`
The HL extension looks at how membranes control the movement of ions and solutes with specialised proteins, and how the lipids of a membrane keep it fluid. Many of these proteins are regulated, so the cell can switch transport on or off.

### Key ideas
- **Fluidity**: unsaturated fatty acid tails (kinked by cis double bonds) keep membranes fluid at low temperatures; saturated tails make them more rigid. **Cholesterol** sits among the phospholipid tails in animal membranes and moderates fluidity, reducing it at high temperature and preventing it from becoming too rigid at low temperature; it also lowers permeability to small ions.
- Fluidity allows **endocytosis** and **exocytosis**: vesicles bud off or fuse with the membrane.
- **Gated ion channels** open or close in response to a stimulus.

| Channel | Opened by | Example |
|---|---|---|
| Voltage-gated | A change in membrane potential | Na$^+$ and K$^+$ channels in axons during an action potential |
| Ligand-gated | Binding of a signalling chemical | Nicotinic acetylcholine receptor at a synapse lets Na$^+$ in |

- **Sodium–potassium pump**: a protein pump using active transport. Per ATP hydrolysed, it moves 3 Na$^+$ out and 2 K$^+$ in, against their concentration gradients, by phosphorylation-driven changes in shape. It builds the resting potential of neurons.
- **Cotransport** (secondary active transport): a sodium-dependent glucose cotransporter in the membrane of small intestine and kidney tubule cells lets Na$^+$ flow in down its gradient (kept steep by the Na$^+$/K$^+$ pump) and carries glucose in with it, against the glucose gradient.
- **Cell adhesion molecules (CAMs)**: membrane proteins that bind cells to each other or to the extracellular matrix, holding tissues together. Different types of CAM form different kinds of junctions.

### Exam tips
- Command terms: **Describe** the action of the sodium–potassium pump, **Explain** how glucose is absorbed by cotransport, **Distinguish** voltage-gated and ligand-gated channels.
- Common mistakes: reversing the 3 : 2 ratio or directions in the pump; saying cotransport uses ATP directly (it uses the Na$^+$ gradient, which ATP built).
- Channels allow facilitated diffusion only; pumps need energy.
`,
    HL,
  ),
  note(
    "B2.2H",
    String.raw`
Compartmentalization lets incompatible processes run side by side in one eukaryotic cell. At HL you explain how the structure of particular organelles is **adapted** to their function: mitochondria and chloroplasts for energy transfer, the nucleus for controlling gene expression, and the endomembrane system for making and secreting proteins.

### Key ideas
| Organelle | Adaptation | Function it serves |
|---|---|---|
| Mitochondrion | Double membrane; inner membrane folded into cristae | Large area for electron transport chains and ATP synthase |
| | Small intermembrane space | A steep proton gradient builds quickly |
| | Matrix with enzymes, DNA and 70S ribosomes | Link reaction and Krebs cycle; makes some of its own proteins |
| Chloroplast | Stacked thylakoids (grana) | Large area for photosystems and ATP synthase |
| | Small thylakoid space | Steep proton gradient for chemiosmosis |
| | Stroma with Calvin cycle enzymes and starch grains | Carbon fixation near the site of ATP and NADPH production |
| Nucleus | Double envelope with nuclear pores | Separates transcription from translation; mRNA is processed before export |
| Rough ER | Ribosomes bound to membranes | Synthesis of proteins for secretion, membranes and lysosomes |
| Golgi apparatus | Flattened cisternae; vesicles bud off | Modifies, sorts and packages proteins |

- **Free ribosomes** make proteins that stay in the cytosol; **bound ribosomes** make proteins that enter the ER and leave the cell or go to membranes.
- Protein secretion route: rough ER → transport vesicle → Golgi (modification, e.g. adding carbohydrate) → secretory vesicle → exocytosis.
- Vesicles are moved along the cytoskeleton by motor proteins. **Clathrin** coats help form vesicles in endocytosis.
- Separating transcription (nucleus) from translation (cytoplasm) lets eukaryotes modify mRNA (splicing) before it is translated, which prokaryotes cannot do.

### Exam tips
- Command terms: **Explain** how the structure of a mitochondrion or chloroplast is adapted to its function, **Outline** the route of a secreted protein, **Annotate** an electron micrograph.
- Link every structure to a function in the same sentence: "the cristae *increase the surface area for* the electron transport chain".
- Common mistake: saying the outer mitochondrial membrane carries the ATP synthase; it is in the inner membrane (cristae).
`,
    HL,
  ),
  note(
    "B3.1H",
    String.raw`
Haemoglobin is a conjugated protein that loads oxygen in the lungs and unloads it in respiring tissues. It can do both because its affinity for oxygen changes: it rises as oxygen binds (**cooperative binding**) and falls where carbon dioxide is high (the **Bohr shift**).

### Key ideas
- Adult haemoglobin has four polypeptides, each with a **haem** group containing an iron ion; each haem binds one O$_2$, so one molecule carries up to four O$_2$.
- **Cooperative binding**: when one O$_2$ binds, the shape of the protein changes so the remaining sites bind O$_2$ more easily. This gives a **sigmoid** (S-shaped) oxygen dissociation curve: a small fall in partial pressure of oxygen in the steep part releases a lot of oxygen.
- **Allosteric effect of CO$_2$**: CO$_2$ binds to haemoglobin at sites other than the haem, and the lower pH from carbonic acid also lowers affinity. The curve shifts to the **right**, so more O$_2$ is released in actively respiring tissues.
- **Fetal haemoglobin** has a higher affinity for O$_2$ than adult haemoglobin (curve to the left), so oxygen passes from the mother's blood to the fetus across the placenta.

| Condition | Curve shifts | Affinity for O$_2$ | Effect |
|---|---|---|---|
| High CO$_2$ / low pH (exercise) | Right | Lower | More unloading in tissues |
| Fetal haemoglobin | Left | Higher | Loads O$_2$ from maternal blood |

### Data skills
Reading a dissociation curve: if blood is 97 % saturated leaving the lungs and 70 % saturated leaving a resting muscle, $97 - 70 = 27$ percentage points of the maximum oxygen load has been unloaded. If high CO$_2$ lowers the saturation at the muscle's partial pressure to 55 %, unloading rises to $97 - 55 = 42$ percentage points.

### Exam tips
- Command terms: **Describe** the shape of the curve, **Explain** cooperative binding and the Bohr shift, **Deduce** from graphs which curve is fetal or which blood has more CO$_2$.
- Common mistakes: saying CO$_2$ competes with O$_2$ for the haem site (that is carbon monoxide); describing a right shift as higher affinity.
- Always refer to **partial pressure** of oxygen, not "amount of oxygen", on the x-axis.
`,
    HL,
  ),
  note(
    "B3.2H",
    String.raw`
This HL extension covers how fluid leaves and returns to capillaries, how the heart's cycle is coordinated, and how plants move sugars in the phloem. All three are driven by **pressure differences**.

### Key ideas
- **Tissue fluid**: at the arterial end of a capillary, high blood pressure forces water and small solutes out through gaps between the cells (**pressure filtration**); large plasma proteins and blood cells stay in. Tissue fluid bathes cells, allowing exchange. Most of it returns to the capillary at the venous end, where pressure is lower; the excess drains into **lymph** vessels and returns to the blood.
- **Heartbeat**: cardiac muscle is **myogenic**. The **sinoatrial (SA) node** (pacemaker) starts each beat; a wave of excitation spreads across both atria, which contract. The **atrioventricular (AV) node** delays the signal so the atria finish emptying, then it passes down the **bundle of His** and **Purkinje fibres** so the ventricles contract from the apex upwards.
- **Valves** open and close because of pressure differences: atrioventricular valves close when ventricle pressure exceeds atrial pressure; semilunar valves open when ventricle pressure exceeds arterial pressure.
- **Phloem translocation**: at a **source** (e.g. leaf), sucrose is actively loaded into sieve tubes by companion cells (using a proton gradient and cotransport). Water follows by osmosis, raising hydrostatic pressure. At a **sink** (roots, fruits, growing tips) sucrose is unloaded, water leaves and pressure drops. Sap flows by **mass flow** from high to low pressure, in either direction depending on where sources and sinks are.

### Worked example
Heart rate from an ECG: if the interval between R peaks is 0.80 s, heart rate $= \frac{60}{0.80} = 75$ beats per minute. With a stroke volume of 70 mL, cardiac output $= 75 \times 70 = 5250\ \text{mL min}^{-1} = 5.25\ \text{L min}^{-1}$.

### Exam tips
- Command terms: **Explain** formation of tissue fluid, **Outline** control of the heartbeat, **Explain** translocation, **Deduce** valve positions from pressure graphs.
- Common mistakes: saying the brain starts each heartbeat (it only changes the rate); saying phloem transports in one direction only, or that xylem carries sugar.
`,
    HL,
  ),
  note(
    "B3.3",
    String.raw`
Organisms are **sessile** (fixed in place, e.g. most plants, corals) or **motile** (able to move). Movement in animals depends on muscles contracting and pulling on a skeleton. Reasons for locomotion include foraging for food, escaping predators, searching for a mate and migration.

### Key ideas
- **Sliding filament model**: a skeletal muscle fibre contains myofibrils made of repeating **sarcomeres**. Thin **actin** filaments are attached to Z lines; thick **myosin** filaments lie between them. In contraction, myosin heads form **cross-bridges** with actin and pull the actin towards the centre of the sarcomere; filaments do not shorten, they slide.
- **Control**: a motor neuron stimulates the fibre; **calcium ions** are released from the sarcoplasmic reticulum and bind to **troponin**, which moves **tropomyosin** off the binding sites on actin. **ATP** is needed to detach myosin heads from actin and to re-cock them for the next stroke.
- **Titin**, a huge elastic protein, holds myosin in place and acts as a spring that helps the sarcomere return to length. Muscles can only pull, so they work in **antagonistic pairs** (e.g. biceps and triceps), the relaxed muscle being stretched by its partner.
- A **motor unit** is one motor neuron with all the fibres it supplies.
- The **skeleton** provides anchorage and acts as levers. **Synovial joints** (e.g. the hip, a ball-and-socket joint) have cartilage and synovial fluid to reduce friction; range of motion can be measured with a goniometer. **Internal and external intercostal muscles** are antagonistic in ventilation.
- Marine mammals have adaptations for swimming: streamlined body, flippers, tail flukes, and nostrils (blowhole) on top of the head.

| Sarcomere band | On contraction |
|---|---|
| A band (length of myosin) | Stays the same |
| I band (actin only) | Shortens |
| H zone (myosin only) | Shortens |

### Exam tips
- Command terms: **Annotate** a diagram of a sarcomere, **Explain** the roles of calcium and ATP, **Outline** how antagonistic muscles produce movement.
- Common mistakes: saying ATP is needed for the power stroke to *attach* myosin (it is needed to *detach*); saying actin or myosin filaments shorten.
- Label sarcomere diagrams with Z lines, actin, myosin and the bands.
`,
    HL,
  ),
  note(
    "B4.2H",
    String.raw`
The HL extension looks at how organisms are adapted to obtain food or light, and at how competition shapes the niche a species actually occupies. A **niche** is the role of a species in its ecosystem: its habitat, its feeding relationships and its interactions with other species.

### Key ideas
- **Herbivores** have adaptations for feeding on plants, e.g. grinding molars, long guts or microbes that digest cellulose, insect mouthparts for piercing or chewing. **Plants resist herbivory** with thorns, tough leaves and toxic or distasteful secondary compounds; some herbivores evolve tolerance to the toxins.
- **Predators** have adaptations such as speed, stealth, camouflage, sharp teeth or venom; **prey** have counter-adaptations such as warning colours, camouflage, shells, chemical defences and escape behaviour.
- **Harvesting light**: in forests, trees grow tall to reach the canopy; lianas climb trees; epiphytes grow on branches; shade-tolerant plants on the forest floor have large, thin leaves.
- **Fundamental niche**: the full range of conditions and resources a species could use in the absence of competitors. **Realized niche**: the part it actually occupies when competing with other species.
- **Competitive exclusion principle**: two species cannot occupy exactly the same niche in the same place indefinitely; one outcompetes the other, or one's niche narrows. Each species therefore has a unique niche.

| Example | Observation |
|---|---|
| Barnacles on rocky shores (Connell) | *Chthamalus* can survive lower on the shore but is excluded there by the faster-growing *Balanus*; its realized niche is higher on the shore |
| *Paramecium* in culture (Gause) | Two species grown together: one declined and disappeared, though each grew well alone |

### Exam tips
- Command terms: **Distinguish** fundamental and realized niches, **Explain** competitive exclusion with an example, **Outline** adaptations of a named predator and its prey.
- When explaining an adaptation, name the organism and link the feature to how it gets food or avoids being eaten.
- Common mistake: stating that the realized niche is larger than the fundamental niche; it is the same or smaller.
`,
    HL,
  ),
  // ── HL only: theme C
  note(
    "C1.1H",
    String.raw`
Metabolism is organised into **pathways**, and cells must control how fast each runs. The HL extension covers the shapes of pathways and the ways enzymes are inhibited: reversibly at the active site, reversibly at an allosteric site, through feedback, or irreversibly.

### Key ideas
- Pathways are **chains** (e.g. glycolysis, a linear series of steps) or **cycles** (e.g. the Krebs cycle and the Calvin cycle, where the last product regenerates the first reactant).
- An **allosteric site** is a binding site on an enzyme other than the active site. Binding there changes the enzyme's shape, including the active site.

| | Competitive inhibition | Non-competitive inhibition |
|---|---|---|
| Binds to | Active site (inhibitor resembles the substrate) | Allosteric site |
| Effect on active site | Blocks substrate entry | Changes its shape so substrate binds poorly or not at all |
| Raising substrate concentration | Overcomes inhibition; maximum rate unchanged | Does not overcome it; maximum rate lowered |
| Example | Statins inhibit an enzyme of cholesterol synthesis | End-product inhibitors of many pathways |

- **Feedback (end-product) inhibition**: the final product of a pathway inhibits the enzyme of the first step allosterically. Example: isoleucine inhibits threonine deaminase, the first enzyme in the pathway converting threonine to isoleucine. When isoleucine is plentiful, the pathway slows; when it is used up, the pathway restarts. This avoids wasting resources and keeps levels stable.
- **Mechanism-based inhibition**: the inhibitor binds irreversibly (covalently) to the active site and changes it chemically, permanently inactivating the enzyme. Penicillin does this to the transpeptidase that bacteria use to cross-link their cell walls. Resistant bacteria make enzymes with a changed active site, or enzymes that break down penicillin.

### Data skills
Percentage inhibition: rate without inhibitor $0.80\ \text{µmol min}^{-1}$, with inhibitor $0.52\ \text{µmol min}^{-1}$: $\frac{0.80 - 0.52}{0.80} \times 100 = 35\%$ inhibition.

### Exam tips
- Command terms: **Compare and contrast** competitive and non-competitive inhibition, **Explain** end-product inhibition with an example, **Deduce** the type of inhibition from a graph of rate against substrate concentration.
- On graphs, the key test is whether the inhibited curve reaches the same plateau at high substrate concentration (competitive) or a lower one (non-competitive).
- Common mistake: saying an allosteric inhibitor "blocks the active site".
`,
    HL,
  ),
  note(
    "C1.2H",
    String.raw`
The HL extension traces aerobic respiration step by step. Glucose is oxidised in stages: each stage removes hydrogen (electrons) to the carriers **NAD** and **FAD**, and the energy of those electrons is finally used in the mitochondrion to make most of the ATP by **chemiosmosis**.

### Key ideas
- **Glycolysis** (cytoplasm): glucose is phosphorylated using 2 ATP, split (lysis) into two 3-carbon sugar phosphates, which are oxidised (NAD reduced) and converted to two pyruvate. Net gain per glucose: 2 ATP and 2 reduced NAD. Oxygen is not needed.
- **Anaerobic respiration**: pyruvate is reduced to lactate (humans) or ethanol and CO$_2$ (yeast), which regenerates NAD so glycolysis can continue.
- **Link reaction** (matrix): pyruvate is decarboxylated and oxidised, and the acetyl group joins coenzyme A, giving **acetyl-CoA**, CO$_2$ and reduced NAD.
- **Krebs cycle** (matrix): the acetyl group (2C) joins oxaloacetate (4C) to form citrate (6C). Two decarboxylations and four oxidations regenerate oxaloacetate. Per turn: 2 CO$_2$, 3 reduced NAD, 1 reduced FAD, 1 ATP.
- **Electron transport chain** (inner membrane): electrons from reduced NAD and FAD pass along carriers, releasing energy used to pump protons into the **intermembrane space**. Protons flow back through **ATP synthase** (chemiosmosis), driving ATP production (**oxidative phosphorylation**).
- **Oxygen** is the terminal electron acceptor: it combines with electrons and protons to form water. Without it, the chain stops and NAD is not regenerated.
- Lipids can also be respired: fatty acids are broken into 2-carbon units that enter as acetyl-CoA.

### Worked example
Products per glucose (two pyruvates, so two turns of the cycle):

| Stage | Reduced NAD | Reduced FAD | CO$_2$ | ATP (direct) |
|---|---|---|---|---|
| Glycolysis | 2 | 0 | 0 | 2 (net) |
| Link reaction | 2 | 0 | 2 | 0 |
| Krebs cycle | 6 | 2 | 4 | 2 |
| **Total** | **10** | **2** | **6** | **4** |

The 6 CO$_2$ account for all six carbons of glucose.

### Exam tips
- Command terms: **Outline** glycolysis, **Explain** chemiosmosis, **Explain** the role of oxygen, **Annotate** a mitochondrion diagram with the site of each stage.
- Common mistakes: saying the Krebs cycle produces most ATP directly; putting glycolysis in the mitochondrion; saying oxygen is needed in glycolysis.
`,
    HL,
  ),
  note(
    "C1.3H",
    String.raw`
Photosynthesis at HL is two linked sets of reactions in the chloroplast. The **light-dependent reactions** in the thylakoid membranes convert light energy into chemical energy as ATP and reduced NADP; the **Calvin cycle** in the stroma uses them to fix carbon dioxide into carbohydrate.

### Key ideas
- **Photosystems** are arrays of pigment molecules in the thylakoid membrane that absorb light and pass energy to a pair of chlorophyll molecules in the **reaction centre**, which emits an excited electron.
- **Photosystem II** loses electrons, replaced by the **photolysis** of water: $2\text{H}_2\text{O} \rightarrow 4\text{H}^+ + 4e^- + \text{O}_2$. Oxygen is a by-product.
- Excited electrons pass along an electron transport chain that pumps protons into the **thylakoid space**. Protons flow back through ATP synthase: **photophosphorylation** by chemiosmosis.
- **Photosystem I** re-excites the electrons, which reduce NADP to reduced NADP. In **cyclic photophosphorylation**, electrons from photosystem I return to the chain, making ATP but no reduced NADP.
- **Calvin cycle**: the enzyme **Rubisco** fixes CO$_2$ to **RuBP** (5C), giving two molecules of **glycerate-3-phosphate** (3C). These are reduced to **triose phosphate** using ATP and reduced NADP. Most triose phosphate is used to regenerate RuBP (using more ATP); the rest makes glucose, starch, sucrose, amino acids and lipids.

### Worked example
Per 3 CO$_2$ fixed: 3 RuBP $+$ 3 CO$_2$ $\rightarrow$ 6 glycerate-3-phosphate $\rightarrow$ 6 triose phosphate (using 6 ATP and 6 reduced NADP). Five triose phosphates ($5 \times 3 = 15$ carbons) regenerate 3 RuBP ($3 \times 5 = 15$ carbons) using 3 ATP; one triose phosphate is the net product. So 3 CO$_2$ need 9 ATP and 6 reduced NADP, and one hexose (6 CO$_2$) needs 18 ATP and 12 reduced NADP.

### Exam tips
- Command terms: **Outline** the light-dependent reactions, **Explain** the role of photolysis, **Explain** how the Calvin cycle depends on the light-dependent reactions, **Deduce** the effect of removing light or CO$_2$ on RuBP and glycerate-3-phosphate levels.
- In the dark, glycerate-3-phosphate rises and RuBP falls (no ATP and reduced NADP to convert it); with no CO$_2$, RuBP rises and glycerate-3-phosphate falls.
- Common mistakes: saying oxygen comes from CO$_2$; calling the Calvin cycle "the dark reaction" that only happens at night.
`,
    HL,
  ),
  note(
    "C2.1",
    String.raw`
Cells communicate by releasing **signalling chemicals** (ligands) that bind to specific **receptors** on or in target cells. Binding changes the receptor's shape and starts a response. The chemistry of the ligand decides where its receptor is, and the type of receptor decides how quickly and how widely the cell responds.

### Key ideas
- **Quorum sensing** in bacteria: each cell releases a signalling molecule; when the population is dense, its concentration passes a threshold and genes are switched on in all cells together. In the marine bacterium *Vibrio fischeri*, this triggers bioluminescence.
- **Types of signalling chemical**: hormones (carried in the blood to distant targets), neurotransmitters (across a synapse), cytokines (local, e.g. in immune responses), calcium ions (inside cells). Localised signals act close to the releasing cell; hormones act throughout the body.
- **Hydrophilic** ligands (e.g. peptide hormones such as insulin, adrenaline, neurotransmitters) cannot cross the membrane, so bind **transmembrane receptors**. **Hydrophobic** ligands (steroid hormones such as oestradiol and testosterone) diffuse through the membrane to **intracellular receptors**.

| Receptor | Example | How it works |
|---|---|---|
| Ligand-gated ion channel | Nicotinic acetylcholine receptor | Binding opens a channel; Na$^+$ enters, depolarising the membrane |
| G protein-coupled receptor | Adrenaline receptor | Activates a G protein, which leads to production of a second messenger (cAMP) that triggers responses inside the cell |
| Receptor with tyrosine kinase activity | Insulin receptor | Binding causes phosphorylation, starting a cascade that moves glucose transporters to the membrane |
| Intracellular receptor | Oestradiol, progesterone receptors | Hormone–receptor complex acts as a transcription factor, changing gene expression |

- **Second messengers** amplify a signal: one ligand can lead to many cAMP molecules.
- Signalling pathways can be excitatory or inhibitory, and are switched off when the ligand is removed or broken down.

### Exam tips
- Command terms: **Outline** quorum sensing, **Explain** why steroid hormones have intracellular receptors, **Compare and contrast** transmembrane and intracellular receptors, **Describe** the action of a G protein-coupled receptor.
- Common mistakes: saying the signalling chemical enters the cell in every case; confusing the first messenger (ligand) with the second messenger (cAMP).
`,
    HL,
  ),
  note(
    "C2.2H",
    String.raw`
At HL, neural signalling is about how neurons **integrate** many inputs, how pain signals arise, and how chemicals from outside the body alter synaptic transmission. A postsynaptic neuron fires only if the combined effect of its synapses brings it to the **threshold potential**.

### Key ideas
- **Excitatory** neurotransmitters (e.g. acetylcholine at many synapses) open channels that let Na$^+$ in, **depolarising** the postsynaptic membrane. **Inhibitory** neurotransmitters (e.g. GABA) open channels for Cl$^-$ entry or K$^+$ exit, **hyperpolarizing** it so threshold is harder to reach.
- Action potentials are **all-or-nothing**: a stimulus either reaches threshold and produces a full-size action potential or produces none. Stimulus strength is coded by the frequency of impulses.
- **Summation**: a single excitatory input is usually too small to reach threshold.

| Type | How it works |
|---|---|
| Spatial summation | Several presynaptic neurons release neurotransmitter at the same time |
| Temporal summation | One presynaptic neuron fires repeatedly in quick succession |

Excitatory and inhibitory inputs are added together; only if the sum reaches threshold is an action potential generated.
- **Pain**: free nerve endings of sensory neurons in the skin and other tissues have receptors that open channels in response to harmful stimuli such as heat, acids or chemicals such as capsaicin in chilli peppers. The resulting impulses travel to the brain, where pain is perceived.
- **Exogenous chemicals** affect synapses. **Neonicotinoid** insecticides bind to insects' nicotinic acetylcholine receptors but are not broken down by acetylcholinesterase, so the receptors stay blocked; transmission fails, and the insect is paralysed and dies. **Cocaine** blocks the transporters that reabsorb dopamine into the presynaptic neuron, so dopamine stays in the synaptic cleft and keeps stimulating the postsynaptic neuron.

### Exam tips
- Command terms: **Distinguish** spatial and temporal summation, **Explain** how inhibitory synapses work, **Explain** the effect of a named exogenous chemical on synaptic transmission.
- Common mistakes: saying a stronger stimulus gives a larger action potential; writing that neonicotinoids destroy the receptor.
- Always say which ions move, in which direction, and whether the membrane is depolarized or hyperpolarized.
`,
    HL,
  ),
  note(
    "C3.1H",
    String.raw`
Plants integrate their responses to the environment with **plant growth regulators** (often called plant hormones). A **tropism** is a directional growth response to a directional stimulus: shoots grow towards light (positive **phototropism**) and roots grow downwards (positive **gravitropism**).

### Key ideas
- **Auxin** (IAA) is made in shoot tips. Auxin efflux carriers (**PIN proteins**) in cell membranes move auxin from cell to cell; their positions can be changed, so auxin is transported to one side of a shoot.
- In **phototropism**, auxin accumulates on the **shaded side** of the shoot. There it stimulates cells to pump protons into their cell walls; the lower pH loosens cross-links between cellulose microfibrils (via proteins called expansins), so those cells take up water and elongate more. The shoot bends towards the light.
- In roots, a high auxin concentration **inhibits** cell elongation, which contributes to the downward bending of roots.
- **Cytokinins** are made mainly in root tips and stimulate cell division in shoots; auxin and cytokinins interact, so the balance between them controls the growth of roots and shoots.
- **Ethylene** (a gas) promotes fruit ripening: ripening fruit produces more ethylene, which causes more ripening nearby, an example of **positive feedback**. This synchronises ripening across a plant and is used commercially to ripen stored fruit.

| Regulator | Made in | Main effects |
|---|---|---|
| Auxin | Shoot tips | Cell elongation in shoots; tropisms |
| Cytokinin | Root tips | Cell division in shoots |
| Ethylene | Ripening fruit and other tissues | Fruit ripening (positive feedback) |

### Exam tips
- Command terms: **Outline** phototropism, **Explain** the role of auxin in cell elongation, **Explain** why ethylene gives positive feedback, **Deduce** results of experiments with shoot tips cut off or covered.
- Common mistakes: saying auxin is destroyed by light or that the lit side grows faster; saying plants "grow towards light to get more light" without explaining the mechanism.
- Use the term **phototropism** and link: unequal distribution of auxin → unequal elongation → bending.
`,
    HL,
  ),
  // ── HL only: theme D
  note(
    "D1.1H",
    String.raw`
DNA replication is **semi-conservative**: each new molecule has one parental and one new strand. The HL extension explains the molecular machinery, and why the two strands are copied differently: DNA polymerases can only add nucleotides to the **3′ end** of a growing strand, so new DNA is always built in the 5′→3′ direction.

### Key ideas
- **Leading strand**: made continuously, in the same direction as the replication fork moves.
- **Lagging strand**: made discontinuously, away from the fork, in short **Okazaki fragments** that are joined later.

| Protein | Role (in prokaryotes) |
|---|---|
| Helicase | Unwinds the double helix and breaks hydrogen bonds between bases |
| DNA gyrase | Relieves strain (supercoiling) ahead of the fork |
| Single-strand binding proteins | Keep separated strands apart |
| DNA primase | Makes short RNA primers, giving a 3′ end to extend |
| DNA polymerase III | Adds deoxynucleotides to the 3′ end of the primer, 5′→3′ |
| DNA polymerase I | Removes RNA primers and replaces them with DNA |
| DNA ligase | Joins Okazaki fragments by sealing the sugar–phosphate backbone |

- The leading strand needs one primer; the lagging strand needs a new primer for every Okazaki fragment.
- **Proofreading**: DNA polymerase III checks each new base pair; if a mismatched nucleotide has been added, it removes it (working 3′→5′) and inserts the correct one. This makes replication extremely accurate.
- Free nucleotides arrive as deoxynucleoside triphosphates; removing two phosphates releases the energy for forming the bond.

### Key terms
Semi-conservative, replication fork, leading strand, lagging strand, Okazaki fragment, primer, proofreading, antiparallel.

### Exam tips
- Command terms: **Outline** the roles of the enzymes, **Explain** why replication is continuous on one strand and discontinuous on the other, **Annotate** a diagram of a replication fork.
- Common mistakes: saying DNA polymerase III adds to the 5′ end; confusing DNA polymerase I (primer removal) with III (main synthesis); saying ligase makes hydrogen bonds (it makes covalent bonds in the backbone).
- Mark the 5′ and 3′ ends on every strand you draw; antiparallel orientation is what examiners check first.
`,
    HL,
  ),
  note(
    "D1.2H",
    String.raw`
At HL, protein synthesis is about **control and processing**: where transcription starts, how eukaryotic mRNA is modified before it leaves the nucleus, how translation starts, and how polypeptides are changed after they are made.

### Key ideas
- **Promoter**: a non-coding DNA sequence next to a gene where RNA polymerase binds (helped by transcription factors in eukaryotes) to start transcription. Only some genes are transcribed in a given cell at a given time.
- **Non-coding DNA** also includes regulatory sequences, introns, telomeres and genes for tRNA and rRNA.
- **Processing of eukaryotic mRNA**: a 5′ cap and a poly-A tail are added (protection and export); **introns** are removed and **exons** spliced together. **Alternative splicing** joins different combinations of exons, so one gene can code for several polypeptides.
- **tRNA activation**: each amino acid is attached to its specific tRNA by a specific enzyme, using energy from ATP.
- **Initiation of translation**: the small ribosomal subunit binds the mRNA at its 5′ end and moves along to the **start codon** AUG; an initiator tRNA carrying methionine binds; then the large subunit joins. The ribosome has three tRNA sites (A, P and E); peptide bonds form between amino acids as tRNAs move from A to P to E.
- **Post-translational modification**: polypeptides may be cut, folded, joined or have groups added. Insulin is made as a longer precursor: a signal sequence is removed, then a central section is cut out, leaving two chains joined by disulfide bonds.
- **Protein turnover**: unwanted proteins are broken down by **proteasomes**, and the amino acids are reused.

### Worked example
The coding region of a mature mRNA, from the start codon to the stop codon inclusive, is 903 nucleotides long: $\frac{903}{3} = 301$ codons. The stop codon codes for no amino acid, so the polypeptide has 300 amino acids.

### Exam tips
- Command terms: **Outline** the role of the promoter, **Explain** how alternative splicing increases the number of proteins, **Describe** the initiation of translation.
- Common mistakes: saying introns are removed from DNA (they are removed from pre-mRNA); counting the stop codon as an amino acid; saying prokaryotes splice their mRNA.
`,
    HL,
  ),
  note(
    "D1.3H",
    String.raw`
The HL extension covers tools for finding out what genes do and for changing them precisely, and what the comparison of genomes tells us about which sequences matter most.

### Key ideas
- **Gene knockout**: a gene is deliberately made non-functional in an organism (e.g. a "knockout mouse"), and the resulting phenotype shows what the gene normally does. Libraries of knockout strains exist for model organisms.
- **CRISPR-Cas9** evolved in bacteria as a defence against viruses: bacteria store short viral sequences in their CRISPR region and use RNA copies of them to guide the Cas9 nuclease to cut matching viral DNA.
- For **gene editing**, scientists make a **guide RNA** whose sequence is complementary to the target gene. The guide RNA binds Cas9 and leads it to the target, where Cas9 cuts **both strands** of the DNA. The cell's repair of the cut can disable the gene (knockout), or a supplied DNA template can be copied in to insert a new or corrected sequence.
- Uses include research, crops (e.g. disease resistance) and potential treatments for genetic diseases; concerns include off-target cuts and editing of germline cells, whose changes would be inherited.
- **Conserved sequences** are the same or very similar across many species; **highly conserved** sequences have changed hardly at all over very long periods. Two hypotheses: they have an essential function, so mutations in them are harmful and removed by natural selection; or they lie in regions where mutation happens less often. Evidence favours functional constraint for many, but some conserved sequences have no known function.

| Method | What it does | Main limitation |
|---|---|---|
| Gene knockout | Reveals function from loss of the gene | Other genes may compensate; some knockouts are lethal |
| CRISPR-Cas9 editing | Precise, cheap, targeted changes | Off-target effects; ethical issues for germline editing |

### Exam tips
- Command terms: **Outline** the use of a knockout organism, **Explain** how CRISPR-Cas9 targets a specific sequence, **Discuss** the ethics of gene editing, **Suggest** reasons why sequences are conserved.
- Common mistakes: saying Cas9 finds the target by itself (the guide RNA does, by complementary base pairing); confusing conserved sequences with repeated (satellite) DNA.
`,
    HL,
  ),
  note(
    "D2.1H",
    String.raw`
The cell cycle is the sequence of events between one cell division and the next. At HL you explain how it is **controlled** by cyclins and checkpoints, and how loss of that control leads to **cancer**.

### Key ideas
- **Phases**: interphase, made of **G1** (growth, normal metabolism, organelles duplicated), **S** (DNA replication) and **G2** (further growth, preparation for division), followed by **mitosis** and **cytokinesis**. Interphase is a very active phase, not a resting one.
- **Cyclins** are proteins whose concentrations rise and fall during the cycle. Each cyclin binds and activates a **cyclin-dependent kinase** (CDK), which phosphorylates target proteins that trigger the next stage (e.g. entering S phase or mitosis). Cyclins are then broken down.
- **Checkpoints** (e.g. in G1, in G2 and during mitosis) halt the cycle if DNA is damaged or chromosomes are not correctly attached to the spindle.
- **Cancer**: uncontrolled cell division produces a **tumour**. Benign tumours stay in one place; malignant ones invade tissue and **metastasise**: cells spread through blood or lymph to form secondary tumours.
- Mutations in two classes of gene are involved. **Proto-oncogenes** normally promote division; a mutated form (**oncogene**) is permanently active. **Tumour suppressor genes** (e.g. p53) normally stop division or trigger cell death when DNA is damaged; mutations that inactivate them remove the brake. Several mutations are usually needed.
- **Mutagens** (e.g. UV light, X-rays, chemicals in tobacco smoke) increase the mutation rate and so the risk of cancer.

### Data skills
$$\text{mitotic index} = \frac{\text{number of cells in mitosis}}{\text{total number of cells}}$$
In a field of view of 400 cells, 48 are in mitosis: mitotic index $= \frac{48}{400} = 0.12$. A tumour usually has a higher mitotic index than the normal tissue around it.

### Exam tips
- Command terms: **Outline** the role of cyclins, **Explain** how mutations in oncogenes and tumour suppressor genes cause cancer, **Calculate** a mitotic index, **Distinguish** primary and secondary tumours.
- Common mistakes: counting cells in interphase as "in mitosis"; describing interphase as resting; saying cyclins are enzymes (they activate the kinases).
`,
    HL,
  ),
  note(
    "D2.2",
    String.raw`
Every cell of an organism has the same **genome**, but cells differ because they express different genes. **Gene expression** is how information in a gene is used to make a functional product, and it is regulated mainly at transcription, but also by controlling how long mRNA lasts and by **epigenetic** marks that are not changes to the base sequence.

### Key ideas
- **Genome**: all the genetic material of an organism. **Transcriptome**: all the RNA transcribed in a cell at a given time. **Proteome**: all the proteins produced. Genome is fixed; transcriptome and proteome vary between cell types and over time.
- **Transcription factors** bind to promoters and other regulatory sequences to promote or repress transcription.
- The amount of protein also depends on how fast mRNA is **degraded** in the cytoplasm: removing mRNA stops translation of that gene.
- **Epigenetics**: heritable changes in gene expression without a change to the DNA sequence.

| Epigenetic mark | Effect |
|---|---|
| Methylation of cytosine in a promoter | Usually reduces transcription |
| Acetylation of histones | Loosens nucleosome packing; increases transcription |
| Methylation of histones | Can increase or decrease transcription, depending on the site |

- Most marks are erased when gametes form, but some persist, giving **epigenetic inheritance** between generations. Cell lines also keep their marks through mitosis, so differentiated cells stay differentiated.
- **Monozygotic twins** have identical genomes, but their methylation patterns become more different as they age, especially if their lifestyles differ, showing the effect of environment on gene expression.
- **External factors** change gene expression: exposure to air pollution has been linked to changes in DNA methylation. In *E. coli*, the genes of the **lac operon** are transcribed only when lactose is present, because lactose stops a repressor from binding.

### Exam tips
- Command terms: **Distinguish** genome, transcriptome and proteome, **Outline** how methylation affects transcription, **Explain** evidence from twin studies, **Evaluate** claims about epigenetic inheritance.
- Common mistakes: calling epigenetic changes mutations; saying differentiated cells have different genes.
`,
    HL,
  ),
  note(
    "D2.3H",
    String.raw`
**Water potential** ($\psi$) is the potential energy of water per unit volume, compared with pure water at atmospheric pressure, which is defined as zero. Water always moves from a region of **higher** (less negative) to **lower** (more negative) water potential. At HL you split it into two components.

### Key ideas
$$\psi = \psi_s + \psi_p$$
- **Solute potential** ($\psi_s$) is always zero or negative: dissolved solutes attract water molecules and lower the water potential. More solute means a more negative $\psi_s$.
- **Pressure potential** ($\psi_p$) is positive when water is under pressure, e.g. the wall of a turgid plant cell pushing back on its contents; it is negative when water is under tension, e.g. in xylem vessels during transpiration.
- Units: kilopascals ($\text{kPa}$) or megapascals ($\text{MPa}$); $1\ \text{MPa} = 1000\ \text{kPa}$.
- A plant cell in pure water takes up water until $\psi_p$ rises enough to make $\psi = 0$: it becomes **turgid**. In a concentrated solution it loses water, $\psi_p$ falls to zero and the cell becomes **plasmolysed**. Animal cells have no wall, so they burst or shrink instead.

### Worked example
A cell has $\psi_s = -700\ \text{kPa}$ and $\psi_p = +300\ \text{kPa}$, so $\psi = -700 + 300 = -400\ \text{kPa}$. In a solution of $\psi = -600\ \text{kPa}$, water moves **out** of the cell (from $-400$ to $-600$). In a solution of $\psi = -200\ \text{kPa}$, water moves **in**.

### Data skills
Tissue samples are placed in a series of solutions, and percentage change in mass is plotted against concentration: $\frac{\text{final} - \text{initial}}{\text{initial}} \times 100$. A cylinder going from 2.50 g to 2.30 g shows $\frac{2.30 - 2.50}{2.50} \times 100 = -8\%$. Where the line crosses zero change, the tissue's water potential equals that of the solution.

### Exam tips
- Command terms: **Calculate** water potential, **Predict** and **Explain** the direction of water movement, **Deduce** the water potential of tissue from a graph.
- Common mistakes: saying water moves to the "higher" potential; forgetting signs (a value of $-400$ is *higher* than $-600$); using percentage change in mass without stating initial mass.
`,
    HL,
  ),
  note(
    "D3.1H",
    String.raw`
The HL extension follows human reproduction from the formation of gametes to birth: how sperm and eggs are made, how fertilization is made to involve just one sperm, and how hormones maintain a pregnancy.

### Key ideas
- **Gametogenesis** in both sexes has the same stages: mitosis (to build up numbers of cells), cell growth, two divisions of meiosis, and differentiation.

| | Spermatogenesis | Oogenesis |
|---|---|---|
| Where | Seminiferous tubules of testes | Ovaries (follicles) |
| Timing | Continuous from puberty | Starts before birth; arrested in prophase I; one cell usually resumes each menstrual cycle; meiosis II completed only after fertilization |
| Products of one meiosis | Four sperm | One egg and polar bodies (unequal division of cytoplasm) |
| Gamete | Small, motile, many millions | Large, with food reserves |

- **Fertilization**: the **acrosome reaction** releases enzymes that digest a path through the zona pellucida; the membranes of sperm and egg fuse; the **cortical reaction** (enzymes from cortical granules harden the zona pellucida) prevents **polyspermy**. The chromosomes of the two nuclei then join in the first mitotic division of the zygote.
- **Pregnancy**: the blastocyst implants in the endometrium and secretes **hCG**, which keeps the corpus luteum secreting **progesterone** (and oestradiol), so the endometrium is maintained. Later the **placenta** takes over progesterone production. Pregnancy tests detect hCG in urine using monoclonal antibodies.
- The **placenta** allows exchange between maternal and fetal blood without mixing: large surface (villi), thin barrier, countercurrent flow.
- **Birth** is controlled by positive feedback: progesterone falls, and **oxytocin** from the posterior pituitary causes uterine contractions, which stimulate more oxytocin release until the baby is born.

### Exam tips
- Command terms: **Compare and contrast** spermatogenesis and oogenesis, **Explain** how polyspermy is prevented, **Outline** the role of hCG, **Explain** the role of positive feedback in birth.
- Common mistakes: saying oogenesis produces four eggs; saying the placenta makes hCG from the start (early hCG comes from the embryo); describing oxytocin control of birth as negative feedback.
`,
    HL,
  ),
  note(
    "D3.2H",
    String.raw`
The HL extension follows **two genes at once**. If the genes are on different chromosomes, they assort independently and give predictable ratios; if they are **linked** on the same chromosome, the ratios change. The **chi-squared test** tells you whether observed results differ significantly from a predicted ratio.

### Key ideas
- **Independent assortment**: in meiosis, the orientation of one pair of homologous chromosomes does not affect another, so alleles of unlinked genes are inherited independently. A cross of two double heterozygotes (AaBb × AaBb) gives a **9 : 3 : 3 : 1** phenotype ratio; a **test cross** (AaBb × aabb) gives **1 : 1 : 1 : 1**.
- **Gene linkage**: genes close together on the same chromosome tend to be inherited together, so **parental** combinations are more common than expected. **Recombinant** combinations appear only when crossing over occurs between the genes in prophase I. The further apart the genes, the more recombinants.
- Write linked genotypes with the alleles on each chromosome together, e.g. $\frac{AB}{ab}$.

### Worked example
**Chi-squared goodness of fit.** F2 of a dihybrid cross, 160 offspring, predicted 9 : 3 : 3 : 1, so expected $= 90, 30, 30, 10$.

| Phenotype | O | E | $\frac{(O-E)^2}{E}$ |
|---|---|---|---|
| Both dominant | 98 | 90 | 0.711 |
| Dominant A, recessive b | 28 | 30 | 0.133 |
| Recessive a, dominant B | 24 | 30 | 1.200 |
| Both recessive | 10 | 10 | 0.000 |

$\chi^2 = \sum \frac{(O-E)^2}{E} = 2.04$; degrees of freedom $= 4 - 1 = 3$; critical value at $p = 0.05$ is 7.81. Since $2.04 < 7.81$, accept the null hypothesis: the results fit 9 : 3 : 3 : 1, consistent with unlinked genes.

**Linkage from a test cross:** offspring 420 AaBb, 380 aabb, 105 Aabb and 95 aaBb. The large parental classes show linkage; recombinants $= \frac{105 + 95}{1000} = 20\%$.

### Exam tips
- Command terms: **Deduce** genotypes and ratios using a Punnett grid, **Explain** why linked genes give unexpected ratios, **Calculate** $\chi^2$ and **Evaluate** the null hypothesis.
- Always state the null hypothesis, the degrees of freedom (classes minus one) and the critical value.
- Common mistake: treating "significant difference" as proof of linkage; it shows only that the data do not fit the predicted ratio.
`,
    HL,
  ),
  note(
    "D3.3H",
    String.raw`
The kidneys carry out **excretion** (removing waste such as urea) and **osmoregulation** (keeping the solute concentration of blood stable). Each kidney has about a million **nephrons**; each nephron filters blood and then takes back what the body needs.

### Key ideas
- **Ultrafiltration** in the **glomerulus**: blood arrives at high pressure (the efferent arteriole is narrower than the afferent one). Water and small solutes (glucose, amino acids, ions, urea) are forced through three layers (fenestrated capillary wall, basement membrane, and podocytes of Bowman's capsule) into the filtrate. Blood cells and most proteins stay in the blood.
- **Proximal convoluted tubule**: selective reabsorption of all glucose and amino acids and most water and ions, by active transport and cotransport. Cells have **microvilli** (large surface area) and many **mitochondria** (ATP for pumping).
- **Loop of Henle**: the descending limb is permeable to water; the thick ascending limb pumps Na$^+$ and Cl$^-$ out into the medulla but is impermeable to water. This creates a **high solute concentration in the medulla**, so water can be drawn out of the collecting duct. Animals from dry habitats tend to have longer loops.
- **Collecting duct and ADH**: osmoreceptors in the **hypothalamus** detect high blood solute concentration; the **posterior pituitary** releases **ADH**. ADH causes **aquaporins** to be inserted into collecting duct membranes, so more water is reabsorbed and a small volume of concentrated urine is produced. When blood is dilute, less ADH is released and more dilute urine results. This is **negative feedback**.

| Substance | Filtered? | Normally in urine? |
|---|---|---|
| Proteins | No | No |
| Glucose | Yes | No (all reabsorbed) |
| Urea | Yes | Yes (concentrated) |
| Water and ions | Yes | Variable, depending on ADH |

- The blood in the renal vein has less urea and a controlled solute concentration compared with the renal artery.

### Exam tips
- Command terms: **Annotate** a nephron diagram, **Explain** ultrafiltration, **Explain** the role of ADH, **Deduce** from data which substances are reabsorbed.
- Common mistakes: saying ADH makes the kidney "produce more water"; saying glucose is not filtered (it is filtered, then reabsorbed); placing ADH release in the anterior pituitary.
`,
    HL,
  ),
  note(
    "D4.1H",
    String.raw`
Evolution is a change in the **allele frequencies** of a population's **gene pool** over generations. The **Hardy–Weinberg** principle gives the frequencies expected if no evolution is happening, so departures from it show that something (selection, migration, non-random mating, mutation or chance) is changing the population.

### Key ideas
- **Gene pool**: all the alleles of all the genes in an interbreeding population. Allele frequency = proportion of all copies of a gene that are a particular allele.
- For a gene with two alleles, $p$ = frequency of the dominant allele, $q$ = frequency of the recessive allele:
$$p + q = 1 \qquad p^2 + 2pq + q^2 = 1$$
where $p^2$ and $q^2$ are the homozygous frequencies and $2pq$ the heterozygous frequency.
- **Conditions** for Hardy–Weinberg equilibrium: a large population, random mating, no mutation, no migration (gene flow) and no natural selection.
- **Modes of selection**:

| Mode | Which phenotypes are favoured | Effect on the distribution |
|---|---|---|
| Stabilizing | Intermediate | Mean unchanged, variation reduced (e.g. human birth mass) |
| Directional | One extreme | Mean shifts (e.g. antibiotic resistance) |
| Disruptive | Both extremes | Can split the population into two groups |

- **Artificial selection** by humans (crops, livestock, dog breeds) shows how fast selection can change a population.

### Worked example
In a population, 16 % of individuals show a recessive phenotype. So $q^2 = 0.16$ and $q = \sqrt{0.16} = 0.4$; $p = 1 - 0.4 = 0.6$. Heterozygous carriers: $2pq = 2 \times 0.6 \times 0.4 = 0.48$, i.e. 48 % of the population. Homozygous dominant: $p^2 = 0.36$. Check: $0.36 + 0.48 + 0.16 = 1$.

### Exam tips
- Command terms: **Calculate** allele and genotype frequencies, **State** the Hardy–Weinberg conditions, **Distinguish** the modes of selection, **Deduce** the mode from a before-and-after graph.
- Always start from $q^2$ (the only genotype you can see directly), never from the percentage of dominant phenotypes.
- Common mistakes: taking $q$ to be the phenotype frequency; forgetting the factor 2 in $2pq$.
`,
    HL,
  ),
  note(
    "D4.2H",
    String.raw`
Communities change over time. **Ecological succession** is the series of changes in a community as each stage alters its environment, making it suitable for the next species. Succession usually ends in a relatively stable **climax community**, unless something keeps stopping it.

### Key ideas
| | Primary succession | Secondary succession |
|---|---|---|
| Starts on | Bare ground with no soil (new volcanic rock, retreating glacier, sand dunes) | Existing soil after a disturbance (fire, abandoned farmland, storm) |
| First colonists | Pioneer species: lichens, mosses | Grasses, fast-growing herbs |
| Speed | Slow (soil must form) | Faster (soil, seeds and roots remain) |

- **Changes during succession**: soil depth, organic matter and ability to hold water and nutrients increase; biomass and the height of vegetation increase; species diversity usually increases; nutrient cycling becomes more complete; the community becomes more complex, with more food chains.
- Pioneer species tolerate harsh conditions; they weather rock and add organic matter when they die, helping to form soil, and are then outcompeted by larger plants.
- **Climax community**: the final, relatively stable community for the local climate and soil (e.g. deciduous forest in much of temperate Europe). It still changes over time, through natural disturbances and small-scale cycles.
- **Arrested succession**: a factor prevents the climax being reached. Examples: grazing by livestock or wild herbivores, regular fires, mowing, or waterlogging. Many grasslands and heathlands are maintained this way.
- **Cyclical succession**: some communities move through a repeating sequence of stages rather than reaching one climax.
- Human activity can both arrest succession (grazing, farming) and start it (abandoning farmland).

### Exam tips
- Command terms: **Distinguish** primary and secondary succession, **Outline** changes during succession, **Explain** how grazing or fire causes arrested succession, **Evaluate** data from a study of succession (e.g. a dune system, where distance from the sea stands for time).
- Common mistakes: saying the climax community never changes; saying pioneer species "want" to make soil for others; describing the first stage of secondary succession as lichens.
`,
    HL,
  ),
  note(
    "D4.3H",
    String.raw`
Climate change affects the **timing** of biological events, not just where species live. **Phenology** is the study of the timing of seasonal events such as flowering, bud burst, insect emergence, bird migration and breeding. When species in a food web respond to different cues, warming can pull their timing apart.

### Key ideas
- Seasonal events are triggered by cues such as **photoperiod** (day length) and **temperature**. Photoperiod does not change with climate; temperature does. A species using day length keeps its timing, while one using temperature shifts earlier as springs warm.
- **Disrupted synchrony**: if a consumer's breeding was timed to match the peak abundance of its food, a shift in only one of them creates a mismatch, reducing food for the young. Examples:
  - Caribou calving in Greenland is timed partly by day length, but plant growth now starts earlier; calves are born after peak food quality and calf survival falls.
  - Insect-eating birds such as great tits feed nestlings on caterpillars whose peak abundance in oak woodland has moved earlier with warming.
- **More generations**: higher temperatures let some insects complete their life cycle faster, e.g. spruce bark beetles can fit in more generations per year, increasing damage to forests.
- **Evolution in response to climate change**: selection pressures shift, and allele frequencies can change. In tawny owls in Finland, the brown colour form (less conspicuous when there is little snow) has become more common as winters have grown milder, while the grey form survives better in snowy winters.
- It is hard to prove a cause: changes in phenology or frequency are correlations with temperature, so long-term records and comparisons between regions are needed.

### Key terms
Phenology, photoperiod, disrupted synchrony (mismatch), selection pressure, allele frequency.

### Exam tips
- Command terms: **Outline** what phenology studies, **Explain** how climate change can disrupt synchrony with a named example, **Evaluate** evidence that a species is evolving in response to climate change.
- Common mistakes: saying organisms adapt to warming within their lifetime (evolutionary change needs heritable variation and selection across generations); confusing a shift in timing (phenology) with a shift in range (migration of distribution).
`,
    HL,
  ),
];

export default { subject: "biology", notes } satisfies SubjectNotes;
