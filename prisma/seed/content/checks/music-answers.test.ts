import { describe, expect, it } from "vitest";
import { flattenTopics } from "@/prisma/seed/content/load-content";
import { questionInput, type Question } from "@/lib/questions/question-input";
import { flashcardInput } from "@/lib/flashcards/flashcard-input";
import bank, {
  CADENCE_FACTS,
  CADENCE_OPTIONS,
  CHORD_FACTS,
  INTERVAL_FACTS,
  KEY_SIGNATURE_FACTS,
  MELODY_STEPS,
  METRE_FACTS,
  ORIGINAL_LABEL,
  PRIMARY_TRIADS,
  TWELVE_BAR_BLUES,
} from "@/prisma/seed/content/questions/music";
import cards from "@/prisma/seed/content/flashcards/music";
import subject from "@/prisma/seed/content/subjects/music";

// IB Music has no calculations and no written exam, so this file checks two things.
// 1. The bank's shape: MCQs with four distinct options and one key (spread over A-D), written markschemes
//    whose points add up exactly to the marks (one mark per point, or chained level bands for the extended
//    responses), enough questions and cards at each level, every leaf topic practised (the HL-only topic by
//    HL-only items), and every invented piece or project labelled as original.
// 2. The music theory the bank encodes as data, recomputed here from note names with a small independent
//    model of pitch (letter names + semitones): interval names and sizes, key signatures, chord spellings,
//    cadences, metres, the primary triads, the 12-bar blues and the interval and key-signature tables on
//    the flashcards. A typo in a note name, a stored answer or an option fails here.

const questions: Question[] = bank.questions.map((raw) => questionInput.parse(raw));
const flashcards = cards.flashcards.map((f) => flashcardInput.parse(f));
const byKey = new Map(questions.map((q) => [q.key, q]));
const sumMarks = (q: Question) => q.markscheme.reduce((s, p) => s + p.marks, 0);

/** The text of a question's keyed option (throws if the question is missing or not an MCQ). */
function keyedOption(key: string): { q: Extract<Question, { type: "MCQ" }>; text: string; others: string[] } {
  const q = byKey.get(`music-${key}`);
  if (!q || q.type !== "MCQ") throw new Error(`no MCQ music-${key}`);
  const text = q.options.find((o) => o.id === q.correctOptionId)?.text ?? "";
  return { q, text, others: q.options.filter((o) => o.id !== q.correctOptionId).map((o) => o.text) };
}

// ─── A small model of pitch, written independently of the question file ───
const LETTERS = ["C", "D", "E", "F", "G", "A", "B"];
const NATURAL = [0, 2, 4, 5, 7, 9, 11];
const MAJOR_STEPS = [0, 2, 4, 5, 7, 9, 11];

