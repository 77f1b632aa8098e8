import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { rotatingQuestionBuilders } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB English A: Literature (first assessment 2021).
//
// The course studies literary works only (prose fiction, prose non-fiction, poetry, drama; works in
// translation). Every passage a question analyses (poems, prose and drama extracts, a memoir essay, two
// "translations") was written for this bank and is labelled with ORIGINAL_LABEL; the people and places in
// them are invented. No copyrighted work is quoted. Paper 2 prompts are answerable with any two studied works;
// their model answers name only well-known public-domain works by authors writing before 1925.
//
// Kinds of question: 1-mark MCQs on literary terms, forms, the areas of exploration, the concepts and how the
// components work; short WRITTEN analysis questions (2-6 marks, one point per mark, "/" separates accepted
// alternatives, OWTTE = or words to that effect); Paper 1 guided literary analyses (20 marks, criteria A-D at
// 5 marks each); Paper 2 comparative essays (30 marks, criteria A and B at 10, C and D at 5). The syllabus
// has no HL-only topic: HL-only items are extra practice at HL depth (HL Paper 1 sets two passages, each
// marked out of 20; the HL essay; harder analysis).

const HL: Level[] = ["HL"];

/** The label every passage written for this bank carries (checked in checks/english-a-literature-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original text written for this exercise; the people and places in it are invented.)*";

const { written, mcq } = rotatingQuestionBuilders({ prefix: "englit" });

/** A passage for a stem: a title, the label, then the text as a Markdown quotation. */
const textBlock = (title: string, body: string) =>
  `**${title}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

/** Paper 1 (20 marks per passage): criteria A-D, 5 marks each, with the band descriptors and what this passage rewards. */
const paper1 = (a: string, b: string, c: string, d: string): MarkingPointInput[] => [
  pt(
    "critA",
    5,
    `Criterion A, Understanding and interpretation (5). 5: thorough and perceptive understanding of the literal meaning and persuasive interpretation of its implications, well supported by apt references. 3-4: good/adequate understanding and interpretation, mostly supported. 1-2: little or superficial understanding; few references. For this passage: ${a}`,
    ["meaning", "interpretation", "reference"],
  ),
  pt(
    "critB",
    5,
    `Criterion B, Analysis and evaluation (5). 5: insightful and convincing analysis of textual features and authorial choices and of how they shape meaning. 3-4: generally appropriate analysis; some evaluation. 1-2: mostly descriptive; features named rather than analysed. For this passage: ${b}`,
    ["effect", "technique", "reader"],
  ),
  pt(
    "critC",
    5,
    `Criterion C, Focus and organization (5). 5: effective, focused and coherent; ideas developed and linked; a sustained line of argument (on the guiding question or the student's own focus). 3-4: adequately organised and mostly focused. 1-2: little organisation or focus. For this passage: ${c}`,
    ["focus", "structure"],
  ),
  pt(
    "critD",
    5,
    `Criterion D, Language (5). 5: very clear, varied and accurate language; an effective academic register; precise literary terminology. 3-4: clear and carefully chosen. 1-2: rarely clear or appropriate. For this passage: ${d}`,
    ["register", "terminology"],
  ),
];

