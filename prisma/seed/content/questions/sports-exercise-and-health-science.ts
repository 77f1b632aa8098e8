import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, NumericAnswer, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";

// Original IB-style questions for IB Sports, Exercise and Health Science (new guide, first assessment 2026).
// Paper 1A is multiple choice, Paper 1B is data-based (calculations and data on invented investigations),
// Paper 2 is short-answer and extended response. Every athlete, team, study and data set below is
// invented and labelled hypothetical; real theories are named only where they are well established and
// are summarised in our own words. HL-only questions go deeper into the same subtopics (the 2026 guide
// puts HL content inside the common subtopics). All SEHS papers allow a calculator.

const BOTH: Level[] = ["SL", "HL"];
const HL: Level[] = ["HL"];
const r = String.raw;

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

/** A science marking point ("/" separates accepted alternatives; OWTTE = or words to that effect). */
const pt = (id: string, marks: number, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "POINT", marks, text, keywords });
/** Method and accuracy marks for a calculation; an A mark depends on the M mark before it. */
const m = (id: string, text: string, keywords: string[] = []): MarkingPointInput => ({ id, kind: "M", marks: 1, text, keywords });
const a = (id: string, text: string, dependsOn: string[], keywords: string[] = []): MarkingPointInput => ({
  id,
  kind: "A",
  marks: 1,
  text,
  dependsOn,
  keywords,
});

const base = (b: Base) => ({
  key: `sehs-${b.key}`,
  levels: b.levels ?? BOTH,
  topicCode: b.topic,
  difficulty: b.difficulty,
  marks: b.marks,
  paper: b.paper,
  calculator: true,
  commandTerm: b.term,
  stem: b.stem,
  markscheme: b.points,
  workedSolution: b.answer,
});

const written = (b: Base): QuestionInput => ({ type: "WRITTEN", ...base(b) });

const numeric = (
  b: Omit<Base, "paper" | "term"> & { paper?: QuestionInput["paper"]; term?: QuestionInput["commandTerm"]; numericAnswer: NumericAnswer },
): QuestionInput => ({
  type: "NUMERIC",
  ...base({ ...b, paper: b.paper ?? "P1B", term: b.term ?? "Calculate" }),
  numericAnswer: b.numericAnswer,
});

type Mcq = Omit<Base, "marks" | "points" | "term" | "paper"> & {
  term?: QuestionInput["commandTerm"];
  options: string[];
  correct: "A" | "B" | "C" | "D";
  why: string;
};
const mcq = (b: Mcq): QuestionInput => ({
  type: "MCQ",
  ...base({ ...b, paper: "P1A", term: b.term ?? "Identify", marks: 1, points: [pt("p1", 1, b.why, [b.correct])] }),
  options: b.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  correctOptionId: b.correct,
});

