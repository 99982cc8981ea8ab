// The points ledger (ARCHITECTURE.md invariants 1 and 2).
//
// Every change of points is one append-only `points_ledger` row with a unique idempotency key, written in the
// same D1 batch (one atomic, serialised transaction) as the change of the cached `users.points_balance`.
// D1 has no interactive transactions, so no function here reads and then decides in JavaScript what to write:
// each batch starts with a conditional `INSERT … SELECT … WHERE <check> ON CONFLICT DO NOTHING` of a row whose
// id is freshly generated, and every later statement of the batch is gated on that row existing
// (`EXISTS (… WHERE id = <fresh id>)`). So a check and its write cannot be split, a replayed key changes
// nothing (the insert conflicts, the gates stay closed), and the result is read back from the same batch.
//
// Expiring grants ("lots", plan points): `expires_at` + `remaining`. Debits (hold, spend) take from the live
// lots earliest-expiring first and record what they took in `points_allocations`; the rest of a debit comes
// from permanent points (remaining IS NULL, not tracked per grant). Hence SUM(remaining) ≤ balance always.
// A lot past `expires_at` is dead even before the expiry sweep has written its row: debits neither count nor
// take its points, and a release does not return points to it (those points expire at once instead).

import { and, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type PointsLedgerEntry, pointsLedger, users } from "../../db/schema";
import type { LedgerReason } from "../../db/schema/enums";
import { AppError } from "../../lib/errors";
import { rowsAt, runBatch, type Statement } from "./batch";
import { LEDGER_PAGE_DEFAULT_LIMIT, LEDGER_PAGE_MAX_LIMIT, type LedgerPage } from "./schemas";

export type LedgerEntry = PointsLedgerEntry;
export type { Statement } from "./batch";

export type GrantReason = Extract<LedgerReason, "recharge" | "plan" | "referral" | "admin_adjust" | "refund">;
export type DebitReason = Extract<LedgerReason, "spend" | "refund" | "admin_adjust">;

export interface GrantInput {
  userId: string;
  points: number;
  reason: GrantReason;
  refType?: string | null;
  refId?: string | null;
  idempotencyKey: string;
  /** Makes an expiring lot (plan points): its unspent part expires then. Null/absent = permanent points. */
  expiresAt?: Date | null;
}

export interface HoldInput {
  userId: string;
  points: number;
  idempotencyKey: string;
  refType?: string | null;
  refId?: string | null;
  /** The clock deciding which lots are still live; defaults to now. */
  now?: Date;
}

export interface SpendInput extends HoldInput {
  /** `spend` by default; `refund` / `admin_adjust` for taking points back. */
  reason?: DebitReason;
}

export interface LedgerWriteResult {
  /** The row of this key: the one just written, or on a replay the original one. */
  entry: LedgerEntry;
  /** False when the key had been applied before and nothing changed now. */
  applied: boolean;
  /** The user's cached balance after this call. */
  balance: number;
}

export interface ReleaseResult extends LedgerWriteResult {
  /** Points of the hold whose lots expired in the meantime: they expired at release (row reason `expire`). */
  expiredEntry: LedgerEntry | null;
}

export interface ComposeOptions {
  /** Statements run first in the same atomic batch (e.g. the caller's own conditional state change). */
  before?: Statement[];
  /** Extra SQL condition the ledger row is inserted under (evaluated inside the batch). */
  when?: SQL;
  /** Statements appended to the batch; `applied` is a SQL condition true iff this call wrote its row. */
  after?: (applied: SQL) => Statement[];
}

const MAX_KEY_LENGTH = 200;

function assertPoints(points: number): void {
  if (!Number.isSafeInteger(points) || points <= 0)
    throw new RangeError(`points must be a positive integer: ${points}`);
}

function assertKey(key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new RangeError("idempotency key must be 1–200 characters");
  }
}

/** SQL condition: the ledger row with this (fresh) id exists, i.e. this call's insert happened. */
export function ledgerRowExists(id: string): SQL {
  return sql`EXISTS (SELECT 1 FROM points_ledger AS applied_row WHERE applied_row.id = ${id})`;
}

