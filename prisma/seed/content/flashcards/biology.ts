import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Biology (first assessment 2025). Keys are generated per topic:
// "biology-fc-<topic code, lower case, dots as hyphens>-<nn>", numbered in the order the cards appear below.

type Levels = FlashcardInput["levels"];
const CORE: Levels = ["SL", "HL"];
const HL: Levels = ["HL"];

const counters = new Map<string, number>();
const fc = (topicCode: string, front: string, back: string, levels: Levels = CORE): FlashcardInput => {
  const n = (counters.get(topicCode) ?? 0) + 1;
  counters.set(topicCode, n);
  const key = `biology-fc-${topicCode.toLowerCase().replace(/\./g, "-")}-${String(n).padStart(2, "0")}`;
  return { key, levels, topicCode, front, back };
};

const flashcards: FlashcardInput[] = [
  // Theme A — Unity and diversity
  fc(
    "A1.1",
    "Why is water a polar molecule, and what bonds form between water molecules?",
    "Oxygen is more electronegative than hydrogen, so O is slightly negative (δ−) and each H slightly positive (δ+). Hydrogen bonds form between the δ− O of one molecule and a δ+ H of another.",
  ),
  fc(
    "A1.1",
    "Cohesion vs adhesion",
    "**Cohesion**: attraction between water molecules (hydrogen bonds) — e.g. water column in xylem under tension. **Adhesion**: attraction between water and other polar substances — e.g. water to cellulose in xylem walls (capillary action).",
  ),
  fc(
    "A1.2",
    "Three components of a nucleotide",
    "A pentose sugar (deoxyribose in DNA, ribose in RNA), a phosphate group and a nitrogenous base. Nucleotides are linked into a sugar–phosphate backbone by covalent (phosphodiester) bonds.",
  ),
  fc(
    "A1.2",
    "Complementary base pairing in DNA",
    "Adenine pairs with thymine (2 hydrogen bonds); cytosine pairs with guanine (3 hydrogen bonds). In RNA, adenine pairs with uracil.",
  ),
  fc(
    "A1.2H",
    "What were the radioactive labels in the Hershey–Chase experiment, and what did they show?",
    "³⁵S labelled phage protein; ³²P labelled phage DNA. Only ³²P entered the bacteria, so DNA (not protein) is the genetic material.",
    HL,
  ),
  fc(
    "A1.2H",
    "What is a nucleosome?",
    "DNA wound around a core of eight histone proteins, held by a further histone (H1). Nucleosomes let DNA supercoil and help regulate transcription.",
    HL,
  ),
  fc(
    "A2.1",
    "Why is RNA thought to be the first genetic material?",
    "It can store information (base sequence), self-replicate (template) and catalyse reactions (ribozymes) — so it could catalyse its own replication before proteins existed.",
    HL,
  ),
  fc(
    "A2.1",
    "What is LUCA and where did it probably live?",
    "The last universal common ancestor of all living organisms (shown by the universal genetic code and shared genes). It probably lived near hydrothermal vents, 3.5–4 billion years ago.",
    HL,
  ),
  fc(
    "A2.2",
    String.raw`Formula for magnification`,
    String.raw`$\text{magnification} = \dfrac{\text{image size}}{\text{actual size}}$ (same units in both). 1 mm = 1000 µm; 1 µm = 1000 nm.`,
  ),
  fc(
    "A2.2H",
    "Evidence for the endosymbiotic origin of mitochondria and chloroplasts",
    "Double membrane; own naked circular DNA; 70S ribosomes; divide by binary fission; similar size to bacteria; sensitive to some antibiotics.",
    HL,
  ),
  fc(
    "A2.2",
    "Prokaryote vs eukaryote: four key differences",
    "Prokaryote: no nucleus (nucleoid), naked circular DNA, 70S ribosomes, no membrane-bound organelles. Eukaryote: nucleus, linear DNA with histones, 80S ribosomes, membrane-bound organelles.",
  ),
  fc(
    "A2.3",
    "Lytic vs lysogenic cycle",
    "**Lytic**: viral genes expressed at once, new viruses assembled, host cell lysed. **Lysogenic**: viral DNA integrated into host chromosome as a prophage and copied with it; can later switch to lytic (e.g. phage lambda).",
    HL,
  ),
  fc(
    "A2.3",
    "Features shared by all viruses",
    "Small size, fixed size; nucleic acid (DNA or RNA) as genetic material; protein capsid; no cytoplasm, no ribosomes, no metabolism — they replicate only inside host cells.",
    HL,
  ),
  fc(
    "A3.1",
    "Biological species concept",
    "A species is a group of organisms that can interbreed to produce fertile offspring. Hard to apply to asexual organisms, fossils, and populations that are partially diverged.",
  ),
  fc(
    "A3.1",
    "What is a karyogram?",
    "An image of an individual's chromosomes arranged in homologous pairs by size, centromere position and banding. Shows sex (XX/XY) and abnormalities such as trisomy 21.",
  ),
  fc(
    "A3.1H",
    "What is eDNA barcoding?",
    "Sequencing a standard short DNA region from environmental samples (water, soil) and matching it to a reference database to identify the species present.",
    HL,
  ),
  fc(
    "A3.2",
    "What is a clade?",
    "A group of organisms that includes a common ancestor and all of its descendants, sharing derived characteristics. Identified from base or amino acid sequences.",
    HL,
  ),
  fc(
    "A3.2",
    "Three domains of life and the evidence for them",
    "Bacteria, Archaea and Eukarya — based on ribosomal RNA (rRNA) base sequences, which showed archaea are as different from bacteria as from eukaryotes.",
    HL,
  ),
  fc(
    "A4.1",
    "Homologous vs analogous structures",
    "**Homologous**: same basic structure from a common ancestor, may differ in function (pentadactyl limb) — divergent evolution. **Analogous**: similar function, different origin (bird vs insect wings) — convergent evolution.",
  ),
  fc(
    "A4.1",
    "Allopatric vs sympatric speciation",
    "**Allopatric**: populations separated geographically, then diverge. **Sympatric**: new species forms in the same area, e.g. through behavioural/temporal isolation or polyploidy.",
  ),
  fc(
    "A4.1H",
    "How does polyploidy cause abrupt speciation?",
    "Nondisjunction/genome doubling produces e.g. a tetraploid; crosses with the diploid parent give sterile triploids, so the polyploid is reproductively isolated in one generation (e.g. knotweed, Persicaria).",
    HL,
  ),
  fc(
    "A4.2",
    String.raw`Simpson's reciprocal index`,
    String.raw`$D = \dfrac{N(N-1)}{\sum n(n-1)}$; $N$ = total individuals, $n$ = individuals of each species. Higher $D$ = greater diversity (richness and evenness).`,
  ),
  fc(
    "A4.2",
    "In situ vs ex situ conservation",
    "**In situ**: in the natural habitat (nature reserves, rewilding, removing invasive species). **Ex situ**: away from it (zoos, botanic gardens, seed banks).",
  ),

  // Theme B — Form and function
  fc(
    "B1.1",
    "Condensation vs hydrolysis",
    "**Condensation** joins monomers, releasing water (e.g. forming glycosidic bonds). **Hydrolysis** breaks bonds by adding water (e.g. digestion of starch).",
  ),
  fc(
    "B1.1",
    "Starch, glycogen and cellulose — monomers and bonds",
    "Amylose: α-glucose, 1,4 bonds, helical. Amylopectin and glycogen: α-glucose, 1,4 + 1,6 bonds, branched (glycogen more branched). Cellulose: β-glucose, 1,4, straight chains forming microfibrils.",
  ),
  fc(
    "B1.2",
    "General structure of an amino acid",
    "A central carbon bonded to an amine group (–NH₂), a carboxyl group (–COOH), a hydrogen atom and a variable R-group. Peptide bonds form between –COOH of one and –NH₂ of the next by condensation.",
  ),
  fc(
    "B1.2H",
    "Four levels of protein structure",
    "Primary: amino acid sequence. Secondary: α-helices and β-pleated sheets (H-bonds in backbone). Tertiary: 3D folding from R-group interactions (H, ionic, disulfide, hydrophobic). Quaternary: >1 polypeptide (and prosthetic groups), e.g. haemoglobin.",
    HL,
  ),
  fc(
    "B2.1",
    "Fluid mosaic model — main components",
    "Phospholipid bilayer with proteins (integral and peripheral), cholesterol (in animals, regulates fluidity) and glycoproteins/glycolipids (cell recognition).",
  ),
  fc(
    "B2.1",
    "Define osmosis",
    "Net movement of water across a partially permeable membrane from a region of lower solute concentration to higher solute concentration (higher to lower water potential).",
  ),
  fc(
    "B2.1H",
    "Indirect active transport of glucose",
    "Na⁺/K⁺ pump (ATP) keeps Na⁺ low inside; a Na⁺–glucose cotransporter uses Na⁺ moving in down its gradient to carry glucose in against its gradient (e.g. ileum, kidney tubule).",
    HL,
  ),
  fc(
    "B2.2",
    "Advantage of compartmentalization in eukaryotes",
    "Enzymes and substrates concentrated; incompatible reactions separated (e.g. digestive enzymes in lysosomes); pH and conditions optimized; mRNA processed before translation.",
  ),
  fc(
    "B2.3",
    "Surface area-to-volume ratio and cell size",
    "As a cell grows, volume increases faster than surface area, so SA:V falls; exchange across the membrane can no longer keep up with metabolism, limiting cell size.",
  ),
  fc(
    "B3.1",
    "Adaptations of alveoli",
    "Large surface area; one-cell-thick type I pneumocytes (short diffusion distance); dense capillary network; moist lining; surfactant from type II pneumocytes.",
  ),
  fc(
    "B3.1",
    "Tidal volume and vital capacity",
    "**Tidal volume**: air breathed in/out in a normal breath. **Vital capacity**: maximum volume exhaled after a maximum inhalation. **Ventilation rate**: breaths per minute.",
  ),
  fc(
    "B3.1H",
    "Bohr shift",
    "Higher CO₂ (lower pH) reduces haemoglobin's affinity for O₂, shifting the dissociation curve right, so more O₂ is released in actively respiring tissues.",
    HL,
  ),
  fc(
    "B3.2",
    "Transpiration pull in three steps",
    "1. Water evaporates from leaf cell walls and exits via stomata. 2. Tension in xylem pulls water up. 3. Cohesion keeps the column continuous; adhesion and lignified walls help.",
  ),
  fc(
    "B3.2H",
    "Mass flow in phloem: source and sink",
    "Sucrose actively loaded at the source → water enters by osmosis → high pressure. Sucrose unloaded at the sink → water leaves → low pressure. Sap flows high → low pressure.",
    HL,
  ),
  fc(
    "B3.3",
    "Role of Ca²⁺ in muscle contraction",
    "Released from the sarcoplasmic reticulum; binds troponin; tropomyosin moves to expose myosin-binding sites on actin; cross-bridges form.",
    HL,
  ),
  fc(
    "B4.1",
    "Range of tolerance",
    "The range of an abiotic factor within which a species can survive: optimum zone (most abundant), zones of stress (few), and limits beyond which it is absent.",
  ),
  fc(
    "B4.2",
    "Modes of nutrition",
    "Autotroph (makes own food: photo- or chemoautotroph); heterotroph (consumer, detritivore, saprotroph); mixotroph (both, e.g. Euglena).",
  ),
  fc(
    "B4.2H",
    "Competitive exclusion principle",
    "Two species cannot occupy the same niche in the same place indefinitely: one outcompetes the other, which is excluded or restricted to a smaller realized niche.",
    HL,
  ),

  // Theme C — Interaction and interdependence
  fc(
    "C1.1",
    "Factors affecting enzyme activity",
    "Temperature (rate rises to optimum, then denaturation), pH (optimum, denaturation either side), substrate concentration (rate rises then plateaus when active sites are saturated).",
  ),
  fc(
    "C1.1H",
    "Competitive vs non-competitive inhibition",
    "**Competitive**: resembles substrate, binds active site, overcome by more substrate. **Non-competitive**: binds allosteric site, changes active site shape, not overcome by more substrate (lowers max rate).",
    HL,
  ),
  fc("C1.2", "Aerobic respiration word equation", "glucose + oxygen → carbon dioxide + water (+ large yield of ATP, about 30+ per glucose)."),
  fc(
    "C1.2",
    "Anaerobic respiration in humans vs yeast",
    "Humans: glucose → lactate (2 ATP). Yeast: glucose → ethanol + carbon dioxide (2 ATP). Both in the cytoplasm, no oxygen needed.",
  ),
  fc(
    "C1.2H",
    "Stages of aerobic respiration and their locations",
    "Glycolysis (cytoplasm) → link reaction (matrix) → Krebs cycle (matrix) → electron transport chain and chemiosmosis (inner membrane/cristae).",
    HL,
  ),
  fc(
    "C1.3",
    String.raw`Formula for the Rf value`,
    String.raw`$R_f = \dfrac{\text{distance moved by pigment}}{\text{distance moved by solvent front}}$ — between 0 and 1, no units.`,
  ),
  fc(
    "C1.3",
    "Limiting factors of photosynthesis",
    "Light intensity, carbon dioxide concentration and temperature. The factor in shortest supply relative to need limits the rate.",
  ),
  fc(
    "C1.3H",
    "Three stages of the Calvin cycle",
    "1. Fixation: RuBP + CO₂ → 2 glycerate-3-phosphate (Rubisco). 2. Reduction: GP → triose phosphate (using ATP and reduced NADP). 3. Regeneration of RuBP (uses ATP).",
    HL,
  ),
  fc(
    "C2.1",
    "Second messenger signalling (e.g. adrenaline)",
    "Hormone binds a G-protein-coupled receptor → G protein activated → adenylyl cyclase makes cAMP (second messenger) → protein kinase cascade amplifies the signal.",
    HL,
  ),
  fc(
    "C2.1",
    "What is quorum sensing?",
    "Bacteria release signalling molecules; above a threshold concentration (high population density) these switch on specific genes, e.g. bioluminescence in Vibrio fischeri.",
    HL,
  ),
  fc(
    "C2.2",
    "Resting potential value and cause",
    "About −70 mV (inside negative). Na⁺/K⁺ pump moves 3 Na⁺ out for 2 K⁺ in; K⁺ leaks out; negative proteins stay inside.",
  ),
  fc(
    "C2.2",
    "Saltatory conduction",
    "In myelinated axons, depolarization occurs only at nodes of Ranvier, so the impulse 'jumps' from node to node — much faster than in unmyelinated axons.",
  ),
  fc("C3.1", "Components of a reflex arc", "Receptor → sensory neuron → relay neuron (in spinal cord grey matter) → motor neuron → effector (muscle)."),
  fc(
    "C3.1H",
    "How does auxin cause phototropism?",
    "Auxin moves to the shaded side (PIN carriers) → H⁺ pumped into cell walls → expansins loosen cellulose → shaded cells elongate more → shoot bends towards light.",
    HL,
  ),
  fc(
    "C3.2",
    "Primary vs secondary immune response",
    "Primary: first exposure — slow, small antibody production; memory cells made. Secondary: re-exposure — memory cells give a faster, larger, longer antibody response.",
  ),
  fc(
    "C3.2",
    "Why can't antibiotics treat viral infections?",
    "Viruses have no metabolism or bacterial structures (cell walls, 70S ribosomes) for antibiotics to target; they use host cell machinery.",
  ),
  fc(
    "C4.1",
    String.raw`Lincoln index`,
    String.raw`$N = \dfrac{M \times C}{R}$: $M$ = number first marked, $C$ = total in second sample, $R$ = marked individuals recaptured.`,
  ),
  fc(
    "C4.1",
    "Phases of a sigmoid population growth curve",
    "Exponential (birth rate ≫ death rate, few limits) → transitional (growth slows as limiting factors increase) → plateau at carrying capacity (birth rate = death rate).",
  ),
  fc(
    "C4.2",
    "Why is only ~10 % of energy passed to the next trophic level?",
    "Energy lost as heat in cell respiration; parts not eaten; material not digested (egested) passes to decomposers.",
  ),
  fc(
    "C4.2",
    "Gross vs net primary production",
    "GPP: total energy/biomass fixed by producers. NPP = GPP − producers' respiration; NPP is available to consumers.",
  ),

  // Theme D — Continuity and change
  fc(
    "D1.1",
    "What does semi-conservative replication mean?",
    "Each new DNA molecule contains one original (template) strand and one newly synthesized strand — shown by Meselson and Stahl with ¹⁵N/¹⁴N.",
  ),
  fc(
    "D1.1",
    "Three temperature steps of PCR",
    "~95 °C denaturation (strands separate); ~55 °C annealing (primers bind); ~72 °C extension by heat-stable Taq polymerase.",
  ),
  fc(
    "D1.1H",
    "Roles of enzymes in DNA replication",
    "Helicase: unwinds. Primase: RNA primers. DNA polymerase III: adds nucleotides 5′→3′ and proofreads. DNA polymerase I: replaces primers with DNA. Ligase: joins Okazaki fragments.",
    HL,
  ),
  fc(
    "D1.2",
    "Codon vs anticodon",
    "**Codon**: triplet of bases on mRNA coding for one amino acid. **Anticodon**: complementary triplet on tRNA that pairs with the codon (antiparallel).",
  ),
  fc(
    "D1.2",
    "Features of the genetic code",
    "Triplet; degenerate (several codons per amino acid); universal (almost); non-overlapping; has start (AUG) and stop codons.",
  ),
  fc(
    "D1.2H",
    "Post-transcriptional modification of eukaryotic mRNA",
    "Introns removed (splicing), exons joined; 5′ cap added; 3′ poly-A tail added. Alternative splicing lets one gene code for several polypeptides.",
    HL,
  ),
  fc(
    "D1.3",
    "Sickle-cell mutation",
    "Base substitution in the β-globin gene: GAG → GTG (mRNA GAG → GUG), glutamic acid → valine; HbS forms fibres at low O₂, sickling red blood cells.",
  ),
  fc(
    "D1.3H",
    "How does CRISPR–Cas9 target a gene?",
    "A guide RNA complementary to the target sequence directs the Cas9 nuclease, which cuts both DNA strands there; repair can knock out or edit the gene.",
    HL,
  ),
  fc(
    "D2.1H",
    "Mitotic index",
    "Number of cells in mitosis ÷ total number of cells observed. A high mitotic index indicates rapid cell division (e.g. in tumours).",
    HL,
  ),
  fc(
    "D2.1",
    "Stages of mitosis in order",
    "Prophase (chromosomes condense, spindle forms, nuclear membrane breaks down) → metaphase (chromosomes line up at equator) → anaphase (sister chromatids pulled to poles) → telophase (nuclear membranes re-form); then cytokinesis.",
  ),
  fc(
    "D2.1",
    "Two sources of genetic variation in meiosis",
    "Crossing over between non-sister chromatids in prophase I; random orientation (independent assortment) of bivalents in metaphase I — 2ⁿ combinations.",
  ),
  fc(
    "D2.1H",
    "Role of cyclins in the cell cycle",
    "Cyclins rise and fall in concentration; they bind and activate cyclin-dependent kinases (CDKs), which phosphorylate proteins that trigger the next phase of the cycle.",
    HL,
  ),
  fc(
    "D2.2",
    "Define epigenetics",
    "Heritable changes in gene expression without change to the DNA base sequence — e.g. DNA methylation (silences genes) and histone acetylation (activates genes).",
    HL,
  ),
  fc(
    "D2.3",
    "Hypotonic, isotonic, hypertonic",
    "Relative to the cell: hypotonic — lower solute concentration (water enters); isotonic — equal (no net movement); hypertonic — higher solute concentration (water leaves).",
  ),
  fc(
    "D2.3H",
    String.raw`Water potential equation`,
    String.raw`$\Psi_w = \Psi_s + \Psi_p$ (units MPa or kPa). Pure water at atmospheric pressure has $\Psi_w = 0$; water moves from higher (less negative) to lower water potential.`,
    HL,
  ),
  fc(
    "D3.1",
    "Hormones of the menstrual cycle and their sources",
    "FSH and LH (anterior pituitary); oestradiol (developing follicle); progesterone (corpus luteum). LH surge triggers ovulation.",
  ),
  fc(
    "D3.1H",
    "Role of hCG in pregnancy",
    "Secreted by the implanted embryo; maintains the corpus luteum so progesterone secretion continues and the endometrium is not shed; detected by pregnancy tests.",
    HL,
  ),
  fc(
    "D3.2",
    "Codominance vs multiple alleles (ABO)",
    "Multiple alleles: more than two alleles of a gene in the population (Iᴬ, Iᴮ, i). Codominance: both alleles expressed in a heterozygote (IᴬIᴮ → group AB).",
  ),
  fc(
    "D3.2",
    "Why are X-linked recessive conditions more common in males?",
    "Males have one X chromosome (XY), so a single recessive allele is expressed; females need two copies (XᵃXᵃ). Example: haemophilia, red–green colour blindness.",
  ),
  fc(
    "D3.2H",
    String.raw`Chi-squared formula and degrees of freedom`,
    String.raw`$\chi^2 = \sum \dfrac{(O - E)^2}{E}$. Goodness of fit: df = number of classes − 1. Contingency table: df = (rows − 1)(columns − 1). If $\chi^2$ > critical value at $p = 0.05$, reject the null hypothesis.`,
    HL,
  ),
  fc(
    "D3.3",
    "Insulin vs glucagon",
    "**Insulin** (β cells): high glucose → cells take up glucose, liver/muscle make glycogen. **Glucagon** (α cells): low glucose → liver breaks down glycogen, releases glucose.",
  ),
  fc(
    "D3.3H",
    "Role of ADH",
    "Released from the pituitary when blood solute concentration is high; inserts aquaporins into collecting duct membranes → more water reabsorbed → small volume of concentrated urine.",
    HL,
  ),
  fc(
    "D4.1",
    "Requirements for natural selection",
    "Heritable variation; overproduction of offspring; competition for limited resources; differential survival and reproduction; change in allele frequencies over generations.",
  ),
  fc(
    "D4.1H",
    String.raw`Hardy–Weinberg equations`,
    String.raw`$p + q = 1$ and $p^2 + 2pq + q^2 = 1$, where $p^2$, $2pq$ and $q^2$ are the frequencies of the homozygous dominant, heterozygous and homozygous recessive genotypes.`,
    HL,
  ),
  fc(
    "D4.2",
    "Keystone species",
    "A species with a disproportionately large effect on the structure of its community relative to its abundance (e.g. sea otters, beavers).",
  ),
  fc(
    "D4.2",
    "Biomagnification",
    "Increase in concentration of a persistent, non-excreted pollutant (e.g. DDT, mercury) at each higher trophic level, because each consumer eats many prey.",
  ),
  fc(
    "D4.2",
    "Eutrophication sequence",
    "Nitrate/phosphate run-off → algal bloom → plants shaded and die → decomposition by aerobic bacteria → high biochemical oxygen demand (BOD) → low dissolved oxygen → fish die.",
  ),
  fc(
    "D4.2H",
    "Primary vs secondary succession",
    "**Primary**: starts on bare ground with no soil (new rock, lava) — pioneers such as lichens build soil. **Secondary**: starts where soil remains after a disturbance (fire, abandoned farmland) — faster.",
    HL,
  ),
  fc(
    "D4.3",
    "Enhanced greenhouse effect",
    "Increased CO₂, methane and other greenhouse gases (from fossil fuel burning, deforestation, farming) absorb more long-wave radiation re-emitted from Earth, raising global temperatures.",
  ),
  fc(
    "D4.3H",
    "What is phenology?",
    "The study of the timing of seasonal biological events (flowering, bud burst, migration, breeding) — climate change can disrupt synchrony between interacting species.",
    HL,
  ),
];

const content: SubjectFlashcards = { subject: "biology", flashcards };
export default content;
