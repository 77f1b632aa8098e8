import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { rotatingQuestionBuilders } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB Film (second edition guide, first assessment 2023).
//
// Film has no written examination. The bank practises what the four components need: reading film language
// (for the textual analysis), film movements, genres, theories and contexts (for the comparative study), the
// five core production roles (for the film portfolio) and, at HL, collaborative production (for the
// collaborative film project), plus "how the component is assessed" knowledge. The subject has a single
// paper entry, P1, which stands for the comparative study; every question uses it because no other exists.
//
// Every scene a question analyses was written for this bank as a shot-by-shot description and is labelled
// with ORIGINAL_LABEL; the films, characters and places in them are invented. Real films and filmmakers are
// named only as widely known facts (title and year), never quoted: no dialogue and no screenplay text.
//
// Kinds of question: 1-mark MCQs; short WRITTEN answers (2-6 marks, one point per mark, "/" separates
// accepted alternatives, OWTTE = or words to that effect); and a few 10-mark extended responses marked on
// practice markbands modelled on the textual analysis and comparative study criteria (their weights are this
// bank's own, scaled to 10 marks, not the IB's official allocation). HL-only items are either in the HL-only
// topic 4 (collaboratively producing film) or extra practice at HL depth (film theory, advanced technique).

const HL: Level[] = ["HL"];

/** The label every scene or script written for this bank carries (checked in checks/film-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original scene written for this exercise; the film, characters and places in it are invented.)*";

const { written, mcq } = rotatingQuestionBuilders({ prefix: "film", paper: "P1" });

/** A scene or script block for a stem: a title, the label, then the text as a Markdown quotation. */
const sceneBlock = (title: string, body: string) =>
  `**${title}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

/**
 * Practice textual analysis (10 marks): three criteria named after the textual analysis criteria (cultural
 * context; film elements; relationships with the text), weighted 2/6/2 by this bank for a short exercise.
 */
const practiceTA = (a: string, b: string, c: string): MarkingPointInput[] => [
  pt(
    "critA",
    2,
    `Criterion A (practice), Context (2). 2: accurate, relevant understanding of the context given for the film and of what the extract contributes to it. 1: superficial or partly irrelevant. For this scene: ${a}`,
    ["context", "audience"],
  ),
  pt(
    "critB",
    6,
    `Criterion B (practice), Film elements (6). 5-6: evaluates how several film elements (mise-en-scène, cinematography, editing, sound) work together to create meaning, with precise, accurate terminology and close reference to specific shots. 3-4: explains relevant elements with mostly accurate terminology; some points descriptive. 1-2: identifies elements or retells the scene; little analysis of meaning. For this scene: ${b}`,
    ["shot", "lighting", "sound", "editing"],
  ),
  pt(
    "critC",
    2,
    `Criterion C (practice), Relationships with the text (2). 2: shows how the chosen elements relate to each other, to the context and to the film as a whole (an overall reading of the scene). 1: links made only occasionally. For this scene: ${c}`,
    ["together", "whole film"],
  ),
];

/** Practice comparative study plan (10 marks): task components 4, comparing and contrasting 4, assembling 2 (this bank's weights). */
const practiceCS = (a: string, b: string, c: string): MarkingPointInput[] => [
  pt(
    "critA",
    4,
    `Criterion A (practice), Task components (4). 4: a clear area of film focus, two films from contrasting cultural contexts and a focused topic, each convincingly justified. 2-3: components appropriate, justification partial. 1: components unclear or unjustified. For this plan: ${a}`,
    ["area of film focus", "cultural context", "topic"],
  ),
  pt(
    "critB",
    4,
    `Criterion B (practice), Comparing and contrasting (4). 4: sustained, balanced comparison of specific moments from both films, linked to the topic, with differences and similarities explained by context. 2-3: relevant comparison, sometimes uneven or descriptive. 1: films mostly discussed separately. For this plan: ${b}`,
    ["compare", "contrast", "both films"],
  ),
  pt(
    "critC",
    2,
    `Criterion C (practice), Assembling the study (2). 2: a logical structure for a recorded multimedia study with purposeful use of clips and images, on-screen citation and accurate terminology. 1: structure or use of audio-visual evidence unclear. For this plan: ${c}`,
    ["structure", "clips", "terminology"],
  ),
];

// ─────────────────────────────────────────────────────────────────────────────
// The scenes (all written for this bank)
// ─────────────────────────────────────────────────────────────────────────────

const STATION_CONTEXT =
  "*Context given:* the scene opens an invented independent film, made on a small budget in a rural region whose young people are leaving for the cities.";

const SCENE_STATION = sceneBlock(
  "Scene 1: 'Last Train', a rural railway platform at night",
  `1. EXTREME LONG SHOT, static, eye level. One platform at night. A single orange sodium lamp lights a bench; darkness fills two-thirds of the frame. MIRA (17) sits at the far left of the bench, a rucksack at her feet. Sound: wind, a dog barking far away.
2. MEDIUM CLOSE-UP, slight high angle. Mira looks down at a cracked phone. Its cold blue glow lights her face from below; the warm lamp behind her rims her hair.
3. INSERT (close-up) of the phone screen: NO SERVICE.
4. POINT-OF-VIEW SHOT, handheld, telephoto lens: the empty track stretching into the dark. Shallow depth of field: the nearest rails are sharp, the rest dissolve into blur.
5. MEDIUM SHOT from behind the bench, low angle. In the background, out of focus, an older RAILWAY WORKER in a reflective jacket walks onto the platform. The focus pulls from the back of Mira's head to the worker, who stops and looks at her. He does not speak.
6. A low non-diegetic synthesiser drone fades in. Over the last seconds of shot 5 we hear a train horn before any train is visible.
7. LONG SHOT, slow dolly in towards Mira as she stands. White headlights flood the frame until the image burns out to white. Hard cut to black. Silence.`,
);

const SCENE_BIRTHDAY = sceneBlock(
  "Scene 2: 'Birthday', a family kitchen and a bus stop, evening",
  `1. ESTABLISHING LONG SHOT. INT. KITCHEN. Symmetrical composition: a table with a birthday cake at its centre, lit by warm table lamps. The MOTHER, a GRANDMOTHER and ELI (15) sit round it. The chair at the head of the table, nearest the camera, is empty.
2. SHOT/REVERSE SHOT over the shoulder: the Mother, lit softly and evenly; Eli, half his face in shadow, glancing at the door. The camera stays on one side of the table throughout.
3. EXT. BUS STOP, NIGHT. LONG SHOT: the FATHER, in work overalls, watches a bus pull away without him. Cool blue colour grade; loud rain drums on the shelter roof.
4. INT. KITCHEN. CLOSE-UP: candle wax dripping onto the icing. The tick of a wall clock, barely audible in shot 1, is now loud in the mix.
5. EXT. STREET. Handheld TRACKING SHOT alongside the Father as he runs through the rain. From here the cutting between kitchen and street quickens: each shot is shorter than the one before.
6. INT. KITCHEN. Eli blows out the candles. The curl of smoke from the candles is cut directly to steam rising from a street drain, where the Father stops, out of breath, at a front door.
7. INT. KITCHEN. The doorbell rings off screen. CLOSE-UP of the Mother turning towards the sound. Cut to black before the door is opened.`,
);

const SCENE_MARKET = sceneBlock(
  "Scene 3: 'Morning Shift', a fish market at dawn",
  `1. A single LONG TAKE of about two minutes, handheld at shoulder height, in natural dawn light. The camera follows NADIA, a market porter played by a real porter who has never acted, as she pushes a cart through a crowded fish market.
2. Stallholders shout prices over each other; forklifts beep; ice is shovelled. There is no music.
3. Nadia stops to argue quietly with a supplier about a late payment; passers-by walk between her and the camera, briefly blocking our view.
4. The camera neither cuts nor moves closer during the argument: it holds a medium long shot in which several planes of action stay in focus.
5. The take ends when Nadia leaves the frame; the camera stays on the empty aisle as the market carries on working.`,
);

const SCENE_DAM = sceneBlock(
  "Scene 4: 'The Dam', a sequence of short shots",
  `1. CLOSE-UP: a factory owner's gold pocket watch snaps open. (1 second)
2. EXTREME CLOSE-UP: a worker's cracked hands gripping an iron wheel. (1 second)
3. LOW ANGLE: the concrete wall of a dam fills the frame. (2 seconds)
4. CLOSE-UP: the watch ticking. (1 second)
5. LONG SHOT: hundreds of workers surge across the top of the dam, diagonally from bottom left to top right. (2 seconds)
6. CLOSE-UP: the owner's hand snaps the watch shut. (half a second)
7. EXTREME LONG SHOT: the sluice gates open and water explodes downwards on the opposite diagonal. (3 seconds)
8. CLOSE-UP: a wind-up toy soldier topples over on the owner's desk. (1 second)
The shots are cut to a regular beat; each cut falls on a strong movement or a change of direction.`,
);

const SCRIPT_PARCEL = sceneBlock(
  "Script draft: 'Parcel', a student's first attempt at a screenplay page",
  `INSIDE THE FLAT