/** A lot (alias `lot`) that can still receive points: not past its end and not yet swept by expiry. */
function liveLot(alias: string, nowMs: number): SQL {
  const lot = sql.raw(alias);
  return sql`(${lot}.expires_at > ${nowMs} AND NOT EXISTS (SELECT 1 FROM points_ledger AS swept WHERE swept.idempotency_key = 'expire:' || ${lot}.id))`;
}

/** Unspent points of the user's lots that are past their end but not swept yet: no longer spendable. */
function deadLotPoints(userId: string, nowMs: number): SQL {
  return sql`coalesce((SELECT sum(dead.remaining) FROM points_ledger AS dead WHERE dead.user_id = ${userId} AND dead.remaining > 0 AND dead.expires_at <= ${nowMs}), 0)`;
}

const ENTRY_COLUMNS = sql.raw(
  "id, user_id AS userId, delta, reason, ref_type AS refType, ref_id AS refId, idempotency_key AS idempotencyKey, " +
    "expires_at AS expiresAt, remaining, balance_after AS balanceAfter, hold_id AS holdId, created_at AS createdAt",
);

type EntryRow = Omit<LedgerEntry, "expiresAt" | "createdAt"> & { expiresAt: number | null; createdAt: number };

/** A ledger row read by raw SQL (`ENTRY_COLUMNS`) as the drizzle row type. */
function toEntry(row: EntryRow | undefined): LedgerEntry | undefined {
  if (!row) return undefined;
  return {
    ...row,
    expiresAt: row.expiresAt === null ? null : new Date(Number(row.expiresAt)),
    createdAt: new Date(Number(row.createdAt)),
  };
}

const entryAt = (results: Awaited<ReturnType<typeof runBatch>>, index: number) =>
  toEntry(rowsAt<EntryRow>(results, index)[0]);

/** Reads the ledger row of an idempotency key (0 or 1 rows; batchable, map with `toLedgerEntry`). */
export const ledgerEntryByKey = (key: string): SQL =>
  sql`SELECT ${ENTRY_COLUMNS} FROM points_ledger WHERE idempotency_key = ${key}`;
export const toLedgerEntry = toEntry;
const entryByKey = ledgerEntryByKey;

/** The capture or release row of the hold with this key. */
const settlementOf = (holdKey: string): SQL =>
  sql`SELECT ${ENTRY_COLUMNS} FROM points_ledger
    WHERE hold_id = (SELECT h.id FROM points_ledger AS h WHERE h.idempotency_key = ${holdKey})`;

const balanceOf = (userId: string): SQL => sql`SELECT points_balance AS balance FROM users WHERE id = ${userId}`;

function keyReused(key: string): AppError {
  return new AppError("CONFLICT", { details: { reason: "idempotency_key_reused", idempotencyKey: key } });
}

// ---------------------------------------------------------------------------------------------------------
// grant

/**
 * The statements of a grant, for composing into a caller's batch (e.g. marking an order paid and crediting it
 * atomically). `applied` is true inside the batch once the grant row was written.
 */
export function grantQueries(
  input: GrantInput,
  options: { when?: SQL } = {},
): { ledgerId: string; applied: SQL; queries: Statement[] } {
  assertPoints(input.points);
  assertKey(input.idempotencyKey);
  const id = newId();
  const expiresMs = input.expiresAt ? input.expiresAt.getTime() : null;
  const remaining = expiresMs === null ? null : input.points;
  const applied = ledgerRowExists(id);
  return {
    ledgerId: id,
    applied,
    queries: [
      sql`INSERT INTO points_ledger
          (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, expires_at, remaining, balance_after)
        SELECT ${id}, u.id, ${input.points}, ${input.reason}, ${input.refType ?? null}, ${input.refId ?? null},
          ${input.idempotencyKey}, ${expiresMs}, ${remaining}, u.points_balance + ${input.points}
        FROM users AS u
        WHERE u.id = ${input.userId} AND ${options.when ?? sql`1`}
        ON CONFLICT DO NOTHING`,
      sql`UPDATE users SET points_balance = points_balance + ${input.points}
        WHERE id = ${input.userId} AND ${applied}`,
    ],
  };
}

/**
 * Credits points (recharge, plan, referral, admin adjustment, refund reversal). Idempotent by key: a replay
 * returns the original row and changes nothing; a key reused for a different grant is `CONFLICT`.
 */
