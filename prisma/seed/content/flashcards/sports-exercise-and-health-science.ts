import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Sports, Exercise and Health Science (first assessment 2026): definitions, formulae,
// processes and named models, written in our own words. HL-only cards cover the extra depth that HL
// questions use. Keys use "sehs-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `sehs-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── A.1 Communication
  card(
    "a11-nmj",
    "A.1.1",
    "Which neurotransmitter acts at the **neuromuscular junction**, and what does it do?",
    "**Acetylcholine**, released by the motor neuron, crosses the synaptic cleft, binds to receptors on the motor end plate and depolarises the muscle fibre's membrane, starting an action potential.",
  ),
  card(
    "a11-ap",
    "A.1.1",
    "Action potential: what happens in **depolarisation** and **repolarisation**?",
    "- **Depolarisation:** sodium channels open, Na⁺ flows into the axon, inside becomes positive.\n- **Repolarisation:** potassium channels open, K⁺ flows out, inside becomes negative again.\n\nMyelin allows **saltatory conduction** between nodes of Ranvier (faster).",
  ),
  card(
    "a11-nervous-endocrine",
    "A.1.1",
    "Nervous vs endocrine signalling: three differences.",
    "- **Signal:** electrical impulses + neurotransmitters vs hormones in the blood.\n- **Speed:** milliseconds vs seconds to minutes.\n- **Duration/extent:** short and localised vs longer-lasting and widespread.",
  ),
  card(
    "a11-adrenaline",
    "A.1.1",
    "Effects of **adrenaline** during exercise.",
    "Released from the adrenal medulla (sympathetic stimulation): increases heart rate and stroke volume, dilates bronchioles, redirects blood to working muscles, stimulates glycogen breakdown and fat mobilisation.",
    HL,
  ),
  card(
    "a12-negfeedback",
    "A.1.2",
    "Define **negative feedback** in homeostasis.",
    "A change in a variable is detected by receptors and triggers a response that **reverses the change**, returning the variable towards its set point (e.g. sweating when core temperature rises).",
  ),
  card(
    "a12-heatloss",
    "A.1.2",
    "Four routes of heat loss from the body. Which dominates in hot conditions?",
    "Radiation, convection, conduction and **evaporation** of sweat. In hot conditions (air near or above skin temperature) **evaporation** is the main route; high humidity reduces it.",
  ),
  card(
    "a12-glucose",
    "A.1.2",
    "Blood glucose regulation during prolonged exercise.",
    "Insulin (beta cells) **falls**; glucagon (alpha cells) and adrenaline **rise** → liver glycogenolysis and gluconeogenesis release glucose to match muscle uptake.",
    HL,
  ),
  card(
    "a13-q",
    "A.1.3",
    "Formula for **cardiac output**; typical resting value.",
    String.raw`$\dot{Q} = SV \times HR$

About 5 L min⁻¹ at rest (e.g. 70 ml × 70 beats min⁻¹ ≈ 4.9 L min⁻¹); can exceed 20 L min⁻¹ in trained athletes at maximal exercise.`,
  ),
  card(
    "a13-ve",
    "A.1.3",
    "Formula for **minute ventilation**.",
    String.raw`$\dot{V}_E = V_T \times f$

Tidal volume × breathing frequency; about 6 L min⁻¹ at rest, over 100 L min⁻¹ in maximal exercise.`,
  ),
  card(
    "a13-heart-path",
    "A.1.3",
    "Path of blood through the heart.",
    "Vena cavae → right atrium → tricuspid valve → right ventricle → pulmonary artery → lungs → pulmonary veins → left atrium → bicuspid (mitral) valve → left ventricle → aorta.",
  ),
  card(
    "a13-drift",
    "A.1.3",
    "What is **cardiovascular drift**?",
    "During prolonged constant-intensity exercise (especially in heat), heart rate gradually **rises** while stroke volume **falls**, because sweating reduces plasma volume and more blood goes to the skin, lowering venous return.",
  ),
  card(
    "a13-vo2max",
    "A.1.3",
    "Define **VO₂max**; absolute vs relative.",
    "The maximum rate at which the body can take in, transport and use oxygen.\n\n- Absolute: L min⁻¹.\n- Relative: ml kg⁻¹ min⁻¹ (absolute ÷ body mass), for comparing people of different mass.",
  ),
  card(
    "a13-bohr",
    "A.1.3",
    "What is the **Bohr shift**?",
    "A rightward shift of the oxygen–haemoglobin dissociation curve caused by raised CO₂, lower pH and higher temperature in active muscle: haemoglobin's affinity for O₂ falls and **more O₂ is unloaded** to the muscle.",
    HL,
  ),

  // ── A.2 Hydration and nutrition
  card(
    "a21-dehydration",
    "A.2.1",
    "How is fluid loss estimated from body mass?",
    "Sweat loss (L) ≈ mass before − mass after (kg) + fluid drunk − urine. A loss of about **2 % of body mass** is often linked with impaired endurance performance.",
  ),
  card(
    "a21-hyponatraemia",
    "A.2.1",
    "What is **exercise-associated hyponatraemia**?",
    "Abnormally low blood sodium, usually from drinking much more plain water than is lost in sweat over long events. Symptoms: nausea, headache, confusion; severe cases: seizures.",
  ),
  card(
    "a21-adh",
    "A.2.1",
    "Role of **ADH** in water balance.",
    "High blood osmolarity is detected by hypothalamic osmoreceptors → posterior pituitary releases ADH → collecting ducts become more permeable to water → more water reabsorbed, concentrated urine.",
    HL,
  ),
  card(
    "a22-energy-values",
    "A.2.2",
    "Approximate energy per gram of carbohydrate, fat and protein.",
    "- Carbohydrate: about 17 kJ (4 kcal) g⁻¹\n- Fat: about 37 kJ (9 kcal) g⁻¹\n- Protein: about 17 kJ (4 kcal) g⁻¹",
  ),
  card(
    "a22-glycogen",
    "A.2.2",
    "Where is glycogen stored, and what is each store used for?",
    "- **Skeletal muscle** (largest store): fuel for that muscle only.\n- **Liver:** broken down to glucose to maintain blood glucose for the whole body.",
  ),
  card(
    "a22-carb-loading",
    "A.2.2",
    "Carbohydrate loading: who, how, why?",
    "For events longer than about 90 min. About 10–12 g carbohydrate per kg per day for 36–48 h with a training taper → supercompensated glycogen stores → delayed fatigue.",
  ),
  card(
    "a22-protein",
    "A.2.2",
    "Why do athletes need more protein than sedentary people?",
    "For repair of muscle damage and synthesis of new proteins (e.g. contractile proteins, mitochondrial enzymes) as training adaptations; strength athletes' needs are often quoted around 1.6–2.0 g kg⁻¹ day⁻¹.",
  ),
  card(
    "a23-atppc",
    "A.2.3",
    "The **ATP–PC system**: fuel, speed, duration.",
    "Phosphocreatine donates phosphate to resynthesise ATP (creatine kinase). Very fast, no oxygen, very limited store: dominant in maximal efforts of up to about 10 s.",
  ),
  card(
    "a23-glycolysis",
    "A.2.3",
    "**Anaerobic glycolysis**: site, yield, by-product.",
    "Sarcoplasm; glucose → pyruvate → lactate; 2 ATP per glucose; fast; dominates high-intensity work of roughly 10 s to 2 min; H⁺ accumulation contributes to fatigue.",
  ),
  card(
    "a23-aerobic",
    "A.2.3",
    "The **aerobic system**: site, fuels, yield.",
    "Mitochondria (Krebs cycle and electron transport chain); carbohydrate, fat and some protein; about 30–32 ATP per glucose (older texts 36–38); slow rate; products CO₂ and water.",
  ),
  card(
    "a23-lt",
    "A.2.3",
    "Define **lactate threshold**.",
    "The exercise intensity at which blood lactate begins to rise sharply because it is produced faster than it is removed.",
  ),
  card(
    "a23-rer",
    "A.2.3",
    "What is the **respiratory exchange ratio (RER)** and what do its values mean?",
    String.raw`$\text{RER} = \dot{V}\text{CO}_2 / \dot{V}\text{O}_2$

About 0.7 → mainly fat oxidised; about 1.0 → mainly carbohydrate. Values above 1.0 occur in very intense exercise (extra CO₂ from buffering).`,
    HL,
  ),
  card(
    "a23-epoc",
    "A.2.3",
    "**EPOC**: fast and slow components.",
    "- **Fast:** resynthesis of ATP and phosphocreatine; reloading myoglobin with O₂ (about 2–3 min).\n- **Slow:** lactate removal; raised temperature, heart rate, ventilation and hormones.",
    HL,
  ),

  // ── A.3 Response
  card(
    "a31-principles",
    "A.3.1",
    "Main **principles of training**.",
    "Specificity, progression, overload, reversibility, variety, recovery (and individual differences). Overload is adjusted through **FITT**: frequency, intensity, time, type.",
  ),
  card(
    "a31-karvonen",
    "A.3.1",
    "The **Karvonen** method for training heart rate.",
    String.raw`$HR_{\text{target}} = HR_{\text{rest}} + \text{intensity} \times (HR_{\max} - HR_{\text{rest}})$

$HR_{\max}$ is often estimated as $220 - \text{age}$ (only an estimate).`,
  ),
  card(
    "a31-pct",
    "A.3.1",
    "Formula for **percentage change**.",
    String.raw`$\%\ \text{change} = \dfrac{\text{new} - \text{original}}{\text{original}} \times 100$

Always divide by the original (initial) value.`,
  ),
  card(
    "a31-hiit",
    "A.3.1",
    "HIIT vs continuous training: one advantage of each.",
    "- **HIIT:** similar or larger VO₂max gains in less time; trains anaerobic capacity.\n- **Continuous:** lower injury risk, builds aerobic base and fat oxidation, suits beginners.",
  ),
  card(
    "a31-adaptations",
    "A.3.1",
    "Four cardiovascular adaptations to endurance training.",
    "Larger left ventricle and **stroke volume**; lower resting heart rate; increased blood/plasma volume; more capillaries in trained muscle (also more mitochondria and myoglobin).",
  ),
  card(
    "a32-bmi",
    "A.3.2",
    "BMI formula and adult categories.",
    String.raw`$\text{BMI} = \dfrac{\text{mass (kg)}}{\text{height (m)}^2}$

Under 18.5 underweight; 18.5–24.9 normal; 25–29.9 overweight; 30 and above obese. Limitation: does not distinguish fat from muscle.`,
  ),
  card(
    "a32-cvd",
    "A.3.2",
    "How does regular activity reduce cardiovascular disease risk?",
    "Lowers blood pressure; raises HDL and lowers LDL; slows atherosclerosis; reduces body fat; improves insulin sensitivity; lower resting heart rate.",
  ),
  card(
    "a32-who",
    "A.3.2",
    "WHO (2020) aerobic activity guideline for adults.",
    "At least 150–300 minutes of moderate-intensity **or** 75–150 minutes of vigorous-intensity aerobic activity per week (or a combination), plus muscle-strengthening activities on two or more days.",
  ),
  card(
    "a33-fatigue",
    "A.3.3",
    "Main causes of fatigue: short maximal vs prolonged exercise.",
    "- **Short, intense:** phosphocreatine depletion, H⁺ accumulation (low pH), inorganic phosphate build-up.\n- **Prolonged:** glycogen depletion, hypoglycaemia, dehydration, hyperthermia, central fatigue.",
  ),
  card(
    "a33-doms",
    "A.3.3",
    "What is **DOMS**?",
    "Delayed-onset muscle soreness: pain and stiffness peaking about 24–72 h after unaccustomed exercise, especially eccentric contractions, linked to microscopic muscle damage and inflammation.",
  ),
  card(
    "a33-cwi",
    "A.3.3",
    "Cold-water immersion: benefit and drawback.",
    "**Benefit:** reduces perceived soreness, useful between close matches.\n\n**Drawback:** routine use after strength training may blunt long-term adaptations (hypertrophy).",
    HL,
  ),

  // ── B.1 Generating movement
  card(
    "b11-planes",
    "B.1.1",
    "The three planes of movement, with examples.",
    "- **Sagittal** (flexion/extension): running, somersault.\n- **Frontal** (abduction/adduction): star jump, cartwheel.\n- **Transverse** (rotation): discus turn, golf swing.",
  ),
  card(
    "b11-movements",
    "B.1.1",
    "Define **flexion, extension, abduction, adduction**.",
    "- **Flexion:** decreasing the joint angle.\n- **Extension:** increasing the joint angle.\n- **Abduction:** moving away from the midline.\n- **Adduction:** moving towards the midline.",
  ),
  card(
    "b12-tissues",
    "B.1.2",
    "Tendon vs ligament vs cartilage.",
    "- **Tendon:** muscle to bone; transmits force.\n- **Ligament:** bone to bone; stabilises joints.\n- **Articular (hyaline) cartilage:** covers bone ends; reduces friction, absorbs shock.",
  ),
  card(
    "b12-synovial",
    "B.1.2",
    "Key structures of a synovial joint.",
    "Joint capsule, synovial membrane, synovial fluid, articular cartilage, ligaments (plus menisci and bursae in some joints).",
  ),
  card(
    "b12-healing",
    "B.1.2",
    "Why do tendons and ligaments heal slowly?",
    "Poor blood supply, few fibroblasts and slow collagen turnover; scar collagen must be remodelled along lines of stress over months.",
    HL,
  ),
  card(
    "b13-fibres",
    "B.1.3",
    "Type I vs type IIx muscle fibres.",
    "- **Type I:** slow, oxidative, many mitochondria and capillaries, much myoglobin, fatigue-resistant, low force.\n- **Type IIx:** fast, glycolytic, high force, fatigue quickly.\n\nType IIa is intermediate.",
  ),
  card(
    "b13-contractions",
    "B.1.3",
    "Concentric, eccentric, isometric.",
    "- **Concentric:** muscle shortens under tension.\n- **Eccentric:** muscle lengthens under tension.\n- **Isometric:** tension without change in length.",
  ),
  card(
    "b13-sliding",
    "B.1.3",
    "Sliding filament theory in five steps.",
    "1. Ca²⁺ released from sarcoplasmic reticulum.\n2. Ca²⁺ binds troponin; tropomyosin moves off actin's binding sites.\n3. Myosin heads bind actin (cross-bridges).\n4. Power stroke pulls actin to the sarcomere centre.\n5. ATP binds, heads detach and re-cock; cycle repeats.",
  ),
  card(
    "b13-length-tension",
    "B.1.3",
    "The **length–tension relationship**.",
    "Maximum force at an intermediate sarcomere length (optimal actin–myosin overlap, most cross-bridges); less force when overstretched or very shortened.",
    HL,
  ),
  card(
    "b14-classes",
    "B.1.4",
    "Three classes of lever with body examples.",
    "- **First** (fulcrum in middle): neck extension (nodding).\n- **Second** (load in middle): rising onto the toes.\n- **Third** (effort in middle): biceps curl at the elbow; most common in the body.",
  ),
  card(
    "b14-torque",
    "B.1.4",
    "Torque and mechanical advantage formulas.",
    String.raw`Torque: $\tau = F \times d_{\perp}$ (N m)

Mechanical advantage $= \dfrac{\text{effort arm}}{\text{load arm}}$; below 1 for third-class levers (more force needed, but greater speed and range).`,
  ),

  // ── B.2 Forces, motion and movement
  card(
    "b21-newton",
    "B.2.1",
    "Newton's three laws in sport.",
    "1. **Inertia:** a body stays at rest or constant velocity unless a net force acts.\n2. $F = ma$: acceleration is proportional to net force.\n3. **Action–reaction:** every force has an equal and opposite force (ground reaction force).",
  ),
  card(
    "b21-momentum",
    "B.2.1",
    "Momentum and impulse.",
    String.raw`Momentum $p = mv$ (kg m s⁻¹).

Impulse $= F\Delta t = \Delta p$. A longer contact time reduces the force needed for the same change in momentum (e.g. bending the knees on landing).`,
  ),
  card(
    "b21-work-power",
    "B.2.1",
    "Work and power.",
    String.raw`Work $W = Fd$ (J); lifting against gravity $W = mgh$.

Power $P = W/t$ (W).`,
  ),
  card(
    "b21-angular",
    "B.2.1",
    "Conservation of angular momentum.",
    String.raw`$L = I\omega$ is constant when no external torque acts (e.g. in flight). Tucking reduces $I$, so $\omega$ increases; opening out slows rotation.`,
    HL,
  ),
  card(
    "b22-drag",
    "B.2.2",
    "Types of drag and the effect of speed.",
    String.raw`Surface (skin friction) drag, form (pressure) drag and wave drag (at a water surface).

Drag is roughly proportional to $v^2$: double speed → about 4× drag.`,
  ),
  card(
    "b22-magnus",
    "B.2.2",
    "Magnus effect with topspin.",
    "Spin slows airflow over the top and speeds it underneath; by Bernoulli's principle, higher pressure above and lower below → downward Magnus force → ball dips.",
    HL,
  ),
  card(
    "b23-projectile",
    "B.2.3",
    "Factors affecting projectile distance.",
    "Speed of release (most important), angle of release and height of release (plus air resistance). Optimum angle is 45° only for equal release and landing heights without air resistance.",
  ),
  card(
    "b23-sd",
    "B.2.3",
    "Sample standard deviation formula.",
    String.raw`$s = \sqrt{\dfrac{\sum (x - \bar{x})^2}{n - 1}}$

A measure of the spread of data around the mean.`,
  ),

  // ── B.3 Injury
  card(
    "b31-acute-chronic",
    "B.3.1",
    "Acute vs chronic (overuse) injury.",
    "- **Acute:** sudden, single traumatic event (sprain, fracture).\n- **Chronic/overuse:** gradual, repeated microtrauma without enough recovery (stress fracture, tendinopathy).",
  ),
  card(
    "b31-risk",
    "B.3.1",
    "Intrinsic vs extrinsic injury risk factors.",
    "- **Intrinsic** (within the athlete): previous injury, muscle imbalance, poor flexibility, alignment, age, fatigue.\n- **Extrinsic** (outside): equipment, surface, weather, opponents, training errors, coaching.",
  ),
  card(
    "b32-price",
    "B.3.2",
    "PRICE after an acute soft-tissue injury.",
    "**P**rotection, **R**est, **I**ce, **C**ompression, **E**levation: to limit bleeding, swelling and pain in the first 24–72 h.",
  ),
  card(
    "b32-rehab",
    "B.3.2",
    "Stages of rehabilitation.",
    "Control pain and swelling → restore range of motion → restore strength → proprioception and balance → sport-specific functional training → return-to-play testing.",
  ),

  // ── C.1 Individual differences
  card("c11-bigfive", "C.1.1", "The Big Five personality traits.", "**OCEAN:** openness, conscientiousness, extraversion, agreeableness, neuroticism."),
  card(
    "c11-interactionist",
    "C.1.1",
    "The **interactionist** approach.",
    String.raw`Behaviour is a function of personality and environment: $B = f(P, E)$ (Lewin). Explains why behaviour varies across situations.`,
  ),
  card("c12-4cs", "C.1.2", "The 4Cs of mental toughness.", "**Control**, **commitment**, **challenge**, **confidence** (Clough and colleagues)."),

  // ── C.2 Motor learning
  card(
    "c21-stages",
    "C.2.1",
    "Fitts and Posner's stages of learning.",
    "- **Cognitive:** understanding the task; many errors.\n- **Associative:** practice; fewer errors, refining.\n- **Autonomous:** automatic, consistent; attention free for tactics.",
  ),
  card(
    "c21-feedback",
    "C.2.1",
    "KR vs KP.",
    "- **Knowledge of results:** feedback on the outcome (time, score).\n- **Knowledge of performance:** feedback on the quality of the movement (technique).",
  ),
  card(
    "c21-learning",
    "C.2.1",
    "Performance vs learning.",
    "Performance is a temporary, observable behaviour; learning is a relatively permanent change in capability, inferred from retention and transfer tests.",
  ),
  card(
    "c21-practice",
    "C.2.1",
    "Types of practice.",
    "Massed vs distributed (rest intervals); whole vs part (progressive part); fixed/blocked vs variable/random. Variable practice suits open skills (schema development).",
  ),
  card(
    "c22-nideffer",
    "C.2.2",
    "Nideffer's attentional styles.",
    "Two dimensions: **width** (broad/narrow) and **direction** (external/internal) → broad-external (assess), broad-internal (analyse), narrow-external (act), narrow-internal (rehearse).",
  ),
  card(
    "c22-choking",
    "C.2.2",
    "Two explanations of **choking**.",
    "- **Explicit monitoring:** conscious attention to an automatic skill disrupts it.\n- **Distraction:** worry takes attention from relevant cues.\n\nHelp: routines, external focus, practising under pressure.",
  ),

  // ── C.3 Motivation
  card(
    "c31-orientation",
    "C.3.1",
    "Task vs ego orientation (achievement goal theory).",
    "- **Task:** success = personal improvement and effort.\n- **Ego:** success = beating others.\n\nHigh task orientation is linked with persistence and enjoyment.",
  ),
  card("c32-needs", "C.3.2", "Self-determination theory: the three basic needs.", "**Autonomy**, **competence**, **relatedness** (Deci and Ryan)."),
  card(
    "c32-continuum",
    "C.3.2",
    "The self-determination continuum.",
    "Amotivation → external regulation → introjected regulation → identified → integrated regulation → intrinsic motivation.",
  ),
  card(
    "c32-cet",
    "C.3.2",
    "Cognitive evaluation theory on rewards.",
    "A reward seen as **controlling** lowers autonomy and can undermine intrinsic motivation; a reward seen as **informational** (confirms competence) can increase it.",
    HL,
  ),
  card("c33-target", "C.3.3", "TARGET framework for a mastery climate.", "**T**ask, **A**uthority, **R**ecognition, **G**rouping, **E**valuation, **T**iming."),

  // ── C.4 Stress and coping
  card(
    "c41-invertedu",
    "C.4.1",
    "Inverted-U hypothesis.",
    "Performance rises with arousal to an optimal moderate level, then declines. The optimum is lower for complex/fine skills and higher for simple/gross skills.",
  ),
  card(
    "c41-anxiety",
    "C.4.1",
    "Cognitive vs somatic anxiety; trait vs state.",
    "- **Cognitive:** worry, negative thoughts. **Somatic:** perceived physical symptoms.\n- **Trait:** general tendency to feel anxious. **State:** anxiety at a particular moment.",
  ),
  card(
    "c41-catastrophe",
    "C.4.1",
    "Catastrophe theory.",
    "With **high cognitive anxiety**, arousal beyond the optimum causes a sudden large fall in performance; recovery needs arousal lowered well below that point (**hysteresis**).",
    HL,
  ),
  card(
    "c42-coping",
    "C.4.2",
    "Problem-focused vs emotion-focused coping.",
    "- **Problem-focused:** change the source of stress (planning, seeking help) — best for controllable stressors.\n- **Emotion-focused:** manage the emotional response (relaxation, reappraisal) — best for uncontrollable stressors.",
  ),

  // ── C.5 Psychological skills
  card(
    "c51-goals",
    "C.5.1",
    "Outcome, performance and process goals.",
    "- **Outcome:** result compared with others (win).\n- **Performance:** personal standard (time, %).\n- **Process:** technique/actions during performance.",
  ),
  card("c51-smart", "C.5.1", "SMART(ER) goals.", "Specific, Measurable, Achievable, Realistic, Time-bound (+ Evaluated, Recorded)."),
  card(
    "c52-pettlep",
    "C.5.2",
    "PETTLEP imagery model.",
    "**P**hysical, **E**nvironment, **T**ask, **T**iming, **L**earning, **E**motion, **P**erspective (Holmes and Collins).",
  ),
  card(
    "c52-perspectives",
    "C.5.2",
    "Internal vs external imagery perspective.",
    "- **Internal:** through one's own eyes; good for feel and timing.\n- **External:** watching oneself as on video; good for form and body position.",
  ),
];

const file: SubjectFlashcards = { subject: "sports-exercise-and-health-science", flashcards };
export default file;
