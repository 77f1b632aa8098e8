import type { FlashcardInput, SubjectFlashcards } from "@/lib/flashcards/flashcard-input";

// Flashcards for IB Film (first assessment 2023): film language (mise-en-scène, cinematography, editing,
// sound), genre and narrative, film movements and theories named as widely known facts, the five core
// production roles and their terminology, the four assessment components and, at HL, collaborative
// production. No dialogue or screenplay text from any real film is quoted.
// Keys use "film-fc-..." so they never clash with question keys.

const BOTH: FlashcardInput["levels"] = ["SL", "HL"];
const HL: FlashcardInput["levels"] = ["HL"];

const card = (key: string, topicCode: string, front: string, back: string, levels = BOTH): FlashcardInput => ({
  key: `film-fc-${key}`,
  levels,
  topicCode,
  front,
  back,
});

const flashcards: FlashcardInput[] = [
  // ── Reading film: film language, genre, narrative
  card(
    "mise-en-scene",
    "1",
    "What does **mise-en-scène** include?",
    "Everything staged in front of the camera: **setting**, **props**, **costume and make-up**, **lighting**, and the **performance and positioning (blocking)** of actors within the frame.",
  ),
  card(
    "shot-sizes",
    "1",
    "List the main **shot sizes** from widest to tightest.",
    "Extreme long shot (ELS) → long/wide shot (LS) → medium long shot (MLS, knees up) → medium shot (MS, waist up) → medium close-up (MCU, chest up) → close-up (CU, face) → extreme close-up (ECU, a detail such as an eye).",
  ),
  card(
    "camera-angles",
    "1",
    "What do **high**, **low** and **canted** angles conventionally suggest?",
    "- **High angle** (looking down): vulnerability, weakness.\n- **Low angle** (looking up): power, dominance, threat.\n- **Canted/Dutch angle** (tilted horizon): unease, disorientation, instability.\nMeaning always depends on context.",
  ),
  card(
    "establishing-shot",
    "1",
    "What is an **establishing shot**?",
    "A wide shot, usually at the start of a scene, that shows where the action takes place and how characters are positioned, orienting the audience.",
  ),
  card(
    "pov-ots",
    "1",
    "**Point-of-view (POV)** shot vs **over-the-shoulder (OTS)** shot.",
    "- **POV:** the camera shows what a character sees, as if through their eyes.\n- **OTS:** framed from behind one character's shoulder towards another, common in conversations (shot/reverse shot).",
  ),
  card(
    "diegetic",
    "1",
    "**Diegetic** vs **non-diegetic** sound.",
    "- **Diegetic:** comes from the story world and characters could hear it (dialogue, a radio playing, footsteps).\n- **Non-diegetic:** added for the audience only (score, narrator's voice-over, added sound effects for emphasis).",
  ),
  card(
    "offscreen-sound",
    "1",
    "What is **off-screen sound** and why use it?",
    "Diegetic sound whose source is not visible in the frame (a knock, a scream next door). It extends the space beyond the frame and creates curiosity or suspense.",
  ),
  card(
    "iconography",
    "1",
    "What is genre **iconography**? Give an example.",
    "The recognisable visual signs of a genre: props, settings, costumes, character types. Western: Stetsons, horses, saloons, desert; film noir: trench coats, rain-soaked city streets, Venetian-blind shadows.",
  ),
  card(
    "genre-hybrid",
    "1",
    "What is a **hybrid genre**?",
    "A film combining the conventions of two or more genres (e.g. science-fiction horror, romantic comedy-drama), often to surprise audiences or reach several at once.",
  ),
  card(
    "story-plot",
    "1",
    "**Story** vs **plot** (fabula vs syuzhet).",
    "- **Story (fabula):** all the events in chronological order, including those only implied.\n- **Plot (syuzhet):** the events as the film actually presents them, in its chosen order and emphasis.",
  ),
  card(
    "todorov",
    "1",
    "Todorov's narrative model.",
    "**Equilibrium** → **disruption** → **recognition** of the disruption → **attempt to repair** it → **new equilibrium** (a changed state).",
  ),
  card(
    "restricted-narration",
    "1",
    "**Restricted** vs **unrestricted (omniscient)** narration.",
    "- **Restricted:** we know only what one character knows, creating mystery and surprise.\n- **Unrestricted:** we know more than the characters (e.g. cross-cutting to the danger), creating suspense.",
  ),
  card(
    "textual-analysis",
    "1",
    "The **textual analysis**: key facts.",
    "- SL and HL, externally assessed (30% SL, 20% HL).\n- Written analysis, **max 1,750 words**, plus a list of sources.\n- Of a continuous extract (**max 5 minutes**) from a prescribed film.\n- Considers the film's **cultural context** and how **film elements** create meaning, and how the two relate to the whole film.",
  ),

  // ── Contextualizing film: movements, theories, the comparative study
  card(
    "german-expressionism",
    "2",
    "**German Expressionism**: when, features, key film.",
    "Weimar Germany, c. 1919 to the late 1920s. Stylised, distorted painted sets; high-contrast (chiaroscuro) lighting; themes of madness, the double, the uncanny. *The Cabinet of Dr. Caligari* (1920), *Nosferatu* (1922), *Metropolis* (1927). Influenced horror and film noir.",
  ),
  card(
    "soviet-montage",
    "2",
    "**Soviet montage**: when, ideas, key figures.",
    "1920s USSR. Meaning comes from the **juxtaposition/collision** of shots; editing as argument, often political. Kuleshov (the Kuleshov effect), Eisenstein (*Battleship Potemkin*, 1925), Pudovkin, Vertov (*Man with a Movie Camera*, 1929).",
  ),
  card(
    "neorealism",
    "2",
    "**Italian Neorealism**: when and features.",
    "Mid-1940s to early 1950s, post-war Italy. Location shooting, natural light, non-professional actors, stories of ordinary working people and poverty. Rossellini (*Rome, Open City*, 1945), De Sica (*Bicycle Thieves*, 1948).",
  ),
  card(
    "new-wave",
    "2",
    "**French New Wave**: when and features.",
    "Late 1950s to 1960s. Critics from *Cahiers du cinéma* turned directors (Truffaut, Godard, Chabrol, Rohmer, Rivette); light cameras, real locations, improvisation, jump cuts, direct address, references to other films. *The 400 Blows* (1959), *Breathless* (1960).",
  ),
  card(
    "classical-hollywood",
    "2",
    "**Classical Hollywood cinema** (c. 1920s-1960).",
    "Studio system (vertically integrated majors), star system, genres, **continuity editing** that hides the cut, three-point lighting, goal-driven protagonists and closed endings; the Production Code regulated content from 1934.",
  ),
  card(
    "film-noir",
    "2",
    "**Film noir**: conventions.",
    "1940s-1950s American crime films: low-key lighting, urban night settings, morally compromised protagonists, femme fatales, voice-over and flashback, fatalism. *Double Indemnity* (1944). The term was coined by French critics.",
  ),
  card(
    "dogme95",
    "2",
    "**Dogme 95**.",
    "Danish movement (Lars von Trier, Thomas Vinterberg). The 'Vow of Chastity': location shooting, hand-held camera, only diegetic sound, no added lighting or optical effects, no genre films. *Festen* (*The Celebration*, 1998).",
  ),
  card(
    "third-cinema",
    "2",
    "**Third Cinema**.",
    "Named in a late-1960s manifesto by Solanas and Getino (Argentina): a politically militant, decolonising cinema of the Global South, opposed to Hollywood ('first cinema') and European auteur cinema ('second cinema').",
  ),
  card(
    "auteur",
    "2",
    "**Auteur theory**.",
    "The director as the main author of a film, with a recognisable style and themes across their work. From *Cahiers du cinéma* critics in the 1950s; popularised in English by Andrew Sarris. Criticised for understating collaboration.",
  ),
  card(
    "cultural-context",
    "2",
    "Which **cultural context** factors does the course name?",
    "Economic, geographical, historical, institutional, political, social and technological (often blended, e.g. socio-economic). Context may concern when a film was made and/or the period it depicts.",
  ),
  card(
    "comparative-study",
    "2",
    "The **comparative study**: key facts.",
    "- SL and HL, externally assessed (30% SL, 20% HL), marked out of 32.\n- A **recorded multimedia** study, **max 10 minutes**, with a list of sources.\n- One **area of film focus** (movement; genre and style; or theory), **two films from contrasting cultural contexts**, a clearly defined topic.\n- Student's own voice commentary; opens with a black slate stating the task components.",
  ),
  card(
    "male-gaze",
    "2",
    "Laura Mulvey's **male gaze** (feminist film theory).",
    "From her 1975 essay: classical cinema positions the spectator to look at women as objects of a male look, through camera, character and editing. A key idea for the film theory area of focus.",
    HL,
  ),
  card(
    "bazin",
    "2",
    "André **Bazin** and realism.",
    "French critic (co-founder of *Cahiers du cinéma*) who valued the **long take** and **deep focus** because they preserve real time and space and let viewers choose where to look; contrasted with montage-based formalism.",
    HL,
  ),

  // ── Director
  card(
    "director-role",
    "3.1",
    "What does the **director** do?",
    "Interprets the screenplay and leads the film's creative vision: works with actors on performance and blocking, plans shots with the cinematographer, makes or approves design decisions, and guides the edit.",
  ),
  card("blocking", "3.1", "Define **blocking**.", "Planning where actors stand and move in relation to each other and the camera, rehearsed before shooting."),
  card(
    "coverage",
    "3.1",
    "What is **coverage**?",
    "Shooting a scene from several set-ups (a wide master shot plus medium shots, close-ups, cutaways and inserts) so the editor has choices.",
  ),
  card(
    "filmmaker-intentions",
    "3.1",
    "What are **filmmaker intentions**?",
    "Clear, specific statements of what a piece of production work should achieve for an audience and how (through which role-specific techniques). Portfolio work is led by them and evaluated against them.",
  ),
  card(
    "portfolio",
    "3.1",
    "The **film portfolio**: key facts.",
    "- SL and HL, internally assessed (40% SL, 25% HL).\n- Work in **three** film production roles.\n- **Portfolio pages** (max 9: 3 per role) and a **film reel** (max 9 minutes: 3 per role, including at least one completed film), plus a list of sources.",
  ),

  // ── Cinematographer
  card(
    "camera-movement",
    "3.2",
    "**Pan**, **tilt**, **dolly/track**, **crane**, **handheld**, **zoom**.",
    "- **Pan:** camera pivots horizontally.\n- **Tilt:** pivots vertically.\n- **Dolly/track:** the whole camera moves through space.\n- **Crane/jib:** camera rises or falls.\n- **Handheld:** held by the operator, giving shake and immediacy.\n- **Zoom:** the lens changes focal length; the camera does not move.",
  ),
  card(
    "three-point",
    "3.2",
    "**Three-point lighting**.",
    "- **Key light:** main, brightest source.\n- **Fill light:** softens the key's shadows.\n- **Back (rim) light:** outlines the subject from behind to separate them from the background.",
  ),
  card(
    "high-low-key",
    "3.2",
    "**High-key** vs **low-key** lighting.",
    "- **High-key:** bright, even, little shadow; comedies, musicals.\n- **Low-key:** strong contrast, large dark areas; horror, noir, thrillers.",
  ),
  card(
    "depth-of-field",
    "3.2",
    "What controls **depth of field**?",
    "Aperture (wider aperture / lower f-number → shallower), focal length (longer lens → shallower at the same framing) and distance to the subject (closer → shallower). **Deep focus** keeps all planes sharp (*Citizen Kane*, 1941).",
  ),
  card(
    "lenses",
    "3.2",
    "**Wide-angle** vs **telephoto** lens.",
    "- **Wide-angle** (short focal length): wide view, exaggerated depth, distortion close up.\n- **Telephoto** (long focal length): narrow view, compressed space, shallower depth of field.",
  ),
  card(
    "rack-focus",
    "3.2",
    "What is a **rack (pull) focus**?",
    "Shifting the plane of focus during a shot from one subject to another, redirecting the viewer's attention without a cut.",
  ),
  card(
    "rule-of-thirds",
    "3.2",
    "**Rule of thirds**, **headroom** and **lead room**.",
    "- **Rule of thirds:** place key elements along imaginary lines dividing the frame into thirds.\n- **Headroom:** space above the head.\n- **Lead (look) room:** space in the direction a character faces or moves.",
  ),
  card(
    "shutter-rule",
    "3.2",
    "The **180-degree shutter rule**.",
    "Shutter speed ≈ 1/(2 × frame rate): about 1/48 (1/50) second at 24 fps, giving natural-looking motion blur.",
  ),
  card(
    "colour-temperature",
    "3.2",
    "**Colour temperature**.",
    "Measured in kelvin: tungsten light about 3200 K (warm/orange), daylight about 5600 K (cool/blue). White balance sets which is rendered neutral; gels and grading adjust it.",
    HL,
  ),
  card(
    "dolly-zoom",
    "3.2",
    "**Dolly zoom**.",
    "The camera dollies one way while the lens zooms the other, so the subject stays the same size while the background stretches or collapses: a disorienting effect (*Vertigo*, 1958; *Jaws*, 1975).",
    HL,
  ),

  // ── Editor
  card(
    "continuity-editing",
    "3.3",
    "Tools of **continuity editing**.",
    "Establishing shot, **180-degree rule**, **30-degree rule**, **eyeline match**, **shot/reverse shot**, **match on action**: they keep space and time clear so the editing goes unnoticed.",
  ),
  card(
    "180-rule",
    "3.3",
    "The **180-degree rule**.",
    "Keep the camera on one side of an imaginary line (the axis of action) between characters, so their screen positions and eyelines stay consistent across cuts.",
  ),
  card(
    "match-cut",
    "3.3",
    "**Match cut** (graphic match).",
    "A cut joining two shots through a similar shape, movement or composition, linking two places or times. Famous example: the bone thrown into the air cut to a spacecraft in *2001: A Space Odyssey* (1968).",
  ),
  card(
    "cross-cutting",
    "3.3",
    "**Cross-cutting** (parallel editing).",
    "Alternating between two or more lines of action in different places, usually happening at the same time; builds suspense or invites comparison.",
  ),
  card(
    "jump-cut",
    "3.3",
    "**Jump cut**.",
    "A cut between two shots of the same subject from nearly the same angle, so time visibly jumps. Breaks continuity on purpose; associated with *Breathless* (1960).",
  ),
  card(
    "montage-sequence",
    "3.3",
    "**Montage sequence** vs **Soviet montage**.",
    "- **Montage sequence** (Hollywood sense): rapid shots, often with music, that compress time (a training sequence).\n- **Soviet montage:** a theory that meaning comes from the collision of shots.",
  ),
  card(
    "kuleshov",
    "3.3",
    "The **Kuleshov effect**.",
    "The same neutral face, intercut with different images (soup, a coffin, a woman), is read as expressing different emotions: viewers infer meaning from juxtaposition.",
  ),
  card(
    "j-l-cut",
    "3.3",
    "**J-cut** vs **L-cut**.",
    "- **J-cut:** the next shot's sound starts before its picture.\n- **L-cut:** the previous shot's sound continues over the next picture.\nBoth smooth transitions and link scenes.",
  ),
  card("edit-stages", "3.3", "Stages of the edit.", "Assembly → rough cut → fine cut → **picture lock** → sound mix and colour grade → final export/delivery."),
  card(
    "transitions",
    "3.3",
    "**Fade**, **dissolve**, **wipe**.",
    "- **Fade:** image darkens to (or emerges from) black: endings, beginnings, time passing.\n- **Dissolve:** one image gradually replaces another: time passing, connection.\n- **Wipe:** a line or shape pushes one image off screen.",
  ),

  // ── Sound
  card(
    "sound-bridge",
    "3.4",
    "**Sound bridge**.",
    "Sound that carries across a cut, either starting before the new image or continuing after the old one, linking scenes and building anticipation.",
  ),
  card(
    "foley",
    "3.4",
    "**Foley** and **ADR**.",
    "- **Foley:** everyday effects (footsteps, cloth, props) performed to picture in post-production.\n- **ADR:** automated dialogue replacement: actors re-record lines in sync with the picture.",
  ),
  card(
    "room-tone",
    "3.4",
    "**Room tone** and **ambience (atmos)**.",
    "- **Room tone:** recorded 'silence' of a location, used to fill gaps in dialogue edits.\n- **Ambience/atmos:** background sound of a place (traffic, birds, rain) that establishes the space.",
  ),
  card(
    "microphones",
    "3.4",
    "**Shotgun** vs **lavalier** microphone.",
    "- **Shotgun:** highly directional, usually on a boom pole just out of frame.\n- **Lavalier (lapel):** small mic hidden on the actor's clothing; good for wide shots and noisy places.",
  ),
  card(
    "parallel-contrapuntal",
    "3.4",
    "**Parallel** vs **contrapuntal** sound.",
    "- **Parallel:** matches the mood of the image, reinforcing emotion.\n- **Contrapuntal (anempathetic):** contrasts with the image, creating irony or unease.",
  ),
  card(
    "leitmotif",
    "3.4",
    "**Leitmotif**.",
    "A recurring musical theme linked to a character, place or idea; e.g. the two-note motif signalling the shark in *Jaws* (1975).",
  ),
  card(
    "levels",
    "3.4",
    "Why keep digital recording levels below **0 dBFS**?",
    "0 dBFS is the digital maximum: louder signals **clip** into distortion that cannot be repaired. Leave headroom for sudden loud sounds.",
  ),

  // ── Screenwriter
  card(
    "screenplay-format",
    "3.5",
    "Elements of **screenplay format**.",
    "- **Scene heading (slugline):** INT./EXT. LOCATION - DAY/NIGHT.\n- **Action:** present tense, only what can be seen and heard.\n- **Character cue:** name in capitals above dialogue.\n- **Parenthetical:** brief delivery note.\n- **Dialogue.**\n- **Transition** (CUT TO:), used sparingly.\n12-point Courier; about one page per minute.",
  ),
  card(
    "logline-treatment",
    "3.5",
    "**Logline**, **synopsis**, **treatment**.",
    "- **Logline:** one or two sentences: protagonist, goal, conflict.\n- **Synopsis:** a short summary of the whole story.\n- **Treatment:** a longer prose telling of the film, scene by scene, in the present tense.",
  ),
  card(
    "three-act",
    "3.5",
    "**Three-act structure**.",
    "Set-up (inciting incident, first turning point) → confrontation (rising obstacles, midpoint, crisis) → resolution (climax, new equilibrium).",
  ),
  card(
    "show-dont-tell",
    "3.5",
    "**Show, don't tell** and **subtext**.",
    "Convey character and information through action and images rather than explanatory dialogue; let meaning sit beneath the lines (subtext) for the audience to infer.",
  ),
  card(
    "spec-shooting",
    "3.5",
    "**Spec script** vs **shooting script**.",
    "- **Spec script:** written to sell or pitch; minimal camera directions.\n- **Shooting script:** the production version, with scene numbers and possible technical directions and revisions.",
    HL,
  ),

  // ── HL: collaboratively producing film
  card(
    "cfp",
    "4",
    "The **collaborative film project** (HL): key facts.",
    "- HL only, internally assessed (35%).\n- Core production team of **2-4 students**, each assessed in one production role.\n- **Completed film (max 7 minutes)** + individual **project report (max 2,000 words)** and sources.\n- All material in the film must be original (no copyright, royalty-free or Creative Commons material).",
    HL,
  ),
  card(
    "production-phases",
    "4",
    "The three **phases of production**.",
    "- **Pre-production:** script, casting, location scouting and permissions, schedule, storyboards, shot lists.\n- **Production:** the shoot.\n- **Post-production:** editing, sound design and mix, colour grade, titles, export.",
    HL,
  ),
  card(
    "call-sheet",
    "4",
    "**Call sheet** vs **shot list** vs **script breakdown**.",
    "- **Call sheet:** who is needed where and when for a shooting day, with contacts and safety notes.\n- **Shot list:** every planned set-up.\n- **Script breakdown:** every prop, costume, location and effect each scene needs.",
    HL,
  ),
  card(
    "script-supervisor",
    "4",
    "What does a **script supervisor** do?",
    "Tracks continuity (props, costume, eyelines, screen direction) and logs takes with notes for the editor.",
    HL,
  ),
  card(
    "release-forms",
    "4",
    "**Release forms** and ethical filmmaking.",
    "Get signed consent from identifiable people and permission from locations; plan for safety (risk assessment); avoid content that could harm participants or audiences.",
    HL,
  ),
  card(
    "collab-conflict",
    "4",
    "How should a team resolve a creative disagreement?",
    "Return to the shared intentions; test options (shoot coverage, cut both versions); seek feedback; follow an agreed decision process that respects roles; record the decision and reasons in the project report.",
    HL,
  ),
];

const file: SubjectFlashcards = { subject: "film", flashcards };
export default file;
