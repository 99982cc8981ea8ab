/** Sums what D1 reports for every query of one request, for `Server-Timing` and the request log. */
export class D1Stats {
  queries = 0;
  rowsRead = 0;
  rowsWritten = 0;
  /** Wall time spent waiting for D1, in ms. */
  durationMs = 0;

  record(meta: Partial<D1Meta> | undefined, elapsedMs: number): void {
    this.queries += 1;
    this.rowsRead += meta?.rows_read ?? 0;
    this.rowsWritten += meta?.rows_written ?? 0;
    this.durationMs += elapsedMs;
  }
}

async function timed<T>(stats: D1Stats, run: () => Promise<T>, meta: (result: T) => Partial<D1Meta> | undefined) {
  const started = performance.now();
  const result = await run();
  stats.record(meta(result), performance.now() - started);
  return result;
}

/**
 * A D1 statement whose every execution reports its `meta` to {@link D1Stats}.
 *
 * `raw()` and `first()` drop D1's meta, so they are answered from `all()`: `raw()` maps the row
 * objects back to arrays in column order, exactly as drizzle already does for batched queries —
 * which is why a query must not select two columns with the same name (alias them).
 */
class MeteredStatement {
  constructor(
    private readonly inner: D1PreparedStatement,
    private readonly stats: D1Stats,
  ) {}

  bind(...values: unknown[]): MeteredStatement {
    return new MeteredStatement(this.inner.bind(...values), this.stats);
  }

  all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return timed(
      this.stats,
      () => this.inner.all<T>(),
      (r) => r.meta,
    );
  }

  run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return timed(
      this.stats,
      () => this.inner.run<T>(),
      (r) => r.meta,
    );
  }

  async first<T = unknown>(column?: string): Promise<T | null> {
    const { results } = await this.all<Record<string, unknown>>();
    const row = results[0];
    if (!row) return null;
    return (column === undefined ? row : row[column]) as T;
  }

  async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
    const { results } = await this.all<Record<string, unknown>>();
    const rows = results.map((row) => Object.values(row)) as T[];
    if (options?.columnNames) {
      const names = results[0] ? Object.keys(results[0]) : [];
      return [names as T, ...rows];
    }
    return rows;
  }

  /** The wrapped statement, for `batch()`. */
  unwrap(): D1PreparedStatement {
    return this.inner;
  }
}

export function meteredD1(db: D1Database, stats: D1Stats): D1Database {
  const metered = {
    prepare: (query: string) => new MeteredStatement(db.prepare(query), stats),
    batch: <T = unknown>(statements: Array<D1PreparedStatement | MeteredStatement>) =>
      timed(
        stats,
        () => db.batch<T>(statements.map((s) => (s instanceof MeteredStatement ? s.unwrap() : s))),
        (results) => ({
          rows_read: results.reduce((sum, r) => sum + (r.meta?.rows_read ?? 0), 0),
          rows_written: results.reduce((sum, r) => sum + (r.meta?.rows_written ?? 0), 0),
        }),
      ),
    exec: (query: string) =>
      timed(
        stats,
        () => db.exec(query),
        () => undefined,
      ),
    withSession: (constraint?: string) => db.withSession(constraint),
    dump: () => db.dump(),
  };
  return metered as unknown as D1Database;
}

export function serverTiming(stats: D1Stats, totalMs: number): string {
  return `db;dur=${stats.durationMs.toFixed(1)};desc="rows=${stats.rowsRead}", total;dur=${totalMs.toFixed(1)}`;
}
