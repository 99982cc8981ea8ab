import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type EmailOutboxEntry, emailOutbox, type NewEmailOutboxEntry } from "../../db/schema";

const MAX_ERROR_LENGTH = 1000;

export function insertOutboxEmail(db: Db, row: NewEmailOutboxEntry) {
  return db.insert(emailOutbox).values(row);
}

export async function findOutboxEmail(db: Db, id: string): Promise<EmailOutboxEntry | undefined> {
  return db.select().from(emailOutbox).where(eq(emailOutbox.id, id)).get();
}

/**
 * Conditional, so that of two concurrent deliveries only one marks the mail sent (and counts the attempt);
 * false when another delivery got there first.
 */
export async function markOutboxSent(db: Db, id: string, transport: string): Promise<boolean> {
  const result = await db
    .update(emailOutbox)
    .set({ status: "sent", sentAt: new Date(), attempts: sql`${emailOutbox.attempts} + 1`, error: null, transport })
    .where(and(eq(emailOutbox.id, id), ne(emailOutbox.status, "sent")));
  return result.meta.changes > 0;
}

/** Counts a failed attempt and keeps its error; the status stays `queued` while the queue retries. */
export async function recordOutboxFailure(db: Db, id: string, transport: string, error: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ attempts: sql`${emailOutbox.attempts} + 1`, error: error.slice(0, MAX_ERROR_LENGTH), transport })
    .where(and(eq(emailOutbox.id, id), ne(emailOutbox.status, "sent")));
}

/** Gives up on a mail (retries exhausted, or it never reached the queue); a sent mail stays sent. */
export async function markOutboxFailed(db: Db, id: string, error: string): Promise<void> {
  await db
    .update(emailOutbox)
    .set({ status: "failed", error: sql`coalesce(${emailOutbox.error}, ${error.slice(0, MAX_ERROR_LENGTH)})` })
    .where(and(eq(emailOutbox.id, id), ne(emailOutbox.status, "sent")));
}