export async function grant(db: Db, input: GrantInput, options: ComposeOptions = {}): Promise<LedgerWriteResult> {
  const { ledgerId, applied, queries } = grantQueries(input, { when: options.when });
  const before = options.before ?? [];
  const writes = [...before, ...queries, ...(options.after?.(applied) ?? [])];
  const results = await runBatch(db, [...writes, entryByKey(input.idempotencyKey), balanceOf(input.userId)]);
  const entry = entryAt(results, writes.length);
  const balance = rowsAt<{ balance: number }>(results, writes.length + 1)[0]?.balance;
  if (entry && balance !== undefined) {
    if (entry.id === ledgerId) return { entry, applied: true, balance };
    const expiresMs = input.expiresAt ? input.expiresAt.getTime() : null;
    if (
      entry.userId !== input.userId ||
      entry.delta !== input.points ||
      entry.reason !== input.reason ||
      (entry.reason !== "plan" && (entry.expiresAt?.getTime() ?? null) !== expiresMs)
    ) {
      throw keyReused(input.idempotencyKey);
    }
    return { entry, applied: false, balance };
  }
  if (balance === undefined) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  throw new AppError("CONFLICT", { details: { reason: "precondition_failed" } });
}

// ---------------------------------------------------------------------------------------------------------
// debits: hold and spend

interface Debit {
  id: string;
  userId: string;
  points: number;
  reason: "hold" | DebitReason;
  refType: string | null;
  refId: string | null;
  key: string;
  nowMs: number;
}

function debitQueries(d: Debit): Statement[] {
  const applied = ledgerRowExists(d.id);
  return [
    // 1. The debit row, only if the user's spendable points (balance minus dead lots) cover it.
    sql`INSERT INTO points_ledger
        (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, balance_after)
      SELECT ${d.id}, u.id, ${-d.points}, ${d.reason}, ${d.refType}, ${d.refId}, ${d.key}, u.points_balance - ${d.points}
      FROM users AS u
      WHERE u.id = ${d.userId} AND u.points_balance - ${deadLotPoints(d.userId, d.nowMs)} >= ${d.points}
      ON CONFLICT DO NOTHING`,
    // 2. Which live lots it consumes, earliest-expiring first: each lot gives min(remaining, what is still
    //    needed after the earlier lots). Whatever the lots do not cover comes from permanent points.
    sql`INSERT INTO points_allocations (debit_ledger_id, grant_ledger_id, points)
      SELECT ${d.id}, lot_id, take FROM (
        SELECT lot.id AS lot_id,
          min(lot.remaining, max(0, ${d.points} - (sum(lot.remaining) OVER (
            ORDER BY lot.expires_at, lot.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - lot.remaining))) AS take
        FROM points_ledger AS lot
        WHERE lot.user_id = ${d.userId} AND lot.remaining > 0 AND lot.expires_at > ${d.nowMs}
      )
      WHERE take > 0 AND ${applied}`,
    // 3. Take those points off the lots (nothing to do when step 2 wrote no rows).
    sql`UPDATE points_ledger
      SET remaining = remaining - (SELECT a.points FROM points_allocations AS a
        WHERE a.debit_ledger_id = ${d.id} AND a.grant_ledger_id = points_ledger.id)
      WHERE id IN (SELECT a.grant_ledger_id FROM points_allocations AS a WHERE a.debit_ledger_id = ${d.id})`,
    // 4. The cached balance (the CHECK points_balance >= 0 is the last line of defence).
    sql`UPDATE users SET points_balance = points_balance - ${d.points} WHERE id = ${d.userId} AND ${applied}`,
  ];
}

async function debit(db: Db, d: Debit): Promise<LedgerWriteResult> {
  const writes = debitQueries(d);
  const spendable = sql`SELECT u.points_balance AS balance,
      u.points_balance - ${deadLotPoints(d.userId, d.nowMs)} AS available
    FROM users AS u WHERE u.id = ${d.userId}`;
  const results = await runBatch(db, [...writes, entryByKey(d.key), spendable]);
  const entry = entryAt(results, writes.length);
  const user = rowsAt<{ balance: number; available: number }>(results, writes.length + 1)[0];
  if (entry && user) {
    if (entry.id === d.id) return { entry, applied: true, balance: user.balance };
    if (entry.userId !== d.userId || entry.delta !== -d.points || entry.reason !== d.reason) throw keyReused(d.key);
    return { entry, applied: false, balance: user.balance };
  }
  if (!user) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  throw new AppError("INSUFFICIENT_POINTS", {
    details: { required: d.points, available: Math.max(0, Number(user.available)) },
  });
}

