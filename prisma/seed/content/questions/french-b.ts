import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point } from "../shared/markscheme-points";

// Original IB-style practice for IB French B (Language B guide, first assessment 2020).
// - Paper 2 (reading): short French texts written for this exercise (every one is labelled as original,
//   with invented people and places), followed by MCQ, vrai/faux with justification, short-answer and
//   vocabulary-in-context questions. Point markschemes: one mark per point, "/" separates accepted answers.
// - Paper 1 (writing): one task with text type, audience and purpose; 250-400 words at SL, 450-600 at HL;
//   marked on the three Paper 1 criteria (A language 12, B message 12, C conceptual understanding 6 = 30).
// - Grammar and vocabulary MCQs tied to the themes.
// - HL only: the literature topic, with original short literary passages and generic questions about a
//   studied work (no published text is quoted).

const BOTH: Level[] = ["SL", "HL"];
const SL: Level[] = ["SL"];
const HL: Level[] = ["HL"];

type Difficulty = 1 | 2 | 3 | 4 | 5;
type Term = QuestionInput["commandTerm"];

/** The label every reading text carries: the text, its people and places are invented for the exercise. */
export const ORIGINAL_LABEL = "texte original écrit pour cet exercice";

/** A reading text: heading, text type and body (Markdown), labelled as original. */
const texte = (titre: string, genre: string, corps: string) =>
  `### Texte : ${titre}\n*${genre} — ${ORIGINAL_LABEL} ; les personnes, lieux et chiffres sont imaginaires (original text written for this exercise; people, places and figures are invented).*\n\n${corps.trim()}\n\n---\n\n`;

type Written = {
  key: string;
  levels?: Level[];
  topic: string;
  difficulty: Difficulty;
  marks: number;
  paper?: QuestionInput["paper"];
  term: Term;
  stem: string;
  points: MarkingPointInput[];
  answer: string;
};

const written = (w: Written): QuestionInput => ({
  type: "WRITTEN",
  key: `french-b-${w.key}`,
  levels: w.levels ?? BOTH,
  topicCode: w.topic,
  difficulty: w.difficulty,
  marks: w.marks,
  paper: w.paper ?? "P2",
  calculator: false,
  commandTerm: w.term,
  stem: w.stem,
  markscheme: w.points,
  workedSolution: w.answer,
});

type Mcq = {
  key: string;
  levels?: Level[];
  topic: string;
  difficulty: Difficulty;
  term?: Term;
  stem: string;
  options: [string, string, string, string];
  correct: "A" | "B" | "C" | "D";
  why: string;
};

const mcq = (m: Mcq): QuestionInput => ({
  type: "MCQ",
  key: `french-b-${m.key}`,
  levels: m.levels ?? BOTH,
  topicCode: m.topic,
  difficulty: m.difficulty,
  marks: 1,
  paper: "P2",
  calculator: false,
  commandTerm: m.term ?? "Identify",
  stem: m.stem,
  markscheme: [point("p1", 1, `${m.correct} — ${m.why}`, [m.correct])],
  workedSolution: `**Réponse : ${m.correct}.** ${m.why}`,
  options: m.options.map((text, i) => ({ id: String.fromCharCode(65 + i), text })),
  correctOptionId: m.correct,
});

/** One markband of a criterion: worth its width in marks, awarded only after the band below it. */
const band = (id: string, marks: number, text: string, below?: string, keywords: string[] = []): MarkingPointInput => ({
  ...point(id, marks, text, keywords),
  dependsOn: below ? [below] : [],
});

/** Criterion A, Language (0-12), as four chained 3-mark bands. */
const criterionA: MarkingPointInput[] = [
  band(
    "A1-3",
    3,
    "**Critère A — Langue, bande 1-3.** Vocabulaire limité ; structures simples avec des erreurs fréquentes qui gênent parfois la compréhension.",
  ),
  band(
    "A4-6",
    3,
    "**Critère A — Langue, bande 4-6.** Langue généralement correcte dans les structures simples ; vocabulaire adéquat mais parfois répétitif ; quelques tentatives de structures complexes.",
    "A1-3",
  ),
  band(
    "A7-9",
    3,
    "**Critère A — Langue, bande 7-9.** Langue efficace ; vocabulaire varié ; plusieurs structures complexes (relatifs composés, subjonctif, hypothèses) ; erreurs qui ne gênent pas la communication.",
    "A4-6",
    ["subjonctif", "dont", "si j'avais"],
  ),
  band(
    "A10-12",
    3,
    "**Critère A — Langue, bande 10-12.** Langue très efficace et idiomatique ; structures complexes variées et maîtrisées ; erreurs rares, même dans les structures complexes.",
    "A7-9",
  ),
];

/** Criterion B, Message (0-12), as four chained 3-mark bands; `content` is what this task's message needs. */
const criterionB = (content: string): MarkingPointInput[] => [
  band(
    "B1-3",
    3,
    `**Critère B — Message, bande 1-3.** La tâche est à peine accomplie ; peu d'idées pertinentes, souvent répétitives ou sans lien. Contenu attendu : ${content}`,
  ),
  band(
    "B4-6",
    3,
    "**Critère B — Message, bande 4-6.** Tâche partiellement accomplie ; quelques idées pertinentes mais peu développées ; organisation parfois peu claire.",
    "B1-3",
  ),
  band(
    "B7-9",
    3,
    "**Critère B — Message, bande 7-9.** Tâche généralement accomplie ; idées pertinentes, développées avec des détails ou des exemples ; enchaînement logique avec des connecteurs.",
    "B4-6",
    ["d'abord", "ensuite", "en revanche"],
  ),
  band(
    "B10-12",
    3,
    "**Critère B — Message, bande 10-12.** Tâche pleinement accomplie ; idées pertinentes, bien développées et illustrées ; argumentation ou récit cohérent et convaincant du début à la fin.",
    "B7-9",
    ["en conclusion", "c'est pourquoi"],
  ),
];

/** Criterion C, Conceptual understanding (0-6), as three chained 2-mark bands. */
const criterionC = (conventions: string): MarkingPointInput[] => [
  band(
    "C1-2",
    2,
    `**Critère C — Compréhension conceptuelle, bande 1-2.** Le type de texte, le registre ou le ton sont peu appropriés au destinataire et au but ; peu de conventions respectées. Conventions attendues : ${conventions}`,
  ),
  band(
    "C3-4",
    2,
    "**Critère C — Compréhension conceptuelle, bande 3-4.** Choix du type de texte généralement approprié ; registre et ton en partie adaptés ; conventions en partie respectées.",
    "C1-2",
  ),
  band(
    "C5-6",
    2,
    "**Critère C — Compréhension conceptuelle, bande 5-6.** Type de texte, registre, ton et conventions entièrement adaptés au destinataire, au contexte et au but.",
    "C3-4",
  ),
];

type Task = {
  key: string;
  level: "SL" | "HL";
  topic: string;
  difficulty: Difficulty;
  term: Term;
  /** The task in French (context, text type, audience, purpose). */
  task: string;
  /** What the message must contain (criterion B). */
  message: string;
  /** The conventions of the text type and register expected (criterion C). */
  conventions: string;
  model: string;
};

/**
 * A Paper 1 writing task marked on the three criteria, each as chained markbands:
 * A Language (12), B Message (12), C Conceptual understanding (6) = 30.
 */
const writingTask = (t: Task): QuestionInput => {
  const words = t.level === "SL" ? "de 250 à 400 mots (250-400 words)" : "de 450 à 600 mots (450-600 words)";
  return written({
    key: t.key,
    levels: t.level === "SL" ? SL : HL,
    topic: t.topic,
    difficulty: t.difficulty,
    marks: 30,
    paper: "P1",
    term: t.term,
    stem: `**Épreuve 1 — production écrite (${t.level === "SL" ? "NM" : "NS"}).** ${t.task.trim()}\n\nÉcrivez ${words}. Respectez les conventions du type de texte demandé et adaptez le registre au destinataire.`,
    points: [...criterionA, ...criterionB(t.message), ...criterionC(t.conventions)],
    answer: `**Réponse modèle (une réponse possible ; model answer, one of many).**\n\n${t.model.trim()}`,
  });
};

// ─────────────────────────────────────────────────────────────────────────────
// Thème 1 : Identités
// ─────────────────────────────────────────────────────────────────────────────
const T_VELO = texte(
  "« Un an sans voiture : mon bilan »",
  "Billet de blog",
  `Il y a un an, j'ai vendu ma voiture. Mes amis pensaient que je ne tiendrais pas un mois. Pourtant, aujourd'hui, je ne regrette rien.

Chaque matin, je fais les huit kilomètres qui séparent mon appartement de mon bureau à vélo. Au début, j'arrivais épuisée et en retard ; maintenant, il me faut à peine trente minutes, et je commence la journée de bonne humeur. Le week-end, je prends le train pour aller voir mes parents à la campagne.

Bien sûr, tout n'est pas parfait. Quand il pleut à verse, je dois me résigner à prendre le bus, qui est souvent bondé. Et faire les courses pour une semaine entière demande de l'organisation : j'ai acheté une remorque !

Le plus surprenant, c'est l'argent économisé : plus d'assurance, plus d'essence, plus de parking. J'ai mis cette somme de côté pour m'offrir un voyage en Norvège cet été… en train, évidemment.

— Léa, 29 ans`,
);

const T_SOMMEIL = texte(
  "Lycéens : la dette de sommeil",
  "Article de magazine pour adolescents",
  `Selon une enquête menée auprès de 600 élèves du lycée Jean-Moulin, les lycéens dorment en moyenne six heures et quarante minutes par nuit en semaine, alors que les médecins en recommandent entre huit et dix à cet âge.

Les écrans sont les premiers accusés : 70 % des élèves interrogés consultent leur téléphone dans leur lit, souvent après minuit. « Je me dis que je vais juste regarder une vidéo, et une heure plus tard je suis encore en train de faire défiler », avoue Yanis, élève de première.

Les conséquences ne sont pas anodines : difficultés de concentration, irritabilité, et même baisse des résultats scolaires. L'infirmière du lycée, Mme Roussel, conseille de ranger le téléphone hors de la chambre et de garder des horaires réguliers, y compris le week-end.

Le lycée a décidé de passer à l'action : à la rentrée prochaine, les cours commenceront à 8 h 30 au lieu de 8 heures. Une mesure que les élèves accueillent, sans surprise, avec enthousiasme.`,
);

const T_SKATE = texte(
  "« Le skate, c'est une famille » — entretien avec Inès, 17 ans",
  "Interview publiée dans le journal d'un quartier",
  `**Journaliste :** Depuis quand faites-vous du skate ?
**Inès :** Depuis l'âge de douze ans. Mon grand frère m'a prêté sa planche, et je ne l'ai jamais rendue !

**Journaliste :** Qu'est-ce qui vous plaît dans ce milieu ?
**Inès :** L'entraide. Sur la place, personne ne se moque de toi quand tu tombes. Les plus expérimentés montrent les figures aux débutants, sans rien demander en retour.

**Journaliste :** Certains riverains se plaignent du bruit…
**Inès :** Je les comprends. C'est pour ça qu'on a monté une association et qu'on a demandé à la mairie un vrai skatepark, loin des habitations. On a recueilli quatre cents signatures.

**Journaliste :** Et le regard sur les filles qui font du skate ?
**Inès :** Ça a beaucoup changé. Quand j'ai commencé, j'étais la seule fille. Aujourd'hui, on organise un atelier pour débutantes tous les samedis, et il affiche complet.`,
);