/** Paper 2 (30 marks): criteria A and B 10 marks each, C and D 5 marks each. */
const paper2 = (a: string, b: string): MarkingPointInput[] => [
  pt(
    "critA",
    10,
    `Criterion A, Knowledge, understanding and interpretation (10). 9-10: excellent knowledge and understanding of both works and persuasive interpretation of their implications in relation to the question; well-chosen references. 7-8: very good knowledge, sustained relevant interpretation. 5-6: satisfactory knowledge, some relevant interpretation. 3-4: some knowledge, superficial interpretation. 1-2: little knowledge. For this question: ${a}`,
    ["both works", "interpretation"],
  ),
  pt(
    "critB",
    10,
    `Criterion B, Analysis and evaluation (10). 9-10: insightful and convincing analysis and evaluation of how the writers' choices shape meaning, with a perceptive comparison. 7-8: consistently appropriate analysis and a clear comparison. 5-6: generally relevant analysis; comparison uneven or implicit. 3-4: some analysis, mainly descriptive; little comparison. 1-2: descriptive. For this question: ${b}`,
    ["compare", "contrast", "whereas", "similarly"],
  ),
  pt(
    "critC",
    5,
    "Criterion C, Focus and organization (5). 5: effectively organised and focused on the question; the comparison is integrated (both works discussed together) rather than two separate essays; balanced treatment of both works. 3-4: adequately organised, comparison mostly sustained. 1-2: little organisation; one work dominates.",
    ["thesis", "structure"],
  ),
  pt(
    "critD",
    5,
    "Criterion D, Language (5). 5: clear, varied and accurate language and a formal academic register; precise literary terminology. 3-4: clear and carefully chosen language with some lapses. 1-2: rarely clear or appropriate.",
    ["register", "terminology"],
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// The passages (all written for this bank)
// ─────────────────────────────────────────────────────────────────────────────

const POEM_ALLOTMENT = textBlock(
  "Text A: poem, 'Allotment, November'",
  `My grandfather's spade still leans against the shed,
its handle worn to the shape of a hand
that has not held it since the spring.
The bean canes stand in their wigwams, bare,
like a village after everyone has left.
I pull the last leeks. They come up white and clean,
trailing their roots like something being born.
Across the fence a neighbour burns his leaves;
the smoke goes up in one straight line, then bends,
as if the wind had changed its mind about him.
I fill the bag. I lock the shed. I keep
the key, although there's nothing left to keep.`,
);

const PROSE_TICKETS = textBlock(
  "Text B: prose fiction, opening of a short story, 'Singles'",
  `For thirty-one years Maud Penhallow had sold tickets at Fennick Junction, and in that time she had learned that nobody who bought a single ever looked her in the eye. Returns were different. Returns chatted about the weather, about daughters in the city, about the price of everything. Singles pushed their money under the glass and studied the timetable as though it might change its mind.
The boy on the Tuesday was a single. He could not have been more than sixteen, and he paid in coins, counting them out in careful towers of ten.
"Just the one?" she asked. It was not her business. Thirty-one years, and it had never once been her business.
He nodded. The clock above the platform said 6.42; the train was due at 6.50. Eight minutes, Maud thought, was long enough to ruin a life or to save one, and she had never been sure which was which.`,
);

const DRAMA_INVENTORY = textBlock(
  "Text C: drama, extract from a one-act play, 'The Inventory'",
  `(A bare front room. Packing boxes. Evening light through a window with no curtains. JOAN, fifties, kneels beside a box marked KEEP. LIL, her younger sister, stands with a clipboard.)
LIL: Vases. Four.
JOAN: Three. The blue one's mine.
LIL: It's on the list, Joan.
JOAN: Then cross it off.
LIL: (Not crossing it off.) Mum said...
JOAN: Mum said a lot of things. (She wraps the blue vase in newspaper, slowly, as though it were a baby.)
LIL: She said you'd never come back for any of it.
(Silence. JOAN stops wrapping. Somewhere outside, a car alarm starts, and stops.)
JOAN: Well. Here I am.
LIL: (Writing.) Vases. Three.`,
);

const ESSAY_RAIN = textBlock(
  "Text D: prose non-fiction, extract from a memoir essay, 'Eleven Words for Rain'",
  `My grandmother had eleven words for rain, and I have kept two of them.
The first is the word for the fine rain that falls while the sun is still out. She used it for any happiness that arrived with a sadness folded inside it: a wedding in wartime, a letter with good news on one side and bad on the other. The second is the word for the rain that comes sideways off the sea, and she used it, with a look, for my father.
The other nine I lost somewhere between the school gate and my twentieth birthday. Not all at once, but the way a coat loses its buttons: so gradually that you notice only when the wind gets in.
I can order coffee in four languages. I cannot tell you what my grandmother called the rain that fell on the day we buried her.`,
);

const BALLAD_BELL = textBlock(
  "Text E: poem, 'The Bell at Carrow Bay'",
  `They say there is a bell below
the grey of Carrow Bay
that tolls the names of drowning men
at turning of the day.

My mother never heard it ring;
my father swore he had,
the night the Mary Ellen sank
and took the Tregarth lad.

I've stood upon the harbour wall
through forty years of tides;
I've heard the gulls, I've heard the wind,
and nothing else besides.

But still, when fog comes off the sea
and boats are overdue,
I find I'm listening for a bell
I swore was never true.`,
);

const PROSE_RENT = textBlock(
  "Text F: prose fiction, extract from a novel, 'The Rent Day'",
  `Mr Ashcombe did not look up from the ledger. "I trust you have the full amount this quarter, Hollis."
"Most of it, sir. The wet did for the barley. I'll have the rest by Michaelmas, God willing."
"God," said Mr Ashcombe, turning a page, "is not a party to the lease."
Hollis turned his cap round in his hands, once, twice, as if he might find the missing money sewn into the brim. Behind him the clock, which had belonged to Mr Ashcombe's father and to his father before that, ticked on in its polished case, indifferent to barley.`,
);

const POEM_NIGHTSHIFT = textBlock(
  "Text G: poem, 'Night Shift'",
  `At three a.m. the ward becomes a sea:
the monitors are buoys that blink and chime,
the curtains drift, and every bed's a boat
anchored to a drip. I walk the aisles
like someone checking moorings in a storm.
Bed nine is calling for a woman called Annette.
I am not Annette. I hold his hand.
He tells me that the tide is coming in.
I tell him yes, it is, and that's all right,
and somewhere past the window, over roofs,
the city turns its face towards the light.`,
);

const TRANSLATION_ONE = textBlock(
  "Text H: first English translation of a line from an (invented) novel",
  `The old man sat down by the door and waited for nothing in particular.`,
);

const TRANSLATION_TWO = textBlock("Text I: second English translation of the same line", `The old man settled on the threshold, expecting nothing.`);

// ─────────────────────────────────────────────────────────────────────────────
// Area 1: Readers, writers and texts
// ─────────────────────────────────────────────────────────────────────────────
const readers: QuestionInput[] = [
  mcq({
    key: "1-1-01",
    topic: "1.1",
    difficulty: 1,
    paper: "P2",
    stem: "Which of the following could **not** be studied as one of the works in IB English A: Literature?",
    options: [
      "A magazine advertisement for a car",
      "A collection of poems by a single poet",
      "A play studied in translation",
      "A memoir or a collection of essays",
    ],
    correct: "A",
    why: "The Literature course studies literary works only (prose fiction, prose non-fiction, poetry and drama, including works in translation). Advertisements and other non-literary texts belong to the Language and Literature course.",
  }),
  mcq({
    key: "1-1-02",
    topic: "1.1",
    difficulty: 2,
    paper: "P2",
    stem: "How many literary works do students study in IB English A: Literature?",
    options: ["SL 9, HL 13", "SL 4, HL 6", "SL 6, HL 9", "SL 13, HL 18"],
    correct: "A",
    why: "SL students study at least nine works and HL students at least thirteen, including works in translation chosen from authors on the Prescribed reading list (4 and 6 are the Language and Literature figures).",
  }),
  written({
    key: "1-1-03",
    topic: "1.1",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "Outline",
    stem: "Every student keeps a **learner portfolio** throughout the Literature course. Outline **three** ways in which it supports the study of literature.",
    points: [
      pt("p1", 1, "Records personal responses and reflections on each work as it is read / tracks how interpretations develop", [
        "response",
        "reflection",
        "develop",
      ]),
      pt("p2", 1, "Collects evidence: quotations, annotations, notes on techniques and contexts for later use in Paper 1/Paper 2 revision", [
        "quotations",
        "annotations",
        "notes",
      ]),
      pt("p3", 1, "Helps prepare the assessed components: exploring global issues and extracts for the individual oral / lines of inquiry for the HL essay", [
        "individual oral",
        "global issue",
        "HL essay",
      ]),
      pt("p4", 1, "Encourages connections between works, areas of exploration and concepts (e.g. comparisons useful for Paper 2)", [
        "connections",
        "compare",
        "concept",
      ]),
      pt("p5", 1, "Note: it is required but not itself assessed / allows creative and varied responses (drawings, rewritings, recordings)", [
        "not assessed",
        "creative",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. **Personal response:** the student records first reactions and later reflections on each work, so the portfolio shows how an interpretation grows over time.\n2. **Evidence bank:** annotated quotations, notes on techniques and contexts are gathered as the works are read, ready for Paper 2 revision.\n3. **Preparation for assessment:** it is where the student explores possible global issues and extracts for the individual oral and trial lines of inquiry for the HL essay.\n4. **Connections:** entries link works to one another and to the areas of exploration and concepts, which is the groundwork of comparison.\n\n(The portfolio is compulsory but is not itself marked, which leaves room for creative responses.)",
  }),
  mcq({
    key: "1-2-01",
    topic: "1.2",
    difficulty: 2,
    paper: "P1",
    stem: `${PROSE_TICKETS}\n\nWhat is the main effect of the final sentence of Text B on the reader?`,
    options: [
      "It creates suspense and foreboding about what the boy is leaving, and whether Maud will intervene",
      "It resolves the story by explaining where the boy is going",
      "It makes the passage comic by exaggerating the timetable",
      "It shifts the narration into the boy's point of view",
    ],
    correct: "A",
    why: "The countdown ('6.42... 6.50', 'Eight minutes') and the idea that the time could 'ruin a life or... save one' create suspense and foreboding; nothing is resolved, and we remain in Maud's perspective.",
  }),
  written({
    key: "1-2-02",
    topic: "1.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${PROSE_TICKETS}\n\nExplain how the writer of Text B engages the reader's curiosity and sympathy for the boy, although he hardly speaks.`,
    points: [
      pt(
        "p1",
        1,
        "The generalisation about 'singles' (not meeting her eye, studying the timetable) makes the reader read his single ticket as a sign of escape/trouble",
        ["single", "generalisation", "escape"],
      ),
      pt("p2", 1, "Physical detail: paying in coins 'counting them out in careful towers of ten' suggests savings, poverty, planning, care: sympathy", [
        "coins",
        "towers of ten",
        "careful",
      ]),
      pt("p3", 1, "His youth ('not... more than sixteen') and his silence (he only nods) create vulnerability and mystery", ["sixteen", "nods", "silence"]),
      pt("p4", 1, "Withheld information: we are never told why he is leaving, so the reader fills the gap / wants to read on", ["withheld", "gap", "mystery"]),
      pt("p5", 1, "Maud's restrained concern ('It was not her business') guides the reader's own concern", ["not her business", "concern"]),
    ],
    answer:
      "The writer first teaches the reader a rule: people who buy a **single** 'never looked her in the eye', as if ashamed or escaping. When 'The boy on the Tuesday was a single', the reader applies the rule and begins to suspect he is running away.\n\nThe boy is characterised almost entirely through **physical detail**. He pays 'in coins, counting them out in careful towers of ten', which suggests money saved slowly and a journey planned with care, and his age ('not... more than sixteen') makes him vulnerable. His only response is a nod: his **silence** creates mystery.\n\nCrucially, the writer **withholds** the reason for his journey, so the reader must fill the gap. Maud's suppressed concern ('It was not her business') models the reader's own, and makes us want to know whether she will act.",
  }),
  mcq({
    key: "1-2-03",
    topic: "1.2",
    difficulty: 2,
    paper: "P2",
    stem: "Aristotle used the term **catharsis** to describe:",
    options: [
      "the release of pity and fear an audience feels in tragedy",
      "the moment a tragic hero recognises the truth about their situation",
      "the hero's fatal flaw or error",
      "a sudden reversal of fortune",
    ],
    correct: "A",
    why: "Catharsis is the emotional release (purging of pity and fear) felt by the audience of a tragedy. Recognition is anagnorisis, the error is hamartia, and the reversal is peripeteia.",
  }),
  mcq({
    key: "1-3-01",
    topic: "1.3",
    difficulty: 2,
    paper: "P1",
    stem: `${POEM_ALLOTMENT}\n\nThe bean canes are compared to 'a village after everyone has left'. What does the simile most strongly suggest?`,
    options: [
      "Abandonment and absence, echoing the grandfather's death",
      "That the allotment is about to be sold for housing",
      "That the speaker dislikes gardening",
      "That the season is spring and the garden is full of life",
    ],
    correct: "A",
    why: "A deserted village suggests emptiness left by people who have gone; placed after the unused spade, it extends the poem's sense of the grandfather's absence to the whole plot.",
  }),
  written({
    key: "1-3-02",
    topic: "1.3",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Interpret",
    stem: `${POEM_ALLOTMENT}\n\nThe poem ends: 'I keep / the key, although there's nothing left to keep.' Offer **two** different interpretations of these lines, supporting each with reference to the poem.`,
    points: [
      pt(
        "p1",
        1,
        "Interpretation 1: an act of grief / refusal to let go: keeping the key preserves a connection to the grandfather even though the plot is empty",
        ["grief", "let go", "connection"],
      ),
      pt("p2", 1, "Support for 1, e.g. the spade's handle 'worn to the shape of a hand': objects hold his presence", ["spade", "shape of a hand"]),
      pt("p3", 1, "Interpretation 2: a sign of continuity / inheritance: the speaker takes on the grandfather's role and will return to plant again", [
        "continuity",
        "inherit",
        "return",
      ]),
      pt(
        "p4",
        1,
        "Support for 2, e.g. the leeks 'like something being born' suggest renewal; the repetition/shift in meaning of 'keep' (hold vs preserve/look after) opens both readings",
        ["being born", "keep", "renewal"],
      ),
    ],
    answer:
      "**Interpretation 1: grief that cannot let go.** Keeping the key is a gesture of loyalty to the dead. The speaker admits there is 'nothing left to keep', yet holds on, just as the spade's handle is still 'worn to the shape of a hand'. Objects preserve the grandfather's presence, and giving up the key would be accepting his absence.\n\n**Interpretation 2: inheritance and continuity.** The key may also signal that the speaker has taken over the plot. The last leeks come up 'like something being born', an image of renewal in a dying season, and the speaker performs the grandfather's routine ('I fill the bag. I lock the shed'). Read this way, 'nothing left to keep' is true only for now: the speaker will be back in spring.\n\nThe repetition of **'keep'** with a shift of meaning (to hold on to / to guard or tend) allows both readings at once.",
  }),
  mcq({
    key: "1-3-03",
    levels: HL,
    topic: "1.3",
    difficulty: 4,
    paper: "P2",
    stem: "Two critics argued that judging a literary work by what its author meant to do confuses the poem with its author's mind. What name did they give to this error?",
    options: ["The intentional fallacy", "The pathetic fallacy", "The affective fallacy", "The biographical fallacy"],
    correct: "A",
    why: "W. K. Wimsatt and Monroe Beardsley called it the intentional fallacy: a work's meaning is to be found in the text, not in the author's stated or supposed intentions. (Their 'affective fallacy' is the opposite error of judging a work by its emotional effect on a reader; the pathetic fallacy is Ruskin's term for attributing human feeling to nature.)",
  }),
  mcq({
    key: "1-4-01",
    topic: "1.4",
    difficulty: 1,
    paper: "P1",
    stem: "Which feature belongs to **drama** as a literary form rather than to prose fiction or poetry?",
    options: [
      "Stage directions for setting, movement and tone",
      "A narrator who comments on the characters and events",
      "Division into stanzas",
      "Chapters with titles",
    ],
    correct: "A",
    why: "Stage directions are a convention of drama: a play is written to be performed, so instructions for setting, movement and delivery are part of the text. Narrators and chapters belong to prose fiction, stanzas to poetry.",
  }),
  written({
    key: "1-4-02",
    topic: "1.4",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Compare",
    stem: `${PROSE_TICKETS}\n\n${DRAMA_INVENTORY}\n\nCompare how Text B (prose fiction) and Text C (drama) let the reader know what a character feels but does not say.`,
    points: [
      pt(
        "p1",
        1,
        "Text B: the narrator gives access to Maud's thoughts (free indirect discourse 'It was not her business... Thirty-one years'; 'Maud thought')",
        ["narrator", "free indirect", "thought"],
      ),
      pt("p2", 1, "Text C: no narrator, so feeling is shown through subtext in dialogue (short replies, 'Mum said...' broken off, 'Well. Here I am.')", [
        "subtext",
        "dialogue",
        "no narrator",
      ]),
      pt("p3", 1, "Text C: stage directions and props carry emotion (wrapping the vase 'as though it were a baby'; 'Not crossing it off'; silence)", [
        "stage direction",
        "vase",
        "silence",
      ]),
      pt(
        "p4",
        1,
        "Comparison: prose can tell us directly what a character thinks, while drama must show it through action and performance, leaving more to the audience/actors to infer",
        ["whereas", "tell", "show", "infer"],
      ),
    ],
    answer:
      "In **Text B** the narrator has access to Maud's mind. 'It was not her business. Thirty-one years, and it had never once been her business' is free indirect discourse: her unspoken reasoning, and her unease, reach the reader directly, and 'Maud thought' explicitly introduces the final reflection.\n\n**Text C** has no narrator, so feeling must be **shown**. The sisters' clipped exchanges carry subtext: Lil's 'Mum said...' breaks off before the hurt is spoken, and Joan's 'Well. Here I am.' answers an accusation without admitting it. Stage directions and props do the rest: Lil pointedly leaves the vase on the list ('Not crossing it off'), and Joan wraps it 'as though it were a baby'.\n\nSo whereas prose fiction can tell us what a character feels through narration, drama relies on gesture, silence and implication, leaving the audience (and actors) to infer it.",
  }),
  mcq({
    key: "1-5-01",
    topic: "1.5",
    difficulty: 2,
    paper: "P1",
    stem: `${POEM_ALLOTMENT}\n\nThe lines 'its handle worn to the shape of a hand / that has not held it since the spring' run on across the line break without punctuation. What is this technique called?`,
    options: ["Enjambment", "Caesura", "End-stopping", "Anaphora"],
    correct: "A",
    why: "Enjambment carries a sentence over a line break. Here it delays the revelation that the hand 'has not held it since the spring', so the reader discovers the absence a moment late, as the speaker did.",
  }),
  mcq({
    key: "1-5-02",
    topic: "1.5",
    difficulty: 3,
    paper: "P1",
    stem: `${POEM_ALLOTMENT}\n\n'I fill the bag. I lock the shed. I keep' uses three short clauses beginning with 'I'. Which effect does this structure most clearly create?`,
    options: [
      "A flat, deliberate rhythm of ritual tasks that holds back emotion before the final admission",
      "A sense of joyful celebration at the end of the harvest",
      "Confusion about who is speaking in the poem",
      "A change from the past tense to the future tense",
    ],
    correct: "A",
    why: "The short, parallel clauses (a tricolon with anaphora of 'I') sound controlled and routine, as if the speaker is getting through a task; the enjambed 'keep / the key' then releases the feeling held back.",
  }),
  written({
    key: "1-5-03",
    topic: "1.5",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    term: "Analyse",
    stem: `${BALLAD_BELL}\n\nAnalyse how the **structure** of Text E shapes its meaning.`,
    points: [
      pt("p1", 1, "Movement from hearsay ('They say') through family ('My mother... my father') to the speaker's own experience: from legend to the personal", [
        "they say",
        "legend",
        "personal",
      ]),
      pt("p2", 1, "Stanza 2 balances two opposed witnesses (mother never heard / father swore he had): doubt built into the structure", [
        "mother",
        "father",
        "balance",
      ]),
      pt("p3", 1, "Stanza 3 seems to settle the question with the speaker's scepticism ('nothing else besides'), after 'forty years'", [
        "sceptic",
        "nothing else besides",
      ]),
      pt("p4", 1, "Volta/turn 'But still' in the final stanza reverses the scepticism: fear/grief overrides reason", ["but still", "turn", "volta"]),
      pt("p5", 1, "Ending on 'I swore was never true' leaves a paradox/irony: the speaker now listens like the father; the legend survives in the speaker", [
        "paradox",
        "irony",
        "never true",
      ]),
      pt("p6", 1, "Regular quatrains/rhyme give the steady rhythm of tides and of a story retold", ["quatrain", "rhyme", "tides"]),
    ],
    answer:
      "The poem moves, stanza by stanza, from **legend to personal experience**. It opens with communal hearsay ('They say'), narrows to the speaker's parents, and then to the speaker's own 'forty years' on the harbour wall.\n\nThe second stanza is built as a **balance** of opposed witnesses: the mother 'never heard it ring', the father 'swore he had'. The third seems to settle the argument on the sceptical side: the speaker has heard 'the gulls... the wind, / and nothing else besides'.\n\nThe final stanza then **turns** on 'But still'. When fog comes and 'boats are overdue', the speaker is 'listening for a bell / I swore was never true'. The structure sets reason up only to show it giving way to fear, and the closing paradox shows the legend surviving, now in the speaker, who has become the father. The regular quatrains and steady rhyme echo both the returning tides and a tale passed on.",
  }),
  mcq({
    key: "1-5-04",
    levels: HL,
    topic: "1.5",
    difficulty: 3,
    paper: "P2",
    stem: "A novel opens in the middle of a quarrel and only later, through flashbacks, explains how the characters came to be there. Which pair of terms describes these structural choices?",
    options: ["In medias res and analepsis", "Prolepsis and denouement", "Exposition and epistolary form", "Frame narrative and stream of consciousness"],
    correct: "A",
    why: "Beginning 'in the middle of things' is in medias res; a flashback is an analepsis. Prolepsis is a flash-forward, and a denouement is the unravelling at the end.",
  }),
  mcq({
    key: "1-6-01",
    topic: "1.6",
    difficulty: 4,
    paper: "P1",
    stem: "The Russian critic Viktor Shklovsky argued that art makes the familiar strange so that we see it afresh. What is this idea called?",
    options: ["Defamiliarisation", "Verisimilitude", "Intertextuality", "Objective correlative"],
    correct: "A",
    why: "Defamiliarisation (ostranenie) is Shklovsky's term for the way literature makes ordinary things strange (for example, seeing hospital monitors as 'buoys') and so renews perception: one of the insights literature offers.",
  }),
  written({
    key: "1-6-02",
    topic: "1.6",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${PROSE_TICKETS}\n\nMaud's habit is to tell herself that other people's lives are 'not her business'. Explain how Text B might **challenge** its readers as well as offer them an insight.`,
    points: [
      pt(
        "p1",
        1,
        "Insight: the story shows how ordinary people observe others' crises (noticing singles, the boy's coins) / the quiet moral weight of small choices",
        ["insight", "observe", "small choices"],
      ),
      pt("p2", 1, "Challenge: the reader is implicated: like Maud, we watch without acting; it asks whether non-interference is respect or indifference", [
        "challenge",
        "implicate",
        "indifference",
      ]),
      pt("p3", 1, "The ambiguity 'ruin a life or... save one... never sure which was which' refuses an easy moral answer; the reader must judge", [
        "ambiguity",
        "ruin",
        "save",
        "judge",
      ]),
    ],
    answer:
      "Text B offers an **insight** into how much an ordinary person notices (who avoids her eye, how a boy counts his coins) and how much moral weight a small choice, such as asking a question, can carry.\n\nIt also **challenges** the reader. Maud's refrain that it 'was not her business' is one many readers share, and the story asks whether such restraint is respect for privacy or a habit of indifference. The final sentence refuses an easy answer: eight minutes could 'ruin a life or... save one', and Maud has 'never been sure which was which'. The reader is left to judge, and to wonder what they would do.",
  }),
  mcq({
    key: "1-6-03",
    topic: "1.6",
    difficulty: 2,
    paper: "P2",
    stem: "A student says: 'I disliked the protagonist, so the novel taught me nothing.' Which response best reflects how literature can offer insight?",
    options: [
      "Works can offer insight through characters we resist, by making us examine why we judge them as we do",
      "The student is right: insight depends on identifying with a likeable protagonist",
      "The student's personal response is irrelevant and should be left out of literary study",
      "Insight comes mainly from the author's biography, not from the reader's response",
    ],
    correct: "A",
    why: "Literature often offers insight and challenge through discomfort: examining our resistance to a character, and how the writer provokes it, is part of literary study. Personal response matters, but it is a starting point to be analysed.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Area 2: Time and space
// ─────────────────────────────────────────────────────────────────────────────
const timeSpace: QuestionInput[] = [
  mcq({
    key: "2-1-01",
    topic: "2.1",
    difficulty: 1,
    paper: "P2",
    stem: "What is meant by the **context of reception** of a literary work?",
    options: [
      "The literary form to which the work belongs",
      "The circumstances in which the author wrote the work",
      "The literary movement or tradition in which the author was writing",
      "The time, place and culture of those who receive the work",
    ],
    correct: "D",
    why: "The context of reception is the situation of whoever reads or watches the work; the context of production is the situation in which it was written, including the movement or tradition the author wrote in. The two may be centuries and continents apart.",
  }),
  written({
    key: "2-1-02",
    topic: "2.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how knowing the **context of production** of a nineteenth-century novel can enrich a reading of it, and how relying on context too heavily can limit that reading.",
    points: [
      pt("p1", 1, "Enrich: explains references, customs and assumptions the first readers shared (e.g. inheritance laws, class, marriage, religion)", [
        "customs",
        "inheritance",
        "class",
        "references",
      ]),
      pt("p2", 1, "Enrich: shows how far the work accepts or challenges the values of its time (e.g. irony about the marriage market)", [
        "challenge",
        "values",
        "irony",
      ]),
      pt("p3", 1, "Limit: reduces the work to a historical document / 'background' replaces analysis of the text's language and form", [
        "document",
        "background",
        "replace analysis",
      ]),
      pt("p4", 1, "Limit: assumes one fixed meaning or authorial intention and ignores how later readers (context of reception) find new meanings", [
        "fixed meaning",
        "reception",
        "new meanings",
      ]),
    ],
    answer:
      "**Enrich.** Context explains what the first readers took for granted: why a heroine's future depends on marrying well, what an entail or a governess's position meant, which religious or class assumptions shape the characters' choices. It also lets us see where the novel accepts the values of its time and where its irony challenges them.\n\n**Limit.** Used too heavily, context turns the novel into a historical document: paragraphs of 'background' replace analysis of the writer's language and structure. It can also suggest the work has one fixed meaning determined by its time or author, ignoring the new meanings readers in other contexts of reception legitimately find.",
  }),
  mcq({
    key: "2-2-01",
    topic: "2.2",
    difficulty: 3,
    paper: "P2",
    stem: "A student writing about a novel studied in English translation praises 'the author's brilliant choice of the word *threshold*'. What is the most important caution to add?",
    options: [
      "The translator chose the word, so claims about the author's word choice need care",
      "Works in translation may not be quoted in IB assessments",
      "Single words are never worth analysing in prose fiction",
      "The original language always means exactly the same as the translation, word for word",
    ],
    correct: "A",
    why: "In a work in translation the translator is an additional mediator: individual words are the translator's choices. Students can still analyse them, but should attribute carefully or focus on features likely to survive translation (structure, imagery, characterisation).",
  }),
  written({
    key: "2-2-02",
    topic: "2.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${ESSAY_RAIN}\n\nExplain how the writer of Text D shows that some experiences are difficult to carry from one language and culture into another.`,
    points: [
      pt("p1", 1, "The 'eleven words for rain' suggest a language that divides experience finely; English / the new language has no single equivalent", [
        "eleven words",
        "equivalent",
      ]),
      pt(
        "p2",
        1,
        "The writer can only explain the kept words by long paraphrase ('the fine rain that falls while the sun is still out'): translation loses compactness/meaning",
        ["paraphrase", "explain", "translation"],
      ),
      pt(
        "p3",
        1,
        "The words carry cultural and family meanings (happiness with sadness folded inside; a look for my father) that a dictionary could not give",
        ["cultural", "family", "connotation"],
      ),
      pt(
        "p4",
        1,
        "Final contrast: ordering coffee in four languages vs not knowing the word for the rain at her burial: practical fluency is not the same as inherited meaning",
        ["coffee", "four languages", "contrast"],
      ),
    ],
    answer:
      "The opening fact, 'eleven words for rain', presents a language that divides experience more finely than the language of the essay; the writer cannot simply translate the two words kept, but must **paraphrase** them ('the fine rain that falls while the sun is still out'), which shows how much is lost or expanded in carrying them across.\n\nThe words also carry **cultural and family meanings** no dictionary records: one was used for 'any happiness that arrived with a sadness folded inside it', the other, 'with a look', for the writer's father.\n\nThe ending sharpens the point through **contrast**: the writer 'can order coffee in four languages' but cannot name the rain at the grandmother's burial. Practical fluency travels easily; inherited meaning does not.",
  }),
  written({
    key: "2-2-03",
    levels: HL,
    topic: "2.2",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Compare",
    stem: `${TRANSLATION_ONE}\n\n${TRANSLATION_TWO}\n\nTexts H and I are two translations of the same sentence. Compare how the translators' choices create different impressions of the old man.`,
    points: [
      pt(
        "p1",
        1,
        "'sat down by the door' (H) is plain and literal; 'settled on the threshold' (I) is more deliberate/formal, suggesting permanence ('settled')",
        ["sat down", "settled"],
      ),
      pt("p2", 1, "'threshold' carries symbolic connotations of a boundary between life/death, inside/outside, that 'door' lacks", [
        "threshold",
        "symbolic",
        "boundary",
      ]),
      pt(
        "p3",
        1,
        "'waited for nothing in particular' (H) sounds casual/idle, almost comic; 'expecting nothing' (I) is bleaker, suggesting resignation/despair",
        ["nothing in particular", "expecting nothing", "resignation"],
      ),
      pt(
        "p4",
        1,
        "Rhythm/length: H is longer and conversational; I is compressed with a pause before the final phrase, giving it weight / conclusion that translation is interpretation",
        ["rhythm", "compressed", "interpretation"],
      ),
    ],
    answer:
      "**Verbs.** Text H's 'sat down by the door' is plain and physical; Text I's 'settled' suggests a slower, more permanent choice, as if the man does not mean to move again.\n\n**Place.** 'Door' is literal, while 'threshold' has symbolic weight: a boundary between inside and outside, or even between life and death.\n\n**Waiting.** 'Waited for nothing in particular' sounds idle and almost gently comic; 'expecting nothing' is bleak, suggesting resignation.\n\n**Rhythm.** H is loose and conversational; I is compressed, with a comma that isolates the final phrase and gives it weight. The comparison shows that every translation is already an interpretation: a reader of H meets a man at ease, a reader of I a man at the edge.",
  }),
  mcq({
    key: "2-3-01",
    topic: "2.3",
    difficulty: 3,
    paper: "P2",
    stem: "Which claim about a novel in translation from another culture is the **most carefully qualified**?",
    options: [
      "The novel proves that all cultures are the same",
      "The novel tells us exactly what everyone in that culture believes",
      "Because it is fiction, the novel can tell us nothing about the culture",
      "The novel offers one writer's perspective on aspects of that culture, shaped by the writer's own position and by translation",
    ],
    correct: "D",
    why: "A literary work offers insight into a culture through a particular perspective (of class, gender, place, time and translation); it is neither a complete, representative picture nor irrelevant to the culture.",
  }),
  written({
    key: "2-3-02",
    topic: "2.3",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Outline",
    stem: `${BALLAD_BELL}\n\nOutline **three** things Text E suggests about the culture of the community it describes.`,
    points: [
      pt("p1", 1, "A fishing/seafaring community whose men are exposed to danger and drowning ('drowning men', 'boats are overdue')", [
        "fishing",
        "sea",
        "drowning",
      ]),
      pt("p2", 1, "Shared oral legends and beliefs passed down ('They say'; the father 'swore') / folklore as a way of making sense of loss", [
        "legend",
        "oral",
        "folklore",
        "they say",
      ]),
      pt("p3", 1, "Collective memory of particular losses, named boats and people ('the Mary Ellen', 'the Tregarth lad') / close-knit community", [
        "Mary Ellen",
        "memory",
        "close-knit",
      ]),
      pt("p4", 1, "Waiting and watching from the shore (the harbour wall) as a role / tension between belief and scepticism across generations", [
        "waiting",
        "harbour wall",
        "generations",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. It is a **seafaring community** that lives with the danger of drowning: 'drowning men', 'boats are overdue'.\n2. It keeps **oral legends** ('They say there is a bell') that give a shape to its losses and are passed from generation to generation.\n3. It has a **collective memory** of particular disasters, naming boats and people ('the Mary Ellen', 'the Tregarth lad'), which suggests a close-knit place where every loss is known.\n4. Those on shore have a ritual of **waiting and watching**, and belief and scepticism divide even a family.",
  }),
  mcq({
    key: "2-4-01",
    topic: "2.4",
    difficulty: 3,
    paper: "P2",
    stem: "Many recent productions of Shakespeare's *The Merchant of Venice* present Shylock more sympathetically than early productions seem to have done. What best explains this?",
    options: [
      "The context of reception has changed: after the Holocaust, directors and audiences read Shylock's treatment differently",
      "Modern editors have rewritten Shylock's speeches to remove the play's antisemitism",
      "Shakespeare revised the play late in his life to make Shylock more sympathetic",
      "Directors now follow the original Elizabethan staging, which presented Shylock sympathetically",
    ],
    correct: "A",
    why: "The text is largely the same; what has changed is the context of reception. Knowledge of the persecution of Jews, above all the Holocaust, leads directors and audiences to attend to Shylock's suffering and the Christians' cruelty. Editors have not rewritten his speeches, there is no sympathetic late revision by Shakespeare, and early productions seem to have played Shylock as a comic or villainous figure.",
  }),
  written({
    key: "2-4-02",
    levels: HL,
    topic: "2.4",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Kate Chopin's novel *The Awakening* (1899) was attacked by many reviewers on publication and then largely neglected, before being widely read and taught from the later twentieth century. Explain what this reception history shows about how the meaning and impact of a literary work can change over time.",
    points: [
      pt(
        "p1",
        1,
        "Original reception: many readers/reviewers judged Edna's desires (independence, sexuality, leaving her roles as wife and mother) as immoral: the work's values clashed with dominant values of its time",
        ["immoral", "values", "1899"],
      ),
      pt(
        "p2",
        1,
        "Later reception: feminist criticism (from the 1960s-70s) read the same features as a critique of women's restricted roles: the meaning shifted with the readers' context",
        ["feminist", "critique", "later"],
      ),
      pt("p3", 1, "Impact changes: from scandal/neglect to canonical status / a 'classic' taught in schools: canons are made by readers and institutions", [
        "canon",
        "classic",
        "neglect",
      ]),
      pt(
        "p4",
        1,
        "General point: meaning is not fixed in the text; it is negotiated between text and the context of reception (the ending, for example, read as defeat or as liberation)",
        ["negotiated", "not fixed", "ending"],
      ),
    ],
    answer:
      "On publication, many reviewers judged Edna Pontellier's desire for independence and her rejection of the roles of dutiful wife and mother as immoral; the novel's values clashed with those of its first audience, and it was largely neglected for decades.\n\nFrom the 1960s and 1970s, **feminist critics** read the same features as a searching critique of the roles open to women, and the novel became widely taught. The words had not changed; the **context of reception** had.\n\nThe case shows that a work's **impact** (scandal, oblivion, canonical status) depends on readers and institutions, and that its **meaning** is negotiated between text and reader: Edna's final swim, for instance, has been read both as defeat and as a form of liberation.",
  }),
  written({
    key: "2-4-03",
    topic: "2.4",
    difficulty: 2,
    marks: 3,
    paper: "P2",
    term: "Outline",
    stem: "Outline **three** reasons why the meaning and impact of a literary work may change over time.",
    points: [
      pt("p1", 1, "Values change: attitudes to gender, race, class, religion or empire shift, so readers judge characters and narrators differently", [
        "values",
        "attitudes",
        "gender",
        "race",
      ]),
      pt("p2", 1, "Language changes: words shift meaning or fall out of use; puns, allusions and references may be lost or need notes", [
        "language",
        "meaning",
        "allusion",
      ]),
      pt("p3", 1, "Later events give hindsight: history since the work was written (wars, persecutions, social change) alters how scenes are read", [
        "hindsight",
        "history",
        "events",
      ]),
      pt("p4", 1, "New critical approaches and new audiences (e.g. feminist or postcolonial readings; readers in other cultures) bring new questions", [
        "critical",
        "feminist",
        "postcolonial",
      ]),
      pt("p5", 1, "Performance and adaptation reinterpret the work for new audiences (staging, cuts, modern dress, film)", [
        "performance",
        "adaptation",
        "staging",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. **Values change:** later readers bring different attitudes to gender, race, class or religion, and may judge characters and narrators differently from the first audience.\n2. **Language changes:** words shift in meaning or disappear, and puns and allusions once obvious need explanation.\n3. **History intervenes:** events since publication give readers hindsight (a play about prejudice reads differently after the persecutions of the twentieth century).\n4. **New approaches:** feminist, postcolonial or other critical perspectives, and readers in other cultures, ask new questions of the work.\n5. **Performance and adaptation:** each production or adaptation reinterprets the work for its own audience.",
  }),
  mcq({
    key: "2-5-01",
    topic: "2.5",
    difficulty: 2,
    paper: "P1",
    stem: `${BALLAD_BELL}\n\nText E imitates the stanza form of the traditional **ballad**. Which cultural practice did that form originally grow out of?`,
    options: [
      "Private letters exchanged between aristocrats",
      "Communal oral storytelling and song",
      "Prayers written for printed church services",
      "Newspaper editorials",
    ],
    correct: "B",
    why: "Folk ballads were sung and retold in communities long before they were written down; their regular stanzas, rhymes and refrains made them easy to remember and perform. Text E's 'They say' echoes that oral, communal voice.",
  }),
  written({
    key: "2-5-02",
    topic: "2.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${BALLAD_BELL}\n\nExplain how Text E both **represents** a cultural practice and **forms part of** one.`,
    points: [
      pt("p1", 1, "Represents the practice of telling and retelling a local legend ('They say'; the father 'swore')", ["legend", "retell", "they say"]),
      pt("p2", 1, "Represents practices of mourning and waiting in a fishing community (naming the dead, watching from the harbour wall for overdue boats)", [
        "mourning",
        "waiting",
        "naming",
      ]),
      pt("p3", 1, "Forms part of the practice: by using ballad metre and rhyme (memorable, singable) the poem itself becomes another retelling of the legend", [
        "ballad",
        "metre",
        "retelling",
      ]),
      pt(
        "p4",
        1,
        "The ending shows the speaker joining the tradition (listening 'for a bell'), so the poem passes the belief on to the reader / keeps the dead remembered, like the bell that 'tolls the names'",
        ["passes on", "tradition", "tolls the names"],
      ),
    ],
    answer:
      "Text E **represents** cultural practices: the retelling of a local legend ('They say', the father who 'swore' he heard the bell) and the rituals of a fishing community that names its dead ('the Tregarth lad') and waits on the harbour wall when 'boats are overdue'.\n\nIt also **forms part of** those practices. Its ballad stanzas, regular rhythm and rhyme make it memorable and singable, so the poem becomes one more retelling of the legend. And by the end the sceptical speaker has joined the tradition ('I find I'm listening for a bell'), handing the belief on to the reader; like the bell that 'tolls the names of drowning men', the poem keeps the dead remembered.",
  }),
  mcq({
    key: "2-6-01",
    topic: "2.6",
    difficulty: 2,
    paper: "P1",
    stem: `${PROSE_RENT}\n\nIn Text F, Mr Ashcombe calls the tenant 'Hollis' while Hollis calls him 'sir'. What does this difference in **forms of address** mainly show?`,
    options: [
      "An unequal relationship of class and power",
      "That the two men are close friends",
      "That Hollis is older than Mr Ashcombe",
      "That Hollis is a pupil addressing his schoolmaster",
    ],
    correct: "A",
    why: "The landlord uses the bare surname, the tenant a deferential 'sir': the asymmetry of address encodes the difference in class and power between them.",
  }),
  written({
    key: "2-6-02",
    topic: "2.6",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${PROSE_RENT}\n\nAnalyse how language in Text F represents the social distinction between the two men.`,
    points: [
      pt("p1", 1, "Ashcombe's formal, impersonal speech ('I trust you have the full amount this quarter') and refusal to look up assert authority", [
        "formal",
        "look up",
        "authority",
      ]),
      pt(
        "p2",
        1,
        "Hollis's speech is colloquial/regional ('The wet did for the barley') and deferential ('sir', 'God willing'): marks him as a labouring tenant",
        ["colloquial", "regional", "the wet did for"],
      ),
      pt(
        "p3",
        1,
        "Ashcombe's witty retort ('God... is not a party to the lease') uses legal language to dismiss Hollis's faith/hardship: wit as a weapon of the powerful",
        ["lease", "legal", "retort", "wit"],
      ),
      pt(
        "p4",
        1,
        "Narration: Hollis's nervous gesture with his cap and the inherited clock 'indifferent to barley' represent inherited wealth and its indifference to the tenant's labour",
        ["cap", "clock", "inherited", "indifferent"],
      ),
    ],
    answer:
      "Mr Ashcombe's speech is **formal and impersonal**: 'I trust you have the full amount this quarter' sounds like a business letter, and he speaks without looking up from the ledger, as if Hollis were an entry in it.\n\nHollis speaks a **colloquial, regional** English ('The wet did for the barley') and defers with 'sir' and 'God willing', which mark him as a working tenant dependent on weather and goodwill.\n\nAshcombe's retort, 'God... is not a party to the lease', turns **legal language** into a weapon: his wit belongs to the powerful and dismisses both Hollis's faith and his hardship.\n\nThe narration completes the picture. Hollis turns 'his cap round in his hands', while the clock inherited through generations of Ashcombes 'ticked on... indifferent to barley': inherited wealth is represented as untouched by the labour on which it depends.",
  }),
  written({
    key: "2-6-03",
    levels: HL,
    topic: "2.6",
    difficulty: 5,
    marks: 5,
    paper: "P1",
    term: "Evaluate",
    stem: `${PROSE_RENT}\n\nEvaluate the claim that the narrator of Text F is **neutral** between the two men.`,
    points: [
      pt("p1", 1, "Case for neutrality: third-person narration reports speech and gesture without explicit judgement; both men's words are given directly", [
        "third-person",
        "without judgement",
        "neutral",
      ]),
      pt(
        "p2",
        1,
        "Against: the simile 'as if he might find the missing money sewn into the brim' invites sympathy (and gentle pathos) for Hollis's desperation",
        ["simile", "sympathy", "brim"],
      ),
      pt("p3", 1, "Against: the ironic detail of the clock 'indifferent to barley' implicitly criticises Ashcombe's inherited privilege", [
        "irony",
        "clock",
        "privilege",
      ]),
      pt("p4", 1, "Against: the narrator selects Ashcombe's cold gestures (not looking up, 'turning a page' as he speaks) to characterise him unfavourably", [
        "selects",
        "turning a page",
        "cold",
      ]),
      pt("p5", 1, "Reasoned judgement: the narration appears neutral on the surface but its selection of detail and irony align the reader with Hollis", [
        "judgement",
        "surface",
        "align",
      ]),
    ],
    answer:
      "**For the claim.** The narration is third-person and reports both men's words directly, without telling us what to think of either.\n\n**Against it.** Neutral reporting still selects. We are shown Ashcombe not looking up and 'turning a page' as he dismisses God and hardship in one sentence, details that make him seem cold. The simile for Hollis, turning his cap 'as if he might find the missing money sewn into the brim', lends his anxiety a gentle pathos. The final sentence is ironic: the clock, inherited through generations of Ashcombes, ticks 'indifferent to barley', a quiet image of inherited privilege untouched by the labour that pays for it.\n\n**Judgement.** The narrator is neutral only on the surface. Through selection of detail, simile and irony, the passage aligns the reader with the tenant and invites a critical view of the landlord.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Area 3: Intertextuality: connecting texts
// ─────────────────────────────────────────────────────────────────────────────
const intertext: QuestionInput[] = [
  mcq({
    key: "3-1-01",
    topic: "3.1",
    difficulty: 2,
    paper: "P1",
    stem: `${BALLAD_BELL}\n\nWhich description best fits the form of Text E?`,
    options: [
      "Ballad stanzas: quatrains alternating four-stress and three-stress lines, rhyming on the second and fourth lines",
      "A Shakespearean sonnet: fourteen lines of iambic pentameter ending in a couplet",
      "Free verse with no regular metre or rhyme",
      "Blank verse: unrhymed iambic pentameter",
    ],
    correct: "A",
    why: "Text E uses the ballad (common metre) stanza: four-line stanzas alternating lines of four and three stresses, rhyming ABCB ('Bay/day', 'had/lad').",
  }),
  mcq({
    key: "3-1-02",
    topic: "3.1",
    difficulty: 2,
    paper: "P1",
    stem: "What is the rhyme scheme of a **Shakespearean (English) sonnet**?",
    options: ["ABAB CDCD EFEF GG", "ABBA ABBA CDE CDE", "ABA BCB CDC DED EE", "AABB CCDD EEFF GG"],
    correct: "A",
    why: "The Shakespearean sonnet has three quatrains and a final couplet (ABAB CDCD EFEF GG). ABBA ABBA CDE CDE is a common Petrarchan pattern (octave and sestet); ABA BCB... is terza rima.",
  }),
  written({
    key: "3-1-03",
    topic: "3.1",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${BALLAD_BELL}\n\nExplain how Text E both **adheres to** and **deviates from** the conventions of the traditional ballad.`,
    points: [
      pt("p1", 1, "Adheres: ballad stanza (quatrains, alternating 4/3 stresses, ABCB rhyme) and simple diction", ["quatrain", "ABCB", "metre"]),
      pt(
        "p2",
        1,
        "Adheres: subject matter of folk ballads: a local legend, the supernatural, disaster at sea, named people and boats; communal voice 'They say'",
        ["legend", "supernatural", "they say"],
      ),
      pt(
        "p3",
        1,
        "Deviates: traditional ballads usually narrate a dramatic story in the third person, whereas this is a reflective first-person lyric about memory and belief",
        ["first-person", "lyric", "reflective"],
      ),
      pt(
        "p4",
        1,
        "Deviates: the supernatural is doubted rather than shown (scepticism, 'nothing else besides'); the climax is psychological, a modern ambivalence",
        ["doubt", "sceptic", "psychological"],
      ),
    ],
    answer:
      "**Adherence.** The poem uses the ballad stanza: quatrains of alternating four- and three-stress lines rhyming ABCB, in plain diction. Its subject is also traditional: a local legend of a drowned bell, a shipwreck (the Mary Ellen), a named victim, and the communal voice of hearsay, 'They say'.\n\n**Deviation.** Traditional ballads usually tell a dramatic story in the third person, often showing the supernatural as real. Text E is a reflective first-person lyric: nothing happens in the present except listening. The supernatural is doubted ('nothing else besides') rather than shown, and the climax is psychological, the speaker's reluctant half-belief. The old form is used to explore a modern ambivalence.",
  }),
  mcq({
    key: "3-2-01",
    topic: "3.2",
    difficulty: 2,
    paper: "P2",
    stem: "Which nineteenth-century poet is widely regarded as a pioneer of **free verse** in English, with long, unrhymed lines and catalogues?",
    options: ["Walt Whitman", "John Keats", "Alexander Pope", "Emily Dickinson"],
    correct: "A",
    why: "Walt Whitman's *Leaves of Grass* (first edition 1855) abandoned regular metre and rhyme for long cadenced lines and catalogues. Keats and Pope wrote in traditional metres; Dickinson's short stanzas adapt hymn metre.",
  }),
  mcq({
    key: "3-2-02",
    levels: HL,
    topic: "3.2",
    difficulty: 3,
    paper: "P2",
    stem: "Early twentieth-century modernist novelists developed a technique that presents the flow of a character's thoughts, impressions and associations, often without conventional syntax. What is it called?",
    options: ["Stream of consciousness", "Intrusive omniscient narration", "Epistolary form", "Dramatic monologue"],
    correct: "A",
    why: "Stream of consciousness renders the continuous flow of a mind (James Joyce's *Ulysses*, 1922, is a famous example). It shows narrative conventions evolving away from the commenting omniscient narrator of many Victorian novels.",
  }),
  written({
    key: "3-2-03",
    levels: HL,
    topic: "3.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how the conventions of **tragedy** changed between Shakespeare's tragedies and the plays of Henrik Ibsen.",
    points: [
      pt("p1", 1, "Shakespearean tragedy centres on characters of high status (kings, princes, generals) whose fall affects a state", [
        "high status",
        "kings",
        "state",
      ]),
      pt("p2", 1, "Ibsen's tragic protagonists are middle-class/ordinary people in domestic settings (e.g. Nora, Hedda Gabler)", [
        "middle-class",
        "domestic",
        "ordinary",
      ]),
      pt("p3", 1, "Verse and soliloquy vs prose dialogue and realistic stage settings (the box set, everyday objects)", ["verse", "prose", "realism"]),
      pt(
        "p4",
        1,
        "Causes shift from individual flaw/fate/supernatural towards social forces (marriage, respectability, heredity, money) / endings may be open or a discussion rather than death and restored order",
        ["social forces", "open ending", "restored order"],
      ),
    ],
    answer:
      "**Status.** Shakespeare's tragic heroes are kings, princes and generals (Lear, Hamlet, Othello), whose fall shakes a whole state. Ibsen places tragedy in middle-class homes: Nora Helmer or Hedda Gabler matter because they are ordinary.\n\n**Language and staging.** Shakespeare writes largely in verse, with soliloquies that open a character's mind to the audience; Ibsen uses realistic prose dialogue in a realistic room, where props such as a letter box or a pair of pistols carry meaning.\n\n**Causes and endings.** Shakespearean tragedy traces an individual error or flaw, sometimes with the supernatural, and ends with death and a restoration of order. Ibsen's catastrophes grow from social forces (marriage, money, respectability), and an ending such as Nora's departure is open, handing the argument to the audience.",
  }),
  written({
    key: "3-2-04",
    topic: "3.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain how the conventions of the **sonnet** have been adapted since the form reached English poetry in the sixteenth century.",
    points: [
      pt("p1", 1, "Origin: the Italian (Petrarchan) sonnet, an octave and sestet with a volta, mainly devoted to idealised love", [
        "Petrarch",
        "octave",
        "sestet",
        "love",
      ]),
      pt("p2", 1, "English adaptation: the Shakespearean form of three quatrains and a couplet (ABAB CDCD EFEF GG), better suited to English's fewer rhymes", [
        "quatrains",
        "couplet",
        "Shakespearean",
      ]),
      pt(
        "p3",
        1,
        "Conventions questioned from within: e.g. Shakespeare's sonnets mock the idealising comparisons of Petrarchan love poetry (a mistress whose eyes are 'nothing like the sun') / address a young man",
        ["parody", "mock", "convention"],
      ),
      pt(
        "p4",
        1,
        "Subjects widen: Milton and Wordsworth used the sonnet for politics, religion and public themes; later poets loosen metre and rhyme or break the 14-line frame while keeping the idea of a turn",
        ["politics", "Wordsworth", "loosen", "turn"],
      ),
    ],
    answer:
      "The sonnet came into English from the Italian **Petrarchan** form: an octave and a sestet with a turn (volta) between them, used mainly for idealised love.\n\nEnglish poets **adapted the structure**: the Shakespearean sonnet uses three quatrains and a couplet (ABAB CDCD EFEF GG), which needs fewer rhymes on each sound, and often places its turn in the final couplet.\n\nThe **conventions were questioned from within**: Shakespeare's sonnets address a young man as well as a mistress, and one famously mocks the idealising comparisons of love poetry by insisting that his mistress's eyes are 'nothing like the sun'.\n\nThe **subjects widened**: Milton and Wordsworth used the form for politics and faith, and later poets have loosened metre and rhyme or broken the fourteen lines, while keeping the sonnet's essential move, the turn of thought.",
  }),
  mcq({
    key: "3-3-01",
    topic: "3.3",
    difficulty: 2,
    paper: "P2",
    stem: "A recurring pattern of character, plot or image found in literature across many cultures (for example the journey, the trickster or the lost paradise) is called:",
    options: ["a volta", "a caesura", "a pastiche", "an archetype"],
    correct: "D",
    why: "An archetype is a pattern that recurs across cultures and periods; archetypes are one reason diverse works share points of similarity and can be compared.",
  }),
  written({
    key: "3-3-02",
    topic: "3.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Compare",
    stem: `${POEM_ALLOTMENT}\n\n${ESSAY_RAIN}\n\nTexts A and D are in different literary forms. Compare how each presents what a grandchild inherits from a grandparent.`,
    points: [
      pt("p1", 1, "Similarity: both present inheritance as partial and fragile (one key, a few leeks; two words out of eleven)", [
        "partial",
        "two words",
        "key",
      ]),
      pt("p2", 1, "Text A: inheritance is physical (spade, shed, key, the plot itself); Text D: it is linguistic and cultural (words and their family uses)", [
        "physical",
        "linguistic",
        "whereas",
      ]),
      pt("p3", 1, "Both use a concrete image for loss: the spade's worn handle / the coat losing its buttons", ["spade", "coat", "buttons"]),
      pt(
        "p4",
        1,
        "Form/ending: the poem ends ambiguously (keeping the key, possible renewal); the essay ends in an admission of loss (cannot name the rain at the burial): a more explicit reflective voice in non-fiction",
        ["ending", "ambiguous", "admission", "reflective"],
      ),
    ],
    answer:
      "Both texts present inheritance as **partial**: the speaker of Text A keeps a key and the last leeks, the writer of Text D 'two' of 'eleven words for rain'.\n\nWhat is inherited differs. In the **poem** it is physical: a spade 'worn to the shape of a hand', a shed, a plot of earth. In the **essay** it is linguistic and cultural: words and the family meanings attached to them.\n\nEach finds a **concrete image** for loss: the worn handle in A, and in D the coat that 'loses its buttons' so gradually 'you notice only when the wind gets in'.\n\nThe **endings** differ with the forms. The poem closes on an ambiguous gesture (keeping the key, perhaps for a new season), while the essay, with the reflective directness of non-fiction, ends by admitting what is lost: the word for the rain on the day of the burial.",
  }),
  mcq({
    key: "3-4-01",
    topic: "3.4",
    difficulty: 3,
    paper: "P2",
    stem: "Which is the **strongest** argument for calling a literary work a 'classic'?",
    options: [
      "It is old enough to have been studied for generations",
      "It rewards rereading and speaks to readers in other contexts",
      "It has been adapted many times for film, television and the stage",
      "It sold very widely in the year it was published",
    ],
    correct: "B",
    why: "Age, adaptation and sales do not make a classic; the usual argument is that a classic remains open to new interpretation and keeps speaking to readers across times and cultures.",
  }),
  written({
    key: "3-4-02",
    topic: "3.4",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Discuss",
    stem: "Discuss **two** reasons why the notion of a 'classic' literary text has been questioned.",
    points: [
      pt(
        "p1",
        1,
        "Reason 1: canons were historically shaped by a narrow group (often male, European, elite), excluding women writers, writers of colour, oral and non-Western traditions",
        ["canon", "excluded", "women", "non-Western"],
      ),
      pt(
        "p2",
        1,
        "Development: e.g. works by women were published anonymously or under male names and later 'rediscovered'; the IB's Prescribed reading list and works in translation aim to widen the range",
        ["rediscovered", "Prescribed reading list", "translation"],
      ),
      pt(
        "p3",
        1,
        "Reason 2: 'classic' status depends on institutions (schools, universities, publishers, prizes) and changes over time, rather than on fixed intrinsic value",
        ["institutions", "changes over time", "intrinsic"],
      ),
      pt("p4", 1, "Balance: yet the idea can still be useful, e.g. as a claim that a work sustains rereading, provided the list stays open and is questioned", [
        "balance",
        "useful",
        "rereading",
      ]),
    ],
    answer:
      "**Who chose?** Lists of classics were long shaped by a narrow group of readers and institutions, and they favoured male, European, elite writers. Women writers were often published anonymously or under male pseudonyms and 'rediscovered' later; oral and non-Western traditions were rarely included. The IB's Prescribed reading list and its requirement to study works in translation are attempts to widen the range.\n\n**Who decides, and when?** 'Classic' status is conferred by schools, universities, publishers and prizes, and it changes: neglected works (such as Kate Chopin's *The Awakening*) enter the canon, and others leave it. That suggests the label describes a history of reception rather than a fixed quality.\n\nThe notion still has value if it means a work that sustains rereading across contexts, as long as the list remains open to challenge.",
  }),
  written({
    key: "3-4-03",
    levels: HL,
    topic: "3.4",
    difficulty: 5,
    marks: 5,
    paper: "P2",
    term: "To what extent",
    stem: "'A classic is simply a book that schools keep setting.' To what extent do you agree? Refer to at least one literary work you have studied.",
    points: [
      pt("p1", 1, "Agreement: institutions (syllabuses, exam boards, publishers' series) do sustain a work's status and readership", [
        "institutions",
        "syllabus",
        "status",
      ]),
      pt("p2", 1, "Agreement: selection reflects the values and power of those who set syllabuses; some excellent works are never set", [
        "values",
        "power",
        "never set",
      ]),
      pt(
        "p3",
        1,
        "Disagreement: many works became classics through readers before/without schools (popular reading, theatre performance, translation into many languages)",
        ["readers", "performance", "translation"],
      ),
      pt(
        "p4",
        1,
        "Disagreement: qualities in the work itself (ambiguity, complexity, openness to reinterpretation) explain why schools keep choosing it / why it survives changing contexts",
        ["ambiguity", "complexity", "reinterpretation"],
      ),
      pt("p5", 1, "Reference to a studied work used as evidence, and a reasoned judgement", ["judgement", "work"]),
    ],
    answer:
      "**Partly true.** Schools, exam boards and publishers' classic series do keep works in print and in readers' hands, and their choices reflect the values of those who set syllabuses; many fine works are never set and fade.\n\n**But incomplete.** Many works became classics through readers and performers first: Shakespeare's plays held the stage for centuries and have been translated and performed across the world, long before and beyond any school syllabus. And schools keep choosing certain works because of qualities in them: ambiguity and complexity that invite new interpretation in each generation. *Hamlet* can be staged as political thriller, family tragedy or study of grief because the text leaves so much open.\n\n**Judgement.** Institutions sustain classics, but they do not create them from nothing: a classic is a work that keeps rewarding the readers that institutions bring to it, and the claim is therefore true only in part.",
  }),
  mcq({
    key: "3-5-01",
    topic: "3.5",
    difficulty: 3,
    paper: "P2",
    stem: "Emily Brontë's *Wuthering Heights* is told mainly by Lockwood, a visitor, and Nelly Dean, a servant. What does this narrative structure chiefly allow?",
    options: [
      "Multiple, partial perspectives on the same events, so the reader must judge the narrators as well as the characters",
      "A single, completely reliable account of events",
      "Direct access to Heathcliff's thoughts throughout the novel",
      "A purely chronological telling with no frame",
    ],
    correct: "A",
    why: "The frame narrative filters the story through Lockwood and then Nelly, each limited and biased; the reader pieces events together from partial perspectives and weighs the tellers' reliability.",
  }),
  written({
    key: "3-5-02",
    topic: "3.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${DRAMA_INVENTORY}\n\nAnalyse how Text C presents two perspectives on the same event: the sisters' mother's death and the clearing of her house.`,
    points: [
      pt("p1", 1, "Lil's perspective: orderly, practical, loyal to their mother's wishes: the clipboard, the list, 'It's on the list', 'Mum said...'", [
        "clipboard",
        "list",
        "practical",
      ]),
      pt(
        "p2",
        1,
        "Joan's perspective: emotional attachment to a particular object (the blue vase wrapped 'as though it were a baby') and resistance to the mother's authority ('Mum said a lot of things')",
        ["vase", "baby", "attachment"],
      ),
      pt(
        "p3",
        1,
        "Conflict/history revealed: the accusation 'you'd never come back' shows Lil sees Joan's claim as undeserved; Joan's 'Here I am' defends herself",
        ["accusation", "never come back", "here I am"],
      ),
      pt(
        "p4",
        1,
        "Neither perspective is privileged: no narrator; the final line 'Vases. Three.' shows a concession/compromise, leaving the audience to weigh both",
        ["no narrator", "compromise", "Vases. Three"],
      ),
    ],
    answer:
      "**Lil** sees the clearing as a task to be done properly and faithfully: she holds the clipboard, counts ('Vases. Four.'), appeals to the list and to their mother's word ('Mum said...').\n\n**Joan** experiences it as loss and reclaiming. She claims 'The blue one', wraps it 'as though it were a baby', and resists their mother's authority: 'Mum said a lot of things.'\n\nThe two perspectives collide in Lil's accusation ('She said you'd never come back for any of it'), which reveals a history of absence and resentment; Joan's 'Well. Here I am.' is both defence and apology.\n\nAs a play, the extract has no narrator to tell us who is right. The last line, Lil writing 'Vases. Three.', is a silent concession, and the audience is left to weigh both sisters' claims.",
  }),
  mcq({
    key: "3-6-01",
    topic: "3.6",
    difficulty: 2,
    paper: "P2",
    stem: "Examiners of Paper 2 reward an **integrated** comparison. What does this mean?",
    options: [
      "Discussing both works together throughout, point by point",
      "Writing two separate mini-essays with a comparative sentence at the end",
      "Comparing the works only in the conclusion",
      "Comparing one studied work with an unseen passage",
    ],
    correct: "A",
    why: "In an integrated comparison each paragraph addresses both works on a shared point, so similarities and differences illuminate each other. Two separate essays 'stapled together' limit the marks for criteria B and C.",
  }),
  mcq({
    key: "3-6-02",
    topic: "3.6",
    difficulty: 2,
    paper: "P2",
    stem: "In the **individual oral**, what must a student do?",
    options: [
      "Examine how a global issue is presented in extracts from two works, one written in English and one studied in translation, then answer questions",
      "Examine how a global issue is presented in two works originally written in English, in a 15-minute talk with no questions",
      "Compare two unseen literary passages after 20 minutes' preparation, then answer the teacher's questions",
      "Read aloud a prepared essay on a single studied work, then answer 5 minutes of teacher questions",
    ],
    correct: "A",
    why: "The individual oral (both levels) is a 15-minute oral: 10 minutes of the student's analysis of how a chosen global issue is presented in an extract (up to about 40 lines) from each of two works, one originally in the language studied and one in translation, then 5 minutes of teacher questions.",
  }),
  written({
    key: "3-6-03",
    levels: HL,
    topic: "3.6",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Jean Rhys's novel *Wide Sargasso Sea* (1966) imagines the earlier life of Bertha Mason, the Creole first wife confined in the attic of Rochester's house in Charlotte Brontë's *Jane Eyre* (1847). Explain how reading the two works together can **transform** a reader's interpretation of the earlier novel.",
    points: [
      pt("p1", 1, "The retelling gives a voice and history to a character who is silent/seen only from outside in the source (Bertha as 'madwoman')", [
        "voice",
        "silent",
        "history",
      ]),
      pt(
        "p2",
        1,
        "It foregrounds contexts the earlier novel leaves in the margins: colonialism, slavery and its aftermath in the Caribbean, race, the marriage market",
        ["colonial", "Caribbean", "race", "margins"],
      ),
      pt("p3", 1, "It reframes Rochester (and the first-person perspective of Jane) as partial/unreliable: the reader questions whose story is told", [
        "Rochester",
        "perspective",
        "partial",
      ]),
      pt(
        "p4",
        1,
        "Comparison is transformative both ways: the source's meaning changes retrospectively, and the later work depends on the reader's knowledge of the source (intertextuality)",
        ["retrospective", "intertext", "both ways"],
      ),
    ],
    answer:
      "In *Jane Eyre* Bertha is seen only from outside, through Jane's narration and Rochester's account, as a violent 'madwoman'. *Wide Sargasso Sea* gives her a **voice and a past** (as Antoinette), so the reader returns to the earlier novel aware of the story it did not tell.\n\nThe retelling also brings **marginal contexts** to the centre: the Caribbean after the abolition of slavery, questions of race and Creole identity, and a marriage shaped by money. These were present in Brontë's novel but at its edges.\n\nRochester's version of events now looks **partial**, and even Jane's first-person perspective becomes one perspective among others.\n\nThe comparison transforms **both** works: the later novel changes how we read the earlier one, while its own meaning depends on our knowledge of the source.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Central concepts
// ─────────────────────────────────────────────────────────────────────────────
const concepts: QuestionInput[] = [
  mcq({
    key: "c1-01",
    topic: "C.1",
    difficulty: 2,
    paper: "P1",
    stem: `${ESSAY_RAIN}\n\nThe writer compares losing the grandmother's words to the way 'a coat loses its buttons'. What does the simile suggest about the writer's **identity**?`,
    options: [
      "It was worn away gradually and almost unnoticed, until the loss left the writer exposed",
      "It was destroyed suddenly by a single event",
      "It was never connected to the grandmother's language",
      "It has been fully restored by learning four languages",
    ],
    correct: "A",
    why: "Buttons fall off one by one, 'so gradually that you notice only when the wind gets in': the simile presents the loss of a heritage language (and part of the self) as slow and unnoticed until it leaves the writer unprotected.",
  }),
  written({
    key: "c1-02",
    levels: HL,
    topic: "C.1",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    term: "Discuss",
    stem: `${ESSAY_RAIN}\n\nDiscuss how Text D presents the relationship between **language and identity**.`,
    points: [
      pt(
        "p1",
        1,
        "Language holds family identity: the grandmother's words carry her way of seeing (happiness with sadness folded inside) and family relationships (the 'look' for the father)",
        ["family", "way of seeing", "grandmother"],
      ),
      pt(
        "p2",
        1,
        "Losing the language is losing part of the self/connection: 'somewhere between the school gate and my twentieth birthday' suggests school/assimilation/growing up",
        ["school gate", "assimilation", "loss"],
      ),
      pt("p3", 1, "The coat simile: language as protection/belonging; loss noticed only 'when the wind gets in' (in moments of grief)", [
        "coat",
        "protection",
        "wind",
      ]),
      pt(
        "p4",
        1,
        "Irony of multilingual competence ('order coffee in four languages') vs inability to name a private, sacred moment: identity is not the same as skill",
        ["irony", "coffee", "skill"],
      ),
      pt("p5", 1, "Evaluation: the essay keeps two words, and writing becomes a way of preserving/reclaiming identity; the essay itself is an act of memory", [
        "preserve",
        "memory",
        "reclaim",
      ]),
    ],
    answer:
      "For the writer, **language is inherited identity**. The grandmother's words were not just labels for weather but ways of seeing: one named 'any happiness that arrived with a sadness folded inside it', another was used 'with a look' for the writer's father. To know them was to belong to her way of understanding the world and the family.\n\nThe loss is placed 'between the school gate and my twentieth birthday', hinting that schooling and growing up in another language wore the inheritance away. The **coat** simile presents language as protection; its loss is noticed only 'when the wind gets in', at moments of exposure such as grief.\n\nThe ending is **ironic**: the writer 'can order coffee in four languages' but cannot name the rain at the burial. Fluency is a skill; identity is something else.\n\nYet the essay keeps 'two' words and records them, so writing itself becomes a way of preserving, and partly reclaiming, what was lost.",
  }),
  mcq({
    key: "c2-01",
    topic: "C.2",
    difficulty: 2,
    paper: "P2",
    stem: "In the Literature course, the concept of **culture** asks students to consider chiefly:",
    options: [
      "how works reflect and shape the values and practices of communities",
      "the biographies of authors and the ways their lives explain their works",
      "whether a work belongs to high art or to popular entertainment",
      "the economic value of literary works as products sold by publishers",
    ],
    correct: "A",
    why: "Culture, one of the seven central concepts, concerns the relationship between works and the values, beliefs and practices of the communities in which they are produced and read.",
  }),
  written({
    key: "c2-02",
    topic: "C.2",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${ESSAY_RAIN}\n\nExplain how Text D suggests that a language carries a **culture**.`,
    points: [
      pt("p1", 1, "Having 'eleven words for rain' implies a culture whose environment (sea, weather) matters and is closely observed", [
        "eleven words",
        "environment",
        "observed",
      ]),
      pt(
        "p2",
        1,
        "The words carry shared values/attitudes: the word for sun-rain names a mixed emotional experience (joy with sadness) the culture recognises",
        ["values", "mixed", "emotion"],
      ),
      pt("p3", 1, "Words are used in social ways (with 'a look', for the father): idiom, humour and judgement shared within the community/family", [
        "social",
        "look",
        "idiom",
      ]),
      pt("p4", 1, "Losing the words is losing access to that culture (cannot name the rain of the burial, a ritual moment)", ["loss", "access", "burial"]),
    ],
    answer:
      "The essay suggests that vocabulary records what a culture notices: 'eleven words for rain' imply a people living close to the sea and weather.\n\nThe words also carry **shared values**: the name for rain that falls while the sun shines becomes a way of naming 'happiness... with a sadness folded inside it', an emotional experience the culture recognises and has a word for. And words are used **socially**, 'with a look', as family idiom and judgement.\n\nSo when the writer loses the words, a whole way of seeing is lost, most painfully at a cultural ritual: the burial, whose rain the writer can no longer name.",
  }),
  mcq({
    key: "c3-01",
    topic: "C.3",
    difficulty: 2,
    paper: "P2",
    stem: "Which statement best captures the concept of **creativity** as the Literature course uses it?",
    options: [
      "It concerns both the writer's original use of language and form and the reader's imaginative response and interpretation",
      "It applies only to students' own creative writing, not to the works they study",
      "It means a work must break the conventions of its form to count as original",
      "It concerns the writer's originality alone, since readers simply receive the meaning",
    ],
    correct: "A",
    why: "Creativity covers the writer's inventive use of language and form and the reader's creative engagement with the work (interpretation, making connections); it does not require breaking conventions, and readers are creative too.",
  }),
  written({
    key: "c3-02",
    levels: HL,
    topic: "C.3",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${POEM_NIGHTSHIFT}\n\nAnalyse how the poet **creatively** transforms an ordinary hospital ward in Text G.`,
    points: [
      pt("p1", 1, "Extended metaphor of the sea: ward as 'a sea', monitors as 'buoys', 'every bed's a boat' anchored to a drip", [
        "extended metaphor",
        "sea",
        "buoys",
      ]),
      pt(
        "p2",
        1,
        "Effect: defamiliarises the clinical setting, making it vast, dangerous and strange at night; the nurse becomes a harbour-keeper 'checking moorings in a storm'",
        ["defamiliar", "moorings", "storm"],
      ),
      pt(
        "p3",
        1,
        "The patient's 'tide is coming in' joins the metaphor: death imagined as a tide, and the nurse accepts his language ('yes, it is, and that's all right')",
        ["tide", "death", "accept"],
      ),
      pt("p4", 1, "Ending widens to the city turning 'towards the light': dawn/hope or death as light; creativity in ambiguity", [
        "light",
        "dawn",
        "ambiguity",
      ]),
    ],
    answer:
      "The poet builds an **extended metaphor** that turns the ward into 'a sea': monitors become 'buoys that blink and chime', beds are boats 'anchored to a drip', and the nurse walks 'like someone checking moorings in a storm'.\n\nThis **defamiliarises** a clinical space. At three a.m. it becomes vast and dangerous, and the routine round becomes an act of vigilance.\n\nThe patient's own words, 'the tide is coming in', enter the metaphor: the tide is the approach of death, and the nurse's reply ('yes, it is, and that's all right') accepts his figurative language as a kindness.\n\nThe final image widens out: the city 'turns its face towards the light'. The light may be dawn and continuation, or the death the patient approaches; the creativity lies partly in leaving both open.",
  }),
  written({
    key: "c3-03",
    topic: "C.3",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${POEM_ALLOTMENT}\n\nExplain how the poet of Text A uses imaginative comparisons to make an ordinary allotment seem new.`,
    points: [
      pt(
        "p1",
        1,
        "Bean canes 'like a village after everyone has left': garden sticks become a deserted human settlement, giving the plot a sense of human loss",
        ["village", "bean canes", "loss"],
      ),
      pt("p2", 1, "Leeks 'trailing their roots like something being born': a harvest becomes a birth, surprising in November / in a poem about death", [
        "leeks",
        "born",
        "surprising",
      ]),
      pt("p3", 1, "Smoke 'as if the wind had changed its mind about him': personification gives the weather a will and hints that things can change", [
        "smoke",
        "changed its mind",
        "personification",
      ]),
      pt("p4", 1, "The spade's handle 'worn to the shape of a hand': an everyday tool becomes a trace/imprint of the absent grandfather", [
        "spade",
        "shape of a hand",
        "imprint",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. The bare bean canes are 'like a village after everyone has left': a simile that turns garden sticks into a deserted human settlement, so the plot itself seems to mourn.\n2. The leeks come up 'like something being born': an ordinary harvest becomes a birth, a surprising image of new life in November.\n3. The neighbour's smoke bends 'as if the wind had changed its mind about him': personification gives the weather a will, and suggests that directions can change.\n4. The spade's handle is 'worn to the shape of a hand': a tool becomes an imprint of the absent grandfather.",
  }),
  mcq({
    key: "c4-01",
    topic: "C.4",
    difficulty: 2,
    paper: "P2",
    stem: "In a play, the audience knows that a letter revealing a character's secret is sitting in a locked letter box, while the character's husband does not. What is this technique?",
    options: ["Dramatic irony", "Verbal irony", "Stichomythia", "Pathetic fallacy"],
    correct: "A",
    why: "Dramatic irony arises when the audience knows something a character does not; the writer communicates with the audience 'over the heads' of the characters. (Ibsen uses exactly such a letter in *A Doll's House*.)",
  }),
  written({
    key: "c4-02",
    topic: "C.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${DRAMA_INVENTORY}\n\nAnalyse how Text C presents a failure of **communication** between the sisters.`,
    points: [
      pt("p1", 1, "Short, clipped lines/stichomythia: the sisters exchange facts about vases instead of feelings", ["clipped", "stichomythia", "vases"]),
      pt("p2", 1, "Interruption/aposiopesis: 'Mum said...' is cut off; the real subject is avoided", ["interrupt", "Mum said", "broken off"]),
      pt("p3", 1, "Silence and the car alarm that 'starts, and stops': an outburst that is cut short mirrors the emotion neither sister expresses", [
        "silence",
        "car alarm",
      ]),
      pt("p4", 1, "Communication through objects and actions (the list, the vase, 'Not crossing it off'): the inventory stands in for the relationship", [
        "objects",
        "list",
        "inventory",
      ]),
    ],
    answer:
      "The sisters speak in **clipped** lines of two or three words, exchanging facts about vases instead of feelings. When the real subject approaches, speech breaks down: Lil's 'Mum said...' is **cut off**, and Joan deflects it.\n\nThe accusation that follows produces only **silence**. The stage direction 'a car alarm starts, and stops' offers an outburst from outside, cut short, like the anger neither sister lets out.\n\nCommunication happens through **objects and actions** instead: Lil pointedly does not cross the vase off, Joan wraps it like a baby, and Lil's final 'Vases. Three.' concedes the point without a word about the past. The inventory becomes the only language the sisters can share.",
  }),
  mcq({
    key: "c5-01",
    topic: "C.5",
    difficulty: 3,
    paper: "P1",
    stem: `${PROSE_TICKETS}\n\n'It was not her business. Thirty-one years, and it had never once been her business.' These sentences, in the third person but in Maud's own idiom, are an example of:`,
    options: ["Free indirect discourse", "Direct speech", "Omniscient authorial comment", "Second-person narration"],
    correct: "A",
    why: "Free indirect discourse blends the narrator's third-person voice with a character's thoughts and idiom, without quotation marks or 'she thought'. The insistent repetition is Maud's own self-justification.",
  }),
  written({
    key: "c5-02",
    topic: "C.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${POEM_NIGHTSHIFT}\n\nExplain how the **perspective** of the speaker shapes the reader's response to the patient in bed nine.`,
    points: [
      pt("p1", 1, "First-person speaker is the nurse: the patient is seen through a caring professional's eyes", ["first-person", "nurse", "caring"]),
      pt("p2", 1, "The speaker does not correct his confusion ('I am not Annette. I hold his hand.'): her restraint and compassion guide ours", [
        "Annette",
        "hold his hand",
        "compassion",
      ]),
      pt("p3", 1, "Short declarative sentences report without sentimentality, so the pathos is understated and more moving", [
        "declarative",
        "understated",
        "pathos",
      ]),
      pt("p4", 1, "We never learn who Annette is: the limited perspective leaves a gap the reader fills (a wife? a daughter?), creating poignancy", [
        "limited",
        "gap",
        "poignan",
      ]),
    ],
    answer:
      "The poem is narrated by the **nurse**, so the patient is seen through the eyes of someone whose job is to care. When he calls for 'a woman called Annette', she records the fact and her response with two short sentences: 'I am not Annette. I hold his hand.' She does not correct him; her quiet compassion becomes the reader's model.\n\nThe **plain declarative** style avoids sentimentality, which makes the pathos more powerful. And because the speaker knows only what she sees, we never learn who Annette is. The **limited perspective** leaves a gap (wife, daughter, lost love?) that the reader fills, deepening the poignancy.",
  }),
  mcq({
    key: "c5-03",
    levels: HL,
    topic: "C.5",
    difficulty: 3,
    paper: "P2",
    stem: "In narrative theory, the term **focalisation** refers to:",
    options: [
      "the perspective through which events are perceived in a narrative",
      "the identity of the narrator who tells the story and addresses the reader",
      "the way a narrative concentrates on a single central theme",
      "the point in a plot at which the tension is most intense",
    ],
    correct: "A",
    why: "Focalisation (Gérard Genette's term) distinguishes who sees from who speaks: a third-person narrator may tell the story while events are focalised through one character's perceptions. Who tells the story is a question of narrative voice, not focalisation.",
  }),
  mcq({
    key: "c6-01",
    topic: "C.6",
    difficulty: 2,
    paper: "P1",
    stem: `${POEM_ALLOTMENT}\n\nThe leeks come up 'white and clean, / trailing their roots like something being born'. Why is this image significant in a poem about a dead grandfather?`,
    options: [
      "It transforms a harvest in a dying season into an image of birth and renewal",
      "It shows that the speaker is a professional gardener",
      "It proves that the leeks were planted by the neighbour",
      "It introduces a humorous tone to mock the grandfather",
    ],
    correct: "A",
    why: "In November, in a poem of absence, the harvest is imagined as a birth: the simile transforms an ending into a beginning and hints at continuity.",
  }),
  written({
    key: "c6-02",
    levels: HL,
    topic: "C.6",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Discuss",
    stem: "The concept of **transformation** in the Literature course applies both to how writers transform other texts and to how texts may transform readers. Discuss **both** senses, with an example of each.",
    points: [
      pt(
        "p1",
        1,
        "Writers transform sources: adaptation, retelling, parody, allusion (e.g. Shakespeare reshaping earlier stories and chronicles; a modern retelling of a classic)",
        ["adaptation", "retelling", "source"],
      ),
      pt("p2", 1, "Example developed: the transformation changes meaning/perspective (e.g. giving a silent character a voice; a tragedy from a comic source)", [
        "perspective",
        "changes meaning",
        "voice",
      ]),
      pt("p3", 1, "Texts transform readers: change attitudes, understanding or empathy; offer new ways of seeing (e.g. a novel exposing social injustice)", [
        "attitudes",
        "empathy",
        "readers",
      ]),
      pt("p4", 1, "Critical note: the claim that reading transforms readers is hard to prove; transformation may be subtle or depend on the reader's context", [
        "hard to prove",
        "context",
        "critical",
      ]),
    ],
    answer:
      "**Writers transform texts.** Shakespeare took most of his plots from existing sources (chronicles, Italian novellas, classical history) and transformed them: the story of Romeo and Juliet existed in an English poem before he compressed it into a few days and gave it new language. Modern retellings do the same, often changing perspective, for example by giving a silent character a voice.\n\n**Texts transform readers.** A work may change what readers understand or feel: Dickens's novels, read in instalments by a huge audience, drew attention to child poverty and the workhouse, and many readers report that a novel first let them imagine a life unlike their own.\n\n**A caution.** Transformation of readers is harder to demonstrate than transformation of texts; it may be subtle, temporary, or depend on the reader's context. But both senses meet in the classroom: every interpretation is itself a small transformation of the work.",
  }),
  written({
    key: "c6-03",
    topic: "C.6",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${DRAMA_INVENTORY}\n\nThe extract begins with 'Vases. Four.' and ends with 'Vases. Three.' Explain how this repetition with a change **transforms** the meaning of Lil's words.`,
    points: [
      pt("p1", 1, "At the start the line is a neutral, practical inventory entry / Lil's orderly control of the task", ["neutral", "inventory", "practical"]),
      pt("p2", 1, "At the end the changed number is a concession: Lil lets Joan take the blue vase without saying so", [
        "concession",
        "blue vase",
        "without saying",
      ]),
      pt(
        "p3",
        1,
        "It marks a small shift in the relationship after the accusation and 'Here I am' (a truce or acknowledgement), though the past is not resolved",
        ["shift", "truce", "relationship"],
      ),
      pt("p4", 1, "The frame/echo structure makes the audience notice the change: the list becomes a language for feelings the sisters cannot speak", [
        "echo",
        "frame",
        "feelings",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. At the start, 'Vases. Four.' is a neutral entry in an inventory, showing Lil's orderly control of the task.\n2. At the end, 'Vases. Three.' is a **concession**: Lil lets Joan take the blue vase without saying so.\n3. Coming after the accusation and Joan's 'Well. Here I am.', the change marks a small **shift** in the relationship, a truce or an acknowledgement, though nothing in the past is resolved.\n4. Because the lines **frame** the extract, the audience notices the change: the list has become the sisters' language for feelings they cannot speak.",
  }),
  mcq({
    key: "c7-01",
    topic: "C.7",
    difficulty: 3,
    paper: "P2",
    stem: "The concept of **representation** in the Literature course is chiefly concerned with:",
    options: [
      "the relationship between literary works and the reality they depict, and whether and how literature can represent it",
      "how a work presents events through a particular narrator's or speaker's point of view",
      "the writer's imaginative and original use of language and form",
      "how works change their readers, or rework and alter earlier texts",
    ],
    correct: "A",
    why: "Representation asks how literature relates to reality: whether it reflects, constructs or distorts the world, and how it represents people, places and experiences (an old debate going back to mimesis). The other options describe perspective, creativity and transformation.",
  }),
  written({
    key: "c7-02",
    topic: "C.7",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${POEM_NIGHTSHIFT}\n\nExplain how Text G **represents** the work of a night nurse.`,
    points: [
      pt("p1", 1, "As vigilant and responsible: walking 'the aisles / like someone checking moorings in a storm'", ["vigilant", "moorings", "storm"]),
      pt("p2", 1, "As emotional, not only technical labour: holding the hand of a confused patient, accepting his words", [
        "emotional",
        "hold his hand",
        "compassion",
      ]),
      pt("p3", 1, "As solitary and unseen: three a.m., the city outside asleep/turning towards the light while the nurse keeps watch", [
        "solitary",
        "unseen",
        "three a.m.",
      ]),
      pt("p4", 1, "The representation is idealising/poetic rather than documentary: no paperwork, exhaustion or colleagues appear", [
        "idealis",
        "poetic",
        "selective",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. The nurse's work is represented as **vigilance**: she walks the ward 'like someone checking moorings in a storm'.\n2. It is **emotional** as well as technical labour: she holds the hand of a confused patient and gently accepts his sense that 'the tide is coming in'.\n3. It is **solitary and unseen**: at three a.m., while the city sleeps and then 'turns its face towards the light'.\n4. The representation is **selective and poetic**: the exhaustion, paperwork and colleagues of real night shifts are absent, so the poem idealises as well as reveals.",
  }),
  mcq({
    key: "c7-03",
    levels: HL,
    topic: "C.7",
    difficulty: 3,
    paper: "P2",
    stem: "The Greek term Aristotle used for art as the **imitation** or representation of reality is:",
    options: ["hubris", "mimesis", "ekphrasis", "anagnorisis"],
    correct: "B",
    why: "Mimesis is imitation or representation. Hubris is excessive pride, ekphrasis a vivid description of a work of art, anagnorisis a tragic recognition.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Literary forms
// ─────────────────────────────────────────────────────────────────────────────
const forms: QuestionInput[] = [
  mcq({
    key: "f1-01",
    topic: "F.1",
    difficulty: 1,
    paper: "P2",
    stem: "A novel that follows a young protagonist's growth from childhood to maturity, through education, experience and conflict with society, is called:",
    options: ["an epistolary novel", "a Bildungsroman", "a picaresque novel", "a roman à clef"],
    correct: "B",
    why: "A Bildungsroman (novel of formation) traces a protagonist's development to maturity; Dickens's *Great Expectations* and Charlotte Brontë's *Jane Eyre* are often read this way. An epistolary novel is told in letters; a picaresque follows a roguish hero's episodic adventures; a roman à clef disguises real people.",
  }),
  written({
    key: "f1-02",
    topic: "F.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${PROSE_TICKETS}\n\nAnalyse how the writer characterises Maud in Text B.`,
    points: [
      pt("p1", 1, "Long experience ('thirty-one years') and a habit of observation and classification (singles vs returns) make her shrewd/perceptive", [
        "thirty-one years",
        "observation",
        "singles",
      ]),
      pt("p2", 1, "Her generalisations reveal a dry humour/wry worldview ('as though it might change its mind')", ["humour", "wry", "change its mind"]),
      pt("p3", 1, "Her habitual detachment ('not her business') is shown to be under strain: repetition/free indirect discourse suggests self-persuasion", [
        "detachment",
        "not her business",
        "repetition",
      ]),
      pt("p4", 1, "Final reflection shows moral seriousness and uncertainty ('never been sure which was which'): a thoughtful, conflicted character", [
        "uncertain",
        "moral",
        "conflicted",
      ]),
      pt("p5", 1, "Characterisation is indirect: through her observations and thoughts rather than physical description", ["indirect", "thoughts"]),
    ],
    answer:
      "Maud is characterised **indirectly**, through what she notices and thinks rather than how she looks.\n\nHer 'thirty-one years' behind the glass have made her a shrewd **observer** who sorts customers into types: 'singles' and 'returns'. Her generalisations have a **wry humour**: singles study the timetable 'as though it might change its mind'.\n\nThe free indirect discourse 'It was not her business. Thirty-one years, and it had never once been her business' reveals a habit of **detachment**, but the insistence suggests she is persuading herself; the question 'Just the one?' has already broken the rule.\n\nThe final reflection shows **moral seriousness** and uncertainty: eight minutes could 'ruin a life or... save one', and she has 'never been sure which was which'. She emerges as perceptive, reserved and inwardly conflicted.",
  }),
  mcq({
    key: "f1-03",
    levels: HL,
    topic: "F.1",
    difficulty: 3,
    paper: "P2",
    stem: "Mary Shelley's *Frankenstein* is told through Captain Walton's letters, which contain Victor Frankenstein's narrative, which in turn contains the creature's own account. This structure is best described as:",
    options: ["A frame narrative", "Stream of consciousness", "An omniscient third-person narration", "A dramatic monologue"],
    correct: "A",
    why: "*Frankenstein* nests narratives inside one another (Walton, Victor, the creature): a frame narrative, which lets the reader compare perspectives and question each narrator.",
  }),
  mcq({
    key: "f2-01",
    topic: "F.2",
    difficulty: 1,
    paper: "P2",
    stem: "Which of the following would be studied as **prose non-fiction** in the Literature course?",
    options: [
      "A prose poem",
      "A novel narrated in the first person by a fictional character",
      "A play written in prose dialogue",
      "A collection of personal essays or a memoir",
    ],
    correct: "D",
    why: "Prose non-fiction includes memoirs, autobiographies, essays, letters, diaries and travel writing of literary quality. A novel is prose fiction, a play is drama, and a prose poem is poetry.",
  }),
  written({
    key: "f2-02",
    topic: "F.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Identify",
    stem: `${ESSAY_RAIN}\n\nIdentify **four** features that mark Text D as **literary** prose non-fiction rather than a purely informative text, with a brief example of each.`,
    points: [
      pt("p1", 1, "First-person reflective voice on personal experience ('My grandmother... I have kept two of them')", [
        "first-person",
        "reflective",
        "personal",
      ]),
      pt("p2", 1, "Figurative language: simile of the coat losing its buttons / metaphor of sadness 'folded inside' happiness", ["simile", "coat", "folded"]),
      pt("p3", 1, "Crafted structure: opening statement, two examples, loss, then a closing contrast/epiphany", ["structure", "contrast", "ending"]),
      pt("p4", 1, "Selective, evocative detail (the wedding in wartime, the letter with good and bad news, 'with a look')", ["detail", "wedding", "letter"]),
      pt("p5", 1, "Truth claim / basis in lived experience rather than invention, but shaped by memory and art", ["truth", "lived experience", "memory"]),
      pt("p6", 1, "Rhythm and balance in syntax (parallel final sentences 'I can... I cannot')", ["parallel", "I can", "I cannot"]),
    ],
    answer:
      "Any four, e.g.:\n\n1. A **reflective first-person voice** on lived experience: 'My grandmother had eleven words for rain, and I have kept two of them.'\n2. **Figurative language**: the coat that 'loses its buttons'; happiness with 'a sadness folded inside it'.\n3. A **crafted structure**: a striking opening claim, two examples, the story of loss, and a closing epiphany.\n4. **Selective, evocative detail**: 'a wedding in wartime', 'a letter with good news on one side and bad on the other'.\n5. **Balanced syntax** for effect: 'I can order coffee in four languages. I cannot tell you...'\n\nLike all non-fiction it claims to be true, but memory and art have shaped it.",
  }),
  mcq({
    key: "f3-01",
    topic: "F.3",
    difficulty: 2,
    paper: "P1",
    stem: "A line of verse made of five units of an unstressed syllable followed by a stressed one (da-DUM × 5) is written in:",
    options: ["iambic pentameter", "trochaic tetrameter", "dactylic hexameter", "anapaestic trimeter"],
    correct: "A",
    why: "An iamb is an unstressed-stressed foot; five feet make pentameter. Unrhymed iambic pentameter is blank verse, the metre of much of Shakespeare's drama.",
  }),
  mcq({
    key: "f3-02",
    topic: "F.3",
    difficulty: 2,
    paper: "P1",
    stem: `${POEM_ALLOTMENT}\n\nIn the line 'the key, although there's nothing left to keep', the comma after 'key' creates a pause within the line. What is such a pause called?`,
    options: ["Caesura", "Enjambment", "Volta", "Refrain"],
    correct: "A",
    why: "A caesura is a pause within a line, usually marked by punctuation. Here it separates the act of keeping the key from the admission that follows.",
  }),
  mcq({
    key: "f3-03",
    topic: "F.3",
    difficulty: 3,
    paper: "P1",
    stem: "A poem in which a single speaker, clearly not the poet, addresses a silent listener and unintentionally reveals his own character (as in Robert Browning's 'My Last Duchess') is called:",
    options: ["a dramatic monologue", "an elegy", "an ode", "a confessional lyric"],
    correct: "A",
    why: "In a dramatic monologue a persona speaks to a silent listener and reveals more than he intends. An elegy mourns the dead; an ode addresses and celebrates a subject; a confessional lyric speaks in the poet's own voice about personal experience.",
  }),
  mcq({
    key: "f4-01",
    topic: "F.4",
    difficulty: 2,
    paper: "P1",
    stem: `${DRAMA_INVENTORY}\n\nThe rapid exchange of single short lines between Lil and Joan ('Vases. Four.' / 'Three. The blue one's mine.') is called:`,
    options: ["stichomythia", "soliloquy", "an aside", "a monologue"],
    correct: "A",
    why: "Stichomythia is dialogue in brief alternating lines, often in moments of conflict; it creates tension and pace. A soliloquy is a character speaking alone; an aside is a remark to the audience unheard by other characters.",
  }),
  mcq({
    key: "f4-02",
    topic: "F.4",
    difficulty: 1,
    paper: "P2",
    stem: "A speech in which a character alone on stage speaks their thoughts aloud, as Hamlet does, is called:",
    options: ["a soliloquy", "an aside", "a chorus", "an epilogue"],
    correct: "A",
    why: "A soliloquy is spoken by a character alone (or believing themselves alone), giving the audience access to their thoughts. An aside is a brief remark to the audience while other characters are present.",
  }),
  written({
    key: "f4-03",
    levels: HL,
    topic: "F.4",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    term: "Analyse",
    stem: `${DRAMA_INVENTORY}\n\nAnalyse how the **stage directions** in Text C contribute to its meaning.`,
    points: [
      pt("p1", 1, "Opening setting: 'bare front room', boxes, 'no curtains': emptiness, exposure, an ending (the house/family dismantled)", [
        "bare",
        "no curtains",
        "emptiness",
      ]),
      pt("p2", 1, "'Evening light' suggests an ending / the close of the mother's life and of the family home", ["evening light", "ending"]),
      pt("p3", 1, "Props: the box marked KEEP and the clipboard embody the sisters' different attitudes (attachment vs administration)", [
        "KEEP",
        "clipboard",
        "props",
      ]),
      pt(
        "p4",
        1,
        "Action: '(Not crossing it off.)' and wrapping the vase 'as though it were a baby' express what dialogue withholds / a simile in a stage direction guides the actor",
        ["not crossing", "baby", "subtext"],
      ),
      pt("p5", 1, "Sound and silence: the car alarm 'starts, and stops' punctuates the silence; the final '(Writing.)' shows a concession in action", [
        "car alarm",
        "silence",
        "writing",
      ]),
    ],
    answer:
      "The opening direction sets a scene of **ending**: a 'bare front room', packing boxes, 'evening light' through a window 'with no curtains'. The home is being dismantled and exposed, as the family itself is.\n\n**Props** embody the sisters' attitudes: Joan kneels by a box marked KEEP, Lil holds a clipboard. Attachment and administration face each other before a word is spoken.\n\nThe directions also carry what dialogue withholds. '(Not crossing it off.)' is a silent refusal; Joan wraps the vase 'slowly, as though it were a baby', a simile that tells the actor, and the reader, that the object stands for something tender and lost (perhaps the mother, perhaps Joan's own childhood).\n\nFinally, **sound and silence** shape the climax: after Lil's accusation comes 'Silence', broken by a car alarm that 'starts, and stops', an outburst cut off. Lil's last action, '(Writing.)', turns the disputed list into a quiet concession.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 1: guided literary analysis (20 marks per passage)
// ─────────────────────────────────────────────────────────────────────────────
const p1Intro =
  "Write a guided literary analysis of the passage below (Paper 1 style; 20 marks). The guiding question offers a way into the passage; you may choose your own focus instead.";

const paperOne: QuestionInput[] = [
  written({
    key: "p1-allotment",
    topic: "F.3",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${POEM_ALLOTMENT}\n\n**Guiding question:** How does the poet use images of the garden to explore grief and continuity?`,
    points: paper1(
      "understands the situation (a grandchild harvesting a dead grandfather's allotment in November) and interprets the poem's movement between absence and continuity; a persuasive reading of the ambiguous ending ('nothing left to keep')",
      "analyses the worn spade as metonymy for the absent grandfather, enjambment delaying 'that has not held it', the simile of the deserted village, the birth simile of the leeks, the personified smoke that 'changed its mind', the tricolon of short clauses and the shifting meaning of 'keep' in the closing rhyme",
      "a clear line of argument (e.g. from absence to tentative renewal) rather than a line-by-line paraphrase; paragraphs linked to the guiding question",
      "precise terms (enjambment, simile, metonymy, caesura, personification, rhyme) in a formal register; quotations embedded",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Situation: a grandchild on the allotment in November, after the grandfather's death (he has not held the spade 'since the spring').\n- The spade, 'worn to the shape of a hand', makes the absent body present; enjambment delays the revelation of absence.\n- The bean canes 'like a village after everyone has left' widen the sense of abandonment to the whole plot.\n- Turn at the leeks: 'white and clean... like something being born' offers renewal in a dying season.\n- The neighbour's smoke, personified as changing 'its mind', suggests uncertainty and the ordinary life continuing beyond the fence.\n- 'I fill the bag. I lock the shed.' Short, parallel clauses: ritual holding back grief.\n- The closing rhyme of 'keep' with itself: holding on vs looking after; the key as either grief or inheritance.\n- Evaluation: the poem refuses to choose between mourning and continuity.\n\n**Model answer (extract)**\n\nThe poem finds grief in tools and vegetables, and continuity in the same places. It opens on an object that still bears the dead man's imprint: the spade's handle is 'worn to the shape of a hand'. Only after the line break do we learn that the hand 'has not held it since the spring'. The enjambment makes the reader, like the speaker, see the shape before registering the absence.\n\nThe garden then becomes a landscape of departure. The bare bean canes stand 'like a village after everyone has left'; the simile turns a seasonal fact into a human desertion, as if the whole plot mourned with the speaker.\n\nThe poem turns on the leeks. Pulled from the November soil, they 'come up white and clean, / trailing their roots like something being born'. In a poem about death the harvest is imagined as a birth, and the gentle alliteration and the adjectives of purity make this the poem's most hopeful moment. Even the neighbour's smoke, which 'goes up in one straight line, then bends, / as if the wind had changed its mind', suggests that direction can alter: nothing is fixed, not even grief.\n\nThe ending holds these possibilities together. The speaker's actions are reduced to three short clauses, 'I fill the bag. I lock the shed. I keep', a ritual performed to keep emotion in check, until the enjambment releases the final line: 'the key, although there's nothing left to keep'. The repetition of 'keep' shifts its meaning from holding to guarding or tending. Read as grief, the key is a relic; read as inheritance, it is a promise to return in spring. The poem's achievement is to let both be true.",
  }),
  written({
    key: "p1-singles",
    topic: "F.1",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${PROSE_TICKETS}\n\n**Guiding question:** How does the writer create tension in this opening of a short story?`,
    points: paper1(
      "understands the situation (an experienced ticket clerk and a teenage boy buying a one-way ticket) and interprets the implied drama (a possible running away) and Maud's moral dilemma",
      "analyses the generalisation about singles and returns, characterisation through detail (coins in 'towers of ten'), dialogue reduced to one question and a nod, free indirect discourse and repetition of 'not her business', the precise times as a countdown, and the antithesis 'ruin a life or... save one'",
      "organised around the build-up of tension (from general rule to particular boy to the countdown) with a sustained focus",
      "clear, precise language and terms (free indirect discourse, foreshadowing, characterisation, antithesis, withholding)",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- The opening generalisation teaches a rule (singles avoid her eye; returns chat) that makes the boy's ticket ominous.\n- The boy is shown through detail: youth, coins counted 'in careful towers of ten', a nod, silence.\n- Dialogue is minimal ('Just the one?'): what is unsaid creates tension.\n- Free indirect discourse and repetition ('not her business') show Maud's inner conflict.\n- Precise times (6.42, 6.50) create a countdown.\n- The final antithesis ('ruin a life or... save one') raises the stakes and leaves them unresolved.\n- Evaluation: tension comes from withheld information and a moral choice, not from action.\n\n**Model answer (extract)**\n\nThe story creates tension out of almost nothing: a ticket sale, a question and a nod. It begins with a rule drawn from 'thirty-one years' of experience: 'nobody who bought a single ever looked her in the eye.' The contrast with the chatty 'returns' makes a one-way ticket sound like a confession, and the personified timetable that 'might change its mind' hints at people hoping to escape their fate.\n\nWhen 'The boy on the Tuesday was a single', the reader applies the rule at once. The writer then characterises him through small, telling details: he is 'not... more than sixteen' and pays 'in coins, counting them out in careful towers of ten'. The care suggests saving and planning; the coins suggest poverty; the age suggests vulnerability. He never speaks, and his silence makes him a mystery the reader must solve.\n\nThe tension is also internal. Maud's question 'Just the one?' is immediately judged by the narration: 'It was not her business. Thirty-one years, and it had never once been her business.' This free indirect discourse sounds like Maud arguing with herself, and the repetition suggests the rule is weakening.\n\nFinally, time itself becomes a source of suspense. The clock reads '6.42'; the train is due at '6.50'. The 'Eight minutes' that remain become the time in which Maud must decide, and the antithesis 'long enough to ruin a life or to save one' raises the stakes without resolving them. The last clause, 'she had never been sure which was which', denies even the reader the comfort of knowing what the right action would be.",
  }),
  written({
    key: "p1-inventory",
    topic: "F.4",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${DRAMA_INVENTORY}\n\n**Guiding question:** How does the playwright reveal the tensions in the sisters' relationship?`,
    points: paper1(
      "understands the situation (two sisters clearing their dead mother's house) and interprets the history of resentment and absence behind the dispute over a vase; a reading of the final line as concession or truce",
      "analyses the setting and props (bare room, KEEP box, clipboard, the blue vase), stichomythia, the broken-off 'Mum said...', subtext, the simile in the stage direction, silence and the car alarm, and the structural echo of 'Vases. Four.' and 'Vases. Three.'",
      "follows the rising tension to its climax and release; analysis integrates dialogue and stage directions rather than treating them separately",
      "accurate dramatic terminology (stage direction, stichomythia, subtext, prop, pause, dramatic tension) in a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Setting: a bare room, boxes, no curtains, evening light: a home and a family being dismantled.\n- Props embody attitudes: Joan's box marked KEEP vs Lil's clipboard; the blue vase as the focus of conflict.\n- Stichomythia about objects displaces talk about feelings.\n- 'Mum said...' breaks off: the dead mother's authority and the unspoken past.\n- Joan wraps the vase 'as though it were a baby': tenderness, and perhaps a claim to love or belonging.\n- The accusation 'you'd never come back' and the silence, punctuated by a car alarm that 'starts, and stops'.\n- 'Well. Here I am.': defence, apology or defiance.\n- The frame 'Vases. Four.' / 'Vases. Three.' shows a concession without reconciliation.\n\n**Model answer (extract)**\n\nThe playwright stages a quarrel about vases so that it can be a quarrel about everything else. The opening direction sets the scene of an ending: a 'bare front room', packing boxes, a window 'with no curtains' through which 'evening light' falls. Even before dialogue begins, the sisters' positions are given as props: Joan kneels beside a box marked KEEP, Lil stands with a clipboard. One sister is guided by attachment, the other by the list.\n\nThe dialogue is built from stichomythia. 'Vases. Four.' / 'Three. The blue one's mine.' / 'It's on the list, Joan.' The short lines create pace and friction, but their subject is always objects. Feeling is displaced onto inventory.\n\nThe real subject appears only when speech breaks down. Lil's 'Mum said...' is cut off by Joan's 'Mum said a lot of things', which suggests a long history of conflict with the mother. The stage direction that follows, as Joan wraps the vase 'as though it were a baby', shows the tenderness her words deny. When Lil completes her sentence, the accusation is devastating: 'She said you'd never come back for any of it.'\n\nThe playwright then withholds speech altogether. 'Silence' is broken only by a car alarm that 'starts, and stops', an image of an outburst cut short. Joan's reply, 'Well. Here I am.', is ambiguous: a defence, an apology, perhaps defiance. The extract ends by echoing its opening. Lil's '(Writing.) Vases. Three.' concedes the vase without conceding the argument: the inventory has changed, the relationship perhaps only slightly.",
  }),
  written({
    key: "p1-bell",
    topic: "3.1",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${BALLAD_BELL}\n\n**Guiding question:** How does the poet explore the power of a legend over a sceptical mind?`,
    points: paper1(
      "understands the legend of the drowned bell and the speaker's shift from scepticism to involuntary listening; interprets the legend as a way a community (and the speaker) lives with fear and grief",
      "analyses the ballad form and its oral associations ('They say'), the divided testimony of mother and father, the named dead, the repetition 'I've heard... I've heard', the turn 'But still', the fog as setting, and the closing paradox/irony ('a bell / I swore was never true')",
      "a coherent argument that follows the poem's movement from hearsay to personal experience; form analysed alongside meaning",
      "precise terms (ballad stanza, quatrain, rhyme scheme, volta, irony, paradox) in a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- The communal hearsay of 'They say' and the traditional ballad stanza establish the legend as oral folklore.\n- Stanza 1: the bell 'tolls the names of drowning men': a legend that remembers the dead.\n- Stanza 2: divided parents (never heard vs 'swore he had'); the named boat and victim make the legend local and painful.\n- Stanza 3: the speaker's 'forty years' of scepticism; anaphora 'I've heard... I've heard' and the deflating 'nothing else besides'.\n- Stanza 4: volta 'But still'; fog and overdue boats make fear stronger than reason.\n- Closing paradox: listening for a bell the speaker 'swore was never true'; the speaker has become the father.\n- Evaluation: legend survives not as belief but as a form for fear and grief.\n\n**Model answer (extract)**\n\nThe poem borrows the ballad, a form that belongs to communities and to oral memory, to tell how a legend outlasts disbelief. Its first words, 'They say', are the voice of hearsay, and the regular quatrains, alternating four- and three-stress lines and rhyming on 'Bay' and 'day', sound like something sung and passed on. The legend itself is a memorial: the bell 'tolls the names of drowning men', so the sea that takes the fishermen also keeps their names.\n\nThe second stanza divides the family. The mother 'never heard it ring'; the father 'swore he had' on the night 'the Mary Ellen sank / and took the Tregarth lad'. Naming the boat and the boy makes the legend local and grief-stricken, and suggests why the father needed to hear it.\n\nThe third stanza is the voice of reason. After 'forty years of tides' on the harbour wall, the speaker reports only 'the gulls... the wind, / and nothing else besides'. The anaphora 'I've heard... I've heard' builds a list of natural sounds, and the flat final phrase deflates the legend.\n\nThen comes the turn: 'But still'. In fog, with 'boats... overdue', reason gives way. The speaker finds, almost against their will ('I find'), that they are 'listening for a bell / I swore was never true'. The verb 'swore' recalls the father, who 'swore' the opposite: the sceptic has become the believer's heir. The poem suggests that legend survives not because people believe it, but because it gives a shape to fear and grief when nothing else will.",
  }),
  written({
    key: "p1-rain",
    levels: HL,
    topic: "F.2",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro} (HL Paper 1 sets two passages from different literary forms; this is one of them.)\n\n${ESSAY_RAIN}\n\n**Guiding question:** How does the writer turn a personal loss into a reflection that speaks to readers?`,
    points: paper1(
      "understands the writer's loss of a grandmother's language and interprets the essay's wider concern with heritage, assimilation and what words hold; a persuasive reading of the closing contrast",
      "analyses the arresting opening statement, the two extended definitions and what they reveal about the grandmother, the placement of loss 'between the school gate and my twentieth birthday', the coat simile, and the parallel final sentences; considers the conventions of the personal essay (truth claim, reflective voice)",
      "structured around how the essay moves from specific memory to general reflection; balanced attention to content and craft",
      "fluent, precise academic English; terms such as personal essay, simile, parallelism, epiphany, tone",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Opening statement: precise numbers ('eleven', 'two') make loss measurable and intrigue the reader.\n- Definitions of the two kept words reveal the grandmother's character and worldview (mixed happiness; a silent judgement of the father).\n- The wider cause of loss is implied: 'between the school gate and my twentieth birthday' (schooling, assimilation, growing up).\n- Coat simile: language as protection; loss gradual and noticed only in exposure.\n- Parallel final sentences ('I can... I cannot') contrast functional fluency with inherited meaning.\n- The essay form: a reflective first-person voice making private memory into shared insight; readers recognise their own losses.\n\n**Model answer (extract)**\n\nThe essay begins with arithmetic: 'eleven words for rain', of which the writer has 'kept two'. The numbers make a loss that is usually vague exact, and the verb 'kept' frames the words as heirlooms, possessions that could be lost.\n\nThe two kept words are defined at length, and the definitions become portraits. The first names rain that falls 'while the sun is still out'; the grandmother used it for 'any happiness that arrived with a sadness folded inside it'. The examples ('a wedding in wartime, a letter with good news on one side and bad on the other') suggest a woman who had lived through hard times. The second word, used 'with a look, for my father', compresses a family drama into a single glance. Each word holds a way of seeing, which is exactly what makes its loss serious.\n\nThe writer never blames anyone, but the loss is placed precisely 'somewhere between the school gate and my twentieth birthday', hinting at schooling, assimilation and the ordinary process of growing up. The simile of the coat that 'loses its buttons... so gradually that you notice only when the wind gets in' universalises the experience: many readers will recognise losses noticed only in moments of exposure.\n\nThe closing parallelism delivers the essay's insight. 'I can order coffee in four languages' is practical, even cosmopolitan; 'I cannot tell you what my grandmother called the rain that fell on the day we buried her' names the one thing that mattered. The personal essay's reflective first person turns private grief into a question for every reader: what have we kept, and what have we lost without noticing?",
  }),
  written({
    key: "p1-nightshift",
    levels: HL,
    topic: "C.5",
    difficulty: 5,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro} (HL Paper 1 sets two passages from different literary forms; this is one of them.)\n\n${POEM_NIGHTSHIFT}\n\n**Guiding question:** How does the poet present the relationship between the nurse and her patient?`,
    points: paper1(
      "understands the situation (a nurse on a night ward with a dying, confused patient) and interprets the poem's presentation of care as accepting the patient's reality; a reading of the ambiguous final image",
      "analyses the extended sea metaphor, the simile of 'checking moorings in a storm', the short declaratives of the central lines, the nurse's refusal to correct 'Annette', the shared metaphor of the tide, the blank-verse-like rhythm and the closing image of the city turning 'towards the light'",
      "moves coherently from setting to encounter to resolution; the relationship stays at the centre of the argument",
      "precise terminology (extended metaphor, simile, persona, declarative, ambiguity) in a clear, formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- The extended sea metaphor (ward as sea, monitors as buoys, beds as boats) makes the night ward strange and precarious.\n- The nurse as a keeper 'checking moorings in a storm': responsibility and vigilance.\n- Short declaratives ('I am not Annette. I hold his hand.') show restraint and compassion.\n- She enters the patient's metaphor ('the tide is coming in' / 'yes, it is, and that's all right'): care as accepting his reality, perhaps his death.\n- The final image widens to the city and the light: dawn, continuation, or death; a quiet consolation.\n- Evaluation: the relationship is one of brief, anonymous but profound intimacy.\n\n**Model answer (extract)**\n\nThe poem opens by turning the ward into 'a sea'. The monitors are 'buoys that blink and chime', the curtains 'drift', and every bed is 'a boat / anchored to a drip'. The extended metaphor makes the familiar clinical space vast and precarious, and casts the nurse as someone 'checking moorings in a storm': her work is to keep fragile vessels from being carried away.\n\nThe encounter with bed nine changes the rhythm. After long, enjambed lines, three short declaratives mark the centre of the poem: 'Bed nine is calling for a woman called Annette. / I am not Annette. I hold his hand.' The nurse states the truth to the reader but not to the patient. Her restraint is the poem's definition of care: she gives him the comfort he asks for, through touch rather than correction.\n\nThe patient then speaks in the poem's own metaphor: 'He tells me that the tide is coming in.' He seems to know that he is dying, and the nurse's answer, 'yes, it is, and that's all right', accepts both his image and his death. Two strangers briefly share a language.\n\nThe final sentence moves outside: 'somewhere past the window, over roofs, / the city turns its face towards the light.' The light is dawn and the ordinary continuation of life, but, after the tide, it may also be the light associated with death. The poem leaves both possibilities open, and in doing so offers the patient, and the reader, a quiet consolation.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2: comparative essay (30 marks)
// ─────────────────────────────────────────────────────────────────────────────
const p2Intro =
  "Answer with reference to **two** literary works you have studied (Paper 2 style; 30 marks). Do not use works you have used for the individual oral or the HL essay.";

const paperTwo: QuestionInput[] = [
  written({
    key: "p2-place",
    topic: "2.1",
    difficulty: 3,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nCompare and contrast the ways in which two works you have studied show characters shaped by the places and societies in which they live.`,
    points: paper2(
      "shows precise knowledge of the places and social worlds of both works and interprets how they shape characters' values, choices and fates; context used to illuminate rather than replace the works",
      "compares the writers' methods of presenting place (description, symbolic settings, contrasting locations, stage settings and offstage spaces, sound effects) and evaluates their effect on the reader's understanding of character",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A comparative thesis about how place shapes character in each work (e.g. as a force of nature vs as a social and economic inheritance).\n- Specific references to settings in both works and to characters formed by them.\n- Analysis of method: narration and description in the novel vs stage setting, offstage space and sound in the play.\n- Context where it illuminates (property, class, social change).\n- Integrated comparison and an evaluative conclusion.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Emily Brontë's *Wuthering Heights* and Anton Chekhov's *The Cherry Orchard* (in translation).\n\n1. **Thesis.** In both works a place is bound up with identity, but Brontë's moorland houses shape characters as forces of nature and class, while Chekhov's orchard embodies a way of life that history is ending.\n2. **Two houses vs one estate.** Brontë opposes the exposed, stormy Heights to the sheltered, refined Thrushcross Grange; characters such as Catherine are divided between them. Chekhov sets every act on or near the Ranevskaya estate, whose orchard is to be sold to pay debts.\n3. **Method.** Brontë's layered narration (Lockwood, Nelly) presents the landscape through observers; Chekhov uses stage settings, offstage spaces and sound, most famously the axe heard at the end.\n4. **Class and change.** Heathcliff rises by acquiring both houses; Lopakhin, the son of a serf, buys the estate on which his family worked. Both works show property passing to outsiders, but Brontë ends with a restored second generation, Chekhov with the old owners dispersed.\n5. **Effect on character.** Brontë's characters are as wild or ordered as their homes; Chekhov's characters seem unable to act to save their place, which reveals their passivity.\n6. **Conclusion.** Place shapes character in both, but in Brontë it is almost elemental, while in Chekhov it is historical: the orchard falls with the class that owned it.",
  }),
  written({
    key: "p2-desire",
    topic: "C.1",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Discuss",
    stem: `${p2Intro}\n\nDiscuss how two works you have studied present the conflict between an individual's desires and the expectations of society.`,
    points: paper2(
      "shows knowledge of the protagonists' desires and the social expectations that constrain them in both works, and interprets what the works suggest about identity, freedom and convention",
      "compares how narrative method or dramatic form presents the conflict (irony, free indirect discourse, symbolism, props, structure, endings) and evaluates how each shapes the reader's or audience's judgement",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis comparing the kind of desire, the kind of social pressure, and the outcome in each work.\n- Knowledge of key moments where desire and expectation clash.\n- Analysis of method: e.g. a narrator's irony in a novel vs dialogue, props and the final action in a play.\n- Judgement on whether each work blames the individual, society or both.\n- Integrated, balanced comparison.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Flaubert's *Madame Bovary* and Ibsen's *A Doll's House* (both in translation).\n\n1. **Thesis.** Both works show a married woman stifled by bourgeois expectations, but Flaubert's ironic narration exposes Emma's desires as shaped by clichés, while Ibsen lets Nora discover and assert a self.\n2. **Desire.** Emma longs for the passion of the romantic novels she read as a girl and seeks it in affairs; Nora's desire is at first to be a good wife, later to understand herself.\n3. **Expectation.** Provincial respectability and a dull marriage to Charles for Emma; the role of the 'doll' wife, managed by Torvald, for Nora.\n4. **Method.** Flaubert's free indirect style lets readers share Emma's longings and see through them; Ibsen uses props and dramatic irony (the forged loan, the letter box) to build pressure until the final confrontation.\n5. **Endings.** Emma's debts lead to her suicide; Nora leaves her husband and children, an ending that shocked early audiences.\n6. **Conclusion.** Flaubert shows desire itself as socially manufactured; Ibsen presents the escape from expectation as painful but possible.",
  }),
  written({
    key: "p2-endings",
    topic: "1.5",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nIn what ways, and with what effects, do two works you have studied use their endings to shape the reader's final view of a central character?`,
    points: paper2(
      "shows knowledge of the endings of both works and of the central characters' development; interprets how the endings confirm, complicate or overturn the reader's view",
      "compares how each ending is prepared and shaped (foreshadowing, narrative voice, closure or openness, final images, revisions) and evaluates the effects on the reader",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis about how each ending fixes or unsettles the reader's judgement of a character.\n- Precise knowledge of the endings and the events that prepare them.\n- Analysis of closure vs openness, narrative voice and final images.\n- Awareness of context where it illuminates (e.g. an author revising an ending).\n- Integrated comparison and evaluation of effect.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Dickens's *Great Expectations* and Hardy's *Tess of the d'Urbervilles*.\n\n1. **Thesis.** Both endings ask the reader to judge a protagonist shaped by forces beyond their control, but Dickens's ending leaves Pip chastened and uncertain, while Hardy's ending turns Tess into a victim whose fate indicts the world around her.\n2. **Preparation.** Pip's expectations collapse when he learns Magwitch, not Miss Havisham, is his benefactor; Tess's history with Alec and Angel's rejection lead to her killing Alec.\n3. **Two endings.** Dickens famously revised his ending after advice from a fellow novelist, replacing a final parting from Estella with a more hopeful, but ambiguous, reunion; readers still debate which better fits Pip's growth.\n4. **Narrative voice.** The older Pip narrates with rueful self-judgement, so the ending completes a moral education; Hardy's narrator comments ironically on the 'justice' done to Tess and blames fate and society.\n5. **Final images.** A misty ruined garden vs a black flag raised over a prison, watched by Angel and Tess's sister.\n6. **Conclusion.** Dickens uses ambiguity to keep Pip's future open; Hardy uses a bleak closure to fix our sympathy with Tess and our anger at the forces that destroy her.",
  }),
  written({
    key: "p2-inner-conflict",
    topic: "1.4",
    difficulty: 5,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nCompare how two works you have studied, from **different literary forms**, present a character's or speaker's inner conflict.`,
    points: paper2(
      "shows knowledge of the inner conflict in both works (its causes and its development) and interprets what the works suggest about the divided self; recognises the difference in literary form",
      "compares how each form presents inner conflict (soliloquy and dramatic action vs the lyric speaker's shifting address, imagery and structure) and evaluates the effect on the reader or audience",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis linking the form of each work to how it presents inner conflict.\n- Knowledge of the conflict in both works: its terms and whether it is resolved.\n- Analysis of form: soliloquy, delay and action in drama vs the turns and imagery of a lyric poem.\n- Evaluation of the effect on the reader or audience (intimacy, suspense, ambiguity).\n- Integrated comparison.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Shakespeare's *Hamlet* and Keats's 'Ode to a Nightingale'.\n\n1. **Thesis.** Both works dramatise a mind divided between the world and escape from it, but Shakespeare externalises the conflict in action and delay, while Keats enacts it within a single lyric movement.\n2. **The conflict.** Hamlet is torn between the duty of revenge and doubt, disgust and paralysis; Keats's speaker longs to escape mortality through the bird's song and poetry, yet cannot forget suffering and death.\n3. **Form: soliloquy vs ode.** Hamlet's soliloquies, including his meditation on whether to be or not to be, let the audience overhear thought in real time; Keats's speaker addresses the nightingale directly, his imagery carrying him from wine to flight to darkness.\n4. **Structure.** The play's plot stalls and accelerates with Hamlet's indecision; the ode moves outward in fancy and then returns, the word 'forlorn' calling the speaker back to himself.\n5. **Resolution.** Hamlet acts at last, and the tragedy ends in death; Keats ends with a question about whether he wakes or sleeps, leaving the conflict open.\n6. **Conclusion.** Drama makes inner conflict visible in consequence; lyric makes it audible in the shifts of a single voice.",
  }),
  written({
    key: "p2-values",
    levels: HL,
    topic: "1.6",
    difficulty: 5,
    marks: 30,
    paper: "P2",
    term: "To what extent",
    stem: `${p2Intro}\n\nTo what extent do two works you have studied challenge the values of the society in which they were written?`,
    points: paper2(
      "shows knowledge of both works and of the values of their contexts of production; interprets specifically which values are challenged, how directly, and with what limits; reaches a judgement on 'to what extent'",
      "compares the methods of challenge (satire and wit, irony, characterisation, narrative perspective, ending) and evaluates their effectiveness and risks (e.g. reception on publication)",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A judgement on 'to what extent' for each work, not just a list of challenges.\n- Knowledge of the relevant values (marriage, respectability, gender roles, class).\n- Comparison of methods: comic satire vs a serious psychological novel.\n- Reception history as evidence of how challenging the works were.\n- Integrated comparison and a reasoned conclusion.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Wilde's *The Importance of Being Earnest* and Chopin's *The Awakening*.\n\n1. **Thesis.** Both works challenge late-nineteenth-century ideals of marriage and respectability, but Wilde's comedy mocks them from within a form that ultimately restores order, while Chopin's novel questions them so seriously that its first readers rejected it.\n2. **Targets.** Wilde satirises the marriage market (Lady Bracknell's interview of Jack) and the hypocrisy of double lives ('Bunburying'); Chopin examines a wife and mother, Edna Pontellier, who wants a life of her own.\n3. **Methods.** Wilde uses paradox, epigram and farce (the handbag at Victoria Station); Chopin uses close psychological narration and symbols such as the sea and birds.\n4. **Limits.** Wilde's plot ends in conventional engagements, so the challenge is contained by comedy; Chopin's ending, Edna's swim into the sea, is open and unsettling.\n5. **Reception.** Wilde's play was a success on the stage (though his later trials ended its first run); *The Awakening* was widely condemned and then neglected.\n6. **Conclusion.** Wilde challenges by laughter and is tolerated; Chopin challenges by sympathy and is punished, which suggests that her challenge went deeper.",
  }),
  written({
    key: "p2-nature",
    levels: HL,
    topic: "3.3",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Discuss",
    stem: `${p2Intro}\n\nDiscuss the ways in which two works you have studied use the natural world to explore human experience.`,
    points: paper2(
      "shows knowledge of how the natural world appears in both works (images, settings, creatures, seasons) and interprets what it reveals about human experience (death, the self, faith, community)",
      "compares the writers' methods (imagery, symbolism, form, voice, line and stanza) and evaluates the different effects; points of similarity and difference are both developed",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis on how each writer relates nature to human experience.\n- Precise references to poems or passages in both works.\n- Analysis of method: imagery, symbolism, voice and form (long free-verse lines vs compressed hymn-like stanzas).\n- Similarity and difference both developed; evaluation of effect.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Walt Whitman's 'Song of Myself' (from *Leaves of Grass*) and a selection of Emily Dickinson's poems.\n\n1. **Thesis.** Both poets find in nature a way to think about the self and death, but Whitman expands outward into a nature that includes everyone, while Dickinson compresses nature into sharp, often unsettling encounters.\n2. **Symbol.** Whitman's grass is a symbol of democratic equality and of the cycle of death and regrowth; Dickinson's birds, snakes and slants of winter light become occasions for awe, fear or sudden insight.\n3. **Form.** Whitman's free verse and long catalogues enact inclusiveness; Dickinson's short hymn-metre stanzas, dashes and slant rhyme enact hesitation and surprise.\n4. **Voice.** Whitman's expansive 'I' claims to contain multitudes; Dickinson's speaker often observes a creature closely and then registers its strangeness.\n5. **Death.** For Whitman death is part of nature's continuity; for Dickinson nature often intensifies the mystery of death.\n6. **Conclusion.** Nature in Whitman confirms connection; in Dickinson it tests the limits of what a human mind can know.",
  }),
];

const questions: QuestionInput[] = [...readers, ...timeSpace, ...intertext, ...concepts, ...forms, ...paperOne, ...paperTwo];

const file: SubjectQuestions = { subject: "english-a-literature", questions };
export default file;
