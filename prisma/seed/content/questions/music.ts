import type { Level } from "@/lib/catalog/catalog-input";
import type { MarkingPointInput, QuestionInput, SubjectQuestions } from "@/lib/questions/question-input";
import { point as pt } from "@/prisma/seed/content/shared/markscheme-points";
import { levelBands } from "@/prisma/seed/content/shared/question-builders";
import { rotatingQuestionBuilders, type RotatingSpec } from "@/prisma/seed/content/shared/question-builders";

// Original practice questions for IB Music (SL and HL, first assessment 2022).
//
// Music has no written examination: every component is coursework (exploring music in context, experimenting
// with music, presenting music and, at HL, the contemporary music maker). The bank therefore practises what
// those components need: the musical elements and their terminology, reading notation described in words
// (intervals, keys, chords, cadences, metres), the four areas of inquiry, the personal/local/global contexts,
// the roles of researcher, creator and performer, analysis of short pieces, and how each component is assessed.
//
// Every piece or project a question analyses was invented for this bank and is described in words (no score,
// no lyrics) under ORIGINAL_LABEL. Real composers and works are named only for facts that are common knowledge.
// The paper code is always P1, the subject file's single entry standing for the coursework.
//
// Kinds of question: 1-mark MCQs; short WRITTEN answers (2-6 marks, one point per mark, "/" separates accepted
// alternatives, OWTTE = or words to that effect); a few extended responses marked by level bands, as the real
// criteria for programme notes and for the experimentation rationale and commentary are.
//
// The music-theory facts the MCQs test (intervals, key signatures, chord spellings, cadences, metres) are kept
// as data below so that checks/music-answers.test.ts can recompute each one independently from note names.

const HL: Level[] = ["HL"];

/** The label every piece or project written for this bank carries (checked in checks/music-answers.test.ts). */
export const ORIGINAL_LABEL = "*(Original description written for this exercise; the music, people and places in it are invented.)*";

type Difficulty = RotatingSpec["difficulty"];

const { written, mcq } = rotatingQuestionBuilders({ prefix: "music", paper: "P1" });

/** A description block for a stem: a title, the label, then the description as a Markdown quotation. */
const pieceBlock = (title: string, body: string) =>
  `**${title}**\n\n${ORIGINAL_LABEL}\n\n${body
    .trim()
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n")}`;

/** One mark per point: `[id text, keywords]` pairs become p1, p2, ... worth 1 mark each. */
const points = (...ps: [string, string[]][]): MarkingPointInput[] => ps.map(([text, keywords], i) => pt(`p${i + 1}`, 1, text, keywords));

// ─────────────────────────────────────────────────────────────────────────────
// Music-theory facts (recomputed from the note names in checks/music-answers.test.ts)
// Notes are letter names with ♯ or ♭; an interval is measured upwards from `lower` to the nearest `upper`.
// ─────────────────────────────────────────────────────────────────────────────

type Fact = { key: string; difficulty: Difficulty; wrong: [string, string, string]; why: string };

export type IntervalFact = Fact & { lower: string; upper: string; name: string; semitones: number };
export const INTERVAL_FACTS: IntervalFact[] = [
  {
    key: "role1-int-01",
    difficulty: 1,
    lower: "C",
    upper: "E",
    name: "major 3rd",
    semitones: 4,
    wrong: ["minor 3rd", "perfect 4th", "major 2nd"],
    why: "C-D-E spans three letter names, so it is a 3rd; its 4 semitones make it a **major** 3rd (a minor 3rd has 3).",
  },
  {
    key: "role1-int-02",
    difficulty: 2,
    lower: "D",
    upper: "A",
    name: "perfect 5th",
    semitones: 7,
    wrong: ["perfect 4th", "major 6th", "minor 6th"],
    why: "D-E-F-G-A spans five letter names, so it is a 5th; 7 semitones make it a **perfect** 5th.",
  },
  {
    key: "role1-int-03",
    difficulty: 3,
    lower: "F",
    upper: "B",
    name: "augmented 4th",
    semitones: 6,
    wrong: ["perfect 4th", "diminished 5th", "perfect 5th"],
    why: "F-G-A-B spans four letter names, so it is a 4th; it has 6 semitones, one more than a perfect 4th (5), so it is an **augmented** 4th (the tritone). A diminished 5th also has 6 semitones but would be spelt with five letter names (e.g. B up to F).",
  },
  {
    key: "role1-int-04",
    difficulty: 3,
    lower: "E",
    upper: "C",
    name: "minor 6th",
    semitones: 8,
    wrong: ["major 6th", "perfect 5th", "minor 7th"],
    why: "E-F-G-A-B-C spans six letter names, so it is a 6th; 8 semitones (one fewer than a major 6th's 9) make it a **minor** 6th.",
  },
  {
    key: "role1-int-05",
    difficulty: 2,
    lower: "B♭",
    upper: "E♭",
    name: "perfect 4th",
    semitones: 5,
    wrong: ["major 3rd", "perfect 5th", "augmented 4th"],
    why: "B-C-D-E spans four letter names, so it is a 4th; both notes are flattened, so the size is the same as B to E: 5 semitones, a **perfect** 4th.",
  },
  {
    key: "role1-int-06",
    difficulty: 3,
    lower: "G",
    upper: "F",
    name: "minor 7th",
    semitones: 10,
    wrong: ["major 7th", "major 6th", "perfect 8ve (octave)"],
    why: "G-A-B-C-D-E-F spans seven letter names, so it is a 7th; 10 semitones (one fewer than a major 7th's 11) make it a **minor** 7th, the 7th of a dominant-seventh chord on G.",
  },
];

/** The melody of question role1-06, interval by interval (a falling interval is measured up from its lower note). */
export type MelodyStep = { from: string; to: string; direction: "up" | "down"; name: string };
export const MELODY_STEPS: MelodyStep[] = [
  { from: "D", to: "A", direction: "up", name: "perfect 5th" },
  { from: "A", to: "F♯", direction: "down", name: "minor 3rd" },
  { from: "F♯", to: "G", direction: "up", name: "minor 2nd" },
  { from: "G", to: "D", direction: "down", name: "perfect 4th" },
];

export type KeySignatureFact = Fact & { tonality: string; accidentals: string[] };
export const KEY_SIGNATURE_FACTS: KeySignatureFact[] = [
  {
    key: "role3-key-01",
    difficulty: 1,
    tonality: "D major",
    accidentals: ["F♯", "C♯"],
    wrong: ["1 sharp (F♯)", "2 flats (B♭, E♭)", "3 sharps (F♯, C♯, G♯)"],
    why: "D major needs F♯ and C♯ (D E F♯ G A B C♯ D), so its key signature has 2 sharps.",
  },
  {
    key: "role3-key-02",
    difficulty: 2,
    tonality: "E♭ major",
    accidentals: ["B♭", "E♭", "A♭"],
    wrong: ["2 flats (B♭, E♭)", "4 flats (B♭, E♭, A♭, D♭)", "3 sharps (F♯, C♯, G♯)"],
    why: "E♭ major is E♭ F G A♭ B♭ C D E♭: three flats, written in the order B♭, E♭, A♭.",
  },
  {
    key: "role3-key-03",
    difficulty: 2,
    tonality: "E minor",
    accidentals: ["F♯"],
    wrong: ["no sharps or flats", "1 flat (B♭)", "4 sharps (F♯, C♯, G♯, D♯)"],
    why: "E minor is the relative minor of G major (a minor 3rd below G), so it shares G major's key signature: 1 sharp, F♯. (The D♯ leading note of the harmonic minor is written as an accidental, not in the key signature.)",
  },
  {
    key: "role3-key-05",
    difficulty: 3,
    tonality: "D minor",
    accidentals: ["B♭"],
    wrong: ["2 sharps (F♯, C♯)", "no sharps or flats", "2 flats (B♭, E♭)"],
    why: "D minor is the relative minor of F major, so it has F major's key signature: 1 flat, B♭. (Its raised leading note C♯ is an accidental.)",
  },
];

export type ChordQuality = "major" | "minor" | "diminished" | "augmented" | "dominant 7th" | "major 7th";
export type ChordFact = Fact & { name: string; root: string; quality: ChordQuality; notes: string[] };
export const CHORD_FACTS: ChordFact[] = [
  {
    key: "role2-chord-01",
    difficulty: 1,
    name: "G major",
    root: "G",
    quality: "major",
    notes: ["G", "B", "D"],
    wrong: ["G – B♭ – D", "G – C – E", "G – B – D♯"],
    why: "A major triad is a root, a major 3rd above it and a perfect 5th above it: G, B (4 semitones up), D (7 semitones up).",
  },
  {
    key: "role2-chord-02",
    difficulty: 2,
    name: "D minor",
    root: "D",
    quality: "minor",
    notes: ["D", "F", "A"],
    wrong: ["D – F♯ – A", "D – F – A♭", "D – G – A"],
    why: "A minor triad has a minor 3rd (3 semitones) and a perfect 5th (7 semitones) above the root: D, F, A. D – F♯ – A is D major.",
  },
  {
    key: "role2-chord-03",
    difficulty: 3,
    name: "B diminished",
    root: "B",
    quality: "diminished",
    notes: ["B", "D", "F"],
    wrong: ["B – D – F♯", "B – D♯ – F♯", "B – D – G"],
    why: "A diminished triad stacks two minor 3rds: B to D (3 semitones) and D to F (3 semitones), so the 5th B-F is diminished (6 semitones). It is chord vii° in C major.",
  },
  {
    key: "role2-chord-04",
    difficulty: 2,
    name: "E♭ major",
    root: "E♭",
    quality: "major",
    notes: ["E♭", "G", "B♭"],
    wrong: ["E♭ – G♭ – B♭", "E – G – B", "E♭ – G – B"],
    why: "From E♭, a major 3rd (4 semitones) is G and a perfect 5th (7 semitones) is B♭: E♭ – G – B♭. E♭ – G♭ – B♭ would be E♭ minor.",
  },
  {
    key: "role2-chord-05",
    difficulty: 3,
    name: "G dominant 7th (G7)",
    root: "G",
    quality: "dominant 7th",
    notes: ["G", "B", "D", "F"],
    wrong: ["G – B – D – F♯", "G – B♭ – D – F", "G – B – D – E"],
    why: "A dominant 7th is a major triad plus a minor 7th above the root: G – B – D plus F. With F♯ it would be a major 7th chord; it is chord V7 in C major.",
  },
];

export type CadenceName = "perfect" | "plagal" | "imperfect" | "interrupted";
export type CadenceFact = Omit<Fact, "wrong"> & { tonality: string; chords: [string, string]; cadence: CadenceName };
/** The four options every cadence MCQ offers, keyed by cadence name. */
export const CADENCE_OPTIONS: Record<CadenceName, string> = {
  perfect: "Perfect (authentic) cadence",
  plagal: "Plagal cadence",
  imperfect: "Imperfect (half) cadence",
  interrupted: "Interrupted (deceptive) cadence",
};
export const CADENCE_FACTS: CadenceFact[] = [
  {
    key: "role2-cad-01",
    difficulty: 2,
    tonality: "C major",
    chords: ["G major", "C major"],
    cadence: "perfect",
    why: "In C major, G major is chord V and C major is chord I: V–I is a perfect (authentic) cadence, the most final-sounding ending.",
  },
  {
    key: "role2-cad-02",
    difficulty: 2,
    tonality: "G major",
    chords: ["C major", "G major"],
    cadence: "plagal",
    why: "In G major, C major is chord IV and G major is chord I: IV–I is a plagal cadence (the 'Amen' cadence that closes many hymns).",
  },
  {
    key: "role2-cad-03",
    difficulty: 3,
    tonality: "F major",
    chords: ["G minor", "C major"],
    cadence: "imperfect",
    why: "In F major, G minor is chord ii and C major is chord V. A phrase ending on V is an imperfect (half) cadence: it sounds unfinished, like a comma.",
  },
  {
    key: "role2-cad-04",
    difficulty: 4,
    tonality: "D major",
    chords: ["A major", "B minor"],
    cadence: "interrupted",
    why: "In D major, A major is chord V and B minor is chord vi. V–vi is an interrupted (deceptive) cadence: the ear expects I, and the minor chord vi surprises it.",
  },
];

export type MetreName = "simple duple" | "simple triple" | "simple quadruple" | "compound duple" | "compound triple" | "compound quadruple";
export type MetreFact = Omit<Fact, "wrong"> & { signature: string; metre: MetreName; wrong: [MetreName, MetreName, MetreName] };
export const METRE_FACTS: MetreFact[] = [
  {
    key: "role3-metre-01",
    difficulty: 2,
    signature: "6/8",
    metre: "compound duple",
    wrong: ["simple triple", "simple duple", "compound triple"],
    why: "6/8 has six quavers grouped in two dotted-crotchet beats, each dividing into three: two beats, each divided in three, is compound duple.",
  },
  {
    key: "role3-metre-02",
    difficulty: 1,
    signature: "3/4",
    metre: "simple triple",
    wrong: ["compound triple", "simple duple", "compound duple"],
    why: "3/4 has three crotchet beats, each dividing into two quavers: simple triple (the metre of a waltz or minuet).",
  },
  {
    key: "role3-metre-03",
    difficulty: 3,
    signature: "9/8",
    metre: "compound triple",
    wrong: ["simple triple", "compound duple", "simple quadruple"],
    why: "9/8 has nine quavers grouped in three dotted-crotchet beats, each dividing into three: compound triple.",
  },
];

/** The primary triads of D major (question role2-08) and the 12-bar blues in C (question role2-10). */
export const PRIMARY_TRIADS = {
  tonality: "D major",
  chords: [
    { numeral: "I", notes: ["D", "F♯", "A"] },
    { numeral: "IV", notes: ["G", "B", "D"] },
    { numeral: "V", notes: ["A", "C♯", "E"] },
  ],
};
export const TWELVE_BAR_BLUES = {
  tonality: "C major",
  numerals: ["I", "I", "I", "I", "IV", "IV", "I", "I", "V", "IV", "I", "I"],
  roots: ["C", "C", "C", "C", "F", "F", "C", "C", "G", "F", "C", "C"],
};

const intervalMcq = (f: IntervalFact) =>
  mcq({
    key: f.key,
    topic: "ROLE.1",
    difficulty: f.difficulty,
    stem: `Reading a melody, a student finds the note **${f.lower}** followed by the nearest **${f.upper}** above it. Name the interval.`,
    options: [f.name, ...f.wrong],
    correct: "A",
    why: f.why,
  });

/** "2 sharps (F♯, C♯)", "1 flat (B♭)" or "no sharps or flats". */
export const signatureText = (accidentals: string[]) => {
  if (accidentals.length === 0) return "no sharps or flats";
  const kind = accidentals[0]?.endsWith("♯") ? "sharp" : "flat";
  return `${accidentals.length} ${kind}${accidentals.length > 1 ? "s" : ""} (${accidentals.join(", ")})`;
};
const keyMcq = (f: KeySignatureFact) =>
  mcq({
    key: f.key,
    topic: "ROLE.3",
    difficulty: f.difficulty,
    stem: `A performer sight-reading a piece in **${f.tonality}** checks the key signature first. Which key signature belongs to ${f.tonality}?`,
    options: [signatureText(f.accidentals), ...f.wrong],
    correct: "A",
    why: f.why,
  });

