// Admin refunds of paid orders, and the ledger reversal that goes with them.
//
// Flow of one refund (one `refunds` row, `out_refund_no` derived from order id + the admin's Idempotency-Key, so
// a repeated request is the same refund, here and at WeChat Pay):
//   1. The row is inserted `pending` by one conditional statement that re-checks, inside D1, that the order is
//      paid and that the amount fits in amount − refunded − (other pending refunds): concurrent refunds can
//      never exceed the order.
//   2. The points bought with the refunded money are taken back *before* any money moves (ledger `spend`,
//      reason `refund`, key `refund:<refundId>`), so they cannot be spent while the refund is under way.
//      Points = the refund's share of the order's points, cumulatively rounded down (the last refund takes the
//      rest, so a full refund takes exactly the order's points); for plan orders at most what is left of the
//      plan's own lot (expired plan points are not taken twice). If the user has already spent them:
//      `409 CONFLICT` (details.reason `points_spent`) and nothing is written — unless the admin passes
//      `force: true`, then whatever is spendable is taken and `refunds.points` records how much.
//   3. WeChat Pay orders: the refund API (idempotent by out_refund_no). SUCCESS completes at once, PROCESSING
//      waits for the REFUND.* notification or the audit cron's query. Simulator and transfer orders complete at
//      once (a transfer is paid back by the bank outside the system; the refund records it).
//   4. Completion is one atomic batch gated on the refund still being `pending`: orders.refunded_fen += amount
//      (status `refunded` when nothing is left), the user's paid total −= amount with the tier re-derived,
//      refund → `succeeded`. Any number of notifications, queries or retries complete it once.
//   5. Failure (WeChat Pay refuses, or later says CLOSED/ABNORMAL): refund → `failed` and the points taken in
//      step 2 are granted back (key `refund:<refundId>:restore`) in the same atomic batch.
// The ledger's `spend` cannot be composed into another batch, so step 2 and step 4 are two batches; both are
// idempotent and ordered (points first), so a crash between them leaves a `pending` refund that a retry, a
// notification or the cron finishes — never a refund whose points were not taken.

