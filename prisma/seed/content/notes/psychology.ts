import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB Psychology (first assessment 2027), one per leaf topic. Original writing: well-known
// published studies are named as facts and summarised in our own words. Exam-tip mark values follow the
// question bank's style (Paper 1/2 SAQs of about 4-6 marks, 15-mark ERQs, HL Paper 3); they are guidance,
// not official IB figures. Money is written in words so that "$" is only ever a LaTeX delimiter.

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];
const HL: TopicNoteInput["levels"] = ["HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `psych-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── Biological approach
  note(
    "B.1",
    `
Brain imaging lets psychologists study the living brain without surgery. Some techniques show **structure** (what the brain looks like), others show **function** (which areas are active during a task). Imaging is central to the biological approach because it links behaviour and mental processes to specific brain areas, but what it produces is usually correlational data that must be interpreted with care.

### Key ideas
| Technique | What it shows | Strength | Limitation |
|---|---|---|---|
| MRI | Structure (volume, density) | Detailed, no radiation | Shows no activity |
| fMRI | Function, via blood oxygenation (BOLD signal) | Good spatial resolution | Poor temporal resolution; artificial setting |
| PET | Function, via a radioactive tracer (e.g. glucose use) | Shows metabolism and neurotransmitter activity | Invasive (tracer), expensive |
| EEG | Electrical activity at the scalp | Excellent temporal resolution (milliseconds) | Poor spatial resolution |

- **Spatial resolution** = how precisely a technique locates activity; **temporal resolution** = how precisely it times it.
- Imaging studies are often **quasi-experiments** or **correlational**: groups differ in a characteristic, and their brains are compared.

### Studies to know
- **Maguire et al. (2000)**: structural MRI of London taxi drivers versus non-drivers. Drivers had a larger posterior hippocampus, and its size correlated with years of driving, suggesting the brain changes with spatial experience.
- **Raine, Buchsbaum and LaCasse (1997)**: PET scans of people charged with murder who pleaded not guilty by reason of insanity, compared with matched controls. The murderers showed lower glucose metabolism in the prefrontal cortex, an area linked to self-control.

### Evaluation
- Non-invasive (MRI, fMRI, EEG) methods make brain research with healthy humans possible.
- **Correlation, not causation**: an active or larger area is associated with a behaviour; it does not prove the area causes it.
- Brain scans are made in an artificial setting (lying still in a scanner), which limits ecological validity.
- Colour-coded images can look more certain than the statistics behind them justify.
- Ethics: incidental findings (e.g. a tumour) must be handled responsibly.

### Exam tips
- Typical commands: **Describe** or **Explain** the use of one technique with a study (short answer, about 4–6 marks); **Evaluate** or **Discuss** the use of imaging in an extended response.
- Name the technique, say what it measures, then link the result of a study to the behaviour.
- A common mistake is describing the study but not the technique: examiners want to know *how* imaging was used and what it allowed researchers to conclude.
`,
  ),
  note(
    "B.2",
    `
Chemical messengers carry signals within the body. **Neurotransmitters** carry signals across synapses between neurons; **hormones** are released by endocrine glands into the bloodstream and act on distant target organs. Both influence behaviour, mood and cognition, and some substances (such as oxytocin) act as both.

### Key ideas
| | Neurotransmitters | Hormones |
|---|---|---|
| Released by | Neurons (presynaptic terminal) | Glands (e.g. adrenal, pituitary) |
| Travel | Across the synaptic gap | Through the bloodstream |
| Speed and duration | Milliseconds, brief | Seconds to hours, longer-lasting |
| Examples | Serotonin, dopamine, acetylcholine | Cortisol, adrenaline, oxytocin, testosterone |

- **Cortisol** is released during stress (via the HPA axis) and helps the body cope, but prolonged high levels can affect memory and immunity.
- **Oxytocin** is linked to bonding and social behaviour.
- **Dopamine** is linked to reward and motivation.

### Studies to know
- **Kosfeld et al. (2005)**: male participants received intranasal oxytocin or a placebo (double-blind) and played an investment "trust game". The oxytocin group trusted human trustees with more money, but not when returns were decided by a computer. Later replication attempts have often failed, so treat the finding cautiously.
- **Newcomer et al. (1999)**: healthy adults given high doses of cortisol for several days recalled less of a spoken prose passage than a placebo group; memory recovered after the treatment stopped. This suggests high cortisol impairs verbal declarative memory.

### Evaluation
- Placebo-controlled, double-blind designs allow cause-and-effect conclusions about a chemical's effect.
- Doses given in studies are artificial and may not reflect natural levels.
- Behaviour usually involves many interacting chemicals plus situation and culture: focusing on one messenger is **reductionist**.
- Ethics: giving drugs or hormones requires informed consent and careful protection from harm.

### Exam tips
- Command terms: **Outline** or **Describe** the role of one messenger, **Explain** using a study (about 4–6 marks), **Evaluate** or **Discuss** research in longer answers.
- Name the specific chemical, say whether it is a hormone or neurotransmitter, and link it clearly to one behaviour.
- Avoid saying a chemical "causes" a complex behaviour such as trust; say it "influences" or "is associated with" it.
`,
  ),
  note(
    "B.3",
    `
Neurotransmission is how neurons communicate. An electrical signal (action potential) travels along a neuron; at the synapse it is converted into a chemical signal, as neurotransmitter molecules cross the synaptic gap and bind to receptors on the next neuron. Drugs and natural substances that change this process can change behaviour and cognition.

### Key ideas
1. The action potential reaches the **presynaptic terminal**.
2. **Vesicles** release neurotransmitter into the **synaptic gap**.
3. The neurotransmitter binds to **receptors** on the postsynaptic neuron: an **excitatory** effect makes it more likely to fire, an **inhibitory** effect less likely.
4. The neurotransmitter is removed by **reuptake** into the presynaptic neuron or broken down by **enzymes**.

- **Agonist**: binds to receptors and mimics or strengthens a neurotransmitter's effect.
- **Antagonist**: binds to receptors and blocks the neurotransmitter.
- **Reuptake inhibitors** (e.g. SSRIs for serotonin) keep the neurotransmitter in the synapse longer.

### Studies to know
- **Martinez and Kesner (1991)**: rats trained in a maze were given scopolamine (which blocks acetylcholine receptors), physostigmine (which prevents acetylcholine breakdown) or no drug. Scopolamine rats took longer and made more errors; physostigmine rats learned faster. Acetylcholine appears to play a role in spatial memory.
- **Antonova et al. (2011)**: healthy men received scopolamine or a placebo (double-blind, repeated measures) before a spatial task in an fMRI scanner. Scopolamine reduced hippocampal activation during encoding, supporting a role for acetylcholine in human spatial memory.

### Evaluation
- Agonist/antagonist designs give clear cause-and-effect evidence under controlled conditions.
- Animal findings may not generalize to humans (different brains, simple tasks).
- Drug effects are rarely limited to one neurotransmitter or one brain area.
- Ethics: animal studies raise welfare concerns; human drug studies need consent and medical supervision.

### Exam tips
- Common commands: **Outline** the process of synaptic transmission (about 4 marks), **Explain** how one neurotransmitter affects one behaviour using a study, **Discuss** research on neurotransmission.
- Keep the process in the right order and use the terms vesicle, synaptic gap, receptor and reuptake.
- A common mistake is describing neurotransmission well but never linking it to a behaviour.
`,
  ),
  note(
    "B.4",
    `
Neuroplasticity is the brain's ability to change its structure and function in response to experience, learning or injury. It happens throughout life, although it is greatest in childhood. It shows that biology and environment interact: what we do can physically reshape the brain.

### Key ideas
- **Dendritic branching**: neurons grow new connections when they are used.
- **Synaptic pruning**: unused connections are removed ("use it or lose it").
- **Long-term potentiation (LTP)**: repeated firing strengthens a synapse, making future signals easier.
- **Cortical remapping**: after injury or sensory loss, other areas can take over a function.
- Changes can be measured as differences in grey-matter volume or density with MRI.

### Studies to know
- **Draganski et al. (2004)**: volunteers learned to juggle for three months, and structural MRI was compared with a non-juggling control group. Jugglers showed increased grey matter in areas linked to processing visual motion; the increase shrank after they stopped practising. A true longitudinal design shows learning causes change.
- **Maguire et al. (2000)**: London taxi drivers had larger posterior hippocampi than controls, and size correlated with years of experience.
- **Rosenzweig, Bennett and Diamond (1972)**: rats raised in an enriched environment (toys, companions) developed a heavier, thicker cortex than rats kept alone in plain cages.

### Evaluation
- Converging evidence from human and animal studies, with different methods, strengthens the theory.
- Draganski's design (before and after, with a control group) supports causality; Maguire's quasi-experiment does not rule out that people with larger hippocampi choose taxi driving.
- Small samples and specific skills limit generalization.
- Animal research raises ethical issues (the rats were killed to measure their brains).
- Practical value: rehabilitation after stroke and the benefits of lifelong learning.

### Exam tips
- Commands: **Describe** or **Explain** neuroplasticity with one study (about 4–6 marks); **Discuss** or **To what extent** in an extended response, often linked to the concept of **change**.
- Define the term and name a process (e.g. dendritic branching) before describing the study.
- Don't confuse neuroplasticity with localization: plasticity is about change.
`,
  ),
  note(
    "B.5",
    `
Localization of function is the idea that particular brain areas are responsible for particular behaviours or mental processes, such as language production or forming new long-term memories. Much of the early evidence came from patients with brain damage. Today, most psychologists see functions as **localized but networked**: areas specialize, yet complex behaviour depends on several areas working together.

### Key ideas
- **Broca's area** (left frontal lobe): speech production.
- **Wernicke's area** (left temporal lobe): language comprehension.
- **Hippocampus**: transferring new information into long-term memory; spatial memory.
- **Amygdala**: emotion, especially fear.
- **Prefrontal cortex**: planning, decision-making, impulse control.
- **Lateralization**: some functions rely more on one hemisphere (language usually on the left).

### Studies to know
- **Broca (1861)**: a patient known as "Tan" could understand speech but produce only one syllable; after his death, damage was found in the left frontal lobe.
- **Scoville and Milner (1957)** and **Milner (1962)** on **HM**: after surgery that removed much of both hippocampi to treat epilepsy, HM could not form new long-term declarative memories, but could still learn new motor skills (mirror drawing improved over days without his remembering the practice). This supported the hippocampus's role in memory and a distinction between memory types.
- **Sperry (1968)**: split-brain patients, whose corpus callosum had been cut, could name objects shown to the right visual field (left hemisphere) but not to the left visual field, supporting lateralization of language.

### Evaluation
- Case studies give rich, detailed data about rare conditions that could not be created ethically.
- Damage is rarely limited to one area, and case studies are hard to generalize.
- **Neuroplasticity** shows functions can move after injury, which challenges strict localization.
- Imaging now supports the view that functions depend on networks, not single areas.

### Exam tips
- Commands: **Describe** localization with a study (about 4 marks), **Evaluate** or **Discuss** the theory or research on it.
- Always name the area and the specific function; "HM lost his memory" is too vague.
- For evaluation, mention plasticity and network models, not just study weaknesses.
`,
  ),
  note(
    "B.6",
    `
Genetic inheritance concerns how much of the variation in a behaviour or trait between people can be attributed to genes. Because psychologists cannot manipulate genes in humans, they compare people with different degrees of genetic relatedness (families, twins, adoptees) or look for specific gene variants. Genes are best seen as creating **predispositions**, not fixed outcomes.

### Key ideas
- **Monozygotic (MZ) twins** share almost 100% of their genes; **dizygotic (DZ) twins** share about 50%, like ordinary siblings.
- **Concordance rate**: the percentage of pairs in which, if one twin has a trait, the other does too. A higher MZ than DZ concordance suggests a genetic influence.
- **Heritability** estimates the proportion of variation in a trait *in a population* that is due to genetic differences. It says nothing about an individual.
- **Adoption studies** compare adoptees with their biological relatives (shared genes) and adoptive relatives (shared environment).
- **Molecular genetics** looks for particular alleles linked to traits (e.g. the serotonin transporter gene).

### Studies to know
- **Bouchard et al. (1990)**, the Minnesota study of twins reared apart: MZ twins raised in different homes were still strikingly similar in IQ, with about 70% of IQ variation attributed to genetic differences in that sample.
- Twin research on **major depression** (e.g. Kendler and colleagues in Sweden) finds moderate heritability, higher MZ than DZ concordance, but far below 100%, so environment clearly matters too.

### Evaluation
- Twin and adoption designs are natural experiments that help separate genes from environment.
- MZ twins may be treated more alike than DZ twins (the **equal environments assumption** may not hold).
- Reared-apart twins were often placed in similar homes and some had contact.
- Heritability is often misunderstood as "how genetic" a person's trait is.
- Ethics: genetic findings can be misused for labelling or discrimination.

### Exam tips
- Commands: **Explain** the role of genes in a behaviour with a study (about 4–6 marks); **Evaluate** twin/adoption research.
- Define concordance and heritability precisely.
- Never write that a trait "is 70% genetic" for a person; the estimate refers to variation in a population.
`,
  ),
  note(
    "B.7",
    `
The diathesis–stress model explains many psychological disorders as the result of an interaction between a **diathesis** (a vulnerability, often genetic or biological, sometimes cognitive) and **stress** (an environmental trigger such as trauma or adverse life events). Neither factor alone is usually enough: a vulnerable person may stay well in a supportive environment, and a resilient person may cope with considerable stress.

### Key ideas
- **Diathesis**: predisposition, e.g. a gene variant, family history, early adversity or negative thinking style.
- **Stressor**: life events, chronic pressure, a dysfunctional family environment.
- Disorder appears when the combined load passes a **threshold**; the more vulnerable a person is, the less stress is needed.
- The model is **interactionist**: it combines biological and sociocultural explanations and avoids pure genetic or pure environmental determinism.

### Studies to know
- **Caspi et al. (2003)**: a large New Zealand birth cohort was genotyped for the serotonin transporter gene (5-HTT). People with one or two short alleles who experienced many stressful life events in early adulthood were more likely to become depressed than those with two long alleles who faced the same stress. Later meta-analyses have disagreed about whether this gene–environment interaction replicates.
- **Tienari et al. (2004)**: a Finnish adoption study. Adoptees whose biological mothers had schizophrenia were more likely to develop schizophrenia-spectrum disorders only when their adoptive family functioning was poor, showing genetic risk interacting with the family environment.

### Evaluation
- Explains why people with the same genes, or the same experiences, differ in outcome.
- Encourages prevention: reducing stress for people known to be at risk.
- The diathesis and the stress are hard to measure precisely (life events are often self-reported and recalled).
- Correlational and longitudinal data cannot fully establish causation.
- Ethics: telling people they carry a "risk gene" can cause anxiety or stigma.

### Exam tips
- Commands: **Explain** the model using a study (about 4–6 marks); **Discuss** or **To what extent** it explains a disorder in an extended response.
- Show the *interaction*: a study that shows only genes or only stress is not enough.
- Good link to the concepts of **causality** and **perspective**.
`,
  ),
  note(
    "B.8",
    `
Animal research uses non-human animals to study behaviour and its biological basis, often as **animal models** of human processes (memory, stress, addiction). Animals allow procedures that would be unethical with humans, such as brain lesions, drug manipulation or controlled rearing. The key questions are whether results **generalize** to humans and whether the research is **ethically justified**.

### Key ideas
- An **animal model** assumes that a process in the animal (e.g. rat spatial learning) is similar enough to the human process to be informative.
- Advantages: tight control, short life cycles, invasive methods possible, shared biology (e.g. similar neurotransmitters).
- The **3Rs** (Russell and Burch, 1959): **Replace** animals where possible, **Reduce** numbers, **Refine** procedures to minimise suffering.
- Researchers usually weigh the likely benefit of the knowledge against the harm to the animals; ethics committees review proposals.

### Studies to know
- **Rosenzweig, Bennett and Diamond (1972)**: rats raised in enriched versus impoverished environments; enriched rats developed a heavier, thicker cortex, evidence for neuroplasticity.
- **Martinez and Kesner (1991)**: manipulating acetylcholine in rats changed how quickly they learned a maze.
- **Harlow (1958)**: infant rhesus monkeys preferred a soft cloth "mother" to a wire one that gave milk, suggesting comfort matters more than food for attachment. The monkeys raised in isolation later showed serious social problems, a major ethical criticism.

### Evaluation
- Strength: allows causal conclusions about brain and chemical processes that cannot be tested in humans.
- Limitation: species differences, especially in cognition, language and culture, reduce generalizability.
- Laboratory animals live in unnatural conditions, which may itself change their behaviour and brains.
- Ethical debate: some argue benefits (e.g. medical progress) justify carefully controlled research; others reject causing suffering to animals at all.

### Exam tips
- Commands: **Explain** why animal models are used (about 4–6 marks); **Discuss** or **Evaluate** their value in an extended response.
- Name a specific study and say what it shows about *humans*, then question whether that inference is justified.
- Cover both scientific (generalization) and ethical issues for a balanced answer.
`,
  ),
  note(
    "B.9",
    `
Biological reductionism is explaining a complex behaviour in terms of its simplest biological parts, such as a gene, a neurotransmitter or a brain area. It is a powerful scientific strategy because simple variables can be measured and tested, but it risks leaving out the cognitive, social and cultural factors that also shape behaviour.

### Key ideas
- **Levels of explanation**: the same behaviour (e.g. depression) can be explained at biological, cognitive and sociocultural levels.
- Reductionist claim example: "depression is caused by low serotonin".
- **Holism** and **interactionism** are the alternatives: behaviour emerges from several interacting levels.
- Reductionism is linked to **determinism** (behaviour caused by biological factors beyond personal control).

### Studies to know
- **Kirsch et al. (2008)**: a meta-analysis of clinical trial data submitted for approval of antidepressants. The difference between drug and placebo was small for most patients and clinically meaningful mainly for the most severely depressed. This challenges a simple "serotonin deficiency" explanation and shows the power of expectation (a cognitive factor).
- **Caspi et al. (2003)**: the effect of the 5-HTT gene on depression depended on stressful life events, showing that a gene alone does not explain the outcome.

### Evaluation
| Strengths | Limitations |
|---|---|
| Variables can be operationalized and tested experimentally | Ignores meaning, thoughts, relationships and culture |
| Has produced useful treatments (e.g. medication) | Correlations at the biological level may be effects, not causes |
| Fits the scientific aim of finding causes | May over-medicalize problems and reduce personal responsibility |

### Exam tips
- Commands: **Explain** what reductionism means using an example (about 4–6 marks); **Discuss** or **To what extent** in an extended response, often linked to the concept of **perspective** or **causality**.
- Define the term first, then give one concrete reductionist explanation and show what it leaves out.
- Don't treat "reductionist" as only a criticism: explain why it can also be a strength.
`,
  ),

  // ── Cognitive approach
  note(
    "CG.1",
    `
Anchoring bias is the tendency to rely too heavily on the first piece of information encountered (the **anchor**) when making a numerical judgement. People adjust away from the anchor, but usually not far enough, so their estimates stay close to it, even when the anchor is obviously irrelevant. It is one of the heuristics studied in research on decision-making and is often explained by dual processing theory.

### Key ideas
- **Anchor**: an initial value, relevant or arbitrary, that sets a reference point.
- **Insufficient adjustment**: people start from the anchor and move towards a plausible answer, stopping too early.
- **Selective accessibility**: the anchor makes anchor-consistent information easier to retrieve.
- Real-world examples: first offers in negotiations, "was/now" prices, suggested sentences in court.

### Studies to know
- **Tversky and Kahneman (1974)**: participants watched a wheel of fortune stop at either 10 or 65 (it was rigged), then estimated the percentage of African countries in the United Nations. Those who saw the higher number gave much higher median estimates (about 45% compared with about 25%).
- **Englich, Mussweiler and Strack (2006)**: experienced legal professionals read a case and rolled dice (loaded to show a high or low number) before deciding a sentence. Higher dice numbers led to longer sentences, showing experts are also affected by arbitrary anchors.

### Evaluation
- Robust effect, replicated in many settings, including with experts.
- Laboratory tasks are artificial and low-stakes, although Englich et al. show a link to professional judgements.
- Explaining *why* anchoring happens is harder than showing that it happens: adjustment and accessibility accounts are both supported.
- Ethics: mild deception (rigged wheel, loaded dice) needs debriefing.

### Exam tips
- Commands: **Describe** anchoring bias with a study (about 4–6 marks); **Discuss** or **Evaluate** research; extended responses may link it to **bias** or to decision-making in a context.
- State the IV (anchor high/low) and DV (estimate) clearly when describing a study.
- Don't confuse anchoring with confirmation bias: anchoring is about numerical starting points.
`,
  ),
  note(
    "CG.2",
    `
Classical conditioning is learning by association: a neutral stimulus that is repeatedly paired with a stimulus that naturally triggers a response comes to trigger a similar response on its own. Pavlov discovered it with dogs salivating to sounds associated with food, and behaviourists used it to explain how emotional responses such as fears are learned.

### Key ideas
| Term | Meaning | Pavlov's example |
|---|---|---|
| UCS (unconditioned stimulus) | Naturally triggers a response | Food |
| UCR (unconditioned response) | Natural, unlearned response | Salivation to food |
| NS (neutral stimulus) | No response at first | Sound |
| CS (conditioned stimulus) | The NS after pairing | Sound |
| CR (conditioned response) | Learned response to the CS | Salivation to the sound |

- **Extinction**: the CR fades if the CS is presented repeatedly without the UCS.
- **Spontaneous recovery**: an extinguished CR briefly reappears after a rest.
- **Generalization**: similar stimuli also trigger the CR; **discrimination**: responding only to the CS.

### Studies to know
- **Watson and Rayner (1920)**, "Little Albert": a loud noise (UCS) was paired with a white rat (NS) until an infant showed fear (CR) of the rat alone; the fear generalized to other furry objects. The child was not deconditioned, a serious ethical problem.
- **Garcia and Koelling (1966)**: rats easily learned to avoid a taste paired with illness, but not a light or sound paired with illness. This **biological preparedness** shows that not all associations are learned equally easily.

### Evaluation
- Clear, testable principles with practical uses, e.g. **systematic desensitization** for phobias.
- Explains some learned emotional responses, but many phobias have no remembered conditioning event.
- Ignores cognition: expectation and awareness affect conditioning in humans.
- Early studies often used animals or a single child, limiting generalization.

### Exam tips
- Commands: **Explain** how a behaviour is learned through classical conditioning (about 4 marks); **Distinguish** it from operant conditioning.
- Label each stage (before, during, after conditioning) with UCS/NS/CS terms.
- A common mistake is mixing up classical (involuntary responses, association of stimuli) with operant (voluntary behaviour, consequences).
`,
  ),
  note(
    "CG.3",
    `
Cognitive load theory, developed by John Sweller in the late 1980s, explains learning in terms of the limited capacity of working memory. When the demands of a task exceed that capacity, learning suffers. Good instruction therefore manages the load, so that working memory is spent on building **schemas** in long-term memory rather than on unnecessary processing.

### Key ideas
- **Intrinsic load**: the complexity of the material itself (how many elements must be processed together); depends on prior knowledge.
- **Extraneous load**: load caused by poor presentation, e.g. cluttered slides or having to search between separate text and diagrams.
- **Germane load**: effort spent on understanding and building schemas (in later versions of the theory folded into intrinsic load).
- Long-term memory has no known capacity limit: experts hold large schemas that can be handled as a single "chunk".

### Studies to know
- **Sweller and Cooper (1985)**: students who studied worked examples of algebra problems learned faster and made fewer errors on similar problems than students who solved the same problems themselves: the **worked example effect**.
- **Split-attention effect** research (Chandler and Sweller, early 1990s): integrating labels into a diagram, instead of placing explanations separately, improved learning, because learners did not have to mentally combine two sources.
- **Expertise reversal effect**: techniques that help novices (e.g. worked examples) can hinder experts, for whom the extra information is redundant.

### Evaluation
- Strong practical value for teaching and materials design, supported by many controlled experiments.
- Load is hard to measure directly; studies often rely on self-ratings of mental effort, which risks circular reasoning.
- Much research uses technical subjects (maths, science) and short lab sessions, which may not generalize.
- Links well to the working memory model, making it consistent with wider cognitive research.

### Exam tips
- Commands: **Outline** the theory (about 4 marks); **Explain** or **Evaluate** it in the context of **learning and cognition**.
- Name the three types of load and give an example of each.
- Relate claims back to limited working memory capacity; that is the core assumption examiners look for.
`,
  ),
  note(
    "CG.4",
    `
Cognitive models are simplified representations of a mental process, often shown as boxes and arrows, that make testable predictions. In memory research the two best-known are the **multi-store model** (Atkinson and Shiffrin, 1968) and the **working memory model** (Baddeley and Hitch, 1974). Evaluating a model means asking whether evidence supports its components and whether it is too simple.

### Key ideas
- **Multi-store model (MSM)**: sensory memory → (attention) → short-term memory (limited capacity, brief duration) → (rehearsal) → long-term memory (large, lasting). Retrieval brings information back to STM.
- **Working memory model (WMM)**: replaces a single STM with a **central executive** controlling the **phonological loop**, the **visuospatial sketchpad** and later (2000) the **episodic buffer**.
- A good model is **testable** and can be **falsified**; the WMM was developed partly because evidence challenged the MSM's single STM.

### Studies to know
- **Glanzer and Cunitz (1966)**: participants recalled word lists immediately or after a delay filled with counting. Immediate recall showed both primacy and recency effects; the delay removed the recency effect only, supporting separate short- and long-term stores.
- **Milner (1962)** on HM: intact short-term memory but no new long-term declarative memories supported separate stores; his motor-skill learning suggested long-term memory is not a single store.
- **Shallice and Warrington (1970)**, patient KF: after brain damage, his verbal short-term memory was impaired while visual short-term memory was better preserved, supporting separate components as in the WMM.
- **Dual-task studies** (Baddeley and Hitch): two tasks using the same component interfere more than tasks using different components.

### Evaluation
- Models generate precise, testable hypotheses and organize findings.
- The MSM overemphasizes rehearsal and treats STM and LTM as single stores.
- The central executive is vague and hard to test.
- Case studies of brain damage are unique; lab tasks with word lists lack ecological validity.

### Exam tips
- Commands: **Describe** a model (about 4–6 marks); **Explain** using a study; **Evaluate** a model.
- When evaluating, link each study to a specific component (e.g. "KF supports separate verbal and visual stores").
- Don't just describe the diagram: show how evidence supports or challenges it.
`,
  ),
  note(
    "CG.5",
    `
Confirmation bias is the tendency to seek, interpret and remember information in ways that confirm what we already believe, and to neglect or discount information that contradicts it. It is a systematic error in thinking that affects everyday reasoning, professional judgement and even scientific research, which is why methods such as blind testing exist.

### Key ideas
- **Biased search**: looking for examples that fit a hypothesis instead of trying to disprove it.
- **Biased interpretation**: judging ambiguous or mixed evidence as supporting one's view.
- **Biased memory**: recalling confirming information more easily.
- Explained by schema theory (we process schema-consistent information more easily) and by System 1 thinking in dual processing theory.

### Studies to know
- **Wason (1960)**, the 2-4-6 task: participants were told the sequence 2-4-6 fitted a rule and tested their own sequences to discover it. Most proposed sequences that fitted their guess (e.g. adding two) rather than ones that could falsify it, so many announced wrong rules with confidence. The actual rule was simply "any ascending numbers".
- **Lord, Ross and Lepper (1979)**: students who supported or opposed capital punishment read the same mixed evidence. Each side rated the study supporting its own view as more convincing, and attitudes became more extreme: **biased assimilation** and **attitude polarization**.

### Evaluation
- Well-replicated and explains real problems such as polarization on social media, investigative errors and diagnostic mistakes.
- Lab tasks such as the 2-4-6 task are abstract; people may reason better with familiar, meaningful content.
- Seeking confirmation is not always irrational: it can be efficient when hypotheses are usually correct.
- Useful interventions: considering the opposite, blind procedures, peer review.

### Exam tips
- Commands: **Describe** confirmation bias with a study (about 4 marks); **Evaluate** research in an extended response, often linked to the concept of **bias**.
- Define it clearly, then show the bias in the study's *results*, not just its procedure.
- Don't confuse it with researcher bias in general: confirmation bias is one cause of researcher bias.
`,
  ),
  note(
    "CG.6",
    `
Dual processing theory proposes two kinds of thinking. **System 1** is fast, automatic, intuitive and effortless; **System 2** is slow, deliberate, logical and effortful. The terms were popularized by Stanovich and West (2000) and by Kahneman's *Thinking, Fast and Slow* (2011). Most everyday judgements rely on System 1, which is efficient but produces predictable errors (biases) that System 2 may or may not correct.

### Key ideas
| System 1 | System 2 |
|---|---|
| Fast, automatic | Slow, controlled |
| Low effort, works in parallel | High effort, limited by working memory |
| Relies on heuristics and schemas | Applies rules and logic |
| Source of biases such as anchoring | Can check and override System 1 |

- Heuristics are mental shortcuts used by System 1: useful, but they can lead to **cognitive biases**.
- System 2 is "lazy": it often endorses System 1's answer without checking.

### Studies to know
- **Frederick (2005)**: the Cognitive Reflection Test asks questions with an intuitive but wrong answer (e.g. a bat and ball cost one dollar ten in total, the bat costs one dollar more than the ball: the intuitive answer for the ball, ten cents, is wrong; it is five cents). Many students, including at top universities, gave the intuitive answer, showing System 1 responses often go unchecked.
- **Alter et al. (2007)**: presenting CRT questions in a hard-to-read font led to more correct answers, apparently because disfluency triggered System 2. However, a large later replication (Meyer et al., 2015) did not find the effect, so cite it with caution.

### Evaluation
- Explains a wide range of biases in one framework.
- The two systems are a useful metaphor but are hard to separate and measure; some researchers see a continuum rather than two systems.
- Much research uses artificial puzzles with undergraduate samples.
- Practical uses: "nudges" in policy design, training people to slow down for important decisions.

### Exam tips
- Commands: **Explain** or **Describe** the theory with a study (about 4–6 marks); **Evaluate** or **Discuss** it in an extended response.
- Link a specific bias (e.g. anchoring) to System 1 and explain why System 2 failed to correct it.
- Avoid saying System 1 is "bad": it is usually efficient and accurate.
`,
  ),
  note(
    "CG.7",
    `
Operant conditioning is learning through the consequences of behaviour. Behaviour followed by a pleasant outcome becomes more likely; behaviour followed by an unpleasant outcome becomes less likely. Thorndike described this as the **law of effect**, and Skinner studied it systematically with animals in controlled boxes.

### Key ideas
| | Add a stimulus | Remove a stimulus |
|---|---|---|
| Behaviour increases | **Positive reinforcement** (praise) | **Negative reinforcement** (a headache goes away after taking a pill) |
| Behaviour decreases | **Positive punishment** (a reprimand) | **Negative punishment** (losing phone time) |

- **Schedules of reinforcement**: continuous, fixed ratio, variable ratio, fixed interval, variable interval. **Variable-ratio** reinforcement (as in gambling) produces high response rates and is most resistant to extinction.
- **Shaping**: reinforcing successive approximations to a target behaviour.
- **Primary reinforcers** satisfy biological needs (food); **secondary reinforcers** gain value through association (money, tokens).

### Studies to know
- **Skinner (1948)**, "superstition" in pigeons: food was delivered at regular intervals regardless of what the pigeons did. Many birds developed odd repetitive behaviours (turning, head-bobbing) that happened to precede food, suggesting accidental reinforcement can create superstitious behaviour.
- Skinner's work with rats in the operant chamber showed how different reinforcement schedules change the rate and persistence of lever-pressing.

### Evaluation
- Highly controlled, replicable experiments with clear cause-and-effect.
- Practical uses: token economies, behaviour management in classrooms, animal training.
- Based largely on animals; ignores thoughts, expectations and observational learning (see social learning theory).
- Punishment can suppress behaviour without teaching alternatives and may cause fear or aggression.

### Exam tips
- Commands: **Explain** how a behaviour is learned through operant conditioning (about 4 marks); **Distinguish** it from classical conditioning.
- The most common mistake is treating negative reinforcement as punishment: negative reinforcement *increases* a behaviour by removing something unpleasant.
- Give a concrete behaviour and its consequence.
`,
  ),
  note(
    "CG.8",
    `
Schema theory proposes that knowledge is stored in organized mental frameworks (**schemas**) built from experience. Schemas help us process information quickly by telling us what to expect, but they also shape what we notice, how we interpret it and what we remember, sometimes causing distortions. Scripts (schemas for events) and stereotypes (schemas for groups) are special types.

### Key ideas
- Schemas are **top-down**: prior knowledge guides perception and memory.
- At **encoding**, schemas help organize and understand new information.
- At **retrieval**, gaps may be filled with schema-consistent details, producing distortions.
- **Assimilation** (fitting new information into a schema) and **accommodation** (changing the schema) describe how schemas develop.

### Studies to know
- **Bartlett (1932)**, *War of the Ghosts*: British participants read a Native American folk tale and reproduced it repeatedly over time. Their versions became shorter and more conventional, with unfamiliar details omitted or changed to fit their own culture (e.g. "canoes" became "boats").
- **Bransford and Johnson (1972)**: participants heard an ambiguous passage about a procedure (washing clothes). Those given the topic *before* hearing it understood and recalled much more than those given it afterwards or not at all, showing schemas help at encoding.
- **Anderson and Pichert (1978)**: participants read a story about a house from the perspective of a burglar or a home-buyer. When asked to switch perspective before a second recall, they remembered new details relevant to the new schema, showing schemas also guide retrieval.

### Evaluation
- Explains many findings: memory distortion, stereotyping, cultural differences in recall.
- Well supported by controlled experiments.
- The concept of a schema is vague: it is inferred from behaviour and cannot be observed directly.
- Bartlett's original study was informal (no standard instructions or controls).

### Exam tips
- Commands: **Describe** schema theory (about 4 marks); **Explain** using a study; **Evaluate** the theory.
- Say whether the study shows schemas working at encoding or retrieval.
- Avoid simply listing studies: connect each finding back to a claim of the theory.
`,
  ),

  // ── Sociocultural approach
  note(
    "S.1",
    `
Cognitive dissonance theory (Festinger, 1957) states that holding two inconsistent cognitions (beliefs, attitudes or knowledge of one's own behaviour) creates an unpleasant state of tension. People are motivated to reduce this dissonance, often by changing an attitude to fit what they have already done. It explains why behaviour can change attitudes, not only the other way round.

### Key ideas
- **Dissonance** is stronger when the issue matters to the person and when they acted freely.
- Ways to reduce it: **change the attitude**, **change the behaviour**, **add consonant cognitions** (justifications) or **trivialize** the inconsistency.
- **Insufficient justification**: if there is little external reason for an action, people justify it internally by changing their attitude.
- **Effort justification**: people value what they have suffered for.

### Studies to know
- **Festinger and Carlsmith (1959)**: after a very boring task, participants were paid either one dollar or twenty dollars to tell the next person it was enjoyable. Later, the one-dollar group rated the task as more enjoyable than the twenty-dollar group or controls. With too little payment to justify lying, they reduced dissonance by changing their attitude.
- **Aronson and Mills (1959)**: women who underwent a severe (embarrassing) initiation to join a discussion group rated a deliberately dull discussion as more interesting than those with a mild or no initiation, supporting effort justification.

### Evaluation
- Explains surprising findings that simple reward theories cannot (smaller rewards producing more attitude change).
- Applied in health campaigns and in explaining group loyalty and post-decision rationalization.
- Dissonance itself is rarely measured directly; it is inferred from attitude change.
- Classic studies used deception and mostly American student samples; some cross-cultural research suggests dissonance may be experienced differently in more interdependent cultures.
- Alternative explanation: **self-perception theory** (Bem) says people simply infer their attitudes from their behaviour.

### Exam tips
- Commands: **Explain** cognitive dissonance with a study (about 4–6 marks); **Evaluate** the theory.
- Name the two conflicting cognitions in the study explicitly, then the method of reduction.
- A common mistake is getting the Festinger and Carlsmith result backwards: the *lower* payment produced *more* attitude change.
`,
  ),
  note(
    "S.2",
    `
Compliance is changing behaviour in response to a direct request, often without changing private attitudes. Compliance techniques are strategies that increase the chance that a request is accepted; they are widely used in sales, marketing and fundraising. Cialdini's research links them to underlying principles such as **consistency**, **reciprocity** and **commitment**.

### Key ideas
| Technique | How it works | Principle |
|---|---|---|
| **Foot-in-the-door** | A small request first, then a larger one | Consistency with self-image ("I'm someone who helps") |
| **Door-in-the-face** | A large request that is refused, then a smaller one | Reciprocal concession: the requester "gave ground" |
| **Low-ball** | Agreement is obtained, then the terms are made worse | Commitment to an earlier decision |

### Studies to know
- **Freedman and Fraser (1966)**: homeowners first asked to sign a petition or display a small sign about safe driving or keeping the state beautiful were much more likely, weeks later, to agree to put a large, ugly "drive carefully" sign in their garden than those asked only the large request.
- **Cialdini et al. (1975)**: students were asked to volunteer for two years as counsellors for young offenders (almost all refused). When then asked to chaperone the young people on a single zoo trip, far more agreed than when asked the small request alone.
- **Cialdini et al. (1978)**: students agreed to take part in a study before being told it started at 7 a.m.; more of them turned up than students told the time before agreeing.

### Evaluation
- Field experiments with real requests give high ecological validity.
- Effects depend on conditions: foot-in-the-door works better when the same person is not rushing the second request; door-in-the-face needs the second request to come soon, from the same requester.
- Mostly Western samples; the role of consistency may differ across cultures.
- Ethics: participants in field studies often do not know they are being studied, and the techniques themselves raise questions about manipulation.

### Exam tips
- Commands: **Describe** or **Explain** one technique with a study (about 4 marks); **Evaluate** research into compliance.
- Explain *why* the technique works (the principle), not just the procedure.
- Do not confuse compliance (public agreement with a request) with conformity (going along with a group norm).
`,
  ),
  note(
    "S.3",
    `
Conformity is changing one's behaviour or beliefs to match those of a group, in response to real or imagined group pressure. It helps groups coordinate and helps individuals fit in, but it can also lead people to give answers they know are wrong. Research asks why people conform and which factors (group size, unanimity, culture) change how much they conform.

### Key ideas
- **Normative social influence**: conforming to be accepted or avoid rejection; often public compliance without private change.
- **Informational social influence**: conforming because others are believed to be right, especially in ambiguous situations; often leads to private acceptance (internalization). Deutsch and Gerard (1955) distinguished the two.
- Factors: group size (up to about three or four others), unanimity (one dissenter greatly reduces conformity), task difficulty, anonymity, culture.

### Studies to know
- **Sherif (1935)**: using the autokinetic effect (a still light that appears to move in a dark room), individual estimates converged on a group norm when people answered together, showing informational influence in an ambiguous task.
- **Asch (1951, 1956)**: participants judged which of three lines matched a standard line, answering after confederates who sometimes gave an obviously wrong answer. On these critical trials about a third of responses conformed, and about three-quarters of participants conformed at least once. With one supportive partner, conformity dropped sharply.
- **Bond and Smith (1996)**: a meta-analysis of Asch-type studies found higher conformity in collectivist countries and a decline in conformity in the United States over time.

### Evaluation
- Asch's tightly controlled design established clear effects of group pressure.
- Artificial task with little at stake; low ecological validity.
- A product of its time and place (1950s America), as Bond and Smith's findings suggest.
- Ethics: deception and stress for participants, although debriefing was used.

### Exam tips
- Commands: **Describe** conformity with a study (about 4 marks); **Evaluate** or **Discuss** research (about 6 marks or an extended response).
- Explain findings in terms of normative or informational influence.
- Good links to the concepts of **change** (conformity levels across time) and **perspective** (cultural variation).
`,
  ),
  note(
    "S.4",
    `
Cultural dimensions are broad ways in which cultures differ in shared values. The best-known framework is **Hofstede's**, based on large surveys of IBM employees in many countries (1960s–70s). Each country receives a score on each dimension, which can be used to predict or explain differences in behaviour such as conformity, communication and work practices.

### Key ideas
| Dimension | High score means… |
|---|---|
| **Individualism vs collectivism** | Individualist: priority to personal goals and independence |
| **Power distance** | Inequality in power is accepted and expected |
| **Uncertainty avoidance** | Discomfort with ambiguity; preference for rules |
| **Masculinity vs femininity** | Masculine: competition and achievement valued |
| **Long-term vs short-term orientation** | Long-term: persistence and thrift valued |
| **Indulgence vs restraint** | Indulgence: freer gratification of desires |

The first four were the original dimensions; long-term orientation and indulgence were added later.

### Studies to know
- **Hofstede (1980)**: survey of IBM employees' work values across dozens of countries, from which the dimensions were derived by statistical analysis.
- **Berry (1967)**: in an Asch-type task, Temne people of Sierra Leone (a tightly organized farming society) conformed more than Inuit people of Canada (a more individualistic hunting society), linking conformity to cultural values and economy.
- **Bond and Smith (1996)**: conformity in Asch-type studies was higher in countries scoring high on collectivism.

### Evaluation
- Gives a simple, measurable framework for comparing cultures and making testable predictions.
- Original sample was one company's employees, mostly men, and is now dated.
- Treats countries as uniform cultures, ignoring variation within a country (the **ecological fallacy**: country scores don't describe individuals).
- An **etic** approach: dimensions defined by Western researchers may not capture concepts important within each culture.

### Exam tips
- Commands: **Outline** a dimension (about 4–6 marks); **Explain** how a dimension may influence behaviour using a study; **Evaluate** the use of cultural dimensions.
- Pick one dimension and link it explicitly to a behaviour and a study; avoid listing all six without explanation.
- Don't claim every individual in a "collectivist" country thinks collectively.
`,
  ),
  note(
    "S.5",
    `
The emic approach studies a culture from the **inside**, using concepts, categories and meanings that are important to the people of that culture. Instead of testing whether a behaviour defined by outside researchers exists everywhere, it aims to understand behaviour on that culture's own terms. It often uses qualitative methods such as interviews and participant observation.

### Key ideas
- **Emic**: culture-specific; meanings come from participants.
- **Etic**: looks for universals and compares cultures with the same measures.
- Emic research reduces the risk of an **imposed etic**: applying a concept or test developed in one culture as if it were valid everywhere.
- Often a first step: emic findings can be compared across cultures to build a **derived etic**.
- Examples of culture-specific concepts: *amae* in Japan (Doi, 1973), a sense of being able to depend on another's indulgence.

### Studies to know
- **Kleinman (1982)**: psychiatric interviews with patients in China diagnosed with *neurasthenia*, a condition described mainly through physical symptoms (fatigue, headaches). Most also met Western criteria for depression, but they expressed distress through the body (**somatization**), reflecting cultural norms about expressing emotion. The study combined Western (etic) diagnostic criteria with attention to what the illness meant to patients, and showed that understanding the local meaning of symptoms was essential to interpreting them.

### Evaluation
- High validity within the culture: concepts and measures make sense to participants.
- Reduces ethnocentrism and helps researchers notice behaviours their own culture ignores.
- Findings are hard to generalize or compare across cultures.
- Time-consuming, and the researcher's own background can still bias interpretation (reflexivity is needed).
- Ethics: researchers need cultural sensitivity and must avoid exploiting or misrepresenting communities.

### Exam tips
- Commands: **Explain** or **Evaluate** the emic approach (about 4–6 marks, often on Paper 2 alongside methods); extended responses may compare emic and etic approaches.
- Always contrast with etic to show understanding, and give a concrete example.
- A common mistake is defining emic as "qualitative": qualitative methods are typical, but the defining feature is the insider perspective.
`,
  ),
  note(
    "S.6",
    `
Enculturation is the process by which people learn the norms, values, beliefs and behaviours of the culture they grow up in. It starts at birth and happens through family, peers, schools, religion and media, mostly without explicit teaching. It is different from **acculturation**, which is adapting to a second culture after contact with it.

### Key ideas
- **Agents of enculturation**: parents, siblings, peers, teachers, the media.
- **Mechanisms**: observational learning (social learning theory), reinforcement of culturally approved behaviour, direct instruction, participation in everyday activities.
- Enculturation shapes **cognition** (e.g. what we attend to and remember), **emotion** (display rules), **gender roles** and the **self-concept**.
- **Norms**: unwritten rules of expected behaviour within a group.

### Studies to know
- **Fagot (1978)**: home observations of families with toddlers found that parents reacted more positively when children played with gender-typical toys and more negatively to cross-gender play. This suggests gender norms being passed on through reinforcement.
- **Wang (2004)**: American and Chinese children recalled autobiographical events. American children's memories were more detailed, emotional and focused on themselves; Chinese children's memories focused more on social interactions and routines. The differences fit the contrast between more independent and more interdependent views of the self that children are enculturated into.

### Evaluation
- Explains why behaviour and cognition differ between cultural groups, beyond biological factors.
- Much research is correlational or cross-sectional, so it is hard to show that a specific practice *causes* a difference.
- Cultures are not uniform; individuals within a culture are enculturated differently (social class, region, family).
- Risk of stereotyping whole cultures from group averages.
- Observation in homes may produce reactivity (families behaving differently when watched).

### Exam tips
- Commands: **Explain** how enculturation influences one behaviour using a study (about 4 marks); **Evaluate** research on enculturation.
- Name the agent *and* the mechanism (e.g. parents reinforcing gender-typical play).
- Don't confuse enculturation with acculturation: enculturation is learning one's first culture.
`,
  ),
  note(
    "S.7",
    `
The etic approach studies behaviour from **outside** a culture, looking for features that are universal or comparing cultures using the same concepts and measures. It allows large-scale comparison and the search for human universals, but risks applying concepts from one (usually Western) culture to others where they may not fit.

### Key ideas
- **Etic**: universal, comparative, researcher-defined categories; often quantitative (standardized questionnaires, experiments).
- **Imposed etic**: assuming a concept or test developed in one culture is valid in another without checking.
- **Derived etic**: a universal concept built up from several emic studies, which makes etic claims more valid.
- Hofstede's cultural dimensions are a classic etic framework.

### Studies to know
- **Ekman and Friesen (1971)**: members of the Fore people of Papua New Guinea, who had little contact with Western media, listened to short stories and chose which photograph of a face matched the emotion in the story. They identified most of the basic emotions (e.g. happiness, sadness, anger) as Westerners did, supporting the claim that some emotional expressions are universal. Fear and surprise were more often confused.
- **Hofstede (1980)**: compared countries on the same value dimensions using a single questionnaire.

### Evaluation
- Makes cross-cultural comparison possible and can identify universals.
- Standardized measures are reliable and easy to replicate.
- Risk of **ethnocentrism**: tests may not mean the same thing in every culture (translation, familiarity with testing).
- Ekman's photos showed posed Western faces, and the response format (matching from a small set) may have made recognition easier than free description.
- Best used together with emic research.

### Exam tips
- Commands: **Explain** the etic approach with an example (about 4–6 marks); **Evaluate** it, often compared with the emic approach.
- Use the terms *imposed etic* and *derived etic* accurately.
- Show what an etic study gains (comparability) and what it might miss (local meaning).
`,
  ),
  note(
    "S.8",
    `
Acculturation is the cultural and psychological change that happens when individuals or groups from one culture come into continuous contact with another, for example after migration. **Models of acculturation** describe the different ways people handle this contact. The most influential is **Berry's bidimensional model**, which replaced the older idea that people simply move along a single line from their heritage culture to the new culture.

### Key ideas
Berry's model asks two questions: is it important to **maintain my heritage culture**? Is it important to **have contact with the larger society**?

| | Contact with new culture: yes | Contact: no |
|---|---|---|
| **Maintain heritage: yes** | Integration | Separation |
| **Maintain heritage: no** | Assimilation | Marginalization |

- **Unidimensional models** treat acculturation as a single scale from "heritage" to "new culture", so gaining one identity means losing the other.
- **Acculturative stress**: stress from the demands of adapting (language, discrimination, different norms), linked to anxiety and depression.
- Strategies depend also on the host society: integration is only possible where the society accepts diversity.

### Studies to know
- **Berry et al. (2006)**: a large study of immigrant youth in 13 countries (the ICSEY project). Young people with an "integration" profile generally showed the best psychological and sociocultural adaptation; those with a "diffuse" (marginalized) profile showed the poorest.

### Evaluation
- Bidimensional models capture the reality that people can hold two cultural identities.
- The four categories are simplified: people may use different strategies in different settings (home vs work) and change over time.
- Mostly self-report questionnaires, which may be affected by social desirability and translation issues.
- Largely correlational: adaptation may influence strategy as well as the reverse.

### Exam tips
- Commands: **Outline** a model (about 4–6 marks); **Compare and contrast** models (e.g. unidimensional vs bidimensional); **Evaluate** research on acculturation.
- Draw or describe the two dimensions; it makes the four strategies easy to explain.
- Don't confuse acculturation (second-culture learning) with enculturation (first-culture learning).
`,
  ),
  note(
    "S.9",
    `
Social identity theory (SIT), developed by Tajfel and Turner (1979), proposes that part of our self-concept comes from the groups we belong to. Because people want a positive self-concept, they try to see their own groups (**in-groups**) as better than other groups (**out-groups**). This can explain in-group favouritism, prejudice and intergroup conflict, even when there is no competition for resources.

### Key ideas
1. **Social categorization**: classifying people, including oneself, into groups.
2. **Social identification**: adopting the identity, norms and values of the in-group.
3. **Social comparison**: comparing the in-group with out-groups in ways that favour the in-group, to achieve **positive distinctiveness** and self-esteem.

- If a group identity is negative, members may leave the group (**social mobility**), redefine the comparison (**social creativity**) or challenge the status of the other group (**social competition**).
- Contrast with **realistic conflict theory** (Sherif): conflict arises from competition for scarce resources.

### Studies to know
- **Tajfel et al. (1971)**, minimal group paradigm: schoolboys in Bristol were divided into groups on a trivial basis (supposedly preferring paintings by Klee or Kandinsky). When allocating points worth money to anonymous others, they favoured in-group members and often chose options that **maximized the difference** between groups, even at the cost of the in-group's absolute gain.

### Evaluation
- Shows that mere categorization can be enough for in-group favouritism, supported by many replications.
- Explains a wide range of real behaviour (sports fans, nationalism, workplace groups).
- Minimal groups are artificial; real groups have histories and emotions that the lab cannot reproduce.
- Favouritism in allocating rewards does not always mean hostility towards out-groups.
- Original samples were young, male and Western.

### Exam tips
- Commands: **Describe** the theory (about 4–6 marks); **Explain** a behaviour using SIT; **Interpret** data from a study; **Evaluate** the theory.
- Name all three processes and link them to positive self-esteem.
- Explain *why* maximizing the difference supports SIT: it shows concern with relative, not absolute, position.
`,
  ),
  note(
    "S.10",
    `
Social learning theory (Bandura) proposes that people learn new behaviours by **observing** others (models) and the consequences of their behaviour, not only through their own reinforcement. It bridges behaviourism and the cognitive approach, because learning depends on mental processes such as attention and memory, and a behaviour can be learned without being performed immediately.

### Key ideas
- **Observational learning**: acquiring behaviour by watching a model.
- **Vicarious reinforcement**: seeing a model rewarded makes imitation more likely; seeing a model punished makes it less likely.
- Four **mediational processes**: **attention** (noticing the model), **retention** (remembering the behaviour), **reproduction** (being able to perform it), **motivation** (expecting a reward).
- Models are imitated more when they are similar to the observer, high in status or warm.
- **Self-efficacy**: belief in one's ability to perform a behaviour, which affects whether it is attempted.

### Studies to know
- **Bandura, Ross and Ross (1961)**: children watched an adult either attack an inflatable Bobo doll or play quietly, then were mildly frustrated and observed in a room with toys. Children who had seen the aggressive model imitated much of the specific physical and verbal aggression; boys were more physically aggressive, and same-sex models were imitated more.
- **Bandura (1965)**: children watched a film in which a model's aggression was rewarded, punished or had no consequence. Those who saw the model punished imitated less, but when offered incentives, all groups reproduced the behaviour, showing learning had occurred even without performance.

### Evaluation
- Controlled experiments show observation alone can produce new behaviour.
- Explains cultural transmission of behaviour and informs debates on media violence.
- Bobo doll studies: artificial setting, aggression towards a toy designed to be hit, short-term measures, possible demand characteristics.
- Ethics: children were deliberately exposed to aggression.
- Underplays biological factors (e.g. sex differences may also have biological causes).

### Exam tips
- Commands: **Explain** a behaviour using SLT (about 4 marks); **Describe** a study; extended responses may ask to **Evaluate** or **Discuss** the theory.
- Use the four mediational processes to structure explanations.
- Distinguish learning (acquisition) from performance, which Bandura (1965) shows clearly.
`,
  ),

  // ── Research methodology (class practicals)
  note(
    "R.1",
    `
An experiment tests a cause-and-effect relationship by **manipulating** an independent variable (IV), **measuring** its effect on a dependent variable (DV), and **controlling** other variables. It is the only method that allows confident causal conclusions, provided the design rules out alternative explanations. In class practicals you plan, run and evaluate a simple experiment.

### Key ideas
- **Operationalization**: defining variables so they can be measured (e.g. "memory" = number of words correctly recalled out of 20).
- **Hypotheses**: a research (alternative) hypothesis predicts an effect; the null hypothesis predicts none.
- **Types**: *true/laboratory* (IV manipulated, random allocation), *field* (natural setting, IV manipulated), *natural* (IV varies naturally), *quasi* (groups differ in a pre-existing characteristic such as age or gender).

| Design | Strength | Limitation | Fix |
|---|---|---|---|
| Independent samples | No order effects | Participant variables differ between groups | Random allocation |
| Repeated measures | Controls participant variables | Order effects (practice, fatigue) | Counterbalancing |
| Matched pairs | Fewer participant differences, no order effects | Matching is time-consuming and never perfect | Match on key variables |

- **Internal validity**: did the IV really cause the change in the DV? Threats include confounding variables, demand characteristics and experimenter bias.
- **External validity**: do results generalize to other people (population validity) and settings (ecological validity)?
- Controls: standardized instructions and procedures, random allocation, single- or double-blind designs.

### Studies to know
- **Loftus and Palmer (1974)**: a laboratory experiment manipulating the verb in a question ("smashed" vs "hit" etc.) to measure estimated speed, a clear example of IV, DV and independent samples.
- **Draganski et al. (2004)**: a before-and-after design with a control group showing how a longitudinal experiment supports causality.

### Evaluation
- High control and replicability; causal conclusions.
- Artificiality can lower ecological validity; students as participants reduce population validity.
- Ethics: informed consent, right to withdraw, debriefing, and avoiding harm apply in every class practical.

### Exam tips
- Commands: **Identify** the IV/DV or design (1–2 marks); **Explain** or **Evaluate** a design choice (about 4–6 marks); **To what extent** a conclusion is justified; **Calculate** simple descriptive statistics on Paper 2.
- Always link a design weakness to the specific study or stimulus, not a generic list.
- Don't call a quasi-experiment "true": no random allocation means no firm causal claim.
`,
  ),
  note(
    "R.2",
    `
Surveys and questionnaires collect **self-report** data from many people quickly, using a fixed set of written questions. They are ideal for measuring attitudes, beliefs, experiences and behaviour that cannot easily be observed, and for finding correlations between variables. Their main risk is that people may not answer accurately or honestly.

### Key ideas
- **Closed questions** (fixed choices, Likert scales) give quantitative data that is easy to analyse; **open questions** give richer qualitative data that is harder to compare.
- **Likert scale**: agreement with statements on a scale (e.g. 1 = strongly disagree to 5 = strongly agree). Include some **reverse-worded** items to reduce acquiescence (agreeing with everything).
- **Sampling**: random, stratified, opportunity and self-selected (volunteer) samples, each affecting how representative results are.
- **Pilot study**: a small trial run to find confusing items before the main study.
- **Reliability**: consistency, e.g. **test–retest**. **Validity**: does the questionnaire measure what it claims?

### Studies to know
- **Holmes and Rahe (1967)**: developed the Social Readjustment Rating Scale, a questionnaire listing life events (e.g. death of a spouse, moving house) weighted by how much readjustment they require, used to relate accumulated life change to illness.
- **Hofstede (1980)**: a very large questionnaire survey of employees' work values across many countries.

### Evaluation
| Strengths | Limitations |
|---|---|
| Large samples, quickly and cheaply | **Social desirability bias** and dishonesty |
| Standardized: easy to replicate and compare | Closed questions can force answers that don't fit |
| Anonymity can encourage honesty on sensitive topics | Low response rates can bias samples (only motivated people reply) |
| Can collect both quantitative and qualitative data | Question wording and translation can change meaning |

- Ethics: informed consent, confidentiality of responses, the right to skip questions, care with sensitive topics.

### Exam tips
- Commands: **Distinguish** open and closed questions (about 4 marks); **Explain** a sampling choice; **Evaluate** a survey design, sometimes in a 15-mark stimulus-based response on Paper 2.
- Tie each criticism to the stimulus (e.g. "students answering about their own exam stress may under-report…").
- Don't assume a large sample is representative: how it was selected matters more than its size.
`,
  ),
  note(
    "R.3",
    `
Observation means watching and recording behaviour systematically, rather than asking people about it. It is useful when people cannot or will not report their behaviour accurately (young children, animals, automatic habits) and when researchers want to see behaviour in its natural context. Observations can produce quantitative data (tallies of behaviour categories) or qualitative data (detailed field notes).

### Key ideas
| Type | Meaning | Main trade-off |
|---|---|---|
| Naturalistic vs controlled | Natural setting vs a structured set-up | Ecological validity vs control |
| Participant vs non-participant | Observer joins the group or stays outside | Insight vs objectivity |
| Overt vs covert | Participants know or don't know they are observed | Ethics vs reactivity |
| Structured vs unstructured | Predefined behaviour categories vs open notes | Reliability vs richness |

- **Behaviour checklist / coding scheme**: operationalized categories (e.g. "hits with hand").
- **Sampling**: *event sampling* (count each occurrence) or *time sampling* (record at set intervals).
- **Inter-rater (inter-observer) reliability**: two or more observers code independently and their agreement is compared.
- **Reactivity** (the Hawthorne effect): people change their behaviour because they know they are watched.

### Studies to know
- **Ainsworth et al. (1978)**: the Strange Situation, a controlled, structured observation of how infants respond to separation from and reunion with their caregiver, coded into attachment types.
- **Rosenhan (1973)**: healthy pseudo-patients gained admission to psychiatric hospitals and recorded staff behaviour as covert participant observers.

### Evaluation
- Records actual behaviour, not what people say they do.
- Naturalistic observation has high ecological validity but little control over variables, so no causal conclusions.
- **Observer bias**: expectations influence what is recorded; reduce with clear categories, blind observers and inter-rater checks.
- Ethics: covert observation removes informed consent; acceptable in public places where people expect to be seen, but needs careful justification elsewhere.

### Exam tips
- Commands: **Explain** a choice of observation type (about 4–6 marks); **Calculate** agreement between observers; **Evaluate** the method.
- Use the stimulus: say which type of observation it is and why that choice suits the aim.
- Don't confuse "participant observation" with the people being observed, who are participants in every observation.
`,
  ),
  note(
    "R.4",
    `
Interviews collect self-report data through conversation, usually producing **qualitative** data about people's experiences, meanings and perspectives. They range from fully structured (the same questions in the same order) to unstructured (a conversation guided by a topic). The data is usually transcribed and analysed for themes, and its quality is judged by **credibility** rather than statistical reliability.

### Key ideas
| Type | Features | Strength | Limitation |
|---|---|---|---|
| Structured | Fixed questions, fixed order | Comparable, replicable | Little depth or flexibility |
| Semi-structured | Interview guide plus follow-up questions | Balance of focus and depth | Answers harder to compare |
| Unstructured | Open conversation on a topic | Rich, participant-led data | Time-consuming; interviewer influence |
| Focus group | Several participants discuss together | Interaction generates ideas | Dominant voices, conformity |

- **Thematic analysis**: transcribe, read repeatedly, code meaningful sections, group codes into themes, check themes against the data.
- **Credibility**: **triangulation** (method, researcher, data or theory), **reflexivity** (the researcher reflecting on their own influence), **member checking** (participants confirm interpretations), rich description.
- **Transferability** replaces generalizability: readers judge whether findings apply to other contexts.

### Studies to know
- **Kleinman (1982)**: interviews with Chinese patients diagnosed with neurasthenia revealed how they understood and expressed distress through physical symptoms.
- Interviews are also used to describe participants' own accounts in research on acculturation and health, where the participant's perspective is the point of the study.

### Evaluation
- Depth and meaning that questionnaires cannot capture; can explore unexpected topics.
- **Interviewer effects**: the interviewer's characteristics or cues may shape answers; social desirability remains.
- Small samples and time-consuming analysis.
- Ethics: informed consent, especially for recording; confidentiality and anonymity in transcripts; care with sensitive topics and the right to stop.

### Exam tips
- Commands: **Explain** how credibility could be increased (about 6 marks); **Discuss** the choice of interview type (about 4 marks); **Describe** the steps of analysing interview data.
- Link each technique (e.g. triangulation) to *why* it improves credibility.
- Avoid judging qualitative interviews only by quantitative standards such as sample size.
`,
  ),

  // ── Contexts
  note(
    "X.1",
    `
The health and well-being context applies the biological, cognitive and sociocultural approaches to physical and mental health: what causes stress and disorders, what protects people, and how health can be promoted or treated. Because health outcomes almost always have several causes, this context rewards answers that combine levels of explanation, as in the **biopsychosocial model**.

### Key ideas
- **Stress**: the body's response (via the HPA axis and cortisol, and the sympathetic nervous system) to demands perceived as exceeding one's resources. Long-term stress can affect immunity, memory and mood.
- **Explanations of disorders** such as depression: biological (genes, neurotransmitters), cognitive (negative thinking patterns), sociocultural (life events, poverty, social support), combined in the diathesis–stress model.
- **Protective factors**: social support, coping strategies, a sense of control.
- **Cultural factors** affect how distress is expressed, diagnosed and treated.

### Studies to know
- **Kiecolt-Glaser et al. (1984)**: blood samples from medical students a month before exams and during exams showed lower natural killer cell activity during exams; students reporting more loneliness and stressful life events had the weakest immune response. Stress appears to suppress immunity.
- **Caspi et al. (2003)**: a gene–environment interaction in depression (serotonin transporter gene and stressful life events).
- **Brown and Harris (1978)**: interviews with working-class women in London linked depression to severe life events combined with vulnerability factors such as lack of a close confiding relationship.
- **Kleinman (1982)**: cultural differences in expressing depression through physical symptoms in China.

### Evaluation
- Converging evidence from different approaches supports multi-factor explanations.
- Much health research is correlational or quasi-experimental (e.g. exams as a natural stressor), limiting causal claims.
- Self-reported stress and life events may be inaccurately recalled.
- Ethics: research with vulnerable or unwell people needs special care, confidentiality and avoidance of stigma.

### Exam tips
- Paper 1 asks how content (e.g. chemical messengers, cultural dimensions) applies to this context: **Describe** or **Explain** in short answers (about 4–6 marks); extended responses connect the context to a concept such as **causality** or **perspective**.
- Always link the study back to the health outcome named in the question.
- Avoid one-cause explanations: show interaction between factors.
`,
  ),
  note(
    "X.2",
    `
The human development context looks at how people change across the lifespan: physically, cognitively, socially and emotionally. Core questions include how early relationships shape later development, how thinking develops, and how much development is universal or shaped by culture. It links strongly to the concept of **change** and to the nature–nurture debate.

### Key ideas
- **Attachment**: the emotional bond between infant and caregiver. Bowlby argued it is innate and adaptive and that early attachment forms an **internal working model** for later relationships.
- **Attachment types** (Ainsworth): **secure**, **insecure-avoidant**, **insecure-resistant (ambivalent)**; a disorganized type was added later.
- **Cognitive development**: Piaget proposed stages (sensorimotor, preoperational, concrete operational, formal operational); Vygotsky emphasized social interaction and the zone of proximal development.
- **Brain development**: neuroplasticity and synaptic pruning are especially active in childhood and adolescence.
- Development is shaped by enculturation: parenting practices differ between cultures.

### Studies to know
- **Ainsworth et al. (1978)**: the Strange Situation, a structured observation of infants' reactions to separation from and reunion with their caregiver and to a stranger; most American infants were classified as securely attached.
- **van IJzendoorn and Kroonenberg (1988)**: a meta-analysis of Strange Situation studies from several countries. Secure attachment was the most common type everywhere, but the proportion of insecure types varied (avoidant relatively more common in some Western European samples, resistant in Israeli and Japanese samples), and variation *within* countries was larger than between them.
- **Harlow (1958)**: infant monkeys preferred a cloth surrogate that gave comfort over a wire one that gave food.

### Evaluation
- Longitudinal designs best capture change but are costly and suffer from attrition; cross-sectional designs confuse age with generation.
- The Strange Situation may be an imposed etic: separations mean different things in different cultures.
- Early experience matters, but later experiences can also change outcomes (development is not fixed).
- Ethics: research with children requires parental consent and care to avoid distress.

### Exam tips
- Commands: **Describe** how content applies to development (about 4–6 marks); **Discuss** development in an extended response linked to a concept such as **change** or **measurement**.
- Specify the age group and the developmental outcome in your answer.
- Don't treat attachment types as permanent labels.
`,
  ),
  note(
    "X.3",
    `
The human relationships context covers how people relate to each other: in close relationships, in groups, and between groups. Topics include attraction and relationship maintenance, communication, helping (prosocial) behaviour, and prejudice and conflict between groups. Content from all three approaches can be applied, but sociocultural theories such as social identity theory are especially relevant.

### Key ideas
- **Prosocial behaviour**: helping others; influenced by the situation (number of bystanders), emotions (empathy) and culture.
- **Bystander effect**: people are less likely to help when others are present, explained by **diffusion of responsibility**.
- **Intergroup relations**: in-group favouritism and prejudice (social identity theory), competition for resources (realistic conflict theory).
- **Close relationships**: biological factors (e.g. oxytocin in bonding), cognitive factors (attributions about a partner's behaviour) and cultural norms (e.g. arranged vs chosen marriages).

### Studies to know
- **Darley and Latané (1968)**: students took part in a discussion via intercom and heard another "participant" apparently having a seizure. Most of those who believed they were the only listener helped quickly; helping fell sharply as the believed group size increased.
- **Sherif et al. (1954/1961)**, Robbers Cave: two groups of boys at a summer camp became hostile when competing for prizes; hostility fell when they had to cooperate on **superordinate goals**.
- **Tajfel et al. (1971)**: in-group favouritism in minimal groups.
- **Kosfeld et al. (2005)**: oxytocin and trust (with replication concerns).

### Evaluation
- Combining lab experiments and field studies gives both control and realism.
- Many classic studies used deception (staged emergencies, manipulated competition), raising ethical issues about stress and consent.
- Samples are often young and Western; relationship norms vary greatly across cultures.
- Relationships are complex and change over time, which short studies cannot capture.

### Exam tips
- Commands: **Describe** a study in this context (about 4 marks); **Evaluate** or **Discuss** research on a relationship behaviour in an extended response linked to a concept (e.g. **responsibility**, **bias**).
- State the relationship behaviour clearly (e.g. helping a stranger) before applying a theory.
- Avoid simply retelling a study: explain what it shows about the relationship behaviour.
`,
  ),
  note(
    "X.4",
    `
The learning and cognition context applies psychology to how people learn, remember, think and make decisions, in school and in everyday life. It draws on cognitive models (memory, cognitive load), learning theories (classical and operant conditioning, social learning) and biological research (neuroplasticity, neurotransmitters), and asks how reliable our cognitive processes are.

### Key ideas
- **Memory** is reconstructive: schemas and post-event information can change what is recalled.
- **Learning** can come from association (classical conditioning), consequences (operant conditioning) or observation (social learning theory).
- **Instruction** can be improved by managing cognitive load (worked examples, avoiding split attention).
- **Thinking and decision-making** rely on heuristics and are prone to biases (anchoring, confirmation bias), as dual processing theory explains.
- **Biological basis**: learning changes the brain (neuroplasticity); acetylcholine is involved in memory.

### Studies to know
- **Loftus and Palmer (1974)**: participants watched film clips of car accidents and were asked how fast the cars were going when they "smashed", "collided", "bumped", "hit" or "contacted" each other. More intense verbs produced higher speed estimates, and in a follow-up, participants asked with "smashed" were more likely a week later to falsely remember seeing broken glass. Leading questions can alter memory.
- **Yuille and Cutshall (1986)**: real witnesses to a shooting in Canada remained accurate months later and were not much affected by misleading questions, suggesting lab findings may overstate memory distortion.
- **Sweller and Cooper (1985)**: worked examples improved algebra learning.
- **Bransford and Johnson (1972)**: providing a schema before a passage improved comprehension and recall.

### Evaluation
- Strong experimental evidence with practical applications (interviewing witnesses, teaching design).
- Lab tasks (film clips, word lists) lack the emotional and personal significance of real events.
- Mostly student samples, raising questions of population validity.
- Individual differences (expertise, age, anxiety) mean one technique does not suit all learners.

### Exam tips
- Commands: **Describe** how a cognitive process applies in this context (about 4 marks); **Explain** or **Evaluate** research; extended responses link to concepts such as **measurement** or **bias**.
- Name the cognitive process and give a concrete real-life application.
- Don't use Loftus and Palmer as proof that all eyewitness memory is unreliable; mention contrary evidence.
`,
  ),

  // ── Concepts
  note(
    "K.1",
    `
Bias is any systematic distortion that pushes results or judgements away from the truth. In psychology the concept works in two ways: bias is something researchers study (cognitive biases such as anchoring and confirmation bias, or in-group bias), and it is something that can distort research itself, through the researcher, the participants or the sample. Concept questions ask you to show how bias affects knowledge in psychology and how it can be reduced.

### Key ideas
| Source of bias | Example | Control |
|---|---|---|
| **Researcher (experimenter) bias** | Expectations influence how data is collected or interpreted | Double-blind procedures, standardized instructions |
| **Participant bias** | Demand characteristics, social desirability | Single-blind, deception (with debrief), anonymity |
| **Sampling bias** | Samples drawn mainly from students or one culture | Random or stratified sampling, cross-cultural replication |
| **Cultural bias** | Concepts and tests from one culture applied elsewhere (imposed etic) | Emic research, local researchers |
| **Publication bias** | Positive results published more than null results | Pre-registration, replication studies |

- **Confirmation bias** in researchers can lead them to look only for supporting evidence.
- In qualitative research, **reflexivity** helps researchers recognize their own influence.

### Studies to know
- **Rosenthal and Fode (1963)**: students were told their rats were "maze-bright" or "maze-dull", although the rats were randomly assigned. The "bright" rats performed better, showing experimenter expectations can affect results even with animals.
- **Henrich, Heine and Norenzayan (2010)**: argued that most psychology research uses **WEIRD** samples (Western, Educated, Industrialized, Rich, Democratic), which are unusual in many respects, so findings may not generalize.
- **Wason (1960)** and **Tversky and Kahneman (1974)**: cognitive biases as a topic of study.

### Evaluation
- Recognizing bias has led to better methods: blind designs, pre-registration, replication.
- Bias can never be completely removed, only reduced and acknowledged.
- Some "biases" may be adaptive shortcuts rather than errors in everyday life.

### Exam tips
- Usually assessed in the 15-mark concept-based ERQ on Paper 1 (**Discuss**, **Evaluate**, **To what extent**), and in Paper 2 methodology questions.
- Specify *which* bias and *how* it affects the conclusion of a named study.
- Avoid listing biases without explaining their effect on knowledge.
`,
  ),
  note(
    "K.2",
    `
Causality is about whether one variable actually produces a change in another. Much of psychology aims to explain behaviour, which means making causal claims, yet many methods (correlational studies, case studies, brain imaging) can only show association. The concept asks you to judge how strong a causal claim is, given the methods used.

### Key ideas
- Three conditions for claiming causality: **covariation** (the variables are related), **temporal precedence** (the cause comes before the effect) and **no plausible alternative explanations** (confounds ruled out).
- **Correlation is not causation**: the direction may be reversed (**bidirectionality**) or a **third variable** may cause both.
- **True experiments** with random allocation and controls give the strongest evidence; quasi- and natural experiments give weaker evidence.
- **Multiple causes**: most behaviour results from interacting factors (e.g. diathesis–stress), so "the cause" is often misleading.
- **Converging evidence** from several methods strengthens a causal argument.

### Studies to know
- **Maguire et al. (2000)**: larger hippocampi in taxi drivers, a correlational finding that could not show whether driving changed the brain.
- **Woollett and Maguire (2011)**: followed trainee taxi drivers for several years. Those who qualified showed an increase in posterior hippocampal grey matter; those who failed and non-driver controls did not. The longitudinal design strengthened the causal claim.
- **Draganski et al. (2004)**: learning to juggle increased grey matter, with a before-and-after design and a control group.
- **Caspi et al. (2003)**: genes and life events interact, so neither alone is the cause.

### Evaluation
- Experiments give strong causal evidence but may lack ecological validity.
- Some causal questions (effects of trauma, brain damage, culture) cannot be tested experimentally for ethical or practical reasons.
- Statistical significance shows an effect is unlikely to be due to chance, not that the explanation is correct.

### Exam tips
- Often assessed in the 15-mark concept-based ERQ (**Discuss**, **To what extent**) and in Paper 2 methodology questions (**Explain** whether a conclusion about cause is justified, about 4 marks).
- Name the design and say what it can and cannot show about cause.
- Avoid writing that a correlational study "proves" anything.
`,
  ),
  note(
    "K.3",
    `
Change is a concept that runs through the whole course: people change (development, learning, recovery), brains change (neuroplasticity), attitudes and behaviour change (dissonance, conformity, acculturation), and psychology itself changes as new methods and replications revise earlier conclusions. Questions on change ask how psychologists study it and what factors produce or resist it.

### Key ideas
- **Individual change**: learning (conditioning, social learning), development across the lifespan, therapy and recovery.
- **Biological change**: neuroplasticity, hormonal changes with stress or age.
- **Attitude and behaviour change**: cognitive dissonance, compliance techniques, conformity.
- **Cultural change**: acculturation after migration; cultures themselves change over time.
- **Change in knowledge**: findings that fail to replicate, theories replaced (e.g. the working memory model refining the multi-store model).
- **Measuring change**: longitudinal and before-and-after designs are needed; cross-sectional comparisons can only suggest it.

### Studies to know
- **Draganski et al. (2004)**: grey matter increased with juggling practice and decreased after stopping.
- **Festinger and Carlsmith (1959)**: attitudes changed to fit behaviour when external justification was low.
- **Berry et al. (2006)**: immigrant youth differed in acculturation strategies, with integration linked to better adaptation.
- **Bond and Smith (1996)**: conformity in the United States declined over the decades studied, suggesting that behaviour measured in classic studies can change with society.

### Evaluation
- Longitudinal research captures real change but is costly and suffers from attrition.
- Change is hard to attribute to one cause; many things change at once over time.
- The possibility of change (e.g. plasticity) is a counterweight to deterministic explanations.

### Exam tips
- Typically assessed in the 15-mark concept-based ERQ (**To what extent**, **Discuss**, **Evaluate**).
- Choose studies that actually *measure* change over time, and say how the design allowed this.
- Avoid using "change" vaguely: specify what changed, in whom, and over what period.
`,
  ),
  note(
    "K.4",
    `
Measurement concerns how psychologists turn abstract constructs (memory, stress, trust, attachment, culture) into data. Because most psychological variables cannot be observed directly, the quality of research depends on how well they are **operationalized** and whether measures are **reliable** and **valid**. Concept questions ask how measurement choices limit or strengthen conclusions.

### Key ideas
- **Operationalization**: defining a variable in measurable terms (e.g. "trust" = amount of money transferred in a game).
- **Reliability**: consistency of a measure (test–retest, inter-rater agreement, internal consistency).
- **Validity**: whether a measure captures what it claims (construct validity, ecological validity).
- **Types of measures**: self-report (questionnaires, interviews), behavioural (observation, task performance), physiological (cortisol, immune markers, brain imaging).
- **Quantitative vs qualitative** data: numbers allow statistical comparison; words capture meaning.
- **Reactivity**: the act of measuring can change behaviour.

### Studies to know
- **Kosfeld et al. (2005)**: trust measured as money transferred, a clear but narrow operationalization.
- **Kiecolt-Glaser et al. (1984)**: stress effects measured physiologically (natural killer cell activity) alongside self-report questionnaires.
- **Ainsworth et al. (1978)**: attachment measured through coded behaviour in the Strange Situation, with questions about whether the measure is valid across cultures.
- **Hofstede (1980)**: culture measured by value questionnaires, yielding country scores.

### Evaluation
- Physiological measures are objective but may not capture the psychological meaning of a state.
- Self-reports access inner experience but are affected by social desirability and memory.
- Using several measures (**triangulation**) strengthens conclusions.
- Measures developed in one culture may not be valid in another.

### Exam tips
- Assessed in the 15-mark concept-based ERQ (**Discuss**, **Evaluate**) and in Paper 2 questions on operationalization and reliability.
- For each study, say exactly what was measured and how, then judge whether it captures the construct.
- Don't confuse reliability (consistency) with validity (accuracy).
`,
  ),
  note(
    "K.5",
    `
Perspective refers to the different viewpoints from which a behaviour can be understood: the biological, cognitive and sociocultural **approaches**, the viewpoint of different cultures (emic and etic), and the viewpoint of participants versus researchers. No single perspective gives a complete explanation, so concept questions ask you to compare perspectives and judge how they complement or challenge each other.

### Key ideas
- **Levels of analysis**: the same behaviour explained at biological, cognitive and sociocultural levels.
- Example, depression: **biological** (neurotransmitters, genes), **cognitive** (negative thinking patterns), **sociocultural** (life events, social support, cultural expression).
- **Emic and etic perspectives**: insider vs outsider views of a culture.
- **Participant perspective**: qualitative methods aim to capture how people themselves experience events.
- **Researcher perspective**: researchers' backgrounds and assumptions shape what they study and how they interpret it (reflexivity).
- Perspectives can be combined (e.g. the diathesis–stress model, the biopsychosocial model).

### Studies to know
- **Caspi et al. (2003)**: a biological factor (gene) only mattered in combination with a sociocultural one (life events).
- **Beck (1967)**: the cognitive triad, negative views of the self, the world and the future, offered a cognitive explanation of depression.
- **Brown and Harris (1978)**: a sociocultural explanation linking depression in women to life events and lack of a confiding relationship.
- **Kleinman (1982)**: the same distress was understood differently from a Chinese cultural perspective (neurasthenia) and a Western psychiatric one (depression).

### Evaluation
- Multiple perspectives give fuller, more useful explanations and treatments.
- Perspectives can conflict (e.g. medication vs therapy), and some are harder to test scientifically.
- Combining perspectives is difficult in practice because they use different methods and measures.

### Exam tips
- Assessed in the 15-mark concept-based ERQ (**Discuss**, **To what extent**, **Evaluate**).
- Compare at least two perspectives on one behaviour, using a study for each.
- A common mistake is describing three approaches separately without evaluating how they relate.
`,
  ),
  note(
    "K.6",
    `
Responsibility concerns the duties psychologists have towards participants, animals and society. It covers research ethics (how studies are conducted) and the responsible use of findings (how results are reported and applied). It also includes questions of personal responsibility raised by psychological explanations, e.g. whether biological explanations reduce responsibility for behaviour.

### Key ideas
- **Core ethical principles** with human participants: **informed consent**, **right to withdraw**, **protection from harm** (physical and psychological), **confidentiality and anonymity**, **debriefing**, limited and justified **deception**.
- Ethics committees review proposals and weigh costs against benefits; professional codes (e.g. from the APA and BPS) guide researchers.
- **Animal research**: the 3Rs (replace, reduce, refine).
- **Socially sensitive research** (Sieber and Stanley, 1988): studies whose findings could have consequences for particular groups (e.g. research on genes and intelligence or on cultural differences) require extra care in reporting.
- **Determinism and responsibility**: explaining behaviour by genes, chemicals or situations raises questions about individual accountability.

### Studies to know
- **Milgram (1963)**: participants believed they were giving increasingly strong electric shocks to a learner; most continued to the maximum level. Participants were deceived and many showed great distress. **Baumrind (1964)** criticized the study's ethics; Milgram replied that participants were debriefed and most later said they were glad to have taken part.
- **Watson and Rayner (1920)**: a fear was conditioned in an infant and never removed.
- **Zimbardo (1971)**, Stanford prison study: ended after six days because of the distress of "prisoners", raising questions about the researcher's dual role.

### Evaluation
- Ethical guidelines protect participants and public trust in psychology.
- Strict ethics can prevent research on important questions (e.g. obedience, trauma), so costs and benefits must be weighed.
- Cultural differences in consent and privacy norms complicate cross-cultural research.

### Exam tips
- Assessed in the 15-mark concept-based ERQ (**Evaluate**, **Discuss**) and in Paper 2 ethics questions (about 4 marks).
- Apply ethical principles to specific details of a study, not as a generic list.
- Discuss responsibility both to participants *and* to society in applying findings.
`,
  ),

  // ── HL extensions (HL only)
  note(
    "H.1",
    `
This HL extension asks how culture shapes behaviour and mental processes, across all three approaches. Culture influences not only social behaviour but also perception, memory, emotion, the self-concept and even how the brain responds. HL students should be able to evaluate cross-cultural research critically, including its methods and the risk of treating cultures as uniform.

### Key ideas
- **Independent vs interdependent self** (Markus and Kitayama, 1991): in many Western cultures the self is defined by personal attributes; in many East Asian cultures by relationships and roles. This affects emotion, motivation and cognition.
- **Analytic vs holistic thinking** (Nisbett and colleagues): attention to focal objects and categories versus attention to context and relationships.
- **Cultural dimensions** (e.g. individualism–collectivism) provide testable predictions about behaviour such as conformity.
- **Enculturation** and **acculturation** explain how cultural influences are acquired and change.
- **Cultural neuroscience**: brain responses can differ with cultural experience, showing culture and biology interact.

### Studies to know
- **Masuda and Nisbett (2001)**: Japanese and American students watched animated underwater scenes and described them. Japanese participants made more statements about the background and relationships between objects; later, their recognition of the main fish was more affected when it was shown against a new background. Attention and memory appear to be shaped by culture.
- **Kitayama et al. (2003)**, framed-line test: Americans were more accurate at reproducing a line's absolute length, Japanese participants at reproducing its length relative to a frame.
- **Bond and Smith (1996)**: conformity higher in collectivist countries.
- **Kleinman (1982)**: cultural differences in how distress is expressed.

### Evaluation
- Shows that findings from Western samples cannot be assumed to be universal.
- Country or ethnic group is often used as a proxy for culture, ignoring individual differences within cultures.
- Differences could be due to translation, familiarity with tasks or researcher expectations.
- Balancing emic and etic approaches increases validity.
- Ethics: avoid stereotyping and presenting one culture as the norm.

### Exam tips
- Assessed on Paper 3 (HL), where questions may be based on a source and use **Evaluate**, **Discuss** or **To what extent**, alongside shorter questions.
- Link culture to a *specific* process (attention, memory, conformity) with evidence.
- Critically discuss how "culture" was measured in each study, not just the result.
`,
    HL,
  ),
  note(
    "H.2",
    `
This HL extension looks at motivation: the processes that start, direct and sustain behaviour. Motivation can be explained biologically (reward systems, hormones), cognitively (goals, expectations, beliefs about ability) and socioculturally (social rewards, cultural values). A key distinction is between **intrinsic** motivation (doing something for its own sake) and **extrinsic** motivation (doing it for an external reward or to avoid punishment).

### Key ideas
- **Self-determination theory (SDT)** (Deci and Ryan): people have three basic psychological needs, **autonomy**, **competence** and **relatedness**. Meeting them supports intrinsic motivation and well-being.
- **Overjustification effect**: an expected external reward for an already enjoyable activity can reduce intrinsic motivation, because the person starts attributing the behaviour to the reward.
- **Operant conditioning** and **social learning theory** explain extrinsic motivation through reinforcement and vicarious reinforcement.
- **Biological factors**: dopamine pathways are linked to reward anticipation and motivated behaviour.
- **Cultural factors**: what counts as a motivating goal (personal achievement vs family obligation) differs across cultures.

### Studies to know
- **Deci (1971)**: students solved puzzles; those paid for solving them in one session later spent less of their free time on the puzzles than unpaid students.
- **Lepper, Greene and Nisbett (1973)**: preschool children who liked drawing were assigned to expect a certificate for drawing, receive an unexpected certificate, or get none. Later, in free play, the expected-reward group spent less time drawing than the other two groups.

### Evaluation
- Experiments with clear IVs give evidence that rewards can undermine interest under specific conditions (expected, tangible, contingent on doing the task).
- Rewards that give information about competence (e.g. specific praise) may increase motivation, so effects are not simple.
- Measures of intrinsic motivation (free-choice time) are indirect.
- Much research uses Western samples; autonomy may be expressed differently where interdependence is valued.

### Exam tips
- Paper 3 (HL) may ask you to **Describe** a motivational concept, interpret data from a source, or **Evaluate** or **Discuss** a theory or intervention.
- Distinguish intrinsic and extrinsic motivation precisely and link findings to SDT's three needs.
- Don't claim all rewards reduce motivation: specify the conditions.
`,
    HL,
  ),
  note(
    "H.3",
    `
This HL extension examines how technology (the internet, smartphones, social media, digital devices) influences cognition, relationships and well-being. It is a fast-changing area where research is often correlational and findings can be overtaken as technologies change, so critical evaluation of methods is as important as knowing results.

### Key ideas
- **Cognitive offloading**: using external tools (phones, notes, search engines) to reduce cognitive demand, e.g. relying on a phone's reminders rather than memory (reviewed by Risko and Gilbert, 2016).
- **Transactive memory**: remembering *where* information is stored rather than the information itself.
- **Attention and multitasking**: frequent switching between devices and tasks has costs for attention and learning.
- **Social media and well-being**: links with mood, self-esteem and social comparison, with effects depending on how the technology is used.
- **Neuroplasticity**: heavy practice with technology (e.g. video games) may change the brain, as any practice can.

### Studies to know
- **Sparrow, Liu and Wegner (2011)**: participants typed trivia statements and were told the computer would either save or erase them. Those who expected the information to be saved recalled less of it, but were good at remembering where it was saved: the "Google effect".
- **Henkel (2014)**: museum visitors who photographed objects later remembered fewer of them and fewer details than objects they only looked at (the photo-taking impairment effect), except when they zoomed in on a specific part.
- **Kross et al. (2013)**: text messages sampled young adults' Facebook use and feelings several times a day for two weeks; more Facebook use predicted later declines in moment-to-moment well-being and life satisfaction.

### Evaluation
- Experimental studies (Sparrow, Henkel) show specific effects but in short, artificial tasks.
- Much social-media research is correlational and self-reported, so direction of effect is unclear.
- Offloading is not necessarily harmful: it can free working memory for other tasks.
- Rapid change in technology limits how long findings stay relevant; some effects have replicated inconsistently.

### Exam tips
- Paper 3 (HL) questions use sources and data: expect **Describe**, **Explain** and extended **Discuss** or **Evaluate** responses (up to about 12 marks in this bank).
- Specify the technology and the behaviour it affects, and evaluate the design of the evidence.
- Avoid blanket claims such as "technology makes us worse at remembering".
`,
    HL,
  ),
  note(
    "H.4",
    String.raw`
This HL component develops the skills to analyse and interpret research data: summarizing quantitative data with descriptive statistics, choosing and interpreting inferential tests, judging the size and meaning of effects, and interpreting qualitative data. Paper 3 presents sources with data, so you need to read tables and graphs accurately and draw justified conclusions.

### Key ideas
- **Central tendency**: mean (uses all data; distorted by outliers), median (robust to outliers), mode (for nominal data).
- **Dispersion**: range, and **standard deviation** $s = \sqrt{\dfrac{\sum (x - \bar{x})^2}{n - 1}}$, the typical distance of scores from the mean.
- **Inferential tests** estimate whether a result is likely to be due to chance.

| Aim | Design or data | Test |
|---|---|---|
| Difference | Independent groups, ordinal or non-normal data | Mann–Whitney U |
| Difference | Independent groups, normal interval data | Independent t-test |
| Difference | Repeated measures or matched pairs, ordinal data | Wilcoxon signed-rank |
| Difference | Repeated measures, normal interval data | Paired t-test |
| Relationship | Ordinal data | Spearman's rho |
| Association | Nominal data (frequencies) | Chi-square |

- **Significance**: $p < 0.05$ means that, if the null hypothesis were true, a result at least this extreme would occur less than 5% of the time. It does *not* mean the hypothesis is 95% likely to be true.
- **Type I error**: rejecting a true null hypothesis (false positive). **Type II error**: failing to reject a false null (false negative).
- **Effect size**: Cohen's $d = \dfrac{\bar{x}_1 - \bar{x}_2}{s_{\text{pooled}}}$; roughly 0.2 small, 0.5 medium, 0.8 large.
- **Qualitative data**: thematic analysis, with credibility supported by triangulation and reflexivity.

### Evaluation
- Statistical significance depends on sample size: large samples can make trivial effects significant, so report effect sizes.
- A significant correlation does not show causation.
- Check data for outliers, floor or ceiling effects, and whether the sample supports generalization.

### Exam tips
- Paper 3 uses **Calculate**, **Justify** (e.g. the choice of a test, about 4 marks), **Interpret** and **Evaluate**; a calculator is allowed.
- Show working and round sensibly; state units and which group scored higher.
- A common mistake is writing "the results prove the hypothesis": say the null hypothesis can be rejected at the chosen significance level.
`,
    HL,
  ),
];

export default { subject: "psychology", notes } satisfies SubjectNotes;
