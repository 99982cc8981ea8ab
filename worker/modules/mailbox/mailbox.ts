import { and, desc, eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { emailOutbox } from "../../db/schema";
import { extractLinks } from "../../lib/email/links";
import { AppError } from "../../lib/errors";

export type MailboxQuery = { to?: string; limit: number; cursor?: string };

type Cursor = { createdAt: number; id: string };

const encodeCursor = (cursor: Cursor) => btoa(`${cursor.createdAt}:${cursor.id}`).replace(/=+$/, "");

function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = atob(value).split(":");
    if (id && /^\d+$/.test(createdAt ?? "")) return { createdAt: Number(createdAt), id };
  } catch {
    // not base64: reported below
  }
  throw new AppError("VALIDATION_FAILED", { details: [{ path: "cursor", message: "invalid cursor" }] });
}

/** Outbox mails, newest first, paged by (createdAt, id). */
export async function listMailbox(db: Db, query: MailboxQuery) {
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await db
    .select()
    .from(emailOutbox)
    .where(
      and(
        // Dev-only and small: case-insensitive matching matters more than using the (to, created_at) index.
        query.to ? sql`${emailOutbox.toAddress} = ${query.to} collate nocase` : undefined,
        after
          ? or(
              lt(emailOutbox.createdAt, new Date(after.createdAt)),
              and(eq(emailOutbox.createdAt, new Date(after.createdAt)), lt(emailOutbox.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.html,
      links: extractLinks(row.textBody),
      status: row.status,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ createdAt: last.createdAt.getTime(), id: last.id }) : null,
  };
}
