import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Psychology (first assessment 2027): key concepts, research-methods terms, well-known
// studies summarised in our own words (aim, method, finding) and ethical considerations.
// Keys use "psychology-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `psychology-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Biological approach
  card(
    "b1-fmri",
    "B.1",
    "What does **fMRI** measure, and what are its main strength and limitation?",
    "Changes in blood oxygenation (the BOLD signal) as an indirect sign of neural activity during a task.\n\n- **Strength:** good spatial resolution, non-invasive, no radiation.\n- **Limitation:** poor temporal resolution (seconds), and activity is correlational: it does not show that an area *causes* a behaviour.",
  ),
  card(
    "b1-maguire",
    "B.1",
    "**Maguire et al. (2000)**: aim, method, finding.",
    "**Aim:** do taxi drivers' brains differ from non-drivers'?\n\n**Method:** structural MRI scans of 16 male London taxi drivers compared with non-driver controls (quasi-experiment).\n\n**Finding:** larger posterior hippocampus (smaller anterior) in drivers; posterior volume correlated positively with years as a driver: evidence of neuroplasticity and of the hippocampus's role in spatial memory.",
  ),
  card(
    "b2-hormone-nt",
    "B.2",
    "Hormone vs neurotransmitter: two differences.",
    "- **Route:** hormones are released by glands into the **bloodstream**; neurotransmitters cross the **synaptic gap**.\n- **Speed/reach:** hormones act more slowly, longer and on distant targets; neurotransmitters act in milliseconds on the next neuron.",
  ),
  card(
    "b2-oxytocin",
    "B.2",
    "**Kosfeld et al. (2005)**: aim, method, finding, caution.",
    "**Aim:** does oxytocin increase trust?\n\n**Method:** men received intranasal oxytocin or placebo (double-blind), then played an investment 'trust game'.\n\n**Finding:** more oxytocin participants transferred their full endowment to a human trustee; no effect when a computer decided returns.\n\n**Caution:** later replications mostly failed; small male sample.",
  ),
  card(
    "b3-synapse",
    "B.3",
    "Four steps of synaptic transmission.",
    "1. Action potential reaches the presynaptic terminal.\n2. Vesicles release neurotransmitter into the synaptic gap.\n3. Neurotransmitter binds to postsynaptic receptors (excitatory or inhibitory effect).\n4. It is removed by reuptake or broken down by enzymes.",
  ),
  card(
    "b3-agonist",
    "B.3",
    "Define **agonist** and **antagonist**.",
    "- **Agonist:** a substance that binds to receptors and *mimics/enhances* a neurotransmitter's effect.\n- **Antagonist:** binds to receptors and *blocks* the neurotransmitter (e.g. scopolamine blocks acetylcholine receptors).",
  ),
  card(
    "b4-neuroplasticity",
    "B.4",
    "Define **neuroplasticity** and name three processes involved.",
    "The brain's ability to change its structure and function in response to experience and learning.\n\nProcesses: dendritic branching, synaptic strengthening (long-term potentiation), and synaptic pruning ('use it or lose it').",
  ),
  card(
    "b4-draganski",
    "B.4",
    "**Draganski et al. (2004)**: aim, method, finding.",
    "**Aim:** does learning a skill change adult brain structure?\n\n**Method:** MRI before and after three months of learning to juggle, then after three months without practice; non-juggling controls.\n\n**Finding:** grey matter increased in visual-motion areas in jugglers and partly declined after they stopped.",
  ),
  card(
    "b5-hm",
    "B.5",
    "Patient **H.M.** (Scoville and Milner, 1957): what was removed and what did it show?",
    "Parts of both medial temporal lobes, including most of the hippocampus, were removed to treat epilepsy.\n\nHe developed severe **anterograde amnesia** for facts and events, but his short-term memory and procedural learning (e.g. mirror drawing) were intact, suggesting the hippocampus is needed to form new declarative long-term memories.",
  ),
  card(
    "b6-twins",
    "B.6",
    "Logic of twin studies.",
    "MZ twins share ~100% of genes, DZ twins ~50%. If MZ concordance/correlation is higher than DZ, a genetic contribution (heritability) is inferred.\n\n**Assumption:** equal environments for MZ and DZ pairs, often criticised.",
  ),
  card(
    "b7-diathesis",
    "B.7",
    "The **diathesis–stress model** in one sentence, plus a supporting study.",
    "A disorder develops when a vulnerability (diathesis, e.g. a gene variant) interacts with environmental stress.\n\n**Caspi et al. (2003):** people with short 5-HTTLPR alleles who had many stressful life events (ages 21-26) were more likely to become depressed than long-allele homozygotes (later replications mixed).",
  ),
  card(
    "b8-3rs",
    "B.8",
    "The **3Rs** of animal research.",
    "- **Replacement:** use alternatives (cell cultures, simulations) where possible.\n- **Reduction:** use the fewest animals needed for reliable results.\n- **Refinement:** improve procedures and housing to minimise suffering.",
  ),
  card(
    "b8-rosenzweig",
    "B.8",
    "**Rosenzweig, Bennett and Diamond**: method and finding.",
    "Rats were raised in an enriched environment (large cage, other rats, changing objects) or an impoverished one (alone, plain cage). After weeks their brains were dissected: enriched rats had a heavier, thicker cortex: environment causes brain change (in rats).",
  ),
  card(
    "b9-reductionism",
    "B.9",
    "What is **biological reductionism**? One strength, one limitation.",
    "Explaining complex behaviour by lower-level biological parts (genes, neurotransmitters, brain areas).\n\n- **Strength:** precise, testable hypotheses; led to treatments.\n- **Limitation:** ignores cognitive and sociocultural factors; a drug working does not prove the chemical caused the disorder.",
  ),

  // ── Cognitive approach
  card(
    "cg1-anchoring",
    "CG.1",
    "**Anchoring bias** and Tversky and Kahneman's (1974) wheel study.",
    "An initial value pulls later estimates towards it; people adjust insufficiently.\n\nA rigged wheel stopped at 10 or 65; participants then estimated the % of African countries in the UN. Median estimates: **25%** (anchor 10) vs **45%** (anchor 65).",
  ),
  card(
    "cg2-cc-terms",
    "CG.2",
    "Classical conditioning: UCS, UCR, NS, CS, CR.",
    "- **UCS:** stimulus that naturally triggers a response (food).\n- **UCR:** the natural response (salivation to food).\n- **NS:** stimulus with no response at first (bell).\n- After pairing, the NS becomes a **CS** that triggers a **CR** (salivation to the bell).",
  ),
  card(
    "cg2-albert",
    "CG.2",
    "**Watson and Rayner (1920)**: method, finding, ethical issue.",
    "An infant ('Little Albert') was shown a white rat while a steel bar was struck loudly behind him. After several pairings he showed fear of the rat alone, which generalised to other furry objects.\n\n**Ethics:** deliberate fear induction in a child; consent questionable; fear not removed.",
  ),
  card(
    "cg3-load",
    "CG.3",
    "Three types of cognitive load.",
    "- **Intrinsic:** difficulty of the material itself (element interactivity).\n- **Extraneous:** load from poor presentation (e.g. split attention); should be reduced.\n- **Germane:** effort that builds schemas; should be encouraged.",
  ),
  card(
    "cg4-msm",
    "CG.4",
    "Multi-store model (Atkinson and Shiffrin, 1968): stores and transfer processes.",
    "Sensory memory → (attention) → short-term memory (~7±2 items, ~18-30 s) → (rehearsal) → long-term memory (unlimited, long-lasting). Retrieval brings information back to STM.",
  ),
  card(
    "cg4-glanzer",
    "CG.4",
    "**Glanzer and Cunitz (1966)**: finding and what it supports.",
    "Free recall of word lists shows primacy and recency effects. A 30-second counting delay before recall removed the **recency** effect but not primacy.\n\nSupports separate STM (recency, displaced) and LTM (primacy, rehearsed) stores.",
  ),
  card(
    "cg4-wmm",
    "CG.4",
    "Components of the working memory model (Baddeley and Hitch).",
    "Central executive (controls attention), phonological loop (sound/speech), visuospatial sketchpad (visual/spatial), episodic buffer (added 2000; integrates information, links to LTM).\n\nEvidence: dual-task studies; patient KF.",
  ),
  card(
    "cg5-wason",
    "CG.5",
    "**Wason's (1960) 2-4-6 task** and confirmation bias.",
    "Participants tried to discover the rule behind '2, 4, 6' by proposing triples. Most tested triples that *confirmed* their own hypothesis (e.g. 'add 2') and announced wrong rules. The real rule: any ascending sequence.\n\nConfirmation bias = seeking/interpreting evidence that supports existing beliefs.",
  ),
  card(
    "cg6-dual",
    "CG.6",
    "System 1 vs System 2 (dual processing theory).",
    "- **System 1:** fast, automatic, intuitive, effortless, heuristic-based, error-prone.\n- **System 2:** slow, deliberate, effortful, logical, limited capacity.\n\nSystem 1 is the default; System 2 can override it but often doesn't (e.g. the Cognitive Reflection Test).",
  ),
  card(
    "cg7-operant",
    "CG.7",
    "Positive/negative reinforcement and punishment.",
    "- **Positive reinforcement:** add something pleasant → behaviour ↑.\n- **Negative reinforcement:** remove something unpleasant → behaviour ↑.\n- **Positive punishment:** add something unpleasant → behaviour ↓.\n- **Negative punishment:** remove something pleasant → behaviour ↓.",
  ),
  card(
    "cg8-schema",
    "CG.8",
    "Define **schema** and give two effects on memory.",
    "A mental representation of knowledge about an object, event or situation, built from experience.\n\nEffects: guides attention/encoding (schema-consistent information remembered), and fills gaps at retrieval (distortions and false memories).",
  ),
  card(
    "cg8-bartlett",
    "CG.8",
    "**Bartlett (1932), War of the Ghosts**: method and finding.",
    "British participants read an unfamiliar Native American folk tale and reproduced it repeatedly over time.\n\nThe story became shorter; unfamiliar details were dropped or changed to fit British culture (canoes → boats); the supernatural was rationalised. Memory is **reconstructive**.",
  ),

  // ── Sociocultural approach
  card(
    "s1-festinger",
    "S.1",
    "**Festinger and Carlsmith (1959)**: method and finding.",
    "Students did a boring task, then were paid one dollar or twenty dollars to tell the next person it was enjoyable.\n\nThe **one-dollar** group later rated the task as more enjoyable: with insufficient justification for lying, they reduced dissonance by changing their attitude.",
  ),
  card(
    "s2-techniques",
    "S.2",
    "Foot-in-the-door, door-in-the-face, low-ball.",
    "- **Foot-in-the-door:** small request first, then the larger one (consistency).\n- **Door-in-the-face:** large request (refused), then the smaller real one (reciprocal concessions). Cialdini et al. (1975): ~50% vs ~17% agreed.\n- **Low-ball:** get agreement, then worsen the terms (commitment).",
  ),
  card(
    "s3-asch",
    "S.3",
    "**Asch's line studies**: key findings.",
    "A real participant judged line lengths with confederates giving unanimous wrong answers.\n\n~37% of critical-trial answers conformed; ~75% conformed at least once; <1% errors alone. One dissenting ally cut conformity sharply. Mainly **normative** influence.",
  ),
  card(
    "s3-informational",
    "S.3",
    "Normative vs informational social influence.",
    "- **Normative:** conforming to be accepted or avoid rejection; often public compliance only.\n- **Informational:** conforming because others are thought to be right, especially when the task is ambiguous; leads to private acceptance.",
  ),
  card(
    "s4-hofstede",
    "S.4",
    "Hofstede's cultural dimensions (list) and one criticism.",
    "Individualism-collectivism, power distance, uncertainty avoidance, masculinity-femininity, long-term orientation, indulgence-restraint.\n\n**Criticism:** based on one company's employees decades ago; national averages do not describe individuals (ecological fallacy).",
  ),
  card(
    "s5-emic-etic",
    "S.5",
    "Emic vs etic approach.",
    "- **Emic:** from inside one culture, using its own concepts; qualitative; culture-specific; high local credibility.\n- **Etic:** from outside, comparing cultures with the same measures; seeks universals; risk of **imposed etic** (ethnocentrism).",
  ),
  card(
    "s6-enculturation",
    "S.6",
    "Enculturation vs acculturation.",
    "- **Enculturation:** learning the norms and values of **one's own** culture (from parents, peers, school, media).\n- **Acculturation:** cultural and psychological change from contact with **another** culture (e.g. after migration).",
  ),
  card(
    "s7-ekman",
    "S.7",
    "**Ekman and Friesen (1971)**: an etic study of emotion.",
    "Members of the Fore people of Papua New Guinea, with little exposure to Western media, matched photographs of facial expressions to emotional stories much as Westerners did, suggesting some facial expressions of emotion are universal.",
  ),
  card(
    "s8-berry",
    "S.8",
    "Berry's four acculturation strategies.",
    "| | Keep heritage | Drop heritage |\n|---|---|---|\n| Contact with host | Integration | Assimilation |\n| Avoid host | Separation | Marginalisation |\n\nIntegration usually goes with the least acculturative stress.",
  ),
  card(
    "s9-tajfel",
    "S.9",
    "**Tajfel et al. (1971), minimal groups**: method and finding.",
    "Bristol schoolboys were split into groups on a trivial basis (Klee vs Kandinsky preference) and allocated points to anonymous others.\n\nThey favoured the in-group and often **maximised the difference** between groups even at a cost to their own group's total.",
  ),
  card(
    "s9-sit",
    "S.9",
    "Three processes of social identity theory.",
    "1. **Social categorisation** (us vs them).\n2. **Social identification** (adopting group identity; self-esteem tied to the group).\n3. **Social comparison** (seeking positive distinctiveness for the in-group).",
  ),
  card(
    "s10-bandura",
    "S.10",
    "**Bandura, Ross and Ross (1961)**: method and finding.",
    "72 nursery children watched an adult behave aggressively or non-aggressively towards a Bobo doll, or saw no model; after mild frustration they were observed with the doll.\n\nChildren who saw aggression imitated specific physical and verbal acts; boys showed more physical aggression. Learning without direct reinforcement.",
  ),
  card(
    "s10-processes",
    "S.10",
    "Four mediational processes in social learning theory.",
    "**Attention** (notice the model), **retention** (remember the behaviour), **reproduction** (able to perform it), **motivation** (expect reinforcement, e.g. vicarious reinforcement).",
  ),

  // ── Research methodology
  card(
    "r1-iv-dv",
    "R.1",
    "IV, DV and an operationalised hypothesis.",
    "- **IV:** the variable the researcher manipulates.\n- **DV:** the variable measured.\n- **Operationalised hypothesis:** states both in measurable terms, e.g. 'Students who sleep 8 hours will recall more of 20 words than students who sleep 4 hours.'",
  ),
  card(
    "r1-designs",
    "R.1",
    "Three experimental designs with one weakness each.",
    "- **Independent samples:** participant variables differ between groups.\n- **Repeated measures:** order effects (controlled by counterbalancing).\n- **Matched pairs:** matching is time-consuming and never perfect.",
  ),
  card(
    "r1-validity",
    "R.1",
    "Internal, external and ecological validity.",
    "- **Internal:** the IV really caused the change in the DV.\n- **External:** results generalise to other people, settings, times (**population validity** for people).\n- **Ecological:** the task and setting resemble real life.",
  ),
  card(
    "r1-experiments",
    "R.1",
    "True, field, natural and quasi-experiments.",
    "- **True (lab):** IV manipulated, random allocation, controlled setting.\n- **Field:** IV manipulated in a real setting.\n- **Natural:** IV varies naturally (e.g. an exam), not manipulated.\n- **Quasi:** groups defined by an existing characteristic (e.g. culture, gender); no random allocation.",
  ),
  card(
    "r2-sampling",
    "R.2",
    "Four sampling techniques.",
    "- **Random:** everyone in the population has an equal chance.\n- **Stratified:** subgroups represented in population proportions.\n- **Opportunity/convenience:** whoever is available.\n- **Self-selected (volunteer):** people who respond to an advert; risk of volunteer bias.",
  ),
  card(
    "r2-likert",
    "R.2",
    "What is a **Likert scale**, and one limitation?",
    "A closed rating scale (e.g. 1 = strongly disagree to 5 = strongly agree) measuring agreement with statements.\n\nLimitation: response biases such as acquiescence (tending to agree) or avoiding extremes/central tendency.",
  ),
  card(
    "r3-observation-types",
    "R.3",
    "Types of observation.",
    "- **Overt vs covert:** participants know / do not know they are observed.\n- **Participant vs non-participant:** observer joins the group or not.\n- **Naturalistic vs controlled:** natural setting vs structured setting.\n\nReliability checked by **inter-rater reliability**.",
  ),
  card(
    "r4-interviews",
    "R.4",
    "Structured, semi-structured and unstructured interviews.",
    "- **Structured:** fixed questions in fixed order; comparable, less rich.\n- **Semi-structured:** interview guide plus follow-up questions.\n- **Unstructured:** conversation around a topic; richest, least comparable.",
  ),
  card(
    "r4-credibility",
    "R.4",
    "Ways to increase the **credibility** of qualitative research.",
    "Triangulation (method, researcher, data, theory), member checking, reflexivity, rich (thick) description, and a clear audit trail.",
  ),
  card(
    "r4-ethics",
    "R.4",
    "Core ethical considerations with human participants.",
    "Informed consent (parental consent for under-16s), right to withdraw, protection from harm, confidentiality/anonymity, deception only if justified, full debriefing.",
  ),

  // ── Contexts and concepts
  card(
    "x1-kiecolt",
    "X.1",
    "**Kiecolt-Glaser et al. (1984)**: method and finding.",
    "75 medical students gave blood samples a month before and during final exams, and answered questionnaires on life events and loneliness.\n\nNatural killer cell activity was lower during exams, especially for lonely students: stress is linked to weaker immune function.",
  ),
  card(
    "x2-ainsworth",
    "X.2",
    "Ainsworth's Strange Situation: three attachment types.",
    "- **Secure** (~2/3): distressed at separation, easily comforted at reunion.\n- **Insecure-avoidant:** little distress, ignores caregiver at reunion.\n- **Insecure-resistant:** very distressed, seeks and resists contact.\n\n(Disorganised added later.)",
  ),
  card(
    "x3-darley",
    "X.3",
    "**Darley and Latané (1968)**: method and finding.",
    "Students in an intercom discussion heard another 'participant' have an apparent seizure. Alone with the victim, ~85% helped before the seizure ended; with four other listeners, ~31% did.\n\n**Diffusion of responsibility.**",
  ),
  card(
    "x4-loftus",
    "X.4",
    "**Loftus and Palmer (1974)**: method and finding.",
    "Students watched car-crash films and were asked how fast the cars were going when they 'smashed/collided/bumped/hit/contacted' each other.\n\n'Smashed' gave ~41 mph vs ~32 mph for 'contacted'; 'smashed' participants later more often falsely reported broken glass.",
  ),
  card(
    "k2-causality",
    "K.2",
    "Three conditions for claiming causality.",
    "1. The cause comes **before** the effect.\n2. Cause and effect **covary**.\n3. **Alternative explanations** (confounding variables) are ruled out, best achieved by manipulating the IV with random allocation.",
  ),
  card(
    "k1-bias-types",
    "K.1",
    "Researcher bias vs participant bias (with one control each).",
    "- **Researcher bias:** expectations influence procedure or interpretation → double-blind, standardised instructions, reflexivity.\n- **Participant bias:** demand characteristics, social desirability → single-blind, anonymity, filler items.",
  ),

  card(
    "k3-change",
    "K.3",
    "Concept of **change**: two ways psychology studies it.",
    "- **Within individuals over time:** longitudinal designs and neuroplasticity research (e.g. grey matter rising with practice and falling when it stops).\n- **Across groups and eras:** cohort and cross-cultural comparisons (e.g. conformity in Asch-type studies declining over decades).\n\nKey caution: without repeated measures, differences between groups may not show change.",
  ),
  card(
    "k4-reliability-validity",
    "K.4",
    "Reliability vs validity of a measure.",
    "- **Reliability:** consistency: the same result on repeated measurement (test-retest) or between observers (inter-rater).\n- **Validity:** accuracy: the measure captures the construct it claims to (e.g. does a stress questionnaire measure stress?).\n\nA measure can be reliable without being valid, but not valid without being reliable.",
  ),
  card(
    "k5-perspective",
    "K.5",
    "Concept of **perspective**: what does it mean to explain a behaviour from different perspectives?",
    "Each approach asks different questions at a different level: biological (genes, brain, hormones), cognitive (mental processes such as schemas and biases), sociocultural (groups, norms, culture). Combining them (interactionism, biopsychosocial models) usually gives a fuller explanation than any one alone.",
  ),
  card(
    "k6-debrief",
    "K.6",
    "Deception and debriefing: when is deception acceptable?",
    "Only when the research question cannot be answered otherwise, the deception is unlikely to cause distress, an ethics committee approves it, and participants are **debriefed** afterwards: told the true aim, given the chance to withdraw their data and checked for any harm.",
  ),

  // ── HL extensions
  card(
    "h1-nisbett",
    "H.1",
    "**Masuda and Nisbett (2001)**: method and finding.",
    "Japanese and American students described animated underwater scenes and took a recognition test.\n\nJapanese participants mentioned background and relationships more, and their recognition of fish suffered more when the background changed: **holistic** vs **analytic** attention.",
    HL,
  ),
  card(
    "h2-sdt",
    "H.2",
    "Self-determination theory: three needs.",
    "**Autonomy** (self-chosen action), **competence** (feeling effective), **relatedness** (connection to others). Meeting them supports intrinsic motivation; controlling rewards can undermine it.",
    HL,
  ),
  card(
    "h2-lepper",
    "H.2",
    "**Lepper, Greene and Nisbett (1973)**: overjustification.",
    "Preschoolers who liked drawing were in expected-award, unexpected-award or no-award conditions. Later, the expected-award group spent less free-play time drawing: expected rewards can reduce intrinsic motivation.",
    HL,
  ),
  card(
    "h3-sparrow",
    "H.3",
    "**Sparrow, Liu and Wegner (2011)**: the 'Google effect'.",
    "Participants who believed typed trivia statements would be saved recalled fewer of them than those told they would be erased, and were relatively better at remembering *where* information was stored: the computer as transactive memory. (One experiment failed in a large replication project.)",
    HL,
  ),
  card(
    "h3-offloading",
    "H.3",
    "Define **cognitive offloading**.",
    "Using physical action or an external tool (notes, reminders, search engines) to reduce the cognitive demands of a task, such as remembering.",
    HL,
  ),
  card(
    "h4-tests",
    "H.4",
    "Choosing an inferential test (difference between two conditions).",
    "| Design | Parametric | Non-parametric |\n|---|---|---|\n| Independent samples | Independent t-test | Mann-Whitney U |\n| Repeated measures / matched | Paired t-test | Wilcoxon signed-rank |\n\nCorrelation: Pearson's $r$ (parametric) or Spearman's $r_s$.",
    HL,
  ),
  card(
    "h4-pvalue",
    "H.4",
    "What does $p < 0.05$ mean?",
    "If the null hypothesis were true, a result at least this extreme would occur less than 5% of the time, so the null hypothesis is rejected. It is **not** the probability that the hypothesis is true, and it says nothing about effect size.",
    HL,
  ),
  card(
    "h4-errors",
    "H.4",
    "Type I vs Type II error.",
    "- **Type I:** rejecting a true null hypothesis (false positive), more likely with a lenient significance level.\n- **Type II:** failing to reject a false null hypothesis (false negative), more likely with a strict level or small sample.",
    HL,
  ),
  card(
    "h4-sd",
    "H.4",
    "Standard deviation: formula and meaning.",
    String.raw`$s = \sqrt{\dfrac{\sum (x - \bar{x})^2}{n - 1}}$ (sample)

The typical distance of scores from the mean: a larger $s$ means more spread.`,
    HL,
  ),
  card(
    "h4-effect",
    "H.4",
    "Cohen's $d$: formula and rough benchmarks.",
    String.raw`$d = \dfrac{\bar{x}_1 - \bar{x}_2}{s_{\text{pooled}}}$

About 0.2 small, 0.5 medium, 0.8 large. It shows the *size* of a difference, independent of sample size.`,
    HL,
  ),
  card(
    "h4-spearman",
    "H.4",
    "Spearman's rank correlation formula.",
    String.raw`$r_s = 1 - \dfrac{6 \sum d^2}{n(n^2 - 1)}$

Rank each variable, find the difference $d$ between ranks for each participant, square and sum. Ranges from $-1$ to $+1$.`,
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "psychology", flashcards };
export default file;
