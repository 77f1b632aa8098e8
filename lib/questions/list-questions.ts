import { Prisma } from "@/generated/prisma/client";
import { printedLabel } from "@/lib/questions/printed-label";
import { db } from "@/lib/db/prisma";
import { BadRequestError } from "@/lib/errors";
import type { QuestionFilters } from "@/lib/questions/question-filters";
import { toPage, type Page } from "@/lib/pagination/page-query";
import { encodeRankedCursor, type PageInput } from "@/lib/questions/question-cursor";
import { questionSearch } from "@/lib/questions/question-search";

export type QuestionListItem = {
  id: string;
  key: string;
  /** `hasNote`: the topic has a published revision note (/courses/[course]/topics/[code]). */
  topic: { code: string; title: string; hasNote: boolean };
  type: "MCQ" | "NUMERIC" | "WRITTEN";
  difficulty: number;
  marks: number;
  paper: string;
  calculator: boolean;
  commandTerm: string;
  /** Plain text, at most 200 characters; LaTeX ($…$) kept whole, so render it with RichText. */
  stemPreview: string;
  /** Set for a part of a multi-part question ("b(ii)"); practising it brings the whole question. */
  partLabel: string | null;
  bookmarked: boolean;
  attempted: boolean;
  /** The latest marked attempt's score; null when never marked (or awaiting self-marking). */
  lastScore: { marksAwarded: number; maxMarks: number } | null;
};

type Row = {
  id: string;
  key: string;
  type: QuestionListItem["type"];
  difficulty: number;
  marks: number;
  paper: string;
  calculator: boolean;
  command_term: string;
  stem: string;
  part_label: string | null;
  part_context: string | null;
  topic_code: string;
  topic_title: string;
  topic_has_note: boolean;
  bookmarked: boolean;
  attempted: boolean;
  marks_awarded: number | null;
  max_marks: number | null;
  /** Search results only: the match's rank (question-search.ts). */
  rank: number | null;
};

/**
 * One page of a course's published question bank for a student, in id order (keyset on the id: page 500
 * costs what page 1 costs); a search is in (rank, id) order instead, stem matches first (question-search.ts). Two queries whatever the filters: the course and topic subtree, then the page
 * with the user's bookmarks and attempts joined in. Reads the replica: a bookmark made a moment ago may
 * show a moment late, which the bookmark button covers by keeping its own state.
 */
export async function listQuestions(userId: string | null, filters: QuestionFilters, page: PageInput): Promise<Page<QuestionListItem>> {
  const scope = await resolveScope(filters.course, filters.topic);
  const rows = await db.$replica().$queryRaw<Row[]>(pageQuery(userId, scope, filters, page));
  const result = toPage(
    rows.map((r) => ({
      id: r.id,
      key: r.key,
      topic: { code: r.topic_code, title: r.topic_title, hasNote: r.topic_has_note },
      type: r.type,
      difficulty: Number(r.difficulty),
      marks: Number(r.marks),
      paper: r.paper,
      calculator: r.calculator,
      commandTerm: r.command_term,
      // A part is read beneath its question's context: the preview starts there.
      stemPreview: stemPreview(r.part_context === null ? r.stem : `${r.part_context}\n\n${printedLabel(r.part_label ?? "")} ${r.stem}`),
      partLabel: r.part_label,
      bookmarked: r.bookmarked,
      attempted: r.attempted,
      lastScore: r.marks_awarded === null || r.max_marks === null ? null : { marksAwarded: Number(r.marks_awarded), maxMarks: Number(r.max_marks) },
    })),
    page.limit,
  );
  // A search is read in (rank, id) order: its cursor carries the last item's rank.
  const last = rows[page.limit - 1];
  if (filters.q === undefined || !result.nextCursor || !last) return result;
  return { ...result, nextCursor: encodeRankedCursor(Number(last.rank ?? 0), last.id) };
}

export type StudentQuestion = Omit<QuestionListItem, "stemPreview" | "lastScore"> & {
  course: { slug: string; name: string };
  stem: string;
  options: { id: string; text: string }[] | null;
};

/**
 * One published question as a student sees it before answering: stem and options, and nothing that gives
 * the answer away (correct option, numeric answer, markscheme, worked solution come with the marking).
 */