// ─────────────────────────────────────────────────────────────────────────────
// Theme A: Exercise physiology and nutrition
// ─────────────────────────────────────────────────────────────────────────────
const themeA: QuestionInput[] = [
  // A.1.1 Inter-system communication
  mcq({
    key: "a11-01",
    topic: "A.1.1",
    difficulty: 1,
    stem: "Which neurotransmitter is released by a motor neuron at the neuromuscular junction to stimulate a skeletal muscle fibre?",
    options: ["Adrenaline", "Serotonin", "Dopamine", "Acetylcholine"],
    correct: "D",
    why: "D: acetylcholine is released from the motor neuron's terminal and binds to receptors on the muscle fibre's motor end plate",
    answer:
      "**D.** At the neuromuscular junction the motor neuron releases **acetylcholine**, which diffuses across the synaptic cleft and binds to receptors on the motor end plate, depolarising the sarcolemma. Adrenaline acts mainly as a hormone from the adrenal medulla; dopamine and serotonin are neurotransmitters in the brain, not at skeletal muscle.",
  }),
  written({
    key: "a11-02",
    topic: "A.1.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline how a nerve impulse (action potential) is conducted along the axon of a motor neuron.",
    points: [
      pt(
        "p1",
        1,
        "At rest the inside of the axon is negative relative to the outside (resting potential about −70 mV) / maintained by sodium–potassium pumps",
        ["resting", "-70", "negative"],
      ),
      pt("p2", 1, "A stimulus above threshold opens sodium channels and Na⁺ ions flow in, depolarising the membrane", ["sodium", "depolaris"]),
      pt("p3", 1, "Potassium channels then open and K⁺ ions flow out, repolarising the membrane", ["potassium", "repolaris"]),
      pt("p4", 1, "Local currents depolarise the next section of membrane, so the impulse travels along the axon in one direction", [
        "local current",
        "next section",
      ]),
      pt("p5", 1, "Myelin sheath insulates the axon so the impulse jumps between nodes of Ranvier (saltatory conduction), increasing speed", [
        "myelin",
        "saltatory",
        "Ranvier",
      ]),
    ],
    answer:
      "At rest the inside of the axon is about −70 mV relative to the outside, a resting potential kept up by sodium–potassium pumps. When a stimulus reaches threshold, **sodium channels** open and Na⁺ rushes in, so the membrane **depolarises**. Shortly afterwards **potassium channels** open and K⁺ flows out, **repolarising** the membrane. The local currents created by the influx of Na⁺ depolarise the neighbouring section, so the action potential passes along the axon; the section just behind is briefly refractory, so the impulse moves one way. In a myelinated motor neuron the impulse jumps from one **node of Ranvier** to the next (**saltatory conduction**), which makes conduction much faster.",
  }),
  written({
    key: "a11-03",
    levels: HL,
    topic: "A.1.1",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "Compare and contrast",
    stem: "Compare and contrast the roles of the **nervous system** and the **endocrine system** in co-ordinating the body's response to the start of a 400 m race.",
    points: [
      pt("p1", 1, "Similarity: both carry signals from one part of the body to another / both act on target cells with specific receptors", [
        "both",
        "receptor",
      ]),
      pt("p2", 1, "Similarity: both contribute to the 'fight or flight' response, e.g. raising heart rate", ["both", "heart rate", "fight or flight"]),
      pt(
        "p3",
        1,
        "Nervous system uses electrical impulses along neurons (and neurotransmitters at synapses); endocrine system uses hormones carried in the blood",
        ["electrical", "hormone", "blood"],
      ),
      pt(
        "p4",
        1,
        "Nervous responses are very fast (milliseconds), e.g. motor neurons starting muscle contraction at the gun; hormonal responses are slower to start",
        ["fast", "slower"],
      ),
      pt("p5", 1, "Nervous effects are short-lived and localised; hormonal effects are longer-lasting and widespread", [
        "short-lived",
        "longer-lasting",
        "widespread",
      ]),
      pt(
        "p6",
        1,
        "Example of endocrine role: adrenaline from the adrenal medulla increases heart rate, stroke volume and glycogen breakdown / mobilises glucose",
        ["adrenaline", "adrenal", "glycogen"],
      ),
      pt("p7", 1, "Link between systems: sympathetic nerves stimulate the adrenal medulla to release adrenaline / the hypothalamus links the two systems", [
        "sympathetic",
        "hypothalamus",
      ]),
    ],
    answer:
      "**Similarities.** Both systems carry information between parts of the body and act only on target cells that have the right receptors. In the race both contribute to the sympathetic 'fight or flight' response, for example by increasing heart rate.\n\n**Differences.** The nervous system sends **electrical impulses** along neurons, with neurotransmitters crossing synapses; the endocrine system releases **hormones** into the **blood**. Nervous signals are very fast (milliseconds): motor neurons start the leg muscles contracting as the gun goes. Hormonal effects take longer to develop but last longer and reach many organs at once: **adrenaline** from the adrenal medulla raises heart rate and stroke volume and speeds up glycogen breakdown in muscle and liver, helping to sustain the effort through the race.\n\n**Link.** The systems are connected: sympathetic nerves stimulate the adrenal medulla to release adrenaline, and the hypothalamus controls much of the endocrine system through the pituitary.",
  }),

  // A.1.2 Maintaining homeostasis
  mcq({
    key: "a12-01",
    topic: "A.1.2",
    difficulty: 2,
    stem: "During a long run in hot weather a runner's core temperature rises. Which response is an example of **negative feedback**?",
    options: [
      "Vasoconstriction of skin arterioles, reducing heat loss",
      "Shivering, which generates more heat in the muscles",
      "Increased sweating, so that evaporation removes heat from the body",
      "An increase in metabolic rate, which raises core temperature further",
    ],
    correct: "C",
    why: "C: the response (sweating) opposes the change (rising temperature) and returns it towards the set point",
    answer:
      "**C.** Negative feedback reverses a change and returns the variable towards its set point. A rise in core temperature detected by the hypothalamus triggers sweating; evaporation of sweat removes heat so temperature falls. A and B would raise temperature further (they are responses to cold), and D amplifies the change rather than correcting it.",
  }),
  written({
    key: "a12-02",
    topic: "A.1.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how the body loses heat during prolonged exercise in a hot, dry environment.",
    points: [
      pt("p1", 1, "Rising blood temperature is detected by thermoreceptors / the hypothalamus (thermoregulatory centre)", ["hypothalamus", "thermoreceptor"]),
      pt("p2", 1, "Vasodilation of skin arterioles sends more blood to the skin surface", ["vasodilation", "skin"]),
      pt("p3", 1, "Heat is lost from the skin by radiation / convection / conduction when the skin is warmer than the surroundings", [
        "radiation",
        "convection",
        "conduction",
      ]),
      pt("p4", 1, "Sweat glands secrete sweat; evaporation of sweat removes heat (latent heat of vaporisation)", ["sweat", "evaporation"]),
      pt(
        "p5",
        1,
        "In a hot environment evaporation is the main route because radiation/convection are small (or reversed) when air temperature is close to or above skin temperature; dry air allows fast evaporation",
        ["main route", "dry", "humidity"],
      ),
    ],
    answer:
      "Thermoreceptors detect the rise in blood temperature and the **hypothalamus** triggers heat-loss responses. Arterioles supplying the skin **vasodilate**, so more warm blood flows near the surface, where heat can be lost by radiation, convection and conduction. Sweat glands secrete **sweat**, and as it **evaporates** it takes heat from the skin. When air temperature approaches or exceeds skin temperature, radiation and convection lose little heat (or even add heat), so **evaporation of sweat becomes the main route**; dry air helps because sweat evaporates quickly when humidity is low.",
  }),
  written({
    key: "a12-03",
    levels: HL,
    topic: "A.1.2",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "Explain how blood glucose concentration is kept within normal limits during 60 minutes of moderate-intensity cycling.",
    points: [
      pt("p1", 1, "Working muscles take up more glucose from the blood, so blood glucose tends to fall", ["uptake", "fall"]),
      pt("p2", 1, "Insulin secretion from beta cells of the pancreas decreases", ["insulin", "beta"]),
      pt("p3", 1, "Glucagon secretion from alpha cells of the pancreas increases", ["glucagon", "alpha"]),
      pt("p4", 1, "Glucagon stimulates glycogenolysis in the liver / liver glycogen broken down to glucose released into blood", [
        "glycogenolysis",
        "liver glycogen",
      ]),
      pt(
        "p5",
        1,
        "Adrenaline (and cortisol) also promote liver glucose release / gluconeogenesis from non-carbohydrate sources such as lactate, glycerol, amino acids",
        ["adrenaline", "gluconeogenesis"],
      ),
      pt("p6", 1, "Exercise increases glucose uptake by muscle even with low insulin (contraction-stimulated GLUT4 translocation)", ["GLUT4", "contraction"]),
    ],
    answer:
      "Contracting muscles take up more glucose from the blood, so blood glucose would fall. The fall is sensed by the pancreas: **beta cells secrete less insulin** and **alpha cells secrete more glucagon**. Glucagon acts on the **liver**, stimulating **glycogenolysis** (breakdown of liver glycogen to glucose, which is released into the blood) and gluconeogenesis (making glucose from lactate, glycerol and amino acids). Adrenaline released during exercise adds to these effects. Muscle can still take up glucose while insulin is low because contraction itself moves GLUT4 transporters to the membrane. The result is negative feedback: glucose released by the liver matches muscle uptake, so blood glucose stays within normal limits until liver glycogen runs low.",
  }),

  // A.1.3 Transport
  numeric({
    key: "a13-01",
    topic: "A.1.3",
    difficulty: 1,
    marks: 2,
    stem: r`A hypothetical student's resting values were measured:

- Stroke volume: 75 ml
- Heart rate: 68 beats min⁻¹

Calculate the student's resting cardiac output in litres per minute (L min⁻¹).`,
    numericAnswer: { value: 5.1, tolerance: 0.01, unit: "L min⁻¹" },
    points: [m("m1", "Cardiac output = stroke volume × heart rate = 75 × 68 = 5100 ml min⁻¹", ["5100"]), a("a1", "5.1 L min⁻¹", ["m1"], ["5.1"])],
    answer: r`$$\dot{Q} = SV \times HR = 75\ \text{ml} \times 68\ \text{min}^{-1} = 5100\ \text{ml min}^{-1}$$
Dividing by 1000: cardiac output $= 5.1$ **L min⁻¹**, a typical resting value.`,
  }),
  numeric({
    key: "a13-02",
    topic: "A.1.3",
    difficulty: 2,
    marks: 2,
    stem: r`During a hypothetical incremental treadmill test, a trained runner had:

- Cardiac output: 24 L min⁻¹
- Heart rate: 176 beats min⁻¹

Calculate the runner's stroke volume in ml. Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 136, sigFigs: 3, unit: "ml" },
    points: [
      m("m1", "Stroke volume = cardiac output ÷ heart rate = 24 000 ml min⁻¹ ÷ 176", ["24000", "176"]),
      a("a1", "136 ml (3 s.f.) / 136.4 ml", ["m1"], ["136"]),
    ],
    answer: r`Rearrange $\dot{Q} = SV \times HR$:
$$SV = \frac{\dot{Q}}{HR} = \frac{24\,000\ \text{ml min}^{-1}}{176\ \text{min}^{-1}} = 136.4\ \text{ml}$$
To 3 significant figures the stroke volume is **136 ml**. Trained endurance athletes reach high stroke volumes because of a larger left ventricle and greater blood volume.`,
  }),
  numeric({
    key: "a13-03",
    topic: "A.1.3",
    difficulty: 2,
    marks: 2,
    stem: r`Hypothetical ventilation data for a rower during steady-state exercise:

- Tidal volume: 2.6 L
- Breathing frequency: 35 breaths min⁻¹

Calculate the rower's minute ventilation in L min⁻¹.`,
    numericAnswer: { value: 91, tolerance: 0.1, unit: "L min⁻¹" },
    points: [m("m1", "Minute ventilation = tidal volume × breathing frequency = 2.6 × 35", ["2.6", "35"]), a("a1", "91 L min⁻¹", ["m1"], ["91"])],
    answer: r`$$\dot{V}_E = V_T \times f = 2.6\ \text{L} \times 35\ \text{min}^{-1} = 91\ \text{L min}^{-1}$$
At rest minute ventilation is only about 6 L min⁻¹; during exercise both the depth and rate of breathing rise.`,
  }),
  mcq({
    key: "a13-04",
    topic: "A.1.3",
    difficulty: 1,
    stem: "Which sequence shows the correct path of **deoxygenated** blood returning from the legs to the lungs?",
    options: [
      "Inferior vena cava → right atrium → right ventricle → pulmonary artery",
      "Inferior vena cava → left atrium → left ventricle → aorta",
      "Pulmonary vein → right atrium → right ventricle → pulmonary artery",
      "Inferior vena cava → right ventricle → right atrium → pulmonary vein",
    ],
    correct: "A",
    why: "A: vena cava → right atrium → (tricuspid valve) → right ventricle → (pulmonary valve) → pulmonary artery",
    answer:
      "**A.** Deoxygenated blood from the lower body enters the **right atrium** through the inferior vena cava, passes the tricuspid valve into the **right ventricle**, and is pumped through the **pulmonary artery** to the lungs. The left side of the heart and the aorta carry oxygenated blood (B), pulmonary veins bring oxygenated blood to the left atrium (C), and blood cannot flow from ventricle to atrium (D).",
  }),
  written({
    key: "a13-05",
    topic: "A.1.3",
    difficulty: 3,
    marks: 4,
    paper: "P1B",
    term: "Explain",
    stem: "In a hypothetical study, cyclists rode for 60 minutes at a constant power output in a warm laboratory. Their heart rate rose from 142 beats min⁻¹ at 10 minutes to 158 beats min⁻¹ at 60 minutes, while stroke volume fell.\n\nExplain these changes (cardiovascular drift).",
    points: [
      pt("p1", 1, "Sweating causes fluid loss, so plasma/blood volume decreases", ["sweat", "plasma volume"]),
      pt("p2", 1, "More blood is directed to the skin for cooling as core temperature rises", ["skin", "temperature"]),
      pt("p3", 1, "Venous return / ventricular filling (end-diastolic volume) falls, so stroke volume decreases", [
        "venous return",
        "filling",
        "stroke volume",
      ]),
      pt("p4", 1, "Heart rate increases to compensate and maintain cardiac output (Q = SV × HR) for the same power output", ["compensate", "cardiac output"]),
    ],
    answer:
      "During prolonged exercise in the heat the cyclists sweat, so **plasma volume falls**, and more blood is sent to the **skin** to lose heat. Both reduce **venous return** and ventricular filling, so **stroke volume falls**. The demand for oxygen has not changed (constant power output), so to keep cardiac output ($\\dot{Q} = SV \\times HR$) nearly constant the **heart rate rises** progressively. This upward drift of heart rate at constant workload is called cardiovascular drift.",
  }),
  written({
    key: "a13-06",
    levels: HL,
    topic: "A.1.3",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how the oxygen–haemoglobin dissociation curve shifts in working skeletal muscle during exercise, and the benefit of this shift.",
    points: [
      pt("p1", 1, "Curve shifts to the right (Bohr shift)", ["right", "Bohr"]),
      pt("p2", 1, "Caused by increased carbon dioxide / decreased pH (more H⁺) in active muscle", ["carbon dioxide", "pH", "acid"]),
      pt("p3", 1, "Caused by increased temperature in active muscle", ["temperature"]),
      pt("p4", 1, "Haemoglobin's affinity for oxygen decreases, so at the same partial pressure of O₂ it is less saturated", ["affinity", "saturation"]),
      pt("p5", 1, "More oxygen is unloaded/released to the working muscle (increased a-vO₂ difference)", ["unload", "a-vO2", "release"]),
    ],
    answer:
      "In working muscle the oxygen–haemoglobin dissociation curve shifts to the **right** (the **Bohr shift**). Active muscle produces more **CO₂** and H⁺ (lower **pH**) and is **warmer**; all of these lower haemoglobin's **affinity** for oxygen. At a given partial pressure of oxygen, haemoglobin is therefore less saturated, so **more oxygen is unloaded** to the muscle fibres. This increases the arterio-venous oxygen difference and supports aerobic ATP production when demand is highest. In the lungs, where CO₂ is low and pH higher, affinity is high again so haemoglobin loads fully.",
  }),

  // A.2.1 Water and electrolyte balance
  numeric({
    key: "a21-01",
    topic: "A.2.1",
    difficulty: 2,
    marks: 2,
    stem: r`A hypothetical tennis player was weighed before and after a training session in which she drank nothing:

- Body mass before: 62.5 kg
- Body mass after: 61.2 kg

Calculate her body mass loss as a percentage of her pre-exercise body mass. Give your answer to 2 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 2.1, sigFigs: 2, unit: "%" },
    points: [m("m1", "Loss = 62.5 − 61.2 = 1.3 kg; percentage = 1.3 ÷ 62.5 × 100", ["1.3"]), a("a1", "2.1 %", ["m1"], ["2.1"])],
    answer: r`$$\text{mass loss} = 62.5 - 61.2 = 1.3\ \text{kg}$$
$$\%\ \text{loss} = \frac{1.3}{62.5} \times 100 = 2.08\% \approx 2.1\%$$
A loss of about 2 % of body mass is often used as the point at which dehydration begins to impair endurance performance.`,
  }),
  numeric({
    key: "a21-02",
    topic: "A.2.1",
    difficulty: 3,
    marks: 3,
    stem: r`Hypothetical data for a footballer during a 1.5-hour training session:

- Body mass before: 74.0 kg
- Body mass after: 72.8 kg
- Fluid drunk during the session: 0.6 L
- Urine passed during the session: 0 L

Assume 1 kg of mass lost equals 1 L of sweat. Calculate his sweat rate in L h⁻¹.`,
    numericAnswer: { value: 1.2, tolerance: 0.01, unit: "L h⁻¹" },
    points: [
      m("m1", "Mass lost = 74.0 − 72.8 = 1.2 kg (= 1.2 L)", ["1.2"]),
      m("m2", "Total sweat = mass lost + fluid drunk = 1.2 + 0.6 = 1.8 L", ["1.8"]),
      a("a1", "Sweat rate = 1.8 ÷ 1.5 = 1.2 L h⁻¹", ["m2"], ["1.2"]),
    ],
    answer: r`Sweat lost = body mass lost + fluid drunk − urine:
$$(74.0 - 72.8) + 0.6 - 0 = 1.2 + 0.6 = 1.8\ \text{L}$$
$$\text{sweat rate} = \frac{1.8\ \text{L}}{1.5\ \text{h}} = 1.2\ \text{L h}^{-1}$$
Fluid drunk must be added back, otherwise the sweat loss would be underestimated.`,
  }),
  mcq({
    key: "a21-03",
    topic: "A.2.1",
    difficulty: 2,
    stem: "A recreational marathon runner drinks large volumes of plain water throughout a five-hour race and becomes confused and nauseous. What is the most likely cause?",
    options: [
      "Hyponatraemia: blood sodium concentration diluted below normal",
      "Hypernatraemia caused by excessive sodium intake",
      "Hyperglycaemia caused by the carbohydrate in the water",
      "Dehydration caused by too little fluid intake",
    ],
    correct: "A",
    why: "A: drinking more water than is lost in sweat dilutes blood sodium (exercise-associated hyponatraemia)",
    answer:
      "**A.** Slow runners who drink plain water well beyond their sweat losses over many hours can dilute their blood sodium: **hyponatraemia**. Symptoms include nausea, headache and confusion, and in severe cases seizures. Sweat also contains sodium, which adds to the loss. Plain water contains no carbohydrate (C) and the runner drank too much, not too little (D).",
  }),
  written({
    key: "a21-04",
    levels: HL,
    topic: "A.2.1",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain the role of **antidiuretic hormone (ADH)** in maintaining water balance in an athlete who has sweated heavily.",
    points: [
      pt("p1", 1, "Sweating increases blood solute concentration / osmolarity (and reduces blood volume)", ["osmolarity", "concentration"]),
      pt("p2", 1, "Detected by osmoreceptors in the hypothalamus", ["osmoreceptor", "hypothalamus"]),
      pt("p3", 1, "More ADH is released from the posterior pituitary", ["posterior pituitary"]),
      pt("p4", 1, "ADH makes the collecting ducts (distal tubules) of the kidney more permeable to water (aquaporins)", [
        "collecting duct",
        "permeable",
        "aquaporin",
      ]),
      pt("p5", 1, "More water is reabsorbed into the blood, so a smaller volume of concentrated urine is produced", ["reabsorb", "concentrated urine"]),
    ],
    answer:
      "Heavy sweating removes water from the blood, so its **solute concentration (osmolarity) rises**. **Osmoreceptors in the hypothalamus** detect this and the **posterior pituitary** releases more **ADH** into the blood. ADH acts on the **collecting ducts** of the kidney nephrons, inserting water channels (aquaporins) so the walls become more permeable to water. More water is **reabsorbed** into the blood and the athlete produces a small volume of concentrated urine. This conserves body water and returns blood concentration towards normal (negative feedback); thirst is also stimulated so that the athlete drinks.",
  }),

  // A.2.2 Fuelling for health and performance
  numeric({
    key: "a22-01",
    topic: "A.2.2",
    difficulty: 2,
    marks: 3,
    stem: r`A hypothetical 68 kg triathlete follows a recommendation of 8 g of carbohydrate per kg of body mass per day during a heavy training block.

- Body mass: 68 kg
- Carbohydrate recommendation: 8 g per kg per day
- Energy from carbohydrate: 17 kJ per g

Calculate the energy, in kJ, that the triathlete obtains each day from carbohydrate.`,
    numericAnswer: { value: 9248, tolerance: 1, unit: "kJ" },
    points: [m("m1", "Carbohydrate = 68 × 8 = 544 g per day", ["544"]), m("m2", "Energy = 544 × 17", ["17"]), a("a1", "9248 kJ (≈ 9.2 MJ)", ["m2"], ["9248"])],
    answer: r`$$\text{carbohydrate} = 68\ \text{kg} \times 8\ \text{g kg}^{-1} = 544\ \text{g}$$
$$\text{energy} = 544\ \text{g} \times 17\ \text{kJ g}^{-1} = 9248\ \text{kJ}$$
About **9248 kJ** (≈ 9.2 MJ) per day comes from carbohydrate.`,
  }),
  mcq({
    key: "a22-02",
    topic: "A.2.2",
    difficulty: 1,
    stem: "Where is most of the body's carbohydrate stored as glycogen?",
    options: ["Adipose tissue and skin", "Blood plasma and kidneys", "Skeletal muscle and liver", "Bone marrow and heart valves"],
    correct: "C",
    why: "C: glycogen is stored mainly in skeletal muscle (largest total store) and the liver",
    answer:
      "**C.** Skeletal muscle holds the largest total store of glycogen (used by that muscle), and the liver holds a smaller store that is broken down to keep blood glucose steady. Adipose tissue stores fat as triglycerides, not glycogen; blood contains only a small amount of free glucose.",
  }),
  written({
    key: "a22-03",
    topic: "A.2.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline how **carbohydrate loading** is carried out before an endurance event and why it may improve performance.",
    points: [
      pt("p1", 1, "Used for endurance events lasting longer than about 90 minutes", ["90 min", "endurance"]),
      pt("p2", 1, "High carbohydrate intake (about 10–12 g per kg body mass per day) for about 36–48 hours before the event", ["10-12 g", "36-48"]),
      pt("p3", 1, "Combined with a training taper / reduced training volume so glycogen is stored not used", ["taper"]),
      pt("p4", 1, "Increases (supercompensates) muscle and liver glycogen stores above normal", ["supercompensat", "glycogen"]),
      pt("p5", 1, "Delays fatigue caused by glycogen depletion ('hitting the wall') so a faster pace can be maintained for longer", [
        "delay fatigue",
        "hitting the wall",
      ]),
    ],
    answer:
      "Carbohydrate loading is used before endurance events longer than about **90 minutes**. In the final **36–48 hours** the athlete eats a very high carbohydrate diet (around **10–12 g per kg of body mass per day**) while **tapering** training so that little glycogen is used. This **supercompensates** muscle and liver glycogen stores above their usual level. Because glycogen depletion is a major cause of fatigue in long events, larger stores allow the athlete to maintain race pace for longer and delay 'hitting the wall'. A disadvantage is temporary weight gain, because glycogen is stored with water.",
  }),
  written({
    key: "a22-04",
    topic: "A.2.2",
    difficulty: 4,
    marks: 8,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the nutritional needs of an endurance athlete compared with a strength athlete, referring to macronutrients, micronutrients and timing of intake.",
    points: [
      pt("p1", 1, "Endurance athlete needs a higher carbohydrate intake (e.g. 6–10 g per kg per day) to replace muscle and liver glycogen", [
        "carbohydrate",
        "glycogen",
      ]),
      pt("p2", 1, "Strength athlete needs relatively more protein (about 1.6–2.0 g per kg per day quoted) for muscle repair and hypertrophy", [
        "protein",
        "hypertrophy",
      ]),
      pt("p3", 1, "Endurance athletes also need more protein than sedentary people for repair and mitochondrial adaptation", ["repair"]),
      pt("p4", 1, "Fat provides energy for long low-intensity exercise and fat-soluble vitamins; should not be cut excessively", ["fat", "vitamins"]),
      pt("p5", 1, "Iron is important for endurance athletes (haemoglobin/myoglobin); risk of deficiency especially in female athletes", [
        "iron",
        "haemoglobin",
      ]),
      pt("p6", 1, "Calcium / vitamin D for bone health, especially with low energy availability", ["calcium", "vitamin D"]),
      pt("p7", 1, "Timing: carbohydrate before and during long events (e.g. 30–60 g per hour) to maintain blood glucose", ["during", "per hour"]),
      pt("p8", 1, "Timing: protein (with carbohydrate) soon after training aids recovery / muscle protein synthesis", ["after", "recovery"]),
      pt("p9", 1, "Total energy intake must match expenditure; low energy availability harms health and performance", ["energy availability"]),
      pt(
        "p10",
        1,
        "Evaluation: individual needs depend on body mass, training load, sex and goals, so guidelines are ranges not rules / supplements only if the diet is deficient",
        ["individual", "supplement"],
      ),
    ],
    answer:
      "**Macronutrients.** Both athletes need enough total energy; low energy availability harms hormones, bone and performance. The **endurance athlete**'s main requirement is **carbohydrate** (typically 6–10 g per kg per day in heavy training) to restore muscle and liver glycogen, which limit long events. The **strength athlete** needs less carbohydrate but relatively more **protein** (about 1.6–2.0 g per kg per day is commonly quoted) to support repair and hypertrophy, although endurance athletes also need more protein than sedentary people. Fat supplies energy during long, low-intensity work and fat-soluble vitamins, so neither should cut it excessively.\n\n**Micronutrients.** Endurance athletes must watch **iron** (for haemoglobin and myoglobin; deficiency is common, especially in female athletes). Calcium and vitamin D matter for bone health in both groups, particularly where energy intake is low. Most needs are met by a varied diet; supplements are only needed if a deficiency is shown.\n\n**Timing.** The endurance athlete benefits from carbohydrate before and **during** long events (roughly 30–60 g per hour) and rapid glycogen replacement afterwards. The strength athlete benefits from spreading protein across the day, with a dose soon after training.\n\n**Judgement.** The differences are of emphasis rather than kind: both need a balanced diet, and the exact amounts depend on body mass, training phase, sex and goals.",
  }),

  // A.2.3 Energy systems
  mcq({
    key: "a23-01",
    topic: "A.2.3",
    difficulty: 1,
    stem: "Which energy system provides most of the ATP during a maximal 6-second sprint start?",
    options: ["Aerobic oxidation of fat", "Aerobic oxidation of carbohydrate", "The ATP–PC (phosphocreatine) system", "Anaerobic glycolysis only after 60 s"],
    correct: "C",
    why: "C: stored ATP and phosphocreatine supply ATP fastest for the first few seconds (up to about 10 s) of maximal effort",
    answer:
      "**C.** Phosphocreatine is broken down by creatine kinase to resynthesise ATP very rapidly, so the **ATP–PC system** dominates maximal efforts of up to about 10 seconds. Anaerobic glycolysis contributes increasingly after the first few seconds, and aerobic systems are too slow to meet the demand of a maximal sprint.",
  }),
  written({
    key: "a23-02",
    topic: "A.2.3",
    difficulty: 2,
    marks: 6,
    paper: "P2",
    term: "Compare and contrast",
    stem: "Compare and contrast the **anaerobic glycolytic** system and the **aerobic** system as sources of ATP during exercise.",
    points: [
      pt("p1", 1, "Both can use glucose/glycogen as fuel / both begin with glycolysis in the sarcoplasm", ["glycolysis", "both"]),
      pt("p2", 1, "Anaerobic glycolysis does not need oxygen; the aerobic system requires oxygen", ["oxygen"]),
      pt(
        "p3",
        1,
        "Anaerobic glycolysis takes place in the sarcoplasm/cytoplasm; aerobic system mainly in mitochondria (Krebs cycle and electron transport chain)",
        ["mitochondria", "cytoplasm", "sarcoplasm"],
      ),
      pt("p4", 1, "Anaerobic glycolysis produces ATP faster (higher power); aerobic system produces ATP more slowly", ["faster", "rate"]),
      pt(
        "p5",
        1,
        "Anaerobic glycolysis yields little ATP per glucose (2, or 3 per glucose unit from glycogen); aerobic yields much more (about 30–32 / up to 38)",
        ["2 ATP", "36", "38", "yield"],
      ),
      pt("p6", 1, "Anaerobic glycolysis produces lactate/H⁺ linked to fatigue; aerobic by-products are CO₂ and water", ["lactate", "carbon dioxide", "water"]),
      pt("p7", 1, "Aerobic system can also use fats (and protein); anaerobic glycolysis only carbohydrate", ["fat"]),
      pt("p8", 1, "Anaerobic glycolysis dominates high-intensity efforts of about 10 s to 2 min; aerobic dominates longer, lower-intensity exercise", [
        "2 min",
        "duration",
      ]),
    ],
    answer:
      "**Similarities.** Both systems can break down glucose (from blood or glycogen), and both start with the same glycolysis reactions in the sarcoplasm.\n\n**Differences.**\n\n| | Anaerobic glycolysis | Aerobic system |\n|---|---|---|\n| Oxygen | not required | required |\n| Site | sarcoplasm | sarcoplasm then mitochondria (Krebs cycle, electron transport chain) |\n| Fuel | carbohydrate only | carbohydrate, fat (and some protein) |\n| Rate of ATP production | fast | slow |\n| ATP yield per glucose | 2 (3 from glycogen) | about 30–32 (older texts: 36–38) |\n| By-products | lactate and H⁺ (fatigue) | CO₂ and water |\n| Dominant in | high-intensity efforts of roughly 10 s–2 min | longer, submaximal exercise |",
  }),
  written({
    key: "a23-03",
    topic: "A.2.3",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    term: "Explain",
    stem: "In a hypothetical study, blood lactate concentration of a group of rowers stayed below 2 mmol L⁻¹ at low rowing speeds, then rose steeply once speed exceeded about 4.6 m s⁻¹.\n\nExplain why blood lactate rises steeply above this speed.",
    points: [
      pt("p1", 1, "Above this speed (the lactate threshold) the demand for ATP exceeds what the aerobic system can supply", ["lactate threshold", "demand"]),
      pt("p2", 1, "More ATP comes from anaerobic glycolysis / more fast-twitch fibres recruited", ["anaerobic glycolysis", "fast-twitch"]),
      pt("p3", 1, "Lactate is produced faster than it can be removed/oxidised (by heart, liver, slow-twitch fibres), so it accumulates", [
        "removal",
        "accumulate",
      ]),
    ],
    answer:
      "At low speeds, lactate produced is removed (oxidised by the heart and slow-twitch fibres, or converted in the liver) as fast as it is made, so blood lactate stays low. Above about 4.6 m s⁻¹ the rowers pass their **lactate threshold**: ATP demand exceeds the rate the aerobic system can supply, more fast-twitch fibres are recruited and **anaerobic glycolysis** supplies more ATP. Lactate is then **produced faster than it can be removed**, so it accumulates in the blood.",
  }),
  numeric({
    key: "a23-04",
    levels: HL,
    topic: "A.2.3",
    difficulty: 3,
    marks: 2,
    stem: r`Hypothetical gas-analysis data for a cyclist during a steady submaximal ride:

- Oxygen consumption: 2.40 L min⁻¹
- Carbon dioxide production: 2.16 L min⁻¹

Calculate the respiratory exchange ratio (RER).`,
    numericAnswer: { value: 0.9, tolerance: 0.005 },
    points: [m("m1", "RER = VCO₂ ÷ VO₂ = 2.16 ÷ 2.40", ["2.16", "2.40"]), a("a1", "0.90", ["m1"], ["0.9"])],
    answer: r`$$\text{RER} = \frac{\dot{V}\text{CO}_2}{\dot{V}\text{O}_2} = \frac{2.16}{2.40} = 0.90$$
An RER of about 0.7 means mainly fat is oxidised and 1.0 means carbohydrate; 0.90 shows a mixture in which carbohydrate supplies the larger share.`,
  }),
  written({
    key: "a23-05",
    levels: HL,
    topic: "A.2.3",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "After a 400 m race, an athlete's oxygen consumption stays above resting level for several minutes. Explain the **excess post-exercise oxygen consumption (EPOC)**.",
    points: [
      pt("p1", 1, "At the start of exercise oxygen supply lags behind demand (oxygen deficit), met anaerobically", ["oxygen deficit"]),
      pt("p2", 1, "Fast component: oxygen used to resynthesise ATP and phosphocreatine stores (within about 2–3 minutes)", ["phosphocreatine", "fast"]),
      pt("p3", 1, "Fast component: restoring oxygen stores in myoglobin and blood", ["myoglobin"]),
      pt("p4", 1, "Slow component: removal of lactate / conversion to pyruvate for oxidation or to glucose in the liver (Cori cycle)", [
        "lactate",
        "slow",
        "Cori",
      ]),
      pt("p5", 1, "Slow component: elevated body temperature, heart rate, ventilation and hormones (adrenaline) keep metabolic rate raised", [
        "temperature",
        "ventilation",
        "adrenaline",
      ]),
      pt("p6", 1, "EPOC is larger after high-intensity exercise such as a 400 m than after low-intensity exercise", ["intensity"]),
    ],
    answer:
      "At the start of the race oxygen supply lags behind demand, creating an **oxygen deficit** that is met by the ATP–PC system and anaerobic glycolysis. After the race, oxygen consumption stays raised (**EPOC**) to restore the body to its pre-exercise state.\n\n**Fast component** (first 2–3 minutes): oxygen is used to resynthesise **ATP and phosphocreatine** and to reload **myoglobin** and blood with oxygen.\n\n**Slow component** (minutes to an hour or more): **lactate** is removed, being oxidised or converted back to glucose in the liver; body **temperature**, heart rate, ventilation and **adrenaline** remain elevated and all raise metabolic rate.\n\nA 400 m race is very intense and relies heavily on anaerobic sources, so the deficit and the EPOC are large.",
  }),

  // A.3.1 Qualities of training
  numeric({
    key: "a31-01",
    topic: "A.3.1",
    difficulty: 2,
    marks: 3,
    stem: r`A hypothetical 20-year-old swimmer uses the Karvonen method to set a training heart rate, estimating maximum heart rate as $220 - \text{age}$.

- Age: 20 years
- Resting heart rate: 60 beats min⁻¹
- Training intensity: 70 % of heart rate reserve

Calculate the swimmer's target training heart rate in beats min⁻¹.`,
    numericAnswer: { value: 158, tolerance: 0.5, unit: "beats min⁻¹" },
    points: [
      m("m1", "Estimated HRmax = 220 − 20 = 200 beats min⁻¹", ["200"]),
      m("m2", "Heart rate reserve = 200 − 60 = 140 beats min⁻¹", ["140"]),
      a("a1", "Target = 60 + 0.70 × 140 = 158 beats min⁻¹", ["m2"], ["158"]),
    ],
    answer: r`$$HR_{\max} = 220 - 20 = 200\ \text{beats min}^{-1}$$
$$HRR = HR_{\max} - HR_{\text{rest}} = 200 - 60 = 140$$
$$HR_{\text{target}} = HR_{\text{rest}} + 0.70 \times HRR = 60 + 98 = 158\ \text{beats min}^{-1}$$
The $220 - \text{age}$ formula is only an estimate; individual maximum heart rates can differ from it by 10 beats min⁻¹ or more.`,
  }),
  numeric({
    key: "a31-02",
    topic: "A.3.1",
    difficulty: 2,
    marks: 2,
    stem: r`A hypothetical rower's maximal oxygen uptake was measured on an ergometer:

- Absolute $\dot{V}\text{O}_{2\max}$: 4.2 L min⁻¹
- Body mass: 75 kg

Calculate her relative $\dot{V}\text{O}_{2\max}$ in ml kg⁻¹ min⁻¹.`,
    numericAnswer: { value: 56, tolerance: 0.05, unit: "ml kg⁻¹ min⁻¹" },
    points: [m("m1", "Convert to ml: 4.2 L min⁻¹ = 4200 ml min⁻¹, then divide by 75 kg", ["4200", "75"]), a("a1", "56 ml kg⁻¹ min⁻¹", ["m1"], ["56"])],
    answer: r`$$\text{relative } \dot{V}\text{O}_{2\max} = \frac{4200\ \text{ml min}^{-1}}{75\ \text{kg}} = 56\ \text{ml kg}^{-1}\,\text{min}^{-1}$$
Relative values allow fair comparison of athletes of different body mass, especially in weight-bearing sports.`,
  }),
  numeric({
    key: "a31-03",
    topic: "A.3.1",
    difficulty: 2,
    marks: 2,
    term: "Calculate",
    stem: r`In a hypothetical training study, a group's mean relative $\dot{V}\text{O}_{2\max}$ was measured before and after 8 weeks of interval training:

- Before: 44.0 ml kg⁻¹ min⁻¹
- After: 49.5 ml kg⁻¹ min⁻¹

Calculate the percentage change in mean $\dot{V}\text{O}_{2\max}$. Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 12.5, sigFigs: 3, unit: "%" },
    points: [m("m1", "Change = 49.5 − 44.0 = 5.5; percentage = 5.5 ÷ 44.0 × 100", ["5.5", "44"]), a("a1", "12.5 %", ["m1"], ["12.5"])],
    answer: r`$$\%\ \text{change} = \frac{49.5 - 44.0}{44.0} \times 100 = \frac{5.5}{44.0} \times 100 = 12.5\%$$
The percentage change is calculated relative to the **initial** value.`,
  }),
  mcq({
    key: "a31-04",
    topic: "A.3.1",
    difficulty: 1,
    stem: "A 1500 m runner does most of her training on a bicycle. Which training principle is she **not** applying well?",
    options: ["Reversibility", "Specificity", "Variety", "Recovery"],
    correct: "B",
    why: "B: specificity: training should match the movements, muscles and energy systems of the sport",
    answer:
      "**B.** The principle of **specificity** states that adaptations are specific to the type of training: the muscles used, movement pattern, speed and energy systems. Cycling develops general aerobic fitness but not running-specific adaptations such as running economy and the loading of the running muscles and tendons.",
  }),
  written({
    key: "a31-05",
    topic: "A.3.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Describe",
    stem: "Describe how the principles of **progressive overload** and **reversibility** should be applied in a 12-week strength programme for a novice volleyball player.",
    points: [
      pt("p1", 1, "Overload: training load must exceed what the body is used to, to stimulate adaptation", ["overload", "exceed"]),
      pt("p2", 1, "Progression: load increased gradually, e.g. adding resistance/sets/repetitions every 1–2 weeks (FITT variables)", [
        "gradual",
        "increase",
        "FITT",
      ]),
      pt("p3", 1, "Increases should be small to avoid overtraining/injury; recovery weeks included", ["overtraining", "injury", "recovery"]),
      pt("p4", 1, "Reversibility: gains are lost if training stops or decreases (detraining)", ["reversibility", "detraining"]),
      pt("p5", 1, "Application: keep a maintenance session (e.g. once a week) during the competitive season/holidays so strength is not lost", ["maintenance"]),
    ],
    answer:
      "**Progressive overload.** The player must work against loads greater than she is used to so that the body adapts. Once an exercise becomes easier, the load is increased **gradually**, for example adding 2.5 kg, an extra set or a few repetitions every one or two weeks (manipulating the FITT variables). Increases should be small, with lighter recovery weeks, to avoid overtraining and injury in a novice.\n\n**Reversibility.** Strength gains are lost when training stops or is reduced (**detraining**). To avoid this the programme should be continuous, and during breaks or the competitive season she should keep at least one maintenance session per week.",
  }),
  written({
    key: "a31-06",
    topic: "A.3.1",
    difficulty: 5,
    marks: 8,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate **high-intensity interval training (HIIT)** as a method of improving aerobic fitness, compared with continuous moderate-intensity training.",
    points: [
      pt("p1", 1, "HIIT described: repeated short bouts of near-maximal/high-intensity work separated by recovery periods", ["interval", "recovery"]),
      pt("p2", 1, "Strength: time-efficient; similar or larger gains in VO₂max reported for less total training time", ["time-efficient", "VO2max"]),
      pt("p3", 1, "Strength: improves both aerobic and anaerobic capacity / lactate tolerance and buffering", ["anaerobic", "buffering"]),
      pt("p4", 1, "Strength: adaptations include increased stroke volume, mitochondrial density and capillarisation", [
        "stroke volume",
        "mitochondria",
        "capillar",
      ]),
      pt("p5", 1, "Strength: intermittent nature resembles team/racket sports (specificity) / some people find it more enjoyable", [
        "team sport",
        "specificity",
        "enjoy",
      ]),
      pt("p6", 1, "Limitation: very demanding; higher risk of injury, overtraining and muscle soreness, especially for beginners", ["injury", "overtraining"]),
      pt("p7", 1, "Limitation: may be unsafe or unsuitable for people with cardiovascular disease/untrained people without screening or supervision", [
        "screening",
        "unsafe",
      ]),
      pt("p8", 1, "Limitation: motivation/adherence may drop because sessions are uncomfortable", ["adherence", "uncomfortable"]),
      pt("p9", 1, "Continuous training: develops endurance for long events, builds a base, lower injury risk, uses fat as fuel; but takes more time", [
        "continuous",
        "base",
        "fat",
      ]),
      pt("p10", 1, "Judgement: best used in combination / depends on the athlete's sport, fitness level and goals", ["combination", "depends"]),
    ],
    answer:
      "**HIIT** consists of repeated short bouts at high intensity (for example 4 × 4 min at about 90 % of maximum heart rate, or 30 s sprints) separated by recovery periods.\n\n**Strengths.** Studies generally show that HIIT improves $\\dot{V}\\text{O}_{2\\max}$ as much as, or more than, continuous training while needing much less total time. It stresses the heart near its maximum stroke volume and stimulates mitochondrial biogenesis and capillarisation, and it also improves anaerobic capacity and buffering of H⁺. Its intermittent pattern matches team and racket sports (specificity), and many people find varied sessions more enjoyable.\n\n**Limitations.** HIIT is physically and mentally demanding. Beginners risk injury, excessive soreness and overtraining, and people with cardiovascular disease need screening and supervision. Because sessions are uncomfortable, adherence may fall over months.\n\n**Continuous moderate training** builds an aerobic base, trains fat oxidation and the endurance needed for long events, and carries a lower injury risk, but takes much more time.\n\n**Judgement.** HIIT is an effective, time-efficient way to raise aerobic fitness, but it is best combined with continuous training and matched to the athlete's sport, training age and health rather than used on its own.",
  }),

  // A.3.2 Benefits to health of being active
  numeric({
    key: "a32-01",
    topic: "A.3.2",
    difficulty: 1,
    marks: 2,
    stem: r`Hypothetical data for an adult starting an exercise programme:

- Body mass: 86 kg
- Height: 1.78 m

Calculate the adult's body mass index (BMI). Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 27.1, sigFigs: 3, unit: "kg m⁻²" },
    points: [m("m1", "BMI = mass ÷ height² = 86 ÷ 1.78²", ["1.78"]), a("a1", "27.1 kg m⁻²", ["m1"], ["27.1"])],
    answer: r`$$\text{BMI} = \frac{\text{mass}}{\text{height}^2} = \frac{86}{1.78^2} = \frac{86}{3.1684} = 27.1\ \text{kg m}^{-2}$$
A BMI of 25–29.9 is classified as overweight for adults. BMI does not distinguish muscle from fat, so a muscular athlete may be misclassified.`,
  }),
  mcq({
    key: "a32-02",
    topic: "A.3.2",
    difficulty: 2,
    stem: "Which change is a long-term effect of regular aerobic exercise that reduces the risk of **type 2 diabetes**?",
    options: [
      "Decreased insulin sensitivity and glucose uptake by skeletal muscle",
      "Fewer mitochondria in muscle fibres and fewer capillaries around them",
      "Increased resting blood glucose and insulin concentrations",
      "Increased insulin sensitivity and glucose uptake by skeletal muscle",
    ],
    correct: "D",
    why: "D: training improves insulin sensitivity and muscle glucose uptake, helping control blood glucose",
    answer:
      "**D.** Regular exercise makes skeletal muscle more **sensitive to insulin** and increases its capacity to take up and store glucose (more GLUT4 transporters and glycogen storage), helping to keep blood glucose under control. It also helps reduce visceral fat, a major risk factor. The other options describe changes that would increase risk.",
  }),
  written({
    key: "a32-03",
    topic: "A.3.2",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "Explain how regular physical activity can reduce the risk of **cardiovascular disease**.",
    points: [
      pt("p1", 1, "Lowers resting blood pressure / reduces hypertension", ["blood pressure", "hypertension"]),
      pt("p2", 1, "Improves blood lipid profile: raises HDL cholesterol and lowers LDL/triglycerides", ["HDL", "LDL", "cholesterol"]),
      pt("p3", 1, "Reduces build-up of atherosclerotic plaque / keeps arteries more elastic (improved endothelial function)", [
        "atherosclerosis",
        "plaque",
        "elastic",
      ]),
      pt("p4", 1, "Helps control body mass / reduces body fat, especially visceral fat", ["body fat", "obesity"]),
      pt("p5", 1, "Improves insulin sensitivity, reducing type 2 diabetes (a CVD risk factor)", ["insulin", "diabetes"]),
      pt("p6", 1, "Stronger heart muscle: larger stroke volume and lower resting heart rate, so the heart works more efficiently", [
        "stroke volume",
        "resting heart rate",
      ]),
      pt("p7", 1, "Reduces stress / inflammation", ["stress", "inflammation"]),
    ],
    answer:
      "Regular activity reduces several risk factors for cardiovascular disease:\n\n- It **lowers resting blood pressure**, reducing strain on artery walls.\n- It **raises HDL** and tends to lower LDL cholesterol and triglycerides, slowing **atherosclerosis** (plaque build-up) and keeping arteries elastic.\n- It helps control **body fat**, especially visceral fat, and improves **insulin sensitivity**, reducing the risk of type 2 diabetes.\n- The heart adapts: a larger **stroke volume** allows a lower resting heart rate, so the heart works more efficiently.\n- It also reduces stress and chronic inflammation.\n\nTogether these lower the risk of coronary heart disease and stroke.",
  }),

  // A.3.3 Fatigue and recovery
  mcq({
    key: "a33-01",
    topic: "A.3.3",
    difficulty: 2,
    stem: "Which is the most likely main cause of fatigue in the final stages of a 3-hour cycling race?",
    options: [
      "Depletion of phosphocreatine",
      "Depletion of muscle and liver glycogen",
      "Accumulation of carbon dioxide in the lungs",
      "Lack of ATP–PC recovery time",
    ],
    correct: "B",
    why: "B: in prolonged exercise glycogen depletion (and falling blood glucose) is the main metabolic cause of fatigue",
    answer:
      "**B.** In events lasting several hours, muscle and liver **glycogen** stores are progressively used; when they run low, the rate of ATP production falls and blood glucose may drop, forcing a lower pace. Phosphocreatine depletion (A, D) limits short maximal efforts, and CO₂ is removed effectively by ventilation (C). Dehydration and rising body temperature also contribute in the heat.",
  }),
  written({
    key: "a33-02",
    topic: "A.3.3",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Distinguish",
    stem: "Distinguish between the causes of fatigue in a 400 m sprint and in a marathon.",
    points: [
      pt("p1", 1, "400 m: accumulation of H⁺ ions (acidosis) from anaerobic glycolysis inhibits enzymes and muscle contraction", ["H+", "acidosis", "pH"]),
      pt("p2", 1, "400 m: depletion of phosphocreatine / accumulation of inorganic phosphate (Pi)", ["phosphocreatine", "phosphate"]),
      pt("p3", 1, "Marathon: depletion of muscle and liver glycogen / hypoglycaemia", ["glycogen", "hypoglycaemia"]),
      pt("p4", 1, "Marathon: dehydration and electrolyte loss / hyperthermia", ["dehydration", "hyperthermia"]),
      pt("p5", 1, "Marathon: central fatigue / muscle damage from repeated eccentric loading", ["central", "muscle damage"]),
    ],
    answer:
      "**400 m sprint (about 45–60 s, high intensity).** Fatigue is mainly metabolic and local: phosphocreatine is largely depleted, inorganic phosphate accumulates, and rapid anaerobic glycolysis produces **H⁺ ions**, lowering muscle pH, which inhibits glycolytic enzymes and calcium's role in contraction.\n\n**Marathon (over 2 hours, submaximal).** Fatigue is linked to **depletion of muscle and liver glycogen** (and falling blood glucose), **dehydration** and loss of electrolytes, rising core temperature, muscle damage from repeated eccentric loading, and central fatigue (reduced drive from the central nervous system).",
  }),
  written({
    key: "a33-03",
    levels: HL,
    topic: "A.3.3",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "Evaluate",
    stem: "A football club plans to use **cold-water immersion** after every training session. Evaluate this recovery strategy.",
    points: [
      pt("p1", 1, "Mechanism: cold causes vasoconstriction and lowers tissue temperature, reducing swelling/inflammation and pain", [
        "vasoconstriction",
        "inflammation",
      ]),
      pt("p2", 1, "Evidence suggests it can reduce perceived muscle soreness (DOMS) after intense exercise / players feel recovered sooner", [
        "soreness",
        "DOMS",
      ]),
      pt("p3", 1, "Useful in congested fixture periods when performance in the next 24–48 h matters", ["fixture", "48"]),
      pt(
        "p4",
        1,
        "Limitation: regular use after resistance training may blunt long-term adaptations (hypertrophy/strength gains) by reducing the inflammatory signalling",
        ["blunt", "adaptation"],
      ),
      pt("p5", 1, "Limitation: placebo effects and mixed research findings; benefits may be small / protocols (temperature, duration) vary", [
        "placebo",
        "mixed",
      ]),
      pt("p6", 1, "Limitation: discomfort, risk of cold injury, unsuitable for some medical conditions; requires facilities", ["discomfort", "risk"]),
      pt(
        "p7",
        1,
        "Judgement: use selectively (after matches/congested periods) rather than after every session, alongside sleep, nutrition and active recovery",
        ["selectively", "sleep", "nutrition"],
      ),
    ],
    answer:
      "**How it works.** Immersion in cold water (often about 10–15 °C for 10–15 minutes) causes **vasoconstriction** and lowers muscle temperature, which may reduce swelling, inflammation and pain after damaging exercise.\n\n**Strengths.** Research reviews generally find that it reduces **perceived muscle soreness** and that players feel recovered sooner, which is useful in **congested fixture periods** when performance 24–48 hours later matters.\n\n**Limitations.** Used routinely after strength training, it may **blunt long-term adaptations** such as hypertrophy and strength gains, because the inflammatory signals it suppresses are part of the stimulus for adaptation. Findings are mixed, protocols vary and some benefit may be a **placebo** effect. It is uncomfortable, carries a small risk of cold injury and needs facilities.\n\n**Judgement.** Cold-water immersion is a reasonable short-term tool after matches or in busy periods, but using it after *every* session could undermine training gains; sleep, nutrition and active recovery remain the foundations of recovery.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Theme B: Biomechanics
// ─────────────────────────────────────────────────────────────────────────────
const themeB: QuestionInput[] = [
  // B.1.1 Anatomical position, planes and movement
  mcq({
    key: "b11-01",
    topic: "B.1.1",
    difficulty: 1,
    stem: "In which plane of movement does a gymnast's **cartwheel** mainly take place?",
    options: ["Frontal (coronal) plane", "Sagittal plane", "Transverse plane", "Horizontal plane about a longitudinal axis"],
    correct: "A",
    why: "A: a cartwheel moves side to side in the frontal plane, rotating about an anteroposterior (sagittal) axis",
    answer:
      "**A.** The frontal plane divides the body into front and back halves; sideways movements such as a cartwheel, a star jump or hip abduction occur in it, rotating about an anteroposterior axis. The sagittal plane contains forward and backward movements (somersaults, running), and the transverse plane contains rotations such as a discus turn.",
  }),
  mcq({
    key: "b11-02",
    topic: "B.1.1",
    difficulty: 2,
    stem: "During the upward phase of a push-up, which movement occurs at the **elbow**?",
    options: ["Flexion", "Extension", "Abduction", "Pronation"],
    correct: "B",
    why: "B: the elbow angle increases as the arms straighten: extension",
    answer:
      "**B.** As the body is pushed up, the angle at the elbow increases: this is **extension**, produced mainly by concentric contraction of the triceps brachii. Flexion (A) happens in the lowering phase; abduction (C) is movement away from the midline; pronation (D) is turning the palm to face down.",
  }),
  written({
    key: "b11-03",
    topic: "B.1.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Describe",
    stem: "Describe the movements at the **hip**, **knee** and **ankle** during the **upward (driving) phase** of a squat jump, and state the plane in which they occur.",
    points: [
      pt("p1", 1, "Hip: extension", ["hip extension"]),
      pt("p2", 1, "Knee: extension", ["knee extension"]),
      pt("p3", 1, "Ankle: plantar flexion", ["plantar flexion"]),
      pt("p4", 1, "All occur in the sagittal plane (about a mediolateral/transverse axis)", ["sagittal"]),
    ],
    answer:
      "In the driving phase the jumper straightens the body and pushes off the ground:\n\n- **Hip:** extension (gluteus maximus, hamstrings).\n- **Knee:** extension (quadriceps).\n- **Ankle:** plantar flexion (gastrocnemius, soleus).\n\nAll three movements occur in the **sagittal plane**, rotating about a mediolateral (transverse) axis.",
  }),

  // B.1.2 Connective tissues and joints
  mcq({
    key: "b12-01",
    topic: "B.1.2",
    difficulty: 1,
    stem: "Which connective tissue attaches **bone to bone** and stabilises a joint?",
    options: ["Tendon", "Synovial membrane", "Articular cartilage", "Ligament"],
    correct: "D",
    why: "D: ligaments join bone to bone; tendons join muscle to bone",
    answer:
      "**D.** Ligaments are bands of dense regular connective tissue joining bone to bone; they stabilise joints and limit excessive movement. Tendons connect muscle to bone; articular (hyaline) cartilage covers bone ends; the synovial membrane secretes synovial fluid.",
  }),
  written({
    key: "b12-02",
    topic: "B.1.2",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline the function of **four** structures of a synovial joint such as the knee.",
    points: [
      pt("p1", 1, "Articular (hyaline) cartilage: covers bone ends, reduces friction and absorbs shock", ["articular cartilage"]),
      pt("p2", 1, "Synovial membrane: lines the capsule and secretes synovial fluid", ["synovial membrane"]),
      pt("p3", 1, "Synovial fluid: lubricates the joint and nourishes cartilage", ["synovial fluid", "lubricat"]),
      pt("p4", 1, "Joint capsule: fibrous sleeve enclosing the joint, adding stability", ["capsule"]),
      pt("p5", 1, "Ligaments: join bone to bone, stabilise and restrict unwanted movement", ["ligament"]),
      pt("p6", 1, "Menisci / bursae: menisci deepen the joint and absorb shock; bursae reduce friction between tendon and bone", [
        "meniscus",
        "menisci",
        "bursa",
      ]),
    ],
    answer:
      "- **Articular cartilage:** smooth hyaline cartilage on the ends of the bones; reduces friction and absorbs shock.\n- **Synovial membrane:** lines the joint capsule and secretes synovial fluid.\n- **Synovial fluid:** lubricates the joint and supplies nutrients to the cartilage.\n- **Joint capsule:** a fibrous sleeve around the joint that holds it together.\n- **Ligaments:** join bone to bone and restrict unwanted movement (e.g. the cruciate ligaments in the knee).\n- **Menisci** (knee): cartilage discs that deepen the joint and absorb shock; **bursae** reduce friction where tendons pass over bone.\n\nAny four with correct functions.",
  }),
  written({
    key: "b12-03",
    levels: HL,
    topic: "B.1.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain why tendon and ligament injuries usually take longer to heal than injuries to skeletal muscle, and how regular loading helps these tissues adapt.",
    points: [
      pt("p1", 1, "Tendons and ligaments have a relatively poor blood supply (low vascularity) compared with muscle", ["blood supply", "vascular"]),
      pt("p2", 1, "Fewer cells (fibroblasts) and slower collagen turnover/metabolic rate, so repair is slower", ["fibroblast", "collagen", "turnover"]),
      pt("p3", 1, "Repair tissue is initially disorganised scar collagen that must be remodelled along lines of stress over months", ["remodel", "scar"]),
      pt("p4", 1, "Progressive loading stimulates collagen synthesis, increasing stiffness and tensile strength", [
        "collagen synthesis",
        "stiffness",
        "tensile",
      ]),
      pt("p5", 1, "Connective tissue adapts more slowly than muscle, so load should be increased gradually to avoid overuse injury", ["gradually", "slowly"]),
    ],
    answer:
      "Skeletal muscle has a rich blood supply and many cells able to regenerate, so it repairs relatively quickly. **Tendons and ligaments** are dense collagen tissues with a **poor blood supply** and relatively few fibroblasts, so nutrients and repair cells arrive slowly and **collagen turnover** is slow. Healing first lays down disorganised scar collagen, which must be **remodelled** along the lines of stress over months before the tissue regains its strength.\n\n**Loading.** Progressive mechanical loading stimulates fibroblasts to synthesise collagen, increasing the **stiffness and tensile strength** of tendons and ligaments. Because these tissues adapt more slowly than muscle, loads should be increased gradually; a sudden jump in training can overload a tendon whose muscle has already become stronger.",
  }),

  // B.1.3 Muscular function
  mcq({
    key: "b13-01",
    topic: "B.1.3",
    difficulty: 2,
    stem: "Which characteristic is typical of **type I (slow oxidative)** muscle fibres compared with type IIx fibres?",
    options: [
      "Higher myosin ATPase activity",
      "Larger motor neurons and faster contraction",
      "More mitochondria and myoglobin and greater resistance to fatigue",
      "Greater phosphocreatine stores and glycolytic capacity",
    ],
    correct: "C",
    why: "C: type I fibres have many mitochondria, much myoglobin and dense capillaries, making them fatigue-resistant",
    answer:
      "**C.** Type I fibres are suited to endurance: they contain many **mitochondria**, much **myoglobin** (red colour) and dense capillaries, so they produce ATP aerobically and resist fatigue. They contract more slowly and produce less force. Options A, B and D describe fast glycolytic (type IIx) fibres.",
  }),
  mcq({
    key: "b13-02",
    topic: "B.1.3",
    difficulty: 2,
    stem: "While lowering slowly into a squat, the quadriceps lengthen while producing tension to control the descent. What type of contraction is this?",
    options: ["Concentric", "Isometric", "Eccentric", "Isokinetic"],
    correct: "C",
    why: "C: eccentric: the muscle lengthens under tension, controlling movement against gravity",
    answer:
      "**C.** In an **eccentric** contraction a muscle produces tension while lengthening, as the quadriceps do to control the downward phase of a squat. In a concentric contraction the muscle shortens (the upward phase); in an isometric contraction its length does not change; isokinetic means constant speed, usually on special equipment.",
  }),
  written({
    key: "b13-03",
    topic: "B.1.3",
    difficulty: 3,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "Explain how a skeletal muscle fibre contracts, according to the **sliding filament theory**.",
    points: [
      pt("p1", 1, "Action potential spreads along the sarcolemma and T-tubules, causing release of Ca²⁺ from the sarcoplasmic reticulum", [
        "calcium",
        "sarcoplasmic reticulum",
      ]),
      pt("p2", 1, "Ca²⁺ binds to troponin, which moves tropomyosin and exposes binding sites on actin", ["troponin", "tropomyosin"]),
      pt("p3", 1, "Myosin heads (energised by ATP hydrolysis) attach to actin forming cross-bridges", ["cross-bridge", "myosin head"]),
      pt("p4", 1, "Power stroke: myosin heads pivot, pulling actin filaments towards the centre of the sarcomere (M-line)", ["power stroke", "pull"]),
      pt("p5", 1, "ATP binds to myosin, causing detachment; ATP is hydrolysed to re-cock the head and the cycle repeats", ["ATP", "detach"]),
      pt("p6", 1, "Sarcomere shortens (Z-lines move closer; H-zone and I-band shorten; A-band stays the same length)", [
        "sarcomere",
        "Z-line",
        "H-zone",
        "I-band",
      ]),
    ],
    answer:
      "1. A motor neuron's impulse causes an action potential that spreads across the sarcolemma and down the **T-tubules**, triggering release of **Ca²⁺** from the **sarcoplasmic reticulum**.\n2. Ca²⁺ binds to **troponin**, which shifts **tropomyosin** away from the binding sites on **actin**.\n3. Myosin heads, already energised by ATP hydrolysis, attach to actin, forming **cross-bridges**.\n4. In the **power stroke** the heads pivot, pulling the actin filaments towards the centre of the sarcomere.\n5. A new **ATP** binds, the heads detach, ATP is hydrolysed to re-cock them and the cycle repeats while Ca²⁺ and ATP are available.\n\nThe filaments slide past each other without shortening themselves: Z-lines move closer, the H-zone and I-band shorten and the A-band stays the same length.",
  }),
  written({
    key: "b13-04",
    levels: HL,
    topic: "B.1.3",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain the **length–tension relationship** of skeletal muscle and one implication for sports performance.",
    points: [
      pt("p1", 1, "Maximum tension is produced at an intermediate (near resting) sarcomere length", ["optimal length", "resting length"]),
      pt("p2", 1, "At this length overlap between actin and myosin allows the greatest number of cross-bridges", ["overlap", "cross-bridges"]),
      pt(
        "p3",
        1,
        "When overstretched, overlap is reduced so fewer cross-bridges form; when very shortened, actin filaments overlap/interfere and myosin meets the Z-line, so tension falls",
        ["overstretched", "shortened"],
      ),
      pt(
        "p4",
        1,
        "Implication: joint angle affects force, e.g. athletes start movements (jumps, rowing catch) near the joint angle where muscles are at optimal length / strength training through full range",
        ["joint angle", "range"],
      ),
    ],
    answer:
      "The tension a muscle fibre can produce depends on the length of its sarcomeres. Tension is greatest at an **intermediate (near resting) length**, where the **overlap between actin and myosin** lets the largest number of **cross-bridges** form. If the muscle is **overstretched**, overlap falls and fewer cross-bridges form; if it is **very shortened**, actin filaments overlap each other and myosin is pushed against the Z-lines, so tension again falls.\n\n**Implication:** force depends on joint angle. For example, a jumper uses a moderate knee bend rather than a very deep squat, so the quadriceps work near their optimal length; strength is also specific to the joint angle trained, so training should cover the range used in the sport.",
  }),

  // B.1.4 Levers
  mcq({
    key: "b14-01",
    topic: "B.1.4",
    difficulty: 2,
    stem: "During a biceps curl the elbow is the fulcrum, the biceps insert between the elbow and the hand, and the load is held in the hand. Which class of lever is this?",
    options: ["First class", "Second class", "Third class", "It is not a lever"],
    correct: "C",
    why: "C: the effort (biceps insertion) lies between fulcrum (elbow) and load (hand): third-class lever",
    answer:
      "**C.** In a **third-class lever** the effort lies between the fulcrum and the load. Because the effort arm is shorter than the load arm, more force is needed than the load, but the hand moves through a large range at high speed. First class has the fulcrum in the middle (e.g. neck extension); second class has the load in the middle (e.g. rising onto the toes).",
  }),
  numeric({
    key: "b14-02",
    topic: "B.1.4",
    difficulty: 2,
    marks: 2,
    stem: r`In a hypothetical leg-extension test, the quadriceps tendon produces a force at right angles to the tibia:

- Muscle force: 2400 N
- Perpendicular distance from the knee joint axis (moment arm): 0.045 m

Calculate the torque produced about the knee in N m.`,
    numericAnswer: { value: 108, tolerance: 0.5, unit: "N m" },
    points: [m("m1", "Torque = force × perpendicular distance = 2400 × 0.045", ["2400", "0.045"]), a("a1", "108 N m", ["m1"], ["108"])],
    answer: r`$$\tau = F \times d = 2400\ \text{N} \times 0.045\ \text{m} = 108\ \text{N m}$$
The moment arm is the perpendicular distance from the axis of rotation to the line of action of the force.`,
  }),
  numeric({
    key: "b14-03",
    topic: "B.1.4",
    difficulty: 3,
    marks: 2,
    stem: r`A hypothetical model of the forearm during a biceps curl gives:

- Effort arm (elbow to biceps insertion): 0.05 m
- Load arm (elbow to dumbbell): 0.35 m

Calculate the mechanical advantage of this lever. Give your answer to 2 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 0.14, sigFigs: 2 },
    points: [m("m1", "Mechanical advantage = effort arm ÷ load arm = 0.05 ÷ 0.35", ["0.05", "0.35"]), a("a1", "0.14", ["m1"], ["0.14"])],
    answer: r`$$MA = \frac{\text{effort arm}}{\text{load arm}} = \frac{0.05}{0.35} = 0.143 \approx 0.14$$
A mechanical advantage below 1 is typical of third-class levers: the muscle must exert a force much larger than the load, but the hand moves further and faster than the insertion point.`,
  }),
  numeric({
    key: "b14-04",
    levels: HL,
    topic: "B.1.4",
    difficulty: 4,
    marks: 3,
    stem: r`A hypothetical athlete holds a dumbbell stationary with the forearm horizontal. Ignore the weight of the forearm.

- Weight of dumbbell: 120 N
- Distance from elbow to dumbbell: 0.32 m
- Distance from elbow to biceps insertion: 0.04 m

Assuming the biceps pull at right angles to the forearm, calculate the force the biceps must exert in N.`,
    numericAnswer: { value: 960, tolerance: 1, unit: "N" },
    points: [
      m("m1", "In equilibrium, clockwise torque = anticlockwise torque / F × 0.04 = 120 × 0.32", ["equilibrium", "0.04"]),
      m("m2", "Load torque = 120 × 0.32 = 38.4 N m", ["38.4"]),
      a("a1", "F = 38.4 ÷ 0.04 = 960 N", ["m2"], ["960"]),
    ],
    answer: r`The forearm is stationary, so the torques about the elbow balance:
$$F_{\text{biceps}} \times 0.04 = 120 \times 0.32 = 38.4\ \text{N m}$$
$$F_{\text{biceps}} = \frac{38.4}{0.04} = 960\ \text{N}$$
The biceps must pull with eight times the weight of the dumbbell, because its moment arm is eight times shorter.`,
  }),

  // B.2.1 Newton's laws of motion
  numeric({
    key: "b21-01",
    topic: "B.2.1",
    difficulty: 1,
    marks: 2,
    stem: r`In a hypothetical sprint start, a sprinter accelerates uniformly from rest:

- Initial velocity: 0 m s⁻¹
- Velocity after the acceleration phase: 9.0 m s⁻¹
- Time taken: 2.5 s

Calculate the sprinter's mean acceleration in m s⁻².`,
    numericAnswer: { value: 3.6, tolerance: 0.01, unit: "m s⁻²" },
    points: [m("m1", "a = (v − u) ÷ t = (9.0 − 0) ÷ 2.5", ["9.0", "2.5"]), a("a1", "3.6 m s⁻²", ["m1"], ["3.6"])],
    answer: r`$$a = \frac{v - u}{t} = \frac{9.0 - 0}{2.5} = 3.6\ \text{m s}^{-2}$$`,
  }),
  numeric({
    key: "b21-02",
    topic: "B.2.1",
    difficulty: 1,
    marks: 2,
    stem: r`A hypothetical rugby player runs into a tackle:

- Mass: 105 kg
- Velocity: 6.2 m s⁻¹

Calculate the player's momentum in kg m s⁻¹.`,
    numericAnswer: { value: 651, tolerance: 0.5, unit: "kg m s⁻¹" },
    points: [m("m1", "Momentum = mass × velocity = 105 × 6.2", ["105", "6.2"]), a("a1", "651 kg m s⁻¹", ["m1"], ["651"])],
    answer: r`$$p = mv = 105\ \text{kg} \times 6.2\ \text{m s}^{-1} = 651\ \text{kg m s}^{-1}$$
A heavier player at the same speed carries more momentum, so a larger impulse is needed to stop them.`,
  }),
  numeric({
    key: "b21-03",
    topic: "B.2.1",
    difficulty: 3,
    marks: 3,
    stem: r`In a hypothetical penalty kick, a stationary football is struck:

- Mass of ball: 0.43 kg
- Velocity of ball after impact: 28 m s⁻¹
- Contact time between boot and ball: 0.010 s

Calculate the mean force applied to the ball in N.`,
    numericAnswer: { value: 1204, tolerance: 5, unit: "N" },
    points: [
      m("m1", "Change in momentum = 0.43 × (28 − 0) = 12.04 kg m s⁻¹ / impulse = Δp", ["12.04", "impulse"]),
      m("m2", "F = Δp ÷ t = 12.04 ÷ 0.010", ["0.010"]),
      a("a1", "1204 N (≈ 1200 N)", ["m2"], ["1204", "1200"]),
    ],
    answer: r`Impulse equals change in momentum ($F\Delta t = m\Delta v$):
$$\Delta p = 0.43 \times (28 - 0) = 12.04\ \text{kg m s}^{-1}$$
$$F = \frac{\Delta p}{\Delta t} = \frac{12.04}{0.010} = 1204\ \text{N}$$`,
  }),
  numeric({
    key: "b21-04",
    topic: "B.2.1",
    difficulty: 3,
    marks: 3,
    stem: r`In a hypothetical power test, a weightlifter raises a barbell vertically at a steady speed. Take $g = 9.81$ m s⁻².

- Mass of barbell: 100 kg
- Vertical distance lifted: 0.60 m
- Time taken: 0.75 s

Calculate the mean power output in W.`,
    numericAnswer: { value: 784.8, tolerance: 0.5, unit: "W" },
    points: [
      m("m1", "Force = weight = 100 × 9.81 = 981 N", ["981"]),
      m("m2", "Work = force × distance = 981 × 0.60 = 588.6 J", ["588.6"]),
      a("a1", "Power = work ÷ time = 588.6 ÷ 0.75 = 785 W (784.8 W)", ["m2"], ["784.8", "785"]),
    ],
    answer: r`$$W = Fd = mgd = 100 \times 9.81 \times 0.60 = 588.6\ \text{J}$$
$$P = \frac{W}{t} = \frac{588.6}{0.75} = 784.8\ \text{W}$$`,
  }),
  mcq({
    key: "b21-05",
    topic: "B.2.1",
    difficulty: 2,
    stem: "A sprinter pushes backwards and downwards on the starting blocks and is propelled forwards. Which law of motion best explains why the sprinter moves forwards?",
    options: [
      "Newton's first law (inertia)",
      "Bernoulli's principle",
      "The law of conservation of angular momentum",
      "Newton's third law (action and reaction)",
    ],
    correct: "D",
    why: "D: the blocks exert an equal and opposite force on the sprinter (ground reaction force) forwards and upwards",
    answer:
      "**D.** By **Newton's third law**, when the sprinter pushes on the blocks, the blocks push back on the sprinter with a force equal in size and opposite in direction. This reaction force acts forwards and upwards and accelerates the sprinter (Newton's second law then gives the size of the acceleration).",
  }),
  numeric({
    key: "b21-06",
    levels: HL,
    topic: "B.2.1",
    difficulty: 4,
    marks: 3,
    stem: r`A hypothetical diver leaves the board in an open (layout) position and then pulls into a tuck. Air resistance is negligible.

- Moment of inertia in layout: 15.0 kg m²
- Angular velocity in layout: 2.0 rad s⁻¹
- Moment of inertia in tuck: 3.75 kg m²

Calculate the diver's angular velocity in the tuck position, in rad s⁻¹.`,
    numericAnswer: { value: 8, tolerance: 0.01, unit: "rad s⁻¹" },
    points: [
      m("m1", "Angular momentum is conserved in flight: I₁ω₁ = I₂ω₂", ["conserved"]),
      m("m2", "Angular momentum = 15.0 × 2.0 = 30 kg m² s⁻¹", ["30"]),
      a("a1", "ω₂ = 30 ÷ 3.75 = 8.0 rad s⁻¹", ["m2"], ["8"]),
    ],
    answer: r`In the air no external torque acts on the diver, so angular momentum $L = I\omega$ is conserved:
$$L = 15.0 \times 2.0 = 30\ \text{kg m}^2\,\text{s}^{-1}$$
$$\omega_{\text{tuck}} = \frac{L}{I_{\text{tuck}}} = \frac{30}{3.75} = 8.0\ \text{rad s}^{-1}$$
Reducing the moment of inertia by a factor of 4 increases the rate of rotation by a factor of 4.`,
  }),
  written({
    key: "b21-07",
    levels: HL,
    topic: "B.2.1",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how a figure skater can increase her rate of spin without pushing on the ice, and how she slows down at the end of the spin.",
    points: [
      pt("p1", 1, "Angular momentum is conserved when no external torque acts (friction/air resistance negligible)", ["conservation", "angular momentum"]),
      pt("p2", 1, "Angular momentum = moment of inertia × angular velocity (L = Iω)", ["Iω", "moment of inertia"]),
      pt("p3", 1, "Pulling the arms (and free leg) close to the axis of rotation decreases moment of inertia, so angular velocity increases", [
        "arms in",
        "decrease",
      ]),
      pt("p4", 1, "Extending the arms/leg increases moment of inertia, so angular velocity decreases (and she can then exit the spin)", [
        "arms out",
        "increase",
      ]),
    ],
    answer:
      "Once spinning, the skater experiences very little external torque (ice friction and air resistance are small), so her **angular momentum** ($L = I\\omega$) stays almost constant. Pulling her arms and free leg in towards the **axis of rotation** moves mass closer to the axis and **decreases her moment of inertia** $I$, so her **angular velocity** $\\omega$ must increase. To slow down she **extends her arms and leg**, increasing $I$ so that $\\omega$ decreases, and she can then exit the spin.",
  }),

  // B.2.2 Fluid mechanics
  mcq({
    key: "b22-01",
    topic: "B.2.2",
    difficulty: 2,
    stem: "A cyclist doubles her speed on flat ground. Approximately how does the **air resistance (drag)** acting on her change?",
    options: ["It halves", "It stays the same", "It doubles", "It increases about four times"],
    correct: "D",
    why: "D: drag is approximately proportional to velocity squared, so doubling speed gives about four times the drag",
    answer:
      "**D.** Drag force is roughly proportional to the **square of velocity** ($F_D \\propto v^2$), as well as to frontal area, fluid density and the drag coefficient. Doubling speed therefore increases drag about $2^2 = 4$ times, which is why drag dominates the resistance felt by cyclists at racing speeds.",
  }),
  written({
    key: "b22-02",
    topic: "B.2.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain **two** ways in which a competitive swimmer can reduce drag.",
    points: [
      pt("p1", 1, "Streamlined, horizontal body position reduces frontal/cross-sectional area", ["streamlin", "frontal area", "horizontal"]),
      pt("p2", 1, "So form (pressure) drag is reduced", ["form drag", "pressure drag"]),
      pt("p3", 1, "Smooth swimsuits/caps or removing body hair reduce surface friction", ["swimsuit", "cap", "shav"]),
      pt("p4", 1, "So surface (skin friction) drag is reduced", ["surface drag", "friction drag"]),
      pt("p5", 1, "Swimming underwater after starts/turns (within the rules) avoids wave drag at the surface", ["underwater", "wave drag"]),
    ],
    answer:
      "1. **Streamlined body position.** Keeping the body flat and horizontal, with the head in line and arms extended in a tight streamline after push-offs, reduces the **frontal area** meeting the water and the low-pressure wake behind, so **form (pressure) drag** falls.\n2. **Smooth surfaces.** Wearing smooth, tight swimsuits and a cap (or shaving body hair) reduces friction between the water and the body's surface, lowering **surface (skin friction) drag**.\n\nAlternatively: staying **underwater** for as long as the rules allow after starts and turns reduces **wave drag**, which is created at the water surface.",
  }),
  written({
    key: "b22-03",
    levels: HL,
    topic: "B.2.2",
    difficulty: 5,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "A tennis player hits a forehand with heavy **topspin**. Explain, using the **Magnus effect** and Bernoulli's principle, why the ball dips sharply and lands inside the court.",
    points: [
      pt("p1", 1, "With topspin, the top of the ball rotates in the direction of travel, i.e. towards the oncoming air flow (relative to the ball)", [
        "top",
        "rotates",
      ]),
      pt("p2", 1, "Air flow over the top is slowed; air flow under the bottom of the ball is speeded up (boundary layer dragged by the spin)", [
        "slower",
        "faster",
      ]),
      pt("p3", 1, "Bernoulli: faster flow has lower pressure, slower flow has higher pressure", ["Bernoulli", "pressure"]),
      pt("p4", 1, "So there is higher pressure above and lower pressure below the ball", ["higher pressure above"]),
      pt("p5", 1, "Resulting Magnus force acts downwards, adding to gravity so the ball follows a steeper, shorter curved path", ["Magnus force", "downward"]),
    ],
    answer:
      "With **topspin** the top of the ball rotates forwards, in the direction of travel. Relative to the ball, air flows backwards over it, so at the **top** the ball's surface moves against the airflow and slows it, while at the **bottom** the surface moves with the airflow and speeds it up.\n\nBy **Bernoulli's principle**, faster-moving air has lower pressure, so there is **higher pressure above** and **lower pressure below** the ball. The pressure difference produces a **Magnus force** directed **downwards**. This adds to gravity, so the ball follows a steeper curve and drops into the court even when hit hard and high over the net.",
  }),

  // B.2.3 Movement analysis and its applications
  numeric({
    key: "b23-01",
    topic: "B.2.3",
    difficulty: 1,
    marks: 2,
    stem: r`In a hypothetical time trial a runner completes the course in a straight line:

- Distance: 200 m
- Time: 24.4 s

Calculate the runner's mean speed in m s⁻¹. Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 8.2, sigFigs: 3, unit: "m s⁻¹" },
    points: [m("m1", "Speed = distance ÷ time = 200 ÷ 24.4", ["200", "24.4"]), a("a1", "8.20 m s⁻¹", ["m1"], ["8.20", "8.2"])],
    answer: r`$$\bar{v} = \frac{d}{t} = \frac{200}{24.4} = 8.197 \approx 8.20\ \text{m s}^{-1}$$`,
  }),
  numeric({
    key: "b23-02",
    topic: "B.2.3",
    difficulty: 3,
    marks: 3,
    stem: r`Hypothetical 20 m sprint times (s) recorded with timing gates for six hockey players:

Times: 3.10, 3.25, 3.05, 3.30, 3.20, 3.14

Calculate the sample standard deviation of the times, in s. Give your answer to 2 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 0.094, sigFigs: 2, unit: "s" },
    points: [
      m("m1", "Mean = 19.04 ÷ 6 = 3.173 s", ["3.17"]),
      m("m2", "Sum of squared deviations ≈ 0.0443; divide by n − 1 = 5 and take the square root", ["n - 1", "0.0443"]),
      a("a1", "SD ≈ 0.094 s", ["m2"], ["0.094"]),
    ],
    answer: r`**Mean:** $\bar{x} = \dfrac{3.10 + 3.25 + 3.05 + 3.30 + 3.20 + 3.14}{6} = \dfrac{19.04}{6} = 3.173\ \text{s}$

**Squared deviations** (approximately): 0.0054, 0.0059, 0.0152, 0.0160, 0.0007, 0.0011; sum $\approx 0.0443$.

$$s = \sqrt{\frac{\sum (x - \bar{x})^2}{n - 1}} = \sqrt{\frac{0.0443}{5}} = 0.0942 \approx 0.094\ \text{s}$$
The SD is small compared with the mean (about 3 %), so the players' sprint times are fairly similar.`,
  }),
  mcq({
    key: "b23-03",
    topic: "B.2.3",
    difficulty: 2,
    stem: "Ignoring air resistance, which angle of release gives the greatest horizontal distance for a projectile released and landing at the **same height**?",
    options: ["30°", "45°", "60°", "90°"],
    correct: "B",
    why: "B: 45° when release and landing heights are equal and air resistance is ignored",
    answer:
      "**B.** For equal release and landing heights with no air resistance, 45° balances vertical velocity (time in the air) and horizontal velocity. In real sport the optimum is often lower: for a shot put released above landing height, or a long jump where athletes cannot generate as much speed at steep take-off angles.",
  }),
  written({
    key: "b23-04",
    topic: "B.2.3",
    difficulty: 3,
    marks: 4,
    paper: "P1B",
    term: "Evaluate",
    stem: "A hypothetical coach films athletes' long-jump take-offs with a smartphone at 30 frames per second and measures joint angles with a free app. Evaluate this method of movement analysis.",
    points: [
      pt("p1", 1, "Strength: cheap, portable and usable in the field/training environment (ecological validity)", ["cheap", "portable", "field"]),
      pt("p2", 1, "Strength: provides immediate visual feedback / allows slow-motion replay and comparison over time", ["feedback", "replay"]),
      pt("p3", 1, "Limitation: 30 fps is a low frame rate for fast take-off actions; key positions may be missed / motion blur", ["frame rate", "blur"]),
      pt("p4", 1, "Limitation: 2D analysis: camera must be perpendicular to the plane of motion; parallax/perspective error distorts angles", [
        "2D",
        "perpendicular",
        "parallax",
      ]),
      pt("p5", 1, "Limitation: manual digitising of joint centres is subjective, reducing reliability/accuracy; no calibration", [
        "reliability",
        "calibration",
        "subjective",
      ]),
    ],
    answer:
      "**Strengths.** Smartphone video is cheap, portable and can be used in normal training, so the athletes move naturally. Coaches can replay the take-off in slow motion, give immediate visual feedback and compare performances over time.\n\n**Limitations.** At **30 frames per second** there are about 33 ms between frames, so the instant of take-off may be missed and fast limbs appear blurred. The analysis is **two-dimensional**: unless the camera is fixed and perpendicular to the plane of motion, **perspective (parallax) error** distorts joint angles, and movements outside the plane are missed. Marking joint centres by eye is subjective, which reduces reliability, and without calibration distances cannot be measured accurately.\n\n**Judgement.** Suitable for qualitative coaching feedback; a higher frame rate, a fixed calibrated camera and repeated trials would be needed for reliable quantitative data.",
  }),

  // B.3.1 Causes of injury
  mcq({
    key: "b31-01",
    topic: "B.3.1",
    difficulty: 1,
    stem: "Which of the following is an **intrinsic** risk factor for sports injury?",
    options: ["Poorly maintained playing surface", "Inappropriate footwear", "Previous injury to the same joint", "Aggressive play by an opponent"],
    correct: "C",
    why: "C: intrinsic factors come from within the athlete (previous injury, muscle imbalance, anatomy, age)",
    answer:
      "**C.** Intrinsic risk factors relate to the athlete's own body: previous injury, muscle imbalance or weakness, poor flexibility, anatomical alignment, age and sex. The surface, footwear and opponent are **extrinsic** factors coming from outside the athlete.",
  }),
  written({
    key: "b31-02",
    topic: "B.3.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Distinguish",
    stem: "Distinguish between **acute** and **chronic (overuse)** injuries, giving an example of each.",
    points: [
      pt("p1", 1, "Acute: sudden onset, caused by a single identifiable traumatic event/force", ["sudden", "single"]),
      pt("p2", 1, "Acute example: ankle sprain / fracture from a fall / ACL rupture", ["sprain", "fracture", "ACL"]),
      pt("p3", 1, "Chronic/overuse: gradual onset from repeated loading without enough recovery (microtrauma)", ["gradual", "repeated", "microtrauma"]),
      pt("p4", 1, "Chronic example: stress fracture / tendinopathy (e.g. Achilles) / tennis elbow / shin splints", [
        "stress fracture",
        "tendinopathy",
        "tennis elbow",
        "shin splints",
      ]),
    ],
    answer:
      "An **acute** injury has a **sudden onset** caused by a single, identifiable event such as a collision, fall or awkward landing, e.g. a **lateral ankle sprain** or a fractured wrist.\n\nA **chronic (overuse)** injury develops **gradually** from repeated loading that causes microtrauma faster than the tissue can repair, often after a rapid increase in training, e.g. a **tibial stress fracture** in a runner or **Achilles tendinopathy**.",
  }),
  written({
    key: "b31-03",
    topic: "B.3.1",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the factors that may increase the risk of **overuse injury** in adolescent athletes who specialise in one sport from an early age.",
    points: [
      pt("p1", 1, "High volume of repetitive, sport-specific loading on the same tissues", ["repetitive", "volume"]),
      pt("p2", 1, "Growth: growth plates (apophyses) and growing bones are vulnerable / muscle–tendon tightness during growth spurts", [
        "growth plate",
        "growth spurt",
      ]),
      pt("p3", 1, "Rapid increases in training load (poor progression) / congested competition schedules", ["training load", "progression"]),
      pt("p4", 1, "Insufficient rest and recovery, including sleep", ["rest", "sleep"]),
      pt("p5", 1, "Muscle imbalances / poor technique / lack of varied movement skills", ["imbalance", "technique"]),
      pt("p6", 1, "Low energy availability / nutrition affecting bone health", ["energy availability", "bone"]),
      pt(
        "p7",
        1,
        "Counterpoint: specialisation may be needed in early-peak sports (e.g. gymnastics); risk can be managed by load monitoring and multi-sport participation",
        ["monitor", "multi-sport", "however"],
      ),
    ],
    answer:
      "Early specialisation exposes young athletes to **large volumes of repetitive loading** on the same tissues, for example throwing for a baseball pitcher or jumping for a gymnast. During **growth spurts** bones lengthen faster than muscles and tendons adapt, increasing tightness, and **growth plates and apophyses** are weaker than mature bone, leading to conditions such as traction apophysitis at the knee or heel. Risk rises with **rapid increases in training load**, crowded competition schedules and **insufficient rest and sleep**. Repeating one sport may create **muscle imbalances** and limited movement variety, and **low energy availability** can reduce bone health.\n\nOn the other hand, some sports (e.g. gymnastics) require early specialisation to reach elite level, and risk is not inevitable: monitoring load, planned rest, strength training and sampling other sports can reduce it. Overall, early specialisation increases overuse risk mainly when load is not managed.",
  }),

  // B.3.2 Interventions related to injury
  mcq({
    key: "b32-01",
    topic: "B.3.2",
    difficulty: 1,
    stem: "Immediately after an acute ankle sprain, what is the main purpose of applying **compression** as part of PRICE?",
    options: [
      "To limit swelling by reducing fluid accumulation in the tissues",
      "To increase blood flow to the ankle and speed up tissue repair",
      "To stretch the damaged ligament back to its normal length",
      "To immobilise the ankle permanently",
    ],
    correct: "A",
    why: "A: compression limits swelling (oedema) in the injured tissue",
    answer:
      "**A.** PRICE stands for Protection, Rest, Ice, Compression and Elevation. Compression with a bandage limits the accumulation of fluid (**swelling**) in the injured tissue, which reduces pain and loss of movement. It is used for the first 24–72 hours; it is not meant to increase blood flow to the injury, stretch the ligament or permanently immobilise the joint.",
  }),
  written({
    key: "b32-02",
    topic: "B.3.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline the stages of a rehabilitation programme for a footballer returning from a moderate ankle sprain.",
    points: [
      pt("p1", 1, "Acute stage: protect the injury and control pain and swelling (PRICE/POLICE), early pain-free movement", ["PRICE", "swelling"]),
      pt("p2", 1, "Restore range of motion and flexibility", ["range of motion", "mobility"]),
      pt("p3", 1, "Strengthen the muscles around the ankle (e.g. peroneals, calf) with progressive resistance", ["strength"]),
      pt("p4", 1, "Proprioception/balance training (e.g. wobble board, single-leg balance)", ["proprioception", "balance"]),
      pt("p5", 1, "Sport-specific functional training (running, cutting, jumping) and return-to-play testing before full competition", [
        "sport-specific",
        "return to play",
      ]),
    ],
    answer:
      "1. **Acute stage:** protect the ankle and control pain and swelling with PRICE (or optimal loading as in POLICE), starting gentle pain-free movement early.\n2. **Range of motion:** restore dorsiflexion and plantar flexion with mobility exercises.\n3. **Strength:** progressive resistance for the calf and peroneal muscles (bands, calf raises).\n4. **Proprioception:** balance work on one leg and on unstable surfaces to retrain joint position sense and reduce re-injury risk.\n5. **Functional, sport-specific training:** running, cutting, jumping and football drills, then return-to-play tests (e.g. hop tests compared with the other leg) before full competition.",
  }),
  written({
    key: "b32-03",
    topic: "B.3.2",
    difficulty: 3,
    marks: 3,
    paper: "P1B",
    term: "Suggest",
    stem: "In a hypothetical study, a youth netball league introduced a 15-minute neuromuscular warm-up (balance, landing technique and strength exercises) before all training sessions. The rate of knee injuries fell from 1.8 to 1.1 per 1000 hours of play over one season, while a league that did not use the warm-up showed no change.\n\nSuggest **three** reasons why the warm-up programme may have reduced knee injuries.",
    points: [
      pt("p1", 1, "Landing technique training reduced knee valgus (knees collapsing inwards) / taught softer landings with hip and knee flexion", [
        "valgus",
        "landing",
      ]),
      pt("p2", 1, "Strengthened hamstrings, quadriceps and hip muscles, increasing joint stability", ["strength", "stability"]),
      pt("p3", 1, "Balance/proprioceptive training improved neuromuscular control and reaction to perturbations", [
        "proprioception",
        "balance",
        "neuromuscular",
      ]),
      pt("p4", 1, "Raised muscle temperature and range of motion before play", ["temperature", "range"]),
      pt("p5", 1, "Regular weekly exposure increased adherence/habit across the whole season", ["adherence", "regular"]),
    ],
    answer:
      "1. **Landing technique:** players learned to land with bent hips and knees and knees over toes, reducing dangerous knee valgus and forces on the ACL.\n2. **Strength:** stronger hamstrings, quadriceps and hip abductors make the knee more stable during cutting and landing.\n3. **Balance and proprioception:** better neuromuscular control lets players react to unexpected perturbations (e.g. contact in the air).\n\nAlso acceptable: raised muscle temperature and range of motion before play; regular use made the programme a habit across the season. (The comparison league suggests the change was not just a general trend, but allocation was not random.)",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Theme C: Sport psychology and motor learning
// ─────────────────────────────────────────────────────────────────────────────
const themeC: QuestionInput[] = [
  // C.1.1 Personality
  mcq({
    key: "c11-01",
    topic: "C.1.1",
    difficulty: 1,
    stem: "Which list contains the five broad traits of the **Big Five (five-factor)** model of personality?",
    options: [
      "Openness, conscientiousness, extraversion, agreeableness, neuroticism",
      "Control, commitment, challenge, confidence, concentration",
      "Autonomy, competence, relatedness, motivation, effort",
      "Task, authority, recognition, grouping, evaluation",
    ],
    correct: "A",
    why: "A: openness, conscientiousness, extraversion, agreeableness and neuroticism (OCEAN)",
    answer:
      "**A.** The Big Five model describes personality with five broad traits, often remembered as **OCEAN**: openness, conscientiousness, extraversion, agreeableness and neuroticism. B resembles the 4Cs of mental toughness, C mixes the basic needs of self-determination theory, and D is part of the TARGET framework for motivational climate.",
  }),
  written({
    key: "c11-02",
    topic: "C.1.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Compare and contrast",
    stem: "Compare and contrast the **trait** and **interactionist** approaches to explaining an athlete's behaviour in sport.",
    points: [
      pt("p1", 1, "Both try to explain/predict how an athlete behaves / both accept that personality characteristics exist", ["both"]),
      pt("p2", 1, "Trait approach: behaviour is caused by stable, enduring internal characteristics, so it should be consistent across situations", [
        "stable",
        "consistent",
      ]),
      pt("p3", 1, "Interactionist approach: behaviour is a function of the person and the environment/situation (B = f(P, E))", [
        "B = f(P, E)",
        "situation",
        "environment",
      ]),
      pt(
        "p4",
        1,
        "Trait approach is poor at predicting behaviour in specific situations (e.g. a calm person who is aggressive on the pitch); interactionist approach better explains this variation",
        ["predict", "variation"],
      ),
      pt("p5", 1, "Interactionist approach is more complex to measure/test because situations vary", ["complex", "measure"]),
    ],
    answer:
      "**Similarity.** Both approaches accept that individuals have personality characteristics and try to explain and predict their behaviour in sport.\n\n**Differences.** The **trait approach** says behaviour results from stable, enduring internal traits (e.g. extraversion), so a person should behave consistently in all situations. The **interactionist approach** (Lewin: $B = f(P, E)$) says behaviour depends on the interaction of personality *and* the situation. This explains why a player who is calm and polite off the pitch may become aggressive in a local derby, which the trait approach predicts poorly. However, because situations vary so much, the interactionist approach is harder to measure and test.",
  }),
  written({
    key: "c11-03",
    topic: "C.1.1",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent can personality testing be used to select athletes for a national team?",
    points: [
      pt("p1", 1, "Personality questionnaires (e.g. Big Five inventories) can identify general tendencies", ["questionnaire", "inventory"]),
      pt("p2", 1, "Research finds only weak/inconsistent links between personality traits and sporting success", ["weak", "inconsistent"]),
      pt("p3", 1, "Behaviour depends on the situation (interactionist view), so traits alone predict performance poorly", ["situation", "interactionist"]),
      pt("p4", 1, "Self-report problems: social desirability / faking when selection is at stake", ["social desirability", "faking"]),
      pt("p5", 1, "Ethical issues: labelling/discrimination, confidentiality, consent", ["ethical", "labelling"]),
      pt("p6", 1, "Skill, fitness and performance data are much better predictors of success", ["skill", "fitness"]),
      pt("p7", 1, "Possible use: understanding athletes to tailor coaching/communication rather than for selection", ["tailor", "coaching"]),
      pt("p8", 1, "Judgement: only to a small extent; should not be used alone for selection", ["small extent"]),
    ],
    answer:
      "Personality questionnaires can describe general tendencies such as extraversion or conscientiousness. However, research has found only **weak and inconsistent relationships** between traits and sporting success; elite athletes differ widely in personality. Following the **interactionist** view, behaviour depends on the situation as well as the person, so a trait score predicts performance under particular pressures poorly.\n\nThere are practical problems too: questionnaires are **self-report**, and when a place on a team depends on the result athletes may answer in a **socially desirable** way. There are **ethical** concerns about labelling athletes, confidentiality and fairness. Physical, technical and tactical data, and performance under pressure, predict success far better.\n\n**Conclusion.** Personality testing can be used only to a **small extent**: it may help coaches understand athletes and adapt communication, but should not be used on its own to select a team.",
  }),

  // C.1.2 Mental toughness
  mcq({
    key: "c12-01",
    topic: "C.1.2",
    difficulty: 2,
    stem: "The **4Cs model** of mental toughness (Clough and colleagues) includes control, commitment, challenge and which other component?",
    options: ["Concentration", "Composure", "Cohesion", "Confidence"],
    correct: "D",
    why: "D: control, commitment, challenge and confidence",
    answer:
      "**D.** The 4Cs model describes mental toughness as **control** (feeling in control of life and emotions), **commitment** (persisting towards goals), **challenge** (seeing difficulties as opportunities) and **confidence** (belief in one's abilities and in dealing with others).",
  }),
  written({
    key: "c12-02",
    topic: "C.1.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Suggest",
    stem: "Suggest **two** ways a coach could help young athletes develop mental toughness, and explain how each might work.",
    points: [
      pt("p1", 1, "Exposure to controlled challenges/pressure in training (e.g. simulated competition, fatigue conditions)", ["pressure", "challenge"]),
      pt("p2", 1, "Builds confidence and the habit of seeing adversity as a challenge rather than a threat", ["confidence", "threat"]),
      pt("p3", 1, "Teach psychological skills (goal setting, self-talk, imagery, relaxation)", ["self-talk", "goal setting", "imagery"]),
      pt("p4", 1, "Gives athletes a sense of control over thoughts and emotions and helps persistence (commitment)", ["control", "commitment"]),
      pt("p5", 1, "Supportive, mastery-focused environment with high expectations / praise for effort and learning from mistakes", [
        "mastery",
        "effort",
        "support",
      ]),
      pt("p6", 1, "Reduces fear of failure so athletes persist after setbacks", ["fear of failure", "persist"]),
    ],
    answer:
      "1. **Controlled challenge in training.** The coach builds pressure into practice (e.g. penalty shoot-outs with consequences, drills when fatigued). Succeeding in difficult conditions builds **confidence** and teaches athletes to see adversity as a **challenge** rather than a threat.\n2. **Teaching psychological skills** such as goal setting, positive self-talk, imagery and breathing techniques. These give athletes a sense of **control** over their thoughts and emotions and help them stay **committed** after setbacks.\n\nAlso acceptable: a supportive mastery climate that praises effort and treats mistakes as learning, reducing fear of failure.",
  }),

  // C.2.1 Motor learning processes
  mcq({
    key: "c21-01",
    topic: "C.2.1",
    difficulty: 1,
    stem: "In Fitts and Posner's model, a learner who performs a skill smoothly with little conscious attention, and can attend to tactics at the same time, is in which stage?",
    options: ["Cognitive", "Associative", "Autonomous", "Perceptual"],
    correct: "C",
    why: "C: the autonomous stage: the skill is automatic, consistent and needs little conscious attention",
    answer:
      "**C.** Fitts and Posner described three stages. In the **cognitive** stage the learner tries to understand the task and makes many errors; in the **associative** stage practice refines the movement and errors fall; in the **autonomous** stage the skill is automatic and consistent, freeing attention for tactics and the environment.",
  }),
  written({
    key: "c21-02",
    topic: "C.2.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Distinguish",
    stem: "Distinguish between **knowledge of results (KR)** and **knowledge of performance (KP)**, giving a sporting example of each.",
    points: [
      pt("p1", 1, "KR: information about the outcome of the movement", ["outcome", "result"]),
      pt("p2", 1, "KR example: the time for a 100 m swim / whether a free throw went in", ["time", "scored"]),
      pt("p3", 1, "KP: information about the quality/technique/movement pattern itself", ["technique", "movement pattern"]),
      pt("p4", 1, "KP example: coach says the elbow was dropped during the shot / video of a tennis serve", ["elbow", "video"]),
    ],
    answer:
      "**Knowledge of results** is extrinsic feedback about the **outcome** of a movement, e.g. a swimmer being told her 100 m time or seeing whether a basketball free throw went in.\n\n**Knowledge of performance** is feedback about the **quality of the movement pattern** that produced the outcome, e.g. a coach telling a player that his elbow dropped during the throw, or showing video of a tennis serve. KR is most useful to beginners as motivation and to check success; KP helps refine technique, especially for more advanced performers.",
  }),
  written({
    key: "c21-03",
    topic: "C.2.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "A coach is teaching a complex **open** skill, the basketball lay-up in a game, to beginners. Explain **two** types of practice the coach could use.",
    points: [
      pt("p1", 1, "Part/progressive part practice: break the lay-up into sub-routines (dribble, steps, shot) and link them", ["part", "progressive"]),
      pt("p2", 1, "Justification: reduces information load for beginners in the cognitive stage / complex skill with separable parts", [
        "cognitive stage",
        "information",
      ]),
      pt("p3", 1, "Variable practice: practise in changing conditions (angles, defenders, speeds)", ["variable"]),
      pt("p4", 1, "Justification: open skill depends on the environment, so variety builds adaptable schemas/transfer to games", [
        "schema",
        "open skill",
        "transfer",
      ]),
      pt("p5", 1, "Distributed practice with rest intervals suits beginners/fatiguing tasks", ["distributed"]),
    ],
    answer:
      "1. **Progressive part practice.** The lay-up is broken into dribble approach, two-step footwork and the shot, which are learned separately and then linked. Beginners in the cognitive stage have limited attention, so reducing the amount of information at once helps them learn the sequence.\n2. **Variable practice.** Once the basic pattern is learned, it is practised from different angles, at different speeds and against passive then active defenders. The lay-up is an **open skill** that must adapt to the game, so varied practice builds a flexible **schema** and improves transfer to matches.\n\nAlso acceptable: **distributed** practice with rest breaks to reduce fatigue and maintain motivation.",
  }),
  written({
    key: "c21-04",
    levels: HL,
    topic: "C.2.1",
    difficulty: 4,
    marks: 5,
    paper: "P1B",
    term: "Analyse",
    stem: "In a hypothetical study, two groups of novice golfers practised putting for 5 days. Group A practised only from 2 m (blocked, constant practice); group B practised from 1 m, 2 m and 3 m in random order (variable practice). On day 5 group A holed more putts from 2 m than group B. In a retention and transfer test one week later from 2.5 m, group B holed more putts than group A.\n\nAnalyse these results in terms of **performance** and **learning**.",
    points: [
      pt(
        "p1",
        1,
        "Performance during practice is a temporary, observable behaviour; learning is a relatively permanent change inferred from retention/transfer tests",
        ["performance", "learning", "permanent"],
      ),
      pt("p2", 1, "Group A's better day-5 scores show better performance during acquisition, not necessarily better learning", ["acquisition"]),
      pt("p3", 1, "Group B's better retention/transfer scores suggest more learning", ["retention", "transfer"]),
      pt("p4", 1, "Variable/random practice creates contextual interference, which makes practice harder but strengthens the schema/recall of parameters", [
        "contextual interference",
        "schema",
      ]),
      pt("p5", 1, "2.5 m was not practised by either group, so generalising to a new distance favours variable practice (schema theory)", [
        "new distance",
        "generalis",
      ]),
      pt("p6", 1, "Limitation: small, hypothetical sample / only one transfer distance; cannot generalise far", ["sample", "limitation"]),
    ],
    answer:
      "**Performance vs learning.** Performance is what is observed at one moment; **learning** is a relatively permanent change in capability, inferred from **retention** and **transfer** tests after a delay.\n\nGroup A (blocked, constant practice) putted better on day 5: their **performance during acquisition** was higher because they repeated the same putt. But group B did better a week later from 2.5 m, a distance neither group practised, suggesting that group B **learned** more.\n\n**Explanation.** Random variable practice creates **contextual interference**: each trial requires the golfer to rebuild the movement plan for a new distance, which makes practice harder but strengthens memory and the **schema** (the rule linking force to distance). This schema generalises to new distances such as 2.5 m.\n\n**Caution.** The data are hypothetical, from one short study with one transfer distance, so the conclusion should be tested with larger samples and other skills.",
  }),

  // C.2.2 Attentional control
  mcq({
    key: "c22-01",
    topic: "C.2.2",
    difficulty: 2,
    stem: "According to Nideffer's model of attentional style, a quarterback scanning the whole field to choose which receiver to pass to is using which type of attention?",
    options: ["Broad–external", "Broad–internal", "Narrow–external", "Narrow–internal"],
    correct: "A",
    why: "A: broad (many cues) and external (focused on the environment): assessing the field",
    answer:
      "**A.** Nideffer described attention on two dimensions: **width** (broad or narrow) and **direction** (external or internal). Scanning the whole field to read many cues is **broad–external**. Analysing and planning tactics is broad–internal; focusing on a single target is narrow–external; mentally rehearsing one movement or controlling breathing is narrow–internal.",
  }),
  numeric({
    key: "c22-02",
    topic: "C.2.2",
    difficulty: 2,
    marks: 2,
    stem: r`In a hypothetical experiment, a goalkeeper's mean simple reaction time to a light signal was measured before and after a six-week attentional training programme:

- Before: 0.250 s
- After: 0.230 s

Calculate the percentage change in mean reaction time.`,
    numericAnswer: { value: -8, tolerance: 0.05, unit: "%" },
    points: [m("m1", "Percentage change = (0.230 − 0.250) ÷ 0.250 × 100", ["0.02", "0.250"]), a("a1", "−8 % (an 8 % decrease)", ["m1"], ["-8", "8"])],
    answer: r`$$\%\ \text{change} = \frac{0.230 - 0.250}{0.250} \times 100 = \frac{-0.020}{0.250} \times 100 = -8\%$$
Reaction time **decreased by 8 %**, an improvement. Without a control group we cannot tell whether the training, practice at the test or another factor caused the change.`,
  }),
  written({
    key: "c22-03",
    topic: "C.2.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain why an experienced athlete may **'choke'** under pressure, and suggest one strategy that may reduce it.",
    points: [
      pt("p1", 1, "Pressure increases anxiety/self-consciousness", ["anxiety", "pressure"]),
      pt("p2", 1, "Explicit monitoring: athlete focuses internally on the mechanics of a well-learned (autonomous) skill, disrupting its automatic control", [
        "explicit monitoring",
        "internal",
        "automatic",
      ]),
      pt("p3", 1, "Distraction: worry takes attention away from relevant cues / attention narrows too much", ["distraction", "worry", "narrow"]),
      pt("p4", 1, "Strategy: pre-performance routine / external focus cue / quiet-eye training / practising under pressure", [
        "routine",
        "external focus",
        "quiet eye",
      ]),
      pt("p5", 1, "How the strategy works: keeps attention on task-relevant cues and lets the skill run automatically", ["task-relevant"]),
    ],
    answer:
      "Under pressure an athlete's anxiety and self-consciousness rise. Two explanations: (1) **explicit monitoring**: the athlete turns attention **inwards** to the step-by-step mechanics of a skill that normally runs **automatically**, and conscious control disrupts its timing; (2) **distraction**: worry uses up attention, so relevant cues are missed. Either way performance drops sharply.\n\n**Strategy:** a consistent **pre-performance routine** with an **external focus** cue (e.g. a basketball player focusing on the front of the rim after a set number of bounces) keeps attention on task-relevant information and allows the well-learned skill to run automatically. Practising under simulated pressure also helps.",
  }),

  // C.3.1 Achievement motivation
  mcq({
    key: "c31-01",
    topic: "C.3.1",
    difficulty: 2,
    stem: "A young judoka judges success by whether she has improved her own technique, regardless of whether she wins. According to achievement goal theory, she shows a high:",
    options: ["Task orientation", "Ego orientation", "Amotivation", "External regulation"],
    correct: "A",
    why: "A: task (mastery) orientation: success judged by self-improvement and effort",
    answer:
      "**A.** In Nicholls' achievement goal theory, a **task-oriented** athlete judges competence by personal improvement, learning and effort, whereas an **ego-oriented** athlete judges it by outperforming others. High task orientation is linked with persistence and enjoyment.",
  }),
  written({
    key: "c31-02",
    topic: "C.3.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain why an athlete with high **ego orientation** and **low perceived ability** may drop out of sport.",
    points: [
      pt("p1", 1, "Ego orientation: success defined as beating others / showing superior ability", ["beating others", "superior"]),
      pt("p2", 1, "With low perceived ability the athlete expects to lose/look incompetent", ["expect to lose", "incompetent"]),
      pt("p3", 1, "Likely to avoid challenges, reduce effort or make excuses to protect self-worth", ["avoid", "effort", "self-worth"]),
      pt("p4", 1, "Repeated perceived failure lowers enjoyment and motivation, leading to dropout", ["dropout", "enjoyment"]),
    ],
    answer:
      "An **ego-oriented** athlete defines success as beating others and demonstrating superior ability. If she also believes her **ability is low**, she expects to lose and to look incompetent in comparison. To protect her self-worth she may avoid challenging opponents, withhold effort (so failure can be blamed on not trying) or make excuses. Because success by her own definition is rarely achieved, enjoyment and motivation fall and she is more likely to **drop out**. A task orientation, where improvement counts as success, protects against this.",
  }),
  written({
    key: "c31-03",
    levels: HL,
    topic: "C.3.1",
    difficulty: 4,
    marks: 4,
    paper: "P1B",
    term: "Deduce",
    stem: "In a hypothetical survey of 120 adolescent swimmers, task orientation correlated positively with weekly training attendance ($r = 0.48$) and ego orientation showed almost no correlation ($r = 0.05$).\n\nDeduce what these results suggest about achievement motivation, and state **two** limitations of the conclusion.",
    points: [
      pt("p1", 1, "Task orientation has a moderate positive relationship with attendance: swimmers focused on improvement tend to attend more", [
        "moderate",
        "positive",
      ]),
      pt("p2", 1, "Ego orientation appears unrelated to attendance", ["no relationship", "unrelated"]),
      pt(
        "p3",
        1,
        "Limitation: correlation does not show causation (attendance may increase task orientation, or a third variable such as coach climate may affect both)",
        ["causation", "third variable"],
      ),
      pt("p4", 1, "Limitation: self-report questionnaires (social desirability) / one group of adolescent swimmers so results may not generalise", [
        "self-report",
        "generalise",
      ]),
      pt("p5", 1, "Limitation: cross-sectional, one time point; no information on significance/other variables", ["cross-sectional", "significance"]),
    ],
    answer:
      "$r = 0.48$ is a **moderate positive** correlation: swimmers with a stronger task orientation tended to attend more training. $r = 0.05$ suggests **no meaningful relationship** between ego orientation and attendance. The results are consistent with achievement goal theory's claim that a task orientation supports persistence.\n\n**Limitations.** (1) Correlation does not show causation: regular attendance could increase task orientation, or a third variable such as a mastery-focused coach could raise both. (2) Orientation was measured by self-report and the sample was one group of adolescent swimmers, so the findings may not generalise to other ages or sports; the data were also collected at one time point.",
  }),

  // C.3.2 Self-determination
  mcq({
    key: "c32-01",
    topic: "C.3.2",
    difficulty: 1,
    stem: "According to self-determination theory, which three basic psychological needs must be satisfied for self-determined (intrinsic) motivation?",
    options: ["Autonomy, competence and relatedness", "Confidence, control and commitment", "Arousal, anxiety and attention", "Task, ego and climate"],
    correct: "A",
    why: "A: Deci and Ryan's three needs: autonomy, competence and relatedness",
    answer:
      "**A.** Deci and Ryan's self-determination theory proposes three basic psychological needs: **autonomy** (feeling choice and ownership), **competence** (feeling effective) and **relatedness** (feeling connected to others). When they are satisfied, more self-determined forms of motivation are supported.",
  }),
  written({
    key: "c32-02",
    topic: "C.3.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline the **self-determination continuum**, from amotivation to intrinsic motivation, using examples from sport.",
    points: [
      pt("p1", 1, "Amotivation: no intention to act / sees no point (e.g. attends PE but makes no effort)", ["amotivation"]),
      pt("p2", 1, "External regulation: behaviour controlled by rewards/punishments (e.g. trains to earn prize money or avoid being dropped)", [
        "external regulation",
        "reward",
      ]),
      pt("p3", 1, "Introjected regulation: driven by internal pressure, guilt or ego (e.g. trains to avoid feeling guilty)", ["introjected", "guilt"]),
      pt("p4", 1, "Identified (and integrated) regulation: values the outcome/benefits (e.g. does fitness training because it improves match performance)", [
        "identified",
        "integrated",
        "values",
      ]),
      pt("p5", 1, "Intrinsic motivation: for the enjoyment/satisfaction of the activity itself (e.g. surfs because it is fun)", ["intrinsic", "enjoyment"]),
    ],
    answer:
      "The continuum runs from least to most self-determined:\n\n1. **Amotivation:** no intention to participate; e.g. a student who goes through the motions in PE.\n2. **External regulation:** behaviour driven by external rewards or punishment; e.g. training only for prize money or to avoid being dropped.\n3. **Introjected regulation:** internal pressure such as guilt or ego; e.g. training because she would feel guilty missing a session.\n4. **Identified / integrated regulation:** the athlete values the outcome and it fits their identity; e.g. doing gym sessions because they improve rugby performance.\n5. **Intrinsic motivation:** doing the activity for its own enjoyment and satisfaction; e.g. surfing because it is fun.",
  }),
  written({
    key: "c32-03",
    levels: HL,
    topic: "C.3.2",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss whether offering **rewards** (trophies, money, praise) increases or decreases athletes' intrinsic motivation.",
    points: [
      pt("p1", 1, "Cognitive evaluation theory: rewards have a controlling aspect and an informational aspect", [
        "controlling",
        "informational",
        "cognitive evaluation",
      ]),
      pt("p2", 1, "Rewards perceived as controlling reduce autonomy and can undermine intrinsic motivation (overjustification)", [
        "autonomy",
        "undermine",
        "overjustification",
      ]),
      pt("p3", 1, "Rewards perceived as informational (e.g. feedback on competence, 'most improved') can increase competence and intrinsic motivation", [
        "competence",
        "feedback",
      ]),
      pt(
        "p4",
        1,
        "Unexpected rewards and positive informational praise are less likely to undermine intrinsic motivation than expected, contingent tangible rewards",
        ["unexpected", "expected"],
      ),
      pt("p5", 1, "Professional athletes may have high extrinsic and intrinsic motivation at the same time / context and individual differences matter", [
        "both",
        "individual",
      ]),
      pt("p6", 1, "Conclusion: the effect depends on how the reward is perceived, not the reward itself", ["depends", "perceived"]),
    ],
    answer:
      "According to **cognitive evaluation theory** (part of self-determination theory), rewards have two aspects. If an athlete sees a reward as **controlling** (\"I play for the money\"), it reduces perceived **autonomy** and may undermine intrinsic motivation: the activity becomes a means to an end (the overjustification effect). If the reward is seen as **informational**, confirming competence (e.g. a 'most improved player' award or specific praise), it can increase perceived **competence** and so strengthen intrinsic motivation.\n\nResearch suggests that expected, tangible rewards made contingent on participation are most likely to undermine intrinsic motivation, while unexpected rewards and positive feedback are less likely to. Many professional athletes are paid and still love their sport, showing that extrinsic and intrinsic motivation can coexist, and individuals differ.\n\n**Conclusion.** Rewards do not automatically help or harm; the effect depends on **how they are perceived** and delivered.",
  }),

  // C.3.3 Motivational climate
  mcq({
    key: "c33-01",
    topic: "C.3.3",
    difficulty: 2,
    stem: "Which coaching behaviour is most likely to create a **mastery (task-involving) motivational climate**?",
    options: [
      "Publicly ranking players after every session to push them to compete",
      "Praising effort and improvement, and treating mistakes as part of learning",
      "Giving most attention and playing time to the most talented players",
      "Punishing mistakes so that players concentrate harder in training",
    ],
    correct: "B",
    why: "B: a mastery climate rewards effort and improvement and treats mistakes as learning",
    answer:
      "**B.** A **mastery climate** is created when the coach emphasises effort, personal improvement and cooperation, and treats mistakes as part of learning. Public ranking, favouring the most able and punishing mistakes (A, C, D) create a **performance (ego-involving) climate**, in which success means outperforming others.",
  }),
  written({
    key: "c33-02",
    topic: "C.3.3",
    difficulty: 3,
    marks: 6,
    paper: "P2",
    term: "Explain",
    stem: "Using the **TARGET** framework, explain how a youth hockey coach could create a mastery motivational climate.",
    points: [
      pt("p1", 1, "Task: varied, challenging tasks adapted to individuals", ["task", "varied"]),
      pt("p2", 1, "Authority: give players choices and leadership roles (autonomy)", ["authority", "choice"]),
      pt("p3", 1, "Recognition: recognise effort and improvement privately, not just winning", ["recognition", "effort"]),
      pt("p4", 1, "Grouping: mixed-ability, cooperative groups that change, not fixed by ability", ["grouping", "mixed-ability"]),
      pt("p5", 1, "Evaluation: judge progress against personal goals/self-referenced criteria", ["evaluation", "self-referenced"]),
      pt("p6", 1, "Timing: allow enough time for individuals to learn at their own pace", ["timing", "own pace"]),
    ],
    answer:
      "**TARGET** describes six areas of a coach's behaviour:\n\n- **Task:** set varied, moderately challenging drills with different levels so all players can improve.\n- **Authority:** let players make some decisions (choosing drills, captaining small groups) to build autonomy.\n- **Recognition:** recognise effort and improvement, often privately, rather than only goals scored.\n- **Grouping:** use mixed-ability, changing groups that cooperate rather than fixed 'A' and 'B' groups.\n- **Evaluation:** assess progress against each player's own goals and previous performance.\n- **Timing:** allow players enough time to master skills at their own pace.\n\nTogether these make success mean personal improvement, which supports task orientation, enjoyment and persistence.",
  }),

  // C.4.1 Arousal and anxiety
  mcq({
    key: "c41-01",
    topic: "C.4.1",
    difficulty: 2,
    stem: "According to the **inverted-U hypothesis**, which statement is correct?",
    options: [
      "Performance increases continuously as arousal increases",
      "Performance is best at a moderate level of arousal and declines at low and high arousal",
      "Performance drops suddenly and dramatically when cognitive anxiety is high and arousal passes the optimum",
      "Arousal has no effect on performance of simple skills",
    ],
    correct: "B",
    why: "B: optimal performance at moderate arousal; lower at both low and high arousal",
    answer:
      "**B.** The inverted-U hypothesis proposes that performance improves as arousal rises up to an **optimal, moderate** level and then gradually declines. A describes drive theory; C describes catastrophe theory. The optimum is thought to be lower for complex, fine skills and higher for simple, gross skills, so D is incorrect.",
  }),
  written({
    key: "c41-02",
    topic: "C.4.1",
    difficulty: 2,
    marks: 4,
    paper: "P2",
    term: "Distinguish",
    stem: "Distinguish between **cognitive** and **somatic** state anxiety, giving an example of each in a tennis player before a final.",
    points: [
      pt("p1", 1, "Cognitive anxiety: the mental component: worry, negative thoughts, fear of failure", ["worry", "negative thoughts"]),
      pt("p2", 1, "Example: worrying about double-faulting / thinking 'I am going to lose'", ["double fault", "lose"]),
      pt("p3", 1, "Somatic anxiety: perceived physiological symptoms of arousal", ["physiological", "symptoms"]),
      pt("p4", 1, "Example: butterflies in the stomach, sweaty palms, increased heart rate, muscle tension", ["butterflies", "heart rate", "sweaty"]),
    ],
    answer:
      '**Cognitive state anxiety** is the mental part of anxiety: worry, negative expectations and fear of failure, e.g. the player thinking "I\'m going to double-fault on the big points".\n\n**Somatic state anxiety** is the perception of physical symptoms of arousal, e.g. butterflies in the stomach, sweaty palms, a racing heart and tense shoulders before walking on court. Cognitive anxiety often rises days before an event and stays high, while somatic anxiety typically rises sharply just before it and falls once play begins.',
  }),
  written({
    key: "c41-03",
    levels: HL,
    topic: "C.4.1",
    difficulty: 5,
    marks: 6,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate **catastrophe theory** as an explanation of the relationship between arousal, anxiety and performance.",
    points: [
      pt("p1", 1, "Describes interaction of cognitive anxiety and physiological arousal in predicting performance", [
        "cognitive anxiety",
        "physiological arousal",
      ]),
      pt("p2", 1, "When cognitive anxiety is low, arousal–performance relationship resembles an inverted U", ["low", "inverted U"]),
      pt("p3", 1, "When cognitive anxiety is high, arousal beyond the optimum causes a sudden, large drop in performance (catastrophe)", [
        "sudden",
        "catastrophe",
      ]),
      pt("p4", 1, "Recovery requires arousal to be lowered well below the point where the drop occurred (hysteresis), not simply back to optimal", [
        "hysteresis",
        "recovery",
      ]),
      pt("p5", 1, "Strength: more realistic than inverted-U; matches athletes' experience of 'choking'/sudden collapse; multidimensional", [
        "realistic",
        "multidimensional",
      ]),
      pt("p6", 1, "Strength: practical implications: reduce cognitive anxiety/use relaxation after a collapse", ["practical", "relaxation"]),
      pt("p7", 1, "Limitation: three-dimensional model is hard to test; difficult to measure arousal and anxiety at the moment of performance", [
        "hard to test",
        "measure",
      ]),
      pt("p8", 1, "Limitation: does not consider interpretation of anxiety (facilitative vs debilitative) / self-confidence", [
        "facilitative",
        "interpretation",
      ]),
    ],
    answer:
      "**Description.** Catastrophe theory (Hardy and Fazey) predicts performance from the **interaction of cognitive anxiety and physiological arousal**. When cognitive anxiety is **low**, increases in arousal produce a gentle inverted-U curve. When cognitive anxiety is **high**, arousal beyond the optimum produces a **sudden, dramatic drop** in performance (the catastrophe). To recover, the athlete must lower arousal well below the point where the collapse happened (**hysteresis**), and then performance can rebuild.\n\n**Strengths.** It is more realistic than the inverted-U, matching the sudden collapses ('choking') that athletes describe, and it treats anxiety as multidimensional. It has practical implications: control cognitive anxiety, and after a collapse use relaxation to lower arousal substantially before trying to recover.\n\n**Limitations.** The three-dimensional model is hard to test, because arousal and anxiety are difficult to measure accurately during real performance, and findings are mainly from small studies. It does not consider whether athletes interpret anxiety as facilitative or debilitative, or the role of self-confidence.\n\n**Judgement.** A useful descriptive model with practical value, but its precise predictions are difficult to verify.",
  }),
  numeric({
    key: "c41-04",
    topic: "C.4.1",
    difficulty: 2,
    marks: 2,
    stem: r`In a hypothetical study, six netball players rated their cognitive anxiety (scale 9–36) one hour before a cup final:

Scores: 22, 27, 18, 30, 25, 22

Calculate the mean cognitive anxiety score.`,
    numericAnswer: { value: 24, tolerance: 0.05 },
    points: [m("m1", "Sum = 144, divided by 6", ["144"]), a("a1", "Mean = 24", ["m1"], ["24"])],
    answer: r`$$\bar{x} = \frac{22 + 27 + 18 + 30 + 25 + 22}{6} = \frac{144}{6} = 24$$`,
  }),

  // C.4.2 Coping
  mcq({
    key: "c42-01",
    topic: "C.4.2",
    difficulty: 2,
    stem: "Before an important race a cyclist feels stressed by a mechanical problem and responds by checking and fixing her gears and asking a mechanic for help. Which coping strategy is this?",
    options: ["Emotion-focused coping", "Avoidance coping", "Problem-focused coping", "Denial"],
    correct: "C",
    why: "C: problem-focused coping deals directly with the source of stress",
    answer:
      "**C.** **Problem-focused coping** tackles the cause of stress directly (planning, seeking practical help, fixing the problem). **Emotion-focused coping** manages the emotional reaction (e.g. breathing exercises, positive reappraisal), and **avoidance coping** disengages from the stressor.",
  }),
  written({
    key: "c42-02",
    topic: "C.4.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain when **emotion-focused** coping is likely to be more appropriate than **problem-focused** coping for an athlete.",
    points: [
      pt("p1", 1, "Emotion-focused coping regulates the emotional response (relaxation, breathing, reappraisal, acceptance)", ["relaxation", "reappraisal"]),
      pt("p2", 1, "Most appropriate when the stressor is uncontrollable (e.g. weather, referee decisions, opponent's form)", ["uncontrollable"]),
      pt("p3", 1, "Problem-focused coping is better when the athlete can change the situation (e.g. technique, preparation)", ["controllable", "change"]),
      pt("p4", 1, "Example: after a controversial decision, deep breathing and refocusing rather than arguing", ["example", "refocus"]),
      pt("p5", 1, "Effective athletes use both flexibly (goodness-of-fit between strategy and controllability)", ["both", "flexib"]),
    ],
    answer:
      "Emotion-focused coping manages the **emotional reaction** to a stressor using strategies such as relaxation, centred breathing, positive reappraisal and acceptance. It is most appropriate when the stressor **cannot be controlled**: bad weather, a referee's decision or an opponent's brilliant form. For example, a footballer given a harsh yellow card gains nothing by arguing, but can take a breath, reappraise (\"it's done, focus on the next ball\") and refocus.\n\nProblem-focused coping is better when the athlete **can change** the situation, such as correcting technique or improving preparation. Effective athletes match the strategy to how controllable the stressor is and use both flexibly.",
  }),

  // C.5.1 Goal setting
  mcq({
    key: "c51-01",
    topic: "C.5.1",
    difficulty: 1,
    stem: "Which goal is a **process** goal for a basketball free-throw shooter?",
    options: [
      "Win the league this season",
      "Score 80 % of free throws this month",
      "Keep my elbow under the ball on every shot",
      "Be selected for the regional team",
    ],
    correct: "C",
    why: "C: a process goal focuses on the technique/actions needed to perform well",
    answer:
      "**C.** A **process goal** focuses on the actions and technique the athlete controls during performance. A and D are **outcome goals** (depending partly on others), and B is a **performance goal** (a personal standard compared with one's own previous level).",
  }),
  written({
    key: "c51-02",
    topic: "C.5.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain why setting **performance and process goals**, rather than only outcome goals, may benefit an athlete.",
    points: [
      pt("p1", 1, "Performance/process goals are more within the athlete's control than outcome goals (which depend on opponents)", ["control"]),
      pt("p2", 1, "Reduces anxiety because success does not depend on factors outside the athlete's control", ["anxiety"]),
      pt("p3", 1, "Directs attention to task-relevant behaviours / specific aspects to improve", ["attention", "direct"]),
      pt("p4", 1, "Allows regular success and feedback, increasing confidence and motivation/persistence", ["confidence", "motivation", "feedback"]),
      pt("p5", 1, "Outcome goals still useful for long-term motivation, best combined with the others", ["combined", "long-term"]),
    ],
    answer:
      "Outcome goals (winning, medals) depend partly on opponents and officials, so an athlete can perform well and still 'fail'. **Performance goals** (e.g. run 10 km in under 40 minutes) and **process goals** (e.g. keep a relaxed arm action) are more within the athlete's **control**. This reduces **anxiety**, **directs attention** to the specific behaviours that lead to good performance, and provides regular, measurable success and feedback that build **confidence** and motivation to persist. Outcome goals are still useful for long-term motivation, so the three types are best combined.",
  }),
  numeric({
    key: "c51-03",
    topic: "C.5.1",
    difficulty: 2,
    marks: 2,
    stem: r`A hypothetical basketball player set a performance goal to improve her free-throw percentage over a season.

- Free throws scored early season: 42 out of 70
- Free throws scored late season: 57 out of 76

Calculate the change in her free-throw success rate in percentage points (late minus early).`,
    numericAnswer: { value: 15, tolerance: 0.05, unit: "percentage points" },
    points: [m("m1", "Early = 42 ÷ 70 × 100 = 60 %; late = 57 ÷ 76 × 100 = 75 %", ["60", "75"]), a("a1", "Change = +15 percentage points", ["m1"], ["15"])],
    answer: r`$$\text{early} = \frac{42}{70} \times 100 = 60\%, \qquad \text{late} = \frac{57}{76} \times 100 = 75\%$$
Change $= 75 - 60 = $ **15 percentage points**. (As a relative change this would be a 25 % increase in success rate.)`,
  }),

  // C.5.2 Imagery
  mcq({
    key: "c52-01",
    topic: "C.5.2",
    difficulty: 2,
    stem: "The **PETTLEP** model gives guidelines for effective imagery. What does the first **T** stand for?",
    options: ["Technique", "Tempo", "Tension", "Task"],
    correct: "D",
    why: "D: Physical, Environment, Task, Timing, Learning, Emotion, Perspective",
    answer:
      "**D.** PETTLEP (Holmes and Collins) stands for **Physical, Environment, Task, Timing, Learning, Emotion, Perspective**. The **Task** element means the imagined task should match the real skill and the athlete's level of expertise. Following these elements makes imagery functionally equivalent to the real performance.",
  }),
  numeric({
    key: "c52-02",
    topic: "C.5.2",
    difficulty: 3,
    marks: 3,
    stem: r`In a hypothetical experiment, six netball players completed a 4-week imagery programme and then took 20 shots each. Their numbers of successful shots were:

Scores: 12, 14, 11, 15, 13, 13

Calculate the sample standard deviation of the scores. Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 1.41, sigFigs: 3, unit: "shots" },
    points: [
      m("m1", "Mean = 78 ÷ 6 = 13", ["13"]),
      m("m2", "Sum of squared deviations = 1 + 1 + 4 + 4 + 0 + 0 = 10; divide by n − 1 = 5", ["10", "n - 1"]),
      a("a1", "SD = √2 = 1.41", ["m2"], ["1.41"]),
    ],
    answer: r`$$\bar{x} = \frac{12 + 14 + 11 + 15 + 13 + 13}{6} = \frac{78}{6} = 13$$
Deviations: $-1, 1, -2, 2, 0, 0$; squared: $1, 1, 4, 4, 0, 0$; sum $= 10$.
$$s = \sqrt{\frac{10}{6 - 1}} = \sqrt{2} = 1.41\ \text{shots}$$`,
  }),
  written({
    key: "c52-03",
    topic: "C.5.2",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Describe",
    stem: "Describe how a high jumper could use **imagery** in her preparation, referring to **internal** and **external** perspectives.",
    points: [
      pt("p1", 1, "Imagery: creating or recreating an experience in the mind using several senses (visual, kinaesthetic, auditory)", [
        "senses",
        "kinaesthetic",
      ]),
      pt("p2", 1, "Internal perspective: imagining the jump from her own viewpoint / feeling the run-up and take-off", ["internal", "own eyes"]),
      pt("p3", 1, "External perspective: seeing herself from outside as on video, useful for checking body position/form over the bar", ["external", "video"]),
      pt("p4", 1, "Uses: rehearsing technique, preparing for competition environment, controlling arousal/building confidence", [
        "rehearse",
        "confidence",
        "arousal",
      ]),
      pt("p5", 1, "Should be practised regularly, in real time, in a relevant setting/emotion (PETTLEP)", ["PETTLEP", "real time"]),
    ],
    answer:
      "Imagery means creating or recreating an experience in the mind using several senses: seeing, feeling (kinaesthetic), hearing.\n\nWith an **internal perspective** the jumper imagines the jump through her own eyes, feeling the rhythm of the curved run-up, the plant of the take-off foot and the drive of the free knee; this suits rehearsing timing and feel. With an **external perspective** she watches herself as if on video, which helps her check body shape and the arch over the bar.\n\nShe can use imagery to rehearse technique, prepare for the competition environment (crowd, waiting between attempts), build confidence and regulate arousal before each attempt. Following PETTLEP, it is most effective when practised regularly, in real time, in a setting and emotional state similar to competition.",
  }),
  written({
    key: "c52-04",
    levels: HL,
    topic: "C.5.2",
    difficulty: 5,
    marks: 6,
    paper: "P1B",
    term: "Evaluate",
    stem: "A hypothetical study compared 10 netball players who did a 4-week imagery programme with 10 who did no imagery. Both groups continued normal training. The imagery group's mean shooting success rose from 58 % to 67 %, and the control group's from 57 % to 60 %. Players chose which group to join.\n\nEvaluate the conclusion that **imagery caused the improvement** in shooting.",
    points: [
      pt("p1", 1, "Support: imagery group improved by 9 percentage points vs 3 for control, so a larger improvement with imagery", ["9", "3", "larger"]),
      pt("p2", 1, "Control group controls for normal training/practice effects", ["control group"]),
      pt("p3", 1, "Limitation: self-selection, not random allocation; more motivated players may have chosen imagery (confounding)", [
        "random",
        "self-select",
        "confound",
      ]),
      pt("p4", 1, "Limitation: small sample (n = 10 per group); no standard deviations or statistical test reported, so difference may be due to chance", [
        "sample",
        "statistical test",
        "chance",
      ]),
      pt("p5", 1, "Limitation: placebo/expectancy effects and no check that imagery was actually practised (no manipulation check)", [
        "placebo",
        "expectancy",
        "manipulation check",
      ]),
      pt("p6", 1, "Limitation: short duration, one skill; no retention test", ["retention", "duration"]),
      pt("p7", 1, "Judgement: results are consistent with imagery helping, but causation cannot be concluded; need randomised controlled design", [
        "randomised",
        "cannot conclude",
      ]),
    ],
    answer:
      "**Support.** The imagery group improved by 9 percentage points compared with 3 for the control group, and having a control group that continued normal training accounts for practice and training effects.\n\n**Limitations.** Players **chose** their group, so the groups may differ in motivation or interest; a more motivated group might improve more anyway (a confounding variable). The samples are **small** (10 per group) and no standard deviations or statistical test are given, so the difference could be due to chance. Imagery players may have expected to improve (**placebo/expectancy**), and we do not know how well or how often they actually practised imagery. The study lasted only four weeks with one skill and no retention test.\n\n**Judgement.** The data are consistent with imagery helping, but they do not show that it **caused** the improvement; random allocation, a larger sample, a statistical test and a manipulation check would be needed.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Further depth: extended and HL questions across the themes
// ─────────────────────────────────────────────────────────────────────────────
const deeper: QuestionInput[] = [
  written({
    key: "a32-04",
    topic: "A.3.2",
    difficulty: 5,
    marks: 6,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent is **body mass index (BMI)** a valid measure of health risk, both for the general population and for athletes?",
    points: [
      pt("p1", 1, "BMI = mass ÷ height²; quick, cheap, non-invasive, needs only scales and a stadiometer", ["cheap", "quick"]),
      pt("p2", 1, "Useful for large population studies/screening: higher BMI is associated with higher risk of type 2 diabetes, CVD", [
        "population",
        "associated",
      ]),
      pt("p3", 1, "Does not distinguish fat mass from lean (muscle) mass, so muscular athletes may be classed as overweight/obese", ["muscle", "lean mass"]),
      pt("p4", 1, "Does not show fat distribution; visceral/abdominal fat is a stronger risk factor (waist circumference/waist-to-hip ratio better)", [
        "visceral",
        "waist",
      ]),
      pt("p5", 1, "Same cut-offs may not suit all ethnic groups, ages or sexes / not valid for children without age-specific percentiles", [
        "ethnic",
        "children",
        "age",
      ]),
      pt("p6", 1, "A 'normal' BMI can hide high body fat and low fitness (normal-weight obesity); fitness itself predicts health", [
        "normal weight",
        "fitness",
      ]),
      pt(
        "p7",
        1,
        "Judgement: reasonably valid at population level, limited for individuals and particularly for athletes; combine with other measures (skinfolds, DXA, waist)",
        ["population level", "individual", "combine"],
      ),
    ],
    answer:
      "**Strengths.** BMI (mass ÷ height²) is quick, cheap and non-invasive, so it suits large population surveys. Across populations, higher BMI is associated with higher rates of type 2 diabetes, cardiovascular disease and some cancers, so it is a useful screening tool.\n\n**Limitations.** BMI cannot distinguish **fat from muscle**: a muscular rugby player may be classed as obese while being lean. It ignores **fat distribution**, although abdominal (visceral) fat is more closely linked to disease; waist circumference adds this information. Standard cut-offs may not fit all ethnic groups, older adults or children (who need age- and sex-specific percentiles). A 'normal' BMI can also hide high body fat and low fitness, and fitness independently predicts health.\n\n**Judgement.** BMI is a reasonably valid indicator of risk **at population level**, but of limited validity for individuals, and particularly poor for athletes; it should be combined with measures such as waist circumference, skinfolds or DXA.",
  }),
  written({
    key: "b31-04",
    levels: HL,
    topic: "B.3.1",
    difficulty: 5,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "Explain how landing and cutting mechanics can increase the risk of a **non-contact anterior cruciate ligament (ACL)** injury.",
    points: [
      pt("p1", 1, "Many ACL injuries are non-contact, occurring during landing, sudden deceleration or change of direction", [
        "non-contact",
        "deceleration",
        "change of direction",
      ]),
      pt("p2", 1, "Landing with little knee (and hip) flexion ('stiff' landing) increases ground reaction force and anterior shear on the tibia", [
        "stiff",
        "knee flexion",
        "ground reaction force",
      ]),
      pt("p3", 1, "Knee valgus (knee collapsing inwards) increases strain on the ACL", ["valgus"]),
      pt("p4", 1, "Combined with tibial rotation while the foot is planted", ["rotation", "planted"]),
      pt("p5", 1, "Quadriceps-dominant landing with weak hamstrings/hip muscles reduces control / hamstrings normally resist anterior tibial translation", [
        "hamstrings",
        "quadriceps",
      ]),
      pt("p6", 1, "Fatigue reduces neuromuscular control and worsens these mechanics", ["fatigue"]),
    ],
    answer:
      "Most ACL injuries are **non-contact**, happening when an athlete lands, decelerates or changes direction. Risky mechanics include:\n\n- **Stiff landings** with little knee and hip flexion: the impact is absorbed over a short time, so ground reaction forces are high and the quadriceps pull the tibia forwards (anterior shear), loading the ACL.\n- **Knee valgus**: the knee collapses inwards over the planted foot, increasing ACL strain.\n- **Tibial rotation** with the foot fixed, as in cutting on a grippy surface.\n- **Muscle imbalance**: quadriceps-dominant landings with weak hamstrings and hip abductors; the hamstrings normally resist forward movement of the tibia.\n\n**Fatigue** late in a match reduces neuromuscular control and makes these patterns more likely. This is why injury-prevention warm-ups teach soft, knee-over-toe landings and strengthen the hamstrings and hips.",
  }),
  numeric({
    key: "b23-05",
    levels: HL,
    topic: "B.2.3",
    difficulty: 4,
    marks: 3,
    stem: r`A hypothetical volleyball player performs a countermovement jump on a contact mat, which records the time she is in the air. Assume she takes off and lands with her body in the same position, and ignore air resistance. Take $g = 9.81$ m s⁻².

- Flight time: 0.56 s

Calculate the height her centre of mass rose, in m. Give your answer to 3 significant figures.`,
    numericAnswer: { sigFigsExact: true, value: 0.385, sigFigs: 3, unit: "m" },
    points: [
      m("m1", "Time to the top = half the flight time = 0.28 s", ["0.28"]),
      m("m2", "h = ½ g t² = 0.5 × 9.81 × 0.28² / h = g t²/8", ["0.5", "8"]),
      a("a1", "h = 0.385 m", ["m2"], ["0.385"]),
    ],
    answer: r`The flight is symmetrical, so the centre of mass rises for half the flight time, $t_{\text{up}} = 0.56 / 2 = 0.28$ s, and falls from rest at the top over the same time:
$$h = \tfrac{1}{2} g t_{\text{up}}^2 = 0.5 \times 9.81 \times 0.28^2 = 0.3846\ \text{m}$$
The centre of mass rose **0.385 m** (equivalently $h = g t^2 / 8$). Contact mats overestimate height if the athlete tucks her legs before landing, because flight time increases.`,
  }),
  written({
    key: "c12-03",
    levels: HL,
    topic: "C.1.2",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss whether **mental toughness** is a stable personality characteristic or something that can be developed.",
    points: [
      pt("p1", 1, "Mental toughness described, e.g. the 4Cs: control, commitment, challenge, confidence", ["4Cs", "control", "commitment"]),
      pt("p2", 1, "Trait view: relatively stable across time and situations; measured by questionnaires as a personality-like characteristic", [
        "stable",
        "trait",
        "questionnaire",
      ]),
      pt("p3", 1, "Twin research suggests some genetic contribution to mental toughness", ["genetic", "twin"]),
      pt("p4", 1, "Development view: shaped by experiences such as coping with adversity, supportive coaching/parenting and a challenging environment", [
        "experience",
        "adversity",
        "environment",
      ]),
      pt("p5", 1, "Interventions (psychological skills training, pressure training) report increases in mental toughness scores", ["intervention", "training"]),
      pt("p6", 1, "Evaluation: self-report measures, short-term studies and no agreed definition limit conclusions", ["self-report", "definition"]),
      pt("p7", 1, "Conclusion: probably both: a partly stable disposition that can be developed (interactionist view)", ["both", "interaction"]),
    ],
    answer:
      "Mental toughness is often described by the **4Cs** (control, commitment, challenge, confidence).\n\n**Stable characteristic.** It is commonly measured with questionnaires as a personality-like disposition, and scores are fairly stable over time. Twin research suggests that part of the variation between people is genetic.\n\n**Developed.** Athletes and coaches describe mental toughness growing through experience: coping with setbacks, being challenged in a supportive environment, and coaching that sets high expectations while giving support. Intervention studies using psychological skills training or pressure training report increases in mental toughness scores.\n\n**Evaluation.** There is no single agreed definition, most measures are self-report and many intervention studies are short with small samples, so it is unclear how lasting the changes are.\n\n**Conclusion.** Mental toughness is best seen as a partly stable disposition that can nevertheless be developed through experience and training, an interactionist position.",
  }),
  written({
    key: "c22-04",
    levels: HL,
    topic: "C.2.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Outline",
    stem: "Outline what is meant by the **quiet eye** and how it may be used to improve performance in aiming skills.",
    points: [
      pt("p1", 1, "Quiet eye: the final fixation (gaze) on a specific target/location before the critical movement begins", ["final fixation", "gaze"]),
      pt("p2", 1, "Experts/successful attempts typically show a longer quiet-eye duration than novices/unsuccessful attempts", ["longer", "expert"]),
      pt("p3", 1, "Thought to give time to organise/programme the movement and block distractions", ["programme", "distraction"]),
      pt(
        "p4",
        1,
        "Quiet-eye training: players are shown expert gaze patterns and practise a steady, earlier and longer final fixation (e.g. on the back of the ball in putting, on the rim in free throws)",
        ["training", "putt", "free throw"],
      ),
      pt("p5", 1, "Can help maintain performance under pressure/anxiety", ["pressure", "anxiety"]),
    ],
    answer:
      "The **quiet eye** is the final steady fixation of gaze on a specific target or location just before the critical movement begins (for example, the back of the golf ball before a putt, or the front of the rim before a free throw). Research in aiming skills finds that experts and successful attempts usually show a **longer quiet-eye duration** than novices and misses; it is thought to give time to organise the movement and to shut out distractions.\n\n**Quiet-eye training** shows players video of expert gaze and has them practise an earlier, longer and steadier final fixation in their routine. It has been reported to improve accuracy and to help performance hold up under pressure.",
  }),
  written({
    key: "c33-03",
    levels: HL,
    topic: "C.3.3",
    difficulty: 4,
    marks: 4,
    paper: "P1B",
    term: "Analyse",
    stem: "In a hypothetical study, players from two youth football teams completed questionnaires (scores 1–5) at the end of a season.\n\n| | Team X | Team Y |\n|---|---|---|\n| Perceived mastery climate | 4.2 | 2.6 |\n| Perceived performance climate | 2.1 | 4.0 |\n| Enjoyment | 4.3 | 3.1 |\n| Players intending to return next season (%) | 90 | 55 |\n\nAnalyse these results.",
    points: [
      pt("p1", 1, "Team X players perceive a mainly mastery climate; team Y players a mainly performance climate", ["mastery", "performance climate"]),
      pt("p2", 1, "Team X reports higher enjoyment (4.3 vs 3.1) and more intention to return (90 % vs 55 %)", ["4.3", "90"]),
      pt("p3", 1, "Consistent with theory: a mastery climate supports task orientation, competence and intrinsic motivation, reducing dropout", [
        "task orientation",
        "intrinsic",
        "dropout",
      ]),
      pt(
        "p4",
        1,
        "Limitation: cross-sectional comparison of only two teams; other differences (results, coach, friends) could explain the pattern; correlation not causation",
        ["two teams", "causation", "confound"],
      ),
      pt("p5", 1, "Limitation: self-report questionnaires; no sample sizes or variability given", ["self-report", "sample size"]),
    ],
    answer:
      "**Pattern.** Team X players perceive a strong **mastery** climate (4.2) and a weak performance climate (2.1); team Y shows the reverse (2.6 and 4.0). Team X also reports higher **enjoyment** (4.3 vs 3.1) and far more players **intend to return** (90 % vs 55 %).\n\n**Interpretation.** This fits achievement goal theory and self-determination theory: a mastery climate, which values effort and improvement, supports task orientation and feelings of competence and autonomy, increasing enjoyment and intrinsic motivation and reducing dropout.\n\n**Limitations.** Only two teams were compared at one time point, so other differences, such as the teams' results, the coach's personality or friendship groups, could explain the pattern; this is correlational. The data are self-reported means with no sample sizes or measures of spread, so we cannot judge whether the differences are significant.",
  }),
  written({
    key: "c42-03",
    levels: HL,
    topic: "C.4.2",
    difficulty: 4,
    marks: 5,
    paper: "P2",
    term: "Explain",
    stem: "Using the idea of **cognitive appraisal**, explain why two athletes may respond differently to the same competitive situation, and how this affects their choice of coping strategy.",
    points: [
      pt("p1", 1, "Stress depends on how the situation is appraised, not only the situation itself (transactional view, Lazarus and Folkman)", [
        "appraisal",
        "transactional",
        "Lazarus",
      ]),
      pt("p2", 1, "Primary appraisal: is the situation relevant and is it a threat, harm/loss or a challenge?", ["primary appraisal", "threat", "challenge"]),
      pt("p3", 1, "Secondary appraisal: does the athlete have the resources/ability to cope?", ["secondary appraisal", "resources"]),
      pt(
        "p4",
        1,
        "An athlete who sees demands as exceeding resources appraises threat and experiences stress/anxiety; one who judges resources sufficient appraises a challenge",
        ["exceed", "demands"],
      ),
      pt("p5", 1, "Appraisal of controllability guides coping: controllable → problem-focused; uncontrollable → emotion-focused", [
        "controllable",
        "problem-focused",
        "emotion-focused",
      ]),
    ],
    answer:
      "In the transactional model (Lazarus and Folkman), stress arises from an athlete's **appraisal** of a situation rather than from the situation alone.\n\n- **Primary appraisal:** is this situation important to me, and is it a threat (possible harm or loss) or a challenge (possible gain)?\n- **Secondary appraisal:** do I have the resources, such as skill, fitness, support and experience, to cope?\n\nFacing the same cup final, an experienced, confident player may judge that her resources meet the demands and appraise it as a **challenge**, feeling excited; a younger player may judge the demands greater than his resources and appraise a **threat**, experiencing anxiety.\n\nAppraisal also shapes **coping**: if the stressor is judged **controllable** (e.g. preparation, tactics), problem-focused coping is likely; if it is judged **uncontrollable** (e.g. the crowd, the referee), emotion-focused coping such as relaxation or reappraisal is more appropriate.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [...themeA, ...themeB, ...themeC, ...deeper];

const file: SubjectQuestions = { subject: "sports-exercise-and-health-science", questions };
export default file;