type Pitch = { letter: number; pc: number };
function parse(note: string): Pitch {
  const letter = LETTERS.indexOf(note.charAt(0));
  const accidental = note.slice(1);
  const alter = accidental === "" ? 0 : accidental === "♯" ? 1 : accidental === "♭" ? -1 : NaN;
  if (letter < 0 || Number.isNaN(alter)) throw new Error(`cannot read note "${note}"`);
  return { letter, pc: ((NATURAL[letter] ?? 0) + alter + 12) % 12 };
}
function spell(letter: number, pc: number): string {
  const diff = ((((pc - (NATURAL[letter] ?? 0)) % 12) + 18) % 12) - 6;
  const accidental = ({ 0: "", 1: "♯", [-1]: "♭" } as Record<number, string>)[diff];
  if (accidental === undefined) throw new Error(`no single accidental for letter ${LETTERS[letter]} at pitch class ${pc}`);
  return `${LETTERS[letter]}${accidental}`;
}
const ORDINAL = ["unison", "2nd", "3rd", "4th", "5th", "6th", "7th"];
/** The interval from `lower` up to the nearest `upper` above it (within an octave). */
function interval(lower: string, upper: string): { name: string; semitones: number } {
  const a = parse(lower);
  const b = parse(upper);
  const number = ((b.letter - a.letter + 7) % 7) + 1;
  const semitones = (b.pc - a.pc + 12) % 12;
  const diff = semitones - (MAJOR_STEPS[number - 1] ?? 0);
  const perfectKind = [1, 4, 5].includes(number);
  const quality = perfectKind
    ? ({ 0: "perfect", 1: "augmented", [-1]: "diminished" } as Record<number, string>)[diff]
    : ({ 0: "major", [-1]: "minor", 1: "augmented", [-2]: "diminished" } as Record<number, string>)[diff];
  if (!quality) throw new Error(`odd interval ${lower}-${upper}`);
  return { name: `${quality} ${ORDINAL[number - 1]}`, semitones };
}
function majorScale(tonic: string): string[] {
  const t = parse(tonic);
  return MAJOR_STEPS.map((step, i) => spell((t.letter + i) % 7, (t.pc + step) % 12));
}
/** The key signature of "D major", "E minor"... in the written order of sharps or flats. */
function keySignature(tonality: string): string[] {
  const [tonic = "", mode] = tonality.split(" ");
  let major = tonic;
  if (mode === "minor") {
    const t = parse(tonic);
    major = spell((t.letter + 2) % 7, (t.pc + 3) % 12); // relative major: a minor 3rd up
  } else if (mode !== "major") throw new Error(`unknown mode in "${tonality}"`);
  const altered = majorScale(major).filter((n) => n.length > 1);
  const sharps = altered.filter((n) => n.endsWith("♯"));
  const flats = altered.filter((n) => n.endsWith("♭"));
  if (sharps.length && flats.length) throw new Error(`${tonality} mixes sharps and flats`);
  const order = sharps.length ? "FCGDAEB" : "BEADGCF";
  return altered.sort((x, y) => order.indexOf(x.charAt(0)) - order.indexOf(y.charAt(0)));
}
const CHORD_SHAPES: Record<string, number[]> = {
  major: [4, 7],
  minor: [3, 7],
  diminished: [3, 6],
  augmented: [4, 8],
  "dominant 7th": [4, 7, 10],
  "major 7th": [4, 7, 11],
};
/** The quality of a stack of thirds, or undefined if the notes are not stacked thirds of a known shape. */
function chordQuality(notes: string[]): string | undefined {
  const [root, ...rest] = notes.map(parse);
  if (!root) return undefined;
  if (rest.some((p, i) => p.letter !== (root.letter + 2 * (i + 1)) % 7)) return undefined;
  const shape = rest.map((p) => (p.pc - root.pc + 12) % 12).join(",");
  return Object.entries(CHORD_SHAPES).find(([, s]) => s.join(",") === shape)?.[0];
}
const MAJOR_KEY_TRIADS = ["major", "minor", "minor", "major", "major", "minor", "diminished"];
const NUMERALS = ["I", "ii", "iii", "IV", "V", "vi", "vii"];
const triadOn = (scale: string[], degree: number) => [0, 2, 4].map((o) => scale[(degree + o) % 7] ?? "");