export const chordText = (notes: string[]) => notes.join(" – ");
const chordMcq = (f: ChordFact) =>
  mcq({
    key: f.key,
    topic: "ROLE.2",
    difficulty: f.difficulty,
    stem: `Which notes, from the bass upwards, spell ${/^[AEF]/.test(f.name) ? "an" : "a"} **${f.name}** chord in root position?`,
    options: [chordText(f.notes), ...f.wrong],
    correct: "A",
    why: f.why,
  });

const cadenceMcq = (f: CadenceFact) => {
  const order: CadenceName[] = ["perfect", "plagal", "imperfect", "interrupted"];
  const options = order.map((c) => CADENCE_OPTIONS[c]) as [string, string, string, string];
  const correct = String.fromCharCode(65 + order.indexOf(f.cadence)) as "A" | "B" | "C" | "D";
  return mcq({
    key: f.key,
    topic: "ROLE.2",
    difficulty: f.difficulty,
    stem: `A phrase of a student's composition in **${f.tonality}** ends with the chord of **${f.chords[0]}** followed by the chord of **${f.chords[1]}**. Which cadence is this?`,
    options,
    correct,
    why: f.why,
  });
};

const metreMcq = (f: MetreFact) =>
  mcq({
    key: f.key,
    topic: "ROLE.3",
    difficulty: f.difficulty,
    stem: `A piece has the time signature **${f.signature}**. How is its metre described?`,
    options: [f.metre, ...f.wrong],
    correct: "A",
    why: f.why,
  });

// ─────────────────────────────────────────────────────────────────────────────
// The pieces and projects (all invented for this bank and described in words)
// ─────────────────────────────────────────────────────────────────────────────

const PIECE_A = pieceBlock(
  "Piece A: 'Lantern Procession', for string quartet (48 bars)",
  `Bars 1-16 (section A): D major, 3/4, Andante. The first violin plays a mostly stepwise melody in four-bar phrases over sustained chords in the other three instruments. Bar 8 ends on chord V (an imperfect cadence); bar 16 ends V–I (a perfect cadence).
Bars 17-32 (section B): the music moves to B minor. The cello takes the melody and the viola imitates it two bars later; the two violins accompany with pizzicato chords. A crescendo from p reaches ff at bar 30.
Bars 33-48 (section A'): the opening melody returns in D major an octave higher, decorated with trills. The piece ends with a plagal cadence (IV–I), a diminuendo to pp and a final chord held under a pause (fermata).`,
);

const PIECE_B = pieceBlock(
  "Piece B: 'Open the Gates', a protest song by an invented singer-songwriter",
  `Written for a march against the closure of a town's public library (the words are not reproduced here).
Voice and acoustic guitar, 4/4, a steady walking tempo; handclaps join in the second verse and a crowd sings along from the second chorus.
Verse-chorus form: three verses, each followed by the same chorus.
The harmony uses only chords I, IV and V of G major, strummed on every beat.
In the chorus the leader sings a short line and the crowd answers with the same two-note phrase each time (call and response). The chorus melody stays within a 5th.
The final chorus is repeated a tone higher, in A major, with the crowd singing louder and the guitar strumming twice as fast.`,
);

const PIECE_C = pieceBlock(
  "Piece C: 'Rooftop Chase', a two-minute cue from an invented thriller film",
  `Low strings open with an ostinato of repeated semiquavers on the single pitch E, in 7/8 grouped 2+2+3.
The tempo accelerates from 120 to 160 beats per minute as the chase builds.
Short brass chords ('stabs') are timed exactly to the hero's jumps between roofs.
The hero's leitmotif, a rising 4th followed by a rising 3rd, is heard in the horns, broken into fragments.
When the villain appears, the orchestra plays dissonant clusters of adjacent notes, fortissimo.
As the hero slips, all the music stops for two seconds of silence; when he lands safely a solo celesta plays his leitmotif softly in a major key.
Throughout, the faint sound of a pop song from a car radio in the street below can be heard; the characters can hear it too.`,
);

const PIECE_D = pieceBlock(
  "Piece D: 'Night Bus', an electronic dance track produced in a digital audio workstation (DAW)",
  `124 BPM, 4/4, with a bass drum on every beat (four-on-the-floor).
A synth pad is side-chain compressed, triggered by the bass drum, so its volume dips on every beat and swells between them.
The producer recorded the doors and engine of a night bus and the rain on a street; these field recordings are cut up, pitched and used as percussion.
A spoken vocal sample is chopped into syllables and pitch-shifted into a melody.
Over a 16-bar build, a low-pass filter on the lead synth is gradually opened, a rising white-noise 'riser' and a snare roll speed up, and the bass is removed; at the drop the full bass and drums return together.
The arrangement is built from 8- and 16-bar blocks; reverb and stereo panning place sounds in a wide virtual space.`,
);

const PIECE_E = pieceBlock(
  "Piece E: 'Harbour Day March', played each year at the festival of an invented coastal town",
  `Played by the town's community band (cornets, trombones, tuba) and a group of drummers as the procession walks from the harbour to the square.
6/8 time, felt in two steps per bar; the bass drum marks each dotted-crotchet beat and the snare drums play a repeated rhythmic pattern.
The melody has never been written down: players learn it by ear from older members.
When the melody is played, several older cornet players decorate it in different ways at the same time, while younger players play it plainly.
The bandleader's whistle signals each repeat and the final chord; the number of repeats changes from year to year depending on the length of the route.`,
);

const PIECE_F = pieceBlock(
  "Piece F: 'Grey Morning', a short piano prelude (24 bars)",
  `E minor, 4/4, marked Lento and 'rubato'.
The left hand plays broken chords (arpeggios) throughout; the right hand has a slow melody with many appoggiaturas (leaning notes that resolve by step).
Bars 9-16 move to G major and the dynamics rise to mf; the composer asks for the soft pedal (una corda) in bars 17-24.
The last chord is E major instead of the expected E minor.`,
);

const PROJECT_G = pieceBlock(
  "Project G: a student's first proposal for the HL contemporary music maker project",
  `"My project is to make an album. I will write, perform, record, mix and film everything myself over the next two weeks, and release it on every streaming platform. It will be in lots of different styles because I like all music. Success will be if people like it."`,
);

const PROJECT_H = pieceBlock(
  "Project H: a revised proposal for the HL contemporary music maker project",
  `Aim: to compose, rehearse and record a 4-minute piece for the school choir and a local electronic producer, to be played at the opening of a community market in eight weeks.
My role: composer and music director. Collaborators: the choir (performers), a producer from the local music collective (sound design and recording), the market organisers (venue and audience).
Stages: research market soundscapes and the choir's range (weeks 1-2); sketch and test ideas with the choir (weeks 3-5); record and mix with the producer (weeks 6-7); live presentation at the market (week 8).
Success criteria: the piece fits the choir's range and rehearsal time; the recorded market sounds are integrated musically; audience and choir feedback is collected and evaluated.`,
);

