import type { SubjectNotes, TopicNoteInput } from "@/lib/notes/topic-note-input";

// Revision notes for IB English A: Language and Literature (first assessment 2021), one per leaf topic.
// Original writing: every example passage was written for these notes and is labelled as such; only
// public-domain works (by authors writing before 1925) are named. The syllabus has no HL-only topic, so every
// note serves SL and HL. Money, if ever mentioned, is written in words (no dollar signs).

const BOTH: TopicNoteInput["levels"] = ["SL", "HL"];

const note = (code: string, body: string, levels = BOTH): TopicNoteInput => ({
  key: `englang-note-${code.toLowerCase().replace(/\./g, "-")}`,
  levels,
  topicCode: code,
  body: body.trim(),
});

const notes: TopicNoteInput[] = [
  // ── Readers, writers and texts
  note(
    "1.1",
    `
This guiding question asks what the course is for. Language and Literature studies **literary works** alongside **non-literary texts** (advertisements, speeches, articles, posts, infographics) because both use language to shape how readers think and feel. Studying them together trains you to notice *how* a text works, not only *what* it says, and to see that every text is made by a writer, for an audience, with a purpose.

### Key ideas
- **Text** is a broad term: anything that communicates meaning, including images and layouts.
- Analysis links **features** (word choice, structure, images) to **effects** on a reader and to **purpose**.
- The **learner portfolio** records your reading and connections across the course and feeds the oral and essays.
- The seven **central concepts** (identity, culture, creativity, communication, perspective, transformation, representation) give shared lenses for very different texts.

### Applying it
A charity leaflet and Wilfred Owen's "Dulce et Decorum Est" both try to move a reader to see suffering clearly. Comparing them shows that persuasion and poetry share tools (vivid imagery, direct address) while differing in purpose and form.

### Exam tips
- This question underpins every assessment: in Paper 1, the individual oral, Paper 2 and the HL essay, you must **analyse** how meaning is made.
- Avoid summary: every point needs a feature, a quoted reference and an effect.
- Use "the reader" or "the audience" precisely; say *who* the text seems to address.
`,
  ),
  note(
    "1.2",
    `
Texts affect us intellectually, emotionally, ethically and even physically (a shiver at a horror story, a laugh at satire). This question asks how such responses are produced and how they differ between readers. A response is partly designed by the writer and partly brought by the reader's own experience, values and context.

### Key ideas
| Technique | Typical effect |
|---|---|
| Emotive language | Provokes sympathy, anger or fear |
| Direct address ("you") | Creates involvement and responsibility |
| Humour and irony | Builds rapport or exposes hypocrisy |
| Suspense and withheld information | Creates tension and curiosity |
| Images (photos, colour) | Immediate emotional impact before reading |

- **Pathos, ethos and logos**: appeals to emotion, credibility and reason.
- Responses vary: the same advertisement may reassure one reader and irritate another.

### Applying it
Example written for this note: "Every night, Mina walks three kilometres for clean water. Tonight, you can shorten her walk." The named individual and the present tense create empathy; the shift to "you" turns emotion into a call to action.

### Exam tips
- In Paper 1, **analyse** the effect of techniques on the intended audience; in Paper 2, **compare** how two works affect readers.
- Do not claim a single effect for all readers: "may", "is likely to" and "invites" show awareness of varied responses.
- Avoid "this makes the reader want to read on": it says nothing specific.
`,
  ),
  note(
    "1.3",
    `
Meaning is not simply "in" a text: it is **constructed** by a writer's choices, **negotiated** between text and reader, **expressed** through language and form, and **interpreted** by readers in their own contexts. This is why two readers can reach different, equally well-supported readings.

### Key ideas
- **Denotation** (literal meaning) versus **connotation** (associations a word carries).
- **Implied meaning**: what is suggested rather than stated (irony, subtext, omission).
- **Ambiguity** can be deliberate, allowing several readings at once.
- Interpretation must be **supported**: quoted evidence and a clear line of reasoning make a reading persuasive.
- Context of reception (when, where and by whom a text is read) shapes interpretation.

### Applying it
Example written for this note: a travel website describes a village as "untouched by time". To one reader this connotes charm; to another it implies poverty and a lack of services. The phrase was constructed to attract tourists, but readers negotiate its meaning.

In Kate Chopin's "The Story of an Hour", the ending's final line about the cause of death can be read literally or ironically; the irony is where much of the story's meaning lies.

### Exam tips
- Paper 1 criterion A rewards understanding of **literal and implied meaning**; go beyond the obvious.
- Use tentative, precise phrasing: "suggests", "implies", "could be read as".
- A common mistake is offering an interpretation without evidence, or evidence without interpretation.
`,
  ),
  note(
    "1.4",
    `
Language use changes with **text type** (advertisement, editorial, blog, speech, infographic) and with **literary form** (prose fiction, prose non-fiction, poetry, drama). Each carries conventions that readers expect and that writers exploit. Recognising the text type quickly is the first step in any unseen analysis.

### Key ideas
| Text type or form | Typical features |
|---|---|
| Advertisement | Slogan, imperative verbs, images, logo, call to action |
| Opinion column | First person, rhetorical questions, evidence, strong stance |
| Speech | Direct address, repetition, tricolon, inclusive "we" |
| Poetry | Line breaks, rhythm, sound patterns, compressed imagery |
| Drama | Dialogue, stage directions, action shown rather than narrated |

- **Register** (formal or informal) and **tone** vary with audience and purpose.
- Multimodal texts combine words with layout, colour, typography and image.

### Applying it
Example written for this note: a recycling message as a poster might read "Sort it. Save it."; as a council report it would read "Residents are asked to separate recyclable materials." Same content, but the poster uses brisk imperatives and rhyme for impact, the report a passive, impersonal register for authority.

### Exam tips
- In Paper 1, **identify** the text type early and analyse how conventions serve its purpose.
- In Paper 2, compare how forms (for example, a play and a novel) shape meaning differently.
- Avoid listing features without explaining why they suit the audience.
`,
  ),
  note(
    "1.5",
    `
**Structure** is how a text is organised (order, sections, openings and endings, shifts); **style** is the characteristic way it uses language (diction, syntax, imagery, tone). Both shape meaning: the same events told in a different order, or in a different voice, mean something different.

### Key ideas
- Structural features: chronology and flashback, juxtaposition, turning points (the volta in a sonnet), circular endings, paragraphing and headings.
- Stylistic features: sentence length and type, diction, figurative language, sound, point of view.
- **Narrative voice**: first person gives intimacy but limited knowledge; third-person omniscient gives range and authority.
- In visual texts, **layout** is structure: the eye moves from the dominant image to the headline to the detail.

### Applying it
Example written for this note: "The house was quiet. Too quiet. Then the phone rang." The shortening sentences build tension; the fragment "Too quiet" isolates the unease; the final clause breaks it.

Shakespeare's sonnets often turn at the final couplet, so structure itself delivers a twist or resolution.

### Exam tips
- Paper 1 and Paper 2 criterion B reward analysis of how **structure and style** create meaning; examiners notice when structure is ignored.
- Discuss structure beyond "it has paragraphs": say how the opening sets up the ending, or how a shift changes tone.
- **Evaluate** a choice: ask how effective it is for the purpose.
`,
  ),
  note(
    "1.6",
    `
Texts can offer **insights** (new understanding of people, society or ourselves) and **challenges** (to our assumptions, our comfort, or our ability to interpret). Some challenges are deliberate, such as unsettling endings or disturbing content; others come from difficulty of language or unfamiliar contexts.

### Key ideas
- Insight can be moral, psychological, social or political.
- Challenge can come from **form** (fragmented narrative, unreliable narrator), **content** (violence, injustice) or **perspective** (a voice unlike the reader's).
- Satire challenges by exaggeration: Jonathan Swift's "A Modest Proposal" shocks readers into seeing the cruelty of indifference to poverty.
- Readers may resist a text's challenge; that resistance is itself worth discussing.

### Applying it
Henrik Ibsen's *A Doll's House* ends with a door closing on a marriage. Early audiences were challenged because the ending refused the expected reconciliation; the insight concerns the roles the marriage forced on both partners.

Example written for this note: an anti-littering campaign photographing a beach "as you left it" challenges the viewer by assigning blame directly.

### Exam tips
- Useful in Paper 2 (comparing how two works challenge readers) and in the individual oral (how texts present a global issue).
- **Discuss** and **evaluate** rather than simply agree: was the challenge effective, and for whom?
- Avoid moralising about the topic; keep the focus on how the text creates the insight.
`,
  ),

  // ── Time and space
  note(
    "2.1",
    `
Every text is **produced** in a context (the writer's time, place, culture, politics and audience) and **received** in contexts that may be very different. This question asks how far knowing the context changes or deepens meaning, and when a text can stand on its own.

### Key ideas
- **Context of production**: the circumstances in which a text was written and published.
- **Context of reception**: the circumstances in which it is read, including the reader's own.
- Context explains references, attitudes and conventions that might otherwise puzzle or mislead a reader.
- Over-reliance on biography can replace analysis; context should illuminate the text, not substitute for it.

### Applying it
Frederick Douglass's *Narrative of the Life of Frederick Douglass* (1845) was written partly to prove to doubting readers that a formerly enslaved man was its author; the detailed, controlled prose is itself an argument. Knowing this context shows why style matters so much in the work.

Example written for this note: a 1950s advertisement promising a refrigerator "she'll thank you for" assumes a male buyer and female homemaker; its original audience may not have noticed what today's reader sees at once.

### Exam tips
- Paper 2 criterion A rewards understanding of the works; context is relevant when it supports your comparison, not as a history lecture.
- In Paper 1, the unseen text's context is usually limited to what the passage and its source line show: infer carefully.
- Link context to a feature: "Because the audience was..., the writer...".
`,
  ),
  note(
    "2.2",
    `
Texts from other times and cultures ask readers to bridge distance: of language, values, references and assumptions. This question is about the reader's stance: how to read with openness and historical awareness, without either dismissing a text as "old-fashioned" or pretending our own values are absent.

### Key ideas
- **Cultural distance**: unfamiliar customs, beliefs or references that need research or careful inference.
- **Works in translation**: the translator's choices shape the text we read; compare the original language's conventions where possible.
- **Presentism**: judging the past solely by present values; awareness of it helps balanced reading.
- Readers can ask: what did this mean then, and what does it mean now?

### Applying it
Reading Anton Chekhov's plays in English translation, a reader meets a world of estates and servants in nineteenth-century Russia. Research into that society explains why characters feel trapped, while the reader's own experience of change and loss makes them recognisable.

Example written for this note: a student's learner portfolio entry might note, "At first the formal dialogue felt stiff; once I saw it as a sign of rigid social rank, the politeness read as tension."

### Exam tips
- Central to the individual oral and Paper 2 when studied works come from different times or places.
- Show awareness without apology: "to a modern reader... whereas a contemporary audience...".
- Avoid sweeping claims about whole cultures ("people back then believed...").
`,
  ),
  note(
    "2.3",
    `
Texts can give readers a window into another culture, but every window is framed. This question asks how far a text's insight is reliable: who is speaking, for whom, and with what purpose? An insider's account and an outsider's travel writing offer very different kinds of insight.

### Key ideas
- **Insider and outsider perspectives**: a member of a culture may show nuance; an outsider may notice what insiders take for granted, or may stereotype.
- **Representation** is selective: a single text cannot stand for a whole culture.
- **Exoticism**: presenting a culture as strange or picturesque for an outside audience.
- Translation, genre and audience all filter the cultural picture.

### Applying it
Example written for this note: a tourism advertisement shows a smiling fisherman at sunrise above the slogan "Life moves slower here". It offers a glimpse of a coastal culture, but the image is chosen to sell a holiday; it leaves out work, weather and economic pressure.

Rabindranath Tagore's short stories, written from within Bengali society, give detailed insight into family and class relations, yet they are also one writer's view.

### Exam tips
- Useful in the individual oral when your global issue involves culture or identity, and in Paper 2 comparisons.
- **Evaluate** the insight: "to what extent" questions need a judgement, not only description.
- Avoid treating a text as a documentary record; always ask whose view it gives.
`,
  ),
  note(
    "2.4",
    `
A text's words may stay the same, but its meaning and impact change as readers, values and contexts change. A work once thought shocking may seem tame; a once-admired text may now seem prejudiced; a forgotten work may be rediscovered.

### Key ideas
- **Reception history**: how responses to a text have changed since publication.
- Shifts in social values (about gender, race, class, empire) change what readers notice.
- Language itself changes: words gain or lose connotations.
- **Adaptation** (film, stage, retelling) renews or transforms a text's meaning for new audiences.

### Applying it
Mary Shelley's *Frankenstein* (1818) was first read partly as a Gothic tale of horror; later readers have also read it as a warning about scientific responsibility and as a story of rejection and parenthood. The text has not changed, but the questions readers bring have.

Example written for this note: a 1990s mobile phone advert boasting "Stay connected everywhere" seemed exciting; read today, after debates about screen time, the same slogan may sound like a warning.

### Exam tips
- Strong in Paper 2 when one work is older: compare original and modern reception.
- In the HL essay, reception over time can be a productive line of inquiry.
- Support claims about past reception carefully; do not invent critical history. "Could have been read as" is safer than a false fact.
`,
  ),
  note(
    "2.5",
    `
Texts do not only describe cultural practices; they can **reflect** them, **represent** them (selectively, from a viewpoint) and **form part of** them. A wedding speech, a national anthem, a recipe blog or a funeral elegy is itself a practice, with rituals and conventions that communities recognise.

### Key ideas
- **Reflect**: a text mirrors habits and values of its time, often unconsciously.
- **Represent**: a text constructs a version of a practice, which may idealise or criticise it.
- **Form part of**: some texts are performed or used within the practice (prayers, anthems, toasts, slogans at protests).
- Digital practices (memes, hashtags, reviews) are cultural practices with their own conventions.

### Applying it
Example written for this note: a supermarket's holiday advertisement shows three generations around a crowded table. It reflects a common family ritual, represents it as warm and abundant (leaving out stress and cost), and becomes part of the season itself when viewers share it every year.

Thomas Hardy's novels often portray rural customs, such as fairs and harvests, that were disappearing as he wrote; they preserve and also mourn the practices they represent.

### Exam tips
- Good for the individual oral, where a body of non-literary work (such as a campaign) can be paired with a literary work on the same global issue.
- **Analyse** how conventions of the practice appear in the text's language and images.
- Avoid general cultural commentary that loses contact with the text.
`,
  ),
  note(
    "2.6",
    `
Language signals who we are and where we stand socially. Accent, dialect, vocabulary, register and forms of address can mark class, region, age, gender, ethnicity and group membership, and texts can use these markers to include, exclude, mock or celebrate.

### Key ideas
- **Register**: the level of formality chosen for a situation.
- **Dialect and sociolect**: varieties of language linked to region or social group.
- **Jargon and slang**: specialised or informal vocabulary that marks insiders.
- **Forms of address** ("Sir", first names, nicknames) reveal power relations.
- **Code-switching**: shifting between varieties depending on audience.

### Applying it
Charles Dickens gives many characters distinctive speech (dialect spellings, verbal tics), which makes social class audible on the page; readers can ask whether this humanises or caricatures them.

Example written for this note: a bank advertisement aimed at students says "No stress, no fees, no cap." The slang seeks to sound like its audience; an older reader may find it forced, which shows how language marks, and can misjudge, identity.

### Exam tips
- Paper 1 passages often use register to build a relationship with the audience: **analyse** who is included or excluded.
- In Paper 2 and the oral, link dialogue and voice to identity and power.
- Avoid calling non-standard language "wrong" or "bad grammar"; describe its function.
`,
  ),

  // ── Intertextuality: connecting texts
  note(
    "3.1",
    `
Every **genre** (tragedy, detective story, sonnet) and **text type** (advertisement, news report, op-ed) comes with **conventions**: expected features that readers recognise. Writers gain meaning both by following conventions, which builds trust and familiarity, and by breaking them, which surprises, parodies or criticises.

### Key ideas
- **Adherence**: meeting expectations so the text is understood quickly and feels authoritative.
- **Deviation**: subverting expectations to create surprise, humour, irony or critique.
- **Parody and pastiche**: imitating a genre's conventions to mock or to pay tribute.
- **Hybrid texts**: mixing conventions, such as an advertisement written as a news article (an "advertorial").

| Convention | Adhered to | Deviated from |
|---|---|---|
| News headline | Concise, factual, present tense | A pun or question that signals opinion |
| Sonnet | Fourteen lines, a turn | Broken rhyme to mirror a broken feeling |
| Fairy tale ending | "Happily ever after" | An open or bleak ending |

### Applying it
Example written for this note: a charity poster laid out as a restaurant menu lists "Today's special: one meal, for one family, for one week." The borrowed format draws attention; the deviation from the expected prices delivers the message.

### Exam tips
- In Paper 1, **identify** the text type, then **analyse** where it follows and departs from conventions and why.
- In Paper 2, compare how two works use or subvert genre.
- Avoid naming a convention without saying what its use achieves.
`,
  ),
  note(
    "3.2",
    `
Conventions are not fixed: they evolve as technology, audiences and values change. The novel, the newspaper, the advertisement and the poem have all changed form, and new text types (blogs, podcasts, social media posts) develop conventions of their own.

### Key ideas
- **Technological change**: print, radio, television and the internet each reshaped how texts are written and read.
- **Social change**: shifts in values alter what is acceptable or persuasive (for example, advertising that once relied on stereotypes).
- **Literary innovation**: writers rework forms, such as free verse loosening traditional metre, or stream of consciousness reshaping narration.
- New conventions often borrow old ones: an online review keeps the star rating of print criticism.

### Applying it
Epistolary novels told in letters, such as Bram Stoker's *Dracula* (1897), built stories out of documents; today's stories told through text messages or posts develop the same idea for new media.

Example written for this note: early print advertisements were dense with text explaining a product; a typical modern social media advert might have one image, four words and a hashtag. The shift reflects shorter attention, visual platforms and scrolling readers.

### Exam tips
- Useful in Paper 2 when comparing works from different periods, and for HL essay lines of inquiry about form.
- **Discuss** both continuity and change; conventions rarely disappear entirely.
- Avoid vague claims such as "things were different back then"; name the convention and how it changed.
`,
  ),
  note(
    "3.3",
    `
Texts that look very different (a poem and a poster, a Victorian novel and a blog) may share themes, purposes, techniques or concerns. Finding these points of similarity is the basis of comparison in the course, and of the connections recorded in the learner portfolio.

### Key ideas
- Points of similarity can be **thematic** (both explore injustice), **formal** (both use a first-person voice), **rhetorical** (both use direct address) or **contextual** (both respond to war).
- **Intertextuality**: texts refer to, quote, echo or rewrite other texts.
- Similarity is more interesting when paired with difference: "both... but...".
- Global issues often link literary and non-literary texts.

### Applying it
Wilfred Owen's war poems and a modern anti-war campaign poster might both use graphic imagery to counter glorified images of war. The similarity lies in purpose and technique; the difference lies in form (a poem's compressed imagery versus a poster's single image and slogan).

Example written for this note: a learner portfolio link might read "Both the speech and the novel end with a question addressed to the reader, shifting responsibility from the text to the audience."

### Exam tips
- Central to Paper 2 (two works) and the individual oral (one literary work, one body of non-literary work, linked by a global issue).
- **Compare and contrast** throughout: integrate both texts in each paragraph rather than writing about one, then the other.
- Avoid forced links: the connection should be genuine and specific.
`,
  ),
  note(
    "3.4",
    `
A **classic** is usually a text that has lasted, been widely read and studied, and influenced others. This question asks how valid that label is: who decides what counts as classic, what gets left out, and whether a text's status affects how we read it.

### Key ideas
- **Canon**: the body of works considered most important in a tradition.
- Arguments for classics: lasting relevance, artistic achievement, influence on later writers.
- Arguments against: canons have historically favoured certain groups (often male, Western, wealthy), excluding other voices.
- Status can be revised: neglected writers are rediscovered and added to reading lists.
- Non-literary texts can also become "classic", such as famous speeches or advertising campaigns.

### Applying it
Jane Austen's novels are widely treated as classics: admired for irony and social observation, and endlessly adapted. A reader can still ask why marriage plots among the gentry became central to the canon while other experiences of the period received less attention.

Example written for this note: a portfolio entry might note, "Knowing this was a 'classic' made me expect seriousness, so I missed the jokes until the second reading."

### Exam tips
- Relevant to Paper 2 questions on lasting significance and to HL essay lines of inquiry.
- **To what extent** questions need a balanced judgement, not simple praise.
- Avoid "this is a classic because it is timeless" without evidence of what endures and why.
`,
  ),
  note(
    "3.5",
    `
A single issue (war, migration, gender roles, climate) can be approached from many perspectives, within one text or across several. This question asks how texts present, balance, privilege or silence viewpoints, and how reading several texts together builds a fuller picture.

### Key ideas
- **Multiple narrators** or shifting focalisation give several viewpoints within one work.
- **Juxtaposition** of texts (an official report and a personal blog) reveals competing perspectives.
- **Bias and selection**: what a text includes or omits shapes its perspective.
- **Marginalised voices**: perspectives a dominant text leaves out.

### Applying it
Example written for this note: two texts on a factory closing. A company press release: "The restructuring will secure our long-term future." A worker's post: "Forty years, and we found out from the news." The same event appears as strategy in one, as betrayal in the other; the abstract nouns of the release contrast with the personal time span and pronoun "we" of the post.

Robert Browning's dramatic monologues, such as "My Last Duchess", give one speaker's perspective while letting readers see what he conceals.

### Exam tips
- Useful in the individual oral, where two texts can present a global issue from different angles.
- In Paper 1, **analyse** whose perspective the passage adopts and how.
- Avoid treating the writer's view and a character's or speaker's view as the same.
`,
  ),
  note(
    "3.6",
    `
Comparison does more than list similarities: placing texts side by side can change how we understand each one. Interpretation can be **transformative** for the reader (changing beliefs or understanding), and texts can themselves transform other texts through adaptation, parody and rewriting.

### Key ideas
- Reading A after B can reveal features of A that were invisible alone.
- **Rewriting and adaptation**: later texts respond to earlier ones, often giving voice to a silenced character or updating a setting.
- **Transformation of the reader**: texts may change attitudes, and comparison sharpens this.
- Interpretation is active: each reading adds to a text's meaning.

### Applying it
Reading Ibsen's *A Doll's House* alongside Kate Chopin's *The Awakening* (1899) may transform a reader's view of both: each heroine's decision looks less like a personal crisis and more like a response to shared social expectations about marriage.

Example written for this note: a student who reads a travel brochure after a novel about the same island might now notice which parts of island life the brochure leaves out.

### Exam tips
- Central to Paper 2: examiners reward comparison that produces insight, not parallel summaries.
- The HL essay focuses on one studied text or body of work, so a line of inquiry about how that work transforms a convention or an earlier source can work well.
- Avoid ending with "both texts are similar yet different": state what the comparison revealed.
`,
  ),

  // ── Central concepts
  note(
    "C.1",
    `
**Identity** concerns who people are and how they are presented: the writer's identity, the identities of characters or speakers, and the identity a text invites its reader to adopt. Texts can construct, question, stereotype or celebrate identities of gender, class, nationality, age, ethnicity and more.

### Key ideas
- Identity is **constructed** through language: names, pronouns, labels, voice and dialect.
- **Individual and collective identity**: "I" versus "we"; texts can build group belonging or exclusion.
- **Authorial identity**: a writer's background may shape a text, but a speaker or narrator is not the writer.
- Advertising often sells an identity ("the kind of person who...") rather than a product.

### Applying it
Example written for this note: a running-shoe advert reads "You don't run to win. You run because you're a runner." The product is barely mentioned; the text offers the reader an identity to step into.

In Charlotte Brontë's *Jane Eyre*, the first-person narrator asserts her own worth against those who define her by poverty and gender, so the narrative voice itself claims an identity.

### Exam tips
- A productive concept for individual oral global issues and HL essay lines of inquiry.
- **Analyse** how identity is built, with specific features, rather than describing the identity.
- Avoid confusing the poet or novelist with the speaker or narrator.
`,
  ),
  note(
    "C.2",
    `
**Culture** refers to the shared beliefs, values, practices and expressions of a group. Texts are shaped by the culture of their production, can represent cultures (their own or others'), and are read through the cultures of their readers. Culture links closely to context and to the Time and space area of exploration.

### Key ideas
- Texts carry cultural **values**, sometimes openly, sometimes as unexamined assumptions.
- **Cultural context** of production and of reception may differ.
- **Popular and high culture**: the course values both, from song lyrics to epic poetry.
- **Cultural appropriation and representation**: who has the right or authority to represent a culture?

### Applying it
Example written for this note: a fast-food chain adapts its slogan for different countries: "Family time, every time" in one market, "Quick lunch, back to work" in another. The product is the same; the cultural values the advert appeals to differ.

Rudyard Kipling's poems from the 1890s reflect the imperial culture of their time and invite critical reading today.

### Exam tips
- Culture is central to Paper 2 comparisons of works from different places and to individual oral global issues.
- Go beyond "in their culture..." statements: link a cultural value to a specific feature of the text.
- Avoid generalising about an entire nation or people from one text.
`,
  ),
  note(
    "C.3",
    `
**Creativity** covers both the writer's inventive use of language and form and the reader's creative work in interpreting. It includes originality, but also the skilful reworking of existing material: many admired texts transform familiar stories, genres or slogans.

### Key ideas
- **Writer's creativity**: fresh imagery, new forms, wordplay, unexpected structure.
- **Reader's creativity**: filling gaps, making connections, producing new interpretations.
- **Creative constraint**: strict forms (a sonnet, a six-word slogan) can sharpen invention.
- In non-literary texts, creativity serves a purpose: a memorable campaign must still persuade.

### Applying it
Example written for this note: a library poster reads "Overdue? So is your next adventure." The pun turns a scolding word into an invitation, so a routine reminder becomes playful and persuasive.

Gerard Manley Hopkins's poems bend syntax and invent compound words to capture intense perception; his creativity lies in stretching English itself.

### Exam tips
- In Paper 1 and Paper 2, criterion B rewards **evaluation** of how effective creative choices are, not just their identification.
- In the HL essay, a line of inquiry can explore how a writer reworks a convention or source.
- Avoid "the writer is very creative": name the choice and its effect.
`,
  ),
  note(
    "C.4",
    `
**Communication** is the relationship between writer, text and reader (or speaker, message and audience). This concept asks how meaning passes, or fails to pass, between them, and how medium, purpose, audience and context shape what is communicated.

### Key ideas
- The **communication situation**: who is addressing whom, through what medium, for what purpose.
- **Purpose**: to inform, persuade, entertain, instruct, warn, commemorate.
- **Audience**: intended versus actual readers; texts often address an ideal reader.
- **Medium and mode**: print, spoken, visual, digital, multimodal; each affects what can be said and how.
- Communication can break down: ambiguity, unreliable narrators and misread tone are all material for analysis.

### Applying it
Example written for this note: an airline apology begins "We let you down" rather than "Some passengers experienced delays". The active voice and direct "you" communicate responsibility; the passive alternative would have distanced the company from the problem.

In Shakespeare's *Othello*, tragedy grows from manipulated communication: misleading hints and a misinterpreted handkerchief.

### Exam tips
- Paper 1 guiding questions often focus on how a text communicates with its audience: **analyse** purpose and audience explicitly.
- In the individual oral, discuss how each text communicates its view of the global issue.
- Avoid treating audience as "everyone"; be as specific as the evidence allows.
`,
  ),
  note(
    "C.5",
    `
**Perspective** is the position from which a text sees its subject: the viewpoint of a narrator, speaker, character, writer or institution, and also the reader's own standpoint. Every text selects and frames, so no text is perspective-free, including news reports and infographics.

### Key ideas
- **Point of view**: first, second or third person; limited or omniscient.
- **Focalisation**: whose perceptions the narrative follows.
- **Bias and framing**: choice of words, images, quotations and data shape a viewpoint.
- **Multiple perspectives** within or across texts allow comparison.
- The reader's perspective (age, culture, experience) affects interpretation.

### Applying it
Example written for this note: two headlines about the same protest. "Thousands march for cleaner air" and "City centre brought to a standstill by protesters". The first frames the marchers as the subject and their cause as positive; the second foregrounds disruption and casts them as the problem.

Emily Brontë's *Wuthering Heights* is told largely through the housekeeper Nelly Dean and the visitor Lockwood, whose limited, partial perspectives shape how readers judge the main characters.

### Exam tips
- In Paper 1, **identify** and **analyse** the perspective of the passage and how it is constructed.
- In Paper 2, compare how two works use narrative perspective.
- Avoid assuming a narrator speaks for the writer.
`,
  ),
  note(
    "C.6",
    `
**Transformation** covers change at several levels: texts that transform other texts (adaptation, parody, retelling), texts that show characters or societies transforming, and texts that transform readers' views or lead to action in the world.

### Key ideas
- **Intertextual transformation**: rewriting a myth, adapting a novel to film, parodying a famous speech.
- **Transformation within a text**: a character's development, a shift in tone, a volta.
- **Transformation of the reader**: a text may challenge beliefs or change behaviour (the aim of many campaigns).
- **Social transformation**: some texts are credited with influencing public debate.

### Applying it
Ovid's *Metamorphoses* takes transformation as its subject, and countless later texts have transformed its stories in turn; Shakespeare reworked the tale of Pyramus and Thisbe within *A Midsummer Night's Dream*, turning a tragic story into comic performance.

Example written for this note: a public-health campaign rewrites a familiar lullaby as "Rock-a-bye baby, on your back to sleep". The borrowed rhythm makes the safety advice memorable while transforming the original's unsettling content.

### Exam tips
- Useful for Paper 2 questions about change and for HL essay lines of inquiry.
- **Evaluate** the effect of a transformation: what does the new version add, remove or criticise?
- Avoid claiming a text "changed society" without evidence; focus on how it invites change.
`,
  ),
  note(
    "C.7",
    `
**Representation** is the way texts portray people, places, events and ideas. A representation is never a neutral copy of reality: it is constructed through selection, language, image and form, and it can reinforce or challenge stereotypes. This concept also asks how far language can represent reality at all.

### Key ideas
- **Selection and omission**: what is shown, and what is left out.
- **Stereotype**: a simplified, repeated representation of a group.
- **Counter-representation**: texts that challenge dominant images.
- **Visual representation**: camera angle, framing, colour and composition in images.
- **Who represents whom**: self-representation versus representation by others.

### Applying it
Example written for this note: a photograph for a news story about a flood shows one small child on a rooftop, shot from above. The high angle makes the child look vulnerable; choosing one face rather than a crowd makes the disaster personal.

Harriet Beecher Stowe's *Uncle Tom's Cabin* (1852) represented slavery to a wide audience to provoke opposition, yet later readers have criticised some of its representations as stereotyped, showing that representation can be both powerful and limited.

### Exam tips
- Representation is common in individual oral global issues and Paper 1 visual texts.
- **Analyse** the features that construct the representation, then **evaluate** its effect and fairness.
- Avoid judging whether a representation is "accurate" without analysing how it is built.
`,
  ),

  // ── Texts studied
  note(
    "T.1",
    `
The course studies **literary works** across the four literary forms (prose fiction, prose non-fiction, poetry, drama), from different periods and places, including works in translation. SL students study four works and HL students six. Literary works are the basis of Paper 2 and supply one of the two texts in the individual oral.

### Key ideas
| Form | Features to analyse |
|---|---|
| Prose fiction | Narrative voice, characterisation, setting, plot structure, symbolism |
| Prose non-fiction | Voice of the writer, selection of experience, argument, reflection |
| Poetry | Imagery, sound, rhythm and metre, line breaks, stanza form |
| Drama | Dialogue, stage directions, dramatic irony, staging, performance |

- **Works in translation**: consider the translator's choices and the original cultural context.
- Know your works in detail: key passages, quotations and how each opens and ends.

### Applying it
A Paper 2 pairing might set Shakespeare's *Macbeth* against Mary Shelley's *Frankenstein* on ambition: the play shows ambition through soliloquy and action on stage, the novel through framed first-person narratives. The forms shape how readers judge each overreacher.

### Exam tips
- **Paper 2**: a comparative essay on two studied works in response to one of four general questions; you may not use works from your individual oral.
- **Individual oral**: an extract from one literary work plus an extract from one non-literary body of work, linked by a global issue.
- **HL essay**: may focus on a literary work.
- Avoid plot summary; analyse how form and technique produce meaning.
`,
  ),
  note(
    "T.2",
    `
**Non-literary texts** are texts not usually classed as literature: advertisements, speeches, articles, editorials, blogs, infographics, cartoons, photographs, letters, social media posts, reports and more. Many are **multimodal**, combining words and images. A **body of work** is a collection of non-literary texts by one author or source (such as a campaign or a series of cartoons) studied together.

### Key ideas
| Text type | Features to look for |
|---|---|
| Advertisement | Slogan, imperative, image, logo, target audience, call to action |
| Speech | Direct address, repetition, tricolon, inclusive pronouns, rhetorical questions |
| Opinion article | Headline, stance, evidence, anecdote, tone, concluding appeal |
| Infographic | Data selection, visual hierarchy, colour coding, source credibility |

- Always consider **purpose, audience and context**, then how features serve them.
- Visual features: layout, typography, colour, camera angle, salience (what the eye sees first).

### Applying it
Example written for this note: an infographic titled "Your city, breathing easier" shows a green line falling over five years. The choice of green and the falling line suggest success; the reader should ask what the data measure, who produced the graphic and what the scale hides.

### Exam tips
- **Paper 1**: guided analysis of unseen non-literary passages (one at SL, two at HL, each with a guiding question you may use).
- **Individual oral** and the **HL essay** may use non-literary bodies of work.
- Avoid ignoring the visual elements of a multimodal text; examiners expect analysis of images and layout.
`,
  ),
];

export default { subject: "english-a-language-and-literature", notes } satisfies SubjectNotes;
