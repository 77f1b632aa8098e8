import fs from "node:fs";
import path from "node:path";
import { subjectInput, type SubjectInput, type TopicInput } from "@/lib/catalog/catalog-input";
import { questionInput, type Question, type SubjectQuestions } from "@/lib/questions/question-input";
import { questionGroupInput, type QuestionGroup } from "@/lib/questions/question-group-input";
import { flashcardInput, type SubjectFlashcards } from "@/lib/flashcards/flashcard-input";
import { topicNoteInput, type SubjectNotes } from "@/lib/notes/topic-note-input";
import { z } from "zod";

type Flashcard = z.output<typeof flashcardInput>;
type TopicNote = z.output<typeof topicNoteInput>;

export type SubjectContent = {
  subject: SubjectInput;
  questions: Question[];
  groups: QuestionGroup[];
  flashcards: Flashcard[];
  notes: TopicNote[];
};

const contentDir = path.join(process.cwd(), "prisma/seed/content");

async function importDefaults<T>(folder: string): Promise<Map<string, T>> {
  const dir = path.join(contentDir, folder);
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.ts$/.test(f) && !f.endsWith(".test.ts"))
        .sort()
    : [];
  const out = new Map<string, T>();
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as { default?: T };
    if (mod.default === undefined) throw new Error(`${folder}/${file} has no default export`);
    out.set(file.replace(/\.ts$/, ""), mod.default);
  }
  return out;
}

export function flattenTopics(topics: TopicInput[], parentHlOnly = false): (TopicInput & { hlOnly: boolean })[] {
  return topics.flatMap((t) => {
    const hlOnly = parentHlOnly || Boolean(t.hlOnly);
    return [{ ...t, hlOnly }, ...flattenTopics(t.children ?? [], hlOnly)];
  });
}

/**
 * The leaf topics of a level's course: topics the level studies with no subtopic it studies. At SL, a
 * topic whose only subtopics are HL extensions ("A1.2" with "A1.2 (AHL)") is a leaf.
 */
export function leafTopicCodes(topics: TopicInput[], level: "SL" | "HL"): string[] {
  const studied = (t: TopicInput & { hlOnly?: boolean }) => level === "HL" || !t.hlOnly;
  return flattenTopics(topics)
    .filter((t) => studied(t) && !(t.children ?? []).some(studied))
    .map((t) => t.code);
}

/** Loads and validates every seed file; throws one error listing every problem found. */
export async function loadContent(): Promise<SubjectContent[]> {
  const problems: string[] = [];
  const subjects = await importDefaults<unknown>("subjects");
  const questionFiles = await importDefaults<SubjectQuestions>("questions");
  const flashcardFiles = await importDefaults<SubjectFlashcards>("flashcards");
  const noteFiles = await importDefaults<SubjectNotes>("notes");
  const keys = new Set<string>();
  const result: SubjectContent[] = [];

  for (const [file, raw] of subjects) {
    const parsed = subjectInput.safeParse(raw);
    if (!parsed.success) {
      problems.push(`subjects/${file}: ${z.prettifyError(parsed.error)}`);
      continue;
    }
    const subject = parsed.data;
    if (subject.slug !== file) problems.push(`subjects/${file}: slug "${subject.slug}" must match the file name`);
    const topics = new Map<string, boolean>();
    for (const t of flattenTopics(subject.topics)) {
      if (topics.has(t.code)) problems.push(`subjects/${file}: topic code "${t.code}" is used twice`);
      topics.set(t.code, t.hlOnly);
    }
    const courseLevels = new Set(subject.courses.map((c) => c.level));

    const checkPlacement = (where: string, key: string, topicCode: string, itemLevels: string[]) => {
      if (keys.has(key)) problems.push(`${where}: key "${key}" is used twice`);
      keys.add(key);
      if (!topics.has(topicCode)) problems.push(`${where}: unknown topic "${topicCode}"`);
      if (topics.get(topicCode) && itemLevels.includes("SL")) problems.push(`${where}: topic "${topicCode}" is HL only but the item lists SL`);
      for (const l of itemLevels) if (!courseLevels.has(l as "SL")) problems.push(`${where}: subject has no ${l} course`);
    };

    const questions: Question[] = [];
    const qFile = questionFiles.get(file);
    for (const [i, rawQ] of (qFile?.questions ?? []).entries()) {
      const q = questionInput.safeParse(rawQ);
      const where = `questions/${file}[${i}]${(rawQ as { key?: string }).key ? ` (${(rawQ as { key: string }).key})` : ""}`;
      if (!q.success) {
        problems.push(`${where}: ${z.prettifyError(q.error)}`);
        continue;
      }
      checkPlacement(where, q.data.key, q.data.topicCode, q.data.levels);
      questions.push(q.data);
    }

    const groups: QuestionGroup[] = [];
    for (const [i, rawG] of (qFile?.groups ?? []).entries()) {
      const g = questionGroupInput.safeParse(rawG);
      const where = `questions/${file} groups[${i}]${rawG.key ? ` (${rawG.key})` : ""}`;
      if (!g.success) {
        problems.push(`${where}: ${z.prettifyError(g.error)}`);
        continue;
      }
      for (const part of g.data.parts) checkPlacement(`${where} (${part.label})`, part.key, part.topicCode, part.levels);
      groups.push(g.data);
    }

    const flashcards: Flashcard[] = [];
    for (const [i, rawF] of (flashcardFiles.get(file)?.flashcards ?? []).entries()) {
      const f = flashcardInput.safeParse(rawF);
      const where = `flashcards/${file}[${i}]`;
      if (!f.success) {
        problems.push(`${where}: ${z.prettifyError(f.error)}`);
        continue;
      }
      checkPlacement(where, f.data.key, f.data.topicCode, f.data.levels);
      flashcards.push(f.data);
    }

    const notes: TopicNote[] = [];
    const leaves = new Set([...courseLevels].flatMap((level) => leafTopicCodes(subject.topics, level)));
    const noted = new Set<string>();
    for (const [i, rawN] of (noteFiles.get(file)?.notes ?? []).entries()) {
      const n = topicNoteInput.safeParse(rawN);
      const where = `notes/${file}[${i}]`;
      if (!n.success) {
        problems.push(`${where}: ${z.prettifyError(n.error)}`);
        continue;
      }
      checkPlacement(where, n.data.key, n.data.topicCode, n.data.levels);
      // A note is read before practising one topic: it belongs to a leaf, and each course has one per leaf.
      if (topics.has(n.data.topicCode) && !leaves.has(n.data.topicCode))
        problems.push(`${where}: topic "${n.data.topicCode}" has subtopics: notes belong to leaf topics (at SL or HL)`);
      for (const level of n.data.levels) {
        if (noted.has(`${level} ${n.data.topicCode}`)) problems.push(`${where}: ${level} topic "${n.data.topicCode}" already has a note`);
        noted.add(`${level} ${n.data.topicCode}`);
      }
      notes.push(n.data);
    }
    result.push({ subject, questions, groups, flashcards, notes });
  }
  for (const file of [...questionFiles.keys(), ...flashcardFiles.keys(), ...noteFiles.keys()]) {
    if (!subjects.has(file)) problems.push(`${file}: questions, flashcards or notes for a subject with no subjects/${file}.ts`);
  }
  if (problems.length) throw new Error(`Seed content has ${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  return result;
}