/**
 * Reserves points for work that may still fail (an AI job): the balance drops now (row reason `hold`,
 * delta -points), `capture` makes it final, `release` gives the points back. `INSUFFICIENT_POINTS` (402)
 * when the spendable balance is short. Idempotent by key.
 */
export async function hold(db: Db, input: HoldInput): Promise<LedgerWriteResult> {
  assertPoints(input.points);
  assertKey(input.idempotencyKey);
  return debit(db, {
    id: newId(),
    userId: input.userId,
    points: input.points,
    reason: "hold",
    refType: input.refType ?? null,
    refId: input.refId ?? null,
    key: input.idempotencyKey,
    nowMs: (input.now ?? new Date()).getTime(),
  });
}

/**
 * Takes points immediately and for good (report download, one meeting minute): one row, reason `spend` (or
 * `refund` / `admin_adjust` when taking points back). Same checks and idempotency as `hold`.
 */
export async function spend(db: Db, input: SpendInput): Promise<LedgerWriteResult> {
  assertPoints(input.points);
  assertKey(input.idempotencyKey);
  return debit(db, {
    id: newId(),
    userId: input.userId,
    points: input.points,
    reason: input.reason ?? "spend",
    refType: input.refType ?? null,
    refId: input.refId ?? null,
    key: input.idempotencyKey,
    nowMs: (input.now ?? new Date()).getTime(),
  });
}

// ---------------------------------------------------------------------------------------------------------
// settling a hold: capture and release

type Settlement = "capture" | "release";

/** Shared read-back of capture/release: who won, and the answer for this call. */
function settlementOutcome(
  kind: Settlement,
  freshId: string,
  key: string,
  keyRow: LedgerEntry | undefined,
  holdRow: LedgerEntry | undefined,
  settled: LedgerEntry | undefined,
): { entry: LedgerEntry; applied: boolean } {
  if (keyRow) {
    if (keyRow.id === freshId) return { entry: keyRow, applied: true };
    if (keyRow.reason === kind && holdRow && keyRow.holdId === holdRow.id) return { entry: keyRow, applied: false };
    throw keyReused(key);
  }
  if (holdRow?.reason !== "hold") {
    throw new AppError("NOT_FOUND", { details: { reason: "hold_not_found" } });
  }
  if (settled?.reason === kind) return { entry: settled, applied: false };
  if (settled) {
    throw new AppError("CONFLICT", {
      details: { reason: settled.reason === "capture" ? "hold_captured" : "hold_released" },
    });
  }
  throw new Error("ledger: settlement neither written nor found");
}

/**
 * Makes a hold final: a row reason `capture`, delta 0 (the balance moved at hold). Exactly once per hold:
 * a replay (same key, or another key after the hold was captured) returns the capture and changes nothing;
 * capturing a released hold is `CONFLICT` (details.reason `hold_released`); an unknown hold is `NOT_FOUND`.
 */
export async function capture(db: Db, holdKey: string, captureKey: string): Promise<LedgerWriteResult> {
  assertKey(holdKey);
  assertKey(captureKey);
  const id = newId();
  const writes = [
    sql`INSERT INTO points_ledger
        (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, balance_after, hold_id)
      SELECT ${id}, h.user_id, 0, 'capture', h.ref_type, h.ref_id, ${captureKey}, u.points_balance, h.id
      FROM points_ledger AS h JOIN users AS u ON u.id = h.user_id
      WHERE h.idempotency_key = ${holdKey} AND h.reason = 'hold'
        AND NOT EXISTS (SELECT 1 FROM points_ledger AS s WHERE s.hold_id = h.id)
      ON CONFLICT DO NOTHING`,
  ];
  const results = await runBatch(db, [...writes, entryByKey(captureKey), entryByKey(holdKey), settlementOf(holdKey)]);
  const [keyRow, holdRow, settled] = [0, 1, 2].map((i) => entryAt(results, writes.length + i));
  const outcome = settlementOutcome("capture", id, captureKey, keyRow, holdRow, settled);
  return { ...outcome, balance: await balance(db, outcome.entry.userId) };
}

