import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB English A: Language and Literature (first assessment 2021): analytical terms, rhetorical
// and literary devices (each illustrated with an example line written for this bank, never a quotation),
// the areas of exploration, the central concepts and how the assessments work.
// Keys use "englang-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `englang-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Readers, writers and texts
  card(
    "text-broad",
    "1.1",
    "What counts as a **text** in Language and Literature?",
    "Anything that conveys meaning and can be analysed: written, spoken, visual or multimodal. Literary works, but also adverts, speeches, posters, infographics, social media posts, films and photographs.",
  ),
  card(
    "gaps",
    "1.1",
    "Name a quick framework for approaching any unseen text.",
    "**GAPS**/context questions: **G**enre (text type), **A**udience, **P**urpose, **S**tyle; then context (who produced it, where, when) and how choices serve the purpose.",
  ),
  card(
    "ethos-pathos-logos",
    "1.2",
    "Define **ethos**, **pathos** and **logos**.",
    "- **Ethos:** appeal through the speaker's credibility or character ('I have taught for nineteen years').\n- **Pathos:** appeal to emotion (a named child in need).\n- **Logos:** appeal to reason and evidence (statistics, logical argument).",
  ),
  card(
    "kairos",
    "1.2",
    "What is **kairos**?",
    "The rhetorical sense of timing: saying the right thing at the right moment (e.g. a speech given on the day a flood barrier opens).",
  ),
  card(
    "positioning",
    "1.2",
    "What does it mean to say a text **positions** its reader?",
    "It invites the reader to adopt a particular viewpoint or role (sympathiser, consumer, accomplice) through address, selection of detail and framing.",
  ),
  card(
    "connotation",
    "1.3",
    "**Denotation** vs **connotation**.",
    "- **Denotation:** the literal, dictionary meaning of a word.\n- **Connotation:** the associations it carries. 'Home' and 'house' denote similar things, but 'home' connotes warmth and belonging.",
  ),
  card(
    "anchorage",
    "1.3",
    "What is **anchorage** in a multimodal text?",
    "Written text (caption, slogan) that fixes the preferred meaning of an image among its many possible readings (Barthes).",
  ),
  card(
    "implied-reader",
    "1.3",
    "What is the **implied reader**?",
    "The reader a text assumes and constructs: their knowledge, values and expectations, inferred from how the text addresses them.",
  ),
  card(
    "register",
    "1.4",
    "Define **register**.",
    "The variety of language chosen to suit context, audience and purpose, especially its level of formality (formal, informal, technical, colloquial).",
  ),
  card(
    "lexis-semantic-field",
    "1.4",
    "What is a **semantic field** (lexical field)?",
    "A group of words related in meaning. Example: 'flood, river, barrier, steel, stone' forms a semantic field of defence against water, building a theme across a text.",
  ),
  card(
    "text-type-conventions",
    "1.4",
    "Three conventions each of: an op-ed, a speech, a social media post.",
    "- **Op-ed:** byline, personal argued stance, provocative opening, call for change.\n- **Speech:** vocative address, repetition and tricolon, signposting, references to the occasion.\n- **Social media post:** handle, hashtags, emoji, informal register, tagging, thread numbering.",
  ),
  card(
    "metaphor-simile",
    "1.5",
    "**Metaphor** vs **simile**, with examples.",
    "- **Simile:** a comparison using 'like' or 'as': 'The city hummed like a hive.'\n- **Metaphor:** states one thing *is* another: 'The city was a hive.'\n(Examples written for this bank.)",
  ),
  card(
    "personification",
    "1.5",
    "Define **personification**.",
    "Giving human qualities or actions to something non-human: 'The river came into our homes and took our sleep.'",
  ),
  card(
    "enjambment-caesura",
    "1.5",
    "**Enjambment** vs **caesura** vs **end-stopping**.",
    "- **Enjambment:** a sentence runs over a line break without punctuation.\n- **Caesura:** a pause within a line (often marked by punctuation).\n- **End-stopped line:** ends with punctuation, creating a pause.",
  ),
  card(
    "anaphora",
    "1.5",
    "Define **anaphora**.",
    "Repetition of a word or phrase at the start of successive clauses or lines: 'Some said we should move away. Some said nothing could be done.'",
  ),
  card(
    "tricolon",
    "1.5",
    "What is a **tricolon**, and what is a tricolon crescens?",
    "A list or series of three parallel elements ('not here, not us, not again'). In a **tricolon crescens** each item grows in length or weight, building to a climax.",
  ),
  card(
    "antithesis",
    "1.5",
    "Define **antithesis**.",
    "Placing contrasting ideas in balanced structures: 'You cannot give her the word. But you can give her the page.'",
  ),
  card(
    "juxtaposition",
    "1.5",
    "Define **juxtaposition**.",
    "Placing two elements side by side to invite comparison or contrast (e.g. an image of an empty beach next to the words 'a mountain of plastic').",
  ),
  card(
    "oxymoron-paradox",
    "1.5",
    "**Oxymoron** vs **paradox**.",
    "- **Oxymoron:** two contradictory words together ('a cheerful funeral').\n- **Paradox:** a statement that seems self-contradictory but reveals a truth ('You are not one person. You are one of millions.').",
  ),
  card(
    "hyperbole-litotes",
    "1.5",
    "**Hyperbole** vs **litotes**.",
    "- **Hyperbole:** deliberate exaggeration ('a mountain of plastic bottles').\n- **Litotes:** understatement by negating the opposite ('not a bad result').",
  ),
  card(
    "rhetorical-question",
    "1.5",
    "What is a **rhetorical question** and why use one?",
    "A question asked for effect, not for an answer. It engages the reader, assumes agreement or provokes reflection: 'Still thirsty for change?'",
  ),
  card("pun", "1.5", "Define **pun**.", "Wordplay exploiting two meanings of a word or similar-sounding words: 'thirsty for change' (a drink / a desire)."),
  card(
    "volta",
    "1.5",
    "What is a **volta**?",
    "A turn in thought or tone in a poem (famously in the sonnet), often marked by a shift in subject, perspective or mood.",
  ),
  card(
    "insight-challenge",
    "1.6",
    "How can a text offer **insights and challenges** (guiding question 1.6)?",
    "It can reveal something new about a topic or experience (insight) and unsettle the reader's assumptions or ask them to act or change (challenge), e.g. an op-ed that ends by criticising its own readers.",
  ),

  // ── Time and space
  card(
    "context-production-reception",
    "2.1",
    "**Context of production** vs **context of reception**.",
    "- **Production:** the time, place, culture, writer and purpose of a text's creation.\n- **Reception:** the time, place and culture in which it is read; meaning can shift when this changes.",
  ),
  card(
    "anachronism-reading",
    "2.2",
    "What is an **anachronistic** reading, and why be careful?",
    "Judging a text from the past solely by present-day values or knowledge. Useful responses acknowledge both the original context and our own.",
  ),
  card(
    "translation",
    "2.2",
    "Two issues in studying works in translation.",
    "- Wordplay, sound and culturally specific connotations may be lost or changed.\n- The translator's choices mediate the text: analysis of diction should acknowledge this.",
  ),
  card(
    "exoticism",
    "2.3",
    "Define **exoticism** in the representation of cultures.",
    "Representing another culture as strange, picturesque or timeless for the outsider's pleasure, often flattening its people into stereotypes ('a simple people').",
  ),
  card(
    "stereotype",
    "2.3",
    "What is a **stereotype**?",
    "An oversimplified, fixed image of a group that ignores individual difference; texts can reinforce or challenge stereotypes.",
  ),
  card(
    "meaning-over-time",
    "2.4",
    "How can the meaning of a text change over time? Give two ways.",
    "- Changing values (a once-ordinary advert now reads as sexist).\n- Changing language (words gain or lose connotations).\n- New events give old texts new resonance; adaptations reinterpret them.",
  ),
  card(
    "cultural-practice",
    "2.5",
    "How can a text **form part of** a cultural practice?",
    "Some texts are themselves part of a ritual or practice: a wedding speech, a eulogy, a national anthem, a birthday card, a viral challenge video.",
  ),
  card(
    "code-switching",
    "2.6",
    "Define **code-switching**.",
    "Moving between languages, dialects or registers depending on context and audience, often to signal identity or belonging.",
  ),
  card(
    "sociolect-idiolect",
    "2.6",
    "**Dialect**, **sociolect** and **idiolect**.",
    "- **Dialect:** variety linked to a region.\n- **Sociolect:** variety linked to a social group (class, age, profession).\n- **Idiolect:** an individual's personal way of using language.",
  ),
  card(
    "gendered-language",
    "2.6",
    "Give two ways language can encode gender distinctions.",
    "- Diminutives or patronising labels ('the little woman').\n- Assumed roles in address (speaking to the husband as buyer); generic masculine terms; descriptions focused on women's appearance.",
  ),

  // ── Intertextuality
  card(
    "intertextuality",
    "3.1",
    "Define **intertextuality**.",
    "The relationships between texts: allusion, quotation, parody, pastiche, adaptation and shared genre conventions. Meaning is shaped by the other texts a reader knows.",
  ),
  card(
    "parody-pastiche",
    "3.1",
    "**Parody** vs **pastiche**.",
    "- **Parody:** imitates a text or style to mock or criticise it.\n- **Pastiche:** imitates or combines styles, usually as homage rather than mockery.",
  ),
  card(
    "allusion",
    "3.1",
    "Define **allusion**.",
    "A brief, indirect reference to another text, person or event that the reader is expected to recognise, borrowing its associations.",
  ),
  card(
    "genre-conventions",
    "3.1",
    "What is a **genre convention**, and why do writers break them?",
    "An expected feature of a genre or text type (a fairy tale's 'Once upon a time'). Breaking it creates surprise, humour or critique, and depends on readers knowing the convention.",
  ),
  card(
    "conventions-evolve",
    "3.2",
    "Give an example of how text-type conventions **evolve**.",
    "Letters → emails → messaging: greetings and sign-offs shorten or disappear; emoji take over tone. Adverts shift appeals from domestic ideals to sustainability.",
  ),
  card(
    "classic",
    "3.4",
    "Two arguments for and one against the idea of a 'classic'.",
    "- For: endurance over time; influence on later texts.\n- Against: the canon reflects who had power to publish and judge, historically excluding many women and colonised writers.",
  ),
  card(
    "canon",
    "3.4",
    "What is the literary **canon**?",
    "The body of works considered most important and worth studying. It is shaped by institutions (schools, critics, publishers) and is debated and expanded over time.",
  ),
  card(
    "framing",
    "3.5",
    "What is **framing** in media texts?",
    "Selecting and emphasising some aspects of an event (and omitting others) to promote a particular interpretation, e.g. 'chaos' vs 'peaceful march'.",
  ),
  card(
    "bias-omission",
    "3.5",
    "Why is **omission** important when analysing perspective?",
    "What a text leaves out (causes, voices, context) can shape meaning as much as what it includes.",
  ),
  card(
    "adaptation",
    "3.6",
    "How can comparison be **transformative**?",
    "Reading two texts together can change how each is understood: a modern retelling reveals silences in its source; a dated advert exposes the persuasive machinery of a current one.",
  ),

  // ── Central concepts
  card(
    "c-identity",
    "C.1",
    "Central concept: **identity**. Two questions to ask of a text.",
    "How does the text construct the identity of its writer/speaker or characters? What identity does it invite the reader to take on (consumer, citizen, member of a community)?",
  ),
  card(
    "c-persona",
    "C.1",
    "What is a **persona**?",
    "A constructed voice or identity adopted by a writer or speaker, e.g. an influencer's 'relatable friend' persona or a poem's speaker.",
  ),
  card(
    "c-culture",
    "C.2",
    "Central concept: **culture**.",
    "Shared values, practices and ways of communicating of a group. Texts reflect culture, help form it and can be read differently by other cultures.",
  ),
  card(
    "c-creativity",
    "C.3",
    "Central concept: **creativity**.",
    "The originality of a text's choices and how it reworks conventions, and the creative role of readers in making meaning.",
  ),
  card(
    "c-communication",
    "C.4",
    "Central concept: **communication**.",
    "The relationship between writer/speaker, text and audience: how meaning is conveyed, the role of medium and form, and what is left unsaid.",
  ),
  card(
    "c-subtext",
    "C.4",
    "Define **subtext**.",
    "Meaning beneath the surface of what is said, inferred from tone, action, pauses or contradiction (a character says 'Go' but does not move).",
  ),
  card(
    "c-perspective",
    "C.5",
    "Central concept: **perspective**.",
    "The point of view from which a text is told or argued, and the perspectives of readers. Ask: whose perspective is given, whose is missing?",
  ),
  card(
    "c-narrative-voice",
    "C.5",
    "**First-person**, **third-person omniscient** and **third-person limited** narration.",
    "- **First-person:** 'I' narrator inside the story, possibly unreliable.\n- **Omniscient:** knows all characters' thoughts.\n- **Limited:** follows one character's perceptions.",
  ),
  card(
    "c-unreliable",
    "C.5",
    "What is an **unreliable narrator**?",
    "A narrator whose account the reader has reason to doubt (through bias, self-deception or concealment): 'I told them the truth. Most of it.'",
  ),
  card(
    "c-transformation",
    "C.6",
    "Central concept: **transformation**.",
    "How texts transform other texts (adaptation, parody, retelling) and how texts can transform readers' views or even reality.",
  ),
  card(
    "c-representation",
    "C.7",
    "Central concept: **representation**.",
    "How texts portray people, places, events and ideas, and the relationship between a text and the reality it claims to show. Ask who represents whom, and for what purpose.",
  ),
  card(
    "free-indirect",
    "C.5",
    "What is **free indirect discourse**?",
    "Third-person narration that slips into a character's own thoughts and idiom without quotation marks, blending narrator and character perspectives.",
  ),

  // ── Texts studied
  card(
    "literary-forms",
    "T.1",
    "The four literary forms in the course.",
    "Prose fiction, prose non-fiction, poetry and drama. Works in translation are also studied.",
  ),
  card(
    "drama-terms",
    "T.1",
    "**Soliloquy**, **aside** and **stage direction**.",
    "- **Soliloquy:** a character alone speaks private thoughts aloud.\n- **Aside:** a brief remark to the audience, unheard by other characters.\n- **Stage direction:** instructions on setting, action, sound and lighting.",
  ),
  card("dramatic-irony", "T.1", "Define **dramatic irony**.", "When the audience knows something a character does not, creating tension or tragic effect."),
  card(
    "dramatic-monologue",
    "T.1",
    "What is a **dramatic monologue**?",
    "A poem spoken by a single character to a silent listener, revealing more about the speaker than they intend.",
  ),
  card(
    "non-literary-types",
    "T.2",
    "List six non-literary text types that can appear on Paper 1.",
    "Advertisement, speech, opinion column, infographic, social media post, blog, brochure, letter, cartoon, photograph, website, interview (any six).",
  ),
  card(
    "body-of-work",
    "T.2",
    "What is a **body of work** in the course?",
    "A collection of non-literary texts by the same author or producer (e.g. an advertising campaign, a cartoonist's strips, a series of photographs).",
  ),
  card(
    "multimodal",
    "T.2",
    "What is a **multimodal** text?",
    "A text combining more than one mode of communication (written words, images, layout, colour, sound), e.g. an advert or a web page.",
  ),

  // ── Assessment (HL)
  card(
    "p1-criteria",
    "T.2",
    "Paper 1 criteria (each out of 5).",
    "A Understanding and interpretation; B Analysis and evaluation; C Focus and organization; D Language. Total 20 per passage.",
  ),
  card(
    "p2-criteria",
    "T.1",
    "Paper 2 criteria.",
    "A Knowledge, understanding and interpretation (10); B Analysis and evaluation (10); C Focus and organization (5); D Language (5). Total 30; two works compared.",
  ),
  card(
    "hl-paper1",
    "T.2",
    "How does Paper 1 differ at HL?",
    "HL candidates analyse **two** unseen non-literary passages, writing a separate guided analysis of each (40 marks, 2 hours 15 minutes); SL analyse one.",
    HL,
  ),
  card(
    "hl-essay",
    "1.1",
    "What is the **HL essay**?",
    "A 1,200-1,500-word formal essay developing a line of inquiry on a literary or non-literary text or body of work studied; external coursework worth 20% at HL.",
    HL,
  ),
  card(
    "hl-line-inquiry",
    "1.1",
    "What makes a good **line of inquiry** for the HL essay?",
    "A focused, arguable question about how and why a text creates meaning (linked to a central concept), narrow enough to explore in depth within the word limit.",
    HL,
  ),
  card(
    "hl-pragmatics-face",
    "C.4",
    "In pragmatics, what are **face** and **hedging**?",
    "- **Face:** a person's public self-image, which polite speakers try to protect.\n- **Hedging:** softening a claim or criticism ('I'm not saying you're wrong, but…') to reduce a face threat.",
    HL,
  ),
  card(
    "hl-agency-grammar",
    "2.6",
    "How can **grammar** hide agency?",
    "Passive voice ('Shots were fired'), nominalisation ('the closure of the factory') and abstract-noun subjects ('Protest chaos brings city to standstill') remove the people who acted, shifting responsibility.",
    HL,
  ),
  card(
    "hl-modality",
    "1.3",
    "What is **modality**?",
    "The degree of certainty or obligation a speaker expresses through modal verbs and adverbs ('must', 'might', 'certainly', 'perhaps'): high modality sounds authoritative, low modality tentative.",
    HL,
  ),
  card(
    "hl-deixis",
    "1.4",
    "What is **deixis**?",
    "Words whose meaning depends on the context of utterance: 'here', 'now', 'today', 'this', 'you'. Speeches use deixis to anchor words to the shared occasion.",
    HL,
  ),
  card(
    "hl-synthetic-personalisation",
    "1.2",
    "What is **synthetic personalisation**?",
    "Addressing a mass audience as if speaking to each person individually (Fairclough), e.g. 'you' in an advert sent to millions.",
    HL,
  ),
  card(
    "hl-greenwashing",
    "3.6",
    "What is **greenwashing**?",
    "Marketing that presents a product or company as more environmentally responsible than it is, e.g. framing a purchase as an ethical act.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "english-a-language-and-literature", flashcards };
export default file;
