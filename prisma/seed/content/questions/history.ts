import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { historyEssay15, indicative } from "@/prisma/seed/content/shared/markbands";

// Original IB-style practice questions for IB History (guide first assessed 2017).
//
// - Paper 1 (prescribed subjects): one-mark recall MCQs, and short source questions (2-4 marks) built on
//   short sources written for this bank. Every source is labelled hypothetical: it is invented or a
//   paraphrase in our own words, never a quotation, and is attributed to invented people, not real ones.
// - Paper 2 (world history topics) and Paper 3 (HL regional options): recall MCQs and 15-mark essays,
//   marked with five cumulative markbands (1-3, 4-6, 7-9, 10-12, 13-15) plus the key points a strong
//   answer makes. Every section of every HL option has at least one question; some sections have a short
//   "Explain two reasons" question instead of an essay (4 marks: each reason identified, then explained,
//   with more reasons in the markscheme than are needed).
// History has no calculations, so there are no NUMERIC questions. Money is written in words so that "$"
// is only ever a LaTeX delimiter (there is no LaTeX in this file).

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
const pt = (id: string, marks: number, text: string, keywords: string[] = [], dependsOn: string[] = []): MarkingPointInput => ({
  id,
  kind: "POINT",
  marks,
  text,
  keywords,
  dependsOn,
});

const base = (b: Base) => ({
  key: `history-${b.key}`,
  levels: b.paper === "P3" ? HL : (b.levels ?? BOTH),
  topicCode: b.topic,
  difficulty: b.difficulty,
  marks: b.marks,
  paper: b.paper,
  calculator: false,
  commandTerm: b.term,
  stem: b.stem,
  markscheme: b.points,
  workedSolution: b.answer,
});

/** A short source or recall question, marked point by point. */
const written = (b: Base): QuestionInput => ({ type: "WRITTEN", ...base(b) });

type Mcq = Omit<Base, "marks" | "points" | "term" | "answer"> & {
  term?: QuestionInput["commandTerm"];
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  why: string;
};
/** A one-mark recall question; `why` is both the marking point and the explanation. */
const mcq = (b: Mcq): QuestionInput => ({
  type: "MCQ",
  ...base({ ...b, term: b.term ?? "Identify", marks: 1, points: [pt("p1", 1, b.why, [b.correct])], answer: `**${b.correct}.** ${b.why}` }),
  options: b.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  correctOptionId: b.correct,
});

/** Paper 1 question 2: value and limitations of a source (4 marks, at most 3 for one side). */
const opvlPoints = (value: string, valueContent: string, limitation: string, limitationContent: string): MarkingPointInput[] => [
  pt("v1", 1, `Value from origin/purpose: ${value}`, ["value", "origin", "purpose"]),
  pt("v2", 1, `Value from content: ${valueContent}`, ["value", "content"]),
  pt("l1", 1, `Limitation from origin/purpose: ${limitation}`, ["limitation", "origin", "purpose"]),
  pt("l2", 1, `Limitation from content: ${limitationContent}`, ["limitation", "content"]),
];
const OPVL_NOTE =
  "\n\n*Markscheme note: award at most 3 marks if only values or only limitations are discussed. Origin, purpose and content need not be treated equally, but each point must be linked to the historian's question, not to sources in general.*";
type Opvl = Omit<Base, "marks" | "term" | "points"> & { opvl: [string, string, string, string] };
const opvl = (b: Opvl): QuestionInput => written({ ...b, marks: 4, term: "Analyse", points: opvlPoints(...b.opvl), answer: b.answer + OPVL_NOTE });

type Essay = Omit<Base, "marks" | "points" | "answer"> & {
  /** The accurate, relevant knowledge the question needs. */
  knowledge: string;
  /** The analysis that moves the answer beyond narrative. */
  analysis: string;
  /** Different perspectives / historians' interpretations / counter-arguments. */
  perspectives: string;
  /** What a reasoned conclusion does. */
  conclusion: string;
  /** The key points a strong answer makes (worked solution). */
  keyPoints: string[];
  /** A short model plan / outline of an answer. */
  plan: string;
};

/**
 * A 15-mark essay (Paper 2 or 3), marked as the IB marks essays: holistically, against five markbands
 * written for the question (shared/markbands.ts). The key points are the indicative content.
 */
const essay = (b: Essay): QuestionInput => ({
  type: "WRITTEN",
  markbands: historyEssay15(b),
  ...base({
    ...b,
    marks: 15,
    stem: `${b.stem}\n\n*[15 marks — essay]*`,
    points: indicative(b.keyPoints.map((k, i) => pt(`k${i + 1}`, 0, k))),
    answer: `**Key points a strong answer makes**\n\n${b.keyPoints.map((k) => `- ${k}`).join("\n")}\n\n**Outline of a top-band answer**\n\n${b.plan}\n\n*Comparative (“compare and contrast”) and two-state questions need both parts addressed to go above level 3.*`,
  }),
});

// ─────────────────────────────────────────────────────────────────────────────
// Prescribed subjects (Paper 1)
// ─────────────────────────────────────────────────────────────────────────────
const prescribed1: QuestionInput[] = [
  // PS1.1 Genghis Khan
  mcq({
    key: "ps1-1-01",
    topic: "PS1.1",
    difficulty: 1,
    paper: "P1",
    stem: "In which year was Temüjin proclaimed Genghis Khan (Chinggis Khan) at a kurultai of the Mongol tribes?",
    options: ["1206", "1215", "1219", "1227"],
    correct: "A",
    why: "Temüjin was proclaimed Genghis Khan at the kurultai of 1206, after uniting the steppe tribes. 1215 is the fall of the Jin capital Zhongdu, 1219 the start of the Khwarazmian campaign and 1227 his death.",
  }),
  written({
    key: "ps1-1-02",
    topic: "PS1.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical extract written for this exercise, in the style of a modern historian)*\n\n> Genghis Khan's armies were not simply larger hordes of horsemen. He broke up the old tribal war bands and placed every warrior in units of ten, a hundred, a thousand and ten thousand, whose commanders answered to him rather than to their clan chiefs. Each rider brought several spare horses, so a column could cover great distances without halting. Scouts rode far ahead, and merchants brought news of enemy cities. When the Mongols met walled towns they did not turn back: they recruited engineers from conquered peoples to build siege engines.\n\nAccording to Source A, what were the reasons for the military success of Genghis Khan's armies? Identify **three** reasons.",
    points: [
      pt("p1", 1, "Decimal organization of the army into units of 10/100/1,000/10,000 / breaking up tribal war bands", ["ten", "thousand", "units", "decimal"]),
      pt("p2", 1, "Commanders loyal to Genghis Khan rather than to clan chiefs / centralized command", ["loyal", "commanders", "clan"]),
      pt("p3", 1, "Mobility / speed: several spare horses per rider allowed long marches without halting", ["horses", "mobility", "speed"]),
      pt("p4", 1, "Good intelligence from scouts and merchants", ["scouts", "merchants", "intelligence"]),
      pt("p5", 1, "Use of siege engineers from conquered peoples to take walled towns", ["siege", "engineers"]),
    ],
    answer:
      "Any three of the following, each drawn from the source (1 mark each):\n\n- The army was reorganized into decimal units (10, 100, 1,000, 10,000), replacing tribal war bands.\n- Commanders owed loyalty to Genghis Khan, not to their clan chiefs.\n- Riders had spare horses, giving great speed and range.\n- Scouts and merchants provided intelligence.\n- Engineers from conquered peoples built siege engines, so walled cities could be taken.\n\nAnswers should be in the candidate's own words; outside knowledge is not needed for this question.",
  }),
  mcq({
    key: "ps1-1-03",
    topic: "PS1.1",
    difficulty: 3,
    paper: "P1",
    stem: "Which event led directly to Genghis Khan's campaign against the Khwarazmian Empire, begun in 1219?",
    options: [
      "The killing of the members of a Mongol-sponsored trading caravan at Otrar and the mistreatment of Genghis Khan's envoys",
      "The Khwarazm-Shah's alliance with the Jin dynasty against the Mongols",
      "The Khwarazmian capture of the Mongol capital at Karakorum",
      "Jamukha's flight to the Khwarazmian court after his defeat",
    ],
    correct: "A",
    why: "The governor of Otrar had the merchants of a caravan sent under Mongol protection killed, and when Genghis Khan sent envoys to demand redress they were mistreated (one killed); the Mongol invasion followed in 1219. The other options did not happen.",
  }),
  opvl({
    key: "ps1-1-04",
    topic: "PS1.1",
    difficulty: 4,
    paper: "P1",
    stem: "**Source B** *(hypothetical source written for this exercise)*: an extract from a chronicle written in about 1260 by a Persian official who served the Mongol rulers, describing the relay-station (yam) system.\n\n> At every stage of the road the Khan placed stations with fresh horses, food and men, so that his messengers might ride day and night. Envoys carrying his tablet of authority were supplied wherever they went, and news from the farthest lands reached the court in a few days. By this means the Khan knew everything that happened in his realm, and no rebel could move without his knowing.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source B for a historian studying how Genghis Khan and his successors controlled their empire.",
    opvl: [
      "the author served the Mongol rulers, so he may have had first-hand knowledge of how the yam worked in practice",
      "it describes specific features (stations with horses and supplies, tablets of authority, speed of news) showing how communications supported control",
      "written c.1260, a generation after Genghis Khan's death (1227), so it may describe the system as it later developed rather than under Genghis; as an official in Mongol service his purpose may be to praise the dynasty",
      "the claims that news arrived 'in a few days' and 'no rebel could move' are sweeping and unquantified; it covers only one method of control (not, e.g., the army, the yassa or the keshig)",
    ],
    answer:
      "**Value.** The origin is useful: an official working for the Mongol administration would have known how the relay stations operated and may have used them. The content gives concrete detail — fresh horses and food at every stage, tablets of authority for envoys, rapid news — that shows how communication helped rulers monitor a vast empire.\n\n**Limitations.** It was written around 1260, over thirty years after Genghis Khan died, so it may describe the fully developed system of his successors rather than what existed under Genghis himself. As someone in Mongol service, the author's purpose may have been to glorify the dynasty, which could explain exaggerated claims such as 'no rebel could move without his knowing'. The content also deals only with communications, so a historian would need other sources on the army, the law code (yassa) and the guard (keshig).\n\n*A balanced answer with two values and two limitations, each linked to the question of control, scores 4.*",
  }),

  // PS1.2 Richard I
  mcq({
    key: "ps1-2-01",
    topic: "PS1.2",
    difficulty: 2,
    paper: "P1",
    stem: "Who captured Richard I near Vienna in December 1192, as he travelled home from the Third Crusade?",
    options: ["Leopold V, Duke of Austria", "Philip II of France", "Saladin", "Tancred of Sicily"],
    correct: "A",
    why: "Leopold V of Austria, whom Richard had offended at Acre, seized him; Leopold handed him over to Emperor Henry VI, who released him in 1194 after a large ransom (150,000 marks was demanded) was raised.",
  }),
  mcq({
    key: "ps1-2-02",
    topic: "PS1.2",
    difficulty: 2,
    paper: "P1",
    stem: "In September 1191, during the crusaders' march south along the coast from Acre towards Jaffa, Richard I defeated Saladin's army in which battle?",
    options: ["Hattin", "Dorylaeum", "Montgisard", "Arsuf"],
    correct: "D",
    why: "Arsuf (7 September 1191) was Richard's victory on the march to Jaffa. Hattin (1187) was Saladin's great victory over the kingdom of Jerusalem; Montgisard (1177) and Dorylaeum (1097) belong to earlier crusading history.",
  }),
  written({
    key: "ps1-2-03",
    topic: "PS1.2",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source C** *(hypothetical letter written for this exercise, in the style of a crusading knight writing home in 1192)*\n\n> Twice we came within a day's march of the Holy City, and twice the King turned us back. He says that even if we took Jerusalem we could not hold it once the pilgrims sailed for home, for most of us have vowed only to pray at the Sepulchre and depart. Our road back to the sea would be cut by Saladin's horsemen, the winter rains have ruined our food, and the French lords quarrel with him at every council. Many here curse him, yet the wiser among us say he is right.\n\nAccording to Source C, why did Richard I not besiege Jerusalem? Identify **three** reasons.",
    points: [
      pt("p1", 1, "Jerusalem could not be held once the crusaders/pilgrims went home after fulfilling their vows", ["hold", "pilgrims", "vow"]),
      pt("p2", 1, "Supply/communication line to the coast would be cut by Saladin's cavalry", ["supply", "road", "sea", "cut"]),
      pt("p3", 1, "Winter weather / rain had spoiled food supplies", ["winter", "rain", "food"]),
      pt("p4", 1, "Divisions / quarrels with the French lords in the army's councils", ["French", "quarrel", "division"]),
    ],
    answer:
      "Any three (1 mark each):\n\n- A captured Jerusalem could not be held once crusaders, who had vowed only to pray there, went home.\n- The army's line back to the coast would be cut by Saladin's horsemen.\n- Winter rains had ruined food supplies.\n- The French lords quarrelled with Richard, dividing the leadership.\n\nThe last sentence (some curse him, the wiser think him right) shows opinion in the army, not a reason, so it does not score.",
  }),
];

const prescribed2: QuestionInput[] = [
  // PS2.1 The final stages of Muslim rule in Spain
  mcq({
    key: "ps2-1-01",
    topic: "PS2.1",
    difficulty: 1,
    paper: "P1",
    stem: "When did the Nasrid ruler Muhammad XII (Boabdil) surrender the city of Granada to Ferdinand and Isabella?",
    options: ["October 1469", "February 1482", "January 1492", "February 1502"],
    correct: "C",
    why: "Granada was handed over on 2 January 1492, ending the Granada War that began in 1482. 1469 is the marriage of Ferdinand and Isabella; 1502 is the order for the Muslims of Castile to convert or leave.",
  }),
  mcq({
    key: "ps2-1-02",
    topic: "PS2.1",
    difficulty: 2,
    paper: "P1",
    stem: "In late-medieval and sixteenth-century Spain, who were the **Moriscos**?",
    options: [
      "Muslims living under Christian rule who were allowed to keep their faith",
      "Muslims who had converted (usually under pressure) to Christianity, and their descendants",
      "Christians who had lived under Muslim rule in al-Andalus",
      "Jews who had converted to Christianity",
    ],
    correct: "B",
    why: "Moriscos were converted Muslims and their descendants. Muslims who kept their faith under Christian rule were Mudéjares; Christians under Muslim rule were Mozarabs; Jewish converts were conversos.",
  }),
  written({
    key: "ps2-1-03",
    topic: "PS2.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical paraphrase written for this exercise of terms offered to the Muslims of Granada in 1491)*\n\n> Their Highnesses promise that the Muslims of the city, great and small, shall keep their houses, lands and goods. They may go on praying in their mosques, and their disputes shall be judged by their own judges according to their own law. Whoever wishes to cross to North Africa may sell his property and leave freely. No Christian shall enter a mosque or the house of a Muslim by force.\n\nAccording to Source A, what did the Catholic Monarchs promise the Muslims of Granada? Identify **three** promises.",
    points: [
      pt("p1", 1, "Muslims would keep their property (houses, lands, goods)", ["property", "houses", "lands", "goods"]),
      pt("p2", 1, "Freedom of worship / continued use of mosques", ["mosque", "pray", "worship", "religion"]),
      pt("p3", 1, "Disputes judged by their own judges under their own (Islamic) law", ["judges", "law"]),
      pt("p4", 1, "Freedom to emigrate to North Africa after selling property", ["North Africa", "emigrate", "leave"]),
      pt("p5", 1, "Protection of mosques and homes from forced entry by Christians", ["force", "enter"]),
    ],
    answer:
      "Any three (1 mark each): Muslims would keep their property; they could continue to worship in their mosques; they would be judged by their own judges and law; they could sell up and emigrate to North Africa; Christians would not force their way into mosques or Muslim homes.\n\nContext (not needed for the marks): these guarantees were eroded within a decade, as forced conversions from 1499 provoked revolt and Muslims in Castile were ordered in 1502 to convert or leave.",
  }),
  written({
    key: "ps2-1-04",
    topic: "PS2.1",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain why the first revolt of the Alpujarras broke out in 1499 and what its consequences were for the Muslims of Castile.",
    points: [
      pt("p1", 1, "Cardinal Cisneros replaced the gradual, persuasive approach of Archbishop Talavera with pressure and mass conversions in Granada (1499)", [
        "Cisneros",
        "Talavera",
        "conversion",
      ]),
      pt("p2", 1, "This was seen as a breach of the religious guarantees of the 1491 surrender terms / burning of Arabic religious books caused anger", [
        "breach",
        "guarantees",
        "books",
        "terms",
      ]),
      pt("p3", 1, "Revolt spread from the Albaicín of Granada to the Alpujarras mountains and was suppressed by royal forces (by 1501)", [
        "Albaicín",
        "mountains",
        "suppressed",
      ]),
      pt(
        "p4",
        1,
        "The Crown treated the revolt as cancelling the treaty: Muslims of Granada and then Castile (1502) had to convert or leave, creating the Morisco population",
        ["1502", "convert or leave", "Moriscos"],
      ),
    ],
    answer:
      "**Causes.** After 1492 Archbishop Hernando de Talavera tried to convert the Muslims of Granada slowly by preaching and persuasion. In 1499 Cardinal Francisco Jiménez de Cisneros took a harsher line, pressing for mass baptisms and having Arabic religious books burned. Muslims saw this as a breach of the religious guarantees in the surrender terms of 1491, and unrest in the Albaicín quarter of Granada spread into a rising in the Alpujarras mountains.\n\n**Consequences.** Royal forces crushed the revolt by 1501. Ferdinand and Isabella argued that the rebels had broken the agreement, so its protections no longer applied: the Muslims of Granada were converted, and in 1502 Muslims throughout Castile were ordered to convert or leave. Open Islam thus ended in Castile, and the converted population (Moriscos) remained under suspicion, leading to later conflict.",
  }),

  // PS2.2 The conquest of Mexico and Peru
  mcq({
    key: "ps2-2-01",
    topic: "PS2.2",
    difficulty: 1,
    paper: "P1",
    stem: "Where did Francisco Pizarro's force capture the Inca ruler Atahualpa in November 1532?",
    options: ["Cajamarca", "Cuzco", "Quito", "Tenochtitlan"],
    correct: "A",
    why: "Atahualpa was seized at Cajamarca in November 1532; he paid a huge ransom in gold and silver but was executed in 1533. Cuzco, the Inca capital, was entered later; Tenochtitlan was the Mexica capital.",
  }),
  written({
    key: "ps2-2-02",
    topic: "PS2.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source B** *(hypothetical extract written for this exercise, in the style of a modern historian)*\n\n> Cortés had only a few hundred Spaniards, but he never fought the Mexica alone. Tens of thousands of Tlaxcalans, old enemies of Tenochtitlan, marched with him, and many subject towns that resented paying tribute changed sides. His interpreter, the Nahua woman known as Malinche, let him understand and exploit these rivalries. Steel swords, horses and cannon gave the Spaniards an edge in open battle, and when smallpox swept through the city in 1520 it killed many of its defenders and leaders.\n\nAccording to Source B, what were the reasons for the Spanish conquest of the Mexica (Aztec) Empire? Identify **three** reasons.",
    points: [
      pt("p1", 1, "Indigenous allies, especially the Tlaxcalans, supplied most of the fighting force", ["Tlaxcala", "allies"]),
      pt("p2", 1, "Subject towns resented tribute and changed sides / divisions within the empire", ["tribute", "subject", "divisions"]),
      pt("p3", 1, "Malinche's role as interpreter allowed Cortés to understand and exploit rivalries", ["Malinche", "interpreter"]),
      pt("p4", 1, "Military technology: steel weapons, horses and cannon in open battle", ["steel", "horses", "cannon"]),
      pt("p5", 1, "Smallpox epidemic (1520) killed many defenders and leaders", ["smallpox", "disease"]),
    ],
    answer:
      "Any three (1 mark each): the support of tens of thousands of indigenous allies such as the Tlaxcalans; the defection of tribute-paying subject towns; Malinche's work as interpreter, which let Cortés exploit rivalries; Spanish steel, horses and cannon; the smallpox epidemic of 1520.\n\nA good answer paraphrases rather than copying whole sentences.",
  }),
  opvl({
    key: "ps2-2-03",
    topic: "PS2.2",
    difficulty: 4,
    paper: "P1",
    stem: "**Source C** *(hypothetical source written for this exercise)*: an extract from a letter written in 1522 to the Emperor Charles V by an invented Spanish captain who had served under Cortés, asking for a grant of land and labour (an encomienda).\n\n> I was among the first to enter the great city, and I fought on the causeways on the night we were driven out. The natives were given to idolatry and to the sacrifice of men, and it pleased God that we should bring them to His service. For these labours I have received nothing, while men who never drew a sword grow rich.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source C for a historian studying the conquest of Mexico.",
    opvl: [
      "an eyewitness and participant who fought in Tenochtitlan, written soon after its fall (1521)",
      "shows the justification conquistadors used (religion, human sacrifice) and their expectation of reward; hints at divisions among the Spaniards over rewards",
      "written to win a reward from the Emperor, so he is likely to exaggerate his own role and to justify the conquest; gives only the conqueror's perspective, not the indigenous one",
      "says nothing about indigenous allies, disease or the scale of violence; a brief, self-centred account rather than an overview",
    ],
    answer:
      "**Value.** The author was an eyewitness and participant (on the causeways, at the retreat from the city in 1520), writing in 1522, soon after the fall of Tenochtitlan. Its content reveals how conquistadors justified the conquest — by the natives' idolatry and human sacrifice and by God's will — and shows their hunger for rewards and resentment of others who profited, evidence of tensions among the Spaniards.\n\n**Limitations.** Its purpose is to obtain an encomienda from Charles V, so the captain stresses his own services and presents the conquest as a religious duty. It reflects only a Spanish viewpoint; the Mexica, the Tlaxcalan allies or later Spanish critics such as Las Casas would describe the events differently. The content is narrow: it omits the role of indigenous allies and of smallpox, which historians see as central to the conquest.",
  }),
  mcq({
    key: "ps2-2-04",
    topic: "PS2.2",
    difficulty: 3,
    paper: "P1",
    stem: "What was the main aim of the New Laws issued by Charles V in 1542?",
    options: [
      "To divide newly discovered lands between Spain and Portugal",
      "To reward the conquistadors of Peru with hereditary noble titles and land",
      "To establish the Inquisition in Mexico and Peru",
      "To limit the encomienda system, for example by stopping new grants and their inheritance, and to forbid the enslavement of indigenous people",
    ],
    correct: "D",
    why: "The New Laws (1542), influenced by reformers such as Bartolomé de las Casas, aimed to protect indigenous people by forbidding their enslavement and phasing out encomiendas. Resistance was fierce — in Peru, colonists led by Gonzalo Pizarro rebelled — and key clauses were later softened. The division of lands with Portugal was the Treaty of Tordesillas (1494).",
  }),

  // PS3.1 Japanese expansion in East Asia
  mcq({
    key: "ps3-1-01",
    topic: "PS3.1",
    difficulty: 1,
    paper: "P1",
    stem: "The fighting between Japanese and Chinese troops at the Marco Polo Bridge near Beijing, which escalated into full-scale war between Japan and China, took place in:",
    term: "Identify",
    options: ["September 1931", "January 1932", "July 1937", "December 1941"],
    correct: "C",
    why: "The Marco Polo Bridge Incident was on 7 July 1937. September 1931 is the Mukden Incident; early 1932 saw fighting at Shanghai; December 1941 is Pearl Harbor.",
  }),
  written({
    key: "ps3-1-02",
    topic: "PS3.1",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: '**Source A** *(hypothetical cartoon, described in words, written for this exercise; imagined as published in a European newspaper in 1933)*\n\n> An elderly, short-sighted doorman labelled "League of Nations" stands at the gate of a house marked "Manchuria", slowly reading a thick document labelled "Lytton Report". Behind his back, a Japanese soldier walks out of the gate carrying the whole house on his shoulders. The caption reads: "Our inquiry is proceeding most thoroughly."\n\nWhat is the message of Source A?',
    points: [
      pt("p1", 1, "The League of Nations was slow / ineffective: it investigated (the Lytton Report) while Japan took Manchuria", [
        "slow",
        "ineffective",
        "Lytton",
      ]),
      pt("p2", 1, "Japan was able to seize Manchuria unopposed / the League's procedures did nothing to stop aggression (the caption is ironic)", [
        "seize",
        "unopposed",
        "ironic",
        "aggression",
      ]),
    ],
    answer:
      "The cartoon mocks the League of Nations as old and slow: while it carefully reads its own report (the Lytton Report) Japan simply carries off Manchuria. The ironic caption suggests that the League's thorough inquiry was useless because it did nothing to stop Japanese aggression (1 mark for each of these two points).",
  }),
  written({
    key: "ps3-1-03",
    topic: "PS3.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source B** *(hypothetical extract written for this exercise, in the style of a Japanese government statement of the late 1930s)*\n\n> Japan seeks no territory for its own sake. Its aim is a new order in East Asia in which Japan, Manchukuo and China work together as partners. China has been torn apart by warlords and by the poison of communism, which threatens all Asia. The peoples of the East must free themselves from the domination of the Western powers and build a common prosperity through economic cooperation.\n\nAccording to Source B, how did Japan justify its policies in China? Identify **three** justifications.",
    points: [
      pt("p1", 1, "Japan claimed no territorial ambitions / aimed only at a 'new order' of partnership between Japan, Manchukuo and China", [
        "partners",
        "new order",
        "territory",
      ]),
      pt("p2", 1, "China was unstable / divided by warlords, implying it needed Japanese guidance", ["warlords", "unstable", "divided"]),
      pt("p3", 1, "Defence of Asia against communism", ["communism"]),
      pt("p4", 1, "Liberation of Asian peoples from Western domination", ["Western", "domination", "free"]),
      pt("p5", 1, "Common prosperity through economic cooperation", ["prosperity", "economic"]),
    ],
    answer:
      "Any three (1 mark each): Japan claimed it wanted no territory, only a 'new order' of partnership with Manchukuo and China; China was said to be torn apart by warlords; communism was presented as a threat to all Asia that Japan was resisting; Japan claimed to be freeing Asia from Western domination; and it promised shared prosperity through economic cooperation.",
  }),
  mcq({
    key: "ps3-1-04",
    topic: "PS3.1",
    difficulty: 3,
    paper: "P1",
    stem: "Which action by the United States in July–August 1941, after Japan occupied southern French Indochina, most directly threatened Japan's ability to continue its war in China?",
    options: [
      "The Neutrality Act, which banned arms sales to all countries at war",
      "The freezing of Japanese assets in the US followed by an embargo on oil exports to Japan",
      "The withdrawal of the US from the Washington Naval Treaty",
      "The despatch of US ground troops to defend the Chinese capital",
    ],
    correct: "B",
    why: "The US froze Japanese assets in July 1941 and oil exports to Japan stopped; Japan imported most of its oil from the US, so its leaders faced a choice between concessions in China and seizing the resources of South-East Asia, which led towards Pearl Harbor (7 December 1941).",
  }),
  opvl({
    key: "ps3-1-05",
    topic: "PS3.1",
    difficulty: 4,
    paper: "P1",
    stem: "**Source C** *(hypothetical source written for this exercise)*: a diary entry written in 1938 by an invented Japanese army officer serving in northern China, not intended for publication.\n\n> Tokyo said the China Incident would be over in three months. A year has passed. Every town we take must be garrisoned, and the enemy simply retreats inland. The men ask me why we are here; I tell them we are saving China from the communists, but I am no longer sure I believe it myself.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source C for a historian studying the war between Japan and China after 1937.",
    opvl: [
      "a private diary, not meant for publication, so the officer may record doubts honestly rather than official propaganda; contemporary (1938) and written by a participant",
      "reveals that the war was expected to be short and became a drawn-out stalemate (garrisoning, Chinese retreat inland) and suggests weakening morale / doubts about official justifications",
      "the view of one officer in one region; his rank and experience may not be typical of the army or of decision-makers in Tokyo",
      "gives no information on Chinese perspectives, casualties or the conduct of Japanese troops towards civilians; impressions rather than evidence",
    ],
    answer:
      "**Value.** Because the diary was private, the officer had no reason to repeat propaganda, so his doubts are likely sincere. As a contemporary participant he shows that the government's promise of a short war had failed, that occupying territory tied down troops as Chinese forces retreated inland, and that the anti-communist justification was wearing thin among some soldiers.\n\n**Limitations.** It is the view of one officer in one area of northern China; it cannot show how widespread these doubts were or what leaders in Tokyo thought. The content concentrates on Japanese difficulties and says nothing about Chinese experience of the occupation, civilian suffering or atrocities, so it must be combined with Chinese and other sources.",
  }),

  // PS3.2 German and Italian expansion
  mcq({
    key: "ps3-2-01",
    topic: "PS3.2",
    difficulty: 2,
    paper: "P1",
    stem: "Under the Anglo-German Naval Agreement of June 1935, Germany was allowed to build a surface fleet of up to what proportion of the British surface fleet?",
    options: ["10 per cent", "35 per cent", "50 per cent", "100 per cent"],
    correct: "B",
    why: "Britain accepted a German surface fleet of 35 per cent of its own. By agreeing bilaterally to revise Versailles, Britain undermined the Stresa Front it had formed with France and Italy only two months earlier.",
  }),
  mcq({
    key: "ps3-2-02",
    topic: "PS3.2",
    difficulty: 3,
    paper: "P1",
    stem: "What did the Hoare–Laval plan of December 1935 propose?",
    options: [
      "Oil sanctions against Italy to force it out of Abyssinia",
      "The expulsion of Italy from the League of Nations",
      "An Anglo-French military guarantee of Abyssinia's borders",
      "The transfer of a large part of Abyssinia to Italian control or influence to end the war",
    ],
    correct: "D",
    why: "The British and French foreign ministers proposed handing much of Abyssinia to Italy. When the plan leaked, the outcry in Britain forced Hoare to resign, but the episode showed that Britain and France would not uphold collective security; oil was never added to the League's sanctions.",
  }),
  mcq({
    key: "ps3-2-03",
    topic: "PS3.2",
    difficulty: 2,
    paper: "P1",
    stem: "The 'Pact of Steel' signed in May 1939 was a military alliance between:",
    options: ["Germany and Japan", "Germany and the Soviet Union", "Germany and Italy", "Italy and Japan"],
    correct: "C",
    why: "The Pact of Steel (22 May 1939) bound Germany and Italy to support each other in war. Germany and Japan had signed the Anti-Comintern Pact (1936); the Nazi–Soviet Pact came in August 1939; the Tripartite Pact of Germany, Italy and Japan in September 1940.",
  }),
  written({
    key: "ps3-2-04",
    topic: "PS3.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source D** *(hypothetical extract written for this exercise, in the style of a speech by a British member of parliament in 1938)*\n\n> I am told we should have stood firm. With what? Our air defences are not ready, and the country has not forgotten the graves of Flanders. The Dominions have told us plainly they will not fight for the Sudetenland. And let us be honest: many of the Germans Herr Hitler speaks for were placed under foreign rule by a treaty that was never fair to them.\n\nAccording to Source D, why did Britain follow a policy of appeasement in 1938? Identify **three** reasons.",
    points: [
      pt("p1", 1, "Britain was militarily unprepared / air defences not ready", ["unprepared", "air defences", "rearmament"]),
      pt("p2", 1, "Public opinion / memories of the First World War made people reluctant to fight", ["Flanders", "First World War", "public opinion"]),
      pt("p3", 1, "The Dominions would not support a war over the Sudetenland", ["Dominions"]),
      pt("p4", 1, "The Treaty of Versailles / peace settlement was seen as unfair to Germans placed under foreign rule", ["treaty", "unfair", "Versailles"]),
    ],
    answer:
      "Any three (1 mark each): Britain's military, especially its air defences, was not ready; the memory of First World War losses made the public reluctant to fight; the Dominions refused to go to war over the Sudetenland; and many felt that the post-war treaties had unfairly placed Germans under foreign rule, so some German demands seemed justified.",
  }),
  opvl({
    key: "ps3-2-05",
    topic: "PS3.2",
    difficulty: 4,
    paper: "P1",
    stem: "**Source E** *(hypothetical source written for this exercise)*: an extract from the memoirs, published in 1955, of an invented French general who had served on the army staff in 1936.\n\n> When the Germans marched into the Rhineland, we were asked whether the army could act alone. We answered that any action would need general mobilization, and that was politically impossible weeks before an election. Looking back, I am convinced that a firm response would have ended Hitler's career. The fault lay with the politicians, not with the army.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source E for a historian studying the French response to the remilitarization of the Rhineland in 1936.",
    opvl: [
      "the author was on the army staff in 1936, so he had inside knowledge of the military advice given to the government",
      "reveals that the army said action would require general mobilization and that the coming election made this politically difficult — explaining French inaction",
      "memoirs written almost twenty years later with hindsight; purpose is to defend his own and the army's reputation by blaming politicians",
      "the claim that a firm response would have ended Hitler's career is counterfactual opinion; gives no view of British attitudes or of French public opinion",
    ],
    answer:
      "**Value.** As a member of the army staff in 1936 the author could know what advice the army gave ministers. The content explains a key reason for inaction: the army insisted that any move would require general mobilization, which ministers thought impossible just before the spring 1936 election.\n\n**Limitations.** Written in 1955, after France's defeat in 1940, the memoir is shaped by hindsight and self-justification — the last sentence shows its purpose of shifting blame from the army to politicians. The claim that firmness would have toppled Hitler is speculation. It ignores other factors historians stress, such as Britain's unwillingness to act and French public opinion.",
  }),
];

