import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { rotatingQuestionBuilders } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB English A: Language and Literature (first assessment 2021).
//
// Every text a question analyses (advertisements, op-eds, speeches, posts, poems, prose and drama extracts)
// was written for this bank and is labelled with ORIGINAL_LABEL; the brands, people and places in them are
// invented. No copyrighted work is quoted. Paper 2 prompts are answerable with any two studied works; model
// answers name only well-known public-domain works (published before 1925).
//
// Kinds of question: 1-mark MCQs on concepts and techniques; short WRITTEN analysis questions (2-6 marks,
// one point per mark, "/" separates accepted alternatives, OWTTE = or words to that effect); Paper 1 guided
// analyses (20 marks, the four Paper 1 criteria A-D at 5 marks each); Paper 2 comparative essays (30 marks,
// criteria A and B at 10, C and D at 5). HL-only items are extra practice at the HL standard (HL Paper 1
// has two passages, each marked out of 20); the syllabus itself has no HL-only topic.

const HL: Level[] = ["HL"];

/** The label every text written for this bank carries (checked in checks/english-a-language-and-literature-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original text written for this exercise; the people, places and brands in it are invented.)*";

const { written, mcq } = rotatingQuestionBuilders({ prefix: "englang" });

/** A text block for a stem: a title, the label, then the text as a Markdown quotation. */
const textBlock = (title: string, body: string) =>
  `**${title}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

/** Paper 1 (20 marks): criteria A-D, 5 marks each, with the band descriptors and what this passage rewards. */
const paper1 = (a: string, b: string, c: string, d: string): MarkingPointInput[] => [
  pt(
    "critA",
    5,
    `Criterion A, Understanding and interpretation (5). 5: thorough and perceptive understanding of the literal and implied meaning; persuasive interpretation well supported by references. 3-4: good/adequate understanding, relevant references. 1-2: little or superficial understanding, few references. For this passage: ${a}`,
    ["meaning", "interpretation", "reference"],
  ),
  pt(
    "critB",
    5,
    `Criterion B, Analysis and evaluation (5). 5: insightful and convincing analysis of how textual features and authorial choices construct meaning. 3-4: generally appropriate analysis of features. 1-2: mostly descriptive, features named rather than analysed. For this passage: ${b}`,
    ["effect", "technique", "audience"],
  ),
  pt(
    "critC",
    5,
    `Criterion C, Focus and organization (5). 5: effective, focused and coherent structure; ideas developed and linked; the guiding question (or own focus) is sustained. 3-4: adequately organised and mostly focused. 1-2: little organisation or focus. For this passage: ${c}`,
    ["focus", "structure"],
  ),
  pt(
    "critD",
    5,
    `Criterion D, Language (5). 5: very clear, varied and accurate language; register and style effective; precise analytical vocabulary. 3-4: clear and carefully chosen. 1-2: rarely clear or appropriate. For this passage: ${d}`,
    ["register", "terminology"],
  ),
];

/** Paper 2 (30 marks): criteria A and B 10 marks each, C and D 5 marks each. */
const paper2 = (a: string, b: string): MarkingPointInput[] => [
  pt(
    "critA",
    10,
    `Criterion A, Knowledge, understanding and interpretation (10). 9-10: excellent knowledge of both works and persuasive interpretation of their implications in relation to the question; well-chosen references. 7-8: very good knowledge, sustained relevant interpretation. 5-6: satisfactory knowledge, some relevant interpretation. 3-4: some knowledge, superficial interpretation. 1-2: little knowledge. For this question: ${a}`,
    ["both works", "interpretation"],
  ),
  pt(
    "critB",
    10,
    `Criterion B, Analysis and evaluation (10). 9-10: insightful, convincing analysis and evaluation of how the authors' choices shape meaning, with a perceptive comparison. 7-8: consistently appropriate analysis and a clear comparison. 5-6: generally relevant analysis, comparison often implicit or uneven. 3-4: some analysis, mainly descriptive; little comparison. 1-2: descriptive. For this question: ${b}`,
    ["compare", "contrast", "whereas", "similarly"],
  ),
  pt(
    "critC",
    5,
    "Criterion C, Focus and organization (5). 5: effectively organised and focused on the question; the comparison is integrated (both works discussed together) rather than two separate essays; balanced treatment. 3-4: adequately organised, comparison mostly sustained. 1-2: little organisation; one work dominates.",
    ["thesis", "structure"],
  ),
  pt(
    "critD",
    5,
    "Criterion D, Language (5). 5: clear, varied, accurate language and a formal academic register; precise literary terminology. 3-4: clear and carefully chosen language with some lapses. 1-2: rarely clear or appropriate.",
    ["register", "terminology"],
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// The texts (all written for this bank)
// ─────────────────────────────────────────────────────────────────────────────

const AD_BOTTLE = textBlock(
  "Text A: print advertisement for a reusable water bottle",
  `STILL THIRSTY FOR CHANGE?
Every minute, a mountain of plastic bottles is bought, emptied and thrown away.
You are not one person. You are one of millions.
The Tidewell steel bottle keeps water cold for 24 hours, survives a fall from a desk, a bike rack, a mountain.
Tidewell. The last bottle you will ever buy.
Drink deep. Tread light.
[Image: a single blue bottle standing upright on an empty white beach.]`,
);

const OPED_PHONES = textBlock(
  "Text B: extract from an opinion column in a regional newspaper",
  `Let us be honest with ourselves: banning phones in schools is a plaster on a broken leg.
We tell our children that screens are rotting their attention, then we answer emails at the dinner table.
We confiscate their devices at 8 a.m. and hand them back at 3 p.m., as if a habit could be locked in a drawer.
I have taught for nineteen years. I have seen chalk give way to whiteboards, whiteboards to tablets.
What I have never seen is a rule change a culture that the adults refuse to change first.
So, by all means, collect the phones. But start with ours.`,
);

const POEM_HARBOUR = textBlock(
  "Text C: short poem, 'Harbour, Late'",
  `The cranes have folded their long necks for sleep;
the water counts its coins of orange light
and spends them, one by one, against the quay.
My father's coat still hangs behind the door.
Nobody wears it. Nobody will say
it's time to give it to the charity shop.
So it keeps its shape (his shape) and waits, like me.`,
);

const SPEECH_FLOOD = textBlock(
  "Text D: extract from a speech by the mayor of the fictional town of Marrow Bay at the opening of a flood barrier",
  `Friends, neighbours, people of Marrow Bay.
Three winters ago, the river came into our homes.
It took our photographs, our furniture, our sleep.
It did not take our nerve.
Some said we should move away. Some said nothing could be done.
We said: not here, not us, not again.
Today this wall of steel and stone says it with us.`,
);

const POST_5AM = textBlock(
  "Text E: social media post by a fictional lifestyle influencer (@mornings_with_mika)",
  `ok so I tried waking up at 5am every day for 30 days and honestly?? life changing 😳
thread 🧵 1/5
day 1-3: pure suffering. coffee was my whole personality
day 10: started journaling + a 20 min walk. brain = clear
day 30: finished a book, ran my first 5k, zero 3pm slump
not saying u HAVE to do this… but also ✨you could✨
(my morning blend from @KettleAndCo helped a LOT, code MIKA15 for 15% off) #ad #5amclub #glowup`,
);

const BROCHURE_KELVARA = textBlock(
  "Text F: extract from a travel brochure for the fictional island of Kelvara",
  `Step off the ferry and step back in time.
On unspoilt Kelvara, smiling villagers still fish as their grandfathers did,
and the only traffic jam is a goat on the coast road.
Here there are no deadlines, no noise, no worries:
just you, the sea, and a simple people who have never forgotten how to live.
Book your authentic island escape today.`,
);

const HEADLINES = textBlock(
  "Text G: two front-page headlines about the same (invented) event, from two different newspapers",
  `Newspaper 1: PROTEST CHAOS BRINGS CITY TO STANDSTILL
Newspaper 2: Thousands march peacefully for cleaner air`,
);

const AD_1950S = textBlock(
  "Text H: a pastiche of a 1950s-style advertisement, written for this exercise",
  `Give HER the gift of an easier washday!
The new Brightwell electric washer does the hard work,
so the little woman has time to look lovely when you come home.
Every wife deserves a Brightwell. Every husband deserves a happy wife.`,
);

const PROSE_ASTER = textBlock(
  "Text I: opening of a short story, 'The House on Aster Lane'",
  `I want to say, before anything else, that I was a good neighbour.
I watered the Okafors' tomatoes every August. I took in their parcels.
I noticed, of course, that their son came home later and later that spring,
but noticing is not the same as looking, and I have never been one to look.
When the police came, I told them the truth. Most of it.`,
);

const DRAMA_KITCHEN = textBlock(
  "Text J: extract from a one-act play, 'Leftovers'",
  `(A small kitchen. Night. RUTH, seventies, sits at the table. DANIEL, her grandson, stands by the door with his coat on.)
DANIEL: I'll call on Sunday.
RUTH: You said that last Sunday.
DANIEL: I know. Work's been...
RUTH: (Turning the teapot so its chipped side faces the wall.) Work. Yes.
(Pause. The fridge hums.)
DANIEL: Do you want me to stay?
RUTH: Don't be silly. Go on. Go.
(He goes. She does not move. Lights fade slowly on the two cups, one untouched.)`,
);

const PARODY_FAIRYTALE = textBlock(
  "Text K: opening of a satirical blog post about online shopping",
  `Once upon a time, in a kingdom with excellent broadband, there lived a girl who could not sleep.
Every night she lay on twenty mattresses ordered with next-day delivery,
and every night she felt it: a tiny, nagging pea of a thought.
"Have I," she wondered, "really found the best deal?"`,
);

const CHARITY_APPEAL = textBlock(
  "Text L: charity appeal leaflet from the fictional Riverlight Reading Trust",
  `Amira is nine. She can name every bird in her village, but she cannot read their names.
In her school there is one book for every forty children.
Twenty euros buys a shelf of stories. Fifty euros trains a volunteer teacher for a month.
You cannot give Amira her first word. But you can give her the page it is written on.
Give today at riverlight.example.org`,
);

// ─────────────────────────────────────────────────────────────────────────────
// Area 1: Readers, writers and texts
// ─────────────────────────────────────────────────────────────────────────────
const readers: QuestionInput[] = [
  mcq({
    key: "1-1-01",
    topic: "1.1",
    difficulty: 1,
    paper: "P1",
    stem: "In the IB Language and Literature course, which of the following best describes a **non-literary text**?",
    options: [
      "A text of lower artistic value than a literary work, read only for its information",
      "A text type such as an advertisement, speech, article or infographic, rather than a literary work",
      "A literary work that has been translated into English from another language",
      "Any prose text that is not a novel, such as a memoir or a collection of essays",
    ],
    correct: "B",
    why: "Non-literary texts are text types such as advertisements, speeches, articles, infographics and social media posts. The term says nothing about quality or translation, and memoirs and essays of literary quality are prose non-fiction, one of the four literary forms.",
  }),
  mcq({
    key: "1-1-02",
    topic: "1.1",
    difficulty: 2,
    paper: "P1",
    stem: "A student analysing a bus-stop advertisement asks, 'Who is the intended audience, what is the purpose and how do the choices serve that purpose?' Which approach is the student using?",
    options: [
      "A biographical approach centred on the life and career of the advert's designer",
      "A rhetorical and contextual analysis of audience, purpose and technique",
      "A formal analysis of layout and design that sets context aside",
      "A comparison of the advert with other adverts in the same campaign",
    ],
    correct: "B",
    why: "Asking about audience, purpose and how choices serve them is rhetorical and contextual analysis, the core of Paper 1. The student's questions are not about the designer's life, design for its own sake or other adverts.",
  }),
  written({
    key: "1-1-03",
    topic: "1.1",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Outline",
    stem: `${CHARITY_APPEAL}\n\nOutline **three** reasons why a student of Language and Literature might study a text such as Text L.`,
    points: [
      pt("p1", 1, "To understand how texts persuade / how language influences readers' choices (e.g. to donate)", ["persuade", "influence"]),
      pt("p2", 1, "To develop critical reading: recognise techniques such as the named individual (Amira), statistics or emotional appeal and judge them", [
        "critical",
        "technique",
      ]),
      pt("p3", 1, "To explore representation/ethics: how the text represents people in need (a child, a village) and whose perspective it adopts", [
        "representation",
        "perspective",
      ]),
      pt("p4", 1, "To see that everyday non-literary texts shape culture and identity just as literary works do / to compare text types", [
        "everyday",
        "culture",
      ]),
    ],
    answer:
      "Any three, e.g.:\n\n1. **Persuasion:** the leaflet shows how a few carefully chosen words can move a reader to act (give money), so studying it builds awareness of how language influences us.\n2. **Critical reading:** it uses recognisable techniques (a single named child, a striking ratio of 'one book for every forty children', costed choices in euros, a closing antithesis), which students learn to identify and evaluate.\n3. **Representation and ethics:** it raises questions about how charities represent the people they help: Amira is given a name and a talent ('every bird in her village'), not only a need.\n4. Everyday texts shape culture as much as literary works do, so the course studies both side by side.",
  }),
  mcq({
    key: "1-2-01",
    topic: "1.2",
    difficulty: 2,
    paper: "P1",
    stem: `${CHARITY_APPEAL}\n\nThe first line introduces a single named child rather than a statistic. What is the main intended effect on the reader?`,
    options: [
      "To make the text seem more scientific",
      "To create empathy by personalising a large problem",
      "To show that the charity works only with one child",
      "To give the leaflet a humorous tone",
    ],
    correct: "B",
    why: "A named individual ('Amira is nine') personalises the problem and creates empathy; readers respond more to one person than to numbers.",
  }),
  written({
    key: "1-2-02",
    topic: "1.2",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${CHARITY_APPEAL}\n\nAnalyse how the last two lines of Text L are designed to affect the reader.`,
    points: [
      pt("p1", 1, "Identifies the antithesis/contrast 'cannot give... her first word' vs 'can give her the page'", ["antithesis", "contrast", "cannot", "can"]),
      pt("p2", 1, "Effect: makes the reader's role modest but real / flatters the donor as enabling, not saving, Amira (respects her agency)", [
        "agency",
        "role",
      ]),
      pt("p3", 1, "Direct address 'You' places responsibility on the individual reader", ["direct address", "you"]),
      pt("p4", 1, "Imperative 'Give today' creates urgency and a clear call to action; web address makes action easy", [
        "imperative",
        "call to action",
        "urgency",
      ]),
      pt("p5", 1, "Metaphor/symbol of 'the page' links money to the physical book and to the leaflet's theme of reading", ["metaphor", "page"]),
    ],
    answer:
      "The penultimate line is built on **antithesis**: 'You cannot give Amira her first word. But you can give her the page it is written on.' The first half admits a limit (learning to read is Amira's own achievement), while the second defines exactly what the donor can do. This flatters readers without making them saviours, and keeps Amira's agency.\n\nThe repeated **direct address** ('you') makes the responsibility personal, and 'the page' works as a concrete **metaphor** for the books the money buys, tying the appeal to its theme of reading.\n\nFinally the **imperative** 'Give today' turns emotion into action with a sense of urgency, and the web address removes any obstacle to acting.",
  }),
  mcq({
    key: "1-2-03",
    topic: "1.2",
    difficulty: 3,
    paper: "P1",
    stem: "In classical rhetoric, an appeal to the audience's emotions is called:",
    options: ["ethos", "logos", "pathos", "kairos"],
    correct: "C",
    why: "Pathos is the appeal to emotion; ethos appeals to the speaker's credibility, logos to reason and evidence, and kairos is the sense of the right moment.",
  }),
  mcq({
    key: "1-3-01",
    topic: "1.3",
    difficulty: 2,
    paper: "P1",
    stem: `${AD_BOTTLE}\n\nThe headline 'STILL THIRSTY FOR CHANGE?' depends mainly on which device?`,
    options: [
      "Hyperbole within a command",
      "A pun within a rhetorical question",
      "An oxymoron within a statement",
      "Alliteration within a rhetorical question",
    ],
    correct: "B",
    why: "'Thirsty' means both needing a drink and eager; 'change' means both a different bottle and social change. The double meaning is a pun, framed as a rhetorical question. The headline is neither a command nor a statement, and it has no alliteration.",
  }),
  written({
    key: "1-3-02",
    topic: "1.3",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${AD_BOTTLE}\n\nAnalyse how the image described in the final line of Text A works together with the written text to create meaning.`,
    points: [
      pt("p1", 1, "The single bottle echoes/embodies the claim 'the last bottle you will ever buy' / one bottle replaces many", [
        "single",
        "one",
        "last bottle",
      ]),
      pt("p2", 1, "The empty white beach suggests a clean, unpolluted future, contrasting with the verbal 'mountain of plastic'", [
        "clean",
        "contrast",
        "mountain",
      ]),
      pt("p3", 1, "Upright bottle: strength/durability and pride, supporting 'survives a fall' / the bottle stands for the reader who takes a stand", [
        "upright",
        "durable",
      ]),
      pt("p4", 1, "Blue connotes water, coolness, sea / natural colour ties product to nature", ["blue", "connotation"]),
      pt("p5", 1, "Image and text together (anchorage): the words tell us how to read the image (as hope rather than emptiness)", [
        "anchorage",
        "together",
        "image and text",
      ]),
    ],
    answer:
      "The visual and the verbal texts reinforce each other. The **single** bottle is a visual version of the slogan 'the last bottle you will ever buy': one Tidewell replaces the 'mountain' of disposable bottles mentioned in the body copy. The **empty white beach** is the opposite of that mountain: it imagines the clean world the reader's purchase could help create.\n\nThe bottle stands **upright**, suggesting the durability claimed in the copy ('survives a fall') and, symbolically, a consumer who 'takes a stand'. Its **blue** colour connotes water, coolness and the sea, linking the product to nature.\n\nWithout the words the empty beach might look lonely; the copy *anchors* its meaning as hope and responsibility.",
  }),
  mcq({
    key: "1-3-03",
    topic: "1.3",
    difficulty: 3,
    paper: "P1",
    stem: "In the analysis of visual texts, what does **anchorage** refer to?",
    options: [
      "The position of the logo in the bottom corner of a page",
      "Written text that fixes or narrows the meaning a reader takes from an image",
      "The use of nautical imagery in advertising",
      "The repetition of a slogan across a campaign",
    ],
    correct: "B",
    why: "Anchorage (a term from Roland Barthes) is the way a caption or copy narrows the many possible meanings of an image to the preferred one.",
  }),
  written({
    key: "1-3-04",
    topic: "1.3",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Interpret",
    stem: `${PROSE_ASTER}\n\nInterpret what the narrator's final sentence suggests about her reliability, with reference to the rest of the extract.`,
    points: [
      pt("p1", 1, "'Most of it' undercuts 'the truth': the narrator admits she withheld something, so she is unreliable", ["most of it", "unreliable"]),
      pt("p2", 1, "The defensive opening ('I want to say... I was a good neighbour') suggests guilt or a need to justify herself", [
        "defensive",
        "justify",
        "good neighbour",
      ]),
      pt("p3", 1, "The distinction 'noticing is not the same as looking' shows self-deception / deliberate avoidance of responsibility", [
        "noticing",
        "looking",
      ]),
      pt("p4", 1, "Reader is positioned to read between the lines / suspect what she does not say; creates suspense", ["reader", "suspense"]),
    ],
    answer:
      "The final sentence, 'Most of it.', is a short, almost casual afterthought that undoes the claim before it ('I told them the truth'). The narrator admits she has held something back from the police, so the reader is warned not to trust her account fully: she is an **unreliable narrator**.\n\nThis confirms hints earlier in the extract. She opens defensively ('I want to say, before anything else, that I was a good neighbour'), as if answering an accusation. Her list of small favours (tomatoes, parcels) sounds like evidence assembled in her own defence. The distinction 'noticing is not the same as looking' reveals a kind of self-deception: she saw the signs but chose not to examine them.\n\nThe effect is to make the reader an investigator, reading for what she leaves out, and to build suspense about what 'the rest' of the truth is.",
  }),
  mcq({
    key: "1-4-01",
    topic: "1.4",
    difficulty: 1,
    paper: "P1",
    stem: "What does the term **register** mean in the analysis of language?",
    options: [
      "The accent and dialect a speaker acquires from the region and social group they grew up in",
      "The level of formality and type of language suited to a context, audience and purpose",
      "The writer's attitude to the subject, such as ironic, angry or nostalgic",
      "The total stock of words a speaker knows and can use",
    ],
    correct: "B",
    why: "Register is the variety of language (formal/informal, technical/everyday) chosen to suit the context, audience and purpose. Accent and dialect depend on where a speaker comes from, tone is the writer's attitude, and a speaker's stock of words is their vocabulary.",
  }),
  mcq({
    key: "1-4-02",
    topic: "1.4",
    difficulty: 2,
    paper: "P1",
    stem: `${POST_5AM}\n\nWhich description best fits the register of Text E?`,
    options: ["Formal and technical", "Informal and conversational", "Archaic and ceremonial", "Impersonal and bureaucratic"],
    correct: "B",
    why: "Lower-case writing, abbreviations ('u'), emoji, 'honestly??' and 'ok so' imitate casual speech: an informal, conversational register.",
  }),
  written({
    key: "1-4-03",
    topic: "1.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${POST_5AM}\n\nExplain how **two** conventions of the social media post as a text type are used in Text E to engage its audience.`,
    points: [
      pt("p1", 1, "Convention 1 identified (e.g. thread numbering '1/5' / hashtags / emoji / tagging another account / lower-case informal spelling)", [
        "thread",
        "hashtag",
        "emoji",
        "tag",
      ]),
      pt(
        "p2",
        1,
        "Effect of convention 1 explained (e.g. '1/5' promises a sequence and encourages readers to keep scrolling / hashtags make the post discoverable and place the reader in a community such as #5amclub)",
        ["scroll", "community", "discoverable"],
      ),
      pt("p3", 1, "Convention 2 identified (a different one)", ["emoji", "hashtag", "tag"]),
      pt(
        "p4",
        1,
        "Effect of convention 2 explained (e.g. emoji add tone of voice and humour, making the influencer seem relatable / the discount code and #ad turn the post into advertising while keeping a personal voice)",
        ["relatable", "tone", "advert"],
      ),
    ],
    answer:
      "**Thread numbering ('thread 🧵 1/5').** This convention tells followers the post is the first of five, creating a small narrative arc (day 1 → day 30) and encouraging them to keep reading and engaging.\n\n**Emoji and playful typography ('✨you could✨').** These signal tone of voice in a written medium: the sparkles make the suggestion feel light and flattering rather than bossy, and '😳' performs surprise. The influencer seems relatable, like a friend rather than a lecturer.\n\n(Also acceptable: hashtags such as #5amclub, which make the post discoverable and invite readers into a community; tagging @KettleAndCo with a discount code and #ad, which combine personal storytelling with sponsored advertising.)",
  }),
  mcq({
    key: "1-4-04",
    topic: "1.4",
    difficulty: 2,
    paper: "P1",
    stem: `${POST_5AM}\n\nWhat is the main function of '#ad' at the end of Text E?`,
    options: [
      "It tags the post so that it appears in searches by fans of advertising",
      "It discloses that the post contains paid promotion",
      "It shows the post was written by an advertising agency",
      "It asks followers to add their own routines to the thread",
    ],
    correct: "B",
    why: "'#ad' discloses that the post includes paid promotion (here for @KettleAndCo), a convention of sponsored social media content.",
  }),
  mcq({
    key: "1-5-01",
    topic: "1.5",
    difficulty: 2,
    paper: "P2",
    stem: `${POEM_HARBOUR}\n\nWhich device is used in 'the water counts its coins of orange light'?`,
    options: ["Simile and personification", "Personification and metaphor", "Onomatopoeia and hyperbole", "Extended metaphor and oxymoron"],
    correct: "B",
    why: "The water is personified (it 'counts' and later 'spends'), and the reflections of lights are a metaphor: 'coins of orange light'. There is no 'like' or 'as', so it is not a simile, and there is no sound-word, exaggeration or contradiction (onomatopoeia, hyperbole, oxymoron).",
  }),
  mcq({
    key: "1-5-02",
    topic: "1.5",
    difficulty: 2,
    paper: "P2",
    stem: `${POEM_HARBOUR}\n\nThe line break after 'Nobody will say' carries the sentence over into the next line. What is this called?`,
    options: ["Caesura", "Enjambment", "End-stopping", "Refrain"],
    correct: "B",
    why: "Enjambment is the running of a sentence over a line break without punctuation; caesura is a pause within a line, and end-stopping is a line that ends with punctuation.",
  }),
  written({
    key: "1-5-03",
    topic: "1.5",
    difficulty: 4,
    marks: 6,
    paper: "P2",
    term: "Analyse",
    stem: `${POEM_HARBOUR}\n\nAnalyse how the **structure** of Text C shapes its meaning.`,
    points: [
      pt("p1", 1, "Shift/volta at line 4 from the public, outdoor harbour scene to the private, indoor grief of the father's coat", ["shift", "volta", "turn"]),
      pt(
        "p2",
        1,
        "The opening lines' calm personified harbour (cranes sleeping, water counting) sets a mood of night-time stillness / things being put away that contrasts with the unmoved coat",
        ["contrast", "stillness"],
      ),
      pt("p3", 1, "Short declarative sentences 'Nobody wears it.' slow the pace and sound flat/numb, conveying grief", ["short sentence", "declarative"]),
      pt("p4", 1, "Anaphora/repetition of 'Nobody' stresses absence and the family's avoidance", ["anaphora", "repetition", "nobody"]),
      pt("p5", 1, "Enjambment 'say / it's time' delays the admission, enacting reluctance to let go", ["enjambment"]),
      pt(
        "p6",
        1,
        "The parenthesis '(his shape)' and the final simile 'like me' close the poem by merging coat and speaker: the speaker too is waiting / held in the shape of the past",
        ["parenthesis", "like me", "ending"],
      ),
      pt("p7", 1, "Water 'spends' its coins one by one: structure of gradual loss mirrors grief coming bit by bit", ["spends", "gradual"]),
    ],
    answer:
      "The poem is built on a **turn** at line 4. Lines 1-3 describe the harbour at night in a calm, personified way: the cranes 'have folded their long necks for sleep' and the water 'spends' its coins of light 'one by one'. The world outside is being put to rest, gradually. The sudden move indoors, to 'My father's coat', contrasts this ordinary nightly ending with a loss that has not been allowed to end.\n\nThe sentences then shorten: 'Nobody wears it.' is flat and final, and the **anaphora** of 'Nobody' stresses absence and the family's silence. The **enjambment** 'Nobody will say / it's time' delays the admission across the line break, enacting the reluctance to let go.\n\nThe close draws the threads together. The **parenthesis** '(his shape)' interrupts the line as memory interrupts the present, and the final simile 'and waits, like me' reveals that the speaker, like the coat, is stuck in the shape of the past. The structure moves from distance to intimacy, so the reader discovers the grief as the speaker admits it.",
  }),
  mcq({
    key: "1-5-04",
    topic: "1.5",
    difficulty: 3,
    paper: "P1",
    stem: `${SPEECH_FLOOD}\n\n'It took our photographs, our furniture, our sleep.' The list moves from concrete objects to something abstract. Which term best describes the structure of this list?`,
    options: [
      "A tricolon ending in a climax",
      "A chiasmus that reverses its terms",
      "A polysyndetic list joined by 'and'",
      "An antithesis of two opposed ideas",
    ],
    correct: "A",
    why: "It is a tricolon (list of three) that builds to a climax: the last, abstract item ('our sleep') is the most emotionally powerful loss. The list has no 'and' and no reversal of terms; the antithesis comes in the next line ('It did not take our nerve').",
  }),
  written({
    key: "1-6-01",
    topic: "1.6",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Discuss",
    stem: `${OPED_PHONES}\n\nDiscuss the insight Text B offers into its issue, and **one** challenge it poses to its readers.`,
    points: [
      pt("p1", 1, "Insight: children's habits reflect adult behaviour / culture, so rules alone are insufficient", ["adults", "culture", "habit"]),
      pt("p2", 1, "Supported by reference, e.g. 'we answer emails at the dinner table' / 'a rule change a culture that the adults refuse to change first'", [
        "dinner table",
        "rule",
      ]),
      pt("p3", 1, "Challenge: the closing 'But start with ours' turns the criticism on the (adult) reader, asking them to change their own behaviour", [
        "start with ours",
        "reader",
      ]),
      pt(
        "p4",
        1,
        "Evaluation: the challenge is made acceptable by inclusive 'we'/'us' and the writer's ethos as a teacher of nineteen years (or: it may alienate parents who see it as blame / relies on anecdote not evidence)",
        ["inclusive", "ethos", "anecdote"],
      ),
    ],
    answer:
      "**Insight.** The column argues that children's phone use reflects the culture adults model: 'We tell our children that screens are rotting their attention, then we answer emails at the dinner table.' The ban is only 'a plaster on a broken leg', treating a symptom rather than the cause.\n\n**Challenge.** The ending turns the argument on the reader: 'So, by all means, collect the phones. But start with ours.' Adults who expected to agree about children are asked to change their own behaviour.\n\n**Discussion.** The challenge is softened by the inclusive 'we' (the writer includes herself/himself) and strengthened by ethos ('I have taught for nineteen years'). But the column relies on personal experience rather than evidence, so a reader could dismiss the insight as anecdote.",
  }),
  mcq({
    key: "1-6-02",
    topic: "1.6",
    difficulty: 2,
    paper: "P1",
    stem: `${OPED_PHONES}\n\n'banning phones in schools is a plaster on a broken leg' is an example of:`,
    options: ["a simile", "a metaphor", "personification", "an oxymoron"],
    correct: "B",
    why: "The ban is said to *be* a plaster on a broken leg (no 'like' or 'as'): a metaphor for an inadequate, superficial remedy.",
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
    paper: "P1",
    stem: "What is meant by the **context of production** of a text?",
    options: [
      "The circumstances in which a text is read today",
      "The time, place, culture and writer behind a text's creation",
      "The text type and conventions the writer chose to work within",
      "The critical reputation a text has gained since it was published",
    ],
    correct: "B",
    why: "The context of production is the situation in which a text was made (time, place, culture, writer, audience and purpose). Where and when it is read, and the reputation it gains later, belong to its context of reception; its conventions belong to its text type.",
  }),
  mcq({
    key: "2-1-02",
    topic: "2.1",
    difficulty: 2,
    paper: "P1",
    stem: "The **context of reception** of a text refers to:",
    options: [
      "the writer's reasons for writing and the audience the writer had in mind",
      "the situation of whoever reads and interprets the text",
      "the historical and cultural circumstances in which the text was written",
      "the genre and text-type conventions that shaped the writing",
    ],
    correct: "B",
    why: "Context of reception is the time, place and culture of whoever receives the text; a text read decades later or in another culture may be understood differently. The writer's purpose and intended audience, the circumstances of writing and the conventions chosen belong to the context of production.",
  }),
  written({
    key: "2-1-03",
    topic: "2.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${SPEECH_FLOOD}\n\nExplain how the **context** of the speech (its occasion and audience) shapes the language used in Text D.`,
    points: [
      pt("p1", 1, "Occasion: a public ceremony opening a flood barrier, so the speech is celebratory and commemorative", ["ceremony", "occasion", "celebrat"]),
      pt("p2", 1, "Audience: local residents who lived through the flood, hence inclusive address 'Friends, neighbours' and 'our/we'", [
        "residents",
        "inclusive",
        "we",
        "neighbours",
      ]),
      pt(
        "p3",
        1,
        "Shared memory is invoked without explanation ('Three winters ago, the river came into our homes'), which only works because the audience remembers it",
        ["shared", "memory"],
      ),
      pt("p4", 1, "Spoken delivery: short sentences, repetition and tricolon ('not here, not us, not again') suit listening and applause", [
        "spoken",
        "tricolon",
        "repetition",
      ]),
    ],
    answer:
      "Text D is spoken at a **public ceremony** to open a flood barrier, so its purpose is to celebrate and to honour the community's endurance. Its **audience** is local people who lived through the flood; the mayor therefore begins with the warm, inclusive vocative 'Friends, neighbours, people of Marrow Bay' and uses 'our' and 'we' throughout.\n\nBecause the listeners share the memory, the flood is referred to briefly and personally ('the river came into our homes') rather than explained with facts. And because the text is **spoken**, it uses short sentences and rhythmical patterns such as the tricolon 'not here, not us, not again', which are easy to follow aloud and invite applause.",
  }),
  mcq({
    key: "2-2-01",
    topic: "2.2",
    difficulty: 3,
    paper: "P2",
    stem: "A reader studying a novel from two centuries ago notices that a character's marriage is arranged for money and feels outraged. Which approach would best help the reader to understand the text on its own terms?",
    options: [
      "Set the modern reaction aside entirely and read only for the plot",
      "Research the period's social and economic conditions while still reflecting on the modern response",
      "Assume the author shares the outlook of the characters who arrange the marriage",
      "Judge the novel by present-day values, since these are the reader's own context",
    ],
    correct: "B",
    why: "Approaching texts from other times means reconstructing their context (economic and legal realities) while also reflecting on how our own context shapes our response, not choosing one over the other.",
  }),
  written({
    key: "2-2-02",
    topic: "2.2",
    difficulty: 3,
    marks: 3,
    paper: "P2",
    term: "Outline",
    stem: "Outline **three** difficulties a present-day reader may face when reading a literary work from a time or culture different from their own.",
    points: [
      pt("p1", 1, "Unfamiliar language/vocabulary/idioms or references (archaic words, allusions)", ["language", "vocabulary", "allusion"]),
      pt("p2", 1, "Unfamiliar social conventions and values (class, gender roles, religion) may be misread or judged anachronistically", [
        "values",
        "conventions",
        "anachronis",
      ]),
      pt("p3", 1, "Unfamiliar literary conventions/forms (e.g. verse drama, epistolary novel, an oral tradition)", ["form", "convention"]),
      pt("p4", 1, "Translation (for works in translation): loss of wordplay, sound or cultural connotation", ["translation"]),
      pt("p5", 1, "Missing historical knowledge of events the original audience took for granted", ["historical", "events"]),
    ],
    answer:
      "Any three, e.g.:\n\n1. **Language:** archaic words, idioms and allusions the first readers understood easily may now need notes.\n2. **Values and social conventions:** attitudes to class, gender or religion may be misread or judged by present-day standards (anachronism).\n3. **Literary conventions:** forms such as verse drama or the epistolary novel may feel strange.\n4. **Translation:** wordplay and sound effects may be lost.\n5. **History:** events the original audience took for granted may be unknown.",
  }),
  mcq({
    key: "2-3-01",
    topic: "2.3",
    difficulty: 3,
    paper: "P1",
    stem: `${BROCHURE_KELVARA}\n\nA critic says Text F represents the islanders through **exoticism**. Which phrase best supports this claim?`,
    options: [
      "'Step off the ferry'",
      "'a simple people who have never forgotten how to live'",
      "'Book your authentic island escape today'",
      "'the coast road'",
    ],
    correct: "B",
    why: "'a simple people who have never forgotten how to live' turns the islanders into a picturesque, timeless group that exists for the visitor's fantasy: an exoticising and patronising representation.",
  }),
  written({
    key: "2-3-02",
    topic: "2.3",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "To what extent",
    stem: `${BROCHURE_KELVARA}\n\nTo what extent does Text F offer genuine insight into the culture of Kelvara?`,
    points: [
      pt("p1", 1, "Some surface information: fishing as a traditional occupation, rural roads, a slower pace of life", ["fishing", "slower"]),
      pt("p2", 1, "But the perspective is the tourist's: second person 'you' and the purpose (sales) shape what is shown", [
        "tourist",
        "you",
        "purpose",
        "sell",
      ]),
      pt("p3", 1, "'Step back in time' / 'as their grandfathers did' represents the culture as frozen in the past, denying change/modernity", [
        "back in time",
        "frozen",
        "past",
      ]),
      pt("p4", 1, "'smiling villagers' / 'a simple people' is a stereotype that flattens individuals into a happy backdrop", [
        "stereotype",
        "simple people",
        "smiling",
      ]),
      pt("p5", 1, "Islanders have no voice: they are described, never quoted; no names, work conditions or opinions", ["voice", "silent", "no names"]),
      pt("p6", 1, "Judgement: limited insight; it reveals more about the visitor's desires (escape from 'deadlines', 'noise') than about Kelvara", [
        "judgement",
        "visitor's desires",
        "limited",
      ]),
    ],
    answer:
      "Text F offers **some** surface information: Kelvara has a fishing tradition, quiet coast roads and a slower pace than the reader's home.\n\nBut its insight is limited by its **purpose and perspective**. It is a sales text addressed to 'you', the tourist, and selects details that sell an 'escape'. The metaphor 'step back in time' and 'as their grandfathers did' present the island as frozen in the past, as if its people had no modern lives. 'Smiling villagers' and 'a simple people who have never forgotten how to live' are **stereotypes**: patronising, if affectionate, and they turn individuals into scenery. Tellingly, the islanders never speak and are never named.\n\nThe list 'no deadlines, no noise, no worries' tells us what the *visitor* wants to escape. So the text offers more insight into the desires of the tourist culture that produced it than into Kelvara itself.",
  }),
  mcq({
    key: "2-4-01",
    topic: "2.4",
    difficulty: 2,
    paper: "P1",
    stem: `${AD_1950S}\n\nA present-day audience is most likely to read Text H as:`,
    options: [
      "a neutral description of a machine",
      "revealing dated and patronising gender stereotypes",
      "a parody of modern technology adverts",
      "a technical manual",
    ],
    correct: "B",
    why: "Phrases such as 'the little woman' and the assumption that the wife's role is to 'look lovely when you come home' now read as patronising gender stereotypes; the meaning has changed because the context of reception has changed.",
  }),
  written({
    key: "2-4-02",
    topic: "2.4",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${AD_1950S}\n\nExplain how the meaning and impact of a text like Text H might change between its original audience (the 1950s) and a present-day audience.`,
    points: [
      pt("p1", 1, "Original audience: likely read as a generous, modern gift showing care / consistent with dominant gender roles of the time", [
        "original",
        "gift",
        "norm",
      ]),
      pt("p2", 1, "Addressee is the husband ('when you come home') as buyer: reflects who controlled household money/decisions", ["husband", "buyer", "you"]),
      pt("p3", 1, "Present-day: 'the little woman', 'Every wife deserves' read as patronising / sexist; housework assumed to be the wife's job", [
        "patronising",
        "sexist",
        "little woman",
      ]),
      pt("p4", 1, "Impact changes from persuasive to ironic/historical evidence: it now tells us about past attitudes rather than selling a product", [
        "historical",
        "ironic",
        "evidence",
      ]),
    ],
    answer:
      "For its **original** audience, the advert would probably have read as modern and caring: a labour-saving machine presented as a gift, addressed to the husband ('when you come home') who was assumed to make major purchases.\n\nFor a **present-day** audience the same words carry different meanings. 'The little woman' sounds patronising, and the idea that a wife's free time exists so she can 'look lovely' for her husband reads as sexist. The final chiasmus-like pairing 'Every wife deserves a Brightwell. Every husband deserves a happy wife' now seems to reveal whose happiness the advert really cares about.\n\nSo the text's **impact** shifts: it no longer persuades, but serves as evidence of the gender roles of its time, often read with irony.",
  }),
  mcq({
    key: "2-4-03",
    topic: "2.4",
    difficulty: 3,
    paper: "P2",
    stem: "A theatre company stages a Shakespeare comedy in modern dress and cuts lines that mock a character's ethnicity. Which course concept does this choice most directly illustrate?",
    options: [
      "A text's meaning is fixed by its author's intentions, which performers must preserve",
      "Meaning and impact change over time, and performers adapt texts for new audiences",
      "Drama is a literary form whose meaning lies only in the written script",
      "Plays from the past cannot be understood by modern audiences at all",
    ],
    correct: "B",
    why: "Adapting a play for a new audience shows that the meaning and impact of a text change with its context of reception (guiding question 2.4) and involves transformation.",
  }),
  written({
    key: "2-5-01",
    topic: "2.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${POST_5AM}\n\nExplain how Text E reflects, and also helps to form, a cultural practice.`,
    points: [
      pt("p1", 1, "Reflects: the practice of self-improvement / productivity routines ('5am club', journaling, running a 5k) already popular online", [
        "self-improvement",
        "productivity",
        "routine",
      ]),
      pt("p2", 1, "Reference: hashtags '#5amclub', '#glowup' show an existing community/trend", ["hashtag", "#5amclub"]),
      pt(
        "p3",
        1,
        "Forms/spreads it: the day-by-day narrative presents the routine as achievable and desirable, inviting followers to copy it ('✨you could✨')",
        ["copy", "invite", "spread"],
      ),
      pt("p4", 1, "Links the practice to consumption (sponsored drink, discount code), shaping the practice as something one buys into", [
        "consumption",
        "sponsored",
        "code",
      ]),
    ],
    answer:
      "Text E **reflects** an existing online culture of productivity and self-improvement: early rising, journaling and running are presented as a recognisable routine, and the hashtags '#5amclub' and '#glowup' attach the post to a community that already exists.\n\nIt also **forms** the practice. The day-by-day narrative (from 'pure suffering' to 'zero 3pm slump') offers a model transformation that followers are invited to repeat ('✨you could✨'). By adding a sponsored product and discount code, it shapes the practice further: self-improvement becomes something one can buy into.",
  }),
  mcq({
    key: "2-5-02",
    topic: "2.5",
    difficulty: 2,
    paper: "P1",
    stem: "Which of the following texts most clearly **forms part of** a cultural practice rather than only describing one?",
    options: [
      "An encyclopedia entry explaining the history of weddings",
      "A wedding speech given by a best friend at the reception",
      "A statistical report on marriage rates",
      "A review of a film about a wedding",
    ],
    correct: "B",
    why: "A wedding speech is itself part of the ritual: giving it is part of the cultural practice, whereas the other texts describe or analyse it from outside.",
  }),
  mcq({
    key: "2-6-01",
    topic: "2.6",
    difficulty: 2,
    paper: "P1",
    stem: "A politician switches from standard English to the local dialect of a town when speaking to its residents. This is an example of:",
    options: ["code-switching", "malapropism", "jargon", "dialect levelling"],
    correct: "A",
    why: "Code-switching is moving between languages or varieties of a language, often to signal shared identity or to adapt to a social group.",
  }),
  written({
    key: "2-6-02",
    topic: "2.6",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${AD_1950S}\n\nAnalyse how language in Text H represents social distinctions between men and women.`,
    points: [
      pt("p1", 1, "Capitalised 'HER' objectifies/defines the woman as recipient of a gift chosen by the man", ["HER", "capital"]),
      pt("p2", 1, "Diminutive 'the little woman' belittles/infantilises wives", ["little woman", "diminutive"]),
      pt("p3", 1, "Roles divided: she does the washday (domestic sphere); he 'comes home' (work outside), and she should 'look lovely' (appearance valued)", [
        "domestic",
        "roles",
        "look lovely",
      ]),
      pt(
        "p4",
        1,
        "Parallel sentences 'Every wife deserves... Every husband deserves...' place the husband's happiness as the end goal; the man is the addressed decision-maker ('you')",
        ["parallel", "husband", "you"],
      ),
    ],
    answer:
      "The advert addresses the **husband** as 'you', the buyer and decision-maker, while the wife is spoken about in the third person. The capitalised imperative 'Give HER' makes her the object of his generosity.\n\nThe diminutive **'the little woman'** belittles her, and the roles are sharply divided: she owns 'washday', the domestic sphere, while he 'come[s] home' from work outside. Even her free time is defined by him: she will have time 'to look lovely' for his return.\n\nThe closing **parallel sentences** seem balanced, but the second ('Every husband deserves a happy wife') reveals the real beneficiary: her happiness matters because it serves his.",
  }),
  mcq({
    key: "2-6-03",
    topic: "2.6",
    difficulty: 3,
    paper: "P1",
    stem: "A job advertisement says it wants 'digital natives who can keep up with a young, dynamic team'. A critic says the language **excludes** older applicants. Which idea from the course best describes the critic's point?",
    options: [
      "Language is neutral: it simply reflects who actually applies for such jobs",
      "Word choices can encode social identities, including or excluding groups",
      "Job advertisements are formal texts, so their wording cannot carry bias",
      "Bias in a text comes mainly from its images and layout, not its words",
    ],
    correct: "B",
    why: "'Digital natives' and 'young' signal an intended age group: lexical choices encode social identity and can exclude others (guiding question 2.6).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Area 3: Intertextuality: connecting texts
// ─────────────────────────────────────────────────────────────────────────────
const intertext: QuestionInput[] = [
  mcq({
    key: "3-1-01",
    topic: "3.1",
    difficulty: 1,
    paper: "P1",
    stem: "What does the term **intertextuality** mean?",
    options: [
      "The use of several languages, dialects or registers within a single text",
      "The ways a text refers to, borrows from or is shaped by other texts",
      "The translation of a text into another language",
      "The way a text combines words and images on the page",
    ],
    correct: "B",
    why: "Intertextuality is the relationship between texts: allusion, quotation, parody, pastiche, adaptation and shared conventions all connect one text with others.",
  }),
  mcq({
    key: "3-1-02",
    topic: "3.1",
    difficulty: 2,
    paper: "P1",
    stem: `${PARODY_FAIRYTALE}\n\nText K borrows from a well-known fairy tale to mock a modern habit. This is best described as:`,
    options: ["plagiarism", "parody", "a eulogy", "an elegy"],
    correct: "B",
    why: "Parody imitates a recognisable text or genre (here the fairy-tale opening and the tale of the princess and the pea) for comic or critical effect.",
  }),
  written({
    key: "3-1-03",
    topic: "3.1",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${PARODY_FAIRYTALE}\n\nAnalyse how Text K both adheres to and deviates from the conventions of the fairy tale.`,
    points: [
      pt("p1", 1, "Adheres: formulaic opening 'Once upon a time, in a kingdom' / third-person storyteller / pattern of repetition ('every night')", [
        "once upon a time",
        "kingdom",
        "formula",
      ]),
      pt("p2", 1, "Adheres/alludes: the princess who cannot sleep on many mattresses because of a pea (well-known folk tale)", [
        "pea",
        "mattresses",
        "princess",
      ]),
      pt("p3", 1, "Deviates: anachronistic modern details ('excellent broadband', 'next-day delivery') undercut the timeless setting", [
        "broadband",
        "next-day",
        "anachronis",
      ]),
      pt(
        "p4",
        1,
        "Deviates: the 'pea' becomes a metaphor for consumer anxiety ('a tiny, nagging pea of a thought' / 'the best deal'); the effect is satire of online shopping",
        ["satire", "anxiety", "best deal"],
      ),
    ],
    answer:
      "Text K **adheres** to fairy-tale conventions in its formulaic opening ('Once upon a time, in a kingdom'), its storyteller's voice and its ritual repetition ('every night... every night'). It also alludes to a familiar tale: a girl who cannot sleep on a pile of mattresses because of a pea.\n\nIt **deviates** by inserting anachronistic modern details ('excellent broadband', 'next-day delivery'), which puncture the timeless setting for comic effect. Most importantly, the pea stops being a real object and becomes a metaphor: 'a tiny, nagging pea of a thought' about whether she has 'found the best deal'. The sensitive princess becomes an anxious consumer, so the familiar form is turned into satire of online shopping.",
  }),
  mcq({
    key: "3-1-04",
    topic: "3.1",
    difficulty: 2,
    paper: "P1",
    stem: "Which feature is a **convention** of the opinion column (op-ed) as a text type?",
    options: [
      "A byline and a clearly personal argued stance",
      "An impartial summary giving equal space to all sides",
      "Eyewitness quotations and a strictly chronological account",
      "A numbered list of sources in a bibliography",
    ],
    correct: "A",
    why: "Op-eds are signed (byline) and argue a personal, often provocative position; impartial balance and eyewitness reporting are conventions of news reports, and bibliographies of academic writing.",
  }),
  mcq({
    key: "3-2-01",
    topic: "3.2",
    difficulty: 3,
    paper: "P1",
    stem: "Which example best illustrates how the conventions of a text type **evolve over time**?",
    options: [
      "Letters giving way to emails and then messaging apps, with greetings and sign-offs shrinking or vanishing",
      "A classic novel being reprinted with a new cover for a new generation",
      "A newspaper printing the same crossword layout every day for decades",
      "A speech being translated into several languages for an international audience",
    ],
    correct: "A",
    why: "The move from letters to email to messaging shows conventions (formal greetings, sign-offs, length) changing with technology and social practice.",
  }),
  written({
    key: "3-2-02",
    topic: "3.2",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Compare and contrast",
    stem: `${AD_1950S}\n\n${AD_BOTTLE}\n\nCompare and contrast how Texts H and A use the conventions of print advertising, and comment on what this suggests about how those conventions have evolved.`,
    points: [
      pt("p1", 1, "Similarity: both use a short headline, direct address and imperative/slogan (e.g. 'Give HER...' / 'Drink deep. Tread light.')", [
        "headline",
        "imperative",
        "slogan",
      ]),
      pt(
        "p2",
        1,
        "Difference: Text H sells convenience and status within the family; Text A sells ethical/environmental identity ('You are one of millions')",
        ["convenience", "ethical", "identity"],
      ),
      pt("p3", 1, "Difference in addressee: H addresses a husband and assumes gender roles; A addresses an ungendered individual consumer", [
        "husband",
        "ungendered",
        "individual",
      ]),
      pt(
        "p4",
        1,
        "Evolution: core conventions persist but appeals shift with social values (from domestic ideals to sustainability); image-led minimal copy in A",
        ["evolve", "values", "persist"],
      ),
    ],
    answer:
      "**Similarities.** Both adverts use the core conventions of print advertising: a bold headline, direct address, short imperatives and a memorable closing slogan ('Every wife deserves a Brightwell' / 'Drink deep. Tread light.'). Both name the brand prominently.\n\n**Differences.** Text H addresses a husband ('when you come home') and sells convenience and domestic harmony within fixed gender roles. Text A addresses an ungendered 'you' and sells an ethical identity: the buyer becomes 'one of millions' making a difference. Text A also leans on a single, minimal image, while H relies on persuasive copy.\n\n**Evolution.** The basic toolkit of advertising has persisted, but the values it appeals to have changed with society: from the ideal home to sustainability and personal responsibility.",
  }),
  mcq({
    key: "3-3-01",
    topic: "3.3",
    difficulty: 3,
    paper: "P1",
    stem: `${SPEECH_FLOOD}\n\n${CHARITY_APPEAL}\n\nWhich technique do **both** Text D and Text L use?`,
    options: [
      "Rhetorical questions that address the audience directly",
      "Antithesis, setting a negative against a positive",
      "Statistics that show the scale of the problem",
      "Imperatives that call the audience to act",
    ],
    correct: "B",
    why: "Text D: 'It took our photographs, our furniture, our sleep. / It did not take our nerve.' Text L: 'You cannot give Amira her first word. But you can give her the page.' Both balance opposites (antithesis). Only Text L uses a statistic ('one book for every forty children') and an imperative ('Give today'); neither asks a rhetorical question.",
  }),
  written({
    key: "3-3-02",
    topic: "3.3",
    difficulty: 4,
    marks: 6,
    paper: "P1",
    term: "Compare",
    stem: `${SPEECH_FLOOD}\n\n${OPED_PHONES}\n\nCompare how Texts D and B use the first-person plural ('we', 'our', 'us') to position their audiences.`,
    points: [
      pt("p1", 1, "Text D: 'we/our' builds communal identity and solidarity among flood survivors ('our homes', 'our nerve')", [
        "solidarity",
        "community",
        "our homes",
      ]),
      pt("p2", 1, "Text D: 'We said: not here, not us, not again' contrasts the united community with the doubters ('Some said'), creating an in-group", [
        "in-group",
        "some said",
      ]),
      pt(
        "p3",
        1,
        "Text B: 'we' includes writer and adult readers as guilty parties ('we answer emails at the dinner table'), an inclusive but self-critical use",
        ["guilty", "self-critical", "dinner table"],
      ),
      pt("p4", 1, "Text B: 'ours' at the end turns the inclusive pronoun into a challenge to the reader", ["ours", "challenge"]),
      pt("p5", 1, "Similarity: both use the pronoun to build a shared identity and lower the distance between speaker/writer and audience", [
        "similar",
        "both",
        "shared",
      ]),
      pt("p6", 1, "Difference: D uses it to praise and celebrate; B uses it to share blame and persuade the audience to change", [
        "difference",
        "praise",
        "blame",
      ]),
    ],
    answer:
      "**Similarity.** Both texts use the first-person plural to close the distance between the speaker/writer and the audience, creating a shared identity.\n\n**Text D** uses 'we' and 'our' to build **solidarity**. Possessives ('our homes', 'our sleep', 'our nerve') present the loss and the courage as communal. The structure 'Some said... Some said... We said' sets the united community against doubters, making the audience an in-group whose resilience is now celebrated in 'this wall of steel and stone'.\n\n**Text B** uses 'we' to **share blame**. 'We tell our children... then we answer emails at the dinner table' places the writer among the guilty adults, which makes the criticism easier to accept. The final 'But start with ours' turns the inclusive pronoun into a direct challenge.\n\n**Difference.** D's 'we' praises and unites an audience that already agrees; B's 'we' unsettles an audience that expected to agree, persuading it to change.",
  }),
  mcq({
    key: "3-4-01",
    topic: "3.4",
    difficulty: 2,
    paper: "P2",
    stem: "Which statement best reflects a **critical** view of the notion of a 'classic' text, as explored in guiding question 3.4?",
    options: [
      "A classic is a work whose quality is self-evident to every reader in every age",
      "Classic status depends partly on who had the power to decide what is valued, so the canon can be questioned",
      "A classic's meaning stays the same whatever the context in which it is read",
      "A work becomes a classic purely through sales, so the bestseller list is the canon",
    ],
    correct: "B",
    why: "The canon is shaped by institutions and the values of those who formed it; asking whose works were included or excluded is central to questioning the notion of a classic.",
  }),
  written({
    key: "3-4-02",
    topic: "3.4",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain **two** criteria that might be used to call a literary work a 'classic', and **one** limitation of such criteria.",
    points: [
      pt("p1", 1, "Criterion 1, e.g. endurance: it continues to be read/performed long after publication", ["endur", "still read", "long after"]),
      pt("p2", 1, "Criterion 2, e.g. universality of themes / influence on later writers (many adaptations, allusions) / formal innovation", [
        "universal",
        "influence",
        "adapt",
        "innovat",
      ]),
      pt("p3", 1, "Each criterion briefly explained or exemplified (e.g. Shakespeare's plays are still staged and adapted worldwide)", [
        "example",
        "Shakespeare",
      ]),
      pt(
        "p4",
        1,
        "Limitation: the canon reflects who had power to publish and judge (e.g. fewer women/colonised writers were included) / 'universal' may mean the values of one culture",
        ["power", "excluded", "bias"],
      ),
    ],
    answer:
      "1. **Endurance:** a classic keeps being read, taught or performed long after its first audience has gone; Shakespeare's plays, for example, are still staged and adapted around the world.\n2. **Influence:** it shapes later writing: other texts allude to, parody or adapt it, so it becomes part of a shared cultural vocabulary.\n\n(Also acceptable: universal themes, formal innovation, complexity that rewards rereading.)\n\n**Limitation.** These criteria are not neutral. What 'endures' depended on who had the power to publish, review and set syllabuses, so women writers and writers from colonised cultures were often excluded; and themes called 'universal' may reflect the values of one culture.",
  }),
  mcq({
    key: "3-5-01",
    topic: "3.5",
    difficulty: 2,
    paper: "P1",
    stem: `${HEADLINES}\n\nWhat is the clearest difference in **perspective** between the two headlines?`,
    options: [
      "Newspaper 1 stresses disorder; Newspaper 2 stresses the cause and peaceful conduct",
      "Newspaper 1 supports the protesters' cause; Newspaper 2 questions it",
      "Newspaper 2 stresses the disruption; Newspaper 1 stresses the protesters' sheer numbers",
      "Both focus on the cause, but Newspaper 1 uses a more formal register",
    ],
    correct: "A",
    why: "'Chaos' and 'standstill' frame the protest as disorder; 'Thousands march peacefully for cleaner air' names the cause and stresses peaceful numbers.",
  }),
  written({
    key: "3-5-02",
    topic: "3.5",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${HEADLINES}\n\nAnalyse how the word choices in the two headlines of Text G create different perspectives on the same event.`,
    points: [
      pt("p1", 1, "Newspaper 1: 'CHAOS' has negative connotations of disorder/danger; capitals add alarm", ["chaos", "connotation", "capital"]),
      pt("p2", 1, "Newspaper 1: protesters are an impersonal cause of harm ('brings city to standstill'); focus on inconvenience to others", [
        "standstill",
        "inconvenience",
      ]),
      pt("p3", 1, "Newspaper 2: 'Thousands' and 'march' stress scale and purpose; 'peacefully' directly counters a chaos frame", [
        "thousands",
        "peacefully",
        "march",
      ]),
      pt("p4", 1, "Newspaper 2 names the cause ('for cleaner air'), legitimising the protest; Newspaper 1 omits the cause entirely", [
        "cause",
        "omit",
        "cleaner air",
      ]),
    ],
    answer:
      "**Newspaper 1** frames the protest as a problem. The abstract noun 'CHAOS', in capitals, connotes disorder and danger, and 'brings city to standstill' focuses on inconvenience to everyone else. The protesters are not people with a purpose but an abstraction that causes harm; the reason for the protest is **omitted**.\n\n**Newspaper 2** frames the same event sympathetically. 'Thousands' stresses scale and therefore public support; 'march' suggests purposeful, organised action; the adverb 'peacefully' directly rebuts the idea of chaos; and 'for cleaner air' names a cause most readers would consider reasonable. Sentence case looks calmer than capitals.\n\nThe comparison shows that selection and omission, as much as word choice, construct perspective.",
  }),
  mcq({
    key: "3-5-03",
    topic: "3.5",
    difficulty: 3,
    paper: "P1",
    stem: "A journalist describes the same people as 'migrants' in one article and as 'new neighbours' in another. The different labels mainly demonstrate:",
    options: [
      "that reporters must use the neutral terms their style guide requires",
      "that naming and labelling construct a perspective on a group",
      "that one of the two labels is factually inaccurate",
      "that the two articles are aimed at readers of different ages",
    ],
    correct: "B",
    why: "Labels carry connotations: 'new neighbours' stresses belonging and welcome, whereas 'migrants' stresses movement and difference, so naming constructs a perspective.",
  }),
  written({
    key: "3-6-01",
    topic: "3.6",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${AD_1950S}\n\n${AD_BOTTLE}\n\nExplain how reading Text H alongside Text A might **transform** a reader's interpretation of Text A.`,
    points: [
      pt("p1", 1, "Read alone, Text A may seem simply progressive/ethical", ["progressive", "ethical", "alone"]),
      pt(
        "p2",
        1,
        "Read with H, the shared persuasive machinery becomes visible: both turn a purchase into a moral or emotional good ('deserves' / 'thirsty for change')",
        ["shared", "purchase", "moral"],
      ),
      pt(
        "p3",
        1,
        "The comparison exposes that A, like H, sells an identity (the responsible consumer) and still asks the reader to buy something ('The last bottle you will ever buy')",
        ["identity", "consumer", "buy"],
      ),
      pt(
        "p4",
        1,
        "So the reader may become more sceptical/critical (e.g. 'greenwashing'), or see how values in ads change while the commercial purpose does not",
        ["sceptic", "greenwash", "critical"],
      ),
    ],
    answer:
      "On its own, Text A can look straightforwardly progressive: it criticises waste and asks readers to 'tread light'.\n\nRead beside Text H, its **persuasive machinery** becomes visible. Both adverts attach a moral or emotional good to a purchase: H promises a happy marriage, A promises that the buyer is 'one of millions' changing the world. Both sell an **identity** (the good husband, the responsible consumer) as much as an object. And A's most ethical-sounding line, 'The last bottle you will ever buy', is still a sales pitch.\n\nThe comparison may therefore make the reader more **sceptical** of environmental marketing, noticing that the values advertising appeals to change over time while its commercial purpose stays the same. Comparison has transformed the reading.",
  }),
  mcq({
    key: "3-6-02",
    topic: "3.6",
    difficulty: 2,
    paper: "P2",
    stem: "A novelist rewrites a nineteenth-century novel from the point of view of a minor servant character. This kind of rewriting is best described as:",
    options: [
      "a transformative retelling that offers a new perspective on the source text",
      "a pastiche that imitates the source's style without changing its perspective",
      "an abridgement that shortens the source for new readers",
      "a parody that mocks the source for comic effect",
    ],
    correct: "A",
    why: "Retelling a source from a marginal character's perspective transforms the original and invites readers to reinterpret it (intertextuality and transformation).",
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
    stem: `${AD_BOTTLE}\n\n'You are not one person. You are one of millions.' How does this line construct the reader's **identity**?`,
    options: [
      "As an isolated individual whose choices do not matter",
      "As part of a collective whose small choices add up to change",
      "As an expert who already knows the facts about plastic waste",
      "As a loyal customer who already owns a Tidewell bottle",
    ],
    correct: "B",
    why: "The contradiction ('not one person... one of millions') reframes the reader as part of a collective, so one purchase feels meaningful.",
  }),
  written({
    key: "c1-02",
    topic: "C.1",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${POST_5AM}\n\nExplain how the influencer constructs an online **identity** in Text E.`,
    points: [
      pt("p1", 1, "Relatable/ordinary: self-deprecating humour ('coffee was my whole personality', 'pure suffering')", [
        "relatable",
        "humour",
        "self-deprecat",
      ]),
      pt("p2", 1, "Aspirational/successful: transformation narrative ending in achievement ('finished a book, ran my first 5k')", [
        "aspirational",
        "transformation",
        "achievement",
      ]),
      pt("p3", 1, "Authentic/friendly voice through informal register, emoji and 'honestly??' (builds trust that supports the sponsored product)", [
        "authentic",
        "informal",
        "trust",
      ]),
      pt("p4", 1, "The handle and branding ('@mornings_with_mika') make identity a brand linked to a lifestyle", ["handle", "brand"]),
    ],
    answer:
      "Mika constructs an identity that is both **ordinary** and **aspirational**. Self-deprecating humour ('coffee was my whole personality') makes her relatable, while the transformation narrative ending in achievements ('ran my first 5k') makes her someone to imitate.\n\nThe informal register and emoji ('honestly??', '😳') give an **authentic**, friendly voice, which builds the trust that makes the sponsored product more persuasive. The handle '@mornings_with_mika' turns this persona into a brand.",
  }),
  mcq({
    key: "c2-01",
    topic: "C.2",
    difficulty: 2,
    paper: "P1",
    stem: "In the course, **culture** as a central concept is best understood as:",
    options: [
      "the arts of a society, especially its most respected literature, music and painting",
      "the shared values, beliefs, practices and ways of communicating of a group, which texts reflect and shape",
      "the official traditions and ceremonies a nation uses to define itself",
      "the customs of societies far from the reader's own",
    ],
    correct: "B",
    why: "Culture is the shared values, practices and communication of a group; texts reflect and help form it (see guiding questions 2.3 and 2.5).",
  }),
  written({
    key: "c2-02",
    topic: "C.2",
    difficulty: 3,
    marks: 2,
    paper: "P2",
    term: "Identify",
    stem: `${DRAMA_KITCHEN}\n\nIdentify **two** details in Text J that suggest a family culture in which feelings are left unspoken.`,
    points: [
      pt("p1", 1, "Ruth turns the teapot so the chipped side faces the wall: hiding damage/appearances kept up", ["teapot", "chipped"]),
      pt("p2", 1, "'Don't be silly. Go on. Go.' she denies wanting him to stay / dismisses the offer", ["don't be silly", "go"]),
      pt("p3", 1, "The pause and the humming fridge: silence filled with background noise instead of talk", ["pause", "fridge", "silence"]),
      pt("p4", 1, "Daniel's unfinished excuse 'Work's been...' / Ruth's dry repetition 'Work. Yes.' conveys hurt without stating it", ["work", "unfinished"]),
    ],
    answer:
      "Any two, e.g.:\n\n- Ruth turns the teapot so its chipped side faces the wall: small damage is hidden rather than mentioned.\n- She answers 'Do you want me to stay?' with 'Don't be silly. Go on. Go.', denying the loneliness the audience can see.\n- The pause filled only by the humming fridge, and Daniel's trailing excuse 'Work's been...', show that hurt is communicated indirectly.",
  }),
  mcq({
    key: "c3-01",
    topic: "C.3",
    difficulty: 2,
    paper: "P1",
    stem: "Which example best shows **creativity** in a non-literary text?",
    options: [
      "A bus timetable reorganised into clearer columns",
      "A road-safety campaign that rewrites a famous nursery rhyme to warn about phone use while crossing",
      "A food label listing ingredients by weight, as the law requires",
      "A complaint letter that follows a standard template closely",
    ],
    correct: "B",
    why: "Reworking a familiar form (a nursery rhyme) for a new purpose is a creative, intertextual choice; the other texts follow fixed functional conventions.",
  }),
  written({
    key: "c3-02",
    topic: "C.3",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Comment",
    stem: `${AD_BOTTLE}\n\nComment on the creativity of the slogan 'Drink deep. Tread light.'`,
    points: [
      pt("p1", 1, "Parallel structure (imperative verb + adjective/adverb ×2) makes it balanced and memorable", ["parallel", "balanced", "memorable"]),
      pt("p2", 1, "Antithesis 'deep'/'light' links enjoying the product with a small environmental footprint", ["antithesis", "deep", "light"]),
      pt(
        "p3",
        1,
        "'Tread light(ly)' echoes an idiom about minimal environmental impact / 'drink deep' echoes a literary phrase for enjoyment, giving the slogan an elevated, almost proverbial tone",
        ["idiom", "proverb", "footprint"],
      ),
      pt("p4", 1, "Monosyllables and alliteration of /d/ ('Drink deep') give a punchy rhythm", ["monosyllab", "alliteration", "rhythm"]),
    ],
    answer:
      "The slogan is creative in its compression. Two short **parallel imperatives** ('Drink deep. / Tread light.') make it balanced and easy to remember, and the monosyllables and alliteration of 'Drink deep' give a punchy rhythm.\n\nIts key move is the **antithesis** of 'deep' and 'light': the consumer can enjoy fully while leaving only a light footprint. 'Tread light' adapts the familiar idea of 'treading lightly' on the earth, while 'drink deep' has an elevated, almost proverbial ring, so a commercial message sounds like a piece of wisdom.",
  }),
  mcq({
    key: "c4-01",
    topic: "C.4",
    difficulty: 3,
    paper: "P2",
    stem: `${DRAMA_KITCHEN}\n\nRuth says 'Don't be silly. Go on. Go.' but does not move after Daniel leaves. What does the audience most likely infer?`,
    options: [
      "Ruth is relieved that Daniel has left",
      "Her words hide that she wanted him to stay (subtext)",
      "Ruth means what she says: she wants him to get back to work",
      "Ruth is too tired to see Daniel to the door",
    ],
    correct: "B",
    why: "The gap between her dismissive words and her stillness, with the untouched cup, creates subtext: meaning communicated beneath what is said.",
  }),
  mcq({
    key: "c4-02",
    topic: "C.4",
    difficulty: 2,
    paper: "P1",
    stem: "In communication, the **implied reader** (or ideal reader) of a text is:",
    options: [
      "the actual person reading the text at a given moment",
      "the reader the text seems to assume and address, with particular knowledge, values and expectations",
      "the readers the publisher's marketing set out to reach",
      "a reader who has studied the text closely more than once",
    ],
    correct: "B",
    why: "The implied reader is the audience a text constructs and assumes: the knowledge, attitudes and values it takes for granted. It is not any real reader, nor the market a publisher targets.",
  }),
  mcq({
    key: "c5-01",
    topic: "C.5",
    difficulty: 2,
    paper: "P2",
    stem: `${PROSE_ASTER}\n\nFrom which narrative perspective is Text I written?`,
    options: ["Third-person omniscient", "First-person narrator", "Second-person", "Third-person objective (dramatic)"],
    correct: "B",
    why: "'I want to say... I was a good neighbour' shows a first-person narrator who is a character in the story.",
  }),
  written({
    key: "c5-02",
    topic: "C.5",
    difficulty: 3,
    marks: 3,
    paper: "P1",
    term: "Explain",
    stem: `${BROCHURE_KELVARA}\n\nExplain how Text F could be rewritten to include the perspective of the islanders, and why this would change its meaning.`,
    points: [
      pt("p1", 1, "Include islanders' own voices (quotations, names, first-person testimony)", ["voice", "quotation", "names"]),
      pt("p2", 1, "Show contemporary, varied lives (e.g. fishing as modern work, young people, the effects of tourism) rather than a timeless past", [
        "contemporary",
        "modern",
        "varied",
      ]),
      pt(
        "p3",
        1,
        "Meaning changes: islanders become subjects with agency rather than scenery for the tourist; the stereotype of 'simple people' is challenged",
        ["agency", "subject", "stereotype"],
      ),
    ],
    answer:
      "The brochure could **quote named islanders** about their work and their island, and show varied, contemporary lives (a young fisher using modern equipment, a family running a guesthouse, the effect of tourism on prices), rather than only 'grandfathers' and goats.\n\nThis would change the meaning: the islanders would become **subjects with agency** who describe themselves, not a picturesque backdrop for 'your authentic island escape', and the stereotype of 'a simple people' would be challenged.",
  }),
  mcq({
    key: "c6-01",
    topic: "C.6",
    difficulty: 2,
    paper: "P2",
    stem: "Which of the following is an example of **transformation** in the sense used by the course?",
    options: [
      "A reader changing their view of a social issue after reading a novel",
      "A publisher reissuing a novel unchanged with a new cover",
      "A reader summarising a novel's plot accurately for a friend",
      "A writer keeping to every convention of a familiar genre without any variation",
    ],
    correct: "A",
    why: "Transformation covers how texts transform readers (and how texts transform other texts, e.g. adaptation); a change in a reader's views is a clear example.",
  }),
  written({
    key: "c6-02",
    topic: "C.6",
    difficulty: 3,
    marks: 2,
    paper: "P1",
    term: "Identify",
    stem: `${PARODY_FAIRYTALE}\n\nIdentify **two** ways in which Text K transforms its source tale.`,
    points: [
      pt("p1", 1, "Setting updated: the kingdom has 'excellent broadband' / mattresses ordered with 'next-day delivery'", ["broadband", "delivery"]),
      pt("p2", 1, "The pea becomes a metaphor ('a nagging pea of a thought') for consumer anxiety", ["metaphor", "thought"]),
      pt("p3", 1, "Genre/purpose changed: from a children's tale to adult satire in a blog post", ["satire", "blog", "genre"]),
    ],
    answer:
      "Any two: the setting is modernised ('a kingdom with excellent broadband', mattresses with 'next-day delivery'); the physical pea becomes a metaphor for a 'nagging' thought about finding 'the best deal'; the genre and purpose change from a children's tale to satire in a blog post.",
  }),
  mcq({
    key: "c7-01",
    topic: "C.7",
    difficulty: 2,
    paper: "P1",
    stem: "The central concept of **representation** is concerned with:",
    options: [
      "how a text presents events through a particular narrator's or speaker's point of view",
      "how texts portray people, places and events, and how a text relates to the reality it claims to show",
      "how texts change their readers, or rework and alter other texts",
      "the imaginative and original use of language and form by writers",
    ],
    correct: "B",
    why: "Representation is about how texts portray reality (people, groups, places, events) and whether and how they can do so faithfully. The other options describe perspective, transformation and creativity.",
  }),
  written({
    key: "c7-02",
    topic: "C.7",
    difficulty: 3,
    marks: 4,
    paper: "P1",
    term: "Analyse",
    stem: `${CHARITY_APPEAL}\n\nAnalyse how Amira is **represented** in Text L.`,
    points: [
      pt("p1", 1, "Represented as an individual with a name and age ('Amira is nine'), not an anonymous victim", ["name", "individual"]),
      pt("p2", 1, "Represented as capable/knowledgeable ('can name every bird in her village'): strength, not only need", ["capable", "birds", "knowledge"]),
      pt("p3", 1, "Need represented through contrast 'but she cannot read their names' / the ratio 'one book for every forty children'", [
        "contrast",
        "cannot read",
        "forty",
      ]),
      pt("p4", 1, "Agency preserved: 'You cannot give Amira her first word' (she will learn herself); but she has no voice: she is spoken for by the charity", [
        "agency",
        "spoken for",
        "voice",
      ]),
    ],
    answer:
      "Amira is represented as an **individual** ('Amira is nine'), which personalises the appeal. Unusually for charity texts, she is first shown through a **strength**: she 'can name every bird in her village', suggesting intelligence and a rich local knowledge.\n\nHer need is then introduced by **contrast**: 'but she cannot read their names', and generalised with the ratio 'one book for every forty children'.\n\nThe leaflet preserves some **agency** ('You cannot give Amira her first word'), avoiding a saviour narrative. Yet she never speaks: the charity speaks for her, so the representation is still controlled by the organisation seeking money.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Texts studied: literary forms and non-literary text types
// ─────────────────────────────────────────────────────────────────────────────
const textsStudied: QuestionInput[] = [
  mcq({
    key: "t1-01",
    topic: "T.1",
    difficulty: 1,
    paper: "P2",
    stem: "The IB Language and Literature course groups literary works into four literary forms. Which list is correct?",
    options: [
      "Prose fiction, prose non-fiction, poetry, drama",
      "Narrative, lyric, dramatic and expository writing",
      "Poetry, blogs, speeches, letters",
      "Tragedy, comedy, satire, romance",
    ],
    correct: "A",
    why: "The four literary forms are prose fiction, prose non-fiction, poetry and drama; blogs and speeches are non-literary text types, narrative and lyric are modes of writing rather than the course's forms, and tragedy/comedy are genres.",
  }),
  mcq({
    key: "t1-02",
    topic: "T.1",
    difficulty: 2,
    paper: "P2",
    stem: `${DRAMA_KITCHEN}\n\nThe instructions in brackets such as '(Pause. The fridge hums.)' are called:`,
    options: ["asides", "stage directions", "soliloquies", "footnotes"],
    correct: "B",
    why: "Stage directions tell performers and readers about setting, action, sound and lighting; an aside and a soliloquy are spoken by characters.",
  }),
  written({
    key: "t1-03",
    topic: "T.1",
    difficulty: 3,
    marks: 4,
    paper: "P2",
    term: "Analyse",
    stem: `${DRAMA_KITCHEN}\n\nAnalyse how the **stage directions** in Text J contribute to the extract's meaning.`,
    points: [
      pt("p1", 1, "Opening setting (small kitchen, night; Daniel already in his coat) establishes intimacy and that he is about to leave", [
        "coat",
        "night",
        "setting",
      ]),
      pt("p2", 1, "Turning the teapot's chipped side to the wall symbolises hiding damage/pain and keeping up appearances", ["teapot", "symbol", "hide"]),
      pt("p3", 1, "The pause and the humming fridge make silence audible: loneliness and what is unsaid", ["pause", "fridge", "silence"]),
      pt("p4", 1, "Final image (she does not move; lights fade on two cups, one untouched) conveys loneliness/abandonment visually without dialogue", [
        "untouched",
        "cups",
        "fade",
        "lonel",
      ]),
    ],
    answer:
      "The opening direction places Daniel 'by the door with his coat on' before he speaks: his departure is already decided, which gives Ruth's lines their edge.\n\nRuth turning the teapot 'so its chipped side faces the wall' is a small **symbolic** action: she hides the damage, as she hides her hurt.\n\n'(Pause. The fridge hums.)' makes **silence** audible: a mechanical noise fills the space where conversation should be.\n\nThe ending is purely visual: she 'does not move' and the lights fade on 'two cups, one untouched'. The untouched cup suggests the visit was hardly a visit, and the stillness shows her loneliness more powerfully than any line could.",
  }),
  mcq({
    key: "t1-03b",
    topic: "T.1",
    difficulty: 3,
    paper: "P2",
    stem: "A character in a play speaks alone on stage, revealing private thoughts directly to the audience. This is called a:",
    options: ["soliloquy", "monologue addressed to another character", "chorus", "prologue"],
    correct: "A",
    why: "A soliloquy is spoken by a character alone (or believing themselves alone), revealing inner thoughts to the audience; a monologue may be addressed to other characters.",
  }),
  mcq({
    key: "t2-01",
    topic: "T.2",
    difficulty: 1,
    paper: "P1",
    stem: "Which of the following is a **non-literary** text type that could appear on Paper 1?",
    options: ["A dramatic monologue", "An infographic", "A short story", "A tragedy"],
    correct: "B",
    why: "Paper 1 uses unseen non-literary texts such as infographics, advertisements, speeches and articles; dramatic monologues, short stories and tragedies are literary.",
  }),
  mcq({
    key: "t2-02",
    topic: "T.2",
    difficulty: 2,
    paper: "P1",
    stem: "In the course, a **body of work** (for non-literary study) is best described as:",
    options: [
      "a single extended non-literary text, such as a long magazine feature",
      "a collection of non-literary texts by one author or producer, such as a series of campaign posters",
      "a set of literary works by different writers on a shared theme",
      "a collection of texts by different producers on one global issue",
    ],
    correct: "B",
    why: "A body of work is a set of non-literary texts produced by the same author or producer (e.g. an ad campaign, a cartoonist's strips), used in the individual oral.",
  }),
  written({
    key: "t2-03",
    topic: "T.2",
    difficulty: 2,
    marks: 3,
    paper: "P1",
    term: "Identify",
    stem: `${SPEECH_FLOOD}\n\nIdentify **three** features that mark Text D as a speech written to be spoken aloud.`,
    points: [
      pt("p1", 1, "Vocative/direct address to the audience ('Friends, neighbours, people of Marrow Bay')", ["vocative", "friends", "address"]),
      pt("p2", 1, "Tricolon / rule of three ('our photographs, our furniture, our sleep' / 'not here, not us, not again')", ["tricolon", "three"]),
      pt("p3", 1, "Short sentences / pauses for effect ('It did not take our nerve.')", ["short sentence", "pause"]),
      pt("p4", 1, "Repetition/anaphora ('Some said... Some said...')", ["repetition", "anaphora"]),
      pt("p5", 1, "Deictic reference to the shared occasion ('Today this wall...')", ["today", "deictic", "occasion"]),
    ],
    answer:
      "Any three, e.g.: the opening **vocative** 'Friends, neighbours, people of Marrow Bay'; **tricolons** such as 'not here, not us, not again'; **short sentences** for pauses and emphasis ('It did not take our nerve.'); **anaphora** ('Some said... Some said...'); and **deictic** reference to the occasion ('Today this wall of steel and stone').",
  }),
  mcq({
    key: "t2-04",
    topic: "T.2",
    difficulty: 3,
    paper: "P1",
    stem: `${CHARITY_APPEAL}\n\nWhich of the following is a conventional feature of the charity appeal that Text L uses?`,
    options: [
      "Costed giving options showing what a donation buys",
      "A first-person testimonial quoted from a named beneficiary",
      "An endorsement from a well-known celebrity supporter",
      "A breakdown of how much of each donation goes on administration",
    ],
    correct: "A",
    why: "'Twenty euros buys a shelf of stories. Fifty euros trains a volunteer teacher' shows the convention of costed giving options, which make a donation feel concrete. Amira is named and described but never quoted, and the leaflet has no celebrity endorsement or breakdown of costs.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 1: guided textual analysis (20 marks)
// ─────────────────────────────────────────────────────────────────────────────
const p1Intro = "Write a guided analysis of the text below (Paper 1 style; 20 marks).";

const paperOne: QuestionInput[] = [
  written({
    key: "p1-bottle",
    topic: "1.3",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${AD_BOTTLE}\n\n**Guiding question:** How do the visual and verbal elements of the advertisement work together to persuade its audience?`,
    points: paper1(
      "recognises the purpose (to sell a reusable bottle by appealing to environmental conscience) and the target audience (environmentally aware consumers); interprets the ad's suggestion that buying is an ethical act",
      "analyses the pun in the headline, hyperbole ('a mountain of plastic', 'the last bottle you will ever buy'), the tricolon of tests, direct address and the collective identity ('one of millions'), the slogan's antithesis, and the anchored image (single upright blue bottle, empty beach)",
      "a clear thesis about how image and text combine; paragraphs organised by strategy rather than line by line; links back to the guiding question",
      "uses terms such as pun, hyperbole, anchorage, connotation, antithesis precisely in a formal analytical register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Purpose and audience: sells a product by selling an ethical identity to environmentally aware consumers.\n- The headline pun ('thirsty for change') fuses product and cause.\n- Hyperbole contrasts the waste ('a mountain of plastic') with the product's permanence ('the last bottle you will ever buy').\n- The tricolon 'a desk, a bike rack, a mountain' escalates to prove durability, echoing the earlier 'mountain'.\n- 'You are not one person. You are one of millions.' turns individual purchase into collective action.\n- The slogan's antithesis (deep/light) reconciles pleasure and responsibility.\n- The image (one upright blue bottle on an empty beach) visualises the promise; the copy anchors it as hope.\n- Evaluation: the ad hides the tension that it still asks the reader to consume.\n\n**Model answer (extract)**\n\nThe Tidewell advertisement sells a steel bottle by selling its reader a better self. Its headline, 'STILL THIRSTY FOR CHANGE?', is a pun: 'thirsty' belongs to the product (a drink) and to the cause (a desire), and 'change' means both swapping bottles and changing the world. The rhetorical question assumes the answer is yes, placing the reader among those who want change before any argument has been made.\n\nThe body copy then sets up a contrast in scale. The hyperbolic 'mountain of plastic bottles' that is 'bought, emptied and thrown away' (a tricolon that mimics the speed of waste) is answered by a product that lasts. The list of things the bottle 'survives' ('a desk, a bike rack, a mountain') escalates comically, and the return of 'mountain' quietly turns the symbol of waste into a symbol of adventure.\n\nThe pivotal lines 'You are not one person. You are one of millions.' contradict themselves on purpose. They answer the reader's likely objection (what difference can I make?) by redefining the reader as part of a collective. The final slogan, 'Drink deep. Tread light.', condenses this into two balanced imperatives whose antithesis promises that enjoyment and responsibility need not conflict.\n\nThe image completes the argument. A single blue bottle, standing upright on an empty white beach, is the visual opposite of the mountain: one object instead of millions, a clean shore instead of litter. Without the copy the emptiness might seem bleak; anchored by 'Tread light', it reads as a promise. Yet a critical reader may notice that the ad's ethical language still serves one purpose: to make another purchase feel like the end of purchasing.",
  }),
  written({
    key: "p1-oped",
    topic: "1.6",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${OPED_PHONES}\n\n**Guiding question:** How does the writer attempt to change the reader's view of school phone bans?`,
    points: paper1(
      "understands the argument (bans treat symptoms; adult behaviour shapes children's habits) and the implied audience (parents and adult readers who may support bans); notices the turn that makes the reader the target",
      "analyses the metaphor 'a plaster on a broken leg', the inclusive and self-critical 'we', parallel sentences exposing hypocrisy, the simile 'as if a habit could be locked in a drawer', ethos from nineteen years of teaching and the tricolon of technological change, and the concessive ending 'by all means... But start with ours'",
      "organised around the writer's persuasive strategy (concession, accusation, authority, challenge) with a sustained focus on changing the reader's view",
      "accurate terminology (metaphor, ethos, concession, parallelism) and a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Text type: an opinion column with a personal voice and provocative thesis.\n- The opening 'Let us be honest with ourselves' builds intimacy and assumes shared guilt.\n- The metaphor 'a plaster on a broken leg' frames bans as superficial treatment of a serious injury.\n- Parallel sentences ('We tell... then we answer'; 'We confiscate... and hand them back') expose adult hypocrisy and the arbitrariness of rules.\n- Ethos: 'I have taught for nineteen years'; the chain 'chalk... whiteboards... tablets' shows long experience of change.\n- The key claim is generalised into an aphorism: no rule changes 'a culture that the adults refuse to change first'.\n- The ending concedes ('by all means, collect the phones') and then reverses ('But start with ours'): the reader becomes the subject of the ban.\n- Evaluation: persuasive through honesty and inclusivity, but relies on anecdote, not data.\n\n**Model answer (extract)**\n\nThe writer's strategy is to let readers agree, and then turn the agreement against them. The opening imperative 'Let us be honest with ourselves' uses the inclusive 'us', so that what follows sounds like a confession rather than an attack. The central metaphor, 'a plaster on a broken leg', concedes that the ban does something while insisting it treats the wrong injury.\n\nThe second and third sentences are built on parallelism that exposes hypocrisy: 'We tell our children that screens are rotting their attention, then we answer emails at the dinner table.' The domestic detail of the dinner table is damning because it is ordinary. The simile 'as if a habit could be locked in a drawer' mocks the idea that behaviour can be confiscated.\n\nAuthority comes from experience: 'I have taught for nineteen years.' The short history 'chalk... whiteboards... tablets' presents the writer as someone who has watched technology change without panicking, which makes the aphoristic conclusion, that no rule changes a culture the adults refuse to change, sound earned.\n\nThe ending completes the turn. 'So, by all means, collect the phones' is a concession, but the final short sentence, 'But start with ours', makes the adult reader the one to be disciplined. The column is persuasive because it implicates its writer too, though a sceptical reader might note that it offers anecdote rather than evidence.",
  }),
  written({
    key: "p1-speech",
    topic: "T.2",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${SPEECH_FLOOD}\n\n**Guiding question:** How does the speaker use language to unite the community?`,
    points: paper1(
      "recognises the occasion (opening a flood barrier), purpose (to celebrate and unite) and audience (residents who suffered the flood); interprets the barrier as a symbol of collective resilience",
      "analyses the vocative opening, personification of the river and the wall, the tricolon with climax ('our sleep'), antithesis ('It took... It did not take our nerve'), anaphora 'Some said', the triple negative 'not here, not us, not again' and the first-person plural",
      "moves logically from the memory of the flood to the present celebration, mirroring the speech's own structure",
      "precise terms (vocative, personification, antithesis, tricolon, anaphora) used in a clear analytical register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Occasion and audience: a celebratory civic speech to survivors.\n- The vocative 'Friends, neighbours, people of Marrow Bay' widens from personal to civic, including everyone.\n- The river is personified as an intruder and thief ('came into our homes', 'took').\n- The tricolon builds from objects to the abstract ('our sleep'), then antithesis reverses it: 'It did not take our nerve.'\n- Anaphora 'Some said...' creates opponents, against which 'We said' defines the community.\n- 'not here, not us, not again': a rhythmic, chantable tricolon of refusal.\n- The final sentence personifies the barrier: it 'says it with us', joining the community.\n- Structure: past loss → resistance → present triumph.\n\n**Model answer (extract)**\n\nThe mayor's speech turns a shared disaster into a shared identity. It opens with a vocative that widens its circle: 'Friends, neighbours, people of Marrow Bay' moves from the personal to the civic, so that no listener is left out.\n\nThe flood is remembered through personification. The river 'came into our homes' like an intruder and 'took our photographs, our furniture, our sleep'. This tricolon moves from the replaceable to the precious and finally to the abstract, so the climax, 'our sleep', names the lasting fear. The next sentence reverses it through antithesis: 'It did not take our nerve.' The repetition of 'take' makes the community's courage the one thing the river could not steal.\n\nThe anaphora 'Some said... Some said...' creates anonymous doubters, against which 'We said' defines the town as one voice. Its words, 'not here, not us, not again', form a rhythmic triple refusal, easy to remember and almost chant-like.\n\nThe last sentence personifies the barrier too: 'this wall of steel and stone says it with us'. The alliterative 'steel and stone' gives it solidity, and 'with us' makes the structure a member of the community. The speech's structure, from loss to resistance to triumph, enacts the unity it celebrates.",
  }),
  written({
    key: "p1-post",
    topic: "1.4",
    difficulty: 3,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${POST_5AM}\n\n**Guiding question:** How does the post combine personal storytelling and advertising?`,
    points: paper1(
      "understands that the post is a sponsored personal narrative; interprets the blurring of authentic self-presentation and commerce, and the implied audience (young followers interested in self-improvement)",
      "analyses informal register, emoji and typography, the day-by-day transformation narrative, hedged persuasion ('not saying u HAVE to... but also ✨you could✨'), the parenthetical placement of the sponsor and discount code, and the hashtags including '#ad'",
      "structured around the tension between story and sales, with a clear line of argument",
      "accurate, varied language; terms such as register, persona, hedging, sponsorship disclosure",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Text type: a social media thread, sponsored but framed as personal experience.\n- Informal register, lower case and emoji create an authentic, friend-like persona.\n- The transformation narrative (day 1-3 'pure suffering' → day 30 achievements) follows a before-and-after advertising structure.\n- Self-deprecating humour builds trust.\n- Hedging ('not saying u HAVE to… but also ✨you could✨') persuades while denying pressure.\n- The sponsor appears in parentheses, as an afterthought, but with a discount code: commerce is embedded in the story.\n- '#ad' discloses the sponsorship at the very end, among other hashtags.\n- Evaluation: the blending makes the advertising more persuasive and harder to notice.\n\n**Model answer (extract)**\n\nMika's post presents itself as a diary and functions as an advertisement. The informal register ('ok so', 'honestly??', 'u') and lower-case typing imitate speech, constructing a persona who is a friend rather than a salesperson. Self-deprecating humour ('coffee was my whole personality') lowers the reader's guard.\n\nThe thread format ('1/5') and dated stages form a transformation narrative: suffering on days 1-3, clarity by day 10, and a list of achievements on day 30 ('finished a book, ran my first 5k, zero 3pm slump'). This is the classic before-and-after structure of advertising, disguised as life writing.\n\nThe persuasion is hedged: 'not saying u HAVE to do this… but also ✨you could✨'. Capitalised 'HAVE' denies pressure while the sparkles make the invitation glamorous. Only then is the product introduced, in parentheses, as if an afterthought: 'my morning blend from @KettleAndCo helped a LOT'. The parentheses minimise the commercial message, while the discount code makes it actionable.\n\nThe disclosure '#ad' comes last, grouped with lifestyle hashtags, so it is technically present but visually absorbed into the community labels. The post's power lies in this blending: the story makes the sponsor credible, and the sponsor quietly turns the story into a sales pitch.",
  }),
  written({
    key: "p1-brochure",
    topic: "2.3",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${BROCHURE_KELVARA}\n\n**Guiding question:** How does the brochure represent Kelvara and its people, and for whom?`,
    points: paper1(
      "understands the purpose (to sell holidays) and the implied audience (stressed urban tourists); interprets the representation of islanders as timeless, simple and content, and evaluates its exoticism",
      "analyses imperatives and the pun/parallelism 'Step off... step back in time', adjectives 'unspoilt' and 'authentic', the humorous hyperbole of the goat, the tricolon of negatives 'no deadlines, no noise, no worries', the collective 'a simple people', and the absence of islanders' voices",
      "organised around the question of representation and audience, not a line-by-line paraphrase",
      "precise terms (representation, exoticism, stereotype, connotation, implied reader) in a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Purpose and implied reader: a sales text for tourists who want escape from modern stress.\n- 'Step off the ferry and step back in time': parallel imperatives that equate travel in space with travel in time.\n- 'Unspoilt' and 'authentic' suggest the island's value lies in not changing.\n- 'smiling villagers still fish as their grandfathers did': the islanders are content, traditional and static.\n- The goat joke is charming but presents the island as comically underdeveloped.\n- The tricolon 'no deadlines, no noise, no worries' defines the island by what the tourist lacks at home.\n- 'a simple people' is a patronising collective stereotype; no islander is named or quoted.\n- Evaluation: the representation serves the tourist's fantasy; the brochure reveals more about its audience than about Kelvara.\n\n**Model answer (extract)**\n\nThe brochure represents Kelvara as a place outside time, and it does so for a reader who wants to leave time behind. The opening parallel imperatives, 'Step off the ferry and step back in time', merge a journey in space with a journey into the past. The adjectives 'unspoilt' and 'authentic' imply that the island's worth depends on its not changing.\n\nThe islanders are part of this scenery. 'Smiling villagers still fish as their grandfathers did': the adverb 'still' presents tradition as survival, and the smile guarantees that they are content with it. The comic hyperbole of the goat as 'the only traffic jam' is charming, but it also casts the island as quaintly backward.\n\nThe tricolon of negatives, 'no deadlines, no noise, no worries', reveals the implied reader: someone exhausted by modern work, for whom Kelvara is defined by absence. The climax, 'a simple people who have never forgotten how to live', flatters the islanders while reducing them to a single collective noun and a single virtue. None is named; none speaks.\n\nThe final imperative, 'Book your authentic island escape today', shows whose island this really is. The brochure sells an experience of Kelvara that the tourist consumes, and its representation tells us more about the desires of the visitor than about the lives of its people.",
  }),
  written({
    key: "p1-charity",
    levels: HL,
    topic: "C.7",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro} (HL Paper 1 contains two such passages, each answered separately.)\n\n${CHARITY_APPEAL}\n\n**Guiding question:** How does the appeal persuade readers to give while attempting to respect the person it represents?`,
    points: paper1(
      "understands the persuasive purpose and the ethical problem of representing a child in need; interprets how the text balances emotion with dignity, and evaluates where it succeeds or fails",
      "analyses the named individual, the strength-then-need structure ('can name... but she cannot read'), the striking ratio, costed options with parallel syntax, the closing antithesis that preserves agency, direct address and the imperative call to action",
      "organised around persuasion and representation, building to an evaluative conclusion",
      "precise terminology (pathos, logos, antithesis, agency, representation) and a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Purpose: to raise donations for literacy; audience: potential donors.\n- Pathos through a named child; respect through beginning with her knowledge ('every bird in her village').\n- The contrast 'but she cannot read their names' turns her strength into the need.\n- Logos: the ratio 'one book for every forty children'; costed giving options in parallel sentences make donation concrete.\n- The closing antithesis 'You cannot give Amira her first word. But you can give her the page it is written on.' limits the donor's role and preserves her agency.\n- Direct address and imperative 'Give today' drive action.\n- Evaluation: more respectful than 'saviour' appeals, but Amira still has no voice and stands for a whole population.\n\n**Model answer (extract)**\n\nThe appeal faces a familiar dilemma: it needs the reader's pity, but pity can diminish the person it is aimed at. Its first sentence tries to solve this. 'Amira is nine' gives a name and an age, and the next clause shows a strength before a need: she 'can name every bird in her village'. Only then does the contrast arrive: 'but she cannot read their names'. The need is defined by her ability, which makes the lack seem unjust rather than pitiable.\n\nThe appeal then moves to logos. 'One book for every forty children' turns one story into a system, and the costed options in parallel sentences ('Twenty euros buys... Fifty euros trains...') make the gift concrete and manageable.\n\nThe most careful moment is the closing antithesis. 'You cannot give Amira her first word' refuses the donor a saviour role: learning will be her achievement. 'But you can give her the page it is written on' names a real but modest contribution. The imperative 'Give today' then turns the emotion into action.\n\nYet the leaflet's respect has limits. Amira never speaks; she is described, selected and framed by the organisation that needs the reader's money, and she stands for 'every forty children'. The text represents her more respectfully than many appeals, but it still represents her for someone else's purpose.",
  }),
  written({
    key: "p1-headlines",
    levels: HL,
    topic: "3.5",
    difficulty: 5,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro} (HL practice: a short text that rewards close attention.)\n\n${HEADLINES}\n\n**Guiding question:** How do the two headlines construct different perspectives on the same event?`,
    points: paper1(
      "understands that both headlines report one event but frame it oppositely; interprets the likely values and readerships of each paper, and recognises that omission is as significant as inclusion",
      "analyses lexis and connotation ('CHAOS', 'standstill' vs 'Thousands', 'march', 'peacefully', 'for cleaner air'), grammatical agency (who does what to whom), typography (capitals vs sentence case), and what each leaves out",
      "a sustained comparison with a clear thesis about framing, not two separate descriptions",
      "accurate terms (framing, connotation, agency, omission, nominalisation) in a clear register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- The same event is framed as disorder (1) or civic action (2).\n- 'CHAOS' is an abstract noun with no agents: the protesters disappear into an effect.\n- 'brings city to standstill': the city (everyone else) is the victim; the cause is omitted.\n- 'Thousands march peacefully': human agents, a purposeful verb and an adverb that pre-empts the chaos frame.\n- 'for cleaner air' names a sympathetic cause, legitimising the protest.\n- Capitals vs sentence case: alarm vs calm.\n- Each headline implies a readership and values (order/commuters vs environmental concern).\n- Evaluation: neither is neutral; both select, and the reader must seek the omitted facts.\n\n**Model answer (extract)**\n\nThe two headlines report a single event, yet a reader of only one would imagine a different day. Newspaper 1 frames the protest as disorder. Its grammatical subject is the abstract noun 'CHAOS', so the protesters vanish into an effect, and 'brings city to standstill' makes the city, the commuters and workers who are the paper's implied readers, into victims. The capitals heighten alarm. Most tellingly, the headline omits why anyone was protesting.\n\nNewspaper 2 restores both the people and the purpose. 'Thousands' emphasises scale and implies support; 'march' is purposeful and orderly; 'peacefully' answers a charge that has not yet been made in its own pages, showing awareness of the competing frame. The prepositional phrase 'for cleaner air' names a cause few readers could object to. Sentence case gives the line a calmer voice.\n\nThe comparison shows that framing works through grammar and omission as well as vocabulary. Neither headline is neutral: each selects the facts that fit its readers' values, and only reading them together reveals the event's complexity.",
  }),
  written({
    key: "p1-1950s",
    levels: HL,
    topic: "2.6",
    difficulty: 4,
    marks: 20,
    paper: "P1",
    term: "Analyse",
    stem: `${p1Intro}\n\n${AD_1950S}\n\n**Guiding question:** How does the advertisement construct gender roles, and how might a present-day reader respond?`,
    points: paper1(
      "understands the persuasive purpose, the addressee (the husband as buyer) and the gender ideology; interprets the difference between the original and present-day contexts of reception",
      "analyses the imperative and capitalised 'HER', the diminutive 'the little woman', the division of domestic and working spheres, 'look lovely', the parallel closing sentences and the concept of the product as a gift",
      "organised around the construction of roles and the shift in reception, with a clear line of argument",
      "precise terms (addressee, diminutive, parallelism, ideology, context of reception) in a formal register",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- The addressee is the husband: he buys, she receives.\n- 'Give HER': imperative plus capitals make her the object of his gift.\n- 'the little woman': a diminutive that belittles.\n- Spheres divided: her 'washday' vs his coming 'home' from work.\n- Her free time is for appearance: 'to look lovely when you come home'.\n- Closing parallelism looks balanced but prioritises the husband's happiness.\n- Present-day readers are likely to find it patronising; its meaning shifts from persuasion to historical evidence, even comedy.\n- Evaluation: the ad sells a machine by selling a domestic ideal.\n\n**Model answer (extract)**\n\nThe advertisement sells a washing machine by selling a picture of marriage. Its addressee is clear from the first word: the imperative 'Give' speaks to the husband, the assumed decision-maker, while 'HER', in capitals, is the object of his generosity. She is spoken about, never to.\n\nThe copy divides the spheres. The machine 'does the hard work' of 'washday', her domain, while 'you' (the husband) 'come home', implicitly from paid work. The time saved is not given to her for her own use but 'to look lovely' for him, and the diminutive 'the little woman' belittles her even as it seems affectionate.\n\nThe closing parallel sentences appear to balance the couple: 'Every wife deserves a Brightwell. Every husband deserves a happy wife.' But the second reveals the logic of the first: her happiness is valuable because it serves his.\n\nFor its first readers this may have seemed modern and caring. A present-day reader, in a different context of reception, is likely to read it as patronising and even comic, and to treat it as evidence of past gender ideology rather than as persuasion. The text has not changed; its meaning has.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Paper 2: comparative essay (30 marks)
// ─────────────────────────────────────────────────────────────────────────────
const p2Intro =
  "Answer with reference to **two** literary works you have studied (Paper 2 style; 30 marks). Do not use works you studied as non-literary texts.";

const paperTwo: QuestionInput[] = [
  written({
    key: "p2-power",
    topic: "C.7",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nIn what ways and to what effect do two works you have studied represent the abuse of power?`,
    points: paper2(
      "shows accurate knowledge of how power is held and abused in both works (who has it, how it is exercised, its costs) and interprets what each work suggests about power",
      "compares the authors' choices (e.g. structure, point of view, dramatic irony, imagery, characterisation) and their effects, evaluating similarities and differences rather than listing them",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis that compares, e.g. 'Both works show power corrupting those who seize it, but one dramatises the abuser's inner collapse while the other shows its effect on the powerless.'\n- Knowledge of who holds power in each work and how it is abused (violence, deception, social or economic control).\n- Analysis of form: e.g. soliloquy and dramatic irony in a play vs narrative voice or free indirect discourse in a novel.\n- Analysis of imagery/motifs linked to power (e.g. blood, sleep, clothing, money).\n- Consideration of context (e.g. beliefs about kingship, class, law) where it illuminates the works.\n- Integrated comparison in every paragraph; a conclusion that evaluates the effect on the reader.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Shakespeare's *Macbeth* and Dickens's *Oliver Twist*.\n\n1. **Introduction.** Both works show power abused, but *Macbeth* focuses on the inner cost to the usurper, while *Oliver Twist* focuses on institutions abusing the powerless.\n2. **Seizing power vs holding it institutionally.** Macbeth takes power by murder; his soliloquies let the audience watch his conscience decay (e.g. his vision of a dagger before killing Duncan). In *Oliver Twist* power is held by officials of the workhouse system, and the narrator's irony exposes their self-importance when Oliver asks for more food.\n3. **Form and perspective.** Dramatic soliloquy places the audience inside the abuser's mind; Dickens's intrusive, satirical narrator stands beside the victim and invites outrage.\n4. **Imagery and motif.** Blood and sleeplessness in *Macbeth* vs hunger and physical smallness in *Oliver Twist*: both make abstract power physical.\n5. **Consequences.** Macbeth's tyranny destroys him and Scotland; Dickens's villains are punished, but the system largely persists, a more unsettling ending.\n6. **Conclusion.** Tragedy shows power corrupting the individual; social satire shows it corrupting society: together they suggest that the abuse of power harms both the abuser and the abused.",
  }),
  written({
    key: "p2-setting",
    topic: "1.5",
    difficulty: 3,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nCompare how two works you have studied use setting to shape the reader's or audience's understanding of character.`,
    points: paper2(
      "shows precise knowledge of key settings in both works and interprets how they reveal or shape character (confinement, freedom, class, social expectations)",
      "compares how each author presents setting (description, stage directions, symbolism, contrast between places) and evaluates the effect on understanding of character",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A comparative thesis about what setting does in each work (e.g. reflecting inner states vs constraining characters socially).\n- Specific settings and references from both works.\n- Analysis of method: descriptive detail, symbolism, contrast between two places, stage directions in drama.\n- Links between setting and the work's context (class, gender, society).\n- Integrated, balanced comparison and an evaluative conclusion.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Jane Austen's *Pride and Prejudice* and Henrik Ibsen's *A Doll's House* (in translation).\n\n1. **Thesis.** In both works settings are social spaces that test characters, but Austen uses movement between houses to reveal character gradually, while Ibsen's single room becomes a trap.\n2. **Austen.** Elizabeth's visit to Pemberley: the house and grounds, tasteful rather than showy, prompt her to reconsider Darcy; setting works as evidence of character.\n3. **Ibsen.** The whole play takes place in the Helmers' living room; the comfortable domestic interior conveys Nora's confinement in her role.\n4. **Method compared.** Austen's narrator filters setting through Elizabeth's perspective (free indirect discourse); Ibsen relies on stage directions and props (e.g. the Christmas tree, the letter box).\n5. **Endings.** Elizabeth's future is tied to moving into a new house; Nora's ending is leaving one: the door she closes is the play's final statement.\n6. **Conclusion.** Both link setting to women's social position, but Austen's settings open possibilities while Ibsen's close them.",
  }),
  written({
    key: "p2-outsider",
    topic: "C.1",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nDiscuss how two works you have studied present characters who are outsiders in their society.`,
    points: paper2(
      "shows knowledge of the outsider figures in both works, why they are excluded and how they respond, and interprets what the works suggest about identity and belonging",
      "compares the methods used to present the outsiders (narrative perspective, other characters' reactions, language, symbolism, structure) and evaluates their effect on the reader's sympathies",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis comparing the causes and presentation of outsiderness in both works.\n- Knowledge of why each character is excluded (class, appearance, gender, belief, behaviour).\n- Analysis of narrative methods: first-person vs third-person, framing narratives, other characters' language about the outsider.\n- How the reader's sympathy is shaped, and whether society or the outsider is judged.\n- Context where relevant; balanced, integrated comparison.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Mary Shelley's *Frankenstein* and Charlotte Brontë's *Jane Eyre*.\n\n1. **Thesis.** Both novels give outsiders a voice, but Shelley's creature is excluded by appearance and turns to revenge, while Jane, excluded by poverty and status, insists on her own worth.\n2. **Voice.** The creature narrates his own story at the heart of the novel's frame structure, forcing the reader to hear him; Jane narrates her whole life in the first person.\n3. **Causes of exclusion.** The creature is rejected at sight by almost everyone he meets; Jane is an orphan dependent on relatives and later a governess, between classes.\n4. **Responses.** The creature learns language and longs for companionship, then seeks vengeance; Jane asserts equality in her declarations to Rochester.\n5. **Effect.** Shelley makes the reader question who is monstrous; Brontë makes the reader share Jane's indignation.\n6. **Conclusion.** Both works suggest that identity is shaped by how others see us, but differ in whether the outsider can achieve belonging.",
  }),
  written({
    key: "p2-endings",
    topic: "3.1",
    difficulty: 5,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nTo what extent do the endings of two works you have studied fulfil or frustrate the expectations created by their genre?`,
    points: paper2(
      "shows knowledge of the endings of both works and of the genre conventions that create expectations (e.g. tragedy, comedy, the marriage plot, the Bildungsroman); interprets how far the endings conform and why",
      "compares how each author prepares for and shapes the ending (foreshadowing, structure, closure vs openness, final images) and evaluates the effect; addresses 'to what extent' with a judgement",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A clear judgement on 'to what extent' for each work.\n- Accurate knowledge of genre conventions and of both endings.\n- Analysis of how the ending is prepared (foreshadowing, patterns, reversals).\n- Evaluation of closure vs openness and its effect on the reader/audience.\n- Integrated comparison.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Shakespeare's *Twelfth Night* and Ibsen's *A Doll's House* (in translation).\n\n1. **Thesis.** *Twelfth Night* largely fulfils comic expectations with marriages and revelations, but leaves characters outside the happy ending; *A Doll's House* sets up a domestic-drama reconciliation and then refuses it.\n2. **Comic conventions.** Disguise, mistaken identity and marriage; the twins' reunion resolves confusion as comedy requires.\n3. **Frustration within fulfilment.** Malvolio's exit vowing revenge and Feste's closing song temper the celebration.\n4. **Ibsen's reversal.** The crisis of the letter seems to lead to forgiveness, but Nora's decision to leave turns a conventional drama into a discussion.\n5. **Final images.** A song about rain vs a door closing: one lingers, the other cuts off.\n6. **Conclusion.** Shakespeare bends the genre from within; Ibsen breaks it; both endings make the audience question the happiness that convention promises.",
  }),
  written({
    key: "p2-time",
    levels: HL,
    topic: "2.4",
    difficulty: 5,
    marks: 30,
    paper: "P2",
    term: "Discuss",
    stem: `${p2Intro}\n\nDiscuss how the meaning of two works you have studied might change for readers in a different time or culture from that in which they were written.`,
    points: paper2(
      "shows knowledge of both works' contexts of production and of how present-day (or other) readers may receive them; interprets specific elements whose meaning changes (values, social roles, language, symbols)",
      "compares how the authors' choices (irony, narrative perspective, characterisation) make the works open or resistant to reinterpretation, and evaluates the extent of change",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Distinguishes context of production from context of reception.\n- Identifies specific elements that read differently now (e.g. gender roles, class, colonial attitudes, religious assumptions).\n- Considers whether the author's irony anticipates modern readings or whether readers now read against the text.\n- Compares the two works' openness to reinterpretation.\n- Evaluates 'how much' meaning changes.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Austen's *Pride and Prejudice* and Shakespeare's *The Taming of the Shrew*.\n\n1. **Thesis.** Both works treat marriage; Austen's irony lets modern readers find a critique already present, while Shakespeare's play has become harder to stage without reinterpretation.\n2. **Austen.** The opening ironic generalisation about single men in want of wives, and Charlotte Lucas's pragmatic marriage, show the economic pressures on women; modern readers may read this as explicit social critique.\n3. **Shakespeare.** Katherina's final speech on wifely obedience: productions and readers now debate whether it is sincere, ironic or coerced; the frame story with Christopher Sly distances the action.\n4. **Changing meaning.** Austen's meaning is intensified by modern values; Shakespeare's is contested and often transformed in performance.\n5. **Conclusion.** Time changes not the words but the questions readers bring; works with built-in irony travel more easily.",
  }),
  written({
    key: "p2-voice",
    levels: HL,
    topic: "T.1",
    difficulty: 4,
    marks: 30,
    paper: "P2",
    term: "Compare and contrast",
    stem: `${p2Intro}\n\nCompare the ways in which two works you have studied, from different literary forms, use voice to shape the reader's or audience's sympathies.`,
    points: paper2(
      "shows knowledge of the voices in both works (narrator, speaker, characters) and interprets how they direct sympathy; recognises the difference in literary form",
      "compares how form shapes voice (e.g. a poem's speaker, a play's dialogue and soliloquy, a novel's narrator) and evaluates the effect on sympathy, including reliability and irony",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- A thesis that links literary form to how voice works.\n- Analysis of narrative perspective or dramatic/poetic voice in each work.\n- Reliability, irony, and the gap between what is said and what the reader understands.\n- How sympathy is built or withheld.\n- Integrated comparison and an evaluative conclusion.\n\n**Model answer (outline, using two public-domain works)**\n\n*Works:* Robert Browning's dramatic monologue 'My Last Duchess' and Shakespeare's *Othello*.\n\n1. **Thesis.** Both works let a manipulative voice speak directly, but Browning's poem gives the reader only that voice, while the play surrounds Iago's with others that expose him.\n2. **Browning.** The Duke speaks to an envoy about his late wife's portrait; his casual tone and hints ('I gave commands') reveal far more than he intends, so the reader's sympathy moves to the silenced Duchess.\n3. **Shakespeare.** Iago's soliloquies make the audience his confidants and create dramatic irony; we know more than Othello.\n4. **Form compared.** The monologue has one speaker and a silent listener; drama offers competing voices and visible consequences.\n5. **Effect.** In both, listening to the manipulator makes the reader complicit and then critical.\n6. **Conclusion.** Voice shapes sympathy through irony: the reader learns to judge the speaker by what he reveals unknowingly.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL extension practice (harder items; the syllabus has no HL-only topic)
// ─────────────────────────────────────────────────────────────────────────────
const hlExtension: QuestionInput[] = [
  mcq({
    key: "hl-01",
    levels: HL,
    topic: "1.3",
    difficulty: 4,
    paper: "P1",
    stem: `${HEADLINES}\n\nIn 'PROTEST CHAOS BRINGS CITY TO STANDSTILL', which grammatical choice most effectively hides the protesters as agents?`,
    options: [
      "Using the abstract noun phrase 'PROTEST CHAOS' as the subject",
      "Using the present tense 'BRINGS' to make the event feel immediate",
      "Making 'CITY' the object of the verb",
      "Writing the whole headline in capital letters",
    ],
    correct: "A",
    why: "Making an abstract noun phrase ('PROTEST CHAOS') the grammatical subject removes the people who acted; responsibility is attached to a condition, not to agents.",
  }),
  mcq({
    key: "hl-02",
    levels: HL,
    topic: "1.5",
    difficulty: 4,
    paper: "P2",
    stem: `${PROSE_ASTER}\n\n'noticing is not the same as looking' is best described as:`,
    options: [
      "an aphorism that reveals the narrator's self-justification",
      "a rhetorical question that invites the reader to judge the narrator",
      "a neutral statement of fact that confirms the narrator's reliability",
      "a metaphor that presents the narrator as a watchful detective",
    ],
    correct: "A",
    why: "It is phrased like a general truth (an aphorism), but it serves the narrator's defence: she excuses her failure to act by distinguishing passive noticing from active looking.",
  }),
  mcq({
    key: "hl-03",
    levels: HL,
    topic: "1.5",
    difficulty: 4,
    paper: "P2",
    stem: `${POEM_HARBOUR}\n\nWhat is the most likely function of the parenthesis '(his shape)' in the final line?`,
    options: [
      "To add an afterthought that lightens the poem's tone",
      "To interrupt the line as memory interrupts the speaker, identifying the coat with the father's body",
      "To show that the coat no longer fits anyone in the family",
      "To introduce the father's voice answering the speaker",
    ],
    correct: "B",
    why: "The parenthesis enacts an intrusion of memory and makes the coat's shape the father's shape, intensifying the sense of his physical absence.",
  }),
  mcq({
    key: "hl-04",
    levels: HL,
    topic: "C.4",
    difficulty: 4,
    paper: "P1",
    stem: "'I'm not saying you're wrong, but…' In pragmatics, a phrase like this before a criticism is best described as:",
    options: [
      "a hedge that softens a face-threatening act",
      "an intensifier that strengthens a direct criticism",
      "a tag question that invites the listener to agree",
      "a euphemism that replaces a taboo word",
    ],
    correct: "A",
    why: "It is a hedge: the speaker protects the listener's face (their self-image) while still delivering a criticism, a politeness strategy.",
  }),
  mcq({
    key: "hl-05",
    levels: HL,
    topic: "3.3",
    difficulty: 4,
    paper: "P1",
    stem: "A political speech ends with 'Ask not only what the town can do for you…'. Listeners recognise an echo of a famous earlier inaugural address. The speaker's main purpose in echoing it is most likely to:",
    options: [
      "borrow the authority and emotional associations of a famous speech (allusion)",
      "parody the earlier speech so that the audience laughs at its grand style",
      "claim that the speaker's policies are identical to those of the earlier speaker",
      "signal a shift into a more informal register for the close of the speech",
    ],
    correct: "A",
    why: "Allusion borrows the prestige and associations of a source text; a recognisable echo lends the new speech gravitas and a sense of historical continuity. A solemn closing echo does not mock its source, claims no identity of policies, and raises rather than lowers the register.",
  }),
  mcq({
    key: "hl-06",
    levels: HL,
    topic: "2.6",
    difficulty: 4,
    paper: "P1",
    stem: "A news report describes striking workers as 'demanding' higher pay and managers as 'offering' a settlement. Which analytical concept best describes the effect of these verbs?",
    options: [
      "Lexical choices that position one group as aggressive and the other as reasonable",
      "Neutral reporting verbs that leave readers free to judge both sides of the dispute",
      "Nominalisation that hides who is responsible for the dispute",
      "Modal verbs that express the reporter's uncertainty",
    ],
    correct: "A",
    why: "'Demanding' connotes aggression and 'offering' generosity: verb choice positions the reader's sympathies between social groups.",
  }),
  written({
    key: "hl-07",
    levels: HL,
    topic: "3.6",
    difficulty: 5,
    marks: 6,
    paper: "P1",
    term: "Compare and contrast",
    stem: `${SPEECH_FLOOD}\n\n${CHARITY_APPEAL}\n\nCompare and contrast the ways Texts D and L use **personification** or **individualisation** to make an abstract problem concrete.`,
    points: [
      pt("p1", 1, "Text D personifies the river as an intruder/thief ('came into our homes', 'took') so a natural disaster becomes an enemy", [
        "personif",
        "river",
        "thief",
        "intruder",
      ]),
      pt("p2", 1, "Text D personifies the barrier as a speaking ally ('says it with us'), uniting people and structure", [
        "barrier",
        "says it with us",
        "ally",
      ]),
      pt("p3", 1, "Text L individualises the problem of illiteracy through one named child (Amira) and her talent", ["Amira", "individual", "named"]),
      pt("p4", 1, "Similarity: both turn an abstract or collective problem into something the audience can picture and respond to emotionally", [
        "similar",
        "both",
        "concrete",
      ]),
      pt("p5", 1, "Difference: D creates an adversary to unite against and celebrates victory; L creates a person to help and asks for action", [
        "difference",
        "adversary",
        "action",
      ]),
      pt(
        "p6",
        1,
        "Evaluation: L's choice raises representation/ethical issues (speaking for Amira), whereas D's personification of non-human forces does not",
        ["ethic", "representation", "evaluat"],
      ),
    ],
    answer:
      "**Text D** makes the flood concrete through **personification**: the river 'came into our homes' and 'took our photographs, our furniture, our sleep', like a burglar. A natural event becomes an adversary that the community can defy ('It did not take our nerve'). The barrier is personified too, as an ally that 'says it with us'.\n\n**Text L** makes illiteracy concrete through **individualisation**: the statistic 'one book for every forty children' is preceded by one child, 'Amira', with an age and a talent.\n\n**Similarity.** Both convert something abstract (risk, lack of education) into something the audience can picture and feel about.\n\n**Difference.** D creates an *enemy* and celebrates a victory already won; L creates a *person* and asks for action still to come. L's choice also raises ethical questions of representation (the charity speaks for a real-seeming child), whereas personifying a river and a wall does not.",
  }),
  written({
    key: "hl-08",
    levels: HL,
    topic: "1.2",
    difficulty: 4,
    marks: 5,
    paper: "P1",
    term: "Evaluate",
    stem: `${OPED_PHONES}\n\nEvaluate the effectiveness of Text B as a persuasive text.`,
    points: [
      pt("p1", 1, "Strength: inclusive, self-critical 'we' makes criticism palatable / reduces defensiveness", ["inclusive", "we"]),
      pt("p2", 1, "Strength: ethos from 'nineteen years' of teaching and historical perspective (chalk → tablets)", ["ethos", "nineteen years"]),
      pt("p3", 1, "Strength: vivid metaphor and simile ('plaster on a broken leg', 'locked in a drawer') make the argument memorable", [
        "metaphor",
        "simile",
        "memorable",
      ]),
      pt("p4", 1, "Limitation: no evidence/data; relies on anecdote and generalisation; offers no practical alternative beyond 'start with ours'", [
        "evidence",
        "anecdote",
        "alternative",
      ]),
      pt("p5", 1, "Judgement: effective for a general newspaper readership of adults/parents, but less so for readers seeking evidence/policy", [
        "judgement",
        "audience",
      ]),
    ],
    answer:
      "**Strengths.** The inclusive, self-critical 'we' ('then we answer emails at the dinner table') makes the criticism easier to accept, because the writer shares the blame. Ethos comes from 'I have taught for nineteen years' and the calm survey of change from chalk to tablets. The figurative language ('a plaster on a broken leg', 'as if a habit could be locked in a drawer') is vivid and memorable, and the ending 'But start with ours' is a strong, quotable reversal.\n\n**Limitations.** The column offers no evidence beyond personal experience, generalises about 'a culture', and gives no practical alternative policy.\n\n**Judgement.** For its likely readership (adults and parents reading a regional paper), it is effective: it is short, honest and provocative. A reader looking for research or a concrete plan would find it less convincing.",
  }),
  written({
    key: "hl-09",
    levels: HL,
    topic: "2.2",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: "Explain **two** ways in which studying a literary work **in translation** can both enrich and complicate a reader's understanding.",
    points: [
      pt("p1", 1, "Enrich: access to the perspectives, values and literary traditions of another culture", ["culture", "perspective", "access"]),
      pt("p2", 1, "Enrich: comparing translations reveals interpretive choices and how meaning is constructed", ["compare translations", "choices"]),
      pt("p3", 1, "Complicate: features such as wordplay, sound, rhythm, dialect or culturally specific connotations may be lost or changed", [
        "wordplay",
        "sound",
        "lost",
      ]),
      pt(
        "p4",
        1,
        "Complicate: the translator is an additional mediator, so analysis of word choices must acknowledge that they may be the translator's, not the author's",
        ["translator", "mediator"],
      ),
    ],
    answer:
      "**Enrich.** A translated work gives access to the values, perspectives and literary traditions of another culture (guiding question 2.3). Comparing two translations of the same passage also shows how interpretation shapes meaning.\n\n**Complicate.** Wordplay, sound patterns, rhythm, dialect and culturally specific connotations may be lost or altered. And the translator is an extra mediator: when a student analyses a word choice, it may be the translator's choice rather than the author's, so claims about authorial intention need care.",
  }),
  written({
    key: "hl-10",
    levels: HL,
    topic: "3.2",
    difficulty: 4,
    marks: 4,
    paper: "P1",
    term: "Explain",
    stem: `${POST_5AM}\n\n${SPEECH_FLOOD}\n\nExplain how Text E adapts rhetorical techniques found in traditional speeches such as Text D to the conventions of social media.`,
    points: [
      pt("p1", 1, "Both build a narrative of adversity overcome (flood → barrier; 'pure suffering' → achievement)", ["adversity", "narrative"]),
      pt(
        "p2",
        1,
        "List/tricolon adapted to social-media form: 'finished a book, ran my first 5k, zero 3pm slump' is a tricolon in fragmentary, numbered-thread form",
        ["tricolon", "list", "fragment"],
      ),
      pt("p3", 1, "Direct address adapted: D's formal vocative vs E's casual 'u'; intimacy replaces ceremony", ["vocative", "direct address", "u"]),
      pt("p4", 1, "Community-building adapted: D's 'we' vs E's hashtags (#5amclub) that create a networked community", ["hashtag", "community", "we"]),
    ],
    answer:
      "Both texts tell a story of **adversity overcome**: the flood and the barrier in D, 'pure suffering' turning into achievement in E.\n\nE keeps rhetorical **lists**, but in a fragmentary, numbered-thread form: 'finished a book, ran my first 5k, zero 3pm slump' is a tricolon without the ceremony of 'our photographs, our furniture, our sleep'.\n\n**Direct address** changes register: D's formal vocative 'Friends, neighbours' becomes the casual 'u', replacing public ceremony with private intimacy.\n\n**Community** is built differently: D's 'we' unites a physical town, while E's hashtags (#5amclub, #glowup) attach the reader to a networked, searchable community.",
  }),
  mcq({
    key: "hl-11",
    levels: HL,
    topic: "T.2",
    difficulty: 3,
    paper: "P1",
    stem: "In the HL Paper 1, candidates:",
    options: [
      "write a separate guided analysis of each of two unseen non-literary passages",
      "compare two literary works they have studied",
      "write one analysis comparing two passages",
      "answer multiple-choice questions on grammar",
    ],
    correct: "A",
    why: "HL Paper 1 presents two unseen non-literary passages and candidates write a guided analysis of each (SL writes one); comparing literary works is Paper 2.",
  }),
  mcq({
    key: "hl-12",
    levels: HL,
    topic: "1.1",
    difficulty: 3,
    paper: "P2",
    stem: "The **HL essay** in Language and Literature is best described as:",
    options: [
      "a 1,200-1,500-word essay developing a line of inquiry on a literary or non-literary text or body of work studied",
      "a timed comparative essay on two literary works, written in the exam",
      "a 15-minute oral exploring a global issue in two texts studied",
      "a reflective learner portfolio covering every text studied",
    ],
    correct: "A",
    why: "The HL essay is a formal 1,200-1,500-word coursework essay exploring a line of inquiry on a text or body of work studied in the course.",
  }),
  written({
    key: "hl-13",
    levels: HL,
    topic: "C.3",
    difficulty: 5,
    marks: 5,
    paper: "P1",
    term: "Discuss",
    stem: `${PARODY_FAIRYTALE}\n\nDiscuss whether Text K's creativity lies more in **borrowing** from its source or in **transforming** it.`,
    points: [
      pt(
        "p1",
        1,
        "Borrowing: the familiar opening formula and the princess-and-pea scenario are recognisable and do much of the work (reader's pleasure in recognition)",
        ["borrow", "recognis", "formula"],
      ),
      pt("p2", 1, "Transforming: anachronism ('excellent broadband', 'next-day delivery') creates comic incongruity", ["anachronis", "incongru"]),
      pt("p3", 1, "Transforming: the literal pea becomes a metaphor for consumer anxiety, which gives the satire its point", [
        "metaphor",
        "pea of a thought",
        "satire",
      ]),
      pt("p4", 1, "Argument that creativity depends on the interplay: transformation only works because the source is recognised (intertextuality)", [
        "interplay",
        "both",
        "intertext",
      ]),
      pt("p5", 1, "Reasoned judgement reached", ["judgement", "conclusion"]),
    ],
    answer:
      "**Borrowing.** Text K relies on recognition: 'Once upon a time, in a kingdom' and a sleepless girl on many mattresses immediately recall the princess and the pea, and the reader's pleasure begins there.\n\n**Transforming.** The creative work lies in the changes. Anachronisms ('excellent broadband', 'next-day delivery') create comic incongruity, and the pea stops being a pea: 'a tiny, nagging pea of a thought' about 'the best deal'. The royal sensitivity that proved a princess's nobility now proves a consumer's anxiety, so the tale becomes satire.\n\n**Judgement.** Creativity lies chiefly in the transformation, but transformation depends on borrowing: the joke only works if the source is recognised. The text's creativity is intertextual, in the gap between what readers expect and what they get.",
  }),
  written({
    key: "hl-14",
    levels: HL,
    topic: "C.6",
    difficulty: 4,
    marks: 4,
    paper: "P2",
    term: "Explain",
    stem: `${POEM_HARBOUR}\n\nExplain how the speaker of Text C is, or is not, **transformed** by the end of the poem.`,
    points: [
      pt("p1", 1, "The speaker is not (yet) transformed: 'waits, like me' shows grief suspended / unable to move on", [
        "waits",
        "suspended",
        "not transformed",
      ]),
      pt(
        "p2",
        1,
        "Contrast with the harbour that completes its nightly cycle (cranes sleep, water spends its light): the world moves on while the speaker does not",
        ["contrast", "cycle", "harbour"],
      ),
      pt("p3", 1, "But the poem itself is a step: the final admission 'like me' is a moment of self-recognition / the act of writing begins transformation", [
        "self-recognition",
        "admission",
      ]),
      pt("p4", 1, "Reference to 'Nobody will say / it's time': change is deferred, awaiting someone to speak", ["nobody will say", "deferred"]),
    ],
    answer:
      "For most of the poem the speaker is **not** transformed. The outside world completes its nightly cycle (the cranes 'sleep', the water 'spends' its light 'one by one'), but indoors nothing moves: the coat 'still hangs', 'Nobody wears it', and change is deferred until someone will 'say / it's time'.\n\nThe last words, 'and waits, like me', confirm that the speaker's grief is suspended, like the coat holding 'his shape'.\n\nYet the final simile is also a moment of **self-recognition**: the speaker admits, perhaps for the first time, that they too are waiting. That admission may be the beginning of a transformation the poem does not yet show.",
  }),
];

const questions: QuestionInput[] = [...readers, ...timeSpace, ...intertext, ...concepts, ...textsStudied, ...paperOne, ...paperTwo, ...hlExtension];

const file: SubjectQuestions = { subject: "english-a-language-and-literature", questions };
export default file;