export async function getQuestionForStudent(userId: string, id: string): Promise<StudentQuestion | null> {
  const q = await db.question.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      id: true,
      key: true,
      type: true,
      difficulty: true,
      marks: true,
      paper: true,
      calculator: true,
      commandTerm: true,
      stem: true,
      options: true,
      partLabel: true,
      group: { select: { context: true } },
      course: { select: { slug: true, name: true } },
      topic: { select: { code: true, title: true, note: { select: { status: true } } } },
      bookmarks: { where: { userId }, select: { userId: true } },
      _count: { select: { attempts: { where: { userId } } } },
    },
  });
  if (!q) return null;
  const options = Array.isArray(q.options) ? (q.options as { id: string; text: string }[]).map((o) => ({ id: o.id, text: o.text })) : null;
  const { bookmarks, _count, topic, group, ...question } = q;
  return {
    ...question,
    // A part is shown beneath its question's context, labelled as the paper prints it.
    stem: group ? `${group.context}\n\n**${printedLabel(q.partLabel ?? "")}** ${q.stem}` : q.stem,
    topic: { code: topic.code, title: topic.title, hasNote: topic.note?.status === "PUBLISHED" },
    options,
    bookmarked: bookmarks.length > 0,
    attempted: _count.attempts > 0,
  };
}

type Scope = { courseId: string; topicIds: string[] | null };

/** The course id and, for a topic filter, the topic with all its descendants: one recursive query. */
async function resolveScope(courseSlug: string, topicCode: string | undefined): Promise<Scope> {
  const [row] = await db.$replica().$queryRaw<{ course_id: string | null; topic_ids: string[] }[]>`
    WITH RECURSIVE course AS (
      SELECT c.id FROM courses c WHERE c.slug = ${courseSlug} AND c.archived_at IS NULL
    ), subtree AS (
      SELECT t.id FROM topics t JOIN course ON t.course_id = course.id WHERE t.code = ${topicCode ?? null} AND t.archived_at IS NULL
      UNION ALL
      SELECT child.id FROM topics child JOIN subtree ON child.parent_id = subtree.id WHERE child.archived_at IS NULL
    )
    SELECT (SELECT id FROM course) AS course_id, ARRAY(SELECT id FROM subtree)::text[] AS topic_ids`;
  if (!row?.course_id) throw new BadRequestError(`course: there is no course "${courseSlug}"`, undefined, "validation_failed");
  if (topicCode === undefined) return { courseId: row.course_id, topicIds: null };
  if (!row.topic_ids.length) throw new BadRequestError(`topic: this course has no topic "${topicCode}"`, undefined, "validation_failed");
  return { courseId: row.course_id, topicIds: row.topic_ids };
}

// Only the head of the stem travels: the preview is 200 characters, Markdown markup included in the 1000.
const STEM_HEAD = 1000;

function pageQuery(userId: string | null, scope: Scope, f: QuestionFilters, page: PageInput): Prisma.Sql {
  // With no user, `user_id = NULL` matches nothing: nothing is bookmarked, everything is unattempted.
  const user = Prisma.sql`${userId}::uuid`;
  const where: Prisma.Sql[] = [Prisma.sql`"questions"."course_id" = ${scope.courseId}::uuid`, Prisma.sql`"questions"."status" = 'PUBLISHED'`];
  // A search ranks stem matches first and pages by (rank, id); everything else pages by id.
  const search = f.q === undefined ? null : questionSearch(f.q);
  const rank = search ? search.rank : Prisma.sql`NULL::int`;
  if (page.afterId && search) where.push(Prisma.sql`(${search.rank}, "questions"."id") > (${page.afterRank ?? 0}::int, ${page.afterId}::uuid)`);
  else if (page.afterId) where.push(Prisma.sql`"questions"."id" > ${page.afterId}::uuid`);
  if (scope.topicIds) where.push(Prisma.sql`"questions"."topic_id" = ANY(${scope.topicIds}::uuid[])`);
  if (f.difficulties) where.push(Prisma.sql`"questions"."difficulty" = ANY(${f.difficulties}::int[])`);
  if (f.paper) where.push(Prisma.sql`"questions"."paper" = ${f.paper}::"PaperCode"`);
  if (f.calculator !== undefined) where.push(Prisma.sql`"questions"."calculator" = ${f.calculator}`);
  if (f.commandTerm) where.push(Prisma.sql`"questions"."command_term" = ${f.commandTerm}`);
  if (f.type) where.push(Prisma.sql`"questions"."type" = ${f.type}::"QuestionType"`);
  if (search) where.push(search.where);
  // Per-user filters are (anti-)semi-joins the planner can drive from the user's few attempts/bookmarks
  // (indexes attempts(user_id, question_id), bookmarks(user_id, question_id)): no per-row round trips.
  if (f.notAttempted) where.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = ${user} AND a.question_id = "questions"."id")`);
  if (f.bookmarked) where.push(Prisma.sql`EXISTS (SELECT 1 FROM bookmarks b WHERE b.user_id = ${user} AND b.question_id = "questions"."id")`);
  if (f.wrong) {
    // "Got it wrong": the latest marked attempt scored less than full marks (a later full-marks attempt clears it).
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM attempts a
      WHERE a.user_id = ${user} AND a.question_id = "questions"."id" AND a.status = 'MARKED' AND a.marks_awarded < a.max_marks
        AND NOT EXISTS (
          SELECT 1 FROM attempts later
          WHERE later.user_id = a.user_id AND later.question_id = a.question_id AND later.status = 'MARKED'
            AND (later.created_at, later.id) > (a.created_at, a.id)))`);
  }
  // The page is cut first; the user's columns are then looked up for its ≤ 51 rows only.
  return Prisma.sql`
    WITH page AS (
      SELECT "questions"."id", "questions"."key", "questions"."topic_id", "questions"."type"::text AS type, "questions"."difficulty",
             "questions"."marks", "questions"."paper"::text AS paper, "questions"."calculator", "questions"."command_term",
             left("questions"."stem", ${STEM_HEAD}) AS stem, "questions"."group_id", "questions"."part_label", ${rank} AS rank
      FROM "questions"
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY rank, "questions"."id"
      LIMIT ${page.limit + 1}
    )
    SELECT page.*, t.code AS topic_code, t.title AS topic_title,
           (SELECT left(g.context, ${STEM_HEAD}) FROM question_groups g WHERE g.id = page.group_id) AS part_context,
           EXISTS (SELECT 1 FROM topic_notes n WHERE n.topic_id = t.id AND n.status = 'PUBLISHED') AS topic_has_note,
           EXISTS (SELECT 1 FROM bookmarks b WHERE b.user_id = ${user} AND b.question_id = page.id) AS bookmarked,
           EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = ${user} AND a.question_id = page.id) AS attempted,
           last.marks_awarded, last.max_marks
    FROM page
    JOIN topics t ON t.id = page.topic_id
    LEFT JOIN LATERAL (
      SELECT a.marks_awarded, a.max_marks FROM attempts a
      WHERE a.user_id = ${user} AND a.question_id = page.id AND a.status = 'MARKED'
      ORDER BY a.created_at DESC, a.id DESC
      LIMIT 1
    ) last ON true
    ORDER BY page.rank, page.id`;
}