const prescribed3: QuestionInput[] = [
  // PS4.1 Civil rights movement in the United States
  mcq({
    key: "ps4-1-01",
    topic: "PS4.1",
    difficulty: 2,
    paper: "P1",
    stem: "Which organization began the 1961 Freedom Rides, which tested the desegregation of interstate bus travel and terminals in the South?",
    options: [
      "The Congress of Racial Equality (CORE)",
      "The National Association for the Advancement of Colored People (NAACP)",
      "The Nation of Islam",
      "The Montgomery Improvement Association",
    ],
    correct: "A",
    why: "CORE organized the first Freedom Ride in May 1961; when riders were attacked (a bus was firebombed near Anniston, Alabama), SNCC activists continued the rides, and the Interstate Commerce Commission later ordered the enforcement of desegregation in terminals.",
  }),
  written({
    key: "ps4-1-02",
    topic: "PS4.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical recollection written for this exercise, in the style of an oral-history interview with a woman who took part in the Montgomery Bus Boycott)*\n\n> We had it planned before Mrs Parks was even out of jail: the Women's Political Council ran off thousands of leaflets overnight. Every Monday night the churches were packed, and the preaching kept our spirits up. People with cars drove the rest of us in car pools, and the rest walked, rain or shine. The bus company lost most of its riders and its money, but in the end it was the court ruling that let us ride at the front.\n\nAccording to Source A, what helped the Montgomery Bus Boycott to succeed? Identify **three** factors.",
    points: [
      pt("p1", 1, "Preparation / organization by the Women's Political Council (leaflets)", ["Women's Political Council", "leaflets", "organization"]),
      pt("p2", 1, "Churches / mass meetings maintained morale and unity", ["church", "meetings", "spirits"]),
      pt("p3", 1, "Car pools and walking provided alternative transport", ["car pool", "walked"]),
      pt("p4", 1, "Economic pressure: the bus company lost riders and revenue", ["money", "economic", "riders"]),
      pt("p5", 1, "A court ruling (Browder v. Gayle) ended bus segregation", ["court", "ruling"]),
    ],
    answer:
      "Any three (1 mark each): rapid organization by the Women's Political Council; the churches' mass meetings sustained morale; car pools and walking replaced the buses; the boycott hurt the bus company financially; and a court ruling finally ended segregation on the buses (the Supreme Court upheld Browder v. Gayle in November 1956, and the boycott ended in December 1956).",
  }),
  written({
    key: "ps4-1-03",
    topic: "PS4.1",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: '**Source B** *(hypothetical cartoon, described in words, written for this exercise; imagined as published in a northern US newspaper in May 1963)*\n\n> A police dog labelled "Birmingham" strains on its leash towards a group of children carrying school books. Behind them a television camera is filming, and far away a figure labelled "Washington" is shown sitting up in his chair and dropping his newspaper. The caption reads: "Now the whole country is watching."\n\nWhat is the message of Source B?',
    points: [
      pt("p1", 1, "The violent treatment of peaceful (child) protesters in Birmingham was exposed by television / the media to the whole nation", [
        "television",
        "media",
        "children",
        "violence",
      ]),
      pt("p2", 1, "This publicity put pressure on the federal government to act (on civil rights legislation)", ["federal", "Washington", "pressure", "act"]),
    ],
    answer:
      "The cartoon suggests that the use of police dogs against peaceful young demonstrators in Birmingham, filmed by television, shocked the nation (1), and that this publicity forced the federal government in Washington to take notice and act (1). (In June 1963 President Kennedy announced that he would send a civil rights bill to Congress.)",
  }),
  mcq({
    key: "ps4-1-04",
    topic: "PS4.1",
    difficulty: 2,
    paper: "P1",
    stem: "Which law of 1965 suspended literacy tests and allowed federal examiners to register voters in areas with a history of discrimination?",
    options: ["The Civil Rights Act of 1957", "The Civil Rights Act of 1964", "The Voting Rights Act", "The 24th Amendment"],
    correct: "C",
    why: "The Voting Rights Act (signed by Lyndon Johnson in August 1965, after the Selma marches) suspended literacy tests and sent federal examiners to register voters. The 1964 Civil Rights Act banned segregation in public places and job discrimination; the 24th Amendment (1964) banned poll taxes in federal elections.",
  }),
  opvl({
    key: "ps4-1-05",
    topic: "PS4.1",
    difficulty: 4,
    paper: "P1",
    stem: "**Source C** *(hypothetical source written for this exercise)*: an editorial in an invented white-owned newspaper in Arkansas, published in September 1957.\n\n> Federal bayonets now surround a school in Little Rock. The people of this state did not ask for integration and were never consulted about it. Nine pupils are escorted into class by paratroopers while the rights of the states, guaranteed since the founding of the Republic, are trampled underfoot.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source C for a historian studying opposition to school desegregation.",
    opvl: [
      "a contemporary local newspaper written during the crisis for a white Arkansas readership, so it shows the arguments opponents used and expected readers to share",
      "reveals key themes of opposition: states' rights, resentment of federal intervention (troops sent by Eisenhower) and the claim that local people were not consulted",
      "its purpose is to persuade / rouse opinion against integration, so it is one-sided and emotive ('bayonets', 'trampled')",
      "omits the Brown ruling, the violence and intimidation faced by the nine students and the views of Black Arkansans; cannot show how widespread these views were",
    ],
    answer:
      "**Value.** Written at the time of the Little Rock crisis for local white readers, the editorial is direct evidence of how opponents of desegregation framed their case. Its content shows the central arguments of 'massive resistance': states' rights, anger at the federal troops Eisenhower sent to protect the nine Black students, and the claim that desegregation was imposed without consent.\n\n**Limitations.** Its purpose is persuasive, so the language is emotive and one-sided. It leaves out the legal basis of desegregation (Brown v. Board of Education, 1954), the harassment of the students and the perspective of Black citizens, and one newspaper cannot show how representative its views were.",
  }),

  // PS4.2 Apartheid South Africa
  mcq({
    key: "ps4-2-01",
    topic: "PS4.2",
    difficulty: 2,
    paper: "P1",
    stem: "Which apartheid law of 1950 required every South African to be classified by race and recorded in a national register?",
    options: ["The Group Areas Act", "The Population Registration Act", "The Bantu Education Act", "The Reservation of Separate Amenities Act"],
    correct: "B",
    why: "The Population Registration Act (1950) was the foundation of apartheid: racial classification decided where people could live, work and study. The Group Areas Act (1950) divided residential areas by race; the Bantu Education and Separate Amenities Acts followed in 1953.",
  }),
  mcq({
    key: "ps4-2-02",
    topic: "PS4.2",
    difficulty: 2,
    paper: "P1",
    stem: "The Freedom Charter, which declared that 'South Africa belongs to all who live in it, black and white', was adopted by the Congress of the People at Kliptown in which year?",
    options: ["1952", "1955", "1960", "1964"],
    correct: "B",
    why: "The Congress of the People met at Kliptown in June 1955. 1952 was the Defiance Campaign, 1960 Sharpeville, and 1964 the end of the Rivonia Trial.",
  }),
  written({
    key: "ps4-2-03",
    topic: "PS4.2",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical extract written for this exercise, in the style of a leaflet issued by volunteers in the 1952 Defiance Campaign)*\n\n> Volunteers! We will enter the 'Europeans Only' entrances, sit on the benches and walk the streets after curfew without passes. We will not resist arrest and we will not use violence. Let the jails fill until these unjust laws cannot be enforced. We act together — Africans, Indians and Coloureds — to show the world what these laws mean.\n\nAccording to Source A, what were the methods and aims of the Defiance Campaign? Identify **three** points.",
    points: [
      pt("p1", 1, "Deliberately breaking segregation laws (using 'Europeans only' facilities, curfew and pass laws)", [
        "break",
        "entrances",
        "curfew",
        "passes",
      ]),
      pt("p2", 1, "Non-violence / accepting arrest without resistance", ["non-violence", "arrest"]),
      pt("p3", 1, "Filling the jails so that the laws became unenforceable", ["jails", "unenforceable"]),
      pt("p4", 1, "Unity / multiracial cooperation of African, Indian and Coloured people", ["unity", "Indians", "Coloureds"]),
      pt("p5", 1, "Gaining international attention / showing the world the injustice of the laws", ["world", "international"]),
    ],
    answer:
      "Any three (1 mark each): volunteers would openly break segregation, curfew and pass laws; they would be non-violent and accept arrest; they aimed to fill the jails and make the laws unworkable; the campaign united African, Indian and Coloured people; and it aimed to expose the laws to world opinion.",
  }),
  written({
    key: "ps4-2-04",
    topic: "PS4.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: "Explain why the African National Congress (ANC) turned to armed struggle in 1961.",
    points: [
      pt("p1", 1, "The Sharpeville massacre (March 1960), where police killed 69 protesters, showed the state would meet peaceful protest with lethal force", [
        "Sharpeville",
        "69",
      ]),
      pt("p2", 1, "The ANC and PAC were banned (1960) under the state of emergency, so legal, open activity became impossible", [
        "banned",
        "state of emergency",
      ]),
      pt(
        "p3",
        1,
        "Decades of non-violent campaigns (e.g. Defiance Campaign 1952) had not changed government policy / the government ignored calls for a national convention",
        ["non-violent", "Defiance", "failed"],
      ),
      pt(
        "p4",
        1,
        "Umkhonto we Sizwe (MK) was formed (1961, Mandela among its leaders) to carry out sabotage against installations, initially avoiding loss of life",
        ["Umkhonto we Sizwe", "MK", "sabotage"],
      ),
    ],
    answer:
      "For almost fifty years the ANC had used peaceful methods: petitions, the Defiance Campaign (1952) and the Freedom Charter (1955). The government answered with bans and the Treason Trial. At Sharpeville in March 1960 police shot dead 69 people protesting against the pass laws; the government declared a state of emergency and banned the ANC and PAC, so legal opposition became impossible. Leaders such as Nelson Mandela concluded that non-violence alone could not work, and in 1961 Umkhonto we Sizwe ('Spear of the Nation') was set up to wage a sabotage campaign against government and economic targets, at first aiming to avoid loss of life.",
  }),
  opvl({
    key: "ps4-2-05",
    topic: "PS4.2",
    difficulty: 4,
    paper: "P1",
    stem: "**Source B** *(hypothetical source written for this exercise)*: an extract from an invented pamphlet issued by the South African government's information department in 1959 for distribution overseas.\n\n> Separate development is not oppression but good neighbourliness. Each Bantu nation will govern itself in its own homeland, preserving its language and customs, just as the white nation governs itself. Critics abroad who speak of discrimination do not understand Africa.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source B for a historian studying the policy of 'separate development'.",
    opvl: [
      "an official government publication of 1959 (the year of the Promotion of Bantu Self-Government Act), so it shows how the state officially presented its policy",
      "shows key claims of separate development: self-government in separate 'homelands', preservation of ethnic identity, denial of discrimination",
      "propaganda aimed at overseas readers to counter international criticism, so it hides the policy's real effects",
      "omits forced removals, the loss of citizenship rights, the poverty and small size of the reserves and Black South Africans' views; says nothing about how the policy worked in practice",
    ],
    answer:
      "**Value.** As an official publication from 1959, when the Verwoerd government was launching the homelands policy, it shows exactly how the state justified apartheid: as separate but equal development of 'nations', each governing itself and keeping its culture.\n\n**Limitations.** Its purpose is to improve South Africa's image abroad, so it is propaganda that presents the policy positively. It says nothing about forced removals, the fact that the homelands were small and poor, the denial of political rights in 'white' South Africa, or the opposition of most Black South Africans — evidence a historian would need to judge what separate development meant in reality.",
  }),

  // PS5.1 Rwanda
  mcq({
    key: "ps5-1-01",
    topic: "PS5.1",
    difficulty: 1,
    paper: "P1",
    stem: "Which event on 6 April 1994 was immediately followed by the start of the genocide against the Tutsi in Rwanda?",
    options: [
      "The signing of the Arusha Accords",
      "The withdrawal of all UN peacekeepers from Kigali",
      "The invasion of Rwanda by the Rwandan Patriotic Front from Uganda",
      "The shooting down of the aircraft carrying President Juvénal Habyarimana",
    ],
    correct: "D",
    why: "The plane carrying Habyarimana (and Burundi's president) was shot down over Kigali on 6 April 1994; within hours extremists began killing Tutsi and moderate Hutu. The Arusha Accords were signed in August 1993 and the RPF invasion began in October 1990.",
  }),
  written({
    key: "ps5-1-02",
    topic: "PS5.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical extract written for this exercise, in the style of a report by a UN official looking back on 1994)*\n\n> After eighteen US soldiers died in Mogadishu the previous October, no Western capital wanted another African peacekeeping mission. Our mandate allowed us to monitor a ceasefire, not to stop a massacre. When ten Belgian soldiers were murdered, Brussels withdrew its contingent, and the Security Council voted to cut the force rather than reinforce it. In New York, governments avoided the word 'genocide', because using it would have created a duty to act.\n\nAccording to Source A, why did the international community fail to stop the genocide in Rwanda? Identify **three** reasons.",
    points: [
      pt("p1", 1, "The deaths of US soldiers in Somalia (Mogadishu, 1993) made Western states unwilling to send troops", ["Somalia", "Mogadishu"]),
      pt("p2", 1, "UNAMIR's mandate was limited to monitoring / did not allow force to stop killing", ["mandate", "monitor"]),
      pt("p3", 1, "Belgium withdrew its troops after ten of its soldiers were killed", ["Belgian", "withdrew"]),
      pt("p4", 1, "The Security Council reduced the force instead of reinforcing it", ["Security Council", "cut", "reduce"]),
      pt("p5", 1, "Governments avoided calling it genocide to avoid an obligation to act", ["genocide", "word", "obligation"]),
    ],
    answer:
      "Any three (1 mark each): after the deaths of US soldiers in Mogadishu (October 1993) Western governments were unwilling to risk troops in Africa; UNAMIR's mandate only allowed monitoring; Belgium pulled out after ten of its peacekeepers were killed; the Security Council reduced the mission rather than strengthening it; governments avoided the term 'genocide' because it implied a duty to act.",
  }),
  mcq({
    key: "ps5-1-03",
    topic: "PS5.1",
    difficulty: 2,
    paper: "P1",
    stem: "What was RTLM (Radio Télévision Libre des Mille Collines)?",
    options: [
      "The radio station of the Rwandan Patriotic Front",
      "A radio station that spread anti-Tutsi propaganda and incited killing during the genocide",
      "The UN's information service in Rwanda",
      "A Belgian broadcaster that reported the genocide to Europe",
    ],
    correct: "B",
    why: "RTLM, founded in 1993 by Hutu Power extremists, dehumanized Tutsi as 'cockroaches' (inyenzi) and broadcast calls to kill during 1994. Its founders were later convicted by the International Criminal Tribunal for Rwanda in the 'Media case'.",
  }),
  written({
    key: "ps5-1-04",
    topic: "PS5.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Outline",
    stem: "Outline the role of the International Criminal Tribunal for Rwanda (ICTR).",
    points: [
      pt(
        "p1",
        1,
        "Set up by the UN Security Council (November 1994) to try those responsible for genocide and serious violations of international humanitarian law in Rwanda in 1994",
        ["Security Council", "1994"],
      ),
      pt("p2", 1, "Based in Arusha, Tanzania; tried leading organizers (politicians, military officers, media figures) rather than ordinary perpetrators", [
        "Arusha",
        "leaders",
      ]),
      pt(
        "p3",
        1,
        "Akayesu judgment (1998): first conviction for genocide by an international court, and recognition that rape could constitute an act of genocide",
        ["Akayesu", "rape", "first"],
      ),
    ],
    answer:
      "The ICTR was created by the UN Security Council in November 1994 to prosecute those responsible for the genocide and other serious crimes in Rwanda in 1994 (1). Sitting in Arusha, Tanzania, it tried senior organizers — ministers, officers and media figures — while most ordinary perpetrators were tried in Rwanda (1). In 1998 its judgment against Jean-Paul Akayesu was the first conviction for genocide by an international court and established that rape could be an act of genocide (1).",
  }),

  // PS5.2 Kosovo
  mcq({
    key: "ps5-2-01",
    topic: "PS5.2",
    difficulty: 2,
    paper: "P1",
    stem: "NATO's air campaign against the Federal Republic of Yugoslavia over Kosovo began after the failure of the Rambouillet talks. When did it start?",
    options: ["28 June 1989", "21 November 1995", "24 March 1999", "17 February 2008"],
    correct: "C",
    why: "The bombing began on 24 March 1999 and lasted 78 days, until Milošević agreed to withdraw Yugoslav forces in June. 28 June 1989 was Milošević's Gazimestan speech; November 1995 the Dayton agreement; February 2008 Kosovo's declaration of independence.",
  }),
  written({
    key: "ps5-2-02",
    topic: "PS5.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: "**Source A** *(hypothetical recollection written for this exercise, in the style of a Kosovo Albanian teacher describing the early 1990s)*\n\n> When we were locked out of the school buildings, we taught in people's houses, in basements and garages. Families who could afford it paid a voluntary tax to keep the teachers and doctors going. We held our own elections, and Rugova told us that patience and non-violence would win the sympathy of the West. Many young people began to ask how long patience could last.\n\nAccording to Source A, how did Kosovo Albanians respond to Serbian rule in the early 1990s? Identify **three** responses.",
    points: [
      pt("p1", 1, "Set up a parallel education system in private houses after being excluded from state schools", ["houses", "schools", "parallel"]),
      pt("p2", 1, "Funded their own services (teachers, doctors) through a voluntary tax", ["tax", "doctors"]),
      pt("p3", 1, "Held their own elections / created parallel political institutions", ["elections"]),
      pt("p4", 1, "Followed Rugova's strategy of non-violence to win Western sympathy", ["Rugova", "non-violence", "West"]),
      pt("p5", 1, "Growing impatience among the young with non-violence", ["young", "patience"]),
    ],
    answer:
      "Any three (1 mark each): Kosovo Albanians ran schools in private homes; they financed teachers and doctors through a voluntary tax; they organized their own elections; they followed Ibrahim Rugova's non-violent strategy aimed at gaining Western support; and some young people grew impatient with this approach (a hint of the later turn to the armed KLA).",
  }),
  mcq({
    key: "ps5-2-03",
    topic: "PS5.2",
    difficulty: 3,
    paper: "P1",
    stem: "Which UN Security Council resolution of June 1999 placed Kosovo under an interim UN administration (UNMIK) supported by a NATO-led security force (KFOR)?",
    options: ["Resolution 242", "Resolution 678", "Resolution 1244", "Resolution 1441"],
    correct: "C",
    why: "Resolution 1244 (10 June 1999) established UNMIK and authorized KFOR while leaving Kosovo's final status open. Resolution 242 (1967) concerned the Arab–Israeli conflict, 678 (1990) Iraq's occupation of Kuwait and 1441 (2002) Iraqi disarmament.",
  }),
  opvl({
    key: "ps5-2-04",
    topic: "PS5.2",
    difficulty: 4,
    paper: "P1",
    stem: "**Source B** *(hypothetical source written for this exercise)*: an extract from an invented NATO press briefing given in April 1999.\n\n> Our aim is simple: to stop the ethnic cleansing of Kosovo. Every day more refugees cross into Albania and Macedonia. Diplomacy was exhausted at Rambouillet. The Alliance acts because it cannot stand by while a European government expels its own citizens.\n\nWith reference to its origin, purpose and content, analyse the value and limitations of Source B for a historian studying the reasons for NATO's intervention in Kosovo.",
    opvl: [
      "an official statement made during the campaign, so it shows the reasons NATO itself publicly gave for its action",
      "reveals the humanitarian justification (ethnic cleansing, refugee flows into Albania and Macedonia) and the claim that diplomacy had been exhausted at Rambouillet",
      "a press briefing aims to win public support for an ongoing war, so it may simplify motives and omit others (credibility of NATO, regional stability, Bosnia precedent)",
      "does not address the lack of UN Security Council authorization or criticism of the bombing (civilian casualties, the increase in expulsions after bombing began); gives no Serbian or Russian perspective",
    ],
    answer:
      "**Value.** Given during the bombing, the briefing shows how NATO publicly justified the campaign: to halt ethnic cleansing and a refugee crisis, after diplomacy failed at Rambouillet. It is direct evidence of the humanitarian argument for intervention.\n\n**Limitations.** Its purpose was to maintain public support for a controversial war, so it presents motives in their most favourable light and leaves out others historians discuss, such as NATO's credibility after Bosnia and fear of instability spreading in the Balkans. It ignores the absence of UN Security Council authorization and the debate over whether the bombing accelerated expulsions, and it gives no Yugoslav or Russian perspective.",
  }),
];

