import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB English A: Literature (first assessment 2021): literary terms for prose, poetry and drama
// (each illustrated with an example written for this bank, never a quotation), the areas of exploration,
// the seven central concepts and how the assessed components work.
// Keys use "englit-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `englit-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Readers, writers and texts
  card(
    "course-works",
    "1.1",
    "How many works are studied in English A: Literature, and what kinds?",
    "At least **9 works at SL** and **13 at HL**: literary works only (prose fiction, prose non-fiction, poetry, drama), including works **in translation** and works originally written in English, many chosen from authors on the IB **Prescribed reading list**.",
  ),
  card(
    "learner-portfolio",
    "1.1",
    "What is the **learner portfolio**?",
    "A compulsory but unassessed collection of the student's responses to the works studied (notes, reflections, annotations, creative pieces). It records developing interpretations and prepares the individual oral, Paper 2 and the HL essay.",
  ),
  card(
    "areas",
    "1.1",
    "Name the three **areas of exploration**.",
    "1. **Readers, writers and texts** (how texts work and how we read them).\n2. **Time and space** (texts in their cultural and historical contexts).\n3. **Intertextuality: connecting texts** (how texts relate to conventions and to each other).",
  ),
  card(
    "catharsis",
    "1.2",
    "What is **catharsis**?",
    "Aristotle's term for the purging or release of pity and fear that an audience experiences through tragedy.",
  ),
  card(
    "tone-mood",
    "1.2",
    "**Tone** vs **mood**.",
    "- **Tone:** the attitude of the speaker or writer towards the subject or reader (wry, bitter, tender).\n- **Mood:** the atmosphere the text creates and the feeling it produces in the reader (tense, melancholy, serene).",
  ),
  card(
    "ambiguity",
    "1.3",
    "Why does **ambiguity** matter in literary analysis?",
    "Words or images that support more than one reading (e.g. 'I keep the key, although there's nothing left to keep': grief or inheritance?) invite interpretation. Good analysis explores several readings and weighs them, rather than choosing one too early.",
  ),
  card(
    "diction-syntax",
    "1.4",
    "**Diction** vs **syntax**.",
    "- **Diction:** word choice (formal, colloquial, archaic, concrete, abstract).\n- **Syntax:** how words are ordered into sentences (length, inversion, parallelism, fragments). Short declaratives such as 'I fill the bag. I lock the shed.' can suggest restraint.",
  ),
  card(
    "persona",
    "1.4",
    "What is a **persona** (or speaker) in poetry?",
    "The voice that speaks a poem, which should not be assumed to be the poet: refer to 'the speaker', not 'the poet', unless the poem makes them one.",
  ),
  card(
    "volta",
    "1.5",
    "What is a **volta**?",
    "A turn in argument, mood or perspective within a poem: in a Petrarchan sonnet usually at line 9, in a Shakespearean sonnet often at the final couplet. A line beginning 'But still,...' often signals one.",
  ),
  card(
    "enjambment-caesura",
    "1.5",
    "**Enjambment** vs **caesura**.",
    "- **Enjambment:** a sentence runs over a line break without punctuation ('worn to the shape of a hand / that has not held it').\n- **Caesura:** a pause within a line, usually marked by punctuation ('the key, although...').",
  ),
  card(
    "defamiliarisation",
    "1.6",
    "What is **defamiliarisation**?",
    "Viktor Shklovsky's idea that literature makes the familiar strange so we perceive it afresh, e.g. imagining hospital monitors as 'buoys that blink'.",
  ),

  // ── Time and space
  card(
    "contexts",
    "2.1",
    "Context of **production** vs context of **reception**.",
    "- **Production:** the circumstances in which a work was written (time, place, culture, author, audience).\n- **Reception:** the circumstances of whoever reads or watches it, which may be far away in time and place and may change its meaning.",
  ),
  card(
    "anachronism",
    "2.1",
    "What is the danger of reading a work **anachronistically**?",
    "Judging characters or authors only by present-day values and knowledge, without understanding their context. The aim is to understand the context **and** reflect on one's own response.",
  ),
  card(
    "translation",
    "2.2",
    "What should you remember when analysing a **work in translation**?",
    "The translator is a second mediator: exact word choices, sound effects and wordplay may be the translator's. Attribute carefully and give weight to features that survive translation (structure, imagery, characterisation, narrative perspective).",
  ),
  card(
    "insight-culture",
    "2.3",
    "How far can a literary work offer insight into another culture?",
    "It offers **one perspective** (shaped by the writer's class, gender, period and purpose, and by translation), not a complete or representative picture. Its insight lies in particular lives and values, which should not be generalised to a whole people.",
  ),
  card(
    "reception-change",
    "2.4",
    "Give a reason why a work's meaning can change over time.",
    "Readers bring new contexts and questions. For example, after the Holocaust *The Merchant of Venice* is usually read with far more attention to Shylock's suffering and the Christians' prejudice; Kate Chopin's *The Awakening*, condemned in 1899, was reclaimed by feminist critics from the 1960s-70s.",
  ),
  card(
    "oral-tradition",
    "2.5",
    "How can literature **form part of** a cultural practice?",
    "Some forms belong to communal practices: ballads and folk tales were sung and retold; elegies and wedding songs mark rituals; plays are collective performances. A work both represents a practice and takes part in it.",
  ),
  card(
    "dialect",
    "2.6",
    "Why might a writer render a character's speech in **dialect**?",
    "To mark regional, class or ethnic identity and social distinctions (e.g. a tenant's 'The wet did for the barley' against a landlord's formal English). It can create authenticity and voice, or, if misused, caricature.",
  ),

  // ── Intertextuality
  card(
    "ballad",
    "3.1",
    "What are the conventions of the traditional **ballad**?",
    "A narrative song-poem, often anonymous and oral: quatrains alternating four- and three-stress lines (common metre), rhyme ABCB, refrains, plain diction, dialogue, and subjects such as love, death, disaster and the supernatural.",
  ),
  card(
    "sonnet",
    "3.1",
    "**Petrarchan** vs **Shakespearean** sonnet.",
    "Both are 14 lines, usually iambic pentameter.\n- **Petrarchan:** octave (ABBAABBA) + sestet (e.g. CDECDE), volta at line 9.\n- **Shakespearean:** three quatrains + a couplet (ABAB CDCD EFEF GG), often turning in the couplet.",
  ),
  card(
    "free-verse",
    "3.2",
    "What is **free verse**, and who pioneered it in English?",
    "Poetry without regular metre or rhyme, shaped by cadence, line breaks and repetition. Walt Whitman's *Leaves of Grass* (1855) is a landmark; it became a dominant mode in the twentieth century.",
  ),
  card(
    "archetype-motif",
    "3.3",
    "**Archetype** vs **motif**.",
    "- **Archetype:** a pattern recurring across cultures (the journey, the trickster, the fall from paradise).\n- **Motif:** an image, idea or object that recurs within a work or group of works (doors, keys, water).",
  ),
  card(
    "allusion",
    "3.3",
    "What is an **allusion**?",
    "A brief, indirect reference to another text, person or event that the reader is expected to recognise, adding layers of meaning (e.g. a story titled after a line from the Bible or a myth).",
  ),
  card(
    "canon",
    "3.4",
    "What is the literary **canon**, and why is it questioned?",
    "The body of works regarded as 'classics' and most often taught. It is questioned because it was shaped by institutions and by a narrow range of (often male, European, elite) writers and readers, excluding many voices.",
  ),
  card(
    "parody-pastiche",
    "3.6",
    "**Parody** vs **pastiche**.",
    "- **Parody:** imitation of a style or work for comic or critical effect.\n- **Pastiche:** imitation or blending of styles as homage, without necessarily mocking.",
  ),
  card(
    "retelling",
    "3.6",
    "How can a **retelling** transform its source?",
    "By shifting perspective (giving a voice to a silent character), moving the setting or period, changing form or genre. Reading both works together changes how we read the source, e.g. Jean Rhys's *Wide Sargasso Sea* and Charlotte Brontë's *Jane Eyre*.",
  ),
  card(
    "multiple-narrators",
    "3.5",
    "How can a single work offer **multiple perspectives**?",
    "Through several narrators (e.g. Lockwood and Nelly Dean in *Wuthering Heights*), shifting focalisation, letters from different writers, a chorus or competing voices in drama, or a poem's shifting addressees.",
  ),

  // ── Central concepts
  card(
    "seven-concepts",
    "C.1",
    "List the seven **central concepts** of the course.",
    "Identity, culture, creativity, communication, perspective, transformation, representation.",
  ),
  card(
    "identity",
    "C.1",
    "What does the concept of **identity** ask about literary works?",
    "How works present individual and collective identities (characters, speakers, communities), how writers' identities shape their work, and how reading affects the reader's own sense of self.",
  ),
  card(
    "culture",
    "C.2",
    "What does the concept of **culture** ask about literary works?",
    "How works reflect, shape and are shaped by the values, beliefs and practices of communities, and how cultural context affects both writing and reading.",
  ),
  card(
    "creativity",
    "C.3",
    "What does the concept of **creativity** ask about literary works?",
    "How writers use language and form imaginatively and originally (within or against conventions), and how readers respond creatively, generating interpretations and connections.",
  ),
  card(
    "communication",
    "C.4",
    "What does the concept of **communication** ask about literary works?",
    "How meaning passes between writer, text and reader: what is said and unsaid, the conventions a reader needs, and the gaps (irony, ambiguity, translation) that complicate it.",
  ),
  card(
    "dramatic-irony",
    "C.4",
    "What is **dramatic irony**?",
    "When the audience or reader knows something that a character does not, so the character's words or actions carry a meaning they cannot see (e.g. the audience knows a letter in the locked box will expose a secret).",
  ),
  card(
    "perspective",
    "C.5",
    "What does the concept of **perspective** ask about literary works?",
    "Whose point of view a work adopts (narrator, focaliser, speaker, characters) and how that shapes meaning; also the reader's own perspective and how other readings may differ.",
  ),
  card(
    "fid",
    "C.5",
    "What is **free indirect discourse**?",
    "Third-person narration that slips into a character's thoughts and idiom without quotation marks or 'she thought': 'It was not her business. Thirty-one years, and it had never once been her business.'",
  ),
  card(
    "unreliable",
    "C.5",
    "What is an **unreliable narrator**?",
    "A narrator whose account the reader has reason to doubt: through bias, ignorance, self-deception or deliberate concealment. The reader reads between the lines.",
  ),
  card(
    "transformation",
    "C.6",
    "What does the concept of **transformation** ask about literary works?",
    "How writers transform other texts (adaptation, retelling, allusion, parody) and how texts may transform readers' understanding or attitudes, and even the world.",
  ),
  card(
    "representation",
    "C.7",
    "What does the concept of **representation** ask about literary works?",
    "How literature relates to reality: whether it reflects, constructs or distorts the world, and how it represents people, places and experiences (whose voices are heard or silenced).",
  ),

  // ── Forms
  card(
    "prose-fiction-terms",
    "F.1",
    "Name four narrative perspectives in prose fiction.",
    "- **First person** ('I').\n- **Third-person limited** (close to one character).\n- **Third-person omniscient** (knows all minds, may comment).\n- **Second person** ('you'), rare.",
  ),
  card(
    "bildungsroman",
    "F.1",
    "What is a **Bildungsroman**?",
    "A novel of formation that follows a protagonist's growth from youth to maturity (e.g. Dickens's *Great Expectations*, Charlotte Brontë's *Jane Eyre*).",
  ),
  card(
    "non-fiction-forms",
    "F.2",
    "What counts as **prose non-fiction** in the course?",
    "Literary works that claim to be true: memoir, autobiography, essays, letters, diaries, travel writing, speeches and reportage of literary quality. Analyse them as crafted texts: voice, structure, imagery, selection of detail.",
  ),
  card(
    "metre",
    "F.3",
    "Name four metrical feet.",
    "- **Iamb:** da-DUM.\n- **Trochee:** DUM-da.\n- **Anapaest:** da-da-DUM.\n- **Dactyl:** DUM-da-da.\nFive iambs make **iambic pentameter**; unrhymed iambic pentameter is **blank verse**.",
  ),
  card(
    "poem-forms",
    "F.3",
    "**Elegy**, **ode**, **dramatic monologue**: define each.",
    "- **Elegy:** a poem of mourning or lament.\n- **Ode:** an elaborate lyric addressing and celebrating a subject.\n- **Dramatic monologue:** a persona speaks to a silent listener and reveals more than intended (Browning's 'My Last Duchess').",
  ),
  card(
    "sound-devices",
    "F.3",
    "**Alliteration**, **assonance**, **sibilance**.",
    "- **Alliteration:** repeated initial consonant sounds ('steel and stone').\n- **Assonance:** repeated vowel sounds ('the grey of Carrow Bay').\n- **Sibilance:** repeated 's' and 'sh' sounds, often hushed or sinister.",
  ),
  card(
    "drama-speech",
    "F.4",
    "**Soliloquy**, **aside**, **stichomythia**.",
    "- **Soliloquy:** a character alone speaks their thoughts.\n- **Aside:** a brief remark to the audience unheard by others on stage.\n- **Stichomythia:** rapid exchange of single short lines, often in conflict.",
  ),
  card(
    "subtext",
    "F.4",
    "What is **subtext** in drama?",
    "The meaning beneath what characters say: feelings and motives shown through pauses, evasions, actions and props rather than stated ('Vases. Three.' as a silent concession).",
  ),
  card(
    "tragedy-terms",
    "F.4",
    "**Hamartia**, **peripeteia**, **anagnorisis**.",
    "Aristotle's terms for tragedy:\n- **Hamartia:** the hero's error or flaw.\n- **Peripeteia:** a reversal of fortune.\n- **Anagnorisis:** the moment of recognition or discovery.",
  ),

  // ── Assessment (at both levels)
  card(
    "paper1",
    "1.4",
    "What is **Paper 1**?",
    "Guided literary analysis of unseen passages, each from a different literary form, with a guiding question (which offers a way in; students may take their own focus). **SL:** one of two passages, 1 h 15 min, 20 marks (35%). **HL:** both passages, 2 h 15 min, 40 marks (35%). Criteria A-D, 5 marks each per passage.",
  ),
  card(
    "paper2",
    "3.6",
    "What is **Paper 2**?",
    "A comparative essay (1 h 45 min, 30 marks) on one of four general questions, using **two** works studied in class (not those used for the oral or HL essay). Criteria: A knowledge/understanding/interpretation 10, B analysis/evaluation 10, C focus/organization 5, D language 5. SL 35%, HL 25%.",
  ),
  card(
    "io",
    "3.5",
    "What is the **individual oral**?",
    "A 15-minute oral (10 min talk + 5 min teacher questions), 40 marks: how a **global issue** is presented in an extract (up to 40 lines) from one work originally in English and one work in translation. SL 30%, HL 20%.",
  ),
  card(
    "global-issue",
    "3.5",
    "What makes a good **global issue** for the individual oral?",
    "An issue that has significance on a wide scale, is transnational, and whose impact is felt in everyday local contexts (e.g. how power silences dissent; the pressures of gender roles on marriage). The IB suggests fields such as culture, identity and community; beliefs, values and education; politics, power and justice; art, creativity and the imagination; science, technology and the environment.",
  ),

  // ── HL only
  card(
    "hl-essay",
    "1.1",
    "What is the **HL essay**?",
    "HL coursework: a formal 1,200-1,500-word essay developing a student's own **line of inquiry** into one literary work studied, externally assessed (20 marks, criteria A-D at 5 each; 20% of the HL grade).",
    HL,
  ),
  card(
    "hl-line-of-inquiry",
    "1.3",
    "What makes a strong **line of inquiry** for the HL essay?",
    "A focused, arguable question about how a work creates meaning (e.g. 'How does the recurring image of doors shape the reader's understanding of confinement in...?'), narrow enough for 1,500 words and grounded in close textual analysis.",
    HL,
  ),
  card(
    "hl-intentional-fallacy",
    "1.3",
    "What is the **intentional fallacy**?",
    "Wimsatt and Beardsley's term for the error of judging a work's meaning by its author's intentions rather than by the text itself.",
    HL,
  ),
  card(
    "hl-focalisation",
    "C.5",
    "What is **focalisation**?",
    "Genette's term for the perspective through which events are perceived, as distinct from who narrates ('who sees' vs 'who speaks').",
    HL,
  ),
  card(
    "hl-frame",
    "F.1",
    "What is a **frame narrative**?",
    "A story told within another story, as in Mary Shelley's *Frankenstein* (Walton's letters containing Victor's account containing the creature's). It multiplies perspectives and raises questions of reliability.",
    HL,
  ),
  card(
    "hl-stream",
    "3.2",
    "What is **stream of consciousness**?",
    "A modernist technique that renders the continuous flow of a character's thoughts, impressions and associations, often without conventional syntax.",
    HL,
  ),
  card(
    "hl-mimesis",
    "C.7",
    "What is **mimesis**?",
    "Imitation or representation of reality in art (Plato, Aristotle): the root of debates about how literature represents the world.",
    HL,
  ),
  card(
    "hl-medias-res",
    "1.5",
    "**In medias res**, **analepsis**, **prolepsis**.",
    "- **In medias res:** beginning in the middle of the action.\n- **Analepsis:** flashback.\n- **Prolepsis:** flash-forward or foreshadowing of later events.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "english-a-literature", flashcards };
export default file;
