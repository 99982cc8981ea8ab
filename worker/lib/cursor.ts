import { and, eq, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { AppError } from "./errors";

/** Position in a newest-first list ordered by (createdAt, id): opaque to clients (base64url). */
export type Cursor = { at: Date; id: string };

export function encodeCursor(at: Date, id: string): string {
  return btoa(`${at.getTime()}:${id}`).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Null without a cursor; `400 VALIDATION_FAILED` on `cursor` for anything that is not one of ours. */
export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const [at, id] = atob(value.replace(/-/g, "+").replace(/_/g, "/")).split(":");
    if (at && id && /^\d{1,16}$/.test(at) && /^[0-9A-Za-z_-]{1,64}$/.test(id)) return { at: new Date(Number(at)), id };
  } catch {
    // not base64: reported below
  }
  throw new AppError("VALIDATION_FAILED", { details: [{ path: "cursor", message: "cursor.invalid" }] });
}

/** Rows strictly after the cursor in (createdAt DESC, id DESC) order; undefined on the first page. */
export function afterCursor(createdAt: SQLiteColumn, id: SQLiteColumn, cursor: Cursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return or(lt(createdAt, cursor.at), and(eq(createdAt, cursor.at), lt(id, cursor.id)));
}

/** Cuts the `limit + 1` rows a query fetched into a page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, key: (row: T) => { createdAt: Date; id: string }) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > limit && last ? encodeCursor(key(last).createdAt, key(last).id) : null,
  };
}
