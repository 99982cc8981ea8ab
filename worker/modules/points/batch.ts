// Atomic D1 batches of raw SQL and drizzle builder statements.
//
// drizzle 0.45's `db.batch()` cannot run raw `db.run(sql`…`)` statements that carry parameters (it looks for a
// prepared statement the raw query does not have), and the ledger needs raw SQL (INSERT … SELECT with window
// functions, upserts). So ledger batches go to D1 directly: each statement is compiled by drizzle's SQLite
// dialect (raw `sql`) or by the builder itself (`toSQL()`), and `D1Database.batch` runs them as one
// transaction — all or nothing, serialised with every other write to the database.

import { is, SQL } from "drizzle-orm";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";

/** A raw `sql` fragment, or a drizzle query builder (`db.update(…)…`, `db.insert(…)…`, `db.select(…)…`). */
export type Statement = SQL | { toSQL(): { sql: string; params: unknown[] } };

const dialect = new SQLiteAsyncDialect();

export function compile(statement: Statement): { sql: string; params: unknown[] } {
  return is(statement, SQL) ? dialect.sqlToQuery(statement) : statement.toSQL();
}

/** Runs the statements as one atomic D1 batch; answers the D1 result of each, in order. */
export async function runBatch(db: Db, statements: Statement[]): Promise<D1Result<Record<string, unknown>>[]> {
  const client = db.$client;
  return client.batch<Record<string, unknown>>(
    statements.map((statement) => {
      const { sql, params } = compile(statement);
      return client.prepare(sql).bind(...params);
    }),
  );
}

/** Rows of the statement at `index` of a batch result. */
export function rowsAt<T>(results: D1Result<Record<string, unknown>>[], index: number): T[] {
  return (results[index]?.results ?? []) as T[];
}
