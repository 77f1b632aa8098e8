import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Theatre (first assessment 2024): staging and design vocabulary, the theatre-maker roles,
// performer and director techniques, world theatre traditions (widely known facts only), collaborative
// creation, the assessment tasks and, at HL, theatre theorists. No play is quoted; examples are written for
// this bank. Keys use "theatre-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `theatre-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Creator
  card(
    "roles",
    "R.1",
    "What are the four **theatre-maker roles** in IB Theatre?",
    "**Creator, designer, director and performer.** Students work in all four, and each assessment task emphasises some of them (e.g. director and designer in the production proposal).",
  ),
  card(
    "creative-process",
    "R.1",
    "What are the four stages of the **creative process** in IB Theatre?",
    "**Inquiring** (researching and exploring), **developing** (experimenting, rehearsing, shaping), **presenting** (sharing the work with an audience) and **evaluating** (reflecting on the process and the impact on the audience).",
  ),
  card(
    "devising",
    "R.1",
    "Define **devising**.",
    "Creating original theatre, usually as an ensemble, from a starting point (image, object, story, question) rather than from an existing script; material is generated through improvisation, research and practical exploration, then shaped and refined.",
  ),
  card(
    "verbatim",
    "R.1",
    "What is **verbatim theatre**?",
    "Theatre built from the exact words of real people (interviews, transcripts, testimony), selected and arranged by the theatre-makers. It claims authenticity, which brings ethical duties: consent, fair editing, protecting participants.",
  ),
  card(
    "structure",
    "R.1",
    "**Linear**, **non-linear** and **episodic** structure.",
    "- **Linear:** events in chronological order.\n- **Non-linear:** out of order (flashbacks, jumps, fragments), so the audience pieces the story together.\n- **Episodic:** a sequence of self-contained scenes linked by theme or character rather than one continuous plot.",
  ),
  card(
    "stage-directions",
    "R.1",
    "What do **stage directions** do in a script?",
    "They record setting, entrances and exits, actions, pauses and sometimes tone or design ideas. Directors and performers interpret them; many record the conditions of a first production.",
  ),

  // ── Designer
  card(
    "gobo",
    "R.2",
    "What is a **gobo**?",
    "A thin metal (or glass) stencil placed in a profile (ellipsoidal) lantern to project a pattern (leaves, a window, a moon) onto the stage or scenery.",
  ),
  card(
    "cyclorama",
    "R.2",
    "What is a **cyclorama**?",
    "A large, plain (usually pale) cloth or curved wall at the back of the stage, lit in colour to suggest sky, time of day or mood.",
  ),
  card(
    "gauze",
    "R.2",
    "How does a **gauze** (scrim) work?",
    "Lit from the front only, it looks solid; when the front light fades and the area behind is lit, it becomes see-through. Used for reveals, memories, dreams and ghosts.",
  ),
  card(
    "lanterns",
    "R.2",
    "**Profile** vs **fresnel** vs **flood**.",
    "- **Profile (ellipsoidal):** hard-edged beam, shaped with shutters, takes gobos.\n- **Fresnel:** soft-edged beam, for blending washes.\n- **Flood:** wide, unfocused spread, e.g. to light a cyclorama.",
  ),
  card(
    "gel-wash-special",
    "R.2",
    "Define **gel**, **wash** and **special** in lighting.",
    "- **Gel:** a coloured filter in front of a lantern.\n- **Wash:** even light over a large area.\n- **Special:** a lantern focused for one specific moment or place (e.g. a pool of light on a chair).",
  ),
  card(
    "diegetic",
    "R.2",
    "**Diegetic** vs **non-diegetic** sound.",
    "- **Diegetic:** has a source in the world of the play and characters can hear it (a radio, a doorbell).\n- **Non-diegetic:** heard only by the audience (underscoring, a mood soundscape).",
  ),
  card(
    "sound-cue",
    "R.2",
    "What is a **sound cue** (or lighting cue)?",
    "A numbered, pre-set change in sound or light triggered at an exact moment in the performance; cues are marked in the prompt copy and called by the stage manager ('Standby LX 14... LX 14, go').",
  ),
  card(
    "box-set",
    "R.2",
    "What is a **box set**?",
    "A naturalistic set representing a room with three walls (and sometimes a ceiling); the missing fourth wall faces the audience.",
  ),
  card(
    "practical",
    "R.2",
    "What is a **practical** in lighting?",
    "A light source that is visible on stage and appears to work in the world of the play (a table lamp, a candle, a fluorescent tube), often supported by hidden lanterns.",
  ),

  // ── Director
  card(
    "blocking",
    "R.3",
    "Define **blocking**.",
    "The planned positions and movements of the performers on stage, worked out in rehearsal and recorded in the prompt copy.",
  ),
  card(
    "proxemics",
    "R.3",
    "Define **proxemics**.",
    "The use of space and distance between performers (and between performers and audience) to communicate relationships, status and emotion.",
  ),
  card(
    "stage-areas",
    "R.3",
    "**Upstage**, **downstage**, **stage left** and **stage right**.",
    "- **Upstage:** away from the audience; **downstage:** towards the audience.\n- **Stage left / right:** the actor's left / right when facing the audience (so stage left is the audience's right).",
  ),
  card(
    "proscenium",
    "R.3",
    "What is a **proscenium arch** stage?",
    "An end-on stage framed by an arch like a picture frame, with the audience on one side; it suits illusion, scenic changes and controlled sightlines. The **apron** is the part of the stage in front of the arch.",
  ),
  card(
    "thrust",
    "R.3",
    "What is a **thrust** stage?",
    "An acting area that projects into the audience, who sit on three sides: intimate, but the director must keep action visible from all three sides.",
  ),
  card(
    "traverse",
    "R.3",
    "What is **traverse** staging?",
    "An acting area between two facing banks of audience, like a catwalk or street; spectators see each other behind the action.",
  ),
  card(
    "in-the-round",
    "R.3",
    "What is **in-the-round** staging, and its main challenge?",
    "The audience surrounds the acting area on all sides: very intimate, but someone always sees a performer's back, so directors keep movement fluid, use diagonals and keep scenery low.",
  ),
  card(
    "promenade-site",
    "R.3",
    "**Promenade** vs **site-specific** theatre.",
    "- **Promenade:** the audience moves, following the action from place to place.\n- **Site-specific:** performed in a non-theatre location (a factory, a beach, a house) whose character is part of the work.",
  ),
  card(
    "verfremdung",
    "R.3",
    "What is Brecht's **Verfremdungseffekt**, and name four techniques.",
    "The alienation (distancing, estrangement) effect: making the familiar strange so the audience thinks critically instead of identifying. Techniques: direct address, placards or projected captions, songs that interrupt, actors playing several roles, visible lighting and scene changes, narration, gestus.",
  ),
  card(
    "rehearsal-stages",
    "R.3",
    "Main stages of a rehearsal process.",
    "Read-through and table work → blocking and scene work → runs and notes → technical (cue-to-cue) rehearsal → dress rehearsal → opening night.",
  ),

  // ── Performer
  card(
    "given-circumstances",
    "R.4",
    "Stanislavski's **given circumstances**.",
    "The facts of the character's situation supplied by the play and the production: who, where, when, what has happened before. The actor accepts them and builds truthful behaviour on them.",
  ),
  card(
    "magic-if",
    "R.4",
    "Stanislavski's **magic if**.",
    "The actor asks, 'What would I do *if* I were in this situation?', stimulating imagination and truthful action.",
  ),
  card(
    "objective",
    "R.4",
    "**Objective** and **super-objective** (Stanislavski).",
    "- **Objective:** what the character wants in a unit or scene, phrased as an active verb ('I want to persuade her to stay').\n- **Super-objective:** the character's overall aim through the whole play, which the smaller objectives serve.",
  ),
  card(
    "subtext",
    "R.4",
    "Define **subtext**.",
    "The unspoken thoughts and feelings beneath the lines, conveyed through tone, pause, gesture and expression (a character says 'I'm fine' while clearly not).",
  ),
  card(
    "laban",
    "R.4",
    "Laban's **eight effort actions**.",
    "Combinations of weight (strong/light), space (direct/indirect) and time (sudden/sustained): **punch/thrust** (strong, direct, sudden), **press** (strong, direct, sustained), **slash** (strong, indirect, sudden), **wring** (strong, indirect, sustained), **dab** (light, direct, sudden), **glide** (light, direct, sustained), **flick** (light, indirect, sudden), **float** (light, indirect, sustained).",
  ),
  card(
    "status",
    "R.4",
    "**Status** in performance (Keith Johnstone).",
    "Status is played, not given: stillness, open posture, steady eye contact and unhurried movement read as high status; fidgeting, breaking eye contact and shrinking read as low. Scenes come alive when status shifts.",
  ),
  card(
    "vocal-skills",
    "R.4",
    "Name six **vocal** skills a performer controls.",
    "Pitch, pace, pause, volume (projection), tone, and articulation/diction; also inflection, emphasis and accent.",
  ),
  card(
    "physical-skills",
    "R.4",
    "Name six **physical** skills a performer controls.",
    "Posture, gesture, facial expression, gait (way of walking), use of levels and eye contact; also energy, stillness and spatial awareness.",
  ),

  // ── Working with play texts
  card(
    "production-proposal",
    "1",
    "The **production proposal**: what and how?",
    "SL and HL; internally assessed (30% SL, 20% HL). The student chooses a published play text not previously studied and presents a vision for its design and theoretical staging (not actually staged), as director and designer: at most 12 pages of text and images, no more than 4,000 words of written text, plus a list of sources.",
  ),
  card(
    "tmi",
    "1",
    "What are **theatre-maker intentions**?",
    "A statement of what the theatre-maker wants the work to communicate or achieve and the impact intended on the audience; every performance and production choice is justified against them.",
  ),
  card(
    "performance-vs-production",
    "1",
    "**Performance elements** vs **production elements**.",
    "- **Performance elements:** what performers do: voice, movement, gesture, facial expression, use of space, relationships with other performers and the audience.\n- **Production elements:** designed elements: set, lighting, sound, costume, props, make-up, masks, projection.",
  ),
  card(
    "fourth-wall",
    "1",
    "What is the **fourth wall**?",
    "The imaginary wall at the front of the stage through which the audience watches while actors behave as if it were solid; breaking it means acknowledging or addressing the audience.",
  ),
  card(
    "naturalism",
    "1",
    "What is **naturalism** as a performance style?",
    "An attempt to create a convincing illusion of everyday reality: detailed box sets, real props, everyday speech and behaviour, a closed fourth wall.",
  ),
  card(
    "expressionism",
    "1",
    "What is **expressionism** in theatre?",
    "A style that distorts reality to show inner experience: exaggerated, angular sets and lighting, stylised or mechanical movement, characters as types (the Clerk, the Mother).",
  ),

  // ── World theatre traditions
  card(
    "research-presentation",
    "2",
    "The **research presentation**: what and how?",
    "SL and HL; externally assessed (30% SL, 20% HL). An individual, video-recorded presentation (15 minutes maximum) giving evidence of academic and practical exploration of a world theatre tradition not previously studied, focusing on one performance convention; a list of all sources is submitted.",
  ),
  card(
    "performance-convention",
    "2",
    "What is a **performance convention**?",
    "A significant, identifiable element of performance that is accepted and recognised as a key feature of a tradition, usually centred on the performer's body, voice or use of tradition-specific objects (e.g. the Noh sliding walk, Kathakali mudras, Kabuki mie).",
  ),
  card(
    "noh",
    "2",
    "Key features of **Noh** (Japan).",
    "Developed in the 14th century (Kan'ami and Zeami); slow, restrained, ritual style; the principal role (shite) often wears a carved wooden mask; the hashigakari bridgeway for entrances; a painted pine tree on the back wall; chorus and musicians (flute, drums); comic kyōgen interludes; the tempo principle jo-ha-kyū.",
  ),
  card(
    "kathakali",
    "2",
    "Key features of **Kathakali** (Kerala, India).",
    "Classical dance-drama telling stories from the Ramayana and Mahabharata; actors do not speak (singers deliver the text); codified hand gestures (mudras), eye and facial expression; colour-coded make-up, e.g. pacha (green) for noble heroes, kathi for arrogant anti-heroes, kari (black) for demons; traditionally performed through the night by a large oil lamp.",
  ),
  card(
    "commedia",
    "2",
    "Key features of **commedia dell'arte** (Italy, from the 16th century).",
    "Touring troupes improvising on a scenario (canovaccio); stock characters: zanni servants such as Arlecchino, Pantalone the miserly merchant, Il Dottore, Il Capitano, the unmasked Innamorati (lovers); leather half-masks; lazzi (comic routines); acrobatic physicality.",
  ),
  card(
    "greek-tragedy",
    "2",
    "Key features of **Greek tragedy** (5th-century BCE Athens).",
    "Performed at festivals such as the City Dionysia; open-air theatres with theatron (seating), orchestra (dancing floor) and skene; masked male actors; a singing, dancing chorus; offstage violence reported by messengers; playwrights include Aeschylus, Sophocles and Euripides.",
  ),
  card(
    "kabuki",
    "2",
    "Key features of **Kabuki** (Japan, from the early 17th century).",
    "Spectacular, stylised theatre: the mie (frozen climactic pose), onnagata (male actors playing women), the hanamichi walkway through the audience, bold kumadori make-up, kurogo stage assistants in black, revolving stages.",
  ),
  card(
    "bunraku-wayang",
    "2",
    "**Bunraku** and **wayang kulit** in one line each.",
    "- **Bunraku (Japan):** puppet theatre in which three visible puppeteers operate each principal puppet, with a chanter (tayū) and shamisen.\n- **Wayang kulit (Java/Bali):** shadow puppetry led by a dalang who manipulates the puppets and voices every character, with gamelan music.",
  ),

  // ── Collaboratively creating original theatre
  card(
    "collaborative-project",
    "3",
    "The **collaborative project**: what and how?",
    "SL and HL; externally assessed (40% SL, 25% HL). An ensemble creates and performs an original piece (7-10 minutes maximum) from a starting point of its choice for an audience; each student submits a project report (at most 10 pages, no more than 4,000 words of written text) and the video of the piece.",
  ),
  card(
    "starting-point",
    "3",
    "What is a **starting point** (stimulus)?",
    "The material an ensemble chooses to begin creating from: an image, object, news story, poem, piece of music, place or question.",
  ),
  card(
    "devising-strategies",
    "3",
    "Five rehearsal strategies for generating devised material.",
    "Improvisation, hot-seating, still images/tableaux, writing in role, and research (interviews, archives); also physical tasks (chair duets, 'Round/By/Through'), thought-tracking and cross-cutting.",
  ),
  card(
    "hot-seating",
    "3",
    "Define **hot-seating**.",
    "A performer stays in role and answers the group's questions about the character's past, motives and feelings, deepening the character and generating material.",
  ),
  card(
    "lecoq-neutral",
    "3",
    "What is Lecoq's **neutral mask** for?",
    "A training mask with no expression: it strips away the performer's personal habits so that movement becomes economical, calm and fully present, a base for character, mask and devising work.",
  ),
  card(
    "audience-impact",
    "3",
    "How can an ensemble gather evidence of **audience impact**?",
    "Questionnaires or response cards about specific moments, a structured post-show discussion, observing reactions during the show, and comparing responses with the theatre-maker intentions.",
  ),

  // ── HL: theatre theorists (solo theatre piece)
  card(
    "solo-piece",
    "4",
    "The **solo theatre piece** (HL): what and how?",
    "HL only; externally assessed, 35%. The student researches a theatre theorist not previously studied, identifies an aspect of their theory and creates and presents a solo piece (4-7 minutes) applying it; submits a report (at most 2,500 words, plus sources) and a continuous, unedited video of the whole piece.",
    HL,
  ),
  card(
    "theorist",
    "4",
    "What counts as a **theatre theorist**?",
    "A practitioner who has shaped theatre through published work and ideas (primary sources), with secondary sources by others on their influence; theorists offer frameworks, approaches, techniques and models of practice.",
    HL,
  ),
  card(
    "artaud",
    "4",
    "**Antonin Artaud**: key ideas.",
    "Theatre of Cruelty (The Theatre and Its Double, 1938): theatre should act on the senses and the unconscious rather than reason; a physical 'language' of sound, scream, light, gesture and ritual; audience surrounded by the action; inspired by Balinese dance-drama.",
    HL,
  ),
  card(
    "grotowski",
    "4",
    "**Jerzy Grotowski**: key ideas.",
    "Poor Theatre (Towards a Poor Theatre, 1968): strip away everything inessential (sets, lighting effects, make-up) until only the actor-spectator relationship remains; rigorous physical training; via negativa (removing the actor's blocks); the 'holy actor' and the 'total act'; Polish Laboratory Theatre.",
    HL,
  ),
  card(
    "boal",
    "4",
    "**Augusto Boal**: key ideas.",
    "Theatre of the Oppressed, influenced by Paulo Freire: Forum theatre (spect-actors stop a scene of oppression and try alternatives, guided by the Joker), Image theatre, Invisible theatre, Legislative theatre; theatre as a rehearsal for change.",
    HL,
  ),
  card(
    "brecht-theory",
    "4",
    "**Bertolt Brecht**: key ideas.",
    "Epic theatre: the audience should think critically and see that society can be changed. Verfremdungseffekt, gestus, episodic structure, songs, captions, historicisation, actors demonstrating rather than becoming their roles; the Berliner Ensemble.",
    HL,
  ),
  card(
    "stanislavski-theory",
    "4",
    "**Konstantin Stanislavski**: key ideas.",
    "Co-founded the Moscow Art Theatre (1898); a system for truthful acting: given circumstances, magic if, units and objectives, super-objective, subtext, circles of attention, emotion memory (earlier), and later the method of physical actions.",
    HL,
  ),
  card(
    "meyerhold",
    "4",
    "**Vsevolod Meyerhold**: key ideas.",
    "Anti-naturalist director who developed biomechanics: precise, athletic, rhythmical physical training in which emotion arises from physical action; constructivist sets.",
    HL,
  ),
  card(
    "lecoq-theory",
    "4",
    "**Jacques Lecoq**: key ideas.",
    "Movement-based training at his Paris school (founded 1956): 'tout bouge' (everything moves), neutral mask, larval and character masks, levels of tension, clown and bouffon, creating work through the moving body.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "theatre", flashcards };
export default file;
