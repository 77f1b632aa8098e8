import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for IB Psychology (new guide, first assessment 2027): Paper 1 applies the
// approaches in contexts (SAQs and a concept-based ERQ), Paper 2 is research methodology (SAQs and a
// stimulus-based ERQ), Paper 3 (HL) covers the HL extensions and data analysis.
//
// Real studies are named only where they are well known, and are summarised in our own words; every
// invented study, data set or scenario is labelled "hypothetical" in its stem. Money is written in words
// so that "$" is only ever a LaTeX delimiter.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];

type Difficulty = 1 | 2 | 3 | 4 | 5;
type Base = {
  key: string;
  levels?: Level[];
  topic: string;
  difficulty: Difficulty;
  marks: number;
  paper: QuestionInput["paper"];
  term: QuestionInput["commandTerm"];
  stem: string;
  points: MarkingPointInput[];
  answer: string;
};

/** A POINT marking point ("/" separates accepted alternatives; OWTTE = or words to that effect). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "POINT",
  marks,
  text,
  keywords,
});

// Only Paper 3 (data analysis) allows a calculator; the descriptive statistics on Papers 1-2 are mental arithmetic.
const base = (b: Base) => ({
  key: `psychology-${b.key}`,
  levels: b.levels ?? BOTH,
  topicCode: b.topic,
  difficulty: b.difficulty,
  marks: b.marks,
  paper: b.paper,
  calculator: b.paper === "P3",
  commandTerm: b.term,
  stem: b.stem,
  markscheme: b.points,
  workedSolution: b.answer,
});

const written = (b: Base): QuestionInput => ({ type: "WRITTEN", ...base(b) });

const numeric = (b: Base & { numericAnswer: NumericAnswer }): QuestionInput => ({
  type: "NUMERIC",
  ...base(b),
  numericAnswer: b.numericAnswer,
});

type Mcq = Omit<Base, "marks" | "points" | "term"> & { term?: QuestionInput["commandTerm"]; options: string[]; correct: "A" | "B" | "C" | "D"; why: string };
const mcq = (b: Mcq): QuestionInput => ({
  type: "MCQ",
  ...base({ ...b, term: b.term ?? "Identify", marks: 1, points: [pt("p1", 1, b.why, [b.correct])] }),
  options: b.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  correctOptionId: b.correct,
});

/**
 * The criteria an extended response is marked against (15 marks): focus on the question, knowledge and
 * understanding, use of research, critical thinking, and clarity and organisation.
 */
