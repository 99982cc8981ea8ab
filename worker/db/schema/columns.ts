import { sql } from "drizzle-orm";
import { integer, text } from "drizzle-orm/sqlite-core";
import { newId } from "../ids";

// Conventions: text ids generated in app code, times as INTEGER epoch milliseconds (Date in TS),
// money as integer fen, points as integers.

/** Current time in epoch ms, computed by SQLite; lets raw SQL inserts (seed, batches) omit the column. */
export const NOW_MS_SQL = "(cast(round((julianday('now') - 2440587.5) * 86400000) as integer))";
export const NOW_MS = sql.raw(NOW_MS_SQL);

export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => newId());

export const timestampMs = (name: string) => integer(name, { mode: "timestamp_ms" });

export const createdAt = () => timestampMs("created_at").notNull().default(NOW_MS);

export const updatedAt = () =>
  timestampMs("updated_at")
    .notNull()
    .default(NOW_MS)
    .$onUpdate(() => new Date());

export const bool = (name: string) => integer(name, { mode: "boolean" });

/** JSON stored as TEXT. Typed `unknown` on purpose: readers validate with the owning domain's zod schema. */
export const json = (name: string) => text(name, { mode: "json" }).$type<unknown>();
