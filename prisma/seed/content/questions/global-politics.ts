import type { QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point } from "@/prisma/seed/content/shared/markscheme-points";
import { type Difficulty, levelBands, questionBuilders, type QuestionSpec } from "@/prisma/seed/content/shared/question-builders";

// Original IB-style practice questions for IB Global Politics (new guide, first assessed 2026).
//
// - Paper 1 (core, SL and HL): short stimulus-based questions on two short sources written for this bank.
//   Every source is labelled hypothetical: the states, people and organizations in them are invented.
//   Questions follow a 3 / 4 / 8 / 10 mark pattern (identify, explain, compare and contrast, evaluate),
//   which adds up to the paper's 25 marks. The 8- and 10-mark questions are marked in 2-mark levels.
// - Paper 2 (thematic studies, SL and HL): recall MCQs on key concepts and theories, and 15-mark essays
//   marked with five cumulative markbands plus the key points a strong answer makes.
// - Paper 3 (HL extension only): recall MCQs, 4-mark explanations of a hypothetical stimulus and 16-mark
//   extended responses in four 4-mark levels (4 + 8 + 16 = 28, the paper's total).
// Global Politics has no calculations, so there are no NUMERIC questions. Money would be written in
// words so that "$" is only ever a LaTeX delimiter (there is no LaTeX in this file).

const { written, mcq } = questionBuilders("global-politics", (q) => (q.paper === "P3" || q.topic.startsWith("HL") ? ["HL"] : ["SL", "HL"]));
const bands = levelBands;
type Base = QuestionSpec;

const LEVEL_NOTE = "\n\n*Marking: award the highest level the answer fully meets (each level needs the one below it).*";

// ─────────────────────────────────────────────────────────────────────────────
// Paper 1: stimulus-based questions on the core
// ─────────────────────────────────────────────────────────────────────────────