const erq = (focus: string, knowledge: string, research: string, critical: string): MarkingPointInput[] => [
  pt("focus", 2, `Focus on the question: ${focus}`, ["command term", "conclusion"]),
  pt("knowledge", 4, `Knowledge and understanding: ${knowledge}`),
  pt("research", 4, `Use of research: ${research}`, ["study", "aim", "method", "findings"]),
  pt("critical", 4, `Critical thinking: ${critical}`, ["limitation", "strength", "alternative", "however"]),
  pt(
    "clarity",
    1,
    "Clarity and organisation: the response is well structured, uses psychological terminology accurately and reaches a conclusion that follows from the argument",
    ["in conclusion"],
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// Biological approach
// ─────────────────────────────────────────────────────────────────────────────
const biological: QuestionInput[] = [
  written({
    key: "b1-01",
    topic: "B.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study that used a brain imaging technology to investigate behaviour.",
    points: [
      pt(
        "p1",
        1,
        "Aim of the study stated (e.g. Maguire et al. (2000): whether the brains of London taxi drivers differ structurally from those of non-drivers)",
        ["aim"],
      ),
      pt("p2", 1, "Imaging technology named and how it was used (e.g. structural MRI scans of taxi drivers and matched controls compared)", [
        "MRI",
        "fMRI",
        "scan",
      ]),
      pt("p3", 1, "Participants / procedure described (e.g. 16 right-handed male licensed taxi drivers compared with scans of non-taxi-driving men)", [
        "participants",
        "procedure",
      ]),
      pt(
        "p4",
        1,
        "Finding(s) (e.g. larger posterior hippocampus in drivers, smaller anterior hippocampus; posterior volume correlated with years of driving)",
        ["hippocampus", "correlated"],
      ),
      pt("p5", 1, "Conclusion linked to behaviour (e.g. the posterior hippocampus may store spatial representations and can change with use)", [
        "conclusion",
        "spatial",
      ]),
    ],
    answer:
      "**Model answer (Maguire et al., 2000).**\n\n*Aim:* to find out whether the hippocampus of people with extensive navigation experience differs from that of people without it.\n\n*Method:* structural **MRI** scans of 16 right-handed male London taxi drivers, who had spent years learning the city's streets, were compared with scans of a control group of men who did not drive taxis. Researchers measured the volume of regions of the hippocampus.\n\n*Findings:* the drivers had a larger **posterior** hippocampus and a smaller anterior hippocampus than controls. Within the drivers, the longer someone had been a taxi driver, the larger the posterior hippocampus (a positive correlation).\n\n*Conclusion:* the posterior hippocampus seems to store spatial representations of the environment and may grow with heavy use, which is evidence of neuroplasticity.\n\nAny one study using MRI, fMRI, PET or EEG is acceptable if aim, use of the technology, procedure and findings are described.",
  }),
  written({
    key: "b1-02",
    topic: "B.1",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Evaluate",
    stem: "Evaluate the use of **functional magnetic resonance imaging (fMRI)** in research into the relationship between the brain and behaviour.",
    points: [
      pt("p1", 1, "fMRI described: detects changes in blood oxygenation (BOLD signal) to show which areas are more active during a task", [
        "blood",
        "oxygen",
        "BOLD",
      ]),
      pt("p2", 1, "Strength: non-invasive and no ionising radiation, so it can be repeated and used ethically with healthy volunteers", [
        "non-invasive",
        "radiation",
      ]),
      pt("p3", 1, "Strength: good spatial resolution (about 1-2 mm) so activity can be localised to specific structures", ["spatial resolution"]),
      pt("p4", 1, "Limitation: poor temporal resolution (the blood-flow response lags neural activity by seconds)", ["temporal resolution", "lag"]),
      pt("p5", 1, "Limitation: correlational - activity during a task does not show the area causes the behaviour; reverse inference problem", [
        "correlation",
        "causal",
        "reverse inference",
      ]),
      pt("p6", 1, "Limitation: artificial setting (lying still in a noisy scanner) lowers ecological validity / expensive so samples are small", [
        "ecological validity",
        "small sample",
        "expensive",
      ]),
      pt("p7", 1, "Use of an example study to illustrate a strength or limitation (e.g. Fisher et al. (2005) romantic love and dopamine-rich reward areas)", [
        "example",
      ]),
    ],
    answer:
      "fMRI measures changes in blood oxygenation (the **BOLD** signal). Active neurons use more oxygen, so areas working harder during a task show up as 'lit'.\n\n**Strengths.** It is non-invasive and uses no radiation, so healthy volunteers can be scanned repeatedly. Its spatial resolution is good (about 1-2 mm), so researchers can say *where* activity happens. For example, Fisher, Aron and Brown (2005) scanned people who had recently fallen intensely in love while they looked at a photo of their partner and at a photo of a familiar acquaintance; viewing the partner was linked with activity in dopamine-rich reward areas such as the ventral tegmental area and caudate nucleus.\n\n**Limitations.** Temporal resolution is poor: blood flow changes several seconds after neurons fire, so fast sequences of processing are blurred. Findings are correlational: an area being active during romantic love does not show that it *causes* the feeling, and one region is active in many tasks (the reverse-inference problem). The scanner is noisy and participants must lie still, so tasks are artificial, and the cost keeps samples small, which limits generalisation.\n\n**Judgement.** fMRI is a powerful tool for *locating* activity linked to behaviour, but its findings need to be combined with other methods (e.g. lesion studies, experiments) to make causal claims.",
  }),
  written({
    key: "b2-01",
    topic: "B.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain **one** effect of a hormone on human behaviour.",
    points: [
      pt("p1", 1, "Hormone identified and described as a chemical messenger released by a gland into the bloodstream (e.g. cortisol from the adrenal cortex)", [
        "hormone",
        "bloodstream",
        "gland",
      ]),
      pt("p2", 1, "Effect on behaviour stated (e.g. prolonged high cortisol impairs declarative memory)", ["memory", "effect"]),
      pt("p3", 1, "Mechanism explained (e.g. cortisol acts on receptors in the hippocampus, which is dense in glucocorticoid receptors)", [
        "receptor",
        "hippocampus",
      ]),
      pt(
        "p4",
        1,
        "Research support accurately described (e.g. Newcomer et al. (1999): healthy adults given high doses of cortisol tablets for four days recalled less of a prose passage than a placebo group; memory recovered after the treatment ended)",
        ["Newcomer", "placebo", "research"],
      ),
    ],
    answer:
      "**Cortisol** is a stress hormone released by the adrenal cortex into the bloodstream when the HPA axis is activated. It travels to target cells with glucocorticoid receptors; the **hippocampus**, important for forming declarative memories, has many of them.\n\nWhen cortisol stays high for a long time it can impair verbal declarative memory. Newcomer and colleagues (1999) gave healthy adults either a high dose of cortisol, a lower dose or a placebo in tablets for four days, in a double-blind design. Those on the high dose recalled less of a short prose passage they had listened to than the placebo group; the impairment disappeared once the tablets stopped.\n\nSo cortisol affects behaviour (remembering information) by acting on memory-related brain structures, and the effect depends on dose and duration.",
  }),
  written({
    key: "b2-02",
    topic: "B.2",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Discuss",
    stem: "Discuss research into the role of **oxytocin** in human social behaviour.",
    points: [
      pt("p1", 1, "Oxytocin described: a hormone/neuropeptide made in the hypothalamus and released by the posterior pituitary; linked to bonding and trust", [
        "hypothalamus",
        "pituitary",
        "bonding",
        "trust",
      ]),
      pt(
        "p2",
        2,
        "Study accurately described: e.g. Kosfeld et al. (2005) - men given intranasal oxytocin or placebo played an investment 'trust game'; more of the oxytocin group transferred all their money to a trustee, but oxytocin did not change behaviour when investing against a computer (risk), suggesting a social effect",
        ["Kosfeld", "trust game", "placebo", "intranasal"],
      ),
      pt("p3", 1, "Strength: double-blind placebo-controlled experiment allows a cause-effect conclusion", ["double-blind", "placebo", "cause"]),
      pt(
        "p4",
        1,
        "Limitation: later replication attempts of intranasal oxytocin trust effects were mostly unsuccessful / small samples; unclear how much oxytocin reaches the brain via the nose",
        ["replication", "sample"],
      ),
      pt(
        "p5",
        1,
        "Limitation: effects depend on context and person (e.g. oxytocin can increase in-group favouritism), so oxytocin is not simply a 'trust hormone'; reductionist",
        ["context", "in-group", "reductionist"],
      ),
    ],
    answer:
      "Oxytocin is produced in the hypothalamus and released by the posterior pituitary gland. It is involved in childbirth and breastfeeding and has been linked to social bonding and trust.\n\n**Research.** Kosfeld et al. (2005) gave male university students a nasal spray of oxytocin or a placebo (double-blind), then had them play an investment game as 'investors' who could send money to a 'trustee'. Sending money was risky because the trustee could keep the returns. More of the oxytocin group sent the maximum amount. When the same choices were made against a computer that returned money at random, oxytocin made no difference, so the researchers concluded that oxytocin increases *trust* in people rather than willingness to take any risk.\n\n**Evaluation.** The placebo-controlled experimental design supports a causal claim, and the computer condition rules out one alternative explanation. However, the sample was small and male-only, and later attempts to replicate intranasal oxytocin effects on trust have mostly failed to find the same result. It is also not clear how much sprayed oxytocin crosses into the brain. Other work suggests oxytocin's effects depend on context (for example it can strengthen favouritism towards one's own group), so calling it a 'trust hormone' is reductionist.\n\n**Conclusion.** Oxytocin plays some role in social behaviour, but its effect appears smaller and more context-dependent than early studies suggested.",
  }),
  mcq({
    key: "b2-03",
    topic: "B.2",
    difficulty: 1,
    paper: "P1",
    stem: "Which statement best distinguishes a **hormone** from a **neurotransmitter**?",
    options: [
      "A hormone travels in the bloodstream to distant target cells; a neurotransmitter crosses a synaptic gap to a nearby neuron.",
      "A hormone acts only in the brain; a neurotransmitter acts only in the body.",
      "A hormone always excites its target; a neurotransmitter always inhibits it.",
      "A hormone is made by neurons; a neurotransmitter is made by endocrine glands.",
    ],
    correct: "A",
    why: "A: hormones are carried in the blood to distant targets (slower, longer-lasting); neurotransmitters cross the synapse between neurons (fast, local)",
    answer:
      "**A.** Hormones are released by endocrine glands into the bloodstream and reach target cells anywhere in the body that have the right receptors, so their effects are slower and longer-lasting. Neurotransmitters are released by a neuron's terminal buttons into the synaptic gap and act on the next neuron within milliseconds. B and D reverse or confuse the sources, and C is false: both kinds of messenger can be excitatory or inhibitory.",
  }),
  written({
    key: "b3-01",
    topic: "B.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Outline",
    stem: "Outline the process of **synaptic transmission**.",
    points: [
      pt("p1", 1, "An action potential arrives at the presynaptic terminal / terminal button", ["action potential", "presynaptic"]),
      pt("p2", 1, "Vesicles release neurotransmitter into the synaptic gap (exocytosis)", ["vesicles", "synaptic gap", "cleft"]),
      pt(
        "p3",
        1,
        "Neurotransmitter binds to specific receptors on the postsynaptic membrane, making the neuron more (excitatory) or less (inhibitory) likely to fire",
        ["receptor", "postsynaptic", "excitatory", "inhibitory"],
      ),
      pt("p4", 1, "Neurotransmitter is then removed by reuptake into the presynaptic neuron or broken down by enzymes", ["reuptake", "enzyme"]),
    ],
    answer:
      "1. An **action potential** (electrical impulse) travels down the axon to the presynaptic terminal.\n2. This causes **vesicles** to fuse with the membrane and release neurotransmitter molecules into the **synaptic gap**.\n3. The molecules diffuse across the gap and bind to **receptors** on the postsynaptic neuron. Depending on the neurotransmitter and receptor, the effect is **excitatory** (the neuron becomes more likely to fire) or **inhibitory** (less likely).\n4. The signal stops when the neurotransmitter is taken back into the presynaptic neuron (**reuptake**) or broken down by enzymes.",
  }),
  written({
    key: "b3-02",
    topic: "B.3",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain how **one** neurotransmitter may affect **one** human behaviour. Refer to research in your answer.",
    points: [
      pt("p1", 1, "Neurotransmitter identified with its general function (e.g. acetylcholine: involved in memory formation in the hippocampus)", [
        "acetylcholine",
        "serotonin",
        "dopamine",
      ]),
      pt("p2", 1, "Behaviour identified (e.g. spatial memory / prosocial decisions)", ["memory", "behaviour"]),
      pt("p3", 1, "Use of an agonist/antagonist or depletion method explained (e.g. scopolamine blocks acetylcholine receptors)", [
        "antagonist",
        "agonist",
        "depletion",
        "scopolamine",
      ]),
      pt(
        "p4",
        2,
        "Study accurately described (e.g. Antonova et al. (2011): healthy men injected with scopolamine or placebo in a repeated measures, double-blind design, then given a virtual spatial navigation task in an fMRI scanner; scopolamine reduced hippocampal activation during encoding)",
        ["Antonova", "fMRI", "placebo", "hippocampus"],
      ),
      pt(
        "p5",
        1,
        "Link back: blocking the neurotransmitter changed brain activity linked to the behaviour, suggesting it plays a role in forming spatial memories",
        ["role", "suggests"],
      ),
    ],
    answer:
      "**Acetylcholine** is a neurotransmitter that plays a role in forming new memories in the hippocampus. One way to study its role is to block its receptors with an **antagonist** such as scopolamine and see what changes.\n\nAntonova et al. (2011) used a double-blind, repeated measures design with healthy male volunteers. On one occasion they received an injection of scopolamine and on another a placebo. In an fMRI scanner they performed a virtual-reality task in which they had to learn and later find a location in an arena (a task used to test spatial memory). Under scopolamine, activation of the hippocampus while learning the location was lower than under placebo.\n\nThis suggests that acetylcholine is needed for the hippocampus to encode spatial memories: when its action is blocked, the brain activity that supports forming the memory is reduced. The repeated measures design controls for individual differences, though the small sample of men limits how far this generalises.",
  }),
  written({
    key: "b4-01",
    topic: "B.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of neuroplasticity.",
    points: [
      pt("p1", 1, "Aim (e.g. Draganski et al. (2004): whether learning a new motor-visual skill changes brain structure)", ["aim"]),
      pt(
        "p2",
        1,
        "Method (e.g. volunteers scanned with MRI, then half learned to juggle for three months; scanned again after learning and after three months without practice)",
        ["juggling", "MRI", "scanned"],
      ),
      pt(
        "p3",
        1,
        "Finding (e.g. jugglers showed increased grey matter in areas involved in processing visual motion (mid-temporal area) and the left posterior intraparietal sulcus; this partly reversed after they stopped)",
        ["grey matter", "increase", "decrease"],
      ),
      pt("p4", 1, "Conclusion: the brain's structure changes in response to learning and use / 'use it or lose it'", ["neuroplasticity", "learning"]),
    ],
    answer:
      "**Draganski et al. (2004).** *Aim:* to see whether learning a new skill changes the structure of the adult brain.\n\n*Method:* adult volunteers with no juggling experience were scanned with MRI. Half (the jugglers) then learned a three-ball cascade over three months; the others did not. Everyone was scanned after the learning period and again after a further three months in which the jugglers stopped practising.\n\n*Findings:* after learning, the jugglers had more grey matter in an area of the temporal lobe that processes visual motion and in part of the parietal lobe; the controls showed no change. After three months without juggling the extra grey matter had partly declined.\n\n*Conclusion:* the adult brain changes its structure in response to learning, and the changes fade when the skill is no longer used, evidence of neuroplasticity.",
  }),
  written({
    key: "b4-02",
    topic: "B.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Evaluate",
    stem: "Evaluate **one** study investigating neuroplasticity.",
    points: [
      pt("p1", 2, "Study described accurately (aim, method, findings), e.g. Maguire et al. (2000) taxi drivers or Draganski et al. (2004) jugglers", [
        "aim",
        "method",
        "findings",
      ]),
      pt(
        "p2",
        1,
        "Strength: e.g. MRI is objective, non-invasive; Draganski's longitudinal design with a control group shows change over time caused by learning",
        ["longitudinal", "control group", "objective"],
      ),
      pt("p3", 1, "Strength: e.g. Maguire's positive correlation with years of driving suggests a dose-response relationship", ["correlation", "years"]),
      pt(
        "p4",
        1,
        "Limitation: e.g. Maguire's quasi-experiment is correlational - people with a larger hippocampus might be more likely to become/stay taxi drivers",
        ["quasi", "correlational", "direction"],
      ),
      pt("p5", 1, "Limitation: small samples / one gender / specific skill limit generalisation; MRI cannot show what happened at the cellular level", [
        "sample",
        "generalise",
      ]),
      pt("p6", 1, "Judgement on what the study can and cannot show", ["overall", "conclusion"]),
    ],
    answer:
      "**Study:** Maguire et al. (2000) compared structural MRI scans of 16 male London taxi drivers with those of men who were not taxi drivers. Drivers had larger posterior hippocampi, and the longer they had driven a taxi, the larger this region was.\n\n**Strengths.** MRI gives objective, reliable measurements and is non-invasive. The correlation between years of driving and hippocampal volume is evidence consistent with change through use, not just a pre-existing difference.\n\n**Limitations.** This is a quasi-experiment: participants were not randomly allocated, so the direction of causality is uncertain; people born with a larger posterior hippocampus might find navigation easier and stay in the job longer (though the correlation with years makes this less likely). The sample was small, all male and in one job, so the findings may not generalise. MRI shows volume, not whether new neurons or new connections caused the change. Later research by the same team, following trainee drivers over time, helped address the causality problem.\n\n**Judgement.** The study is strong evidence that navigation experience is *associated* with hippocampal structure and is consistent with neuroplasticity, but on its own it cannot prove that training caused the change.",
  }),
  written({
    key: "b5-01",
    topic: "B.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study that provides evidence for the localization of function in the brain.",
    points: [
      pt(
        "p1",
        1,
        "Study identified with its participant(s) (e.g. Scoville and Milner (1957): patient H.M., whose medial temporal lobes, including most of the hippocampus, were removed bilaterally to treat epilepsy)",
        ["H.M.", "hippocampus", "Broca"],
      ),
      pt("p2", 1, "Method described (e.g. case study: interviews, memory tests and observation over many years)", ["case study", "tests"]),
      pt(
        "p3",
        1,
        "Finding (e.g. severe anterograde amnesia for new facts and events, but short-term memory and procedural learning such as mirror drawing were intact)",
        ["anterograde", "procedural", "mirror"],
      ),
      pt(
        "p4",
        1,
        "Conclusion on localization (e.g. the hippocampus is needed to transfer new declarative memories into long-term memory, but not for procedural memory)",
        ["localization", "declarative"],
      ),
    ],
    answer:
      "**Case of H.M. (Scoville and Milner, 1957, and later studies by Milner and others).**\n\nH.M. had severe epilepsy. In 1953, to reduce his seizures, surgeons removed parts of his medial temporal lobes on both sides, including much of the hippocampus. Researchers then studied him for decades using memory tests, interviews and observation.\n\nAfter surgery he could not form new long-term memories of facts or events (**anterograde amnesia**), although he could hold information briefly in short-term memory and remembered much of his life from before the operation. He could also learn new motor skills, such as drawing a star while looking in a mirror, improving over days while not remembering having practised.\n\nThis suggests that the hippocampus has a specific function, transferring new declarative memories into long-term storage, while procedural memory depends on other areas.",
  }),
  mcq({
    key: "b5-02",
    topic: "B.5",
    difficulty: 2,
    paper: "P1",
    stem: "A patient has a stroke that damages part of the left frontal lobe. Afterwards she understands speech well but speaks slowly, with great effort and in short, broken phrases. Which area has most likely been damaged?",
    options: ["Wernicke's area", "The hippocampus", "Broca's area", "The primary visual cortex"],
    correct: "C",
    why: "C: Broca's area (left frontal lobe) is linked to speech production; damage gives effortful, non-fluent speech with comprehension largely spared",
    answer:
      "**C.** Broca's area, in the left frontal lobe, is associated with producing speech. Damage typically gives *Broca's (expressive) aphasia*: comprehension is largely intact but speech is slow, effortful and broken, as in this patient. Wernicke's area (A), in the left temporal lobe, is linked to understanding language: damage gives fluent but meaningless speech and poor comprehension. The hippocampus (B) is linked to memory and the visual cortex (D) to vision.",
  }),
  written({
    key: "b6-01",
    topic: "B.6",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain how **twin studies** are used to investigate the role of genetic inheritance in behaviour. Refer to **one** study in your answer.",
    points: [
      pt("p1", 1, "Logic: MZ twins share (nearly) 100% of their genes, DZ twins about 50% on average", ["monozygotic", "dizygotic", "100%", "50%"]),
      pt("p2", 1, "Concordance rates / correlations for MZ and DZ pairs are compared; higher MZ similarity suggests a genetic contribution (heritability)", [
        "concordance",
        "heritability",
        "compare",
      ]),
      pt("p3", 1, "Twins reared apart help separate genes from shared environment", ["reared apart"]),
      pt(
        "p4",
        2,
        "Study described accurately, e.g. Bouchard et al. (1990), Minnesota Study of Twins Reared Apart: MZ twins raised in different families were tested on IQ; their scores correlated about 0.7, suggesting around 70% of IQ variance in that sample was associated with genetic differences",
        ["Bouchard", "Minnesota", "0.7", "IQ"],
      ),
      pt(
        "p5",
        1,
        "Limitation: equal environments assumption / twins reared apart were often placed in similar homes, so genetic influence may be overestimated; heritability applies to populations, not individuals",
        ["equal environments", "overestimate", "population"],
      ),
    ],
    answer:
      "**Logic of twin studies.** Identical (monozygotic, MZ) twins share nearly all their genes; fraternal (dizygotic, DZ) twins share about half on average, like ordinary siblings. If both kinds of twins grow up in equally similar environments, greater similarity between MZ twins than DZ twins on a trait suggests that genes contribute to it. Similarity is expressed as a **concordance rate** (for categories, e.g. having a disorder) or a **correlation** (for scores, e.g. IQ), and used to estimate **heritability**.\n\n**Study.** In the Minnesota Study of Twins Reared Apart, Bouchard and colleagues (1990) located MZ twins who had been separated early in life and raised in different families, and gave them extensive tests, including IQ tests. The IQ scores of the separated MZ twins correlated at about 0.7. Because these twins did not share a home, the researchers argued that about 70% of the variation in IQ in this population was associated with genetic variation.\n\n**Limitation.** Separated twins were often placed in similar families, shared a prenatal environment and sometimes had contact, so environmental similarity may inflate the estimate. Heritability also describes a population in a particular environment, not how much of one person's IQ is 'genetic'.",
  }),
  mcq({
    key: "b6-02",
    topic: "B.6",
    difficulty: 3,
    paper: "P1",
    stem: "In a hypothetical twin study of a disorder, the concordance rate is 48% for identical (MZ) twins and 17% for fraternal (DZ) twins. Which conclusion is best supported?",
    options: [
      "The disorder is entirely caused by genes.",
      "The environment has no role because MZ concordance is higher.",
      "The disorder is not genetic because MZ concordance is below 100%.",
      "Genes contribute to the disorder, but environmental factors must also play a role.",
    ],
    correct: "D",
    why: "D: higher MZ than DZ concordance suggests a genetic contribution; MZ concordance below 100% shows non-genetic factors also matter",
    answer:
      "**D.** MZ twins share nearly all their genes, DZ twins about half. The higher MZ concordance (48% vs 17%) suggests a genetic contribution. But if genes were the whole story, MZ concordance would be close to 100%: in more than half of MZ pairs only one twin has the disorder, so environmental factors must also be involved. A and B overstate genetics; C ignores the large MZ-DZ difference.",
  }),
  written({
    key: "b7-01",
    topic: "B.7",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain the **diathesis–stress model** with reference to **one** study.",
    points: [
      pt("p1", 1, "Diathesis = a predisposition/vulnerability (e.g. genetic) that on its own does not cause the disorder", [
        "diathesis",
        "vulnerability",
        "predisposition",
      ]),
      pt("p2", 1, "Stress = environmental trigger (e.g. stressful life events); the disorder develops when vulnerability interacts with enough stress", [
        "stress",
        "trigger",
        "interaction",
      ]),
      pt(
        "p3",
        2,
        "Study accurately described, e.g. Caspi et al. (2003): in a longitudinal birth cohort from Dunedin, New Zealand, people carrying one or two short alleles of the serotonin transporter gene (5-HTTLPR) who experienced several stressful life events between ages 21 and 26 were more likely to become depressed than long-allele homozygotes with the same number of events",
        ["Caspi", "5-HTT", "short allele", "life events", "longitudinal"],
      ),
      pt("p4", 1, "Link: neither the gene nor stress alone predicted depression as strongly as the combination - an interaction", [
        "interaction",
        "combination",
      ]),
      pt(
        "p5",
        1,
        "Evaluative comment, e.g. later large meta-analyses did not consistently replicate the gene-environment interaction / life events self-reported",
        ["replicate", "meta-analysis", "self-report"],
      ),
    ],
    answer:
      "The **diathesis–stress model** says that a disorder develops from an interaction between a **diathesis** (a vulnerability, often genetic, sometimes psychological) and **stress** (an environmental trigger). Neither is usually enough alone: a vulnerable person who meets little stress may stay well, and a non-vulnerable person may cope with a lot of stress.\n\n**Caspi et al. (2003)** followed a large birth cohort in Dunedin, New Zealand. They genotyped participants for a variation in the serotonin transporter gene (5-HTTLPR), which comes in short and long alleles, and asked about stressful life events (e.g. job loss, bereavement) between ages 21 and 26. Among people who reported four or more stressful events, those with one or two short alleles were more likely to have had a major depressive episode than those with two long alleles. Among people with few life events, genotype made little difference.\n\nThis fits the model: the short allele seemed to act as a diathesis that increased the effect of stress. However, later large meta-analyses have not consistently replicated this interaction, and life events were self-reported retrospectively, so the finding should be treated with caution.",
  }),
  written({
    key: "b8-01",
    topic: "B.8",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Discuss",
    stem: "Discuss the use of **animal models** in research into human behaviour. Refer to **one** animal study in your answer.",
    points: [
      pt(
        "p1",
        1,
        "Animal model defined: a non-human species studied because it shares relevant biological/behavioural features, to draw inferences about humans",
        ["animal model", "inference"],
      ),
      pt(
        "p2",
        2,
        "Animal study described accurately, e.g. Rosenzweig, Bennett and Diamond: rats raised in an enriched environment (large cage, toys, other rats) had a heavier/thicker cortex than rats raised alone in a plain cage",
        ["Rosenzweig", "enriched", "cortex", "rats"],
      ),
      pt(
        "p3",
        1,
        "Strength: allows procedures impossible with humans (controlled environments, dissection) so causal conclusions can be drawn; short lifespans allow development to be studied",
        ["control", "cause", "ethical"],
      ),
      pt(
        "p4",
        1,
        "Limitation: generalisation - differences between species' brains and behaviour (e.g. human cognition and culture) mean results may not transfer",
        ["generalise", "species"],
      ),
      pt("p5", 1, "Ethical issue: animals cannot consent and may suffer; the 3Rs (replacement, reduction, refinement) / cost-benefit analysis", [
        "3Rs",
        "replacement",
        "reduction",
        "refinement",
        "harm",
      ]),
    ],
    answer:
      "An **animal model** uses a non-human species that shares relevant features with humans (e.g. similar brain structures or neurotransmitters) so that researchers can make inferences about human behaviour.\n\n**Study.** In the 1960s-70s Rosenzweig, Bennett and Diamond raised rats in different environments. Some lived in an 'enriched' environment: a large cage with several rats and objects to explore that were changed regularly. Others lived alone in a small plain cage. After some weeks the rats were killed and their brains dissected: enriched rats had a heavier and thicker cortex, especially in areas linked to sensory processing, than deprived rats.\n\n**Strengths.** Researchers could control the rats' whole environment and randomly allocate them, so they could conclude that the environment *caused* the brain differences. Such manipulation and dissection would be impossible with humans.\n\n**Limitations.** Rats' brains and lives are much simpler than humans', so we cannot assume that 'enriching' a child's environment has the same effect. There are also ethical issues: animals cannot consent and were killed. Researchers today apply the **3Rs** (replace animals where possible, reduce numbers, refine procedures to reduce suffering) and justify studies by weighing benefits against harm.\n\n**Conclusion.** Animal models give causal evidence about biological mechanisms that suggests hypotheses for humans, but findings need to be confirmed with human research.",
  }),
  mcq({
    key: "b8-02",
    topic: "B.8",
    difficulty: 2,
    paper: "P1",
    stem: "A research team replaces some of its rat experiments with computer simulations and cell cultures, uses the smallest number of animals that still gives reliable results, and improves housing to reduce distress. Which ethical framework are they following?",
    options: ["The 3Rs: replacement, reduction and refinement", "Informed consent and debriefing", "The right to withdraw", "Deception with justification"],
    correct: "A",
    why: "A: replacement (alternatives), reduction (fewer animals), refinement (less suffering) are the 3Rs of animal research",
    answer:
      "**A.** Using simulations and cell cultures is *replacement*, using the minimum number of animals is *reduction*, and better housing to reduce distress is *refinement*. Consent, withdrawal and debriefing (B, C) apply to human participants; D is not an animal-welfare framework.",
  }),
  written({
    key: "b9-01",
    topic: "B.9",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Discuss",
    stem: "Discuss **biological reductionism** as an explanation of **one** behaviour.",
    points: [
      pt(
        "p1",
        1,
        "Biological reductionism defined: explaining complex behaviour in terms of lower-level biological components (genes, neurotransmitters, brain areas)",
        ["reductionism", "lower level"],
      ),
      pt("p2", 1, "Applied to one behaviour, e.g. depression explained by low serotonin", ["serotonin", "depression"]),
      pt("p3", 1, "Strength: allows precise, testable hypotheses and controlled experiments; has led to treatments (e.g. SSRIs)", ["testable", "treatment"]),
      pt(
        "p4",
        1,
        "Limitation: ignores cognitive and sociocultural factors (e.g. negative thinking, poverty, life events) / the serotonin hypothesis has weak direct support",
        ["cognitive", "sociocultural", "ignores"],
      ),
      pt("p5", 1, "Limitation: correlation or treatment effect does not prove cause (treatment-aetiology fallacy); biology may be a result of the behaviour", [
        "cause",
        "aetiology",
      ]),
      pt("p6", 1, "Conclusion: an interactionist or biopsychosocial explanation (e.g. diathesis–stress) is usually more complete", [
        "interactionist",
        "biopsychosocial",
      ]),
    ],
    answer:
      "**Biological reductionism** explains a complex behaviour by breaking it down into lower-level biological parts such as genes, hormones, neurotransmitters or brain areas.\n\n**Example: depression.** The serotonin hypothesis explained depression as a result of too little serotonin activity. Drugs that increase serotonin availability (SSRIs) help some patients, which seemed to support it.\n\n**Strengths.** Reducing behaviour to measurable variables lets researchers form precise, testable hypotheses and run controlled experiments (e.g. tryptophan depletion). It has led to medical treatments.\n\n**Limitations.** Reductionism leaves out other levels that matter: negative thinking patterns (cognitive) and poverty, loss or social isolation (sociocultural) also predict depression. That a drug helps does not show that the chemical caused the disorder (the 'treatment-aetiology fallacy'), and reviews have found weak direct evidence that people with depression have low serotonin. Biological changes may also be an effect of the condition rather than its cause.\n\n**Conclusion.** Reductionism is useful as a research strategy, but an interactionist explanation, such as the diathesis–stress model, gives a fuller account of depression.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Cognitive approach
// ─────────────────────────────────────────────────────────────────────────────
const cognitive: QuestionInput[] = [
  written({
    key: "cg1-01",
    topic: "CG.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of the **anchoring bias**.",
    points: [
      pt("p1", 1, "Anchoring bias defined / aim: an initial value (anchor) influences later numerical estimates, even when irrelevant", ["anchor", "estimate"]),
      pt(
        "p2",
        1,
        "Method, e.g. Tversky and Kahneman (1974): a wheel of fortune apparently random but fixed to stop at 10 or 65 was spun in front of participants, who judged whether the percentage of African countries in the UN was higher or lower than that number, then estimated it",
        ["wheel", "10", "65", "Tversky"],
      ),
      pt("p3", 1, "Finding: median estimates were 25% for those who saw 10 and 45% for those who saw 65", ["25", "45", "median"]),
      pt("p4", 1, "Conclusion: people adjust insufficiently from an anchor even when they know it is arbitrary", ["insufficient adjustment", "arbitrary"]),
    ],
    answer:
      "The **anchoring bias** is the tendency for an initial number to pull later estimates towards it.\n\n**Tversky and Kahneman (1974).** Participants watched a wheel of fortune being spun; it appeared random but was rigged to land on either 10 or 65. They first said whether the percentage of African countries in the United Nations was higher or lower than the number on the wheel, then gave their own estimate.\n\nThe median estimate was **25%** among those who saw 10 and **45%** among those who saw 65. Although the anchor was obviously irrelevant, it shifted estimates: people started from the anchor and adjusted too little.",
  }),
  written({
    key: "cg1-02",
    topic: "CG.1",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "A hypothetical used-car dealer always opens negotiations with a price well above what she expects to receive.\n\nUsing your knowledge of the **anchoring bias**, explain why this strategy may work. Refer to research in your answer.",
    points: [
      pt("p1", 1, "Anchoring defined: estimates are biased towards an initial value", ["anchor"]),
      pt(
        "p2",
        1,
        "Application: the high opening price becomes the reference point from which the buyer adjusts; adjustment is insufficient so the agreed price ends higher",
        ["reference point", "adjust"],
      ),
      pt(
        "p3",
        1,
        "Explanation in dual-processing terms / selective accessibility: the anchor makes anchor-consistent information (reasons the car is worth a lot) more accessible",
        ["System 1", "accessible", "heuristic"],
      ),
      pt(
        "p4",
        2,
        "Research described accurately, e.g. Tversky and Kahneman (1974) wheel of fortune (10 vs 65 gave medians 25% vs 45%) or Englich, Mussweiler and Strack (2006): experienced legal professionals who rolled loaded dice before sentencing a hypothetical shoplifting case gave longer sentences after a higher number",
        ["Tversky", "Englich", "dice", "wheel"],
      ),
      pt("p5", 1, "Limitation/qualifier: effect is weaker when buyers have expertise or accurate knowledge of market value / prepare their own anchor", [
        "expertise",
        "knowledge",
      ]),
    ],
    answer:
      "The **anchoring bias** is the tendency for an initial value to influence later judgements. People start from the anchor and adjust, but usually adjust too little.\n\n**Application.** When the dealer names a high price first, that figure becomes the buyer's reference point. Even if the buyer bargains, they adjust downward from the anchor rather than from the car's real value, so the final price is likely to be higher than if the dealer had started low. One explanation is that the anchor makes information consistent with it more accessible: the buyer starts thinking about reasons the car might be worth that much.\n\n**Research.** Tversky and Kahneman (1974) showed that even a clearly random number (10 or 65 on a rigged wheel) moved median estimates of the percentage of African countries in the UN (25% vs 45%). Englich, Mussweiler and Strack (2006) found that experienced legal professionals who rolled loaded dice before deciding a sentence for a hypothetical shoplifting case recommended longer sentences after rolling a high number, so even experts in a serious decision are affected.\n\n**Qualification.** The effect may be weaker if the buyer has researched the market value or makes the first offer, providing a competing anchor.",
  }),
  written({
    key: "cg2-01",
    topic: "CG.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain how a **phobia** could be acquired through **classical conditioning**.",
    points: [
      pt("p1", 1, "Unconditioned stimulus (e.g. loud noise) naturally produces an unconditioned response (fear)", ["unconditioned stimulus", "UCS", "UCR"]),
      pt("p2", 1, "A neutral stimulus (e.g. a white rat) is repeatedly paired with the UCS", ["neutral stimulus", "paired", "association"]),
      pt("p3", 1, "The neutral stimulus becomes a conditioned stimulus that alone produces a conditioned response (fear)", [
        "conditioned stimulus",
        "conditioned response",
      ]),
      pt("p4", 1, "Generalisation to similar stimuli / example: Watson and Rayner (1920) - Little Albert feared the rat and later other furry objects", [
        "generalisation",
        "Little Albert",
        "Watson",
      ]),
    ],
    answer:
      "In classical conditioning, a stimulus that naturally causes a response becomes linked with a neutral stimulus.\n\n- A loud, sudden noise is an **unconditioned stimulus (UCS)** that produces fear, an **unconditioned response (UCR)**.\n- A **neutral stimulus (NS)**, such as a white rat, is presented at the same time as the noise several times.\n- The rat becomes a **conditioned stimulus (CS)**: it now produces fear (the **conditioned response**, CR) on its own.\n- The fear can **generalise** to similar stimuli.\n\nWatson and Rayner (1920) did this with an infant, 'Little Albert'. A steel bar was struck behind him whenever he touched a white rat; after several pairings he cried at the rat alone, and later reacted with distress to other furry things such as a rabbit and a fur coat. (The study would be unethical today: the child was deliberately frightened and the fear was never removed.)",
  }),
  mcq({
    key: "cg2-02",
    topic: "CG.2",
    difficulty: 2,
    paper: "P1",
    stem: "A dog has been conditioned to salivate when a bell rings. The bell is now rung many times without any food. The dog gradually stops salivating to the bell. This process is called:",
    options: ["Stimulus generalisation", "Negative reinforcement", "Extinction", "Spontaneous recovery"],
    correct: "C",
    why: "C: extinction - the conditioned response weakens when the CS is repeatedly presented without the UCS",
    answer:
      "**C.** When a conditioned stimulus (bell) is repeatedly presented without the unconditioned stimulus (food), the conditioned response weakens and disappears: **extinction**. Spontaneous recovery (D) is the later, sudden return of the response after a rest; generalisation (A) is responding to similar stimuli; negative reinforcement (B) belongs to operant conditioning.",
  }),
  written({
    key: "cg3-01",
    topic: "CG.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Outline",
    stem: "Outline **cognitive load theory**, including the **three** types of cognitive load.",
    points: [
      pt("p1", 1, "Working memory has limited capacity; learning fails when load exceeds it; schemas in long-term memory reduce load", [
        "working memory",
        "limited capacity",
        "schema",
      ]),
      pt("p2", 1, "Intrinsic load: the difficulty built into the material (number of interacting elements) relative to the learner's expertise", [
        "intrinsic",
        "element interactivity",
      ]),
      pt("p3", 1, "Extraneous load: load caused by the way information is presented, which does not help learning (e.g. split attention)", [
        "extraneous",
        "presentation",
      ]),
      pt("p4", 1, "Germane load: effort devoted to building schemas / processing that supports learning", ["germane", "schema construction"]),
    ],
    answer:
      "**Cognitive load theory** (developed by John Sweller from the late 1980s) starts from the idea that working memory can process only a few new elements at once, while long-term memory holds schemas that let experts treat many elements as one. Instruction should keep total load within working-memory capacity.\n\n- **Intrinsic load** comes from the material itself: how many elements must be processed together. It is higher for novices than for experts.\n- **Extraneous load** comes from poor presentation, such as a diagram and its explanation placed far apart (split attention), and wastes capacity.\n- **Germane load** is the effort that goes into building and automating schemas, the processing that actually produces learning.\n\nGood teaching reduces extraneous load so that capacity is free for germane processing.",
  }),
  written({
    key: "cg3-02",
    topic: "CG.3",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "A hypothetical teacher's worksheet places a labelled diagram of the brain on page 1 and the paragraphs explaining each label on page 3. Students also listen to background music while working.\n\nUsing **cognitive load theory**, explain why students may learn less from this worksheet and suggest **two** changes.",
    points: [
      pt("p1", 1, "Working memory is limited; learning needs capacity for schema construction", ["working memory", "limited"]),
      pt(
        "p2",
        1,
        "Separating diagram and text creates split attention: students must hold one source in working memory while searching the other (extraneous load)",
        ["split attention", "extraneous"],
      ),
      pt("p3", 1, "Background music (especially with lyrics) adds extraneous load/competes for the phonological loop / auditory processing", [
        "music",
        "distraction",
      ]),
      pt("p4", 1, "Less capacity left for germane processing, so fewer schemas formed", ["germane"]),
      pt("p5", 1, "Change 1: integrate the text into the diagram (labels next to parts)", ["integrate", "next to"]),
      pt("p6", 1, "Change 2: remove the music / provide worked examples / segment the material for novices", ["remove", "worked example", "segment"]),
    ],
    answer:
      "Cognitive load theory says working memory can handle only a few new elements at once; if too much capacity is used up by the way material is presented (**extraneous load**), less is left for building schemas (**germane load**).\n\n- Putting the diagram and its explanations two pages apart causes a **split-attention** effect: students must keep the diagram in mind while reading, or flip back and forth, which uses capacity without helping learning.\n- Background music, especially with lyrics, competes for auditory/verbal processing and adds further extraneous load.\n\nBecause the brain diagram already has high **intrinsic** load for novices (many interacting parts), the extra load may exceed capacity, so students remember less.\n\n**Changes:** (1) place each explanation directly next to or on the part of the diagram it describes (integrated format); (2) remove the music. Other acceptable changes: give a worked example first, or present the material in smaller segments.",
  }),
  written({
    key: "cg4-01",
    topic: "CG.4",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Describe",
    stem: "Describe the **multi-store model of memory** and **one** study that supports it.",
    points: [
      pt(
        "p1",
        1,
        "Three stores: sensory memory, short-term memory (STM), long-term memory (LTM), information flows in sequence (Atkinson and Shiffrin, 1968)",
        ["sensory", "short-term", "long-term"],
      ),
      pt("p2", 1, "Attention transfers information from sensory memory to STM; rehearsal transfers from STM to LTM", ["attention", "rehearsal"]),
      pt(
        "p3",
        1,
        "Differences in capacity/duration/encoding (e.g. STM about 7±2 items, 18-30 s, mainly acoustic; LTM unlimited, long-lasting, mainly semantic)",
        ["capacity", "duration", "7"],
      ),
      pt(
        "p4",
        2,
        "Study accurately described, e.g. Glanzer and Cunitz (1966): participants recalled word lists in free recall; with immediate recall both primacy and recency effects appeared, but a 30-second delay filled with counting removed the recency effect while primacy remained",
        ["Glanzer", "primacy", "recency", "delay"],
      ),
      pt("p5", 1, "Link: primacy reflects LTM (rehearsed items), recency reflects STM (displaced by the distractor task), supporting separate stores", [
        "separate stores",
        "displaced",
      ]),
    ],
    answer:
      "**The model (Atkinson and Shiffrin, 1968).** Memory consists of three stores linked in a sequence:\n- **Sensory memory** holds large amounts of raw sensory information very briefly. Information we pay **attention** to passes on.\n- **Short-term memory (STM)** holds around 7±2 items for up to about 18-30 seconds without rehearsal, mainly encoded acoustically.\n- **Rehearsal** transfers information into **long-term memory (LTM)**, which has very large capacity and long duration and is mainly semantic. Retrieval brings information back to STM.\n\n**Study: Glanzer and Cunitz (1966).** Participants heard lists of words and recalled them in any order. When recall was immediate, words at the start (**primacy effect**) and at the end (**recency effect**) of the list were remembered best. When participants had to do a counting task for 30 seconds before recalling, the recency effect disappeared while the primacy effect stayed.\n\n**Link.** Early words had been rehearsed into LTM, so delay did not affect them; the last words were still in STM and were displaced by the counting task. The two effects behave differently, supporting the idea of separate STM and LTM stores.",
  }),
  written({
    key: "cg4-02",
    topic: "CG.4",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    term: "Evaluate",
    stem: "Evaluate **one** cognitive model of memory.",
    points: erq(
      "the response evaluates one model (e.g. the working memory model or the multi-store model), weighing strengths and limitations and reaching a judgement",
      "the model's structure and processes are explained accurately (e.g. working memory: central executive, phonological loop, visuospatial sketchpad, episodic buffer; limited capacity of each component)",
      "at least one relevant study is described with aim, method, findings and linked to the model (e.g. dual-task studies showing two verbal tasks interfere while a verbal and a visual task do not; case studies such as KF, whose verbal STM was impaired while visual STM was not)",
      "evaluation of the model (e.g. supported by dual-task and brain-damage evidence; explains everyday multitasking better than a single STM store; but the central executive is vague and hard to test; laboratory tasks with artificial stimuli; case studies of brain damage are hard to generalise) and of the research used",
    ),
    answer:
      "**Model: the working memory model (Baddeley and Hitch, 1974).** It replaced the single short-term store of the multi-store model with a system of limited-capacity components:\n- the **central executive**, which directs attention and coordinates the other parts;\n- the **phonological loop** (inner voice and inner ear) for sound- and speech-based information;\n- the **visuospatial sketchpad** for visual and spatial information;\n- the **episodic buffer** (added by Baddeley in 2000), which integrates information and links to long-term memory.\n\n**Research.** *Dual-task studies:* when people perform two tasks at once, performance drops if both use the same component (e.g. two verbal tasks) but much less if they use different components (a verbal and a visual task). This supports separate subsystems. *Case study evidence:* patient KF, who had brain damage after an accident, had very poor STM for verbal information heard aloud but better recall of visual information, suggesting the components are separate in the brain.\n\n**Evaluation.**\n- *Strengths:* the model explains why we can, for example, listen to directions while watching the road, something a single STM store cannot explain. It is supported by converging experimental, neuropsychological and brain-imaging evidence, and has been used to understand learning difficulties.\n- *Limitations:* the central executive is vaguely defined: it explains any result and is hard to test, which makes the model partly unfalsifiable. Dual-task experiments use artificial laboratory tasks with low ecological validity. Case studies of brain-injured patients involve unique damage and may not generalise; KF's difficulties might reflect other impairments. The model focuses on short-term processing and says little about long-term memory.\n\n**Judgement.** The working memory model gives a better account of short-term processing than the multi-store model and is well supported by research, but key components remain underspecified, so it is best seen as a useful framework that continues to be refined.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "cg5-01",
    topic: "CG.5",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of **confirmation bias**.",
    points: [
      pt("p1", 1, "Confirmation bias defined: seeking, interpreting or remembering information in ways that confirm existing beliefs/hypotheses", [
        "confirm",
        "existing beliefs",
      ]),
      pt(
        "p2",
        1,
        "Method, e.g. Wason (1960) 2-4-6 task: participants were told '2, 4, 6' fits a rule and had to discover the rule by proposing triples and getting feedback",
        ["Wason", "2-4-6", "triples"],
      ),
      pt(
        "p3",
        1,
        "Finding: most participants tested triples that fitted their own hypothesis (e.g. 'numbers increasing by 2') rather than trying to disconfirm it, and many announced a wrong rule",
        ["confirming", "wrong rule"],
      ),
      pt("p4", 1, "Conclusion: people tend to test hypotheses by looking for confirming evidence; the real rule was simply 'any ascending sequence'", [
        "ascending",
        "disconfirm",
      ]),
    ],
    answer:
      "**Confirmation bias** is the tendency to search for, interpret and remember information that supports what we already believe, and to neglect information that could show we are wrong.\n\n**Wason (1960).** Participants were told that the sequence *2, 4, 6* followed a rule, and they had to discover it. They could propose their own three-number sequences; the experimenter said whether each one fitted. When confident, they announced the rule.\n\nMost participants formed a specific hypothesis (e.g. 'even numbers increasing by two') and proposed sequences that fitted it (8, 10, 12...). Each one was confirmed, so they announced their rule, which was wrong: the actual rule was simply *any ascending sequence*. Few tried sequences that would have falsified their hypothesis (e.g. 1, 2, 3 or 6, 4, 2).\n\nWason concluded that people tend to test hypotheses by seeking confirmation rather than disconfirmation.",
  }),
  mcq({
    key: "cg5-02",
    topic: "CG.5",
    difficulty: 2,
    paper: "P1",
    stem: "A student believes that people born in winter are more introverted. She remembers the quiet winter-born people she knows but forgets the outgoing ones. This is best described as:",
    options: ["The anchoring bias", "Cognitive dissonance", "The availability of a schema for introversion", "Confirmation bias"],
    correct: "D",
    why: "D: selectively remembering belief-consistent cases is confirmation bias",
    answer:
      "**D.** She selectively remembers cases that fit her belief and forgets those that contradict it, which is **confirmation bias** (it affects memory and interpretation as well as search). Anchoring (A) concerns numerical estimates pulled towards an initial value; dissonance (B) is discomfort from inconsistent cognitions; C does not explain the selective pattern.",
  }),
  written({
    key: "cg6-01",
    topic: "CG.6",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain **dual processing theory** with reference to **one** study.",
    points: [
      pt("p1", 1, "System 1: fast, automatic, intuitive, effortless, uses heuristics", ["System 1", "fast", "automatic", "heuristic"]),
      pt("p2", 1, "System 2: slow, deliberate, effortful, rule-based, limited capacity", ["System 2", "slow", "effortful"]),
      pt("p3", 1, "System 1 is the default; System 2 may check and override it but is 'lazy', so errors/biases occur", ["override", "default", "bias"]),
      pt(
        "p4",
        2,
        "Study described accurately, e.g. Frederick's Cognitive Reflection Test (2005): problems with an intuitive but wrong answer (such as the bat-and-ball problem); many participants, including students at selective universities, gave the intuitive wrong answers / Alter et al. (2007): a hard-to-read font produced more correct CRT answers, thought to trigger System 2",
        ["Cognitive Reflection Test", "bat and ball", "Frederick", "Alter", "font"],
      ),
      pt(
        "p5",
        1,
        "Link to theory and/or limitation (e.g. the disfluent-font effect did not replicate in larger samples; the two systems are a simplification)",
        ["replicate", "simplification"],
      ),
    ],
    answer:
      "**Dual processing theory** (popularised by Kahneman) proposes two modes of thinking. **System 1** is fast, automatic, effortless and intuitive, relying on heuristics. **System 2** is slow, effortful, deliberate and logical, with limited capacity. System 1 runs by default; System 2 can monitor and override it, but because it takes effort people often accept System 1's answer, which produces predictable errors.\n\n**Study: Frederick (2005).** The Cognitive Reflection Test has three short problems each designed so that an intuitive answer springs to mind but is wrong. In the best known, a bat and a ball together cost a small amount and the bat costs a fixed amount more than the ball; most people immediately give the ball's price as the difference, which is wrong. Frederick gave the test to thousands of people, including students at highly selective universities, and many gave the intuitive wrong answers.\n\nThis supports the theory: System 1 produces a quick answer, and unless System 2 checks it, the error stands. Alter et al. (2007) reported that printing the problems in a hard-to-read font increased correct answers, arguing that disfluency activates System 2, but larger later studies did not replicate that effect, so the conditions that trigger System 2 remain debated.",
  }),
  written({
    key: "cg7-01",
    topic: "CG.7",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Distinguish",
    stem: "Distinguish between **negative reinforcement** and **punishment** in operant conditioning. Use an example of each.",
    points: [
      pt("p1", 1, "Negative reinforcement: removing an unpleasant stimulus after a behaviour, which increases the behaviour", ["removing", "increase"]),
      pt("p2", 1, "Example of negative reinforcement (e.g. taking a painkiller removes a headache, so painkiller-taking increases)", ["example"]),
      pt("p3", 1, "Punishment: a consequence that decreases the behaviour (adding something unpleasant or removing something pleasant)", [
        "decrease",
        "punishment",
      ]),
      pt("p4", 1, "Example of punishment (e.g. a fine for speeding / losing phone privileges for coming home late)", ["example"]),
    ],
    answer:
      "Both involve consequences that follow a behaviour, but they have opposite effects.\n\n- **Negative reinforcement** *strengthens* a behaviour by *removing* something unpleasant. Example: taking a painkiller takes away a headache, so the person is more likely to take painkillers in future.\n- **Punishment** *weakens* a behaviour. Positive punishment adds something unpleasant (a speeding fine); negative punishment removes something pleasant (a teenager loses phone privileges for coming home late).\n\nThe common confusion is to treat 'negative' as 'bad': in operant terms 'negative' only means *taking away*, and any reinforcement increases behaviour.",
  }),
  mcq({
    key: "cg7-02",
    topic: "CG.7",
    difficulty: 3,
    paper: "P1",
    stem: "Which schedule of reinforcement usually produces behaviour that is most **resistant to extinction**?",
    options: ["Continuous reinforcement", "Fixed-interval reinforcement", "Variable-ratio reinforcement", "Fixed-ratio reinforcement"],
    correct: "C",
    why: "C: on a variable-ratio schedule the learner cannot predict which response will be rewarded, so responding persists long after rewards stop",
    answer:
      "**C.** With variable-ratio reinforcement (a reward after an unpredictable number of responses, as with slot machines) the organism cannot tell when rewards have stopped, so it keeps responding: high, steady rates and strong resistance to extinction. Continuous reinforcement (A) is learned quickly but extinguishes quickly, because the absence of the reward is obvious.",
  }),
  written({
    key: "cg8-01",
    topic: "CG.8",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study investigating **schema theory**.",
    points: [
      pt("p1", 1, "Aim, e.g. Bartlett (1932): how cultural schemas affect the recall of an unfamiliar story", ["aim", "Bartlett"]),
      pt(
        "p2",
        1,
        "Method, e.g. British participants read a Native American folk tale ('The War of the Ghosts') and reproduced it repeatedly over time (repeated reproduction) or passed it along a chain (serial reproduction)",
        ["War of the Ghosts", "reproduction"],
      ),
      pt(
        "p3",
        1,
        "Findings: story became shorter; unfamiliar details omitted or changed to fit British culture (e.g. 'canoes' became 'boats'); supernatural elements rationalised",
        ["shorter", "rationalised", "boats"],
      ),
      pt("p4", 1, "Conclusion: memory is reconstructive and schemas shape encoding/retrieval", ["reconstructive", "schema"]),
    ],
    answer:
      "**Bartlett (1932).** *Aim:* to see how people's cultural expectations (schemas) affect how they remember an unfamiliar story.\n\n*Method:* British participants read 'The War of the Ghosts', a Native American folk tale with unfamiliar names, events and a supernatural ending. Some retold it several times over days, weeks or months (repeated reproduction); in serial reproduction one person's version was passed on to the next.\n\n*Findings:* with each retelling the story became shorter and more coherent by British standards. Unfamiliar details were left out or replaced with familiar ones (e.g. *canoes* became *boats*), and the supernatural elements were explained away or dropped.\n\n*Conclusion:* memory is **reconstructive**: people fill gaps and distort material using existing schemas. (The study lacked standard instructions and controls, so it is best seen as an early, informal demonstration.)",
  }),
  written({
    key: "cg8-02",
    topic: "CG.8",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain how schemas can affect memory at **encoding** and at **retrieval**. Refer to research in your answer.",
    points: [
      pt("p1", 1, "Schema defined: a mental representation/framework of knowledge about an object, event or situation built from experience", [
        "schema",
        "mental representation",
      ]),
      pt(
        "p2",
        1,
        "At encoding: schemas direct attention and help organise information, so schema-consistent (and strikingly inconsistent) information is encoded better",
        ["encoding", "attention"],
      ),
      pt("p3", 1, "At retrieval: schemas guide search and fill gaps, so schema-consistent false memories can occur", [
        "retrieval",
        "fill gaps",
        "false memory",
      ]),
      pt(
        "p4",
        2,
        "Research described, e.g. Anderson and Pichert (1978): participants read a story about a house from the perspective of a burglar or a homebuyer; after recall, switching perspective led them to recall additional details relevant to the new perspective - evidence of a retrieval effect / Brewer and Treyens (1981) office study",
        ["Anderson", "Pichert", "burglar", "homebuyer", "Brewer"],
      ),
      pt("p5", 1, "Link: information not recalled at first was encoded but only retrieved when the relevant schema was activated", ["activated"]),
    ],
    answer:
      "A **schema** is an organised mental representation of knowledge about something (an object, event, role or situation) built up from experience.\n\n**Encoding.** Schemas direct attention and help us organise new information, so details that fit the active schema are more likely to be encoded (and very unexpected details may also stand out). Brewer and Treyens (1981) had participants wait briefly in an 'office' and later tested their memory for its contents: they mostly remembered items typical of offices, and some 'remembered' books that were not there.\n\n**Retrieval.** Schemas also guide what we search for when recalling and fill gaps with what 'should' have been there. Anderson and Pichert (1978) asked participants to read a story about two boys in a house from the viewpoint of either a burglar or a homebuyer. After a first recall, some were asked to switch perspective and recall again. They now remembered extra details that mattered to the new schema (e.g. a leaking roof for a homebuyer, a coin collection for a burglar) that they had not recalled before.\n\nBecause the new details were recalled without reading the story again, they must have been encoded; activating a different schema made them retrievable. Schemas therefore influence memory at both stages.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Sociocultural approach
// ─────────────────────────────────────────────────────────────────────────────
const sociocultural: QuestionInput[] = [
  written({
    key: "s1-01",
    topic: "S.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of **cognitive dissonance**.",
    points: [
      pt(
        "p1",
        1,
        "Cognitive dissonance defined: discomfort from holding inconsistent cognitions (or behaviour contradicting attitude), motivating change to reduce it",
        ["discomfort", "inconsistent"],
      ),
      pt(
        "p2",
        1,
        "Method, e.g. Festinger and Carlsmith (1959): male students did boring tasks for an hour, then were paid either one dollar or twenty dollars to tell the next participant the tasks were enjoyable; a control group was not asked to lie",
        ["Festinger", "one dollar", "twenty dollars", "boring"],
      ),
      pt("p3", 1, "Finding: the one-dollar group later rated the tasks as more enjoyable than the twenty-dollar and control groups", ["more enjoyable"]),
      pt("p4", 1, "Conclusion: with insufficient external justification, participants reduced dissonance by changing their attitude to match their behaviour", [
        "insufficient justification",
        "attitude change",
      ]),
    ],
    answer:
      "**Cognitive dissonance** (Festinger) is the uncomfortable tension felt when two cognitions, or a belief and a behaviour, conflict. People are motivated to reduce it, for example by changing an attitude.\n\n**Festinger and Carlsmith (1959).** Male students spent an hour on very dull tasks (turning pegs, filling trays with spools). Then some were paid one dollar and others twenty dollars to tell a waiting participant that the tasks had been interesting. A control group did not have to lie. Later, all rated how enjoyable the tasks had been.\n\nThe one-dollar group rated the tasks as more enjoyable than both other groups. Twenty dollars was enough to justify lying, so there was little dissonance; one dollar was not, so those participants resolved the conflict between 'the task was boring' and 'I said it was fun' by coming to believe it was fairly enjoyable.",
  }),
  written({
    key: "s2-01",
    topic: "S.2",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain the **door-in-the-face** compliance technique with reference to **one** study.",
    points: [
      pt("p1", 1, "Technique: make a large request that is likely to be refused, then follow with the smaller, real request", [
        "large request",
        "smaller request",
      ]),
      pt(
        "p2",
        1,
        "Explanation: reciprocal concessions - the requester appears to concede, so the target feels obliged to concede too (norm of reciprocity) / perceptual contrast",
        ["reciprocity", "concession", "contrast"],
      ),
      pt(
        "p3",
        1,
        "Study method, e.g. Cialdini et al. (1975): students were first asked to counsel juvenile delinquents for two hours a week for two years (all refused), then asked to chaperone them on a two-hour trip to the zoo",
        ["Cialdini", "zoo", "juvenile"],
      ),
      pt("p4", 1, "Finding: about 50% agreed after the large request, compared with about 17% asked only the small request", ["50%", "17%"]),
    ],
    answer:
      "In the **door-in-the-face** technique, a requester starts with a large request that will almost certainly be refused, then makes the smaller request they really wanted. Because the requester seems to have made a concession, the target feels a social obligation to reciprocate with a concession of their own (the **norm of reciprocity**); the smaller request may also look more reasonable by contrast.\n\n**Cialdini et al. (1975).** Researchers approached students on a university campus. In the door-in-the-face condition they first asked them to volunteer as counsellors for juvenile delinquents two hours a week for at least two years; everyone refused. They then asked them to chaperone a group of delinquents on a two-hour trip to the zoo. About **50%** agreed, compared with about **17%** of students who were asked only the zoo request.",
  }),
  written({
    key: "s2-02",
    topic: "S.2",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Discuss",
    stem: "Discuss the ethical considerations of using **compliance techniques** in marketing, with reference to research.",
    points: [
      pt("p1", 1, "Compliance techniques defined/identified (foot-in-the-door, door-in-the-face, low-ball)", [
        "foot-in-the-door",
        "door-in-the-face",
        "low-ball",
      ]),
      pt("p2", 1, "Research showing techniques work (e.g. Cialdini et al. (1975) 50% vs 17%; Freedman and Fraser (1966) foot-in-the-door)", [
        "Cialdini",
        "Freedman",
        "research",
      ]),
      pt(
        "p3",
        1,
        "Ethical concern: techniques exploit social norms / automatic processing without the person's awareness - manipulation rather than informed choice",
        ["manipulation", "awareness", "informed"],
      ),
      pt("p4", 1, "Ethical concern: vulnerable groups (children, elderly, people in debt) may be harmed; low-ball is deceptive", ["vulnerable", "deceptive"]),
      pt("p5", 1, "Counter-point: the same techniques are used for prosocial aims (charities, health campaigns); people can refuse", ["prosocial", "charity"]),
      pt("p6", 1, "Conclusion / responsibility of marketers and regulators, e.g. consumer protection laws, informed public", ["regulation", "responsibility"]),
    ],
    answer:
      "**Compliance techniques** are ways of getting people to agree to a request: *foot-in-the-door* (a small request first), *door-in-the-face* (a large request first, then a smaller one) and *low-ball* (agreement is obtained, then the terms are made worse).\n\nResearch shows they work: in Cialdini et al.'s (1975) door-in-the-face study about half of students agreed to a two-hour volunteering request after refusing a huge one, compared with about a sixth of those asked directly. Freedman and Fraser (1966) found homeowners who first agreed to a small request were much more likely later to accept a large, unattractive sign in their garden.\n\n**Ethical concerns.** The techniques work by exploiting social norms (reciprocity, consistency) that operate with little conscious reflection, so the customer's agreement is not a fully informed choice. The low-ball technique relies on hiding the true cost. Vulnerable groups such as children, older people or people in financial difficulty may be pressured into purchases that harm them.\n\n**Counter-arguments.** The same methods are used by charities and health campaigns for prosocial ends, and people remain free to refuse; persuasion is a normal part of social life.\n\n**Conclusion.** Whether using them is ethical depends on honesty and on who benefits: techniques that deceive or target vulnerable people raise the clearest concerns, which is why consumer-protection rules and public awareness matter.",
  }),
  written({
    key: "s3-01",
    topic: "S.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of **conformity**.",
    points: [
      pt("p1", 1, "Aim, e.g. Asch (1951/1956): whether people would conform to a clearly wrong majority in an unambiguous task", ["aim", "Asch"]),
      pt("p2", 1, "Method: a naive participant sat with confederates who gave unanimous wrong answers on critical trials of a line-length judgement task", [
        "confederates",
        "line",
        "critical trials",
      ]),
      pt(
        "p3",
        1,
        "Findings: about a third (around 37%) of responses on critical trials conformed; about three-quarters of participants conformed at least once; control error rate under 1%",
        ["37%", "75%", "once"],
      ),
      pt("p4", 1, "Conclusion: normative social influence - many conformed to avoid standing out, even when they knew the answer was wrong", ["normative"]),
    ],
    answer:
      "**Asch's line-judgement studies (1951, 1956).** *Aim:* to see whether people would give an answer they could see was wrong in order to agree with a group.\n\n*Method:* male college students were tested in groups of about seven to nine. All but one were confederates. On each trial they said aloud which of three comparison lines matched a standard line; the real participant answered last or near last. On most trials (the critical trials) the confederates all gave the same obviously wrong answer.\n\n*Findings:* on critical trials about **37%** of the real participants' answers conformed to the wrong majority, and about **75%** conformed at least once. When participants judged alone, errors were under 1%. In post-experiment interviews many said they knew the answer was wrong but did not want to stand out.\n\n*Conclusion:* group pressure can produce conformity even on an unambiguous task, mainly through normative social influence.",
  }),
  written({
    key: "s3-02",
    topic: "S.3",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Evaluate",
    stem: "Evaluate research on the role of **culture** in **conformity**.",
    points: [
      pt(
        "p1",
        2,
        "Research described, e.g. Bond and Smith (1996): meta-analysis of over 130 Asch-type studies from 17 countries; conformity was higher in collectivist countries (using Hofstede's and other dimension scores) and had declined in the USA since the 1950s",
        ["Bond", "Smith", "meta-analysis", "collectivist"],
      ),
      pt("p2", 1, "Strength: very large combined sample across many cultures increases generalisability/reliability", ["large sample", "many countries"]),
      pt(
        "p3",
        1,
        "Limitation: correlational - culture was not manipulated, so other variables (e.g. era, student samples, procedural differences) could explain the difference",
        ["correlational", "not manipulated"],
      ),
      pt(
        "p4",
        1,
        "Limitation: uses an etic tool (Asch task) and nation-level dimension scores; 'conformity' may mean tact or group harmony in collectivist cultures (imposed etic)",
        ["imposed etic", "nation", "harmony"],
      ),
      pt("p5", 1, "Judgement about what the research shows", ["overall"]),
    ],
    answer:
      "**Research.** Bond and Smith (1996) carried out a meta-analysis of more than 130 studies that used Asch's line-judgement task (or close variants) in 17 countries. They found that conformity tended to be higher in countries scored as more collectivist (for example on Hofstede's individualism dimension), and that conformity in US studies had declined since Asch's original work in the 1950s.\n\n**Strengths.** Combining so many studies gives a very large sample and allows comparison across many cultures, making the pattern more reliable than any single study. It also shows that Asch's results were partly a product of their time and place.\n\n**Limitations.** The analysis is correlational: culture cannot be manipulated, and studies differed in era, sample (mostly students), group size and procedure, any of which might explain differences. Using nation-level dimension scores assumes everyone in a country shares one culture. The Asch task is an imposed etic measure: in a culture that values harmony, agreeing publicly may be seen as tact rather than 'yielding', so the same behaviour may not mean the same thing.\n\n**Judgement.** The research gives good evidence that conformity rates vary with culture and time, but it cannot show exactly which cultural values cause the difference, and emic research is needed to understand what conformity means in each context.",
  }),
  mcq({
    key: "s3-03",
    topic: "S.3",
    difficulty: 2,
    paper: "P1",
    stem: "In variations of Asch's line-judgement studies, which change produced the **largest drop** in conformity?",
    options: [
      "Increasing the majority from 3 to 15 confederates",
      "Making the lines easier to tell apart",
      "Asking participants to answer aloud rather than in writing",
      "Having one confederate give the correct answer throughout",
    ],
    correct: "D",
    why: "D: a single dissenting ally breaking the unanimity of the majority sharply reduced conformity",
    answer:
      "**D.** When one confederate consistently gave the correct answer, the majority was no longer unanimous and conformity fell sharply (to around 5% of critical-trial answers). Increasing the majority beyond about three to four people added little (A). Harder, not easier, tasks raise conformity (B), and answering aloud is the standard, higher-pressure condition; writing answers privately reduces conformity (C is the wrong way round).",
  }),
  written({
    key: "s4-01",
    topic: "S.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Outline",
    stem: "Outline **one** cultural dimension and how it may influence behaviour.",
    points: [
      pt(
        "p1",
        1,
        "Cultural dimension defined: a way of describing and comparing cultures along a continuum of shared values (e.g. from Hofstede's survey of IBM employees in many countries)",
        ["dimension", "Hofstede", "continuum"],
      ),
      pt("p2", 1, "Dimension explained, e.g. individualism vs collectivism: priority on personal goals/independent self vs group goals/interdependent self", [
        "individualism",
        "collectivism",
      ]),
      pt("p3", 1, "Effect on behaviour explained (e.g. collectivism linked with higher conformity / preference for group decisions)", [
        "behaviour",
        "conformity",
      ]),
      pt("p4", 1, "Supporting research or example (e.g. Bond and Smith (1996) meta-analysis of Asch-type studies)", ["research", "Bond"]),
    ],
    answer:
      "A **cultural dimension** is a scale on which cultures can be compared according to shared values. Hofstede derived the first dimensions from surveys of IBM employees in many countries in the late 1960s and 1970s.\n\n**Individualism vs collectivism.** In individualist cultures people see themselves as independent and prioritise personal goals and achievement; in collectivist cultures people see themselves as part of in-groups (family, community) and prioritise group goals and harmony.\n\n**Influence on behaviour.** Because collectivist values emphasise group harmony, people may be more willing to go along with the group. Bond and Smith's (1996) meta-analysis of Asch-type studies found higher conformity in more collectivist countries. The dimension describes average tendencies of a population, not every individual in it.",
  }),
  written({
    key: "s4-02",
    topic: "S.4",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Evaluate",
    stem: "Evaluate the use of **cultural dimensions** to explain behaviour.",
    points: [
      pt(
        "p1",
        1,
        "Cultural dimensions described (e.g. Hofstede: individualism-collectivism, power distance, uncertainty avoidance, masculinity-femininity, long-term orientation, indulgence)",
        ["Hofstede", "power distance", "uncertainty avoidance"],
      ),
      pt("p2", 1, "Strength: allow systematic, quantitative comparison and testable predictions about cultural differences", [
        "compare",
        "predictions",
        "quantitative",
      ]),
      pt("p3", 1, "Strength: supported by research linking dimensions to behaviour (e.g. conformity meta-analysis)", ["research"]),
      pt("p4", 1, "Limitation: original data from employees of one company, collected decades ago - sample bias and cultures change", [
        "IBM",
        "one company",
        "outdated",
      ]),
      pt("p5", 1, "Limitation: ecological fallacy - national averages do not describe individuals; nation is treated as culture; ignores subcultures", [
        "ecological fallacy",
        "individual",
        "nation",
      ]),
      pt("p6", 1, "Limitation: dimensions describe rather than explain; risk of stereotyping/imposed etic; judgement reached", [
        "describe",
        "stereotype",
        "etic",
      ]),
    ],
    answer:
      "**Cultural dimensions** are scales for comparing cultures' shared values. Hofstede's model, based on surveys of IBM employees in many countries, includes individualism-collectivism, power distance, uncertainty avoidance and masculinity-femininity; long-term orientation and indulgence were added later.\n\n**Strengths.** Dimensions make culture measurable, so researchers can compare many countries quantitatively and test predictions, for example that conformity is higher in collectivist cultures (supported by Bond and Smith's 1996 meta-analysis).\n\n**Limitations.**\n- The original sample was employees of one multinational company, mostly middle-class men, surveyed decades ago; they may not represent their countries, and cultures change.\n- Scores are national averages: applying them to individuals is the *ecological fallacy*. Treating a country as one culture ignores regional, ethnic and generational variation.\n- A dimension *describes* a difference but does not explain the process by which culture shapes behaviour (e.g. through enculturation and norms). Using them uncritically risks stereotyping and imposing an etic framework that may not capture local meanings.\n\n**Judgement.** Cultural dimensions are a useful starting point for generating hypotheses about group-level differences, but they should be combined with emic research and with measures of individuals' own values before explaining any particular person's behaviour.",
  }),
  written({
    key: "s5-01",
    topic: "S.5",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain what is meant by an **emic approach** to research, and **one** advantage and **one** disadvantage of it.",
    points: [
      pt(
        "p1",
        1,
        "Emic: studying a culture from within, using concepts and meanings that members of that culture use, usually by qualitative methods (participant observation, interviews)",
        ["from within", "insider", "qualitative"],
      ),
      pt("p2", 1, "Culture-specific: findings are not intended to be generalised to other cultures", ["culture-specific"]),
      pt("p3", 1, "Advantage: high credibility/validity - avoids imposing outside concepts; captures local meanings", ["credibility", "meaning"]),
      pt("p4", 1, "Disadvantage: difficult to compare across cultures / time-consuming / researcher bias (going native)", ["compare", "time", "bias"]),
    ],
    answer:
      "An **emic approach** studies behaviour from inside a particular culture, using the concepts and categories that its members themselves use. Researchers often spend long periods in the community, using participant observation and unstructured interviews, and they do not assume their findings hold elsewhere.\n\n**Advantage:** because local meanings are not replaced by the researcher's own categories, findings are more credible (valid) for that culture; for example, the way distress is described and experienced locally can be captured rather than forced into a Western diagnostic checklist.\n\n**Disadvantage:** the results are culture-specific, so they are hard to compare with other cultures, and the long, intensive fieldwork is time-consuming and vulnerable to researcher bias.",
  }),
  written({
    key: "s6-01",
    topic: "S.6",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain how **enculturation** may influence **one** behaviour.",
    points: [
      pt(
        "p1",
        1,
        "Enculturation defined: the process by which people learn the norms, values and behaviours of their own culture, often informally, from parents, peers, school, media",
        ["enculturation", "norms", "own culture"],
      ),
      pt("p2", 1, "Mechanism explained (e.g. observational learning, reinforcement, direct instruction)", ["observational learning", "reinforcement"]),
      pt("p3", 1, "Behaviour linked (e.g. gender roles / food preferences / emotional display rules)", ["gender roles", "display rules"]),
      pt(
        "p4",
        1,
        "Research or example used accurately (e.g. observational studies of parents with toddlers finding more positive reactions to gender-typed play; Bandura's modelling)",
        ["research", "example"],
      ),
    ],
    answer:
      "**Enculturation** is the process by which individuals learn the norms, values and expected behaviours of their own culture, mostly informally, from parents, peers, school and media.\n\n**Behaviour: gender-role behaviour.** Children observe how adults of their own gender behave (observational learning) and are rewarded or discouraged for their own behaviour. Observational research on families with toddlers (e.g. Fagot, 1978) found that parents tended to react more positively when children played with toys typical of their gender and more negatively when they played with toys typical of the other gender. Through repeated reinforcement and modelling, children come to adopt the gender norms of their culture, which is why gender roles differ between cultures and change over time.",
  }),
  written({
    key: "s7-01",
    topic: "S.7",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Compare and contrast",
    stem: "Compare and contrast **emic** and **etic** approaches to researching behaviour.",
    points: [
      pt("p1", 1, "Etic: studies behaviour from outside, comparing cultures using the same concepts/measures, looking for universals", [
        "etic",
        "outside",
        "universal",
      ]),
      pt("p2", 1, "Emic: studies a culture from inside using its own concepts; culture-specific", ["emic", "inside", "culture-specific"]),
      pt(
        "p3",
        1,
        "Similarity: both aim to understand culture's role in behaviour / both can use observations and interviews / both may be affected by researcher bias",
        ["similarity", "both"],
      ),
      pt("p4", 1, "Difference in methods: etic tends towards quantitative standardised measures; emic towards qualitative, immersive methods", [
        "quantitative",
        "qualitative",
      ]),
      pt(
        "p5",
        1,
        "Difference in strengths/risks: etic allows comparison but risks imposed etic (ethnocentrism); emic has high credibility but limited comparability",
        ["imposed etic", "ethnocentrism", "comparison"],
      ),
      pt(
        "p6",
        1,
        "Example of either (e.g. Ekman and Friesen's (1971) study of facial expression recognition among the Fore of Papua New Guinea as an etic study)",
        ["Ekman", "example"],
      ),
    ],
    answer:
      "**Etic** research studies behaviour from outside, using the same concepts and instruments in several cultures in search of universals. **Emic** research studies one culture from inside, using the meanings and categories of its members.\n\n**Similarities.** Both aim to understand how culture relates to behaviour, both can involve fieldwork such as interviews and observations, and both can be affected by researcher bias.\n\n**Differences.**\n- *Methods:* etic studies favour standardised, often quantitative measures that can be compared; emic studies favour qualitative, immersive methods such as participant observation.\n- *Generalisation:* etic findings aim to be universal; emic findings are culture-specific.\n- *Risks:* etic research risks an **imposed etic**: applying concepts from the researcher's culture that do not fit the other culture (ethnocentrism). Emic research has high credibility locally but is hard to compare across cultures.\n\n**Example.** Ekman and Friesen (1971) showed members of the Fore people of Papua New Guinea, who had had little contact with Western media, photos of facial expressions and found they matched most expressions to emotional stories much as Westerners did, an etic study suggesting some expressions are universal. Many researchers combine the two: emic work first to find local meanings, then etic comparison (a 'derived etic').",
  }),
  written({
    key: "s8-01",
    topic: "S.8",
    difficulty: 1,
    marks: 4,
    paper: "P1",
    term: "Outline",
    stem: "Outline **Berry's model of acculturation**.",
    points: [
      pt(
        "p1",
        1,
        "Acculturation: cultural and psychological change from continuous contact between two cultures; two dimensions - maintaining heritage culture and seeking contact with the host culture",
        ["acculturation", "heritage", "contact"],
      ),
      pt("p2", 1, "Integration (both maintained) and assimilation (host culture adopted, heritage given up)", ["integration", "assimilation"]),
      pt("p3", 1, "Separation (heritage kept, contact with host avoided) and marginalisation (neither)", ["separation", "marginalisation"]),
      pt("p4", 1, "Link to outcomes, e.g. integration is usually associated with lowest acculturative stress, marginalisation with the highest", [
        "acculturative stress",
      ]),
    ],
    answer:
      "**Acculturation** is the cultural and psychological change that follows continuous contact between two cultures, e.g. when people migrate. Berry's model describes two questions every migrant implicitly answers: *Is it valuable to keep my heritage culture?* and *Is it valuable to have relationships with the larger society?* Crossing the answers gives four strategies:\n\n| | Keep heritage: yes | Keep heritage: no |\n|---|---|---|\n| **Contact with host: yes** | Integration | Assimilation |\n| **Contact with host: no** | Separation | Marginalisation |\n\nResearch using the model generally finds that integration is linked with the least **acculturative stress** and marginalisation with the most, though the strategy a person can choose also depends on how the host society treats them.",
  }),
  written({
    key: "s8-02",
    topic: "S.8",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Interpret",
    stem: "A hypothetical study surveyed 200 adolescents who had migrated to a new country. Each was classified by Berry's acculturation strategies and completed a stress questionnaire (0-40, higher = more acculturative stress).\n\n| Strategy | n | Mean stress score |\n|---|---|---|\n| Integration | 90 | 14 |\n| Assimilation | 50 | 19 |\n| Separation | 40 | 21 |\n| Marginalisation | 20 | 29 |\n\nInterpret these results and identify **two** limitations of concluding that the acculturation strategy causes stress levels.",
    points: [
      pt("p1", 1, "Integration has the lowest mean stress (14) and marginalisation the highest (29)", ["14", "29", "lowest", "highest"]),
      pt("p2", 1, "Assimilation (19) and separation (21) are intermediate - keeping one culture is better than neither; supports Berry's prediction", [
        "intermediate",
        "Berry",
      ]),
      pt("p3", 1, "Means only - no spread/inferential test given, so size/significance of differences is unknown; marginalisation group is small (n = 20)", [
        "spread",
        "significance",
        "small",
      ]),
      pt("p4", 1, "Limitation 1: correlational/quasi-experimental - strategies were not manipulated, so stress might cause the strategy (reverse causality)", [
        "correlational",
        "reverse",
      ]),
      pt("p5", 1, "Limitation 2: confounding variables, e.g. discrimination, language skill, family income may affect both", ["confounding", "discrimination"]),
      pt("p6", 1, "Limitation: self-report questionnaire open to social desirability / cultural differences in reporting distress", [
        "self-report",
        "social desirability",
      ]),
    ],
    answer:
      "**Interpretation.** Integrated adolescents report the lowest mean acculturative stress (14/40) and marginalised adolescents the highest (29/40). Assimilated (19) and separated (21) adolescents lie in between. This pattern fits Berry's prediction: keeping links to both cultures is associated with least stress, keeping links to neither with most. However, only means are given: without measures of spread or a statistical test we cannot tell whether the differences are significant, and the marginalised group is small (20).\n\n**Limitations for a causal conclusion.**\n1. The study is correlational: strategies were measured, not assigned. Adolescents who are already highly stressed might withdraw from both cultures, so stress could cause marginalisation rather than the reverse.\n2. Other variables may explain both: experiences of discrimination, poor language skills or family poverty could make integration harder *and* raise stress.\n3. Stress was self-reported, so social desirability or cultural norms about admitting distress may affect scores differently across groups.",
  }),
  written({
    key: "s9-01",
    topic: "S.9",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study related to **social identity theory**.",
    points: [
      pt("p1", 1, "Aim, e.g. Tajfel et al. (1971): whether merely being categorised into a group is enough to produce in-group favouritism", [
        "Tajfel",
        "minimal group",
        "aim",
      ]),
      pt(
        "p2",
        1,
        "Method: Bristol schoolboys (about 14-15) allocated to groups on a trivial basis (e.g. preference for Klee or Kandinsky paintings), then allocated points/money to anonymous in-group and out-group members using matrices",
        ["Klee", "Kandinsky", "schoolboys", "matrices"],
      ),
      pt("p3", 1, "Findings: boys favoured their in-group and often chose maximum difference between groups even when it meant less for their own group", [
        "in-group favouritism",
        "maximum difference",
      ]),
      pt("p4", 1, "Conclusion: social categorisation alone can produce discrimination, supporting SIT (positive distinctiveness/self-esteem)", [
        "categorisation",
        "self-esteem",
      ]),
    ],
    answer:
      "**Tajfel et al. (1971), minimal group studies.** *Aim:* to find out whether being put into a group on a meaningless basis is enough to produce in-group favouritism.\n\n*Method:* schoolboys aged 14-15 from Bristol were told they had been grouped by a trivial criterion, such as preferring paintings by Klee or by Kandinsky (in fact allocation was random). Working alone, each boy then allocated points worth money to two other boys, known only by code number and group, using prepared matrices. They never met their group and could not give money to themselves.\n\n*Findings:* the boys consistently gave more to in-group members. Often they chose options that maximised the *difference* between groups even when another option would have given their own group more in absolute terms.\n\n*Conclusion:* categorisation alone was enough to produce discrimination, consistent with social identity theory: people seek positive distinctiveness for their group to enhance self-esteem.",
  }),
  written({
    key: "s9-02",
    topic: "S.9",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain how **social identity theory** may account for **prejudice** between groups.",
    points: [
      pt("p1", 1, "Social categorisation: people classify themselves and others into in-groups and out-groups", ["categorisation", "in-group", "out-group"]),
      pt("p2", 1, "Social identification: people adopt the identity and norms of their group; group membership becomes part of self-concept", [
        "identification",
        "self-concept",
      ]),
      pt("p3", 1, "Social comparison: the in-group is compared favourably with out-groups to achieve positive distinctiveness and raise self-esteem", [
        "comparison",
        "self-esteem",
        "positive distinctiveness",
      ]),
      pt("p4", 1, "Resulting in-group favouritism/out-group derogation and stereotyping can become prejudice, especially when identity is threatened", [
        "favouritism",
        "derogation",
        "threat",
      ]),
      pt(
        "p5",
        2,
        "Research support described accurately (e.g. Tajfel et al. (1971) minimal groups: favouritism and maximising difference with trivial groups) and/or limitation (e.g. artificial tasks; does not explain why some people show little prejudice)",
        ["Tajfel", "minimal group", "limitation"],
      ),
    ],
    answer:
      "**Social identity theory** (Tajfel and Turner) proposes that part of our self-concept comes from the groups we belong to. Three processes lead to prejudice:\n\n1. **Social categorisation:** we divide people into 'us' (in-group) and 'them' (out-groups).\n2. **Social identification:** we take on the identity and norms of our group; how the group is doing affects our self-esteem.\n3. **Social comparison:** to feel good about ourselves we compare our group favourably with out-groups, seeking **positive distinctiveness**.\n\nThe result is in-group favouritism and, especially when the group's status is threatened, out-group derogation and negative stereotypes: the basis of prejudice.\n\n**Research.** In Tajfel et al.'s (1971) minimal group studies, schoolboys put into groups on a trivial basis gave more points to in-group members and often preferred to maximise the difference between groups over maximising their own group's gain, showing that categorisation alone can produce discrimination.\n\n**Limitation.** The point-allocation task was artificial and may have created demand characteristics; the theory also struggles to explain why individuals differ in how prejudiced they become, so other factors (competition for resources, personality, norms) are needed for a full account.",
  }),
  written({
    key: "s10-01",
    topic: "S.10",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study related to **social learning theory**.",
    points: [
      pt("p1", 1, "Aim, e.g. Bandura, Ross and Ross (1961): whether children imitate aggression they observe in an adult model", ["Bandura", "aim", "imitate"]),
      pt(
        "p2",
        1,
        "Method: 72 children aged about 3-6 saw an adult behave aggressively or non-aggressively towards a Bobo doll, or no model (control); then were mildly frustrated and observed in a room with the doll",
        ["Bobo", "72", "model", "control"],
      ),
      pt(
        "p3",
        1,
        "Findings: children who saw the aggressive model showed more imitative physical and verbal aggression; boys showed more physical aggression; same-sex models were imitated more in some measures",
        ["more aggression", "boys", "same-sex"],
      ),
      pt("p4", 1, "Conclusion: behaviour can be learned through observation without direct reinforcement", ["observation", "without reinforcement"]),
    ],
    answer:
      "**Bandura, Ross and Ross (1961).** *Aim:* to see whether children would imitate aggression performed by an adult model, even without being rewarded.\n\n*Method:* 72 children (36 boys, 36 girls) aged roughly 3-6 from a university nursery were matched on prior aggressiveness and placed in three conditions. One group watched an adult hit, kick and shout at an inflatable 'Bobo doll'; another watched an adult play quietly with other toys; a control group saw no model. Each child was then mildly frustrated (shown attractive toys and told they could not play with them) and observed through a one-way mirror for 20 minutes in a room containing the doll.\n\n*Findings:* children who had watched the aggressive model imitated many of the model's specific physical and verbal aggressive acts; children in the other groups rarely did. Boys showed more physical aggression than girls, and there was some tendency to imitate a same-sex model more.\n\n*Conclusion:* behaviour can be learned through observation of a model, without direct reinforcement, supporting social learning theory.",
  }),
  written({
    key: "s10-02",
    topic: "S.10",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    term: "To what extent",
    stem: "To what extent does **social learning theory** explain human behaviour?",
    points: erq(
      "the response makes a reasoned judgement about how far SLT explains behaviour (e.g. strongly for acquisition of specific behaviours, less for biological/cognitive factors or individual differences)",
      "the key ideas of SLT are explained: observational learning, modelling, vicarious reinforcement, and the mediational processes of attention, retention, reproduction and motivation; role of self-efficacy",
      "at least one study (e.g. Bandura, Ross and Ross (1961) Bobo doll; Bandura (1965) vicarious reinforcement/punishment variation) described accurately and linked to the argument; research on media/enculturation may add breadth",
      "strengths (experimental support, explains cultural transmission, applied to interventions) and limitations (laboratory studies with dolls lack ecological validity and may show play not aggression; demand characteristics; ignores biological factors such as hormones and genes; difficult to show long-term effects) weighed to support the judgement",
    ),
    answer:
      "**Introduction.** Social learning theory (SLT), developed by Albert Bandura, argues that much human behaviour is learned by observing others. This essay argues that SLT explains well how *specific* behaviours are acquired, but only partly explains why people differ in which behaviours they perform.\n\n**Key ideas.** People learn by observing **models**, especially those who are similar, high-status or rewarded. Learning depends on four mediational processes: **attention** to the model, **retention** of what was seen, **reproduction** (being able to perform it) and **motivation** (expecting reinforcement). Seeing a model rewarded (**vicarious reinforcement**) makes imitation more likely. Self-efficacy, the belief that one can perform the behaviour, also matters.\n\n**Research.** In Bandura, Ross and Ross (1961) children who watched an adult attack a Bobo doll reproduced many of the same novel aggressive acts, while those who saw a non-aggressive model or no model rarely did, showing learning without direct reinforcement. In a later study (Bandura, 1965) children who saw the model punished imitated less, but when offered rewards to reproduce the behaviour they could do so: they had learned it, showing the difference between learning and performance that SLT predicts.\n\n**Evaluation.**\n- *Strengths:* controlled experiments allow causal conclusions; the theory explains how culture is passed on (enculturation) and has been applied to health interventions and to concerns about media violence.\n- *Limitations:* the Bobo doll is designed to be hit, so children may have been playing, not being aggressive, and demand characteristics are possible; short-term laboratory imitation says little about real-life, long-term behaviour. SLT largely ignores biological factors (e.g. testosterone, genetic predispositions) and cannot easily explain why children who see the same models behave differently. Cognitive factors it includes (retention, expectancy) are hard to measure directly.\n\n**Conclusion.** SLT explains to a large extent *how* new behaviours are acquired and passed on in a culture, and it is well supported experimentally. But it gives an incomplete account of behaviour overall, which is better explained by an interaction of social learning with biological and cognitive factors.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Research methodology (class practicals). Every study here is hypothetical.
// ─────────────────────────────────────────────────────────────────────────────
const recallStudy =
  "**Hypothetical study.** A class practical tested whether listening to music with lyrics affects memory. Sixteen volunteers from a school were randomly allocated to two groups of eight. Both groups studied a list of 20 unrelated words for two minutes, then wrote down as many as they could remember. Group A studied in silence; group B studied while a pop song with lyrics played.";

const research: QuestionInput[] = [
  written({
    key: "r1-01",
    topic: "R.1",
    difficulty: 1,
    marks: 4,
    paper: "P2",
    term: "Identify",
    stem: `${recallStudy}\n\n(a) Identify the independent variable and the dependent variable.\n\n(b) Write an operationalised directional (one-tailed) hypothesis for this study.`,
    points: [
      pt("p1", 1, "IV: whether participants studied in silence or with music with lyrics playing", ["silence", "music", "lyrics"]),
      pt("p2", 1, "DV: number of words (out of 20) correctly recalled", ["number of words", "recalled"]),
      pt("p3", 1, "Hypothesis is directional (predicts which group does better)", ["fewer", "more"]),
      pt(
        "p4",
        1,
        "Hypothesis is operationalised: both variables stated in measurable terms (e.g. 'Participants who study a 20-word list in silence will recall more words than participants who study it while a song with lyrics plays')",
        ["operationalised", "20"],
      ),
    ],
    answer:
      "(a) **IV:** the study condition, silence (group A) or a pop song with lyrics playing (group B). **DV:** the number of words, out of 20, correctly written down after the two-minute study period.\n\n(b) *Participants who study a list of 20 unrelated words for two minutes in silence will recall more words than participants who study the same list while a pop song with lyrics is playing.*\n\nIt is **directional** because it predicts which group will score higher, and **operationalised** because both variables are defined in a way that can be measured.",
  }),
  numeric({
    key: "r1-02",
    topic: "R.1",
    difficulty: 1,
    marks: 2,
    paper: "P2",
    term: "Calculate",
    stem: `${recallStudy}\n\nThe numbers of words recalled by group A (silence) were:\n\n12, 15, 9, 14, 10, 13, 11, 12\n\nCalculate the mean number of words recalled by group A.`,
    numericAnswer: { value: 12, tolerance: 0.01, unit: "words" },
    points: [pt("p1", 1, "Sum of scores = 96, divided by 8 participants", ["96", "8"]), pt("p2", 1, "Mean = 12 words", ["12"])],
    answer: String.raw`The mean is the sum of the scores divided by the number of scores:
$$\bar{x} = \frac{12 + 15 + 9 + 14 + 10 + 13 + 11 + 12}{8} = \frac{96}{8} = 12$$
Group A recalled a mean of **12 words**.`,
  }),
  numeric({
    key: "r1-03",
    topic: "R.1",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Calculate",
    stem: `${recallStudy}\n\nThe numbers of words recalled by group B (music with lyrics) were:\n\n7, 10, 8, 12, 6, 9, 11, 5\n\nCalculate the median number of words recalled by group B.`,
    numericAnswer: { value: 8.5, tolerance: 0.01, unit: "words" },
    points: [
      pt("p1", 1, "Scores placed in order: 5, 6, 7, 8, 9, 10, 11, 12; with 8 scores the median lies between the 4th and 5th", ["order", "4th", "5th"]),
      pt("p2", 1, "Median = (8 + 9) / 2 = 8.5 words", ["8.5"]),
    ],
    answer: String.raw`Put the scores in order: 5, 6, 7, 8, 9, 10, 11, 12.

There are 8 scores (an even number), so the median is halfway between the 4th and 5th scores:
$$\text{median} = \frac{8 + 9}{2} = 8.5$$
The median for group B is **8.5 words**.`,
  }),
  numeric({
    key: "r1-04",
    topic: "R.1",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    term: "Calculate",
    stem: `${recallStudy}\n\nThe numbers of words recalled by group A (silence) were:\n\n12, 15, 9, 14, 10, 13, 11, 12\n\nCalculate the range (highest score minus lowest score) of group A's scores.`,
    numericAnswer: { value: 6, tolerance: 0.01, unit: "words" },
    points: [pt("p1", 1, "Range = highest − lowest = 15 − 9 = 6 words", ["15", "9", "6"])],
    answer:
      "The range is the highest score minus the lowest score: $15 - 9 = 6$ words. The range is quick to calculate but depends only on the two most extreme scores, so one unusual participant can distort it.",
  }),
  written({
    key: "r1-05",
    topic: "R.1",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Evaluate",
    stem: `${recallStudy}\n\nEvaluate the **internal validity** of this study.`,
    points: [
      pt("p1", 1, "Internal validity defined: the extent to which the change in the DV is caused by the IV rather than other variables", [
        "internal validity",
        "caused by the IV",
      ]),
      pt("p2", 1, "Strength: random allocation to groups spreads participant variables (e.g. memory ability) across conditions", [
        "random allocation",
        "participant variables",
      ]),
      pt("p3", 1, "Strength: standardised procedure - same list, same study time, same recall method", ["standardised"]),
      pt("p4", 1, "Threat: independent samples with only 8 per group, so random allocation may not balance individual differences", [
        "small sample",
        "individual differences",
      ]),
      pt("p5", 1, "Threat: demand characteristics / expectancy - participants may guess the aim; experimenter bias if not blind", [
        "demand characteristics",
        "experimenter bias",
        "blind",
      ]),
      pt("p6", 1, "Threat: uncontrolled variables (e.g. familiarity with the song, time of day, testing in different rooms) / judgement", [
        "confounding",
        "familiarity",
      ]),
    ],
    answer:
      "**Internal validity** is the degree to which a study shows that the IV, and not some other variable, caused the change in the DV.\n\n**Strengths.** Participants were randomly allocated, so in principle individual differences such as memory ability are spread evenly across the two groups. Both groups used the same word list, study time and free-recall task, so the procedure was standardised.\n\n**Threats.** With only eight people per group, random allocation may still leave one group with better memorisers: a repeated measures design with counterbalancing (or matched pairs on a memory pre-test) would control participant variables better. Participants in group B may guess the aim when music suddenly plays and try harder or less hard (demand characteristics). If the researcher who scored the lists knew each participant's condition, expectancy could bias scoring of ambiguous words. Some participants may know the song and sing along, which is a confounding variable.\n\n**Judgement.** Internal validity is moderate: the design has the basic controls of an experiment, but the small independent groups and possible demand characteristics mean a difference between groups could not confidently be attributed to the lyrics alone.",
  }),
  mcq({
    key: "r1-06",
    topic: "R.1",
    difficulty: 2,
    paper: "P2",
    stem: "In a repeated measures experiment, half of the participants do condition A then condition B, and the other half do B then A. What is the purpose of this?",
    options: [
      "To reduce demand characteristics",
      "To control for order effects such as practice and fatigue",
      "To make the sample more representative",
      "To avoid the need for informed consent",
    ],
    correct: "B",
    why: "B: counterbalancing spreads order effects (practice, fatigue, boredom) equally across conditions",
    answer:
      "**B.** This is **counterbalancing**. In repeated measures designs each participant does both conditions, so performance in the second may be better (practice) or worse (fatigue, boredom). Giving half the sample each order means these order effects affect both conditions equally. It does not change who is in the sample (C), and it does not remove the need for consent (D).",
  }),
  written({
    key: "r1-07",
    topic: "R.1",
    difficulty: 4,
    marks: 15,
    paper: "P2",
    term: "Evaluate",
    stem: "**Hypothetical study.** A researcher wanted to find out whether a short mindfulness exercise reduces exam anxiety. She placed an advertisement on a university noticeboard and 40 first-year students volunteered. The first 20 to reply were put in the mindfulness group; the remaining 20 formed a control group. Ten minutes before a real mid-term exam, the mindfulness group listened to a guided breathing recording while the control group sat quietly in another room. All students then completed a 10-item self-report anxiety questionnaire (scores 10-50). The researcher, who also led the mindfulness session, collected the questionnaires. Mean anxiety was 27 in the mindfulness group and 33 in the control group. Participants signed a consent form that described the study as being 'about study habits'. They were thanked but not told the real aim.\n\nEvaluate this study.",
    points: erq(
      "the response evaluates the study described in the stimulus (methodological and ethical strengths and limitations), refers to its details throughout and reaches a judgement about what can be concluded",
      "accurate use of research methods terminology: true vs quasi/field experiment, IV and DV, allocation, sampling (self-selected/volunteer sample), controls, validity (internal, external, ecological), reliability, demand characteristics, researcher bias, ethics (informed consent, deception, debriefing, protection from harm)",
      "references to the stimulus are specific and used as evidence: the first 20 volunteers were placed in one group (not random allocation - eagerness could differ); the researcher led the session and collected data (researcher bias/expectancy); self-report after a real exam (high ecological validity, but social desirability); means only (no spread or test); consent form misleading and no debriefing",
      "balanced evaluation with suggested improvements: random allocation; a blind data collector; an active control condition (e.g. an audiobook) to control for attention; inferential test; full debrief and honest consent or justified deception with debrief; judgement that the difference is suggestive but cannot establish causality",
    ),
    answer:
      "**Design.** This is a field experiment: the IV (mindfulness recording vs sitting quietly) was manipulated in a real setting, and the DV was a self-report anxiety score. The sample was self-selected (volunteers answering an advertisement).\n\n**Strengths.**\n- *Ecological validity:* anxiety was measured before a real exam, so the situation matters to participants, unlike a laboratory stressor.\n- *Standardisation:* all students heard the same recording and completed the same questionnaire at the same time.\n- The result (27 vs 33) is in the predicted direction.\n\n**Limitations (methodological).**\n- *Allocation:* the first 20 volunteers formed the mindfulness group. Early responders may be more organised or less anxious, a participant variable confounding the IV. Random allocation was needed.\n- *Researcher bias:* the researcher led the mindfulness session and collected the questionnaires, so she may have behaved warmly towards that group, and students may have reported lower anxiety to please her (demand characteristics, social desirability). A blind assistant should collect data.\n- *Control condition:* sitting quietly is not a good comparison; any attention from an instructor might reduce anxiety. An active control (e.g. listening to a neutral audiobook) would isolate the effect of mindfulness itself.\n- *Sampling:* volunteer first-year students from one university limit generalisation to other ages or cultures.\n- *Analysis:* only means are reported; without standard deviations and an inferential test we do not know whether the 6-point difference is significant.\n\n**Ethics.** Consent was not fully informed: the study was described as being 'about study habits', which is deception, and participants were never debriefed. Testing just before a real exam could add stress. The researcher should give an honest description (or justify the deception and debrief fully), remind students of their right to withdraw and offer support.\n\n**Judgement.** The study suggests that a brief mindfulness exercise *might* reduce exam anxiety, but because of non-random allocation, researcher involvement and the weak control condition, it cannot establish a causal effect. A replication with random allocation, an active control, blind data collection and proper debriefing is needed.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of the stimulus, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "r2-01",
    topic: "R.2",
    difficulty: 1,
    marks: 4,
    paper: "P2",
    term: "Distinguish",
    stem: "Distinguish between **open** and **closed** questions in a questionnaire, giving **one** advantage of each.",
    points: [
      pt("p1", 1, "Closed questions have fixed response options (yes/no, multiple choice, Likert scale)", ["fixed", "Likert", "options"]),
      pt("p2", 1, "Advantage of closed: quantitative data that are quick to analyse and compare / high reliability", ["quantitative", "quick", "compare"]),
      pt("p3", 1, "Open questions let respondents answer in their own words", ["own words"]),
      pt("p4", 1, "Advantage of open: rich qualitative data; may reveal unexpected answers; less restricted by researcher's assumptions", [
        "qualitative",
        "rich",
        "unexpected",
      ]),
    ],
    answer:
      "**Closed questions** offer fixed responses, e.g. 'How often do you feel stressed? Never / Sometimes / Often / Always' or a 1-5 Likert scale. *Advantage:* they produce quantitative data that can be summarised and compared quickly and scored consistently.\n\n**Open questions** let respondents answer freely, e.g. 'Describe what you do when you feel stressed.' *Advantage:* they give rich qualitative data and can reveal ideas the researcher had not anticipated, because answers are not limited to the researcher's categories.",
  }),
  numeric({
    key: "r2-02",
    topic: "R.2",
    difficulty: 1,
    marks: 1,
    paper: "P2",
    term: "Calculate",
    stem: '**Hypothetical survey.** 240 students completed an online questionnaire about sleep. One item read: *"I usually get enough sleep on school nights."* 66 students chose *agree* or *strongly agree*.\n\nCalculate the percentage of students who chose *agree* or *strongly agree*.',
    numericAnswer: { value: 27.5, tolerance: 0.05, unit: "%" },
    points: [pt("p1", 1, "66 / 240 × 100 = 27.5%", ["27.5"])],
    answer: String.raw`$$\frac{66}{240} \times 100 = 27.5\%$$
So **27.5%** of the students agreed that they usually get enough sleep on school nights.`,
  }),
  written({
    key: "r2-03",
    topic: "R.2",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Evaluate",
    stem: '**Hypothetical survey.** 240 students completed an online questionnaire about sleep that was shared on a school\'s social media page. 66 (27.5%) agreed that they usually get enough sleep on school nights. The researchers concluded that "about three-quarters of teenagers do not get enough sleep".\n\nEvaluate this conclusion.',
    points: [
      pt(
        "p1",
        1,
        "Sample is self-selected/volunteer via social media: those interested in sleep (or with sleep problems) may be more likely to respond - sampling bias",
        ["self-selected", "volunteer", "sampling bias"],
      ),
      pt("p2", 1, "Population: one school's students cannot be generalised to 'teenagers' in general (other countries, ages, schools)", [
        "generalise",
        "one school",
        "population",
      ]),
      pt("p3", 1, "Self-report: 'enough sleep' is subjective and not operationalised (no hours stated); social desirability / recall errors", [
        "self-report",
        "subjective",
        "operationalised",
      ]),
      pt(
        "p4",
        1,
        "Item wording: 'usually' is vague; agreement/acquiescence bias; 'not agree' includes neutral answers so 72.5% not agreeing ≠ 72.5% not getting enough sleep",
        ["neutral", "wording", "acquiescence"],
      ),
      pt("p5", 1, "Strength: reasonably large sample, anonymous online format may reduce social desirability, cheap and quick", ["anonymous", "large sample"]),
      pt("p6", 1, "Judgement: conclusion overgeneralises; would need representative sampling and an objective measure (e.g. sleep diaries, actigraphy)", [
        "overgeneralise",
        "sleep diary",
        "representative",
      ]),
    ],
    answer:
      "**Strengths.** 240 responses is a reasonable sample for a school survey, and an anonymous online questionnaire is quick and cheap and may make students more honest.\n\n**Problems with the conclusion.**\n- *Sampling:* respondents chose to answer a post on the school's page (self-selected sample). Students worried about their sleep may have been more likely to respond, biasing the result.\n- *Generalisation:* the sample comes from one school, so it cannot represent 'teenagers' in general, who differ by country, age and school schedule.\n- *Measurement:* 'enough sleep' is not operationalised: students may judge it differently, and self-reports of sleep are affected by memory and social desirability.\n- *Interpretation:* 72.5% did *not* choose agree, but this includes students who chose the neutral option; not agreeing is not the same as reporting too little sleep.\n\n**Judgement.** The conclusion overgeneralises. It would be safer to say that about a quarter of responding students at this school agreed they usually sleep enough. A representative sample and an objective measure (e.g. sleep diaries or activity trackers) would be needed for a claim about teenagers in general.",
  }),
  written({
    key: "r3-01",
    topic: "R.3",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain the difference between **overt** and **covert** observation, with **one** ethical issue raised by covert observation.",
    points: [
      pt("p1", 1, "Overt: participants know they are being observed", ["overt", "know"]),
      pt("p2", 1, "Covert: participants do not know they are being observed (observer hidden or disguised)", ["covert", "do not know"]),
      pt("p3", 1, "Covert reduces participant reactivity/Hawthorne effect, increasing validity; overt allows informed consent", [
        "reactivity",
        "Hawthorne",
        "consent",
      ]),
      pt(
        "p4",
        1,
        "Ethical issue: no informed consent / invasion of privacy / deception; mitigated by observing only public behaviour and debriefing where possible",
        ["informed consent", "privacy", "deception"],
      ),
    ],
    answer:
      "In **overt** observation, participants know they are being observed (e.g. a researcher sitting openly in a classroom). In **covert** observation, they do not: the observer is hidden, uses a one-way mirror, or is disguised as a group member.\n\nCovert observation reduces **reactivity** (people changing their behaviour because they know they are watched), so behaviour is more natural. Overt observation allows participants to give informed consent.\n\n**Ethical issue:** covert observation usually means participants cannot give **informed consent** and their **privacy** may be invaded. Researchers should observe only behaviour in public places where people would expect to be seen, keep data anonymous, and debrief participants (giving them the right to withdraw their data) where possible.",
  }),
  numeric({
    key: "r3-02",
    topic: "R.3",
    difficulty: 2,
    marks: 2,
    paper: "P2",
    term: "Calculate",
    stem: "**Hypothetical observation.** Two students used the same behaviour checklist to code helping behaviour in a school cafeteria. They each coded the same 40 one-minute intervals and agreed on the category in 34 of them.\n\nCalculate the percentage agreement between the two observers.",
    numericAnswer: { value: 85, tolerance: 0.05, unit: "%" },
    points: [pt("p1", 1, "Agreements / total intervals × 100 = 34 / 40 × 100", ["34", "40"]), pt("p2", 1, "= 85%", ["85"])],
    answer: String.raw`$$\text{percentage agreement} = \frac{\text{intervals agreed}}{\text{total intervals}} \times 100 = \frac{34}{40} \times 100 = 85\%$$
An agreement of **85%** is usually taken as good inter-rater reliability (a common rule of thumb is at least 80%).`,
  }),
  mcq({
    key: "r3-03",
    topic: "R.3",
    difficulty: 1,
    paper: "P2",
    stem: "An observer records what a child is doing at the end of every 30-second interval for 20 minutes. This is an example of:",
    options: ["Event sampling", "Time sampling", "Opportunity sampling", "Continuous recording"],
    correct: "B",
    why: "B: time (interval) sampling records behaviour at set time points",
    answer:
      "**B.** Recording behaviour at fixed time points is **time sampling**. Event sampling (A) records every occurrence of a target behaviour; opportunity sampling (C) is a way of selecting *participants*; continuous recording (D) notes everything throughout.",
  }),
  written({
    key: "r3-04",
    topic: "R.3",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the use of **naturalistic observation** to study behaviour.",
    points: [
      pt("p1", 1, "Naturalistic observation: observing behaviour in its natural setting without manipulating variables", [
        "natural setting",
        "no manipulation",
      ]),
      pt("p2", 1, "Strength: high ecological validity - behaviour as it naturally occurs", ["ecological validity"]),
      pt("p3", 1, "Strength: useful where experiments would be unethical or impractical; generates hypotheses", ["unethical", "hypotheses"]),
      pt("p4", 1, "Limitation: no control over variables - cannot establish cause and effect; hard to replicate", ["cause", "replicate", "control"]),
      pt("p5", 1, "Limitation: observer bias/interpretation - mitigated by behaviour checklists, training, inter-rater reliability", [
        "observer bias",
        "inter-rater",
      ]),
      pt("p6", 1, "Limitation: reactivity if overt / ethical concerns if covert; conclusion", ["reactivity", "ethics"]),
    ],
    answer:
      "**Naturalistic observation** means watching and recording behaviour where it normally happens (a playground, a workplace) without manipulating any variables.\n\n**Strengths.** Because behaviour occurs in its usual context, ecological validity is high. It allows research on behaviour that could not ethically or practically be created in a laboratory (e.g. conflict between children), and it is a good way to generate hypotheses for later experiments.\n\n**Limitations.** The researcher controls nothing, so many variables vary at once: cause-and-effect conclusions are impossible, and the exact situation cannot be replicated. Observers may see what they expect (observer bias); this is reduced by clear behaviour checklists, training and checking inter-rater reliability. If the observation is overt, people may change their behaviour; if covert, consent and privacy become ethical issues.\n\n**Conclusion.** Naturalistic observation is valuable for describing real behaviour, but it must be combined with more controlled methods to explain *why* the behaviour happens.",
  }),
  written({
    key: "r4-01",
    topic: "R.4",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain **one** strength and **one** limitation of using a **semi-structured interview** in psychological research.",
    points: [
      pt("p1", 1, "Semi-structured interview: a guide of core questions, with freedom to ask follow-up questions and change order", [
        "interview guide",
        "follow-up",
      ]),
      pt(
        "p2",
        1,
        "Strength explained: rich, detailed qualitative data on experiences and meanings; can probe unexpected answers while keeping some comparability",
        ["rich", "probe", "comparability"],
      ),
      pt("p3", 1, "Limitation identified: e.g. interviewer effects / social desirability / time-consuming to transcribe and analyse", [
        "interviewer effect",
        "social desirability",
        "time-consuming",
      ]),
      pt(
        "p4",
        1,
        "Limitation explained: how it affects credibility or transferability (e.g. participants give answers they think the interviewer wants; small samples)",
        ["credibility", "small sample"],
      ),
    ],
    answer:
      "A **semi-structured interview** uses an interview guide with core questions, but the interviewer can change the order and ask follow-up questions.\n\n**Strength:** it produces rich qualitative data about how people experience something (e.g. living with chronic illness). The interviewer can probe interesting or unclear answers, yet the shared core questions keep interviews somewhat comparable.\n\n**Limitation:** interviewer effects and social desirability. Because answers are given face to face, participants may present themselves favourably or say what they think the interviewer wants to hear, and the interviewer's reactions can steer them. This reduces the credibility of the data. (Interviews are also slow to conduct, transcribe and analyse, so samples tend to be small.)",
  }),
  written({
    key: "r4-02",
    topic: "R.4",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Describe",
    stem: "**Hypothetical study.** A researcher interviewed 8 nurses about how they cope with stress during night shifts, using semi-structured interviews that were audio-recorded.\n\nDescribe how the researcher could analyse the interview data using **inductive content (thematic) analysis**, and **one** way to increase the credibility of the findings.",
    points: [
      pt("p1", 1, "Transcribe the recordings verbatim and read them repeatedly for familiarisation", ["transcribe", "familiarisation"]),
      pt("p2", 1, "Code the data: label meaningful segments without a pre-set framework (inductive)", ["code", "inductive"]),
      pt("p3", 1, "Group codes into themes (e.g. 'peer support', 'avoidance'), review and define them", ["themes", "group"]),
      pt("p4", 1, "Report themes with supporting quotations / frequency across participants", ["quotations", "report"]),
      pt(
        "p5",
        2,
        "Credibility method described: e.g. researcher triangulation (two researchers code independently and compare), member checking (nurses confirm interpretation), reflexivity (researcher records own assumptions)",
        ["triangulation", "member checking", "reflexivity"],
      ),
    ],
    answer:
      "**Inductive content analysis (thematic analysis):**\n1. **Transcribe** each recording word for word and read the transcripts several times to become familiar with them.\n2. **Code** the data: highlight segments relevant to coping and give each a short label (e.g. 'talking to colleagues on break', 'caffeine', 'switching off emotions'). The codes come from the data rather than a pre-existing theory: that is what makes the analysis *inductive*.\n3. **Group** related codes into broader **themes** (e.g. *peer support*, *physical strategies*, *emotional detachment*), then review them against the transcripts and define each clearly.\n4. **Report** the themes with illustrative quotations and note how many nurses expressed each one.\n\n**Credibility.** Use **researcher triangulation**: a second researcher codes the transcripts independently, and the two compare and resolve differences, so the themes do not depend on one person's interpretation. Alternatively, use **member checking** (asking the nurses whether the themes capture their experience) or **reflexivity** (the researcher records how their own views might shape the analysis).",
  }),
  mcq({
    key: "r4-03",
    topic: "R.4",
    difficulty: 3,
    paper: "P2",
    stem: "In qualitative research, a researcher keeps a journal noting how her own background and expectations might be shaping the questions she asks and the way she interprets interviews. This practice is called:",
    options: ["Member checking", "Method triangulation", "Inter-rater reliability", "Reflexivity"],
    correct: "D",
    why: "D: reflexivity - the researcher reflects on how her own biases may influence the research",
    answer:
      "**D.** **Reflexivity** is the researcher's continual reflection on how her own assumptions, background and behaviour may influence data collection and interpretation; it is a way of managing researcher bias and increasing credibility. Member checking (A) asks participants to confirm interpretations; method triangulation (B) combines different methods; inter-rater reliability (C) is a quantitative agreement measure.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Contexts: the approaches applied to health, development, relationships, learning
// ─────────────────────────────────────────────────────────────────────────────
const contexts: QuestionInput[] = [
  written({
    key: "x1-01",
    topic: "X.1",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study investigating the effect of **stress** on physical health.",
    points: [
      pt("p1", 1, "Aim, e.g. Kiecolt-Glaser et al. (1984): whether the stress of examinations affects immune functioning", ["Kiecolt-Glaser", "aim", "immune"]),
      pt(
        "p2",
        1,
        "Method: 75 first-year medical students gave blood samples a month before exams (lower stress) and on the first day of exams; also completed questionnaires on life events and loneliness",
        ["blood samples", "medical students", "questionnaire"],
      ),
      pt(
        "p3",
        1,
        "Findings: natural killer (NK) cell activity was lower in the exam sample; lowest in students reporting high loneliness and more stressful life events",
        ["natural killer", "lower", "loneliness"],
      ),
      pt("p4", 1, "Conclusion: short-term stress is associated with reduced immune function, which may increase vulnerability to illness", [
        "conclusion",
        "vulnerability",
      ]),
    ],
    answer:
      "**Kiecolt-Glaser et al. (1984).** *Aim:* to investigate whether the stress of important exams is linked to changes in immune functioning.\n\n*Method:* a natural experiment / repeated measures study with 75 first-year medical students. Blood samples were taken about a month before their final exams and again on the first day of the exams. Students also completed questionnaires about stressful life events and loneliness.\n\n*Findings:* activity of **natural killer (NK) cells**, which help fight viruses and tumours, was lower in the exam-day samples. The drop was greatest for students who reported high loneliness and many stressful life events.\n\n*Conclusion:* exam stress is associated with weakened immune functioning, which could make people more vulnerable to illness. (Because the stressor was not manipulated, other changes around exams, such as poor sleep or diet, might also contribute.)",
  }),
  written({
    key: "x1-02",
    topic: "X.1",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    term: "Discuss",
    stem: "With reference to the concept of **causality**, discuss **one** explanation of a health problem (for example, stress, depression or addiction).",
    points: erq(
      "the response discusses one explanation of one health problem and addresses how far research can show what causes it, reaching a judgement",
      "accurate explanation of the chosen health problem and one explanation (e.g. biological: HPA axis and cortisol in stress; diathesis–stress for depression; dopamine reward pathways in addiction) and of causality (cause-effect vs correlation, direction of causality, multiple interacting causes)",
      "relevant research described and linked to causality (e.g. Kiecolt-Glaser et al. (1984) exam stress and NK cell activity; Caspi et al. (2003) gene-environment interaction; experimental vs correlational designs)",
      "evaluation of whether the explanation and research establish causation (natural experiments lack control; correlational data cannot show direction; confounding variables such as sleep or social support; ethical limits on manipulating stressors; converging evidence from animal experiments) and consideration of alternative explanations",
    ),
    answer:
      "**Introduction.** This essay discusses the biological explanation of **stress**-related illness (stress affecting the immune system through the HPA axis) and asks how confidently research can claim that stress *causes* poorer health.\n\n**The explanation.** When a situation is appraised as threatening, the hypothalamus triggers the pituitary to release ACTH, which causes the adrenal cortex to release **cortisol**. In the short term this mobilises energy; when stress is prolonged, raised cortisol suppresses parts of the immune system, which could make illness more likely.\n\n**Causality.** To say stress *causes* illness we need to show that the stressor comes before the change, that the two covary, and that other explanations are ruled out, ideally by manipulating the stressor in an experiment.\n\n**Research.** Kiecolt-Glaser et al. (1984) found lower natural killer cell activity in medical students on exam day than a month before, and the drop was largest in lonely students. The within-subjects comparison controls individual differences, and the stressor clearly preceded the change. However, it is a natural experiment: exams also change sleep, diet and caffeine intake, any of which could lower immune activity. The loneliness finding is correlational. Ethically, researchers cannot expose people to severe, long-term stress to test causation directly, so evidence comes from natural experiments, correlational studies and animal research, where stressors can be manipulated but generalisation to humans is uncertain.\n\n**Alternative explanations.** Cognitive explanations stress that the *appraisal* of a stressor matters, and sociocultural research shows that social support buffers its effects. Stress may also harm health indirectly, through behaviours such as smoking or poor sleep. Causes are therefore likely multiple and interacting.\n\n**Conclusion.** Converging evidence makes it plausible that stress contributes to poorer immune function, but individual studies rarely establish causation on their own. The most defensible claim is that stress is one interacting cause among biological, cognitive and social factors.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "x2-01",
    topic: "X.2",
    difficulty: 2,
    marks: 6,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study of **attachment** in infancy.",
    points: [
      pt("p1", 1, "Aim, e.g. Ainsworth et al. (1978): to classify individual differences in the quality of infants' attachment to their caregiver", [
        "Ainsworth",
        "aim",
        "attachment",
      ]),
      pt(
        "p2",
        2,
        "Method: controlled observation (the Strange Situation) of infants about 12-18 months old with their mother in a laboratory playroom; eight short episodes including a stranger entering, the mother leaving and returning; behaviours such as proximity seeking, exploration, stranger anxiety and reunion behaviour were coded",
        ["Strange Situation", "episodes", "reunion", "stranger"],
      ),
      pt(
        "p3",
        2,
        "Findings: three types - secure (most infants, roughly two-thirds: distressed at separation, easily comforted on reunion), insecure-avoidant (around a fifth: little distress, avoided mother on reunion), insecure-resistant (around a tenth: very distressed, both sought and resisted contact)",
        ["secure", "avoidant", "resistant"],
      ),
      pt("p4", 1, "Conclusion: attachment type linked to caregiver sensitivity (maternal sensitivity hypothesis)", ["sensitivity"]),
    ],
    answer:
      "**Ainsworth et al. (1978), the Strange Situation.** *Aim:* to measure individual differences in the quality of infants' attachment to their mother.\n\n*Method:* a controlled observation in a laboratory playroom with middle-class American infants aged about 12-18 months. The procedure had eight short episodes in which the mother and infant were alone, a stranger came in, the mother left the infant with the stranger, the infant was left alone, and the mother returned. Observers coded exploration, separation distress, stranger anxiety and, most importantly, reunion behaviour.\n\n*Findings:* most infants (roughly two-thirds) were **securely attached**: they used the mother as a safe base, were upset when she left and were easily comforted when she returned. About a fifth were **insecure-avoidant**: they showed little distress and ignored the mother on reunion. About a tenth were **insecure-resistant**: very distressed, they both sought and resisted contact on reunion.\n\n*Conclusion:* Ainsworth linked secure attachment to the mother's sensitivity to her infant's signals (assessed in home observations). (A fourth, disorganised type was added later by other researchers.)",
  }),
  written({
    key: "x2-02",
    topic: "X.2",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    term: "Evaluate",
    stem: "With reference to the concept of **bias**, evaluate research into **attachment** across cultures.",
    points: erq(
      "the response evaluates cross-cultural attachment research and explicitly discusses how bias (e.g. cultural bias/imposed etic, sampling bias, researcher bias) affects its conclusions, reaching a judgement",
      "attachment and its measurement explained (Ainsworth's Strange Situation and the three types; secure base; maternal sensitivity), and types of bias defined (ethnocentrism, imposed etic, sampling bias)",
      "research described and used, e.g. Ainsworth et al. (1978) Strange Situation; van IJzendoorn and Kroonenberg (1988) meta-analysis of 32 Strange Situation studies in 8 countries: secure attachment most common everywhere, more variation within than between countries, relatively more avoidant infants in some Western European samples (e.g. Germany) and more resistant infants in Israeli and Japanese samples",
      "evaluation: the Strange Situation was developed in the USA and may be an imposed etic (e.g. Japanese infants rarely separated from mothers may find separation unusually stressful, so 'resistant' may reflect unfamiliarity rather than insecurity); samples within countries were not representative (often urban, one or two studies per country); strengths include large combined sample and standardised procedure; judgement on how far findings are universal",
    ),
    answer:
      "**Introduction.** Attachment research claims that secure attachment to a sensitive caregiver is important everywhere. This essay evaluates cross-cultural evidence for that claim and how bias in the research may distort it.\n\n**Measurement.** Ainsworth's **Strange Situation** (1978) classifies infants as secure, insecure-avoidant or insecure-resistant from their behaviour during brief separations and reunions with their mother in a laboratory. It was developed with middle-class American families.\n\n**Cross-cultural research.** van IJzendoorn and Kroonenberg (1988) combined 32 Strange Situation studies from eight countries. Secure attachment was the most common type in every country. Some samples from Western Europe, such as Germany, had relatively more avoidant infants, while samples from Israel and Japan had relatively more resistant infants. Importantly, variation *within* countries was larger than the variation *between* them.\n\n**Bias.**\n- *Cultural bias (imposed etic):* the procedure assumes that the same behaviours mean the same thing everywhere. Japanese infants in traditional families are rarely separated from their mothers, so being left with a stranger may be far more stressful for them; their 'resistant' classification may reflect an unfamiliar procedure, not insecure attachment. German parents may value independence, so 'avoidant' behaviour may be culturally encouraged rather than a sign of insecurity.\n- *Sampling bias:* some countries were represented by only one or two studies, often of urban families, so national comparisons are fragile, as the large within-country variation shows.\n- *Researcher bias:* coders trained in an American framework may interpret behaviour through that lens.\n\n**Strengths.** The combined sample is large, the procedure is standardised and inter-rater reliability for the Strange Situation is high, so the finding that secure attachment is the most common type everywhere is fairly robust.\n\n**Conclusion.** The research supports a universal tendency for infants to form attachments, with secure attachment common across cultures, but the proportions of insecure types are hard to interpret because the measure itself may be culturally biased. Emic research into what sensitive caregiving means in each culture is needed before concluding that attachment types mean the same everywhere.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "x3-01",
    topic: "X.3",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study investigating **bystander behaviour**.",
    points: [
      pt("p1", 1, "Aim, e.g. Darley and Latané (1968): whether the number of other bystanders affects whether and how quickly people help in an emergency", [
        "Darley",
        "Latané",
        "aim",
      ]),
      pt(
        "p2",
        1,
        "Method: students took part in a discussion over an intercom believing there were 1, 2 or 5 people in total; one 'participant' (a recording) appeared to have a seizure",
        ["intercom", "seizure"],
      ),
      pt(
        "p3",
        1,
        "Findings: when participants believed they were alone with the victim, about 85% went to help before the seizure ended; with four other bystanders, about 31% did; helping was also slower",
        ["85%", "31%", "slower"],
      ),
      pt("p4", 1, "Conclusion: diffusion of responsibility - the more bystanders, the less responsibility each feels", ["diffusion of responsibility"]),
    ],
    answer:
      "**Darley and Latané (1968).** *Aim:* to see whether the number of other people believed to be present affects whether someone helps in an emergency.\n\n*Method:* university students sat alone in a booth and took part in a discussion about college life over an intercom. They were led to believe the group was two, three or six people (in fact the other voices were recordings). One 'student' mentioned he was prone to seizures, and later seemed to have one, asking for help.\n\n*Findings:* when participants thought they were the only other person who could hear, about **85%** left the booth to help before the 'seizure' ended; when they believed four others could also hear, only about **31%** did. Help also came more slowly as group size increased.\n\n*Conclusion:* the presence of other bystanders produces **diffusion of responsibility**: each person feels less personally responsible for acting.",
  }),
  written({
    key: "x3-02",
    topic: "X.3",
    difficulty: 3,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "Explain how research using **brain imaging** has contributed to understanding **romantic love**.",
    points: [
      pt("p1", 1, "Technology: fMRI used to identify brain regions active when thinking about a loved one", ["fMRI"]),
      pt(
        "p2",
        2,
        "Study, e.g. Fisher, Aron and Brown (2005): people who had recently fallen intensely in love viewed a photograph of their beloved and of a familiar acquaintance, with a distraction task between; viewing the beloved was linked to activity in dopamine-rich reward areas (ventral tegmental area, caudate nucleus)",
        ["Fisher", "ventral tegmental", "caudate", "photograph"],
      ),
      pt("p3", 1, "Interpretation: romantic love may work as a motivation/goal-oriented system involving reward, rather than just an emotion", [
        "reward",
        "motivation",
        "dopamine",
      ]),
      pt("p4", 1, "Limitation: correlational/reverse inference - reward areas are active in many states; small, culturally specific samples", [
        "correlational",
        "reverse inference",
        "small sample",
      ]),
      pt("p5", 1, "Limitation: reductionist - ignores cognitive and sociocultural factors (e.g. culture's role in partner choice)", [
        "reductionist",
        "culture",
      ]),
    ],
    answer:
      "Researchers have used **fMRI** to find which brain areas become more active when people think about someone they love.\n\n**Fisher, Aron and Brown (2005)** scanned young adults who reported being intensely in love. They alternately viewed a photo of their beloved and a photo of a familiar, emotionally neutral acquaintance, with a counting task in between to clear their thoughts. Viewing the beloved was associated with greater activity in the **ventral tegmental area** and **caudate nucleus**, dopamine-rich parts of the brain's reward system. The researchers argued that early romantic love works like a motivational (goal-directed) system, similar to other rewarding drives.\n\n**Contribution and limits.** This gives objective evidence about the biology of an experience usually studied by self-report, and it links romantic love to reward and motivation. However, the data are correlational: reward areas are active in many states, so we cannot infer that this activity *is* love (reverse inference). Samples were small and from one culture, and the approach is reductionist: it does not explain why people fall in love with particular partners, which depends on cognitive and sociocultural factors such as similarity, proximity and cultural norms.",
  }),
  written({
    key: "x4-01",
    topic: "X.4",
    difficulty: 2,
    marks: 4,
    paper: "P1",
    term: "Describe",
    stem: "Describe **one** study investigating the **reliability of memory**.",
    points: [
      pt("p1", 1, "Aim, e.g. Loftus and Palmer (1974): whether leading questions (the verb in a question) affect eyewitness estimates of speed", [
        "Loftus",
        "Palmer",
        "leading question",
      ]),
      pt(
        "p2",
        1,
        "Method: 45 students watched films of car accidents and were asked how fast the cars were going when they 'smashed/collided/bumped/hit/contacted' each other",
        ["smashed", "contacted", "verb"],
      ),
      pt(
        "p3",
        1,
        "Findings: mean speed estimates were highest for 'smashed' (about 41 mph) and lowest for 'contacted' (about 32 mph); in a second experiment, more 'smashed' participants falsely reported seeing broken glass a week later",
        ["41", "32", "broken glass"],
      ),
      pt("p4", 1, "Conclusion: post-event information can alter memory - memory is reconstructive and not fully reliable", ["reconstructive", "post-event"]),
    ],
    answer:
      "**Loftus and Palmer (1974).** *Aim:* to find out whether the wording of a question after an event can change eyewitnesses' memory of it.\n\n*Method (experiment 1):* 45 students watched short films of traffic accidents. Afterwards they were asked, 'About how fast were the cars going when they ___ each other?' with the verb varied between groups: *smashed, collided, bumped, hit* or *contacted*.\n\n*Findings:* mean speed estimates changed with the verb: about **41 mph** for *smashed* versus about **32 mph** for *contacted*. In a second experiment, participants asked with *smashed* were more likely a week later to say 'yes' to having seen broken glass, although there was none in the film.\n\n*Conclusion:* information given after an event can change how it is remembered. Memory is reconstructive, so eyewitness testimony is not fully reliable. (Students watching films, with nothing at stake, may differ from real eyewitnesses.)",
  }),
  written({
    key: "x4-02",
    topic: "X.4",
    difficulty: 3,
    marks: 15,
    paper: "P1",
    term: "Discuss",
    stem: "With reference to the concept of **measurement**, discuss research into the **reliability of memory**.",
    points: erq(
      "the response discusses research into how reliable memory is and explicitly addresses how memory (and its errors) is measured and how that affects conclusions, reaching a judgement",
      "reconstructive memory and schema theory explained; sources of distortion (leading questions, post-event information, schemas); the challenge of measuring memory accuracy (need for a known original event; recall vs recognition; confidence vs accuracy)",
      "research described and linked, e.g. Loftus and Palmer (1974) speed estimates and false broken-glass reports; Bartlett (1932) War of the Ghosts; Yuille and Cutshall (1986) field study of witnesses to a real shooting who remained quite accurate months later and resisted misleading questions",
      "evaluation: laboratory studies give a measurable 'correct answer' (high internal validity) but films and speed estimates may not reflect real memory under stress (low ecological validity); speed estimates may reflect response bias rather than changed memory; field studies are more valid but the original event is hard to verify; Bartlett's measurement was informal; judgement about how reliable memory is and how measurement choices shape the answer",
    ),
    answer:
      "**Introduction.** Research suggests memory is reconstructive rather than a recording, but how reliable it appears depends on how memory is *measured*. This essay discusses key research and argues that laboratory measurements may overstate unreliability in real life.\n\n**Reconstructive memory.** Schema theory proposes that we store the gist of events and rebuild details at retrieval using expectations; information received afterwards (post-event information) can become part of the memory.\n\n**Research and measurement.**\n- *Loftus and Palmer (1974)* measured memory as a speed estimate and as a yes/no answer about broken glass. Participants asked with *smashed* estimated higher speeds than those asked with *contacted*, and more falsely reported broken glass a week later. Because the researchers controlled the original film, they knew the 'correct' answer: a key strength of laboratory measurement. But a speed estimate may reflect *response bias* (the verb suggesting what answer to give) rather than a changed memory, and watching a film is far less emotional than witnessing a real crash.\n- *Bartlett (1932)* measured distortions in repeated retellings of an unfamiliar story. He showed schema-driven changes, but scoring was informal and participants were not given standard instructions.\n- *Yuille and Cutshall (1986)* interviewed real witnesses to a fatal shooting in Canada four to five months later. Their accounts were quite accurate when compared with police records, and they resisted two misleading questions. This field study has high ecological validity, but the 'original' event can only be reconstructed from records, which makes accuracy harder to measure, and the sample was small.\n\n**Evaluation.** Measurement choices shape the conclusion. Controlled laboratory measures give precise accuracy scores but use low-stakes events and can confuse memory change with answer bias. Field measures are more realistic but less precise. Confidence is also a poor measure of accuracy: confident witnesses can be wrong.\n\n**Conclusion.** Memory is clearly reconstructive and can be distorted by leading questions and schemas, but its reliability in real situations may be higher than laboratory studies imply. Conclusions about memory depend heavily on how accuracy is measured, so converging evidence from both kinds of research is needed.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Concepts: bias, causality, change, measurement, perspective, responsibility
// ─────────────────────────────────────────────────────────────────────────────
const concepts: QuestionInput[] = [
  written({
    key: "k1-01",
    topic: "K.1",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Explain",
    stem: "Explain **two** ways in which **bias** may affect the results of a psychological study, and how each could be reduced.",
    points: [
      pt(
        "p1",
        1,
        "Bias 1 identified and explained, e.g. researcher/experimenter bias: researcher's expectations influence how participants are treated or data recorded",
        ["researcher bias", "expectation"],
      ),
      pt("p2", 1, "Reduction for bias 1, e.g. double-blind procedure / standardised instructions / researcher triangulation", ["double-blind", "standardised"]),
      pt("p3", 1, "Bias 2 identified and explained, e.g. participant bias: demand characteristics / social desirability", [
        "demand characteristics",
        "social desirability",
      ]),
      pt("p4", 1, "Reduction for bias 2, e.g. single-blind / deception with debriefing / anonymity / filler questions", ["single-blind", "anonymity"]),
      pt("p5", 1, "Effect on results explained (internal validity/credibility reduced; results reflect bias not the IV)", ["validity", "credibility"]),
      pt("p6", 1, "Example from research or a hypothetical study used to illustrate", ["example"]),
    ],
    answer:
      "**1. Researcher (experimenter) bias.** The researcher's expectations can affect the study, for example by giving more encouraging instructions in the condition expected to do well, or by scoring ambiguous answers in line with the hypothesis. The result then reflects the researcher's expectations rather than the IV, lowering internal validity. *Reduction:* a **double-blind** procedure, in which the person collecting data does not know which condition a participant is in, plus standardised written instructions.\n\n**2. Participant bias (demand characteristics / social desirability).** Participants who guess the aim may try to help (or spoil) the study, or present themselves in a favourable way. For example, in a hypothetical study of a healthy-eating programme, participants might under-report snacks. *Reduction:* a **single-blind** design (participants do not know the hypothesis or their condition), anonymous responses, filler questions to disguise the aim, or, where justified, mild deception followed by full debriefing.\n\nIn both cases bias means the data no longer measure what the study intended, so conclusions become less credible.",
  }),
  written({
    key: "k1-02",
    topic: "K.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain what is meant by **sampling bias**, using **one** example from psychological research.",
    points: [
      pt("p1", 1, "Sampling bias: the sample differs systematically from the target population, so findings may not generalise", [
        "systematic",
        "population",
        "generalise",
      ]),
      pt("p2", 1, "Cause explained, e.g. volunteer/self-selected or opportunity samples of students; WEIRD samples", ["volunteer", "students", "WEIRD"]),
      pt("p3", 1, "Example from research (e.g. Asch: American male students in the 1950s; Tajfel: Bristol schoolboys)", ["Asch", "example"]),
      pt("p4", 1, "Consequence for the example (e.g. conformity rates differ across cultures and time - Bond and Smith (1996))", ["consequence", "culture"]),
    ],
    answer:
      "**Sampling bias** occurs when the people in a study differ systematically from the population the researcher wants to generalise to, so the findings may not apply to that population. It often arises from convenience: volunteer or opportunity samples of university students, who are mostly from Western, educated, industrialised, rich and democratic ('WEIRD') societies.\n\n**Example.** Asch's original conformity studies used male American college students in the early 1950s. Later research, including Bond and Smith's (1996) meta-analysis, found conformity rates varied across cultures and declined in the USA over time, so Asch's level of conformity cannot simply be generalised to people everywhere, or to women, or to today.",
  }),
  written({
    key: "k2-01",
    topic: "K.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain why a **correlational study** cannot establish a cause-and-effect relationship. Use an example.",
    points: [
      pt("p1", 1, "Correlation measures the relationship between two co-variables without manipulating either", ["co-variables", "not manipulated"]),
      pt("p2", 1, "Direction of causality unknown (A could cause B, or B cause A)", ["direction", "reverse"]),
      pt("p3", 1, "Third variable may cause both (confounding)", ["third variable", "confounding"]),
      pt("p4", 1, "Example applied (e.g. screen time correlates with poor sleep - poor sleepers may use screens more, or stress may cause both)", ["example"]),
    ],
    answer:
      "In a correlational study the researcher measures two variables (co-variables) as they naturally occur and does not manipulate either, so there is no control over other influences.\n\n- **Direction:** even if A and B are related, we do not know whether A causes B or B causes A.\n- **Third variables:** a third factor may cause both.\n\n**Example.** A hypothetical survey finds that teenagers who spend more time on phones at night sleep less. Phone use might delay sleep, but teenagers who cannot sleep might pick up their phones (reverse direction), or exam stress might cause both. Only an experiment that manipulates phone use (with random allocation) could test the causal claim.",
  }),
  written({
    key: "k2-02",
    topic: "K.2",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    term: "To what extent",
    stem: "With reference to the concept of **causality**, to what extent can research show that **genes** influence behaviour?",
    points: erq(
      "the response judges how far research can establish a causal role for genes in one or more behaviours, distinguishing association from causation",
      "genetic inheritance explained (genes, alleles, heritability, twin/adoption logic, candidate gene studies, gene-environment interaction) and the conditions for causal claims",
      "research described and linked, e.g. Bouchard et al. (1990) twins reared apart and IQ; Caspi et al. (2003) 5-HTTLPR, life events and depression; animal selective-breeding or knockout studies as experimental evidence",
      "evaluation: twin studies estimate heritability in populations but assume equal environments and cannot identify mechanisms; candidate gene findings often fail to replicate; genes interact with environment (epigenetics, diathesis–stress) so separate 'causes' are hard to isolate; animal studies allow manipulation but generalisation is limited; ethical limits on experiments with humans; reasoned judgement",
    ),
    answer:
      "**Introduction.** Genes cannot be randomly assigned to people, so research on human behaviour can rarely demonstrate genetic *causation* directly. This essay argues that research shows genes contribute to behaviour, but only to a limited and indirect extent.\n\n**Key ideas.** Genes are sections of DNA; variants (alleles) differ between people. Twin and adoption studies estimate **heritability**, the proportion of variation in a trait in a population associated with genetic variation. Candidate gene studies test whether a specific allele is associated with a behaviour. Causality requires manipulation, time order and the exclusion of alternatives.\n\n**Research.**\n- *Bouchard et al. (1990)*: identical twins raised apart had IQ scores correlating about 0.7, suggesting high heritability in that sample. Because the twins did not share a home, shared family environment seems a weaker explanation. But they shared a womb, were often placed in similar homes and sometimes met, so environmental similarity may inflate the estimate. Heritability is a population statistic: it says nothing about how genes cause intelligence in an individual.\n- *Caspi et al. (2003)*: in a longitudinal cohort, carriers of a short allele of the serotonin transporter gene became depressed more often than long-allele homozygotes when they experienced several stressful life events. This suggests genes act through interaction with the environment. Later large meta-analyses did not consistently replicate the interaction, a general problem for candidate gene research.\n- *Animal research* can manipulate genes directly (e.g. selectively bred or genetically modified mice), giving true experimental evidence that specific genes affect behaviour in that species, but generalising to complex human behaviour is uncertain.\n\n**Evaluation.** Human genetic research is correlational; it identifies associations and their size, not mechanisms. Genes and environments are correlated (children inherit genes *and* homes from parents) and interact (gene expression changes with experience), so dividing behaviour into separate genetic and environmental causes is partly artificial. Ethical constraints prevent experiments in humans.\n\n**Conclusion.** Research shows convincingly that genetic differences are *associated* with differences in behaviour such as IQ and vulnerability to depression, and animal studies show causal effects in other species. In humans, however, research can only show to a limited extent that genes cause behaviour, and usually only as one factor interacting with the environment.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "k3-01",
    topic: "K.3",
    difficulty: 4,
    marks: 15,
    paper: "P1",
    term: "Discuss",
    stem: "With reference to the concept of **change**, discuss how **learning** can change the brain and behaviour.",
    points: erq(
      "the response discusses how experience/learning changes the brain and behaviour, and what research shows about the extent, direction and limits of change",
      "neuroplasticity explained (dendritic branching, synaptic strengthening, long-term potentiation, synaptic pruning, 'use it or lose it'); links to learning and behaviour change",
      "research described and linked, e.g. Maguire et al. (2000) taxi drivers' posterior hippocampus; Draganski et al. (2004) grey matter changes with juggling that declined when practice stopped; Rosenzweig, Bennett and Diamond enriched rats",
      "evaluation: longitudinal experimental designs (Draganski) show change over time, whereas quasi-experiments (Maguire) leave direction uncertain; MRI shows volume, not mechanism; animal evidence generalises only partly; change can be reversible; judgement about how far learning changes the brain",
    ),
    answer:
      "**Introduction.** A central idea in psychology is that behaviour and the brain are not fixed. This essay discusses evidence that learning changes the brain (neuroplasticity) and what this research can and cannot show about change.\n\n**Neuroplasticity.** Repeated activity strengthens connections between neurons (long-term potentiation), dendrites branch, and new synapses form; unused connections weaken and may be pruned. Learning a skill can therefore change the structure of relevant brain areas, which in turn supports the new behaviour.\n\n**Research.**\n- *Draganski et al. (2004)* scanned adults before and after three months of learning to juggle. Jugglers gained grey matter in areas processing visual motion; a non-juggling control group did not. After three months without practice the increase partly disappeared. This longitudinal design with a control group shows that change *followed* learning, and that it can reverse.\n- *Maguire et al. (2000)* found larger posterior hippocampi in London taxi drivers than in controls, with volume related to years of driving, consistent with change through extensive spatial learning. As a quasi-experiment, though, it cannot exclude the possibility that people with larger hippocampi become drivers.\n- *Rosenzweig, Bennett and Diamond* raised rats in enriched or impoverished environments and found a heavier, thicker cortex in enriched rats: experimental evidence that experience causes structural change, although in rats.\n\n**Evaluation.** Together these studies offer converging evidence from different methods. Limitations: MRI measures volume but not what changed at the cellular level; samples are small and specific (jugglers, taxi drivers); animal findings may not generalise. The reversibility of changes shows that change is ongoing rather than permanent.\n\n**Conclusion.** Learning clearly changes the brain and behaviour, and the brain remains plastic in adulthood. The strongest evidence comes from longitudinal and experimental designs; quasi-experiments show associations. Change goes in both directions: skills that are not practised lose their brain support.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "k4-01",
    topic: "K.4",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the challenges of **measuring** a psychological variable such as **stress**.",
    points: [
      pt("p1", 1, "Stress is a construct that must be operationalised; different operationalisations capture different aspects", [
        "construct",
        "operationalise",
      ]),
      pt(
        "p2",
        1,
        "Self-report (e.g. questionnaires of life events/perceived stress): easy and captures appraisal, but subject to social desirability, memory errors, cultural differences in reporting",
        ["self-report", "social desirability"],
      ),
      pt(
        "p3",
        1,
        "Physiological measures (cortisol in saliva, heart rate): objective but affected by time of day, caffeine, exercise; do not show the person's experience",
        ["cortisol", "objective", "time of day"],
      ),
      pt("p4", 1, "Behavioural observation: e.g. coding signs of stress - observer bias, reactivity", ["observation", "observer bias"]),
      pt("p5", 1, "Validity/reliability: measures may not agree with each other; triangulation of measures recommended", [
        "validity",
        "reliability",
        "triangulation",
      ]),
      pt("p6", 1, "Conclusion on how measurement choice affects conclusions", ["conclusion"]),
    ],
    answer:
      "**Stress** is not directly observable: it is a **construct** that researchers must **operationalise**, and each choice captures only part of it.\n\n- **Self-report** questionnaires (e.g. ratings of perceived stress or lists of recent life events) are cheap and capture how people *appraise* events, which matters for stress. But answers may be distorted by social desirability, poor memory or cultural norms about admitting distress, and a fixed list of events may not fit every culture.\n- **Physiological measures** such as salivary cortisol or heart rate are objective, but cortisol varies with time of day, sleep, caffeine and exercise, so sampling must be carefully controlled, and a hormone level does not tell us what the person experiences.\n- **Behavioural observation** (e.g. coding fidgeting) is open to observer bias and to participants changing behaviour when watched.\n\nThese measures often correlate only weakly with each other, raising questions of **construct validity**. Researchers therefore combine measures (method triangulation) and choose carefully, because the measure used can change the conclusion: a study using cortisol and one using self-report may reach different answers about the same situation.",
  }),
  written({
    key: "k5-01",
    topic: "K.5",
    difficulty: 5,
    marks: 15,
    paper: "P1",
    term: "Evaluate",
    stem: "With reference to the concept of **perspective**, evaluate how **two** approaches to psychology explain **one** behaviour.",
    points: erq(
      "the response evaluates two approaches' explanations of one behaviour (e.g. biological and sociocultural explanations of aggression or depression) and judges how the different perspectives complement or compete with each other",
      "accurate explanations from each approach, e.g. aggression: biological (testosterone, serotonin, genes) and sociocultural (social learning through modelling, cultural norms); concept of perspective explained (each approach asks different questions at a different level of analysis)",
      "at least one relevant study for each approach described and linked (e.g. Bandura, Ross and Ross (1961) for social learning; research on neurotransmitters or hormones for biological explanations)",
      "evaluation of each explanation (evidence, methods, reductionism, generalisability) and of the value of combining perspectives (e.g. interactionist or biopsychosocial models); reasoned judgement",
    ),
    answer:
      "**Introduction.** Different approaches in psychology look at the same behaviour from different perspectives, at different levels of analysis. This essay evaluates biological and sociocultural explanations of **aggression** and argues that each is incomplete alone.\n\n**Biological perspective.** Aggression is explained by biological factors such as hormones (e.g. testosterone), neurotransmitters (e.g. low serotonin activity linked to impulsive aggression) and genetic predispositions. Research in this area uses controlled manipulations (e.g. lowering serotonin through tryptophan depletion, or comparing twins), which allow fairly precise conclusions about mechanisms. However, effects in laboratory games may not reflect real aggression, findings are often small or inconsistent, and the approach is reductionist: it cannot explain why aggression differs so much between cultures with similar biology.\n\n**Sociocultural perspective.** Social learning theory explains aggression as learned by observing models. Bandura, Ross and Ross (1961) showed that children who watched an adult attack a Bobo doll imitated specific aggressive acts. This perspective explains cultural variation in aggression and suggests interventions (e.g. changing role models). But laboratory imitation of aggression towards a toy lacks ecological validity, and the perspective does not explain why individuals exposed to the same models differ.\n\n**Comparing the perspectives.** They answer different questions: the biological perspective asks *how* aggression is produced in the body; the sociocultural perspective asks *why* it takes certain forms in certain settings. Their methods also differ: laboratory and physiological measures versus observation and cultural comparison. Neither alone is complete.\n\n**Conclusion.** Each perspective explains part of aggression well, but an interactionist explanation, in which biological predispositions are shaped by social learning and cultural norms, gives the most complete account. Considering several perspectives also protects against the bias of any single one.\n\n*(Marked against the criteria: focus, knowledge and understanding, use of research, critical thinking, clarity and organisation.)*",
  }),
  written({
    key: "k6-01",
    topic: "K.6",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the ethical **responsibilities** of researchers when conducting studies with **human participants**. Refer to **one** study in your answer.",
    points: [
      pt("p1", 1, "Informed consent (parental consent for children) and the right to withdraw", ["informed consent", "right to withdraw"]),
      pt("p2", 1, "Protection from harm (physical and psychological) / risk-benefit assessment by an ethics committee", [
        "protection from harm",
        "ethics committee",
      ]),
      pt("p3", 1, "Deception only when justified, followed by debriefing; confidentiality/anonymity", ["deception", "debriefing", "confidentiality"]),
      pt(
        "p4",
        2,
        "Study used accurately to illustrate, e.g. Watson and Rayner (1920): an infant was conditioned to fear a rat, with no attempt to remove the fear - breach of protection from harm / Asch: deception justified and debriefed",
        ["Watson", "Little Albert", "Asch", "example"],
      ),
      pt("p5", 1, "Discussion: tension between scientific value and participants' welfare / responsibility extends to how findings are reported and used", [
        "tension",
        "cost-benefit",
        "reporting",
      ]),
    ],
    answer:
      "Researchers are responsible for the welfare and rights of the people who take part in their studies. The main responsibilities are:\n\n- **Informed consent**: participants (or parents, for children) agree after knowing what the study involves, and are told they may **withdraw** at any time, including their data.\n- **Protection from harm**: risks should be no greater than in everyday life; studies are reviewed by an ethics committee that weighs risks against benefits.\n- **Deception** only when necessary and justified, followed by a full **debriefing**; **confidentiality** and anonymity of data.\n\n**Example: Watson and Rayner (1920).** The researchers deliberately conditioned an infant, 'Little Albert', to fear a white rat by striking a steel bar behind him, and the fear generalised to other furry objects. His mother's consent was not fully informed, and the conditioned fear was not removed before he left. By today's standards this breaches protection from harm.\n\n**Discussion.** There is a tension between gaining knowledge (some important findings, such as Asch's, needed deception) and participants' welfare. Modern codes resolve this by requiring justification, debriefing and independent review. Responsibility also extends beyond the study: researchers should report findings honestly and consider how they might be used, for example to stigmatise groups.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL extensions (Paper 3): culture, motivation, technology, data analysis
// ─────────────────────────────────────────────────────────────────────────────
const rewardStudy =
  "**Hypothetical study (source A).** Researchers recruited 30 volunteers aged 10-11 who had said they enjoyed solving logic puzzles. In session 1, half (randomly allocated) were told they would earn a voucher for every puzzle solved; the other half were given no reward. In session 2, a week later, each child was left alone for 10 minutes with puzzles, magazines and a tablet game and told they could do whatever they liked, while a hidden camera recorded the time spent on puzzles.";

const sleepStudy =
  "**Hypothetical study (source B).** Six students recorded how many hours they slept the night before a proof-reading test, then counted spelling errors they missed in a 500-word text.\n\n| Student | A | B | C | D | E | F |\n|---|---|---|---|---|---|---|\n| Hours of sleep | 5.5 | 7.0 | 8.5 | 6.0 | 9.0 | 7.5 |\n| Errors missed | 14 | 9 | 7 | 11 | 6 | 10 |";

const hl: QuestionInput[] = [
  written({
    key: "h1-01",
    levels: HL,
    topic: "H.1",
    difficulty: 3,
    marks: 6,
    paper: "P3",
    term: "Explain",
    stem: "Explain how **culture** may influence **cognition**, with reference to **one** study.",
    points: [
      pt(
        "p1",
        1,
        "Culture defined (shared norms, values, practices transmitted across generations) and claim that cognition is shaped by cultural experience",
        ["culture", "norms", "transmitted"],
      ),
      pt(
        "p2",
        1,
        "Holistic vs analytic thinking explained: East Asian cultures tend to attend to context and relationships; Western cultures to focal objects",
        ["holistic", "analytic", "context"],
      ),
      pt(
        "p3",
        2,
        "Study accurately described, e.g. Masuda and Nisbett (2001): Japanese and American university students watched animated underwater scenes and described them; Japanese participants made more statements about the background and relationships between objects; in a later recognition task, Japanese participants' recognition of focal fish was more affected when the background was changed",
        ["Masuda", "Nisbett", "underwater", "background"],
      ),
      pt("p4", 1, "Link: attention and memory reflect culturally learned ways of perceiving (e.g. interdependent social environments)", [
        "attention",
        "learned",
      ]),
      pt("p5", 1, "Limitation: quasi-experiment with university students; cannot isolate which aspect of culture causes difference; within-culture variation", [
        "quasi-experiment",
        "students",
        "variation",
      ]),
    ],
    answer:
      "**Culture** is the set of norms, values, beliefs and practices shared by a group and passed on across generations. Because people grow up learning to attend to what matters in their environment, culture can shape basic cognitive processes such as attention and memory.\n\nNisbett and colleagues proposed that East Asian cultures encourage **holistic** thinking (attending to context and relationships), while Western cultures encourage **analytic** thinking (attending to focal objects and their properties).\n\n**Masuda and Nisbett (2001)** showed Japanese and American university students short animated scenes of an underwater environment with large focal fish, smaller animals, plants and rocks. When describing the scenes, Japanese participants made more statements about the background and about relationships between objects than American participants, who more often began with the focal fish. In a recognition task, Japanese participants' recognition of previously seen fish was more disrupted when the fish appeared against a new background.\n\nThis suggests culture influences what people attend to and encode. However, it is a quasi-experiment with university students, so it cannot show which aspect of culture (language, social structure, environment) causes the difference, and individuals within each culture vary.",
  }),
  written({
    key: "h1-02",
    levels: HL,
    topic: "H.1",
    difficulty: 4,
    marks: 9,
    paper: "P3",
    term: "Evaluate",
    stem: "**Hypothetical study (source C).** A researcher asked 60 university students in country X (described as collectivist) and 60 in country Y (described as individualist) to read short stories in which a character broke a rule to help a friend, then to rate how acceptable the behaviour was (1-7). The questionnaire was written in country Y's language and translated into country X's language by the researcher, who was from country Y. Mean acceptability was 5.4 in country X and 3.9 in country Y. The researcher concluded that collectivist cultures place loyalty to in-group members above rules.\n\nEvaluate the researcher's conclusion.",
    points: [
      pt(
        "p1",
        1,
        "Identifies the design as a quasi-experiment/cross-cultural comparison - culture cannot be manipulated, so causal claims about collectivism are limited",
        ["quasi-experiment", "not manipulated"],
      ),
      pt("p2", 1, "Result interpreted: higher acceptability in X is consistent with collectivist in-group loyalty", ["consistent", "in-group"]),
      pt("p3", 1, "Culture assumed from a national label - individual participants' collectivism not measured (ecological fallacy)", [
        "not measured",
        "ecological fallacy",
        "nation",
      ]),
      pt("p4", 1, "Translation issues - no back-translation; stories/terms may not be equivalent (imposed etic)", [
        "back-translation",
        "translation",
        "imposed etic",
      ]),
      pt("p5", 1, "Researcher bias - researcher from Y may interpret through own cultural lens; emic input lacking", ["researcher bias", "emic"]),
      pt("p6", 1, "Sample: university students may not represent their countries; convenience sample", ["students", "representative"]),
      pt("p7", 1, "Data: only means; no spread/inferential test; response styles (e.g. use of scale midpoints/extremes) differ across cultures", [
        "spread",
        "inferential",
        "response style",
      ]),
      pt("p8", 1, "Improvements: measure individualism-collectivism directly, back-translation, local co-researchers, scenario pilot", [
        "back-translation",
        "pilot",
        "co-researcher",
      ]),
      pt("p9", 1, "Judgement: findings are consistent with the claim but do not establish it", ["judgement"]),
    ],
    answer:
      "**What the data show.** Students in country X rated rule-breaking to help a friend as more acceptable (5.4 vs 3.9 out of 7), which is consistent with the idea that collectivist cultures value in-group loyalty.\n\n**Problems with the conclusion.**\n- *Design:* this is a cross-cultural quasi-experiment. Culture was not manipulated, and many other differences between the countries (religion, legal systems, economics) could explain the result.\n- *Measuring culture:* the countries were *described* as collectivist and individualist, but individual participants' values were not measured; assuming each student holds their country's average values is the ecological fallacy.\n- *Translation and imposed etic:* the researcher translated the materials without back-translation. 'Breaking a rule' and 'friend' may carry different meanings in X, so the two groups may not have judged equivalent stories.\n- *Researcher bias:* a researcher from Y designed and interpreted the study, with no local (emic) input.\n- *Sampling:* university students are a convenience sample unlikely to represent either country.\n- *Data:* only means are reported. Without standard deviations and an inferential test we cannot judge whether the difference is significant or large; cultures also differ in how they use rating scales (response styles).\n\n**Improvements.** Measure participants' individualism-collectivism directly, use back-translation and local co-researchers, pilot the scenarios in both cultures, and report spread and statistical tests.\n\n**Judgement.** The result fits the proposed explanation but does not establish it: the conclusion should be stated more tentatively.",
  }),
  mcq({
    key: "h1-03",
    levels: HL,
    topic: "H.1",
    difficulty: 2,
    paper: "P3",
    stem: "In Hofstede's model, a culture in which people accept that power is distributed unequally and expect those with authority to make decisions without consulting them scores:",
    options: ["High on power distance", "High on individualism", "High on uncertainty avoidance", "Low on long-term orientation"],
    correct: "A",
    why: "A: power distance is the extent to which less powerful members accept and expect unequal distribution of power",
    answer:
      "**A.** **Power distance** measures how far the less powerful members of a society accept and expect power to be distributed unequally. In high power distance cultures, hierarchy is seen as natural and subordinates expect to be told what to do. Individualism (B) concerns self vs group; uncertainty avoidance (C) concerns tolerance of ambiguity; long-term orientation (D) concerns focus on future rewards versus past and present.",
  }),
  written({
    key: "h2-01",
    levels: HL,
    topic: "H.2",
    difficulty: 3,
    marks: 6,
    paper: "P3",
    term: "Describe",
    stem: "Describe **one** study showing how **extrinsic rewards** can affect **intrinsic motivation**.",
    points: [
      pt("p1", 1, "Intrinsic vs extrinsic motivation distinguished; overjustification effect defined", ["intrinsic", "extrinsic", "overjustification"]),
      pt("p2", 1, "Aim, e.g. Lepper, Greene and Nisbett (1973): whether an expected reward undermines children's interest in an activity they already enjoy", [
        "Lepper",
        "aim",
      ]),
      pt(
        "p3",
        2,
        "Method: preschool children who showed interest in drawing were assigned to expected-award (told they would get a 'good player' certificate), unexpected-award or no-award conditions; a week or two later their free-play drawing was observed through a one-way mirror",
        ["preschool", "certificate", "expected", "one-way mirror"],
      ),
      pt("p4", 1, "Findings: children in the expected-award condition spent less free-play time drawing than the other two groups", [
        "less time",
        "expected award",
      ]),
      pt("p5", 1, "Conclusion: expected, contingent rewards can reduce intrinsic motivation (overjustification / reduced sense of autonomy)", [
        "autonomy",
        "undermine",
      ]),
    ],
    answer:
      "**Intrinsic motivation** is doing something for its own sake; **extrinsic motivation** is doing it to get an outcome such as a reward. The **overjustification effect** is the finding that an expected reward for an already enjoyable activity can reduce intrinsic interest in it.\n\n**Lepper, Greene and Nisbett (1973).** *Aim:* to test whether expecting a reward for an enjoyable activity reduces children's later interest in it.\n\n*Method:* children at a university nursery school who had shown interest in drawing with felt-tip markers during free play were assigned to three conditions. In the *expected-award* condition they were told they could win a 'Good Player' certificate if they drew; the *unexpected-award* group received the same certificate without being told beforehand; the *no-award* group received none. One to two weeks later, the markers were again available in the classroom, and observers behind a one-way mirror recorded how long each child spent drawing.\n\n*Findings:* children in the expected-award condition spent significantly less of their free time drawing than the other two groups, whose interest was not reduced.\n\n*Conclusion:* an expected, contingent reward can undermine intrinsic motivation, perhaps because the activity comes to be seen as done *for* the reward (less autonomy).",
  }),
  numeric({
    key: "h2-02",
    levels: HL,
    topic: "H.2",
    difficulty: 2,
    marks: 2,
    paper: "P3",
    term: "Calculate",
    stem: `${rewardStudy}\n\nIn session 2, the rewarded group spent a mean of 5.2 minutes on puzzles, compared with a mean of 8.0 minutes for the same children in a baseline free-choice session held before session 1.\n\nCalculate the percentage decrease in mean time spent on puzzles from baseline to session 2.`,
    numericAnswer: { value: 35, tolerance: 0.1, unit: "%" },
    points: [pt("p1", 1, "Decrease = 8.0 − 5.2 = 2.8 minutes; 2.8 / 8.0 × 100", ["2.8", "8.0"]), pt("p2", 1, "= 35% decrease", ["35"])],
    answer: String.raw`$$\text{percentage decrease} = \frac{8.0 - 5.2}{8.0} \times 100 = \frac{2.8}{8.0} \times 100 = 35\%$$
The rewarded children's mean free-choice time on puzzles fell by **35%**. (To attribute this to the reward we would also need the unrewarded group's change over the same period.)`,
  }),
  written({
    key: "h2-03",
    levels: HL,
    topic: "H.2",
    difficulty: 5,
    marks: 9,
    paper: "P3",
    term: "Evaluate",
    stem: `${rewardStudy}\n\nIn session 2, the rewarded group spent a mean of 4.1 minutes on puzzles (SD 2.6) and the unrewarded group 6.3 minutes (SD 2.9).\n\nWith reference to **self-determination theory**, evaluate what this study can tell us about the role of motivation in behaviour.`,
    points: [
      pt("p1", 1, "SDT outlined: intrinsic motivation depends on satisfying needs for autonomy, competence and relatedness", [
        "self-determination",
        "autonomy",
        "competence",
        "relatedness",
      ]),
      pt("p2", 1, "Application: a contingent reward may be experienced as controlling, reducing autonomy and so intrinsic motivation (overjustification)", [
        "controlling",
        "overjustification",
      ]),
      pt(
        "p3",
        1,
        "Data interpreted: rewarded group spent less free time on puzzles (4.1 vs 6.3 min); SDs overlap considerably so an inferential test is needed",
        ["4.1", "6.3", "overlap", "inferential"],
      ),
      pt("p4", 1, "Strength: random allocation and behavioural measure (free-choice time) recorded covertly support internal validity", [
        "random allocation",
        "behavioural measure",
        "hidden camera",
      ]),
      pt("p5", 1, "Limitation: small sample (15 per group) of one age group / volunteers who already liked puzzles - limited generalisation", [
        "small sample",
        "generalise",
      ]),
      pt(
        "p6",
        1,
        "Limitation: alternative explanations - e.g. novelty of the tablet game, satiation after many puzzles in session 1 (rewarded children may have solved more)",
        ["alternative explanation", "satiation"],
      ),
      pt("p7", 1, "Ethical point: covert filming of children requires parental consent and debriefing", ["consent", "children", "covert"]),
      pt("p8", 1, "Link to wider research (e.g. Lepper et al. (1973) findings similar; meta-analyses show effect mainly for expected, tangible rewards)", [
        "Lepper",
        "meta-analysis",
        "expected",
      ]),
      pt("p9", 1, "Judgement about what can be concluded", ["judgement"]),
    ],
    answer:
      "**Self-determination theory (SDT)** (Deci and Ryan) proposes that intrinsic motivation thrives when three psychological needs are met: **autonomy** (feeling one's actions are self-chosen), **competence** and **relatedness**. Rewards that feel controlling reduce perceived autonomy, so the activity shifts from 'something I like' to 'something I do for vouchers', and interest falls when the reward is removed: the **overjustification effect**.\n\n**What the study shows.** In the free-choice session the rewarded children spent less time on puzzles (mean 4.1 minutes) than the unrewarded children (6.3 minutes), as SDT predicts. But the standard deviations (2.6 and 2.9) are large relative to the 2.2-minute difference, so the distributions overlap a lot; an inferential test (e.g. an independent-samples t-test or Mann-Whitney U) is needed before concluding the difference is not due to chance.\n\n**Strengths.** Random allocation controls participant variables, and free-choice time was recorded covertly, a behavioural measure less affected by demand characteristics than asking children how much they like puzzles.\n\n**Limitations.** Fifteen children per group is small, and all were 10-11-year-olds who already liked puzzles, so generalisation is limited. Alternative explanations are possible: rewarded children may have solved many more puzzles in session 1 and simply be tired of them (satiation). Covert filming of children needs parental consent and a debrief.\n\n**Wider evidence.** The finding fits Lepper, Greene and Nisbett (1973), and reviews suggest undermining occurs mainly with *expected*, tangible rewards, while unexpected rewards or informative praise can support competence.\n\n**Judgement.** The study is consistent with SDT's claim that controlling rewards reduce intrinsic motivation, but with its small sample and no significance test it is suggestive rather than conclusive.",
  }),
  mcq({
    key: "h2-04",
    levels: HL,
    topic: "H.2",
    difficulty: 2,
    paper: "P3",
    stem: "According to **self-determination theory**, which set of basic psychological needs supports intrinsic motivation?",
    options: [
      "Safety, esteem and self-actualisation",
      "Achievement, power and affiliation",
      "Autonomy, competence and relatedness",
      "Arousal, reward and punishment",
    ],
    correct: "C",
    why: "C: SDT (Deci and Ryan) names autonomy, competence and relatedness",
    answer:
      "**C.** Self-determination theory (Deci and Ryan) proposes three basic psychological needs: **autonomy** (feeling one's behaviour is self-chosen), **competence** (feeling effective) and **relatedness** (feeling connected to others). A lists levels from Maslow's hierarchy; B lists McClelland's needs; D mixes concepts from arousal and learning theories.",
  }),
  written({
    key: "h3-01",
    levels: HL,
    topic: "H.3",
    difficulty: 3,
    marks: 6,
    paper: "P3",
    term: "Describe",
    stem: "Describe **one** study investigating the effect of **digital technology** on **memory**.",
    points: [
      pt(
        "p1",
        1,
        "Aim, e.g. Sparrow, Liu and Wegner (2011): whether expecting to have future access to information (as with the internet) affects memory for it ('Google effect' / cognitive offloading)",
        ["Sparrow", "Google effect", "aim"],
      ),
      pt(
        "p2",
        2,
        "Method: participants typed trivia statements into a computer; some were told the computer would save them, others that they would be erased; recall of the statements was then tested; another experiment tested memory for which folder statements were saved in",
        ["trivia", "saved", "erased", "folder"],
      ),
      pt(
        "p3",
        1,
        "Findings: participants who believed the information would be saved recalled fewer statements; they were relatively better at remembering where information was stored than the information itself",
        ["recalled fewer", "where"],
      ),
      pt("p4", 1, "Conclusion: people use the internet/computers as a form of transactive (external) memory", ["transactive memory", "external memory"]),
      pt(
        "p5",
        1,
        "Evaluation point, e.g. a large replication project did not reproduce one of its experiments; laboratory trivia task has low ecological validity",
        ["replication", "ecological validity"],
      ),
    ],
    answer:
      "**Sparrow, Liu and Wegner (2011).** *Aim:* to investigate whether people remember information less well when they expect to be able to look it up later, as they can with the internet.\n\n*Method:* in a series of laboratory experiments, university students read trivia statements and typed them into a computer. Some were told the computer would save what they typed; others were told it would be erased. They then tried to recall the statements. In another experiment, participants were told statements were saved in specific named folders, and were tested both on the statements and on which folder held each one.\n\n*Findings:* participants who believed the information would be saved recalled fewer statements than those who believed it would be erased. When information was saved, participants were relatively better at remembering *where* it was stored than the information itself.\n\n*Conclusion:* people treat computers and the internet as an external, **transactive memory** source: they remember where to find information rather than the information.\n\n*Evaluation:* the tasks were artificial, and a large multi-lab replication project later failed to reproduce one of the experiments, so the size and robustness of the effect are uncertain.",
  }),
  written({
    key: "h3-02",
    levels: HL,
    topic: "H.3",
    difficulty: 5,
    marks: 12,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the effects of **digital technology** on **one** cognitive process (for example, attention or memory). In your answer, consider how research in this area is limited by the speed at which technology changes.",
    points: [
      pt(
        "p1",
        2,
        "Cognitive process and relevant concepts explained (e.g. memory: cognitive offloading, transactive memory; attention: media multitasking, divided attention)",
        ["offloading", "transactive", "multitasking"],
      ),
      pt(
        "p2",
        2,
        "Research described accurately (e.g. Sparrow et al. (2011) Google effect; research on heavy media multitaskers' performance on attention tasks) and linked",
        ["Sparrow", "multitasking", "study"],
      ),
      pt(
        "p3",
        2,
        "Positive as well as negative effects considered (e.g. offloading frees capacity for other tasks; games may improve some visual attention skills)",
        ["positive", "frees capacity"],
      ),
      pt(
        "p4",
        2,
        "Methodological evaluation: much research is correlational (self-reported use); laboratory tasks; replication problems; direction of causality (people with poorer attention may multitask more)",
        ["correlational", "self-report", "replication", "direction"],
      ),
      pt(
        "p5",
        2,
        "Rapid change: findings may be outdated by the time they are published; technologies differ from those studied; long-term longitudinal effects hard to study; cohort effects",
        ["outdated", "longitudinal", "cohort"],
      ),
      pt("p6", 2, "Balanced, reasoned conclusion", ["conclusion"]),
    ],
    answer:
      "**Process: memory.** Digital technology lets people store information externally: **cognitive offloading**. Wegner's idea of **transactive memory** (remembering *who* or *what* knows something instead of the information itself) has been extended to the internet.\n\n**Research.** Sparrow, Liu and Wegner (2011) found that students who believed typed trivia statements would be saved on a computer recalled fewer of them than students who believed the statements would be erased, and were relatively better at remembering where information was stored. This suggests that expecting future access changes what we encode.\n\n**Positive and negative effects.** Offloading is not necessarily harmful: storing details externally can free limited cognitive resources for other tasks, and remembering where to find information is adaptive when it is reliably available. The risk is dependence: when the device is unavailable, or information online is unreliable, people may lack knowledge they need.\n\n**Evaluation of the research.** Much evidence comes from short laboratory tasks with trivia, which have low ecological validity. A large replication project did not reproduce one of Sparrow et al.'s experiments, so effects may be smaller than first reported. Research on everyday use often relies on self-reported screen time, which is inaccurate, and is correlational: people with certain cognitive styles may use technology differently, so direction of causality is unclear.\n\n**Speed of change.** Technology changes faster than research can follow. By the time a study is published, the devices and apps studied may have changed (e.g. search engines versus AI assistants), so findings may not apply to current technology. Long-term effects need longitudinal studies lasting years, during which the technology itself changes, and differences between age groups may be cohort effects rather than effects of technology.\n\n**Conclusion.** There is some evidence that digital technology changes what we choose to remember, but the effects appear modest, may be adaptive, and are hard to establish firmly because of methodological limitations and the pace of technological change.",
  }),
  mcq({
    key: "h3-03",
    levels: HL,
    topic: "H.3",
    difficulty: 2,
    paper: "P3",
    stem: "A student sets a phone reminder for a dentist appointment instead of trying to remember it. This is an example of:",
    options: ["Cognitive offloading", "Proactive interference", "Schema activation", "Anchoring"],
    correct: "A",
    why: "A: cognitive offloading - using an external aid or action to reduce the demand on internal memory",
    answer:
      "**A.** **Cognitive offloading** is using physical action or an external tool (writing notes, setting reminders, saving photos) to reduce the cognitive demand of a task, here prospective memory. Proactive interference (B) is old learning disrupting new; schema activation (C) and anchoring (D) do not describe storing information externally.",
  }),
  numeric({
    key: "h4-01",
    levels: HL,
    topic: "H.4",
    difficulty: 3,
    marks: 3,
    paper: "P3",
    term: "Calculate",
    stem: "**Hypothetical data.** Eight participants rated their mood (0-10) after a brief walk in a park:\n\n4, 8, 6, 5, 9, 7, 3, 6\n\nCalculate the **sample standard deviation** of the ratings (use $n - 1$ in the denominator).",
    numericAnswer: { value: 2, tolerance: 0.01 },
    points: [
      pt("p1", 1, String.raw`Mean $\bar{x} = 48 / 8 = 6$`, ["6", "48"]),
      pt("p2", 1, String.raw`Sum of squared deviations $\sum (x - \bar{x})^2 = 28$`, ["28"]),
      pt("p3", 1, String.raw`$s = \sqrt{28 / 7} = \sqrt{4} = 2$`, ["2"]),
    ],
    answer: String.raw`**Mean:** $\bar{x} = \dfrac{4 + 8 + 6 + 5 + 9 + 7 + 3 + 6}{8} = \dfrac{48}{8} = 6$

**Deviations from the mean:** $-2, 2, 0, -1, 3, 1, -3, 0$

**Squared deviations:** $4, 4, 0, 1, 9, 1, 9, 0$, total $\sum (x - \bar{x})^2 = 28$

**Sample standard deviation:**
$$s = \sqrt{\frac{\sum (x - \bar{x})^2}{n - 1}} = \sqrt{\frac{28}{7}} = \sqrt{4} = 2$$

On average, ratings lie about **2** points from the mean of 6.`,
  }),
  numeric({
    key: "h4-02",
    levels: HL,
    topic: "H.4",
    difficulty: 4,
    marks: 4,
    paper: "P3",
    term: "Calculate",
    stem: String.raw`${sleepStudy}

Calculate Spearman's rank correlation coefficient $r_s$ for hours of sleep and errors missed, using
$$r_s = 1 - \frac{6 \sum d^2}{n(n^2 - 1)}$$
Give your answer to 3 significant figures.`,
    numericAnswer: { value: -0.943, tolerance: 0.0015, sigFigs: 3, sigFigsExact: true },
    points: [
      pt("p1", 1, "Ranks for sleep (A-F): 1, 3, 5, 2, 6, 4; ranks for errors (A-F): 6, 3, 2, 5, 1, 4", ["ranks"]),
      pt("p2", 1, String.raw`Differences $d$: $-5, 0, 3, -3, 5, 0$; $\sum d^2 = 68$`, ["68"]),
      pt("p3", 1, String.raw`$r_s = 1 - \dfrac{6 \times 68}{6 \times 35} = 1 - \dfrac{408}{210}$`, ["408", "210"]),
      pt("p4", 1, String.raw`$r_s = -0.943$ (3 s.f.)`, ["-0.943"]),
    ],
    answer: String.raw`**Rank each variable** (1 = smallest):

| Student | Sleep | Rank | Errors | Rank | $d$ | $d^2$ |
|---|---|---|---|---|---|---|
| A | 5.5 | 1 | 14 | 6 | $-5$ | 25 |
| B | 7.0 | 3 | 9 | 3 | 0 | 0 |
| C | 8.5 | 5 | 7 | 2 | 3 | 9 |
| D | 6.0 | 2 | 11 | 5 | $-3$ | 9 |
| E | 9.0 | 6 | 6 | 1 | 5 | 25 |
| F | 7.5 | 4 | 10 | 4 | 0 | 0 |

$\sum d^2 = 68$ and $n = 6$, so
$$r_s = 1 - \frac{6 \times 68}{6(36 - 1)} = 1 - \frac{408}{210} = 1 - 1.943 = -0.943$$

A strong **negative** correlation: students who slept more tended to miss fewer errors. With only six students, and no manipulation of sleep, this does not show that sleep causes better proof-reading.`,
  }),
  numeric({
    key: "h4-03",
    levels: HL,
    topic: "H.4",
    difficulty: 3,
    marks: 2,
    paper: "P3",
    term: "Calculate",
    stem: String.raw`**Hypothetical data.** In an experiment on retrieval practice, the group that tested itself scored a mean of 24.0 on a final test and the group that re-read the material scored a mean of 19.5. The pooled standard deviation was 5.0.

Calculate the effect size, Cohen's $d = \dfrac{\bar{x}_1 - \bar{x}_2}{s_{\text{pooled}}}$.`,
    numericAnswer: { value: 0.9, tolerance: 0.005 },
    points: [pt("p1", 1, String.raw`$d = \dfrac{24.0 - 19.5}{5.0}$`, ["4.5", "5.0"]), pt("p2", 1, String.raw`$d = 0.9$`, ["0.9"])],
    answer: String.raw`$$d = \frac{24.0 - 19.5}{5.0} = \frac{4.5}{5.0} = 0.9$$
By common conventions ($0.2$ small, $0.5$ medium, $0.8$ large), $d = 0.9$ is a **large** effect: the self-testing group scored almost one standard deviation higher. Effect size says how big a difference is; whether it is statistically significant also depends on sample size.`,
  }),
  mcq({
    key: "h4-04",
    levels: HL,
    topic: "H.4",
    difficulty: 3,
    paper: "P3",
    stem: "A study reports that the difference between two conditions is significant at $p < 0.05$. Which interpretation is correct?",
    options: [
      "There is less than a 5% chance that the hypothesis is false.",
      "If the null hypothesis were true, a difference at least this large would be expected less than 5% of the time.",
      "The effect is large and important in everyday life.",
      "The study would produce the same result 95% of the time if repeated.",
    ],
    correct: "B",
    why: "B: the p-value is the probability of data at least this extreme if the null hypothesis is true",
    answer:
      "**B.** A p-value is calculated assuming the null hypothesis is true: it is the probability of getting a difference at least as large as the one observed by chance alone. $p < 0.05$ means this would happen less than 5% of the time, so the null hypothesis is rejected at that level. It is *not* the probability that the hypothesis is false (A), it says nothing about the size or practical importance of the effect (C, see effect size), and it does not give the probability of replication (D).",
  }),
  written({
    key: "h4-05",
    levels: HL,
    topic: "H.4",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Justify",
    stem: `${rewardStudy}\n\nThe researchers want to test whether time spent on puzzles in session 2 differs between the rewarded and unrewarded groups. The data are times in minutes and are strongly skewed.\n\nIdentify an appropriate inferential test and justify your choice.`,
    points: [
      pt("p1", 1, "Mann-Whitney U test", ["Mann-Whitney"]),
      pt("p2", 1, "Design is independent samples (different children in each group, randomly allocated)", ["independent"]),
      pt("p3", 1, "Test of difference (not correlation) between two conditions", ["difference", "two conditions"]),
      pt("p4", 1, "Data skewed so a non-parametric test is appropriate (assumption of normality for an independent t-test not met)", [
        "non-parametric",
        "skewed",
        "normal",
      ]),
    ],
    answer:
      "**Mann-Whitney U test.**\n\n- The question asks about a **difference** between two conditions, so a test of difference (not correlation) is needed.\n- The design is **independent samples**: each child was in only one group.\n- Time is measured on a ratio scale, which would normally suit an independent-samples t-test, but the data are strongly **skewed**, so the normality assumption is not met. A **non-parametric** test that compares ranks is more appropriate.\n\n(If the same children had been tested in both conditions, the Wilcoxon signed-rank test would be used instead.)",
  }),
  written({
    key: "h4-06",
    levels: HL,
    topic: "H.4",
    difficulty: 4,
    marks: 6,
    paper: "P3",
    term: "Interpret",
    stem: `${sleepStudy}\n\nThe researchers calculated $r_s \\approx -0.94$. For $n = 6$, the critical value of $r_s$ for a two-tailed test at $p = 0.05$ is $0.886$ (the absolute value must be equal to or greater than this).\n\nInterpret this result and comment on the conclusions that can be drawn.`,
    points: [
      pt("p1", 1, "Strong negative correlation: more sleep associated with fewer missed errors", ["negative", "strong"]),
      pt("p2", 1, "|r_s| ≈ 0.94 is greater than the critical value 0.886, so the result is significant at p = 0.05 (two-tailed); null hypothesis rejected", [
        "critical value",
        "significant",
        "null hypothesis",
      ]),
      pt(
        "p3",
        1,
        "Small sample: with n = 6 a single different score could change the conclusion; risk of a Type I error remains / result only generalises weakly",
        ["borderline", "Type I", "small sample"],
      ),
      pt("p4", 1, "Correlation does not show causation - sleep not manipulated", ["causation", "correlation"]),
      pt("p5", 1, "Confounding variables, e.g. conscientiousness/stress may affect both sleep and carefulness", ["confounding", "third variable"]),
      pt("p6", 1, "Self-reported sleep is imprecise; one test and one text limit generalisation", ["self-report", "generalise"]),
    ],
    answer: String.raw`**Direction and strength.** $r_s \approx -0.94$ is a strong **negative** correlation: students who slept longer tended to miss fewer spelling errors.

**Significance.** The absolute value (0.94) is greater than the critical value of 0.886 for $n = 6$ at $p = 0.05$ (two-tailed), so the result is significant and the null hypothesis of no correlation can be rejected. But with only six participants, one different score could change the conclusion, and the risk of a Type I error (a false positive) should be kept in mind.

**Conclusions.** This is a correlation, so it does not show that sleep *causes* better proof-reading. A third variable could explain both; for example, more conscientious students may sleep more *and* check more carefully, or stressed students may sleep less and concentrate less. Sleep was self-reported and not verified, and the sample was tiny and tested on one text. An experiment that manipulates sleep (e.g. restricted vs normal sleep with random allocation) and uses a larger sample would be needed to test a causal claim.`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [...biological, ...cognitive, ...sociocultural, ...research, ...contexts, ...concepts, ...hl];

const file: SubjectQuestions = { subject: "psychology", questions };
export default file;
