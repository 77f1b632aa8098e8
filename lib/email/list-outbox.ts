import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/prisma";
import { pageFields, toPage, type Page } from "@/lib/pagination/page-query";
import { mailTransportConfigured } from "@/lib/email/mail-transport";
import { outboxDisplayStatus, type OutboxDisplayStatus } from "@/lib/email/outbox-status";

export const OUTBOX_PAGE_SIZE = 25;

export const listOutboxQuery = z.object({
  /** Part of the recipient's address. */
  q: z.string().trim().max(200).optional(),
  status: z.enum(["PENDING", "SENDING", "SENT", "FAILED"]).optional(),
  ...pageFields({ defaultLimit: OUTBOX_PAGE_SIZE, maxLimit: 100 }),
});
export type ListOutboxQuery = z.output<typeof listOutboxQuery>;

export type OutboxRow = {
  id: string;
  to: string;
  userId: string | null;
  template: string;
  subject: string;
  status: OutboxDisplayStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
};
export type OutboxPage = Page<OutboxRow>;

/**
 * The admin outbox, newest first, keyset-paginated by id (UUIDv7: id order is queue order). Read on the
 * primary: an admin opens it right after a sign-up to find the verification link, and a replica a moment
 * behind would show an outbox without it.
 */
export async function listOutbox(query: ListOutboxQuery, transportConfigured = mailTransportConfigured()): Promise<OutboxPage> {
  const where: Prisma.EmailOutboxWhereInput = {
    status: query.status,
    ...(query.q ? { to: { contains: query.q.toLowerCase() } } : {}),
    ...(query.cursor ? { id: { lt: query.cursor } } : {}),
  };
  const rows = await db.$primary().emailOutbox.findMany({
    where,
    orderBy: { id: "desc" },
    take: query.limit + 1,
    select: { id: true, to: true, userId: true, template: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true },
  });
  const page = toPage(rows, query.limit);
  return { ...page, items: page.items.map((r) => ({ ...r, status: outboxDisplayStatus(r.status, transportConfigured) })) };
}

export type OutboxEmail = OutboxRow & { html: string; text: string; lastError: string | null; sendAfter: Date };

/** One outbox email with its message, or null when there is none with this id. */
export async function getOutboxEmail(id: string, transportConfigured = mailTransportConfigured()): Promise<OutboxEmail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.$primary().emailOutbox.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      userId: true,
      template: true,
      subject: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      html: true,
      text: true,
      lastError: true,
      sendAfter: true,
    },
  });
  return row && { ...row, status: outboxDisplayStatus(row.status, transportConfigured) };
}
