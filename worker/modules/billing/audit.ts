// The recharge audit (issue 4, ARCHITECTURE.md invariants 1–4), run by the cron every 10 minutes:
//   1. reconcile — `paying` orders past their expiry are asked about at WeChat Pay (`reconcileOrder`: credited
//      on SUCCESS, closed otherwise); simulator orders past expiry are closed; refunds left pending are settled.
//   2. expiry — plan and points expiry (`expireMemberships`: one `expire` ledger row per lot).
//   3. audit — consistency checks over a recent window (orders paid, ledger rows written in the last
//      `AUDIT_WINDOW_MS`, so the cost is bounded by recent traffic, not by history):
//        paid_without_credit       paid/refunded order without its credit row (`order:<id>`, recharge|plan)
//        credit_amount_mismatch    credit rows of an order (by ref) ≠ exactly one row of the order's points
//        credit_without_paid_order recharge/plan credit whose order is missing, unpaid, or someone else's
//        daily_total_mismatch      per Beijing day: Σ points of the orders paid that day ≠ Σ their credits
//        balance_mismatch          users.points_balance ≠ SUM(ledger) — users with ledger activity in the
//                                  window on every run, all users (`findBalanceMismatches`) once an hour
//      each recorded once (`recordAnomaly`, fingerprint kind:ref), then admins are alerted once per anomaly
//      not alerted yet — including those raised by notifications and settlement (`alerts.ts`).

