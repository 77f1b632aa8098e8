import { z } from "zod";
import { db } from "@/lib/db/prisma";

/** What an audit entry is about, as an admin reads it: a name and, when the thing still exists, a link. */
export type AuditEntityLabel = { name: string; href: string };

type Ref = { entityType: string; entityId: string | null };

const isUuid = (id: string) => z.uuid().safeParse(id).success;
const key = (type: string, id: string) => `${type}:${id}`;

/**
 * Names for the entities of a page of audit entries: a user's email, a course's or subject's name, a
 * topic's code and title, a question's or multi-part question's key, a flashcard's front, an import's
 * file name. One query per entity type on the page (at most eight), whatever the page size. An entity
 * deleted since is absent from the map, and the page falls back to its id.
 */
export async function nameAuditEntities(entries: Ref[]): Promise<Map<string, AuditEntityLabel>> {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type && e.entityId && isUuid(e.entityId)).map((e) => e.entityId!))];
  const replica = db.$replica();
  const [users, subjects, courses, topics, questions, flashcards, imports, groups] = await Promise.all([
    ids("user").length ? replica.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, email: true, name: true } }) : [],
    ids("subject").length ? replica.subject.findMany({ where: { id: { in: ids("subject") } }, select: { id: true, name: true } }) : [],
    ids("course").length ? replica.course.findMany({ where: { id: { in: ids("course") } }, select: { id: true, name: true } }) : [],
    ids("topic").length
      ? replica.topic.findMany({
          where: { id: { in: ids("topic") } },
          select: { id: true, code: true, title: true, courseId: true, course: { select: { name: true } } },
        })
      : [],
    ids("question").length ? replica.question.findMany({ where: { id: { in: ids("question") } }, select: { id: true, key: true } }) : [],
    ids("flashcard").length ? replica.flashcard.findMany({ where: { id: { in: ids("flashcard") } }, select: { id: true, front: true } }) : [],
    ids("content_import").length ? replica.contentImport.findMany({ where: { id: { in: ids("content_import") } }, select: { id: true, fileName: true } }) : [],
    ids("question_group").length ? replica.questionGroup.findMany({ where: { id: { in: ids("question_group") } }, select: { id: true, key: true } }) : [],
  ]);
  const out = new Map<string, AuditEntityLabel>();
  for (const u of users) out.set(key("user", u.id), { name: u.name ? `${u.name} (${u.email})` : u.email, href: `/admin/users/${u.id}` });
  for (const s of subjects) out.set(key("subject", s.id), { name: s.name, href: `/admin/content/subjects/${s.id}` });
  for (const c of courses) out.set(key("course", c.id), { name: c.name, href: `/admin/content/courses/${c.id}` });
  for (const t of topics) out.set(key("topic", t.id), { name: `${t.code} ${t.title} (${t.course.name})`, href: `/admin/content/courses/${t.courseId}/topics` });
  for (const q of questions) out.set(key("question", q.id), { name: q.key, href: `/admin/content/questions/${q.id}` });
  for (const f of flashcards) out.set(key("flashcard", f.id), { name: shorten(f.front), href: `/admin/content/flashcards/${f.id}` });
  for (const i of imports) out.set(key("content_import", i.id), { name: i.fileName, href: `/admin/imports/${i.id}` });
  for (const g of groups) out.set(key("question_group", g.id), { name: g.key, href: `/admin/content/groups/${g.id}` });
  return out;
}

/** The label of one entry's entity, if it was found. */
export function auditEntityLabel(labels: Map<string, AuditEntityLabel>, entry: Ref): AuditEntityLabel | undefined {
  return entry.entityId ? labels.get(key(entry.entityType, entry.entityId)) : undefined;
}

function shorten(text: string, max = 80): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
