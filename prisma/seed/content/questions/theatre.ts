import type { Level } from "@/lib/catalog/catalog-input";
import type { QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { rotatingQuestionBuilders, type RotatingSpec } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB Theatre (SL and HL, first assessment 2024).
//
// Theatre has no written examination. The bank practises the knowledge the four assessment tasks draw on:
// the theatre-maker roles (creator, designer, director, performer), the areas of study (working with play
// texts, exploring world theatre traditions, collaboratively creating original theatre and, at HL only,
// performing theatre theory), staging and design vocabulary, and widely known facts about theatre traditions
// and practitioners. Every scene, stage description and starting point a question analyses was written for
// this bank and carries ORIGINAL_LABEL; no play is quoted, and published plays are named only as facts.
//
// The subject file has one paper entry (P1), which stands for a component rather than a timed paper, so every
// question uses P1.
//
// Kinds of question: 1-mark MCQs on concepts, vocabulary and traditions; short WRITTEN questions (2-6 marks,
// one point per mark, "/" separates accepted alternatives, OWTTE = or words to that effect); and a few 8-mark
// planning tasks marked on practice criteria modelled on the structure of the real task (these criteria are
// written for this bank: they are not the IB's markbands). HL-only items cover the HL-only area (theatre
// theorists and the solo theatre piece) and extra HL-depth practice in the other areas.

const HL: Level[] = ["HL"];

/** The label every scene, stage description or starting point written for this bank carries (checked in checks/theatre-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original scene or stimulus written for this exercise; the characters, places and events in it are invented.)*";

type Base = RotatingSpec;

const { written, mcq } = rotatingQuestionBuilders({ prefix: "theatre", paper: "P1" });

/**
 * An 8-mark planning task marked on practice criteria modelled on the sections of the real task. The criteria
 * are written for this bank (not the IB's markbands); each lists what the top band rewards.
 */
const PRACTICE_NOTE = "*(Practice criteria written for this bank, modelled on the structure of the real task; they are not the IB's assessment criteria.)*";
const planning = (b: Omit<Base, "marks" | "points"> & { criteria: [string, number, string, string[]][] }): QuestionInput =>
  written({
    ...b,
    marks: b.criteria.reduce((s, [, m]) => s + m, 0),
    stem: `${b.stem}\n\n${PRACTICE_NOTE}`,
    points: b.criteria.map(([id, m, text, kw]) => pt(id, m, text, kw)),
  });

/** A scene, stage description or starting point for a stem: a title, the label, then the text as a Markdown quotation. */
const sceneBlock = (title: string, body: string) =>
  `**${title}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

// ─────────────────────────────────────────────────────────────────────────────
// The scenes and stimuli (all written for this bank)
// ─────────────────────────────────────────────────────────────────────────────

const SCENE_KEEPER = sceneBlock(
  "Scene A: from a one-act play, 'The Last Keeper'",
  `(A circular room at the top of a lighthouse. Night. Wind. Upstage, the lamp turns slowly, sweeping a beam of light across the audience every few seconds. MARGIT, sixties, polishes a brass cover. Her son TOMAS, thirties, stands in the doorway holding an envelope.)
TOMAS: They've sent the date. The light goes automatic in March.
MARGIT: (Not turning.) The light has always been automatic. It's the keeping that isn't.
TOMAS: Mum. There's a flat in town. Ground floor. No stairs.
MARGIT: And who will notice when a ship is wrong?
TOMAS: A computer. In an office.
(The beam sweeps across them both. She stops polishing.)
MARGIT: Then let the computer climb up here and tell me so.
(He puts the envelope on the table. She does not look at it. The beam passes again. Blackout between two sweeps.)`,
);

const STAGE_PLATFORM = sceneBlock(
  "Stage description B: the opening of a play, 'Platform Nine'",
  `An empty railway waiting room in a small town at three in the morning.
One wooden bench, carved with initials. A large station clock, stopped at 11.52.
A ticket window with its blind pulled down.
Once during the scene, the lights of a passing train flicker across the room through a tall upstage window.
A young woman in a wedding dress sits alone on the bench beside a suitcase, waiting.
The playwright's note reads: "The room should feel forgotten, but not dead."`,
);

const SCENE_GOAT = sceneBlock(
  "Scene C: from a comic scene, 'The Borrowed Goat'",
  `(A town square. PIPPO, a hungry servant, has been told to guard his master's goat. His master, old SIGNOR AVARO, enters counting coins.)
AVARO: Pippo! Where is my goat?
PIPPO: (Standing in front of a large, badly hidden goat.) Goat? What goat? Oh, the goat! He went to visit his mother.
AVARO: Goats do not visit their mothers!
PIPPO: This one is very devoted, signore.
(The goat bleats. PIPPO bleats louder to cover it. AVARO stares at him. PIPPO bleats again, sadly, as if it were a cough.)`,
);

const SCENE_OVERTIME = sceneBlock(
  "Scene D: from a short play, 'Overtime'",
  `(A factory canteen. Four WORKERS eat lunch. The MANAGER enters with a clipboard.)
MANAGER: Good news. Nobody is losing their job.
WORKER 1: That is good news.
MANAGER: Everyone is simply working two extra hours a day. Unpaid. For the team.
(Silence. The WORKERS look at each other.)
WORKER 2: And the team is...?
MANAGER: (Smiling.) The company. Which is all of us. (He leaves.)
WORKER 3: (To WORKER 1.) Is it still good news?
WORKER 1: (Quietly.) I'll tell you when I've done the maths.`,
);

const START_RESERVOIR = sceneBlock(
  "Starting point E: an invented newspaper report",
  `HALVERBY, 12 May. Residents of the valley village of Halverby voted last night, 212 to 198, to accept compensation and leave their homes so that the valley can be flooded for a new reservoir supplying a city forty miles away.
The church, the school and the old stone bridge will be under water by next spring.
"My grandmother is buried here," said one resident. "Where do I go to visit her now?"`,
);

const SCENE_INVENTORY = sceneBlock(
  "Scene F: a solo piece, 'Inventory'",
  `(A woman, alone, surrounded by cardboard boxes. She holds a label maker.)
WOMAN: Kitchen. (She labels a box.) Books. (She labels a box.) Winter. (She labels a box.) Things I will need.
(Pause. She looks at the next box.)
WOMAN: Things I will not need but cannot throw away.
(She labels it. She looks at the last box for a long time.)
WOMAN: You.
(She does not label it. She sits on it.)`,
);

const STAGE_THRUST = sceneBlock(
  "Stage description G: a thrust stage",
  `A thrust stage with the audience on three sides: left, right and front.
Upstage there is a single doorway in a back wall.
Downstage centre, close to the front row, stands a kitchen table with two chairs.
A staircase rises upstage right to a small landing.
In the scene to be staged, a father and his adult daughter argue about whether she should move abroad; the scene ends with the daughter leaving through the upstage door.`,
);