type Stimulus = { a: string; b: string };
const sourceText = (s: Stimulus, which: "A" | "B" | "AB") =>
  [
    which !== "B" ? `**Source A** *(hypothetical source written for this exercise)*\n\n> ${s.a}` : "",
    which !== "A" ? `**Source B** *(hypothetical source written for this exercise)*\n\n> ${s.b}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");

type P1Set = {
  key: string;
  topic: string;
  stimulus: Stimulus;
  /** Question 1 (3 marks, Source A): three points that can be identified. */
  q1: { stem: string; points: [string, string, string, ...string[]]; difficulty: Difficulty };
  /** Question 2 (4 marks, Source B): explanation points. */
  q2: { stem: string; points: [string, string, string, string, ...string[]]; difficulty: Difficulty };
  /** Question 3 (8 marks): similarities and differences. */
  q3: { stem: string; similarities: string[]; differences: string[]; difficulty: Difficulty };
  /** Question 4 (10 marks): evaluation with own knowledge. */
  q4: { stem: string; term: QuestionInput["commandTerm"]; for: string[]; against: string[]; knowledge: string; difficulty: Difficulty };
};

/** A short question marked one point per mark (points listed are acceptable alternatives). */
const pointMarked = (
  key: string,
  topic: string,
  marks: number,
  term: QuestionInput["commandTerm"],
  q: { stem: string; points: string[]; difficulty: Difficulty },
  context: string,
  rule: string,
  paper: QuestionInput["paper"] = "P1",
) =>
  written({
    key,
    topic,
    difficulty: q.difficulty,
    marks,
    paper,
    term,
    stem: `${context}\n\n${q.stem} *[${marks} marks]*`,
    points: q.points.map((t, i) => point(`p${i + 1}`, 1, t)),
    answer: `${rule}\n\n${q.points.map((t) => `- ${t}`).join("\n")}`,
  });

const p1Set = (s: P1Set): QuestionInput[] => [
  pointMarked(
    `${s.key}-q1`,
    s.topic,
    3,
    "Identify",
    s.q1,
    sourceText(s.stimulus, "A"),
    "Award 1 mark for each relevant point identified from Source A, up to 3 marks. Acceptable points:",
  ),
  pointMarked(
    `${s.key}-q2`,
    s.topic,
    4,
    "Explain",
    s.q2,
    sourceText(s.stimulus, "B"),
    "Award 1 mark for each relevant point, up to 4 marks. A point must be explained (linked to the source and to the key concept), not just quoted from the source. OWTTE.",
  ),
  written({
    key: `${s.key}-q3`,
    topic: s.topic,
    difficulty: s.q3.difficulty,
    marks: 8,
    paper: "P1",
    term: "Compare and contrast",
    stem: `${sourceText(s.stimulus, "AB")}\n\n${s.q3.stem} *[8 marks]*`,
    points: bands(2, [
      "little understanding; the sources are described separately, with no explicit comparison or contrast.",
      "some understanding; at least one similarity or difference is identified, but linking is implicit or one-sided (only similarities or only differences).",
      "good understanding; both similarities and differences are identified with explicit links between the sources and some brief reference to the text.",
      "very good understanding; a running comparison with several explicit, well-supported similarities and differences drawn from both sources.",
    ]),
    answer: `**Similarities**\n\n${s.q3.similarities.map((t) => `- ${t}`).join("\n")}\n\n**Differences**\n\n${s.q3.differences.map((t) => `- ${t}`).join("\n")}\n\n*A top-level answer compares point by point (“whereas…”, “both…”) rather than summarizing each source in turn.*${LEVEL_NOTE}`,
  }),
  written({
    key: `${s.key}-q4`,
    topic: s.topic,
    difficulty: s.q4.difficulty,
    marks: 10,
    paper: "P1",
    term: s.q4.term,
    stem: `${sourceText(s.stimulus, "AB")}\n\n${s.q4.stem} *[10 marks]*`,
    points: bands(2, [
      "little understanding of the demands of the question; limited use of the sources and no own knowledge.",
      "some understanding; the sources are used descriptively or own knowledge is asserted without evaluation.",
      "the demands of the question are understood; the sources and some own knowledge are used, with an evaluation that may be one-sided.",
      "good understanding; the sources and relevant own knowledge (examples, key concepts) are integrated and different views are considered.",
      `very good understanding; a well-structured, balanced evaluation integrating both sources with accurate own knowledge (e.g. ${s.q4.knowledge}) and reaching a reasoned conclusion.`,
    ]),
    answer: `**Arguments supporting the claim**\n\n${s.q4.for.map((t) => `- ${t}`).join("\n")}\n\n**Arguments against / limits**\n\n${s.q4.against.map((t) => `- ${t}`).join("\n")}\n\n**Own knowledge a strong answer brings in:** ${s.q4.knowledge}.\n\n*A top-level answer uses both sources and own knowledge, weighs the two sides and ends with a reasoned judgement.*${LEVEL_NOTE}`,
  }),
];

const core: QuestionInput[] = [
  // C.1 Power
  mcq({
    key: "c1-01",
    topic: "C.1",
    difficulty: 1,
    paper: "P1",
    stem: "Which scholar is most closely associated with the concept of “soft power”, the ability to shape others' preferences through attraction rather than coercion or payment?",
    options: ["Joseph Nye", "Kenneth Waltz", "Max Weber", "Johan Galtung"],
    correct: "A",
    why: "Joseph Nye coined “soft power” (attraction through culture, political values and policies). Waltz is a neorealist, Weber wrote on types of authority, and Galtung on positive/negative peace and structural violence.",
  }),
  mcq({
    key: "c1-02",
    topic: "C.1",
    difficulty: 3,
    paper: "P1",
    stem: "Steven Lukes' “third dimension” of power refers to:",
    options: [
      "the power to win open decision-making contests over observable conflicts",
      "the power to keep issues off the political agenda",
      "the power to shape people's wants and beliefs so that conflicts do not surface",
      "the power of states to use military force against other states",
    ],
    correct: "C",
    why: "Lukes' three-dimensional view adds to decision-making (first dimension) and agenda-setting/non-decision-making (second dimension) a third: shaping preferences and perceptions so that people accept an order that may not serve their real interests.",
  }),
  ...p1Set({
    key: "c1-set",
    topic: "C.1",
    stimulus: {
      a: "The Republic of Varanta has no aircraft carriers and a small army, yet its voice carries far. Its film industry is watched across the region, its universities host thousands of foreign students each year, and its diplomats chair two UN working groups. When neighbouring Kessia tightened its internet censorship, Varanta did not threaten sanctions; instead its broadcasters offered free streaming of their news channels. Within a year, surveys showed that most young Kessians held a favourable view of Varanta.",
      b: "Kessia's government rejects the idea that attraction is power. 'Films do not move borders,' its defence minister said last month, announcing a 20 per cent rise in military spending and new gas pipeline contracts that make three neighbouring states dependent on Kessian energy. 'Those who buy our gas will think carefully before voting against us in regional meetings.'",
    },
    q1: {
      difficulty: 1,
      stem: "With reference to Source A, identify **three** sources of Varanta's power.",
      points: [
        "Its film industry / popular culture watched across the region",
        "Its universities / education attracting foreign students",
        "Its diplomats / role in international organizations (chairing UN working groups)",
        "Its broadcasters / media (free news channels reaching Kessians)",
      ],
    },
    q2: {
      difficulty: 2,
      stem: "With reference to Source B, explain how Kessia seeks to exercise power.",
      points: [
        "Hard power through military force: a 20 per cent rise in military spending signals coercive capability / deterrence",
        "Economic power through energy dependence: pipeline contracts make neighbours reliant on Kessian gas",
        "This dependence is asymmetric interdependence used as leverage / potential coercion (threat to use supply to influence behaviour)",
        "The aim is to influence neighbours' votes in regional meetings: power as getting others to do what they otherwise would not (relational power / OWTTE)",
      ],
    },
    q3: {
      difficulty: 3,
      stem: "Compare and contrast the views of power presented in Source A and Source B.",
      similarities: [
        "Both treat power as the ability to influence the behaviour or choices of other actors (Kessians' opinions; neighbours' votes).",
        "Both show states using non-military resources: Varanta its media and culture, Kessia its gas pipelines.",
        "Both concern regional influence rather than global dominance.",
      ],
      differences: [
        "Source A presents power as attraction (soft power) that needs no threats, whereas Source B dismisses attraction and stresses coercive capability (hard power).",
        "Source A measures power by changed attitudes (surveys), whereas Source B measures it by material resources (military spending, energy).",
        "In Source A power works through consent; in Source B it works through dependence and implied threat.",
      ],
    },
    q4: {
      difficulty: 4,
      term: "To what extent",
      stem: "Using the sources and your own knowledge, to what extent is soft power more effective than hard power in global politics today?",
      for: [
        "Source A: Varanta gained influence over Kessian public opinion without threats; attraction can be cheaper and more durable, and it confers legitimacy.",
        "Coercion can provoke balancing and resentment and may undermine the user's legitimacy.",
        "In an interdependent world, reputation and networks (diplomacy, education, culture) shape agendas and coalitions.",
      ],
      against: [
        "Source B: material leverage (military strength, energy dependence) can change governments' behaviour directly and quickly, whereas favourable opinion among young people does not necessarily change state policy.",
        "Soft power is hard to measure and slow, and governments (e.g. authoritarian ones) can block it.",
        "Many analysts argue the most effective strategies combine both (Nye's “smart power”), so the dichotomy is too simple.",
      ],
      knowledge:
        "Nye's soft, hard and smart power; realist views of power as capabilities; examples of economic statecraft such as sanctions or energy supply; cultural diplomacy",
    },
  }),

  // C.2 Sovereignty
  mcq({
    key: "c2-01",
    topic: "C.2",
    difficulty: 1,
    paper: "P1",
    stem: "The principle of state sovereignty in the modern international system is commonly traced to which settlement?",
    options: ["The Congress of Vienna (1815)", "The Treaty of Utrecht (1713)", "The Treaty of Versailles (1919)", "The Peace of Westphalia (1648)"],
    correct: "D",
    why: "The Peace of Westphalia (1648), which ended the Thirty Years' War, is conventionally seen as the origin of the system of sovereign, territorial states with non-interference in each other's internal affairs (“Westphalian sovereignty”), although historians debate how far it created it.",
  }),
  mcq({
    key: "c2-02",
    topic: "C.2",
    difficulty: 2,
    paper: "P1",
    stem: "Which article of the UN Charter requires members to refrain from the threat or use of force against the territorial integrity or political independence of any state?",
    options: ["Article 1(1)", "Article 2(4)", "Article 51", "Article 27"],
    correct: "B",
    why: "Article 2(4) prohibits the threat or use of force. Article 51 preserves the right of individual or collective self-defence, Article 27 sets Security Council voting (including the veto) and Article 1 lists the purposes of the UN.",
  }),
  mcq({
    key: "c2-03",
    topic: "C.2",
    difficulty: 3,
    paper: "P1",
    stem: "The Responsibility to Protect (R2P) was endorsed by UN member states at the 2005 World Summit. Which statement best describes it?",
    options: [
      "Sovereignty is absolute, so outside states may never act in another state's territory, whatever happens there.",
      "Any state may intervene militarily, with or without UN approval, whenever it judges human rights are being violated.",
      "States must protect their populations from atrocity crimes; if one manifestly fails, others act through the UN.",
      "Only regional organizations may authorize the use of force to protect civilians.",
    ],
    correct: "C",
    why: "R2P reframes sovereignty as responsibility: a state's primary duty is to protect its population from the four atrocity crimes; when it manifestly fails, collective action is to be taken through the Security Council. It does not license unilateral intervention.",
  }),
  ...p1Set({
    key: "c2-set",
    topic: "C.2",
    stimulus: {
      a: "The island state of Morava joined a regional trading union ten years ago. Its laws on product safety must now follow union rules, a union court can overrule Moravan judges on trade disputes, and its currency is managed by a shared central bank. Moravan President Elin Dace insists: 'We chose to pool these powers. We can leave whenever our parliament decides. That choice is what sovereignty means.'",
      b: "Opposition leader Tomas Rehn disagrees. 'On paper we are sovereign. In reality, our budget is shaped by bankers abroad, a foreign court decides our disputes and a global technology company controls the data of every Moravan citizen. A state that cannot control what happens within its own borders is sovereign in name only.'",
    },
    q1: {
      difficulty: 1,
      stem: "With reference to Source A, identify **three** ways in which Morava's membership of the trading union affects its decision-making.",
      points: [
        "Its product-safety laws must follow union rules",
        "A union court can overrule Moravan judges on trade disputes",
        "Its currency is managed by a shared central bank / it has no independent monetary policy",
      ],
    },
    q2: {
      difficulty: 2,
      stem: "With reference to Source B, explain why Tomas Rehn argues that Morava is “sovereign in name only”.",
      points: [
        "He distinguishes legal/formal (de jure) sovereignty from effective (de facto) sovereignty / control",
        "Economic constraints: the budget is shaped by external financial actors, limiting internal sovereignty over fiscal policy",
        "Legal constraints: a foreign court settles disputes, so final legal authority lies outside the state",
        "Non-state actors: a global technology company controls citizens' data, showing challenges to sovereignty from transnational corporations",
      ],
    },
    q3: {
      difficulty: 3,
      stem: "Compare and contrast how Source A and Source B view Morava's sovereignty.",
      similarities: [
        "Both accept that powers once exercised by Morava alone are now exercised or influenced by bodies outside it (union court, shared central bank / foreign bankers).",
        "Both treat control over law and economic policy as central to sovereignty.",
      ],
      differences: [
        "Source A sees pooling of powers as an exercise of sovereignty (a voluntary, reversible choice), whereas Source B sees it as loss of sovereignty.",
        "Source A stresses legal sovereignty (the right to leave), whereas Source B stresses effective control in practice.",
        "Source B adds non-state actors (a technology company, bankers) as challenges, which Source A does not mention.",
      ],
    },
    q4: {
      difficulty: 5,
      term: "Evaluate",
      stem: "Using the sources and your own knowledge, evaluate the claim that interdependence has made state sovereignty largely meaningless.",
      for: [
        "Source B: markets, foreign courts and transnational corporations limit what governments can control in practice.",
        "Global challenges (climate change, pandemics, cyber threats) cannot be managed by any state alone.",
        "Norms such as R2P and international human rights law qualify non-intervention.",
      ],
      against: [
        "Source A: states choose to pool sovereignty and can take it back (a state can leave a regional organization), so sovereignty remains the source of authority.",
        "States remain the only actors with legal sovereignty, UN membership and a recognized right to use force in self-defence; border control and taxation remain state powers.",
        "Powerful states retain far more effective sovereignty than weak ones, so the effect is uneven rather than general.",
      ],
      knowledge:
        "the Westphalian model; internal and external sovereignty; pooled sovereignty in regional organizations; a state's withdrawal from a regional union or treaty; UN Charter Article 2(7) on domestic jurisdiction",
    },
  }),

  // C.3 Legitimacy
  mcq({
    key: "c3-01",
    topic: "C.3",
    difficulty: 1,
    paper: "P1",
    stem: "Max Weber distinguished three ideal types of legitimate authority. Which list is correct?",
    options: [
      "Traditional, charismatic, legal-rational",
      "Democratic, authoritarian, totalitarian",
      "Input, output, throughput",
      "Coercive, economic, ideological",
    ],
    correct: "A",
    why: "Weber's three types are traditional (custom, e.g. hereditary monarchy), charismatic (the exceptional qualities of a leader) and legal-rational (rules and offices established by law).",
  }),
  mcq({
    key: "c3-02",
    topic: "C.3",
    difficulty: 3,
    paper: "P1",
    stem: "A government that is not freely elected argues that it is legitimate because it has delivered rapid economic growth and public order. This is a claim to:",
    options: ["input legitimacy", "legal sovereignty", "traditional legitimacy", "output (performance) legitimacy"],
    correct: "D",
    why: "Output or performance legitimacy rests on what a government delivers (growth, security, services). Input legitimacy rests on participation and consent (e.g. free elections); traditional legitimacy on custom.",
  }),
  ...p1Set({
    key: "c3-set",
    topic: "C.3",
    stimulus: {
      a: "In the state of Doranne, President Aline Koro won a second term with 52 per cent of the vote in an election observers called free and fair. Since then she has used emergency decrees to postpone local elections, replaced three Supreme Court judges and restricted protests in the capital. 'The people gave me a mandate,' she said. 'I will not let unelected judges block it.'",
      b: "A hypothetical poll in Doranne found that 61 per cent of citizens trust the army more than the president or parliament. Street protests have grown, and a coalition of civil society groups has called on the regional organization to suspend Doranne. Several foreign governments have delayed aid, citing 'concerns about the rule of law'.",
    },
    q1: {
      difficulty: 1,
      stem: "With reference to Source A, identify **three** actions that could weaken the legitimacy of President Koro's government.",
      points: [
        "Using emergency decrees / bypassing normal law-making",
        "Postponing local elections",
        "Replacing Supreme Court judges / undermining judicial independence",
        "Restricting protests / freedom of assembly",
      ],
    },
    q2: {
      difficulty: 2,
      stem: "With reference to Source B, explain **two** ways in which the legitimacy of Doranne's government is being challenged.",
      points: [
        "Domestic challenge: low public trust in elected institutions compared with the army shows weak popular legitimacy / consent",
        "Growing street protests and civil society mobilization show citizens withdrawing consent",
        "External challenge: civil society asks a regional organization to suspend Doranne, questioning its international legitimacy / recognition as a member in good standing",
        "Foreign governments delay aid over rule-of-law concerns, linking external recognition and support to legal-rational legitimacy",
      ],
    },
    q3: {
      difficulty: 3,
      stem: "Compare and contrast what Source A and Source B suggest about the sources of political legitimacy.",
      similarities: [
        "Both link legitimacy to the people: Koro claims an electoral mandate; Source B measures public trust and protest.",
        "Both imply that the rule of law matters to legitimacy (judges replaced; foreign concern about the rule of law).",
      ],
      differences: [
        "Source A presents legitimacy as coming from winning an election (input/procedural legitimacy), whereas Source B suggests it depends on continuing trust and respect for institutions.",
        "Source A focuses on domestic authority; Source B adds external actors (regional organization, foreign governments) as judges of legitimacy.",
        "Source A shows a leader asserting legitimacy; Source B shows citizens and outsiders contesting it.",
      ],
    },
    q4: {
      difficulty: 4,
      term: "Evaluate",
      stem: "Using the sources and your own knowledge, evaluate the view that winning a free election is enough to make a government legitimate.",
      for: [
        "Source A: a free and fair election gives a clear mandate and is the core of democratic input legitimacy; Weber's legal-rational authority rests on lawful procedures such as elections.",
        "Elected governments are usually recognized as legitimate internationally.",
      ],
      against: [
        "Source A: legitimacy can be eroded after an election by undermining courts, elections and rights (democratic backsliding).",
        "Source B: legitimacy also depends on ongoing consent, trust and performance; and on external recognition.",
        "Some governments claim legitimacy without elections (traditional monarchies, performance legitimacy), showing elections are not the only source.",
      ],
      knowledge:
        "Weber's three types of authority; input and output legitimacy; constitutionalism and checks and balances; examples of democratic backsliding; international recognition",
    },
  }),

  // C.4 Interdependence
  mcq({
    key: "c4-01",
    topic: "C.4",
    difficulty: 2,
    paper: "P1",
    stem: "The theory of “complex interdependence”, in which multiple channels connect societies and military force plays a reduced role, was developed by:",
    options: ["Robert Keohane and Joseph Nye", "Hans Morgenthau", "Alexander Wendt", "Immanuel Wallerstein"],
    correct: "A",
    why: "Keohane and Nye set out complex interdependence in Power and Interdependence (1977). Morgenthau is a classical realist, Wendt a constructivist, and Wallerstein developed world-systems theory.",
  }),
  mcq({
    key: "c4-02",
    topic: "C.4",
    difficulty: 2,
    paper: "P1",
    stem: "Which international organization was established in 1995 to administer rules on trade between its members and settle trade disputes?",
    options: ["The International Monetary Fund", "The World Bank", "The World Trade Organization", "The United Nations Conference on Trade and Development"],
    correct: "C",
    why: "The WTO began operating on 1 January 1995, succeeding the GATT (1947). The IMF and World Bank were created at Bretton Woods in 1944; UNCTAD dates from 1964.",
  }),
  ...p1Set({
    key: "c4-set",
    topic: "C.4",
    stimulus: {
      a: "When a fire closed a factory in Tenmark that makes one-third of the world's supply of a certain microchip, car plants on three continents stopped production within weeks. 'No country builds a car alone any more,' said an industry analyst. 'Every state depends on others, and that gives everyone a reason to cooperate.'",
      b: "After the shortage, the government of Alvaria announced subsidies to build chip factories at home. 'Dependence is a weakness that others can exploit,' said its trade minister. 'We will cooperate when it suits us, but we must be able to stand alone in a crisis.' Several other governments have announced similar plans.",
    },
    q1: {
      difficulty: 1,
      stem: "With reference to Source A, identify **three** features of global interdependence.",
      points: [
        "Global supply chains: production of one component is concentrated in one place (Tenmark) and used worldwide",
        "A local event (factory fire) had global effects / vulnerability spreads across borders",
        "Car production is spread across several countries (“no country builds a car alone”)",
        "Mutual dependence creates incentives to cooperate",
      ],
    },
    q2: {
      difficulty: 3,
      stem: "With reference to Source B, explain why Alvaria's government is trying to reduce its dependence on other states.",
      points: [
        "It sees dependence as a vulnerability: shortages showed that a disruption abroad can halt its industry",
        "Dependence can be exploited / used as leverage by others (weaponized interdependence, realist concern with relative gains and security)",
        "It wants self-reliance / resilience in a crisis (strategic autonomy over key technology)",
        "It prefers conditional cooperation (“when it suits us”), keeping sovereign control over critical supply",
      ],
    },
    q3: {
      difficulty: 3,
      stem: "Compare and contrast the views of interdependence in Source A and Source B.",
      similarities: [
        "Both recognize that states depend on each other for critical goods such as microchips.",
        "Both show that disruption in one place affects others, i.e. interdependence creates vulnerability.",
      ],
      differences: [
        "Source A sees interdependence as a reason to cooperate (a liberal view), whereas Source B sees it as a weakness to be reduced (a realist view).",
        "Source A describes an economic actor's analysis; Source B shows a government's policy response (subsidies).",
        "Source A implies interdependence is unavoidable; Source B suggests states can and should reduce it.",
      ],
    },
    q4: {
      difficulty: 4,
      term: "To what extent",
      stem: "Using the sources and your own knowledge, to what extent does interdependence encourage cooperation between states?",
      for: [
        "Source A: mutual dependence raises the costs of conflict and gives states shared interests; liberal and complex-interdependence theory.",
        "Interdependence has produced institutions for cooperation (e.g. the WTO, climate agreements, health cooperation).",
      ],
      against: [
        "Source B: dependence can be exploited, so states may respond by reducing ties (reshoring, subsidies).",
        "Asymmetric interdependence gives power to the less dependent side, which can use it coercively (e.g. sanctions, control of energy supply).",
        "Interdependence did not prevent the First World War despite high pre-1914 trade, a case often cited by realists.",
      ],
      knowledge:
        "Keohane and Nye's complex interdependence; liberal commercial peace arguments; realist concerns with relative gains; asymmetric interdependence and economic sanctions; supply-chain disruption during the COVID-19 pandemic",
    },
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2: thematic studies (MCQs on key concepts and 15-mark essays)
// ─────────────────────────────────────────────────────────────────────────────

/**
 * What a Paper 2 essay's markscheme refers to: the knowledge and examples it needs, the analysis that moves
 * beyond description, the perspectives to weigh, what its conclusion does, the key points and an outline.
 */
type EssayGuide = Record<"knowledge" | "analysis" | "perspectives" | "conclusion" | "plan", string> & { keyPoints: string[] };
type Essay = Omit<Base, "marks" | "points" | "answer"> & EssayGuide;

/** A 15-mark Paper 2 essay, marked with five cumulative 3-mark markbands. */
const essay = (b: Essay): QuestionInput =>
  written({
    ...b,
    marks: 15,
    stem: `${b.stem}\n\n*[15 marks — essay]*`,
    points: bands(3, [
      "little understanding of the demands of the question; few relevant concepts or examples; the answer is largely descriptive or unstructured.",
      `some understanding; some relevant knowledge (e.g. ${b.knowledge}) but mostly description, with limited explanation and an attempt at structure.`,
      `the demands of the question are understood; relevant concepts and examples are used with some analysis, e.g. ${b.analysis}; the answer is structured, though analysis may be uneven.`,
      `good understanding; the answer is focused and well structured, with accurate examples supporting analysis; different perspectives are considered, e.g. ${b.perspectives}.`,
      `excellent understanding; a coherent, consistently focused argument in which well-chosen examples are integrated; perspectives are evaluated, not just listed; the conclusion is reasoned: ${b.conclusion}.`,
    ]),
    answer: `**Key points a strong answer makes**\n\n${b.keyPoints.map((k) => `- ${k}`).join("\n")}\n\n**Outline of a top-band answer**\n\n${b.plan}${LEVEL_NOTE}`,
  });

const rightsAndJustice: QuestionInput[] = [
  mcq({
    key: "t1-01",
    topic: "T1",
    difficulty: 1,
    paper: "P2",
    stem: "The Universal Declaration of Human Rights was adopted in 1948 by which body?",
    options: ["The UN Security Council", "The International Court of Justice", "The Council of Europe", "The UN General Assembly"],
    correct: "D",
    why: "The UN General Assembly adopted the UDHR on 10 December 1948 (now Human Rights Day). As a General Assembly resolution it is not itself a binding treaty.",
  }),
  mcq({
    key: "t1-02",
    topic: "T1",
    difficulty: 2,
    paper: "P2",
    stem: "Which pair of treaties, both adopted by the UN General Assembly in 1966, turned most of the rights in the UDHR into binding obligations for states that ratify them?",
    options: [
      "The Geneva Conventions and their Additional Protocols",
      "CEDAW and the Convention on the Rights of the Child",
      "The Rome Statute and the Refugee Convention",
      "The ICCPR and the ICESCR",
    ],
    correct: "D",
    why: "The International Covenant on Civil and Political Rights and the International Covenant on Economic, Social and Cultural Rights were both adopted in 1966; with the UDHR they are often called the International Bill of Human Rights.",
  }),
  mcq({
    key: "t1-03",
    topic: "T1",
    difficulty: 2,
    paper: "P2",
    stem: "In the “three generations” classification of human rights, the right to an adequate standard of living is usually classed as:",
    options: [
      "a first-generation (civil and political) right",
      "a second-generation (economic, social and cultural) right",
      "a third-generation (collective/solidarity) right",
      "a customary rule of jus in bello",
    ],
    correct: "B",
    why: "Second-generation rights are economic, social and cultural (work, education, health, an adequate standard of living). First-generation rights are civil and political (speech, fair trial, vote); third-generation rights are collective (development, a healthy environment, self-determination).",
  }),
  mcq({
    key: "t1-04",
    topic: "T1",
    difficulty: 2,
    paper: "P2",
    stem: "The International Criminal Court (ICC) was established by which treaty?",
    options: ["The UN Charter", "The Genocide Convention", "The Vienna Convention on the Law of Treaties", "The Rome Statute"],
    correct: "D",
    why: "The Rome Statute (adopted 1998, in force 2002) created the ICC to try individuals for genocide, crimes against humanity, war crimes and aggression. Its jurisdiction rests mainly on crimes committed on the territory of, or by nationals of, states parties, although the Security Council can also refer situations to it.",
  }),
  mcq({
    key: "t1-05",
    topic: "T1",
    difficulty: 3,
    paper: "P2",
    stem: "John Rawls' “veil of ignorance” asks people to choose principles of justice:",
    options: [
      "according to what each person has earned through free, voluntary exchange",
      "by majority vote of existing citizens",
      "without knowing their own place in society, talents or idea of the good",
      "according to the traditions of their own community",
    ],
    correct: "C",
    why: "In A Theory of Justice (1971), Rawls' original position places choosers behind a veil of ignorance so that they choose fair principles, including the difference principle (inequalities are just only if they benefit the least advantaged). Option A describes Nozick's entitlement view; option D a communitarian view.",
  }),
  mcq({
    key: "t1-06",
    topic: "T1",
    difficulty: 3,
    paper: "P2",
    stem: "Which statement best expresses the cultural relativist critique of universal human rights?",
    options: [
      "Human rights apply to every person simply because they are human, whatever their culture.",
      "Rights are only valid if they are enforced by an international court with binding jurisdiction.",
      "Rights reflect particular, often Western, values and should be read in each culture's light.",
      "Economic rights should always take priority over civil rights.",
    ],
    correct: "C",
    why: "Cultural relativists argue that standards of right and wrong are rooted in particular cultures, so “universal” rights may impose one tradition's values. Universalists reply that some rights (e.g. freedom from torture) hold in every culture.",
  }),
  mcq({
    key: "t1-07",
    topic: "T1",
    difficulty: 2,
    paper: "P2",
    stem: "In 2006 the UN Human Rights Council replaced the Commission on Human Rights. Under which mechanism is the human rights record of every UN member state reviewed by its peers?",
    options: [
      "The Universal Periodic Review",
      "The Special Court",
      "The Security Council's sanctions committees",
      "The Optional Protocol complaints procedure",
    ],
    correct: "A",
    why: "The Universal Periodic Review (first cycle from 2008) examines every UN member state's record in turn; states receive recommendations from other states, which they may accept or note.",
  }),
  mcq({
    key: "t1-08",
    topic: "T1",
    difficulty: 4,
    paper: "P2",
    stem: "Which concept best describes a view of justice that focuses on repairing harm and restoring relationships between offenders, victims and communities, e.g. through truth commissions?",
    options: ["Retributive justice", "Distributive justice", "Restorative justice", "Procedural justice"],
    correct: "C",
    why: "Restorative justice prioritizes acknowledgement, repair and reconciliation. Retributive justice punishes offenders in proportion to their crimes; distributive justice concerns the fair allocation of goods; procedural justice concerns fair processes.",
  }),
  essay({
    key: "t1-e01",
    topic: "T1",
    difficulty: 4,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent are human rights universal?",
    knowledge:
      "the UDHR (1948), the two 1966 Covenants, near-universal ratification of some treaties (e.g. the Convention on the Rights of the Child), regional instruments, cultural relativism and universalism",
    analysis: "distinguishing universality in principle (acceptance of norms) from universality in practice (implementation and enforcement)",
    perspectives: "universalist, cultural relativist, feminist and postcolonial critiques; states' reservations to treaties",
    conclusion:
      "e.g. human rights are widely accepted as universal in principle, but interpretation and protection vary greatly, so universality is aspirational",
    keyPoints: [
      "Define universality: rights held by every person by virtue of being human, regardless of state or culture.",
      "Evidence for: the UDHR's global adoption, wide ratification of core treaties, the Universal Periodic Review applying to all states.",
      "Evidence against: reservations, non-ratification, cultural relativist arguments and contested issues (e.g. gender and sexuality rights), and selective enforcement by powerful states.",
      "Distinguish the norm from practice; use specific, accurately described examples.",
    ],
    plan: "Introduction defining universality and a thesis. Section 1: legal and institutional universality. Section 2: cultural relativist and postcolonial challenges. Section 3: the gap between norms and enforcement. Conclusion weighing principle against practice.",
  }),
  essay({
    key: "t1-e02",
    topic: "T1",
    difficulty: 4,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate the effectiveness of international courts in achieving justice for victims of human rights violations.",
    knowledge:
      "the ICC (Rome Statute), regional human rights courts such as the European Court of Human Rights, ad hoc tribunals, the principle of complementarity",
    analysis: "explaining how jurisdiction, state cooperation and enforcement shape outcomes, and what counts as “justice” (retributive or restorative)",
    perspectives:
      "liberal institutionalist support for international law; realist scepticism; criticism that the ICC has focused on some regions; sovereignty-based objections",
    conclusion:
      "e.g. courts have established individual accountability and strengthened norms, but depend on state cooperation, so their effectiveness is partial",
    keyPoints: [
      "Courts establish individual criminal responsibility and deter some abuses; regional courts give individuals a route to challenge their own states.",
      "Limits: courts have no police force; arrests need state cooperation; major powers are not all parties to the Rome Statute; trials are slow and costly.",
      "Legitimacy debates: accusations of selectivity and of ignoring local justice processes.",
      "Alternatives/complements: truth commissions, national courts, reparations.",
    ],
    plan: "Define justice and effectiveness. Strengths of courts (accountability, norms, individual petition). Weaknesses (enforcement, jurisdiction, selectivity). Alternatives. Conclusion with criteria-based judgement.",
  }),
  essay({
    key: "t1-e03",
    topic: "T1",
    difficulty: 3,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the role of non-state actors in protecting human rights.",
    knowledge: "NGOs that monitor and publicize abuses, social movements, the media, transnational corporations, and individuals bringing cases",
    analysis: "explaining “naming and shaming”, agenda-setting and litigation as ways non-state actors influence states",
    perspectives:
      "liberal/constructivist views of transnational advocacy networks versus realist views that states remain decisive; non-state actors that violate rights (armed groups, corporations)",
    conclusion: "e.g. non-state actors are essential to monitoring and norm-building but rely on states and institutions to enforce protection",
    keyPoints: [
      "NGOs document abuses and pressure governments and international bodies; they can shape treaties and agendas.",
      "Social movements and the media raise awareness and mobilize public opinion.",
      "Non-state actors can also violate rights (armed groups, some corporations), complicating protection.",
      "Their power is mainly soft power: they lack enforcement, so effectiveness depends on states' responsiveness.",
    ],
    plan: "Introduce types of non-state actors. Roles: monitoring, advocacy, litigation, service provision. Limits and negative roles. Conclusion on their significance relative to states.",
  }),
  essay({
    key: "t1-e04",
    topic: "T1",
    difficulty: 5,
    paper: "P2",
    term: "To what extent",
    stem: "“Justice requires equality of outcome, not merely equality of opportunity.” To what extent do you agree with this claim?",
    knowledge:
      "theories of justice (Rawls' difference principle, Nozick's entitlement theory, utilitarian views), equality of opportunity and outcome, affirmative action and redistributive policies",
    analysis: "explaining why formal equality of opportunity can leave structural inequalities in place, and the trade-offs with liberty",
    perspectives: "liberal egalitarian, libertarian, socialist and feminist views",
    conclusion: "e.g. a defensible position that some redistribution is needed for meaningful opportunity, without requiring equal outcomes",
    keyPoints: [
      "Define both concepts and show how they differ.",
      "For: structural inequalities (wealth, discrimination) mean formal opportunity is not real opportunity; Rawls permits inequalities only if they benefit the least advantaged.",
      "Against: libertarians (Nozick) see enforced equal outcomes as violating liberty and just entitlements; concerns about incentives.",
      "Use real policy examples (e.g. progressive taxation, quotas) carefully and accurately.",
    ],
    plan: "Define terms; thesis. For outcome-based justice. For opportunity-based justice. Middle positions (Rawls, capabilities). Reasoned conclusion.",
  }),
];

const developmentAndSustainability: QuestionInput[] = [
  mcq({
    key: "t2-01",
    topic: "T2",
    difficulty: 1,
    paper: "P2",
    stem: "How many Sustainable Development Goals (SDGs) were adopted by UN member states in 2015 as part of the 2030 Agenda?",
    options: ["8", "12", "17", "20"],
    correct: "C",
    why: "The 2030 Agenda for Sustainable Development (2015) set 17 SDGs, succeeding the 8 Millennium Development Goals (2000–2015).",
  }),
  mcq({
    key: "t2-02",
    topic: "T2",
    difficulty: 2,
    paper: "P2",
    stem: "The Human Development Index (HDI), published by the UNDP, combines which three dimensions?",
    options: [
      "GDP growth, inflation and unemployment",
      "Carbon emissions per capita, forest cover and loss of biodiversity",
      "Democracy, the rule of law and freedom of the press and of assembly",
      "A long and healthy life, knowledge and a decent standard of living",
    ],
    correct: "D",
    why: "The HDI (first published in the 1990 Human Development Report) measures life expectancy, education (years of schooling) and gross national income per capita, reflecting a broader view of development than income alone.",
  }),
  mcq({
    key: "t2-03",
    topic: "T2",
    difficulty: 2,
    paper: "P2",
    stem: "Sustainable development is widely defined as development that “meets the needs of the present without compromising the ability of future generations to meet their own needs”. This definition comes from:",
    options: [
      "the Brundtland Report, Our Common Future (1987)",
      "the Rio Declaration on Environment and Development (1992)",
      "the Kyoto Protocol (1997)",
      "the Millennium Declaration (2000)",
    ],
    correct: "A",
    why: "The World Commission on Environment and Development (the Brundtland Commission) gave this definition in Our Common Future (1987).",
  }),
  mcq({
    key: "t2-04",
    topic: "T2",
    difficulty: 3,
    paper: "P2",
    stem: "Which theory argues that underdevelopment results from the unequal relationship between a wealthy “core” and a poorer “periphery” that exports primary products?",
    options: ["Dependency theory", "Modernization theory", "Neoliberalism", "Complex interdependence"],
    correct: "A",
    why: "Dependency theory (e.g. Prebisch, Frank) argues that the global economic structure keeps peripheral economies dependent and underdeveloped. Modernization theory (e.g. Rostow's stages of growth) sees development as a path every society can follow.",
  }),
  mcq({
    key: "t2-05",
    topic: "T2",
    difficulty: 3,
    paper: "P2",
    stem: "Amartya Sen's “capabilities approach” defines development primarily as:",
    options: [
      "growth in GDP per capita",
      "the transfer of technology from developed to developing states",
      "the expansion of the real freedoms people have to live lives they value",
      "a country's progress through fixed stages towards mass consumption",
    ],
    correct: "C",
    why: "Sen (Development as Freedom, 1999) sees development as expanding people's capabilities and freedoms; income is a means, not the end. This idea influenced the HDI. Option D is Rostow's modernization model.",
  }),
  mcq({
    key: "t2-06",
    topic: "T2",
    difficulty: 2,
    paper: "P2",
    stem: "Under the Paris Agreement (2015), how do parties set their commitments to reduce greenhouse gas emissions?",
    options: [
      "Through binding targets imposed only on developed countries, as in an annex",
      "Through a single global carbon tax collected by the World Bank",
      "Through quotas allocated by the UN Security Council",
      "Through nationally determined contributions that each party sets and updates",
    ],
    correct: "D",
    why: "The Paris Agreement relies on nationally determined contributions (NDCs), set by each party and meant to become more ambitious over time, to keep warming well below 2 °C and pursue 1.5 °C. Binding targets for developed countries only were a feature of the Kyoto Protocol.",
  }),
  mcq({
    key: "t2-07",
    topic: "T2",
    difficulty: 3,
    paper: "P2",
    stem: "A measure of income inequality in a country where 0 represents perfect equality and 1 (or 100) represents maximum inequality is the:",
    options: ["Human Development Index", "Purchasing power parity", "Multidimensional Poverty Index", "Gini coefficient"],
    correct: "D",
    why: "The Gini coefficient summarizes the distribution of income (or wealth): 0 means everyone has the same, 1 means one person has everything.",
  }),
  mcq({
    key: "t2-08",
    topic: "T2",
    difficulty: 4,
    paper: "P2",
    stem: "The “Washington Consensus” of the 1980s–1990s is best described as:",
    options: [
      "market-oriented prescriptions such as fiscal discipline, trade liberalization and privatization",
      "an agreement between developing states to nationalize foreign-owned industries and control prices",
      "a UN treaty guaranteeing the right to development",
      "a plan for import substitution industrialization",
    ],
    correct: "A",
    why: "The term (John Williamson, 1989) described the neoliberal reforms promoted by the IMF, World Bank and US Treasury, often as loan conditions: fiscal discipline, liberalized trade and finance, privatization and deregulation. Import substitution was the earlier, contrasting strategy.",
  }),
  essay({
    key: "t2-e01",
    topic: "T2",
    difficulty: 4,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate the claim that economic growth is the most important factor in development.",
    knowledge:
      "GDP and GNI per capita, the HDI, Sen's capabilities approach, modernization and dependency theories, examples of rapid growth with uneven social outcomes",
    analysis:
      "explaining how growth can fund health, education and poverty reduction, but may not do so if inequality, weak institutions or environmental damage intervene",
    perspectives: "neoliberal, structuralist/dependency, human development and post-development views",
    conclusion: "e.g. growth is usually necessary but not sufficient; how it is distributed and sustained matters as much",
    keyPoints: [
      "Define development (economic, human, sustainable) and explain why the definition shapes the answer.",
      "For: growth raises incomes and government revenue; large reductions in extreme poverty have accompanied sustained growth.",
      "Against: growth can coexist with inequality, exclusion and environmental degradation; HDI and the capabilities approach show other dimensions.",
      "Other factors: institutions, governance, gender equality, health, education, sustainability.",
    ],
    plan: "Definitions and thesis. Case for growth. Limits of growth. Other factors. Judgement on relative importance.",
  }),
  essay({
    key: "t2-e02",
    topic: "T2",
    difficulty: 4,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent can development be both rapid and sustainable?",
    knowledge:
      "the Brundtland definition, the SDGs, the Paris Agreement and NDCs, renewable energy, the principle of common but differentiated responsibilities",
    analysis: "explaining the tension between fossil-fuel-based industrialization and emissions limits, and how green technology and finance may reduce it",
    perspectives:
      "views from developing states (right to develop, historical responsibility) versus developed states; ecological economics and “green growth” advocates",
    conclusion: "e.g. the trade-off is real but can be reduced by technology transfer and finance; how far depends on political will",
    keyPoints: [
      "Define sustainable development and rapid development.",
      "Trade-off: historic industrialization relied on fossil fuels and resource extraction.",
      "Reconciliation: falling costs of renewables, green growth strategies, climate finance.",
      "Equity: common but differentiated responsibilities; who should bear the costs.",
    ],
    plan: "Definitions. Why tension exists. How it can be reduced. Political obstacles. Conclusion.",
  }),
  essay({
    key: "t2-e03",
    topic: "T2",
    difficulty: 3,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the role of international financial institutions in promoting development.",
    knowledge: "the IMF and World Bank (Bretton Woods, 1944), structural adjustment and conditionality, the Washington Consensus, debt relief initiatives",
    analysis:
      "explaining how loans and conditions aim to stabilize economies and finance infrastructure, and why critics say conditionality reduced spending on health and education",
    perspectives: "neoliberal supporters, dependency and postcolonial critics, debates over voting power weighted by financial contributions",
    conclusion:
      "e.g. they have provided essential finance and crisis support, but their legitimacy and effectiveness have been limited by conditionality and governance imbalances",
    keyPoints: [
      "Roles: crisis lending and macroeconomic stability (IMF), project and development finance (World Bank).",
      "Criticisms: structural adjustment programmes, one-size-fits-all policies, impact on sovereignty.",
      "Reforms: poverty-reduction focus, debt relief, more attention to social spending and climate.",
      "Legitimacy: voting shares reflect financial contributions, giving larger economies more say.",
    ],
    plan: "Introduce the institutions. Contributions. Criticisms. Reforms. Conclusion.",
  }),
  essay({
    key: "t2-e04",
    topic: "T2",
    difficulty: 5,
    paper: "P2",
    term: "Examine",
    stem: "Examine the view that foreign aid does more harm than good to development.",
    knowledge:
      "types of aid (bilateral, multilateral, tied, humanitarian, project and budget support), arguments about dependency and governance, examples of aid-funded health programmes",
    analysis: "distinguishing types of aid and their effects rather than treating aid as one thing",
    perspectives:
      "critiques of aid dependency and corruption versus evidence of successes, e.g. in vaccination and disease control; donor interests and tied aid",
    conclusion: "e.g. the effects depend on the type, conditions and context of aid, so the blanket claim is not supported",
    keyPoints: [
      "Arguments that aid harms: dependency, weakened accountability to citizens, corruption, tied aid serving donor interests.",
      "Arguments that aid helps: humanitarian relief, health and education programmes, infrastructure.",
      "Effectiveness depends on governance, local ownership and how aid is delivered.",
      "Power dimension: donors' political and strategic aims.",
    ],
    plan: "Define aid and the claim. Harm. Benefits. Conditions for success. Judgement.",
  }),
];

const peaceAndConflict: QuestionInput[] = [
  mcq({
    key: "t3-01",
    topic: "T3",
    difficulty: 1,
    paper: "P2",
    stem: "Johan Galtung distinguished “negative peace” from “positive peace”. Negative peace is:",
    options: [
      "the absence of direct violence",
      "the presence of social justice and cooperation",
      "a peace imposed by the victor on the defeated",
      "a ceasefire monitored by UN peacekeepers",
    ],
    correct: "A",
    why: "For Galtung, negative peace is the absence of direct (physical) violence; positive peace also requires the absence of structural and cultural violence, i.e. justice and the conditions for lasting peace.",
  }),
  mcq({
    key: "t3-02",
    topic: "T3",
    difficulty: 2,
    paper: "P2",
    stem: "Harm that is built into social, political or economic structures (e.g. unequal access to health care), rather than caused by an identifiable actor's direct act, is called:",
    options: ["direct violence", "collateral damage", "asymmetric warfare", "structural violence"],
    correct: "D",
    why: "Galtung's structural violence describes avoidable harm caused by social structures, such as poverty or discrimination that shorten lives.",
  }),
  mcq({
    key: "t3-03",
    topic: "T3",
    difficulty: 2,
    paper: "P2",
    stem: "In just war theory, which principle belongs to jus in bello (justice in the conduct of war)?",
    options: [
      "Just cause, such as self-defence against armed attack",
      "Right intention, aiming only at a just peace",
      "Distinguishing combatants from non-combatants",
      "Last resort, after peaceful means have failed",
    ],
    correct: "C",
    why: "Jus in bello includes discrimination (distinction) and proportionality in the conduct of war. Just cause, right intention, legitimate authority and last resort are jus ad bellum criteria (justice in going to war).",
  }),
  mcq({
    key: "t3-04",
    topic: "T3",
    difficulty: 1,
    paper: "P2",
    stem: "How many permanent members, each with a veto over non-procedural decisions, does the UN Security Council have?",
    options: ["Three", "Five", "Ten", "Fifteen"],
    correct: "B",
    why: "The five permanent members are China, France, Russia, the United Kingdom and the United States. The Council has 15 members in total: 10 non-permanent members are elected for two-year terms.",
  }),
  mcq({
    key: "t3-05",
    topic: "T3",
    difficulty: 3,
    paper: "P2",
    stem: "Which set of principles has traditionally guided UN peacekeeping operations?",
    options: [
      "Consent, impartiality and non-use of force except in self-defence or defence of the mandate",
      "Enforcement, disarmament of the parties and occupation until elections are held",
      "Neutrality between the parties, secrecy of operations and the backing of economic sanctions",
      "Unilateral action by troop contributors, pre-emption and deterrence of aggressors",
    ],
    correct: "A",
    why: "The three basic principles of UN peacekeeping are consent of the parties, impartiality and the non-use of force except in self-defence and defence of the mandate.",
  }),
  mcq({
    key: "t3-06",
    topic: "T3",
    difficulty: 3,
    paper: "P2",
    stem: "The “security dilemma” describes a situation in which:",
    options: [
      "a state must choose between joining one of two rival alliances, each of which threatens it",
      "a government must choose between protecting civil liberties and protecting national security",
      "the UN Security Council cannot act because of a veto",
      "one state's efforts to make itself secure make others feel less secure, so insecurity rises",
    ],
    correct: "D",
    why: "In an anarchic system, defensive measures (arms build-ups, alliances) look threatening to others, who respond, which can produce arms races and conflict no one wanted. It is a central idea in realist theory.",
  }),
  mcq({
    key: "t3-07",
    topic: "T3",
    difficulty: 4,
    paper: "P2",
    stem: "Mary Kaldor's concept of “new wars” describes conflicts that typically:",
    options: [
      "are fought between the regular armies of states over territory, using new precision-guided weapons",
      "end in formal peace treaties between sovereign states",
      "are fought mainly in cyberspace, using attacks on infrastructure rather than armed force",
      "mix state and non-state actors, identity politics, violence against civilians and illicit finance",
    ],
    correct: "D",
    why: "Kaldor argued that many post-Cold War conflicts differ from inter-state “old wars”: they mix state and non-state actors, mobilize around identity, target civilians (e.g. displacement) and are financed through predatory, transnational economies. Critics question how new these features are.",
  }),
  mcq({
    key: "t3-08",
    topic: "T3",
    difficulty: 2,
    paper: "P2",
    stem: "The Treaty on the Non-Proliferation of Nuclear Weapons (NPT) was opened for signature in 1968. Which is one of its three pillars?",
    options: ["Collective defence", "Non-proliferation", "Free trade in weapons", "Humanitarian intervention"],
    correct: "B",
    why: "The NPT rests on non-proliferation, disarmament and the peaceful use of nuclear energy. It recognizes five nuclear-weapon states (those that tested before 1 January 1967).",
  }),
  essay({
    key: "t3-e01",
    topic: "T3",
    difficulty: 4,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate the effectiveness of UN peacekeeping in establishing lasting peace.",
    knowledge:
      "peacekeeping principles, the evolution from observer missions to multidimensional operations, protection of civilians mandates, well-known failures and successes",
    analysis:
      "distinguishing negative peace (ending violence) from positive peace (justice, institutions), and explaining how consent, mandates and resources affect outcomes",
    perspectives: "liberal peacebuilding supporters and critics, realist views that peacekeeping reflects great-power interests, local perspectives",
    conclusion: "e.g. peacekeeping can reduce violence where there is a peace to keep, but rarely builds positive peace alone",
    keyPoints: [
      "Peacekeeping has helped maintain ceasefires and support elections and disarmament.",
      "Failures show the limits of mandates, resources and Security Council political will (e.g. Rwanda 1994, Srebrenica 1995).",
      "Lasting peace needs political settlement, institutions and addressing structural causes.",
      "Legitimacy issues: misconduct by some peacekeepers; local ownership.",
    ],
    plan: "Define lasting peace. Successes. Failures and causes. Broader requirements of positive peace. Conclusion.",
  }),
  essay({
    key: "t3-e02",
    topic: "T3",
    difficulty: 4,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the claim that non-violent resistance is more effective than violent resistance in achieving political change.",
    knowledge:
      "examples of non-violent movements (e.g. the Indian independence movement, the US civil rights movement), armed struggles, Gene Sharp's work on non-violent action",
    analysis: "explaining mechanisms: mass participation, defections from security forces, moral legitimacy, international support",
    perspectives: "pacifist and strategic views of non-violence; arguments that some regimes can only be removed by force; mixed movements",
    conclusion: "e.g. non-violent resistance often has advantages in mobilization and legitimacy, but its success depends on context",
    keyPoints: [
      "Mechanisms of non-violent success: broad participation, loyalty shifts, legitimacy.",
      "Cases of success and failure for both methods.",
      "Contextual factors: regime type, repression, external support.",
      "Definition of effectiveness: short-term change versus lasting democratic outcomes.",
    ],
    plan: "Define terms. Case for non-violence. Case for violence / limits. Contextual factors. Conclusion.",
  }),
  essay({
    key: "t3-e03",
    topic: "T3",
    difficulty: 5,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent is military intervention for humanitarian purposes justified?",
    knowledge: "R2P (2005 World Summit), UN Charter Article 2(4) and Chapter VII, just war criteria, well-known interventions and non-interventions",
    analysis:
      "weighing sovereignty and non-intervention against the protection of civilians, and applying criteria such as just cause, right intention, proportionality and reasonable prospects of success",
    perspectives: "cosmopolitan/liberal, realist, sovereignty-based (e.g. many Global South states) and postcolonial views",
    conclusion:
      "e.g. intervention can be justified in extreme cases with UN authorization and realistic goals, but selectivity and mixed motives weaken its legitimacy",
    keyPoints: [
      "Legal framework: prohibition on force, exceptions (self-defence, Security Council authorization).",
      "Moral arguments: protecting civilians from atrocities; sovereignty as responsibility.",
      "Objections: abuse as a cover for interests, selectivity, unintended consequences, regime change.",
      "Use of just war criteria to judge specific cases.",
    ],
    plan: "Thesis. Legal framework. Moral case. Critiques. Conditions under which intervention is justified. Conclusion.",
  }),
  essay({
    key: "t3-e04",
    topic: "T3",
    difficulty: 3,
    paper: "P2",
    term: "Examine",
    stem: "Examine the causes of intrastate conflict in the contemporary world.",
    knowledge: "identity and ethnic grievances, competition over resources, weak state institutions, exclusion from power, external intervention",
    analysis: "distinguishing underlying causes (structural violence, inequality) from triggers, and the interplay of “greed” and “grievance”",
    perspectives: "greed versus grievance debate, constructivist views of identity, realist views of state weakness",
    conclusion: "e.g. conflicts typically result from the interaction of several causes, with political exclusion and weak institutions often central",
    keyPoints: [
      "Grievances: exclusion, discrimination, inequality between groups.",
      "Greed/opportunity: lootable resources, economic incentives for armed groups.",
      "State weakness and security dilemmas between groups.",
      "External actors and spillover from neighbouring conflicts.",
    ],
    plan: "Introduction and thesis. Categories of cause with examples. Interaction of causes. Conclusion.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 3 (HL only): global political challenges
// ─────────────────────────────────────────────────────────────────────────────

const stimulusText = (s: string) => `**Stimulus** *(hypothetical case written for this exercise)*\n\n> ${s}`;

type P3Short = Omit<Base, "marks" | "points" | "answer" | "paper" | "term"> & { stimulus: string; points: [string, string, string, string, ...string[]] };
/** A 4-mark explanation of a hypothetical stimulus. */
const p3Short = (b: P3Short): QuestionInput =>
  pointMarked(
    b.key,
    b.topic,
    4,
    "Explain",
    b,
    stimulusText(b.stimulus),
    "Award 1 mark for each relevant point, up to 4 marks. A point must apply a relevant concept to the stimulus, not just repeat it. OWTTE.",
    "P3",
  );

type P3Extended = Omit<Base, "marks" | "points" | "answer" | "paper"> & {
  stimulus: string;
  caseStudy: string;
  perspectives: string;
  keyPoints: string[];
};
/** A 16-mark extended response using the stimulus and the candidate's own researched case studies. */
const p3Extended = (b: P3Extended): QuestionInput =>
  written({
    ...b,
    paper: "P3",
    marks: 16,
    stem: `${stimulusText(b.stimulus)}\n\n${b.stem} Refer to the stimulus and to at least one case study you have researched. *[16 marks]*`,
    points: bands(4, [
      "limited understanding; largely descriptive, with little use of the stimulus or of a case study.",
      `some understanding; the stimulus and a case study are used, but mostly descriptively (e.g. ${b.caseStudy}), with limited analysis.`,
      `good understanding; relevant key concepts are applied to the stimulus and to a well-chosen case study, with analysis and some consideration of perspectives (e.g. ${b.perspectives}).`,
      "excellent understanding; a sustained, well-structured argument that integrates the stimulus, detailed case-study evidence and several evaluated perspectives, reaching a well-supported conclusion.",
    ]),
    answer: `**Key points a strong answer makes**\n\n${b.keyPoints.map((k) => `- ${k}`).join("\n")}\n\n**Suitable case-study material:** ${b.caseStudy}.${LEVEL_NOTE}`,
  });

const hlExtension: QuestionInput[] = [
  // HL.1 Borders
  mcq({
    key: "hl1-01",
    topic: "HL.1",
    difficulty: 2,
    paper: "P3",
    stem: "The principle of non-refoulement, set out in the 1951 Refugee Convention, means that states must not:",
    options: [
      "admit more refugees than the resettlement quota they have agreed with the UNHCR",
      "allow refugees to work",
      "grant citizenship to refugees",
      "return a refugee to a territory where their life or freedom is threatened",
    ],
    correct: "D",
    why: "Article 33 of the 1951 Convention prohibits expelling or returning (“refouler”) a refugee to territories where their life or freedom would be threatened on account of race, religion, nationality, membership of a particular social group or political opinion.",
  }),
  p3Short({
    key: "hl1-02",
    topic: "HL.1",
    difficulty: 3,
    stimulus:
      "Two neighbouring states, Oskar and Valen, share a river border. After the river shifted course in a flood, both claimed a fertile island that had formed. Oskar sent border guards; Valen asked a regional court to rule. Farming families from both sides, who had crossed freely for generations, were suddenly stopped at new checkpoints.",
    stem: "Explain how the stimulus shows that borders are both physical and political constructs.",
    points: [
      "Physical: the border follows a natural feature (the river), which can change, creating disputes",
      "Political: where the line runs is decided by states' claims, not nature; sovereignty over the island is contested",
      "States use power to enforce borders (border guards, checkpoints) / or law (a regional court), showing borders depend on authority and legitimacy",
      "Borders affect people's lives and identities: communities that crossed freely are divided by new controls",
    ],
  }),
  p3Extended({
    key: "hl1-03",
    topic: "HL.1",
    difficulty: 5,
    term: "To what extent",
    stimulus:
      "A hypothetical regional union abolished internal border checks twenty years ago. After a surge in asylum applications, four member states reintroduced temporary controls. 'Open borders were a promise, not a guarantee,' said one interior minister.",
    stem: "To what extent are borders becoming less significant in a globalized world?",
    caseStudy:
      "the Schengen Area and temporary reintroduction of internal border controls; a border wall or fence; a disputed border; digital flows that cross borders",
    perspectives: "liberal/globalist views of declining borders versus realist and nationalist views of their persistence; migrants' perspectives",
    keyPoints: [
      "Flows of goods, capital, information and people challenge borders; regional integration removes some checks.",
      "Yet states have reinforced borders (walls, surveillance, reintroduced checks), especially over migration and security.",
      "Borders also matter for identity and sovereignty; contested borders still cause conflict.",
      "Significance varies: open for capital and goods, more closed for people, especially from poorer states.",
    ],
  }),

  // HL.2 Environment
  mcq({
    key: "hl2-01",
    topic: "HL.2",
    difficulty: 2,
    paper: "P3",
    stem: "Which agreement, signed in 1987, is widely regarded as a successful example of international environmental cooperation because it phased out most ozone-depleting substances?",
    options: ["The Kyoto Protocol", "The Montreal Protocol", "The Paris Agreement", "The Basel Convention"],
    correct: "B",
    why: "The Montreal Protocol on Substances that Deplete the Ozone Layer (1987) has been ratified by every UN member state and has phased out most ozone-depleting substances such as CFCs.",
  }),
  p3Short({
    key: "hl2-02",
    topic: "HL.2",
    difficulty: 3,
    stimulus:
      "Fishing fleets from five states share a hypothetical sea where fish stocks have halved in a decade. Each government says it would limit its catch if the others did first. No state wants its fishers to lose income while others keep fishing.",
    stem: "Explain why the situation in the stimulus makes cooperation difficult.",
    points: [
      "It is a tragedy of the commons / collective action problem: a shared resource is overused because no one owns it",
      "Each state gains from its own catch but shares the cost of depletion, so the incentive is to keep fishing",
      "Free-rider problem: states fear others will benefit from their restraint without reciprocating",
      "Lack of trust / enforcement: without a binding agreement and monitoring, states wait for others to act first",
    ],
  }),
  p3Extended({
    key: "hl2-03",
    topic: "HL.2",
    difficulty: 5,
    term: "Evaluate",
    stimulus:
      "A hypothetical low-lying island state told a climate summit that rising seas threaten its existence. Large emitters agreed in principle on a fund for loss and damage, but pledges were small and voluntary.",
    stem: "Evaluate the effectiveness of international cooperation in addressing climate change.",
    caseStudy:
      "the UNFCCC (1992), the Kyoto Protocol (1997), the Paris Agreement (2015) and NDCs; the loss and damage debate; a small island state's diplomacy",
    perspectives: "developed and developing states, small island states, fossil-fuel producers, climate activists and corporations",
    keyPoints: [
      "Cooperation has produced a near-universal framework and national targets, and has shaped investment in renewables.",
      "Weaknesses: voluntary commitments, insufficient ambition relative to the 1.5 °C goal, limited finance.",
      "Power and equity: historical responsibility, common but differentiated responsibilities, vulnerability of small states.",
      "Role of non-state actors: cities, businesses, civil society.",
    ],
  }),

  // HL.3 Equality
  mcq({
    key: "hl3-01",
    topic: "HL.3",
    difficulty: 3,
    paper: "P3",
    stem: "The term “intersectionality”, coined by Kimberlé Crenshaw, refers to:",
    options: [
      "the overlap between domestic and international law in human rights cases",
      "how race, gender, class and other identities combine to shape discrimination",
      "cooperation between intergovernmental organizations working on the same issue",
      "the meeting point of two state borders",
    ],
    correct: "B",
    why: "Crenshaw (1989) used intersectionality to show that, for example, Black women face forms of discrimination not captured by looking at race or gender separately.",
  }),
  p3Short({
    key: "hl3-02",
    topic: "HL.3",
    difficulty: 3,
    stimulus:
      "In a hypothetical country, a law guarantees equal pay for equal work. Yet women earn on average 18 per cent less than men, hold 9 per cent of company board seats and do most unpaid care work. Rural women from minority groups earn the least of any group.",
    stem: "Explain why formal legal equality has not produced equality of outcome in the stimulus.",
    points: [
      "Formal (de jure) equality differs from substantive (de facto) equality: the law exists but outcomes remain unequal",
      "Structural barriers / unpaid care work limit women's paid work and promotion (structural violence / glass ceiling)",
      "Under-representation in decision-making (9 per cent of board seats) reproduces inequality",
      "Intersecting disadvantages: rural minority women earn least, showing multiple forms of discrimination",
    ],
  }),
  p3Extended({
    key: "hl3-03",
    topic: "HL.3",
    difficulty: 4,
    term: "Discuss",
    stimulus:
      "A hypothetical government introduced a 40 per cent quota for women on electoral party lists. Women's representation in parliament doubled, but critics said the quota benefited mainly urban, well-educated women.",
    stem: "Discuss the effectiveness of state policies in reducing inequality.",
    caseStudy: "electoral gender quotas, affirmative action policies, anti-discrimination laws, CEDAW (1979) reporting",
    perspectives: "liberal, feminist, intersectional and conservative views; the views of groups targeted by policies",
    keyPoints: [
      "Policies can change representation and norms quickly (quotas, laws).",
      "Limits: implementation, backlash, benefits captured by already advantaged members of a group.",
      "Structural and cultural factors (care work, norms) need broader change.",
      "Judgement on what “effective” means: representation, outcomes, empowerment.",
    ],
  }),

  // HL.4 Health
  mcq({
    key: "hl4-01",
    topic: "HL.4",
    difficulty: 2,
    paper: "P3",
    stem: "Which legally binding instrument, adopted through the World Health Organization, requires states to report certain public health events and to strengthen their capacity to detect and respond to them?",
    options: [
      "The International Health Regulations (2005)",
      "The Alma-Ata Declaration (1978)",
      "The Universal Declaration of Human Rights",
      "The Ottawa Charter (1986)",
    ],
    correct: "A",
    why: "The International Health Regulations (2005) bind WHO member states to notify events that may be public health emergencies of international concern and to build core capacities. The Alma-Ata Declaration and the Ottawa Charter are declarations, not binding treaties.",
  }),
  p3Short({
    key: "hl4-02",
    topic: "HL.4",
    difficulty: 3,
    stimulus:
      "During a hypothetical pandemic, wealthy states pre-ordered most of the first vaccine doses. A global sharing scheme received fewer doses than planned, and some low-income states vaccinated health workers months after wealthy states had begun vaccinating their general populations.",
    stem: "Explain how the stimulus illustrates the role of power in global health.",
    points: [
      "Economic power allowed wealthy states to secure vaccines first (purchasing power / advance contracts)",
      "States prioritized national interest over global need (vaccine nationalism), reflecting a realist logic",
      "Global cooperation mechanisms depended on voluntary contributions and were weakened when powerful states acted alone",
      "Unequal outcomes show structural inequality / health as an equality and rights issue between states",
    ],
  }),
  p3Extended({
    key: "hl4-03",
    topic: "HL.4",
    difficulty: 5,
    term: "To what extent",
    stimulus:
      "A hypothetical WHO report found that a new virus spread to 40 countries before the first state reported it. The state concerned said it had needed time to confirm the data; critics said it had feared economic damage.",
    stem: "To what extent is state sovereignty an obstacle to effective global health governance?",
    caseStudy: "the International Health Regulations (2005), the COVID-19 pandemic and vaccine distribution, a disease outbreak response",
    perspectives: "state governments, the WHO, civil society, pharmaceutical companies, low-income states",
    keyPoints: [
      "The WHO depends on state reporting and funding and cannot enforce compliance inside states.",
      "Sovereign priorities (economy, reputation, national supply) can delay cooperation.",
      "Yet states also deliver health systems; sovereignty can enable effective national responses.",
      "Other obstacles: funding, inequality, intellectual property, politicization.",
    ],
  }),

  // HL.5 Identity
  mcq({
    key: "hl5-01",
    topic: "HL.5",
    difficulty: 3,
    paper: "P3",
    stem: "Benedict Anderson described nations as “imagined communities” because:",
    options: [
      "nations do not really exist in any sense",
      "national identity is determined solely by shared ethnicity, language and descent",
      "nations are created only by international law",
      "members never meet most fellow members, yet share an image of their communion",
    ],
    correct: "D",
    why: "In Imagined Communities (1983), Anderson argued that a nation is imagined because its members share a sense of belonging with people they will never meet, a sense he linked to print capitalism. This is a constructivist view of identity.",
  }),
  p3Short({
    key: "hl5-02",
    topic: "HL.5",
    difficulty: 3,
    stimulus:
      "In a hypothetical state, a minority in the northern region speaks its own language. After the national government made the majority language the only language of schooling, a regional party that had asked for cultural autonomy began campaigning for independence.",
    stem: "Explain how identity is becoming a source of political conflict in the stimulus.",
    points: [
      "Language is a marker of group identity; restricting it is seen as a threat to the group's culture",
      "The policy creates grievance / perceived injustice, mobilizing the minority politically",
      "Demands escalate from autonomy to self-determination / secession, challenging the state's sovereignty",
      "Identity is politically constructed and mobilized by parties / elites (constructivist view)",
    ],
  }),
  p3Extended({
    key: "hl5-03",
    topic: "HL.5",
    difficulty: 4,
    term: "Examine",
    stimulus:
      "A hypothetical social media campaign linking diaspora communities in twelve countries raised funds and organized protests in support of an indigenous group's land claims.",
    stem: "Examine the impact of globalization on political identities.",
    caseStudy: "diaspora politics, indigenous movements, nationalist reactions to globalization, transnational identities",
    perspectives: "cosmopolitan, nationalist, constructivist and postcolonial views",
    keyPoints: [
      "Globalization enables transnational identities and networks (diasporas, global movements).",
      "It can provoke defensive nationalism and identity-based backlash.",
      "Digital media both connects and polarizes identity groups.",
      "Identities are multiple and layered, not simply replaced.",
    ],
  }),

  // HL.6 Poverty
  mcq({
    key: "hl6-01",
    topic: "HL.6",
    difficulty: 3,
    paper: "P3",
    stem: "The Multidimensional Poverty Index (MPI), published by the UNDP and the Oxford Poverty and Human Development Initiative, differs from an income poverty line because it:",
    options: [
      "measures only household income",
      "measures overlapping deprivations in health, education and living standards",
      "ranks countries by GDP",
      "measures the gap in income between the richest and the poorest tenth of households",
    ],
    correct: "B",
    why: "The MPI (first published in 2010) counts people as poor when they suffer several deprivations at once across health, education and living standards, rather than using income alone.",
  }),
  p3Short({
    key: "hl6-02",
    topic: "HL.6",
    difficulty: 2,
    stimulus:
      "In a hypothetical city, average income rose by a third in ten years. Yet families in informal settlements on the edge of the city still lack piped water and secure tenure, and their children leave school early to work.",
    stem: "Explain why rising average income has not ended poverty in the stimulus.",
    points: [
      "Averages hide distribution: growth benefited some groups more than others (inequality)",
      "Poverty is multidimensional: lack of water, housing security and education persist despite income growth",
      "Structural barriers (informal settlement, insecure tenure) exclude the poor from public services",
      "Child labour / early school leaving reproduces poverty across generations (poverty trap)",
    ],
  }),
  p3Extended({
    key: "hl6-03",
    topic: "HL.6",
    difficulty: 5,
    term: "Evaluate",
    stimulus:
      "A hypothetical government began monthly cash payments to families on condition that children attend school and visit health clinics. School attendance rose, but critics said the payments did not reach families without identity documents.",
    stem: "Evaluate the effectiveness of state-led approaches to reducing poverty.",
    caseStudy: "conditional cash transfer programmes, public health and education provision, land reform, microfinance as a non-state comparison",
    perspectives: "neoliberal, human development/capabilities, dependency and grassroots views",
    keyPoints: [
      "State programmes can reach large numbers and address several dimensions of poverty.",
      "Limits: exclusion errors, fiscal constraints, corruption, conditionality debates.",
      "Comparison with market and non-state approaches (NGOs, microfinance).",
      "Structural and global factors (debt, trade) limit what states can do alone.",
    ],
  }),

  // HL.7 Security
  mcq({
    key: "hl7-01",
    topic: "HL.7",
    difficulty: 2,
    paper: "P3",
    stem: "The concept of “human security”, prominently set out in the UNDP's 1994 Human Development Report, shifts the focus of security from:",
    options: [
      "the protection of individuals to the defence of the state's territory",
      "the security of state territory to the safety and well-being of people",
      "military alliances to collective security organized through the UN Security Council",
      "economic threats such as poverty to military threats such as invasion",
    ],
    correct: "B",
    why: "The 1994 Human Development Report set out human security with seven dimensions (economic, food, health, environmental, personal, community and political security), making people rather than states the referent object.",
  }),
  p3Short({
    key: "hl7-02",
    topic: "HL.7",
    difficulty: 4,
    stimulus:
      "A hypothetical president described rising migration as 'an existential threat to the nation' and used emergency powers to deploy the army at the border, bypassing parliament. Opinion polls showed strong public support.",
    stem: "Explain how the stimulus illustrates the concept of securitization.",
    points: [
      "Securitization (Copenhagen School): an issue is presented as an existential threat through a speech act",
      "The securitizing actor (the president) frames migration as a threat to a referent object (the nation)",
      "The audience accepts the framing (public support), which is needed for securitization to succeed",
      "This justifies extraordinary measures outside normal politics (emergency powers, army deployment, bypassing parliament)",
    ],
  }),
  p3Extended({
    key: "hl7-03",
    topic: "HL.7",
    difficulty: 5,
    term: "To what extent",
    stimulus:
      "A hypothetical defence review warned that the greatest threats to citizens in the coming decade would be climate-related disasters, pandemics and cyberattacks, not invasion by another state.",
    stem: "To what extent has the concept of security broadened beyond the military security of states?",
    caseStudy:
      "human security; securitization of health, climate or migration; cyber attacks on infrastructure; continuing inter-state war and military spending",
    perspectives: "realist (state and military security), liberal, human security and critical security views",
    keyPoints: [
      "Broadening: non-military threats (environment, health, economy, cyber) and deepening: individuals and communities as referents.",
      "Institutions and states have adopted broader security agendas.",
      "Realists argue military threats and inter-state war remain central, and broadening risks making everything a security issue.",
      "Securitization can justify extraordinary, sometimes illiberal, measures.",
    ],
  }),

  // HL.8 Technology
  mcq({
    key: "hl8-01",
    topic: "HL.8",
    difficulty: 3,
    paper: "P3",
    stem: "The Budapest Convention on Cybercrime (2001) was drawn up under the auspices of which organization?",
    options: ["The Council of Europe", "The European Union", "The United Nations Security Council", "The World Trade Organization"],
    correct: "A",
    why: "The Convention on Cybercrime was drawn up by the Council of Europe and opened for signature in Budapest in 2001; non-European states can also join it.",
  }),
  p3Short({
    key: "hl8-02",
    topic: "HL.8",
    difficulty: 3,
    stimulus:
      "A hypothetical social media company with users in 150 countries removed posts from an opposition party at one government's request, while refusing a similar request from another government. Its rules on what users may post are set by its own board.",
    stem: "Explain how the stimulus shows that technology companies exercise power in global politics.",
    points: [
      "They control access to information and political communication for users across many states (structural power)",
      "Their own rules (set by a private board) act like governance without democratic accountability, raising legitimacy questions",
      "They decide whether to comply with governments, affecting state sovereignty over the information space",
      "Uneven decisions show bargaining between companies and states / interdependence between them",
    ],
  }),
  p3Extended({
    key: "hl8-03",
    topic: "HL.8",
    difficulty: 4,
    term: "Discuss",
    stimulus:
      "A hypothetical government adopted facial recognition cameras in public spaces, saying they had cut street crime. Human rights groups reported that the cameras were also used to identify protesters.",
    stem: "Discuss the view that new technologies strengthen state power more than they empower citizens.",
    caseStudy: "surveillance technology, internet shutdowns, data protection law (e.g. the EU's General Data Protection Regulation), digital activism",
    perspectives: "liberal optimism about digital empowerment, critical and authoritarian-resilience views, technology companies' perspectives",
    keyPoints: [
      "States use technology for surveillance, censorship and control.",
      "Citizens use it to organize, publicize abuses and hold power to account.",
      "Private companies are a third power centre between states and citizens.",
      "Outcome depends on regime type, regulation and digital divides.",
    ],
  }),
];

const coreMore: QuestionInput[] = [
  mcq({
    key: "c1-03",
    topic: "C.1",
    difficulty: 3,
    paper: "P1",
    stem: "Kenneth Waltz's Theory of International Politics (1979) explains state behaviour mainly through:",
    options: [
      "the anarchic structure of the international system and the distribution of power",
      "the individual personalities of leaders",
      "shared norms and identities created through interaction between states",
      "the spread of free trade, democracy and international institutions across the world",
    ],
    correct: "A",
    why: "Waltz's neorealism (structural realism) argues that anarchy and the distribution of power (polarity) shape how states behave. Option C describes constructivism; option D a liberal argument.",
  }),
  mcq({
    key: "c2-04",
    topic: "C.2",
    difficulty: 4,
    paper: "P1",
    stem: "Alexander Wendt's claim that “anarchy is what states make of it” (1992) is characteristic of which approach?",
    options: ["Classical realism", "Neoliberal institutionalism", "Constructivism", "Marxism"],
    correct: "C",
    why: "Constructivists argue that the meaning of anarchy, sovereignty and state interests is socially constructed through interaction and shared ideas, so anarchy need not produce conflict.",
  }),
  mcq({
    key: "c3-03",
    topic: "C.3",
    difficulty: 2,
    paper: "P1",
    stem: "Which principal organ of the United Nations gives every member state one equal vote, a feature often cited as a source of its legitimacy?",
    options: ["The Security Council", "The General Assembly", "The Secretariat", "The International Court of Justice"],
    correct: "B",
    why: "In the General Assembly each member state has one vote (sovereign equality), whereas the Security Council has 15 members, five of which hold a veto. Its resolutions are, however, generally recommendations.",
  }),
  mcq({
    key: "c4-03",
    topic: "C.4",
    difficulty: 2,
    paper: "P1",
    stem: "Which international institutions were created at the Bretton Woods conference of 1944?",
    options: [
      "The United Nations and the International Court of Justice",
      "The International Monetary Fund and the World Bank (IBRD)",
      "The World Trade Organization and the OECD",
      "NATO and the Council of Europe",
    ],
    correct: "B",
    why: "The 1944 Bretton Woods conference created the IMF and the International Bank for Reconstruction and Development, the core of the World Bank Group, to stabilize the post-war economic order.",
  }),
];

const hlMore: QuestionInput[] = [
  mcq({
    key: "hl1-04",
    topic: "HL.1",
    difficulty: 2,
    paper: "P3",
    stem: "The Schengen Agreement, first signed in 1985, is best known for:",
    options: [
      "creating a single European currency",
      "abolishing routine checks at internal borders between member states",
      "defining the maritime borders of the North Sea between coastal states",
      "establishing the right to asylum in international and European law",
    ],
    correct: "B",
    why: "Schengen abolished systematic checks at internal borders between participating states while strengthening common external border controls; states may temporarily reintroduce internal checks in exceptional circumstances.",
  }),
  mcq({
    key: "hl2-04",
    topic: "HL.2",
    difficulty: 2,
    paper: "P3",
    stem: "The United Nations Framework Convention on Climate Change (UNFCCC), the basis for later agreements such as the Kyoto Protocol and the Paris Agreement, was adopted in:",
    options: ["1972", "1987", "1992", "2015"],
    correct: "C",
    why: "The UNFCCC was adopted in 1992 and opened for signature at the Rio Earth Summit. 1972 was the Stockholm Conference on the Human Environment, 1987 the Montreal Protocol and 2015 the Paris Agreement.",
  }),
  mcq({
    key: "hl3-04",
    topic: "HL.3",
    difficulty: 2,
    paper: "P3",
    stem: "Which convention, adopted by the UN General Assembly in 1979, is often described as an international bill of rights for women?",
    options: ["CEDAW", "The Convention on the Rights of the Child", "The ICCPR", "The Istanbul Convention"],
    correct: "A",
    why: "The Convention on the Elimination of All Forms of Discrimination against Women (CEDAW, 1979) obliges states parties to end discrimination against women; its committee reviews state reports.",
  }),
  mcq({
    key: "hl4-04",
    topic: "HL.4",
    difficulty: 1,
    paper: "P3",
    stem: "The World Health Organization, the UN's specialized agency for health, was established in:",
    options: ["1919", "1945", "1948", "1978"],
    correct: "C",
    why: "The WHO Constitution came into force on 7 April 1948 (now World Health Day). 1919 is the League of Nations Covenant, 1945 the UN Charter and 1978 the Alma-Ata Declaration on primary health care.",
  }),
  mcq({
    key: "hl6-04",
    topic: "HL.6",
    difficulty: 1,
    paper: "P3",
    stem: "Which is the first of the 17 Sustainable Development Goals?",
    options: ["Zero hunger", "Quality education", "No poverty", "Climate action"],
    correct: "C",
    why: "SDG 1 is to end poverty in all its forms everywhere; SDG 2 is zero hunger, SDG 4 quality education and SDG 13 climate action.",
  }),
  mcq({
    key: "hl7-04",
    topic: "HL.7",
    difficulty: 3,
    paper: "P3",
    stem: "The theory of securitization is most closely associated with which group of scholars?",
    options: ["The Frankfurt School", "The Copenhagen School", "The Chicago School", "The English School's solidarists"],
    correct: "B",
    why: "Securitization theory was developed by the Copenhagen School, notably Barry Buzan and Ole Wæver, who treat security as a speech act that moves an issue out of normal politics.",
  }),
  mcq({
    key: "hl8-04",
    topic: "HL.8",
    difficulty: 2,
    paper: "P3",
    stem: "The European Union's General Data Protection Regulation (GDPR), applied from 2018, mainly regulates:",
    options: [
      "the export of military and dual-use technology from EU member states",
      "the processing of personal data, including by firms outside the EU",
      "the taxation of digital services provided by large online platforms",
      "the allocation of radio frequencies",
    ],
    correct: "B",
    why: "The GDPR (applied from 25 May 2018) sets rules on processing personal data and gives individuals rights over their data; it can apply to organizations outside the EU, an example of a regional body's regulatory reach beyond its borders.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [...core, ...coreMore, ...rightsAndJustice, ...developmentAndSustainability, ...peaceAndConflict, ...hlExtension, ...hlMore];

const file: SubjectQuestions = { subject: "global-politics", questions };
export default file;