import { and, asc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { CronTask } from "../../cron";
import { createDb, type Db } from "../../db/client";
import { orders } from "../../db/schema";
import { log } from "../../lib/logger";
import { expireMemberships } from "../membership/plans";
import { findBalanceMismatches } from "../points/ledger";
import { alertPendingAnomalies } from "./alerts";
import { type AnomalyKind, recordAnomaly } from "./anomalies";
import { wechatGateway } from "./gateway";
import { reconcileOrder } from "./lifecycle";
import { closeOrder } from "./orders";
import { syncPendingRefunds } from "./refunds";

type AuditEnv = Env & Parameters<typeof wechatGateway>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the consistency checks look. Older facts were checked by earlier runs. */
export const AUDIT_WINDOW_MS = 2 * DAY_MS;
/** Orders reconciled per run (each is one or two WeChat Pay calls). */
export const RECONCILE_BATCH = 50;
/** Lots expired per run. */
export const EXPIRY_BATCH = 500;
/** Upper bounds of rows looked at per check and run. */
const MAX_ORDERS = 5000;
const MAX_CREDITS = 500;
const MAX_USERS = 500;

// ---------------------------------------------------------------------------------------------------------
// 1. reconcile

/**
 * `paying` orders past their expiry, oldest first (index orders(status, expires_at)): WeChat Pay orders are
 * queried and settled or closed (only when WeChat Pay is configured, else they are left alone rather than
 * starving the batch), simulator orders are closed. One failing order does not stop the others.
 */
export async function reconcileExpiredOrders(db: Db, env: AuditEnv, now: Date, limit = RECONCILE_BATCH) {
  const gateway = wechatGateway(env);
  const providers: ("wechatpay" | "simulator")[] =
    gateway?.provider === "wechatpay" ? ["wechatpay", "simulator"] : ["simulator"];
  const due = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.status, "paying"),
        isNotNull(orders.expiresAt),
        lte(orders.expiresAt, now),
        inArray(orders.provider, providers),
      ),
    )
    .orderBy(asc(orders.expiresAt))
    .limit(limit);
  const outcome = { checked: due.length, paid: 0, closed: 0, unchanged: 0, errors: 0 };
  for (const order of due) {
    try {
      const after =
        order.provider === "wechatpay"
          ? await reconcileOrder(db, env, order, now)
          : await closeOrder(db, env, order, now);
      if (after.status === "paid") outcome.paid++;
      else if (after.status === "closed") outcome.closed++;
      else outcome.unchanged++;
    } catch (error) {
      outcome.errors++;
      log("error", "billing audit: reconcile failed", {
        orderId: order.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcome;
}

// ---------------------------------------------------------------------------------------------------------
// 3. consistency checks

export type Finding = { kind: AnomalyKind; ref: string; details: Record<string, unknown> };

/** Beijing calendar day (UTC+8, no DST) of an instant, `YYYY-MM-DD`. */
export function beijingDay(at: Date | number): string {
  return new Date(new Date(at).getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const CREDIT_REASONS = sql.raw("('recharge', 'plan')");

type PaidOrderRow = {
  id: string;
  userId: string;
  kind: string;
  points: number;
  amountFen: number;
  paidAt: number;
  keyedUserId: string | null;
  keyedReason: string | null;
  keyedDelta: number | null;
  credits: number;
  credited: number;
};

/** Paid orders of the window against their credit rows; also the per-day totals. */
async function checkPaidOrders(db: Db, since: Date): Promise<Finding[]> {
  const rows = await db.all<PaidOrderRow>(sql`
    SELECT o.id, o.user_id AS userId, o.kind, o.points, o.amount_fen AS amountFen, o.paid_at AS paidAt,
      k.user_id AS keyedUserId, k.reason AS keyedReason, k.delta AS keyedDelta,
      (SELECT count(*) FROM points_ledger AS c
        WHERE c.ref_type = 'order' AND c.ref_id = o.id AND c.reason IN ${CREDIT_REASONS}) AS credits,
      (SELECT coalesce(sum(c.delta), 0) FROM points_ledger AS c
        WHERE c.ref_type = 'order' AND c.ref_id = o.id AND c.reason IN ${CREDIT_REASONS}) AS credited
    FROM orders AS o
    LEFT JOIN points_ledger AS k ON k.idempotency_key = 'order:' || o.id
    WHERE o.paid_at >= ${since.getTime()} AND o.status IN ('paid', 'refunded')
    ORDER BY o.paid_at
    LIMIT ${MAX_ORDERS}`);
  if (rows.length === MAX_ORDERS) log("warn", "billing audit: paid-order scan truncated", { limit: MAX_ORDERS });

  const findings: Finding[] = [];
  const days = new Map<string, { orders: number; paidFen: number; orderPoints: number; creditedPoints: number }>();
  for (const row of rows) {
    const credits = Number(row.credits);
    const credited = Number(row.credited);
    const ref = `order:${row.id}`;
    const facts = { orderId: row.id, userId: row.userId, amountFen: row.amountFen, points: row.points };
    const keyedOk =
      row.keyedReason !== null &&
      (row.keyedReason === "recharge" || row.keyedReason === "plan") &&
      row.keyedUserId === row.userId;
    if (!keyedOk || credits === 0) {
      findings.push({ kind: "paid_without_credit", ref, details: { ...facts, credits, creditedPoints: credited } });
    } else if (credits !== 1 || credited !== row.points || Number(row.keyedDelta) !== row.points) {
      findings.push({ kind: "credit_amount_mismatch", ref, details: { ...facts, credits, creditedPoints: credited } });
    }
    const day = beijingDay(Number(row.paidAt));
    const total = days.get(day) ?? { orders: 0, paidFen: 0, orderPoints: 0, creditedPoints: 0 };
    total.orders++;
    total.paidFen += row.amountFen;
    total.orderPoints += row.points;
    total.creditedPoints += credited;
    days.set(day, total);
  }
  for (const [day, total] of days) {
    if (total.orderPoints !== total.creditedPoints) {
      findings.push({ kind: "daily_total_mismatch", ref: `day:${day}`, details: { day, ...total } });
    }
  }
  return findings;
}

/** Recharge/plan credits written in the window whose order is missing, not paid, or another user's. */
async function checkCredits(db: Db, since: Date): Promise<Finding[]> {
  const rows = await db.all<{
    id: string;
    userId: string;
    orderId: string | null;
    delta: number;
    reason: string;
    orderStatus: string | null;
    orderUserId: string | null;
  }>(sql`
    SELECT l.id, l.user_id AS userId, l.ref_id AS orderId, l.delta, l.reason,
      o.status AS orderStatus, o.user_id AS orderUserId
    FROM points_ledger AS l LEFT JOIN orders AS o ON o.id = l.ref_id
    WHERE l.created_at >= ${since.getTime()} AND l.ref_type = 'order' AND l.reason IN ${CREDIT_REASONS}
      AND (o.id IS NULL OR o.status NOT IN ('paid', 'refunded') OR o.user_id <> l.user_id)
    LIMIT ${MAX_CREDITS}`);
  return rows.map((row) => ({
    kind: "credit_without_paid_order" as const,
    ref: `ledger:${row.id}`,
    details: {
      ledgerId: row.id,
      userId: row.userId,
      orderId: row.orderId,
      points: row.delta,
      reason: row.reason,
      orderStatus: row.orderStatus,
      ...(row.orderUserId && row.orderUserId !== row.userId ? { orderUserId: row.orderUserId } : {}),
    },
  }));
}

/** Cached balance ≠ SUM(ledger): every user (full scan) or those with ledger rows since `since`. */
async function checkBalances(db: Db, since: Date, full: boolean): Promise<Finding[]> {
  const rows = full
    ? await findBalanceMismatches(db, MAX_USERS)
    : await db.all<{ userId: string; cached: number; ledgerSum: number }>(sql`
        SELECT u.id AS userId, u.points_balance AS cached,
          (SELECT coalesce(sum(l.delta), 0) FROM points_ledger AS l WHERE l.user_id = u.id) AS ledgerSum
        FROM users AS u
        WHERE u.id IN (SELECT DISTINCT a.user_id FROM points_ledger AS a WHERE a.created_at >= ${since.getTime()})
          AND u.points_balance <> (SELECT coalesce(sum(l.delta), 0) FROM points_ledger AS l WHERE l.user_id = u.id)
        LIMIT ${MAX_USERS}`);
  return rows.map((row) => {
    const cached = Number(row.cached);
    const ledgerSum = Number(row.ledgerSum);
    // The difference is part of the fact: the same discrepancy is reported once, a new one again.
    return {
      kind: "balance_mismatch" as const,
      ref: `user:${row.userId}:diff:${cached - ledgerSum}`,
      details: { userId: row.userId, cached, ledgerSum },
    };
  });
}

export type AuditOptions = { windowMs?: number; fullBalanceScan?: boolean };

/** Runs the checks and records each finding once. Answers what was found and how much of it was new. */
export async function auditLedger(db: Db, now: Date, options: AuditOptions = {}) {
  const since = new Date(now.getTime() - (options.windowMs ?? AUDIT_WINDOW_MS));
  const findings = [
    ...(await checkPaidOrders(db, since)),
    ...(await checkCredits(db, since)),
    ...(await checkBalances(db, since, options.fullBalanceScan ?? false)),
  ];
  let recorded = 0;
  for (const finding of findings) {
    if (await recordAnomaly(db, finding.kind, finding.ref, finding.details)) recorded++;
  }
  return { findings: findings.length, recorded, kinds: countBy(findings.map((f) => f.kind)) };
}

function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------------------
// cron tasks ("*/10 * * * *")

/** 1. Orders past expiry and refunds left pending. */
export const billingReconcile: CronTask = {
  name: "billing-reconcile",
  async run(env, now) {
    const db = createDb(env.DB);
    return {
      orders: await reconcileExpiredOrders(db, env, now),
      refunds: await syncPendingRefunds(db, env, now),
    };
  },
};

/** 2. Plan and points expiry. */
export const billingExpiry: CronTask = {
  name: "billing-expiry",
  async run(env, now) {
    return expireMemberships(createDb(env.DB), now, { limit: EXPIRY_BATCH });
  },
};

/** 3. Consistency checks (full balance scan on the run at the top of each hour), then admin alerts. */
export const billingAudit: CronTask = {
  name: "billing-audit",
  async run(env, now) {
    const db = createDb(env.DB);
    let audit: Awaited<ReturnType<typeof auditLedger>>;
    try {
      audit = await auditLedger(db, now, { fullBalanceScan: now.getUTCMinutes() < 10 });
    } catch (error) {
      // Alerts still go out for what settlement and notifications raised; the task fails afterwards.
      await alertPendingAnomalies(env, db);
      throw error;
    }
    return { audit, alerts: await alertPendingAnomalies(env, db) };
  },
};

export const BILLING_CRON_TASKS: CronTask[] = [billingReconcile, billingExpiry, billingAudit];