const identites: QuestionInput[] = [
  // 1.1 Lifestyles
  written({
    key: "1-1-velo-vf",
    topic: "1.1",
    difficulty: 2,
    marks: 3,
    term: "Justify",
    stem: `${T_VELO}Les affirmations suivantes sont-elles **vraies** ou **fausses** ? Justifiez votre réponse par des mots du texte. (Indicate whether each statement is true or false and justify it with words from the text.)\n\n(a) Les amis de Léa étaient sûrs qu'elle réussirait.\n(b) Léa met moins de temps pour aller au travail qu'au début.\n(c) Léa ne prend jamais les transports en commun.`,
    points: [
      point("a", 1, "(a) FAUX — « Mes amis pensaient que je ne tiendrais pas un mois » (les deux éléments sont nécessaires pour le point)", [
        "faux",
        "tiendrais",
      ]),
      point("b", 1, "(b) VRAI — « il me faut à peine trente minutes » / « Au début, j'arrivais épuisée et en retard »", ["vrai", "trente minutes"]),
      point("c", 1, "(c) FAUX — « je prends le train » / « je dois me résigner à prendre le bus »", ["faux", "bus", "train"]),
    ],
    answer:
      "(a) **Faux** : « Mes amis pensaient que je ne tiendrais pas un mois. »\n(b) **Vrai** : « maintenant, il me faut à peine trente minutes ».\n(c) **Faux** : « je prends le train » le week-end et « je dois me résigner à prendre le bus » quand il pleut.\n\nComme dans l'épreuve, un point n'est accordé que si la réponse (vrai/faux) **et** la justification sont correctes.",
  }),
  mcq({
    key: "1-1-velo-mcq",
    topic: "1.1",
    difficulty: 2,
    stem: `${T_VELO}Que fait Léa de l'argent qu'elle a économisé ?`,
    options: ["Elle a acheté un vélo électrique.", "Elle loue une place de parking.", "Elle paie l'assurance de ses parents.", "Elle finance un voyage."],
    correct: "D",
    why: "« J'ai mis cette somme de côté pour m'offrir un voyage en Norvège cet été. »",
  }),
  // 1.2 Health and well-being
  written({
    key: "1-2-sommeil-short",
    topic: "1.2",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `${T_SOMMEIL}Répondez aux questions suivantes en vous basant sur le texte.\n\n(a) Combien d'heures de sommeil les médecins recommandent-ils aux adolescents ? [1]\n(b) Citez **deux** conséquences du manque de sommeil mentionnées dans le texte. [2]\n(c) Quelle décision le lycée a-t-il prise ? [1]`,
    points: [
      point("a", 1, "(a) entre huit et dix heures / 8 à 10 heures", ["huit", "dix"]),
      point("b1", 1, "(b) any two of: difficultés de concentration / irritabilité / baisse des résultats scolaires — first consequence", [
        "concentration",
        "irritabilité",
        "résultats",
      ]),
      point("b2", 1, "(b) a second, different consequence from the list above", ["concentration", "irritabilité", "résultats"]),
      point("c", 1, "(c) commencer les cours à 8 h 30 (au lieu de 8 heures) / retarder le début des cours d'une demi-heure", ["8 h 30", "retarder"]),
    ],
    answer:
      "(a) Entre **huit et dix heures** par nuit.\n(b) Deux parmi : des **difficultés de concentration**, l'**irritabilité**, une **baisse des résultats scolaires**.\n(c) À la rentrée prochaine, les cours **commenceront à 8 h 30** au lieu de 8 heures.",
  }),
  mcq({
    key: "1-2-sommeil-vocab",
    topic: "1.2",
    difficulty: 3,
    term: "Interpret",
    stem: `${T_SOMMEIL}Dans le troisième paragraphe, l'expression « ne sont pas **anodines** » signifie que les conséquences…`,
    options: ["sont sans importance.", "sont sérieuses.", "sont inconnues.", "sont rares."],
    correct: "B",
    why: "« Anodin » = sans gravité ; « pas anodines » = sérieuses, qui ont de l'importance (not harmless, serious).",
  }),
  // 1.3 Beliefs and values
  mcq({
    key: "1-3-subj-falloir",
    topic: "1.3",
    difficulty: 2,
    stem: "Complétez : « Pour vivre ensemble, il faut que chacun ______ les convictions des autres. »",
    options: ["respecte", "respecter", "respectera", "respectait"],
    correct: "A",
    why: "« Il faut que » est suivi du subjonctif présent : que chacun *respecte*.",
  }),
  mcq({
    key: "1-3-bien-que",
    topic: "1.3",
    difficulty: 3,
    stem: "Complétez : « ______ ses parents soient très croyants, Karim ne va plus à la mosquée. »",
    options: ["Parce que", "Depuis que", "Puisque", "Bien que"],
    correct: "D",
    why: "Le subjonctif *soient* et le sens de concession (malgré le fait que) imposent « Bien que ». « Parce que », « puisque » et « depuis que » se construisent avec l'indicatif.",
  }),
  // 1.4 Subcultures
  written({
    key: "1-4-skate-short",
    topic: "1.4",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `${T_SKATE}Répondez aux questions suivantes.\n\n(a) Comment Inès a-t-elle obtenu sa première planche ? [1]\n(b) Selon Inès, quelle qualité caractérise le milieu du skate ? [1]\n(c) Qu'ont fait les jeunes pour répondre aux plaintes des riverains ? Donnez **deux** actions. [2]`,
    points: [
      point("a", 1, "(a) son grand frère la lui a prêtée (et elle ne l'a jamais rendue)", ["frère", "prêté"]),
      point("b", 1, "(b) l'entraide / la solidarité / personne ne se moque de toi / OWTTE", ["entraide", "solidarité"]),
      point("c1", 1, "(c) ils ont monté / créé une association", ["association"]),
      point("c2", 1, "(c) ils ont demandé un skatepark à la mairie (loin des habitations) / ils ont recueilli 400 signatures", [
        "skatepark",
        "signatures",
        "mairie",
      ]),
    ],
    answer:
      "(a) Son **grand frère** lui a prêté sa planche.\n(b) **L'entraide** : les skateurs expérimentés aident les débutants et personne ne se moque de ceux qui tombent.\n(c) Ils ont **créé une association** et **demandé à la mairie un skatepark** loin des habitations, avec une pétition de quatre cents signatures.",
  }),
  mcq({
    key: "1-4-skate-mcq",
    topic: "1.4",
    difficulty: 2,
    stem: `${T_SKATE}Que veut dire Inès quand elle dit que l'atelier pour débutantes « **affiche complet** » ?`,
    options: ["Les affiches sont partout dans la ville.", "L'atelier est annulé.", "Il n'y a plus de place.", "L'atelier dure toute la journée."],
    correct: "C",
    why: "« Afficher complet » = toutes les places sont prises (fully booked).",
  }),
  // 1.5 Language and identity
  mcq({
    key: "1-5-francophonie",
    topic: "1.5",
    difficulty: 1,
    term: "Define",
    stem: "Que désigne le mot **francophone** ?",
    options: [
      "Une personne qui étudie les téléphones.",
      "Une personne qui vit en France.",
      "Une personne qui apprend l'anglais.",
      "Une personne qui parle le français.",
    ],
    correct: "D",
    why: "Est francophone une personne, un pays ou une région où l'on parle le français, en France ou ailleurs (Québec, Sénégal, Belgique…).",
  }),
  mcq({
    key: "1-5-accent",
    topic: "1.5",
    difficulty: 3,
    stem: "Complétez : « Mon accent québécois fait partie de moi : c'est la langue ______ j'ai grandi. »",
    options: ["que", "dont", "dans laquelle", "où laquelle"],
    correct: "C",
    why: "On grandit *dans* une langue : la préposition « dans » + le pronom relatif « laquelle » (féminin, accordé avec « la langue »). « Que » et « dont » ne conviennent pas à « grandir dans ».",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Thème 2 : Expériences
// ─────────────────────────────────────────────────────────────────────────────
const T_RANDO = texte(
  "Sentiers du Vercors : randonnées accompagnées",
  "Brochure d'un office de tourisme",
  `**Découvrez la montagne autrement !**

Nos guides diplômés vous accompagnent sur les plus beaux sentiers du massif, de mai à octobre.

- **Balade des crêtes** (niveau facile) : 3 heures de marche, idéale pour les familles avec enfants de plus de six ans.
- **Nuit au refuge** (niveau moyen) : départ le samedi à 14 heures, dîner et nuit au refuge, observation des étoiles, retour le dimanche midi.
- **Traversée sauvage** (niveau difficile) : deux jours, 1 200 mètres de dénivelé par jour. Réservée aux marcheurs expérimentés.

**À prévoir :** chaussures de marche, vêtements chauds (même en été !), deux litres d'eau par personne.
**Attention :** les chiens ne sont pas admis dans la réserve naturelle.
Inscription obligatoire au plus tard la veille, à l'office de tourisme ou sur notre site.`,
);

const T_MIGRATION = texte(
  "« J'ai appris le français à quarante ans »",
  "Témoignage publié dans un magazine",
  `Je suis arrivé à Montréal en plein mois de janvier, avec une valise et un dictionnaire. Dans mon pays, j'étais ingénieur ; ici, mon diplôme n'était pas reconnu et je ne comprenais presque rien de ce qu'on me disait.

Les premiers mois ont été les plus durs. Je travaillais la nuit dans une boulangerie et je suivais des cours de francisation le matin. J'étais si fatigué que je m'endormais parfois en classe ! Mais mon professeur, Mme Gagnon, ne s'est jamais découragée.

Ce qui m'a vraiment aidé, ce sont mes collègues de la boulangerie. Ils corrigeaient gentiment mes erreurs et m'apprenaient des expressions d'ici que je n'aurais jamais trouvées dans un livre.

Aujourd'hui, six ans plus tard, j'ai fait reconnaître mon diplôme et je travaille de nouveau comme ingénieur. Mais je passe encore à la boulangerie chaque samedi : ce sont eux, ma première famille québécoise.

— Samir`,
);

const T_FETE = texte(
  "La fête des voisins : une tradition qui rapproche",
  "Article de presse locale",
  `Chaque année, au début de l'été, les habitants de la rue des Tilleuls sortent tables et chaises sur le trottoir. Chacun apporte un plat, une boisson ou un dessert, et l'on partage le repas jusqu'à la tombée de la nuit.

« Avant, on se croisait dans l'escalier sans se dire bonjour », raconte Mme Bernard, 78 ans, qui habite le quartier depuis cinquante ans. « Maintenant, je connais les prénoms de tous les enfants de l'immeuble. »

L'idée est simple : faire connaissance avec ceux qui vivent à côté de chez soi. Pour certains habitants, la fête a eu des suites concrètes : un service de garde d'enfants entre parents, des courses faites pour les personnes âgées, un potager partagé dans la cour.

Les organisateurs ont une seule règle : personne ne doit rester seul chez soi ce soir-là. Des bénévoles glissent une invitation sous chaque porte une semaine avant.`,
);

const experiences: QuestionInput[] = [
  // 2.1 Leisure activities
  mcq({
    key: "2-1-jouer-de",
    topic: "2.1",
    difficulty: 1,
    stem: "Complétez : « Le mercredi, je joue ______ piano et le samedi, je joue ______ basket. »",
    options: ["au … du", "du … au", "de … de", "le … le"],
    correct: "B",
    why: "On joue **de** + instrument (du piano) et **à** + sport ou jeu (au basket).",
  }),
  mcq({
    key: "2-1-depuis",
    topic: "2.1",
    difficulty: 2,
    stem: "Choisissez la phrase correcte pour dire « I have been doing judo for five years ».",
    options: [
      "J'ai fait du judo pendant cinq ans.",
      "Je fais du judo depuis cinq ans.",
      "Je fais du judo il y a cinq ans.",
      "Je ferai du judo depuis cinq ans.",
    ],
    correct: "B",
    why: "Une action qui a commencé dans le passé et continue : présent + **depuis**. « J'ai fait… pendant cinq ans » indique une action terminée.",
  }),
  // 2.2 Holidays and travel
  written({
    key: "2-2-rando-short",
    topic: "2.2",
    difficulty: 2,
    marks: 4,
    term: "Identify",
    stem: `${T_RANDO}Répondez aux questions suivantes.\n\n(a) À quelle période de l'année les randonnées sont-elles proposées ? [1]\n(b) Quelle randonnée convient le mieux à une famille avec un enfant de huit ans ? [1]\n(c) Pourquoi faut-il emporter des vêtements chauds ? [1]\n(d) Quand faut-il s'inscrire au plus tard ? [1]`,
    points: [
      point("a", 1, "(a) de mai à octobre", ["mai", "octobre"]),
      point("b", 1, "(b) la Balade des crêtes", ["crêtes"]),
      point("c", 1, "(c) il peut faire froid en montagne, même en été / OWTTE (accept: « même en été ! »)", ["froid", "été"]),
      point("d", 1, "(d) la veille (du départ) / le jour avant", ["veille"]),
    ],
    answer:
      "(a) **De mai à octobre.**\n(b) La **Balade des crêtes** : facile, trois heures, pour les enfants de plus de six ans.\n(c) Parce qu'il peut faire **froid en montagne même en été**.\n(d) **La veille** au plus tard.",
  }),
  written({
    key: "2-2-rando-vf",
    topic: "2.2",
    difficulty: 3,
    marks: 3,
    term: "Justify",
    stem: `${T_RANDO}Les affirmations suivantes sont-elles **vraies** ou **fausses** ? Justifiez avec des mots du texte.\n\n(a) La Nuit au refuge se termine le dimanche soir.\n(b) N'importe quel marcheur peut s'inscrire à la Traversée sauvage.\n(c) Les randonneurs peuvent venir avec leur chien.`,
    points: [
      point("a", 1, "(a) FAUX — « retour le dimanche midi »", ["faux", "midi"]),
      point("b", 1, "(b) FAUX — « Réservée aux marcheurs expérimentés »", ["faux", "expérimentés"]),
      point("c", 1, "(c) FAUX — « les chiens ne sont pas admis dans la réserve naturelle »", ["faux", "chiens"]),
    ],
    answer:
      "(a) **Faux** : « retour le dimanche midi ».\n(b) **Faux** : « Réservée aux marcheurs expérimentés ».\n(c) **Faux** : « les chiens ne sont pas admis dans la réserve naturelle ».",
  }),
  // 2.3 Life stories
  mcq({
    key: "2-3-passe-compose-imparfait",
    topic: "2.3",
    difficulty: 3,
    stem: "Complétez : « Quand ma grand-mère ______ jeune, elle ______ un jour en Afrique pour enseigner. »",
    options: ["était … est partie", "a été … partait", "était … partait", "a été … est partie"],
    correct: "A",
    why: "L'imparfait décrit une situation (*était* jeune) ; le passé composé raconte un événement ponctuel (un jour, elle *est partie*).",
  }),
  mcq({
    key: "2-3-plus-que-parfait",
    topic: "2.3",
    difficulty: 4,
    stem: "Complétez : « Lorsqu'il est arrivé à Paris, il ______ déjà trois langues. »",
    options: ["a appris", "avait appris", "aura appris", "apprenne"],
    correct: "B",
    why: "Une action antérieure à une autre action passée se met au **plus-que-parfait** : il *avait* déjà *appris*.",
  }),
  // 2.4 Rites of passage
  mcq({
    key: "2-4-bac",
    topic: "2.4",
    difficulty: 2,
    term: "Interpret",
    stem: "« Après avoir **décroché** son bac, Léo a fêté l'événement avec toute sa famille. » Le verbe *décrocher* signifie ici :",
    options: ["repasser", "échouer à", "obtenir", "abandonner"],
    correct: "C",
    why: "Familier : *décrocher* un diplôme = l'obtenir, le réussir.",
  }),
  mcq({
    key: "2-4-apres-avoir",
    topic: "2.4",
    difficulty: 3,
    stem: "Complétez : « Après ______ son permis de conduire, Chloé s'est sentie enfin adulte. »",
    options: ["obtenir", "avoir obtenu", "avoir obtenue", "obtenant"],
    correct: "B",
    why: "« Après » + infinitif passé (avoir + participe passé). Avec *avoir*, pas d'accord avec le sujet : *avoir obtenu*.",
  }),
  // 2.5 Customs and traditions
  written({
    key: "2-5-fete-short",
    topic: "2.5",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `${T_FETE}Répondez aux questions suivantes.\n\n(a) Que doit apporter chaque participant ? [1]\n(b) Qu'est-ce qui a changé pour Mme Bernard grâce à la fête ? [1]\n(c) Citez **deux** suites concrètes de la fête. [2]`,
    points: [
      point("a", 1, "(a) un plat / une boisson / un dessert (any one)", ["plat", "boisson", "dessert"]),
      point("b", 1, "(b) elle connaît (les prénoms de) ses voisins / les enfants de l'immeuble ; avant, on ne se disait pas bonjour / OWTTE", [
        "prénoms",
        "connais",
      ]),
      point("c1", 1, "(c) any two of: garde d'enfants entre parents / courses pour les personnes âgées / potager partagé — first", [
        "garde",
        "courses",
        "potager",
      ]),
      point("c2", 1, "(c) a second, different one", ["garde", "courses", "potager"]),
    ],
    answer:
      "(a) **Un plat, une boisson ou un dessert.**\n(b) Avant, les voisins ne se saluaient pas ; maintenant, elle **connaît les prénoms de tous les enfants** de l'immeuble.\n(c) Deux parmi : une **garde d'enfants** entre parents, des **courses pour les personnes âgées**, un **potager partagé**.",
  }),
  mcq({
    key: "2-5-fete-mcq",
    topic: "2.5",
    difficulty: 2,
    stem: `${T_FETE}Quelle est la seule règle des organisateurs ?`,
    options: [
      "Chaque habitant doit apporter un dessert.",
      "Les enfants ne doivent pas jouer dans l'escalier.",
      "La fête doit finir avant la nuit.",
      "Personne ne doit rester seul ce soir-là.",
    ],
    correct: "D",
    why: "« personne ne doit rester seul chez soi ce soir-là ».",
  }),
  // 2.6 Migration
  written({
    key: "2-6-samir-short",
    topic: "2.6",
    difficulty: 3,
    marks: 5,
    term: "Identify",
    stem: `${T_MIGRATION}Répondez aux questions suivantes.\n\n(a) En quelle saison Samir est-il arrivé à Montréal ? [1]\n(b) Pourquoi n'a-t-il pas pu travailler tout de suite comme ingénieur ? [1]\n(c) Pourquoi s'endormait-il parfois en classe ? [1]\n(d) Comment ses collègues l'ont-ils aidé ? Donnez **deux** éléments. [2]`,
    points: [
      point("a", 1, "(a) en hiver (en janvier)", ["hiver", "janvier"]),
      point("b", 1, "(b) son diplôme n'était pas reconnu (et il ne comprenait presque rien)", ["diplôme", "reconnu"]),
      point("c", 1, "(c) il travaillait la nuit (dans une boulangerie) / il était très fatigué", ["nuit", "fatigué"]),
      point("d1", 1, "(d) ils corrigeaient (gentiment) ses erreurs", ["corrigeaient", "erreurs"]),
      point("d2", 1, "(d) ils lui apprenaient des expressions d'ici / québécoises", ["expressions"]),
    ],
    answer:
      "(a) En **hiver** (« en plein mois de janvier »).\n(b) Son **diplôme n'était pas reconnu** au Québec.\n(c) Il **travaillait la nuit** à la boulangerie et suivait des cours le matin, donc il était épuisé.\n(d) Ils **corrigeaient gentiment ses erreurs** et lui **apprenaient des expressions québécoises**.",
  }),
  mcq({
    key: "2-6-samir-mcq",
    topic: "2.6",
    difficulty: 3,
    term: "Interpret",
    stem: `${T_MIGRATION}Pourquoi Samir dit-il que ses collègues sont « sa première famille québécoise » ?`,
    options: [
      "Parce qu'ils l'ont soutenu et intégré à son arrivée.",
      "Parce qu'il a épousé une de ses collègues.",
      "Parce qu'ils sont originaires du même pays que lui.",
      "Parce qu'il habite encore au-dessus de la boulangerie.",
    ],
    correct: "A",
    why: "Ils l'ont aidé à apprendre la langue et l'ont accueilli ; il leur reste fidèle (« je passe encore à la boulangerie chaque samedi »).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Thème 3 : Ingéniosité humaine
// ─────────────────────────────────────────────────────────────────────────────
const T_FESTIVAL = texte(
  "Festival « Courts sur l'herbe » : le cinéma en plein air",
  "Article de blog culturel",
  `Pour sa dixième édition, le petit festival de courts métrages de Saint-Aubin a vu les choses en grand : trois soirées de projection gratuites, installées sur la pelouse du parc municipal.

Le principe n'a pas changé : le public apporte sa couverture et son pique-nique, et vote à la fin de chaque soirée pour son film préféré. Le gagnant reçoit le « Brin d'or », un trophée fabriqué par les élèves du lycée professionnel de la ville.

Cette année, une nouveauté a fait beaucoup parler : une catégorie réservée aux films tournés entièrement avec un téléphone portable. « On voulait montrer qu'on n'a pas besoin d'un gros budget pour raconter une bonne histoire », explique la directrice du festival, Claire Moulin.

Seul bémol : la météo. La deuxième soirée a dû être déplacée dans le gymnase à cause d'un orage. Le public, lui, n'a pas boudé son plaisir.`,
);

const T_ECRANS = texte(
  "Réseaux sociaux : peut-on encore croire ce qu'on lit ?",
  "Éditorial d'un journal lycéen",
  `Une photo choquante, un titre alarmant, un bouton « partager » : il suffit de quelques secondes pour qu'une fausse information fasse le tour du monde. Et nous, les jeunes, sommes souvent en première ligne.

Pourtant, vérifier une information n'est pas si compliqué. Qui a publié ce contenu ? D'autres médias sérieux en parlent-ils ? La photo a-t-elle déjà circulé dans un autre contexte ? Ces trois questions permettent d'éviter la plupart des pièges.

Certains proposent d'interdire les réseaux sociaux aux moins de seize ans. Nous pensons que ce serait une erreur : ces plateformes sont aussi des lieux d'expression et d'engagement. Ce qu'il faut, c'est apprendre à s'en servir. C'est pourquoi notre rédaction demande que l'éducation aux médias devienne une heure de cours obligatoire chaque semaine, dès le collège.

Car un lecteur critique n'est pas un lecteur méfiant de tout : c'est un lecteur libre.`,
);

const T_ROBOT = texte(
  "Un robot pour aider les agriculteurs",
  "Article de vulgarisation scientifique",
  `Dans un champ de carottes près d'Angers, un drôle d'engin avance lentement entre les rangs. Ce robot, conçu par une jeune entreprise locale, est capable de reconnaître les mauvaises herbes grâce à une caméra et de les arracher mécaniquement, sans aucun produit chimique.

« Avant, je passais des journées entières à désherber à la main, ou alors je devais utiliser des herbicides », explique Paul Lebrun, maraîcher bio. « Maintenant, le robot travaille même la nuit, et moi, je peux me consacrer à la vente. »

L'appareil a cependant ses limites : il fonctionne mal sur les terrains en pente et son prix reste élevé pour une petite exploitation. L'entreprise propose donc une formule de location partagée entre plusieurs fermes voisines.

Pour les chercheurs qui ont participé au projet, l'enjeu dépasse la technique : il s'agit de rendre l'agriculture sans pesticides plus accessible.`,
);

const ingeniosite: QuestionInput[] = [
  // 3.1 Entertainment
  written({
    key: "3-1-festival-short",
    topic: "3.1",
    difficulty: 2,
    marks: 4,
    term: "Identify",
    stem: `${T_FESTIVAL}Répondez aux questions suivantes.\n\n(a) Combien coûtent les projections ? [1]\n(b) Qui choisit le film gagnant ? [1]\n(c) Quelle est la nouveauté de cette année ? [1]\n(d) Pourquoi la deuxième soirée a-t-elle eu lieu dans le gymnase ? [1]`,
    points: [
      point("a", 1, "(a) rien / elles sont gratuites", ["gratuit"]),
      point("b", 1, "(b) le public / les spectateurs (votent)", ["public", "spectateurs"]),
      point("c", 1, "(c) une catégorie de films tournés (entièrement) avec un téléphone portable", ["téléphone", "portable"]),
      point("d", 1, "(d) à cause d'un orage / du mauvais temps", ["orage", "météo"]),
    ],
    answer:
      "(a) Elles sont **gratuites**.\n(b) **Le public** vote à la fin de chaque soirée.\n(c) Une **catégorie de films tournés avec un téléphone portable**.\n(d) À cause d'un **orage**.",
  }),
  mcq({
    key: "3-1-festival-vocab",
    topic: "3.1",
    difficulty: 4,
    term: "Interpret",
    stem: `${T_FESTIVAL}« Le public, lui, n'a pas **boudé son plaisir**. » Cette expression signifie que le public…`,
    options: ["est reparti mécontent.", "a refusé d'entrer dans le gymnase.", "a pleinement profité de la soirée.", "a demandé à être remboursé."],
    correct: "C",
    why: "« Ne pas bouder son plaisir » = en profiter pleinement, sans réserve (to enjoy something wholeheartedly).",
  }),
  // 3.2 Artistic expressions
  mcq({
    key: "3-2-vocab-art",
    topic: "3.2",
    difficulty: 2,
    stem: "Dans un musée, comment appelle-t-on la personne qui a peint un tableau ?",
    options: ["le peintre", "le conservateur", "le sculpteur", "le spectateur"],
    correct: "A",
    why: "Le **peintre** peint ; le conservateur gère les collections d'un musée ; le sculpteur crée des sculptures.",
  }),
  mcq({
    key: "3-2-si-imparfait",
    topic: "3.2",
    difficulty: 3,
    stem: "Complétez : « Si j'avais plus de temps, je ______ des cours de dessin. »",
    options: ["prenais", "prendrai", "prendrais", "prenne"],
    correct: "C",
    why: "Hypothèse : *si* + imparfait → **conditionnel présent** dans la principale : je *prendrais*.",
  }),
  // 3.3 Communication and media
  written({
    key: "3-3-ecrans-short",
    topic: "3.3",
    difficulty: 4,
    marks: 5,
    term: "Identify",
    stem: `${T_ECRANS}Répondez aux questions suivantes.\n\n(a) Relevez **deux** des trois questions que l'auteur conseille de se poser pour vérifier une information. [2]\n(b) Quelle proposition la rédaction rejette-t-elle ? [1]\n(c) Pour quelle raison la rejette-t-elle ? [1]\n(d) Que demande la rédaction ? [1]`,
    points: [
      point(
        "a1",
        1,
        "(a) any two of: Qui a publié ce contenu ? / D'autres médias sérieux en parlent-ils ? / La photo a-t-elle déjà circulé dans un autre contexte ? — first",
        ["publié", "médias", "contexte"],
      ),
      point("a2", 1, "(a) a second, different question", ["publié", "médias", "contexte"]),
      point("b", 1, "(b) interdire les réseaux sociaux aux moins de seize ans", ["interdire", "seize"]),
      point("c", 1, "(c) ce sont aussi des lieux d'expression et d'engagement / il faut plutôt apprendre à s'en servir", ["expression", "engagement"]),
      point("d", 1, "(d) une heure obligatoire d'éducation aux médias par semaine (dès le collège)", ["éducation aux médias", "obligatoire"]),
    ],
    answer:
      "(a) Deux parmi : **Qui a publié ce contenu ?** / **D'autres médias sérieux en parlent-ils ?** / **La photo a-t-elle déjà circulé dans un autre contexte ?**\n(b) **Interdire les réseaux sociaux aux moins de seize ans.**\n(c) Ces plateformes sont aussi **des lieux d'expression et d'engagement** ; il vaut mieux apprendre à s'en servir.\n(d) **Une heure obligatoire d'éducation aux médias** chaque semaine dès le collège.",
  }),
  mcq({
    key: "3-3-ecrans-ton",
    topic: "3.3",
    difficulty: 4,
    term: "Interpret",
    stem: `${T_ECRANS}Quel est le but principal de cet éditorial ?`,
    options: [
      "Informer sur l'histoire des réseaux sociaux.",
      "Faire la publicité d'une application.",
      "Raconter une expérience personnelle.",
      "Convaincre les lecteurs de l'importance de l'esprit critique.",
    ],
    correct: "D",
    why: "Un éditorial défend une position : la rédaction argumente pour l'éducation aux médias et conclut que « un lecteur critique […] est un lecteur libre ».",
  }),
  // 3.4 Technology
  mcq({
    key: "3-4-vocab-tech",
    topic: "3.4",
    difficulty: 1,
    stem: "Quel verbe signifie « to download » ?",
    options: ["décharger", "charger", "télécharger", "brancher"],
    correct: "C",
    why: "**Télécharger** = to download ; *charger* = to charge/load ; *brancher* = to plug in.",
  }),
  mcq({
    key: "3-4-pronoms",
    topic: "3.4",
    difficulty: 3,
    stem: "« Tu as envoyé le message à tes parents ? — Oui, je ______ ai envoyé hier. »",
    options: ["leur le", "le leur", "les lui", "lui l'"],
    correct: "B",
    why: "Ordre des pronoms : *le* (COD) avant *leur* (COI) → je **le leur** ai envoyé.",
  }),
  // 3.5 Scientific innovation
  written({
    key: "3-5-robot-vf",
    topic: "3.5",
    difficulty: 3,
    marks: 4,
    term: "Justify",
    stem: `${T_ROBOT}Les affirmations suivantes sont-elles **vraies** ou **fausses** ? Justifiez avec des mots du texte.\n\n(a) Le robot utilise des produits chimiques pour éliminer les mauvaises herbes.\n(b) Grâce au robot, Paul Lebrun a plus de temps pour vendre ses légumes.\n(c) Le robot fonctionne parfaitement sur tous les terrains.\n(d) L'entreprise a trouvé une solution au problème du prix.`,
    points: [
      point("a", 1, "(a) FAUX — « sans aucun produit chimique » / « les arracher mécaniquement »", ["faux", "sans aucun"]),
      point("b", 1, "(b) VRAI — « je peux me consacrer à la vente »", ["vrai", "vente"]),
      point("c", 1, "(c) FAUX — « il fonctionne mal sur les terrains en pente »", ["faux", "pente"]),
      point("d", 1, "(d) VRAI — « une formule de location partagée entre plusieurs fermes »", ["vrai", "location"]),
    ],
    answer:
      "(a) **Faux** : « sans aucun produit chimique ».\n(b) **Vrai** : « je peux me consacrer à la vente ».\n(c) **Faux** : « il fonctionne mal sur les terrains en pente ».\n(d) **Vrai** : « une formule de location partagée entre plusieurs fermes voisines ».",
  }),
  mcq({
    key: "3-5-robot-vocab",
    topic: "3.5",
    difficulty: 3,
    term: "Interpret",
    stem: `${T_ROBOT}Dans le dernier paragraphe, le mot **enjeu** est le plus proche de :`,
    options: ["le jeu vidéo", "ce qui est en question, l'objectif important", "le prix de vente", "la difficulté technique"],
    correct: "B",
    why: "L'**enjeu** = ce qu'on peut gagner ou perdre, l'objectif important (what is at stake).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Thème 4 : Organisation sociale
// ─────────────────────────────────────────────────────────────────────────────
const T_BENEVOLAT = texte(
  "Devenez bénévole à l'épicerie solidaire !",
  "Annonce d'une association",
  `L'épicerie solidaire « Le Panier commun » permet à des familles aux revenus modestes d'acheter des produits de qualité à 20 % de leur prix habituel. Pour continuer à ouvrir quatre jours par semaine, nous avons besoin de vous !

**Vos missions :** accueillir les clients, ranger les livraisons, tenir la caisse, animer l'atelier cuisine du jeudi.

**Votre profil :** vous avez au moins seize ans, vous êtes disponible au moins deux heures par semaine, vous aimez le contact humain. Aucune expérience n'est nécessaire : une formation de deux heures est offerte à chaque nouveau bénévole.

**Ce que vous y gagnerez :** une équipe chaleureuse, de nouvelles compétences… et une attestation de bénévolat utile pour vos études ou votre CV.

Intéressé(e) ? Passez nous voir le mardi entre 14 heures et 18 heures.`,
);

const T_STAGE = texte(
  "Mon stage en entreprise : ce que j'ai appris",
  "Article écrit par un élève pour le journal du lycée",
  `En février, j'ai effectué un stage d'une semaine dans une agence d'architecture. Je m'attendais à passer mes journées devant la photocopieuse ; en réalité, on m'a confié de vraies tâches.

Le premier jour, l'architecte qui me suivait, M. Diallo, m'a emmené sur un chantier. J'ai découvert que le métier ne se limite pas au dessin : il faut négocier avec les clients, respecter un budget et coordonner des dizaines d'ouvriers.

Ce qui m'a le plus marqué, c'est l'importance du travail d'équipe. Personne ne réussit seul un projet de cette taille. J'ai aussi compris que mes cours de mathématiques, que je trouvais inutiles, servent tous les jours.

Je ne sais pas encore si je deviendrai architecte, mais ce stage m'a donné envie de poursuivre dans une filière scientifique. Je conseille à tous les élèves de choisir leur stage par curiosité, et pas seulement par facilité.

— Hugo, élève de seconde`,
);

const organisation: QuestionInput[] = [
  // 4.1 Social relationships
  mcq({
    key: "4-1-s-entendre",
    topic: "4.1",
    difficulty: 2,
    stem: "Complétez : « Je ______ très bien avec ma sœur : nous partageons tout. »",
    options: ["m'attends", "entends", "me rends", "m'entends"],
    correct: "D",
    why: "*S'entendre bien avec quelqu'un* = avoir de bonnes relations (to get on well with).",
  }),
  mcq({
    key: "4-1-accord-pp",
    topic: "4.1",
    difficulty: 4,
    stem: "Quelle phrase est correctement accordée ?",
    options: [
      "Les amies que j'ai rencontrés au club sont devenue très proches.",
      "Les amies que j'ai rencontré au club sont devenues très proches.",
      "Les amies que j'ai rencontrées au club sont devenus très proches.",
      "Les amies que j'ai rencontrées au club sont devenues très proches.",
    ],
    correct: "D",
    why: "Avec *avoir*, le participe passé s'accorde avec le COD placé avant (*que* = les amies) → *rencontrées* ; avec *être*, il s'accorde avec le sujet → *devenues*.",
  }),
  // 4.2 Community
  mcq({
    key: "4-2-vocab-quartier",
    topic: "4.2",
    difficulty: 1,
    stem: "Comment appelle-t-on les personnes qui habitent à côté de chez vous ?",
    options: ["les cousins", "les voyageurs", "les collègues", "les voisins"],
    correct: "D",
    why: "Les **voisins** (neighbours) habitent à proximité.",
  }),
  mcq({
    key: "4-2-en-y",
    topic: "4.2",
    difficulty: 3,
    stem: "« Tu vas souvent à la bibliothèque du quartier ? — Oui, j'______ vais tous les samedis. »",
    options: ["lui", "en", "le", "y"],
    correct: "D",
    why: "**Y** remplace un complément de lieu introduit par *à* (à la bibliothèque) ; *en* remplacerait *de* + lieu.",
  }),
  // 4.3 Social engagement
  written({
    key: "4-3-benevolat-short",
    topic: "4.3",
    difficulty: 2,
    marks: 4,
    term: "Identify",
    stem: `${T_BENEVOLAT}Répondez aux questions suivantes.\n\n(a) À qui s'adresse l'épicerie solidaire ? [1]\n(b) Quel est l'âge minimum pour devenir bénévole ? [1]\n(c) Pourquoi n'est-il pas nécessaire d'avoir de l'expérience ? [1]\n(d) Quand peut-on se présenter à l'association ? [1]`,
    points: [
      point("a", 1, "(a) aux familles aux revenus modestes / qui ont peu d'argent", ["familles", "modestes"]),
      point("b", 1, "(b) seize ans", ["seize", "16"]),
      point("c", 1, "(c) une formation (de deux heures) est offerte à chaque nouveau bénévole", ["formation"]),
      point("d", 1, "(d) le mardi entre 14 heures et 18 heures", ["mardi"]),
    ],
    answer:
      "(a) Aux **familles aux revenus modestes**.\n(b) **Seize ans.**\n(c) Parce qu'**une formation de deux heures est offerte**.\n(d) **Le mardi entre 14 h et 18 h.**",
  }),
  mcq({
    key: "4-3-benevolat-mcq",
    topic: "4.3",
    difficulty: 3,
    stem: `${T_BENEVOLAT}Selon l'annonce, quel avantage personnel le bénévole peut-il obtenir ?`,
    options: [
      "Un salaire de 20 % du prix des produits.",
      "Des produits gratuits chaque semaine.",
      "Une attestation utile pour ses études ou son CV.",
      "Un emploi à temps plein dans l'épicerie.",
    ],
    correct: "C",
    why: "« une attestation de bénévolat utile pour vos études ou votre CV ». Les 20 % concernent le prix payé par les familles.",
  }),
  // 4.4 Education
  written({
    key: "4-4-stage-short",
    topic: "4.4",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `${T_STAGE}Répondez aux questions suivantes.\n\n(a) Que craignait Hugo avant son stage ? [1]\n(b) Citez **deux** aspects du métier d'architecte qu'il a découverts en dehors du dessin. [2]\n(c) Quel conseil donne-t-il aux autres élèves ? [1]`,
    points: [
      point("a", 1, "(a) de passer ses journées devant la photocopieuse / de ne faire que des tâches sans intérêt", ["photocopieuse"]),
      point("b1", 1, "(b) any two of: négocier avec les clients / respecter un budget / coordonner des (dizaines d')ouvriers — first", [
        "négocier",
        "budget",
        "coordonner",
      ]),
      point("b2", 1, "(b) a second, different aspect", ["négocier", "budget", "coordonner"]),
      point("c", 1, "(c) choisir son stage par curiosité (et pas seulement par facilité)", ["curiosité"]),
    ],
    answer:
      "(a) Il pensait **passer ses journées devant la photocopieuse**.\n(b) Deux parmi : **négocier avec les clients**, **respecter un budget**, **coordonner des dizaines d'ouvriers**.\n(c) **Choisir son stage par curiosité**, pas seulement par facilité.",
  }),
  mcq({
    key: "4-4-stage-mcq",
    topic: "4.4",
    difficulty: 3,
    term: "Interpret",
    stem: `${T_STAGE}Qu'est-ce qu'Hugo a compris à propos de ses cours de mathématiques ?`,
    options: [
      "Qu'ils sont inutiles pour un architecte.",
      "Qu'ils servent tous les jours dans le métier.",
      "Qu'ils sont trop difficiles pour lui.",
      "Qu'il doit les abandonner pour devenir architecte.",
    ],
    correct: "B",
    why: "« mes cours de mathématiques, que je trouvais inutiles, servent tous les jours ».",
  }),
  // 4.5 The working world
  mcq({
    key: "4-5-vocab-emploi",
    topic: "4.5",
    difficulty: 2,
    stem: "Quel document envoie-t-on avec son CV pour expliquer pourquoi on veut un poste ?",
    options: ["un contrat de travail", "un bulletin de salaire", "une lettre de motivation", "un relevé de notes"],
    correct: "C",
    why: "La **lettre de motivation** (cover letter) accompagne le CV ; le bulletin de salaire (payslip) et le contrat viennent après l'embauche.",
  }),
  mcq({
    key: "4-5-formule-politesse",
    topic: "4.5",
    difficulty: 3,
    stem: "Quelle formule convient pour terminer une lettre formelle de candidature ?",
    options: [
      "Salut, à plus !",
      "Bisous et à bientôt !",
      "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
      "Je t'embrasse fort.",
    ],
    correct: "C",
    why: "Une lettre formelle se termine par une formule de politesse au vouvoiement ; les autres sont familières.",
  }),
  // 4.6 Law and order
  mcq({
    key: "4-6-vocab-justice",
    topic: "4.6",
    difficulty: 2,
    stem: "Dans un tribunal, qui prononce la décision finale ?",
    options: ["le policier", "le témoin", "l'accusé", "le juge"],
    correct: "D",
    why: "Le **juge** rend le jugement ; le témoin témoigne ; l'accusé est jugé.",
  }),
  mcq({
    key: "4-6-passif",
    topic: "4.6",
    difficulty: 4,
    stem: "Mettez au passif : « La police a arrêté deux suspects. »",
    options: [
      "Deux suspects ont été arrêtés par la police.",
      "Deux suspects ont arrêté la police.",
      "Deux suspects étaient arrêtés par la police.",
      "Deux suspects ont été arrêté par la police.",
    ],
    correct: "A",
    why: "Passif au passé composé : *avoir été* + participe passé accordé avec le sujet (deux suspects → *arrêtés*).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Thème 5 : Partage de la planète
// ─────────────────────────────────────────────────────────────────────────────
const T_PLASTIQUE = texte(
  "Zéro plastique à la cantine : le pari réussi d'un collège",
  "Article de presse régionale",
  `Depuis septembre, les 450 élèves du collège des Sources déjeunent sans un seul emballage en plastique. Les bouteilles d'eau ont été remplacées par des carafes, les pots de yaourt individuels par de grands seaux, et les couverts jetables par des couverts en inox.

L'initiative vient d'un groupe de huit élèves de quatrième, le « club planète ». Ils ont pesé pendant un mois les déchets de la cantine : plus de 30 kilos de plastique par semaine ! « Quand on a présenté les chiffres au principal, il a tout de suite accepté », se souvient Manon, l'une des fondatrices.

Le changement a demandé des efforts. Le personnel de cuisine a dû revoir son organisation, et il a fallu acheter un nouveau lave-vaisselle. Mais selon le gestionnaire du collège, l'investissement sera remboursé en trois ans grâce aux économies réalisées.

Prochaine étape pour le club : un composteur pour les restes de repas.`,
);

const T_EGALITE = texte(
  "Sport : les filles veulent leur place sur le terrain",
  "Article d'un magazine pour jeunes",
  `Au club de football de la ville, les garçons s'entraînent trois soirs par semaine sur le grand terrain éclairé. Les filles, elles, n'ont droit qu'à un créneau le samedi matin, sur le petit terrain en herbe.

Lassées de cette situation, les joueuses de l'équipe des moins de quinze ans ont écrit une lettre au président du club. « On ne demande pas de traitement de faveur, seulement les mêmes conditions », explique leur capitaine, Awa.

Le président reconnaît le problème mais avance un argument financier : l'éclairage du grand terrain coûte cher. Les joueuses ont alors proposé une solution : partager les créneaux du soir en alternant les semaines.

La mairie, propriétaire des installations, s'est saisie du dossier. Une réunion entre toutes les parties est prévue le mois prochain. En attendant, l'équipe féminine continue de gagner : elle est première de son championnat.`,
);

const T_VILLAGE = texte(
  "Quitter la ville pour la campagne : ils ont osé",
  "Reportage d'un magazine",
  `Après dix ans à Paris, Julien et Sophie ont tout quitté pour s'installer dans un village de trois cents habitants en Auvergne. Lui est graphiste et travaille à distance ; elle a repris l'épicerie du village, qui allait fermer faute de repreneur.

« Ici, on a gagné de l'espace et du temps », explique Sophie. « Notre maison est trois fois plus grande que notre ancien appartement, et mes trajets se font à pied. »

Tout n'est pas rose pour autant. Le médecin le plus proche est à vingt-cinq kilomètres, la connexion internet est parfois capricieuse et, l'hiver, les journées paraissent longues. « Il faut aimer le calme », reconnaît Julien.

Leur arrivée a pourtant redonné vie au village : l'épicerie est devenue un lieu de rencontre, et deux autres jeunes familles ont suivi leur exemple. L'école, menacée de fermeture, a ainsi pu garder sa classe unique.`,
);

const planete: QuestionInput[] = [
  // 5.1 The environment
  written({
    key: "5-1-plastique-short",
    topic: "5.1",
    difficulty: 3,
    marks: 5,
    term: "Identify",
    stem: `${T_PLASTIQUE}Répondez aux questions suivantes.\n\n(a) Par quoi les bouteilles d'eau ont-elles été remplacées ? [1]\n(b) Qui a eu l'idée de ce projet ? [1]\n(c) Qu'ont fait ces élèves pour convaincre le principal ? [1]\n(d) Citez **deux** difficultés liées au changement. [2]`,
    points: [
      point("a", 1, "(a) par des carafes", ["carafes"]),
      point("b", 1, "(b) un groupe de (huit) élèves de quatrième / le club planète", ["club", "élèves"]),
      point("c", 1, "(c) ils ont pesé les déchets (de la cantine pendant un mois) et présenté les chiffres", ["pesé", "chiffres"]),
      point("d1", 1, "(d) le personnel de cuisine a dû revoir son organisation", ["personnel", "organisation"]),
      point("d2", 1, "(d) il a fallu acheter un nouveau lave-vaisselle / un coût, un investissement", ["lave-vaisselle", "investissement"]),
    ],
    answer:
      "(a) Par des **carafes**.\n(b) Huit élèves de quatrième du **« club planète »**.\n(c) Ils ont **pesé les déchets de la cantine pendant un mois** et présenté les chiffres (plus de 30 kg de plastique par semaine).\n(d) Le **personnel de cuisine a dû se réorganiser** et il a fallu **acheter un nouveau lave-vaisselle**.",
  }),
  mcq({
    key: "5-1-plastique-mcq",
    topic: "5.1",
    difficulty: 3,
    stem: `${T_PLASTIQUE}Selon le gestionnaire, que se passera-t-il dans trois ans ?`,
    options: [
      "Les économies auront remboursé l'investissement.",
      "Le collège installera un composteur.",
      "Le club planète sera dissous.",
      "Le plastique sera de retour à la cantine.",
    ],
    correct: "A",
    why: "« l'investissement sera remboursé en trois ans grâce aux économies réalisées ». Le composteur est la « prochaine étape », sans date.",
  }),
  // 5.2 Human rights
  mcq({
    key: "5-2-vocab-droits",
    topic: "5.2",
    difficulty: 2,
    stem: "Complétez : « Tout enfant a ______ à l'éducation. »",
    options: ["droit", "besoin", "raison", "envie"],
    correct: "A",
    why: "L'expression est **avoir droit à** (to be entitled to). *Avoir besoin de* se construit avec *de*.",
  }),
  mcq({
    key: "5-2-subj-volonte",
    topic: "5.2",
    difficulty: 4,
    stem: "Complétez : « Les associations exigent que le gouvernement ______ la liberté de la presse. »",
    options: ["garantit", "garantisse", "garantira", "garantir"],
    correct: "B",
    why: "*Exiger que* (volonté) est suivi du **subjonctif** : qu'il *garantisse*.",
  }),
  // 5.3 Peace and conflict
  mcq({
    key: "5-3-vocab-paix",
    topic: "5.3",
    difficulty: 2,
    stem: "Quel mot est le contraire de « la guerre » ?",
    options: ["la menace", "la lutte", "la crise", "la paix"],
    correct: "D",
    why: "**La paix** (peace) est le contraire de la guerre.",
  }),
  mcq({
    key: "5-3-gerondif",
    topic: "5.3",
    difficulty: 3,
    stem: "Complétez : « C'est ______ que l'on résout les conflits, pas en criant. »",
    options: ["à dialoguer", "dialoguer", "en dialogué", "en dialoguant"],
    correct: "D",
    why: "Le **gérondif** (*en* + participe présent) exprime la manière : *en dialoguant*, comme *en criant*.",
  }),
  // 5.4 Equality
  written({
    key: "5-4-egalite-vf",
    topic: "5.4",
    difficulty: 3,
    marks: 4,
    term: "Justify",
    stem: `${T_EGALITE}Les affirmations suivantes sont-elles **vraies** ou **fausses** ? Justifiez avec des mots du texte.\n\n(a) Les filles s'entraînent sur le grand terrain éclairé.\n(b) Les joueuses réclament des avantages par rapport aux garçons.\n(c) Le président du club nie qu'il y ait un problème.\n(d) L'équipe féminine obtient de bons résultats sportifs.`,
    points: [
      point("a", 1, "(a) FAUX — « sur le petit terrain en herbe » / « un créneau le samedi matin »", ["faux", "petit terrain"]),
      point("b", 1, "(b) FAUX — « On ne demande pas de traitement de faveur, seulement les mêmes conditions »", ["faux", "mêmes conditions"]),
      point("c", 1, "(c) FAUX — « Le président reconnaît le problème »", ["faux", "reconnaît"]),
      point("d", 1, "(d) VRAI — « elle est première de son championnat » / « l'équipe féminine continue de gagner »", ["vrai", "première"]),
    ],
    answer:
      "(a) **Faux** : elles ont un créneau « sur le petit terrain en herbe ».\n(b) **Faux** : « On ne demande pas de traitement de faveur, seulement les mêmes conditions ».\n(c) **Faux** : « Le président reconnaît le problème ».\n(d) **Vrai** : « elle est première de son championnat ».",
  }),
  mcq({
    key: "5-4-egalite-mcq",
    topic: "5.4",
    difficulty: 3,
    stem: `${T_EGALITE}Quelle solution les joueuses proposent-elles ?`,
    options: [
      "Partager les créneaux du soir en alternant les semaines.",
      "Construire un nouveau terrain éclairé.",
      "Jouer dans l'équipe des garçons.",
      "Payer elles-mêmes l'éclairage du terrain.",
    ],
    correct: "A",
    why: "« partager les créneaux du soir en alternant les semaines ».",
  }),
  // 5.5 Globalization
  mcq({
    key: "5-5-vocab-mondialisation",
    topic: "5.5",
    difficulty: 2,
    stem: "Que signifie « **délocaliser** une usine » ?",
    options: [
      "La rendre plus écologique.",
      "La fermer définitivement.",
      "L'agrandir sur place.",
      "La transférer dans un autre pays, souvent où la main-d'œuvre coûte moins cher.",
    ],
    correct: "D",
    why: "**Délocaliser** = déplacer une production vers un autre pays (to offshore/relocate), phénomène lié à la mondialisation.",
  }),
  mcq({
    key: "5-5-connecteur",
    topic: "5.5",
    difficulty: 3,
    stem: "Complétez : « La mondialisation a rendu les produits moins chers ; ______, elle a fragilisé certains emplois locaux. »",
    options: ["en revanche", "par conséquent", "c'est-à-dire", "de plus"],
    correct: "A",
    why: "Les deux idées s'opposent (avantage / inconvénient) : il faut un connecteur d'opposition, **en revanche**. *Par conséquent* exprime la conséquence, *de plus* l'addition.",
  }),
  // 5.6 Ethics
  mcq({
    key: "5-6-vocab-ethique",
    topic: "5.6",
    difficulty: 3,
    stem: "Un produit « **équitable** » est un produit…",
    options: [
      "qui est vendu au prix le plus bas possible.",
      "dont les producteurs reçoivent un prix juste.",
      "fabriqué uniquement en France.",
      "qui ne contient pas de sucre.",
    ],
    correct: "B",
    why: "Le **commerce équitable** (fair trade) garantit aux producteurs un prix juste et des conditions de travail décentes.",
  }),
  mcq({
    key: "5-6-conditionnel-passe",
    topic: "5.6",
    difficulty: 5,
    stem: "Complétez : « Si les chercheurs avaient respecté les règles éthiques, ils ______ cette expérience. »",
    options: ["ne mèneraient pas", "n'auraient pas mené", "n'avaient pas mené", "n'ont pas mené"],
    correct: "B",
    why: "Hypothèse sur le passé : *si* + plus-que-parfait → **conditionnel passé** : ils *n'auraient pas mené*.",
  }),
  // 5.7 Urban and rural environment
  written({
    key: "5-7-village-short",
    topic: "5.7",
    difficulty: 3,
    marks: 5,
    term: "Identify",
    stem: `${T_VILLAGE}Répondez aux questions suivantes.\n\n(a) Comment Julien peut-il continuer à exercer son métier ? [1]\n(b) Pourquoi l'épicerie du village allait-elle fermer ? [1]\n(c) Citez **deux** inconvénients de la vie au village. [2]\n(d) Quelle conséquence l'arrivée de nouvelles familles a-t-elle eue sur l'école ? [1]`,
    points: [
      point("a", 1, "(a) il travaille à distance / en télétravail", ["distance", "télétravail"]),
      point("b", 1, "(b) faute de repreneur / personne ne voulait la reprendre", ["repreneur"]),
      point("c1", 1, "(c) any two of: le médecin est loin (25 km) / la connexion internet est capricieuse / les journées d'hiver paraissent longues — first", [
        "médecin",
        "internet",
        "hiver",
      ]),
      point("c2", 1, "(c) a second, different drawback", ["médecin", "internet", "hiver"]),
      point("d", 1, "(d) l'école a pu garder sa classe (unique) / elle n'a pas fermé", ["classe", "garder"]),
    ],
    answer:
      "(a) Il est graphiste et **travaille à distance**.\n(b) **Faute de repreneur.**\n(c) Deux parmi : le **médecin est à 25 km**, **internet est parfois capricieux**, **l'hiver paraît long**.\n(d) L'école, menacée de fermeture, **a pu garder sa classe unique**.",
  }),
  mcq({
    key: "5-7-village-vocab",
    topic: "5.7",
    difficulty: 3,
    term: "Interpret",
    stem: `${T_VILLAGE}« Tout n'est pas **rose** pour autant. » Cette phrase signifie :`,
    options: ["Tout n'est pas parfait.", "Tout est très coloré.", "Rien n'a changé.", "Tout est plus cher."],
    correct: "A",
    why: "« Ce n'est pas tout rose » = la situation n'est pas idéale ; le paragraphe présente ensuite les inconvénients.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Épreuve 1 (NM) : production écrite, 250-400 mots
// ─────────────────────────────────────────────────────────────────────────────
const ecritNM: QuestionInput[] = [
  writingTask({
    key: "p1-sl-blog-voyage",
    level: "SL",
    topic: "2.2",
    difficulty: 2,
    term: "Describe",
    task: "Vous venez de passer une semaine dans une région francophone dans le cadre d'un échange scolaire. Écrivez un **billet de blog** destiné aux autres élèves de votre école, dans lequel vous décrivez votre séjour et donnez votre avis sur cette expérience.",
    message:
      "le lieu et la famille ou l'école d'accueil ; des activités et des anecdotes précises ; ce que le séjour a apporté (langue, culture, autonomie) ; une recommandation aux lecteurs.",
    conventions:
      "titre accrocheur, date, ton personnel et vivant (tutoiement ou vouvoiement collectif des lecteurs), première personne, invitation à commenter.",
    model: `**Ma semaine à Québec : bien plus qu'un échange !**
*Publié le 12 mars par Emma*

Salut à tous ! Je viens de rentrer de mon échange à Québec et je dois vous raconter cette aventure.

D'abord, ma famille d'accueil, les Tremblay, a été incroyable. Dès mon arrivée, Mme Tremblay m'a préparé une poutine « pour commencer en beauté », et leur fille Justine, qui a mon âge, m'a fait visiter le Vieux-Québec sous la neige. Je n'avais jamais vu autant de neige de ma vie ! Le soir, toute la famille m'a appris à jouer à un jeu de cartes typique de la région.

Pendant la semaine, j'ai suivi les cours avec Justine. Ce qui m'a surprise, c'est l'ambiance : dans la classe de Justine, les relations avec les professeurs m'ont semblé très détendues, et les élèves travaillaient souvent en groupe. J'ai aussi découvert des expressions québécoises très drôles : ici, on ne dit pas « faire du shopping », mais « magasiner » !

Le moment le plus fort a été la sortie en raquettes dans un parc près de la ville. Il faisait moins quinze degrés, mais après la randonnée, on a bu un chocolat chaud dans une cabane au milieu de la forêt. Inoubliable !

Bien sûr, tout n'a pas été facile. Les deux premiers jours, je comprenais mal l'accent et j'étais un peu timide. Mais plus je parlais, plus je gagnais en confiance. À la fin, j'osais même plaisanter en français.

Cet échange m'a appris beaucoup plus qu'une liste de vocabulaire : j'ai découvert une autre façon de vivre en français, et je suis devenue plus autonome.

Alors, si vous hésitez à vous inscrire l'année prochaine, n'hésitez plus ! Et vous, avez-vous déjà fait un échange ? Racontez-moi tout dans les commentaires !`,
  }),
  writingTask({
    key: "p1-sl-courriel-sante",
    level: "SL",
    topic: "1.2",
    difficulty: 3,
    term: "Recommend",
    task: "Votre correspondant(e) francophone vous a écrit qu'il/elle est très stressé(e) par ses examens et qu'il/elle dort mal. Écrivez-lui un **courriel** dans lequel vous montrez que vous comprenez sa situation et lui donnez des conseils pour retrouver un meilleur équilibre.",
    message: "de l'empathie ; au moins trois conseils concrets et justifiés (sommeil, sport, organisation, écrans, parler à quelqu'un) ; des encouragements.",
    conventions:
      "objet, formule d'appel et de fin familières (« Cher Tom », « Bises »), tutoiement, ton amical et rassurant, impératif ou « tu devrais » pour les conseils.",
    model: `**Objet :** Courage pour tes examens !

Salut Tom,

Merci pour ton message. Je suis désolée d'apprendre que tu es si stressé en ce moment. Je te comprends très bien : l'année dernière, avant mes examens, je dormais à peine cinq heures par nuit et j'étais de mauvaise humeur tout le temps. Alors voici ce qui m'a aidée ; peut-être que ça marchera aussi pour toi.

D'abord, organise tes révisions. Fais un planning réaliste avec des pauses : travailler dix heures d'affilée ne sert à rien, car le cerveau a besoin de se reposer pour retenir les informations. Moi, je révisais par périodes de quarante-cinq minutes, puis je faisais une pause de dix minutes.

Ensuite, bouge ! Même une demi-heure de marche ou de vélo par jour aide à évacuer la tension. Tu adores le foot, non ? Ne l'abandonne pas pendant les examens : c'est justement le moment où tu en as le plus besoin.

Pour le sommeil, je te conseille d'éteindre ton téléphone une heure avant de te coucher et de le laisser hors de ta chambre. Au début, c'est difficile, mais tu verras que tu t'endormiras plus vite. Essaie aussi de te coucher à la même heure tous les soirs.

Enfin, n'hésite pas à parler de ton stress à tes parents ou à un professeur en qui tu as confiance. Garder tout pour soi, c'est le pire. Et pense aussi à manger correctement : le chocolat ne remplace pas un vrai repas !

Je suis sûre que tu vas réussir : tu travailles sérieusement depuis le début de l'année. Tiens-moi au courant, et écris-moi quand tu veux si tu as besoin de te changer les idées !

Grosses bises,
Sarah`,
  }),
  writingTask({
    key: "p1-sl-article-plastique",
    level: "SL",
    topic: "5.1",
    difficulty: 3,
    term: "Discuss",
    task: "Votre école veut réduire ses déchets. Écrivez un **article pour le journal de l'école** dans lequel vous présentez la situation actuelle et proposez des actions concrètes que les élèves peuvent mener.",
    message: "un constat (types de déchets, exemples) ; au moins trois propositions concrètes et réalistes ; les avantages attendus ; un appel à l'action.",
    conventions: "titre, chapeau ou introduction qui accroche, paragraphes organisés, nom de l'auteur, registre courant, ton engagé mais informatif.",
    model: `**Moins de déchets à l'école : c'est possible !**
*par Lucas, élève de première*

Gobelets en plastique à la cafétéria, feuilles imprimées d'un seul côté, bouteilles abandonnées dans la cour : il suffit de regarder autour de nous pour constater que notre école produit beaucoup trop de déchets. Pourtant, des solutions simples existent.

Commençons par la cafétéria. Chaque jour, des centaines de gobelets jetables finissent à la poubelle après quelques minutes d'utilisation. Si chaque élève apportait sa propre gourde, nous pourrions les supprimer presque entièrement. L'école pourrait même installer une fontaine à eau supplémentaire près du gymnase.

Ensuite, le papier. Beaucoup de documents pourraient être imprimés recto verso, ou partagés en ligne. Je propose aussi de placer dans chaque salle un bac pour le papier à recycler : aujourd'hui, il n'y en a qu'un, à côté de la bibliothèque.

Troisième idée : créer un composteur pour les restes de la cantine. Le compost servirait ensuite au jardin de l'école, que le club nature entretient déjà. Enfin, nous pourrions organiser chaque printemps une « semaine zéro déchet », avec un concours entre les classes : celle qui produira le moins de déchets gagnera une sortie.

Ces actions auraient plusieurs avantages. Elles réduiraient nos déchets, bien sûr, et donc notre impact sur la planète, mais elles permettraient aussi de faire des économies et de montrer que les jeunes peuvent agir concrètement pour l'environnement.

Rien ne changera si nous attendons que les adultes décident à notre place. C'est pourquoi j'invite tous ceux qui sont intéressés à une réunion, jeudi à midi, en salle 12. Ensemble, faisons de notre école un exemple !`,
  }),
  writingTask({
    key: "p1-sl-lettre-benevolat",
    level: "SL",
    topic: "4.3",
    difficulty: 3,
    term: "Justify",
    task: "Une association de votre ville cherche des jeunes bénévoles pour aider des enfants à faire leurs devoirs. Écrivez une **lettre de candidature** à la responsable de l'association dans laquelle vous vous présentez et expliquez pourquoi vous êtes la personne idéale.",
    message:
      "une présentation ; la motivation ; des qualités et expériences pertinentes illustrées par des exemples ; les disponibilités ; une demande d'entretien.",
    conventions: "coordonnées, lieu et date, objet, « Madame, », vouvoiement, registre soutenu, formule de politesse finale, signature.",
    model: `Léa Martin
12, rue des Lilas
69003 Lyon

Madame Dupont
Association « Réussir ensemble »

Lyon, le 4 octobre

**Objet :** candidature au poste de bénévole pour l'aide aux devoirs

Madame,

J'ai lu avec beaucoup d'intérêt votre annonce publiée sur le site de la mairie, et je souhaiterais vous proposer ma candidature comme bénévole pour l'aide aux devoirs.

Je m'appelle Léa, j'ai dix-sept ans et je suis en première année du Baccalauréat International au lycée Saint-Exupéry. Mes matières préférées sont les mathématiques et le français, deux disciplines dans lesquelles les élèves ont souvent besoin de soutien.

Je suis persuadée que la réussite scolaire ne devrait pas dépendre de la famille dans laquelle on grandit. C'est pourquoi votre projet me tient particulièrement à cœur.

J'ai déjà une certaine expérience auprès des enfants : depuis deux ans, j'aide mon voisin de dix ans à faire ses devoirs deux fois par semaine, et j'ai été animatrice dans un centre de loisirs l'été dernier. Ces expériences m'ont appris à être patiente et à expliquer une même notion de plusieurs façons. Je suis également quelqu'un de ponctuel et de fiable. Par ailleurs, je parle couramment l'anglais et l'espagnol, ce qui pourrait être utile pour aider des enfants dont les parents ne parlent pas encore bien le français.

Je suis disponible le mardi et le jeudi de 17 heures à 19 heures, ainsi que le mercredi après-midi.

Je serais ravie de vous rencontrer afin de vous présenter plus en détail ma motivation. Vous pouvez me joindre par courriel ou par téléphone.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Léa Martin`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Épreuve 1 (NS) : production écrite, 450-600 mots
// ─────────────────────────────────────────────────────────────────────────────
const ecritNS: QuestionInput[] = [
  writingTask({
    key: "p1-hl-discours-reseaux",
    level: "HL",
    topic: "3.3",
    difficulty: 4,
    term: "Discuss",
    task: "Le conseil d'administration de votre école envisage d'interdire les téléphones portables dans tout l'établissement, y compris pendant les pauses. En tant que délégué(e) des élèves, vous prononcez un **discours** devant les parents, les professeurs et les élèves pour donner votre point de vue nuancé sur ce projet.",
    message:
      "une position claire mais nuancée ; des arguments pour et contre illustrés d'exemples ; une proposition alternative réaliste ; une conclusion qui rassemble l'auditoire.",
    conventions:
      "apostrophe à l'auditoire (« Mesdames et Messieurs, chers camarades »), marques de l'oral (questions rhétoriques, répétitions, adresse directe), registre soutenu, remerciements en conclusion.",
    model: `Madame la Directrice, Mesdames et Messieurs les professeurs, chers parents, chers camarades,

Je vous remercie de me donner la parole ce soir, et de m'écouter, sur un sujet qui nous concerne tous, élèves comme adultes : l'interdiction des téléphones portables dans notre établissement. Je ne viens pas défendre nos écrans à tout prix, ni condamner sans appel ce projet. Je viens vous proposer une troisième voie.

Reconnaissons d'abord ce qui est vrai. Oui, les téléphones nous distraient. Combien d'entre nous ont déjà jeté un œil à une notification en plein cours ? Oui, ils appauvrissent parfois nos pauses : il suffit de traverser la cour à dix heures pour voir des groupes d'amis assis côte à côte… sans se parler. Et oui, les réseaux sociaux peuvent devenir le terrain du harcèlement, qui ne s'arrête plus à la grille de l'école et poursuit certains élèves jusque dans leur chambre. Sur ces points, les inquiétudes des adultes sont légitimes, et je les partage.

Mais une interdiction totale poserait d'autres problèmes. D'abord, le téléphone est aussi un outil de travail : nous l'utilisons pour consulter l'emploi du temps, pour photographier un schéma au tableau ou pour vérifier une définition. Ensuite, beaucoup de parents tiennent à pouvoir joindre leur enfant pendant la journée, notamment ceux qui rentrent seuls en transports en commun. Enfin, et surtout, interdire n'est pas éduquer. Dans deux ans, la plupart d'entre nous seront à l'université, où personne ne confisquera nos téléphones. Si nous n'avons jamais appris à nous en servir raisonnablement, comment le ferons-nous alors ?

C'est pourquoi le conseil des élèves propose une solution intermédiaire, que nous avons élaborée après un sondage auquel plus de trois cents élèves ont répondu. Premièrement, les téléphones seraient éteints et rangés pendant tous les cours, sauf si le professeur demande explicitement de les utiliser. Deuxièmement, la cour de récréation deviendrait une zone sans écran deux jours par semaine, le mardi et le jeudi, avec des jeux de société et des activités sportives organisés par les élèves eux-mêmes. Troisièmement, nous demandons un atelier d'éducation au numérique pour chaque classe de seconde, afin de parler de la gestion du temps d'écran, de la protection des données et du cyberharcèlement.

Cette proposition a un avantage majeur : elle fait de nous des acteurs de la règle plutôt que de simples sujets. Une règle que l'on comprend et que l'on a contribué à écrire est une règle que l'on respecte. Nous suggérons d'ailleurs de l'essayer pendant un trimestre, puis d'en faire le bilan ensemble, parents, professeurs et élèves.

Mesdames et Messieurs, nous partageons tous le même objectif : une école où l'on apprend, où l'on se parle et où l'on se sent en sécurité. Ne choisissons pas entre l'interdiction et l'indifférence. Choisissons la confiance et la responsabilité.

Je vous remercie de votre attention.`,
  }),
  writingTask({
    key: "p1-hl-editorial-mondialisation",
    level: "HL",
    topic: "5.5",
    difficulty: 5,
    term: "To what extent",
    task: "Le magazine francophone en ligne *Regards jeunes* organise un concours sur le thème : « Consommer local, est-ce la réponse à la mondialisation ? ». Écrivez un **article d'opinion** (éditorial) pour ce concours, dans lequel vous examinez dans quelle mesure consommer local est une solution.",
    message:
      "une définition du problème ; les avantages de la consommation locale (environnement, emploi, lien social) ; ses limites (prix, choix, pays producteurs qui dépendent des exportations) ; une conclusion nuancée et argumentée.",
    conventions:
      "titre et éventuellement sous-titre, introduction qui pose la question, argumentation structurée avec connecteurs, exemples, ton engagé mais nuancé, registre soutenu, signature.",
    model: `**Consommer local : remède miracle ou fausse bonne idée ?**
*Quand nos assiettes font le tour du monde, faut-il remettre des frontières dans nos paniers ?*

Ce matin, mon petit-déjeuner a probablement parcouru plus de kilomètres que moi en un an : un café d'Amérique du Sud, une banane d'Afrique de l'Ouest, un jus d'orange venu d'Espagne. Rien de plus ordinaire aujourd'hui. Face à cette mondialisation de nos assiettes, un slogan s'impose partout : « consommez local ». Mais ce geste suffit-il vraiment à répondre aux excès de la mondialisation ?

Il faut d'abord reconnaître les atouts de la consommation locale. Sur le plan écologique, d'abord, acheter en saison des fraises produites à quelques kilomètres plutôt qu'à l'autre bout du continent réduit les transports et donc une partie des émissions. Sur le plan économique, chaque euro dépensé chez un maraîcher de la région fait vivre une exploitation et des emplois qui ne peuvent pas être délocalisés. Enfin, il ne faut surtout pas négliger la dimension humaine, souvent oubliée dans les débats : au marché, on connaît le producteur, on sait comment il travaille, et la confiance remplace l'étiquette anonyme.

Pourtant, il serait naïf de voir dans le « local » une solution à tous les problèmes. Premièrement, local ne veut pas toujours dire écologique : une tomate cultivée en hiver dans une serre chauffée près de chez moi peut avoir un impact plus lourd qu'une tomate de saison importée d'un pays voisin. Ce qui compte, c'est aussi la saison et le mode de production. Deuxièmement, les produits locaux sont souvent plus chers, et toutes les familles ne peuvent pas se permettre de remplir leur panier au marché bio. Faire de la consommation locale une obligation morale, c'est risquer de culpabiliser ceux qui ont le moins de moyens. Troisièmement, et c'est l'argument que l'on oublie le plus souvent, des millions de petits producteurs dans les pays du Sud vivent de leurs exportations. Si tous les consommateurs européens boycottaient le cacao ou le café importés, ce sont eux qui en paieraient le prix.

Alors, que faire ? Il me semble que la vraie question n'est pas « local ou mondial ? », mais « comment produire et échanger plus justement ? ». Consommer local quand c'est possible, privilégier les produits de saison, et, pour ce qui ne pousse pas chez nous, choisir le commerce équitable : voilà une démarche cohérente. Les pouvoirs publics ont aussi leur rôle à jouer, par exemple en introduisant davantage de produits locaux dans les cantines, ce qui les rendrait accessibles à tous les enfants, quels que soient les revenus de leurs parents.

En définitive, consommer local est une partie de la réponse, mais seulement une partie. Ce n'est pas en fermant nos paniers au reste du monde que nous corrigerons les déséquilibres de la mondialisation, mais en devenant des consommateurs informés, exigeants et solidaires, ici comme ailleurs.

*Nadia B., 18 ans*`,
  }),
  writingTask({
    key: "p1-hl-journal-migration",
    level: "HL",
    topic: "2.6",
    difficulty: 4,
    term: "Describe",
    task: "Vous êtes arrivé(e) il y a trois mois dans un pays francophone avec votre famille. Écrivez une **page de journal intime** dans laquelle vous décrivez une journée marquante et réfléchissez à ce que cette nouvelle vie change dans votre identité.",
    message:
      "le récit d'une journée précise avec des détails concrets ; les émotions (difficultés, progrès) ; une réflexion sur l'identité, la langue et l'appartenance ; une perspective sur l'avenir.",
    conventions:
      "date, adresse au journal possible (« Cher journal »), première personne, ton intime et spontané, alternance de temps du passé pour le récit et du présent pour la réflexion, pas de formule de politesse.",
    model: `*Dakar, le samedi 14 janvier*

Cher journal,

Trois mois. Cela fait exactement trois mois aujourd'hui que nous avons atterri ici, et c'est peut-être la première fois que je me sens un peu chez moi.

Ce matin, pour la première fois, Maman m'a envoyé seul au marché pour acheter des légumes. Il y a encore quelques semaines, j'aurais tout fait pour éviter cette mission : le bruit, la foule, les vendeurs qui parlent vite, en français mais aussi en wolof, et moi qui restais planté là, incapable de répondre. Aujourd'hui, pourtant, j'ai traversé les allées sans paniquer. J'ai même négocié le prix des tomates ! La vendeuse, une dame âgée qui porte toujours un foulard orange, m'a reconnu : « Ah, le petit Canadien ! Ton français s'améliore ! » J'ai ri de bon cœur, et j'ai eu envie de lui dire que le français, je le parlais déjà avant. Mais elle a raison : ce n'est pas le même français. Ici, j'ai appris des mots que je ne connaissais pas, et surtout à prendre le temps des salutations : on demande des nouvelles de toute la famille avant de parler d'autre chose, et couper court serait impoli.

L'après-midi, Moussa, mon voisin de classe, m'a invité à regarder un match de lutte avec ses cousins. Je ne comprenais pas toutes les règles, mais l'ambiance était incroyable : les tambours, les chants, les spectateurs qui se levaient d'un bond. À un moment, quelqu'un m'a tendu un bissap, une boisson à l'hibiscus, et m'a expliqué les règles sans que j'aie rien demandé. Je me suis senti accueilli, simplement, comme si j'avais toujours fait partie de la bande.

Pourtant, ce soir, en rentrant, j'ai ressenti un pincement au cœur. Mon meilleur ami de Montréal m'a envoyé une photo de notre équipe de hockey, et je me suis rendu compte que je n'avais pas pensé à eux de toute la journée. Est-ce que cela veut dire que je les oublie ? Est-ce qu'on peut appartenir à deux endroits à la fois ?

Je crois que je commence à comprendre quelque chose. Mon identité n'est pas une valise qu'on transporte d'un pays à l'autre sans l'ouvrir. Elle change, elle s'enrichit. Je reste un Québécois qui aime la neige et le sirop d'érable, mais je suis aussi, désormais, un garçon qui sait marchander au marché de Dakar et qui attend le prochain combat de lutte avec impatience. Ces deux parts de moi ne s'opposent pas ; elles dialoguent.

Bien sûr, tout n'est pas facile. La chaleur me fatigue encore, et certains jours, j'ai l'impression d'être un étranger partout. Mais ce soir, je ressens surtout de la gratitude. Si on m'avait dit il y a trois mois que je me sentirais bien ici, je ne l'aurais jamais cru.

Demain, Moussa veut m'apprendre quelques phrases en wolof. Je vais commencer par « jërëjëf » : merci.

À demain,
Olivier`,
  }),
  writingTask({
    key: "p1-hl-rapport-egalite",
    level: "HL",
    topic: "5.4",
    difficulty: 5,
    term: "Recommend",
    task: "Le conseil des élèves de votre lycée a mené une enquête sur l'égalité entre filles et garçons dans les activités sportives et extrascolaires de l'établissement. Rédigez le **rapport** destiné à la direction, qui présente les résultats de l'enquête et formule des recommandations.",
    message: "le but et la méthode de l'enquête ; des résultats précis (hypothétiques) ; une analyse des causes ; des recommandations concrètes et justifiées.",
    conventions:
      "titre, destinataire, date, intertitres (introduction, méthode, résultats, analyse, recommandations, conclusion), style impersonnel et objectif, registre soutenu, signature du conseil.",
    model: `**Rapport sur l'égalité filles-garçons dans les activités sportives et extrascolaires**
*À l'attention de Mme la Proviseure — rédigé par le conseil des élèves, le 20 mai*

**1. Objet du rapport**
À la suite de plusieurs remarques d'élèves, le conseil des élèves a souhaité vérifier si les filles et les garçons bénéficient des mêmes possibilités dans les activités sportives et extrascolaires du lycée. Le présent rapport expose les résultats de notre enquête et propose des mesures d'amélioration.

**2. Méthode**
Un questionnaire anonyme a été proposé à l'ensemble des élèves en avril ; 412 élèves y ont répondu, soit environ deux tiers de l'effectif. Nous avons également consulté les plannings des installations sportives et interrogé les responsables de quatre clubs, ainsi que deux professeurs d'éducation physique et sportive. Les chiffres cités ci-dessous sont ceux de notre enquête interne.

**3. Principaux résultats**
Premièrement, la participation est déséquilibrée : 58 % des garçons interrogés déclarent pratiquer au moins une activité sportive au lycée, contre 31 % des filles. À l'inverse, les clubs de théâtre et de débat comptent environ deux tiers de filles.
Deuxièmement, l'accès aux installations est inégal. Le grand gymnase est réservé aux équipes de basket et de football, majoritairement masculines, quatre soirs sur cinq.
Troisièmement, près d'une fille sur quatre affirme avoir déjà renoncé à une activité après des moqueries ou des remarques sur son niveau.

**4. Analyse**
Ces écarts ne s'expliquent pas par un manque d'intérêt des filles : 62 % de celles qui ne pratiquent pas de sport déclarent qu'elles aimeraient en faire si l'offre était différente. Les causes semblent plutôt liées à plusieurs facteurs : l'organisation des créneaux, à une offre centrée sur quelques sports collectifs et à un climat parfois peu accueillant. Par ailleurs, les garçons sont sous-représentés dans les activités artistiques, ce qui montre que les stéréotypes limitent les choix de tous les élèves.

**5. Recommandations**
Le conseil des élèves recommande :
- **une répartition équitable des créneaux** du grand gymnase entre les équipes, révisée chaque trimestre ;
- **la diversification de l'offre**, par exemple l'ouverture d'ateliers de danse, d'escalade ou de badminton, ouverts à tous ;
- **la création d'équipes mixtes** dans certains sports, au moins pour les entraînements ;
- **une charte contre les moqueries et le sexisme**, signée par les membres de chaque club, et une personne référente à qui signaler les incidents ;
- **une campagne de valorisation** présentant des élèves qui pratiquent des activités considérées à tort comme « réservées » à l'autre sexe.

**6. Conclusion**
L'enquête montre que l'égalité dans les activités extrascolaires n'est pas encore une réalité dans notre lycée, mais que les solutions sont à notre portée et peu coûteuses. Le conseil des élèves se tient à la disposition de la direction pour participer à leur mise en œuvre et propose de renouveler l'enquête l'année prochaine afin d'en mesurer les effets.

*Le conseil des élèves*`,
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// NS uniquement : littérature (thème L), textes originaux et questions génériques
// ─────────────────────────────────────────────────────────────────────────────
const T_GARE = texte(
  "La dernière gare",
  "Extrait de récit littéraire",
  `Le train était parti depuis longtemps, mais Mathilde restait sur le quai, sa valise à la main, comme si quelqu'un allait encore descendre. Le vent soulevait les feuilles mortes et les faisait tourner en petits cercles autour de ses chaussures.

Elle avait attendu ce jour pendant dix ans. Dix ans à imaginer la scène : son frère qui sauterait du wagon, qui la prendrait dans ses bras, qui dirait en riant qu'elle n'avait pas changé. Elle avait même mis la robe bleue qu'il aimait, celle qui était devenue un peu trop étroite.

Le chef de gare s'approcha. « Il n'y a plus de train ce soir, madame. » Elle hocha la tête sans le regarder. Puis elle ouvrit sa valise, en sortit une lettre jaunie, la relut une dernière fois et la laissa tomber sur le banc.

Quand elle quitta la gare, la nuit était tombée, et pour la première fois depuis des années, elle marchait sans se retourner.`,
);

const T_POEME = texte(
  "Ma ville",
  "Poème",
  `Ma ville a des rues qui parlent,
des façades couleur de pain,
des marchés qui chantent à l'aube
et des pigeons sans lendemain.

Ma ville a perdu ses arbres,
remplacés par des néons ;
elle compte ses heures en voitures
et ses jours en millions.

Pourtant, le soir, sur le fleuve,
quand le béton devient doré,
ma ville redevient petite
et je sais pourquoi je suis resté.`,
);

const litterature: QuestionInput[] = [
  written({
    key: "l-gare-attente",
    levels: HL,
    topic: "L",
    difficulty: 3,
    marks: 3,
    term: "Identify",
    stem: `${T_GARE}Répondez aux questions suivantes.\n\n(a) Qui Mathilde attendait-elle ? [1]\n(b) Depuis combien de temps attendait-elle ce moment ? [1]\n(c) Relevez un détail qui montre qu'elle s'était préparée pour ces retrouvailles. [1]`,
    points: [
      point("a", 1, "(a) son frère", ["frère"]),
      point("b", 1, "(b) dix ans", ["dix ans"]),
      point("c", 1, "(c) elle avait mis la robe bleue qu'il aimait", ["robe bleue"]),
    ],
    answer: "(a) **Son frère.**\n(b) **Dix ans.**\n(c) « Elle avait même mis **la robe bleue qu'il aimait** ».",
  }),
  written({
    key: "l-gare-symbole",
    levels: HL,
    topic: "L",
    difficulty: 5,
    marks: 6,
    term: "Analyse",
    stem: `${T_GARE}Analysez comment l'auteur suggère, sans le dire directement, que Mathilde renonce à son attente. Appuyez-vous sur **trois** éléments précis du texte (gestes, images, temps verbaux).`,
    points: [
      point("p1", 1, "Le geste d'abandonner la lettre : relue « une dernière fois » puis laissée sur le banc", ["lettre", "dernière fois", "banc"]),
      point("p2", 1, "Interprétation : la lettre (lien avec le frère / le passé) est abandonnée, elle se sépare du passé / de l'espoir", ["passé", "espoir"]),
      point("p3", 1, "La phrase finale « elle marchait sans se retourner » : image d'un regard tourné vers l'avenir", ["sans se retourner"]),
      point(
        "p4",
        1,
        "Contraste avec le début (« comme si quelqu'un allait encore descendre », immobilité sur le quai) / passage de l'immobilité au mouvement",
        ["quai", "immobilité", "contraste"],
      ),
      point("p5", 1, "Le conditionnel (« sauterait », « prendrait », « dirait ») montre que les retrouvailles n'existent que dans l'imagination", [
        "conditionnel",
      ]),
      point(
        "p6",
        1,
        "Autre élément pertinent bien exploité : la nuit tombée (fin d'une période), les feuilles mortes (automne, fin, temps qui passe), le silence de Mathilde face au chef de gare, la robe devenue trop étroite (le temps a passé)",
        ["nuit", "feuilles mortes", "silence"],
      ),
    ],
    answer:
      "**Éléments d'analyse (one mark per relevant point, up to 6).**\n\n1. **Le geste final de la lettre.** Mathilde relit la lettre « une dernière fois » et la « laisse tomber sur le banc » : l'objet qui la reliait à son frère (et peut-être à une promesse) est abandonné. Le renoncement est montré par un geste, pas expliqué.\n\n2. **Le contraste entre immobilité et mouvement.** Au début, elle « restait sur le quai […] comme si quelqu'un allait encore descendre » ; à la fin, elle « marchait sans se retourner ». Le fait de ne plus se retourner symbolise qu'elle cesse de regarder vers le passé.\n\n3. **Les temps verbaux.** Le conditionnel (« sauterait », « prendrait », « dirait ») situe les retrouvailles dans l'imaginaire : elles n'ont jamais eu lieu. Le plus-que-parfait « avait attendu » souligne la longueur de l'attente.\n\nOn peut aussi exploiter : les **feuilles mortes** et la **nuit tombée** (fin d'un cycle), la **robe devenue trop étroite** (le temps a passé pour elle aussi), son **silence** face au chef de gare.",
  }),
  mcq({
    key: "l-gare-figure",
    levels: HL,
    topic: "L",
    difficulty: 4,
    term: "Interpret",
    stem: `${T_GARE}Dans la phrase « pour la première fois depuis des années, elle marchait **sans se retourner** », l'expression en gras doit surtout se comprendre…`,
    options: [
      "au sens figuré : elle ne regarde plus vers le passé.",
      "au sens propre uniquement : elle a mal au cou.",
      "comme une marque d'impolitesse envers le chef de gare.",
      "comme le signe qu'elle a peur d'être suivie.",
    ],
    correct: "A",
    why: "Le geste physique a une valeur symbolique : après avoir abandonné la lettre, Mathilde cesse de vivre tournée vers le passé.",
  }),
  written({
    key: "l-poeme-structure",
    levels: HL,
    topic: "L",
    difficulty: 3,
    marks: 3,
    term: "Identify",
    stem: `${T_POEME}Répondez aux questions suivantes.\n\n(a) Relevez **un** exemple de personnification dans la première strophe. [1]\n(b) Quel changement négatif de la ville la deuxième strophe décrit-elle ? Donnez **un** exemple. [1]\n(c) Quel mot marque l'opposition entre la deuxième et la troisième strophe ? [1]`,
    points: [
      point("a", 1, "(a) « des rues qui parlent » / « des marchés qui chantent »", ["parlent", "chantent"]),
      point("b", 1, "(b) la ville a perdu ses arbres (remplacés par des néons) / elle est envahie par les voitures / elle est devenue énorme (« millions »)", [
        "arbres",
        "néons",
        "voitures",
      ]),
      point("c", 1, "(c) « Pourtant »", ["pourtant"]),
    ],
    answer:
      "(a) « des **rues qui parlent** » ou « des **marchés qui chantent** » : la ville reçoit des actions humaines.\n(b) La ville **a perdu ses arbres**, remplacés par des néons (ou : elle vit au rythme des voitures, elle compte en « millions »).\n(c) « **Pourtant** », au début de la troisième strophe.",
  }),
  written({
    key: "l-poeme-analyse",
    levels: HL,
    topic: "L",
    difficulty: 5,
    marks: 6,
    term: "Analyse",
    stem: `${T_POEME}Analysez l'évolution des sentiments du poète envers sa ville au fil des trois strophes. Citez le texte.`,
    points: [
      point("p1", 1, "Strophe 1 : affection / ville vivante et chaleureuse (personnifications, « couleur de pain », marchés qui chantent)", [
        "affection",
        "chaleureuse",
        "pain",
      ]),
      point("p2", 1, "Strophe 2 : regret / critique de la modernisation (arbres remplacés par des néons, voitures, « millions »)", [
        "regret",
        "néons",
        "critique",
      ]),
      point(
        "p3",
        1,
        "Analyse d'un procédé de la strophe 2 : opposition nature/artifice (arbres vs néons), déshumanisation par les chiffres (« compte ses heures en voitures »)",
        ["opposition", "déshumanisation"],
      ),
      point("p4", 1, "Strophe 3 : réconciliation introduite par « Pourtant » ; moment privilégié du soir sur le fleuve", ["pourtant", "soir", "fleuve"]),
      point("p5", 1, "Image du « béton » qui « devient doré » : la lumière transforme la laideur en beauté", ["béton", "doré"]),
      point("p6", 1, "Chute : « je sais pourquoi je suis resté » — attachement réaffirmé / choix personnel ; « redevient petite » = intimité retrouvée", [
        "resté",
        "petite",
      ]),
    ],
    answer:
      "**Strophe 1 — l'attachement.** La ville est personnifiée (« des rues qui parlent », « des marchés qui chantent ») et associée à des images chaleureuses et familières (« façades couleur de pain ») : le poète exprime de la tendresse.\n\n**Strophe 2 — la déception.** Le ton change : la ville « a perdu ses arbres, remplacés par des néons » (opposition entre la nature et l'artifice). Elle « compte ses heures en voitures / et ses jours en millions » : le vocabulaire des chiffres traduit une ville devenue anonyme, déshumanisée.\n\n**Strophe 3 — la réconciliation.** Le connecteur « Pourtant » annonce un retournement. Le soir, la lumière transforme la ville : « le béton devient doré », image qui rend beau ce qui était critiqué. La ville « redevient petite », c'est-à-dire intime, à taille humaine. La chute, « je sais pourquoi je suis resté », affirme un attachement lucide : le poète connaît les défauts de sa ville mais l'aime malgré tout.",
  }),
  written({
    key: "l-oeuvre-personnage",
    levels: HL,
    topic: "L",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Explain",
    stem: "**Préparation à l'oral individuel (NS).** Choisissez un personnage important de l'une des deux œuvres littéraires que vous avez étudiées en français. Expliquez comment ce personnage évolue au cours de l'œuvre et quels procédés l'auteur utilise pour montrer cette évolution. (Answer about a work you have studied; no particular work is required.)",
    points: [
      point("p1", 1, "Œuvre et personnage identifiés, situation initiale du personnage présentée avec précision", ["personnage", "au début"]),
      point("p2", 1, "Au moins un moment clé (événement, rencontre, conflit) qui provoque le changement", ["moment", "événement"]),
      point("p3", 1, "Situation finale / nature de l'évolution clairement expliquée", ["à la fin", "évolue"]),
      point("p4", 1, "Un procédé littéraire identifié (point de vue, dialogues, symboles, description, temps verbaux…)", [
        "narrateur",
        "point de vue",
        "symbole",
      ]),
      point("p5", 1, "Le procédé est relié à l'évolution du personnage par des références précises à l'œuvre (épisodes, courtes citations de mémoire)", [
        "par exemple",
        "citation",
      ]),
      point("p6", 1, "Lien avec un thème du programme ou avec le sens global de l'œuvre (identité, relations sociales, expériences…)", ["thème", "identité"]),
    ],
    answer:
      "**Structure d'une bonne réponse (any work studied in class).**\n\n1. *Présentation* : titre, auteur, genre ; le personnage au début de l'œuvre (situation, traits de caractère).\n2. *Le déclencheur* : l'événement, la rencontre ou le conflit qui le transforme.\n3. *L'évolution* : ce qu'il est devenu à la fin, ce qu'il a gagné ou perdu.\n4. *Les procédés* : par exemple un changement de point de vue narratif, des dialogues qui révèlent un nouveau ton, un objet ou un lieu symbolique qui revient, l'opposition entre deux descriptions du même lieu au début et à la fin.\n5. *Le sens* : ce que cette évolution dit du thème de l'œuvre et d'un thème du programme (par exemple l'identité ou les rites de passage).\n\nLes références à l'œuvre doivent être précises (épisodes, courtes citations mémorisées) ; un simple résumé de l'intrigue ne suffit pas.",
  }),
  written({
    key: "l-oeuvre-theme",
    levels: HL,
    topic: "L",
    difficulty: 5,
    marks: 6,
    paper: "P1",
    term: "Discuss",
    stem: "**Préparation à l'oral individuel (NS).** Dans l'une des œuvres littéraires que vous avez étudiées en français, discutez comment l'auteur traite un thème lié à l'un des cinq thèmes du programme (par exemple l'identité, les relations sociales ou le partage de la planète). Appuyez-vous sur au moins **deux** passages précis de l'œuvre.",
    points: [
      point("p1", 1, "Thème clairement défini et relié à l'un des thèmes du programme", ["thème"]),
      point("p2", 1, "Premier passage précis situé dans l'œuvre et exploité", ["passage", "scène"]),
      point("p3", 1, "Second passage précis situé dans l'œuvre et exploité", ["passage", "scène"]),
      point("p4", 1, "Analyse d'au moins un procédé d'écriture au service du thème", ["procédé", "image", "narrateur"]),
      point("p5", 1, "Point de vue de l'auteur / message de l'œuvre discuté de manière nuancée", ["l'auteur", "message"]),
      point("p6", 1, "Ouverture : lien avec le monde francophone ou avec une expérience personnelle / interculturelle", ["francophone", "culture"]),
    ],
    answer:
      "**Démarche attendue (any work studied in class).**\n\n- Définir le thème (par exemple *l'exil et l'identité*) et le relier au programme (thème 1, *Identités*, ou 2, *Expériences : la migration*).\n- Situer et exploiter deux passages : ce qui s'y passe, comment c'est écrit (narration, images, dialogues, rythme), ce que cela montre du thème.\n- Discuter la position de l'auteur : dénonce-t-il, interroge-t-il, propose-t-il une réponse ? Y a-t-il des ambiguïtés ?\n- Ouvrir sur le contexte culturel francophone de l'œuvre ou sur une comparaison avec sa propre culture, comme le demande l'oral individuel NS.\n\nUne réponse qui résume l'œuvre sans analyser les passages ne dépasse pas 2 points.",
  }),
  mcq({
    key: "l-vocab-litteraire",
    levels: HL,
    topic: "L",
    difficulty: 3,
    term: "Define",
    stem: "Comment appelle-t-on le groupe de vers d'un poème séparé des autres par un blanc ?",
    options: ["une strophe", "une rime", "un chapitre", "une réplique"],
    correct: "A",
    why: "Une **strophe** (stanza) est un groupe de vers ; la rime est le retour d'un même son en fin de vers ; la réplique appartient au théâtre.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// NS uniquement : compréhension de textes plus longs et grammaire avancée
// ─────────────────────────────────────────────────────────────────────────────
const T_IA = texte(
  "Intelligence artificielle à l'école : alliée ou menace ?",
  "Tribune d'une enseignante dans un quotidien",
  `Lorsque les premiers outils d'intelligence artificielle capables de rédiger un texte sont apparus, beaucoup de mes collègues ont réagi par la panique. Comment évaluer des rédactions qu'une machine peut écrire en quelques secondes ? Faudrait-il revenir aux copies manuscrites, aux examens surveillés, à la méfiance généralisée ?

Je comprends cette inquiétude, mais je crois qu'elle se trompe de cible. Interdire ces outils serait aussi vain que d'interdire les calculatrices dans les années quatre-vingt. Nos élèves les utiliseront, à l'école ou ailleurs ; la seule question qui vaille est de savoir s'ils les utiliseront avec discernement.

Dans ma classe, j'ai donc choisi de les intégrer. Mes élèves demandent à la machine un premier jet sur un sujet donné, puis ils le critiquent : repérer les erreurs factuelles, les raisonnements circulaires, les phrases creuses qui ont l'air profondes. L'exercice est redoutablement efficace. Les élèves découvrent qu'un texte bien écrit n'est pas forcément un texte juste.

Il ne s'agit pas pour autant d'être naïf. Ces outils posent de vraies questions sur la protection des données, sur les biais qu'ils reproduisent et sur l'effort intellectuel que les élèves risquent de ne plus fournir. Apprendre à écrire, c'est apprendre à penser ; aucune machine ne doit nous en dispenser.

L'école n'a jamais eu pour mission de protéger les élèves du monde, mais de les y préparer.

— Hélène V., professeure de lettres`,
);

const T_LANGUES = texte(
  "Les langues régionales peuvent-elles survivre ?",
  "Article de fond d'un magazine culturel",
  `Dans le petit village où a grandi Marie-Jo, on parlait encore la langue régionale au marché lorsqu'elle était enfant. Ses grands-parents s'en servaient entre eux, mais ils s'adressaient à elle en français. « Ils pensaient que c'était la langue de la réussite, et que l'autre me porterait préjudice à l'école », explique-t-elle, sans amertume.

Cette histoire est celle de milliers de familles. En quelques générations, la transmission s'est interrompue, et les locuteurs sont aujourd'hui souvent âgés. Pourtant, depuis une trentaine d'années, un mouvement inverse se dessine. Des écoles associatives proposent un enseignement bilingue dès la maternelle, des chanteurs remplissent des salles en chantant dans la langue de leurs ancêtres, et des applications permettent de l'apprendre sur son téléphone.

Les défenseurs de ces langues y voient bien plus qu'une question de nostalgie. Une langue, disent-ils, transporte une manière de voir le monde : des mots pour des paysages, des métiers, des émotions qui n'ont pas d'équivalent exact ailleurs. Quand elle disparaît, c'est une part du patrimoine commun qui s'efface.

Leurs détracteurs rétorquent que l'argent public serait mieux employé ailleurs, et que l'apprentissage des langues internationales est plus utile aux jeunes. Le débat reste vif. Marie-Jo, elle, a tranché : à cinquante ans, elle prend des cours du soir. « Je ne veux pas parler la langue de mes grands-parents pour le passé, mais pour mes petits-enfants. »`,
);

const nsAvance: QuestionInput[] = [
  written({
    key: "hl-3-4-ia-short",
    levels: HL,
    topic: "3.4",
    difficulty: 4,
    marks: 5,
    term: "Explain",
    stem: `${T_IA}Répondez aux questions suivantes.\n\n(a) À quoi l'auteure compare-t-elle l'interdiction des outils d'intelligence artificielle ? [1]\n(b) Selon elle, quelle est la seule question importante ? [1]\n(c) Décrivez l'exercice qu'elle propose à ses élèves. [2]\n(d) Qu'apprennent les élèves grâce à cet exercice ? [1]`,
    points: [
      point("a", 1, "(a) à l'interdiction des calculatrices dans les années quatre-vingt", ["calculatrices"]),
      point("b", 1, "(b) savoir si les élèves les utiliseront avec discernement / intelligemment, de façon critique", ["discernement"]),
      point("c1", 1, "(c) les élèves demandent un premier jet / texte à la machine", ["premier jet"]),
      point("c2", 1, "(c) puis ils le critiquent : repérer les erreurs factuelles / les raisonnements circulaires / les phrases creuses", [
        "critiquent",
        "erreurs",
      ]),
      point("d", 1, "(d) qu'un texte bien écrit n'est pas forcément juste / vrai", ["bien écrit", "juste"]),
    ],
    answer:
      "(a) À l'interdiction des **calculatrices dans les années quatre-vingt** : une mesure vaine.\n(b) Savoir si les élèves les utiliseront **avec discernement**.\n(c) Les élèves **demandent à la machine un premier jet**, puis **le critiquent** en repérant erreurs factuelles, raisonnements circulaires et phrases creuses.\n(d) Qu'**un texte bien écrit n'est pas forcément un texte juste**.",
  }),
  written({
    key: "hl-3-4-ia-vocab",
    levels: HL,
    topic: "3.4",
    difficulty: 5,
    marks: 4,
    term: "Find",
    stem: `${T_IA}Trouvez dans le texte le mot ou l'expression qui signifie :\n\n(a) inutile, sans effet (paragraphe 2) [1]\n(b) le bon sens, la capacité de bien juger (paragraphe 2) [1]\n(c) extrêmement, d'une manière impressionnante (paragraphe 3) [1]\n(d) nous éviter de faire quelque chose, nous en libérer (paragraphe 4) [1]`,
    points: [
      point("a", 1, "(a) vain", ["vain"]),
      point("b", 1, "(b) (le) discernement", ["discernement"]),
      point("c", 1, "(c) redoutablement", ["redoutablement"]),
      point("d", 1, "(d) (nous en) dispenser", ["dispenser"]),
    ],
    answer:
      "(a) **vain** — (b) **discernement** — (c) **redoutablement** — (d) **dispenser** (« aucune machine ne doit nous en dispenser »).\n\nDans l'épreuve, le mot doit être recopié exactement ; un mot de plus ou de moins qui change le sens n'est pas accepté.",
  }),
  written({
    key: "hl-1-5-langues-short",
    levels: HL,
    topic: "1.5",
    difficulty: 4,
    marks: 5,
    term: "Explain",
    stem: `${T_LANGUES}Répondez aux questions suivantes.\n\n(a) Pourquoi les grands-parents de Marie-Jo lui parlaient-ils en français ? [1]\n(b) Citez **deux** signes du renouveau des langues régionales. [2]\n(c) Selon leurs défenseurs, pourquoi la disparition d'une langue est-elle une perte ? [1]\n(d) Quel est l'argument des détracteurs ? [1]`,
    points: [
      point("a", 1, "(a) ils pensaient que le français était la langue de la réussite / que la langue régionale lui porterait préjudice à l'école", [
        "réussite",
        "préjudice",
      ]),
      point("b1", 1, "(b) any two of: écoles bilingues dès la maternelle / chanteurs qui remplissent des salles / applications pour l'apprendre — first", [
        "écoles",
        "chanteurs",
        "applications",
      ]),
      point("b2", 1, "(b) a second, different sign", ["écoles", "chanteurs", "applications"]),
      point("c", 1, "(c) une langue transporte une manière de voir le monde / des mots sans équivalent ; une part du patrimoine commun s'efface", [
        "patrimoine",
        "voir le monde",
      ]),
      point("d", 1, "(d) l'argent public serait mieux employé ailleurs / les langues internationales sont plus utiles aux jeunes", [
        "argent public",
        "internationales",
      ]),
    ],
    answer:
      "(a) Ils pensaient que le français était **la langue de la réussite** et que la langue régionale lui **porterait préjudice à l'école**.\n(b) Deux parmi : des **écoles bilingues dès la maternelle**, des **chanteurs** qui remplissent des salles, des **applications** d'apprentissage.\n(c) Une langue **transporte une manière de voir le monde** ; sa disparition efface **une part du patrimoine commun**.\n(d) **L'argent public serait mieux employé ailleurs** et les **langues internationales sont plus utiles**.",
  }),
  mcq({
    key: "hl-1-5-langues-mcq",
    levels: HL,
    topic: "1.5",
    difficulty: 4,
    term: "Interpret",
    stem: `${T_LANGUES}Que veut dire Marie-Jo par « Je ne veux pas parler la langue de mes grands-parents pour le passé, mais pour mes petits-enfants » ?`,
    options: [
      "Elle pense que la langue n'a plus d'avenir.",
      "Elle regrette de ne pas avoir connu ses grands-parents.",
      "Elle veut transmettre la langue aux générations futures.",
      "Elle veut écrire un livre sur l'histoire de son village.",
    ],
    correct: "C",
    why: "Elle apprend la langue non par nostalgie mais pour la **transmettre** : la transmission interrompue dans sa famille doit reprendre.",
  }),
  mcq({
    key: "hl-2-3-passe-simple",
    levels: HL,
    topic: "2.3",
    difficulty: 4,
    stem: "Dans un récit : « Elle **prit** sa valise et **sortit** sans un mot. » À quel temps sont les verbes en gras, et quel est leur équivalent à l'oral ?",
    options: [
      "Présent ; à l'oral : elle prend, elle sort.",
      "Imparfait ; à l'oral : elle prenait, elle sortait.",
      "Passé simple ; à l'oral : elle a pris, elle est sortie.",
      "Plus-que-parfait ; à l'oral : elle avait pris, elle était sortie.",
    ],
    correct: "C",
    why: "*Prit* et *sortit* sont au **passé simple**, temps du récit écrit ; à l'oral on utilise le passé composé.",
  }),
  mcq({
    key: "hl-4-4-subj-passe",
    levels: HL,
    topic: "4.4",
    difficulty: 5,
    stem: "Complétez : « Je suis ravi que tu ______ ton examen la semaine dernière. »",
    options: ["aies réussi", "as réussi", "réussisses", "aurais réussi"],
    correct: "A",
    why: "*Être ravi que* + subjonctif ; l'action est antérieure (la semaine dernière) → **subjonctif passé** : que tu *aies réussi*.",
  }),
  mcq({
    key: "hl-5-3-discours-indirect",
    levels: HL,
    topic: "5.3",
    difficulty: 5,
    stem: "Mettez au discours indirect : Le diplomate a déclaré : « Nous signerons l'accord demain. »",
    options: [
      "Le diplomate a déclaré qu'ils signeraient l'accord le lendemain.",
      "Le diplomate a déclaré qu'ils signeront l'accord demain.",
      "Le diplomate a déclaré qu'ils avaient signé l'accord le lendemain.",
      "Le diplomate a déclaré qu'ils signaient l'accord demain.",
    ],
    correct: "A",
    why: "Verbe introducteur au passé : le futur devient **conditionnel** (*signeraient*) et *demain* devient **le lendemain**.",
  }),
  mcq({
    key: "hl-5-6-quoique",
    levels: HL,
    topic: "5.6",
    difficulty: 4,
    stem: "Quelle phrase exprime correctement une concession ?",
    options: [
      "Malgré que ce médicament est efficace, son prix pose un problème éthique.",
      "Quoique ce médicament est efficace, son prix pose un problème éthique.",
      "Quoique ce médicament soit efficace, son prix pose un problème éthique.",
      "Même si ce médicament soit efficace, son prix pose un problème éthique.",
    ],
    correct: "C",
    why: "*Quoique* + **subjonctif** (*soit*) ; *même si* se construit avec l'indicatif, et *malgré que* est déconseillé (on écrit *malgré* + nom ou *bien que* + subjonctif).",
  }),
  mcq({
    key: "hl-4-5-nominalisation",
    levels: HL,
    topic: "4.5",
    difficulty: 4,
    stem: "Dans un rapport, quelle nominalisation correspond à « Les salaires ont augmenté » ?",
    options: ["l'augmentement des salaires", "l'augmenté des salaires", "l'augmentation des salaires", "la hausse aux salaires"],
    correct: "C",
    why: "Le nom formé sur *augmenter* est **l'augmentation** ; la nominalisation est typique du style des rapports et des articles.",
  }),
  mcq({
    key: "hl-3-2-ne-expletif",
    levels: HL,
    topic: "3.2",
    difficulty: 5,
    stem: "« Le metteur en scène craint que la pièce **ne** soit trop longue. » Que signifie le *ne* en gras ?",
    options: [
      "Il rend la phrase négative : il a peur que la pièce ne soit pas assez longue.",
      "Il n'a pas de valeur négative : le metteur en scène a peur que la pièce soit trop longue.",
      "C'est une faute : il faut écrire « ne… pas ».",
      "Il remplace le pronom « en ».",
    ],
    correct: "B",
    why: "C'est le **ne explétif**, facultatif et de registre soutenu après les verbes de crainte : il n'exprime pas la négation.",
  }),
  mcq({
    key: "hl-1-3-tournure-impersonnelle",
    levels: HL,
    topic: "1.3",
    difficulty: 4,
    stem: "Complétez : « Il est essentiel que chaque citoyen ______ libre de pratiquer sa religion ou de n'en pratiquer aucune. »",
    options: ["est", "soit", "sera", "serait"],
    correct: "B",
    why: "*Il est essentiel que* (nécessité) impose le **subjonctif** : que chaque citoyen *soit*.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
const questions: QuestionInput[] = [
  ...identites,
  ...experiences,
  ...ingeniosite,
  ...organisation,
  ...planete,
  ...ecritNM,
  ...ecritNS,
  ...litterature,
  ...nsAvance,
];

const file: SubjectQuestions = { subject: "french-b", questions };
export default file;