// More Paper 1 'message' questions (2 marks)
const prescribed4: QuestionInput[] = [
  written({
    key: "ps1-2-04",
    topic: "PS1.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: '**Source D** *(hypothetical image, described in words, written for this exercise; imagined as a nineteenth-century English painting)*\n\n> Richard I, in shining armour and a red cross on his surcoat, sits on a rearing white horse at the front of a charge. Behind him the crusader army follows with banners raised; in the distance the enemy is in flight. The painting is titled "The Lionheart" and hung in a public gallery in London.\n\nWhat is the message of Source D?',
    points: [
      pt("p1", 1, "Richard I is shown as a heroic / brave warrior-king leading from the front (the 'Lionheart')", ["heroic", "brave", "leading", "Lionheart"]),
      pt("p2", 1, "It celebrates Richard as an English national hero / presents the crusade as glorious and victorious", [
        "national",
        "glorious",
        "English",
        "victory",
      ]),
    ],
    answer:
      "The image presents Richard as a fearless warrior-king who leads his men personally into battle (1), and glorifies him — and the crusade — as a triumphant English national hero, an image that later generations built up (1). (Awareness that a nineteenth-century image says more about its own time's view of Richard than about the twelfth century is good practice but not needed for the marks.)",
  }),
  written({
    key: "ps2-2-05",
    topic: "PS2.2",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: "**Source E** *(hypothetical image, described in words, written for this exercise; imagined as a sixteenth-century drawing made in Tlaxcala)*\n\n> A line of Tlaxcalan warriors in feathered armour, far larger in number than the few Spaniards on horseback beside them, marches towards a city on a lake. At the head of the column, a Tlaxcalan lord and Cortés walk side by side, and an interpreter stands between them.\n\nWhat is the message of Source E?",
    points: [
      pt("p1", 1, "The Tlaxcalans played the major / decisive part in the conquest of Tenochtitlan — they far outnumbered the Spaniards", [
        "Tlaxcalan",
        "outnumbered",
        "major",
      ]),
      pt("p2", 1, "The Tlaxcalans were equal partners / allies of the Spaniards, not subjects (lord and Cortés side by side)", ["allies", "partners", "equal"]),
    ],
    answer:
      "The drawing stresses that the conquest of the Mexica capital was carried out mainly by the Tlaxcalans, who vastly outnumbered the Spaniards (1), and presents them as equal allies of Cortés rather than conquered subjects — the lord walks beside him, with an interpreter negotiating between them (1). A Tlaxcalan origin would explain why the drawing emphasizes their role: after the conquest, the Tlaxcalans used their alliance to claim privileges from the Spanish crown.",
  }),
  written({
    key: "ps3-2-06",
    topic: "PS3.2",
    difficulty: 2,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: '**Source F** *(hypothetical cartoon, described in words, written for this exercise; imagined as published in a British newspaper in March 1936)*\n\n> A German soldier strides across a bridge over the Rhine, carrying a signpost that reads "Versailles — Locarno" snapped in two. On the far bank, two figures labelled "Britain" and "France" stand holding umbrellas and looking the other way. The caption reads: "Nothing to see here."\n\nWhat is the message of Source F?',
    points: [
      pt("p1", 1, "Germany's remilitarization of the Rhineland broke the Treaty of Versailles and the Locarno Treaties", [
        "Rhineland",
        "Versailles",
        "Locarno",
        "broke",
      ]),
      pt("p2", 1, "Britain and France deliberately ignored / failed to respond to the breach (appeasement)", [
        "ignored",
        "failed",
        "appeasement",
        "looking the other way",
      ]),
    ],
    answer:
      "The cartoon shows Germany openly breaking both the Treaty of Versailles and the Locarno Treaties by sending troops into the Rhineland (1), while Britain and France choose to look away and do nothing, criticizing their policy of appeasement (1).",
  }),
  written({
    key: "ps5-1-05",
    topic: "PS5.1",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    term: "Interpret",
    stem: '**Source B** *(hypothetical cartoon, described in words, written for this exercise; imagined as published in an African newspaper in May 1994)*\n\n> Around a polished table labelled "UN Security Council", diplomats consult thick dictionaries open at the letter G. Through the window behind them, a village is burning. One diplomat says: "We must be quite sure of the correct word before we do anything."\n\nWhat is the message of Source B?',
    points: [
      pt("p1", 1, "The Security Council / international community avoided calling the killing in Rwanda 'genocide' (arguing over terminology)", [
        "genocide",
        "word",
        "terminology",
      ]),
      pt("p2", 1, "This delay meant it failed to act while people were being killed / criticism of international inaction and indifference", [
        "inaction",
        "failed to act",
        "indifference",
      ]),
    ],
    answer:
      "The cartoon criticizes the Security Council for debating whether the killing in Rwanda could be called 'genocide' (1) while the violence continued unchecked, so that argument over words became an excuse for not acting (1).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// World history topics (Paper 2)
// ─────────────────────────────────────────────────────────────────────────────
const worldHistory1: QuestionInput[] = [
  // WH1 Society and economy (750–1400)
  mcq({
    key: "wh1-01",
    topic: "WH1",
    difficulty: 2,
    paper: "P2",
    stem: "What was the main aim of the English Statute of Labourers (1351)?",
    options: [
      "To hold wages at their pre-plague levels and stop labourers moving in search of better pay",
      "To abolish serfdom in England",
      "To introduce a poll tax to pay for the war with France",
      "To quarantine towns struck by plague",
    ],
    correct: "A",
    why: "After the Black Death killed a large share of the population, labour became scarce and wages rose; the Ordinance (1349) and Statute of Labourers (1351) tried to fix wages at pre-plague rates. Resentment at such controls, and later at the poll taxes, fed into the Peasants' Revolt of 1381.",
  }),
  essay({
    key: "wh1-02",
    topic: "WH1",
    difficulty: 4,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the social and economic consequences of the Black Death, in **one** region, in the period 1347–1400.",
    knowledge:
      "the arrival of plague in Europe in 1347 (via Sicily) and its spread in 1348–1351; the heavy death toll (commonly estimated at between a third and a half of Europe's population); labour shortages and rising wages; the English Ordinance (1349) and Statute (1351) of Labourers; the Peasants' Revolt (1381); persecution of Jews and the flagellant movement",
    analysis:
      "explaining how the fall in population changed the balance between landlords and labourers, and distinguishing short-term shock from long-term change (e.g. the slow decline of serfdom)",
    perspectives:
      "whether the plague caused change or accelerated trends already under way (e.g. population pressure and famine before 1347); differences between town and countryside or between social groups",
    conclusion:
      "for example, that the Black Death's greatest economic effect was to strengthen the bargaining power of surviving labourers, while its social effects (fear, scapegoating, unrest) were more varied and often shorter-lived",
    keyPoints: [
      "Demographic shock: plague reached Sicily in 1347 and spread across Europe by 1351; estimates of deaths range from about a third to a half of the population, and there were later outbreaks (e.g. in England in 1361).",
      "Economic: labour scarcity pushed up wages and lowered rents; some land went out of cultivation or was turned to pasture; lords tried to restore control through legislation (in England the Ordinance of 1349 and Statute of Labourers of 1351).",
      "Social tension: attempts to freeze wages and restrict movement, then the poll taxes of 1377–1381, contributed to the Peasants' Revolt of 1381 (Wat Tyler); the revolt failed in the short term but serfdom continued to decline.",
      "Religious and cultural: flagellant processions; Jews were blamed and massacred in many towns (e.g. Strasbourg, 1349); some historians argue confidence in the Church was shaken as clergy died in large numbers.",
      "Perspective: some argue the plague accelerated existing changes (overpopulation and the Great Famine of 1315–1317 had already strained society) rather than creating them.",
    ],
    plan: "Introduction: define the region (e.g. England) and argue that the Black Death transformed the economy mainly by making labour scarce. Paragraph 1: scale of mortality and immediate disruption. Paragraph 2: economic consequences — wages, rents, land use — with evidence. Paragraph 3: the landlords' response (labour legislation) and peasant resistance leading to 1381. Paragraph 4: social and religious responses. Paragraph 5: counter-argument — continuity and pre-existing trends. Conclusion: weigh short-term versus long-term effects and answer the question directly.",
  }),

  // WH2 Causes and effects of medieval wars (750–1500)
  mcq({
    key: "wh2-01",
    topic: "WH2",
    difficulty: 1,
    paper: "P2",
    stem: "Which English king led his army to victory over the French at the Battle of Agincourt in 1415?",
    options: ["Edward III", "Richard II", "Henry V", "Henry VI"],
    correct: "C",
    why: "Henry V won at Agincourt on 25 October 1415, largely thanks to his longbowmen and the muddy ground. Edward III had won at Crécy (1346); Henry VI's reign saw the loss of almost all English lands in France by 1453.",
  }),
  essay({
    key: "wh2-02",
    topic: "WH2",
    difficulty: 3,
    paper: "P2",
    term: "Examine",
    stem: "Examine the causes of the Hundred Years' War (1337–1453).",
    knowledge:
      "Edward III's claim to the French throne through his mother Isabella after the direct Capetian line ended in 1328 and Philip VI of Valois was crowned; the status of Gascony (Aquitaine) and the homage owed for it; Philip VI's confiscation of Gascony in 1337; English wool exports to Flanders; the Franco-Scottish alliance",
    analysis:
      "separating long-term causes (the English king holding French land as a vassal of the French king) from short-term triggers (the confiscation of 1337, Edward's claim to the throne in 1340), and economic from dynastic motives",
    perspectives:
      "historians debate whether Edward III's claim to the French crown was a genuine aim or a bargaining tool to secure full sovereignty over Gascony",
    conclusion:
      "for example, that the feudal problem of Gascony made conflict likely, while the succession crisis of 1328 and Flemish and Scottish issues turned a feudal dispute into a long dynastic war",
    keyPoints: [
      "Feudal/territorial: English kings held Gascony as vassals of the French king, a source of repeated friction; Philip VI declared Gascony confiscated in 1337.",
      "Dynastic: after Charles IV died in 1328 without a son, Philip of Valois became king; Edward III, grandson of Philip IV through his mother Isabella, had a claim and assumed the title King of France in 1340.",
      "Economic: England's wool trade with Flanders linked English prosperity to a region whose count was a French vassal; Flemish towns backed Edward.",
      "Scotland: France supported the Scots against England (the 'Auld Alliance'), and Philip VI sheltered David II.",
      "Other factors: naval clashes and piracy in the Channel; noble desire for glory, ransom and plunder.",
      "Judgement: most historians see Gascony as the underlying cause and the throne claim as a weapon that made compromise harder.",
    ],
    plan: "Introduction: thesis that the war grew from a feudal dispute over Gascony that a dynastic crisis made insoluble. Body: (1) Gascony and homage; (2) the succession of 1328 and Edward's claim; (3) Flanders and the wool trade; (4) Scotland and the Channel; (5) debate over Edward's real aims. Conclusion: rank the causes and explain the link between them.",
  }),

  // WH3 Dynasties and rulers (750–1500)
  mcq({
    key: "wh3-01",
    topic: "WH3",
    difficulty: 1,
    paper: "P2",
    stem: "Charlemagne was crowned emperor in Rome on Christmas Day in the year 800 by:",
    options: ["Pope Gregory VII", "Pope Innocent III", "Pope Urban II", "Pope Leo III"],
    correct: "D",
    why: "Pope Leo III crowned Charlemagne in St Peter's on 25 December 800. Gregory VII clashed with Henry IV in the Investiture Contest (1070s), Urban II launched the First Crusade (1095) and Innocent III was pope 1198–1216.",
  }),
  essay({
    key: "wh3-02",
    topic: "WH3",
    difficulty: 4,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate the methods used by **one** ruler, in the period 750–1500, to maintain power.",
    knowledge:
      "for Charlemagne: military campaigns (conquest of the Lombard kingdom in 774, the long Saxon wars), counts governing districts, the missi dominici who inspected them, capitularies, the alliance with the papacy and coronation of 800, the court at Aachen and patronage of learning (Alcuin); for William I of England: castles, redistribution of land to Norman followers, the Harrying of the North (1069–1070), the Domesday survey (1086), control of the Church (Lanfranc)",
    analysis:
      "judging how effective each method was, and how methods worked together (e.g. military success produced land and plunder to reward loyal followers)",
    perspectives:
      "whether power depended on the ruler personally (shown by what happened after his death, e.g. the division of the Carolingian empire after 840) or on lasting institutions",
    conclusion: "a judgement on which methods were most effective and why, linked to the ruler's circumstances",
    keyPoints: [
      "Choose one ruler and stay with 'methods to maintain power' (not just how he gained it).",
      "Force: campaigns and conquest (Charlemagne's Saxon wars; William I's castles and the Harrying of the North).",
      "Administration: counts and missi dominici with written capitularies (Charlemagne); Domesday survey and sheriffs (William I).",
      "Legitimacy and religion: papal coronation of 800 and sponsorship of Church reform; William's papal banner and Church reform under Lanfranc.",
      "Patronage and loyalty: grants of land and office to followers; oaths of loyalty (e.g. the Oath of Salisbury, 1086).",
      "Evaluation: how far the system survived the ruler (the Carolingian empire was divided by the Treaty of Verdun in 843; Norman rule in England endured).",
    ],
    plan: "Introduction: name the ruler and argue which method was most important. Body: one section per method (military, administrative, religious/ideological, patronage), each with evidence and an evaluation of its success and limits. Final section: long-term effectiveness after the ruler's death. Conclusion: a clear overall judgement.",
  }),

  // WH4 Societies in transition (1400–1700)
  mcq({
    key: "wh4-01",
    topic: "WH4",
    difficulty: 1,
    paper: "P2",
    stem: "In which city did Johannes Gutenberg develop printing with movable metal type and print his Bible in the 1450s?",
    options: ["Venice", "Mainz", "Wittenberg", "Antwerp"],
    correct: "B",
    why: "Gutenberg worked in Mainz, where his Bible was completed around 1455. Venice later became a leading printing centre; Wittenberg was Luther's town; Antwerp became a major centre of the book trade in the sixteenth century.",
  }),
  essay({
    key: "wh4-02",
    topic: "WH4",
    difficulty: 4,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent did the printing press transform European society between 1450 and 1600?",
    knowledge:
      "Gutenberg's movable type (Mainz, 1450s) and the rapid spread of printing to other towns; Luther's Ninety-five Theses (1517) and pamphlets, vernacular Bibles (e.g. Luther's German New Testament, 1522); scientific works such as Copernicus's De revolutionibus and Vesalius's De humani corporis fabrica (both 1543); censorship such as the papal Index of Prohibited Books (1559)",
    analysis: "showing how print changed the speed, cost and reach of communication, and linking this to religious, intellectual and political change",
    perspectives:
      "the view (associated with Elizabeth Eisenstein) that print was an 'agent of change', against historians who stress continuity: low literacy, the continuing importance of oral and manuscript culture and of images",
    conclusion:
      "for example, that print transformed the circulation of ideas among literate elites and made the Reformation impossible to suppress, but changed everyday life for the illiterate majority more slowly",
    keyPoints: [
      "Printing made books cheaper and faster to produce and spread identical texts widely.",
      "Reformation: Luther's works circulated in huge numbers after 1517; print made Protestant ideas hard to contain, and Catholic authorities also used print (and censorship, e.g. the Index of 1559).",
      "Learning and science: standardized texts, illustrations and tables aided scholarship (Copernicus and Vesalius, 1543); humanist editions of classical texts spread.",
      "Language and identity: vernacular printing helped to standardize languages.",
      "Limits: literacy was low, especially among peasants and women; ideas spread through sermons, songs and images read aloud; manuscript culture continued.",
      "Judgement on 'to what extent': weigh transformation against continuity, distinguishing elites from the majority.",
    ],
    plan: "Introduction: define 'transform' and give a thesis (a major but uneven transformation). Body: (1) technology and book production; (2) religion and the Reformation; (3) science and humanist learning; (4) politics, censorship and language; (5) limits — literacy and continuity. Conclusion: answer 'to what extent' with a clear judgement.",
  }),

  // WH5 Early Modern states (1450–1789)
  mcq({
    key: "wh5-01",
    topic: "WH5",
    difficulty: 2,
    paper: "P2",
    stem: "Peter the Great founded St Petersburg, later his capital, on land taken from Sweden during the Great Northern War, in:",
    options: ["1682", "1698", "1703", "1721"],
    correct: "C",
    why: "St Petersburg was founded in May 1703. 1682 marks Peter's accession (jointly with his half-brother Ivan V), 1698 the crushing of the streltsy revolt and 1721 the Treaty of Nystad ending the war with Sweden (and the creation of the Holy Synod).",
  }),
  essay({
    key: "wh5-02",
    topic: "WH5",
    difficulty: 5,
    paper: "P2",
    term: "Compare and contrast",
    stem: "Compare and contrast the methods used by **two** Early Modern rulers, each from a different region, to strengthen royal authority.",
    knowledge:
      "for Louis XIV of France: ruling without a chief minister after 1661, intendants, the court at Versailles (official residence from 1682), the Revocation of the Edict of Nantes (1685), Colbert's mercantilist policies, the Estates-General never summoned; for Peter I of Russia: crushing the streltsy (1698), the Senate (1711), colleges, the Table of Ranks (1722), the Holy Synod replacing the patriarchate (1721), a conscript army and navy, westernization measures",
    analysis: "comparing in a point-by-point structure (nobility, Church, army, economy, image) rather than describing each ruler separately",
    perspectives:
      "debates over how 'absolute' each ruler really was (e.g. Louis XIV's reliance on cooperation with elites; Peter's dependence on the nobility)",
    conclusion:
      "a judgement on the most important similarities and differences and why they existed (e.g. different starting points of the French and Russian states)",
    keyPoints: [
      "Similarity — taming the nobility: Louis drew nobles to court at Versailles and relied on intendants; Peter bound nobles to state service through the Table of Ranks.",
      "Similarity — control of religion: Louis revoked the Edict of Nantes (1685) to impose religious unity; Peter abolished the patriarchate and set up the Holy Synod (1721) under state control. Difference: Louis enforced Catholic uniformity, Peter subordinated the Church to the state.",
      "Similarity — military power as the basis of authority: large standing armies; Peter also built a navy from scratch and reformed the army after Narva (1700).",
      "Difference — Peter forcibly westernized culture (beard tax, dress, new capital St Petersburg), while Louis used culture and ceremony (Versailles, the 'Sun King' image) to display power.",
      "Difference — violence: Peter used harsh repression (streltsy executions, the death of his son Alexei in 1718); Louis relied more on patronage and ceremony, though he used force against Huguenots.",
      "A good answer uses a comparative structure throughout and explains differences by context.",
    ],
    plan: "Introduction: name both rulers and state the main similarity and difference. Body organized by theme — nobility, Church, army, administration, image/culture — comparing both rulers in every paragraph. Conclusion: explain why the methods differed (France's established institutions versus Russia's perceived backwardness).",
  }),

  // WH6 Causes and effects of Early Modern wars (1500–1750)
  mcq({
    key: "wh6-01",
    topic: "WH6",
    difficulty: 1,
    paper: "P2",
    stem: "Which settlement ended the Thirty Years' War in 1648?",
    options: ["The Peace of Augsburg", "The Treaty of Utrecht", "The Peace of Westphalia", "The Peace of the Pyrenees"],
    correct: "C",
    why: "The treaties of Osnabrück and Münster (the Peace of Westphalia, 1648) ended the war and recognized Calvinism alongside Lutheranism and Catholicism in the Empire. Augsburg (1555) was the earlier religious settlement; the Pyrenees (1659) ended the Franco-Spanish war; Utrecht (1713) the War of the Spanish Succession.",
  }),
  essay({
    key: "wh6-02",
    topic: "WH6",
    difficulty: 4,
    paper: "P2",
    term: "Examine",
    stem: "Examine the reasons for the outbreak of the Thirty Years' War in 1618.",
    knowledge:
      "the Peace of Augsburg (1555) and its principle cuius regio, eius religio, which excluded Calvinism; the formation of the Protestant Union (1608) and Catholic League (1609); the Bohemian revolt and the Defenestration of Prague (May 1618) against the Catholic Habsburg Ferdinand of Styria; the Bohemian estates' offer of the crown to Frederick V of the Palatinate (1619)",
    analysis:
      "distinguishing long-term religious and constitutional tensions in the Holy Roman Empire from the immediate trigger in Bohemia, and explaining why a local revolt widened into a general war",
    perspectives:
      "historians debate whether the war was mainly religious or mainly political (Habsburg power versus princely 'liberties' and foreign rivals such as France, Sweden and the Dutch)",
    conclusion: "for example, that religious division created the armed blocs but the fear of Habsburg power explains why the Bohemian revolt escalated",
    keyPoints: [
      "Augsburg (1555) left Calvinism unrecognized and disputes over Church lands unresolved.",
      "Confessional alliances: the Protestant Union (1608, led by the Palatinate) and the Catholic League (1609, led by Bavaria).",
      "Bohemia: the Catholic Ferdinand of Styria, heir to the Habsburg lands, was seen as threatening Protestant rights; in May 1618 Protestant nobles threw royal officials from a window in Prague Castle.",
      "Escalation: the Bohemians chose Frederick V of the Palatinate as king (1619); the Catholic victory at the White Mountain (1620) drew in wider powers.",
      "Political and international dimensions: princely fears of imperial power; Spain's interest in its route to the Netherlands and the end of the Twelve Years' Truce (1621).",
    ],
    plan: "Introduction: thesis that religious tension was necessary but political fear of Habsburg power made war spread. Body: (1) Augsburg and its gaps; (2) the armed alliances; (3) Bohemia and 1618; (4) constitutional and dynastic issues; (5) foreign interests. Conclusion: rank and link causes.",
  }),
];

const worldHistory2: QuestionInput[] = [
  // WH7 Industrialization (1750–2005)
  mcq({
    key: "wh7-01",
    topic: "WH7",
    difficulty: 2,
    paper: "P2",
    stem: "The Liverpool and Manchester Railway, opened in 1830, is significant because it was:",
    options: [
      "the first railway anywhere to use rails",
      "the first railway to use electric traction",
      "the first railway in Britain built with state funding and run by the government",
      "the first inter-city line carrying passengers and goods by steam to a timetable",
    ],
    correct: "D",
    why: "Opened in September 1830, after Stephenson's Rocket won the Rainhill trials (1829), it was the first inter-city line relying entirely on steam locomotives for scheduled passenger and goods services. Horse-drawn wagonways had used rails long before; British railways were privately financed.",
  }),
  essay({
    key: "wh7-02",
    topic: "WH7",
    difficulty: 4,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent was the availability of natural resources the main reason for the industrialization of **one** country?",
    knowledge:
      "for Britain: accessible coal and iron ore; water power; agricultural change that raised food output and freed labour; capital from trade and banking; inventions in textiles (e.g. Hargreaves's spinning jenny, Arkwright's water frame) and Watt's improved steam engine (patented 1769); canals (e.g. the Bridgewater Canal, 1761) and later railways; overseas markets and raw cotton from the colonies and the slave economy of the Americas; political stability and protection of property",
    analysis:
      "assessing the interaction between resources and other factors (e.g. coal mattered because steam technology could use it), rather than listing causes",
    perspectives:
      "different explanations offered by historians, e.g. an emphasis on high wages and cheap energy encouraging labour-saving invention (R. C. Allen), on culture and institutions, or on empire and slavery (E. Williams, K. Pomeranz)",
    conclusion: "a clear judgement on whether resources were the main reason, a necessary condition, or one factor among several",
    keyPoints: [
      "Resources: coal and iron ore close together and near water transport; coal as the key energy source for steam power.",
      "Other necessary conditions: agricultural improvement, population growth, capital and banking, entrepreneurship.",
      "Technology: textile machinery and steam power turned resources into productivity.",
      "Transport: canals and railways cut costs and linked markets.",
      "Markets and empire: overseas trade, colonial raw materials and the Atlantic slave economy.",
      "Alternative cases work too (e.g. Japan after 1868, which lacked many raw materials and industrialized through state-led policy — a strong counter-example to the resources argument).",
    ],
    plan: "Introduction: choose the country and give a thesis (resources were necessary but not sufficient). Body: (1) resources; (2) agriculture and population; (3) capital and institutions; (4) technology; (5) transport; (6) trade and empire — each linked back to resources. Conclusion: weigh resources against the other factors and answer 'to what extent'.",
  }),

  // WH8 Independence movements (1800–2000)
  mcq({
    key: "wh8-01",
    topic: "WH8",
    difficulty: 1,
    paper: "P2",
    stem: "Gandhi's Salt March of 1930 was a campaign of civil disobedience against:",
    options: ["the partition of Bengal", "the British monopoly and tax on salt", "the Rowlatt Act", "the all-British membership of the Simon Commission"],
    correct: "B",
    why: "In March–April 1930 Gandhi marched from Sabarmati to Dandi on the coast and made salt in defiance of the British salt laws, launching a mass civil disobedience campaign. The partition of Bengal was in 1905 and the Rowlatt Act in 1919, and the all-British Simon Commission was boycotted on its arrival in 1928.",
  }),
  essay({
    key: "wh8-02",
    topic: "WH8",
    difficulty: 4,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the reasons for the success of **one** independence movement.",
    knowledge:
      "for India: the Indian National Congress (founded 1885), Gandhi's mass campaigns (non-cooperation 1920–1922, the Salt March 1930, Quit India 1942), the Second World War's impact on Britain, the Labour government elected in 1945, the Royal Indian Navy mutiny (1946), independence and partition in August 1947; for Ghana: Nkrumah's Convention People's Party (1949), 'Positive Action' (1950), electoral victories from 1951, independence in March 1957",
    analysis:
      "weighing the movement's own strengths (leadership, organization, mass support) against external factors (the weakness of the colonial power, international pressure)",
    perspectives:
      "nationalist interpretations that stress the movement's struggle versus interpretations that stress British decisions, economic weakness after 1945 and international context",
    conclusion: "a judgement on the relative weight of internal and external factors",
    keyPoints: [
      "Leadership and ideology (e.g. Gandhi's satyagraha, Nehru; Nkrumah's 'Self-Government Now').",
      "Organization and mass mobilization (Congress branches, CPP youth wings, boycotts, strikes).",
      "Impact of the Second World War: Britain's economic exhaustion, promises of self-government, returning soldiers.",
      "Colonial power's policy: the Attlee government's decision to withdraw from India; British willingness to transfer power to Nkrumah after 1951.",
      "International pressure: the United States and the UN favoured decolonization.",
      "Complications: communal division and the Muslim League in India (partition) show the limits of 'success'.",
    ],
    plan: "Introduction: choose the movement and state whether internal or external factors mattered more. Body: (1) leadership; (2) mass movement and methods; (3) the war and the colonial power's weakness; (4) international context; (5) limits of success. Conclusion: a balanced judgement.",
  }),

  // WH9 Democratic states (1848–2000)
  mcq({
    key: "wh9-01",
    topic: "WH9",
    difficulty: 2,
    paper: "P2",
    stem: "Under Article 48 of the Weimar Constitution (1919), the President of Germany could:",
    options: [
      "dissolve the state governments permanently",
      "rule by emergency decree in a crisis, suspending certain civil rights",
      "appoint members of the Reichstag",
      "veto any law passed by the Reichstag",
    ],
    correct: "B",
    why: "Article 48 let the President issue emergency decrees. From 1930 Chancellor Brüning governed largely by presidential decree, weakening parliamentary government; in February 1933 the Reichstag Fire Decree, issued under Article 48, suspended civil liberties.",
  }),
  essay({
    key: "wh9-02",
    topic: "WH9",
    difficulty: 4,
    paper: "P2",
    term: "Evaluate",
    stem: "Evaluate the success of **one** democratic state in dealing with economic problems.",
    knowledge:
      "for the United States under Franklin D. Roosevelt: the banking crisis and the Emergency Banking Act (March 1933), the 'Hundred Days', the Agricultural Adjustment Act, the Civilian Conservation Corps, the Tennessee Valley Authority, the Social Security Act and the Wagner Act (1935), the recession of 1937–1938, and recovery during the Second World War",
    analysis: "using criteria for success (recovery of output, employment, confidence, reform and long-term stability) and testing them against evidence",
    perspectives:
      "liberal views of the New Deal as saving democracy and capitalism; conservative criticism of deficits and federal power; left critiques that it did too little; the view that only war spending ended the Depression",
    conclusion:
      "a judgement that distinguishes relief, recovery and reform (e.g. successful in restoring confidence and creating lasting reforms, less successful in achieving full recovery before 1941)",
    keyPoints: [
      "Define success with clear criteria.",
      "Relief: emergency bank measures restored confidence; work-relief agencies employed millions.",
      "Recovery: output and employment improved after 1933 but unemployment remained high; the 1937–1938 recession followed spending cuts.",
      "Reform: Social Security (1935), labour rights (Wagner Act, 1935), financial regulation (e.g. deposit insurance) had long-term effects.",
      "Political success: democracy survived, unlike in several European states.",
      "Other democracies can be used (e.g. Britain's National Government, or a post-1945 democracy).",
    ],
    plan: "Introduction: set criteria and thesis. Body: relief, recovery, reform, each evaluated with evidence; a paragraph on limits and criticism; a paragraph on political consequences. Conclusion: overall judgement based on the criteria.",
  }),

  // WH10 Authoritarian states
  mcq({
    key: "wh10-01",
    topic: "WH10",
    difficulty: 2,
    paper: "P2",
    stem: "The Lateran Agreements of 1929 between Mussolini's government and the Papacy:",
    options: [
      "banned Catholic youth organizations in Italy",
      "gave the Pope a veto over Italian foreign policy and education in Catholic regions",
      "ended Italy's membership of the League of Nations in return for papal support",
      "recognized Vatican City as independent and made Catholicism Italy's state religion",
    ],
    correct: "D",
    why: "The Lateran Pacts (February 1929) created the sovereign Vatican City, recognized Catholicism as the state religion and compensated the Papacy for lost territory, ending the dispute that began with Italian unification and winning Mussolini Catholic support.",
  }),
  mcq({
    key: "wh10-02",
    topic: "WH10",
    difficulty: 2,
    paper: "P2",
    stem: "During the 'Night of the Long Knives' (30 June – 2 July 1934), Hitler had the leadership of which organization purged?",
    options: ["The SS", "The SA (Sturmabteilung)", "The Gestapo", "The Hitler Youth"],
    correct: "B",
    why: "Ernst Röhm and other SA leaders, along with political opponents such as Kurt von Schleicher, were murdered by the SS. The purge reassured the army, which swore a personal oath to Hitler after Hindenburg's death in August 1934.",
  }),
  essay({
    key: "wh10-03",
    topic: "WH10",
    difficulty: 3,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the conditions that led to the emergence of **one** authoritarian state.",
    knowledge:
      "for Germany: defeat in 1918 and the 'stab-in-the-back' myth, resentment of the Treaty of Versailles, hyperinflation (1923), the Depression after 1929 and mass unemployment, the weaknesses of the Weimar system (proportional representation, Article 48, rule by decree from 1930), the Nazi vote in 1932, and the intrigue of conservative elites (Papen, Hindenburg) that led to Hitler's appointment as Chancellor on 30 January 1933",
    analysis:
      "distinguishing long-term conditions from the short-term circumstances that made power possible, and explaining how economic crisis translated into political support",
    perspectives:
      "structuralist explanations (conditions, crisis) versus intentionalist/elite-focused explanations (Hitler's leadership, backstairs intrigue); debates over who voted Nazi",
    conclusion:
      "for example, that the Depression was the decisive condition but that Hitler came to power through the choices of conservative elites rather than a majority vote",
    keyPoints: [
      "Political: weak coalition governments; the use of Article 48 from 1930 weakened parliament.",
      "Economic: hyperinflation (1923) and the Depression (unemployment around six million by early 1932) discredited the Republic.",
      "Social/ideological: nationalist resentment of Versailles; fear of communism among the middle classes and elites.",
      "Nazi strengths: propaganda, organization, Hitler's appeal, the SA.",
      "Short term: the Nazis were the largest party after July 1932 but lost votes in November 1932; Papen persuaded Hindenburg to appoint Hitler in January 1933.",
      "Other states can be used (e.g. Italy, the USSR, China, Cuba).",
    ],
    plan: "Introduction: thesis about the most important condition. Body: political, economic, social/ideological conditions; then the role of individuals and the final intrigue. Conclusion: link conditions to the moment of emergence and make a judgement.",
  }),
  essay({
    key: "wh10-04",
    topic: "WH10",
    difficulty: 5,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent did **one** authoritarian leader rely on terror to maintain power?",
    knowledge:
      "for Stalin: the NKVD, the Gulag, the show trials of old Bolsheviks (1936–1938), the Great Terror of 1937–1938 and the purge of the Red Army officer corps (including Tukhachevsky, 1937); alongside propaganda and the cult of personality, control of education and culture (socialist realism), the 1936 Constitution, social mobility for a new generation of officials (the vydvizhentsy), and the Five-Year Plans",
    analysis: "assessing the relationship between terror and other methods (fear combined with belief and reward) and how it changed over time",
    perspectives:
      "totalitarian interpretations stressing top-down terror (e.g. Robert Conquest) versus 'revisionist' social historians stressing local pressures, popular participation and genuine support (e.g. Sheila Fitzpatrick)",
    conclusion:
      "a judgement on 'to what extent', e.g. terror was central in the 1930s but power also rested on propaganda, ideology and the interests of those who benefited",
    keyPoints: [
      "Terror: secret police, camps, show trials; hundreds of thousands executed in 1937–1938; the army purge.",
      "Propaganda: the cult of Stalin, rewriting history, control of the press and arts.",
      "Ideology and belief: many citizens believed in building socialism and in threats from 'enemies'.",
      "Reward and mobility: new elites promoted into posts vacated by the purges; Stakhanovite rewards.",
      "Weakness of opposition: rivals defeated politically in the 1920s before terror was used against them.",
      "Judgement: terror was a key but not the sole method; other leaders (Hitler, Mao, Castro) may be used.",
    ],
    plan: "Introduction: thesis on the extent of reliance on terror. Body: (1) the machinery and scale of terror; (2) propaganda and the cult of personality; (3) ideology, education and genuine support; (4) reward and social mobility; (5) historiographical debate. Conclusion: answer 'to what extent'.",
  }),
];

const worldHistory3: QuestionInput[] = [
  // WH11 Causes and effects of 20th-century wars
  mcq({
    key: "wh11-01",
    topic: "WH11",
    difficulty: 2,
    paper: "P2",
    stem: "What was the central idea of Germany's Schlieffen Plan, put into effect in August 1914?",
    options: [
      "To defeat France quickly by advancing through Belgium, before Russia could fully mobilize",
      "To defeat Russia quickly before turning west against France",
      "To stay on the defensive in the west and wait for a British blockade to fail",
      "To invade Britain by sea before its army could be expanded",
    ],
    correct: "A",
    why: "The plan aimed to avoid a long two-front war by knocking out France within weeks through a wide sweep via Belgium, then turning east. The invasion of neutral Belgium brought Britain into the war on 4 August 1914; the plan failed at the Marne in September 1914.",
  }),
  mcq({
    key: "wh11-02",
    topic: "WH11",
    difficulty: 2,
    paper: "P2",
    stem: "The Basque town of Guernica was destroyed by bombing in April 1937, during the Spanish Civil War, by aircraft of:",
    options: [
      "the Soviet air force supporting the Republic",
      "the Republican air force attacking a Nationalist garrison",
      "the French air force enforcing non-intervention",
      "the German Condor Legion (with Italian aircraft) supporting the Nationalists",
    ],
    correct: "D",
    why: "Guernica was bombed on 26 April 1937 by the German Condor Legion, with Italian participation, in support of Franco's Nationalists. Britain and France pursued non-intervention, while the USSR aided the Republic.",
  }),
  essay({
    key: "wh11-03",
    topic: "WH11",
    difficulty: 4,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent was the alliance system responsible for the outbreak of the First World War?",
    knowledge:
      "the Triple Alliance (1882), the Franco-Russian alliance (1894), the Entente Cordiale (1904) and Anglo-Russian Entente (1907); the assassination of Franz Ferdinand at Sarajevo (28 June 1914); Germany's 'blank cheque' to Austria-Hungary; the Austrian ultimatum to Serbia (23 July); Russian general mobilization; the Schlieffen Plan and the invasion of Belgium; the 1839 Treaty of London; the naval race and imperial rivalries",
    analysis:
      "showing how the alliances did (and did not) drag powers into war: Italy stayed neutral in 1914 and Britain was not formally bound to fight, so decisions, war plans and mobilization timetables also need explaining",
    perspectives:
      "Fritz Fischer's thesis (1961) of German responsibility for aggressive war aims; other historians who emphasize shared responsibility or a collective failure by all the powers (e.g. Christopher Clark's The Sleepwalkers, 2012)",
    conclusion: "a judgement on whether the alliances caused the war or turned a Balkan crisis into a general war because of choices by individual governments",
    keyPoints: [
      "Alliances created two armed blocs and expectations of mutual support.",
      "But they were defensive and flexible: Italy did not join its allies in 1914; Britain's ententes were not binding alliances; Britain entered over Belgium.",
      "The July Crisis: decisions in Vienna and Berlin (blank cheque, ultimatum), Russian mobilization, German declarations of war.",
      "Military planning: the Schlieffen Plan made a local war a continental one almost automatically.",
      "Other long-term causes: militarism and the arms race, imperial rivalry, nationalism in the Balkans.",
      "Historiography: Fischer versus shared-responsibility views.",
    ],
    plan: "Introduction: thesis — the alliances made a general war possible but decisions in July 1914 made it happen. Body: (1) the alliance system; (2) its limits; (3) the July Crisis and key decisions; (4) war plans and mobilization; (5) other long-term causes; (6) historiography. Conclusion: answer 'to what extent'.",
  }),
  essay({
    key: "wh11-04",
    topic: "WH11",
    difficulty: 4,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss the reasons for the Communist victory in the Chinese Civil War (1946–1949).",
    knowledge:
      "the Guomindang's (GMD) weaknesses after the war against Japan: corruption, hyperinflation, heavy losses and low morale; Communist strengths: Mao's leadership, guerrilla and then conventional strategy, land reform winning peasant support, discipline of the People's Liberation Army; the Communist position in Manchuria and captured Japanese weapons; decisive campaigns of 1948–1949 (e.g. the Huaihai campaign); the proclamation of the People's Republic on 1 October 1949 and the GMD's retreat to Taiwan",
    analysis: "weighing GMD weaknesses against Communist strengths, and the role of the war against Japan (1937–1945) in shifting the balance",
    perspectives: "whether the Communists won or the GMD lost; the role of foreign powers (limited US aid to the GMD, Soviet help in Manchuria)",
    conclusion: "a reasoned judgement, e.g. that the war against Japan fatally weakened the GMD, allowing the Communists' peasant-based strategy to succeed",
    keyPoints: [
      "The Japanese war drained the GMD and let the Communists expand their base areas.",
      "Economic collapse: hyperinflation destroyed middle-class support for the GMD.",
      "GMD corruption, poor leadership and desertions; harsh conscription.",
      "Communist land reform and discipline won peasant support; effective propaganda.",
      "Military: the PLA's strategy, Manchuria and Japanese weapons, decisive battles in 1948–1949.",
      "International: US aid was limited and could not offset GMD weakness.",
    ],
    plan: "Introduction: thesis. Body: (1) the impact of the war with Japan; (2) GMD political and economic failures; (3) Communist strategy and peasant support; (4) military campaigns; (5) foreign involvement. Conclusion: judgement on the relative importance of GMD weakness and Communist strength.",
  }),

  // WH12 The Cold War
  mcq({
    key: "wh12-01",
    topic: "WH12",
    difficulty: 1,
    paper: "P2",
    stem: "The Berlin Blockade, in which the Soviet Union cut land and water access to West Berlin, lasted from:",
    options: ["June 1948 to May 1949", "August 1961 to November 1989", "October to November 1956", "January to December 1950"],
    correct: "A",
    why: "The blockade began in June 1948, after the introduction of a new currency in the western zones, and ended in May 1949; the Western powers supplied West Berlin by air (the Berlin Airlift). August 1961 to November 1989 is the life of the Berlin Wall.",
  }),
  mcq({
    key: "wh12-02",
    topic: "WH12",
    difficulty: 3,
    paper: "P2",
    stem: "How was the Cuban Missile Crisis of October 1962 resolved?",
    options: [
      "The USSR removed its missiles from Cuba in return for a public US pledge not to invade Cuba and a secret undertaking to remove US Jupiter missiles from Turkey",
      "The US invaded Cuba and destroyed the missile sites",
      "The UN Security Council ordered both superpowers to withdraw all missiles from Europe and the Caribbean",
      "Cuba agreed to leave the Warsaw Pact in return for US economic aid",
    ],
    correct: "A",
    why: "Khrushchev agreed to withdraw the missiles; Kennedy publicly promised not to invade Cuba and privately agreed to remove the Jupiter missiles from Turkey. A hotline between Washington and Moscow followed in 1963. Cuba was never a member of the Warsaw Pact.",
  }),
  essay({
    key: "wh12-03",
    topic: "WH12",
    difficulty: 4,
    paper: "P2",
    term: "Examine",
    stem: "Examine the reasons for the emergence of superpower rivalry between 1945 and 1949.",
    knowledge:
      "the conferences at Yalta and Potsdam (1945) and disputes over Poland and Germany; Soviet control of Eastern Europe and communist takeovers (e.g. Czechoslovakia, February 1948); Kennan's 'Long Telegram' (1946) and Churchill's 'iron curtain' speech (1946); the Truman Doctrine and Marshall Plan (1947) and the Soviet response (Cominform, 1947); the Berlin Blockade (1948–1949); the creation of NATO (April 1949) and the first Soviet atomic test (August 1949)",
    analysis: "explaining how ideology, security concerns and mutual misperception interacted, and how each side's actions appeared threatening to the other",
    perspectives:
      "the orthodox view blaming Soviet expansion; the revisionist view stressing US economic interests and atomic diplomacy (e.g. William Appleman Williams); post-revisionist views of shared responsibility and misperception (e.g. John Lewis Gaddis)",
    conclusion:
      "a judgement weighing the causes, e.g. that mutual insecurity after 1945 made rivalry likely, while the division of Germany and Europe made it lasting",
    keyPoints: [
      "Ideological incompatibility: capitalism and communism.",
      "Security: the USSR's wish for a buffer zone after invasions through Poland; US fear of communist expansion.",
      "Disputes over Germany and Poland at Yalta and Potsdam; changing leadership (Truman replaced Roosevelt in April 1945).",
      "Atomic weapons and the US monopoly until 1949.",
      "Key escalations: Truman Doctrine, Marshall Plan, Cominform, Berlin Blockade, NATO.",
      "Historiography: orthodox, revisionist and post-revisionist schools used to evaluate, not just named.",
    ],
    plan: "Introduction: thesis. Body arranged thematically: (1) ideology; (2) security and the fate of Eastern Europe; (3) Germany; (4) economic policy — Marshall Plan and Soviet response; (5) nuclear weapons; (6) historiography woven through. Conclusion: rank the reasons.",
  }),
  essay({
    key: "wh12-04",
    topic: "WH12",
    difficulty: 5,
    paper: "P2",
    term: "To what extent",
    stem: "To what extent was Mikhail Gorbachev responsible for the end of the Cold War?",
    knowledge:
      "Gorbachev becoming General Secretary (March 1985); glasnost and perestroika; summits at Geneva (1985) and Reykjavik (1986); the INF Treaty (December 1987); withdrawal from Afghanistan (completed February 1989); abandoning the Brezhnev Doctrine and allowing change in Eastern Europe in 1989; the fall of the Berlin Wall (9 November 1989); the Malta summit (December 1989); German reunification (October 1990); the dissolution of the USSR (December 1991); Reagan's military build-up and the Strategic Defense Initiative (announced 1983); Soviet economic stagnation; Solidarity in Poland",
    analysis:
      "distinguishing between Gorbachev's intentions (reforming socialism) and the unintended results of his policies, and comparing his role with structural and other individual factors",
    perspectives:
      "the 'triumphalist' view crediting Reagan's pressure; views crediting Gorbachev's 'new thinking'; structural explanations stressing Soviet economic decline; the role of people in Eastern Europe",
    conclusion:
      "a judgement, e.g. Gorbachev was the indispensable actor because he chose not to use force, but he acted under economic pressures he did not create",
    keyPoints: [
      "Gorbachev's 'new thinking': arms control, withdrawal from Afghanistan, no use of force to keep Eastern Europe.",
      "Unintended consequences: glasnost unleashed criticism and nationalism that undermined the USSR.",
      "Reagan's role: rearmament, SDI, then willingness to negotiate (INF Treaty).",
      "Structural: economic stagnation, the cost of the arms race and of empire, falling oil prices.",
      "Eastern Europe: Solidarity, mass protests and the revolutions of 1989.",
      "Define 'end of the Cold War' (1989, 1990 or 1991) and be consistent.",
    ],
    plan: "Introduction: define the end point and give a thesis. Body: (1) Gorbachev's policies and choices; (2) their unintended results; (3) US policy under Reagan and Bush; (4) structural economic problems; (5) popular movements in Eastern Europe. Conclusion: answer 'to what extent' with a weighed judgement.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL options (Paper 3): HL only
// ─────────────────────────────────────────────────────────────────────────────
const africa: QuestionInput[] = [
  // AF.15 Developments in South Africa (1880–1994)
  mcq({
    key: "af-15-01",
    topic: "AF.15",
    difficulty: 2,
    paper: "P3",
    stem: "The Soweto uprising, which began on 16 June 1976, started as a protest by school students against:",
    options: [
      "the banning of the ANC",
      "the use of Afrikaans as a compulsory medium of instruction in Black schools",
      "the creation of the tricameral parliament",
      "the arrest of Nelson Mandela",
    ],
    correct: "B",
    why: "Students marched against a decree imposing Afrikaans as a language of instruction; police opened fire, and protests spread across the country. Many young activists then left to join the ANC in exile. The tricameral parliament came in 1983–1984; the ANC had been banned since 1960.",
  }),
  essay({
    key: "af-15-02",
    topic: "AF.15",
    difficulty: 5,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for the end of apartheid in South Africa between 1976 and 1994.",
    knowledge:
      "the Soweto uprising (1976); P. W. Botha's 'total strategy' and limited reforms, including the tricameral parliament (1983–1984) which excluded Black Africans; the United Democratic Front (1983) and COSATU (1985); township uprisings and states of emergency from 1985; sanctions and disinvestment, including the US Comprehensive Anti-Apartheid Act (1986); F. W. de Klerk's speech of 2 February 1990 unbanning the ANC and other organizations; Mandela's release (11 February 1990); the CODESA negotiations; the whites-only referendum of March 1992; the assassination of Chris Hani (April 1993); the elections of 27 April 1994",
    analysis: "linking internal resistance, economic pressure and international change, and explaining why the government chose to negotiate when it did",
    perspectives:
      "interpretations stressing the role of leaders (de Klerk, Mandela), those stressing mass resistance 'from below', and those stressing economic and international structural pressures (the end of the Cold War removed the 'communist threat' justification)",
    conclusion:
      "a judgement on the most important reason, e.g. that ungovernability and economic decline forced change, while the end of the Cold War and leadership made a negotiated settlement possible",
    keyPoints: [
      "Internal resistance: Soweto, the UDF and COSATU, township revolts made the country increasingly ungovernable in the mid-1980s.",
      "Economic pressure: sanctions, disinvestment, loss of foreign credit (1985), skills shortages and slow growth.",
      "International: sports and cultural boycotts; the end of the Cold War and Namibian independence (1990).",
      "Government choices: Botha's reforms failed to buy legitimacy; de Klerk unbanned the ANC (1990).",
      "Negotiation: Mandela's leadership, CODESA, the 1992 referendum, the crisis after Hani's assassination leading to agreement on an election date.",
      "Outcome: the 1994 election and Mandela's presidency; a good answer weighs rather than lists factors.",
    ],
    plan: "Introduction: thesis on the most important reason. Body: (1) internal resistance after 1976; (2) the failure of Botha's reforms and repression; (3) economic and international pressure; (4) the end of the Cold War; (5) de Klerk, Mandela and negotiations. Conclusion: explain how the factors combined and which was decisive.",
  }),

  // AF.12 The Ottoman Empire (c1800–1923)
  mcq({
    key: "af-12-01",
    topic: "AF.12",
    difficulty: 3,
    paper: "P3",
    stem: "Which decree of 1839 is usually taken as the start of the Ottoman Tanzimat reforms?",
    options: ["The Reform Edict (Islahat Fermanı)", "The Treaty of Lausanne", "The Edict of Gülhane", "The Treaty of Berlin"],
    correct: "C",
    why: "The Edict of the Rose Chamber (Gülhane), issued in 1839 under Sultan Abdülmecid I, promised security of life and property, regular taxation and fairer conscription. The Reform Edict of 1856 extended equal rights for non-Muslims; Berlin (1878) and Lausanne (1923) were international treaties.",
  }),
  essay({
    key: "af-12-02",
    topic: "AF.12",
    difficulty: 4,
    paper: "P3",
    term: "Evaluate",
    stem: "Evaluate the success of the Tanzimat reforms (1839–1876) in strengthening the Ottoman Empire.",
    knowledge:
      "the Edict of Gülhane (1839); the Reform Edict (1856) after the Crimean War, promising equality for non-Muslim subjects; new law codes, courts and secular schools; reorganization of provincial government and the army; the constitution of 1876 and the first parliament, suspended by Abdülhamid II in 1878; state bankruptcy (1875) and the Ottoman Public Debt Administration (1881); Balkan nationalism and the losses after the Russo-Turkish War (1877–1878)",
    analysis: "setting criteria (central control, military strength, finances, loyalty of subjects, international standing) and testing reforms against them",
    perspectives:
      "older views of the Tanzimat as superficial westernization imposed under European pressure, against views that it built a modern bureaucracy and the foundations later used by the Young Turks and the Republic",
    conclusion:
      "a balanced judgement, e.g. that the reforms strengthened central administration but could not solve financial dependence or stop nationalist separatism",
    keyPoints: [
      "Aims: to centralize, modernize and keep the loyalty of all subjects (Ottomanism), partly to reduce European intervention.",
      "Successes: a more modern bureaucracy, legal codes, education and army; a constitution in 1876.",
      "Failures: equality for non-Muslims provoked resentment and did not stop Balkan nationalism; borrowing led to bankruptcy (1875) and foreign financial control.",
      "Political limits: the constitution was suspended in 1878; Abdülhamid II ruled autocratically.",
      "Territorial losses: Treaty of Berlin (1878) confirmed independence of Serbia, Montenegro and Romania.",
    ],
    plan: "Introduction: criteria and thesis. Body: administration and law; military; finance; minorities and nationalism; constitutional change. Conclusion: overall evaluation.",
  }),

  // AF.11 20th-century nationalist and independence movements in Africa
  mcq({
    key: "af-11-01",
    topic: "AF.11",
    difficulty: 1,
    paper: "P3",
    stem: "In March 1957 Kwame Nkrumah led which British colony to independence as Ghana?",
    options: ["Nigeria", "Tanganyika", "Sierra Leone", "The Gold Coast"],
    correct: "D",
    why: "The Gold Coast became independent as Ghana on 6 March 1957, with Nkrumah as prime minister. Nigeria became independent in 1960, Sierra Leone and Tanganyika in 1961.",
  }),
  essay({
    key: "af-11-02",
    topic: "AF.11",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the methods used by **two** African nationalist movements to achieve independence.",
    knowledge:
      "for the Gold Coast/Ghana: Nkrumah's Convention People's Party (1949), 'Positive Action' strikes and boycotts (1950), electoral victories from 1951 and independence in 1957; for Kenya: the Kenya African Union, the Mau Mau rebellion and the state of emergency (1952–1960), Kenyatta's trial and detention, constitutional talks and independence in December 1963; for Algeria: the FLN's armed struggle from November 1954 and the Évian Accords (1962)",
    analysis:
      "comparing methods theme by theme (violence or non-violence, mass mobilization, use of elections and negotiation, international support) and explaining why they differed (settler populations, the colonial power's attitude)",
    perspectives: "debates on how far independence was won by the movements or granted by colonial powers whose priorities changed after 1945",
    conclusion: "a judgement on the key similarities and differences and their causes",
    keyPoints: [
      "Similarity: both mobilized mass support through parties, unions and youth groups.",
      "Difference: Ghana relied largely on non-violent mass action and elections; Kenya saw armed rebellion (Mau Mau) met by brutal counter-insurgency; Algeria an eight-year war.",
      "Explanation: settler colonies (Kenya, Algeria) resisted more fiercely than the Gold Coast, which had few white settlers.",
      "Negotiation: even in Kenya, independence came through constitutional conferences after the emergency.",
      "International context: the UN, the Cold War and the example of earlier independence (India 1947, Ghana 1957).",
    ],
    plan: "Introduction: name the two movements and state the main similarity and difference. Comparative body paragraphs by theme: leadership and organization; violence and non-violence; negotiation and elections; colonial response; international factors. Conclusion: explain the differences by context.",
  }),
];

const americas: QuestionInput[] = [
  // AM.8 United States Civil War
  mcq({
    key: "am-8-01",
    topic: "AM.8",
    difficulty: 2,
    paper: "P3",
    stem: "Which 1857 Supreme Court decision ruled that African Americans were not citizens and that Congress could not prohibit slavery in the federal territories?",
    options: ["Plessy v. Ferguson", "Dred Scott v. Sandford", "Marbury v. Madison", "Brown v. Board of Education"],
    correct: "B",
    why: "Chief Justice Roger Taney's majority opinion in Dred Scott (1857) effectively declared the Missouri Compromise line unconstitutional, angering Republicans in the North. Plessy (1896) upheld 'separate but equal'; Marbury (1803) established judicial review; Brown (1954) overturned school segregation.",
  }),
  essay({
    key: "am-8-02",
    topic: "AM.8",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was slavery the main cause of the United States Civil War?",
    knowledge:
      "the Missouri Compromise (1820); the war with Mexico (1846–1848) and the Wilmot Proviso; the Compromise of 1850 and the Fugitive Slave Act; Uncle Tom's Cabin (1852); the Kansas–Nebraska Act (1854) and violence in Kansas; the founding of the Republican Party; the Dred Scott decision (1857); John Brown's raid on Harpers Ferry (1859); Lincoln's election (November 1860); secession beginning with South Carolina (December 1860); the attack on Fort Sumter (April 1861)",
    analysis:
      "showing how other explanations (states' rights, economic differences, political breakdown) were themselves connected to slavery and its expansion into the West",
    perspectives:
      "the 'Lost Cause' interpretation stressing states' rights; 1930s revisionists who saw a 'needless war' caused by blundering politicians; the modern consensus that slavery, and especially its expansion, was central (e.g. James McPherson); the secession declarations themselves as evidence",
    conclusion: "a judgement, e.g. that slavery was the fundamental cause, though the war began over secession and the Union",
    keyPoints: [
      "Expansion of slavery into the territories was the central political issue after 1846.",
      "Failure of compromises: 1850 and 1854 intensified conflict; Dred Scott closed legal routes.",
      "Political breakdown: collapse of the Whigs, rise of the sectional Republican Party, split of the Democrats in 1860.",
      "Secession: Southern states' declarations cited the threat to slavery; Lincoln's aim in 1861 was to preserve the Union.",
      "States' rights and economic differences were real but were mostly arguments about slavery.",
      "Distinguish the cause of secession from the cause of war (Fort Sumter, Lincoln's call for troops).",
    ],
    plan: "Introduction: thesis. Body: (1) slavery and westward expansion; (2) failed compromises; (3) political realignment; (4) secession and Fort Sumter; (5) alternative explanations and historiography. Conclusion: answer 'to what extent'.",
  }),

  // AM.12 The Great Depression and the Americas
  mcq({
    key: "am-12-01",
    topic: "AM.12",
    difficulty: 3,
    paper: "P3",
    stem: "Which leader came to power in Brazil in the revolution of 1930, after the Depression hit the coffee economy, and in 1937 established the authoritarian Estado Novo?",
    options: ["Juan Perón", "Getúlio Vargas", "Lázaro Cárdenas", "Fulgencio Batista"],
    correct: "B",
    why: "Getúlio Vargas took power in 1930, ending the Old Republic, and proclaimed the Estado Novo in 1937. Perón was Argentine, Cárdenas Mexican (president 1934–1940) and Batista Cuban.",
  }),
  essay({
    key: "am-12-02",
    topic: "AM.12",
    difficulty: 4,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the political and economic impact of the Great Depression on **one** country of Latin America.",
    knowledge:
      "for Brazil: the collapse of coffee prices and export earnings after 1929; the end of the Old Republic in the revolution of 1930 and the rise of Getúlio Vargas; destruction of surplus coffee to support prices; moves towards import-substituting industrialization and state intervention; labour legislation and centralization of power; the Estado Novo (1937)",
    analysis: "linking the economic shock of falling exports to political change, and separating short-term crisis responses from long-term structural change",
    perspectives:
      "debates about whether the Depression caused industrialization or accelerated existing trends, and whether Vargas's regime was populist, corporatist or fascist-influenced",
    conclusion: "a judgement on the extent of change caused by the Depression",
    keyPoints: [
      "Dependence on primary exports made Latin America vulnerable when world demand and prices collapsed.",
      "Political: the crisis discredited the coffee oligarchy and helped bring Vargas to power (1930).",
      "Economic: support for coffee prices (including burning stocks), and a shift towards industry and state involvement.",
      "Social: labour laws and state-controlled unions; new urban constituencies.",
      "Authoritarianism: the Estado Novo of 1937 centralized power.",
      "Other countries (e.g. Argentina, Mexico, Cuba) are equally valid if the answer is specific.",
    ],
    plan: "Introduction: choose the country; thesis on political versus economic impact. Body: (1) the economic shock; (2) political consequences; (3) economic policy responses; (4) social effects; (5) long-term significance. Conclusion: judgement.",
  }),

  // AM.16 The Cold War and the Americas
  mcq({
    key: "am-16-01",
    topic: "AM.16",
    difficulty: 2,
    paper: "P3",
    stem: "In 1954 a CIA-backed operation led to the overthrow of which elected Latin American president, whose land reform had expropriated unused land of the United Fruit Company?",
    options: ["Salvador Allende (Chile)", "Fidel Castro (Cuba)", "João Goulart (Brazil)", "Jacobo Árbenz (Guatemala)"],
    correct: "D",
    why: "Árbenz's 1952 agrarian reform (Decree 900) angered the United Fruit Company and Washington feared communist influence; a CIA-organized invasion led by Carlos Castillo Armas forced him out in June 1954. Allende was overthrown in 1973, Goulart in 1964; Castro was not elected and was never removed.",
  }),
  essay({
    key: "am-16-02",
    topic: "AM.16",
    difficulty: 5,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was anti-communism the main reason for United States intervention in Latin America between 1945 and 1981?",
    knowledge:
      "the overthrow of Árbenz in Guatemala (1954); the Cuban Revolution (1959) and the Bay of Pigs invasion (April 1961); the Alliance for Progress (1961); intervention in the Dominican Republic (1965); covert action against Allende in Chile and the coup of 11 September 1973; the Monroe Doctrine tradition",
    analysis:
      "testing the anti-communist motive against economic interests (e.g. United Fruit, copper companies in Chile), strategic and domestic political motives, and explaining why the weight of motives differed between cases",
    perspectives:
      "orthodox views that the US responded to a genuine Soviet/Cuban threat; revisionist views stressing US economic imperialism; Latin American perspectives stressing continuity with pre-1945 interventions",
    conclusion:
      "a judgement, e.g. that anti-communism provided the framework and justification, while economic and strategic interests shaped where and how the US intervened",
    keyPoints: [
      "Anti-communism: containment applied to the hemisphere; fear of 'another Cuba' after 1959.",
      "Economic interests: United Fruit in Guatemala; nationalization of US-owned copper mines in Chile.",
      "Strategic: the Caribbean as the US 'backyard'; Soviet missiles in Cuba (1962).",
      "Methods varied: covert action (1954, Chile 1970–1973), invasion by proxy (Bay of Pigs), direct intervention (Dominican Republic 1965), aid (Alliance for Progress).",
      "Continuity with earlier interventions (Monroe Doctrine, Roosevelt Corollary) questions whether the Cold War was the main cause.",
    ],
    plan: "Introduction: thesis. Body: case studies used analytically — Guatemala, Cuba, Dominican Republic, Chile — each weighing anti-communism against other motives; a section on continuity with pre-1945 policy. Conclusion: answer 'to what extent'.",
  }),
];

const asia: QuestionInput[] = [
  // AS.10 Nationalism and independence in India (1919–1964)
  mcq({
    key: "as-10-01",
    topic: "AS.10",
    difficulty: 2,
    paper: "P3",
    stem: "In April 1919, troops under General Reginald Dyer fired on an unarmed crowd in the Jallianwala Bagh. In which city did this happen?",
    options: ["Amritsar", "Bombay", "Calcutta", "Lucknow"],
    correct: "A",
    why: "The Amritsar massacre (13 April 1919) killed hundreds of people; together with the Rowlatt Act it turned many moderates, including Gandhi, against British rule and led to the non-cooperation movement (1920–1922).",
  }),
  essay({
    key: "as-10-02",
    topic: "AS.10",
    difficulty: 4,
    paper: "P3",
    term: "Evaluate",
    stem: "Evaluate Gandhi's contribution to the achievement of Indian independence in 1947.",
    knowledge:
      "the non-cooperation movement (1920–1922), called off after the violence at Chauri Chaura (1922); the Salt March (1930) and civil disobedience; the Gandhi–Irwin Pact (1931) and the Second Round Table Conference; the Quit India movement (1942) and the arrest of Congress leaders; the roles of Nehru, Jinnah and the Muslim League (Lahore Resolution, 1940), Subhas Chandra Bose; the impact of the Second World War on Britain; the Attlee government and Mountbatten; independence and partition (August 1947)",
    analysis:
      "distinguishing Gandhi's role in turning Congress into a mass movement from the decisions and circumstances that determined the timing and form of independence",
    perspectives:
      "nationalist histories centred on Gandhi; views stressing British weakness after 1945 and Labour policy; the subaltern school's emphasis on popular movements beyond elite leadership; Muslim League perspectives on Gandhi and Congress",
    conclusion:
      "a judgement, e.g. Gandhi made independence a mass demand and undermined the moral authority of the Raj, but the timing owed most to the war and British decisions, and he could not prevent partition",
    keyPoints: [
      "Mass mobilization: Gandhi turned Congress from an elite body into a mass movement (satyagraha, swadeshi, boycotts).",
      "Moral pressure and publicity: the Salt March attracted world attention.",
      "Limits: campaigns were suspended (1922) or contained; Quit India was crushed in 1942.",
      "Other leaders: Nehru, Patel, Jinnah; revolutionary and military challenges (Bose, the Indian National Army).",
      "Structural: Britain's economic exhaustion after 1945, the 1946 naval mutiny, Attlee's commitment to withdraw.",
      "Partition: Gandhi opposed it but could not prevent it; communal violence in 1946–1947.",
    ],
    plan: "Introduction: thesis. Body: (1) Gandhi's methods and mass mobilization; (2) key campaigns and their results; (3) limits and failures; (4) other individuals and groups; (5) the war and British decisions; (6) partition. Conclusion: evaluate the size of his contribution.",
  }),

  // AS.14 The People's Republic of China (1949–2005)
  mcq({
    key: "as-14-01",
    topic: "AS.14",
    difficulty: 2,
    paper: "P3",
    stem: "The Hundred Flowers campaign (1956–1957), in which Mao invited intellectuals to criticize the Party, was followed by:",
    options: [
      "the Great Leap Forward's communes being abolished",
      "the Anti-Rightist campaign, in which many critics were persecuted",
      "the rehabilitation of Liu Shaoqi",
      "the first Five-Year Plan",
    ],
    correct: "B",
    why: "When criticism went further than expected, the Anti-Rightist campaign (from 1957) labelled hundreds of thousands of people 'rightists', many of whom were sent to labour camps. The first Five-Year Plan ran from 1953 to 1957; Liu Shaoqi was purged in the Cultural Revolution.",
  }),
  essay({
    key: "as-14-02",
    topic: "AS.14",
    difficulty: 4,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for, and the consequences of, the Cultural Revolution in China (1966–1976).",
    knowledge:
      "Mao's loss of influence after the Great Leap Forward and the pragmatic policies of Liu Shaoqi and Deng Xiaoping; the launch of the movement in 1966; the Red Guards, the 'Little Red Book' and the cult of Mao promoted by Lin Biao; the attack on the 'Four Olds'; the purge of Liu (who died in detention in 1969) and Deng; the sending of millions of urban youth to the countryside; Lin Biao's death in 1971; Mao's death (September 1976) and the arrest of the Gang of Four (October 1976)",
    analysis:
      "weighing political motives (Mao's struggle to regain power) against ideological ones (fear of revisionism and 'capitalist roaders', continuing revolution) and assessing short- and long-term consequences",
    perspectives:
      "the view of the Cultural Revolution as a power struggle versus as an ideological crusade; the Party's own verdict (1981) that it was a catastrophe for which Mao bore chief responsibility; the experience of different social groups",
    conclusion:
      "a judgement on the main reason and the most significant consequences, e.g. the reaction against its chaos helped pave the way for Deng's reforms after 1978",
    keyPoints: [
      "Reasons: Mao's desire to reassert authority after the Great Leap Forward; fear of Soviet-style 'revisionism'; a wish to renew revolutionary spirit among the young.",
      "Methods: Red Guards, mass rallies, the personality cult, attacks on officials, teachers and culture.",
      "Political consequences: purge of Liu and Deng, army's growing role, Lin Biao's rise and fall, power struggles up to 1976.",
      "Social and cultural consequences: destruction of heritage, disrupted education, persecution and deaths, 'sent-down' youth.",
      "Economic consequences: disruption, especially in 1966–1968.",
      "Long term: discredited radical Maoism and helped Deng's pragmatic reforms after 1978.",
    ],
    plan: "Introduction: thesis on the main reason. Part 1: reasons (political, ideological, personal). Part 2: consequences (political, social, cultural, economic, long term). Conclusion: link reasons to consequences and make judgements on both parts.",
  }),

  // AS.11 Japan (1912–1990)
  mcq({
    key: "as-11-01",
    topic: "AS.11",
    difficulty: 2,
    paper: "P3",
    stem: "Article 9 of Japan's 1947 constitution, drawn up during the US occupation:",
    options: [
      "renounced war as a sovereign right and the use of force to settle disputes",
      "made the emperor the head of government",
      "gave women the vote for the first time",
      "established the Self-Defense Forces as a permanent army for national defence",
    ],
    correct: "A",
    why: "Article 9 renounced war and pledged that land, sea and air forces would not be maintained (Japan nonetheless created Self-Defense Forces in 1954, by law rather than by the constitution). Women first voted in 1946; the emperor became a symbol of the state without political power; the LDP was formed in 1955.",
  }),
  essay({
    key: "as-11-02",
    topic: "AS.11",
    difficulty: 4,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the reasons for Japan's rapid economic growth between 1952 and 1973.",
    knowledge:
      "occupation-era reforms (land reform, partial break-up of the zaibatsu, labour laws); the Korean War procurement boom (1950–1953); the US–Japan Security Treaty and low defence spending; the role of the Ministry of International Trade and Industry (MITI) and industrial policy; high savings and investment; an educated workforce; the Income Doubling Plan (1960); access to cheap imported oil until 1973; export-led growth and access to the US market; the Tokyo Olympics and the Shinkansen (1964)",
    analysis:
      "distinguishing domestic factors (policy, society, business organization) from international ones (US support, the Cold War, world trade) and explaining how they reinforced each other",
    perspectives:
      "the 'developmental state' view stressing MITI (e.g. Chalmers Johnson) versus market-based explanations stressing private enterprise, high savings and favourable international conditions",
    conclusion: "a judgement on the relative weight of the factors; the 1973 oil shock shows how much growth depended on external conditions",
    keyPoints: [
      "Legacy of occupation reforms and of pre-war industrial skills.",
      "Cold War context: US aid, the Korean War boom, open US markets, security guarantee keeping defence spending low.",
      "Government: MITI's guidance, Income Doubling Plan (1960), stable LDP rule from 1955.",
      "Society and business: high savings, education, company loyalty and keiretsu networks, new technology.",
      "Limits and costs: pollution, urban overcrowding; dependence on imported oil exposed in 1973.",
    ],
    plan: "Introduction: thesis. Body: (1) the occupation legacy; (2) the international and Cold War context; (3) government policy; (4) social and business factors; (5) historiographical debate. Conclusion: judgement on the most important factors.",
  }),
];

const europe: QuestionInput[] = [
  // EU.8 The French Revolution and Napoleon I (1774–1815)
  mcq({
    key: "eu-8-01",
    topic: "EU.8",
    difficulty: 2,
    paper: "P3",
    stem: "In the Tennis Court Oath of 20 June 1789, the deputies of the newly proclaimed National Assembly swore:",
    options: [
      "to remain loyal to Louis XVI and the existing constitution",
      "to declare war on Austria",
      "to abolish the monarchy and proclaim a republic",
      "not to separate until they had given France a constitution",
    ],
    correct: "D",
    why: "Locked out of their usual meeting hall, the deputies met in a tennis court at Versailles and swore not to disperse until a constitution was established. The monarchy was abolished only in September 1792; war on Austria was declared in April 1792.",
  }),
  essay({
    key: "eu-8-02",
    topic: "EU.8",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was the financial crisis the main cause of the French Revolution of 1789?",
    knowledge:
      "royal debt increased by the Seven Years' War and French involvement in the American War of Independence; the failure of reform by ministers such as Calonne and the Assembly of Notables (1787); resistance of the parlements and privileged orders; the poor harvest of 1788 and high bread prices; Enlightenment ideas and criticism of privilege; the Estates-General (opened 5 May 1789) and the dispute over voting by order or by head; the Tennis Court Oath (20 June) and the fall of the Bastille (14 July 1789)",
    analysis:
      "showing how bankruptcy forced the king to summon the Estates-General, and how social grievances, ideas and political decisions turned a fiscal crisis into a revolution",
    perspectives:
      "the Marxist interpretation of a bourgeois revolution (e.g. Georges Lefebvre, Albert Soboul); revisionist challenges (Alfred Cobban, François Furet) stressing political culture and contingency",
    conclusion:
      "a judgement, e.g. the financial crisis was the trigger and a necessary condition, but the revolution came from the failure to resolve it politically amid social and ideological tensions",
    keyPoints: [
      "Financial: war debts, interest payments consuming much revenue, privileged groups largely exempt from taxation.",
      "Political: failed reforms, resistance of the nobility and parlements, Louis XVI's indecision.",
      "Social/economic: the harvest failure of 1788, bread prices and urban unrest.",
      "Ideological: Enlightenment ideas, the American example, pamphlets such as Sieyès's 'What is the Third Estate?' (1789).",
      "The Estates-General and the voting dispute turned the crisis into a confrontation.",
      "Historiography should be evaluated, not just listed.",
    ],
    plan: "Introduction: thesis — the financial crisis was the trigger, not the sole cause. Body: (1) the financial crisis; (2) failure of reform; (3) social and economic distress; (4) ideas; (5) the events of 1789; (6) interpretations. Conclusion: answer 'to what extent'.",
  }),

  // EU.12 Imperial Russia, revolution and the Soviet Union (1855–1924)
  mcq({
    key: "eu-12-01",
    topic: "EU.12",
    difficulty: 2,
    paper: "P3",
    stem: "The Treaty of Brest-Litovsk (March 1918) ended Soviet Russia's war with the Central Powers. What did it involve?",
    options: [
      "Russia regained territory lost in 1914–1917",
      "Russia gave up Poland, the Baltic provinces and Ukraine, among other western lands",
      "Germany agreed to support the Bolsheviks against the Whites with money and troops",
      "Russia joined the Central Powers against Britain and France",
    ],
    correct: "B",
    why: "Lenin accepted harsh terms to get peace: Russia lost territories containing about a third of its population and much of its industry and farmland. The treaty was annulled after Germany's defeat in November 1918.",
  }),
  essay({
    key: "eu-12-02",
    topic: "EU.12",
    difficulty: 4,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the reasons why the Bolsheviks won the Russian Civil War (1918–1921).",
    knowledge:
      "Trotsky's creation of the Red Army, conscription and the use of former tsarist officers watched by political commissars; control of the central industrial region, Moscow and Petrograd, and the railway network; War Communism and grain requisitioning; the Cheka and the Red Terror; the divisions and scattered geography of the White forces (Kolchak, Denikin, Yudenich); the Whites' association with landlords and restoration; limited and divided foreign intervention",
    analysis:
      "weighing Bolshevik strengths against White weaknesses, and explaining why peasants, though hostile to requisitioning, feared the return of landlords more",
    perspectives:
      "interpretations that stress Bolshevik organization and ruthlessness, those stressing White failure, and those stressing the choices of the peasantry and national minorities",
    conclusion:
      "a judgement on the most important reason, e.g. geography and organization gave the Bolsheviks the advantage, while White divisions prevented a coordinated challenge",
    keyPoints: [
      "Leadership and organization: Trotsky's Red Army, discipline, commissars; Lenin's centralized party.",
      "Geography: interior lines, railways, industrial centres, population.",
      "Terror and economic control: the Cheka, War Communism to supply the army.",
      "White weaknesses: divided leaders and aims, poor coordination, association with the old order, hostility to national minorities' independence.",
      "Foreign intervention was small and unpopular at home, and allowed Bolsheviks to pose as defenders of Russia.",
      "Peasants: preferred Bolsheviks to the return of landlords.",
    ],
    plan: "Introduction: thesis. Body: (1) Bolshevik leadership and army; (2) geography and resources; (3) terror and War Communism; (4) White weaknesses; (5) foreign intervention; (6) peasant attitudes. Conclusion: rank the reasons and explain their connection.",
  }),

  // EU.15 Versailles to Berlin: Diplomacy in Europe (1919–1945)
  mcq({
    key: "eu-15-01",
    topic: "EU.15",
    difficulty: 3,
    paper: "P3",
    stem: "Under the Locarno Treaties (1925), Germany:",
    options: [
      "accepted its western borders with France and Belgium as fixed, with Britain and Italy as guarantors",
      "accepted its eastern borders with Poland and Czechoslovakia as permanent",
      "left the League of Nations",
      "agreed to pay reparations under the Young Plan",
    ],
    correct: "A",
    why: "Locarno confirmed Germany's western frontiers and the demilitarized Rhineland, guaranteed by Britain and Italy; Germany signed arbitration treaties with Poland and Czechoslovakia but did not guarantee those borders. Germany joined the League in 1926; the Young Plan came in 1929.",
  }),
  essay({
    key: "eu-15-02",
    topic: "EU.15",
    difficulty: 4,
    paper: "P3",
    term: "Evaluate",
    stem: "Evaluate the success of European diplomacy in maintaining peace between 1924 and 1929.",
    knowledge:
      "the Dawes Plan (1924); the Locarno Treaties (1925); Germany's entry into the League of Nations (1926); the Kellogg–Briand Pact (1928); the Young Plan (1929); the role of Stresemann, Briand and Austen Chamberlain; the League's success in resolving smaller disputes (e.g. the Greek–Bulgarian border incident, 1925)",
    analysis:
      "setting criteria (reducing tension, integrating Germany, settling disputes, disarmament) and testing the achievements against the weaknesses revealed after 1929",
    perspectives:
      "the 'spirit of Locarno' seen as genuine reconciliation, against views that it was fragile, based on US loans, and that Locarno's failure to guarantee Germany's eastern borders encouraged revisionism",
    conclusion: "a judgement, e.g. diplomacy reduced tension successfully in the short term but left unresolved problems that the Depression exposed",
    keyPoints: [
      "Dawes Plan stabilized German finances with US loans and eased the reparations conflict.",
      "Locarno improved Franco-German relations and led to German entry to the League (1926).",
      "Kellogg–Briand renounced war but had no enforcement.",
      "The League settled some disputes between smaller states; disarmament made little progress.",
      "Weaknesses: dependence on US loans, unresolved eastern borders, nationalist opposition in Germany.",
    ],
    plan: "Introduction: criteria and thesis. Body: economic diplomacy (Dawes, Young); political diplomacy (Locarno, League membership); idealism (Kellogg–Briand); the League; limitations. Conclusion: a balanced evaluation.",
  }),
];

// More world history recall (Paper 2 context questions)
const worldHistory4: QuestionInput[] = [
  mcq({
    key: "wh1-03",
    topic: "WH1",
    difficulty: 2,
    paper: "P2",
    stem: "The Hanseatic League of the later Middle Ages was:",
    options: [
      "an alliance of Italian city-states against the Holy Roman Emperor",
      "a league of crusading military orders in the eastern Mediterranean",
      "an association of mainly north German merchant towns, led by Lübeck, that dominated trade in the Baltic and North Sea",
      "a guild of Flemish weavers that controlled the English wool trade",
    ],
    correct: "C",
    why: "The Hanse linked merchant communities and towns such as Lübeck, Hamburg and Danzig, with trading offices (Kontore) in places such as London, Bruges, Bergen and Novgorod, and won trading privileges across northern Europe.",
  }),
  mcq({
    key: "wh2-03",
    topic: "WH2",
    difficulty: 1,
    paper: "P2",
    stem: "In 1429 Joan of Arc helped French forces to lift the English siege of which city?",
    options: ["Calais", "Bordeaux", "Rouen", "Orléans"],
    correct: "D",
    why: "The relief of Orléans (May 1429) was followed by the coronation of Charles VII at Reims. Joan was later captured, tried by a Church court in English-held Rouen and burned in 1431. Calais remained English until 1558; Bordeaux fell to the French in 1453.",
  }),
  mcq({
    key: "wh3-03",
    topic: "WH3",
    difficulty: 1,
    paper: "P2",
    stem: "William I of England ordered the great survey of land and resources known as Domesday Book in:",
    options: ["1066", "1070", "1086", "1100"],
    correct: "C",
    why: "The survey was ordered at Christmas 1085 and carried out in 1086. It recorded who held land and what it was worth, helping the king assess taxes and the obligations of his tenants. 1066 was the Norman Conquest; William died in 1087.",
  }),
  mcq({
    key: "wh4-03",
    topic: "WH4",
    difficulty: 1,
    paper: "P2",
    stem: "Martin Luther's Ninety-five Theses (1517) were chiefly a protest against:",
    options: ["the sale of indulgences", "the celibacy of the clergy", "the translation of the Bible into German", "the authority of the Holy Roman Emperor"],
    correct: "A",
    why: "Luther challenged the sale of indulgences (remissions of punishment for sin), promoted at the time by Johann Tetzel to raise money, among other purposes, for rebuilding St Peter's in Rome. His wider challenge to papal authority developed after 1517.",
  }),
  mcq({
    key: "wh5-03",
    topic: "WH5",
    difficulty: 2,
    paper: "P2",
    stem: "What did Henry IV of France's Edict of Nantes (1598) grant?",
    options: [
      "Full political equality to Jews in France",
      "Limited toleration to Huguenots, with worship in set places and some fortified towns",
      "The abolition of the Catholic Church in France",
      "Independence to the French Protestant provinces of the south-west under their own assemblies",
    ],
    correct: "B",
    why: "The Edict ended the French Wars of Religion by granting Huguenots limited rights while keeping Catholicism as the state religion. Louis XIV revoked it in 1685.",
  }),
  mcq({
    key: "wh6-03",
    topic: "WH6",
    difficulty: 3,
    paper: "P2",
    stem: "In which year did Parliament create the New Model Army, which won the decisive battle of Naseby in the English Civil War?",
    options: ["1642", "1645", "1649", "1660"],
    correct: "B",
    why: "The New Model Army was established in early 1645 and defeated Charles I at Naseby in June 1645. 1642 was the outbreak of war, 1649 the execution of Charles I and 1660 the Restoration of Charles II.",
  }),
  mcq({
    key: "wh7-03",
    topic: "WH7",
    difficulty: 2,
    paper: "P2",
    stem: "Which inventor is associated with the spinning jenny (developed in the 1760s), which let one worker spin several threads at once?",
    options: ["Richard Arkwright", "Edmund Cartwright", "Samuel Crompton", "James Hargreaves"],
    correct: "D",
    why: "Hargreaves developed the spinning jenny. Arkwright patented the water frame (1769), Crompton developed the spinning mule (1779) and Cartwright the power loom (1785).",
  }),
  mcq({
    key: "wh8-03",
    topic: "WH8",
    difficulty: 2,
    paper: "P2",
    stem: "Which agreements of March 1962 ended the Algerian War of Independence and led to Algeria's independence from France?",
    options: ["The Geneva Accords", "The Évian Accords", "The Treaty of Fez", "The Brazzaville Declaration"],
    correct: "B",
    why: "The Évian Accords between France and the FLN provided for a ceasefire and a referendum on independence, approved in July 1962. The Geneva Accords (1954) concerned Indochina; the Treaty of Fez (1912) set up the French protectorate in Morocco.",
  }),
  mcq({
    key: "wh9-03",
    topic: "WH9",
    difficulty: 3,
    paper: "P2",
    stem: "In which year did women in the United Kingdom gain the right to vote on the same terms as men?",
    options: ["1918", "1928", "1945", "1969"],
    correct: "B",
    why: "The Equal Franchise Act (1928) gave the vote to all women over 21. The Representation of the People Act (1918) had given the vote to women over 30 who met a property qualification; 1969 lowered the voting age to 18.",
  }),
];

const hlMore: QuestionInput[] = [
  // AF.8 European imperialism and the partition of Africa
  mcq({
    key: "af-8-01",
    topic: "AF.8",
    difficulty: 2,
    paper: "P3",
    stem: "The Berlin Conference of 1884–1885, hosted by Bismarck:",
    options: [
      "divided the whole of Africa into colonies with fixed borders drawn on a map of the continent",
      "was attended by delegates of the main African rulers",
      "banned the slave trade for the first time",
      "set rules, such as 'effective occupation', for European claims to African territory",
    ],
    correct: "D",
    why: "The conference regulated how powers notified and established claims, declared free trade in the Congo basin and recognized Leopold II's Congo Free State. Most borders were drawn later in bilateral treaties, and no African states were represented.",
  }),
  essay({
    key: "af-8-02",
    topic: "AF.8",
    difficulty: 5,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent were economic motives the main reason for the European partition of Africa between 1870 and 1900?",
    knowledge:
      "the search for raw materials, markets and investment; the British occupation of Egypt (1882) and the importance of the Suez Canal; the Berlin Conference (1884–1885); rivalries between Britain, France and Germany; Leopold II and the Congo; Cecil Rhodes and the British South Africa Company; technological advantages (quinine, steamships, breech-loading rifles and the Maxim gun); missionary and 'civilizing mission' ideas",
    analysis: "testing economic explanations against strategic, political and ideological ones and explaining why the 'scramble' accelerated after about 1880",
    perspectives:
      "economic theories of imperialism (J. A. Hobson, 1902; Lenin, 1916); Robinson and Gallagher's view that strategic concerns after the occupation of Egypt and local crises ('peripheral' explanations) drove partition; emphasis on nationalism and European great-power rivalry",
    conclusion: "a reasoned judgement, e.g. economic hopes were widespread but strategic rivalry and local crises explain the timing and speed of partition",
    keyPoints: [
      "Economic: raw materials (rubber, minerals, palm oil), new markets, investment; the discovery of diamonds and gold in southern Africa.",
      "Strategic: Egypt and Suez (1882) and the route to India; the knock-on effect on the Nile valley and East Africa.",
      "Political: national prestige and rivalry; Germany's entry (1884); France's wish to restore status after 1871.",
      "Ideological: Social Darwinism, missionaries, the 'civilizing mission', anti-slavery rhetoric.",
      "Enabling factors: medicine and military technology made conquest cheaper.",
      "Historiography: Hobson/Lenin versus Robinson and Gallagher.",
    ],
    plan: "Introduction: thesis. Body: (1) economic motives with evidence and limits (many colonies were unprofitable); (2) strategic motives; (3) political rivalry; (4) ideology; (5) technology as enabler; (6) historiography. Conclusion: answer 'to what extent'.",
  }),

  // AM.15 Political developments in the United States (1945–1980)
  mcq({
    key: "am-15-01",
    topic: "AM.15",
    difficulty: 1,
    paper: "P3",
    stem: "Which president resigned in August 1974 as a result of the Watergate scandal?",
    options: ["Lyndon B. Johnson", "Richard Nixon", "Gerald Ford", "Jimmy Carter"],
    correct: "B",
    why: "Nixon resigned on 9 August 1974, facing almost certain impeachment after the release of tapes showing he had taken part in the cover-up. Vice President Gerald Ford succeeded him and later pardoned him.",
  }),
  essay({
    key: "am-15-02",
    topic: "AM.15",
    difficulty: 4,
    paper: "P3",
    term: "Evaluate",
    stem: "Evaluate the success of Lyndon B. Johnson's 'Great Society' domestic programme.",
    knowledge:
      "the Civil Rights Act (1964) and Voting Rights Act (1965); the Economic Opportunity Act (1964) and the 'War on Poverty'; Medicare and Medicaid (1965); the Elementary and Secondary Education Act (1965); the Immigration and Nationality Act (1965); Johnson's landslide in the 1964 election; the cost of the Vietnam War; urban riots in the later 1960s",
    analysis: "setting criteria (poverty reduction, civil rights, health and education, political durability) and weighing achievements against limits",
    perspectives:
      "liberal views of the Great Society as the high point of reform; conservative critiques of dependency and expense; left critiques that it was underfunded; the impact of Vietnam on resources and Johnson's authority",
    conclusion: "a judgement, e.g. lasting achievements in civil rights and health care, but the War on Poverty was limited by funding and by Vietnam",
    keyPoints: [
      "Civil rights legislation ended legal segregation and protected voting rights.",
      "Medicare and Medicaid extended health care to the elderly and poor — lasting programmes.",
      "The War on Poverty: poverty rates fell in the 1960s, though economic growth also contributed.",
      "Education and immigration reforms had long-term effects.",
      "Limits: Vietnam diverted money and attention; urban unrest and white backlash; the 1968 election.",
    ],
    plan: "Introduction: criteria and thesis. Body: civil rights; health; poverty programmes; education and immigration; limits (Vietnam, backlash). Conclusion: overall evaluation against the criteria.",
  }),

  // AS.15 Cold War conflicts in Asia
  mcq({
    key: "as-15-01",
    topic: "AS.15",
    difficulty: 2,
    paper: "P3",
    stem: "Why was the UN Security Council able to authorize military action to defend South Korea in June 1950?",
    options: [
      "China voted in favour of the resolution",
      "The General Assembly overrode a Soviet veto",
      "The Soviet Union was boycotting the Security Council and so did not use its veto",
      "North Korea was a member of the UN and accepted the ruling",
    ],
    correct: "C",
    why: "The USSR was boycotting the Council in protest that the Chinese seat was held by the Nationalist government on Taiwan rather than the People's Republic, so it could not veto the resolutions. US-led UN forces under MacArthur intervened; an armistice was signed at Panmunjom in July 1953.",
  }),
  essay({
    key: "as-15-02",
    topic: "AS.15",
    difficulty: 4,
    paper: "P3",
    term: "Examine",
    stem: "Examine the causes of the Korean War (1950–1953).",
    knowledge:
      "the division of Korea at the 38th parallel in 1945; the rival regimes of Kim Il-sung in the North and Syngman Rhee in the South (both established in 1948) and their border clashes; the withdrawal of most US and Soviet troops; Dean Acheson's speech (January 1950) defining a US defensive perimeter that did not include Korea; Stalin's approval of Kim's plan in 1950 and Mao's agreement; the communist victory in China (1949); the North's invasion on 25 June 1950",
    analysis:
      "distinguishing the civil war between two Korean regimes from its internationalization in the Cold War, and explaining why Stalin changed his mind in 1950",
    perspectives:
      "orthodox interpretations of a Soviet-directed attack; revisionist views stressing the civil-war origins and Southern provocation (e.g. Bruce Cumings); post-Soviet archival evidence showing Kim initiated the plan and sought Stalin's approval",
    conclusion:
      "a judgement, e.g. Kim's ambition triggered the war, but Stalin's consent and perceived US disengagement made it possible, and US and UN intervention made it international",
    keyPoints: [
      "Long-term: Japanese colonial rule (1910–1945) and division in 1945 created two rival states claiming all Korea.",
      "Korean leaders: both Kim and Rhee wanted reunification by force.",
      "Soviet and Chinese roles: Stalin approved Kim's plan in 1950 after earlier refusals; the communist victory in China changed the balance.",
      "US signals: troop withdrawal and the Acheson speech suggested US non-intervention.",
      "Internationalization: UN resolutions, US intervention, Chinese entry (October 1950).",
    ],
    plan: "Introduction: thesis. Body: (1) the legacy of 1945 and rival regimes; (2) Kim's aims; (3) Stalin and Mao; (4) US policy signals; (5) historiography (orthodox, revisionist, post-1991 archives). Conclusion: rank the causes.",
  }),

  // EU.13 Europe and the First World War
  mcq({
    key: "eu-13-01",
    topic: "EU.13",
    difficulty: 2,
    paper: "P3",
    stem: "The Battle of the Somme, with very heavy British casualties on its first day, began on:",
    options: ["28 June 1914", "21 February 1916", "1 July 1916", "8 August 1918"],
    correct: "C",
    why: "The Anglo-French offensive began on 1 July 1916, partly to relieve pressure on the French at Verdun (attacked by Germany from 21 February 1916). 8 August 1918 was the Battle of Amiens, start of the Allied Hundred Days offensive.",
  }),
  essay({
    key: "eu-13-02",
    topic: "EU.13",
    difficulty: 4,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the reasons for Germany's defeat in the First World War.",
    knowledge:
      "the failure of the Schlieffen Plan and the resulting two-front war; the British naval blockade and food shortages; unrestricted submarine warfare and US entry into the war (April 1917); Russia's exit (Brest-Litovsk, March 1918) and the failure of the 1918 Spring Offensive; the Allied Hundred Days offensive from Amiens (August 1918); the collapse of Germany's allies (e.g. Bulgaria, September 1918); the naval mutiny at Kiel and revolution at home; the armistice of 11 November 1918",
    analysis: "weighing military defeat on the Western Front against economic exhaustion and home-front collapse, and explaining their interaction",
    perspectives:
      "the 'stab-in-the-back' myth versus historians' evidence of military defeat; debates on the relative importance of the blockade, US resources and Allied improvements in tactics (combined arms, tanks, artillery)",
    conclusion:
      "a judgement, e.g. Germany was defeated militarily in 1918 after its last gamble failed, with the blockade and US entry making its position hopeless",
    keyPoints: [
      "Strategic: the two-front war and the failure of a quick victory in 1914.",
      "Economic: the blockade, shortages, the 'turnip winter' of 1916–1917.",
      "US entry: fresh troops and resources tipped the balance in 1918.",
      "Military: the Spring Offensive exhausted German reserves; Allied offensives broke the German army.",
      "Allies' collapse and home front: Bulgaria, Austria-Hungary and the Ottoman Empire; strikes, mutiny and revolution in November 1918.",
      "The stab-in-the-back myth evaluated as a political legend.",
    ],
    plan: "Introduction: thesis. Body: (1) strategic failure; (2) blockade and economy; (3) US entry; (4) 1918 military defeat; (5) allies and home front; (6) the myth and interpretations. Conclusion: judgement on the decisive factor.",
  }),

  // EU.16 The Soviet Union and post-Soviet Russia (1924–2000)
  mcq({
    key: "eu-16-01",
    topic: "EU.16",
    difficulty: 2,
    paper: "P3",
    stem: "In his 'Secret Speech' to the 20th Party Congress in February 1956, Khrushchev:",
    options: [
      "announced the deployment of missiles to Cuba",
      "resigned as First Secretary",
      "launched the Virgin Lands campaign",
      "denounced Stalin's cult of personality and some of his crimes against Party members",
    ],
    correct: "D",
    why: "Khrushchev criticized Stalin's personality cult and the purges of loyal communists, starting de-Stalinization; news of the speech contributed to unrest in Poland and Hungary in 1956. The Virgin Lands campaign had begun in 1954; Khrushchev was removed in 1964.",
  }),
  essay({
    key: "eu-16-02",
    topic: "EU.16",
    difficulty: 5,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for the collapse of the Soviet Union in 1991.",
    knowledge:
      "economic stagnation under Brezhnev; the cost of the arms race and the war in Afghanistan (1979–1989); Gorbachev's perestroika and glasnost; partly free elections (1989) and the end of the Party's monopoly of power (1990); nationalist movements, especially in the Baltic republics; the loss of Eastern Europe in 1989; the rise of Boris Yeltsin, elected president of Russia in June 1991; the failed August 1991 coup; the Belovezha Accords (December 1991); Gorbachev's resignation on 25 December 1991",
    analysis:
      "linking long-term structural weaknesses to the short-term political crisis created by reform, and explaining why the coup accelerated disintegration",
    perspectives:
      "views blaming Gorbachev's reforms for unleashing forces he could not control; views stressing systemic economic failure; views stressing nationalism and the role of Yeltsin and Russian leaders; external pressure from the United States",
    conclusion:
      "a judgement, e.g. structural decline made reform necessary, but the way reform was carried out, and the August coup, turned crisis into collapse",
    keyPoints: [
      "Structural: inefficient planned economy, falling growth, technological lag, dependence on oil revenues.",
      "External burdens: arms race, Afghanistan, support for allies.",
      "Reform: glasnost exposed failures and encouraged criticism; perestroika disrupted the economy without creating a market.",
      "Nationalism: Baltic independence movements and declarations of sovereignty in the republics, including Russia.",
      "Short term: the August 1991 coup discredited the Party and strengthened Yeltsin; the republics left the Union by December.",
    ],
    plan: "Introduction: thesis. Body: (1) long-term economic decline; (2) external burdens; (3) Gorbachev's reforms and their consequences; (4) nationalism; (5) the events of 1991. Conclusion: explain how the causes interacted and which was decisive.",
  }),
];

const hlMore2: QuestionInput[] = [
  // AF.17 Post-war developments in the Middle East (1945–2000)
  mcq({
    key: "af-17-01",
    topic: "AF.17",
    difficulty: 2,
    paper: "P3",
    stem: "What was the immediate cause of the Suez Crisis of 1956?",
    options: [
      "Egypt's invasion of Israel across the Sinai Peninsula in October 1956",
      "Nasser's nationalization of the Suez Canal Company in July 1956",
      "The British decision to hand the canal to the United Nations",
      "The formation of the United Arab Republic with Syria",
    ],
    correct: "B",
    why: "Nasser nationalized the Canal Company to pay for the dam. Israel, Britain and France then attacked Egypt (October–November 1956) after secretly coordinating their plans, but US financial and diplomatic pressure forced a ceasefire and withdrawal. The United Arab Republic was formed in 1958.",
  }),
  essay({
    key: "af-17-02",
    topic: "AF.17",
    difficulty: 4,
    paper: "P3",
    term: "Discuss",
    stem: "Discuss the consequences of the Suez Crisis (1956) for the Middle East.",
    knowledge:
      "Nasser's nationalization of the canal company (July 1956) and the Anglo-French-Israeli attack (October–November 1956); US and Soviet opposition and the ceasefire; the first UN Emergency Force (UNEF); Nasser's enhanced prestige and pan-Arabism (the United Arab Republic with Syria, 1958); the decline of British and French influence; the Eisenhower Doctrine (1957); Soviet influence in Egypt and the Arab world (arms and later the Aswan High Dam); Israel's gains (shipping through the Straits of Tiran)",
    analysis:
      "distinguishing consequences for different actors (Egypt and Arab nationalism, Britain and France, the superpowers, Israel) and short- from long-term effects",
    perspectives:
      "whether Suez marked a decisive turning point in the end of European imperial power in the region or accelerated existing trends; Arab, Israeli and Western perspectives on the outcome",
    conclusion:
      "a judgement on the most significant consequence, e.g. the replacement of British and French influence by superpower rivalry and the rise of Nasser as leader of Arab nationalism",
    keyPoints: [
      "Egypt: a political victory for Nasser despite military defeat; boost to pan-Arabism.",
      "Britain and France: humiliation, Eden's resignation (January 1957), decline of their regional influence.",
      "Superpowers: the US asserted leadership (Eisenhower Doctrine); the USSR gained prestige and influence in Egypt.",
      "Israel: secured navigation through the Straits of Tiran and a UN force on the border until 1967.",
      "UN: UNEF, the first major UN peacekeeping force.",
    ],
    plan: "Introduction: thesis. Body: consequences for Egypt and Arab nationalism; for Britain and France; for the superpowers; for Israel; for the UN. Conclusion: judgement on significance.",
  }),

  // AM.17 Civil rights and social movements in the Americas post-1945
  mcq({
    key: "am-17-01",
    topic: "AM.17",
    difficulty: 2,
    paper: "P3",
    stem: "César Chávez and Dolores Huerta are best known for:",
    options: [
      "leading the American Indian Movement's occupation of Wounded Knee",
      "organizing Mexican American and other farm workers, including the Delano grape strike and boycott from 1965",
      "founding the Black Panther Party",
      "leading the campaign for the Equal Rights Amendment",
    ],
    correct: "B",
    why: "Chávez and Huerta co-founded the National Farm Workers Association (1962), later the United Farm Workers; the Delano grape strike and national consumer boycott won union contracts in 1970. The Wounded Knee occupation (1973) was by AIM; the Black Panthers were founded by Huey Newton and Bobby Seale (1966).",
  }),
  essay({
    key: "am-17-02",
    topic: "AM.17",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the aims and methods of **two** social movements in the Americas after 1945 (excluding the African American civil rights movement).",
    knowledge:
      "for the farm workers' movement: the Delano grape strike (1965), the national boycott, non-violence and fasting (Chávez), union contracts (1970); for the women's movement in the US: Betty Friedan's The Feminine Mystique (1963), the National Organization for Women (1966), the Equal Rights Amendment campaign, Roe v. Wade (1973); for Native American ('Red Power') activism: the occupation of Alcatraz (1969–1971) by the group Indians of All Tribes and the American Indian Movement's occupation of Wounded Knee (1973); for Canada: the Quiet Revolution in Quebec",
    analysis:
      "a comparative structure (aims, leadership, methods, support, results) explaining why methods differed, e.g. economic aims and union tactics versus legal and legislative campaigns",
    perspectives:
      "debates within movements (e.g. liberal versus radical feminism; reformist versus militant Native American activism) and differing assessments of their success",
    conclusion: "a judgement on the key similarities and differences and their causes",
    keyPoints: [
      "Aims: economic rights and union recognition (farm workers) versus legal equality and social change (women's movement) or sovereignty and treaty rights (Native American activists such as AIM).",
      "Methods: strikes, boycotts and non-violence; lobbying, litigation and consciousness-raising; direct-action occupations.",
      "Similarities: influence of the African American civil rights movement; use of media and publicity; internal divisions.",
      "Results: mixed — union contracts; legal gains but the ERA was not ratified; greater attention to Native American rights and some legislation.",
      "Comparison must run through the whole essay, not be two separate descriptions.",
    ],
    plan: "Introduction: name the movements and give the main similarity and difference. Comparative paragraphs: aims; leadership and organization; methods; responses and results. Conclusion: explain the differences by context and goals.",
  }),

  // AS.12 China and Korea (1910–1950)
  mcq({
    key: "as-12-01",
    topic: "AS.12",
    difficulty: 2,
    paper: "P3",
    stem: "The Long March (1934–1935) was:",
    options: [
      "the Guomindang's Northern Expedition against the warlords to reunify China under Chiang",
      "Chiang Kai-shek's retreat to Taiwan",
      "the Japanese advance from Manchuria to Beijing",
      "the Red Army's retreat from Jiangxi to Shaanxi, during which Mao rose to leadership",
    ],
    correct: "D",
    why: "Under pressure from Chiang's encirclement campaigns, the Red Army broke out of the Jiangxi Soviet in October 1934 and reached northern Shaanxi in October 1935; only a fraction of those who set out arrived. The Zunyi conference (January 1935) strengthened Mao's position. The Northern Expedition was in 1926–1928; the retreat to Taiwan in 1949.",
  }),
  essay({
    key: "as-12-02",
    topic: "AS.12",
    difficulty: 4,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons why the Guomindang (Nationalist) government failed to unify and modernize China between 1928 and 1937.",
    knowledge:
      "the Northern Expedition and the Nanjing government (1928); the continuing power of regional warlords; Japanese aggression (Manchuria 1931, Manchukuo 1932, pressure in north China); Chiang's priority of fighting the Communists (the encirclement campaigns) over resisting Japan; the New Life Movement (1934); limited land reform and rural poverty; some modernization in cities, transport and currency reform (1935); the Xi'an Incident (December 1936) and the Second United Front",
    analysis:
      "weighing internal limits (warlords, weak control of the countryside, corruption, the Communist challenge) against external pressure from Japan, and recognizing partial achievements",
    perspectives:
      "older views of the 'Nanjing decade' as a failure of a corrupt regime versus more recent views stressing real modernization cut short by Japanese invasion",
    conclusion:
      "a judgement, e.g. the GMD's narrow base and priorities limited its success, but Japanese aggression made unification and modernization impossible to complete",
    keyPoints: [
      "Incomplete unification: warlords kept regional power; the government effectively controlled only part of the country.",
      "Japan: loss of Manchuria and constant pressure forced military spending and undermined authority.",
      "Communists: the civil war absorbed resources; 'first internal pacification, then external resistance'.",
      "Social and economic limits: little land reform, peasant poverty, dependence on urban elites.",
      "Achievements: infrastructure, currency reform, some industrial growth — so 'failure' needs qualification.",
    ],
    plan: "Introduction: thesis. Body: (1) warlords and political structure; (2) Japanese aggression; (3) the Communist challenge; (4) social and economic policy; (5) achievements and historiographical debate. Conclusion: judgement.",
  }),

  // EU.14 European states in the inter-war years (1918–1939)
  mcq({
    key: "eu-14-01",
    topic: "EU.14",
    difficulty: 2,
    paper: "P3",
    stem: "Which event in January 1923 set off hyperinflation in Germany?",
    options: [
      "The Reichstag's acceptance of the Dawes Plan for reparations payments",
      "The French and Belgian occupation of the Ruhr over missed reparations",
      "The Munich Putsch staged by Hitler and the Nazi Party in Bavaria",
      "The introduction of the Rentenmark",
    ],
    correct: "B",
    why: "When France and Belgium occupied the Ruhr, the government backed passive resistance and printed money to pay striking workers, and the mark collapsed in 1923. The Munich Putsch came in November 1923; the Rentenmark (November 1923) helped end the crisis; the Dawes Plan (1924) rescheduled reparations once it was over.",
  }),
  essay({
    key: "eu-14-02",
    topic: "EU.14",
    difficulty: 4,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for the outbreak of the Spanish Civil War in July 1936.",
    knowledge:
      "the Second Republic (1931) and the reforms of the Azaña governments (agrarian reform, reduction of the army, separation of Church and state, Catalan autonomy); the conservative reaction and the CEDA; the Asturias rising (October 1934) and its repression; the Popular Front's election victory (February 1936); political violence in spring 1936 and the murder of the monarchist leader Calvo Sotelo (July 1936); the army coup of 17–18 July 1936 and its partial failure",
    analysis:
      "explaining how long-term divisions (land, Church, army, regions) were polarized by the reforms and counter-reforms of 1931–1936, and why the coup led to civil war rather than a quick takeover",
    perspectives:
      "interpretations that stress the Republic's radical reforms and disorder (often right-leaning) versus those stressing the right's refusal to accept democratic change and the army's conspiracy; the role of wider European ideological conflict",
    conclusion:
      "a judgement on the main cause, e.g. deep social divisions made conflict likely, but the army's coup and its partial failure turned crisis into civil war",
    keyPoints: [
      "Long-term: land inequality, the power of the Church and army, regional nationalism in Catalonia and the Basque Country.",
      "Reforms of 1931–1933 alienated the Church, landowners and officers while disappointing the left.",
      "Polarization 1933–1936: CEDA in government, the Asturias rising and repression, the Popular Front victory.",
      "Spring 1936 violence and the murder of Calvo Sotelo.",
      "The coup of July 1936 succeeded in some regions and failed in others (e.g. Madrid, Barcelona), producing civil war.",
    ],
    plan: "Introduction: thesis. Body: (1) long-term divisions; (2) reforms of the Republic; (3) polarization 1933–1936; (4) the immediate crisis of 1936; (5) the coup and its partial failure; interpretations throughout. Conclusion: rank the causes.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL options (Paper 3): one question for every remaining section, so that each leaf topic can be practised
// ─────────────────────────────────────────────────────────────────────────────
const africaSections: QuestionInput[] = [
  // AF.1 The 'Abbasid dynasty (750–1258)
  essay({
    key: "af-1-01",
    topic: "AF.1",
    difficulty: 4,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for the decline of 'Abbasid political power between 861 and 1258.",
    knowledge:
      "the caliphs' growing reliance on Turkish slave soldiers from the reign of al-Mu'tasim and the move of the capital to Samarra (836); the murder of al-Mutawakkil (861) and the decade of disorder at Samarra that followed; the Zanj revolt in southern Iraq (869–883); the loss of provinces to autonomous dynasties (the Aghlabids in Ifriqiya, the Tulunids in Egypt from 868, the Samanids in the east); the rival Fatimid caliphate proclaimed in 909; Buyid control of Baghdad from 945 and Seljuk control after Tughril Beg entered the city in 1055; the partial revival under al-Nasir (1180–1225); the Mongol sack of Baghdad by Hülegü in 1258",
    analysis:
      "distinguishing between the loss of real political and military power, which came early, and the survival of the caliph's religious and symbolic authority, which lasted until 1258",
    perspectives:
      "views that the caliphate was fatally weakened from within long before 1258 against views that stress external blows (the Buyids, the Seljuks, the Mongols); a good answer notes that 'decline' of power did not mean cultural decline, as Baghdad remained a centre of learning",
    conclusion:
      "a judgement on the most important reason, e.g. that dependence on Turkish soldiers and the fragmentation of the provinces had destroyed the caliph's independent power by 945, while the Mongol conquest only ended a caliphate that was already a figurehead",
    keyPoints: [
      "Military dependence: Turkish slave soldiers became king-makers; four caliphs were killed or deposed in the 'anarchy at Samarra' after 861.",
      "Fiscal and regional weakness: provinces such as Egypt and Ifriqiya paid little to Baghdad once local dynasties took over; the Zanj revolt devastated southern Iraq.",
      "Religious and political rivals: the Fatimid counter-caliphate (909) and, in Spain, the Umayyad caliphate of Córdoba (929).",
      "Loss of independence: the Buyids (945) and then the Seljuk sultans (1055) held real power in Baghdad; the caliph kept religious legitimacy.",
      "Al-Nasir's revival shows that decline was not continuous; the Mongol sack of 1258 ended the dynasty in Baghdad.",
    ],
    plan: "Introduction: define 'political power' and give a thesis. Body: (1) the army and the Samarra crisis; (2) provincial fragmentation and revolts; (3) rival caliphates; (4) Buyid and Seljuk domination and al-Nasir's revival; (5) the Mongol conquest. Conclusion: weigh internal against external causes.",
  }),

  // AF.2 The Fatimids (909–1171)
  mcq({
    key: "af-2-01",
    topic: "AF.2",
    difficulty: 2,
    paper: "P3",
    stem: "After conquering Egypt in 969, the Fatimids founded which new capital city?",
    options: ["Mahdia", "Kairouan", "Alexandria", "Cairo (al-Qahira)"],
    correct: "D",
    why: "The Fatimid general Jawhar founded al-Qahira (Cairo) in 969, and the caliph al-Mu'izz moved there in 973; the al-Azhar mosque was built soon after. Mahdia had been the Fatimids' capital in Ifriqiya; Kairouan was founded by the Arab conquerors in the 7th century; Alexandria is an ancient city.",
  }),

  // AF.3 The Crusades (1095–1291)
  written({
    key: "af-3-01",
    topic: "AF.3",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons why the First Crusade succeeded in capturing Jerusalem in 1099.",
    points: [
      pt("a1", 1, "Reason: divisions among the Muslim powers / disunity of the Seljuks after the death of Malik Shah (1092) / Seljuk–Fatimid rivalry", [
        "disunity",
        "divided",
        "Seljuk",
        "Fatimid",
      ]),
      pt(
        "a2",
        1,
        "Explained: the crusaders faced local rulers one at a time rather than a united army, e.g. the relief armies at Antioch came separately / Kerbogha's army broke up (1098) / the Fatimids had only just retaken Jerusalem from the Seljuks (1098)",
        ["one at a time", "Antioch", "Kerbogha"],
      ),
      pt("b1", 1, "Reason: religious motivation and determination of the crusaders (Urban II's call at Clermont, 1095; the promise of remission of sins)", [
        "religious",
        "Urban",
        "Clermont",
        "indulgence",
      ]),
      pt(
        "b2",
        1,
        "Explained: this kept the army together through the long siege of Antioch and famine / made them press on to Jerusalem despite heavy losses",
        ["determination", "siege", "losses"],
      ),
      pt("c1", 1, "Reason: support from the Byzantine emperor Alexios I / Genoese and other Italian ships", ["Byzantine", "Alexios", "Genoese", "ships"]),
      pt("c2", 1, "Explained: Byzantine guides, supplies and help at Nicaea (1097) / ships brought timber and supplies for siege towers at Jerusalem", [
        "supplies",
        "Nicaea",
        "siege towers",
      ]),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained with supporting knowledge (1 mark), for example:\n\n- **Muslim disunity.** After the Seljuk sultan Malik Shah died in 1092 his empire broke into rival emirates, and the Sunni Seljuks and the Shi'a Fatimids of Egypt were enemies. The crusaders therefore met their opponents one by one: at Antioch (1098) Kerbogha's relief army was weakened by quarrels among its commanders and broke up when attacked, and Jerusalem itself was held by a Fatimid garrison that had only just taken it from the Seljuks.\n- **Religious commitment.** Urban II's appeal at Clermont (1095) promised remission of sins; this conviction held the army together through the eight-month siege of Antioch and famine, and drove it on to storm Jerusalem on 15 July 1099.\n- **Outside help.** Alexios I supplied guides and food and helped take Nicaea (1097); Genoese ships brought materials for the siege towers used at Jerusalem.",
  }),

  // AF.4 The Ottomans (1281–1566)
  mcq({
    key: "af-4-01",
    topic: "AF.4",
    difficulty: 1,
    paper: "P3",
    stem: "Which Ottoman sultan captured Constantinople in 1453?",
    options: ["Mehmed II", "Murad II", "Bayezid I", "Suleiman I"],
    correct: "A",
    why: "Mehmed II ('the Conqueror') took Constantinople on 29 May 1453 after a siege of some seven weeks, using large cannon against the land walls, and made it the Ottoman capital. Murad II was his father; Bayezid I was defeated by Timur at Ankara (1402); Suleiman I reigned 1520–1566.",
  }),

  // AF.5 Trade and the rise and decline of African states and empires (800–1600)
  essay({
    key: "af-5-01",
    topic: "AF.5",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was control of trans-Saharan trade the main reason for the rise **and** decline of the empire of Mali?",
    knowledge:
      "Sundiata Keita's victory over the Sosso at Kirina (c1235) and the foundation of the empire; control of the gold fields (Bambuk, Bure) and of the routes carrying salt from the Sahara (Taghaza) and goods from North Africa; trading cities such as Timbuktu, Djenné and Gao; Islam among the ruling class and merchants; Mansa Musa's pilgrimage to Mecca (1324–1325), when his spending of gold in Cairo became famous, and the building of mosques and learning in Timbuktu; succession disputes after Musa's reign; Tuareg capture of Timbuktu (1433); the rise of Songhai under Sunni Ali, who took Timbuktu in 1468",
    analysis:
      "showing how trade wealth paid for armies and administration and gave Mali links with the Islamic world, while also weighing military leadership, agriculture along the Niger and Islam as causes of the rise, and succession crises and rival powers as causes of decline",
    perspectives:
      "the importance of oral tradition (the Sundiata epic told by griots) against Arabic written sources such as al-Umari and Ibn Battuta, who visited Mali in 1352–1353, and who saw Mali mainly through its trade and its Muslim court",
    conclusion:
      "a judgement, e.g. that trade made Mali rich and famous but its rise depended on military unification and its decline on weak leadership, which let rivals take over the trading cities",
    keyPoints: [
      "Rise: Sundiata's military unification; control of gold and salt routes; taxes on trade funded the state.",
      "Islam linked Mali's rulers to North African merchants and scholars; Mansa Musa's pilgrimage advertised Mali's wealth.",
      "Other factors: fertile Niger floodplain agriculture and an effective provincial system.",
      "Decline: disputed successions after Mansa Musa and Mansa Sulayman; peripheral provinces broke away.",
      "Rivals took the trading cities (Tuareg in Timbuktu 1433; Songhai from the 1460s), so loss of trade followed political weakness rather than causing it alone.",
    ],
    plan: "Introduction: thesis on the role of trade. Body: (1) trade and the rise; (2) other reasons for the rise; (3) trade and the decline; (4) political and military reasons for the decline. Conclusion: judgement on 'main reason' for each half of the question.",
  }),

  // AF.6 Pre-colonial African states (1800–1900)
  mcq({
    key: "af-6-01",
    topic: "AF.6",
    difficulty: 2,
    paper: "P3",
    stem: "Which leader began the jihad of 1804 that created the Sokoto Caliphate in what is now northern Nigeria?",
    options: ["Samori Touré", "Al-Hajj Umar Tall", "Usman dan Fodio", "Muhammad Ahmad (the Mahdi)"],
    correct: "C",
    why: "The Fulani scholar Usman dan Fodio led a jihad against the Hausa kings from 1804; his son Muhammad Bello built up Sokoto as the capital and succeeded him as ruler of the caliphate (1817). Umar Tall founded a state in the western Sudan in the 1850s, Samori Touré built the Wassoulou empire and resisted the French, and the Mahdi rose against Egyptian rule in Sudan in 1881.",
  }),

  // AF.7 The slave trade in Africa and the Middle East (1500–1900)
  written({
    key: "af-7-01",
    topic: "AF.7",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** effects of the Atlantic slave trade on West African societies between 1500 and 1800.",
    points: [
      pt("a1", 1, "Effect: loss of population / demographic loss, especially of young men", ["population", "young men", "demographic"]),
      pt(
        "a2",
        1,
        "Explained: millions were taken, which held back population growth and left a surplus of women and a shortage of labour in the regions most affected",
        ["labour", "women", "growth"],
      ),
      pt("b1", 1, "Effect: rise of powerful slave-trading states, e.g. Dahomey, Asante, Oyo", ["Dahomey", "Asante", "Oyo", "states"]),
      pt(
        "b2",
        1,
        "Explained: rulers who controlled the trade gained firearms and wealth and used them to expand, which encouraged wars fought to capture people",
        ["firearms", "guns", "war", "capture"],
      ),
      pt("c1", 1, "Effect: insecurity and violence / raiding and kidnapping", ["raiding", "insecurity", "kidnapping"]),
      pt(
        "c2",
        1,
        "Explained: communities moved to defensible sites and trust between neighbouring peoples broke down; judicial penalties of enslavement increased",
        ["defensible", "trust", "penalties"],
      ),
      pt("d1", 1, "Effect: economic distortion / imports of manufactured goods", ["economy", "imports", "cloth"]),
      pt(
        "d2",
        1,
        "Explained: imports of cloth, metal goods and guns paid for with captives discouraged local production and tied coastal economies to European demand",
        ["production", "dependence"],
      ),
    ],
    answer:
      "Any two effects, each identified (1 mark) and explained (1 mark), for example:\n\n- **Population loss.** Around twelve million people were shipped across the Atlantic, most of them young adults and more men than women. In the areas most raided this slowed population growth and removed much of the labour force, so farming and crafts suffered.\n- **The rise of slave-trading states.** States such as Dahomey and Asante sold captives for guns, cloth and metal goods. Firearms helped them conquer neighbours, and wars were increasingly fought to take prisoners for sale, spreading violence and insecurity.\n\nOther valid effects: the distortion of local economies by imported goods; more judicial enslavement; the growth of coastal merchant elites.",
  }),

  // AF.9 Response to European imperialism (1870–1920)
  mcq({
    key: "af-9-01",
    topic: "AF.9",
    difficulty: 2,
    paper: "P3",
    stem: "At which battle in 1896 did Ethiopian forces under Emperor Menelik II defeat an Italian army?",
    options: ["Adwa", "Isandlwana", "Omdurman", "Tel el-Kebir"],
    correct: "A",
    why: "At Adwa (1 March 1896) Menelik's army, well supplied with modern rifles, defeated the Italians; the Treaty of Addis Ababa recognized Ethiopian independence. At Isandlwana (1879) the Zulu defeated a British force; at Omdurman (1898) and Tel el-Kebir (1882) the British defeated the Mahdists and the Egyptian army of Urabi.",
  }),

  // AF.10 Africa under colonialism (1890–1980)
  essay({
    key: "af-10-01",
    topic: "AF.10",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the methods of colonial rule used by **two** European powers in Africa between 1890 and 1939.",
    knowledge:
      "British indirect rule, developed by Frederick Lugard in Northern Nigeria through the emirs and set out in The Dual Mandate in British Tropical Africa (1922); French direct rule through governors and appointed chiefs, with the ideal of assimilation (citizenship for the originaires of the Four Communes of Senegal; Blaise Diagne elected deputy in 1914) later replaced by 'association'; forced labour and the indigénat code in French Africa; the Congo Free State as Leopold II's personal possession (1885–1908), its rubber regime and the international campaign against its abuses, and Belgian paternalist rule after 1908; settler colonies such as Kenya",
    analysis:
      "comparing theme by theme (central and local administration, use of African rulers, economic exploitation, education and the creation of an educated elite, use of force) and explaining differences by aims, resources and local conditions",
    perspectives:
      "historians who argue that differences between British and French rule were smaller in practice than in theory (both relied on chiefs and on coercion and ran colonies cheaply), against those stressing the different legacies of the two systems",
    conclusion: "a judgement on whether similarities or differences were greater and why",
    keyPoints: [
      "Similarity: both ruled with small numbers of European officials and relied on African intermediaries.",
      "Difference: Britain governed through existing rulers where possible; France appointed chiefs as agents of a centralized administration.",
      "Assimilation gave a few Africans French citizenship, but most were 'subjects' under the indigénat; indirect rule preserved customary law and elites.",
      "Economic exploitation and forced labour were common to both, and extreme in Leopold's Congo.",
      "Explanation: resources, ideology (the French 'civilizing mission') and the presence or absence of strong pre-colonial states.",
    ],
    plan: "Introduction: name the two powers and state the main similarity and difference. Comparative paragraphs: administration; use of African rulers; law and citizenship; economic policy and labour; education. Conclusion: judgement explaining the differences.",
  }),

  // AF.13 War and change in the Middle East and North Africa (1914–1945)
  mcq({
    key: "af-13-01",
    topic: "AF.13",
    difficulty: 2,
    paper: "P3",
    stem: "The secret 1916 agreement in which Britain and France planned to divide the Arab provinces of the Ottoman Empire into zones of control and influence was:",
    options: ["the Balfour Declaration", "the Hussein–McMahon correspondence", "the Treaty of Sèvres", "the Sykes–Picot Agreement"],
    correct: "D",
    why: "Mark Sykes and François Georges-Picot negotiated the agreement in 1916; it was published by the Bolsheviks in 1917. The Hussein–McMahon correspondence (1915–1916) promised Arab independence in return for revolt, the Balfour Declaration (1917) supported a Jewish national home in Palestine, and Sèvres (1920) was the peace treaty imposed on the Ottoman Empire.",
  }),

  // AF.14 Africa, international organizations and the international community
  written({
    key: "af-14-01",
    topic: "AF.14",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons why the Organization of African Unity (OAU, 1963–2002) was often criticized as ineffective.",
    points: [
      pt("a1", 1, "Reason: its Charter's principle of non-interference in the internal affairs of member states", [
        "non-interference",
        "internal affairs",
        "sovereignty",
      ]),
      pt(
        "a2",
        1,
        "Explained: it did not act against abusive rulers or civil wars, e.g. Idi Amin (who was even OAU chairman in 1975) / the Rwandan genocide (1994)",
        ["Amin", "Rwanda", "did not act"],
      ),
      pt("b1", 1, "Reason: lack of resources / no military force of its own", ["resources", "funds", "military"]),
      pt("b2", 1, "Explained: members often did not pay their contributions, so it could not enforce decisions or mount its own peacekeeping operations", [
        "contributions",
        "enforce",
        "peacekeeping",
      ]),
      pt("c1", 1, "Reason: divisions among members (e.g. the Casablanca and Monrovia groups at its founding; Cold War alignments)", [
        "divisions",
        "Casablanca",
        "Monrovia",
        "Cold War",
      ]),
      pt("c2", 1, "Explained: it acted only by consensus, so it could not agree on strong action and was called a 'club of heads of state'", [
        "consensus",
        "club",
      ]),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Non-interference.** The OAU Charter (Addis Ababa, 1963) protected the sovereignty and borders of member states, so the organization did not intervene against rulers who abused their people: Idi Amin of Uganda even chaired it in 1975, and it did little to stop the genocide in Rwanda in 1994.\n- **Weak resources.** Many members did not pay their dues and the OAU had no standing force, so its decisions could not be enforced.\n\nA balanced answer may note its successes (support for liberation movements through its Liberation Committee, opposition to apartheid) and that it was replaced by the African Union in 2002, whose Constitutive Act allows intervention in cases of genocide and war crimes.",
  }),

  // AF.16 Social and cultural developments in Africa in the 19th and 20th centuries
  mcq({
    key: "af-16-01",
    topic: "AF.16",
    difficulty: 1,
    paper: "P3",
    stem: "Which Nigerian writer's novel *Things Fall Apart* (1958) portrays Igbo society at the time of the arrival of missionaries and colonial rule?",
    options: ["Wole Soyinka", "Léopold Sédar Senghor", "Ngũgĩ wa Thiong'o", "Chinua Achebe"],
    correct: "D",
    why: "Chinua Achebe's first novel became one of the most widely read works of African literature and challenged European portrayals of pre-colonial Africa. Soyinka is a Nigerian playwright (Nobel Prize 1986), Ngũgĩ is Kenyan, and Senghor was a Senegalese poet of Négritude and president of Senegal.",
  }),

  // AF.18 Post-independence politics in Africa to 2005
  essay({
    key: "af-18-01",
    topic: "AF.18",
    difficulty: 5,
    paper: "P3",
    term: "Examine",
    stem: "Examine the reasons for the outbreak of civil war in Nigeria in 1967.",
    knowledge:
      "the federation of three (from 1963 four) regions dominated by the Hausa-Fulani north, the Yoruba west and the Igbo east; disputed censuses (1962–1963) and elections (1964–1965); the coup of January 1966, in which Prime Minister Abubakar Tafawa Balewa and the northern premier Ahmadu Bello were killed, and General Aguiyi-Ironsi's military government; the decree abolishing the regions (May 1966); the counter-coup of July 1966 that brought Yakubu Gowon to power; the killings of Igbo in the north in 1966 and the flight of refugees to the east; the failed Aburi talks in Ghana (January 1967); Gowon's creation of twelve states; Ojukwu's declaration of the Republic of Biafra (30 May 1967); oil in the east",
    analysis:
      "distinguishing the long-term structural causes (a federation built on ethnic regions inherited from colonial rule) from the short-term triggers of 1966–1967, and explaining how the coups turned political rivalry into ethnic fear",
    perspectives:
      "interpretations stressing the colonial legacy of regional division, those stressing the ambitions of political and military leaders, and those stressing economic interests such as oil; Biafran and federal perspectives on secession",
    conclusion:
      "a judgement, e.g. that the regional structure made conflict likely, but the coups and massacres of 1966 made Igbo leaders believe secession was the only security, and the federal government would not accept the loss of the east and its oil",
    keyPoints: [
      "Structural: regional, ethnic and religious divisions, with each region dominated by one party.",
      "Political crisis: census and election disputes discredited the First Republic.",
      "January 1966 coup was seen in the north as an Igbo plot; Ironsi's unification decree increased fears.",
      "July 1966 counter-coup and the killings of Igbo civilians in the north; mass flight to the east.",
      "Failure of Aburi; the twelve-state decree divided the east; Biafra declared; oil raised the stakes.",
    ],
    plan: "Introduction: thesis. Body: (1) colonial legacy and the regional federation; (2) the crisis of the First Republic; (3) the coups of 1966; (4) the killings and refugees; (5) failed negotiations and secession. Conclusion: rank causes.",
  }),
];

const americasSections: QuestionInput[] = [
  // AM.1 Indigenous societies and cultures in the Americas (c750–1500)
  mcq({
    key: "am-1-01",
    topic: "AM.1",
    difficulty: 2,
    paper: "P3",
    stem: "The Inca recorded numbers such as census and tribute figures using knotted cords called:",
    options: ["mita", "ayllu", "chinampas", "quipu (khipu)"],
    correct: "D",
    why: "Quipu were cords whose knots, colours and positions recorded numerical (and probably other) information, kept by specialist record-keepers. The mita was the Inca labour-service system, the ayllu the kin-based community, and chinampas the raised fields of the Valley of Mexico.",
  }),

  // AM.2 European explorations and conquests in the Americas (c1492–c1600)
  essay({
    key: "am-2-01",
    topic: "AM.2",
    difficulty: 4,
    paper: "P3",
    term: "Evaluate",
    stem: "Evaluate the impact of Spanish conquest and colonization on the indigenous peoples of the Americas between 1492 and c1600.",
    knowledge:
      "Columbus's landing in 1492 and the collapse of the Taíno population of Hispaniola; the encomienda system; the smallpox epidemic in Tenochtitlan (1520) and later epidemics that caused a catastrophic fall in population in central Mexico and the Andes; the fall of Tenochtitlan (1521) and of the Inca empire after Cajamarca (1532); the silver mines of Potosí (from 1545) and the use of the mita labour draft; Bartolomé de las Casas, the New Laws (1542) and the Valladolid debate (1550–1551); conversion and the survival of indigenous elites, languages and communities; the exchange of plants, animals and diseases between the hemispheres",
    analysis:
      "distinguishing demographic, economic, political, religious and cultural effects, and asking which were deliberate policy and which were unintended (above all, disease)",
    perspectives:
      "the 'Black Legend' of Spanish cruelty against views stressing disease as the main killer; recent work on indigenous agency, such as the Tlaxcalan alliance with Cortés and the adaptation of indigenous communities and nobles to colonial rule",
    conclusion:
      "a judgement, e.g. that the impact was catastrophic demographically, mainly through disease, while forced labour and conversion transformed but did not wholly destroy indigenous societies",
    keyPoints: [
      "Demographic collapse: the population of central Mexico fell by a very large proportion in the 16th century; epidemic disease was the main cause, worsened by war, forced labour and disruption.",
      "Economic exploitation: encomienda, tribute and the mita at Potosí.",
      "Political change: the Aztec and Inca states destroyed; some indigenous nobles kept local power under Spanish rule.",
      "Religious and cultural change: mass conversion, destruction of temples and codices, but also syncretism and survival of languages.",
      "Debate in Spain: Las Casas and the New Laws show that the treatment of indigenous peoples was contested even at the time.",
    ],
    plan: "Introduction: thesis. Body: (1) demographic impact; (2) labour and economic exploitation; (3) political impact; (4) religion and culture; (5) Spanish debate and limits on exploitation. Conclusion: weigh the most important impact.",
  }),

  // AM.3 Colonial government in the New World (1500–1800)
  mcq({
    key: "am-3-01",
    topic: "AM.3",
    difficulty: 3,
    paper: "P3",
    stem: "In the Spanish empire, which body based in Spain advised the king and drew up laws for the American colonies from the 1520s?",
    options: ["The Council of the Indies", "The Casa de Contratación", "The audiencia of Mexico", "The cabildo of Seville"],
    correct: "A",
    why: "The Council of the Indies (established 1524) was the supreme governing and legislative body for Spanish America under the Crown. The Casa de Contratación (House of Trade, 1503, Seville) regulated trade and shipping; audiencias were royal courts in the colonies; cabildos were town councils.",
  }),

  // AM.4 Religion in the New World (1500–1800)
  written({
    key: "am-4-01",
    topic: "AM.4",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** methods the Catholic Church used to convert the indigenous peoples of Spanish America in the 16th and 17th centuries.",
    points: [
      pt("a1", 1, "Method: missionary orders (Franciscans, Dominicans, later Jesuits) / friars sent to preach and baptize", [
        "Franciscans",
        "Dominicans",
        "Jesuits",
        "friars",
      ]),
      pt(
        "a2",
        1,
        "Explained: friars learned indigenous languages such as Nahuatl and Quechua and wrote catechisms and grammars in them, so they could preach directly",
        ["Nahuatl", "Quechua", "languages", "catechism"],
      ),
      pt("b1", 1, "Method: gathering indigenous people into mission towns / reducciones (e.g. the Jesuit missions among the Guaraní)", [
        "missions",
        "reducciones",
        "Guaraní",
      ]),
      pt("b2", 1, "Explained: this made regular instruction and control of religious life possible and separated converts from traditional practices", [
        "instruction",
        "control",
      ]),
      pt("c1", 1, "Method: destroying temples and images / building churches on sacred sites", ["temples", "churches", "destroy"]),
      pt(
        "c2",
        1,
        "Explained: this replaced the old religion's public centres with Christian ones, e.g. the cathedral of Mexico City built beside the ruins of the Templo Mayor",
        ["Templo Mayor", "cathedral", "replace"],
      ),
      pt("d1", 1, "Method: adapting to indigenous culture / use of festivals, music and images / devotion to the Virgin of Guadalupe", [
        "festivals",
        "images",
        "Guadalupe",
        "syncretism",
      ]),
      pt("d2", 1, "Explained: this made Christianity more familiar, but produced syncretic practices that mixed old and new beliefs", [
        "familiar",
        "syncretic",
        "mixed",
      ]),
    ],
    answer:
      "Any two methods, each identified (1 mark) and explained (1 mark), for example:\n\n- **Missionary friars working in indigenous languages.** Franciscans arrived in New Spain in the 1520s, followed by Dominicans, Augustinians and later Jesuits. They learned Nahuatl and other languages, wrote catechisms and preached and baptized on a huge scale.\n- **Mission towns.** Indigenous people were gathered into new settlements around a church, such as the Jesuit reducciones among the Guaraní, where the friars could teach doctrine daily and supervise religious life.\n\nOther valid methods: destroying temples and building churches on their sites; schools for the sons of indigenous nobles; religious festivals, music and images that encouraged a mixing (syncretism) of beliefs.",
  }),

  // AM.5 Slavery and the New World (1500–1800)
  mcq({
    key: "am-5-01",
    topic: "AM.5",
    difficulty: 1,
    paper: "P3",
    stem: "Which crop was the main product of the slave plantations of north-eastern Brazil and the Caribbean in the 16th and 17th centuries?",
    options: ["Cotton", "Sugar", "Coffee", "Tobacco"],
    correct: "B",
    why: "Sugar cane plantations in Pernambuco and Bahia, and then in Barbados, Jamaica and Saint-Domingue, absorbed most enslaved Africans brought to the Americas in this period. Tobacco was grown in Virginia from the 1610s; coffee and cotton became the main slave-grown crops of Brazil and the US South in the 19th century.",
  }),

  // AM.6 Independence movements (1763–1830)
  essay({
    key: "am-6-01",
    topic: "AM.6",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the causes of **two** independence movements in the Americas between 1763 and 1830.",
    knowledge:
      "for the Thirteen Colonies: the end of the Seven Years' War (1763), the Proclamation Line, the Stamp Act (1765) and 'no taxation without representation', the Boston Tea Party (1773), the Coercive Acts (1774), Enlightenment ideas and the Declaration of Independence (4 July 1776); for Haiti: the slave revolt of August 1791 in Saint-Domingue, the influence of the French Revolution, Toussaint Louverture, Napoleon's attempt to restore slavery and the declaration of independence by Dessalines (1 January 1804); for Spanish America: the Bourbon reforms, creole resentment of peninsulares, Napoleon's invasion of Spain (1808) and the crisis of legitimacy, Hidalgo's Grito de Dolores (16 September 1810), Bolívar and San Martín, Mexico's independence under Iturbide's Plan of Iguala (1821)",
    analysis:
      "comparing the causes by type (long-term grievances, ideas, external events, leadership, social tensions) and explaining why the movements differed, e.g. a revolt of enslaved people in Haiti against creole elites leading movements in the Thirteen Colonies and much of Spanish America",
    perspectives:
      "debates on whether the American Revolution was conservative or radical; on whether Spanish American independence was caused more by internal grievances or by the external shock of 1808",
    conclusion: "a judgement on the most important similarities and differences in causation",
    keyPoints: [
      "Similarity: imperial reforms after 1763 raised taxes and tightened control, angering colonial elites (British taxation; Bourbon reforms).",
      "Similarity: Enlightenment ideas and the example of earlier revolutions.",
      "Difference: Haiti's revolution began as a revolt of enslaved people against slavery and racial hierarchy.",
      "Difference: in Spanish America the trigger was external — the collapse of Spanish royal authority in 1808.",
      "Social fears shaped leaders' aims, e.g. Mexican creoles supported independence in 1821 partly to protect their position.",
    ],
    plan: "Introduction: name the two movements; thesis. Comparative paragraphs: long-term grievances; ideas; triggers; social composition and leadership. Conclusion: judgement on the key similarity and difference.",
  }),

  // AM.7 Nation-building and challenges (c1780–c1870)
  mcq({
    key: "am-7-01",
    topic: "AM.7",
    difficulty: 2,
    paper: "P3",
    stem: "Which treaty ended the war between the United States and Mexico in 1848, transferring California and much of the present US south-west to the United States?",
    options: ["The Adams–Onís Treaty", "The Treaty of Velasco", "The Treaty of Guadalupe Hidalgo", "The Treaty of Paris"],
    correct: "C",
    why: "By the Treaty of Guadalupe Hidalgo (February 1848) Mexico lost about half of its territory and recognized the Rio Grande as the border of Texas. The Adams–Onís Treaty (1819) transferred Florida from Spain; the Treaties of Velasco (1836) were signed by Santa Anna after his capture in Texas; the Treaty of Paris (1783) ended the American War of Independence.",
  }),

  // AM.9 The development of modern nations (1865–1929)
  written({
    key: "am-9-01",
    topic: "AM.9",
    difficulty: 2,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons for the rapid industrial growth of the United States between 1865 and 1914.",
    points: [
      pt("a1", 1, "Reason: the railroads / transport network (first transcontinental railroad completed 1869)", ["railroad", "railway", "1869"]),
      pt("a2", 1, "Explained: created a national market and a huge demand for steel, coal and engineering", ["national market", "demand", "steel"]),
      pt("b1", 1, "Reason: immigration / large labour supply", ["immigration", "immigrants", "labour"]),
      pt("b2", 1, "Explained: millions of immigrants provided cheap labour for factories and mines and added consumers", ["cheap", "factories", "consumers"]),
      pt("c1", 1, "Reason: abundant natural resources (coal, iron ore, oil, timber)", ["resources", "coal", "iron", "oil"]),
      pt("c2", 1, "Explained: cheap raw materials and energy lowered costs, e.g. Rockefeller's Standard Oil, Carnegie's steel", [
        "Rockefeller",
        "Carnegie",
        "costs",
      ]),
      pt("d1", 1, "Reason: government policy favourable to business (protective tariffs, land grants, little regulation)", [
        "tariffs",
        "land grants",
        "laissez-faire",
      ]),
      pt("d2", 1, "Explained: protected new industries from foreign competition and encouraged investment", ["protected", "competition", "investment"]),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Railroads.** The first transcontinental railroad was completed in 1869 and the network grew rapidly. It linked a continental market and created enormous demand for steel, coal and machinery.\n- **Immigration.** Millions of immigrants, increasingly from southern and eastern Europe, supplied cheap labour for mines, mills and factories and enlarged the market.\n\nOther valid reasons: natural resources; protective tariffs and government land grants; new technology and business organization (Carnegie Steel, Standard Oil, trusts); access to investment capital.",
  }),

  // AM.10 Emergence of the Americas in global affairs (1880–1929)
  mcq({
    key: "am-10-01",
    topic: "AM.10",
    difficulty: 3,
    paper: "P3",
    stem: "The Roosevelt Corollary (1904) to the Monroe Doctrine stated that:",
    options: [
      "the United States would never intervene in the internal affairs of Latin American states",
      "European powers could take control of Latin American customs houses to collect unpaid debts",
      "the United States might act as an 'international police power' and intervene in Latin American states guilty of chronic wrongdoing, to prevent European intervention",
      "the United States would join the League of Nations to protect the western hemisphere",
    ],
    correct: "C",
    why: "After the Venezuela debt crisis (1902–1903), Theodore Roosevelt claimed a right for the US to intervene, beginning with control of the Dominican Republic's customs (1905). Non-intervention was the promise of Franklin Roosevelt's 'Good Neighbor' policy (1933); the US Senate rejected membership of the League of Nations.",
  }),

  // AM.11 The Mexican Revolution (1884–1940)
  essay({
    key: "am-11-01",
    topic: "AM.11",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent had the aims of the Mexican Revolution been achieved by 1940?",
    knowledge:
      "the Porfiriato and opposition to Díaz's re-election; Madero's Plan of San Luis Potosí (1910) and Díaz's resignation (1911); Zapata's Plan of Ayala (1911) demanding land; Huerta's coup and Madero's murder (1913); the Constitutionalists (Carranza, Obregón) against Villa and Zapata; the Constitution of 1917 (Article 27 on land and subsoil, Article 123 on labour, Article 3 on secular education); Obregón's presidency (1920–1924) and Vasconcelos's education programme; the Cristero War (1926–1929); Calles and the founding of the PNR (1929); Cárdenas (1934–1940), large-scale land redistribution through ejidos and the nationalization of oil (March 1938)",
    analysis:
      "identifying the different aims of different revolutionary groups (political democracy and 'no re-election'; land; labour rights; national control of resources; limits on the Church) and measuring each against what had happened by 1940",
    perspectives:
      "interpretations that see the revolution as a genuine social revolution completed by Cárdenas, against revisionist views that it created a new centralized state dominated by one party and that effective democracy was not achieved",
    conclusion:
      "a judgement, e.g. that social and nationalist aims were largely met under Cárdenas, but Madero's democratic aim was not, as the official party dominated politics",
    keyPoints: [
      "Political aims: 'effective suffrage, no re-election' — re-election was banned, but one party dominated from 1929.",
      "Land: little reform until Cárdenas, who distributed far more land than all his predecessors together.",
      "Labour: Article 123 rights; unions incorporated into the state (CTM, 1936).",
      "Nationalism: Article 27 and the oil expropriation of 1938.",
      "Church: anticlerical articles and the Cristero War; a compromise after 1929.",
    ],
    plan: "Introduction: define the aims and give a thesis. Body: political, agrarian, labour, nationalist and religious/educational aims in turn, each with a judgement. Conclusion: overall extent.",
  }),

  // AM.13 The Second World War and the Americas (1933–1945)
  mcq({
    key: "am-13-01",
    topic: "AM.13",
    difficulty: 2,
    paper: "P3",
    stem: "Executive Order 9066, signed by Franklin D. Roosevelt in February 1942, led to:",
    options: [
      "the incarceration of about 120,000 people of Japanese ancestry in camps",
      "the Lend-Lease programme of military aid to Britain and later to the Soviet Union",
      "the desegregation of the US armed forces",
      "the creation of the Manhattan Project",
    ],
    correct: "A",
    why: "The order allowed military authorities to exclude people from designated zones; Japanese Americans, most of them US citizens, were sent to camps. Lend-Lease was an Act of Congress (March 1941), the armed forces were desegregated by Truman's Executive Order 9981 (1948), and the Manhattan Project was organized in 1942 under the army.",
  }),

  // AM.14 Political developments in Latin America (1945–1980)
  written({
    key: "am-14-01",
    topic: "AM.14",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons for the military coup that overthrew Salvador Allende in Chile on 11 September 1973.",
    points: [
      pt("a1", 1, "Reason: economic crisis under Allende (high inflation, shortages, strikes)", ["inflation", "shortages", "economic"]),
      pt("a2", 1, "Explained: e.g. the truck owners' strike of 1972 and the 'March of the Empty Pots' turned the middle class against the government", [
        "truck",
        "strike",
        "middle class",
        "pots",
      ]),
      pt("b1", 1, "Reason: US hostility / destabilization (Nixon administration, CIA funding for the opposition, economic pressure)", [
        "CIA",
        "Nixon",
        "United States",
      ]),
      pt("b2", 1, "Explained: after copper nationalization the US cut credit, which deepened the economic crisis and encouraged opponents", [
        "credit",
        "copper",
        "invisible blockade",
      ]),
      pt("c1", 1, "Reason: political polarization / Allende's minority position (about 36% of the vote in 1970; Congress controlled by the opposition)", [
        "minority",
        "36",
        "Congress",
        "polarization",
      ]),
      pt(
        "c2",
        1,
        "Explained: conflict between the executive and Congress, land seizures and radical demands made opponents believe the constitution was being broken, and the Chamber of Deputies declared the government unconstitutional (August 1973)",
        ["Chamber", "unconstitutional", "land seizures"],
      ),
      pt("d1", 1, "Reason: the attitude of the armed forces (Pinochet appointed commander in chief in August 1973)", ["army", "Pinochet", "military"]),
      pt("d2", 1, "Explained: the resignation of the constitutionalist General Prats removed a restraint on the officers who planned the coup", [
        "Prats",
        "constitutionalist",
      ]),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Economic crisis.** Wage rises and spending boosted the economy in 1971, but by 1972–1973 inflation had soared and shortages were widespread. Strikes by truck owners and shopkeepers, backed by the opposition, paralysed the country and turned much of the middle class against Allende.\n- **Polarization and a minority government.** Allende won only about 36% of the vote in 1970 and never controlled Congress. Land and factory seizures and clashes between the government and Congress led the Chamber of Deputies to declare in August 1973 that the government was acting unconstitutionally, which the military used to justify intervention.\n\nOther valid reasons: US destabilization (CIA funding of the opposition, credit cut off after copper nationalization); the armed forces' anticommunism and the replacement of General Prats by Pinochet.",
  }),

  // AM.18 The Americas (1980–2005)
  mcq({
    key: "am-18-01",
    topic: "AM.18",
    difficulty: 2,
    paper: "P3",
    stem: "Which agreement came into force on 1 January 1994, the day the Zapatista uprising began in Chiapas, Mexico?",
    options: ["Mercosur", "The Alliance for Progress", "The Free Trade Area of the Americas", "The North American Free Trade Agreement (NAFTA)"],
    correct: "D",
    why: "NAFTA created a free-trade area of the United States, Canada and Mexico; the Zapatistas (EZLN) chose its first day to protest against its effects on indigenous farmers. Mercosur was created by the Treaty of Asunción (1991) between Argentina, Brazil, Paraguay and Uruguay; the Alliance for Progress was Kennedy's 1961 aid programme; the Free Trade Area of the Americas was proposed but never concluded.",
  }),
];

const asiaSections: QuestionInput[] = [
  // AS.1 Trade and exchange: The Silk Road in the medieval world (750–1500)
  essay({
    key: "as-1-01",
    topic: "AS.1",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent did the Mongol conquests of the 13th century increase trade and cultural exchange along the Silk Road?",
    knowledge:
      "the conquests of Genghis Khan and his successors and the resulting empire stretching from China to eastern Europe; the 'Pax Mongolica'; the yam relay system and paiza passes protecting travellers; Mongol rulers' encouragement of merchants (ortogh partnerships) and use of foreign officials; travellers such as William of Rubruck (1253–1255) and Marco Polo (in Yuan China in the 1270s–1290s); exchanges of technology, medicine, astronomy and art between Persia under the Ilkhanate and Yuan China; the devastation of cities such as Baghdad (1258) and in Central Asia; the division of the empire into rival khanates after 1260; the spread of the Black Death in the 1340s; the fall of the Yuan (1368)",
    analysis:
      "comparing trade and exchange before the Mongols (e.g. under the Tang and the Abbasids, when paper-making spread west) with the Mongol period, and distinguishing the destruction of the conquest phase from the security that followed",
    perspectives:
      "historians who present the Mongol empire as the first integrated 'world system' against those who stress the destruction and population loss of the conquests and the limits of the Pax Mongolica once the khanates fought each other",
    conclusion:
      "a judgement, e.g. that after the destruction of the conquests Mongol rule greatly increased overland contact and exchange for about a century, though the same connections spread plague and did not outlast the break-up of the empire",
    keyPoints: [
      "Before the Mongols: the Silk Road was already active, but political division and insecurity limited long-distance travel.",
      "Conquest phase: destruction of cities and loss of life disrupted trade in Central Asia and Persia.",
      "Pax Mongolica: relay stations, passes and protection for merchants made journeys across Eurasia safer.",
      "Exchange of ideas and people: European travellers and missionaries; Persian and Chinese scholars and craftsmen moved between khanates.",
      "Limits: rivalry between khanates after 1260; the Black Death in the 1340s; collapse of the Yuan in 1368; the growing importance of sea routes.",
    ],
    plan: "Introduction: thesis. Body: (1) the Silk Road before the Mongols; (2) destruction during the conquests; (3) the Pax Mongolica and trade; (4) cultural and technological exchange; (5) limits and the decline of the overland routes. Conclusion: extent of the change.",
  }),

  // AS.2 Japan in the Age of the Samurai (1180–1333)
  mcq({
    key: "as-2-01",
    topic: "AS.2",
    difficulty: 2,
    paper: "P3",
    stem: "Which clan defeated the Taira in the Genpei War (1180–1185) and founded the Kamakura shogunate?",
    options: ["The Hōjō", "The Ashikaga", "The Tokugawa", "The Minamoto"],
    correct: "D",
    why: "Minamoto no Yoritomo won the war (the Taira were destroyed at Dan-no-ura in 1185) and was appointed shogun in 1192, ruling from Kamakura. After his death the Hōjō family governed as regents for the shoguns; the Ashikaga founded the next shogunate (1338) and the Tokugawa ruled from 1603.",
  }),

  // AS.3 Exploration, trade and interaction in East Asia and South-East Asia (1405–1700)
  written({
    key: "as-3-01",
    topic: "AS.3",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons why the Ming treasure voyages led by Zheng He (1405–1433) were not continued after 1433.",
    points: [
      pt("a1", 1, "Reason: the cost of the voyages / financial strain", ["cost", "expense", "financial"]),
      pt(
        "a2",
        1,
        "Explained: the fleets of large ships and tens of thousands of men were very expensive while the court was also paying for the new capital at Beijing and frontier wars",
        ["Beijing", "ships", "frontier"],
      ),
      pt("b1", 1, "Reason: opposition from Confucian scholar-officials", ["Confucian", "officials", "scholar"]),
      pt(
        "b2",
        1,
        "Explained: they saw the voyages as wasteful projects of the court eunuchs (Zheng He was a eunuch) and valued agriculture over trade and foreign display",
        ["eunuchs", "wasteful", "agriculture"],
      ),
      pt("c1", 1, "Reason: changing priorities / the threat from the Mongols on the northern frontier", ["Mongols", "northern", "priorities"]),
      pt("c2", 1, "Explained: resources went to the army and the Great Wall rather than the navy", ["Great Wall", "army", "defence"]),
      pt("d1", 1, "Reason: the death of the Yongle emperor (1424), who had sponsored the voyages", ["Yongle", "death", "1424"]),
      pt(
        "d2",
        1,
        "Explained: his successors had less interest in displaying Ming power abroad; the Hongxi emperor halted the voyages and only one more was sent (1431–1433)",
        ["Hongxi", "Xuande", "halted"],
      ),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Cost.** Seven great expeditions, with hundreds of ships and tens of thousands of men, drained the treasury at the same time as the Yongle emperor was building his new capital at Beijing and fighting the Mongols.\n- **Opposition at court.** Confucian officials regarded the voyages, run by eunuchs such as Zheng He, as extravagant and of little benefit to an agrarian empire. After Yongle died in 1424 their influence grew; the voyages were halted, and after the last one (1431–1433) they were not resumed.\n\nOther valid reasons: priority for the defence of the northern frontier; the reopening of the Grand Canal, which reduced the need for sea transport; restrictions on private overseas trade (the haijin policy).",
  }),

  // AS.4 The rise and fall of the Mughal Empire (1526–1712)
  mcq({
    key: "as-4-01",
    topic: "AS.4",
    difficulty: 1,
    paper: "P3",
    stem: "Who founded the Mughal Empire by defeating Ibrahim Lodi, Sultan of Delhi, at the First Battle of Panipat in 1526?",
    options: ["Akbar", "Humayun", "Aurangzeb", "Babur"],
    correct: "D",
    why: "Babur, a descendant of Timur from Central Asia, used field artillery and cavalry tactics to defeat the much larger army of Ibrahim Lodi. Humayun was his son; Akbar (r. 1556–1605) expanded and consolidated the empire; Aurangzeb (r. 1658–1707) extended it to its greatest size.",
  }),

  // AS.5 Colonialism and the development of nationalism in South-East Asia (c1750–1914)
  essay({
    key: "as-5-01",
    topic: "AS.5",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the development of nationalism in **two** South-East Asian countries before 1914.",
    knowledge:
      "for the Philippines: the Propaganda Movement, José Rizal's novels Noli Me Tángere (1887) and El filibusterismo (1891), Rizal's execution (December 1896), Andrés Bonifacio's Katipunan (1892), the revolution of 1896, Aguinaldo's declaration of independence (June 1898), and the Philippine–American War (1899–1902); for the Dutch East Indies: the Cultivation System (from 1830), the Ethical Policy (from 1901), Budi Utomo (1908) and Sarekat Islam (1912); for Vietnam: the French conquest (1858–1885), the Cần Vương royalist resistance (from 1885), Phan Bội Châu and the movement to study in Japan after 1905, and Phan Châu Trinh's reformism",
    analysis:
      "a comparative structure (the colonial context, the social groups that led nationalism, ideas and influences, methods, and results by 1914), explaining why nationalism developed earlier and more radically in some colonies",
    perspectives:
      "debates over whether early movements were truly 'national' or regional, religious and elite-based; the influence of Japan's victory over Russia (1905) and of Western-educated elites",
    conclusion: "a judgement on the key similarities and differences and their causes",
    keyPoints: [
      "Philippines: an educated elite (ilustrados) and a popular revolutionary movement produced Asia's first anti-colonial republic (1899), crushed by the US.",
      "Indonesia: nationalism was later and at first cultural and religious (Budi Utomo, Sarekat Islam), partly stimulated by Dutch education under the Ethical Policy.",
      "Vietnam: early resistance was royalist (Cần Vương), then modernizing nationalists looked to Japan and China.",
      "Similarities: grievances over economic exploitation and racial discrimination; Western education produced leaders.",
      "Differences explained by the colonial power's policies, religion and the timing of colonial rule.",
    ],
    plan: "Introduction: name the two countries and give the main similarity and difference. Comparative paragraphs: colonial context; leaders and social base; ideas; methods; outcomes by 1914. Conclusion: explain the differences.",
  }),

  // AS.6 India, Afghanistan and Burma (1750–1919)
  mcq({
    key: "as-6-01",
    topic: "AS.6",
    difficulty: 1,
    paper: "P3",
    stem: "At which battle in 1757 did Robert Clive's East India Company forces defeat Siraj ud-Daulah, the Nawab of Bengal?",
    options: ["Plassey", "Buxar", "Panipat", "Seringapatam"],
    correct: "A",
    why: "At Plassey (June 1757) Clive won with the help of the defection of Mir Jafar, whom the Company made nawab. Buxar (1764) confirmed Company power and led to the grant of the diwani of Bengal (1765); the Third Battle of Panipat (1761) was between the Marathas and Ahmad Shah Durrani; Seringapatam was Tipu Sultan's capital, taken in 1799.",
  }),

  // AS.7 Challenges to traditional East Asian societies (1700–1868)
  written({
    key: "as-7-01",
    topic: "AS.7",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** causes of the First Opium War (1839–1842) between Britain and Qing China.",
    points: [
      pt("a1", 1, "Cause: the trade imbalance / British demand for Chinese tea paid for in silver", ["tea", "silver", "imbalance"]),
      pt(
        "a2",
        1,
        "Explained: British traders sold opium smuggled from India to reverse the flow of silver, so opium addiction spread and silver drained out of China",
        ["opium", "India", "drain", "smuggling"],
      ),
      pt("b1", 1, "Cause: the Qing campaign against opium led by Lin Zexu", ["Lin Zexu", "confiscated", "destroyed"]),
      pt(
        "b2",
        1,
        "Explained: in 1839 Lin confiscated and destroyed over 20,000 chests of British opium at Canton, which British merchants and the government treated as an attack on property and trade",
        ["20,000", "chests", "property"],
      ),
      pt("c1", 1, "Cause: British opposition to the Canton system / demands for free trade and diplomatic equality", [
        "Canton system",
        "Cohong",
        "free trade",
        "equality",
      ]),
      pt(
        "c2",
        1,
        "Explained: trade was restricted to one port and licensed merchants, and the Qing refused equal diplomatic relations (e.g. the Macartney mission of 1793 failed); after the East India Company's monopoly ended in 1834, private traders pressed for force",
        ["Macartney", "1834", "monopoly"],
      ),
    ],
    answer:
      "Any two causes, each identified (1 mark) and explained (1 mark), for example:\n\n- **Trade imbalance and opium.** Britain bought large amounts of Chinese tea but China wanted few British goods, so silver flowed to China. British merchants paid for tea by selling opium grown in India, smuggled in despite imperial bans. By the 1830s silver was flowing out of China and addiction was widespread.\n- **Lin Zexu's crackdown.** The Daoguang emperor sent Lin Zexu to Canton in 1839; he forced the foreign merchants to surrender over 20,000 chests of opium and destroyed it. Britain sent a naval expedition in response.\n\nOther valid causes: British resentment of the restrictive Canton system and of China's refusal to treat Britain as an equal; the end of the East India Company's monopoly (1834) and pressure from free-trade merchants.",
  }),

  // AS.8 British colonialism and emerging national identities in Oceania (1788–1919)
  mcq({
    key: "as-8-01",
    topic: "AS.8",
    difficulty: 1,
    paper: "P3",
    stem: "In 1840 the Treaty of Waitangi was signed between representatives of the British Crown and:",
    options: ["Aboriginal leaders in New South Wales", "the governors of the Australian colonies", "the king of Tonga", "Māori chiefs in New Zealand"],
    correct: "D",
    why: "The treaty, first signed on 6 February 1840, led to British sovereignty over New Zealand. Its English and Māori texts differed on what the chiefs gave up (sovereignty or governance), a source of lasting dispute. No treaty was made with Aboriginal peoples by the British government in Australia.",
  }),

  // AS.9 Early modernization and imperial decline in East Asia (1860–1912)
  essay({
    key: "as-9-01",
    topic: "AS.9",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the responses of Japan and China to Western pressure between 1860 and 1912.",
    knowledge:
      "for Japan: the Meiji Restoration (1868), abolition of the domains (1871), conscription (1873), land tax reform, state-sponsored industry, the Iwakura Mission (1871–1873), the Meiji Constitution (1889), victory over China (1894–1895) and Russia (1904–1905), the Anglo-Japanese Alliance (1902) and the end of the unequal treaties; for China: the Self-Strengthening Movement (c1861–1895) led by provincial officials such as Zeng Guofan and Li Hongzhang, arsenals and shipyards, Empress Dowager Cixi's power, defeat by Japan (Treaty of Shimonoseki, 1895), the Hundred Days' Reform (1898), the Boxer Uprising and the Boxer Protocol (1901), the late Qing reforms including the abolition of the civil service examinations (1905), and the 1911 revolution and abdication of the emperor (1912)",
    analysis:
      "comparing aims, leadership, scope and results, and explaining why Japan's modernization was deeper and more successful (a new ruling group with a centralized state, compared with a conservative court and reforms limited to 'Western methods for Chinese essence')",
    perspectives:
      "views that China's failure was due to the conservatism of the court and the gentry against views stressing China's size, the burden of the Taiping Rebellion and foreign pressure, and that Japan's success came at the price of authoritarianism and militarism",
    conclusion:
      "a judgement on the key similarity (both sought Western technology to resist the West) and difference (the depth of political and social change), with reasons",
    keyPoints: [
      "Similarity: both adopted Western military technology and industry to defend their independence.",
      "Japan: a centralizing revolution from above that changed government, society, education and the army.",
      "China: reform was piecemeal, provincial and opposed at court; the Hundred Days' Reform was reversed by Cixi.",
      "Results: Japan became an imperial power; China was defeated, lost territory and the dynasty fell in 1912.",
      "Explanations: political structure, leadership, scale and timing of foreign pressure.",
    ],
    plan: "Introduction: thesis. Comparative paragraphs: aims and attitudes; political reform; military and economic modernization; social and educational change; outcomes by 1912. Conclusion: explain the difference in results.",
  }),

  // AS.13 Impact of the Second World War on South-East Asia
  mcq({
    key: "as-13-01",
    topic: "AS.13",
    difficulty: 2,
    paper: "P3",
    stem: "Who proclaimed the independence of Indonesia on 17 August 1945, two days after Japan announced its surrender?",
    options: ["Sukarno and Mohammad Hatta", "Ho Chi Minh", "Aung San", "Tunku Abdul Rahman"],
    correct: "A",
    why: "Sukarno and Hatta, who had cooperated with the Japanese occupation, declared the Republic of Indonesia; the Dutch fought to restore control until they recognized Indonesian sovereignty in December 1949. Ho Chi Minh declared Vietnam's independence on 2 September 1945; Aung San led Burmese nationalists; Tunku Abdul Rahman led Malaya to independence in 1957.",
  }),

  // AS.16 Developments and challenges in South Asia after 1947
  written({
    key: "as-16-01",
    topic: "AS.16",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons why East Pakistan became the independent state of Bangladesh in 1971.",
    points: [
      pt("a1", 1, "Reason: the language question / the attempt to make Urdu the sole national language", ["Urdu", "Bengali", "language"]),
      pt(
        "a2",
        1,
        "Explained: Bengali speakers were the majority; the Language Movement and the killing of protesters on 21 February 1952 created a distinct Bengali national identity",
        ["1952", "Language Movement", "identity"],
      ),
      pt("b1", 1, "Reason: political exclusion / refusal to transfer power after the 1970 election", ["election", "1970", "Awami League", "Mujib"]),
      pt(
        "b2",
        1,
        "Explained: Sheikh Mujibur Rahman's Awami League won an overall majority in the National Assembly (almost all East Pakistan's seats) but the assembly was postponed and power was not handed over",
        ["majority", "postponed", "assembly"],
      ),
      pt("c1", 1, "Reason: economic grievances / exploitation by West Pakistan", ["economic", "jute", "exploitation"]),
      pt(
        "c2",
        1,
        "Explained: export earnings (e.g. from jute) were spent mainly in the West, and the West dominated the army and civil service; the Six-Point programme (1966) demanded autonomy",
        ["Six-Point", "army", "civil service"],
      ),
      pt("d1", 1, "Reason: the military crackdown (Operation Searchlight, March 1971) and Indian intervention", ["Searchlight", "crackdown", "India"]),
      pt(
        "d2",
        1,
        "Explained: mass killings drove millions of refugees into India, which intervened in December 1971; Pakistani forces surrendered in Dhaka on 16 December 1971",
        ["refugees", "December", "surrender"],
      ),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Political exclusion.** In the December 1970 election the Awami League of Sheikh Mujibur Rahman won almost all East Pakistan's seats and so a majority in the National Assembly, on a programme of autonomy (the Six Points). Yahya Khan postponed the assembly, and negotiations failed.\n- **Military repression and Indian intervention.** The army launched Operation Searchlight on 25 March 1971; independence was declared and a guerrilla war began. Millions of refugees fled to India, which went to war in December 1971; the Pakistani army surrendered on 16 December.\n\nOther valid reasons: the language conflict from 1948–1952; economic disparity between the two wings; geographical separation by about 1,600 km of Indian territory; the government's poor response to the 1970 cyclone.",
  }),

  // AS.17 Developments in Oceania after the Second World War (1945–2005)
  mcq({
    key: "as-17-01",
    topic: "AS.17",
    difficulty: 2,
    paper: "P3",
    stem: "The ANZUS Treaty, signed in 1951, was a security alliance between:",
    options: [
      "Australia, New Zealand and the United Kingdom",
      "Australia, New Zealand and the United States",
      "Australia, New Zealand and their Pacific Island neighbours",
      "Australia, the Netherlands and the United States",
    ],
    correct: "B",
    why: "ANZUS reflected the shift of Australia and New Zealand from reliance on Britain to reliance on the United States after the fall of Singapore. After New Zealand banned nuclear-armed and nuclear-powered ships from its ports (1984–1987), the US suspended its treaty obligations to New Zealand (1986). SEATO (1954) was a wider regional pact that included Britain.",
  }),

  // AS.18 Social, cultural and economic developments in Asia (1980–2005)
  essay({
    key: "as-18-01",
    topic: "AS.18",
    difficulty: 5,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was the Asian financial crisis of 1997–1998 caused by weaknesses within the economies of the countries affected?",
    knowledge:
      "rapid growth of the 'tiger' and 'tiger cub' economies in the 1980s–1990s; financial liberalization and large short-term foreign borrowing in US dollars; currencies pegged to the dollar; property and stock market bubbles; weak bank regulation and close ties between governments, banks and firms ('crony capitalism'); the floating of the Thai baht on 2 July 1997 and contagion to Indonesia, Malaysia, the Philippines and South Korea; IMF rescue packages with conditions (Thailand, Indonesia, South Korea); Malaysia's refusal of IMF help and capital controls (September 1998); the fall of Suharto in Indonesia (May 1998)",
    analysis:
      "separating underlying vulnerabilities within the economies from the external triggers and the way panic spread, and explaining why some economies were hit harder than others",
    perspectives:
      "the view of the IMF and many Western economists, which stressed domestic weaknesses, against the view (e.g. of Mahathir Mohamad, and of some economists) that speculators, volatile global capital flows and the IMF's austerity conditions caused or deepened the crisis",
    conclusion:
      "a judgement, e.g. that domestic weaknesses made the economies vulnerable, but the speed and scale of the crisis came from panic in global capital markets",
    keyPoints: [
      "Internal weaknesses: short-term dollar debt, pegged currencies, bubbles, poorly regulated banks, cronyism.",
      "Trigger: speculative attacks forced Thailand to float the baht (July 1997).",
      "Contagion: investors withdrew from other economies in the region, even those with sounder fundamentals.",
      "External factors: liberalized capital flows; the role of the IMF's conditions in deepening recession.",
      "Consequences confirm the debate: political change in Indonesia; Malaysia recovered with capital controls.",
    ],
    plan: "Introduction: thesis. Body: (1) domestic weaknesses; (2) the trigger in Thailand; (3) contagion and global capital; (4) the role of the IMF; (5) comparison of affected countries. Conclusion: judgement on the balance of internal and external causes.",
  }),
];

const europeSections: QuestionInput[] = [
  // EU.1 Monarchies in England and France (1066–1223)
  mcq({
    key: "eu-1-01",
    topic: "EU.1",
    difficulty: 3,
    paper: "P3",
    stem: "At the Battle of Bouvines (1214), Philip II Augustus of France defeated a coalition that included:",
    options: [
      "Richard I of England and the count of Toulouse",
      "the Emperor Otto IV and the count of Flanders, allies of King John",
      "the Emperor Frederick Barbarossa and Henry II of England",
      "the Duke of Normandy and the king of Castile",
    ],
    correct: "B",
    why: "Bouvines (27 July 1214) destroyed John's plan to recover his lost French lands; with John's own campaign in Poitou also failing, Philip kept Normandy and Anjou, and John's defeat helped provoke the baronial revolt that produced Magna Carta (1215). Richard I died in 1199, Barbarossa in 1190 and Henry II in 1189; Normandy had been taken by Philip in 1204.",
  }),

  // EU.2 Muslims and Jews in medieval Europe (1095–1492)
  written({
    key: "eu-2-01",
    topic: "EU.2",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons for the persecution of Jewish communities in western Europe between 1095 and 1492.",
    points: [
      pt("a1", 1, "Reason: crusading religious fervour", ["crusade", "crusading", "religious"]),
      pt(
        "a2",
        1,
        "Explained: crusaders attacked Jews as 'enemies of Christ' at home, e.g. the massacres in the Rhineland towns (Speyer, Worms, Mainz) in 1096",
        ["Rhineland", "Mainz", "Worms", "1096"],
      ),
      pt("b1", 1, "Reason: religious hostility promoted by the Church / accusations such as blood libel and host desecration", [
        "blood libel",
        "Church",
        "host",
      ]),
      pt(
        "b2",
        1,
        "Explained: false accusations (e.g. the case of William of Norwich, 1144) led to attacks and trials; the Fourth Lateran Council (1215) required Jews to wear distinctive dress, marking them out",
        ["Norwich", "Lateran", "distinctive dress", "badge"],
      ),
      pt("c1", 1, "Reason: economic resentment of Jewish moneylending / debt", ["moneylending", "debt", "usury"]),
      pt(
        "c2",
        1,
        "Explained: Christians were forbidden to lend at interest, so Jews were pushed into lending; debtors and rulers who taxed them heavily could profit from attacks or expulsions (England 1290, France 1306)",
        ["1290", "1306", "expulsion", "taxed"],
      ),
      pt("d1", 1, "Reason: scapegoating in times of crisis, e.g. the Black Death (1348–1351)", ["Black Death", "scapegoat", "plague"]),
      pt("d2", 1, "Explained: Jews were accused of poisoning wells and whole communities were massacred, e.g. in Strasbourg (1349)", [
        "poisoning",
        "wells",
        "Strasbourg",
      ]),
      pt("e1", 1, "Reason: the drive for religious uniformity in Spain", ["Spain", "uniformity", "Inquisition"]),
      pt(
        "e2",
        1,
        "Explained: the Spanish Inquisition (from 1478) targeted converts suspected of secretly practising Judaism, and Ferdinand and Isabella expelled the Jews who would not convert (1492)",
        ["1478", "1492", "conversos", "Alhambra"],
      ),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **Crusading fervour.** Preaching of the First Crusade encouraged some crusaders to attack Jews as enemies of Christianity nearer home: in 1096 Jewish communities in Speyer, Worms and Mainz were massacred.\n- **Scapegoating in crisis.** During the Black Death Jews were falsely accused of poisoning wells, and many communities in the Rhineland, Switzerland and Alsace, such as Strasbourg in 1349, were destroyed.\n\nOther valid reasons: Church teaching and the blood libel; the Fourth Lateran Council's distinctive dress; resentment of moneylending and royal exploitation leading to expulsions from England (1290) and France (1306); the search for religious unity in Spain, the Inquisition and the expulsion of 1492.",
  }),

  // EU.3 Late medieval political crises (1300–1487)
  mcq({
    key: "eu-3-01",
    topic: "EU.3",
    difficulty: 2,
    paper: "P3",
    stem: "The English Peasants' Revolt of 1381 was triggered chiefly by:",
    options: ["the deposition of Richard II", "the defeat at Agincourt", "the collection of a poll tax", "the first outbreak of the Black Death"],
    correct: "C",
    why: "The third poll tax (1380), charged at a flat rate per head, and the commissions sent to enforce it set off the rising in Essex and Kent in 1381; rebels led by Wat Tyler entered London and met the young Richard II. Longer-term grievances included the Statute of Labourers (1351) and serfdom after the Black Death (1348–1349). Richard II was deposed in 1399; Agincourt was an English victory in 1415.",
  }),

  // EU.4 The Renaissance (c1400–1600)
  essay({
    key: "eu-4-01",
    topic: "EU.4",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was the wealth of the Italian city-states the main reason why the Renaissance began in Italy?",
    knowledge:
      "the commercial and banking wealth of Florence, Venice and Genoa; the Medici bank and the patronage of Cosimo and Lorenzo de' Medici; civic and guild patronage (e.g. the competition for the Florence Baptistery doors, 1401, and Brunelleschi's dome, completed 1436); competition between rival city-states and princely courts (Urbino, Milan, Mantua); the visible remains of ancient Rome and the revival of classical learning by humanists such as Petrarch; the teaching of Greek in Florence by Manuel Chrysoloras from 1397 and the arrival of Byzantine scholars, including after the fall of Constantinople (1453); papal patronage in Rome (Julius II, the Sistine Chapel ceiling, 1508–1512)",
    analysis:
      "showing how wealth made patronage possible while other factors (the classical heritage, humanist ideas, political rivalry, the urban and secular culture of the city-states) explain why money was spent on art and learning of this kind",
    perspectives:
      "Jacob Burckhardt's 19th-century view of the Renaissance as a sudden break that created the modern individual, against later historians who stress continuity with the Middle Ages and the economic and social context of patronage",
    conclusion:
      "a judgement, e.g. that wealth was a necessary condition, but the classical heritage and humanism gave the movement its character, and rivalry between cities and patrons drove it",
    keyPoints: [
      "Wealth: trade and banking gave merchants, guilds and rulers the money for patronage.",
      "Patronage had political purposes: the Medici used art and building to display power and piety.",
      "Classical heritage: Roman ruins and manuscripts; humanist study of Latin and Greek texts.",
      "Political structure: competing city-states and courts used culture for prestige.",
      "Other causes: Byzantine scholars, the Church and the papacy; printing spread Renaissance ideas after c1450 but did not start them.",
    ],
    plan: "Introduction: thesis. Body: (1) wealth and patronage; (2) the classical heritage and humanism; (3) political rivalry; (4) the Church and Byzantine influences. Conclusion: weigh wealth against the other factors.",
  }),

  // EU.5 The Age of Exploration and its impact (1400–1550)
  mcq({
    key: "eu-5-01",
    topic: "EU.5",
    difficulty: 1,
    paper: "P3",
    stem: "Which explorer reached Calicut in India by sea in 1498, opening a direct Portuguese route to Asia around Africa?",
    options: ["Bartolomeu Dias", "Pedro Álvares Cabral", "Ferdinand Magellan", "Vasco da Gama"],
    correct: "D",
    why: "Vasco da Gama sailed from Lisbon in 1497, rounded the Cape of Good Hope and reached Calicut in May 1498. Dias had first rounded the Cape in 1488; Cabral reached Brazil in 1500 on his way to India; Magellan's expedition (1519–1522) was the first to sail around the world.",
  }),

  // EU.6 Aspects of the Reformation (c1500–1563)
  essay({
    key: "eu-6-01",
    topic: "EU.6",
    difficulty: 4,
    paper: "P3",
    term: "To what extent",
    stem: "To what extent was the support of German princes the main reason for the survival and spread of Lutheranism between 1517 and 1555?",
    knowledge:
      "the Ninety-five Theses (1517) and the indulgence campaign of Johann Tetzel; the Leipzig Debate (1519); Luther's excommunication and the Diet of Worms (1521); Frederick the Wise of Saxony's protection and Luther's stay at the Wartburg; the printing press and the flood of pamphlets and woodcuts; Luther's German New Testament (1522); the Peasants' War (1524–1525) and Luther's condemnation of the rebels; the Augsburg Confession (1530); the Schmalkaldic League (1531); Charles V's wars with France and the Ottomans (siege of Vienna, 1529); the Schmalkaldic War and Charles's victory at Mühlberg (1547); the Peace of Augsburg (1555) and cuius regio, eius religio",
    analysis:
      "explaining how princely protection and the introduction of the Reformation by territorial rulers interacted with printing, popular anticlericalism and the emperor's distractions",
    perspectives:
      "historians who see the Reformation as a 'princes' Reformation' imposed from above against those who stress its urban and popular support (the 'urban reformation' of the imperial cities) and the power of printed propaganda",
    conclusion:
      "a judgement, e.g. that printing and popular anticlericalism spread Luther's ideas, but princely protection and the emperor's distraction by foreign wars allowed Lutheranism to survive and be legally recognized in 1555",
    keyPoints: [
      "Princes: Frederick the Wise protected Luther after Worms; princes such as Philip of Hesse introduced Lutheran churches and led the Schmalkaldic League.",
      "Motives of princes included faith, control of Church lands and independence from the emperor.",
      "Printing: Luther's pamphlets and Bible translation reached a mass audience; cities adopted the Reformation, often under pressure from below.",
      "Charles V was distracted by wars with France and the Ottomans until the 1540s; even after Mühlberg he could not restore unity.",
      "Outcome: the Peace of Augsburg recognized Lutheranism as the choice of the ruler.",
    ],
    plan: "Introduction: thesis. Body: (1) princely protection and motives; (2) printing and popular support; (3) Charles V's distractions; (4) the Schmalkaldic League, the war and the Peace of Augsburg. Conclusion: judgement on the main reason.",
  }),

  // EU.7 Absolutism and Enlightenment (1650–1800)
  mcq({
    key: "eu-7-01",
    topic: "EU.7",
    difficulty: 2,
    paper: "P3",
    stem: "Which French king revoked the Edict of Nantes in 1685, ending legal toleration of Protestants (Huguenots) in France?",
    options: ["Henry IV", "Louis XIII", "Louis XIV", "Louis XV"],
    correct: "C",
    why: "Louis XIV's Edict of Fontainebleau (1685) revoked the edict, reflecting his aim of 'one king, one law, one faith'; many Huguenots emigrated, to the Netherlands, England, Brandenburg-Prussia and elsewhere. Henry IV had issued the Edict of Nantes in 1598.",
  }),

  // EU.9 France (1815–1914)
  written({
    key: "eu-9-01",
    topic: "EU.9",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons for the overthrow of Charles X in the July Revolution of 1830.",
    points: [
      pt("a1", 1, "Reason: the Four Ordinances of July 1830 / Charles X's attempt to rule against the Chamber", ["Ordinances", "July", "Chamber"]),
      pt(
        "a2",
        1,
        "Explained: they suspended the freedom of the press, dissolved the newly elected Chamber and restricted the electorate, which was seen as a royal coup against the Charter",
        ["press", "dissolved", "Charter", "electorate"],
      ),
      pt("b1", 1, "Reason: Charles X's ultra-royalism / association with the Church and the old regime", ["ultra", "Church", "old regime"]),
      pt(
        "b2",
        1,
        "Explained: e.g. the Law against Sacrilege (1825), compensation for émigrés and a coronation at Reims made liberals fear a return to absolutism",
        ["Sacrilege", "émigrés", "Reims", "absolutism"],
      ),
      pt("c1", 1, "Reason: the choice of Polignac as chief minister (1829) against the majority in the Chamber", ["Polignac", "1829", "majority"]),
      pt(
        "c2",
        1,
        "Explained: the liberal opposition won the 1830 election, so conflict between king and Chamber could only be settled by a climb-down or force",
        ["opposition", "election", "conflict"],
      ),
      pt("d1", 1, "Reason: economic distress (poor harvests, high bread prices, unemployment, 1827–1830)", ["harvests", "bread", "unemployment"]),
      pt("d2", 1, "Explained: this made Paris workers and artisans ready to fight on the barricades during the 'Three Glorious Days' (27–29 July)", [
        "barricades",
        "Three Glorious Days",
        "Paris",
      ]),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **The July Ordinances.** After the liberal opposition won the 1830 elections, Charles X issued four ordinances that suspended the liberty of the press, dissolved the new Chamber, reduced the electorate and called new elections. Journalists led by Thiers protested, and Paris rose.\n- **Economic distress.** Bad harvests and a commercial slump after 1827 brought high bread prices and unemployment, so workers and artisans joined the fighting on the barricades in the 'Three Glorious Days' (27–29 July 1830).\n\nOther valid reasons: the ultra-royalist and clerical policies of Charles X; the appointment of Polignac (1829); the king's loss of control of Paris once troops were outnumbered. The liberal deputies then made Louis-Philippe king.",
  }),

  // EU.10 Society, politics and economy in Britain and Ireland (1815–1914)
  mcq({
    key: "eu-10-01",
    topic: "EU.10",
    difficulty: 2,
    paper: "P3",
    stem: "Which prime minister repealed the Corn Laws in 1846, splitting the Conservative Party?",
    options: ["Sir Robert Peel", "William Gladstone", "Benjamin Disraeli", "Earl Grey"],
    correct: "A",
    why: "Peel, influenced by the Anti-Corn Law League and the Irish famine, carried repeal with Whig and Radical votes against most of his own party; the protectionists, with Disraeli prominent among them, then brought him down. Earl Grey's government passed the Great Reform Act (1832); Gladstone was a Peelite who later led the Liberals.",
  }),

  // EU.11 Italy (1815–1871) and Germany (1815–1890)
  essay({
    key: "eu-11-01",
    topic: "EU.11",
    difficulty: 5,
    paper: "P3",
    term: "Compare and contrast",
    stem: "Compare and contrast the roles of Cavour and Bismarck in the unification of Italy and of Germany.",
    knowledge:
      "for Cavour: prime minister of Piedmont-Sardinia from 1852; economic modernization; participation in the Crimean War and the Congress of Paris (1856); the Plombières agreement with Napoleon III (1858); the war of 1859 (Magenta, Solferino) and the armistice of Villafranca; Lombardy gained; the central Italian states annexed by plebiscite (1860) in exchange for Nice and Savoy going to France; Garibaldi's expedition of the Thousand (1860) and Cavour's invasion of the Papal States; the Kingdom of Italy (March 1861); Cavour's death (June 1861) before Venetia (1866) and Rome (1870) were gained; for Bismarck: minister-president of Prussia from 1862 and the 'blood and iron' speech; the army reforms; the war with Denmark (1864); the Austro-Prussian War and Königgrätz (1866); the North German Confederation (1867); the Ems telegram and the Franco-Prussian War (1870–1871); the proclamation of the German Empire at Versailles (18 January 1871); the Zollverein (1834) as an earlier economic foundation",
    analysis:
      "comparing aims (did either plan full unification from the start?), methods (diplomacy, war, use of nationalism), dependence on others (Napoleon III and Garibaldi for Cavour; Prussia's army and economy for Bismarck) and results",
    perspectives:
      "older views of both men as master planners of unification against revisionist views that they were opportunists who reacted to events, and that Cavour aimed first at an enlarged Piedmont in northern Italy and Bismarck at Prussian power rather than German nationalism",
    conclusion:
      "a judgement, e.g. that both were opportunist diplomats who used war and foreign powers, but Bismarck controlled the process and its result far more than Cavour, who depended on France and was overtaken by Garibaldi",
    keyPoints: [
      "Similarities: both were conservative monarchist statesmen who used diplomacy to isolate enemies and war to expand their state.",
      "Both exploited Napoleon III (Plombières; Biarritz, 1865) and Austrian isolation.",
      "Difference: Cavour needed French armies; Prussia had its own military power after the army reforms.",
      "Difference: Garibaldi's conquest of the south forced Cavour's hand; Bismarck kept control of events and provoked wars at times he chose.",
      "Results: Italy was completed after Cavour's death; Bismarck shaped the new Reich's constitution under Prussian dominance.",
    ],
    plan: "Introduction: thesis on similarity and difference. Comparative paragraphs: aims; diplomacy and foreign powers; use of war; relations with nationalists (Garibaldi, the liberals); outcomes. Conclusion: judgement.",
  }),

  // EU.17 Post-war western and northern Europe (1945–2000)
  mcq({
    key: "eu-17-01",
    topic: "EU.17",
    difficulty: 1,
    paper: "P3",
    stem: "The Treaties of Rome, signed in March 1957, established:",
    options: [
      "the European Coal and Steel Community",
      "the European Union",
      "the European Economic Community (and Euratom)",
      "the North Atlantic Treaty Organization",
    ],
    correct: "C",
    why: "France, West Germany, Italy, Belgium, the Netherlands and Luxembourg created the EEC (a common market and customs union) and Euratom, which began work in 1958. The ECSC was set up by the Treaty of Paris (1951), NATO by the Washington Treaty (1949), and the European Union by the Maastricht Treaty (1992, in force 1993).",
  }),

  // EU.18 Post-war central and eastern Europe (1945–2000)
  written({
    key: "eu-18-01",
    topic: "EU.18",
    difficulty: 3,
    marks: 4,
    paper: "P3",
    term: "Explain",
    stem: "Explain **two** reasons why the Soviet Union sent troops to crush the Hungarian uprising in November 1956.",
    points: [
      pt("a1", 1, "Reason: Imre Nagy announced Hungary's withdrawal from the Warsaw Pact and its neutrality (1 November 1956)", [
        "Warsaw Pact",
        "neutrality",
        "withdrawal",
      ]),
      pt("a2", 1, "Explained: this threatened the Soviet military buffer zone in eastern Europe, which Moscow would not accept", [
        "buffer",
        "security",
        "military",
      ]),
      pt("b1", 1, "Reason: the end of the one-party system / Nagy's multi-party coalition", ["multi-party", "one-party", "communist"]),
      pt("b2", 1, "Explained: this threatened the communist party's monopoly of power, and Moscow feared the example would spread to other satellite states", [
        "spread",
        "example",
        "satellite",
      ]),
      pt("c1", 1, "Reason: the West was unlikely to intervene / distracted by the Suez Crisis", ["Suez", "West", "intervene"]),
      pt(
        "c2",
        1,
        "Explained: the US would not risk war in the Soviet sphere, and Britain and France were attacking Egypt at the same time, so the USSR could act without serious risk",
        ["risk", "Egypt", "sphere"],
      ),
      pt("d1", 1, "Reason: Khrushchev's political position after de-Stalinization", ["Khrushchev", "de-Stalinization"]),
      pt(
        "d2",
        1,
        "Explained: after the Secret Speech (February 1956) and the Polish crisis he needed to show hardliners that reform would not mean losing control of the bloc",
        ["Secret Speech", "hardliners", "Poland"],
      ),
    ],
    answer:
      "Any two reasons, each identified (1 mark) and explained (1 mark), for example:\n\n- **The threat to the Warsaw Pact.** On 1 November 1956 Imre Nagy declared that Hungary would leave the Warsaw Pact and be neutral. The USSR would not accept a gap in its security buffer; Soviet forces entered Budapest on 4 November and installed János Kádár.\n- **Favourable international circumstances.** The Suez Crisis divided the Western powers, and the United States had made clear by its actions that it would not intervene inside the Soviet bloc, so the risk of a wider war was low.\n\nOther valid reasons: Nagy's restoration of a multi-party system threatened communist rule and could spread to other satellites; Khrushchev needed to show strength to his critics after de-Stalinization.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [
  ...prescribed1,
  ...prescribed2,
  ...prescribed3,
  ...prescribed4,
  ...worldHistory1,
  ...worldHistory2,
  ...worldHistory3,
  ...worldHistory4,
  ...africa,
  ...americas,
  ...asia,
  ...europe,
  ...hlMore,
  ...hlMore2,
  ...africaSections,
  ...americasSections,
  ...asiaSections,
  ...europeSections,
];

const file: SubjectQuestions = { subject: "history", questions };
export default file;