/**
 * Gives a hold's points back (row reason `release`, +points), to the same lots they came from. Points whose
 * lot has expired meanwhile expire at once (a second row, reason `expire`, key `<releaseKey>:expire`).
 * Exactly once per hold; releasing a captured hold is `CONFLICT` (details.reason `hold_captured`).
 */
export async function release(
  db: Db,
  holdKey: string,
  releaseKey: string,
  options: { now?: Date } = {},
): Promise<ReleaseResult> {
  assertKey(holdKey);
  assertKey(releaseKey);
  const nowMs = (options.now ?? new Date()).getTime();
  const id = newId();
  const expireId = newId();
  const expireKey = `${releaseKey}:expire`;
  const holdOfRelease = sql`(SELECT r.hold_id FROM points_ledger AS r WHERE r.id = ${id})`;
  // Points of this hold that came from lots which can no longer take them back.
  const deadPart = sql`coalesce((SELECT sum(a.points) FROM points_allocations AS a
    JOIN points_ledger AS g ON g.id = a.grant_ledger_id
    WHERE a.debit_ledger_id = ${holdOfRelease} AND NOT ${liveLot("g", nowMs)}), 0)`;
  const writes = [
    sql`INSERT INTO points_ledger
        (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, balance_after, hold_id)
      SELECT ${id}, h.user_id, -h.delta, 'release', h.ref_type, h.ref_id, ${releaseKey}, u.points_balance - h.delta, h.id
      FROM points_ledger AS h JOIN users AS u ON u.id = h.user_id
      WHERE h.idempotency_key = ${holdKey} AND h.reason = 'hold'
        AND NOT EXISTS (SELECT 1 FROM points_ledger AS s WHERE s.hold_id = h.id)
      ON CONFLICT DO NOTHING`,
    sql`INSERT INTO points_ledger
        (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, balance_after)
      SELECT ${expireId}, r.user_id, -${deadPart}, 'expire', r.ref_type, r.ref_id, ${expireKey},
        u.points_balance + r.delta - ${deadPart}
      FROM points_ledger AS r JOIN users AS u ON u.id = r.user_id
      WHERE r.id = ${id} AND ${deadPart} > 0`,
    sql`UPDATE points_ledger
      SET remaining = remaining + (SELECT a.points FROM points_allocations AS a
        WHERE a.debit_ledger_id = ${holdOfRelease} AND a.grant_ledger_id = points_ledger.id)
      WHERE id IN (SELECT a.grant_ledger_id FROM points_allocations AS a WHERE a.debit_ledger_id = ${holdOfRelease})
        AND ${liveLot("points_ledger", nowMs)}`,
    sql`UPDATE users
      SET points_balance = points_balance + (SELECT r.delta FROM points_ledger AS r WHERE r.id = ${id})
        + coalesce((SELECT x.delta FROM points_ledger AS x WHERE x.id = ${expireId}), 0)
      WHERE id = (SELECT r.user_id FROM points_ledger AS r WHERE r.id = ${id})`,
  ];
  const results = await runBatch(db, [...writes, entryByKey(releaseKey), entryByKey(holdKey), settlementOf(holdKey)]);
  const [keyRow, holdRow, settled] = [0, 1, 2].map((i) => entryAt(results, writes.length + i));
  const outcome = settlementOutcome("release", id, releaseKey, keyRow, holdRow, settled);
  const [expiredRows] = await runBatch(db, [entryByKey(`${outcome.entry.idempotencyKey}:expire`)]);
  const expiredEntry = toEntry(expiredRows?.results[0] as EntryRow | undefined);
  return { ...outcome, expiredEntry: expiredEntry ?? null, balance: await balance(db, outcome.entry.userId) };
}

export type HoldState = "held" | "captured" | "released";

/** Where a hold stands, or null for an unknown key. */
export async function holdState(db: Db, holdKey: string): Promise<HoldState | null> {
  const results = await runBatch(db, [entryByKey(holdKey), settlementOf(holdKey)]);
  if (entryAt(results, 0)?.reason !== "hold") return null;
  const settled = entryAt(results, 1)?.reason;
  return settled === "capture" ? "captured" : settled === "release" ? "released" : "held";
}

