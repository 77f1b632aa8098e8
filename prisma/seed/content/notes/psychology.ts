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
  note("B.1", `
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
`),
  note("B.2", `
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
`),
  note("B.3", `
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
`),
  note("B.4", `
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
`),
  note("B.5", `
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
`),
  note("B.6", `
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
`),
  note("B.7", `
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
`),
  note("B.8", `
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
`),
  note("B.9", `
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
`),

  // ── Cognitive approach
  note("CG.1", `
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
`),
  note("CG.2", `
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
`),
  note("CG.3", `
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
`),
  note("CG.4", `
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
`),
  note("CG.5", `
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
`),
  note("CG.6", `
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
`),
  note("CG.7", `
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
`),
  note("CG.8", `
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
`),
];

export default { subject: "psychology", notes } satisfies SubjectNotes;