// ─────────────────────────────────────────────────────────────────────────────
// R.1 Creator
// ─────────────────────────────────────────────────────────────────────────────
const creator: QuestionInput[] = [
  mcq({
    key: "r1-01",
    topic: "R.1",
    difficulty: 1,
    stem: "In theatre, **devising** is best described as:",
    options: [
      "rehearsing a published play exactly as the playwright wrote it",
      "creating original theatre, usually collaboratively, from a starting point rather than from an existing script",
      "designing the lighting and sound for a production",
      "writing a review of a production after seeing it",
    ],
    correct: "B",
    why: "Devising is the process of creating original theatre (often as an ensemble) from a starting point such as an image, an object, a news story or a question, instead of beginning with a finished script.",
  }),
  mcq({
    key: "r1-02",
    topic: "R.1",
    difficulty: 2,
    stem: "A company interviews residents of a town about a factory closure and builds a play using only the residents' exact recorded words. This form is called:",
    options: ["verbatim theatre", "melodrama", "theatre of the absurd", "pantomime"],
    correct: "A",
    why: "Verbatim theatre is built from the exact words of real people, taken from interviews, transcripts or testimony, edited and arranged by the theatre-makers.",
  }),
  mcq({
    key: "r1-03",
    topic: "R.1",
    difficulty: 2,
    stem: "A devised piece moves back and forth between 1950, 1990 and the present day without following chronological order. Its structure is best described as:",
    options: ["linear", "non-linear (fragmented)", "cyclical (ending where it began)", "real-time"],
    correct: "B",
    why: "A non-linear (fragmented) structure presents events out of chronological order, for example by cutting between time periods, so the audience assembles the story and notices connections.",
  }),
  written({
    key: "r1-04",
    topic: "R.1",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** strategies a theatre-maker in the role of **creator** could use to generate material from a starting point.",
    points: [
      pt("p1", 1, "Improvisation (free or structured) around situations or characters suggested by the starting point", ["improvis"]),
      pt(
        "p2",
        1,
        "Research (historical, cultural, interviews, images) into the subject of the starting point, to find stories, facts and perspectives / mind-mapping the ideas it raises",
        ["research", "interview", "mind-map"],
      ),
      pt(
        "p3",
        1,
        "Another practical strategy explained: still images/tableaux, hot-seating a character, writing in role, physical theatre tasks, creating a 'moment' in response to an object or image / OWTTE",
        ["tableau", "still image", "hot-seat", "writing in role"],
      ),
    ],
    answer:
      "1. **Improvisation:** the creator sets up situations suggested by the starting point (for a photograph of an empty classroom: the last lesson before the school closes) and improvises, recording what works.\n2. **Research:** reading, interviewing people or collecting images around the subject, then mind-mapping the ideas, conflicts and perspectives it raises.\n3. **Still images and hot-seating:** the group creates tableaux of key moments, then hot-seats the characters in them to discover their motives and back-stories, which become scenes.",
  }),
  written({
    key: "r1-05",
    topic: "R.1",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_KEEPER}\n\nExplain **two** ways in which the playwright (as creator) uses the lighthouse beam as a dramatic device in Scene A.`,
    points: [
      pt("p1", 1, "Identifies the beam as a rhythm/pulse: it sweeps at regular intervals, marking time running out (the March deadline)", [
        "rhythm",
        "time",
        "interval",
      ]),
      pt(
        "p2",
        1,
        "Explains the effect: builds tension / punctuates key lines and silences, e.g. it sweeps across both of them just before Margit stops polishing",
        ["tension", "punctuat", "silence"],
      ),
      pt("p3", 1, "Identifies the beam as a symbol of Margit's purpose/vigilance (watching for ships) and of the job being automated", [
        "symbol",
        "purpose",
        "automat",
      ]),
      pt(
        "p4",
        1,
        "Explains the effect on the audience: the beam also sweeps across the audience, implicating them / making them watched or part of the 'sea'; the blackout 'between two sweeps' ends the scene in suspense",
        ["audience", "blackout", "implicat"],
      ),
    ],
    answer:
      "**Rhythm and tension.** The beam sweeps 'every few seconds', giving the scene a regular pulse like a clock. Because the conflict is about a deadline (the light 'goes automatic in March'), the pulse makes time feel as if it is running out, and it punctuates the key moment: after the beam sweeps across both of them, Margit stops polishing, so the light marks her decision to resist.\n\n**Symbol and audience.** The beam is what Margit's life is for: it stands for her watchfulness ('who will notice when a ship is wrong?') and, since it will soon be run by 'a computer. In an office', for what is being taken from her. Because it also sweeps across the audience, spectators are caught in the light like the ships it guards, and the ending (blackout 'between two sweeps') stops the scene in the dark, leaving the question of her future open.",
  }),
  mcq({
    key: "r1-06",
    topic: "R.1",
    difficulty: 3,
    stem: "When a creator writes a script, **stage directions** in italics or brackets are mainly used to:",
    options: [
      "list the names of the actors who first played each role",
      "tell the audience what to think",
      "replace the dialogue with summaries",
      "indicate setting, action, movement, pauses or tone that the dialogue does not show",
    ],
    correct: "D",
    why: "Stage directions record setting, entrances and exits, actions, pauses and sometimes tone or design ideas; directors and performers interpret them in rehearsal.",
  }),
  written({
    key: "r1-08",
    topic: "R.1",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: `${SCENE_OVERTIME}\n\nSuggest how a creator could develop Scene D into a longer piece. Outline **two** structural choices and the effect of each.`,
    points: [
      pt(
        "p1",
        1,
        "A first structural choice, e.g. episodic scenes following each worker home to show what the two unpaid hours cost them (childcare, a second job, sleep)",
        ["episod", "home", "scenes"],
      ),
      pt(
        "p2",
        1,
        "A second structural choice, e.g. a time jump/flash-forward a year later, a frame (Worker 1 'doing the maths' aloud to the audience), or a parallel scene of the Manager receiving the same message from his own boss",
        ["time jump", "flash-forward", "frame", "parallel"],
      ),
      pt(
        "p3",
        1,
        "Effect of the choices explained, e.g. widens a single canteen moment into a picture of a system / builds tension towards a decision / makes the audience judge",
        ["system", "tension", "judge", "effect"],
      ),
    ],
    answer:
      "1. **Episodic scenes at home.** After the canteen, short scenes follow each worker home: one misses collecting a child, one falls asleep at the table. The structure shows what 'two extra hours' really costs, turning an abstract policy into lived consequences.\n2. **A parallel scene.** The Manager is shown in his own office receiving the same 'good news' from his boss, with the same smile and the same phrase 'for the team'. The mirror makes the audience see that he is part of a chain rather than a lone villain.\n\nTogether these choices widen one lunch break into a picture of a whole system, and a frame in which Worker 1 finally 'does the maths' aloud for the audience could end the piece with a decision.",
  }),
  written({
    key: "r1-07",
    levels: HL,
    topic: "R.1",
    difficulty: 4,
    marks: 4,
    term: "Discuss",
    stem: "Discuss the ethical responsibilities of a creator who makes **verbatim theatre** from interviews with real people.",
    points: [
      pt("p1", 1, "Informed consent: interviewees should know how their words will be used and agree to it / right to withdraw", ["consent"]),
      pt(
        "p2",
        1,
        "Editing and selection can distort meaning: cutting or re-ordering words may misrepresent a speaker, so the creator must be faithful to their intended meaning",
        ["editing", "selection", "misrepresent"],
      ),
      pt("p3", 1, "Protecting vulnerable people: anonymity, avoiding harm or retraumatising people who tell painful stories", ["anonym", "harm", "vulnerable"]),
      pt(
        "p4",
        1,
        "Balance: the creator's own agenda may dominate; a responsible piece includes several perspectives, or is open about its point of view / reaches a judgement",
        ["balance", "perspective", "agenda"],
      ),
    ],
    answer:
      "Verbatim theatre claims authenticity (these are real people's words), and that claim brings responsibilities.\n\n- **Consent:** interviewees must understand how their words will be used and performed, and agree; ideally they can withdraw.\n- **Editing:** every verbatim piece is selected and arranged. Cutting a sentence or placing it next to another can change its meaning, so the creator must stay faithful to what the speaker meant, not only to the words.\n- **Protection:** people who share painful experiences can be identified or hurt by seeing them staged; anonymity and care are needed.\n- **Balance:** because the form looks objective, a creator's agenda can pass unnoticed. A responsible piece either includes competing perspectives or is open about its point of view.\n\nOverall, the creator's responsibility grows with the authority the form claims: the more 'real' it looks, the more honest the process must be.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// R.2 Designer
// ─────────────────────────────────────────────────────────────────────────────
const designer: QuestionInput[] = [
  mcq({
    key: "r2-01",
    topic: "R.2",
    difficulty: 1,
    stem: "A lighting designer wants to project the pattern of leaves onto the stage floor. Which device is placed in the lantern to do this?",
    options: ["A gel", "A gobo", "A barn door", "A dimmer"],
    correct: "B",
    why: "A gobo is a thin metal (or glass) stencil placed in a profile/ellipsoidal lantern to project a pattern such as leaves, a window or a moon; a gel changes colour, barn doors shape the edge of a beam and a dimmer controls intensity.",
  }),
  mcq({
    key: "r2-02",
    topic: "R.2",
    difficulty: 2,
    stem: "What is a **cyclorama** (cyc)?",
    options: [
      "A revolving section of the stage floor that turns to change the scene in view of the audience",
      "A large, plain cloth or curved wall at the back of the stage that is lit to create sky, colour or atmosphere",
      "A raised walkway from the stage through the audience, used for entrances and exits",
      "A row of lights along the front edge of the stage that lights the performers from below",
    ],
    correct: "B",
    why: "A cyclorama is a large, usually pale cloth or curved wall at the rear of the stage, lit with colour to suggest sky, time of day or mood.",
  }),
  mcq({
    key: "r2-03",
    topic: "R.2",
    difficulty: 3,
    stem: "A designer hangs a **gauze** (scrim) across the stage. Lit only from the front, it looks solid; when the light in front fades and the area behind it is lit, the audience can see through it. What is this effect most often used for?",
    options: [
      "Absorbing sound so that the actors' voices do not echo in a large auditorium",
      "Hiding the orchestra pit from the audience's view",
      "Reflecting extra light onto the actors' faces from above the stage",
      "Making a scene or figure appear or vanish, as in memories, dreams or ghosts",
    ],
    correct: "D",
    why: "A gauze appears opaque when lit from the front and transparent when the light is behind it, so it is used for reveals and transformations: memories, dreams, ghosts or a scene appearing behind another.",
  }),
  mcq({
    key: "r2-04",
    topic: "R.2",
    difficulty: 3,
    stem: "Which lantern gives a **hard-edged** beam that can be shaped with shutters and can take a gobo?",
    options: ["A fresnel spotlight", "A flood", "A profile spot", "A PAR can"],
    correct: "C",
    why: "A profile (ellipsoidal) spot has a lens system that gives a sharp-edged beam, with shutters to shape it and a gate for gobos; a fresnel gives a soft-edged beam and a flood a wide, unfocused spread.",
  }),
  mcq({
    key: "r2-05",
    topic: "R.2",
    difficulty: 2,
    stem: "In a scene set in a kitchen, a radio on the table plays a song that the characters can hear and react to. In sound design this is called:",
    options: ["non-diegetic sound", "underscoring", "a sound cue that only the audience hears", "diegetic sound"],
    correct: "D",
    why: "Diegetic sound has a source in the world of the play, so the characters can hear it (the radio); non-diegetic sound, such as underscoring, is heard only by the audience.",
  }),
  mcq({
    key: "r2-06",
    topic: "R.2",
    difficulty: 3,
    stem: 'During a performance, who normally **calls** the lighting and sound cues ("Standby LX 14... LX 14, go")?',
    options: [
      "The stage manager or deputy, from the prompt copy",
      "The director, from the back row",
      "The leading actor",
      "The lighting designer, from the lighting control desk",
    ],
    correct: "A",
    why: "Once the show is running, the stage manager (in many theatres the deputy stage manager) calls every cue from the prompt copy, where the cues are marked against the script; the director's work is finished by opening night, and the lighting designer plots the cues in technical rehearsals but does not call them.",
  }),
  written({
    key: "r2-07",
    topic: "R.2",
    difficulty: 3,
    marks: 4,
    term: "Suggest",
    stem: `${STAGE_PLATFORM}\n\nSuggest a **lighting** design for Stage description B. Give **two** specific lighting choices and explain how each helps the room feel "forgotten, but not dead".`,
    points: [
      pt(
        "p1",
        1,
        "A specific choice for the overall state, e.g. low-intensity, cold (blue/green) wash, or a single flickering fluorescent tube / practical lamp",
        ["cold", "blue", "low", "flicker", "practical"],
      ),
      pt("p2", 1, "Its effect linked to 'forgotten': neglect, emptiness, the late hour, isolation of the woman", ["forgotten", "neglect", "isolat"]),
      pt(
        "p3",
        1,
        "A second specific choice, e.g. a warm special/pool of light on the woman and suitcase, a gobo of the window falling across the floor, or the passing-train effect (moving lights/chase)",
        ["special", "warm", "gobo", "train", "chase"],
      ),
      pt(
        "p4",
        1,
        "Its effect linked to 'not dead': hope, life or expectation still present; draws focus to the waiting woman / the train brings a burst of movement and possibility",
        ["hope", "life", "focus", "not dead"],
      ),
    ],
    answer:
      "**1. A cold, low state with one failing practical.** A dim blue-green wash across the room and a single fluorescent tube above the ticket window that flickers irregularly. The cold colour and low intensity make the room look neglected at three in the morning, and the failing tube suggests that nobody maintains it: the room is *forgotten*.\n\n**2. A warm special on the bench, and the train.** A soft, warm pool of light (amber gel, from a profile focused tightly) on the woman and her suitcase, so the one sign of life in the room holds the audience's focus. When the train passes, a sequence of lanterns behind the upstage window chases from one side to the other, throwing moving window-shaped shadows (a gobo) across the floor and her dress. For a moment the room fills with movement and the possibility of arrival: it is *not dead*.",
  }),
  written({
    key: "r2-08",
    topic: "R.2",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: `${STAGE_PLATFORM}\n\nSuggest **three** sound cues for Stage description B and the effect of each.`,
    points: [
      pt("p1", 1, "A cue for atmosphere/emptiness with its effect, e.g. a low hum of the fluorescent light or distant wind, making the silence felt", [
        "hum",
        "wind",
        "silence",
        "atmosphere",
      ]),
      pt(
        "p2",
        1,
        "A cue linked to the stopped clock or to time, e.g. the absence of ticking, a single clock chime that is wrong, a distant church bell at three",
        ["clock", "tick", "chime", "bell"],
      ),
      pt(
        "p3",
        1,
        "A cue for the passing train (rumble building and fading, horn, rattling window) with its effect, e.g. hope/disappointment, the world passing her by",
        ["train", "rumble", "horn", "passing"],
      ),
    ],
    answer:
      "1. **LX-linked hum:** a faint electrical hum from the light fitting, looped under the whole scene. In an otherwise silent room it makes the emptiness audible.\n2. **A distant bell striking three:** from outside, far off. It contrasts with the station clock that has stopped at 11.52: the world outside moves on while this room is stuck in time.\n3. **The passing train:** a low rumble rising from the upstage speakers, the window rattling, then fading away without stopping. It raises hope (is this her train?) and then leaves her behind, so the audience feels the waiting with her.",
  }),
  written({
    key: "r2-09",
    topic: "R.2",
    difficulty: 4,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_KEEPER}\n\nExplain how a designer could achieve the sweeping lighthouse beam in Scene A and how it would shape the audience's experience.`,
    points: [
      pt(
        "p1",
        1,
        "A workable technical method: a moving-head light programmed to rotate / a lantern on a motorised turntable / a rotating gobo or chase of several lanterns fired in sequence",
        ["moving head", "motor", "chase", "rotat"],
      ),
      pt("p2", 1, "Control: the sweep is programmed or run at a fixed tempo on the lighting desk and coordinated with the blackout cue 'between two sweeps'", [
        "cue",
        "desk",
        "tempo",
        "programm",
      ]),
      pt(
        "p3",
        1,
        "Audience experience: the beam crossing the auditorium briefly dazzles/includes the audience, creating rhythm and tension / making them feel like ships being watched",
        ["audience", "rhythm", "dazzl", "include"],
      ),
    ],
    answer:
      "The simplest modern method is a **moving-head** fixture upstage, programmed on the lighting desk to pan in a slow, constant circle so that the beam passes over the stage and then across the auditorium; haze makes the shaft of light visible. A lower-tech version places a profile with a slot gobo on a small motorised turntable, or fires a row of lanterns in a chase sequence.\n\nThe sweep runs at a fixed tempo throughout and the final cue snaps to blackout in the gap between two sweeps, as the stage direction asks.\n\nBecause the beam crosses the audience too, spectators are briefly lit and dazzled every few seconds: they share the room's rhythm, feel watched like the ships Margit guards, and sense the tension of time passing.",
  }),
  written({
    key: "r2-10",
    topic: "R.2",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between a **naturalistic** set and a **minimalist or symbolic** set.",
    points: [
      pt("p1", 1, "Naturalistic set: recreates a real place in convincing, detailed realism (e.g. a box set with three walls, real furniture and props)", [
        "realis",
        "detail",
        "box set",
      ]),
      pt(
        "p2",
        1,
        "Minimalist/symbolic set: uses few elements, chosen for what they suggest or stand for (e.g. one chair, a doorframe, a colour), leaving the audience to imagine the rest",
        ["few", "suggest", "symbol", "imagin"],
      ),
    ],
    answer:
      "A **naturalistic** set tries to recreate a real place convincingly and in detail, for example a box set of a kitchen with three walls, working taps and period furniture. A **minimalist or symbolic** set uses only a few elements chosen for what they suggest (a single chair under a bare bulb, a doorframe with no walls), and relies on the audience's imagination to complete the world.",
  }),
  written({
    key: "r2-12",
    topic: "R.2",
    difficulty: 2,
    marks: 3,
    term: "Suggest",
    stem: `${SCENE_GOAT}\n\nSuggest costume designs for Pippo and Signor Avaro that communicate their characters and their relationship to the audience at first sight.`,
    points: [
      pt("p1", 1, "Pippo: e.g. patched, loose, worn servant's clothes / bright patchwork, possibly a half-mask, signalling poverty, hunger and agility", [
        "patch",
        "worn",
        "loose",
        "half-mask",
      ]),
      pt(
        "p2",
        1,
        "Avaro: e.g. rich but old-fashioned, tightly buttoned clothes, a money purse on his belt, possibly a long-nosed half-mask, signalling wealth and meanness",
        ["purse", "rich", "tight", "buttoned"],
      ),
      pt("p3", 1, "The contrast between the two costumes communicates status/the master-servant relationship (colour, fit, silhouette)", [
        "contrast",
        "status",
        "master",
        "silhouette",
      ]),
    ],
    answer:
      "**Pippo:** loose, patched clothes in faded bright colours, too big for him and tied with a rope belt, with soft shoes that allow acrobatic movement: the costume says poor, hungry and nimble.\n\n**Avaro:** expensive but old-fashioned dark red clothes, buttoned tightly to the chin, with a heavy purse chained to his belt that he clutches as he counts: rich, old and mean.\n\n**Contrast:** Pippo's loose, colourful silhouette against Avaro's tight, dark one shows their status and relationship immediately, before a word is spoken; if the production uses half-masks, both would wear them, in the commedia tradition.",
  }),
  written({
    key: "r2-13",
    topic: "R.2",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: `${SCENE_GOAT}\n\nThe goat in Scene C must be on stage, bleat on cue and be "badly hidden". Suggest **one** way a designer could create the goat and explain why it suits the scene.`,
    points: [
      pt(
        "p1",
        1,
        "A feasible method, e.g. a puppet operated visibly by a performer / a performer in a simple goat half-mask and costume / a comic cut-out or wheeled prop",
        ["puppet", "mask", "costume", "prop", "cut-out"],
      ),
      pt("p2", 1, "How the bleat is achieved: performer's own voice / a sound cue from a speaker near the goat (timed with Pippo's bleats)", [
        "voice",
        "sound cue",
        "speaker",
        "bleat",
      ]),
      pt(
        "p3",
        1,
        "Why it suits the scene: too big/obvious to hide, so the comedy of Pippo's failed hiding works; a stylised, non-naturalistic goat fits the comic, commedia-like style",
        ["big", "obvious", "comic", "stylis"],
      ),
    ],
    answer:
      "**Method:** a large, deliberately crude goat puppet built from wicker and fabric, operated in full view by a performer in black who also supplies the bleats with their own voice.\n\n**Why it suits the scene:** the puppet is obviously far bigger than Pippo, so his attempts to hide it behind his thin body are funny from the first moment, and the visible operator can time each bleat precisely against Pippo's. A stylised, home-made goat also matches the non-naturalistic, commedia-like style of the scene; a realistic animal (or a realistic recorded bleat from a hidden speaker) would be less flexible and less funny.",
  }),
  written({
    key: "r2-11",
    levels: HL,
    topic: "R.2",
    difficulty: 4,
    marks: 4,
    term: "Evaluate",
    stem: "Evaluate the use of **video projection** as a design element in a live theatre production.",
    points: [
      pt(
        "p1",
        1,
        "Strength: fast, flexible changes of location/time without heavy scenery; can show what the stage cannot (landscapes, close-ups, archive images)",
        ["flexible", "location", "close-up"],
      ),
      pt(
        "p2",
        1,
        "Strength: adds layers of meaning, e.g. live-feed close-ups, text or contrasting images that comment on the action (as in Brechtian captions)",
        ["live feed", "layer", "comment", "caption"],
      ),
      pt("p3", 1, "Limitation: can pull focus from the live performers / screens compete with bodies; the liveness of theatre may be weakened", [
        "focus",
        "live",
        "compete",
      ]),
      pt(
        "p4",
        1,
        "Limitation: cost, technical risk, light spill (stage lighting washing out the image) and sightlines; judgement that its value depends on whether it serves the theatre-maker intentions",
        ["cost", "technical", "washing out", "judgement", "intentions"],
      ),
    ],
    answer:
      "**Strengths.** Projection can change location or time instantly, without heavy scenery, and can show what the stage cannot: a landscape, a storm, archive footage. A live camera can give the audience close-ups of a performer's face, and projected text or images can comment on the action, as Brecht used captions.\n\n**Limitations.** A bright, moving image easily pulls focus from the live performers, and if the screen dominates, the audience may feel they are watching film rather than theatre. It is expensive and technically risky (a failed cue is very visible), stage lighting can wash out the image, and screens create sightline problems on thrust or in-the-round stages.\n\n**Judgement.** Projection is valuable when it does something only it can do for the theatre-maker intentions (a close-up that reveals what the body hides, a caption that makes the audience question the scene); used as decoration it weakens the liveness that makes theatre distinctive.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// R.3 Director
// ─────────────────────────────────────────────────────────────────────────────
const director: QuestionInput[] = [
  mcq({
    key: "r3-01",
    topic: "R.3",
    difficulty: 1,
    stem: "In rehearsal, **blocking** means:",
    options: [
      "the order in which actors make their entrances and exits in a scene",
      "the planned positions and movements of the actors on stage",
      "the black cloth used to mask the wings",
      "memorising the lines of a scene",
    ],
    correct: "B",
    why: "Blocking is the director's (and ensemble's) plan of where actors stand and move at each moment, recorded in the prompt copy.",
  }),
  mcq({
    key: "r3-02",
    topic: "R.3",
    difficulty: 2,
    stem: "A director places two estranged brothers at opposite edges of the stage, then slowly brings them closer as they reconcile. The director is using:",
    options: ["proxemics", "a gobo", "a tableau vivant only", "underscoring"],
    correct: "A",
    why: "Proxemics is the use of the distance between performers (and between performers and audience) to communicate relationships, status and emotion.",
  }),
  mcq({
    key: "r3-03",
    topic: "R.3",
    difficulty: 1,
    stem: "On a **thrust** stage, the audience sits:",
    options: ["on one side only, facing a picture frame", "on two opposite sides", "on three sides of the acting area", "all around the acting area"],
    correct: "C",
    why: "A thrust stage projects into the auditorium with the audience on three sides; one side only is end-on/proscenium, two facing sides is traverse and all sides is in-the-round.",
  }),
  mcq({
    key: "r3-04",
    topic: "R.3",
    difficulty: 2,
    stem: "A production is staged on a long, narrow acting area with the audience seated in two banks facing each other. This configuration is called:",
    options: ["traverse", "in-the-round", "promenade", "proscenium arch"],
    correct: "A",
    why: "In a traverse staging the acting area runs like a catwalk between two facing audience blocks, so each half of the audience sees the other behind the action.",
  }),
  mcq({
    key: "r3-05",
    topic: "R.3",
    difficulty: 2,
    stem: 'An actor standing centre stage, facing the audience, is told to "cross **downstage left**". Where does the actor go?',
    options: [
      "Towards the audience and to the actor's own left",
      "Away from the audience and to the audience's left",
      "Towards the audience and to the audience's left",
      "Away from the audience and to the actor's own right",
    ],
    correct: "A",
    why: "Downstage is towards the audience (on old raked stages it was physically lower) and stage left is the actor's left when facing the audience, which is the audience's right.",
  }),
  mcq({
    key: "r3-06",
    topic: "R.3",
    difficulty: 3,
    stem: "Which directing strategy best addresses the main challenge of staging a scene **in-the-round**?",
    options: [
      "Keeping all actors facing one direction for the whole scene",
      "Building tall scenery in the centre of the stage",
      "Using a proscenium arch to frame the action",
      "Keeping actors moving and using diagonal positions so no section of the audience sees only backs for long",
    ],
    correct: "D",
    why: "In-the-round every position has someone's back to some spectators, so directors keep the stage picture moving, use diagonals and open positions, and keep scenery low to protect sightlines.",
  }),
  mcq({
    key: "r3-07",
    topic: "R.3",
    difficulty: 2,
    stem: "Bertolt Brecht's **Verfremdungseffekt** (alienation or distancing effect) aims mainly to:",
    options: [
      "make the audience forget they are in a theatre by creating a complete illusion of real life",
      "help the audience identify with the characters by showing their emotions as truthfully as possible",
      "shock the audience with sudden, violent images so that they feel the cruelty of the events physically",
      "make the familiar seem strange so the audience thinks critically about the social situation shown, rather than simply identifying with the characters",
    ],
    correct: "D",
    why: "The Verfremdungseffekt 'makes strange' what the audience takes for granted, so that spectators stay alert and judge the situation (and its social causes) instead of being carried away by empathy.",
  }),
  written({
    key: "r3-08",
    topic: "R.3",
    difficulty: 3,
    marks: 4,
    term: "Suggest",
    stem: `${STAGE_THRUST}\n\nSuggest how a director could **block** the argument in Stage description G for this thrust stage. Refer to at least two specific positions or movements and explain their effect.`,
    points: [
      pt(
        "p1",
        1,
        "A specific position/movement at the start, e.g. father seated at the table downstage centre, daughter standing on the stairs/landing above him",
        ["table", "stair", "landing", "seated"],
      ),
      pt(
        "p2",
        1,
        "Its effect, e.g. levels show status or distance between them; the table close to the front row makes the conflict intimate for the audience",
        ["level", "status", "intimate"],
      ),
      pt(
        "p3",
        1,
        "A specific movement during the argument that suits the thrust stage, e.g. circling the table/diagonals so all three sides see faces; proxemics changing as tension rises",
        ["circl", "diagonal", "three sides", "proxemics"],
      ),
      pt(
        "p4",
        1,
        "The exit: e.g. a long walk upstage to the door, with her back to the front audience / pausing at the door, and its effect (finality, father left alone downstage in the audience's lap)",
        ["exit", "door", "pause", "alone"],
      ),
    ],
    answer:
      "**Opening.** The father sits at the kitchen table downstage centre, almost in the front row's lap; the daughter enters on the landing upstage right with her bag. The difference in level shows the distance between them and, for now, her upper hand: she has already decided.\n\n**The argument.** She comes down the stairs and the argument becomes a slow circling of the table. On a thrust stage this keeps the performers turning, so each side of the audience sees faces in turn, and the table is a barrier neither will cross. As he begs, he stands and closes the distance; she steps back, so proxemics track who is pushing and who is resisting.\n\n**The exit.** She breaks away and walks the full depth of the stage to the upstage door, her back to the front audience; she pauses in the doorway without turning, then goes. The long walk makes the decision feel final, and it leaves the father alone at the table downstage, closest to the audience, who are left with his loss.",
  }),
  written({
    key: "r3-09",
    topic: "R.3",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_OVERTIME}\n\nExplain how a director could use **two** Brechtian techniques to stage Scene D so that the audience questions what the Manager says.`,
    points: [
      pt(
        "p1",
        1,
        "Technique 1 identified, e.g. placards/projected captions, direct address, gestus, song, actors stepping out of role, visible lighting/stage machinery",
        ["placard", "caption", "direct address", "gestus", "song"],
      ),
      pt(
        "p2",
        1,
        "Applied to a specific moment of Scene D, e.g. a caption reading 'Two hours a day x four workers x one year = ?' as the Manager says 'For the team'",
        ["team", "manager", "good news"],
      ),
      pt(
        "p3",
        1,
        "Technique 2 identified and applied, e.g. Worker 1 turning to the audience with 'I'll tell you when I've done the maths' and asking them to do it / the Manager's smile as a fixed gestus",
        ["maths", "smil", "turn", "audience"],
      ),
      pt("p4", 1, "Effect explained: distances the audience from empathy so they judge the economic situation / see that the 'good news' is exploitation", [
        "critical",
        "judge",
        "distanc",
        "exploit",
      ]),
    ],
    answer:
      "**1. A projected caption.** As the Manager says 'For the team', the scene freezes and a caption appears above the canteen: 'Two unpaid hours x four workers x 250 days = ?' The interruption breaks the illusion and turns the Manager's friendly words into a sum the audience must work out.\n\n**2. Direct address and gestus.** The Manager's smile is played as a fixed, repeated gesture (a gestus of false friendliness) each time he says 'team' or 'all of us'. At the end, Worker 1 steps out of the scene and speaks the last line directly to the audience, holding out the clipboard as if asking them to do the maths.\n\n**Effect.** Instead of feeling sorry for the workers, the audience is kept at a critical distance and invited to judge the situation: the 'good news' is exposed as exploitation, and spectators are asked whether it could be otherwise, which is Brecht's aim.",
  }),
  written({
    key: "r3-11",
    topic: "R.3",
    difficulty: 2,
    marks: 4,
    term: "Outline",
    stem: "Outline the main stages of a director's rehearsal process, from the first rehearsal to opening night.",
    points: [
      pt("p1", 1, "Read-through and table work: the company reads the play and discusses/analyses meaning, characters, context and the production concept", [
        "read-through",
        "table work",
        "concept",
      ]),
      pt("p2", 1, "Blocking and scene work: setting movement, exploring each scene/unit, developing characters (exercises, improvisation)", [
        "blocking",
        "scene work",
        "character",
      ]),
      pt("p3", 1, "Runs and notes: running acts/the whole play, polishing pace, rhythm and transitions; lines learned ('off book')", [
        "run",
        "notes",
        "pace",
        "off book",
      ]),
      pt("p4", 1, "Technical rehearsal (cue-to-cue) adding lighting, sound, set and costume, then dress rehearsal(s) under performance conditions", [
        "technical",
        "cue-to-cue",
        "dress",
      ]),
    ],
    answer:
      "1. **Read-through and table work:** the company reads the play together and discusses its meaning, characters and context; the director shares the production concept and design.\n2. **Blocking and scene work:** scenes are staged and explored in detail, with exercises and improvisation to build characters and relationships.\n3. **Runs and notes:** once actors are off book, acts and then the whole play are run; the director gives notes on pace, rhythm, clarity and transitions.\n4. **Technical and dress rehearsals:** in the technical rehearsal (often cue-to-cue) lighting, sound, set changes and costumes are added; dress rehearsals then run the show under performance conditions before opening night.",
  }),
  written({
    key: "r3-12",
    topic: "R.3",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_KEEPER}\n\nExplain what is meant by a director's **production concept**, and suggest a concept for a production of the play Scene A comes from.`,
    points: [
      pt("p1", 1, "Definition: the director's central, unifying interpretive idea/vision for the production, which guides performance and design choices", [
        "unifying",
        "vision",
        "interpret",
        "central idea",
      ]),
      pt(
        "p2",
        1,
        "A concept suggested for Scene A, e.g. 'the last human light': the lighthouse as a body being switched off; or the lighthouse as a ship lost at sea",
        ["concept", "light", "lighthouse"],
      ),
      pt("p3", 1, "How the concept would shape at least one concrete choice (design or performance)", ["design", "set", "lighting", "costume"]),
    ],
    answer:
      "A **production concept** is the director's central, unifying idea for interpreting the play, from which performance and design choices follow, so that the production speaks with one voice.\n\n**Concept: 'the last human light'.** The lighthouse is treated as a living body being switched off. The set is a skeletal iron spiral rather than a realistic room, the lamp is warm and flickers slightly like a heartbeat, and each scene ends with the beam a little colder and more regular, as if the machine is taking over. Margit's movements grow smaller as the play goes on, so the design and the performance tell the same story of a human presence being replaced.",
  }),
  written({
    key: "r3-10",
    topic: "R.3",
    difficulty: 4,
    marks: 4,
    term: "Compare",
    stem: `${SCENE_KEEPER}\n\nCompare the advantages of staging Scene A on a **proscenium arch** stage and **in-the-round**.`,
    points: [
      pt(
        "p1",
        1,
        "Proscenium: the picture frame suits the illusion of a closed, isolated room / fourth wall; scenic detail (lamp mechanism upstage) is easy to build and mask",
        ["picture frame", "fourth wall", "illusion"],
      ),
      pt("p2", 1, "Proscenium: controlled sightlines, so the beam's sweep and the blackout can be precisely framed for everyone", [
        "sightline",
        "control",
        "beam",
      ]),
      pt(
        "p3",
        1,
        "In-the-round: the circular lighthouse room mirrors the circular staging; the audience surrounds the characters like the sea / the beam can sweep across all sides of the audience",
        ["circular", "surround", "all sides"],
      ),
      pt(
        "p4",
        1,
        "In-the-round: intimacy and closeness to the family conflict, but no upstage for the lamp (it would need to be central/overhead) / some faces always hidden; a comparative judgement",
        ["intima", "overhead", "hidden", "whereas"],
      ),
    ],
    answer:
      "A **proscenium** stage frames Scene A like a picture, which suits a naturalistic, closed room: the fourth wall isolates Margit and Tomas as the lighthouse isolates her. The lamp can stand upstage as the script asks, built in detail and masked, and because everyone views from the front, the designer can control exactly how the beam sweeps and where the final blackout lands.\n\n**In-the-round**, by contrast, echoes the circular lighthouse room: the audience surrounds the characters as the sea does, and the beam, hung overhead in the centre, could sweep over every section of the audience in turn. The staging is more intimate, putting spectators close to an argument between mother and son, but there is no 'upstage' for the lamp, and at any moment some of the audience will see Margit's back when she refuses to turn.\n\nThe proscenium gives control and illusion; in-the-round gives intimacy and turns the audience into part of the lighthouse's world.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// R.4 Performer
// ─────────────────────────────────────────────────────────────────────────────
const performer: QuestionInput[] = [
  mcq({
    key: "r4-01",
    topic: "R.4",
    difficulty: 2,
    stem: "In Stanislavski's system, the **given circumstances** are:",
    options: [
      "the props an actor is given by the stage manager",
      "the facts of the character's situation supplied by the play and the production (who, where, when, what has happened), which the actor must accept and use",
      "the notes the director gives after a run",
      "the circumstances in which the audience watches the play",
    ],
    correct: "B",
    why: "The given circumstances are everything the play and production establish about the character's situation: place, time, relationships, past events. The actor builds truthful behaviour on them.",
  }),
  mcq({
    key: "r4-02",
    topic: "R.4",
    difficulty: 2,
    stem: 'An actor asks, "What would I do *if* I were in this character\'s situation?" Which Stanislavski tool is this?',
    options: ["Emotion memory", "The magic if", "The super-objective", "Circles of attention"],
    correct: "B",
    why: "The 'magic if' asks the actor to imagine how they would act if the character's circumstances were real, which stimulates imagination and truthful action.",
  }),
  mcq({
    key: "r4-03",
    topic: "R.4",
    difficulty: 1,
    stem: 'A character says "I\'m fine" while clearly upset. The meaning beneath the line is called the:',
    options: ["subtext", "stage direction", "monologue", "prologue"],
    correct: "A",
    why: "Subtext is the unspoken meaning, thought or feeling under the words; actors convey it through tone, pause, gesture and expression.",
  }),
  mcq({
    key: "r4-04",
    topic: "R.4",
    difficulty: 3,
    stem: "In Rudolf Laban's movement analysis, which **effort action** is strong, direct and sudden?",
    options: ["Float", "Glide", "Punch", "Flick"],
    correct: "C",
    why: "Punch (thrust) combines strong weight, direct space and sudden time; float is light, indirect and sustained, glide light, direct and sustained, flick light, indirect and sudden.",
  }),
  mcq({
    key: "r4-05",
    topic: "R.4",
    difficulty: 3,
    stem: "In improvisation training associated with Keith Johnstone, a performer who takes up space, holds eye contact and moves slowly and smoothly is usually playing:",
    options: ["a neutral mask", "high status", "low status", "a bouffon"],
    correct: "B",
    why: "Johnstone's status work shows that status is played, not given: stillness, open posture, unhurried movement and steady eye contact read as high status; fidgeting, breaking eye contact and making oneself small read as low.",
  }),
  written({
    key: "r4-06",
    topic: "R.4",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: `${SCENE_KEEPER}\n\nDescribe how the performer playing Margit could use **voice** and **physicality** to show her resistance to leaving.`,
    points: [
      pt("p1", 1, "Physicality: keeps her back to Tomas / keeps polishing in a steady, deliberate rhythm to show she will not engage", [
        "back",
        "polish",
        "rhythm",
        "turn",
      ]),
      pt("p2", 1, "Physicality: the moment she stops polishing (stillness) marks a decision; posture upright/rooted, refusing to look at the envelope", [
        "still",
        "stops",
        "posture",
        "envelope",
      ]),
      pt("p3", 1, "Voice: dry, controlled, low-pitched delivery of 'The light has always been automatic...' to show scorn/authority; precise timing/pause", [
        "pitch",
        "control",
        "pause",
        "tone",
      ]),
      pt(
        "p4",
        1,
        "Voice: final line 'Then let the computer climb up here...' delivered with rising volume/defiance or quiet finality, with a justified effect",
        ["defian", "volume", "quiet", "final"],
      ),
    ],
    answer:
      "**Physicality.** Margit keeps her back to Tomas for the first lines and polishes the brass cover in a steady, deliberate rhythm, as if his news is an interruption to real work. Her posture is upright and rooted; she never looks at the envelope, even when he puts it on the table. When the beam sweeps across them she stops polishing and becomes completely still: the stillness shows the audience that she has decided.\n\n**Voice.** Her reply about 'the keeping' is low, dry and unhurried, the correction of someone who knows more than he does. 'And who will notice when a ship is wrong?' can be a genuine question, quieter, revealing what she fears. After a pause she delivers the last line slowly and with quiet finality rather than shouting, so her defiance sounds immovable.",
  }),
  written({
    key: "r4-07",
    topic: "R.4",
    difficulty: 2,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_GOAT}\n\nExplain how the performer playing Pippo could use **physical comedy** to make the bleating moment funny.`,
    points: [
      pt(
        "p1",
        1,
        "Physical hiding: exaggerated attempts to block the goat with his body (spreading arms, widening stance, shuffling sideways as the goat moves)",
        ["block", "exaggerat", "hide"],
      ),
      pt("p2", 1, "Comic timing: a pause/double take between the goat's bleat and his louder bleat; the look to the audience", [
        "timing",
        "pause",
        "double take",
        "audience",
      ]),
      pt(
        "p3",
        1,
        "The final 'sad' bleat turned into a cough: a clear physical transition (hand to mouth, doubled over, pitiful face) / escalation that makes the lie more absurd",
        ["cough", "escalat", "absurd"],
      ),
    ],
    answer:
      "Pippo can **hide the goat with his body** in an exaggerated way: arms spread wide, feet planted, shuffling sideways every time the goat shifts, as though his thin frame could cover a large animal.\n\n**Comic timing** carries the bleats: the goat bleats, Pippo freezes, flicks his eyes to the audience (sharing the disaster), then bleats louder with total commitment. After Avaro's stare there is a long pause before the last bleat.\n\nThe final bleat turns into a **fake cough**: a hand to the mouth, a doubled-over body and a pitiful face, each lie more absurd than the last, so the escalation itself is the joke.",
  }),
  written({
    key: "r4-08",
    topic: "R.4",
    difficulty: 3,
    marks: 3,
    term: "Identify",
    stem: `${SCENE_OVERTIME}\n\nIdentify the **subtext** of Worker 1's final line and explain how a performer could convey it.`,
    points: [
      pt(
        "p1",
        1,
        "Subtext: Worker 1 already knows it is not good news / is angry or bitter about being exploited, but hides it (perhaps because the Manager has power)",
        ["not good news", "bitter", "anger", "exploit"],
      ),
      pt("p2", 1, "Vocal choice: flat/quiet/controlled delivery, pause before 'done the maths', dry irony in tone", ["quiet", "pause", "iron", "tone"]),
      pt("p3", 1, "Physical choice: e.g. pushing the food away, a look towards the door the Manager left by, a tight jaw or a small bitter smile", [
        "look",
        "door",
        "food",
        "smile",
      ]),
    ],
    answer:
      "**Subtext:** Worker 1 has already done the maths: the 'good news' is a pay cut disguised as team spirit, and the line hides anger (and perhaps fear of saying so openly) behind a joke.\n\n**Voice:** spoken quietly and flatly, with a pause before 'done the maths', so the irony is dry rather than comic.\n\n**Physicality:** a look towards the door the Manager has just used, then Worker 1 pushes the unfinished lunch away, a small, tight smile that does not reach the eyes.",
  }),
  written({
    key: "r4-10",
    topic: "R.4",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_KEEPER}\n\nExplain how Stanislavski's idea of an **objective** could help the performer playing Tomas.`,
    points: [
      pt("p1", 1, "Objective defined: what the character wants in a unit/scene, expressed as an active verb ('I want to...')", ["want", "objective", "verb"]),
      pt(
        "p2",
        1,
        "An objective for Tomas supported by the scene, e.g. 'to persuade Mum to accept the flat without hurting her' / 'to get her to open the envelope'",
        ["persuade", "envelope", "flat"],
      ),
      pt(
        "p3",
        1,
        "How it helps: the actor plays actions/tactics (reassuring, pleading, leaving the envelope) rather than a general emotion; obstacles (her refusal) create tension; keeps him sympathetic rather than villainous",
        ["tactic", "action", "obstacle", "sympath"],
      ),
    ],
    answer:
      "In Stanislavski's system an **objective** is what the character wants in a unit or scene, phrased as an active verb ('I want to...'). Tomas's objective might be *to persuade his mother to accept the flat without hurting her*.\n\nThis helps the performer because he plays actions, not a vague mood: he reassures ('Ground floor. No stairs.'), he explains, and finally he changes tactic and leaves the envelope on the table for her to read alone. Margit's refusal is the obstacle, which creates the tension of the scene, and because his objective is loving, the audience sees him as a worried son rather than an enemy.",
  }),
  written({
    key: "r4-09",
    levels: HL,
    topic: "R.4",
    difficulty: 4,
    marks: 4,
    term: "Compare",
    stem: "Compare **Stanislavski's** and **Brecht's** views of the relationship between the performer and the role.",
    points: [
      pt("p1", 1, "Stanislavski: the actor aims to live truthfully in the role, building belief through given circumstances, objectives and the magic if", [
        "truth",
        "belie",
        "objective",
        "magic if",
      ]),
      pt("p2", 1, "Stanislavski: the audience should believe in the character and empathise; the actor's craft is hidden behind the fourth wall", [
        "empath",
        "fourth wall",
        "hidden",
      ]),
      pt(
        "p3",
        1,
        "Brecht: the actor shows/demonstrates the character rather than becoming it, keeping a distance so the audience can judge (e.g. third-person rehearsal, gestus)",
        ["demonstrat", "show", "distance", "gestus"],
      ),
      pt(
        "p4",
        1,
        "Brecht: the aim is critical awareness of social causes rather than empathy / both still require precise, truthful observation (a comparison drawn)",
        ["critical", "social", "whereas", "both"],
      ),
    ],
    answer:
      "**Stanislavski** asks the performer to *live* the role truthfully. Through the given circumstances, objectives and the magic if, the actor builds belief in the character's situation, so that behaviour on stage is as truthful as in life. The actor's technique is hidden behind the fourth wall and the audience believes in and empathises with the character.\n\n**Brecht**, whereas, asks the performer to *show* the character: the actor stands slightly beside the role, demonstrating what the character does and why (in rehearsal, actors might speak their lines in the third person or add 'he said'). Gestus makes the social attitude behind a gesture visible. The aim is not empathy but critical judgement: the audience should see that the character's situation has social causes and could be changed.\n\n**Both** demand precise observation of real behaviour; the difference is whether the performance invites the audience in (Stanislavski) or holds them at a thinking distance (Brecht).",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// 1 Working with play texts (production proposal)
// ─────────────────────────────────────────────────────────────────────────────
const playTexts: QuestionInput[] = [
  mcq({
    key: "1-01",
    topic: "1",
    difficulty: 1,
    stem: "In the IB Theatre **production proposal**, the student:",
    options: [
      "performs a scene from a play they studied in class",
      "writes a new play and stages it",
      "chooses a published play text they have not previously studied and presents a vision for its design and theoretical staging, without having to stage it",
      "reviews a professional production they have seen",
    ],
    correct: "C",
    why: "The production proposal asks for a vision for the design and theoretical staging of a whole published play text the student has not studied before; the play is not actually staged.",
  }),
  mcq({
    key: "1-02",
    topic: "1",
    difficulty: 2,
    stem: "How is the production proposal assessed?",
    options: [
      "Externally assessed; 40% at SL and 25% at HL",
      "Internally assessed (marked by the teacher, moderated by the IB); 30% at SL and 20% at HL",
      "HL only; 35%",
      "It is not assessed; it is practice for the collaborative project",
    ],
    correct: "B",
    why: "The production proposal is the course's internal assessment, worth 30% at SL and 20% at HL (40%/25% is the collaborative project; 35% HL only is the solo theatre piece).",
  }),
  mcq({
    key: "1-03",
    topic: "1",
    difficulty: 2,
    stem: "What is the maximum length of the production proposal?",
    options: [
      "5 pages, with no word limit",
      "15 minutes of video",
      "2,500 words with no images",
      "12 pages of written text and images, with written text not exceeding 4,000 words",
    ],
    correct: "D",
    why: "The proposal is at most 12 pages of written text and images, with no more than 4,000 words of written text, plus a list of sources (which does not count towards the pages).",
  }),
  mcq({
    key: "1-04",
    topic: "1",
    difficulty: 2,
    stem: "Which **two** theatre-maker perspectives does the production proposal mainly ask the student to adopt?",
    options: ["Performer and creator", "Director and designer", "Critic and producer", "Performer and spectator"],
    correct: "B",
    why: "The proposal is written from the perspectives of the director (interpretation, intentions, staging of a moment) and the designer (the proposed production design).",
  }),
  mcq({
    key: "1-05",
    topic: "1",
    difficulty: 2,
    stem: "Which of the following is a **production element** rather than a performance element?",
    options: ["Vocal pitch", "Gesture", "Lighting", "Facial expression"],
    correct: "C",
    why: "Production elements are the designed, technical parts of a production (set, lighting, sound, costume, props, projection); voice, gesture and facial expression are performance elements.",
  }),
  mcq({
    key: "1-06",
    topic: "1",
    difficulty: 1,
    stem: "A production uses a detailed box set, real props and everyday speech and behaviour, and the actors never acknowledge the audience. Its performance style is best described as:",
    options: ["epic theatre", "naturalism", "commedia dell'arte", "expressionism"],
    correct: "B",
    why: "Naturalism aims at a convincing illusion of everyday reality behind an imaginary fourth wall, with detailed settings and behaviour.",
  }),
  mcq({
    key: "1-15",
    topic: "1",
    difficulty: 1,
    stem: "A student preparing to stage a published play researches the political situation in the country and year in which it was first performed. The student is exploring the play's:",
    options: ["subtext", "context", "blocking", "proxemics"],
    correct: "B",
    why: "Researching the historical, political, social or cultural circumstances in which a play was written and first performed is exploring its context, which informs the interpretation and the theatre-maker intentions.",
  }),
  written({
    key: "1-07",
    topic: "1",
    difficulty: 1,
    marks: 2,
    term: "Define",
    stem: "Define the **fourth wall**.",
    points: [
      pt("p1", 1, "An imaginary wall between the stage and the audience (the open side of a box set / proscenium)", ["imaginary", "wall", "audience"]),
      pt(
        "p2",
        1,
        "Through which the audience watches while the actors behave as if it were solid and the audience absent; 'breaking' it means acknowledging/addressing the audience",
        ["acknowledg", "address", "break"],
      ),
    ],
    answer:
      "The fourth wall is an imaginary wall at the front of the stage (the open side of a box set) through which the audience watches; the actors behave as if it were solid and the audience were not there. 'Breaking the fourth wall' means acknowledging or directly addressing the audience.",
  }),
  written({
    key: "1-08",
    topic: "1",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline what a student should include when explaining their **theatre-maker intentions** for the staging of a play in the production proposal.",
    points: [
      pt("p1", 1, "Their interpretation of the key ideas of the play, grounded in specific references to the play text", [
        "key ideas",
        "interpretation",
        "reference",
      ]),
      pt("p2", 1, "The intended impact on the audience: what the audience should think/feel/understand", ["impact", "audience"]),
      pt(
        "p3",
        1,
        "How they will realise this: a chosen performance space and performance style, and how performance and production elements will serve the intentions",
        ["performance space", "performance style", "production elements"],
      ),
    ],
    answer:
      "The student should:\n\n1. Explain their **interpretation** of the play's key ideas, supported by specific references to the text.\n2. State the **intended impact** on the audience: what they want spectators to think, feel or understand by the end.\n3. Explain how they would achieve it: the **performance space** and **performance style** chosen, and how performance and production elements would serve those intentions.",
  }),
  written({
    key: "1-09",
    topic: "1",
    difficulty: 3,
    marks: 4,
    term: "Suggest",
    stem: `${SCENE_KEEPER}\n\nImagine Scene A is part of a published play chosen for a production proposal. Identify **one** key idea the scene presents and suggest a theatre-maker intention, with **one** performance choice and **one** production choice that would realise it.`,
    points: [
      pt(
        "p1",
        1,
        "A key idea identified with reference to the scene, e.g. human care/vigilance replaced by technology; ageing and independence; duty vs family",
        ["technology", "automat", "ageing", "independence", "duty"],
      ),
      pt("p2", 1, "A theatre-maker intention stating intended audience impact, e.g. 'I want the audience to feel what is lost when care is automated'", [
        "intention",
        "audience",
        "feel",
        "understand",
      ]),
      pt("p3", 1, "A performance choice linked to the intention (e.g. Margit's stillness when the beam passes; Tomas's gentle, not villainous, delivery)", [
        "still",
        "gentle",
        "deliver",
      ]),
      pt(
        "p4",
        1,
        "A production choice linked to the intention (e.g. beam sweeping over the audience; cold office-blue light replacing warm lamp light at the end)",
        ["beam", "light", "blue", "warm"],
      ),
    ],
    answer:
      "**Key idea:** the replacement of human care by technology. The light 'goes automatic', and Margit asks 'who will notice when a ship is wrong?', while Tomas answers 'A computer. In an office.'\n\n**Intention:** I want the audience to feel what is lost when care becomes automated, and to see that Tomas's offer is loving as well as practical, so they leave unsure who is right.\n\n**Performance choice:** Tomas is played gently and patiently, never as a villain; Margit answers without turning round, and becomes completely still when the beam crosses her, so her silence speaks.\n\n**Production choice:** the lamp light is warm amber, but in the final moments a cold, even blue-white light (like an office screen) replaces it just before the blackout, a visual image of the human keeper being switched off.",
  }),
  written({
    key: "1-10",
    topic: "1",
    difficulty: 3,
    marks: 2,
    term: "Explain",
    stem: "The production proposal asks for a vision for the **feasible** staging of a play for a live audience. Explain what *feasible* means in this context.",
    points: [
      pt("p1", 1, "The staging could realistically be achieved in a real performance space with real resources / theatre technology that exists", [
        "realistic",
        "achiev",
        "resources",
      ]),
      pt("p2", 1, "So ideas must be practical for performers and audience (sightlines, safety, scene changes) rather than film-like or impossible effects", [
        "practical",
        "safety",
        "sightline",
        "impossible",
      ]),
    ],
    answer:
      "Feasible means that the staging could actually be realised in a real performance space with existing theatre technology and realistic resources. Ideas must work live, for performers and audience (sightlines, safety, scene changes), rather than relying on film-like or impossible effects.",
  }),
  planning({
    key: "1-11",
    topic: "1",
    difficulty: 4,
    term: "Justify",
    stem: `${STAGE_PLATFORM}\n\nImagine Stage description B opens a published play you have chosen for a production proposal. In about 400 words, (a) state **one** theatre-maker intention for the opening, (b) propose a performance space and a design for set and costume, and (c) describe how you would stage the first minute, justifying your choices.`,
    criteria: [
      [
        "critA",
        2,
        "Ideas and intentions (2). 2: a clear intention naming the intended impact on the audience, grounded in the stage description (the bride waiting, the stopped clock, 'forgotten, but not dead'). 1: an intention that is vague or not linked to the text.",
        ["intention", "audience", "clock", "forgotten"],
      ],
      [
        "critB",
        3,
        "Proposed design (3). 3: a named performance space and a coherent set and costume design, each choice justified by the intention (e.g. traverse staging so the audience sit like passengers on two platforms; a real bench and a clock frozen at 11.52; a slightly worn wedding dress). 2: appropriate design with partial justification. 1: design listed without justification.",
        ["traverse", "bench", "costume", "dress", "justif"],
      ],
      [
        "critC",
        3,
        "Staging of a moment (3). 3: the first minute is staged precisely with performance elements (stillness, gesture, focus) and production elements (lighting, sound cues) working together, using subject-specific vocabulary. 2: a plausible staging with some precision. 1: general description.",
        ["cue", "stillness", "focus", "blocking"],
      ],
    ],
    answer:
      "**Model answer (outline of a top-band response).**\n\n**(a) Intention.** I want the audience to sense, before a word is spoken, that the woman has been waiting far longer than one night, and to feel curiosity and tenderness rather than pity: the room is 'forgotten, but not dead', and so is she.\n\n**(b) Space and design.** I would use a **traverse** staging: the audience sit on two sides like passengers on opposite platforms, facing each other across the waiting room, so they become part of the station and watch each other watching her. The set is sparse but real: the carved bench in the centre, the ticket window at one end and the large clock at the other, frozen at 11.52. Dust sheets over a stack of chairs suggest the room is no longer used. The wedding dress is real silk but faded to ivory, with a grey hem, and she wears a cardigan over it, so it has been worn for years rather than one evening.\n\n**(c) The first minute.** Pre-set: the audience enter to a cold, dim blue wash and the hum of a failing fluorescent tube. She is already seated, completely still. The house lights fade (LX 1); a tight warm special rises on her hands holding a ticket (LX 2). For thirty seconds nothing happens except the hum. Sound cue 1: a distant bell strikes three. She turns her head slowly to the stopped clock, then back. Sound cue 2: a train approaches; a chase of lanterns behind the window throws moving window-shapes across both banks of spectators. She stands, lifts the suitcase, takes one step; the train does not stop; the light passes and the rumble fades. She sits again, smooths the dress, and places the suitcase exactly where it was. The precise repetition of that action is the first sign that this has happened many times before.",
  }),
  written({
    key: "1-14",
    topic: "1",
    difficulty: 3,
    marks: 3,
    term: "Justify",
    stem: `${SCENE_OVERTIME}\n\nImagine Scene D is part of a published play chosen for a production proposal. Choose a **performance style** for staging it and justify your choice.`,
    points: [
      pt("p1", 1, "A named, appropriate performance style, e.g. epic/Brechtian theatre, naturalism, expressionism, physical theatre", [
        "epic",
        "Brecht",
        "naturalis",
        "expressionis",
        "physical",
      ]),
      pt(
        "p2",
        1,
        "Justified by the text: e.g. the scene's irony and social/economic situation suit a style that makes the audience judge; or its understatement and silences suit naturalism",
        ["irony", "social", "silence", "situation"],
      ),
      pt("p3", 1, "Linked to a concrete staging consequence and the intended impact on the audience", ["caption", "box set", "impact", "audience"]),
    ],
    answer:
      "**Style: epic (Brechtian) theatre.** The scene is about an economic situation disguised by friendly language ('For the team', 'Which is all of us'), and its final line asks the characters (and us) to do the maths. A style that keeps the audience thinking rather than simply sympathising suits this: the canteen would be suggested by a single table under bright, white, visible lighting, the Manager's phrases would be repeated on projected captions, and Worker 1's last line would be spoken to the audience, so spectators leave judging whether the 'good news' is good. (A naturalistic staging could also be justified by the scene's understatement and silences, if the intention were for the audience to feel the workers' helplessness.)",
  }),
  written({
    key: "1-12",
    levels: HL,
    topic: "1",
    difficulty: 5,
    marks: 5,
    term: "To what extent",
    stem: "To what extent should a director be faithful to a playwright's stage directions when staging a published play?",
    points: [
      pt(
        "p1",
        1,
        "Case for fidelity: stage directions are part of the playwright's work and may carry essential meaning/structure (e.g. a silence, a symbolic object); some playwrights or rights-holders require them to be followed",
        ["playwright", "meaning", "rights", "faithful"],
      ),
      pt(
        "p2",
        1,
        "Case for freedom: stage directions often record the first production's conditions (its theatre and technology) rather than timeless requirements",
        ["first production", "conditions", "technology"],
      ),
      pt(
        "p3",
        1,
        "Case for freedom: new spaces, audiences and cultural contexts may need new solutions to achieve the same effect; a director interprets rather than copies",
        ["interpret", "context", "audience", "effect"],
      ),
      pt(
        "p4",
        1,
        "Distinction between the function of a direction (what it achieves) and its literal form (how it was done); a production can be faithful to the function while changing the form",
        ["function", "form", "literal"],
      ),
      pt(
        "p5",
        1,
        "A reasoned judgement reached (e.g. faithful to intention and function, free in means; within the limits of the licence and the unedited text)",
        ["judgement", "conclusion", "extent"],
      ),
    ],
    answer:
      "**For fidelity.** Stage directions are part of what the playwright wrote. Some carry essential meaning: a silence, a symbolic object, an action that is the climax of a scene. Ignoring them risks losing the play's structure, and some playwrights and rights-holders insist that directions be respected.\n\n**For freedom.** Many stage directions record the conditions of the first production, its theatre, its technology and its audience, rather than timeless requirements. A direction written for a proscenium box set may not work on a thrust stage or in a different cultural context; a director's job is to interpret the play for a new audience, not to reproduce a past production.\n\n**Function and form.** A helpful distinction is between what a direction *achieves* (its function) and *how* it is written (its literal form). 'Blackout between two sweeps' of a lighthouse beam, for instance, achieves a sudden, suspended ending; a production could honour that function with different technology.\n\n**Judgement.** A director should be faithful to the function and intention of stage directions, especially those that carry meaning, while remaining free to change the means, within the limits of the licence and without changing the spoken text.",
  }),
  written({
    key: "1-13",
    levels: HL,
    topic: "1",
    difficulty: 4,
    marks: 4,
    term: "Discuss",
    stem: "A student's production proposal is for a **Greek tragedy** from the fifth century BCE. Discuss **two** challenges of staging its **chorus** for a contemporary audience and a possible solution to each.",
    points: [
      pt("p1", 1, "Challenge: the chorus speaks/sings in unison, which can be hard to understand or can sound artificial to modern audiences", [
        "unison",
        "understand",
        "artificial",
      ]),
      pt("p2", 1, "Solution: split lines among individual voices, use choral movement/rhythm, or use song/amplification to keep clarity; explained", [
        "split",
        "movement",
        "rhythm",
        "song",
      ]),
      pt(
        "p3",
        1,
        "Challenge: the chorus's original function (representing the community, commenting, moving in the orchestra) has no obvious modern equivalent / staging a large group on a small stage",
        ["community", "comment", "function", "orchestra"],
      ),
      pt(
        "p4",
        1,
        "Solution: a modern equivalent that keeps the function, e.g. the chorus as a crowd of citizens/press/mourners, or a small chorus, or recorded voices/projection; explained",
        ["citizens", "modern equivalent", "crowd", "recorded"],
      ),
    ],
    answer:
      "**1. Unison speech.** A chorus speaking together can be hard to follow and can sound stiff to audiences used to naturalistic acting. *Solution:* divide the lines between individual voices, keep true unison for key moments, and use shared rhythm, breath and movement (stamping, turning together) so the group works as one body; choral song with clear diction can also help.\n\n**2. Function.** In Athens the chorus represented the community, reacted to and commented on the action, and danced in the orchestra; a modern stage has no circular dancing floor and audiences may not understand why a group keeps interrupting. *Solution:* find a modern equivalent that keeps the function, for example a crowd of townspeople watching the news, journalists or mourners at a funeral, whose reactions guide the audience as the ancient chorus did. A smaller chorus can be amplified or supported by recorded voices when space or cast size is limited.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// 2 Exploring world theatre traditions (research presentation)
// ─────────────────────────────────────────────────────────────────────────────
const traditions: QuestionInput[] = [
  mcq({
    key: "2-01",
    topic: "2",
    difficulty: 1,
    stem: "In the IB Theatre **research presentation**, each student:",
    options: [
      "writes a 4,000-word essay on a playwright",
      "performs a solo piece based on a theorist",
      "devises a group piece from a starting point",
      "plans, delivers and video-records an individual presentation (15 minutes maximum) on a world theatre tradition they have not previously studied",
    ],
    correct: "D",
    why: "The research presentation is an individual, video-recorded presentation of at most 15 minutes giving evidence of academic and practical exploration of a world theatre tradition the student has not studied before.",
  }),
  mcq({
    key: "2-02",
    topic: "2",
    difficulty: 3,
    stem: "In the research presentation, the single convention the student explores practically should be a **performance convention**. Which of these is the best example?",
    options: [
      "The history of the theatre buildings where the tradition is performed",
      "The ticket prices of modern performances",
      "The sliding walk (suriashi) of the Noh performer",
      "The names of famous writers in the tradition",
    ],
    correct: "C",
    why: "A performance convention is an identifiable element of the performer's work (use of body, voice, movement, gesture, mask or tradition-specific objects), such as the Noh performer's sliding walk; history and writers are context.",
  }),
  mcq({
    key: "2-03",
    topic: "2",
    difficulty: 3,
    stem: "On a traditional **Noh** stage, what is the **hashigakari**?",
    options: [
      "The painted pine tree on the back wall",
      "The covered bridgeway along which performers enter from the mirror room to the main stage",
      "The flute that begins the performance",
      "The comic interlude performed between plays",
    ],
    correct: "B",
    why: "The hashigakari is the long, railed bridgeway along which performers make their entrances and exits from the curtained mirror room; the pine is painted on the kagami-ita and the comic interludes are kyōgen.",
  }),
  mcq({
    key: "2-04",
    topic: "2",
    difficulty: 3,
    stem: "**Kathakali**, a classical dance-drama from Kerala in southern India, communicates through elaborate make-up, codified hand gestures and facial expression. In Kathakali make-up, a green face (**pacha**) usually indicates:",
    options: ["a demon or forest dweller", "a noble, virtuous hero or king", "an arrogant, ambitious anti-hero", "a woman or a sage"],
    correct: "B",
    why: "Pacha (green) make-up marks noble, virtuous heroes, kings and gods; kathi (green with red marks) arrogant anti-heroes, kari (black) demons and forest dwellers, and minukku (soft yellow-orange) women and sages.",
  }),
  mcq({
    key: "2-05",
    topic: "2",
    difficulty: 2,
    stem: "In **commedia dell'arte**, what are **lazzi**?",
    options: [
      "The written scripts learned word for word",
      "Rehearsed comic routines or bits of stage business that performers could insert into the improvised scenario",
      "The young lovers, who perform without masks",
      "The leather half-masks worn by the servants",
    ],
    correct: "B",
    why: "Lazzi (singular lazzo) are well-rehearsed comic routines (a chase, eating an imaginary fly, a fake injury) that performers slot into the improvised action of a scenario (canovaccio).",
  }),
  mcq({
    key: "2-06",
    topic: "2",
    difficulty: 2,
    stem: "Which **commedia dell'arte** stock character is the old, miserly Venetian merchant?",
    options: ["Arlecchino (Harlequin)", "Il Capitano", "Pantalone", "Columbina"],
    correct: "C",
    why: "Pantalone is the old, greedy, often lecherous Venetian merchant; Arlecchino is an acrobatic, hungry servant, Il Capitano a boastful but cowardly soldier and Columbina a quick-witted maid.",
  }),
  mcq({
    key: "2-07",
    topic: "2",
    difficulty: 2,
    stem: "In the theatres of fifth-century BCE Athens, where did the **chorus** mainly perform?",
    options: [
      "In the orchestra, the circular floor before the skene",
      "On the raised stage in front of the skene, beside the actors",
      "On a revolving stage",
      "In the audience seating (theatron)",
    ],
    correct: "A",
    why: "The chorus sang and danced in the orchestra, the circular (or roughly circular) floor between the audience's seating (theatron) and the skene building behind; a low platform in front of the skene, if there was one, belonged to the actors.",
  }),
  mcq({
    key: "2-08",
    topic: "2",
    difficulty: 3,
    stem: "In **Kabuki**, an **onnagata** is:",
    options: [
      "a raised walkway through the audience",
      "a dramatic frozen pose at a climactic moment",
      "a male actor who specialises in female roles",
      "a stage assistant dressed in black",
    ],
    correct: "C",
    why: "Onnagata are male actors who specialise in female roles (women were banned from the Kabuki stage in the early seventeenth century); the walkway is the hanamichi, the pose a mie and the black-clad assistant a kurogo.",
  }),
  mcq({
    key: "2-09",
    topic: "2",
    difficulty: 4,
    stem: "In Japanese **Bunraku** puppet theatre, how is a principal puppet usually operated?",
    options: [
      "By one puppeteer from above with strings",
      "By three puppeteers working together in view of the audience: one for the head and right arm, one for the left arm, one for the feet",
      "By a single hidden puppeteer behind a shadow screen",
      "By the chanter, who also moves it",
    ],
    correct: "B",
    why: "Each principal Bunraku puppet is moved by three visible puppeteers (the chief handles the head and right arm, a second the left arm, a third the feet), while a chanter (tayū) voices the characters, accompanied by shamisen.",
  }),
  mcq({
    key: "2-10",
    topic: "2",
    difficulty: 3,
    stem: "In Javanese and Balinese **wayang kulit**, the **dalang** is:",
    options: [
      "the gamelan orchestra",
      "the white screen onto which shadows fall",
      "the master puppeteer who manipulates the shadow puppets, voices the characters and leads the performance",
      "the oil lamp behind the screen",
    ],
    correct: "C",
    why: "The dalang manipulates the flat leather puppets, voices every character, narrates and cues the gamelan, often through a performance lasting all night.",
  }),
  written({
    key: "2-11",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${SCENE_GOAT}\n\nScene C was written in the spirit of **commedia dell'arte**. Explain **two** conventions of commedia dell'arte that it draws on.`,
    points: [
      pt("p1", 1, "Stock characters: the hungry, cunning servant (a zanni, like Arlecchino) and the miserly old master (like Pantalone)", [
        "stock",
        "zanni",
        "Pantalone",
        "Arlecchino",
        "servant",
        "master",
      ]),
      pt(
        "p2",
        1,
        "Explained with reference: Avaro counting coins signals the miser; Pippo's hunger and quick lies signal the zanni; the master-servant conflict drives the comedy",
        ["coins", "hunger", "master-servant"],
      ),
      pt("p3", 1, "Lazzi / physical comedy: the bleating routine is a comic bit of business that can be extended and improvised", [
        "lazzi",
        "lazzo",
        "bleat",
        "routine",
      ]),
      pt(
        "p4",
        1,
        "Explained: performers would play it with exaggerated masked physicality / direct complicity with the audience / improvisation around a simple scenario",
        ["mask", "improvis", "scenario", "exaggerat"],
      ),
    ],
    answer:
      "**Stock characters.** Pippo is a zanni, the hungry, quick-witted servant in the line of Arlecchino, who survives by improvised lies; Signor Avaro, counting his coins, is a Pantalone-type miserly old master. The comedy comes from the classic master-servant conflict, so the audience recognises the types at once.\n\n**Lazzi.** The bleating contest is a lazzo: a self-contained comic routine that performers could stretch, repeat and improvise on (a louder bleat, a 'sad' bleat, a cough). In performance it would be played with the exaggerated physicality of the masked characters and with glances to the audience that make them accomplices, on top of a simple scenario rather than a fixed script.",
  }),
  written({
    key: "2-12",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: "Describe how a student preparing a research presentation could **practically explore** one performance convention of a world theatre tradition, such as the sliding walk of Noh or the hand gestures (mudras) of Kathakali.",
    points: [
      pt(
        "p1",
        1,
        "Research first into the convention and its purpose in the tradition (primary/secondary sources, recordings, interviews or workshops with practitioners)",
        ["research", "source", "recording", "workshop"],
      ),
      pt(
        "p2",
        1,
        "Physical exercises to learn the technique, e.g. practising the centred, knees-bent posture and gliding walk without lifting the heels / drilling individual mudras and eye movements",
        ["exercise", "posture", "practise", "drill"],
      ),
      pt("p3", 1, "Recording and reflecting on the process (video, theatre journal) to show development, difficulties and discoveries", [
        "video",
        "journal",
        "reflect",
      ]),
      pt(
        "p4",
        1,
        "Applying the convention to traditional performance material from the tradition and experimenting with it / respecting the tradition's cultural context",
        ["apply", "traditional performance material", "experiment", "context"],
      ),
    ],
    answer:
      "1. **Research:** read about the convention and watch recordings of trained performers to understand what it is and why it matters in the tradition (for suriashi: the Noh performer's centred, gliding walk, which makes movement look weightless and controlled). Workshops with a practitioner, where possible, are the best source.\n2. **Physical exercises:** practise daily: knees slightly bent, hips low, feet sliding along the floor without lifting the heels, the upper body perfectly still, at different tempos.\n3. **Record and reflect:** film practice sessions and keep a theatre journal of difficulties and discoveries, so the presentation can show how understanding developed through the body.\n4. **Apply:** experiment with using the convention in a short piece of traditional performance material from the tradition, with respect for its cultural context, and compare versions.",
  }),
  written({
    key: "2-13",
    topic: "2",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: "Explain why **cultural respect** matters when a student researches and performs a world theatre tradition from a culture other than their own.",
    points: [
      pt("p1", 1, "Traditions carry religious, ritual or community meaning; using them carelessly can offend or trivialise (e.g. sacred masks or dances)", [
        "religious",
        "ritual",
        "sacred",
        "meaning",
      ]),
      pt("p2", 1, "Risk of appropriation/stereotype: borrowing surface features (costume, make-up) without understanding misrepresents the culture", [
        "appropriat",
        "stereotype",
        "misrepresent",
      ]),
      pt(
        "p3",
        1,
        "Practical respect: reliable sources, acknowledging that mastery takes years, crediting practitioners, focusing on learning rather than imitation",
        ["source", "acknowledg", "credit", "years"],
      ),
    ],
    answer:
      "Many traditions carry religious, ritual or community meaning (sacred masks, dances performed at temple festivals), so careless use can offend or trivialise them. Borrowing only surface features such as costume or make-up, without understanding their purpose, risks appropriation and stereotyping. A respectful student therefore uses reliable sources (ideally including practitioners from the culture), credits them, and presents the work as an honest, humble exploration, recognising that mastering such a tradition takes years of training.",
  }),
  written({
    key: "2-16",
    topic: "2",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline **three** conventions of ancient Greek tragedy as performed in Athens in the fifth century BCE.",
    points: [
      pt("p1", 1, "A chorus that sang and danced, commenting on the action and representing the community", ["chorus"]),
      pt("p2", 1, "Masks worn by all performers / a small number of male actors playing all the speaking roles by changing masks", ["mask", "male", "actors"]),
      pt(
        "p3",
        1,
        "Another convention: violence happens offstage and is reported (e.g. by a messenger); performed at religious festivals such as the City Dionysia in honour of Dionysus; verse; large open-air theatres; the skene and mechane (deus ex machina)",
        ["offstage", "messenger", "Dionysia", "festival", "verse", "skene"],
      ),
    ],
    answer:
      "1. **The chorus:** a group who sang and danced in the orchestra, commenting on the action and voicing the community's view.\n2. **Masks and few actors:** all performers were masked men; a small number of actors (at most three with speaking parts in a scene) played every role by changing masks.\n3. **Offstage violence:** deaths and violent acts happened out of sight and were reported by a messenger, often followed by the revealing of the bodies. (Also accepted: performance at religious festivals such as the City Dionysia; verse; large open-air theatres with a skene; the crane used for gods, the deus ex machina.)",
  }),
  written({
    key: "2-17",
    topic: "2",
    difficulty: 2,
    marks: 2,
    term: "Outline",
    stem: "Outline how a student should acknowledge **sources** in the research presentation.",
    points: [
      pt("p1", 1, "Cite sources during the presentation at the point of use (spoken or on screen), including images and video clips", [
        "cite",
        "point of use",
        "image",
      ]),
      pt("p2", 1, "Submit a list of all sources cited and any additional resources used during the presentation", ["list", "sources", "resources"]),
    ],
    answer:
      "The student cites each source as it is used in the presentation (saying it aloud or showing it on screen, including images and video clips), and submits with the video a list of all the sources cited and any additional resources used during the presentation.",
  }),
  written({
    key: "2-18",
    topic: "2",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: "Describe **two** performance conventions of Japanese **Kabuki** and the purpose of each.",
    points: [
      pt(
        "p1",
        1,
        "Convention 1 described, e.g. the mie: a held, frozen pose with crossed eyes/exaggerated expression at a climactic moment, often marked by wooden clappers",
        ["mie", "pose", "frozen"],
      ),
      pt("p2", 1, "Purpose of convention 1, e.g. highlights an emotional climax, like a close-up, and invites audience applause/calls", [
        "climax",
        "close-up",
        "emphasis",
        "applause",
      ]),
      pt(
        "p3",
        1,
        "Convention 2 described, e.g. onnagata (male actors playing women with stylised movement and voice) / hanamichi entrances and exits / kumadori make-up",
        ["onnagata", "hanamichi", "kumadori"],
      ),
      pt(
        "p4",
        1,
        "Purpose of convention 2, e.g. onnagata present an idealised femininity; hanamichi brings key entrances into the audience; kumadori colours signal character type (red for virtue/heroism, blue for villainy)",
        ["idealis", "audience", "character type", "signal"],
      ),
    ],
    answer:
      "**The mie.** At a climactic moment the actor freezes in a powerful pose, often with a roll of the head and crossed eyes, while wooden clappers strike. Its purpose is emphasis: like a film close-up, it fixes the emotional peak in the audience's memory, and audiences traditionally respond by calling out the actor's stage name.\n\n**The hanamichi.** A raised walkway runs from the back of the auditorium through the audience to the stage. Important entrances and exits, and sometimes mie, are performed on it, bringing the character right among the spectators and giving key moments a processional grandeur. (Also credit onnagata, male actors who create a stylised, idealised femininity, or kumadori make-up, whose colours signal character type.)",
  }),
  written({
    key: "2-14",
    levels: HL,
    topic: "2",
    difficulty: 4,
    marks: 4,
    term: "Compare",
    stem: "Compare the use of **masks** in Japanese **Noh** and Italian **commedia dell'arte**.",
    points: [
      pt(
        "p1",
        1,
        "Noh: carved wooden masks worn by the principal role (shite) for characters such as women, old men, ghosts and demons; the unmasked waki contrasts",
        ["wooden", "shite", "ghost", "waki"],
      ),
      pt(
        "p2",
        1,
        "Noh: subtle expression: tilting the mask up or down changes the expression it seems to show (brightening/clouding); slow, restrained, refined",
        ["tilt", "subtle", "expression"],
      ),
      pt(
        "p3",
        1,
        "Commedia: leather half-masks for the stock characters (servants, old men, captain), leaving the mouth free for speech/improvisation; the lovers are unmasked",
        ["leather", "half-mask", "mouth", "lovers"],
      ),
      pt(
        "p4",
        1,
        "Commedia: exaggerated, comic physicality makes the type instantly readable, whereas Noh aims at restraint and spiritual atmosphere (a comparison drawn)",
        ["exaggerat", "comic", "whereas", "restrain"],
      ),
    ],
    answer:
      "In **Noh**, the principal character (shite) often wears a carved, painted wooden mask, representing, for example, a young woman, an old man, a ghost or a demon; the secondary character (waki) is unmasked. Noh masks are designed for subtlety: tilting the mask slightly upward seems to brighten the expression and tilting it down to cloud it, and the slow, restrained movement creates a contemplative, often spiritual atmosphere.\n\nIn **commedia dell'arte**, the stock characters (servants, Pantalone, the Dottore, the Capitano) wear leather half-masks that leave the mouth free for fast, improvised speech, while the young lovers are unmasked. The masks are exaggerated (long noses, wrinkled brows) and demand large, energetic physicality so that the type is instantly readable to a crowd.\n\nBoth use the mask to fix a character type and demand great physical skill, but Noh uses it for restraint and inner intensity, whereas commedia uses it for comic exaggeration and speed.",
  }),
  mcq({
    key: "2-15",
    levels: HL,
    topic: "2",
    difficulty: 3,
    stem: "In Aristotle's *Poetics*, the moment when a tragic character passes from ignorance to knowledge (for example, discovering who someone really is) is called:",
    options: ["peripeteia", "anagnorisis", "catharsis", "hamartia"],
    correct: "B",
    why: "Anagnorisis is recognition, the change from ignorance to knowledge; peripeteia is a reversal of fortune, catharsis the purging of pity and fear in the audience, hamartia the hero's error of judgement.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// 3 Collaboratively creating original theatre (collaborative project)
// ─────────────────────────────────────────────────────────────────────────────
const collaborative: QuestionInput[] = [
  mcq({
    key: "3-01",
    topic: "3",
    difficulty: 2,
    stem: "How is the **collaborative project** assessed?",
    options: ["Internally; 30% at SL and 20% at HL", "Externally; 40% at SL and 25% at HL", "Externally; HL only, 35%", "It is not assessed"],
    correct: "B",
    why: "The collaborative project is externally assessed and is the largest component at SL (40%); at HL it is worth 25%.",
  }),
  mcq({
    key: "3-02",
    topic: "3",
    difficulty: 2,
    stem: "Which of the following is a formal requirement of the collaborative project?",
    options: [
      "An original piece of theatre created collaboratively from a starting point of the ensemble's choice and presented to an audience, lasting 7-10 minutes at most",
      "A published play performed unedited",
      "A solo performance based on a theorist",
      "A 15-minute recorded presentation on a world theatre tradition",
    ],
    correct: "A",
    why: "The ensemble creates and performs an original piece (7-10 minutes maximum) from a starting point it chooses; each student also submits an individual project report (at most 10 pages, no more than 4,000 words of written text) and the video of the piece.",
  }),
  mcq({
    key: "3-03",
    topic: "3",
    difficulty: 1,
    stem: "In rehearsal, an actor stays in character and answers questions from the rest of the group about the character's past and feelings. This strategy is:",
    options: ["thought-tracking", "hot-seating", "cross-cutting", "marking the moment"],
    correct: "B",
    why: "Hot-seating puts a performer, in role, in the 'hot seat' to answer the group's questions, deepening understanding of the character and generating new material.",
  }),
  mcq({
    key: "3-04",
    topic: "3",
    difficulty: 3,
    stem: "The physical theatre company **Frantic Assembly** is known for devising exercises such as:",
    options: ["the magic if", "Forum theatre interventions", "the neutral mask and the seven levels of tension", "chair duets and 'Round/By/Through'"],
    correct: "D",
    why: "Frantic Assembly's published devising methods include chair duets and 'Round/By/Through'; the magic if is Stanislavski's, Forum theatre Boal's, and the neutral mask and the seven levels of tension Lecoq's.",
  }),
  mcq({
    key: "3-05",
    topic: "3",
    difficulty: 3,
    stem: "Jacques Lecoq used the **neutral mask** in training mainly to:",
    options: [
      "hide the performer's face so that the audience concentrates on the words being spoken",
      "give the performer a ready-made comic character whose fixed features can be exaggerated",
      "strip away personal habits so that movement becomes economical, present and open",
      "amplify and project the voice, as masks did for the chorus in ancient Greek theatre",
    ],
    correct: "C",
    why: "The neutral mask has no expression or story; wearing it, performers discover their own habitual tics and learn a calm, economical, fully present way of moving, a base for all later character and devising work.",
  }),
  mcq({
    key: "3-06",
    topic: "3",
    difficulty: 2,
    stem: "After performing their devised piece, an ensemble wants evidence of its **impact on the audience**. Which method gives the most useful evidence?",
    options: [
      "Asking the cast after the show which moments they felt worked best with the audience",
      "Counting the tickets sold and timing how long the applause lasted at the curtain call",
      "Collecting specific audience responses (questionnaires, a post-show discussion) about moments linked to the theatre-maker intentions",
      "Filming the performance and checking that it matched what had been rehearsed",
    ],
    correct: "C",
    why: "Audience impact is judged against the intentions, so the ensemble needs audience responses about specific moments, for example a short questionnaire or a structured post-show discussion.",
  }),
  written({
    key: "3-07",
    topic: "3",
    difficulty: 2,
    marks: 3,
    term: "Suggest",
    stem: `${START_RESERVOIR}\n\nSuggest **three** different directions an ensemble could take when devising from Starting point E.`,
    points: [
      pt(
        "p1",
        1,
        "A direction based on a human story, e.g. a family split by the vote (one member voted to leave), or the resident who cannot visit her grandmother's grave",
        ["family", "grave", "grandmother", "vote"],
      ),
      pt(
        "p2",
        1,
        "A direction based on a wider idea/theme, e.g. progress versus heritage, city versus country, democracy and the narrow majority (212 to 198)",
        ["progress", "heritage", "democracy", "city"],
      ),
      pt(
        "p3",
        1,
        "A direction using form or image, e.g. a non-linear piece moving between the village's past and the drowned future; physical theatre of rising water; verbatim-style testimonies",
        ["non-linear", "physical", "water", "testimon"],
      ),
    ],
    answer:
      "1. **A family story:** two siblings, one who voted to leave and one who voted to stay, clear out their late mother's house on the last day; the piece asks what we owe the dead.\n2. **An idea:** progress versus heritage. The village loses its church, school and bridge so that a city forty miles away can have water; scenes could cut between city dwellers turning on taps and villagers packing, without taking sides.\n3. **A form:** a non-linear, physical piece in which the stone bridge is the central image: scenes from its three hundred years of use (weddings, funerals, children playing) are played as the 'water' (blue fabric moved by the ensemble) rises around the performers.",
  }),
  written({
    key: "3-08",
    topic: "3",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: "Explain **two** challenges an ensemble may face when collaboratively creating original theatre, and how each could be managed.",
    points: [
      pt("p1", 1, "Challenge 1, e.g. disagreement about the direction of the piece / too many ideas", ["disagree", "ideas", "direction"]),
      pt(
        "p2",
        1,
        "Management 1, e.g. agreed theatre-maker intentions as the test for every idea; trying ideas practically rather than arguing; a rotating outside eye",
        ["intentions", "try", "practical", "outside eye"],
      ),
      pt("p3", 1, "Challenge 2, e.g. unequal contribution/commitment or time pressure / rehearsal schedule", ["unequal", "commitment", "time", "schedule"]),
      pt("p4", 1, "Management 2, e.g. clear roles and deadlines, rehearsal log/theatre journal, regular check-ins, a production schedule", [
        "roles",
        "deadline",
        "journal",
        "schedule",
      ]),
    ],
    answer:
      "**1. Disagreement over ideas.** Devising produces more ideas than a 7-10 minute piece can hold, and members may defend their own. *Managing it:* write the theatre-maker intentions together early and test every proposal against them; settle disputes by trying both versions on their feet and watching which works, with members taking turns as an 'outside eye'.\n\n**2. Unequal contribution and time pressure.** Some members may do more than others, and the piece may not be ready. *Managing it:* agree roles (who leads on lighting, on script, on movement) and a rehearsal schedule with deadlines for a first draft, a run-through and a technical rehearsal; keep a shared log of decisions and hold short check-ins at each rehearsal.",
  }),
  planning({
    key: "3-09",
    topic: "3",
    difficulty: 4,
    term: "Justify",
    stem: `${START_RESERVOIR}\n\nYour ensemble has chosen Starting point E for its collaborative project. In about 400 words, (a) write the ensemble's theatre-maker intentions, (b) outline the structure and style of a 7-10 minute piece and (c) justify **one** key moment, explaining how it serves the intentions and how you would find out whether it had the intended impact.`,
    criteria: [
      [
        "critA",
        2,
        "Intentions (2). 2: clear, shared theatre-maker intentions that state what the piece is about and its intended impact on a named audience, clearly rooted in the starting point. 1: intentions vague, or not linked to the starting point.",
        ["intention", "audience", "impact"],
      ],
      [
        "critB",
        3,
        "Structure and style (3). 3: a coherent structure (e.g. non-linear, episodic, framed) and a style (e.g. physical theatre, verbatim-inspired, naturalistic) explained and justified by the intentions, feasible in 7-10 minutes. 2: appropriate but partly justified. 1: described without justification.",
        ["structure", "style", "non-linear", "physical"],
      ],
      [
        "critC",
        3,
        "Key moment and evaluation (3). 3: one moment described precisely with performance and production elements, its link to the intentions justified, and a concrete way of gathering audience evidence. 2: the moment is clear but the link or the evaluation is thin. 1: general description.",
        ["moment", "evidence", "questionnaire", "feedback"],
      ],
    ],
    answer:
      "**Model answer (outline of a top-band response).**\n\n**(a) Intentions.** We want to make an audience of teenagers and their families feel the weight of a decision that a majority makes for everyone, and to ask what a place is worth when it cannot be bought back. We want them to leave arguing about whether the village was right, not knowing the answer.\n\n**(b) Structure and style.** A non-linear, physical-theatre piece in five short episodes, framed by the night of the vote. The episodes jump between the village's past (a wedding on the bridge, a school play, a funeral) and its last day. The count '212 to 198' is spoken as a chant that interrupts each episode, one number higher each time, so the vote tightens around the memories. The water is created by the ensemble with a long blue cloth and the sound of breath.\n\n**(c) Key moment.** In the final episode, one performer, as the resident quoted in the report, kneels at a grave marked only by a pair of shoes. The ensemble slowly draws the blue cloth over the stage floor from upstage; a single cold special narrows on her as the cloth reaches her knees, and she speaks her question ('Where do I go to visit her now?') directly to the audience, then stays kneeling as the cloth covers the shoes. This serves our intention because the vote becomes personal: the audience is asked the question and must answer it in their own heads.\n\n**Evidence.** After the performance we will give the audience a short card asking them to name the moment they remember most and whether they would have voted to stay or to leave, and we will hold a ten-minute discussion. If most people name the grave moment and are divided on the vote, the moment achieved our intention.",
  }),
  written({
    key: "3-11",
    topic: "3",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between a **starting point** and **theatre-maker intentions** in collaboratively created theatre.",
    points: [
      pt(
        "p1",
        1,
        "Starting point: the initial stimulus the ensemble chooses to begin creating from (e.g. an image, object, news story, poem, piece of music, question)",
        ["stimulus", "begin", "initial"],
      ),
      pt(
        "p2",
        1,
        "Theatre-maker intentions: what the ensemble aims to communicate/achieve with the piece and the intended impact on the audience, developed from exploring the starting point",
        ["aim", "impact", "audience", "communicate"],
      ),
    ],
    answer:
      "A **starting point** is the stimulus the ensemble chooses to begin from: an image, an object, a news report, a poem, a question. **Theatre-maker intentions** are what the ensemble decides the piece should communicate and the impact it should have on the audience; they grow out of exploring the starting point and guide every later choice.",
  }),
  written({
    key: "3-12",
    topic: "3",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${START_RESERVOIR}\n\nExplain how **physical theatre** techniques could be used to represent the flooding of the valley in a piece devised from Starting point E.`,
    points: [
      pt(
        "p1",
        1,
        "A specific physical technique, e.g. ensemble movement as waves/rising water; bodies forming the church, school or bridge and then dissolving; slow-motion; lifts",
        ["ensemble", "waves", "bodies", "slow motion", "lift"],
      ),
      pt(
        "p2",
        1,
        "How it would be performed, e.g. rhythm/breath in unison, levels gradually rising, a repeated motif that grows, with minimal props such as a fabric",
        ["rhythm", "unison", "levels", "motif", "fabric"],
      ),
      pt(
        "p3",
        1,
        "Effect on the audience: makes an event too large to stage realistically vivid and symbolic / emotional impact of watching the village (bodies) swallowed",
        ["symbol", "impact", "audience", "swallow"],
      ),
    ],
    answer:
      "The ensemble could first **become the village** with their bodies: four performers form the arch of the stone bridge, others the church door and the school bell. The 'water' is then created by the rest of the ensemble moving low across the floor in a slow, breathing wave, their unison breath amplifying the sound of rising water; with each repetition the wave rises a level (floor, knees, standing) and the buildings dissolve one by one into it, until the last performer of the bridge is lifted and carried off.\n\nThe effect is to stage something too large for realistic scenery in a way that is symbolic and emotional: the audience watches people literally turning into the water that replaces their home.",
  }),
  written({
    key: "3-10",
    levels: HL,
    topic: "3",
    difficulty: 4,
    marks: 4,
    term: "Discuss",
    stem: "Discuss whether a devising ensemble needs a **director**.",
    points: [
      pt("p1", 1, "For a director: an outside eye sees the whole stage picture, judges clarity and impact, and makes final decisions when the group is stuck", [
        "outside eye",
        "decision",
        "whole",
      ]),
      pt("p2", 1, "For a director: a single vision keeps the piece coherent in style and structure", ["vision", "coherent"]),
      pt(
        "p3",
        1,
        "Against: shared ownership/democratic process generates more ideas and commitment; many ensembles work without a director or share the role (rotating outside eye)",
        ["shared", "democratic", "ownership", "rotat"],
      ),
      pt("p4", 1, "Judgement: the directorial function is needed but need not belong to one person, depending on the company, time available and intentions", [
        "function",
        "judgement",
        "depend",
      ]),
    ],
    answer:
      "**For.** A director provides an outside eye: someone who can see the whole stage picture, judge whether moments are clear to an audience, and make a final decision when the group is stuck. A single vision can keep the style and structure coherent, which is hard when many voices are creating.\n\n**Against.** Much devised theatre values shared ownership: a democratic process can generate more ideas and more commitment, and the performers' own discoveries are the material. Many ensembles work without a fixed director, rotating the role of outside eye or deciding together.\n\n**Judgement.** Every devised piece needs the *function* of direction (someone watching from outside, shaping and deciding), but that function does not have to belong to one person. Whether a named director helps depends on the company, the time available and whether the intentions are better served by one vision or by collective authorship.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// 4 Theatre theorists and their theories (HL only: solo theatre piece)
// ─────────────────────────────────────────────────────────────────────────────
const theorists: QuestionInput[] = [
  mcq({
    key: "4-01",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "How is the HL **solo theatre piece** assessed?",
    options: ["Internally; 20%", "Externally; 35% of the HL grade", "Externally; 20% of the HL grade", "Internally; 25%"],
    correct: "B",
    why: "The solo theatre piece is an HL-only, externally assessed task and the largest HL component at 35%.",
  }),
  mcq({
    key: "4-02",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "What does each HL student submit for the solo theatre piece?",
    options: [
      "A production proposal of up to 12 pages",
      "A 15-minute recorded presentation",
      "A report (2,500 words maximum) with a list of sources, and a continuous, unedited video of the whole solo piece (4-7 minutes)",
      "A project report of up to 10 pages and a group video",
    ],
    correct: "C",
    why: "The student researches a theatre theorist not previously studied, identifies an aspect of the theory and creates a 4-7 minute solo piece applying it; they submit a report (at most 2,500 words, plus sources) and an unedited video of the whole piece.",
  }),
  mcq({
    key: "4-03",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "Which practitioner called for a **Theatre of Cruelty** that would assault the audience's senses, in the essays collected as *The Theatre and Its Double* (1938)?",
    options: ["Antonin Artaud", "Bertolt Brecht", "Konstantin Stanislavski", "Augusto Boal"],
    correct: "A",
    why: "Antonin Artaud's Theatre of Cruelty, set out in The Theatre and Its Double, sought to shock audiences out of habit through sound, light, movement and ritual rather than psychological dialogue; he was struck by Balinese dance-drama.",
  }),
  mcq({
    key: "4-04",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "Jerzy Grotowski's idea of a **Poor Theatre** proposes that:",
    options: [
      "theatre should be cheap so that everyone can afford a ticket",
      "theatre should compete with film by using projection, amplified sound and spectacular effects",
      "theatre should strip away everything inessential, leaving only the actor-spectator relationship",
      "theatre should leave the building and be performed in the street for audiences who never go to theatres",
    ],
    correct: "C",
    why: "In Towards a Poor Theatre (1968) Grotowski argued that theatre cannot beat film at spectacle, so it should remove everything inessential; what remains is the physically and spiritually disciplined actor in direct contact with the spectator.",
  }),
  mcq({
    key: "4-05",
    levels: HL,
    topic: "4",
    difficulty: 2,
    stem: "In Augusto Boal's **Forum theatre**, a short play shows an oppression. What happens when it is repeated?",
    options: [
      "The audience watches it again in silence and then votes on which character was to blame",
      "Spect-actors stop the action, take a character's place and try another way to resist",
      "The actors replay it with a happier ending so that the audience leaves with hope",
      "The Joker explains the correct solution and the actors then perform it for the audience",
    ],
    correct: "B",
    why: "In Forum theatre, guided by a facilitator (the Joker), spect-actors stop the replayed scene, take a protagonist's place and rehearse alternatives, making theatre a rehearsal for change.",
  }),
  mcq({
    key: "4-06",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "Vsevolod Meyerhold's system of actor training, based on precise, athletic and rhythmical physical actions, is called:",
    options: ["the method of physical actions", "biomechanics", "via negativa", "viewpoints"],
    correct: "B",
    why: "Meyerhold's biomechanics trained actors in precise, efficient, rhythmical physical études; the method of physical actions is Stanislavski's, via negativa Grotowski's, and Viewpoints is associated with Mary Overlie and Anne Bogart.",
  }),
  mcq({
    key: "4-07",
    levels: HL,
    topic: "4",
    difficulty: 4,
    stem: "In his later work Stanislavski increasingly emphasised reaching emotion through a logical score of simple, truthful actions in rehearsal, rather than recalling emotions directly. This approach is known as:",
    options: ["emotion (affective) memory exercises", "the method of physical actions", "gestus", "the super-objective"],
    correct: "B",
    why: "The method of physical actions, developed late in his career, builds a logical sequence of truthful physical actions that stimulate feeling indirectly; emotion memory (recalling one's own past feelings) belongs to his earlier work.",
  }),
  mcq({
    key: "4-08",
    levels: HL,
    topic: "4",
    difficulty: 4,
    stem: "In Brecht's theory, **gestus** is best described as:",
    options: [
      "a physical expression (gesture, attitude or whole action) that makes the social relations and attitudes behind a moment visible",
      "a song that interrupts the scene so that the actors can comment directly on the action",
      "an actor's use of a personal emotional memory to make a moment feel truthful",
      "a placard or projected caption announcing what the next scene will show",
    ],
    correct: "A",
    why: "Gestus combines gesture and attitude: a clear physical sign of a character's social position or relationship (how a landlord counts the rent, how a soldier bites a coin) that the audience can read and judge.",
  }),
  mcq({
    key: "4-09",
    levels: HL,
    topic: "4",
    difficulty: 3,
    stem: "For the solo theatre piece, a **theatre theorist** is best described as a practitioner who:",
    options: [
      "has written at least one play",
      "has shaped theatre through published work and ideas, with secondary sources by others discussing their influence on theatre practice",
      "is currently performing professionally",
      "has directed a production the student has seen",
    ],
    correct: "B",
    why: "A theatre theorist has contributed to theatre through published ideas (primary sources), and others have written about their contribution (secondary sources), showing an influence beyond their own practice.",
  }),
  mcq({
    key: "4-10",
    levels: HL,
    topic: "4",
    difficulty: 4,
    stem: 'Which practitioner is associated with the school in Paris (founded 1956) whose training includes the neutral mask, larval masks, clown and bouffon, and the idea that "everything moves" (tout bouge)?',
    options: ["Jerzy Grotowski", "Jacques Lecoq", "Peter Brook", "Antonin Artaud"],
    correct: "B",
    why: "Jacques Lecoq founded his international school in Paris in 1956; its movement-based training runs from the neutral mask through larval and character masks to clown and bouffon.",
  }),
  written({
    key: "4-11",
    levels: HL,
    topic: "4",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between **primary** and **secondary** sources when researching a theatre theorist.",
    points: [
      pt("p1", 1, "Primary: the theorist's own writings, manifestos, lectures, interviews, recordings or productions", [
        "own",
        "writings",
        "manifesto",
        "primary",
      ]),
      pt("p2", 1, "Secondary: other people's analyses, biographies, critical studies or accounts of the theorist's work and influence", [
        "others",
        "analys",
        "biograph",
        "secondary",
      ]),
    ],
    answer:
      "A **primary** source comes from the theorist: their own books, essays, manifestos, lectures, interviews, or recordings of their productions. A **secondary** source is written by someone else about the theorist: a biography, a critical study, a practitioner's account of working with them, or an analysis of their influence.",
  }),
  written({
    key: "4-12",
    levels: HL,
    topic: "4",
    difficulty: 4,
    marks: 4,
    term: "Compare",
    stem: "Compare the intended effect on the audience of **Artaud's** Theatre of Cruelty and **Brecht's** epic theatre.",
    points: [
      pt("p1", 1, "Artaud: to overwhelm the senses/shock the spectator at a physical, visceral, unconscious level (sound, light, scream, ritual)", [
        "senses",
        "shock",
        "visceral",
        "ritual",
      ]),
      pt("p2", 1, "Artaud: the audience surrounded/immersed, with the aim of a transformative, almost spiritual experience (theatre as plague/purging)", [
        "immers",
        "surround",
        "transform",
        "plague",
      ]),
      pt("p3", 1, "Brecht: to keep the audience at a critical distance so they think and judge rather than being carried away (Verfremdungseffekt)", [
        "critical",
        "distance",
        "think",
        "Verfremdung",
      ]),
      pt(
        "p4",
        1,
        "Brecht: aims at social/political change outside the theatre; both reject passive, comfortable bourgeois spectating (comparison drawn: feeling vs reason)",
        ["social", "political", "both", "passive", "whereas"],
      ),
    ],
    answer:
      "**Artaud** wanted theatre to act on the audience's body and nerves before their reason. His Theatre of Cruelty would surround spectators (he imagined them seated in the middle with the action around them) and assault their senses with screams, rhythmic sound, intense light and ritual movement, shaking them out of habit and producing a transformative, almost spiritual purging, like a plague.\n\n**Brecht**, whereas, wanted to wake the audience's reason. Epic theatre keeps spectators at a critical distance through the Verfremdungseffekt (captions, songs, direct address, visible lighting) so that they watch like informed spectators at a sporting contest, judging the characters' choices and the social conditions behind them, and take that judgement out into the world to change it.\n\n**Both** reject passive, comfortable spectating in illusionist theatre, but Artaud works through the senses and the unconscious, Brecht through critical thought.",
  }),
  written({
    key: "4-13",
    levels: HL,
    topic: "4",
    difficulty: 4,
    marks: 4,
    term: "Suggest",
    stem: `${SCENE_INVENTORY}\n\nSuggest how a student could apply **one aspect of Artaud's theory** to develop Scene F into a solo theatre piece.`,
    points: [
      pt(
        "p1",
        1,
        "An aspect of Artaud's theory identified precisely, e.g. a 'language' of the stage beyond words / sensory assault / the breath and the scream / the spectator surrounded",
        ["language beyond words", "senses", "breath", "scream", "surround"],
      ),
      pt(
        "p2",
        1,
        "Applied to the performance: e.g. words reduced to the labels, with grief expressed through breath, rhythm and increasingly violent physical action with the boxes",
        ["breath", "rhythm", "physical", "boxes"],
      ),
      pt(
        "p3",
        1,
        "Applied to the staging: e.g. audience seated among the boxes/surrounding the performer; sudden light and sound (the label maker's click amplified, darkness)",
        ["audience", "among", "sound", "amplif", "darkness"],
      ),
      pt("p4", 1, "Intended effect explained: the audience should feel the grief physically / be shaken rather than understand it intellectually", [
        "feel",
        "visceral",
        "shaken",
        "effect",
      ]),
    ],
    answer:
      "**Aspect of theory:** Artaud's call for a physical language of the stage beyond words, acting directly on the spectator's senses.\n\n**Performance.** The spoken text is reduced to the labels themselves, repeated and distorted; the grief is carried by breath, rhythm and the body. The labelling starts as a neat, controlled action and grows into an obsessive, violent ritual: boxes are stacked, knocked down, relabelled, the label tape pulled out in long strips and wrapped around her own arms. The final word 'You' is not spoken but breathed, then becomes a cry.\n\n**Staging.** The audience sit on boxes scattered across the space, so the performer moves among them and they are part of her inventory. The click of the label maker is amplified through speakers around the room and becomes a rhythm that speeds up with her breathing; the lights cut to darkness and snap back to find her in a new place.\n\n**Effect.** The audience should *feel* the impossibility of packing away a person, in their bodies, before they can explain it: the aim is to shake them, not to tell them a story.",
  }),
  written({
    key: "4-14",
    levels: HL,
    topic: "4",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${SCENE_INVENTORY}\n\nExplain how **Grotowski's** idea of a Poor Theatre could shape the staging of Scene F.`,
    points: [
      pt("p1", 1, "Stripping away inessentials: no recorded sound, no elaborate lighting, no make-up; the boxes might even be mimed or reduced to one box", [
        "strip",
        "no",
        "inessential",
        "one box",
      ]),
      pt(
        "p2",
        1,
        "The actor's trained body and voice create everything (transformation of objects, physical score), so the performance relies on total physical commitment",
        ["body", "voice", "transform", "physical score"],
      ),
      pt(
        "p3",
        1,
        "Close, direct actor-spectator relationship, e.g. a small audience very close or arranged around her, so the encounter is intimate / the actor's 'total act'",
        ["close", "intimate", "actor-spectator", "total act"],
      ),
    ],
    answer:
      "A Poor Theatre staging would **strip away everything inessential**: no sound design, no lighting changes beyond a plain general light, no costume beyond everyday clothes. Perhaps there is only one real box, and the others are created by the performer's body.\n\nThe **actor's body and voice** would then carry the piece: she transforms the single box (a kitchen, a winter coat, a person) through a precise physical score, and the label maker's click is made with her own voice.\n\nThe **actor-spectator relationship** would be close and direct: a small audience seated around her, near enough to see her breathing, so that the final moment on the last box is an intimate encounter, the performer's 'total act' offered to the spectator.",
  }),
  written({
    key: "4-15",
    levels: HL,
    topic: "4",
    difficulty: 5,
    marks: 5,
    term: "Evaluate",
    stem: `${SCENE_OVERTIME}\n\nEvaluate how effectively Augusto Boal's **Forum theatre** could be used with Scene D for an audience of factory workers.`,
    points: [
      pt(
        "p1",
        1,
        "How it would work: the scene is played as the anti-model (the oppression shown), then replayed; spect-actors stop it and replace a worker to try resisting",
        ["anti-model", "replay", "spect-actor", "replace"],
      ),
      pt(
        "p2",
        1,
        "Strength: the audience shares the oppression, so interventions rehearse real strategies (questioning the Manager, organising together); theatre as 'rehearsal for the revolution'",
        ["rehearsal", "strategies", "real", "organis"],
      ),
      pt(
        "p3",
        1,
        "Strength: the Joker/facilitator helps the group test whether each solution is realistic, so the audience becomes active rather than passive",
        ["Joker", "facilitat", "active"],
      ),
      pt(
        "p4",
        1,
        "Limitation: risk for participants (e.g. managers present, fear of consequences); some may not want to perform; solutions tried in theatre may be 'magic' and unrealistic",
        ["risk", "fear", "unrealistic", "magic"],
      ),
      pt(
        "p5",
        1,
        "Judgement reached on effectiveness, e.g. highly effective because the scene is short, clear and about a shared problem, provided the setting is safe",
        ["judgement", "effective", "safe"],
      ),
    ],
    answer:
      "**How it would work.** The actors play Scene D as the anti-model: an oppression shown clearly, ending with the workers silent. The Joker (facilitator) asks the audience whether this is how it has to be, and the scene is replayed; any spectator can call 'Stop!', replace one of the workers and try a different response, such as asking the Manager to write the extra hours down, refusing together, or calling a meeting.\n\n**Strengths.** Because the audience of factory workers shares the problem, their interventions rehearse real strategies, which is what Boal meant by theatre as a rehearsal for change. The short scene has a clear moment of oppression ('Unpaid. For the team.') that invites intervention, and the Joker helps the group test whether each solution would work or is 'magic'.\n\n**Limitations.** Workers may fear consequences if managers or colleagues are watching; some people will not want to perform; and a solution that works in the forum may not survive a real workplace.\n\n**Judgement.** Forum theatre would be highly effective with this scene and this audience, because the oppression is recognisable and the stakes are real for the spect-actors, provided the session is held in a safe setting where participants can try ideas without risk.",
  }),
  written({
    key: "4-16",
    levels: HL,
    topic: "4",
    difficulty: 4,
    marks: 3,
    term: "Explain",
    stem: "When researching a theatre theorist for the solo theatre piece, students are encouraged to understand the theorist's **overarching intentions** (theatrical, social, political or philosophical), not only their techniques. Explain why.",
    points: [
      pt(
        "p1",
        1,
        "Techniques only make sense in relation to what the theorist wanted theatre to do (e.g. Brecht's devices serve critical awareness/social change)",
        ["purpose", "serve", "intention"],
      ),
      pt("p2", 1, "Without the intention, techniques become surface imitation/gimmicks (e.g. placards without a critical purpose)", [
        "surface",
        "gimmick",
        "imitat",
      ]),
      pt(
        "p3",
        1,
        "Understanding the intention lets the student justify choices and apply the aspect of theory to new material so that the piece's impact on the audience matches the theory's aims",
        ["justify", "apply", "impact", "aims"],
      ),
    ],
    answer:
      "A theorist's techniques are means to an end: Brecht's captions and direct address exist to make audiences think critically about society; Grotowski's stripping away exists to reveal the actor-spectator encounter. If a student copies the techniques without the intention, the result is surface imitation (placards that comment on nothing, screams with no purpose). Understanding the overarching intention lets the student choose an aspect of theory that fits their own piece, justify every staging choice by what the theorist wanted theatre to achieve, and evaluate whether the piece had the kind of impact on the audience the theory aims for.",
  }),
  planning({
    key: "4-17",
    levels: HL,
    topic: "4",
    difficulty: 5,
    term: "Justify",
    stem: `${SCENE_INVENTORY}\n\nYou plan to use Scene F as the basis of a solo theatre piece. Choose **one** theatre theorist (for example Brecht, Artaud, Grotowski, Boal, Lecoq, Stanislavski or Meyerhold). In about 400 words, (a) summarise the theorist's overarching intentions and identify **one** aspect of their theory, (b) state your theatre-maker intentions for the piece, (c) explain how the aspect of theory shapes **two** staging choices and (d) say how you would evaluate whether it worked.`,
    criteria: [
      [
        "critA",
        2,
        "The theorist and the aspect of theory (2). 2: accurate account of the theorist's overarching intentions and a precisely identified aspect of theory, with its purpose. 1: general or partly inaccurate account.",
        ["theorist", "aspect", "intention"],
      ],
      [
        "critB",
        2,
        "Theatre-maker intentions (2). 2: clear intentions for this piece, with the intended audience impact, consistent with the aspect of theory. 1: intentions present but vague or unconnected to the theory.",
        ["intention", "audience", "impact"],
      ],
      [
        "critC",
        2,
        "Application (2). 2: two specific staging choices (performance and/or production) that clearly and convincingly apply the aspect of theory to Scene F. 1: choices general or only loosely linked to the theory.",
        ["staging", "apply", "choice"],
      ],
      [
        "critD",
        2,
        "Evaluation plan (2). 2: a concrete, appropriate way of judging the piece's impact against the intentions and the theory (e.g. audience feedback on specific moments, comparison of rehearsal versions). 1: evaluation mentioned without a method.",
        ["evaluat", "feedback", "evidence"],
      ],
    ],
    answer:
      "**Model answer (outline of a top-band response, using Brecht).**\n\n**(a) Theorist and aspect.** Brecht wanted theatre to show that human situations are made by society and can therefore be changed; he kept audiences at a critical distance so that they would judge rather than simply feel. The aspect I apply is the **Verfremdungseffekt**, especially **direct address and the visible construction of the performance**.\n\n**(b) Intentions.** I want the audience to see grief not only as a private feeling but as something people are expected to 'pack away' quickly: work, landlords and bureaucracy give the bereaved a deadline. I want spectators to leave questioning who sets that deadline.\n\n**(c) Two staging choices.** First, before the scene I step out of role and read from an invented tenancy letter ('the property must be vacated within fourteen days') directly to the audience, then put on the character's cardigan in full view: the audience sees that this situation has been built and could be otherwise. Second, each box label is projected as a caption (KITCHEN, BOOKS, WINTER) with a time stamp counting down the fourteen days; at the last box the caption reads 'YOU: no deadline given', and I turn to the audience and ask, in my own voice, 'How long should it take?' The emotional moment is interrupted so that it is judged rather than only felt.\n\n**(d) Evaluation.** I would perform two versions to small test audiences, one with and one without the captions and direct address, and ask the same two questions afterwards ('What was the piece about?' and 'Who or what was responsible for the woman's situation?'). If more spectators mention deadlines, landlords or society in the Brechtian version, the aspect of theory has achieved its purpose.",
  }),
];

const questions: QuestionInput[] = [...creator, ...designer, ...director, ...performer, ...playTexts, ...traditions, ...collaborative, ...theorists];

const file: SubjectQuestions = { subject: "theatre", questions };
export default file;