// ─────────────────────────────────────────────────────────────────────────────
// Areas of inquiry
// ─────────────────────────────────────────────────────────────────────────────
const areas: QuestionInput[] = [
  // AOI 1: music for sociocultural and political expression
  mcq({
    key: "aoi1-01",
    topic: "AOI.1",
    difficulty: 1,
    stem: "Which group of genres belongs most clearly to the area of inquiry **music for sociocultural and political expression**?",
    options: [
      "Protest songs, national anthems and music for worship",
      "Film scores, ballet music and video-game music",
      "Electronic dance music, musique concrète and remixes",
      "String quartets, jazz standards and piano sonatas",
    ],
    correct: "A",
    why: "Protest songs, anthems and liturgical (worship) music exist to express, preserve or challenge social, cultural, religious and political ideas. Film and ballet belong to dramatic impact, movement and entertainment; EDM and musique concrète to music technology; chamber music and jazz to listening and performance.",
  }),
  mcq({
    key: "aoi1-02",
    topic: "AOI.1",
    difficulty: 2,
    stem: `${PIECE_B}\n\nThe final chorus of Piece B moves from G major to A major. How is this change best described?`,
    options: [
      "A modulation up a tone (a major 2nd)",
      "A modulation to the dominant key",
      "A modulation to the relative minor",
      "A change from simple to compound metre",
    ],
    correct: "A",
    why: "G to A is a major 2nd (2 semitones), a whole tone, so the chorus is repeated a tone higher. The dominant of G major would be D major and its relative minor E minor; the metre does not change.",
  }),
  written({
    key: "aoi1-03",
    topic: "AOI.1",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${PIECE_B}\n\nAnalyse how the musical features of Piece B help it to work as music for a protest march.`,
    points: points(
      [
        "Call and response: the crowd's repeated answer lets everyone join in / turns the audience into participants, a collective voice",
        ["call and response", "participat", "collective"],
      ],
      [
        "Narrow-range chorus (within a 5th) and repeated two-note answer are easy for untrained voices to learn and sing while walking",
        ["narrow range", "5th", "easy to sing"],
      ],
      [
        "Simple I–IV–V harmony on guitar and strophic verse-chorus repetition make the song quick to learn, memorable and easy to accompany anywhere",
        ["I–IV–V", "repetition", "memorable", "verse-chorus"],
      ],
      [
        "Steady 4/4 walking tempo and handclaps match marching feet / the final key change up a tone with louder singing and faster strumming builds energy and a sense of rising determination",
        ["4/4", "handclaps", "key change", "tone higher", "energy"],
      ],
    ),
    answer:
      "Piece B is built for participation. The **call and response** chorus gives the crowd a repeated two-note answer, so the protest becomes a collective voice rather than a solo performance. The chorus **melody stays within a 5th**, which untrained singers can manage while walking.\n\nThe **harmony uses only chords I, IV and V** of G major and the **verse-chorus form** repeats the chorus after every verse, so the song is learnt in one hearing and a single guitarist can accompany it anywhere.\n\nThe **steady 4/4 walking tempo** and **handclaps** fit the rhythm of marching feet. Finally, the **key change up a tone** to A major, with the crowd singing louder and the strumming doubling in speed, raises the energy at the end, a musical image of growing determination.",
  }),
  mcq({
    key: "aoi1-04",
    topic: "AOI.1",
    difficulty: 2,
    stem: "Sibelius's orchestral work *Finlandia* (1899) is often studied under music for sociocultural and political expression because:",
    options: [
      "it became a symbol of Finnish national identity at a time of Russian rule",
      "it was the first piece composed with electronic instruments",
      "it was written to accompany a silent film",
      "it deliberately avoids any associations outside the music",
    ],
    correct: "A",
    why: "*Finlandia* was written in 1899 amid growing Russian control of Finland and became a symbol of Finnish national feeling: its meaning comes from its political and cultural context, which is the focus of this area of inquiry.",
  }),
  mcq({
    key: "aoi1-05",
    topic: "AOI.1",
    difficulty: 2,
    stem: "Plainchant (Gregorian chant) sung in church by a choir in unison, without accompaniment, has which texture?",
    options: ["Homophonic", "Monophonic", "Polyphonic", "Heterophonic"],
    correct: "B",
    why: "A single melodic line with no accompaniment, however many people sing it in unison, is monophonic. Homophony is melody plus chords, polyphony is several independent lines, and heterophony is simultaneous variants of one melody.",
  }),
  written({
    key: "aoi1-06",
    levels: HL,
    topic: "AOI.1",
    difficulty: 5,
    marks: 6,
    term: "To what extent",
    stem: "To what extent can **instrumental** music, with no words, express a political or social message? Refer to at least one example.",
    points: points(
      [
        "Without words, music has no fixed semantic meaning: its message depends on context, title, programme notes or how listeners and institutions use it",
        ["context", "no fixed meaning", "title"],
      ],
      [
        "Associations can be attached to instrumental music through borrowed material (a folk tune, anthem or hymn quoted) or style (e.g. folk-based nationalism)",
        ["quotation", "folk", "association"],
      ],
      [
        "Example developed: e.g. Sibelius's Finlandia became a symbol of Finnish national identity under Russian rule / Shostakovich's symphonies read as responses to Soviet politics / an anthem played without words at a ceremony",
        ["Finlandia", "Shostakovich", "anthem"],
      ],
      [
        "Performance context and function can carry the message: music played at a rally, funeral or ceremony takes on the meaning of the occasion",
        ["occasion", "function", "performance context"],
      ],
      [
        "Counter-argument: meanings are unstable and contested; the same piece can be used by opposing groups, or heard purely aesthetically elsewhere",
        ["contested", "unstable", "opposing"],
      ],
      [
        "Reasoned judgement: instrumental music can carry political meaning to a large extent, but mostly through context and association rather than through sound alone",
        ["judgement", "conclusion", "extent"],
      ],
    ),
    answer:
      "**Limits.** Instrumental music has no words, so it cannot *state* a proposition. The same sounds mean different things in different places; a march can celebrate or mock authority depending on who hears it.\n\n**How it still carries meaning.** Meaning is attached through **context** (title, date, programme notes, the occasion of performance) and through **borrowed material or style**: quoting a hymn, anthem or folk tune brings its associations with it. Sibelius's *Finlandia* (1899) became a symbol of Finnish national identity under Russian rule, and its meaning was reinforced every time it was performed at national occasions. **Function** also matters: the same slow march played at a state funeral or a rally takes on the message of the event.\n\n**Counter-argument.** These meanings are unstable and contested: a piece can be adopted by opposing groups, or heard as pure sound by listeners who do not know its history.\n\n**Judgement.** Instrumental music can express a political message to a considerable extent, but mainly through the associations and contexts that performers, institutions and listeners give it, rather than through its sounds alone.",
  }),

  // AOI 2: music for listening and performance
  mcq({
    key: "aoi2-01",
    topic: "AOI.2",
    difficulty: 1,
    stem: "Beethoven's Symphony No. 5 is famous for its opening, which is built on:",
    options: [
      "a short four-note motif: three repeated short notes and a longer note a third lower",
      "a long, lyrical oboe melody over sustained string chords",
      "a slow chromatic introduction that builds gradually to the main theme",
      "a repeating bass line (ground bass) in the cellos and double basses",
    ],
    correct: "A",
    why: "The symphony opens with a four-note motif (three quick repeated notes falling to a longer note a third below) that Beethoven develops throughout the first movement: a classic example of motivic development.",
  }),
  mcq({
    key: "aoi2-02",
    topic: "AOI.2",
    difficulty: 2,
    stem: `${PIECE_A}\n\nWhich form does Piece A use?`,
    options: ["Ternary (ABA')", "Binary (AB)", "Rondo (ABACA)", "Theme and variations"],
    correct: "A",
    why: "Section A (D major) is followed by a contrasting section B (B minor) and the A material returns, varied, in A'. That is ternary form, ABA'.",
  }),
  mcq({
    key: "aoi2-03",
    topic: "AOI.2",
    difficulty: 3,
    stem: `${PIECE_A}\n\nSection B of Piece A moves from D major to B minor. What is the relationship between the two keys?`,
    options: [
      "B minor is the relative minor of D major",
      "B minor is the dominant of D major",
      "B minor is the subdominant of D major",
      "B minor is the tonic (parallel) minor of D major",
    ],
    correct: "A",
    why: "B minor shares D major's key signature (2 sharps) and its tonic lies a minor 3rd below D: it is the relative minor. The dominant of D is A major, the subdominant G major and the tonic minor D minor.",
  }),
  written({
    key: "aoi2-04",
    topic: "AOI.2",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: `${PIECE_A}\n\nDescribe how the **texture** changes across the three sections of Piece A.`,
    points: points(
      [
        "Section A: homophonic / melody-dominated homophony: first violin melody over sustained chords in the other instruments",
        ["homophonic", "melody and accompaniment", "chords"],
      ],
      ["Section B: contrapuntal / polyphonic: the viola imitates the cello melody two bars later (imitation)", ["imitation", "contrapuntal", "polyphonic"]],
      [
        "Section B: the violins' pizzicato chords add a detached, contrasting accompaniment layer (three layers: melody, imitation, pizzicato)",
        ["pizzicato", "layer"],
      ],
      [
        "Section A': returns to homophony, with the melody an octave higher and ornamented with trills (thinner/brighter top line)",
        ["octave higher", "trills", "returns"],
      ],
    ),
    answer:
      "**Section A** is **homophonic**: the first violin carries the melody while the other three instruments sustain chords beneath it.\n\n**Section B** becomes **contrapuntal**: the cello's melody is **imitated** by the viola two bars later, so two independent lines overlap, while the violins add a third, detached layer of **pizzicato** chords.\n\n**Section A'** returns to **homophony**, but the melody is now an **octave higher** and decorated with **trills**, giving a brighter, more ornate top line over the accompaniment.",
  }),
  written({
    key: "aoi2-05",
    topic: "AOI.2",
    difficulty: 3,
    marks: 3,
    term: "Outline",
    stem: "Outline the three main sections of a movement in **sonata form**.",
    points: points(
      [
        "Exposition: presents the first subject in the tonic key and a second subject in a contrasting key (usually the dominant, or the relative major in a minor key), linked by a transition; often repeated",
        ["exposition", "first subject", "second subject", "dominant"],
      ],
      ["Development: themes are fragmented, combined and passed through several keys, building tension", ["development", "fragment", "modulat"]],
      ["Recapitulation: both subjects return, now both in the tonic key, often followed by a coda", ["recapitulation", "tonic", "coda"]],
    ),
    answer:
      "1. **Exposition:** the first subject in the tonic key, a transition, and the second subject in a contrasting key (usually the dominant; the relative major if the movement is in a minor key). It is often repeated.\n2. **Development:** material from the exposition is fragmented, sequenced and taken through several keys, creating instability and tension.\n3. **Recapitulation:** the subjects return, this time both in the tonic key, resolving the tension; a coda may close the movement.",
  }),
  mcq({
    key: "aoi2-06",
    levels: HL,
    topic: "AOI.2",
    difficulty: 3,
    stem: "Miles Davis's album *Kind of Blue* (1959) is most closely associated with which approach to jazz?",
    options: [
      "Modal jazz, improvising on scales (modes) over slowly changing harmony",
      "Bebop, with fast tempos and rapid chord changes",
      "Free jazz, with no agreed pulse or harmony",
      "Big-band swing, with fully written-out arrangements",
    ],
    correct: "A",
    why: "*Kind of Blue* is the landmark of modal jazz: improvisers work from modes over few, slowly changing chords, in contrast to the dense chord changes of bebop.",
  }),
  written({
    key: "aoi2-07",
    levels: HL,
    topic: "AOI.2",
    difficulty: 4,
    marks: 4,
    term: "Compare",
    stem: "Compare the performer's freedom in a **jazz** performance of a standard with the performer's freedom in a performance of a **notated piano sonata** from the Classical period.",
    points: points(
      [
        "Similarity: both performers interpret: tempo, dynamics, articulation, phrasing and tone are shaped by the player in both",
        ["interpret", "phrasing", "both"],
      ],
      [
        "Jazz: the lead sheet gives only melody and chord symbols; the performer improvises solos, reharmonises and varies the melody, so much of the music is created in performance",
        ["improvis", "lead sheet", "chord symbols"],
      ],
      [
        "Classical sonata: pitches and rhythms are fixed in the score; freedom lies within the notation (rubato, voicing, pedalling, ornaments or a cadenza where expected)",
        ["score", "fixed", "within the notation"],
      ],
      [
        "Conclusion: jazz gives freedom over the notes themselves (performer as co-creator), the sonata mostly over how given notes are shaped; performance conventions limit both",
        ["co-creator", "conventions", "conclusion"],
      ],
    ),
    answer:
      "**Similarity.** In both, the performer *interprets*: tempo, dynamics, articulation, phrasing and tone colour are the player's decisions, and both are limited by the conventions of the style.\n\n**Jazz.** A standard is usually played from a lead sheet (melody and chord symbols). The performer varies the head, improvises solos over the changes and may reharmonise, so a large part of what is heard is composed in the moment.\n\n**Classical sonata.** The pitches and rhythms are fixed by the score; freedom lies *within* the notation: rubato, balance and voicing, pedalling, and occasionally ornaments or a cadenza where the style expects them.\n\n**Overall.** The jazz musician is a co-creator with freedom over the notes themselves; the sonata performer's freedom lies in how the given notes are shaped.",
  }),

  // AOI 3: music for dramatic impact, movement and entertainment
  mcq({
    key: "aoi3-01",
    topic: "AOI.3",
    difficulty: 1,
    stem: "In opera and film music, what is a **leitmotif**?",
    options: [
      "A recurring musical idea associated with a character, place, object or idea",
      "The loudest moment of a piece",
      "A song performed by a character on screen",
      "The final cadence of a scene",
    ],
    correct: "A",
    why: "A leitmotif is a short recurring idea linked to a character, object or idea, developed as the drama unfolds; Wagner used the technique throughout his operas and film composers adopted it.",
  }),
  mcq({
    key: "aoi3-02",
    topic: "AOI.3",
    difficulty: 2,
    stem: `${PIECE_C}\n\nThe pop song from the car radio in Piece C is an example of:`,
    options: ["Non-diegetic music", "A leitmotif", "Diegetic music", "Mickey-mousing"],
    correct: "C",
    why: "Diegetic music has a source inside the story world, so the characters can hear it (the car radio). The orchestral score is non-diegetic: only the audience hears it.",
  }),
  mcq({
    key: "aoi3-03",
    topic: "AOI.3",
    difficulty: 3,
    stem: `${PIECE_C}\n\nWhat is the main effect of writing the ostinato of Piece C in 7/8, grouped 2+2+3?`,
    options: [
      "An irregular, asymmetric pulse that keeps the listener off balance",
      "A steady compound duple lilt, like a jig",
      "A slow triple-time dance feel",
      "A swung rhythm typical of big-band jazz",
    ],
    correct: "A",
    why: "Seven quavers grouped 2+2+3 give uneven beats (short, short, long): an asymmetric metre that feels restless and unpredictable, suiting a chase.",
  }),
  written({
    key: "aoi3-04",
    topic: "AOI.3",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${PIECE_C}\n\nAnalyse how Piece C builds tension and then releases it.`,
    points: points(
      [
        "Ostinato of repeated semiquavers on one pitch (E) in low strings: relentless, driving, static harmony creates suspense",
        ["ostinato", "semiquavers", "repeated"],
      ],
      ["Accelerando from 120 to 160 bpm (with the 7/8 asymmetry) increases urgency as the chase builds", ["accelerat", "tempo", "160"]],
      ["Dissonant fortissimo clusters for the villain: harsh, unresolved harmony and extreme dynamics signal danger", ["dissonan", "cluster", "fortissimo"]],
      [
        "Release: sudden silence as the hero slips, then soft solo celesta playing the leitmotif in a major key: contrast of texture, dynamics, timbre and mode signals safety",
        ["silence", "celesta", "major", "release"],
      ],
    ),
    answer:
      "**Tension.** The cue starts with a low-string **ostinato** of repeated semiquavers on a single pitch: the unchanging harmony and constant motion create suspense. The **accelerando** from 120 to 160 bpm, over an asymmetric 7/8 pulse, makes the chase feel more urgent. When the villain appears, **dissonant clusters played fortissimo** add harshness and danger.\n\n**Release.** At the climax everything stops: **two seconds of silence** as the hero slips hold the audience in suspense. The tension is released by a complete change: a **solo celesta** (thin texture, soft dynamic, bell-like timbre) plays the hero's leitmotif in a **major key**, telling us he is safe.",
  }),
  written({
    key: "aoi3-05",
    topic: "AOI.3",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${PIECE_C}\n\nExplain how the brass stabs and the leitmotif in Piece C link the music to what happens on screen.`,
    points: points(
      [
        "Brass stabs are synchronised with hit points (the hero's jumps), so the music punctuates and emphasises the action",
        ["hit point", "synchron", "jumps"],
      ],
      [
        "The leitmotif identifies the hero; fragmenting it in the horns mirrors his danger / his interrupted, desperate progress",
        ["leitmotif", "fragment", "hero"],
      ],
      [
        "The leitmotif returning whole and in a major key on the celesta as he lands shows his safety / changes its character to match the new situation (thematic transformation)",
        ["transformation", "major", "celesta"],
      ],
    ),
    answer:
      "The **brass stabs** are placed on **hit points**, exactly on the hero's jumps, so sound and image coincide and each leap gains impact.\n\nThe **leitmotif** tells the audience whose story the music is telling. While he is in danger it is heard only in **fragments** in the horns, as if he cannot complete it; when he lands safely it returns complete, softly, on the celesta and in a **major key**: the same theme **transformed** to show his changed situation.",
  }),
  mcq({
    key: "aoi3-06",
    topic: "AOI.3",
    difficulty: 2,
    stem: "Stravinsky's *The Rite of Spring*, whose 1913 Paris premiere caused an uproar, was written as music for:",
    options: ["a ballet", "an opera", "a silent film", "a church service"],
    correct: "A",
    why: "*The Rite of Spring* is a ballet score, written for the Ballets Russes; its pounding irregular accents, ostinati and dissonance serve choreographed movement, the 'movement' strand of this area of inquiry.",
  }),
  written({
    key: "aoi3-07",
    levels: HL,
    topic: "AOI.3",
    difficulty: 4,
    marks: 4,
    term: "Compare and contrast",
    stem: "Compare and contrast the ways music serves **movement** in a ballet score and **drama** in a film score.",
    points: points(
      [
        "Similarity: both are functional/applied music, written to serve something beyond the music and often following a narrative or mood",
        ["functional", "narrative", "mood"],
      ],
      [
        "Similarity: both use recurring themes/leitmotifs, orchestral colour and tempo changes to characterise people and situations",
        ["leitmotif", "character", "orchestra"],
      ],
      [
        "Difference: ballet music must give dancers a clear, steady pulse, phrase lengths and metre they can count and choreograph to; the music often leads the movement",
        ["pulse", "dancers", "phrase"],
      ],
      [
        "Difference: film music is usually non-diegetic underscore cut to picture and timed to hit points, often beneath dialogue and sound effects, so it follows the edit",
        ["underscore", "hit point", "dialogue", "edit"],
      ],
    ),
    answer:
      "**Similarities.** Both are *functional* music: they serve a story, a mood or a spectacle rather than existing only to be listened to. Both characterise through recurring themes (leitmotifs), orchestral colour and changes of tempo and dynamics.\n\n**Differences.** A ballet score must give the dancers a **clear pulse, metre and phrase structure** they can count and choreograph; the music usually comes first and the movement is built on it. A film score is normally **non-diegetic underscore** written to the finished edit: it is timed to **hit points**, must leave space for **dialogue and sound effects**, and can stop, swell or change direction at any cut.",
  }),

  // AOI 4: music technology in the electronic and digital age
  mcq({
    key: "aoi4-01",
    topic: "AOI.4",
    difficulty: 1,
    stem: "In music production, what is **sampling**?",
    options: [
      "Reusing a recorded sound or excerpt of a recording as material in a new piece",
      "Playing only a short section of a piece in a concert",
      "Writing a score by hand before recording it",
      "Measuring the loudness of a track",
    ],
    correct: "A",
    why: "Sampling takes a recorded sound (a drum hit, a vocal phrase, a field recording, an excerpt of an existing record) and reuses it, often transformed, as material in a new work.",
  }),
  mcq({
    key: "aoi4-02",
    topic: "AOI.4",
    difficulty: 2,
    stem: `${PIECE_D}\n\nThe synth pad in Piece D dips in volume on every beat and swells between beats. Which technique causes this 'pumping'?`,
    options: [
      "Side-chain compression triggered by the bass drum",
      "A long reverb on the pad",
      "Panning the pad from left to right",
      "Quantising the pad to the beat grid",
    ],
    correct: "A",
    why: "In side-chain compression the compressor on the pad is triggered by another signal (the kick), so the pad is turned down each time the kick hits and recovers between hits: the 'pumping' typical of dance music.",
  }),
  mcq({
    key: "aoi4-03",
    topic: "AOI.4",
    difficulty: 2,
    stem: `${PIECE_D}\n\nDuring the build of Piece D, a low-pass filter on the lead synth is gradually opened. What does the listener hear?`,
    options: [
      "The sound becomes gradually brighter as more high frequencies are let through",
      "The synth gradually rises in pitch by an octave",
      "The synth becomes gradually slower",
      "An echo is added that repeats each note",
    ],
    correct: "A",
    why: "A low-pass filter lets low frequencies through and cuts high ones; opening it (raising the cut-off frequency) lets in more high frequencies, so the timbre goes from muffled to bright, a 'filter sweep' that builds anticipation. The pitch does not change.",
  }),
  written({
    key: "aoi4-04",
    topic: "AOI.4",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${PIECE_D}\n\nAnalyse how the producer of Piece D uses technology to build energy towards the drop and to create its impact.`,
    points: points(
      ["Low-pass filter gradually opened: timbre brightens over 16 bars, creating anticipation", ["filter", "brighten", "sweep"]],
      ["Riser (white noise) and accelerating snare roll increase rhythmic density and pitch/intensity towards the drop", ["riser", "snare roll", "density"]],
      ["Bass removed during the build creates a thinner texture / a gap, so its return is felt more strongly", ["bass removed", "texture", "contrast"]],
      [
        "At the drop the full bass and drums return together (with four-on-the-floor kick and side-chained pad pumping), a sudden full texture released on the downbeat at the start of a new 8/16-bar block",
        ["drop", "return", "four-on-the-floor", "downbeat"],
      ],
    ),
    answer:
      "The build lasts **16 bars**, a length dancers can feel coming. Over it, the **low-pass filter** on the lead is gradually opened, so the timbre moves from muffled to bright; a **white-noise riser** climbs and the **snare roll speeds up**, increasing rhythmic density and intensity.\n\nAt the same time the **bass is removed**, thinning the texture and creating a gap in the low frequencies.\n\nAt the **drop**, on the downbeat of the next block, the **full bass and four-on-the-floor drums return together**, with the side-chained pad pumping again: the sudden return to a full texture and full frequency range releases the tension the build created.",
  }),
  mcq({
    key: "aoi4-05",
    topic: "AOI.4",
    difficulty: 3,
    stem: "**Musique concrète**, developed by Pierre Schaeffer in Paris from 1948, is music made by:",
    options: [
      "recording real-world sounds and transforming them (e.g. on tape) into a composition",
      "programming synthesisers to generate pure electronic tones only",
      "writing for traditional orchestra using concrete, literal titles",
      "improvising on acoustic instruments over a drone",
    ],
    correct: "A",
    why: "Musique concrète starts from recorded sounds (trains, voices, objects) and transforms them by editing, looping, reversing and changing speed. Elektronische Musik in Cologne began instead from electronically generated tones.",
  }),
  mcq({
    key: "aoi4-06",
    topic: "AOI.4",
    difficulty: 2,
    stem: "What does a **MIDI** file of a performance contain?",
    options: [
      "Performance data such as which notes were played, when, and how hard (velocity), but no recorded sound",
      "A compressed audio recording of the performance",
      "A photograph of the printed score",
      "Only the lyrics and chord symbols",
    ],
    correct: "A",
    why: "MIDI (Musical Instrument Digital Interface) stores and sends instructions (note on/off, pitch number, velocity, controller data, timing), not audio; any instrument or sound can then play the data back.",
  }),
  written({
    key: "aoi4-07",
    levels: HL,
    topic: "AOI.4",
    difficulty: 4,
    marks: 4,
    term: "Discuss",
    stem: "Discuss how the digital audio workstation (DAW) has changed the roles of composer, performer and producer.",
    points: points(
      ["Roles merge: one person can compose, perform (or program), record, mix and release (the 'bedroom producer')", ["merge", "one person", "bedroom"]],
      [
        "Composition happens through recording and editing: loops, samples, MIDI and arrangement view replace or sit alongside notation; sound design becomes part of composing",
        ["loops", "MIDI", "sound design", "notation"],
      ],
      [
        "Performance changes: takes can be edited, quantised, comped and pitch-corrected; live performance may involve triggering clips and controllers",
        ["quantis", "edit", "controller", "pitch correct"],
      ],
      [
        "Evaluation: access is wider and cheaper (democratisation), but skills such as ensemble performance or notation may be less needed and the market is saturated; the producer becomes a creative author",
        ["democratis", "access", "however", "author"],
      ],
    ),
    answer:
      "**Merging roles.** A DAW on a laptop lets one person compose, perform or program every part, record, mix, master and release the result, so the old chain of composer → performer → engineer → producer can collapse into a single 'bedroom producer'.\n\n**Composer.** Composing often happens *through* the material: loops, samples, MIDI clips and the arrangement timeline, with sound design treated as part of composition rather than a later stage. Notation is optional.\n\n**Performer.** Takes can be edited, comped, quantised and pitch-corrected, so a recorded 'performance' may be assembled; live, performers may trigger clips and manipulate effects with controllers.\n\n**Evaluation.** Access is far wider and cheaper (democratisation), and the producer is now widely recognised as a creative author. But some traditional skills (ensemble playing, notation) may be bypassed, and the ease of release makes the market crowded.",
  }),
  mcq({
    key: "aoi4-08",
    levels: HL,
    topic: "AOI.4",
    difficulty: 4,
    stem: "Steve Reich's early tape piece *It's Gonna Rain* (1965) is known for which technique?",
    options: [
      "Phasing: two identical tape loops drift gradually out of synchronisation",
      "Auto-Tune used as an audible vocal effect",
      "Twelve-tone serial organisation of pitch",
      "Live improvisation by a jazz ensemble",
    ],
    correct: "A",
    why: "Reich played two loops of the same recorded speech on tape machines running at slightly different speeds, so they slowly moved out of phase, creating new rhythmic and melodic patterns: a founding work of phasing and minimalism.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Contexts
// ─────────────────────────────────────────────────────────────────────────────
const contexts: QuestionInput[] = [
  // Personal
  mcq({
    key: "ctx1-01",
    topic: "CTX.1",
    difficulty: 1,
    stem: "In the IB Music course, the **personal context** refers to:",
    options: [
      "music the student already knows well and feels connected to, from their own background and experience",
      "music from a culture the student has never encountered",
      "only music the student has composed",
      "music performed in the student's home town",
    ],
    correct: "A",
    why: "The personal context is the music that is already familiar and meaningful to the student; the course asks students to start from it and move beyond it to local and global contexts.",
  }),
  mcq({
    key: "ctx1-02",
    topic: "CTX.1",
    difficulty: 2,
    stem: "A pianist who has grown up playing Western classical music analyses a Chopin nocturne she has performed for years. For **her**, this music is best placed in which context?",
    options: ["Personal", "Local", "Global", "None: contexts apply only to non-Western music"],
    correct: "A",
    why: "Contexts describe the student's relationship to the music, not the music itself. Music the student knows intimately is personal for her, even though for another student the same nocturne could be global.",
  }),
  written({
    key: "ctx1-03",
    topic: "CTX.1",
    difficulty: 2,
    marks: 3,
    term: "Explain",
    stem: "Explain why the IB Music course asks students to move **beyond** their personal context, and how the personal context can still be useful.",
    points: points(
      [
        "Moving beyond: encountering unfamiliar (local and global) music broadens the student's musical horizons / challenges assumptions about what music is",
        ["broaden", "unfamiliar", "assumptions"],
      ],
      [
        "Moving beyond: new music supplies new conventions, techniques and stimuli for the student's own creating and performing (diverse musical material)",
        ["stimuli", "conventions", "diverse"],
      ],
      [
        "Still useful: the personal context is a starting point and a point of comparison; familiar music helps the student notice and explain what is different (and their own bias)",
        ["starting point", "comparison", "bias"],
      ],
    ),
    answer:
      "The course aims for **diverse musical material**. Music from local and global contexts broadens a student's horizons and challenges assumptions about what music is and how it works. It also gives new conventions, techniques and stimuli that the student can adapt as a creator and performer.\n\nThe personal context remains valuable as a **starting point and a point of comparison**: knowing one's own music well makes it easier to notice, describe and explain what is different in unfamiliar music, and to recognise one's own bias when judging it.",
  }),

  // Local
  mcq({
    key: "ctx2-01",
    topic: "CTX.2",
    difficulty: 1,
    stem: "In the IB Music course, the **local context** refers to:",
    options: [
      "music of the community and culture around the student, which the student may not yet know well",
      "only music the student has played since childhood",
      "music from a distant time or place that the student has never heard",
      "music for which the student holds the copyright",
    ],
    correct: "A",
    why: "The local context is music of the culture or community around the student (a town's band, a religious community's music, a local scene), which may be near but not personally familiar.",
  }),
  mcq({
    key: "ctx2-02",
    topic: "CTX.2",
    difficulty: 2,
    stem: `${PIECE_E}\n\nWhen the older cornet players decorate the melody in different ways at the same time as the younger players play it plainly, the texture is:`,
    options: ["Heterophonic", "Monophonic", "Homophonic", "Imitative polyphony"],
    correct: "A",
    why: "Heterophony is several simultaneous versions of the same melody, some decorated and some plain: common in music learnt by ear in ensembles.",
  }),
  written({
    key: "ctx2-03",
    topic: "CTX.2",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: `${PIECE_E}\n\nA student wants to research Piece E for the *exploring music in context* portfolio. Outline **four** steps the student could take to research it effectively and ethically.`,
    points: points(
      ["Attend the festival / rehearsals and observe the music in its context (primary source)", ["attend", "observe", "rehearsal"]],
      [
        "Interview band members and the bandleader (older and younger players) about the tune's history, meaning and how it is learnt",
        ["interview", "bandleader", "history"],
      ],
      [
        "Record the performance (with permission) and transcribe/annotate it to analyse melody, rhythm, metre and texture",
        ["record", "permission", "transcribe"],
      ],
      [
        "Acknowledge sources and the community: ask consent, credit performers, represent the tradition accurately and share the findings with them",
        ["consent", "credit", "acknowledge"],
      ],
    ),
    answer:
      "1. **Observe in context:** attend rehearsals and the festival procession, noting how the music works with the walking, the route and the bandleader's signals.\n2. **Interview:** talk to the bandleader and to older and younger players about the tune's origins, what it means to the town and how it is taught by ear.\n3. **Record and transcribe:** with permission, make a recording and transcribe or annotate key passages (the 6/8 drum pattern, the melody and its decorations) to analyse the musical elements.\n4. **Act ethically:** ask consent, credit the players as sources, represent the tradition accurately rather than as 'quaint', and offer to share the work with the band.",
  }),
  written({
    key: "ctx2-04",
    topic: "CTX.2",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${PIECE_E}\n\nExplain how **oral transmission** (learning by ear) shapes the music of Piece E.`,
    points: points(
      [
        "No fixed score: the tune exists in players' memories, so versions differ between players and years / the music is flexible",
        ["no score", "memory", "versions"],
      ],
      [
        "Ornamentation is personal and handed down: older players decorate freely, producing heterophony; younger players learn plain versions first",
        ["ornament", "heterophony", "older"],
      ],
      [
        "Form is flexible and functional: repeats are cued by the bandleader's whistle to fit the route, rather than fixed in advance",
        ["repeats", "whistle", "flexible"],
      ],
    ),
    answer:
      "Because the melody has **never been written down**, it lives in the players' memories: each player's version can differ slightly and the tune can change over the years.\n\nDecoration is learnt by listening to older players, who **ornament freely**; younger players start with the plain version, so playing together creates **heterophony**.\n\nThe **form is flexible**: instead of a notated number of repeats, the bandleader's whistle cues repeats to fit the length of the route, so the structure serves the occasion.",
  }),
  written({
    key: "ctx2-05",
    levels: HL,
    topic: "CTX.2",
    difficulty: 4,
    marks: 4,
    term: "Discuss",
    stem: `${PIECE_E}\n\nDiscuss the benefits and problems of transcribing Piece E into Western staff notation.`,
    points: points(
      [
        "Benefit: a transcription lets the student analyse features precisely (6/8 drum pattern, melodic shape) and refer to bar numbers in written work",
        ["analyse", "bar numbers", "precise"],
      ],
      [
        "Benefit: it preserves/documents a tradition that exists only orally and can help new players or the student's own adaptation",
        ["preserve", "document", "adaptation"],
      ],
      [
        "Problem: notation fixes one version of a flexible tune / cannot show the variability, personal ornaments and changing number of repeats",
        ["fix", "one version", "variab"],
      ],
      [
        "Problem: staff notation may misrepresent rhythmic feel or tuning and imposes an outsider's framework; ethical questions about ownership and consent",
        ["feel", "misrepresent", "ownership", "consent"],
      ],
    ),
    answer:
      "**Benefits.** A transcription makes analysis precise: the 6/8 drum pattern, the outline of the melody and its cadences can be shown and referred to by bar number. It also documents a tradition that exists only in memory and gives the student material to adapt for their own instrument.\n\n**Problems.** Notation freezes **one version** of a tune whose character lies in variation: each player's ornaments and the changing number of repeats disappear. Staff notation may also misrepresent the swing of the rhythm or slight differences of tuning, and it imposes an outsider's framework on a community practice, raising questions of **ownership and consent**.\n\nA good compromise is to transcribe with the band's permission, label it as one performance, and support it with recordings and players' own explanations.",
  }),

  // Global
  mcq({
    key: "ctx3-01",
    topic: "CTX.3",
    difficulty: 1,
    stem: "In the IB Music course, the **global context** refers to:",
    options: [
      "music that is previously unfamiliar to the student, from a wide range of places, times and cultures",
      "music that is popular all over the world",
      "music the student has known since childhood",
      "music composed by the student's teacher",
    ],
    correct: "A",
    why: "The global context means engaging with music that is new to the student: other places, cultures and historical periods. It is about unfamiliarity, not worldwide popularity.",
  }),
  mcq({
    key: "ctx3-02",
    topic: "CTX.3",
    difficulty: 2,
    stem: "The two main tuning systems of Javanese **gamelan** are called:",
    options: ["Slendro and pelog", "Raga and tala", "Clave and montuno", "Maqam and iqa'"],
    correct: "A",
    why: "Javanese gamelan uses slendro (five notes to the octave) and pelog (seven notes). Raga and tala belong to Indian classical music, clave and montuno to Cuban music, maqam and iqa' to Arabic music.",
  }),
  mcq({
    key: "ctx3-03",
    topic: "CTX.3",
    difficulty: 3,
    stem: "In Hindustani (North Indian) classical music, the widely used tala **tintal** is a rhythmic cycle of how many beats?",
    options: ["12", "10", "7", "16"],
    correct: "D",
    why: "Tintal has 16 beats in four sections of four; the cycle returns to the strong first beat (sam). Ektal has 12 beats, jhaptal 10 and rupak 7.",
  }),
  mcq({
    key: "ctx3-04",
    topic: "CTX.3",
    difficulty: 2,
    stem: "In Indian classical music, a **raga** is best described as:",
    options: [
      "a melodic framework: a set of notes with characteristic phrases, ornaments and associations of mood or time",
      "a repeating rhythmic cycle played on the tabla",
      "a plucked string instrument",
      "a fixed composition that must be played note for note",
    ],
    correct: "A",
    why: "A raga is a melodic framework (notes, typical phrases, emphasised notes, ornaments, mood and time associations) within which musicians improvise and compose; the rhythmic cycle is the tala.",
  }),
  written({
    key: "ctx3-05",
    topic: "CTX.3",
    difficulty: 3,
    marks: 4,
    term: "Describe",
    stem: "Describe **four** musical features commonly found in West African drum-ensemble music.",
    points: points(
      ["Polyrhythm: several rhythmic patterns in different groupings (e.g. twos against threes) played at once", ["polyrhythm", "cross-rhythm"]],
      ["A repeated timeline/bell pattern (e.g. on a bell) that orients all the other parts", ["timeline", "bell pattern"]],
      ["A master drummer who leads, improvises and signals changes to the ensemble", ["master drummer", "signal", "improvis"]],
      [
        "Interlocking ostinato parts / call and response between drums or voices; music learnt and passed on orally, often with dance",
        ["interlocking", "call and response", "oral", "dance"],
      ],
    ),
    answer:
      "1. **Polyrhythm:** different rhythmic patterns, often in conflicting groupings such as two against three, sound together.\n2. **Timeline (bell pattern):** a repeated, often asymmetric pattern on a bell orients the whole ensemble.\n3. **Master drummer:** the leader improvises variations and signals changes of section or tempo with drummed calls.\n4. **Interlocking parts and call and response:** supporting drums repeat short ostinati that fit together, and drums or voices answer each other; the music is learnt by ear and is usually tied to dance and social occasions.",
  }),
  written({
    key: "ctx3-06",
    levels: HL,
    topic: "CTX.3",
    difficulty: 5,
    marks: 5,
    term: "To what extent",
    stem: "A student wants to use a rhythm and an instrument from a musical tradition of a culture other than their own in a composition for *presenting music*. To what extent is this appropriate?",
    points: points(
      [
        "Borrowing and exchange between cultures is a normal and creative part of music history; the course encourages engagement with global contexts",
        ["exchange", "creative", "global"],
      ],
      [
        "Risk of appropriation: using sacred, ritual or identity-linked material out of context, stereotyping, or taking credit / profit without acknowledgement",
        ["appropriation", "sacred", "stereotyp", "acknowledg"],
      ],
      [
        "What makes it appropriate: research into the material's meaning and function, accurate understanding of its conventions, consulting/crediting tradition bearers",
        ["research", "meaning", "consult", "credit"],
      ],
      [
        "The student should transform and integrate the material purposefully (not as decoration/exotic colour) and explain the choice in the programme notes",
        ["transform", "integrate", "programme notes"],
      ],
      [
        "Reasoned judgement: appropriate to the extent it is informed, respectful and acknowledged; inappropriate if superficial or using restricted material",
        ["judgement", "extent", "conclusion"],
      ],
    ),
    answer:
      "**For.** Music has always travelled: borrowing and exchange between traditions are a normal, creative part of music history, and the course explicitly asks students to engage with unfamiliar global music as creators.\n\n**Against.** Borrowing becomes **appropriation** when material that is sacred, ritual or tied to a community's identity is taken out of context, when it is used as 'exotic' decoration that reinforces stereotypes, or when the source is not acknowledged.\n\n**Conditions.** The student should research what the rhythm and instrument mean and how they are used, learn their conventions accurately, consult or credit people from the tradition where possible, and **integrate** the material purposefully (for example letting the rhythm shape the whole structure) rather than pasting it on. The programme notes are the place to explain and acknowledge this.\n\n**Judgement.** It is appropriate to the extent that the borrowing is informed, respectful and acknowledged; it is not appropriate if the material is restricted in its own culture or used superficially.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Musical roles (with the reading of notation each role relies on)
// ─────────────────────────────────────────────────────────────────────────────
const melodyNotes = [MELODY_STEPS[0]?.from ?? "", ...MELODY_STEPS.map((s) => s.to)];

const roles: QuestionInput[] = [
  // Researcher
  ...INTERVAL_FACTS.map(intervalMcq),
  written({
    key: "role1-06",
    topic: "ROLE.1",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `A student researching a folk melody transcribes its opening phrase as the notes **${melodyNotes.join(" – ")}** (the melody moves ${MELODY_STEPS.map((s) => s.direction).join(", ")}, and every interval is smaller than an octave).\n\nIdentify the **four** intervals in the phrase, in order.`,
    points: MELODY_STEPS.map((s, i) => pt(`p${i + 1}`, 1, `${s.from} ${s.direction === "up" ? "up" : "down"} to ${s.to}: ${s.name}`, [s.name])),
    answer: `${MELODY_STEPS.map((s, i) => `${i + 1}. ${s.from} ${s.direction === "up" ? "rising" : "falling"} to ${s.to}: **${s.name}**`).join("\n")}\n\nCounting letter names gives the number (D-E-F-G-A is a 5th); counting semitones gives the quality (D to A is 7 semitones: perfect). Measured upwards from the lower note, F♯ to A is 3 semitones (minor 3rd), F♯ to G is 1 semitone (minor 2nd) and D to G is 5 semitones (perfect 4th). The phrase starts and ends on D and uses F♯, suggesting D major.`,
  }),
  written({
    key: "role1-07",
    topic: "ROLE.1",
    difficulty: 2,
    marks: 3,
    term: "Distinguish",
    stem: "Distinguish between **primary** and **secondary** sources in musical research, giving a musical example of each, and state why a researcher should use both.",
    points: points(
      [
        "Primary source: first-hand material, e.g. a score, a recording, a live performance, an interview with a musician, the student's own transcription",
        ["primary", "score", "recording", "interview"],
      ],
      [
        "Secondary source: someone else's interpretation or account, e.g. a book, journal article, documentary or programme note about the music",
        ["secondary", "article", "book", "interpretation"],
      ],
      [
        "Both: primary sources give direct evidence for the student's own analysis; secondary sources give context and other perspectives to test it against (and must be cited)",
        ["evidence", "context", "perspective", "cite"],
      ],
    ),
    answer:
      "A **primary source** is first-hand evidence: the music itself or direct testimony, such as a score, a recording, a live performance, an interview with a performer, or the student's own transcription.\n\nA **secondary source** interprets or reports on the music: a book chapter, journal article, documentary or programme note.\n\nA researcher needs **both**: primary sources supply the evidence for the student's own analysis (bar numbers, timings), while secondary sources provide historical and cultural context and other views against which to test that analysis. Both must be referenced.",
  }),
  mcq({
    key: "role1-08",
    topic: "ROLE.1",
    difficulty: 2,
    stem: "Which list gives dynamic markings in order from **quietest to loudest**?",
    options: ["pp – p – mp – mf – f – ff", "p – pp – mf – mp – f – ff", "pp – mp – p – f – mf – ff", "ff – f – mf – mp – p – pp"],
    correct: "A",
    why: "pianissimo (pp), piano (p), mezzo-piano (mp), mezzo-forte (mf), forte (f), fortissimo (ff): 'mezzo' (moderately) sits between piano and forte. The last option is loudest to quietest.",
  }),

  // Creator
  ...CHORD_FACTS.map(chordMcq),
  ...CADENCE_FACTS.map(cadenceMcq),
  written({
    key: "role2-08",
    topic: "ROLE.2",
    difficulty: 3,
    marks: 3,
    term: "State",
    stem: `A student is writing a simple accompaniment in **${PRIMARY_TRIADS.tonality}** using only the primary triads. State the notes of chords ${PRIMARY_TRIADS.chords.map((c) => c.numeral).join(", ")} in root position.`,
    points: PRIMARY_TRIADS.chords.map((c, i) => pt(`p${i + 1}`, 1, `Chord ${c.numeral}: ${chordText(c.notes)}`, c.notes)),
    answer: `${PRIMARY_TRIADS.chords.map((c) => `- **${c.numeral}:** ${chordText(c.notes)}`).join("\n")}\n\nThe scale of D major is D E F♯ G A B C♯; each triad takes a scale degree with the notes a 3rd and a 5th above it. All three primary triads are major in a major key.`,
  }),
  written({
    key: "role2-09",
    topic: "ROLE.2",
    difficulty: 3,
    marks: 4,
    term: "Outline",
    stem: "A student has written a four-note motif for a composition. Outline **four** techniques the student could use to develop it.",
    points: points(
      ["Sequence: repeat the motif at a higher or lower pitch", ["sequence"]],
      ["Inversion (turn the intervals upside down) / retrograde (play it backwards)", ["inversion", "retrograde"]],
      ["Augmentation (lengthen the note values) / diminution (shorten them)", ["augmentation", "diminution"]],
      [
        "Fragmentation (use only part of it) / reharmonisation / change of timbre, register or metre / ornamentation",
        ["fragment", "reharmonis", "register", "ornament"],
      ],
    ),
    answer:
      "1. **Sequence:** repeat the motif starting on a higher or lower note.\n2. **Inversion:** rising intervals fall and falling ones rise (or **retrograde**: the notes in reverse order).\n3. **Augmentation/diminution:** double or halve the note lengths, making the motif broader or more urgent.\n4. **Fragmentation:** take only its first two or last two notes and build a new passage from them (others: reharmonise it, move it to a new instrument or register, change its metre or decorate it).",
  }),
  written({
    key: "role2-10",
    levels: HL,
    topic: "ROLE.2",
    difficulty: 4,
    marks: 4,
    term: "Describe",
    stem: `A student is creating a piece in blues style in **${TWELVE_BAR_BLUES.tonality.replace(" major", "")}**. Describe the standard 12-bar blues chord pattern in this key and **one** further convention the student should use to make it sound idiomatic.`,
    points: [
      pt("p1", 1, `Bars 1-4: chord I (${TWELVE_BAR_BLUES.roots[0]}) for four bars`, ["I", "four bars"]),
      pt("p2", 1, `Bars 5-8: IV (${TWELVE_BAR_BLUES.roots[4]}) for two bars, then I (${TWELVE_BAR_BLUES.roots[6]}) for two bars`, ["IV", "F"]),
      pt("p3", 1, `Bars 9-12: V (${TWELVE_BAR_BLUES.roots[8]}), IV (${TWELVE_BAR_BLUES.roots[9]}), I, I (the last bar may turn around to V)`, [
        "V",
        "G",
        "turnaround",
      ]),
      pt(
        "p4",
        1,
        "Convention: blue notes (flattened 3rd/5th/7th, e.g. E♭, G♭, B♭ in C) / dominant-7th chords on I, IV and V / swung quavers / call and response between voice and instrument / AAB lyric pattern",
        ["blue note", "7th", "swing", "call and response"],
      ),
    ],
    answer: `The 12 bars, one chord per bar:\n\n\`\`\`\n| ${TWELVE_BAR_BLUES.roots.slice(0, 4).join(" | ")} |\n| ${TWELVE_BAR_BLUES.roots.slice(4, 8).join(" | ")} |\n| ${TWELVE_BAR_BLUES.roots.slice(8, 12).join(" | ")} |\n\`\`\`\n\nThat is ${TWELVE_BAR_BLUES.numerals.join(" ")}: four bars of I, two of IV, two of I, then V, IV, I, I (the last bar often turns around to V to lead into the next chorus).\n\nA further convention: **blue notes** (flattened 3rd, 5th or 7th, e.g. E♭, G♭ and B♭ against C) in the melody; also idiomatic are dominant-7th chords on I, IV and V (C7, F7, G7), swung quavers and call and response between voice and instrument.`,
  }),

  // Performer
  ...KEY_SIGNATURE_FACTS.map(keyMcq),
  ...METRE_FACTS.map(metreMcq),
  mcq({
    key: "role3-06",
    topic: "ROLE.3",
    difficulty: 2,
    stem: "Which list gives tempo markings in order from **slowest to fastest**?",
    options: [
      "Largo – Andante – Allegro – Presto",
      "Andante – Largo – Presto – Allegro",
      "Allegro – Andante – Largo – Presto",
      "Presto – Allegro – Andante – Largo",
    ],
    correct: "A",
    why: "Largo (very slow, broad), Andante (at a walking pace), Allegro (fast, lively), Presto (very fast). The last option is fastest to slowest.",
  }),
  mcq({
    key: "role3-07",
    topic: "ROLE.3",
    difficulty: 2,
    stem: "How many crotchet (quarter-note) beats does a **dotted minim** (dotted half note) last?",
    options: ["3", "2", "4", "1½"],
    correct: "A",
    why: "A minim lasts 2 crotchet beats; a dot adds half the note's value again (1 beat), so a dotted minim lasts 3 beats: a whole bar of 3/4.",
  }),
  written({
    key: "role3-08",
    topic: "ROLE.3",
    difficulty: 3,
    marks: 4,
    term: "Explain",
    stem: `${PIECE_F}\n\nExplain **four** interpretive decisions a pianist would need to make when performing Piece F, with reference to the markings.`,
    points: points(
      [
        "Lento and rubato: choose a slow basic tempo and where to stretch or push it (e.g. lingering at phrase peaks and ends) while keeping the pulse clear",
        ["lento", "rubato", "stretch"],
      ],
      ["Appoggiaturas: lean on (stress) the dissonant note and let it resolve more softly by step", ["appoggiatura", "lean", "resolve"]],
      [
        "Balance: keep the left-hand broken chords quieter and legato beneath the right-hand melody (voicing, use of sustain pedal changed with the harmony)",
        ["balance", "voicing", "pedal", "legato"],
      ],
      [
        "Shape the structure: build to mf in the G major section, then una corda for the softer colour of the last section, and voice the final E major chord (tierce de Picardie) to make its brightness tell",
        ["una corda", "mf", "E major", "tierce de Picardie"],
      ],
    ),
    answer:
      "1. **Tempo and rubato.** 'Lento' sets a slow basic pulse; 'rubato' invites flexibility, so the pianist decides where to linger (at the top of a phrase, before a cadence) and where to move on, without losing the sense of pulse.\n2. **Appoggiaturas.** Each leaning note should be slightly stressed and its resolution played more softly, so the dissonance and release are heard.\n3. **Balance and pedalling.** The left-hand broken chords must stay quieter and smooth beneath the melody, with the sustain pedal changed with each harmony to avoid blurring.\n4. **Large-scale shape.** The rise to mf in the G major middle section needs planning, the **una corda** in bars 17-24 gives a veiled colour, and the unexpected **E major final chord** (a tierce de Picardie) should be voiced so its brighter major 3rd (G♯) is clearly heard.",
  }),
  written({
    key: "role3-09",
    levels: HL,
    topic: "ROLE.3",
    difficulty: 4,
    marks: 3,
    term: "Explain",
    stem: "A violinist preparing a Baroque sonata for *presenting music* decides to adopt a **historically informed** approach. Explain **three** performance decisions this might involve.",
    points: points(
      ["Ornamentation: adding idiomatic trills, mordents and decorations on repeats, as players of the time improvised", ["ornament", "trill", "repeat"]],
      [
        "Sparing vibrato used as an ornament rather than continuously; lighter, shorter bow strokes / articulation (possibly a Baroque bow, gut strings, lower pitch such as A = 415 Hz)",
        ["vibrato", "bow", "articulation", "gut"],
      ],
      [
        "Continuo accompaniment (harpsichord with cello/bass) realising the figured bass, and dance-based tempos and phrasing informed by treatises of the period",
        ["continuo", "figured bass", "harpsichord", "treatise"],
      ],
    ),
    answer:
      "1. **Ornamentation:** Baroque players were expected to decorate, so the violinist adds trills at cadences and varies repeated sections with ornaments in period style.\n2. **Tone and articulation:** vibrato is used sparingly as an expressive ornament rather than continuously, with lighter, more articulated bow strokes; some players also use a Baroque bow, gut strings and a lower pitch (such as A = 415 Hz).\n3. **Accompaniment and tempo:** the figured bass is realised by a continuo group (harpsichord with cello), and tempos and phrasing follow the dance types and treatises of the period.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Musical processes and how each component is assessed
// ─────────────────────────────────────────────────────────────────────────────

/** The criterion that marks the programme notes of presenting music (6 marks), descriptors paraphrased. */
const programmeNotesBands = levelBands(2, [
  "the notes list or outline the chosen works with little link to the areas of inquiry; choices are stated rather than justified; fewer than four areas of inquiry addressed",
  "the notes describe the works and link them to the areas of inquiry, but the justification of the choices is partial, vague or inconsistent",
  "the notes are coherent and informative, address all four areas of inquiry and purposefully justify each choice with musical reasoning, presenting the programme as a whole",
]);

/** Criterion A of experimenting with music: rationale and commentary for the creating experiments (6 marks), descriptors paraphrased. */
const rationaleBands = levelBands(2, [
  "the rationale and commentary mostly describe what was done; the choice of source material, context and area of inquiry is barely justified; findings are not linked to the practical work",
  "the rationale explains the choices with some justification; the commentary explains some decisions and refers to some of the excerpts, but the link between findings and practical work is inconsistent",
  "a clear, purposeful rationale justifies the source material, context and area of inquiry; a coherent commentary explains how findings informed each musical decision, with precise references to the three excerpts",
]);

const processes: QuestionInput[] = [
  // Exploring music in context
  mcq({
    key: "proc1-01",
    topic: "PROC.1",
    difficulty: 2,
    stem: "What is the maximum length of the written work in the *exploring music in context* portfolio?",
    options: ["2,400 words", "1,500 words", "600 words", "4,000 words"],
    correct: "A",
    why: "The exploring portfolio allows up to 2,400 words. 1,500 words is the experimentation report, 600 words the programme notes of presenting music, and 4,000 words the extended essay.",
  }),
  mcq({
    key: "proc1-02",
    topic: "PROC.1",
    difficulty: 2,
    stem: "The performing exercise in the *exploring music in context* portfolio is:",
    options: [
      "a performed adaptation of music from a local or global context for the student's own instrument, of up to 2 minutes",
      "a 12-minute solo recital of the student's choice of repertoire",
      "three related excerpts of performing experiments, up to 5 minutes in total",
      "a live performance in front of the examiner",
    ],
    correct: "A",
    why: "Exploring includes one performed adaptation (up to 2 minutes) of local or global music for the student's own instrument. Twelve minutes belongs to presenting music and the three excerpts to experimenting with music; there is no live examination.",
  }),
  mcq({
    key: "proc1-03",
    topic: "PROC.1",
    difficulty: 3,
    stem: "The creating exercise in the *exploring music in context* portfolio is limited to:",
    options: [
      "a score of up to 32 bars and/or up to 1 minute of audio, as suits the style",
      "up to 6 minutes of composition and/or improvisation",
      "three related excerpts of up to 5 minutes in total",
      "a 15-minute multimedia presentation",
    ],
    correct: "A",
    why: "The exploring creating exercise is short: up to 32 bars of score and/or 1 minute of audio, showing understanding of the conventions of the music explored. Six minutes is presenting music, three excerpts experimenting, and 15 minutes the HL contemporary music maker.",
  }),
  written({
    key: "proc1-04",
    topic: "PROC.1",
    difficulty: 3,
    marks: 4,
    term: "Analyse",
    stem: `${PIECE_A}\n\nAs part of an *exploring* portfolio, analyse how **harmony and tonality** articulate the structure of Piece A.`,
    points: points(
      [
        "Imperfect cadence (ending on V) at bar 8 marks the end of the first half-phrase as incomplete, like a question / comma",
        ["imperfect", "bar 8", "question"],
      ],
      ["Perfect cadence (V–I) at bar 16 closes section A firmly in the tonic D major", ["perfect", "bar 16", "V–I"]],
      [
        "The move to the relative minor (B minor) defines section B as a contrasting section / creates tonal contrast",
        ["relative minor", "B minor", "contrast"],
      ],
      [
        "Return to D major confirms A' as a recapitulation of the opening; the final plagal cadence (IV–I) gives a gentle, settled ending (with diminuendo and fermata)",
        ["D major", "plagal", "IV–I", "return"],
      ],
    ),
    answer:
      "Cadences punctuate the phrases of section A: the **imperfect cadence** on V at bar 8 leaves the first eight bars open, like a question, and the **perfect cadence** (V–I) at bar 16 answers it, closing the section firmly in **D major**.\n\nTonality marks the large-scale form: section B moves to the **relative minor, B minor**, a related but contrasting key that, with the imitative texture, makes B clearly a new section.\n\nThe **return to D major** in bar 33 signals A', and the piece closes with a **plagal cadence (IV–I)**, softer in effect than V–I, which together with the diminuendo to pp and the fermata gives a calm, settled ending.",
  }),
  written({
    key: "proc1-05",
    topic: "PROC.1",
    difficulty: 2,
    marks: 3,
    term: "Outline",
    stem: "Outline the **three** assessed parts of the *exploring music in context* portfolio submission.",
    points: points(
      [
        "Written work (up to 2,400 words) demonstrating engagement with, and understanding of, diverse musical material (research and analysis across contexts)",
        ["written work", "2,400", "diverse"],
      ],
      ["A creating exercise (up to 32 bars of score and/or 1 minute of audio) informed by the music explored", ["creating exercise", "32 bars", "1 minute"]],
      [
        "A performed adaptation (up to 2 minutes) of music from a local or global context for the student's own instrument (supporting audio is submitted but not itself assessed)",
        ["adaptation", "2 minutes", "own instrument"],
      ],
    ),
    answer:
      "1. **Written work** of up to 2,400 words that shows engagement with and understanding of diverse musical material, researched and analysed across contexts.\n2. **A creating exercise**: a short piece (up to 32 bars and/or 1 minute) that applies the conventions of music the student has explored.\n3. **A performing exercise**: a performed adaptation, up to 2 minutes, of music from a local or global context arranged for the student's own instrument.\n\n(Supporting audio of the music discussed is included but is not itself assessed.)",
  }),
  mcq({
    key: "proc1-06",
    levels: HL,
    topic: "PROC.1",
    difficulty: 2,
    stem: "At **HL**, what share of the final mark do *exploring music in context* and *experimenting with music* each carry?",
    options: ["20% each", "30% each", "40% each", "25% each"],
    correct: "A",
    why: "At HL, exploring and experimenting are 20% each, presenting music 30% and the contemporary music maker 30%. At SL the weights are 30%, 30% and 40%.",
  }),
  written({
    key: "proc1-07",
    levels: HL,
    topic: "PROC.1",
    difficulty: 4,
    marks: 3,
    term: "Explain",
    stem: "In exploring music in context, explain the difference between a **characteristic** of one piece and a **convention** of a style, and why the difference matters for the creating exercise.",
    points: points(
      ["A characteristic is a feature observed in one piece (e.g. this song modulates up a tone in its last chorus)", ["characteristic", "one piece"]],
      [
        "A convention is a feature shared across many representative examples of a style, established by comparing several pieces (e.g. verse-chorus form in many protest songs)",
        ["convention", "many examples", "compar"],
      ],
      [
        "It matters because the creating exercise should demonstrate understanding of the style's conventions; generalising from one piece may misrepresent the style, so research needs several examples",
        ["creating exercise", "generalis", "several"],
      ],
    ),
    answer:
      "A **characteristic** is something found in a single piece: for example, Piece B's final chorus moves up a tone. A **convention** is a practice shared by many representative examples of a style, which can only be established by comparing several pieces (for example, that protest songs commonly use repetitive choruses for group singing).\n\nThe difference matters because the creating exercise is meant to show understanding of **creating conventions**. If a student generalises from one piece, they may copy an unusual feature and misrepresent the style; research across several examples justifies which features really are conventions.",
  }),

  // Experimenting with music
  mcq({
    key: "proc2-01",
    topic: "PROC.2",
    difficulty: 2,
    stem: "What is the maximum length of the written **experimentation report** in *experimenting with music*?",
    options: ["1,500 words", "2,400 words", "600 words", "800 words"],
    correct: "A",
    why: "The experimentation report is up to 1,500 words, supporting the practical evidence of experiments in creating and performing.",
  }),
  mcq({
    key: "proc2-02",
    topic: "PROC.2",
    difficulty: 2,
    stem: "What practical musical evidence accompanies the experimentation report?",
    options: [
      "Three related excerpts of creating (up to 5 minutes in total) and three related excerpts of performing (up to 5 minutes in total)",
      "One finished composition of up to 6 minutes and a 12-minute recital",
      "One creating exercise of 32 bars and one 2-minute performed adaptation",
      "A 15-minute continuous multimedia presentation",
    ],
    correct: "A",
    why: "Experimenting with music submits three related creating excerpts and three related performing excerpts, each set up to 5 minutes in total, showing the process of experimentation rather than finished works.",
  }),
  mcq({
    key: "proc2-03",
    topic: "PROC.2",
    difficulty: 2,
    stem: "How is *experimenting with music* assessed?",
    options: [
      "Internally: marked by the teacher against the IB criteria and moderated by the IB",
      "Externally: marked only by an IB examiner",
      "By a timed written examination",
      "By a live performance in front of a visiting examiner",
    ],
    correct: "A",
    why: "Experimenting with music is internal assessment (as is the HL contemporary music maker): the teacher marks it and a sample is moderated by the IB. Exploring and presenting are externally assessed; there is no written exam.",
  }),
  mcq({
    key: "proc2-04",
    topic: "PROC.2",
    difficulty: 3,
    stem: "Which statement best describes the focus of the *experimenting with music* component?",
    options: [
      "The process of experimentation: responding to unfamiliar musical material and documenting decisions, rather than producing polished finished works",
      "A polished recital of the student's best performances",
      "A research essay with no practical work",
      "The planning of a real-life project for an audience outside school",
    ],
    correct: "A",
    why: "Experimenting is about process: the excerpts show how the student tested and developed ideas from unfamiliar local and/or global material in two areas of inquiry. Polished works belong to presenting music; the real-life project is the HL contemporary music maker.",
  }),
  written({
    key: "proc2-05",
    topic: "PROC.2",
    difficulty: 3,
    marks: 3,
    term: "Distinguish",
    stem: "In the experimentation report, distinguish between the **rationale** and the **commentary**.",
    points: points(
      [
        "Rationale: written first / looks forward: justifies the choice of source material, context and area of inquiry and sets out what will be explored",
        ["rationale", "justif", "source material"],
      ],
      ["Commentary: looks back: explains the process of experimentation, the decisions made and their outcomes", ["commentary", "process", "decisions"]],
      [
        "The commentary links findings to the practical work by referring precisely to the excerpts (timings/bar numbers)",
        ["excerpts", "timings", "bar numbers"],
      ],
    ),
    answer:
      "The **rationale** looks forward: it justifies why the student chose this source material, its context and its area of inquiry, and what musical questions the experiments will explore.\n\nThe **commentary** looks back: it explains the process, what was tried, what was changed and why, and the outcomes.\n\nA strong commentary ties findings to the practical work with precise references to the three excerpts (timings or bar numbers), so the reader can hear each decision.",
  }),
  written({
    key: "proc2-06",
    topic: "PROC.2",
    difficulty: 4,
    marks: 6,
    term: "Justify",
    stem: `${PIECE_E}\n\nA student who plays electric guitar chooses Piece E as the stimulus for the **creating** experiments in *experimenting with music*. Write the **rationale** and a short **commentary** outline for three related creating experiments (about 250 words). You will be marked on the level descriptors for rationale and commentary.`,
    points: rationaleBands,
    answer:
      "**Model answer (extract).**\n\n*Rationale.* Piece E is a processional march from my town's harbour festival, so it comes from a **local context** I had heard but never studied. It belongs to **music for sociocultural expression**: the tune marks a shared community ritual. I chose it because two features are unfamiliar to me as a guitarist: its **6/8 compound duple** pulse (I mostly play in 4/4) and its **heterophonic** texture created by players decorating the melody by ear. My experiments ask: how can a single guitarist, with looping, recreate the layered, processional character of the band?\n\n*Commentary outline.*\n- **Excerpt 1 (0:00-0:40):** I transcribed the drum pattern and played it as palm-muted chords in 6/8; at first I accented every quaver, which sounded like 3/4. Accenting the dotted-crotchet beats restored the 'two steps per bar' of the procession.\n- **Excerpt 2 (0:40-1:30):** I looped the plain melody and improvised decorated versions over it, imitating the older cornet players. Too many decorations hid the tune, so I limited ornaments to passing notes and turns.\n- **Excerpt 3 (1:30-2:40):** I made the form flexible, using a pedal switch as my 'whistle' to trigger repeats, and ended with a sustained chord, as the bandleader does. This transformed the source from a fixed tune into a structure that responds to the performer, as the procession does to its route.\n\n(Key features rewarded: justified choice of source, context and area of inquiry; findings from research guiding each decision; precise references to the excerpts.)",
  }),
  written({
    key: "proc2-07",
    levels: HL,
    topic: "PROC.2",
    difficulty: 4,
    marks: 4,
    term: "Suggest",
    stem: `${PIECE_C}\n\nA pianist chooses Piece C as the stimulus for the **performing** experiments. Suggest **three** related performing experiments, and explain what the pianist would evaluate in the commentary.`,
    points: points(
      [
        "Experiment 1: e.g. perform the 7/8 ostinato with different groupings/accents (2+2+3 vs 3+2+2) and tempos to find the most driving effect",
        ["7/8", "accent", "grouping"],
      ],
      [
        "Experiment 2: e.g. recreate orchestral timbres on the piano: stabs as sharp staccato chords in the low register, clusters with the forearm, pedal for resonance",
        ["timbre", "staccato", "cluster", "pedal"],
      ],
      [
        "Experiment 3: e.g. perform the cue against the (imagined or recorded) picture, timing the accelerando and the silence to hit points",
        ["hit point", "accelerando", "timing"],
      ],
      [
        "Commentary evaluates: which versions best create tension, what was changed and why, with reference to the three excerpts",
        ["evaluat", "tension", "excerpts"],
      ],
    ),
    answer:
      "1. **Metre and accent:** play the ostinato with the written 2+2+3 grouping, then 3+2+2 and at several tempos, to hear which best conveys a restless chase.\n2. **Orchestral timbre on the piano:** imitate the brass stabs with sharp, low-register staccato chords and the clusters with flat-hand or forearm clusters, testing pedalling to add or remove resonance.\n3. **Performing to picture:** rehearse with a timed cue sheet (or the animation) so the accelerando lands at 160 bpm and the two-second silence falls exactly on the hero's slip.\n\nThe commentary would evaluate which version created the most tension and why, explaining each decision with precise references to the three excerpts.",
  }),

  // Presenting music
  mcq({
    key: "proc3-01",
    topic: "PROC.3",
    difficulty: 1,
    stem: "In *presenting music*, what is the maximum length of the **programme notes**?",
    options: ["600 words", "1,500 words", "2,400 words", "There is no limit"],
    correct: "A",
    why: "Programme notes are limited to 600 words: a concise, holistic introduction to and justification of the programme, not a detailed analysis of each work.",
  }),
  mcq({
    key: "proc3-02",
    topic: "PROC.3",
    difficulty: 2,
    stem: "What are the maximum durations of the **creating** and **performing** submissions in *presenting music*?",
    options: [
      "Creating up to 6 minutes; performing up to 12 minutes",
      "Creating up to 12 minutes; performing up to 6 minutes",
      "Creating up to 5 minutes; performing up to 5 minutes",
      "Creating up to 1 minute; performing up to 2 minutes",
    ],
    correct: "A",
    why: "Presenting music allows up to 6 minutes of composition and/or improvisation and up to 12 minutes of solo and/or ensemble performance (excerpts may be used). The 5-minute limits belong to experimenting, and 1 and 2 minutes to the exploring exercises.",
  }),
  mcq({
    key: "proc3-03",
    topic: "PROC.3",
    difficulty: 2,
    stem: "Across its created and performed works, a *presenting music* submission must engage with:",
    options: ["exactly two areas of inquiry", "one area of inquiry chosen by the teacher", "all four areas of inquiry", "the personal context only"],
    correct: "C",
    why: "Presenting music demonstrates engagement with diverse musical material from all four areas of inquiry; the programme notes justify how the selection does so.",
  }),
  mcq({
    key: "proc3-04",
    topic: "PROC.3",
    difficulty: 2,
    stem: "What weight does *presenting music* carry in the final grade?",
    options: ["40% at SL and 30% at HL", "30% at SL and 40% at HL", "50% at both levels", "20% at SL and 20% at HL"],
    correct: "A",
    why: "Presenting music is the largest SL component (40%); at HL it is 30%, because HL students also complete the contemporary music maker (30%).",
  }),
  written({
    key: "proc3-06",
    topic: "PROC.3",
    difficulty: 4,
    marks: 6,
    term: "Justify",
    stem: `A student's *presenting music* programme contains:\n\n1. Performing: the student's own arrangement of Piece B for voice and guitar (area of inquiry 1).\n2. Performing: Piece F for piano (area of inquiry 2).\n3. Creating: a 90-second cue for an animated short film (area of inquiry 3).\n4. Creating: an electronic track built from field recordings in a DAW (area of inquiry 4).\n\n${PIECE_B}\n\n${PIECE_F}\n\nWrite programme notes for this programme (about 200 words) that introduce and justify the choices. You will be marked on the level descriptors for programme notes.`,
    points: programmeNotesBands,
    answer:
      "**Model answer.**\n\n*Streets and Rooms* moves between music made for crowds and music made for one listener.\n\nIt opens with my arrangement of *Open the Gates* (music for **sociocultural and political expression**), a local protest song written for a march. I kept its call-and-response chorus and narrow range, because the song exists to be sung by untrained voices, but reduced it to voice and guitar to show how much of its power survives without a crowd.\n\n*Grey Morning* (music for **listening and performance**) turns inward. I chose it to show control of rubato, voicing and the una corda colour, and because its unexpected E major ending answers the protest song's key change with a quieter kind of hope.\n\nMy film cue (music for **dramatic impact**) applies what I learnt from analysing chase scenes: an ostinato, hit points and a leitmotif transformed when the character is safe.\n\nFinally, *Harbour Lines* (music **technology**) is built in a DAW from recordings of my town's ferry and market, returning the programme to the streets where it began.\n\n(Rewarded: all four areas of inquiry addressed and identified; each choice justified with musical reasons; a coherent through-line that presents the programme as a whole.)",
  }),
  written({
    key: "proc3-07",
    topic: "PROC.3",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: "A student has recorded 15 minutes of performances for *presenting music* and cannot decide what to cut. Suggest how the student should solve the problem, with reasons.",
    points: points(
      [
        "The performing submission must not exceed 12 minutes, so about 3 minutes must be removed (material beyond the limit will not be considered)",
        ["12 minutes", "limit"],
      ],
      [
        "Keep the works that best show musicality and technical proficiency / are well matched to the student's level and best represent the areas of inquiry",
        ["musicality", "proficiency", "areas of inquiry"],
      ],
      [
        "Use an excerpt of a longer piece (clearly identified) rather than dropping a work that is needed for the programme's coherence / balance with the creating works",
        ["excerpt", "coherence", "balance"],
      ],
    ),
    answer:
      "The performing submission has a **12-minute maximum**, so about 3 minutes must go; anything over the limit will not be assessed.\n\nThe student should keep the performances that best show **musicality and technical proficiency** at their level and that the programme needs to represent its areas of inquiry. Rather than dropping a piece the programme depends on, they can submit a clearly identified **excerpt** of a longer work, keeping the programme coherent and balanced with the created works.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// HL: the contemporary music maker
// ─────────────────────────────────────────────────────────────────────────────
const contemporary: QuestionInput[] = [
  mcq({
    key: "cmm-01",
    levels: HL,
    topic: "CMM",
    difficulty: 1,
    stem: "What does an HL student submit for *the contemporary music maker*?",
    options: [
      "A continuous multimedia presentation of up to 15 minutes documenting a real-life music project",
      "A 2,400-word portfolio of written work and exercises",
      "A 1,500-word report with six excerpts",
      "A timed written examination on set works",
    ],
    correct: "A",
    why: "The contemporary music maker is documented in a continuous multimedia presentation (up to 15 minutes) evidencing the planning, process and realisation of a collaborative real-life project.",
  }),
  mcq({
    key: "cmm-02",
    levels: HL,
    topic: "CMM",
    difficulty: 2,
    stem: "How is *the contemporary music maker* weighted and assessed?",
    options: [
      "30% of the HL grade, internally assessed",
      "20% of the HL grade, externally assessed",
      "40% of the HL grade, externally assessed",
      "It is not assessed; it is a CAS activity",
    ],
    correct: "A",
    why: "The HL-only contemporary music maker carries 30% and is internally assessed (teacher-marked, IB-moderated), like experimenting with music.",
  }),
  mcq({
    key: "cmm-03",
    levels: HL,
    topic: "CMM",
    difficulty: 2,
    stem: "The multimedia presentation for the contemporary music maker should contain evidence of:",
    options: [
      "the project proposal, the process and its evaluation, and the realised project (or curated selections of it)",
      "only the finished recording of the project",
      "a literature review of at least ten sources",
      "three performances of set pieces chosen by the IB",
    ],
    correct: "A",
    why: "The presentation documents the whole arc of the project: its proposal (plan, aims, role, collaborators), the process and evaluation of decisions, and the realised project or curated selections of it.",
  }),
  mcq({
    key: "cmm-04",
    levels: HL,
    topic: "CMM",
    difficulty: 2,
    stem: "Which statement about collaboration in the contemporary music maker is correct?",
    options: [
      "The project is collaborative: the student works with others but identifies and evidences their own role and contribution",
      "The student must work entirely alone to prove the work is their own",
      "The whole class submits one shared presentation and receives one mark",
      "Only professional musicians may be collaborators",
    ],
    correct: "A",
    why: "The project is collaborative (peers, other musicians, dancers, film-makers, sound engineers...), but each student identifies a role and must show their own contribution and decision-making.",
  }),
  mcq({
    key: "cmm-05",
    levels: HL,
    topic: "CMM",
    difficulty: 3,
    stem: "Which is the most useful **project aim** for a contemporary music maker proposal?",
    options: [
      "To compose and record a 4-minute piece for choir and electronics and present it live at the community market's opening in eight weeks",
      "To explore how the sounds of the community market could inspire new music, working with the choir and a producer",
      "To release a track each week for eight weeks on a streaming platform and build an online audience for my music",
      "To research the history of music at the community market and write a report on what I find",
    ],
    correct: "A",
    why: "A good aim is specific, measurable, achievable, relevant and time-bound: it names the product, the forces, the length, the venue and the deadline, so progress and success can be evaluated. B names a starting point but no product, length or deadline; C has a schedule but 'build an online audience' cannot be measured and says nothing about the music; D is research with no music made or presented.",
  }),
  written({
    key: "cmm-06",
    levels: HL,
    topic: "CMM",
    difficulty: 3,
    marks: 4,
    term: "Identify",
    stem: `${PROJECT_G}\n\nIdentify **four** weaknesses of this proposal and suggest an improvement for each.`,
    points: points(
      ["Not collaborative: the student plans to do everything alone; identify collaborators and a clear personal role", ["collaborat", "alone", "role"]],
      ["Not feasible: an album in two weeks is unrealistic; reduce the scope / set a realistic timeline with stages", ["feasib", "two weeks", "timeline"]],
      [
        "No clear musical intention or focus ('lots of different styles'); define a style, purpose and audience informed by research",
        ["focus", "styles", "intention", "research"],
      ],
      [
        "Success criterion vague/unmeasurable ('if people like it'); set specific criteria and plan how feedback/evaluation will be gathered",
        ["success criteria", "measurable", "feedback", "evaluat"],
      ],
    ),
    answer:
      "1. **No collaboration:** the student intends to write, perform, record, mix and film alone, but the project must be collaborative. *Improve:* name collaborators (e.g. a vocalist, a producer) and define the student's own role.\n2. **Not feasible:** a whole album in two weeks is unrealistic. *Improve:* reduce the scope (one or two tracks) and plan stages over several weeks.\n3. **No musical focus:** 'lots of different styles' gives no direction. *Improve:* state a musical intention, style, audience and context, informed by research.\n4. **Vague success criterion:** 'if people like it' cannot be evaluated. *Improve:* set specific criteria (e.g. the recording meets a target length and quality; audience feedback gathered at a release event) and plan how to evaluate them.",
  }),
  written({
    key: "cmm-07",
    levels: HL,
    topic: "CMM",
    difficulty: 4,
    marks: 3,
    term: "Explain",
    stem: `${PROJECT_H}\n\nExplain how Project H draws on the student's roles as **researcher**, **creator** and **performer**.`,
    points: points(
      [
        "Researcher: investigates market soundscapes and the choir's range/rehearsal constraints before composing (research informs the plan)",
        ["research", "soundscape", "range"],
      ],
      ["Creator: composes the piece and integrates recorded market sounds with the producer's sound design", ["compose", "integrate", "sound design"]],
      ["Performer: as music director, rehearses and directs the choir and leads the live presentation at the market", ["music director", "rehearse", "live"]],
    ),
    answer:
      "**Researcher:** in weeks 1-2 the student investigates the sounds of the market and the choir's vocal range and rehearsal time, so the piece is designed for real constraints.\n\n**Creator:** the student composes the 4-minute piece, deciding how the recorded market sounds and the producer's electronic textures combine with the voices.\n\n**Performer:** as music director the student rehearses and conducts the choir, and leads the live presentation at the market's opening.",
  }),
  written({
    key: "cmm-08",
    levels: HL,
    topic: "CMM",
    difficulty: 4,
    marks: 4,
    term: "Evaluate",
    stem: `${PROJECT_H}\n\nThe student has 20 hours of rehearsal and studio footage but only 15 minutes for the multimedia presentation. Evaluate how the student should select the evidence.`,
    points: points(
      [
        "Evidence should cover the whole arc: proposal, process and realised project, not only the final performance",
        ["arc", "proposal", "process", "realised"],
      ],
      [
        "Choose moments of musical decision-making: e.g. a sketch tested with the choir, what failed, what was changed and why (evaluation against the aims)",
        ["decision", "changed", "evaluat", "aims"],
      ],
      ["Evidence must show the student's own role and contribution (as composer/director) distinct from the collaborators'", ["own role", "contribution"]],
      [
        "Curate and structure: short labelled clips, annotated scores/DAW screenshots with commentary, a clear logical order; include enough of the realised project without letting it dominate",
        ["curate", "annotat", "structure", "order"],
      ],
    ),
    answer:
      "The 15 minutes must tell the story of the **whole project**: a brief proposal (aims, role, collaborators), the process, and the realised piece. Spending most of the time on the final performance would hide the process the component values.\n\nThe best process clips are **moments of decision**: a first sketch sung by the choir that sat too high, the rewritten version, a studio session where market sounds were tried and rejected, each explained against the project's aims. These show **evaluation**, not just activity.\n\nEvery clip should make the student's **own role** visible (composing, directing), so the work can be distinguished from the choir's and the producer's.\n\nFinally, the evidence should be **curated**: short, labelled clips, annotated score or DAW screenshots with narration, in a logical order, with selections from the final performance rather than the whole of it.",
  }),
  written({
    key: "cmm-09",
    levels: HL,
    topic: "CMM",
    difficulty: 5,
    marks: 6,
    term: "Discuss",
    stem: "Discuss the **opportunities** and **limitations** facing a musician who wants to make and share music in the 21st century.",
    points: points(
      [
        "Opportunity: cheap digital tools (DAWs, home recording) let musicians create and produce without a studio or label",
        ["DAW", "home recording", "cheap"],
      ],
      [
        "Opportunity: streaming and social media give direct, global distribution and contact with audiences / online collaboration across distances",
        ["streaming", "social media", "global", "online collaboration"],
      ],
      [
        "Opportunity: new roles and hybrid careers (producer, content creator, music for games, media, education, community projects)",
        ["career", "games", "hybrid", "community"],
      ],
      [
        "Limitation: low income per stream and saturated market make it hard to be heard or paid; algorithms and playlists act as new gatekeepers",
        ["income", "saturated", "algorithm", "gatekeeper"],
      ],
      [
        "Limitation: copyright, sampling clearance and licensing; the need for business, marketing and self-promotion skills alongside musical ones",
        ["copyright", "licens", "marketing"],
      ],
      [
        "Balanced conclusion: the barriers to making music have fallen but the barriers to being heard and sustaining a career remain / have shifted",
        ["conclusion", "balance", "barriers"],
      ],
    ),
    answer:
      "**Opportunities.** Affordable DAWs and home recording mean a musician can create, record and produce a professional-sounding track without a studio or a record label. Streaming services and social media provide instant, global distribution and direct contact with listeners, and collaborators in different countries can work together online. Careers are increasingly hybrid: producing, creating content, writing for games and media, teaching and leading community projects.\n\n**Limitations.** Payment per stream is very small and millions of tracks are released, so being heard is hard; platform algorithms and curated playlists have become new gatekeepers. Musicians must understand copyright, sample clearance and licensing, and spend time on marketing and self-promotion as well as music.\n\n**Conclusion.** The barriers to *making* music have fallen dramatically, but the barriers to being *heard* and earning a living have not disappeared; they have moved from studios and labels to attention and algorithms. The contemporary music maker component reflects this by asking students to plan, collaborate and present for a real audience.",
  }),
];

// ─────────────────────────────────────────────────────────────────────────────
// Further written practice across the syllabus
// ─────────────────────────────────────────────────────────────────────────────
const furtherPractice: QuestionInput[] = [
  written({
    key: "aoi1-07",
    topic: "AOI.1",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain **four** ways in which music written for congregational worship (for example, a hymn sung by a whole congregation) is shaped by its function.",
    points: points(
      ["Text clarity: mainly syllabic setting and homophonic texture so the words (the message) can be understood", ["syllabic", "words", "homophonic"]],
      ["Singability: moderate range, stepwise melody and regular phrases so untrained singers can take part", ["range", "stepwise", "untrained"]],
      ["Strophic form/repetition: the same music for each verse, easy to learn and memorise", ["strophic", "verse", "repetition"]],
      [
        "Tempo, dynamics and cadences suit the ritual: dignified steady tempo, clear final cadences (e.g. plagal 'Amen'), length fitted to the liturgy/service",
        ["plagal", "Amen", "ritual", "steady"],
      ],
    ),
    answer:
      "1. **The words matter most**, so hymns are mostly **syllabic** (one note per syllable) and **homophonic**, letting everyone sing the text together clearly.\n2. **Everyone sings**, so melodies stay in a **moderate range**, move mostly by step and have regular four-bar phrases.\n3. **Strophic form**: each verse uses the same music, so a congregation learns the tune quickly and remembers it.\n4. **Ritual function**: a dignified, steady tempo, clear cadences (often a final plagal 'Amen') and a length fitted to the service.",
  }),
  written({
    key: "aoi2-08",
    topic: "AOI.2",
    difficulty: 2,
    marks: 2,
    term: "Distinguish",
    stem: "Distinguish between **absolute music** and **programme music**, giving an example of programme music.",
    points: points(
      [
        "Absolute music: instrumental music intended to be appreciated for its own sake / its musical form, with no story or extra-musical subject (e.g. a sonata or string quartet)",
        ["absolute", "for its own sake", "no story"],
      ],
      [
        "Programme music: instrumental music that depicts or tells a story, scene or idea outside music, e.g. Vivaldi's The Four Seasons (seasons and scenes) / Smetana's Vltava (a river) / Berlioz's Symphonie fantastique",
        ["programme", "story", "Four Seasons", "Vltava"],
      ],
    ),
    answer:
      "**Absolute music** is instrumental music meant to be heard for its own sake, for its themes, form and development, with no story attached (for example a string quartet or a sonata).\n\n**Programme music** is instrumental music that depicts something outside music: a story, scene or idea. Vivaldi's *The Four Seasons* depicts the seasons (birdsong, storms, a sleeping goatherd); Smetana's *Vltava* follows a river.",
  }),
  written({
    key: "aoi3-08",
    topic: "AOI.3",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: "Explain **four** ways in which music for a **video game** differs from music for a film.",
    points: points(
      ["Interactive/adaptive: the music responds to the player's actions and game state rather than to a fixed edit", ["adaptive", "interactive", "player"]],
      ["Unknown duration: music must loop seamlessly because the player may stay in one area for any length of time", ["loop", "duration"]],
      [
        "Layered stems/vertical layering and horizontal re-sequencing: layers are added or removed and sections switched as intensity changes, with smooth transitions",
        ["layer", "stems", "transition"],
      ],
      [
        "Short cues/stingers triggered by events (success, danger, item found) give feedback to the player / technical limits (memory, earlier chip sounds) shape timbre",
        ["stinger", "trigger", "feedback", "chip"],
      ],
    ),
    answer:
      "1. **Interactivity:** film music is fixed to a finished edit, while game music adapts to what the player does and to the state of the game.\n2. **Looping:** a player may stay in one place for seconds or hours, so cues are written to loop seamlessly, often without an obvious ending.\n3. **Layering and transitions:** composers write stems that can be added or removed as the action intensifies (vertical layering) or sections that can be switched (horizontal re-sequencing), with smooth transitions between them.\n4. **Stingers and feedback:** short cues triggered by events (finding an item, losing a life) tell the player what has happened; historically, hardware limits (chip sound, memory) also shaped the timbres.",
  }),
  written({
    key: "aoi3-09",
    levels: HL,
    topic: "AOI.3",
    difficulty: 5,
    marks: 5,
    term: "Evaluate",
    stem: `${PIECE_C}\n\nEvaluate the claim that 'the best film music is music the audience does not notice', with reference to Piece C.`,
    points: points(
      [
        "For: underscore often works subliminally, shaping emotion, pace and tension without drawing attention from the image and dialogue",
        ["subliminal", "underscore", "emotion"],
      ],
      ["For, with Piece C: the low ostinato and accelerando drive the chase without the audience consciously listening", ["ostinato", "accelerando"]],
      [
        "Against: some moments need the music to be noticed: the sudden silence and the celesta's transformed leitmotif are meant to be heard, marking the turning point",
        ["silence", "celesta", "leitmotif"],
      ],
      [
        "Against: memorable themes/leitmotifs help audiences recognise characters and can become part of a film's identity (famous themes are noticed and still effective)",
        ["memorable", "theme", "identity"],
      ],
      [
        "Judgement: effectiveness depends on dramatic function; the best film music knows when to stay in the background and when to step forward",
        ["judgement", "function", "depends"],
      ],
    ),
    answer:
      "**For the claim.** Much film music is **underscore**: it shapes emotion and pace beneath dialogue and image, and works best when the audience does not consciously listen. In Piece C the **low-string ostinato** and **accelerando** drive the chase in exactly this way.\n\n**Against the claim.** Some moments need the music to be *noticed*. The **sudden silence** as the hero slips is striking precisely because the music disappears, and the **celesta's transformed leitmotif** is meant to be heard as the turning point. Memorable themes and leitmotifs also help audiences recognise characters and can become part of a film's identity.\n\n**Judgement.** The claim is only half true: the best film music serves the drama, which usually means staying in the background but sometimes means stepping forward. Piece C does both at the right moments.",
  }),
  written({
    key: "aoi4-09",
    topic: "AOI.4",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${PIECE_D}\n\nExplain how the producer of Piece D transforms recorded sounds into musical material.`,
    points: points(
      [
        "Field recordings (bus doors, engine, rain) are cut up/edited into short hits and placed on the grid as percussion",
        ["field recording", "cut", "percussion"],
      ],
      [
        "Sounds are pitched / processed (pitch-shifting, filtering, reverb, panning) so they fit the track's key, rhythm and space",
        ["pitch", "process", "reverb", "panning"],
      ],
      [
        "The spoken vocal sample is chopped into syllables and pitch-shifted into a melody: speech becomes a melodic hook (and gives the track its 'night bus' identity)",
        ["chop", "syllables", "melody", "identity"],
      ],
    ),
    answer:
      "The **field recordings** of the bus doors, engine and rain are **cut into short sounds** and placed on the beat grid, so everyday noises become a percussion kit. They are **pitched and processed** (pitch-shifting, filtering, reverb and panning) to fit the key, groove and virtual space of the track.\n\nThe **spoken vocal sample** is **chopped into syllables** and each syllable is **pitch-shifted**, turning speech into a melodic hook. The sampled sounds also give the track its identity: the listener hears the night bus inside the music.",
  }),
  written({
    key: "ctx1-04",
    topic: "CTX.1",
    difficulty: 3,
    marks: 3,
    term: "Suggest",
    stem: "A student's personal context is guitar-based rock music. Suggest how the student could use it as a starting point to explore music in the **local** and **global** contexts.",
    points: points(
      [
        "Start from a familiar feature (e.g. riffs, power chords, distortion, verse-chorus form) and ask where it comes from or how others use it",
        ["riff", "familiar", "starting point"],
      ],
      [
        "Local: investigate a related local practice, e.g. a local band scene, a community guitar tradition, interviewing local musicians",
        ["local", "scene", "interview"],
      ],
      [
        "Global: explore unfamiliar music connected by a feature, e.g. the blues roots of rock / another guitar tradition (flamenco, West African highlife) / a drone-based tradition, comparing conventions",
        ["global", "blues", "flamenco", "compar"],
      ],
    ),
    answer:
      "The student can begin with what they know: for example, the **riff** or the **verse-chorus form** of rock, and ask where it comes from and how other musicians use similar ideas.\n\n**Local:** they could study their town's live music scene or a community guitar tradition, attending performances and interviewing local players.\n\n**Global:** they could follow a connection outward, to the **blues** that shaped rock, or to a very different guitar tradition such as **flamenco**, comparing its rhythms, harmony and techniques with their own.",
  }),
  written({
    key: "ctx2-06",
    topic: "CTX.2",
    difficulty: 2,
    marks: 2,
    term: "Identify",
    stem: `${PIECE_E}\n\nIdentify **two** ways in which the function of Piece E (accompanying a procession) shapes its musical features.`,
    points: points(
      [
        "6/8 compound duple felt in two, with the bass drum on each dotted-crotchet beat, matches the walking steps of the procession",
        ["6/8", "two", "walking", "bass drum"],
      ],
      [
        "Flexible number of repeats, cued by the bandleader's whistle, lets the music fit the length of the route / loud outdoor band instruments carry in the open air",
        ["repeats", "whistle", "route", "outdoor"],
      ],
    ),
    answer:
      "1. The **6/8 metre felt in two**, with the bass drum on each beat, gives the two steps per bar that the procession walks to.\n2. The **number of repeats is flexible**, cued by the bandleader's **whistle**, so the music lasts exactly as long as the route (and loud brass and drums carry outdoors).",
  }),
  written({
    key: "role1-09",
    topic: "ROLE.1",
    difficulty: 2,
    marks: 4,
    term: "Define",
    stem: "Define the four textures **monophonic**, **homophonic**, **polyphonic** and **heterophonic**.",
    points: points(
      ["Monophonic: a single melodic line without accompaniment (even if sung by many in unison)", ["monophonic", "single", "unison"]],
      ["Homophonic: a melody with chordal accompaniment / parts moving together in the same rhythm", ["homophonic", "chord", "accompaniment"]],
      ["Polyphonic (contrapuntal): two or more independent melodic lines at once", ["polyphonic", "contrapuntal", "independent"]],
      ["Heterophonic: simultaneous variations of the same melody (e.g. one plain, one ornamented)", ["heterophonic", "variation", "same melody"]],
    ),
    answer:
      "- **Monophonic:** one unaccompanied melodic line, even when many voices sing it in unison (plainchant).\n- **Homophonic:** a melody supported by chords, or all parts moving in the same rhythm (a hymn).\n- **Polyphonic/contrapuntal:** two or more independent melodic lines at the same time (a fugue, imitation).\n- **Heterophonic:** several simultaneous versions of one melody, some decorated (the older cornet players in Piece E).",
  }),
  written({
    key: "role2-11",
    topic: "ROLE.2",
    difficulty: 2,
    marks: 4,
    term: "Explain",
    stem: "A student's composition has two sections that sound too similar. Explain how the student could create contrast in the second section using **four** different musical elements.",
    points: points(
      ["Tonality/harmony: modulate (e.g. to the relative minor or dominant) or change chord rhythm", ["modulat", "key", "harmony"]],
      ["Texture: e.g. change from homophony to polyphony/imitation, or thin out to a solo line", ["texture", "imitation", "thin"]],
      ["Rhythm/metre/tempo: new rhythmic patterns, a change of tempo or metre", ["rhythm", "tempo", "metre"]],
      [
        "Timbre/dynamics/register: new instruments or playing techniques (e.g. pizzicato), a different register, contrasting dynamics",
        ["timbre", "dynamics", "register", "pizzicato"],
      ],
    ),
    answer:
      "1. **Tonality:** move to a related key (the relative minor or the dominant), so the section sounds like a new place.\n2. **Texture:** if section A is melody and chords, make B contrapuntal (imitation between parts) or thin it to a solo line.\n3. **Rhythm and tempo:** introduce a new rhythmic pattern (e.g. syncopation or triplets) or a change of tempo or metre.\n4. **Timbre, register and dynamics:** give the melody to a different instrument or register, use a new playing technique such as pizzicato, and set a contrasting dynamic level.",
  }),
  written({
    key: "role3-10",
    topic: "ROLE.3",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: `${PIECE_E}\n\nA student joins the band for the festival. Explain **three** ensemble skills the student needs to perform Piece E well.`,
    points: points(
      ["Keeping the 6/8 pulse with the drummers and the walking procession / rhythmic ensemble while moving", ["pulse", "6/8", "together"]],
      ["Watching and listening for the bandleader's whistle cues for repeats and the final chord", ["cue", "whistle", "leader"]],
      [
        "Listening for balance, blend and tuning, e.g. letting the melody or decorations come through, adjusting to the older players' heterophonic ornaments",
        ["balance", "blend", "tuning", "listen"],
      ],
    ),
    answer:
      "1. **Pulse:** the student must lock into the 6/8 two-in-a-bar with the drums while walking, so the band and procession stay together.\n2. **Following cues:** the form is not fixed, so the student must listen and watch for the bandleader's whistle to know when to repeat and when to end.\n3. **Balance, blend and tuning:** outdoors, with several players decorating the tune, the student must listen constantly, keeping their part in balance and in tune with the section.",
  }),
  written({
    key: "proc1-08",
    topic: "PROC.1",
    difficulty: 4,
    marks: 4,
    term: "Explain",
    stem: `${PIECE_E}\n\nFor the *exploring* performing exercise, a flautist adapts Piece E for solo flute. Explain **four** adaptation decisions the flautist would need to make.`,
    points: points(
      [
        "Choose which line(s) to play: the melody, perhaps with a version of the older players' ornaments to suggest heterophony",
        ["melody", "ornament", "heterophony"],
      ],
      ["Convey the missing drums/metre through articulation and accents that keep the 6/8 two-in-a-bar feel", ["articulation", "accent", "6/8"]],
      [
        "Transpose/choose a register that suits the flute's range and projects like an outdoor band (cornet range vs flute range)",
        ["transpose", "register", "range"],
      ],
      [
        "Decide the form within the 2-minute limit: number of repeats (replacing the whistle cues), varying each repeat (dynamics, ornamentation) to maintain interest",
        ["2 minutes", "repeats", "vary"],
      ],
    ),
    answer:
      "1. **What to play:** the melody is essential; the flautist can add some of the older players' decorations on repeats to suggest the band's heterophony.\n2. **Rhythm without drums:** accents and articulation (tonguing) must carry the 6/8 two-in-a-bar so the processional pulse is still felt.\n3. **Key and register:** the tune may need transposing to a key and register that suit the flute and project brightly, as the cornets do outdoors.\n4. **Form and length:** without the whistle, the flautist fixes the number of repeats to fit the 2-minute limit, varying each (dynamics, ornaments, octave) so the adaptation has shape.",
  }),
  written({
    key: "proc2-08",
    topic: "PROC.2",
    difficulty: 3,
    marks: 3,
    term: "Explain",
    stem: "Explain why *experimenting with music* asks students to work with **unfamiliar** musical material from local and/or global contexts rather than music they already know well.",
    points: points(
      ["Unfamiliar material forces genuine experimentation: the student cannot rely on habits and must try, test and revise", ["habits", "test", "revise"]],
      [
        "It broadens the student's creating and performing skills / knowledge of other conventions (diverse musical material)",
        ["broaden", "conventions", "diverse"],
      ],
      [
        "It requires research to inform decisions, linking the roles of researcher, creator and performer (findings applied to practice)",
        ["research", "findings", "roles"],
      ],
    ),
    answer:
      "With familiar music a student tends to repeat habits; **unfamiliar** material forces real experimentation: trying ideas, testing them and revising.\n\nIt **broadens** the student's skills and understanding of other conventions, which is the course's aim of engaging with diverse musical material.\n\nAnd it makes **research necessary**: the student has to find out how the music works before using it, so the roles of researcher, creator and performer are linked and findings visibly inform practice.",
  }),
  written({
    key: "proc3-08",
    topic: "PROC.3",
    difficulty: 2,
    marks: 3,
    term: "Explain",
    stem: "Explain how the *presenting music* component brings together the three musical roles.",
    points: points(
      [
        "Researcher: the programme notes introduce the works and justify the choices, with reference to the areas of inquiry",
        ["researcher", "programme notes", "justify"],
      ],
      ["Creator: composition(s) and/or improvisation(s), up to 6 minutes", ["creator", "composition", "improvisation"]],
      ["Performer: solo and/or ensemble performances, up to 12 minutes", ["performer", "solo", "ensemble"]],
    ),
    answer:
      "As a **researcher**, the student writes programme notes (up to 600 words) that introduce the works and justify the choices across the four areas of inquiry. As a **creator**, they submit compositions and/or improvisations (up to 6 minutes). As a **performer**, they submit solo and/or ensemble performances (up to 12 minutes). The presentation as a whole shows the three roles working together.",
  }),
  written({
    key: "cmm-10",
    levels: HL,
    topic: "CMM",
    difficulty: 5,
    marks: 5,
    term: "To what extent",
    stem: `${PROJECT_H}\n\nTo what extent would a live performance at the market be a better realised outcome for Project H than an online release of the recording?`,
    points: points(
      [
        "Live: fits the project's aim and real-life context (opening a community market); direct audience response can be gathered for evaluation",
        ["live", "aim", "audience response"],
      ],
      [
        "Live: risks and constraints: outdoor acoustics, noise, weather, amplification of choir and electronics, coordinating many collaborators",
        ["acoustic", "weather", "amplif", "risk"],
      ],
      [
        "Online: wider reach and a controlled, mixed recording (the producer's role fully realised); but less connection to the community purpose and harder to measure meaningful feedback",
        ["online", "reach", "controlled", "mix"],
      ],
      [
        "Both/hybrid: record the live event or release the studio version after the launch, so evidence of both can be curated in the presentation",
        ["hybrid", "both", "record the event"],
      ],
      ["Judgement linked to the project's stated aims and success criteria", ["judgement", "success criteria", "extent"]],
    ),
    answer:
      "**For a live performance.** The stated aim is to open a community market, so a live performance fulfils the project's real-life purpose, and the student can collect audience and choir feedback on the spot, as the success criteria require.\n\n**Against.** Live outdoor performance brings risks: market noise and weather, amplifying a choir alongside electronics, and coordinating the choir, producer and organisers on one day.\n\n**An online release** would reach more listeners and present a controlled, fully mixed version that shows off the producer's sound design, but it weakens the link to the community and makes meaningful feedback harder to gather.\n\n**Judgement.** Given the project's aims, the live performance is the better core outcome, but the strongest plan is **hybrid**: record the live event and release the studio mix afterwards, giving the presentation evidence of both.",
  }),
];

const questions: QuestionInput[] = [...areas, ...contexts, ...roles, ...processes, ...contemporary, ...furtherPractice];

const file: SubjectQuestions = { subject: "music", questions };
export default file;