import { and, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import { type Order as OrderRow, orders, type Refund as RefundRow, refunds } from "../../db/schema";
import { NOW_MS } from "../../db/schema/columns";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { type RefundNotification, WechatPayError, type Refund as WechatRefund } from "../../lib/wechatpay";
import { type AdminActor, auditLogStatement } from "../admin/audit-log";
import { recordPaymentQuery } from "../membership/payments";
import { rowsAt, runBatch } from "../points/batch";
import { grant, ledgerEntryByKey, spend, toLedgerEntry } from "../points/ledger";
import { getBusinessConfig } from "./config";
import { wechatGateway } from "./gateway";
import { orderCreditKey } from "./settlement";

type RefundEnv = Env & Parameters<typeof wechatGateway>[0];

export const refundPointsKey = (refundId: string) => `refund:${refundId}`;
export const refundRestoreKey = (refundId: string) => `refund:${refundId}:restore`;

/** Stable per (order, Idempotency-Key): `RF` + 40 base64url characters of a SHA-256 (WeChat allows 64). */
export async function outRefundNoFor(orderId: string, idempotencyKey: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${orderId}\n${idempotencyKey}`)),
  );
  const b64 = btoa(String.fromCharCode(...digest))
    .replaceAll("+", "-")
    .replaceAll("/", "_");
  return `RF${b64.slice(0, 40)}`;
}

/** The admin API shape of a refund. */
export function toRefund(row: RefundRow) {
  return {
    id: row.id,
    orderId: row.orderId,
    outRefundNo: row.outRefundNo,
    amountFen: row.amountFen,
    points: row.points,
    status: row.status,
    reason: row.reason,
    providerRefundId: row.providerRefundId,
    adminUserId: row.adminUserId,
    createdAt: row.createdAt.toISOString(),
    succeededAt: row.succeededAt ? row.succeededAt.toISOString() : null,
  };
}

export type RefundRequest = {
  orderId: string;
  amountFen: number;
  reason: string;
  /** Take whatever points are left when the user has spent some of them (else 409 CONFLICT). */
  force?: boolean;
  idempotencyKey: string;
  actor: AdminActor;
  now: Date;
};

export type RefundResult = { refund: RefundRow; order: OrderRow; created: boolean };

/**
 * Refunds (part of) a paid order, once per (order, Idempotency-Key). See the file comment for the steps.
 * Errors: `404 NOT_FOUND`, `409 CONFLICT` (order not paid, points spent, key reused for another amount),
 * `400 VALIDATION_FAILED` (amount beyond what is left), `503 PAYMENT_NOT_CONFIGURED`, `502 REFUND_FAILED`
 * (WeChat Pay refused — the refund is `failed` and the points are back — or did not answer — it stays
 * `pending` and is settled later by notification, retry or the audit cron).
 */
export async function requestRefund(db: Db, env: RefundEnv, input: RefundRequest): Promise<RefundResult> {
  const order = await db.query.orders.findFirst({ where: eq(orders.id, input.orderId) });
  if (!order) throw new AppError("NOT_FOUND");
  const outRefundNo = await outRefundNoFor(order.id, input.idempotencyKey);

  const existing = await db.query.refunds.findFirst({ where: eq(refunds.outRefundNo, outRefundNo) });
  if (existing) return resume(db, env, order, existing, input);

  if (order.status !== "paid" && order.status !== "refunded") {
    throw new AppError("CONFLICT", { details: { reason: "order_not_paid", status: order.status } });
  }
  if (order.provider === "wechatpay" && wechatGateway(env)?.provider !== "wechatpay") {
    throw new AppError("PAYMENT_NOT_CONFIGURED");
  }

  const others = await db
    .select({ amountFen: refunds.amountFen, status: refunds.status })
    .from(refunds)
    .where(and(eq(refunds.orderId, order.id), inArray(refunds.status, ["pending", "succeeded"])));
  const pendingFen = others.filter((r) => r.status === "pending").reduce((sum, r) => sum + r.amountFen, 0);
  const refundableFen = order.amountFen - order.refundedFen - pendingFen;
  if (input.amountFen > refundableFen) throw beyondRefundable(refundableFen);

  const points = await plannedPoints(db, order, order.refundedFen + pendingFen, input.amountFen, input.now);
  const id = newId();
  const inserted = sql`EXISTS (SELECT 1 FROM refunds WHERE id = ${id})`;
  const results = await runBatch(db, [
    // Re-checked inside D1: still paid, and the amount still fits next to concurrent refunds.
    sql`INSERT INTO refunds
        (id, order_id, out_refund_no, amount_fen, points, status, reason, admin_user_id, created_at, updated_at)
      SELECT ${id}, o.id, ${outRefundNo}, ${input.amountFen}, ${points}, 'pending', ${input.reason},
        ${input.actor.adminUserId}, ${input.now.getTime()}, ${input.now.getTime()}
      FROM orders AS o
      WHERE o.id = ${order.id} AND o.status = 'paid'
        AND o.amount_fen - o.refunded_fen - coalesce((SELECT sum(r.amount_fen) FROM refunds AS r
          WHERE r.order_id = o.id AND r.status = 'pending'), 0) >= ${input.amountFen}
      ON CONFLICT DO NOTHING`,
    sql`SELECT id FROM refunds WHERE out_refund_no = ${outRefundNo} AND ${inserted}`,
  ]);
  if (rowsAt(results, 1).length === 0) {
    // Lost a race: the same key (answer that refund) or another refund took the rest of the order.
    const winner = await db.query.refunds.findFirst({ where: eq(refunds.outRefundNo, outRefundNo) });
    if (winner) return resume(db, env, order, winner, input);
    const fresh = await db.query.orders.findFirst({ where: eq(orders.id, order.id) });
    if (fresh && fresh.status !== "paid" && fresh.status !== "refunded") {
      throw new AppError("CONFLICT", { details: { reason: "order_not_paid", status: fresh.status } });
    }
    throw beyondRefundable(0);
  }
  const settled = await proceed(db, env, order, await refundById(db, id), input);
  return { ...settled, created: true };
}

/**
 * Points, audit row, provider: the steps after the insert, shared by a first request and its repetition
 * (each is idempotent, so a repetition finishes whatever a crashed first request left undone).
 */
async function proceed(db: Db, env: RefundEnv, order: OrderRow, refund: RefundRow, input: RefundRequest) {
  try {
    await takeBackPoints(db, order, refund, input.force ?? false, input.now);
  } catch (error) {
    // Refused before any points moved or anything reached the provider: the refund never happened.
    const [taken] = await runBatch(db, [ledgerEntryByKey(refundPointsKey(refund.id))]);
    if (!taken?.results.length) {
      await db.delete(refunds).where(and(eq(refunds.id, refund.id), eq(refunds.status, "pending")));
    }
    throw error;
  }
  const current = await refundById(db, refund.id);
  const details = {
    refundId: refund.id,
    outRefundNo: refund.outRefundNo,
    amountFen: refund.amountFen,
    points: current.points,
    reason: refund.reason,
    force: input.force ?? false,
  };
  // One audit row per refund, also when a repeated request finishes a crashed one.
  await runBatch(db, [
    auditLogStatement(
      input.actor,
      { action: "order.refund", targetType: "order", targetId: order.id, details },
      sql`NOT EXISTS (SELECT 1 FROM admin_audit_log WHERE target_type = 'order' AND target_id = ${order.id}
        AND action = 'order.refund' AND json_extract(details_json, '$.refundId') = ${refund.id})`,
    ),
  ]);
  return submit(db, env, order, current, refund.reason ?? "", input.now);
}

function beyondRefundable(refundableFen: number) {
  return new AppError("VALIDATION_FAILED", {
    details: [
      {
        path: "amountFen",
        message: `exceeds the refundable amount (${Math.max(0, refundableFen)} fen)`,
        code: "too_big",
      },
    ],
  });
}

/** A repeated request (same Idempotency-Key): the same refund, advanced if it is still pending. */
async function resume(db: Db, env: RefundEnv, order: OrderRow, refund: RefundRow, input: RefundRequest) {
  if (refund.amountFen !== input.amountFen) {
    throw new AppError("CONFLICT", {
      details: { reason: "idempotency_key_reused", idempotencyKey: input.idempotencyKey },
    });
  }
  if (refund.status !== "pending") return { refund, order: await orderById(db, order.id), created: false };
  const settled = await proceed(db, env, order, refund, input);
  return { ...settled, created: false };
}

/** The refund's share of the order's points (see the file comment). */
async function plannedPoints(db: Db, order: OrderRow, refundedBeforeFen: number, amountFen: number, now: Date) {
  if (order.points <= 0) return 0;
  const share = (fen: number) => Math.floor((order.points * Math.min(fen, order.amountFen)) / order.amountFen);
  let points = share(refundedBeforeFen + amountFen) - share(refundedBeforeFen);
  if (order.kind === "plan") {
    // Plan points expire with the plan: only what is left of this order's own lot can be taken back.
    const [rows] = await runBatch(db, [ledgerEntryByKey(orderCreditKey(order.id))]);
    const lot = toLedgerEntry(rows?.results[0] as Parameters<typeof toLedgerEntry>[0]);
    const live = lot?.expiresAt && lot.expiresAt > now ? (lot.remaining ?? 0) : 0;
    points = Math.min(points, live);
  }
  return Math.max(0, points);
}

/**
 * Takes the refund's points off the user (idempotent by key `refund:<id>`). `INSUFFICIENT_POINTS` becomes
 * `409 CONFLICT` (reason `points_spent`) unless `force`, which takes what is spendable and records it.
 */
async function takeBackPoints(db: Db, order: OrderRow, refund: RefundRow, force: boolean, now: Date) {
  if (refund.points <= 0) return;
  const key = refundPointsKey(refund.id);
  const [rows] = await runBatch(db, [ledgerEntryByKey(key)]);
  if (rows?.results.length) return;
  let wanted = refund.points;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await spend(db, {
        userId: order.userId,
        points: wanted,
        reason: "refund",
        refType: "refund",
        refId: refund.id,
        idempotencyKey: key,
        now,
      });
      if (wanted !== refund.points) {
        await db.update(refunds).set({ points: wanted, updatedAt: now }).where(eq(refunds.id, refund.id));
      }
      return;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "INSUFFICIENT_POINTS") throw error;
      const available = Number((error.details as { available?: number } | undefined)?.available ?? 0);
      if (!force) {
        throw new AppError("CONFLICT", {
          details: { reason: "points_spent", required: refund.points, available },
        });
      }
      wanted = Math.min(refund.points, Math.max(0, available));
      if (wanted === 0) {
        await db.update(refunds).set({ points: 0, updatedAt: now }).where(eq(refunds.id, refund.id));
        return;
      }
    }
  }
  throw new AppError("CONFLICT", { details: { reason: "points_changing", required: refund.points } });
}

/** Sends a pending refund to its provider and applies the answer. */
async function submit(
  db: Db,
  env: RefundEnv,
  order: OrderRow,
  refund: RefundRow,
  reason: string,
  now: Date,
): Promise<{ refund: RefundRow; order: OrderRow }> {
  if (order.provider !== "wechatpay") {
    await completeRefund(db, refund, { succeededAt: now });
    return { refund: await refundById(db, refund.id), order: await orderById(db, order.id) };
  }
  const gateway = wechatGateway(env);
  if (gateway?.provider !== "wechatpay") throw new AppError("PAYMENT_NOT_CONFIGURED");
  let answer: WechatRefund;
  try {
    answer = await gateway.client.refund({
      outTradeNo: order.outTradeNo,
      outRefundNo: refund.outRefundNo,
      refundFen: refund.amountFen,
      totalFen: order.amountFen,
      reason: reason.slice(0, 80) || undefined,
    });
  } catch (error) {
    if (!(error instanceof WechatPayError)) throw error;
    const definitive = (error.status >= 400 && error.status < 500 && error.status !== 429) || error.status === 0;
    const ambiguous = ["TIMEOUT", "NETWORK_ERROR", "RESPONSE_SIGNATURE_INVALID", "INVALID_RESPONSE"].includes(
      error.code,
    );
    log("warn", "billing: refund refused or unanswered", {
      refundId: refund.id,
      status: error.status,
      code: error.code,
    });
    if (definitive && !ambiguous) {
      await failRefund(db, refund, { providerCode: error.code });
      throw new AppError("REFUND_FAILED", {
        cause: error,
        details: { refundId: refund.id, status: "failed", providerCode: error.code, providerMessage: error.message },
      });
    }
    throw new AppError("REFUND_FAILED", {
      cause: error,
      details: { refundId: refund.id, status: "pending", providerCode: error.code },
    });
  }
  await applyProviderState(db, refund, {
    status: answer.status,
    refundId: answer.refund_id,
    amountFen: answer.amount.refund,
    successTime: answer.success_time,
  });
  return { refund: await refundById(db, refund.id), order: await orderById(db, order.id) };
}

type ProviderState = {
  status: WechatRefund["status"];
  refundId: string;
  amountFen: number;
  successTime?: string;
};

/** What WeChat Pay says about a refund (API answer, query or notification), applied idempotently. */
async function applyProviderState(db: Db, refund: RefundRow, state: ProviderState): Promise<string> {
  if (state.amountFen !== refund.amountFen) {
    log("error", "billing: refund amount differs at WeChat Pay", {
      refundId: refund.id,
      expectedFen: refund.amountFen,
      providerFen: state.amountFen,
    });
    return "mismatch";
  }
  if (state.status === "SUCCESS") {
    const succeededAt = state.successTime ? new Date(state.successTime) : new Date();
    return (await completeRefund(db, refund, { providerRefundId: state.refundId, succeededAt }))
      ? "succeeded"
      : "duplicate";
  }
  if (state.status === "CLOSED" || state.status === "ABNORMAL") {
    return (await failRefund(db, refund, { providerRefundId: state.refundId, providerStatus: state.status }))
      ? "failed"
      : "duplicate";
  }
  if (!refund.providerRefundId) {
    await db
      .update(refunds)
      .set({ providerRefundId: state.refundId, updatedAt: new Date() })
      .where(and(eq(refunds.id, refund.id), eq(refunds.status, "pending")));
  }
  return "processing";
}

/**
 * Completes a pending refund in one atomic batch: order refunded amount and status, the user's paid total
 * and tier, refund `succeeded`. Every statement is gated on the refund still being pending (the last one
 * flips it), so it happens once. Answers true when this call completed it.
 */
export async function completeRefund(
  db: Db,
  refund: RefundRow,
  provider: { providerRefundId?: string; succeededAt: Date },
): Promise<boolean> {
  const order = await orderById(db, refund.orderId);
  const config = await getBusinessConfig(db);
  const pending: SQL = sql`EXISTS (SELECT 1 FROM refunds WHERE id = ${refund.id} AND status = 'pending')`;
  const results = await runBatch(db, [
    sql`UPDATE orders SET
        refunded_fen = refunded_fen + ${refund.amountFen},
        status = CASE WHEN refunded_fen + ${refund.amountFen} >= amount_fen THEN 'refunded' ELSE status END,
        updated_at = ${NOW_MS}
      WHERE id = ${order.id} AND ${pending}`,
    recordPaymentQuery({ userId: order.userId, amountFen: -refund.amountFen, config, when: pending }),
    sql`UPDATE refunds SET status = 'succeeded', succeeded_at = ${provider.succeededAt.getTime()},
        provider_refund_id = coalesce(${provider.providerRefundId ?? null}, provider_refund_id), updated_at = ${NOW_MS}
      WHERE id = ${refund.id} AND status = 'pending'`,
  ]);
  const completed = (results[2]?.meta.changes ?? 0) > 0;
  if (completed) log("info", "billing: refund succeeded", { refundId: refund.id, orderId: order.id });
  return completed;
}

/**
 * Fails a pending refund and gives back the points it took (key `refund:<id>:restore`), atomically.
 * Answers true when this call failed it.
 */
export async function failRefund(
  db: Db,
  refund: RefundRow,
  info: { providerRefundId?: string; providerStatus?: string; providerCode?: string },
): Promise<boolean> {
  const flip = (when: SQL = sql`1`) => sql`UPDATE refunds SET status = 'failed',
      provider_refund_id = coalesce(${info.providerRefundId ?? null}, provider_refund_id), updated_at = ${NOW_MS}
    WHERE id = ${refund.id} AND status = 'pending' AND ${when}`;
  const [rows] = await runBatch(db, [ledgerEntryByKey(refundPointsKey(refund.id))]);
  const taken = toLedgerEntry(rows?.results[0] as Parameters<typeof toLedgerEntry>[0]);
  let failed: boolean;
  if (taken && taken.delta < 0) {
    const pendingBefore = sql`EXISTS (SELECT 1 FROM refunds WHERE id = ${refund.id} AND status = 'pending')`;
    // Gate on the pre-state, then flip: the grant happens in the batch that fails the refund, once.
    const result = await grant(
      db,
      {
        userId: taken.userId,
        points: -taken.delta,
        reason: "refund",
        refType: "refund",
        refId: refund.id,
        idempotencyKey: refundRestoreKey(refund.id),
      },
      { when: pendingBefore, after: (applied) => [flip(applied)] },
    ).catch((error: unknown) => {
      // Not pending any more: the grant's precondition failed and nothing was written.
      if (error instanceof AppError && error.code === "CONFLICT") return null;
      throw error;
    });
    failed = result?.applied ?? false;
  } else {
    const [result] = await runBatch(db, [flip()]);
    failed = (result?.meta.changes ?? 0) > 0;
  }
  if (failed) log("warn", "billing: refund failed", { refundId: refund.id, ...info });
  return failed;
}

/**
 * A verified REFUND.* notification (SUCCESS / ABNORMAL / CLOSED): completes or fails the refund once, whatever
 * number of duplicates arrive. Unknown refunds and amounts that differ from ours change nothing (logged).
 */
export async function applyRefundNotification(db: Db, resource: RefundNotification): Promise<string> {
  const refund = await db.query.refunds.findFirst({ where: eq(refunds.outRefundNo, resource.out_refund_no) });
  if (!refund) {
    log("warn", "billing: refund notification for an unknown refund", { outRefundNo: resource.out_refund_no });
    return "unknown";
  }
  const order = await orderById(db, refund.orderId);
  if (order.outTradeNo !== resource.out_trade_no) {
    log("error", "billing: refund notification names another order", { refundId: refund.id });
    return "mismatch";
  }
  return applyProviderState(db, refund, {
    status: resource.refund_status,
    refundId: resource.refund_id,
    amountFen: resource.amount.refund,
    successTime: resource.success_time,
  });
}

/** Pending refunds older than this are settled by the audit cron (a notification may have been lost). */
export const REFUND_SYNC_AFTER_MS = 5 * 60_000;

/**
 * Settles refunds left pending: WeChat Pay ones by querying the refund (404 = it never reached WeChat Pay:
 * failed, points back); simulator/transfer ones, which complete within their request, only stay pending after
 * a crash before completion: failed, points back, the admin repeats the refund. Bounded per run.
 */
export async function syncPendingRefunds(db: Db, env: RefundEnv, now: Date, limit = 20) {
  const stale = await db
    .select({ refund: refunds, provider: orders.provider })
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .where(and(eq(refunds.status, "pending"), lt(refunds.createdAt, new Date(now.getTime() - REFUND_SYNC_AFTER_MS))))
    .orderBy(refunds.createdAt)
    .limit(limit);
  const gateway = wechatGateway(env);
  const outcome = { checked: 0, succeeded: 0, failed: 0, errors: 0 };
  for (const { refund, provider } of stale) {
    try {
      if (provider !== "wechatpay") {
        if (await failRefund(db, refund, { providerStatus: "ABANDONED" })) outcome.failed++;
        continue;
      }
      if (gateway?.provider !== "wechatpay") continue;
      outcome.checked++;
      let state: string;
      try {
        const answer = await gateway.client.queryRefund(refund.outRefundNo);
        state = await applyProviderState(db, refund, {
          status: answer.status,
          refundId: answer.refund_id,
          amountFen: answer.amount.refund,
          successTime: answer.success_time,
        });
      } catch (error) {
        if (!(error instanceof WechatPayError) || error.code !== "RESOURCE_NOT_EXISTS") throw error;
        state = (await failRefund(db, refund, { providerCode: error.code })) ? "failed" : "duplicate";
      }
      if (state === "succeeded") outcome.succeeded++;
      if (state === "failed") outcome.failed++;
    } catch (error) {
      outcome.errors++;
      log("error", "billing: refund sync failed", {
        refundId: refund.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcome;
}

async function refundById(db: Db, id: string): Promise<RefundRow> {
  const row = await db.query.refunds.findFirst({ where: eq(refunds.id, id) });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

async function orderById(db: Db, id: string): Promise<OrderRow> {
  const row = await db.query.orders.findFirst({ where: eq(orders.id, id) });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The refunds of an order, oldest first (admin order detail). */
export function refundsOfOrder(db: Db, orderId: string) {
  return db.select().from(refunds).where(eq(refunds.orderId, orderId)).orderBy(refunds.createdAt);
}
