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
];

export default { subject: "english-a-language-and-literature", notes } satisfies SubjectNotes;