// ---------------------------------------------------------------------------------------------------------
// expiry

export const EXPIRE_DEFAULT_LIMIT = 200;
/** Lots per D1 batch (3 statements each). */
const EXPIRE_CHUNK = 50;

export interface ExpireResult {
  /** Lots swept by this call. */
  lots: number;
  /** Points they took off balances. */
  points: number;
  /** True when the limit was reached: call again. */
  more: boolean;
}

/**
 * Sweeps expiring lots past their end: for each, a row reason `expire` (delta -remaining, key
 * `expire:<grantId>`, ref `grant`/<grantId>), remaining to 0, balance down — per lot in one atomic unit.
 * Bounded by `limit` lots per call; idempotent (a swept lot has remaining 0 and its key is taken).
 * `userId` limits the sweep to one user (e.g. before showing a balance).
 */
export async function expire(
  db: Db,
  now: Date,
  options: { limit?: number; userId?: string } = {},
): Promise<ExpireResult> {
  const nowMs = now.getTime();
  const limit = options.limit ?? EXPIRE_DEFAULT_LIMIT;
  const candidates = await db
    .select({ id: pointsLedger.id, userId: pointsLedger.userId })
    .from(pointsLedger)
    .where(
      and(
        sql`${pointsLedger.remaining} > 0`,
        sql`${pointsLedger.expiresAt} <= ${nowMs}`,
        options.userId ? eq(pointsLedger.userId, options.userId) : undefined,
      ),
    )
    .orderBy(pointsLedger.expiresAt)
    .limit(limit);
  let lots = 0;
  let points = 0;
  for (let start = 0; start < candidates.length; start += EXPIRE_CHUNK) {
    const chunk = candidates.slice(start, start + EXPIRE_CHUNK).map((lot) => ({ ...lot, rowId: newId() }));
    const writes = chunk.flatMap((lot) => [
      // The lot's state is re-checked here, inside the batch: the candidate read above only picks the lots.
      sql`INSERT INTO points_ledger
          (id, user_id, delta, reason, ref_type, ref_id, idempotency_key, balance_after)
        SELECT ${lot.rowId}, l.user_id, -l.remaining, 'expire', 'grant', l.id, 'expire:' || l.id,
          u.points_balance - l.remaining
        FROM points_ledger AS l JOIN users AS u ON u.id = l.user_id
        WHERE l.id = ${lot.id} AND l.remaining > 0 AND l.expires_at <= ${nowMs}
        ON CONFLICT DO NOTHING`,
      sql`UPDATE users
        SET points_balance = points_balance + (SELECT e.delta FROM points_ledger AS e WHERE e.id = ${lot.rowId})
        WHERE id = ${lot.userId} AND ${ledgerRowExists(lot.rowId)}`,
      sql`UPDATE points_ledger SET remaining = 0 WHERE id = ${lot.id} AND ${ledgerRowExists(lot.rowId)}`,
    ]);
    const written = sql`SELECT delta FROM points_ledger WHERE id IN (${sql.join(
      chunk.map((lot) => sql`${lot.rowId}`),
      sql`, `,
    )})`;
    const results = await runBatch(db, [...writes, written]);
    const rows = rowsAt<{ delta: number }>(results, writes.length);
    lots += rows.length;
    points += rows.reduce((sum, row) => sum - row.delta, 0);
  }
  return { lots, points, more: candidates.length === limit };
}

// ---------------------------------------------------------------------------------------------------------
// reads

/** The cached balance, O(1). Lots past their end count until the expiry sweep (run `expire` for the user first for an exact figure). */
export async function balance(db: Db, userId: string): Promise<number> {
  const row = await db.select({ balance: users.pointsBalance }).from(users).where(eq(users.id, userId)).get();
  if (!row) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  return row.balance;
}

type Cursor = { createdAt: number; id: string };

const encodeCursor = (cursor: Cursor) =>
  btoa(`${cursor.createdAt}:${cursor.id}`).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

function decodeCursor(value: string): Cursor {
  try {
    const [createdAt, id] = atob(value.replace(/-/g, "+").replace(/_/g, "/")).split(":");
    if (id && /^[0-9A-Za-z]{1,64}$/.test(id) && /^\d{1,16}$/.test(createdAt ?? "")) {
      return { createdAt: Number(createdAt), id };
    }
  } catch {
    // not base64: reported below
  }
  throw new AppError("VALIDATION_FAILED", { details: [{ path: "cursor", message: "invalid cursor" }] });
}