const PREVIEW_MAX = 200;
// Escaped dollars are text; $$…$$ and $…$ are math (a backslash escapes inside them too: $\$5000$).
const MATH_OR_ESCAPE = /\\\$|\$\$(?:\\[\s\S]|[^$\\])+?\$\$|\$(?:\\.|[^$\\\n])+?\$/g;

function plainText(markdown: string, atLineStart: boolean): string {
  // Line-level markup (headings, lists, quotes, table rules) only counts at the start of a line: after a
  // formula, "- 3" is a minus sign.
  const firstBreak = atLineStart ? 0 : markdown.indexOf("\n") + 1 || markdown.length;
  const lines = markdown
    .slice(firstBreak)
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|?)+\s*$/gm, " ");
  return (markdown.slice(0, firstBreak) + lines)
    .replace(/```[^\n]*\n?/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[|`]|\*\*|__|(?<![\w*])\*(?!\s)|(?<!\s)\*(?!\w)|(?<![\w\\])_(?!\s)|(?<![\s\\])_(?!\w)/g, " ");
}

/**
 * The first ≤ 200 characters of a stem as one line of plain text for a list: Markdown markup removed,
 * LaTeX kept as written (display math made inline), never cut inside a formula (a cut formula would not
 * render), cut at a word otherwise, with an ellipsis when shortened.
 */
export function stemPreview(stem: string): string {
  const parts: { text: string; math: boolean }[] = [];
  let at = 0;
  for (const m of stem.matchAll(MATH_OR_ESCAPE)) {
    if (m.index > at) parts.push({ text: plainText(stem.slice(at, m.index), at === 0 || stem[at - 1] === "\n"), math: false });
    const math = m[0] !== "\\$";
    parts.push({ text: math && m[0].startsWith("$$") ? `$${m[0].slice(2, -2).trim()}$` : m[0], math });
    at = m.index + m[0].length;
  }
  if (at < stem.length) parts.push({ text: plainText(stem.slice(at), at === 0 || stem[at - 1] === "\n"), math: false });

  let out = "";
  let cut = false;
  for (const part of parts) {
    const text = part.text.replace(/\s+/g, " ");
    const room = PREVIEW_MAX - 1 - out.length;
    if (text.length <= room) {
      out += text;
      continue;
    }
    cut = true;
    if (!part.math) {
      const head = text.slice(0, room + 1);
      const space = head.lastIndexOf(" ");
      out += space > room / 2 ? head.slice(0, space) : head.slice(0, room);
    }
    break;
  }
  out = out.replace(/\s+/g, " ").trim();
  if (!cut) return out;
  return `${out.replace(/[\s,;:]+$/, "")}…`;
}
