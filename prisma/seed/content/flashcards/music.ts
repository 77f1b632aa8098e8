import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Music (first assessment 2022): the musical elements and their terms, notation facts
// (intervals, key signatures, chords, cadences, metres), the four areas of inquiry, the three contexts and
// roles, and how each coursework component is assessed. Real works are named only for well-known facts.
// Keys use "music-fc-..." so they never clash with question keys. The interval and key-signature tables are
// recomputed from note names in checks/music-answers.test.ts.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `music-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Areas of inquiry
  card(
    "aoi1",
    "AOI.1",
    "What is the focus of **area of inquiry 1: music for sociocultural and political expression**?",
    "Music that expresses or communicates social, cultural, religious or political ideas, or helps preserve traditions. Examples: protest songs, national anthems, music for worship, music of ceremonies and rites.",
  ),
  card(
    "protest-features",
    "AOI.1",
    "Name four musical features that help a protest song work for a crowd.",
    "- Call and response (everyone can join)\n- Narrow-range, repetitive chorus\n- Simple harmony (often I, IV, V)\n- Steady walking/marching pulse; strophic or verse-chorus form so it is learnt quickly",
  ),
  card(
    "aoi2",
    "AOI.2",
    "What is the focus of **area of inquiry 2: music for listening and performance**?",
    "Music whose main purpose is to be listened to and performed for its own aesthetic value. Examples: chamber and symphonic music of the Western art tradition, jazz, art song, experimental concert music.",
  ),
  card(
    "forms",
    "AOI.2",
    "Give the letter plans of **binary**, **ternary**, **rondo** and **theme and variations** form.",
    "- **Binary:** AB (often each half repeated)\n- **Ternary:** ABA (or ABA')\n- **Rondo:** ABACA… (a recurring refrain with contrasting episodes)\n- **Theme and variations:** A A1 A2 A3…",
  ),
  card(
    "sonata-form",
    "AOI.2",
    "What are the three main sections of **sonata form**?",
    "**Exposition** (first subject in the tonic, second subject in a contrasting key, usually the dominant or relative major) → **Development** (fragmentation, modulation, tension) → **Recapitulation** (both subjects in the tonic), often with a coda.",
  ),
  card(
    "absolute-programme",
    "AOI.2",
    "**Absolute music** vs **programme music**.",
    "- **Absolute:** instrumental music to be heard for its own sake, without a story (e.g. a string quartet).\n- **Programme:** instrumental music that depicts a story, scene or idea (e.g. Vivaldi's *The Four Seasons*).",
  ),
  card(
    "beethoven5",
    "AOI.2",
    "What is the famous opening idea of Beethoven's Symphony No. 5?",
    "A short **four-note motif** (three quick repeated notes and a longer note a third lower), developed throughout the first movement: a model of motivic development.",
  ),
  card(
    "aoi3",
    "AOI.3",
    "What is the focus of **area of inquiry 3: music for dramatic impact, movement and entertainment**?",
    "Music that serves drama, dance or entertainment: film and television scores, video-game music, opera and musical theatre, ballet and other dance music.",
  ),
  card(
    "leitmotif",
    "AOI.3",
    "Define **leitmotif**.",
    "A short recurring musical idea associated with a character, place, object or idea, transformed as the drama develops (central to Wagner's operas, widely used in film).",
  ),
  card(
    "diegetic",
    "AOI.3",
    "**Diegetic** vs **non-diegetic** music.",
    "- **Diegetic:** has a source in the story world; characters can hear it (a radio, a band on screen).\n- **Non-diegetic:** heard only by the audience (the underscore).",
  ),
  card(
    "mickey-mousing",
    "AOI.3",
    "What are **Mickey-mousing** and a **hit point**?",
    "- **Hit point:** a moment in the picture that the music is timed to coincide with (a jump, a door slam).\n- **Mickey-mousing:** music that imitates the on-screen action very closely, movement by movement (from cartoons).",
  ),
  card(
    "ostinato",
    "AOI.3",
    "Define **ostinato**.",
    "A short musical pattern (rhythmic, melodic or harmonic) repeated persistently. Builds tension or drive in film cues; a riff in popular music; a basis for minimalism.",
  ),
  card(
    "aoi4",
    "AOI.4",
    "What is the focus of **area of inquiry 4: music technology in the electronic and digital age**?",
    "Music created, performed or produced with electronic and digital technology. Examples: electronic dance music, musique concrète and elektronische Musik, sampling and remix culture, music made in a DAW.",
  ),
  card(
    "sampling-midi",
    "AOI.4",
    "**Sampling** vs **MIDI**.",
    "- **Sampling:** reusing recorded audio (a sound or an excerpt of a recording) as new material.\n- **MIDI:** performance *data* (note, velocity, timing, controllers), no audio; any instrument can play it back.",
  ),
  card(
    "sidechain",
    "AOI.4",
    "What does **side-chain compression** do in dance music?",
    "A compressor on one sound (e.g. a pad or bass) is triggered by another (the kick drum), so it ducks on every kick and swells between them: the 'pumping' effect, which also clears space for the kick.",
  ),
  card(
    "filters",
    "AOI.4",
    "What do a **low-pass** and a **high-pass** filter do?",
    "- **Low-pass:** lets low frequencies through and cuts high ones (opening it gradually makes a sound brighter, a filter sweep).\n- **High-pass:** lets high frequencies through and cuts the low end (thins a sound).",
  ),
  card(
    "concrete-elektronische",
    "AOI.4",
    "**Musique concrète** vs **elektronische Musik**.",
    "- **Musique concrète** (Pierre Schaeffer, Paris, from 1948): recorded real-world sounds transformed on tape.\n- **Elektronische Musik** (Cologne, e.g. Stockhausen): sounds generated electronically (oscillators).",
  ),
  card(
    "phasing",
    "AOI.4",
    "What is **phasing** in Steve Reich's early tape music?",
    "Two identical loops played at very slightly different speeds drift gradually out of synchronisation, creating changing rhythmic and melodic patterns (e.g. *It's Gonna Rain*, 1965).",
    HL,
  ),

  // ── Contexts
  card(
    "contexts",
    "CTX.1",
    "Define the **personal**, **local** and **global** contexts.",
    "- **Personal:** music already familiar and meaningful to the student.\n- **Local:** music of the community and culture around the student, possibly not yet familiar.\n- **Global:** previously unfamiliar music from diverse places, times and cultures.\nContexts describe the student's relationship to the music, not the music itself.",
  ),
  card(
    "personal-use",
    "CTX.1",
    "How can the personal context help when exploring unfamiliar music?",
    "It is a starting point and a point of comparison: knowing your own music well helps you notice and explain what is different, and recognise your own assumptions and bias.",
  ),
  card(
    "oral-tradition",
    "CTX.2",
    "What is **oral transmission**, and how does it shape music?",
    "Music passed on by ear and memory rather than notation. Versions vary between players and over time, ornamentation is personal, and forms stay flexible (e.g. repeats cued by a leader).",
  ),
  card(
    "heterophony",
    "CTX.2",
    "Define **heterophony**.",
    "Several simultaneous versions of the same melody, some plain and some decorated. Common in music learnt by ear (folk ensembles, gamelan, many community bands).",
  ),
  card(
    "ethics",
    "CTX.2",
    "Name three ethical steps when researching music of a local community.",
    "Ask consent before recording or interviewing; credit performers and sources; represent the tradition accurately (not as 'exotic' or 'quaint') and share the work with the community.",
  ),
  card(
    "gamelan",
    "CTX.3",
    "Key features of Javanese **gamelan**.",
    "An ensemble mainly of tuned bronze gongs and metallophones, with drums; two tuning systems, **slendro** (5 notes) and **pelog** (7 notes); layered, interlocking parts around a core melody, punctuated by large gongs marking the cycle. Debussy heard gamelan at the 1889 Paris Exposition.",
  ),
  card(
    "raga-tala",
    "CTX.3",
    "**Raga** vs **tala** in Indian classical music.",
    "- **Raga:** a melodic framework (notes, characteristic phrases, ornaments, mood, time of day).\n- **Tala:** a rhythmic cycle, e.g. **tintal** = 16 beats (4+4+4+4); the first beat is **sam**.\nUsually over a drone (tanpura).",
  ),
  card(
    "west-africa",
    "CTX.3",
    "Four features of West African drum-ensemble music.",
    "Polyrhythm; a repeated bell **timeline** that orients everyone; a **master drummer** who improvises and signals changes; interlocking ostinati and call and response, learnt orally and tied to dance.",
  ),

  // ── Roles (and the notation each relies on)
  card(
    "roles",
    "ROLE.1",
    "What do the three musical roles involve?",
    "- **Researcher:** investigates music in context, analyses, uses and cites sources.\n- **Creator:** composes, arranges, improvises, produces.\n- **Performer:** interprets and realises music, solo or in ensemble.\nEvery component asks students to combine them.",
  ),
  card(
    "sources",
    "ROLE.1",
    "**Primary** vs **secondary** sources in musical research.",
    "- **Primary:** first-hand: scores, recordings, live performances, interviews with musicians, your own transcriptions.\n- **Secondary:** interpretations: books, articles, documentaries, programme notes.\nCite both at the point of use.",
  ),
  card(
    "interval-table",
    "ROLE.1",
    "How many semitones are in each interval up to the octave (examples from C)?",
    "- minor 2nd: 1 (C–D♭)\n- major 2nd: 2 (C–D)\n- minor 3rd: 3 (C–E♭)\n- major 3rd: 4 (C–E)\n- perfect 4th: 5 (C–F)\n- augmented 4th: 6 (C–F♯)\n- diminished 5th: 6 (C–G♭)\n- perfect 5th: 7 (C–G)\n- minor 6th: 8 (C–A♭)\n- major 6th: 9 (C–A)\n- minor 7th: 10 (C–B♭)\n- major 7th: 11 (C–B)",
  ),
  card(
    "interval-method",
    "ROLE.1",
    "How do you name an interval?",
    "1. **Number:** count the letter names from the lower to the upper note inclusive (C–E: C, D, E = 3rd).\n2. **Quality:** count semitones and compare with the major/perfect size (C–E♭ has 3, one less than a major 3rd: minor 3rd).\n4ths, 5ths, unisons and octaves are perfect, augmented or diminished; 2nds, 3rds, 6ths and 7ths major, minor, augmented or diminished.",
  ),
  card(
    "textures",
    "ROLE.1",
    "Name four textures.",
    "- **Monophonic:** one unaccompanied line.\n- **Homophonic:** melody with chords / parts moving together.\n- **Polyphonic (contrapuntal):** independent lines together.\n- **Heterophonic:** simultaneous variants of one melody.",
  ),
  card(
    "dynamics",
    "ROLE.1",
    "Dynamic markings from quietest to loudest.",
    "pp (pianissimo) – p (piano) – mp (mezzo-piano) – mf (mezzo-forte) – f (forte) – ff (fortissimo). Crescendo = getting louder; diminuendo/decrescendo = getting quieter.",
  ),
  card(
    "triads",
    "ROLE.2",
    "Interval make-up of the four triad types.",
    "- **Major:** major 3rd + minor 3rd (C–E–G)\n- **Minor:** minor 3rd + major 3rd (C–E♭–G)\n- **Diminished:** two minor 3rds (B–D–F)\n- **Augmented:** two major 3rds (C–E–G♯)",
  ),
  card(
    "cadences",
    "ROLE.2",
    "The four main cadences.",
    "- **Perfect (authentic):** V–I, final.\n- **Plagal:** IV–I, the 'Amen'.\n- **Imperfect (half):** ends on V (e.g. I–V, ii–V), sounds unfinished.\n- **Interrupted (deceptive):** V–vi, a surprise.",
  ),
  card(
    "diatonic-chords",
    "ROLE.2",
    "Quality of the triads on each degree of a **major** scale.",
    "I major, ii minor, iii minor, IV major, V major, vi minor, vii° diminished. In C major: C, Dm, Em, F, G, Am, B°. The primary triads are I, IV and V.",
  ),
  card(
    "motif-devices",
    "ROLE.2",
    "Six ways to develop a motif.",
    "Sequence (repeat at another pitch), inversion (upside down), retrograde (backwards), augmentation (longer notes), diminution (shorter notes), fragmentation (use part of it).",
  ),
  card(
    "twelve-bar",
    "ROLE.2",
    "Chord pattern of a standard **12-bar blues**.",
    "I I I I | IV IV I I | V IV I I (in C: C C C C | F F C C | G F C C), often with dominant 7ths, blue notes (flattened 3rd, 5th, 7th) and a turnaround to V in the last bar.",
  ),
  card(
    "relative-minor",
    "ROLE.2",
    "How do you find the **relative minor** of a major key?",
    "Go down a minor 3rd (3 semitones, two letter names) from the major tonic: C major → A minor, D major → B minor, F major → D minor. The two keys share a key signature.",
  ),
  card(
    "tierce",
    "ROLE.2",
    "What is a **tierce de Picardie**?",
    "Ending a piece in a minor key on a **major** tonic chord (raising the 3rd), e.g. an E minor piece ending on E major.",
  ),
  card(
    "key-signature-table",
    "ROLE.3",
    "Key signatures of major keys and their relative minors, up to four sharps or flats.",
    "- **C major / A minor:** none\n- **G major / E minor:** F♯\n- **D major / B minor:** F♯, C♯\n- **A major / F♯ minor:** F♯, C♯, G♯\n- **E major / C♯ minor:** F♯, C♯, G♯, D♯\n- **F major / D minor:** B♭\n- **B♭ major / G minor:** B♭, E♭\n- **E♭ major / C minor:** B♭, E♭, A♭\n- **A♭ major / F minor:** B♭, E♭, A♭, D♭",
  ),
  card(
    "order-accidentals",
    "ROLE.3",
    "In what order are sharps and flats written in a key signature?",
    "- **Sharps:** F C G D A E B\n- **Flats:** B E A D G C F (the sharps reversed).",
  ),
  card(
    "metre",
    "ROLE.3",
    "**Simple** vs **compound** metre, with examples.",
    "- **Simple:** each beat divides into two: 2/4 simple duple, 3/4 simple triple, 4/4 simple quadruple.\n- **Compound:** each (dotted) beat divides into three: 6/8 compound duple, 9/8 compound triple, 12/8 compound quadruple.",
  ),
  card(
    "note-values",
    "ROLE.3",
    "Note values in crotchet beats.",
    "Semibreve (whole) 4; minim (half) 2; crotchet (quarter) 1; quaver (eighth) ½; semiquaver (sixteenth) ¼. A dot adds half the value: dotted minim = 3, dotted crotchet = 1½.",
  ),
  card(
    "tempo",
    "ROLE.3",
    "Tempo markings from slow to fast.",
    "Largo (very slow, broad) – Adagio (slow) – Andante (walking pace) – Moderato (moderate) – Allegro (fast, lively) – Presto (very fast). Accelerando = speeding up; ritardando/rallentando = slowing down; rubato = flexible tempo.",
  ),
  card(
    "hip",
    "ROLE.3",
    "What might **historically informed performance** of Baroque music involve?",
    "Period instruments or techniques (gut strings, Baroque bow, lower pitch such as A = 415 Hz), sparing vibrato, added ornaments, a continuo group realising the figured bass, tempos and phrasing informed by treatises of the time.",
    HL,
  ),

  // ── Processes and assessment
  card(
    "components",
    "PROC.1",
    "The assessment components and their weights at SL and HL.",
    "- **Exploring music in context** (external): SL 30%, HL 20%\n- **Experimenting with music** (internal): SL 30%, HL 20%\n- **Presenting music** (external): SL 40%, HL 30%\n- **The contemporary music maker** (internal, HL only): 30%\nThere is no written examination.",
  ),
  card(
    "exploring",
    "PROC.1",
    "What does the **exploring music in context** portfolio contain?",
    "- Written work (up to 2,400 words) showing engagement with and understanding of diverse musical material\n- A creating exercise (up to 32 bars and/or 1 minute)\n- A performed adaptation of local or global music for your own instrument (up to 2 minutes)\n- Supporting audio (not assessed)",
  ),
  card(
    "convention",
    "PROC.1",
    "A **characteristic** vs a **convention** of a style.",
    "A characteristic is found in one piece; a convention is shared by many representative examples of a style and is established by comparing several pieces.",
    HL,
  ),
  card(
    "experimenting",
    "PROC.2",
    "What does **experimenting with music** require?",
    "An experimentation report (up to 1,500 words: a rationale and a commentary) plus three related creating excerpts (up to 5 minutes in total) and three related performing excerpts (up to 5 minutes in total), exploring unfamiliar material in two areas of inquiry from local and/or global contexts. Internally assessed.",
  ),
  card(
    "rationale-commentary",
    "PROC.2",
    "**Rationale** vs **commentary** in the experimentation report.",
    "- **Rationale:** looks forward: why this source material, context and area of inquiry; what will be explored.\n- **Commentary:** looks back: the process, decisions and outcomes, with precise references to the excerpts.",
  ),
  card(
    "presenting",
    "PROC.3",
    "What does **presenting music** contain?",
    "- Programme notes (up to 600 words): presenting as a researcher\n- Composition and/or improvisation (up to 6 minutes): as a creator\n- Solo and/or ensemble performance (up to 12 minutes): as a performer\nThe works engage with all four areas of inquiry. Externally assessed.",
  ),
  card(
    "programme-notes",
    "PROC.3",
    "What makes strong **programme notes** for presenting music?",
    "A coherent, informative introduction to the whole programme that addresses all four areas of inquiry and justifies each choice with musical reasons, rather than a detailed analysis of every work.",
  ),

  // ── HL: the contemporary music maker
  card(
    "cmm",
    "CMM",
    "What is **the contemporary music maker**?",
    "The HL-only component (30%, internally assessed): a collaborative real-life music project, documented in a continuous multimedia presentation of up to 15 minutes.",
    HL,
  ),
  card(
    "cmm-evidence",
    "CMM",
    "What evidence should the contemporary music maker presentation contain?",
    "The **project proposal** (aims, role, collaborators, plan), the **process and evaluation** (decisions, problems, changes, judged against the aims) and the **realised project** or curated selections of it.",
    HL,
  ),
  card(
    "cmm-smart",
    "CMM",
    "What makes a good project aim for the contemporary music maker?",
    "It is specific, measurable, achievable, relevant and time-bound (SMART): it names the product, the forces, the length, the audience or venue and the deadline, so success can be evaluated.",
    HL,
  ),
  card(
    "cmm-role",
    "CMM",
    "Why must a contemporary music maker student identify a role?",
    "The project is collaborative, so the student must define their own role (e.g. composer, producer, music director) and show their own contribution and decision-making, distinct from their collaborators'.",
    HL,
  ),
  card(
    "cmm-stages",
    "CMM",
    "How do the three musical roles map onto the stages of the project?",
    "Research and planning (researcher) → developing and making the music (creator, performer) → presenting and evaluating the realised project for a real audience (all three).",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "music", flashcards };
export default file;