describe("Music question bank: shape", () => {
  it("has enough questions and flashcards at each level, with unique prefixed keys", () => {
    expect(questions.filter((q) => q.type === "NUMERIC")).toEqual([]);
    expect(questions.filter((q) => q.levels.includes("SL")).length).toBeGreaterThanOrEqual(45);
    expect(questions.filter((q) => q.levels.includes("HL")).length).toBeGreaterThanOrEqual(65);
    expect(flashcards.filter((f) => f.levels.includes("SL")).length).toBeGreaterThanOrEqual(35);
    expect(flashcards.filter((f) => f.levels.includes("HL")).length).toBeGreaterThanOrEqual(35);
    const keys = [...questions.map((q) => q.key), ...flashcards.map((f) => f.key)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(questions.filter((q) => !q.key.startsWith("music-") || q.key.startsWith("music-fc-")).map((q) => q.key)).toEqual([]);
    expect(flashcards.filter((f) => !f.key.startsWith("music-fc-")).map((f) => f.key)).toEqual([]);
  });

  it("mixes MCQs and written answers (each 35-65% of the bank) and spreads difficulty 1-5", () => {
    const mcqShare = questions.filter((q) => q.type === "MCQ").length / questions.length;
    expect(mcqShare).toBeGreaterThanOrEqual(0.35);
    expect(mcqShare).toBeLessThanOrEqual(0.65);
    for (const d of [1, 2, 3, 4, 5])
      expect(
        questions.some((q) => q.difficulty === d),
        `difficulty ${d}`,
      ).toBe(true);
  });

  it("uses the single coursework paper entry, no calculator and no dollar signs (nothing for KaTeX)", () => {
    const papers = new Set(subject.courses.flatMap((c) => c.papers.map((p) => p.code)));
    for (const q of questions) {
      expect(papers.has(q.paper), q.key).toBe(true);
      expect(q.calculator, q.key).toBe(false);
      const texts = [q.stem, q.workedSolution, ...q.markscheme.map((p) => p.text), ...(q.type === "MCQ" ? q.options.map((o) => o.text) : [])];
      expect(
        texts.some((t) => t.includes("$")),
        q.key,
      ).toBe(false);
    }
    expect(flashcards.some((f) => f.front.includes("$") || f.back.includes("$"))).toBe(false);
  });

  it("gives every MCQ four distinct options, one existing key, one mark and an explanation naming that key", () => {
    const bad: string[] = [];
    for (const q of questions) {
      if (q.type !== "MCQ") continue;
      const texts = q.options.map((o) => o.text.trim().toLowerCase());
      if (q.options.length !== 4 || new Set(texts).size !== 4) bad.push(`${q.key}: options not four distinct texts`);
      if (q.options.map((o) => o.id).join("") !== "ABCD") bad.push(`${q.key}: option ids not A-D`);
      if (q.options.filter((o) => o.id === q.correctOptionId).length !== 1) bad.push(`${q.key}: correct option missing`);
      if (q.marks !== 1 || sumMarks(q) !== 1) bad.push(`${q.key}: MCQ not worth exactly 1 mark`);
      if (!q.workedSolution.startsWith(`**${q.correctOptionId}.**`)) bad.push(`${q.key}: worked solution does not give the key`);
    }
    expect(bad).toEqual([]);
  });

  it("spreads MCQ keys over A-D (no letter for fewer than 15% or more than 40% of MCQs)", () => {
    const mcqs = questions.filter((q) => q.type === "MCQ");
    for (const letter of ["A", "B", "C", "D"]) {
      const share = mcqs.filter((q) => q.type === "MCQ" && q.correctOptionId === letter).length / mcqs.length;
      expect(share, letter).toBeGreaterThanOrEqual(0.15);
      expect(share, letter).toBeLessThanOrEqual(0.4);
    }
  });

  it("marks written answers 2-6 marks, points summing exactly to the marks: one mark each, or chained level bands", () => {
    const bad: string[] = [];
    for (const q of questions.filter((x) => x.type === "WRITTEN")) {
      if (q.marks < 2 || q.marks > 6) bad.push(`${q.key}: ${q.marks} marks`);
      if (sumMarks(q) !== q.marks) bad.push(`${q.key}: points add up to ${sumMarks(q)}, question worth ${q.marks}`);
      const banded = q.markscheme.every((p) => p.id.startsWith("band"));
      if (banded) {
        q.markscheme.forEach((p, i) => {
          if (p.id !== `band${i + 1}` || p.dependsOn.join() !== (i === 0 ? "" : `band${i}`)) bad.push(`${q.key}: bands not chained`);
        });
      } else if (q.markscheme.some((p) => p.marks !== 1 || p.keywords.length === 0)) bad.push(`${q.key}: a point is not one mark with keywords`);
    }
    expect(bad).toEqual([]);
  });

  it("has a few extended responses marked by level descriptors, each with a model answer", () => {
    const extended = questions.filter((q) => q.type === "WRITTEN" && q.markscheme.every((p) => p.id.startsWith("band")));
    expect(extended.length).toBeGreaterThanOrEqual(2);
    for (const q of extended) {
      expect(q.stem, q.key).toContain("level descriptors");
      expect(q.workedSolution, q.key).toContain("Model answer");
      expect(
        q.markscheme.map((p) => p.text.slice(0, 11)),
        q.key,
      ).toEqual(["Level 1–2: ", "Level 3–4: ", "Level 5–6: "]);
    }
  });

  it("practises every leaf topic at each level, and the HL-only topic only with HL-only items", () => {
    const topics = flattenTopics(subject.topics);
    for (const level of ["SL", "HL"] as const) {
      const leaves = topics.filter((t) => !t.children?.length && (level === "HL" || !t.hlOnly));
      const practised = new Set(questions.filter((q) => q.levels.includes(level)).map((q) => q.topicCode));
      expect(
        leaves.filter((t) => !practised.has(t.code)).map((t) => t.code),
        level,
      ).toEqual([]);
    }
    const hlOnly = new Set(topics.filter((t) => t.hlOnly).map((t) => t.code));
    expect(hlOnly.size).toBeGreaterThan(0);
    const misplaced = [...questions, ...flashcards].filter((x) => hlOnly.has(x.topicCode) && x.levels.includes("SL")).map((x) => x.key);
    expect(misplaced).toEqual([]);
    expect(questions.filter((q) => hlOnly.has(q.topicCode)).length).toBeGreaterThanOrEqual(5);
  });

  it("labels every invented piece or project as original, once per description, and quotes nothing unlabelled", () => {
    const bad: string[] = [];
    for (const q of questions) {
      const headings = (q.stem.match(/\*\*(Piece|Project) [A-Z]: /g) ?? []).length;
      const labels = q.stem.split(ORIGINAL_LABEL).length - 1;
      const quoted = q.stem.split("\n").some((l) => l.startsWith("> "));
      if (headings !== labels || (quoted && labels === 0)) bad.push(`${q.key}: ${headings} descriptions, ${labels} labels`);
    }
    expect(bad).toEqual([]);
    expect(questions.filter((q) => q.stem.includes(ORIGINAL_LABEL)).length).toBeGreaterThanOrEqual(25);
  });
});

describe("Music theory encoded in the bank, recomputed from note names", () => {
  it("the pitch model itself agrees with textbook facts", () => {
    expect(interval("C", "G")).toEqual({ name: "perfect 5th", semitones: 7 });
    expect(interval("C", "E♭")).toEqual({ name: "minor 3rd", semitones: 3 });
    expect(interval("B", "F")).toEqual({ name: "diminished 5th", semitones: 6 });
    expect(majorScale("E♭")).toEqual(["E♭", "F", "G", "A♭", "B♭", "C", "D"]);
    expect(keySignature("B minor")).toEqual(["F♯", "C♯"]);
    expect(keySignature("C minor")).toEqual(["B♭", "E♭", "A♭"]);
    expect(chordQuality(["C", "E", "G♯"])).toBe("augmented");
  });

  it("names every interval fact correctly, with its semitone count, and keys its MCQ on that name", () => {
    expect(INTERVAL_FACTS.length).toBeGreaterThanOrEqual(5);
    for (const f of INTERVAL_FACTS) {
      expect(interval(f.lower, f.upper), f.key).toEqual({ name: f.name, semitones: f.semitones });
      const { text, others } = keyedOption(f.key);
      expect(text, f.key).toBe(f.name);
      expect(others, f.key).not.toContain(f.name);
      expect(keyedOption(f.key).q.workedSolution, f.key).toContain(`${f.semitones} semitones`);
    }
  });

  it("names each interval of the transcribed melody correctly (falling intervals measured from the lower note)", () => {
    for (const s of MELODY_STEPS) {
      const computed = s.direction === "up" ? interval(s.from, s.to) : interval(s.to, s.from);
      expect(computed.name, `${s.from}-${s.to}`).toBe(s.name);
    }
    const q = byKey.get("music-role1-06");
    expect(q?.markscheme.map((p) => p.text.split(": ")[1])).toEqual(MELODY_STEPS.map((s) => s.name));
  });

  it("gives every key-signature fact the right sharps or flats, in order, and keys its MCQ on them", () => {
    const inWords = (acc: string[]) =>
      acc.length === 0 ? "no sharps or flats" : `${acc.length} ${acc[0]?.endsWith("♯") ? "sharp" : "flat"}${acc.length > 1 ? "s" : ""} (${acc.join(", ")})`;
    for (const f of KEY_SIGNATURE_FACTS) {
      expect(f.accidentals, f.key).toEqual(keySignature(f.tonality));
      const { text, others } = keyedOption(f.key);
      expect(text, f.key).toBe(inWords(keySignature(f.tonality)));
      expect(others, f.key).not.toContain(text);
    }
  });

  it("spells every chord fact as stacked thirds of the stated quality and keys its MCQ on that spelling", () => {
    for (const f of CHORD_FACTS) {
      expect(f.notes[0], f.key).toBe(f.root);
      expect(chordQuality(f.notes), f.key).toBe(f.quality);
      const { text, others } = keyedOption(f.key);
      expect(text, f.key).toBe(f.notes.join(" – "));
      // No distractor may spell the same chord.
      for (const o of others) expect(o.split(" – "), `${f.key}: ${o}`).not.toEqual(f.notes);
    }
  });

  it("names every cadence from the scale degrees of its chords, which are diatonic in the key", () => {
    for (const f of CADENCE_FACTS) {
      const [tonic = "", mode] = f.tonality.split(" ");
      expect(mode, f.key).toBe("major");
      const scale = majorScale(tonic);
      const degrees = f.chords.map((c) => {
        const [root = "", quality] = c.split(" ");
        const d = scale.indexOf(root);
        expect(d, `${f.key}: ${root} not in ${f.tonality}`).toBeGreaterThanOrEqual(0);
        expect(quality, `${f.key}: ${c} is not chord ${NUMERALS[d]} of ${f.tonality}`).toBe(MAJOR_KEY_TRIADS[d]);
        return d + 1;
      });
      const [a, b] = degrees;
      const cadence = a === 5 && b === 1 ? "perfect" : a === 4 && b === 1 ? "plagal" : a === 5 && b === 6 ? "interrupted" : b === 5 ? "imperfect" : "none";
      expect(cadence, f.key).toBe(f.cadence);
      expect(keyedOption(f.key).text, f.key).toBe(CADENCE_OPTIONS[f.cadence]);
    }
  });

  it("classifies every time signature as simple or compound, duple, triple or quadruple", () => {
    const beatsName: Record<number, string> = { 2: "duple", 3: "triple", 4: "quadruple" };
    for (const f of METRE_FACTS) {
      const top = Number(f.signature.split("/")[0]);
      const compound = top % 3 === 0 && top > 3;
      const expected = `${compound ? "compound" : "simple"} ${beatsName[compound ? top / 3 : top]}`;
      expect(f.metre, f.key).toBe(expected);
      expect(f.wrong, f.key).not.toContain(expected);
      expect(keyedOption(f.key).text, f.key).toBe(expected);
    }
  });

  it("spells the primary triads and the 12-bar blues from their scale degrees", () => {
    const scale = majorScale(PRIMARY_TRIADS.tonality.split(" ")[0] ?? "");
    for (const c of PRIMARY_TRIADS.chords) {
      const degree = NUMERALS.indexOf(c.numeral);
      expect(c.notes, c.numeral).toEqual(triadOn(scale, degree));
      expect(chordQuality(c.notes), c.numeral).toBe("major");
    }
    const blues = majorScale(TWELVE_BAR_BLUES.tonality.split(" ")[0] ?? "");
    expect(TWELVE_BAR_BLUES.numerals.join(" ")).toBe("I I I I IV IV I I V IV I I");
    expect(TWELVE_BAR_BLUES.roots).toEqual(TWELVE_BAR_BLUES.numerals.map((n) => blues[NUMERALS.indexOf(n)]));
  });

  it("checks the interval and key-signature tables on the flashcards", () => {
    const intervals = flashcards.find((f) => f.key === "music-fc-interval-table");
    const rows = (intervals?.back ?? "").split("\n").map((l) => l.match(/^- (.+?): (\d+) \(([A-G][♯♭]?)–([A-G][♯♭]?)\)$/));
    expect(rows.length).toBe(12);
    for (const m of rows) {
      expect(m, "unreadable interval row").not.toBeNull();
      if (!m) continue;
      expect(interval(m[3] ?? "", m[4] ?? ""), m[0]).toEqual({ name: m[1], semitones: Number(m[2]) });
    }

    const keys = flashcards.find((f) => f.key === "music-fc-key-signature-table");
    const keyRows = (keys?.back ?? "").split("\n").map((l) => l.match(/^- \*\*([A-G][♯♭]?) major \/ ([A-G][♯♭]?) minor:\*\* (.+)$/));
    expect(keyRows.length).toBe(9);
    for (const m of keyRows) {
      expect(m, "unreadable key row").not.toBeNull();
      if (!m) continue;
      const listed = m[3] === "none" ? [] : (m[3] ?? "").split(", ");
      expect(keySignature(`${m[1]} major`), m[0]).toEqual(listed);
      expect(keySignature(`${m[2]} minor`), m[0]).toEqual(listed);
    }
  });
});