Ama walked into the room. She felt sad about her brother, who had left for another country two years ago and never called.
CLOSE UP ON THE PARCEL ON THE TABLE.
ama
(picks up the parcel, reads the label, then sits down on the sofa and starts to cry)
It's from him.
CUT TO:`,
);

// ─────────────────────────────────────────────────────────────────────────────
// Topic 1: Reading film (film language, genre, narrative; the textual analysis)
// ─────────────────────────────────────────────────────────────────────────────
const readingFilm: QuestionInput[] = [
  mcq({
    key: "1-01",
    topic: "1",
    difficulty: 1,
    stem: "Which shot size typically frames a standing character from about the waist up?",
    options: ["Medium shot", "Extreme long shot", "Extreme close-up", "Establishing shot"],
    correct: "A",
    why: "A medium (mid) shot frames a figure from roughly the waist up, balancing facial expression with body language and some setting.",
  }),
  mcq({
    key: "1-02",
    topic: "1",
    difficulty: 1,
    stem: "**Mise-en-scène** refers to:",
    options: [
      "everything staged for the camera: setting, props, costume, make-up, lighting, performance and blocking",
      "the way each shot is framed and the camera moves, including angle, height, lens, shot size and depth of field",
      "the order in which shots are joined in the edit and the rhythm this creates",
      "the combination of music, dialogue and effects on the soundtrack",
    ],
    correct: "A",
    why: "Mise-en-scène (French: 'putting into the scene') covers what is staged for the camera: setting, props, costume, make-up, lighting, and actors' performance and blocking. Framing and camera movement (cinematography), editing and sound are separate film elements.",
  }),
  mcq({
    key: "1-03",
    topic: "1",
    difficulty: 2,
    stem: "A villain is filmed from a **low angle** as he walks towards the camera. The most likely intended effect is to make him appear:",
    options: ["powerful and threatening", "small, weak and vulnerable", "distant and unimportant", "comic and harmless"],
    correct: "A",
    why: "Looking up at a figure from a low angle makes them loom over the viewer, conventionally suggesting power, dominance or threat; a high angle does the opposite.",
  }),
  mcq({
    key: "1-04",
    topic: "1",
    difficulty: 2,
    stem: "A shot in which the camera is tilted so that the horizon runs diagonally across the frame is called a:",
    options: ["canted (Dutch) angle", "bird's-eye (overhead) view", "low-angle shot", "tracking shot"],
    correct: "A",
    why: "A canted or Dutch angle tilts the camera on its roll axis; the off-balance horizon conventionally signals instability, tension or a disturbed mental state.",
  }),
  mcq({
    key: "1-05",
    topic: "1",
    difficulty: 2,
    stem: `${SCENE_STATION}\n\nIn shots 5-6, the train horn is heard before the train appears and carries the viewer into the next shot. This technique is a:`,
    options: ["sound bridge", "foley effect", "jump cut", "dissolve"],
    correct: "A",
    why: "A sound bridge carries sound across a cut (here the horn begins before the image of the train), linking two shots and creating anticipation.",
  }),
  mcq({
    key: "1-06",
    topic: "1",
    difficulty: 2,
    stem: `${SCENE_BIRTHDAY}\n\nThe alternation between the kitchen and the Father in the street (shots 3-6) is an example of:`,
    options: ["cross-cutting (parallel editing)", "a sequence of eyeline matches", "a flashback (analepsis)", "a montage sequence (compressed time)"],
    correct: "A",
    why: "Cross-cutting alternates between actions happening in different places at (usually) the same time, inviting the viewer to connect them and building suspense about whether they will meet.",
  }),
  mcq({
    key: "1-07",
    topic: "1",
    difficulty: 3,
    stem: `${SCENE_BIRTHDAY}\n\nIn shot 6, the curl of candle smoke is cut directly to steam rising from a drain. What is this cut, and what does it do?`,
    options: [
      "A graphic match cut: the similar shapes link the two spaces and suggest the family and the Father are about to be reunited",
      "A jump cut: it shows that time has been removed from the same shot",
      "An eyeline match: it shows what Eli is looking at",
      "A dissolve: it shows that time has passed between the two places",
    ],
    correct: "A",
    why: "A match cut joins two shots through a similar shape, movement or composition. Smoke and steam rhyme visually, so the cut fuses the two locations at the moment the cross-cutting resolves.",
  }),
  written({
    key: "1-08",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_STATION}\n\nExplain how lighting and colour in shots 1-2 create meaning.`,
    points: [
      pt("p1", 1, "Shot 1: a single lamp in surrounding darkness / low-key lighting and large dark areas isolate Mira / suggest loneliness or an empty place", [
        "low-key",
        "darkness",
        "isolat",
      ]),
      pt(
        "p2",
        1,
        "Warm orange lamp vs cold blue phone light: colour contrast between two worlds (home town / the outside world she is connected to) / warm vs cold",
        ["warm", "cold", "contrast", "blue", "orange"],
      ),
      pt("p3", 1, "Phone as key light from below: her face is lit by the device, showing dependence on it / uncanny, slightly unsettling under-lighting", [
        "key light",
        "below",
        "phone",
      ]),
      pt("p4", 1, "Backlight/rim light from the lamp separates her from the dark / the past (town) is literally behind her while the phone is in front", [
        "rim",
        "backlight",
        "behind",
      ]),
    ],
    answer:
      "In **shot 1** the platform is almost entirely dark: one sodium lamp creates a small pool of light and darkness fills two-thirds of the frame. This **low-key** lighting isolates Mira and makes the place feel empty and cut off.\n\nIn **shot 2** two colours meet. The **cold blue** glow of the phone becomes her **key light**, lit from below, so her face is defined by the device that should connect her to elsewhere; the under-lighting is also slightly unsettling. Behind her the **warm orange** lamp acts as a **rim light** on her hair. The colour contrast sets the warmth of the town she is leaving behind (literally behind her) against the cold, uncertain world in front of her, and the NO SERVICE insert then shows that even the blue light cannot connect her yet.",
  }),
  written({
    key: "1-09",
    topic: "1",
    difficulty: 2,
    marks: 4,
    term: "Describe",
    stem: `${SCENE_BIRTHDAY}\n\nDescribe **four** elements of mise-en-scène in shot 1 and what each suggests.`,
    points: [
      pt("p1", 1, "The empty chair at the head of the table (nearest the camera): an absence / the missing Father is the focus of the scene", [
        "empty chair",
        "absence",
        "missing",
      ]),
      pt(
        "p2",
        1,
        "The birthday cake at the centre of a symmetrical composition: a ritual/celebration that depends on everyone being present / order and expectation",
        ["cake", "symmetr", "celebration"],
      ),
      pt("p3", 1, "Warm practical lamps / warm lighting: home, intimacy, safety (contrasted later with the cold street)", ["warm", "lamp", "home"]),
      pt("p4", 1, "Figure placement (Mother, Grandmother, Eli seated round the table, waiting): a family unit arranged around a gap / three generations", [
        "placement",
        "generation",
        "waiting",
      ]),
    ],
    answer:
      "- **Props and composition:** the **empty chair** at the head of the table, placed nearest the camera, is the most prominent object in the frame, so the scene is about an absence before we know whose.\n- **Setting and composition:** the birthday **cake** sits at the centre of a **symmetrical** frame; the order of the composition shows a ritual waiting to be completed.\n- **Lighting:** warm **practical lamps** make the kitchen feel safe and intimate, a contrast the film later exploits with the cold blue street.\n- **Figure placement:** three generations sit round the table with the head's place unfilled: the family is arranged around a gap.",
  }),
  written({
    key: "1-10",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** ways a film can depart from linear chronology, naming a well-known film for each.",
    points: [
      pt("p1", 1, "Flashback (and/or flash-forward) framing: e.g. *Citizen Kane* (1941) tells a life in flashbacks through people who knew Kane", [
        "flashback",
        "Citizen Kane",
      ]),
      pt("p2", 1, "Reverse chronology: e.g. *Memento* (2000) presents much of its story backwards, scene by scene", ["reverse", "Memento"]),
      pt("p3", 1, "Fragmented/rearranged order of interlocking stories: e.g. *Pulp Fiction* (1994)", ["non-linear", "fragment", "Pulp Fiction"]),
      pt(
        "p4",
        1,
        "The same event retold from contradictory perspectives: e.g. *Rashomon* (1950) / alternative versions of events, e.g. *Run Lola Run* (1998)",
        ["perspective", "Rashomon", "Run Lola Run"],
      ),
    ],
    answer:
      "1. **Flashback structure.** *Citizen Kane* (1941) begins with Kane's death and reconstructs his life through the flashbacks of people who knew him.\n2. **Reverse chronology.** *Memento* (2000) presents much of its story backwards, so the audience, like the protagonist, lacks knowledge of what came before.\n3. **Rearranged, interlocking stories.** *Pulp Fiction* (1994) shuffles the order of its episodes, so a character seen dead reappears later in the running time.\n4. **Multiple perspectives.** *Rashomon* (1950) retells the same event through contradictory accounts; *Run Lola Run* (1998) replays the same situation with different outcomes.",
  }),
  mcq({
    key: "1-11",
    topic: "1",
    difficulty: 3,
    stem: "Alfred Hitchcock famously distinguished **suspense** from **surprise** with the example of a bomb under a table. According to that distinction, suspense arises when:",
    options: [
      "the audience knows about a danger that the characters do not",
      "the audience and the characters discover the danger at the same moment",
      "a loud noise startles the audience without warning",
      "the camera cuts away before the danger can be shown",
    ],
    correct: "A",
    why: "If the audience is shown the bomb that the characters cannot see, every ordinary moment becomes tense (suspense); if it simply explodes, the audience gets a brief shock (surprise). Suspense depends on giving the viewer more knowledge than the characters.",
  }),
  mcq({
    key: "1-12",
    topic: "1",
    difficulty: 2,
    stem: "In genre study, **iconography** means:",
    options: [
      "the recognisable objects, settings and costumes associated with a genre, such as the Stetsons and saloons of the Western",
      "the typical plot patterns and character conflicts that a genre repeats",
      "the symbolic meaning of a single object within one particular film",
      "the visual style of a film's poster and marketing campaign",
    ],
    correct: "A",
    why: "Iconography is the set of visual signs (props, settings, costumes, character types) that let audiences recognise a genre at a glance. Recurring plot patterns are a genre's narrative conventions, and a symbol in one film is a motif of that film, not of a genre.",
  }),
  mcq({
    key: "1-13",
    topic: "1",
    difficulty: 1,
    stem: "What is the maximum length of the written **textual analysis** in IB Film?",
    options: ["1,750 words", "750 words", "3,000 words", "4,000 words"],
    correct: "A",
    why: "The textual analysis is a written analysis of at most 1,750 words (plus a list of sources). It is externally assessed at SL and HL.",
  }),
  mcq({
    key: "1-14",
    topic: "1",
    difficulty: 2,
    stem: "The extract a student analyses in the textual analysis must be:",
    options: [
      "a continuous extract of no more than five minutes from a film on the list prescribed by the IB",
      "any three separate scenes from any film the student likes",
      "the whole of a short film made by the student",
      "a trailer for a recent release",
    ],
    correct: "A",
    why: "Students choose one continuous extract, lasting no more than five minutes, from a prescribed film text, and analyse it in the context of the whole film and its cultural context.",
  }),
  written({
    key: "1-15",
    topic: "1",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** things a strong IB Film **textual analysis** demonstrates or includes.",
    points: [
      pt(
        "p1",
        1,
        "Understanding of the film's cultural context (e.g. historical, social, political, institutional, technological), supported by research from relevant, cited sources",
        ["cultural context", "research", "sources"],
      ),
      pt(
        "p2",
        1,
        "Evaluation of how film elements in the chosen extract (mise-en-scène, cinematography, editing, sound) convey meaning, using accurate film vocabulary",
        ["film elements", "meaning", "terminology"],
      ),
      pt("p3", 1, "How the cultural context and the analysed film elements relate to each other and to the film as a whole", ["relate", "whole film"]),
      pt("p4", 1, "Academic honesty: in-text citations and a separate list of all sources / within the word limit", [
        "citation",
        "list of sources",
        "word limit",
      ]),
    ],
    answer:
      "1. **Cultural context.** An accurate understanding of the context of the film text (for example its historical, social, political, institutional or technological context), supported by research from appropriate, cited sources.\n2. **Film elements.** An evaluation of how the extract uses film elements (mise-en-scène, cinematography, editing, sound) to convey meaning, written with precise film vocabulary and close reference to specific moments.\n3. **Relationships.** An understanding of how the context and the chosen film elements relate to each other and to the film as a whole, not a list of separate observations.\n4. **Academic honesty and limits.** Sources acknowledged in the text and in a separate list, and the analysis kept within 1,750 words.",
  }),
  written({
    key: "1-16",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${SCENE_BIRTHDAY}\n\nAnalyse how **sound** is used in the scene to build tension.`,
    points: [
      pt(
        "p1",
        1,
        "The diegetic clock, barely audible at first, becomes loud (shot 4): time passing/running out for the Father and the family / subjective emphasis on waiting",
        ["clock", "diegetic", "time"],
      ),
      pt("p2", 1, "Loud rain at the bus stop contrasts with the quiet kitchen: two sound worlds mark the two spaces / the Father's struggle", [
        "rain",
        "contrast",
        "ambient",
      ]),
      pt("p3", 1, "Off-screen doorbell (shot 7): heard but not seen, it creates anticipation / the audience must imagine who is at the door", [
        "off-screen",
        "doorbell",
        "anticipation",
      ]),
      pt("p4", 1, "Cut to black before the door opens: sound is the last information given, so the outcome stays ambiguous / tension is left unresolved", [
        "cut to black",
        "ambiguous",
        "unresolved",
      ]),
    ],
    answer:
      "Sound structures the tension. The **diegetic clock** is barely audible in shot 1 but loud in the mix by shot 4: the sound designer exaggerates a real sound so the audience, like the family, hears time passing and the candles burning down.\n\nThe **rain** drumming on the shelter gives the street its own loud sound world, in contrast with the hushed kitchen; as the cross-cutting speeds up, the alternation between the two soundscapes becomes part of the rhythm.\n\nThe climax is an **off-screen sound**: the doorbell rings but we do not see who rang it. The Mother turns towards it and the film **cuts to black** before the door opens, so the final piece of information is aural, and the tension (is it the Father?) is left for the audience to resolve.",
  }),
  written({
    key: "1-17",
    topic: "1",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: `${SCENE_STATION}\n\nDistinguish between **diegetic** and **non-diegetic** sound, giving an example of each from the scene.`,
    points: [
      pt("p1", 1, "Diegetic sound comes from within the story world (characters can hear it): e.g. the wind / the distant dog / the train horn", [
        "diegetic",
        "story world",
        "wind",
        "dog",
        "horn",
      ]),
      pt("p2", 1, "Non-diegetic sound comes from outside the story world (only the audience hears it): e.g. the synthesiser drone in shot 6", [
        "non-diegetic",
        "outside",
        "drone",
      ]),
    ],
    answer:
      "**Diegetic** sound has a source in the world of the story, so the characters could hear it: the wind, the distant dog and the train horn.\n\n**Non-diegetic** sound is added for the audience from outside that world, such as score or a narrator's voice-over: the low synthesiser drone that fades in during shot 6.",
  }),
  mcq({
    key: "1-18",
    topic: "1",
    difficulty: 4,
    stem: `${SCENE_BIRTHDAY}\n\nFrom shot 5, each shot in the cross-cutting is shorter than the one before. What is the main effect of this editing pattern?`,
    options: [
      "The accelerating rhythm raises tension and makes the two lines of action feel as if they are converging",
      "It slows the pace to give the audience time to reflect",
      "It signals a flashback to the Father's childhood",
      "It hides a continuity error in the kitchen",
    ],
    correct: "A",
    why: "Shortening shot lengths increases the pace of the cutting; combined with cross-cutting it creates a race-against-time rhythm and anticipation that the two spaces will meet.",
  }),
  written({
    key: "1-19",
    topic: "1",
    difficulty: 3,
    marks: 10,
    term: "Analyse",
    stem: `Write a short practice **textual analysis** of the scene below (about 400-500 words; 10 marks, practice markbands).\n\n${STATION_CONTEXT}\n\n${SCENE_STATION}\n\n**Focus:** How do the film elements in this opening scene establish the protagonist's situation and the film's mood?`,
    points: practiceTA(
      "connects the scene to the given context (a low-budget independent film about young people leaving a rural region): Mira as one of those who leave; the small-budget aesthetic (one lamp, one location) used expressively",
      "analyses the ELS with negative space (isolation), the warm/cold colour contrast and under-lighting by the phone, the NO SERVICE insert, the telephoto POV with shallow depth of field (an uncertain future), the rack focus to the silent worker (an older generation who stayed), the sound bridge of the horn and the non-diegetic drone, the dolly in and burn-out to white, the cut to black and silence",
      "builds an overall reading: the scene is a threshold between staying and leaving; elements work together (isolation in framing + disconnection in the insert + unresolved ending in sound and editing) and set up the whole film's theme",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Context: the film is about young people leaving a rural region; the opening presents that departure as one lonely moment.\n- Framing: the extreme long shot, with Mira at the edge of the frame and darkness filling most of it, isolates her.\n- Lighting and colour: the warm lamp behind her and the cold phone light in front of her oppose home and the unknown.\n- The NO SERVICE insert: the phone cannot connect her yet.\n- The point-of-view shot uses a telephoto lens and shallow focus: the track dissolves into blur, a future she cannot see.\n- The rack focus to the silent railway worker suggests a second, older figure who stayed: a possible future self.\n- Sound: diegetic wind and a distant dog make the place feel empty; the non-diegetic drone and the horn (a sound bridge) announce change before it is seen.\n- Ending: the dolly in, the white-out, the hard cut to black and silence withhold whether she boards.\n\n**Model answer (extract)**\n\nThe opening of 'Last Train' turns a departure, the subject of the whole film, into a single held breath. The extreme long shot places Mira at the far left of the frame while darkness occupies most of it: the negative space makes the platform, and by extension the town, feel emptied out. The only light is one sodium lamp, so the low-key image suggests a place that is running down.\n\nIn the medium close-up the lighting becomes a choice between two worlds. The warm orange lamp rims her hair from behind, while the cold blue phone is her key light from below. What lies behind her is warm but fading; what lies in front of her is bright but cold, and the insert of NO SERVICE shows it has not yet answered. The point-of-view shot extends this uncertainty: filmed handheld through a telephoto lens with a shallow depth of field, the track blurs into nothing after a few metres. The future is literally out of focus.\n\nThe rack focus in shot 5 introduces the railway worker without a word. The pull of focus moves our attention from the girl who might leave to the older man who stayed, and the low angle gives him a quiet authority. Whether he is a warning or a reassurance is left open.\n\nSound then carries the moment of decision. The diegetic wind and far-off dog establish emptiness, but the non-diegetic drone and the horn, heard over the end of shot 5 before any train appears, form a sound bridge that announces change before we can see it. The slow dolly in and the headlights burning the image to white make the train an overwhelming force, and the hard cut to black and silence withhold the answer. Together, isolating framing, a colour opposition, disconnection and an unresolved ending make the scene a threshold: the film begins at the moment a young person must choose to stay or go, which is the question the rest of the film explores.",
  }),
  mcq({
    key: "1-20",
    topic: "1",
    difficulty: 3,
    stem: "Tzvetan Todorov's narrative theory describes many stories as moving through which pattern?",
    options: [
      "Equilibrium, disruption, recognition of the disruption, an attempt to repair it, and a new equilibrium",
      "Thesis, antithesis and synthesis of shots",
      "Exposition shown only through voice-over",
      "A series of unconnected events with no cause and effect",
    ],
    correct: "A",
    why: "Todorov's model sees narrative as a movement from an initial equilibrium, through a disruption that is recognised and addressed, to a new (changed) equilibrium.",
  }),
  written({
    key: "1-21",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${SCENE_STATION}\n\nAnalyse how **camera movement** (or its absence) in shots 1, 4 and 7 shapes the audience's experience of the scene.`,
    points: [
      pt("p1", 1, "Shot 1 static camera: stillness/emptiness; the audience observes from a distance / waiting, nothing moves", ["static", "still", "distance"]),
      pt("p2", 1, "Shot 4 handheld POV: the slight shake puts us in Mira's position / subjective, unsettled, uncertain", [
        "handheld",
        "point-of-view",
        "subjective",
      ]),
      pt("p3", 1, "Shot 7 slow dolly in: gradually increases intensity and intimacy / draws us towards her decision", ["dolly", "intensity", "towards"]),
      pt("p4", 1, "Progression: from detached stillness to subjective movement to a push in, mirroring the build from waiting to a moment of choice", [
        "progression",
        "build",
        "choice",
      ]),
    ],
    answer:
      "**Shot 1** is **static**: nothing moves but the wind, and the camera watches from far away. The stillness matches the emptiness of the platform and places the audience as detached observers of someone waiting.\n\n**Shot 4** is a **handheld point-of-view shot**: the slight shake puts us inside Mira's position, looking down a track that blurs into darkness, so her uncertainty becomes ours.\n\n**Shot 7** is a **slow dolly in** as she stands: the camera moves steadily closer, increasing intensity and intimacy at the moment the train arrives.\n\nTogether the movements form a **progression** from detached stillness, to subjective unease, to a push towards her that mirrors the build from waiting to a moment of decision.",
  }),
  written({
    key: "1-22",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Identify **two** conventions of the **horror** genre and explain how a filmmaker might **subvert** one of them, and why.",
    points: [
      pt(
        "p1",
        1,
        "Convention 1 identified: e.g. isolated setting (remote house, woods) / low-key lighting and darkness / a threatening monster or killer / jump scares built by silence then a loud sound / a 'final girl' who survives",
        ["isolated", "low-key", "jump scare", "monster", "final girl"],
      ),
      pt("p2", 1, "Convention 2 identified (a different one)", ["convention"]),
      pt("p3", 1, "Subversion described: e.g. horror set in bright daylight / the expected jump scare never comes / the monster is shown to be sympathetic", [
        "subvert",
        "daylight",
        "expected",
      ]),
      pt("p4", 1, "Reason/effect: unsettles an audience that knows the rules / makes the familiar strange / comments on the genre or on social fears", [
        "unsettle",
        "expectation",
        "comment",
      ]),
    ],
    answer:
      "**Two conventions:** an **isolated setting** (a remote house or forest, where no help can come) and **low-key lighting**, where darkness hides the threat. (Also: jump scares built from silence and a sudden loud sound; the 'final girl' who survives.)\n\n**Subversion:** a filmmaker could set the horror in **bright daylight** in a busy, sunny place.\n\n**Why:** audiences who know the genre's rules relax when the lights are on; removing the darkness takes away their sense of where danger can hide, making the familiar strange and the film more unsettling. Subverting a convention also invites the audience to notice the convention itself.",
  }),
  written({
    key: "1-hl-01",
    levels: HL,
    topic: "1",
    difficulty: 4,
    marks: 5,
    term: "To what extent",
    stem: `${SCENE_BIRTHDAY}\n\nTo what extent is the meaning of the scene created by what it **withholds** from the viewer?`,
    points: [
      pt("p1", 1, "Withheld from the start: the empty chair signals an absent person whose identity and reason for absence are not explained", [
        "empty chair",
        "absent",
      ]),
      pt("p2", 1, "Off-screen space: the doorbell is heard but its source is not seen; the viewer imagines it", ["off-screen", "doorbell", "imagine"]),
      pt("p3", 1, "The cut to black before the door opens withholds the resolution: an open ending that invites interpretation (reunion or disappointment)", [
        "cut to black",
        "open ending",
        "ambiguous",
      ]),
      pt(
        "p4",
        1,
        "Counter-argument: much is also given (cross-cutting shows the audience where the Father is: the viewer knows more than the family, creating suspense rather than mystery)",
        ["cross-cutting", "knows more", "suspense"],
      ),
      pt("p5", 1, "Reasoned judgement: meaning comes from the balance of what is shown (the Father's effort) and withheld (the outcome)", [
        "judgement",
        "balance",
      ]),
    ],
    answer:
      "**Withholding is central.** The first shot foregrounds an **empty chair** without explaining it, and the final shot gives only an **off-screen** doorbell and the Mother's face before a **cut to black**. We never see who is at the door, so the ending is open: reunion, or another disappointment.\n\n**But much is shown.** The cross-cutting tells the audience what the family does not know: the Father missed the bus and is running home. Because the viewer knows more than the characters, the scene works through **suspense** rather than mystery, and the graphic match from smoke to steam strongly implies that he has arrived.\n\n**Judgement.** Meaning is created by the balance: the film shows enough (his effort, his arrival at a door) to make the audience hope, and withholds just enough (the opening of the door) to make that hope the audience's own. Withholding matters most at the end, but it depends on what was given before.",
  }),
  mcq({
    key: "1-hl-02",
    levels: HL,
    topic: "1",
    difficulty: 5,
    stem: "Rick Altman proposed a **semantic/syntactic** approach to film genre. In that approach, the *syntactic* elements of a genre are:",
    options: [
      "the structures and relationships that organise its building blocks, such as recurring plot patterns and thematic oppositions",
      "its recognisable building blocks, such as settings, props and character types",
      "the box-office figures of its most successful films",
      "the dialogue spoken by its characters",
    ],
    correct: "A",
    why: "Altman distinguished semantic elements (the building blocks: iconography, settings, character types) from syntactic ones (the structures that relate them, such as the Western's opposition of civilisation and wilderness). Genres can share semantics but differ in syntax.",
  }),
  written({
    key: "1-hl-03",
    levels: HL,
    topic: "1",
    difficulty: 5,
    marks: 10,
    term: "Analyse",
    stem: `Write a short practice **textual analysis** of the scene below (about 400-500 words; 10 marks, practice markbands).\n\n*Context given:* the scene comes from an invented film made in a period of labour unrest, by a director who believed that editing should make audiences think rather than simply follow a story.\n\n${SCENE_DAM}\n\n**Focus:** How does the editing of this sequence create meaning beyond what any single shot shows?`,
    points: practiceTA(
      "connects the sequence to the given context (labour unrest; a director who wants audiences to think): the film takes the workers' side and uses editing as argument, in the tradition of Soviet montage",
      "analyses the juxtaposition of watch and hands (owner's time vs workers' labour), the repeated watch as a motif, the metric rhythm (regular beat, very short shots), the graphic conflict of opposing diagonals (workers vs water), the low angle of the dam, the collision of the closing watch with the gates opening, and the toy soldier as an intellectual metaphor for power toppled",
      "an overall reading: meaning arises from collision between shots (a third idea produced by two images), so the sequence argues that collective labour overturns the owner's control; elements (rhythm, composition, motif) reinforce one another",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- Context: made in a time of labour unrest, by a director who wants editing to provoke thought: the sequence is an argument, not just an action scene.\n- Juxtaposition: the watch (the owner's control of time and wages) is cut against the worker's cracked hands (labour). Neither shot alone says 'exploitation'; together they do.\n- Motif and rhythm: the watch recurs (opened, ticking, shut), and the regular beat of very short shots gives the sequence a mechanical, metric rhythm.\n- Graphic conflict: the workers surge along one diagonal and the water explodes along the opposite one, so composition itself clashes.\n- Collision: the owner snapping the watch shut is cut against the gates opening; his moment of control becomes the moment he loses it.\n- Intellectual montage: the toppling toy soldier is not part of the action; it is a metaphor, produced by editing, for authority falling.\n\n**Model answer (extract)**\n\nNo single shot in 'The Dam' tells us what the sequence means; its argument lives in the cuts. The opening juxtaposition of the owner's gold pocket watch with a worker's cracked hands on an iron wheel sets two kinds of time against each other: the owner measures it, the worker spends it. Because the shots last about a second each, the viewer has no time to read them separately and is pushed to connect them.\n\nThe watch becomes a motif. It opens, ticks and finally snaps shut, and each appearance is placed against an image of collective effort: the low-angle wall of the dam, towering like the power the workers face, then the crowd surging across it along a rising diagonal. The editing follows a regular beat, giving the sequence a mechanical rhythm that echoes both the watch and the machinery of the factory.\n\nThe climax depends on collision. The shortest shot, half a second of the owner's hand closing the watch, is followed by the longest, three seconds of water exploding from the gates on the opposite diagonal. The graphic clash of directions and durations turns the owner's gesture of control into the instant his control breaks. Finally, the toy soldier toppling on his desk is not part of the physical action at all: it is a metaphor that exists only because of where it is placed. This is intellectual montage in the Soviet tradition associated with Eisenstein: two images produce a third idea (authority falls) that neither contains.\n\nIn the context the scene is given, this is editing as persuasion. The sequence does not let the viewer simply watch a dam open; it asks them to conclude that collective labour can overturn the owner's power, and rhythm, composition and motif all drive towards that conclusion.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 2: Contextualizing film (movements, contexts, theory; the comparative study)
// ─────────────────────────────────────────────────────────────────────────────
const contextualizing: QuestionInput[] = [
  mcq({
    key: "2-01",
    topic: "2",
    difficulty: 1,
    stem: "Painted, sharply angled sets, stark shadows and stories of madness and doubles are characteristic of which film movement of the 1920s, seen in *The Cabinet of Dr. Caligari* (1920)?",
    options: ["German Expressionism", "Italian Neorealism", "French Poetic Realism", "Soviet montage"],
    correct: "A",
    why: "German Expressionism (Weimar Germany, roughly 1919 to the late 1920s) used stylised, distorted sets and high-contrast lighting to express characters' inner states; *Caligari* and *Nosferatu* (1922) are key examples.",
  }),
  mcq({
    key: "2-02",
    topic: "2",
    difficulty: 2,
    stem: "Location shooting, non-professional actors and stories of ordinary working people after the Second World War, as in *Bicycle Thieves* (1948), are features of:",
    options: ["Italian Neorealism", "classical Hollywood cinema", "German Expressionism", "Soviet montage"],
    correct: "A",
    why: "Italian Neorealism (mid-1940s to early 1950s; Rossellini, De Sica) filmed on real streets with non-professional actors to show post-war poverty and hardship.",
  }),
  mcq({
    key: "2-03",
    topic: "2",
    difficulty: 2,
    stem: "Which statement about the **French New Wave** is accurate?",
    options: [
      "Directors such as Truffaut and Godard began as critics at *Cahiers du cinéma*, and *Breathless* (1960) used jump cuts and location shooting",
      "It was a 1920s movement that used distorted, painted sets to express madness and fear",
      "It was a 1990s Danish movement whose rules banned non-diegetic music and studio sets",
      "It was a post-war Italian movement of location shooting with non-professional actors",
    ],
    correct: "A",
    why: "The New Wave (late 1950s to 1960s) grew out of film criticism at *Cahiers du cinéma*; its directors used light equipment, real locations, improvisation and disruptive editing such as the jump cuts of *Breathless*. The other options describe German Expressionism, Dogme 95 and Italian Neorealism.",
  }),
  mcq({
    key: "2-04",
    topic: "2",
    difficulty: 2,
    stem: "Soviet filmmakers of the 1920s such as Sergei Eisenstein, director of *Battleship Potemkin* (1925), argued that film meaning is created mainly by:",
    options: [
      "the collision or juxtaposition of shots in editing (montage)",
      "long takes that preserve the unity of real time and space",
      "the psychological realism of performances by trained stage actors",
      "the staging of action in depth within a single frame",
    ],
    correct: "A",
    why: "Soviet montage theory held that meaning comes from how shots are combined; for Eisenstein, the collision of two shots produces a new idea. The Odessa Steps sequence in *Battleship Potemkin* is the famous example.",
  }),
  mcq({
    key: "2-05",
    topic: "2",
    difficulty: 3,
    stem: "During the classical Hollywood studio era, the major studios were **vertically integrated**. This means they:",
    options: [
      "controlled production, distribution and exhibition, owning cinema chains as well as studios",
      "signed actors to long-term exclusive contracts (the star system)",
      "made films at every budget level, from B-movies to prestige pictures",
      "merged with rival studios to control a larger share of film production",
    ],
    correct: "A",
    why: "The majors made films, distributed them and owned theatres to show them. The US Supreme Court's Paramount decision of 1948 forced them to sell their cinemas, one reason the studio system declined. Star contracts and B-movie units were other features of the system, and buying rivals at the same stage would be horizontal, not vertical, integration.",
  }),
  written({
    key: "2-06",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how the historical and economic context of post-war Italy shaped the style of Italian Neorealism.",
    points: [
      pt("p1", 1, "Studios damaged or unavailable after the war (Cinecittà was used to house refugees) → filmmakers shot on real streets and locations", [
        "location",
        "Cinecittà",
        "studio",
      ]),
      pt("p2", 1, "Scarce money and equipment/film stock → small crews, natural light, often post-synchronised sound", ["budget", "natural light", "scarce"]),
      pt("p3", 1, "Post-war poverty, unemployment and reconstruction became the subject → ordinary working-class protagonists, social problems", [
        "poverty",
        "unemployment",
        "working-class",
      ]),
      pt(
        "p4",
        1,
        "Reaction against Fascist-era cinema's escapist studio films / a wish to show the truth of Italian life → non-professional actors and realism",
        ["Fascis", "escapis", "non-professional", "real"],
      ),
    ],
    answer:
      "**Material conditions.** After 1945 Italy's studio facilities were damaged or unavailable (Cinecittà was even used to house displaced people), so directors such as Rossellini and De Sica shot in real streets, homes and workplaces.\n\n**Economics.** With little money, equipment or film stock, crews were small and relied on available light, and sound was often added afterwards.\n\n**Subject matter.** Poverty, unemployment and reconstruction were everyday realities, so the films centre on ordinary working people, as in *Bicycle Thieves* (1948), where losing a bicycle means losing a job.\n\n**Politics and culture.** The movement reacted against the escapist, studio-bound films of the Fascist period and wanted to show the truth of Italian life, hence non-professional actors and a documentary-like realism.",
  }),
  written({
    key: "2-07",
    topic: "2",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** conventions of American **film noir** of the 1940s and 1950s, such as *Double Indemnity* (1944).",
    points: [
      pt("p1", 1, "Low-key, high-contrast lighting / deep shadows, e.g. slatted shadows of Venetian blinds", ["low-key", "shadow", "contrast"]),
      pt("p2", 1, "Urban, night-time settings / wet streets, neon, cramped interiors", ["urban", "night", "city"]),
      pt("p3", 1, "Character types: morally compromised (anti-)hero / femme fatale / detective or criminal", ["femme fatale", "anti-hero", "detective"]),
      pt("p4", 1, "Narration: first-person voice-over and flashback structure / fatalism, crime and betrayal", ["voice-over", "flashback", "fatal"]),
    ],
    answer:
      "1. **Lighting:** low-key, high-contrast lighting with deep shadows (the slatted shadow of Venetian blinds is a famous motif), partly inherited from German Expressionism.\n2. **Setting:** the city at night: wet streets, neon signs, cramped offices and apartments.\n3. **Characters:** a morally compromised protagonist drawn into crime, often by a **femme fatale**.\n4. **Narration:** first-person **voice-over** and **flashback**, as in *Double Indemnity*, which is told by its doomed narrator, giving a fatalistic sense that the ending is already decided.",
  }),
  written({
    key: "2-08",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how German Expressionism influenced later cinema.",
    points: [
      pt(
        "p1",
        1,
        "Many German filmmakers and technicians (e.g. Fritz Lang, F. W. Murnau) moved to Hollywood, especially after the Nazis came to power in 1933, taking the style with them",
        ["emigr", "Hollywood", "Lang", "Murnau"],
      ),
      pt("p2", 1, "Chiaroscuro/high-contrast low-key lighting and shadows reappear in film noir", ["chiaroscuro", "film noir", "shadow"]),
      pt("p3", 1, "The horror genre (e.g. 1930s Hollywood horror) adopted its stylised sets, monsters and themes of madness / the uncanny", [
        "horror",
        "madness",
      ]),
      pt(
        "p4",
        1,
        "The principle that mise-en-scène can express a character's inner state (subjective, stylised design rather than realism) influenced later directors/designers",
        ["inner", "subjective", "stylis"],
      ),
    ],
    answer:
      "**People.** Many German directors, cinematographers and designers moved to Hollywood in the 1920s and 1930s (Murnau in the 1920s; Lang after the Nazis took power), bringing Expressionist techniques with them.\n\n**Lighting.** Expressionism's chiaroscuro, with hard light and deep shadow, reappears in 1940s **film noir**, whose crime stories share its atmosphere of paranoia and fate.\n\n**Genre.** The **horror** film inherited its stylised sets, monstrous figures (the vampire of *Nosferatu*, 1922) and themes of madness and the double.\n\n**Principle.** Most importantly, Expressionism showed that mise-en-scène can express a character's inner state rather than record reality: distorted sets and shadows as psychology, an idea used by directors ever since.",
  }),
  mcq({
    key: "2-09",
    topic: "2",
    difficulty: 3,
    stem: "The **Dogme 95** movement, launched in Denmark by Lars von Trier and Thomas Vinterberg, required films to follow rules such as:",
    options: [
      "location shooting, a hand-held camera and only diegetic sound",
      "using only studio sets and an orchestral score",
      "adding special effects in post-production",
      "shooting in black and white on 35 mm film, with natural light only",
    ],
    correct: "A",
    why: "The Dogme 95 'Vow of Chastity' demanded location shooting, hand-held camera, only diegetic sound, colour film (so not black and white) and no added lighting or optical effects, as a reaction against expensive, effects-driven filmmaking. *Festen* (*The Celebration*, 1998) was the first Dogme film.",
  }),
  mcq({
    key: "2-10",
    topic: "2",
    difficulty: 1,
    stem: "In what form is the IB Film **comparative study** submitted?",
    options: [
      "A recorded multimedia comparative study of up to 10 minutes, with a list of sources",
      "A written comparative essay of up to 1,750 words, with a full list of all sources used",
      "A timed written examination comparing two prescribed films",
      "A live presentation of up to 15 minutes, followed by questions",
    ],
    correct: "A",
    why: "The comparative study is a recorded multimedia study (voice-over commentary with images and clips) lasting at most 10 minutes, submitted with a list of all sources. It is externally assessed at SL and HL.",
  }),
  mcq({
    key: "2-11",
    topic: "2",
    difficulty: 2,
    stem: "The comparative study is built around one **area of film focus**. Which list gives the kinds of area the guide names?",
    options: [
      "A film movement; a film genre and film style; a film theory",
      "A film's budget; its running time; its release date",
      "An actor's career; a studio's logo; a film poster",
      "A single director's career; a single film studio; a single film star",
    ],
    correct: "A",
    why: "Students choose an area of film focus from film movements (e.g. French New Wave, German Expressionism, Third Cinema), film genre and film style (e.g. film noir, science fiction) or film theory (e.g. auteur theory, feminist film theory).",
  }),
  written({
    key: "2-12",
    topic: "2",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** requirements a student must meet when choosing and presenting the films for the comparative study.",
    points: [
      pt("p1", 1, "Two films are compared, chosen from contrasting cultural contexts (different times and/or places)", [
        "two films",
        "contrasting",
        "cultural context",
      ]),
      pt("p2", 1, "Both films relate to one chosen area of film focus, with a clearly defined topic (often framed as a question) that is justified", [
        "area of film focus",
        "topic",
        "justif",
      ]),
      pt("p3", 1, "The study gives balanced weight to both films / compares and contrasts them rather than discussing them separately", [
        "balance",
        "compare",
        "both",
      ]),
      pt(
        "p4",
        1,
        "Presentation rules: recorded voice commentary, opening black slate stating the task components, on-screen citation and a list of sources, no more than 10 minutes",
        ["commentary", "black slate", "citation", "10 minutes"],
      ),
    ],
    answer:
      "1. Compare **two films from contrasting cultural contexts** (different periods and/or places, so context genuinely shapes the comparison).\n2. Link both films to **one area of film focus** (a movement, a genre or style, or a theory) through a **clearly defined topic**, and justify these choices.\n3. Give the two films **balanced** attention and **compare and contrast** them throughout rather than presenting two separate mini-studies.\n4. Present it as a recorded multimedia study of **no more than 10 minutes**, with the student's own voice commentary, an opening black slate stating the task components, citations on screen and a list of sources.",
  }),
  written({
    key: "2-13",
    topic: "2",
    difficulty: 4,
    marks: 10,
    term: "Justify",
    stem: "Plan a **comparative study** (10 marks, practice markbands). Choose the area of film focus **Italian Neorealism and its influence** and two films: *Bicycle Thieves* (1948) and *Pather Panchali* (1955, directed by Satyajit Ray in India).\n\nIn about 400 words: state and justify a focused topic; outline three points of comparison that use specific moments from both films; and describe how you would structure the recorded study (opening, sections, use of clips and citation).",
    points: practiceCS(
      "a focused topic, e.g. how both films use location shooting and non-professional performers to present poverty as an everyday reality; justification that the films share a realist approach but come from contrasting cultural contexts (post-war Italy; 1950s India after independence)",
      "three balanced points, each naming moments from both films: e.g. real locations (Rome's streets and markets vs a Bengal village); performers (largely non-professional casts); structure and endings (an episodic search in the city vs the rhythms of rural seasons); differences explained by context (urban unemployment vs rural poverty) and Ray's known admiration for De Sica's film",
      "a logical structure: 10-second black slate with the task components; introduction of topic and justification; three comparative sections alternating clips from each film; conclusion answering the topic; on-screen citations and a separate list of sources; accurate terminology",
    ),
    answer:
      "**Key points a strong answer makes**\n\n- **Topic:** How do *Bicycle Thieves* and *Pather Panchali* use real locations and non-professional performers to present poverty as everyday experience?\n- **Justification:** both are landmarks of realist filmmaking, but they come from contrasting cultural contexts (post-war urban Italy; rural Bengal in newly independent India), so the comparison can show how a style travels and changes. Ray is widely reported to have been inspired by seeing *Bicycle Thieves*.\n- **Comparison 1 (place):** Rome's crowded streets and markets vs the village and its surroundings: the city as an indifferent crowd, the village as a closed world.\n- **Comparison 2 (performers):** largely non-professional casts in both, giving unpolished performances; contrast the adult father's desperation with the children's point of view in Ray's film.\n- **Comparison 3 (structure and time):** a compressed search over a short period vs an episodic story shaped by seasons and years; context (unemployment vs rural poverty) explains the difference.\n- **Structure:** 10-second black slate (area of film focus, the two films, the topic); a spoken introduction justifying the choices; three comparative sections, each alternating short clips from both films; a conclusion answering the topic; on-screen citations and a separate list of sources.\n\n**Model answer (extract)**\n\nMy study asks how *Bicycle Thieves* (1948) and *Pather Panchali* (1955) use real locations and non-professional performers to make poverty feel like everyday experience rather than melodrama. Italian Neorealism is an appropriate focus because De Sica's film is one of its defining works, and Ray's film, made in India less than a decade later, shows the same principles adapted to a different culture: the comparison lets me test what survives when a style crosses contexts.\n\nThe first section compares place. De Sica's Rome is a crowd that does not notice its protagonist, while Ray's village is intimate and enclosed. I will place a clip of a crowded city street next to one of the village lanes and explain how each location shapes what poverty means: anonymity in one, isolation in the other.\n\nThe second section compares performance. Both directors relied largely on non-professional performers, and I will compare the father's growing desperation with the way Ray lets us see the family through the children's eyes. The third section compares structure: De Sica compresses his story into a short, urgent search, while Ray follows seasons and years, a difference that reflects urban unemployment on one side and rural poverty on the other.\n\nThe recording will open with a 10-second black slate stating the area of film focus, the two films and the topic, then alternate short clips from both films within each section so that the comparison is continuous. Sources will be cited on screen and listed separately.",
  }),
  mcq({
    key: "2-14",
    topic: "2",
    difficulty: 3,
    stem: "A student says their film's cultural context includes 'the studio that produced it, its funding and the censorship rules it had to pass'. Which kind of context factor is this?",
    options: ["Institutional", "Geographical", "Technological", "Personal"],
    correct: "A",
    why: "Institutional context covers the organisations and systems a film is made within: studios, production companies, funding bodies, censorship and classification, distribution.",
  }),
  written({
    key: "2-15",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how the arrival of synchronised sound in the late 1920s, popularised by *The Jazz Singer* (1927), changed filmmaking. Refer to camera style, performance, genres and the film industry.",
    points: [
      pt(
        "p1",
        1,
        "Early sound cameras were noisy and had to be enclosed in soundproofed booths/blimps, so camera movement and staging became more static at first",
        ["booth", "blimp", "static"],
      ),
      pt("p2", 1, "Actors had to stay near hidden microphones; dialogue and voice became central (some silent stars' careers suffered)", [
        "microphone",
        "dialogue",
        "voice",
      ]),
      pt("p3", 1, "New genres and forms grew: the musical, dialogue-driven comedy; intertitles disappeared", ["musical", "intertitle", "genre"]),
      pt("p4", 1, "Industry change: cinemas were re-equipped, costs rose, and films became less easy to export across languages (dubbing/subtitles)", [
        "cost",
        "export",
        "language",
        "dubbing",
      ]),
    ],
    answer:
      "1. **Technology constrained style at first.** Noisy cameras had to be enclosed in soundproof booths (later 'blimps'), so early talkies often have more static cameras and staging.\n2. **Performance changed.** Actors had to stay near hidden microphones, and voice and dialogue became central to screen acting.\n3. **New genres.** The musical and fast-talking dialogue comedy flourished, and intertitles disappeared.\n4. **Industry.** Cinemas had to install sound systems, costs rose, and films in one language no longer travelled as easily, so dubbing and subtitling developed.",
  }),
  mcq({
    key: "2-16",
    topic: "2",
    difficulty: 3,
    stem: "**Third Cinema**, named in a late-1960s manifesto by the Argentine filmmakers Fernando Solanas and Octavio Getino, called for:",
    options: [
      "a politically committed cinema of the Global South, opposed both to Hollywood entertainment and to European art cinema",
      "an art cinema centred on the personal vision of a European auteur",
      "entertainment films financed by the Hollywood studios for a world market",
      "a post-war realism of Italian streets and non-professional actors",
    ],
    correct: "A",
    why: "Third Cinema rejected 'first cinema' (Hollywood spectacle) and 'second cinema' (European auteur cinema) in favour of a militant, decolonising cinema that would help audiences understand and change their social situation.",
  }),
  mcq({
    key: "2-17",
    topic: "2",
    difficulty: 2,
    stem: "**Auteur theory**, which treats the director as the main creative author of a film, was developed by:",
    options: [
      "French critics writing for *Cahiers du cinéma* in the 1950s, later popularised in English by Andrew Sarris",
      "Soviet montage filmmakers and theorists of the 1920s, such as Eisenstein",
      "the Danish directors who signed the Dogme 95 manifesto",
      "Hollywood producers of the 1930s who built the studio star system",
    ],
    correct: "A",
    why: "The 'politique des auteurs' came from *Cahiers du cinéma* critics such as François Truffaut, who championed directors like Hitchcock as authors; Andrew Sarris introduced 'auteur theory' to English-language criticism in the early 1960s.",
  }),
  mcq({
    key: "2-18",
    topic: "2",
    difficulty: 3,
    stem: "The Japanese director Yasujirō Ozu, known for *Tokyo Story* (1953), is particularly associated with:",
    options: [
      "a low, mostly static camera and quiet family dramas",
      "rapid handheld camerawork and jump cuts in urban crime stories",
      "painted Expressionist sets",
      "widescreen musicals shot in Hollywood",
    ],
    correct: "A",
    why: "Ozu's style is famous for low camera positions, very little camera movement, carefully composed interiors and transitional shots of empty spaces, used for restrained stories about families and generations.",
  }),
  written({
    key: "2-19",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how the context of late-1950s France shaped the style of the **French New Wave**.",
    points: [
      pt(
        "p1",
        1,
        "Critical context: the directors began as critics at *Cahiers du cinéma*, attacking the polished, literary studio 'tradition of quality' and championing auteurs",
        ["Cahiers", "critic", "tradition of quality", "auteur"],
      ),
      pt(
        "p2",
        1,
        "Technological context: lighter portable cameras, faster film stock and portable sound allowed shooting on real streets with available light",
        ["lightweight", "portable", "film stock", "location"],
      ),
      pt("p3", 1, "Economic/institutional context: low budgets and small crews, outside the studio system, encouraged improvisation and quick shooting", [
        "budget",
        "small crew",
        "improvis",
      ]),
      pt(
        "p4",
        1,
        "Social context: a young, urban post-war generation and changing values; films centred on young characters and contemporary Paris, with a self-conscious style (jump cuts, direct address)",
        ["youth", "generation", "Paris", "jump cut"],
      ),
    ],
    answer:
      "**Criticism.** Truffaut, Godard and others began as critics at *Cahiers du cinéma*, attacking the polished, literary French studio films (the 'tradition of quality') and praising directors with a personal style. Their own films set out to be personal and to break rules.\n\n**Technology.** Lighter, portable cameras, faster film stock and portable sound equipment let them leave the studio and shoot on real streets with available light.\n\n**Economics.** Working with low budgets and small crews outside the studio system encouraged improvisation, fast shooting and rough edges, such as the jump cuts of *Breathless* (1960).\n\n**Society.** A young post-war generation with new attitudes saw itself on screen: the films follow young characters in contemporary Paris, and their self-conscious style (direct address, references to other films) suited a generation raised on cinema.",
  }),
  mcq({
    key: "2-hl-01",
    levels: HL,
    topic: "2",
    difficulty: 4,
    stem: "Laura Mulvey's 1975 essay 'Visual Pleasure and Narrative Cinema' introduced which concept to **feminist film theory**?",
    options: [
      "The male gaze, through which cinema positions women as objects to be looked at",
      "The Kuleshov effect, through which editing creates emotion",
      "Suture, through which the spectator is stitched into the film's point of view",
      "The auteur, through which the director is treated as the true author of a film",
    ],
    correct: "A",
    why: "Mulvey argued that mainstream (especially classical Hollywood) cinema is organised around a 'male gaze', in which camera, character and spectator look at women as spectacle; the concept remains central to feminist film theory.",
  }),
  written({
    key: "2-hl-02",
    levels: HL,
    topic: "2",
    difficulty: 4,
    marks: 5,
    term: "Compare and contrast",
    stem: "Compare and contrast the aims and methods of **Soviet montage** and **classical Hollywood continuity editing**.",
    points: [
      pt("p1", 1, "Continuity aims to make editing invisible so the audience follows the story without noticing cuts", ["invisible", "continuity", "story"]),
      pt("p2", 1, "Continuity methods: establishing shots, 180-degree rule, eyeline matches, shot/reverse shot, match on action", [
        "180",
        "eyeline",
        "match on action",
        "shot/reverse",
      ]),
      pt(
        "p3",
        1,
        "Soviet montage aims to make editing visible/expressive, producing ideas and emotions through juxtaposition; often political (to educate/agitate)",
        ["juxtapos", "visible", "political", "idea"],
      ),
      pt(
        "p4",
        1,
        "Montage methods: collision of contrasting shots, graphic conflict, rhythmic/metric cutting, intellectual montage (e.g. Eisenstein, *Battleship Potemkin*)",
        ["collision", "intellectual", "rhythm", "Eisenstein"],
      ),
      pt(
        "p5",
        1,
        "Similarity: both recognise that editing creates meaning beyond single shots and both manage the viewer's attention / both influenced each other (e.g. Hollywood 'montage sequences')",
        ["similar", "both", "attention"],
      ),
    ],
    answer:
      "**Aims.** Classical Hollywood continuity editing aims to be **invisible**: cuts should serve the story so smoothly that the audience forgets them. Soviet montage aims to be **felt**: the cut itself produces ideas and emotions, often for a political purpose, to make audiences think about society.\n\n**Methods.** Continuity relies on establishing shots, the 180-degree rule, eyeline matches, shot/reverse shot and match on action, keeping space and time clear. Montage relies on the **collision** of contrasting shots, graphic conflict between compositions, metric and rhythmic cutting, and **intellectual montage**, where two images create an abstract idea (Eisenstein, *Battleship Potemkin*, 1925).\n\n**Similarity.** Both start from the same discovery: meaning is created between shots, and editing controls what the viewer notices and feels. Hollywood even borrowed the word for its 'montage sequences', which compress time while keeping the story clear.",
  }),
  written({
    key: "2-hl-03",
    levels: HL,
    topic: "2",
    difficulty: 5,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_MARKET}\n\nThe French critic André Bazin praised the long take and deep focus as realist techniques. Explain how Scene 3 reflects Bazin's ideas and how a **formalist** critic might respond.`,
    points: [
      pt("p1", 1, "Bazin: the long take preserves real duration / does not fragment time; the argument plays out in real time", [
        "long take",
        "duration",
        "real time",
      ]),
      pt("p2", 1, "Bazin: deep focus/several planes in focus and no cut-in preserve spatial unity and let the viewer choose where to look (ambiguity)", [
        "deep focus",
        "choose",
        "ambigu",
        "space",
      ]),
      pt(
        "p3",
        1,
        "Other realist traits: natural light, non-professional performer, location sound, no music, passers-by blocking the view (the world exceeds the frame)",
        ["natural light", "non-professional", "no music"],
      ),
      pt(
        "p4",
        1,
        "Formalist response (e.g. in the tradition of Eisenstein/Arnheim): the long take is still a constructed choice (framing, duration, what is left out); art comes from shaping reality, and editing could make the scene's meaning sharper",
        ["formalis", "constructed", "Eisenstein", "choice"],
      ),
    ],
    answer:
      "**Bazin's realism.** Bazin argued that cinema's special power is to record reality, and that the **long take** and **deep focus** respect it. Scene 3 keeps the argument in a single unbroken shot, so events unfold in **real duration**. Because several planes of action stay in focus and the camera never cuts in to a close-up, the viewer **chooses where to look** (Nadia, the supplier, the market behind), preserving the ambiguity of real life. Natural light, a non-professional performer, location sound without music and passers-by blocking the view all suggest a world that exists beyond the frame.\n\n**A formalist reply.** A critic in the formalist tradition (for example following Eisenstein) would point out that the long take is no less constructed: someone chose the framing, the length of the take, where the camera stands and what it leaves out. For a formalist, cinema becomes art by transforming reality, and cutting to a close-up of the unpaid invoice, for instance, could state the scene's meaning more forcefully.",
  }),
  mcq({
    key: "2-hl-04",
    levels: HL,
    topic: "2",
    difficulty: 5,
    stem: "In Eisenstein's *Strike* (1925), shots of workers being massacred are intercut with the slaughter of a bull. Eisenstein would call this kind of editing:",
    options: ["intellectual montage", "tonal (emotional) montage", "continuity editing", "an eyeline match"],
    correct: "A",
    why: "Intellectual montage juxtaposes images so that the viewer forms an abstract idea (here, that the workers are being butchered like animals) which neither shot states alone. Tonal montage, by contrast, cuts by the emotional tone of the shots rather than to make an abstract idea.",
  }),
  written({
    key: "2-hl-05",
    levels: HL,
    topic: "2",
    difficulty: 4,
    marks: 4,
    term: "Evaluate",
    stem: "A student proposes a comparative study of two superhero films released by the same Hollywood studio in the same year, with the topic 'Which film has better special effects?'. Evaluate this proposal and suggest improvements.",
    points: [
      pt(
        "p1",
        1,
        "Weakness: the two films share the same cultural context (same country, studio, year), so the requirement for contrasting cultural contexts is not met",
        ["same", "cultural context", "contrasting"],
      ),
      pt("p2", 1, "Weakness: the topic is an evaluative preference ('better'), not an analytical question linked to an area of film focus", [
        "topic",
        "preference",
        "area of film focus",
      ]),
      pt("p3", 1, "Strength: the genre (superhero/science fiction) is a valid area of focus (film genre and film style) and effects are a real film element", [
        "genre",
        "valid",
        "strength",
      ]),
      pt(
        "p4",
        1,
        "Improvement: keep the genre but pair with a film from a contrasting context (another country/period) and reframe the topic analytically (e.g. how each film represents power/heroism through its visual style and why)",
        ["contrasting", "reframe", "how", "why"],
      ),
    ],
    answer:
      "**Strength.** The superhero film is a legitimate area of film focus (film genre and film style), and special effects are part of how such films create meaning.\n\n**Weaknesses.** Two films from the same studio, country and year share one cultural context, so the task's central requirement (films from **contrasting cultural contexts**) is not met, and context cannot explain differences. The topic 'Which film has better special effects?' asks for a preference rather than an analysis, and it is not tied to how the genre works.\n\n**Improvements.** Keep the genre but pair one of the films with a superhero or science-fiction film from another country or period, and reframe the topic analytically, for example: 'How do the two films use visual style to represent heroic power, and how do their cultural contexts shape that representation?'",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3.1: Director
// ─────────────────────────────────────────────────────────────────────────────
const director: QuestionInput[] = [
  mcq({
    key: "3-1-01",
    topic: "3.1",
    difficulty: 1,
    stem: "In film production, **blocking** means:",
    options: [
      "planning the positions and movements of actors in relation to the camera for a scene",
      "drawing the planned shots as a sequence of sketches before filming",
      "covering a light with a black flag",
      "cutting a scene out of the final edit",
    ],
    correct: "A",
    why: "Blocking is the director's staging of where actors stand and move (and how the camera relates to them), worked out in rehearsal before shooting.",
  }),
  mcq({
    key: "3-1-02",
    topic: "3.1",
    difficulty: 2,
    stem: "A director shoots a dialogue scene as a wide master shot and then again in medium shots and close-ups of each actor. Why?",
    options: [
      "To get coverage, giving the editor a choice of shots to build the scene",
      "To avoid needing an editor",
      "Because the 180-degree rule requires every scene to be filmed three times",
      "To make the film shorter",
    ],
    correct: "A",
    why: "Coverage means filming a scene from several set-ups (typically a master plus closer shots) so the editor can control rhythm, emphasis and performance in post-production.",
  }),
  written({
    key: "3-1-03",
    topic: "3.1",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline **four** responsibilities of a director during **pre-production**.",
    points: [
      pt("p1", 1, "Interpreting the screenplay / forming the creative vision (tone, themes, style), e.g. in a director's statement or look book", [
        "vision",
        "interpret",
        "screenplay",
      ]),
      pt("p2", 1, "Casting and rehearsing actors / working out blocking and performance", ["casting", "rehears", "blocking"]),
      pt("p3", 1, "Planning shots with the cinematographer: shot list, storyboard, camera style", ["shot list", "storyboard", "cinematographer"]),
      pt("p4", 1, "Choosing/approving locations, design and schedule with the team (location scouting, production design decisions)", [
        "location",
        "design",
        "schedule",
      ]),
    ],
    answer:
      "1. **Interpret the screenplay** and define the film's vision: tone, themes and visual style, often shared through a director's statement or look book.\n2. **Cast and rehearse** the actors, working out blocking and the performances the story needs.\n3. **Plan the shots** with the cinematographer through a shot list and storyboard.\n4. **Approve locations and design** (with the production designer) and agree the schedule with the team.",
  }),
  written({
    key: "3-1-04",
    topic: "3.1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_BIRTHDAY}\n\nExplain **two** directorial decisions in this scene and their effect on the audience.`,
    points: [
      pt(
        "p1",
        1,
        "Decision 1 identified: e.g. placing the empty chair nearest the camera / structuring the scene as cross-cutting / ending before the door opens / directing Eli to keep glancing at the door",
        ["empty chair", "cross-cut", "door", "glanc"],
      ),
      pt("p2", 1, "Effect of decision 1 explained (e.g. the absence becomes the centre of attention before it is explained)", ["absence", "attention"]),
      pt("p3", 1, "Decision 2 identified (a different one)", ["decision"]),
      pt(
        "p4",
        1,
        "Effect of decision 2 explained (e.g. the audience knows more than the family, creating suspense / the open ending leaves the reunion to the audience's imagination)",
        ["suspense", "open ending"],
      ),
    ],
    answer:
      "**1. Staging the empty chair.** The director places the empty chair at the head of the table, nearest the camera, in a symmetrical composition. The audience notices the absence before anyone mentions it, so the whole scene is organised around someone missing.\n\n**2. Ending before the door opens.** The director cuts to black on the Mother's face as the doorbell rings. Having shown the Father running home through cross-cutting, the film lets the audience complete the reunion in imagination, so the ending is both hopeful and uncertain.\n\n(Also creditable: directing Eli to glance repeatedly at the door, which externalises his waiting; choosing to cross-cut, so the audience knows more than the family and feels suspense.)",
  }),
  mcq({
    key: "3-1-05",
    topic: "3.1",
    difficulty: 1,
    stem: "In the IB Film **film portfolio**, how many film production roles does each student work in?",
    options: ["Three", "One", "All five", "Two"],
    correct: "A",
    why: "The film portfolio documents work in three film production roles, with portfolio pages and a section of the film reel for each role.",
  }),
  written({
    key: "3-1-06",
    topic: "3.1",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline what a student submits for the **film portfolio**.",
    points: [
      pt(
        "p1",
        1,
        "Portfolio pages: no more than 9 pages (3 per production role) evaluating research, creative explorations and production work led by filmmaker intentions",
        ["portfolio pages", "9 pages", "3 pages"],
      ),
      pt("p2", 1, "A film reel: no more than 9 minutes (3 minutes per role), including at least one completed film", [
        "film reel",
        "9 minutes",
        "completed film",
      ]),
      pt("p3", 1, "A list of all sources used (and clips identified by role)", ["list of sources", "sources"]),
    ],
    answer:
      "1. **Portfolio pages:** at most nine pages, three for each of the three production roles, showing and evaluating the student's research, creative explorations and production work, led by their filmmaker intentions.\n2. **A film reel:** at most nine minutes, three per role, showing the production work, including at least one completed film.\n3. **A list of all sources** used.\n\nThe portfolio is internally assessed by the teacher and moderated by the IB (40% of the grade at SL, 25% at HL).",
  }),
  mcq({
    key: "3-1-07",
    topic: "3.1",
    difficulty: 3,
    stem: "Portfolio work is led by **filmmaker intentions**. Which is the best example of one?",
    options: [
      "As director, I intend to use blocking and framing to make the audience feel the growing distance between two siblings.",
      "As director, I intend to make a film that audiences will find interesting and enjoyable.",
      "As cinematographer, I intend to use as many different camera techniques as I can.",
      "As editor, I intend to finish the rough cut by the date set in our schedule.",
    ],
    correct: "A",
    why: "A filmmaker intention states what the work should achieve for an audience and through which role-specific techniques; it is specific enough to be evaluated afterwards. The others are vague, practical or tool-led.",
  }),
  written({
    key: "3-1-08",
    topic: "3.1",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: `${SCENE_MARKET}\n\nThe lead performer in Scene 3 has never acted. Suggest **three** ways the director could work with her to achieve a natural performance in the long take.`,
    points: [
      pt("p1", 1, "Build on her real experience: give her familiar tasks/actions (pushing the cart, real work) so behaviour is authentic", [
        "real",
        "familiar",
        "task",
      ]),
      pt("p2", 1, "Use improvisation or let her put lines in her own words rather than memorising a script exactly", ["improvis", "own words"]),
      pt(
        "p3",
        1,
        "Rehearse the blocking/route through the market and keep the crew small, so she is comfortable and the camera can follow / several takes to relax",
        ["rehears", "blocking", "small crew", "takes"],
      ),
    ],
    answer:
      "1. **Build on her real experience.** Give her the tasks she does every day (pushing the cart, checking stock), so her actions are authentic and she is not 'acting' movement.\n2. **Use improvisation.** Explain what the argument is about and let her speak in her own words rather than memorise exact lines.\n3. **Rehearse the route, keep the set calm.** Walk the path of the long take with her and the camera operator, keep the crew small, and allow several takes so she grows used to the camera.",
  }),
  written({
    key: "3-1-hl-01",
    levels: HL,
    topic: "3.1",
    difficulty: 5,
    marks: 5,
    term: "To what extent",
    stem: "To what extent is it accurate to call the director the **author** of a film?",
    points: [
      pt(
        "p1",
        1,
        "For: auteur theory (Cahiers du cinéma, Sarris) identifies a director's consistent style and themes across films (e.g. Hitchcock's suspense and voyeurism)",
        ["auteur", "style", "Hitchcock"],
      ),
      pt("p2", 1, "For: the director makes or approves the key creative decisions and unifies them into one vision", ["vision", "decisions", "unif"]),
      pt(
        "p3",
        1,
        "Against: film is collaborative; screenwriters, cinematographers (e.g. Gregg Toland on *Citizen Kane*), editors, sound designers and actors shape meaning",
        ["collaborat", "cinematographer", "screenwriter", "editor"],
      ),
      pt(
        "p4",
        1,
        "Against: institutional/industrial context (studios, producers, budgets, genre conventions) constrains the director, especially in the studio era",
        ["studio", "producer", "institution"],
      ),
      pt(
        "p5",
        1,
        "Reasoned judgement (e.g. 'author' is useful for identifying a guiding vision but understates collaboration; the degree varies by film and context)",
        ["judgement", "depends", "extent"],
      ),
    ],
    answer:
      "**For.** Auteur theory, developed by *Cahiers du cinéma* critics and popularised by Andrew Sarris, argued that a director's recurring style and themes can be traced across films even within the studio system; Hitchcock's suspense, voyeurism and precise visual planning are the classic example. The director also makes or approves the key creative choices and unifies them.\n\n**Against.** Film is made collaboratively. The deep-focus look of *Citizen Kane* (1941) owes much to the cinematographer Gregg Toland; editors, screenwriters, sound designers and actors all create meaning. Industrial context matters too: producers, studios, budgets and genre conventions constrain directors, especially in the studio era.\n\n**Judgement.** 'Author' is useful for naming the guiding vision that organises a film, and some directors clearly have one, but it understates collaboration. The director is better seen as the leading author among several, to a degree that varies with the film and its context.",
  }),
  mcq({
    key: "3-1-hl-02",
    levels: HL,
    topic: "3.1",
    difficulty: 4,
    stem: "Before shooting, a director shares a document of reference images, colour palettes and example frames to communicate the film's intended visual style to the crew. This is usually called a:",
    options: ["look book (mood board)", "storyboard of planned shots", "edit decision list", "release form"],
    correct: "A",
    why: "A look book or mood board communicates the intended look and tone with images. A storyboard sketches the planned shots in order, an edit decision list records edits, and a release form gives permission to film a person or place.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3.2: Cinematographer
// ─────────────────────────────────────────────────────────────────────────────
const cinematographer: QuestionInput[] = [
  mcq({
    key: "3-2-01",
    topic: "3.2",
    difficulty: 1,
    stem: "The camera stays in one position and pivots **horizontally** from left to right. This movement is a:",
    options: ["pan", "tilt", "dolly", "crane shot"],
    correct: "A",
    why: "A pan pivots the camera horizontally on a fixed point; a tilt pivots it vertically; a dolly or track moves the whole camera through space; a crane lifts it.",
  }),
  mcq({
    key: "3-2-02",
    topic: "3.2",
    difficulty: 2,
    stem: `${SCENE_STATION}\n\nIn shot 5 the focus shifts from the back of Mira's head to the railway worker in the background. This technique is called:`,
    options: ["a rack focus (pull focus)", "a zoom", "a dolly zoom (the Vertigo effect)", "deep focus"],
    correct: "A",
    why: "A rack (pull) focus changes the plane of focus during a shot, moving the viewer's attention from one subject to another without cutting.",
  }),
  mcq({
    key: "3-2-03",
    topic: "3.2",
    difficulty: 2,
    stem: "In **three-point lighting**, what is the main job of the **back light**?",
    options: [
      "To outline the subject from behind so they stand out from the background",
      "To be the brightest light on the subject's face",
      "To fill in the shadows created by the key light",
      "To light the set behind the subject so that the background is clearly visible",
    ],
    correct: "A",
    why: "The key light is the main source, the fill softens the key's shadows, and the back (rim) light outlines the subject from behind so they stand out from the background; lighting the set behind the subject is the job of a separate background light.",
  }),
  mcq({
    key: "3-2-04",
    topic: "3.2",
    difficulty: 3,
    stem: "A cinematographer wants a very **shallow depth of field**, with the actor sharp and the background blurred. Which choice helps most?",
    options: [
      "Open the aperture wide (a low f-number such as f/1.8)",
      "Close the aperture down to f/16",
      "Use a very wide-angle lens and film the subject from far away",
      "Add more light and stop down",
    ],
    correct: "A",
    why: "A wider aperture (lower f-number), a longer focal length and a closer subject all reduce depth of field. Stopping down to f/16 or using a wide lens from far away increases it.",
  }),
  mcq({
    key: "3-2-05",
    topic: "3.2",
    difficulty: 3,
    stem: "Compared with a wide-angle lens, a **telephoto** (long focal length) lens tends to:",
    options: [
      "compress space, making distant objects look closer together, with a narrower field of view",
      "exaggerate depth and distort faces near the lens",
      "show a wider field of view",
      "increase the depth of field",
    ],
    correct: "A",
    why: "Long lenses have a narrow field of view, flatten or compress the apparent distance between planes and (at the same framing) give shallower depth of field; wide lenses exaggerate depth and distort close subjects.",
  }),
  written({
    key: "3-2-06",
    topic: "3.2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how **deep focus** is achieved and what it allows a filmmaker to do, with reference to *Citizen Kane* (1941), photographed by Gregg Toland.",
    points: [
      pt("p1", 1, "Definition: foreground, middle ground and background are all in sharp focus at once", ["foreground", "background", "sharp"]),
      pt("p2", 1, "How: small aperture (high f-number) / wide-angle lens / strong lighting and fast (sensitive) film stock", [
        "small aperture",
        "wide-angle",
        "light",
        "film stock",
      ]),
      pt(
        "p3",
        1,
        "Effect: staging in depth: several actions/characters in one frame, relationships shown by position (e.g. dominance, one character excluded in the background)",
        ["staging", "depth", "relationship"],
      ),
      pt("p4", 1, "Effect: fewer cuts; the viewer chooses where to look / realism of continuous space (Bazin)", ["choose", "fewer cuts", "Bazin"]),
    ],
    answer:
      "**What it is.** In deep focus the foreground, middle ground and background are all sharp at the same time.\n\n**How it is achieved.** The cinematographer uses a **small aperture** (high f-number) and often a **wide-angle lens**, both of which increase depth of field, and compensates for the lost light with **strong lighting** and sensitive film stock. Toland combined these techniques for *Citizen Kane*.\n\n**What it allows.** Characters can be **staged in depth**, so power and relationships are shown by position: one character dominates the foreground while another is small but still sharp in the background. Because the whole space is readable, a scene can play in one shot with **fewer cuts**, and the viewer chooses where to look, which André Bazin praised as more realistic.",
  }),
  written({
    key: "3-2-07",
    topic: "3.2",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: `${SCENE_STATION}\n\nSuggest **three** further cinematographic choices (one about **framing or angle**, one about **camera movement or shot duration**, one about **lighting**) that could increase the sense of Mira's **isolation**, and justify each.`,
    points: [
      pt(
        "p1",
        1,
        "Framing/angle, justified: a high-angle or overhead (bird's-eye) shot making her small and exposed / a wider frame with more negative space / a frame within a frame (window, railings) that encloses her",
        ["high angle", "overhead", "negative space", "frame within"],
      ),
      pt(
        "p2",
        1,
        "Movement/duration, justified: a slow track out or crane up that leaves her behind as the empty space grows / a long static take without cutaways that makes the audience wait with her",
        ["track out", "crane", "long take", "static"],
      ),
      pt(
        "p3",
        1,
        "Lighting, justified: keep her partly in shadow with a single hard source / a cooler colour temperature on her, suggesting coldness and loneliness",
        ["shadow", "hard light", "cool", "colour temperature"],
      ),
    ],
    answer:
      "1. **Framing or angle: a high-angle or overhead shot** of the platform. From above, Mira becomes a small figure in a large, empty space, which makes her look exposed and vulnerable. (Also creditable: a frame within a frame, shooting her through the station window or between railings, which visually traps her in the place she is trying to leave.)\n2. **Movement or duration: a slow track or crane away from her.** As the camera withdraws, the empty space around her grows, as if the world is moving away. (Also creditable: a long static take with no cutaways, which makes the audience wait with her.)\n3. **Lighting: keep her half in shadow with a single hard source.** Darkness presses in on her, and a cooler colour temperature on her face would suggest coldness and loneliness.",
  }),
  mcq({
    key: "3-2-08",
    topic: "3.2",
    difficulty: 2,
    stem: "Bright, even lighting with little shadow and low contrast, common in musicals, sitcoms and romantic comedies, is called:",
    options: ["high-key lighting", "low-key lighting", "chiaroscuro", "silhouette lighting"],
    correct: "A",
    why: "High-key lighting uses a strong fill to reduce shadows and contrast, creating an open, cheerful look; low-key lighting keeps large areas dark for tension and mystery.",
  }),
  mcq({
    key: "3-2-09",
    topic: "3.2",
    difficulty: 4,
    stem: "Following the **180-degree shutter rule**, what shutter speed should a cinematographer use when shooting at 24 frames per second?",
    options: ["1/48 second (1/50 in practice)", "1/24 second (one frame)", "1/96 second (1/100 in practice)", "1/500 second"],
    correct: "A",
    why: "The 180-degree shutter rule sets the shutter speed to about 1/(2 × frame rate), so 1/48 (in practice 1/50) at 24 fps. This gives the natural motion blur audiences associate with cinema; 1/96 is a 90-degree shutter, and much faster speeds make movement look staccato.",
  }),
  mcq({
    key: "3-2-hl-01",
    levels: HL,
    topic: "3.2",
    difficulty: 4,
    stem: "In a **dolly zoom**, used famously in *Vertigo* (1958), the camera:",
    options: [
      "moves towards or away from the subject while zooming the opposite way, so the subject stays the same size but the background stretches or shrinks",
      "stays still while the lens zooms in, enlarging subject and background equally",
      "moves along a track beside the actor at the same speed, keeping them in frame",
      "circles the subject on a curved track while the lens slowly zooms in",
    ],
    correct: "A",
    why: "By dollying and zooming in opposite directions, the framing of the subject stays constant while perspective changes dramatically, creating a disorienting, vertiginous effect (also used on the beach in *Jaws*, 1975).",
  }),
  written({
    key: "3-2-hl-02",
    levels: HL,
    topic: "3.2",
    difficulty: 5,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_STATION}\n\nThe scene mixes an orange sodium lamp and a blue phone screen. Explain **colour temperature** and how a cinematographer could control it creatively here.`,
    points: [
      pt(
        "p1",
        1,
        "Colour temperature is measured in kelvin (K): lower values look warmer/orange (tungsten about 3200 K; sodium lamps lower), higher values cooler/blue (daylight about 5600 K)",
        ["kelvin", "3200", "5600", "warm", "cool"],
      ),
      pt("p2", 1, "White balance sets which temperature the camera renders as neutral; the choice decides how orange or blue each source looks", [
        "white balance",
        "neutral",
      ]),
      pt("p3", 1, "Creative choice: keep mixed temperatures rather than correcting them, so the warm/cold opposition carries meaning (town vs outside world)", [
        "mixed",
        "contrast",
        "meaning",
      ]),
      pt("p4", 1, "Control: gels (e.g. CTO/CTB) on lights, choice of practical bulbs, or colour grading in post-production to push or reduce the contrast", [
        "gel",
        "grading",
        "practical",
      ]),
    ],
    answer:
      "**Colour temperature** describes the colour of a light source in **kelvin**. Lower values look warm and orange (tungsten bulbs about 3200 K, sodium street lamps lower still); higher values look cool and blue (daylight about 5600 K, many screens cooler).\n\nThe camera's **white balance** decides which temperature is rendered as neutral white. Balancing between the two sources here would make the lamp look orange and the phone blue.\n\n**Creative control.** Rather than 'correcting' the mixed sources, the cinematographer can keep and even **exaggerate** the contrast, so the warm lamp (home, the past) and the cold phone (the outside world) oppose each other on Mira's face. This can be controlled on set with **gels** (CTO to warm a light, CTB to cool it) and the choice of practical bulbs, and refined in the **colour grade**.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3.3: Editor
// ─────────────────────────────────────────────────────────────────────────────
const editor: QuestionInput[] = [
  mcq({
    key: "3-3-01",
    topic: "3.3",
    difficulty: 1,
    stem: "A **jump cut**, made famous by *Breathless* (1960), is:",
    options: [
      "a cut between two shots of the same subject from a very similar angle, so the image seems to jump forward in time",
      "a cut from a character's face to what they are looking at",
      "a gradual transition in which one image fades into another",
      "a cut that keeps an action continuous across two angles",
    ],
    correct: "A",
    why: "A jump cut removes a piece of time from what is essentially the same shot, producing a visible jump that breaks continuity and draws attention to the editing.",
  }),
  mcq({
    key: "3-3-02",
    topic: "3.3",
    difficulty: 2,
    stem: `${SCENE_BIRTHDAY}\n\nIn shot 2 'the camera stays on one side of the table throughout'. Which continuity principle does this respect?`,
    options: ["The 180-degree rule", "The rule of thirds", "The 180-degree shutter rule", "Match on action"],
    correct: "A",
    why: "The 180-degree rule keeps the camera on one side of an imaginary line between characters, so their screen positions and eyelines stay consistent in shot/reverse shot.",
  }),
  mcq({
    key: "3-3-03",
    topic: "3.3",
    difficulty: 2,
    stem: "An editor cuts from a wide shot of a man beginning to open a door to a close-up of his hand completing the movement. This is:",
    options: ["a match on action", "a jump cut", "a cutaway", "a graphic match cut"],
    correct: "A",
    why: "Cutting on action continues one movement across two shots, so the motion hides the cut and keeps the action feeling continuous.",
  }),
  mcq({
    key: "3-3-04",
    topic: "3.3",
    difficulty: 3,
    stem: "In Lev Kuleshov's experiments, the same neutral shot of an actor's face was intercut with different images (a bowl of soup, a coffin, a woman). What did audiences perceive?",
    options: [
      "Different emotions in the face each time (hunger, grief, desire), though the shot of the face never changed",
      "The same neutral expression each time, because the shot of the face never changed",
      "Confusion about the order of events, because the shots did not follow on logically",
      "That the actor was overacting, because the images exaggerated every feeling",
    ],
    correct: "A",
    why: "The Kuleshov effect shows that viewers infer meaning from the juxtaposition of shots: the context supplied by the next image changes how an identical face is read.",
  }),
  mcq({
    key: "3-3-05",
    topic: "3.3",
    difficulty: 2,
    stem: "A sequence of short shots, often set to music, shows a boxer's months of training in less than two minutes. This kind of sequence is usually called:",
    options: ["a montage sequence", "a long take", "a shot/reverse shot", "an establishing shot"],
    correct: "A",
    why: "In Hollywood usage a montage sequence compresses time (or summarises a process) through a rapid series of shots, frequently with music.",
  }),
  written({
    key: "3-3-06",
    topic: "3.3",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_BIRTHDAY}\n\nExplain how **continuity editing** keeps the audience oriented in the kitchen shots of this scene.`,
    points: [
      pt("p1", 1, "Establishing shot (shot 1) shows the whole space and positions of the characters first", ["establishing shot", "space"]),
      pt("p2", 1, "Shot/reverse shot with over-the-shoulder framing (shot 2) alternates speakers while keeping both in relation", [
        "shot/reverse shot",
        "over-the-shoulder",
      ]),
      pt("p3", 1, "180-degree rule respected: the camera stays on one side, so screen direction and eyelines are consistent", [
        "180",
        "eyeline",
        "screen direction",
      ]),
      pt(
        "p4",
        1,
        "Eyeline match/cut on looks: Eli glances at the door and the editing links looks and reactions / consistent lighting and sound (clock) bind the shots as one space",
        ["eyeline", "glance", "consistent"],
      ),
    ],
    answer:
      "The kitchen opens with an **establishing shot** showing the table, the characters' positions and the empty chair, so the audience has a map of the space.\n\nThe conversation is then covered with **over-the-shoulder shot/reverse shot**, alternating between the Mother and Eli while keeping each in relation to the other.\n\nBecause the camera stays on one side of the table, the **180-degree rule** is respected: the Mother always looks one way and Eli the other, so their **eyelines** meet across the cut. Eli's glances at the door also cue the audience to an off-screen space that matters. Consistent warm lighting and the continuous sound of the clock bind the shots into one space and time, so the editing stays invisible even as the scene cuts away to the street.",
  }),
  written({
    key: "3-3-07",
    topic: "3.3",
    difficulty: 3,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between a **J-cut** and an **L-cut**.",
    points: [
      pt("p1", 1, "J-cut: the audio of the next shot starts before its picture (we hear the new scene before we see it)", ["J-cut", "audio", "before"]),
      pt("p2", 1, "L-cut: the audio of the previous shot continues over the picture of the next shot (sound carries on after the cut)", [
        "L-cut",
        "continues",
        "after",
      ]),
    ],
    answer:
      "Both are **split edits**, where sound and picture are cut at different points.\n\n- **J-cut:** the **sound of the next shot begins before its picture** (the train horn heard before we see the train), drawing the audience forward.\n- **L-cut:** the **sound of the outgoing shot continues over the next picture** (a character keeps speaking as we cut to the listener's reaction).",
  }),
  mcq({
    key: "3-3-08",
    topic: "3.3",
    difficulty: 3,
    stem: "Which sequence shows the usual order of stages in editing a film?",
    options: [
      "Assembly, rough cut, fine cut, picture lock",
      "Picture lock, assembly, rough cut, fine cut",
      "Colour grade, assembly, picture lock, rough cut",
      "Fine cut, rough cut, assembly, picture lock",
    ],
    correct: "A",
    why: "The editor assembles the footage in script order, refines it through a rough and fine cut, then locks the picture so that sound mixing and colour grading can be completed on a fixed timeline.",
  }),
  written({
    key: "3-3-09",
    topic: "3.3",
    difficulty: 2,
    marks: 2,
    term: "Explain",
    stem: `${SCENE_STATION}\n\nShot 3 is an **insert**. Explain what an insert is and why the editor places it between shots 2 and 4.`,
    points: [
      pt("p1", 1, "An insert is a close-up of a detail (an object, a screen, a letter) cut into a scene to give the audience information", [
        "insert",
        "close-up",
        "detail",
      ]),
      pt("p2", 1, "Here it shows NO SERVICE: Mira is cut off, explaining her reaction and motivating the POV down the track / her isolation", [
        "no service",
        "cut off",
        "isolat",
      ]),
    ],
    answer:
      "An **insert** is a close-up of a detail, such as an object, a screen or a letter, cut into a scene so the audience can read information the wider shots cannot show.\n\nPlaced after the medium close-up of Mira looking at her phone, the insert of **NO SERVICE** shows what she sees: she is cut off. It explains her reaction, deepens the sense of isolation and motivates the next shot, in which she looks down the empty track.",
  }),
  written({
    key: "3-3-hl-01",
    levels: HL,
    topic: "3.3",
    difficulty: 5,
    marks: 4,
    term: "Suggest",
    stem: `${SCENE_BIRTHDAY}\n\nSuggest **two** alternative editing decisions that would change the meaning of this scene, and justify each.`,
    points: [
      pt("p1", 1, "Alternative 1 (e.g. remove the cross-cutting and stay in the kitchen)", ["remove", "stay", "kitchen"]),
      pt(
        "p2",
        1,
        "Justification 1: the audience would know no more than the family: mystery instead of suspense; the Father's effort is unseen, so the doorbell is ambiguous or even ominous",
        ["mystery", "suspense", "unseen"],
      ),
      pt(
        "p3",
        1,
        "Alternative 2 (e.g. end by showing the door open / hold the Mother's face longer / cut the smoke-steam match / reorder so the bus leaves after the candles are blown out)",
        ["open", "hold", "reorder", "match"],
      ),
      pt(
        "p4",
        1,
        "Justification 2: e.g. showing the door open resolves the ambiguity into a reunion (or a twist if it is someone else); removing the match cut weakens the link that implies he has arrived",
        ["resolve", "ambigu", "imply"],
      ),
    ],
    answer:
      "**1. Stay in the kitchen (no cross-cutting).** Without the street shots, the audience knows only what the family knows. Suspense becomes **mystery**: the Father's absence is unexplained, his effort unseen, and the doorbell might mean a reunion or bad news. The film becomes colder and more ambiguous.\n\n**2. Show the door opening.** Adding a final shot of the Father in the doorway **resolves** the scene as a reunion; showing someone else instead would turn it into a twist of disappointment. Either way the audience's role changes from imagining the ending to receiving it.\n\n(Also creditable: removing the smoke-to-steam match cut, which weakens the suggestion that he has arrived; reordering so the candles are blown out before the bus leaves, making the missed birthday certain.)",
  }),
  mcq({
    key: "3-3-hl-02",
    levels: HL,
    topic: "3.3",
    difficulty: 5,
    stem: "The editor Walter Murch proposed a 'rule of six' for deciding where to cut. Which criterion does he rank as most important?",
    options: ["Emotion", "Three-dimensional continuity of space", "The two-dimensional plane of the screen", "Eye-trace"],
    correct: "A",
    why: "Murch ranks emotion first (true to the emotion of the moment), then story, rhythm, eye-trace, the two-dimensional plane of the screen and three-dimensional space; he argues an editor should sacrifice spatial continuity before emotion.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3.4: Sound
// ─────────────────────────────────────────────────────────────────────────────
const sound: QuestionInput[] = [
  mcq({
    key: "3-4-01",
    topic: "3.4",
    difficulty: 1,
    stem: "In film sound, **Foley** is:",
    options: [
      "the reproduction of everyday sounds (footsteps, clothing rustle, props) performed to picture in post-production",
      "the recording of ambient location sound on set to fill gaps in the dialogue",
      "the re-recording of dialogue by actors in a studio while watching the scene",
      "a library of pre-recorded effects such as explosions and car engines",
    ],
    correct: "A",
    why: "Foley artists perform everyday sounds to picture in a studio, giving the sound team clean, controllable effects; it is named after the sound-effects pioneer Jack Foley. Ambient location sound is room tone or a wild track, re-recorded dialogue is ADR, and library effects are not performed to picture.",
  }),
  mcq({
    key: "3-4-02",
    topic: "3.4",
    difficulty: 2,
    stem: "Dialogue recorded on a noisy location is unusable, so the actor re-records the lines in a studio while watching the scene. This process is called:",
    options: ["ADR (automated dialogue replacement)", "Foley", "room tone", "wild lines recorded on set after the take"],
    correct: "A",
    why: "ADR (also called looping or post-synchronisation) replaces production dialogue with lines re-recorded in sync with the picture.",
  }),
  mcq({
    key: "3-4-03",
    topic: "3.4",
    difficulty: 2,
    stem: "Why does a sound recordist record about 30 seconds of **room tone** at each location?",
    options: [
      "To fill gaps and smooth cuts in the dialogue track with the location's own background sound",
      "To set the microphone recording levels before the actors' first take",
      "To give actors a guide track to follow when re-recording lines in ADR",
      "To capture the sound effects that a Foley artist would otherwise create",
    ],
    correct: "A",
    why: "Every space has its own quiet background sound. Room tone lets the editor and sound mixer fill gaps between lines and smooth cuts so the soundtrack does not drop into unnatural silence.",
  }),
  mcq({
    key: "3-4-04",
    topic: "3.4",
    difficulty: 2,
    stem: "Which microphone set-up is most commonly used to record dialogue on a film set while keeping the microphone out of frame?",
    options: [
      "A directional shotgun microphone on a boom pole, held just outside the frame",
      "An omnidirectional microphone mounted on top of the camera, pointed at the crowd",
      "A microphone placed on the floor behind the camera",
      "No microphone; dialogue is always re-recorded",
    ],
    correct: "A",
    why: "A highly directional (shotgun) microphone on a boom can be placed close to the actors, just outside the frame, picking up their voices while rejecting much off-axis noise; lavalier (lapel) mics are a common alternative or supplement.",
  }),
  written({
    key: "3-4-05",
    topic: "3.4",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_STATION}\n\nExplain the effect of the **silence** after the final cut to black.`,
    points: [
      pt("p1", 1, "Sudden contrast: after the drone and the roar of the train, silence is a shock / it makes the cut feel abrupt", [
        "contrast",
        "shock",
        "abrupt",
      ]),
      pt("p2", 1, "It withholds information: we do not hear whether she boards (no doors, no train leaving), so the outcome is ambiguous", [
        "withhold",
        "ambigu",
        "boards",
      ]),
      pt("p3", 1, "It creates a reflective pause / leaves space for the audience's own response / suggests a turning point or emptiness", [
        "reflect",
        "pause",
        "turning point",
        "empty",
      ]),
    ],
    answer:
      "The silence works by **contrast**: after the rising drone and the overwhelming light and noise of the train, the soundtrack drops to nothing at the hard cut, so the ending lands as a shock.\n\nIt also **withholds information**. We hear no doors, no train pulling away, no footsteps, so we cannot tell whether Mira boarded; the choice at the heart of the scene stays open.\n\nFinally it creates a **pause for reflection**: with nothing to hear and nothing to see, the audience is left with the question of what they would do, and the emptiness echoes the empty platform of the first shot.",
  }),
  written({
    key: "3-4-06",
    topic: "3.4",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain the difference between **parallel** and **contrapuntal** sound (or music), and give the likely effect of each.",
    points: [
      pt("p1", 1, "Parallel sound/music matches the mood of the images (e.g. sad music over a funeral)", ["parallel", "match", "mood"]),
      pt("p2", 1, "Effect of parallel: reinforces/intensifies the intended emotion; guides the audience's response", ["reinforce", "intensif"]),
      pt("p3", 1, "Contrapuntal (anempathetic) sound contrasts with the images (e.g. cheerful music over violence)", [
        "contrapuntal",
        "contrast",
        "anempathetic",
      ]),
      pt("p4", 1, "Effect of contrapuntal: irony, unease or distance; makes the audience reflect on what they see / can make violence more disturbing", [
        "irony",
        "unease",
        "disturbing",
      ]),
    ],
    answer:
      "**Parallel** sound or music matches the mood of the images, such as a slow, mournful score over a funeral. It **reinforces** the emotion and tells the audience clearly how to feel.\n\n**Contrapuntal** (anempathetic) sound deliberately **contrasts** with the images, such as a cheerful pop song over a scene of violence. The mismatch creates **irony** or unease: the world seems indifferent to the characters, and the audience is made to notice and reflect on what they are watching, which can make the images more disturbing than a 'sad' score would.",
  }),
  mcq({
    key: "3-4-07",
    topic: "3.4",
    difficulty: 3,
    stem: "In *Jaws* (1975), a simple two-note musical motif signals the shark's presence, often when the shark itself is not visible. A recurring musical theme attached to a character or idea is a:",
    options: ["leitmotif", "sound bridge", "room tone", "wild track"],
    correct: "A",
    why: "A leitmotif is a recurring theme linked to a character, place or idea. In *Jaws* the motif lets the score stand in for the unseen shark and builds dread.",
  }),
  mcq({
    key: "3-4-08",
    topic: "3.4",
    difficulty: 3,
    stem: "When recording digital sound, why must levels be kept below **0 dBFS**?",
    options: [
      "Signals that reach 0 dBFS clip: the waveform is cut off and the distortion cannot be repaired later",
      "Because 0 dBFS is the quietest sound a microphone can record",
      "Because cinema speakers cannot reproduce sounds below 0 dBFS",
      "Because 0 dBFS recordings cannot be edited with picture",
    ],
    correct: "A",
    why: "0 dBFS is the maximum level a digital system can represent; anything louder is clipped into harsh distortion. Recordists leave headroom so sudden loud sounds do not clip.",
  }),
  written({
    key: "3-4-09",
    topic: "3.4",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline the **three** main layers of a film soundtrack and what each contributes.",
    points: [
      pt("p1", 1, "Dialogue (including voice-over): conveys story information and character", ["dialogue", "voice-over"]),
      pt("p2", 1, "Sound effects (Foley, hard effects, ambience/atmos): make the world believable and establish space and mood", [
        "effects",
        "Foley",
        "ambience",
      ]),
      pt("p3", 1, "Music (score or source music): guides emotion, rhythm and tone; can be diegetic or non-diegetic", ["music", "score", "emotion"]),
    ],
    answer:
      "1. **Dialogue** (with voice-over): carries story information and reveals character through what is said and how.\n2. **Sound effects**: Foley (footsteps, props), hard effects (doors, cars) and ambience (rain, traffic, room tone) make the world believable and establish space and mood.\n3. **Music**: score or source music shapes emotion, rhythm and tone, and can be diegetic (a radio in the scene) or non-diegetic (the score).\n\nThe sound mix balances the three so that the right element leads at each moment.",
  }),
  written({
    key: "3-4-hl-01",
    levels: HL,
    topic: "3.4",
    difficulty: 5,
    marks: 5,
    term: "Suggest",
    stem: `${SCENE_BIRTHDAY}\n\nAs the sound designer, suggest a sound plan for shots 3-7 that strengthens the cross-cutting. Refer to specific layers of the soundtrack and to the final mix.`,
    points: [
      pt("p1", 1, "Ambience layers distinguish the spaces: heavy rain and traffic outside vs a quiet room tone with the fridge hum/clock inside", [
        "ambience",
        "rain",
        "room tone",
      ]),
      pt("p2", 1, "Foley details: the Father's footsteps splashing, breathing; wax dripping/candle crackle in the kitchen, heightened", [
        "foley",
        "footsteps",
        "breath",
      ]),
      pt("p3", 1, "Rhythm: the clock tick and footsteps synchronised or accelerating with the quickening cuts / sound edits on the beat", [
        "rhythm",
        "clock",
        "accelerat",
        "sync",
      ]),
      pt(
        "p4",
        1,
        "Transitions: sound bridges/split edits (e.g. rain bleeding into the kitchen; the blow on the candles carrying into the steam) to link the spaces",
        ["sound bridge", "J-cut", "L-cut", "link"],
      ),
      pt(
        "p5",
        1,
        "Mix decision at the end: drop everything except the doorbell / sudden silence before the cut to black, so the final sound carries the ambiguity",
        ["mix", "silence", "doorbell"],
      ),
    ],
    answer:
      "**Two sound worlds.** Outside: heavy rain on the shelter, tyres on wet road, the bus pulling away. Inside: a quiet room tone, the fridge hum and the clock. The contrast tells the audience where they are instantly.\n\n**Foley.** The Father's splashing footsteps and ragged breathing; in the kitchen, a heightened crackle of candle flames and the soft drip of wax, making small sounds feel enormous.\n\n**Rhythm.** As the cutting accelerates, the clock's tick and his footsteps fall into the same tempo, so sound and picture race together.\n\n**Linking the spaces.** Use split edits: the rain leaks into the kitchen a moment before each cut (a J-cut), and Eli's breath as he blows out the candles carries over the steam rising from the drain, so the match cut is audible as well as visual.\n\n**Final mix.** At the doorbell, pull out the clock and the rain altogether: one clear ring, the Mother's intake of breath, then silence at the cut to black, leaving the outcome to the audience.",
  }),
  mcq({
    key: "3-4-hl-02",
    levels: HL,
    topic: "3.4",
    difficulty: 4,
    stem: "Walter Murch's screen credit as **sound designer** on *Apocalypse Now* (1979) is often cited as the first use of that title. What does the title recognise?",
    options: [
      "That one person shapes the whole soundtrack (effects, ambience, dialogue, music) as a creative element",
      "That the film's music was composed and mixed by one person",
      "That all of the film's sound was recorded live on location",
      "That one person recorded all of the dialogue on set",
    ],
    correct: "A",
    why: "'Sound designer' recognises sound as designed storytelling rather than a technical afterthought: one creative lead shapes every layer of the soundtrack and how they combine.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 3.5: Screenwriter
// ─────────────────────────────────────────────────────────────────────────────
const screenwriter: QuestionInput[] = [
  mcq({
    key: "3-5-01",
    topic: "3.5",
    difficulty: 1,
    stem: "Which line is a correctly written **scene heading** (slugline) in standard screenplay format?",
    options: ["INT. BUS STATION - NIGHT", "Inside the bus station at night", "SCENE 4: the bus station", "CUT TO BUS STATION"],
    correct: "A",
    why: "A scene heading states interior or exterior (INT./EXT.), the location, and the time of day, in capitals: INT. BUS STATION - NIGHT.",
  }),
  mcq({
    key: "3-5-02",
    topic: "3.5",
    difficulty: 2,
    stem: "Screenplays are conventionally typed in 12-point Courier. What rule of thumb does this format support?",
    options: [
      "One page of screenplay is roughly one minute of screen time",
      "One page of screenplay is roughly five minutes of screen time",
      "Each page must contain exactly one scene",
      "Dialogue must fill at least half of each page",
    ],
    correct: "A",
    why: "Standard formatting (12-point Courier, set margins) makes a page average about one minute on screen, which lets producers estimate running time and schedules from page counts.",
  }),
  mcq({
    key: "3-5-03",
    topic: "3.5",
    difficulty: 2,
    stem: "In a screenplay, a short direction in brackets under a character's name, such as *(whispering)*, is called a:",
    options: ["parenthetical", "slugline", "character extension", "logline"],
    correct: "A",
    why: "A parenthetical gives brief guidance on how a line is delivered or a tiny action within dialogue; it should be used sparingly and never for long actions.",
  }),
  written({
    key: "3-5-04",
    topic: "3.5",
    difficulty: 3,
    marks: 5,
    term: "Identify",
    stem: `${SCRIPT_PARCEL}\n\nIdentify **five** problems with this page as a screenplay and state how each should be corrected.`,
    points: [
      pt("p1", 1, "No proper scene heading: should be e.g. INT. AMA'S FLAT - LIVING ROOM - NIGHT (INT./EXT., location, time of day)", [
        "scene heading",
        "slugline",
        "INT.",
      ]),
      pt("p2", 1, "Action in past tense ('walked') should be present tense ('Ama walks in')", ["present tense", "past tense"]),
      pt("p3", 1, "Unfilmable interior information/backstory ('felt sad', brother left two years ago) should be shown through action, image or dialogue", [
        "unfilmable",
        "show",
        "interior",
        "backstory",
      ]),
      pt("p4", 1, "Character cue should be in capitals (AMA); her name should also be capitalised at her first appearance in the action", [
        "capital",
        "character name",
        "AMA",
      ]),
      pt(
        "p5",
        1,
        "Parenthetical misused for a long action: move it into an action line / camera direction (CLOSE UP) and unnecessary CUT TO: should be removed from a spec script",
        ["parenthetical", "action line", "camera direction", "CUT TO"],
      ),
    ],
    answer:
      "1. **No scene heading.** 'INSIDE THE FLAT' should be a slugline such as INT. AMA'S FLAT - LIVING ROOM - NIGHT.\n2. **Past tense.** Action is written in the present: 'AMA (30s) walks in', not 'walked'.\n3. **Unfilmable information.** 'She felt sad about her brother, who had left...' cannot be seen. Show it: a photo of a young man turned face-down, an unanswered call on her phone.\n4. **Character name.** The cue above the dialogue must be in capitals (AMA), and her name should be capitalised when she first appears in the action.\n5. **Misused parenthetical and camera directions.** The long bracketed action belongs in an action line; 'CLOSE UP ON THE PARCEL' is a camera direction best left to the director (write 'A parcel waits on the table'); 'CUT TO:' is unnecessary.",
  }),
  written({
    key: "3-5-05",
    topic: "3.5",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline the **three-act structure** commonly used in feature screenplays.",
    points: [
      pt(
        "p1",
        1,
        "Act 1 (set-up): introduces the protagonist, world and situation; an inciting incident disrupts it and leads to a first turning point/plot point",
        ["set-up", "inciting incident", "act 1"],
      ),
      pt(
        "p2",
        1,
        "Act 2 (confrontation): the protagonist pursues a goal against rising obstacles and complications; often a midpoint reversal, ending in a crisis/low point",
        ["confrontation", "obstacles", "midpoint", "act 2"],
      ),
      pt("p3", 1, "Act 3 (resolution): climax in which the central conflict is faced, then resolution/new equilibrium", ["climax", "resolution", "act 3"]),
    ],
    answer:
      "1. **Act 1: set-up.** Introduces the protagonist, their world and what they want; an **inciting incident** disrupts that world and a first turning point commits the protagonist to the story.\n2. **Act 2: confrontation.** The longest act: the protagonist pursues the goal against rising obstacles, often with a **midpoint** reversal, until a crisis or low point.\n3. **Act 3: resolution.** The **climax** confronts the central conflict, followed by a resolution that shows the changed situation (a new equilibrium).",
  }),
  mcq({
    key: "3-5-06",
    topic: "3.5",
    difficulty: 2,
    stem: "A one- or two-sentence summary of a film's premise that names the protagonist, their goal and the central conflict is a:",
    options: ["logline", "treatment", "shooting script", "shot list"],
    correct: "A",
    why: "A logline pitches the story in a sentence or two. A treatment is a longer prose summary of the story; a shooting script is the production version of the screenplay.",
  }),
  written({
    key: "3-5-07",
    topic: "3.5",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_BIRTHDAY}\n\nThe scene has almost no dialogue. Explain how the writing follows the principle **'show, don't tell'**.`,
    points: [
      pt("p1", 1, "Meaning conveyed by visual details written into the action: the empty chair tells us someone is missing without anyone saying so", [
        "empty chair",
        "visual",
        "action",
      ]),
      pt("p2", 1, "Time pressure shown through the candles burning down / the clock rather than a line such as 'Where is Dad?'", ["candles", "clock", "time"]),
      pt("p3", 1, "Character emotion shown through behaviour (Eli glancing at the door; the Father running) / subtext rather than stated feelings", [
        "behaviour",
        "glanc",
        "subtext",
        "running",
      ]),
    ],
    answer:
      "The writer conveys information through things the camera can see and hear rather than through explanation.\n\n- The **empty chair** at the head of the table tells us someone is missing before any character could say so.\n- **Time pressure** is shown by wax dripping onto the icing and the ticking clock, instead of a line such as 'He's late again.'\n- **Emotion** is shown through behaviour: Eli glancing at the door, the Father running through the rain. The feelings stay as **subtext**, which makes the audience do the work of understanding and makes the scene more powerful.",
  }),
  written({
    key: "3-5-08",
    topic: "3.5",
    difficulty: 3,
    marks: 3,
    term: "Construct",
    stem: `${STATION_CONTEXT}\n\n${SCENE_STATION}\n\nConstruct a **logline** for the film that this scene opens, and identify its three essential parts.`,
    points: [
      pt("p1", 1, "Protagonist identified with a defining trait (e.g. a restless seventeen-year-old in a dying rail town)", [
        "protagonist",
        "seventeen",
        "teenager",
      ]),
      pt("p2", 1, "Goal stated (e.g. to leave for the city / catch the last train)", ["goal", "leave", "city"]),
      pt(
        "p3",
        1,
        "Central conflict/stakes stated (e.g. family or town pulling her back / what she will lose by leaving or staying), all in one or two sentences",
        ["conflict", "stakes", "one sentence"],
      ),
    ],
    answer:
      "**Example logline:** When the last night train is about to be cut from her dying rural town, a restless seventeen-year-old must decide whether to leave for the city or stay with the father who cannot manage without her.\n\n**Its three parts:** the **protagonist** with a defining trait (a restless seventeen-year-old); her **goal** (to leave for the city); and the **conflict and stakes** (the father who needs her; the last chance to go), expressed in a single sentence.",
  }),
  written({
    key: "3-5-hl-01",
    levels: HL,
    topic: "3.5",
    difficulty: 4,
    marks: 4,
    term: "Construct",
    stem: `${SCENE_BIRTHDAY}\n\nConstruct shot 3 (the bus stop) as it would appear in a correctly formatted **spec screenplay** page (scene heading and action only; no dialogue is needed).`,
    points: [
      pt("p1", 1, "Correct scene heading: EXT. BUS STOP - NIGHT (capitals, INT./EXT., location, time)", ["EXT.", "BUS STOP", "NIGHT"]),
      pt("p2", 1, "Action in the present tense, concise, describing only what can be seen and heard", ["present tense", "concise"]),
      pt("p3", 1, "Character introduced in capitals at first appearance with a brief description (e.g. THE FATHER (40s), in work overalls)", [
        "capital",
        "FATHER",
        "description",
      ]),
      pt(
        "p4",
        1,
        "No camera directions or grading instructions (the 'long shot' and 'blue colour grade' are left to director/cinematographer) / sound written into the action where story-relevant",
        ["no camera directions", "leave", "sound"],
      ),
    ],
    answer:
      "A model page:\n\n> EXT. BUS STOP - NIGHT\n>\n> Rain hammers the shelter roof.\n>\n> THE FATHER (40s), still in paint-stained work overalls, sprints the last few metres. The bus pulls away without him.\n>\n> He stops. Watches its tail lights shrink into the rain.\n\n**Why it is correct:** the scene heading gives EXT., location and time in capitals; the action is in the present tense and describes only what can be seen and heard; the character is capitalised and briefly described at first appearance; and camera and grading choices ('long shot', 'cool blue grade') are left out, because in a spec script they belong to the director and cinematographer.",
  }),
  mcq({
    key: "3-5-hl-02",
    levels: HL,
    topic: "3.5",
    difficulty: 4,
    stem: "How does a **shooting script** typically differ from a **spec script**?",
    options: [
      "The shooting script adds scene numbers and may include camera directions and revisions for production",
      "The shooting script has no scene headings",
      "The spec script is written after filming has finished",
      "The spec script contains the edit decision list",
    ],
    correct: "A",
    why: "A spec script is written to sell or pitch the story and keeps camera directions to a minimum; once a film is in production the shooting script numbers the scenes and may add technical directions and tracked revisions.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Topic 4 (HL only): Collaboratively producing film (the collaborative film project)
// ─────────────────────────────────────────────────────────────────────────────
const collaboration: QuestionInput[] = [
  mcq({
    key: "4-01",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "In the HL **collaborative film project**, students work in a core production team of:",
    options: ["two to four students", "exactly one student", "the whole class", "at least ten students"],
    correct: "A",
    why: "The core production team has two to four students; each takes one film production role for assessment, and others (actors, helpers) may assist without being assessed.",
  }),
  mcq({
    key: "4-02",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "What does each student submit for the **collaborative film project**?",
    options: [
      "The team's film (at most 7 minutes) and an individual project report (at most 2,000 words) with sources",
      "A recorded multimedia comparative study of up to 10 minutes, with sources",
      "A 1,750-word textual analysis of an extract from a prescribed film",
      "Portfolio pages (at most 9) and a film reel (at most 9 minutes)",
    ],
    correct: "A",
    why: "The collaborative film project is assessed through a completed film of at most 7 minutes and each student's own project report (at most 2,000 words) plus sources. It is internally assessed and worth 35% at HL. The other options describe the comparative study, the textual analysis and the film portfolio.",
  }),
  mcq({
    key: "4-03",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "A document sent to cast and crew the day before a shoot, listing call times, location, scenes to be filmed, contacts and safety information, is a:",
    options: ["call sheet", "treatment", "edit decision list", "logline"],
    correct: "A",
    why: "The call sheet tells everyone where and when to be, what will be shot and whom to contact; it is usually produced by the production team from the schedule.",
  }),
  mcq({
    key: "4-04",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "Which task belongs to **pre-production** rather than production or post-production?",
    options: [
      "Scouting and securing permission for locations",
      "Recording Foley to picture",
      "Colour grading the locked cut",
      "Capturing coverage of every scene on set from several angles",
    ],
    correct: "A",
    why: "Pre-production covers planning: script, casting, location scouting and permissions, scheduling, storyboards. Filming coverage is production; Foley and grading are post-production.",
  }),
  mcq({
    key: "4-05",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "Which of these may **not** appear in the completed film of the collaborative film project?",
    options: [
      "A royalty-free music track downloaded from a website",
      "Music composed and recorded by a student in the school for the film",
      "Sound effects recorded by the team during the shoot",
      "Footage filmed by the core production team",
    ],
    correct: "A",
    why: "The completed film must contain only original material created by the students (the team or other students in the school). Copyright, Creative Commons, royalty-free and copyright-free material all count as non-original and are not allowed.",
  }),
  mcq({
    key: "4-06",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "On set, the crew member who tracks continuity (props, costume, eyelines, which takes were good) and keeps notes for the editor is the:",
    options: ["script supervisor", "gaffer", "first assistant director", "colourist"],
    correct: "A",
    why: "The script supervisor records continuity details and notes on every take so that shots will match and the editor knows which takes the director preferred. The first assistant director runs the set and the shooting schedule, the gaffer runs the lighting, and colourists work in post-production.",
  }),
  written({
    key: "4-07",
    levels: HL,
    topic: "4",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** production documents a collaborative team might use and the purpose of each.",
    points: [
      pt("p1", 1, "Shot list / storyboard: plans every set-up so director and cinematographer share one visual plan and nothing is missed", [
        "shot list",
        "storyboard",
      ]),
      pt("p2", 1, "Production schedule / call sheet: organises who, where and when, so time and people are used efficiently", ["schedule", "call sheet"]),
      pt(
        "p3",
        1,
        "Script breakdown / continuity log / location release and risk assessment: lists needs per scene, records continuity, secures permission and safety",
        ["breakdown", "continuity", "release", "risk assessment"],
      ),
    ],
    answer:
      "Any three, e.g.:\n\n1. **Shot list and storyboard:** plan each set-up, so the director and cinematographer share a visual plan and the editor receives the coverage needed.\n2. **Production schedule and call sheets:** set out who is needed where and when, making the most of limited time, locations and actors.\n3. **Script breakdown:** lists every prop, costume, location and sound need for each scene.\n4. **Continuity log:** records details across takes so shots match in the edit.\n5. **Location releases and risk assessment:** secure permission to film and plan for everyone's safety.",
  }),
  written({
    key: "4-08",
    levels: HL,
    topic: "4",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain how communication between the **director**, **cinematographer** and **editor** during a collaborative project can prevent problems in post-production.",
    points: [
      pt("p1", 1, "Agreeing a shot list/storyboard in advance ensures the coverage the editor needs is actually shot", ["shot list", "storyboard", "coverage"]),
      pt("p2", 1, "Shared references/intentions for the visual style (look book) keep framing, lighting and grade consistent", [
        "reference",
        "consistent",
        "style",
      ]),
      pt("p3", 1, "Continuity and camera notes (takes, lens, screen direction, 180-degree rule) passed to the editor prevent mismatches", [
        "continuity",
        "notes",
        "180",
      ]),
      pt("p4", 1, "Reviewing rushes/rough assemblies during the shoot lets the team spot missing shots and reshoot early", ["rushes", "dailies", "reshoot"]),
    ],
    answer:
      "**Before the shoot**, the director and cinematographer agree a shot list and storyboard with the editor, so the coverage needed to cut each scene (masters, close-ups, cutaways, inserts) is planned rather than hoped for, and a shared look book keeps framing, lighting and the final grade consistent.\n\n**During the shoot**, continuity and camera notes (good takes, lenses used, screen direction, where the 180-degree line is) go to the editor, preventing mismatched eyelines or jumps in continuity.\n\n**As footage comes in**, the editor reviews the rushes or a quick assembly and tells the team about missing shots or problems while the location and actors are still available for a reshoot, instead of discovering them in the edit when it is too late.",
  }),
  written({
    key: "4-09",
    levels: HL,
    topic: "4",
    difficulty: 4,
    marks: 4,
    term: "Suggest",
    stem: "During a collaborative project, the director wants a key scene played in one long take, while the editor argues for fast cutting to raise tension. Suggest how the team could resolve this disagreement productively.",
    points: [
      pt("p1", 1, "Return to the shared intentions/treatment: which approach better serves the agreed purpose and audience of the scene", [
        "intention",
        "treatment",
        "purpose",
      ]),
      pt("p2", 1, "Test both: shoot the long take and additional coverage, so both versions can be cut and compared", ["coverage", "test", "both versions"]),
      pt("p3", 1, "Use evidence: show rough cuts to a test audience/peers/teacher, or study reference films that use each approach", [
        "test audience",
        "feedback",
        "reference",
      ]),
      pt(
        "p4",
        1,
        "Agreed decision-making process: respect role responsibilities (e.g. the director has final creative say, the editor's view is documented) and record the decision and reasons in the project report",
        ["decision", "role", "record", "report"],
      ),
    ],
    answer:
      "1. **Go back to the shared intentions.** Ask what the scene is for: a long take builds tension through duration and performance; fast cutting builds it through rhythm. The agreed purpose should decide.\n2. **Keep both options open.** Shoot the long take and also capture coverage (close-ups, inserts) so both versions can be edited.\n3. **Test with evidence.** Cut both versions and show them to peers or the teacher, or compare reference films that use each approach.\n4. **Follow an agreed process.** Respect role responsibilities (for example, the director makes the final creative call after hearing the editor) and record the disagreement, the test and the decision in each student's project report, which is evidence of collaboration.",
  }),
  written({
    key: "4-10",
    levels: HL,
    topic: "4",
    difficulty: 5,
    marks: 6,
    term: "Discuss",
    stem: "Discuss how a core production team can make sure that a collaborative film feels **unified**, when each member is responsible for a different production role.",
    points: [
      pt("p1", 1, "A shared concept and intentions agreed early (pitch/treatment/logline) that every role serves", [
        "concept",
        "intention",
        "treatment",
        "pitch",
      ]),
      pt("p2", 1, "Shared visual and sonic references (look book, mood board, reference films/sounds) to align style across roles", [
        "reference",
        "look book",
        "style",
      ]),
      pt("p3", 1, "Clear role responsibilities and decision-making, so choices are made by the right person and overlaps are managed", [
        "role",
        "responsib",
        "decision",
      ]),
      pt("p4", 1, "Planning documents and regular meetings (shot list, schedule, check-ins, reviewing rushes) keep work coordinated", [
        "meeting",
        "shot list",
        "rushes",
        "schedule",
      ]),
      pt(
        "p5",
        1,
        "Counterpoint: too much uniformity can suppress individual creativity/each role's contribution; productive disagreement and experimentation can strengthen the film",
        ["creativity", "disagreement", "tension"],
      ),
      pt("p6", 1, "Conclusion: unity comes from a shared purpose rather than identical views; balanced judgement", [
        "conclusion",
        "shared purpose",
        "judgement",
      ]),
    ],
    answer:
      "**A shared purpose first.** Unity starts before anyone picks up a camera: the team agrees a concept, logline and treatment, and each member's filmmaker intentions for their role are written to serve that shared purpose.\n\n**Shared references.** A look book and reference films or sounds give the cinematographer, editor and sound designer the same picture of the film's style, so the lighting, the rhythm of the cutting and the soundscape point the same way.\n\n**Clear roles and decisions.** Each member knows what they are responsible for and who decides what; overlapping areas (the director and the cinematographer on framing, for example) are discussed rather than fought over on set.\n\n**Coordination.** Shot lists, schedules, regular check-ins and reviewing rushes keep the work aligned and catch inconsistencies early.\n\n**But unity is not uniformity.** A team that avoids all disagreement may produce a safe, flat film; the editor's challenge to the director or the sound designer's unexpected idea can make it better. What matters is that disagreements are resolved by reference to the shared intentions.\n\n**Conclusion.** A collaborative film feels unified when every role serves one agreed purpose; within that, difference of perspective is a strength, not a threat.",
  }),
  written({
    key: "4-11",
    levels: HL,
    topic: "4",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: "In the collaborative film project, each student writes an individual project report. Explain **three** things the report should do to show the student's contribution.",
    points: [
      pt("p1", 1, "Set out the student's intentions for their chosen production role and how they served the team's shared intentions for the film", [
        "intention",
        "role",
        "shared",
      ]),
      pt(
        "p2",
        1,
        "Explain the student's role-specific work and decisions across the production process, with evidence (planning documents, images, examples)",
        ["decision", "evidence", "process"],
      ),
      pt("p3", 1, "Evaluate the collaboration and the finished film: how teamwork and problem-solving shaped it, what succeeded and what they would change", [
        "evaluate",
        "collaborat",
        "problem",
      ]),
    ],
    answer:
      "1. **State intentions.** Set out what the student aimed to achieve in their production role and how those intentions served the team's shared intentions for the film.\n2. **Explain the process with evidence.** Show the role-specific decisions made in pre-production, production and post-production, supported by evidence such as storyboards, schedules, images or sound logs.\n3. **Evaluate.** Reflect on how collaboration and problem-solving shaped the film, judge what worked in the completed film and what they would change, and acknowledge all sources.",
  }),
  mcq({
    key: "4-12",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "Before filming a stranger who appears clearly in a shot in a public café, what should the team obtain?",
    options: [
      "A signed release form from the person and permission from the café",
      "Nothing: anyone in a public place may always be filmed for any purpose",
      "A music licence",
      "A shooting script with scene numbers",
    ],
    correct: "A",
    why: "Ethical and responsible filmmaking requires consent: identifiable people sign a release form, and locations give permission (a location release). This protects participants and the production.",
  }),
];

const questions: QuestionInput[] = [
  ...readingFilm,
  ...contextualizing,
  ...director,
  ...cinematographer,
  ...editor,
  ...sound,
  ...screenwriter,
  ...collaboration,
];

const file: SubjectQuestions = { subject: "film", questions };
export default file;