/** A user's ledger, newest first, paged by (createdAt, id) on the (user_id, created_at) index. */
export async function ledgerPage(
  db: Db,
  userId: string,
  query: { cursor?: string | null; limit?: number } = {},
): Promise<LedgerPage> {
  const limit = Math.min(Math.max(1, Math.trunc(query.limit ?? LEDGER_PAGE_DEFAULT_LIMIT)), LEDGER_PAGE_MAX_LIMIT);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await db
    .select({
      id: pointsLedger.id,
      delta: pointsLedger.delta,
      reason: pointsLedger.reason,
      refType: pointsLedger.refType,
      refId: pointsLedger.refId,
      expiresAt: pointsLedger.expiresAt,
      createdAt: pointsLedger.createdAt,
    })
    .from(pointsLedger)
    .where(
      and(
        eq(pointsLedger.userId, userId),
        after
          ? or(
              lt(pointsLedger.createdAt, new Date(after.createdAt)),
              and(eq(pointsLedger.createdAt, new Date(after.createdAt)), lt(pointsLedger.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(pointsLedger.createdAt), desc(pointsLedger.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      delta: row.delta,
      reason: row.reason,
      refType: row.refType,
      refId: row.refId,
      expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.getTime(), id: last.id }) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// audit

export interface BalanceAudit {
  userId: string;
  /** users.points_balance */
  cached: number;
  /** SUM(points_ledger.delta) */
  ledgerSum: number;
  /** SUM(remaining) of the user's expiring lots. */
  lotsRemaining: number;
  ok: boolean;
  problems: string[];
}

/**
 * Invariant check for one user: cached balance = SUM(delta) ≥ 0, and the lots' unspent points fit in the
 * balance (every debit took from lots before permanent points). For tests and the audit cron.
 */
export async function auditUserBalance(db: Db, userId: string): Promise<BalanceAudit> {
  const row = await db
    .select({
      cached: users.pointsBalance,
      ledgerSum: sql<number>`coalesce((SELECT sum(l.delta) FROM points_ledger AS l WHERE l.user_id = ${userId}), 0)`,
      lotsRemaining: sql<number>`coalesce((SELECT sum(l.remaining) FROM points_ledger AS l WHERE l.user_id = ${userId} AND l.remaining > 0), 0)`,
      minBalanceAfter: sql<
        number | null
      >`(SELECT min(l.balance_after) FROM points_ledger AS l WHERE l.user_id = ${userId})`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) throw new AppError("NOT_FOUND", { details: { reason: "user_not_found" } });
  const cached = Number(row.cached);
  const ledgerSum = Number(row.ledgerSum);
  const lotsRemaining = Number(row.lotsRemaining);
  const problems: string[] = [];
  if (cached !== ledgerSum) problems.push(`cached balance ${cached} != ledger sum ${ledgerSum}`);
  if (cached < 0) problems.push(`negative balance ${cached}`);
  if (row.minBalanceAfter !== null && Number(row.minBalanceAfter) < 0) problems.push("negative balance_after");
  if (lotsRemaining > cached) problems.push(`lots hold ${lotsRemaining} points, more than the balance ${cached}`);
  return { userId, cached, ledgerSum, lotsRemaining, ok: problems.length === 0, problems };
}

/** Users whose cached balance differs from their ledger sum (full scan: for the audit cron, bounded). */
export async function findBalanceMismatches(
  db: Db,
  limit = 100,
): Promise<{ userId: string; cached: number; ledgerSum: number }[]> {
  const rows = await db.all<{ userId: string; cached: number; ledgerSum: number }>(sql`
    SELECT u.id AS userId, u.points_balance AS cached, coalesce(l.total, 0) AS ledgerSum
    FROM users AS u LEFT JOIN (SELECT user_id, sum(delta) AS total FROM points_ledger GROUP BY user_id) AS l
      ON l.user_id = u.id
    WHERE u.points_balance != coalesce(l.total, 0)
    LIMIT ${limit}`);
  return rows.map((row) => ({ userId: row.userId, cached: Number(row.cached), ledgerSum: Number(row.ledgerSum) }));
}
